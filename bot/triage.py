"""Red-flag engine for leg twitching (fasciculations).

The rule table below mirrors the project's triage specification one row per
rule (see docs/triage-rules.md).  It is pure Python on purpose: the medical
logic must be testable without Rasa and readable by a clinician reviewing
the table, so every rule carries its id, level, plain-language finding and
source next to the predicate that decides it.

The engine's one non-negotiable property is that it never under-triages:
the result is the highest level among the rules that fire, and an answer of
"not sure" about weakness or wasting can never end in self-care.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from enum import IntEnum
from typing import Callable, FrozenSet, Iterable, Mapping, Optional, Tuple


class Level(IntEnum):
    """Triage levels, ordered so that comparison means "more serious"."""

    SELF_CARE = 0
    ROUTINE = 1
    URGENT = 2
    EMERGENCY = 3

    @property
    def slot_value(self) -> str:
        return self.name.lower()

    @classmethod
    def from_slot_value(cls, value: str) -> "Level":
        return cls[value.upper()]


NEURO_SYMPTOMS: Tuple[str, ...] = ("speech", "swallowing", "vision", "coordination", "tongue")
LIFESTYLE_FACTORS: Tuple[str, ...] = (
    "stress",
    "caffeine",
    "fatigue",
    "exercise",
    "dehydration",
    "poor_sleep",
    "alcohol",
    "nutrient_deficiency",
    "medication",
)
YES_NO_UNSURE: Tuple[str, ...] = ("yes", "no", "unsure")
ONSETS: Tuple[str, ...] = ("sudden", "gradual")

# Signs that are emergencies on their own, recognised in free text at any
# moment of the conversation.  Each belongs to exactly one emergency rule.
EMERGENCY_SIGNS: Mapping[str, str] = {
    "sudden_weakness": "E1",
    "one_sided_symptoms": "E1",
    "paralysis": "E1",
    "face_drooping": "E2",
    "slurred_speech": "E2",
    "breathing_difficulty": "E3",
    "cannot_swallow": "E3",
    "sudden_vision_loss": "E4",
    "sudden_confusion": "E4",
    "sudden_balance_loss": "E4",
    "rapidly_spreading_weakness": "E5",
    "bladder_bowel_loss": "E6",
    "saddle_numbness": "E6",
}

# Emergencies outside this assistant's topic (chest pain and the like): they
# get the emergency instruction but match no rule of the twitching spec.
GENERAL_EMERGENCY_SIGNS: FrozenSet[str] = frozenset(
    {"chest_pain", "seizure", "unconscious", "severe_bleeding", "suicidal"}
)

# Sudden neurological changes are emergencies; gradual ones are not.
SUDDEN_NEURO_RULE: Mapping[str, str] = {
    "speech": "E2",
    "swallowing": "E3",
    "vision": "E4",
    "coordination": "E4",
}

PERSISTENT_TWITCHING_DAYS = 14.0


@dataclass(frozen=True)
class Findings:
    """What the user has reported so far; ``None`` means not yet known."""

    twitch_location: Optional[str] = None
    duration_days: Optional[float] = None
    worsening: Optional[bool] = None
    weakness: Optional[str] = None
    atrophy: Optional[str] = None
    spreading: Optional[bool] = None
    sensory_symptoms: Optional[bool] = None
    daily_impact: Optional[bool] = None
    neuro_symptoms: FrozenSet[str] = field(default_factory=frozenset)
    neuro_onset: Optional[str] = None
    medication_change: Optional[bool] = None
    lifestyle_factors: FrozenSet[str] = field(default_factory=frozenset)
    emergency_signs: FrozenSet[str] = field(default_factory=frozenset)

    def has_neuro(self, *symptoms: str) -> bool:
        return any(symptom in self.neuro_symptoms for symptom in symptoms)

    def neuro_gradual_or_unknown(self, symptom: str) -> bool:
        # An unknown onset counts as at least gradual: the symptom is there.
        return symptom in self.neuro_symptoms and self.neuro_onset != "sudden"

    def neuro_sudden(self, symptom: str) -> bool:
        return symptom in self.neuro_symptoms and self.neuro_onset == "sudden"

    def has_sign_of(self, rule_id: str) -> bool:
        return any(EMERGENCY_SIGNS.get(sign) == rule_id for sign in self.emergency_signs)


@dataclass(frozen=True)
class Rule:
    id: str
    level: Level
    finding: str
    source: str
    applies: Callable[[Findings], bool]


RULES: Tuple[Rule, ...] = (
    Rule(
        "E1",
        Level.EMERGENCY,
        "sudden weakness, numbness or paralysis, especially on one side of the body",
        "NHS stroke (FAST)",
        lambda f: f.has_sign_of("E1"),
    ),
    Rule(
        "E2",
        Level.EMERGENCY,
        "face drooping, or slurred/garbled speech that came on suddenly",
        "NHS stroke (FAST)",
        lambda f: f.has_sign_of("E2") or f.neuro_sudden("speech"),
    ),
    Rule(
        "E3",
        Level.EMERGENCY,
        "difficulty breathing or swallowing",
        "NHS Guillain-Barre syndrome",
        lambda f: f.has_sign_of("E3") or f.neuro_sudden("swallowing"),
    ),
    Rule(
        "E4",
        Level.EMERGENCY,
        "sudden loss of vision, sudden confusion, or sudden severe loss of balance",
        "NHS stroke",
        lambda f: f.has_sign_of("E4") or f.neuro_sudden("vision") or f.neuro_sudden("coordination"),
    ),
    Rule(
        "E5",
        Level.EMERGENCY,
        "weakness or numbness spreading quickly (over hours or days), e.g. from the legs upwards",
        "NHS Guillain-Barre syndrome",
        lambda f: f.has_sign_of("E5"),
    ),
    Rule(
        "E6",
        Level.EMERGENCY,
        "loss of bladder or bowel control, or numbness around the genitals or buttocks, with leg symptoms",
        "NHS cauda equina syndrome",
        lambda f: f.has_sign_of("E6"),
    ),
    Rule(
        "U1",
        Level.URGENT,
        "muscle weakness in the leg",
        "seed article (muscle weakness); NICE NG42",
        lambda f: f.weakness == "yes",
    ),
    Rule(
        "U2",
        Level.URGENT,
        "muscle wasting: the muscle looks smaller or thinner than before",
        "seed article (muscle atrophy); NICE NG42",
        lambda f: f.atrophy == "yes",
    ),
    Rule(
        "U3",
        Level.URGENT,
        "gradual change in speech or swallowing, or twitching of the tongue",
        "seed article (changes in speech); NICE NG42",
        lambda f: f.neuro_gradual_or_unknown("speech")
        or f.neuro_gradual_or_unknown("swallowing")
        or f.has_neuro("tongue"),
    ),
    Rule(
        "U4",
        Level.URGENT,
        "loss of coordination or dexterity, or unexplained falls",
        "seed article (coordination); NICE NG42",
        lambda f: f.neuro_gradual_or_unknown("coordination"),
    ),
    Rule(
        "R1",
        Level.ROUTINE,
        "twitching has persisted for 14 days or more",
        'NHS twitching; seed articles ("several weeks")',
        lambda f: f.duration_days is not None and f.duration_days >= PERSISTENT_TWITCHING_DAYS,
    ),
    Rule(
        "R2",
        Level.ROUTINE,
        "twitching is getting worse over time",
        'seed article ("worsens over time")',
        lambda f: f.worsening is True,
    ),
    Rule(
        "R3",
        Level.ROUTINE,
        "twitching in several parts of the body, or spreading",
        'NHS twitching; seed article ("starts in other parts of your body")',
        lambda f: f.spreading is True,
    ),
    Rule(
        "R4",
        Level.ROUTINE,
        "pain, numbness, tingling or pins and needles with the twitching",
        'seed article ("with pain, weakness, or tingling"); neuropathy',
        lambda f: f.sensory_symptoms is True,
    ),
    Rule(
        "R5",
        Level.ROUTINE,
        "it disrupts daily life or sleep, or comes with an urge to move the legs at rest",
        'seed article (restless legs syndrome, "messes with your daily life")',
        lambda f: f.daily_impact is True,
    ),
    Rule(
        "R6",
        Level.ROUTINE,
        "it started after beginning or changing a medicine",
        "NHS twitching; seed article (medication side effects)",
        lambda f: f.medication_change is True,
    ),
    Rule(
        "R7",
        Level.ROUTINE,
        "changes in vision that are not sudden",
        "seed article (vision)",
        lambda f: f.neuro_gradual_or_unknown("vision"),
    ),
)

RULES_BY_ID: Mapping[str, Rule] = {rule.id: rule for rule in RULES}

# The spec's "uncertain answers" clause: not a red flag with an id of its
# own, but a floor under the level.
UNCERTAIN_FLOOR = Level.ROUTINE
UNCERTAIN_SLOTS: Tuple[str, ...] = ("weakness", "atrophy")


@dataclass(frozen=True)
class TriageResult:
    level: Level
    fired: Tuple[Rule, ...]
    uncertain: Tuple[str, ...]
    general_emergency_signs: Tuple[str, ...] = ()

    @property
    def red_flags(self) -> list:
        return [rule.id for rule in self.fired]


def assess(findings: Findings) -> TriageResult:
    """Apply every rule; the highest level among those that fire wins."""
    fired = [rule for rule in RULES if rule.applies(findings)]
    # Highest level first; the table order breaks ties, as the spec lists them.
    fired.sort(key=lambda rule: -rule.level)
    uncertain = tuple(slot for slot in UNCERTAIN_SLOTS if getattr(findings, slot) == "unsure")
    general = tuple(sorted(findings.emergency_signs & GENERAL_EMERGENCY_SIGNS))

    level = max((rule.level for rule in fired), default=Level.SELF_CARE)
    if uncertain:
        level = max(level, UNCERTAIN_FLOOR)
    if general:
        level = Level.EMERGENCY
    return TriageResult(level=level, fired=tuple(fired), uncertain=uncertain, general_emergency_signs=general)


def _as_bool(value: object) -> Optional[bool]:
    if value is None or isinstance(value, bool):
        return value
    text = str(value).strip().lower()
    if text in {"true", "yes", "1"}:
        return True
    if text in {"false", "no", "0"}:
        return False
    return None


def _as_float(value: object) -> Optional[float]:
    if value is None:
        return None
    try:
        return float(value)  # type: ignore[arg-type]
    except (TypeError, ValueError):
        return None


def _as_set(value: object) -> FrozenSet[str]:
    if not value:
        return frozenset()
    if isinstance(value, str):
        return frozenset({value})
    return frozenset(str(item) for item in value)  # type: ignore[union-attr]


def findings_from_slots(slots: Mapping[str, object]) -> Findings:
    """Build findings from slot values as Rasa stores them (strings, lists)."""
    return Findings(
        twitch_location=slots.get("twitch_location") or None,  # type: ignore[arg-type]
        duration_days=_as_float(slots.get("duration_days")),
        worsening=_as_bool(slots.get("worsening")),
        weakness=slots.get("weakness") or None,  # type: ignore[arg-type]
        atrophy=slots.get("atrophy") or None,  # type: ignore[arg-type]
        spreading=_as_bool(slots.get("spreading")),
        sensory_symptoms=_as_bool(slots.get("sensory_symptoms")),
        daily_impact=_as_bool(slots.get("daily_impact")),
        neuro_symptoms=_as_set(slots.get("neuro_symptoms")),
        neuro_onset=slots.get("neuro_onset") or None,  # type: ignore[arg-type]
        medication_change=_as_bool(slots.get("medication_change")),
        lifestyle_factors=_as_set(slots.get("lifestyle_factors")),
        emergency_signs=_as_set(slots.get("emergency_signs")),
    )


def rules_at(level: Level) -> Iterable[Rule]:
    return (rule for rule in RULES if rule.level == level)
