"""The red-flag engine against the spec, rule by rule."""

from __future__ import annotations

from dataclasses import replace

import pytest
from hypothesis import given
from hypothesis import strategies as st

from bot.triage import (
    EMERGENCY_SIGNS,
    LIFESTYLE_FACTORS,
    NEURO_SYMPTOMS,
    RULES,
    Findings,
    Level,
    assess,
    findings_from_slots,
)

# A reassuring baseline: every question answered, nothing of concern.
CALM = Findings(
    twitch_location="calf",
    duration_days=5,
    worsening=False,
    weakness="no",
    atrophy="no",
    spreading=False,
    sensory_symptoms=False,
    daily_impact=False,
    neuro_symptoms=frozenset(),
    neuro_onset=None,
    medication_change=False,
    lifestyle_factors=frozenset({"caffeine"}),
)

# One finding per rule, each on top of the calm baseline.
FINDING_FOR_RULE = {
    "E1": replace(CALM, emergency_signs=frozenset({"sudden_weakness"})),
    "E2": replace(CALM, emergency_signs=frozenset({"face_drooping"})),
    "E3": replace(CALM, emergency_signs=frozenset({"cannot_swallow"})),
    "E4": replace(CALM, emergency_signs=frozenset({"sudden_vision_loss"})),
    "E5": replace(CALM, emergency_signs=frozenset({"rapidly_spreading_weakness"})),
    "E6": replace(CALM, emergency_signs=frozenset({"bladder_bowel_loss"})),
    "U1": replace(CALM, weakness="yes"),
    "U2": replace(CALM, atrophy="yes"),
    "U3": replace(CALM, neuro_symptoms=frozenset({"tongue"})),
    "U4": replace(CALM, neuro_symptoms=frozenset({"coordination"}), neuro_onset="gradual"),
    "R1": replace(CALM, duration_days=20),
    "R2": replace(CALM, worsening=True),
    "R3": replace(CALM, spreading=True),
    "R4": replace(CALM, sensory_symptoms=True),
    "R5": replace(CALM, daily_impact=True),
    "R6": replace(CALM, medication_change=True),
    "R7": replace(CALM, neuro_symptoms=frozenset({"vision"}), neuro_onset="gradual"),
}

LEVEL_OF_PREFIX = {"E": Level.EMERGENCY, "U": Level.URGENT, "R": Level.ROUTINE}


def test_the_table_has_every_rule_of_the_spec_once() -> None:
    ids = [rule.id for rule in RULES]
    assert ids == [f"E{i}" for i in range(1, 7)] + [f"U{i}" for i in range(1, 5)] + [f"R{i}" for i in range(1, 8)]
    assert all(rule.source and rule.finding for rule in RULES)


def test_calm_findings_are_self_care() -> None:
    result = assess(CALM)
    assert result.level == Level.SELF_CARE
    assert result.red_flags == []


@pytest.mark.parametrize("rule_id", sorted(FINDING_FOR_RULE))
def test_each_rule_fires_alone_on_its_own_finding(rule_id: str) -> None:
    result = assess(FINDING_FOR_RULE[rule_id])
    assert result.red_flags == [rule_id]
    assert result.level == LEVEL_OF_PREFIX[rule_id[0]]


@pytest.mark.parametrize(
    "symptom, onset, expected",
    [
        ("speech", "sudden", ["E2"]),
        ("speech", "gradual", ["U3"]),
        ("swallowing", "sudden", ["E3"]),
        ("swallowing", "gradual", ["U3"]),
        ("vision", "sudden", ["E4"]),
        ("vision", "gradual", ["R7"]),
        ("coordination", "sudden", ["E4"]),
        ("coordination", "gradual", ["U4"]),
        ("tongue", "sudden", ["U3"]),
        ("tongue", "gradual", ["U3"]),
    ],
)
def test_onset_decides_between_neighbouring_rules(symptom: str, onset: str, expected: list) -> None:
    findings = replace(CALM, neuro_symptoms=frozenset({symptom}), neuro_onset=onset)
    assert assess(findings).red_flags == expected


def test_a_neuro_change_with_unknown_onset_is_never_below_its_gradual_rule() -> None:
    findings = replace(CALM, neuro_symptoms=frozenset({"speech"}), neuro_onset=None)
    assert assess(findings).level == Level.URGENT


@pytest.mark.parametrize("days, fires", [(13, False), (13.9, False), (14, True), (15, True)])
def test_duration_boundary_is_fourteen_days(days: float, fires: bool) -> None:
    result = assess(replace(CALM, duration_days=days))
    assert ("R1" in result.red_flags) is fires
    assert result.level == (Level.ROUTINE if fires else Level.SELF_CARE)


def test_highest_level_wins_and_flags_are_listed_by_level() -> None:
    findings = replace(CALM, duration_days=30, weakness="yes", emergency_signs=frozenset({"face_drooping"}))
    result = assess(findings)
    assert result.level == Level.EMERGENCY
    assert result.red_flags == ["E2", "U1", "R1"]


@pytest.mark.parametrize("slot", ["weakness", "atrophy"])
def test_unsure_weakness_or_wasting_is_at_least_routine(slot: str) -> None:
    result = assess(replace(CALM, **{slot: "unsure"}))
    assert result.level == Level.ROUTINE
    assert result.uncertain == (slot,)
    # The uncertainty is a floor, never a red flag with an invented id.
    assert result.red_flags == []


def test_unsure_never_lowers_a_higher_level() -> None:
    result = assess(replace(CALM, weakness="unsure", atrophy="yes"))
    assert result.level == Level.URGENT


def test_general_emergency_such_as_chest_pain_is_an_emergency() -> None:
    result = assess(replace(CALM, emergency_signs=frozenset({"chest_pain"})))
    assert result.level == Level.EMERGENCY
    assert result.general_emergency_signs == ("chest_pain",)


def test_findings_from_slots_reads_rasa_values() -> None:
    findings = findings_from_slots(
        {"duration_days": "21", "worsening": "true", "neuro_symptoms": ["speech"], "weakness": "no"}
    )
    assert findings.duration_days == 21.0
    assert findings.worsening is True
    assert findings.neuro_symptoms == frozenset({"speech"})
    assert assess(findings).red_flags == ["U3", "R1", "R2"]


# Property: reporting something more never lowers the level.
findings_strategy = st.builds(
    Findings,
    twitch_location=st.sampled_from([None, "calf", "thigh"]),
    duration_days=st.one_of(st.none(), st.floats(min_value=0, max_value=3650)),
    worsening=st.sampled_from([None, False, True]),
    weakness=st.sampled_from([None, "no", "unsure", "yes"]),
    atrophy=st.sampled_from([None, "no", "unsure", "yes"]),
    spreading=st.sampled_from([None, False, True]),
    sensory_symptoms=st.sampled_from([None, False, True]),
    daily_impact=st.sampled_from([None, False, True]),
    neuro_symptoms=st.frozensets(st.sampled_from(NEURO_SYMPTOMS)),
    neuro_onset=st.sampled_from([None, "gradual", "sudden"]),
    medication_change=st.sampled_from([None, False, True]),
    lifestyle_factors=st.frozensets(st.sampled_from(LIFESTYLE_FACTORS)),
    emergency_signs=st.frozensets(st.sampled_from(sorted(EMERGENCY_SIGNS))),
)

# Each way of adding a finding: from absent/no to present, or more severe.
ESCALATIONS = {
    "worsening": True,
    "spreading": True,
    "sensory_symptoms": True,
    "daily_impact": True,
    "medication_change": True,
}
SEVERITY = {None: 0, "no": 0, "unsure": 1, "yes": 2}


@given(findings_strategy, st.sampled_from(sorted(ESCALATIONS)))
def test_adding_a_yes_finding_never_lowers_the_level(findings: Findings, slot: str) -> None:
    more = replace(findings, **{slot: ESCALATIONS[slot]})
    assert assess(more).level >= assess(findings).level


@given(findings_strategy, st.sampled_from(["weakness", "atrophy"]), st.sampled_from(["unsure", "yes"]))
def test_raising_weakness_or_wasting_never_lowers_the_level(findings: Findings, slot: str, value: str) -> None:
    if SEVERITY[getattr(findings, slot)] > SEVERITY[value]:
        return
    more = replace(findings, **{slot: value})
    assert assess(more).level >= assess(findings).level


@given(findings_strategy, st.sampled_from(NEURO_SYMPTOMS), st.sampled_from(sorted(EMERGENCY_SIGNS)))
def test_adding_a_symptom_or_sign_never_lowers_the_level(findings: Findings, symptom: str, sign: str) -> None:
    with_symptom = replace(findings, neuro_symptoms=findings.neuro_symptoms | {symptom})
    with_sign = replace(findings, emergency_signs=findings.emergency_signs | {sign})
    assert assess(with_symptom).level >= assess(findings).level
    assert assess(with_sign).level == Level.EMERGENCY


@given(findings_strategy, st.floats(min_value=0, max_value=3650))
def test_a_longer_duration_never_lowers_the_level(findings: Findings, extra_days: float) -> None:
    base = findings.duration_days or 0.0
    longer = replace(findings, duration_days=base + extra_days)
    assert assess(longer).level >= assess(replace(findings, duration_days=base)).level


@given(findings_strategy)
def test_sudden_onset_is_never_below_gradual(findings: Findings) -> None:
    sudden = replace(findings, neuro_onset="sudden")
    gradual = replace(findings, neuro_onset="gradual")
    assert assess(sudden).level >= assess(gradual).level
