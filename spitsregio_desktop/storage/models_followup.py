"""What follows from meetings: decisions, actions, minutes versions, objectives."""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING

from sqlalchemy import (
    Boolean,
    CheckConstraint,
    Date,
    DateTime,
    Float,
    ForeignKey,
    Index,
    Integer,
    String,
    Text,
    UniqueConstraint,
)
from sqlalchemy.orm import Mapped, mapped_column, relationship

from .base import Base
from .columns import _enum, _now
from .enums import (
    ActionEventKind,
    ActionStatus,
    MinutesStatus,
)

if TYPE_CHECKING:
    from .models_meetings import (
        AgendaItem,
        Meeting,
    )
    from .models_people import Body, Organisation, Person


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
