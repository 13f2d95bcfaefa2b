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
