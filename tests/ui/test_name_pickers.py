"""The window's pickers match names as the services do: accents and case do not count."""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from dataclasses import dataclass  # noqa: E402

from spitsregio_desktop.ui.common.table_model import Column, SearchIndex  # noqa: E402
from spitsregio_desktop.ui.meetings.choosers import SearchCombo  # noqa: E402


@dataclass(frozen=True)
class Row:
    id: int
    name: str


def test_search_combo_finds_and_chooses_without_accents(qtbot) -> None:
    combo = SearchCombo()
    qtbot.addWidget(combo)
    combo.set_choices([("Élise Dupré", 1), ("Jürgen Ösé", 2), ("Elise Dupont", 3)])
    completer = combo.completer()
    completer.setCompletionPrefix("dupre")
    assert completer.completionCount() == 1
    assert completer.currentCompletion() == "Élise Dupré"  # filled in as shown
    combo.setEditText("jurgen ose")
    assert combo.chosen() == 2
    combo.setEditText("ÉLISE DUPRÉ")
    assert combo.chosen() == 1
    combo.setEditText("elise dup")
    assert combo.chosen() is None  # half a name never picks somebody


def test_list_filters_ignore_accents_and_case() -> None:
    index = SearchIndex([Column("Naam", lambda r: r.name)])
    rows = [Row(1, "Élise Dupré"), Row(2, "Łukasz Wołoszyn-Şahin")]
    index.reset(rows)
    assert index.matches(rows[0], "dupre") and index.matches(rows[0], "ÉLISE")
    assert index.matches(rows[1], "sahin") and not index.matches(rows[0], "sahin")
