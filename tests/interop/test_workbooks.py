"""A teacher gives an Excel workbook (.xlsx) instead of a CSV file: a class list kept in
Excel, or a framework exported from OpenSALT. It is read as it is; a workbook that
cannot be read is one sentence, and nothing is written."""

from __future__ import annotations

import io
import json
import zipfile
from pathlib import Path

import pytest
from sqlmodel import select

from cbe_desktop.core.models import Student
from cbe_desktop.interop.detect import read_roster, read_targets
from cbe_desktop.interop.errors import ImportFormatError
from cbe_desktop.interop.workbook import cell_text
from cbe_desktop.services.importing import apply_roster_import, plan_targets_import

FIXTURES = Path(__file__).parent.parent / "fixtures" / "interop"
ROSTER = FIXTURES / "roster-excel.xlsx"  # a blank row above the header; numbers as numbers
OPENSALT = FIXTURES / "targets-opensalt.xlsx"  # CF Doc, CF Item, CF Association sheets


def _stats(run_cli, data: Path) -> dict[str, int]:
    code, out, _ = run_cli("--data-dir", data, "stats", "--json")
    assert code == 0
    return json.loads(out)


def test_a_class_list_kept_in_excel_imports_like_its_csv(store):
    apply_roster_import(store, read_roster(ROSTER, class_name="Math 7"))

    with store.read() as session:
        students = {s.family_name: s for s in session.exec(select(Student)).all()}
    assert sorted(students) == ["Chen", "García López", "Hernández", "O'Connor"]
    ana = students["García López"]
    assert (ana.given_name, ana.preferred_name, ana.student_number, ana.grade) == (
        "Ana Sofía",
        "Sofi",
        "700201",  # a number in Excel: no "700201.0"
        "7",
    )
    assert ana.family_language == "es" and students["Chen"].family_language == "en"


def test_an_opensalt_workbook_is_read_from_its_cf_item_sheet(store):
    with store.read() as session:
        plan = plan_targets_import(session, read_targets(OPENSALT))

    assert plan.counts_by_kind("new") == {"framework": 1, "competency": 2, "target": 5}
    assert any("smartLevel" in note for note in plan.notes)


def test_a_workbook_roster_imports_on_the_command_line(cli_sandbox, tmp_path: Path, run_cli):
    data = tmp_path / "data"

    code, out, err = run_cli("--data-dir", data, "import", "roster", ROSTER, "--class", "Math 7")

    assert (code, err) == (0, "")
    assert "New        9 (1 class, 4 students, 4 enrolments)" in out
    assert _stats(run_cli, data)["students"] == 4


def _zip(members: dict[str, bytes], *, level: int = zipfile.ZIP_DEFLATED) -> bytes:
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", level) as archive:
        for name, content in members.items():
            archive.writestr(name, content)
    return buf.getvalue()


@pytest.mark.parametrize(
    ("content", "expected"),
    [
        (
            _zip({"xl/workbook.xml": b"<workbook/>", "[Content_Types].xml": b"<Types/>"}),
            "class.xlsx is an Excel workbook the program cannot read (it may be damaged); open "
            "it in your spreadsheet and save it as 'CSV UTF-8', then import that file.",
        ),
        (
            _zip({"xl/workbook.xml": b"<workbook/>", "xl/sharedStrings.xml": b"\0" * 50_000_000}),
            "class.xlsx unpacks to far more data than a spreadsheet holds; check that it is the "
            "right file.",
        ),
    ],
    ids=["damaged", "zip bomb"],
)
def test_a_workbook_that_cannot_be_read_is_one_sentence_and_changes_nothing(
    cli_sandbox, tmp_path: Path, run_cli, content: bytes, expected: str
):
    data = tmp_path / "data"
    before = _stats(run_cli, data)
    path = tmp_path / "class.xlsx"
    path.write_bytes(content)

    code, out, err = run_cli("--data-dir", data, "import", "roster", path, "--class", "Math 7")

    assert (code, out) == (1, "")
    assert err.startswith(expected) and err.count("\n") == 1
    assert "Traceback" not in err
    assert _stats(run_cli, data) == before


def test_an_empty_workbook_is_refused_in_one_sentence(tmp_path: Path):
    import openpyxl

    path = tmp_path / "empty.xlsx"
    openpyxl.Workbook().save(path)

    with pytest.raises(ImportFormatError) as refused:
        read_roster(path, class_name="Math 7")

    assert str(refused.value) == "empty.xlsx is empty; it needs a header row and one row a line."


def test_text_that_looks_like_a_formula_reads_back_exactly(tmp_path: Path):
    import openpyxl

    path = tmp_path / "targets.xlsx"
    book = openpyxl.Workbook()
    book.active.append(["code", "statement"])
    book.active.append(["A.1", None])
    book.active.append(["A.2", "'=x' is a quoted formula"])
    text = book.active.cell(row=2, column=2)
    text.value, text.data_type = "=SUM is how a spreadsheet adds", "s"  # text, not a formula
    book.save(path)

    parsed = read_targets(path, framework_title="Formulas")

    assert [t.statement for t in parsed.targets] == [
        "=SUM is how a spreadsheet adds",
        "'=x' is a quoted formula",
    ]


def test_cells_read_as_a_csv_saved_by_excel_would_hold_them():
    from datetime import date, datetime

    assert [
        cell_text(v)
        for v in (None, 7, 7.0, 2.5, True, date(2025, 8, 18), datetime(2025, 8, 18, 9, 30))
    ] == ["", "7", "7", "2.5", "TRUE", "2025-08-18", "2025-08-18 09:30"]
