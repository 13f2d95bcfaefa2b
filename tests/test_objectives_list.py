"""The first objectives list: per body, with baseline, target and the latest value."""

from __future__ import annotations

import datetime as dt

import pytest

from spitsregio_desktop.services.errors import ValidationError
from spitsregio_desktop.services.objectives import list_objectives
from spitsregio_desktop.storage.database import Database
from spitsregio_desktop.storage.models import Body, IndicatorValue, Objective


@pytest.fixture
def db(database: Database) -> Database:
    return database  # SQLite, and PostgreSQL with a test server (conftest)


def test_list_objectives_latest_value_and_body_filter(db):
    with db.session() as s:
        tf = s.query(Body).filter_by(short="TF").one()
        bo = s.query(Body).filter_by(short="BO").one()
        jobs = Objective(
            body=tf,
            title="Meer vacatures ingevuld",
            theme="arbeidsmarkt",
            indicator="ingevulde vacatures",
            unit="%",
            baseline=60.0,
            baseline_date=dt.date(2025, 1, 1),
            target=80.0,
        )
        jobs.values = [
            IndicatorValue(measured_on=dt.date(2026, 6, 30), value=70.0),
            IndicatorValue(measured_on=dt.date(2025, 12, 31), value=65.0),
        ]
        s.add_all(
            [jobs, Objective(body=bo, title="Minder files", unit="min", baseline=30.0, target=20.0)]
        )
        s.commit()
        all_rows = list_objectives(s)
        tf_rows = list_objectives(s, "TF")
    assert {r.body_short for r in all_rows} == {"BO", "TF"}
    [row] = tf_rows
    assert (row.baseline, row.target, row.latest, row.unit) == (60.0, 80.0, 70.0, "%")
    assert row.latest_date == dt.date(2026, 6, 30)
    assert row.progress == pytest.approx(0.5)
    bo_row = next(r for r in all_rows if r.body_short == "BO")
    assert bo_row.latest is None and bo_row.progress is None
    with pytest.raises(ValidationError):
        list_objectives(s, "XX")
