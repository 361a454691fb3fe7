"""The rules every stored value keeps, in one place: editors, imports and sync files.

A teacher's edit, an imported file and a sync file from another laptop all end as rows
of the same tables, and every reader (the gradebook, the packets, the sync export)
relies on the same things of them: a calculation method the engine knows, with a
setting in its range; levels that a scale can hold; dates written ``YYYY-MM-DD``;
words from the short lists the program knows; and text no longer than a person
writes. This module says those rules once:

- :func:`row_problem` checks one row (as a mapping of column to value) against the
  rules of its table that need no other row. The store applies it to every row a
  service writes (``store.Tx``), and the sync reader to every row a file brings;
- the rules that need other rows (a level on the scale of its class, the depth of a
  target in its framework) are :func:`level_problem` and :func:`depth_problem`; their
  callers find the other rows (``evidence.check_level``, ``targets``, the importers,
  ``sync/validate.py``).

A rule that is broken comes back as :class:`Broken`: which field, and a clause that
says what is wrong with its value ("'level' is 1e+308, not a level from 0 to 100"),
which a sync refusal puts into its own sentence. :class:`RuleBroken` is the error an
editor raises with it, one sentence for the teacher.
"""

from __future__ import annotations

import math
import re
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass
from datetime import date
from functools import lru_cache
from typing import Any, Final

from cbe_desktop.core import mastery
from cbe_desktop.core.errors import InvalidInputError
from cbe_desktop.core.mastery import Method
from cbe_desktop.core.phrases import QT_TRANSLATE_NOOP, Phrase
from cbe_desktop.core.vocabulary import (
    AUTHORS,
    EVIDENCE_STATUSES,
    FRAMEWORK_KINDS,
    LANGUAGES,
    PURPOSES,
    REVISION_STATES,
    STORED_GROUP_KINDS,
    SUPPORTS,
    TASK_TYPES,
)

#: A name, title, code or label: one line.
LINE_MAX: Final = 500
#: A statement, description, feedback, note, goal or reflection: up to ten pages or so.
#: Every row at every limit still fits in a sync file's 1 MB line, twice over (a conflict
#: holds two versions of a row).
TEXT_MAX: Final = 25_000
#: Ids in one list (a task's targets, a target's prerequisites, a score's attachments).
IDS_MAX: Final = 1_000
#: The lowest and highest value a level of a scale may have: 0-4, 1-5 and 0-100 fit, and
#: so does any scale an older version let a teacher make; 1e308 does not.
LEVEL_MIN: Final = -1000.0
LEVEL_MAX: Final = 1000.0
#: How deep a framework's tree may go: a competency is level 1, its targets level 2, ...
TREE_DEPTH_MAX: Final = 12
#: Dates the program keeps: school work, written YYYY-MM-DD.
DATE_MIN: Final = date(1900, 1, 1)
DATE_MAX: Final = date(2100, 12, 31)
#: A class's planned pace, in targets a week.
PACE_MAX: Final = 20.0
#: Depth of knowledge levels.
DOK_LEVELS: Final = (1, 2, 3, 4)
#: One attachment file.
ATTACHMENT_MAX_BYTES: Final = 50 * 1024 * 1024
#: How a level's colour is written.
COLOUR = re.compile(r"#[0-9A-Fa-f]{6}")
#: What the program's ids look like in a list (UUIDs, 36 characters at most).
ID_MAX: Final = 36

_DATE = re.compile(r"[0-9]{4}-[0-9]{2}-[0-9]{2}")


@dataclass(frozen=True)
class Broken:
    """A rule a value breaks: the field, a clause saying what is wrong, and (when an
    editor has words of its own for it) the sentence the editor says."""

    field: str
    problem: Phrase
    sentence: Phrase | None = None

    def words(self) -> Phrase:
        """The sentence a teacher reads when an edit breaks the rule."""
        if self.sentence is not None:
            return self.sentence
        return QT_TRANSLATE_NOOP(
            "Rules", "This cannot be saved: {problem}; correct it and try again."
        )(problem=self.problem)


class RuleBroken(InvalidInputError):
    """An edit (or an import) that breaks one of the store's rules."""

    def __init__(self, broken: Broken) -> None:
        super().__init__(broken.words())
        self.broken = broken


def require(broken: Broken | None) -> None:
    """Raise :class:`RuleBroken` when a rule is broken."""
    if broken is not None:
        raise RuleBroken(broken)


def shown(value: Any) -> str:
    """A value as a message quotes it: numbers as numbers, text quoted and cut short."""
    if isinstance(value, bool) or value is None:
        return repr(value)
    if isinstance(value, int | float):
        return f"{value:g}" if isinstance(value, float) else str(value)
    text = str(value)
    if len(text) > 40:
        text = text[:40] + "…"
    return repr(text)


def _number(value: Any) -> float | None:
    """The value as a finite number, or None when it is not one."""
    if isinstance(value, bool) or not isinstance(value, int | float):
        return None
    try:
        number = float(value)
    except OverflowError:
        return None
    return number if math.isfinite(number) else None


# ----------------------------------------------------------------------------- one value


def text_problem(field: str, value: Any, limit: int, *, required: bool = False) -> Broken | None:
    """Text no longer than ``limit`` characters (and, when ``required``, not blank)."""
    if not isinstance(value, str):
        return None  # the column's type is checked where the row is read
    if len(value) > limit:
        return Broken(
            field,
            QT_TRANSLATE_NOOP(
                "Rules", "'{field}' is {length} characters long, more than the {limit} it may hold"
            )(field=field, length=f"{len(value):,}", limit=f"{limit:,}"),
        )
    if required and not value.strip():
        return Broken(field, QT_TRANSLATE_NOOP("Rules", "'{field}' is left empty")(field=field))
    return None


def choice_problem(field: str, value: Any, choices: Sequence[str]) -> Broken | None:
    """One of a short list of words the program knows."""
    if value in choices:
        return None
    listed = ", ".join(repr(c) if c == "" else c for c in choices)
    return Broken(
        field,
        QT_TRANSLATE_NOOP("Rules", "'{field}' is {value}, which is not one of: {choices}")(
            field=field, value=shown(value), choices=listed
        ),
    )


def date_problem(field: str, value: Any, *, empty: bool = False) -> Broken | None:
    """A date written ``YYYY-MM-DD`` between :data:`DATE_MIN` and :data:`DATE_MAX`
    (or, when ``empty``, no date: None or "")."""
    if empty and value in (None, ""):
        return None
    if isinstance(value, str) and _date_ok(value):
        return None
    return Broken(
        field,
        QT_TRANSLATE_NOOP(
            "Rules", "'{field}' is {value}, not a date from {low} to {high} written as YYYY-MM-DD"
        )(field=field, value=shown(value), low=DATE_MIN.isoformat(), high=DATE_MAX.isoformat()),
    )


@lru_cache(maxsize=8192)
def _date_ok(value: str) -> bool:
    """Cached: a sync file or a class repeats the same school days thousands of times."""
    if not _DATE.fullmatch(value):
        return False
    try:
        return DATE_MIN <= date.fromisoformat(value) <= DATE_MAX
    except ValueError:
        return False


def level_value_problem(field: str, value: Any, *, empty: bool = False) -> Broken | None:
    """A number a level of a scale can be: from :data:`LEVEL_MIN` to :data:`LEVEL_MAX`."""
    if empty and value is None:
        return None
    number = _number(value)
    if number is not None and LEVEL_MIN <= number <= LEVEL_MAX:
        return None
    return Broken(
        field,
        QT_TRANSLATE_NOOP("Rules", "'{field}' is {value}, not a level from {low} to {high}")(
            field=field, value=shown(value), low=f"{LEVEL_MIN:,g}", high=f"{LEVEL_MAX:,g}"
        ),
    )


def level_problem(
    level: float | None,
    levels: Iterable[float],
    *,
    field: str = "level",
    also: Iterable[float] = (),
) -> Broken | None:
    """A score's level must be one of the levels of its scale (``levels``).

    ``also``: other levels that are accepted too (the sync reader passes every level
    any scale has held: a class may change its scale after work was scored on the old
    one, and that work keeps its level). The message names ``levels``.
    """
    if level is None:
        return None
    values = sorted(set(levels))
    if not values:
        return None
    for value in (*values, *also):
        if abs(value - level) < 1e-9:
            return None
    listed = ", ".join(f"{v:g}" for v in values)
    return Broken(
        field,
        QT_TRANSLATE_NOOP("Rules", "the level {level} is not a level of its scale ({levels})")(
            level=shown(level), levels=listed
        ),
        sentence=QT_TRANSLATE_NOOP(
            "Evidence", "{level} is not a level of the scale ({levels}); choose one of those."
        )(level=_fmt(level), levels=", ".join(_fmt(v) for v in values)),
    )


def _fmt(value: float) -> str:
    """3.0 -> "3", 2.666 -> "2.67" (as the scales show numbers)."""
    text = f"{value:.2f}".rstrip("0").rstrip(".")
    return text or "0"


def method_problem(
    method: Any, param: Any, *, optional: bool, field: str = "method"
) -> Broken | None:
    """A calculation method the engine knows, with a setting in its range.

    ``optional``: None means "no method of its own" (a target's override), not an error.
    """
    if method is None and optional:
        return None
    if method not in mastery.METHODS:
        return Broken(
            field,
            QT_TRANSLATE_NOOP(
                "Rules", "'{field}' is {value}, which is not a calculation method ({methods})"
            )(field=field, value=shown(method), methods=", ".join(mastery.METHODS)),
            sentence=QT_TRANSLATE_NOOP("Roster", "{method} is not a calculation method.")(
                method=repr(method)
            ),
        )
    return setting_problem(method, param)


def setting_problem(method: str, param: Any, *, field: str = "method_param") -> Broken | None:
    """The setting of a known method (None: the method's default)."""
    if param is None:
        return None
    if isinstance(param, bool) or not isinstance(param, int | float):
        return Broken(
            field,
            QT_TRANSLATE_NOOP("Rules", "'{field}' is {value}, which is not a number")(
                field=field, value=shown(param)
            ),
        )
    if method in mastery.WEIGHTED_METHODS and not mastery.weight_ok(param):
        return Broken(
            field,
            QT_TRANSLATE_NOOP(
                "Rules",
                "'{field}' is {value}, but the weight of the newest evidence is a "
                "percentage from {low} to {high}",
            )(
                field=field,
                value=shown(param),
                low=str(mastery.MIN_WEIGHT),
                high=str(mastery.MAX_WEIGHT),
            ),
            sentence=QT_TRANSLATE_NOOP(
                "Roster", "The weight of the newest evidence is a percentage from 1 to 99."
            )(),
        )
    if method == Method.N_MASTERY and not mastery.times_ok(param):
        return Broken(
            field,
            QT_TRANSLATE_NOOP(
                "Rules",
                "'{field}' is {value}, but the number of times proficient must be shown is a "
                "whole number from {low} to {high}",
            )(
                field=field,
                value=shown(param),
                low=str(mastery.MIN_TIMES),
                high=str(mastery.MAX_TIMES),
            ),
            sentence=QT_TRANSLATE_NOOP(
                "Roster", "The number of times proficient must be shown is a whole number."
            )(),
        )
    if not math.isfinite(float(param)):
        return Broken(
            field,
            QT_TRANSLATE_NOOP("Rules", "'{field}' is {value}, which is not a number")(
                field=field, value=shown(param)
            ),
        )
    return None


def dok_problem(field: str, value: Any) -> Broken | None:
    """Depth of knowledge: none, or a level from 1 to 4."""
    if value is None or (not isinstance(value, bool) and value in DOK_LEVELS):
        return None
    return Broken(
        field,
        QT_TRANSLATE_NOOP(
            "Rules", "'{field}' is {value}, but depth of knowledge is a level from 1 to 4"
        )(field=field, value=shown(value)),
        sentence=QT_TRANSLATE_NOOP("Targets", "Depth of knowledge is a level from 1 to 4.")(),
    )


def colour_problem(field: str, value: Any) -> Broken | None:
    if isinstance(value, str) and COLOUR.fullmatch(value):
        return None
    return Broken(
        field,
        QT_TRANSLATE_NOOP(
            "Rules", "'{field}' is {value}, but a level's colour is written like #A6D4EE"
        )(field=field, value=shown(value)),
        sentence=QT_TRANSLATE_NOOP("Scales", "A level's colour is written like #A6D4EE.")(),
    )


def range_problem(
    field: str, value: Any, low: float, high: float, *, empty: bool = True
) -> Broken | None:
    """A number from ``low`` to ``high`` (or, when ``empty``, none)."""
    if value is None and empty:
        return None
    number = _number(value)
    if number is not None and low <= number <= high:
        return None
    return Broken(
        field,
        QT_TRANSLATE_NOOP("Rules", "'{field}' is {value}, not a number from {low} to {high}")(
            field=field, value=shown(value), low=f"{low:,g}", high=f"{high:,g}"
        ),
    )


def ids_problem(field: str, value: Any, *, required: bool = False) -> Broken | None:
    """A list of ids: at most :data:`IDS_MAX`, each an id (and, when ``required``, one)."""
    if not isinstance(value, list):
        return None
    if len(value) > IDS_MAX:
        return Broken(
            field,
            QT_TRANSLATE_NOOP(
                "Rules", "'{field}' names {count} records, more than the {limit} it may name"
            )(field=field, count=f"{len(value):,}", limit=f"{IDS_MAX:,}"),
        )
    for item in value:
        if not isinstance(item, str) or not item or len(item) > ID_MAX:
            return Broken(
                field,
                QT_TRANSLATE_NOOP("Rules", "'{field}' holds {value}, which is not an id")(
                    field=field, value=shown(item)
                ),
            )
    if required and not value:
        return Broken(field, QT_TRANSLATE_NOOP("Rules", "'{field}' is left empty")(field=field))
    return None


def depth_problem(depth: int, *, field: str = "parent_id") -> Broken | None:
    """A target ``depth`` levels deep (a competency is 1) fits in a framework's tree."""
    if depth <= TREE_DEPTH_MAX:
        return None
    return Broken(
        field,
        QT_TRANSLATE_NOOP(
            "Rules",
            "the target lies {depth} levels deep in its framework, more than the {limit} "
            "levels a framework may have",
        )(depth=f"{depth:,}", limit=str(TREE_DEPTH_MAX)),
    )


# ----------------------------------------------------------------------------- one row

Check = Callable[[Mapping[str, Any]], "Broken | None"]


# Each check first tries the common case (a value that keeps the rule) inline: they run
# for every field of every row of a sync file, a hundred thousand rows and more.
_ABSENT = object()

#: The field each check made below reads, and nothing else (``row.get(field)``): a sync
#: file's many rows are checked by it once per distinct value (``sync/validate.py``).
ONE_FIELD: Final[dict[Check, str]] = {}


def _of_one_field(field: str, check: Check) -> Check:
    ONE_FIELD[check] = field
    return check


def _sized(field: str, limit: int, required: bool) -> Check:
    def check(row: Mapping[str, Any]) -> Broken | None:
        value = row.get(field)
        if value.__class__ is str and len(value) <= limit and (not required or value.strip()):
            return None
        return text_problem(field, value, limit, required=required)

    return _of_one_field(field, check)


def _line(field: str, *, required: bool = False) -> Check:
    return _sized(field, LINE_MAX, required)


def _text(field: str, *, required: bool = False) -> Check:
    return _sized(field, TEXT_MAX, required)


def _choice(field: str, choices: Sequence[str]) -> Check:
    allowed = frozenset(choices)

    def check(row: Mapping[str, Any]) -> Broken | None:
        value = row.get(field, _ABSENT)
        # (a str subclass too: the program's own enums, Language and Method, are text)
        if value is _ABSENT or (isinstance(value, str) and value in allowed):
            return None
        return choice_problem(field, value, choices)

    return _of_one_field(field, check)


def _date(field: str, *, empty: bool = False) -> Check:
    def check(row: Mapping[str, Any]) -> Broken | None:
        value = row.get(field, _ABSENT)
        if value is _ABSENT or (value.__class__ is str and _date_ok(value)):
            return None
        return date_problem(field, value, empty=empty)

    return _of_one_field(field, check)


def _level(field: str, *, empty: bool = False) -> Check:
    def check(row: Mapping[str, Any]) -> Broken | None:
        value = row.get(field, _ABSENT)
        if value is _ABSENT or (value.__class__ is float and LEVEL_MIN <= value <= LEVEL_MAX):
            return None
        return level_value_problem(field, value, empty=empty)

    return _of_one_field(field, check)


def _ids(field: str, *, required: bool = False) -> Check:
    def check(row: Mapping[str, Any]) -> Broken | None:
        value = row.get(field)
        if value is None or (value.__class__ is list and not value and not required):
            return None
        return ids_problem(field, value, required=required)

    return _of_one_field(field, check)


def _method(*, optional: bool) -> Check:
    def check(row: Mapping[str, Any]) -> Broken | None:
        if "method" not in row:
            return None
        return method_problem(row.get("method"), row.get("method_param"), optional=optional)

    return check


def _own_prerequisite(row: Mapping[str, Any]) -> Broken | None:
    if row.get("id") and row.get("id") in (row.get("prerequisites") or ()):
        return Broken(
            "prerequisites",
            QT_TRANSLATE_NOOP("Rules", "the target is its own prerequisite")(),
            sentence=QT_TRANSLATE_NOOP("Targets", "A target cannot be its own prerequisite.")(),
        )
    return None


#: How long a term mark may be ("A", "B+", "4", "Meets"): as ``core.term_marks.MARK_MAX``.
TERM_MARK_MAX: Final = 20
_SUBJECT_KINDS = ("course", "competency:", "target:")


def _term_mark_subject(row: Mapping[str, Any]) -> Broken | None:
    value = row.get("subject", _ABSENT)
    if value is _ABSENT or (
        value.__class__ is str
        and len(value) <= ID_MAX + 12
        and (value == "course" or value.startswith(_SUBJECT_KINDS[1:]))
    ):
        return None
    return choice_problem("subject", value, ("course", "competency:…", "target:…"))


def _override_has_reason(row: Mapping[str, Any]) -> Broken | None:
    if row.get("override_mark") and not str(row.get("reason") or "").strip():
        return Broken(
            "reason",
            QT_TRANSLATE_NOOP("Rules", "'{field}' is left empty")(field="reason"),
            sentence=QT_TRANSLATE_NOOP(
                "TermMarks", "A mark set by the teacher needs a reason; write why."
            )(),
        )
    return None


def _scored_needs_level(row: Mapping[str, Any]) -> Broken | None:
    if (
        row.get("status") == "scored"
        and "level" in row
        and row.get("level") is None
        and not row.get("not_yet")
    ):
        return Broken(
            "level",
            QT_TRANSLATE_NOOP("Rules", "it is scored evidence without a level")(),
            sentence=QT_TRANSLATE_NOOP("Evidence", "Scored evidence needs a level.")(),
        )
    return None


def _versions(row: Mapping[str, Any]) -> Broken | None:
    """A conflict's two versions keep the rules of their own table (either may be chosen)."""
    table = row.get("table_name")
    if table == "conflict" or table not in ROW_RULES:
        return None
    for side in ("mine", "theirs"):
        version = row.get(side)
        if isinstance(version, Mapping):
            broken = row_problem(str(table), version)
            if broken is not None:
                return Broken(
                    side,
                    QT_TRANSLATE_NOOP("Rules", "its version '{side}' breaks a rule: {problem}")(
                        side=side, problem=broken.problem
                    ),
                )
    return None


#: A calibration score's rationale: a few sentences.
RATIONALE_MAX: Final = 2_000
#: Targets one calibration set may ask about, and levels one rubric may have.
CALIBRATION_TARGETS_MAX: Final = 50
RUBRIC_LEVELS_MAX: Final = 20
#: Pieces of work in one calibration set.
CALIBRATION_PIECES_MAX: Final = 200


def rubric_problem(field: str, value: Any) -> Broken | None:
    """A calibration set's rubric as its scorers see it (``models.CalibrationSet``):
    ``{"targets": [{"id", "code", "statement", "levels": [{"value", "label", "text"}]}]}``,
    each target with 2 to :data:`RUBRIC_LEVELS_MAX` levels of distinct values."""
    if not isinstance(value, Mapping):
        return None  # the column's type is checked where the row is read
    not_a_rubric = Broken(
        field,
        QT_TRANSLATE_NOOP("Rules", "'{field}' is not a rubric of targets and their levels")(
            field=field
        ),
    )
    targets = value.get("targets")
    if not isinstance(targets, list) or not 1 <= len(targets) <= CALIBRATION_TARGETS_MAX:
        return not_a_rubric
    for target in targets:
        if not isinstance(target, Mapping) or ids_problem(field, [target.get("id")]):
            return not_a_rubric
        for key, limit in (("code", LINE_MAX), ("statement", TEXT_MAX)):
            words = target.get(key, "")
            if not isinstance(words, str):
                return not_a_rubric
            broken = text_problem(key, words, limit)
            if broken is not None:
                return broken
        levels = target.get("levels")
        if not isinstance(levels, list) or not 2 <= len(levels) <= RUBRIC_LEVELS_MAX:
            return not_a_rubric
        seen: set[float] = set()
        for level in levels:
            if not isinstance(level, Mapping):
                return not_a_rubric
            broken = (
                level_value_problem("value", level.get("value"))
                or text_problem("label", level.get("label"), LINE_MAX, required=True)
                or text_problem("text", level.get("text", ""), TEXT_MAX)
            )
            if broken is not None:
                return broken
            if not isinstance(level.get("label"), str) or not isinstance(
                level.get("text", ""), str
            ):
                return not_a_rubric
            if float(level["value"]) in seen:
                return not_a_rubric
            seen.add(float(level["value"]))
    return None


_SOURCE = _line("source_id")

#: The rules of each synchronised table that need no other row, field by field.
ROW_RULES: Final[dict[str, tuple[Check, ...]]] = {
    "attachment": (
        _line("file_name"),
        _line("media_type"),
        lambda row: (
            range_problem("size", row.get("size"), 0, ATTACHMENT_MAX_BYTES, empty=False)
            if "size" in row
            else None
        ),
    ),
    "scale": (_line("name", required=True),),
    "scale_level": (
        _level("value"),
        _line("label", required=True),
        _text("description"),
        lambda row: colour_problem("colour", row.get("colour")) if "colour" in row else None,
    ),
    "framework": (
        _line("title", required=True),
        _choice("kind", FRAMEWORK_KINDS),
        _text("description"),
        _SOURCE,
    ),
    "target": (
        _line("code"),
        _text("statement"),
        _text("i_can"),
        _line("level"),
        lambda row: dok_problem("dok", row.get("dok")),
        _ids("prerequisites"),
        _own_prerequisite,
        _text("notes"),
        _SOURCE,
        _method(optional=True),
    ),
    "rubric_descriptor": (_level("level_value"), _text("text")),
    "exemplar": (_level("level_value"), _text("note")),
    "school_class": (
        _line("name", required=True),
        _line("term"),
        _line("subject"),
        _line("grade"),
        _method(optional=False),
        lambda row: range_problem("targets_per_week", row.get("targets_per_week"), 0, PACE_MAX),
        _SOURCE,
    ),
    "student": (
        _line("given_name", required=True),
        _line("family_name"),
        _line("preferred_name"),
        _line("student_number"),
        _line("grade"),
        _choice("family_language", LANGUAGES),
        _SOURCE,
        lambda row: text_problem("merged_into", row.get("merged_into") or "", ID_MAX),
    ),
    "enrollment": (_SOURCE,),
    "class_target": (_method(optional=True),),
    "task": (
        _line("title", required=True),
        _date("date"),
        _choice("purpose", PURPOSES),
        _choice("task_type", TASK_TYPES),
        _ids("target_ids"),  # the editors ask for one; an empty list harms nothing
        _text("notes"),
    ),
    "task_rubric_descriptor": (_level("level_value"), _text("text")),
    "evidence": (
        _date("produced_on"),
        _level("level", empty=True),
        _choice("status", EVIDENCE_STATUSES),
        _scored_needs_level,
        _text("feedback"),
        _line("evidence_type"),
        _ids("attachment_ids"),
    ),
    "revision": (
        _text("next_step", required=True),
        _date("due_on", empty=True),
        _choice("support", ("", *SUPPORTS)),
        _choice("state", REVISION_STATES),
        _text("note"),
        _date("opened_on", empty=True),
    ),
    "mastery_override": (
        _level("level"),
        _text("reason", required=True),
        _date("date"),
    ),
    "goal": (_text("text", required=True), _date("written_on"), _choice("author", AUTHORS)),
    "reflection": (_text("text", required=True), _date("written_on"), _choice("author", AUTHORS)),
    "showcase": (_text("note"),),
    "conflict": (_line("reason"), _line("state"), _line("resolution"), _versions),
    "calibration_set": (
        _line("title", required=True),
        _date("made_on"),
        _line("leader"),
        _text("note"),
        lambda row: rubric_problem("rubric", row.get("rubric")) if "rubric" in row else None,
    ),
    "calibration_piece": (
        _line("label"),
        lambda row: range_problem("position", row.get("position"), 0, CALIBRATION_PIECES_MAX),
        _line("task_title"),
        _text("prompt"),
        _ids("attachment_ids"),
    ),
    "calibration_source": (_level("original_level", empty=True),),
    "calibration_score": (
        _line("scorer", required=True),
        _level("level"),
        _sized("rationale", RATIONALE_MAX, False),
        _date("scored_on"),
    ),
    "calibration_consensus": (
        _level("level"),
        _text("reason", required=True),
        _ids("exemplar_ids"),
    ),
    "term_mark": (
        _line("period"),
        _term_mark_subject,
        _sized("mark", TERM_MARK_MAX, False),
        _level("score", empty=True),
        _text("explanation"),
        _text("explanation_phrase"),
        _sized("override_mark", TERM_MARK_MAX, False),
        _text("reason"),
        _override_has_reason,
        _line("set_by"),
        _date("set_on", empty=True),
    ),
    "term_closure": (_line("period"), _date("closed_on"), _line("closed_by")),
    "modified_target": (_line("note"),),
    "student_group": (_choice("kind", STORED_GROUP_KINDS), _line("value")),
}


def row_problem(table: str, row: Mapping[str, Any]) -> Broken | None:
    """The first rule of ``table`` that ``row`` breaks (None: it keeps them all).

    Only the fields ``row`` holds are checked, so a partial version (a conflict's) is
    checked as far as it goes. Tables without rules of their own pass.
    """
    for check in ROW_RULES.get(table, ()):
        broken = check(row)
        if broken is not None:
            return broken
    return None
