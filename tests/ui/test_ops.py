"""The operation gateway (ui/ops.py): sessions, threads, one message, typed change topics."""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import datetime as dt  # noqa: E402
import threading  # noqa: E402
import time  # noqa: E402

import pytest  # noqa: E402
from PySide6.QtWidgets import QApplication, QMessageBox, QProgressDialog, QWidget  # noqa: E402

from spitsregio_desktop.services.meetings import (  # noqa: E402
    MeetingInput,
    create_meeting,
    get_meeting,
    list_meetings,
)
from spitsregio_desktop.storage.errors import StorageError  # noqa: E402
from spitsregio_desktop.ui.context import Topic  # noqa: E402
from spitsregio_desktop.ui.ops import checked  # noqa: E402
from spitsregio_desktop.ui.tasks import TaskRunner  # noqa: E402


@pytest.fixture
def said(monkeypatch) -> list[str]:
    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda _p, _t, text: shown.append(text))
    return shown


def on_gui_thread() -> bool:
    return threading.current_thread() is threading.main_thread()


def test_a_write_gets_its_own_session_and_announces_its_topics_once(ctx, qtbot, said):
    heard: list[str] = []
    ctx.hub.subscribe((Topic.MEETINGS, Topic.ACTIONS), lambda: heard.append("both"))
    ctx.hub.subscribe((Topic.PEOPLE,), lambda: heard.append("people"))
    results: list[int] = []
    done = (
        ctx.ops.run(create_meeting, MeetingInput(body="BO", date="2026-12-10"))
        .changes(Topic.MEETINGS, Topic.ACTIONS)
        .then(results.append)
        .inline()
    )
    assert done and results == [done.value]
    assert heard == ["both"]  # once per operation, though it named two topics it listens to
    with ctx.session() as s:
        assert [m.id for m in list_meetings(s)] == [done.value]
    assert said == []


def test_a_refusal_is_one_dutch_message_and_changes_nothing(ctx, qtbot, said):
    heard: list[bool] = []
    followed: list[object] = []
    ctx.hub.subscribe(tuple(Topic), lambda: heard.append(True))
    done = (
        ctx.ops.run(create_meeting, MeetingInput(body="BO", date="31/02/2026"))
        .changes(Topic.MEETINGS)
        .then(followed.append)
        .inline()
    )
    assert not done and done.field == "date"
    assert said == [done.message]
    assert done.message.startswith("'31/02/2026' is geen bestaande datum")
    assert heard == [] and followed == []
    with ctx.session() as s:
        assert list_meetings(s) == []


def test_a_refusal_can_go_to_the_field_or_the_status_bar(ctx, qtbot, said):
    under_field: list[tuple[str, str | None]] = []
    ctx.ops.run(create_meeting, MeetingInput(body="XX", date="2026-12-10")).refused(
        lambda r: under_field.append((r.message, r.field))
    ).inline()
    assert under_field and under_field[0][1] == "body"
    with qtbot.waitSignal(ctx.hub.status_message) as status:
        ctx.ops.task(_broken_disk).quietly().failing_as("De back-up mislukte: %1").inline()
    assert status.args == ["De back-up mislukte: schijf vol"]
    assert said == []  # neither of them as a message box


def test_background_work_runs_off_the_gui_thread_and_its_callbacks_on_it(
    ctx, qtbot, monkeypatch, said
):
    monkeypatch.setattr(TaskRunner, "synchronous", False)
    where: dict[str, bool] = {}
    heard: list[bool] = []
    ctx.hub.subscribe((Topic.MEETINGS,), lambda: heard.append(on_gui_thread()))

    def work(session, body: str) -> int:
        where["work"] = on_gui_thread()
        return create_meeting(session, MeetingInput(body=body, date="2026-12-10"))

    def then(meeting_id: int) -> None:
        where["then"] = on_gui_thread()

    operation = ctx.ops.run(work, "TF").changes(Topic.MEETINGS).then(then).in_background()
    qtbot.waitUntil(lambda: not operation.running, timeout=10000)
    assert where == {"work": False, "then": True} and heard == [True]

    refused: list[bool] = []
    operation = (
        ctx.ops.run(get_meeting, 999)
        .refused(lambda _r: refused.append(on_gui_thread()))
        .in_background()
    )
    qtbot.waitUntil(lambda: not operation.running, timeout=10000)
    assert refused == [True]


def test_the_test_fixture_runs_background_work_inline_on_the_gui_thread(ctx, qtbot):
    assert TaskRunner.synchronous  # tests/ui/conftest.py: the one place that switches it
    where: list[bool] = []
    ctx.ops.task(lambda: where.append(on_gui_thread())).then(
        lambda _v: where.append(on_gui_thread())
    ).in_background()
    assert where == [True, True]


def test_progress_shows_only_for_slow_work_and_buttons_wait(ctx, qtbot, monkeypatch, said):
    monkeypatch.setattr(TaskRunner, "synchronous", False)
    parent = QWidget()
    qtbot.addWidget(parent)
    parent.show()
    button = QWidget(parent)
    operation = (
        ctx.ops.task(time.sleep, 1.0)
        .disabling(button)
        .in_background(parent, progress="Verslag maken…")
    )
    assert not button.isEnabled()
    qtbot.wait(700)  # past the delay: the one progress dialog of the gateway is up
    dialogs = [w for w in QApplication.topLevelWidgets() if isinstance(w, QProgressDialog)]
    assert operation.running and any(
        d.isVisible() and d.labelText() == "Verslag maken…" for d in dialogs
    )
    qtbot.waitUntil(lambda: not operation.running, timeout=10000)
    assert button.isEnabled() and operation.progress is None

    quick = ctx.ops.task(lambda: 1).in_background(parent, progress="Even…")
    qtbot.waitUntil(lambda: not quick.running, timeout=10000)
    assert not [
        w
        for w in QApplication.topLevelWidgets()
        if isinstance(w, QProgressDialog) and w.isVisible()
    ]


def test_a_storage_error_and_a_bug_in_the_background_are_said_too(ctx, qtbot, monkeypatch, said):
    ctx.ops.task(_locked).inline()
    assert said == ["It could not be done:\nThe database is in use"]
    monkeypatch.setattr(TaskRunner, "synchronous", False)
    operation = ctx.ops.task(_bug).failing_as("The document could not be made:\n%1").in_background()
    qtbot.waitUntil(lambda: not operation.running, timeout=10000)
    assert said[-1] == "The document could not be made:\nlist index out of range"


def test_an_orm_object_may_not_leave_its_session(ctx, qtbot):
    with ctx.session() as s:
        meeting_id = create_meeting(s, MeetingInput(body="BO", date="2026-12-10"))
    with pytest.raises(TypeError, match="ORM object"):
        ctx.ops.run(get_meeting, meeting_id).inline()


def test_listeners_can_skip_what_they_started_themselves(ctx, qtbot):
    view, other = QWidget(), QWidget()
    heard: list[str] = []
    ctx.hub.subscribe((Topic.OBJECTIVES,), lambda: heard.append("view"), skip_origin=view)
    ctx.ops.task(lambda: None).changes(Topic.OBJECTIVES).inline(view)
    ctx.ops.task(lambda: None).changes(Topic.OBJECTIVES).inline(other)
    assert heard == ["view"]


def test_checked_reads_what_is_typed_without_showing_anything(said):
    from spitsregio_desktop.services.parse import parse_time

    assert checked(parse_time, "09:30", "start").value == dt.time(9, 30)
    bad = checked(parse_time, "25:99", "start")
    assert not bad and bad.field == "start" and bad.message and said == []


def _broken_disk() -> None:
    raise OSError("schijf vol")


def _locked() -> None:
    raise StorageError("The database is in use")


def _bug() -> None:
    return [][1]


def test_a_view_that_is_gone_no_longer_listens(ctx, qtbot):
    from PySide6.QtCore import QCoreApplication, QEvent

    class View(QWidget):
        def __init__(self) -> None:
            super().__init__()
            self.reloads: list[bool] = []

        def refresh(self) -> None:
            self.reloads.append(self.isVisible())  # a deleted view would raise here

    view = View()
    reloads = view.reloads
    ctx.hub.subscribe((Topic.PEOPLE,), view.refresh)
    ctx.ops.task(lambda: None).changes(Topic.PEOPLE).inline()
    assert reloads == [False]
    view.deleteLater()
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    ctx.ops.task(lambda: None).changes(Topic.PEOPLE).inline()
    assert reloads == [False]
