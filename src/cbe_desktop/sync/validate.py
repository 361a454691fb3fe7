"""Every row of a sync file, checked against the rules the editors keep, before it is merged.

``bundle.py`` checks that each row has the shape of its table (every column of the
right type); this module checks its values against the store's rules
(``core/rules.py``), the same rules every editor and import keeps, so a file cannot
bring in what a teacher could never type: a calculation method the engine does not
know, a setting out of range, a level of 1e308, a date that is not one, a title of
10 MB. Any such row refuses the whole file, in one sentence that names the record, the
field and what is wrong, before the backup and before anything is written.

Two kinds of rule:

- the rules of one row alone (``rules.row_problem``);
- the rules that need other rows, checked against the file's rows AND the store's, as
  the file streams past (its tables come parents first):

  * a score's level (evidence, a teacher's override) must be a level a scale holds,
    in the file or in the store. It is accepted when it is a level of any scale, live
    or deleted, not only of its class's scale: a class may change its scale after work
    was scored on the old one, and that work keeps its level and must still travel;
  * a target may lie at most ``rules.TREE_DEPTH_MAX`` levels deep in its framework,
    its parents taken from the file where it holds them, else from the store.

:class:`Gate` checks both, for a preview and an import alike (``exchange._Merger``
passes every row to it, once, as it reads the file in the import's transaction). The
export passes the rows it writes to a ``Gate(outgoing=True)`` and so refuses, in one
sentence, to write a file every reader would refuse: a store from an older version, or
written by hand, may hold such a row.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from operator import itemgetter
from typing import Any

from sqlalchemy import text
from sqlmodel import Session

from cbe_desktop.core import rules
from cbe_desktop.core.phrases import QT_TRANSLATE_NOOP
from cbe_desktop.core.scales import DEFAULT_LEVELS
from cbe_desktop.sync.errors import BundleError

_REFUSED = QT_TRANSLATE_NOOP(
    "Sync",
    "This sync file was refused, and nothing was imported: in the record {id} of {table}, "
    "{problem}; correct it on the laptop that made the file, then make the file again.",
)
_CANNOT_SEND = QT_TRANSLATE_NOOP(
    "Sync",
    "No sync file was written, because in the record {id} of {table} on this laptop, "
    "{problem}; correct it, then make the file again.",
)


def refusal(
    table: str, row: Mapping[str, Any], broken: rules.Broken, *, outgoing: bool = False
) -> BundleError:
    """The one sentence that refuses a file (or, ``outgoing``, an export) for this row."""
    template = _CANNOT_SEND if outgoing else _REFUSED
    return BundleError(template(table=table, id=str(row.get("id"))[:36], problem=broken.problem))


#: The tables whose rows :meth:`Gate._remember` looks at.
_REMEMBERED = frozenset(
    {"scale_level", "framework", "school_class", "target", "evidence", "mastery_override"}
)


#: The tables whose rows' levels :meth:`Gate._remember` checks (its only rule for them).
_SCORED = frozenset({"evidence", "mastery_override"})


#: Values of these kinds are equal only when of one kind, but for numbers (1 == 1.0 == True).
_PLAIN = frozenset({str, int, float, bool, type(None)})
_NUMBERS = frozenset({int, float, bool})


def _breaks(check: rules.Check, rows: list[dict[str, Any]]) -> bool:
    """Whether any of the rows breaks this rule of one row alone. A rule of one field
    (``rules.ONE_FIELD``) is run once per distinct value of that field (and of its type:
    ``1``, ``1.0`` and ``True`` are three values), when every row holds the field."""
    field = rules.ONE_FIELD.get(check)
    if field is None:
        return any(map(check, rows))  # a Broken is true
    try:
        values = list(map(itemgetter(field), rows))
    except KeyError:
        return any(map(check, rows))
    kinds = set(map(type, values))
    try:
        if kinds <= _PLAIN and len(kinds & _NUMBERS) <= 1:
            distinct: Iterable[Any] = set(values)  # no two values of two kinds are equal
        else:
            distinct = [value for _kind, value in set(zip(map(type, values), values, strict=True))]
    except TypeError:  # a list (of ids, the usual) or an object
        return _breaks_unhashable(check, field, values)
    return any(check({field: value}) for value in distinct)


def _breaks_unhashable(check: rules.Check, field: str, values: list[Any]) -> bool:
    """:func:`_breaks` for values some of which are lists: each distinct list once (as
    the tuple of its items), anything else not hashable on its own."""
    distinct: dict[tuple[type, Any], Any] = {}
    for value in values:
        kind = value.__class__
        try:
            key = (kind, tuple(value) if kind is list else value)
            if key not in distinct:
                distinct[key] = value
        except TypeError:
            if check({field: value}):
                return True
    return any(check({field: value}) for value in distinct.values())


class Gate:
    """The rules that need other rows, for one sync file against one store.

    Call :meth:`row` for every row, in the file's order (parents first), then
    :meth:`finish`. Either raises BundleError (one sentence) at the first broken rule.
    Only small tables are remembered (scales, frameworks, classes, targets' parents);
    the store is read as needed, once per row it is asked about. ``outgoing``: the rows
    are this store's own, on their way into a file (the sentence says so).
    """

    def __init__(self, session: Session, *, outgoing: bool = False) -> None:
        self._outgoing = outgoing
        self._conn = session.connection()
        # Every level any scale holds, in the file or the store (live or deleted), and
        # the levels a store with no scale at all scores on.
        self._levels: set[float] = {float(v) for v, *_ in DEFAULT_LEVELS}
        self._levels.update(
            float(v)
            for (v,) in self._conn.execute(text("SELECT DISTINCT value FROM scale_level"))
            if isinstance(v, int | float)
        )
        self._scale_of_level: dict[str, set[float]] = {}  # the file's levels, by scale
        self._frameworks: dict[str, tuple[str, str | None]] = {}  # id -> (kind, scale_id)
        self._classes: dict[str, str | None] = {}  # id -> scale_id
        self._targets: dict[str, tuple[str, str | None]] = {}  # id -> (framework, parent)
        self._live_targets: list[str] = []

    # ----- the file's rows ---------------------------------------------------
    def rows(self, table: str, rows: list[dict[str, Any]]) -> None:
        """Check many rows of one table, in order, exactly as :meth:`row` checks each.

        The rules of one row alone are pure: each is first run over all the rows at once
        (a rule of one field once per distinct value, see :func:`_breaks`), and only when
        one is broken are the rows checked one by one, so that the first broken row (and
        its first broken rule) is the one refused, as row by row."""
        checks = rules.ROW_RULES.get(table, ())
        try:
            kept = not any(_breaks(check, rows) for check in checks)
        except Exception:  # whatever it is, row by row says it, in order
            kept = False
        if not kept:
            for row in rows:
                self.row(table, row)
            return
        if table in _SCORED and self._levels_known(table, rows):
            return  # what _remember checks of them: each row's level, a level held
        if table in _REMEMBERED:
            for row in rows:
                self._remember(table, row)

    def _levels_known(self, table: str, rows: list[dict[str, Any]]) -> bool:
        """Whether every row's level is one a scale holds (the usual case), when
        :meth:`_remember` looks no level up and finds nothing wrong."""
        try:
            levels = {row.get("level") for row in rows}
        except TypeError:  # not a number: _remember says what is wrong
            return False
        if table == "evidence":
            levels.discard(None)  # not scored (a teacher's override always has a level)
        return levels <= self._levels

    def row(self, table: str, row: dict[str, Any]) -> None:
        """Check one row: the rules of its table, then those that need other rows."""
        broken = rules.row_problem(table, row)
        if broken is not None:
            raise refusal(table, row, broken, outgoing=self._outgoing)
        self._remember(table, row)

    def _remember(self, table: str, row: dict[str, Any]) -> None:
        """The rules that need other rows, and what this row tells the others."""
        if table == "scale_level":
            self._levels.add(float(row["value"]))
            self._scale_of_level.setdefault(row["scale_id"], set()).add(float(row["value"]))
        elif table == "framework":
            self._frameworks[row["id"]] = (row["kind"], row["scale_id"])
        elif table == "school_class":
            self._classes[row["id"]] = row["scale_id"]
        elif table == "target":
            self._targets[row["id"]] = (row["framework_id"], row["parent_id"])
            if row["deleted_hlc"] is None:
                self._live_targets.append(row["id"])
        elif table == "evidence" and row["level"] is not None:
            self._check_level(table, row, row["level"], row["class_id"])
        elif table == "mastery_override":
            self._check_level(table, row, row["level"], None)

    def finish(self) -> None:
        """The rules that need every row of the file: the depth of its targets."""
        depth: dict[str, int] = {}
        for target_id in self._live_targets:
            broken = rules.depth_problem(self._depth(target_id, depth))
            if broken is not None:
                raise refusal("target", {"id": target_id}, broken, outgoing=self._outgoing)

    # ----- levels ------------------------------------------------------------
    def _check_level(
        self, table: str, row: Mapping[str, Any], level: float, class_id: str | None
    ) -> None:
        if level in self._levels:
            return
        own = self._own_levels(row.get("target_id"), class_id)
        broken = rules.level_problem(level, own or self._levels, also=self._levels)
        if broken is not None:
            raise refusal(table, row, broken, outgoing=self._outgoing)

    def _own_levels(self, target_id: str | None, class_id: str | None) -> set[float]:
        """The levels of the scale a score is on, as ``evidence.check_level`` finds it."""
        scale_id = None
        framework_id = self._target(target_id)[0] if target_id else None
        kind, framework_scale = self._framework(framework_id) if framework_id else ("", None)
        if kind == "habits" and framework_scale:
            scale_id = framework_scale
        elif class_id:
            scale_id = self._class_scale(class_id)
        if scale_id is None:
            found = self._conn.execute(
                text("SELECT id FROM scale WHERE deleted_hlc IS NULL ORDER BY id LIMIT 1")
            ).first()
            scale_id = found.id if found else None
        if scale_id is None:
            return {float(v) for v, *_ in DEFAULT_LEVELS}
        levels = set(self._scale_of_level.get(scale_id, ()))
        levels.update(
            float(v)
            for (v,) in self._conn.execute(
                text("SELECT value FROM scale_level WHERE scale_id = :s"), {"s": scale_id}
            )
            if isinstance(v, int | float)
        )
        return levels

    def _framework(self, framework_id: str) -> tuple[str, str | None]:
        if framework_id in self._frameworks:
            return self._frameworks[framework_id]
        found = self._conn.execute(
            text("SELECT kind, scale_id FROM framework WHERE id = :i"), {"i": framework_id}
        ).first()
        return (found.kind, found.scale_id) if found else ("", None)

    def _class_scale(self, class_id: str) -> str | None:
        if class_id in self._classes:
            return self._classes[class_id]
        found = self._conn.execute(
            text("SELECT scale_id FROM school_class WHERE id = :i"), {"i": class_id}
        ).first()
        return found.scale_id if found else None

    # ----- targets -----------------------------------------------------------
    def _target(self, target_id: str) -> tuple[str | None, str | None]:
        """(framework, parent) of a target: the file's version, else the store's."""
        if target_id in self._targets:
            return self._targets[target_id]
        found = self._conn.execute(
            text("SELECT framework_id, parent_id FROM target WHERE id = :i"), {"i": target_id}
        ).first()
        return (found.framework_id, found.parent_id) if found else (None, None)

    def _depth(self, target_id: str, known: dict[str, int]) -> int:
        """How deep a target lies (a competency is 1), without recursion; a loop of
        parents (concurrent moves on two laptops can make one) ends the count."""
        path: list[str] = []
        on_path: set[str] = set()
        current: str | None = target_id
        base = 0
        while current is not None:
            if current in known:
                base = known[current]
                break
            if current in on_path:
                break
            path.append(current)
            on_path.add(current)
            current = self._target(current)[1]
        for node in reversed(path):
            base += 1
            known[node] = base
        return known[target_id]
