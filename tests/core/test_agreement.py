"""The figures of agreement a calibration meeting reads, checked against published worked
examples, and said in words a teacher understands."""

from __future__ import annotations

import math

import pytest

from cbe_desktop.core.agreement import agreement, piece_sentence, weighted_kappa
from cbe_desktop.core.calibration import Piece, RubricLevel, RubricTarget, Score, SetView

FIVE = RubricTarget(
    "t", "", "", tuple(RubricLevel(float(v), f"Level {v}", "") for v in (1, 2, 3, 4, 5))
)


def _set(rows: dict[str, list[float | None]], target: RubricTarget = FIVE) -> SetView:
    """A set whose pieces the scorers ``rows`` scored (None: left out)."""
    units = len(next(iter(rows.values())))
    pieces = []
    for n in range(units):
        scores = tuple(
            Score(f"{name}{n}", name, level, "")
            for name, levels in rows.items()
            if (level := levels[n]) is not None
        )
        pieces.append(Piece(f"p{n}", chr(65 + n), n, target, "", "", (), None, scores))
    return SetView("s", "Set", "2026-12-07", "", True, "", (target,), tuple(pieces))


def test_alpha_matches_krippendorffs_own_worked_example_with_missing_scores():
    """Krippendorff (2011), "Computing Krippendorff's Alpha-Reliability", example C: four
    observers, twelve units, values 1-5, some left out: ordinal alpha = 0.815."""
    n = None
    view = _set(
        {
            "A": [1, 2, 3, 3, 2, 1, 4, 1, 2, n, n, n],
            "B": [1, 2, 3, 3, 2, 2, 4, 1, 2, 5, n, 3],
            "C": [n, 3, 3, 3, 2, 3, 4, 2, 2, 5, 1, n],
            "D": [1, 2, 3, 3, 2, 4, 4, 1, 2, 5, 1, n],
        }
    )
    result = agreement(view)
    assert result.alpha == pytest.approx(0.815, abs=0.0005)
    # Unit 12 has one score only: it is not compared, and the sentence says so.
    assert result.compared == 11
    assert "1 piece has fewer than two scores and is not counted." in result.sentences()


def test_weighted_kappa_of_two_levels_is_cohens_kappa_of_the_worked_example():
    """Wikipedia, "Cohen's kappa", simple example: 50 proposals, 20 yes-yes, 5 yes-no,
    10 no-yes, 15 no-no: kappa = 0.4. On two levels every weighting gives the same."""
    first = [1.0] * 25 + [2.0] * 25
    second = [1.0] * 20 + [2.0] * 5 + [1.0] * 10 + [2.0] * 15
    assert weighted_kappa(first, second, [1.0, 2.0]) == pytest.approx(0.4)


@pytest.mark.parametrize(
    ("second", "published"),
    [
        ([8, 8, 6, 6, 7, 6, 1, 4, 8], 0.758620689655172),
        ([3, 5, 6, 6, 7, 6, 1, 4, 8], 0.438095238095238),
    ],
)
def test_quadratic_weighted_kappa_matches_the_published_essay_scoring_examples(second, published):
    """Maplesoft, EssayTools[QuadraticWeightedKappa] help page, examples 1 and 2: two
    graders' scores of nine essays on a 1-10 scale (the quadratic weights are the ones
    that matter on many levels, unlike the two-level example above)."""
    first = [9, 7, 8, 7, 6, 8, 3, 5, 10]
    labels = [float(v) for v in range(1, 11)]
    kappa = weighted_kappa([float(v) for v in first], [float(v) for v in second], labels)
    assert kappa == pytest.approx(published, abs=1e-12)


def test_when_both_scorers_give_one_level_to_everything_kappa_is_not_defined():
    assert weighted_kappa([3.0, 3.0, 3.0], [3.0, 3.0, 3.0], [1.0, 2.0, 3.0, 4.0]) is None


def test_a_scorer_one_level_off_is_closer_than_one_three_levels_off():
    four = RubricTarget("t", "", "", tuple(RubricLevel(float(v), str(v), "") for v in (1, 2, 3, 4)))
    labels = [1.0, 2.0, 3.0, 4.0]
    rivera = [1.0, 2.0, 3.0, 4.0, 2.0, 3.0]
    near = [1.0, 2.0, 3.0, 3.0, 2.0, 3.0]
    far = [1.0, 2.0, 3.0, 1.0, 2.0, 3.0]
    assert weighted_kappa(rivera, near, labels) > weighted_kappa(rivera, far, labels)
    assert four.rank(3.0) == 2


def test_the_figures_are_said_in_a_teachers_words():
    view = _set({"Rivera": [3, 2, 4, 1], "Okafor": [3, 3, 4, 1], "Lindqvist": [3, 2, 2, 2]})
    result = agreement(view)
    said = result.sentences()
    assert said[0] == "You agreed exactly on 1 of 4 pieces, and within one level on 3 of 4."
    assert any(s.startswith("Krippendorff's alpha for the 3 of you is ") for s in said)
    assert (
        "Most of your disagreement was between 2 Level 2 and 3 Level 3 (2 pieces): talk "
        "through what separates those two levels." in said
    )
    assert "Scores of pieces C lie two or more levels apart; start there." in said
    assert [piece_sentence(p) for p in result.pieces] == [
        "Piece A: everyone gave 3.",
        "Piece B: scores from 2 to 3, 1 levels apart.",
        "Piece C: scores from 2 to 4, 2 levels apart.",
        "Piece D: scores from 1 to 2, 1 levels apart.",
    ]


def test_when_everyone_gives_the_same_level_alpha_is_not_made_up():
    result = agreement(_set({"Rivera": [3, 3, 3], "Okafor": [3, 3, 3]}))
    assert result.alpha is None
    assert result.kappas[0].kappa is None or math.isnan(result.kappas[0].kappa) is False
    assert result.sentences()[0].startswith("You agreed exactly on 3 of 3 pieces")


def test_before_any_colleague_returns_the_page_says_what_to_do():
    result = agreement(_set({"Rivera": [3, 2]}))
    assert result.sentences() == [
        "No piece has two scores yet; gather your colleagues' return files first."
    ]


def test_agreement_over_time_says_whether_a_rubric_is_improving():
    from cbe_desktop.core.agreement import history, history_sentence

    october = _set({"Rivera": [1, 2, 3, 4, 5], "Okafor": [2, 2, 5, 3, 5], "Chen": [1, 4, 3, 4, 2]})
    december = _set({"Rivera": [1, 2, 3, 4, 5], "Okafor": [1, 2, 3, 4, 4], "Chen": [1, 2, 3, 4, 5]})
    october = SetView("oct", "October", "2026-10-01", "", True, "", october.targets, october.pieces)
    december = SetView(
        "dec", "December", "2026-12-01", "", True, "", december.targets, december.pieces
    )
    sessions = history([december, october], "t")
    assert [s.title for s in sessions] == ["October", "December"]
    assert sessions[0].alpha < sessions[1].alpha
    assert history_sentence(sessions).startswith("Agreement on this rubric is improving: alpha")
    assert history_sentence(sessions[:1]).startswith("One calibration session is not a trend")


def test_a_teachers_weight_is_not_shown_with_fewer_than_three_scorers():
    from cbe_desktop.core.agreement import weight

    two = _set({"Rivera": [3, 2, 4], "Okafor": [3, 3, 4]})
    hidden = weight([two], "Rivera")
    assert not hidden.shown and hidden.pieces == 0 and hidden.mean_difference == 0
    assert hidden.sentence().startswith("Fewer than 3 teachers scored these pieces")
    three = _set({"Rivera": [4, 3, 4], "Okafor": [3, 2, 4], "Chen": [3, 2, 3]})
    shown = weight([three], "Rivera")
    assert (shown.shown, shown.pieces, shown.colleagues) == (True, 3, 2)
    assert shown.mean_difference == pytest.approx((1 + 1 + 0.5) / 3)
    assert shown.sentence() == (
        "On 3 pieces that 2 colleagues also scored, you scored a little higher than your "
        "colleagues (+0.83 levels on average), and within one level of them on 3 of 3."
    )
