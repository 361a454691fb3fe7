"""The command line for the learner's record, a new term, term marks and the SIS export,
as a school's office runs it at the end of a term."""

from __future__ import annotations

import json
import zipfile
from pathlib import Path

import pytest

from cbe_desktop.cli import main
from school_year import close_years, fresh_year

pytestmark = pytest.mark.usefixtures("cli_sandbox")


@pytest.fixture
def data_dir(tmp_path: Path) -> Path:
    year = fresh_year(tmp_path)
    year.score(year.ana, year.rp1, year.math7, "2026-10-01", 4)
    year.score(year.ana, year.rp2, year.math7, "2026-10-02", 4)
    close_years()
    return year.store.data_dir


def run(capsys, data_dir: Path, *args: str | Path) -> tuple[int, str, str]:
    code = main(["--data-dir", str(data_dir), *[str(a) for a in args]])
    out, err = capsys.readouterr()
    return code, out, err


def test_the_office_prints_marks_exports_them_for_the_sis_and_starts_the_spring_term(
    capsys, data_dir, tmp_path
):
    code, out, _ = run(capsys, data_dir, "marks", "show", "--class", "Math 7", "--json")
    assert code == 0
    marks = {row["student"]: row["mark"] for row in json.loads(out)}
    assert marks == {"Ana García": "A", "Lucía Díaz": "", "Mateo Hernández": ""}

    out_zip = tmp_path / "math7-gradebook.zip"
    code, out, err = run(
        capsys, data_dir, "export", "gradebook", "--class", "Math 7", "--out", out_zip
    )
    assert code == 0, err
    assert "as a OneRoster 1.2 Gradebook zip" in out
    assert "Mateo Hernández" in err  # left out: no sourcedId, and the note says so
    assert "results.csv" in zipfile.ZipFile(out_zip).namelist()

    code, out, _ = run(
        capsys, data_dir, "term", "start", "--class", "Math 7", "--term", "2026-27 Spring"
    )
    assert code == 0
    assert out.startswith("Started Math 7 (2026-27 Spring) with 2 targets, 1 tasks and 3 students")
    # "Math 7" now names the spring class, where the fall's evidence counts (the school's
    # setting, at its start), so Ana's A goes on; the fall class is archived and refuses a
    # new term.
    code, out, _ = run(capsys, data_dir, "marks", "show", "--class", "Math 7", "--json")
    spring = json.loads(out)
    assert {row["student"]: row["mark"] for row in spring} == marks
    code, out, err = run(
        capsys, data_dir, "term", "start", "--class", "sis-class-m7", "--term", "X"
    )
    assert (code, out) == (1, "")
    assert err == (
        "The class Math 7 is already archived; start the new term from the class that "
        "continues it.\n"
    )


def test_the_learner_record_and_a_merge_from_the_command_line(capsys, data_dir, tmp_path):
    code, out, err = run(capsys, data_dir, "learner", "merge", "1003", "Lucia Diaz")
    assert code == 0, err
    assert out.startswith("Lucia Diaz and Lucía Díaz are one learner now")
    code, out, _ = run(capsys, data_dir, "learner", "record", "--student", "1003", "--json")
    record = json.loads(out)
    assert record["merged"] == ["Lucia Diaz"]
    assert [c["name"] for c in record["classes"]] == [
        "Math 7 (2026-27 Fall)",
        "Science 7 (2026-27 Fall)",
    ]
    pdf = tmp_path / "lucia.pdf"
    code, out, _ = run(capsys, data_dir, "learner", "record", "--student", "1003", "--out", pdf)
    assert code == 0 and pdf.read_bytes().startswith(b"%PDF")


def test_rules_the_school_mistyped_are_refused_in_one_sentence_and_the_old_ones_stay(
    capsys, data_dir, tmp_path
):
    rules = tmp_path / "rules.txt"
    rules.write_text("A: most at 4\nF: otherwise\n")
    code, out, err = run(capsys, data_dir, "marks", "rules", "--file", rules)
    assert (code, out) == (1, "")
    assert err.count("\n") == 1 and err.startswith("Line 1 of the rules says 'most at 4'")
    code, out, _ = run(capsys, data_dir, "marks", "rules")
    assert out.startswith("A: no level below 2; at least half at 4")  # the preset still holds
