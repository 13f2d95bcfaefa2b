"""A realistic agenda built through the services, for the agenda tests and screenshot."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from spitsregio_desktop.services import agenda, meetings
from spitsregio_desktop.storage.enums import ItemKind
from spitsregio_desktop.ui.context import AppContext


def plain_meeting(
    ctx: AppContext, date: dt.date = dt.date(2026, 12, 10), template: bool = True
) -> int:
    with ctx.session() as s:
        return meetings.create_meeting(
            s,
            meetings.MeetingInput(
                body="BO",
                date=date,
                start_time="09:00",
                end_time="11:00",
                location="Provinciehuis Leuven",
            ),
            from_template=template,
        )


def realistic_meeting(ctx: AppContext, tmp_path: Path) -> int:
    """An earlier meeting with an adjourned item, then the meeting shown in the screenshot."""
    earlier = plain_meeting(ctx, dt.date(2026, 11, 12))
    with ctx.session() as s:
        postponed = agenda.add_item(
            s,
            earlier,
            "Intergemeentelijke samenwerking rond wonen",
            kind=ItemKind.DISCUSSION,
            theme="wonen",
            presenter="Burgemeester Tienen",
            duration_minutes=15,
        )
        agenda.adjourn_item(s, postponed)
    meeting_id = plain_meeting(ctx)  # carries the adjourned item over
    with ctx.session() as s:
        plan = agenda.add_item(
            s,
            meeting_id,
            "Mobiliteitsplan regio Leuven-Noord",
            kind=ItemKind.DECISION,
            theme="mobiliteit",
            presenter="Burgemeester Aarschot",
            duration_minutes=10,
        )
        agenda.add_item(
            s,
            meeting_id,
            "Stand van zaken fietssnelweg F25 Aarschot–Leuven",
            parent_id=plan,
            kind=ItemKind.INFORMATION,
            theme="mobiliteit",
            presenter="Burgemeester Rotselaar",
            duration_minutes=10,
        )
        agenda.add_item(
            s,
            meeting_id,
            "Busverbindingen De Lijn: voorstel tot herziening",
            parent_id=plan,
            kind=ItemKind.DECISION,
            theme="mobiliteit",
            presenter="Burgemeester Holsbeek",
            duration_minutes=15,
        )
        childcare = agenda.add_item(
            s,
            meeting_id,
            "Kinderopvang: tekort aan plaatsen en personeel",
            kind=ItemKind.DISCUSSION,
            theme="kinderopvang",
            presenter="Burgemeester Diest",
            duration_minutes=20,
            confidential=True,
            notes="Cijfers van Opgroeien per gemeente; bespreking van de aanpak.",
            internal_notes="Cijfers pas publiek na het schepencollege van 15/12.",
        )
        document = tmp_path / "Nota kinderopvang december.pdf"
        document.write_bytes(b"%PDF-1.4\n% demo attachment\n" + b"0" * 48_000)
        agenda.add_attachment(s, childcare, document, ctx.attachments_dir)
        agenda.add_item(
            s,
            meeting_id,
            "Ruimtelijk beleidsplan Vlaams-Brabant: adviesvraag",
            kind=ItemKind.INFORMATION,
            theme="ruimtelijke ordening",
            presenter="Provincie Vlaams-Brabant",
            duration_minutes=10,
        )
    return meeting_id
