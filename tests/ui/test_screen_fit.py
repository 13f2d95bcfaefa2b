"""The window on the laptop screens the secretariat has (issue 15).

Each screen is a child process (Qt fixes the screen when the application starts) that
opens every page and tab of the real window on a demo database and reports what a user
would notice (tests/ui/window_walk.py): the window larger than the free screen, a control
outside the window, a list with a horizontal scroll bar or a column narrower than its
title, text cut off, a control a screen reader cannot name.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

WALK = Path(__file__).with_name("window_walk.py")
# (width, height, scale): 1280×720 and 1366×768 at 100 %, 1920×1080 at 125 and 150 %
SCREENS = [(1280, 720, "1"), (1366, 768, "1"), (1920, 1080, "1.25"), (1920, 1080, "1.5")]


@pytest.fixture(scope="module")
def walks() -> dict[tuple, dict]:
    """All walks at once (they run in parallel): {screen: {"screen", "frame", "findings"}}."""
    running = {}
    for width, height, scale in SCREENS:
        env = dict(os.environ, QT_SCALE_FACTOR=scale, QT_LOGGING_RULES="qt.qpa.*=false")
        # names and Tab order do not depend on the screen: checked once, at 1366×768
        checks = "fit,lists,clip,names,order" if (width, scale) == (1366, "1") else "fit,lists,clip"
        running[(width, height, scale)] = subprocess.Popen(
            [sys.executable, str(WALK), str(width), str(height), "--checks", checks],
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
            env=env,
        )
    results = {}
    for screen, process in running.items():
        out, err = process.communicate(timeout=300)
        assert process.returncode == 0, err[-3000:]
        results[screen] = json.loads(out.strip().splitlines()[-1])
    return results


@pytest.mark.parametrize("screen", SCREENS, ids=lambda s: f"{s[0]}x{s[1]}@{s[2]}")
def test_window_and_pages_fit_the_screen(walks, screen) -> None:
    walk = walks[screen]
    width, height = walk["screen"]
    expected = (round(screen[0] / float(screen[2])), round(screen[1] / float(screen[2])))
    assert (width, height) == pytest.approx(expected, abs=1)  # the scale really applied
    x, y, w, h = walk["frame"]
    assert 0 <= x and 0 <= y and x + w <= width and y + h <= height
    misfits = [f for f in walk["findings"] if "venster" in f or "groter dan het scherm" in f]
    assert misfits == []


@pytest.mark.parametrize("screen", SCREENS, ids=lambda s: f"{s[0]}x{s[1]}@{s[2]}")
def test_lists_read_without_scrolling_sideways(walks, screen) -> None:
    problems = [f for f in walks[screen]["findings"] if "schuifbalk" in f or "kolom" in f]
    assert problems == []


@pytest.mark.parametrize("screen", SCREENS, ids=lambda s: f"{s[0]}x{s[1]}@{s[2]}")
def test_no_text_cut_off(walks, screen) -> None:
    """Pages at every screen, and 19 dialogs at 1366×768."""
    problems = [f for f in walks[screen]["findings"] if "afgesneden" in f]
    assert problems == []


def test_every_control_has_a_name_for_screen_readers(walks) -> None:
    problems = [f for f in walks[(1366, 768, "1")]["findings"] if "toegankelijke naam" in f]
    assert problems == []


def test_tab_follows_every_dialog_as_it_reads(walks) -> None:
    problems = [f for f in walks[(1366, 768, "1")]["findings"] if "Tab gaat" in f]
    assert problems == []
