"""A realistic large meeting for the export benchmark and the tests.

Minutes of 40 agenda items, 30 attendees, 20 decisions and 30 actions: the budget of
DESIGN.md (≤ 0.3 s per format in process, after a warm-up) is measured on this meeting.
Built through the services, as the window would.
"""

from __future__ import annotations

import datetime as dt
import statistics
import time
from pathlib import Path

from sqlalchemy.orm import Session

from ..services import actions, agenda, attendance, decisions
from ..services.demo_secretariat import demo_secretariat_details
from ..services.meetings import MeetingInput, create_meeting, meeting_detail
from ..services.settings import load_settings, missing_secretariat

NOTES = (
    "De voorzitter leidt het punt in. De leden bespreken de stand van zaken en de "
    "gevolgen voor de gemeenten; er wordt gewezen op de samenwerking met VDAB en de "
    "provincie.\n\nNa bespreking stelt de voorzitter vast dat er een ruime consensus is. "
    "Het secretariaat werkt het voorstel verder uit tegen de volgende vergadering."
)


def make_bench_meeting(session: Session, body: str = "TF",
                       date: dt.date = dt.date(2026, 12, 10)) -> int:
    if missing_secretariat(load_settings(session)):  # invented data: the demo's letterhead
        demo_secretariat_details(session)
    meeting_id = create_meeting(session, MeetingInput(
        body=body, date=date, start_time="09:00", end_time="12:30",
        location="Provinciehuis, Provincieplein 1, 3010 Leuven"))
    detail = meeting_detail(session, meeting_id)
    extra = 40 - len(detail.items)
    for n in range(extra):
        agenda.add_item(
            session, meeting_id, f"Agendapunt {n + 1}: werkgelegenheid en mobiliteit in de "
            f"Spitsregio, deel {n + 1}", kind=("information", "discussion", "decision")[n % 3],
            theme="werk", presenter="Interleuven", duration_minutes=5, notes=NOTES,
            confidential=(n == 3), internal_notes="INTERN: niet verspreiden", commit=False)
    session.commit()
    attendance.invite_members(session, meeting_id)
    detail = meeting_detail(session, meeting_id)
    people = [i.person_id for i in detail.invitations][:30]
    for n, person_id in enumerate(people):
        presence = "present" if n % 6 else ("excused" if n % 12 else "substituted")
        attendance.set_presence(session, meeting_id, person_id, presence,
                                substitute_name="Schepen van dienst" if n % 12 == 0 else "")
    items = [i.id for i in detail.items]
    attendance.mark_arrival(session, meeting_id, people[1], "09:40", items[4])
    attendance.add_item_absence(session, meeting_id, people[2], items[8], "belangenconflict")
    for n in range(20):
        decisions.add_decision(
            session, items[5 + n], f"De vergadering keurt het voorstel {n + 1} goed en vraagt "
            "het secretariaat de uitvoering op te volgen.",
            *((12, 2, 1) if n % 4 == 0 else (None, None, None)))
    for n in range(30):
        actions.add_action(
            session, items[5 + n % 30], f"Actie {n + 1}: nota opstellen en bezorgen aan de "
            "leden", owner_text=f"Trekker {n % 7 + 1}", due_date=date + dt.timedelta(days=30))
    return meeting_id


def measure(db_path: Path, out_dir: Path, rounds: int = 5) -> dict[str, float]:
    """Median (and best) export time of the bench meeting's minutes per format, in seconds."""
    from ..storage.database import open_database
    from .export import export_document

    results: dict[str, float] = {}
    with open_database(db_path, backup_on_start=False) as db, db.session() as session:
        meeting_id = make_bench_meeting(session)
        for fmt in ("docx", "pdf"):
            out = out_dir / f"bench-minutes.{fmt}"
            export_document(session, meeting_id, "minutes", fmt, out)  # warm-up
            times = []
            for _ in range(rounds):
                t0 = time.perf_counter()
                export_document(session, meeting_id, "minutes", fmt, out)
                times.append(time.perf_counter() - t0)
            results[f"export_minutes_{fmt}_s"] = statistics.median(times)
            results[f"export_minutes_{fmt}_best_s"] = min(times)
    return results


if __name__ == "__main__":
    import tempfile

    with tempfile.TemporaryDirectory() as tmp:
        for key, value in measure(Path(tmp) / "bench.sqlite", Path(tmp)).items():
            print(f"{key} = {value:.3f}")
