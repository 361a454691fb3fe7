"""The demo class in Spanish: the same class as the English one, in other words.

Same seed, same dates, same levels, same counts; only the texts differ. Student names,
target codes and the program's own scale words (which the interface translates) stay.
"""

from __future__ import annotations

import json
import re
import sqlite3
from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest
from sqlmodel import Session, select

from cbe_desktop.core.demo import build_demo, find_demo_class
from cbe_desktop.core.demo_es import SPANISH, demo_words
from cbe_desktop.core.gradebook import class_grid
from cbe_desktop.core.models import (
    Evidence,
    Goal,
    Reflection,
    Revision,
    SchoolClass,
    Showcase,
    Student,
    Target,
    Task,
)
from cbe_desktop.core.scales import _PROGRAM_WORDS
from cbe_desktop.core.stats import live_counts
from cbe_desktop.core.store import Store

TODAY = date(2026, 11, 6)

#: Columns that hold no words to translate: ids and clocks, codes, dates, fixed vocabularies
#: the program translates itself (purpose, status, support...), numbers kept as text.
NOT_WORDS = {
    "id",
    "hlc",
    "origin",
    "deleted_hlc",
    "base_hlc",
    "seen_hlc",
    "source_id",
    "supersedes",
    "revision_of",
    "resolved_by",
    "code",
    "level",
    "grade",
    "colour",
    "kind",
    "method",
    "purpose",
    "task_type",
    "evidence_type",
    "status",
    "support",
    "state",
    "author",
    "media_type",
    "sha256",
    "date",
    "produced_on",
    "due_on",
    "opened_on",
    "written_on",
    "key",
    "student_number",
    "family_language",
    "replica_id",
    "last_hlc",
    "home",
    "created_at",
    "direction",
    "reason",
    "table_name",
}
#: Tables whose words are not the demo's to translate: names, and the program's own rows.
#: target_wording holds each demo's targets in the other language on purpose (the English
#: demo's in Spanish, the Spanish demo's in English): see the test of its own below.
NOT_TRANSLATED_TABLES = {"student", "replica", "alembic_version", "target_wording"}
#: The settings the demo writes (the others are the program's: language, zoom...).
DEMO_SETTINGS = {"teacher", "school"}

#: Words that are common in English and are not Spanish words (so no false alarms on
#: "a", "no", "me", "de"...). Matched as whole words, any case.
ENGLISH_WORDS = (
    "the",
    "and",
    "with",
    "your",
    "you",
    "of",
    "is",
    "are",
    "to",
    "for",
    "this",
    "that",
    "my",
    "will",
    "want",
    "when",
    "work",
    "it",
    "can",
    "not",
    "yet",
    "at",
    "on",
    "in",
    "help",
    "how",
    "good",
    "nice",
    "problems",
    "numbers",
    "step",
    "steps",
    "I",
    "Math",
    "Science",
    "Fall",
    "Spring",
    "Period",
    "Grade",
    "sample",
    "Ms",
    "Middle",
    "School",
)
ENGLISH = re.compile(r"\b(?:" + "|".join(ENGLISH_WORDS) + r")\b", re.IGNORECASE)


def _build(path: Path, language: str) -> Store:
    store = Store.open(path)
    result = build_demo(store, today=TODAY, language=language)
    assert result.created
    return store


@pytest.fixture(scope="module")
def english(tmp_path_factory) -> Iterator[Store]:
    store = _build(tmp_path_factory.mktemp("demo-en"), "en")
    yield store
    store.close()


@pytest.fixture(scope="module")
def spanish(tmp_path_factory) -> Iterator[Store]:
    store = _build(tmp_path_factory.mktemp("demo-es"), "es")
    yield store
    store.close()


def stored_texts(store: Store) -> dict[tuple[str, str], list[str]]:
    """Every text the demo wrote that a teacher would read, by (table, column), in a stable
    order; names, codes, fixed vocabularies and the program's own scale words left out."""
    found: dict[tuple[str, str], list[str]] = {}
    con = sqlite3.connect(store.db_path)
    try:
        tables = [r[0] for r in con.execute("SELECT name FROM sqlite_master WHERE type='table'")]
        for table in sorted(set(tables) - NOT_TRANSLATED_TABLES):
            columns = [
                (r[1], (r[2] or "").upper()) for r in con.execute(f"PRAGMA table_info('{table}')")
            ]
            for column, kind in columns:
                if column in NOT_WORDS or column.endswith("_id") or column.endswith("_ids"):
                    continue
                if table == "setting" and column == "value":
                    sql = "SELECT key, value FROM setting ORDER BY key"
                    rows = [v for k, v in con.execute(sql) if k in DEMO_SETTINGS]
                elif "CHAR" in kind or "TEXT" in kind:
                    rows = [r[0] for r in con.execute(f"SELECT {column} FROM '{table}'")]
                else:
                    continue  # numbers, booleans, JSON lists of ids
                texts = sorted(
                    v for v in rows if isinstance(v, str) and v.strip() and v not in _PROGRAM_WORDS
                )
                if texts:
                    found[(table, column)] = texts
    finally:
        con.close()
    return found


def english_in(texts: dict[tuple[str, str], list[str]]) -> list[str]:
    return [
        f"{table}.{column}: {text!r} ({', '.join(ENGLISH.findall(text))})"
        for (table, column), values in texts.items()
        for text in values
        if ENGLISH.search(text)
    ]


def the_class(session: Session, kind: str) -> SchoolClass:
    """The demo's math or science class, in whichever language it was written."""
    found = find_demo_class(session, kind)
    assert found is not None
    return found


def term_by_facts(session: Session) -> dict[str, list]:
    """Everything but the words: who, which target, when, what level, in a stable order."""
    names = {s.id: s.display_name for s in session.exec(select(Student))}
    codes = {t.id: t.code for t in session.exec(select(Target))}
    return {
        "evidence": sorted(
            (
                names[e.student_id],
                codes[e.target_id],
                e.produced_on,
                e.level,
                e.status,
                e.not_yet,
                e.evidence_type,
                e.revision_of is not None,
                len(e.attachment_ids),
            )
            for e in session.exec(select(Evidence))
        ),
        "revisions": sorted(
            (names[r.student_id], codes[r.target_id], r.due_on, r.support, r.state, r.opened_on)
            for r in session.exec(select(Revision))
        ),
        "tasks": sorted(
            (t.date, t.purpose, t.task_type, tuple(sorted(codes[i] for i in t.target_ids)))
            for t in session.exec(select(Task))
        ),
        "goals": sorted((names[g.student_id], g.written_on) for g in session.exec(select(Goal))),
        "reflections": sorted(
            (names[r.student_id], r.written_on) for r in session.exec(select(Reflection))
        ),
        "showcases": sorted(
            (names[s.student_id], s.position) for s in session.exec(select(Showcase))
        ),
    }


def grids(session: Session) -> list[list]:
    """The mastery grids of both classes (and the habits), as numbers and level words."""
    out = []
    for source in ("math", "science"):
        school_class = the_class(session, source)
        for habits in (False, True):
            grid = class_grid(session, school_class.id, habits=habits)
            for r, student in enumerate(grid.students):
                for c, target in enumerate(grid.targets):
                    cell = grid.cell(r, c)
                    out.append(
                        [
                            student.name,
                            target.code,
                            cell.method,
                            None if cell.estimate is None else round(cell.estimate, 4),
                            cell.level.label if cell.level else None,
                            cell.status,
                            cell.evidence_count,
                            cell.open_not_yet,
                            cell.missing,
                            cell.excused,
                        ]
                    )
    return out


def row_counts(store: Store) -> dict[str, int]:
    con = sqlite3.connect(store.db_path)
    try:
        tables = [r[0] for r in con.execute("SELECT name FROM sqlite_master WHERE type='table'")]
        return {
            t: con.execute(f"SELECT count(*) FROM '{t}'").fetchone()[0]
            for t in sorted(tables)
            if t not in {"replica", "alembic_version"}
        }
    finally:
        con.close()


# ----------------------------------------------------------------------------- the same class


def test_the_spanish_demo_counts_the_same_rows_in_every_table(english, spanish):
    with english.read() as en, spanish.read() as es:
        assert live_counts(es) == live_counts(en)
    assert row_counts(spanish) == row_counts(english)


def test_the_spanish_demo_has_the_same_dates_levels_and_choices(english, spanish):
    with english.read() as en, spanish.read() as es:
        assert term_by_facts(es) == term_by_facts(en)
        assert grids(es) == grids(en)


def test_the_spanish_demo_is_the_same_on_every_laptop(spanish, tmp_path):
    with _build(tmp_path / "again", "es") as again, again.read() as b, spanish.read() as a:
        first = json.dumps([live_counts(a), grids(a)], ensure_ascii=False, sort_keys=True)
        second = json.dumps([live_counts(b), grids(b)], ensure_ascii=False, sort_keys=True)
        assert second == first
    assert stored_texts(again) == stored_texts(spanish)


@pytest.mark.parametrize(("first", "then"), [("es", "es"), ("es", "en"), ("en", "es")])
def test_building_the_demo_again_in_either_language_adds_nothing(tmp_path, first, then):
    with _build(tmp_path / "data", first) as store:
        with store.read() as session:
            before = live_counts(session)
        texts = stored_texts(store)
        rows = row_counts(store)
        again = build_demo(store, today=TODAY, language=then)
        assert again.created is False and again.changes.empty
        with store.read() as session:
            assert live_counts(session) == before
        assert stored_texts(store) == texts
        assert row_counts(store) == rows  # not one row more, deleted or not, in any table


# ----------------------------------------------------------------------------- in Spanish


def test_no_stored_text_of_the_spanish_demo_is_english(spanish):
    texts = stored_texts(spanish)
    # The check looks where the demo writes: targets, rubrics, tasks, feedback, next steps...
    assert {
        ("target", "statement"),
        ("target", "i_can"),
        ("rubric_descriptor", "text"),
        ("task", "title"),
        ("evidence", "feedback"),
        ("revision", "next_step"),
        ("goal", "text"),
        ("reflection", "text"),
        ("showcase", "note"),
        ("school_class", "name"),
        ("school_class", "term"),
        ("school_class", "subject"),
        ("framework", "title"),
        ("attachment", "file_name"),
        ("setting", "value"),
    } <= set(texts)
    assert english_in(texts) == []


def test_the_english_check_finds_the_english_demo(english):
    """The check above can fail: on the English demo it finds English in every place."""
    texts = stored_texts(english)
    found = english_in(texts)
    assert len(found) > 500
    places = {line.split(":")[0] for line in found}
    assert places >= {
        "target.statement",
        "target.i_can",
        "rubric_descriptor.text",
        "task.title",
        "evidence.feedback",
        "revision.next_step",
        "goal.text",
        "reflection.text",
        "showcase.note",
        "school_class.name",
        "school_class.term",
        "school_class.subject",
        "framework.title",
        "attachment.file_name",
        "setting.value",
    }


def test_no_text_of_the_spanish_demo_is_left_as_the_english_one(english, spanish):
    """Short texts with no common English word (a subject, a term) are caught here."""
    en, es = stored_texts(english), stored_texts(spanish)
    assert set(en) == set(es)
    for place, values in es.items():
        assert set(values).isdisjoint(en[place]), place


def test_names_codes_and_the_programs_scale_words_stay_as_they_are(english, spanish):
    with english.read() as en, spanish.read() as es:
        for model, field in ((Student, "given_name"), (Student, "family_name"), (Target, "code")):
            assert sorted(getattr(r, field) for r in en.exec(select(model))) == sorted(
                getattr(r, field) for r in es.exec(select(model))
            )
        math = the_class(es, "math")
        assert math.name == "Matemáticas 7 — Periodo 2"
        assert math.term == "Otoño 2026"
        levels = {lv.label for lv in class_grid(es, math.id).scale.levels}
        assert levels == {"Beginning", "Developing", "Proficient", "Extending"}


def test_every_i_can_is_a_puedo_and_the_rubrics_read_as_spanish(spanish):
    with spanish.read() as session:
        learning = [t for t in session.exec(select(Target)) if t.parent_id is not None]
        assert len(learning) == 17
        assert all(t.i_can.startswith("Puedo ") for t in learning)
    texts = stored_texts(spanish)[("rubric_descriptor", "text")]
    assert "Con ayuda, calcula tasas unitarias con fracciones en casos sencillos; " in " ".join(
        texts
    )
    assert any(t.startswith("Calcula tasas unitarias con fracciones en problemas") for t in texts)


def test_every_spanish_text_is_used_and_unknown_languages_are_refused(tmp_path, monkeypatch):
    """No dead entries: each English key of the table is a text the demo writes."""
    used: set[str] = set()

    def record(text: str) -> str:
        used.add(text)
        return text

    import cbe_desktop.core.demo as demo

    monkeypatch.setattr(demo, "demo_words", lambda language: record)
    for n, today in enumerate((TODAY, date(2027, 4, 1))):  # a term in the fall, one in spring
        with Store.open(tmp_path / f"record-{n}") as store:
            build_demo(store, today=today)
    monkeypatch.undo()
    assert set(SPANISH) == used
    with pytest.raises(ValueError):
        demo_words("fr")
    with pytest.raises(KeyError):
        demo_words("es")("An English sentence nobody translated.")


def test_each_demo_carries_its_targets_in_the_other_language_for_the_families(english, spanish):
    """The English demo's targets have their Spanish words, the Spanish demo's their
    English words: each is the other demo's own statement."""
    from cbe_desktop.core.targets import wordings

    def words(store, lang):
        with store.read() as session:
            codes = {t.id: t.code for t in session.exec(select(Target))}
            originals = {t.code: t.statement for t in session.exec(select(Target))}
            found = {codes[tid]: w[lang][0] for tid, w in wordings(session).items() if lang in w}
        return found, originals

    spanish_words, english_originals = words(english, "es")
    english_words, spanish_originals = words(spanish, "en")
    assert len(spanish_words) == len(english_originals) > 20
    assert spanish_words == spanish_originals and english_words == english_originals
