"""Live counts (``stats --json``) agree with what the gradebook shows."""

from __future__ import annotations

import pytest

from cbe_desktop.core.evidence import EvidenceEntry, record_evidence, retract_evidence
from cbe_desktop.core.gradebook import class_grid
from cbe_desktop.core.roster import add_class, add_student, align_target, enroll
from cbe_desktop.core.scales import create_default_scale
from cbe_desktop.core.stats import live_counts
from cbe_desktop.core.store import Store
from cbe_desktop.core.targets import add_framework, add_target

# On a laptop's SQLite file and on a school hub's PostgreSQL (see the README).
pytestmark = pytest.mark.both_backends


@pytest.fixture
def one_cell(store: Store) -> tuple[Store, str, EvidenceEntry]:
    with store.transaction() as tx:
        scale = create_default_scale(tx)
        framework = add_framework(tx, "Grade 7 Mathematics")
        target = add_target(tx, framework, code="7.RP.1", statement="Unit rates")
        school_class = add_class(tx, "Math 7", scale_id=scale.id)
        align_target(tx, school_class, target)
        student = add_student(tx, "Ana", "García")
        enroll(tx, school_class, student)
    entry = EvidenceEntry(
        student_id=student.id,
        target_id=target.id,
        produced_on="2026-09-08",
        level=3,
        class_id=school_class.id,
    )
    return store, school_class.id, entry


def counted(store: Store, class_id: str) -> tuple[int, int]:
    """(evidence in stats, evidence in the gradebook cell)."""
    with store.read() as session:
        return live_counts(session)["evidence"], class_grid(session, class_id).cell(
            0, 0
        ).evidence_count


def test_a_correction_counts_once(one_cell):
    store, class_id, entry = one_cell
    first = record_evidence(store, entry)
    entry.level, entry.supersedes = 2, first.evidence_id
    record_evidence(store, entry)
    assert counted(store, class_id) == (1, 1)


def test_retracted_evidence_is_not_counted(one_cell):
    store, class_id, entry = one_cell
    recorded = record_evidence(store, entry)
    retract_evidence(store, recorded.evidence_id)
    assert counted(store, class_id) == (0, 0)


def test_undoing_a_retraction_counts_the_evidence_again_in_stats_as_in_the_gradebook(one_cell):
    store, class_id, entry = one_cell
    recorded = record_evidence(store, entry)
    retraction = retract_evidence(store, recorded.evidence_id)
    retract_evidence(store, retraction.evidence_id)  # undo
    assert counted(store, class_id) == (1, 1)
