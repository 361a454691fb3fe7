"""A teacher brings outcomes over from Canvas as Canvas writes them: a group inside a group
(as in Canvas's own scoring.csv), outcomes rated on their own words or their own points;
and takes them to another laptop as CASE JSON without losing the rating scale."""

from __future__ import annotations

import json
from pathlib import Path

from sqlmodel import select

from cbe_desktop.core.models import Framework, RubricDescriptor, Target
from cbe_desktop.core.scales import load_scale
from cbe_desktop.core.store import Store
from cbe_desktop.interop.detect import read_targets
from cbe_desktop.services.importing import apply_targets_import, plan_targets_import

NESTED = Path(__file__).parent.parent / "fixtures" / "interop" / "canvas-outcomes-nested-groups.csv"
TITLE = "canvas outcomes nested groups"  # named after the file: its top group holds outcomes


def _plan(store, path=NESTED):
    with store.read() as session:
        return plan_targets_import(session, read_targets(path))


def _descriptors(store, code: str) -> dict[float, str]:
    with store.read() as session:
        target = session.exec(select(Target).where(Target.code == code)).one()
        rows = session.exec(
            select(RubricDescriptor).where(RubricDescriptor.target_id == target.id)
        ).all()
    return {d.level_value: d.text for d in rows}


def test_a_group_inside_a_group_is_a_competency_never_a_target(store, framework_tree):
    plan = _plan(store)

    apply_targets_import(store, read_targets(NESTED))

    assert [
        (depth, code or statement) for depth, _, code, statement in framework_tree(store, TITLE)
    ] == [
        (0, "Life Science"),
        (1, "MS-LS1-1"),  # in both groups in Canvas: kept in the first
        (1, "MS-LS2-1"),
        (1, "MS-LS2-2"),
        (0, "Cells and Body Systems"),
        (1, "MS-LS1-2"),
        (1, "MS-LS1-3"),
    ]
    assert plan.counts_by_kind("new")["competency"] == 2
    assert (
        "1 group(s) sit inside another group in Canvas (Cells and Body Systems); a group is a "
        "competency, so each is imported as a competency of its own."
    ) in plan.notes


def test_a_group_imported_as_a_target_before_becomes_a_competency_on_reimport(
    store, framework_tree
):
    apply_targets_import(store, read_targets(NESTED))
    with store.transaction() as tx:  # as an earlier version left it: under Life Science
        rows = {t.statement: t for t in tx.session.exec(select(Target)).all()}
        rows["Cells and Body Systems"].parent_id = rows["Life Science"].id
        tx.touch(rows["Cells and Body Systems"])

    report = apply_targets_import(store, read_targets(NESTED))

    [updated] = report.plan.updated
    assert (updated.kind, updated.label, updated.reason) == (
        "competency",
        "Cells and Body Systems",
        "parent changed",
    )
    assert (0, "", "", "Cells and Body Systems") in framework_tree(store, TITLE)


def test_an_outcome_rated_in_its_own_words_keeps_them_as_its_rubric(store):
    plan = _plan(store)

    apply_targets_import(store, read_targets(NESTED))

    assert _descriptors(store, "MS-LS1-3") == {
        4.0: "Argues with evidence from two or more body systems",
        3.0: "Uses a model of interacting body systems",
        2.0: "Names body systems",
        1.0: "Not yet",
    }
    assert _descriptors(store, "MS-LS1-2") == {}  # rated on the scale's own words
    [rubric] = [r for r in plan.new if r.kind == "rubric"]
    assert rubric.label.startswith("MS-LS1-3") and rubric.where == "row 7"


def test_an_outcome_rated_on_other_points_is_named_in_the_plan(store):
    plan = _plan(store)

    assert (
        "1 outcome(s) rate on points that are not levels of the scale (1 Beginning, "
        "2 Approaching, 3 Meets, 4 Exceeds), so their own ratings were left out and the "
        "scale is used for them: MS-LS2-2."
    ) in plan.notes


def test_canvas_outcomes_exported_and_imported_on_another_laptop_keep_their_scale(
    cli_sandbox, tmp_path: Path, run_cli
):
    office, laptop = tmp_path / "office", tmp_path / "laptop"
    exported = tmp_path / "life-science.json"
    assert run_cli("--data-dir", office, "import", "targets", NESTED)[0] == 0
    code, _, err = run_cli(
        "--data-dir", office, "export", "targets", "--framework", TITLE, "--out", exported
    )
    assert (code, err) == (0, "")

    code, out, err = run_cli("--data-dir", laptop, "import", "targets", exported)

    assert (code, err) == (0, "")
    assert "new: scale canvas outcomes nested groups (Canvas ratings)" in out
    with Store.open(laptop) as store, store.read() as session:
        framework = session.exec(select(Framework)).one()
        scale = load_scale(session, framework.scale_id)
        assert [(lv.number, lv.label, lv.proficient) for lv in scale.levels] == [
            ("1", "Beginning", False),
            ("2", "Approaching", False),
            ("3", "Meets", True),
            ("4", "Exceeds", True),
        ]
    with Store.open(laptop) as store:
        assert _descriptors(store, "MS-LS1-3")[4.0].startswith("Argues with evidence")
    # Imported again where it came from, the export changes nothing.
    code, out, _ = run_cli("--data-dir", office, "import", "targets", exported, "--dry-run")
    assert code == 0 and "New        0" in out and "Updated    0" in out


def test_a_case_file_whose_scale_cannot_be_read_keeps_the_framework_and_says_so(
    tmp_path: Path, store
):
    package = {
        "CFDocument": {
            "identifier": "8f0c9a4e-1b2c-4d3e-8f4a-5b6c7d8e9f00",
            "title": "Science 7",
            "extensions": {"cbeDesktop": {"scale": {"name": "Ours", "levels": "4 levels"}}},
        },
        "CFItems": [
            {"identifier": "8f0c9a4e-1b2c-4d3e-8f4a-5b6c7d8e9f01", "fullStatement": "Cells"}
        ],
    }
    path = tmp_path / "science.json"
    path.write_text(json.dumps(package), encoding="utf-8")

    plan = _plan(store, path)

    assert not [r for r in plan.rows if r.kind == "scale"]
    assert any("rating scale cannot be read, so it was left out" in n for n in plan.notes)
