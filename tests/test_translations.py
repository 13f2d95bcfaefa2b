"""The Dutch translation is complete and the compiled .qm matches the .ts sources."""

from __future__ import annotations

import os
import shutil
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import pytest  # noqa: E402

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "translations"))
import update  # noqa: E402  (translations/update.py)


def messages(ts: Path) -> dict[tuple[str, str], ET.Element]:
    found = {}
    for context in ET.parse(ts).getroot().iter("context"):
        name = context.findtext("name")
        for message in context.iter("message"):
            found[(name, message.findtext("source"))] = message.find("translation")
    return found


@pytest.fixture(scope="module")
def fresh_ts(tmp_path_factory) -> Path:
    """The committed .ts after a new lupdate run over today's sources."""
    ts = tmp_path_factory.mktemp("ts") / "spitsregio_nl.ts"
    shutil.copyfile(update.TS, ts)
    update.lupdate(ts)
    return ts


def test_every_ui_string_is_in_the_committed_ts(fresh_ts: Path) -> None:
    committed, fresh = set(messages(update.TS)), set(messages(fresh_ts))
    missing = sorted(fresh - committed)
    assert not missing, (
        f"run translations/update.py: {len(missing)} new strings, e.g. {missing[:5]}"
    )


def test_every_string_has_a_named_context(fresh_ts: Path) -> None:
    # an empty context means a tr() that lupdate could not place (e.g. `tr = self.tr`):
    # the program would look it up under the class name and never find it
    anonymous = [source for (context, source) in messages(fresh_ts) if not context]
    assert not anonymous, f"strings without a context: {anonymous[:5]}"


def test_every_string_has_a_finished_dutch_translation(fresh_ts: Path) -> None:
    unfinished = [
        key
        for key, tr in messages(fresh_ts).items()
        if tr is None
        or tr.get("type") in ("unfinished", "vanished", "obsolete")
        or not (tr.text or "").strip()
        and not tr.findall("numerusform")
    ]
    assert not unfinished, f"{len(unfinished)} untranslated, e.g. {unfinished[:8]}"


def test_placeholders_survive_translation() -> None:
    for (context, source), tr in messages(update.TS).items():
        for n in range(1, 10):
            mark = f"%{n}"
            if mark in source:
                assert tr is not None and mark in (tr.text or ""), (context, source)


def test_compiled_qm_is_up_to_date(tmp_path: Path) -> None:
    qm = tmp_path / "check.qm"
    update.lrelease(update.TS, qm)
    assert qm.read_bytes() == update.QM.read_bytes(), "run translations/update.py"


def test_the_window_speaks_dutch_by_default(qapp) -> None:
    from PySide6.QtCore import QCoreApplication

    from spitsregio_desktop.ui.i18n import install_translators

    try:
        loaded = install_translators(qapp, "nl")
        assert "spitsregio_nl" in loaded and "qtbase_nl" in loaded
        assert QCoreApplication.translate("MainWindow", "Meetings") == "Vergaderingen"
    finally:
        install_translators(qapp, "en")  # the other window tests read the English sources
    assert QCoreApplication.translate("MainWindow", "Meetings") == "Meetings"
