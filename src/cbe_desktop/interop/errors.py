"""The error a teacher reads when a file cannot be imported."""

from __future__ import annotations

from cbe_desktop.core.errors import InvalidInputError


class ImportFormatError(InvalidInputError):
    """A file that cannot be read as targets or as a roster: one sentence says why and what
    to do (wrong encoding, a missing column, the wrong kind of file, too large, unsafe)."""
