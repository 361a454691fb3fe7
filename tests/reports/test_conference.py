"""Conference prep: the student chooses work to show, says why, and puts it in order."""

from __future__ import annotations

import pytest
from report_helpers import add_scores, make_class
from sqlmodel import select

from cbe_desktop.core.conference import (
    choose_showcase,
    find_student_in_class,
    packet_data,
    reorder_showcase,
    restore_showcase,
    set_showcase_note,
    showcase_candidates,
    showcase_items,
    unchoose_showcase,
)
from cbe_desktop.core.errors import InvalidInputError, NotFoundError
from cbe_desktop.core.evidence import EvidenceEntry, record_evidence, retract_evidence
from cbe_desktop.core.models import Showcase


@pytest.fixture
def made(store):
    made = make_class(store, targets_each=3)
    made.evidence = add_scores(  # type: ignore[attr-defined]
        made,
        {t: [(f"2026-03-0{i + 2}", 2 + i % 2)] for i, t in enumerate(made.target_ids)},
        feedback="Clear diagram; label the axes next time.",
    )
    return made


def items(made):
    with made.store.read() as session:
        return showcase_items(session, made.student_id, class_id=made.class_id)


def test_choosing_work_puts_it_in_the_packet_with_the_students_words(made):
    first, second, _ = made.evidence
    one, changes = choose_showcase(made.store, made.student_id, first, note="  My best graph. ")
    assert changes.students == {made.student_id} and changes.evidence == {first}
    choose_showcase(made.store, made.student_id, second)
    assert [(i.evidence_id, i.note, i.position) for i in items(made)] == [
        (first, "My best graph.", 0),
        (second, "", 1),
    ]
    with made.store.read() as session:
        data = packet_data(session, made.class_id, made.student_id, lang="en")
        candidates = showcase_candidates(session, made.student_id, made.class_id)
    assert data.showcase[0].id == one
    assert data.showcase[0].feedback == "Clear diagram; label the axes next time."
    assert data.showcase[0].level_label == "Developing"
    assert {c.evidence_id for c in candidates if c.chosen} == {first, second}


def test_choosing_the_same_work_again_keeps_one_choice_and_updates_the_note(made):
    first = made.evidence[0]
    one, _ = choose_showcase(made.store, made.student_id, first, note="Old")
    again, _ = choose_showcase(made.store, made.student_id, first, note="New")
    assert one == again and [i.note for i in items(made)] == ["New"]


def test_unchoosing_is_a_tombstone_that_can_be_undone_and_redone(made):
    first = made.evidence[0]
    one, _ = choose_showcase(made.store, made.student_id, first, note="Why")
    changes = unchoose_showcase(made.store, one)
    assert changes.students == {made.student_id}
    assert items(made) == []
    with made.store.read() as session:
        row = session.get(Showcase, one)
        assert row is not None and row.deleted_hlc is not None  # kept, so it can travel
    restore_showcase(made.store, one)
    assert [i.id for i in items(made)] == [one]
    unchoose_showcase(made.store, one)
    again, _ = choose_showcase(made.store, made.student_id, first, note="Back")
    assert again == one and [i.note for i in items(made)] == ["Back"]
    with made.store.read() as session:
        assert len(session.exec(select(Showcase)).all()) == 1


def test_reordering_and_editing_the_note(made):
    ids = [choose_showcase(made.store, made.student_id, e)[0] for e in made.evidence]
    reorder_showcase(made.store, made.student_id, [ids[2], ids[0]])
    assert [i.id for i in items(made)] == [ids[2], ids[0], ids[1]]
    set_showcase_note(made.store, ids[1], "It shows my revision.")
    assert items(made)[2].note == "It shows my revision."
    with pytest.raises(InvalidInputError):
        reorder_showcase(made.store, made.student_id, ["not-a-choice"])


def test_refuses_withdrawn_work_and_another_students_work(made, store):
    first, second, _ = made.evidence
    retract_evidence(store, first)
    with pytest.raises(InvalidInputError, match="withdrawn"):
        choose_showcase(store, made.student_id, first)
    with pytest.raises(InvalidInputError, match="another student"):
        choose_showcase(store, "someone-else", second)
    with pytest.raises(NotFoundError):
        choose_showcase(store, made.student_id, "no-such-evidence")
    with made.store.read() as session:
        candidates = showcase_candidates(session, made.student_id, made.class_id)
    assert first not in {c.evidence_id for c in candidates}


def test_withdrawn_work_leaves_the_packet(made, store):
    first = made.evidence[0]
    choose_showcase(store, made.student_id, first)
    retract_evidence(store, first)
    with store.read() as session:
        data = packet_data(session, made.class_id, made.student_id, lang="en")
    assert data.showcase == ()


def test_finding_a_student_by_name_or_id(made):
    with made.store.read() as session:
        assert find_student_in_class(session, made.class_id, "ximena  núñez ibáñez") == (
            made.student_id
        )
        assert find_student_in_class(session, made.class_id, made.student_id) == made.student_id
        with pytest.raises(NotFoundError, match="no student called 'Ana'"):
            find_student_in_class(session, made.class_id, "Ana")
        with pytest.raises(NotFoundError):
            packet_data(session, made.class_id, "not-enrolled", lang="en")
        with pytest.raises(InvalidInputError):
            packet_data(session, made.class_id, made.student_id, lang="fr")


def test_corrected_work_shows_the_correction(made, store):
    first = made.evidence[0]
    choose_showcase(store, made.student_id, first, note="My graph")
    record_evidence(
        store,
        EvidenceEntry(
            student_id=made.student_id,
            target_id=made.target_ids[0],
            produced_on="2026-03-02",
            level=4,
            class_id=made.class_id,
            feedback="Corrected: you extended it to a new case.",
            supersedes=first,
        ),
    )
    (item,) = items(made)
    assert (item.evidence_id, item.note) == (first, "My graph")
    assert (item.level, item.level_label) == (4, "Extending")
    assert item.feedback == "Corrected: you extended it to a new case."
    with pytest.raises(InvalidInputError, match="replaced"):
        choose_showcase(store, made.student_id, first)


def test_a_students_own_packet_says_exactly_what_the_class_file_says_of_them(demo):
    """One student's packet reads that student's row alone: it must not differ in
    anything (levels, overrides, next steps, habits, chosen work) from their packet in
    the class's file."""
    from cbe_desktop.core.conference import class_packets
    from cbe_desktop.core.gradebook import class_grid

    with demo.store.read() as session:
        whole = class_packets(session, demo.class_id, lang="en")
        for packet in whole:
            alone = packet_data(session, demo.class_id, packet.student_id, lang="en")
            assert alone == packet
        some = [whole[-1].student_id, whole[0].student_id]
        assert class_packets(session, demo.class_id, student_ids=some, lang="en") == [
            whole[-1],
            whole[0],
        ]
        for habits in (False, True):
            grid = class_grid(session, demo.class_id, habits=habits)
            few = class_grid(session, demo.class_id, habits=habits, only=some)
            rows = {s.id: grid.cells[i] for i, s in enumerate(grid.students)}
            assert [s.id for s in few.students] == [s.id for s in grid.students if s.id in some]
            assert [few.cells[i] for i in range(len(few.students))] == [
                rows[s.id] for s in few.students
            ]
    assert any(p.working_on for p in whole) and any(p.habits for p in whole)


def test_a_packets_next_steps_are_the_class_queues_open_plans_for_that_student(demo):
    """The packet reads its students' open "not yet" plans itself (one student's packet
    does not read the school's whole queue): they must be the ones the class's queue
    lists for that student, in the queue's order, and none from another class."""
    from cbe_desktop.core.conference import class_packets
    from cbe_desktop.core.queue import open_revisions

    with demo.store.read() as session:
        queue = open_revisions(session, class_id=demo.class_id)
        everywhere = open_revisions(session)
        for packet in class_packets(session, demo.class_id, lang="en"):
            listed = [
                (i.target_id, i.next_step, i.due_on)
                for i in queue
                if i.student_id == packet.student_id
            ]
            steps = [(s.target_id, s.next_step, s.due_on) for s in packet.working_on]
            assert sorted(steps, key=str) == sorted(listed, key=str)
    assert queue and len(everywhere) > len(queue)  # the demo has plans in other classes too
