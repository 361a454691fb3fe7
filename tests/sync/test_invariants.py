"""DESIGN.md's sync invariants, on real stores exchanging real files.

- Importing the same file twice changes nothing the second time.
- A then B gives the same store as B then A.
- Every evidence row that existed on either laptop exists after the merge.
- Two laptops changing the same row: the newer wins; the other is kept as a conflict.
- Deleting a student never deletes evidence.
- Clocks a year off still merge, and a far-future stamp never wins automatically.
"""

from __future__ import annotations

import tempfile
from pathlib import Path

from hypothesis import given, settings
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

from cbe_desktop.core.errors import NotFoundError
from cbe_desktop.core.evidence import standing_ids
from cbe_desktop.core.gradebook import class_grid
from cbe_desktop.core.models import Evidence, Student
from cbe_desktop.sync import merge
from cbe_desktop.sync.exchange import import_bundle


class Classroom:
    """Laptops sharing one class, and the true history of every student version."""

    def __init__(self, root: Path, n: int, skews: list[float] | None = None) -> None:
        skews = skews or [0.0] * n
        self.laptops = [Laptop(root, f"t{i}", skew=skews[i]) for i in range(n)]
        self.setup = ClassSetup(self.laptops[0])
        # The truth, kept beside the rules: what each version was made from, what it
        # holds, and what each laptop's current version of each student was made from.
        self.history: dict[str, frozenset[str]] = {}
        self.contents: dict[str, dict] = {}
        self.lineage: dict[tuple[int, str], frozenset[str]] = {}
        self.evidence_made: set[str] = set()
        for other in self.laptops[1:]:
            self.laptops[0].send_to(other)

    def close(self) -> None:
        for laptop in self.laptops:
            laptop.close()

    def _student(self, i: int, s: int) -> Student | None:
        with self.laptops[i].store.read() as session:
            return session.get(Student, self.setup.student_ids[s])

    def _lineage(self, i: int, row: dict | Student | None) -> frozenset[str]:
        if row is None:
            return frozenset()
        sid, hlc = (row["id"], row["hlc"]) if isinstance(row, dict) else (row.id, row.hlc)
        return self.lineage.get((i, sid), self.history.get(hlc, frozenset({hlc})))

    def _record(self, i: int, old: Student, new: Student | None) -> None:
        if new is not None and new.hlc != old.hlc:
            lineage = self._lineage(i, old) | {new.hlc}
            self.history[new.hlc] = self.lineage[(i, new.id)] = lineage
            for version in (old, new):
                row = version.model_dump(exclude={"seen_hlc"})
                self.contents.setdefault(version.hlc, merge.content(row))

    def rename(self, i: int, s: int, name: str) -> None:
        old = self._student(i, s)
        try:
            rename(self.laptops[i], self.setup.student_ids[s], name)
        except NotFoundError:  # deleted on this laptop: the teacher cannot edit it
            return
        self._record(i, old, self._student(i, s))

    def delete(self, i: int, s: int) -> None:
        old = self._student(i, s)
        if old is None or old.deleted_hlc is not None:
            return
        delete_student(self.laptops[i], self.setup.student_ids[s])
        self._record(i, old, self._student(i, s))

    def score(self, i: int, s: int, t: int, level: int) -> None:
        student = self._student(i, s)
        if student is None or student.deleted_hlc is not None:
            return  # the gradebook only offers live students
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
        student = self._student(i, s)
        if student is None or student.deleted_hlc is not None:
            return
        self.evidence_made.add(score(self.laptops[i], self.setup, s, t, level, supersedes=old.id))

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
        # every piece of evidence on either side is there
        assert set(after["evidence"]) >= set(before["evidence"]) | set(incoming["evidence"])
        # nothing silently lost: a version that differs from what is kept is what the kept
        # row, or a version kept aside in a conflict, was truly made from (compared by
        # content: a version replaced by an identical one from another laptop lost nothing)
        for rid, row in after["student"].items():
            old, theirs = before["student"].get(rid), incoming["student"].get(rid)
            mine_made, theirs_made = self._lineage(b, old), self._lineage(a, theirs)
            same = old is not None and theirs is not None and merge.same_content(old, theirs)
            if old is None or (theirs is not None and row["hlc"] == theirs["hlc"] != old["hlc"]):
                made = theirs_made | (mine_made if same else frozenset())
            else:
                made = mine_made | (theirs_made if same else frozenset())
            self.lineage[(b, rid)] = made
            known_from = set(made)
            for conflict in after["conflict"].values():
                if conflict["row_id"] == rid:
                    for aside in (conflict["mine"], conflict["theirs"]):
                        known_from |= self.history.get(aside["hlc"], {aside["hlc"]})
            known = [self.contents[h] for h in known_from if h in self.contents]
            known.append(merge.content(row))
            for version in (old, theirs):
                if version is not None and not merge.same_content(version, row):
                    assert merge.content(version) in known, (version, row)
        # a version stamped far in this laptop's future never replaced one it had
        for table, rows in after.items():
            for rid, row in rows.items():
                old = before[table].get(rid)
                if old is not None and old["hlc"] != row["hlc"]:
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
    rename_ = st.tuples(
        st.just("rename"), laptop, student, st.sampled_from(["Ana", "Anita", "Annie"])
    )
    score_ = st.tuples(st.just("score"), laptop, student, st.integers(0, 1), st.integers(1, 4))
    correct_ = st.tuples(st.just("correct"), laptop, st.integers(0, 50), st.integers(1, 4))
    delete_ = st.tuples(st.just("delete"), laptop, student)
    exchange_ = st.tuples(st.just("exchange"), laptop, laptop, st.booleans())
    return st.one_of(rename_, rename_, score_, correct_, correct_, delete_, exchange_, exchange_)


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
