"""Runs in a fresh process for bench/app_figures.py: the real window on a given database.

Prints one line "SHOWN" the moment the main window is on screen (the parent times its own
wall clock from spawn to that line: a user's cold start), then one JSON line of the
figures measured inside: RSS with the database open, opening the action tracker.
"""

from __future__ import annotations

import json
import os
import sys
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))


def rss_mb() -> float:
    try:
        for line in Path("/proc/self/status").read_text().splitlines():
            if line.startswith("VmRSS:"):
                return int(line.split()[1]) / 1024
    except OSError:
        pass
    import resource

    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def main(db_path: str, status_all: bool = False) -> None:
    import gc

    gc.disable()  # as `spitsregio` does before it starts the window (cli.cmd_window)
    from spitsregio_desktop.ui.app import (
        ensure_app,
        make_context,
        open_with_dialogs,
        start_backup_in_background,
    )
    from spitsregio_desktop.ui.i18n import install_translators
    from spitsregio_desktop.ui.main_window import MainWindow

    app = ensure_app()
    install_translators(app, "nl")
    db = open_with_dialogs(Path(db_path), backup_on_start=False)
    ctx = make_context(db)
    from spitsregio_desktop.services.settings import start_language

    ctx.ops.task(start_language, db).inline()  # run_app reads the language before the window
    window = MainWindow(ctx)
    window.show()
    app.processEvents()
    print("SHOWN", flush=True)  # what run_app does until here is the user's cold start
    start_backup_in_background(ctx)
    ctx.tasks.wait()
    figures = {"rss_after_start_mb": round(rss_mb(), 1)}

    window.start()  # what run_app does next; then the user looks at the window a moment
    settle = time.perf_counter() + 1.0
    while time.perf_counter() < settle:
        app.processEvents()
        time.sleep(0.01)
    actions_index = 2  # Meetings, Members, Actions, …
    from PySide6.QtWidgets import QTableView

    started = time.perf_counter()
    window.show_view(actions_index)
    view = window.stack.currentWidget()
    if status_all:  # the status filter's last entry, "Alle": every action is a row
        view.status.setCurrentIndex(view.status.count() - 1)
    tables = view.findChildren(QTableView)

    def rows() -> int:
        return max((t.model().rowCount() for t in tables), default=0)

    while not rows() and time.perf_counter() - started < 30:  # the list loads off-thread
        app.processEvents()
        time.sleep(0.001)
    view.repaint()  # paint the first rows now, as the screen would
    app.processEvents()
    figures["action_list_ms"] = round((time.perf_counter() - started) * 1000, 1)
    figures["action_list_first_rows"] = rows()
    # the first screenful shows before the whole list has come (issue 18): the memory
    # figure is of the whole list shown
    loader = getattr(view, "loader", None)
    while loader is not None and not loader.complete and time.perf_counter() - started < 60:
        app.processEvents()
        time.sleep(0.001)
    view.repaint()
    app.processEvents()
    figures["action_list_whole_ms"] = round((time.perf_counter() - started) * 1000, 1)
    figures["action_list_rows"] = rows()
    figures["rss_mb"] = round(rss_mb(), 1)
    print(json.dumps(figures), flush=True)
    window.close()
    db.close()


if __name__ == "__main__":
    main(sys.argv[1], status_all="--status-all" in sys.argv[2:])
