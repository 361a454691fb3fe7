"""Errors a teacher may read: each carries one plain sentence that says what to do."""


class CbeError(Exception):
    """Base for every error whose message is meant for the teacher, as is."""


class StoreError(CbeError):
    """The store cannot be opened or changed."""


class DataFolderError(StoreError):
    pass


class NotADatabaseError(StoreError):
    pass


class StoreDamagedError(NotADatabaseError):
    """SQLite's own check found the database damaged; nothing was written to it."""


class NewerSchemaError(StoreError):
    pass


class DiskFullError(StoreError):
    """No space left on the disk: nothing was changed, and the store is not damaged."""


class ReadOnlyError(StoreError):
    """The data folder (or the database file) cannot be written: reading still works."""


class PermissionDeniedError(StoreError):
    """The computer refuses this account access to a file or folder."""


class StoreBusyError(StoreError):
    """Another copy of the program kept the database busy for longer than we wait."""


class StoreInUseError(StoreError):
    """Another copy of the program has the data folder open (restore needs it alone)."""


class StoreReplacedError(StoreError):
    """The database file was replaced or removed under a running copy."""


class DiskError(StoreError):
    """The disk could not be read or written for another reason (a removed USB stick...)."""


class HubError(StoreError):
    """The school hub (a PostgreSQL server) cannot be reached, or refused the connection."""


class NotFoundError(CbeError):
    """A class, student, target or file the teacher named does not exist."""


class InvalidInputError(CbeError):
    """Input the program cannot use (a field left empty, a level off the scale, ...)."""


class ArchivedClassError(InvalidInputError):
    """A change to a class that is archived (read-only) was refused."""
