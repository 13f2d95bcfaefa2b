"""F1: every keyboard shortcut, grouped by screen, from the one table in shortcuts.py."""

from __future__ import annotations

from html import escape

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QTextBrowser, QVBoxLayout, QWidget

from .shortcuts import SHORTCUTS


def tr(text: str) -> str:
    return QCoreApplication.translate("HelpDialog", text)


def shortcuts_html() -> str:
    groups: dict[str, list[tuple[str, str]]] = {}
    for s in SHORTCUTS.values():
        key = s.sequence().toString(QKeySequence.SequenceFormat.NativeText)
        groups.setdefault(s.where, []).append((key, s.label()))
    parts = [f"<h2>{escape(tr('Keyboard shortcuts'))}</h2>"]
    for where, rows in groups.items():
        parts.append(f"<h3>{escape(QCoreApplication.translate('Shortcuts', where))}</h3>")
        parts.append("<table cellpadding='3'>")
        parts += [f"<tr><td><b>{escape(k)}</b></td><td>{escape(d)}</td></tr>" for k, d in rows]
        parts.append("</table>")
    return "".join(parts)


class HelpDialog(QDialog):
    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setWindowTitle(tr("Keyboard shortcuts"))
        self.resize(520, 640)
        self.browser = QTextBrowser()
        self.browser.setHtml(shortcuts_html())
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.browser)
        layout.addWidget(buttons)
