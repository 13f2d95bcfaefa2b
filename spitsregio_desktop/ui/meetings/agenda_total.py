"""The total line under the agenda tree: items, planned time, when the meeting then ends."""

from __future__ import annotations

import datetime as dt

from PySide6.QtWidgets import QLabel, QWidget

from ...services.views import MeetingDetail
from ..look import css
from .agenda_tree import duration_text


class AgendaTotal(QLabel):
    """'7 items · 50 min · ends at 09:50 (planned end 11:00)', in the warning colour when
    the agenda runs past the planned end."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("agenda_total")

    def show_total(self, detail: MeetingDetail | None) -> None:
        if detail is None:
            self.setText("")
            return
        count = len(detail.items)
        minutes = sum(r.duration_minutes for r in detail.items)
        parts = [
            self.tr("1 item") if count == 1 else self.tr("%1 items").replace("%1", str(count)),
            duration_text(minutes),
        ]
        late = False
        if detail.start_time is not None:
            start = dt.datetime.combine(detail.date, detail.start_time)
            ends = start + dt.timedelta(minutes=minutes)
            text = self.tr("ends at %1").replace("%1", f"{ends:%H:%M}")
            if detail.end_time is not None:
                planned = dt.datetime.combine(detail.date, detail.end_time)
                text += " " + self.tr("(planned end %1)").replace("%1", f"{planned:%H:%M}")
                late = ends > planned
            parts.append(text)
        self.setText(" · ".join(parts))
        self.setStyleSheet(css("error") + " font-weight: bold;" if late else "")
        self.setToolTip(
            self.tr("The agenda runs past the planned end of the meeting.") if late else ""
        )
