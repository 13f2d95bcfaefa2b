"""Every PDF the program writes is archival: PDF/A, every font embedded, what it claims.

Each kind is exported from a real database and checked by two independent PDF/A
validators (pikepdf's checker and `page`), then read back as an archivist would: the fonts
it names, its XMP metadata, the approved minutes' embedded text and SHA-256.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import shutil
import subprocess
from pathlib import Path

import page
import pikepdf
import pytest
from pikepdf.pdfa import validate_written
from pypdf import PdfReader

from bench.meetings import make_bench_meeting
from spitsregio_desktop.cli import main
from spitsregio_desktop.documents.attendance_report import export_attendance
from spitsregio_desktop.documents.export import KINDS, export_document
from spitsregio_desktop.documents.objectives_report import export_objectives_report
from spitsregio_desktop.services import minutes, objectives
from spitsregio_desktop.storage.database import open_database


@pytest.fixture(scope="module")
def world(tmp_path_factory: pytest.TempPathFactory) -> dict:
    tmp = tmp_path_factory.mktemp("archive")
    db_path = tmp / "x.sqlite"
    db = open_database(db_path, backup_on_start=False)
    out = tmp / "out"
    files: dict[str, Path] = {}
    with db.session() as s:
        tf = make_bench_meeting(s, "TF", dt.date(2026, 10, 1))
        tf2 = make_bench_meeting(s, "TF", dt.date(2026, 11, 5))
        bo = make_bench_meeting(s, "BO", dt.date(2026, 11, 12))
        digest = minutes.approve(s, tf, at_meeting_id=tf2, on=dt.date(2026, 11, 5))
        goal = objectives.create_objective(
            s,
            objectives.ObjectiveInput(
                "TF",
                "Meer mensen met de fiets naar het werk",
                unit="%",
                baseline=12,
                baseline_date=dt.date(2025, 1, 1),
                target=20,
                target_date=dt.date(2028, 1, 1),
            ),
        )
        objectives.add_value(s, goal, dt.date(2026, 1, 1), 14, today=dt.date(2026, 12, 1))
        for name, mid in (("tf", tf2), ("bo", bo)):
            for kind in KINDS:
                files[f"{name}-{kind}"] = export_document(
                    s, mid, kind, "pdf", out / f"{name}-{kind}.pdf"
                )
        files["approved"] = export_document(s, tf, "minutes", "pdf", out / "approved.pdf")
        files["approved-public"] = export_document(
            s, tf, "minutes", "pdf", out / "approved-public.pdf", public=True
        )
        files["period"] = export_document(
            s,
            None,
            "decisions",
            "pdf",
            out / "period.pdf",
            body="TF",
            start=dt.date(2026, 1, 1),
            end=dt.date(2026, 12, 31),
        )
        files["attendance-report"] = export_attendance(
            s, "TF", dt.date(2026, 1, 1), dt.date(2026, 12, 31), "pdf", out / "att.pdf"
        )
        files["objectives-report"] = export_objectives_report(
            s, "TF", out / "obj.pdf", today=dt.date(2026, 12, 1)
        )
    db.close()
    return {"files": files, "db": db_path, "digest": digest, "tmp": tmp}


def flavour(name: str) -> str:
    return "3b" if name == "approved" else "2b"


def test_every_pdf_kind_passes_two_pdfa_validators(world: dict) -> None:
    assert len(world["files"]) == 17  # 2 bodies × 6 kinds, approved × 2, period, 2 reports
    for name, path in world["files"].items():
        report = validate_written(path, flavour(name))
        assert report.passed, (name, [(f.rule, f.where, f.message) for f in report.findings])
        second = page.validate_pdf(path, profile=flavour(name))
        assert second.is_compliant, (name, [(f.rule_id, f.message) for f in second.failures])
        with pikepdf.open(path) as pdf:
            assert pdf.open_metadata().pdfa_status == flavour(name).upper()
            assert all("/Trans" not in p.obj for p in pdf.pages), name  # no empty transitions
            intent = pdf.Root.OutputIntents[0]
            assert str(intent.OutputConditionIdentifier) == "sRGB IEC61966-2.1"
            assert intent.DestOutputProfile.read_bytes()[36:40] == b"acsp"  # an ICC profile


def _fonts(pdf: pikepdf.Pdf) -> list[pikepdf.Dictionary]:
    """Every font dictionary the pages name, forms (the watermark) and Type0 parts included."""
    found = {}
    for obj in pdf.objects:
        if isinstance(obj, pikepdf.Dictionary) and obj.get("/Type") == "/Font":
            found[obj.objgen] = obj
    return list(found.values())


def test_every_font_is_embedded_and_none_is_helvetica(world: dict) -> None:
    for name, path in world["files"].items():
        with pikepdf.open(path) as pdf:
            fonts = _fonts(pdf)
            assert fonts, name
            for font in fonts:
                base = str(font.get("/BaseFont", ""))
                assert "Helvetica" not in base, (name, base)
                descendants = font.get("/DescendantFonts")
                target = descendants[0] if descendants is not None else font
                descriptor = target.get("/FontDescriptor")
                assert descriptor is not None, (name, base)
                assert any(k in descriptor for k in ("/FontFile", "/FontFile2", "/FontFile3")), (
                    name,
                    base,
                )
            names = {str(f.get("/BaseFont")) for f in fonts}
            assert any(n.endswith("+Carlito") for n in names), (name, names)
    pdffonts = shutil.which("pdffonts")
    if pdffonts:  # poppler's own view agrees: every font listed says "yes" under emb
        listing = subprocess.run(
            [pdffonts, str(world["files"]["tf-minutes"])],
            check=True,
            capture_output=True,
            text=True,
        ).stdout.splitlines()[2:]
        assert listing and all(line.split()[-5] == "yes" for line in listing), listing


def test_xmp_metadata_says_what_the_document_is(world: dict) -> None:
    with pikepdf.open(world["files"]["tf-invitation"]) as pdf:
        meta = pdf.open_metadata()
        assert meta["dc:title"].startswith("Uitnodiging – Taskforce Spitsregio Leuven")
        assert meta["dc:creator"] == [
            "Secretariaat Burgemeestersoverleg en Taskforce Spitsregio Leuven"
        ]
        assert list(meta["dc:language"]) == ["nl-BE"]
        assert "Taskforce Spitsregio Leuven" in meta["dc:subject"]
        assert meta["dc:description"]
        assert pdf.docinfo["/Title"] == meta["dc:title"]


def test_approved_minutes_carry_their_text_and_its_sha256(world: dict) -> None:
    with pikepdf.open(world["files"]["approved"]) as pdf:
        assert list(pdf.open_metadata()["xmp:Identifier"]) == [f"sha256:{world['digest']}"]
        spec = pdf.attachments["vergaderpakket.json"]
        assert str(spec.obj.AFRelationship) == "/Source"
        assert pdf.Root.AF[0].objgen == spec.obj.objgen  # an associated file of the document
        text = spec.get_file().read_bytes()
        assert hashlib.sha256(text).hexdigest() == world["digest"]
        assert text.decode("utf-8").lstrip().startswith("{")
    with pikepdf.open(world["files"]["approved-public"]) as pdf:
        assert not pdf.attachments  # the full approved text never rides in a public file
        assert "xmp:Identifier" not in pdf.open_metadata()


def test_check_verifies_an_archived_pdf_against_the_database(
    world: dict, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    db, approved = str(world["db"]), world["files"]["approved"]
    assert main(["check", "--db", db, "--pdf", str(approved)]) == 0
    out = capsys.readouterr().out
    assert f"SHA-256 {world['digest']}" in out and out.strip().endswith("ok")
    # a PDF whose embedded text was changed afterwards
    forged = tmp_path / "forged.pdf"
    with pikepdf.open(approved) as pdf:
        spec = pdf.attachments["vergaderpakket.json"]
        text = spec.get_file().read_bytes().replace(b"Agendapunt", b"Agendapunx", 1)
        spec.obj.EF.F.write(text)
        pdf.save(forged)
    assert main(["check", "--db", db, "--pdf", str(forged)]) == 1
    assert "komt niet overeen met de SHA-256" in capsys.readouterr().out
    # a draft or a public version carries no approved text
    assert main(["check", "--db", db, "--pdf", str(world["files"]["tf-minutes"])]) == 1
    assert "geen goedgekeurd verslag" in capsys.readouterr().out
    assert main(["check", "--db", db, "--pdf", str(tmp_path / "missing.pdf")]) == 2
    assert "spitsregio: fout: --pdf" in capsys.readouterr().err
    assert main(["check", "--db", db]) == 0  # without --pdf: the database check as before


def test_concept_watermark_is_drawn_not_text(world: dict, tmp_path: Path) -> None:
    reader = PdfReader(str(world["files"]["tf-minutes"]))
    for p in reader.pages:
        text = p.extract_text() or ""
        assert text.count("CONCEPT") == 1  # the header's label, once per page
        assert "C O N" not in text and "CONC EP" not in text and "EP T" not in text
    pdftoppm = shutil.which("pdftoppm")
    if pdftoppm is None:
        pytest.skip("poppler-utils (pdftoppm) is not installed")
    from PIL import Image

    def pink(path: Path) -> int:
        subprocess.run(
            [
                pdftoppm,
                "-png",
                "-r",
                "40",
                "-f",
                "1",
                "-l",
                "1",
                str(path),
                str(tmp_path / path.stem),
            ],
            check=True,
        )
        image = Image.open(next(tmp_path.glob(f"{path.stem}*.png"))).convert("RGB")
        colours = image.getcolors(maxcolors=1 << 20) or []
        # the watermark's solid colour (0.97, 0.88, 0.88), give or take rounding
        return sum(
            n
            for n, (r, g, b) in colours
            if abs(r - 247) <= 2 and abs(g - 224) <= 2 and abs(b - 224) <= 2
        )

    assert pink(world["files"]["tf-minutes"]) > 2000  # the mark is visible
    assert pink(world["files"]["approved"]) < 50


def test_no_stream_ends_in_a_carriage_return() -> None:
    """Compressed data ending in CR before "\\nendstream" reads as one byte short to a
    validator taking CR LF for the end-of-line marker: such streams are changed."""
    import io

    from spitsregio_desktop.documents.pdf.archive import _unambiguous_streams

    def content(n: int) -> bytes:  # a few lines of path drawing
        return b"".join(b"%d %d m %d %d l S\n" % (i, n, n * i % 97, i * 7) for i in range(40))

    def saved(pdf: pikepdf.Pdf) -> bytes:
        out = io.BytesIO()
        pdf.save(
            out, compress_streams=True, stream_decode_level=pikepdf.StreamDecodeLevel.generalized
        )
        return out.getvalue()

    def ends_in_cr(data: bytes) -> bool:
        with pikepdf.open(io.BytesIO(data)) as pdf:
            return pdf.pages[0].Contents.read_raw_bytes().endswith(b"\r")

    pdf = pikepdf.new()
    pdf.add_blank_page()
    for n in range(5000):  # find a drawing whose compressed bytes end in CR (1 in 256)
        pdf.pages[0].obj.Contents = pdf.make_stream(content(n))
        data = saved(pdf)
        if ends_in_cr(data):
            break
    assert ends_in_cr(data)  # the case arises
    fixed = _unambiguous_streams(data)
    assert fixed is not None
    again = saved(fixed)
    assert not ends_in_cr(again) and _unambiguous_streams(again) is None
    with pikepdf.open(io.BytesIO(again)) as done:
        assert done.pages[0].Contents.read_bytes().rstrip() == content(n).rstrip()


def test_a_cross_reference_stream_ending_in_cr_gives_a_classic_table() -> None:
    """The save writes the /XRef stream anew, so it cannot be padded like page contents:
    when its compressed bytes end in CR (1 in 256 documents; a tf-agenda of the demo did),
    the document is saved with a classic cross-reference table and a validator counts right."""
    import io
    import random

    from pikepdf.pdfa import resolve_save_kwargs

    from spitsregio_desktop.documents.pdf.archive import _classic_xref_if_ambiguous

    kwargs = resolve_save_kwargs("2b")

    def xref_raw(data: bytes) -> bytes | None:
        with pikepdf.open(io.BytesIO(data)) as pdf:
            for obj in pdf.objects:
                if isinstance(obj, pikepdf.Stream) and obj.get("/Type") == "/XRef":
                    return obj.read_raw_bytes()
        return None

    pdf = pikepdf.new()
    pdf.add_blank_page()
    for n in range(5000):  # find a document whose cross-reference stream ends in CR
        pdf.docinfo["/Title"] = f"Agenda {n}"
        noise = random.Random(n).randbytes(40 + n % 400).hex().encode()  # a comment line
        pdf.pages[0].obj.Contents = pdf.make_stream(b"%" + noise + b"\n0 0 m 1 1 l S\n")
        out = io.BytesIO()
        pdf.save(out, **kwargs)
        data = out.getvalue()
        if (xref_raw(data) or b"").endswith(b"\r"):
            break
    assert (xref_raw(data) or b"").endswith(b"\r")  # the case arises
    fixed = _classic_xref_if_ambiguous(data, kwargs)
    assert xref_raw(fixed) is None and b"\nxref\n" in fixed  # a classic table
    with pikepdf.open(io.BytesIO(fixed)) as done:
        assert str(done.docinfo["/Title"]) == f"Agenda {n}"
    assert _classic_xref_if_ambiguous(fixed, kwargs) == fixed
