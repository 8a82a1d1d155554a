"""Which question the assessment asks next.

The order follows clinical priority: what and how long first, then the
findings that can raise the level most (weakness, wasting), then the rest.
A reported neurological change jumps the queue with its onset question,
because a sudden onset makes it an emergency.  As soon as the findings make
the result an emergency, there is nothing left to ask.
"""

from __future__ import annotations

from typing import List, Mapping

from bot.triage import Level, assess, findings_from_slots

QUESTION_ORDER: tuple = (
    "twitch_location",
    "duration_days",
    "worsening",
    "weakness",
    "atrophy",
    "spreading",
    "sensory_symptoms",
    "neuro_symptoms",
    "neuro_onset",
    "daily_impact",
    "medication_change",
    "lifestyle_factors",
)


def remaining_questions(slots: Mapping[str, object]) -> List[str]:
    """Slots still to ask, in order; empty when the assessment can end."""
    findings = findings_from_slots(slots)
    if assess(findings).level == Level.EMERGENCY:
        return []
    neuro_reported = bool(findings.neuro_symptoms)
    remaining = [
        slot
        for slot in QUESTION_ORDER
        if slots.get(slot) is None and (slot != "neuro_onset" or neuro_reported)
    ]
    if "neuro_onset" in remaining:
        remaining.remove("neuro_onset")
        remaining.insert(0, "neuro_onset")
    return remaining


def required_slots(slots: Mapping[str, object]) -> List[str]:
    """The form's required slots: answered ones stay listed so Rasa keeps them."""
    remaining = remaining_questions(slots)
    if not remaining:
        return []
    answered = [slot for slot in QUESTION_ORDER if slot not in remaining and slots.get(slot) is not None]
    return remaining + answered
