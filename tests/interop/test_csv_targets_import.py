"""A teacher imports targets typed in a spreadsheet: saved by Excel, or by Google Sheets."""

from __future__ import annotations

from pathlib import Path

from sqlmodel import select

from cbe_desktop.core.models import Framework, Target
from cbe_desktop.interop.csv_targets import parse_targets_csv, preview_targets_csv
from cbe_desktop.interop.detect import parse_targets_bytes, read_targets
from cbe_desktop.services.importing import apply_targets_import, plan_targets_import

FIXTURES = Path(__file__).parent.parent / "fixtures" / "interop"
EXCEL = FIXTURES / "targets-excel.csv"  # UTF-8 with BOM, ';', CRLF, quoted fields
GOOGLE = FIXTURES / "targets-google-sheets.csv"  # plain UTF-8, ','


def _live(store) -> dict[str, Target]:
    with store.read() as session:
        rows = session.exec(select(Target).where(Target.deleted_hlc.is_(None))).all()
    return {t.code: t for t in rows}


def test_an_excel_csv_with_bom_semicolons_and_quotes_imports_exactly(store, framework_tree):
    raw = EXCEL.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf") and b";" in raw and b"\r\n" in raw

    apply_targets_import(store, read_targets(EXCEL, framework_title="Math 7 power standards"))

    rows = framework_tree(store, "Math 7 power standards")
    assert [(depth, parent, code) for depth, parent, code, _ in rows] == [
        (0, "", "RP"),
        (1, "RP", "7.RP.1"),
        (1, "RP", "7.RP.2"),
        (1, "RP", "7.RP.3"),
        (0, "", "NS"),
        (1, "NS", "7.NS.1"),
        (1, "NS", "7.NS.2"),
    ]
    targets = _live(store)
    assert targets["7.RP.2"].statement == (
        "Recognize and represent proportional relationships; explain what a point (x, y) on "
        'the graph means; "unit rate" is the point (1, r).'
    )
    assert targets["7.RP.2"].i_can == 'I can explain what "proportional" means.'
    assert targets["7.NS.2"].i_can == "Puedo multiplicar y dividir números racionales."
    assert targets["RP"].code == "RP"  # no BOM left stuck to the first header or cell
    assert targets["7.RP.1"].level == "7"


def test_a_google_sheets_csv_imports_and_is_named_after_the_file(store, framework_tree):
    apply_targets_import(store, read_targets(GOOGLE))

    rows = framework_tree(store, "targets-google-sheets")
    assert [code for _, _, code, _ in rows] == ["SL", "SL.8.1", "SL.8.4", "W", "W.8.1", "W.8.2"]
    assert _live(store)["SL.8.1"].i_can == "I can join a discussion and build on what others say."


def test_reimporting_an_edited_spreadsheet_updates_one_target_by_its_code(store):
    apply_targets_import(store, read_targets(EXCEL, framework_title="Math 7"))
    before = _live(store)
    edited = EXCEL.read_bytes().replace(
        b"multistep ratio and percent problems.", b"multistep ratio and percent problems, with tax."
    )

    report = apply_targets_import(
        store, parse_targets_bytes(edited, "targets-excel.csv", framework_title="Math 7")
    )

    assert (report.counts["new"], report.counts["updated"], report.counts["unchanged"]) == (0, 1, 7)
    after = _live(store)
    assert after["7.RP.3"].id == before["7.RP.3"].id
    assert after["7.RP.3"].statement.endswith("with tax.")
    assert len(after) == 7


def test_a_second_file_can_add_targets_under_a_competency_already_here(store, framework_tree):
    apply_targets_import(store, read_targets(EXCEL, framework_title="Math 7"))
    more = b"code,parent code,statement\n7.RP.4,RP,Solve unit-rate problems with tables.\n"

    report = apply_targets_import(
        store, parse_targets_bytes(more, "more.csv", framework_title="Math 7")
    )

    assert report.counts["new"] == 1
    rows = framework_tree(store, "Math 7")
    assert (1, "RP", "7.RP.4") in [(d, p, c) for d, p, c, _ in rows]
    with store.read() as session:
        assert len(session.exec(select(Framework)).all()) == 1


def test_the_preview_shows_the_columns_and_suggests_a_mapping():
    preview = preview_targets_csv(EXCEL.read_bytes(), "targets-excel.csv", rows=2)

    assert preview.columns == ("Code", "Parent code", "Statement", '"I can" statement', "Level")
    assert preview.delimiter == ";"
    assert preview.total_rows == 7
    assert preview.rows[0][:3] == ("RP", "", "Ratios and proportional relationships")
    assert preview.suggested == {
        "code": "Code",
        "parent_code": "Parent code",
        "statement": "Statement",
        "i_can": '"I can" statement',
        "level": "Level",
    }


def test_columns_the_teacher_chose_in_the_preview_are_used(store):
    data = (
        b"Standard,Belongs to,What students learn,Kid-friendly\n"
        b"RL,,Reading literature,\n"
        b"RL.6.1,RL,Cite textual evidence to support analysis.,I can point to evidence.\n"
    )
    mapping = {
        "code": "Standard",
        "parent_code": "Belongs to",
        "statement": "What students learn",
        "i_can": "Kid-friendly",
    }
    parsed = parse_targets_csv(data, "ela.csv", mapping=mapping, framework_title="ELA 6")

    with store.read() as session:
        plan = plan_targets_import(session, parsed)
    assert plan.counts()["new"] == 3 and not plan.rejected
    apply_targets_import(store, parsed)
    assert _live(store)["RL.6.1"].i_can == "I can point to evidence."


def test_excel_unicode_text_utf16_with_tabs_reads_the_same(store, framework_tree):
    text = EXCEL.read_bytes().decode("utf-8-sig").replace(";", "\t")
    parsed = parse_targets_bytes(text.encode("utf-16"), "targets.txt", framework_title="Math 7")

    apply_targets_import(store, parsed)

    assert [code for _, _, code, _ in framework_tree(store, "Math 7")][:3] == [
        "RP",
        "7.RP.1",
        "7.RP.2",
    ]
    assert _live(store)["7.NS.2"].i_can == "Puedo multiplicar y dividir números racionales."
