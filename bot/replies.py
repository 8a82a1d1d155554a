"""Turns a triage result and the user's own findings into reply messages."""

from __future__ import annotations

from typing import List, Sequence

from bot.knowledge import (
    BENIGN_CONTEXT,
    DISCLAIMER,
    EMERGENCY_INSTRUCTION,
    EMERGENCY_SAFETY_NET,
    FACTORS,
    FINDING_WORDS,
    GENERAL_EMERGENCY_WORDS,
    LEVEL_HEADLINES,
    SAFETY_NET,
    UNCERTAIN_WORDS,
    WEAKNESS_SELF_CHECK,
)
from bot.triage import Findings, Level, TriageResult


def _join_words(items: Sequence[str]) -> str:
    if len(items) <= 1:
        return "".join(items)
    return ", ".join(items[:-1]) + " and " + items[-1]


def _reasons(result: TriageResult) -> List[str]:
    reasons = [FINDING_WORDS[rule.id] for rule in result.fired]
    reasons += [UNCERTAIN_WORDS[slot] for slot in result.uncertain]
    return reasons


def _describe_duration(days: float) -> str:
    if days < 1:
        return "less than a day"
    if days < 14:
        return f"about {round(days)} day{'s' if round(days) != 1 else ''}"
    if days < 60:
        return f"about {round(days / 7)} weeks"
    if days < 730:
        return f"about {round(days / 30)} months"
    return f"about {round(days / 365)} years"


def factor_advice(findings: Findings) -> List[str]:
    """One paragraph per contributing factor the user reported."""
    paragraphs = []
    for name in sorted(findings.lifestyle_factors, key=list(FACTORS).index):
        factor = FACTORS.get(name)
        if factor is None:
            continue
        tips = " ".join(f"• {tip}" for tip in factor.tips)
        paragraphs.append(f"{factor.label.capitalize()}: {factor.why} What helps: {tips}")
    return paragraphs


def doctor_briefing(findings: Findings, result: TriageResult) -> str:
    """What to tell the doctor, built from what the user reported."""
    points = []
    where = findings.twitch_location or "your leg"
    if findings.duration_days is not None:
        points.append(f"where it twitches ({where}) and for how long ({_describe_duration(findings.duration_days)})")
    else:
        points.append(f"where it twitches ({where}) and when it started")
    reasons = _reasons(result)
    if reasons:
        points.append("that " + _join_words(reasons))
    if findings.lifestyle_factors:
        labels = [FACTORS[name].label for name in sorted(findings.lifestyle_factors) if name in FACTORS]
        points.append("possible triggers you noticed: " + _join_words(labels))
    points.append("any medicines or supplements you take, including recent changes")
    return "What to tell the doctor: " + "; ".join(points) + "."


def compose_assessment(result: TriageResult, findings: Findings) -> List[str]:
    """The messages that close an assessment, most important first."""
    level = result.level
    if level == Level.EMERGENCY:
        return compose_emergency(result)

    messages = []
    reasons = _reasons(result)
    headline = LEVEL_HEADLINES[level.slot_value]
    if reasons:
        headline += " This is because " + _join_words(reasons) + "."
    if level == Level.SELF_CARE:
        headline += " " + BENIGN_CONTEXT
    messages.append(headline)

    if result.uncertain:
        messages.append(
            "When it's not clear whether there is weakness or wasting, a doctor's examination "
            "is the safest way to find out. " + WEAKNESS_SELF_CHECK
        )
    if level == Level.URGENT:
        messages.append(
            "Many things other than serious disease can cause this, but it needs a doctor to "
            "examine you soon."
        )

    advice = factor_advice(findings)
    if advice:
        messages.append("What is probably adding to it:\n" + "\n".join(advice))
    elif level == Level.SELF_CARE:
        messages.append(
            "Common triggers are stress, caffeine, tiredness, hard exercise, poor sleep, "
            "alcohol and not drinking enough; easing whichever applies to you often helps."
        )
    if any(rule.id == "R6" for rule in result.fired):
        messages.append("Please don't stop a prescribed medicine without asking your doctor first.")

    if level >= Level.ROUTINE:
        messages.append(doctor_briefing(findings, result))
    messages.append(SAFETY_NET if level == Level.SELF_CARE else EMERGENCY_SAFETY_NET)
    if level == Level.SELF_CARE:
        messages.append(EMERGENCY_SAFETY_NET)
    messages.append(DISCLAIMER)
    return messages


def compose_emergency(result: TriageResult, asked_in_general: bool = False) -> List[str]:
    """The instruction to call comes first, before anything else.

    A question about a sign in general ("is slurred speech a sign of ALS?") still
    gets the instruction first, for the case it is happening now, and then says
    what to do if it was only a question, instead of telling an anxious person
    that what they describe needs help straight away.
    """
    reasons = [FINDING_WORDS[rule.id] for rule in result.fired if rule.level == Level.EMERGENCY]
    reasons += [GENERAL_EMERGENCY_WORDS[sign] for sign in result.general_emergency_signs]
    if asked_in_general:
        named = " (" + _join_words(reasons) + ")" if reasons else ""
        return [
            "If this is happening to you or someone with you now: " + EMERGENCY_INSTRUCTION,
            f"If you were asking in general: this sign{named} needs emergency help whenever it appears, "
            "whatever the cause, so it is never one to wait and see about. Twitching alone is not such a sign. "
            "You can ask me anything else about twitching, or tell me about yours.",
            DISCLAIMER,
        ]
    first = EMERGENCY_INSTRUCTION
    if reasons:
        first += " What you describe (" + _join_words(reasons) + ") needs help straight away."
    else:
        first += " What you describe may need help straight away."
    return [
        first,
        "If you can't call, ask someone near you to call for you. Don't drive yourself. "
        "Stop this chat and get help first; you can come back later.",
        DISCLAIMER,
    ]
