"""Storage problems a person can act on; the UI and the command line turn them into messages."""


class StorageError(Exception):
    """Base class: the message says what happened and what to do."""


class DatabaseInUse(StorageError):
    pass


class DatabaseCorrupt(StorageError):
    pass


class MigrationFailed(StorageError):
    pass


class DatabaseNotFound(StorageError):
    pass


class ConcurrentChange(StorageError):
    """A save that would overwrite someone else's newer change (row_version moved on)."""


class DatabaseTooNew(MigrationFailed):
    """Made by a newer version of the program: we cannot read it, and must not touch it."""


class NotOurDatabase(StorageError):
    """Another program's SQLite file (or no database at all): never migrate or restore it."""


class BackupRefused(StorageError):
    """A file that restore will not put in place of the database; says why."""


class DiskProblem(StorageError):
    """Full disk, read-only folder, no permission: the message names the cause."""
