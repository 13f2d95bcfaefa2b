"""Dutch spell-check in the live notes, as the secretary meets it (pytest-qt, offscreen).

A misspelt Dutch sentence is typed key by key into the live notes; the red wavy underlines
are read back from the text layout of the notes' blocks (QTextLayout formats with the
SpellCheckUnderline style) over exactly the misspelt words; correct words and the members'
names carry none. The right-click menu offers the correction and applying it replaces the
word (one Ctrl+Z brings it back); "Toevoegen aan woordenlijst" survives a new start,
"Negeren" does not.
"""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from pathlib import Path  # noqa: E402

import pytest  # noqa: E402
from PySide6.QtCore import Qt  # noqa: E402
from PySide6.QtGui import QTextCharFormat, QTextCursor  # noqa: E402
from roll_call_data import record_everyone  # noqa: E402

from bench.meetings import sample_meeting  # noqa: E402
from spitsregio_desktop.services import attendance  # noqa: E402
from spitsregio_desktop.services.spelling import SpellChecker  # noqa: E402
from spitsregio_desktop.storage.models import Organisation, Person  # noqa: E402
from spitsregio_desktop.ui.common import spellcheck  # noqa: E402
from spitsregio_desktop.ui.common.spellcheck import SpellService, spelling_menu  # noqa: E402
from spitsregio_desktop.ui.live.live_view import LiveView  # noqa: E402
from spitsregio_desktop.ui.live.type_hook import type_text  # noqa: E402

MEMBER = "Griet Vanvuchelen"  # not a Dutch word: only the member list makes it correct
SENTENCE = (
    "De vorzitter opent de vergadring om 9u05. Griet Vanvuchelen en Burgemeester "
    "Kortenberg bespreken het mobiliteitsplan met Interleuven en de VDAB; "
    "iedereen is akkoord over de busassen.\n"
)


@pytest.fixture
def words_file(tmp_path: Path) -> Path:
    return tmp_path / "data" / "woordenlijst.txt"


@pytest.fixture
def service(qapp, words_file: Path):
    own = SpellService(SpellChecker(words_file))
    spellcheck.use_service(own)
    yield own
    spellcheck.use_service(None)


@pytest.fixture
def live(ctx, db, show, qtbot, service) -> LiveView:
    with db.session() as s:
        meeting_id = sample_meeting(s)
        leuven = s.query(Organisation).filter_by(name="Interleuven").one()
        s.add(Person(name=MEMBER, organisation_id=leuven.id))
        s.commit()
        attendance.fill_from_answers(s, meeting_id)
        record_everyone(s, meeting_id)  # everyone recorded: no roll call, the notes at once
    view = LiveView(ctx, meeting_id)
    show(view)
    qtbot.waitUntil(lambda: service.checker.loaded, timeout=20000)
    return view


def underlines(editor) -> list[tuple[int, int, str]]:
    """(block number, start, word) of every red wavy underline in the editor's text layout."""
    found = []
    block = editor.document().begin()
    while block.isValid():
        for fmt in block.layout().formats():
            if fmt.format.underlineStyle() == QTextCharFormat.UnderlineStyle.SpellCheckUnderline:
                # the text Qt underlines, in Qt's own positions (an emoji counts two)
                cursor = QTextCursor(block)
                cursor.setPosition(block.position() + fmt.start)
                cursor.setPosition(
                    block.position() + fmt.start + fmt.length, QTextCursor.MoveMode.KeepAnchor
                )
                text = cursor.selectedText()
                found.append((block.blockNumber(), fmt.start, text))
        block = block.next()
    return found


def point_at(editor, word: str):
    """The viewport point in the middle of the first occurrence of `word`."""
    cursor = editor.document().find(word)
    cursor.setPosition(cursor.selectionStart() + len(word) // 2)
    return editor.cursorRect(cursor).center()


def test_typed_misspellings_are_underlined_and_names_are_not(live: LiveView, qtbot) -> None:
    notes = live.notes
    assert notes.hasFocus()
    type_text(notes, SENTENCE)
    qtbot.wait(10)
    marks = underlines(notes)
    first = notes.document().begin().text()
    assert [(n, start, word) for n, start, word in marks] == [
        (0, first.index("vorzitter"), "vorzitter"),
        (0, first.index("vergadring"), "vergadring"),
        (0, first.index("busassen"), "busassen"),
    ]
    marked = {word for _n, _s, word in marks}
    for correct in (
        "opent",
        "vergadering",
        "mobiliteitsplan",
        "bespreken",
        "akkoord",
        "Vanvuchelen",
        "Griet",
        "Kortenberg",
        "Interleuven",
        "VDAB",
    ):
        assert correct not in marked
    # the member's surname is accepted because of the member list, not by the dictionary
    bare = SpellChecker(Path("/nonexistent/woordenlijst.txt"))
    assert bare.load()
    assert not bare.is_correct("Vanvuchelen")


def test_the_word_being_typed_waits_until_it_is_finished(live: LiveView, qtbot) -> None:
    notes = live.notes
    type_text(notes, "De vergadr")
    assert underlines(notes) == []  # still typing it
    type_text(notes, " ")
    assert [w for *_x, w in underlines(notes)] == ["vergadr"]


def test_right_click_offers_the_correction_and_applies_it(live: LiveView, qtbot) -> None:
    notes = live.notes
    type_text(notes, SENTENCE)
    menu = spelling_menu(notes, point_at(notes, "vorzitter"), live_service(notes))
    texts = [a.text() for a in menu.actions() if not a.isSeparator()]
    suggestions = [a for a in menu.actions() if a.objectName() == "spellSuggestion"]
    assert 1 <= len(suggestions) <= 5
    assert "voorzitter" in [a.text() for a in suggestions]
    # ours first, then the standard entries (copy, paste, …) below them
    assert texts.index("voorzitter") < texts.index(
        menu.findChild(type(suggestions[0]), "spellAdd").text()
    )
    assert any(a.objectName() == "spellIgnore" for a in menu.actions())
    assert menu.actions()[-1].text()  # the standard menu is still there at the end
    next(a for a in suggestions if a.text() == "voorzitter").trigger()
    assert notes.toPlainText().startswith("De voorzitter opent de vergadring")
    assert [w for *_x, w in underlines(notes)] == ["vergadring", "busassen"]
    # one Ctrl+Z gives the typed word back
    qtbot.keyClick(notes, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert notes.toPlainText().startswith("De vorzitter opent")


def live_service(notes) -> SpellService:
    return spellcheck.spell_service()


def test_add_to_word_list_survives_a_restart_ignore_does_not(
    live: LiveView, qtbot, words_file: Path
) -> None:
    notes = live.notes
    type_text(notes, SENTENCE)
    service = spellcheck.spell_service()
    menu = spelling_menu(notes, point_at(notes, "busassen"), service)
    next(a for a in menu.actions() if a.objectName() == "spellAdd").trigger()
    menu = spelling_menu(notes, point_at(notes, "vergadring"), service)
    next(a for a in menu.actions() if a.objectName() == "spellIgnore").trigger()
    qtbot.wait(10)
    assert [w for *_x, w in underlines(notes)] == ["vorzitter"]
    assert words_file.read_text(encoding="utf-8").splitlines() == ["busassen"]
    again = SpellChecker(words_file)  # the next start of the program
    assert again.load()
    assert again.is_correct("busassen")
    assert not again.is_correct("vergadring")


def test_a_correct_word_gets_the_standard_menu_only(live: LiveView) -> None:
    notes = live.notes
    type_text(notes, SENTENCE)
    menu = spelling_menu(notes, point_at(notes, "mobiliteitsplan"))
    names = {a.objectName() for a in menu.actions()}
    assert not names & {"spellSuggestion", "spellAdd", "spellIgnore"}
    assert len(menu.actions()) > 3  # undo, cut, copy, paste, …


def test_marks_sit_on_the_word_after_an_emoji(live: LiveView, qtbot) -> None:
    # Qt counts 🚲 as two positions, Python as one: the underline must still fit the word
    notes = live.notes
    type_text(notes, "Fietsen 🚲🚲 naar de vergadring.\n")
    assert [w for *_x, w in underlines(notes)] == ["vergadring"]
    menu = spelling_menu(notes, point_at(notes, "vergadring"))
    fix = next(a for a in menu.actions() if a.text() == "vergadering")
    fix.trigger()
    assert notes.toPlainText() == "Fietsen 🚲🚲 naar de vergadering.\n"


def test_agenda_tab_notes_are_checked_once_shown(ctx, show, qtbot, service) -> None:
    from agenda_data import plain_meeting

    from spitsregio_desktop.ui.meetings.agenda_tab import AgendaTab

    tab = AgendaTab(ctx)
    tab.load(plain_meeting(ctx))
    assert not service._loading  # built, not shown: nothing fetched yet (start-up stays fast)
    show(tab)
    tab.select(tab.model.ordered_rows()[2].id)
    notes = tab.editor.notes
    notes.setFocus()
    qtbot.waitUntil(lambda: service.checker.loaded, timeout=20000)
    type_text(notes, "De burgemeesters bespreken de begrooting.\n")
    qtbot.waitUntil(lambda: [w for *_x, w in underlines(notes)] == ["begrooting"])
