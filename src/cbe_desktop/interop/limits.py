"""How much a file may hold, and reading files without trusting their size.

A teacher's targets file is a few hundred rows; a district's OneRoster export can be
tens of thousands. Anything far beyond that is the wrong file, or a hostile one, and
is refused before it is read whole.
"""

from __future__ import annotations

from pathlib import Path

from cbe_desktop.core.phrases import QT_TRANSLATE_NOOP
from cbe_desktop.interop.errors import ImportFormatError

MB = 1024 * 1024
TARGETS_MAX_BYTES = 20 * MB
ROSTER_MAX_BYTES = 50 * MB
TARGETS_MAX_ROWS = 50_000
ROSTER_MAX_ROWS = 250_000
ZIP_MAX_MEMBERS = 64
#: Cells in one row of a CSV file: a OneRoster users.csv has about 25, a teacher's sheet a
#: dozen; thousands is a file that is not a list (or is built to exhaust memory).
CSV_MAX_COLUMNS = 1_000
#: Characters in one CSV cell: the csv module's own limit (``csv.field_size_limit()``),
#: some 30 pages of text; a statement or a name is a line or a paragraph.
CSV_MAX_CELL_CHARS = 131_072
#: Nesting of arrays and objects in a CASE JSON file: a real package nests about 6 deep.
JSON_MAX_DEPTH = 32
#: Digits in a JSON integer: sequence numbers, scores and positions have a few. Python
#: refuses to read more than 4,300 (a guard against slow conversions), so this is lower.
JSON_MAX_DIGITS = 50


def too_large(name: str, size: int, limit: int, what: str) -> ImportFormatError:
    """``what`` is "targets" or "roster"."""
    if what == "roster":
        template = QT_TRANSLATE_NOOP(
            "Files",
            "{name} is {size} MB, more than the {limit} MB a roster file may be; "
            "check that it is the right file.",
        )
    else:
        template = QT_TRANSLATE_NOOP(
            "Files",
            "{name} is {size} MB, more than the {limit} MB a targets file may be; "
            "check that it is the right file.",
        )
    return ImportFormatError(template(name=name, size=f"{size / MB:.0f}", limit=str(limit // MB)))


def read_limited(path: Path, limit: int, what: str) -> bytes:
    """The bytes of ``path``, refused with one sentence when missing or over ``limit``.

    The size is checked before reading, and the read itself stops one byte past the
    limit, so a file that grows (or a device that lies about its size) is never read
    whole into memory.
    """
    try:
        if path.is_dir():
            if what == "roster":
                template = QT_TRANSLATE_NOOP(
                    "Files", "{path} is a folder; give the roster file itself."
                )
            else:
                template = QT_TRANSLATE_NOOP(
                    "Files", "{path} is a folder; give the targets file itself."
                )
            raise ImportFormatError(template(path=str(path)))
        size = path.stat().st_size
        if size > limit:
            raise too_large(path.name, size, limit, what)
        with open(path, "rb") as fh:
            data = fh.read(limit + 1)
    except FileNotFoundError:
        raise ImportFormatError(
            QT_TRANSLATE_NOOP("Files", "There is no file {path}; check the name and folder.")(
                path=str(path)
            )
        ) from None
    except OSError as exc:
        raise ImportFormatError(
            QT_TRANSLATE_NOOP(
                "Files",
                "{path} cannot be read ({reason}); check that it is not open in another program.",
            )(path=str(path), reason=str(exc.strerror or exc))
        ) from None
    if len(data) > limit:
        raise too_large(path.name, len(data), limit, what)
    return data
