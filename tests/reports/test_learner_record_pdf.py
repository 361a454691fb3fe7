"""The learner's record on paper: Ana's two years of Math, what she reached and when,
the evidence behind it, and what is still "not yet"."""

from __future__ import annotations

import pytest
from report_helpers import pdf_pages

from cbe_desktop.core.learner import learner_record
from cbe_desktop.core.settings import save_settings
from cbe_desktop.reports.learner_record import build_learner_record
from school_year import years


@pytest.fixture
def year(tmp_path):  # type: ignore[no-untyped-def]
    yield from years(tmp_path)


def test_anas_record_prints_both_years_when_she_reached_each_target_and_her_open_not_yet(
    year, tmp_path
):
    store = year.store
    year.score(year.ana, year.rp1, year.math7, "2026-10-01", 3, feedback="Clear ratio table")
    year.score(year.ana, year.rp1_again, year.math8, "2027-09-20", 2)
    year.not_yet(year.ana, year.ee1, year.math8, "2027-09-22", 1, "Redo the exponent sheet")
    save_settings(store, {"earlier_evidence": "proficient_stays"})
    with store.read() as session:
        record = learner_record(session, year.ana)
    out = tmp_path / "ana.pdf"
    build_learner_record(record, out)
    text = " ".join(pdf_pages(out))
    for words in (
        "Learner's record: Ana García",
        "Student number 1001",
        "Math 7 (2026-27 Fall)",
        "Math 8 (2027-28 Fall)",
        "a target reached in an earlier class stays proficient",
        "2026-10-01, Math 7 (2026-27 Fall)",  # when 7.RP.1 was reached, and where
        "Clear ratio table",
        "Not yet — next step: Redo the exponent sheet",
        "1 of 2 targets reached",  # 7.RP.1 reached, 7.RP.2 not yet begun
    ):
        assert words in text, words


def test_the_record_prints_in_spanish_and_a_student_with_nothing_yet_gets_one_sentence(
    year, tmp_path
):
    store = year.store
    with store.read() as session:
        record = learner_record(session, year.lucia_typed)
    out = tmp_path / "lucia.pdf"
    build_learner_record(record, out, lang="es")
    text = " ".join(pdf_pages(out))
    assert "Expediente del estudiante: Lucia Diaz" in text
    assert "también cuenta la evidencia de clases y años anteriores" in text  # the default
