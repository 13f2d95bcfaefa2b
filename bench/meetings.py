"""Realistic meetings built through the services, as the window would: for the benchmarks,
the screenshots and the tests (`from bench.meetings import sample_meeting`).

`sample_meeting` plans a short Burgemeestersoverleg meeting (standard agenda plus three
items, invitations with answers); `fill_in_progress` takes it half-way through live minutes;
`make_bench_meeting` is the large meeting of the export budget (40 items, 30 attendees,
20 decisions, 30 actions).
"""

from __future__ import annotations

import datetime as dt

from sqlalchemy.orm import Session

from spitsregio_desktop.services import actions, agenda, attendance, decisions, meetings
from spitsregio_desktop.services.demo_secretariat import demo_secretariat_details
from spitsregio_desktop.services.meetings import MeetingInput, create_meeting, meeting_detail
from spitsregio_desktop.services.settings import load_settings, missing_secretariat

NOTES = (
    "De voorzitter leidt het punt in. De leden bespreken de stand van zaken en de "
    "gevolgen voor de gemeenten; er wordt gewezen op de samenwerking met VDAB en de "
    "provincie.\n\nNa bespreking stelt de voorzitter vast dat er een ruime consensus is. "
    "Het secretariaat werkt het voorstel verder uit tegen de volgende vergadering."
)


def sample_meeting(session: Session, day: dt.date | None = None) -> int:
    """A planned BO meeting with a realistic agenda and answered invitations; its id."""
    day = day or dt.date.today()
    meeting_id = meetings.create_meeting(
        session,
        meetings.MeetingInput(
            body="BO",
            date=day,
            start_time="09:00",
            end_time="11:00",
            location="Provinciehuis Leuven, zaal Vlaams-Brabant",
        ),
    )
    for title, kind, minutes, presenter in (  # each lands before "Varia"
        ("Mobiliteitsplan Spitsregio: stand van zaken", "discussion", 20, "Interleuven"),
        (
            "Kinderopvang: gezamenlijke aanvraag bij het Agentschap",
            "decision",
            15,
            "Burgemeester Leuven",
        ),
        ("Woonbeleid: regionale woonraad", "information", 10, ""),
    ):
        agenda.add_item(
            session, meeting_id, title, kind=kind, duration_minutes=minutes, presenter=presenter
        )
    attendance.invite_members(session, meeting_id)
    detail = meetings.meeting_detail(session, meeting_id)
    for index, inv in enumerate(detail.invitations):
        answer = "excused" if index % 7 == 3 else ("no_answer" if index % 11 == 5 else "coming")
        attendance.set_answer(session, meeting_id, inv.person_id, answer)
    return meeting_id


def roll_call_taken(session: Session, meeting_id: int) -> None:
    """The roll call as taken at the start: the answers carried into attendance, whoever did
    not answer recorded absent. Live mode then opens in the notes, not in the roll call."""
    from spitsregio_desktop.services.roll_call import unrecorded_people

    attendance.prefill_attendance(session, meeting_id)
    for person in unrecorded_people(session, meeting_id):
        attendance.set_presence(session, meeting_id, person.person_id, "absent")


def fill_in_progress(session: Session, meeting_id: int) -> int:
    """The meeting half-way: notes, decisions, actions, a late arrival; the current item."""
    from spitsregio_desktop.services.live import owner_candidates, resolve_owner

    add_action, add_decision = actions.add_action, decisions.add_decision

    items = meetings.meeting_detail(session, meeting_id).items
    owners = owner_candidates(session)
    texts = [
        "De voorzitter opent de vergadering om 9.05 uur en verwelkomt de burgemeesters. "
        "De agenda wordt goedgekeurd zonder wijzigingen.",
        "Het verslag van de vorige vergadering wordt goedgekeurd.",
        "Burgemeester Leuven meldt dat de werken aan de Vaartkom in maart starten. "
        "Interleuven bezorgt de planning aan alle gemeenten.",
        "Van de 12 openstaande actiepunten zijn er 9 afgerond; de rest loopt.",
    ]
    for item, text in zip(items, texts, strict=False):
        agenda.save_notes(session, item.id, text)
        agenda.update_item(session, item.id, done=True)
    current = items[4]
    agenda.save_notes(
        session,
        current.id,
        (
            "Interleuven stelt de stand van zaken voor: zes busassen zijn uitgetekend, twee "
            "fietsostrades zitten in de aanbesteding.\n\n"
            "Herent en Kortenberg vragen de parkeerregels langs de assen op elkaar af te "
            "stemmen. Leuven is akkoord, op voorwaarde dat de handhaving gemeentelijk blijft.\n\n"
            "Discussie over de timing: "
        ),
    )
    add_decision(
        session, items[1].id, "Het verslag van de vergadering van 23 oktober wordt goedgekeurd."
    )
    add_decision(session, current.id, "Het overleg keurt het tracé van de busassen goed.", 24, 2, 1)
    for what, who, due in (
        ("Parkeerbeleid langs de busassen afstemmen", "burgemeester leuven", 49),
        ("Planning fietsostrades bezorgen aan de gemeenten", "interleuven", 14),
    ):
        owner = resolve_owner(owners, who)
        add_action(
            session,
            current.id,
            what,
            owner_person_id=owner.person_id if owner else None,
            owner_organisation_id=owner.organisation_id if owner else None,
            due_date=dt.date.today() + dt.timedelta(days=due),
        )
    attendance.prefill_attendance(session, meeting_id)
    late = next(
        r
        for r in meetings.meeting_detail(session, meeting_id).attendance
        if r.presence.value == "absent"
    )
    attendance.mark_arrival(
        session, meeting_id, late.person_id, at="09:40", from_item_id=items[2].id
    )
    meetings.set_live_item(session, meeting_id, current.id)
    return current.id


def make_bench_meeting(
    session: Session, body: str = "TF", date: dt.date = dt.date(2026, 12, 10)
) -> int:
    if missing_secretariat(load_settings(session)):  # invented data: the demo's letterhead
        demo_secretariat_details(session)
    meeting_id = create_meeting(
        session,
        MeetingInput(
            body=body,
            date=date,
            start_time="09:00",
            end_time="12:30",
            location="Provinciehuis, Provincieplein 1, 3010 Leuven",
        ),
    )
    detail = meeting_detail(session, meeting_id)
    extra = 40 - len(detail.items)
    for n in range(extra):
        agenda.add_item(
            session,
            meeting_id,
            f"Agendapunt {n + 1}: werkgelegenheid en mobiliteit in de Spitsregio, deel {n + 1}",
            kind=("information", "discussion", "decision")[n % 3],
            theme="werk",
            presenter="Interleuven",
            duration_minutes=5,
            notes=NOTES,
            confidential=(n == 3),
            internal_notes="INTERN: niet verspreiden",
            commit=False,
        )
    session.commit()
    attendance.invite_members(session, meeting_id)
    detail = meeting_detail(session, meeting_id)
    people = [i.person_id for i in detail.invitations][:30]
    for n, person_id in enumerate(people):
        presence = "present" if n % 6 else ("excused" if n % 12 else "substituted")
        attendance.set_presence(
            session,
            meeting_id,
            person_id,
            presence,
            substitute_name="Schepen van dienst" if n % 12 == 0 else "",
        )
    for person_id in [i.person_id for i in detail.invitations][30:]:  # recorded, never assumed
        attendance.set_presence(session, meeting_id, person_id, "absent")
    items = [i.id for i in detail.items]
    attendance.mark_arrival(session, meeting_id, people[1], "09:40", items[4])
    attendance.add_item_absence(session, meeting_id, people[2], items[8], "belangenconflict")
    for n in range(20):
        decisions.add_decision(
            session,
            items[5 + n],
            f"De vergadering keurt het voorstel {n + 1} goed en vraagt "
            "het secretariaat de uitvoering op te volgen.",
            *((12, 2, 1) if n % 4 == 0 else (None, None, None)),
        )
    for n in range(30):
        actions.add_action(
            session,
            items[5 + n % 30],
            f"Actie {n + 1}: nota opstellen en bezorgen aan de leden",
            owner_text=f"Trekker {n % 7 + 1}",
            due_date=date + dt.timedelta(days=30),
        )
    return meeting_id
