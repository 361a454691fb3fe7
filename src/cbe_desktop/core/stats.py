"""Live row counts of the store (``cbe-desktop stats --json``)."""

from __future__ import annotations

from cbe_desktop.core.reads import Rows, Source, rows_of
from cbe_desktop.core.standing import standing_ids

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


def _standing_evidence(db: Rows) -> int:
    """Evidence that stands (see ``standing.standing_ids``: undoing a retraction brings the
    original back), not counting the retractions themselves."""
    rows = db.all("SELECT id, supersedes, status FROM evidence")
    standing = standing_ids((row_id, supersedes) for row_id, supersedes, _ in rows)
    return sum(1 for row_id, _, status in rows if row_id in standing and status != "retracted")


def live_counts(source: Source) -> dict[str, int]:
    db = rows_of(source)
    return {
        name: _standing_evidence(db) if sql is None else int(db.value(sql))
        for name, sql in _COUNTS.items()
    }


def open_conflict_count(source: Source) -> int:
    """Sync conflicts waiting for the teacher (the window's Sync tab says how many)."""
    return int(rows_of(source).value(str(_COUNTS["conflicts_open"])))
