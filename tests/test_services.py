"""The use cases a secretary goes through, read back through the services."""

from __future__ import annotations

import datetime as dt

import pytest

from spitsregio_desktop.services import actions, agenda, attendance, decisions, minutes
from spitsregio_desktop.services.errors import ValidationError
from spitsregio_desktop.services.meetings import (
    MeetingInput,
    cancel_meeting,
    create_meeting,
    list_meetings,
    meeting_detail,
    update_meeting,
)
from spitsregio_desktop.services.people import list_persons, save_person
from spitsregio_desktop.storage.enums import (
    ActionStatus,
    Answer,
    MeetingStatus,
    MinutesStatus,
    Presence,
    StandardItem,
)


def _meeting(session, body="BO", date="2026-12-10") -> int:
    return create_meeting(
        session,
        MeetingInput(body=body, date=date, start_time="09:00", end_time="11:00", location="Leuven"),
    )


def _person(session, name: str) -> int:
    return next(p.id for p in list_persons(session) if p.name == name)


def test_a_new_meeting_starts_from_the_body_template(session) -> None:
    mid = _meeting(session)
    d = meeting_detail(session, mid)
    assert d.number == 1 and d.status == MeetingStatus.PLANNED
    assert [i.standard for i in d.items] == [
        StandardItem.OPENING,
        StandardItem.PREVIOUS_MINUTES,
        StandardItem.ANNOUNCEMENTS,
        StandardItem.ACTIONS_FOLLOW_UP,
        StandardItem.VARIA,
        StandardItem.QUESTIONS,
        StandardItem.NEXT_MEETING,
    ]
    assert d.items[0].planned_start == dt.time(9, 0)
    assert _meeting(session, date="2027-01-14") and list_meetings(session, body="BO")[0].number == 2


@pytest.mark.parametrize(
    ("fields", "message"),
    [
        ({"date": "2026-02-30"}, "geen bestaande datum"),
        ({"end_time": "08:00"}, "na het begin"),
        ({"start_time": "25:00"}, "geen geldig uur"),
        ({"title": "  "}, "mag niet leeg"),
    ],
)
def test_bad_meeting_input_changes_nothing(session, fields, message) -> None:
    mid = _meeting(session)
    before = meeting_detail(session, mid)
    with pytest.raises(ValidationError, match=message):
        update_meeting(session, mid, **fields)
    session.rollback()
    after = meeting_detail(session, mid)
    assert (after.date, after.start_time, after.end_time, after.title) == (
        before.date,
        before.start_time,
        before.end_time,
        before.title,
    )


def test_calendar_sequence_goes_up_when_an_invited_meeting_moves(session) -> None:
    mid = _meeting(session)
    attendance.invite_members(session, mid)
    attendance.mark_invitations_sent(session, mid)
    update_meeting(session, mid, date="2026-12-11")
    update_meeting(session, mid, location="Leuven")  # unchanged: no new sequence
    assert meeting_detail(session, mid).calendar_sequence == 1
    cancel_meeting(session, mid)
    assert meeting_detail(session, mid).status == MeetingStatus.CANCELLED


def test_agenda_items_go_before_varia_and_can_be_reordered_and_indented(session) -> None:
    mid = _meeting(session)
    a = agenda.add_item(session, mid, "Fietssnelweg F25", duration_minutes=20, theme="mobiliteit")
    b = agenda.add_item(session, mid, "Kinderopvang", duration_minutes=10)
    titles = [i.title for i in meeting_detail(session, mid).items]
    assert titles.index("Kinderopvang") == titles.index("Varia") - 1
    agenda.move_item(session, b, -1)
    d = meeting_detail(session, mid)
    assert [i.title for i in d.items].index("Kinderopvang") < [i.title for i in d.items].index(
        "Fietssnelweg F25"
    )
    agenda.indent_item(session, a)
    numbers = {i.id: i.number for i in meeting_detail(session, mid).items}
    assert numbers[a] == f"{numbers[b]}.1"
    agenda.outdent_item(session, a)
    numbers = {i.id: i.number for i in meeting_detail(session, mid).items}
    assert "." not in numbers[a]
    with pytest.raises(ValidationError, match="negatief"):
        agenda.update_item(session, a, duration_minutes=-5)
    with pytest.raises(ValidationError, match="onder zichzelf"):
        agenda.move_item_to(session, b, b, 0)


def test_decisions_are_numbered_per_meeting_and_close_gaps(session) -> None:
    mid = _meeting(session)
    item = agenda.add_item(session, mid, "Begroting")
    first = decisions.add_decision(session, item, "Goedgekeurd.", votes_for=20, votes_against=2)
    second = decisions.add_decision(session, item, "Tweede besluit.")
    third = decisions.add_decision(session, item, "Derde besluit.")
    decisions.delete_decision(session, second)
    rows = meeting_detail(session, mid).decisions
    assert [(r.id, r.number) for r in rows] == [(first, 1), (third, 2)]
    assert rows[0].has_votes and rows[0].votes_for == 20
    with pytest.raises(ValidationError, match="negatief"):
        decisions.add_decision(session, item, "x", votes_for=-1)


def test_actions_follow_up_and_carry_over_until_done(session) -> None:
    m1 = _meeting(session, date="2026-10-01")
    item = agenda.add_item(session, m1, "Jobbeurs")
    owner = actions.find_owner(session, "vdab")
    assert owner.organisation_id is not None
    a = actions.add_action(
        session,
        item,
        "Jobbeurs organiseren",
        owner_organisation_id=owner.organisation_id,
        due_date="2026-11-15",
    )
    m2 = _meeting(session, date="2026-11-05")
    m3 = _meeting(session, date="2026-12-10")
    assert [x.id for x in meeting_detail(session, m2).open_actions] == [a]
    actions.add_progress(session, a, "Locatie vastgelegd", on_date=dt.date(2026, 11, 1))
    actions.postpone(session, a, "2026-12-31", "zaal pas vrij in december")
    row = actions.list_actions(session, with_events=True, today=dt.date(2026, 12, 1))[0]
    assert row.status == ActionStatus.IN_PROGRESS and row.due_date == dt.date(2026, 12, 31)
    assert [e.kind.value for e in row.events] == ["note", "postponed"]
    assert not row.overdue
    actions.set_status(session, a, "done", on_date=dt.date(2026, 11, 20))
    assert meeting_detail(session, m3).open_actions == ()
    overdue = actions.list_actions(session, today=dt.date(2027, 6, 1))
    assert not overdue[0].overdue  # done actions are never overdue


def test_invitations_answers_and_attendance(session) -> None:
    mid = _meeting(session)
    assert attendance.invite_members(session, mid) == 30
    assert attendance.invite_members(session, mid) == 0  # once only
    leuven, tienen = (
        _person(session, "Burgemeester Leuven"),
        _person(session, "Burgemeester Tienen"),
    )
    attendance.set_answer(session, mid, leuven, "coming")
    attendance.set_answer(session, mid, tienen, "excused")
    # no answer says nothing: only the two who answered are filled in
    assert attendance.prefill_attendance(session, mid) == 2
    attendance.set_presence(session, mid, tienen, "substituted", substitute_name="Schepen Peeters")
    with pytest.raises(ValidationError, match="vervangen"):
        attendance.set_presence(session, mid, leuven, "substituted")
    item = agenda.add_item(session, mid, "Bouwdossier")
    attendance.add_item_absence(session, mid, leuven, item, "belangenconflict")
    fourth = meeting_detail(session, mid).items[3].id
    attendance.mark_arrival(session, mid, _person(session, "Burgemeester Diest"), "09:40", fourth)
    d = meeting_detail(session, mid)
    by_name = {a.name: a for a in d.attendance}
    assert by_name["Burgemeester Leuven"].presence == Presence.PRESENT
    assert by_name["Burgemeester Tienen"].substitute_name == "Schepen Peeters"
    assert by_name["Burgemeester Diest"].arrived_from_item == "4"
    assert "Burgemeester Aarschot" not in by_name  # niet geregistreerd, not absent
    assert "Burgemeester Aarschot" in {i.name for i in d.unrecorded}
    answers = {i.name: i.answer for i in d.invitations}
    assert answers["Burgemeester Tienen"] == Answer.EXCUSED
    assert next(i for i in d.items if i.id == item).left_room == ("Burgemeester Leuven",)


def test_minutes_are_frozen_when_approved_and_reopening_is_recorded(session) -> None:
    m1 = _meeting(session, date="2026-11-05")
    item = agenda.add_item(session, m1, "Mobiliteit", notes="Besproken.")
    m2 = _meeting(session, date="2026-12-10")
    minutes.send_for_remarks(session, m1)
    remark = minutes.add_remark(session, m1, _person(session, "Burgemeester Leuven"), "Typfout")
    with pytest.raises(ValidationError, match="niet verwerkt"):
        minutes.approve(session, m1, at_meeting_id=m2)
    minutes.set_remark_processed(session, remark)
    digest = minutes.approve(session, m1, at_meeting_id=m2)
    d = meeting_detail(session, m1)
    assert d.frozen and d.minutes.sha256 == digest and len(digest) == 64
    assert minutes.verify(session, m1)
    with pytest.raises(ValidationError, match="bevroren"):
        agenda.save_notes(session, item, "Iets anders")
    with pytest.raises(ValidationError, match="bevroren"):
        decisions.add_decision(session, item, "Nieuw besluit")
    with pytest.raises(ValidationError, match="reden"):
        minutes.reopen(session, m1, "  ")
    minutes.reopen(session, m1, "Naam van de voorzitter verkeerd")
    d = meeting_detail(session, m1)
    assert not d.frozen and d.minutes.status == MinutesStatus.DRAFT and d.minutes.version == 2
    assert "Naam van de voorzitter verkeerd" in d.minutes.history[0]
    agenda.save_notes(session, item, "Verbeterd.")  # editable again


def test_adjourned_item_comes_back_linked_on_the_next_meeting(session) -> None:
    m1 = _meeting(session, date="2026-11-05")
    item = agenda.add_item(session, m1, "Woonbeleid")
    assert agenda.adjourn_item(session, item) is None  # no next meeting yet
    m2 = _meeting(session, date="2026-12-10")
    later = next(i for i in meeting_detail(session, m2).items if i.title == "Woonbeleid")
    assert later.adjourned_from is not None and later.adjourned_from.id == m1
    earlier = next(i for i in meeting_detail(session, m1).items if i.id == item)
    assert earlier.adjourned and earlier.adjourned_to.id == m2


def test_people_validation(session) -> None:
    with pytest.raises(ValidationError, match="geen geldig e-mailadres"):
        save_person(session, None, name="Ann Peeters", email="ann@")
    pid = save_person(session, None, name="Ann Peeters", email="ann.peeters@example.be")
    with pytest.raises(ValidationError, match="bestaat al"):
        save_person(session, None, name="ann peeters")
    assert any(p.id == pid and p.email == "ann.peeters@example.be" for p in list_persons(session))


def test_attendance_of_approved_minutes_is_frozen_too(session) -> None:
    m1 = _meeting(session, date="2026-11-05")
    item = agenda.add_item(session, m1, "Mobiliteit")
    attendance.invite_members(session, m1)
    leuven = _person(session, "Burgemeester Leuven")
    attendance.prefill_attendance(session, m1)
    attendance.add_item_absence(session, m1, leuven, item)
    for person in meeting_detail(session, m1).unrecorded:
        attendance.set_presence(session, m1, person.person_id, "present")
    minutes.approve(session, m1)
    for change in (
        lambda: attendance.invite_members(session, m1),
        lambda: attendance.remove_invitation(session, m1, leuven),
        lambda: attendance.remove_item_absence(session, m1, leuven, item),
        lambda: attendance.set_presence(session, m1, leuven, "absent"),
    ):
        with pytest.raises(ValidationError, match="bevroren"):
            change()
        session.rollback()
    assert next(i for i in meeting_detail(session, m1).items if i.id == item).left_room == (
        "Burgemeester Leuven",
    )


def test_undoing_an_absence_that_was_never_recorded_changes_nothing(session) -> None:
    mid = _meeting(session)
    item = agenda.add_item(session, mid, "Mobiliteit")
    attendance.remove_item_absence(session, mid, _person(session, "Burgemeester Leuven"), item)
    assert meeting_detail(session, mid).attendance == ()


def test_a_status_changed_while_editing_an_action_is_kept_in_its_history(session) -> None:
    mid = _meeting(session)
    item = agenda.add_item(session, mid, "Jobbeurs")
    a = actions.add_action(session, item, "Zaal boeken", due_date="2026-12-20")
    actions.update_action(session, a, status="done", description="Zaal boeken in Leuven")
    row = actions.list_actions(session, with_events=True)[0]
    assert row.status == ActionStatus.DONE and row.closed_on is not None
    assert [e.kind.value for e in row.events] == ["status"]
    actions.update_action(session, a, status="done")  # unchanged: nothing new recorded
    assert len(actions.list_actions(session, with_events=True)[0].events) == 1
