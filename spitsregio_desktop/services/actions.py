"""Actions (actiepunten): record, follow up with dated notes, close, reassign, postpone."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from ..storage.enums import ActionEventKind, ActionStatus
from ..storage.models import Action, ActionEvent, AgendaItem, Meeting, Organisation, Person
from .convert import OPEN_STATUSES, action_rows, owner_label
from .dutch_dates import parse_date_text
from .errors import DECIDE_AGAIN, ValidationError, check_version
from .lookup import get_or_raise
from .meetings import ensure_editable, ensure_not_checked_out, get_body
from .names import organisation_named, person_named
from .parse import parse_enum, require_text
from .views import ActionEventRow, ActionRow


@dataclass(frozen=True)
class Owner:
    """Who carries an action: a person, an organisation, or a free text (rare)."""

    person_id: int | None = None
    organisation_id: int | None = None
    text: str = ""


def find_owner(session: Session, text: str) -> Owner:
    """Resolve a typed owner name: exact person, exact organisation (name or short), else text."""
    name = (text or "").strip()
    if not name:
        return Owner()
    person = person_named(session, name)
    if person is not None:
        return Owner(person_id=person.id)
    org = organisation_named(session, name)
    if org is not None:
        return Owner(organisation_id=org.id)
    return Owner(text=name)


def _check_owner(session: Session, person_id: int | None, organisation_id: int | None) -> None:
    if person_id is not None and session.get(Person, person_id) is None:
        raise ValidationError("die persoon bestaat niet", "owner")
    if organisation_id is not None and session.get(Organisation, organisation_id) is None:
        raise ValidationError("die organisatie bestaat niet", "owner")


def add_action(
    session: Session,
    item_id: int,
    description: str,
    *,
    owner_person_id: int | None = None,
    owner_organisation_id: int | None = None,
    owner_text: str = "",
    due_date: object = None,
    status: str = ActionStatus.OPEN,
    objective_id: int | None = None,
    created_on: dt.date | None = None,
    date_base: dt.date | None = None,
) -> int:
    """Record an action under an item. A due date typed in Dutch ("over 2 weken") counts
    from `date_base`, by default the meeting's date: an action belongs to its meeting."""
    item = get_or_raise(session, AgendaItem, item_id, "item", what="agendapunt")
    ensure_editable(session, item.meeting_id)
    description = require_text(description, "description", "de omschrijving van de actie", 100_000)
    _check_owner(session, owner_person_id, owner_organisation_id)
    status = parse_enum(ActionStatus, status, "status")
    action = Action(
        meeting_id=item.meeting_id,
        agenda_item_id=item.id,
        description=description,
        owner_person_id=owner_person_id,
        owner_organisation_id=owner_organisation_id,
        owner_text=(owner_text or "").strip(),
        due_date=parse_date_text(due_date, date_base or item.meeting.date, "due"),
        status=status,
        objective_id=objective_id,
        created_on=created_on or item.meeting.date,
        closed_on=dt.date.today() if status not in OPEN_STATUSES else None,
    )
    session.add(action)
    session.commit()
    return action.id


# what a refused follow-up reports as current (the window reloads the row rather than show it)
_FOLLOWED = ("status", "due_date", "owner_person_id", "owner_organisation_id", "owner_text")


def _followed(session: Session, action_id: int, expected_version: int | None) -> Action:
    """The action for a follow-up decided on the row as shown (`expected_version`): when
    someone else changed it since, the decision is refused, not laid over theirs."""
    action = get_action(session, action_id, for_change=True)
    check_version(action, expected_version, "Het actiepunt", _FOLLOWED, DECIDE_AGAIN)
    return action


def get_action(session: Session, action_id: int, for_change: bool = False) -> Action:
    """`for_change`: an action of a meeting checked out to a laptop is read-only (server)."""
    action = get_or_raise(session, Action, action_id, "action", what="actiepunt")
    if for_change:
        ensure_not_checked_out(session, action.meeting_id)
    return action


def update_action(
    session: Session,
    action_id: int,
    *,
    expected_version: int | None = None,
    date_base: dt.date | None = None,
    **fields: object,
) -> int:
    """Edit what was recorded at the meeting (description, owner, due date). A due date
    typed in Dutch counts from `date_base`, by default the action's meeting's date."""
    action = get_action(session, action_id, for_change=True)
    check_version(action, expected_version, "Het actiepunt", ("description", "due_date"))
    if "description" in fields:
        action.description = require_text(
            fields["description"], "description", "de omschrijving van de actie", 100_000
        )
    if "due_date" in fields:
        base = date_base or (action.meeting.date if action.meeting else dt.date.today())
        action.due_date = parse_date_text(fields["due_date"], base, "due")
    if {"owner_person_id", "owner_organisation_id", "owner_text"} & set(fields):
        person = fields.get("owner_person_id")
        org = fields.get("owner_organisation_id")
        _check_owner(session, person, org)  # type: ignore[arg-type]
        action.owner_person_id = person  # type: ignore[assignment]
        action.owner_organisation_id = org  # type: ignore[assignment]
        action.owner_text = str(fields.get("owner_text") or "").strip()
    if "status" in fields:
        _record_status(session, action, parse_enum(ActionStatus, fields["status"], "status"))
    if "objective_id" in fields:
        action.objective_id = fields["objective_id"]  # type: ignore[assignment]
    session.commit()
    return action.row_version  # the next save's expected_version


def _apply_status(action: Action, status: ActionStatus, on_date: dt.date | None = None) -> None:
    action.status = status
    if status in OPEN_STATUSES:
        action.closed_on = None
    else:
        # the closing date decides until which meeting the action is carried over
        action.closed_on = on_date or action.closed_on or dt.date.today()


def add_progress(
    session: Session, action_id: int, text: str, on_date: dt.date | None = None
) -> int:
    action = get_action(session, action_id, for_change=True)
    text = require_text(text, "text", "de voortgangsnota", 100_000)
    event = ActionEvent(
        action_id=action.id,
        on_date=on_date or dt.date.today(),
        kind=ActionEventKind.NOTE,
        text=text,
    )
    session.add(event)
    if action.status == ActionStatus.OPEN:
        action.status = ActionStatus.IN_PROGRESS
    session.commit()
    return event.id


def set_status(
    session: Session,
    action_id: int,
    status: str,
    note: str = "",
    on_date: dt.date | None = None,
    expected_version: int | None = None,
) -> int:
    """Close, cancel or reopen an action; the change is recorded with the date.

    `on_date` (default today): when it was closed, e.g. as reported at the next meeting.
    `expected_version`: the row_version shown; refused (ConflictError) when it moved on.
    Returns the new row_version.
    """
    action = _followed(session, action_id, expected_version)
    _record_status(session, action, parse_enum(ActionStatus, status, "status"), note, on_date)
    session.commit()
    return action.row_version


def _record_status(
    session: Session,
    action: Action,
    new: ActionStatus,
    note: str = "",
    on_date: dt.date | None = None,
) -> None:
    """Change the status and keep the change in the action's history (once, if it changed)."""
    if new == action.status:
        return
    from .labels import ACTION_STATUS

    text = f"status: {ACTION_STATUS[action.status]} → {ACTION_STATUS[new]}"
    _record(session, action, ActionEventKind.STATUS, text, note, on_date)
    _apply_status(action, new, on_date)


def _record(
    session: Session,
    action: Action,
    kind: ActionEventKind,
    text: str,
    note: str = "",
    on_date: dt.date | None = None,
) -> None:
    """Keep a change in the action's dated history, with the person's note after it."""
    note = (note or "").strip()
    session.add(
        ActionEvent(
            action_id=action.id,
            on_date=on_date or dt.date.today(),
            kind=kind,
            text=f"{text}. {note}" if note else text,
        )
    )


def reassign(
    session: Session,
    action_id: int,
    *,
    owner_person_id: int | None = None,
    owner_organisation_id: int | None = None,
    owner_text: str = "",
    note: str = "",
    on_date: dt.date | None = None,
    expected_version: int | None = None,
) -> int:
    """A new owner, recorded with the old one; `expected_version` as for set_status."""
    action = _followed(session, action_id, expected_version)
    _check_owner(session, owner_person_id, owner_organisation_id)
    before = owner_label(action) or "niemand"
    action.owner_person_id = owner_person_id
    action.owner_organisation_id = owner_organisation_id
    action.owner_text = owner_text.strip()
    session.flush()
    session.refresh(action)
    after = owner_label(action) or "niemand"
    text = f"trekker: {before} → {after}"
    _record(session, action, ActionEventKind.REASSIGNED, text, note, on_date)
    session.commit()
    return action.row_version


def postpone(
    session: Session,
    action_id: int,
    due_date: object,
    reason: str = "",
    on_date: dt.date | None = None,
    date_base: dt.date | None = None,
    expected_version: int | None = None,
) -> int:
    """A new due date, recorded with the old one. Typed in Dutch it counts from
    `date_base`, by default the day of the postponement (it is decided then).
    `expected_version` as for set_status."""
    action = _followed(session, action_id, expected_version)
    new = parse_date_text(due_date, date_base or on_date or dt.date.today(), "due")
    if new is None:
        raise ValidationError("geef een nieuwe termijn", "due")
    old = f"{action.due_date:%d/%m/%Y}" if action.due_date else "geen"
    text = f"uitgesteld: {old} → {new:%d/%m/%Y}"
    _record(session, action, ActionEventKind.POSTPONED, text, reason, on_date)
    action.due_date = new
    session.commit()
    return action.row_version


def delete_action(session: Session, action_id: int) -> None:
    action = get_action(session, action_id)
    if action.meeting_id:
        ensure_editable(session, action.meeting_id)
    session.delete(action)
    session.commit()


def list_actions(
    session: Session,
    body: int | str | None = None,
    open_only: bool = False,
    status: str | None = None,
    owner_person_id: int | None = None,
    owner_organisation_id: int | None = None,
    due_before: dt.date | None = None,
    today: dt.date | None = None,
    with_events: bool = False,
    theme: str | None = None,
    due_from: dt.date | None = None,
    due_to: dt.date | None = None,
    agreed_from: dt.date | None = None,
    agreed_to: dt.date | None = None,
) -> list[ActionRow]:
    """Every action of every meeting (the tracker), filtered; oldest due date first.

    `due_from`/`due_to` bound the due date inclusively (actions without one drop out);
    `due_before` is exclusive. `theme` is the agenda item's theme. `agreed_from`/`agreed_to`
    bound the date of the meeting that agreed the action, inclusively.
    """
    conditions = []
    if body is not None:
        conditions.append(Meeting.body_id == get_body(session, body).id)
    if open_only:
        conditions.append(Action.status.in_(OPEN_STATUSES))
    if status is not None:
        conditions.append(Action.status == parse_enum(ActionStatus, status, "status"))
    if owner_person_id is not None:
        conditions.append(Action.owner_person_id == owner_person_id)
    if owner_organisation_id is not None:
        conditions.append(Action.owner_organisation_id == owner_organisation_id)
    if due_before is not None:
        conditions.append(Action.due_date < due_before)
    if due_from is not None:
        conditions.append(Action.due_date >= due_from)
    if due_to is not None:
        conditions.append(Action.due_date <= due_to)
    if theme is not None:
        conditions.append(AgendaItem.theme == theme)
    if agreed_from is not None:
        conditions.append(Meeting.date >= agreed_from)
    if agreed_to is not None:
        conditions.append(Meeting.date <= agreed_to)
    return action_rows(session, *conditions, today=today, with_events=with_events)


def get_action_row(session: Session, action_id: int) -> ActionRow:
    """One action as the lists show it (e.g. to undo a change back to how it was)."""
    rows = action_rows(session, Action.id == get_action(session, action_id).id)
    return rows[0]


def action_history(session: Session, action_id: int) -> tuple[ActionEventRow, ...]:
    """The dated progress notes and recorded changes of one action, oldest first."""
    get_action(session, action_id)
    return tuple(
        ActionEventRow(e.id, e.on_date, e.kind, e.text)
        for e in session.scalars(
            select(ActionEvent)
            .where(ActionEvent.action_id == action_id)
            .order_by(ActionEvent.on_date, ActionEvent.id)
        )
    )


def latest_progress(events: tuple[ActionEventRow, ...]) -> ActionEventRow | None:
    """The newest progress note (not a recorded change), for "where does it stand"."""
    notes = [e for e in events if e.kind == ActionEventKind.NOTE]
    return max(notes, key=lambda e: (e.on_date, e.id)) if notes else None
