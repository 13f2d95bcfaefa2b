"""The export benchmark: `python bench/export_minutes.py` (bench/run.py's `exports` figure).

Minutes of 40 agenda items, 30 attendees, 20 decisions and 30 actions
(`bench.meetings.make_bench_meeting`): the budget of DESIGN.md (≤ 0.3 s per format in
process, after a warm-up) is measured on this meeting.
"""

from __future__ import annotations

import statistics
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
if str(ROOT) not in sys.path:  # `python bench/…py` from a checkout
    sys.path.insert(0, str(ROOT))

from bench.meetings import make_bench_meeting  # noqa: E402
from spitsregio_desktop.documents.export import export_document  # noqa: E402
from spitsregio_desktop.storage.database import open_database  # noqa: E402


def measure(db_path: Path, out_dir: Path, rounds: int = 5) -> dict[str, float]:
    """Median (and best) export time of the bench meeting's minutes per format, in seconds."""
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
