"""One word per status: the documents' Dutch word and the Dutch window's word agree."""

import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

from spitsregio_desktop.services import labels
from spitsregio_desktop.storage.enums import MeetingStatus, MinutesStatus
from spitsregio_desktop.ui.common import words

TS = Path(__file__).resolve().parents[1] / "translations" / "spitsregio_nl.ts"


def _dutch_window_words() -> dict[str, str]:
    root = ET.parse(TS).getroot()
    found = {}
    for context in root.iter("context"):
        if context.findtext("name") == words.CONTEXT:
            for message in context.iter("message"):
                found[message.findtext("source")] = message.findtext("translation")
    return found


@pytest.mark.parametrize("table", ["ROLE", "MEETING_STATUS", "ACTION_STATUS", "MINUTES_STATUS"])
def test_document_and_window_say_the_same_dutch_word(table):
    dutch = _dutch_window_words()
    ours, window = getattr(labels, table), getattr(words, table)
    assert set(ours) == set(window)
    for code, word in ours.items():
        assert dutch[window[code]] == word, (table, code)


def test_draft_minutes_are_concept_everywhere():
    dutch = _dutch_window_words()
    assert labels.MINUTES_STATUS[MinutesStatus.DRAFT] == "concept"
    assert dutch[words.MINUTES_STATUS[MinutesStatus.DRAFT]] == "concept"
    assert dutch[words.MEETING_STATUS[MeetingStatus.MINUTES_DRAFT]] == "conceptverslag"
    every_word = [
        w
        for t in ("ROLE", "MEETING_STATUS", "ITEM_KIND", "ACTION_STATUS", "MINUTES_STATUS")
        for w in getattr(labels, t).values()
    ]
    assert not any("ontwerp" in w for w in every_word)
