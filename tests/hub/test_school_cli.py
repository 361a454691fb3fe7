"""`cbe-desktop school progress|student|attention|equity`: the school-wide views on the
command line, for the school's IT person, a script, or a principal at a terminal."""

from __future__ import annotations

import json

import pytest
from school_data import STUDENTS, build_school

from cbe_desktop.cli import main
from cbe_desktop.core.store import Store


@pytest.fixture(scope="module")
def school_folder(tmp_path_factory):
    folder = tmp_path_factory.mktemp("school-cli")
    with Store.open(folder) as store:
        build_school(store)
    return folder


def run(folder, capsys, *args: str) -> tuple[int, str, str]:
    code = main(["--data-dir", str(folder), "school", *args])
    out = capsys.readouterr()
    return code, out.out, out.err


def test_school_progress_lists_every_class_with_its_share_proficient(
    school_folder, capsys, cli_sandbox
):
    code, out, _ = run(school_folder, capsys, "progress", "--json")
    rows = json.loads(out)
    assert code == 0
    assert [(r["class"], r["students"], r["open_not_yet"]) for r in rows] == [
        ("Math 7 — P1", 14, 2),
        ("Math 7 — P2", 12, 1),
    ]
    assert rows[1]["share_proficient"] == 0.5 and rows[1]["teachers"] == ["Ms. Rivera"]
    code, out, _ = run(school_folder, capsys, "progress")
    assert "Math 7 — P2 (Ms. Rivera): 12 students, 2 targets, 50% proficient" in out


def test_school_equity_never_prints_a_figure_for_a_group_under_eleven(
    school_folder, capsys, cli_sandbox
):
    code, out, _ = run(school_folder, capsys, "equity")
    assert code == 0
    iep = out.split("IEP:")[1].split("English learner:")[0]
    assert "yes: fewer than 11 students, not shown" in iep
    assert "no: not shown, so that a smaller group cannot be worked out" in iep
    assert not any(ch.isdigit() for ch in iep.replace("11", ""))  # no figure at all
    code, out, _ = run(school_folder, capsys, "equity", "--json")
    found = json.loads(out)
    assert found["students"] == STUDENTS and found["suppressed_under"] == 11
    assert {f["value"]: f["suppressed"] for f in found["kinds"]["iep"]} == {
        "yes": "small",
        "no": "complementary",
    }


def test_school_student_shows_each_class_with_its_teacher(school_folder, capsys, cli_sandbox):
    code, out, _ = run(school_folder, capsys, "student", "S020", "--json")
    record = json.loads(out)
    assert code == 0 and record["student"] == "Student20 Family"
    assert record["teachers"] == {"Math 7 — P2 (Fall 2026)": ["Ms. Rivera"]}
    code, _, err = run(school_folder, capsys, "student", "Nobody Here")
    assert code == 1 and err.count("\n") == 1 and "no student called" in err


def test_school_student_prints_the_learners_record_for_the_school_file(
    school_folder, capsys, cli_sandbox, tmp_path
):
    out = tmp_path / "record.pdf"
    code, said, _ = run(school_folder, capsys, "student", "S020", "--out", str(out))
    assert (
        code == 0 and said.strip() == f"Printed the learner's record of Student20 Family to {out}"
    )
    assert out.read_bytes()[:5] == b"%PDF-"


def test_school_attention_groups_what_is_flagged_by_student(school_folder, capsys, cli_sandbox):
    code, out, _ = run(school_folder, capsys, "attention", "--json")
    items = json.loads(out)
    assert code == 0 and {i["class"] for i in items} == {"Math 7 — P1", "Math 7 — P2"}
    assert {i["kind"] for i in items} <= {"repeated_not_yet", "no_recent_evidence", "estimate_fell"}


def test_a_date_that_is_not_one_is_one_sentence_and_changes_nothing(
    school_folder, capsys, cli_sandbox
):
    code, _, err = run(school_folder, capsys, "progress", "--since", "last monday")
    assert code == 1 and err.strip() == "'last monday' is not a date; write it as YYYY-MM-DD."
