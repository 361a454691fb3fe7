"""Writing and deleting a student's goal or reflection: one undo step each, from any page.

The Insights page and the Conferences page both let a teacher (or the student at the
laptop) keep a goal or a reflection; the operation and its undo live here once. The
sentences name the kind in words of their own ("a goal", "una meta"), never the stored
code, so each kind has its own translated sentence.
"""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from cbe_desktop.core import voice
from cbe_desktop.core.changes import Changes
from cbe_desktop.core.store import Store
from cbe_desktop.ui.operations import Operations

#: Each sentence twice, for a goal and for a reflection (the kind is a word of its own in
#: every language: "una meta", "una reflexión"), never the stored code put into a sentence.
_SENTENCES: dict[str, tuple[str, str]] = {
    "write": (
        QT_TRANSLATE_NOOP("VoiceActions", "Write a goal for {name}"),
        QT_TRANSLATE_NOOP("VoiceActions", "Write a reflection for {name}"),
    ),
    "kept": (
        QT_TRANSLATE_NOOP("VoiceActions", "Kept the goal of {name}, written by {by}."),
        QT_TRANSLATE_NOOP("VoiceActions", "Kept the reflection of {name}, written by {by}."),
    ),
    "edit": (
        QT_TRANSLATE_NOOP("VoiceActions", "Edit a goal of {name}"),
        QT_TRANSLATE_NOOP("VoiceActions", "Edit a reflection of {name}"),
    ),
    "saved": (
        QT_TRANSLATE_NOOP("VoiceActions", "Saved the changes to the goal of {name}."),
        QT_TRANSLATE_NOOP("VoiceActions", "Saved the changes to the reflection of {name}."),
    ),
    "delete": (
        QT_TRANSLATE_NOOP("VoiceActions", "Delete a goal of {name}"),
        QT_TRANSLATE_NOOP("VoiceActions", "Delete a reflection of {name}"),
    ),
    "deleted": (
        QT_TRANSLATE_NOOP("VoiceActions", "Deleted the goal of {name}; Ctrl+Z brings it back."),
        QT_TRANSLATE_NOOP(
            "VoiceActions", "Deleted the reflection of {name}; Ctrl+Z brings it back."
        ),
    ),
    "editing": (
        QT_TRANSLATE_NOOP("VoiceActions", "Editing the goal of {written_on}"),
        QT_TRANSLATE_NOOP("VoiceActions", "Editing the reflection of {written_on}"),
    ),
}


def voice_words(kind: str, what: str) -> str:
    """The sentence ``what`` (a key of ``_SENTENCES``) for a goal or a reflection, in the
    interface language, with its blanks still to fill."""
    goal, reflection = _SENTENCES[what]
    return QCoreApplication.translate("VoiceActions", goal if kind == "goal" else reflection)


def write_voice(
    operations: Operations,
    store: Store,
    kind: str,
    *,
    student_id: str,
    name: str,
    words: str,
    class_id: str,
    author: str,
) -> bool:
    """Keep ``words`` as a new goal or reflection. Undo deletes it; redo brings back the
    same row (not a copy), so a sync after undo and redo sends one goal."""
    write = voice.write_goal if kind == "goal" else voice.write_reflection
    created: list[str] = []

    def do() -> Changes:
        if created:
            return voice.restore_voice(store, kind, created[0])
        row_id, changes = write(store, student_id, words, class_id=class_id, author=author)
        created.append(row_id)
        return changes

    return operations.perform(
        voice_words(kind, "write").format(name=name),
        do,
        lambda: voice.delete_voice(store, kind, created[0]),
    )


def delete_voice(operations: Operations, store: Store, kind: str, row_id: str, name: str) -> bool:
    """Delete a goal or reflection (a tombstone); undo brings it back."""
    return operations.perform(
        voice_words(kind, "delete").format(name=name),
        lambda: voice.delete_voice(store, kind, row_id),
        lambda: voice.restore_voice(store, kind, row_id),
    )
