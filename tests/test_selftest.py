"""`spitsregio selftest` as the installer runs it: a fresh process, exit 0, every step ok."""

from __future__ import annotations

import os
import subprocess
import sys


def test_selftest_visits_every_view_and_exports_every_kind() -> None:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    result = subprocess.run(
        [sys.executable, "-m", "spitsregio_desktop", "selftest"],
        capture_output=True,
        text=True,
        timeout=300,
        env=env,
    )
    assert result.returncode == 0, result.stdout + result.stderr
    lines = result.stdout.splitlines()
    assert not [line for line in lines if line.startswith("FOUT")]
    for step in (
        "hoofdvenster",
        "live notuleren",
        "export minutes.pdf",
        "export minutes.docx",
        "export invitation.ics",
        "export package.json",
    ):
        assert any(line.startswith("ok") and step in line for line in lines), step
    assert "alles in orde" in lines[-1]
