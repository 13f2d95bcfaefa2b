"""The data model: SQLAlchemy 2.x typed declarative classes.

Dates and times are local (Europe/Brussels) `date` and `time` values, never naive UTC.
Closed vocabularies are stored as the short codes of `storage.enums` with a CHECK
constraint, so a bad value cannot reach the file even outside the services.
"""

from __future__ import annotations

import datetime as dt
from enum import StrEnum

from sqlalchemy import (
    Boolean,
    CheckConstraint,
    Date,
    DateTime,
    Enum,
    Float,
    ForeignKey,
    Index,
    Integer,
    String,
    Text,
    Time,
    UniqueConstraint,
)
from sqlalchemy.orm import Mapped, mapped_column, relationship

from .base import Base
from .enums import (
    ActionEventKind,
    ActionStatus,
    Answer,
    ItemKind,
    MeetingStatus,
    MinutesStatus,
    OrganisationKind,
    Presence,
    Role,
    StandardItem,
)


def _enum(enum_cls: type[StrEnum], name: str) -> Enum:
    return Enum(
        enum_cls,
        name=name,
        native_enum=False,
        create_constraint=True,
        length=24,
        values_callable=lambda members: [m.value for m in members],
        validate_strings=True,
    )


def _now() -> dt.datetime:
    return dt.datetime.now().replace(microsecond=0)


class Body(Base):
    """An overlegorgaan: the Burgemeestersoverleg or the Taskforce."""

    __tablename__ = "bodies"

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(200), unique=True)
    short: Mapped[str] = mapped_column(String(20), unique=True)
    secretariat: Mapped[str] = mapped_column(String(200), default="")
    members_description: Mapped[str] = mapped_column(Text, default="")
    themes: Mapped[str] = mapped_column(Text, default="")  # one theme a line
    cofunding: Mapped[str | None] = mapped_column(Text)  # ESF co-funding line, if any
    standard_agenda: Mapped[str] = mapped_column(Text, default="")  # JSON list, see services

    memberships: Mapped[list[Membership]] = relationship(back_populates="body")

    @property
    def theme_list(self) -> list[str]:
        return [t for t in self.themes.splitlines() if t.strip()]


class Organisation(Base):
    __tablename__ = "organisations"

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(200), unique=True)
    short: Mapped[str] = mapped_column(String(50), default="")
    kind: Mapped[OrganisationKind] = mapped_column(_enum(OrganisationKind, "org_kind"))
    active: Mapped[bool] = mapped_column(Boolean, default=True)
    row_version: Mapped[int] = mapped_column(Integer, default=1, server_default="1")
    __mapper_args__ = {"version_id_col": row_version}



class Person(Base):
    """A person, or until the secretariat fills in a name, a seat ("Burgemeester Leuven")."""

    __tablename__ = "persons"

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(200))
    function: Mapped[str] = mapped_column(String(200), default="")
    email: Mapped[str] = mapped_column(String(254), default="")
    phone: Mapped[str] = mapped_column(String(50), default="")
    organisation_id: Mapped[int | None] = mapped_column(
        ForeignKey("organisations.id", ondelete="SET NULL")
    )
    active: Mapped[bool] = mapped_column(Boolean, default=True)
    row_version: Mapped[int] = mapped_column(Integer, default=1, server_default="1")
    __mapper_args__ = {"version_id_col": row_version}


    organisation: Mapped[Organisation | None] = relationship()

    __table_args__ = (Index("ix_persons_name", "name"),)


class Membership(Base):
    """Who sits in which body, in which role, for which period, with which substitute."""

    __tablename__ = "memberships"

    id: Mapped[int] = mapped_column(primary_key=True)
    body_id: Mapped[int] = mapped_column(ForeignKey("bodies.id", ondelete="CASCADE"))
    person_id: Mapped[int] = mapped_column(ForeignKey("persons.id", ondelete="CASCADE"))
    organisation_id: Mapped[int | None] = mapped_column(
        ForeignKey("organisations.id", ondelete="SET NULL")
    )
    role: Mapped[Role] = mapped_column(_enum(Role, "role"), default=Role.MEMBER)
    substitute_id: Mapped[int | None] = mapped_column(ForeignKey("persons.id", ondelete="SET NULL"))
    start_date: Mapped[dt.date | None] = mapped_column(Date)
    end_date: Mapped[dt.date | None] = mapped_column(Date)

    body: Mapped[Body] = relationship(back_populates="memberships")
    person: Mapped[Person] = relationship(foreign_keys=[person_id])
    organisation: Mapped[Organisation | None] = relationship()
    substitute: Mapped[Person | None] = relationship(foreign_keys=[substitute_id])

    __table_args__ = (
        UniqueConstraint("body_id", "person_id", "start_date"),
        CheckConstraint(
            "end_date IS NULL OR start_date IS NULL OR end_date >= start_date", name="period"
        ),
    )


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

    agenda_item: Mapped[AgendaItem] = relationship(back_populates="attachments")


class Decision(Base):
    """A besluit, numbered per meeting, with optional vote counts."""

    __tablename__ = "decisions"

    id: Mapped[int] = mapped_column(primary_key=True)
    meeting_id: Mapped[int] = mapped_column(ForeignKey("meetings.id", ondelete="CASCADE"))
    agenda_item_id: Mapped[int] = mapped_column(ForeignKey("agenda_items.id", ondelete="CASCADE"))
    number: Mapped[int] = mapped_column(Integer)
    text: Mapped[str] = mapped_column(Text)
    votes_for: Mapped[int | None] = mapped_column(Integer)
    votes_against: Mapped[int | None] = mapped_column(Integer)
    votes_abstain: Mapped[int | None] = mapped_column(Integer)
    row_version: Mapped[int] = mapped_column(Integer, default=1, server_default="1")
    __mapper_args__ = {"version_id_col": row_version}


    meeting: Mapped[Meeting] = relationship(back_populates="decisions")
    agenda_item: Mapped[AgendaItem] = relationship(back_populates="decisions")

    __table_args__ = (
        UniqueConstraint("meeting_id", "number"),
        CheckConstraint(
            "coalesce(votes_for, 0) >= 0 AND coalesce(votes_against, 0) >= 0 "
            "AND coalesce(votes_abstain, 0) >= 0",
            name="votes",
        ),
    )


class Action(Base):
    """An actiepunt: what, who (a person or an organisation: the trekker), by when."""

    __tablename__ = "actions"

    id: Mapped[int] = mapped_column(primary_key=True)
    meeting_id: Mapped[int | None] = mapped_column(ForeignKey("meetings.id", ondelete="CASCADE"))
    agenda_item_id: Mapped[int | None] = mapped_column(
        ForeignKey("agenda_items.id", ondelete="SET NULL")
    )
    description: Mapped[str] = mapped_column(Text)
    owner_person_id: Mapped[int | None] = mapped_column(
        ForeignKey("persons.id", ondelete="SET NULL")
    )
    owner_organisation_id: Mapped[int | None] = mapped_column(
        ForeignKey("organisations.id", ondelete="SET NULL")
    )
    owner_text: Mapped[str] = mapped_column(String(200), default="")  # free text owner
    due_date: Mapped[dt.date | None] = mapped_column(Date)
    status: Mapped[ActionStatus] = mapped_column(
        _enum(ActionStatus, "action_status"), default=ActionStatus.OPEN
    )
    objective_id: Mapped[int | None] = mapped_column(
        ForeignKey("objectives.id", ondelete="SET NULL")
    )
    created_on: Mapped[dt.date] = mapped_column(Date, default=dt.date.today)
    closed_on: Mapped[dt.date | None] = mapped_column(Date)
    row_version: Mapped[int] = mapped_column(Integer, default=1, server_default="1")
    __mapper_args__ = {"version_id_col": row_version}


    meeting: Mapped[Meeting | None] = relationship()
    agenda_item: Mapped[AgendaItem | None] = relationship(back_populates="actions")
    owner_person: Mapped[Person | None] = relationship()
    owner_organisation: Mapped[Organisation | None] = relationship()
    objective: Mapped[Objective | None] = relationship(back_populates="actions")
    events: Mapped[list[ActionEvent]] = relationship(
        back_populates="action", cascade="all, delete-orphan", order_by="ActionEvent.id"
    )

    __table_args__ = (
        Index("ix_actions_status_due", "status", "due_date"),
        Index("ix_actions_meeting", "meeting_id"),
    )


class ActionEvent(Base):
    """A dated progress note, or a recorded change (status, reassignment, new due date)."""

    __tablename__ = "action_events"

    id: Mapped[int] = mapped_column(primary_key=True)
    action_id: Mapped[int] = mapped_column(ForeignKey("actions.id", ondelete="CASCADE"))
    on_date: Mapped[dt.date] = mapped_column(Date, default=dt.date.today)
    kind: Mapped[ActionEventKind] = mapped_column(
        _enum(ActionEventKind, "action_event_kind"), default=ActionEventKind.NOTE
    )
    text: Mapped[str] = mapped_column(Text, default="")

    action: Mapped[Action] = relationship(back_populates="events")


class MinutesVersion(Base):
    """One version of a meeting's minutes: draft → sent for remarks → approved (frozen).

    Reopening approved minutes closes the approved version as `reopened` with the reason
    and starts a new draft version, so the history stays readable.
    """

    __tablename__ = "minutes_versions"

    id: Mapped[int] = mapped_column(primary_key=True)
    meeting_id: Mapped[int] = mapped_column(ForeignKey("meetings.id", ondelete="CASCADE"))
    version: Mapped[int] = mapped_column(Integer, default=1)
    status: Mapped[MinutesStatus] = mapped_column(
        _enum(MinutesStatus, "minutes_status"), default=MinutesStatus.DRAFT
    )
    created_at: Mapped[dt.datetime] = mapped_column(DateTime, default=_now)
    sent_on: Mapped[dt.date | None] = mapped_column(Date)
    approved_on: Mapped[dt.date | None] = mapped_column(Date)
    approved_at_meeting_id: Mapped[int | None] = mapped_column(
        ForeignKey("meetings.id", ondelete="SET NULL")
    )
    approved_text: Mapped[str | None] = mapped_column(Text)
    sha256: Mapped[str | None] = mapped_column(String(64))
    reopened_on: Mapped[dt.date | None] = mapped_column(Date)
    reopened_reason: Mapped[str] = mapped_column(Text, default="")

    meeting: Mapped[Meeting] = relationship(
        back_populates="minutes_versions", foreign_keys=[meeting_id]
    )
    approved_at_meeting: Mapped[Meeting | None] = relationship(
        foreign_keys=[approved_at_meeting_id]
    )
    remarks: Mapped[list[MinutesRemark]] = relationship(
        back_populates="minutes_version", cascade="all, delete-orphan", order_by="MinutesRemark.id"
    )

    __table_args__ = (
        UniqueConstraint("meeting_id", "version"),
        CheckConstraint(
            "status <> 'approved' OR (sha256 IS NOT NULL AND approved_text IS NOT NULL)",
            name="approved_is_frozen",
        ),
    )


class MinutesRemark(Base):
    """A member's remark on draft minutes, and whether the secretariat processed it."""

    __tablename__ = "minutes_remarks"

    id: Mapped[int] = mapped_column(primary_key=True)
    minutes_version_id: Mapped[int] = mapped_column(
        ForeignKey("minutes_versions.id", ondelete="CASCADE")
    )
    person_id: Mapped[int | None] = mapped_column(ForeignKey("persons.id", ondelete="SET NULL"))
    received_on: Mapped[dt.date] = mapped_column(Date, default=dt.date.today)
    text: Mapped[str] = mapped_column(Text, default="")
    processed: Mapped[bool] = mapped_column(Boolean, default=False)

    minutes_version: Mapped[MinutesVersion] = relationship(back_populates="remarks")
    person: Mapped[Person | None] = relationship()


class Objective(Base):
    """A doelstelling with its indicator: baseline, target, and values measured over time."""

    __tablename__ = "objectives"

    id: Mapped[int] = mapped_column(primary_key=True)
    body_id: Mapped[int] = mapped_column(ForeignKey("bodies.id", ondelete="CASCADE"))
    title: Mapped[str] = mapped_column(String(300))
    description: Mapped[str] = mapped_column(Text, default="")
    theme: Mapped[str] = mapped_column(String(100), default="")
    indicator: Mapped[str] = mapped_column(String(300), default="")
    unit: Mapped[str] = mapped_column(String(50), default="")
    baseline: Mapped[float] = mapped_column(Float, default=0.0)
    baseline_date: Mapped[dt.date | None] = mapped_column(Date)
    target: Mapped[float] = mapped_column(Float, default=0.0)
    target_date: Mapped[dt.date | None] = mapped_column(Date)
    row_version: Mapped[int] = mapped_column(Integer, default=1, server_default="1")
    __mapper_args__ = {"version_id_col": row_version}


    body: Mapped[Body] = relationship()
    values: Mapped[list[IndicatorValue]] = relationship(
        back_populates="objective",
        cascade="all, delete-orphan",
        order_by="IndicatorValue.measured_on",
    )
    actions: Mapped[list[Action]] = relationship(back_populates="objective")


class IndicatorValue(Base):
    __tablename__ = "indicator_values"

    id: Mapped[int] = mapped_column(primary_key=True)
    objective_id: Mapped[int] = mapped_column(ForeignKey("objectives.id", ondelete="CASCADE"))
    measured_on: Mapped[dt.date] = mapped_column(Date)
    value: Mapped[float] = mapped_column(Float)
    note: Mapped[str] = mapped_column(Text, default="")

    objective: Mapped[Objective] = relationship(back_populates="values")

    __table_args__ = (UniqueConstraint("objective_id", "measured_on"),)


class Setting(Base):
    """Key/value settings; typed access with defaults lives in services/settings.py."""

    __tablename__ = "settings"

    key: Mapped[str] = mapped_column(String(100), primary_key=True)
    value: Mapped[str] = mapped_column(Text, default="")


class Checkout(Base):
    """A meeting taken to a laptop for offline minutes (storage.checkout explains the rules).

    side "server": open (released_at NULL) means read-only for everyone but the check-in;
    `release` is "checked_in" or "forced" (with released_by and release_reason).
    side "laptop": where the copy came from (`server`, `remote_meeting_id`), its token,
    and `id_map` (JSON: per table, laptop id -> server id) for writing it back.
    """

    __tablename__ = "checkouts"

    id: Mapped[int] = mapped_column(primary_key=True)
    meeting_id: Mapped[int] = mapped_column(ForeignKey("meetings.id", ondelete="CASCADE"))
    side: Mapped[str] = mapped_column(String(10))
    token: Mapped[str] = mapped_column(String(36), unique=True)
    user_name: Mapped[str] = mapped_column(String(200), default="")
    computer: Mapped[str] = mapped_column(String(200), default="")
    checked_out_at: Mapped[dt.datetime] = mapped_column(DateTime, default=_now)
    remote_meeting_id: Mapped[int | None] = mapped_column(Integer)
    server: Mapped[str] = mapped_column(String(1000), default="")
    released_at: Mapped[dt.datetime | None] = mapped_column(DateTime)
    release: Mapped[str] = mapped_column(String(20), default="")
    released_by: Mapped[str] = mapped_column(String(200), default="")
    release_reason: Mapped[str] = mapped_column(Text, default="")
    id_map: Mapped[str] = mapped_column(Text, default="")

    __table_args__ = (Index("ix_checkouts_meeting", "meeting_id", "released_at"),)
