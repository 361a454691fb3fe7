"""Mastery engine: turn a student's scores on one learning target into an estimate.

Everything here is pure: no Qt, no database, no files, no clock. A function gets
the scores and the method's settings and returns a number (or ``None`` when the
evidence does not yet support an estimate), so the same evidence always gives
the same estimate on every laptop.

The caller orders the scores chronologically, oldest first, by the date the
evidence was *produced* (not the date it was typed in). Methods that care about
order (``latest``, ``decaying_average``, ``weighted_average``, ``power_law``)
rely on that order.

Methods, named as teachers and gradebooks name them:

- ``latest``: the newest score.
- ``highest``: the best score.
- ``average``: the arithmetic mean.
- ``mode``: the most frequent score; ties go to the higher level.
- ``decaying_average``: D1 = s1, Dk = (1 - w) * D(k-1) + w * sk, w = param / 100.
- ``weighted_average``: w * newest + (1 - w) * mean(all earlier), w = param / 100;
  a single score is itself.
- ``n_mastery``: the mean of the scores at or above the mastery threshold, once
  there are at least ``param`` of them; before that, ``None`` (not yet shown).
- ``power_law``: a least-squares power-law trend through the attempts, read at
  the newest attempt (see :func:`calculate` for how scores of 0 are handled).

The estimate is always derived from the evidence, never stored as truth.
"""

from __future__ import annotations

import math
import statistics
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from enum import StrEnum
from functools import lru_cache
from typing import Final

from cbe_desktop.core.phrases import QT_TRANSLATE_NOOP, Phrase, Template


class Method(StrEnum):
    """How a target's estimate is calculated from its evidence (a class's, or a
    competency's, choice). The values are the names stored in the database and sync files."""

    LATEST = "latest"
    HIGHEST = "highest"
    AVERAGE = "average"
    MODE = "mode"
    DECAYING_AVERAGE = "decaying_average"
    WEIGHTED_AVERAGE = "weighted_average"
    N_MASTERY = "n_mastery"
    POWER_LAW = "power_law"


#: Every method, in the order the window lists them.
METHODS: tuple[Method, ...] = tuple(Method)

_DEFAULT_WEIGHT: Final = 65
_DEFAULT_N: Final = 2
_POWER_LAW_MIN_ATTEMPTS: Final = 3

#: The methods whose setting is the newest evidence's weight, in percent.
WEIGHTED_METHODS: Final = (Method.DECAYING_AVERAGE, Method.WEIGHTED_AVERAGE)
#: The range of that weight.
MIN_WEIGHT: Final = 1
MAX_WEIGHT: Final = 99
#: How many times ``n_mastery`` may ask for mastery to be shown.
MIN_TIMES: Final = 1
MAX_TIMES: Final = 20

DEFAULT_PARAMS: dict[str, float | None] = {
    Method.LATEST: None,
    Method.HIGHEST: None,
    Method.AVERAGE: None,
    Method.MODE: None,
    Method.DECAYING_AVERAGE: _DEFAULT_WEIGHT,
    Method.WEIGHTED_AVERAGE: _DEFAULT_WEIGHT,
    Method.N_MASTERY: _DEFAULT_N,
    Method.POWER_LAW: None,
}
"""The parameter each method uses when none is given (``None``: the method takes none)."""

_DESCRIPTIONS: Final[dict[str, Template]] = {
    Method.LATEST: QT_TRANSLATE_NOOP(
        "Mastery", "The newest piece of evidence counts, so growth replaces earlier attempts."
    ),
    Method.HIGHEST: QT_TRANSLATE_NOOP(
        "Mastery", "The best piece of evidence counts, so one strong demonstration is enough."
    ),
    Method.AVERAGE: QT_TRANSLATE_NOOP(
        "Mastery",
        "Every piece of evidence counts equally, so early attempts keep weighing on the estimate.",
    ),
    Method.MODE: QT_TRANSLATE_NOOP(
        "Mastery", "The level shown most often counts, and a tie goes to the higher level."
    ),
    Method.DECAYING_AVERAGE: QT_TRANSLATE_NOOP(
        "Mastery",
        "Each new piece of evidence weighs a set share (65% unless you change it) "
        "and older evidence fades a little with every new attempt.",
    ),
    Method.WEIGHTED_AVERAGE: QT_TRANSLATE_NOOP(
        "Mastery",
        "The newest piece of evidence weighs a set share (65% unless you change it) "
        "and the average of all earlier evidence weighs the rest.",
    ),
    Method.N_MASTERY: QT_TRANSLATE_NOOP(
        "Mastery",
        "The student must reach the mastery level a set number of times (2 unless you "
        "change it), and the estimate is the average of those scores.",
    ),
    Method.POWER_LAW: QT_TRANSLATE_NOOP(
        "Mastery",
        "A trend line through all attempts predicts the current level, rewarding steady "
        "growth; scores of 0 are left out because the trend cannot fit them.",
    ),
}


class UnknownMethod(ValueError):
    """Raised when a calculation method name is not one of :data:`METHODS`."""

    def __init__(self, method: str) -> None:
        self.method = method
        super().__init__(
            QT_TRANSLATE_NOOP(
                "Mastery", "'{method}' is not a known calculation method; choose one of: {methods}."
            )(method=method, methods=", ".join(METHODS))
        )


@dataclass(frozen=True)
class _PowerLawInput:
    """The scores a power law can fit, and what had to be left out."""

    kept: tuple[float, ...]
    left_out: int
    any_negative: bool


# --------------------------------------------------------------------------- public API


def calculate(
    method: str,
    scores: Sequence[float],
    *,
    param: float | None = None,
    mastery_threshold: float | None = None,
    scale_min: float | None = None,
    scale_max: float | None = None,
) -> float | None:
    """Return the mastery estimate for ``scores`` (oldest first) by ``method``.

    Returns ``None`` when there are no scores, and for ``n_mastery`` when the
    student has not yet reached the threshold ``param`` times.

    ``param`` is the method's setting (see :data:`DEFAULT_PARAMS`): the weight in
    percent (1..99) of the newest score for ``decaying_average`` and
    ``weighted_average``, and the number of times mastery must be shown for
    ``n_mastery``. Methods that take no setting ignore it.

    ``mastery_threshold`` is required by ``n_mastery`` (scores at or above it count).
    ``scale_min`` / ``scale_max`` clamp the ``power_law`` estimate, which can
    extrapolate beyond the scale; other methods stay within the scores given.

    ``power_law`` fits ln(score) = ln a + b ln(attempt) by least squares and reads
    a * n^b at the newest attempt n. Scores of 0 (or below) have no logarithm, so
    they are left out and the attempts are re-counted 1..n over the kept scores
    (a 0 is treated as "no usable attempt", not as a step in the trend). With
    fewer than 3 kept scores the estimate is their mean; if no score can be kept
    (all are 0) it is the mean of the scores given, i.e. 0.0.

    Settings are checked before the scores, so a wrong setting raises
    :class:`ValueError` even when there is no evidence yet.

    Raises:
        UnknownMethod: ``method`` is not one of :data:`METHODS`.
        ValueError: a setting is out of range, ``n_mastery`` has no threshold,
            ``scale_min`` is above ``scale_max``, or a score is not a finite number.
    """
    estimate = estimator(
        method,
        param=param,
        mastery_threshold=mastery_threshold,
        scale_min=scale_min,
        scale_max=scale_max,
    )
    _check_scores(scores)
    return estimate(scores)


def estimator(
    method: str,
    *,
    param: float | None = None,
    mastery_threshold: float | None = None,
    scale_min: float | None = None,
    scale_max: float | None = None,
) -> Callable[[Sequence[float]], float | None]:
    """:func:`calculate` for many cells of one column: the settings are checked once, here
    (raising as :func:`calculate` does); the function returned takes scores already known
    to be finite numbers (the gradebook keeps only levels a scale can hold)."""
    _check_method(method)
    if scale_min is not None and scale_max is not None and scale_min > scale_max:
        raise ValueError(
            QT_TRANSLATE_NOOP(
                "Mastery",
                "The lowest level of the scale ({low}) is above the highest ({high}); "
                "check the scale's range.",
            )(low=_fmt(scale_min), high=_fmt(scale_max))
        )
    weight = _weight(method, param)
    needed = _needed(method, param)
    threshold = _threshold(mastery_threshold) if method == Method.N_MASTERY else 0.0
    # One small function per method, chosen here once: a year's grids ask for thousands
    # of estimates per column, each of a handful of scores.
    if method == Method.LATEST:
        return lambda scores: float(scores[-1]) if scores else None
    if method == Method.HIGHEST:
        return lambda scores: float(max(scores)) if scores else None
    if method == Method.AVERAGE:
        return lambda scores: _within(_mean(scores), scores) if scores else None
    if method == Method.MODE:
        return lambda scores: float(max(statistics.multimode(scores))) if scores else None
    if method == Method.DECAYING_AVERAGE:
        return lambda scores: _within(_decaying_average(scores, weight), scores) if scores else None
    if method == Method.WEIGHTED_AVERAGE:
        return lambda scores: _within(_weighted_average(scores, weight), scores) if scores else None
    if method == Method.N_MASTERY:

        def n_mastery(scores: Sequence[float]) -> float | None:
            shown = [s for s in scores if s >= threshold]
            if not scores or len(shown) < needed:
                return None
            return _within(_mean(shown), shown)

        return n_mastery
    return lambda scores: _clamp(_power_law(scores), scale_min, scale_max) if scores else None


def explain(
    method: str,
    scores: Sequence[float],
    estimate: float | None,
    *,
    param: float | None = None,
    mastery_threshold: float | None = None,
) -> Phrase:
    """Say in one English sentence (a translatable phrase) how ``estimate`` came from ``scores``.

    ``estimate`` is what :func:`calculate` returned for the same method, scores
    and settings; it is shown, not recomputed. Numbers have up to 2 decimals.

    Raises:
        UnknownMethod: ``method`` is not one of :data:`METHODS`.
        ValueError: the same setting errors as :func:`calculate`.
    """
    _check_method(method)
    weight = _weight(method, param)
    needed = _needed(method, param)
    threshold = _threshold(mastery_threshold) if method == Method.N_MASTERY else 0.0
    if not scores:
        return QT_TRANSLATE_NOOP("Mastery", "No evidence yet")()

    count = _pieces(len(scores))
    value = _fmt(estimate)
    if method in _EXPLAIN:
        return _EXPLAIN[method](count=count, value=value)
    if method == Method.DECAYING_AVERAGE:
        return QT_TRANSLATE_NOOP(
            "Mastery", "Decaying average (newest weighs {weight}%) of {count}: {value}"
        )(weight=_fmt(weight * 100), count=count, value=value)
    if method == Method.WEIGHTED_AVERAGE:
        return QT_TRANSLATE_NOOP(
            "Mastery",
            "Weighted average (newest weighs {weight}%, earlier evidence {rest}%) "
            "of {count}: {value}",
        )(weight=_fmt(weight * 100), rest=_fmt(100 - weight * 100), count=count, value=value)
    if method == Method.N_MASTERY:
        shown = sum(1 for s in scores if s >= threshold)
        if estimate is None:
            if shown == 0:
                return QT_TRANSLATE_NOOP(
                    "Mastery", "Not yet shown at or above {threshold} (needs {needed} times)"
                )(threshold=_fmt(threshold), needed=needed)
            return QT_TRANSLATE_NOOP(
                "Mastery", "Shown at or above {threshold} only {shown} of the {needed} times needed"
            )(threshold=_fmt(threshold), shown=shown, needed=needed)
        mean = (
            QT_TRANSLATE_NOOP(
                "Mastery", "Mean of the 1 score at or above {threshold} (needs {needed}): {value}"
            )
            if shown == 1
            else QT_TRANSLATE_NOOP(
                "Mastery",
                "Mean of the {shown} scores at or above {threshold} (needs {needed}): {value}",
            )
        )
        return mean(shown=shown, threshold=_fmt(threshold), needed=needed, value=value)
    return _explain_power_law(scores, value)


_EXPLAIN: Final[dict[str, Template]] = {
    Method.LATEST: QT_TRANSLATE_NOOP("Mastery", "Most recent of {count}: {value}"),
    Method.HIGHEST: QT_TRANSLATE_NOOP("Mastery", "Highest of {count}: {value}"),
    Method.AVERAGE: QT_TRANSLATE_NOOP("Mastery", "Average of {count}: {value}"),
    Method.MODE: QT_TRANSLATE_NOOP("Mastery", "Most frequent level (mode) of {count}: {value}"),
}


def describe_method(method: str) -> Phrase:
    """One sentence a teacher reads where the calculation method is chosen.

    Raises:
        UnknownMethod: ``method`` is not one of :data:`METHODS`.
    """
    _check_method(method)
    return _DESCRIPTIONS[method]()


def settle(method: str, param: float | None) -> tuple[str, float | None, Phrase | None]:
    """The method and setting to calculate with, and why they differ from those given.

    A method the engine knows, with a setting in range, comes back as it is (and no
    reason). Otherwise the estimate is still made, the way a new class makes it: an
    unknown method becomes ``latest``, a setting out of range the method's default,
    with a clause saying so (the gradebook adds it to the cell's explanation). Every
    door of the store refuses such values (``core/rules.py``); only a store written by
    hand, or by an older version, can hold them, and its class must still open.
    """
    if method not in METHODS:
        return (
            Method.LATEST,
            None,
            QT_TRANSLATE_NOOP(
                "Mastery", "{method} is not a calculation method, so the newest evidence counts"
            )(method=repr(str(method)[:40])),
        )
    if param is None:
        return method, None, None
    if method in WEIGHTED_METHODS and not weight_ok(param):
        return (
            method,
            None,
            QT_TRANSLATE_NOOP(
                "Mastery", "the weight {given} is not from {low}% to {high}%, so {default}% is used"
            )(given=_given(param), low=MIN_WEIGHT, high=MAX_WEIGHT, default=_DEFAULT_WEIGHT),
        )
    if method == Method.N_MASTERY and not times_ok(param):
        return (
            method,
            None,
            QT_TRANSLATE_NOOP(
                "Mastery",
                "{given} is not a number of times from {low} to {high}, so {default} is used",
            )(given=_given(param), low=MIN_TIMES, high=MAX_TIMES, default=_DEFAULT_N),
        )
    return method, param, None


def _given(value: object) -> str:
    return f"{value:g}" if isinstance(value, float) else repr(value)[:40]


# --------------------------------------------------------------------------- methods


def _decaying_average(scores: Sequence[float], weight: float) -> float:
    """D1 = s1, Dk = (1 - w) * D(k-1) + w * sk."""
    estimate = float(scores[0])
    for score in scores[1:]:
        estimate = (1 - weight) * estimate + weight * score
    return estimate


def _weighted_average(scores: Sequence[float], weight: float) -> float:
    """w * newest + (1 - w) * mean(all earlier); a single score is itself."""
    if len(scores) == 1:
        return float(scores[0])
    return weight * scores[-1] + (1 - weight) * _mean(scores[:-1])


def _power_law_input(scores: Sequence[float]) -> _PowerLawInput:
    kept = tuple(float(s) for s in scores if s > 0)
    return _PowerLawInput(
        kept=kept,
        left_out=len(scores) - len(kept),
        any_negative=any(s < 0 for s in scores),
    )


def _power_law(scores: Sequence[float]) -> float:
    """Least-squares fit of ln(score) = ln a + b ln(attempt), read at the newest attempt."""
    kept = [float(s) for s in scores if s > 0]
    if not kept:
        return _mean(scores)
    n = len(kept)
    if n < _POWER_LAW_MIN_ATTEMPTS:
        return _mean(kept)
    deviations, x_mean, sxx, log_n = _attempts(n)
    ys = [_log(score) for score in kept]
    y_mean = math.fsum(ys) / n
    sxy = math.fsum(dx * (y - y_mean) for dx, y in zip(deviations, ys, strict=True))
    slope = sxy / sxx  # b; sxx > 0 because attempts 1..n (n >= 3) differ
    log_a = y_mean - slope * x_mean
    return math.exp(log_a + slope * log_n)


@lru_cache(maxsize=64)
def _attempts(n: int) -> tuple[tuple[float, ...], float, float, float]:
    """What a power law's fit over attempts 1..n needs of the attempts alone (the same
    for every cell with n scores): ln(attempt) - mean, the mean, their sum of squares,
    ln(n)."""
    xs = [math.log(attempt) for attempt in range(1, n + 1)]
    x_mean = math.fsum(xs) / n
    deviations = tuple(x - x_mean for x in xs)
    return deviations, x_mean, math.fsum(d**2 for d in deviations), math.log(n)


@lru_cache(maxsize=256)
def _log(score: float) -> float:
    """ln(score): a scale's few levels, over and over."""
    return math.log(score)


def _explain_power_law(scores: Sequence[float], value: str) -> Phrase:
    fit = _power_law_input(scores)
    what = (
        QT_TRANSLATE_NOOP("Mastery", "0 or below")()
        if fit.any_negative
        else QT_TRANSLATE_NOOP("Mastery", "0")()
    )
    if not fit.kept:
        return QT_TRANSLATE_NOOP(
            "Mastery", "Power-law trend needs scores above 0, and all {count} are {what}: {value}"
        )(count=_pieces(len(scores)), what=what, value=value)
    kept = len(fit.kept)
    if kept < _POWER_LAW_MIN_ATTEMPTS:
        sentence = (
            QT_TRANSLATE_NOOP(
                "Mastery",
                "Power-law trend needs {needed} attempts, so this is the average of "
                "1 attempt: {value}",
            )
            if kept == 1
            else QT_TRANSLATE_NOOP(
                "Mastery",
                "Power-law trend needs {needed} attempts, so this is the average of "
                "{kept} attempts: {value}",
            )
        )(needed=_POWER_LAW_MIN_ATTEMPTS, kept=kept, value=value)
    else:
        sentence = QT_TRANSLATE_NOOP("Mastery", "Power-law trend over {kept} attempts: {value}")(
            kept=kept, value=value
        )
    if not fit.left_out:
        return sentence
    left_out = (
        QT_TRANSLATE_NOOP(
            "Mastery", "{sentence} (1 score of {what} left out: a power law cannot fit {what})"
        )
        if fit.left_out == 1
        else QT_TRANSLATE_NOOP(
            "Mastery",
            "{sentence} ({count} scores of {what} left out: a power law cannot fit {what})",
        )
    )
    return left_out(sentence=sentence, count=fit.left_out, what=what)


# --------------------------------------------------------------------------- checks


def weight_ok(percent: float) -> bool:
    """A weight (in percent) the weighted methods accept: from 1 to 99."""
    return (
        not isinstance(percent, bool)
        and isinstance(percent, int | float)
        and MIN_WEIGHT <= percent <= MAX_WEIGHT
    )


def times_ok(n: float) -> bool:
    """A number of times ``n_mastery`` accepts: a whole number from 1 to 20."""
    return (
        not isinstance(n, bool)
        and isinstance(n, int | float)
        and math.isfinite(n)
        and n == int(n)
        and MIN_TIMES <= n <= MAX_TIMES
    )


def _check_method(method: str) -> None:
    if method not in METHODS:
        raise UnknownMethod(method)


def _check_scores(scores: Sequence[float]) -> None:
    for score in scores:
        if not math.isfinite(score):
            raise ValueError(
                QT_TRANSLATE_NOOP(
                    "Mastery", "A score of {score} is not a number the estimate can use."
                )(score=score)
            )


def _weight(method: str, param: float | None) -> float:
    """The newest score's weight as a fraction, for the two weighted methods (else 0)."""
    if method not in WEIGHTED_METHODS:
        return 0.0
    percent = _DEFAULT_WEIGHT if param is None else param
    if not weight_ok(percent):
        raise ValueError(
            QT_TRANSLATE_NOOP(
                "Mastery",
                "The weight of the newest evidence must be between {low}% and {high}%, "
                "not {given}.",
            )(low=MIN_WEIGHT, high=MAX_WEIGHT, given=percent)
        )
    return percent / 100


def _needed(method: str, param: float | None) -> int:
    """How many times n_mastery needs mastery shown (0 for other methods)."""
    if method != Method.N_MASTERY:
        return 0
    n = _DEFAULT_N if param is None else param
    if not times_ok(n):
        raise ValueError(
            QT_TRANSLATE_NOOP(
                "Mastery",
                "The number of times mastery must be shown must be a whole number from "
                "{low} to {high}, not {given}.",
            )(low=MIN_TIMES, high=MAX_TIMES, given=n)
        )
    return int(n)


def _threshold(mastery_threshold: float | None) -> float:
    if mastery_threshold is None or not math.isfinite(mastery_threshold):
        raise ValueError(
            QT_TRANSLATE_NOOP(
                "Mastery",
                "The n_mastery method needs a mastery threshold; set the level that counts "
                "as mastery on the scale.",
            )()
        )
    return mastery_threshold


# --------------------------------------------------------------------------- helpers


def _mean(scores: Sequence[float]) -> float:
    """The arithmetic mean, as ``statistics.fmean`` computes it (fsum / n), without its
    checks: the scores here are never empty."""
    return math.fsum(scores) / len(scores)


def _within(value: float, scores: Sequence[float]) -> float:
    """Keep a mean-like value inside the scores' range, removing floating-point spill.

    Every averaging method here is a convex combination of the scores, so this
    only ever moves the value by rounding error.
    """
    return float(min(max(value, min(scores)), max(scores)))


def _clamp(value: float, low: float | None, high: float | None) -> float:
    if low is not None:
        value = max(value, low)
    if high is not None:
        value = min(value, high)
    return float(value)


def _fmt(value: float | None) -> str:
    """Up to 2 decimals, trailing zeros stripped: 3.0 -> "3", 3.125 -> "3.12"."""
    if value is None:
        return QT_TRANSLATE_NOOP("Mastery", "no estimate")()
    text = f"{value:.2f}".rstrip("0").rstrip(".")
    return "0" if text == "-0" else text


def _pieces(count: int) -> Phrase:
    if count == 1:
        return QT_TRANSLATE_NOOP("Mastery", "1 piece of evidence")()
    return QT_TRANSLATE_NOOP("Mastery", "{count} pieces of evidence")(count=count)
