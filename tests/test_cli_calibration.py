"""Calibration on the command line: a leader and two colleagues on three data folders run
the whole cycle through files, as they would on an office computer (issue 17)."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from pypdf import PdfReader

from cbe_desktop.cli import main
from cbe_desktop.core.demo import build_demo
from cbe_desktop.core.store import Store

TASK = "Ratios and proportions unit test"
TITLE = "Ratios, December"


@pytest.fixture(scope="module")
def demo_folder(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("calibration-demo") / "lead"
    with Store.open(folder) as store:
        build_demo(store)
    return folder


def run(capsys, *args: str) -> tuple[int, str, str]:  # type: ignore[no-untyped-def]
    code = main([str(a) for a in args])
    out, err = capsys.readouterr()
    return code, out, err


def test_a_leader_and_two_colleagues_calibrate_from_the_command_line(
    capsys, tmp_path: Path, demo_folder: Path, cli_sandbox
):
    lead = tmp_path / "lead"
    shutil.copytree(demo_folder, lead)
    (tmp_path / "pass.txt").write_text("river otters swim at dawn\n")
    locked = ("--passphrase-file", tmp_path / "pass.txt")
    set_file = tmp_path / "set.cbecal"
    code, out, err = run(
        capsys, "--data-dir", lead, "calibration", "new", "--title", TITLE, "--task", TASK,
        "--pieces", "3", "--leader", "Ms Rivera", "--out", set_file, *locked,
    )  # fmt: skip
    assert code == 0, err
    assert "with 3 pieces" in out
    levels = {"Mr Okafor": (1, 2, 4), "Ms Lindqvist": (1, 2, 4), "Ms Rivera": (1, 3, 4)}
    returns = []
    for scorer, given in levels.items():
        folder = lead if scorer == "Ms Rivera" else tmp_path / scorer.split()[1]
        if folder != lead:
            code, out, err = run(
                capsys, "--data-dir", folder, "calibration", "open", set_file, *locked
            )
            assert code == 0 and "3 pieces to score" in out, err
        for piece, level in zip("ABC", given, strict=True):
            code, _, err = run(
                capsys, "--data-dir", folder, "calibration", "score", TITLE, "--piece", piece,
                "--level", str(level), "--why", "Because.", "--scorer", scorer,
            )  # fmt: skip
            assert code == 0, err
        if folder != lead:
            back = tmp_path / f"{folder.name}.cbecal"
            code, _, err = run(
                capsys, "--data-dir", folder, "calibration", "return", TITLE, "--scorer", scorer,
                "--out", back, *locked,
            )  # fmt: skip
            assert code == 0, err
            returns.append(back)
    code, out, err = run(capsys, "--data-dir", lead, "calibration", "gather", *returns, *locked)
    assert code == 0, err
    assert "You agreed exactly on 2 of 3 pieces, and within one level on 3 of 3." in out
    code, out, err = run(
        capsys, "--data-dir", lead, "calibration", "agree", TITLE, "--piece", "B",
        "--level", "2", "--reason", "The key step is not explained.",
    )  # fmt: skip
    assert code == 0 and "piece B: 2" in out, err
    pdf = tmp_path / "meeting.pdf"
    code, out, err = run(capsys, "--data-dir", lead, "calibration", "report", TITLE, "--out", pdf)
    assert code == 0, err
    words = " ".join(" ".join(page.extract_text() for page in PdfReader(pdf).pages).split())
    assert "You agreed exactly on 2 of 3 pieces" in words
    assert "The key step is not explained." in words


def test_a_wrong_level_or_an_unknown_set_is_one_sentence(
    capsys, tmp_path: Path, demo_folder: Path, cli_sandbox
):
    lead = tmp_path / "lead"
    shutil.copytree(demo_folder, lead)
    code, _, err = run(capsys, "--data-dir", lead, "calibration", "score", "Nothing", "--piece",
                       "A", "--level", "3")  # fmt: skip
    assert code == 1
    assert err.strip() == (
        "There is no calibration set 'Nothing' on this laptop; open its file first."
    )
    code, _, err = run(
        capsys, "--data-dir", lead, "calibration", "new", "--title", TITLE, "--task", TASK,
        "--out", tmp_path / "s.cbecal",
    )  # fmt: skip
    assert code == 0, err
    code, _, err = run(capsys, "--data-dir", lead, "calibration", "score", TITLE, "--piece", "A",
                       "--level", "9", "--scorer", "Ms Rivera")  # fmt: skip
    assert code == 1
    assert err.strip().startswith("9 is not a level of this rubric (1 Beginning, 2 Developing")


def test_the_meeting_report_is_written_in_spanish_with_lang_es(
    capsys, tmp_path: Path, demo_folder: Path, cli_sandbox
):
    lead = tmp_path / "lead"
    shutil.copytree(demo_folder, lead)
    code, _, err = run(
        capsys, "--data-dir", lead, "calibration", "new", "--title", TITLE, "--task", TASK,
        "--pieces", "3", "--out", tmp_path / "set.cbecal",
    )  # fmt: skip
    assert code == 0, err
    pdf = tmp_path / "reunion.pdf"
    code, _, err = run(
        capsys, "--data-dir", lead, "calibration", "report", TITLE, "--out", pdf, "--lang", "es"
    )
    assert code == 0, err
    reader = PdfReader(pdf)
    words = " ".join(" ".join(page.extract_text() for page in reader.pages).split())
    assert "Trabajo por trabajo" in words and "Qué dicen las cifras" in words
    assert "Piece by piece" not in words and "What the figures say" not in words
    assert str(reader.trailer["/Root"]["/Lang"]).startswith("es")  # readers read it as Spanish
    # The Spanish is for that report only: the next one is in English again.
    english = tmp_path / "meeting.pdf"
    code, _, err = run(capsys, "--data-dir", lead, "calibration", "report", TITLE, "--out", english)
    assert code == 0, err
    words = " ".join(" ".join(page.extract_text() for page in PdfReader(english).pages).split())
    assert "Piece by piece" in words
