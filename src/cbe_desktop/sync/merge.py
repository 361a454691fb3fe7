"""The merge rules: what one incoming version of a row does to this laptop's version.

Pure functions over rows as dicts (column -> value, without ``seen_hlc``), so that they
can be checked exhaustively without a database. :mod:`.exchange` applies them.

Rows are matched by id, table by table, parents first.

- **Evidence** (append-only) is a union: a missing row is inserted, a present one is
  never touched.
- **A row missing here** is inserted as it came (its stamp, origin and lineage kept).
- **Identical versions** (same stamp, same content) change nothing. Two deletions of
  one row are alike, whenever each was made.
- **A far-future version** (stamped more than a day ahead of this laptop's clock: a
  laptop whose clock is wrong) never wins automatically: this laptop's version stays,
  and the other is kept in a ``future_clock`` conflict, unless this laptop's version was
  made from it (the teacher already chose). (A far-future row that does not exist here
  is inserted, and counted as flagged.)
- **A version made from the other** wins without a conflict: the newer one was edited
  by someone who had seen the older. Known when the newer's ``base_hlc`` is the older's
  stamp (or a later stamp of the laptop that made the older), or when one laptop made
  both (a laptop's changes to one row follow one another).
- **Concurrent versions** (neither made from the other): the newer stamp wins (stamps
  sort in time order; equal stamps are broken by content, so every laptop picks the
  same). If their contents differ, the loser is kept in a ``concurrent_edit`` conflict:
  nothing is silently lost.

The same thing made twice
-------------------------

Two laptops can each make a row for the same thing: both teachers override Ana's
estimate on 7.RP.1, both add 7.RP.3 to the class, both write what level 4 of a target
looks like. The rows have different ids but the same **natural key**, so after the rows
are merged by id, the live rows of each table below are grouped by it. Where one key
has two or more live rows, they are concurrent versions of one thing, and the rule for
concurrent versions applies to them: the newest (by stamp, as above) stays in use; each
other is **set aside**: it stays in the table (every row either laptop had is kept),
deleted by the merge, and if its content differs from the one in use (other than its
id and ``source_id``) it is kept in a ``concurrent_edit`` conflict whose row is the one
in use, ``mine`` the version in use and ``theirs`` the set-aside one, so the teacher can
take it (which writes its content to the row in use: a change like any other). The rows
are ranked by stamp alone, so that every laptop keeps the same one in use: a row stamped
far in the future is a new row here, taken and flagged like any new row, and the one
this laptop had is kept in the conflict (never overwritten).

The setting aside is made the same on every laptop that meets the two rows: the set-aside
row is stamped with its own stamp moved on by one (same laptop, same time), so the
laptop that made it takes the deletion as its own next change, and a later edit made
there wins over it (and is met again). Every table, and what "the same thing" is:

=============================  ================================================
table                          the same thing (matched by)
=============================  ================================================
``attachment``                 by id (two copies of one file are two attachments)
``scale``                      by id (classes and frameworks point at it by id)
``scale_level``                ``scale_id`` + ``value``
``framework``                  by id (targets hang from it by id)
``target``                     by id (evidence and rubrics hang from it by id)
``rubric_descriptor``          ``target_id`` + ``level_value``
``target_wording``             ``target_id`` + ``lang`` (one wording per language)
``exemplar``                   by id (a level may have several examples of work)
``school_class``               by id (everything in the class hangs from it by id)
``student``                    by id (evidence hangs from it by id)
``enrollment``                 ``class_id`` + ``student_id``
``class_target``               ``class_id`` + ``target_id``
``task``                       by id (evidence hangs from it by id)
``task_rubric_descriptor``     ``task_id`` + ``target_id`` + ``level_value``
``evidence``                   append-only: every piece is kept (corrections below)
``revision``                   ``evidence_id`` (one plan for each "not yet")
``mastery_override``           ``student_id`` + ``target_id``
``goal``                       by id (a student may write several goals)
``reflection``                 by id (a student may write several reflections)
``showcase``                   ``student_id`` + ``evidence_id``
``calibration_set``            by id (pieces, scores and consensus hang from it by id)
``calibration_piece``          by id (a piece of work in a calibration set)
``calibration_source``         by id (the evidence a piece was taken from; leader only)
``calibration_score``          by id (a scorer edits their own; the newest wins as shown)
``calibration_consensus``      by id (the page shows the newest for each piece)
``term_mark``                  ``class_id`` + ``student_id`` + ``period`` + ``subject``
``term_closure``               ``class_id`` + ``period`` (one closing of a term)
``modified_target``            ``student_id`` + ``target_id`` (one IEP modification)
``student_group``              ``student_id`` + ``kind`` (one value per student and kind)
``conflict``                   by id (an id derived from what it is about)
``setting``                    not synchronised (each laptop's own: the teacher's name, ...)
=============================  ================================================

Rows matched "by id" are things others point at by id (a second "Ana García" made on
another laptop may be another student, and her evidence points at her own row), so two
of them are two things; each is still merged with its own versions by the rules above.

Conflict rows are themselves synchronised rows. Two laptops that meet the same
conflict must make the same row, so that merging conflicts converges and importing
twice changes nothing: the id is a UUIDv5 of (table, row id, the set-aside row's id when
it is another row, the two stamps), ``mine`` is the version that was kept in the table
(the winner) and ``theirs`` the one set aside, each with its stamp and origin, and the
row is stamped with the older of the two stamps (so any later choice by a teacher,
stamped now, wins over it).

Evidence is never updated, so two laptops that correct (or withdraw) the same score
make two new rows that both supersede it; both are kept and both stand. The merge
then records a ``concurrent_correction`` conflict on the corrected row: ``mine`` is
the newer correction, ``theirs`` the other, for the teacher to choose.

A deletion (tombstone) is an ordinary change under these rules; it never removes
evidence. After a merge, a student or target that is deleted while it has evidence
stamped after its deletion gets a ``deleted_with_new_evidence`` conflict, so the
teacher can bring it back.
"""

from __future__ import annotations

import json
import uuid
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from cbe_desktop.core.ids import Stamp

Row = dict[str, Any]

#: Columns that describe a version rather than its content.
VERSION_COLUMNS = frozenset({"hlc", "origin", "base_hlc", "seen_hlc"})

CONCURRENT_EDIT = "concurrent_edit"
CONCURRENT_CORRECTION = "concurrent_correction"
FUTURE_CLOCK = "future_clock"
DELETED_WITH_NEW_EVIDENCE = "deleted_with_new_evidence"

#: Names conflict ids, so every laptop derives the same id for the same conflict.
CONFLICT_NAMESPACE = uuid.uuid5(uuid.NAMESPACE_URL, "https://cbe-desktop.invalid/sync/conflict")


def content(row: Row) -> Row:
    """A row without the columns that only describe its version."""
    return {k: v for k, v in row.items() if k not in VERSION_COLUMNS}


def same_content(a: Row, b: Row) -> bool:
    """Whether two versions say the same (two deletions are alike whenever each was made)."""
    return _comparable(a) == _comparable(b)


def _comparable(row: Row) -> Row:
    out = content(row)
    if "deleted_hlc" in out:
        out["deleted_hlc"] = bool(out["deleted_hlc"])
    return out


def canonical(row: Row) -> str:
    """A text that orders versions with equal stamps the same way on every laptop."""
    return json.dumps(row, sort_keys=True, ensure_ascii=False, separators=(",", ":"), default=str)


def _stamp_replica(stamp: str | None) -> str | None:
    if not stamp:
        return None
    try:
        return Stamp.parse(stamp).replica
    except ValueError:
        return None


def derived_from(newer: Row, older: Row) -> bool:
    """True when ``newer`` is known to have been made from ``older`` (or a later version).

    - one laptop made both, and ``newer`` later: a laptop's changes to a row follow
      one another, each made from the one before;
    - ``newer`` was edited from ``older`` (its ``base_hlc`` is ``older``'s stamp), or
      from a later version made by the laptop that made ``older``;
    - ``older`` was set aside by a merge (see :func:`set_aside`) and ``newer`` was made
      from the version it was set aside from: a teacher's change wins over the merge's.
    """
    if newer["hlc"] == older["hlc"]:
        return False
    if _made_after(newer, older["hlc"], older["origin"]):
        return True
    source = set_aside_from(older)
    return source is not None and _made_after(newer, source, older["origin"])


def _made_after(newer: Row, stamp: str, origin: str) -> bool:
    """Whether ``newer`` was made from the version (``stamp``, ``origin``) or a later one."""
    if newer["hlc"] == stamp:
        return False
    if newer["origin"] == origin and newer["hlc"] > stamp:
        return True
    base = newer.get("base_hlc")
    if not base:
        return False
    if base == stamp:
        return True
    return _stamp_replica(base) == origin and base > stamp


def order_key(row: Row) -> tuple[str, str]:
    """How versions are ranked: by stamp, and equal stamps by content (the same everywhere)."""
    return (row["hlc"], canonical(content(row)))


def conflict_id(table: str, row_id: str, *parts: str) -> str:
    """The id every laptop gives this conflict: a UUIDv5 of table, row and stamps."""
    return str(uuid.uuid5(CONFLICT_NAMESPACE, "\x1f".join((table, row_id, *parts))))


def version(row: Row) -> Row:
    """A version as a conflict keeps it: every column but ``seen_hlc``."""
    return {k: v for k, v in row.items() if k != "seen_hlc"}


def conflict_row(table: str, kept: Row, set_aside: Row, reason: str) -> Row:
    """The conflict two versions make, the same on every laptop that meets them.

    ``set_aside`` is another version of the kept row, or another row for the same thing
    (the same natural key), whose id then names the conflict too.
    """
    low, high = sorted((kept["hlc"], set_aside["hlc"]))
    other = () if set_aside["id"] == kept["id"] else (set_aside["id"],)
    return {
        "id": conflict_id(table, kept["id"], *other, low, high),
        "hlc": low,
        "origin": _stamp_replica(low) or kept["origin"],
        "deleted_hlc": None,
        "base_hlc": None,
        "table_name": table,
        "row_id": kept["id"],
        "mine": version(kept),
        "theirs": version(set_aside),
        "reason": reason,
        "state": "open",
        "resolution": "",
    }


def deletion_conflict_row(table: str, deleted: Row) -> Row:
    """A deleted student or target that has newer evidence: ``theirs`` brings it back."""
    stamp = deleted["deleted_hlc"] or deleted["hlc"]
    return {
        "id": conflict_id(table, deleted["id"], DELETED_WITH_NEW_EVIDENCE, stamp),
        "hlc": stamp,
        "origin": _stamp_replica(stamp) or deleted["origin"],
        "deleted_hlc": None,
        "base_hlc": None,
        "table_name": table,
        "row_id": deleted["id"],
        "mine": version(deleted),
        "theirs": {**version(deleted), "deleted_hlc": None},
        "reason": DELETED_WITH_NEW_EVIDENCE,
        "state": "open",
        "resolution": "",
    }


def correction_conflict_row(corrected_id: str, newer: Row, other: Row) -> Row:
    """Two laptops corrected the same evidence: both corrections are kept; choose one."""
    low, high = sorted((newer["hlc"], other["hlc"]))
    return {
        "id": conflict_id("evidence", corrected_id, CONCURRENT_CORRECTION, low, high),
        "hlc": low,
        "origin": _stamp_replica(low) or newer["origin"],
        "deleted_hlc": None,
        "base_hlc": None,
        "table_name": "evidence",
        "row_id": corrected_id,
        "mine": version(newer),
        "theirs": version(other),
        "reason": CONCURRENT_CORRECTION,
        "state": "open",
        "resolution": "",
    }


def forked_corrections(successors: list[Row]) -> list[Row]:
    """The conflicts of one corrected row's successors, when laptops corrected it apart.

    ``successors`` are the evidence rows that supersede one row. Corrections made on
    one laptop follow one another; successors from two or more laptops are a fork: the
    newest is paired with each of the others.
    """
    if len({row["origin"] for row in successors}) < 2:
        return []
    newest = max(successors, key=order_key)
    corrected = newest["supersedes"]
    return [
        correction_conflict_row(corrected, newest, other)
        for other in sorted(successors, key=order_key)
        if other is not newest
    ]


#: What makes two rows of a table the same thing (see the table in this module's
#: docstring, which names every synchronised table).
NATURAL_KEYS: dict[str, tuple[str, ...]] = {
    "scale_level": ("scale_id", "value"),
    "rubric_descriptor": ("target_id", "level_value"),
    "target_wording": ("target_id", "lang"),
    "enrollment": ("class_id", "student_id"),
    "class_target": ("class_id", "target_id"),
    "task_rubric_descriptor": ("task_id", "target_id", "level_value"),
    "revision": ("evidence_id",),
    "mastery_override": ("student_id", "target_id"),
    "showcase": ("student_id", "evidence_id"),
    "term_mark": ("class_id", "student_id", "period", "subject"),
    "term_closure": ("class_id", "period"),
    "modified_target": ("student_id", "target_id"),
    "student_group": ("student_id", "kind"),
}

#: Columns that do not make two rows for the same thing say different things.
_NOT_SAID = frozenset({"id", "source_id"})


def natural_key(table: str, row: Row) -> tuple[Any, ...]:
    """The thing a row is about (its natural key's values), for a table in NATURAL_KEYS."""
    return tuple(row[column] for column in NATURAL_KEYS[table])


def _said(row: Row) -> Row:
    return {k: v for k, v in _comparable(row).items() if k not in _NOT_SAID}


def set_aside(row: Row) -> Row:
    """A live row deleted by the merge because another row for the same thing is in use.

    Stamped with the row's own stamp moved on by one, as made by the laptop that made
    the row (every laptop makes exactly the same version, and the laptop that made the
    row takes it as its own next change); ``base_hlc`` names the version it was made from.
    """
    moved = str(Stamp.parse(row["hlc"]).following())
    return {**row, "hlc": moved, "deleted_hlc": moved, "base_hlc": row["hlc"]}


def set_aside_from(row: Row) -> str | None:
    """The stamp of the version a merge set this version aside from, if it is one.

    Recognised by its stamp: the one right after its ``base_hlc``, from the same laptop
    (a teacher's change names another laptop's version as its base, never its own).
    """
    base = row.get("base_hlc")
    if not base or not row.get("deleted_hlc"):
        return None
    try:
        following = str(Stamp.parse(base).following())
    except ValueError:
        return None
    return base if following == row["hlc"] else None


def settle_twins(table: str, rows: list[Row]) -> list[tuple[Row, Row | None]]:
    """Live rows of ``table`` for one thing (the same natural key): the newest stays.

    Returns, for each other row, its set-aside version and, when it says something the
    one in use does not, the conflict that keeps it for the teacher.
    """
    if len(rows) < 2:
        return []
    ranked = sorted(rows, key=order_key)
    kept = ranked[-1]
    out: list[tuple[Row, Row | None]] = []
    for row in ranked[:-1]:
        try:
            deleted = set_aside(row)
        except ValueError:  # not a clock stamp: not a row this program made; left as it is
            continue
        conflict = None
        if _said(row) != _said(kept):
            conflict = conflict_row(table, kept, row, CONCURRENT_EDIT)
        out.append((deleted, conflict))
    return out


@dataclass(frozen=True)
class Outcome:
    """What to do with one incoming version."""

    action: str  # "insert", "update" (take the incoming version) or "keep"
    conflict: Row | None = None
    flagged: bool = False  # stamped far in the future


KEEP = Outcome("keep")
UPDATE = Outcome("update")


def merge_row(
    table: str,
    local: Row | None,
    incoming: Row,
    *,
    is_far_future: Callable[[str], bool],
    append_only: bool = False,
    record_conflicts: bool = True,
) -> Outcome:
    """Decide what ``incoming`` does to ``local`` (None when the row is not here yet).

    ``record_conflicts`` is off for the conflict table itself: a conflict about a
    conflict is never made (the teachers' choices are changes to the rows themselves,
    which meet their own conflicts).
    """
    if local is None:
        return Outcome("insert", flagged=is_far_future(incoming["hlc"]))
    if append_only or local == incoming:  # the same version (a file imported again)
        return KEEP
    differ = not same_content(local, incoming)
    if local["hlc"] != incoming["hlc"] and is_far_future(incoming["hlc"]):
        conflict = None
        if differ and record_conflicts and not derived_from(local, incoming):
            conflict = conflict_row(table, local, incoming, FUTURE_CLOCK)
        return Outcome("keep", conflict, flagged=True)
    if derived_from(incoming, local):
        return UPDATE
    if derived_from(local, incoming):
        return KEEP
    incoming_wins = order_key(incoming) > order_key(local)
    winner, loser = (incoming, local) if incoming_wins else (local, incoming)
    conflict = None
    if differ and record_conflicts:
        conflict = conflict_row(table, winner, loser, CONCURRENT_EDIT)
    return Outcome("update" if incoming_wins else "keep", conflict)


def merge_rows(
    table: str,
    local: Row | None,
    incoming: Row,
    *,
    is_far_future: Callable[[str], bool] = lambda _stamp: False,
    append_only: bool = False,
    record_conflicts: bool = True,
) -> tuple[Row, Outcome]:
    """The row this laptop keeps after ``incoming`` arrives, and why (for tests and tools)."""
    outcome = merge_row(
        table,
        local,
        incoming,
        is_far_future=is_far_future,
        append_only=append_only,
        record_conflicts=record_conflicts,
    )
    if outcome.action == "keep":
        assert local is not None
        return local, outcome
    return incoming, outcome
