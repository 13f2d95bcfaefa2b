"""Offline minutes: a meeting checked out from the server to a laptop, and brought back.

Check-out copies the meeting with what its minutes need (the body's members, the
invitees, the open actions of the body with the meetings they came from) into the
laptop's database and marks it on the server as checked out (by whom, on which computer,
when); the server then refuses every change to it (storage.checkout_guard).

Check-in writes the laptop's meeting back in one server transaction and releases it.
Rows keep their server ids: the laptop remembers, per table, which server row each of
its rows came from (`Checkout.id_map`). So a check-in updates those rows in place,
inserts what the laptop added and deletes what it removed: action histories, objective
links, attachment files and the "adjourned from" links of later meetings stay intact.
An open action of an earlier meeting that someone changed on the server while the
meeting was away keeps the server's version; its new progress notes are added.
"""

from __future__ import annotations

import getpass
import json
import platform
import uuid
from collections.abc import Mapping
from dataclasses import dataclass, field

from sqlalchemy import delete, func, select, update
from sqlalchemy.orm import Session

from ..storage.checkout_guard import (
    LAPTOP_SIDE,
    SERVER_SIDE,
    checked_out_message,
    describe,
    now,
    open_checkout,
)
from ..storage.models import (
    Action,
    ActionEvent,
    Body,
    Checkout,
    Decision,
    Meeting,
    Membership,
)
from ..storage.row_copy import TABLES, RowCopier
from .errors import ValidationError
from .meetings import get_meeting, is_frozen, meeting_detail


@dataclass(frozen=True)
class Who:
    user: str
    computer: str


def who_am_i() -> Who:
    """The operating system's user and computer name, as the check-out records them."""
    try:
        user = getpass.getuser()
    except Exception:  # no user name in the environment (a service account)
        user = "onbekend"
    return Who(user=user, computer=platform.node() or "onbekende computer")


@dataclass
class CheckinResult:
    meeting_id: int  # on the server
    warnings: list[str] = field(default_factory=list)


def _free_number(session: Session, body_id: int, wanted: int) -> int:
    taken = session.scalar(
        select(Meeting.id).where(Meeting.body_id == body_id, Meeting.number == wanted)
    )
    if taken is None:
        return wanted
    return (
        session.scalar(select(func.max(Meeting.number)).where(Meeting.body_id == body_id)) or 0
    ) + 1


def _copy_meeting_row(c: RowCopier, meeting_id: int, laptop_body: int) -> int:
    [row] = c.rows("meetings", Meeting.id == meeting_id)
    values = dict(row)
    values["number"] = _free_number(c.dst, laptop_body, row["number"])
    values["live_item_id"] = None  # set once the items are there
    return c.insert("meetings", values)


# ---------------------------------------------------------------- check-out


def check_out(server: Session, laptop: Session, meeting_id: int, server_name: str, who: Who) -> int:
    """Copy the meeting to the laptop and mark it checked out; returns the laptop's id."""
    meeting = server.scalar(select(Meeting).where(Meeting.id == meeting_id).with_for_update())
    if meeting is None:
        get_meeting(server, meeting_id)  # raises the usual "no such meeting"
    already = open_checkout(server, meeting_id)
    if already is not None:
        raise ValidationError(checked_out_message(already), "meeting")
    if is_frozen(server, meeting_id):
        raise ValidationError(
            "het verslag van deze vergadering is goedgekeurd en bevroren; "
            "er valt niets meer offline te notuleren",
            "meeting",
        )
    body_name = server.scalar(select(Body.name).where(Body.id == meeting.body_id))
    laptop_body = laptop.scalar(select(Body.id).where(Body.name == body_name))
    if laptop_body is None:
        raise ValidationError(
            f"het overlegorgaan '{body_name}' ontbreekt in de laptopdatabase", "db"
        )
    c = RowCopier(server, laptop, {"bodies": {meeting.body_id: laptop_body}})
    rows = c.meeting_rows(meeting_id)
    members = c.rows("memberships", Membership.body_id == meeting.body_id)
    carried_ids = [a.id for a in meeting_detail(server, meeting_id).open_actions]
    carried = c.rows("actions", Action.id.in_(carried_ids))
    c.by_name("organisations", [m["organisation_id"] for m in members])
    c.people_of(rows, members + carried)
    _copy_members(c, members, laptop_body)
    laptop_meeting = _copy_meeting_row(c, meeting_id, laptop_body)
    for table, table_rows in rows.items():
        for row in table_rows:
            c.insert(table, row)
    if meeting.live_item_id in c.map("agenda_items"):
        laptop.execute(
            update(Meeting.__table__)
            .where(Meeting.__table__.c.id == laptop_meeting)
            .values(live_item_id=c.map("agenda_items")[meeting.live_item_id])
        )
    versions = _copy_carried(c, carried, laptop_body)
    token = str(uuid.uuid4())
    at = now()
    server.add(
        Checkout(
            side=SERVER_SIDE,
            meeting_id=meeting_id,
            token=token,
            user_name=who.user,
            computer=who.computer,
            checked_out_at=at,
            remote_meeting_id=laptop_meeting,
            server="",
            release="",
            released_by="",
            release_reason="",
            id_map="",
        )
    )
    inverse = {t: {v: k for k, v in m.items()} for t, m in c.maps.items()}
    laptop.add(
        Checkout(
            side=LAPTOP_SIDE,
            meeting_id=laptop_meeting,
            token=token,
            user_name=who.user,
            computer=who.computer,
            checked_out_at=at,
            remote_meeting_id=meeting_id,
            server=server_name,
            release="",
            released_by="",
            release_reason="",
            id_map=json.dumps({"maps": inverse, "carried_versions": versions}),
        )
    )
    laptop.flush()
    # the server first: if the laptop's commit then failed, a forced release frees it;
    # the other way round the laptop would hold a copy the server does not know about
    server.commit()
    laptop.commit()
    return laptop_meeting


def _copy_members(c: RowCopier, members: list[Mapping], laptop_body: int) -> None:
    existing = {
        (p, s)
        for p, s in c.dst.execute(
            select(Membership.person_id, Membership.start_date).where(
                Membership.body_id == laptop_body
            )
        )
    }
    for m in members:
        key = (c.map("persons").get(m["person_id"]), m["start_date"])
        if key not in existing:
            c.insert("memberships", m)
            existing.add(key)


def _copy_carried(c: RowCopier, carried: list[Mapping], laptop_body: int) -> dict[str, int]:
    """Open actions of earlier meetings, with those meetings (date, number, title) only."""
    versions = {}
    for action in carried:
        origin = action["meeting_id"]
        if origin not in c.map("meetings"):
            _copy_meeting_row(c, origin, laptop_body)
        c.insert("actions", action)
        versions[str(action["id"])] = action["row_version"]
        for event in c.rows("action_events", ActionEvent.action_id == action["id"]):
            c.insert("action_events", event)
    return versions


# ---------------------------------------------------------------- check-in


def laptop_checkout(laptop: Session, meeting_id: int) -> Checkout:
    c = laptop.scalar(
        select(Checkout)
        .where(Checkout.meeting_id == meeting_id, Checkout.side == LAPTOP_SIDE)
        .order_by(Checkout.id.desc())
        .limit(1)
    )
    if c is None:
        raise ValidationError(
            f"vergadering {meeting_id} van deze laptop is niet meegenomen van een server",
            "meeting",
        )
    if c.released_at is not None:
        raise ValidationError(
            f"vergadering {meeting_id} is al teruggebracht op {c.released_at:%d/%m/%Y %H:%M}",
            "meeting",
        )
    return c


def check_in(
    laptop: Session, server: Session, laptop_meeting_id: int, server_name: str, who: Who
) -> CheckinResult:
    """Write the laptop's meeting back to the server in one transaction and release it."""
    mine = laptop_checkout(laptop, laptop_meeting_id)
    if mine.server != server_name:
        raise ValidationError(
            f"deze vergadering werd meegenomen van {mine.server}, niet van {server_name}",
            "server",
        )
    server_meeting = mine.remote_meeting_id
    locked = server.scalar(select(Meeting.id).where(Meeting.id == server_meeting).with_for_update())
    theirs = server.scalar(select(Checkout).where(Checkout.token == mine.token))
    if locked is None or theirs is None:
        raise ValidationError("de vergadering bestaat niet meer op de server", "meeting")
    if theirs.released_at is not None:
        if theirs.release == "forced":
            raise ValidationError(
                f"de vergadering werd op de server vrijgegeven door {theirs.released_by} "
                f"op {theirs.released_at:%d/%m/%Y %H:%M} ({theirs.release_reason}); "
                "wat op deze laptop genotuleerd werd, blijft hier",
                "meeting",
            )
        raise ValidationError("deze vergadering is al teruggebracht", "meeting")
    server.info["checkin_token"] = mine.token  # the guard lets this one write
    saved = json.loads(mine.id_map)
    maps = {t: {int(k): v for k, v in m.items()} for t, m in saved["maps"].items()}
    c = RowCopier(laptop, server, maps)
    result = CheckinResult(meeting_id=server_meeting)
    try:
        rows = c.meeting_rows(laptop_meeting_id)
        carried = [
            r
            for r in c.rows("actions", Action.id.in_(list(maps.get("actions", {}))))
            if r["meeting_id"] != laptop_meeting_id
        ]
        c.people_of(rows, carried)
        [meeting_row] = c.rows("meetings", Meeting.id == laptop_meeting_id)
        c.put("meetings", meeting_row)
        _delete_removed(c, server, server_meeting, rows)
        # numbers may have moved up or down: out of the way first (unique per meeting)
        server.execute(
            update(Decision.__table__)
            .where(Decision.__table__.c.meeting_id == server_meeting)
            .values(number=-Decision.__table__.c.number)
        )
        for table, table_rows in rows.items():
            for row in table_rows:
                c.put(table, row)
        live = c.map("agenda_items").get(meeting_row["live_item_id"])
        server.execute(
            update(Meeting.__table__)
            .where(Meeting.__table__.c.id == server_meeting)
            .values(live_item_id=live)
        )
        _write_back_carried(c, carried, saved.get("carried_versions", {}), result)
        at = now()
        theirs.released_at, theirs.release, theirs.released_by = at, "checked_in", who.user
        server.commit()
    except BaseException:
        server.rollback()
        raise
    finally:
        server.info.pop("checkin_token", None)
    mine.released_at, mine.release, mine.released_by = at, "checked_in", who.user
    laptop.commit()
    return result


def _delete_removed(
    c: RowCopier, server: Session, meeting_id: int, rows: dict[str, list[Mapping]]
) -> None:
    """Server rows of the meeting whose laptop copy is gone were deleted on the laptop."""
    on_server = c.__class__(server, server, {}).meeting_rows(meeting_id)
    for table in reversed(list(rows)):
        kept = {c.map(table)[r["id"]] for r in rows[table] if r["id"] in c.map(table)}
        gone = [r["id"] for r in on_server[table] if r["id"] not in kept]
        if gone:
            t = TABLES[table]
            server.execute(delete(t).where(t.c.id.in_(gone)))


def _write_back_carried(
    c: RowCopier, carried: list[Mapping], versions: dict[str, int], result: CheckinResult
) -> None:
    for action in carried:
        server_id = c.map("actions")[action["id"]]
        now_version = c.dst.scalar(select(Action.row_version).where(Action.id == server_id))
        if now_version is None:
            result.warnings.append(f"actiepunt {server_id} bestaat niet meer op de server")
            continue
        if now_version == versions.get(str(server_id)):
            values = {k: action[k] for k in ("status", "closed_on", "due_date", "description")}
            values["owner_text"] = action["owner_text"]
            values["row_version"] = Action.__table__.c.row_version + 1
            c.dst.execute(
                update(Action.__table__).where(Action.__table__.c.id == server_id).values(values)
            )
        else:
            result.warnings.append(
                f"actiepunt {server_id} werd intussen op de server gewijzigd: de server "
                "houdt zijn versie; de nieuwe voortgang van de laptop is toegevoegd"
            )
        for event in c.rows("action_events", ActionEvent.action_id == action["id"]):
            if event["id"] not in c.map("action_events"):
                c.insert("action_events", event)


# ---------------------------------------------------------------- on the server


def force_release(session: Session, meeting_id: int, by: str, reason: str) -> None:
    """Free a meeting whose laptop is lost or broken; recorded with who and why.

    The laptop's later check-in is then refused: its notes stay on the laptop.
    """
    reason = (reason or "").strip()
    if not reason:
        raise ValidationError("geef een reden om de vergadering vrij te geven", "reason")
    checkout = open_checkout(session, meeting_id)
    if checkout is None:
        raise ValidationError("deze vergadering is niet meegenomen", "meeting")
    checkout.released_at = now()
    checkout.release = "forced"
    checkout.released_by = by
    checkout.release_reason = reason
    session.commit()


def server_name(location: object) -> str:
    """How a check-out remembers its server: the URL without password, or the file's path."""
    from pathlib import Path

    from ..storage.location import ServerUrl

    if isinstance(location, ServerUrl):
        return location.redacted
    return str(Path(str(location)).expanduser().resolve())


def laptop_origin(session: Session, meeting_id: int) -> str | None:
    """On a laptop: the server a meeting was taken from and is still to go back to."""
    return session.scalar(
        select(Checkout.server).where(
            Checkout.meeting_id == meeting_id,
            Checkout.side == LAPTOP_SIDE,
            Checkout.released_at.is_(None),
        )
    )


def checkout_state(session: Session, meeting_id: int) -> str | None:
    """ "meegenomen door X op PC sinds …" for the window, or None when not checked out."""
    checkout = open_checkout(session, meeting_id)
    return None if checkout is None else f"Meegenomen door {describe(checkout)}"


def check_out_to_file(server: Session, meeting_id: int, where: str, laptop_path: str) -> int:
    """Check a meeting out of the server (named `where`, as `server_name` gives it) into the
    laptop file at `laptop_path`: the window's "take along"."""
    from ..storage.database import open_database

    with open_database(laptop_path) as laptop, laptop.session() as lap:
        return check_out(server, lap, meeting_id, where, who_am_i())


def check_in_to_origin(laptop: Session, meeting_id: int) -> CheckinResult:
    """Bring a meeting of this laptop database back to the server it was taken from."""
    from ..storage.database import open_database
    from ..storage.location import db_location

    origin = laptop_origin(laptop, meeting_id)
    if origin is None:
        raise ValidationError("deze vergadering werd niet van een server meegenomen", "meeting")
    with open_database(db_location(origin)) as server, server.session() as s:
        return check_in(laptop, s, meeting_id, origin, who_am_i())


def release_by_me(session: Session, meeting_id: int, reason: str) -> None:
    """Force the release of a meeting taken along, in the name of this computer's user."""
    force_release(session, meeting_id, who_am_i().user, reason)


def try_location(location: object) -> str:
    """Open `location` once (a typo is said now, not at the next start) and return what the
    settings may keep: a server URL without its password (that goes to the credential
    store), or the file path."""
    from ..storage.database import open_database
    from ..storage.location import ServerUrl, store_password

    open_database(location, backup_on_start=False, lock=False).close()
    kept = store_password(location) if isinstance(location, ServerUrl) else location
    return str(kept)
