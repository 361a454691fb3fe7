"""`cbe-desktop report ...` as a teacher runs it on the office computer."""

from __future__ import annotations

import logging
from pathlib import Path

import pytest
from pypdf import PdfReader
from report_helpers import MATH, pdf_pages

from cbe_desktop.cli import main

pytestmark = pytest.mark.usefixtures("cli_sandbox")  # see tests/conftest.py


@pytest.fixture(scope="module")
def data_dir(tmp_path_factory) -> Path:
    folder = tmp_path_factory.mktemp("cli-reports") / "data"
    assert main(["--data-dir", str(folder), "demo"]) == 0
    logger = logging.getLogger("cbe_desktop")
    for handler in list(logger.handlers):
        logger.removeHandler(handler)
        handler.close()
    return folder


def run(data_dir: Path, *args: str) -> int:
    return main(["--data-dir", str(data_dir), "report", *args])


def test_conference_packets_for_the_whole_class(data_dir, tmp_path, capsys):
    out = tmp_path / "packets.pdf"
    assert run(data_dir, "conference", "--class", MATH, "--out", str(out)) == 0
    captured = capsys.readouterr()
    assert "Wrote 28 conference packets" in captured.out
    assert "Packet 1 of 28: " in captured.err and "Packet 28 of 28: " in captured.err
    pages = pdf_pages(out)
    assert sum("Page 1 of" in page or "Página 1 de" in page for page in pages) == 28
    assert any("Dónde estoy" in page for page in pages)  # Spanish-speaking families
    assert any("Where I am" in page for page in pages)
    assert not (tmp_path / "packets.pdf.partial").exists()


def test_one_students_packet_in_the_language_asked_for(data_dir, tmp_path, capsys):
    out = tmp_path / "ana.pdf"
    code = run(
        data_dir, "conference", "--class", MATH, "--student", "Ana García López",
        "--lang", "en", "--paper", "a4", "--out", str(out),
    )  # fmt: skip
    assert code == 0
    assert "Packet 1 of 1: Ana García López" in capsys.readouterr().err
    reader = PdfReader(out)
    assert round(float(reader.pages[0].mediabox.width)) == 595
    assert "Where I am" in " ".join(pdf_pages(out))


def test_where_am_i_and_class_summary(data_dir, tmp_path):
    sheet, summary = tmp_path / "sheet.pdf", tmp_path / "summary.pdf"
    assert run(data_dir, "where-am-i", "--class", MATH, "--student", "Ana García López",
               "--out", str(sheet)) == 0  # fmt: skip
    assert "¿Dónde estoy?" in pdf_pages(sheet)[0]
    assert run(data_dir, "class-summary", "--class", MATH, "--out", str(summary)) == 0
    assert "Class summary" in pdf_pages(summary)[0]


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (("--class", "Art 9"), "There is no class called 'Art 9'"),
        (("--class", MATH, "--student", "Nobody"), "There is no student called 'Nobody'"),
    ],
)
def test_a_wrong_name_is_one_sentence_and_exit_1(data_dir, tmp_path, capsys, args, message):
    out = tmp_path / "x.pdf"
    assert run(data_dir, "conference", *args, "--out", str(out)) == 1
    err = capsys.readouterr().err
    assert message in err and "Traceback" not in err and len(err.strip().splitlines()) == 1
    assert not out.exists()


def test_an_unwritable_output_is_one_sentence(data_dir, tmp_path, capsys):
    out = tmp_path / "no-such-folder" / "x.pdf"
    assert run(data_dir, "class-summary", "--class", MATH, "--out", str(out)) == 1
    assert "cannot be written" in capsys.readouterr().err


@pytest.mark.parametrize(("lang", "words"), [("ar", "أين أنا الآن"), ("zh", "我现在的水平")])
def test_the_command_line_prints_a_packet_in_every_shipped_language(
    data_dir, tmp_path, lang, words
):
    out = tmp_path / f"ana-{lang}.pdf"
    code = run(
        data_dir, "conference", "--class", MATH, "--student", "Ana García López",
        "--lang", lang, "--out", str(out),
    )  # fmt: skip
    assert code == 0
    assert words in " ".join(pdf_pages(out))
    assert PdfReader(out).trailer["/Root"]["/Lang"] == ("ar" if lang == "ar" else "zh-Hans")
