"""Refresh the translation sources and compile them: `python translations/update.py`.

1. pyside6-lupdate scans spitsregio_desktop/ui/ and merges new strings into
   spitsregio_nl.ts (vanished strings are dropped), without line numbers, so the file only
   changes when strings change. lupdate puts a bare `tr("…")` call in the empty context,
   while a module's own wrapper `def tr(text): return QCoreApplication.translate("Ctx", text)`
   looks it up in "Ctx"; so lupdate reads copies of the sources in which such wrapper calls
   are spelt out as `QCoreApplication.translate("Ctx", "…")`.
2. pyside6-lrelease compiles spitsregio_nl.ts into spitsregio_nl.qm, which the program loads.

Translate in between with Qt Linguist (pyside6-linguist) or any editor; tests fail on an
unfinished or missing Dutch string.
"""

from __future__ import annotations

import ast
import re
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
TS = HERE / "spitsregio_nl.ts"
QM = HERE / "spitsregio_nl.qm"


def tool(name: str) -> str:
    found = shutil.which(name)
    if found is None:
        sys.exit(f"{name} not found: install PySide6 (pip install PySide6-Essentials)")
    return found


def sources() -> list[str]:
    return sorted(
        str(p.relative_to(ROOT)) for p in (ROOT / "spitsregio_desktop" / "ui").rglob("*.py")
    )


def wrappers(tree: ast.Module) -> dict[str, str]:
    """{name: context} of the module-level wrappers
    `def tr(text): return QCoreApplication.translate(CONTEXT, text)`."""
    constants = {
        target.id: node.value.value
        for node in tree.body
        if isinstance(node, ast.Assign)
        and isinstance(node.value, ast.Constant)
        and isinstance(node.value.value, str)
        for target in node.targets
        if isinstance(target, ast.Name)
    }
    found = {}
    for node in tree.body:
        if not isinstance(node, ast.FunctionDef) or not node.body:
            continue
        last = node.body[-1]
        call = last.value if isinstance(last, ast.Return) else None
        if not (
            isinstance(call, ast.Call)
            and isinstance(call.func, ast.Attribute)
            and call.func.attr == "translate"
            and call.args
        ):
            continue
        first = call.args[0]
        if isinstance(first, ast.Constant) and isinstance(first.value, str):
            found[node.name] = first.value
        elif isinstance(first, ast.Name) and first.id in constants:
            found[node.name] = constants[first.id]
    return found


def spelt_out(text: str) -> str:
    """The source with calls of its tr() wrappers written as QCoreApplication.translate(ctx, …)."""
    for name, context in wrappers(ast.parse(text)).items():
        text = re.sub(
            rf"(?<!def )(?<![\w.]){re.escape(name)}\(",
            f"QCoreApplication.translate({context!r}, ",
            text,
        )
    return text


def lupdate(ts: Path = TS) -> None:
    with tempfile.TemporaryDirectory() as tmp:
        copies = []
        for name in sources():
            copy = Path(tmp) / name
            copy.parent.mkdir(parents=True, exist_ok=True)
            copy.write_text(spelt_out((ROOT / name).read_text(encoding="utf-8")), encoding="utf-8")
            copies.append(name)
        subprocess.run(
            [
                tool("pyside6-lupdate"),
                *copies,
                "-no-obsolete",
                "-locations",
                "none",
                "-source-language",
                "en",
                "-target-language",
                "nl_BE",
                "-ts",
                str(ts.resolve()),
            ],
            check=True,
            cwd=tmp,
            capture_output=True,
        )


def lrelease(ts: Path = TS, qm: Path = QM) -> None:
    subprocess.run(
        [tool("pyside6-lrelease"), str(ts), "-qm", str(qm)], check=True, capture_output=True
    )


if __name__ == "__main__":
    lupdate()
    lrelease()
    print(f"updated {TS.name} and {QM.name}")
