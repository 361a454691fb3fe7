"""Two laptops making the same thing, or changing it, before they exchange their work.

Ms. Rivera and Mr. Ortiz teach Math 7 together, each on a laptop. Both override Ana's
estimate on 7.RP.1, both add 7.RP.3 to the class, both write what level 4 looks like...
Each laptop makes its own row, so the two rows have different ids but mean the same thing
(the same student x target, the same class x target, the same target x level). After they
exchange files both ways, one version is in use (the newer) on both laptops and the other
waits in the conflicts view for the teacher to choose; nothing is silently lost, and
whatever the teacher chooses travels back without asking again.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from pathlib import Path

import pytest
from sqlmodel import select
from sync_helpers import YEAR, ClassSetup, Laptop, delete_student, dump, open_conflicts

from cbe_desktop.core.conference import choose_showcase
from cbe_desktop.core.evidence import (
    EvidenceEntry,
    create_task,
    current_override,
    override_estimate,
    record_evidence,
    remove_override,
)
from cbe_desktop.core.models import SYNCED_TABLES, Framework, MasteryOverride, Target
from cbe_desktop.core.roster import create_student, enroll_students, set_class_targets
from cbe_desktop.core.scales import LevelEdit, load_scale, save_scale
from cbe_desktop.core.student_groups import set_student_groups
from cbe_desktop.core.targets import add_target, save_rubric, save_wording
from cbe_desktop.core.task_rubric import set_task_rubric
from cbe_desktop.core.term_records import close_term, modify_target, override_term_mark
from cbe_desktop.sync import conflicts, merge
from cbe_desktop.sync.exchange import import_bundle


class Pair:
    """Rivera's laptop and Ortiz's (whose clock runs 5 s ahead: his changes are the newer),
    sharing one class that Rivera set up and sent."""

    def __init__(self, root: Path) -> None:
        self.rivera = Laptop(root, "rivera")
        self.ortiz = Laptop(root, "ortiz", skew=5.0)
        self.setup = ClassSetup(self.rivera)
        self.ana = self.setup.student_ids[0]
        self.rp1, self.rp2 = self.setup.target_ids
        with self.rivera.store.transaction() as tx:
            # 7.RP.3 is in the framework but not taught in the class yet.
            framework = tx.session.get(Framework, tx.session.get(Target, self.rp1).framework_id)
            self.rp3 = add_target(tx, framework, code="7.RP.3", statement="Skill 2").id
        self.liam, _ = create_student(self.rivera.store, "Liam", "Chen")  # in no class yet
        self.task, _ = create_task(
            self.rivera.store,
            self.setup.class_id,
            "Ratio tables warm-up",
            "2026-11-20",
            target_ids=[self.rp1],
        )
        self.work = record_evidence(
            self.rivera.store,
            EvidenceEntry(
                student_id=self.ana,
                target_id=self.rp1,
                produced_on="2026-11-20",
                level=3,
                class_id=self.setup.class_id,
            ),
        ).evidence_id
        self.rivera.send_to(self.ortiz)

    @property
    def laptops(self) -> tuple[Laptop, Laptop]:
        return self.rivera, self.ortiz

    def exchange_both_ways(self) -> None:
        self.rivera.send_to(self.ortiz)
        self.ortiz.send_to(self.rivera)

    def close(self) -> None:
        self.rivera.close()
        self.ortiz.close()


@pytest.fixture
def pair(tmp_path) -> Pair:
    made = Pair(tmp_path)
    yield made
    made.close()


def live(laptop: Laptop, table: str) -> list[dict]:
    return [r for r in dump(laptop.store)[table].values() if r["deleted_hlc"] is None]


def override_of(laptop: Laptop, pair: Pair) -> tuple[float, str] | None:
    with laptop.store.read() as session:
        row = current_override(session, pair.ana, pair.rp1)
    return (row.level, row.reason) if row is not None else None


def views(laptop: Laptop) -> list[conflicts.ConflictView]:
    with laptop.store.read() as session:
        return conflicts.open_conflicts(session)


# ----------------------------------------------------------------------------- overrides


def test_two_teachers_override_anas_estimate_and_one_is_live_the_other_a_conflict(pair):
    override_estimate(pair.rivera.store, pair.ana, pair.rp1, 3, "Explained it in conference.")
    override_estimate(pair.ortiz.store, pair.ana, pair.rp1, 2, "Ratio table still wrong.")
    pair.exchange_both_ways()

    for laptop in pair.laptops:
        # Ortiz's is the newer override: it is the one in use, on both laptops.
        assert override_of(laptop, pair) == (2.0, "Ratio table still wrong.")
        assert len(live(laptop, "mastery_override")) == 1
        (conflict,) = open_conflicts(laptop.store)
        assert conflict["table_name"] == "mastery_override"
        assert (conflict["mine"]["level"], conflict["theirs"]["level"]) == (2.0, 3.0)
        assert conflict["theirs"]["reason"] == "Explained it in conference."
    assert dump(pair.rivera.store) == dump(pair.ortiz.store)

    # Rivera reads it in words, and takes her own back.
    (view,) = views(pair.rivera)
    assert view.title == "An estimate set by the teacher: Ana García on 7.RP.1"
    assert {(d.label, d.mine_words, d.theirs_words) for d in view.differences} >= {
        ("Level", "2", "3"),
        ("Reason", "Ratio table still wrong.", "Explained it in conference."),
    }
    conflicts.take_theirs(pair.rivera.store, view.id)
    assert override_of(pair.rivera, pair) == (3.0, "Explained it in conference.")
    # The choice travels: Ortiz's laptop agrees and has nothing to choose, and
    # neither laptop is asked again after another exchange.
    pair.rivera.send_to(pair.ortiz)
    assert override_of(pair.ortiz, pair) == (3.0, "Explained it in conference.")
    assert open_conflicts(pair.ortiz.store) == []
    pair.exchange_both_ways()
    for laptop in pair.laptops:
        assert open_conflicts(laptop.store) == []
        assert override_of(laptop, pair) == (3.0, "Explained it in conference.")
    assert dump(pair.rivera.store) == dump(pair.ortiz.store)


def test_keeping_the_override_in_use_is_not_asked_again_on_the_other_laptop(pair):
    override_estimate(pair.rivera.store, pair.ana, pair.rp1, 3, "Explained it in conference.")
    override_estimate(pair.ortiz.store, pair.ana, pair.rp1, 2, "Ratio table still wrong.")
    pair.rivera.send_to(pair.ortiz)
    (view,) = views(pair.ortiz)
    conflicts.keep_mine(pair.ortiz.store, view.id)
    pair.ortiz.send_to(pair.rivera)
    for laptop in pair.laptops:
        assert open_conflicts(laptop.store) == []
        assert override_of(laptop, pair) == (2.0, "Ratio table still wrong.")
    pair.exchange_both_ways()
    assert open_conflicts(pair.rivera.store) == open_conflicts(pair.ortiz.store) == []


def test_the_teachers_own_override_written_in_the_conflict_travels_without_a_new_conflict(pair):
    override_estimate(pair.rivera.store, pair.ana, pair.rp1, 3, "Explained it in conference.")
    override_estimate(pair.ortiz.store, pair.ana, pair.rp1, 2, "Ratio table still wrong.")
    pair.ortiz.send_to(pair.rivera)  # Rivera's laptop, with the losing version, decides
    (view,) = views(pair.rivera)
    conflicts.resolve_with(pair.rivera.store, view.id, {"reason": "Agreed after moderation."})
    pair.exchange_both_ways()
    for laptop in pair.laptops:
        assert open_conflicts(laptop.store) == []
        assert override_of(laptop, pair) == (2.0, "Agreed after moderation.")


def test_changing_an_override_on_both_laptops_is_one_conflict_about_one_override(pair):
    override_estimate(pair.rivera.store, pair.ana, pair.rp1, 3, "Explained it in conference.")
    pair.rivera.send_to(pair.ortiz)
    override_estimate(pair.rivera.store, pair.ana, pair.rp1, 4, "Taught it to the group.")
    override_estimate(pair.ortiz.store, pair.ana, pair.rp1, 2, "Ratio table still wrong.")
    pair.exchange_both_ways()
    for laptop in pair.laptops:
        assert override_of(laptop, pair) == (2.0, "Ratio table still wrong.")
        (conflict,) = open_conflicts(laptop.store)
        assert conflict["theirs"]["reason"] == "Taught it to the group."
        assert len(live(laptop, "mastery_override")) == 1


def test_removing_an_override_while_the_other_laptop_changes_it_is_a_conflict(pair):
    override_estimate(pair.rivera.store, pair.ana, pair.rp1, 3, "Explained it in conference.")
    pair.rivera.send_to(pair.ortiz)
    override_estimate(pair.rivera.store, pair.ana, pair.rp1, 4, "Taught it to the group.")
    remove_override(pair.ortiz.store, pair.ana, pair.rp1)  # Ortiz's removal is the newer
    pair.exchange_both_ways()
    for laptop in pair.laptops:
        assert override_of(laptop, pair) is None
        (conflict,) = open_conflicts(laptop.store)
        assert conflict["theirs"]["level"] == 4.0 and conflict["theirs"]["deleted_hlc"] is None
    # Taking Rivera's change brings the override back, on both laptops.
    (view,) = views(pair.ortiz)
    conflicts.take_theirs(pair.ortiz.store, view.id)
    pair.ortiz.send_to(pair.rivera)
    for laptop in pair.laptops:
        assert override_of(laptop, pair) == (4.0, "Taught it to the group.")
        assert open_conflicts(laptop.store) == []


def test_the_same_override_made_on_both_laptops_is_kept_once_without_a_conflict(pair):
    for laptop in pair.laptops:
        override_estimate(laptop.store, pair.ana, pair.rp1, 3, "Explained it in conference.")
    pair.exchange_both_ways()
    for laptop in pair.laptops:
        assert len(live(laptop, "mastery_override")) == 1
        assert len(dump(laptop.store)["mastery_override"]) == 2  # both rows are still there
        assert open_conflicts(laptop.store) == []
    assert dump(pair.rivera.store) == dump(pair.ortiz.store)


def test_importing_the_file_again_changes_nothing_and_the_order_of_files_does_not_matter(
    pair, tmp_path
):
    override_estimate(pair.rivera.store, pair.ana, pair.rp1, 3, "Explained it in conference.")
    override_estimate(pair.ortiz.store, pair.ana, pair.rp1, 2, "Ratio table still wrong.")
    from_rivera, from_ortiz = pair.rivera.export(), pair.ortiz.export()
    office, home = Laptop(tmp_path, "office"), Laptop(tmp_path, "home")
    try:
        import_bundle(office.store, from_rivera)
        import_bundle(office.store, from_ortiz)
        import_bundle(home.store, from_ortiz)
        import_bundle(home.store, from_rivera)
        assert dump(office.store) == dump(home.store)
        before = dump(office.store)
        again = import_bundle(office.store, from_ortiz)
        assert dump(office.store) == before
        assert (again.totals.new, again.totals.updated, again.totals.conflicts) == (0, 0, 0)
        # every row either laptop had is there
        for laptop in pair.laptops:
            for table, rows in dump(laptop.store).items():
                if table != "conflict":
                    assert set(rows) <= set(before[table]), table
    finally:
        office.close()
        home.close()


def test_the_preview_counts_the_conflict_the_import_will_make(pair, tmp_path):
    from cbe_desktop.sync.exchange import preview_import

    override_estimate(pair.rivera.store, pair.ana, pair.rp1, 3, "Explained it in conference.")
    override_estimate(pair.ortiz.store, pair.ana, pair.rp1, 2, "Ratio table still wrong.")
    path = pair.rivera.export()
    before = dump(pair.ortiz.store)
    preview = preview_import(pair.ortiz.store, path)
    assert dump(pair.ortiz.store) == before
    done = import_bundle(pair.ortiz.store, path)
    assert preview.tables["mastery_override"].conflicts == 1
    assert done.tables["mastery_override"] == preview.tables["mastery_override"]


# ----------------------------------------------------------------------------- every table
# with a natural key: the same thing made on both laptops, with different words


def _scale_level(pair: Pair, laptop: Laptop, label: object) -> None:
    with laptop.store.read() as session:
        scale = load_scale(session, None)
    levels = [
        LevelEdit(lv.value, lv.label, lv.description, lv.proficient, lv.colour)
        for lv in scale.levels
    ]
    save_scale(laptop.store, scale.id, scale.name, [*levels, LevelEdit(5, str(label))])


def _rubric(pair: Pair, laptop: Laptop, text: object) -> None:
    save_rubric(laptop.store, pair.rp2, {4: str(text)})


def _task_rubric(pair: Pair, laptop: Laptop, text: object) -> None:
    set_task_rubric(laptop.store, pair.task, {pair.rp1: {4: str(text)}})


def _class_target(pair: Pair, laptop: Laptop, position: object) -> None:
    order = [pair.rp1, pair.rp2]
    order.insert(int(position), pair.rp3)  # type: ignore[call-overload]
    set_class_targets(laptop.store, pair.setup.class_id, order)


def _enrollment(pair: Pair, laptop: Laptop, _nothing: object) -> None:
    enroll_students(laptop.store, pair.setup.class_id, [pair.liam])


def _override(pair: Pair, laptop: Laptop, reason: object) -> None:
    override_estimate(laptop.store, pair.ana, pair.rp1, 3, str(reason))


def _showcase(pair: Pair, laptop: Laptop, note: object) -> None:
    choose_showcase(laptop.store, pair.ana, pair.work, class_id=pair.setup.class_id, note=str(note))


def _wording(pair: Pair, laptop: Laptop, statement: object) -> None:
    save_wording(laptop.store, pair.rp1, "es", statement=str(statement), i_can="Puedo.")


def _term_mark(pair: Pair, laptop: Laptop, reason: object) -> None:
    override_term_mark(laptop.store, pair.setup.class_id, pair.ana, "course", "B", str(reason))


def _term_closure(pair: Pair, laptop: Laptop, teacher: object) -> None:
    close_term(laptop.store, pair.setup.class_id, by=str(teacher))


def _modified_target(pair: Pair, laptop: Laptop, note: object) -> None:
    modify_target(laptop.store, pair.ana, pair.rp1, str(note))


def _student_group(pair: Pair, laptop: Laptop, value: object) -> None:
    # Two laptops import the school's roster with Ana's IEP column, each its own copy.
    with laptop.store.transaction() as tx:
        set_student_groups(tx, pair.ana, {"iep": str(value)})


MAKERS: dict[str, tuple[Callable[[Pair, Laptop, object], None], str, tuple[object, object]]] = {
    # table: (how a teacher makes the thing, the column it sets, Rivera's and Ortiz's values)
    "scale_level": (_scale_level, "label", ("Exceeds", "Extends")),
    "rubric_descriptor": (_rubric, "text", ("Explains two ways.", "Teaches it.")),
    "task_rubric_descriptor": (_task_rubric, "text", ("Two tables.", "Any table.")),
    "class_target": (_class_target, "position", (0, 2)),
    "enrollment": (_enrollment, "deleted_hlc", (None, None)),
    "mastery_override": (_override, "reason", ("In conference.", "In the lab.")),
    "showcase": (_showcase, "note", ("My best table.", "I fixed it.")),
    "target_wording": (_wording, "statement", ("Razones y tasas.", "Razones unitarias.")),
    "term_mark": (_term_mark, "reason", ("Late project.", "Extra work shown.")),
    "term_closure": (_term_closure, "closed_by", ("Ms Rivera", "Mr Ortiz")),
    "modified_target": (_modified_target, "note", ("Fewer steps.", "With a calculator.")),
    "student_group": (_student_group, "value", ("no", "yes")),
}


def test_every_table_with_a_natural_key_has_its_story_here():
    """A new synchronised table with a natural key gets its two-laptop story above
    (a revision's story is told with the "not yet" tests)."""
    assert set(MAKERS) == set(merge.NATURAL_KEYS) - {"revision"}


@pytest.mark.parametrize("table", sorted(MAKERS))
def test_the_same_thing_made_on_two_laptops_is_one_thing_and_the_other_version_a_conflict(
    pair, table
):
    make, column, (older, newer) = MAKERS[table]
    before = set(dump(pair.ortiz.store)[table])
    make(pair, pair.rivera, older)
    make(pair, pair.ortiz, newer)
    (made_by_ortiz,) = [r for i, r in dump(pair.ortiz.store)[table].items() if i not in before]
    thing = merge.natural_key(table, made_by_ortiz)
    pair.exchange_both_ways()
    for laptop in pair.laptops:
        rows = list(dump(laptop.store)[table].values())
        live_things = [merge.natural_key(table, r) for r in rows if r["deleted_hlc"] is None]
        assert len(live_things) == len(set(live_things)), f"{table}: the same thing twice"
        # both laptops' rows for the thing are kept; one is in use: Ortiz's, the newer
        both = [r for r in rows if merge.natural_key(table, r) == thing]
        assert sorted(r["origin"] for r in both) == sorted(
            [pair.rivera.replica, pair.ortiz.replica]
        )
        (in_use,) = [r for r in both if r["deleted_hlc"] is None]
        assert in_use["id"] == made_by_ortiz["id"] and in_use[column] == newer
        found = open_conflicts(laptop.store)
        if older == newer:  # the same thing: kept once, nothing to choose
            assert found == []
            continue
        (conflict,) = found
        assert (conflict["table_name"], conflict["row_id"]) == (table, in_use["id"])
        assert conflict["mine"][column] == newer
        assert conflict["theirs"][column] == older  # the older waits to be chosen
        assert conflict["theirs"]["origin"] == pair.rivera.replica
    assert dump(pair.rivera.store) == dump(pair.ortiz.store)
    if older != newer:
        # Taking the other version on one laptop travels, and is not asked again.
        (view,) = views(pair.ortiz)
        conflicts.take_theirs(pair.ortiz.store, view.id)
        pair.exchange_both_ways()
        for laptop in pair.laptops:
            assert open_conflicts(laptop.store) == []
            (now,) = [r for r in live(laptop, table) if merge.natural_key(table, r) == thing]
            assert now[column] == older
        assert dump(pair.rivera.store) == dump(pair.ortiz.store)


def test_every_synced_table_is_in_the_merge_rules_table_with_its_natural_key():
    """merge.py's docstring has one line per synced table, saying what "the same thing" is;
    the rules use exactly the natural keys it names."""
    doc = merge.__doc__ or ""
    lines = {}
    for line in doc.splitlines():
        found = re.match(r"^\s*``(\w+)``\s+(.+)$", line)
        if found:
            lines[found.group(1)] = found.group(2)
    assert set(lines) >= {model.__tablename__ for model in SYNCED_TABLES}
    for table, key in merge.NATURAL_KEYS.items():
        assert all(f"``{column}``" in lines[table] for column in key), table
    for table in set(lines) - set(merge.NATURAL_KEYS):
        assert (
            "by id" in lines[table]
            or "append-only" in lines[table]
            or "not synchronised" in lines[table]
        ), table


# ----------------------------------------------------------------------------- deletions


def test_deleting_the_same_student_on_both_laptops_is_not_a_conflict(pair):
    mateo = pair.setup.student_ids[1]
    delete_student(pair.rivera, mateo)
    delete_student(pair.ortiz, mateo)
    pair.exchange_both_ways()
    for laptop in pair.laptops:
        assert dump(laptop.store)["student"][mateo]["deleted_hlc"] is not None
        assert open_conflicts(laptop.store) == []
    assert dump(pair.rivera.store) == dump(pair.ortiz.store)


def test_overrides_from_before_this_version_that_are_both_live_are_settled_by_the_next_import(
    pair,
):
    """A store that already holds two live overrides for one cell (received from two
    laptops by an older version) keeps one in use and the other as a conflict."""
    override_estimate(pair.rivera.store, pair.ana, pair.rp1, 3, "Explained it in conference.")
    override_estimate(pair.ortiz.store, pair.ana, pair.rp1, 2, "Ratio table still wrong.")
    with pair.ortiz.store.read() as session:
        theirs = session.exec(select(MasteryOverride)).one().model_dump()
    with pair.rivera.store.transaction() as tx:  # what an older version left behind
        tx.session.add(MasteryOverride(**theirs))
    assert len(live(pair.rivera, "mastery_override")) == 2
    pair.ortiz.send_to(pair.rivera)
    assert len(live(pair.rivera, "mastery_override")) == 1
    assert override_of(pair.rivera, pair) == (2.0, "Ratio table still wrong.")
    assert len(open_conflicts(pair.rivera.store)) == 1


# ----------------------------------------------------------------------------- choosing


def test_the_office_computer_can_settle_the_two_overrides_for_both_laptops(pair, tmp_path):
    """The office receives both laptops' files, the teacher writes her own override there,
    and both laptops take it without being asked again."""
    override_estimate(pair.rivera.store, pair.ana, pair.rp1, 3, "Explained it in conference.")
    override_estimate(pair.ortiz.store, pair.ana, pair.rp1, 2, "Ratio table still wrong.")
    office = Laptop(tmp_path, "office")
    try:
        pair.rivera.send_to(office)
        pair.ortiz.send_to(office)
        (view,) = views(office)
        conflicts.resolve_with(office.store, view.id, {"reason": "Agreed after moderation."})
        for laptop in pair.laptops:
            office.send_to(laptop)
            assert open_conflicts(laptop.store) == []
            assert override_of(laptop, pair) == (2.0, "Agreed after moderation.")
        pair.exchange_both_ways()
        pair.rivera.send_to(office)
        assert dump(pair.rivera.store) == dump(pair.ortiz.store) == dump(office.store)
        assert open_conflicts(office.store) == []
    finally:
        office.close()


def test_a_choice_is_written_to_the_override_in_use_when_a_third_laptop_changed_it_since(
    pair, tmp_path
):
    """Ortiz's override was in use when the conflict arose; then the office's newer change
    of the same cell took its place. Taking Rivera's version now changes the override in
    use (not Ortiz's, set aside since), and it can be undone."""
    override_estimate(pair.rivera.store, pair.ana, pair.rp1, 3, "Explained it in conference.")
    override_estimate(pair.ortiz.store, pair.ana, pair.rp1, 2, "Ratio table still wrong.")
    office = Laptop(tmp_path, "office", skew=10.0)  # its override is the newest of all
    try:
        import_bundle(office.store, pair.rivera.export())  # the class, before the overrides
        override_estimate(office.store, pair.ana, pair.rp1, 4, "Taught it to the group.")
        pair.rivera.send_to(pair.ortiz)
        (first,) = views(pair.ortiz)  # Ortiz's in use, Rivera's set aside
        import_bundle(pair.ortiz.store, office.export())
        assert override_of(pair.ortiz, pair) == (4.0, "Taught it to the group.")
        # The office changed Rivera's override (made from it, not from the merge's setting
        # it aside): its change is in use, and Ortiz's waits in a second conflict.
        found = open_conflicts(pair.ortiz.store)
        assert sorted(c["theirs"]["reason"] for c in found) == [
            "Explained it in conference.",
            "Ratio table still wrong.",
        ]
        assert all(c["mine"]["deleted_hlc"] is None for c in found)
        with pair.ortiz.store.read() as session:
            view = conflicts.conflict_view(session, session.get(conflicts.Conflict, first.id))
            before = conflicts.restore_point(session, first.id)
        assert [d.mine_words for d in view.differences if d.name == "level"] == ["4"]
        conflicts.take_theirs(pair.ortiz.store, first.id)
        assert override_of(pair.ortiz, pair) == (3.0, "Explained it in conference.")
        assert len(live(pair.ortiz, "mastery_override")) == 1
        conflicts.reopen_conflict(pair.ortiz.store, first.id, before)  # undo
        assert override_of(pair.ortiz, pair) == (4.0, "Taught it to the group.")
        conflicts.take_theirs(pair.ortiz.store, first.id)  # redo
        # Everyone agrees once the files have gone round.
        for _ in range(2):
            pair.ortiz.send_to(office)
            office.send_to(pair.rivera)
            pair.rivera.send_to(pair.ortiz)
        for laptop in (*pair.laptops, office):
            assert override_of(laptop, pair) == (3.0, "Explained it in conference.")
        assert dump(pair.rivera.store) == dump(pair.ortiz.store) == dump(office.store)
    finally:
        office.close()


def test_an_override_from_a_laptop_a_year_fast_is_flagged_and_this_laptops_is_kept_to_take_back(
    pair, tmp_path
):
    fast = Laptop(tmp_path, "fast", skew=YEAR)
    try:
        import_bundle(fast.store, pair.rivera.export())  # the class
        override_estimate(pair.rivera.store, pair.ana, pair.rp1, 3, "Explained it in conference.")
        override_estimate(fast.store, pair.ana, pair.rp1, 1, "Typed on the wrong laptop.")
        summary = import_bundle(pair.rivera.store, fast.export())
        assert summary.tables["mastery_override"].flagged == 1
        assert override_of(pair.rivera, pair) == (1.0, "Typed on the wrong laptop.")
        (view,) = views(pair.rivera)
        assert view.mine.far_future and "far ahead" in view.mine.heading
        assert view.theirs.this_laptop
        # Rivera's own estimate was never overwritten: she takes it back, and her
        # laptop's clock did not jump a year ahead.
        conflicts.take_theirs(pair.rivera.store, view.id)
        assert override_of(pair.rivera, pair) == (3.0, "Explained it in conference.")
        assert int(pair.rivera.store.clock.last[:13]) < pair.rivera.now_ms() + 24 * 3600 * 1000
        pair.rivera.send_to(fast)
        assert override_of(fast, pair) == (3.0, "Explained it in conference.")
        assert open_conflicts(fast.store) == []
    finally:
        fast.close()
