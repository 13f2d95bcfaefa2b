"""What the window walk checks on one page: each returns Dutch findings, empty when fine."""

from __future__ import annotations

import os
import sys

from PySide6.QtCore import QRect, Qt
from PySide6.QtGui import QAccessible
from PySide6.QtWidgets import (
    QAbstractItemView,
    QAbstractScrollArea,
    QAbstractSpinBox,
    QCheckBox,
    QComboBox,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QScrollBar,
    QStyle,
    QStyleOptionComboBox,
    QTabBar,
    QWidget,
)

from spitsregio_desktop.ui.common.accessible import INTERACTIVE  # noqa: E402 - the same kinds


def shown_text(text: str) -> str:
    """What a label or tab shows: a single & marks a mnemonic, && is one &."""
    return text.replace("&&", "\0").replace("&", "").replace("\0", "&")


def shown(widget: QWidget) -> bool:
    return widget.isVisible() and widget.width() > 0 and widget.height() > 0


def inside_scroll_area(widget: QWidget, root: QWidget) -> bool:
    parent = widget.parentWidget()
    while parent is not None and parent is not root.window():
        if isinstance(parent, QAbstractScrollArea) and parent is not widget:
            return True
        parent = parent.parentWidget()
    return False


def describe(widget: QWidget) -> str:
    text = ""
    for getter in ("text", "placeholderText", "accessibleName", "objectName"):
        value = getattr(widget, getter, None)
        value = value() if callable(value) else ""
        if value:
            text = value
            break
    parent = widget.parentWidget()
    return f"{type(widget).__name__} '{text[:40]}' in {type(parent).__name__}"


def controls(root: QWidget, kinds=INTERACTIVE) -> list[QWidget]:
    found = [w for w in root.findChildren(QWidget) if isinstance(w, kinds) and shown(w)]
    # scroll bars, and the line edit inside a combo or spin box, are part of another control
    return [
        w
        for w in found
        if not isinstance(w, QScrollBar | QHeaderView)
        and not isinstance(w.parentWidget(), QComboBox | QAbstractSpinBox | QLineEdit)
    ]


def fit_findings(root: QWidget, page: str) -> list[str]:
    """Every control outside a scroll area lies wholly inside the window."""
    window = root.window()
    area = window.rect()
    out = []
    for widget in controls(root):
        if inside_scroll_area(widget, root) or isinstance(widget, QScrollBar):
            continue
        rect = QRect(widget.mapTo(window, widget.rect().topLeft()), widget.size())
        if not area.contains(rect) or widget.visibleRegion().isEmpty():
            out.append(
                f"{page}: {describe(widget)} valt buiten het venster ({rect.x()},"
                f"{rect.y()} {rect.width()}×{rect.height()} in {area.width()}×"
                f"{area.height()})"
            )
    return out


def list_findings(root: QWidget, page: str) -> list[str]:
    """Lists without a horizontal scroll bar, no column narrower than its title."""
    out = []
    for view in root.findChildren(QAbstractItemView):
        if not shown(view):
            continue
        if view.horizontalScrollBar().isVisible():
            out.append(f"{page}: lijst {describe(view)} heeft een horizontale schuifbalk")
        header = getattr(view, "horizontalHeader", None) or getattr(view, "header", None)
        if header is None or not header().isVisible() or view.model() is None:
            continue
        header = header()
        for section in range(header.count()):
            if header.isSectionHidden(section):
                continue
            title = str(view.model().headerData(section, Qt.Orientation.Horizontal) or "")
            need = header.fontMetrics().horizontalAdvance(title) + 8
            if header.sectionSize(section) < need:
                out.append(
                    f"{page}: kolom '{title}' is smaller ({header.sectionSize(section)}"
                    f") dan haar titel ({need})"
                )
    return out


def _label_clipped(label: QLabel) -> bool:
    if label.wordWrap() or not label.text() or label.pixmap() and not label.pixmap().isNull():
        return False
    if label.textFormat() == Qt.TextFormat.RichText or "<" in label.text():
        return label.sizeHint().width() > label.width() + 1
    metrics = label.fontMetrics()
    lines = shown_text(label.text()).split("\n")
    widest = max(metrics.horizontalAdvance(line) for line in lines)
    return widest > label.contentsRect().width() - 2 * label.margin() - label.indent() + 1


def _combo_field(combo: QComboBox) -> int:
    option = QStyleOptionComboBox()
    combo.initStyleOption(option)
    rect = combo.style().subControlRect(
        QStyle.ComplexControl.CC_ComboBox, option, QStyle.SubControl.SC_ComboBoxEditField, combo
    )
    return rect.width() - (
        combo.iconSize().width() + 4 if not combo.itemIcon(combo.currentIndex()).isNull() else 0
    )


def clip_findings(root: QWidget, page: str) -> list[str]:
    """Text wider than the widget showing it, unless shortened on purpose (a tooltip)."""
    out = []
    for widget in root.findChildren(QWidget):
        if not shown(widget) or isinstance(widget, QLabel) and widget.toolTip():
            continue  # a label elided on purpose shows its whole text as a tooltip
        text, need, room = "", 0, 1 << 30
        if isinstance(widget, QLabel):
            if _label_clipped(widget):
                text, need, room = widget.text(), widget.sizeHint().width(), widget.width()
        elif isinstance(widget, QPushButton | QCheckBox):
            if widget.text() and widget.sizeHint().width() > widget.width() + 1:
                text, need, room = widget.text(), widget.sizeHint().width(), widget.width()
        elif isinstance(widget, QComboBox):
            field = _combo_field(widget)
            metrics = widget.fontMetrics()
            current = widget.currentText()
            if current and metrics.horizontalAdvance(current) > field + 1:
                text, need, room = current, metrics.horizontalAdvance(current), field
        elif isinstance(widget, QLineEdit) and not widget.text() and widget.placeholderText():
            margins = widget.textMargins()
            room = widget.contentsRect().width() - margins.left() - margins.right() - 4
            if widget.isClearButtonEnabled():
                room -= widget.height() - 4
            if not isinstance(widget.parentWidget(), QComboBox | QAbstractSpinBox):
                need = widget.fontMetrics().horizontalAdvance(widget.placeholderText())
                text = widget.placeholderText() if need > room else ""
        if text:
            out.append(
                f"{page}: {type(widget).__name__} '{text[:60]}' is afgesneden "
                f"({need} px tekst in {room} px)"
            )
    for bar in root.findChildren(QTabBar):
        if shown(bar):
            for index in range(bar.count()):
                text = shown_text(bar.tabText(index))
                if text and "…" not in text:
                    rect = bar.tabRect(index)
                    need = bar.fontMetrics().horizontalAdvance(text)
                    if need > rect.width() - 8:
                        out.append(f"{page}: tab '{bar.tabText(index)}' is afgesneden")
    return out


def accessible_name(widget: QWidget) -> str:
    interface = QAccessible.queryAccessibleInterface(widget)
    if interface is None or not interface.isValid():
        return widget.accessibleName()
    return interface.text(QAccessible.Text.Name) or ""


def name_findings(root: QWidget, page: str) -> list[str]:
    """Every interactive control has a name a screen reader says (own, buddy or text)."""
    out = []
    for widget in controls(root):
        if isinstance(widget, QLineEdit) and isinstance(
            widget.parentWidget(), QComboBox | QAbstractSpinBox
        ):
            continue
        if os.environ.get("WALK_NAMES"):
            print(page, describe(widget), "=", accessible_name(widget), file=sys.stderr)
        if not accessible_name(widget).strip():
            out.append(f"{page}: {describe(widget)} heeft geen toegankelijke naam")
    return out


def order_findings(root: QWidget, page: str) -> list[str]:
    """Tab moves through a form as it reads: each next control in the focus chain lies
    below the previous one, or on the same line to its right."""
    window = root.window()
    tabbable = {
        w for w in controls(root) if w.focusPolicy() & Qt.FocusPolicy.TabFocus and w.isEnabled()
    }
    # from where the form opens (its focus), round to where Tab comes back to it
    start = root.focusWidget() if root.focusWidget() in tabbable else root.nextInFocusChain()
    chain, widget = [], start
    for _ in range(500):
        if widget in chain:
            break
        if widget in tabbable:
            chain.append(widget)
        widget = widget.nextInFocusChain()
    if chain:  # Tab goes round: read the round from the form's first control

        def place(w: QWidget) -> tuple[int, int]:
            corner = w.mapTo(window, w.rect().topLeft())
            return corner.y(), corner.x()

        first = chain.index(min(chain, key=place))
        chain = chain[first:] + chain[:first]
    if os.environ.get("WALK_NAMES"):
        print(page, "Tab:", [describe(w) for w in chain], file=sys.stderr)
    out = []
    for before, after in zip(chain, chain[1:], strict=False):
        a = QRect(before.mapTo(window, before.rect().topLeft()), before.size())
        b = QRect(after.mapTo(window, after.rect().topLeft()), after.size())
        same_line = abs(a.center().y() - b.center().y()) < max(a.height(), b.height()) // 2
        if (same_line and b.left() < a.left()) or (not same_line and b.top() < a.top()):
            out.append(f"{page}: Tab gaat van {describe(before)} terug naar {describe(after)}")
    return out
