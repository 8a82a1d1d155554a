"""Clinical mentions in a message: what, where, how long, and with what polarity.

Works on a spaCy ``Doc`` made by the project's pipeline (see
``bot.nlp.pipeline``), so the same code serves Rasa's NLU component, the
tests and the evaluation scripts.
"""

from __future__ import annotations

import dataclasses
import re
from dataclasses import dataclass
from datetime import date
from typing import Callable, Dict, List, Optional, Sequence, Tuple

from spacy.tokens import Doc, Span

from bot.nlp.duration import RECENT_TIME_DAYS, find_durations
from bot.nlp.lexicon import BODY_PARTS, LEXICON
from bot.nlp.negation import (
    AFFIRMED, AMOUNT_HEDGES, AS_BEFORE, LIVING_ON, feeling_passed, fine_again_further_on, AS_BEFORE_REACH, CLAUSE_BREAKS, JOINING_HYPHEN, NEGATED, denial_cancelled, named_as_the_exception, NEGATION_TRIGGERS, SOFT_HEDGE, UNCERTAIN, answered_no, clause_after, clause_before, contains_phrase,
    NORMAL_STATE_WORDS, doubted_afterwards, spans_denied_then_doubted, spans_doubted_at_the_end, given_up, hedged_inside, walked_back,
    amount_said_after, cause_guessed_by_another, guess_taken_up, guessed_by_another, disputed_view, hedged_right_after, hypothetical, matches_at, over_afterwards, resolved_afterwards,
    normal_state_denied_after, polarity, retracted, state_denied_before, taken_back, without_amount_hedges,
    POST_UNCERTAINTY_TRIGGERS, UNNAMED_LIST_ITEMS, sentence_opening, softly_hedged, softly_hedged_after_a_denial, stated_normal_after,
)

# Typos one edit away from a lexicon word ("weeknes", "paralised") still count.
# Short words are left out: "weeks" is one edit from "weak".
TYPO_MIN_LENGTH = 6
TYPO_CANDIDATES = {
    phrase: (label, value)
    for label, entries in LEXICON.items()
    if label != "IGNORED"
    for value, phrases in entries.items()
    for phrase in phrases
    if " " not in phrase and "'" not in phrase and len(phrase) >= TYPO_MIN_LENGTH
}
# A typo keeps its first letter (an assumption that also keeps the search small).
TYPO_CANDIDATES_BY_FIRST_LETTER: Dict[str, List[str]] = {}
for _candidate in TYPO_CANDIDATES:
    TYPO_CANDIDATES_BY_FIRST_LETTER.setdefault(_candidate[0], []).append(_candidate)
# "my strength is completely normal", "walking fine", "sleep: great": an aspect, then a
# word that says it is fine.  For sleep, "sleep is trash" says the factor is there.
ASPECTS = {
    "strength": ("FINDING", "weakness"),
    "walking": ("FINDING", "weakness"),
    "stairs": ("FINDING", "weakness"),
    "sleep": ("FACTOR", "poor_sleep"),
    # "Diet is pretty bad too tbh", "food ok", "water? tons", "Water probably not enough".
    "diet": ("FACTOR", "nutrient_deficiency"),
    "food": ("FACTOR", "nutrient_deficiency"),
    "water": ("FACTOR", "dehydration"),
}
FINE_WORDS = frozenset({"fine", "normal", "ok", "okay", "good", "great", "same", "unchanged", "perfect"})
FINE_PHRASES = (("no", "problem"), ("no", "problems"), ("no", "issue"), ("no", "issues"), ("no", "trouble"))
BAD_WORDS = {
    "poor_sleep": frozenset({
        "trash", "garbage", "rubbish", "terrible", "awful", "crap", "crappy", "shit", "shite", "poor", "bad",
        "shocking", "horrendous", "horrible", "broken", "patchy", "meh", "non-existent", "nonexistent", "wrecked",
        "messed", "disrupted", "dreadful", "atrocious", "lousy",
    }),
}
BAD_WORDS["poor_sleep"] |= {"disaster", "nightmare", "hell", "joke", "mess", "lol", "lmao", "haha", "so-so"}
BAD_WORDS["nutrient_deficiency"] = frozenset(
    {"bad", "terrible", "awful", "poor", "rubbish", "crap", "crappy", "junk", "shit", "trash", "garbage", "shocking",
     "horrendous", "horrible", "dreadful", "atrocious", "lousy", "disaster"}
)
BAD_PHRASES = (
    ("could", "be", "better"), ("distant", "memory"), ("all", "over", "the", "place"), ("so", "-", "so"), ("so", "so"),
    ("what", "'s", "that"), ("what", "is", "that"),
)
# "Water probably not enough": too little of what one needs.
SHORT_OF = {"dehydration": (("not", "enough"), ("not", "much"), ("too", "little")),
            "nutrient_deficiency": (("not", "enough"),)}
# "water? tons": plenty of it.
PLENTY_WORDS = {"dehydration": frozenset({"tons", "plenty", "loads", "lots", "heaps"})}
ASPECT_WINDOW = 4

SINGLE_WORD_BODY_PARTS = {
    phrase: part for part, phrases in BODY_PARTS.items() for phrase in phrases if " " not in phrase
}

# A weakness or numbness this close to "suddenly" is a sudden weakness (E1); a balance lost
# suddenly is a sudden loss of balance.
SUDDEN_LINK_WINDOW = 6
SUDDEN_SIGNS = {
    "weakness": "sudden_weakness", "sensory": "sudden_weakness", "coordination": "sudden_balance_loss",
    # "my vision has gone blurry and double all of a sudden": the triage rules' sudden neurological changes.
    "vision": "sudden_vision_loss", "speech": "slurred_speech", "swallowing": "cannot_swallow",
}
# Signs linked only when no emergency is named already (the message is an emergency either way);
# sudden weakness is always linked.
SIGNS_ONLY_WHEN_NO_OTHER = frozenset({"sudden_balance_loss", "sudden_vision_loss", "slurred_speech", "cannot_swallow"})
BALANCE_WORDS = ("balance", "unsteady", "fell", "falling", "fall over", "wobbly")
# Findings where "unsure" lowers the level.  A soft hedge ("I think my leg is
# weaker") makes the mention uncertain, as language, but marks it SOFT_HEDGE so
# that the assessment still takes it as reported (bot.facts).  Emergency signs
# too: "I think I'm having a stroke" must get the instruction to call.
FIRM_FINDINGS = frozenset({"weakness", "atrophy"})


def _reported_when_hedged(label: str, value: str) -> bool:
    """A weaker or thinner leg, or an emergency sign, still counts as reported under a soft hedge."""
    return value in FIRM_FINDINGS or label == "EMERGENCY"
STOPPABLE_CAUSES = frozenset({"medication", "nutrient_deficiency"})

# How far after a medicine change its time may follow, and what ends the clause.
MEDICINE_TIME_GAP = 30
CLAUSE_BREAK = re.compile(r"[.!?;,]|\b(?:and|but|twitch\w*|since then)\b", re.IGNORECASE)

# Rasa entity names for the mention labels, and the labels that carry a polarity role.
ENTITY_NAMES = {
    "BODY_PART": "body_part",
    "FINDING": "finding",
    "FACTOR": "factor",
    "EMERGENCY": "emergency_sign",
    "ONSET": "onset",
    "DURATION": "duration",
    "RECENT_TIME": "recent_time",
}
TIME_LABELS = frozenset({"DURATION", "RECENT_TIME"})
ROLE_LABELS = frozenset({"FINDING", "FACTOR", "EMERGENCY", "ONSET"})

# "popping up in my thigh too": a second place named with "too" is spreading.
ALSO_WORDS = frozenset({"too", "also", "aswell"})
ALSO_PHRASES = (("as", "well"),)
NOW_ALSO_REACH = 9
# Numbness in the saddle area (E6), however the sentence is put together.
SENSATION_WORDS = frozenset({"feel", "feeling", "feelings", "sensation", "sense", "strength", "power", "control"})
NUMB_WORDS = frozenset({"numb", "numbness", "tingly", "dead"})
SADDLE_WORDS = frozenset({"groin", "bum", "buttocks", "bottom", "genitals", "crotch", "perineum", "saddle"})
SADDLE_PAIR_REACH = 8
SADDLE_PHRASES = (
    ("between", "my", "legs"), ("inner", "thighs"), ("down", "below"), ("down", "there"), ("private", "parts"),
)


# "I only sleep like 4 hours a night": five hours or fewer is short sleep.
SHORT_SLEEP = re.compile(
    r"\b(?:sleep|sleeping|slept|getting)\s+(?:like\s+|maybe\s+|about\s+|only\s+|around\s+|barely\s+|just\s+)?"
    r"(?:[1-5]|two|three|four|five)(?:\s*-\s*[1-6])?\s*(?:h|hrs?|hours?)\b"
    # "get maybe 5 hours a night", "i do about 5 hrs sleep": other verbs, when the night or the sleep is said.
    r"|\b(?:get|gets|got|do|manage|managing)\s+(?:like\s+|maybe\s+|about\s+|only\s+|around\s+|barely\s+|just\s+)?"
    r"(?:[1-5]|two|three|four|five)(?:\s*-\s*[1-6])?\s*(?:h|hrs?|hours?)\s+(?:(?:a|per|each)\s+night|(?:of\s+)?sleep)\b"
    # "only 5h sleep", "Sleep: 5h", "sleep is maybe 5 hours", "sleep was like 4 hrs".
    r"|\b(?:only|just|maybe|about|like|barely)\s+(?:[1-5]|two|three|four|five)\s*(?:h|hrs?|hours?)\s+(?:of\s+)?sleep\b"
    r"|\bsleep(?:ing)?\s*(?::|-|,|\s+is|\s+was|'s)\s*(?:like\s+|maybe\s+|about\s+|only\s+|around\s+|barely\s+|just\s+|~)?"
    r"(?:[1-5]|two|three|four|five)(?:\s*-\s*[1-6])?\s*(?:h|hrs?|hours?)\b"
    # "sleep at like 5am", "bed at 3am", "the 3am bedtimes".
    r"|\b(?:sleep|sleeping|bed|asleep)\s+(?:at|around|till|until)\s+(?:like\s+|around\s+|about\s+)?[1-5]\s*am\b"
    r"|\b[1-5]\s*am\s+bedtimes?\b",
    re.IGNORECASE,
)


# "I drink most nights", "been drinking more since the divorce": drinking with no drink named is
# alcohol.  Not when a drink or an amount of fluid follows, nor eating and drinking as a
# swallowing matter ("can't eat or drink").
DRINKING_ALONE = re.compile(
    r"\b(?:drink|drinks|drinking|drinkin|drank)\b"
    r"(?=\s*(?:$|[.,;!?)]|(?:a\s+lot(?!\s+of)|lots(?!\s+of)|loads(?!\s+of)|more|most|every|way\s+too|too\s+much|quite|rather|heavily|"
    r"a\s+fair|a\s+bit|a\s+little|socially|daily|nightly|again|at\s+(?:the\s+)?weekends?|on\s+(?:the\s+)?weekends?|"
    r"at\s+my|at\s+a|since|to\s+cope|tho|though|with\s+(?:friends|mates|the\s+lads|the\s+girls)|sometimes|"
    r"occasionally|regularly|like\s+a\s+fish|heavy|hard|till|until|all\s+weekend|every\s+night)\b))"
    r"(?!.{0,30}\b(?:water|coffees?|teas?|fluids?|caffeine|energy|coke|cola|juice|milk|red\s+bull|monster|litres?|liters?|"
    r"protein|shakes?|electrolytes?|decaf|soda|pop|squash|lattes?|espressos?)\b)",
    re.IGNORECASE,
)
NOT_A_DRINKING_HABIT = frozenset({
    "a", "the", "energy", "fizzy", "soft", "sports", "any", "no", "few", "my", "hot", "cold", "on", "eat", "eating",
    "swallow", "swallowing", "cough", "coughing", "choke", "choking", "can't", "cannot", "cant", "able", "trouble",
    "hard", "food", "or", "&", "to", "enough", "water", "divvent", "much", "all",
})
# "I barely drink" says there is little or no alcohol.
SCARCELY = frozenset({"barely", "hardly", "rarely", "seldom", "scarcely"})

# "I've not been sleeping properly", "never sleep through", "up 4 times a night with the baby".
POOR_SLEEP_SAID = re.compile(
    r"\b(?:not|n't|nt|never)\s+(?:been\s+|really\s+|even\s+|ever\s+)*(?:sleep|sleeping|sleepin|slept)\s+"
    r"(?:well|properly|proper|good|right|great|much|enough|through|thru)\b"
    r"|\b(?:not|n't|nt)\s+been\s+(?:sleeping|sleepin)\b"
    r"|\b(?:sleep|sleeping|sleepin)\s+(?:even\s+|much\s+|way\s+|a\s+lot\s+|definitely\s+)?worse\b"
    r"|\bunder-?slept\b"
    r"|\b(?:rarely|never|hardly\s+ever|don't|dont|can't|cant|not)\s+(?:get|getting|had|have)\s+a\s+(?:full|whole|proper)\s+night"
    r"|\bup\s+(?:like\s+|about\s+)?(?:[2-9]|two|three|four|five|six|several|multiple|a\s+few)\s+times\s+(?:a|per|every|each)\s+night"
    r"|\bup\s+every\s+(?:[1-4]|one|two|three|four|couple\s+of)\s+hours?\b"
    r"|\bnot\s+getting\s+(?:any|much|enough)\s+sleep\b",
    re.IGNORECASE,
)

# "did a 10k on Sunday", "after a 30k ride", "walking 20k steps a day", "I walk about 15 miles a day".
EXERCISE_IN_FIGURES = re.compile(
    r"\b(?:a|my|the)\s+\d{1,3}\s?k\b(?!\s*(?:steps|a\s+year|per\s+year|a\s+month|per\s+annum))"
    r"|\b\d{1,3}\s?k\s+(?:run|runs|ride|rides|race|races|hike|hikes|row|swim|walk|walks|trail)\b"
    # Ten thousand steps is an everyday walk; fifteen thousand and more is work or sport.
    r"|\b(?:1[5-9]|[2-9]\d)\s?k\s+steps\b|\b(?:1[5-9]|[2-9]\d),?000\s+steps\b"
    r"|\b(?:walk|walking|run|running|cycle|cycling|ride|riding)\s+(?:about\s+|around\s+|like\s+|over\s+)?"
    r"(?:[5-9]|\d\d)\s*(?:miles|km|kilometres|kilometers)\s+(?:a|per|each|every)\s+day\b",
    re.IGNORECASE,
)


@dataclass(frozen=True)
class Mention:
    label: str
    value: str
    polarity: str
    start: int
    end: int
    text: str
    hedge: Optional[str] = None
    # Denied by a statement of the normal state ("my strength is fine") rather
    # than by a negation word ("no weakness").
    stated_normal: bool = False


# Words that join a list of findings: "speech and swallowing are normal", "kind of
# tingly and weak", "no pain, numbness or tingling".
COORDINATORS = frozenset({"and", "or", "nor", "&", "/", "n"})
LIST_SEPARATORS = COORDINATORS | {","}


# "sleep's okay" says it of the sleep alone.
SINGULAR_VERBS = frozenset({"'s", "is", "was", "has"})


@dataclass(frozen=True)
class _Cue:
    """Where a mention's polarity came from: a cue before it, after it, or neither."""

    state: str
    hedge: Optional[str]
    side: Optional[str]
    stated_normal: bool = False


# A nutrient named on its own, not a diet: "b12", "magnesium".
NUTRIENT_NAMES = frozenset({"b12", "magnesium", "potassium", "calcium", "vitamin d", "iron", "electrolytes"})
# Words of a shortfall; a bare "I don't take magnesium" says only that no supplement is taken.
SHORTFALL_WORDS = frozenset({"enough", "bother", "bothered", "great", "good", "forget", "remember", "rarely"})
# "I'm vegan and I don't take B12": without meat, a nutrient not taken is one run short of ("i don't
# take magnesium or anything" alone says no more than that).
PLANT_DIETS = frozenset({"vegan", "vegetarian", "veggie", "plant-based"})
INTAKE_VERBS = frozenset({"take", "taking", "supplement"})


# "stress is low", "caffeine low": little of a habit or a pressure is none to speak of.
# Not "potassium is low" or "energy is low": there, low is the problem.
SAID_LOW = frozenset({"stress", "caffeine", "alcohol"})
LOW_WORDS = frozenset({"low", "minimal"})


DENIAL_WORDS = frozenset({"not", "n't", "nt", "no", "never", "cant", "cannot"})


def _denial_of_another(doc: Doc, words: List[str], mention: Span) -> bool:
    """Whether the last denial before the mention is part of another finding's or sign's own words."""
    before = clause_before(words, mention.start)
    denials = [mention.start - len(before) + i for i, word in enumerate(before) if word in DENIAL_WORDS]
    if not denials:
        return False
    # "no weakness that came on suddenly" denies both; "can't feel my legs" is a sign in its own words.
    return any(
        other.label_ in {"FINDING", "EMERGENCY", "FACTOR"} and other != mention and other.start <= denials[-1] < other.end
        for other in doc.ents
    )



# "no change in my meds", "My doctor has not altered my amlodipine in years": the change is denied, the
# medicine is taken.
CHANGE_WORDS = frozenset({"change", "changes", "changed", "altered", "adjusted", "switched", "touched", "tweaked"})


def _only_a_change_denied(words: List[str], mention: Span) -> bool:
    if mention.label_ != "FACTOR" or mention.ent_id_ != "medication":
        return False
    before = clause_before(words, mention.start)
    last_denial = max((i for i, word in enumerate(before) if word in DENIAL_WORDS), default=None)
    # "No changes to medication" says nothing of taking any.
    if last_denial is not None and bool(CHANGE_WORDS & set(before[last_denial + 1 :])) and before[-1:] == ["my"]:
        return True
    # "I take the metformin no changes", "amlodipine unchanged for 6 years".
    after = clause_after(words, mention.end)
    return "unchanged" in after or any(
        word in DENIAL_WORDS and CHANGE_WORDS & set(after[index + 1 : index + 3]) for index, word in enumerate(after)
    )


# "one coffee in the morning", "only the one coffee", "the odd pint": next to none of a habit.
HABITS_COUNTED = frozenset({"caffeine", "alcohol"})
NEXT_TO_NONE: Tuple[Tuple[str, ...], ...] = (
    ("one",), ("1",), ("a", "single"), ("the", "one"), ("the", "odd"), ("the", "occasional"), ("an", "occasional"),
    ("the", "very", "occasional"),
    # "only one cup of tea in the morning".
    *((*only, "cup", "of") for only in (("one",), ("only", "one"), ("just", "one"), ("the", "one"), ("1",))),
)


# "coffee is like 1 a day", "Coffee only the one cup in the morning", "alcohol maybe twice a year".
NEXT_TO_NONE_AFTER: Tuple[Tuple[str, ...], ...] = (
    ("1", "a", "day"), ("one", "a", "day"), ("1", "cup"), ("one", "cup"), ("only", "the", "one"), ("only", "one"),
    ("twice", "a", "year"), ("twice", "in", "a", "year"), ("once", "a", "year"), ("once", "in", "a", "blue"),
    ("once", "a", "month"), ("once", "or", "twice", "a", "month"), ("just", "the", "one"), ("just", "one"),
    # "Caffeine 1x/day", "a cup of tea in the morning and that's my lot", "A glass of wine at Christmas, that's about it".
    ("1x",), ("1", "/", "day"), ("one", "/", "day"), ("just", "1"), ("only", "1"), ("that", "'s", "my", "lot"), ("that", "'s", "about", "it"), ("and", "that", "'s", "it"),
    # "alcohol maybe twice a month", "booze maybe once every few weeks", "2 times a year".
    *(
        (*count, *period)
        for count in (("once",), ("twice",), ("2", "times"), ("two", "times"), ("3", "times"), ("three", "times"),
                      ("a", "few", "times"), ("a", "couple", "of", "times"), ("couple", "of", "times"))
        for period in (("a", "month"), ("a", "year"), ("per", "month"), ("per", "year"), ("in", "a", "month"),
                       ("every", "few", "weeks"), ("every", "couple", "of", "weeks"), ("every", "few", "months"),
                       ("every", "other", "month"), ("every", "couple", "of", "months"))
    ),
)
NEXT_TO_NONE_AFTER_REACH = 5


def _next_to_none(words: List[str], span: Span) -> bool:
    """Not "cut down to one coffee" (still a habit) nor "one glass of wine too many"."""
    if span.label_ == "FACTOR" and span.ent_id_ in HABITS_COUNTED:
        # "I rarely take alcohol", "hardly drink caffeine".
        if _scarcely_before(words, span.start):
            return True
        after = words[span.end : span.end + NEXT_TO_NONE_AFTER_REACH + 6]
        # "a tea person but only the one cup": a "but" that limits the habit does not end the window.
        after = after[: next((i for i, word in enumerate(after) if word in {".", "!", "?", "\n", ";"} or (
            word == "but" and after[i + 1 : i + 2] not in (["only"], ["just"]))), len(after))]
        # "Alcohol only on a party, maybe 2 times a year": a hedged amount after a comma still counts it.
        starts = set(range(NEXT_TO_NONE_AFTER_REACH)) | {
            i + 2 for i in range(len(after) - 1) if after[i] == "," and after[i + 1] in AMOUNT_HEDGES | {"_"}
        }
        # Not "cut coffee down to 1 a day": still a habit.
        if any(
            matches_at(after, i, phrase) and (i == 0 or after[i - 1] != "to")
            for i in sorted(starts)
            for phrase in NEXT_TO_NONE_AFTER
        ):
            return True
    if span.label_ != "FACTOR" or span.ent_id_ not in HABITS_COUNTED or "too" in words[span.end : span.end + 3]:
        return False
    return any(
        matches_at(words, span.start - len(phrase), phrase) and words[span.start - len(phrase) - 1 : span.start - len(phrase)] != ["to"]
        for phrase in NEXT_TO_NONE
        if span.start >= len(phrase)
    )


# A deficiency is a state that can be put right, like a finding ("it's normal now"), not a habit.
STATES_THAT_END = frozenset({"nutrient_deficiency"})
# "I had a blood test and everything was normal, B12, iron, magnesium, the lot": results said to be
# normal before the nutrients are named.  Not "bloods normal except my B12".
NORMAL_RESULTS: Tuple[Tuple[str, ...], ...] = (
    ("everything", "was", "normal"), ("everything", "normal"), ("everything", "came", "back", "normal"),
    ("all", "normal"), ("all", "came", "back", "normal"), ("came", "back", "normal"), ("came", "back", "fine"),
    ("came", "back", "clear"), ("were", "all", "normal"), ("were", "normal"), ("all", "fine"), ("all", "clear"),
)
RESULT_EXCEPTIONS = frozenset({"but", "except", "apart", "besides", "other", "although", "though", "low", "high"})


def _results_normal_before(words: List[str], span: Span) -> bool:
    if span.ent_id_ != "nutrient_deficiency" or span.text.lower() not in NUTRIENT_NAMES:
        return False
    before = words[sentence_opening(words, span.start) : span.start]
    found = next((i for i in range(len(before)) if any(matches_at(before, i, p) for p in NORMAL_RESULTS)), None)
    return found is not None and not RESULT_EXCEPTIONS & set(before[found:])


# "He also checked my balance, normal.", "The doctor checked my potassium and it was all fine": what was
# checked, then found normal.
CHECK_VERBS = frozenset({"checked", "tested", "examined", "measured", "check", "test"})
CHECK_REACH = 5
FOUND_NORMAL = re.compile(
    r"^\s*(?:,|and|-|:)?\s*(?:(?:it|they|that|which|both)\s+(?:was|were|came\s+back|is|are)\s+)?(?:all\s+|totally\s+|completely\s+)?"
    r"(?:fine|normal|ok|okay|good|clear)\b",
    re.IGNORECASE,
)


def _checked_and_normal(doc: Doc, words: List[str], span: Span) -> bool:
    if span.label_ not in {"FINDING", "FACTOR"} or not CHECK_VERBS & set(clause_before(words, span.start, CHECK_REACH)):
        return False
    return bool(FOUND_NORMAL.match(doc.text[span.end_char :]))


def _said_to_be_low(words: List[str], span: Span) -> bool:
    return span.label_ == "FACTOR" and span.ent_id_ in SAID_LOW and bool(LOW_WORDS & set(clause_after(words, span.end)))


def _intake_denied(words: List[str], span: Span) -> bool:
    if span.ent_id_ != "nutrient_deficiency" or span.text.lower() not in NUTRIENT_NAMES:
        return False
    before = set(clause_before(words, span.start))
    return bool(SHORTFALL_WORDS & before or INTAKE_VERBS & before and PLANT_DIETS & set(words))


# "a lack of magnesium", "shortage of water": for what one can run short of, the lack is the factor,
# not its denial ("lack of exercise" still denies the exercise; "no lack of sleep" denies the shortfall).
SHORTFALL_FACTORS = frozenset({"nutrient_deficiency", "dehydration", "poor_sleep"})
SHORTFALL_NOUNS: Tuple[Tuple[str, ...], ...] = (
    ("lack", "of"), ("shortage", "of"), ("absence", "of"), ("deficiency", "of"), ("deficiency", "in"),
)
SHORTFALL_FILLERS = frozenset({"a", "the", "enough", "proper", "good", "vitamin", "vitamins", "any", "decent"})


def _named_as_a_shortfall(words: List[str], span: Span) -> bool:
    if span.label_ != "FACTOR" or span.ent_id_ not in SHORTFALL_FACTORS:
        return False
    before = clause_before(words, span.start)
    end = len(before)
    while end > 0 and before[end - 1] in SHORTFALL_FILLERS:
        end -= 1
    noun = next((phrase for phrase in SHORTFALL_NOUNS if tuple(before[end - len(phrase) : end]) == phrase), None)
    rest = before[: end - len(noun)] if noun is not None else []
    return noun is not None and not any(contains_phrase(rest, trigger) for trigger in NEGATION_TRIGGERS)


# "if i quit coffee how long till the twitching stops", "should I give up the booze?": quitting
# weighed up, so the habit goes on.
QUITTING_WORDS = frozenset({"quit", "cut", "gave", "give", "given", "stopped", "stop", "off"})
WEIGHING_UP_WORDS = frozenset(
    {"if", "should", "would", "will", "'ll", "ll", "gon", "going", "try", "trying", "thinking", "want", "wanna", "plan",
     "planning", "need", "might", "could"}
)
WEIGHING_UP_REACH = 4


def _quitting_considered(words: List[str], span: Span) -> bool:
    if span.label_ != "NORMAL_FACTOR" or words[span.start] not in QUITTING_WORDS:
        return False
    return bool(WEIGHING_UP_WORDS & set(clause_before(words, span.start, WEIGHING_UP_REACH)))


# Not "coming off coffee", which is giving it up.
LIVING_OFF = LIVING_ON - {"coming"}


def _living_off(words: List[str], span: Span) -> bool:
    """'living off coffee', 'running off caffeine': the habit itself, not one given up."""
    return (
        span.label_ == "NORMAL_FACTOR" and words[span.start] == "off" and span.start > 0
        and words[span.start - 1] in LIVING_OFF
    )


def _clinical_mentions(doc: Doc, all_words: List[str]) -> List[Mention]:
    mentions = []
    cues: Dict[int, _Cue] = {}
    for span in doc.ents:
        if span.label_ == "IGNORED" or _worry_about_the_twitching(all_words, span):
            continue
        words = without_amount_hedges(all_words) if span.label_ == "FACTOR" else all_words
        if span.label_ in {"NORMAL", "NORMAL_FACTOR"}:
            # "my strength is fine": a finding stated as absent, unless hedged.
            found = polarity(words, span.start, span.end)
            # "my vision is fine I guess?": a hedge straight after the normal state still states it.
            if found == UNCERTAIN and polarity(words, span.start, span.end, look_after=False) != UNCERTAIN:
                found = NEGATED
            state = found if found == UNCERTAIN else NEGATED
            # "haven't lost any muscle" is worded to follow a denial.
            if _normal_state_denied(words, span.start) and "any" not in words[span.start : span.end] or (
                _enough_denied(words, span)
            ):
                state = AFFIRMED
            elif state == NEGATED and (doubted_afterwards(words, span.end) or walked_back(words, span.end)):
                state = UNCERTAIN
            elif state == NEGATED and (
                denial_cancelled(words, span.start, span.end) or taken_back(words, span.end, stated_normal=True)
                or _quitting_considered(words, span)
            ):
                # "it's not like I don't drink coffee", "I don't drink coffee. Well ok, four a day".
                state = AFFIRMED
            label = "FINDING" if span.label_ == "NORMAL" else "FACTOR"
            singular = bool(SINGULAR_VERBS & set(words[span.start : span.end]))
            if state != AFFIRMED and words[span.end - 1] in NORMAL_STATE_WORDS and not singular:
                # "speech and swallowing normal": the normal word ends the span, and the list before shares it;
                # "more cycling, and sleep's okay" says it of the sleep alone.
                cues[len(mentions)] = _Cue(state, None, "after", state == NEGATED)
            if _living_off(words, span):
                # Labellers mark the habit ("coffee"), not the "off" that only looked like giving it up.
                named = span[2:] if span[1].lower_ == "the" and len(span) > 2 else span[1:]
                mentions.append(Mention(label, span.ent_id_, AFFIRMED, named.start_char, named.end_char, named.text))
                continue
            mentions.append(Mention(label, span.ent_id_, state, span.start_char, span.end_char, span.text,
                                    stated_normal=state == NEGATED))
            # "legs are still strong" still names the legs.
            mentions += _body_parts_inside(span)
            continue
        hedge, stated = None, False
        if span.label_ == "BODY_PART":
            state = AFFIRMED
        else:
            # "suddenly can't get my words out": what follows an onset is not its denial.
            look_after = span.label_ != "ONSET"
            state = polarity(words, span.start, span.end, look_after=look_after, asked_as_a_cause=span.label_ == "FACTOR")
            if state == AFFIRMED and (
                hedged_inside(words, span.start, span.end) or _not_yet_happened(words, span.start, span.end, span.label_)
                or _query_marked(words, span.start)
            ):
                state = UNCERTAIN
            elif state == UNCERTAIN and span.ent_id_ == "suicidal" and {"wonder", "wondering"} & set(
                clause_before(words, span.start)
            ):
                # "some nights I wonder if everyone would be better off without me": the thought itself.
                state = AFFIRMED
            elif state == NEGATED and (doubted_afterwards(words, span.end) or walked_back(words, span.end)):
                # "it doesn't feel weak, though I can't be certain", "not stressed. well, maybe a little".
                state = UNCERTAIN
            elif state == NEGATED and taken_back(words, span.end, stated_normal=stated_normal_after(words, span.end)):
                state = AFFIRMED
            elif state == NEGATED and span.label_ in {"FINDING", "FACTOR"} and (
                _less_than_before(words, span) or _not_gone(words, span) or _partly_there(words, span)
            ):
                # "not as tired as I was", "the tingling is not as bad as it was", "the tiredness hasn't
                # really gone", "not much weakness, but a little on the stairs": still there.
                state = AFFIRMED
            elif state == AFFIRMED and span.label_ in {"FINDING", "FACTOR"} and retracted(words, span.start, span.end):
                state = NEGATED
            elif state == AFFIRMED and (
                _said_to_be_low(words, span) or _next_to_none(words, span) or _results_normal_before(words, span)
                or _eased(words, span) or _full_night_in_figures(words, span) or _never_had(words, span)
                or _checked_and_normal(doc, words, span)
            ):
                state = NEGATED
            elif state == NEGATED and (
                _intake_denied(words, span) or _named_as_a_shortfall(words, span)
                or span.label_ in {"FINDING", "FACTOR"} and named_as_the_exception(words, span.start)
            ):
                # "never bothered with B12", "not getting enough magnesium", "a lack of iron": the shortfall
                # itself; "is it because I'm not drinking enough water?" asks about it.
                state = UNCERTAIN if softly_hedged(words, span.start, span.end, look_after) else AFFIRMED
            side = None
            # Stopping a medicine or a supplement is no habit given up: it may be the cause.
            habit_given_up = (
                state == AFFIRMED and span.label_ == "FACTOR" and span.ent_id_ not in STOPPABLE_CAUSES
                and given_up(words, span.start, span.end)
            )
            if habit_given_up or state == AFFIRMED and span.label_ == "FACTOR" and resolved_afterwards(words, span.end):
                state = NEGATED
            elif state == AFFIRMED and span.label_ in {"FINDING", "FACTOR"} and (
                over_afterwards(words, span.end, span.label_ == "FINDING" or span.ent_id_ in STATES_THAT_END)
                # "Sleep was very bad in January, since February it is fine again."
                or span.ent_id_ == "poor_sleep" and fine_again_further_on(words, span.end)
                or span.ent_id_ == "sensory" and feeling_passed(words, span.end)
            ) and not (
                SENSATION_WORDS & set(words[span.start : span.end])
            ):
                # "all feeling in my leg gone" is numbness, not a symptom that is over.
                state = NEGATED
            if state == NEGATED and (_denial_of_another(doc, words, span) or _only_a_change_denied(words, span)):
                # "can't feel my legs at all suddenly", "i cant stand up my legs wont hold me": the
                # denial is another sign's own words.
                state = AFFIRMED
            # "suddenly I think", "gradually?": a hedge or a question right behind an onset doubts it.
            question = span.end < len(words) and words[span.end] == "?"
            if state == AFFIRMED and span.label_ == "ONSET":
                # "Suddenly? No, more gradual": asked and answered.
                if question and answered_no(words, span.start, span.end):
                    state = NEGATED
                elif hedged_right_after(words, span.end) or question:
                    state = UNCERTAIN
            if state != AFFIRMED:
                # "I cut out energy drinks and booze": giving up reaches the items after it.
                side = (
                    "before" if habit_given_up or polarity(words, span.start, span.end, look_after=False) == state
                    else "after"
                )
                if state == UNCERTAIN and _reported_when_hedged(span.label_, span.ent_id_) and (
                    softly_hedged_after_a_denial(words, span.start)
                ):
                    hedge = SOFT_HEDGE
            elif span.ent_id_ != "suicidal" and softly_hedged(words, span.start, span.end, look_after):
                # "sometimes I think everyone would be better off without me" is the thought itself.
                state = UNCERTAIN
                side = "before" if softly_hedged(words, span.start, span.end, look_after=False) else "after"
                if _reported_when_hedged(span.label_, span.ent_id_):
                    hedge = SOFT_HEDGE
            if state == AFFIRMED and span.label_ == "FACTOR" and cause_guessed_by_another(words, span.start, span.end):
                state, hedge, side = UNCERTAIN, SOFT_HEDGE, None
            elif state == UNCERTAIN and span.label_ == "FACTOR" and guessed_by_another(words, span.start) and (
                guess_taken_up(words, span.end)
            ):
                # "says it is likely due to stress from work, which to be honest I agree with".
                state, hedge, side = AFFIRMED, None, None
            if state == UNCERTAIN and span.label_ == "FACTOR" and span.ent_id_ in HABITS_COUNTED and (
                amount_said_after(words, span.end) or _counted(words, span)
            ):
                # "Maybe the coffee? I drink about 6 a day": guessed as the cause, then counted.
                state, hedge, side = AFFIRMED, None, None
            stated = state == NEGATED and side == "after" and stated_normal_after(words, span.end)
            cues[len(mentions)] = _Cue(state, hedge, side, stated)
        mentions.append(Mention(span.label_, span.ent_id_, state, span.start_char, span.end_char, span.text, hedge,
                                stated_normal=stated))
        if span.label_ != "BODY_PART" and "restless" not in span.text.lower():
            mentions += _body_parts_inside(span)
    return _added_to_a_denial(doc, all_words, _share_cues_in_lists(doc, mentions, cues))


# "speech and swallowing are fine, eyesight too", "no pain, tingling either": a bare item
# added after a denial shares it.  "too" only after the normal state in so many words:
# "no pain, tingling too" may well report the tingling.
ADDED_ITEM_WORDS = frozenset({"too", "also", "either", "aswell"})
ADDED_TO_ANY_DENIAL = frozenset({"either"})
ADDED_ITEM_FILLERS = frozenset({"or", "nor", "my", "the", "his", "her", "their"})
ADDED_ITEM_LINKS = frozenset({",", ";"})


def _added_to_a_denial(doc: Doc, words: List[str], mentions: List[Mention]) -> List[Mention]:
    carried = list(mentions)
    for index, mention in enumerate(mentions):
        if mention.label not in {"FINDING", "FACTOR"} or mention.polarity != AFFIRMED:
            continue
        span = doc.char_span(mention.start, mention.end, alignment_mode="expand")
        if span is None:
            continue
        echo = _echo_before(words, span.start)
        if echo is not None:
            # "my balance is fine and so is my speech": the same normal state again.
            earlier = [m for m in carried[:index] if m.label == mention.label and m.end <= doc[echo].idx]
            if earlier and earlier[-1].polarity == NEGATED and earlier[-1].stated_normal:
                carried[index] = Mention(mention.label, mention.value, NEGATED, mention.start, mention.end,
                                         mention.text, stated_normal=True)
            continue
        after = words[span.end : span.end + 3]
        added = after[:1] and after[0] in ADDED_ITEM_WORDS and (len(after) < 2 or not after[1].isalpha())
        if not added:
            continue
        link = span.start - 1
        while link >= 0 and words[link] in ADDED_ITEM_FILLERS:
            link -= 1
        # "Speech, swallowing, vision all fine. Coordination too.": a sentence of its own adds to a normal state.
        new_sentence = link >= 0 and words[link] == "." and link == span.start - 1
        if link < 0 or words[link] not in ADDED_ITEM_LINKS and not new_sentence:
            continue
        link_char = doc[link].idx
        earlier = [m for m in carried[:index] if m.label == mention.label and m.end <= link_char]
        source = earlier[-1] if earlier else None
        if source is not None and new_sentence:
            between = _tokens_between(doc, source, mention)
            if (
                source.polarity == NEGATED and source.stated_normal and _one_clause(doc, source.end, link_char)
                and any(word in NORMAL_STATE_WORDS for word in between)
            ):
                carried[index] = dataclasses.replace(mention, polarity=NEGATED, stated_normal=True)
            continue
        if (
            source is not None and source.polarity == NEGATED and _one_clause(doc, source.end, link_char)
            and (source.stated_normal or after[0] in ADDED_TO_ANY_DENIAL)
        ):
            carried[index] = Mention(mention.label, mention.value, NEGATED, mention.start, mention.end, mention.text,
                                     stated_normal=source.stated_normal)
    return carried


ECHOES: Tuple[Tuple[str, ...], ...] = (
    ("so", "is"), ("so", "are"), ("so", "'s"), ("same", "with"), ("same", "for"), ("same", "goes", "for"),
    ("as", "is"), ("as", "are"),
)
ECHO_OPENERS = frozenset({"and", ",", ".", ";", "-", "—"})


def _echo_before(words: List[str], start: int) -> Optional[int]:
    """Where "and so is" opens right before a mention (its first word), if it does."""
    index = start
    while index > 0 and words[index - 1] in ADDED_ITEM_FILLERS:
        index -= 1
    for phrase in ECHOES:
        opening = index - len(phrase)
        if opening > 0 and matches_at(words, opening, phrase) and words[opening - 1] in ECHO_OPENERS:
            return opening
    return None


def _one_clause(doc: Doc, start: int, end: int) -> bool:
    gap = doc.char_span(start, end, alignment_mode="expand")
    return gap is not None and not any(token.lower_ in CLAUSE_BREAKS for token in gap)


# "my calves don't look the same", "I don't sleep well", "not only my calf": a
# normal state denied is the finding itself.  A bare "no" before it is an answer
# ("nope sleep is fine"), not a denial of the state.
STATE_FILLERS = frozenset(
    {"really", "very", "that", "so", "exactly", "quite", "always", "just", "all", "particularly", "been", "be", "being"}
)
STATE_DENIAL_REACH = 3


# "Can't say I drink enough water", "I don't think I sleep enough", "mi nuh sleep enough": a
# denial anywhere before "enough" says there is too little.
SCARCELY = frozenset({"barely", "hardly", "rarely", "seldom", "scarcely"})
def _scarcely_before(words: List[str], start: int) -> bool:
    """ "I rarely take alcohol", "I barely drink enough water"; not "Alcohol rarely, coffee 2 cups"."""
    before = words[max(0, start - 2) : start]
    while CLAUSE_BREAKS - {"and"} & set(before):
        before = before[1:]
    return bool(SCARCELY & set(before))


ENOUGH_DENIALS = frozenset({"not", "n't", "nt", "never", "nuh", "cannot", "dont", "cant", "doubt"})
ENOUGH_DENIAL_REACH = 12


# "can't say I've been sleeping well either", "wouldn't say I eat well": the normal state denied.
SAID_NOT: Tuple[Tuple[str, ...], ...] = (
    ("ca", "n't", "say"), ("ca", "nt", "say"), ("can", "not", "say"), ("cant", "say"), ("would", "n't", "say"),
    ("would", "nt", "say"), ("wouldnt", "say"), ("would", "not", "say"),
)


def _enough_denied(words: List[str], span: Span) -> bool:
    if span.label_ == "NORMAL_FACTOR" and any(
        matches_at(words, i, phrase) for i in range(max(0, span.start - 6), span.start) for phrase in SAID_NOT
    ):
        return True
    if span.label_ != "NORMAL_FACTOR" or "enough" not in words[span.start : span.end]:
        return False
    # "no, I sleep enough" answers no to the question and states the normal.
    before = set(words[max(0, span.start - ENOUGH_DENIAL_REACH) : span.start])
    return polarity(words, span.start, span.end, look_after=False) == NEGATED and bool(before & ENOUGH_DENIALS) or (
        _scarcely_before(words, span.start)
    )


def _query_marked(words: List[str], start: int) -> bool:
    """Clinical shorthand: "Reports fatigue, ?poor sleep" queries the item."""
    return start >= 1 and words[start - 1] == "?" and (start < 2 or words[start - 2] in {",", ";", ".", "\n", ":"})


def _less_than_before(words: List[str], span: Span) -> bool:
    before = words[max(0, span.start - 2) : span.start]
    if len(before) == 2 and before[0] in {"not", "n't", "nt"} and before[1] in {"as", "so"}:
        return words[span.end : span.end + 1] == ["as"]
    after = words[span.end : span.end + 6]
    return any(matches_at(after, i, phrase) for i in range(3) for phrase in NOT_AS_BAD)


# "i exercise like never", "alcohol hardly ever": a habit said to be never or next to never had.
NEVER_AFTER: Tuple[Tuple[str, ...], ...] = tuple(
    (*filler, *never)
    for filler in ((), ("like",), ("basically",), ("almost",), ("pretty", "much"), ("practically",))
    for never in (("never",), ("hardly", "ever"), ("rarely",), ("barely", "ever"))
)
NEVER_ENDS = frozenset({".", ",", "!", "?", ";", "\n", "so", "and", "but", "lol", "tbh", "now", "these"})


def _never_had(words: List[str], span: Span) -> bool:
    if span.label_ != "FACTOR":
        return False
    for phrase in NEVER_AFTER:
        after = span.end + len(phrase)
        if matches_at(words, span.end, phrase) and (after >= len(words) or words[after] in NEVER_ENDS):
            return True
    return False


# "I worry", "lowkey freaking out", "my GP wasn't worried", "dont worry": worry about the twitching itself is
# no stress in the person's life (the labelling guide); "worried about my job", "I worry a lot in general"
# and "panic attacks" are.
WORRY_WORDS = frozenset({"worried", "worry", "worrying", "worries", "panic", "panicking", "freaking out", "nervous"})
WORRY_OBJECT_LINKS = frozenset({"about", "for", "with", "over", "because"})
WORRY_ABOUT_THE_TWITCH = frozenset(
    {"it", "this", "that", "the", "twitching", "twitch", "twitches", "these", "them", "als", "mnd", "something",
     "anything", "my", "being", "what", "if", "whether", "its", "it's"}
)
LIFE_AFTER_MY = frozenset({"job", "work", "mum", "mom", "dad", "mother", "father", "kids", "son", "daughter", "exams",
                           "health", "family", "wife", "husband", "finances", "future", "business", "visa", "studies"})
WORRY_TRAITS: Tuple[Tuple[str, ...], ...] = (
    ("a", "lot"), ("too", "much"), ("all", "the", "time"), ("in", "general"), ("constantly",), ("attacks",), ("attack",),
    ("person",), ("disorder",), ("a", "lot", "in", "general"),
    # "can worrying cause fasciculations", "can worry by itself make muscles twitch": worry asked about as a cause.
    ("cause",), ("causes",), ("make",), ("makes",), ("by", "itself"), ("alone",), ("trigger",), ("triggers",),
)


def _worry_about_the_twitching(words: List[str], span: Span) -> bool:
    if span.label_ != "FACTOR" or span.ent_id_ != "stress" or span.text.lower() not in WORRY_WORDS:
        return False
    after = words[span.end : span.end + 4]
    if any(matches_at(after, 0, trait) for trait in WORRY_TRAITS):
        return False
    if not after or after[0] not in WORRY_OBJECT_LINKS:
        return True
    following = after[1:3]
    if following[:1] == ["my"]:
        return not following[1:] or following[1] not in LIFE_AFTER_MY
    return not following or following[0] in WORRY_ABOUT_THE_TWITCH


# "Might be the 4 coffees a day", "could be the 3 red bulls a day": a guessed cause counted is a habit had.
COUNT_WORDS = frozenset({"two", "three", "four", "five", "six", "seven", "eight", "nine", "ten"})


def _counted(words: List[str], span: Span) -> bool:
    first = words[span.start]
    before = words[span.start - 1] if span.start else ""
    return any(word.isdigit() and word != "1" or word in COUNT_WORDS for word in (first, before))


# "8 hours sleep", "I get 7 hours of sleep a night": a full night in figures is no short sleep.
HOURS_OF_SLEEP = frozenset({"hours sleep", "hours of sleep", "hrs sleep", "hrs of sleep", "h sleep"})
FULL_NIGHT_WORDS = {"seven": 7.0, "eight": 8.0, "nine": 9.0, "ten": 10.0}
FULL_NIGHT_HOURS = 7.0


def _full_night_in_figures(words: List[str], span: Span) -> bool:
    if span.ent_id_ != "poor_sleep" or span.text.lower() not in HOURS_OF_SLEEP or span.start == 0:
        return False
    said = words[span.start - 1]
    try:
        hours = FULL_NIGHT_WORDS.get(said) or float(said.lstrip("~"))
    except ValueError:
        return False
    return hours >= FULL_NIGHT_HOURS


# "Stress is at the moment not so high", "the stress is much lower than it was, basically none now",
# "way less stressed now": the stress has eased.
EASED_AFTER: Tuple[Tuple[str, ...], ...] = (
    ("not", "so", "high"), ("not", "that", "high"), ("not", "too", "high"), ("much", "lower"), ("a", "lot", "lower"),
    ("way", "lower"), ("far", "lower"), ("lower", "now"), ("way", "down"), ("right", "down"), ("much", "less", "now"),
)
EASED_BEFORE: Tuple[Tuple[str, ...], ...] = (("way", "less"), ("much", "less"), ("a", "lot", "less"), ("far", "less"))
EASED_REACH = 8
EASING_FACTORS = frozenset({"stress"})
EASED_CLAUSE_ENDS = frozenset({".", "!", "?", ";", "\n", "but", "though", "although"})


def _eased(words: List[str], span: Span) -> bool:
    if span.label_ != "FACTOR" or span.ent_id_ not in EASING_FACTORS:
        return False
    if any(span.start >= len(p) and matches_at(words, span.start - len(p), p) for p in EASED_BEFORE):
        return True
    after = words[span.end : span.end + EASED_REACH]
    after = after[: next((i for i, word in enumerate(after) if word in EASED_CLAUSE_ENDS), len(after))]
    return any(matches_at(after, i, phrase) for i in range(len(after)) for phrase in EASED_AFTER)


NOT_AS_BAD: Tuple[Tuple[str, ...], ...] = tuple(
    (denial, "as", word) for denial in ("not", "n't", "nt") for word in ("bad", "strong", "frequent", "often", "much")
)
# "The tiredness hasn't really gone though", "the weakness has not gone away".
NOT_GONE: Tuple[Tuple[str, ...], ...] = tuple(
    (denial, *filler, word)
    for denial in ("not", "n't", "nt")
    for filler in ((), ("really",), ("completely",), ("fully",), ("quite",), ("totally",))
    for word in ("gone", "stopped", "cleared", "settled", "eased", "disappeared", "budged", "improved", "let")
) + tuple(
    # "sleep has improved massively ... the stress hasn't though".
    (have, denial, end) for have in ("has", "have") for denial in ("n't", "nt") for end in ("though", "tho", "yet", ".")
)
NOT_GONE_REACH = 3


# "hasn't gone dark" is another change, not a symptom still there.
NOT_GONE_ENDS = frozenset({".", ",", "!", "?", ";", "though", "tho", "yet", "away", "completely", "entirely", "and",
                           "but", "at", "\n"})


def _not_gone(words: List[str], span: Span) -> bool:
    after = words[span.end : span.end + NOT_GONE_REACH + 5]
    return any(
        matches_at(after, i, phrase) and (i + len(phrase) >= len(after) or after[i + len(phrase)] in NOT_GONE_ENDS)
        for i in range(NOT_GONE_REACH)
        for phrase in NOT_GONE
    )


# "not much weakness, but a little on the stairs": the denial keeps a part back.
PART_KEPT = (("a", "little"), ("a", "bit"), ("some",))
PART_KEPT_ENDS = frozenset({"on", "in", "at", "when", "after", "going", "first", "sometimes", ".", ",", "!"})


def _partly_there(words: List[str], span: Span) -> bool:
    index = span.end
    while index < len(words) and index - span.end < 4 and words[index] not in {",", "but"}:
        index += 1
    while index < len(words) and words[index] in {",", "-"}:
        index += 1
    if index >= len(words) or words[index] != "but":
        return False
    phrase = next((p for p in PART_KEPT if matches_at(words, index + 1, p)), None)
    after = index + 1 + len(phrase) if phrase else None
    return after is not None and (after >= len(words) or words[after] in PART_KEPT_ENDS)


def _normal_state_denied(words: List[str], start: int) -> bool:
    return state_denied_before(words, start, STATE_FILLERS, STATE_DENIAL_REACH)


def _share_cues_in_lists(doc: Doc, mentions: List[Mention], cues: Dict[int, _Cue]) -> List[Mention]:
    """One negation or hedge covers a whole list: "speech and swallowing are normal",
    "kind of tingly and weak", "I think it's getting worse and spreading".

    A cue before the first item reaches the items after it; a cue after the last
    item reaches the items before it.  Items with a cue of their own keep it.  A
    denial never spreads onto an emergency sign: a person who writes "no numbness
    and sudden weakness" may well have the weakness."""
    listed = sorted(cues, key=lambda index: mentions[index].start)
    chains: List[List[int]] = []
    for index in listed:
        hedged = cues[chains[-1][0]].state == UNCERTAIN if chains else False
        if chains and _joined_in_a_list(doc, mentions[chains[-1][-1]], mentions[index], hedged):
            chains[-1].append(index)
        else:
            chains.append([index])
    shared = list(mentions)
    for chain in chains:
        if len(chain) < 2 or not (
            _has_coordinator(doc, mentions[chain[0]], mentions[chain[-1]]) or _closed_list(doc, mentions[chain[-1]])
        ):
            continue
        for position, index in enumerate(chain):
            if cues[index].side is not None:
                continue
            source = next((cues[i] for i in reversed(chain[:position]) if cues[i].side == "before"), None)
            source = source or next((cues[i] for i in chain[position + 1 :] if cues[i].side == "after"), None)
            if source is None:
                continue
            mention = mentions[index]
            if source.state == NEGATED and (
                mention.label == "EMERGENCY" or _opens_a_clause(doc, mention) or _denial_inside(mention)
            ):
                continue
            hedge = None
            if source.state == UNCERTAIN and _reported_when_hedged(mention.label, mention.value):
                hedge = SOFT_HEDGE
            shared[index] = Mention(mention.label, mention.value, source.state, mention.start, mention.end,
                                    mention.text, hedge, stated_normal=source.stated_normal)
    return shared


def _tokens_between(doc: Doc, first: Mention, second: Mention) -> List[str]:
    gap = doc.char_span(first.end, second.start, alignment_mode="expand")
    return [token.lower_ for token in gap] if gap is not None else []


# "it's not the coffee, the gym or the wine": an article inside a list; "I think my vision and my
# balance are off": a possessive too, but only under a hedge ("no pain and my balance is off"
# says two things).
LIST_ARTICLES = frozenset({"the"})
LIST_POSSESSIVES = frozenset({"my"})
# "no speech problems, swallowing problems or vision problems": each item with the same noun.
LIST_HEAD_NOUNS = frozenset({"problems", "problem", "issues", "issue", "trouble", "changes", "difficulties"})
TWITCH_NOUNS = frozenset({"twitch", "twitches", "twitching", "twitchings"})


def _joined_in_a_list(doc: Doc, first: Mention, second: Mention, hedged: bool = False) -> bool:
    if second.start < first.end:
        return False
    # Items may also follow each other bare: "speech swallowing and vision are all fine".
    between = _tokens_between(doc, first, second)
    # "I don't feel my speech, or my swallowing, has changed", "no weakness or the twitch moving around":
    # after "or" a possessive or the twitch itself still names one more thing denied.
    alternative = bool({"or", "nor"} & set(between))
    allowed = (
        LIST_SEPARATORS | LIST_ARTICLES | LIST_HEAD_NOUNS
        | (LIST_POSSESSIVES if hedged or alternative or _possessive_list(doc, first, second) else frozenset())
        | (TWITCH_NOUNS if alternative else frozenset())
    )
    unnamed = [word for word in between if word in UNNAMED_LIST_ITEMS]
    if len(unnamed) == 1 and sum(word in LIST_SEPARATORS for word in between) >= 2:
        between = [word for word in between if word not in UNNAMED_LIST_ITEMS]
    return all(word in allowed for word in between) and (not between or any(word in LIST_SEPARATORS for word in between))


# "my eyesight, my speech and my swallowing are all as they were": items with a possessive each
# are one list when a plural verb follows them; "no pain and my balance is off" and "no numbness
# and my speech and balance are off" say two things.
PLURAL_PREDICATES = frozenset({"are", "were", "all", "both", "have", "remain", "seem", "feel", "look"})
PLURAL_PREDICATE_REACH = 6


def _possessive_list(doc: Doc, first: Mention, second: Mention) -> bool:
    span = doc.char_span(first.start, first.end, alignment_mode="expand")
    if span is None or span.start == 0 or doc[span.start - 1].lower_ not in LIST_POSSESSIVES:
        return False
    span = doc.char_span(second.start, second.end, alignment_mode="expand")
    if span is None:
        return False
    for token in doc[span.end : span.end + PLURAL_PREDICATE_REACH]:
        word = token.lower_
        if word in PLURAL_PREDICATES:
            return True
        if word in CLAUSE_VERBS or (word in CLAUSE_BREAKS and word not in LIST_SEPARATORS):
            return False
    return False


# "no pain, and the weakness is getting worse": an item with an article and a verb of its
# own is the subject of a new statement, not one more thing denied.
CLAUSE_VERBS = frozenset(
    {"is", "'s", "s", "are", "was", "were", "has", "have", "had", "keeps", "seems", "feels", "felt", "gets", "got"}
)


# "no pain and not sleeping well", "no weakness and no sleep": the item is itself a denied
# state, which is the finding; the denial before it belongs to the other items.
DENIALS_INSIDE = frozenset({"no", "not", "n't", "nt", "never", "barely", "hardly", "zero"})


def _denial_inside(mention: Mention) -> bool:
    words = mention.text.lower().replace("n't", " n't").split()
    return bool(DENIALS_INSIDE & set(words))


def _opens_a_clause(doc: Doc, mention: Mention) -> bool:
    span = doc.char_span(mention.start, mention.end, alignment_mode="expand")
    if span is None or span.start == 0 or span.end >= len(doc):
        return False
    # "I quit coffee and stress is through the roof": an item with a verb of its own, article or not.
    return doc[span.end].lower_ in CLAUSE_VERBS


def _has_coordinator(doc: Doc, first: Mention, last: Mention) -> bool:
    return any(word in COORDINATORS for word in _tokens_between(doc, first, last))


# "no numbness, tingling, burning, nothing": a list of commas alone, closed by a word
# that sums it up.
# So does a word that gathers it: "speech, swallowing, vision all fine".
LIST_CLOSERS = (
    ("nothing",), ("none",), ("or", "anything"), ("anything",), ("etc",), ("or", "whatever"), ("all",), ("are", "all"),
    ("both",), ("are", "both"),
    # "no pain, numbness or change in size": the list goes on past what the lexicon knows.
    ("or",), ("nor",),
    # "Weakness, numbness, pain, cramps: I have none of these."
    (":", "i", "have", "none"), (":", "none"), (":", "no"), (":", "nope"),
)


def _closed_list(doc: Doc, last: Mention) -> bool:
    span = doc.char_span(last.start, last.end, alignment_mode="expand")
    if span is None:
        return False
    after = [token.lower_ for token in doc[span.end : span.end + 4]]
    if after[:1] == [","]:
        after = after[1:]
    return any(tuple(after[: len(closer)]) == closer for closer in LIST_CLOSERS)


def _body_parts_inside(span: Span) -> List[Mention]:
    """The leg in "urge to move my legs" or "both legs" is still a place."""
    return [
        Mention("BODY_PART", SINGLE_WORD_BODY_PARTS[token.lower_], AFFIRMED, token.idx,
                token.idx + len(token.text), token.text)
        for token in span
        if token.lower_ in SINGLE_WORD_BODY_PARTS
    ]


def one_edit_apart(a: str, b: str) -> bool:
    """True when b is a, with one letter added, dropped, changed or two swapped."""
    if a == b or abs(len(a) - len(b)) > 1:
        return False
    if len(a) == len(b):
        diffs = [i for i in range(len(a)) if a[i] != b[i]]
        return len(diffs) == 1 or (
            len(diffs) == 2 and diffs[1] == diffs[0] + 1 and a[diffs[0]] == b[diffs[1]] and a[diffs[1]] == b[diffs[0]]
        )
    shorter, longer = (a, b) if len(a) < len(b) else (b, a)
    return any(longer[:i] + longer[i + 1 :] == shorter for i in range(len(longer)))


def _uncovered(doc: Doc) -> List[int]:
    covered = {i for span in doc.ents for i in range(span.start, span.end)}
    return [token.i for token in doc if token.i not in covered]


def _not_yet_happened(words: List[str], start: int, end: int, label: str) -> bool:
    """A finding or a sign only feared or supposed ("if it spreads"), or only someone else's view
    that the person disputes; a habit in an if-clause ("if I run my calf goes numb") is still a habit."""
    return label in {"FINDING", "EMERGENCY"} and (hypothetical(words, start, end) or disputed_view(words, start, end))


def _typo_mentions(doc: Doc, words: List[str], uncovered: List[int]) -> List[Mention]:
    found = []
    for index in uncovered:
        word = words[index]
        if len(word) < TYPO_MIN_LENGTH or not word.isalpha() or word in TYPO_CANDIDATES:
            continue
        matches = {
            TYPO_CANDIDATES[candidate]
            for candidate in TYPO_CANDIDATES_BY_FIRST_LETTER.get(word[0], ())
            if one_edit_apart(word, candidate)
        }
        if len(matches) != 1:
            continue  # no match, or an ambiguous one
        label, value = matches.pop()
        token = doc[index]
        if label in {"NORMAL", "NORMAL_FACTOR"}:
            continue
        state = AFFIRMED if label == "BODY_PART" else polarity(words, index, index + 1)
        hedge = None
        if state == AFFIRMED and _not_yet_happened(words, index, index + 1, label):
            state = UNCERTAIN
        elif state == AFFIRMED and label != "BODY_PART" and softly_hedged(words, index, index + 1):
            # "i think my leg is weeker": a misspelt finding is hedged like a well-spelt one.
            state = UNCERTAIN
            hedge = SOFT_HEDGE if _reported_when_hedged(label, value) else None
        found.append(Mention(label, value, state, token.idx, token.idx + len(token.text), token.text, hedge))
    return found


def _contains_any(words: Sequence[str], phrases: Sequence[Tuple[str, ...]]) -> bool:
    return any(contains_phrase(words, phrase) for phrase in phrases)


# "legs feel fine", "legs are strong as ever", "My legs feel normal": the legs said to be well, which
# every writer reads as no weakness.  Not "legs twitching, otherwise fine" (the clause ends first).
LEGS = frozenset({"leg", "legs"})
# Not "same" or "look": "both legs look the same" speaks of their size.
LEGS_WELL = (FINE_WORDS - {"same", "unchanged"}) | {"strong", "grand", "solid", "alright", "alr"}
LEGS_NOT_STRENGTH = frozenset({"look", "looks", "looked", "size", "syndrome", "than"})
LEGS_LINKS = frozenset({"feel", "feels", "felt", "are", "is", "'re", "re", "r", "seem", "seems", "were", "was", "'s", "s"})
LEGS_DEGREES = frozenset(
    {"totally", "completely", "perfectly", "really", "pretty", "super", "so", "still", "both", "all", "absolutely",
     "quite", "fairly", "as", "very", "100", "%"}
)
LEGS_WELL_REACH = 4


# "my left arm twitches, only the arm, legs are fine": the legs named only to set the twitch apart.
OTHER_PLACES = frozenset(
    {"arm", "arms", "bicep", "biceps", "tricep", "triceps", "hand", "hands", "eyelid", "eyelids", "shoulder",
     "shoulders", "finger", "fingers"}
)


def _legs_said_to_be_well(doc: Doc, words: List[str], mentions: List[Mention]) -> List[Mention]:
    if any(mention.value == "weakness" for mention in mentions):
        return []
    found = []
    for mention in mentions:
        if mention.label != "BODY_PART" or mention.text.lower() not in LEGS:
            continue
        span = doc.char_span(mention.start, mention.end, alignment_mode="expand")
        if span is None or OTHER_PLACES & {token.lower_ for token in span.sent}:
            continue
        after = clause_after(words, span.end, LEGS_WELL_REACH)
        if (
            not after or not LEGS_WELL & set(after) or {"not", "n't", "nt", "no", "never"} & set(after)
            or TWITCH_NOUNS & set(after) or LEGS_NOT_STRENGTH & set(after)
            or span.start > 0 and words[span.start - 1] == "restless"
            or any(other.label != "BODY_PART" and other.start <= mention.start < other.end for other in mentions)
        ):
            continue
        # "legs feel fine", "legs are totally fine", "legs strong"; not "legs for a good while".
        link = 1 if after[0] in LEGS_LINKS else 0
        while link < len(after) and after[link] in LEGS_DEGREES:
            link += 1
        if link >= len(after) or after[link] not in LEGS_WELL:
            continue
        state = UNCERTAIN if doubted_afterwards(words, span.end) else NEGATED
        # The words that say so ("feel fine"), apart from the body part.
        said = doc[span.end : span.end + link + 1]
        found.append(Mention("FINDING", "weakness", state, said.start_char, said.end_char, said.text,
                             stated_normal=state == NEGATED))
        break
    return found


def _aspect_statements(doc: Doc, words: List[str], uncovered: List[int]) -> List[Mention]:
    found = []
    for index in uncovered:
        aspect = ASPECTS.get(words[index])
        if aspect is None:
            continue
        label, value = aspect
        if _inside_a_phrase(words, index):
            continue
        # "twitches in my sleep, otherwise fine": the fine is about something else.  "water? tons",
        # "sleep? could be better": a topic, then what is said of it.
        topic = index + 2 if index + 1 < len(words) and words[index + 1] == "?" else index + 1
        after = clause_after(words, topic, ASPECT_WINDOW)
        token = doc[index]
        span = (token.idx, token.idx + len(token.text), token.text)
        fine_phrase = _contains_any(after, FINE_PHRASES) or bool(PLENTY_WORDS.get(value, frozenset()) & set(after))
        short_of = _contains_any(after, SHORT_OF.get(value, ()))
        if "than" in after or value == "nutrient_deficiency" and "down" in after:
            # "drinking less water than normal" compares; "food goes down fine" is the swallowing.
            continue
        if short_of or normal_state_denied_after(after) or (
            value in BAD_WORDS and (BAD_WORDS[value] & set(after) or any(contains_phrase(after, p) for p in BAD_PHRASES))
            and not {"not", "n't", "nt", "never"} & set(after)
        ):
            # "my strength is not great", "sleep is trash": the finding or factor itself;
            # "sleep probably isn't great", "sleep's probably wrecked": a guess at it.
            guessed = (
                _guessed_state(after, value) or softly_hedged(words, index, index + 1, look_after=False)
                # "I think my diet is pretty bad", "diet could be better i suppose".
                or polarity(words, index, index + 1, look_after=False) == UNCERTAIN
                or _contains_any(clause_after(words, topic, ASPECT_WINDOW + 2), POST_UNCERTAINTY_TRIGGERS)
            )
            state = UNCERTAIN if guessed else AFFIRMED
            if state == AFFIRMED and (
                over_afterwards(words, index + 1, finding=True)
                or value == "poor_sleep" and fine_again_further_on(words, index + 1)
            ):
                # "Sleep was very bad in January, since February it is fine again."
                state = NEGATED
            found.append(Mention(label, value, state, *span))
        elif fine_phrase or FINE_WORDS & set(after) and not {"not", "n't", "nt", "no"} & set(after) or (
            label == "FINDING" and _contains_any(clause_after(words, index + 1, AS_BEFORE_REACH), AS_BEFORE)
        ):
            # "my walking is as it always was" as well.
            state = UNCERTAIN if doubted_afterwards(words, index + 1) else NEGATED
            if state == NEGATED and (taken_back(words, index + 1, stated_normal=True) or _normal_state_denied(words, index)):
                # "Sleep's perfect (it isn't).", "Mi nah sleep good since mi start di night shift".
                state = AFFIRMED
            found.append(Mention(label, value, state, *span, stated_normal=state == NEGATED))
    return found


ASPECT_GUESSES: Tuple[Tuple[str, ...], ...] = (
    ("probably",), ("prob",), ("probs",), ("prolly",), ("maybe",), ("possibly",), ("might",), ("may",),
    ("likely",), ("i", "think"), ("i", "guess"), ("i", "suppose"), ("kinda",), ("kind", "of"), ("sort", "of"),
    ("sorta",),
)


def _guessed_state(after: List[str], value: str) -> bool:
    """A hedge before the word that says how the aspect is."""
    said = next(
        (i for i, word in enumerate(after) if word in {"not", "n't", "nt", "never"} | BAD_WORDS.get(value, frozenset())),
        len(after),
    )
    return any(matches_at(after, i, phrase) for i in range(said) for phrase in ASPECT_GUESSES)


# "twitches in his sleep, is he ok", "go to sleep fine": the word names a time, not the aspect.
ASPECT_PREPOSITIONS = frozenset({"in", "to", "during", "of", "before", "after", "while", "from"})
ASPECT_DETERMINERS = frozenset({"my", "his", "her", "their", "your", "the", "our"})


def _inside_a_phrase(words: List[str], index: int) -> bool:
    before = index - 1
    if before >= 0 and words[before] in ASPECT_DETERMINERS:
        before -= 1
    return before >= 0 and words[before] in ASPECT_PREPOSITIONS



def _sentences(doc: Doc) -> List[Span]:
    return list(doc.sents) if doc.has_annotation("SENT_START") else [doc[:]]


# "started in my calf and now it's in my thigh", "started in my right calf, then the left, now
# my thigh": the twitching began in one place and is now in another.
STARTED_IN = re.compile(r"\b(?:started|began|begun|starting)\s+(?:off\s+)?in\b", re.IGNORECASE)
NOW_REACH = 6


def _spreading_from_a_start(doc: Doc, words: List[str], mentions: List[Mention]) -> List[Mention]:
    if any(m.value == "spreading" for m in mentions) or WEAKNESS_WORDS.search(doc.text):
        return []
    start = STARTED_IN.search(doc.text)
    if start is None:
        return []
    places = [m for m in mentions if m.label == "BODY_PART"]
    first = next((m for m in places if m.start >= start.end()), None)
    if first is None:
        return []
    for place in places:
        span = doc.char_span(place.start, place.end, alignment_mode="expand")
        if place.start <= first.end or place.text.lower() == first.text.lower() or span is None:
            continue
        if "now" in words[max(0, span.start - NOW_REACH) : span.start]:
            return [Mention("FINDING", "spreading", AFFIRMED, place.start, place.end, place.text)]
    return []


def _spreading_by_also(doc: Doc, words: List[str], mentions: List[Mention]) -> List[Mention]:
    places = [m for m in mentions if m.label == "BODY_PART"]
    found = []
    for place in places[1:] if len(places) > 1 else places:
        span = doc.char_span(place.start, place.end, alignment_mode="expand")
        if span is None:
            continue
        after = []
        for word in words[span.end : span.end + 3]:
            if not word.isalpha():
                break
            after.append(word)
        # "now I also feel it in my right calf", "and now also in the left calf": a later place, now as well;
        # not "now also weak feeling in the leg", which is about the weakness.
        reach = max(0, span.start - NOW_ALSO_REACH)
        now = next((reach + i for i, word in enumerate(words[reach : span.start]) if word == "now"), None)
        now_also = (
            place is not places[0] and now is not None and bool(ALSO_WORDS & set(words[now : span.start]))
            and not any(m.label in {"FINDING", "EMERGENCY"} and doc[now].idx <= m.start < place.start for m in mentions)
        )
        if now_also or ALSO_WORDS & set(after) or any(
            tuple(after[i : i + 2]) == phrase for phrase in ALSO_PHRASES for i in range(2)
        ):
            state = polarity(words, span.start, span.end, look_after=False)
            found.append(Mention("FINDING", "spreading", state, place.start, place.end, place.text))
    return found


def _saddle_numbness(doc: Doc, words: List[str]) -> List[Mention]:
    found = []
    for sentence in _sentences(doc):
        numb = [t.i for t in sentence if t.lower_ in NUMB_WORDS or (t.lower_ == "feel" and t.i > 0 and words[t.i - 1] in {"n't", "nt", "not"})]
        region = [t.i for t in sentence if t.lower_ in SADDLE_WORDS]
        region += [
            t.i for t in sentence
            for phrase in SADDLE_PHRASES
            if tuple(words[t.i : t.i + len(phrase)]) == phrase
        ]
        if not (numb and region):
            continue
        # "no numbness in my legs, but since this afternoon my bum has gone numb": each numb word is read
        # with its nearest place, and one that is there is enough, whatever else is denied.
        place_of = {n: min(region, key=lambda r, n=n: abs(n - r)) for n in numb}
        pairs = sorted((abs(n - r), n, r) for n, r in place_of.items())
        closest = pairs[0][0]
        readings = []
        for distance, numb_at, region_at in pairs:
            if distance > max(closest, SADDLE_PAIR_REACH):
                break
            # In "can't feel anything down there" the negation before "feel" is the
            # numbness, not its denial: polarity is read from before it.
            start = numb_at - 1 if words[numb_at] == "feel" else numb_at
            readings.append((polarity(words, start, numb_at + 1, look_after=False), numb_at, region_at))
        state, numb_at, region_at = next((r for r in readings if r[0] == AFFIRMED), readings[0])
        span = doc[min(numb + region) : max(numb + region) + 1] if len(numb) == 1 else doc[
            min(numb_at, region_at) : max(numb_at, region_at) + 1
        ]
        found.append(Mention("EMERGENCY", "saddle_numbness", state, span.start_char, span.end_char, span.text))
    return found


# "my leg went weak about an hour ago", "woke up and my leg was weak": a change that began
# minutes or hours ago came on suddenly, whatever words say so.  No onset is reported for
# it (a time is no speed word); it only links the finding to its emergency.
RECENT_START = re.compile(
    r"\b(?:\d+|a|an|one|two|three|few|a\s+few|couple\s+of|a\s+couple\s+of|half\s+an?)\s*"
    r"(?:min\w*|hours?|hrs?)\s+ago\b|\bin\s+the\s+(?:last|past)\s+(?:hour|few\s+hours|couple\s+of\s+hours|"
    r"\d+\s*(?:min\w*|hours?|hrs?))\b|\bsince\s+(?:lunch\w*|breakfast|an\s+hour\s+ago)\b|\bwoke\s+up\s+(?:with|and)\b"
    # "since this morning", "happened tonight", "still weak two hours later", "it was fine at breakfast".
    r"|\bsince\s+(?:this\s+(?:morning|afternoon|evening)|last\s+night|today|tonight|i\s+(?:woke|got)\s+up)\b"
    r"|\b(?:started|began|happened|came\s+on)\s+(?:this\s+(?:morning|afternoon|evening)|last\s+night|today|tonight)\b"
    r"|\b(?:\d+|an?|one|two|three|few|a\s+few|couple\s+of|a\s+couple\s+of)\s*(?:hours?|hrs?)\s+later\b"
    r"|\b(?:was|were)\s+(?:fine|ok|okay|normal|walking\s+fine)\s+(?:at\s+(?:breakfast|lunch)|this\s+morning|"
    r"an?\s+hour\s+ago|earlier\s+today)\b",
    re.IGNORECASE,
)


def _recent_starts(doc: Doc) -> List[Mention]:
    return [
        Mention("ONSET", "sudden", AFFIRMED, match.start(), match.end(), match.group())
        for match in RECENT_START.finditer(doc.text)
    ]


WHEN_IT_HAPPENED = re.compile(
    r"^\W*(?:and\s+)?(?:it|this|that|all\s+of\s+this|all)?\s*(?:just\s+)?(?:happened|started|began|came\s+on)\b",
    re.IGNORECASE,
)


SADDLE_AREA = re.compile(r"\b(?:groin|genital\w*|saddle|inner\s+thighs?|between\s+my\s+legs|down\s+there|privates?|bum|backside|buttocks?)\b",
                         re.IGNORECASE)


def _dates_the_last_sentence(finding: Span, onset: Span) -> bool:
    if not finding.doc.has_annotation("SENT_START"):
        return False
    sentence = onset.sent
    return sentence.start == finding.sent.end and WHEN_IT_HAPPENED.match(sentence.text) is not None


def _sudden_weakness(doc: Doc, mentions: List[Mention]) -> List[Mention]:
    # "I think it came on suddenly": a hedged onset still links, sudden being the safer reading.
    sudden = [m for m in mentions if m.label == "ONSET" and m.value == "sudden" and m.polarity != NEGATED]
    recent = _recent_starts(doc)
    sudden += recent
    already_an_emergency = any(m.label == "EMERGENCY" and m.polarity != NEGATED for m in mentions)
    spreading_named = any(m.value == "rapidly_spreading_weakness" for m in mentions)
    saddle_named = SADDLE_AREA.search(doc.text) is not None
    linked = []
    for finding in mentions:
        if finding.label != "FINDING" or finding.value not in SUDDEN_SIGNS:
            continue
        # "I think I lost my balance really suddenly": hedged, it is still the emergency.
        if finding.polarity == NEGATED or (finding.value == "sensory" and "numb" not in finding.text.lower()):
            continue
        if finding.value == "coordination" and not any(word in finding.text.lower() for word in BALANCE_WORDS):
            continue
        if SUDDEN_SIGNS[finding.value] in SIGNS_ONLY_WHEN_NO_OTHER and already_an_emergency:
            continue
        reported = finding.polarity == AFFIRMED or finding.hedge == SOFT_HEDGE
        finding_token = doc.char_span(finding.start, finding.end, alignment_mode="expand")
        for onset in sudden:
            # A time ("since this morning") dates the sign already named: weakness spreading up
            # the body, or numbness of the groin (the saddle numbness).
            if onset in recent and (spreading_named or (finding.value == "sensory" and saddle_named)):
                continue
            onset_token = doc.char_span(onset.start, onset.end, alignment_mode="expand")
            if finding_token is None or onset_token is None:
                continue
            same_sentence = finding_token.sent == onset_token.sent if doc.has_annotation("SENT_START") else True
            # "my leg gave way and now I can't lift my foot? happened an hour ago": a time in a
            # sentence of its own that only says when it happened.
            same_sentence = same_sentence or onset in recent and _dates_the_last_sentence(finding_token, onset_token)
            # Words between the two: "all of a sudden my leg went weak" links over the phrase's own length.
            distance = max(finding_token.start - onset_token.end, onset_token.start - finding_token.end, 0)
            # "Since lunch my right leg feels dead and I can't lift my foot": a time that opens the sentence
            # dates all of it.
            opens_the_sentence = (
                onset in recent and onset_token.start <= onset_token.sent.start + 1 and onset_token.start < finding_token.start
                if doc.has_annotation("SENT_START") else False
            )
            if same_sentence and (distance <= SUDDEN_LINK_WINDOW or opens_the_sentence):
                state = AFFIRMED if reported and onset.polarity == AFFIRMED else UNCERTAIN
                # A time ("an hour ago") is no part of the sign's words, and stays a duration of its own.
                start, end = (finding.start, finding.end) if onset in recent else (
                    min(finding.start, onset.start), max(finding.end, onset.end))
                linked.append(Mention("EMERGENCY", SUDDEN_SIGNS[finding.value], state, start, end, doc.text[start:end]))
                break
    return linked


def _overlaps(match: re.Match, mention: Mention) -> bool:
    return mention.start < match.end() and match.start() < mention.end


def _factor_said_by(doc: Doc, words: List[str], match: re.Match, value: str) -> Mention:
    """The factor a pattern found, with the polarity of the words before it."""
    span = doc.char_span(match.start(), match.end(), alignment_mode="expand")
    state = polarity(words, span.start, span.end, look_after=False) if span is not None else AFFIRMED
    return Mention("FACTOR", value, state, match.start(), match.end(), match.group())


def _short_sleep(doc: Doc, words: List[str], mentions: List[Mention]) -> List[Mention]:
    found: List[Mention] = []
    matches = sorted([*SHORT_SLEEP.finditer(doc.text), *POOR_SLEEP_SAID.finditer(doc.text)], key=lambda match: match.start())
    for match in matches:
        if not any(_overlaps(match, m) for m in [*mentions, *found] if m.value == "poor_sleep"):
            found.append(_factor_said_by(doc, words, match, "poor_sleep"))
    return found


def _exercise_in_figures(doc: Doc, words: List[str], mentions: List[Mention]) -> List[Mention]:
    if any(m.value == "exercise" for m in mentions):
        return []
    match = EXERCISE_IN_FIGURES.search(doc.text)
    return [] if match is None else [_factor_said_by(doc, words, match, "exercise")]


def _drinking_alone(doc: Doc, words: List[str], mentions: List[Mention]) -> List[Mention]:
    found = []
    other_drinks = [m for m in mentions if m.value in {"caffeine", "dehydration"}]
    for match in DRINKING_ALONE.finditer(doc.text):
        if any(_overlaps(match, m) for m in mentions if m.label == "FACTOR"):
            continue
        # "Might be the caffeine, I drink a lot": the drink was just named.
        if any(0 <= match.start() - m.end < 40 for m in other_drinks):
            continue
        span = doc.char_span(match.start(), match.end(), alignment_mode="expand")
        if span is None or (span.start > 0 and words[span.start - 1] in NOT_A_DRINKING_HABIT):
            continue
        # "A small sherry at Christmas is all I drink": what follows "all" is the whole of it.
        if span.start > 1 and words[span.start - 2] == "all":
            continue
        if span.start > 0 and words[span.start - 1] in SCARCELY:
            if other_drinks:
                continue
            state = NEGATED
        else:
            state = polarity(words, span.start, span.end, look_after=False)
        found.append(Mention("FACTOR", "alcohol", state, match.start(), match.end(), match.group()))
    return found


def _with_stated_habit(mentions: List[Mention], stated: List[Mention], value: str, only_one: bool) -> List[Mention]:
    """Mentions with a habit stated in everyday words added.

    "could be the vodka. been drinking more", "Probably sleep deprivation, I'm up every 2 hours":
    the habit stated confirms the one only guessed at.  With ``only_one``, a habit already named
    keeps its own mention ("Not really drinking... ok maybe a couple of glasses of wine")."""
    if not stated:
        return mentions
    named = [index for index, m in enumerate(mentions) if m.value == value]
    if named and any(m.polarity == AFFIRMED for m in stated) and all(mentions[i].polarity == UNCERTAIN for i in named):
        return [dataclasses.replace(m, polarity=AFFIRMED, hedge=None) if i in named else m for i, m in enumerate(mentions)]
    if named and only_one:
        return mentions
    return mentions + (stated[:1] if only_one else stated)


# "my leg suddenly went weak", "very confused all of a sudden": the speed word inside a sign's own words
# is the onset too (the guide: a speed word is an onset, whatever the sign).
SPEED_INSIDE_A_SIGN = re.compile(r"\b(?:suddenly|all\s+of\s+a\s+sudden|sudden|abruptly|all\s+at\s+once)\b", re.IGNORECASE)


def _onset_inside_a_sign(mentions: List[Mention]) -> List[Mention]:
    if any(m.label == "ONSET" and m.value == "sudden" for m in mentions):
        return []
    for mention in mentions:
        # "no sudden weakness" denies the sign; the writers label no onset for it.
        present = mention.label == "EMERGENCY" and mention.polarity != NEGATED
        speed = SPEED_INSIDE_A_SIGN.search(mention.text) if present else None
        if speed is not None:
            start = mention.start + speed.start()
            return [Mention("ONSET", "sudden", mention.polarity, start, start + len(speed.group()), speed.group(),
                            mention.hedge)]
    return []


# "I'm on warfarin but nothing's changed", "on the pill, been on it for years", "on metformin. No changes.":
# a medicine taken, then said to be as it was, denies a change to it.
UNCHANGED = re.compile(
    r"\b(?:nothing(?:'s|\s+has|\s+is)?\s+changed|nothing\s+new|no\s+changes?|not\s+changed|(?:has|have)n'?t\s+changed|"
    r"(?:been\s+)?on\s+(?:it|them|that|those)\s+for\s+(?:years|ages|a\s+long\s+time)|that'?s\s+been\s+years|"
    r"nothing'?s\s+changed|same\s+dose|same\s+one\s+for\s+years)\b",
    re.IGNORECASE,
)
UNCHANGED_REACH = 90


def _unchanged_medication(text: str, mentions: List[Mention]) -> List[Mention]:
    if any(m.value == "medication_change" for m in mentions):
        return []
    for medicine in (m for m in mentions if m.value == "medication" and m.polarity == AFFIRMED):
        found = UNCHANGED.search(text, medicine.end, medicine.end + UNCHANGED_REACH)
        if found is not None and not any(medicine.end <= m.start < found.start() for m in mentions if m.label == "FACTOR"):
            return [Mention("FINDING", "medication_change", NEGATED, found.start(), found.end(), found.group(),
                            stated_normal=True)]
    return []


# "I can still do my 10k runs", "no bother with walking or stairs", "stairs and chairs are no problem",
# "she tested my strength and reflexes, all normal": what the legs still do says they are not weak.
_ABILITIES = (
    r"(?:run|walk|climb|play|squat|lift|jump|hop|stand|manage|get\s+up|carry|cycle|ride|dance|hike|train|do\s+(?:my|pistol|\d)"
    r"|go\s+up|deadlift|sprint|kick|swim)"
)
ABILITIES_KEPT = re.compile(
    rf"\b(?:can|could|i)\s+still\s+{_ABILITIES}"
    r"|\bstill\s+(?:running|squatting|lifting|deadlifting|playing|cycling|hiking|training|climbing|dancing|carrying)\b"
    r"|\b(?:no|without|zero)\s+(?:any\s+)?(?:problems?|issues?|bother|trouble|difficulty|dramas?|probs?)\s+(?:with\s+)?"
    r"(?:my\s+|the\s+)?(?:walking|stairs|strength|climbing)\b"
    r"|\b(?:walking|stairs|chairs|running)\b(?:\s+\w+){0,3}?\s+(?:no\s+problem|no\s+bother|without\s+(?:any\s+)?difficulty|"
    r"no\s+issue|not\s+a\s+problem)"
    r"|\b(?:strength|power|mmt)\b[^.;?!]{0,40}?\b(?:equal|normal|fine|5/5|symmetrical)\b"
    r"|\bcan\s+(?:stand\s+on\s+(?:tiptoe|my\s+toes|tip\s*toes|tiptoes)|walk\s+on\s+(?:my\s+|the\s+)?(?:heels|toes))\b",
    re.IGNORECASE,
)

NOT_KEPT = re.compile(r"\b(?:not|no\s+longer|never|isn'?t|wasn'?t|less|lower|weaker|barely|hardly)\b|n't\b|\s+but\s+not\b",
                      re.IGNORECASE)


def _abilities_kept(text: str, mentions: List[Mention]) -> List[Mention]:
    if any(m.value in {"weakness", "sudden_weakness", "paralysis"} for m in mentions):
        return []
    found = ABILITIES_KEPT.search(text)
    # "my strength isn't normal", "I can still walk but not far" say the opposite.
    if found is None or NOT_KEPT.search(found.group()) or NOT_KEPT.match(text, found.end()):
        return []
    # "I still run 5k": the sport keeps its own words.
    end = min([found.end()] + [m.start for m in mentions if found.start() < m.start < found.end()])
    said = text[found.start() : end].rstrip()
    return [Mention("FINDING", "weakness", NEGATED, found.start(), found.start() + len(said), said, stated_normal=True)]


def _gradual_speech_change(mentions: List[Mention]) -> List[Mention]:
    """Slurring said to have come on slowly is a speech change (U3), not a stroke sign (E2).

    Only when the message says the change was gradual and nothing in it is sudden:
    without an onset, slurring stays an emergency.
    """
    onsets = {m.value for m in mentions if m.label == "ONSET" and m.polarity == AFFIRMED}
    if onsets != {"gradual"}:
        return mentions
    return [
        Mention("FINDING", "speech", m.polarity, m.start, m.end, m.text, m.hedge)
        if m.label == "EMERGENCY" and m.value == "slurred_speech" else m
        for m in mentions
    ]


# "my speech is a bit slurred lately, over the last month or so": slurring said in its own
# sentence to have lasted weeks or more is the speech change (U3), as a gradual onset is.  Not
# when anything in the message is sudden or recent ("since this morning", "just now").
OVER_WEEKS = re.compile(
    r"\b(?:over|for|in)\s+(?:the\s+)?(?:last\s+|past\s+)?(?:few\s+|couple\s+of\s+|several\s+|some\s+|\d+\s+|"
    r"two\s+|three\s+|four\s+|six\s+|a\s+)?(?:weeks|months|years|month|year)\b",
    re.IGNORECASE,
)
NOW_OR_TODAY = re.compile(r"\b(?:today|tonight|this\s+(?:morning|afternoon|evening)|just\s+now|right\s+now)\b", re.IGNORECASE)


def _slurring_over_weeks(doc: Doc, mentions: List[Mention]) -> List[Mention]:
    if any(m.label == "ONSET" and m.value == "sudden" and m.polarity != NEGATED for m in mentions):
        return mentions
    if RECENT_START.search(doc.text) or NOW_OR_TODAY.search(doc.text):
        return mentions
    sentences = _sentences(doc)
    changed = []
    for mention in mentions:
        if mention.label == "EMERGENCY" and mention.value == "slurred_speech" and mention.polarity != NEGATED:
            sentence = next((s for s in sentences if s.start_char <= mention.start < s.end_char), None)
            if sentence is not None and OVER_WEEKS.search(sentence.text) and not _speaks_of_twitching(sentence.text):
                mention = Mention("FINDING", "speech", mention.polarity, mention.start, mention.end, mention.text, mention.hedge)
        changed.append(mention)
    return changed


# "switched from sertraline to escitalopram", "started a water tablet (furosemide)":
# the medicine named right after a change is the changed one, not a second fact.
CHANGED_MEDICINE_GAP = 25
SENTENCE_END = re.compile(r"[.!?;]")


def _named_after_a_change(text: str, mentions: List[Mention]) -> List[Mention]:
    changes = [m for m in mentions if m.value == "medication_change"]
    return [
        m for m in mentions
        if not (
            m.label == "FACTOR" and m.value == "medication"
            and any(_right_after(text, c, m.start, CHANGED_MEDICINE_GAP, SENTENCE_END) for c in changes)
        )
    ]


def _right_after(text: str, change: Mention, start: int, gap: int, breaks: "re.Pattern[str]") -> bool:
    """Whether what begins at ``start`` follows the medicine change within ``gap``
    characters, with no break between them."""
    between = text[change.end : start]
    return change.end <= start and len(between) <= gap and not breaks.search(between)


# "Couldn't walk any better either": a comparison that says all is well, not a sign (figures of speech
# the lexicon's phrases cannot leave out by themselves).
BETTER_AFTER = re.compile(r"^\s+(?:any\s+)?better\b", re.IGNORECASE)


# "running on caffeine and about 5 hours sleep": getting by on it, not a run.
RUNNING_ON = re.compile(r"^\s+on\s+(?:caffeine|coffee|energy\s+drinks|red\s+bull|monster|tea|pre-?workout)\b",
                        re.IGNORECASE)


def _figures_of_speech_dropped(text: str, mentions: List[Mention]) -> List[Mention]:
    return [
        mention for mention in mentions
        if not (mention.label == "EMERGENCY" and BETTER_AFTER.match(text[mention.end :]))
        and not (mention.value == "exercise" and mention.text.lower() in {"running", "runnin"}
                 and RUNNING_ON.match(text[mention.end :]))
    ]


def extract_mentions(doc: Doc, today: Optional[date] = None) -> List[Mention]:
    """Every clinical mention in the doc, durations included, in text order."""
    words = _words(doc)
    uncovered = _uncovered(doc)
    mentions = _clinical_mentions(doc, words) + _typo_mentions(doc, words, uncovered)
    mentions += _aspect_statements(doc, words, uncovered)
    mentions += _legs_said_to_be_well(doc, words, mentions)
    mentions += _sudden_weakness(doc, mentions)
    mentions += _spreading_by_also(doc, words, mentions)
    mentions += _spreading_from_a_start(doc, words, mentions)
    mentions = _with_stated_habit(mentions, _short_sleep(doc, words, mentions), "poor_sleep", only_one=False)
    mentions = _with_stated_habit(mentions, _drinking_alone(doc, words, mentions), "alcohol", only_one=True)
    mentions += _exercise_in_figures(doc, words, mentions)
    mentions = _named_after_a_change(doc.text, _gradual_speech_change(mentions))
    mentions += _onset_inside_a_sign(mentions)
    mentions += _unchanged_medication(doc.text, mentions)
    mentions += _abilities_kept(doc.text, mentions)
    mentions = _slurring_over_weeks(doc, mentions)
    if not any(m.value == "saddle_numbness" for m in mentions):
        mentions += _saddle_numbness(doc, words)
    mentions += _durations(doc.text, mentions, today)
    mentions = _spreading_twitches(doc.text, mentions)
    mentions += _fast_spreading_weakness(doc, mentions)
    mentions += _weakness_progressing_fast(doc, mentions)
    mentions = _long_past_signs(doc.text, _figures_of_speech_dropped(doc.text, mentions))
    mentions = _denied_under_a_heading(doc.text, _denied_comma_list(doc.text, mentions))
    mentions = _list_denied_after_it(doc.text, mentions)
    mentions = _denial_extended_by_or(doc.text, mentions)
    mentions = _hedged_answer_opening(doc.text, _activities_blamed(doc.text, mentions))
    mentions = _read_about_and_denied(doc.text, mentions)
    mentions = _doubted_at_the_end(doc, words, mentions)
    return _first_of_each(sorted(mentions, key=lambda mention: (mention.start, mention.label)))


# "I've read that sudden slurred speech means call 999, I don't have that": a sign named as what
# one has read or been told, then denied as one's own.
REPORTED_BEFORE = re.compile(
    r"\b(?:read|heard|told|say|says|said|apparently|googled|online)\b[^.!?\n]*$", re.IGNORECASE
)
# "I don't have", "haven't got": the person's own denial of what was just named.
NOT_MINE = r"(?:i\s+)?(?:don'?t|do\s+not|dont|haven'?t\s+got|have\s+not\s+got)\s+(?:have\s+)?"
DENIED_AS_ONES_OWN = re.compile(
    r"^[^.!?\n]{0,80}?[,;]\s*(?:but\s+|and\s+)?" + NOT_MINE
    + r"(?:that|those|it|any\s+of\s+(?:that|those|them|these))\b\s*(?:[,.;!]|$)",
    re.IGNORECASE,
)


# "Is slurred speech an early sign of ALS? I don't have it": asked about in general, then denied.
ASKED_THEN_DENIED = re.compile(
    r"^[^.!?\n]{0,80}\?\s*(?:but\s+)?" + NOT_MINE + r"(?:that|those|it|any)\b",
    re.IGNORECASE,
)


# "Is slurred speech a sign of ALS? My calf's been twitching 6 weeks. I don't have any slurring.": a sign
# named in a general question and denied later in the person's own words.
GENERAL_QUESTION_OPENING = re.compile(r"(?:^|[.!?\n]\s*)(?:is|are|can|could|does|do|would|will)\s+[^.!?\n]*$",
                                      re.IGNORECASE)
QUESTION_END = re.compile(r"^[^.!?\n]*\?")


def _asked_in_general_then_denied(text: str, mention: Mention, mentions: List[Mention]) -> bool:
    return (
        mention.label == "EMERGENCY" and mention.polarity != NEGATED
        and bool(GENERAL_QUESTION_OPENING.search(text[: mention.start])) and bool(QUESTION_END.match(text[mention.end :]))
        and any(other.value == mention.value and other.polarity == NEGATED and other.start > mention.end for other in mentions)
    )


def _read_about_and_denied(text: str, mentions: List[Mention]) -> List[Mention]:
    return [
        dataclasses.replace(mention, polarity=NEGATED, hedge=None)
        if mention.label in ROLE_LABELS and mention.polarity != NEGATED
        and (
            REPORTED_BEFORE.search(text[: mention.start]) and DENIED_AS_ONES_OWN.match(text[mention.end :])
            or ASKED_THEN_DENIED.match(text[mention.end :])
            or _asked_in_general_then_denied(text, mention, mentions)
        )
        else mention
        for mention in mentions
    ]


# "prob just from deadlifts", "worse after football but I'm not sure", "is this just a gym thing?":
# the guess is about the cause; the exercise itself is done.
BLAMED_ACTIVITY_BEFORE = re.compile(
    r"\b(?:from|after)\s+(?:(?:a|the|my|all|that|this|those|heavy|hard|long|big|saturday'?s|yesterday'?s)\s+){0,3}$",
    re.IGNORECASE,
)
BLAMED_ACTIVITY_AFTER = re.compile(r"^\s+thing\b", re.IGNORECASE)


def _activities_blamed(text: str, mentions: List[Mention]) -> List[Mention]:
    return [
        dataclasses.replace(mention, polarity=AFFIRMED, hedge=None)
        if mention.label == "FACTOR" and mention.value == "exercise" and mention.polarity == UNCERTAIN
        and (BLAMED_ACTIVITY_BEFORE.search(text[max(0, mention.start - 40) : mention.start])
             or BLAMED_ACTIVITY_AFTER.match(text[mention.end :]))
        else mention
        for mention in mentions
    ]


# "kind of? there's a weird buzzing feeling", "sort of? like a buzzing feeling sometimes", "unsure,
# maybe? my levothyroxine got switched": an answer that opens with a bare hedge hedges what it
# then says, up to the end of that clause.  Emergency signs keep their own reading.
HEDGED_OPENING = re.compile(
    r"^\W*(?:kind\s+of|kinda|sort\s+of|sorta|maybe|possibly|perhaps|not\s+sure|unsure|i\s+think\s+so|"
    r"could\s+be|i\s+guess|hmm+\s+maybe)(?:\s*,\s*(?:maybe|possibly|perhaps))?\s*(?:\?+|,|\.\.\.|…)\s*",
    re.IGNORECASE,
)
# Up to the end of the first clause: "maybe? sofa feels harder but I'm also just knackered".
SENTENCE_END = re.compile(r"[.!?;\n]|\b(?:but|though|although|tho)\b", re.IGNORECASE)


def _hedged_answer_opening(text: str, mentions: List[Mention]) -> List[Mention]:
    opening = HEDGED_OPENING.match(text)
    if opening is None:
        return mentions
    end = SENTENCE_END.search(text, opening.end())
    reach = end.start() if end else len(text)
    return [
        dataclasses.replace(mention, polarity=UNCERTAIN)
        if mention.label in {"FINDING", "FACTOR"} and mention.polarity == AFFIRMED and opening.end() <= mention.start < reach
        else mention
        for mention in mentions
    ]


# "I had one seizure as a teenager, none since", "passed out once giving blood years ago": a red
# flag long over is a past event, denied now as a habit given up is.  Not when the clause also
# speaks of now ("had a stroke years ago and now my face is drooping again").
LONG_AGO = re.compile(
    r"\b(?:years\s+ago|(?:a|one)\s+year\s+ago|last\s+year|as\s+a\s+(?:teen\w*|kid|child|student|baby)|"
    r"in\s+my\s+(?:teens|twenties|thirties|forties|20s|30s|40s)|"
    r"when\s+i\s+was\s+(?:younger|little|young|a\s+(?:kid|child|teen\w*|student|baby)|\d+)|"
    # Explained and over: "chest pain a while back turned out to be heartburn".
    r"turned\s+out\s+to\s+be|a\s+while\s+back|"
    # "back in 2021", "last summer", "years back", "a few months ago".
    r"back\s+in\s+(?:19|20)\d\d|in\s+(?:19|20)\d\d|years\s+back|months\s+ago|"
    r"last\s+(?:month|summer|winter|spring|autumn|fall|christmas|xmas)|"
    # "fainted once at 17", "at the age of 12"; not a time of day ("once at 11pm", "at 10:30").
    r"(?:at\s+(?:the\s+)?age\s+(?:of\s+)?|aged\s+)\d+|once\s+at\s+\d\d(?!\s*(?::|\.\d|am|pm|a\.m|p\.m|o'?clock|h\b|hrs?\b)))\b",
    re.IGNORECASE,
)
STILL_NOW = re.compile(
    r"\b(?:now|again|today|tonight|still|since\s+then|this\s+(?:morning|afternoon|evening|week))\b", re.IGNORECASE
)
PAST_EVENT_BREAK = re.compile(r"[.!?;,()]|\b(?:but|though|although)\b", re.IGNORECASE)
# "I passed out once giving blood at uni. Not since.": over, and never again.
NOT_SINCE = re.compile(r"\W*(?:not|never)\s+(?:since|again)\b|\W*(?:it\s+)?(?:has\s+not|hasn'?t)\s+happened\s+(?:since|again)\b",
                       re.IGNORECASE)


# "My dad had a stroke last year, his face drooped and he couldn't get his words out", "I had a TIA about six
# years ago, my face drooped for 10 minutes": a sign in the past tense, in a sentence set long ago and
# saying nothing of now or of the last hours.
SENTENCE_BREAK = re.compile(r"[.!?;\n]")
# "since last year ... yesterday my face drooped": a sentence that runs up to the last days speaks of now.
LATELY = re.compile(r"\b(?:since\s+(?!then\b)\w|yesterday|last\s+night|days?\s+ago|this\s+week|lately|recently|past\s+(?:few\s+)?days)\b",
                    re.IGNORECASE)
PAST_TENSE_SIGN = re.compile(r"\b(?:\w+ed|could\s*n[o']?t|couldnt|was|were|had|went|lost|fell)\b", re.IGNORECASE)


def _between_breaks(text: str, breaks: List[int], mention: Mention) -> Tuple[str, int]:
    """The stretch of ``text`` around the mention between two breaks, and where it ends."""
    begin = max((b for b in breaks if b < mention.start), default=-1) + 1
    end = min((b for b in breaks if b >= mention.end), default=len(text))
    return text[begin:end], end


def _told_of_a_past_event(text: str, sentence_breaks: List[int], mention: Mention) -> bool:
    if not PAST_TENSE_SIGN.search(mention.text):
        return False
    sentence, _ = _between_breaks(text, sentence_breaks, mention)
    return bool(LONG_AGO.search(sentence)) and not any(
        pattern.search(sentence) for pattern in (STILL_NOW, RECENT_START, LATELY)
    )


def _long_past_signs(text: str, mentions: List[Mention]) -> List[Mention]:
    breaks = [match.start() for match in PAST_EVENT_BREAK.finditer(text)]
    sentence_breaks = [match.start() for match in SENTENCE_BREAK.finditer(text)]
    past = []
    for mention in mentions:
        if mention.label == "EMERGENCY" and mention.polarity != NEGATED:
            clause, end = _between_breaks(text, breaks, mention)
            if (LONG_AGO.search(clause) or NOT_SINCE.match(text, end)) and not (
                STILL_NOW.search(clause) or LATELY.search(clause)
            ) or (
                _told_of_a_past_event(text, sentence_breaks, mention)
            ):
                mention = dataclasses.replace(mention, polarity=NEGATED, hedge=None)
        past.append(mention)
    return past


# "Denies weakness, dysphagia, dysarthria", "no weakness, numbness, tingling": a denial covers a
# list joined by commas, as it covers one joined by "or", when each item stands alone between
# the commas ("no weakness, numb toes" names something present).  Never an emergency sign: "no
# pain, slurred speech" may well report the slurring.
# "any issues with my speech, my swallowing or my eyesight", "no numbness or change in my speech or swallowing".
LIST_GAP = re.compile(
    r"^\s*(?:,\s*(?:(?:or|and|nor)\s+)?|(?:or|nor)\s+)(?:(?:any\s+)?(?:changes?|problems?|issues?|trouble)\s+(?:in|with)\s+)?"
    r"(?:my\s+)?$",
    re.IGNORECASE,
)
ITEM_END = re.compile(r"^\s*(?:[,.;!?)]|$|(?:or|and|nor|over|either|lately|recently)\b)", re.IGNORECASE)
# "no numbness, my speech and my balance are both off": after a comma, an item of one's own going on
# with "and" may open a statement of its own; with "or" it is still one more thing asked about or denied.
OWN_ITEM_GAP = re.compile(r"^\s*,\s*my\s+$", re.IGNORECASE)
OWN_ITEM_END = re.compile(r"^\s*(?:[,.;!?)]|$|(?:or|nor|over|either|lately|recently)\b)", re.IGNORECASE)
LISTED_LABELS = frozenset({"FINDING", "FACTOR"})
# "no pain no weakness, lots of energy drinks": an item that opens with how much of it there is, is there.
AMOUNT_OPENING = re.compile(r"^(?:lots|loads|plenty|tons|heaps|a\s+lot|too\s+much|too\s+many|way\s+too|so\s+much)\b",
                            re.IGNORECASE)


def _denial_carried(
    mentions: List[Mention], chain_labels: frozenset, carries: Callable[[Mention, Mention], bool]
) -> List[Mention]:
    """Each mention of ``chain_labels``, in text order, denied when ``carries`` says the denial of the one
    before it (denied itself, or by this same pass) reaches it."""
    listed = [m for m in sorted(mentions, key=lambda mention: mention.start) if m.label in chain_labels]
    denied: Dict[int, Mention] = {}
    for previous, current in zip(listed, listed[1:]):
        previous = denied.get(id(previous), previous)
        if previous.polarity == NEGATED and current.polarity == AFFIRMED and carries(previous, current):
            denied[id(current)] = dataclasses.replace(current, polarity=NEGATED)
    return [denied.get(id(mention), mention) for mention in mentions]


def _denied_comma_list(text: str, mentions: List[Mention]) -> List[Mention]:
    # Emergency signs take part in the chain only to break it.
    return _denial_carried(
        mentions, LISTED_LABELS | {"EMERGENCY"},
        lambda previous, current: (
            not previous.stated_normal and previous.label in LISTED_LABELS and current.label in LISTED_LABELS
            and bool(LIST_GAP.match(text[previous.end:current.start])) and bool(ITEM_END.match(text[current.end:]))
            and not (OWN_ITEM_GAP.match(text[previous.end:current.start]) and not OWN_ITEM_END.match(text[current.end:]))
            and not AMOUNT_OPENING.match(current.text)
        ),
    )


# "Weakness, thinning, tingling, trouble swallowing - none of the above": a list, then one denial of all of it.
# "Weakness, numbness, thinning, cramps - I've read the whole list and I've got none of it", "The tiredness,
# the stress, the coffee... nothing of this for me": the denial may come later in the sentence.
NONE_OF_THE_LIST = re.compile(
    r"^\s*[-–—:,]\s*(?:none\s+of\s+(?:the\s+above|those|these|them|that)|none|nope|nah)\b"
    r"|^\s*(?:[-–—:,]|\.\.\.|…)(?:(?!\b(?:otherwise|apart|except|besides|but)\b)[^.!?\n]){0,60}?\b(?:none\s+of\s+(?:the\s+above|those|these|them|that|it|this)|"
    r"nothing\s+of\s+(?:this|that|these|it)|(?:got|have)\s+none)\b",
    re.IGNORECASE,
)
LIST_JOIN = re.compile(r"^\s*(?:,|,?\s*(?:and|or|nor|&|/))\s*(?:my\s+|any\s+|the\s+)?$", re.IGNORECASE)


def _list_denied_after_it(text: str, mentions: List[Mention]) -> List[Mention]:
    listed = sorted((m for m in mentions if m.label in LISTED_LABELS), key=lambda mention: mention.start)
    denied: set[int] = set()
    for index, last in enumerate(listed):
        if not NONE_OF_THE_LIST.match(text[last.end :]):
            continue
        run = [last]
        while index > 0 and LIST_JOIN.match(text[listed[index - 1].end : run[-1].start]):
            index -= 1
            run.append(listed[index])
        if len(run) > 1:
            denied |= {id(m) for m in run}
    return [dataclasses.replace(m, polarity=NEGATED) if id(m) in denied else m for m in mentions]


# "**Not present:**\n- weakness\n- numbness", "What I DON'T have: weakness, atrophy, numbness.": a
# heading that denies everything listed under it, up to a blank line or the next heading (a list
# on its own lines) or the end of the sentence (a list on the heading's line).  Not what stands in
# brackets ("weakness (can do calf raises)"), and never an emergency sign.
DENIAL_HEADING = re.compile(
    r"(?:^|\n|[.!?]\s+)[\W_]*(?:what\s+i\s+|things\s+i\s+)?"
    r"(?:(?:do\s*n['’]?t|dont|do\s+not|don't)\s+have|not\s+present|absent|negatives?|none\s+of\s+these|no)"
    r"[\s*_]*:[\s*_]*",
    re.IGNORECASE,
)
NEXT_HEADING = re.compile(r"\n\s*\n|\n[\W_]*[^\W\d_][^\n:,.]{0,30}:|(?<![\w])(?:what\s+i\s+)?do\s+have\s*:", re.IGNORECASE)
SENTENCE_CLOSE = re.compile(r"[.!?](?:\s|$)|\n")


# "No numbness. Or weakness. Or pain.": a sentence that only adds one more item to a denial.
ADDED_ALTERNATIVE = re.compile(r"(?:^|[.!?]\s+|\n\s*)(?:or|nor)\s+(?:any\s+|my\s+|the\s+)?$", re.IGNORECASE)
ALTERNATIVE_END = re.compile(r"^\s*(?:[.!?]|$|\n)")


def _doubted_at_the_end(doc: Doc, words: List[str], mentions: List[Mention]) -> List[Mention]:
    """Findings and signs reported in a sentence that a closing doubt of the person's own
    perception covers ("..., probably just me being paranoid") are uncertain."""
    def chars(spans: List[Tuple[int, int]]) -> List[Tuple[int, int]]:
        return [(doc[start].idx, doc[end - 1].idx + len(doc[end - 1].text)) for start, end in spans]

    reports, denials = chars(spans_doubted_at_the_end(words)), chars(spans_denied_then_doubted(words))
    if not reports and not denials:
        return mentions
    doubted = []
    for mention in mentions:
        covered = reports if mention.polarity == AFFIRMED else denials if mention.polarity == NEGATED else []
        if mention.label in {"FINDING", "EMERGENCY"} and any(
            start <= mention.start and mention.end <= end for start, end in covered
        ):
            reported = _reported_when_hedged(mention.label, mention.value)
            hedge = SOFT_HEDGE if reported and mention.polarity == AFFIRMED else mention.hedge
            mention = dataclasses.replace(mention, polarity=UNCERTAIN, hedge=hedge, stated_normal=False)
        doubted.append(mention)
    return doubted


def _denial_extended_by_or(text: str, mentions: List[Mention]) -> List[Mention]:
    return _denial_carried(
        mentions, LISTED_LABELS,
        lambda previous, current: (
            bool(ADDED_ALTERNATIVE.search(text[previous.end : current.start]))
            and SENTENCE_CLOSE.match(text[previous.end :].lstrip(" "), 0) is not None
            and bool(ALTERNATIVE_END.match(text[current.end :]))
        ),
    )


def _heading_scope_end(text: str, start: int) -> int:
    nexts = [match.start() for match in NEXT_HEADING.finditer(text, start)]
    end = min(nexts, default=len(text))
    if "\n" in text[start - 1 : start] or text[start:].lstrip(" *_").startswith("\n"):
        return end
    depth = 0
    for index in range(start, end):
        depth += {"(": 1, ")": -1}.get(text[index], 0)
        if depth <= 0 and SENTENCE_CLOSE.match(text, index):
            return index
    return end


def _denied_under_a_heading(text: str, mentions: List[Mention]) -> List[Mention]:
    scopes = [(match.end(), _heading_scope_end(text, match.end())) for match in DENIAL_HEADING.finditer(text)]
    if not scopes:
        return mentions
    denied = []
    for mention in mentions:
        inside = any(start <= mention.start and mention.end <= end for start, end in scopes)
        bracketed = text[: mention.start].count("(") > text[: mention.start].count(")")
        if inside and not bracketed and mention.label in LISTED_LABELS and mention.polarity == AFFIRMED:
            mention = dataclasses.replace(mention, polarity=NEGATED)
        denied.append(mention)
    return denied


# "my ankle's been flickering for a couple of months and it's spreading up my shin now":
# twitching that moves up the leg is the finding "spreading" (R3), not the emergency of
# weakness spreading fast (E).  Only where nothing in the message speaks of weakness,
# numbness or paralysis and nothing says it is fast: then what spreads is the twitching
# the conversation is about, even unnamed ("it's spreading up to my thigh now").
TWITCH_WORDS = re.compile(r"\b(?:twitch\w*|flicker\w*|flutter\w*|jump\w*|spasm\w*|fasciculat\w*|ripple\w*|buzz\w*)",
                          re.IGNORECASE)
WEAKNESS_WORDS = re.compile(
    r"\b(?:weak\w*|numb\w*|paraly\w*|dead|can'?t\s+(?:move|walk|stand|feel|lift)|cannot\s+(?:move|walk|stand|feel|lift)|"
    r"(?:barely|hardly)\s+(?:walk|stand|move|lift)|gave\s+way|give\s+way|gives\s+way|"
    r"struggl\w*\s+to\s+(?:stand|walk|get\s+up))\b",
    re.IGNORECASE,
)
FAST_WORDS = re.compile(
    r"\b(?:hours?|hrs?|minutes?|mins?|today|tonight|this\s+morning|this\s+afternoon|this\s+evening|yesterday|"
    r"last\s+night|overnight|days?|fast|quick\w*|rapid\w*|sudden\w*|by\s+the\s+(?:hour|minute|day))\b",
    re.IGNORECASE,
)


# "it started in my toes a month ago and it's spread up to my ankle": "it" is the twitching,
# spreading over weeks.  Weakness over weeks is no emergency either (urgent, R-rules).
SLOW_WORDS = re.compile(r"\b(?:weeks?|wks?|months?|years?|fortnight)\b", re.IGNORECASE)


# "not the twitching so much but the weakness, it's moved up to my thighs": twitching set
# aside is not what the sentence is about.
TWITCHING_SET_ASIDE = re.compile(r"\bnot\s+(?:the\s+|my\s+)?twitch\w*(?:\s+so\s+much)?", re.IGNORECASE)


def _speaks_of_twitching(text: str) -> bool:
    return TWITCH_WORDS.search(TWITCHING_SET_ASIDE.sub(" ", text)) is not None


CLIMBING = re.compile(
    r"\b(?:it'?s|its|it\s+is)\s+(?:now\s+)?up\s+to\s+my\b|\bnow\s+up\s+to\s+my\b"
    # "the weak feeling in my legs is moving up fast, its at my hips now".
    r"|\b(?:moving|creeping|going|travell?ing|climbing|spreading|working\s+its\s+way)\s+up\b"
    r"|\b(?:it'?s|its|it\s+is)\s+(?:now\s+)?(?:at|in)\s+my\s+(?:hips?|waist|belly|stomach|chest|arms?|hands?|thighs?|knees?)\b",
    re.IGNORECASE,
)


def _fast_spreading_weakness(doc: Doc, mentions: List[Mention]) -> List[Mention]:
    """ "the weakness seems to have moved from my ankle up to my hip since yesterday": weakness
    that spreads within hours or days is the emergency, however it is worded."""
    text = doc.text
    if any(m.value == "rapidly_spreading_weakness" for m in mentions) or not FAST_WORDS.search(text):
        return []
    weak = [m for m in mentions if m.value == "weakness" and m.label == "FINDING" and m.polarity != NEGATED]
    spreading = [m for m in mentions if m.value == "spreading" and m.polarity != NEGATED]
    for sentence in _sentences(doc):
        # In one sentence that does not speak of twitching: "my calf is weak and the twitching
        # has spread over a few days" spreads the twitching.
        if _speaks_of_twitching(sentence.text):
            continue
        inside = range(sentence.start_char, sentence.end_char)
        first = next((m for m in weak if m.start in inside), None)
        second = next((m for m in spreading if m.start in inside), None)
        if first is None or second is None:
            continue
        return [_spreading_weakness(text, first, second)]
    # "my legs have become weaker over the past two days ... It started in my feet and it's now up to
    # my thighs": with no twitching in the message, what spreads is the weakness, sentence or not.
    if weak and not _speaks_of_twitching(text):
        if spreading:
            return [_spreading_weakness(text, weak[0], spreading[0])]
        climbing = CLIMBING.search(text)
        if climbing is not None:
            said = Mention("FINDING", "spreading", AFFIRMED, climbing.start(), climbing.end(), climbing.group())
            return [_spreading_weakness(text, weak[0], said)]
    return []


def _spreading_weakness(text: str, weak: Mention, spreading: Mention) -> Mention:
    state = AFFIRMED if weak.polarity == AFFIRMED and spreading.polarity == AFFIRMED else UNCERTAIN
    start, end = min(weak.start, spreading.start), max(weak.end, spreading.end)
    return Mention("EMERGENCY", "rapidly_spreading_weakness", state, start, end, text[start:end])


# "it's spreading fast" names a speed and nothing that spreads: said of twitching, it is the finding.
BARE_FAST_SPREADING = re.compile(r"spread\w*\s+(?:really\s+|so\s+)?(?:fast|quickly)", re.IGNORECASE)


def _spreading_twitches(text: str, mentions: List[Mention]) -> List[Mention]:
    # The speed inside "spreading fast" does not count as a second word of speed.
    speed_text = BARE_FAST_SPREADING.sub(" ", text)
    if WEAKNESS_WORDS.search(text) or FAST_WORDS.search(speed_text):
        return mentions
    return [
        Mention("FINDING", "spreading", m.polarity, m.start, m.end, m.text, m.hedge)
        if m.label == "EMERGENCY" and m.value == "rapidly_spreading_weakness" else m
        for m in mentions
    ]


# A hyphen inside a word ("creepy-crawly", "weak-ish") joins; only a spaced one breaks a clause.
# "comes and goes", "on and off": one idea, so their "and" joins no clauses.
IDIOMS_WITH_AND = frozenset({
    ("comes", "goes"), ("come", "go"), ("came", "went"), ("coming", "going"), ("on", "off"), ("off", "on"),
    ("back", "forth"), ("up", "down"),
})
IDIOM_AND = "'n'"
NOT_YET = "_yet_"


def _words(doc: Doc) -> List[str]:
    # A run of whitespace with a line break in it ("\n\n", "\n    ") breaks the line like "\n".
    words = [
        JOINING_HYPHEN if token.text == "-" and token.i > 0 and not doc[token.i - 1].whitespace_ and token.whitespace_ == ""
        else "\n" if token.is_space and "\n" in token.text
        else token.lower_
        for token in doc
    ]
    for index in range(1, len(words) - 1):
        if words[index] == "and" and (words[index - 1], words[index + 1]) in IDIOMS_WITH_AND:
            words[index] = IDIOM_AND
        # "Not yet any weakness": this "yet" joins no clauses.
        elif words[index] == "yet" and words[index - 1] in {"not", "n't", "nt", "no"}:
            words[index] = NOT_YET
    return words


# "I tripped twice this week", "stopped the pill last month": a point in time, not how long anything
# has lasted (96 of 102 such bare phrases in the development sets are no duration to their writers).
# "since last week", "for the past month", "the last fortnight" still are.
POINT_IN_TIME = re.compile(r"(?:last|this)\s+(?:week|month|year)", re.IGNORECASE)


def _durations(text: str, mentions: List[Mention], today: Optional[date]) -> List[Mention]:
    """The durations in the text that say how long the twitching has gone on.

    The date of a medicine change is another thing's time when another duration
    says how long the twitching has gone on ("calf twitching ~1 wk, started
    metformin last month" is 7 days).  Alone, it dates the twitching too
    ("started sertraline 3 weeks ago and now my legs twitch")."""
    changes = [m for m in mentions if m.value == "medication_change" and m.polarity != NEGATED]
    found = [d for d in find_durations(text, today) if not POINT_IN_TIME.fullmatch(d.text.strip())]
    dated = [d for d in found if any(_says_when_the_medicine_changed(text, c, d.start) for c in changes)]
    kept = [d for d in found if d not in dated] or found
    return [
        Mention("RECENT_TIME" if d.days < RECENT_TIME_DAYS else "DURATION", str(d.days), AFFIRMED, d.start, d.end, d.text)
        for d in kept
    ]


def _says_when_the_medicine_changed(text: str, change: Mention, duration_start: int) -> bool:
    """ "started metformin last month": the time follows the change in the same clause."""
    return _right_after(text, change, duration_start, MEDICINE_TIME_GAP, CLAUSE_BREAK)


# A place or a length of time said twice is one fact, whatever words the second time uses.
SAID_ONCE_PER_VALUE = frozenset({"BODY_PART", "DURATION"})


def _first_of_each(mentions: List[Mention]) -> List[Mention]:
    """One mention per fact: "my speech is slurred, words come out slurry" says it once, and so does
    "left calf ... now the right calf too" (the place) or "3 weeks ... for 3 weeks now" (the time)."""
    seen = set()
    kept = []
    for mention in mentions:
        fact = (mention.label, mention.value, mention.polarity)
        if (mention.label in ROLE_LABELS or mention.label in SAID_ONCE_PER_VALUE) and fact in seen:
            continue
        seen.add(fact)
        kept.append(mention)
    return kept


# "first my ankles now my knees", "by now it's reached my thighs", "yesterday only my feet,
# today my whole legs", "gone from tripping to barely being able to stand in 2 days",
# "weaker and weaker since yesterday": weakness that moves or grows within hours or days
# is the emergency (E), whether or not a word of spreading is in the lexicon.
BODY_WORDS = (
    r"(?:toes?|feet|foot|ankles?|shins?|calf|calves|knees?|thighs?|hips?|waist|legs?|arms?|hands?|chest|"
    r"body|bum|buttocks?|back|shoulders?)"
)
MOVING_WEAKNESS = re.compile(
    r"\bfirst\b.{0,60}\b(?:now|then|today)\b"
    r"|\b(?:reached|reaching|up\s+to|moved\s+(?:up\s+)?to|moving\s+(?:up\s+)?to|spread\w*\s+(?:up\s+)?to|"
    r"gone\s+up\s+to|into)\s+(?:my\s+|the\s+|both\s+)?(?:\w+\s+)?" + BODY_WORDS + r"\b"
    r"|\bonly\s+(?:my\s+|the\s+)?" + BODY_WORDS + r"\b.{0,60}\b(?:today|now)\b.{0,30}\b" + BODY_WORDS + r"\b"
    r"|\bweaker\s+and\s+weaker\b|\bworse\s+and\s+worse\b|\bgetting\s+weaker\b"
    r"|\bgone\s+from\b.{0,40}\bto\s+(?:barely|hardly|not\s+being\s+able|being\s+unable|can'?t)\b"
    # "it's climbing", "every few hours I can do less", "and now my hands feel weak too",
    # "weak feet yesterday, today my knees are going".
    r"|\b(?:it'?s|its|it\s+is|keeps)\s+(?:climbing|creeping)\b"
    r"|\bevery\s+(?:few\s+)?(?:hours?|hrs?)\b.{0,40}\b(?:less|weaker|worse)\b"
    r"|\bnow\s+(?:my\s+)?(?:hands?|arms?)\s+(?:feel|are|is|have|started|starting|going)\b"
    r"|\b(?:hands?|arms?)\s+(?:feel|feels|are|is)\s+(?:\w+\s+)?(?:weak\w*|numb|going)\s+(?:too|as\s+well)\b"
    r"|\b(?:yesterday|last\s+night|this\s+morning)\b.{0,80}\b(?:today|now)\b",
    re.IGNORECASE,
)
# A normal state after "now" ("weak this morning, now fine") takes the change back.
SETTLED_AGAIN = re.compile(
    r"\b(?:now|today)\s+(?:it'?s\s+|they'?re\s+|i'?m\s+)?(?:fine|ok|okay|normal|better|gone)\b"
    r"|\b(?:fine|ok|okay|normal|better)\s+(?:again\s+)?(?:today|now)\b",
    re.IGNORECASE,
)


def _weakness_progressing_fast(doc: Doc, mentions: List[Mention]) -> List[Mention]:
    if any(m.label == "EMERGENCY" and m.value == "rapidly_spreading_weakness" for m in mentions):
        return []
    weak = [m for m in mentions if m.label == "FINDING" and m.value == "weakness"
            and (m.polarity == AFFIRMED or m.hedge == SOFT_HEDGE)]
    for sentence in _sentences(doc):
        text = sentence.text
        inside = range(sentence.start_char, sentence.end_char)
        first = next((m for m in weak if m.start in inside), None)
        if first is None or _speaks_of_twitching(text) or SLOW_WORDS.search(text) or SETTLED_AGAIN.search(text):
            continue
        if MOVING_WEAKNESS.search(text) and FAST_WORDS.search(BARE_FAST_SPREADING.sub(" ", text)):
            return [Mention("EMERGENCY", "rapidly_spreading_weakness", AFFIRMED, first.start, first.end, first.text)]
    return []
