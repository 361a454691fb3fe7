"""Live row counts of the store (``cbe-desktop stats --json``)."""

from __future__ import annotations

from sqlalchemy import text
from sqlmodel import Session

from cbe_desktop.core.evidence import standing_ids

_COUNTS = {
    "frameworks": "SELECT count(*) FROM framework WHERE deleted_hlc IS NULL",
    "targets": "SELECT count(*) FROM target WHERE deleted_hlc IS NULL",
    "classes": "SELECT count(*) FROM school_class WHERE deleted_hlc IS NULL",
    "students": "SELECT count(*) FROM student WHERE deleted_hlc IS NULL",
    "enrollments": "SELECT count(*) FROM enrollment WHERE deleted_hlc IS NULL",
    "tasks": "SELECT count(*) FROM task WHERE deleted_hlc IS NULL",
    "evidence": None,  # the evidence that stands, by the gradebook's own rule (below)
    "not_yet_open": "SELECT count(*) FROM revision WHERE state = 'open' AND deleted_hlc IS NULL",
    "goals": "SELECT count(*) FROM goal WHERE deleted_hlc IS NULL",
    "reflections": "SELECT count(*) FROM reflection WHERE deleted_hlc IS NULL",
    "attachments": "SELECT count(*) FROM attachment WHERE deleted_hlc IS NULL",
    "conflicts_open": "SELECT count(*) FROM conflict WHERE state = 'open' AND deleted_hlc IS NULL",
}


def _standing_evidence(conn) -> int:  # type: ignore[no-untyped-def]
    """Evidence that stands (see ``evidence.standing_ids``: undoing a retraction brings the
    original back), not counting the retractions themselves."""
    rows = conn.execute(text("SELECT id, supersedes, status FROM evidence")).all()
    standing = standing_ids((r.id, r.supersedes) for r in rows)
    return sum(1 for r in rows if r.id in standing and r.status != "retracted")


def live_counts(session: Session) -> dict[str, int]:
    conn = session.connection()
    return {
        name: _standing_evidence(conn) if sql is None else int(conn.execute(text(sql)).scalar_one())
        for name, sql in _COUNTS.items()
    }


def open_conflict_count(session: Session) -> int:
    """Sync conflicts waiting for the teacher (the window's Sync tab says how many)."""
    return int(session.connection().execute(text(str(_COUNTS["conflicts_open"]))).scalar_one())
