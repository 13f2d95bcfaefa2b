"""Names for screen readers (NVDA): every control says what it is, in Dutch.

A control is named where it is built when nothing on screen names it (a list, a date
field without a label). Everything else gets, when it is first shown, the name a sighted
user reads next to it: its label (a buddy, the form row's label, the label left of it in
a grid), else its placeholder, else its tooltip, else the tab or page it fills.
One application-wide filter does this, so a new dialog cannot forget it.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractSpinBox,
    QApplication,
    QComboBox,
    QFormLayout,
    QGridLayout,
    QGroupBox,
    QHeaderView,
    QLabel,
    QLayout,
    QLineEdit,
    QPlainTextEdit,
    QTabBar,
    QTabWidget,
    QTextEdit,
    QWidget,
)

INTERACTIVE = (QAbstractButton, QLineEdit, QComboBox, QAbstractSpinBox, QAbstractItemView,
               QPlainTextEdit, QTextEdit)
PAGE_TITLE = "page_title"  # a page's property: its title in the navigation


def plain(text: str) -> str:
    """A label's text as read: without the mnemonic &, the colon and the dots."""
    text = text.replace("&&", "\0").replace("&", "").replace("\0", "&")
    return text.strip().rstrip(":").rstrip("…").strip()


def _buddy_label(widget: QWidget) -> str:
    for label in widget.window().findChildren(QLabel):
        if label.buddy() is widget and label.text():
            return plain(label.text())
    return ""


def _layout_label(widget: QWidget) -> str:
    """The label in the widget's form row, or left of it in a grid."""
    parent = widget.parentWidget()
    layouts: list[QLayout] = [parent.layout()] if parent and parent.layout() else []
    while layouts:
        layout = layouts.pop()
        if isinstance(layout, QFormLayout):
            label = layout.labelForField(widget)
            if isinstance(label, QLabel) and label.text():
                return plain(label.text())
        if isinstance(layout, QGridLayout):
            index = layout.indexOf(widget)
            if index >= 0:
                row, column, _, _ = layout.getItemPosition(index)
                left = layout.itemAtPosition(row, column - 1) if column else None
                if left is not None and isinstance(left.widget(), QLabel):
                    return plain(left.widget().text())
        for i in range(layout.count()):
            child = layout.itemAt(i).layout()
            if child is not None:
                layouts.append(child)
    return ""


def _surroundings(widget: QWidget) -> str:
    """The group box, tab or page the control lies in."""
    child, parent = widget, widget.parentWidget()
    while parent is not None:
        if isinstance(parent, QGroupBox) and parent.title():
            return plain(parent.title())
        if isinstance(parent, QTabWidget):
            index = parent.indexOf(child)
            if index >= 0:
                return plain(parent.tabText(index))
        title = parent.property(PAGE_TITLE)
        if title:
            return plain(str(title))
        child, parent = parent, parent.parentWidget()
    return ""


def name_for(widget: QWidget) -> str:
    """The name a screen reader should say for `widget` (empty: it has one)."""
    if widget.accessibleName():
        return ""
    if isinstance(widget, QAbstractButton) and widget.text():
        return ""  # Qt reads the button's own text
    for find in (_buddy_label, _layout_label):
        name = find(widget)
        if name:
            return name
    placeholder = getattr(widget, "placeholderText", None)
    if placeholder and placeholder():
        return plain(placeholder())
    if widget.toolTip():
        return plain(widget.toolTip().split("\n")[0])
    return _surroundings(widget)


def name_controls(root: QWidget) -> None:
    """Name every unnamed control under `root` (and `root` itself)."""
    for widget in [root, *root.findChildren(QWidget)]:
        _name(widget)


def _name(widget: QObject) -> None:
    if not isinstance(widget, INTERACTIVE) or isinstance(widget, QHeaderView):
        return
    if isinstance(widget.parentWidget(), QComboBox | QAbstractSpinBox | QLineEdit | QTabBar):
        return  # part of another control, which is named
    name = name_for(widget)  # type: ignore[arg-type]
    if name:
        widget.setAccessibleName(name)  # type: ignore[union-attr]


class _NameOnShow(QObject):
    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Show and isinstance(watched, INTERACTIVE):
            _name(watched)
        return False


def install(app: QApplication) -> None:
    """Name controls as they are first shown, in every window of the application."""
    if app.property("accessible_names_installed"):
        return
    name_on_show = _NameOnShow(app)
    app.installEventFilter(name_on_show)
    app.setProperty("accessible_names_installed", True)
