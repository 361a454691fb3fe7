"""The mastery engine, told as what happens to a student's scores on one target."""

from __future__ import annotations

import math

import pytest
from hypothesis import given
from hypothesis import strategies as st

from cbe_desktop.core.mastery import (
    DEFAULT_PARAMS,
    METHODS,
    UnknownMethod,
    calculate,
    describe_method,
    explain,
)

PROFICIENT = 3.0  # mastery threshold on a 0-4 rubric

# Methods whose estimate is always one of, or between, the scores given.
BOUNDED_METHODS = (
    "latest",
    "highest",
    "average",
    "mode",
    "decaying_average",
    "weighted_average",
    "n_mastery",
)


def estimate(method: str, scores: list[float], **settings: float | None) -> float | None:
    """calculate() with the threshold n_mastery needs filled in."""
    if method == "n_mastery":
        settings.setdefault("mastery_threshold", PROFICIENT)
    return calculate(method, scores, **settings)


# --------------------------------------------------------------------------- every method


@pytest.mark.parametrize("method", METHODS)
def test_a_student_with_no_evidence_yet_has_no_estimate(method: str) -> None:
    assert estimate(method, []) is None


@pytest.mark.parametrize("method", [m for m in METHODS if m != "n_mastery"])
def test_a_single_piece_of_evidence_is_the_estimate(method: str) -> None:
    assert estimate(method, [2.5]) == 2.5


def test_a_single_score_at_mastery_is_enough_when_n_mastery_needs_it_once() -> None:
    assert calculate("n_mastery", [3.5], param=1, mastery_threshold=PROFICIENT) == 3.5


def test_every_method_has_a_default_parameter_entry() -> None:
    assert set(DEFAULT_PARAMS) == set(METHODS)
    assert DEFAULT_PARAMS["decaying_average"] == 65
    assert DEFAULT_PARAMS["weighted_average"] == 65
    assert DEFAULT_PARAMS["n_mastery"] == 2
    assert [m for m, p in DEFAULT_PARAMS.items() if p is None] == [
        "latest",
        "highest",
        "average",
        "mode",
        "power_law",
    ]


def test_a_misspelled_method_is_refused_with_a_sentence_naming_the_choices() -> None:
    with pytest.raises(UnknownMethod) as raised:
        calculate("most_recent", [1, 2])
    message = str(raised.value)
    assert "'most_recent' is not a known calculation method" in message
    assert "latest" in message and message.endswith(".")
    assert isinstance(raised.value, ValueError)


def test_explain_and_describe_refuse_an_unknown_method_too() -> None:
    with pytest.raises(UnknownMethod):
        explain("median", [1, 2], 1.5)
    with pytest.raises(UnknownMethod):
        describe_method("median")


def test_a_score_that_is_not_a_number_is_refused() -> None:
    with pytest.raises(ValueError, match="not a number"):
        calculate("average", [2, math.nan])


# --------------------------------------------------------------------------- simple methods


def test_latest_counts_only_the_newest_attempt() -> None:
    assert calculate("latest", [1, 4, 2, 3]) == 3.0


def test_latest_lets_growth_replace_an_early_struggle() -> None:
    assert calculate("latest", [1, 1, 2, 4]) == 4.0


def test_highest_keeps_the_best_demonstration_even_after_a_bad_day() -> None:
    assert calculate("highest", [2, 4, 1]) == 4.0


def test_average_weighs_every_attempt_equally() -> None:
    assert calculate("average", [1, 2, 3, 4, 3]) == pytest.approx(2.6)


def test_mode_picks_the_level_shown_most_often() -> None:
    assert calculate("mode", [2, 3, 3, 4, 3, 2]) == 3.0


def test_mode_ties_go_to_the_higher_level() -> None:
    assert calculate("mode", [4, 2, 2, 4, 1]) == 4.0
    assert calculate("mode", [3, 1, 2]) == 3.0


def test_methods_that_take_no_setting_ignore_one_given() -> None:
    assert calculate("latest", [1, 2], param=80) == 2.0


# --------------------------------------------------------------------------- weighted methods


def test_decaying_average_lets_older_evidence_fade_at_the_default_65_percent() -> None:
    # D1 = 1; D2 = .35*1 + .65*3 = 2.3; D3 = .35*2.3 + .65*4 = 3.405
    assert calculate("decaying_average", [1, 3, 4]) == pytest.approx(3.405, abs=1e-12)


def test_decaying_average_at_weight_1_barely_moves_from_the_first_score() -> None:
    # D2 = .99*4 + .01*2 = 3.98; D3 = .99*3.98 + .01*0 = 3.9402
    result = calculate("decaying_average", [4, 2, 0], param=1)
    assert result == pytest.approx(3.9402, abs=1e-12)


def test_decaying_average_at_weight_99_follows_the_newest_score_almost_entirely() -> None:
    # D2 = .01*4 + .99*2 = 2.02; D3 = .01*2.02 + .99*0 = 0.0202
    result = calculate("decaying_average", [4, 2, 0], param=99)
    assert result == pytest.approx(0.0202, abs=1e-12)


def test_weighted_average_blends_the_newest_with_the_mean_of_earlier_ones() -> None:
    # .65*4 + .35*mean(1, 2, 3) = 2.6 + 0.7 = 3.3
    assert calculate("weighted_average", [1, 2, 3, 4]) == pytest.approx(3.3, abs=1e-12)


def test_weighted_average_at_weight_1_is_nearly_the_mean_of_earlier_work() -> None:
    # .01*4 + .99*mean(1, 2, 3) = 0.04 + 1.98 = 2.02
    result = calculate("weighted_average", [1, 2, 3, 4], param=1)
    assert result == pytest.approx(2.02, abs=1e-12)


def test_weighted_average_at_weight_99_is_nearly_the_newest_score() -> None:
    # .99*4 + .01*mean(1, 2, 3) = 3.96 + 0.02 = 3.98
    result = calculate("weighted_average", [1, 2, 3, 4], param=99)
    assert result == pytest.approx(3.98, abs=1e-12)


@pytest.mark.parametrize("method", ["decaying_average", "weighted_average"])
@pytest.mark.parametrize("weight", [0, 0.5, 99.5, 100, -65, math.nan])
def test_a_weight_outside_1_to_99_percent_is_refused(method: str, weight: float) -> None:
    with pytest.raises(ValueError, match="between 1% and 99%"):
        calculate(method, [1, 2, 3], param=weight)


def test_a_wrong_weight_is_reported_even_before_any_evidence_exists() -> None:
    with pytest.raises(ValueError):
        calculate("decaying_average", [], param=0)


# --------------------------------------------------------------------------- n_mastery


def test_n_mastery_waits_until_mastery_is_shown_enough_times() -> None:
    assert calculate("n_mastery", [2, 4, 1, 2], mastery_threshold=PROFICIENT) is None


def test_n_mastery_averages_the_scores_at_mastery_once_shown_n_times() -> None:
    result = calculate("n_mastery", [2, 3, 1, 4], mastery_threshold=PROFICIENT)
    assert result == 3.5


def test_n_mastery_counts_a_score_exactly_at_the_threshold() -> None:
    assert calculate("n_mastery", [3, 3], param=2, mastery_threshold=3) == 3.0


def test_n_mastery_with_a_higher_n_needs_more_demonstrations() -> None:
    scores = [3, 4, 2, 4]
    assert calculate("n_mastery", scores, param=4, mastery_threshold=PROFICIENT) is None
    result = calculate("n_mastery", scores, param=3, mastery_threshold=PROFICIENT)
    assert result == pytest.approx(11 / 3)


def test_n_mastery_without_a_threshold_asks_for_one() -> None:
    with pytest.raises(ValueError, match="needs a mastery threshold"):
        calculate("n_mastery", [3, 4])


@pytest.mark.parametrize("n", [0, -1, 1.5, math.nan, True, 21, 1e308])
def test_n_mastery_needs_a_whole_number_of_times_from_1_to_20(n: float) -> None:
    with pytest.raises(ValueError, match="whole number from 1 to 20"):
        calculate("n_mastery", [3, 4], param=n, mastery_threshold=PROFICIENT)


def test_n_mastery_accepts_a_whole_number_given_as_a_float() -> None:
    assert calculate("n_mastery", [3, 4], param=2.0, mastery_threshold=PROFICIENT) == 3.5


# --------------------------------------------------------------------------- power law


def test_power_law_published_check_steady_growth_1_2_3_4_gives_4() -> None:
    assert round(calculate("power_law", [1, 2, 3, 4]), 2) == 4.00


def test_power_law_published_check_steady_decline_4_3_2_1_gives_1_28() -> None:
    assert round(calculate("power_law", [4, 3, 2, 1]), 2) == 1.28


def test_power_law_of_a_steady_level_is_that_level() -> None:
    assert calculate("power_law", [2, 2, 2, 2]) == pytest.approx(2.0)


def test_power_law_agrees_with_a_textbook_regression_for_every_length_of_a_year() -> None:
    # The fit's attempt-side sums are worked out once per number of scores: every cell
    # with that many scores must still get its own trend, whatever came before it.
    import math
    import statistics

    rows = [[1, 2, 2, 3], [4, 3, 2, 1, 1, 2], [2, 2.5, 3, 3, 3.5, 4, 4, 3, 4, 4, 4, 4]]
    rows += [[(k * 7) % 4 + 1 for k in range(n)] for n in range(3, 25)]
    for scores in rows * 2:
        n = len(scores)
        xs = [math.log(k) for k in range(1, n + 1)]
        slope, intercept = statistics.linear_regression(xs, [math.log(s) for s in scores])
        expected = min(max(math.exp(intercept + slope * math.log(n)), 1), 4)
        found = calculate("power_law", scores, scale_min=1, scale_max=4)
        assert found == pytest.approx(expected, rel=1e-9), scores


def test_power_law_with_fewer_than_three_attempts_is_their_mean() -> None:
    assert calculate("power_law", [2, 3]) == 2.5


def test_power_law_leaves_zeros_out_and_recounts_the_attempts() -> None:
    with_zeros = calculate("power_law", [0, 1, 0, 2, 3, 4])
    assert with_zeros == pytest.approx(calculate("power_law", [1, 2, 3, 4]))
    assert round(with_zeros, 2) == 4.00


def test_power_law_with_too_few_scores_above_zero_averages_those_above_zero() -> None:
    assert calculate("power_law", [0, 2, 0, 4]) == 3.0


def test_power_law_of_all_zeros_is_zero() -> None:
    assert calculate("power_law", [0, 0, 0]) == 0.0
    assert calculate("power_law", [0]) == 0.0


def test_power_law_growth_is_clamped_to_the_top_of_the_scale() -> None:
    assert calculate("power_law", [1, 3, 4]) == pytest.approx(4.3859, abs=1e-4)
    assert calculate("power_law", [1, 3, 4], scale_min=0, scale_max=4) == 4.0


def test_power_law_decline_is_clamped_to_the_bottom_of_the_scale() -> None:
    assert calculate("power_law", [4, 3, 2, 1], scale_min=2, scale_max=4) == 2.0


def test_power_law_inside_the_scale_is_not_moved_by_clamping() -> None:
    clamped = calculate("power_law", [4, 3, 2, 1], scale_min=0, scale_max=4)
    assert clamped == pytest.approx(calculate("power_law", [4, 3, 2, 1]))


def test_a_scale_whose_bottom_is_above_its_top_is_refused() -> None:
    with pytest.raises(ValueError, match="scale"):
        calculate("power_law", [1, 2, 3], scale_min=4, scale_max=0)


# --------------------------------------------------------------------------- explain()


def test_explain_says_no_evidence_yet_for_an_empty_record() -> None:
    for method in METHODS:
        assert explain(method, [], None, mastery_threshold=PROFICIENT) == "No evidence yet"


def test_explain_latest_names_the_count_and_the_estimate() -> None:
    assert explain("latest", [1, 2, 2, 3], 3.0) == "Most recent of 4 pieces of evidence: 3"


def test_explain_highest_names_the_count_and_the_estimate() -> None:
    assert explain("highest", [2, 4, 1], 4.0) == "Highest of 3 pieces of evidence: 4"


def test_explain_average_rounds_to_two_decimals() -> None:
    assert explain("average", [1, 2, 3, 4, 3], 2.6) == "Average of 5 pieces of evidence: 2.6"
    assert explain("average", [1, 2, 2], 5 / 3) == "Average of 3 pieces of evidence: 1.67"


def test_explain_uses_the_singular_for_one_piece_of_evidence() -> None:
    assert explain("latest", [3], 3.0) == "Most recent of 1 piece of evidence: 3"


def test_explain_mode_says_most_frequent() -> None:
    sentence = explain("mode", [2, 3, 3, 4], 3.0)
    assert sentence == "Most frequent level (mode) of 4 pieces of evidence: 3"


def test_explain_decaying_average_names_the_newest_weight() -> None:
    sentence = explain("decaying_average", [2, 3, 3, 4], 3.1234)
    assert sentence == "Decaying average (newest weighs 65%) of 4 pieces of evidence: 3.12"


def test_explain_weighted_average_names_both_shares() -> None:
    sentence = explain("weighted_average", [1, 2, 3, 4], 3.98, param=99)
    assert sentence == (
        "Weighted average (newest weighs 99%, earlier evidence 1%) of 4 pieces of evidence: 3.98"
    )


def test_explain_n_mastery_once_shown_enough_times() -> None:
    sentence = explain("n_mastery", [2, 3, 1, 4], 3.5, mastery_threshold=PROFICIENT)
    assert sentence == "Mean of the 2 scores at or above 3 (needs 2): 3.5"


def test_explain_n_mastery_when_not_yet_shown_enough_times() -> None:
    sentence = explain("n_mastery", [2, 4, 1], None, mastery_threshold=PROFICIENT)
    assert sentence == "Shown at or above 3 only 1 of the 2 times needed"


def test_explain_n_mastery_when_never_shown() -> None:
    sentence = explain("n_mastery", [1, 2], None, mastery_threshold=PROFICIENT)
    assert sentence == "Not yet shown at or above 3 (needs 2 times)"


def test_explain_power_law_names_the_attempts() -> None:
    scores = [1, 2, 3, 4, 4]
    sentence = explain("power_law", scores, calculate("power_law", scores))
    assert sentence.startswith("Power-law trend over 5 attempts: ")


def test_explain_power_law_says_which_zeros_were_left_out() -> None:
    sentence = explain("power_law", [0, 1, 0, 2, 3, 4, 4], 3.4)
    assert sentence == (
        "Power-law trend over 5 attempts: 3.4 (2 scores of 0 left out: a power law cannot fit 0)"
    )


def test_explain_power_law_with_too_few_attempts_says_it_averaged() -> None:
    sentence = explain("power_law", [0, 2, 4], 3.0)
    assert sentence.startswith("Power-law trend needs 3 attempts")
    assert "average of 2 attempts: 3" in sentence
    assert "1 score of 0 left out" in sentence


def test_explain_power_law_of_all_zeros() -> None:
    sentence = explain("power_law", [0, 0], 0.0)
    assert sentence == "Power-law trend needs scores above 0, and all 2 pieces of evidence are 0: 0"


EXPLAIN_WORDS = {
    "latest": "Most recent",
    "highest": "Highest",
    "average": "Average",
    "mode": "Most frequent",
    "decaying_average": "Decaying average",
    "weighted_average": "Weighted average",
    "n_mastery": "at or above",
    "power_law": "Power-law trend",
}


@pytest.mark.parametrize("method", METHODS)
def test_every_explanation_names_its_method_and_counts_the_evidence(method: str) -> None:
    scores = [1.0, 3.0, 4.0, 3.0]
    value = estimate(method, scores)
    sentence = explain(method, scores, value, mastery_threshold=PROFICIENT)
    assert EXPLAIN_WORDS[method] in sentence
    # n_mastery counts the scores at mastery; every other method counts all evidence.
    count = "3 scores" if method == "n_mastery" else "4"
    assert count in sentence


# --------------------------------------------------------------------------- describe_method()


@pytest.mark.parametrize("method", METHODS)
def test_every_method_has_one_sentence_for_the_teacher_choosing_it(method: str) -> None:
    sentence = describe_method(method)
    assert sentence[0].isupper()
    assert sentence.endswith(".")
    assert sentence.count(". ") == 0


def test_describe_latest_speaks_of_growth() -> None:
    assert describe_method("latest") == (
        "The newest piece of evidence counts, so growth replaces earlier attempts."
    )


# --------------------------------------------------------------------------- properties

rubric_scores = st.lists(
    st.floats(min_value=0, max_value=100, allow_nan=False, allow_infinity=False),
    min_size=1,
    max_size=30,
)
weights = st.floats(min_value=1, max_value=99, allow_nan=False)


@given(
    method=st.sampled_from(BOUNDED_METHODS),
    scores=rubric_scores,
    weight=weights,
    n=st.integers(min_value=1, max_value=5),
    threshold=st.floats(min_value=0, max_value=100, allow_nan=False),
)
def test_property_an_estimate_never_leaves_the_range_of_the_scores(
    method: str, scores: list[float], weight: float, n: int, threshold: float
) -> None:
    param: float | None = None
    if method in ("decaying_average", "weighted_average"):
        param = weight
    elif method == "n_mastery":
        param = n
    result = calculate(method, scores, param=param, mastery_threshold=threshold)
    if method != "n_mastery":
        assert result is not None
    if result is not None:
        assert min(scores) <= result <= max(scores)


@given(scores=rubric_scores)
def test_property_latest_is_the_last_score(scores: list[float]) -> None:
    assert calculate("latest", scores) == scores[-1]


@given(scores=rubric_scores)
def test_property_highest_is_never_below_the_average(scores: list[float]) -> None:
    assert calculate("highest", scores) >= calculate("average", scores)


@given(scores=rubric_scores)
def test_property_mode_is_one_of_the_scores_given(scores: list[float]) -> None:
    assert calculate("mode", scores) in scores


@given(
    scores=st.lists(st.floats(min_value=0, max_value=4, allow_nan=False), max_size=20),
)
def test_property_power_law_stays_on_the_scale_when_clamped(scores: list[float]) -> None:
    result = calculate("power_law", scores, scale_min=0, scale_max=4)
    if scores:
        assert result is not None and 0 <= result <= 4
    else:
        assert result is None
