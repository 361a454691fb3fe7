"""A teacher imports the school's OneRoster export as SIS and LMS programs write them:
OneRoster 1.2 (roles in roles.csv, userProfiles, courses), a users.csv given alone, and a
1.1 export shaped like Moodle's full test data set, whose students are mostly in no
class of the file. Nobody whose role is not student ever becomes a student."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest
from sqlmodel import select

from cbe_desktop.core.models import SchoolClass, Student
from cbe_desktop.interop.detect import read_roster
from cbe_desktop.interop.errors import ImportFormatError
from cbe_desktop.services.importing import apply_roster_import, plan_roster_import

FIXTURES = Path(__file__).parent.parent / "fixtures" / "interop"
V12 = FIXTURES / "oneroster-1.2"  # a SIS's 1.2 bulk export
MOODLE = FIXTURES / "oneroster-1.1-moodle-full"  # 3 students, 1 in an imported class


def _students(store) -> list[str]:
    with store.read() as session:
        rows = session.exec(select(Student).where(Student.deleted_hlc.is_(None))).all()
    return sorted(f"{s.given_name} {s.family_name}" for s in rows)


def _stats(run_cli, data: Path) -> dict[str, int]:
    code, out, _ = run_cli("--data-dir", data, "stats", "--json")
    assert code == 0
    return json.loads(out)


def test_a_oneroster_1_2_export_takes_students_from_roles_csv_and_never_the_others(store):
    parsed = read_roster(V12)
    with store.read() as session:
        plan = plan_roster_import(session, parsed)

    apply_roster_import(store, parsed)

    # Olivia is a student (primary) who is also an aide (secondary): a student. The
    # teacher (also a guardian), the parent, the counselor enrolled in a class as a
    # student, and a user with no role at all are not.
    assert _students(store) == ["Ana Sofía García López", "Mateo Hernández", "Olivia Chen"]
    assert plan.lines()[0] == "oneroster-1.2 (OneRoster 1.2 CSV):"
    assert "Skipped 1 counselor, 1 parent or guardian, 1 teacher: only students are imported." in (
        plan.notes
    )
    assert "Skipped 1 user(s) the export gives no role: only students are imported." in plan.notes
    with store.read() as session:
        ana = session.exec(select(Student).where(Student.source_id == "usr-s-201")).one()
    assert (ana.preferred_name, ana.student_number, ana.grade) == ("Sofi", "700201", "07")


def test_two_classes_of_one_title_are_told_apart_by_their_class_code(store):
    apply_roster_import(store, read_roster(V12))

    with store.read() as session:
        classes = {
            c.source_id: (c.name, c.term, c.subject)
            for c in session.exec(select(SchoolClass)).all()
        }
    assert classes == {
        "cls-m7-2": ("Math 7 (MATH7-2)", "2025-26 Semester 1", "Mathematics"),  # course's subject
        "cls-m7-4": ("Math 7 (MATH7-4)", "2025-26 Semester 1", "Mathematics"),
    }


def test_a_oneroster_1_2_zip_reads_the_same_as_its_folder(tmp_path: Path, store):
    archive = shutil.make_archive(str(tmp_path / "export"), "zip", V12)

    apply_roster_import(store, read_roster(Path(archive)))

    assert len(_students(store)) == 3


def test_a_1_2_users_csv_given_alone_is_refused_and_nobody_becomes_a_student(
    cli_sandbox, tmp_path: Path, run_cli
):
    data = tmp_path / "data"
    before = _stats(run_cli, data)

    code, out, err = run_cli(
        "--data-dir", data, "import", "roster", V12 / "users.csv", "--class", "Math 7"
    )

    assert (code, out) == (1, "")
    assert err.strip() == (
        "users.csv is one file of a OneRoster export; give the folder or the zip that holds "
        "users.csv, classes.csv and enrollments.csv."
    )
    assert _stats(run_cli, data) == before


def test_a_1_2_export_without_roles_csv_is_refused_saying_why(tmp_path: Path):
    folder = tmp_path / "no-roles"
    shutil.copytree(V12, folder)
    (folder / "roles.csv").unlink()

    with pytest.raises(ImportFormatError) as refused:
        read_roster(folder)

    assert str(refused.value) == (
        "users.csv in no-roles has no role column and the export has no roles.csv (OneRoster "
        "1.2 keeps roles there), so students cannot be told from teachers and parents; "
        "export the roster again with roles.csv."
    )


def test_students_in_no_class_of_the_export_are_counted_named_and_left_out(
    cli_sandbox, tmp_path: Path, run_cli
):
    data = tmp_path / "data"

    code, out, err = run_cli("--data-dir", data, "import", "roster", MOODLE)

    assert (code, err) == (0, "")
    assert "  new: student Jun Park (users.csv row 6)" in out
    assert (
        "  Note: 1 student(s) left out, in no class of this file: enrollments.csv puts them "
        "in no class (Rosa Vega). They can be brought in without a class."
    ) in out
    assert (
        "  Note: 1 student(s) left out, in no class of this file: their only classes are "
        "marked tobedeleted (Ada Obi). They can be brought in without a class."
    ) in out
    assert out.rstrip().endswith(
        "2 student(s) in no class were left out (see the notes above); to bring them in "
        "without a class, import again with --without-class."
    )
    stats = _stats(run_cli, data)
    # Paul Ash is a teacher whom enrollments.csv lists as a student: never a student.
    assert (stats["students"], stats["classes"], stats["enrollments"]) == (1, 1, 1)


def test_students_in_no_class_come_in_without_a_class_when_the_teacher_asks(
    cli_sandbox, tmp_path: Path, run_cli
):
    data = tmp_path / "data"
    assert run_cli("--data-dir", data, "import", "roster", MOODLE)[0] == 0

    code, out, err = run_cli("--data-dir", data, "import", "roster", MOODLE, "--without-class")

    assert (code, err) == (0, "")
    assert "  new: student Rosa Vega (users.csv row 3)" in out
    assert "  new: student Ada Obi (users.csv row 7)" in out
    assert "2 student(s) brought in without a class" not in out  # one note per reason
    assert "1 student(s) brought in without a class, in no class of this file" in out
    assert "--without-class." not in out  # nothing left to offer
    stats = _stats(run_cli, data)
    assert (stats["students"], stats["classes"], stats["enrollments"]) == (3, 1, 1)
    # Again: everything is already here.
    code, out, _ = run_cli("--data-dir", data, "import", "roster", MOODLE, "--without-class")
    assert code == 0 and "nothing to change" in out


def test_choosing_one_class_leaves_the_rest_of_the_school_out_without_an_offer(store):
    parsed = read_roster(V12, class_name="MATH7-4")
    with store.read() as session:
        plan = plan_roster_import(session, parsed)

    assert plan.students_without_class == 0
    assert "2 student(s) of the export are not in 'MATH7-4' and were left out." in plan.notes
    assert [r.label for r in plan.new if r.kind == "student"] == ["Mateo Hernández"]


def test_a_spreadsheet_of_people_with_a_role_column_brings_in_only_the_students(
    tmp_path: Path, store
):
    path = tmp_path / "people.csv"
    path.write_text(
        "First Name,Last Name,Role,Student ID\n"
        "Ana,García,Student,700201\n"
        "Marisol,Rivera,Teacher,\n"
        "Lucía,López,Parent,\n"
        "Mateo,Hernández,student,700202\n",
        encoding="utf-8",
    )

    report = apply_roster_import(store, read_roster(path, class_name="Math 7"))

    assert _students(store) == ["Ana García", "Mateo Hernández"]
    assert (
        "Skipped 2 row(s) whose role is not student (1 parent, 1 teacher): only students are "
        "imported."
    ) in report.plan.notes


def test_a_spreadsheet_row_with_no_role_is_rejected_not_guessed(tmp_path: Path, store):
    path = tmp_path / "people.csv"
    path.write_text("First Name,Last Name,Role\nAna,García,Student\nSam,Park,\n", encoding="utf-8")

    with store.read() as session:
        plan = plan_roster_import(session, read_roster(path, class_name="Math 7"))

    [rejected] = plan.rejected
    assert rejected.text() == (
        "student Sam Park (row 3): has no role; only rows whose role is student are imported"
    )


def test_the_classes_command_shows_each_class_sourced_id_and_id(
    cli_sandbox, tmp_path: Path, run_cli
):
    data = tmp_path / "data"
    assert run_cli("--data-dir", data, "import", "roster", V12)[0] == 0

    code, out, _ = run_cli("--data-dir", data, "classes")
    code_json, out_json, _ = run_cli("--data-dir", data, "classes", "--json")

    assert code == code_json == 0
    lines = out.splitlines()
    assert len(lines) == 2
    assert lines[0].startswith("Math 7 (MATH7-2) (2025-26 Semester 1): 2 students, 0 targets [id ")
    assert lines[0].endswith(", sourcedId cls-m7-2]")
    rows = json.loads(out_json)
    assert [(r["name"], r["source_id"]) for r in rows] == [
        ("Math 7 (MATH7-2)", "cls-m7-2"),
        ("Math 7 (MATH7-4)", "cls-m7-4"),
    ]
    assert all(r["id"] in out for r in rows)


def test_two_classes_of_one_name_are_named_by_sourced_id_or_id_on_the_command_line(
    cli_sandbox, tmp_path: Path, run_cli
):
    from cbe_desktop.core.roster import add_class
    from cbe_desktop.core.store import Store

    data = tmp_path / "data"
    with Store.open(data) as store, store.transaction() as tx:
        first = add_class(tx, "Science 7", term="Fall", source_id="sis-sci7-p1")
        second = add_class(tx, "Science 7", term="Fall")
        first_id, second_id = first.id, second.id

    code, out, err = run_cli("--data-dir", data, "mastery", "--class", "Science 7", "--json")

    assert (code, out) == (1, "")
    assert err.startswith(
        "2 classes are called 'Science 7'; name one by its sourcedId or id instead ("
    )
    assert err.strip().endswith("; 'cbe-desktop classes' lists them).")
    assert "sis-sci7-p1" in err and second_id in err and first_id not in err
    for name in ("sis-sci7-p1", "SIS-SCI7-P1", second_id):
        code, out, err = run_cli("--data-dir", data, "mastery", "--class", name, "--json")
        assert (code, out.strip(), err) == (0, "[]", ""), name
