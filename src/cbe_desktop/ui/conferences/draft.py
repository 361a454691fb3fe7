"""What was being written for a student when the teacher went to another one."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass
class Draft:
    """What was being written for a student when the teacher went to another one."""

    words: str
    author: str
    editing: tuple[str, str, str] | None  # (kind, id, written_on)
