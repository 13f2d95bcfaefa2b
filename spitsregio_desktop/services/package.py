"""The meeting package: one meeting as a self-contained, versioned JSON document.

Export → import → export gives the same JSON but for ids (and there are no ids in it).
Import validates everything first and writes in one transaction: all or nothing. Every
problem names its place in the file ("agenda[2].duration_minutes") and what is wrong.

A public package (`public=True`) leaves out every confidential item (inherited: an item is
confidential when it or any ancestor is flagged) with its sub-items, notes, decisions,
actions and attachments, and every internal note; it says `"public": true`. Its items are
numbered as they stand in it, and the participants' item references follow.

The package lives in three modules, one per thing it does: package_export (a meeting to
JSON), package_read (a file to a validated package) and package_write (a validated package
to a new meeting). This module is their one front door.
"""

from __future__ import annotations

from .package_export import dumps, export_package
from .package_read import (
    FORMAT,
    MAX_ITEM_LEVELS,
    MAX_JSON_DEPTH,
    VERSION,
    check_nesting,
    clean_text,
    load_package_file,
    validate_package,
)
from .package_write import import_package

__all__ = [
    "FORMAT",
    "MAX_ITEM_LEVELS",
    "MAX_JSON_DEPTH",
    "VERSION",
    "check_nesting",
    "clean_text",
    "dumps",
    "export_package",
    "import_package",
    "load_package_file",
    "validate_package",
]
