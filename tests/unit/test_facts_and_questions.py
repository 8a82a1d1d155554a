"""From NLU output to slot values, and which question comes next."""

from __future__ import annotations

from typing import Any, Dict, Optional

import pytest

from bot.assessment import QUESTION_ORDER, remaining_questions, required_slots
from bot.facts import facts_from_message, normalise


def entity(name: str, value, role: str | None = None) -> dict:
    found = {"entity": name, "value": value}
    if role:
        found["role"] = role
    return found


def test_one_message_fills_every_slot_it_answers() -> None:
    entities = [
        entity("body_part", "calf"),
        entity("duration", 21.0),
        entity("finding", "weakness", "negated"),
        entity("factor", "stress", "affirmed"),
        entity("factor", "caffeine", "affirmed"),
    ]
    values = facts_from_message(entities, "describe_symptoms", None, {})
    assert values == {
        "twitch_location": "calf",
        "duration_days": 21.0,
        "weakness": "no",
        "lifestyle_factors": ["stress", "caffeine"],
    }


def test_plain_answers_fill_the_requested_slot() -> None:
    assert facts_from_message([], "deny", "weakness", {}) == {"weakness": "no"}
    assert facts_from_message([], "unsure", "atrophy", {}) == {"atrophy": "unsure"}
    assert facts_from_message([], "affirm", "spreading", {}) == {"spreading": True}
    assert facts_from_message([], "deny", "neuro_symptoms", {}) == {"neuro_symptoms": []}
    assert facts_from_message([], "deny", "lifestyle_factors", {}) == {"lifestyle_factors": []}


def test_an_answer_with_content_that_opens_with_no_or_yes_still_answers_the_question() -> None:
    calf = [entity("body_part", "calf")]
    assert facts_from_message(calf, "inform", "spreading", {}, text="no, only in the calf") == {
        "spreading": False, "twitch_location": "calf"
    }
    assert facts_from_message(
        [entity("factor", "poor_sleep", "negated")], "inform", "weakness", {}, text="nope, and I sleep fine"
    ) == {"weakness": "no"}
    assert facts_from_message(calf, "inform", "weakness", {}, text="yes, in my calf") == {
        "weakness": "yes", "twitch_location": "calf"
    }
    # What the message says of the asked finding wins over its first word.
    worse = [entity("finding", "worsening", "affirmed")]
    assert facts_from_message(worse, "inform", "worsening", {}, text="no, it's getting worse")["worsening"] is True
    # "no idea" is no "no"; an answer without a leading no or yes fills only what it names.
    assert facts_from_message([], "inform", "weakness", {}, text="no idea, my calf is just twitchy") == {}
    assert facts_from_message(calf, "inform", "weakness", {}, text="only when it twitches in my calf") == {
        "twitch_location": "calf"
    }


def test_a_yes_to_which_symptoms_is_not_an_answer() -> None:
    assert facts_from_message([], "affirm", "neuro_symptoms", {}) == {}
    assert facts_from_message([], "affirm", "duration_days", {}) == {}


def test_a_mention_beats_the_plain_answer() -> None:
    entities = [entity("finding", "weakness", "negated"), entity("finding", "atrophy", "affirmed")]
    values = facts_from_message(entities, "deny", "weakness", {})
    assert values == {"weakness": "no", "atrophy": "yes"}


def test_uncertain_yes_no_findings_count_as_present() -> None:
    values = facts_from_message([entity("finding", "spreading", "uncertain")], "inform", None, {})
    assert values == {"spreading": True}


def test_button_payloads_carry_slot_values() -> None:
    assert facts_from_message([entity("duration_days", 10)], "inform", "duration_days", {}) == {"duration_days": 10.0}
    assert facts_from_message([entity("neuro_symptoms", "speech")], "inform", "neuro_symptoms", {}) == {
        "neuro_symptoms": ["speech"]
    }


def test_onset_is_only_taken_for_a_neurological_change() -> None:
    sudden = [entity("onset", "sudden", "affirmed")]
    assert facts_from_message(sudden, "inform", "atrophy", {}) == {}
    assert facts_from_message(sudden, "inform", "spreading", {}) == {}
    assert facts_from_message(sudden, "inform", "neuro_onset", {"neuro_symptoms": ["speech"]}) == {
        "neuro_onset": "sudden"
    }


def test_factors_in_a_question_are_not_reported_factors() -> None:
    assert facts_from_message([entity("factor", "caffeine", "affirmed")], "faq/caffeine", None, {}) == {}


def test_denied_neuro_changes_answer_none() -> None:
    entities = [entity("finding", "swallowing", "negated"), entity("finding", "speech", "negated")]
    assert facts_from_message(entities, "inform", "neuro_symptoms", {}) == {"neuro_symptoms": []}


def test_emergency_signs_accumulate() -> None:
    values = facts_from_message([entity("emergency_sign", "face_drooping", "affirmed")], "report_emergency", None, {"emergency_signs": ["chest_pain"]})
    assert values == {"emergency_signs": ["chest_pain", "face_drooping"]}


def test_invalid_values_are_rejected() -> None:
    assert normalise("duration_days", -3) is None
    assert normalise("duration_days", "soon") is None
    assert normalise("weakness", "very") is None
    assert normalise("neuro_symptoms", ["speech", "hearing"]) is None
    assert normalise("twitch_location", "spaceship") is None
    assert normalise("neuro_onset", "sudden") == "sudden"


def test_questions_follow_the_order_and_skip_answered_ones() -> None:
    assert remaining_questions({}) == [slot for slot in QUESTION_ORDER if slot != "neuro_onset"]
    answered = {"twitch_location": "calf", "duration_days": 3.0}
    assert remaining_questions(answered)[0] == "worsening"


def test_a_neuro_change_brings_its_onset_question_first() -> None:
    assert remaining_questions({"neuro_symptoms": ["speech"]})[0] == "neuro_onset"


def test_nothing_is_left_to_ask_in_an_emergency() -> None:
    assert remaining_questions({"emergency_signs": ["face_drooping"]}) == []
    assert remaining_questions({"neuro_symptoms": ["speech"], "neuro_onset": "sudden"}) == []


def test_required_slots_keep_answered_ones_so_they_are_validated() -> None:
    slots = {"twitch_location": "calf"}
    assert required_slots(slots)[-1] == "twitch_location"
    assert required_slots(slots)[0] == "duration_days"


def test_factors_answering_the_lifestyle_question_count_whatever_the_intent() -> None:
    values = facts_from_message([entity("factor", "caffeine", "affirmed")], "faq/caffeine", "lifestyle_factors", {})
    assert values == {"lifestyle_factors": ["caffeine"]}


def test_a_question_or_chitchat_reports_no_finding() -> None:
    weakness = [entity("finding", "weakness", "affirmed")]
    assert facts_from_message(weakness, "faq/is_it_als", None, {}) == {}
    assert facts_from_message([entity("finding", "speech", "affirmed")], "bot_challenge", "worsening", {}) == {}
    # ...but where and how long in a question still count, and so do emergencies.
    assert facts_from_message([entity("duration", 60.0)], "faq/is_it_als", None, {}) == {"duration_days": 60.0}
    sign = [entity("emergency_sign", "chest_pain", "affirmed")]
    assert facts_from_message(sign, "out_of_scope", None, {}) == {"emergency_signs": ["chest_pain"]}


def spanned(name: str, value, text: str, surface: str, role: str | None = None) -> dict:
    found = entity(name, value, role)
    found["start"] = text.index(surface)
    found["end"] = found["start"] + len(surface)
    return found


def test_a_question_with_a_report_fills_what_is_stated() -> None:
    text = "is it ALS? my calf has twitched for 2 months and my leg feels weak"
    entities = [
        spanned("body_part", "calf", text, "calf"),
        spanned("duration", 60.0, text, "2 months"),
        spanned("body_part", "leg", text, "leg"),
        spanned("finding", "weakness", text, "weak", "affirmed"),
    ]
    values = facts_from_message(entities, "faq", None, {}, text=text)
    assert values == {"twitch_location": "calf", "duration_days": 60.0, "weakness": "yes"}


def test_what_a_question_only_asks_about_is_not_reported() -> None:
    text = "Can stress cause weakness in my calf?"
    entities = [
        spanned("factor", "stress", text, "stress", "affirmed"),
        spanned("finding", "weakness", text, "weakness", "affirmed"),
        spanned("body_part", "calf", text, "calf"),
    ]
    assert facts_from_message(entities, "faq", None, {}, text=text) == {"twitch_location": "calf"}


def test_a_greeting_that_reports_fills_the_slots() -> None:
    text = "hi there, my thigh has twitched for a week and I'm stressed"
    entities = [
        spanned("body_part", "thigh", text, "thigh"),
        spanned("duration", 7.0, text, "a week"),
        spanned("factor", "stress", text, "stressed", "affirmed"),
    ]
    assert facts_from_message(entities, "greet", None, {}, text=text) == {
        "twitch_location": "thigh", "duration_days": 7.0, "lifestyle_factors": ["stress"],
    }


def test_a_duration_that_is_not_a_number_is_ignored() -> None:
    assert facts_from_message([entity("duration", "three weeks")], "inform", "duration_days", {}) == {}


def test_a_softly_hedged_weakness_is_taken_as_reported() -> None:
    # "I think my leg is weaker": uncertain as language, but the person reports it,
    # and "unsure" would lower the level from urgent to routine.
    softly = dict(entity("finding", "weakness", "uncertain"), hedge="soft")
    assert facts_from_message([softly], "inform", "weakness", {}) == {"weakness": "yes"}
    plainly_unsure = entity("finding", "atrophy", "uncertain")
    assert facts_from_message([plainly_unsure], "inform", "atrophy", {}) == {"atrophy": "unsure"}


def test_slurring_that_came_on_slowly_fills_the_speech_change_and_its_onset() -> None:
    from bot.triage import Level, assess, findings_from_slots

    entities = [entity("finding", "speech", "affirmed"), entity("onset", "gradual", "affirmed")]
    values = facts_from_message(entities, "describe_symptoms", None, {})
    assert values["neuro_symptoms"] == ["speech"]
    assert values["neuro_onset"] == "gradual"
    assert "emergency_signs" not in values
    assert assess(findings_from_slots(values)).level == Level.URGENT


def answer(nlp: Any, text: str, asked: str, slots: Optional[Dict[str, Any]] = None, intent: str = "inform") -> Dict[str, Any]:
    """The slot values of one answer, through the real extractor."""
    from bot.nlp.extract import extract_mentions
    from bot.nlu.components import mention_to_entity

    entities = [mention_to_entity(m, "test") for m in extract_mentions(nlp(text.lower()))]
    return facts_from_message(entities, intent, asked, slots or {}, text)


@pytest.mark.parametrize(
    "text",
    [
        "yes, it came on really suddenly this afternoon",
        "suddenly, like an hour ago",
        "yes, since this morning",
        "yeah started an hour ago",
        "within an hour",
        "it hit me all at once",
        "not sure, maybe since this morning?",
        "yes since last night",
    ],
)
def test_weakness_that_came_on_within_hours_is_the_emergency(nlp: Any, text: str) -> None:
    from bot.triage import Level, assess, findings_from_slots

    values = answer(nlp, text, "weakness", {"duration_days": 10.0})
    assert "sudden_weakness" in values["emergency_signs"]
    assert assess(findings_from_slots({"duration_days": 10.0, **values})).level == Level.EMERGENCY


@pytest.mark.parametrize(
    "text, weakness",
    [
        ("yes, a bit, but the twitching started this morning", "yes"),
        ("yes for about 3 weeks now", "yes"),
        ("no. the twitching started suddenly though", "no"),
        ("no, not at all", "no"),
        # How long it lasted, not when it began.
        ("only after leg day, my legs feel like jelly for a day and then they're fine", "yes"),
    ],
)
def test_weakness_over_weeks_or_a_sudden_start_of_the_twitching_is_no_emergency(
    nlp: Any, text: str, weakness: str
) -> None:
    values = answer(nlp, text, "weakness", {"duration_days": 10.0})
    assert values["weakness"] == weakness
    assert "emergency_signs" not in values


@pytest.mark.parametrize(
    "text, onset",
    [
        ("this morning", "sudden"),
        ("about an hour ago", "sudden"),
        ("since lunch", "sudden"),
        ("when i woke up today", "sudden"),
        ("minutes. it just happened", "sudden"),
        ("over the last few weeks", "gradual"),
    ],
)
def test_a_time_answering_the_onset_question_says_how_fast(nlp: Any, text: str, onset: str) -> None:
    from bot.triage import Level, assess, findings_from_slots

    slots = {"duration_days": 30.0, "neuro_symptoms": ["speech"]}
    values = answer(nlp, text, "neuro_onset", slots)
    assert values["neuro_onset"] == onset
    # The time dates the change in speech, not the twitching.
    assert "duration_days" not in values
    expected = Level.EMERGENCY if onset == "sudden" else Level.URGENT
    assert assess(findings_from_slots({**slots, **values})).level == expected


def test_a_start_two_days_ago_does_not_answer_how_fast() -> None:
    values = facts_from_message([entity("duration", 2.0)], "inform", "neuro_onset", {"neuro_symptoms": ["speech"]}, "2 days ago")
    assert "neuro_onset" not in values
