"""The teacher's class summary, and why small groups never show."""

from __future__ import annotations

import pytest
from report_helpers import add_scores, make_class, pdf_pages

from cbe_desktop.core.conference import class_summary_data
from cbe_desktop.core.models import SchoolClass
from cbe_desktop.core.roster import add_student, enroll
from cbe_desktop.reports import build_class_summary


def class_with(store, english: int, spanish: int):
    made = make_class(store, targets_each=2, student=("Ana", "Alpha", "es"))
    add_scores(made, {made.target_ids[0]: [("2026-03-02", 3)]})
    with store.transaction() as tx:
        school_class = tx.session.get(SchoolClass, made.class_id)
        for n in range(english):
            enroll(tx, school_class, add_student(tx, f"E{n}", "English", family_language="en"))
        for n in range(spanish - 1):
            enroll(tx, school_class, add_student(tx, f"S{n}", "Spanish", family_language="es"))
    with store.read() as session:
        return class_summary_data(session, made.class_id)


def test_counts_every_student_once_per_target(store):
    summary = class_with(store, english=3, spanish=2)
    assert summary.students == 5
    first, second = summary.targets
    assert first.counts == {"proficient": 1, "in_progress": 0, "not_yet": 0, "no_evidence": 4}
    assert sum(second.counts.values()) == 5


def test_groups_of_eleven_or_more_are_shown(store):
    summary = class_with(store, english=11, spanish=12)
    groups = {g.key: g for g in summary.by_language}
    assert not groups["en"].suppressed and not groups["es"].suppressed
    assert groups["es"].proficient == (1, 0) and groups["en"].proficient == (0, 0)


@pytest.mark.parametrize(("english", "spanish"), [(18, 10), (30, 3)])
def test_a_small_group_is_hidden_and_so_is_the_group_that_would_give_it_away(
    store, english, spanish
):
    summary = class_with(store, english=english, spanish=spanish)
    groups = {g.key: g for g in summary.by_language}
    assert groups["es"].suppressed and groups["es"].reason == "small"
    assert groups["es"].proficient == ()
    assert groups["en"].suppressed and groups["en"].reason == "complement"


def test_the_printed_summary_shows_no_number_of_a_hidden_group(store, tmp_path):
    summary = class_with(store, english=18, spanish=10)
    build_class_summary(summary, tmp_path / "summary.pdf", lang="es")
    (page,) = pdf_pages(tmp_path / "summary.pdf")
    assert "Resumen de la clase" in page and "menos de 11, no se muestra" in page
    assert "Español: 10 estudiantes" in page
    assert "Ningún grupo es lo bastante grande para mostrarse." in page


def test_the_demo_class_summary(demo, tmp_path):
    with demo.store.read() as session:
        summary = class_summary_data(session, demo.class_id)
    assert summary.students == 28 and len(summary.targets) == 12
    assert all(sum(t.counts.values()) == 28 for t in summary.targets)
    build_class_summary(summary, tmp_path / "summary.pdf")
    text = " ".join(pdf_pages(tmp_path / "summary.pdf"))
    assert "Class summary" in text and "7.RP.1" in text and "Spanish: 10 students" in text
