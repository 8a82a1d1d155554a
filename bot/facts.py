"""From what the NLU understood to the assessment's slot values.

Two sources fill a slot: clinical mentions anywhere in the message (so one
long message can answer many questions at once) and, for the question being
asked, a plain yes / no / not sure.  A mention beats the plain answer,
because it is more specific ("no weakness, but the calf looks thinner").

Polarity decides the value: "no weakness" gives ``weakness = "no"``.  For the
yes/no findings of the spec an uncertain mention counts as yes, and for
emergency signs too: when in doubt, the higher level wins.
"""

from __future__ import annotations

from typing import Any, Dict, Iterable, List, Mapping, Optional

from bot.nlp.lexicon import BODY_PARTS
from bot.triage import (
    EMERGENCY_SIGNS,
    GENERAL_EMERGENCY_SIGNS,
    LIFESTYLE_FACTORS,
    NEURO_SYMPTOMS,
    ONSETS,
    YES_NO_UNSURE,
)

AFFIRMED, NEGATED, UNCERTAIN = "affirmed", "negated", "uncertain"

YES_NO_UNSURE_SLOTS = ("weakness", "atrophy")
BOOL_FINDING_SLOTS = {
    "worsening": "worsening",
    "spreading": "spreading",
    "sensory": "sensory_symptoms",
    "daily_impact": "daily_impact",
    "medication_change": "medication_change",
}
BOOL_SLOTS = tuple(BOOL_FINDING_SLOTS.values())
LIST_SLOTS = ("neuro_symptoms", "lifestyle_factors", "emergency_signs")
ASSESSMENT_SLOTS = (
    "twitch_location", "duration_days", "worsening", "weakness", "atrophy", "spreading",
    "sensory_symptoms", "daily_impact", "neuro_symptoms", "neuro_onset",
    "medication_change", "lifestyle_factors",
)
QUESTION_INTENTS_PREFIX = "faq"
REPORT_INTENTS = frozenset(
    {"describe_symptoms", "inform", "affirm", "deny", "unsure", "report_emergency", "nlu_fallback"}
)
MAX_DURATION_DAYS = 100 * 365.0

PLAIN_ANSWERS: Mapping[str, Mapping[str, Any]] = {
    "affirm": {"weakness": "yes", "atrophy": "yes", **{slot: True for slot in BOOL_SLOTS}},
    "deny": {
        "weakness": "no", "atrophy": "no", **{slot: False for slot in BOOL_SLOTS},
        "neuro_symptoms": [], "lifestyle_factors": [],
    },
    "unsure": {
        "weakness": "unsure", "atrophy": "unsure", **{slot: True for slot in BOOL_SLOTS},
        "twitch_location": "leg",
    },
}


def _by_label(entities: Iterable[Mapping[str, Any]], name: str) -> List[Mapping[str, Any]]:
    return [entity for entity in entities if entity.get("entity") == name]


def _present(entity: Mapping[str, Any]) -> bool:
    return entity.get("role") in (None, AFFIRMED, UNCERTAIN)


def _merge_list(current: Any, additions: Iterable[str]) -> List[str]:
    merged = list(current or [])
    for item in additions:
        if item not in merged:
            merged.append(item)
    return merged


def _findings(entities: List[Mapping[str, Any]], slots: Mapping[str, Any]) -> Dict[str, Any]:
    values: Dict[str, Any] = {}
    for entity in _by_label(entities, "finding"):
        finding, role = entity.get("value"), entity.get("role", AFFIRMED)
        if finding in YES_NO_UNSURE_SLOTS:
            values[finding] = {AFFIRMED: "yes", NEGATED: "no", UNCERTAIN: "unsure"}[role]
        elif finding in BOOL_FINDING_SLOTS:
            values[BOOL_FINDING_SLOTS[finding]] = role != NEGATED
    neuro_present = [e["value"] for e in _by_label(entities, "finding") if e.get("value") in NEURO_SYMPTOMS and _present(e)]
    if neuro_present:
        values["neuro_symptoms"] = _merge_list(slots.get("neuro_symptoms"), neuro_present)
    return values


def facts_from_message(
    entities: List[Mapping[str, Any]],
    intent: Optional[str],
    requested_slot: Optional[str],
    slots: Mapping[str, Any],
) -> Dict[str, Any]:
    """Slot values that this message gives, keyed by slot name."""
    intent = intent or ""
    values: Dict[str, Any] = {}

    # Button payloads carry slot values directly, e.g. /inform{"duration_days": 10}.
    for entity in entities:
        name = entity.get("entity")
        if name in ASSESSMENT_SLOTS:
            values[name] = entity.get("value")

    locations = [e["value"] for e in _by_label(entities, "body_part")]
    if locations and (slots.get("twitch_location") is None or requested_slot == "twitch_location"):
        values.setdefault("twitch_location", locations[0])

    durations = [float(e["value"]) for e in _by_label(entities, "duration")]
    if durations and (slots.get("duration_days") is None or requested_slot == "duration_days"):
        values.setdefault("duration_days", max(durations))

    for slot, value in _findings(entities, slots).items():
        values.setdefault(slot, value)

    neuro_known = bool(values.get("neuro_symptoms") or slots.get("neuro_symptoms"))
    onsets = [e["value"] for e in _by_label(entities, "onset") if e.get("role", AFFIRMED) == AFFIRMED]
    if onsets and (requested_slot == "neuro_onset" or neuro_known):
        # "sudden" anywhere beats "gradual": the safer reading.
        values.setdefault("neuro_onset", "sudden" if "sudden" in onsets else onsets[0])

    factors = [e["value"] for e in _by_label(entities, "factor") if _present(e)]
    if factors:
        values.setdefault("lifestyle_factors", _merge_list(slots.get("lifestyle_factors"), factors))

    signs = [e["value"] for e in _by_label(entities, "emergency_sign") if _present(e)]
    if signs:
        values["emergency_signs"] = _merge_list(slots.get("emergency_signs"), signs)

    if requested_slot and requested_slot not in values:
        plain = PLAIN_ANSWERS.get(intent, {})
        if requested_slot in plain:
            values[requested_slot] = plain[requested_slot]
        elif requested_slot == "neuro_symptoms" and _answers_none(entities):
            values["neuro_symptoms"] = []
    allowed = _slots_a_message_can_report(intent, requested_slot)
    normalised = {slot: normalise(slot, value) for slot, value in values.items() if slot in allowed}
    return {slot: value for slot, value in normalised.items() if value is not None}


def _slots_a_message_can_report(intent: str, requested_slot: Optional[str]) -> set:
    """A report fills anything; a question or chit-chat only what it must.

    "Can stress cause weakness?" names weakness without reporting it, and "am I
    talking to a bot?" is no change in speech.  A question may still say where
    and how long ("is it ALS? my calf has twitched for 2 months").  Emergency
    signs always count, and so does whatever answers the open question.
    """
    if intent in REPORT_INTENTS or not intent:
        allowed = set(ASSESSMENT_SLOTS)
    elif intent.startswith(QUESTION_INTENTS_PREFIX):
        allowed = {"twitch_location", "duration_days"}
    else:
        allowed = set()
    allowed.add("emergency_signs")
    if requested_slot:
        allowed.add(requested_slot)
    return allowed


def _answers_none(entities: List[Mapping[str, Any]]) -> bool:
    """Only denied neurological changes, e.g. "no trouble swallowing or talking"."""
    neuro = [e for e in _by_label(entities, "finding") if e.get("value") in NEURO_SYMPTOMS]
    return bool(neuro) and all(e.get("role") == NEGATED for e in neuro)


def normalise(slot: str, value: Any) -> Any:
    """The value in its contract form, or None when it is not a valid answer."""
    if value is None:
        return None
    if slot == "twitch_location":
        text = str(value).strip().lower()
        return text if text in BODY_PARTS else None
    if slot == "duration_days":
        try:
            days = float(value)
        except (TypeError, ValueError):
            return None
        return days if 0 <= days <= MAX_DURATION_DAYS else None
    if slot in YES_NO_UNSURE_SLOTS:
        text = str(value).strip().lower()
        return text if text in YES_NO_UNSURE else None
    if slot in BOOL_SLOTS:
        if isinstance(value, bool):
            return value
        text = str(value).strip().lower()
        return {"true": True, "yes": True, "false": False, "no": False}.get(text)
    if slot == "neuro_onset":
        text = str(value).strip().lower()
        return text if text in ONSETS else None
    allowed = {
        "neuro_symptoms": NEURO_SYMPTOMS,
        "lifestyle_factors": LIFESTYLE_FACTORS,
        "emergency_signs": tuple(EMERGENCY_SIGNS) + tuple(GENERAL_EMERGENCY_SIGNS),
    }.get(slot)
    if allowed is not None:
        items = [value] if isinstance(value, str) else list(value)
        if not all(isinstance(item, str) and item in allowed for item in items):
            return None
        return list(dict.fromkeys(items))
    return value
