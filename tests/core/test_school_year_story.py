"""A year and a half in one story: Math 7's fall and spring terms, Lucía moving to another
class in between, a new school year with Math 8 from the district's roster, and the fall
term's marks, once closed, never changing."""

from __future__ import annotations

import pytest

from cbe_desktop.core.learner import learner_record
from cbe_desktop.core.new_term import start_new_term
from cbe_desktop.core.roster import class_students, enroll_students, unenroll_student
from cbe_desktop.core.settings import save_settings
from cbe_desktop.core.term_marks import PRESETS, class_marks, save_rules
from cbe_desktop.core.term_records import close_term
from cbe_desktop.interop.csv_roster import parse_roster_csv
from cbe_desktop.services.importing import apply_roster_import
from school_year import years


def marks_of(store, class_id: str) -> dict[str, str]:
    with store.read() as session:
        return {s.name: s.course.mark for s in class_marks(session, class_id).students}


@pytest.fixture
def year(tmp_path):  # type: ignore[no-untyped-def]
    yield from years(tmp_path)


def test_two_terms_a_new_year_a_student_who_moved_and_a_closed_term_that_does_not_change(year):
    store = year.store
    save_rules(store, PRESETS["levels"])
    save_settings(store, {"earlier_evidence": "all_evidence"})

    # Fall: Ana reaches 7.RP.1 on her second try; Mateo begins.
    year.score(year.ana, year.rp1, year.math7, "2026-09-20", 2)
    year.score(year.ana, year.rp1, year.math7, "2026-10-20", 3)
    year.score(year.mateo, year.rp1, year.math7, "2026-10-21", 2)
    # Lucía moves from Math 7 to Science 7 in the fall; her Math 7 record stays.
    year.score(year.lucia, year.rp2, year.math7, "2026-10-01", 3)
    unenroll_student(store, year.math7, year.lucia)
    enroll_students(store, year.science, [year.lucia])
    fall = marks_of(store, year.math7)
    assert fall == {"Ana García": "3", "Mateo Hernández": "2"}
    close_term(store, year.math7)  # the report cards went home: the fall marks are stored

    # Spring: the class goes on; the fall class is archived.
    spring = start_new_term(store, year.math7, name="Math 7", term="2026-27 Spring").class_id
    year.score(year.ana, year.rp2, spring, "2026-11-30", 4)
    year.score(year.mateo, year.rp1, spring, "2026-11-30", 4)
    assert marks_of(store, spring) == {"Ana García": "4", "Mateo Hernández": "4"}
    # ... and the closed fall term is as it was, though the spring evidence counts elsewhere.
    assert marks_of(store, year.math7) == fall

    # A new year: the district's roster puts Ana (by her student number) into Math 8.
    roster = "first name,last name,student number\nAna,García,1001\n".encode()
    apply_roster_import(store, parse_roster_csv(roster, "m8.csv", class_name="Math 8"))
    year.score(year.ana, year.ee1, year.math8, "2026-12-01", 2)
    with store.read() as session:
        assert [s.given_name for s in class_students(session, year.math8)] == ["Ana"]
        record = learner_record(session, year.ana)
    assert [c.label for c in record.classes] == [
        "Math 7 (2026-27 Fall)",
        "Math 7 (2026-27 Spring)",
        "Math 8 (2027-28 Fall)",
    ]
    unit_rates = next(t for c in record.competencies for t in c.targets if t.code == "7.RP.1")
    assert (unit_rates.reached_on, unit_rates.reached_in) == (
        "2026-10-20",
        "Math 7 (2026-27 Fall)",
    )
    # Math 8 counts last year's 7.RP.1 (same CASE item) beside this year's 8.EE.1.
    assert marks_of(store, year.math8) == {"Ana García": "3"}  # mean of 3 and 2 is 2.5
    with store.read() as session:
        lucia = learner_record(session, year.lucia)
    assert [c.label for c in lucia.classes] == ["Math 7 (2026-27 Fall)", "Science 7 (2026-27 Fall)"]
    assert marks_of(store, year.math7) == fall
    # The school changes its rules the next year: the closed fall term keeps its marks.
    save_rules(store, PRESETS["percent_proficient"])
    assert marks_of(store, year.math7) == fall
    assert marks_of(store, year.math8) == {"Ana García": "F"}  # 1 of 2 proficient
