"""The meeting list's "take along / bring back" buttons for offline minutes.

On a server database: "Take along for the meeting…" copies the selected meeting into a
laptop database file (services.checkout), and "Release…" frees a meeting whose laptop
is lost (recorded with who and why). On the laptop's database: "Bring back" writes a
meeting that came from a server back to it. The work runs off the UI thread.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QFileDialog,
    QHBoxLayout,
    QInputDialog,
    QMessageBox,
    QPushButton,
    QWidget,
)

from ... import APP_NAME
from ...services.views import MeetingDetail, MeetingRow
from ..context import AppContext


def checkout_text(meeting: MeetingDetail | MeetingRow) -> str:
    """ "Taken along … by whom, since when: read-only here", or "" when it is not."""
    if not meeting.checked_out_by:
        return ""
    since = meeting.checked_out_at.strftime("%d/%m/%Y %H:%M") if meeting.checked_out_at else "?"
    return (
        QCoreApplication.translate(
            "CheckoutButtons",
            "Taken along for offline minutes by %1 since %2: read-only here until it is brought "
            "back.",
        )
        .replace("%1", meeting.checked_out_by)
        .replace("%2", since)
    )


class CheckoutButtons(QWidget):
    def __init__(
        self,
        ctx: AppContext,
        selected: Callable[[], MeetingRow | None],
        reload: Callable[[], None],
        parent: QWidget | None = None,
    ):
        super().__init__(parent)
        self.ctx, self.selected, self.reload = ctx, selected, reload
        self.take_button = QPushButton(self.tr("Take along for the meeting…"))
        self.bring_button = QPushButton(self.tr("Bring back"))
        self.release_button = QPushButton(self.tr("Release…"))
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        for button in (self.take_button, self.bring_button, self.release_button):
            layout.addWidget(button)
        self.take_button.clicked.connect(self.take_along)
        self.bring_button.clicked.connect(self.bring_back)
        self.release_button.clicked.connect(self.release)
        self._origin: str | None = None
        self.update_for(None)

    def update_for(self, row: MeetingRow | None) -> None:
        """Show what fits the database and the selected meeting."""
        server = self.ctx.db.is_server
        self._origin = None
        if row is not None and not server:
            from ...services.checkout import laptop_origin

            origin = self.ctx.ops.run(laptop_origin, row.id).silently().inline(self)
            self._origin = origin.value if origin else None
        self.take_button.setVisible(server)
        self.release_button.setVisible(server)
        # only for a meeting taken along from a server: no idle button on every laptop
        self.bring_button.setVisible(self._origin is not None)
        taken = row is not None and bool(row.checked_out_by)
        self.take_button.setEnabled(row is not None and not taken)
        self.release_button.setEnabled(taken)
        self.bring_button.setEnabled(self._origin is not None)

    def take_along(self) -> None:
        row = self.selected()
        if row is None:
            return
        path, _ = QFileDialog.getSaveFileName(
            self, self.tr("Laptop database"), "", self.tr("SQLite database (*.sqlite)")
        )
        if not path:
            return

        def done(_laptop_id: int) -> None:
            QMessageBox.information(
                self,
                APP_NAME,
                self.tr("Taken along. Open %1 on the laptop to take the minutes.").replace(
                    "%1", path
                ),
            )
            self.reload()

        from ...services.checkout import check_out_to_file, server_name

        where = server_name(self.ctx.db.url or self.ctx.db.path)
        self.ctx.ops.run(check_out_to_file, row.id, where, path).then(done).in_background(
            self, progress=self.tr("Taking the meeting along…")
        )

    def bring_back(self) -> None:
        row, origin = self.selected(), self._origin
        if row is None or origin is None:
            return

        def done(result) -> None:
            lines = [self.tr("Brought back to %1.").replace("%1", origin), *result.warnings]
            QMessageBox.information(self, APP_NAME, "\n\n".join(lines))
            self.reload()

        from ...services.checkout import check_in_to_origin

        self.ctx.ops.run(check_in_to_origin, row.id).then(done).in_background(
            self, progress=self.tr("Bringing the meeting back…")
        )

    def release(self) -> None:
        row = self.selected()
        if row is None:
            return
        reason, ok = QInputDialog.getText(
            self,
            self.tr("Release a meeting taken along"),
            self.tr("Why? (recorded; a later bring-back from that laptop is refused)"),
        )
        if not ok:
            return
        from ...services.checkout import release_by_me

        if self.ctx.ops.run(release_by_me, row.id, reason).inline(self):
            self.reload()
