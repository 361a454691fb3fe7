"""Why a sync file is refused: every error carries one plain sentence for the teacher."""

from __future__ import annotations

from cbe_desktop.core.errors import CbeError, InvalidInputError


class BundleError(InvalidInputError):
    """A sync file that cannot be used: damaged, tampered with, hostile or too new."""


class NewerFormatError(BundleError):
    """A sync file made by a newer version of the program."""


class PassphraseError(BundleError):
    """A locked sync file opened without its passphrase, or with a wrong one."""


class ImportCancelled(CbeError):
    """The teacher stopped an import; nothing was changed."""


DAMAGED = "make the file again on the other laptop"
