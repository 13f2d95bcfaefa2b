"""Compare the two Hunspell bindings on our nl_BE dictionary: `python bench/spell_bindings.py`.

pyenchant (the C engine through Enchant; what the program uses) against spylls (pure
Python; not a dependency: install it into a separate venv, `pip install spylls` there — it
ships a top-level `tests` package that shadows ours and breaks `from tests.… import`).
Each runs in a fresh process: start-up (import + load the dictionary), one uncached word
check (mean over 2 000 dictionary words and 12 typical minutes words, half of them
misspelt) and the suggestions for six misspelt words (median, max). Prints one JSON object
per binding. A developer tool for docs/PERFORMANCE.md, not a budget figure.
"""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]

_SCRIPT = r"""
import json, os, statistics, sys, tempfile, time
from pathlib import Path
binding, folder = sys.argv[1], Path(sys.argv[2])
stem = folder / "nl_BE"
words = [l.split("/")[0] for l in (folder / "nl_BE.dic").read_text(encoding="utf-8")
         .splitlines()[1:40000:20]][:2000]
typical = ["voorzitter", "vorzitter", "vergadering", "vergadring", "mobiliteitsplan",
           "mobiliteitsplna", "burgemeesters", "burgmeesters", "goedgekeurd", "goedgekeud",
           "fietsostrades", "akoord"]
misspelt = ["vorzitter", "akoord", "vergadring", "burgmeester", "gemente", "besprking"]
if binding == "pyenchant":  # our loader (copy + ENCHANT_CONFIG_DIR); imported beforehand
    from spitsregio_desktop.services.spelling import load_enchant
t0 = time.perf_counter()
if binding == "pyenchant":
    t1 = time.perf_counter()  # `import enchant` happens inside load_enchant: in load_s
    d = load_enchant(folder, Path(tempfile.mkdtemp()))
    check, suggest = d.check, d.suggest
else:
    from spylls.hunspell import Dictionary
    t1 = time.perf_counter()
    d = Dictionary.from_files(str(stem))
    check, suggest = d.lookup, lambda w: list(d.suggest(w))
t2 = time.perf_counter()
for w in words + typical:
    check(w)
t3 = time.perf_counter()
sug = []
for w in misspelt:
    s = time.perf_counter(); suggest(w); sug.append((time.perf_counter() - s) * 1000)
print(json.dumps({"binding": binding, "import_s": round(t1 - t0, 3),
                  "load_s": round(t2 - t1, 3),
                  "check_word_us": round((t3 - t2) / (len(words) + len(typical)) * 1e6, 1),
                  "suggest_median_ms": round(statistics.median(sug), 1),
                  "suggest_max_ms": round(max(sug), 1)}))
"""


def main() -> int:
    folder = ROOT / "resources" / "dictionaries"
    for binding in ("pyenchant", "spylls"):
        done = subprocess.run(
            [sys.executable, "-c", _SCRIPT, binding, str(folder)],
            capture_output=True,
            text=True,
            cwd=ROOT,
            check=False,
        )
        if done.returncode:
            print(json.dumps({"binding": binding, "error": done.stderr.strip()[-300:]}))
        else:
            print(done.stdout.strip().splitlines()[-1])
    return 0


if __name__ == "__main__":
    sys.exit(main())
