"""The member list import dialog: choose a file, read the preview, fix, import."""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from pathlib import Path  # noqa: E402

from PySide6.QtCore import Qt  # noqa: E402
from PySide6.QtGui import QBrush  # noqa: E402
from PySide6.QtWidgets import QFileDialog  # noqa: E402

from spitsregio_desktop.services.people import list_memberships, list_persons  # noqa: E402
from spitsregio_desktop.ui.members.import_dialog import MemberImportDialog  # noqa: E402
from spitsregio_desktop.ui.members.view import MembersView  # noqa: E402

BAD = (
    "naam;organisatie;e-mail;rol\n"
    "Els Peeters;ACV;els@acv.example;lid\n"
    "Jan Maes;ABVV;jan.abvv.example;lid\n"
    "An Wouters;Voka;an@voka.example;baas\n"
)


def cell(dialog, row: int, column: int, role=Qt.ItemDataRole.DisplayRole):
    return dialog.table.model().index(row, column).data(role)


def test_preview_with_errors_then_fixed_file_imports(ctx, show, qtbot, tmp_path, monkeypatch):
    path = tmp_path / "leden.csv"
    path.write_text(BAD, encoding="utf-8-sig")
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(path), ""))
    with ctx.session() as s:
        persons_before = len(list_persons(s))
    dialog = show(MemberImportDialog(ctx, body="BO"), 1000, 620)
    qtbot.mouseClick(dialog.browse, Qt.MouseButton.LeftButton)
    assert dialog.path.text() == str(path)
    assert dialog.table.model().rowCount() == 3
    assert [cell(dialog, r, 0) for r in range(3)] == ["2", "3", "4"]
    assert cell(dialog, 1, 6) == "'jan.abvv.example' is geen geldig e-mailadres"
    assert cell(dialog, 1, 5) == "not imported"
    brush = cell(dialog, 1, 1, Qt.ItemDataRole.ForegroundRole)
    assert isinstance(brush, QBrush) and brush.color().name() == "#b00020"
    assert not dialog.import_button.isEnabled()
    report = dialog.report.toPlainText().splitlines()
    assert report[0] == "Regel 3: 'jan.abvv.example' is geen geldig e-mailadres"
    assert report[1].startswith("Regel 4: onbekende rol 'baas'")
    assert "2 rows have errors" in dialog.summary.text()

    path.write_text(
        BAD.replace("jan.abvv.example", "jan@abvv.example").replace("baas", "lid"),
        encoding="utf-8-sig",
    )
    qtbot.mouseClick(dialog.browse, Qt.MouseButton.LeftButton)  # choose the corrected file
    assert dialog.report.toPlainText() == ""
    assert dialog.import_button.isEnabled()
    assert cell(dialog, 0, 5) == "new"
    with qtbot.waitSignal(ctx.hub.people_changed):
        qtbot.mouseClick(dialog.import_button, Qt.MouseButton.LeftButton)
    assert dialog.result() == MemberImportDialog.DialogCode.Accepted
    with ctx.session() as s:
        assert len(list_persons(s)) == persons_before + 3
        bo = {m.person for m in list_memberships(s, "BO")}
    assert {"Els Peeters", "Jan Maes", "An Wouters"} <= bo


def test_body_choice_and_unreadable_file(ctx, show, qtbot, tmp_path: Path):
    path = tmp_path / "leden.csv"
    path.write_text("naam,e-mail\nEls Peeters,els@acv.example\n", encoding="utf-8")
    dialog = show(MemberImportDialog(ctx), 1000, 620)
    dialog.load(str(path))
    assert cell(dialog, 0, 6).startswith("Geen overlegorgaan")
    assert not dialog.import_button.isEnabled()
    dialog.body.setCurrentIndex(dialog.body.findData("TF"))  # rereads for the chosen body
    assert cell(dialog, 0, 6) == ""
    assert dialog.import_button.isEnabled()
    empty = tmp_path / "leeg.csv"
    empty.write_text("", encoding="utf-8")
    dialog.load(str(empty))
    assert dialog.file_error.isVisible() and dialog.file_error.text() == "Het bestand is leeg"
    assert dialog.table.model().rowCount() == 0 and not dialog.import_button.isEnabled()


def test_import_button_of_the_members_view_refreshes_the_list(
    ctx, show, qtbot, tmp_path, monkeypatch
):
    path = tmp_path / "leden.csv"
    path.write_text("naam;organisatie;rol\nEls Peeters;ACV;deskundige\n", encoding="utf-8")
    view = show(MembersView(ctx))
    view.refresh()
    view.members.body.setCurrentIndex(view.members.body.findData("BO"))

    def run(dialog: MemberImportDialog) -> int:
        dialog.show()
        assert dialog.body.currentData() == "BO"  # the body of the list is the default
        dialog.load(str(path))
        qtbot.mouseClick(dialog.import_button, Qt.MouseButton.LeftButton)
        return dialog.result()

    monkeypatch.setattr(MemberImportDialog, "exec", run)
    qtbot.mouseClick(view.members.import_button, Qt.MouseButton.LeftButton)
    tab = view.members
    shown = [tab.proxy.entity(tab.proxy.index(r, 0)).person for r in range(tab.proxy.rowCount())]
    assert "Els Peeters" in shown
