"""Figures of the running program: cold start, memory, action tracker, exports, search.

Registered into bench/run.py's FIGURES. Qt runs only in the subprocess of qt_probe.py, so
each start is a user's cold start and this process stays Qt-free.
"""

from __future__ import annotations

import json
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent

SEARCHES = [
    "mobiliteit",
    "mobilit",
    "Fietssnelweg",
    "kinderopvang",
    "wonen",
    "ruimtelijke ordening",
    "VDAB",
    "knelpuntberoepen",
    "jobbeurs",
    "Leuven",
    "Tienen",
    "Aarschot",
    "begroting",
    "actieplan",
    "werkgelegenheid",
    "onderwijs",
    "welzijn",
    "economie",
    "bedrijventerrein",
    "pendel",
    "openbaar vervoer",
    "De Lijn",
    "fiets",
    "subsidie",
    "ESF",
    "provincie",
    "Interleuven",
    "nota",
    "voorstel",
    "goedgekeurd",
    "vergadering",
    "verslag",
    "regio",
    "samenwerking",
    "arbeidsmarkt",
    "opleiding",
    "ruimte",
    "mobi",
    "kind",
    "woon",
    "werk",
    "ecologie",
    "écologie",
    "circulaire economie",
    "duaal leren",
    "brief minister",
    "streekdossier",
    "taskforce",
    "burgemeester",
    "gemeente",
]


def cold_start(ctx) -> dict[str, Any]:
    """Fresh process → main window shown on the 10-year database; RSS; action tracker."""
    return _start_figures(ctx, 10, "", [])


def cold_start_30y(ctx) -> dict[str, Any]:
    """The same on the 30-year database, the tracker's status filter on "Alle" (all rows)."""
    return _start_figures(ctx, 30, "_30y", ["--status-all"])


def _start_figures(ctx, years: int, suffix: str, probe_args: list[str]) -> dict[str, Any]:
    starts, rss, rss_start, action_ms, whole_ms, rows = [], [], [], [], [], 0
    for n in range(ctx.repeat + 1):
        work = ctx.working_copy(years)
        try:
            env = _env()
            # its own settings, empty: a start on the meeting list, not on whatever meeting
            # another program run on this machine left open (that start is a figure apart)
            env["XDG_CONFIG_HOME"] = str(work.parent / "config")
            started = time.perf_counter()
            proc = subprocess.Popen(
                [sys.executable, str(HERE / "qt_probe.py"), str(work), *probe_args],
                stdout=subprocess.PIPE,
                stderr=subprocess.PIPE,
                text=True,
                env=env,
            )
            line = proc.stdout.readline()
            shown = time.perf_counter() - started
            out, err = proc.communicate(timeout=120)
            if line.strip() != "SHOWN" or proc.returncode:
                raise RuntimeError(f"probe failed: {line} {err[-2000:]}")
            figures = json.loads(out.strip().splitlines()[-1])
        finally:
            shutil.rmtree(work.parent, ignore_errors=True)
        if n:  # the first run warms the disk cache
            starts.append(shown)
            rss.append(figures["rss_mb"])
            rss_start.append(figures["rss_after_start_mb"])
            action_ms.append(figures["action_list_ms"])
            whole_ms.append(figures["action_list_whole_ms"])
            rows = figures["action_list_rows"]
    return {
        f"cold_start{suffix}_s": round(statistics.median(starts), 3),
        f"cold_start{suffix}_runs_s": [round(s, 3) for s in starts],
        f"rss{suffix}_mb": round(statistics.median(rss), 1),
        f"rss_after_start{suffix}_mb": round(statistics.median(rss_start), 1),
        f"action_list{suffix}_ms": round(statistics.median(action_ms), 1),
        f"action_list{suffix}_runs_ms": [round(a, 1) for a in action_ms],
        f"action_list{suffix}_rows": rows,
        f"action_list_whole{suffix}_ms": round(statistics.median(whole_ms), 1),
    }


def exports(ctx) -> dict[str, Any]:
    from bench.export_minutes import measure

    out = Path(tempfile.mkdtemp(prefix="spitsregio-bench-export-"))
    try:
        result = measure(out / "bench.sqlite", out, rounds=max(5, ctx.repeat))
    finally:
        shutil.rmtree(out, ignore_errors=True)
    return {k: round(v, 4) if isinstance(v, float) else v for k, v in result.items()}


def search(ctx) -> dict[str, Any]:
    from spitsregio_desktop.services.search import search as run_search
    from spitsregio_desktop.storage.database import open_database

    db = open_database(ctx.demo_database(), backup_on_start=False, lock=False)
    try:
        with db.session() as session:
            for query in SEARCHES[:5]:
                run_search(session, query)  # warm the page cache
            times, hits = [], 0
            for query in SEARCHES:
                started = time.perf_counter()
                hits += len(run_search(session, query))
                times.append((time.perf_counter() - started) * 1000)
    finally:
        db.close()
    times.sort()
    return {
        "search_ms": round(statistics.median(times), 2),
        "search_p95_ms": round(times[int(0.95 * (len(times) - 1))], 2),
        "search_queries": len(times),
        "search_hits": hits,
    }


def _env() -> dict[str, str]:
    import os

    root = str(HERE.parent)
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    env["PYTHONPATH"] = os.pathsep.join(filter(None, [root, env.get("PYTHONPATH")]))
    return env


def live_keystroke(ctx) -> dict[str, Any]:
    """Typed character → painted in the live notes field, p95, autosave running (own process)."""
    out = subprocess.run(
        [sys.executable, "-m", "bench.live_typing", str(ctx.demo_database())],
        capture_output=True,
        text=True,
        env=_env(),
        timeout=300,
        check=True,
    ).stdout.split()
    # "live_keystroke_ms p95 X p50 Y max Z"
    values = dict(zip(out[1::2], (float(v) for v in out[2::2]), strict=True))
    return {
        "live_keystroke_ms": values["p95"],
        "live_keystroke_p50_ms": values["p50"],
        "live_keystroke_max_ms": values["max"],
    }
