"""Reading spreadsheet CSV files as teachers save them (Excel, Google Sheets, LibreOffice).

Encoding: see ``textfile`` (UTF-8, or UTF-16/32 with a byte-order mark; binary files
and other encodings are refused in one sentence).

Line ends. Windows programs end lines with CR LF, others with LF, and Excel for Mac's
"CSV" and "Comma Separated Values" with a lone CR (the classic Mac line end): all three
are read alike. A file whose line ends are lone CRs has them turned into LFs; in a file
with LF or CR LF line ends, a lone CR is a stray (text pasted from an old Mac program)
and becomes a space, so a header cell that ends in one is read without it.

Separator. The header line decides: whichever of ``,`` ``;`` or tab splits it into the
most columns (Excel in many European and Latin American locales writes ``;``).

Size. The header and every row may have at most ``limits.CSV_MAX_COLUMNS`` cells, and a
cell at most ``limits.CSV_MAX_CELL_CHARS`` characters; a file past either is refused
with the row and the limit.

Spreadsheet formulas. The program's own CSV exports put a ``'`` before a cell that
begins with ``=``, ``+``, ``-``, ``@``, a tab or a return (see :func:`spreadsheet_safe`),
so that a spreadsheet shows the text instead of running it as a formula. Reading a CSV
removes that one quote again, only before those characters (:func:`spreadsheet_text`),
so an exported file imports to the same text.
"""

from __future__ import annotations

import csv
import io
import re
from collections.abc import Iterable, Iterator, Mapping
from dataclasses import dataclass

from cbe_desktop.core.languages import Language
from cbe_desktop.core.phrases import QT_TRANSLATE_NOOP
from cbe_desktop.interop.errors import ImportFormatError
from cbe_desktop.interop.limits import CSV_MAX_CELL_CHARS, CSV_MAX_COLUMNS
from cbe_desktop.interop.textfile import decode_text

__all__ = ["decode_text"]  # re-exported: the CSV readers' first step

DELIMITERS = (",", ";", "\t")
#: A cell beginning with one of these is a formula to a spreadsheet (OWASP, CSV Injection).
FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")
#: How much of the header line is looked at to choose the separator.
SNIFF_CHARS = 65_536
_STRAY_CR = re.compile(r"\r(?!\n)")


def spreadsheet_safe(value: str) -> str:
    """``value`` as a CSV cell a spreadsheet will not run: a ``'`` before a formula start.

    OWASP's advice for CSV files opened in Excel, LibreOffice or Google Sheets: a cell
    that begins with ``=``, ``+``, ``-``, ``@``, tab or carriage return gets a single
    quote in front, which makes the spreadsheet take it as text. A cell that already
    begins with quotes before such a character gets one more, so that
    :func:`spreadsheet_text` gives back exactly ``value``. Everything else is unchanged.
    """
    return "'" + value if value.lstrip("'").startswith(FORMULA_STARTS) else value


def spreadsheet_text(value: str) -> str:
    """The text of a cell :func:`spreadsheet_safe` wrote: one ``'`` before a formula start
    (after any further quotes) is removed; any other cell is as written, so "'Tis" and
    "'07" stay as they are."""
    if value.startswith("'") and value.lstrip("'").startswith(FORMULA_STARTS):
        return value[1:]
    return value


def csv_text(data: bytes, name: str) -> str:
    """The decoded text of a CSV file with its line ends made LF or CR LF (see above)."""
    text = decode_text(data, name)
    if "\r" not in text:
        return text
    crlf = text.count("\r\n")
    lone_cr = text.count("\r") - crlf
    if not lone_cr:
        return text
    lone_lf = text.count("\n") - crlf
    if not crlf and lone_cr > lone_lf:  # Excel for Mac: CR ends each line
        return text.replace("\r", "\n")
    return _STRAY_CR.sub(" ", text)


def normalize_header(text: str) -> str:
    """'Parent_Code' -> 'parent code', '"I can" statement' -> 'i can statement'."""
    text = text.strip().strip("\ufeff").casefold()
    text = re.sub(r"[\"'“”‘’]", "", text)
    text = re.sub(r"[\s_\-.:/]+", " ", text)
    return text.strip()


def header_key(text: str) -> str:
    """How two column names are compared: as :func:`normalize_header` reads them, with
    the spaces left out, so that CASE's and OneRoster's ``humanCodingScheme``,
    ``fullStatement`` or ``sourcedId`` match 'Human coding scheme', 'Full statement' or
    'sourced_id' ('humancodingscheme' each)."""
    return normalize_header(text).replace(" ", "")


def sniff_delimiter(text: str) -> str:
    """The separator that splits the header line (its first 64 KB) into the most cells."""
    first = text.lstrip("\ufeff").split("\n", 1)[0][:SNIFF_CHARS]
    best, best_count = ",", 0
    for delimiter in DELIMITERS:
        try:
            fields = next(csv.reader([first], delimiter=delimiter), [])
        except csv.Error:  # a cell past the csv module's limit: not this separator
            continue
        if len(fields) > best_count:
            best, best_count = delimiter, len(fields)
    return best


@dataclass(frozen=True)
class Table:
    """A CSV file read whole: its header and its non-blank rows with spreadsheet row numbers."""

    header: tuple[str, ...]
    rows: tuple[tuple[int, tuple[str, ...]], ...]  # (spreadsheet row number, cells)
    delimiter: str

    def column(self, *wanted: str) -> int | None:
        """The index of the first header cell named one of ``wanted``, matched the way a
        teacher would read it (case, spaces and punctuation aside: :func:`header_key`)."""
        keys = [header_key(c) for c in self.header]
        for name in wanted:
            key = header_key(name)
            if key in keys:
                return keys.index(key)
        return None


def _records(text: str, name: str, delimiter: str) -> Iterator[tuple[int, list[str]]]:
    """(spreadsheet row number, cells) of every row, the header first, within the limits."""
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter, strict=False)
    number = 0  # the last row read whole: the csv module stops inside the next one
    try:
        for number, cells in enumerate(reader, start=1):
            if len(cells) > CSV_MAX_COLUMNS:
                raise ImportFormatError(
                    QT_TRANSLATE_NOOP(
                        "Files",
                        "Row {row} of {name} has {count} cells, more than the {limit} the "
                        "program reads; check that it is the right file.",
                    )(
                        row=f"{number:,}",
                        name=name,
                        count=f"{len(cells):,}",
                        limit=f"{CSV_MAX_COLUMNS:,}",
                    )
                )
            yield number, [spreadsheet_text(cell.strip()).strip() for cell in cells]
    except csv.Error as exc:
        if "field limit" in str(exc):  # "field larger than field limit (131072)"
            raise ImportFormatError(
                QT_TRANSLATE_NOOP(
                    "Files",
                    "Row {row} of {name} has a cell longer than {limit} characters; "
                    "check that it is the right file.",
                )(row=f"{number + 1:,}", name=name, limit=f"{CSV_MAX_CELL_CHARS:,}")
            ) from None
        raise ImportFormatError(
            QT_TRANSLATE_NOOP(
                "Files",
                "{name} is not a CSV file the program can read ({reason}); save it again from "
                "your spreadsheet as 'CSV UTF-8'.",
            )(name=name, reason=str(exc))
        ) from None


def _empty(name: str) -> ImportFormatError:
    return ImportFormatError(
        QT_TRANSLATE_NOOP("Files", "{name} is empty; it needs a header row and one row a line.")(
            name=name
        )
    )


def header_row(data: bytes, name: str) -> list[str]:
    """The header row of a CSV file, read like :func:`read_table` reads it ([] if empty);
    how the program tells a roster from a list of targets."""
    text = csv_text(data, name)
    for _, cells in _records(text, name, sniff_delimiter(text)):
        return [c.lstrip("\ufeff") for c in cells]
    return []


def read_table(data: bytes, name: str, *, max_rows: int, what: str) -> Table:
    """Read a whole CSV file (already size-checked) into a :class:`Table`."""
    text = csv_text(data, name)
    delimiter = sniff_delimiter(text)
    records = _records(text, name, delimiter)
    _, header = next(records, (0, []))
    if not any(header):
        raise _empty(name)
    rows: list[tuple[int, tuple[str, ...]]] = []
    for number, cells in records:
        if not any(cells):
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
        rows.append((number, tuple(cells)))
    return Table(
        header=tuple(cell.lstrip("\ufeff") for cell in header),
        rows=tuple(rows),
        delimiter=delimiter,
    )


def match_columns(header: Iterable[str], synonyms: Mapping[str, tuple[str, ...]]) -> dict[str, str]:
    """{field: header cell} for each field whose name (or a synonym) is a column."""
    cells = list(header)
    found: dict[str, str] = {}
    for field_name, names in synonyms.items():
        wanted = [header_key(n) for n in names]
        for want in wanted:
            cell = next((c for c in cells if c and header_key(c) == want), None)
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


#: Column names that say "a statement of a standard" and "its code", as :func:`header_key`
#: writes them (a plain list, a state's download, a CASE spreadsheet).
STATEMENT_KEYS = frozenset(
    {
        "statement",
        "fullstatement",
        "learningtarget",
        "standard",
        "standardtext",
        "standarddescription",
        "standardstatement",
        "competencystatement",
    }
)
CODE_KEYS = frozenset(
    {"code", "targetcode", "standardcode", "humancodingscheme", "standardnumber", "standardid"}
)


def looks_like_targets(header: Iterable[str]) -> bool:
    names = {header_key(h) for h in header}
    if {"vendorguid", "objecttype"} <= names:
        return True
    has_code = bool(names & CODE_KEYS) or "identifier" in names
    return bool(names & STATEMENT_KEYS) and has_code


def family_language(value: str) -> str | None:
    """'es', 'spa', 'Spanish', 'Español', 'es-MX' -> 'es'; English likewise; else None."""
    text = normalize_header(value)
    if not text:
        return None
    if text in ("es", "spa") or text.startswith(("es ", "spanish", "español", "espanol")):
        return Language.ES
    if text in ("en", "eng") or text.startswith(("en ", "english", "inglés", "ingles")):
        return Language.EN
    return None
