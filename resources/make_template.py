"""Build resources/template.docx, the Word template every DOCX of the program starts from.

Run from the project root after changing our Word styles: `python resources/make_template.py`.
The generated template.docx is committed; do not edit it by hand.

It starts from python-docx's built-in template and leaves out what came with it from
someone else's Word: the thumbnail, the empty bibliography (customXml) part, the
Word 2010 stylesWithEffects part, the revision ids, "Microsoft Macintosh Word" with
Normal.dotm in app.xml. What it puts in: our styles (Calibri throughout, so the PDFs'
Carlito gives the same line breaks; Heading 1/2 in our blue; Kenmerk, Opmerking,
Toelichting), Dutch (Belgium) as the language, A4 with our margins, and app.xml naming
Spitsregio Desktop.
"""

from __future__ import annotations

import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
if str(ROOT) not in sys.path:  # run from a checkout without installing
    sys.path.insert(0, str(ROOT))

TARGET = Path(__file__).resolve().parent / "template.docx"

APP_XML = (
    "<?xml version='1.0' encoding='UTF-8' standalone='yes'?>\n"
    '<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/'
    'extended-properties" xmlns:vt="http://schemas.openxmlformats.org/officeDocument/2006/'
    'docPropsVTypes"><Application>Spitsregio Desktop</Application>'
    "<DocSecurity>0</DocSecurity><Company></Company><AppVersion>01.0000</AppVersion>"
    "</Properties>"
)
FOREIGN = (
    "http://schemas.openxmlformats.org/officeDocument/2006/relationships/customXml",
    "http://schemas.microsoft.com/office/2007/relationships/stylesWithEffects",
    "http://schemas.openxmlformats.org/package/2006/relationships/metadata/thumbnail",
)


def build() -> bytes:
    import datetime as dt
    import io

    import docx
    from docx.shared import Mm

    from spitsregio_desktop.documents.docx.parts import ensure_styles, set_language

    document = docx.Document()
    package = document.part.package
    for rels in (package.rels, document.part.rels):
        for r_id in [r for r, rel in rels.items() if rel.reltype in FOREIGN]:
            rels.pop(r_id)
    for part in package.iter_parts():
        name = str(part.partname)
        if name == "/docProps/app.xml":
            part._blob = APP_XML.encode("utf-8")
        elif name == "/word/theme/theme1.xml":  # the theme's heading font Cambria → Calibri
            part._blob = part.blob.replace(b'typeface="Cambria"', b'typeface="Calibri"')
    settings = document.settings.element
    for child in list(settings):
        if child.tag.endswith("}rsids") or child.tag.endswith("}attachedTemplate"):
            settings.remove(child)
    ensure_styles(document)
    set_language(document)
    section = document.sections[0]
    section.page_width, section.page_height = Mm(210), Mm(297)
    section.left_margin = section.right_margin = Mm(20)
    section.top_margin, section.bottom_margin = Mm(20), Mm(18)
    section.header_distance, section.footer_distance = Mm(8), Mm(8)
    props = document.core_properties
    props.title = props.subject = props.keywords = props.comments = props.category = ""
    props.author = props.last_modified_by = "Spitsregio Desktop"
    props.language = "nl-BE"
    props.revision = 1
    props.created = props.modified = dt.datetime(2026, 1, 1)  # the same bytes on every run
    out = io.BytesIO()
    document.save(out)
    return out.getvalue()


def main() -> int:
    data = build()
    TARGET.write_bytes(data)
    print(f"{TARGET} ({len(data)} bytes)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
