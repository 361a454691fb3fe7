"""How far colleagues agree when they score the same work, in figures and in words.

The statistics come from well-kept libraries, never from formulas written here:

- Krippendorff's alpha (ordinal) for the whole group, any number of scorers, pieces a
  scorer left out allowed: ``krippendorff.alpha`` (Castro, the ``krippendorff`` package,
  checked against Krippendorff (2011), "Computing Krippendorff's Alpha-Reliability").
  Read after Krippendorff (2004), *Content Analysis*, p. 241: 0.80 or more can be
  relied on, 0.667 to 0.80 for tentative conclusions only, below that not at all.
- Cohen's weighted kappa (Cohen 1968) for each pair of scorers, on the pieces both
  scored: NLTK's ``AnnotationTask.weighted_kappa_pairwise`` with quadratic weights over
  the rubric's levels in order (the squared distance of their places). NLTK is pure
  Python: the installed program carries no SciPy or scikit-learn for one function
  (installers/README.md). Read after Landis & Koch (1977): slight, fair, moderate,
  substantial, almost perfect.

Exact and adjacent agreement, the spread of each piece and the rubric boundaries the
group split on are counted here: they are counts, not statistics.
"""

from __future__ import annotations

import math
import warnings
from collections import Counter
from dataclasses import dataclass
from itertools import combinations

from cbe_desktop.core.calibration import RubricTarget, SetView
from cbe_desktop.core.phrases import QT_TRANSLATE_NOOP, Phrase

#: Fewer scorers than this and a teacher's scores are not compared with the group's.
SMALL_GROUP = 3


@dataclass(frozen=True)
class PieceAgreement:
    piece_id: str
    label: str
    target: RubricTarget
    levels: tuple[float, ...]  # every scorer's level, lowest first

    @property
    def scored(self) -> bool:
        """Two or more scores: something to compare."""
        return len(self.levels) >= 2

    @property
    def spread(self) -> int:
        """How many rubric levels lie between the lowest and the highest score."""
        if not self.levels:
            return 0
        return self.target.rank(self.levels[-1]) - self.target.rank(self.levels[0])

    @property
    def exact(self) -> bool:
        return self.scored and self.spread == 0

    @property
    def adjacent(self) -> bool:
        return self.scored and self.spread <= 1


@dataclass(frozen=True)
class PairKappa:
    first: str
    second: str
    pieces: int
    kappa: float | None  # None: fewer than 2 pieces, or nothing varied


@dataclass(frozen=True)
class Boundary:
    """Pieces on which the group split between two levels next to each other."""

    low: tuple[float, str]  # (value, label)
    high: tuple[float, str]
    pieces: int


@dataclass(frozen=True)
class Agreement:
    pieces: tuple[PieceAgreement, ...]
    scorers: tuple[str, ...]
    alpha: float | None
    kappas: tuple[PairKappa, ...]
    boundaries: tuple[Boundary, ...]

    @property
    def compared(self) -> int:
        return sum(p.scored for p in self.pieces)

    @property
    def exact(self) -> int:
        return sum(p.exact for p in self.pieces)

    @property
    def adjacent(self) -> int:
        return sum(p.adjacent for p in self.pieces)

    def sentences(self) -> list[Phrase]:
        """The figures in words a teacher reads at the meeting."""
        return explain(self)


def _domain(view: SetView) -> list[float]:
    return sorted({lv.value for t in view.targets for lv in t.levels})


def _alpha(view: SetView, scorers: list[str]) -> float | None:
    import krippendorff
    import numpy as np

    pieces = [p for p in view.pieces if len(p.scores) >= 2]
    domain = _domain(view)
    if len(pieces) < 2 or len(domain) < 2:
        return None
    data = np.full((len(scorers), len(pieces)), np.nan)
    row = {name: n for n, name in enumerate(scorers)}
    for column, piece in enumerate(pieces):
        for score in piece.scores:
            data[row[score.scorer], column] = score.level
    values = {v for v in data.flatten().tolist() if not math.isnan(v)}
    if len(values) < 2:
        return None  # everyone gave one level to everything: alpha is not defined
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        result = krippendorff.alpha(
            reliability_data=data, level_of_measurement="ordinal", value_domain=domain
        )
    return float(result) if math.isfinite(result) else None


def weighted_kappa(first: list[float], second: list[float], labels: list[float]) -> float | None:
    """Cohen's kappa with quadratic weights over ``labels`` in order (None: undefined).

    ``first[i]`` and ``second[i]`` are two scorers' levels of the same piece.
    """
    from nltk.metrics.agreement import AnnotationTask  # type: ignore[import-untyped]

    if len(first) < 2:
        return None
    # (a level off the list still finds its place among the others, by its value)
    place = {level: n for n, level in enumerate(sorted({*labels, *first, *second}))}

    def quadratic(a: float, b: float) -> float:
        return float((place[a] - place[b]) ** 2)

    task = AnnotationTask(
        data=[("first", n, level) for n, level in enumerate(first)]
        + [("second", n, level) for n, level in enumerate(second)],
        distance=quadratic,
    )
    try:
        result = task.weighted_kappa_pairwise("first", "second")
    except ZeroDivisionError:  # both gave one and the same level to everything
        return None
    return float(result) if math.isfinite(result) else None


def _kappas(view: SetView, scorers: list[str]) -> list[PairKappa]:
    domain = _domain(view)
    by_scorer: dict[str, dict[str, float]] = {name: {} for name in scorers}
    for piece in view.pieces:
        for score in piece.scores:
            by_scorer[score.scorer][piece.id] = score.level
    out = []
    for a, b in combinations(scorers, 2):
        both = [pid for pid in by_scorer[a] if pid in by_scorer[b]]
        kappa = weighted_kappa(
            [by_scorer[a][p] for p in both], [by_scorer[b][p] for p in both], domain
        )
        out.append(PairKappa(a, b, len(both), kappa))
    return out


def _boundaries(pieces: list[PieceAgreement]) -> list[Boundary]:
    """Each pair of neighbouring levels a piece's scores lie on both sides of."""
    counts: Counter[tuple[int, str]] = Counter()
    named: dict[tuple[int, str], Boundary] = {}
    for piece in pieces:
        if not piece.scored or piece.spread == 0:
            continue
        levels = piece.target.levels
        low = piece.target.rank(piece.levels[0])
        high = piece.target.rank(piece.levels[-1])
        for n in range(low, high):
            key = (n, f"{levels[n].value:g}|{levels[n + 1].value:g}")
            counts[key] += 1
            named[key] = Boundary(
                (levels[n].value, levels[n].label), (levels[n + 1].value, levels[n + 1].label), 0
            )
    return [
        Boundary(named[key].low, named[key].high, count)
        for key, count in sorted(counts.items(), key=lambda kv: (-kv[1], kv[0][0]))
    ]


def agreement(view: SetView) -> Agreement:
    """Every figure of agreement for one set, from every score it holds."""
    scorers = sorted({s.scorer for p in view.pieces for s in p.scores}, key=str.casefold)
    pieces = [
        PieceAgreement(p.id, p.label, p.target, tuple(sorted(s.level for s in p.scores)))
        for p in view.pieces
    ]
    return Agreement(
        pieces=tuple(pieces),
        scorers=tuple(scorers),
        alpha=_alpha(view, scorers),
        kappas=tuple(_kappas(view, scorers)),
        boundaries=tuple(_boundaries(pieces)),
    )


# ----------------------------------------------------------------------------- words


def _n(value: float) -> str:
    shown = f"{value:.2f}"
    return "0.00" if shown == "-0.00" else shown


def alpha_meaning(alpha: float) -> Phrase:
    if alpha >= 0.8:
        return QT_TRANSLATE_NOOP("Agreement", "high enough to rely on (0.80 or more)")()
    if alpha >= 0.667:
        return QT_TRANSLATE_NOOP(
            "Agreement", "enough for tentative conclusions only (0.67 to 0.80)"
        )()
    return QT_TRANSLATE_NOOP(
        "Agreement", "too low to rely on yet (below 0.67): talk through the pieces you split on"
    )()


def kappa_meaning(kappa: float) -> Phrase:
    if kappa <= 0:
        return QT_TRANSLATE_NOOP("Agreement", "no better than chance")()
    if kappa <= 0.2:
        return QT_TRANSLATE_NOOP("Agreement", "slight agreement")()
    if kappa <= 0.4:
        return QT_TRANSLATE_NOOP("Agreement", "fair agreement")()
    if kappa <= 0.6:
        return QT_TRANSLATE_NOOP("Agreement", "moderate agreement")()
    if kappa <= 0.8:
        return QT_TRANSLATE_NOOP("Agreement", "substantial agreement")()
    return QT_TRANSLATE_NOOP("Agreement", "almost perfect agreement")()


def _level_name(level: tuple[float, str]) -> str:
    return f"{level[0]:g} {level[1]}"


def explain(result: Agreement) -> list[Phrase]:
    """The figures of one set in plain sentences, the most useful first."""
    said: list[Phrase] = []
    compared = result.compared
    if compared == 0:
        return [
            QT_TRANSLATE_NOOP(
                "Agreement",
                "No piece has two scores yet; gather your colleagues' return files first.",
            )()
        ]
    said.append(
        QT_TRANSLATE_NOOP(
            "Agreement",
            "You agreed exactly on {exact} of {count} pieces, and within one level on "
            "{adjacent} of {count}.",
        )(exact=str(result.exact), adjacent=str(result.adjacent), count=str(compared))
    )
    left = len(result.pieces) - compared
    if left:
        said.append(
            QT_TRANSLATE_NOOP(
                "Agreement", "1 piece has fewer than two scores and is not counted."
            )()
            if left == 1
            else QT_TRANSLATE_NOOP(
                "Agreement", "{count} pieces have fewer than two scores and are not counted."
            )(count=str(left))
        )
    if result.alpha is not None:
        said.append(
            QT_TRANSLATE_NOOP(
                "Agreement", "Krippendorff's alpha for the {scorers} of you is {alpha}: {meaning}."
            )(
                scorers=str(len(result.scorers)),
                alpha=_n(result.alpha),
                meaning=alpha_meaning(result.alpha),
            )
        )
    if result.boundaries:
        top = result.boundaries[0]
        template = (
            QT_TRANSLATE_NOOP(
                "Agreement",
                "Most of your disagreement was between {low} and {high} (1 piece): "
                "talk through what separates those two levels.",
            )
            if top.pieces == 1
            else QT_TRANSLATE_NOOP(
                "Agreement",
                "Most of your disagreement was between {low} and {high} ({count} pieces): "
                "talk through what separates those two levels.",
            )
        )
        said.append(
            template(low=_level_name(top.low), high=_level_name(top.high), count=str(top.pieces))
        )
    wide = [p for p in result.pieces if p.scored and p.spread >= 2]
    if wide:
        said.append(
            QT_TRANSLATE_NOOP(
                "Agreement", "Scores of pieces {labels} lie two or more levels apart; start there."
            )(labels=", ".join(p.label for p in wide))
        )
    for pair in result.kappas:
        if pair.kappa is None:
            continue
        said.append(
            QT_TRANSLATE_NOOP(
                "Agreement",
                "{first} and {second}: weighted kappa {kappa} on {count} pieces, {meaning}.",
            )(
                first=pair.first,
                second=pair.second,
                kappa=_n(pair.kappa),
                count=str(pair.pieces),
                meaning=kappa_meaning(pair.kappa),
            )
        )
    return said


def piece_sentence(piece: PieceAgreement) -> Phrase:
    """One piece's spread in words."""
    if not piece.scored:
        return QT_TRANSLATE_NOOP("Agreement", "Piece {label}: fewer than two scores yet.")(
            label=piece.label
        )
    if piece.spread == 0:
        return QT_TRANSLATE_NOOP("Agreement", "Piece {label}: everyone gave {level}.")(
            label=piece.label, level=f"{piece.levels[0]:g}"
        )
    return QT_TRANSLATE_NOOP(
        "Agreement", "Piece {label}: scores from {low} to {high}, {steps} levels apart."
    )(
        label=piece.label,
        low=f"{piece.levels[0]:g}",
        high=f"{piece.levels[-1]:g}",
        steps=str(piece.spread),
    )


# ----------------------------------------------------------------------------- over time


@dataclass(frozen=True)
class Session:
    """One calibration session on a rubric: when, how many, how far they agreed."""

    set_id: str
    title: str
    made_on: str
    scorers: int
    compared: int
    exact: int
    alpha: float | None


def history(sets: list[SetView], target_id: str) -> list[Session]:
    """Every session that scored work on ``target_id``'s rubric, oldest first."""
    out = []
    for view in sorted(sets, key=lambda v: (v.made_on, v.id)):
        if target_id not in view.target_ids:
            continue
        pieces = tuple(p for p in view.pieces if p.target.id == target_id)
        if not pieces:
            continue
        only = SetView(
            view.id, view.title, view.made_on, view.leader, view.blind, view.note,
            tuple(t for t in view.targets if t.id == target_id), pieces,
        )  # fmt: skip
        result = agreement(only)
        out.append(
            Session(
                view.id,
                view.title,
                view.made_on,
                len(result.scorers),
                result.compared,
                result.exact,
                result.alpha,
            )
        )
    return out


def history_sentence(sessions: list[Session]) -> Phrase:
    """Is agreement on this rubric improving? In one sentence."""
    rated = [s for s in sessions if s.alpha is not None]
    if len(rated) < 2:
        return QT_TRANSLATE_NOOP(
            "Agreement",
            "One calibration session is not a trend yet; calibrate on this rubric again to "
            "see whether agreement improves.",
        )()
    first, last = rated[0], rated[-1]
    if last.alpha - first.alpha >= 0.05:  # type: ignore[operator]
        template = QT_TRANSLATE_NOOP(
            "Agreement",
            "Agreement on this rubric is improving: alpha went from {first} ({on_first}) to "
            "{last} ({on_last}) over {count} sessions.",
        )
    elif first.alpha - last.alpha >= 0.05:  # type: ignore[operator]
        template = QT_TRANSLATE_NOOP(
            "Agreement",
            "Agreement on this rubric is falling: alpha went from {first} ({on_first}) to "
            "{last} ({on_last}) over {count} sessions; calibrate again with anchor papers.",
        )
    else:
        template = QT_TRANSLATE_NOOP(
            "Agreement",
            "Agreement on this rubric is steady: alpha {first} ({on_first}), then {last} "
            "({on_last}) over {count} sessions.",
        )
    return template(
        first=_n(first.alpha),  # type: ignore[arg-type]
        last=_n(last.alpha),  # type: ignore[arg-type]
        on_first=first.made_on,
        on_last=last.made_on,
        count=str(len(rated)),
    )


@dataclass(frozen=True)
class Weight:
    """How one teacher's scores sit beside their colleagues' on the same pieces.

    ``shown`` is False when fewer than :data:`SMALL_GROUP` teachers scored the pieces:
    with two, "the others" is one person, whose scores anyone could then read off.
    """

    scorer: str
    shown: bool
    pieces: int = 0
    colleagues: int = 0
    mean_difference: float = 0.0  # their level minus the colleagues' median, on average
    within_one: int = 0

    def sentence(self) -> Phrase:
        if not self.shown:
            return QT_TRANSLATE_NOOP(
                "Agreement",
                "Fewer than {min} teachers scored these pieces, so no comparison is shown: "
                "with so few, anyone could read a colleague's scores from it.",
            )(min=str(SMALL_GROUP))
        if self.mean_difference >= 0.25:
            leaning = QT_TRANSLATE_NOOP("Agreement", "a little higher than your colleagues")()
        elif self.mean_difference <= -0.25:
            leaning = QT_TRANSLATE_NOOP("Agreement", "a little lower than your colleagues")()
        else:
            leaning = QT_TRANSLATE_NOOP("Agreement", "in line with your colleagues")()
        return QT_TRANSLATE_NOOP(
            "Agreement",
            "On {count} pieces that {colleagues} colleagues also scored, you scored {leaning} "
            "({difference} levels on average), and within one level of them on {within} of "
            "{count}.",
        )(
            count=str(self.pieces),
            colleagues=str(self.colleagues),
            leaning=leaning,
            difference=f"{self.mean_difference:+.2f}",
            within=str(self.within_one),
        )


def weight(sets: list[SetView], scorer: str) -> Weight:
    """A teacher's "calibration weight" over the given sets: on every piece they and at
    least two colleagues scored, their level minus the colleagues' median level."""
    from statistics import mean, median

    differences: list[float] = []
    colleagues: set[str] = set()
    within = 0
    for view in sets:
        for piece in view.pieces:
            mine = [s.level for s in piece.scores if s.scorer == scorer]
            others = [s for s in piece.scores if s.scorer != scorer]
            if not mine or len(others) + 1 < SMALL_GROUP:
                continue
            colleagues.update(s.scorer for s in others)
            middle = median(s.level for s in others)
            differences.append(mine[0] - middle)
            low, high = sorted((mine[0], middle))
            # Within one level: no level of the rubric lies strictly between the two.
            within += not any(low < lv.value < high for lv in piece.target.levels)
    if not differences or len(colleagues) + 1 < SMALL_GROUP:
        return Weight(scorer, shown=False)
    return Weight(
        scorer,
        shown=True,
        pieces=len(differences),
        colleagues=len(colleagues),
        mean_difference=mean(differences),
        within_one=within,
    )
