"""Live row counts of the store (``cbe-desktop stats --json``)."""

from __future__ import annotations

from sqlalchemy import text
from sqlmodel import Session

_COUNTS = {
    "frameworks": "SELECT count(*) FROM framework WHERE deleted_hlc IS NULL",
    "targets": "SELECT count(*) FROM target WHERE deleted_hlc IS NULL",
    "classes": "SELECT count(*) FROM school_class WHERE deleted_hlc IS NULL",
    "students": "SELECT count(*) FROM student WHERE deleted_hlc IS NULL",
    "enrollments": "SELECT count(*) FROM enrollment WHERE deleted_hlc IS NULL",
    "tasks": "SELECT count(*) FROM task WHERE deleted_hlc IS NULL",
    # evidence that stands: not superseded by a correction or retraction, not a retraction
    "evidence": (
        "SELECT count(*) FROM evidence e WHERE e.status != 'retracted' AND NOT EXISTS "
        "(SELECT 1 FROM evidence s WHERE s.supersedes = e.id)"
    ),
    "not_yet_open": "SELECT count(*) FROM revision WHERE state = 'open' AND deleted_hlc IS NULL",
    "goals": "SELECT count(*) FROM goal WHERE deleted_hlc IS NULL",
    "reflections": "SELECT count(*) FROM reflection WHERE deleted_hlc IS NULL",
    "attachments": "SELECT count(*) FROM attachment WHERE deleted_hlc IS NULL",
    "conflicts_open": "SELECT count(*) FROM conflict WHERE state = 'open' AND deleted_hlc IS NULL",
}


def live_counts(session: Session) -> dict[str, int]:
    conn = session.connection()
    return {name: int(conn.execute(text(sql)).scalar_one()) for name, sql in _COUNTS.items()}
