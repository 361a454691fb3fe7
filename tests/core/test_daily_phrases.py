"""The sentences of a teacher's day (insights, the "not yet" plans, evidence, student voice,
conference prep and sync conflicts) read as English and can be said in Spanish."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date, timedelta

import pytest

from cbe_desktop.core import evidence, insights, voice
from cbe_desktop.core.errors import InvalidInputError, NotFoundError
from cbe_desktop.core.evidence import EvidenceEntry, add_evidence, open_revision
from cbe_desktop.core.gradebook import class_grid
from cbe_desktop.core.phrases import Phrase, message
from cbe_desktop.core.roster import add_class, add_student, align_target, enroll
from cbe_desktop.core.scales import create_default_scale
from cbe_desktop.core.store import Store
from cbe_desktop.core.targets import add_framework, add_target
from cbe_desktop.sync import conflicts

TODAY = date(2026, 10, 30)


def days_ago(n: int) -> str:
    return (TODAY - timedelta(days=n)).isoformat()


@pytest.fixture
def attention(store: Store) -> list[insights.Attention]:
    """One student with two "not yet" on 7.RP.1 and nothing for five weeks on 7.RP.3."""
    with store.transaction() as tx:
        scale = create_default_scale(tx)
        math = add_framework(tx, "Grade 7 Mathematics")
        rates = add_target(tx, math, code="7.RP.1", statement="Compute unit rates")
        percents = add_target(tx, math, code="7.RP.3", statement="Solve percent problems")
        school_class = add_class(tx, "Math 7", scale_id=scale.id)
        align_target(tx, school_class, rates, position=0)
        align_target(tx, school_class, percents, position=1)
        ana = add_student(tx, "Ana", "García")
        enroll(tx, school_class, ana)
        for n in (10, 3):
            first = add_evidence(
                tx,
                EvidenceEntry(
                    ana.id, rates.id, days_ago(n), 1, class_id=school_class.id, not_yet=True
                ),
            )
            open_revision(tx, first, "Redo problems 3-5.")
        add_evidence(
            tx, EvidenceEntry(ana.id, percents.id, days_ago(36), 2, class_id=school_class.id)
        )
        class_id = school_class.id
    with store.read() as session:
        return insights.needs_attention(session, class_id, today=TODAY)


def test_reasons_a_student_needs_attention_are_phrases(attention):
    reasons = {a.kind: a.reason for a in attention}
    assert reasons["repeated_not_yet"] == "2 'not yet' on 7.RP.1"
    assert reasons["no_recent_evidence"] == "No evidence on 7.RP.3 for 5 weeks"
    for reason in reasons.values():
        assert isinstance(reason, Phrase) and reason.context == "Insights"
    assert reasons["no_recent_evidence"].source == "No evidence on {target} for {weeks} weeks"


def test_one_week_is_its_own_sentence_not_an_english_plural():
    one = insights._no_recent_reason("7.RP.1", 1, scored=False)
    assert one == "No evidence yet on 7.RP.1, which the class began 1 week ago"
    assert "{weeks}" not in one.source


def test_a_group_line_says_the_level_word_as_the_programs_own_word():
    member = insights.GroupMember("s1", "Lucía", "not_yet", 1.0, "Beginning")
    words = member.status_words
    assert words == "Not yet, revision open (1 Beginning)"
    assert isinstance(words, Phrase)
    level = words.args["level"]
    assert isinstance(level, Phrase) and isinstance(level.args["level"], Phrase)
    text = insights.group_as_text([member], "7.RP.1")
    assert text == "7.RP.1 — not yet proficient (1):\nLucía — Not yet, revision open (1 Beginning)"
    assert isinstance(text, Phrase)


def test_the_pace_sentence_keeps_its_month_translatable():
    series = insights.PaceSeries(
        class_id="c",
        target_count=2,
        targets_per_week=0.5,
        week_ends=(date(2026, 10, 25),),
        planned=(0.5,),
        median=(1.0,),
        students=(insights.StudentPace("s1", "Mateo", (1,)),),
    )
    summary = series.summary(1, "s1")
    assert summary == "Week 1 (from 19 Oct): median 1 of 2 targets proficient, plan 0.5, Mateo 1."
    assert isinstance(summary.args["median"].args["month"], Phrase)
    assert series.summary(1) == "Week 1 (from 19 Oct): median 1 of 2 targets proficient, plan 0.5."


def test_voice_words_and_refusals_are_phrases():
    item = voice.VoiceItem("goal", "g1", "s1", None, "Finish the unit.", "2026-10-01", "teacher")
    assert (item.kind_words, item.author_words, item.author_name) == (
        "Goal",
        "written by the teacher",
        "the teacher",
    )
    assert all(
        isinstance(w, Phrase) for w in (item.kind_words, item.author_words, item.author_name)
    )
    with pytest.raises(InvalidInputError) as caught:
        voice.add_goal(None, "s1", "   ", "2026-10-01")  # type: ignore[arg-type]
    assert isinstance(message(caught.value), Phrase)
    assert voice.voice_gone("reflection") == "That reflection no longer exists."


def test_evidence_refusals_and_the_programs_own_plan_note_are_phrases(store: Store):
    with pytest.raises(InvalidInputError) as caught:
        evidence.create_task(store, None, "Quiz", "2026-10-01", target_ids=[])
    assert message(caught.value) == "Choose at least one target the task gives evidence for."
    assert isinstance(message(caught.value), Phrase)
    with pytest.raises(InvalidInputError) as caught:
        evidence.update_task(store, "t1", colour="red")
    assert str(caught.value) == "A task has no field 'colour'."
    assert isinstance(evidence.note_words(evidence.RETRACTED_NOTE), Phrase)
    assert not isinstance(evidence.RETRACTED_NOTE, Phrase)  # stored data stays plain
    assert not isinstance(evidence.note_words("Moved to next unit."), Phrase)
    with store.read() as session, pytest.raises(NotFoundError) as caught:
        class_grid(session, "no-such-class")
    assert isinstance(message(caught.value), Phrase)


def test_a_conflict_reads_in_phrases_with_the_owner_inside_the_button():
    mine = conflicts.VersionView("aaaaaaaa11", "Mr. Ortiz", True, "2026-10-01 10:00")
    theirs = conflicts.VersionView("bbbbbbbb22", "Ms. Rivera", False, "2026-10-01 11:00")
    view = conflicts.ConflictView(
        id="k1",
        table_name="student",
        row_id="s1",
        reason=conflicts.CONCURRENT_EDIT,
        what=conflicts.table_words("student"),
        which="Teo Hernández",
        why=conflicts.REASON_WORDS[conflicts.CONCURRENT_EDIT],
        mine=mine,
        theirs=theirs,
    )
    assert view.title == "A student: Teo Hernández"
    assert isinstance(view.title.args["what"], Phrase)
    assert view.take_label == "Take Ms. Rivera's version"
    assert isinstance(view.take_label.args["owner"], Phrase)
    assert theirs.owner == "Ms. Rivera's laptop (bbbbbbbb)"
    assert isinstance(view.sentence(), Phrase)
    assert conflicts.field_label("given_name") == "Given name"
    assert isinstance(conflicts.field_label("given_name"), Phrase)
    assert conflicts.table_words("student", plural=True) == "Students"


def test_the_sync_history_is_said_in_phrases():
    brought, details = conflicts._received_words(
        {
            "new": 0,
            "updated": 0,
            "unchanged": 4,
            "conflicts": 1,
            "tables": {"student": {"conflicts": 1}},
        }
    )
    assert brought == "0 new, 0 updated, 4 unchanged, 1 conflict"
    assert details == ("Students: 1 conflict",)
    assert isinstance(brought, Phrase) and isinstance(details[0], Phrase)
    line = conflicts.HistoryLine(
        "h1",
        "2026-10-01 10:00",
        "received",
        "bbbbbbbb22",
        "Ms. Rivera",
        "rivera-1.cbesync",
        brought,
    )
    assert line.sentence() == (
        "2026-10-01 10:00: Received rivera-1.cbesync from Ms. Rivera's laptop (bbbbbbbb): "
        "0 new, 0 updated, 4 unchanged, 1 conflict."
    )
    with pytest.raises(InvalidInputError) as caught:
        conflicts.coerce_field("target", "dok", "three")
    assert message(caught.value) == "Depth of knowledge is a number, not 'three'."
    assert isinstance(message(caught.value).args["field"], Phrase)


@pytest.fixture
def spanish(qapp) -> Iterator[None]:  # type: ignore[no-untyped-def]
    from cbe_desktop.ui import i18n

    assert i18n.install_translator(qapp, "es") == "es"
    try:
        yield
    finally:
        i18n.remove_translator(qapp)


def test_the_window_says_them_in_spanish(spanish, attention):
    from cbe_desktop.ui.i18n import say, say_error

    reasons = {a.kind: a.reason for a in attention}
    assert say(reasons["no_recent_evidence"]) == "Sin evidencias en 7.RP.3 desde hace 5 semanas"
    member = insights.GroupMember("s1", "Lucía", "not_yet", 1.0, "Beginning")
    assert say(member.status_words).startswith("Todavía no, revisión abierta (1 ")
    assert "Beginning" not in say(member.status_words)
    view_owner = conflicts.laptop_words("bbbbbbbb22", "Ms. Rivera")
    assert say(view_owner) == "Computadora de Ms. Rivera (bbbbbbbb)"
    assert say(conflicts.table_words("student", plural=True)) == "Estudiantes"
    assert (
        say_error(InvalidInputError(voice.voice_gone("goal"))) == "Esa meta personal ya no existe."
    )
