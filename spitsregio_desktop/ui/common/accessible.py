"""Names for screen readers (NVDA): every control says what it is, in Dutch; and hints
that are read whole.

A control is named where it is built when nothing on screen names it (a list, a date
field without a label). Everything else gets, when it is first shown, the name a sighted
user reads next to it: its label (a buddy, the form row's label, the label left of it in
a grid), else its placeholder, else its tooltip, else the tab or page it fills.
One application-wide filter does this, so a new dialog cannot forget it.
"""

from __future__ import annotations

import logging

import shiboken6
from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractSpinBox,
    QApplication,
    QBoxLayout,
    QComboBox,
    QDialog,
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

INTERACTIVE = (
    QAbstractButton,
    QLineEdit,
    QComboBox,
    QAbstractSpinBox,
    QAbstractItemView,
    QPlainTextEdit,
    QTextEdit,
)
PAGE_TITLE = "page_title"
# the layouts that put a label beside a field (not stacks and tabs, which hold pages)
FIELD_LAYOUTS = (QBoxLayout, QFormLayout, QGridLayout)

log = logging.getLogger(__name__)


def plain(text: str) -> str:
    """A label's text as read: without the mnemonic &, the colon and the dots."""
    text = text.replace("&&", "\0").replace("&", "").replace("\0", "&")
    return text.strip().rstrip(":").rstrip("…").strip()


def _buddy_label(widget: QWidget) -> str:
    for label in widget.window().findChildren(QLabel):
        # a dialog being built or torn down may list a label whose C++ side is gone
        if shiboken6.isValid(label) and label.buddy() is widget and label.text():
            return plain(label.text())
    return ""


def _layouts_of(widget: QWidget) -> list[QLayout]:
    """Every layout (nested too) of the widget's parent: one of them holds the widget."""
    parent = widget.parentWidget()
    top = parent.layout() if parent is not None else None
    found, todo = [], [top] if isinstance(top, FIELD_LAYOUTS) else []
    while todo:
        layout = todo.pop()
        found.append(layout)
        for i in range(layout.count()):
            child = layout.itemAt(i).layout()
            if isinstance(child, FIELD_LAYOUTS):
                todo.append(child)
    return found


def _label_beside(field: QWidget) -> str:
    """The label of `field`'s form row, left of it in a grid, or right after it in a row
    (a short word such as "for" after a number field)."""
    for layout in _layouts_of(field):
        if isinstance(layout, QFormLayout):
            label = layout.labelForField(field)
            if isinstance(label, QLabel) and label.text():
                return plain(label.text())
        index = layout.indexOf(field)
        if index < 0:
            continue
        if isinstance(layout, QGridLayout):
            row, column, _, _ = layout.getItemPosition(index)
            left = layout.itemAtPosition(row, column - 1) if column else None
            if left is not None and isinstance(left.widget(), QLabel):
                return plain(left.widget().text())
        elif isinstance(layout, QBoxLayout):
            before = layout.itemAt(index - 1).widget() if index else None
            if isinstance(before, QLabel) and before.text().rstrip().endswith(":"):
                return plain(before.text())
            # a short word after a small field ("21 for"), never a paragraph after a list
            after = layout.itemAt(index + 1).widget() if index + 1 < layout.count() else None
            if (
                isinstance(field, QLineEdit | QAbstractSpinBox)
                and isinstance(after, QLabel)
                and 0 < len(after.text()) <= 20
                and not after.buddy()
            ):
                return plain(after.text())
    return ""


def _layout_label(widget: QWidget) -> str:
    """The label beside the widget, or beside the box it sits in (a form row's field is
    often a small box holding the control and its error line)."""
    parts: list[str] = []
    field: QWidget | None = widget
    for _ in range(3):
        if field is None or field.isWindow():
            break
        label = _label_beside(field)
        if label:
            parts.insert(0, label)
            if isinstance(field.parentWidget(), QWidget) and field is widget:
                field = field.parentWidget()
                continue
            break
        field = field.parentWidget()
    return ": ".join(dict.fromkeys(parts))


def _surroundings(widget: QWidget) -> str:
    """The group box, tab or page the control lies in."""
    parent = widget.parentWidget()
    while parent is not None:
        if isinstance(parent, QGroupBox) and parent.title():
            return plain(parent.title())
        if isinstance(parent, QTabWidget):
            for index in range(parent.count()):
                page = parent.widget(index)
                if page is widget or page.isAncestorOf(widget):
                    return plain(parent.tabText(index))
        title = parent.property(PAGE_TITLE)
        if title:
            return plain(str(title))
        parent = parent.parentWidget()
    window = widget.window()  # a dialog's list or text: the dialog's title says what it is
    return plain(window.windowTitle()) if isinstance(window, QDialog) else ""


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


def tab_in_reading_order(root: QWidget) -> None:
    """Chain the controls of a form for Tab as they read: line by line, left to right
    (a dialog that adds its fields after its OK/Cancel buttons would start at Cancel)."""
    window = root.window()
    if window.layout() is not None:
        window.layout().activate()  # places known before the first paint
    fields = [
        w
        for w in root.findChildren(QWidget)
        if isinstance(w, INTERACTIVE)
        and not isinstance(w, QHeaderView)
        and w.isVisibleTo(window)
        and w.focusPolicy() & Qt.FocusPolicy.TabFocus
        and not isinstance(w.parentWidget(), QComboBox | QAbstractSpinBox | QLineEdit)
    ]

    def place(w: QWidget) -> tuple[int, int]:
        corner = w.mapTo(window, w.rect().topLeft())
        return corner.y() + w.height() // 2, corner.x()

    placed = sorted(fields, key=place)
    lines: list[list[QWidget]] = []
    for w in placed:  # one line: centres within half a control's height of each other
        if lines and abs(place(w)[0] - place(lines[-1][0])[0]) < w.height() // 2 + 1:
            lines[-1].append(w)
        else:
            lines.append([w])
    ordered = [w for line in lines for w in sorted(line, key=lambda w: place(w)[1])]
    for before, after in zip(ordered, ordered[1:], strict=False):
        QWidget.setTabOrder(before, after)
    focused = window.focusWidget()
    if ordered and (focused is None or isinstance(focused, QAbstractButton)):
        ordered[0].setFocus()  # the form opens on its first field, not on OK


HINT_WIDTH_CAP = 420  # px: a longer hint is a sentence, and belongs in a label


def hint_fits(edit: QLineEdit) -> None:
    """A field at least as wide as its hint ("15/1, 15 jan, next Friday…"), so the hint is
    read whole: its text, the frame and margins, and the clear button if it has one."""
    hint = edit.placeholderText()
    if not hint or isinstance(edit.parentWidget(), QComboBox | QAbstractSpinBox):
        return
    margins = edit.textMargins()
    need = edit.fontMetrics().horizontalAdvance(hint) + 14 + margins.left() + margins.right()
    if edit.isClearButtonEnabled():
        need += edit.sizeHint().height()
    if edit.minimumWidth() < need:
        edit.setMinimumWidth(min(need, HINT_WIDTH_CAP))


class _NameOnShow(QObject):
    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Show and isinstance(watched, INTERACTIVE):
            try:
                _name(watched)
                if isinstance(watched, QLineEdit):
                    hint_fits(watched)
            except Exception:  # noqa: BLE001 - an exception leaving an event filter ends
                # the whole program (PySide6); a control without a name is the lesser harm
                log.debug("naming %s failed", type(watched).__name__, exc_info=True)
        return False


def install(app: QApplication) -> None:
    """Name controls as they are first shown, in every window of the application."""
    if app.property("accessible_names_installed"):
        return
    name_on_show = _NameOnShow(app)
    app.installEventFilter(name_on_show)
    app.setProperty("accessible_names_installed", True)
