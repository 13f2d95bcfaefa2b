"""A meeting and what it holds: invitations, attendance, agenda items, attachments."""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING

from sqlalchemy import (
    Boolean,
    CheckConstraint,
    Date,
    DateTime,
    ForeignKey,
    Index,
    Integer,
    LargeBinary,
    String,
    Text,
    Time,
    UniqueConstraint,
)
from sqlalchemy.orm import Mapped, mapped_column, relationship

from .base import Base
from .columns import _enum, _now
from .enums import (
    Answer,
    ItemKind,
    MeetingStatus,
    Presence,
    Role,
    StandardItem,
)

if TYPE_CHECKING:
    from .models_followup import (
        Action,
        Decision,
        MinutesVersion,
    )
    from .models_people import Body, Person


class Meeting(Base):
    """A vergadering: one sitting of a body."""

    __tablename__ = "meetings"

    id: Mapped[int] = mapped_column(primary_key=True)
    body_id: Mapped[int] = mapped_column(ForeignKey("bodies.id", ondelete="RESTRICT"))
    number: Mapped[int] = mapped_column(Integer)  # sequence number within the body
    title: Mapped[str] = mapped_column(String(300), default="")
    date: Mapped[dt.date] = mapped_column(Date)
    start_time: Mapped[dt.time | None] = mapped_column(Time)
    end_time: Mapped[dt.time | None] = mapped_column(Time)
    location: Mapped[str] = mapped_column(String(300), default="")
    status: Mapped[MeetingStatus] = mapped_column(
        _enum(MeetingStatus, "meeting_status"), default=MeetingStatus.PLANNED
    )
    # calendar invitations: SEQUENCE goes up when date, hours or place change
    calendar_sequence: Mapped[int] = mapped_column(Integer, default=0)
    # live minute-taking: where the secretary was, so a restart resumes there
    live_item_id: Mapped[int | None] = mapped_column(
        ForeignKey("agenda_items.id", ondelete="SET NULL", use_alter=True)
    )
    live_started_at: Mapped[dt.datetime | None] = mapped_column(DateTime)
    created_at: Mapped[dt.datetime] = mapped_column(DateTime, default=_now)
    row_version: Mapped[int] = mapped_column(Integer, default=1, server_default="1")
    __mapper_args__ = {"version_id_col": row_version}

    body: Mapped[Body] = relationship()
    items: Mapped[list[AgendaItem]] = relationship(
        back_populates="meeting",
        foreign_keys="AgendaItem.meeting_id",
        order_by="AgendaItem.position",
        cascade="all, delete-orphan",
    )
    invitations: Mapped[list[Invitation]] = relationship(
        back_populates="meeting", cascade="all, delete-orphan"
    )
    attendances: Mapped[list[Attendance]] = relationship(
        back_populates="meeting", cascade="all, delete-orphan"
    )
    decisions: Mapped[list[Decision]] = relationship(
        back_populates="meeting", order_by="Decision.number", cascade="all, delete-orphan"
    )
    minutes_versions: Mapped[list[MinutesVersion]] = relationship(
        back_populates="meeting",
        foreign_keys="MinutesVersion.meeting_id",
        order_by="MinutesVersion.version",
        cascade="all, delete-orphan",
    )

    __table_args__ = (
        UniqueConstraint("body_id", "number"),
        CheckConstraint(
            "end_time IS NULL OR start_time IS NULL OR end_time > start_time", name="hours"
        ),
        Index("ix_meetings_date", "date"),
    )


class Invitation(Base):
    __tablename__ = "invitations"

    id: Mapped[int] = mapped_column(primary_key=True)
    meeting_id: Mapped[int] = mapped_column(ForeignKey("meetings.id", ondelete="CASCADE"))
    person_id: Mapped[int] = mapped_column(ForeignKey("persons.id", ondelete="CASCADE"))
    role: Mapped[Role] = mapped_column(_enum(Role, "invitation_role"), default=Role.MEMBER)
    sent_on: Mapped[dt.date | None] = mapped_column(Date)
    answer: Mapped[Answer] = mapped_column(_enum(Answer, "answer"), default=Answer.NO_ANSWER)
    answered_on: Mapped[dt.date | None] = mapped_column(Date)
    # the answer "vervangen door …": who the member announced will come instead
    substitute_id: Mapped[int | None] = mapped_column(ForeignKey("persons.id", ondelete="SET NULL"))
    substitute_name: Mapped[str] = mapped_column(String(200), default="")

    meeting: Mapped[Meeting] = relationship(back_populates="invitations")
    person: Mapped[Person] = relationship(foreign_keys=[person_id])
    substitute: Mapped[Person | None] = relationship(foreign_keys=[substitute_id])

    __table_args__ = (UniqueConstraint("meeting_id", "person_id"),)


class Attendance(Base):
    """Who was there. A late arrival is present "vanaf punt N"; an early leaver has a time.

    A row exists only once the secretary recorded the person: an invitee without one is
    "niet geregistreerd", never assumed absent. So `presence` has no default.
    """

    __tablename__ = "attendances"

    id: Mapped[int] = mapped_column(primary_key=True)
    meeting_id: Mapped[int] = mapped_column(ForeignKey("meetings.id", ondelete="CASCADE"))
    person_id: Mapped[int] = mapped_column(ForeignKey("persons.id", ondelete="CASCADE"))
    presence: Mapped[Presence] = mapped_column(_enum(Presence, "presence"))
    substitute_id: Mapped[int | None] = mapped_column(ForeignKey("persons.id", ondelete="SET NULL"))
    substitute_name: Mapped[str] = mapped_column(String(200), default="")
    arrived_at: Mapped[dt.time | None] = mapped_column(Time)
    left_at: Mapped[dt.time | None] = mapped_column(Time)
    arrived_from_item_id: Mapped[int | None] = mapped_column(
        ForeignKey("agenda_items.id", ondelete="SET NULL")
    )
    left_after_item_id: Mapped[int | None] = mapped_column(
        ForeignKey("agenda_items.id", ondelete="SET NULL")
    )

    meeting: Mapped[Meeting] = relationship(back_populates="attendances")
    person: Mapped[Person] = relationship(foreign_keys=[person_id])
    substitute: Mapped[Person | None] = relationship(foreign_keys=[substitute_id])
    arrived_from_item: Mapped[AgendaItem | None] = relationship(foreign_keys=[arrived_from_item_id])
    left_after_item: Mapped[AgendaItem | None] = relationship(foreign_keys=[left_after_item_id])
    item_absences: Mapped[list[ItemAbsence]] = relationship(
        back_populates="attendance", cascade="all, delete-orphan"
    )

    __table_args__ = (UniqueConstraint("meeting_id", "person_id"),)


class ItemAbsence(Base):
    """Someone left the room for one agenda item (conflict of interest)."""

    __tablename__ = "item_absences"

    id: Mapped[int] = mapped_column(primary_key=True)
    attendance_id: Mapped[int] = mapped_column(ForeignKey("attendances.id", ondelete="CASCADE"))
    agenda_item_id: Mapped[int] = mapped_column(ForeignKey("agenda_items.id", ondelete="CASCADE"))
    reason: Mapped[str] = mapped_column(String(300), default="")

    attendance: Mapped[Attendance] = relationship(back_populates="item_absences")
    agenda_item: Mapped[AgendaItem] = relationship()

    __table_args__ = (UniqueConstraint("attendance_id", "agenda_item_id"),)


class AgendaItem(Base):
    """An agendapunt. `position` orders siblings; the shown number ("3", "3.1") is derived."""

    __tablename__ = "agenda_items"

    id: Mapped[int] = mapped_column(primary_key=True)
    meeting_id: Mapped[int] = mapped_column(ForeignKey("meetings.id", ondelete="CASCADE"))
    parent_id: Mapped[int | None] = mapped_column(ForeignKey("agenda_items.id", ondelete="CASCADE"))
    position: Mapped[int] = mapped_column(Integer, default=0)
    title: Mapped[str] = mapped_column(String(500))
    kind: Mapped[ItemKind] = mapped_column(
        _enum(ItemKind, "item_kind"), default=ItemKind.DISCUSSION
    )
    standard: Mapped[StandardItem | None] = mapped_column(_enum(StandardItem, "standard_item"))
    theme: Mapped[str] = mapped_column(String(100), default="")
    presenter: Mapped[str] = mapped_column(String(200), default="")
    duration_minutes: Mapped[int] = mapped_column(Integer, default=0)
    confidential: Mapped[bool] = mapped_column(Boolean, default=False)
    notes: Mapped[str] = mapped_column(Text, default="")
    internal_notes: Mapped[str] = mapped_column(Text, default="")  # never exported
    done: Mapped[bool] = mapped_column(Boolean, default=False)
    adjourned: Mapped[bool] = mapped_column(Boolean, default=False)
    adjourned_from_id: Mapped[int | None] = mapped_column(
        ForeignKey("agenda_items.id", ondelete="SET NULL")
    )
    row_version: Mapped[int] = mapped_column(Integer, default=1, server_default="1")
    __mapper_args__ = {"version_id_col": row_version}

    meeting: Mapped[Meeting] = relationship(back_populates="items", foreign_keys=[meeting_id])
    parent: Mapped[AgendaItem | None] = relationship(
        remote_side=[id], foreign_keys=[parent_id], back_populates="children"
    )
    children: Mapped[list[AgendaItem]] = relationship(
        back_populates="parent", foreign_keys=[parent_id], order_by="AgendaItem.position"
    )
    adjourned_from: Mapped[AgendaItem | None] = relationship(
        remote_side=[id], foreign_keys=[adjourned_from_id]
    )
    attachments: Mapped[list[Attachment]] = relationship(
        back_populates="agenda_item", cascade="all, delete-orphan", order_by="Attachment.id"
    )
    decisions: Mapped[list[Decision]] = relationship(
        back_populates="agenda_item", order_by="Decision.number"
    )
    actions: Mapped[list[Action]] = relationship(back_populates="agenda_item", order_by="Action.id")

    __table_args__ = (
        CheckConstraint("duration_minutes >= 0", name="duration"),
        CheckConstraint("parent_id IS NULL OR parent_id <> id", name="not_own_parent"),
        Index("ix_agenda_items_meeting", "meeting_id", "position"),
    )


class Attachment(Base):
    """A file attached to an agenda item, copied into the data folder."""

    __tablename__ = "attachments"

    id: Mapped[int] = mapped_column(primary_key=True)
    agenda_item_id: Mapped[int] = mapped_column(ForeignKey("agenda_items.id", ondelete="CASCADE"))
    filename: Mapped[str] = mapped_column(String(255))  # as the user knows it
    stored_path: Mapped[str] = mapped_column(String(1000), default="")  # relative to data dir
    size_bytes: Mapped[int] = mapped_column(Integer, default=0)
    added_at: Mapped[dt.datetime] = mapped_column(DateTime, default=_now)
    # on a server: the file itself, so every PC can open it (storage/attachment_store.py);
    # deferred: lists of attachments never load it
    content: Mapped[bytes | None] = mapped_column(LargeBinary, nullable=True, deferred=True)

    agenda_item: Mapped[AgendaItem] = relationship(back_populates="attachments")
