"""Sync by file, in the window: send my work, receive work, conflicts, and the history.

- **Send my work** writes one ``.cbesync`` file (everything, or what changed since the
  last exchange with a chosen laptop), locked with a passphrase unless the teacher turns
  it off, then reads it back and checks it before saying the drive may be removed.
- **Receive work** checks a file and shows what it would bring *before* anything
  changes; "Import" then merges it in one transaction after a backup.
- **Conflicts**: both versions side by side with who, when and which laptop; the
  teacher keeps one, takes the other or edits. Each choice is one undo step and a change
  that travels to the other laptops like any other.
- **History**: which files came from where, when, and what they brought.

Undo and imports: an import is not an undo step, and it clears the undo history. Undoing
an import by reversing its rows would send deletions of the other teacher's work back to
their laptop with the next file; and an Undo that silently skipped the import to undo an
earlier edit would overwrite what the import brought. The backup made just before the
import is the way back (File → Restore a backup…), and the page says so.

Modules: ``page`` (the page), a module per tab with its layout in ``*_view``,
``edit_dialog`` and ``version_box`` (the conflict's widgets), ``messages``, ``files``,
``import_counts`` and ``conflict_words`` (shared by the tabs).
"""

from __future__ import annotations

from cbe_desktop.ui.sync.edit_dialog import EditConflictDialog
from cbe_desktop.ui.sync.files import default_file_name
from cbe_desktop.ui.sync.messages import CLEAR_TEXT_NOTE, SAFE_TO_REMOVE
from cbe_desktop.ui.sync.page import SyncPage
from cbe_desktop.ui.sync.version_box import VersionBox

__all__ = [
    "CLEAR_TEXT_NOTE",
    "SAFE_TO_REMOVE",
    "EditConflictDialog",
    "SyncPage",
    "VersionBox",
    "default_file_name",
]
