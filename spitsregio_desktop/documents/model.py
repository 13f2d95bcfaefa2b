"""The document models: one frozen dataclass per document kind, plus the blocks they lay out to.

A model holds finished Dutch strings (dates already formatted): builders in build.py fill
them from the services, layout.py turns them into a short list of blocks, and the DOCX and
PDF renderers only draw blocks. So both formats always say the same thing.
"""

from __future__ import annotations

from dataclasses import dataclass, field

EU_LINE = "Medegefinancierd door de Europese Unie"
EU_LINES = ("Medegefinancierd door", "de Europese Unie")  # beside the emblem, in two lines
PUBLIC_MARK = "Openbare versie"  # in the header of every page of a public document
CONFIDENTIAL_MARK = "Vertrouwelijk"  # on confidential items, decisions, actions (full version)


@dataclass(frozen=True)
class Letterhead:
    body_name: str
    secretariat_name: str
    secretariat_lines: tuple[str, ...] = ()  # address, e-mail, phone
    logo_path: str = ""


@dataclass(frozen=True)
class Frame:
    """What every page of a document shows, whatever its kind."""

    kind: str
    title: str  # "Verslag", "Uitnodiging", …
    subtitle: str  # body, meeting number and date in one line
    letterhead: Letterhead
    cofunding: str | None = None  # set for an ESF body: emblem + EU line + this line
    concept: bool = False  # CONCEPT on every page
    author: str = ""
    keywords: str = ""  # Dutch words for the file's properties: "verslag, Taskforce …"
    approved_text: str = ""  # approved minutes (full version): embedded in the PDF/A-3
    public: bool = False  # PUBLIC_MARK on every page: confidential items are left out

    @property
    def esf(self) -> bool:
        return bool(self.cofunding)


@dataclass(frozen=True)
class MeetingInfo:
    body: str
    number: str  # "Vergadering 12"
    date: str  # "donderdag 10 december 2026"
    hours: str  # "09:00 – 11:00"
    location: str


@dataclass(frozen=True)
class ActionLine:
    description: str
    owner: str
    due: str = ""  # "31/01/2027"
    status: str = ""
    overdue: bool = False
    origin: str = ""  # "BO 11, punt 4"
    progress: str = ""  # the latest progress note: "12/01/2027: offerte gevraagd"
    confidential: bool = False  # of a confidential item: marked in the full version


@dataclass(frozen=True)
class AgendaLine:
    number: str
    title: str
    depth: int = 0
    kind: str = ""  # "ter beslissing"
    presenter: str = ""
    time: str = ""  # "09:15 – 09:30"
    minutes: int = 0
    confidential: bool = False
    attachments: tuple[str, ...] = ()
    adjourned_from: str = ""  # "verdaagd van vergadering 11 (punt 5)"
    follow_up: tuple[ActionLine, ...] = ()  # open actions, under "Opvolging actiepunten"
    follow_up_note: str = ""  # "12 andere openstaande actiepunten …; zie de actielijst"


@dataclass(frozen=True)
class DecisionLine:
    label: str  # "Besluit 3"
    text: str
    votes: str = ""  # "Stemming: 12 voor, 2 tegen, 1 onthouding"
    context: str = ""  # "Vergadering 12 van 10/12/2026, punt 4: titel" in lists
    confidential: bool = False  # of a confidential item: marked in the full version


@dataclass(frozen=True)
class MinutesItem:
    number: str
    title: str
    depth: int = 0
    kind: str = ""
    presenter: str = ""
    notes: str = ""
    decisions: tuple[DecisionLine, ...] = ()
    actions: tuple[ActionLine, ...] = ()
    left_room: tuple[str, ...] = ()
    arrived: tuple[str, ...] = ()
    left: tuple[str, ...] = ()
    adjourned_to: str = ""  # "Verdaagd naar de volgende vergadering." when adjourned
    adjourned_from: str = ""
    confidential: bool = False
    follow_up: tuple[ActionLine, ...] = ()  # open actions, under "Opvolging actiepunten"
    follow_up_note: str = ""  # the count of the others and where they are ("" elsewhere)


@dataclass(frozen=True)
class SignatureLine:
    """One signature on approved minutes: who signs, in which capacity."""

    role: str  # "De voorzitter"
    name: str  # "" leaves the line to be filled in by hand
    function: str


@dataclass(frozen=True)
class MinutesClosing:
    """How the minutes end: closing time, next meeting, note-taker, signatures."""

    closed_at: str = ""  # "De vergadering wordt gesloten om 16:05."
    next_meeting: str = ""
    note_taker: str = ""  # "Jan Peeters, secretaris"
    signatures: tuple[SignatureLine, ...] = ()  # on approved minutes only


@dataclass(frozen=True)
class SheetRow:
    name: str
    organisation: str
    role: str


@dataclass(frozen=True)
class InvitationDoc:
    frame: Frame
    meeting: MeetingInfo
    salutation: str
    body_text: str  # the letter text, paragraphs separated by blank lines
    agenda: tuple[AgendaLine, ...]
    reply: str
    closing: str
    signature: str


@dataclass(frozen=True)
class AgendaDoc:
    frame: Frame
    meeting: MeetingInfo
    items: tuple[AgendaLine, ...]


@dataclass(frozen=True)
class AttendanceSheetDoc:
    frame: Frame
    meeting: MeetingInfo
    rows: tuple[SheetRow, ...]
    blank_rows: int = 5  # for people who were not invited but came


@dataclass(frozen=True)
class MinutesDoc:
    frame: Frame
    meeting: MeetingInfo
    status_line: str  # "Concept, nog niet goedgekeurd" / "Goedgekeurd op …"
    present: tuple[str, ...]
    excused: tuple[str, ...]
    absent: tuple[str, ...]
    items: tuple[MinutesItem, ...]
    new_actions: tuple[ActionLine, ...] = ()
    open_actions: tuple[ActionLine, ...] = ()
    next_meeting: str = ""
    public_note: str = ""  # said when confidential items were left out
    unrecorded: tuple[str, ...] = ()  # invitees nobody recorded: "Aanwezigheid niet geregistreerd"
    open_actions_note: str = ""  # the count of the other open actions and the pointer
    closing: MinutesClosing | None = None


@dataclass(frozen=True)
class DecisionGroup:
    heading: str
    decisions: tuple[DecisionLine, ...]
    section: str = ""  # the body, in a list over every body: a heading when it changes


@dataclass(frozen=True)
class DecisionListDoc:
    frame: Frame
    scope: str  # "Vergadering 12 van …" or "Van 1 januari 2026 tot 31 december 2026"
    groups: tuple[DecisionGroup, ...]


@dataclass(frozen=True)
class ActionGroup:
    owner: str
    actions: tuple[ActionLine, ...]
    section: str = ""  # the body, in a list over every body: a heading when it changes


@dataclass(frozen=True)
class ActionListDoc:
    frame: Frame
    scope: str
    groups: tuple[ActionGroup, ...]
    overdue_count: int = 0


Document = (
    InvitationDoc | AgendaDoc | AttendanceSheetDoc | MinutesDoc | DecisionListDoc | ActionListDoc
)


# ---- blocks: the little vocabulary both renderers understand --------------------------------


@dataclass(frozen=True)
class Heading:
    text: str
    level: int = 1  # 1 or 2 (Word's Heading 1 / Heading 2)


@dataclass(frozen=True)
class Para:
    text: str
    lead: str = ""  # bold words before the text: "Besluit 3: "
    style: str = "body"  # body | meta | note | quiet | strong


@dataclass(frozen=True)
class Bullets:
    items: tuple[str, ...]
    numbered: bool = False
    start: int = 1  # the first number of a numbered list; each Bullets block restarts


@dataclass(frozen=True)
class Table:
    header: tuple[str, ...]
    rows: tuple[tuple[str, ...], ...]
    widths: tuple[float, ...]  # fractions of the text width
    tall: bool = False  # signature rows: room to sign
    plain: bool = False  # label/value pairs without grid or header
    marked: tuple[int, ...] = field(default_factory=tuple)  # row indexes shown in red (overdue)
    names: tuple[int, ...] = ()  # columns of names: broken only at spaces and hyphens
    caption: str = ""  # a title row above the header, repeated with it on every page


@dataclass(frozen=True)
class Gap:
    """A little vertical space."""


Block = Heading | Para | Bullets | Table | Gap
