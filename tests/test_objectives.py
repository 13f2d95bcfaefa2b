"""Objectives: progress arithmetic, editing with Dutch validation, values, linked actions."""

from __future__ import annotations

import datetime as dt

import pytest

from spitsregio_desktop.services.actions import add_action
from spitsregio_desktop.services.agenda import add_item
from spitsregio_desktop.services.errors import ValidationError
from spitsregio_desktop.services.meetings import MeetingInput, create_meeting
from spitsregio_desktop.services.objectives import (
    ObjectiveInput,
    add_value,
    create_objective,
    delete_objective,
    delete_value,
    link_action,
    linkable_actions,
    list_objectives,
    months_before,
    objective_detail,
    parse_number,
    progress,
    unlink_action,
    update_objective,
    update_value,
)

TODAY = dt.date(2026, 11, 27)


def test_progress_both_directions_and_guard():
    assert progress(60, 80, 70) == pytest.approx(0.5)
    assert progress(8, 6, 7) == pytest.approx(0.5)  # reduce unemployment from 8 % to 6 %
    assert progress(8, 6, 6) == pytest.approx(1.0)
    assert progress(8, 6, 5) == pytest.approx(1.5)  # beyond the target
    assert progress(8, 6, 9) == pytest.approx(-0.5)  # moved away from it
    assert progress(8, 6, 8) == 0.0
    assert progress(5, 5, 7) is None  # no way to cover: no share of it


def test_months_before_and_numbers():
    assert months_before(dt.date(2026, 3, 31), 1) == dt.date(2026, 2, 28)
    assert months_before(dt.date(2026, 11, 27), 12) == dt.date(2025, 11, 27)
    assert months_before(dt.date(2026, 1, 15), 13) == dt.date(2024, 12, 15)
    assert parse_number("7,5", "v", "x") == 7.5
    assert parse_number("1.250,5", "v", "x") == 1250.5
    assert parse_number(" 12 ", "v", "x") == 12.0
    with pytest.raises(ValidationError):
        parse_number("veel", "v", "x")
    with pytest.raises(ValidationError):
        parse_number("nan", "v", "x")


def unemployment(**changes) -> ObjectiveInput:
    fields = dict(
        body="TF",
        title="Minder werkloosheid",
        theme="arbeidsmarkt",
        indicator="werkloosheidsgraad",
        unit="%",
        baseline="8",
        target="6",
        baseline_date=dt.date(2025, 1, 1),
        target_date=dt.date(2030, 12, 31),
    )
    fields.update(changes)
    return ObjectiveInput(**fields)


def test_create_update_validation_in_dutch(session):
    oid = create_objective(session, unemployment())
    for changes, field, words in (
        ({"title": "  "}, "title", "mag niet leeg zijn"),
        ({"target": "8,0"}, "target", "moet verschillen van de beginwaarde"),
        ({"baseline": "acht"}, "baseline", "moet een getal zijn"),
        ({"target_date": dt.date(2024, 1, 1)}, "target_date", "moet na de datum"),
        ({"baseline_date": "31/02/2025"}, "baseline_date", "geen bestaande datum"),
    ):
        with pytest.raises(ValidationError) as err:
            update_objective(session, oid, unemployment(**changes))
        assert err.value.field == field and words in err.value.message
        with pytest.raises(ValidationError):
            create_objective(session, unemployment(**changes))
    # nothing half-saved: the objective is as created, and no second one exists
    [row] = list_objectives(session, "TF", today=TODAY)[-1:]
    assert [r.title for r in list_objectives(session, "TF")].count("Minder werkloosheid") == 1
    assert (row.baseline, row.target, row.unit) == (8.0, 6.0, "%")
    update_objective(session, oid, unemployment(title="Werkloosheid omlaag", target="5,5"))
    detail = objective_detail(session, oid, today=TODAY)
    assert (detail.row.title, detail.row.target) == ("Werkloosheid omlaag", 5.5)


def test_values_unique_per_date_and_progress(session):
    oid = create_objective(session, unemployment())
    first = add_value(session, oid, dt.date(2025, 6, 30), "7,5", "eerste meting", today=TODAY)
    add_value(session, oid, "31/12/2025", 7.0, today=TODAY)
    with pytest.raises(ValidationError) as err:
        add_value(session, oid, dt.date(2025, 6, 30), 7.2, today=TODAY)
    assert err.value.field == "measured_on"
    assert "er is al een meting op 30/06/2025" in err.value.message
    with pytest.raises(ValidationError) as err:
        update_value(session, first, dt.date(2025, 12, 31), 7.4, today=TODAY)
    assert "al een meting" in err.value.message
    with pytest.raises(ValidationError) as err:
        add_value(session, oid, dt.date(2027, 1, 1), 7.0, today=TODAY)
    assert "in de toekomst" in err.value.message
    update_value(session, first, dt.date(2025, 6, 30), 7.6, "herzien", today=TODAY)
    detail = objective_detail(session, oid, today=TODAY)
    assert [(v.measured_on, v.value, v.note) for v in detail.values] == [
        (dt.date(2025, 6, 30), 7.6, "herzien"),
        (dt.date(2025, 12, 31), 7.0, ""),
    ]
    assert detail.values[1].progress == pytest.approx(0.5)
    assert detail.row.latest == 7.0 and detail.row.progress == pytest.approx(0.5)
    delete_value(session, detail.values[1].id)
    assert objective_detail(session, oid, today=TODAY).row.latest == 7.6


def test_overview_flags_no_action_and_stale(session):
    oid = create_objective(session, unemployment())
    row = list_objectives(session, "TF", today=TODAY)[0]
    assert row.no_action and row.stale  # nothing linked, never measured
    add_value(session, oid, dt.date(2025, 11, 1), 7.5, today=TODAY)
    assert list_objectives(session, "TF", today=TODAY)[0].stale  # older than 12 months
    assert not list_objectives(session, "TF", today=TODAY, stale_months=18)[0].stale
    add_value(session, oid, dt.date(2026, 6, 30), 7.0, today=TODAY)
    assert not list_objectives(session, "TF", today=TODAY)[0].stale


def test_link_and_unlink_actions(session):
    oid = create_objective(session, unemployment())
    tf = create_meeting(session, MeetingInput(body="TF", date=dt.date(2026, 10, 6)))
    bo = create_meeting(session, MeetingInput(body="BO", date=dt.date(2026, 10, 8)))
    tf_item = add_item(session, tf, "Jobbeurs")
    bo_item = add_item(session, bo, "Fietsroutes")
    action = add_action(session, tf_item, "Jobbeurs organiseren", owner_text="VDAB")
    done = add_action(session, tf_item, "Zaal boeken", status="done")
    other = add_action(session, bo_item, "Fietspad tekenen")
    assert [a.id for a in linkable_actions(session, oid)] == [action]  # open, own body
    link_action(session, oid, action)
    detail = objective_detail(session, oid, today=TODAY)
    assert [(a.id, a.status.value) for a in detail.actions] == [(action, "open")]
    assert not detail.row.no_action and linkable_actions(session, oid) == []
    link_action(session, oid, done)  # a done action may be linked afterwards too
    with pytest.raises(ValidationError) as err:
        link_action(session, oid, other)
    assert "ander overlegorgaan" in err.value.message
    unlink_action(session, action)
    assert [a.id for a in objective_detail(session, oid).actions] == [done]
    delete_objective(session, oid)
    assert all(r.title != "Minder werkloosheid" for r in list_objectives(session))
    with pytest.raises(ValidationError):
        objective_detail(session, oid)


def pdf_text(path) -> str:
    from pypdf import PdfReader

    return "\n".join(page.extract_text() for page in PdfReader(str(path)).pages)


def test_progress_report_pdf_with_flags_chart_and_emblem(session, tmp_path):
    from spitsregio_desktop.documents.objectives_report import export_objectives_report

    oid = create_objective(session, unemployment())
    add_value(session, oid, dt.date(2026, 6, 30), 7, today=TODAY)
    create_objective(session, unemployment(title="Meer fietsers", baseline=20, target=35, unit="%"))
    out = export_objectives_report(session, "TF", tmp_path / "r.pdf", today=TODAY)
    text = pdf_text(out)
    assert "Voortgang van de doelstellingen" in text and "Pagina 1 van" in text
    assert "Minder werkloosheid" in text and "50 % van de weg" in text
    assert "Geen actie gekoppeld" in text and "Nog niet gemeten" in text
    # TF is ESF co-funded: the statement beside the emblem, in two lines
    assert "Medegefinancierd door de Europese Unie" in " ".join(text.split())
    empty = export_objectives_report(session, "BO", tmp_path / "bo.pdf", today=TODAY)
    assert "nog geen doelstellingen" in pdf_text(empty)
    assert not list(tmp_path.glob(".~*"))  # no temporary file left behind
