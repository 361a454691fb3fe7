"""A conflict in words: a line for the list, values shortened and written plainly."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication

from cbe_desktop.sync import conflicts
from cbe_desktop.sync.conflicts import ConflictView
from cbe_desktop.ui.i18n import say

WIDE_ENOUGH = 1000  # pixels: below this, the conflict list goes above the two versions


def plain(value: Any) -> str:
    if isinstance(value, float):
        return f"{value:g}"
    return str(value)


def shorten(words: str, limit: int = 24) -> str:
    return words if len(words) <= limit else words[: limit - 1] + "…"


def list_line(view: ConflictView) -> str:
    if view.reason == conflicts.DELETED_WITH_NEW_EVIDENCE:
        return QCoreApplication.translate("SyncPage", "Deleted on one laptop, scored on another")
    if not view.differences:
        return say(view.why)
    d = view.differences[0]
    more = (
        QCoreApplication.translate("SyncPage", " (+{value} more)").format(
            value=len(view.differences) - 1
        )
        if len(view.differences) > 1
        else ""
    )
    return QCoreApplication.translate("SyncPage", "{label}: “{short}” or “{short2}”{more}").format(
        label=say(d.label),
        short=shorten(say(d.mine_words)),
        short2=shorten(say(d.theirs_words)),
        more=more,
    )
