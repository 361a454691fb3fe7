"""What Ms. Rivera decides about Math 7's term marks: a mark she sets with a reason, a term
she closes (later evidence changes nothing) and reopens, and a target modified for
Mateo's individual plan."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date

import pytest
from sqlmodel import func, select

from cbe_desktop.core.errors import InvalidInputError, NotFoundError
from cbe_desktop.core.models import ModifiedTarget, TermClosure, TermMarkRecord
from cbe_desktop.core.settings import save_settings
from cbe_desktop.core.term_marks import PRESETS, class_marks, phrase_json, save_rules, stored_words
from cbe_desktop.core.term_records import (
    close_term,
    current_override,
    modify_target,
    override_term_mark,
    remove_term_mark_override,
    reopen_term,
    restore_override,
    unmodify_target,
)
from school_year import SchoolYear, years

DAY = date(2026, 12, 1)


@pytest.fixture
def year(tmp_path) -> Iterator[SchoolYear]:
    years_iter = years(tmp_path)
    made = next(years_iter)
    save_rules(made.store, PRESETS["logic"])
    save_settings(made.store, {"teacher": "Ms Rivera"})
    made.score(made.ana, made.rp1, made.math7, "2026-10-01", 4)
    made.score(made.ana, made.rp2, made.math7, "2026-10-02", 3)
    yield made
    next(years_iter, None)


def anas(year: SchoolYear):
    with year.store.read() as session:
        marks = class_marks(session, year.math7)
    return marks, next(s for s in marks.students if s.student_id == year.ana)


def rows(year: SchoolYear) -> dict[str, int]:
    with year.store.read() as session:
        return {
            m.__tablename__: session.exec(select(func.count()).select_from(m)).one()
            for m in (TermMarkRecord, TermClosure, ModifiedTarget)
        }


def test_a_mark_the_teacher_sets_says_by_whom_when_and_why_and_undo_puts_the_rules_back(year):
    override_term_mark(
        year.store, year.math7, year.ana, "course", "B", "Missed the final project.", today=DAY
    )
    _, ana = anas(year)
    assert ana.course.mark == "B" and ana.course.overridden and ana.course.calculated == "A"
    assert (ana.course.set_by, ana.course.set_on) == ("Ms Rivera", "2026-12-01")
    assert str(ana.course.explanation) == (
        "B, set by Ms Rivera on 2026-12-01: Missed the final project. (the school's rules give A)"
    )
    # The window's undo: what was there before (nothing) is put back.
    restore_override(year.store, year.math7, year.ana, "course", None)
    _, ana = anas(year)
    assert (ana.course.mark, ana.course.overridden) == ("A", False)
    with year.store.read() as session:
        assert current_override(session, year.math7, year.ana, "course", "2026-27 Fall") is None


def test_a_competency_mark_can_be_set_and_removed(year):
    _, ana = anas(year)
    subject = ana.competencies[0].subject
    override_term_mark(year.store, year.math7, year.ana, subject, "3", "Shown in conference.")
    _, ana = anas(year)
    assert ana.competencies[0].mark.mark == "3" and ana.course.mark == "A"
    remove_term_mark_override(year.store, year.math7, year.ana, subject)
    assert anas(year)[1].competencies[0].mark.mark == "A"


@pytest.mark.parametrize(
    ("kwargs", "sentence"),
    [
        ({"reason": "  "}, "A mark set by the teacher needs a reason; write why"),
        ({"mark": ""}, "The mark is empty; write the mark"),
        ({"period": "2025 Spring"}, "Math 7 has no reporting period called '2025 Spring'"),
        ({"subject": "competency:nope"}, "Math 7 has no mark for 'competency:nope'"),
    ],
)
def test_an_override_with_bad_input_is_one_sentence_and_changes_nothing(year, kwargs, sentence):
    before = rows(year)
    args = {"subject": "course", "mark": "B", "reason": "Why.", **kwargs}
    period = args.pop("period", None)
    with pytest.raises(InvalidInputError) as refused:
        override_term_mark(
            year.store, year.math7, year.ana, args["subject"], args["mark"], args["reason"],
            period=period,
        )  # fmt: skip
    assert str(refused.value).startswith(sentence) and "\n" not in str(refused.value)
    assert rows(year) == before


def test_a_student_of_another_class_cannot_be_given_a_mark_here(year):
    with pytest.raises(NotFoundError, match="That student is not in Math 7"):
        override_term_mark(year.store, year.math7, year.lucia_typed, "course", "B", "Why.")


def test_a_closed_term_keeps_its_marks_when_later_evidence_comes_and_reopening_lets_it_change(
    year,
):
    closed = close_term(year.store, year.math7, today=DAY)
    assert closed.students == 3 and closed.marks == 3 * (1 + 1 + 2)
    year.score(year.ana, year.rp1, year.math7, "2026-12-10", 1)  # after the term closed
    marks, ana = anas(year)
    assert (marks.closed_on, marks.closed_by) == ("2026-12-01", "Ms Rivera")
    assert ana.course.mark == "A" and ana.course.frozen
    assert str(ana.course.explanation).startswith(
        "Kept when the term was closed on 2026-12-01: A by the school's rule"
    )
    assert ana.cells[year.rp1].estimate == 4.0
    with pytest.raises(InvalidInputError, match="closed already"):
        close_term(year.store, year.math7)
    # The teacher may still correct a closed term's mark, with a reason.
    override_term_mark(year.store, year.math7, year.ana, "course", "B", "Late project.")
    assert anas(year)[1].course.calculated == "A"
    reopen_term(year.store, year.math7)
    _, ana = anas(year)
    assert ana.course.mark == "B"  # the override stays
    remove_term_mark_override(year.store, year.math7, year.ana, "course")
    assert anas(year)[1].course.mark == "C"  # the later 1 counts again (latest method)
    with pytest.raises(InvalidInputError, match="is not closed"):
        reopen_term(year.store, year.math7)
    close_term(year.store, year.math7)  # closing again brings the same rows back
    with year.store.read() as session:
        assert session.exec(select(func.count()).select_from(TermClosure)).one() == 1


def test_stored_words_come_back_as_a_phrase_and_a_tampered_copy_as_plain_words():
    from cbe_desktop.core.term_marks import apply_rules, parse_rules

    words = apply_rules(parse_rules(PRESETS["logic"]), [4, 4], 3.0).explanation
    kept = phrase_json(words)
    again = stored_words(str(words), kept)
    assert again == words and getattr(again, "source", "") == words.source
    assert stored_words("Other words", kept) == "Other words"
    assert stored_words("x", '{"c": 1, "s": "{bad", "a": []}') == "x"


def test_a_target_modified_for_a_plan_is_flagged_with_its_note_and_can_be_taken_back(year):
    modify_target(year.store, year.mateo, year.rp2, "Fewer steps, with a calculator")
    with year.store.read() as session:
        marks = class_marks(session, year.math7)
    mateo = next(s for s in marks.students if s.student_id == year.mateo)
    assert mateo.modified == {year.rp2: "Fewer steps, with a calculator"}
    with pytest.raises(InvalidInputError, match="The note is longer than 200"):
        modify_target(year.store, year.mateo, year.rp2, "x" * 201)
    unmodify_target(year.store, year.mateo, year.rp2)
    modify_target(year.store, year.mateo, year.rp2, "")  # brought back, the same row
    with year.store.read() as session:
        assert session.exec(select(func.count()).select_from(ModifiedTarget)).one() == 1


def test_the_learners_record_and_its_pdf_say_a_target_is_modified(year, tmp_path):
    from pypdf import PdfReader

    from cbe_desktop.core.learner import learner_record
    from cbe_desktop.reports.learner_record import build_learner_record

    modify_target(year.store, year.mateo, year.rp2, "Fewer steps")
    with year.store.read() as session:
        record = learner_record(session, year.mateo)
    flags = {t.code: t.modified for c in record.competencies for t in c.targets}
    assert flags == {"7.RP.1": None, "7.RP.2": "Fewer steps"}
    build_learner_record(record, tmp_path / "mateo.pdf")
    text = " ".join(
        " ".join(p.extract_text().split()) for p in PdfReader(tmp_path / "mateo.pdf").pages
    )
    assert "Modified (individual plan): Fewer steps" in text
