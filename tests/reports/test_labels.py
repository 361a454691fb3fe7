"""The translation table: every generated word in both languages."""

from __future__ import annotations

import string

from cbe_desktop.reports.labels import LABELS, LANGUAGES, Labels


def fields(words: str) -> set[str]:
    return {name for _, name, _, _ in string.Formatter().parse(words) if name}


def test_both_languages_have_the_same_keys_and_no_empty_words():
    assert set(LABELS) == set(LANGUAGES) == {"en", "es"}
    assert set(LABELS["en"]) == set(LABELS["es"])
    for lang, table in LABELS.items():
        empty = [key for key, words in table.items() if not words.strip()]
        assert empty == [], lang


def test_both_languages_fill_in_the_same_blanks():
    for key, words in LABELS["en"].items():
        assert fields(words) == fields(LABELS["es"][key]), key


def test_dates_are_written_as_each_language_writes_them():
    assert Labels("en").date("2026-11-03") == "November 3, 2026"
    assert Labels("es").date("2026-11-03") == "3 de noviembre de 2026"
    assert Labels("es").date("2026-09-27", short=True) == "27 sep"
    assert Labels("en").date("not a date") == "not a date"


def test_the_programs_own_level_words_are_translated_and_a_teachers_are_not():
    es = Labels("es")
    assert es.level("Proficient") == "Competente"
    assert es.level("Rarely") == "Casi nunca"
    assert es.level("Meets the standard") == "Meets the standard"
    assert es.level_plain("Meets the standard", "As the teacher wrote it") == (
        "As the teacher wrote it"
    )
    assert es.status("no_evidence") == "Sin evaluar aún"
    assert es.support("small_group") == "Grupo pequeño con mi docente"
    assert es.support("Tutoring on Tuesdays") == "Tutoring on Tuesdays"
