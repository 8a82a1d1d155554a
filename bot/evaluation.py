"""Scoring NLU predictions against an annotated evaluation set.

Pure Python, so the metrics are tested on their own; ``scripts/evaluate_nlu.py``
drives the Rasa models and prints the figures.

Definitions (the README's evaluation section repeats them):

- intent macro-F1: over top-level intents (``faq/caffeine`` counts as ``faq``;
  which answer was chosen is scored separately as FAQ answer accuracy);
- entity F1: a predicted entity is right when its type and canonical value
  match an expected one (durations within 10%); the polarity role is not
  part of this match, it is what negation accuracy scores;
- negation accuracy: of the expected finding / factor / emergency / onset
  mentions that were found, the share whose role (affirmed, negated,
  uncertain) is right; the strict variant counts missed mentions as wrong;
- duration accuracy: of the expected durations, the share found within 10%
  of the expected days;
- slot accuracy, per slot: of the messages where the expected or the
  predicted slot values name that slot, the share where they agree;
- emergency recall: of the messages labelled ``report_emergency``, the share
  the assistant would answer with the emergency instruction (the intent, or
  the triage level of the slot values the message gives); false alarms: the
  same share of every other message.  Under-triage is a missed emergency.
"""

from __future__ import annotations

import json
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Dict, Iterable, List, Mapping, Optional, Sequence, Tuple

import yaml

from bot.facts import ASSESSMENT_SLOTS, facts_from_message
from bot.triage import Level, assess, findings_from_slots
from bot.nlp.lexicon import BODY_PARTS, EMERGENCY_SIGNS, FACTORS, FINDINGS, ONSETS

DURATION_TOLERANCE = 0.10
ROLES = ("affirmed", "negated", "uncertain")
ROLE_ENTITIES = frozenset({"finding", "factor", "emergency_sign", "onset"})
ENTITY_VALUES: Mapping[str, Sequence[str]] = {
    "body_part": tuple(BODY_PARTS),
    "finding": tuple(FINDINGS),
    "factor": tuple(FACTORS),
    "emergency_sign": tuple(EMERGENCY_SIGNS),
    "onset": tuple(ONSETS),
}
INTENTS = (
    "greet", "goodbye", "thank", "affirm", "deny", "unsure", "describe_symptoms", "inform",
    "report_emergency", "faq", "restart", "what_can_you_do", "bot_challenge", "out_of_scope",
    "delete_data",
)
SLOTS = ASSESSMENT_SLOTS + ("emergency_signs",)


@dataclass(frozen=True)
class Example:
    text: str
    intent: str
    entities: Tuple[Mapping[str, Any], ...]
    slots: Mapping[str, Any]
    asked: Optional[str] = None

    @property
    def top_intent(self) -> str:
        return self.intent.split("/")[0]


@dataclass
class Prediction:
    intent: str
    faq_answer: Optional[str]
    entities: List[Mapping[str, Any]]
    slots: Dict[str, Any] = field(default_factory=dict)


def load_examples(path: Path) -> Tuple[str, List[Example]]:
    """The reference date and the examples; raises ValueError on a malformed entry."""
    document = yaml.safe_load(path.read_text(encoding="utf-8"))
    examples = []
    for index, raw in enumerate(document["messages"]):
        example = Example(
            text=str(raw["text"]),
            intent=str(raw["intent"]),
            entities=tuple(raw.get("entities") or ()),
            slots=dict(raw.get("slots") or {}),
            asked=raw.get("asked"),
        )
        problems = _problems(example)
        if problems:
            raise ValueError(f"{path} message {index} ({example.text!r}): {'; '.join(problems)}")
        examples.append(example)
    return str(document.get("reference_date", "")), examples


def _problems(example: Example) -> List[str]:
    problems = []
    if example.top_intent not in INTENTS:
        problems.append(f"unknown intent {example.intent}")
    for entity in example.entities:
        name, value = entity.get("entity"), entity.get("value")
        if name == "duration":
            if not isinstance(value, (int, float)):
                problems.append(f"duration {value!r} is not a number of days")
        elif name not in ENTITY_VALUES or value not in ENTITY_VALUES[name]:
            problems.append(f"unknown entity {name}={value}")
        if name in ROLE_ENTITIES and entity.get("role") not in ROLES:
            problems.append(f"{name}={value} has no valid role")
    for slot in example.slots:
        if slot not in SLOTS:
            problems.append(f"unknown slot {slot}")
    if example.asked is not None and example.asked not in ASSESSMENT_SLOTS:
        problems.append(f"unknown asked slot {example.asked}")
    return problems


def predicted_slots(example: Example, intent: str, entities: List[Mapping[str, Any]]) -> Dict[str, Any]:
    """What the assistant's slot mapping makes of one message, from nothing known."""
    return facts_from_message(
        entities=entities, intent=intent, requested_slot=example.asked, slots={}, text=example.text
    )


EMERGENCY_INTENT = "report_emergency"
# The onset question follows only a reported neurological change; the safety
# set's answers to it stand after a change in speech.
CONTEXT_OF_A_QUESTION: Mapping[str, Mapping[str, Any]] = {"neuro_onset": {"neuro_symptoms": ["speech"]}}


def answers_with_the_emergency_instruction(intent: str, slots: Mapping[str, Any]) -> bool:
    """Whether the assistant would tell the person to call emergency services now."""
    return intent == EMERGENCY_INTENT or assess(findings_from_slots(slots)).level == Level.EMERGENCY


@dataclass(frozen=True)
class SafetyCase:
    text: str
    emergency: bool
    signs: Tuple[str, ...]
    asked: Optional[str] = None


def load_safety_cases(path: Path) -> List[SafetyCase]:
    """The safety set: one JSON object per line, with ``text``, ``emergency``, ``signs`` and ``asked``."""
    cases = []
    for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), start=1):
        if not line.strip():
            continue
        raw = json.loads(line)
        case = SafetyCase(str(raw["text"]), bool(raw["emergency"]), tuple(raw.get("signs") or ()), raw.get("asked"))
        unknown = [sign for sign in case.signs if sign not in EMERGENCY_SIGNS]
        if unknown or (case.asked is not None and case.asked not in ASSESSMENT_SLOTS):
            raise ValueError(f"{path} line {number}: unknown sign {unknown} or question {case.asked!r}")
        cases.append(case)
    return cases


def flags_the_safety_case(case: SafetyCase, intent: str, entities: List[Mapping[str, Any]]) -> bool:
    context = CONTEXT_OF_A_QUESTION.get(case.asked or "", {})
    values = facts_from_message(entities=entities, intent=intent, requested_slot=case.asked, slots=context, text=case.text)
    return answers_with_the_emergency_instruction(intent, {**context, **values})


def _as_days(value: Any) -> Optional[float]:
    try:
        return float(value)
    except (TypeError, ValueError):
        return None


def days_match(expected: Any, predicted: Any) -> bool:
    expected_days, predicted_days = _as_days(expected), _as_days(predicted)
    if expected_days is None or predicted_days is None:
        return False
    return abs(predicted_days - expected_days) <= DURATION_TOLERANCE * max(expected_days, 0.5)


def _same_mention(expected: Mapping[str, Any], predicted: Mapping[str, Any]) -> bool:
    if expected.get("entity") != predicted.get("entity"):
        return False
    if expected.get("entity") == "duration":
        return days_match(expected.get("value"), predicted.get("value"))
    return str(expected.get("value")) == str(predicted.get("value"))


def match_entities(
    expected: Sequence[Mapping[str, Any]], predicted: Sequence[Mapping[str, Any]]
) -> Tuple[List[Tuple[Mapping[str, Any], Mapping[str, Any]]], int, int]:
    """Pairs of matched mentions, and the counts of unmatched predicted and expected ones.

    A predicted mention with the expected role is preferred, so "no weakness ...
    maybe weak" pairs each mention with its own polarity.
    """
    remaining = list(predicted)
    pairs = []
    unmatched_expected = 0
    for wanted in expected:
        candidates = [p for p in remaining if _same_mention(wanted, p)]
        if not candidates:
            unmatched_expected += 1
            continue
        same_role = [p for p in candidates if p.get("role") == wanted.get("role")]
        chosen = (same_role or candidates)[0]
        remaining.remove(chosen)
        pairs.append((wanted, chosen))
    return pairs, len(remaining), unmatched_expected


def slot_values_agree(slot: str, expected: Any, predicted: Any) -> bool:
    if slot == "duration_days":
        return days_match(expected, predicted)
    if isinstance(expected, list) or isinstance(predicted, list):
        return isinstance(expected, list) and isinstance(predicted, list) and set(expected) == set(predicted)
    if isinstance(expected, bool) or isinstance(predicted, bool):
        return expected is predicted
    return str(expected).lower() == str(predicted).lower()


def _slot_agrees(slot: str, example: Example, prediction: Prediction) -> bool:
    return (
        slot in example.slots
        and slot in prediction.slots
        and slot_values_agree(slot, example.slots[slot], prediction.slots[slot])
    )


def macro_f1(gold: Sequence[str], predicted: Sequence[str]) -> float:
    labels = sorted(set(gold))
    scores = []
    for label in labels:
        tp = sum(1 for g, p in zip(gold, predicted) if g == label and p == label)
        fp = sum(1 for g, p in zip(gold, predicted) if g != label and p == label)
        fn = sum(1 for g, p in zip(gold, predicted) if g == label and p != label)
        precision = tp / (tp + fp) if tp + fp else 0.0
        recall = tp / (tp + fn) if tp + fn else 0.0
        scores.append(2 * precision * recall / (precision + recall) if precision + recall else 0.0)
    return sum(scores) / len(scores) if scores else 0.0


def _ratio(numerator: int, denominator: int) -> Optional[float]:
    return numerator / denominator if denominator else None


def score(examples: Sequence[Example], predictions: Sequence[Prediction]) -> Dict[str, Any]:
    """Every figure of the evaluation, with the counts behind it."""
    gold_intents = [e.top_intent for e in examples]
    predicted_intents = [p.intent for p in predictions]

    faq = [(e, p) for e, p in zip(examples, predictions) if e.top_intent == "faq"]
    faq_right = sum(1 for e, p in faq if p.intent == "faq" and p.faq_answer == e.intent)

    tp = fp = fn = 0
    roles_right = roles_found = roles_expected = 0
    durations_right = durations_expected = 0
    for example, prediction in zip(examples, predictions):
        pairs, extra, missed = match_entities(example.entities, prediction.entities)
        tp, fp, fn = tp + len(pairs), fp + extra, fn + missed
        roles_expected += sum(1 for e in example.entities if e.get("entity") in ROLE_ENTITIES)
        for wanted, found in pairs:
            if wanted.get("entity") in ROLE_ENTITIES:
                roles_found += 1
                roles_right += wanted.get("role") == found.get("role")
        durations = [e for e in example.entities if e.get("entity") == "duration"]
        durations_expected += len(durations)
        durations_right += sum(1 for w, _ in pairs if w.get("entity") == "duration")

    precision, recall = _ratio(tp, tp + fp) or 0.0, _ratio(tp, tp + fn) or 0.0
    slot_counts: Dict[str, Counter] = {slot: Counter() for slot in SLOTS}
    for example, prediction in zip(examples, predictions):
        for slot in SLOTS:
            if slot not in example.slots and slot not in prediction.slots:
                continue
            slot_counts[slot]["right" if _slot_agrees(slot, example, prediction) else "wrong"] += 1
    slot_accuracy = {
        slot: _ratio(counts["right"], counts["right"] + counts["wrong"]) for slot, counts in slot_counts.items()
    }
    slot_total = sum(sum(counts.values()) for counts in slot_counts.values())
    flagged = [
        (e.top_intent == EMERGENCY_INTENT, answers_with_the_emergency_instruction(p.intent, p.slots))
        for e, p in zip(examples, predictions)
    ]
    emergencies = [told for expected, told in flagged if expected]
    others = [told for expected, told in flagged if not expected]
    return {
        "messages": len(examples),
        "intent_macro_f1": macro_f1(gold_intents, predicted_intents),
        "intent_accuracy": _ratio(sum(g == p for g, p in zip(gold_intents, predicted_intents)), len(examples)),
        "faq_answer_accuracy": _ratio(faq_right, len(faq)),
        "entity_precision": precision,
        "entity_recall": recall,
        "entity_f1": 2 * precision * recall / (precision + recall) if precision + recall else 0.0,
        "negation_accuracy": _ratio(roles_right, roles_found),
        "negation_accuracy_strict": _ratio(roles_right, roles_expected),
        "duration_accuracy": _ratio(durations_right, durations_expected),
        "slot_accuracy": slot_accuracy,
        "slot_accuracy_overall": _ratio(
            sum(counts["right"] for counts in slot_counts.values()), slot_total
        ),
        "emergency_recall": _ratio(sum(emergencies), len(emergencies)),
        "false_alarm_rate": _ratio(sum(others), len(others)),
        "counts": {
            "entities_expected": tp + fn,
            "entities_predicted": tp + fp,
            "role_mentions_expected": roles_expected,
            "role_mentions_found": roles_found,
            "durations_expected": durations_expected,
            "faq_messages": len(faq),
            "emergencies": len(emergencies),
            "emergencies_missed": len(emergencies) - sum(emergencies),
            "false_alarms": sum(others),
            "slot_decisions": {slot: sum(c.values()) for slot, c in slot_counts.items()},
        },
    }


def mistakes(examples: Iterable[Example], predictions: Iterable[Prediction]) -> List[Dict[str, Any]]:
    """The messages where anything went wrong, for error analysis."""
    found = []
    for example, prediction in zip(examples, predictions):
        pairs, extra, missed = match_entities(example.entities, prediction.entities)
        wrong_roles = [w for w, p in pairs if w.get("entity") in ROLE_ENTITIES and w.get("role") != p.get("role")]
        wrong_slots = [
            slot for slot in SLOTS
            if (slot in example.slots or slot in prediction.slots) and not _slot_agrees(slot, example, prediction)
        ]
        if example.top_intent != prediction.intent or extra or missed or wrong_roles or wrong_slots:
            found.append({
                "text": example.text,
                "intent": [example.intent, prediction.intent],
                "entities_expected": [dict(e) for e in example.entities],
                "entities_predicted": [
                    {k: e.get(k) for k in ("entity", "value", "role") if e.get(k) is not None}
                    for e in prediction.entities
                ],
                "slots": {slot: [example.slots.get(slot), prediction.slots.get(slot)] for slot in wrong_slots},
            })
    return found
