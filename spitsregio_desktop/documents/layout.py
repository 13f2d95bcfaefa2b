"""Lay a document model out as blocks (headings, paragraphs, lists, tables).

The one place where the order and the Dutch headings of each document are decided; the
renderers draw blocks and know nothing about meetings.
"""

from __future__ import annotations

from dataclasses import replace

from .model import (
    CONFIDENTIAL_MARK,
    ActionLine,
    ActionListDoc,
    AgendaDoc,
    AgendaLine,
    AttendanceSheetDoc,
    Block,
    Bullets,
    DecisionLine,
    DecisionListDoc,
    Document,
    Gap,
    Heading,
    InvitationDoc,
    MeetingInfo,
    MinutesClosing,
    MinutesDoc,
    MinutesItem,
    Para,
    Table,
)
from .note_lists import note_blocks


def meeting_table(m: MeetingInfo) -> Table:
    rows = [("Overlegorgaan", m.body), ("Vergadering", m.number), ("Datum", m.date)]
    if m.hours:
        rows.append(("Uur", m.hours))
    if m.location:
        rows.append(("Plaats", m.location))
    return Table(("", ""), tuple(rows), (0.28, 0.72), plain=True)


def paragraphs(text: str, style: str = "body") -> list[Para]:
    """Blank lines separate paragraphs; single line breaks stay inside one."""
    parts = [p.strip("\n") for p in text.split("\n\n")]
    return [Para(p, style=style) for p in parts if p.strip()]


def _what(a: ActionLine) -> str:
    """An action's description, marked when it belongs to a confidential item."""
    return f"{CONFIDENTIAL_MARK} – {a.description}" if a.confidential else a.description


def _agenda_cell(line: AgendaLine) -> str:
    mark = (CONFIDENTIAL_MARK,) if line.confidential else ()
    details = [x for x in (*mark, line.kind, line.presenter) if x]
    text = line.title
    if details:
        text += "\n" + " · ".join(details)
    if line.adjourned_from:
        text += "\n" + line.adjourned_from
    if line.attachments:
        text += "\nBijlagen: " + ", ".join(line.attachments)
    if line.follow_up:
        text += "\nActiepunten met een termijn tot en met deze vergadering:"
        text += "".join("\n• " + _short_action(a) for a in line.follow_up)
    if line.follow_up_note:
        text += "\n" + line.follow_up_note
    return text


def _short_action(a: ActionLine) -> str:
    """One line per carried action on an agenda: what – who – by when."""
    what = " ".join(_what(a).split())
    if len(what) > 140:
        what = what[:139].rstrip() + "…"
    parts = [what, a.owner]
    if a.due:
        parts.append(f"termijn {a.due}")
    return " – ".join(parts)


def _shorten(text: str, limit: int) -> str:
    flat = " ".join(text.split())
    return flat if len(flat) <= limit else flat[: limit - 1].rstrip() + "…"


def follow_up_line(a: ActionLine) -> str:
    """One compact line in the minutes: what – who – due – latest progress, cut short
    (the full texts are in the action list)."""
    parts = [_shorten(_what(a), 75), _shorten(a.owner, 30)]
    if a.due:
        parts.append(a.due)
    if a.progress:
        parts.append(_shorten(a.progress.split(": ", 1)[-1], 36))
    return " – ".join(parts)


def follow_up_blocks(actions: tuple[ActionLine, ...], note: str) -> list[Block]:
    """Under "Opvolging actiepunten": the actions due by the meeting, one line each, then
    the pointer to the others."""
    out: list[Block] = []
    if actions:
        out += [
            Para(
                "Actiepunten met een termijn tot en met deze vergadering "
                "(wat – wie – termijn – laatste stand)",
                style="strong",
            ),
            Bullets(tuple(follow_up_line(a) for a in actions)),
        ]
    if note:
        out.append(Para(note, style="quiet"))
    return out


def new_action_lines(actions: tuple[ActionLine, ...]) -> Bullets:
    """The end overview of this meeting's actions: one line each (details at the items)."""
    return Bullets(
        tuple(
            " – ".join(x for x in (_shorten(_what(a), 60), _shorten(a.owner, 24), a.due) if x)
            for a in actions
        )
    )


def agenda_table(items: tuple[AgendaLine, ...]) -> Block:
    if not items:
        return Para("De agenda is nog leeg.", style="quiet")
    rows = tuple(
        ("\u2003" * line.depth + line.number, _agenda_cell(line), line.time) for line in items
    )
    return Table(("Nr.", "Agendapunt", "Tijd"), rows, (0.09, 0.69, 0.22))


def invitation(doc: InvitationDoc) -> list[Block]:
    out: list[Block] = [
        Heading(f"Uitnodiging – {doc.meeting.number.lower()}"),
        meeting_table(doc.meeting),
        Gap(),
        Para(doc.salutation),
    ]
    out += paragraphs(doc.body_text)
    out += [Heading("Agenda", 2), agenda_table(doc.agenda)]
    files = [f"Punt {a.number}: {f}" for a in doc.agenda for f in a.attachments]
    if files:
        out += [Heading("Bijlagen", 2), Bullets(tuple(files))]
    out += [
        Heading("Aanwezigheid", 2),
        *paragraphs(doc.reply),
        Gap(),
        Para(doc.closing),
        Para(doc.signature, style="strong"),
    ]
    return out


def agenda(doc: AgendaDoc) -> list[Block]:
    return [Heading("Agenda"), meeting_table(doc.meeting), Gap(), agenda_table(doc.items)]


def attendance_sheet(doc: AttendanceSheetDoc) -> list[Block]:
    rows = tuple((r.name, r.organisation, r.role, "") for r in doc.rows)
    rows += tuple(("", "", "", "") for _ in range(doc.blank_rows))
    return [
        Heading("Aanwezigheidslijst"),
        meeting_table(doc.meeting),
        Para(
            "Gelieve bij aankomst uw naam na te kijken en te tekenen. Wie niet op de lijst "
            "staat, vult een lege regel in.",
            style="quiet",
        ),
        Table(
            ("Naam", "Organisatie", "Hoedanigheid", "Handtekening"),
            rows,
            (0.27, 0.24, 0.19, 0.30),
            tall=True,
            names=(0, 1),
        ),
    ]


def action_rows(actions: tuple[ActionLine, ...], origin: bool) -> Table:
    if origin:
        rows = tuple((_what(a), a.owner, a.due, a.origin) for a in actions)
        header = ("Wat", "Wie", "Termijn", "Van")
        widths = (0.40, 0.20, 0.16, 0.24)
    else:
        rows = tuple((_what(a), a.owner, a.due) for a in actions)
        header, widths = ("Wat", "Wie", "Termijn"), (0.56, 0.28, 0.16)
    marked = tuple(i for i, a in enumerate(actions) if a.overdue)
    return Table(header, rows, widths, marked=marked, names=(1,))


def action_lines(actions: tuple[ActionLine, ...]) -> list[Para]:
    """A meeting's new actions under their item, in full, each led like a decision
    ("Actie: what – who – termijn"): no label line of its own, which cost a line per item
    and could stand alone at the foot of a page."""
    return [
        Para(
            " – ".join(
                x
                for x in (
                    " ".join(a.description.split()),
                    a.owner,
                    f"termijn {a.due}" if a.due else "",
                )
                if x
            ),
            lead="Actie: ",
        )
        for a in actions
    ]


def decision_blocks(d: DecisionLine, context: bool = False) -> list[Block]:
    out: list[Block] = []
    if context and d.context:
        out.append(Para(d.context, style="meta"))
    mark = f" ({CONFIDENTIAL_MARK})" if d.confidential else ""
    out.append(Para(d.text, lead=f"{d.label}{mark}: "))
    if d.votes:
        out.append(Para(d.votes, style="note"))
    return out


def minutes_item(item: MinutesItem) -> list[Block]:
    out: list[Block] = [Heading(f"{item.number}. {item.title}", 2)]
    mark = (CONFIDENTIAL_MARK,) if item.confidential else ()
    details = [x for x in (*mark, item.kind, item.presenter) if x]
    if details:
        out.append(Para(" · ".join(details), style="meta"))
    if item.adjourned_from:
        out.append(Para(item.adjourned_from, style="note"))
    if item.arrived:
        out.append(Para(", ".join(item.arrived), lead="Aanwezig vanaf dit punt: ", style="note"))
    if item.left_room:
        out.append(
            Para(", ".join(item.left_room), lead="Verliet de zaal voor dit punt: ", style="note")
        )
    if item.follow_up or item.follow_up_note:
        out += follow_up_blocks(item.follow_up, item.follow_up_note)
    out += note_blocks(item.notes)  # "- " and "1. " lines become lists
    for d in item.decisions:
        out += decision_blocks(d)
    out += action_lines(item.actions)
    if item.left:
        out.append(
            Para(", ".join(item.left), lead="Verliet de vergadering na dit punt: ", style="note")
        )
    if item.adjourned_to:
        out.append(Para(item.adjourned_to, style="strong"))
    return out


def minutes(doc: MinutesDoc) -> list[Block]:
    out: list[Block] = [
        Heading(doc.frame.title),
        meeting_table(doc.meeting),
        Para(doc.status_line, style="strong"),
    ]
    if doc.public_note:
        out.append(Para(doc.public_note, style="quiet"))
    out.append(Heading("Aanwezigheden", 2))
    for lead, names in (
        ("Aanwezig", doc.present),
        ("Verontschuldigd", doc.excused),
        ("Afwezig", doc.absent),
    ):
        out.append(Para("; ".join(names) if names else "niemand", lead=f"{lead}: "))
    if doc.unrecorded:  # never shown as absent: nobody recorded them
        out.append(Para("; ".join(doc.unrecorded), lead="Aanwezigheid niet geregistreerd: "))
    out.append(Heading("Verslag van de agendapunten"))
    for item in doc.items:
        out += minutes_item(item)
    followed = next((i for i in doc.items if i.follow_up or i.follow_up_note), None)
    count = len(doc.new_actions)
    if count == 1:  # one action: "het staat", not "ze staan"
        new = (
            "Deze vergadering legde 1 nieuw actiepunt vast; het staat hierboven bij zijn "
            "agendapunt."
        )
    elif count:
        new = (
            f"Deze vergadering legde {count} nieuwe actiepunten vast; ze staan hierboven "
            "bij hun agendapunten."
        )
    else:
        new = "Deze vergadering legde geen nieuwe actiepunten vast."
    if followed is not None:  # listed once, under its item; all of them: the action list
        pointer = Para(
            f"{new} De opvolging van eerdere actiepunten staat onder punt "
            f"{followed.number}; alle open actiepunten staan in de actielijst.",
            lead="Overzicht van de actiepunten: ",
        )
        if doc.closing is not None:  # only a pointer: a line of the closing, no section
            return out + closing(doc.closing, pointer)
        out += [Heading("Overzicht van de actiepunten"), replace(pointer, lead="")]
    else:
        out.append(Heading("Overzicht van de actiepunten"))
        out.append(Para(new))
        out.append(Heading("Openstaande actiepunten van vorige vergaderingen", 2))
        if doc.open_actions or doc.open_actions_note:
            out += follow_up_blocks(doc.open_actions, doc.open_actions_note)
        else:
            out.append(Para("Geen openstaande actiepunten.", style="quiet"))
    if doc.closing is None:
        out.append(Heading("Volgende vergadering", 2))
        out.append(Para(doc.next_meeting or "Nog niet vastgelegd."))
        return out
    return out + closing(doc.closing)


def closing(c: MinutesClosing, actions: Para | None = None) -> list[Block]:
    """The end of the minutes: where the actions are, closing time, next meeting,
    note-taker, signatures."""
    out: list[Block] = [Heading("Sluiting"), *([actions] if actions else [])]
    if c.closed_at:
        out.append(Para(c.closed_at))
    out.append(Para(c.next_meeting or "Nog niet vastgelegd.", lead="Volgende vergadering: "))
    if c.note_taker:
        out.append(Para(c.note_taker, lead="Verslag: "))
    if c.signatures:
        cells = tuple(
            "\n".join(x for x in (s.name or "Naam: ………………………", s.function) if x)
            for s in c.signatures
        )
        out += [
            Gap(),
            Table(
                tuple(s.role for s in c.signatures),
                (cells,),
                tuple(1 / len(c.signatures) for _ in c.signatures),
                tall=True,
            ),
        ]
    return out


def decisions(doc: DecisionListDoc) -> list[Block]:
    out: list[Block] = [Heading("Besluitenlijst"), Para(doc.scope, style="meta")]
    if not doc.groups:
        out.append(Para("Er zijn geen besluiten.", style="quiet"))
    section = ""
    for group in doc.groups:
        if group.section != section:  # a list over every body: each body under its name
            section = group.section
            out.append(Heading(section))
        out.append(Heading(group.heading, 2))
        for d in group.decisions:
            out += decision_blocks(d, context=True)
    return out


def actions(doc: ActionListDoc) -> list[Block]:
    out: list[Block] = [Heading("Actielijst"), Para(doc.scope, style="meta")]
    if not doc.groups:
        out.append(Para("Er zijn geen open actiepunten.", style="quiet"))
    section = ""
    for group in doc.groups:
        if group.section != section:  # a list over every body: each body under its name
            section = group.section
            out.append(Heading(section, 2))
        # the owner heads the group's table and comes back with it on every next page
        rows = tuple((_what(a), a.due, a.status, a.origin) for a in group.actions)
        marked = tuple(i for i, a in enumerate(group.actions) if a.overdue)
        out.append(
            Table(
                ("Wat", "Termijn", "Status", "Van"),
                rows,
                (0.42, 0.16, 0.16, 0.26),
                marked=marked,
                caption=group.owner,
            )
        )
    return out


_LAYOUTS = {
    InvitationDoc: invitation,
    AgendaDoc: agenda,
    AttendanceSheetDoc: attendance_sheet,
    MinutesDoc: minutes,
    DecisionListDoc: decisions,
    ActionListDoc: actions,
}


def blocks(doc: Document) -> list[Block]:
    return _LAYOUTS[type(doc)](doc)  # type: ignore[operator]
