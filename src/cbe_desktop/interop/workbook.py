"""Excel workbooks (.xlsx) given where a CSV file is expected: read with openpyxl.

A teacher's class list or a district's standards often arrive as an Excel workbook, and
"save it as CSV UTF-8" is one more thing to get wrong. A workbook is read here into the
same CSV text the CSV readers take, so it goes through the same columns, limits, preview
and plan as a CSV file: the first sheet whose header row looks like what is being
imported (targets: code and statement columns; a roster: first and last name columns),
else the workbook's active sheet. Blank rows above the header are skipped; a formula
gives the value Excel saved with it; a date becomes 2025-08-18; a whole number stays
whole (7, not 7.0).

An .xlsx file is a zip of XML files, so it is checked before openpyxl reads it: at most
:data:`MAX_MEMBERS` members, :data:`MAX_UNCOMPRESSED` bytes once unpacked, no member
packed more than :data:`MAX_RATIO` times (a zip bomb), none encrypted. Anything openpyxl
cannot read is one sentence that asks for a CSV UTF-8 copy. LibreOffice's .ods and the
old .xls are not read (see ``textfile``: they are named, with the same advice).
"""

from __future__ import annotations

import csv
import io
import logging
import warnings
import zipfile
from collections.abc import Callable, Iterable, Iterator
from datetime import date, datetime, time
from typing import Any

from cbe_desktop.core.phrases import QT_TRANSLATE_NOOP
from cbe_desktop.interop.csvtext import looks_like_roster, looks_like_targets, spreadsheet_safe
from cbe_desktop.interop.errors import ImportFormatError
from cbe_desktop.interop.limits import CSV_MAX_COLUMNS, MB, ROSTER_MAX_ROWS, TARGETS_MAX_ROWS

log = logging.getLogger(__name__)

#: Members of a workbook's zip: a plain workbook has a dozen or two.
MAX_MEMBERS = 1_000
#: Bytes of a workbook once unpacked: a 50,000-row class list is a few tens of MB.
MAX_UNCOMPRESSED = 200 * MB
#: How many times smaller than its content a member may be packed; XML packs some 10-30
#: times, a zip bomb thousands.
MAX_RATIO = 200
#: Blank rows a sheet may have above its header row.
MAX_BLANK_ABOVE = 50


def is_workbook(data: bytes) -> bool:
    """Whether ``data`` is an Excel workbook (.xlsx, .xlsm): a zip holding xl/workbook.xml."""
    if data[:4] != b"PK\x03\x04":
        return False
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as archive:
            return "xl/workbook.xml" in archive.namelist()[:MAX_MEMBERS]
    except (zipfile.BadZipFile, OSError, ValueError, RuntimeError):
        return False


def _unreadable(name: str) -> ImportFormatError:
    """A damaged workbook, or one openpyxl cannot read (what went wrong is logged)."""
    return ImportFormatError(
        QT_TRANSLATE_NOOP(
            "Files",
            "{name} is an Excel workbook the program cannot read (it may be damaged); open "
            "it in your spreadsheet and save it as 'CSV UTF-8', then import that file.",
        )(name=name)
    )


def _check_zip(data: bytes, name: str) -> None:
    """Refuse a workbook whose zip is too large unpacked, packed like a bomb, or locked."""
    with zipfile.ZipFile(io.BytesIO(data)) as archive:
        infos = archive.infolist()
        if len(infos) > MAX_MEMBERS:
            raise _unreadable(name)
        total = 0
        for info in infos:
            if info.flag_bits & 0x1:
                raise ImportFormatError(
                    QT_TRANSLATE_NOOP(
                        "Files",
                        "{name} is protected by a password; save it without one (or as "
                        "'CSV UTF-8') and import that file.",
                    )(name=name)
                )
            total += info.file_size
            packed = max(info.compress_size, 1)
            if info.file_size > MAX_UNCOMPRESSED or info.file_size / packed > MAX_RATIO:
                raise ImportFormatError(
                    QT_TRANSLATE_NOOP(
                        "Files",
                        "{name} unpacks to far more data than a spreadsheet holds; check that "
                        "it is the right file.",
                    )(name=name)
                )
        if total > MAX_UNCOMPRESSED:
            raise ImportFormatError(
                QT_TRANSLATE_NOOP(
                    "Files",
                    "{name} unpacks to far more data than a spreadsheet holds; check that "
                    "it is the right file.",
                )(name=name)
            )


def cell_text(value: Any) -> str:
    """A cell's value as the text a CSV file saved by Excel would hold."""
    if value is None:
        return ""
    if isinstance(value, bool):
        return "TRUE" if value else "FALSE"
    if isinstance(value, int):
        return str(value)
    if isinstance(value, float):
        if value.is_integer() and abs(value) < 1e15:
            return str(int(value))
        return f"{value:.15g}"
    if isinstance(value, datetime):
        if value.time() == time(0, 0):
            return value.date().isoformat()
        return value.isoformat(sep=" ", timespec="minutes")
    if isinstance(value, date | time):
        return value.isoformat()
    return str(value)


def _rows(sheet: Any, max_rows: int) -> Iterator[list[str]]:
    """The sheet's rows as text, from the first non-blank one, trailing blanks trimmed;
    at most ``max_rows`` + 2 rows (the header, the rows, and one over the limit)."""
    started = False
    blank_above = 0
    count = 0
    for values in sheet.iter_rows(max_col=CSV_MAX_COLUMNS + 1, values_only=True):
        cells = [cell_text(v) for v in values]
        while cells and not cells[-1].strip():
            cells.pop()
        if not started:
            if not cells:
                blank_above += 1
                if blank_above > MAX_BLANK_ABOVE:
                    return
                continue
            started = True
        yield cells
        count += 1
        if count > max_rows + 1:
            return


def _first_row(sheet: Any) -> list[str]:
    for cells in _rows(sheet, 0):
        return cells
    return []


def _choose_sheet(workbook: Any, fits: Callable[[Iterable[str]], bool]) -> Any:
    for sheet in workbook.worksheets:
        if fits(_first_row(sheet)):
            return sheet
    return workbook.active or workbook.worksheets[0]


def workbook_as_csv(data: bytes, name: str, *, what: str) -> bytes:
    """The sheet of an Excel workbook that holds the ``what`` ("targets" or "roster"), as
    UTF-8 CSV bytes for the CSV readers. Refused in one sentence when it cannot be read."""
    try:
        _check_zip(data, name)
    except (zipfile.BadZipFile, OSError, ValueError, RuntimeError) as exc:
        log.info("workbook %s cannot be opened: %r", name, exc)
        raise _unreadable(name) from None
    import openpyxl  # a few tenths of a second to load: only when a workbook comes

    fits = looks_like_targets if what == "targets" else looks_like_roster
    max_rows = TARGETS_MAX_ROWS if what == "targets" else ROSTER_MAX_ROWS
    out = io.StringIO(newline="")
    writer = csv.writer(out, lineterminator="\r\n")
    try:
        with warnings.catch_warnings():
            # openpyxl warns of features it ignores (data validation, styles): not ours.
            warnings.simplefilter("ignore")
            workbook = openpyxl.load_workbook(
                io.BytesIO(data), read_only=True, data_only=True, keep_links=False
            )
            try:
                if not workbook.worksheets:
                    raise _unreadable(name)
                sheet = _choose_sheet(workbook, fits)
                log.info("reading sheet %r of workbook %s", sheet.title, name)
                for cells in _rows(sheet, max_rows):
                    # The CSV readers take one ' off a cell that starts a formula; put it
                    # on, so that a cell's text ("'=x" too) reads back exactly as it is.
                    writer.writerow(spreadsheet_safe(c) for c in cells)
            finally:
                workbook.close()
    except ImportFormatError:
        raise
    except Exception as exc:  # openpyxl raises many kinds for a damaged file
        log.info("workbook %s cannot be read: %r", name, exc)
        raise _unreadable(name) from None
    text = out.getvalue()
    if not text.strip():
        raise ImportFormatError(
            QT_TRANSLATE_NOOP(
                "Files", "{name} is empty; it needs a header row and one row a line."
            )(name=name)
        )
    return text.encode("utf-8")
