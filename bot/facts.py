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

import re
from typing import Any, Dict, Iterable, List, Mapping, Optional, Tuple

from bot.nlp.duration import TIME_ENTITIES
from bot.nlp.extract import RECENT_START
from bot.nlp.lexicon import BODY_PARTS
from bot.nlp.negation import SOFT_HEDGE
from bot.nlp.scope import TWITCH_WORDS, asks_about_signs_in_general
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
# Intents whose statements still report facts: "hi, my calf has twitched for
# a week" or "is it ALS? my leg feels weak" (the question part reports nothing).
STATEMENT_AWARE_INTENTS = frozenset({"greet", "thank"})
# Named even inside a question, these still describe the person's own case:
# "is it normal that my calf has twitched for 2 months?"
SAID_IN_QUESTIONS = frozenset({"body_part", "emergency_sign"}) | TIME_ENTITIES
QUESTION_OPENING = re.compile(
    r"^\W*(?:can|could|does|do|did|is|are|should|would|what|what's|whats|why|how|when|which|"
    r"will|might|may|any|anything)\b",
    re.IGNORECASE,
)
SENTENCE = re.compile(r"[^.!?\n]+[.!?\n]*")
CLAUSE = re.compile(r"[^,;]+[,;]*")
NONE_ANSWER = re.compile(
    r"^\W*(?:none|nothing|no|nope|nah|neither|not really|none really|none of (?:the above|those|them|these))\b",
    re.IGNORECASE,
)
LIST_QUESTION_SLOTS = ("neuro_symptoms", "lifestyle_factors")
# Where one thing said ends and the next begins, for which duration belongs to what:
# "stressed for 2 months and the calf has twitched for a week".
DURATION_CLAUSE_BREAK = re.compile(r"[.!?;,\n]|\b(?:and|but|though|although|whereas|while|plus)\b", re.IGNORECASE)
TWITCHING = re.compile(r"\b" + TWITCH_WORDS, re.IGNORECASE)
# Mentions that make a clause about something other than the twitching.
OTHER_SUBJECTS = frozenset({"finding", "factor", "emergency_sign"})
# Words that do the same where no mention stands: "pregnant, 30 weeks".
OTHER_THINGS = re.compile(r"\bpregnan\w*", re.IGNORECASE)
# A clause that goes on about the twitching without naming it: "my thigh twitches,
# started 3 weeks ago", "... - been going on for a month".
GOES_ON_ABOUT_IT = re.compile(
    r"^\W*(?:(?:it|they|this|that|these|those)(?:'s|'ve|\s+has|\s+have|\s+is|\s+was|\s+started|\s+began)?\s+|"
    r"has\s+|have\s+|'s\s+)?(?:been|started|starting|began|begun|going|goin|for|since|about|around|roughly|approx\w*|"
    r"nearly|almost|over|ongoing|on\s+and\s+off|\d|a\s+few|a\s+couple|a\s+(?:week|month|year|day)|the\s+(?:last|past))\b",
    re.IGNORECASE,
)
MAX_DURATION_DAYS = 100 * 365.0
# Questions about a change other than the twitching: a time in their answer
# dates that change ("yes, since this morning"), not the twitching.
QUESTIONS_ABOUT_ANOTHER_CHANGE = ("weakness", "atrophy", "neuro_onset")
# Within the last day, said without a number: "since this morning", "last night".
EARLIER_TODAY = re.compile(
    r"\b(?:today|tonight|this\s+(?:morning|afternoon|evening)|last\s+night|just\s+now|since\s+(?:lunch\w*|"
    r"breakfast|dinner|tea\s*time|i\s+woke\s+up|waking\s+up|i\s+got\s+up)|when\s+i\s+(?:woke|got)\s+up)\b",
    re.IGNORECASE,
)
WITHIN_HOURS_DAYS = 1.0
# Asked how fast it came on: "minutes. it just happened", "seconds".
HOW_FAST_IN_MINUTES = re.compile(
    r"^\W*(?:(?:a\s+few|few|a\s+couple\s+of|couple\s+of|\d+|a|an|one|two|three)\s+)?(?:seconds?|secs?|minutes?|mins?|hours?|hrs?)\b"
    r"|\bjust\s+happened\b",
    re.IGNORECASE,
)

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


# "no, only the left one", "yes, my foot catches": an answer with content that
# opens with a plain no or yes still answers the question asked.
LEADING_ANSWERS: Tuple[Tuple[str, "re.Pattern[str]"], ...] = (
    ("deny", re.compile(r"^\W*(?:no|nope|nah|not really)\b(?!\s+(?:idea|clue|doubt)\b)", re.IGNORECASE)),
    ("affirm", re.compile(r"^\W*(?:yes|yeah|yep|yup|yea)\b", re.IGNORECASE)),
)


def _leading_answer(text: Optional[str]) -> Optional[str]:
    for intent, pattern in LEADING_ANSWERS:
        if text and pattern.match(text):
            return intent
    return None


def _by_label(entities: Iterable[Mapping[str, Any]], name: str) -> List[Mapping[str, Any]]:
    return [entity for entity in entities if entity.get("entity") == name]


def _present(entity: Mapping[str, Any]) -> bool:
    return entity.get("role") in (None, AFFIRMED, UNCERTAIN)


def emergency_signs_named(entities: Iterable[Mapping[str, Any]]) -> List[str]:
    """The emergency signs a message names and does not deny."""
    return [entity["value"] for entity in _by_label(entities, "emergency_sign") if _present(entity)]


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
            # "I think my leg is weaker" is a report of weakness; "maybe a bit weak" is not sure.
            if role == UNCERTAIN and entity.get("hedge") == SOFT_HEDGE:
                role = AFFIRMED
            values[finding] = {AFFIRMED: "yes", NEGATED: "no", UNCERTAIN: "unsure"}[role]
        elif finding in BOOL_FINDING_SLOTS:
            values[BOOL_FINDING_SLOTS[finding]] = role != NEGATED
    neuro_present = [e["value"] for e in _by_label(entities, "finding") if e.get("value") in NEURO_SYMPTOMS and _present(e)]
    if neuro_present:
        values["neuro_symptoms"] = _merge_list(slots.get("neuro_symptoms"), neuro_present)
    return values


def _days(value: Any) -> Optional[float]:
    try:
        return float(value)
    except (TypeError, ValueError):
        return None


def question_spans(text: str) -> List[Tuple[int, int]]:
    """Character spans of the clauses that ask rather than tell.

    "I drink 5 cups of tea a day, could that be why?" tells in its first clause
    and asks in its second.
    """
    spans = []
    for match in SENTENCE.finditer(text):
        sentence = match.group()
        clauses = [(c.start() + match.start(), c.end() + match.start(), c.group()) for c in CLAUSE.finditer(sentence)]
        asking = [(start, end) for start, end, clause in clauses if QUESTION_OPENING.match(clause)]
        if not asking and sentence.rstrip().endswith("?") and clauses:
            asking = [(clauses[0][0], clauses[-1][1])]
        spans += asking
    return spans


def _says_none(text: Optional[str]) -> bool:
    """ "none of those", "nothing like that": an empty answer to a list question."""
    return bool(text) and NONE_ANSWER.match(text or "") is not None


def chosen_faq_answer(parse: Mapping[str, Any]) -> Tuple[Optional[str], float]:
    """The response selector's choice for a message, e.g. ("faq/is_it_als", 0.98).

    The assistant's selector is keyed "faq" (its retrieval intent); Rasa's
    default pipeline keys its single selector "default".
    """
    selectors = parse.get("response_selector") or {}
    chosen = (selectors.get(QUESTION_INTENTS_PREFIX) or selectors.get("default") or {}).get("response") or {}
    return chosen.get("intent_response_key"), float(chosen.get("confidence") or 0.0)


def _reads_statements(intent: str, text: Optional[str]) -> bool:
    return bool(text) and (intent.startswith(QUESTION_INTENTS_PREFIX) or intent in STATEMENT_AWARE_INTENTS)


def _stated(entities: List[Mapping[str, Any]], text: str) -> List[Mapping[str, Any]]:
    """The mentions that tell something, not those only asked about."""
    questions = question_spans(text)

    def asked(entity: Mapping[str, Any]) -> bool:
        start = entity.get("start")
        return start is not None and any(begin <= start < end for begin, end in questions)

    return [e for e in entities if e.get("entity") in SAID_IN_QUESTIONS or not asked(e)]


def facts_from_message(
    entities: List[Mapping[str, Any]],
    intent: Optional[str],
    requested_slot: Optional[str],
    slots: Mapping[str, Any],
    text: Optional[str] = None,
) -> Dict[str, Any]:
    """Slot values that this message gives, keyed by slot name.

    With the message ``text``, a question or a greeting still reports what it
    states in sentences of its own ("is it ALS? my leg feels weak").
    """
    intent = intent or ""
    values: Dict[str, Any] = {}
    statements_only = _reads_statements(intent, text)
    if statements_only:
        entities = _stated(entities, text or "")
    if text and asks_about_signs_in_general(text):
        # "is slurred speech a sign of ALS?" names a sign the person does not report.
        entities = [entity for entity in entities if entity.get("entity") != "emergency_sign"]

    # Button payloads carry slot values directly, e.g. /inform{"duration_days": 10}.
    for entity in entities:
        name = entity.get("entity")
        if name in ASSESSMENT_SLOTS:
            values[name] = entity.get("value")

    locations = [e["value"] for e in _by_label(entities, "body_part")]
    if locations and (slots.get("twitch_location") is None or requested_slot == "twitch_location"):
        values.setdefault("twitch_location", locations[0])

    durations = [entity for entity in entities if entity.get("entity") in TIME_ENTITIES]
    if requested_slot in QUESTIONS_ABOUT_ANOTHER_CHANGE:
        durations = [e for e in durations if _in_a_clause_about_twitching(e, text)]
    twitching_days = how_long_it_has_twitched(durations, entities, text)
    if twitching_days is not None and (slots.get("duration_days") is None or requested_slot == "duration_days"):
        values.setdefault("duration_days", twitching_days)

    for slot, value in _findings(entities, slots).items():
        values.setdefault(slot, value)

    neuro_known = bool(values.get("neuro_symptoms") or slots.get("neuro_symptoms"))
    # "it came on suddenly I think" still says sudden: a hedged onset counts, as other hedged findings do.
    onsets = [e["value"] for e in _by_label(entities, "onset") if _present(e)]
    if onsets and (requested_slot == "neuro_onset" or neuro_known):
        # "sudden" anywhere beats "gradual": the safer reading.
        values.setdefault("neuro_onset", "sudden" if "sudden" in onsets else onsets[0])

    factors = [e["value"] for e in _by_label(entities, "factor") if _present(e)]
    if factors:
        values.setdefault("lifestyle_factors", _merge_list(slots.get("lifestyle_factors"), factors))

    signs = emergency_signs_named(entities)
    if signs:
        values["emergency_signs"] = _merge_list(slots.get("emergency_signs"), signs)

    if requested_slot and requested_slot not in values:
        answered_as = _leading_answer(text) if intent == "inform" else intent
        plain = PLAIN_ANSWERS.get(answered_as or "", {})
        if requested_slot in plain:
            values[requested_slot] = plain[requested_slot]
        elif requested_slot == "neuro_symptoms" and _answers_none(entities, NEURO_SYMPTOMS, "finding"):
            values["neuro_symptoms"] = []
        elif requested_slot == "lifestyle_factors" and _answers_none(entities, LIFESTYLE_FACTORS, "factor"):
            values["lifestyle_factors"] = []
        elif requested_slot in LIST_QUESTION_SLOTS and _says_none(text):
            values[requested_slot] = []
    # Asked about weakness, "yes, all of a sudden" or "since this morning" is weakness that came
    # on within hours: the emergency E1, though no single phrase of it names sudden weakness.
    if requested_slot == "weakness" and values.get("weakness") != "no" and _came_on_within_hours(entities, text):
        values["weakness"] = values.get("weakness") or "yes"
        values["emergency_signs"] = _merge_list(values.get("emergency_signs") or slots.get("emergency_signs"), ["sudden_weakness"])
    if requested_slot == "neuro_onset" and "neuro_onset" not in values and _came_on_within_hours(entities, text):
        values["neuro_onset"] = "sudden"
    allowed = _slots_a_message_can_report(intent, requested_slot, statements_only)
    normalised = {slot: normalise(slot, value) for slot, value in values.items() if slot in allowed}
    return {slot: value for slot, value in normalised.items() if value is not None}


def how_long_it_has_twitched(
    durations: List[Mapping[str, Any]], entities: List[Mapping[str, Any]], text: Optional[str]
) -> Optional[float]:
    """The days of the twitching itself, when the message also says how long something else lasted.

    "Stressed for 2 months, and the calf has twitched for a week" is 7 days: a
    duration in a clause that speaks of twitching wins (or in the clause right
    after one, "my thigh twitches, started 3 weeks ago"), then one in a clause
    that speaks of nothing else.  A duration in a clause about a finding or a
    factor ("weak for a month", "on a statin for years") counts only when no
    other duration is given.  Within each group the longest wins: the safer
    reading, since twitching for two weeks or more is a reason to see a GP.
    """
    days_by_place = [(days, entity.get("start")) for entity in durations if (days := _days(entity.get("value"))) is not None]
    if not days_by_place:
        return None
    if not text or len({days for days, _ in days_by_place}) == 1:
        return max(days for days, _ in days_by_place)
    clauses = _clauses(text)

    def about(clause: Tuple[int, int]) -> str:
        begin, end = clause
        if TWITCHING.search(text[begin:end]):
            return "twitching"
        if OTHER_THINGS.search(text[begin:end]) or any(
            e.get("entity") in OTHER_SUBJECTS and isinstance(e.get("start"), int) and begin <= e["start"] < end
            for e in entities
        ):
            return "something else"
        return "nothing else"

    groups: Dict[str, List[float]] = {"twitching": [], "nothing else": [], "something else": []}
    for days, start in days_by_place:
        index = next((i for i, (begin, end) in enumerate(clauses) if begin <= start < end), None) if isinstance(start, int) else None
        subject = "nothing else" if index is None else about(clauses[index])
        goes_on = index is not None and GOES_ON_ABOUT_IT.match(text[clauses[index][0] : clauses[index][1]])
        if subject == "nothing else" and index and goes_on and about(clauses[index - 1]) == "twitching":
            subject = "twitching"
        groups[subject].append(days)
    return max(groups["twitching"] or groups["nothing else"] or groups["something else"])


def _clause_at(text: str, position: int) -> str:
    return next((text[begin:end] for begin, end in _clauses(text) if begin <= position < end), "")


def _in_a_clause_about_twitching(entity: Mapping[str, Any], text: Optional[str]) -> bool:
    start = entity.get("start")
    return bool(text) and isinstance(start, int) and TWITCHING.search(_clause_at(text or "", start)) is not None


# "since yesterday", "a day ago" date a start; "for a day and then they're fine" says how long it lasted.
DATES_A_START = re.compile(r"\b(?:since|ago|yesterday)\b", re.IGNORECASE)


def _dates_a_start_within_a_day(entity: Mapping[str, Any], text: str) -> bool:
    days = _days(entity.get("value"))
    if days is None or days > WITHIN_HOURS_DAYS:
        return False
    if entity.get("entity") == "recent_time":
        return True
    start, end = entity.get("start"), entity.get("end")
    if not isinstance(start, int) or not isinstance(end, int):
        return True
    return DATES_A_START.search(text[max(0, start - 6) : end + 4]) is not None


def _came_on_within_hours(entities: List[Mapping[str, Any]], text: Optional[str]) -> bool:
    """The answer says its change began suddenly, or minutes or hours ago.

    A time said of the twitching ("yes a bit, and the twitching started this
    morning") dates the twitching, not the change asked about.
    """
    text = text or ""
    cues = [
        entity.get("start")
        for entity in entities
        if (entity.get("entity") == "onset" and entity.get("value") == "sudden" and _present(entity))
        or (entity.get("entity") in TIME_ENTITIES and _dates_a_start_within_a_day(entity, text))
    ]
    cues += [match.start() for pattern in (RECENT_START, EARLIER_TODAY, HOW_FAST_IN_MINUTES) for match in pattern.finditer(text)]
    return any(
        not isinstance(start, int) or TWITCHING.search(_clause_at(text, start)) is None for start in cues
    )


def _clauses(text: str) -> List[Tuple[int, int]]:
    spans, begin = [], 0
    for match in DURATION_CLAUSE_BREAK.finditer(text):
        spans.append((begin, match.start()))
        begin = match.end()
    spans.append((begin, len(text)))
    return [(begin, end) for begin, end in spans if text[begin:end].strip()]


def _slots_a_message_can_report(intent: str, requested_slot: Optional[str], statements_only: bool) -> set:
    """A report fills anything; a question or chit-chat only what it must.

    "Can stress cause weakness?" names weakness without reporting it, and "am I
    talking to a bot?" is no change in speech.  A question may still say where
    and how long ("is it ALS? my calf has twitched for 2 months").  Emergency
    signs always count, and so does whatever answers the open question.  With
    the text at hand (``statements_only``), the mentions were already narrowed
    to what is stated, so they fill anything.
    """
    if intent in REPORT_INTENTS or not intent or statements_only:
        allowed = set(ASSESSMENT_SLOTS)
    elif intent.startswith(QUESTION_INTENTS_PREFIX):
        allowed = {"twitch_location", "duration_days"}
    else:
        allowed = set()
    allowed.add("emergency_signs")
    if requested_slot:
        allowed.add(requested_slot)
    return allowed


def _answers_none(entities: List[Mapping[str, Any]], values: Iterable[str], label: str) -> bool:
    """Only denied items, e.g. "no trouble swallowing or talking" or "I don't smoke or drink"."""
    named = [e for e in _by_label(entities, label) if e.get("value") in tuple(values)]
    return bool(named) and all(e.get("role") == NEGATED for e in named)


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
