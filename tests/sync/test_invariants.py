"""DESIGN.md's sync invariants, on real stores exchanging real files.

- Importing the same file twice changes nothing the second time.
- A then B gives the same store as B then A.
- Every row that existed on either laptop exists after the merge.
- Two laptops changing the same row: the newer wins; the other is kept as a conflict.
  The same for two rows that mean the same thing (an override of one student on one
  target, a target taught in a class, a student's place in a class, a level of a
  rubric...: ``merge.NATURAL_KEYS``): one is in use, the other kept as a conflict.
- A conflict resolved on one laptop is not asked again on the other.
- Deleting a student never deletes evidence.
- Clocks a year off still merge, and a far-future stamp never wins automatically.
"""

from __future__ import annotations

import tempfile
from collections import Counter
from collections.abc import Callable
from pathlib import Path
from typing import Any

from hypothesis import example, given, settings
from hypothesis import strategies as st
from sqlalchemy import select
from sync_helpers import (
    YEAR,
    ClassSetup,
    Laptop,
    delete_student,
    dump,
    open_conflicts,
    rename,
    score,
)

from cbe_desktop.core.errors import CbeError
from cbe_desktop.core.evidence import override_estimate, remove_override, standing_ids
from cbe_desktop.core.gradebook import class_grid
from cbe_desktop.core.models import Evidence, Framework, Student, Target
from cbe_desktop.core.roster import create_student, enroll_students, set_class_targets
from cbe_desktop.core.targets import add_target, save_rubric
from cbe_desktop.sync import conflicts, merge
from cbe_desktop.sync.exchange import import_bundle

REASONS = ["Explained it in conference.", "Showed it in the lab.", "Ratio table still wrong."]
WORDS = ["Explains two ways.", "Teaches it to a partner.", "Uses any table."]

Version = tuple[str, str, str]  # (table, row id, stamp)


def _said(row: dict) -> dict:
    """What a row says about its thing: no id, no version, deletion as yes or no."""
    out = {k: v for k, v in merge.content(row).items() if k not in ("id", "source_id")}
    out["deleted_hlc"] = bool(out.get("deleted_hlc"))
    return out


class Classroom:
    """Laptops sharing one class, and the true history of every version of every row."""

    def __init__(self, root: Path, n: int, skews: list[float] | None = None) -> None:
        skews = skews or [0.0] * n
        self.laptops = [Laptop(root, f"t{i}", skew=skews[i]) for i in range(n)]
        first = self.laptops[0]
        self.setup = ClassSetup(first)
        with first.store.transaction() as tx:
            # 7.RP.3, in the framework but not taught in the class yet
            target = tx.session.get(Target, self.setup.target_ids[0])
            framework = tx.session.get(Framework, target.framework_id)
            self.extra_target = add_target(tx, framework, code="7.RP.3", statement="Skill 3").id
        self.extra_student, _ = create_student(first.store, "Liam", "Chen")  # in no class
        # The truth, kept beside the rules: what each version was made from (by a
        # teacher), what it holds, and what each laptop's current version of each row
        # was made from. Versions made by a merge (a twin set aside) carry nothing on.
        self.history: dict[Version, frozenset[Version]] = {}
        self.contents: dict[Version, dict] = {}
        self.lineage: dict[tuple[int, str, str], frozenset[Version]] = {}
        self.evidence_made: set[str] = set()
        self.tables = [t for t in dump(first.store) if t not in ("evidence", "conflict")]
        self._act(0, lambda: None, everything=True)
        for other in self.laptops[1:]:
            self.laptops[0].send_to(other)

    def close(self) -> None:
        for laptop in self.laptops:
            laptop.close()

    # ----- the truth -------------------------------------------------------------------

    def _lineage(self, i: int, table: str, row: dict | None) -> frozenset[Version]:
        if row is None:
            return frozenset()
        version = (table, row["id"], row["hlc"])
        return self.lineage.get((i, table, row["id"]), self.history.get(version, frozenset()))

    def _act(self, i: int, action: Callable[[], Any], *, everything: bool = False) -> None:
        """A teacher's action on laptop i: every row it changed is made from the one before."""
        store = self.laptops[i].store
        before = {} if everything else dump(store)
        try:
            action()
        except CbeError:  # refused (the student was deleted here, ...): nothing changed
            return
        after = dump(store)
        for table in self.tables:
            for rid, row in after[table].items():
                old = before.get(table, {}).get(rid)
                if old is not None and old["hlc"] == row["hlc"]:
                    continue
                version = (table, rid, row["hlc"])
                made = self._lineage(i, table, old) | {version}
                self.history[version] = self.lineage[(i, table, rid)] = made
                self.contents[version] = merge.content(row)
                if old is not None:
                    self.contents.setdefault((table, rid, old["hlc"]), merge.content(old))

    # ----- what teachers do ------------------------------------------------------------

    def _student(self, i: int, s: int) -> Student | None:
        with self.laptops[i].store.read() as session:
            return session.get(Student, self.setup.student_ids[s])

    def _live_student(self, i: int, s: int) -> bool:
        student = self._student(i, s)
        return student is not None and student.deleted_hlc is None

    def rename(self, i: int, s: int, name: str) -> None:
        self._act(i, lambda: rename(self.laptops[i], self.setup.student_ids[s], name))

    def delete(self, i: int, s: int) -> None:
        if self._live_student(i, s):
            self._act(i, lambda: delete_student(self.laptops[i], self.setup.student_ids[s]))

    def score(self, i: int, s: int, t: int, level: int) -> None:
        if self._live_student(i, s):  # the gradebook only offers live students
            self.evidence_made.add(score(self.laptops[i], self.setup, s, t, level))

    def correct(self, i: int, k: int, level: int) -> None:
        """Correct the k-th piece of evidence still standing on this laptop."""
        with self.laptops[i].store.read() as session:
            rows = list(session.exec(select(Evidence).order_by(Evidence.id)).scalars())
        standing = standing_ids((r.id, r.supersedes) for r in rows)
        live = [r for r in rows if r.id in standing and r.status == "scored"]
        if not live:
            return
        old = live[k % len(live)]
        s = self.setup.student_ids.index(old.student_id)
        t = self.setup.target_ids.index(old.target_id)
        if self._live_student(i, s):
            self.evidence_made.add(
                score(self.laptops[i], self.setup, s, t, level, supersedes=old.id)
            )

    def override(self, i: int, s: int, t: int, level: int, reason: int) -> None:
        """The teacher sets (or changes) the estimate of student s on target t."""
        store, student, target = self._pair(i, s, t)
        self._act(i, lambda: override_estimate(store, student, target, level, REASONS[reason]))

    def unoverride(self, i: int, s: int, t: int) -> None:
        store, student, target = self._pair(i, s, t)
        self._act(i, lambda: remove_override(store, student, target))

    def _pair(self, i: int, s: int, t: int) -> tuple[Any, str, str]:
        return self.laptops[i].store, self.setup.student_ids[s], self.setup.target_ids[t]

    def teach(self, i: int, position: int) -> None:
        """7.RP.3 is taught in the class, at this place (0: first); -1: not taught."""
        order = list(self.setup.target_ids)
        if position >= 0:
            order.insert(position, self.extra_target)
        store = self.laptops[i].store
        self._act(i, lambda: set_class_targets(store, self.setup.class_id, order))

    def enrol(self, i: int) -> None:
        store = self.laptops[i].store
        self._act(i, lambda: enroll_students(store, self.setup.class_id, [self.extra_student]))

    def describe(self, i: int, level: int, words: int) -> None:
        """What level 4 (or 3) of 7.RP.1 looks like."""
        store, target = self.laptops[i].store, self.setup.target_ids[0]
        self._act(i, lambda: save_rubric(store, target, {float(level): WORDS[words]}))

    def choose(self, i: int, k: int, take: bool) -> None:
        """The teacher settles the k-th open conflict on this laptop: keep or take."""
        store = self.laptops[i].store
        with store.read() as session:
            found = conflicts.open_conflicts(session)
        if not found:
            return
        view = found[k % len(found)]
        choose = conflicts.take_theirs if take else conflicts.keep_mine
        self._act(i, lambda: choose(store, view.id))

    # ----- exchanges -------------------------------------------------------------------

    def exchange(self, a: int, b: int, *, twice: bool = False) -> None:
        """Laptop a's file arrives at laptop b; checks that nothing went missing."""
        src, dst = self.laptops[a], self.laptops[b]
        before, incoming = dump(dst.store), dump(src.store)
        path = src.export()
        import_bundle(dst.store, path)
        after = dump(dst.store)
        self.check_merge(a, b, before, incoming, after)
        if twice:
            again = import_bundle(dst.store, path)
            assert dump(dst.store) == after
            totals = again.totals
            assert (totals.new, totals.updated, totals.conflicts) == (0, 0, 0)

    def check_merge(self, a: int, b: int, before: dict, incoming: dict, after: dict) -> None:
        # every row either laptop had is there; every piece of evidence on either side too
        for table, rows in after.items():
            assert set(rows) >= set(before[table]) | set(incoming[table]), table
        # one thing, one row in use
        for table in merge.NATURAL_KEYS:
            things = Counter(
                merge.natural_key(table, row)
                for row in after[table].values()
                if row["deleted_hlc"] is None
            )
            assert all(n == 1 for n in things.values()), (table, things)
        in_use = {
            (table, merge.natural_key(table, row)): row
            for table in merge.NATURAL_KEYS
            for row in after[table].values()
            if row["deleted_hlc"] is None
        }
        # a conflict resolved (or reopened) on either side stands as the newer says
        for cid, row in after["conflict"].items():
            versions = [before["conflict"].get(cid), incoming["conflict"].get(cid)]
            newest = max(filter(None, versions), key=merge.order_key, default=None)
            if newest is not None:
                assert merge.order_key(row) >= merge.order_key(newest)
                if row["hlc"] == newest["hlc"]:
                    assert row["state"] == newest["state"], (row, versions)
        # nothing silently lost: a version that differs from what is kept is what the kept
        # row, or a version kept aside in a conflict, was truly made from (compared by
        # content: a version replaced by an identical one from another laptop lost
        # nothing), or says what the row in use for the same thing says
        for table in self.tables:
            for rid, row in after[table].items():
                old, theirs = before[table].get(rid), incoming[table].get(rid)
                mine_made = self._lineage(b, table, old)
                theirs_made = self._lineage(a, table, theirs)
                same = old is not None and theirs is not None and merge.same_content(old, theirs)
                took = theirs is not None and row["hlc"] == theirs["hlc"]
                kept = old is not None and row["hlc"] == old["hlc"]
                if took and not kept:
                    made = theirs_made | (mine_made if same else frozenset())
                elif kept:
                    made = mine_made | (theirs_made if same else frozenset())
                else:  # set aside by this merge: made from nothing a teacher did
                    made = frozenset()
                self.lineage[(b, table, rid)] = made
                known_from = set(made)
                for conflict in after["conflict"].values():
                    if rid in (
                        conflict["row_id"],
                        conflict["mine"]["id"],
                        conflict["theirs"]["id"],
                    ):
                        for aside in (conflict["mine"], conflict["theirs"]):
                            version = (table, aside["id"], aside["hlc"])
                            known_from |= self.history.get(version, {version})
                            self.contents.setdefault(version, merge.content(aside))
                known = [self.contents[v] for v in known_from if v in self.contents]
                known.append(merge.content(row))
                for version in (old, theirs):
                    if version is None or merge.same_content(version, row):
                        continue
                    if merge.content(version) in known:
                        continue
                    if merge.set_aside_from(version) is not None and row["deleted_hlc"]:
                        # a row a merge set aside, still deleted: what it said was kept in
                        # a conflict when it was set aside (if it differed from the row in
                        # use); two laptops setting one row aside from two of its versions
                        # lose nothing a teacher did
                        continue
                    if table in merge.NATURAL_KEYS and version["deleted_hlc"] is None:
                        thing = in_use.get((table, merge.natural_key(table, version)))
                        if thing is not None and _said(thing) == _said(version):
                            continue
                    raise AssertionError(f"lost: {table} {version} (kept: {row})")
        # a version stamped far in this laptop's future never replaced one it had (the
        # merge's own setting aside of a row it already held, stamped from that row's own
        # stamp, replaces nothing of this laptop's time)
        for table, rows in after.items():
            for rid, row in rows.items():
                old = before[table].get(rid)
                if old is not None and old["hlc"] != row["hlc"]:
                    if merge.set_aside_from(row) == old["hlc"]:
                        continue
                    assert not self.laptops[b].store.clock.is_far_future(row["hlc"]), table

    def settle(self) -> None:
        n = len(self.laptops)
        for _ in range(3):
            for i in range(n):
                self.exchange(i, (i + 1) % n)
            dumps = [dump(laptop.store) for laptop in self.laptops]
            if all(d == dumps[0] for d in dumps):
                return

    def grids_compute(self) -> None:
        for laptop in self.laptops:
            with laptop.store.read() as session:
                class_grid(session, self.setup.class_id)


def step_strategy(n: int):  # type: ignore[no-untyped-def]
    """Teachers' actions, weighted towards the ones that meet each other (two students)."""
    laptop = st.integers(0, n - 1)
    student = st.integers(0, 1)
    target = st.integers(0, 1)
    rename_ = st.tuples(
        st.just("rename"), laptop, student, st.sampled_from(["Ana", "Anita", "Annie"])
    )
    score_ = st.tuples(st.just("score"), laptop, student, target, st.integers(1, 4))
    correct_ = st.tuples(st.just("correct"), laptop, st.integers(0, 50), st.integers(1, 4))
    delete_ = st.tuples(st.just("delete"), laptop, student)
    override_ = st.tuples(
        st.just("override"), laptop, student, target, st.integers(1, 4), st.integers(0, 2)
    )
    unoverride_ = st.tuples(st.just("unoverride"), laptop, student, target)
    teach_ = st.tuples(st.just("teach"), laptop, st.integers(-1, 2))
    enrol_ = st.tuples(st.just("enrol"), laptop)
    describe_ = st.tuples(st.just("describe"), laptop, st.integers(3, 4), st.integers(0, 2))
    choose_ = st.tuples(st.just("choose"), laptop, st.integers(0, 5), st.booleans())
    exchange_ = st.tuples(st.just("exchange"), laptop, laptop, st.booleans())
    return st.one_of(
        rename_,
        score_,
        correct_,
        delete_,
        override_,
        override_,
        unoverride_,
        teach_,
        enrol_,
        describe_,
        choose_,
        exchange_,
        exchange_,
        exchange_,
    )


def play(room: Classroom, steps) -> None:  # type: ignore[no-untyped-def]
    for step in steps:
        kind, i, *args = step
        if kind == "exchange":
            if i != args[0]:
                room.exchange(i, args[0], twice=args[1])
        else:
            getattr(room, kind)(i, *args)


# ----------------------------------------------------------------------------- properties


@settings(max_examples=12, deadline=None)
@given(st.lists(step_strategy(3), min_size=6, max_size=14))
# One row set aside on two laptops from two of its versions (7.RP.3 added on laptop 1,
# moved on laptop 2, added again on laptop 0): two deletions, nothing lost.
@example(steps=[("teach", 1, 1), ("exchange", 1, 2, False), ("teach", 2, 0), ("teach", 0, 2)])
def test_three_laptops_that_exchange_files_converge_and_lose_nothing(steps):
    with tempfile.TemporaryDirectory() as tmp:
        room = Classroom(Path(tmp), 3)
        try:
            play(room, steps)
            room.settle()
            dumps = [dump(laptop.store) for laptop in room.laptops]
            assert dumps[1] == dumps[0] and dumps[2] == dumps[0]
            assert set(dumps[0]["evidence"]) >= room.evidence_made
            room.grids_compute()
        finally:
            room.close()


@settings(max_examples=10, deadline=None)
@given(st.lists(step_strategy(2), min_size=4, max_size=10))
def test_a_then_b_gives_the_same_store_as_b_then_a(steps):
    with tempfile.TemporaryDirectory() as tmp:
        root = Path(tmp)
        room = Classroom(root, 2)
        c, d = Laptop(root, "c"), Laptop(root, "d")
        try:
            play(room, steps)
            a, b = room.laptops
            file_a, file_b = a.export(), b.export()
            import_bundle(c.store, file_a)
            import_bundle(c.store, file_b)
            import_bundle(d.store, file_b)
            import_bundle(d.store, file_a)
            assert dump(c.store) == dump(d.store)
            # and the two laptops, once they have exchanged both ways, hold the same
            import_bundle(b.store, file_a)
            a.send_to(b)  # a sends again: nothing new for b, but b's file then has it all
            b.send_to(a)
            assert dump(a.store) == dump(b.store) == dump(c.store)
        finally:
            room.close()
            c.close()
            d.close()


@settings(max_examples=8, deadline=None)
@given(
    st.lists(st.sampled_from([-YEAR, 0.0, YEAR]), min_size=3, max_size=3),
    st.lists(step_strategy(3), max_size=10),
)
# Two laptops a year apart enrol the same student: a laptop a year behind both holds
# both rows, and setting one aside stamps it from its own far-future stamp.
@example(skews=[0.0, YEAR, -YEAR], steps=[("enrol", 1), ("enrol", 0)])
def test_clocks_a_year_off_still_merge_without_losing_anything(skews, steps):
    with tempfile.TemporaryDirectory() as tmp:
        room = Classroom(Path(tmp), 3, skews=skews)
        try:
            play(room, steps)
            for i in range(3):  # every file reaches every laptop (checked as it merges)
                for j in range(3):
                    if i != j:
                        room.exchange(i, j)
            for laptop in room.laptops:
                assert set(dump(laptop.store)["evidence"]) >= room.evidence_made
                # this laptop's clock never jumped to another laptop's wrong year
                assert int(laptop.store.clock.last[:13]) < laptop.now_ms() + 24 * 3600 * 1000
            room.grids_compute()
        finally:
            room.close()


# ----------------------------------------------------------------------------- stories


def test_importing_the_same_file_twice_changes_nothing_the_second_time(demo_store, tmp_path):
    from cbe_desktop.sync.exchange import export_bundle

    export_bundle(demo_store, tmp_path / "rivera.cbesync")
    laptop = Laptop(tmp_path, "office")
    first = import_bundle(laptop.store, tmp_path / "rivera.cbesync")
    after_first = dump(laptop.store)
    second = import_bundle(laptop.store, tmp_path / "rivera.cbesync")
    assert dump(laptop.store) == after_first == dump(demo_store)
    assert first.totals.new == sum(len(rows) for rows in after_first.values())
    assert (second.totals.new, second.totals.updated, second.totals.conflicts) == (0, 0, 0)
    assert second.totals.unchanged == first.totals.new
    assert second.attachments_added == 0
    laptop.close()


def test_two_laptops_renaming_one_student_give_one_conflict_the_newer_name_winning(tmp_path):
    room = Classroom(tmp_path, 2)
    ana = room.setup.student_ids[0]
    room.rename(0, 0, "Anita")
    room.rename(1, 0, "Ana María")  # later: the newer change
    room.exchange(0, 1)
    room.exchange(1, 0)
    for laptop in room.laptops:
        assert dump(laptop.store)["student"][ana]["given_name"] == "Ana María"
        (conflict,) = open_conflicts(laptop.store)
        assert conflict["table_name"] == "student" and conflict["row_id"] == ana
        assert conflict["mine"]["given_name"] == "Ana María"
        assert conflict["theirs"]["given_name"] == "Anita"
        assert {conflict["mine"]["origin"], conflict["theirs"]["origin"]} == {
            room.laptops[0].replica,
            room.laptops[1].replica,
        }
    assert dump(room.laptops[0].store) == dump(room.laptops[1].store)
    room.close()


def test_two_teachers_override_anas_estimate_and_after_syncing_one_is_live_one_a_conflict(
    tmp_path,
):
    """Two teachers override Ana's estimate on 7.RP.1 on their laptops; after syncing both
    ways one is live and the other is a conflict the teacher can pick, and the pick
    travels."""
    room = Classroom(tmp_path, 2)
    ana, rp1 = room.setup.student_ids[0], room.setup.target_ids[0]
    room.override(0, 0, 0, 3, 0)
    room.override(1, 0, 0, 2, 2)  # later: the newer
    room.exchange(0, 1)
    room.exchange(1, 0)
    for laptop in room.laptops:
        data = dump(laptop.store)
        (in_use,) = [r for r in data["mastery_override"].values() if r["deleted_hlc"] is None]
        assert (in_use["student_id"], in_use["target_id"]) == (ana, rp1)
        assert (in_use["level"], in_use["reason"]) == (2.0, REASONS[2])
        (conflict,) = open_conflicts(laptop.store)
        assert (conflict["table_name"], conflict["row_id"]) == ("mastery_override", in_use["id"])
        assert (conflict["theirs"]["level"], conflict["theirs"]["reason"]) == (3.0, REASONS[0])
    room.choose(0, 0, True)  # the first teacher picks her own
    room.exchange(0, 1, twice=True)
    room.exchange(1, 0)
    for laptop in room.laptops:
        assert open_conflicts(laptop.store) == []
        (in_use,) = [
            r for r in dump(laptop.store)["mastery_override"].values() if r["deleted_hlc"] is None
        ]
        assert (in_use["level"], in_use["reason"]) == (3.0, REASONS[0])
    assert dump(room.laptops[0].store) == dump(room.laptops[1].store)
    room.close()


def test_two_laptops_correcting_one_score_keep_both_corrections_and_one_conflict(tmp_path):
    room = Classroom(tmp_path, 2)
    first = score(room.laptops[0], room.setup, 0, 0, 2)
    room.exchange(0, 1)
    fix_a = score(room.laptops[0], room.setup, 0, 0, 3, supersedes=first)
    fix_b = score(room.laptops[1], room.setup, 0, 0, 4, supersedes=first)  # the newer
    room.exchange(0, 1)
    room.exchange(1, 0)
    for laptop in room.laptops:
        data = dump(laptop.store)
        assert {first, fix_a, fix_b} <= set(data["evidence"])
        (conflict,) = open_conflicts(laptop.store)
        assert (conflict["table_name"], conflict["row_id"]) == ("evidence", first)
        assert (conflict["mine"]["id"], conflict["theirs"]["id"]) == (fix_b, fix_a)
        with laptop.store.read() as session:
            grid = class_grid(session, room.setup.class_id)
        row = [s.id for s in grid.students].index(room.setup.student_ids[0])
        cell = grid.cell(row, 0)
        assert cell.evidence_count == 2 and cell.estimate == 4.0  # both stand; latest is 4
    room.close()


def test_deleting_a_student_while_evidence_is_added_elsewhere_keeps_it_and_shows_a_conflict(
    tmp_path,
):
    room = Classroom(tmp_path, 2)
    mateo = room.setup.student_ids[1]
    room.delete(0, 1)
    room.score(1, 1, 0, 3)  # the other laptop, not knowing, scores Mateo
    (new_evidence,) = room.evidence_made
    room.exchange(0, 1)
    room.exchange(1, 0)
    for laptop in room.laptops:
        data = dump(laptop.store)
        assert new_evidence in data["evidence"]
        assert data["student"][mateo]["deleted_hlc"] is not None
        (conflict,) = open_conflicts(laptop.store)
        assert conflict["reason"] == merge.DELETED_WITH_NEW_EVIDENCE
        assert conflict["row_id"] == mateo
        assert conflict["theirs"]["deleted_hlc"] is None  # taking it brings Mateo back
    assert dump(room.laptops[0].store) == dump(room.laptops[1].store)
    room.close()


def test_a_file_through_the_office_to_a_third_laptop_and_back_converges(tmp_path):
    room = Classroom(tmp_path, 3)
    a, office, c = room.laptops
    room.laptops[0].send_to(office)
    room.score(0, 0, 0, 3)
    room.rename(2, 1, "Mateo José")
    room.score(2, 2, 1, 2)
    room.exchange(0, 1)  # A -> office
    room.exchange(1, 2)  # office -> C
    room.exchange(2, 0)  # C -> A
    room.exchange(0, 1)  # and A -> office, office -> C again
    room.exchange(1, 2)
    dumps = [dump(laptop.store) for laptop in (a, office, c)]
    assert dumps[0] == dumps[1] == dumps[2]
    assert set(dumps[0]["evidence"]) >= room.evidence_made
    assert dumps[0]["student"][room.setup.student_ids[1]]["given_name"] == "Mateo José"
    assert open_conflicts(a.store) == []
    room.close()


def test_a_laptop_a_year_fast_cannot_win_automatically_but_nothing_it_wrote_is_lost(tmp_path):
    room = Classroom(tmp_path, 3, skews=[0.0, YEAR, -YEAR])
    normal, fast, slow = room.laptops
    ana, mateo = room.setup.student_ids[:2]
    room.rename(1, 0, "Anita")  # the fast laptop renames Ana...
    room.rename(0, 0, "Ana María")  # ...and so does this one
    room.rename(2, 1, "Mateo José")  # the slow laptop renames Mateo
    room.score(1, 2, 0, 4)
    room.score(2, 2, 1, 2)
    summary_fast = import_bundle(normal.store, fast.export())
    summary_slow = import_bundle(normal.store, slow.export())
    data = dump(normal.store)
    assert data["student"][ana]["given_name"] == "Ana María"  # the fast clock did not win
    (conflict,) = open_conflicts(normal.store)
    assert conflict["reason"] == merge.FUTURE_CLOCK
    assert conflict["theirs"]["given_name"] == "Anita"
    assert summary_fast.totals.flagged >= 1
    # the slow laptop's edit was made from this laptop's version: it wins despite its stamp
    assert data["student"][mateo]["given_name"] == "Mateo José"
    assert summary_slow.totals.conflicts == 0
    assert set(data["evidence"]) >= room.evidence_made
    assert int(normal.store.clock.last[:13]) < normal.now_ms() + 24 * 3600 * 1000
    room.close()
