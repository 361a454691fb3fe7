"""Files a teacher really has, and files no one should have, through every import path.

Each kind of file goes through the readers the window uses (``read_targets``,
``read_roster``) and through the command line (``import targets FILE``, ``import roster
PATH`` for a plain CSV, a OneRoster zip and a OneRoster folder). A file the program
cannot take is refused in one sentence that says what is wrong, with exit status 1 and
the store unchanged; never "unexpected problem". A file that spreadsheets really write
(Excel for Mac with lone CR line ends, Excel's UTF-16 "Unicode text", LibreOffice with a
byte-order mark, UTF-32) is read, and its rows come through as the teacher typed them.
"""

from __future__ import annotations

import codecs
import io
import json
import shutil
import zipfile
from collections.abc import Callable
from pathlib import Path

import pytest
from sqlmodel import select

from cbe_desktop.cli import main
from cbe_desktop.core.models import Student, Target
from cbe_desktop.core.store import Store
from cbe_desktop.interop.csvtext import read_table
from cbe_desktop.interop.detect import parse_targets_bytes, read_roster, read_targets
from cbe_desktop.interop.errors import ImportFormatError
from cbe_desktop.interop.limits import (
    CSV_MAX_CELL_CHARS,
    CSV_MAX_COLUMNS,
    JSON_MAX_DEPTH,
    JSON_MAX_DIGITS,
    TARGETS_MAX_ROWS,
)
from cbe_desktop.services.importing import apply_roster_import, apply_targets_import

pytestmark = pytest.mark.usefixtures("cli_sandbox")  # see tests/conftest.py

CLASS = "Math 7"
TARGETS = "code,parent code,statement\nRP,,Ratios\n7.RP.1,RP,Compute unit rates\n"
ROSTER = "first name,last name\nAna Sofía,García López\nMateo,Hernández\n"
ONEROSTER = {
    "manifest.csv": "propertyName,value\nmanifest.version,1.0\noneroster.version,1.1\n",
    "users.csv": (
        "sourcedId,status,role,givenName,familyName,identifier\n"
        "s-1,,student,Ana Sofía,García López,700201\n"
        "s-2,,student,Mateo,Hernández,700202\n"
        "t-1,,teacher,Marisol,Rivera,T100\n"
    ),
    "classes.csv": "sourcedId,status,title,classCode\nc-1,,Math 7 - Period 2,MATH7-2\n",
    "enrollments.csv": (
        "sourcedId,status,classSourcedId,userSourcedId,role\n"
        "e-1,,c-1,s-1,student\ne-2,,c-1,s-2,student\ne-3,,c-1,t-1,teacher\n"
    ),
}
STUDENTS = [("Ana Sofía", "García López"), ("Mateo", "Hernández")]


# ----------------------------------------------------------------------------- helpers


def run(capsys: pytest.CaptureFixture[str], *args: str | Path) -> tuple[int, str, str]:
    """``cbe-desktop ARGS`` in this process: (exit status, stdout, stderr)."""
    code = main([str(a) for a in args])
    out, err = capsys.readouterr()
    return code, out, err


def snapshot(capsys: pytest.CaptureFixture[str], data_dir: Path) -> tuple[str, str]:
    """What a teacher could see of the store: live row counts and every class."""
    code, stats, err = run(capsys, "--data-dir", data_dir, "stats", "--json")
    assert code == 0, err
    code, classes, err = run(capsys, "--data-dir", data_dir, "classes", "--json")
    assert code == 0, err
    return stats, classes


def assert_one_sentence(message: str, phrase: str) -> None:
    """One plain sentence that names the problem: no traceback, no second sentence."""
    text = message.strip()
    assert phrase in text, text
    assert "unexpected problem" not in text and "Traceback" not in text
    assert "\n" not in text and text.endswith("."), text
    assert ". " not in text, f"more than one sentence: {text}"


def zipped(members: dict[str, bytes]) -> bytes:
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as zf:
        for name, data in members.items():
            zf.writestr(name, data)
    return buf.getvalue()


def oneroster(users: bytes | None = None, *, encode: Callable[[str], bytes] | None = None):
    """The OneRoster export's files as bytes, users.csv replaced when given."""
    encode = encode or (lambda text: text.encode("utf-8"))
    files = {name: encode(text) for name, text in ONEROSTER.items()}
    if users is not None:
        files["users.csv"] = users
    return files


@pytest.fixture(scope="module")
def seeded(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A data folder with a framework, a class and its students, closed."""
    folder = tmp_path_factory.mktemp("seed")
    data_dir = folder / "data"
    (folder / "targets.csv").write_text(TARGETS, encoding="utf-8")
    (folder / "roster.csv").write_text(ROSTER, encoding="utf-8")
    with Store.open(data_dir) as store:
        apply_targets_import(store, read_targets(folder / "targets.csv", framework_title=CLASS))
        apply_roster_import(store, read_roster(folder / "roster.csv", class_name=CLASS))
    return data_dir


@pytest.fixture
def data_dir(seeded: Path, tmp_path: Path) -> Path:
    """A copy of the seeded data folder for one test."""
    return Path(shutil.copytree(seeded, tmp_path / "data"))


# ------------------------------------------------------------------ files that are refused

LONG_CELL = (
    b"code,statement,first name,last name\n7.RP.1," + b"a" * (CSV_MAX_CELL_CHARS + 10) + b"\n"
)
WIDE = (",".join(f"c{i}" for i in range(100_000)) + "\n").encode()

#: Bad CSV content: (bytes, a phrase of the sentence the teacher must read).
BAD_CSV: dict[str, tuple[bytes, str]] = {
    "100,000 columns": (WIDE, f"has 100,000 cells, more than the {CSV_MAX_COLUMNS:,}"),
    "a row of 100,000 cells under a good header": (
        b"code,statement,first name,last name\n" + ",".join(["x"] * 100_000).encode() + b"\n",
        f"Row 2 of {{name}} has 100,000 cells, more than the {CSV_MAX_COLUMNS:,}",
    ),
    "a very long single line": (
        b"a" * (10 * 2**20),
        f"Row 1 of {{name}} has a cell longer than {CSV_MAX_CELL_CHARS:,} characters",
    ),
    "one cell longer than the limit": (
        LONG_CELL,
        f"Row 2 of {{name}} has a cell longer than {CSV_MAX_CELL_CHARS:,} characters",
    ),
    "a NUL byte in a name": (
        b"code,statement,first name,last name\nA,B,Ana,Gar\x00cia\n",
        "Line 2 of {name} holds a NUL character",
    ),
    "an empty file": (b"", "{name} is empty"),
    "a file of blank lines": (b"\r\n\r\n  \r\n", "{name} is empty"),
    "a PDF named .csv": (
        b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj\n<< /Type /Catalog >>\nendobj\n",
        "{name} is a PDF document, not a text file",
    ),
    "a PNG named .csv": (
        b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x00\x10\x00\x00\x00\x10\x08\x06",
        "{name} is a PNG picture, not a text file",
    ),
    # Excel workbooks are read (interop/workbook.py); this one holds no sheet: damaged.
    "an Excel workbook named .csv": (
        zipped({"[Content_Types].xml": b"<Types/>", "xl/workbook.xml": b"<workbook/>"}),
        "{name} is an Excel workbook the program cannot read (it may be damaged)",
    ),
    "a LibreOffice workbook (.ods) named .csv": (
        zipped(
            {
                "mimetype": b"application/vnd.oasis.opendocument.spreadsheet",
                "content.xml": b"<office:document-content/>",
            }
        ),
        "{name} is a spreadsheet workbook (.xlsx or .ods), not a text file",
    ),
    "other binary data": (
        bytes(range(256)) * 8,
        "{name} is not a text file (it holds binary data)",
    ),
    "a UTF-32 byte-order mark over bytes that are not UTF-32": (
        codecs.BOM_UTF32_LE + b"code,statement\n",
        "{name} is not UTF-8 text",
    ),
    "UTF-16 without its byte-order mark": (
        TARGETS.encode("utf-16-le"),
        "{name} is not UTF-8 text",
    ),
}

#: Bad JSON (given as targets): (bytes, a phrase of the sentence).
DEEP = b"[" * 100_000 + b"]" * 100_000
BAD_JSON: dict[str, tuple[bytes, str]] = {
    "JSON nested 100,000 deep": (DEEP, f"nests its data more than {JSON_MAX_DEPTH} levels deep"),
    "a CASE file nested 100,000 deep inside": (
        b'{"CFDocument": {"title": "Deep"}, "CFItems": [' + DEEP + b"]}",
        f"nests its data more than {JSON_MAX_DEPTH} levels deep",
    ),
    "a CASE file nested just past the limit": (
        b'{"CFDocument": {"title": "Deep"}, "CFItems": '
        + b"[" * JSON_MAX_DEPTH
        + b"]" * JSON_MAX_DEPTH
        + b"}",
        f"nests its data more than {JSON_MAX_DEPTH} levels deep",
    ),
    "a CASE file with a 5,000-digit number": (
        b'{"CFDocument": {"identifier": "d", "title": "Big"}, "CFItems": [{"identifier": "a", '
        b'"fullStatement": "Compute unit rates", "humanCodingScheme": "7.RP.1", '
        b'"sequenceNumber": ' + b"7" * 5_000 + b"}]}",
        f"holds a number 5,000 digits long, more than the {JSON_MAX_DIGITS} digits",
    ),
    "a negative 5,000-digit number": (
        b'{"CFItems": [], "x": -' + b"9" * 5_000 + b"}",
        "holds a number 5,000 digits long",
    ),
    "a lone surrogate in a statement": (
        b'{"CFDocument": {"identifier": "d", "title": "T"}, "CFItems": [{"identifier": "a", '
        b'"fullStatement": "Compute \\ud800 rates", "humanCodingScheme": "7.RP.1"}]}',
        "holds text that is not valid Unicode",
    ),
    "a NUL byte in JSON": (
        b'{"CFDocument": {"title": "T\x00"}, "CFItems": []}',
        "is not valid JSON (line 1",
    ),
}


def _place(kind: str, tmp_path: Path, data: bytes) -> tuple[Path, list[str], str]:
    """Put ``data`` where ``kind`` of import reads it: (path, command, name in sentences)."""
    if kind == "targets":
        path = tmp_path / "standards.csv"
        path.write_bytes(data)
        return path, ["import", "targets", str(path)], path.name
    if kind == "roster":
        path = tmp_path / "students.csv"
        path.write_bytes(data)
        return path, ["import", "roster", str(path), "--class", CLASS], path.name
    if kind == "oneroster zip":
        path = tmp_path / "oneroster.zip"
        path.write_bytes(zipped(oneroster(data)))
        return path, ["import", "roster", str(path)], "users.csv in oneroster.zip"
    folder = tmp_path / "oneroster"
    folder.mkdir()
    for name, content in oneroster(data).items():
        (folder / name).write_bytes(content)
    return folder, ["import", "roster", str(folder)], "users.csv in oneroster"


CSV_PATHS = ("targets", "roster", "oneroster zip", "oneroster folder")
REFUSED = [
    (case, kind)
    for case in BAD_CSV
    for kind in CSV_PATHS
    if not ("workbook" in case and kind.startswith("oneroster"))  # no export holds one
]


def _read(kind: str, path: Path) -> object:
    if kind == "targets":
        return read_targets(path)
    return read_roster(path, class_name=CLASS if kind == "roster" else None)


@pytest.mark.parametrize(("case", "kind"), REFUSED, ids=[f"{c} ({k})" for c, k in REFUSED])
def test_a_file_that_cannot_be_read_is_refused_in_one_sentence_by_the_readers(
    case: str, kind: str, tmp_path: Path
) -> None:
    data, phrase = BAD_CSV[case]
    path, _, name = _place(kind, tmp_path, data)

    with pytest.raises(ImportFormatError) as refused:
        _read(kind, path)

    assert_one_sentence(str(refused.value), phrase.format(name=name))


@pytest.mark.parametrize(("case", "kind"), REFUSED, ids=[f"{c} ({k})" for c, k in REFUSED])
def test_a_file_that_cannot_be_read_is_refused_by_the_command_line_and_the_store_is_unchanged(
    case: str, kind: str, tmp_path: Path, data_dir: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    data, phrase = BAD_CSV[case]
    _, command, name = _place(kind, tmp_path, data)
    before = snapshot(capsys, data_dir)

    code, _, err = run(capsys, "--data-dir", data_dir, *command)

    assert code == 1
    assert_one_sentence(err, phrase.format(name=name))
    assert snapshot(capsys, data_dir) == before


@pytest.mark.parametrize("case", list(BAD_JSON))
def test_a_json_file_that_cannot_be_read_is_refused_in_one_sentence_and_nothing_changes(
    case: str, tmp_path: Path, data_dir: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    data, phrase = BAD_JSON[case]
    path = tmp_path / "framework.json"
    path.write_bytes(data)
    with pytest.raises(ImportFormatError) as refused:
        read_targets(path)
    assert_one_sentence(str(refused.value), phrase)
    before = snapshot(capsys, data_dir)

    code, _, err = run(capsys, "--data-dir", data_dir, "import", "targets", path)

    assert code == 1
    assert_one_sentence(err, phrase)
    assert snapshot(capsys, data_dir) == before


def test_a_deep_json_file_given_as_a_roster_is_refused_as_json(
    tmp_path: Path, data_dir: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / "deep.json"
    path.write_bytes(DEEP)
    before = snapshot(capsys, data_dir)

    code, _, err = run(capsys, "--data-dir", data_dir, "import", "roster", path)

    assert code == 1
    assert_one_sentence(err, "deep.json is a JSON file, not a roster")
    assert snapshot(capsys, data_dir) == before


def test_a_case_file_nested_as_deep_as_the_limit_is_still_read(tmp_path: Path) -> None:
    extension: object = 7
    for _ in range(JSON_MAX_DEPTH - 4):  # package > CFItems > item > extensions > ...
        extension = {"x": extension}
    package = {
        "CFDocument": {"identifier": "d", "title": "Nested"},
        "CFItems": [
            {
                "identifier": "a",
                "humanCodingScheme": "7.RP.1",
                "fullStatement": "Compute unit rates",
                "extensions": extension,
            }
        ],
    }
    path = tmp_path / "nested.json"
    path.write_text(json.dumps(package), encoding="utf-8")

    parsed = read_targets(path)

    assert [(t.code, t.statement) for t in parsed.targets] == [("7.RP.1", "Compute unit rates")]


# ------------------------------------------------------- files spreadsheets write: read them

TARGET_ROWS = [("RP", "Ratios"), ("7.RP.1", "Calcular tasas unitarias: ¿cuánto por uno?")]
TARGETS_TEXT = (
    "code,parent code,statement\nRP,,Ratios\n7.RP.1,RP,Calcular tasas unitarias: ¿cuánto por uno?\n"
)


def _targets_of(parsed: object) -> list[tuple[str, str]]:
    return [(t.code, t.statement) for t in parsed.targets]  # type: ignore[attr-defined]


def _students_of(parsed: object) -> list[tuple[str, str]]:
    return [(s.given_name, s.family_name) for s in parsed.students]  # type: ignore[attr-defined]


def _libreoffice(text: str) -> bytes:
    """LibreOffice in a Spanish locale: a byte-order mark, ``;`` and every cell quoted."""
    lines = [";".join(f'"{c}"' for c in line.split(",")) for line in text.splitlines()]
    return codecs.BOM_UTF8 + ("\n".join(lines) + "\n").encode("utf-8")


def _stray_cr_after_header_cells(text: str) -> bytes:
    header, rest = text.split("\n", 1)
    return (header.replace(",", "\r,") + "\r\r\n" + rest.replace("\n", "\r\n")).encode()


def _stray_cr_in_quoted_header_cells(text: str) -> bytes:
    header, rest = text.split("\n", 1)
    return (",".join(f'"{h}\r"' for h in header.split(",")) + "\n" + rest).encode()


#: How programs write the same list, from its text with "," and LF.
WRITERS: dict[str, Callable[[str], bytes]] = {
    "Excel for Mac 'CSV UTF-8' (a mark, lone CR line ends)": (
        lambda t: codecs.BOM_UTF8 + t.replace("\n", "\r").encode("utf-8")
    ),
    "Excel for Mac CSV without a last line end": (
        lambda t: t.replace("\n", "\r").rstrip("\r").encode("utf-8")
    ),
    "Excel 'Unicode text' (UTF-16 LE, tabs, CR LF)": (
        lambda t: (
            codecs.BOM_UTF16_LE + t.replace(",", "\t").replace("\n", "\r\n").encode("utf-16-le")
        )
    ),
    "UTF-16 big-endian with its mark": (
        lambda t: codecs.BOM_UTF16_BE + t.replace(",", "\t").encode("utf-16-be")
    ),
    "LibreOffice (a mark, ';', quoted cells)": _libreoffice,
    "UTF-32 little-endian with its mark": (lambda t: codecs.BOM_UTF32_LE + t.encode("utf-32-le")),
    "UTF-32 big-endian with its mark": lambda t: codecs.BOM_UTF32_BE + t.encode("utf-32-be"),
    "a stray CR after each header cell": _stray_cr_after_header_cells,
    "a stray CR inside quoted header cells": _stray_cr_in_quoted_header_cells,
}


@pytest.mark.parametrize("case", list(WRITERS))
def test_a_targets_file_as_programs_write_it_is_read_row_for_row(case: str, tmp_path: Path) -> None:
    path = tmp_path / "standards.csv"
    path.write_bytes(WRITERS[case](TARGETS_TEXT))

    parsed = read_targets(path)

    assert _targets_of(parsed) == TARGET_ROWS
    assert parsed.targets[1].parent_key == "RP"


@pytest.mark.parametrize("case", list(WRITERS))
def test_a_roster_as_programs_write_it_is_read_row_for_row(case: str, tmp_path: Path) -> None:
    path = tmp_path / "students.csv"
    path.write_bytes(WRITERS[case](ROSTER))

    parsed = read_roster(path, class_name=CLASS)

    assert _students_of(parsed) == STUDENTS


@pytest.mark.parametrize("case", list(WRITERS))
def test_a_oneroster_export_as_programs_write_it_is_read(case: str, tmp_path: Path) -> None:
    path = tmp_path / "oneroster.zip"
    path.write_bytes(zipped(oneroster(encode=WRITERS[case])))

    parsed = read_roster(path)

    assert _students_of(parsed) == STUDENTS
    assert [c.name for c in parsed.classes] == ["Math 7 - Period 2"]
    assert len(parsed.enrollments) == 2


def test_excel_for_mac_keeps_a_line_break_inside_a_cell(tmp_path: Path) -> None:
    """Excel for Mac ends rows with CR but writes a line break inside a cell as LF."""
    targets, roster = tmp_path / "standards.csv", tmp_path / "students.csv"
    targets.write_bytes(
        'code,parent code,statement\rRP,,Ratios\r7.RP.1,RP,"Calcular tasas unitarias:\n'
        '¿cuánto por uno?"\r'.encode()
    )
    roster.write_bytes(
        'first name,last name\r"Ana Sofía","García\nLópez"\rMateo,Hernández\r'.encode()
    )

    assert _targets_of(read_targets(targets)) == [
        ("RP", "Ratios"),
        ("7.RP.1", "Calcular tasas unitarias:\n¿cuánto por uno?"),
    ]
    assert _students_of(read_roster(roster, class_name=CLASS)) == [
        ("Ana Sofía", "García\nLópez"),
        ("Mateo", "Hernández"),
    ]


def test_excel_for_mac_files_import_through_the_command_line(
    tmp_path: Path, data_dir: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    mac = WRITERS["Excel for Mac 'CSV UTF-8' (a mark, lone CR line ends)"]
    targets, roster = tmp_path / "mac-standards.csv", tmp_path / "mac-students.csv"
    targets.write_bytes(mac(TARGETS_TEXT))
    roster.write_bytes(mac(ROSTER.replace("Mateo", "Lucía")))

    code, out, err = run(capsys, "--data-dir", data_dir, "import", "targets", targets)
    assert code == 0, err
    assert "Imported mac-standards.csv: 3 new, 0 updated, 0 unchanged." in out
    code, out, err = run(
        capsys, "--data-dir", data_dir, "import", "roster", roster, "--class", "Science 7"
    )
    assert code == 0, err

    with Store.open(data_dir) as store, store.read() as session:
        statements = {t.code: t.statement for t in session.exec(select(Target)).all()}
        names = {(s.given_name, s.family_name) for s in session.exec(select(Student)).all()}
    assert statements["7.RP.1"] == "Calcular tasas unitarias: ¿cuánto por uno?"
    assert ("Lucía", "Hernández") in names and ("Ana Sofía", "García López") in names


def test_a_oneroster_zip_with_lone_cr_line_ends_imports_through_the_command_line(
    tmp_path: Path, data_dir: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / "oneroster.zip"
    path.write_bytes(zipped(oneroster(encode=lambda t: t.replace("\n", "\r").encode("utf-8"))))

    code, out, err = run(capsys, "--data-dir", data_dir, "import", "roster", path)

    assert code == 0, err
    assert out.strip().endswith("Imported oneroster.zip: 5 new, 0 updated, 0 unchanged.")


def test_a_case_file_saved_as_utf16_or_utf32_is_read(tmp_path: Path) -> None:
    package = {
        "CFDocument": {"identifier": "d", "title": "Matemáticas 7"},
        "CFItems": [{"identifier": "a", "humanCodingScheme": "7.RP.1", "fullStatement": "Razones"}],
    }
    text = json.dumps(package, ensure_ascii=False)
    for encoding in ("utf-16", "utf-32", "utf-8-sig"):
        path = tmp_path / f"case-{encoding}.json"
        path.write_bytes(text.encode(encoding))

        parsed = read_targets(path)

        assert parsed.framework_title == "Matemáticas 7", encoding
        assert _targets_of(parsed) == [("7.RP.1", "Razones")], encoding


# ------------------------------------------------------------------------- limits, exactly


def test_a_file_of_exactly_the_column_limit_is_read_and_one_more_is_refused() -> None:
    header = ["code", "statement", *(f"extra {i}" for i in range(CSV_MAX_COLUMNS - 2))]
    row = ["7.RP.1", "Compute unit rates", *([""] * (CSV_MAX_COLUMNS - 2))]
    fits = (",".join(header) + "\n" + ",".join(row) + "\n").encode()

    assert _targets_of(parse_targets_bytes(fits, "wide.csv")) == [("7.RP.1", "Compute unit rates")]
    with pytest.raises(ImportFormatError, match=r"Row 1 of wide\.csv has 1,001 cells"):
        parse_targets_bytes(fits.replace(b"\n", b",one more\n", 1), "wide.csv")


def test_a_cell_of_exactly_the_character_limit_is_read() -> None:
    statement = "a" * CSV_MAX_CELL_CHARS
    data = f"code,statement\n7.RP.1,{statement}\n".encode()

    table = read_table(data, "long.csv", max_rows=TARGETS_MAX_ROWS, what="targets")

    assert table.rows == ((2, ("7.RP.1", statement)),)


def test_the_cell_limit_is_the_csv_modules_own() -> None:
    import csv

    assert csv.field_size_limit() == CSV_MAX_CELL_CHARS


def test_a_number_of_exactly_the_digit_limit_is_read(tmp_path: Path) -> None:
    path = tmp_path / "framework.json"
    path.write_bytes(
        b'{"CFDocument": {"identifier": "d", "title": "T"}, "CFItems": [{"identifier": "a", '
        b'"humanCodingScheme": "7.RP.1", "fullStatement": "Rates", "x": '
        + b"9" * JSON_MAX_DIGITS
        + b"}]}"
    )

    assert _targets_of(read_targets(path)) == [("7.RP.1", "Rates")]


# ------------------------------------------------------------- the window's import dialog


@pytest.fixture
def window(qtbot, store: Store):  # type: ignore[no-untyped-def]
    from cbe_desktop.ui.main_window import MainWindow

    w = MainWindow(store)
    w.operations.quiet = True
    qtbot.addWidget(w)
    return w


def _live_counts(store: Store) -> dict[str, int]:
    from cbe_desktop.core.stats import live_counts

    with store.read() as session:
        return live_counts(session)


@pytest.mark.parametrize(
    ("kind", "case"),
    [
        ("targets", "a row of 100,000 cells under a good header"),
        ("roster", "a row of 100,000 cells under a good header"),
        ("targets", "100,000 columns"),
        ("roster", "a NUL byte in a name"),
        ("targets", "a PDF named .csv"),
        ("roster", "an Excel workbook named .csv"),
        ("targets", "one cell longer than the limit"),
    ],
)
def test_the_import_window_refuses_a_file_it_cannot_read_in_one_sentence(
    qtbot, window, store: Store, tmp_path: Path, kind: str, case: str
) -> None:
    from cbe_desktop.ui.import_dialog import ImportDialog

    data, phrase = BAD_CSV[case]
    path = tmp_path / "chosen.csv"
    path.write_bytes(data)
    before = _live_counts(store)

    dialog = ImportDialog(window, store, kind, path, class_name=CLASS)
    qtbot.addWidget(dialog)

    assert_one_sentence(dialog.error_text, phrase.format(name="chosen.csv"))
    assert not dialog.import_button.isEnabled() and not dialog.valid_button.isEnabled()
    assert _live_counts(store) == before


def test_the_import_window_previews_an_excel_for_mac_file_row_for_row(
    qtbot, window, store: Store, tmp_path: Path
) -> None:
    from cbe_desktop.ui.import_dialog import ImportDialog

    path = tmp_path / "mac.csv"
    path.write_bytes(WRITERS["Excel for Mac 'CSV UTF-8' (a mark, lone CR line ends)"](TARGETS_TEXT))

    dialog = ImportDialog(window, store, "targets", path)
    qtbot.addWidget(dialog)

    header = [dialog.preview.horizontalHeaderItem(c).text() for c in range(3)]
    cells = [
        [dialog.preview.item(r, c).text() for c in range(dialog.preview.columnCount())]
        for r in range(dialog.preview.rowCount())
    ]
    assert header == ["code", "parent code", "statement"]
    assert cells == [["RP", "", "Ratios"], ["7.RP.1", "RP", TARGET_ROWS[1][1]]]
    assert dialog.import_button.isEnabled(), dialog.plan_text.toPlainText()
