"""Rasa SDK actions: thin adapters between trackers and the ``bot`` core."""

from __future__ import annotations

from typing import Any, Dict, List, Optional, Text

from rasa_sdk import Action, FormValidationAction, Tracker
from rasa_sdk.events import ActiveLoop, EventType, SlotSet
from rasa_sdk.executor import CollectingDispatcher
from rasa_sdk.types import DomainDict

from bot import assessment
from bot.facts import (
    ASSESSMENT_SLOTS,
    QUESTION_INTENTS_PREFIX,
    chosen_faq_answer,
    emergency_signs_named,
    facts_from_message,
    normalise,
    question_spans,
)
from bot.knowledge import ANSWER_HINTS, NO_QUESTION_HINT, YES_NO_HINT
from bot.nlp.scope import LANGUAGE_ENTITY, OTHER_LANGUAGE, asks_about_signs_in_general
from bot.replies import compose_assessment, compose_emergency
from bot.triage import Level, assess, findings_from_slots

FORM_NAME = "assessment_form"
SIDE_QUESTION_CONFIDENCE = 0.9


def _requested_slot(tracker: Tracker) -> Optional[Text]:
    if tracker.active_loop_name != FORM_NAME:
        return None
    return tracker.get_slot("requested_slot")


def _result_events(level: Level, red_flags: List[Text]) -> List[EventType]:
    return [SlotSet("triage_level", level.slot_value), SlotSet("red_flags", red_flags)]


class ActionExtractAssessmentFacts(Action):
    """Fills every contract slot the latest message answers."""

    def name(self) -> Text:
        return "action_extract_assessment_facts"

    async def run(
        self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: DomainDict
    ) -> List[EventType]:
        message = tracker.latest_message or {}
        values = facts_from_message(
            entities=message.get("entities") or [],
            intent=(message.get("intent") or {}).get("name"),
            requested_slot=_requested_slot(tracker),
            slots=tracker.current_slot_values(),
            text=message.get("text"),
        )
        return [SlotSet(slot, value) for slot, value in values.items() if tracker.get_slot(slot) != value]


def answer_key_of_question(message: Dict[Text, Any]) -> Optional[Text]:
    """The FAQ response for a question in the message, e.g. ``utter_faq/is_it_als``.

    A message classified as a question gets its answer; so does a description
    that asks something on the side ("Is it ALS? My calf has twitched for 2
    months"), when the answer selector is sure of the question.
    """
    key, confidence = chosen_faq_answer(message)
    if not key:
        return None
    asked = str((message.get("intent") or {}).get("name") or "").startswith(QUESTION_INTENTS_PREFIX)
    asked_on_the_side = bool(question_spans(message.get("text") or "")) and confidence >= SIDE_QUESTION_CONFIDENCE
    return f"utter_{key}" if asked or asked_on_the_side else None


class ValidateAssessmentForm(FormValidationAction):
    """Asks only what is still unknown, and re-asks answers that are not valid."""

    def name(self) -> Text:
        return "validate_assessment_form"

    async def run(
        self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: DomainDict
    ) -> List[EventType]:
        # A question that also answered something ("is it ALS? it's been 2
        # months") keeps the form going, so the FAQ rule never runs: answer here.
        # When the message answered nothing the form is rejected, these
        # messages are dropped and the FAQ rule answers instead.
        answer = answer_key_of_question(tracker.latest_message or {})
        if answer is not None and answer in domain.get("responses", {}):
            dispatcher.utter_message(response=answer)
        return await super().run(dispatcher, tracker, domain)

    async def required_slots(
        self,
        domain_slots: List[Text],
        dispatcher: CollectingDispatcher,
        tracker: Tracker,
        domain: DomainDict,
    ) -> List[Text]:
        return assessment.required_slots(tracker.current_slot_values())


def _slot_validator(slot: Text):
    async def validate(
        self: ValidateAssessmentForm,
        value: Any,
        dispatcher: CollectingDispatcher,
        tracker: Tracker,
        domain: DomainDict,
    ) -> Dict[Text, Any]:
        valid = normalise(slot, value)
        if valid is None:
            dispatcher.utter_message(text=ANSWER_HINTS.get(slot, YES_NO_HINT))
        return {slot: valid}

    validate.__name__ = f"validate_{slot}"
    return validate


for _slot in ASSESSMENT_SLOTS:
    setattr(ValidateAssessmentForm, f"validate_{_slot}", _slot_validator(_slot))


class ActionTriage(Action):
    """Applies the red-flag rules to the answers and explains the result."""

    def name(self) -> Text:
        return "action_triage"

    async def run(
        self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: DomainDict
    ) -> List[EventType]:
        findings = findings_from_slots(tracker.current_slot_values())
        result = assess(findings)
        for text in compose_assessment(result, findings):
            dispatcher.utter_message(text=text)
        return _result_events(result.level, result.red_flags)


class ActionEmergency(Action):
    """Stops the assessment: the first words tell the person to call for help."""

    def name(self) -> Text:
        return "action_emergency"

    async def run(
        self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: DomainDict
    ) -> List[EventType]:
        slots = tracker.current_slot_values()
        asked_in_general = asks_about_signs_in_general(tracker.latest_message.get("text") or "")
        if asked_in_general:
            # The signs asked about are not the person's (no slot holds them), but the reply names them.
            asked_about = emergency_signs_named(tracker.latest_message.get("entities") or [])
            slots = {**slots, "emergency_signs": [*(slots.get("emergency_signs") or []), *asked_about]}
        result = assess(findings_from_slots(slots))
        # The message was classified as an emergency even if no known sign was
        # named: never answer an emergency with anything less.
        for text in compose_emergency(result, asked_in_general):
            dispatcher.utter_message(text=text)
        return _result_events(Level.EMERGENCY, result.red_flags) + [
            ActiveLoop(None),
            SlotSet("requested_slot", None),
        ]


class ActionClarifyAnswer(Action):
    """Says what kind of answer the current question needs."""

    def name(self) -> Text:
        return "action_clarify_answer"

    async def run(
        self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: DomainDict
    ) -> List[EventType]:
        requested = _requested_slot(tracker)
        if requested is None:
            dispatcher.utter_message(text=NO_QUESTION_HINT)
        else:
            dispatcher.utter_message(text=ANSWER_HINTS.get(requested, YES_NO_HINT))
        return []


class ActionOutOfScope(Action):
    """Says what the assistant covers; to a message in another language, which language it reads."""

    def name(self) -> Text:
        return "action_out_of_scope"

    async def run(
        self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: DomainDict
    ) -> List[EventType]:
        entities = tracker.latest_message.get("entities", [])
        languages = {e.get("value") for e in entities if e.get("entity") == LANGUAGE_ENTITY}
        other = OTHER_LANGUAGE in languages
        dispatcher.utter_message(response="utter_other_language" if other else "utter_out_of_scope")
        return []
