"""The window on the screen it opens on: never larger than the free area, never off it.

Laptops ship with 1366×768 or 1920×1080 at 125–150 % (1536×864, 1280×720 logical
pixels), and the taskbar takes part of that: `availableGeometry()` is what is free.
"""

from __future__ import annotations

from PySide6.QtCore import QPoint, QRect, QSize
from PySide6.QtGui import QGuiApplication, QScreen
from PySide6.QtWidgets import QWidget

# what the window asks for when the screen has room; a laptop gets less
DEFAULT_SIZE = QSize(1280, 800)
# the frame and title bar the window manager adds around the client area (Windows 11:
# about 8 px each side and a 31 px title bar); offscreen adds none, so this is a margin
FRAME = QSize(16, 40)


def screen_of(widget: QWidget) -> QScreen:
    screen = widget.screen() or QGuiApplication.primaryScreen()
    return screen


def first_geometry(available: QRect, wanted: QSize = DEFAULT_SIZE) -> QRect:
    """The client area of a first start: the wanted size, shrunk to the free area (with
    room for the frame), centred on it."""
    width = min(wanted.width(), available.width() - FRAME.width())
    height = min(wanted.height(), available.height() - FRAME.height())
    rect = QRect(0, 0, max(width, 200), max(height, 200))
    rect.moveCenter(available.center())
    rect.moveTop(max(rect.top(), available.top() + FRAME.height() - 8))
    return rect


def clamp(rect: QRect, available: QRect) -> QRect:
    """A remembered client area moved and shrunk so all of it (and its frame) is on the
    free area: a screen that became smaller, a laptop without its monitor."""
    width = min(rect.width(), available.width() - FRAME.width())
    height = min(rect.height(), available.height() - FRAME.height())
    left = min(
        max(rect.left(), available.left() + FRAME.width() // 2),
        available.right() - FRAME.width() // 2 - width + 1,
    )
    top = min(
        max(rect.top(), available.top() + FRAME.height() - 8), available.bottom() - 8 - height + 1
    )
    return QRect(QPoint(left, top), QSize(width, height))


def place_window(window: QWidget, saved: QRect | None = None) -> None:
    """Size and place a top-level window: the saved geometry clamped into the free area of
    its screen, or a centred default that fits."""
    available = screen_of(window).availableGeometry()
    if saved is not None and saved.isValid():
        screen = QGuiApplication.screenAt(saved.center())
        if screen is not None:
            available = screen.availableGeometry()
        window.setGeometry(clamp(saved, available))
    else:
        window.setGeometry(first_geometry(available))


def fit_dialog(dialog: QWidget) -> None:
    """A dialog no larger than the free area of its screen (it scrolls or wraps inside)."""
    available = screen_of(dialog).availableGeometry()
    size = dialog.size().boundedTo(available.size() - FRAME)
    if size != dialog.size():
        dialog.resize(size)
