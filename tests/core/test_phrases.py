"""Sentences built in core/ read as English and remember how to be said in another language."""

from __future__ import annotations

import json
import pickle

import pytest

from cbe_desktop.core import mastery, phrases
from cbe_desktop.core.errors import InvalidInputError
from cbe_desktop.core.phrases import QT_TRANSLATE_NOOP, Phrase
from cbe_desktop.core.scales import DEFAULT_LEVELS, program_word

HELLO = QT_TRANSLATE_NOOP("Tests", "{count} pieces of work for {name}")


def test_a_phrase_is_its_english_text_everywhere_a_string_goes() -> None:
    phrase = HELLO(count=3, name="Ana")
    assert phrase == "3 pieces of work for Ana"
    assert isinstance(phrase, str)
    assert hash(phrase) == hash("3 pieces of work for Ana")
    assert f"{phrase}!" == "3 pieces of work for Ana!"
    assert json.dumps({"reason": phrase}) == '{"reason": "3 pieces of work for Ana"}'


def test_a_phrase_remembers_its_template_and_arguments() -> None:
    phrase = HELLO(count=3, name="Ana")
    assert (phrase.context, phrase.source) == ("Tests", "{count} pieces of work for {name}")
    assert phrase.args == {"count": 3, "name": "Ana"}


def test_a_phrase_survives_being_copied_between_processes() -> None:
    phrase = HELLO(count=3, name=program_word("Proficient"))
    copy = pickle.loads(pickle.dumps(phrase))
    assert copy == phrase
    assert copy.source == phrase.source
    assert isinstance(copy.args["name"], Phrase)


def test_joined_phrases_stay_translatable_and_plain_text_stays_plain() -> None:
    joined = phrases.join("; ", [HELLO(count=1, name="Ana"), "typed by a teacher"])
    assert joined == "1 pieces of work for Ana; typed by a teacher"
    assert isinstance(joined, Phrase)
    assert joined.context == ""  # only the glue, which is not translated
    assert not isinstance(phrases.join(", ", ["a", "b"]), Phrase)
    assert phrases.join(", ", []) == ""


def test_glue_with_braces_is_kept_as_written() -> None:
    joined = phrases.join(" {x} ", [HELLO(count=2, name="B"), "c"])
    assert joined == "2 pieces of work for B {x} c"


def test_an_error_carries_its_phrase_for_the_window() -> None:
    error = InvalidInputError(HELLO(count=2, name="Luis"))
    assert str(error) == "2 pieces of work for Luis"
    assert isinstance(phrases.message(error), Phrase)
    assert not isinstance(phrases.message(ValueError("plain")), Phrase)


def test_only_the_programs_own_scale_words_become_phrases() -> None:
    for _, label, description, _, _ in DEFAULT_LEVELS:
        assert isinstance(program_word(label), Phrase)
        assert isinstance(program_word(description), Phrase)
    assert not isinstance(program_word("Meets the standard"), Phrase)  # a teacher's word
    assert program_word("Meets the standard") == "Meets the standard"


def test_the_demo_habits_scale_words_are_the_programs_own_words() -> None:
    from cbe_desktop.core.demo import HABIT_LEVELS

    for _, label, description, _, _ in HABIT_LEVELS:
        assert isinstance(program_word(label), Phrase)
        assert isinstance(program_word(description), Phrase)


def test_an_estimate_explained_keeps_its_count_and_level_as_phrases() -> None:
    text = mastery.explain("average", [2, 3], 2.5)
    assert text == "Average of 2 pieces of evidence: 2.5"
    assert isinstance(text, Phrase)
    assert isinstance(text.args["count"], Phrase)


@pytest.mark.parametrize("method", mastery.METHODS)
def test_every_method_description_is_a_phrase(method: str) -> None:
    assert isinstance(mastery.describe_method(method), Phrase)
