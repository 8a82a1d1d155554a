"""Whole conversations over the REST channel against the real servers.

Each test plays a person: it answers whatever the assistant asks, in free
text or by pressing a button, and checks what the person would notice (the
questions asked, the words of the reply) and what other tools would read
(the contract slots, through the tracker API).
"""

from __future__ import annotations

import uuid

import pytest

from tests.assistant import CALM_ANSWERS, Chat, text_of
from tests.e2e.conftest import TOKEN, TURN_LATENCIES, Servers

EMERGENCY_WORDS = "Call your local emergency number now"
DISCLAIMER_WORDS = "not a diagnosis"


class Conversation(Chat):
    def __init__(self, servers: Servers) -> None:
        super().__init__(servers.rasa_url, TOKEN, sender=f"e2e-{uuid.uuid4().hex[:10]}",
                         on_latency=TURN_LATENCIES.append)




def test_self_care_with_button_presses(servers: Servers) -> None:
    chat = Conversation(servers)
    buttons = {**CALM_ANSWERS, **{slot: "/deny" for slot in ("worsening", "weakness", "atrophy", "spreading")}}
    buttons["duration_days"] = '/inform{"duration_days": 3}'
    transcript = chat.run_assessment("my leg keeps twitching", buttons)
    slots = chat.slots()
    assert slots["triage_level"] == "self_care"
    assert slots["red_flags"] == []
    assert slots["duration_days"] == 3
    assert slots["lifestyle_factors"] == ["caffeine"]
    assert "harmless" in transcript and "Caffeine:" in transcript
    assert "lasts more than 2 weeks" in transcript and DISCLAIMER_WORDS in transcript


def test_everything_in_the_first_message_is_not_asked_again(servers: Servers) -> None:
    chat = Conversation(servers)
    transcript = chat.run_assessment(
        "my left calf keeps twitching since about three weeks, I'm exhausted and living on coffee", CALM_ANSWERS
    )
    assert "twitch_location" not in chat.asked and "duration_days" not in chat.asked
    assert "lifestyle_factors" not in chat.asked
    slots = chat.slots()
    assert slots["twitch_location"] == "calf" and slots["duration_days"] == 21
    assert set(slots["lifestyle_factors"]) == {"fatigue", "caffeine"}
    assert slots["triage_level"] == "routine" and slots["red_flags"] == ["R1"]
    assert "book an appointment" in transcript and "What to tell the doctor" in transcript
    assert "Tiredness:" in transcript and "Caffeine:" in transcript


def test_free_text_answers_only(servers: Servers) -> None:
    chat = Conversation(servers)
    answers = {
        **CALM_ANSWERS,
        "duration_days": "10 days or so",
        "weakness": "nah my strength is fine",
        "atrophy": "no, both calves look the same",
        "lifestyle_factors": "stress and bad sleep",
    }
    transcript = chat.run_assessment("I've got this twitching in my thigh", answers)
    slots = chat.slots()
    assert slots["twitch_location"] == "thigh"
    assert slots["duration_days"] == 10
    assert slots["weakness"] == "no" and slots["atrophy"] == "no"
    assert set(slots["lifestyle_factors"]) == {"stress", "poor_sleep"}
    assert slots["triage_level"] == "self_care"
    assert "Stress or anxiety:" in transcript and "Poor sleep:" in transcript


def test_urgent_when_the_leg_is_weaker(servers: Servers) -> None:
    chat = Conversation(servers)
    answers = {**CALM_ANSWERS, "weakness": "yes, I've been tripping on the stairs"}
    transcript = chat.run_assessment("my right calf has been twitching for a week", answers)
    slots = chat.slots()
    assert slots["weakness"] == "yes"
    assert slots["triage_level"] == "urgent" and slots["red_flags"] == ["U1"]
    assert "within the next few days" in transcript and "weakness in the leg" in transcript


def test_unsure_about_wasting_is_routine_with_the_reason(servers: Servers) -> None:
    chat = Conversation(servers)
    answers = {**CALM_ANSWERS, "atrophy": "not sure"}
    transcript = chat.run_assessment("twitching in my foot for 4 days", answers)
    slots = chat.slots()
    assert slots["atrophy"] == "unsure"
    assert slots["triage_level"] == "routine"
    assert "not sure whether the muscle looks thinner" in transcript


def test_sudden_neurological_change_is_an_emergency(servers: Servers) -> None:
    chat = Conversation(servers)
    answers = {**CALM_ANSWERS, "neuro_symptoms": "my speech", "neuro_onset": "it came on suddenly"}
    transcript = chat.run_assessment("my calf twitches, started 3 days ago", answers)
    slots = chat.slots()
    assert slots["triage_level"] == "emergency" and slots["red_flags"] == ["E2"]
    assert "daily_impact" not in chat.asked, "no more questions once it is an emergency"
    final = transcript.split("\n")
    assert any(line.startswith(EMERGENCY_WORDS) for line in final)


def test_emergency_in_the_middle_of_a_question(servers: Servers) -> None:
    chat = Conversation(servers)
    chat.say("my calf has been twitching for two weeks")
    assert chat.requested() is not None
    reply = chat.say("wait, my face is drooping on one side")
    assert reply and reply[0]["text"].startswith(EMERGENCY_WORDS)
    slots = chat.slots()
    assert slots["triage_level"] == "emergency"
    assert "E2" in slots["red_flags"]
    assert chat.requested() is None


def test_emergency_as_the_first_message(servers: Servers) -> None:
    chat = Conversation(servers)
    reply = chat.say("I can't swallow and my legs are twitching")
    assert reply[0]["text"].startswith(EMERGENCY_WORDS)
    assert chat.slots()["red_flags"] == ["E3"]


def test_a_question_mid_assessment_is_answered_and_the_assessment_resumes(servers: Servers) -> None:
    chat = Conversation(servers)
    chat.say("my thigh keeps twitching for 5 days")
    asked_before = chat.requested()
    reply = text_of(chat.say("is this ALS?"))
    assert "motor neurone disease" in reply and DISCLAIMER_WORDS in reply
    assert chat.requested() == asked_before, "the same question is asked again after the answer"
    transcript = chat.answer_remaining(CALM_ANSWERS)
    assert chat.slots()["triage_level"] == "self_care", transcript
    assert "harmless" in transcript


def test_a_question_that_also_answers_is_answered_and_fills_the_slot(servers: Servers) -> None:
    chat = Conversation(servers)
    chat.say("my calf keeps twitching")
    assert chat.requested() == "duration_days"
    reply = text_of(chat.say("is it ALS? it's been 2 months"))
    assert "motor neurone disease" in reply, reply
    assert chat.slots()["duration_days"] == 60
    assert chat.requested() not in (None, "duration_days"), "the assessment moves on to the next question"


def test_a_first_message_that_asks_and_tells(servers: Servers) -> None:
    chat = Conversation(servers)
    reply = text_of(chat.say("Is it ALS? My calf has been twitching for 2 months and my leg feels weak."))
    assert "motor neurone disease" in reply, reply
    slots = chat.slots()
    assert (slots["twitch_location"], slots["duration_days"], slots["weakness"]) == ("calf", 60, "yes")


def test_start_over_clears_the_assessment(servers: Servers) -> None:
    chat = Conversation(servers)
    chat.say("my calf twitches since 3 weeks")
    assert chat.slots()["duration_days"] == 21
    reply = text_of(chat.say("start over"))
    assert "start over" in reply.lower()
    assert chat.slots()["duration_days"] is None


def test_chest_pain_gets_the_emergency_instruction(servers: Servers) -> None:
    reply = Conversation(servers).say("I have chest pain")
    assert reply[0]["text"].startswith(EMERGENCY_WORDS)


def test_a_general_question_about_a_sign_is_answered_for_both_cases(servers: Servers) -> None:
    chat = Conversation(servers)
    reply = chat.say("is slurred speech a sign of ALS?")
    assert reply[0]["text"].startswith("If this is happening to you or someone with you now: " + EMERGENCY_WORDS)
    assert "asking in general" in text_of(reply)
    # The question is not the person's own sign: nothing about them is recorded as an emergency sign.
    assert not chat.slots().get("emergency_signs")


@pytest.mark.parametrize("message", ["", "😀😀😀", "<b>hello</b>", "asdkjh qwe zzzz", "x" * 5000])
def test_odd_input_gets_a_kind_reply(servers: Servers, message: str) -> None:
    reply = Conversation(servers).say(message)
    assert reply, "every message gets an answer"
    assert all(isinstance(item.get("text", ""), str) for item in reply)


def test_chitchat_and_out_of_scope_keep_the_assessment(servers: Servers) -> None:
    chat = Conversation(servers)
    chat.say("my calf twitches, it started 3 days ago")
    asked = chat.requested()
    assert asked is not None
    assert "outside what I can help with" in text_of(chat.say("can you book me a flight to Rome"))
    assert chat.requested() == asked
    assert "automated assistant" in text_of(chat.say("am I talking to a bot?"))
    assert chat.requested() == asked
    assert chat.slots()["duration_days"] == 3


def test_a_message_in_another_language_gets_a_kind_reply_in_english(servers: Servers) -> None:
    chat = Conversation(servers)
    reply = text_of(chat.say("Mi pierna tiembla desde hace una semana, ¿es grave?"))
    assert "only read English" in reply
    assert "emergency number" in reply
    assert chat.requested() is None, "nothing was understood, so nothing is asked yet"
    chat.say("my calf has twitched for 3 days")
    assert chat.slots()["duration_days"] == 3


def test_twitching_outside_the_legs_is_out_of_scope(servers: Servers) -> None:
    chat = Conversation(servers)
    assert "outside what I can help with" in text_of(chat.say("my eyelid keeps twitching"))
