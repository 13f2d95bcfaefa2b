"""Figures on thirty years of history (issue 18): whole command-line processes on the
cached 30-year demo (`spitsregio demo --years 30`: ~1 440 meetings, ~18 000 actions).

Each figure runs the real `spitsregio` command in a fresh interpreter, as a user's script
would: wall time (median) and the child's CPU time (user + system, median), because the
wall clock of a shared machine also counts the other jobs' turns.
"""

from __future__ import annotations

import os
import resource
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
YEARS = 30


def _env() -> dict[str, str]:
    env = dict(os.environ)
    env["PYTHONPATH"] = os.pathsep.join(filter(None, [str(ROOT), env.get("PYTHONPATH")]))
    return env


def _timed_runs(args: list[str], repeat: int) -> tuple[list[float], list[float]]:
    """(wall, cpu) seconds of `python -m spitsregio_desktop ARGS`, after one warm-up run."""
    walls, cpus = [], []
    for n in range(repeat + 1):
        before = resource.getrusage(resource.RUSAGE_CHILDREN)
        started = time.perf_counter()
        subprocess.run(
            [sys.executable, "-m", "spitsregio_desktop", *args],
            env=_env(),
            stdout=subprocess.DEVNULL,
            stderr=subprocess.PIPE,
            check=True,
        )
        wall = time.perf_counter() - started
        after = resource.getrusage(resource.RUSAGE_CHILDREN)
        if n:  # the first run warms the disk cache
            walls.append(wall)
            cpus.append(after.ru_utime - before.ru_utime + after.ru_stime - before.ru_stime)
    return walls, cpus


def cli_list_actions_30y(ctx) -> dict[str, Any]:
    """`spitsregio --db DEMO30 list actions` (all ~18 000 as a table), whole process."""
    db = ctx.demo_database(YEARS)
    walls, cpus = _timed_runs(["--db", str(db), "list", "actions"], ctx.repeat)
    return {
        "cli_list_actions_30y_s": round(statistics.median(walls), 3),
        "cli_list_actions_30y_cpu_s": round(statistics.median(cpus), 3),
        "cli_list_actions_30y_runs_s": [round(w, 3) for w in walls],
    }


def decisions_register_pdf_30y(ctx) -> dict[str, Any]:
    """`spitsregio report decisions --format pdf --body BO` over all 30 years, whole process."""
    db = ctx.demo_database(YEARS)
    out = Path(tempfile.mkdtemp(prefix="spitsregio-bench-register-"))
    try:
        pdf = out / "register.pdf"
        args = [
            "--db",
            str(db),
            "report",
            "decisions",
            "--format",
            "pdf",
            "--body",
            "BO",
            "--out",
            str(pdf),
        ]
        walls, cpus = _timed_runs(args, max(3, ctx.repeat // 2))
        from pypdf import PdfReader

        pages = len(PdfReader(pdf).pages)
    finally:
        shutil.rmtree(out, ignore_errors=True)
    return {
        "decisions_register_pdf_30y_s": round(statistics.median(walls), 3),
        "decisions_register_pdf_30y_cpu_s": round(statistics.median(cpus), 3),
        "decisions_register_pdf_30y_runs_s": [round(w, 3) for w in walls],
        "decisions_register_pdf_30y_pages": pages,
    }
