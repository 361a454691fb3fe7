"""Plain CSV files of targets, one row a target, with a header row.

Columns are found by name, case and punctuation aside, with the synonyms teachers
use (``parent``, ``parent_code``, ``"I can" statement`` ...); the window's preview
dialog lets the teacher choose them instead (:func:`preview_targets_csv`, then
:func:`parse_targets_csv` with a mapping). A row without a parent code is a
competency; the others hang under the row whose code their parent code names.
Encodings and separators: see ``csvtext``.
"""

from __future__ import annotations

import csv
import io
import re
from collections import Counter
from dataclasses import dataclass
from pathlib import PurePath

from cbe_desktop.core.errors import InvalidInputError
from cbe_desktop.core.languages import is_packet_language
from cbe_desktop.core.phrases import QT_TRANSLATE_NOOP
from cbe_desktop.interop.case import FrameworkForExport
from cbe_desktop.interop.csvtext import (
    Table,
    cell,
    looks_like_roster,
    match_columns,
    normalize_header,
    read_table,
    spreadsheet_safe,
)
from cbe_desktop.interop.errors import ImportFormatError
from cbe_desktop.interop.limits import ROSTER_MAX_ROWS, TARGETS_MAX_ROWS
from cbe_desktop.interop.records import ParsedTargets, TargetRecord

#: The fields of a target row, each with the column names that mean it (first = ours).
TARGET_COLUMNS: dict[str, tuple[str, ...]] = {
    "code": ("code", "target code", "standard code", "human coding scheme", "id"),
    "parent_code": ("parent code", "parent", "parent id", "competency code", "competency"),
    "statement": (
        "statement",
        "full statement",
        "learning target",
        "target",
        "standard",
        "description",
    ),
    "i_can": (
        "I can",
        "i can statement",
        "student friendly statement",
        "student friendly",
        "abbreviated statement",
    ),
    "level": ("level", "grade level", "grade", "education level", "performance level"),
    "dok": ("dok", "depth of knowledge"),
    "notes": ("notes", "note", "comments"),
    "prerequisites": ("prerequisites", "prerequisite codes", "prerequisite", "prereqs"),
}
#: How the preview dialog names each field (phrases: the window says them translated).
TARGET_FIELD_LABELS = {
    "code": QT_TRANSLATE_NOOP("Files", "Code")(),
    "parent_code": QT_TRANSLATE_NOOP("Files", "Parent code")(),
    "statement": QT_TRANSLATE_NOOP("Files", "Statement")(),
    "i_can": QT_TRANSLATE_NOOP("Files", "“I can” statement")(),
    "level": QT_TRANSLATE_NOOP("Files", "Level")(),
    "dok": QT_TRANSLATE_NOOP("Files", "Depth of knowledge")(),
    "notes": QT_TRANSLATE_NOOP("Files", "Notes")(),
    "prerequisites": QT_TRANSLATE_NOOP("Files", "Prerequisites (codes)")(),
}
#: A required field inside a sentence ("... has no column for code or statement").
FIELD_WORDS = {
    "code": QT_TRANSLATE_NOOP("Files", "code")(),
    "statement": QT_TRANSLATE_NOOP("Files", "statement")(),
    "given_name": QT_TRANSLATE_NOOP("Files", "given (first) name")(),
}
REQUIRED_TARGET_FIELDS = ("code", "statement")
EXPORT_HEADER = ("code", "parent code", "statement", "I can", "level", "dok", "notes")


@dataclass(frozen=True)
class CsvPreview:
    """What the import window shows before the teacher maps columns."""

    columns: tuple[str, ...]
    rows: tuple[tuple[str, ...], ...]  # the first rows, as read
    total_rows: int
    delimiter: str
    suggested: dict[str, str]  # {field: column} found by name


def preview_csv(
    data: bytes, name: str, columns: dict[str, tuple[str, ...]], *, rows: int = 5, what: str
) -> CsvPreview:
    """The preview of a CSV file's bytes (size-check the file first: ``limits.read_limited``)."""
    max_rows = ROSTER_MAX_ROWS if what == "roster" else TARGETS_MAX_ROWS
    table = read_table(data, name, max_rows=max_rows, what=what)
    return CsvPreview(
        columns=table.header,
        rows=tuple(cells for _, cells in table.rows[:rows]),
        total_rows=len(table.rows),
        delimiter=table.delimiter,
        suggested=match_columns(table.header, columns),
    )


def preview_targets_csv(data: bytes, name: str, *, rows: int = 5) -> CsvPreview:
    """The header, the first rows and the suggested column for each field."""
    return preview_csv(data, name, TARGET_COLUMNS, rows=rows, what="targets")


def resolve_mapping(
    table: Table,
    name: str,
    columns: dict[str, tuple[str, ...]],
    labels: dict[str, str],
    required: tuple[str, ...],
    mapping: dict[str, str] | None,
) -> dict[str, int]:
    """{field: column index} from an explicit mapping, or from the column names."""
    chosen = match_columns(table.header, columns) if mapping is None else dict(mapping)
    indexes: dict[str, int] = {}
    for field_name, column in chosen.items():
        if not column:
            continue
        index = table.column(column)
        if index is None:
            raise ImportFormatError(
                QT_TRANSLATE_NOOP("Files", "{name} has no column called {column}.")(
                    name=name, column=repr(column)
                )
            )
        indexes[field_name] = index
    missing = [FIELD_WORDS.get(f) or labels[f].lower() for f in required if f not in indexes]
    if missing:
        fields = missing[0]
        for more in missing[1:]:
            fields = QT_TRANSLATE_NOOP("Files", "{first} or {second}")(first=fields, second=more)
        present = ", ".join(repr(h) for h in table.header if h) or none()
        raise ImportFormatError(
            QT_TRANSLATE_NOOP(
                "Files",
                "{name} has no column for {fields} (its columns are {columns}); name the "
                "columns in the first row, or choose them in the import window.",
            )(name=name, fields=fields, columns=present)
        )
    return indexes


def none() -> str:
    """The word for an empty list of columns or classes."""
    return QT_TRANSLATE_NOOP("Files", "none")()


def looks_like_roster_error(name: str) -> ImportFormatError:
    """A roster given where targets were expected."""
    return ImportFormatError(
        QT_TRANSLATE_NOOP(
            "Files",
            "{name} looks like a roster (it has first and last name columns); "
            "use 'import roster' for it.",
        )(name=name)
    )


def looks_like_targets_error(name: str) -> ImportFormatError:
    """A list of targets given where a roster was expected."""
    return ImportFormatError(
        QT_TRANSLATE_NOOP(
            "Files",
            "{name} looks like a list of targets, not a roster; use 'import targets' for it.",
        )(name=name)
    )


_WORDING_COLUMN = re.compile(
    r"^(statement|full statement|i can|i can statement)\s*\(?\s*([a-z]{2})\s*\)?$"
)


def _wording_columns(header: list[str]) -> dict[str, dict[str, int]]:
    """Columns holding a target's words in another language: "statement (es)",
    "I can (es)", "statement_vi"... -> {"es": {"statement": 5, "i_can": 6}}."""
    found: dict[str, dict[str, int]] = {}
    for index, name in enumerate(header):
        match = _WORDING_COLUMN.match(normalize_header(name).replace("(", " (").strip())
        if not match:
            match = _WORDING_COLUMN.match(normalize_header(name))
        if not match:
            continue
        lang = match.group(2)
        if not is_packet_language(lang):
            continue
        field = (
            "statement"
            if "statement" in match.group(1) and "i can" not in match.group(1)
            else "i_can"
        )
        found.setdefault(lang, {})[field] = index
    return found


def parse_targets_csv(
    data: bytes,
    name: str,
    *,
    mapping: dict[str, str] | None = None,
    framework_title: str | None = None,
) -> ParsedTargets:
    """Read a plain targets CSV; ``mapping`` = {field: column name} as the teacher chose."""
    table = read_table(data, name, max_rows=TARGETS_MAX_ROWS, what="targets")
    if mapping is None and looks_like_roster(table.header) and not looks_like_targets_header(table):
        raise looks_like_roster_error(name)
    col = resolve_mapping(
        table, name, TARGET_COLUMNS, TARGET_FIELD_LABELS, REQUIRED_TARGET_FIELDS, mapping
    )
    languages = _wording_columns(table.header)
    records = []
    for position, (number, cells) in enumerate(table.rows):
        code = cell(cells, col.get("code"))
        wordings = tuple(
            (lang, cell(cells, where.get("statement")), cell(cells, where.get("i_can")))
            for lang, where in sorted(languages.items())
            if cell(cells, where.get("statement")) or cell(cells, where.get("i_can"))
        )
        problem = "" if code else QT_TRANSLATE_NOOP("Files", "has no code")()
        dok_text = cell(cells, col.get("dok"))
        dok = None
        if dok_text:
            if dok_text in ("1", "2", "3", "4"):
                dok = int(dok_text)
            else:
                problem = problem or QT_TRANSLATE_NOOP(
                    "Files", "has depth of knowledge {value}; it must be 1 to 4"
                )(value=repr(dok_text))
        prereqs = re.split(r"[;,\s]+", cell(cells, col.get("prerequisites")))
        records.append(
            TargetRecord(
                key=code or f"row {number}",
                code=code,
                statement=cell(cells, col.get("statement")),
                i_can=cell(cells, col.get("i_can")),
                level=cell(cells, col.get("level")),
                notes=cell(cells, col.get("notes")),
                dok=dok,
                parent_key=cell(cells, col.get("parent_code")) or None,
                position=position,
                prerequisite_keys=tuple(p for p in prereqs if p),
                wordings=wordings,
                row=QT_TRANSLATE_NOOP("Files", "row {row}")(row=str(number)),
                problem=problem,
            )
        )
    if not records:
        raise ImportFormatError(
            QT_TRANSLATE_NOOP("Files", "{name} has a header row but no targets under it.")(
                name=name
            )
        )
    title = (framework_title or "").strip() or _title_from_name(name)
    return ParsedTargets(
        format="csv", source_name=name, framework_title=title, targets=tuple(records)
    )


def looks_like_targets_header(table: Table) -> bool:
    found = match_columns(table.header, TARGET_COLUMNS)
    return all(f in found for f in REQUIRED_TARGET_FIELDS)


def _title_from_name(name: str) -> str:
    stem = PurePath(name).stem.replace("_", " ").strip()
    return " ".join(stem.split()) or "Imported targets"


def write_targets_csv(framework: FrameworkForExport) -> bytes:
    """The framework as a CSV file (UTF-8 with a BOM, so that Excel reads accents right).

    A cell that a spreadsheet would run as a formula (``=HYPERLINK(...)``, ``+1``, ``-2``,
    ``@SUM(A1)``) is written with a ``'`` in front (``csvtext.spreadsheet_safe``), which
    importing the file removes again.

    Codes carry the tree (a row names its parent by code), so every target needs a code
    of its own; otherwise the teacher is told to export CASE JSON instead.
    """
    codes = Counter(t.code for t in framework.targets)
    blank = sum(1 for t in framework.targets if not t.code)
    repeated = sorted(c for c, n in codes.items() if c and n > 1)
    if blank or repeated:
        if blank:
            why = QT_TRANSLATE_NOOP("Files", "{count} target(s) have no code")(count=str(blank))
        else:
            why = QT_TRANSLATE_NOOP("Files", "the code {code} repeats")(code=repeated[0])
        raise InvalidInputError(
            QT_TRANSLATE_NOOP(
                "Files",
                "A CSV file names each parent by its code, but {why}; export CASE JSON instead "
                "(--format case), which keeps the tree without codes.",
            )(why=why)
        )
    by_key = {t.key: t for t in framework.targets}
    languages = sorted({lang for t in framework.targets for lang, _s, _i in t.wordings})
    more = [f"{field} ({lang})" for lang in languages for field in ("statement", "I can")]
    out = io.StringIO(newline="")
    writer = csv.writer(out, lineterminator="\r\n")
    writer.writerow((*EXPORT_HEADER, "prerequisites", *more))
    for t in framework.targets:
        parent = by_key.get(t.parent_key) if t.parent_key else None
        prereqs = "; ".join(by_key[k].code for k in t.prerequisite_keys if k in by_key)
        cells = (
            t.code,
            parent.code if parent else "",
            t.statement,
            t.i_can,
            t.level,
            "" if t.dok is None else str(t.dok),
            t.notes,
            prereqs,
        )
        words = {lang: (st, ic) for lang, st, ic in t.wordings}
        cells += tuple(words.get(lang, ("", ""))[i] for lang in languages for i in (0, 1))
        writer.writerow(spreadsheet_safe(value) for value in cells)
    return out.getvalue().encode("utf-8-sig")
