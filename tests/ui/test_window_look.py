"""The window as a Windows program (issue 15): menus, keys, sort arrows, placement."""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QRect, Qt  # noqa: E402
from PySide6.QtGui import QImage, QPainter  # noqa: E402
from PySide6.QtWidgets import QStyle, QStyleOptionHeader  # noqa: E402

from spitsregio_desktop.services.meetings import MeetingInput, create_meeting  # noqa: E402
from spitsregio_desktop.ui.common.geometry import clamp, first_geometry  # noqa: E402
from spitsregio_desktop.ui.look import WindowsSortArrows, icon, style_name  # noqa: E402
from spitsregio_desktop.ui.main_window import MainWindow  # noqa: E402


def test_view_menu_shows_ampersands_and_shortcuts(ctx, show):
    window = show(MainWindow(ctx))
    view_menu = next(a.menu() for a in window.menuBar().actions() if "View" in a.text())
    actions = view_menu.actions()
    members = actions[1]
    assert members.text() == "Members && organisations"  # shown as "Members & organisations"
    assert members.iconText().replace("&&", "&") == "Members & organisations"
    assert [a.shortcut().toString() for a in actions[:6]] == [f"Ctrl+{n}" for n in range(1, 7)]
    assert all(not a.icon().isNull() for a in actions)
    assert all(not window.nav.item(i).icon().isNull() for i in range(window.nav.count()))


def test_keyboard_starts_in_the_meeting_list(ctx, show, qtbot):
    with ctx.session() as s:
        create_meeting(s, MeetingInput(body="BO", date="2026-10-01", start_time="09:00"))
        newest = create_meeting(s, MeetingInput(body="TF", date="2026-12-01"))
    window = show(MainWindow(ctx))
    window.start()
    view = window.meetings_view
    assert window.focusWidget() is view.table  # where the keys go when the window is active
    qtbot.keyClick(view.table, Qt.Key.Key_Home)
    qtbot.keyClick(view.table, Qt.Key.Key_Return)
    assert view.currentWidget() is view.screen and view.screen.meeting_id == newest


def _arrow_points_down(style, order: QStyleOptionHeader.SortIndicator) -> bool:
    """Draw the header arrow; more ink in the top half means ▼ (wide top, point below)."""
    image = QImage(40, 40, QImage.Format.Format_ARGB32)
    image.fill(Qt.GlobalColor.white)
    option = QStyleOptionHeader()
    option.rect = QRect(0, 0, 40, 40)
    option.sortIndicator = order
    painter = QPainter(image)
    style.drawPrimitive(QStyle.PrimitiveElement.PE_IndicatorHeaderArrow, option, painter)
    painter.end()

    def ink(rows: range) -> int:
        return sum(1 for y in rows for x in range(40) if image.pixelColor(x, y).lightness() < 200)

    top, bottom = ink(range(0, 20)), ink(range(20, 40))
    assert top + bottom > 0
    return top > bottom


def test_newest_first_shows_the_arrow_down(qapp):
    """Qt's header gives a descending column SortUp; Windows shows ▼ for descending."""
    style = WindowsSortArrows("Fusion")
    descending = QStyleOptionHeader.SortIndicator.SortUp  # what QHeaderView passes
    ascending = QStyleOptionHeader.SortIndicator.SortDown
    assert _arrow_points_down(style, descending)
    assert not _arrow_points_down(style, ascending)


def test_style_is_native_on_windows():
    assert style_name("win32", ["windows11", "windowsvista", "Windows", "Fusion"]) == "windows11"
    assert style_name("win32", ["windowsvista", "Windows", "Fusion"]) == "windowsvista"
    assert style_name("win32", ["windowsvista", "Fusion"], is_dark=True) == "fusion"
    assert style_name("linux", ["Windows", "Fusion"]) == "fusion"


def test_icons_follow_the_palette(qapp):
    pixmap = icon("meetings").pixmap(24)
    image = pixmap.toImage()
    text = qapp.palette().color(qapp.palette().ColorRole.WindowText)
    inked = [
        image.pixelColor(x, y)
        for y in range(image.height())
        for x in range(image.width())
        if image.pixelColor(x, y).alpha() > 200
    ]
    assert inked and all(abs(c.lightness() - text.lightness()) < 40 for c in inked)


def test_first_start_fits_the_free_screen_and_saved_geometry_is_brought_back():
    laptop = QRect(0, 0, 1366, 728)  # 1366×768 with a 40 px taskbar
    first = first_geometry(laptop)
    assert laptop.contains(first) and first.height() <= 728 - 40
    assert abs(first.center().x() - laptop.center().x()) <= 1
    small = QRect(0, 0, 1280, 680)
    saved = QRect(600, 400, 1900, 1100)  # remembered from a large monitor
    back = clamp(saved, small)
    assert small.contains(back)
    off = clamp(QRect(-3000, 5000, 800, 600), laptop)  # a monitor that is gone
    assert laptop.contains(off) and off.size().width() == 800


def test_plan_a_meeting_and_reach_its_agenda_without_a_mouse(ctx, show, qtbot):
    """Ctrl+N, the form opens on its first field, Return plans it and opens it; the tabs
    and Tab reach the agenda's outline (building it by keyboard: test_agenda_editing)."""
    window = show(MainWindow(ctx))
    window.start()
    window.activateWindow()
    qtbot.waitUntil(lambda: window.isActiveWindow(), timeout=2000)
    view = window.meetings_view
    qtbot.keyClick(view.table, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    dialog = view.new_dialog
    qtbot.waitUntil(lambda: dialog.focusWidget() is not None, timeout=2000)
    assert dialog.focusWidget() is dialog.body  # the first field of the form
    qtbot.keyClick(dialog.focusWidget(), Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: view.currentWidget() is view.screen, timeout=2000)
    screen = view.screen
    screen.tabs.setFocus()
    qtbot.keyClick(screen.tabs.tabBar(), Qt.Key.Key_Right)  # the next tab: Agenda
    assert screen.tabs.currentWidget() is screen.agenda
    for _ in range(12):  # Tab into the agenda's outline
        if window.focusWidget() is screen.agenda.tree:
            break
        qtbot.keyClick(window.focusWidget(), Qt.Key.Key_Tab)
    assert window.focusWidget() is screen.agenda.tree


def test_a_window_remembered_on_a_large_monitor_opens_inside_this_screen(ctx, qtbot):
    first = MainWindow(ctx)
    qtbot.addWidget(first)
    first.setGeometry(QRect(1500, 900, 2500, 1600))  # a 4K monitor that is gone now
    ctx.qsettings.setValue("main/geometry", first.saveGeometry())
    window = MainWindow(ctx)
    qtbot.addWidget(window)
    window.show()
    free = window.screen().availableGeometry()
    assert free.contains(window.frameGeometry()), (free, window.frameGeometry())
