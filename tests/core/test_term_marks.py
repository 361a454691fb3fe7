"""Term marks by the school's rules, with worked examples from published policies."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from cbe_desktop.core.errors import InvalidInputError
from cbe_desktop.core.settings import get_setting, save_settings
from cbe_desktop.core.store import Store
from cbe_desktop.core.term_marks import (
    PRESETS,
    apply_rules,
    class_marks,
    parse_rules,
    save_rules,
)
from school_year import SchoolYear, years

PROFICIENT = 3.0  # the default 1-4 scale: 3 Proficient


def mark(preset: str, levels: list[float | None]) -> tuple[str, str]:
    result = apply_rules(parse_rules(PRESETS[preset]), levels, PROFICIENT)
    return result.mark, str(result.explanation)


def test_no_1s_and_at_least_half_4s_is_an_a():
    # The logic rule teachers quote most ("no 1s and over half 4s gives an A"), as
    # Townsley describes the logic-rule conversion (mctownsley.net).
    assert mark("logic", [4, 4, 3, 2]) == (
        "A",
        "A by the school's rule: no level below 2 (the lowest is 2); at least half at 4 (2 of 4)",
    )


def test_one_1_keeps_a_student_from_an_a_and_the_mark_says_why():
    grade, words = mark("logic", [4, 4, 3, 1])
    assert grade == "C"
    assert "not A: no level below 2 (the lowest is 1)" in words
    assert words.startswith("C by the school's rule: at least half at 3 (3 of 4)")


def test_farmington_2420p_mean_cut_scores_give_b_for_a_mean_of_3_25():
    # Farmington Municipal Schools, Procedure 2420P: 3.2-3.0 is a B, 3.5-3.3 a B+.
    assert mark("mean_cuts", [3, 3, 4, 3])[0] == "B"
    assert mark("mean_cuts", [4, 4, 4, 3.5])[0] == "A"  # mean 3.88: 4.0-3.8 is an A
    assert mark("mean_cuts", [2, 2, 1, 2])[0] == "F"  # 1.75: 1.9 and below is an F


def test_nine_of_ten_targets_proficient_is_an_a_by_percent_proficient():
    grade, words = mark("percent_proficient", [3] * 9 + [2])
    assert grade == "A"
    assert "at least 90% proficient (9 of 10)" in words


def test_targets_without_evidence_are_left_out_and_the_mark_says_so():
    grade, words = mark("levels", [3, 3, None])
    assert grade == "3"
    assert words.endswith("1 target(s) without evidence left out")
    assert mark("levels", [None, None]) == (
        "",
        "No mark yet: none of the 2 targets has evidence.",
    )


@pytest.mark.parametrize(
    ("rules", "sentence"),
    [
        ("A no level below 2\nF: otherwise", "Line 1 of the rules has no mark before a colon"),
        ("A: most at 4\nF: otherwise", "Line 1 of the rules says 'most at 4', which is not"),
        ("A: at least 150% at 4\nF: otherwise", "Line 1 of the rules asks for more than all"),
        ("A: no level below 2", "The last line of the rules must say 'otherwise'"),
        ("# nothing\n", "The rules are empty"),
    ],
)
def test_rules_the_program_cannot_read_are_refused_in_one_sentence_and_not_saved(
    store: Store, rules: str, sentence: str
):
    with pytest.raises(InvalidInputError) as refused:
        save_rules(store, rules)
    assert str(refused.value).startswith(sentence)
    assert str(refused.value).count(".") <= 2 and "\n" not in str(refused.value)
    with store.read() as session:
        assert get_setting(session, "term_mark_rules") == ""


@pytest.fixture
def year(tmp_path) -> Iterator[SchoolYear]:
    yield from years(tmp_path)


def test_math_7_term_marks_per_course_and_per_competency_use_the_schools_rules(year):
    year.score(year.ana, year.rp1, year.math7, "2026-10-01", 4)
    year.score(year.ana, year.rp2, year.math7, "2026-10-02", 3)
    year.score(year.mateo, year.rp1, year.math7, "2026-10-01", 1)
    save_rules(year.store, PRESETS["logic"])
    with year.store.read() as session:
        marks = class_marks(session, year.math7)
    by_name = {s.name: s for s in marks.students}
    assert by_name["Ana García"].course.mark == "A"
    assert [(c.code, c.mark.mark) for c in by_name["Ana García"].competencies] == [("RP", "A")]
    assert by_name["Mateo Hernández"].course.mark == "F"
    assert "1 target(s) without evidence left out" in str(
        by_name["Mateo Hernández"].course.explanation
    )
    assert by_name["Lucía Díaz"].course.mark == ""


def test_a_student_who_reached_a_target_last_year_keeps_it_in_this_years_mark_when_the_school_says(
    year,
):
    year.score(year.ana, year.rp1, year.math7, "2026-10-01", 4)
    year.score(year.ana, year.rp1_again, year.math8, "2027-09-20", 2)
    year.score(year.ana, year.ee1, year.math8, "2027-09-21", 4)
    save_rules(year.store, PRESETS["levels"])
    save_settings(year.store, {"earlier_evidence": "this_class"})
    with year.store.read() as session:
        this_class = class_marks(session, year.math8).students[0]
    save_settings(year.store, {"earlier_evidence": "proficient_stays"})
    with year.store.read() as session:
        stays = class_marks(session, year.math8).students[0]
    assert this_class.course.mark == "3"  # levels 2 and 4: mean 3
    assert stays.course.mark == "4"  # 7.RP.1 stays at last year's 4: mean 4
    assert "proficient stays proficient" in str(stays.cells[year.rp1_again].explanation)
