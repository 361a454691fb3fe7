"""Which kind of file is this? Decided from the content, never from the name's extension,
and the entry points that read a targets file or a roster from a path.

- An Excel workbook (.xlsx) is read as the CSV text of its sheet (``workbook``), then
  told apart like a CSV file.
- JSON with a CFDocument or CFItems: CASE. Any other JSON is refused.
- CSV whose header has vendor_guid and object_type: Canvas outcomes.
- A folder, or a zip, with users.csv: OneRoster.
- A CSV with first/given and last/family name columns is a roster; one with code and
  statement columns is a list of targets. Each given to the other command is refused
  with a sentence naming the right one.
"""

from __future__ import annotations

from pathlib import Path

from cbe_desktop.core.phrases import QT_TRANSLATE_NOOP
from cbe_desktop.interop.canvas import parse_canvas
from cbe_desktop.interop.case import load_json, not_case, package_of, parse_case
from cbe_desktop.interop.csv_roster import parse_roster_csv
from cbe_desktop.interop.csv_targets import (
    looks_like_roster_error,
    looks_like_targets_error,
    parse_targets_csv,
)
from cbe_desktop.interop.csvtext import (
    header_key,
    header_row,
    looks_like_roster,
    looks_like_targets,
    normalize_header,
)
from cbe_desktop.interop.errors import ImportFormatError
from cbe_desktop.interop.limits import ROSTER_MAX_BYTES, TARGETS_MAX_BYTES, read_limited
from cbe_desktop.interop.oneroster import is_zip, parse_oneroster
from cbe_desktop.interop.records import ParsedRoster, ParsedTargets
from cbe_desktop.interop.textfile import file_kind, not_text, starts_with
from cbe_desktop.interop.workbook import is_workbook, workbook_as_csv

TARGET_FORMATS = ("case", "canvas", "csv")
ROSTER_FORMATS = ("oneroster", "csv")


def readable(data: bytes, name: str, what: str) -> bytes:
    """``data`` as the readers take it: an Excel workbook becomes the CSV text of the
    sheet that holds the ``what`` ("targets" or "roster"); anything else is as it is."""
    return workbook_as_csv(data, name, what=what) if is_workbook(data) else data


def _is_json(data: bytes) -> bool:
    """Text (in any Unicode encoding) that begins with ``{`` or ``[``."""
    return starts_with(data, "{[")


def _refuse_binary(data: bytes, name: str) -> None:
    """A PDF, a picture or a workbook given by mistake is named for what it is."""
    kind = file_kind(data)
    if kind is not None:
        raise not_text(name, kind)


def _header(data: bytes, name: str) -> list[str]:
    """The header row of a CSV file (refused with a sentence when it cannot be read)."""
    return header_row(data, name)


#: Columns that only OneRoster's users.csv has beside sourcedId and the names (1.1 has
#: role and orgSourcedIds; 1.2 moved roles to roles.csv but kept the others).
_ONEROSTER_USER_KEYS = frozenset(
    {"role", "enableduser", "orgsourcedids", "agentsourcedids", "usermasteridentifier", "userids"}
)


def _is_oneroster_member(header: list[str]) -> bool:
    """users.csv (1.1 or 1.2), roles.csv or enrollments.csv of a OneRoster export, given
    alone: never read as a plain roster, where a teacher or a parent would be a student."""
    names = {header_key(h) for h in header}
    if {"sourcedid", "givenname", "familyname"} <= names and names & _ONEROSTER_USER_KEYS:
        return True
    if {"sourcedid", "usersourcedid", "role"} <= names:  # roles.csv, enrollments.csv
        return True
    return {"sourcedid", "classsourcedid", "usersourcedid"} <= names


def detect_targets_format(data: bytes, name: str) -> str:
    """'case', 'canvas' or 'csv'; a roster, a zip or other JSON is refused."""
    _refuse_binary(data, name)
    if _is_json(data):
        if package_of(load_json(data, name)) is None:
            raise not_case(name)
        return "case"
    if is_zip(data):
        raise ImportFormatError(
            QT_TRANSLATE_NOOP(
                "Files",
                "{name} is a zip file, not a list of targets; for a OneRoster export, "
                "use 'import roster'.",
            )(name=name)
        )
    header = _header(data, name)
    names = {normalize_header(h) for h in header}
    if {"vendor guid", "object type"} <= names:
        return "canvas"
    if _is_oneroster_member(header) or (
        looks_like_roster(header) and not looks_like_targets(header)
    ):
        raise looks_like_roster_error(name)
    return "csv"


def detect_roster_format(path: Path, data: bytes | None = None) -> str:
    """'oneroster' (a folder or zip) or 'csv'; targets files are refused."""
    if path.is_dir():
        return "oneroster"
    data = data if data is not None else read_limited(path, ROSTER_MAX_BYTES, "roster")
    _refuse_binary(data, path.name)
    if is_zip(data):
        return "oneroster"
    if _is_json(data):
        raise ImportFormatError(
            QT_TRANSLATE_NOOP(
                "Files",
                "{name} is a JSON file, not a roster; a CASE framework goes to 'import targets'.",
            )(name=path.name)
        )
    header = _header(data, path.name)
    names = {normalize_header(h) for h in header}
    if {"vendor guid", "object type"} <= names:
        raise ImportFormatError(
            QT_TRANSLATE_NOOP(
                "Files",
                "{name} is a Canvas outcomes file (targets), not a roster; "
                "use 'import targets' for it.",
            )(name=path.name)
        )
    if looks_like_targets(header) and not looks_like_roster(header):
        raise looks_like_targets_error(path.name)
    if _is_oneroster_member(header):
        raise ImportFormatError(
            QT_TRANSLATE_NOOP(
                "Files",
                "{name} is one file of a OneRoster export; give the folder or the zip "
                "that holds users.csv, classes.csv and enrollments.csv.",
            )(name=path.name)
        )
    return "csv"


def read_targets(
    path: Path,
    *,
    mapping: dict[str, str] | None = None,
    framework_title: str | None = None,
) -> ParsedTargets:
    """Read a targets file (CASE JSON, Canvas outcomes CSV or plain CSV) from ``path``.

    ``mapping`` ({field: column}) and ``framework_title`` apply to a plain CSV.
    """
    data = read_limited(Path(path), TARGETS_MAX_BYTES, "targets")
    return parse_targets_bytes(
        data, Path(path).name, mapping=mapping, framework_title=framework_title
    )


def parse_targets_bytes(
    data: bytes,
    name: str,
    *,
    mapping: dict[str, str] | None = None,
    framework_title: str | None = None,
) -> ParsedTargets:
    if len(data) > TARGETS_MAX_BYTES:
        raise ImportFormatError(
            QT_TRANSLATE_NOOP(
                "Files", "{name} is larger than the {limit} MB a targets file may be."
            )(name=name, limit=str(TARGETS_MAX_BYTES // 2**20))
        )
    data = readable(data, name, "targets")
    fmt = detect_targets_format(data, name) if mapping is None else "csv"
    if fmt == "case":
        return parse_case(data, name)
    if fmt == "canvas":
        return parse_canvas(data, name)
    return parse_targets_csv(data, name, mapping=mapping, framework_title=framework_title)


def read_roster(
    path: Path,
    *,
    class_name: str | None = None,
    mapping: dict[str, str] | None = None,
) -> ParsedRoster:
    """Read a roster: a OneRoster folder or zip, or a plain CSV put into ``class_name``.

    For OneRoster, ``class_name`` (optional) keeps only the class of that title or code.
    A plain CSV needs ``class_name``.
    """
    path = Path(path)
    if not path.exists():
        raise ImportFormatError(
            QT_TRANSLATE_NOOP("Files", "There is no file or folder {path}; check the name.")(
                path=str(path)
            )
        )
    data = None if path.is_dir() else read_limited(path, ROSTER_MAX_BYTES, "roster")
    if data is not None:
        data = readable(data, path.name, "roster")
    fmt = detect_roster_format(path, data) if mapping is None else "csv"
    if fmt == "oneroster":
        return parse_oneroster(path, class_name=class_name, data=data)
    if not class_name or not class_name.strip():
        raise ImportFormatError(
            QT_TRANSLATE_NOOP(
                "Files",
                "{name} is a plain CSV roster, which does not say its class; "
                "name the class to put the students in with --class.",
            )(name=path.name)
        )
    assert data is not None
    return parse_roster_csv(data, path.name, class_name=class_name, mapping=mapping)
