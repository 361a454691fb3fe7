"""The end of Math 7's fall term on the command line: Ms. Rivera sets Mateo's mark with a
reason, marks a target modified for his individual plan, closes the term, prints the
report cards, and reopens the term only when she says yes."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from pypdf import PdfReader

from cbe_desktop.cli import main
from school_year import close_years, fresh_year

pytestmark = pytest.mark.usefixtures("cli_sandbox")


@pytest.fixture
def data_dir(tmp_path: Path) -> Path:
    year = fresh_year(tmp_path)
    year.score(year.ana, year.rp1, year.math7, "2026-10-01", 4)
    year.score(year.ana, year.rp2, year.math7, "2026-10-02", 4)
    year.score(year.mateo, year.rp1, year.math7, "2026-10-01", 2)
    close_years()
    return year.store.data_dir


def run(capsys, data_dir: Path, *args: str | Path) -> tuple[int, str, str]:
    code = main(["--data-dir", str(data_dir), *[str(a) for a in args]])
    out, err = capsys.readouterr()
    return code, out, err


def marks(capsys, data_dir: Path) -> dict[str, dict]:
    code, out, _ = run(capsys, data_dir, "marks", "show", "--class", "Math 7", "--json")
    assert code == 0
    return {row["student"]: row for row in json.loads(out)}


def test_a_term_on_the_command_line_override_modify_close_report_cards_reopen(
    capsys, data_dir, tmp_path
):
    code, out, err = run(
        capsys, data_dir, "marks", "override", "--class", "Math 7", "--student", "Mateo Hernández",
        "--mark", "C", "--reason", "Finished the unit project late.",
    )  # fmt: skip
    assert code == 0, err
    mateo = marks(capsys, data_dir)["Mateo Hernández"]
    assert (mateo["mark"], mateo["overridden"], mateo["calculated"]) == ("C", True, "D")
    assert mateo["reason"] == "Finished the unit project late."

    code, out, err = run(
        capsys, data_dir, "marks", "modify", "--class", "Math 7", "--student", "1002",
        "--target", "7.RP.2", "--note", "Fewer steps",
    )  # fmt: skip
    assert code == 0, err
    assert [m["note"] for m in marks(capsys, data_dir)["Mateo Hernández"]["modified"]] == [
        "Fewer steps"
    ]

    code, out, err = run(capsys, data_dir, "marks", "close", "--class", "Math 7")
    assert code == 0, err
    assert "Closed 2026-27 Fall of Math 7: 12 marks of 3 students are stored" in out
    after = marks(capsys, data_dir)
    assert after["Ana García"]["frozen"] and after["Ana García"]["closed_on"]
    assert after["Mateo Hernández"]["mark"] == "C"

    pdf = tmp_path / "cards.pdf"
    code, out, err = run(
        capsys, data_dir, "marks", "report-card", "--class", "Math 7", "--lang", "es",
        "--out", pdf,
    )  # fmt: skip
    assert code == 0, err
    assert out.startswith("Printed 3 report card(s) of Math 7")
    text = " ".join(page.extract_text() for page in PdfReader(pdf).pages)
    assert "Boleta de calificaciones" in text and "Modificada" in text
    assert "Finished the unit project late." in text

    code, _, err = run(capsys, data_dir, "marks", "reopen", "--class", "Math 7")
    assert code == 1 and "run it again with --yes" in err
    assert marks(capsys, data_dir)["Ana García"]["frozen"]
    code, out, _ = run(capsys, data_dir, "marks", "reopen", "--class", "Math 7", "--yes")
    assert code == 0 and not marks(capsys, data_dir)["Ana García"]["frozen"]


@pytest.mark.parametrize(
    ("args", "sentence"),
    [
        (("--mark", "B", "--reason", "  "), "A mark set by the teacher needs a reason"),
        (("--mark", "B", "--reason", "Why.", "--period", "2031 Spring"), "no reporting period"),
        (("--mark", "B", "--reason", "Why.", "--competency", "XYZ"), "no competency called"),
        (("--mark", "B"), "Give the mark and the reason"),
    ],
)
def test_bad_input_for_an_override_is_one_sentence_and_changes_nothing(
    capsys, data_dir, args, sentence
):
    before = marks(capsys, data_dir)
    code, _out, err = run(
        capsys, data_dir, "marks", "override", "--class", "Math 7", "--student", "Ana García",
        *args,
    )  # fmt: skip
    assert code == 1 and sentence in err
    assert err.strip().count("\n") == 0 and "Traceback" not in err
    assert marks(capsys, data_dir) == before


def test_a_report_card_for_a_student_of_another_class_is_refused_and_writes_nothing(
    capsys, data_dir, tmp_path
):
    out = tmp_path / "card.pdf"
    code, _, err = run(
        capsys, data_dir, "marks", "report-card", "--class", "Math 7", "--student", "Lucia Diaz",
        "--out", out,
    )  # fmt: skip
    assert code == 1 and "Lucia Diaz is not in Math 7" in err
    assert not out.exists()
