"""The packet catalogue: one file per language, every word in every language."""

from __future__ import annotations

import json
import string
from importlib import resources

import pytest

from cbe_desktop.core.languages import language, packet_languages
from cbe_desktop.reports.labels import LABELS, LANGUAGES, Labels

#: Spanish, then the languages most spoken by families of English learners in US schools
#: (Arabic, Chinese, Vietnamese), and Portuguese, the next one.
SHIPPED = {"en", "es", "ar", "zh", "vi", "pt"}


def fields(words: str) -> set[str]:
    return {name for _, name, _, _ in string.Formatter().parse(words) if name}


def test_a_language_is_a_file_and_the_shipped_ones_are_all_there():
    folder = resources.files("cbe_desktop") / "assets" / "packets"
    files = {p.name[:-5] for p in folder.iterdir() if p.name.endswith(".json")}
    assert files == SHIPPED == set(LANGUAGES) == set(packet_languages()) == set(LABELS)
    assert LANGUAGES[0] == "en"
    for code in SHIPPED:
        meta = json.loads((folder / f"{code}.json").read_text(encoding="utf-8"))["language"]
        assert meta["code"] == code and meta["name"] and meta["notes"], code
    assert language("ar").rtl and not language("zh").rtl
    assert language("zh").wrap == "cjk" and language("es").pdf_lang == "es-US"


@pytest.mark.parametrize("lang", sorted(SHIPPED - {"en"}))
def test_every_language_has_every_word_with_the_same_blanks(lang):
    english, other = LABELS["en"], LABELS[lang]
    assert set(other) == set(english), set(other) ^ set(english)
    assert [k for k, words in other.items() if not words.strip()] == []
    for key, words in english.items():
        assert fields(words) == fields(other[key]), (lang, key)


@pytest.mark.parametrize("lang", sorted(SHIPPED - {"en"}))
def test_the_family_words_are_translated_not_left_in_english(lang):
    english, other = LABELS["en"], LABELS[lang]
    same = [
        k
        for k in english
        if english[k] == other[k] and fields(english[k]) != {english[k].strip("{}")}
        and english[k] not in ("—", "{group} ({count})", "{minutes} min")
        and not k.startswith("mon_")
    ]  # fmt: skip
    assert same == [], (lang, same)


def test_the_spanish_wording_families_asked_for():
    es = LABELS["es"]
    text = " ".join(es.values())
    assert "onferencia" not in text  # a conference is a "reunión"
    assert es["col_due"] == "Fecha límite"  # not "Entrega"
    assert es["sign_family"] == "Familia"  # not "Familiar"
    assert "Ya demostré esta meta bien" not in text
    assert es["no_evidence_kind"] != "Todavía no hay evidencias: aquí se va a ver mi aprendizaje."
    assert "reunión" in es["kicker"].casefold()


def test_dates_are_written_as_each_language_writes_them():
    assert Labels("en").date("2026-11-03") == "November 3, 2026"
    assert Labels("es").date("2026-11-03") == "3 de noviembre de 2026"
    assert Labels("es").date("2026-09-27", short=True) == "27 sep"
    assert Labels("zh").date("2026-11-03") == "2026年11月3日"
    assert Labels("vi").date("2026-11-03") == "ngày 3 tháng 11 năm 2026"
    assert Labels("pt").date("2026-11-03") == "3 de novembro de 2026"
    assert Labels("ar").date("2026-11-03") == "3 نوفمبر 2026"
    assert Labels("en").date("not a date") == "not a date"


def test_the_programs_own_level_words_are_translated_and_a_teachers_are_not():
    es = Labels("es")
    assert es.level("Proficient") == "Competente"
    assert Labels("zh").level("Proficient") == "熟练"
    assert es.level("Rarely") == "Casi nunca"
    assert es.level("Meets the standard") == "Meets the standard"
    assert es.level_plain("Meets the standard", "As the teacher wrote it") == (
        "As the teacher wrote it"
    )
    assert es.status("no_evidence") == "Sin evaluar aún"
    assert es.support("small_group") == "Grupo pequeño con mi docente"
    assert es.support("Tutoring on Tuesdays") == "Tutoring on Tuesdays"
    assert Labels("ar").language("es") == "الإسبانية"
