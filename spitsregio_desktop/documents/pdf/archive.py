"""Make reportlab's PDF an archival PDF/A (pikepdf), in memory, before it is written.

Every PDF of the program is PDF/A-2b: all fonts embedded (the renderers name only
embedded fonts), XMP metadata (title, the secretariat as creator, subject, description,
language nl-BE, the PDF/A identification), an sRGB output intent with the ICC profile
shipped in resources/, and none of the empty page transitions reportlab writes.
Approved minutes are PDF/A-3b: they carry the approved text (the meeting package JSON)
as an associated file and its SHA-256 in the XMP metadata (xmp:Identifier
"sha256:<hex>"), so the archived PDF alone proves what was approved.
"""

from __future__ import annotations

import hashlib
import io
from dataclasses import dataclass
from functools import lru_cache
from typing import BinaryIO

from ...storage.paths import resources_dir

PACKAGE_NAME = "vergaderpakket.json"  # the embedded approved text
SHA_PREFIX = "sha256:"
ICC_NAME = "sRGB IEC61966-2.1"


@dataclass(frozen=True)
class ArchiveInfo:
    title: str
    creator: str  # the secretariat
    subject: str
    description: str
    keywords: str = ""
    approved_text: str = ""  # set for approved minutes: makes a PDF/A-3b carrying it


@lru_cache(maxsize=1)
def srgb_profile() -> bytes:
    return (resources_dir() / "sRGB.icc").read_bytes()


def text_digest(text: str) -> str:
    """The SHA-256 the minutes service records when it approves (UTF-8 of the text)."""
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def archive(data: bytes, info: ArchiveInfo, target: BinaryIO) -> None:
    """Write `data` (reportlab's PDF) to `target` as PDF/A-2b, or 3b with the approved text."""
    import pikepdf
    from pikepdf.pdfa import prepare, resolve_save_kwargs

    flavour = "3b" if info.approved_text else "2b"
    pdf = pikepdf.open(io.BytesIO(data))
    for page in pdf.pages:
        if "/Trans" in page.obj:  # reportlab's empty transition on every page
            del page.obj["/Trans"]
    if info.approved_text:
        payload = info.approved_text.encode("utf-8")
        spec = pikepdf.AttachedFileSpec(
            pdf,
            payload,
            filename=PACKAGE_NAME,
            mime_type="application/json",
            description="Goedgekeurde tekst van het verslag (vergaderpakket, JSON)",
            relationship=pikepdf.Name.Source,
        )
        pdf.attachments[PACKAGE_NAME] = spec
        pdf.Root.AF = pikepdf.Array([spec.obj])
    with pdf.open_metadata(set_pikepdf_as_editor=False, update_docinfo=True) as meta:
        meta["dc:title"] = info.title
        meta["dc:creator"] = [info.creator or "Spitsregio Desktop"]
        meta["dc:description"] = info.description
        meta["dc:subject"] = [s for s in (info.subject, info.keywords) if s]
        meta["dc:language"] = ["nl-BE"]
        meta["pdf:Producer"] = "Spitsregio Desktop (reportlab, pikepdf)"
        meta["xmp:CreatorTool"] = "Spitsregio Desktop"
        if info.keywords:
            meta["pdf:Keywords"] = info.keywords
        if info.approved_text:
            meta["xmp:Identifier"] = [SHA_PREFIX + text_digest(info.approved_text)]
    prepare(pdf, flavour, output_intent=srgb_profile(), output_condition_identifier=ICC_NAME)
    kwargs = resolve_save_kwargs(flavour)
    out = io.BytesIO()
    pdf.save(out, **kwargs)
    for _ in range(4):  # rarely more than one round, usually none
        again = _unambiguous_streams(out.getvalue())
        if again is None:
            break
        out = io.BytesIO()
        again.save(out, **kwargs)
    target.write(_classic_xref_if_ambiguous(out.getvalue(), kwargs))


def _classic_xref_if_ambiguous(data: bytes, save_kwargs: dict) -> bytes:
    """`data`, or saved again with a classic cross-reference table when a stream the save
    itself generates (the /XRef stream, /ObjStm object streams) ends in CR: those are
    written anew by every save, so they cannot be padded as _unambiguous_streams does."""
    import pikepdf

    with pikepdf.open(io.BytesIO(data)) as pdf:
        if not any(
            isinstance(obj, pikepdf.Stream)
            and obj.get("/Type") in ("/XRef", "/ObjStm")
            and obj.read_raw_bytes().endswith(b"\r")
            for obj in pdf.objects
        ):
            return data
        out = io.BytesIO()
        pdf.save(out, **{**save_kwargs, "object_stream_mode": pikepdf.ObjectStreamMode.disable})
        return out.getvalue()


def _unambiguous_streams(data: bytes):  # -> pikepdf.Pdf | None
    """The document with streams changed so none ends in CR; None when none did.

    Compressed data ends in a CR byte once in 256 streams; before "\nendstream" a validator
    may then take CR LF for the end-of-line marker and count one byte less than /Length
    (the `page` validator does). Page contents and forms get a trailing newline, a font
    program a zero byte of padding: nothing drawn changes, the compressed bytes do.
    """
    import pikepdf

    pdf = pikepdf.open(io.BytesIO(data))
    changed = False
    for obj in pdf.objects:
        if not isinstance(obj, pikepdf.Stream) or not obj.read_raw_bytes().endswith(b"\r"):
            continue
        if "/Length1" in obj:  # a TrueType font program: pad it
            font = obj.read_bytes() + b"\0"
            obj.write(font)
            obj.Length1 = len(font)
        elif obj.get("/Type") in (None, "/XObject") and "/N" not in obj and "/Params" not in obj:
            obj.write(obj.read_bytes() + b"\n")  # page content or form: whitespace
        else:
            continue  # an ICC profile or an embedded file is kept byte for byte
        changed = True
    return pdf if changed else None


@dataclass(frozen=True)
class ArchivedRecord:
    """What an approved minutes PDF says about itself."""

    digest: str  # the SHA-256 in its XMP metadata ("" if none)
    text: str  # the embedded approved text ("" if none)

    @property
    def intact(self) -> bool:
        return bool(self.digest) and text_digest(self.text) == self.digest


def read_record(source: str | BinaryIO) -> ArchivedRecord:
    """The approved text and digest an archived minutes PDF carries (raises on a non-PDF)."""
    import pikepdf

    with pikepdf.open(source) as pdf:
        digest = ""
        meta = pdf.open_metadata()
        for ident in meta.get("xmp:Identifier", []) or []:
            if str(ident).startswith(SHA_PREFIX):
                digest = str(ident)[len(SHA_PREFIX) :]
        text = ""
        if PACKAGE_NAME in pdf.attachments:
            raw = pdf.attachments[PACKAGE_NAME].get_file().read_bytes()
            text = raw.decode("utf-8", errors="replace")
    return ArchivedRecord(digest, text)
