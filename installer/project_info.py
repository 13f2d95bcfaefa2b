"""Name and version of the program for the installer, read from pyproject.toml (the one place).

Used by the PyInstaller spec (version resource, checks), by build.sh (makensis -DVERSION=…)
and by the tests. Run as a script it prints one field:

    python installer/project_info.py version      -> 0.1.0
    python installer/project_info.py version4     -> 0.1.0.0 (Windows file version)
    python installer/project_info.py name         -> Spitsregio Desktop
"""

from __future__ import annotations

import re
import sys
import tomllib
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]

# Stable identifiers: changing one of these breaks upgrades in place of existing installs.
PUBLISHER = "Spitsregio"  # also platformdirs' appauthor in storage/paths.py
GUI_EXE = "Spitsregio"  # the windowed program, target of the shortcuts
CLI_EXE = "spitsregio-cli"  # the same program with a console, for the command line
BUNDLE_NAME = "Spitsregio"  # dist/<BUNDLE_NAME>/ holds both executables and _internal/


@dataclass(frozen=True)
class ProjectInfo:
    dist_name: str  # spitsregio-desktop
    version: str  # 0.1.0 (PEP 440, as in pyproject.toml)
    description: str

    @property
    def display_name(self) -> str:
        """'spitsregio-desktop' -> 'Spitsregio Desktop' (== spitsregio_desktop.APP_NAME)."""
        return " ".join(part.capitalize() for part in re.split(r"[-_.]", self.dist_name))

    @property
    def version_tuple(self) -> tuple[int, int, int, int]:
        return numeric_version(self.version)

    @property
    def version4(self) -> str:
        return ".".join(str(n) for n in self.version_tuple)


def numeric_version(version: str) -> tuple[int, int, int, int]:
    """The leading release numbers of a PEP 440 version, padded to four (Windows wants four)."""
    match = re.match(r"^\s*v?(\d+(?:\.\d+)*)", version)
    if not match:
        raise ValueError(f"no release number in version {version!r}")
    parts = [min(int(p), 65535) for p in match.group(1).split(".")][:4]
    return tuple(parts + [0] * (4 - len(parts)))  # type: ignore[return-value]


def read_project(root: Path = ROOT) -> ProjectInfo:
    with open(root / "pyproject.toml", "rb") as fh:
        project = tomllib.load(fh)["project"]
    if "version" not in project:
        raise ValueError("pyproject.toml: [project] version is missing (dynamic is not supported)")
    return ProjectInfo(
        dist_name=project["name"],
        version=str(project["version"]),
        description=project.get("description", ""),
    )


def main(argv: list[str]) -> int:
    info = read_project()
    fields = {
        "version": info.version,
        "version4": info.version4,
        "name": info.display_name,
        "dist-name": info.dist_name,
        "publisher": PUBLISHER,
    }
    if len(argv) != 1 or argv[0] not in fields:
        print(f"usage: project_info.py {{{','.join(fields)}}}", file=sys.stderr)
        return 2
    print(fields[argv[0]])
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
