"""The merge rules on their own: pure functions over rows, hammered by Hypothesis.

A small world of laptops edits one student's row and passes versions around, with the
real clock and the real rules; the tests keep the true history of every version, so
"nothing silently lost" is checked against what really happened, not against the
rules' own idea of it.
"""

from __future__ import annotations

from typing import Any

from hypothesis import given, settings
from hypothesis import strategies as st

from cbe_desktop.core.ids import HybridLogicalClock
from cbe_desktop.sync import merge

ROW_ID = "0190b2c4-0000-7000-8000-000000000001"
NAMES = ["Ana", "Ána", "Anita", "Ana María", "Annie"]


class FakeTime:
    def __init__(self) -> None:
        self.now = 1_790_000_000.0

    def tick(self, seconds: float = 1.0) -> None:
        self.now += seconds


class Replica:
    def __init__(self, name: str, time: FakeTime, skew: float = 0.0) -> None:
        self.name = name
        self.clock = HybridLogicalClock(name, wall_clock=lambda: time.now + skew)
        self.row: dict[str, Any] | None = None
        self.conflicts: dict[str, dict[str, Any]] = {}
        self.lineage: frozenset[str] = frozenset()  # the versions its row was truly made from


class World:
    """Laptops holding versions of one row, and the true history of every version."""

    def __init__(self, n: int, skews: list[float] | None = None) -> None:
        self.time = FakeTime()
        skews = skews or [0.0] * n
        self.replicas = [Replica(f"r{i}", self.time, skews[i]) for i in range(n)]
        self.history: dict[str, frozenset[str]] = {}  # version stamp -> stamps it descends from
        self.contents: dict[str, dict[str, Any]] = {}  # version stamp -> what it holds
        first = self.replicas[0]
        stamp = first.clock.now()
        first.row = {
            "id": ROW_ID,
            "hlc": stamp,
            "origin": first.name,
            "deleted_hlc": None,
            "base_hlc": None,
            "given_name": "Ana",
            "family_name": "García",
        }
        self.history[stamp] = first.lineage = frozenset({stamp})
        self.contents[stamp] = merge.content(first.row)

    def edit(self, i: int, name: str, delete: bool = False) -> None:
        """Like Tx.touch / Tx.tombstone: a new version made from the one this laptop holds."""
        self.time.tick()
        rep = self.replicas[i]
        if rep.row is None:
            return
        old = rep.row
        stamp = rep.clock.now()
        new = {**old, "given_name": name, "hlc": stamp, "origin": rep.name}
        if old["origin"] != rep.name:
            new["base_hlc"] = old["hlc"]
        if delete:
            new["deleted_hlc"] = stamp
        rep.row = new
        rep.lineage = self.history[stamp] = rep.lineage | {stamp}
        self.contents[stamp] = merge.content(new)

    def send(self, a: int, b: int) -> merge.Outcome | None:
        """Laptop ``a``'s version and conflicts arrive at laptop ``b``."""
        self.time.tick()
        src, dst = self.replicas[a], self.replicas[b]
        for conflict in src.conflicts.values():
            self._merge_conflict(dst, conflict)
        if src.row is None:
            return None
        incoming, local = src.row, dst.row
        outcome = merge.merge_row("student", local, incoming, is_far_future=dst.clock.is_far_future)
        theirs = self.history[incoming["hlc"]]
        same = local is not None and merge.same_content(local, incoming)
        if outcome.action != "keep":
            dst.row = incoming
            # an identical version carries this laptop's lineage on with its own
            dst.lineage = theirs | dst.lineage if same else theirs
        elif same:
            dst.lineage |= theirs
        if outcome.conflict is not None:
            self._merge_conflict(dst, outcome.conflict)
        dst.clock.observe(incoming["hlc"])
        self._nothing_silently_lost(dst, [v for v in (local, incoming) if v is not None])
        return outcome

    @staticmethod
    def _merge_conflict(dst: Replica, conflict: dict[str, Any]) -> None:
        kept, _ = merge.merge_rows(
            "conflict", dst.conflicts.get(conflict["id"]), conflict, record_conflicts=False
        )
        dst.conflicts[conflict["id"]] = kept

    def _nothing_silently_lost(self, rep: Replica, versions: list[dict[str, Any]]) -> None:
        """Every version met is what the kept row, or one kept aside, was truly made from.

        "Made from" is the true history (not the rules' idea of it), compared by content:
        a version replaced by an identical one from another laptop lost nothing.
        """
        assert rep.row is not None
        made_from = set(rep.lineage)
        for conflict in rep.conflicts.values():  # what a kept-aside version was made from
            for aside in (conflict["mine"], conflict["theirs"]):
                made_from |= self.history[aside["hlc"]]
        known = [self.contents[h] for h in made_from]
        for v in versions:
            assert merge.content(v) in known, (
                f"{v['given_name']!r} ({v['hlc']}) was lost to {rep.row['given_name']!r}"
            )

    def settle(self) -> None:
        """Pass everything around the ring until every laptop holds the same."""
        n = len(self.replicas)
        for _ in range(3):
            for i in range(n):
                self.send(i, (i + 1) % n)


actions = st.lists(
    st.one_of(
        st.tuples(st.just("edit"), st.integers(0, 2), st.sampled_from(NAMES), st.booleans()),
        st.tuples(st.just("send"), st.integers(0, 2), st.integers(0, 2)),
    ),
    max_size=25,
)


def run(world: World, steps) -> None:  # type: ignore[no-untyped-def]
    for step in steps:
        if step[0] == "edit":
            world.edit(step[1], step[2], delete=step[3] and step[2] == "Annie")
        elif step[1] != step[2]:
            world.send(step[1], step[2])


@settings(max_examples=300, deadline=None)
@given(actions)
def test_laptops_that_exchange_everything_end_with_the_same_row_and_the_same_conflicts(steps):
    world = World(3)
    run(world, steps)
    world.settle()
    first = world.replicas[0]
    for other in world.replicas[1:]:
        assert other.row == first.row
        assert other.conflicts == first.conflicts


@settings(max_examples=300, deadline=None)
@given(actions, st.permutations([0, 1, 2]))
def test_the_winner_does_not_depend_on_the_order_files_arrive_in(steps, order):
    world = World(3)
    run(world, steps)
    versions = [r.row for r in world.replicas if r.row is not None]
    results = []
    for sequence in (versions, [versions[i] for i in order if i < len(versions)]):
        row = None
        for incoming in sequence:
            row, _ = merge.merge_rows("student", row, incoming)
        results.append(row)
    assert merge.content(results[0]) == merge.content(results[1])
    assert results[0]["hlc"] == results[1]["hlc"]


@settings(max_examples=200, deadline=None)
@given(actions)
def test_receiving_the_same_version_again_changes_nothing(steps):
    world = World(3)
    run(world, steps)
    world.send(0, 1)
    before = (world.replicas[1].row, dict(world.replicas[1].conflicts))
    outcome = world.send(0, 1)
    assert outcome is None or outcome.action == "keep"
    # (a conflict met before is met again: the same row, already kept)
    assert (world.replicas[1].row, world.replicas[1].conflicts) == before


@settings(max_examples=200, deadline=None)
@given(st.sampled_from(NAMES), st.sampled_from(NAMES))
def test_two_laptops_renaming_one_student_make_one_conflict_the_newer_name_winning(a, b):
    world = World(2)
    world.send(0, 1)
    world.edit(0, a)
    world.edit(1, b)  # a second later: the newer change
    world.send(0, 1)
    world.send(1, 0)
    for rep in world.replicas:
        assert rep.row is not None and rep.row["given_name"] == b
        if a == b:
            assert rep.conflicts == {}
        else:
            (conflict,) = rep.conflicts.values()
            assert (conflict["mine"]["given_name"], conflict["theirs"]["given_name"]) == (b, a)
            assert conflict["reason"] == merge.CONCURRENT_EDIT


def test_an_edit_made_from_the_other_laptops_version_wins_without_a_conflict():
    world = World(2)
    world.send(0, 1)
    world.edit(1, "Anita")  # edited from laptop 0's version
    outcome = world.send(1, 0)
    assert outcome == merge.UPDATE
    assert world.replicas[0].row["given_name"] == "Anita"
    assert world.replicas[0].conflicts == {}


def test_a_laptops_own_later_edit_wins_without_a_conflict():
    world = World(2)
    world.send(0, 1)
    world.edit(0, "Anita")
    world.edit(0, "Annie")
    assert world.send(0, 1) == merge.UPDATE
    assert world.replicas[1].row["given_name"] == "Annie"


def test_an_edit_from_a_slow_clock_still_wins_when_it_was_made_from_the_newer_version():
    world = World(2, skews=[0.0, -3600.0])
    world.send(0, 1)
    world.edit(1, "Anita")  # the slow laptop's stamp may sort before laptop 0's...
    assert world.send(1, 0) == merge.UPDATE  # ...but it was made from it
    assert world.replicas[0].row["given_name"] == "Anita"


@settings(max_examples=100, deadline=None)
@given(st.sampled_from(NAMES), st.booleans())
def test_a_version_stamped_far_in_the_future_never_wins_automatically(name, made_from_ours):
    year = 365 * 24 * 3600.0
    world = World(2, skews=[0.0, year])
    world.send(0, 1)
    if not made_from_ours:
        world.edit(0, "Anita")
    world.edit(1, name)
    before = world.replicas[0].row
    outcome = world.send(1, 0)
    assert outcome is not None and outcome.action == "keep" and outcome.flagged
    assert world.replicas[0].row == before
    if name != before["given_name"]:
        (conflict,) = world.replicas[0].conflicts.values()
        assert conflict["reason"] == merge.FUTURE_CLOCK
        assert conflict["theirs"]["given_name"] == name
    # and the laptop's clock did not jump a year ahead
    assert world.replicas[0].clock.last < world.replicas[1].row["hlc"]


def test_a_far_future_row_that_is_new_here_is_inserted_and_flagged():
    outcome = merge.merge_row(
        "student",
        None,
        {"id": ROW_ID, "hlc": "9999999999999-0000-zz", "origin": "zz"},
        is_far_future=lambda stamp: stamp.startswith("9999"),
    )
    assert outcome == merge.Outcome("insert", None, flagged=True)


def test_evidence_is_a_union_never_updated():
    row = {"id": ROW_ID, "hlc": "0000000000002-0000-a", "origin": "a", "level": 3.0}
    other = {**row, "hlc": "0000000000003-0000-b", "origin": "b", "level": 4.0}
    outcome = merge.merge_row(
        "evidence", row, other, is_far_future=lambda s: False, append_only=True
    )
    assert outcome == merge.KEEP
    assert (
        merge.merge_row("evidence", None, other, is_far_future=lambda s: False).action == "insert"
    )


@given(st.text(max_size=5), st.text(max_size=5), st.text(max_size=5))
def test_a_conflict_has_the_same_id_whichever_laptop_meets_it(table, h1, h2):
    assert merge.conflict_id(table, ROW_ID, *sorted((h1, h2))) == merge.conflict_id(
        table, ROW_ID, *sorted((h2, h1))
    )


def test_two_corrections_of_one_score_on_two_laptops_make_one_conflict_newer_first():
    base = {"supersedes": "old", "deleted_hlc": None, "base_hlc": None}
    a = {**base, "id": "a", "hlc": "1790000000000-0000-r0", "origin": "r0", "level": 2.0}
    b = {**base, "id": "b", "hlc": "1790000000500-0000-r1", "origin": "r1", "level": 4.0}
    (conflict,) = merge.forked_corrections([a, b])
    assert conflict == merge.forked_corrections([b, a])[0]
    assert (conflict["row_id"], conflict["mine"]["id"], conflict["theirs"]["id"]) == (
        "old",
        "b",
        "a",
    )
    # corrections made one after another on one laptop are no fork
    assert merge.forked_corrections([a, {**b, "origin": "r0"}]) == []


# ----------------------------------------------------------------------------- the same thing
# made twice: rows with different ids and one natural key


def _override(row_id: str, stamp: str, origin: str, level: float) -> dict[str, Any]:
    return {
        "id": row_id,
        "hlc": stamp,
        "origin": origin,
        "deleted_hlc": None,
        "base_hlc": None,
        "student_id": "ana",
        "target_id": "7.RP.1",
        "level": level,
        "reason": f"level {level}",
        "date": "2026-11-20",
    }


OVERRIDES = [
    _override("a", "1790000000000-0000-r0", "r0", 3.0),
    _override("b", "1790000000500-0000-r1", "r1", 2.0),
    _override("c", "1790000000500-0001-r2", "r2", 4.0),
]


@given(st.permutations(OVERRIDES))
def test_the_newest_override_of_one_cell_stays_whichever_order_the_rows_come_in(rows):
    settled = merge.settle_twins("mastery_override", rows)
    assert settled == merge.settle_twins("mastery_override", OVERRIDES)
    assert [aside["id"] for aside, _ in settled] == ["a", "b"]  # c, the newest, stays
    for aside, conflict in settled:
        assert aside["deleted_hlc"] == aside["hlc"] > aside["base_hlc"]
        assert conflict is not None and conflict["row_id"] == "c"
        assert (conflict["mine"]["level"], conflict["theirs"]["id"]) == (4.0, aside["id"])
    assert len({conflict["id"] for _, conflict in settled}) == 2


def test_a_row_set_aside_is_taken_quietly_where_it_was_live():
    kept, aside = OVERRIDES[1], OVERRIDES[0]
    ((deleted, _conflict),) = merge.settle_twins("mastery_override", [kept, aside])
    assert merge.set_aside_from(deleted) == aside["hlc"]
    # the laptop still holding the row live takes the setting aside without a conflict
    assert (
        merge.merge_row("mastery_override", aside, deleted, is_far_future=lambda s: False)
        == merge.UPDATE
    )
    # and a laptop that has set it aside keeps it so when the live version comes again
    assert (
        merge.merge_row("mastery_override", deleted, aside, is_far_future=lambda s: False)
        == merge.KEEP
    )


def test_a_teachers_change_made_from_the_set_aside_version_wins_over_the_setting_aside():
    aside = OVERRIDES[0]
    ((deleted, _),) = merge.settle_twins("mastery_override", [OVERRIDES[1], aside])
    # another laptop (r5, its clock behind) changed the version that was set aside
    changed = {**aside, "hlc": "1789999999000-0000-r5", "origin": "r5", "base_hlc": aside["hlc"]}
    changed["level"] = 1.0
    assert merge.merge_row("mastery_override", deleted, changed, is_far_future=lambda s: False) == (
        merge.UPDATE
    )
    assert merge.merge_row("mastery_override", changed, deleted, is_far_future=lambda s: False) == (
        merge.KEEP
    )


def test_the_same_thing_said_twice_is_kept_once_without_a_conflict():
    a = {**OVERRIDES[0], "level": 2.0, "reason": "same"}
    b = {**OVERRIDES[1], "level": 2.0, "reason": "same"}
    ((deleted, conflict),) = merge.settle_twins("mastery_override", [a, b])
    assert deleted["id"] == "a" and conflict is None


def test_a_teachers_deletion_is_never_taken_for_a_setting_aside():
    row = {**OVERRIDES[0], "origin": "r1", "hlc": "1790000000000-0001-r1"}
    deleted = {**row, "deleted_hlc": row["hlc"], "base_hlc": OVERRIDES[0]["hlc"]}
    assert merge.set_aside_from(deleted) is None


def test_two_deletions_of_one_row_are_alike_and_make_no_conflict():
    row = {"id": ROW_ID, "deleted_hlc": None, "base_hlc": None, "given_name": "Ana"}
    a = {
        **row,
        "hlc": "1790000000000-0000-r0",
        "origin": "r0",
        "deleted_hlc": "1790000000000-0000-r0",
    }
    b = {
        **row,
        "hlc": "1790000000500-0000-r1",
        "origin": "r1",
        "deleted_hlc": "1790000000500-0000-r1",
    }
    assert merge.merge_row("student", a, b, is_far_future=lambda s: False) == merge.UPDATE
    assert merge.merge_row("student", b, a, is_far_future=lambda s: False) == merge.KEEP
