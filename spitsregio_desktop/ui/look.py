"""How the window looks: a Windows program on Windows, light or dark as the system is.

- The style: Qt's native "windows11" (Windows 11) or "windowsvista" (Windows 10, light)
  on Windows, Fusion elsewhere and for a dark Windows 10 (the Vista style has no dark).
- Fusion draws the sort arrow of a descending column pointing up; Windows (and the
  Vista/11 styles) point it down, so "newest first" shows ▼: a proxy style turns it round.
- Light/dark and high contrast come from the system palette (Qt 6.5+ colorScheme); the
  icons are recoloured from the palette, so they stay readable in every scheme.
- Icons: Lucide line icons shipped in resources/icons (ISC, LICENSE there).
"""

from __future__ import annotations

import sys
from functools import cache

from PySide6.QtCore import QByteArray, Qt
from PySide6.QtGui import QColor, QGuiApplication, QIcon, QPalette, QPixmap
from PySide6.QtWidgets import (
    QApplication,
    QProxyStyle,
    QStyle,
    QStyleFactory,
    QStyleOptionHeader,
    QWidget,
)

from ..storage.paths import resources_dir

# what each icon stands for (names of resources/icons/*.svg)
ICONS = {
    "meetings": "calendar-days",
    "members": "users",
    "actions": "list-checks",
    "decisions": "gavel",
    "objectives": "target",
    "attendance": "chart-column",
    "settings": "settings",
    "new": "plus",
    "open": "folder-open",
    "live": "mic",
    "cancel": "circle-x",
    "search": "search",
    "export": "file-down",
    "mail": "mail",
    "undo": "undo-2",
    "done": "check",
    "postpone": "calendar-clock",
    "delete": "trash-2",
    "attendance_fill": "user-check",
}
SIZES = (16, 24)  # buttons and the navigation; Qt scales between them (start-up cost)
ICON_PROPERTY = "icon_name"


class WindowsSortArrows(QProxyStyle):
    """Fusion with the Windows sort arrow: ▲ ascending (A→Z, oldest first), ▼ descending."""

    def drawPrimitive(self, element, option, painter, widget=None) -> None:  # noqa: N802
        if element == QStyle.PrimitiveElement.PE_IndicatorHeaderArrow and isinstance(
            option, QStyleOptionHeader
        ):
            turned = QStyleOptionHeader(option)
            up, down = (
                QStyleOptionHeader.SortIndicator.SortUp,
                QStyleOptionHeader.SortIndicator.SortDown,
            )
            if option.sortIndicator == up:
                turned.sortIndicator = down
            elif option.sortIndicator == down:
                turned.sortIndicator = up
            super().drawPrimitive(element, turned, painter, widget)
            return
        super().drawPrimitive(element, option, painter, widget)


# signal colours: (on a light window, on a dark window); high contrast uses the system's
SIGNAL = {
    "error": ("#b00020", "#ff8a80"),
    "warning": ("#8a5a00", "#ffcc80"),
    "success": ("#1b6e20", "#a5d6a7"),
    "accent": ("#0b4f8a", "#90caf9"),
}


def high_contrast() -> bool:
    hints = QGuiApplication.styleHints()
    access = getattr(hints, "accessibility", None)
    if access is None:
        return False
    return access().contrastPreference() == Qt.ContrastPreference.HighContrast


def colour(kind: str) -> QColor:
    """A signal colour (error, warning, success, accent) readable on this palette: darker
    on light windows, lighter on dark ones, the system's own text colours in high contrast."""
    palette = QGuiApplication.palette()
    if high_contrast():
        role = QPalette.ColorRole.Link if kind == "accent" else QPalette.ColorRole.WindowText
        return palette.color(role)
    light, on_dark = SIGNAL[kind]
    return QColor(on_dark if dark() else light)


def readable(colour: QColor | None) -> QColor | None:
    """A text colour chosen for a white list, made readable on this palette: lighter on a
    dark window, none (the system's own text colour) in high contrast."""
    if colour is None or high_contrast():
        return None
    if dark() and colour.lightness() < 150:
        hue, saturation, _lightness, alpha = colour.getHsl()
        return QColor.fromHsl(hue, saturation, 175, alpha)
    return colour


def css(kind: str) -> str:
    """`color: …;` for a style sheet, in the signal colour `kind`."""
    return f"color: {colour(kind).name()};"


def dark() -> bool:
    hints = QGuiApplication.styleHints()
    scheme = getattr(hints, "colorScheme", None)
    if scheme is not None and hints.colorScheme() == Qt.ColorScheme.Dark:
        return True
    window = QGuiApplication.palette().color(QPalette.ColorRole.Window)
    return window.lightness() < 110


def style_name(
    platform: str = sys.platform, keys: list[str] | None = None, is_dark: bool = False
) -> str:
    """The style for this system: native on Windows where it can draw the scheme."""
    keys = [k.lower() for k in (keys if keys is not None else QStyleFactory.keys())]
    if platform == "win32":
        if "windows11" in keys:
            return "windows11"
        if "windowsvista" in keys and not is_dark:
            return "windowsvista"
    return "fusion"


def apply_look(app: QApplication) -> None:
    """Style, palette and application icon; again whenever the system scheme changes."""
    name = style_name(is_dark=dark())
    if name == "fusion":
        app.setStyle(WindowsSortArrows(QStyleFactory.create("Fusion")))
    else:
        app.setStyle(QStyleFactory.create(name))
    icon = resources_dir() / "icon.png"
    if icon.is_file():
        app.setWindowIcon(QIcon(str(icon)))
    hints = QGuiApplication.styleHints()
    if hasattr(hints, "colorSchemeChanged") and not app.property("look_follows_scheme"):
        app.setProperty("look_follows_scheme", True)
        hints.colorSchemeChanged.connect(lambda *_: _scheme_changed(app))


def _scheme_changed(app: QApplication) -> None:
    icon.cache_clear()
    apply_look(app)
    for widget in app.allWidgets():
        name = widget.property(ICON_PROPERTY)
        if name:
            widget.setIcon(icon(str(name)))  # type: ignore[attr-defined]
        refresh = getattr(widget, "refresh_icons", None)
        if callable(refresh):
            refresh()
        widget.update()


def _svg(name: str) -> bytes:
    return (resources_dir() / "icons" / f"{ICONS.get(name, name)}.svg").read_bytes()


def _pixmap(svg: bytes, colour: str, size: int) -> QPixmap:
    text = svg.replace(b"currentColor", colour.encode())
    text = text.replace(b'width="24"', f'width="{size}"'.encode(), 1)
    text = text.replace(b'height="24"', f'height="{size}"'.encode(), 1)
    pixmap = QPixmap()
    pixmap.loadFromData(QByteArray(text), "SVG")
    return pixmap


@cache
def icon(name: str) -> QIcon:
    """The icon `name` (see ICONS) in the palette's text colours: normal, selected (on the
    highlight), disabled; sharp at every size and screen scale."""
    palette = QGuiApplication.palette()
    svg = _svg(name)
    colours = {
        QIcon.Mode.Normal: palette.color(QPalette.ColorRole.WindowText).name(),
        QIcon.Mode.Selected: palette.color(QPalette.ColorRole.HighlightedText).name(),
        QIcon.Mode.Disabled: palette.color(
            QPalette.ColorGroup.Disabled, QPalette.ColorRole.WindowText
        ).name(),
    }
    ratio = max((s.devicePixelRatio() for s in QGuiApplication.screens()), default=1.0)
    result = QIcon()
    for mode, colour in colours.items():
        for size in SIZES:
            pixmap = _pixmap(svg, colour, round(size * ratio))
            pixmap.setDevicePixelRatio(ratio)
            result.addPixmap(pixmap, mode)
    return result


def set_icon(widget: QWidget, name: str) -> None:
    """Give a button or action an icon that follows the colour scheme."""
    widget.setIcon(icon(name))  # type: ignore[attr-defined]
    widget.setProperty(ICON_PROPERTY, name)  # recoloured when the scheme changes


def subdued(widget: QWidget) -> None:
    """Secondary text (a hint) in the palette's placeholder colour: readable in dark and
    high contrast, where a fixed grey is not."""
    widget.setForegroundRole(QPalette.ColorRole.PlaceholderText)
