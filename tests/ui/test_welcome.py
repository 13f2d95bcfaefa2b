"""The first start: the meeting list shows the three first steps until they are done."""

from __future__ import annotations

from PySide6.QtCore import Qt

from spitsregio_desktop.services.demo_secretariat import demo_secretariat_details
from spitsregio_desktop.services.meetings import MeetingInput, create_meeting
from spitsregio_desktop.services.people import list_persons, save_person
from spitsregio_desktop.ui.meetings.view import MeetingsView


def test_a_new_database_shows_the_first_steps_and_ticks_them_off(ctx, show, qtbot):
    view = show(MeetingsView(ctx))
    view.refresh()
    panel = view.welcome
    assert panel.isVisibleTo(view)
    marks = {key: row[0].text() for key, row in panel.rows.items()}
    # the test database has its secretariat filled in already: that step is ticked off
    assert marks == {"secretariat": "✓", "members": "2.", "meeting": "3."}
    assert "Gegevens van het secretariaat" in panel.rows["secretariat"][1].text()
    assert not panel.rows["secretariat"][2].isEnabled()

    opened: list[bool] = []
    view.new_meeting = lambda: opened.append(True)  # the dialog itself is tested elsewhere
    panel.new_meeting = view.new_meeting
    qtbot.mouseClick(panel.rows["meeting"][2], Qt.MouseButton.LeftButton)
    assert opened == [True]

    with ctx.session() as s:  # the secretary does the three steps
        demo_secretariat_details(s)
        person = list_persons(s)[0]
        save_person(s, person.id, name="Anna Peeters", email="anna@leuven.example.be")
        create_meeting(s, MeetingInput("BO", "2027-01-12", "14:00", "16:00", "Leuven"))
    view.load_list()
    assert not panel.isVisibleTo(view)
