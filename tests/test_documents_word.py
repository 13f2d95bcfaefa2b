"""Word files of our own: our template's parts and properties, Calibri, alt text on every
image, the EU emblem and its statement on the first page of a Taskforce document.
Read back from the DOCX's parts (zipfile) and with python-docx."""

from __future__ import annotations

import datetime as dt
import io
import re
import subprocess
import sys
import zipfile
from pathlib import Path

import docx
import pytest
from docx.oxml.ns import qn

from bench.meetings import make_bench_meeting
from spitsregio_desktop.documents.export import KINDS, export_document
from spitsregio_desktop.storage.database import open_database
from spitsregio_desktop.storage.paths import resources_dir

ROOT = Path(__file__).resolve().parents[1]


@pytest.fixture(scope="module")
def files(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    tmp = tmp_path_factory.mktemp("word")
    db = open_database(tmp / "x.sqlite", backup_on_start=False)
    out: dict[str, Path] = {}
    with db.session() as s:
        tf = make_bench_meeting(s, "TF", dt.date(2026, 12, 10))
        bo = make_bench_meeting(s, "BO", dt.date(2026, 11, 5))
        for name, mid in (("tf", tf), ("bo", bo)):
            for kind in KINDS:
                out[f"{name}-{kind}"] = export_document(
                    s, mid, kind, "docx", tmp / f"{name}-{kind}.docx"
                )
    db.close()
    return out


def test_no_foreign_parts_or_properties(files: dict[str, Path]) -> None:
    for name, path in files.items():
        with zipfile.ZipFile(path) as z:
            names = z.namelist()
            assert not [
                n
                for n in names
                if "thumbnail" in n or n.startswith("customXml") or "stylesWithEffects" in n
            ], (name, names)
            app = z.read("docProps/app.xml").decode("utf-8")
            assert "<Application>Spitsregio Desktop</Application>" in app
            assert "Microsoft" not in app and "Normal.dotm" not in app
            settings = z.read("word/settings.xml").decode("utf-8")
            assert "attachedTemplate" not in settings and "w:rsids" not in settings
            core = z.read("docProps/core.xml").decode("utf-8")
            assert "python-docx" not in core


def test_core_properties_in_dutch(files: dict[str, Path]) -> None:
    props = docx.Document(str(files["tf-minutes"])).core_properties
    assert props.title.startswith("Verslag – Taskforce Spitsregio Leuven")
    assert props.keywords == "verslag, Taskforce Spitsregio Leuven, ESF+"
    assert props.language == "nl-BE"
    assert props.author == "Secretariaat Burgemeestersoverleg en Taskforce Spitsregio Leuven"
    assert props.comments.startswith("Verslag van Taskforce")
    assert "minutes" not in props.keywords  # not the English kind code
    assert (
        docx.Document(str(files["bo-actions"])).core_properties.keywords
        == "actielijst, Burgemeestersoverleg Oost-Brabant"
    )


def test_styles_name_calibri_not_the_theme(files: dict[str, Path]) -> None:
    d = docx.Document(str(files["tf-minutes"]))
    for name in ("Normal", "Heading 1", "Heading 2"):
        fonts = d.styles[name].element.rPr.find(qn("w:rFonts"))
        assert fonts.get(qn("w:ascii")) == "Calibri" == fonts.get(qn("w:hAnsi")), name
        assert fonts.get(qn("w:asciiTheme")) is None, name
    for name in ("Kenmerk", "Opmerking", "Toelichting"):
        assert d.styles[name].base_style.name == "Normal"
    with zipfile.ZipFile(files["tf-minutes"]) as z:
        assert b"Cambria" not in z.read("word/theme/theme1.xml")


def test_every_image_has_alt_text_and_the_emblem_is_on_page_one(files: dict[str, Path]) -> None:
    for name, path in files.items():
        with zipfile.ZipFile(path) as z:
            for part in [n for n in z.namelist() if n.startswith("word/") and n.endswith(".xml")]:
                xml = z.read(part).decode("utf-8")
                for pr in re.findall(r"<wp:docPr [^>]*>", xml):
                    assert 'descr="Embleem van de Europese Unie"' in pr, (name, part, pr)
        d = docx.Document(str(path))
        section = d.sections[0]
        if name.startswith("tf"):
            assert section.different_first_page_header_footer
            first = section.first_page_header
            text = " ".join(c.text for t in first.tables for r in t.rows for c in r.cells)
            assert "Medegefinancierd door de Europese Unie" in " ".join(text.split())
            images = [p for p in first.part.related_parts.values() if "image" in p.content_type]
            assert len(images) == 1
            extent = re.search(r'<wp:extent cx="(\d+)" cy="(\d+)"', first._element.xml)
            assert int(extent.group(2)) >= 360000  # at least 1 cm high (EMU)
            footer = section.first_page_footer.paragraphs[0].text
            assert footer.startswith("Medegefinancierd door ESF")  # the body's line, once
            assert "Medegefinancierd" not in section.footer.paragraphs[0].text
        else:
            assert not d.inline_shapes and not section.different_first_page_header_footer


def test_template_is_generated_by_its_script(tmp_path: Path) -> None:
    """resources/template.docx is what resources/make_template.py makes, byte for byte."""
    code = (
        "import runpy, sys; ns = runpy.run_path(sys.argv[1]); "
        "sys.stdout.buffer.write(ns['build']())"
    )
    made = subprocess.run(
        [sys.executable, "-c", code, str(ROOT / "resources" / "make_template.py")],
        check=True,
        capture_output=True,
    ).stdout
    shipped = (resources_dir() / "template.docx").read_bytes()
    with zipfile.ZipFile(io.BytesIO(made)) as a, zipfile.ZipFile(io.BytesIO(shipped)) as b:
        assert a.namelist() == b.namelist()
        for n in a.namelist():
            assert a.read(n) == b.read(n), n


def test_fast_paragraph_styles_are_the_ones_python_docx_would_set():
    """styled_paragraph (style ids read once per document, for speed) gives every paragraph
    the same w:pStyle as python-docx's own `add_paragraph(style=name)`, default included."""
    from spitsregio_desktop.documents.docx.parts import STYLE_FOR, ensure_styles, styled_paragraph
    from spitsregio_desktop.documents.docx.render import TEMPLATE

    names = {*STYLE_FOR.values(), "Heading 1", "Heading 2", "List Bullet", "List Number"}
    ours, theirs = docx.Document(str(TEMPLATE)), docx.Document(str(TEMPLATE))
    ensure_styles(ours)
    ensure_styles(theirs)
    for name in sorted(names):
        fast = styled_paragraph(ours, f"tekst {name}", name)
        slow = theirs.add_paragraph(f"tekst {name}", style=name)
        assert fast.style.name == slow.style.name == name
        assert fast._p.xml == slow._p.xml
