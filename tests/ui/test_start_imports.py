"""The window shows before SQLAlchemy's ORM and our models are imported (issue 18): they are
a third of the start, and the first screen needs neither. A fresh interpreter runs the start
as `run_app` does; the background work that follows the first paint is held back, so what
is imported is what the window itself needed."""

from __future__ import annotations

import os
import subprocess
import sys
import textwrap
from pathlib import Path

from spitsregio_desktop.storage.database import open_database

START = textwrap.dedent(
    """
    import sys
    from pathlib import Path

    from spitsregio_desktop.ui import tasks

    tasks.TaskRunner.run = lambda self, fn, on_done=None, on_error=None: None  # held back
    from spitsregio_desktop.services.settings import start_language
    from spitsregio_desktop.ui.app import ensure_app, make_context, open_with_dialogs
    from spitsregio_desktop.ui.main_window import MainWindow

    app = ensure_app()
    db = open_with_dialogs(Path(sys.argv[1]), backup_on_start=False)
    ctx = make_context(db)
    print("language", ctx.ops.task(start_language, db).inline().value)
    window = MainWindow(ctx)
    window.show()
    app.processEvents()
    print("shown", window.isVisible())
    for name in ("sqlalchemy.orm", "spitsregio_desktop.storage.models"):
        print(name, name in sys.modules)
    window.close()
    db.close()
    """
)


def test_the_window_shows_without_the_orm(tmp_path: Path):
    path = tmp_path / "spitsregio.sqlite"
    open_database(path).close()  # made, migrated and seeded: as a user's file
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", XDG_CONFIG_HOME=str(tmp_path / "cfg"))
    out = subprocess.run(
        [sys.executable, "-c", START, str(path)],
        capture_output=True,
        text=True,
        env=env,
        timeout=120,
        check=True,
    ).stdout.splitlines()
    assert out == [
        "language nl",
        "shown True",
        "sqlalchemy.orm False",
        "spitsregio_desktop.storage.models False",
    ]
