"""The dialogs the walk opens (filled in as they are checked)."""

from __future__ import annotations


def dialog_findings(app, window, db, checks) -> list[str]:
    return []
