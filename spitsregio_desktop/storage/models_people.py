"""The bodies and the people in them: bodies, organisations, persons, memberships."""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING

from sqlalchemy import (
    Boolean,
    CheckConstraint,
    Date,
    ForeignKey,
    Index,
    Integer,
    String,
    Text,
    UniqueConstraint,
)
from sqlalchemy.orm import Mapped, mapped_column, relationship

from .base import Base
from .columns import _enum
from .enums import (
    OrganisationKind,
    Role,
)

if TYPE_CHECKING:
    pass


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
