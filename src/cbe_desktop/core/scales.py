"""Proficiency scales: the levels a rubric uses, their words and colours."""

from __future__ import annotations

from dataclasses import dataclass

from sqlmodel import Session, select

from cbe_desktop.core.ids import new_id
from cbe_desktop.core.models import Scale, ScaleLevel
from cbe_desktop.core.store import Tx

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
        reached = [lv for lv in self.levels if lv.value <= estimate + 1e-9]
        return reached[-1] if reached else self.levels[0]

    def exact(self, value: float) -> Level | None:
        for lv in self.levels:
            if abs(lv.value - value) < 1e-9:
                return lv
        return None


def format_number(value: float | None) -> str:
    """3.0 -> "3", 2.666 -> "2.67"."""
    if value is None:
        return ""
    text = f"{value:.2f}".rstrip("0").rstrip(".")
    return text or "0"


def create_default_scale(tx: Tx) -> Scale:
    """The default four-level scale, proficient at 3."""
    scale = Scale(id=new_id(), name=DEFAULT_SCALE_NAME, hlc="", origin="")
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
                hlc="",
                origin="",
            )
        )
    return scale


def create_scale(tx: Tx, name: str, levels: list[tuple[float, str, str, bool, str]]) -> Scale:
    scale = Scale(id=new_id(), name=name, hlc="", origin="")
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
                hlc="",
                origin="",
            )
        )
    return scale


def default_scale_id(session: Session) -> str | None:
    """The store's default scale: the oldest live scale."""
    row = session.exec(
        select(Scale.id).where(Scale.deleted_hlc.is_(None)).order_by(Scale.id)
    ).first()
    return row


def load_scale(session: Session, scale_id: str | None) -> ScaleInfo:
    """A scale with its live levels; the default scale when ``scale_id`` is None or gone."""
    scale = session.get(Scale, scale_id) if scale_id else None
    if scale is None or scale.deleted_hlc:
        fallback = default_scale_id(session)
        scale = session.get(Scale, fallback) if fallback else None
    if scale is None:
        levels = tuple(Level(v, lab, d, p, c) for v, lab, d, p, c in DEFAULT_LEVELS)
        return ScaleInfo(id="", name=DEFAULT_SCALE_NAME, levels=levels)
    rows = session.exec(
        select(ScaleLevel)
        .where(ScaleLevel.scale_id == scale.id, ScaleLevel.deleted_hlc.is_(None))
        .order_by(ScaleLevel.value)
    ).all()
    levels = tuple(Level(r.value, r.label, r.description, r.proficient, r.colour) for r in rows)
    return ScaleInfo(id=scale.id, name=scale.name, levels=levels)
