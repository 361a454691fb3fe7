"""A teacher imports a standards spreadsheet as districts and CASE tools write them: CASE
column names (OpenSALT's "CF Item" sheet, a hand-kept CASE sheet with isChildOf), or a
state's download with nothing but a code and a statement."""

from __future__ import annotations

import json
from pathlib import Path

from sqlmodel import select

from cbe_desktop.core.models import Target
from cbe_desktop.interop.detect import read_targets
from cbe_desktop.services.importing import apply_targets_import, plan_targets_import

FIXTURES = Path(__file__).parent.parent / "fixtures" / "interop"
OPENSALT = FIXTURES / "targets-opensalt-cf-item.csv"  # OpenSALT's Excel export, CF Item sheet
CASE_SHEET = FIXTURES / "targets-case-sheet-ischildof.csv"  # Identifier ... isChildOf
CODES_ONLY = FIXTURES / "targets-state-codes-only.csv"  # Standard Code, Standard Description


def _by_code(store) -> dict[str, Target]:
    with store.read() as session:
        rows = session.exec(select(Target).where(Target.deleted_hlc.is_(None))).all()
    return {t.code or t.statement: t for t in rows}


def test_an_opensalt_case_sheet_keeps_its_tree_identifiers_and_i_can_statements(
    store, framework_tree
):
    parsed = read_targets(OPENSALT, framework_title="Grade 6 math")
    with store.read() as session:
        plan = plan_targets_import(session, parsed)

    apply_targets_import(store, parsed)

    assert [
        (depth, parent, code) for depth, parent, code, _ in framework_tree(store, "Grade 6 math")
    ] == [
        (0, "", "6.RP"),
        (1, "6.RP", "6.RP.A.1"),
        (1, "6.RP", "6.RP.A.2"),
        (1, "6.RP", "6.RP.A.3"),
        (2, "6.RP.A.3", "6.RP.A.3.a"),
        (0, "", "6.EE"),
        (1, "6.EE", "6.EE.A.1"),
    ]
    targets = _by_code(store)
    assert targets["6.RP.A.1"].i_can == "I can describe a ratio in words."  # abbreviatedStatement
    assert targets["6.RP.A.1"].level == "06"  # educationLevel
    assert targets["6.RP.A.1"].source_id == "8a43601a-4cb2-5682-85f1-7980eccfab78"
    smart = "has no parent column, so the tree comes from its smartLevel numbers"
    assert any(smart in note for note in plan.notes)


def test_a_case_sheet_whose_parents_are_identifiers_imports_on_the_command_line(
    cli_sandbox, tmp_path: Path, run_cli
):
    data = tmp_path / "data"

    code, out, err = run_cli(
        "--data-dir", data, "import", "targets", CASE_SHEET, "--framework", "Grade 6 science"
    )

    assert (code, err) == (0, "")
    assert "New        6 (1 framework, 2 competencies, 3 targets)" in out
    assert "new: competency Earth and space systems (row 2)" in out
    code, out, _ = run_cli("--data-dir", data, "stats", "--json")
    assert json.loads(out)["targets"] == 5


def test_reimporting_the_same_case_sheet_changes_nothing(store):
    apply_targets_import(store, read_targets(CASE_SHEET, framework_title="Grade 6 science"))

    with store.read() as session:
        plan = plan_targets_import(
            session, read_targets(CASE_SHEET, framework_title="Grade 6 science")
        )

    assert plan.counts()["new"] == 0 and plan.counts()["updated"] == 0
    assert plan.counts()["unchanged"] == 6


def test_a_list_of_codes_and_statements_hangs_each_code_under_the_code_it_begins_with(
    store, framework_tree
):
    parsed = read_targets(CODES_ONLY, framework_title="Math 7")
    with store.read() as session:
        plan = plan_targets_import(session, parsed)

    apply_targets_import(store, parsed)

    assert [
        (depth, parent, code) for depth, parent, code, _ in framework_tree(store, "Math 7")
    ] == [
        (0, "", "7.RP"),
        (1, "7.RP", "7.RP.A"),
        (2, "7.RP.A", "7.RP.A.1"),
        (2, "7.RP.A", "7.RP.A.2"),
        (3, "7.RP.A.2", "7.RP.A.2.a"),
        (2, "7.RP.A", "7.RP.A.3"),
        (0, "", "7.NS"),
        (1, "7.NS", "7.NS.A.1"),  # no 7.NS.A in the file: the next shorter code
    ]
    assert (
        "targets-state-codes-only.csv has no parent column, so each code goes under the "
        "longest code of the file it begins with (7.RP.A under 7.RP): 6 row(s) go under "
        "another row."
    ) in plan.notes
    assert plan.counts_by_kind("new") == {"framework": 1, "competency": 2, "target": 6}


def test_a_list_whose_codes_do_not_nest_says_every_row_is_a_competency(tmp_path: Path, store):
    path = tmp_path / "power standards.csv"
    path.write_text("Code,Statement\nRP1,Ratios\nNS1,Rational numbers\n", encoding="utf-8")

    with store.read() as session:
        plan = plan_targets_import(session, read_targets(path))

    assert plan.counts_by_kind("new") == {"framework": 1, "competency": 2}
    assert any("so every row is a competency; add a parent code column" in n for n in plan.notes)


def test_a_parent_column_is_followed_and_no_tree_is_guessed(tmp_path: Path, store, framework_tree):
    path = tmp_path / "targets.csv"
    path.write_text(
        "code,parent code,statement\n7.RP,,Ratios\n7.RP.1,,Unit rates\n", encoding="utf-8"
    )

    apply_targets_import(store, read_targets(path, framework_title="Math"))

    assert [(d, code) for d, _, code, _ in framework_tree(store, "Math")] == [
        (0, "7.RP"),
        (0, "7.RP.1"),  # the teacher left its parent empty: a competency, as written
    ]


def test_a_case_sheet_with_a_repeated_identifier_rejects_the_second_row_with_the_reason(
    tmp_path: Path, store
):
    path = tmp_path / "case.csv"
    path.write_text(
        "Identifier,fullStatement,humanCodingScheme\na1,Ratios,RP\na1,Rates,RP.1\n",
        encoding="utf-8",
    )

    with store.read() as session:
        plan = plan_targets_import(session, read_targets(path))

    assert [r.reason for r in plan.rejected] == ["repeats the identifier a1 of row 2"]


def test_a_case_sheet_may_name_parents_by_their_case_uri(tmp_path: Path, store, framework_tree):
    path = tmp_path / "case.csv"
    path.write_text(
        "identifier,fullStatement,humanCodingScheme,isChildOf\n"
        "d1,Ratios,RP,\n"
        "d2,Unit rates,RP.1,https://case.example-state.gov/ims/case/v1p1/CFItems/d1\n",
        encoding="utf-8",
    )

    apply_targets_import(store, read_targets(path, framework_title="Ratios"))

    assert [(d, parent, code) for d, parent, code, _ in framework_tree(store, "Ratios")] == [
        (0, "", "RP"),
        (1, "RP", "RP.1"),
    ]
