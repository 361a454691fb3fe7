"""Which level an estimate has reached (ScaleInfo.level_at): the highest level at or
below it, and the lowest level for an estimate under every level."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from cbe_desktop.core.scales import Level, ScaleInfo, reaches


def _scale(values: list[float]) -> ScaleInfo:
    levels = tuple(Level(v, f"L{v}", "", False, "#ffffff") for v in values)
    return ScaleInfo("s", "Scale", levels)


def test_an_estimate_between_levels_has_reached_the_lower_one() -> None:
    scale = _scale([1.0, 2.0, 3.0, 4.0])
    assert scale.level_at(2.6).value == 2.0
    assert scale.level_at(3.0).value == 3.0
    assert scale.level_at(4.5).value == 4.0


def test_an_estimate_under_every_level_is_shown_at_the_lowest() -> None:
    assert _scale([1.0, 2.0]).level_at(0.5).value == 1.0
    assert _scale([]).level_at(2.0) is None
    assert _scale([1.0]).level_at(None) is None


@given(
    st.lists(st.floats(0, 10, allow_nan=False), max_size=6),
    st.floats(-1, 11, allow_nan=False),
)
def test_the_level_reached_is_the_last_of_the_scale_that_the_estimate_reaches(
    values: list[float], estimate: float
) -> None:
    scale = _scale(values)
    reached = [lv for lv in scale.levels if reaches(estimate, lv.value)]
    expected = (reached[-1] if reached else scale.levels[0]) if values else None
    assert scale.level_at(estimate) == expected
