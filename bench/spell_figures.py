"""Spell-check figures: the live keystroke with spell-check on, and the engine's own costs.

Registered into bench/run.py's FIGURES as `live_keystroke_spell_p95_ms`. The measuring runs
in a fresh subprocess (this file run as a script), so the Qt window and the dictionary load
are a user's cold ones and bench/run.py stays Qt-free.

What the subprocess measures, on a copy of the 10-year demo database:
- `spell_load_s`: loading the nl_BE dictionary (pyenchant), as the first checked field does
  off the UI thread;
- `spell_check_word_us`: one uncached word check, mean over 2 000 distinct words;
- `spell_suggest_ms`: suggestions for a misspelt word (the right-click), median;
- `live_keystroke_spell_p95_ms` (+ p50, max): key event posted → the live notes painted,
  ~300 keys at typing speed with the dictionary loaded, autosave running, misspelt words in
  the text (the same driver as live_keystroke_ms: post, process, repaint);
- `live_keystroke_spell_long_p95_ms`: the same at the end of a 3 000-character paragraph
  (the whole paragraph is re-checked on each keystroke);
- `live_keystroke_nospell_p95_ms`, `live_keystroke_nospell_long_p95_ms`: the same keys with
  the highlighter detached, in the same process, for comparison.
"""

from __future__ import annotations

import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
TYPED = (
    "De vorzitter licht het mobiliteitsplan toe. Interleuven vraagt de gemeenten hun "
    "parkeerbeleid af te stemmen op de nieuwe busassen; Leuven en Herent zijn akoord. "
)
LONG = (
    "Burgemeester Leuven meldt dat de werken aan de Vaartkom in maart starten en dat "
    "de planning van de fietsostrades met de gemeenten wordt afgestemd. "
) * 22


def _env() -> dict[str, str]:
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    root = str(HERE.parent)
    env["PYTHONPATH"] = os.pathsep.join(filter(None, [root, env.get("PYTHONPATH")]))
    return env


def live_keystroke_spell(ctx) -> dict[str, Any]:  # noqa: ANN001 - bench/run.py's Context
    """Run the measurement in its own process; its last line is one JSON object."""
    done = subprocess.run(
        [sys.executable, str(Path(__file__).resolve()), str(ctx.demo_database())],
        capture_output=True,
        text=True,
        env=_env(),
        timeout=600,
        check=False,
    )
    if done.returncode != 0:
        raise RuntimeError(f"spell bench failed: {done.stderr.strip()[-800:]}")
    return json.loads(done.stdout.strip().splitlines()[-1])


# ---------------------------------------------------------------- the subprocess


def _p95(values: list[float]) -> float:
    return round(statistics.quantiles(values, n=20)[-1], 3)


def _engine_costs(checker) -> dict[str, Any]:  # noqa: ANN001
    started = time.perf_counter()
    checker.load()
    load_s = time.perf_counter() - started
    words = sorted(
        {
            w.strip(".,;:")
            for w in Path(checker_dictionary()).read_text(encoding="utf-8").split()[1:4001:2]
            if w
        }
    )
    words = [w.split("/")[0] for w in words][:2000]
    started = time.perf_counter()
    for word in words:
        checker._engine.check(word)  # uncached, straight to the engine
    check_us = (time.perf_counter() - started) / len(words) * 1e6
    suggest = []
    for word in ("vorzitter", "akoord", "vergadring", "burgmeester", "gemente", "besprking"):
        started = time.perf_counter()
        checker.suggestions(word)
        suggest.append((time.perf_counter() - started) * 1000)
    return {
        "spell_load_s": round(load_s, 3),
        "spell_check_word_us": round(check_us, 2),
        "spell_suggest_ms": round(statistics.median(suggest), 1),
        "spell_suggest_max_ms": round(max(suggest), 1),
    }


def checker_dictionary() -> Path:
    from spitsregio_desktop.services.spelling import LANGUAGE, dictionary_dir

    return dictionary_dir() / f"{LANGUAGE}.dic"


def _type(app, editor, text: str, interval_ms: float = 25.0) -> list[float]:  # noqa: ANN001
    from PySide6.QtCore import QCoreApplication, QEvent, Qt
    from PySide6.QtGui import QKeyEvent

    samples = []
    for char in text:
        start = time.perf_counter()
        for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
            QCoreApplication.postEvent(
                editor, QKeyEvent(kind, Qt.Key.Key_unknown, Qt.KeyboardModifier.NoModifier, char)
            )
        app.processEvents()
        editor.viewport().repaint()
        samples.append((time.perf_counter() - start) * 1000)
        pause_until = start + interval_ms / 1000
        while time.perf_counter() < pause_until:
            app.processEvents()
            time.sleep(0.001)
    return samples


def measure(db_path: Path, keys: int = 300) -> dict[str, Any]:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtCore import QSettings
    from PySide6.QtGui import QTextCursor

    from bench.live_typing import _copy_database
    from bench.meetings import roll_call_taken, sample_meeting
    from spitsregio_desktop.services.spelling import SpellChecker
    from spitsregio_desktop.storage.database import open_database
    from spitsregio_desktop.ui.app import ensure_app, make_context
    from spitsregio_desktop.ui.common import spellcheck
    from spitsregio_desktop.ui.live.live_view import LiveView

    app = ensure_app()
    result: dict[str, Any] = {}
    with tempfile.TemporaryDirectory() as tmp:
        result.update(_engine_costs(SpellChecker(Path(tmp) / "words-a.txt")))
        # the window's own service, loaded in the background as in the program
        service = spellcheck.SpellService(SpellChecker(Path(tmp) / "words.txt"))
        spellcheck.use_service(service)
        copy = Path(tmp) / "bench.sqlite"
        _copy_database(db_path, copy)
        db = open_database(copy, backup_on_start=False)
        try:
            with db.session() as s:
                meeting_id = sample_meeting(s)
                roll_call_taken(s, meeting_id)  # the notes show (and load the dictionary)
            ctx = make_context(db)
            ctx.qsettings = QSettings(str(Path(tmp) / "ui.ini"), QSettings.Format.IniFormat)
            view = LiveView(ctx, meeting_id)
            view.resize(1280, 800)
            view.show()
            deadline = time.monotonic() + 30
            while not service.checker.loaded and time.monotonic() < deadline:
                app.processEvents()
                time.sleep(0.005)
            if not service.checker.loaded:
                raise RuntimeError(f"dictionary not loaded: {service.checker.load_error}")
            app.processEvents()
            editor = view.notes
            editor.setFocus()
            text = (TYPED * (keys // len(TYPED) + 1))[:keys]
            on = _type(app, editor, text)
            marked = len(spellcheck.marked_words(editor.document()))
            editor.setPlainText(LONG)
            editor.moveCursor(QTextCursor.MoveOperation.End)
            long_on = _type(app, editor, text[:150])
            highlighter = editor.document().findChild(spellcheck.SpellHighlighter)
            highlighter.setDocument(None)  # spell-check off, same window, same process
            editor.setPlainText("")
            off = _type(app, editor, text)
            editor.setPlainText(LONG)
            editor.moveCursor(QTextCursor.MoveOperation.End)
            long_off = _type(app, editor, text[:150])
            view.flush()
            view.close()
        finally:
            db.close()
    result.update(
        {
            "live_keystroke_spell_p95_ms": _p95(on),
            "live_keystroke_spell_p50_ms": round(statistics.median(on), 3),
            "live_keystroke_spell_max_ms": round(max(on), 2),
            "live_keystroke_spell_long_p95_ms": _p95(long_on),
            "live_keystroke_nospell_p95_ms": _p95(off),
            "live_keystroke_nospell_long_p95_ms": _p95(long_off),
            "live_keystroke_spell_marked_words": marked,
        }
    )
    return result


if __name__ == "__main__":  # python bench/spell_figures.py DB
    sys.path.insert(0, str(HERE.parent))
    print(json.dumps(measure(Path(sys.argv[1]))))
