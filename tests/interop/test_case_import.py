"""A teacher imports the state's standards as CASE JSON, and imports them again next year."""

from __future__ import annotations

import json
from pathlib import Path

from sqlmodel import select

from cbe_desktop.core.models import Framework, Target
from cbe_desktop.interop.detect import parse_targets_bytes, read_targets
from cbe_desktop.services.importing import apply_targets_import, plan_targets_import

FIXTURES = Path(__file__).parent.parent / "fixtures" / "interop"
MATH = FIXTURES / "case-1.1-grade6-math.json"


def _targets(store) -> dict[str, Target]:
    with store.read() as session:
        return {t.code: t for t in session.exec(select(Target).where(Target.deleted_hlc.is_(None)))}


def test_case_framework_becomes_a_tree_in_sequence_order(store, framework_tree):
    report = apply_targets_import(store, read_targets(MATH))

    assert report.counts["new"] == 10 and report.counts["rejected"] == 0
    rows = framework_tree(store, "Example State Grade 6 Mathematics Standards")
    assert [(depth, parent, code) for depth, parent, code, _ in rows] == [
        (0, "", "6.RP"),
        (1, "6.RP", "6.RP.A.1"),
        (1, "6.RP", "6.RP.A.2"),  # listed after A.3 in the file; sequenceNumber 2 puts it here
        (1, "6.RP", "6.RP.A.3"),
        (0, "", "6.EE"),
        (1, "6.EE", "6.EE.A.1"),
        (1, "6.EE", "6.EE.A.2"),
        (1, "6.EE", "6.EE.B.5"),
        (1, "6.EE", "6.EE.B.7"),
    ]


def test_case_fields_land_where_a_teacher_expects_them(store):
    apply_targets_import(store, read_targets(MATH))
    package = json.loads(MATH.read_text(encoding="utf-8"))
    by_code = {item["humanCodingScheme"]: item for item in package["CFItems"]}

    targets = _targets(store)
    a1, a2, b7 = targets["6.RP.A.1"], targets["6.RP.A.2"], targets["6.EE.B.7"]
    assert a1.statement == by_code["6.RP.A.1"]["fullStatement"]
    assert a1.i_can == "I can describe a ratio relationship using ratio language."
    assert a2.i_can == ""  # no abbreviatedStatement: no "I can" invented
    assert a1.level == "06"
    assert a1.source_id == by_code["6.RP.A.1"]["identifier"]
    assert b7.notes == "Students should also write equations from word problems."
    assert a2.prerequisites == [a1.id]  # 6.RP.A.1 precedes 6.RP.A.2
    with store.read() as session:
        framework = session.exec(select(Framework)).one()
    assert framework.source_id == package["CFDocument"]["identifier"]


def test_reimporting_the_same_case_file_changes_nothing(store):
    apply_targets_import(store, read_targets(MATH))
    with store.read() as session:
        plan = plan_targets_import(session, read_targets(MATH))
    assert plan.counts() == {"new": 0, "updated": 0, "unchanged": 10, "removed": 0, "rejected": 0}
    apply_targets_import(store, read_targets(MATH))
    assert len(_targets(store)) == 9


def test_a_reworded_standard_updates_that_target_and_duplicates_nothing(store):
    apply_targets_import(store, read_targets(MATH))
    before = _targets(store)["6.EE.A.2"]
    text = MATH.read_text(encoding="utf-8").replace(
        "Write, read, and evaluate expressions in which letters stand for numbers.",
        "Write, read, and evaluate expressions in which letters stand for numbers (variables).",
    )
    parsed = parse_targets_bytes(text.encode("utf-8"), "grade6-math-2025.json")

    report = apply_targets_import(store, parsed)

    assert (report.counts["new"], report.counts["updated"], report.counts["unchanged"]) == (0, 1, 9)
    [updated] = report.plan.updated
    assert updated.reason == "statement changed"
    after = _targets(store)["6.EE.A.2"]
    assert after.id == before.id and after.statement.endswith("(variables).")
    assert after.hlc > before.hlc  # stamped, so the change travels in sync files
    assert len(_targets(store)) == 9


def test_the_teachers_own_i_can_statement_survives_a_reimport(store):
    apply_targets_import(store, read_targets(MATH))
    with store.transaction() as tx:
        target = tx.session.exec(select(Target).where(Target.code == "6.EE.A.2")).one()
        target.i_can = "I can use letters for numbers I do not know yet."
        tx.touch(target)

    report = apply_targets_import(store, read_targets(MATH))

    assert report.counts["updated"] == 0
    assert _targets(store)["6.EE.A.2"].i_can == "I can use letters for numbers I do not know yet."


def test_a_case_1_0_file_keeps_the_files_order_and_joins_grade_levels(store, framework_tree):
    apply_targets_import(store, read_targets(FIXTURES / "case-1.0-grade7-science.json"))

    rows = framework_tree(store, "Grade 7 Science and Engineering Practices")
    assert [code for _, _, code, _ in rows] == ["SEP", "SEP.1", "SEP.3", "SEP.4"]
    assert _targets(store)["SEP.1"].level == "07,08"


def test_a_package_wrapped_in_cfpackage_reads_the_same(store, framework_tree):
    wrapped = json.dumps({"CFPackage": json.loads(MATH.read_text(encoding="utf-8"))})
    apply_targets_import(store, parse_targets_bytes(wrapped.encode("utf-8"), "wrapped.json"))

    assert len(framework_tree(store, "Example State Grade 6 Mathematics Standards")) == 9


def test_an_item_whose_parent_is_missing_is_rejected_with_its_reason(store):
    package = json.loads(MATH.read_text(encoding="utf-8"))
    package["CFItems"] = [i for i in package["CFItems"] if i["humanCodingScheme"] != "6.EE"]
    parsed = parse_targets_bytes(json.dumps(package).encode("utf-8"), "broken.json")

    with store.read() as session:
        plan = plan_targets_import(session, parsed)

    reasons = {row.label.split()[0]: row.reason for row in plan.rejected}
    assert set(reasons) == {"6.EE.A.1", "6.EE.A.2", "6.EE.B.5", "6.EE.B.7"}
    assert "is not in the file" in reasons["6.EE.A.1"]
