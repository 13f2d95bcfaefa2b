"""Dialogs to add or change a member (person + membership) and an organisation.

The dialog saves through the services on OK; a refused value keeps the dialog open with
the Dutch message next to the field, and nothing is saved (person and membership are
written together by `services.people.save_member`).
"""

from __future__ import annotations

from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QGroupBox,
    QLabel,
    QLineEdit,
    QWidget,
)

from ...services.people import (
    get_person,
    list_organisations,
    list_persons,
    save_member,
    save_organisation,
)
from ...services.views import MembershipRow, OrganisationRow, PersonRow
from ...storage.enums import OrganisationKind, Role
from ..common.conflict import ShownRow
from ..common.date_entry import DateEntry
from ..common.form_dialog import FormDialog
from ..common.lists import ORGANISATION_KIND, ROLE, body_combo, word
from ..context import AppContext, Topic
from ..ops import checked

SEAT_PREFIXES = ("Burgemeester ", "Vertegenwoordiger ")


def is_unnamed_seat(name: str) -> bool:
    """The reference data seeds seats ("Burgemeester Leuven") until a real name is typed."""
    return name.startswith(SEAT_PREFIXES)


class MemberDialog(FormDialog):
    """A person with their membership of one body (role, substitute, period)."""

    def __init__(
        self,
        ctx: AppContext,
        membership: MembershipRow | None = None,
        body: str | None = None,
        parent: QWidget | None = None,
    ):
        super().__init__(parent)
        self.ctx = ctx
        self.membership = membership
        self.person_id: int | None = membership.person_id if membership else None
        self.saved_ids: tuple[int, int | None] | None = None
        self.setWindowTitle(self.tr("Edit member") if membership else self.tr("New member"))
        self.setMinimumWidth(520)
        person = (
            ctx.ops.run(get_person, self.person_id).inline(self).value if self.person_id else None
        )
        organisations = (
            ctx.ops.run(list_organisations, include_inactive=False).inline(self).value or []
        )
        persons = ctx.ops.run(list_persons, include_inactive=False).inline(self).value or []

        self.name = QLineEdit()
        self.function = QLineEdit()
        self.email = QLineEdit()
        self.email.setPlaceholderText("naam@gemeente.be")
        self.phone = QLineEdit()
        self.organisation = QComboBox()
        self.organisation.addItem(self.tr("(none)"), None)
        for org in organisations:
            self.organisation.addItem(org.name, org.id)
        self.active = QCheckBox(self.tr("Active"))
        self.active.setChecked(True)
        self.seat_hint = QLabel(
            self.tr("This is an unnamed seat: type the name of the person who holds it.")
        )
        self.seat_hint.setWordWrap(True)
        self.seat_hint.setStyleSheet("color: #8a5a00;")
        self.seat_hint.hide()

        person_box = QGroupBox(self.tr("Person"))
        form = QFormLayout(person_box)
        form.addRow(self.seat_hint)
        self.add_row(form, self.tr("Name:"), self.name, "name", "person")
        self.add_row(form, self.tr("Function:"), self.function, "function")
        self.add_row(form, self.tr("E-mail:"), self.email, "email")
        self.add_row(form, self.tr("Phone:"), self.phone, "phone")
        self.add_row(form, self.tr("Organisation:"), self.organisation, "organisation")
        form.addRow("", self.active)

        self.body = body_combo(ctx, None)
        self.role = QComboBox()
        for role in Role:
            self.role.addItem(word(ROLE, role), role.value)
        self.substitute = QComboBox()
        self.substitute.addItem(self.tr("(none)"), None)
        for p in persons:
            if p.id != self.person_id:
                label = f"{p.name} ({p.organisation})" if p.organisation else p.name
                self.substitute.addItem(label, p.id)
        # optional, typed the Dutch way and read back in full; never another date
        self.start = DateEntry(optional=True, field="start_date")
        self.end = DateEntry(optional=True, field="end_date")
        self.membership_box = QGroupBox(self.tr("Member of a body"))
        self.membership_box.setCheckable(True)
        self.membership_box.setChecked(True)
        mform = QFormLayout(self.membership_box)
        self.add_row(mform, self.tr("Body:"), self.body, "body", "membership")
        self.add_row(mform, self.tr("Role:"), self.role, "role")
        self.add_row(mform, self.tr("Substitute:"), self.substitute, "substitute")
        self.add_row(mform, self.tr("From:"), self.start, "start_date")
        self.add_row(mform, self.tr("Until:"), self.end, "end_date")

        self.lay_out(person_box, self.membership_box)
        self._fill(person, membership, body)

    def _take_over(self, theirs: dict) -> None:
        """Someone else saved this person first: show their name and contact details."""
        for name, edit in (
            ("name", self.name),
            ("function", self.function),
            ("email", self.email),
            ("phone", self.phone),
        ):
            if name in theirs:
                edit.setText(theirs[name])

    def _fill(self, person: PersonRow | None, m: MembershipRow | None, body: str | None) -> None:
        # the row_version and details shown: someone else's newer save is not overwritten
        self.shown = (
            ShownRow(
                person.row_version,
                name=person.name,
                function=person.function,
                email=person.email,
                phone=person.phone,
            )
            if person
            else ShownRow()
        )
        if body:
            self.body.setCurrentIndex(max(self.body.findData(body), 0))
        if person is not None:
            self.name.setText(person.name)
            self.function.setText(person.function)
            self.email.setText(person.email)
            self.phone.setText(person.phone)
            self.organisation.setCurrentIndex(
                max(self.organisation.findData(person.organisation_id), 0)
            )
            self.active.setChecked(person.active)
            if is_unnamed_seat(person.name):
                # the secretariat's first job: give the seat its real name; typing replaces it
                self.seat_hint.show()
                self.name.selectAll()
        if m is not None:
            self.body.setCurrentIndex(max(self.body.findData(m.body_short), 0))
            self.body.setEnabled(False)  # a membership stays in its body; end it, add another
            self.membership_box.setCheckable(False)
            self.role.setCurrentIndex(max(self.role.findData(m.role.value), 0))
            self.substitute.setCurrentIndex(max(self.substitute.findData(m.substitute_id), 0))
            self.start.set_date(m.start_date)
            self.end.set_date(m.end_date)
        self.name.setFocus()

    def save(self) -> None:
        period = checked(lambda: (self.start.date(), self.end.date()))
        if not period:  # an impossible date is refused here, under its field
            self.show_error(period)
            return
        start, end = period.value  # type: ignore[misc]
        person = {
            "name": self.name.text(),
            "function": self.function.text(),
            "email": self.email.text(),
            "phone": self.phone.text(),
            "organisation_id": self.organisation.currentData(),
            "active": self.active.isChecked(),
        }
        membership = None
        if self.membership is not None or self.membership_box.isChecked():
            membership = {
                "body": self.body.currentData(),
                "role": self.role.currentData(),
                "substitute_id": self.substitute.currentData(),
                "organisation_id": self.organisation.currentData(),
                "start_date": start,
                "end_date": end,
            }
        if self.saving(
            self.ctx.ops.run(
                save_member,
                self.person_id,
                self.membership.id if self.membership else None,
                person=person,
                membership=membership,
            )
            .versioned(self.shown, self._take_over, **person)
            .changes(Topic.PEOPLE)
        ):
            self.saved_ids = self.result_value  # type: ignore[assignment]
            self.accept()


class OrganisationDialog(FormDialog):
    def __init__(
        self,
        ctx: AppContext,
        organisation: OrganisationRow | None = None,
        parent: QWidget | None = None,
    ):
        super().__init__(parent)
        self.ctx = ctx
        self.organisation = organisation
        self.saved_id: int | None = None
        self.setWindowTitle(
            self.tr("Edit organisation") if organisation else self.tr("New organisation")
        )
        self.setMinimumWidth(440)
        self.name = QLineEdit()
        self.short = QLineEdit()
        self.kind = QComboBox()
        for kind in OrganisationKind:
            self.kind.addItem(word(ORGANISATION_KIND, kind), kind.value)
        self.kind.setCurrentIndex(self.kind.findData(OrganisationKind.OTHER.value))
        self.active = QCheckBox(self.tr("Active"))
        self.active.setChecked(True)
        form = QFormLayout()
        self.add_row(form, self.tr("Name:"), self.name, "name", "organisation")
        self.add_row(form, self.tr("Short name:"), self.short, "short")
        self.add_row(form, self.tr("Kind:"), self.kind, "kind")
        form.addRow("", self.active)
        self.lay_out(form)
        if organisation is not None:
            self.name.setText(organisation.name)
            self.short.setText(organisation.short)
            self.kind.setCurrentIndex(max(self.kind.findData(organisation.kind.value), 0))
            self.active.setChecked(organisation.active)

    def save(self) -> None:
        if self.saving(
            self.ctx.ops.run(
                save_organisation,
                self.organisation.id if self.organisation else None,
                name=self.name.text(),
                short=self.short.text(),
                kind=self.kind.currentData(),
                active=self.active.isChecked(),
            ).changes(Topic.PEOPLE)
        ):
            self.saved_id = self.result_value  # type: ignore[assignment]
            self.accept()
