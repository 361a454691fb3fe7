"""A teacher exports a framework for a colleague (or for the district) and it comes back whole."""

from __future__ import annotations

import json
from pathlib import Path

import jsonschema
import pytest
from sqlmodel import select

from cbe_desktop.core.errors import InvalidInputError
from cbe_desktop.core.models import Framework, Target
from cbe_desktop.core.store import Store
from cbe_desktop.interop.detect import parse_targets_bytes, read_targets
from cbe_desktop.services.importing import apply_targets_import, export_targets

FIXTURES = Path(__file__).parent.parent / "fixtures" / "interop"
SCHEMA = json.loads((FIXTURES / "case-v1p1-cfpackage.schema.json").read_text(encoding="utf-8"))


def _validator() -> jsonschema.Draft202012Validator:
    jsonschema.Draft202012Validator.check_schema(SCHEMA)
    return jsonschema.Draft202012Validator(SCHEMA, format_checker=jsonschema.FormatChecker())


def _framework_id(store: Store, title: str) -> str:
    with store.read() as session:
        return session.exec(select(Framework.id).where(Framework.title == title)).one()


def _prerequisite_codes(store: Store) -> set[tuple[str, str]]:
    with store.read() as session:
        targets = session.exec(select(Target).where(Target.deleted_hlc.is_(None))).all()
    code = {t.id: t.code for t in targets}
    return {(code[p], t.code) for t in targets for p in t.prerequisites}


def test_the_shipped_schema_accepts_a_real_state_framework():
    errors = list(
        _validator().iter_errors(json.loads((FIXTURES / "case-1.1-grade6-math.json").read_text()))
    )
    assert errors == []


def test_a_case_export_validates_against_the_case_1_1_schema(demo_store):
    with demo_store.read() as session:
        framework = session.exec(select(Framework).order_by(Framework.title)).first()
        data = export_targets(session, framework.id, "case")

    package = json.loads(data)
    errors = sorted(_validator().iter_errors(package), key=lambda e: list(e.path))
    assert [f"{list(e.path)}: {e.message}" for e in errors] == []
    kinds = {a["associationType"] for a in package["CFAssociations"]}
    assert "isChildOf" in kinds
    assert all(
        "sequenceNumber" in a
        for a in package["CFAssociations"]
        if a["associationType"] == "isChildOf"
    )
    # The demo's rubrics go out as CFRubrics (validated above), one per target, each
    # criterion tied to an item of the package.
    items = {i["identifier"] for i in package["CFItems"]}
    assert package["CFRubrics"]
    assert all(
        c["CFItemURI"]["identifier"] in items
        for r in package["CFRubrics"]
        for c in r["CFRubricCriteria"]
    )


def test_an_imported_case_framework_exports_with_its_own_identifiers(store):
    original = json.loads((FIXTURES / "case-1.1-grade6-math.json").read_text(encoding="utf-8"))
    apply_targets_import(store, read_targets(FIXTURES / "case-1.1-grade6-math.json"))

    with store.read() as session:
        package = json.loads(
            export_targets(session, _framework_id(store, original["CFDocument"]["title"]))
        )

    assert package["CFDocument"]["identifier"] == original["CFDocument"]["identifier"]
    assert {i["identifier"] for i in package["CFItems"]} == {
        i["identifier"] for i in original["CFItems"]
    }
    precedes = [a for a in package["CFAssociations"] if a["associationType"] == "precedes"]
    assert [(a["originNodeURI"]["title"], a["destinationNodeURI"]["title"]) for a in precedes] == [
        ("6.RP.A.1", "6.RP.A.2")
    ]
    assert list(_validator().iter_errors(package)) == []


@pytest.mark.parametrize("fmt", ["case", "csv"])
def test_export_then_import_into_an_empty_store_gives_the_same_framework(
    store, tmp_path, framework_tree, fmt
):
    apply_targets_import(store, read_targets(FIXTURES / "case-1.1-grade6-math.json"))
    title = "Example State Grade 6 Mathematics Standards"
    with store.read() as session:
        data = export_targets(session, _framework_id(store, title), fmt)
    prerequisites = _prerequisite_codes(store)

    with Store.open(tmp_path / "colleague") as other:
        parsed = parse_targets_bytes(data, f"export.{fmt}", framework_title=title)
        report = apply_targets_import(other, parsed)
        assert report.counts["rejected"] == 0
        assert framework_tree(other, title) == framework_tree(store, title)
        assert _prerequisite_codes(other) == prerequisites
        with other.read() as session:
            i_cans = {t.code: t.i_can for t in session.exec(select(Target))}
    assert i_cans["6.RP.A.1"] == "I can describe a ratio relationship using ratio language."


def test_exporting_from_the_command_line_writes_the_file(demo_store, tmp_path, run_cli, store_args):
    out = tmp_path / "math7.json"
    with demo_store.read() as session:
        title = session.exec(select(Framework.title).order_by(Framework.title)).first()
    where = store_args(demo_store)
    demo_store.close()

    code, stdout, _ = run_cli(*where, "export", "targets", "--framework", title, "--out", out)

    assert code == 0 and "Exported" in stdout
    assert json.loads(out.read_text(encoding="utf-8"))["CFDocument"]["title"] == title


def test_a_framework_without_codes_cannot_go_to_csv_and_the_sentence_says_why(store):
    with store.transaction() as tx:
        from cbe_desktop.core.targets import add_framework, add_target

        fw = add_framework(tx, "Habits")
        add_target(tx, fw, code="", statement="Comes prepared")
    with store.read() as session, pytest.raises(InvalidInputError, match="export CASE JSON"):
        export_targets(session, fw.id, "csv")


@pytest.mark.parametrize("fmt", ["case", "csv"])
def test_a_targets_words_in_families_languages_go_out_and_come_back(store, tmp_path, fmt):
    """CASE 1.1 holds one language per item: the other languages ride in our extension
    (and the file still validates); a CSV file has a "statement (es)" column per language."""
    from cbe_desktop.core.targets import save_wording, wordings

    apply_targets_import(store, read_targets(FIXTURES / "case-1.1-grade6-math.json"))
    title = "Example State Grade 6 Mathematics Standards"
    with store.read() as session:
        target = session.exec(select(Target).where(Target.code == "6.RP.A.1")).one()
    save_wording(
        store, target.id, "es", statement="Entiendo las razones.", i_can="Puedo usar razones."
    )
    save_wording(store, target.id, "zh", statement="理解比率。", i_can="")
    with store.read() as session:
        data = export_targets(session, _framework_id(store, title), fmt)
    if fmt == "case":
        assert [e.message for e in _validator().iter_errors(json.loads(data))] == []
    else:
        assert "statement (es),I can (es),statement (zh),I can (zh)" in data.decode("utf-8-sig")
    with Store.open(tmp_path / "colleague") as other:
        apply_targets_import(
            other, parse_targets_bytes(data, f"export.{fmt}", framework_title=title)
        )
        with other.read() as session:
            theirs = session.exec(select(Target).where(Target.code == "6.RP.A.1")).one()
            found = wordings(session, [theirs.id])[theirs.id]
    assert found == {
        "es": ("Entiendo las razones.", "Puedo usar razones."),
        "zh": ("理解比率。", ""),
    }


def test_a_csv_with_a_column_per_language_brings_the_families_words(store):
    data = (
        "code,statement,I can,Statement (es),I can (es),statement_vi,statement (fr)\n"
        "T1,Solve it,I can solve it,Lo resuelvo,Puedo resolverlo,Con giải được,Je résous\n"
    ).encode()
    from cbe_desktop.core.targets import wordings

    apply_targets_import(store, parse_targets_bytes(data, "targets.csv", framework_title="Words"))
    with store.read() as session:
        target = session.exec(select(Target).where(Target.code == "T1")).one()
        found = wordings(session, [target.id])[target.id]
    # French has no packet yet: its column is not taken for a family's words
    assert found == {"es": ("Lo resuelvo", "Puedo resolverlo"), "vi": ("Con giải được", "")}
