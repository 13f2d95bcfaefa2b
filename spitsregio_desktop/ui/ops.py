"""The operation gateway: the one way a widget calls the program (after Anki's CollectionOp
and QueryOp, qt/aqt/operations/, and Picard's run_task).

A widget says what to run, what it changes and what follows; the gateway does the rest::

    self.ctx.ops.run(actions.set_status, row.id, ActionStatus.OPEN) \\
        .changes(Topic.ACTIONS).then(lambda _: self.select_action(row.id)).inline(self)

    self.ctx.ops.run(export_document, meeting_id, "minutes", "pdf", out) \\
        .then(self.show_saved).in_background(self, progress=self.tr("Making the minutes…"))

What the gateway does, so that no widget does it:

- **one short session per operation**: `run(fn, *args)` calls `fn(session, *args)` in a
  session of its own (`Database.session()`), closed before any callback runs, so a refusal
  leaves nothing half-written. `task(fn, *args)` is the same without a session (file work
  such as a backup).
- **where it runs**: `.inline(parent)` on the GUI thread, for fast work (autosave of a
  field, a button's write, a read for a dialog), and returns an `Outcome`;
  `.in_background(parent, progress=…)` in the thread pool behind one progress dialog,
  which only appears when the work takes longer than PROGRESS_DELAY_MS.
- **one message for a refusal**: a `ValidationError` (the services' Dutch sentence), a
  `StorageError` or an `OSError` becomes one message in one style: a message box
  (`QMessageBox.warning(parent, APP_NAME, text)`), or the status bar with `.quietly()`,
  or the caller's own place with `.refused(show)` (a red line under the field), or nothing
  with `.silently()` (the caller reads the Outcome). A refusal never escapes a Qt slot.
- **what changed**: after success the typed topics of `.changes(…)` go to `ctx.hub`, once
  per operation; only the gateway publishes. Then `.then(result)` runs.

Threads: what `run()` is given runs in a worker thread when in the background, so it may
not touch a QWidget, a Qt model or QSettings; it must return plain data (the services'
dataclasses, numbers, paths), never an ORM object: those stay in their session, which is
closed when the result leaves (an ORM object as a result raises TypeError). Every callback
(`then`, `refused`, the hub's listeners, closing the progress dialog) runs on the GUI
thread. Tests run background work inline by setting `TaskRunner.synchronous` (one fixture,
tests/ui/conftest.py).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any, Generic, TypeVar

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QMessageBox, QProgressDialog, QWidget

from .. import APP_NAME
from ..services.errors import ConflictError, ValidationError
from ..storage.errors import StorageError
from .common.conflict import ShownRow, show_conflict
from .common.forms import sentence
from .context import Changes, Topic

if TYPE_CHECKING:
    from .context import AppContext

T = TypeVar("T")
PROGRESS_DELAY_MS = 300  # quicker work shows no dialog at all
REFUSALS = (ValidationError, StorageError, OSError)  # said to the person; others are bugs


def tr(text: str) -> str:
    return QCoreApplication.translate("Operations", text)


@dataclass(frozen=True)
class Outcome(Generic[T]):
    """How an operation ended: true when done; else the Dutch message (and the field)."""

    ok: bool
    value: T | None = None
    message: str = ""
    field: str | None = None
    stale: bool = False  # refused: someone else changed the row since it was shown

    def __bool__(self) -> bool:
        return self.ok


def checked(fn: Callable[..., T], *args: Any, **kwargs: Any) -> Outcome[T]:
    """A check without the database (parsing what is being typed, e.g. a Dutch due date):
    the value, or the Dutch message of the ValidationError; nothing is shown."""
    try:
        return Outcome(True, fn(*args, **kwargs))
    except ValidationError as exc:
        return Outcome(False, None, exc.message, exc.field)


class Operation(Generic[T]):
    """One call into the program, described by chained calls and started by inline() or
    in_background(); see the module's docstring."""

    def __init__(
        self, ops: Operations, fn: Callable[..., T], args: tuple, kwargs: dict, with_session: bool
    ):
        self._ops, self._fn, self._args, self._kwargs = ops, fn, args, kwargs
        self._with_session = with_session
        self._topics: frozenset[Topic] = frozenset()
        self._then: Callable[[T], object] | None = None
        self._refused: Callable[[Outcome[T]], object] | None = None
        self._quiet = False
        self._failure = tr("It could not be done:\n%1")
        self._disabled: tuple[QWidget, ...] = ()
        self._shown: ShownRow | None = None
        self._mine: dict[str, object] = {}
        self._adopt: Callable[[dict], object] | None = None
        self._unseen = False  # saved on a version with changes the form has not shown
        self._decided_on: int | None = None
        self.running = False
        self.progress: QProgressDialog | None = None

    # ------------------------------------------------------------ describing

    def changes(self, *topics: Topic) -> Operation[T]:
        self._topics = frozenset(topics)
        return self

    def then(self, callback: Callable[[T], object]) -> Operation[T]:
        self._then = callback
        return self

    def refused(self, show: Callable[[Outcome[T]], object]) -> Operation[T]:
        """Show a refusal in the caller's own place (e.g. under the field it names)."""
        self._refused = show
        return self

    def quietly(self) -> Operation[T]:
        """A refusal goes to the status bar (work the person did not ask for just now)."""
        self._quiet = True
        return self

    def silently(self) -> Operation[T]:
        """Nothing is shown; the caller reads the Outcome (e.g. a meeting deleted meanwhile)."""
        return self.refused(lambda _outcome: None)

    def failing_as(self, template: str) -> Operation[T]:
        """The text for a failure that is not a ValidationError, with %1 for the reason."""
        self._failure = template
        return self

    def disabling(self, *widgets: QWidget) -> Operation[T]:
        """Disable these (e.g. the buttons that start such work) while it runs."""
        self._disabled = widgets
        return self

    def versioned(
        self, shown: ShownRow, adopt: Callable[[dict], object] | None = None, **mine: object
    ) -> Operation[T]:
        """A save of a row someone else may be editing too: `fn` gets the row_version
        the form showed (`shown.version`) as `expected_version` and returns the new one.
        `mine`: the values this save writes. When someone else saved the row meanwhile
        but left these fields alone, it is saved again on their version; when they changed
        one of them, the conflict dialog shows their text beside `mine`, nothing is
        written, and `adopt(their values of these fields)` lets the form show theirs."""
        self._shown, self._adopt, self._mine = shown, adopt, dict(mine)
        return self

    def decided_on(self, version: int) -> Operation[T]:
        """A decision on a row as the window showed it (close, postpone, reassign an
        action): `fn` gets `expected_version=version`. When someone else changed the row
        meanwhile there is no text to set beside theirs: the service's Dutch message in
        a message box, the views reload (the topics of .changes) to show what is there
        now, and the Outcome is `stale` (a dialog that asked for it closes)."""
        self._decided_on = version
        return self

    # ------------------------------------------------------------ running

    def inline(self, parent: QWidget | None = None) -> Outcome[T]:
        """Run now on the GUI thread; the Outcome says how it went (already shown)."""
        try:
            value = self._work()
        except REFUSALS as exc:
            return self._fail(parent, exc)
        return self._succeed(parent, value)

    def in_background(
        self, parent: QWidget | None = None, progress: str | None = None
    ) -> Operation[T]:
        """Run in the thread pool; the callbacks follow on the GUI thread."""
        self.running = True
        for widget in self._disabled:
            widget.setEnabled(False)
        if progress is not None:
            self.progress = _progress_dialog(parent, progress)
        self._ops.ctx.tasks.run(
            self._work,
            lambda value: self._done(parent, value),
            lambda exc: self._done(parent, None, exc),
        )
        return self

    def _work(self) -> T:
        """The call itself: in a worker thread when in the background (no widgets here)."""
        if self._decided_on is not None:
            value = self._call({**self._kwargs, "expected_version": self._decided_on})
        elif self._shown is None:
            value = self._call(self._kwargs)
        else:
            try:
                value = self._call({**self._kwargs, "expected_version": self._shown.version})
            except ConflictError as exc:
                if not self._shown.untouched(exc.current, self._mine):
                    raise
                # they changed other fields of the row: this save still stands on theirs
                value = self._call({**self._kwargs, "expected_version": exc.version})
                # their other changes are not on screen yet: a later save of those fields
                # must still be checked against them, so the form keeps its version
                base = self._shown.base
                self._unseen = any(
                    name not in base or base[name] != current
                    for name, current in exc.current.items()
                    if name not in self._mine
                )
        sample = value[0] if isinstance(value, list | tuple) and value else value
        if hasattr(sample, "_sa_instance_state"):  # mapped: without importing the ORM
            raise TypeError(f"{self._fn.__name__} returned an ORM object; return plain data")
        return value

    def _call(self, kwargs: dict) -> T:
        if self._with_session:
            with self._ops.ctx.db.session() as session:
                return self._fn(session, *self._args, **kwargs)
        return self._fn(*self._args, **kwargs)

    def _done(self, parent: QWidget | None, value: Any, exc: Exception | None = None) -> None:
        self.running = False
        if self.progress is not None:
            self.progress.close()
            self.progress.deleteLater()
            self.progress = None
        for widget in self._disabled:
            widget.setEnabled(True)
        if exc is None:
            self._succeed(parent, value)
        else:
            self._fail(parent, exc)  # in the background every failure is said, bugs too

    def _succeed(self, parent: QWidget | None, value: T) -> Outcome[T]:
        if self._shown is not None and isinstance(value, int):
            if self._unseen:
                self._shown.seen(**self._mine)
            else:
                self._shown.saved(value, self._mine)  # the next save passes this version
        self._ops.ctx.hub.publish(Changes(self._topics, parent))
        if self._then is not None:
            self._then(value)
        return Outcome(True, value)

    def _fail(self, parent: QWidget | None, exc: Exception) -> Outcome[T]:
        if isinstance(exc, ConflictError) and self._decided_on is not None:
            QMessageBox.warning(parent, APP_NAME, sentence(exc.message))
            self._ops.ctx.hub.publish(Changes(self._topics, parent))  # show theirs
            return Outcome(False, None, sentence(exc.message), exc.field, stale=True)
        if isinstance(exc, ConflictError):
            return self._conflict(parent, exc)
        if isinstance(exc, ValidationError):
            outcome: Outcome[T] = Outcome(False, None, sentence(exc.message), exc.field)
        else:
            outcome = Outcome(False, None, self._failure.replace("%1", str(exc)))
        if self._refused is not None:
            self._refused(outcome)
        elif self._quiet:
            self._ops.ctx.hub.status_message.emit(outcome.message)
        else:
            QMessageBox.warning(parent, APP_NAME, outcome.message)
        return outcome

    def _conflict(self, parent: QWidget | None, exc: ConflictError) -> Outcome[T]:
        """Someone else saved first: always the dialog with their text (a red line or the
        status bar could not show it), then the form shows what is in the database."""
        show_conflict(parent, exc, self._mine)
        theirs = {name: exc.current[name] for name in self._mine if name in exc.current}
        if self._shown is not None:
            self._shown.seen(**theirs)  # what the form shows now, from their version
        if self._adopt is not None:
            self._adopt(theirs)
        return Outcome(False, None, sentence(exc.message), exc.field)


class Operations:
    """`ctx.ops`: makes Operations for the widgets of one window."""

    def __init__(self, ctx: AppContext):
        self.ctx = ctx

    def run(self, fn: Callable[..., T], *args: Any, **kwargs: Any) -> Operation[T]:
        """`fn(session, *args, **kwargs)` in a short session of its own."""
        return Operation(self, fn, args, kwargs, with_session=True)

    def task(self, fn: Callable[..., T], *args: Any, **kwargs: Any) -> Operation[T]:
        """`fn(*args, **kwargs)` without a session: file work such as a backup."""
        return Operation(self, fn, args, kwargs, with_session=False)

    def others_changed(self, topics: frozenset[Topic]) -> None:
        """What others changed on a shared database (seen by ui/watcher.py): the views
        showing it reload as after an operation of this window."""
        self.ctx.hub.publish(Changes(frozenset(topics), None))
        if topics:
            self.ctx.hub.others_changed.emit(frozenset(topics))


def _progress_dialog(parent: QWidget | None, text: str) -> QProgressDialog:
    dialog = QProgressDialog(text, "", 0, 0, parent)
    dialog.setCancelButton(None)  # rendering or copying cannot be interrupted halfway
    dialog.setWindowTitle(APP_NAME)
    dialog.setWindowModality(Qt.WindowModality.WindowModal)
    dialog.setMinimumDuration(PROGRESS_DELAY_MS)
    dialog.setValue(0)  # starts the timer that shows the dialog if the work takes long
    return dialog
