"""Copying rows between two databases with their ids translated: check-out and check-in.

`RowCopier` reads rows from one session and writes them into another, translating every
foreign key through per-table id maps (source id -> target id), so the same meeting can
go to a laptop and come back onto the very rows it came from. Persons and organisations
are matched by name (the reference data gives both databases the same ones).
Plain Core statements on the tables: no ORM bookkeeping, no services.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping

from sqlalchemy import Table, insert, select, update
from sqlalchemy.orm import Session

from .base import Base
from .models import (
    Action,
    ActionEvent,
    AgendaItem,
    Attachment,
    Attendance,
    Decision,
    Invitation,
    ItemAbsence,
    MinutesRemark,
    MinutesVersion,
    Organisation,
    Person,
)

# Per table, its foreign keys and the id map that translates them (None: not carried over).
FOREIGN_KEYS: dict[str, dict[str, str | None]] = {
    "persons": {"organisation_id": "organisations"},
    "memberships": {
        "body_id": "bodies",
        "person_id": "persons",
        "organisation_id": "organisations",
        "substitute_id": "persons",
    },
    "meetings": {"body_id": "bodies", "live_item_id": "agenda_items"},
    "agenda_items": {
        "meeting_id": "meetings",
        "parent_id": "agenda_items",
        "adjourned_from_id": "agenda_items",
    },
    "attachments": {"agenda_item_id": "agenda_items"},
    "decisions": {"meeting_id": "meetings", "agenda_item_id": "agenda_items"},
    "actions": {
        "meeting_id": "meetings",
        "agenda_item_id": "agenda_items",
        "owner_person_id": "persons",
        "owner_organisation_id": "organisations",
        "objective_id": None,
    },
    "action_events": {"action_id": "actions"},
    "invitations": {"meeting_id": "meetings", "person_id": "persons"},
    "attendances": {
        "meeting_id": "meetings",
        "person_id": "persons",
        "substitute_id": "persons",
        "arrived_from_item_id": "agenda_items",
        "left_after_item_id": "agenda_items",
    },
    "item_absences": {"attendance_id": "attendances", "agenda_item_id": "agenda_items"},
    "minutes_versions": {"meeting_id": "meetings", "approved_at_meeting_id": "meetings"},
    "minutes_remarks": {"minutes_version_id": "minutes_versions", "person_id": "persons"},
}

# What a check-out carries: the tables above and the two they point into without keys of
# their own to translate.
TABLES: dict[str, Table] = {
    name: Base.metadata.tables[name] for name in (*FOREIGN_KEYS, "bodies", "organisations")
}

# What a check-in never overwrites on the server: links the laptop cannot know.
KEEP_ON_SERVER: dict[str, tuple[str, ...]] = {
    "meetings": ("body_id", "number", "created_at", "live_item_id"),
    "agenda_items": ("adjourned_from_id",),
    "actions": ("objective_id",),
    "minutes_versions": ("approved_at_meeting_id",),
}


class RowCopier:
    """Copies rows between two sessions, translating ids through per-table maps."""

    def __init__(self, src: Session, dst: Session, maps: dict[str, dict[int, int]]):
        self.src, self.dst, self.maps = src, dst, maps

    def map(self, table: str) -> dict[int, int]:
        return self.maps.setdefault(table, {})

    def rows(self, table: str, *where) -> list[Mapping]:
        t = TABLES[table]
        return list(self.src.execute(select(t).where(*where).order_by(t.c.id)).mappings())

    def values(self, table: str, row: Mapping) -> dict:
        values = {k: v for k, v in row.items() if k not in ("id", "row_version")}
        for column, target in FOREIGN_KEYS.get(table, {}).items():
            if values.get(column) is not None:
                values[column] = self.map(target).get(values[column]) if target else None
        return values

    def insert(self, table: str, row: Mapping) -> int:
        new_id = self.dst.execute(
            insert(TABLES[table]).values(self.values(table, row))
        ).inserted_primary_key[0]
        self.map(table)[row["id"]] = new_id
        return new_id

    def put(self, table: str, row: Mapping) -> int:
        """Update the row it came from (in place, row_version up), or insert it."""
        target = self.map(table).get(row["id"])
        if target is None:
            return self.insert(table, row)
        t = TABLES[table]
        values = self.values(table, row)
        for name in KEEP_ON_SERVER.get(table, ()):
            values.pop(name, None)
        if "row_version" in t.c:
            values["row_version"] = t.c.row_version + 1
        self.dst.execute(update(t).where(t.c.id == target).values(values))
        return target

    def by_name(self, table: str, ids: Iterable[int]) -> None:
        """Persons and organisations: the same name is the same one on the other side."""
        model = Person if table == "persons" else Organisation
        wanted = {i for i in ids if i is not None and i not in self.map(table)}
        if not wanted:
            return
        found = {
            name.casefold(): id_ for id_, name in self.dst.execute(select(model.id, model.name))
        }
        for row in self.rows(table, model.id.in_(wanted)):
            if table == "persons" and row["organisation_id"]:
                self.by_name("organisations", [row["organisation_id"]])
            existing = found.get(row["name"].casefold())
            if existing is not None:
                self.map(table)[row["id"]] = existing
            else:
                self.insert(table, row)

    def items_in_tree_order(self, meeting_id: int) -> list[Mapping]:
        rows = self.rows("agenda_items", AgendaItem.meeting_id == meeting_id)
        placed: set[int] = set()
        ordered: list[Mapping] = []
        while len(ordered) < len(rows):
            for row in rows:
                if row["id"] not in placed and (
                    row["parent_id"] is None or row["parent_id"] in placed
                ):
                    placed.add(row["id"])
                    ordered.append(row)
        return ordered

    def meeting_rows(self, meeting_id: int) -> dict[str, list[Mapping]]:
        """Every row of one meeting, parents before children."""
        actions = self.rows("actions", Action.meeting_id == meeting_id)
        attendance = self.rows("attendances", Attendance.meeting_id == meeting_id)
        versions = self.rows("minutes_versions", MinutesVersion.meeting_id == meeting_id)
        items = self.items_in_tree_order(meeting_id)
        return {
            "agenda_items": items,
            "attachments": self.rows(
                "attachments", Attachment.agenda_item_id.in_([r["id"] for r in items])
            ),
            "decisions": self.rows("decisions", Decision.meeting_id == meeting_id),
            "actions": actions,
            "action_events": self.rows(
                "action_events", ActionEvent.action_id.in_([r["id"] for r in actions])
            ),
            "invitations": self.rows("invitations", Invitation.meeting_id == meeting_id),
            "attendances": attendance,
            "item_absences": self.rows(
                "item_absences", ItemAbsence.attendance_id.in_([r["id"] for r in attendance])
            ),
            "minutes_versions": versions,
            "minutes_remarks": self.rows(
                "minutes_remarks",
                MinutesRemark.minutes_version_id.in_([r["id"] for r in versions]),
            ),
        }

    def people_of(self, rows: dict[str, list[Mapping]], extra: Iterable[Mapping] = ()) -> None:
        persons: set[int] = set()
        organisations: set[int] = set()
        for row in [r for table in rows.values() for r in table] + list(extra):
            for column in ("person_id", "substitute_id", "owner_person_id"):
                if row.get(column):
                    persons.add(row[column])
            if row.get("owner_organisation_id"):
                organisations.add(row["owner_organisation_id"])
        self.by_name("organisations", organisations)
        self.by_name("persons", persons)
