"""The sync file: a zip of JSON lines and attachments, described by a manifest of hashes.

Layout (format 1.0)::

    manifest.json              what the file is and holds (see below)
    tables/<table>.jsonl       one JSON object per row, every column but ``seen_hlc``
    blobs/<sha256>             attachment files, named by the hash of their bytes

``manifest.json``::

    {"format": "cbe-desktop-sync", "format_version": "1.0", "app_version": "0.1.0",
     "schema_revision": "0003", "bundle_id": "<uuid7>", "source_replica": "<replica>",
     "teacher": "...", "school": "...", "created_hlc": "<stamp>",
     "since": null | {"peer": "<replica>", "after_hlc": "<stamp>"},
     "received": {"<replica>": "<stamp>", ...},
     "counts": {"<table>": rows, ...},
     "members": {"tables/evidence.jsonl": {"sha256": "...", "size": bytes}, ...}}

``since`` says the file holds only what changed on its laptop after ``after_hlc`` (its
own clock) for the laptop ``peer``; ``received`` says, for each laptop this one has
heard from, up to which of that laptop's stamps it holds everything (so that laptop
can send only what is newer next time).

With a passphrase, the whole zip is locked inside a file of lock format 2 (see
:mod:`cbe_desktop.sync.crypto`: scrypt, then AES-256-GCM in 64 KiB chunks, each checked
on its own). The zip is locked as it is written and unlocked only after the passphrase
has opened the first chunk, so it never reaches a disk in the clear when written and
nothing is written at all for a wrong passphrase.

The reader trusts nothing: a file is refused whole, before anything is written, when
it is not ours, is damaged or cut short, is made by a newer major version, has too
many or too large parts, a part that inflates suspiciously (a zip bomb), a name we
never write (zip slip), a part its manifest does not list or whose hash or size
differs, an unknown table, or a row that is not valid JSON of the expected shape.
Member names are only ever looked up, never used as paths.
"""

from __future__ import annotations

import contextlib
import errno
import hashlib
import json
import math
import operator
import os
import re
import tempfile
import types
import typing
import zipfile
import zlib
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from datetime import datetime
from functools import cache
from pathlib import Path
from typing import IO, Any, BinaryIO

from pydantic_core import PydanticUndefined

from cbe_desktop.core import folder_lock
from cbe_desktop.core.attachments import MAX_ATTACHMENT_BYTES
from cbe_desktop.core.errors import DiskError, DiskFullError, ReadOnlyError
from cbe_desktop.core.failures import explain
from cbe_desktop.core.ids import Stamp
from cbe_desktop.core.models import SYNCED_TABLES, Synced
from cbe_desktop.core.phrases import QT_TRANSLATE_NOOP, Phrase, message
from cbe_desktop.sync import crypto
from cbe_desktop.sync.errors import BundleError, NewerFormatError

FORMAT = "cbe-desktop-sync"
FORMAT_MAJOR = 1
FORMAT_MINOR = 0
FORMAT_VERSION = f"{FORMAT_MAJOR}.{FORMAT_MINOR}"
FILE_SUFFIX = ".cbesync"
MANIFEST = "manifest.json"

#: Every synchronised table by name, parents before children.
TABLES: dict[str, type[Synced]] = {str(model.__tablename__): model for model in SYNCED_TABLES}

_MEMBER_NAME = re.compile(r"^(?:tables/[a-z_]{1,64}\.jsonl|blobs/[0-9a-f]{64}|manifest\.json)\Z")
_SHA256 = re.compile(r"^[0-9a-f]{64}\Z")
_REPLICA = re.compile(r"^[A-Za-z0-9_-]{1,64}\Z")
# What Stamp.parse reads, narrowed to the replica ids this program makes (ASCII only).
_STAMP = re.compile(r"^[0-9]{13}-[0-9]{4}-[A-Za-z0-9_-]{1,64}\Z")
_VERSION = re.compile(r"^(\d{1,4})\.(\d{1,4})\Z")
_LONE_SURROGATE = re.compile(rb"\\u[dD][89a-fA-F]")
_MB = 1024 * 1024
_FULL = (errno.ENOSPC, getattr(errno, "EDQUOT", errno.ENOSPC))


@dataclass(frozen=True)
class Limits:
    """How much a sync file may hold; anything beyond is refused, unread."""

    max_table_members: int = 64  # manifest and table members together
    max_blobs: int = 20_000
    max_total_bytes: int = 2 * 1024 * _MB  # all members, uncompressed
    max_table_bytes: int = 200 * _MB  # one table member, uncompressed
    max_blob_bytes: int = MAX_ATTACHMENT_BYTES  # one attachment (50 MB)
    max_manifest_bytes: int = 8 * _MB
    max_ratio: int = 200  # uncompressed : compressed, per member ...
    ratio_floor_bytes: int = _MB  # ... for members larger than this
    max_depth: int = 8  # nesting of JSON arrays and objects
    max_line_bytes: int = _MB  # one row
    max_list_items: int = 10_000
    max_received: int = 10_000  # laptops named in a manifest's "received"

    @property
    def max_file_bytes(self) -> int:
        return self.max_total_bytes + 64 * _MB


LIMITS = Limits()

_NOT_OURS = QT_TRANSLATE_NOOP("Sync", "This is not a cbe-desktop sync file.")
_UNKNOWN_TABLE = QT_TRANSLATE_NOOP(
    "Sync",
    "This sync file holds a kind of record this version of cbe-desktop does not know "
    "({table}); update the program on this laptop to read it.",
)


def _damaged(detail: Phrase) -> BundleError:
    return BundleError(
        QT_TRANSLATE_NOOP(
            "Sync",
            "This sync file is damaged or incomplete ({detail}); make the file again on the "
            "other laptop.",
        )(detail=detail)
    )


def _hostile(detail: Phrase) -> BundleError:
    return BundleError(
        QT_TRANSLATE_NOOP(
            "Sync",
            "This sync file was refused, and nothing was imported, because {detail}; "
            "make the file again with cbe-desktop on the other laptop.",
        )(detail=detail)
    )


# ----------------------------------------------------------------------------- columns


class _Invalid(Exception):
    """A value that does not fit its column (turned into a BundleError with its place)."""


_ID_LIKE = {"supersedes", "revision_of", "resolved_by"}
_STAMPS = {"hlc", "deleted_hlc", "base_hlc"}
_KINDS = {str: "str", int: "int", float: "float", bool: "bool"}
_MISSING = object()
_MAX_INT = 2**63 - 1
_MAX_ID = 36
_MAX_LIST_ITEM = 256


# What Column.usual names (see check_row).
_REF, _ID, _STAMP_OK, _FLOAT, _BOOL = 1, 2, 3, 4, 5


def _usual(kind: str, role: str) -> int:
    if kind == "str":
        return {"ref": _REF, "id": _ID, "stamp": _STAMP_OK}.get(role, 0)
    return {"float": _FLOAT, "bool": _BOOL}.get(kind, 0)


@dataclass(frozen=True)
class Column:
    """One column of a synchronised table, as the sync file carries it."""

    name: str
    kind: str  # str, int, float, bool, list, dict
    nullable: bool
    default: Any  # _MISSING when the column must be present
    factory: Callable[[], Any] | None
    role: str  # id, ref, stamp, origin, sha256, table, text
    plain_text: bool = False  # any text will do: the fast path of check_row
    #: The usual values check_row accepts as they are without calling :meth:`check`
    #: (which says the same of them): _REF, _ID, _STAMP_OK, _FLOAT, _BOOL, or 0.
    usual: int = 0

    def fallback(self) -> Any:
        if self.factory is not None:
            return self.factory()
        if self.default is _MISSING:
            raise _Invalid(QT_TRANSLATE_NOOP("Sync", "'{column}' is missing")(column=self.name))
        return self.default

    def check(self, value: Any) -> Any:  # one flat branch per kind: it runs for every value
        """The value, normalised (ints in float columns become floats), or _Invalid."""
        if value is None:
            if self.nullable:
                return None
            raise _Invalid(QT_TRANSLATE_NOOP("Sync", "'{column}' is empty")(column=self.name))
        kind = self.kind
        if kind == "str":
            if type(value) is not str:
                raise _Invalid(
                    QT_TRANSLATE_NOOP("Sync", "'{column}' is not text")(column=self.name)
                )
            role = self.role
            if role == "text":
                return value
            if role == "id" or role == "ref":
                if len(value) > _MAX_ID or (role == "id" and not value):
                    raise _Invalid(
                        QT_TRANSLATE_NOOP("Sync", "'{column}' is not an id")(column=self.name)
                    )
            elif role == "stamp":
                if not _STAMP.match(value):
                    raise _Invalid(
                        QT_TRANSLATE_NOOP("Sync", "'{column}' is not a clock stamp")(
                            column=self.name
                        )
                    )
            elif role == "origin":
                if not _REPLICA.match(value):
                    raise _Invalid(
                        QT_TRANSLATE_NOOP("Sync", "'{column}' is not a laptop id")(column=self.name)
                    )
            elif role == "sha256":
                if not _SHA256.match(value):
                    raise _Invalid(
                        QT_TRANSLATE_NOOP("Sync", "'{column}' is not a file hash")(column=self.name)
                    )
            elif role == "table" and value not in TABLES:
                raise _Invalid(
                    QT_TRANSLATE_NOOP("Sync", "'{column}' names no table")(column=self.name)
                )
            return value
        if kind == "float":
            if type(value) is float:
                if not math.isfinite(value):
                    raise _Invalid(
                        QT_TRANSLATE_NOOP("Sync", "'{column}' is not a finite number")(
                            column=self.name
                        )
                    )
                return value
            if type(value) is int and abs(value) <= _MAX_INT:
                return float(value)
            raise _Invalid(
                QT_TRANSLATE_NOOP("Sync", "'{column}' is not a number")(column=self.name)
            )
        if kind == "int":
            if type(value) is not int or abs(value) > _MAX_INT:
                raise _Invalid(
                    QT_TRANSLATE_NOOP("Sync", "'{column}' is not a whole number")(column=self.name)
                )
            return value
        if kind == "bool":
            if type(value) is not bool:
                raise _Invalid(
                    QT_TRANSLATE_NOOP("Sync", "'{column}' is not true or false")(column=self.name)
                )
            return value
        if kind == "list":
            if type(value) is not list or len(value) > LIMITS.max_list_items:
                raise _Invalid(
                    QT_TRANSLATE_NOOP("Sync", "'{column}' is not a list")(column=self.name)
                )
            for item in value:
                if type(item) is not str or len(item) > _MAX_LIST_ITEM:
                    raise _Invalid(
                        QT_TRANSLATE_NOOP("Sync", "'{column}' holds something that is not an id")(
                            column=self.name
                        )
                    )
            return value
        if type(value) is not dict:  # dict
            raise _Invalid(
                QT_TRANSLATE_NOOP("Sync", "'{column}' is not an object")(column=self.name)
            )
        return value


def _role(name: str) -> str:
    if name == "id":
        return "id"
    if name in _STAMPS:
        return "stamp"
    if name == "origin":
        return "origin"
    if name == "sha256":
        return "sha256"
    if name == "table_name":
        return "table"
    if (name.endswith("_id") and name != "source_id") or name in _ID_LIKE:
        return "ref"
    return "text"


def _kind(annotation: Any) -> tuple[str, bool]:
    nullable = False
    base = annotation
    if isinstance(annotation, types.UnionType) or typing.get_origin(annotation) is typing.Union:
        args = typing.get_args(annotation)
        nullable = type(None) in args
        rest = [a for a in args if a is not type(None)]
        if len(rest) != 1:
            raise TypeError(f"unsupported column type {annotation!r}")
        base = rest[0]
    if base in _KINDS:
        return _KINDS[base], nullable
    origin = typing.get_origin(base)
    if origin is list:
        return "list", nullable
    if origin is dict:
        return "dict", nullable
    raise TypeError(f"unsupported column type {annotation!r}")


@cache
def columns(table: str) -> tuple[Column, ...]:
    """The columns a sync file carries for ``table``: all of them but ``seen_hlc``."""
    model = TABLES[table]
    names = [c.name for c in model.__table__.columns if c.name != "seen_hlc"]  # type: ignore[attr-defined]
    out = []
    for name in names:
        info = model.model_fields[name]
        kind, nullable = _kind(info.annotation)
        default = _MISSING if info.default is PydanticUndefined else info.default
        role = _role(name)
        out.append(
            Column(
                name=name,
                kind=kind,
                nullable=nullable,
                default=default,
                factory=info.default_factory,  # type: ignore[arg-type]
                role=role,
                plain_text=kind == "str" and role == "text",
                usual=_usual(kind, role),
            )
        )
    return tuple(out)


@cache
def column_names(table: str) -> frozenset[str]:
    return frozenset(c.name for c in columns(table))


def check_row(table: str, obj: Any, *, lenient: bool = False) -> dict[str, Any]:
    """A row as this program stores it, from one decoded JSON line; raises _Invalid.

    Unknown fields are refused, unless ``lenient`` (a file of a newer minor version,
    which may add optional fields we do not know yet). Missing fields take their
    column's default, or are refused when the column has none.
    """
    if type(obj) is not dict:
        raise _Invalid(QT_TRANSLATE_NOOP("Sync", "a line is not a record")())
    cols = columns(table)
    if len(obj) == len(cols):
        # The usual line: every column and nothing else. Checked in place.
        for col in cols:
            value = obj.get(col.name, _MISSING)
            if value is _MISSING:
                break
            if value is None:
                if not col.nullable:
                    raise _Invalid(
                        QT_TRANSLATE_NOOP("Sync", "'{column}' is empty")(column=col.name)
                    )
            elif col.plain_text:
                if type(value) is not str:
                    raise _Invalid(
                        QT_TRANSLATE_NOOP("Sync", "'{column}' is not text")(column=col.name)
                    )
            else:
                # The usual values, as Column.check would return them; anything else
                # goes through it (normalised, or refused in its words).
                usual = col.usual
                if usual in (_REF, _ID):
                    if type(value) is str and len(value) <= _MAX_ID and (value or usual == _REF):
                        continue
                elif usual == _STAMP_OK:
                    if type(value) is str and _STAMP.match(value):
                        continue
                elif usual == _FLOAT:
                    if type(value) is float and math.isfinite(value):
                        continue
                elif usual == _BOOL and type(value) is bool:
                    continue
                obj[col.name] = col.check(value)
        else:
            return obj
    row: dict[str, Any] = {}
    matched = 0
    for col in cols:
        value = obj.get(col.name, _MISSING)
        if value is _MISSING:
            row[col.name] = col.fallback()
        else:
            matched += 1
            row[col.name] = col.check(value)
    if matched != len(obj):
        extra = set(obj) - column_names(table) - {"seen_hlc"}
        if extra and not lenient:
            raise _Invalid(
                QT_TRANSLATE_NOOP("Sync", "unknown field {field}")(
                    field=repr(sorted(map(str, extra))[0][:40])
                )
            )
    return row


def _depth_exceeds(value: Any, limit: int) -> bool:
    """True when arrays and objects nest deeper than ``limit`` (iterative: no recursion)."""
    stack = [(value, 1)]
    while stack:
        item, depth = stack.pop()
        children: Iterable[Any]
        if isinstance(item, dict):
            children = item.values()
        elif isinstance(item, list):
            children = item
        else:
            continue
        if depth > limit:
            return True
        stack.extend((child, depth + 1) for child in children)
    return False


def _refuse_constant(name: str) -> Any:
    raise ValueError(f"{name} is not a number JSON allows")


def _has_lone_surrogate(value: Any) -> bool:
    stack = [value]
    while stack:
        item = stack.pop()
        if isinstance(item, str):
            try:
                item.encode("utf-8")
            except UnicodeEncodeError:
                return True
        elif isinstance(item, dict):
            stack.extend(item.keys())
            stack.extend(item.values())
        elif isinstance(item, list):
            stack.extend(item)
    return False


_DECODER = json.JSONDecoder(parse_constant=_refuse_constant)


def parse_json(data: bytes, limits: Limits = LIMITS) -> Any:
    """Decode one JSON document, refusing NaN, too-deep nesting and unencodable text."""
    try:
        value = _DECODER.decode(data.decode("utf-8"))
    except RecursionError:
        raise _Invalid(QT_TRANSLATE_NOOP("Sync", "it nests too deeply")()) from None
    except ValueError as exc:  # includes JSONDecodeError and UnicodeDecodeError
        raise _Invalid(
            QT_TRANSLATE_NOOP("Sync", "it is not valid JSON: {error}")(error=str(exc)[:80])
        ) from None
    if data.count(b"[") + data.count(b"{") > limits.max_depth and _depth_exceeds(
        value, limits.max_depth
    ):
        raise _Invalid(QT_TRANSLATE_NOOP("Sync", "it nests too deeply")())
    if _LONE_SURROGATE.search(data) and _has_lone_surrogate(value):
        raise _Invalid(QT_TRANSLATE_NOOP("Sync", "it holds text that is not valid Unicode")())
    return value


_ENCODER = json.JSONEncoder(ensure_ascii=False, separators=(",", ":"), allow_nan=False)
# The C encoder json.dumps makes anew for each call (with these arguments), made once:
# the same text (it is what JSONEncoder.encode runs), without the cost of making it.
# Without the C accelerator, JSONEncoder.encode itself. No circular check: a row holds
# no references to itself.
_make_c_encoder = getattr(json.encoder, "c_make_encoder", None)
_C_ENCODER = (
    None
    if _make_c_encoder is None
    else _make_c_encoder(
        None, _ENCODER.default, json.encoder.encode_basestring, None, ":", ",", False, False, False
    )
)


def row_line(row: dict[str, Any]) -> bytes:
    """One row as the file writes it, without its newline (UTF-8 JSON, no NaN)."""
    if _C_ENCODER is None:
        return _ENCODER.encode(row).encode("utf-8")
    return "".join(_C_ENCODER(row, 0)).encode("utf-8")


def encode_row(row: dict[str, Any]) -> bytes:
    """One row as a line of the file (UTF-8 JSON, no NaN, newline-terminated)."""
    return row_line(row) + b"\n"


# The decoder's own scanner: one JSON value from a place in a text (what
# ``_DECODER.decode`` runs for a whole line, without its per-call work).
_SCAN: Callable[[str, int], tuple[Any, int]] = _DECODER.scan_once
_NONE = type(None)
_TYPE_OF = {"str": str, "int": int, "float": float, "bool": bool, "list": list}


def _values_fit(col: Column, values: list[Any]) -> bool:
    """Whether every value of one column, from many lines, is one check_row keeps as it
    is (False: one may be refused, or normalised; the lines are then read one by one)."""
    kinds = set(map(type, values))
    wanted = _TYPE_OF.get(col.kind)
    if wanted is None or not kinds <= ({wanted, _NONE} if col.nullable else {wanted}):
        return False
    present = [v for v in values if v is not None] if _NONE in kinds else values
    if not present:
        return True
    kind = col.kind
    if kind == "str":
        role = col.role
        if role == "text":
            return True
        if role in ("id", "ref"):
            lengths = list(map(len, present))
            return max(lengths) <= _MAX_ID and (role == "ref" or min(lengths) > 0)
        pattern = {"stamp": _STAMP, "origin": _REPLICA, "sha256": _SHA256}.get(role)
        if pattern is not None:
            return all(map(pattern.match, present))
        return role == "table" and set(present) <= TABLES.keys()
    if kind == "float":
        return all(map(math.isfinite, present))
    if kind == "int":
        return max(present) <= _MAX_INT and min(present) >= -_MAX_INT
    if kind == "list":
        for items in present:
            if items and (
                len(items) > LIMITS.max_list_items
                or set(map(type, items)) != {str}
                or max(map(len, items)) > _MAX_LIST_ITEM
            ):
                return False
        return True
    return kind == "bool"


def parse_rows(table: str, lines: list[bytes], limits: Limits = LIMITS) -> list[dict] | None:
    """The rows of many lines of ``table`` at once, exactly as :func:`check_row` (after
    :func:`parse_json`) gives them one by one, when every line is the usual one: one
    JSON object with every column of the table and nothing else, each value of its
    column's kind and keeping its rules as it is. None as soon as any line is not (it
    may be refused, or read otherwise): the caller then reads them one by one, and
    refuses the first bad one in its own words.

    The same checks, made per column over all the lines: each line is decoded by the
    same scanner, and must hold exactly one value; a table with an object column, whose
    nesting must be measured, is always read one line at a time. Its lines' ids are not
    checked for repeats here."""
    cols = columns(table)
    if (
        not lines
        or limits.max_depth < 2  # a line's nesting is at most 2 (a list of ids) here
        or any(c.kind == "dict" for c in cols)
        or max(map(len, lines)) > limits.max_line_bytes
        or b"" in lines
    ):
        return None
    data = b"\n".join(lines)
    if _LONE_SURROGATE.search(data):
        return None
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError:
        return None
    rows: list[Any] = []
    place = 0
    size = len(text)
    try:
        for _ in range(len(lines)):
            row, end = _SCAN(text, place)
            if end < size and text[end] != "\n":
                return None  # more than one value on a line, or spaces after it
            rows.append(row)
            place = end + 1
    except (StopIteration, ValueError, RecursionError):
        return None
    if place != size + 1 or set(map(type, rows)) != {dict} or set(map(len, rows)) != {len(cols)}:
        return None
    try:  # a column at a time (no tuple per line)
        by_column = [list(map(operator.itemgetter(col.name), rows)) for col in cols]
    except KeyError:
        return None
    if not all(_values_fit(col, column) for col, column in zip(cols, by_column, strict=True)):
        return None
    return rows


# ----------------------------------------------------------------------------- manifest


@dataclass(frozen=True)
class Member:
    sha256: str
    size: int


@dataclass(frozen=True)
class Since:
    """A partial file: what changed on its laptop after ``after_hlc``, made for ``peer``."""

    peer: str
    after_hlc: str


@dataclass(frozen=True)
class Manifest:
    format_version: str
    app_version: str
    schema_revision: str
    bundle_id: str
    source_replica: str
    teacher: str
    school: str
    created_hlc: str
    since: Since | None
    received: dict[str, str]
    counts: dict[str, int]
    members: dict[str, Member]
    newer_minor: bool = False
    #: What the file is for: a sync file, or a calibration set or return (same container).
    format: str = FORMAT

    @property
    def created_at(self) -> datetime:
        """When the file was made, by its laptop's clock, in this laptop's time zone."""
        return datetime.fromtimestamp(Stamp.parse(self.created_hlc).wall_ms / 1000)

    @property
    def blobs(self) -> list[str]:
        return [name[len("blobs/") :] for name in self.members if name.startswith("blobs/")]

    @property
    def total_rows(self) -> int:
        return sum(self.counts.values())


_NO_PROPER = QT_TRANSLATE_NOOP("Sync", "its manifest has no proper {what}")


def _text(doc: dict, key: str, *, limit: int = 200, required: bool = True) -> str:
    value = doc.get(key, _MISSING)
    if value is _MISSING and not required:
        return ""
    if type(value) is not str or len(value) > limit:
        raise _damaged(QT_TRANSLATE_NOOP("Sync", "its manifest has no proper '{key}'")(key=key))
    return value


def _stamp(value: Any, what: Phrase) -> str:
    if type(value) is not str or not _STAMP.match(value):
        raise _damaged(_NO_PROPER(what=what))
    Stamp.parse(value)  # never fails for what the pattern lets through
    return value


def _replica(value: Any, what: Phrase) -> str:
    if type(value) is not str or not _REPLICA.match(value):
        raise _damaged(_NO_PROPER(what=what))
    return value


def read_manifest(
    data: bytes, limits: Limits = LIMITS, formats: tuple[str, ...] = (FORMAT,)
) -> Manifest:
    """Check and decode ``manifest.json``: format first (a newer major is refused).

    ``formats``: the kinds of file the caller reads (sync files, unless it says otherwise:
    calibration files use this same container under their own names)."""
    try:
        doc = parse_json(data, limits)
    except _Invalid as exc:
        raise _damaged(
            QT_TRANSLATE_NOOP("Sync", "its manifest cannot be read: {problem}")(
                problem=message(exc)
            )
        ) from None
    if type(doc) is not dict or doc.get("format") not in formats:
        raise BundleError(_NOT_OURS())
    version = doc.get("format_version")
    match = _VERSION.match(version) if isinstance(version, str) else None
    if match is None:
        raise _damaged(QT_TRANSLATE_NOOP("Sync", "its manifest has no proper format version")())
    major, minor = int(match[1]), int(match[2])
    if major > FORMAT_MAJOR:
        raise NewerFormatError(
            QT_TRANSLATE_NOOP(
                "Sync",
                "This file was made by a newer version of cbe-desktop (format {major}); "
                "update the program on this laptop to read it.",
            )(major=str(major))
        )
    since_doc = doc.get("since")
    since = None
    if since_doc is not None:
        if type(since_doc) is not dict:
            raise _damaged(QT_TRANSLATE_NOOP("Sync", "its manifest has no proper 'since'")())
        since = Since(
            peer=_replica(since_doc.get("peer"), QT_TRANSLATE_NOOP("Sync", "'since' laptop")()),
            after_hlc=_stamp(
                since_doc.get("after_hlc"), QT_TRANSLATE_NOOP("Sync", "'since' stamp")()
            ),
        )
    received_doc = doc.get("received", {})
    if type(received_doc) is not dict or len(received_doc) > limits.max_received:
        raise _damaged(QT_TRANSLATE_NOOP("Sync", "its manifest has no proper 'received'")())
    received_laptop = QT_TRANSLATE_NOOP("Sync", "'received' laptop")()
    received_stamp = QT_TRANSLATE_NOOP("Sync", "'received' stamp")()
    received = {
        _replica(k, received_laptop): _stamp(v, received_stamp) for k, v in received_doc.items()
    }
    counts_doc = doc.get("counts")
    if type(counts_doc) is not dict:
        raise _damaged(QT_TRANSLATE_NOOP("Sync", "its manifest has no row counts")())
    counts: dict[str, int] = {}
    for table, n in counts_doc.items():
        if table not in TABLES:
            raise BundleError(_UNKNOWN_TABLE(table=str(table)[:40]))
        if type(n) is not int or n < 0:
            raise _damaged(
                QT_TRANSLATE_NOOP("Sync", "its manifest has no proper row count for {table}")(
                    table=table
                )
            )
        counts[table] = n
    members_doc = doc.get("members")
    if type(members_doc) is not dict:
        raise _damaged(QT_TRANSLATE_NOOP("Sync", "its manifest does not list its contents")())
    members: dict[str, Member] = {}
    for name, entry in members_doc.items():
        if not isinstance(name, str) or not _MEMBER_NAME.match(name) or name == MANIFEST:
            raise _hostile(
                QT_TRANSLATE_NOOP(
                    "Sync", "its manifest names a part this program never writes ({name})"
                )(name=f"{name!r:.60}")
            )
        if (
            type(entry) is not dict
            or not isinstance(entry.get("sha256"), str)
            or not _SHA256.match(entry["sha256"])
            or type(entry.get("size")) is not int
            or entry["size"] < 0
        ):
            raise _damaged(
                QT_TRANSLATE_NOOP("Sync", "its manifest has no proper hash or size for {name}")(
                    name=name
                )
            )
        members[name] = Member(entry["sha256"], entry["size"])
    bundle_id = _text(doc, "bundle_id", limit=_MAX_ID)
    if not bundle_id:
        raise _damaged(QT_TRANSLATE_NOOP("Sync", "its manifest has no bundle id")())
    return Manifest(
        format_version=str(version),  # text: it matched the version's pattern
        app_version=_text(doc, "app_version", limit=40, required=False),
        schema_revision=_text(doc, "schema_revision", limit=40, required=False),
        bundle_id=bundle_id,
        source_replica=_replica(
            doc.get("source_replica"), QT_TRANSLATE_NOOP("Sync", "source laptop")()
        ),
        teacher=_text(doc, "teacher", required=False),
        school=_text(doc, "school", required=False),
        created_hlc=_stamp(doc.get("created_hlc"), QT_TRANSLATE_NOOP("Sync", "creation stamp")()),
        since=since,
        received=received,
        counts=counts,
        members=members,
        newer_minor=major == FORMAT_MAJOR and minor > FORMAT_MINOR,
        format=doc["format"],
    )


# ----------------------------------------------------------------------------- reading

_READ_ERRORS = (zipfile.BadZipFile, zlib.error, EOFError, OSError, ValueError, RuntimeError)
_CHUNK = _MB
#: How much of a file's records, checked at opening, is kept in memory to be read from
#: (a school year's is about 60 MB); beyond it, a part is read from the file again.
KEPT_BYTES = 128 * _MB


def table_member(table: str) -> str:
    return f"tables/{table}.jsonl"


def blob_member(sha256: str) -> str:
    return f"blobs/{sha256}"


#: Of a run of a table's lines, those the store holds byte for byte, each with its id.
Held = Callable[[list[bytes]], dict[bytes, str]]


class Bundle:
    """An opened sync file whose structure and every part's hash have been checked.

    Rows are read (and each one checked) only when asked for, as a stream, from the
    records' parts as they were checked at opening (kept in memory up to
    :data:`KEPT_BYTES`; beyond that, and for attachments, read from the file again and
    checked again). Close it (or use ``with``) when done.
    """

    def __init__(
        self, path: Path, fileobj: IO[bytes], zf: zipfile.ZipFile, manifest: Manifest, limits
    ) -> None:
        self.path = path
        self.manifest = manifest
        self.limits: Limits = limits
        self.locked = False
        self._fileobj = fileobj
        self._zf = zf
        #: Parts checked against the manifest at opening, as read (see verify_hashes).
        self._checked: dict[str, bytes] = {}

    def close(self) -> None:
        self._checked.clear()
        with contextlib.suppress(Exception):
            self._zf.close()
        with contextlib.suppress(Exception):
            self._fileobj.close()

    def __enter__(self) -> Bundle:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    # ----- raw parts ---------------------------------------------------------
    def _chunks(self, name: str) -> Iterator[bytes]:
        """The bytes of one part, hashed and counted; refuses any difference from the manifest."""
        checked = self._checked.pop(name, None)
        if checked is not None:  # read, and found as the manifest says, at opening
            for start in range(0, len(checked), _CHUNK):
                yield checked[start : start + _CHUNK]
            return
        expected = self.manifest.members[name]
        digest = hashlib.sha256()
        size = 0
        try:
            with self._zf.open(name) as fh:
                while chunk := fh.read(_CHUNK):
                    size += len(chunk)
                    if size > expected.size:
                        raise _hostile(
                            QT_TRANSLATE_NOOP(
                                "Sync", "its part {name} is larger than its manifest says"
                            )(name=name)
                        )
                    digest.update(chunk)
                    yield chunk
        except _READ_ERRORS as exc:
            raise _damaged(
                QT_TRANSLATE_NOOP("Sync", "{name} cannot be read: {error}")(
                    name=name, error=str(exc)[:80]
                )
            ) from None
        if size != expected.size or digest.hexdigest() != expected.sha256:
            raise _hostile(
                QT_TRANSLATE_NOOP(
                    "Sync", "its part {name} does not match the hash its manifest gives"
                )(name=name)
            )

    def verify_hashes(self) -> None:
        """Read every part once and compare it with its hash and size in the manifest.

        The records' parts, checked, are kept as read (up to :data:`KEPT_BYTES` in all),
        so that their rows are read from exactly those bytes, without inflating and
        hashing them again."""
        room = KEPT_BYTES
        for name in self.manifest.members:
            keep = name.startswith("tables/") and self.manifest.members[name].size <= room
            chunks = [chunk for chunk in self._chunks(name) if keep]
            if keep:
                self._checked[name] = b"".join(chunks)
                room -= len(self._checked[name])

    def blob(self, sha256: str) -> bytes:
        """The bytes of one attachment, checked against its name."""
        data = b"".join(self._chunks(blob_member(sha256)))
        if hashlib.sha256(data).hexdigest() != sha256:
            raise _hostile(
                QT_TRANSLATE_NOOP("Sync", "the attachment {name}… does not match its name")(
                    name=sha256[:12]
                )
            )
        return data

    # ----- rows --------------------------------------------------------------
    def rows(self, table: str, *, held: Held | None = None) -> Iterator[dict[str, Any]]:
        """Every row of ``table``, checked and normalised; BundleError on the first bad one.

        ``held(lines)``: of a run of lines, those the store already holds byte for byte
        (each line is what this store writes for one of its rows, mapped to that row's
        id). They bring nothing: they are neither decoded nor yielded, only counted (and
        their ids still may not appear twice in the file).
        """
        name = table_member(table)
        if name not in self.manifest.members:
            return
        limit = self.limits.max_line_bytes
        lenient = self.manifest.newer_minor
        seen: set[str] = set()
        count = 0
        tail = b""
        for chunk in self._chunks(name):
            lines = (tail + chunk).split(b"\n")
            tail = lines.pop()
            if len(tail) > limit:
                raise _hostile(
                    QT_TRANSLATE_NOOP("Sync", "a record in {name} is longer than {size} MB")(
                        name=name, size=str(limit // _MB)
                    )
                )
            known = held(lines) if held is not None else {}
            if b"" not in lines:
                # Lines held (a file received again) are counted and their ids
                # remembered at once; the others are read together (_read_many).
                numbers: Sequence[int] = range(count + 1, count + 1 + len(lines))
                rest = lines
                if known:
                    numbers = [n for n, ln in zip(numbers, lines, strict=True) if ln not in known]
                    rest = [line for line in lines if line not in known]
                held_ids = set(known.values())
                if len(lines) - len(rest) == len(known) == len(held_ids) and seen.isdisjoint(
                    held_ids
                ):
                    seen.update(held_ids)
                    count += len(lines)
                    yield from self._read_many(table, rest, numbers, seen, lenient)
                    continue
            for line in lines:
                if line:
                    count += 1
                    row_id = known.get(line)
                    if row_id is None:
                        yield self._row(table, line, count, seen, lenient)
                    elif row_id in seen:
                        raise self._twice(row_id, table)
                    else:
                        seen.add(row_id)
        if tail:
            count += 1
            yield self._row(table, tail, count, seen, lenient)
        if count != self.manifest.counts.get(table, 0):
            raise _damaged(
                QT_TRANSLATE_NOOP(
                    "Sync", "{name} holds {count} records where its manifest says otherwise"
                )(name=name, count=str(count))
            )

    def _read_many(
        self,
        table: str,
        lines: list[bytes],
        numbers: Sequence[int],
        seen: set[str],
        lenient: bool,
    ) -> list[dict]:
        """The rows of many lines (``numbers``: their numbers in the part), checked as
        :meth:`_row` checks one: all at once when they are the usual lines
        (:func:`parse_rows`), else one by one, so that the first bad line is refused in
        its own words."""
        if not lines:
            return []
        rows = parse_rows(table, lines, self.limits)
        if rows is not None:
            ids = [row["id"] for row in rows]
            if len(set(ids)) == len(ids) and seen.isdisjoint(ids):
                seen.update(ids)
                return rows
        return [
            self._row(table, line, number, seen, lenient)
            for number, line in zip(numbers, lines, strict=True)
        ]

    @staticmethod
    def _twice(row_id: str, table: str) -> BundleError:
        return _hostile(
            QT_TRANSLATE_NOOP("Sync", "the record {id} appears twice in {table}")(
                id=row_id, table=table
            )
        )

    def _row(self, table: str, line: bytes, number: int, seen: set[str], lenient: bool) -> dict:
        if len(line) > self.limits.max_line_bytes:
            raise _hostile(
                QT_TRANSLATE_NOOP("Sync", "record {number} of {table} is too long")(
                    number=str(number), table=table
                )
            )
        try:
            row = check_row(table, parse_json(line, self.limits), lenient=lenient)
        except _Invalid as exc:
            raise BundleError(
                QT_TRANSLATE_NOOP(
                    "Sync",
                    "This sync file has a damaged record ({table}, line {number}: {problem}); "
                    "make the file again on the other laptop.",
                )(table=table, number=str(number), problem=message(exc))
            ) from None
        if row["id"] in seen:
            raise self._twice(row["id"], table)
        seen.add(row["id"])
        return row

    def check_rows(
        self,
        progress: Callable[[int], None] | None = None,
        visit: Callable[[str, dict[str, Any]], None] | None = None,
    ) -> None:
        """Read and check every row of every table (nothing is kept; ``visit`` sees each)."""
        for table in TABLES:
            for n, row in enumerate(self.rows(table), 1):
                if visit is not None:
                    visit(table, row)
                if progress is not None and n % 5000 == 0:
                    progress(5000)


def _check_structure(zf: zipfile.ZipFile, limits: Limits) -> None:
    """Refuse a zip whose list of parts is hostile, before a single part is inflated."""
    infos = zf.infolist()
    names = [info.filename for info in infos]
    if len(set(names)) != len(names):
        raise _hostile(QT_TRANSLATE_NOOP("Sync", "it holds two parts with the same name")())
    tables = blobs = total = 0
    for info in infos:
        name = info.filename
        if not _MEMBER_NAME.match(name):
            raise _hostile(
                QT_TRANSLATE_NOOP(
                    "Sync", "it holds a part with a name this program never writes ({name})"
                )(name=f"{name!r:.60}")
            )
        if info.flag_bits & 0x1:
            raise _hostile(
                QT_TRANSLATE_NOOP("Sync", "one of its parts is encrypted inside the zip")()
            )
        if info.compress_type not in (zipfile.ZIP_STORED, zipfile.ZIP_DEFLATED):
            raise _hostile(
                QT_TRANSLATE_NOOP(
                    "Sync", "one of its parts is compressed in a way this program never uses"
                )()
            )
        if name.startswith("blobs/"):
            blobs += 1
            cap = limits.max_blob_bytes
        elif name == MANIFEST:
            tables += 1
            cap = limits.max_manifest_bytes
        else:
            tables += 1
            cap = limits.max_table_bytes
        if info.file_size > cap:
            raise _hostile(
                QT_TRANSLATE_NOOP("Sync", "its part {name} is larger than {size} MB")(
                    name=name, size=str(cap // _MB)
                )
            )
        if info.file_size > limits.ratio_floor_bytes and info.file_size > limits.max_ratio * max(
            info.compress_size, 1
        ):
            raise _hostile(
                QT_TRANSLATE_NOOP("Sync", "its part {name} inflates more than {ratio} times")(
                    name=name, ratio=str(limits.max_ratio)
                )
            )
        total += info.file_size
    if tables > limits.max_table_members:
        raise _hostile(
            QT_TRANSLATE_NOOP("Sync", "it holds more than {count} tables")(
                count=str(limits.max_table_members)
            )
        )
    if blobs > limits.max_blobs:
        raise _hostile(
            QT_TRANSLATE_NOOP("Sync", "it holds more than {count} attachments")(
                count=f"{limits.max_blobs:,}"
            )
        )
    if total > limits.max_total_bytes:
        raise _hostile(
            QT_TRANSLATE_NOOP("Sync", "it would take more than {size} GB")(
                size=str(limits.max_total_bytes // (1024 * _MB))
            )
        )


def _read_manifest_member(
    zf: zipfile.ZipFile, limits: Limits, formats: tuple[str, ...] = (FORMAT,)
) -> Manifest:
    if MANIFEST not in zf.NameToInfo:
        raise _damaged(QT_TRANSLATE_NOOP("Sync", "it has no manifest")())
    try:
        with zf.open(MANIFEST) as fh:
            data = fh.read(limits.max_manifest_bytes + 1)
    except _READ_ERRORS as exc:
        raise _damaged(
            QT_TRANSLATE_NOOP("Sync", "its manifest cannot be read: {problem}")(
                problem=str(exc)[:80]
            )
        ) from None
    if len(data) > limits.max_manifest_bytes:
        raise _hostile(QT_TRANSLATE_NOOP("Sync", "its manifest is too large")())
    return read_manifest(data, limits, formats)


def _check_members(zf: zipfile.ZipFile, manifest: Manifest) -> None:
    present = {info.filename: info for info in zf.infolist() if info.filename != MANIFEST}
    for name in present:
        if name not in manifest.members:
            raise _hostile(
                QT_TRANSLATE_NOOP("Sync", "it holds a part its manifest does not list ({name})")(
                    name=name
                )
            )
    for name, member in manifest.members.items():
        info = present.get(name)
        if info is None:
            raise _damaged(QT_TRANSLATE_NOOP("Sync", "the part {name} is missing")(name=name))
        if info.file_size != member.size:
            raise _hostile(
                QT_TRANSLATE_NOOP("Sync", "its part {name} is not the size its manifest gives")(
                    name=name
                )
            )
        if name.startswith("tables/"):
            table = name[len("tables/") : -len(".jsonl")]
            if table not in TABLES:
                raise BundleError(_UNKNOWN_TABLE(table=table))
        elif name.startswith("blobs/") and name[len("blobs/") :] != member.sha256:
            raise _hostile(
                QT_TRANSLATE_NOOP("Sync", "the attachment {name} is not named by its hash")(
                    name=name
                )
            )
    for table, n in manifest.counts.items():
        if n and table_member(table) not in manifest.members:
            raise _damaged(
                QT_TRANSLATE_NOOP("Sync", "the records of {table} are missing")(table=table)
            )


def _cannot_read(path: Path, exc: OSError) -> BundleError:
    return BundleError(
        QT_TRANSLATE_NOOP("Sync", "{path} cannot be read ({reason}).")(
            path=str(path), reason=str(exc.strerror or exc)
        )
    )


def _plaintext_spool(workdir: Path | None) -> IO[bytes]:
    """Where an unlocked zip is read from: memory while small, then an unnamed file.

    The file is in ``workdir`` (the data folder, beside the database that holds the same
    names) and begins ``.sync-``: on Linux it never has a name at all (``O_TMPFILE``),
    elsewhere the system removes it when closed, and a start-up after a crash can
    recognise one left behind.
    """
    return tempfile.SpooledTemporaryFile(
        max_size=32 * _MB,
        dir=None if workdir is None else str(workdir),
        prefix=".sync-",
        suffix=".zip",
    )


def open_bundle(
    path: Path | str,
    passphrase: str | None = None,
    *,
    workdir: Path | None = None,
    limits: Limits = LIMITS,
    verify: bool = True,
    formats: tuple[str, ...] = (FORMAT,),
) -> Bundle:
    """Open a sync file (unlocking it if needed) and check its structure and every hash.

    A locked file is unlocked only once its passphrase is known right (from its first
    chunk; a file locked by version 0.1.0 is checked whole first), into memory while
    small, else into an unnamed temporary file in ``workdir`` (the data folder, so
    student names never land anywhere else in the clear). Every piece is checked before
    it is written there. Raises BundleError (one sentence) for anything amiss.
    """
    path = Path(path)
    try:
        stat = path.stat()
    except FileNotFoundError:
        raise BundleError(
            QT_TRANSLATE_NOOP("Sync", "There is no file at {path}.")(path=str(path))
        ) from None
    except OSError as exc:
        raise _cannot_read(path, exc) from None
    if not path.is_file():
        raise BundleError(
            QT_TRANSLATE_NOOP("Sync", "{path} is a folder, not a sync file.")(path=str(path))
        )
    if stat.st_size == 0:
        raise BundleError(
            QT_TRANSLATE_NOOP("Sync", "{name} is empty; make the file again on the other laptop.")(
                name=path.name
            )
        )
    if stat.st_size > limits.max_file_bytes:
        raise _hostile(
            QT_TRANSLATE_NOOP("Sync", "it is larger than {size} GB")(
                size=str(limits.max_file_bytes // (1024 * _MB))
            )
        )
    try:
        with open(path, "rb") as fh:
            head = fh.read(8)
    except OSError as exc:
        raise _cannot_read(path, exc) from None

    fileobj: IO[bytes]
    locked = crypto.is_locked(head)
    if locked:
        try:
            spool = crypto.decrypt(path, passphrase, lambda: _plaintext_spool(workdir))
        except OSError as exc:
            if exc.errno in _FULL:  # the data folder is full: not a fault of the file
                raise
            raise _cannot_read(path, exc) from None
        spool.seek(0)
        if spool.read(4) != b"PK\x03\x04":
            spool.close()
            raise BundleError(_NOT_OURS())
        spool.seek(0)
        fileobj = spool  # type: ignore[assignment]
    elif head[:4] in (b"PK\x03\x04", b"PK\x05\x06"):
        try:
            fileobj = open(path, "rb")  # noqa: SIM115 - owned by the Bundle
        except OSError as exc:
            raise _cannot_read(path, exc) from None
    else:
        raise BundleError(
            QT_TRANSLATE_NOOP("Sync", "{name} is not a cbe-desktop sync file.")(name=path.name)
        )

    try:
        try:
            zf = zipfile.ZipFile(fileobj)  # type: ignore[arg-type]
        except _READ_ERRORS as exc:
            raise _damaged(
                QT_TRANSLATE_NOOP("Sync", "it is not a complete zip file: {error}")(
                    error=str(exc)[:80]
                )
            ) from None
        try:
            _check_structure(zf, limits)
            manifest = _read_manifest_member(zf, limits, formats)
            _check_members(zf, manifest)
            bundle = Bundle(path, fileobj, zf, manifest, limits)
            bundle.locked = locked
            if verify:
                bundle.verify_hashes()
        except BaseException:
            zf.close()
            raise
    except BaseException:
        fileobj.close()
        raise
    return bundle


# ----------------------------------------------------------------------------- writing


@dataclass
class Written:
    """What a finished sync file holds."""

    path: Path
    size: int
    counts: dict[str, int]
    blobs: int
    members: dict[str, Member] = field(default_factory=dict)


def _fsync_folder(folder: Path) -> None:
    if os.name != "posix":
        return
    with contextlib.suppress(OSError):
        fd = os.open(folder, os.O_RDONLY)
        try:
            os.fsync(fd)
        finally:
            os.close(fd)


def _drop_from_cache(fh: BinaryIO) -> None:
    """Ask the system to forget the file's pages, so reading it back reads the drive."""
    if hasattr(os, "posix_fadvise"):
        with contextlib.suppress(OSError):
            os.posix_fadvise(fh.fileno(), 0, 0, os.POSIX_FADV_DONTNEED)


class BundleWriter:
    """Writes a sync file next to ``dest`` and renames it into place only when complete.

    With a passphrase, the zip is locked as it is made: ``zipfile`` writes it straight
    through a :class:`crypto.LockingWriter` into the partial file, one 64 KiB chunk at a
    time, so the students' work in the clear is never on any disk (not the USB stick,
    not the data folder, not a temporary folder), whenever the program stops. The
    passphrase must fit the rule for new files (``crypto.check_new_passphrase``),
    checked before anything is created. ``workdir`` is no longer used for writing.
    """

    def __init__(
        self,
        dest: Path,
        *,
        passphrase: str | None = None,
        workdir: Path | None = None,
        limits: Limits = LIMITS,
        format: str = FORMAT,
    ) -> None:
        self.dest = Path(dest)
        self.format = format
        self.passphrase = passphrase
        self.workdir = workdir
        self.limits = limits
        self.counts: dict[str, int] = {}
        self.members: dict[str, Member] = {}
        self._total = 0
        self._partial = self.dest.with_name(f".{self.dest.name}.{os.getpid()}.partial")
        self._file: BinaryIO | None = None  # the partial file
        self._locker: crypto.LockingWriter | None = None
        self._zf: zipfile.ZipFile | None = None

    def __enter__(self) -> BundleWriter:
        if self.passphrase is not None:
            crypto.check_new_passphrase(self.passphrase)
        try:
            folder_lock.track(self._partial)  # a killed export's half file goes at next start
            self._file = open(self._partial, "w+b")
            if self.passphrase is not None:
                self._locker = crypto.LockingWriter(self._file, self.passphrase)
        except OSError as exc:
            self._cleanup()
            said = explain(exc, self.dest.parent, self.dest)
            if isinstance(said, DiskFullError | ReadOnlyError | DiskError):
                raise said from None
            raise BundleError(
                QT_TRANSLATE_NOOP(
                    "Sync", "{path} cannot be written ({reason}); choose another folder."
                )(path=str(self.dest), reason=str(exc.strerror or exc))
            ) from None
        # Through the locker, zipfile sees a stream it cannot seek: it then writes each
        # part's sizes after its bytes (a data descriptor), which every reader handles.
        target = self._locker if self._locker is not None else self._file
        self._zf = zipfile.ZipFile(target, "w", compression=zipfile.ZIP_DEFLATED)  # type: ignore[call-overload]
        return self

    def __exit__(self, exc_type, *exc: object) -> None:  # type: ignore[no-untyped-def]
        if exc_type is not None:
            self._cleanup()

    def _cleanup(self) -> None:
        with contextlib.suppress(Exception):
            if self._zf is not None:
                self._zf.close()
        with contextlib.suppress(Exception):
            if self._file is not None:
                self._file.close()
        self._partial.unlink(missing_ok=True)
        folder_lock.untrack(self._partial)

    @contextlib.contextmanager
    def _writing(self) -> Iterator[None]:
        """A write that fails (the drive is full, or gone) says so in one sentence."""
        try:
            yield
        except OSError as exc:
            self._cleanup()
            said = explain(exc, self.dest.parent, self.dest)
            if isinstance(said, DiskFullError | ReadOnlyError):
                raise said from None
            raise BundleError(
                QT_TRANSLATE_NOOP(
                    "Sync",
                    "{path} cannot be written ({reason}); "
                    "check the drive has room, or choose another folder.",
                )(path=str(self.dest), reason=str(exc.strerror or exc))
            ) from None

    def _count(self, size: int) -> None:
        self._total += size
        if self._total > self.limits.max_total_bytes:
            raise BundleError(
                QT_TRANSLATE_NOOP(
                    "Sync",
                    "This laptop holds more than one sync file can carry ({size} GB); "
                    "send what changed since the last exchange instead.",
                )(size=str(self.limits.max_total_bytes // (1024 * _MB)))
            )

    def add_table(self, table: str, rows: Iterable[dict[str, Any]]) -> int:
        """Write one table's rows as JSON lines; returns how many."""
        assert self._zf is not None
        name = table_member(table)
        digest = hashlib.sha256()
        size = count = 0
        info = zipfile.ZipInfo(name, date_time=datetime.now().timetuple()[:6])
        info.compress_type = zipfile.ZIP_DEFLATED
        with self._writing(), self._zf.open(info, "w") as out:
            batch: list[bytes] = []
            for row in rows:
                try:
                    line = encode_row(row)
                except ValueError:
                    raise BundleError(
                        QT_TRANSLATE_NOOP(
                            "Sync",
                            "A record of {table} holds a number that cannot be written "
                            "({id}); run 'cbe-desktop check'.",
                        )(table=table, id=str(row.get("id")))
                    ) from None
                if len(line) > self.limits.max_line_bytes:
                    raise BundleError(
                        QT_TRANSLATE_NOOP(
                            "Sync",
                            "A record of {table} ({id}) is too large to send "
                            "(over {size} MB); shorten its text.",
                        )(
                            table=table,
                            id=str(row.get("id")),
                            size=str(self.limits.max_line_bytes // _MB),
                        )
                    )
                batch.append(line)
                count += 1
                if len(batch) >= 1000:
                    data = b"".join(batch)
                    batch.clear()
                    digest.update(data)
                    size += len(data)
                    out.write(data)
            if batch:
                data = b"".join(batch)
                digest.update(data)
                size += len(data)
                out.write(data)
        if size > self.limits.max_table_bytes:
            raise BundleError(
                QT_TRANSLATE_NOOP(
                    "Sync",
                    "The records of {table} are more than one sync file can carry; "
                    "send what changed since the last exchange instead.",
                )(table=table)
            )
        self._count(size)
        self.members[name] = Member(digest.hexdigest(), size)
        self.counts[table] = count
        return count

    def add_blob(self, sha256: str, data: bytes) -> None:
        """Add one attachment's bytes (stored as they are: photos do not compress)."""
        assert self._zf is not None
        name = blob_member(sha256)
        if name in self.members:
            return
        if len(self.members) - len(self.counts) >= self.limits.max_blobs:
            raise BundleError(
                QT_TRANSLATE_NOOP(
                    "Sync",
                    "This laptop holds more than {count} attachments, more than one sync file "
                    "can carry; send what changed since the last exchange instead.",
                )(count=f"{self.limits.max_blobs:,}")
            )
        self._count(len(data))
        info = zipfile.ZipInfo(name, date_time=datetime.now().timetuple()[:6])
        info.compress_type = zipfile.ZIP_STORED
        with self._writing():
            self._zf.writestr(info, data)
        self.members[name] = Member(sha256, len(data))

    def finish(self, manifest: dict[str, Any]) -> Written:
        """Write the manifest, close the zip (and seal its last chunk), move it into place."""
        assert self._zf is not None and self._file is not None
        doc = {
            **manifest,
            "format": self.format,
            "format_version": FORMAT_VERSION,
            "counts": dict(self.counts),
            "members": {n: {"sha256": m.sha256, "size": m.size} for n, m in self.members.items()},
        }
        data = json.dumps(doc, ensure_ascii=False, indent=1).encode("utf-8")
        with self._writing():
            self._zf.writestr(MANIFEST, data)
            self._zf.close()
            self._zf = None
            if self._locker is not None:
                self._locker.finish()
            self._file.flush()
            os.fsync(self._file.fileno())
            _drop_from_cache(self._file)
            self._file.close()
            self._file = None
            os.replace(self._partial, self.dest)
            folder_lock.untrack(self._partial)
            _fsync_folder(self.dest.parent)
            size = self.dest.stat().st_size
        return Written(
            path=self.dest,
            size=size,
            counts=dict(self.counts),
            blobs=len(self.members) - len(self.counts),
            members=dict(self.members),
        )
