"""Negation and uncertainty around a finding, in the spirit of NegEx.

A finding is *negated* when a negation trigger stands before it in the same
clause ("no weakness", "haven't noticed any wasting", "not really
stressed") or a denial follows it closely ("swallowing is fine").  It is
*uncertain* when a hedge stands before it ("maybe a bit weak", "not sure if
it's thinner").  Uncertainty is checked first because "not sure" contains
"not".  A clause ends at punctuation or a contrastive word ("but"), so
"no weakness but my calf looks thinner" negates only the weakness.
"""

from __future__ import annotations

from typing import List, Sequence, Tuple

AFFIRMED = "affirmed"
NEGATED = "negated"
UNCERTAIN = "uncertain"

PRE_WINDOW = 6
POST_WINDOW = 4

UNCERTAINTY_TRIGGERS: Tuple[Tuple[str, ...], ...] = (
    ("not", "sure"), ("not", "certain"), ("unsure",), ("maybe",), ("perhaps",),
    ("possibly",), ("might",), ("could", "be"), ("kind", "of"), ("kinda",),
    ("sort", "of"), ("i", "guess"), ("hard", "to", "tell"), ("ca", "n't", "tell"),
    ("can", "not", "tell"), ("do", "n't", "know"), ("dunno",), ("no", "idea"),
    ("i", "wonder"), ("may",),
    ("possible",), ("unclear",), ("not", "100"), ("hard", "to", "say"), ("difficult", "to", "say"),
    ("ca", "n't", "say"), ("ca", "nt", "say"), ("can", "not", "say"),
)

NEGATION_TRIGGERS: Tuple[Tuple[str, ...], ...] = (
    ("no",), ("not",), ("n't",), ("never",), ("without",), ("none",), ("nothing",),
    ("neither",), ("nor",), ("nope",), ("nah",), ("zero",), ("free", "of"),
    ("denies",), ("deny",), ("lack", "of"), ("absence", "of"), ("dont",), ("cant",),
    ("havent",), ("hasnt",), ("isnt",), ("doesnt",), ("didnt",), ("wasnt",), ("arent",),
    ("nt",),
)

# Words after a finding that deny it: "swallowing is fine", "weakness: none".
POST_NEGATIONS = frozenset(
    {"fine", "normal", "ok", "okay", "good", "none", "unaffected", "unchanged", "perfect",
     "great", "no", "nope"}
)

CLAUSE_BREAKS = frozenset(
    {".", ",", ";", ":", "!", "?", "but", "however", "although", "though", "except",
     "apart", "yet", "and", "so", "because", "cause", "'cause", "while", "whereas",
     "-", "--", "—", "(", ")", "\n"}
)

# Negation words that do not negate what follows.
PSEUDO_NEGATIONS: Tuple[Tuple[str, ...], ...] = (
    ("no", "doubt"), ("not", "only"), ("no", "longer"), ("not", "just"), ("no", "matter"),
    ("ca", "n't", "stop"), ("can", "not", "stop"), ("not", "sure", "why"),
    ("nothing", "but"),
)


def _matches_at(words: Sequence[str], index: int, phrase: Sequence[str]) -> bool:
    return tuple(words[index : index + len(phrase)]) == tuple(phrase)


def _clause_before(words: Sequence[str], start: int, window: int = PRE_WINDOW) -> List[str]:
    clause: List[str] = []
    for word in reversed(words[max(0, start - window) : start]):
        if word in CLAUSE_BREAKS:
            break
        clause.insert(0, word)
    return clause


def _clause_after(words: Sequence[str], end: int, window: int = POST_WINDOW) -> List[str]:
    clause: List[str] = []
    for word in words[end : end + window]:
        if word in CLAUSE_BREAKS and word not in {":", "-"}:
            break
        clause.append(word)
    return clause


def _contains(words: Sequence[str], triggers: Sequence[Tuple[str, ...]]) -> bool:
    pseudo = {
        i + offset
        for i in range(len(words))
        for phrase in PSEUDO_NEGATIONS
        if _matches_at(words, i, phrase)
        for offset in range(len(phrase))
    }
    return any(
        _matches_at(words, i, phrase) and i not in pseudo
        for i in range(len(words))
        for phrase in triggers
    )


# Hedges that may follow what they hedge: "a bit weak maybe", "thinner? not sure".
POST_UNCERTAINTY_TRIGGERS: Tuple[Tuple[str, ...], ...] = (
    ("not", "sure"), ("not", "certain"), ("unsure",), ("maybe",), ("perhaps",), ("possibly",),
    ("i", "guess"), ("idk",), ("or", "not"), ("hard", "to", "tell"), ("i", "think"),
)


# A hedge may trail further than a denial: "a bit smaller than the other side maybe".
POST_HEDGE_WINDOW = 6


def _hedged_question(words: Sequence[str], end: int) -> bool:
    """ "my leg looks skinnier?? idk": a question about the finding, then a hedge."""
    index = end
    while index < len(words) and words[index] not in CLAUSE_BREAKS:
        index += 1
    if index >= len(words) or words[index] != "?":
        return False
    while index < len(words) and words[index] in {"?", "!"}:
        index += 1
    return _contains(words[index : index + 3], POST_UNCERTAINTY_TRIGGERS + (("could", "be"),))


# Softer hedges ("I think it's getting worse", "probably the coffee").  They make
# most mentions uncertain, but not a weaker or thinner leg: "unsure" about
# weakness or wasting lowers the triage level, and a person who thinks their
# leg is weaker should be seen as reporting it.
SOFT_HEDGES: Tuple[Tuple[str, ...], ...] = (
    ("i", "think"), ("probably",), ("i", "reckon"), ("seems", "like"), ("i", "suppose"),
    ("seems",), ("seem",),
)


# "I think my foot is a bit floppy": the hedge governs the whole clause, so it
# may stand further back than a negation.
SOFT_HEDGE_WINDOW = 10


# Marks a mention that a soft hedge made uncertain but that still counts as
# reported (set by bot.nlp.extract, read by bot.facts).
SOFT_HEDGE = "soft"


def softly_hedged(words: Sequence[str], start: int, end: int, look_after: bool = True) -> bool:
    """A soft hedge before the mention or inside its own phrase ("it seems smaller"), or
    a hedge trailing far behind it ("smaller than the other side maybe", "skinnier?? idk").

    Called for mentions that ``polarity`` found affirmed: the person reports the
    finding and then doubts it, which is not a clear "don't know"."""
    return (
        _contains(_clause_before(words, start, SOFT_HEDGE_WINDOW), SOFT_HEDGES)
        or _contains(words[start:end], SOFT_HEDGES)
        or look_after
        and (_contains(_clause_after(words, end, POST_HEDGE_WINDOW), POST_UNCERTAINTY_TRIGGERS) or _hedged_question(words, end))
    )


def polarity(words: Sequence[str], start: int, end: int, look_after: bool = True) -> str:
    """Polarity of the finding spanning ``words[start:end]`` (lower-cased tokens)."""
    before = _clause_before(words, start)
    if _contains(before, UNCERTAINTY_TRIGGERS):
        return UNCERTAIN
    if _contains(before, NEGATION_TRIGGERS):
        return NEGATED
    if not look_after:
        return AFFIRMED
    after = _clause_after(words, end)
    if _contains(after, POST_UNCERTAINTY_TRIGGERS):
        return UNCERTAIN
    if any(word in POST_NEGATIONS for word in after) or {"n't", "not"} & set(after[:2]):
        return NEGATED
    return AFFIRMED
