"""Starting a new term: Ms. Rivera's Math 7 goes on into spring with its targets, tasks
and scale, the students who stay, and the fall class kept whole and read-only."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from sqlmodel import select

from cbe_desktop.core.errors import ArchivedClassError, InvalidInputError, NotFoundError
from cbe_desktop.core.evidence import EvidenceEntry, class_tasks, create_task, record_evidence
from cbe_desktop.core.learner import learner_record
from cbe_desktop.core.models import SchoolClass
from cbe_desktop.core.new_term import start_new_term
from cbe_desktop.core.roster import class_students, class_target_ids, enroll_students
from cbe_desktop.core.stats import live_counts
from cbe_desktop.core.store import Store
from school_year import SchoolYear, years


@pytest.fixture
def year(tmp_path) -> Iterator[SchoolYear]:
    yield from years(tmp_path)


def counts(store: Store) -> dict[str, int]:
    with store.read() as session:
        return live_counts(session)


def test_spring_starts_with_falls_targets_tasks_scale_and_students_and_fall_is_archived(year):
    year.score(year.ana, year.rp1, year.math7, "2026-10-01", 3)
    before = counts(year.store)
    spring = start_new_term(
        year.store,
        year.math7,
        name="Math 7",
        term="2026-27 Spring",
        student_ids=[year.ana, year.mateo],
        tasks_on="2027-01-10",
    )
    assert (spring.targets, spring.tasks, spring.students) == (2, 1, 2)
    with year.store.read() as session:
        old = session.get(SchoolClass, year.math7)
        new = session.get(SchoolClass, spring.class_id)
        assert old.archived and not new.archived
        assert new.scale_id == old.scale_id and new.method == old.method
        assert class_target_ids(session, new.id) == [year.rp1, year.rp2]
        assert [(t.title, t.date) for t in class_tasks(session, new.id)] == [
            ("Recipes", "2027-01-10")
        ]
        assert {s.given_name for s in class_students(session, new.id)} == {"Ana", "Mateo"}
        assert len(class_students(session, year.math7)) == 3  # the fall roster is kept
        record = learner_record(session, year.ana)
    assert [(c.label, c.archived) for c in record.classes][:2] == [
        ("Math 7 (2026-27 Fall)", True),
        ("Math 7 (2026-27 Spring)", False),
    ]
    after = counts(year.store)
    assert after["evidence"] == before["evidence"]  # every record kept
    assert after["tasks"] == before["tasks"] + 1


def test_a_score_for_an_archived_class_is_refused_in_one_sentence_and_nothing_is_saved(year):
    start_new_term(year.store, year.math7, name="Math 7", term="2026-27 Spring")
    before = counts(year.store)
    entry = EvidenceEntry(
        student_id=year.ana,
        target_id=year.rp1,
        produced_on="2026-12-01",
        level=3,
        class_id=year.math7,
    )
    with pytest.raises(ArchivedClassError) as refused:
        record_evidence(year.store, entry)
    assert str(refused.value) == (
        "The class Math 7 is archived and read-only; restore it on the Classes page, "
        "or work in the class that continues it."
    )
    with pytest.raises(ArchivedClassError):
        create_task(year.store, year.math7, "Late task", "2026-12-01", target_ids=[year.rp1])
    with pytest.raises(ArchivedClassError):
        enroll_students(year.store, year.math7, [year.lucia_typed])
    assert counts(year.store) == before


def test_a_new_term_naming_a_student_who_is_gone_changes_nothing(year):
    before = counts(year.store)
    with pytest.raises(NotFoundError, match="no longer exists"):
        start_new_term(
            year.store, year.math7, name="Math 7", term="Spring", student_ids=["no-such-id"]
        )
    assert counts(year.store) == before
    with year.store.read() as session:
        assert not session.get(SchoolClass, year.math7).archived


def test_a_new_term_needs_a_new_name_or_term_and_cannot_start_from_an_archived_class(year):
    with pytest.raises(InvalidInputError, match="give it the new term"):
        start_new_term(year.store, year.math7, name="Math 7", term="2026-27 Fall")
    start_new_term(year.store, year.math7, name="Math 7", term="Spring")
    with pytest.raises(InvalidInputError, match="already archived"):
        start_new_term(year.store, year.math7, name="Math 7", term="Summer")
    with year.store.read() as session:
        names = session.exec(select(SchoolClass.term).where(SchoolClass.name == "Math 7")).all()
    assert sorted(names) == ["2026-27 Fall", "Spring"]
