"""What the assistant does not cover: other languages, places outside the legs."""

from __future__ import annotations

import pytest

from bot.nlp.scope import (
    names_only_other_body_sites,
    says_more_than_dont_know,
    says_more_than_yes,
    says_more_than_no,
    written_in_another_language,
)


@pytest.mark.parametrize(
    "text",
    [
        "Mi pierna tiembla desde hace una semana, ¿es grave?",
        "mon mollet tremble depuis une semaine, est-ce que c'est grave",
        "mein Bein zuckt seit zwei Wochen und ich habe Angst",
        "a minha perna está tremendo há uma semana",
        "моя нога дергается уже неделю",
        "腿一直在抽筋",
        "ساقي ترتعش منذ أسبوع",
    ],
)
def test_messages_in_other_languages(text: str) -> None:
    assert written_in_another_language(text)


@pytest.mark.parametrize(
    "text",
    [
        "y is my leg twitching",
        "my calf twitches, the doc says it's benign, c'est la vie",
        "hey I'm José and my thigh has been twitching for a week",
        "hola",
        "twitching 😩😩 since monday",
        "",
        "ok",
    ],
)
def test_english_with_a_foreign_word_or_an_emoji_is_still_english(text: str) -> None:
    assert not written_in_another_language(text)


@pytest.mark.parametrize(
    "text, entities, outside",
    [
        ("my eyelid keeps twitching", [], True),
        ("my back twitches at night", [], True),
        ("the twitching came back", [], False),
        ("on the other hand it's calmer", [], False),
        ("twitching in my calf and my neck", [{"entity": "body_part", "value": "calf"}], False),
        ("my arm twitches and feels weak", [{"entity": "finding", "value": "weakness", "role": "affirmed"}], False),
        ("my arm twitches, no weakness", [{"entity": "finding", "value": "weakness", "role": "negated"}], True),
        ("my tongue twitches", [{"entity": "finding", "value": "tongue", "role": "affirmed"}], False),
    ],
)
def test_twitching_only_outside_the_legs(text: str, entities: list, outside: bool) -> None:
    assert names_only_other_body_sites(text, entities) is outside


@pytest.mark.parametrize(
    "entities, content",
    [
        ([{"entity": "finding", "value": "sensory", "role": "uncertain"}], True),
        ([{"entity": "body_part", "value": "calf"}], True),
        ([{"entity": "duration", "value": 60.0}], True),
        ([{"entity": "factor", "value": "stress", "role": "affirmed"}], False),
        ([], False),
    ],
)
def test_a_dont_know_with_a_place_a_time_or_a_symptom_has_content(entities: list, content: bool) -> None:
    assert says_more_than_dont_know(entities) is content


def test_a_no_with_only_denials_has_no_content() -> None:
    assert not says_more_than_no([{"entity": "finding", "value": "weakness", "role": "negated"}])
    assert says_more_than_no([{"entity": "finding", "value": "sensory", "role": "affirmed"}])


@pytest.mark.parametrize(
    "entities, content",
    [
        ([{"entity": "body_part", "value": "calf"}], True),
        ([{"entity": "duration", "value": 14.0}], True),
        ([{"entity": "finding", "value": "weakness", "role": "affirmed"}], False),
        ([], False),
    ],
)
def test_a_yes_with_a_place_or_a_time_has_content(entities: list, content: bool) -> None:
    assert says_more_than_yes(entities) is content
