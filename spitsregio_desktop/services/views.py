"""Plain, frozen dataclasses that the services hand to the window and the documents.

Never live ORM objects: a widget or a renderer cannot trigger a lazy load on a closed
session, and a document built from these says exactly what the database said.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

from ..storage.enums import (
    ActionEventKind,
    ActionStatus,
    Answer,
    ItemKind,
    MeetingStatus,
    MinutesStatus,
    OrganisationKind,
    Presence,
    Role,
    StandardItem,
)


@dataclass(frozen=True)
class BodyInfo:
    id: int
    name: str
    short: str
    secretariat: str
    cofunding: str | None
    themes: tuple[str, ...]

    @property
    def esf(self) -> bool:
        """ESF co-funded bodies carry the EU emblem on every document."""
        return bool(self.cofunding)


@dataclass(frozen=True)
class OrganisationRow:
    id: int
    name: str
    short: str
    kind: OrganisationKind
    active: bool
    member_count: int = 0


@dataclass(frozen=True)
class PersonRow:
    id: int
    name: str
    function: str
    email: str
    phone: str
    organisation_id: int | None
    organisation: str
    active: bool
    row_version: int = 0  # what an edit passes back as expected_version


@dataclass(frozen=True)
class MembershipRow:
    id: int
    body_id: int
    body_short: str
    person_id: int
    person: str
    organisation: str
    role: Role
    substitute_id: int | None
    substitute: str
    email: str
    phone: str
    start_date: dt.date | None
    end_date: dt.date | None
    active: bool


@dataclass(frozen=True)
class MeetingRow:
    id: int
    body_id: int
    body_short: str
    body_name: str
    number: int
    title: str
    date: dt.date
    start_time: dt.time | None
    end_time: dt.time | None
    location: str
    status: MeetingStatus
    # on a server database: taken to a laptop for offline minutes by whom ("user op PC")
    checked_out_by: str | None = None
    checked_out_at: dt.datetime | None = None


@dataclass(frozen=True)
class MeetingRef:
    """A short pointer to another meeting (previous, next, adjourned to/from)."""

    id: int
    number: int
    date: dt.date
    item_number: str = ""
    item_id: int | None = None


@dataclass(frozen=True)
class AttachmentRow:
    id: int
    filename: str
    stored_path: str
    size_bytes: int


@dataclass(frozen=True)
class DecisionRow:
    id: int
    number: int
    text: str
    votes_for: int | None
    votes_against: int | None
    votes_abstain: int | None
    meeting_id: int
    meeting_number: int
    meeting_date: dt.date
    body_short: str
    agenda_item_id: int
    item_number: str
    item_title: str
    theme: str
    confidential: bool  # the item's, inherited (services.confidentiality)
    row_version: int = 0  # what an edit passes back as expected_version

    @property
    def has_votes(self) -> bool:
        return any(v is not None for v in (self.votes_for, self.votes_against, self.votes_abstain))


@dataclass(frozen=True)
class ActionEventRow:
    id: int
    on_date: dt.date
    kind: ActionEventKind
    text: str


@dataclass(frozen=True)
class ActionRow:
    id: int
    description: str
    owner: str
    owner_person_id: int | None
    owner_organisation_id: int | None
    due_date: dt.date | None
    status: ActionStatus
    meeting_id: int | None
    meeting_number: int | None
    meeting_date: dt.date | None
    body_id: int | None
    body_short: str
    agenda_item_id: int | None
    item_number: str
    theme: str
    confidential: bool  # the item's, inherited (services.confidentiality)
    created_on: dt.date
    closed_on: dt.date | None
    objective_id: int | None
    overdue: bool
    events: tuple[ActionEventRow, ...] = ()
    row_version: int = 0  # what an edit passes back as expected_version

    @property
    def is_open(self) -> bool:
        return self.status in (ActionStatus.OPEN, ActionStatus.IN_PROGRESS)


@dataclass(frozen=True)
class AgendaItemRow:
    id: int
    parent_id: int | None
    number: str
    depth: int
    position: int
    title: str
    kind: ItemKind
    standard: StandardItem | None
    theme: str
    presenter: str
    duration_minutes: int
    planned_start: dt.time | None
    planned_end: dt.time | None
    # confidential: inherited (it or an ancestor is flagged), what every output obeys;
    # confidential_flag: the item's own box; confidential_via: the number of the flagged
    # ancestor it inherits from ("" when its own box is ticked or it is public)
    confidential: bool
    notes: str
    internal_notes: str
    done: bool
    adjourned: bool
    adjourned_from: MeetingRef | None
    adjourned_to: MeetingRef | None
    attachments: tuple[AttachmentRow, ...] = ()
    decisions: tuple[DecisionRow, ...] = ()
    actions: tuple[ActionRow, ...] = ()
    left_room: tuple[str, ...] = ()  # names of who left the room for this item
    arrived_here: tuple[str, ...] = ()  # late arrivals, present from this item on
    left_here: tuple[str, ...] = ()  # early leavers, gone after this item
    confidential_flag: bool = False
    confidential_via: str = ""
    row_version: int = 0  # what an edit passes back as expected_version


@dataclass(frozen=True)
class InvitationRow:
    id: int
    person_id: int
    name: str
    organisation: str
    role: Role
    email: str
    sent_on: dt.date | None
    answer: Answer
    substitute_name: str = ""  # the answer "vervangen door …"


@dataclass(frozen=True)
class AttendanceRow:
    id: int
    person_id: int
    name: str
    organisation: str
    role: Role
    presence: Presence
    substitute_id: int | None
    substitute_name: str
    arrived_at: dt.time | None
    left_at: dt.time | None
    arrived_from_item: str  # item number, "" when present from the start
    left_after_item: str


@dataclass(frozen=True)
class RemarkRow:
    id: int
    person_id: int | None
    person: str
    received_on: dt.date
    text: str
    processed: bool


@dataclass(frozen=True)
class MinutesInfo:
    version_id: int | None
    version: int
    status: MinutesStatus
    sent_on: dt.date | None
    approved_on: dt.date | None
    approved_at: MeetingRef | None
    sha256: str | None
    remarks: tuple[RemarkRow, ...] = ()
    history: tuple[str, ...] = ()  # "versie 1 heropend op … : reden"

    @property
    def approved(self) -> bool:
        return self.status == MinutesStatus.APPROVED


@dataclass(frozen=True)
class MeetingDetail:
    id: int
    body: BodyInfo
    number: int
    title: str
    date: dt.date
    start_time: dt.time | None
    end_time: dt.time | None
    location: str
    status: MeetingStatus
    calendar_sequence: int
    items: tuple[AgendaItemRow, ...]
    invitations: tuple[InvitationRow, ...]
    attendance: tuple[AttendanceRow, ...]
    decisions: tuple[DecisionRow, ...]
    actions: tuple[ActionRow, ...]  # created at this meeting
    open_actions: tuple[ActionRow, ...]  # earlier actions of the body still open on this date
    minutes: MinutesInfo
    previous: MeetingRef | None
    next: MeetingRef | None
    live_item_id: int | None = None
    live_started_at: dt.datetime | None = None
    extra: dict = field(default_factory=dict, compare=False)
    # invitees whose attendance nobody recorded yet ("niet geregistreerd")
    unrecorded: tuple[InvitationRow, ...] = ()
    row_version: int = 0  # what an edit passes back as expected_version
    # on a server database: "anna op LAPTOP-ZAAL" when taken along for offline minutes
    # (then read-only here), with since when
    checked_out_by: str | None = None
    checked_out_at: dt.datetime | None = None

    @property
    def frozen(self) -> bool:
        """Not to be edited here: approved minutes, or taken along to a laptop."""
        return self.minutes.approved or bool(self.checked_out_by)
