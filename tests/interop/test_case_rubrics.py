"""A district sends its rubrics with its standards (CASE CFRubrics), and a teacher's own
rubrics travel with the framework she exports."""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import jsonschema
import pytest
from PySide6.QtWidgets import QApplication
from sqlmodel import select

from cbe_desktop.core.errors import InvalidInputError
from cbe_desktop.core.models import Framework, RubricDescriptor, Target
from cbe_desktop.core.phrases import Phrase
from cbe_desktop.core.store import Store
from cbe_desktop.core.targets import rubric_for, save_rubric
from cbe_desktop.interop.case import RUBRIC_MAX_CHARS, RUBRIC_MAX_LEVELS
from cbe_desktop.interop.detect import parse_targets_bytes
from cbe_desktop.services.importing import apply_targets_import, export_targets, plan_targets_import

FIXTURES = Path(__file__).parent.parent / "fixtures" / "interop"
SCHEMA = json.loads((FIXTURES / "case-v1p1-cfpackage.schema.json").read_text(encoding="utf-8"))
TITLE = "District Grade 7 Ratios"
DOC = "7a000000-0000-4000-8000-000000000000"
RP = "7a000000-0000-4000-8000-000000000001"
RP1 = "7a000000-0000-4000-8000-000000000002"
RP2 = "7a000000-0000-4000-8000-000000000003"
WHEN = "2025-08-01T12:00:00Z"

# What work at each level looks like on 7.RP.1, as the district wrote it.
WORDS = {
    1: "With help, finds a unit rate in a whole-number case.",
    2: "Finds unit rates with fractions, with some errors.",
    3: "Finds unit rates with fractions accurately and explains them.",
    4: "Chooses and justifies unit rates in new, complex problems.",
}


def _link(identifier: str, title: str) -> dict[str, str]:
    return {"title": title, "identifier": identifier, "uri": f"urn:uuid:{identifier}"}


def _level(n: int, *, score: Any = None, position: Any = None, **fields: Any) -> dict[str, Any]:
    level: dict[str, Any] = {
        "identifier": f"7a00000c-0000-4000-8000-{n:012d}",
        "uri": f"urn:uuid:7a00000c-0000-4000-8000-{n:012d}",
        "lastChangeDateTime": WHEN,
        **fields,
    }
    if score is not None:
        level["score"] = score
    if position is not None:
        level["position"] = position
    return level


def _criterion(item: str, levels: Any, n: int = 1, title: str = "7.RP.1") -> dict[str, Any]:
    return {
        "identifier": f"7a00000b-0000-4000-8000-{n:012d}",
        "uri": f"urn:uuid:7a00000b-0000-4000-8000-{n:012d}",
        "CFItemURI": _link(item, title),
        "lastChangeDateTime": WHEN,
        "CFRubricCriterionLevels": levels,
    }


def _package(*criteria: dict[str, Any], rubrics: Any = None) -> dict[str, Any]:
    items = [
        (RP, "7.RP", "Ratios and proportional relationships", DOC, 1),
        (RP1, "7.RP.1", "Compute unit rates associated with ratios of fractions.", RP, 1),
        (RP2, "7.RP.2", "Recognize and represent proportional relationships.", RP, 2),
    ]
    package: dict[str, Any] = {
        "CFDocument": {
            "identifier": DOC,
            "uri": f"urn:uuid:{DOC}",
            "creator": "Example District",
            "title": TITLE,
            "lastChangeDateTime": WHEN,
        },
        "CFItems": [
            {
                "identifier": ident,
                "uri": f"urn:uuid:{ident}",
                "humanCodingScheme": code,
                "fullStatement": statement,
                "lastChangeDateTime": WHEN,
            }
            for ident, code, statement, _, _ in items
        ],
        "CFAssociations": [
            {
                "identifier": f"7a00000a-0000-4000-8000-{n:012d}",
                "uri": f"urn:uuid:7a00000a-0000-4000-8000-{n:012d}",
                "associationType": "isChildOf",
                "sequenceNumber": seq,
                "originNodeURI": _link(ident, code),
                "destinationNodeURI": _link(parent, "parent"),
                "lastChangeDateTime": WHEN,
            }
            for n, (ident, code, _, parent, seq) in enumerate(items)
        ],
    }
    if rubrics is not None:
        package["CFRubrics"] = rubrics
    elif criteria:
        package["CFRubrics"] = [
            {
                "identifier": "7a00000d-0000-4000-8000-000000000001",
                "uri": "urn:uuid:7a00000d-0000-4000-8000-000000000001",
                "title": "Grade 7 ratios rubric",
                "lastChangeDateTime": WHEN,
                "CFRubricCriteria": list(criteria),
            }
        ]
    return package


def _parsed(package: dict[str, Any], name: str = "district-ratios.json"):
    return parse_targets_bytes(json.dumps(package).encode("utf-8"), name)


def _district_levels(**extra: Any) -> list[dict[str, Any]]:
    """The district's four levels, scored 1 to 4, listed highest first as many tools do."""
    qualities = {1: "Beginning", 2: "Developing", 3: "Meets", 4: "Exceeds"}
    return [
        _level(n, score=n, quality=qualities[n], description=WORDS[n], **extra)
        for n in (4, 3, 2, 1)
    ]


def _rubric_of(store: Store, code: str) -> dict[float, str]:
    with store.read() as session:
        target = session.exec(
            select(Target).where(Target.code == code, Target.deleted_hlc.is_(None))
        ).one()
        return rubric_for(session, target.id)


def _target_id(store: Store, code: str) -> str:
    with store.read() as session:
        return session.exec(select(Target.id).where(Target.code == code)).one()


def _descriptor_stamps(store: Store) -> list[tuple[str, float, str, str]]:
    with store.read() as session:
        rows = session.exec(select(RubricDescriptor)).all()
    return sorted((r.target_id, r.level_value, r.text, r.hlc) for r in rows)


def _validator() -> jsonschema.Draft202012Validator:
    return jsonschema.Draft202012Validator(SCHEMA, format_checker=jsonschema.FormatChecker())


# ----- import ----------------------------------------------------------------------------


def test_a_district_rubric_in_the_case_file_fills_in_each_targets_levels(store):
    parsed = _parsed(_package(_criterion(RP1, _district_levels())))

    with store.read() as session:
        plan = plan_targets_import(session, parsed)
    rubric_rows = [r for r in plan.rows if r.kind == "rubric"]
    assert [(r.action, r.label, r.where) for r in rubric_rows] == [
        (
            "new",
            "7.RP.1 Compute unit rates associated with ratios of fractions.",
            "rubric criterion 1",
        )
    ]
    assert rubric_rows[0].reason == "1 Beginning, 2 Developing, 3 Proficient, 4 Extending"
    assert "  New        5 (1 framework, 1 competency, 2 targets, 1 rubric)" in plan.lines()

    report = apply_targets_import(store, parsed)

    assert report.counts["rejected"] == 0
    assert _rubric_of(store, "7.RP.1") == {float(n): text for n, text in WORDS.items()}
    assert _rubric_of(store, "7.RP.2") == {}  # no criterion for it: no rubric invented


def test_the_districts_feedback_follows_the_description_of_its_level(store):
    levels = _district_levels()
    levels[0]["feedback"] = "Ask a classmate for a new problem and try it your own way."
    apply_targets_import(store, _parsed(_package(_criterion(RP1, levels))))

    assert _rubric_of(store, "7.RP.1")[4.0] == (
        WORDS[4] + "\n\nAsk a classmate for a new problem and try it your own way."
    )


def test_a_rubric_scored_zero_to_three_is_matched_to_the_scale_lowest_to_highest(store):
    levels = [_level(n, score=n - 1, description=WORDS[n]) for n in (2, 4, 1, 3)]

    apply_targets_import(store, _parsed(_package(_criterion(RP1, levels))))

    # Scores 0..3 are not the scale's 1..4, but there are four of each: in order.
    assert _rubric_of(store, "7.RP.1") == {float(n): text for n, text in WORDS.items()}


def test_a_rubric_without_scores_is_matched_by_its_positions(store):
    levels = [_level(n, position=n + 10, description=WORDS[n]) for n in (3, 1, 4, 2)]

    apply_targets_import(store, _parsed(_package(_criterion(RP1, levels))))

    assert _rubric_of(store, "7.RP.1") == {float(n): text for n, text in WORDS.items()}


def test_a_rubric_for_only_some_levels_fills_in_those_levels_by_score(store):
    levels = [_level(n, score=n, description=WORDS[n]) for n in (3, 4)]

    apply_targets_import(store, _parsed(_package(_criterion(RP1, levels))))

    assert _rubric_of(store, "7.RP.1") == {3.0: WORDS[3], 4.0: WORDS[4]}


def test_a_rubric_that_fits_the_scale_neither_way_is_left_out_with_a_note_saying_why(store):
    levels = [_level(n, score=score, description=WORDS[n]) for n, score in ((1, 10), (2, 20))]
    parsed = _parsed(_package(_criterion(RP1, levels)))

    with store.read() as session:
        plan = plan_targets_import(session, parsed)
    report = apply_targets_import(store, parsed)

    note = (
        "The rubric of 7.RP.1 was left out: its 2 levels match neither the scores nor the "
        "number of levels of the scale Four levels (Beginning to Extending) "
        "(1 Beginning, 2 Developing, 3 Proficient, 4 Extending)."
    )
    assert note in plan.notes
    assert f"  Note: {note}" in plan.lines()
    assert not [r for r in plan.rows if r.kind == "rubric"]
    assert report.counts["new"] == 4  # the framework and its targets still come in
    assert _rubric_of(store, "7.RP.1") == {}


def test_reimporting_the_same_rubric_changes_nothing(store):
    parsed = _parsed(_package(_criterion(RP1, _district_levels())))
    apply_targets_import(store, parsed)
    before = _descriptor_stamps(store)

    with store.read() as session:
        plan = plan_targets_import(session, parsed)
    report = apply_targets_import(store, parsed)

    assert plan.counts() == {"new": 0, "updated": 0, "unchanged": 5, "removed": 0, "rejected": 0}
    assert plan.counts_by_kind("unchanged")["rubric"] == 1
    assert not report.plan.changes_anything
    assert _descriptor_stamps(store) == before


def test_the_districts_new_wording_updates_only_the_level_it_changed(store):
    apply_targets_import(store, _parsed(_package(_criterion(RP1, _district_levels()))))
    levels = _district_levels()
    levels[1]["description"] = "Finds unit rates with fractions accurately and explains why."

    with store.read() as session:
        plan = plan_targets_import(session, _parsed(_package(_criterion(RP1, levels))))
    apply_targets_import(store, _parsed(_package(_criterion(RP1, levels))))

    assert [(r.action, r.reason) for r in plan.rows if r.kind == "rubric"] == [
        ("updated", "3 Proficient changed")
    ]
    assert _rubric_of(store, "7.RP.1")[3.0] == (
        "Finds unit rates with fractions accurately and explains why."
    )
    assert _rubric_of(store, "7.RP.1")[2.0] == WORDS[2]


def test_a_level_the_file_leaves_empty_keeps_the_teachers_own_words(store):
    apply_targets_import(store, _parsed(_package()))
    save_rubric(store, _target_id(store, "7.RP.1"), {1.0: "My own words for beginners."})
    levels = _district_levels()
    levels[3]["description"] = ""  # level 1, listed last
    levels[3]["quality"] = ""

    apply_targets_import(store, _parsed(_package(_criterion(RP1, levels))))

    rubric = _rubric_of(store, "7.RP.1")
    assert rubric[1.0] == "My own words for beginners."
    assert rubric[4.0] == WORDS[4]


# ----- hostile and broken files ----------------------------------------------------------


def test_a_criterion_for_an_item_not_in_the_file_is_left_out_with_a_note(store):
    stranger = _criterion("7a000000-0000-4000-8000-0000000000ff", _district_levels(), 2, "8.EE.1")
    nowhere = {"identifier": "x", "CFRubricCriterionLevels": _district_levels()}
    parsed = _parsed(_package(stranger, nowhere, _criterion(RP1, _district_levels(), 3)))

    report = apply_targets_import(store, parsed)

    assert "2 rubric criteria name no item of this framework and were left out." in (
        report.plan.notes
    )
    assert report.counts["rejected"] == 0
    assert _rubric_of(store, "7.RP.1") == {float(n): text for n, text in WORDS.items()}


def test_a_criterion_with_absurdly_many_levels_is_rejected_and_nothing_is_imported(store):
    levels = [_level(n, score=n, description="x") for n in range(RUBRIC_MAX_LEVELS + 5)]
    parsed = _parsed(_package(_criterion(RP1, levels)))

    with store.read() as session:
        plan = plan_targets_import(session, parsed)
    with pytest.raises(InvalidInputError, match="Nothing was imported"):
        apply_targets_import(store, parsed)

    assert [(r.action, r.kind, r.reason) for r in plan.rejected] == [
        ("rejected", "rubric", "it has 25 levels, more than the 20 a rubric may have")
    ]
    with store.read() as session:
        assert session.exec(select(Framework)).all() == []  # all or nothing

    report = apply_targets_import(store, parsed, valid_rows=True)
    assert report.counts["new"] == 4 and _rubric_of(store, "7.RP.1") == {}


def test_broken_levels_give_a_rejected_row_or_a_note_never_a_crash(store):
    long_text = "word " * (RUBRIC_MAX_CHARS // 5 + 1)  # longer than any text the store keeps
    parsed = _parsed(
        _package(
            # score and position missing on one level: four levels, but no order
            _criterion(
                RP1,
                [_level(1, score=1, description="a"), _level(2, description="b")]
                + [_level(n, score=n, description="c") for n in (3, 4)],
            ),
            _criterion(RP2, ["not a level"], 2, "7.RP.2"),
            _criterion(RP, [_level(9, score=1, description=long_text)], 3, "7.RP"),
        )
    )

    with store.read() as session:
        plan = plan_targets_import(session, parsed)

    assert sorted((r.label.split()[0], r.reason) for r in plan.rejected) == [
        ("7.RP", f"a level's description is longer than {RUBRIC_MAX_CHARS:,} characters"),
        ("7.RP.2", "one of its levels is not a level"),
    ]
    assert (
        "The rubric of 7.RP.1 was left out: some of its levels have neither a score nor a "
        "position, so they cannot be matched to the levels of the scale Four levels "
        "(Beginning to Extending)." in plan.notes
    )


@pytest.mark.parametrize(
    "rubrics",
    [
        "not a list",
        [None, 7, {"CFRubricCriteria": "nope"}],
        [{"CFRubricCriteria": [None, [], {"CFItemURI": 12}]}],
        [{"CFRubricCriteria": [_criterion(RP1, "levels")]}],
        [{"CFRubricCriteria": [_criterion(RP1, [_level(1, score="NaN", position=1e400)])]}],
        [{"CFRubricCriteria": [_criterion(RP1, [_level(1, score=True, position="x")])]}],
    ],
)
def test_hostile_rubrics_never_crash_the_import_and_leave_the_store_whole(store, rubrics):
    package = _package(rubrics=rubrics)
    package["CFAssociations"][1]["sequenceNumber"] = float("inf")  # Infinity in the JSON

    with store.read() as session:
        plan = plan_targets_import(session, _parsed(package))
    apply_targets_import(store, _parsed(package), valid_rows=True)

    assert plan.notes or plan.rejected
    assert _rubric_of(store, "7.RP.1") == {}


def test_a_rubric_whose_target_is_rejected_is_rejected_with_it(store):
    package = _package(_criterion(RP1, _district_levels()))
    package["CFItems"][1]["fullStatement"] = ""

    with store.read() as session:
        plan = plan_targets_import(session, _parsed(package))

    assert ("rubric", "its target 7.RP.1 cannot be imported") in [
        (r.kind, r.reason) for r in plan.rejected
    ]
    with pytest.raises(InvalidInputError, match="Nothing was imported"):
        apply_targets_import(store, _parsed(package))
    assert _descriptor_stamps(store) == []
    # Importing the valid rows only: the rubric stays out with its target, nothing crashes.
    report = apply_targets_import(store, _parsed(package), valid_rows=True)
    assert report.counts["rejected"] == 2
    with store.read() as session:
        assert session.exec(select(Target).where(Target.code == "7.RP.1")).all() == []
    assert _descriptor_stamps(store) == []


def test_a_failure_while_writing_the_rubrics_leaves_nothing_half_written(store, monkeypatch):
    """The framework, its targets and their rubrics are one transaction: a failure after
    the first descriptors are written leaves the store as it was."""
    import cbe_desktop.services.importing as imports

    real = imports.set_rubric
    calls: list[str] = []

    def fail_on_the_second(tx, target, descriptors):  # type: ignore[no-untyped-def]
        calls.append(target.code)
        written = real(tx, target, descriptors)
        if len(calls) == 2:
            raise OSError("the disk is full")
        return written

    monkeypatch.setattr(imports, "set_rubric", fail_on_the_second)
    levels_2 = [_level(n + 10, score=n, description=f"7.RP.2 level {n}") for n in (1, 2, 3, 4)]
    parsed = _parsed(
        _package(_criterion(RP1, _district_levels()), _criterion(RP2, levels_2, 2, "7.RP.2"))
    )

    with pytest.raises(OSError):
        apply_targets_import(store, parsed)

    assert calls == ["7.RP.1", "7.RP.2"]  # the first rubric was written before the failure
    with store.read() as session:
        assert session.exec(select(Framework)).all() == []
        assert session.exec(select(Target)).all() == []
    assert _descriptor_stamps(store) == []


def test_a_file_with_more_rubric_criteria_than_the_limit_leaves_them_all_out(store, monkeypatch):
    import cbe_desktop.interop.case as case

    monkeypatch.setattr(case, "TARGETS_MAX_ROWS", 3)  # the file's three items still fit
    parsed = _parsed(_package(*(_criterion(RP1, _district_levels(), n) for n in range(1, 5))))

    assert parsed.rubrics == ()
    assert any("more than 3 rubric criteria" in note for note in parsed.notes)
    apply_targets_import(store, parsed)
    assert _descriptor_stamps(store) == []


# ----- export ----------------------------------------------------------------------------


def test_each_target_with_a_rubric_exports_as_its_own_cfrubric_that_validates(demo_store):
    with demo_store.read() as session:
        framework = session.exec(select(Framework).order_by(Framework.title)).first()
        package = json.loads(export_targets(session, framework.id, "case"))
        described = {
            d.target_id
            for d in session.exec(select(RubricDescriptor))
            if d.text.strip() and session.get(Target, d.target_id).framework_id == framework.id
        }

    assert [f"{list(e.path)}: {e.message}" for e in _validator().iter_errors(package)] == []
    items = {i["identifier"]: i for i in package["CFItems"]}
    assert len(package["CFRubrics"]) == len(described) > 0
    for rubric in package["CFRubrics"]:
        (criterion,) = rubric["CFRubricCriteria"]
        assert criterion["CFItemURI"]["identifier"] in items
        assert criterion["rubricId"] == rubric["identifier"]
        scores = [level["score"] for level in criterion["CFRubricCriterionLevels"]]
        assert scores == sorted(scores)


def test_rubrics_exported_then_imported_into_an_empty_store_come_back_whole(store, tmp_path):
    apply_targets_import(store, _parsed(_package(_criterion(RP1, _district_levels()))))
    save_rubric(store, _target_id(store, "7.RP.2"), {2.0: "Sees a proportional table."})
    with store.read() as session:
        framework_id = session.exec(select(Framework.id)).one()
        data = export_targets(session, framework_id, "case")
    assert list(_validator().iter_errors(json.loads(data))) == []

    with Store.open(tmp_path / "colleague") as other:
        parsed = parse_targets_bytes(data, "ratios.json")
        report = apply_targets_import(other, parsed)
        assert report.counts["rejected"] == 0
        assert _rubric_of(other, "7.RP.1") == _rubric_of(store, "7.RP.1")
        assert _rubric_of(other, "7.RP.2") == {2.0: "Sees a proportional table."}
        with other.read() as session:
            again = plan_targets_import(session, parsed)
    assert not again.changes_anything

    # And back into the first store: the same rubrics, nothing to change.
    with store.read() as session:
        assert not plan_targets_import(session, parse_targets_bytes(data, "ratios.json")).updated


# ----- phrases ---------------------------------------------------------------------------


@pytest.fixture
def spanish(qapp: QApplication) -> Iterator[None]:
    from cbe_desktop.ui import i18n

    assert i18n.install_translator(qapp, "es") == "es"
    try:
        yield
    finally:
        i18n.remove_translator(qapp)


def test_the_rubric_rows_and_notes_are_phrases_a_spanish_window_translates(store, spanish):
    from cbe_desktop.ui.i18n import say

    stranger = _criterion("7a000000-0000-4000-8000-0000000000ff", _district_levels(), 2, "8.EE.1")
    levels = [_level(n, score=n * 10, description=WORDS[n]) for n in (1, 2)]
    with store.read() as session:
        plan = plan_targets_import(session, _parsed(_package(stranger, _criterion(RP2, levels))))
    note = plan.notes[-1]
    assert isinstance(note, Phrase) and note.context == "Imports"
    assert say(note).startswith("La rúbrica de 7.RP.2")
    assert say(plan.notes[0]) != plan.notes[0]

    with store.read() as session:
        plan = plan_targets_import(session, _parsed(_package(_criterion(RP1, _district_levels()))))
    line = next(line for line in plan.lines() if "rubric criterion" in line)
    assert "rúbrica" in say(line) and "criterio de rúbrica 1" in say(line)
