"""Benchmarks of DESIGN.md's budgets: `python bench/run.py [--json] [--only NAME] [--fresh]`.

Each figure is a function in FIGURES (name → Figure). A later issue adds its figure by
writing one function and one registry entry; `--only NAME` runs just that one. These are
measurements for docs/PERFORMANCE.md, not timed tests: nothing here fails on a budget.

The 10-year demo database is generated once into bench/.cache/demo10.sqlite and reused
while it is newer than the code that shapes it (storage/ and services/demo*.py);
`--fresh` always regenerates and re-measures it. Figures that change data work on a copy,
so the cache stays the same for the next figure and the next run.

No Qt in this process: the bare-Qt figure runs its window in a fresh subprocess, as a
user's cold start would.
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import shutil
import sqlite3
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from importlib import metadata
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
if str(ROOT) not in sys.path:  # run from a checkout without installing
    sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(Path(__file__).resolve().parent))
import app_figures  # noqa: E402  (beside this script)
import history_figures  # noqa: E402  (beside this script)
import spell_figures  # noqa: E402  (beside this script)

CACHE_DIR = Path(__file__).resolve().parent / ".cache"
DEMO_DB = CACHE_DIR / "demo10.sqlite"
DEMO_META = CACHE_DIR / "demo10.json"
DEMO_YEARS = 10
# The code whose change makes the cached demo stale: the schema and the generator.
DEMO_CODE = [ROOT / "spitsregio_desktop" / "storage", ROOT / "spitsregio_desktop" / "services"]
DEMO_CODE_GLOBS = {"storage": "**/*.py", "services": "demo*.py"}

Figures = dict[str, Any]


@dataclass
class Context:
    """What every figure function gets: the options and the shared cached demo database."""

    fresh: bool = False
    repeat: int = 5
    edits: int = 1000
    log: Callable[[str], None] = field(default=lambda _msg: None)
    _demo_ready: bool = False

    _ready_years: set[int] = field(default_factory=set)

    def demo_database(self, years: int = DEMO_YEARS) -> Path:
        """The cached demo of `years` (10 or 30), (re)generated when missing, stale or `--fresh`."""
        if years == DEMO_YEARS and self._demo_ready:
            self._ready_years.add(years)
        if years not in self._ready_years:
            if self.fresh or not _demo_cache_valid(years):
                _generate_demo_cache(self.log, years)
            self._ready_years.add(years)
        return _demo_paths(years)[0]

    def working_copy(self, years: int = DEMO_YEARS) -> Path:
        """A private copy of the demo for a figure that writes; it removes `work.parent` after."""
        work = Path(tempfile.mkdtemp(prefix="spitsregio-bench-")) / "work.sqlite"
        shutil.copyfile(self.demo_database(years), work)
        return work


@dataclass(frozen=True)
class Figure:
    func: Callable[[Context], Figures]
    unit: str
    budget: str
    about: str


# -- the demo cache --------------------------------------------------------------------------


def _code_mtime() -> float:
    newest = 0.0
    for folder in DEMO_CODE:
        for path in folder.glob(DEMO_CODE_GLOBS[folder.name]):
            newest = max(newest, path.stat().st_mtime)
    return newest


def _demo_paths(years: int) -> tuple[Path, Path]:
    """(database, its generation figures) of the cached demo of `years` years."""
    return CACHE_DIR / f"demo{years}.sqlite", CACHE_DIR / f"demo{years}.json"


def _demo_cache_valid(years: int = DEMO_YEARS) -> bool:
    db, meta = _demo_paths(years)
    return db.exists() and meta.exists() and db.stat().st_mtime > _code_mtime()


_DEMO_SCRIPT = """
import json, sys, time
t0 = time.perf_counter()
from spitsregio_desktop.storage.database import open_database
from spitsregio_desktop.services.demo import generate_demo
t1 = time.perf_counter()
db = open_database(sys.argv[1], backup_on_start=False)
t2 = time.perf_counter()
with db.session() as s:
    summary = generate_demo(s, years=int(sys.argv[2]))
t3 = time.perf_counter()
db.close()  # folds the WAL into the file: part of what a user waits for
t4 = time.perf_counter()
print(json.dumps({"import_s": t1 - t0, "open_s": t2 - t1, "generate_s": t3 - t2,
                  "close_s": t4 - t3, "total_s": t4 - t1,
                  "meetings": summary.meetings, "items": summary.items,
                  "decisions": summary.decisions, "actions": summary.actions}))
"""


def _generate_demo_cache(log: Callable[[str], None], years: int = DEMO_YEARS) -> dict[str, Any]:
    """Generate the demo in a fresh process (clean memory, as `spitsregio demo` would run)."""
    CACHE_DIR.mkdir(parents=True, exist_ok=True)
    # keeps the cache out of git without touching the project's .gitignore
    (CACHE_DIR / ".gitignore").write_text("*\n", encoding="utf-8")
    db, meta_path = _demo_paths(years)
    tmp = CACHE_DIR / f"demo{years}.tmp.sqlite"
    for stale in CACHE_DIR.glob(f"demo{years}.tmp.sqlite*"):
        stale.unlink()
    log(f"generating the {years}-year demo database …")
    started = time.perf_counter()
    done = subprocess.run(
        [sys.executable, "-c", _DEMO_SCRIPT, str(tmp), str(years)],
        capture_output=True,
        text=True,
        cwd=ROOT,
        env=_env(),
        check=False,
    )
    wall = time.perf_counter() - started
    if done.returncode != 0:
        raise RuntimeError(f"demo generation failed: {done.stderr.strip()[-500:]}")
    meta = json.loads(done.stdout.strip().splitlines()[-1])
    meta["wall_s"] = wall
    # Replace the cache only when the new file is complete.
    os.replace(tmp, db)
    for leftover in CACHE_DIR.glob(f"demo{years}.tmp.sqlite*"):
        leftover.unlink()
    shutil.rmtree(CACHE_DIR / "backups", ignore_errors=True)
    meta_path.write_text(json.dumps(meta, indent=2), encoding="utf-8")
    meta["cached"] = False
    return meta


def _env(**extra: str) -> dict[str, str]:
    env = dict(os.environ)
    env["PYTHONPATH"] = os.pathsep.join(filter(None, [str(ROOT), env.get("PYTHONPATH")]))
    env.update(extra)
    return env


# -- figures -------------------------------------------------------------------------------

_BARE_QT = """
import sys
from PySide6.QtWidgets import QApplication, QWidget
app = QApplication(sys.argv)
window = QWidget()
window.resize(640, 480)
window.setWindowTitle("bare")
window.show()
app.processEvents()
"""


def bare_qt_start(ctx: Context) -> Figures:
    """Wall time of a fresh interpreter that shows one QWidget: the yardstick for cold start."""
    env = _env(QT_QPA_PLATFORM="offscreen")
    times = []
    for n in range(ctx.repeat + 1):
        started = time.perf_counter()
        subprocess.run([sys.executable, "-c", _BARE_QT], env=env, check=True, capture_output=True)
        if n:  # the first run warms the disk cache; a user's second start is the usual one
            times.append(time.perf_counter() - started)
    return {
        "bare_qt_start_s": round(statistics.median(times), 4),
        "bare_qt_start_runs_s": [round(t, 4) for t in times],
    }


def demo_years10(ctx: Context) -> Figures:
    """`spitsregio demo --years 10` minus the CLI: open (schema + seed) + generate + close."""
    if ctx.fresh or not _demo_cache_valid():
        meta = _generate_demo_cache(ctx.log)
        ctx._demo_ready = True
    else:
        meta = json.loads(DEMO_META.read_text(encoding="utf-8"))
        meta["cached"] = True
    return {
        "demo_years10_s": round(meta["total_s"], 3),
        "demo_years10_generate_s": round(meta["generate_s"], 3),
        "demo_years10_cached": meta["cached"],
        "demo_years10_counts": {k: meta[k] for k in ("meetings", "items", "decisions", "actions")},
    }


def _autosave_target(path: Path) -> int:
    """A subject item of the last meeting whose minutes are still a draft: the live case."""
    con = sqlite3.connect(path)
    try:
        row = con.execute(
            "SELECT i.id FROM agenda_items i JOIN meetings m ON m.id = i.meeting_id "
            "WHERE m.status = 'minutes_draft' AND i.standard IS NULL "
            "ORDER BY m.date DESC, i.position LIMIT 1"
        ).fetchone()
    finally:
        con.close()
    if row is None:
        raise RuntimeError("no editable agenda item in the demo database")
    return int(row[0])


def autosave(ctx: Context) -> Figures:
    """One committed edit of an item's notes, as the window's autosave does it, n times."""
    from sqlalchemy import update

    from spitsregio_desktop.storage.database import open_database
    from spitsregio_desktop.storage.models import AgendaItem

    try:  # the service the window calls; fall back to the bare UPDATE it performs
        from spitsregio_desktop.services.agenda import save_notes

        via = "services.agenda.save_notes"
    except ImportError:  # pragma: no cover - only before the agenda service exists
        save_notes = None
        via = "sqlalchemy update"

    work = ctx.working_copy()
    item_id = _autosave_target(work)
    db = open_database(work, backup_on_start=False)
    try:
        # Notes as they grow while the secretary types: a couple of thousand characters.
        text = "Toelichting bij het punt. " * 80

        def edit(n: int) -> None:
            notes = f"{text}{n}"
            with db.session() as s:
                if save_notes is not None:
                    save_notes(s, item_id, notes)
                else:
                    s.execute(
                        update(AgendaItem).where(AgendaItem.id == item_id).values(notes=notes)
                    )
                    s.commit()

        for n in range(20):  # warm the connection pool and the statement caches
            edit(n)
        times = []
        for n in range(ctx.edits):
            started = time.perf_counter()
            edit(n)
            times.append((time.perf_counter() - started) * 1000)
    finally:
        db.close()
        shutil.rmtree(work.parent, ignore_errors=True)
    times.sort()
    return {
        "autosave_p95_ms": round(times[int(0.95 * (len(times) - 1))], 3),
        "autosave_median_ms": round(statistics.median(times), 3),
        "autosave_max_ms": round(times[-1], 3),
        "autosave_edits": len(times),
        "autosave_via": via,
    }


def db_size(ctx: Context) -> Figures:
    path = ctx.demo_database()
    return {"db_size_mb": round(path.stat().st_size / 1_000_000, 2)}


FIGURES: dict[str, Figure] = {
    "bare_qt_start_s": Figure(
        bare_qt_start,
        "s",
        "reference (DESIGN: 0.105 s)",
        "bare PySide6 window, fresh process, median",
    ),
    "demo_years10_s": Figure(
        demo_years10, "s", "≤ 60 s (aim < 20 s)", "10-year demo: open + generate + close"
    ),
    "autosave_p95_ms": Figure(
        autosave, "ms", "≤ 10 ms p95", "one committed notes edit on the 10-year database"
    ),
    "db_size_mb": Figure(db_size, "MB", "—", "10-year demo database file (10^6 bytes)"),
    "cold_start_s": Figure(
        app_figures.cold_start,
        "s",
        "≤ 1.0 s and ≤ 5× bare_qt_start_s",
        "fresh process → main window shown on the 10-year database; "
        "also rss_mb (≤ 200 MB) and action_list_ms (≤ 100 ms)",
    ),
    "export_minutes_docx_s": Figure(
        app_figures.exports,
        "s",
        "≤ 0.3 s; ≤ 2× raw_docx_s",
        "minutes of a 40-item meeting, DOCX and PDF, median after warm-up",
    ),
    "live_keystroke_ms": Figure(
        app_figures.live_keystroke,
        "ms",
        "≤ 16 ms p95",
        "key press → notes field painted, autosave running",
    ),
    "live_keystroke_spell_p95_ms": Figure(
        spell_figures.live_keystroke_spell,
        "ms",
        "≤ 16 ms p95",
        "key press → notes painted, Dutch spell-check on; "
        "also the dictionary's load and suggest costs",
    ),
    "search_ms": Figure(
        app_figures.search,
        "ms",
        "≤ 30 ms",
        "full-text search, median of 50 varied queries, 10-year database",
    ),
    "cold_start_30y_s": Figure(
        app_figures.cold_start_30y,
        "s",
        "≤ 6× bare_qt_start_s",
        "fresh process → main window shown on the 30-year database; "
        "also rss_30y_mb (≤ 200 MB) and action_list_30y_ms (≤ 200 ms, "
        'status filter "Alle": all ~18 000 actions)',
    ),
    "cli_list_actions_30y_s": Figure(
        history_figures.cli_list_actions_30y,
        "s",
        "≤ 0.6 s",
        "`spitsregio list actions` on 30 years, whole process",
    ),
    "decisions_register_pdf_30y_s": Figure(
        history_figures.decisions_register_pdf_30y,
        "s",
        "≤ 1.5 s",
        "`spitsregio report decisions --format pdf --body BO`, all 30 years, whole process",
    ),
}


# -- running -------------------------------------------------------------------------------


def machine() -> dict[str, Any]:
    def version(dist: str) -> str | None:
        try:
            return metadata.version(dist)
        except metadata.PackageNotFoundError:
            return None

    info: dict[str, Any] = {
        "cpu_count": os.cpu_count(),
        "python": platform.python_version(),
        "implementation": platform.python_implementation(),
        "platform": platform.platform(),
        "machine": platform.machine(),
        "sqlite": sqlite3.sqlite_version,
        "sqlalchemy": version("SQLAlchemy"),
        "pyside6": version("PySide6-Essentials") or version("PySide6"),
    }
    meminfo = Path("/proc/meminfo")
    if meminfo.exists():
        first = meminfo.read_text().splitlines()[0].split()
        info["memory_gb"] = round(int(first[1]) / 1024 / 1024, 1)
    return info


def run(names: list[str], ctx: Context) -> dict[str, Any]:
    figures: dict[str, Any] = {}
    errors: dict[str, str] = {}
    for name in names:
        ctx.log(f"{name} …")
        try:
            figures.update(FIGURES[name].func(ctx))
        except Exception as exc:  # noqa: BLE001 - one broken figure must not hide the others
            errors[name] = f"{type(exc).__name__}: {exc}"
    result: dict[str, Any] = {**figures, "machine": machine()}
    if errors:
        result["errors"] = errors
    return result


def table(result: dict[str, Any]) -> str:
    lines = [f"{'figure':<28} {'value':>12}  {'budget':<28} about", "-" * 96]
    for name, fig in FIGURES.items():
        if name in result:
            lines.append(f"{name:<28} {result[name]!s:>12}  {fig.budget:<28} {fig.about}")
    extras = {
        k: v for k, v in result.items() if k not in FIGURES and k not in ("machine", "errors")
    }
    for key, value in extras.items():
        lines.append(f"  {key:<26} {value!s}")
    lines.append("")
    lines.append("machine: " + ", ".join(f"{k}={v}" for k, v in result["machine"].items()))
    for name, err in result.get("errors", {}).items():
        lines.append(f"ERROR {name}: {err}")
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--json", action="store_true", help="print one JSON object of figures")
    parser.add_argument(
        "--only",
        metavar="NAME",
        action="append",
        choices=sorted(FIGURES),
        help="run only this figure (repeatable)",
    )
    parser.add_argument(
        "--fresh",
        action="store_true",
        help="regenerate (and re-measure) the cached 10-year demo database",
    )
    parser.add_argument("--repeat", type=int, default=5, help="runs of the bare-Qt start")
    parser.add_argument("--edits", type=int, default=1000, help="autosave edits to time")
    parser.add_argument("--list", action="store_true", help="list the figures and exit")
    args = parser.parse_args(argv)
    if args.list:
        for name, fig in FIGURES.items():
            print(f"{name:<24} {fig.about}")
        return 0
    ctx = Context(
        fresh=args.fresh,
        repeat=args.repeat,
        edits=args.edits,
        log=(lambda msg: print(msg, file=sys.stderr, flush=True)),
    )
    result = run(args.only or list(FIGURES), ctx)
    print(json.dumps(result, ensure_ascii=False) if args.json else table(result))
    return 1 if result.get("errors") else 0


if __name__ == "__main__":
    sys.exit(main())
