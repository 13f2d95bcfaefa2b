"""save_member: a person and their membership are saved together, or not at all."""

from __future__ import annotations

import pytest

from spitsregio_desktop.services.errors import ValidationError
from spitsregio_desktop.services.people import list_memberships, list_persons, save_member
from spitsregio_desktop.storage.database import Database


@pytest.fixture
def db(database: Database) -> Database:
    return database  # SQLite, and PostgreSQL with a test server (conftest)


def test_person_and_membership_together(db):
    with db.session() as s:
        pid, mid = save_member(
            s,
            None,
            None,
            person={"name": "Els Peeters"},
            membership={"body": "TF", "role": "expert"},
        )
        assert mid is not None
        assert any(m.person_id == pid for m in list_memberships(s, "TF"))


def test_bad_membership_leaves_no_person(db):
    with db.session() as s:
        before = len(list_persons(s))
        with pytest.raises(ValidationError) as err:
            save_member(
                s,
                None,
                None,
                person={"name": "Els Peeters"},
                membership={"body": "TF", "start_date": "2026-05-01", "end_date": "2026-01-01"},
            )
        assert err.value.field == "end_date"
    with db.session() as s:
        assert len(list_persons(s)) == before
        # the session works normally afterwards: its commit is the real one again
        save_member(s, None, None, person={"name": "Jan Maes"})
    with db.session() as s:
        assert len(list_persons(s)) == before + 1
