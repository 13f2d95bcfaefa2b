"""The agenda: add, edit, reorder, indent, adjourn items; attachments; the notes autosave."""

from __future__ import annotations

import datetime as dt
import os
import shutil
import uuid
from pathlib import Path

from sqlalchemy import select, update
from sqlalchemy.orm import Session

from ..storage.attachment_store import file_here, keeps_content, meeting_files_here
from ..storage.enums import ItemKind, MeetingStatus, StandardItem
from ..storage.models import AgendaItem, Attachment, Meeting
from ..storage.private import owner_only_dir, owner_only_file
from ..storage.winpaths import fit_in_folder
from .confidentiality import is_confidential
from .errors import ValidationError, check_version
from .lookup import get_or_raise
from .meetings import ensure_editable, get_meeting
from .parse import optional_text, parse_enum, parse_minutes, require_text

MAX_NOTES = 1_000_000  # a megabyte of typed text per item: far beyond any meeting

EDITABLE_FIELDS = {
    "title",
    "kind",
    "theme",
    "presenter",
    "duration_minutes",
    "confidential",
    "notes",
    "internal_notes",
    "done",
}


def get_item(session: Session, item_id: int) -> AgendaItem:
    item = get_or_raise(session, AgendaItem, item_id, "item", what="agendapunt")
    return item


def _siblings(session: Session, meeting_id: int, parent_id: int | None) -> list[AgendaItem]:
    query = select(AgendaItem).where(AgendaItem.meeting_id == meeting_id)
    query = query.where(
        AgendaItem.parent_id.is_(None) if parent_id is None else AgendaItem.parent_id == parent_id
    )
    return list(session.scalars(query.order_by(AgendaItem.position, AgendaItem.id)))


def _renumber(siblings: list[AgendaItem]) -> None:
    for position, item in enumerate(siblings):
        item.position = position


def _insert_position(session: Session, meeting_id: int) -> int:
    """New subject items go before the closing standard items (varia, rondvraag, next)."""
    tops = _siblings(session, meeting_id, None)
    closing = {StandardItem.VARIA, StandardItem.QUESTIONS, StandardItem.NEXT_MEETING}
    for index, item in enumerate(tops):
        if item.standard in closing:
            return index
    return len(tops)


def add_item(
    session: Session,
    meeting_id: int,
    title: str,
    *,
    kind: str = ItemKind.DISCUSSION,
    theme: str = "",
    presenter: str = "",
    duration_minutes: int | str = 0,
    confidential: bool | None = None,
    notes: str = "",
    internal_notes: str = "",
    parent_id: int | None = None,
    after_item_id: int | None = None,
    commit: bool = True,
) -> int:
    """Add an agenda item; it lands before "Varia" unless a place is given.

    `confidential` None: a new sub-item of a confidential item starts confidential itself,
    so it stays so when it is moved out later.
    """
    get_meeting(session, meeting_id)
    if confidential is None:
        confidential = parent_id is not None and is_confidential(session, parent_id)
    ensure_editable(session, meeting_id)
    title = require_text(title, "title", "de titel van het agendapunt", 500)
    item = AgendaItem(
        meeting_id=meeting_id,
        parent_id=parent_id,
        title=title,
        kind=parse_enum(ItemKind, kind, "kind"),
        theme=optional_text(theme, "theme").strip(),
        presenter=optional_text(presenter, "presenter").strip(),
        duration_minutes=parse_minutes(duration_minutes, "duration_minutes"),
        confidential=bool(confidential),
        notes=optional_text(notes, "notes"),
        internal_notes=optional_text(internal_notes, "internal_notes"),
    )
    if parent_id is not None:
        parent = get_item(session, parent_id)
        if parent.meeting_id != meeting_id:
            raise ValidationError("een subpunt hoort bij dezelfde vergadering", "parent")
    siblings = _siblings(session, meeting_id, parent_id)
    if after_item_id is not None:
        index = next(
            (i + 1 for i, s in enumerate(siblings) if s.id == after_item_id), len(siblings)
        )
    elif parent_id is None:
        index = _insert_position(session, meeting_id)
    else:
        index = len(siblings)
    session.add(item)
    siblings.insert(index, item)
    _renumber(siblings)
    if commit:
        session.commit()
    else:
        session.flush()
    return item.id


# what a refused save shows as current: every field the item's form saves on its own
_SHOWN = (
    "title",
    "notes",
    "internal_notes",
    "kind",
    "duration_minutes",
    "confidential",
    "presenter",
    "theme",
)


def update_item(
    session: Session, item_id: int, *, expected_version: int | None = None, **fields: object
) -> int:
    """`expected_version`: the row_version shown; a newer save by someone else wins and
    this one is refused (ConflictError carrying the current values of _SHOWN)."""
    item = get_item(session, item_id)
    unknown = set(fields) - EDITABLE_FIELDS
    if unknown:
        raise ValidationError(f"onbekend veld {sorted(unknown)[0]}", sorted(unknown)[0])
    ensure_editable(session, item.meeting_id)
    check_version(item, expected_version, "Het agendapunt", _SHOWN)
    if "title" in fields:
        item.title = require_text(fields["title"], "title", "de titel van het agendapunt", 500)
    if "kind" in fields:
        item.kind = parse_enum(ItemKind, fields["kind"], "kind")
    for name in ("theme", "presenter"):
        if name in fields:
            setattr(item, name, optional_text(fields[name], name).strip())
    if "duration_minutes" in fields:
        item.duration_minutes = parse_minutes(fields["duration_minutes"], "duration_minutes")
    for name in ("confidential", "done"):
        if name in fields:
            setattr(item, name, bool(fields[name]))
    for name in ("notes", "internal_notes"):
        if name in fields:
            text = optional_text(fields[name], name)
            if len(text) > MAX_NOTES:
                raise ValidationError("de tekst is te lang (meer dan een miljoen tekens)", name)
            setattr(item, name, text)
    session.commit()
    return item.row_version  # the next save's expected_version


def save_notes(
    session: Session,
    item_id: int,
    notes: str,
    internal: bool = False,
    expected_version: int | None = None,
) -> int:
    """The autosave hot path: one UPDATE and a commit, no ORM load of the item.

    Returns the item's new row_version, to pass as `expected_version` next time: then a
    save over notes someone else changed in between is refused (ConflictError with the
    current notes) instead of overwriting them.
    """
    if not isinstance(notes, str):
        raise ValidationError("notities moeten tekst zijn", "notes")
    if len(notes) > MAX_NOTES:
        raise ValidationError("de tekst is te lang (meer dan een miljoen tekens)", "notes")
    column = AgendaItem.internal_notes if internal else AgendaItem.notes
    meeting_id = session.scalar(select(AgendaItem.meeting_id).where(AgendaItem.id == item_id))
    if meeting_id is None:
        raise ValidationError(f"er is geen agendapunt met nummer {item_id}", "item")
    ensure_editable(session, meeting_id)
    query = update(AgendaItem).where(AgendaItem.id == item_id)
    if expected_version is not None:
        query = query.where(AgendaItem.row_version == expected_version)
    version = session.scalar(
        query.values({column: notes, AgendaItem.row_version: AgendaItem.row_version + 1})
        .returning(AgendaItem.row_version)
        .execution_options(synchronize_session=False)
    )
    if version is None:  # the row_version moved on: someone else saved in between
        session.rollback()
        item = get_item(session, item_id)
        session.refresh(item)
        check_version(item, expected_version, "Het agendapunt", _SHOWN)
    # an item this session already holds would otherwise keep the old row_version and
    # its next ORM save would be taken for a stale one
    loaded = session.identity_map.get(session.identity_key(AgendaItem, item_id))
    if loaded is not None:
        session.expire(loaded)
    session.commit()
    return int(version)


def delete_item(session: Session, item_id: int) -> None:
    item = get_item(session, item_id)
    ensure_editable(session, item.meeting_id)
    meeting_id, parent_id = item.meeting_id, item.parent_id
    _delete_tree(session, item)
    session.flush()
    _renumber(_siblings(session, meeting_id, parent_id))
    session.commit()


def _delete_tree(session: Session, item: AgendaItem) -> None:
    # sub-items go with their item; left alone, the ORM would make them orphans at the top
    for child in list(item.children):
        _delete_tree(session, child)
    session.delete(item)


def move_item(session: Session, item_id: int, delta: int) -> None:
    """Move an item up (delta < 0) or down among its siblings (keyboard: Ctrl+Up/Down)."""
    item = get_item(session, item_id)
    ensure_editable(session, item.meeting_id)
    siblings = _siblings(session, item.meeting_id, item.parent_id)
    index = siblings.index(item)
    new_index = max(0, min(len(siblings) - 1, index + delta))
    siblings.insert(new_index, siblings.pop(index))
    _renumber(siblings)
    session.commit()


def move_item_to(session: Session, item_id: int, parent_id: int | None, index: int) -> None:
    """Drag and drop: put the item under `parent_id` (None = top level) at `index`."""
    item = get_item(session, item_id)
    ensure_editable(session, item.meeting_id)
    if parent_id is not None:
        parent = get_item(session, parent_id)
        ancestor: AgendaItem | None = parent
        while ancestor is not None:
            if ancestor.id == item.id:
                raise ValidationError("een punt kan niet onder zichzelf staan", "parent")
            ancestor = ancestor.parent
        if parent.meeting_id != item.meeting_id:
            raise ValidationError("een subpunt hoort bij dezelfde vergadering", "parent")
    old_parent = item.parent_id
    if old_parent != parent_id and is_confidential(session, item.id):
        # moved out from under a confidential item: it stays confidential until someone
        # unticks it on purpose (its sub-items follow it)
        item.confidential = True
    old_siblings = [s for s in _siblings(session, item.meeting_id, old_parent) if s.id != item.id]
    item.parent_id = parent_id
    new_siblings = [s for s in _siblings(session, item.meeting_id, parent_id) if s.id != item.id]
    new_siblings.insert(max(0, min(index, len(new_siblings))), item)
    _renumber(new_siblings)
    if old_parent != parent_id:
        _renumber(old_siblings)
    session.commit()


def indent_item(session: Session, item_id: int) -> None:
    """Make the item a sub-item of the item above it (Tab)."""
    item = get_item(session, item_id)
    siblings = _siblings(session, item.meeting_id, item.parent_id)
    index = siblings.index(item)
    if index == 0:
        raise ValidationError("het eerste punt kan geen subpunt worden", "item")
    new_parent = siblings[index - 1]
    move_item_to(session, item_id, new_parent.id, len(new_parent.children))


def outdent_item(session: Session, item_id: int) -> None:
    """Make a sub-item a main item again, right after its parent (Shift+Tab)."""
    item = get_item(session, item_id)
    if item.parent is None:
        raise ValidationError("dit is al een hoofdpunt", "item")
    parent = item.parent
    tops = _siblings(session, item.meeting_id, parent.parent_id)
    move_item_to(session, item_id, parent.parent_id, tops.index(parent) + 1)


def adjourn_item(session: Session, item_id: int) -> int | None:
    """Adjourn (verdagen) an item: it comes back on the body's next meeting, linked.

    Returns the new item's id when a next meeting already exists; otherwise the item is
    picked up when the next meeting is created (see carry_adjourned_items).
    """
    item = get_item(session, item_id)
    ensure_editable(session, item.meeting_id)
    item.adjourned = True
    session.flush()
    meeting = item.meeting
    next_meeting = session.scalar(
        select(Meeting)
        .where(
            Meeting.body_id == meeting.body_id,
            Meeting.date > meeting.date,
            Meeting.status != MeetingStatus.CANCELLED,
        )
        .order_by(Meeting.date, Meeting.id)
        .limit(1)
    )
    new_id = None
    if next_meeting is not None:
        new_id = _bring_back(session, item, next_meeting.id)
    session.commit()
    return new_id


def _bring_back(session: Session, item: AgendaItem, meeting_id: int) -> int | None:
    exists = session.scalar(
        select(AgendaItem.id).where(
            AgendaItem.meeting_id == meeting_id, AgendaItem.adjourned_from_id == item.id
        )
    )
    if exists:
        return exists
    return add_item_linked(session, meeting_id, item)


def add_item_linked(session: Session, meeting_id: int, earlier: AgendaItem) -> int:
    new_id = add_item(
        session,
        meeting_id,
        earlier.title,
        kind=earlier.kind,
        theme=earlier.theme,
        presenter=earlier.presenter,
        duration_minutes=earlier.duration_minutes,
        # confidential through its parent there: it comes back alone, so flagged itself
        confidential=is_confidential(session, earlier.id),
        commit=False,
    )
    session.get(AgendaItem, new_id).adjourned_from_id = earlier.id
    return new_id


def carry_adjourned_items(session: Session, meeting_id: int) -> list[int]:
    """Put items adjourned at earlier meetings of the body (not yet brought back) on this one."""
    meeting = get_meeting(session, meeting_id)
    brought_back = select(AgendaItem.adjourned_from_id).where(
        AgendaItem.adjourned_from_id.is_not(None)
    )
    pending = session.scalars(
        select(AgendaItem)
        .join(Meeting, AgendaItem.meeting_id == Meeting.id)
        .where(
            Meeting.body_id == meeting.body_id,
            Meeting.date < meeting.date,
            AgendaItem.adjourned.is_(True),
            AgendaItem.id.not_in(brought_back),
        )
        .order_by(Meeting.date, AgendaItem.position)
    ).all()
    ids = [add_item_linked(session, meeting_id, item) for item in pending]
    session.commit()
    return ids


def add_attachment(session: Session, item_id: int, source: Path, attachments_dir: Path) -> int:
    """Copy a file into the data folder and attach it; the original may move or vanish later."""
    item = get_item(session, item_id)
    ensure_editable(session, item.meeting_id)
    source = Path(source)
    if not source.is_file():
        raise ValidationError(f"het bestand '{source}' bestaat niet", "attachment")
    target_dir = owner_only_dir(Path(attachments_dir) / str(item.meeting_id))
    try:  # a name Windows accepts, within MAX_PATH inside the data folder
        stored = target_dir / fit_in_folder(target_dir, f"{uuid.uuid4().hex[:8]}-{source.name}")
    except ValueError as exc:
        raise ValidationError(str(exc), "attachment") from exc
    shutil.copyfile(source, owner_only_file(stored))  # owner-only, whatever the original was
    times = source.stat()
    os.utime(stored, ns=(times.st_atime_ns, times.st_mtime_ns))
    attachment = Attachment(
        agenda_item_id=item.id,
        filename=source.name,
        stored_path=str(stored.relative_to(Path(attachments_dir))),
        size_bytes=stored.stat().st_size,
        added_at=dt.datetime.now().replace(microsecond=0),
    )
    if keeps_content(session, item.meeting_id):  # a server: the other PCs open it from there
        attachment.content = stored.read_bytes()
    session.add(attachment)
    session.commit()
    return attachment.id


def remove_attachment(session: Session, attachment_id: int, attachments_dir: Path) -> None:
    attachment = get_or_raise(
        session, Attachment, attachment_id, "attachment", missing="die bijlage bestaat niet meer"
    )
    ensure_editable(session, attachment.agenda_item.meeting_id)
    path = Path(attachments_dir) / attachment.stored_path
    session.delete(attachment)
    session.commit()
    path.unlink(missing_ok=True)


def attachment_path(session: Session, attachment_id: int, attachments_dir: Path) -> Path:
    attachment = get_or_raise(
        session, Attachment, attachment_id, "attachment", missing="die bijlage bestaat niet meer"
    )
    return file_here(session, attachment.id, attachment.stored_path, attachments_dir)


def attachments_here(session: Session, meeting_id: int, attachments_dir: Path) -> None:
    """Every attachment of the meeting in this PC's data folder: on a shared server, the
    ones another PC added are written from the database first (storage.attachment_store)."""
    meeting_files_here(session, meeting_id, attachments_dir)
