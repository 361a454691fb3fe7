"""A teacher imports CASE packages as states publish them: with associations the gradebook
has no place for (isRelatedTo, exactMatchOf), and two packages that share one
CFDocument identifier by mistake."""

from __future__ import annotations

import json
from pathlib import Path

from sqlmodel import select

from cbe_desktop.core.models import Framework, Target
from cbe_desktop.interop.detect import parse_targets_bytes, read_targets
from cbe_desktop.services.importing import apply_targets_import, plan_targets_import

FIXTURES = Path(__file__).parent.parent / "fixtures" / "interop"
GRADE6 = FIXTURES / "case-1.1-grade6-math.json"
GRADE7 = FIXTURES / "case-1.1-grade7-math-same-document-id.json"  # grade 6's CFDocument id


def _plan(store, path: Path):
    with store.read() as session:
        return plan_targets_import(session, read_targets(path))


def _frameworks(store) -> dict[str, int]:
    with store.read() as session:
        return {
            fw.title: len(
                session.exec(
                    select(Target).where(Target.framework_id == fw.id, Target.deleted_hlc.is_(None))
                ).all()
            )
            for fw in session.exec(select(Framework)).all()
        }


def test_related_and_exact_match_links_are_counted_in_a_note(store):
    plan = _plan(store, GRADE7)

    assert (
        "3 association(s) of other kinds were left out (2 exactMatchOf, 1 isRelatedTo): the "
        "program keeps the tree (isChildOf) and prerequisites (precedes) only."
    ) in plan.notes


def test_a_second_package_with_the_same_document_id_becomes_its_own_framework(store):
    apply_targets_import(store, read_targets(GRADE6))

    plan = _plan(store, GRADE7)
    report = apply_targets_import(store, read_targets(GRADE7))

    assert [r.label for r in plan.new if r.kind == "framework"] == [
        "Example State Grade 7 Mathematics Standards"
    ]
    assert plan.notes[0] == (
        "case-1.1-grade7-math-same-document-id.json has the CASE identifier of the framework "
        "Example State Grade 6 Mathematics Standards already here, but another title and none "
        "of its items, so it is imported as a new framework "
        "(Example State Grade 7 Mathematics Standards)."
    )
    assert report.counts["updated"] == 0
    assert _frameworks(store) == {
        "Example State Grade 6 Mathematics Standards": 9,
        "Example State Grade 7 Mathematics Standards": 3,
    }


def test_each_package_sharing_an_identifier_updates_its_own_framework_on_reimport(store):
    apply_targets_import(store, read_targets(GRADE6))
    apply_targets_import(store, read_targets(GRADE7))

    for path in (GRADE6, GRADE7):
        plan = _plan(store, path)
        assert plan.counts()["new"] == plan.counts()["updated"] == 0, path.name
    edited = json.loads(GRADE7.read_text(encoding="utf-8"))
    edited["CFItems"][2]["fullStatement"] = "Recognize proportional relationships."

    parsed = parse_targets_bytes(json.dumps(edited).encode(), GRADE7.name)
    with store.read() as session:
        plan = plan_targets_import(session, parsed)

    assert [r.label for r in plan.updated] == ["7.RP.A.2 Recognize proportional relationships."]


def test_a_package_with_the_same_identifier_and_title_adds_its_items_and_says_so(store):
    apply_targets_import(store, read_targets(GRADE6))
    other = json.loads(GRADE7.read_text(encoding="utf-8"))
    other["CFDocument"]["title"] = "Example State Grade 6 Mathematics Standards"
    parsed = parse_targets_bytes(json.dumps(other).encode(), "grade6-part2.json")
    with store.read() as session:
        plan = plan_targets_import(session, parsed)

    assert plan.notes[0] == (
        "grade6-part2.json has the CASE identifier of the framework Example State Grade 6 "
        "Mathematics Standards already here but none of its items, so its items are added to "
        "that framework."
    )
    assert plan.counts_by_kind("new") == {"competency": 1, "target": 2}


def test_a_retitled_framework_says_its_new_title_in_the_plan(store):
    apply_targets_import(store, read_targets(GRADE6))
    retitled = json.loads(GRADE6.read_text(encoding="utf-8"))
    retitled["CFDocument"]["title"] = "Example State Grade 6 Mathematics (2025)"
    parsed = parse_targets_bytes(json.dumps(retitled).encode(), GRADE6.name)
    with store.read() as session:
        plan = plan_targets_import(session, parsed)

    [row] = [r for r in plan.updated if r.kind == "framework"]
    assert row.text() == (
        "framework Example State Grade 6 Mathematics Standards: title changed; its new title: "
        "Example State Grade 6 Mathematics (2025)"
    )
