"""Write Dutch translations into spitsregio_nl.ts: `python translations/fill.py nl.json [...]`.

Each JSON file holds {context: {English source: Dutch}}; a value may also be a list of
plural forms for a numerus message. Only messages present in the .ts are touched; a
message that gets a translation loses its `type="unfinished"`. Afterwards run
`python translations/update.py` (which normalises the .ts and compiles the .qm), and it
prints what is still unfinished.
"""

from __future__ import annotations

import json
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

TS = Path(__file__).resolve().parent / "spitsregio_nl.ts"


def fill(ts: Path, translations: dict[str, dict[str, str | list[str]]]) -> tuple[int, list]:
    tree = ET.parse(ts)
    done, left = 0, []
    for context in tree.getroot().iter("context"):
        name = context.findtext("name") or ""
        wanted = translations.get(name, {})
        for message in context.iter("message"):
            source = message.findtext("source")
            tr = message.find("translation")
            if tr is None:
                tr = ET.SubElement(message, "translation")
            dutch = wanted.get(source)
            if dutch is None:
                if tr.get("type") == "unfinished":
                    left.append((name, source))
                continue
            for mark in (f"%{n}" for n in range(1, 10)):
                text = " ".join(dutch) if isinstance(dutch, list) else dutch
                if (mark in source) != (mark in text):
                    raise SystemExit(f"placeholder {mark} differs: {name}: {source!r} → {dutch!r}")
            if message.get("numerus") == "yes":
                forms = dutch if isinstance(dutch, list) else [dutch, dutch]
                for old in list(tr):
                    tr.remove(old)
                tr.text = None
                for form in forms:
                    ET.SubElement(tr, "numerusform").text = form
            else:
                tr.text = dutch
            tr.attrib.pop("type", None)
            done += 1
    body = ET.tostring(tree.getroot(), encoding="unicode")
    ts.write_text(
        '<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n' + body + "\n", encoding="utf-8"
    )
    return done, left


if __name__ == "__main__":
    merged: dict[str, dict] = {}
    for path in sys.argv[1:]:
        for context, pairs in json.loads(Path(path).read_text(encoding="utf-8")).items():
            merged.setdefault(context, {}).update(pairs)
    done, left = fill(TS, merged)
    print(f"{done} translations written, {len(left)} still unfinished")
    for context, source in left:
        print(f"  {context}: {source!r}")
