"""Proficiency scales: the levels a rubric uses, their words and colours."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING

from cbe_desktop.core import rules
from cbe_desktop.core.changes import Changes
from cbe_desktop.core.errors import InvalidInputError
from cbe_desktop.core.ids import new_id
from cbe_desktop.core.phrases import QT_TRANSLATE_NOOP, Template
from cbe_desktop.core.reads import Source, rows_of

if TYPE_CHECKING:
    from sqlmodel import Session

    from cbe_desktop.core.models import Scale
    from cbe_desktop.core.sessions import Tx
    from cbe_desktop.core.store import Store

#: Two level values closer than this are the same level (levels are typed, stored and
#: averaged as floats: 2.9999999999 is level 3).
LEVEL_TOLERANCE = 1e-9


def same_level(a: float, b: float) -> bool:
    """True when ``a`` and ``b`` are the same level value, floats' noise aside."""
    return abs(a - b) < LEVEL_TOLERANCE


def reaches(value: float, level: float) -> bool:
    """True when ``value`` is at or above ``level``, floats' noise aside."""
    return value >= level - LEVEL_TOLERANCE


QCOLOUR = rules.COLOUR

# Light fills from the Okabe-Ito family (orange -> yellow -> sky blue -> blue): told
# apart by readers with any common colour-vision deficiency, dark text readable on
# all, and the level's number and word are always printed beside the colour.
DEFAULT_LEVELS: tuple[tuple[float, str, str, bool, str], ...] = (
    (1, "Beginning", "Shows a beginning understanding, with help.", False, "#F6C995"),
    (2, "Developing", "Shows part of the target; some errors or gaps remain.", False, "#F3E79B"),
    (3, "Proficient", "Shows the whole target independently: this is the goal.", True, "#A6D4EE"),
    (
        4,
        "Extending",
        "Goes beyond the target: transfers it to new, complex tasks.",
        True,
        "#7FB0DB",
    ),
)
DEFAULT_SCALE_NAME = "Four levels (Beginning to Extending)"

#: The words the program itself writes into a new scale: the default scale above and the
#: demo's habits scale (``demo.HABIT_LEVELS``). They are stored as data, but while the
#: teacher has not changed them they are the program's words, so the window and the
#: packets say them in their language (see :func:`program_word`).
_PROGRAM_WORDS: dict[str, Template] = {
    t.source: t
    for t in (
        QT_TRANSLATE_NOOP("Words", "Beginning"),
        QT_TRANSLATE_NOOP("Words", "Developing"),
        QT_TRANSLATE_NOOP("Words", "Proficient"),
        QT_TRANSLATE_NOOP("Words", "Extending"),
        QT_TRANSLATE_NOOP("Words", "Rarely"),
        QT_TRANSLATE_NOOP("Words", "Sometimes"),
        QT_TRANSLATE_NOOP("Words", "Usually"),
        QT_TRANSLATE_NOOP("Words", "Consistently"),
        QT_TRANSLATE_NOOP("Words", "Shows a beginning understanding, with help."),
        QT_TRANSLATE_NOOP("Words", "Shows part of the target; some errors or gaps remain."),
        QT_TRANSLATE_NOOP("Words", "Shows the whole target independently: this is the goal."),
        QT_TRANSLATE_NOOP("Words", "Goes beyond the target: transfers it to new, complex tasks."),
        QT_TRANSLATE_NOOP("Words", "I show this habit rarely, even with reminders."),
        QT_TRANSLATE_NOOP("Words", "I show this habit sometimes, often with reminders."),
        QT_TRANSLATE_NOOP("Words", "I show this habit most of the time, on my own."),
        QT_TRANSLATE_NOOP("Words", "I show this habit all the time and help others show it."),
        QT_TRANSLATE_NOOP("Words", "Four levels (Beginning to Extending)"),
        QT_TRANSLATE_NOOP("Words", "Habits of work (Rarely to Consistently)"),
    )
}


def program_word(text: str) -> str:
    """``text`` as a translatable phrase when it is one of the program's own scale words
    (a level, its description or a scale's name, unchanged), else ``text`` as it is."""
    template = _PROGRAM_WORDS.get(text)
    return template() if template is not None else text


@dataclass(frozen=True)
class Level:
    value: float
    label: str
    description: str
    proficient: bool
    colour: str

    @property
    def number(self) -> str:
        return format_number(self.value)


@dataclass(frozen=True)
class ScaleInfo:
    """A scale as the grid and reports use it: levels sorted by value."""

    id: str
    name: str
    levels: tuple[Level, ...]

    @property
    def proficient_value(self) -> float:
        marked = [lv.value for lv in self.levels if lv.proficient]
        if marked:
            return min(marked)
        return self.levels[-1].value if self.levels else 3.0

    @property
    def min_value(self) -> float:
        return self.levels[0].value if self.levels else 0.0

    @property
    def max_value(self) -> float:
        return self.levels[-1].value if self.levels else 4.0

    def level_at(self, estimate: float | None) -> Level | None:
        """The level an estimate has reached: the highest level at or below it."""
        if estimate is None or not self.levels:
            return None
        for lv in reversed(self.levels):  # (the last in order that it reaches)
            if reaches(estimate, lv.value):
                return lv
        return self.levels[0]

    def exact(self, value: float) -> Level | None:
        for lv in self.levels:
            if same_level(lv.value, value):
                return lv
        return None


def format_number(value: float | None) -> str:
    """3.0 -> "3", 2.666 -> "2.67"."""
    if value is None:
        return ""
    text = f"{value:.2f}".rstrip("0").rstrip(".")
    return text or "0"


def create_default_scale(tx: Tx) -> Scale:
    from cbe_desktop.core.models import Scale, ScaleLevel

    """The default four-level scale, proficient at 3."""
    scale = Scale(id=new_id(), name=DEFAULT_SCALE_NAME)
    tx.add(scale)
    for value, label, description, proficient, colour in DEFAULT_LEVELS:
        tx.add(
            ScaleLevel(
                id=new_id(),
                scale_id=scale.id,
                value=value,
                label=label,
                description=description,
                proficient=proficient,
                colour=colour,
            )
        )
    return scale


def create_scale(tx: Tx, name: str, levels: Sequence[tuple[float, str, str, bool, str]]) -> Scale:
    from cbe_desktop.core.models import Scale, ScaleLevel

    scale = Scale(id=new_id(), name=name)
    tx.add(scale)
    for value, label, description, proficient, colour in levels:
        tx.add(
            ScaleLevel(
                id=new_id(),
                scale_id=scale.id,
                value=value,
                label=label,
                description=description,
                proficient=proficient,
                colour=colour,
            )
        )
    return scale


def default_scale_id(source: Source) -> str | None:
    """The store's default scale: the oldest live scale."""
    return rows_of(source).value(
        "SELECT id FROM scale WHERE deleted_hlc IS NULL ORDER BY id LIMIT 1"
    )


def load_scale(source: Source, scale_id: str | None) -> ScaleInfo:
    """A scale with its live levels; the default scale when ``scale_id`` is None or gone."""
    db = rows_of(source)
    scale_sql = "SELECT id, name FROM scale WHERE id = :id AND deleted_hlc IS NULL"
    found = db.all(scale_sql, {"id": scale_id}) if scale_id else []
    if not found:
        fallback = default_scale_id(db)
        found = db.all(scale_sql, {"id": fallback}) if fallback else []
    if not found:
        levels = tuple(Level(v, lab, d, p, c) for v, lab, d, p, c in DEFAULT_LEVELS)
        return ScaleInfo(id="", name=DEFAULT_SCALE_NAME, levels=levels)
    ((found_id, name),) = found
    rows = db.all(
        "SELECT value, label, description, proficient, colour FROM scale_level"
        " WHERE scale_id = :s AND deleted_hlc IS NULL ORDER BY value",
        {"s": found_id},
    )
    levels = tuple(Level(float(v), lab, d, bool(p), c) for v, lab, d, p, c in rows)
    return ScaleInfo(id=found_id, name=name, levels=levels)


# ----- the scales editor's operations --------------------------------------------------


@dataclass(frozen=True)
class LevelEdit:
    value: float
    label: str
    description: str = ""
    proficient: bool = False
    colour: str = "#FFFFFF"


@dataclass(frozen=True)
class ScaleName:
    """A scale as lists name it (its levels: :func:`load_scale`)."""

    id: str
    name: str


def live_scales(session: Session) -> list[ScaleName]:
    """Every scale not deleted, by name."""
    from sqlmodel import select

    from cbe_desktop.core.models import Scale

    rows = session.exec(
        select(Scale.id, Scale.name).where(Scale.deleted_hlc.is_(None)).order_by(Scale.name)
    )
    return [ScaleName(id=scale_id, name=name) for scale_id, name in rows]


def _check_levels(levels: list[LevelEdit]) -> None:
    if len(levels) < 2:
        raise InvalidInputError(QT_TRANSLATE_NOOP("Scales", "A scale needs at least two levels.")())
    values = [lv.value for lv in levels]
    if len(set(values)) != len(values):
        raise InvalidInputError(
            QT_TRANSLATE_NOOP(
                "Scales", "Two levels of the scale have the same value; give each its own."
            )()
        )
    if any(not lv.label.strip() for lv in levels):
        raise InvalidInputError(
            QT_TRANSLATE_NOOP("Scales", "Every level of the scale needs a label.")()
        )
    if not any(lv.proficient for lv in levels):
        raise InvalidInputError(
            QT_TRANSLATE_NOOP("Scales", "Mark the level that counts as proficient.")()
        )
    for lv in levels:
        rules.require(rules.level_value_problem("value", lv.value))
        rules.require(rules.colour_problem("colour", lv.colour))


def save_scale(
    store: Store, scale_id: str | None, name: str, levels: list[LevelEdit]
) -> tuple[str, Changes]:
    """Create a scale (``scale_id`` None) or replace an existing scale's name and levels.

    Only one level is proficient in meaning: the lowest marked one; every level at or
    above it counts as proficient, so marks above it are set to match.
    """
    from sqlmodel import select

    from cbe_desktop.core.models import Scale, ScaleLevel

    if not name.strip():
        raise InvalidInputError(QT_TRANSLATE_NOOP("Scales", "A scale needs a name.")())
    levels = sorted(levels, key=lambda lv: lv.value)
    _check_levels(levels)
    threshold = min(lv.value for lv in levels if lv.proficient)
    with store.transaction() as tx:
        session = tx.session
        if scale_id is None:
            scale = Scale(id=new_id(), name=name.strip())
            tx.add(scale)
            existing: dict[float, ScaleLevel] = {}
        else:
            found = session.get(Scale, scale_id)
            if found is None or found.deleted_hlc:
                raise InvalidInputError(
                    QT_TRANSLATE_NOOP("Scales", "That scale no longer exists.")()
                )
            scale = found
            if scale.name != name.strip():
                scale.name = name.strip()
                tx.touch(scale)
            existing = {
                row.value: row
                for row in session.exec(
                    select(ScaleLevel).where(
                        ScaleLevel.scale_id == scale.id, ScaleLevel.deleted_hlc.is_(None)
                    )
                )
            }
        for lv in levels:
            row = existing.pop(lv.value, None)
            wanted = (lv.label.strip(), lv.description.strip(), lv.value >= threshold, lv.colour)
            if row is None:
                tx.add(
                    ScaleLevel(
                        id=new_id(),
                        scale_id=scale.id,
                        value=lv.value,
                        label=wanted[0],
                        description=wanted[1],
                        proficient=wanted[2],
                        colour=wanted[3],
                    )
                )
            elif (row.label, row.description, row.proficient, row.colour) != wanted:
                row.label, row.description, row.proficient, row.colour = wanted
                tx.touch(row)
        for row in existing.values():
            tx.tombstone(row)
    return scale.id, Changes(everything=True)
