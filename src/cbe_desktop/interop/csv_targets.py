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
#: Names are compared as ``csvtext.header_key`` writes them, so CASE's own spellings
#: (``humanCodingScheme``, ``fullStatement``, ``abbreviatedStatement``,
#: ``educationLevel``, ``isChildOf``) match as well as 'Human coding scheme'.
TARGET_COLUMNS: dict[str, tuple[str, ...]] = {
    "code": (
        "code",
        "target code",
        "standard code",
        "human coding scheme",
        "standard number",
        "standard id",
        "id",
    ),
    "parent_code": (
        "parent code",
        "parent",
        "parent id",
        "is child of",
        "child of",
        "parent identifier",
        "parent standard",
        "competency code",
        "competency",
    ),
    "statement": (
        "statement",
        "full statement",
        "learning target",
        "target",
        "standard",
        "standard text",
        "standard description",
        "standard statement",
        "competency statement",
        "description",
    ),
    "i_can": (
        "I can",
        "i can statement",
        "student friendly statement",
        "student friendly",
        "abbreviated statement",
    ),
    "level": ("level", "grade level", "grade", "grades", "education level", "performance level"),
    "dok": ("dok", "depth of knowledge"),
    "notes": ("notes", "note", "comments"),
    "prerequisites": ("prerequisites", "prerequisite codes", "prerequisite", "prereqs"),
}
#: Columns always found by name, also when the teacher chose the others in the window:
#: a CASE item's identifier (kept, so a later import of the same framework as CASE JSON
#: or as the same sheet updates instead of duplicating), and OpenSALT's ``smartLevel``
#: outline number ("1.3.1": the first item of the third item of the first).
EXTRA_TARGET_COLUMNS: dict[str, tuple[str, ...]] = {
    "identifier": ("identifier", "case identifier", "item identifier", "guid", "uuid"),
    "smart_level": ("smart level", "outline number"),
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
    """Read a plain targets CSV; ``mapping`` = {field: column name} as the teacher chose.

    Each row is known by its identifier when the file has an identifier column (a CASE
    spreadsheet), else by its code. Its parent is the row its parent cell names, by
    identifier or by code. With no parent column, the tree comes from the ``smartLevel``
    outline numbers when there are some, else from the codes themselves: ``6.RP.A.1``
    goes under the longest code of the file it begins with (``6.RP.A``, else ``6.RP``,
    else ``6``), and the plan says so in a note.
    """
    table = read_table(data, name, max_rows=TARGETS_MAX_ROWS, what="targets")
    if mapping is None and looks_like_roster(table.header) and not looks_like_targets_header(table):
        raise looks_like_roster_error(name)
    extra = _extra_columns(table, mapping)
    col = resolve_mapping(
        table,
        name,
        TARGET_COLUMNS,
        TARGET_FIELD_LABELS,
        ("statement",) if "identifier" in extra else REQUIRED_TARGET_FIELDS,
        mapping,
    )
    rows: list[dict[str, object]] = []
    for number, cells in table.rows:
        rows.append(
            {
                "number": number,
                "code": cell(cells, col.get("code")),
                "identifier": cell(cells, extra.get("identifier")),
                "smart_level": cell(cells, extra.get("smart_level")),
                "parent": cell(cells, col.get("parent_code")),
                "cells": cells,
            }
        )
    if not rows:
        raise ImportFormatError(
            QT_TRANSLATE_NOOP("Files", "{name} has a header row but no targets under it.")(
                name=name
            )
        )
    keys, problems = _row_keys(rows)
    notes: list[str] = []
    if "parent_code" in col:
        parents = _named_parents(rows, keys)
    else:
        parents, note = _inferred_parents(rows, keys, name)
        notes.append(note)
    languages = _wording_columns(table.header)
    records = []
    for position, row in enumerate(rows):
        number, cells = row["number"], row["cells"]
        assert isinstance(number, int) and isinstance(cells, tuple)
        code = str(row["code"])
        problem = problems.get(position, "")
        wordings = tuple(
            (lang, cell(cells, where.get("statement")), cell(cells, where.get("i_can")))
            for lang, where in sorted(languages.items())
            if cell(cells, where.get("statement")) or cell(cells, where.get("i_can"))
        )
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
        identifier = str(row["identifier"])
        records.append(
            TargetRecord(
                key=keys[position],
                code=code,
                statement=cell(cells, col.get("statement")),
                i_can=cell(cells, col.get("i_can")),
                level=cell(cells, col.get("level")),
                notes=cell(cells, col.get("notes")),
                dok=dok,
                parent_key=parents.get(position),
                position=position,
                prerequisite_keys=tuple(p for p in prereqs if p),
                source_id=identifier or None,
                wordings=wordings,
                row=QT_TRANSLATE_NOOP("Files", "row {row}")(row=str(number)),
                problem=problem,
            )
        )
    title = (framework_title or "").strip() or _title_from_name(name)
    return ParsedTargets(
        format="csv",
        source_name=name,
        framework_title=title,
        targets=tuple(records),
        notes=tuple(notes),
    )


def _extra_columns(table: Table, mapping: dict[str, str] | None) -> dict[str, int]:
    """{field: column index} of :data:`EXTRA_TARGET_COLUMNS` found by name, leaving out
    the columns the teacher (or the names) gave to another field."""
    taken = set((mapping or match_columns(table.header, TARGET_COLUMNS)).values())
    header = [h for h in table.header if h not in taken]
    found = match_columns(header, EXTRA_TARGET_COLUMNS)
    return {f: i for f, column in found.items() if (i := table.column(column)) is not None}


def _row_keys(rows: list[dict[str, object]]) -> tuple[list[str], dict[int, str]]:
    """Each row's key (its identifier, else its code, else "row N") and the rows whose
    identifier repeats an earlier row's, or that have neither identifier nor code."""
    keys: list[str] = []
    problems: dict[int, str] = {}
    first_row: dict[str, int] = {}
    for i, row in enumerate(rows):
        identifier, code = str(row["identifier"]), str(row["code"])
        keys.append(identifier or code or f"row {row['number']}")
        if not (identifier or code):
            problems[i] = QT_TRANSLATE_NOOP("Files", "has no code")()
        elif identifier:
            if identifier in first_row:
                problems[i] = QT_TRANSLATE_NOOP(
                    "Files", "repeats the identifier {identifier} of row {row}"
                )(identifier=identifier, row=str(first_row[identifier]))
            else:
                first_row[identifier] = int(str(row["number"]))
    return keys, problems


def _named_parents(rows: list[dict[str, object]], keys: list[str]) -> dict[int, str]:
    """The parent each row's parent cell names: a row of the file by identifier, else by
    code; otherwise the cell as written (a code of the framework already in the store)."""
    by_identifier = {str(r["identifier"]): keys[i] for i, r in enumerate(rows) if r["identifier"]}
    by_code: dict[str, str] = {}
    for i, r in enumerate(rows):
        if r["code"]:
            by_code.setdefault(str(r["code"]).casefold(), keys[i])
    parents: dict[int, str] = {}
    for i, r in enumerate(rows):
        named = str(r["parent"])
        if named:
            # A CASE URI ends with the identifier: ".../CFItems/<identifier>".
            tail = named.rstrip("/").rsplit("/", 1)[-1]
            parents[i] = (
                by_identifier.get(named)
                or by_identifier.get(tail)
                or by_code.get(named.casefold())
                or named
            )
    return parents


def _inferred_parents(
    rows: list[dict[str, object]], keys: list[str], name: str
) -> tuple[dict[int, str], str]:
    """With no parent column: each row's parent from the smartLevel outline numbers, else
    from its code, and the note that says which (and how many rows got a parent)."""
    levels = {str(r["smart_level"]): i for i, r in enumerate(rows) if r["smart_level"]}
    parents: dict[int, str] = {}
    if levels:
        for i, r in enumerate(rows):
            outline = str(r["smart_level"])
            if "." in outline:
                parent = levels.get(outline.rsplit(".", 1)[0])
                if parent is not None and parent != i:
                    parents[i] = keys[parent]
        note = QT_TRANSLATE_NOOP(
            "Files",
            "{name} has no parent column, so the tree comes from its smartLevel numbers "
            "(1.2 goes under 1): {count} row(s) go under another row.",
        )(name=name, count=str(len(parents)))
        return parents, note
    by_code: dict[str, int] = {}
    for i, r in enumerate(rows):
        if r["code"]:
            by_code.setdefault(str(r["code"]).casefold(), i)
    example = ""
    for i, r in enumerate(rows):
        parts = str(r["code"]).split(".")
        for cut in range(len(parts) - 1, 0, -1):
            parent = by_code.get(".".join(parts[:cut]).casefold())
            if parent is not None and parent != i:
                parents[i] = keys[parent]
                if not example:
                    example = QT_TRANSLATE_NOOP("Files", "{code} under {parent}")(
                        code=str(r["code"]), parent=str(rows[parent]["code"])
                    )
                break
    if not parents:
        note = QT_TRANSLATE_NOOP(
            "Files",
            "{name} has no parent column and none of its codes begins with another code "
            "of the file, so every row is a competency; add a parent code column to put "
            "targets under competencies.",
        )(name=name)
        return parents, note
    note = QT_TRANSLATE_NOOP(
        "Files",
        "{name} has no parent column, so each code goes under the longest code of the file "
        "it begins with ({example}): {count} row(s) go under another row.",
    )(name=name, example=example, count=str(len(parents)))
    return parents, note


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
