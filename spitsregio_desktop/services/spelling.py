"""Dutch (Belgian) spell-check of what the secretary types: which words to underline, and what
to offer instead. No Qt: the window's highlighter (ui/widgets/spellcheck.py) asks this module.

The dictionary is OpenTaal's Hunspell nl_BE (resources/dictionaries/, BSD or CC BY 3.0),
checked through pyenchant: its Windows wheels carry the Enchant + Hunspell engine; on Linux it
needs Debian's libenchant-2-2. Loading takes ~0.1 s and one word ~0.01 ms (pure-Python spylls:
2 s and up to 1 ms; docs/PERFORMANCE.md has the figures), so a keystroke never waits on it.
Without the engine nothing is underlined: a missing spell-check must never stop the minutes.

Never underlined: names the program knows (members, organisations, the 30 municipalities,
bodies, themes; `known_words`), the personal word list (a text file in the user's data
folder, which upgrades leave alone), words ignored in this session, words in CAPITALS and
words with digits (as Word does by default). Results are cached per word.
"""

from __future__ import annotations

import logging
import os
import re
import shutil
import threading
from collections.abc import Callable, Iterable
from pathlib import Path
from typing import Protocol

from sqlalchemy import select
from sqlalchemy.orm import Session

from ..storage.models import AgendaItem, Body, Objective, Organisation, Person
from ..storage.paths import data_dir, resources_dir
from ..storage.reference import load_reference

log = logging.getLogger(__name__)

LANGUAGE = "nl_BE"
SUGGESTIONS = 5
# A word: letters, with an apostrophe or hyphen inside ("zo'n", "auto's", "e-mail").
WORD = re.compile(r"[^\W\d_]+(?:['’\-][^\W\d_]+)*")
# Spans never checked: web and e-mail addresses, and words glued to digits ("9u30", "2de").
SKIP = re.compile(r"(?:https?://|www\.)\S+|\S+@\S+\.\S+|\w*\d\w*")


class Engine(Protocol):
    def check(self, word: str) -> bool: ...

    def suggest(self, word: str) -> list[str]: ...


def dictionary_dir() -> Path:
    return resources_dir() / "dictionaries"


def personal_list_path() -> Path:
    """The personal word list: in the user's (local) data folder, beside the database."""
    return data_dir() / "woordenlijst.txt"


def _engine_dir() -> Path:
    return data_dir() / "spelling"


def load_enchant(dictionaries: Path, engine_dir: Path) -> Engine:
    """pyenchant's Hunspell dictionary nl_BE from our own files, not the system's.

    Enchant finds Hunspell dictionaries in ENCHANT_CONFIG_DIR/hunspell (read when the broker
    starts, at import) and writes its own word lists there, so the files are copied into a
    folder of ours in the user's data folder once (again when a new version ships).
    """
    target = engine_dir / "hunspell"
    target.mkdir(parents=True, exist_ok=True)
    for suffix in (".aff", ".dic"):
        src = dictionaries / f"{LANGUAGE}{suffix}"
        dst = target / src.name
        if not dst.exists() or dst.stat().st_size != src.stat().st_size:
            tmp = dst.with_name(dst.name + ".tmp")
            shutil.copyfile(src, tmp)
            os.replace(tmp, dst)
    os.environ["ENCHANT_CONFIG_DIR"] = str(engine_dir)
    import enchant  # noqa: PLC0415 - ~40 ms, only when spell-check is first used

    return enchant.Dict(LANGUAGE)


def _fold(word: str) -> str:
    return word.replace("’", "'").casefold()


class SpellChecker:
    """The spell-check of one program run; safe to ask before the dictionary is loaded."""

    def __init__(
        self, personal_path: Path | None = None, load_engine: Callable[[], Engine] | None = None
    ):
        self.personal_path = personal_path or personal_list_path()
        self._load_engine = load_engine or (lambda: load_enchant(dictionary_dir(), _engine_dir()))
        self._engine: Engine | None = None
        self._load_lock = threading.Lock()
        self.load_error = ""
        self._cache: dict[str, bool] = {}
        self._known: set[str] = set()
        self._ignored: set[str] = set()
        self._personal: set[str] = set()
        self.generation = 0  # up on every change of what is accepted: marks are stale
        self._read_personal()

    # ------------------------------------------------------------ loading

    @property
    def loaded(self) -> bool:
        return self._engine is not None

    def load(self) -> bool:
        """Load the dictionary (blocking; the window calls it off the UI thread)."""
        with self._load_lock:
            if self._engine is None and not self.load_error:
                try:
                    self._engine = self._load_engine()
                except Exception as exc:  # noqa: BLE001 - no engine: no underlining, no crash
                    self.load_error = f"{type(exc).__name__}: {exc}"
                    log.warning("spell-check unavailable: %s", self.load_error)
                else:
                    self._changed()
        return self._engine is not None

    # ------------------------------------------------------------ what is accepted

    def set_known_names(self, names: Iterable[str]) -> None:
        """Names the program knows: each of their words is accepted ("Kortenberg", "VDAB")."""
        words = {_fold(w) for name in names for w in WORD.findall(name or "")}
        if words != self._known:
            self._known = words
            self._changed()

    def ignore(self, word: str) -> None:
        """ "Negeren": accepted until the program closes."""
        self._ignored.add(_fold(word))
        self._changed()

    def add_to_personal(self, word: str) -> None:
        """ "Toevoegen aan woordenlijst": accepted from now on, also after an upgrade."""
        word = word.strip()
        if not word or _fold(word) in self._personal:
            return
        self._personal.add(_fold(word))
        path = self.personal_path
        path.parent.mkdir(parents=True, exist_ok=True)
        words = sorted(set(self._read_words()) | {word}, key=str.casefold)
        tmp = path.with_name(path.name + ".tmp")
        tmp.write_text("".join(f"{w}\n" for w in words), encoding="utf-8")
        os.replace(tmp, path)
        self._changed()

    def _read_words(self) -> list[str]:
        try:
            text = self.personal_path.read_text(encoding="utf-8")
        except (OSError, UnicodeDecodeError):
            return []
        return [line.strip() for line in text.splitlines() if line.strip()]

    def _read_personal(self) -> None:
        self._personal = {_fold(w) for w in self._read_words()}

    def _changed(self) -> None:
        self._cache.clear()
        self.generation += 1

    # ------------------------------------------------------------ checking

    def is_correct(self, word: str) -> bool:
        """True when `word` needs no underline (also while the dictionary is not loaded)."""
        cached = self._cache.get(word)
        if cached is not None:
            return cached
        engine = self._engine
        if engine is None:
            return True  # not cached: checked for real once the dictionary is there
        result = self._judge(word, engine)
        self._cache[word] = result
        return result

    def _judge(self, word: str, engine: Engine) -> bool:
        if len(word) < 2 or word.isupper():
            return True  # "VDAB", "ESF": abbreviations, as Word ignores words in capitals
        folded = _fold(word)
        if folded in self._known or folded in self._personal or folded in self._ignored:
            return True
        plain = word.replace("’", "'")
        if engine.check(plain):
            return True
        if plain[0].isupper() and engine.check(plain[0].lower() + plain[1:]):
            return True  # the start of a sentence
        if "-" in plain:  # "Oost-Brabantse", "mobiliteits-plan": every part correct
            parts = plain.split("-")
            return all(p and self.is_correct(p) for p in parts)
        return False

    def misspelt(self, text: str) -> list[tuple[int, int]]:
        """(start, length) of each word of `text` to underline."""
        if self._engine is None:
            return []
        skipped = (
            [m.span() for m in SKIP.finditer(text)]
            if any(c.isdigit() or c in "@/" for c in text)
            else []
        )
        out = []
        for match in WORD.finditer(text):
            start, end = match.span()
            if skipped and any(a <= start < b for a, b in skipped):
                continue
            if not self.is_correct(match.group()):
                out.append((start, end - start))
        return out

    def suggestions(self, word: str, limit: int = SUGGESTIONS) -> list[str]:
        """Up to `limit` corrections, best first (~5–200 ms: on a right-click only)."""
        if self._engine is None:
            return []
        try:
            found = self._engine.suggest(word.replace("’", "'"))
        except Exception:  # noqa: BLE001 - an engine hiccup means no suggestions, no crash
            return []
        out: list[str] = []
        for candidate in found:
            if candidate != word and candidate not in out:
                out.append(candidate)
        return out[:limit]


def known_words(session: Session) -> list[str]:
    """Every name the program knows, to be accepted as spelt: persons, organisations (the 30
    municipalities among them), bodies, and the themes of bodies, items and objectives."""
    names: list[str] = []
    names += session.scalars(select(Person.name)).all()
    for name, short in session.execute(select(Organisation.name, Organisation.short)):
        names += [name, short or ""]
    for name, short, themes in session.execute(select(Body.name, Body.short, Body.themes)):
        names += [name, short, *(themes or "").splitlines()]
    names += session.scalars(select(AgendaItem.theme).distinct()).all()
    names += session.scalars(select(Objective.theme).distinct()).all()
    names += load_reference().get("municipalities", [])
    return [n for n in names if n]
