"""School-wide views: every class's progress, a student across classes and teachers,
needs-attention across the school, and equity with small groups suppressed; on a
laptop's file and on a hub, where each login sees only what row-level security lets it."""

from __future__ import annotations

import itertools
from datetime import date

import pytest
from school_data import IN_FIRST, STUDENTS, build_school

from cbe_desktop.core import hub, school
from cbe_desktop.core.errors import NotFoundError
from cbe_desktop.core.store import Store
from cbe_desktop.sync.hub import sync_with_hub

TODAY = date(2026, 11, 20)
_RUN = itertools.count(1)


@pytest.mark.both_backends
def test_the_principal_reads_every_class_progress_as_its_gradebook_computes_it(store):
    built = build_school(store)
    with store.read() as session:
        rows = school.school_progress(session)
        since = school.school_progress(session, since="2026-10-10")
    assert [(r.name, r.students, r.targets) for r in rows] == [
        ("Math 7 — P1", 14, 2),
        ("Math 7 — P2", 12, 2),
    ]
    first, second = rows
    # P1: ten students proficient on 7.RP.1 (the four with an IEP scored 2), none on 7.RP.2.
    assert (first.proficient, first.cells, first.open_not_yet, first.evidence) == (10, 28, 2, 30)
    assert second.share_proficient == pytest.approx(0.5)
    assert (second.open_not_yet, second.evidence) == (1, 25)
    assert [r.evidence for r in since] == [2, 1]  # only the "not yet" work is that recent
    assert {r.class_id for r in rows} == set(built.class_ids)


@pytest.mark.both_backends
def test_equity_suppresses_every_group_under_eleven_and_the_group_that_would_give_it_away(
    store,
):
    build_school(store)
    with store.read() as session:
        found = school.equity(session)
    assert found.students == STUDENTS
    by = {kind: {f.value: f for f in figures} for kind, figures in found.kinds.items()}
    # Gender: two groups of 13, both shown.
    assert by["gender"]["male"].students == 13
    assert by["gender"]["female"].share_proficient == pytest.approx(11 / 26)
    assert (by["gender"]["male"].open_not_yet, by["gender"]["female"].open_not_yet) == (2, 1)
    # IEP: 4 students (fewer than 11): suppressed, and "no" too, or 26 - 22 would tell.
    assert by["iep"]["yes"].suppressed == "small"
    assert by["iep"]["no"].suppressed == "complementary"
    for figure in by["iep"].values():
        assert (figure.students, figure.share_proficient, figure.open_not_yet) == (None,) * 3
    # English learners: 2 with nothing recorded (suppressed), then the smaller of the shown
    # groups (11 "yes") too; the 13 "no" stay shown.
    el = by["english_learner"]
    assert el["not_recorded"].suppressed == "small"
    assert el["yes"].suppressed == "complementary" and el["yes"].students is None
    assert (el["no"].students, el["no"].share_proficient) == (13, pytest.approx(9 / 26))
    # No shown figure, with the school's total, gives a suppressed group's size away.
    for figures in found.kinds.values():
        hidden = [f for f in figures if f.suppressed]
        assert len(hidden) != 1
    assert school.fewer_than() == "fewer than 11"


def test_a_school_of_fewer_than_eleven_students_does_not_give_its_total(tmp_path):
    from cbe_desktop.core.roster import archive_student

    with Store.open(tmp_path / "small") as store:
        built = build_school(store, only="second")  # one class of 12 students
        with store.read() as session:
            twelve = school.equity(session)
        for student_id in built.student_ids[:2]:  # two leave: 10 are left
            archive_student(store, student_id)
        with store.read() as session:
            ten = school.equity(session)
    assert twelve.students == 12
    # One grade of 10 students: the group is hidden, and the total would tell it: hidden too.
    assert ten.students is None
    assert [(f.value, f.suppressed) for f in ten.kinds["grade"]] == [("7", "small")]


def test_needs_attention_across_the_school_is_what_each_class_insights_page_says(tmp_path):
    from cbe_desktop.core.insights import needs_attention

    with Store.open(tmp_path / "school") as store:
        built = build_school(store)
        with store.read() as session:
            items = school.school_attention(session, today=TODAY)
            each = [
                a for cid in built.class_ids for a in needs_attention(session, cid, today=TODAY)
            ]
    assert [a.item for a in items] == each
    assert {a.class_name for a in items} == {"Math 7 — P1", "Math 7 — P2"}
    assert all(a.teachers == ("Ms. Rivera",) for a in items)
    # Every student's evidence is seven weeks old and nobody is proficient on 7.RP.2.
    assert {a.item.kind for a in items} >= {"no_recent_evidence"}
    ranked = school.attention_by_student(items)
    assert ranked[0].classes == 1 and len(ranked) == STUDENTS


def test_one_student_across_classes_names_each_class_and_who_teaches_it(tmp_path):
    with Store.open(tmp_path / "school") as store:
        build_school(store)
        with store.read() as session:
            found = school.student_across(session, "S003")
            with pytest.raises(NotFoundError, match="no student called"):
                school.student_across(session, "Nobody Here")
    assert found.record.name == "Student03 Family"
    assert [c.label for c in found.record.classes] == ["Math 7 — P1 (Fall 2026)"]
    assert list(found.teachers.values()) == [("Ms. Rivera",)]
    assert found.record.open_not_yet == 0


def test_an_office_machine_names_the_teacher_whose_sync_file_brought_each_class(tmp_path):
    from cbe_desktop.sync.exchange import export_bundle, import_bundle

    with Store.open(tmp_path / "chen") as chen:
        build_school(chen, only="second")  # Mr. Chen's laptop
        export_bundle(chen, tmp_path / "chen.cbesync")
    with Store.open(tmp_path / "office") as office:
        import_bundle(office, tmp_path / "chen.cbesync")
        with office.read() as session:
            rows = school.school_progress(session)
    assert [(r.name, r.teachers) for r in rows] == [("Math 7 — P2", ("Mr. Chen",))]


def test_a_store_of_one_class_is_not_a_school_but_two_classes_are(tmp_path):
    with Store.open(tmp_path / "one") as one:
        build_school(one, only="first")
        with one.read() as session:
            assert not school.is_school_store(session)
    with Store.open(tmp_path / "two") as two:
        build_school(two)
        with two.read() as session:
            assert school.is_school_store(session)


# ----- on the hub: each login sees what row-level security lets it -------------------------


@pytest.fixture(scope="module")
def hub_school(new_hub_url_session, tmp_path_factory):
    """A hub with Rivera's and Chen's classes, each sent from the teacher's own laptop
    (student groups included), and an office login."""
    tmp = tmp_path_factory.mktemp("hub-school")
    admin = new_hub_url_session()
    hub.init_hub(admin, tmp / "admin")
    n = next(_RUN)
    urls = {}
    for who in ("rivera", "chen", "office"):
        login = f"{who}s{n}"
        secret = hub.add_person(admin, login, who.title(), office=who == "office")
        urls[who] = hub.with_secret(hub.url_for(admin, login), secret)
    for who, part in (("rivera", "first"), ("chen", "second")):
        with Store.open(tmp / who) as laptop:
            build_school(laptop, only=part)
            with Store.open_database(urls[who], tmp / f"{who}-files") as on_hub:
                sync_with_hub(laptop, on_hub)
    return {"urls": urls, "tmp": tmp}


def _views(url: str, folder):
    with Store.open_database(url, folder) as store, store.read() as session:
        return (
            school.school_progress(session),
            school.equity(session),
            school.school_attention(session, today=TODAY),
        )


def test_a_teachers_login_sees_only_their_own_class_in_the_school_views(hub_school):
    progress, equity, attention = _views(hub_school["urls"]["chen"], hub_school["tmp"] / "c")
    assert [(p.name, p.students) for p in progress] == [("Math 7 — P2", STUDENTS - IN_FIRST)]
    assert progress[0].teachers == ()  # a teacher may not read who teaches what
    assert equity.students == STUDENTS - IN_FIRST
    assert {a.class_name for a in attention} == {"Math 7 — P2"}
    with (
        Store.open_database(hub_school["urls"]["chen"], hub_school["tmp"] / "c2") as store,
        store.read() as session,
        pytest.raises(NotFoundError),
    ):
        school.student_across(session, "S003")  # Rivera's student


def test_the_office_login_sees_every_class_with_its_teacher(hub_school):
    progress, equity, attention = _views(hub_school["urls"]["office"], hub_school["tmp"] / "o")
    assert [(p.name, p.teachers) for p in progress] == [
        ("Math 7 — P1", ("Rivera",)),
        ("Math 7 — P2", ("Chen",)),
    ]
    assert equity.students == STUDENTS
    by = {f.value: f for f in equity.kinds["english_learner"]}
    assert by["no"].students == 13 and by["yes"].suppressed == "complementary"
    assert {a.class_name for a in attention} == {"Math 7 — P1", "Math 7 — P2"}
    office = Store.open_database(hub_school["urls"]["office"], hub_school["tmp"] / "o2")
    with office, office.read() as session:
        found = school.student_across(session, "S003")
    assert list(found.teachers.values()) == [("Rivera",)]
