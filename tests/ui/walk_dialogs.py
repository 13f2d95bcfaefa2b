"""The dialogs the window walk opens, each as the user gets it, checked like the pages."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator

from PySide6.QtWidgets import QDialog
from walk_checks import clip_findings, list_findings, name_findings, order_findings


def dialogs(app, window, db) -> Iterator[tuple[str, QDialog]]:
    from spitsregio_desktop.services.live import owner_candidates
    from spitsregio_desktop.services.meetings import list_meetings, meeting_detail
    from spitsregio_desktop.storage.enums import MeetingStatus
    from spitsregio_desktop.ui.actions.dialogs import NoteDialog, PostponeDialog, ReassignDialog
    from spitsregio_desktop.ui.common.list_export import ExportDialog
    from spitsregio_desktop.ui.meetings.minutes_dialogs import AddRemarkDialog, ApproveDialog
    from spitsregio_desktop.ui.meetings.new_meeting_dialog import NewMeetingDialog
    from spitsregio_desktop.ui.meetings.outcome_dialogs import ActionEditDialog, DecisionDialog
    from spitsregio_desktop.ui.members.dialogs import MemberDialog, OrganisationDialog
    from spitsregio_desktop.ui.objectives.dialogs import ObjectiveDialog

    ctx = window.ctx
    today = dt.date.today()
    with db.session() as session:
        meetings = list_meetings(session)
        draft = next(m for m in meetings if m.status == MeetingStatus.MINUTES_DRAFT)
        detail = meeting_detail(session, draft.id)
        candidates = owner_candidates(session)
    item = next(i for i in detail.items if i.decisions and i.actions)

    def nothing(*_):
        return None

    yield "Nieuwe vergadering", NewMeetingDialog(ctx, window)
    yield "Besluit", DecisionDialog(ctx, item.id, None, window)
    yield "Actiepunt", ActionEditDialog(ctx, item.id, item.actions[0], candidates, today, window)
    yield "Uitstellen", PostponeDialog(None, today, nothing, window)
    yield "Vervallen", NoteDialog("Vervallen", "Reden:", today, nothing, "Vervallen op:", window)
    yield "Andere trekker", ReassignDialog(candidates, item.actions[0].owner, nothing, window)
    yield "Opmerking", AddRemarkDialog(ctx, detail, window)
    yield "Goedkeuren", ApproveDialog(ctx, detail, window)
    yield "Lid", MemberDialog(ctx, body="BO", parent=window)
    yield "Organisatie", OrganisationDialog(ctx, parent=window)
    yield "Doelstelling", ObjectiveDialog(ctx, body="TF", parent=window)
    yield "Exporteren", ExportDialog(ctx, "Besluitenlijst exporteren", "BO", None, window)
    from spitsregio_desktop.services.objectives import list_objectives
    from spitsregio_desktop.ui.help_dialog import HelpDialog
    from spitsregio_desktop.ui.meetings.attendance_tab import MomentDialog
    from spitsregio_desktop.ui.meetings.choosers import InvitePersonDialog, LeftRoomDialog
    from spitsregio_desktop.ui.objectives.dialogs import LinkActionsDialog, ValueDialog
    from spitsregio_desktop.ui.search_dialog import SearchDialog

    with db.session() as session:
        objective = list_objectives(session)[0]
    persons = [(row.name, row.person_id) for row in detail.attendance]
    yield "Iemand anders uitnodigen", InvitePersonDialog(persons, window)
    yield "Zaal verlaten", LeftRoomDialog(persons, detail.items, None, window)
    yield "Komt later", MomentDialog(detail.items, True, persons[0][0], window)
    yield "Meetwaarde", ValueDialog(ctx, objective.id, "%", None, window)
    yield "Actiepunt koppelen", LinkActionsDialog(ctx, objective.id, window)
    yield "Zoeken", SearchDialog(ctx, window)
    yield "Sneltoetsen", HelpDialog(window)


def dialog_findings(app, window, db, checks: set[str]) -> list[str]:
    findings: list[str] = []
    for name, dialog in dialogs(app, window, db):
        dialog.show()
        for _ in range(3):
            app.processEvents()
        screen = dialog.screen().availableGeometry()
        if not screen.contains(dialog.frameGeometry()):
            findings.append(
                f"dialoog {name}: groter dan het scherm ({dialog.width()}×{dialog.height()})"
            )
        if "clip" in checks:
            findings += clip_findings(dialog, f"dialoog {name}")
            findings += list_findings(dialog, f"dialoog {name}")
        if "names" in checks:
            findings += name_findings(dialog, f"dialoog {name}")
        if "order" in checks:
            findings += order_findings(dialog, f"dialoog {name}")
        dialog.close()
        dialog.deleteLater()
    return findings
