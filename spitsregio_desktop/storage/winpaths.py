"""File names and places Windows accepts: reserved names, forbidden characters, MAX_PATH,
and the synced folders (OneDrive, SharePoint) where a live SQLite database does not belong.

Pure functions on strings and paths, the same on every platform, so Linux tests can prove
what Windows would refuse: Windows refuses `CON`, `aux.pdf` (the device name before the first
dot, any case), names ending in a dot or a space, the characters < > : " / \\ | ? * and
control characters, and (without the long-path setting, which laptops do not have) paths of
260 UTF-16 units or more, including the final NUL.
"""

from __future__ import annotations

import os
import re
import unicodedata
from collections.abc import Mapping
from pathlib import Path, PurePath, PureWindowsPath

MAX_PATH = 260  # UTF-16 units, including the terminating NUL
MAX_COMPONENT = 255  # one name in a path (NTFS)
# the longest data folder we plan for: %LOCALAPPDATA% of a long user name
# (C:\Users\<20 characters>\AppData\Local\Spitsregio\SpitsregioDesktop\)
LONGEST_DATA_DIR = PureWindowsPath(
    "C:/Users/secretariaat-spitsreg/AppData/Local/Spitsregio/SpitsregioDesktop"
)

_FORBIDDEN = re.compile(r'[<>:"/\\|?*\x00-\x1f\x7f]')
_DEVICES = {"CON", "PRN", "AUX", "NUL", "CONIN$", "CONOUT$"} | {
    f"{dev}{n}" for dev in ("COM", "LPT") for n in [*"0123456789", "¹", "²", "³"]
}
SYNC_WORDS = ("onedrive", "sharepoint", "dropbox", "google drive", "icloud drive", "icloudrive")
ONEDRIVE_VARIABLES = ("OneDrive", "OneDriveCommercial", "OneDriveConsumer")


def utf16_len(text: str) -> int:
    """Length as Windows counts it (a character beyond the BMP takes two units)."""
    return len(text.encode("utf-16-le")) // 2


def is_reserved(name: str) -> bool:
    """'CON', 'aux.pdf', 'Nul .txt', 'com1.tar.gz': Windows opens a device, not a file."""
    stem = name.split(".", 1)[0].rstrip(" ")
    return stem.upper() in _DEVICES


def _shorten(stem: str, units: int) -> str:
    """The longest start of `stem` within `units` UTF-16 units, without a broken pair."""
    out = []
    used = 0
    for ch in stem:
        size = utf16_len(ch)
        if used + size > units:
            break
        out.append(ch)
        used += size
    return "".join(out).rstrip(" .")


def windows_name(name: str, *, max_units: int = MAX_COMPONENT, default: str = "bestand") -> str:
    """A file name every Windows folder accepts, as close to `name` as possible.

    Forbidden characters become spaces (runs of spaces one), trailing dots and spaces go,
    device names get a leading underscore, and a long name is shortened in its stem so
    that the extension (".pdf") stays.
    """
    text = unicodedata.normalize("NFC", name or "")
    text = " ".join(_FORBIDDEN.sub(" ", text).split()).strip(" .")
    if not text:
        text = default
    if is_reserved(text):
        text = f"_{text}"
    stem, dot, ext = text.rpartition(".")
    if not dot or not stem or len(ext) > 10 or " " in ext:
        stem, ext = text, ""
    suffix = f".{ext}" if ext else ""
    if utf16_len(text) > max_units:
        room = max(max_units - utf16_len(suffix), 1)
        stem = _shorten(stem, room) or default[:room]
        text = stem + suffix
    return text


def fit_in_folder(folder: PurePath | str, name: str, *, max_path: int = MAX_PATH) -> str:
    """`windows_name(name)` shortened so that folder + name stays within MAX_PATH.

    `folder` is the Windows folder the file goes into (a PureWindowsPath in tests on Linux);
    raises ValueError when the folder alone leaves no room for a name.
    """
    folder_units = utf16_len(str(folder).rstrip("\\/")) + 1  # the separator
    room = min(MAX_COMPONENT, max_path - 1 - folder_units)  # - 1: the terminating NUL
    if room < 12:
        raise ValueError(f"de map {folder} is te diep voor Windows (meer dan {max_path} tekens)")
    return windows_name(name, max_units=room)


# ---------------------------------------------------------------- synced folders


def synced_folder(path: Path | str, environ: Mapping[str, str] | None = None) -> str | None:
    """The sync service ('OneDrive', 'SharePoint', …) whose folder holds `path`, else None.

    Found by the OneDrive environment variables Windows sets (OneDrive, OneDriveCommercial,
    OneDriveConsumer) and by the folder names the sync programs use ("OneDrive - Provincie
    Vlaams-Brabant", "SharePoint", "Dropbox", "Google Drive").
    """
    env = os.environ if environ is None else environ
    text = str(path).replace("\\", "/")
    folded = text.casefold()
    for variable in ONEDRIVE_VARIABLES:
        root = (env.get(variable) or "").replace("\\", "/").rstrip("/").casefold()
        if root and (folded == root or folded.startswith(root + "/")):
            return "OneDrive"
    for part in PurePath(text).parts:
        lowered = part.casefold()
        for word in SYNC_WORDS:
            if lowered == word or lowered.startswith(word + " -") or lowered.startswith(word + "-"):
                return {
                    "onedrive": "OneDrive",
                    "sharepoint": "SharePoint",
                    "dropbox": "Dropbox",
                    "google drive": "Google Drive",
                }.get(word, "iCloud Drive")
    return None


def synced_folder_warning(
    db_path: Path | str, environ: Mapping[str, str] | None = None
) -> str | None:
    """A Dutch warning when the live database lies in a synced folder, else None."""
    service = synced_folder(db_path, environ)
    if service is None:
        return None
    return (
        f"de database {db_path} staat in een map die {service} synchroniseert; SQLite "
        "(WAL) verdraagt maar één computer tegelijk en een synchronisatie kan ze "
        "beschadigen: houd de database in de lokale gegevensmap en bewaar alleen "
        f"reservekopieën in {service}"
    )
