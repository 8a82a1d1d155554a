"""The Rasa SDK actions, driven with real trackers and a collecting dispatcher."""

from __future__ import annotations

import asyncio
from typing import Any, Dict, List, Optional

import pytest
import yaml
from rasa_sdk import Tracker
from rasa_sdk.events import ActiveLoop, SlotSet
from rasa_sdk.executor import CollectingDispatcher

from bot.facts import facts_from_message
from actions.actions import (
    ActionClarifyAnswer,
    ActionEmergency,
    ActionExtractAssessmentFacts,
    ActionOutOfScope,
    ActionTriage,
    ValidateAssessmentForm,
)

with open("domain.yml", encoding="utf-8") as domain_file:
    DOMAIN: Dict[str, Any] = yaml.safe_load(domain_file)

SLOT_NAMES = list(DOMAIN["slots"]) + ["requested_slot"]

CALM_ANSWERS = {
    "twitch_location": "calf", "duration_days": 5.0, "worsening": False, "weakness": "no",
    "atrophy": "no", "spreading": False, "sensory_symptoms": False, "neuro_symptoms": [],
    "daily_impact": False, "medication_change": False, "lifestyle_factors": ["caffeine"],
}


def make_tracker(
    slots: Optional[Dict[str, Any]] = None,
    text: str = "",
    intent: str = "inform",
    entities: Optional[List[Dict[str, Any]]] = None,
    requested_slot: Optional[str] = None,
    form_active: bool = True,
) -> Tracker:
    all_slots = {name: None for name in SLOT_NAMES}
    all_slots.update(slots or {})
    all_slots["requested_slot"] = requested_slot
    return Tracker.from_dict(
        {
            "sender_id": "test-user",
            "slots": all_slots,
            "latest_message": {
                "text": text,
                "intent": {"name": intent, "confidence": 0.99},
                "entities": entities or [],
            },
            "events": [],
            "paused": False,
            "followup_action": None,
            "active_loop": {"name": "assessment_form"} if form_active else {},
            "latest_action_name": "action_listen",
        }
    )


def run(action, tracker: Tracker) -> tuple[list, CollectingDispatcher]:
    dispatcher = CollectingDispatcher()
    events = asyncio.run(action.run(dispatcher, tracker, DOMAIN))
    return events, dispatcher


def texts(dispatcher: CollectingDispatcher) -> str:
    return "\n".join(message.get("text") or "" for message in dispatcher.messages)


def test_extraction_fills_slots_from_free_text_entities() -> None:
    tracker = make_tracker(
        text="calf for 3 weeks, nah my strength is fine",
        intent="describe_symptoms",
        entities=[
            {"entity": "body_part", "value": "calf"},
            {"entity": "duration", "value": 21.0},
            {"entity": "finding", "value": "weakness", "role": "negated"},
        ],
        form_active=False,
    )
    events, _ = run(ActionExtractAssessmentFacts(), tracker)
    assert SlotSet("twitch_location", "calf") in events
    assert SlotSet("duration_days", 21.0) in events
    assert SlotSet("weakness", "no") in events


def test_extraction_reads_a_button_answer_for_the_requested_question() -> None:
    events, _ = run(ActionExtractAssessmentFacts(), make_tracker(text="/unsure", intent="unsure", requested_slot="weakness"))
    assert events == [SlotSet("weakness", "unsure")]


def test_extraction_ignores_plain_answers_when_no_question_is_open() -> None:
    events, _ = run(ActionExtractAssessmentFacts(), make_tracker(text="no", intent="deny", form_active=False))
    assert events == []


@pytest.mark.parametrize(
    "slot, value, valid",
    [
        ("duration_days", 21.0, True),
        ("duration_days", -4, False),
        ("weakness", "unsure", True),
        ("weakness", "sometimes", False),
        ("neuro_symptoms", ["tongue"], True),
        ("neuro_symptoms", ["hearing"], False),
        ("twitch_location", "thigh", True),
        ("twitch_location", "elbow of doom", False),
    ],
)
def test_form_validation_accepts_valid_and_re_asks_invalid(slot: str, value: Any, valid: bool) -> None:
    validator = ValidateAssessmentForm()
    dispatcher = CollectingDispatcher()
    tracker = make_tracker(slots={slot: value}, requested_slot=slot)
    result = asyncio.run(getattr(validator, f"validate_{slot}")(value, dispatcher, tracker, DOMAIN))
    if valid:
        assert result[slot] is not None and not dispatcher.messages
    else:
        assert result == {slot: None}
        assert dispatcher.messages, "an invalid answer must be explained before it is asked again"


def test_form_asks_the_next_unknown_question_and_skips_what_was_said() -> None:
    validator = ValidateAssessmentForm()
    tracker = make_tracker(slots={"twitch_location": "calf", "duration_days": 21.0}, requested_slot="twitch_location")
    events = asyncio.run(validator.run(CollectingDispatcher(), tracker, DOMAIN))
    assert SlotSet("requested_slot", "worsening") in events


def test_form_stops_asking_when_an_emergency_appears() -> None:
    validator = ValidateAssessmentForm()
    tracker = make_tracker(slots={"neuro_symptoms": ["speech"], "neuro_onset": "sudden"}, requested_slot="neuro_onset")
    events = asyncio.run(validator.run(CollectingDispatcher(), tracker, DOMAIN))
    assert SlotSet("requested_slot", None) in events


@pytest.mark.parametrize(
    "answers, level, flags, words",
    [
        ({}, "self_care", [], "Caffeine:"),
        ({"duration_days": 14.0}, "routine", ["R1"], "lasted two weeks or more"),
        ({"weakness": "unsure"}, "routine", [], "not sure whether the leg is weaker"),
        ({"atrophy": "yes", "duration_days": 30.0}, "urgent", ["U2", "R1"], "thinner or smaller"),
        ({"neuro_symptoms": ["swallowing"], "neuro_onset": "sudden"}, "emergency", ["E3"], "Call your local emergency number now"),
    ],
)
def test_triage_sets_the_contract_slots_and_explains(answers: dict, level: str, flags: list, words: str) -> None:
    tracker = make_tracker(slots={**CALM_ANSWERS, **answers}, form_active=False)
    events, dispatcher = run(ActionTriage(), tracker)
    assert SlotSet("triage_level", level) in events
    assert SlotSet("red_flags", flags) in events
    reply = texts(dispatcher)
    assert words in reply
    assert "not a diagnosis" in reply


def test_triage_reply_names_the_users_own_factors() -> None:
    tracker = make_tracker(slots={**CALM_ANSWERS, "lifestyle_factors": ["stress", "exercise"]}, form_active=False)
    _, dispatcher = run(ActionTriage(), tracker)
    reply = texts(dispatcher)
    assert "Stress or anxiety:" in reply and "Hard exercise:" in reply
    assert "Caffeine:" not in reply


def test_emergency_speaks_first_and_stops_the_form() -> None:
    tracker = make_tracker(slots={"emergency_signs": ["face_drooping"]}, intent="report_emergency", requested_slot="weakness")
    events, dispatcher = run(ActionEmergency(), tracker)
    assert dispatcher.messages[0]["text"].startswith("Call your local emergency number now")
    assert SlotSet("triage_level", "emergency") in events
    assert SlotSet("red_flags", ["E2"]) in events
    assert ActiveLoop(None) in events


def test_emergency_intent_without_a_known_sign_still_says_call() -> None:
    events, dispatcher = run(ActionEmergency(), make_tracker(intent="report_emergency", form_active=False))
    assert dispatcher.messages[0]["text"].startswith("Call your local emergency number now")
    assert SlotSet("triage_level", "emergency") in events


def test_clarify_explains_what_the_question_needs() -> None:
    _, dispatcher = run(ActionClarifyAnswer(), make_tracker(intent="inform", requested_slot="duration_days"))
    assert "how long" in texts(dispatcher)
    _, dispatcher = run(ActionClarifyAnswer(), make_tracker(intent="affirm", form_active=False))
    assert "describe it in your own words" in texts(dispatcher)


def test_a_question_that_also_answered_gets_its_answer_before_the_next_question() -> None:
    tracker = make_tracker(
        slots={"twitch_location": "calf", "duration_days": 60.0},
        text="is it ALS? it's been 2 months",
        intent="faq",
        requested_slot="duration_days",
    )
    tracker.latest_message["response_selector"] = {
        "faq": {"response": {"intent_response_key": "faq/is_it_als", "confidence": 0.97}}
    }
    dispatcher = CollectingDispatcher()
    events = asyncio.run(ValidateAssessmentForm().run(dispatcher, tracker, DOMAIN))
    assert [m.get("response") for m in dispatcher.messages] == ["utter_faq/is_it_als"]
    assert SlotSet("requested_slot", "worsening") in events


def test_a_plain_answer_brings_no_question_answer() -> None:
    tracker = make_tracker(slots={"twitch_location": "calf"}, text="calf", requested_slot="twitch_location")
    dispatcher = CollectingDispatcher()
    asyncio.run(ValidateAssessmentForm().run(dispatcher, tracker, DOMAIN))
    assert not [m for m in dispatcher.messages if m.get("response")]


@pytest.mark.parametrize(
    "text, confidence, answered",
    [
        ("Is it ALS? My calf has been twitching for 2 months.", 0.99, True),
        ("Is it ALS? My calf has been twitching for 2 months.", 0.5, False),
        ("My calf has been twitching for 2 months.", 0.99, False),
    ],
)
def test_a_description_with_a_question_on_the_side(text: str, confidence: float, answered: bool) -> None:
    tracker = make_tracker(slots={"twitch_location": "calf", "duration_days": 60.0}, text=text,
                           intent="describe_symptoms", requested_slot="twitch_location")
    tracker.latest_message["response_selector"] = {
        "faq": {"response": {"intent_response_key": "faq/is_it_als", "confidence": confidence}}
    }
    dispatcher = CollectingDispatcher()
    asyncio.run(ValidateAssessmentForm().run(dispatcher, tracker, DOMAIN))
    assert ("utter_faq/is_it_als" in [m.get("response") for m in dispatcher.messages]) is answered


def test_out_of_scope_says_what_the_assistant_covers() -> None:
    _, dispatcher = run(ActionOutOfScope(), make_tracker(text="book me a flight", intent="out_of_scope"))
    assert [m["response"] for m in dispatcher.messages] == ["utter_out_of_scope"]


def test_a_message_in_another_language_is_told_to_write_in_english() -> None:
    tracker = make_tracker(
        text="me duele la pierna", intent="out_of_scope",
        entities=[{"entity": "language", "value": "other", "start": 0, "end": 18}],
    )
    _, dispatcher = run(ActionOutOfScope(), tracker)
    assert [m["response"] for m in dispatcher.messages] == ["utter_other_language"]
    reply = DOMAIN["responses"]["utter_other_language"][0]["text"]
    assert "English" in reply and "emergency number" in reply


def test_a_general_question_about_a_sign_gets_the_instruction_and_fills_no_sign() -> None:
    question = "is slurred speech a sign of ALS?"
    sign = {"entity": "emergency_sign", "value": "slurred_speech", "role": "affirmed", "start": 3, "end": 17}
    events, dispatcher = run(ActionEmergency(), make_tracker(text=question, intent="report_emergency", entities=[sign]))
    assert "Call your local emergency number now" in dispatcher.messages[0]["text"]
    assert dispatcher.messages[0]["text"].startswith("If this is happening to you")
    assert "slurred speech" in texts(dispatcher)
    assert facts_from_message([sign], "report_emergency", None, {}, question) == {}


def test_a_report_inside_a_question_still_fills_the_sign() -> None:
    text = "can twitching cause trouble breathing? I can't breathe right now"
    sign = {"entity": "emergency_sign", "value": "breathing_difficulty", "role": "affirmed", "start": 0, "end": 1}
    assert facts_from_message([sign], "report_emergency", None, {}, text)["emergency_signs"] == ["breathing_difficulty"]
