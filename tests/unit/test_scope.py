"""What the assistant does not cover: other languages, places outside the legs."""

from __future__ import annotations

from typing import Callable

import pytest

from bot.nlp.scope import (
    names_only_other_body_sites,
    reads_as_keyboard_mashing,
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


CALF = {"entity": "body_part", "value": "calf"}
TWO_MONTHS = {"entity": "duration", "value": 60.0}


@pytest.mark.parametrize(
    "rule, entities, content",
    [
        # A "not sure" with a place, a time or a symptom; a factor alone is no content.
        (says_more_than_dont_know, [{"entity": "finding", "value": "sensory", "role": "uncertain"}], True),
        (says_more_than_dont_know, [CALF], True),
        (says_more_than_dont_know, [TWO_MONTHS], True),
        (says_more_than_dont_know, [{"entity": "factor", "value": "stress", "role": "affirmed"}], False),
        (says_more_than_dont_know, [], False),
        # A "yes" with a place or a time; the finding it echoes is no content.
        (says_more_than_yes, [CALF], True),
        (says_more_than_yes, [TWO_MONTHS], True),
        (says_more_than_yes, [{"entity": "finding", "value": "weakness", "role": "affirmed"}], False),
        (says_more_than_yes, [], False),
    ],
)
def test_a_hedged_or_bare_answer_with_content(rule: Callable[[list], bool], entities: list, content: bool) -> None:
    assert rule(entities) is content


def test_a_no_with_only_denials_has_no_content() -> None:
    assert not says_more_than_no([{"entity": "finding", "value": "weakness", "role": "negated"}])
    assert says_more_than_no([{"entity": "finding", "value": "sensory", "role": "affirmed"}])
    # "nah, my strength is fine" says how things are, in the person's own words.
    assert says_more_than_no([{"entity": "finding", "value": "weakness", "role": "negated", "stated": "normal"}])


@pytest.mark.parametrize(
    "text",
    ["asdkjh qwpoe zzx", "jjjjjjj", "qwerty uiop", "xyz", "aaaa bbbb cccc", "sdfsdf", "zxcvbnm", "lkjlkj dfgdfg"],
)
def test_keyboard_mashing_is_recognised(text: str) -> None:
    assert reads_as_keyboard_mashing(text)


@pytest.mark.parametrize(
    "text",
    ["the cat sat on the mat", "yes", "hmmm", "nooo", "yesss", "thx", "mnd?", "idk", "rls", "bfs", "gp", "faq",
     "my calf", "strength", "fasciculations", "why", "y", "n", "lol", "3 wks", "xx", "tldr", "", "😭😭", "mhm", "nop",
     "tnx", "bbl", "def", "poi", "ppl"],
)
def test_short_words_abbreviations_and_sounds_are_no_mashing(text: str) -> None:
    assert not reads_as_keyboard_mashing(text)


@pytest.mark.parametrize(
    "text, general",
    [
        ("is slurred speech a sign of ALS?", True),
        ("what does it mean if weakness comes on suddenly?", True),
        ("if my leg suddenly went weak would that be a stroke?", True),
        ("can twitching cause trouble breathing?", True),
        ("does chest pain have anything to do with leg twitching?", True),
        ("What should I do if my leg suddenly goes weak?", True),
        ("What's the difference between a twitch and a seizure?", True),
        ("Do people with twitching ever get chest pain from low potassium?", True),
        # Said of the person, now: a report, whatever the question around it.
        ("can twitching cause trouble breathing? I can't breathe right now", False),
        ("what does it mean if my face is drooping right now?", False),
        ("is it normal that I can't swallow?", False),
        ("why is my face drooping?", False),
        ("my face is drooping", False),
    ],
)
def test_a_question_about_a_sign_in_general_is_told_from_a_report(text: str, general: bool) -> None:
    from bot.nlp.scope import asks_about_signs_in_general

    assert asks_about_signs_in_general(text) is general


def test_every_restart_and_delete_example_of_the_training_data_says_so_in_words() -> None:
    import re as regex
    from pathlib import Path

    import yaml

    from bot.nlp.scope import wipes_without_saying_so

    checked = 0
    for path in Path("data/nlu").glob("*.yml"):
        for item in yaml.safe_load(path.read_text(encoding="utf-8")).get("nlu", []):
            if item.get("intent") in ("restart", "delete_data"):
                for line in item["examples"].splitlines():
                    text = regex.sub(r"\[([^\]]*)\]\{[^}]*\}", r"\1", line.strip()[2:])
                    if text:
                        checked += 1
                        assert not wipes_without_saying_so(item["intent"], text), text
    assert checked > 100


@pytest.mark.parametrize("text", ["the cat sat on the mat", "qwerty uiop", "my leg is fine"])
def test_a_restart_or_deletion_not_asked_for_in_words_is_refused(text: str) -> None:
    from bot.nlp.scope import wipes_without_saying_so

    assert wipes_without_saying_so("restart", text)
    assert wipes_without_saying_so("delete_data", text)
