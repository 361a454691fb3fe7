"""A teacher brings the district's outcomes over from Canvas: groups, ratings, methods."""

from __future__ import annotations

from pathlib import Path

from sqlmodel import select

from cbe_desktop.core.models import Framework, Scale, Target
from cbe_desktop.core.scales import load_scale
from cbe_desktop.interop.canvas import strip_html
from cbe_desktop.interop.detect import parse_targets_bytes, read_targets
from cbe_desktop.services.importing import apply_targets_import

CANVAS = Path(__file__).parent.parent / "fixtures" / "interop" / "canvas-outcomes-grade7.csv"


def _live(store) -> dict[str, Target]:
    with store.read() as session:
        rows = session.exec(select(Target).where(Target.deleted_hlc.is_(None))).all()
    return {t.code or t.statement: t for t in rows}


def test_canvas_groups_under_the_top_group_are_competencies_at_any_depth(store, framework_tree):
    apply_targets_import(store, read_targets(CANVAS))

    rows = framework_tree(store, "Grade 7 Mathematics")  # the one top group names the framework
    # "Unit rates and proportionality" sits inside "Ratios & Proportional Relationships" in
    # Canvas: a group is a competency, never a learning target with targets under it.
    assert [(depth, code or statement) for depth, _, code, statement in rows] == [
        (0, "Ratios & Proportional Relationships"),
        (1, "7.RP.A.3"),
        (0, "Unit rates and proportionality"),
        (1, "7.RP.A.1"),
        (1, "7.RP.A.2"),
        (0, "The Number System"),
        (1, "7.NS.A.1"),
        (1, "7.NS.A.2"),
    ]


def test_canvas_outcomes_carry_statement_i_can_and_calculation_method(store):
    apply_targets_import(store, read_targets(CANVAS))
    targets = _live(store)

    a1 = targets["7.RP.A.1"]
    assert a1.statement.startswith("Compute unit rates associated with ratios of fractions,")
    assert "<p>" not in a1.statement
    assert a1.i_can == "I can find a unit rate with fractions."
    assert a1.source_id == "d7m-rp-a1"
    # Canvas's old "decaying average" is our weighted average; the rest keep their names.
    methods = {code: (targets[code].method, targets[code].method_param) for code in targets}
    assert methods["7.RP.A.1"] == ("weighted_average", 65)
    assert methods["7.RP.A.2"] == ("n_mastery", 2)
    assert methods["7.RP.A.3"] == ("latest", None)
    assert methods["7.NS.A.1"] == ("highest", None)
    assert methods["7.NS.A.2"] == ("average", None)
    assert "7.NS.A.9" not in targets  # deleted in Canvas: not imported


def test_canvas_ratings_become_a_scale_proficient_from_mastery_points(store):
    apply_targets_import(store, read_targets(CANVAS))

    with store.read() as session:
        framework = session.exec(select(Framework)).one()
        scale = load_scale(session, framework.scale_id)
    assert [(lv.number, lv.label) for lv in scale.levels] == [
        ("0", "No Evidence"),
        ("1", "Below Mastery"),
        ("2", "Near Mastery"),
        ("3", "Mastery"),
        ("4", "Exceeds Mastery"),
    ]
    assert scale.proficient_value == 3


def test_without_mastery_points_the_middle_upper_rating_is_proficient():
    text = (
        "vendor_guid,object_type,title,description,display_name,calculation_method,"
        "calculation_int,workflow_state,parent_guids,ratings,,,,,,\n"
        "g1,group,Writing,,,,,active,,,,,,,,\n"
        "o1,outcome,W.1,Write arguments.,,latest,,active,g1,3,Strong,2,Adequate,1,Weak\n"
        "o2,outcome,W.2,Write explanations.,,latest,,active,g1,3,Strong,2,Adequate,1,Weak\n"
    )
    parsed = parse_targets_bytes(text.encode("utf-8"), "writing.csv")

    assert parsed.scale is not None
    assert [(v, label, proficient) for v, label, _, proficient in parsed.scale.levels] == [
        (1, "Weak", False),
        (2, "Adequate", True),
        (3, "Strong", True),
    ]


def test_reimporting_canvas_updates_one_outcome_and_reuses_the_scale(store):
    apply_targets_import(store, read_targets(CANVAS))
    text = CANVAS.read_text(encoding="utf-8").replace(
        "Recognize and represent proportional relationships between quantities.",
        "Recognize and represent proportional relationships between two quantities.",
    )

    report = apply_targets_import(store, parse_targets_bytes(text.encode(), "outcomes (1).csv"))

    counts = report.counts
    assert (counts["new"], counts["updated"], counts["rejected"]) == (0, 1, 0)
    assert counts["unchanged"] == 9  # the scale, the framework, the 7 other nodes
    assert report.plan.updated[0].label.startswith("7.RP.A.2")
    with store.read() as session:
        assert len(session.exec(select(Scale)).all()) == 1
        assert len(session.exec(select(Framework)).all()) == 1
    assert len(_live(store)) == 8


def test_an_outcome_deleted_in_canvas_later_is_deleted_here_on_reimport(store):
    apply_targets_import(store, read_targets(CANVAS))
    before = _live(store)["7.NS.A.2"]
    text = CANVAS.read_text(encoding="utf-8").replace(",average,,3,active,", ",average,,3,deleted,")

    report = apply_targets_import(store, parse_targets_bytes(text.encode(), "outcomes.csv"))

    [removed] = report.plan.removed
    assert removed.label.startswith("7.NS.A.2") and "evidence is kept" in removed.reason
    assert "7.NS.A.2" not in _live(store)
    with store.read() as session:
        kept = session.get(Target, before.id)
    assert kept is not None and kept.deleted_hlc  # a tombstone, never a removed row


def test_html_in_canvas_descriptions_becomes_plain_text():
    assert strip_html("<p>Use <strong>ratios</strong>&nbsp;&amp; rates.</p><p>Then</p>") == (
        "Use ratios & rates. Then"
    )
