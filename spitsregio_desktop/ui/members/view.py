"""Members & organisations: who sits in which body, in which role, with which substitute.

Two tabs: the memberships (filter per body, inactive ones on request, search as you type)
and the organisations. Double-click edits; the unnamed seats of the reference data
("Burgemeester Leuven") are shown in italics so the secretariat sees what to fill in.
"""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtGui import QColor, QFont
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from ... import APP_NAME
from ...services.people import end_membership, list_memberships, list_organisations
from ...services.views import MembershipRow, OrganisationRow
from ..common.lists import (
    ORGANISATION_KIND,
    ROLE,
    body_combo,
    make_table,
    remember_header,
    search_edit,
    set_widths,
    word,
)
from ..common.table_model import Column, DataclassTableModel, RowFilterProxy, SearchIndex
from ..context import AppContext, Topic
from ..look import set_icon
from .dialogs import MemberDialog, OrganisationDialog, is_unnamed_seat
from .import_dialog import MemberImportDialog

INACTIVE = QColor("#777777")


def period(row: MembershipRow) -> str:
    start = row.start_date.strftime("%d/%m/%Y") if row.start_date else ""
    end = row.end_date.strftime("%d/%m/%Y") if row.end_date else ""
    if not start and not end:
        return ""
    return f"{start or '…'} – {end or '…'}"


class _SeatModel(DataclassTableModel):
    """Italic names for unnamed seats: the obvious thing left to edit."""

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        if role == Qt.ItemDataRole.FontRole and index.isValid() and index.column() == 0:
            if is_unnamed_seat(self.rows[index.row()].person):
                font = QFont()
                font.setItalic(True)
                return font
        return super().data(index, role)


class MembersTab(QWidget):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None):
        super().__init__(parent)
        self.ctx = ctx
        self.body = body_combo(ctx, self.tr("All bodies"))
        self.show_inactive = QCheckBox(self.tr("Show inactive"))
        self.search = search_edit(self.tr("Search name, organisation, e-mail…"))
        self.new_button = QPushButton(self.tr("New member…"))
        set_icon(self.new_button, "new")
        self.edit_button = QPushButton(self.tr("Edit…"))
        self.end_button = QPushButton(self.tr("End membership…"))
        self.import_button = QPushButton(self.tr("Import a list…"))
        self.count = QLabel()
        columns = [
            Column(self.tr("Person"), lambda r: r.person),
            Column(
                self.tr("Organisation"), lambda r: r.organisation, tooltip=lambda r: r.organisation
            ),
            Column(self.tr("Body"), lambda r: r.body_short),
            Column(self.tr("Role"), lambda r: word(ROLE, r.role)),
            Column(self.tr("Substitute"), lambda r: r.substitute),
            Column(self.tr("E-mail"), lambda r: r.email),
            Column(self.tr("Phone"), lambda r: r.phone),
            Column(self.tr("Period"), period, sort=lambda r: r.start_date),
            Column(self.tr("Active"), lambda r: r.active),
        ]
        self.model = _SeatModel(columns, self)
        self.model.highlight = lambda r: None if r.active else INACTIVE
        self.proxy = RowFilterProxy(self)
        self.table = make_table(self.model, self.proxy)
        set_widths(self.table, [21, 14, 4, 8, 12, 0, 11, 10, 5], stretch=5)
        self.table.sortByColumn(0, Qt.SortOrder.AscendingOrder)
        remember_header(self.table, ctx.qsettings, "members/header")
        self.table.activated.connect(  # double-click or Enter
            self._edit_index
        )
        self.index = SearchIndex(columns)

        bar = QHBoxLayout()
        bar.addWidget(QLabel(self.tr("Body:")))
        bar.addWidget(self.body)
        bar.addWidget(self.show_inactive)
        bar.addStretch(1)
        bar.addWidget(self.search)
        buttons = QHBoxLayout()
        for button in (self.new_button, self.edit_button, self.end_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        buttons.addWidget(self.import_button)
        layout = QVBoxLayout(self)
        layout.addLayout(bar)
        layout.addLayout(buttons)
        layout.addWidget(self.table)
        footer = QHBoxLayout()
        footer.addWidget(self.count)
        footer.addStretch(1)
        footer.addWidget(
            QLabel(
                self.tr(
                    "Names in italics are seats without a name yet: double-click to fill in the person."  # noqa: E501 - one string for lupdate
                )
            )
        )
        layout.addLayout(footer)

        self.body.currentIndexChanged.connect(self._apply_filter)
        self.show_inactive.toggled.connect(self._apply_filter)
        self.search.textChanged.connect(self._apply_filter)
        self.new_button.clicked.connect(self.new_member)
        self.edit_button.clicked.connect(self.edit_selected)
        self.end_button.clicked.connect(self.end_selected)
        self.import_button.clicked.connect(self.import_list)

    def refresh(self) -> None:
        rows = self.ctx.ops.run(list_memberships).inline(self).value or []
        self.index.reset(rows)
        self.model.set_rows(rows)
        self._apply_filter()

    def _apply_filter(self, *_: object) -> None:
        body = self.body.currentData()
        inactive = self.show_inactive.isChecked()
        needle = self.search.text().strip().casefold()
        self.proxy.set_extra_filter(
            lambda r: (
                (body is None or r.body_short == body)
                and (inactive or r.active)
                and self.index.matches(r, needle)
            )
        )
        count = self.proxy.rowCount()
        self.count.setText(
            self.tr("1 membership")
            if count == 1
            else self.tr("%1 memberships").replace("%1", str(count))
        )

    def selected(self) -> MembershipRow | None:
        return self.proxy.entity(self.table.currentIndex())

    def select_person(self, person_id: int) -> None:
        for row in range(self.proxy.rowCount()):
            index = self.proxy.index(row, 0)
            if self.proxy.entity(index).person_id == person_id:
                self.table.setCurrentIndex(index)
                return

    def _changed(self, person_id: int | None = None) -> None:
        """After a dialog saved (the hub has reloaded the list): select the person."""
        if person_id is not None:
            self.select_person(person_id)

    def new_member(self) -> None:
        dialog = MemberDialog(self.ctx, body=self.body.currentData(), parent=self)
        if dialog.exec() == QDialog.DialogCode.Accepted and dialog.saved_ids:
            self._changed(dialog.saved_ids[0])

    def edit_member(self, row: MembershipRow) -> None:
        dialog = MemberDialog(self.ctx, membership=row, parent=self)
        if dialog.exec() == QDialog.DialogCode.Accepted:
            self._changed(row.person_id)

    def _edit_index(self, index: QModelIndex) -> None:
        row = self.proxy.entity(index)
        if row is not None:
            self.edit_member(row)

    def edit_selected(self) -> None:
        row = self.selected()
        if row is not None:
            self.edit_member(row)

    def end_selected(self) -> None:
        row = self.selected()
        if row is None:
            return
        answer = QMessageBox.question(
            self,
            APP_NAME,
            self.tr(
                "End the membership of %1 in %2? Today is the last day: from tomorrow "
                "%1 is no longer invited. Past meetings keep their attendance."
            )
            .replace("%1", row.person)
            .replace("%2", row.body_short),
        )
        if answer != QMessageBox.StandardButton.Yes:
            return
        self.ctx.ops.run(end_membership, row.id).changes(Topic.PEOPLE).inline(self)

    def import_list(self) -> None:
        dialog = MemberImportDialog(self.ctx, body=self.body.currentData(), parent=self)
        dialog.exec()


class OrganisationsTab(QWidget):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None):
        super().__init__(parent)
        self.ctx = ctx
        self.search = search_edit(self.tr("Search organisations…"))
        self.new_button = QPushButton(self.tr("New organisation…"))
        self.edit_button = QPushButton(self.tr("Edit…"))
        columns = [
            Column(self.tr("Name"), lambda r: r.name),
            Column(self.tr("Short"), lambda r: r.short),
            Column(self.tr("Kind"), lambda r: word(ORGANISATION_KIND, r.kind)),
            Column(self.tr("Persons"), lambda r: r.member_count, align_right=True),
            Column(self.tr("Active"), lambda r: r.active),
        ]
        self.model: DataclassTableModel[OrganisationRow] = DataclassTableModel(columns, self)
        self.model.highlight = lambda r: None if r.active else INACTIVE
        self.proxy = RowFilterProxy(self)
        self.table = make_table(self.model, self.proxy)
        set_widths(self.table, [44, 14, 26, 9, 6])
        self.table.sortByColumn(0, Qt.SortOrder.AscendingOrder)
        remember_header(self.table, ctx.qsettings, "organisations/header")
        self.table.activated.connect(  # double-click or Enter
            lambda index: self.edit(self.proxy.entity(index))
        )
        bar = QHBoxLayout()
        bar.addWidget(self.new_button)
        bar.addWidget(self.edit_button)
        bar.addStretch(1)
        bar.addWidget(self.search)
        layout = QVBoxLayout(self)
        layout.addLayout(bar)
        layout.addWidget(self.table)
        self.search.textChanged.connect(self.proxy.setFilterFixedString)  # a short list
        self.new_button.clicked.connect(lambda: self.edit(None))
        self.edit_button.clicked.connect(
            lambda: self.edit(self.proxy.entity(self.table.currentIndex()), must_exist=True)
        )

    def refresh(self) -> None:
        self.model.set_rows(self.ctx.ops.run(list_organisations).inline(self).value or [])

    def edit(self, row: OrganisationRow | None, must_exist: bool = False) -> None:
        if row is None and must_exist:
            return
        OrganisationDialog(self.ctx, row, parent=self).exec()  # its save tells the hub


class MembersView(QWidget):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None):
        super().__init__(parent)
        self.ctx = ctx
        self.members = MembersTab(ctx)
        self.organisations = OrganisationsTab(ctx)
        self.tabs = QTabWidget()
        self.tabs.addTab(self.members, self.tr("Members"))
        self.tabs.addTab(self.organisations, self.tr("Organisations"))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.tabs)
        ctx.hub.subscribe((Topic.PEOPLE,), self.refresh)

    def refresh(self) -> None:
        self.members.refresh()
        self.organisations.refresh()
