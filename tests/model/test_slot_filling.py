"""Slot filling through the trained model: free text in, contract slot values out.

These load ``models/twitch.tar.gz`` (``make test`` trains it first) and run the
whole NLU pipeline, DIET's intent included, before the slot mapping.
"""

from __future__ import annotations

import asyncio
from pathlib import Path
from typing import Any, Dict, Optional

import pytest

from bot.facts import facts_from_message

MODEL = Path("models/twitch.tar.gz")


@pytest.fixture(scope="module")
def parse():
    if not MODEL.exists():
        pytest.fail(f"{MODEL} is missing: run `make model` (make test does it for you)")
    from rasa.core.agent import Agent

    agent = Agent.load(str(MODEL))
    loop = asyncio.new_event_loop()
    yield lambda text: loop.run_until_complete(agent.parse_message(text))
    loop.close()


def slots_of(parse, text: str, asked: Optional[str] = None, known: Optional[Dict[str, Any]] = None) -> Dict[str, Any]:
    result = parse(text)
    return facts_from_message(
        entities=result["entities"],
        intent=result["intent"]["name"],
        requested_slot=asked,
        slots=known or {},
        text=text,
    )


def test_a_long_first_message_fills_every_slot_it_answers(parse) -> None:
    text = (
        "ok so for like 3 wks my right calf does this fluttery thing, worse at night, no weakness "
        "that I can tell but I'm super stressed and probably drink too much coffee"
    )
    assert slots_of(parse, text) == {
        "twitch_location": "calf",
        "duration_days": 21.0,
        "weakness": "no",
        "lifestyle_factors": ["stress", "caffeine"],
    }


@pytest.mark.parametrize(
    "text, slot, value",
    [
        ("haven't noticed any wasting", "atrophy", "no"),
        ("maybe a bit weak on the left", "weakness", "unsure"),
        ("i dont think its spreading", "spreading", False),
        ("not really stressed, sleeping fine", "lifestyle_factors", None),
        ("my strength is completely normal", "weakness", "no"),
    ],
)
def test_negation_and_hedges_reach_the_slots(parse, text: str, slot: str, value: Any) -> None:
    assert slots_of(parse, text).get(slot) == value


@pytest.mark.parametrize(
    "text, days",
    [("a fortnight", 14.0), ("about three weeks", 21.0), ("half a year", 182.5), ("on and off for years", 730.0)],
)
def test_a_duration_answer_fills_the_days(parse, text: str, days: float) -> None:
    assert slots_of(parse, text, asked="duration_days")["duration_days"] == pytest.approx(days)


def test_plain_answers_fill_the_question_asked(parse) -> None:
    assert slots_of(parse, "nope", asked="spreading") == {"spreading": False}
    assert slots_of(parse, "yes", asked="weakness") == {"weakness": "yes"}
    assert slots_of(parse, "not sure tbh", asked="atrophy") == {"atrophy": "unsure"}


def test_a_question_mixed_with_a_report(parse) -> None:
    text = "is it ALS? my calf has been twitching for 2 months"
    result = parse(text)
    # Read as a question or as a description with a question on the side, the
    # answer is chosen (the form answers it, see ValidateAssessmentForm) and the
    # facts are kept.
    chosen = result["response_selector"]["faq"]["response"]
    assert chosen["intent_response_key"] == "faq/is_it_als" and chosen["confidence"] >= 0.9
    assert result["intent"]["name"] in {"faq", "describe_symptoms"}
    assert slots_of(parse, text) == {"twitch_location": "calf", "duration_days": 60.0}


def test_british_and_american_spelling_read_alike(parse) -> None:
    assert slots_of(parse, "my left leg is paralysed")["emergency_signs"] == ["paralysis"]
    assert slots_of(parse, "my left leg is paralyzed")["emergency_signs"] == ["paralysis"]


def test_a_typo_ridden_message_without_punctuation(parse) -> None:
    slots = slots_of(parse, "my calv has been twiching for 2 weks no weeknes but im knackered")
    assert slots["duration_days"] == 14.0
    assert slots["weakness"] == "no"
    assert "fatigue" in slots["lifestyle_factors"]


@pytest.mark.parametrize("text", ["asdkjh qwpoe zzx", "jjjjjjj", "qwerty uiop", "xyz", "the cat sat on the mat"])
def test_keyboard_mashing_answers_no_question(parse, text: str) -> None:
    # DIET alone read these as a confident "don't know", "yes" or "start over";
    # as an answer in the assessment that would set a slot, or wipe the conversation.
    assert parse(text)["intent"]["name"] in ("nlu_fallback", "out_of_scope")
    assert slots_of(parse, text, asked="weakness") == {}
