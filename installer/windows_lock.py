"""The locked Windows wheels the installer is built from (installer/requirements-windows.txt).

    python installer/windows_lock.py write   # after changing dependencies in pyproject.toml
    python installer/windows_lock.py check   # the installed versions are the locked ones

`write` asks pip for the newest Windows wheels (64-bit, CPython 3.11) of the program's
dependencies, PyInstaller and pip, and writes each file's version and SHA-256. Installing
with `pip install --require-hashes --no-deps -r installer/requirements-windows.txt` then gives
exactly these files, so a new Qt (or any) release cannot change what the secretariat gets
until the lock is written again and the Wine stage (installer/wine/stage.sh) passes.

pip judges environment markers for the machine it runs on, not the target platform:
PyInstaller's Windows-only dependencies (pefile, pywin32-ctypes) are named here.
"""

from __future__ import annotations

import hashlib
import importlib.metadata
import re
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
LOCK = ROOT / "installer" / "requirements-windows.txt"
PROJECT = "spitsregio-desktop"
PYTHON_VERSION = "3.11"
# Besides the program's own dependencies (pyproject.toml): the bundler, its Windows-only
# dependencies, and the pip the embeddable Python of the Wine stage is given.
EXTRA = ("pyinstaller>=6.5", "pefile", "pywin32-ctypes", "pip")
PIP_TARGET = (
    "--platform",
    "win_amd64",
    "--only-binary=:all:",
    "--implementation",
    "cp",
    "--python-version",
    PYTHON_VERSION,
)
HEADER = """\
# The Windows build's exact wheels (64-bit, CPython {py}), with their SHA-256.
# Written by `python installer/windows_lock.py write`; do not edit by hand.
# Used by installer/build.sh (check), installer/wine/stage.sh and the Windows workflow:
#   pip install --require-hashes --no-deps -r installer/requirements-windows.txt
"""


def canonical(name: str) -> str:
    return re.sub(r"[-_.]+", "-", name).lower()


def wheel_name_version(filename: str) -> tuple[str, str]:
    """'PySide6_Essentials-6.12.0-cp310-abi3-win_amd64.whl' -> ('pyside6-essentials', '6.12.0')."""
    name, version = filename.split("-")[:2]
    return canonical(name), version


def sha256(path: Path) -> str:
    digest = hashlib.sha256()
    with path.open("rb") as f:
        for block in iter(lambda: f.read(1 << 20), b""):
            digest.update(block)
    return digest.hexdigest()


def read_lock(path: Path | None = None) -> dict[str, tuple[str, str]]:
    """{canonical name: (version, sha256)} of the lock file."""
    path = path or LOCK
    text = path.read_text(encoding="utf-8").replace("\\\n", " ")
    locked = {}
    for line in text.splitlines():
        line = line.split("#", 1)[0].strip()
        if not line:
            continue
        match = re.fullmatch(r"([A-Za-z0-9_.\-]+)==(\S+)\s+--hash=sha256:([0-9a-f]{64})", line)
        if not match:
            raise ValueError(f"{path.name}: unreadable line: {line}")
        locked[canonical(match[1])] = (match[2], match[3])
    return locked


def write() -> None:
    with tempfile.TemporaryDirectory() as tmp:
        subprocess.run(
            [
                sys.executable,
                "-m",
                "pip",
                "download",
                "--quiet",
                "--dest",
                tmp,
                *PIP_TARGET,
                str(ROOT),
                *EXTRA,
            ],
            check=True,
        )
        lines = []
        for wheel in sorted(Path(tmp).glob("*.whl"), key=lambda p: canonical(p.name)):
            name, version = wheel_name_version(wheel.name)
            if name == PROJECT:
                continue
            lines.append(f"{name}=={version} \\\n    --hash=sha256:{sha256(wheel)}\n")
        others = [p.name for p in Path(tmp).iterdir() if p.suffix != ".whl"]
        others = [n for n in others if not canonical(n).startswith(PROJECT)]
        if others:
            sys.exit(f"not a wheel, cannot lock: {others}")
    LOCK.write_text(HEADER.format(py=PYTHON_VERSION) + "".join(lines), encoding="utf-8")
    print(f"{LOCK.relative_to(ROOT)}: {len(lines)} wheels")


def check() -> int:
    """Exit 1 when an installed distribution differs from the lock (or is missing)."""
    wrong = []
    for name, (version, _hash) in sorted(read_lock().items()):
        try:
            installed = importlib.metadata.version(name)
        except importlib.metadata.PackageNotFoundError:
            installed = None
        if installed != version:
            wrong.append(f"{name}: locked {version}, installed {installed or 'niet'}")
    for line in wrong:
        print(f"windows_lock: {line}", file=sys.stderr)
    if wrong:
        print(
            "windows_lock: pip install --require-hashes --no-deps -r "
            "installer/requirements-windows.txt",
            file=sys.stderr,
        )
        return 1
    print(f"windows_lock: {len(read_lock())} distributions as locked")
    return 0


if __name__ == "__main__":
    command = sys.argv[1] if len(sys.argv) == 2 else ""
    if command == "write":
        write()
    elif command == "check":
        sys.exit(check())
    else:
        sys.exit("gebruik: python installer/windows_lock.py write|check")
