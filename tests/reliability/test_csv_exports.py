"""CSV files the program writes for a spreadsheet never carry a formula (CSV injection).

A target's text that begins with ``=``, ``+``, ``-``, ``@``, a tab or a carriage
return would be run by Excel, LibreOffice or Google Sheets as a formula when the CSV
is opened (``=HYPERLINK("http://x","click")`` becomes a live link). As OWASP's "CSV
Injection" page advises, such a cell is written with a single quote in front; the
spreadsheet then shows it as text. Importing the file removes that one quote again, so
a framework exported to CSV and imported back has exactly the text it had.
"""

from __future__ import annotations

import ast
import csv
import io
from pathlib import Path

import pytest
from sqlmodel import select

from cbe_desktop.cli import main
from cbe_desktop.core.models import Target
from cbe_desktop.core.store import Store
from cbe_desktop.interop.case import FrameworkForExport
from cbe_desktop.interop.csv_targets import write_targets_csv
from cbe_desktop.interop.csvtext import FORMULA_STARTS, spreadsheet_safe, spreadsheet_text
from cbe_desktop.interop.detect import parse_targets_bytes, read_targets
from cbe_desktop.interop.records import TargetRecord

pytestmark = pytest.mark.usefixtures("cli_sandbox")  # see tests/conftest.py

SRC = Path(__file__).resolve().parents[2] / "src" / "cbe_desktop"
HYPERLINK = '=HYPERLINK("http://x","click")'
#: A framework whose texts a spreadsheet would run: (code, parent code, statement, I can, notes).
HOSTILE = [
    ("RP", "", "Ratios", "", ""),
    ("7.RP.1", "RP", HYPERLINK, "+1", "-2"),
    ("7.RP.2", "RP", "+1", "@SUM(A1)", ""),
    ("7.RP.3", "RP", "-2", "", "=1+1"),
    ("7.RP.4", "RP", "@SUM(A1)", "", ""),
    ("-7.RP.5", "RP", "Use ratios", "", "'Tis the season"),
    ("7.RP.6", "-7.RP.5", "A statement that is plain text", "", ""),
]


def run(capsys: pytest.CaptureFixture[str], *args: str | Path) -> tuple[int, str, str]:
    code = main([str(a) for a in args])
    out, err = capsys.readouterr()
    return code, out, err


def hostile_csv(path: Path) -> Path:
    """The hostile framework as a teacher's spreadsheet would hold it (written as is)."""
    out = io.StringIO(newline="")
    writer = csv.writer(out)
    writer.writerow(("code", "parent code", "statement", "I can", "notes"))
    writer.writerows(HOSTILE)
    path.write_text(out.getvalue(), encoding="utf-8", newline="")
    return path


def stored(data_dir: Path) -> list[tuple[str, str, str, str]]:
    with Store.open(data_dir) as store, store.read() as session:
        rows = session.exec(select(Target).where(Target.deleted_hlc.is_(None))).all()
        return sorted((t.code, t.statement, t.i_can, t.notes) for t in rows)


@pytest.fixture
def exported(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> tuple[Path, Path]:
    """(data folder holding the hostile framework, the CSV the program exported of it)."""
    data_dir = tmp_path / "data"
    source = hostile_csv(tmp_path / "hostile.csv")
    code, _, err = run(capsys, "--data-dir", data_dir, "import", "targets", source)
    assert code == 0, err
    out = tmp_path / "export.csv"
    code, _, err = run(
        capsys,
        "--data-dir",
        data_dir,
        *("export", "targets", "--framework", "hostile", "--format", "csv", "--out", out),
    )
    assert code == 0, err
    return data_dir, out


def cells_of(path: Path) -> list[list[str]]:
    """The cells a spreadsheet sees, as it splits the file (before any quote is removed)."""
    return list(csv.reader(io.StringIO(path.read_text(encoding="utf-8-sig"), newline="")))


def test_an_exported_csv_puts_a_quote_before_every_cell_a_spreadsheet_would_run(
    exported: tuple[Path, Path],
) -> None:
    _, out = exported

    rows = {row[0]: row for row in cells_of(out)[1:]}

    assert rows["7.RP.1"][2:4] == [f"'{HYPERLINK}", "'+1"]
    assert rows["7.RP.1"][6] == "'-2"
    assert rows["7.RP.2"][2:4] == ["'+1", "'@SUM(A1)"]
    assert rows["7.RP.3"][2] == "'-2" and rows["7.RP.3"][6] == "'=1+1"
    assert rows["7.RP.4"][2] == "'@SUM(A1)"
    assert "'-7.RP.5" in rows and rows["7.RP.6"][1] == "'-7.RP.5"  # codes and parent codes
    assert rows["'-7.RP.5"][6] == "'Tis the season"  # a quote before plain text: as it is
    for row in cells_of(out):
        for cell in row:
            assert not cell.startswith(FORMULA_STARTS), (row, cell)


def test_an_exported_csv_imports_back_to_the_same_text(
    exported: tuple[Path, Path], tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    data_dir, out = exported
    fresh = tmp_path / "another-laptop"

    code, _, err = run(
        capsys, "--data-dir", fresh, "import", "targets", out, "--framework", "hostile"
    )

    assert code == 0, err
    assert stored(fresh) == stored(data_dir)
    assert ("7.RP.1", HYPERLINK, "+1", "-2") in stored(fresh)
    assert ("-7.RP.5", "Use ratios", "", "'Tis the season") in stored(fresh)


def test_importing_the_export_into_the_same_store_changes_nothing(
    exported: tuple[Path, Path], capsys: pytest.CaptureFixture[str]
) -> None:
    data_dir, out = exported
    before = stored(data_dir)

    code, out_text, err = run(
        capsys, "--data-dir", data_dir, "import", "targets", out, "--framework", "hostile"
    )

    assert code == 0, err
    assert "nothing to change, everything in it is already here (8 unchanged)" in out_text
    assert stored(data_dir) == before


def test_the_reader_gives_back_the_original_titles(exported: tuple[Path, Path]) -> None:
    _, out = exported

    parsed = read_targets(out)

    by_code = {t.code: t for t in parsed.targets}
    assert [by_code[c].statement for c in ("7.RP.1", "7.RP.2", "7.RP.3", "7.RP.4")] == [
        HYPERLINK,
        "+1",
        "-2",
        "@SUM(A1)",
    ]
    assert by_code["7.RP.6"].parent_key == "-7.RP.5"


def test_a_cell_beginning_with_a_tab_a_return_or_a_quoted_formula_is_neutralised_too() -> None:
    framework = FrameworkForExport(
        key="f",
        title="Whitespace",
        source_id=None,
        description="",
        creator="",
        changed_at="2025-08-01T00:00:00Z",
        targets=(
            TargetRecord(key="a", code="A", statement="\t=1+1", notes="\r=2+2"),
            TargetRecord(key="b", code="B", statement="fine", prerequisite_keys=("a",)),
            TargetRecord(key="c", code="C", statement="'=A1 typed with its quote"),
        ),
    )
    data = write_targets_csv(framework)

    rows = list(csv.reader(io.StringIO(data.decode("utf-8-sig"), newline="")))

    assert rows[1][2] == "'\t=1+1" and rows[1][6] == "'\r=2+2"
    assert rows[2][7] == "A"
    assert rows[3][2] == "''=A1 typed with its quote"
    statements = [t.statement for t in parse_targets_bytes(data, "export.csv").targets]
    assert statements[1:] == ["fine", "'=A1 typed with its quote"]


def test_only_the_quote_the_exporter_adds_is_removed_on_import() -> None:
    for text in (HYPERLINK, "+1", "-2", "@SUM(A1)", "\tx", "\rx", "'=x", "''+y", "'Tis", "'07"):
        assert spreadsheet_text(spreadsheet_safe(text)) == text
    # A quote before other text is the teacher's own and stays.
    data = b"code,statement\n'07,'Tis the season\n"
    assert [(t.code, t.statement) for t in parse_targets_bytes(data, "t.csv").targets] == [
        ("'07", "'Tis the season")
    ]


def test_every_csv_the_program_writes_goes_through_spreadsheet_safe() -> None:
    """A new CSV export must neutralise formulas too: any module that makes a csv.writer
    or csv.DictWriter must call spreadsheet_safe."""
    writers = []
    for path in SRC.rglob("*.py"):
        tree = ast.parse(path.read_text(encoding="utf-8"))
        names = {
            node.attr if isinstance(node, ast.Attribute) else node.id
            for node in ast.walk(tree)
            if isinstance(node, ast.Attribute | ast.Name)
        }
        if names & {"writer", "DictWriter"} and "csv" in names:
            writers.append(path.relative_to(SRC).as_posix())
            assert "spreadsheet_safe" in names, f"{path} writes CSV without spreadsheet_safe"
    # csv_targets writes the CSV export; oneroster_gradebook the term marks for the SIS;
    # workbook writes a sheet's cells as CSV text for the readers (so a cell's text reads
    # back exactly).
    assert sorted(writers) == [
        "interop/csv_targets.py",
        "interop/oneroster_gradebook.py",
        "interop/workbook.py",
    ]
