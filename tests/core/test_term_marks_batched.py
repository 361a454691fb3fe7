"""A class's term marks read in a few queries give every student exactly the marks, levels
and words that reading each student's history on its own gives: the demo classes, and Ms.
Rivera's school year with corrected and withdrawn evidence, a level and a mark the teacher
set, a target modified for Mateo's plan, two records merged into one learner, evidence
from last year under each of the school's settings, and a closed, archived term."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterator
from dataclasses import replace
from datetime import date

import pytest
from sqlmodel import Session

from cbe_desktop.core.evidence import override_estimate, retract_evidence
from cbe_desktop.core.gradebook import Cell, class_grid
from cbe_desktop.core.learner import (
    EARLIER_EVIDENCE,
    Piece,
    earlier_evidence_rule,
    estimate_with_earlier,
    learner_ids,
    learner_pieces,
    merge_students,
    target_key,
)
from cbe_desktop.core.models import SchoolClass, Target
from cbe_desktop.core.roster import archive_class, live_classes
from cbe_desktop.core.settings import save_settings
from cbe_desktop.core.store import Store
from cbe_desktop.core.term_marks import (
    PRESETS,
    ClassMarks,
    CompetencyMark,
    StudentMarks,
    TermMark,
    apply_rules,
    class_marks,
    kept_marks,
    parse_rules,
    save_rules,
    school_rules_text,
    term_end,
)
from cbe_desktop.core.term_records import close_term, modify_target, override_term_mark
from school_year import SchoolYear, years


def one_student_at_a_time(session: Session, class_id: str) -> ClassMarks:
    """The term marks as they were computed before they were read class by class: each
    student's whole history read on its own (``learner_pieces``), kept as the reference."""
    text = school_rules_text(session)
    rules = parse_rules(text)
    grid = class_grid(session, class_id)
    cls = session.get(SchoolClass, class_id)
    assert cls is not None
    rule = earlier_evidence_rule(session)
    ended = term_end(session, class_id) if cls.archived else None
    targets = {t.id: session.get(Target, t.id) for t in grid.targets}
    keys = {tid: target_key(t) for tid, t in targets.items() if t is not None}
    groups: dict[tuple[str, str, str], list[int]] = defaultdict(list)
    for i, column in enumerate(grid.targets):
        groups[
            (column.competency_id or "", column.competency_code, column.competency_title)
        ].append(i)
    proficient = grid.scale.proficient_value
    students = []
    for r, student in enumerate(grid.students):
        by_key: dict[str, list[Piece]] = defaultdict(list)
        for piece in learner_pieces(session, learner_ids(session, student.id)):
            target = targets.get(piece.target_id) or session.get(Target, piece.target_id)
            targets[piece.target_id] = target
            if target is not None:
                by_key[target_key(target)].append(piece)
        cells: dict[str, Cell] = {}
        levels: list[float | None] = []
        for c, column in enumerate(grid.targets):
            cell = grid.cell(r, c)
            if not cell.overridden:
                mine = by_key.get(keys.get(column.id, ""), [])
                cell = estimate_with_earlier(
                    own=[p for p in mine if p.class_id in (class_id, None)],
                    earlier=[
                        p
                        for p in mine
                        if p.class_id not in (class_id, None)
                        and (ended is None or p.produced_on <= ended)
                    ],
                    rule=rule,
                    method=column.method,
                    param=column.method_param,
                    scale=grid.scale,
                    open_not_yet=cell.open_not_yet,
                )
            cells[column.id] = cell
            levels.append(cell.level.value if cell.level is not None else None)
        students.append(
            StudentMarks(
                student_id=student.id,
                name=student.name,
                course=apply_rules(rules, levels, proficient),
                competencies=tuple(
                    CompetencyMark(
                        code, title, apply_rules(rules, [levels[i] for i in idx], proficient), key
                    )
                    for (key, code, title), idx in groups.items()
                ),
                cells=cells,
            )
        )
    marks = ClassMarks(
        class_id=class_id,
        class_name=grid.class_name,
        term=cls.term,
        rule=rule,
        rules_text=text,
        scale=grid.scale,
        target_ids=[t.id for t in grid.targets],
        students=students,
        period=cls.term,
    )
    return kept_marks(session, marks)


def _mark(mark: TermMark) -> tuple:
    return (
        mark.mark,
        str(mark.explanation),
        getattr(mark.explanation, "source", ""),
        mark.counted,
        mark.left_out,
        mark.frozen,
        mark.overridden,
        mark.calculated,
        mark.reason,
        mark.set_by,
        mark.set_on,
    )


def _cell(cell: Cell) -> tuple:
    return (
        cell.estimate,
        cell.level,
        cell.status,
        cell.evidence_count,
        cell.overridden,
        cell.method,
        cell.open_not_yet,
        cell.missing,
        cell.excused,
        cell.override_reason,
        cell.basis,
        str(cell.explanation),
        cell.short_text,
    )


def what_the_teacher_sees(student: StudentMarks) -> tuple:
    """Everything of one student's marks a window, a report card or an export shows."""
    return (
        student.student_id,
        student.name,
        _mark(student.course),
        tuple((c.key, c.code, c.title, _mark(c.mark)) for c in student.competencies),
        tuple((tid, _cell(cell)) for tid, cell in student.cells.items()),
        tuple(sorted(student.modified.items())),
    )


def differences(made: ClassMarks, expected: ClassMarks) -> list[str]:
    """The students (and class figures) whose marks differ, by name: [] when all agree."""
    found = []
    for name in ("class_id", "class_name", "term", "rule", "rules_text", "scale", "target_ids"):
        if getattr(made, name) != getattr(expected, name):
            found.append(f"the class's {name}")
    for name in ("period", "closed_on", "closed_by"):
        if getattr(made, name) != getattr(expected, name):
            found.append(f"the class's {name}")
    if [s.student_id for s in made.students] != [s.student_id for s in expected.students]:
        found.append("the students or their order")
    for ours, theirs in zip(made.students, expected.students, strict=False):
        if what_the_teacher_sees(ours) != what_the_teacher_sees(theirs):
            found.append(theirs.name)
    return found


def every_class_agrees(store: Store) -> dict[str, int]:
    """Compare every live and archived class under each of the school's settings for
    earlier evidence; returns how many students were compared under each."""
    compared: dict[str, int] = {}
    for rule in EARLIER_EVIDENCE:
        save_settings(store, {"earlier_evidence": rule})
        with store.read() as session:
            classes = live_classes(session, include_archived=True)
            assert classes
            for cls in classes:
                made = class_marks(session, cls.id)
                expected = one_student_at_a_time(session, cls.id)
                assert differences(made, expected) == [], (rule, cls.name)
                compared[rule] = compared.get(rule, 0) + len(expected.students)
    return compared


def test_every_demo_class_gets_the_same_marks_read_class_by_class(demo_store: Store):
    override_term_mark_and_level_in_the_demo(demo_store)
    compared = every_class_agrees(demo_store)
    assert min(compared.values()) >= 20  # the demo's students were all compared


def override_term_mark_and_level_in_the_demo(store: Store) -> None:
    """A level and a course mark the teacher set, and a target modified, in the demo."""
    with store.read() as session:
        cls = live_classes(session)[0]
        grid = class_grid(session, cls.id)
        student, target = grid.students[0].id, grid.targets[0].id
    override_estimate(store, student, target, 4, "Shown in conference.")
    override_term_mark(store, cls.id, grid.students[1].id, "course", "B", "Late project.")
    modify_target(store, grid.students[2].id, grid.targets[1].id, "With a calculator")


@pytest.fixture
def year(tmp_path) -> Iterator[SchoolYear]:
    yield from years(tmp_path)


def test_a_year_with_corrections_withdrawals_overrides_plans_merges_and_a_closed_term(year):
    save_rules(year.store, PRESETS["logic"])
    save_settings(year.store, {"teacher": "Ms Rivera"})
    # Math 7, fall: Ana, Mateo and Lucía (her typed record, from science, merged later).
    year.score(year.ana, year.rp1, year.math7, "2026-10-01", 4)
    year.score(year.ana, year.rp2, year.math7, "2026-10-02", 3)
    wrong = year.score(year.mateo, year.rp1, year.math7, "2026-10-01", 1)
    year.score(year.mateo, year.rp1, year.math7, "2026-10-01", 2, supersedes=wrong.id)
    withdrawn = year.score(year.mateo, year.rp1, year.math7, "2026-10-05", 4)
    retract_evidence(year.store, withdrawn.id)
    year.not_yet(year.mateo, year.rp2, year.math7, "2026-10-03", 1, "Redo 4 with a table.")
    year.score(year.lucia, year.rp1, year.math7, "2026-10-06", 3)
    year.score(year.lucia_typed, year.rp2, year.math7, "2026-10-07", 2)
    year.score(year.lucia_typed, year.matter, year.science, "2026-10-08", 4)
    year.score(year.lucia, year.rp2, None, "2026-10-09", 4)  # in no class
    merge_students(year.store, year.lucia, year.lucia_typed)
    override_estimate(year.store, year.ana, year.rp2, 2, "Copied the answers.")
    override_term_mark(
        year.store, year.math7, year.mateo, "course", "C", "Finished at home.", today=date.today()
    )
    modify_target(year.store, year.mateo, year.rp2, "Fewer steps")
    close_term(year.store, year.math7, today=date(2026, 12, 1))
    year.score(year.ana, year.rp1, year.math7, "2026-12-10", 1)  # after the term closed
    archive_class(year.store, year.math7)
    # Math 8, next year: the same framework item again, and last year's 7.RP.1 counts.
    year.score(year.ana, year.rp1_again, year.math8, "2027-09-20", 2)
    year.score(year.ana, year.ee1, year.math8, "2027-09-21", 4)
    compared = every_class_agrees(year.store)
    assert compared == {rule: 5 for rule in EARLIER_EVIDENCE}  # 3 + 1 + 1 students


def test_one_student_whose_mark_differs_is_found_by_name(year):
    year.score(year.ana, year.rp1, year.math7, "2026-10-01", 4)
    with year.store.read() as session:
        expected = one_student_at_a_time(session, year.math7)
    assert differences(expected, expected) == []
    ana = next(i for i, s in enumerate(expected.students) if s.student_id == year.ana)
    changed = list(expected.students)
    changed[ana] = replace(changed[ana], course=replace(changed[ana].course, mark="B"))
    assert differences(replace(expected, students=changed), expected) == ["Ana García"]
    cells = dict(changed[ana].cells)
    cells[year.rp1] = replace(cells[year.rp1], estimate=3.0)
    changed[ana] = replace(expected.students[ana], cells=cells)
    assert differences(replace(expected, students=changed), expected) == ["Ana García"]
