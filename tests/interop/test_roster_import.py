"""A teacher imports the school's OneRoster export, or a class list from a spreadsheet."""

from __future__ import annotations

from pathlib import Path

import pytest
from sqlmodel import select

from cbe_desktop.core.models import Enrollment, SchoolClass, Student
from cbe_desktop.core.roster import class_summaries
from cbe_desktop.interop.detect import read_roster
from cbe_desktop.interop.errors import ImportFormatError
from cbe_desktop.services.importing import apply_roster_import, plan_roster_import

ROSTER_CSV = Path(__file__).parent.parent / "fixtures" / "interop" / "roster-google-sheets.csv"


def _students(store) -> dict[str, Student]:
    with store.read() as session:
        rows = session.exec(select(Student).where(Student.deleted_hlc.is_(None))).all()
    return {s.family_name: s for s in rows}


def _classes(store) -> dict[str, tuple[str, int]]:
    with store.read() as session:
        return {c.name: (c.term, c.students) for c in class_summaries(session)}


def test_a_oneroster_zip_brings_only_students_and_their_classes(store, oneroster_zip):
    parsed = read_roster(oneroster_zip())

    report = apply_roster_import(store, parsed)

    students = _students(store)
    assert sorted(students) == ["Chen", "García López", "Hernández", "O'Connor"]
    assert "Rivera" not in students and "López" not in students  # teacher, parent
    assert "Yazzie" not in students  # status=tobedeleted
    assert _classes(store) == {
        "Math 7 - Period 2": ("2025-26 Semester 1", 4),
        "Science 7 - Period 4": ("2025-26 Semester 1", 2),
    }  # Art 8 has no student enrolled from this file
    ana = students["García López"]
    assert (ana.given_name, ana.student_number, ana.grade) == ("Ana Sofía", "700201", "07")
    assert ana.source_id == "s-201"
    assert ana.family_language == "es" and students["Hernández"].family_language == "es"
    assert students["Chen"].family_language == "en"
    notes = " ".join(report.plan.notes)
    assert "1 teacher, 1 aide, 2 parents or guardians" in notes or (
        "1 teacher" in notes and "2 parents or guardians" in notes and "1 aide" in notes
    )
    assert "tobedeleted" in notes


def test_a_oneroster_folder_imports_the_same_way(store, oneroster_folder):
    report = apply_roster_import(store, read_roster(oneroster_folder))

    assert report.counts["new"] == 4 + 2 + 6  # students, classes, enrolments
    assert _classes(store)["Math 7 - Period 2"][1] == 4


def test_reimporting_the_next_export_updates_instead_of_duplicating(store, oneroster_zip):
    apply_roster_import(store, read_roster(oneroster_zip()))
    first = _students(store)["Chen"]
    renamed = oneroster_zip(
        "roster-week2.zip", replace={"users.csv": (",Olivia,Chen,", ",Olivia,Chen-Park,")}
    )

    report = apply_roster_import(store, read_roster(renamed))

    counts = report.counts
    assert (counts["new"], counts["updated"], counts["rejected"]) == (0, 1, 0)
    assert counts["unchanged"] == 3 + 2 + 6  # the other students, the classes, the enrolments
    students = _students(store)
    assert students["Chen-Park"].id == first.id and "Chen" not in students
    assert len(students) == 4
    with store.read() as session:
        assert len(session.exec(select(Enrollment)).all()) == 6


def test_tobedeleted_rows_in_a_later_export_archive_the_student_and_drop_the_enrolment(
    store, oneroster_zip
):
    apply_roster_import(store, read_roster(oneroster_zip()))
    later = oneroster_zip(
        "roster-delta.zip",
        replace={
            "users.csv": ("s-204,,", "s-204,tobedeleted,"),
            "enrollments.csv": ("e-8,,", "e-8,tobedeleted,"),
        },
    )

    report = apply_roster_import(store, read_roster(later))

    removed = {row.label: row.reason for row in report.plan.removed}
    assert removed["Liam O'Connor"] == "archived: marked tobedeleted"
    assert removed["Mateo Hernández in Science 7 - Period 4"] == "marked tobedeleted"
    liam = _students(store)["O'Connor"]
    assert liam.archived
    assert _classes(store)["Science 7 - Period 4"][1] == 1


def test_the_class_option_keeps_one_class_of_a_oneroster_export(store, oneroster_zip):
    apply_roster_import(store, read_roster(oneroster_zip(), class_name="SCI7-4"))

    assert _classes(store) == {"Science 7 - Period 4": ("2025-26 Semester 1", 2)}
    assert sorted(_students(store)) == ["García López", "Hernández"]


def test_a_zip_with_the_export_inside_a_folder_reads_the_same(store, oneroster_zip):
    apply_roster_import(store, read_roster(oneroster_zip(folder="export-2025-08-01/")))

    assert len(_students(store)) == 4


def test_a_spreadsheet_roster_goes_into_the_class_the_teacher_names(store):
    report = apply_roster_import(store, read_roster(ROSTER_CSV, class_name="Math 7 - Period 2"))

    assert report.counts["new"] == 5 + 1 + 5
    students = _students(store)
    assert students["García López"].preferred_name == "Ana"
    assert students["García López"].display_name == "Ana García López"
    assert students["Müller-Brandt"].given_name == "Zoë"
    assert [students[n].family_language for n in ("García López", "Hernández", "Chen")] == [
        "es",
        "es",
        "en",
    ]
    assert _classes(store) == {"Math 7 - Period 2": ("", 5)}


def test_a_spreadsheet_roster_again_matches_students_by_number(store, tmp_path):
    apply_roster_import(store, read_roster(ROSTER_CSV, class_name="Math 7"))
    edited = tmp_path / "edited.csv"
    edited.write_bytes(ROSTER_CSV.read_bytes().replace(b"Olivia,Chen", b"Olivia,Chen-Park"))

    with store.read() as session:
        plan = plan_roster_import(session, read_roster(edited, class_name="math 7"))

    assert plan.counts()["new"] == 0 and plan.counts()["updated"] == 1
    assert plan.updated[0].reason == "family name"


def test_a_spreadsheet_roster_into_an_existing_class_adds_only_the_new_students(store, tmp_path):
    apply_roster_import(store, read_roster(ROSTER_CSV, class_name="Math 7"))
    newcomer = tmp_path / "newcomer.csv"
    newcomer.write_bytes(ROSTER_CSV.read_bytes() + b"Noah,Begay,,700106,7,en\n")

    report = apply_roster_import(store, read_roster(newcomer, class_name="Math 7"))

    assert report.counts["new"] == 2  # Noah, and his enrolment
    with store.read() as session:
        assert len(session.exec(select(SchoolClass)).all()) == 1
    assert len(_students(store)) == 6


def test_a_namesake_with_a_different_student_number_is_a_different_student(store, tmp_path):
    apply_roster_import(store, read_roster(ROSTER_CSV, class_name="Math 7"))
    namesake = tmp_path / "namesake.csv"
    namesake.write_bytes(b"First Name,Last Name,Student ID\nOlivia,Chen,799999\n")

    report = apply_roster_import(store, read_roster(namesake, class_name="Math 7"))

    assert report.counts["new"] == 2 and report.counts["updated"] == 0
    with store.read() as session:
        numbers = sorted(
            s.student_number
            for s in session.exec(select(Student).where(Student.family_name == "Chen"))
        )
    assert numbers == ["700103", "799999"]


def test_naming_a_class_the_oneroster_export_does_not_have_lists_the_ones_it_has(oneroster_zip):
    with pytest.raises(ImportFormatError, match=r"has no class called 'Band'.*Math 7 - Period 2"):
        read_roster(oneroster_zip(), class_name="Band")
