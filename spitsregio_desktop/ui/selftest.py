"""`spitsregio selftest`: the installed program checks itself, without a screen.

Opens the main window offscreen on a temporary demo database, visits every view and every
tab, runs live minutes for a moment, and exports every document kind into a temporary
folder. Exit 0 when all went well, 1 naming what failed. The installer uses it as its
smoke test, so it must not depend on anything outside the bundle.
"""

from __future__ import annotations

import os
import sys
import tempfile
import time
import traceback
from collections.abc import Callable
from pathlib import Path


def run_selftest(stream=None) -> int:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    os.environ.setdefault("QT_LOGGING_RULES", "qt.qpa.*=false")  # offscreen's size-hint noise
    out = stream or sys.stdout
    failures: list[str] = []
    started = time.perf_counter()

    def step(name: str, fn: Callable[[], object]) -> None:
        try:
            fn()
        except Exception as exc:  # noqa: BLE001 - the point is to report every failure
            failures.append(f"{name}: {exc}")
            print(f"FOUT  {name}: {exc}", file=out)
            if os.environ.get("SPITSREGIO_SELFTEST_TRACE"):
                traceback.print_exc(file=out)
        else:
            print(f"ok    {name}", file=out)

    with tempfile.TemporaryDirectory(prefix="spitsregio-selftest-") as tmp:
        _run(Path(tmp), step)
    seconds = time.perf_counter() - started
    if failures:
        print(f"selftest: {len(failures)} fout(en): " + "; ".join(failures), file=out)
        return 1
    print(f"selftest: alles in orde ({seconds:.1f} s)", file=out)
    return 0


def _run(tmp: Path, step: Callable[[str, Callable[[], object]], None]) -> None:
    from PySide6.QtWidgets import QApplication, QTabWidget

    from ..services.demo import generate_demo
    from ..services.meetings import list_meetings
    from ..storage.database import open_database
    from .app import ensure_app, make_context
    from .i18n import install_translators
    from .main_window import MainWindow

    app = ensure_app()
    state: dict = {}

    def open_db() -> None:
        state["db"] = open_database(tmp / "selftest.sqlite")
        state["ctx"] = make_context(state["db"])
        state["ctx"].tasks.synchronous = True
        _call(state["ctx"], generate_demo, years=1)
        meetings = _call(state["ctx"], list_meetings)
        if not meetings:
            raise RuntimeError("de demo maakte geen vergaderingen")
        state["meeting_id"] = meetings[len(meetings) // 2].id
        # live minutes on a meeting still to be held: a closed one would ask to reopen it
        upcoming = [m for m in meetings if m.status.value in ("planned", "invited")]
        state["live_id"] = upcoming[0].id if upcoming else state["meeting_id"]

    step("database en demogegevens", open_db)
    if "db" not in state:
        return
    db = state["db"]
    step("vertalingen", lambda: install_translators(app, "nl") or None)

    def open_window() -> None:
        window = MainWindow(state["ctx"])
        window.resize(1280, 800)
        window.show()
        app.processEvents()
        state["window"] = window

    step("hoofdvenster", open_window)
    window = state.get("window")
    if window is not None:
        for index in range(window.nav.count()):
            name = window.nav.item(index).text()

            def visit(i: int = index) -> None:
                window.show_view(i)
                _visit_tabs(window.stack.currentWidget(), app, QTabWidget)

            step(f"scherm {name}", visit)

        def meeting_screen() -> None:
            window.open_meeting(state["meeting_id"])
            app.processEvents()
            _visit_tabs(window.stack.currentWidget(), app, QTabWidget)

        step("vergaderscherm met alle tabbladen", meeting_screen)

        def live() -> None:
            window.open_live(state["live_id"])
            app.processEvents()
            if window.live_view is None:
                raise RuntimeError("live notuleren opende niet")
            window.live_view.flush()  # type: ignore[attr-defined]
            window._leave_live(state["live_id"])

        step("live notuleren", live)
    _exports(state["ctx"], state["meeting_id"], tmp, step)
    if window is not None:
        window.close()
        QApplication.processEvents()
    db.close()


def _visit_tabs(widget, app, tab_cls) -> None:
    for tabs in widget.findChildren(tab_cls):
        for i in range(tabs.count()):
            tabs.setCurrentIndex(i)
            app.processEvents()


def _call(ctx, fn: Callable, *args, **kwargs):
    """Through the gateway, as the window calls the program; a refusal fails the step."""
    done = ctx.ops.run(fn, *args, **kwargs).silently().inline()
    if not done:
        raise RuntimeError(done.message)
    return done.value


def _exports(ctx, meeting_id: int, tmp: Path, step) -> None:
    from ..documents.export import SUPPORTED, export_document
    from ..services.package import dumps, export_package

    folder = tmp / "exports"
    folder.mkdir()
    for kind, formats in SUPPORTED.items():
        for fmt in sorted(formats):
            for public in (False, True) if kind == "minutes" else (False,):
                target = folder / f"{kind}{'-public' if public else ''}.{fmt}"

                def export(kind=kind, fmt=fmt, public=public, target=target) -> None:
                    _call(ctx, export_document, meeting_id, kind, fmt, target, public=public)
                    _non_empty(target)

                step(f"export {target.name}", export)

    def package() -> None:
        (folder / "package.json").write_text(
            dumps(_call(ctx, export_package, meeting_id)), encoding="utf-8"
        )
        _non_empty(folder / "package.json")

    step("export package.json", package)
    from ..storage.paths import attachments_dir_for

    try:
        from ..documents.mail import export_mail
    except ImportError:
        return
    for kind, fmt in (("invitation", "ics"), ("invitation", "eml"), ("minutes", "eml")):
        target = folder / f"{kind}.{fmt}"

        def mail(kind=kind, fmt=fmt, target=target) -> None:
            _call(
                ctx,
                export_mail,
                meeting_id,
                kind,
                fmt,
                target,
                attachments_dir=attachments_dir_for(ctx.db.path),
            )
            _non_empty(target)

        step(f"export {target.name}", mail)


def _non_empty(path: Path) -> None:
    if not path.is_file() or path.stat().st_size == 0:
        raise RuntimeError(f"{path.name} is leeg of ontbreekt")
