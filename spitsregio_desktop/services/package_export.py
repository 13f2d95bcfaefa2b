"""The meeting package's export: one meeting as the package's JSON (see package.py).

A public package (`public=True`) leaves out every confidential item (inherited: an item is
confidential when it or any ancestor is flagged) with its sub-items, notes, decisions,
actions and attachments, and every internal note; it says `"public": true`. Its items are
numbered as they stand in it, and the participants' item references follow.
"""

from __future__ import annotations

import datetime as dt
import json
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from ..storage.enums import Answer
from ..storage.models import Action, Person
from .labels import ROLE
from .meetings import meeting_detail
from .package_read import FORMAT, VERSION


def export_package(session: Session, meeting_id: int, public: bool = False) -> dict[str, Any]:
    d = meeting_detail(session, meeting_id)
    kept = [item for item in d.items if not (public and item.confidential)]
    by_parent: dict[int | None, list] = {}
    for item in kept:
        by_parent.setdefault(item.parent_id, []).append(item)
    number = _public_numbers(by_parent) if public else {i.number: i.number for i in d.items}
    owner_names = _owner_names(session, [a.id for a in d.actions])
    absences: dict[str, list[str]] = {}
    for item in kept:
        for name in item.left_room:
            absences.setdefault(name, []).append(number[item.number])

    def item_json(item) -> dict[str, Any]:
        out: dict[str, Any] = {
            "title": item.title,
            "kind": item.kind.value,
            "theme": item.theme,
            "presenter": item.presenter,
            "duration_minutes": item.duration_minutes,
            "confidential": item.confidential_flag,
            "notes": item.notes,
            **({} if public else {"internal_notes": item.internal_notes}),
            "adjourned": item.adjourned,
            "attachments": [a.filename for a in item.attachments],
            "decisions": [
                {
                    "text": dec.text,
                    **{
                        k: getattr(dec, k)
                        for k in ("votes_for", "votes_against", "votes_abstain")
                        if getattr(dec, k) is not None
                    },
                }
                for dec in item.decisions
            ],
            "actions": [
                {
                    "description": a.description,
                    "owner": owner_names.get(a.id, ""),
                    "due": a.due_date.isoformat() if a.due_date else None,
                    "status": a.status.value,
                }
                for a in item.actions
            ],
        }
        children = by_parent.get(item.id, [])
        if children:
            out["items"] = [item_json(c) for c in children]
        return out

    invited = {inv.person_id: inv for inv in d.invitations}
    participants = []
    seen = set()
    for att in d.attendance:
        seen.add(att.person_id)
        inv = invited.get(att.person_id)
        answer = {"answer": inv.answer.value} if inv else {}
        if (
            inv
            and inv.answer == Answer.SUBSTITUTED
            and inv.substitute_name != (att.substitute_name)
        ):
            answer["answer_substitute"] = inv.substitute_name
        participants.append(
            {
                "name": att.name,
                "organisation": att.organisation,
                "role": ROLE[inv.role if inv else att.role],
                "email": inv.email if inv else _email(session, att.person_id),
                **answer,
                "attendance": att.presence.value,
                "substitute": att.substitute_name,
                "arrived_at": _hm(att.arrived_at),
                "left_at": _hm(att.left_at),
                "arrived_from_item": _moved(att.arrived_from_item, d.items, number, 1),
                "left_after_item": _moved(att.left_after_item, d.items, number, -1),
                "left_room_for": absences.get(att.name, []),
            }
        )
    for inv in d.invitations:
        if inv.person_id in seen:
            continue
        participants.append(
            {
                "name": inv.name,
                "organisation": inv.organisation,
                "role": ROLE[inv.role],
                "email": inv.email,
                "answer": inv.answer.value,
                # no "attendance": not recorded, and it stays so through a round trip
                **({"substitute": inv.substitute_name} if inv.substitute_name else {}),
            }
        )
    return {
        "format": FORMAT,
        "version": VERSION,
        "body": d.body.name,
        "title": d.title,
        "date": d.date.isoformat(),
        "start": _hm(d.start_time),
        "end": _hm(d.end_time),
        "location": d.location,
        "status": d.status.value,
        "public": public,
        "participants": participants,
        "agenda": [item_json(i) for i in by_parent.get(None, [])],
    }


def _public_numbers(by_parent: dict[int | None, list]) -> dict[str, str]:
    """Old number → number in the public package, where left-out items leave no gap."""
    found: dict[str, str] = {}

    def walk(parent_id: int | None, prefix: str) -> None:
        for n, item in enumerate(by_parent.get(parent_id, []), start=1):
            found[item.number] = f"{prefix}{n}"
            walk(item.id, f"{prefix}{n}.")

    walk(None, "")
    return found


def _moved(old: str, items: tuple, number: dict[str, str], step: int) -> str | None:
    """An item reference in the package's numbering. When its item is left out, the next
    kept item (arrived from: step 1) or the previous one (left after: step -1)."""
    if not old:
        return None
    order = [i.number for i in items]
    if old not in order:
        return None
    index = order.index(old)
    while 0 <= index < len(order):
        if order[index] in number:
            return number[order[index]]
        index += step
    return None


def _hm(t: dt.time | None) -> str | None:
    return t.strftime("%H:%M") if t else None


def _email(session: Session, person_id: int) -> str:
    person = session.get(Person, person_id)
    return person.email if person else ""


def _owner_names(session: Session, action_ids: list[int]) -> dict[int, str]:
    names = {}
    for a in session.scalars(select(Action).where(Action.id.in_(action_ids))):
        if a.owner_person is not None:
            names[a.id] = a.owner_person.name
        elif a.owner_organisation is not None:
            names[a.id] = a.owner_organisation.name
        else:
            names[a.id] = a.owner_text
    return names


def dumps(data: dict[str, Any]) -> str:
    return json.dumps(data, ensure_ascii=False, indent=2) + "\n"
