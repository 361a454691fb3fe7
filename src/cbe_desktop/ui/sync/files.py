"""A sync file's suggested name, a checked file waiting for "Import", and a cancelled export."""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date
from pathlib import Path

from cbe_desktop.core.errors import CbeError
from cbe_desktop.sync.exchange import ImportSummary


class ExportCancelled(CbeError):
    """The teacher stopped writing a sync file; nothing was written."""


def default_file_name(teacher: str, on: date | None = None) -> str:
    """``cbe-Rivera-2026-11-22.cbesync``: the teacher's family name and the day."""
    words = [w for w in re.split(r"\s+", teacher.strip()) if w]
    name = re.sub(r"[^\w-]", "", words[-1]) if words else ""
    day = (on or date.today()).isoformat()
    return f"cbe-{name}-{day}.cbesync" if name else f"cbe-{day}.cbesync"


@dataclass
class Pending:
    """A checked sync file waiting for "Import"."""

    path: Path
    passphrase: str | None
    summary: ImportSummary
