"""Which evidence stands after corrections, retractions, undo and redo (core.standing).

Most cells hold at most one step (a correction, or a retraction nobody undid), and the
gradebook reads them by a shortcut; chains (undo, redo) and cycles (only a hostile file
makes one) are walked. Both must always agree."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from cbe_desktop.core.standing import _walked, standing_ids


def walked(rows: list[tuple[str, str | None]]) -> set[str]:
    """The walk alone, as standing_ids would call it."""
    ids = {row_id for row_id, _ in rows}
    superseders: dict[str, list[str]] = {}
    for row_id, supersedes in rows:
        if supersedes and supersedes in ids and supersedes != row_id:
            superseders.setdefault(supersedes, []).append(row_id)
    return _walked(rows, ids, superseders)


def test_a_correction_replaces_the_score_it_corrects():
    assert standing_ids([("a", None), ("b", "a"), ("c", None)]) == {"b", "c"}


def test_two_laptops_correcting_one_score_leave_both_corrections_standing():
    assert standing_ids([("a", None), ("b", "a"), ("c", "a")]) == {"b", "c"}


def test_undoing_a_retraction_brings_the_score_back_and_redoing_it_removes_it_again():
    undone = [("a", None), ("r", "a"), ("u", "r")]
    assert standing_ids(undone) == {"a", "u"}
    assert standing_ids([*undone, ("again", "u")]) == {"r", "again"}


def test_a_cycle_only_a_hostile_file_could_make_is_read_as_standing():
    assert standing_ids([("a", "b"), ("b", "a"), ("c", None)]) == {"a", "b", "c"}


@settings(max_examples=400, deadline=None)
@given(
    st.lists(
        st.tuples(st.integers(0, 7), st.one_of(st.none(), st.integers(0, 9))),
        max_size=9,
        unique_by=lambda row: row[0],
    )
)
def test_the_shortcut_for_one_step_agrees_with_the_walk_on_any_history(pairs):
    rows = [(f"e{i}", None if sup is None else f"e{sup}") for i, sup in pairs]
    assert standing_ids(rows) == walked(rows)
