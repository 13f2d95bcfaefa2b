"""The meeting package's reader: a file or JSON value checked into a plain package.

Everything is validated before anything is written; every problem names its place in the
file ("agenda[2].duration_minutes") and what is wrong.
"""

from __future__ import annotations

import datetime as dt
import json
import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from ..storage.enums import (
    ActionStatus,
    Answer,
    ItemKind,
    MeetingStatus,
    Presence,
    Role,
)
from .errors import ValidationError
from .labels import ROLE
from .names import name_key
from .parse import check_hours

FORMAT = "spitsregio-meeting"
VERSION = 1
# Agenda items nest as 1 > 1.1 > 1.1.1 …; deeper than this no meeting goes, and a file that
# nests deeper is refused before parsing (no RecursionError on a hostile file).
MAX_ITEM_LEVELS = 6
# root {} > agenda [] > item {} (> items [] > item {}) … > decisions [] > decision {}
MAX_JSON_DEPTH = 1 + 2 * MAX_ITEM_LEVELS + 2
_STRING = re.compile(r'"(?:[^"\\]|\\.)*"', re.S)
_BRACKET = re.compile(r"[\[\]{}]")
_SURROGATE = re.compile("[\ud800-\udfff]")
_CONTROL = re.compile("[\x00-\x1f\x7f]")
# In long text (notes, decisions, actions) tab and line breaks stay, Word's Shift+Enter
# (\x0b) becomes a line break and the other control characters are dropped.
_CONTROL_IN_LONG_TEXT = re.compile("[\x00-\x08\x0c\x0e-\x1f\x7f]")
_ISO_DATE = re.compile(r"[0-9]{4}-[0-9]{2}-[0-9]{2}")
_HOUR = re.compile(r"[0-9]{2}:[0-9]{2}")
_ROLE_BY_WORD = {**{v: k for k, v in ROLE.items()}, **{r.value: r for r in Role}}


@dataclass
class _Item:
    title: str
    kind: ItemKind
    theme: str
    presenter: str
    duration: int
    confidential: bool
    notes: str
    internal_notes: str
    adjourned: bool
    attachments: list[str]
    decisions: list[dict]
    actions: list[dict]
    children: list[_Item] = field(default_factory=list)
    number: str = ""


class _Reader:
    """Reads one JSON value at a path and says precisely what is wrong with it."""

    def __init__(self, data: Any, path: str = ""):
        self.data, self.path = data, path

    def _p(self, key: str | int) -> str:
        if isinstance(key, int):
            return f"{self.path}[{key}]"
        return f"{self.path}.{key}" if self.path else key

    def fail(self, key: str | int, message: str) -> ValidationError:
        return ValidationError(message, self._p(key))

    def obj(self) -> dict:
        if not isinstance(self.data, dict):
            raise ValidationError("moet een object zijn", self.path or "package")
        return self.data

    def get(self, key: str, required: bool = False) -> Any:
        data = self.obj()
        if key not in data or data[key] is None:
            if required:
                raise self.fail(key, "ontbreekt")
            return None
        return data[key]

    def text(
        self,
        key: str,
        required: bool = False,
        default: str = "",
        limit: int = 1_000_000,
        long: bool = False,
    ) -> str:
        """A string; names and titles refuse control characters, long text is cleaned."""
        value = self.get(key, required)
        if value is None:
            return default
        if not isinstance(value, str):
            raise self.fail(key, "moet tekst zijn")
        value = clean_text(value, self._p(key), long=long)
        if required and not value.strip():
            raise self.fail(key, "mag niet leeg zijn")
        if len(value) > limit:
            raise self.fail(key, f"is te lang (hoogstens {limit} tekens)")
        return value

    def boolean(self, key: str) -> bool:
        value = self.get(key)
        if value is None:
            return False
        if not isinstance(value, bool):
            raise self.fail(key, "moet true of false zijn")
        return value

    def count(self, key: str, label: str = "een getal") -> int | None:
        value = self.get(key)
        if value is None:
            return None
        if isinstance(value, bool) or not isinstance(value, int):
            raise self.fail(key, f"moet {label} zijn")
        if value < 0:
            raise self.fail(key, "mag niet negatief zijn")
        return value

    def date(self, key: str, required: bool = False) -> dt.date | None:
        value = self.text(key, required)
        if not value:
            return None
        try:  # JJJJ-MM-DD in ASCII digits only: no week dates (2026-W50-4), no ordinals
            return dt.date.fromisoformat(value) if _ISO_DATE.fullmatch(value) else _bad()
        except ValueError:
            raise self.fail(key, f"'{value}' is geen bestaande datum (JJJJ-MM-DD)") from None

    def time(self, key: str) -> dt.time | None:
        value = self.text(key)
        if not value:
            return None
        try:  # UU:MM in ASCII digits: int() would also take "+9" or full-width "０９"
            if not _HOUR.fullmatch(value):
                _bad()
            return dt.time(int(value[:2]), int(value[3:]))
        except ValueError:
            raise self.fail(key, f"'{value}' is geen geldig uur (UU:MM)") from None

    def choice(self, key: str, allowed: dict[str, Any], default: Any = None) -> Any:
        value = self.get(key)
        if value is None:
            return default
        if not isinstance(value, str) or value not in allowed:
            names = ", ".join(sorted({str(k) for k in allowed}))
            raise self.fail(key, f"onbekende waarde {json.dumps(value)} (toegelaten: {names})")
        return allowed[value]

    def items(self, key: str) -> list[_Reader]:
        value = self.get(key)
        if value is None:
            return []
        if not isinstance(value, list):
            raise self.fail(key, "moet een lijst zijn")
        return [_Reader(v, f"{self._p(key)}[{i}]") for i, v in enumerate(value)]


def _bad() -> Any:
    raise ValueError


def clean_text(value: str, field: str, long: bool = False) -> str:
    """Refuse what cannot be stored or printed; clean long text of control characters.

    A lone surrogate ("\\ud800" in JSON) cannot be encoded at all; a NUL or other control
    character in a name or title is refused (it would be invisible in every list);
    in long text they are dropped as docs/PACKAGE.md says.
    """
    if _SURROGATE.search(value):
        raise ValidationError("bevat een ongeldig teken (een losse surrogaat)", field)
    if long:
        return _CONTROL_IN_LONG_TEXT.sub("", value.replace("\x0b", "\n"))
    if found := _CONTROL.search(value):
        raise ValidationError(
            f"bevat een stuurteken (U+{ord(found.group()):04X}); "
            "dat is niet toegelaten in een naam of titel",
            field,
        )
    return value


def check_nesting(text: str) -> None:
    """Refuse a file nested deeper than a package can be, before the JSON parser recurses."""
    depth = deepest = 0
    for bracket in _BRACKET.finditer(_STRING.sub('""', text)):
        depth += 1 if bracket.group() in "[{" else -1
        deepest = max(deepest, depth)
        if deepest > MAX_JSON_DEPTH:
            raise ValidationError(
                f"het pakket is dieper genest dan een vergaderpakket kan zijn (agendapunten "
                f"hoogstens {MAX_ITEM_LEVELS} niveaus diep)",
                "agenda",
            )


def _enum_map(enum_cls) -> dict[str, Any]:
    return {m.value: m for m in enum_cls}


@dataclass
class _Package:
    body: str
    title: str
    date: dt.date
    start: dt.time | None
    end: dt.time | None
    location: str
    status: MeetingStatus
    participants: list[dict]
    items: list[_Item]


def validate_package(data: Any) -> _Package:
    root = _Reader(data)
    root.obj()
    if root.get("format") != FORMAT:
        raise root.fail("format", f'moet "{FORMAT}" zijn: dit is geen vergaderpakket')
    version = root.get("version", required=True)
    if type(version) is not int or version != VERSION:  # true == 1 and 1.0 == 1 in Python
        raise root.fail(
            "version",
            f"versie {json.dumps(version)} wordt niet ondersteund "
            f"(deze versie van het programma leest versie {VERSION})",
        )
    body = root.text("body", required=True)
    root.boolean("public")  # a public package imports like any other: it just holds less
    date = root.date("date", required=True)
    start, end = root.time("start"), root.time("end")
    try:
        check_hours(start, end, "end")
    except ValidationError as exc:
        raise root.fail("end", exc.message) from None
    participants = []
    for p in root.items("participants"):
        entry = {
            "name": p.text("name", required=True, limit=200).strip(),
            "organisation": p.text("organisation", limit=200).strip(),
            "role": p.choice("role", _ROLE_BY_WORD, Role.MEMBER),
            "email": p.text("email", limit=254).strip(),
            "attendance": p.choice("attendance", _enum_map(Presence)),
            "answer": p.choice("answer", _enum_map(Answer)),
            "substitute": p.text("substitute", limit=200).strip(),
            "answer_substitute": p.text("answer_substitute", limit=200).strip(),
            "arrived_at": p.time("arrived_at"),
            "left_at": p.time("left_at"),
            "arrived_from_item": p.text("arrived_from_item", limit=20).strip(),
            "left_after_item": p.text("left_after_item", limit=20).strip(),
            "left_room_for": [],
        }
        # An address that is not one is kept as typed, not refused: the package may come
        # from elsewhere, and the e-mail draft lists such members before it is made.
        for r in p.items("left_room_for"):
            if not isinstance(r.data, str):
                raise ValidationError("moet een agendapuntnummer zijn (tekst)", r.path)
            entry["left_room_for"].append(clean_text(r.data, r.path))
        if entry["answer"] == Answer.SUBSTITUTED and not (
            entry["answer_substitute"] or entry["substitute"]
        ):
            raise p.fail("substitute", 'vul in door wie dit lid vervangen wordt ("substitute")')
        participants.append(entry)
    names = [name_key(p["name"]) for p in participants]
    for i, name in enumerate(names):
        if name in names[:i]:
            raise ValidationError(
                f"'{participants[i]['name']}' staat twee keer in de lijst",
                f"participants[{i}].name",
            )
    items = [_read_item(r) for r in root.items("agenda")]
    _number(items, "")
    numbers = set()
    _collect_numbers(items, numbers)
    for i, p in enumerate(participants):
        for key in ("arrived_from_item", "left_after_item"):
            if p[key] and p[key] not in numbers:
                raise ValidationError(f"er is geen agendapunt {p[key]}", f"participants[{i}].{key}")
        for n in p["left_room_for"]:
            if n not in numbers:
                raise ValidationError(
                    f"er is geen agendapunt {n}", f"participants[{i}].left_room_for"
                )
    return _Package(
        body=body,
        title=root.text("title", limit=300).strip(),
        date=date,  # type: ignore[arg-type]
        start=start,
        end=end,
        location=root.text("location", limit=300).strip(),
        status=root.choice("status", _enum_map(MeetingStatus), MeetingStatus.PLANNED),
        participants=participants,
        items=items,
    )


def _read_item(r: _Reader, level: int = 1) -> _Item:
    if level > MAX_ITEM_LEVELS:
        raise ValidationError(f"agendapunten zijn hoogstens {MAX_ITEM_LEVELS} niveaus diep", r.path)
    duration = r.count("duration_minutes", "een geheel aantal minuten") or 0
    if duration > 24 * 60:
        raise r.fail("duration_minutes", "een duur van meer dan een dag is niet mogelijk")
    decisions = []
    for d in r.items("decisions"):
        decisions.append(
            {
                "text": d.text("text", required=True, limit=100_000, long=True),
                "votes_for": d.count("votes_for"),
                "votes_against": d.count("votes_against"),
                "votes_abstain": d.count("votes_abstain"),
            }
        )
    actions = []
    for a in r.items("actions"):
        actions.append(
            {
                "description": a.text("description", required=True, limit=100_000, long=True),
                "owner": a.text("owner", limit=200).strip(),
                "due": a.date("due"),
                "status": a.choice("status", _enum_map(ActionStatus), ActionStatus.OPEN),
            }
        )
    attachments = []
    for f in r.items("attachments"):
        if not isinstance(f.data, str) or not f.data.strip():
            raise ValidationError("moet een bestandsnaam zijn", f.path)
        attachments.append(clean_text(f.data, f.path).strip()[:255])
    return _Item(
        title=r.text("title", required=True, limit=500).strip(),
        kind=r.choice("kind", _enum_map(ItemKind), ItemKind.DISCUSSION),
        theme=r.text("theme", limit=100).strip(),
        presenter=r.text("presenter", limit=200).strip(),
        duration=duration,
        confidential=r.boolean("confidential"),
        notes=r.text("notes", long=True),
        internal_notes=r.text("internal_notes", long=True),
        adjourned=r.boolean("adjourned"),
        attachments=attachments,
        decisions=decisions,
        actions=actions,
        children=[_read_item(c, level + 1) for c in r.items("items")],
    )


def _number(items: list[_Item], prefix: str) -> None:
    for n, item in enumerate(items, start=1):
        item.number = f"{prefix}{n}"
        _number(item.children, item.number + ".")


def _collect_numbers(items: list[_Item], into: set[str]) -> None:
    for item in items:
        into.add(item.number)
        _collect_numbers(item.children, into)


def load_package_file(path: Path) -> Any:
    """Read a package file; a file that is not JSON gets a message with line and column."""
    path = Path(path)
    try:
        text = path.read_text(encoding="utf-8-sig")
    except FileNotFoundError:
        raise ValidationError(f"het bestand '{path}' bestaat niet", "file") from None
    except UnicodeDecodeError:
        raise ValidationError("het bestand is geen UTF-8-tekst", "file") from None
    except OSError as exc:
        raise ValidationError(
            f"het bestand kan niet gelezen worden ({exc.strerror})", "file"
        ) from None
    check_nesting(text)
    try:
        return json.loads(text)
    except RecursionError:  # check_nesting should have caught it; never a traceback
        raise ValidationError("het pakket is te diep genest", "file") from None
    except json.JSONDecodeError as exc:
        raise ValidationError(
            f"geen geldige JSON (regel {exc.lineno}, kolom {exc.colno}: {exc.msg})", "file"
        ) from None
