"""The demo: a 7th-grade math class a teacher would recognise, and a smaller science class.

The demo is built once for this module and only read by the tests below.
"""

from __future__ import annotations

import hashlib
from collections.abc import Iterator
from datetime import date

import pytest
from sqlmodel import Session, select

from cbe_desktop.core.demo import build_demo
from cbe_desktop.core.models import (
    Attachment,
    ClassTarget,
    Enrollment,
    Evidence,
    Framework,
    Goal,
    Reflection,
    Revision,
    RubricDescriptor,
    ScaleLevel,
    SchoolClass,
    Student,
    Target,
    Task,
)
from cbe_desktop.core.stats import live_counts
from cbe_desktop.core.store import Store

TODAY = date(2026, 11, 6)


@pytest.fixture(scope="module")
def demo(tmp_path_factory) -> Iterator[Store]:
    store = Store.open(tmp_path_factory.mktemp("demo"))
    result = build_demo(store, today=TODAY)
    assert result.created
    yield store
    store.close()


@pytest.fixture
def session(demo) -> Iterator[Session]:
    with demo.read() as s:
        yield s


def math_class(session: Session) -> SchoolClass:
    (found,) = [c for c in session.exec(select(SchoolClass)) if "Math" in c.name]
    return found


def science_class(session: Session) -> SchoolClass:
    (found,) = [c for c in session.exec(select(SchoolClass)) if "Science" in c.name]
    return found


def students_of(session: Session, school_class: SchoolClass) -> list[Student]:
    ids = {e.student_id for e in session.exec(select(Enrollment)) if e.class_id == school_class.id}
    return [s for s in session.exec(select(Student)) if s.id in ids]


def framework_of_kind(session: Session, kind: str, title_word: str = "") -> Framework:
    (found,) = [
        f for f in session.exec(select(Framework)) if f.kind == kind and title_word in f.title
    ]
    return found


def learning_targets(session: Session, framework: Framework) -> list[Target]:
    """The learning targets of a framework: the nodes under a competency."""
    return [
        t
        for t in session.exec(select(Target).where(Target.framework_id == framework.id))
        if t.parent_id is not None
    ]


def math_tasks(session: Session) -> list[Task]:
    return list(session.exec(select(Task).where(Task.class_id == math_class(session).id)))


# ----------------------------------------------------------------------------- the roster


def test_the_math_class_has_a_full_roster_of_at_least_26_students(session):
    assert len(students_of(session, math_class(session))) >= 26


def test_the_students_names_look_like_a_real_class(session):
    students = students_of(session, math_class(session))
    names = [f"{s.given_name} {s.family_name}" for s in students]
    assert any(any(ord(ch) > 127 for ch in name) for name in names), "accents: José, Zoë..."
    assert any("-" in s.family_name for s in students), "hyphenated: Müller-Brandt"
    assert any(" " in s.family_name.strip() for s in students), "two family names: García López"
    assert len(set(names)) == len(names)


def test_some_families_read_their_reports_in_spanish(session):
    languages = [s.family_language for s in students_of(session, math_class(session))]
    assert "es" in languages
    assert "en" in languages


def test_there_is_a_second_smaller_science_class(session):
    science, math = science_class(session), math_class(session)
    assert 0 < len(students_of(session, science)) < len(students_of(session, math))


# ----------------------------------------------------------------------------- the targets


def test_the_math_framework_has_competencies_and_at_least_12_learning_targets(session):
    math_fw = framework_of_kind(session, "academic", "Math")
    nodes = list(session.exec(select(Target).where(Target.framework_id == math_fw.id)))
    competencies = [t for t in nodes if t.parent_id is None]
    assert len(competencies) >= 2
    assert len(learning_targets(session, math_fw)) >= 12


def test_every_math_target_has_an_i_can_statement_and_four_rubric_descriptors(session):
    math_fw = framework_of_kind(session, "academic", "Math")
    for target in learning_targets(session, math_fw):
        assert target.i_can.strip(), target.code
        assert target.i_can.startswith("I can")
        descriptors = session.exec(
            select(RubricDescriptor).where(RubricDescriptor.target_id == target.id)
        ).all()
        assert sorted(d.level_value for d in descriptors) == [1, 2, 3, 4], target.code
        assert all(d.text.strip() for d in descriptors)


def test_the_math_class_teaches_every_math_target(session):
    math = math_class(session)
    aligned = {ct.target_id for ct in session.exec(select(ClassTarget)) if ct.class_id == math.id}
    math_fw = framework_of_kind(session, "academic", "Math")
    assert {t.id for t in learning_targets(session, math_fw)} <= aligned


def test_habits_of_work_are_a_framework_of_their_own_with_their_own_scale(session):
    habits_fw = framework_of_kind(session, "habits")
    habits = list(session.exec(select(Target).where(Target.framework_id == habits_fw.id)))
    assert len(habits) >= 3
    assert habits_fw.scale_id is not None
    habit_labels = {
        lv.label
        for lv in session.exec(select(ScaleLevel).where(ScaleLevel.scale_id == habits_fw.scale_id))
    }
    math = math_class(session)
    class_labels = {
        lv.label
        for lv in session.exec(select(ScaleLevel).where(ScaleLevel.scale_id == math.scale_id))
    }
    assert habits_fw.scale_id != math.scale_id
    assert len(habit_labels) >= 3
    assert habit_labels.isdisjoint(class_labels)


# ----------------------------------------------------------------------------- the term


def test_the_math_class_has_at_least_ten_tasks_over_eight_weeks_or_more(session):
    tasks = math_tasks(session)
    assert len(tasks) >= 10
    dates = sorted(date.fromisoformat(t.date) for t in tasks)
    assert (dates[-1] - dates[0]).days >= 49
    assert dates[-1] <= TODAY


def test_the_tasks_mix_formative_practice_and_summative_assessment(session):
    purposes = {t.purpose for t in math_tasks(session)}
    assert {"formative", "summative"} <= purposes


def test_most_students_have_evidence_on_most_math_targets(session):
    math = math_class(session)
    students = {s.id for s in students_of(session, math)}
    targets = {
        t.id for t in learning_targets(session, framework_of_kind(session, "academic", "Math"))
    }
    scored_pairs = {
        (e.student_id, e.target_id)
        for e in session.exec(select(Evidence).where(Evidence.status == "scored"))
        if e.student_id in students and e.target_id in targets
    }
    assert len(scored_pairs) >= 0.8 * len(students) * len(targets)


def test_some_work_is_missing_and_some_is_excused(session):
    math = math_class(session)
    statuses = [
        e.status for e in session.exec(select(Evidence).where(Evidence.class_id == math.id))
    ]
    assert statuses.count("missing") >= 1
    assert statuses.count("excused") >= 1


def test_several_not_yet_revisions_are_still_open_each_with_a_next_step(session):
    open_revisions = session.exec(select(Revision).where(Revision.state == "open")).all()
    assert len(open_revisions) >= 6
    for revision in open_revisions:
        assert revision.next_step.strip()
        not_yet = session.get(Evidence, revision.evidence_id)
        assert not_yet is not None and not_yet.not_yet
        assert (not_yet.student_id, not_yet.target_id) == (revision.student_id, revision.target_id)


def test_revised_work_shows_growth_over_the_not_yet_it_revises(session):
    revisions = session.exec(select(Evidence).where(Evidence.revision_of.is_not(None))).all()
    grew = 0
    for again in revisions:
        first = session.get(Evidence, again.revision_of)
        assert first is not None
        assert (first.student_id, first.target_id) == (again.student_id, again.target_id)
        assert again.produced_on >= first.produced_on
        if again.level is not None and first.level is not None and again.level > first.level:
            grew += 1
    assert grew >= 4


def test_every_resolved_revision_points_at_the_evidence_that_revised_it(session):
    for revision in session.exec(select(Revision).where(Revision.state == "revised")):
        again = session.get(Evidence, revision.resolved_by)
        assert again is not None
        assert again.revision_of == revision.evidence_id


def test_every_student_has_a_goal_and_a_reflection(session):
    students = session.exec(select(Student)).all()
    with_goal = {g.student_id for g in session.exec(select(Goal)) if g.text.strip()}
    with_reflection = {r.student_id for r in session.exec(select(Reflection)) if r.text.strip()}
    for student in students:
        assert student.id in with_goal, student.display_name
        assert student.id in with_reflection, student.display_name


def test_photos_of_student_work_are_kept_beside_the_database_and_match_their_checksum(
    demo, session
):
    attachments = session.exec(select(Attachment)).all()
    assert attachments
    for attachment in attachments:
        blob = demo.blobs_dir / attachment.sha256
        assert blob.is_file()
        data = blob.read_bytes()
        assert hashlib.sha256(data).hexdigest() == attachment.sha256
        assert len(data) == attachment.size
    used = {a for e in session.exec(select(Evidence)) for a in e.attachment_ids}
    assert used & {a.id for a in attachments}, "some evidence shows its photo"


# ----------------------------------------------------------------------------- repeatable


def test_running_demo_twice_adds_nothing(store):
    build_demo(store, today=TODAY)
    with store.read() as s:
        first = live_counts(s)
    again = build_demo(store, today=TODAY)
    assert again.created is False
    assert again.changes.empty
    with store.read() as s:
        assert live_counts(s) == first


def test_the_demo_is_the_same_on_every_laptop(demo, store):
    build_demo(store, today=TODAY)
    with demo.read() as a, store.read() as b:
        assert live_counts(a) == live_counts(b)
        assert sorted(t.title for t in a.exec(select(Task))) == sorted(
            t.title for t in b.exec(select(Task))
        )
        assert sorted(e.level or 0 for e in a.exec(select(Evidence))) == sorted(
            e.level or 0 for e in b.exec(select(Evidence))
        )


# ------------------------------------------------------- identifiers (issue 21, items 2-3)
def _identifiers(store: Store) -> dict[str, set[str]]:
    with store.read() as session:
        return {
            "frameworks": {f.source_id for f in session.exec(select(Framework))},
            "targets": {t.source_id for t in session.exec(select(Target))},
            "classes": {c.source_id for c in session.exec(select(SchoolClass))},
            "students": {s.source_id for s in session.exec(select(Student))},
            "student numbers": {s.student_number for s in session.exec(select(Student))},
        }


def test_the_demo_carries_the_identifiers_a_districts_data_would(tmp_path):
    import json
    import uuid

    from cbe_desktop.services.importing import export_targets

    with Store.open(tmp_path / "en") as store:
        build_demo(store)
        found = _identifiers(store)
        with store.read() as session:
            math = session.exec(
                select(Framework).where(Framework.title.startswith("Grade 7 M"))
            ).one()
            case = json.loads(export_targets(session, math.id, "case"))
            targets = {
                t.source_id
                for t in session.exec(select(Target).where(Target.framework_id == math.id))
            }
    for kind, values in found.items():
        assert None not in values and "" not in values, kind
        if kind != "student numbers":
            assert all(uuid.UUID(v) for v in values), kind
    # The CASE export names each item by the demo's own identifier.
    assert {item["identifier"] for item in case["CFItems"]} == targets
    assert case["CFDocument"]["identifier"] == math.source_id


def test_the_spanish_demo_has_identifiers_of_its_own_and_each_language_keeps_its_own(tmp_path):
    built = {}
    for name, language in (("en", "en"), ("en-again", "en"), ("es", "es")):
        with Store.open(tmp_path / name) as store:
            build_demo(store, language=language)
            built[name] = _identifiers(store)
    for kind in built["en"]:
        assert built["en"][kind] == built["en-again"][kind], kind  # the same demo, the same ids
        assert not built["en"][kind] & built["es"][kind], kind  # two demos never merge
