"""The data model: SQLAlchemy 2.x typed declarative classes.

Dates and times are local (Europe/Brussels) `date` and `time` values, never naive UTC.
Closed vocabularies are stored as the short codes of `storage.enums` with a CHECK
constraint, so a bad value cannot reach the file even outside the services.

The models are grouped by area (models_people, models_meetings, models_followup); this
module re-exports every one of them, so `from ..storage.models import Meeting` keeps
working and importing it registers every table on `Base.metadata` (Alembic, create_all).
"""

from __future__ import annotations

import datetime as dt

from sqlalchemy import (
    DateTime,
    ForeignKey,
    Index,
    Integer,
    String,
    Text,
)
from sqlalchemy.orm import Mapped, mapped_column

from .base import Base
from .columns import _enum, _now
from .models_followup import (
    Action,
    ActionEvent,
    Decision,
    IndicatorValue,
    MinutesRemark,
    MinutesVersion,
    Objective,
)
from .models_meetings import (
    AgendaItem,
    Attachment,
    Attendance,
    Invitation,
    ItemAbsence,
    Meeting,
)
from .models_people import Body, Membership, Organisation, Person


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


__all__ = [
    "Action",
    "ActionEvent",
    "AgendaItem",
    "Attachment",
    "Attendance",
    "Base",
    "Body",
    "Checkout",
    "Decision",
    "IndicatorValue",
    "Invitation",
    "ItemAbsence",
    "Meeting",
    "Membership",
    "MinutesRemark",
    "MinutesVersion",
    "Objective",
    "Organisation",
    "Person",
    "Setting",
    "_enum",
    "_now",
]
