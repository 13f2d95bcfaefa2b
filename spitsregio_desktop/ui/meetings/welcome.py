"""The first start's welcome panel above the meeting list: the three first steps.

A new user sees what to do first (the secretariat's details, the members, the first
meeting), each ticked off from the database (services.first_start) as it gets done; the
panel goes away once all three are. The steps' texts are the service's (Dutch, as the
documents); the buttons lead to the page or dialog that does the step.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtWidgets import QFrame, QGridLayout, QLabel, QPushButton, QWidget

from ..context import AppContext

if TYPE_CHECKING:
    from ...services.first_start import FirstStep

PAGES = {"secretariat": 6, "members": 1}  # the main window's pages for those steps


class WelcomePanel(QFrame):
    def __init__(
        self, ctx: AppContext, new_meeting: Callable[[], object], parent: QWidget | None = None
    ):
        super().__init__(parent)
        self.ctx, self.new_meeting = ctx, new_meeting
        self.setObjectName("welcome_panel")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.grid = QGridLayout(self)
        self.title = QLabel(self.tr("Welcome. Three first steps:"))
        self.title.setStyleSheet("font-weight: bold;")
        self.grid.addWidget(self.title, 0, 0, 1, 3)
        self.rows: dict[str, tuple[QLabel, QLabel, QPushButton]] = {}
        texts = {
            "secretariat": self.tr("Open Settings"),
            "members": self.tr("Open Members"),
            "meeting": self.tr("New meeting…"),
        }
        for n, key in enumerate(("secretariat", "members", "meeting"), start=1):
            mark, text = QLabel(), QLabel()
            text.setWordWrap(True)
            button = QPushButton(texts[key])
            button.clicked.connect(lambda _=False, k=key: self.go(k))
            self.grid.addWidget(mark, n, 0)
            self.grid.addWidget(text, n, 1)
            self.grid.addWidget(button, n, 2)
            self.rows[key] = (mark, text, button)
        self.grid.setColumnStretch(1, 1)

    def refresh(self) -> None:
        from ...services.first_start import first_steps  # the ORM: after the window shows

        steps = self.ctx.ops.run(first_steps).silently().inline(self)
        if not steps:
            self.hide()
            return
        self.show_steps(steps.value or [])

    def show_steps(self, steps: list[FirstStep]) -> None:
        for n, step in enumerate(steps, start=1):
            mark, text, button = self.rows[step.key]
            mark.setText("✓" if step.done else f"{n}.")
            text.setText(f"<b>{step.title}</b> – {step.hint}")
            text.setEnabled(not step.done)
            button.setEnabled(not step.done)
        self.setVisible(not all(s.done for s in steps))

    def go(self, key: str) -> None:
        if key == "meeting":
            self.new_meeting()
            return
        window = self.window()
        if hasattr(window, "show_view"):
            window.show_view(PAGES[key])
