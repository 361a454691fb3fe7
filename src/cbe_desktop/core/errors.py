"""Errors a teacher may read: each carries one plain sentence that says what to do."""


class CbeError(Exception):
    """Base for every error whose message is meant for the teacher, as is."""


class StoreError(CbeError):
    """The store cannot be opened or changed."""


class DataFolderError(StoreError):
    pass


class NotADatabaseError(StoreError):
    pass


class NewerSchemaError(StoreError):
    pass


class NotFoundError(CbeError):
    """A class, student, target or file the teacher named does not exist."""


class InvalidInputError(CbeError):
    """Input the program cannot use (a field left empty, a level off the scale, ...)."""
