"""Reading spreadsheet CSV files as teachers save them (Excel, Google Sheets, LibreOffice).

Encoding. UTF-8 is accepted with or without a byte-order mark (Excel's "CSV UTF-8"
writes one, Google Sheets does not), and so is UTF-16 *with* its byte-order mark
(Excel's "Unicode Text"). Anything else is refused with a sentence that names the fix,
rather than guessed. Guessing is not safe here: Excel for Windows saves "CSV (Comma
delimited)" as cp1252 but Excel for Mac saves the same choice as Mac Roman, and both
decode any byte sequence without error, so a wrong guess silently turns "Ramírez" into
"Ram√≠rez" on a roster and on every family packet printed from it. One re-save as
"CSV UTF-8" is a small price for names that are right.

Separator. The header line decides: whichever of ``,`` ``;`` or tab splits it into the
most columns (Excel in many European and Latin American locales writes ``;``).
"""

from __future__ import annotations

import codecs
import csv
import io
import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass

from cbe_desktop.core.phrases import QT_TRANSLATE_NOOP
from cbe_desktop.interop.errors import ImportFormatError

DELIMITERS = (",", ";", "\t")


def decode_text(data: bytes, name: str) -> str:
    """The text of a CSV file: UTF-8 (BOM optional) or UTF-16 with a BOM; else refused."""
    if data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        try:
            return data.decode("utf-16")
        except UnicodeDecodeError:
            pass
    elif b"\x00" not in data[:4096]:
        try:
            return data.decode("utf-8-sig")
        except UnicodeDecodeError:
            pass
    raise ImportFormatError(
        QT_TRANSLATE_NOOP(
            "Files",
            "{name} is not UTF-8 text; open it in your spreadsheet and save it as "
            "'CSV UTF-8 (Comma delimited)', then import that file.",
        )(name=name)
    )


def normalize_header(text: str) -> str:
    """'Parent_Code' -> 'parent code', '"I can" statement' -> 'i can statement'."""
    text = text.strip().strip("\ufeff").casefold()
    text = re.sub(r"[\"'“”‘’]", "", text)
    text = re.sub(r"[\s_\-.:/]+", " ", text)
    return text.strip()


def sniff_delimiter(text: str) -> str:
    first = text.lstrip("\ufeff").split("\n", 1)[0]
    best, best_count = ",", 0
    for delimiter in DELIMITERS:
        fields = next(csv.reader([first], delimiter=delimiter), [])
        if len(fields) > best_count:
            best, best_count = delimiter, len(fields)
    return best


@dataclass(frozen=True)
class Table:
    """A CSV file read whole: its header and its non-blank rows with spreadsheet row numbers."""

    header: tuple[str, ...]
    rows: tuple[tuple[int, tuple[str, ...]], ...]  # (spreadsheet row number, cells)
    delimiter: str

    def column(self, wanted: str) -> int | None:
        """The index of a header cell, matched the way a teacher would read it."""
        key = normalize_header(wanted)
        for i, cell in enumerate(self.header):
            if normalize_header(cell) == key:
                return i
        return None


def read_table(
    data: bytes, name: str, *, max_rows: int, what: str, max_cells: int = 1_000
) -> Table:
    """Read a whole CSV file (already size-checked) into a :class:`Table`."""
    text = decode_text(data, name)
    delimiter = sniff_delimiter(text)
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter, strict=False)
    try:
        header = next(reader, None)
        if header is None or not any(cell.strip() for cell in header):
            raise ImportFormatError(
                QT_TRANSLATE_NOOP(
                    "Files", "{name} is empty; it needs a header row and one row a line."
                )(name=name)
            )
        rows: list[tuple[int, tuple[str, ...]]] = []
        for index, cells in enumerate(reader):
            if not any(cell.strip() for cell in cells):
                continue
            if len(rows) >= max_rows:
                if what == "roster":
                    template = QT_TRANSLATE_NOOP(
                        "Files",
                        "{name} has more than {count} rows, more than a roster file may "
                        "have; check that it is the right file.",
                    )
                else:
                    template = QT_TRANSLATE_NOOP(
                        "Files",
                        "{name} has more than {count} rows, more than a targets file may "
                        "have; check that it is the right file.",
                    )
                raise ImportFormatError(template(name=name, count=f"{max_rows:,}"))
            if len(cells) > max_cells:
                raise ImportFormatError(
                    QT_TRANSLATE_NOOP(
                        "Files",
                        "Row {row} of {name} has {count} cells; check that it is the right file.",
                    )(row=str(index + 2), name=name, count=f"{len(cells):,}")
                )
            rows.append((index + 2, tuple(cell.strip() for cell in cells)))
    except csv.Error as exc:
        raise ImportFormatError(
            QT_TRANSLATE_NOOP(
                "Files",
                "{name} is not a CSV file the program can read ({reason}); save it again from "
                "your spreadsheet as 'CSV UTF-8'.",
            )(name=name, reason=str(exc))
        ) from None
    return Table(
        header=tuple(cell.strip().lstrip("\ufeff") for cell in header),
        rows=tuple(rows),
        delimiter=delimiter,
    )


def match_columns(header: Iterable[str], synonyms: Mapping[str, tuple[str, ...]]) -> dict[str, str]:
    """{field: header cell} for each field whose name (or a synonym) is a column."""
    cells = list(header)
    found: dict[str, str] = {}
    for field_name, names in synonyms.items():
        wanted = [normalize_header(n) for n in names]
        for want in wanted:
            cell = next((c for c in cells if normalize_header(c) == want), None)
            if cell is not None and cell not in found.values():
                found[field_name] = cell
                break
    return found


def cell(cells: tuple[str, ...], index: int | None) -> str:
    if index is None or index >= len(cells):
        return ""
    return cells[index].strip()


def looks_like_roster(header: Iterable[str]) -> bool:
    """A header with a first/given name and a last/family name column (or OneRoster's)."""
    names = {normalize_header(h) for h in header}
    given = names & {"given name", "givenname", "first name", "firstname", "first", "given"}
    family = names & {
        "family name",
        "familyname",
        "last name",
        "lastname",
        "last",
        "family",
        "surname",
    }
    return bool(given and family)


def looks_like_targets(header: Iterable[str]) -> bool:
    names = {normalize_header(h) for h in header}
    if {"vendor guid", "object type"} <= names:
        return True
    has_statement = bool(
        names & {"statement", "full statement", "fullstatement", "learning target", "standard"}
    )
    has_code = bool(names & {"code", "target code", "standard code", "human coding scheme"})
    return has_statement and has_code


def family_language(value: str) -> str | None:
    """'es', 'spa', 'Spanish', 'Español', 'es-MX' -> 'es'; English likewise; else None."""
    text = normalize_header(value)
    if not text:
        return None
    if text in ("es", "spa") or text.startswith(("es ", "spanish", "español", "espanol")):
        return "es"
    if text in ("en", "eng") or text.startswith(("en ", "english", "inglés", "ingles")):
        return "en"
    return None
