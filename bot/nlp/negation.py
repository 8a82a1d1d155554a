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

import unicodedata
from typing import AbstractSet, Dict, List, Optional, Sequence, Tuple

AFFIRMED = "affirmed"
NEGATED = "negated"
UNCERTAIN = "uncertain"

# The word list extraction reads marks a hyphen inside a word ("alcohol-free") with this.
JOINING_HYPHEN = "_hyphen_"
PRE_WINDOW = 6
POST_WINDOW = 4

UNCERTAINTY_TRIGGERS: Tuple[Tuple[str, ...], ...] = (
    ("not", "sure"), ("not", "certain"), ("unsure",), ("maybe",), ("perhaps",),
    ("possibly",), ("might",), ("could", "be"), ("kind", "of"), ("kinda",),
    ("sort", "of"), ("i", "guess"), ("hard", "to", "tell"), ("ca", "n't", "tell"),
    ("can", "not", "tell"), ("do", "n't", "know"), ("dunno",), ("no", "idea"), ("no", "clue"), ("not", "a", "clue"),
    ("i", "wonder"), ("wonder", "if"), ("wondering", "if"), ("wonder", "whether"),
    ("wondering", "whether"), ("may",),
    ("possible",), ("unclear",), ("not", "100"), ("hard", "to", "say"), ("difficult", "to", "say"),
    # "can't say for sure" doubts; "can't say I'm stressed" denies.
    ("say", "for", "sure"), ("idk",), ("not", "really", "sure"),
    # "I don't know if it's weaker" with the "do" beyond the window, and "i dont know".
    ("n't", "know"), ("nt", "know"),
    ("n't", "be", "sure"), ("nt", "be", "sure"), ("n't", "be", "certain"), ("nt", "be", "certain"),
    # "I'm not 100% sure if it's thinner": the window may have cut the "not" off.
    ("sure", "if"), ("sure", "whether"), ("certain", "if"), ("certain", "whether"),
    # "can't really tell if it's weaker", "hard to know whether it's spreading".
    ("tell", "if"), ("tell", "whether"), ("say", "if"), ("say", "whether"),
    ("hard", "to", "know"), ("difficult", "to", "tell"), ("difficult", "to", "know"), ("tricky", "to", "say"),
    ("tricky", "to", "tell"),
    # "can't remember if it was sudden": a gap in memory, not a denial.
    ("remember", "if"), ("remember", "whether"), ("recall", "if"), ("recall", "whether"),
    # "speech I'm not so sure", "not too sure if it's thinner".
    ("not", "so", "sure"), ("not", "too", "sure"), ("not", "that", "sure"),
    # Misspelled hedges: "posibly a bit of tingling", "mabye weaker".
    ("posibly",), ("possibily",), ("possably",), ("mabye",), ("maybee",), ("mayb",), ("prehaps",),
    ("sorta",), ("sort", "a"),
    # "haven't ruled out stress", "can't rule out that it's getting worse": still possible.
    ("n't", "rule", "out"), ("nt", "rule", "out"), ("not", "rule", "out"), ("n't", "ruled", "out"),
    ("nt", "ruled", "out"), ("not", "ruled", "out"), ("50/50",), ("less", "sure"),
    # "I'm not entirely sure my balance is what it was".
    ("not", "entirely", "sure"), ("not", "entirely", "certain"), ("not", "completely", "sure"),
    ("not", "totally", "sure"),
    # "hard to judge whether it's getting worse", "I go back and forth on whether my foot drags",
    # "Part of me thinks the twitches moved".  Not a bare "about whether": "asking about whether
    # caffeine matters" asks about a cause.
    ("hard", "to", "judge"), ("difficult", "to", "judge"), ("judge", "whether"), ("judge", "if"),
    ("forth", "on", "whether"), ("fence", "about", "whether"), ("part", "of", "me", "thinks"),
)

NEGATION_TRIGGERS: Tuple[Tuple[str, ...], ...] = (
    ("no",), ("not",), ("n't",), ("never",), ("without",), ("none",), ("nothing",),
    ("neither",), ("nor",), ("nope",), ("nah",), ("zero",), ("free", "of"),
    ("denies",), ("deny",), ("lack", "of"), ("absence", "of"),
    # The tokenizer splits "dont", "isnt" and the like into do + nt, is + nt.
    ("nt",), ("doubt",), ("ruled", "out"), ("rules", "out"), ("nil",),
    # Texting: "dnt drink cofee", "havnt noticed any wasting".
    ("dnt",), ("havnt",), ("hvnt",), ("didnt",), ("doesnt",), ("isnt",), ("wasnt",), ("cant",),
    # Tagalog in Filipino English: "pero walang weakness", "wala naman pain".
    ("walang",), ("wala",),
    # "hardly any caffeine", "barely any alcohol": next to none.
    ("hardly", "any"), ("barely", "any"),
    # Scots: "nae pain", "cannae say it's worse", "didnae notice".
    ("nae",), ("cannae",), ("canna",), ("dinnae",), ("didnae",), ("disnae",), ("isnae",), ("wisnae",), ("havnae",),
    ("hasnae",), ("wouldnae",), ("couldnae",),
    # "0% numbness", "rather than numbness it's a burning", "instead of weakness it feels heavy".
    ("0", "%"), ("rather", "than"), ("instead", "of"),
    # "negative for atrophy on self-exam"; Jamaican "it nuh hurt"; "I hardly drink caffeine".
    ("negative", "for"), ("nuh",), ("hardly", "drink"), ("rarely", "drink"), ("barely", "drink"),
    # "why would I be weak? I deadlift 180kg": a question that answers itself.
    ("why", "would", "i", "be"), ("why", "would", "it", "be"), ("why", "would", "i", "have"),
)

# Words after a finding that deny it: "swallowing is fine", "weakness: none".
POST_NEGATIONS = frozenset(
    {"fine", "normal", "ok", "okay", "good", "none", "unaffected", "unchanged", "perfect",
     "great", "no", "nope", "normally", "zero", "nil", "nad", "0",
     # Hinglish "koi pain nahi hai", "weakness nahi hai".
     "nahi", "nahin", "nhi"}
)

CLAUSE_BREAKS = frozenset(
    {".", ",", ";", ":", "!", "?", "but", "however", "although", "though", "except",
     "apart", "yet", "and", "so", "because", "cause", "'cause", "while", "whereas",
     "-", "--", "—", "(", ")", "\n", "+"}
)

# Indian English "having doubt that": no denial (below) but a suspicion (`_suspected`).
SUSPICIONS: Tuple[Tuple[str, ...], ...] = (("having", "doubt"), ("have", "a", "doubt"), ("having", "a", "doubt"))

# Negation words that do not negate what follows.
PSEUDO_NEGATIONS: Tuple[Tuple[str, ...], ...] = (
    ("no", "doubt"), ("not", "only"), ("no", "longer"), ("not", "just"), ("no", "matter"),
    # "my balance has never been better i ride my bike to work": praise, not a denial of what follows.
    ("never", "been", "better"), ("never", "felt", "better"),
    # "the doctor upped my dose not long before it started": a time, not a denial.
    ("not", "long", "before"), ("not", "long", "after"), ("not", "long", "ago"), ("not", "that", "long", "ago"),
    # "I am having doubt that it is increasing": a suspicion that it is, in Indian English.
    *SUSPICIONS,
    ("n't", "stop"), ("nt", "stop"), ("can", "not", "stop"), ("not", "sure", "why"),
    # "no idea why but my calf is shrinking": a puzzle about the cause, not a doubt.
    ("no", "idea", "why"), ("idk", "why"), ("dunno", "why"), ("n't", "know", "why"), ("nt", "know", "why"),
    # "nothing helps the weakness", "without a doubt it's worse", "I'm not imagining it".
    ("nothing", "helps"), ("nothing", "help"), ("nothing", "works"), ("nothing", "fixes"), ("nothing", "i", "do"),
    ("nothing", "seems", "to"), ("nothing", "stops"), ("nothing", "stopped"), ("without", "a", "doubt"),
    # "Can't skip my morning espressos", "didn't used to be this tired".
    ("ca", "n't", "skip"), ("ca", "nt", "skip"), ("can", "not", "skip"), ("n't", "used", "to"), ("nt", "used", "to"),
    ("n't", "use", "to"), ("nt", "use", "to"), ("without", "doubt"), ("no", "question"),
    ("not", "imagining"), ("n't", "imagining"), ("nt", "imagining"), ("not", "making", "this", "up"),
    # "not sure if that's relevant but I take sertraline": a doubt about relevance, not the finding.
    # "tired all the time idk if thats related".
    *(
        (*lead, "if", *subject, word)
        for lead in ((), ("idk",), ("dunno",), ("not", "sure"))
        for subject in (("that", "'s"), ("that", "s"), ("thats",), ("it", "'s"), ("it", "s"), ("its",), ("this", "is"),
                        ("that",), ("it",), ())
        for word in ("connected", "related", "relevant", "linked", "important", "matters")
    ),
    # "I can't not drink coffee": two denials make a yes.
    ("n't", "not"), ("nt", "not"),
    # "I'm not unaware that my calf looks smaller", "I can't say I haven't noticed some weakness",
    # "It isn't that I never get pins and needles".
    ("not", "unaware"), ("n't", "unaware"),
    # "now that I think about it my toes do go tingly": no hedge.
    ("now", "that", "i", "think", "about", "it"),
    *((*cannot, "say", "i", *have) for cannot in (("ca", "n't"), ("ca", "nt"), ("can", "not"), ("cant",))
      for have in (("have", "n't"), ("have", "nt"), ("havent",), ("have", "not"))),
    *((*opening, "that", "i", "never") for opening in (("is", "n't"), ("is", "nt"), ("is", "not"), ("not",))),
    # "can't remember the last time I wasn't tired".
    ("last", "time", "i", "was", "n't"), ("last", "time", "i", "was", "nt"),
    ("nothing", "but"), ("never", "used", "to"), ("no", "end", "to"), ("no", "end", "of"), ("never", "ending"), ("not", "gon", "na", "lie"), ("not", "going", "to", "lie"),
    ("ca", "n't", "tell", "you"), ("ca", "nt", "tell", "you"), ("n't", "tell", "you"), ("nt", "tell", "you"),
    ("can", "not", "tell", "you"),
    # "never been this tired": more than ever, not less.
    ("never", "been", "this"), ("never", "been", "so"), ("never", "felt", "this"), ("never", "felt", "so"),
    # "never not tired", "no stranger to stress": a denial of the opposite.
    ("never", "not"), ("no", "stranger", "to"),
    # "can't remember the last time I had a proper night's sleep": it has been that long.
    ("ca", "n't", "remember", "the", "last"), ("ca", "nt", "remember", "the", "last"), ("n't", "remember", "the"),
    ("nt", "remember", "the"),
    ("can", "not", "remember", "the", "last"),
    # "it's not that I'm not stressed", "can't say I'm not tired", "not a day goes by that I'm
    # not exhausted", "it's not not spreading": a denial of a denial.
    *(
        (*opening, *subject, "not")
        for opening in (("not", "that"), ("not", "like"), ("ca", "n't", "say"), ("ca", "nt", "say"),
                        ("can", "not", "say"), ("goes", "by", "that"), ("goes", "by", "when"),
                        ("goes", "by", "where"), ("no", "way"))
        for subject in (("i", "'m"), ("i", "m"), ("im",), ("i", "am"), ("it", "'s"), ("it", "s"), ("its",),
                        ("it", "is"))
    ),
    *(
        (*opening, *subject, denial)
        for opening in (("not", "that"), ("not", "like"))
        for subject in (("it", "does"), ("i", "do"), ("it", "did"), ("i", "did"), ("i", "have"), ("i", "was"))
        for denial in ("n't", "nt")
    ),
    ("not", "not"),
    # "no lack of stress", "no shortage of coffee": plenty of it.
    ("no", "lack", "of"), ("no", "shortage", "of"),
    # "there's no denying the calf looks smaller", "I can't deny I'm stressed", "couldn't be more tired".
    ("no", "denying"), ("n't", "deny"), ("nt", "deny"), ("not", "deny"), ("n't", "be", "more"), ("nt", "be", "more"),
    # "doesn't get in the way of footy": the activity goes on.
    ("n't", "get", "in", "the", "way"), ("nt", "get", "in", "the", "way"), ("not", "getting", "in", "the", "way"),
    # "it kicked off after my half marathon", "kicked in after my run": it started, nothing was kicked.
    ("kicked", "off"), ("kicked", "in"),
    # "no wonder I'm tired", "never miss the gym", "haven't cut back on the
    # energy drinks": each says the thing is there.
    ("no", "wonder"), ("never", "miss"), ("never", "skip"), ("n't", "cut", "back"), ("nt", "cut", "back"), ("n't", "cut", "down"),
    ("nt", "cut", "down"),
    # "Not that there's no tingling, there is a bit", "it's not as if I haven't noticed weakness".
    *(
        (*opening, *subject, denial)
        for opening in (("not", "that"), ("not", "as", "if"), ("not", "like"))
        for subject in (("there", "'s"), ("there", "s"), ("theres",), ("there", "is"))
        for denial in ("no", "not")
    ),
    *(
        ("not", "as", "if", *subject, denial)
        for subject in (("i", "have"), ("i", "did"), ("i", "do"), ("it", "does"), ("it", "is"), ("i", "'ve"))
        for denial in ("n't", "nt")
    ),
)


def matches_at(words: Sequence[str], index: int, phrase: Sequence[str]) -> bool:
    return tuple(words[index : index + len(phrase)]) == tuple(phrase)


def contains_phrase(words: Sequence[str], phrase: Sequence[str]) -> bool:
    """Plain matching, word for word.  `_contains` differs: it skips pseudo-negations."""
    return any(matches_at(words, i, phrase) for i in range(len(words)))


# "maybe it's because I'm tired": the hedge reaches over "because".
CAUSAL_WORDS = frozenset({"because", "cause", "'cause", "bc", "coz", "cos"})
CAUSAL_HEDGES: Tuple[Tuple[str, ...], ...] = (
    ("maybe",), ("probably",), ("prob",), ("probs",), ("perhaps",), ("possibly",), ("might",),
    ("could",), ("guess",), ("think",),
)
CAUSAL_HEDGE_REACH = 3


# "so" starts a clause ("..., so I stopped"), unless it only says how much: "so stressed",
# "not so sure".
SO_OPENS_A_CLAUSE = frozenset(
    {"i", "i'm", "im", "my", "it", "its", "it's", "the", "we", "you", "he", "she", "they", "now", "then", "that",
     "this", "anyway", "basically", "yeah", "ok", "okay", "far", "yes", "no", "far", ",", ".", "!", "?"}
)


def _breaks_the_clause(words: Sequence[str], index: int) -> bool:
    word = words[index]
    if word != "so":
        return word in CLAUSE_BREAKS
    return index + 1 >= len(words) or words[index + 1] in SO_OPENS_A_CLAUSE


def _is_emoji(word: str) -> bool:
    return all(unicodedata.category(character) in {"So", "Sk", "Mn", "Cf"} for character in word)


def clause_before(words: Sequence[str], start: int, window: int = PRE_WINDOW) -> List[str]:
    clause: List[str] = []
    first = max(0, start - window)
    for index in range(start - 1, first - 1, -1):
        word = words[index]
        # "I drink many frappe, maybe 4 every day 😅 no weakness": an emoji closes what came before it.
        if _is_emoji(word):
            break
        if _breaks_the_clause(words, index) and not (
            word in CAUSAL_WORDS
            and _contains(words[max(0, index - CAUSAL_HEDGE_REACH) : index], CAUSAL_HEDGES)
        ):
            break
        clause.insert(0, word)
    if first > 0 and clause and len(clause) == start - first:
        # The window cut a causal hedge off: "maybe it's because I am very tired".
        hedge_start = max(0, first - CAUSAL_HEDGE_REACH)
        if any(word in CAUSAL_WORDS for word in clause) and _contains(words[hedge_start:first], CAUSAL_HEDGES):
            clause = list(words[hedge_start:first]) + clause
    return clause


# "my speech and everything is normal": a tail that gathers everything else into the statement.
GATHERING_TAILS: Tuple[Tuple[str, ...], ...] = (
    ("and", "everything"), ("and", "everything", "else"), ("and", "all", "that"), ("and", "all"), ("etc",),
    ("and", "the", "rest"),
)


def clause_after(words: Sequence[str], end: int, window: int = POST_WINDOW) -> List[str]:
    clause: List[str] = []
    tail = max((len(p) for p in GATHERING_TAILS if matches_at(words, end, p)), default=0)
    for index in range(end + tail, min(end + tail + window, len(words))):
        if _breaks_the_clause(words, index) and words[index] not in {":", "-"}:
            break
        clause.append(words[index])
    return clause


# Pseudo-negations by their first word: a message is scanned for them at every check.
_PSEUDO_NEGATIONS_BY_FIRST_WORD: Dict[str, List[Tuple[str, ...]]] = {}
for _phrase in PSEUDO_NEGATIONS:
    _PSEUDO_NEGATIONS_BY_FIRST_WORD.setdefault(_phrase[0], []).append(_phrase)


def _pseudo_negation_positions(words: Sequence[str]) -> set:
    return {
        i + offset
        for i, word in enumerate(words)
        for phrase in _PSEUDO_NEGATIONS_BY_FIRST_WORD.get(word, ())
        if matches_at(words, i, phrase)
        for offset in range(len(phrase))
    }


def _without_pseudo_negations(words: Sequence[str]) -> List[str]:
    """ "never felt this weak": the words of a pseudo-negation blanked out."""
    pseudo = _pseudo_negation_positions(words)
    return ["_" if index in pseudo else word for index, word in enumerate(words)]


def _pseudo_negations_blanked_before(words: Sequence[str], start: int) -> List[str]:
    """A pseudo-negation may begin before the window: "it's not as if I haven't noticed weakness".
    Only one that ends before the finding ("not that I'm not sleeping" keeps the denial of the sleep),
    and its clause breaks stay ("this might be nothing but my speech went slurry")."""
    blanked = list(words)
    for i in range(start):
        for phrase in _PSEUDO_NEGATIONS_BY_FIRST_WORD.get(words[i], ()):
            if i + len(phrase) <= start and matches_at(words, i, phrase):
                for index in range(i, i + len(phrase)):
                    if words[index] not in CLAUSE_BREAKS:
                        blanked[index] = "_"
    return blanked


def denial_cancelled(words: Sequence[str], start: int, end: int) -> bool:
    """ "it's not like I don't drink coffee": a denial of the denial that the finding's own words hold."""
    return any(
        i + len(phrase) > start and i + len(phrase) <= end and matches_at(words, i, phrase)
        for i in range(max(0, start - 8), start)
        for phrase in _PSEUDO_NEGATIONS_BY_FIRST_WORD.get(words[i], ())
    )


# Trigger lists indexed by their first word, so a scan tries only the phrases that can start at a
# word.  Keyed by the list's id, with the list kept to make sure the id is still that list's.
_FIRST_WORD_INDEXES: Dict[int, Tuple[Sequence[Tuple[str, ...]], Dict[str, List[Tuple[str, ...]]]]] = {}


def _by_first_word(triggers: Sequence[Tuple[str, ...]]) -> Dict[str, List[Tuple[str, ...]]]:
    cached = _FIRST_WORD_INDEXES.get(id(triggers))
    if cached is not None and cached[0] is triggers:
        return cached[1]
    index: Dict[str, List[Tuple[str, ...]]] = {}
    for phrase in triggers:
        index.setdefault(phrase[0], []).append(phrase)
    if len(_FIRST_WORD_INDEXES) > 512:
        _FIRST_WORD_INDEXES.clear()
    _FIRST_WORD_INDEXES[id(triggers)] = (triggers, index)
    return index


def _contains(words: Sequence[str], triggers: Sequence[Tuple[str, ...]]) -> bool:
    index = _by_first_word(triggers)
    starts = [(i, index[word]) for i, word in enumerate(words) if word in index]
    if not starts:
        return False
    pseudo = _pseudo_negation_positions(words)
    return any(
        matches_at(words, i, phrase) and not pseudo.intersection(range(i, i + len(phrase)))
        for i, phrases in starts
        for phrase in phrases
    )


# Hedges that may follow what they hedge: "a bit weak maybe", "thinner? not sure".
POST_UNCERTAINTY_TRIGGERS: Tuple[Tuple[str, ...], ...] = (
    ("not", "sure"), ("not", "certain"), ("unsure",), ("maybe",), ("perhaps",), ("possibly",),
    ("i", "guess"), ("idk",), ("or", "not"), ("hard", "to", "tell"), ("i", "think"),
    ("probably",), ("probs",), ("no", "idea"), ("no", "clue"), ("dunno",),
    # "looks smaller? or am I just paranoid": the person doubts their own eyes.
    ("or", "am", "i"), ("or", "is", "it", "just", "me"), ("imagining",), ("imagination",), ("paranoid",),
    ("i", "suppose"), ("i", "reckon"),
    ("not", "so", "sure"), ("not", "too", "sure"), ("posibly",), ("mabye",),
    ("i", "'d", "guess"), ("i", "d", "guess"), ("prolly",), ("prob",),
    # "feels weak-ish?"
    ("ish",),
    # "weakness 🤷", "thinner? 🤔": a shrug or a thinking face after it.
    ("🤷",), ("🤔",),
    # "Tingling? 50/50.", "Weakness, I'm on the fence."
    ("50/50",), ("50", "-", "50"), ("50", JOINING_HYPHEN, "50"), ("fifty", "fifty"), ("on", "the", "fence"),
    # "speech I'm less sure", "tongue I haven't checked".
    ("less", "sure"), ("n't", "checked"), ("nt", "checked"),
)


# A hedge may trail further than a denial: "a bit smaller than the other side maybe".
POST_HEDGE_WINDOW = 6


QUESTION_HEDGES: Tuple[Tuple[str, ...], ...] = (
    ("could", "be"), ("ca", "n't", "tell"), ("can", "not", "tell"), ("ca", "nt", "tell"), ("hard", "to", "tell"),
    # "weak-ish? hard to say", "pain in the calf? sort of, on and off".
    ("hard", "to", "say"), ("sort", "of"), ("kind", "of"), ("kinda",), ("sorta",),
)


def _after_the_question_mark(words: Sequence[str], end: int) -> Optional[int]:
    """Where the words after the question ending the mention's clause begin, or None
    when the clause does not end with a question mark."""
    index = end
    while index < len(words) and words[index] not in CLAUSE_BREAKS:
        index += 1
    if index >= len(words) or words[index] != "?":
        return None
    while index < len(words) and words[index] in {"?", "!"}:
        index += 1
    return index


def bracketed_doubt(words: Sequence[str], end: int) -> bool:
    """ "weaker on stairs (I think?)", "smaller than the right (though I might be imagining it)":
    a doubt in brackets right after the mention's clause."""
    index = _end_of_clause(words, end)
    if index >= len(words) or words[index] != "(":
        return False
    closing = next((i for i in range(index + 1, len(words)) if words[i] == ")"), len(words))
    inside = words[index + 1 : closing]
    return _contains(inside, POST_UNCERTAINTY_TRIGGERS + UNCERTAINTY_TRIGGERS) or _contains(inside, DOUBTS_AFTER)


def _hedged_question(words: Sequence[str], end: int) -> bool:
    """ "my leg looks skinnier?? idk": a question about the finding, then a hedge."""
    index = _after_the_question_mark(words, end)
    if index is None or index < len(words) and words[index] in ONSET_WORDS:
        return False
    return _contains(words[index : index + 5], POST_UNCERTAINTY_TRIGGERS + QUESTION_HEDGES)


# Softer hedges ("I think it's getting worse", "probably the coffee").  They make
# most mentions uncertain, but not a weaker or thinner leg: "unsure" about
# weakness or wasting lowers the triage level, and a person who thinks their
# leg is weaker should be seen as reporting it.
SOFT_HEDGES: Tuple[Tuple[str, ...], ...] = (
    ("i", "think"), ("probably",), ("i", "reckon"), ("seems", "like"), ("i", "suppose"),
    ("if", "that", "counts", "as"), ("if", "this", "counts", "as"), ("if", "it", "counts", "as"),
    ("seems",), ("seem",), ("probs",), ("prob",), ("prolly",),
    ("likely",), ("potentially",), ("suspect",), ("have", "a", "feeling"), ("'d", "guess"), ("i", "d", "guess"), ("my", "guess"), ("guessing",),
    # Hedges that govern a whole clause, often from further back than a negation:
    # "i guess my leg is a little weak", "kind of feels like my leg is weaker".
    ("i", "guess"), ("kind", "of"), ("kinda",), ("sort", "of"),
    ("imagination",), ("imagining",), ("paranoid",),
    # Heard from someone else: "apparently I've been slurring my words".
    ("apparently",),
    # A doubt that opens the clause governs all of it: "idk if my speech is a bit slurred".
    ("idk", "if"), ("idk", "whether"), ("dunno", "if"), ("not", "sure", "if"), ("not", "sure", "whether"),
    ("n't", "know", "if"), ("n't", "know", "whether"), ("nt", "know", "if"), ("nt", "know", "whether"),
    ("wonder", "if"), ("wondering", "if"), ("no", "idea", "if"), ("no", "idea", "whether"),
    # "I vaguely remember my foot giving way".
    ("vaguely",),
    # "it feels like my balance is off": an impression of a whole state, not a sensation
    # ("feels like pins and needles" describes one).
    ("feels", "like", "my"), ("feel", "like", "my"), ("feels", "like", "the"), ("feel", "like", "the"),
    ("feels", "like", "i"), ("feel", "like", "i"), ("felt", "like", "my"), ("looks", "like", "my"),
    ("get", "the", "impression"), ("got", "the", "impression"), ("under", "the", "impression"),
    ("feels", "like", "it"), ("feel", "like", "it"), ("felt", "like", "it"), ("feels", "like", "its"),
    ("feel", "like", "its"),
    # "my leg appears to be thinner", "i get the sense my grip is weaker", "on the fence about whether ...".
    ("appears",), ("appear",), ("get", "the", "sense"), ("got", "the", "sense"), ("get", "the", "feeling"),
    ("got", "the", "feeling"), ("on", "the", "fence"),
)


# "I think my foot is a bit floppy": the hedge governs the whole clause, so it
# may stand further back than a negation.
SOFT_HEDGE_WINDOW = 10


# Marks a mention that a soft hedge made uncertain but that still counts as
# reported (set by bot.nlp.extract, read by bot.facts).
SOFT_HEDGE = "soft"


# A question about one's own body: "is my tongue twitching?", "is it the coffee?".
# Not "is this restless legs syndrome?" or "is it ok to keep exercising?": those ask
# about a condition or in general.
SELF_QUESTION_OPENINGS: Tuple[Tuple[str, ...], ...] = (
    ("is", "my"), ("are", "my"), ("is", "it"), ("am", "i"), ("do", "i"), ("does", "my"), ("do", "my"),
    # "could my swallowing be affected too?", "could I be low on B12?", "could it be making my legs weaker?",
    # "is the twitching going to spread to my arms?".
    ("could", "my"), ("can", "my"), ("might", "my"), ("could", "i"), ("might", "i"), ("could", "it", "be"),
    ("could", "this", "be"), ("could", "that", "be"), ("might", "it", "be"), ("will", "it"), ("will", "my"),
    ("will", "the", "twitching"), ("is", "the", "twitching", "going"), ("are", "the", "twitches", "going"),
    # "plus my eyelid, plus sometimes my arm. does that mean its spreading??"
    ("does", "that", "mean"), ("does", "this", "mean"), ("does", "it", "mean"),
)
# "could it be dehydration?", "could this be from my new pills?", "could my 5 espressos a day be causing
# the twitches?", "will the twitching stop if I fix my sleep?": a guessed cause, not a doubt that the
# person has it.
CAUSE_QUESTION_OPENINGS: Tuple[Tuple[str, ...], ...] = (
    ("could", "it", "be"), ("could", "this", "be"), ("could", "that", "be"), ("might", "it", "be"),
)
CAUSE_QUESTION_FILLERS = frozenset(
    {"the", "my", "a", "from", "due", "to", "because", "of", "low", "just", "all", "some", "too", "much", "an"}
)
CAUSING_WORDS = frozenset(
    {"causing", "cause", "behind", "blame", "reason", "responsible", "triggering", "making", "factor", "related",
     "linked", "connected", "contributing", "contribute", "why", "explain", "role", "culprit", "trigger"}
)
# What to call what the person feels: "is that weakness??", "would you call this numbness?".
# Only with the finding right behind: "is that from the running?" guesses a cause.
NAMING_QUESTIONS: Tuple[Tuple[str, ...], ...] = (
    ("is", "that"), ("is", "this"), ("would", "you", "call", "this"), ("would", "you", "call", "that"),
    ("does", "that", "count", "as"), ("does", "this", "count", "as"), ("is", "that", "what", "you", "call"),
    ("would", "this", "count", "as"), ("would", "that", "count", "as"), ("would", "it", "count", "as"),
    ("does", "it", "count", "as"), ("do", "you", "call", "this"), ("do", "you", "call", "that"),
)
# "would heavy legs after a long shift count as weakness?": the naming right before the finding.
NAMED_AS: Tuple[Tuple[str, ...], ...] = (("count", "as"), ("counts", "as"), ("called",))
NAMING_FILLERS = frozenset({"a", "an", "some", "like", "real", "actual", "actually", "maybe", "just", "called"})
GENERAL_QUESTION_WORDS = frozenset(
    {"ok", "okay", "normal", "safe", "bad", "good", "possible", "true", "worth", "better", "common",
     "dangerous", "likely", "serious", "restless", "als", "mnd", "a", "an"}
)
SELF_QUESTION_REACH = 8


def _self_question(words: Sequence[str], start: int, end: int) -> bool:
    opening = start
    while opening > 0 and start - opening < SELF_QUESTION_REACH and words[opening - 1] not in CLAUSE_BREAKS:
        opening -= 1
    naming = next((p for p in NAMING_QUESTIONS if matches_at(words, opening, p)), None)
    if any(start >= len(p) and matches_at(words, start - len(p), p) for p in NAMED_AS):
        # "does chocolate count as caffeine for twitching?" asks about the word, not the person.
        return end < len(words) and words[end] == "?"
    if naming is not None:
        if not all(word in NAMING_FILLERS for word in words[opening + len(naming) : start]):
            return False
    elif not any(matches_at(words, opening, phrase) for phrase in SELF_QUESTION_OPENINGS):
        return False
    cause = next((p for p in CAUSE_QUESTION_OPENINGS if matches_at(words, opening, p)), None)
    if cause is not None and set(words[opening + len(cause) : start]) <= CAUSE_QUESTION_FILLERS:
        return False
    question = _after_the_question_mark(words, end)
    # "is it worse if pins and needles come on suddenly?" asks in general; "how do I know if I'm low on
    # vitamin D?" asks about the person.
    conditional = next((i for i in range(opening, start) if words[i] == "if"), None)
    if conditional is not None and (words[opening] == "will" or words[conditional + 1 : conditional + 2] not in (["i"], ["im"])) or (
        question is not None and CAUSING_WORDS & set(words[end:question])
    ):
        return False
    if opening + 2 < len(words) and words[opening + 2] in GENERAL_QUESTION_WORDS:
        return False
    answer = _after_the_question_mark(words, end)
    # "is it the stress? yes I'm sure it is": answered at once.
    return answer is not None and not (answer < len(words) and words[answer] in ANSWERS_YES)


TRAILING_OFF = frozenset({"...", "…"})
CLAUSE_ENDS_FOR_A_HEDGE = CLAUSE_BREAKS | TRAILING_OFF


def _end_of_clause(words: Sequence[str], end: int) -> int:
    """Where the clause of the mention ending at ``end`` breaks off, within a hedge's reach."""
    index = end
    # "no numbness... hmm maybe a little": a trailing off ends the clause here, though a hedge may reach past it.
    while index < len(words) and index - end < POST_HEDGE_WINDOW and words[index] not in CLAUSE_ENDS_FOR_A_HEDGE:
        index += 1
    return index


def _trailing_hedge(words: Sequence[str], end: int) -> bool:
    """ "a bit clumsier than usual, maybe, I keep knocking things over": a hedge set
    off by commas right after the clause of the mention."""
    index = _end_of_clause(words, end)
    if index >= len(words) or words[index] != ",":
        return False
    # "heavier and weaker than normal, kinda.", "Numbness, hard to say."
    starts = [index + 1]
    # "Weakness, I'm on the fence."
    while starts[-1] < len(words) and words[starts[-1]] in DOUBTING_SUBJECT | {"im", "honestly", "hmm", ","} and len(starts) <= 3:
        starts.append(starts[-1] + 1)
    for start in starts:
        for phrase in POST_UNCERTAINTY_TRIGGERS + QUESTION_HEDGES + (("hard", "to", "judge"),):
            after = start + len(phrase)
            if matches_at(words, start, phrase) and (after >= len(words) or words[after] in CLAUSE_BREAKS):
                return True
    return False


def _marked_unknown(words: Sequence[str], end: int) -> bool:
    """ "Weakness - ? Numbness - no": a list of findings, one marked with a question mark."""
    return end + 1 < len(words) and words[end] in {"-", ":", "="} and words[end + 1] == "?"


# "could be my imagination but my calf looks smaller": a doubt set before the
# report, in a clause of its own.  "Probably nothing but my leg went weak" doubts
# only whether it matters, so it reports.
PREFACE_HEDGES: Tuple[Tuple[str, ...], ...] = (
    ("imagination",), ("imagining",), ("paranoid",), ("could", "be", "wrong"), ("might", "be", "wrong"),
    ("may", "be", "wrong"), ("sure", "if", "it", "'s", "nothing"), ("sure", "if", "its", "nothing"),
)
PREFACE_LINKS = frozenset({"but", "—", "–", "-", "--"})
PREFACE_REACH = 8


def _doubting_preface(words: Sequence[str], start: int) -> bool:
    clause_start = start - len(clause_before(words, start, SOFT_HEDGE_WINDOW))
    link = clause_start - 1
    while link >= 0 and words[link] == ",":
        link -= 1
    if link < 0 or words[link] not in PREFACE_LINKS:
        return False
    preface_end = link
    while preface_end > 0 and words[preface_end - 1] == ",":
        preface_end -= 1
    preface = clause_before(words, preface_end, PREFACE_REACH)
    return _contains(preface, PREFACE_HEDGES)


# "my tongue feels like it's twitching. or maybe im imagining it", "strength seems
# normal but I'm not 100% sure": a doubt of its own, right after the mention's clause.
DOUBTS_AFTER: Tuple[Tuple[str, ...], ...] = (
    # "a ton of Diet Coke, if that counts as caffeine", "a heavy feeling, if that counts as weakness?".
    ("if", "that", "counts"), ("if", "this", "counts"), ("if", "it", "counts"),
    ("or", "maybe", "i"), ("or", "maybe", "not"), ("or", "am", "i"), ("or", "is", "it", "just", "me"),
    ("not", "sure"), ("not", "100"), ("could", "be", "my", "imagination"), ("might", "be", "my", "imagination"),
    ("maybe", "i", "'m", "imagining"), ("maybe", "i", "m", "imagining"), ("i", "might", "be", "imagining"),
    ("i", "could", "be", "wrong"), ("i", "might", "be", "wrong"), ("not", "certain"),
    # "it doesn't feel weak, though I can't be certain" (the "i" may come first).
    ("ca", "n't", "be", "sure"), ("ca", "n't", "be", "certain"), ("ca", "nt", "be", "sure"), ("ca", "nt", "be", "certain"),
    ("can", "not", "be", "sure"), ("can", "not", "be", "certain"),
    ("not", "so", "sure"), ("not", "too", "sure"), ("not", "convinced"),
    # "Not weak as such, though I wouldn't swear to it".
    ("would", "n't", "swear"), ("would", "nt", "swear"), ("i", "would", "n't", "swear"),
    # "Both thighs look identical. Could be wrong though".
    ("could", "be", "wrong"), ("might", "be", "wrong"), ("may", "be", "wrong"),
)
DOUBTS_A_FEW_WORDS_ON: Tuple[Tuple[str, ...], ...] = (
    ("difficult", "to", "be", "certain"), ("difficult", "to", "be", "sure"), ("hard", "to", "be", "sure"),
    ("hard", "to", "be", "certain"), ("ca", "n't", "be", "100"), ("ca", "nt", "be", "100"), ("can", "not", "be", "100"),
    ("ca", "n't", "be", "completely", "sure"), ("ca", "n't", "be", "totally", "sure"),
    # "although I can't really be certain", "but honestly I keep second-guessing it", "but I don't really know
    # what I'm looking for".
    *((*cannot, "really", "be", sure) for cannot in (("ca", "n't"), ("ca", "nt"), ("cant",), ("can", "not"))
      for sure in ("sure", "certain")),
    ("second", JOINING_HYPHEN, "guessing"), ("second", "-", "guessing"), ("second", "guessing"),
    ("what", "i", "'m", "looking", "for"), ("what", "i", "m", "looking", "for"), ("what", "im", "looking", "for"),
    ("what", "to", "look", "for"),
    # "Feels like it's moving to my foot but hard to say honestly", "but it's hard to tell on a bad line".
    ("hard", "to", "say"), ("hard", "to", "tell"), ("difficult", "to", "tell"), ("difficult", "to", "say"),
    # "anything I would call weakness, but maybe I'm not looking properly".
    ("not", "looking", "properly"), ("not", "checking", "properly"), ("not", "looking", "closely"),
)
DOUBT_LEAD_REACH = 6
# "though I can't be certain", "but i'm not certain": the doubt may open with its subject.
DOUBTING_SUBJECT = frozenset({"i", "'m", "m", "am", "really"})
# "not sure that's relevant" doubts whether it matters, not whether it is so.
RELEVANCE_WORDS = frozenset({"relevant", "related", "matters", "important", "connected", "linked", "significant"})
# "not sure about the numbness" doubts something else.
NEW_OBJECT_WORDS = frozenset(
    {"about", "if", "whether", "why", "what", "how", "when", "where", "which", "the", "my", "his", "her", "their"}
)
SELF_DOUBT_WORDS = frozenset({"imagining", "imagination", "paranoid", "overthinking", "hypochondriac"})
DOUBT_LINKS = frozenset({".", "!", ",", ";", "but", "though", "although", "-", "—", "–", "…", "..."})


# "my leg feels weaker but I could be imagining it", "looks smaller, or maybe it's my imagination",
# "slurred sometimes, probably just me being paranoid", "spread to my arms, or at least I think so":
# the next clause says the report itself may be wrong.  Not "I'm not imagining it", nor fear
# ("I'm paranoid it's ALS").
OWN_REPORT_DOUBTS: Tuple[Tuple[str, ...], ...] = (
    ("imagining",), ("imagination",), ("overthinking",), ("over", "thinking"), ("in", "my", "head"),
    ("being", "paranoid"), ("just", "paranoid"), ("am", "paranoid"), ("making", "it", "up"),
    ("making", "this", "up"), ("at", "least", "i", "think"), ("i", "think", "so"),
    # "I might just be hyper-aware of it all now", "Or I'm just noticing it because I read about ALS".
    ("hyper", JOINING_HYPHEN, "aware"), ("hyper", "-", "aware"), ("hyper", "aware"), ("hyperaware",),
    ("hypervigilant",), ("just", "noticing"), ("noticing", "it", "more"), ("second", JOINING_HYPHEN, "guessing"),
    ("second", "-", "guessing"), ("second", "guessing"),
    # "a little weak, but I am not confident", "stairs feel harder, but I've put on weight so who knows",
    # "mibbe a wee bit weaker on the stairs, cannae really tell", "I don't trust myself".
    ("not", "confident"), ("who", "knows"), ("do", "n't", "trust", "myself"), ("do", "nt", "trust", "myself"),
    ("ca", "n't", "really", "tell"), ("ca", "nt", "really", "tell"), ("cannae", "really", "tell"), ("cannae", "tell"),
)
OWN_REPORT_DOUBT_REACH = 8


def _doubt_of_own_report(clause: Sequence[str]) -> bool:
    hit = next(((i, p) for i in range(len(clause)) for p in OWN_REPORT_DOUBTS if matches_at(clause, i, p)), None)
    if hit is None or _contains(clause[: hit[0]], NEGATION_TRIGGERS):
        return False
    # "but I might be imagining the thinning" doubts another report.
    return not NEW_OBJECT_WORDS & set(clause[hit[0] + len(hit[1]) : hit[0] + len(hit[1]) + 2])


# "Tongue looks normal to me, no twitching that I can see, but I don't really know what I'm
# looking for": a doubt that closes the sentence after "but" covers every denial in it.
CLOSING_DOUBT_OF_DENIALS_LINKS = frozenset({"but", "though", "although", "tho"})


def spans_denied_then_doubted(words: Sequence[str]) -> List[Tuple[int, int]]:
    covered = []
    for start, end in _sentences(words):
        for link in range(end - 1, start, -1):
            if words[link] in CLOSING_DOUBT_OF_DENIALS_LINKS:
                index = link + 1
                while index < end and words[index] in {",", "honestly", "tbh", "to", "be", "fair"}:
                    index += 1
                if end - index <= CLOSING_DOUBT_REACH + 2 and _doubt_opens_at(words, index):
                    covered.append((start, link))
                break
    return covered


def _after_a_doubt_link(words: Sequence[str], end: int) -> Optional[int]:
    """Where the clause after the mention's begins, past the links ("," "but" "though" ...), or None
    when no link follows the mention's clause."""
    index = _end_of_clause(words, end)
    if index >= len(words) or words[index] not in DOUBT_LINKS:
        return None
    while index < len(words) and words[index] in DOUBT_LINKS:
        index += 1
    return index


def _report_doubted_after(words: Sequence[str], end: int) -> bool:
    index = _after_a_doubt_link(words, end)
    if index is None:
        return False
    if index < len(words) and words[index] == "or":
        index += 1
    clause: List[str] = []
    for word in words[index : index + OWN_REPORT_DOUBT_REACH]:
        if word in SENTENCE_ENDS or word in {"but", "though", "although", ";"}:
            break
        clause.append(word)
    return _doubt_of_own_report(clause)


# "right thigh looks smaller and maybe it's spreading, probably just me being paranoid tbh":
# a doubt that closes the sentence covers the whole of it; "... weaker? Or maybe I'm
# overthinking it.", "Then again I might be comparing in bad lighting.": a sentence of
# doubt that opens with "or" or "then again" covers the sentence before.
CLOSING_DOUBT_LINKS = frozenset({",", "but", "though", "although", "tho", "-", "—", "–", "or", ";"})
CLOSING_DOUBT_REACH = 12
CLOSING_DOUBT_FILLERS = frozenset({"honestly", "tbh", "lol", "though", "tho", "haha"})
DOUBTING_SENTENCE_OPENERS: Tuple[Tuple[str, ...], ...] = (("or",), ("then", "again"), ("but", "then", "again"))
DOUBT_SENTENCE_STARTS = frozenset({"might", "could", "may", "probably", "prob", "prolly", "maybe", "possibly"})
# Sentences end before their mark, so "I think?" is ("i", "think").
HEDGE_SENTENCES = frozenset({("i", "think"), ("maybe",), ("i", "guess"), ("not", "sure"), ("probably",), ("i", "think", "so"),
                             ("possibly",), ("not", "100", "%", "sure")})
MODAL_EXPLANATIONS: Tuple[Tuple[str, ...], ...] = (("might",), ("could",), ("may",))


def sentence_opening(words: Sequence[str], index: int) -> int:
    """Where the sentence holding ``words[index]`` begins."""
    return max((i + 1 for i in range(index) if words[i] in SENTENCE_ENDS), default=0)


def _sentences(words: Sequence[str]) -> List[Tuple[int, int]]:
    bounds, start = [], 0
    for index, word in enumerate(words):
        if word in SENTENCE_ENDS:
            if index > start:
                bounds.append((start, index))
            start = index + 1
    if start < len(words):
        bounds.append((start, len(words)))
    return bounds


def spans_doubted_at_the_end(words: Sequence[str]) -> List[Tuple[int, int]]:
    """The word ranges whose reports a closing doubt of the person's own perception covers."""
    covered = []
    sentences = _sentences(words)
    for number, (start, end) in enumerate(sentences):
        opener = next((p for p in DOUBTING_SENTENCE_OPENERS if matches_at(words, start, p)), None)
        if opener is not None and number > 0 and end - start <= CLOSING_DOUBT_REACH + len(opener):
            rest = words[start + len(opener) : end]
            explanation = opener != ("or",) and any(
                matches_at(rest, i, p) for i in range(min(4, len(rest))) for p in MODAL_EXPLANATIONS
            )
            if _doubt_of_own_report(rest) or explanation:
                covered.append(sentences[number - 1])
                continue
        # "it looks a bit smaller than the left?? might be in my head."
        if (
            number > 0 and end - start <= CLOSING_DOUBT_REACH - 3 and words[start] in DOUBT_SENTENCE_STARTS
            and _doubt_of_own_report(words[start:end])
        ):
            covered.append(sentences[number - 1])
            continue
        # "Pins and needles in my feet on and off. I think."
        # Not when the sentence before asked its own question ("maybe it came on suddenly? Not sure.").
        if number > 0 and tuple(words[start:end]) in HEDGE_SENTENCES and words[sentences[number - 1][1]] != "?":
            covered.append(sentences[number - 1])
            continue
        for link in range(start + 1, end):
            if words[link] not in CLOSING_DOUBT_LINKS:
                continue
            clause = [word for word in words[link + 1 : end] if word not in CLOSING_DOUBT_FILLERS]
            if len(clause) <= CLOSING_DOUBT_REACH:
                if not CLAUSE_BREAKS.intersection(clause) and _doubt_of_own_report(clause):
                    covered.append((start, link))
                    break
                # "i trip more on stairs and my balance feels off, though that might be my new bifocals".
                if words[link] in EXPLAINING_LINKS and not CLAUSE_BREAKS.intersection(words[link + 1 : end]) and (
                    explained_away(words, link)
                ):
                    covered.append((start, link))
                    break
    return covered


# "I'm not stressed. Well, maybe a little", "no weakness. well. maybe on the stairs?": a
# denial taken half back.  Not "not stressed, maybe a bit tired" (another thing).
WALK_BACKS: Tuple[Tuple[str, ...], ...] = (
    ("well", "maybe"), ("well", ",", "maybe"), ("well", ".", "maybe"), ("ok", "maybe"), ("okay", "maybe"),
    ("maybe", "a", "little"), ("maybe", "a", "bit"), ("maybe", "a", "touch"), ("maybe", "a", "tad"),
    # "No stress. Well... maybe a little".
    ("well", "...", "maybe"), ("well", "…", "maybe"),
    # "not that tired really, though maybe a bit more than usual?"
    ("maybe", "a", "bit", "more"), ("maybe", "a", "little", "more"),
    ("maybe", "slightly"), ("actually", "maybe"), ("actually", ",", "maybe"), ("well", ".", "except", "maybe"), ("except", "maybe"), ("actually", "i", "'m", "not", "sure"),
    ("actually", "i", "m", "not", "sure"), ("actually", "not", "sure"), ("then", "again", "maybe"),
    # "Not tired. Well, I guess I am a bit", "no numbness... hmm maybe a little", "Strength is fine. Or, hmm, maybe not".
    ("well", ",", "i", "guess"), ("well", "i", "guess"), ("hmm", "maybe"), ("hmm", ",", "maybe"), ("or", ",", "hmm"),
    ("or", "hmm"),
)


WALK_BACK_OPENERS = frozenset({"well", "ok", "okay", "actually", "then", "hmm", "or"})


def walked_back(words: Sequence[str], end: int) -> bool:
    """A denial followed at once by a hedged "yes, a little" of its own."""
    index = _end_of_clause(words, end)
    # "no i'm not stressed (ok maybe a little)": a walk-back in brackets.
    while index < len(words) and words[index] in DOUBT_LINKS | {"("}:
        index += 1
    phrase = next((p for p in WALK_BACKS if matches_at(words, index, p)), None)
    if phrase is None:
        return False
    after = index + len(phrase)
    # "not stressed, maybe a bit tired" names another thing; "well, maybe on the stairs" does not.
    return phrase[0] in WALK_BACK_OPENERS or after >= len(words) or words[after] in CLAUSE_BREAKS


# "I don't drink coffee. Well ok, four a day", "no tingling - actually, a little at night", "i said
# no stress earlier but thats a lie": a denial the person then takes back in full.
TAKE_BACKS: Tuple[Tuple[str, ...], ...] = (
    ("well", "ok"), ("well", "okay"), ("ok", "fine"), ("okay", "fine"), ("actually", ","), ("wait", ","),
    ("hmm", "wait"), ("hmm", ",", "wait"), ("hm", "actually"), ("hmm", "actually"), ("scratch", "that"),
    ("correction",), ("on", "second", "thought"), ("that", "'s", "a", "lie"), ("that", "s", "a", "lie"),
    ("thats", "a", "lie"), ("that", "was", "a", "lie"), ("who", "am", "i", "kidding"), ("not", "true", ","),
    # "i'm not stressed. jk i'm so stressed".
    ("jk",), ("just", "kidding"), ("only", "kidding"), ("lol", "jk"), ("kidding",),
    # "Not spreading. I spoke too soon, I felt it in my thigh", "Not stressed at all. Well, actually, ...".
    ("i", "spoke", "too", "soon"), ("spoke", "too", "soon"), ("well", ",", "actually"), ("well", "actually"),
    ("well", "...", "actually"), ("well", "…", "actually"),
)
# "i dont smoke or drink. well i drink on fridays", "wasn't stressed when it started but now i am".
OWN_TAKE_BACK_OPENERS = frozenset({"well", "ok", "okay", "now", "actually"})
OWN_TAKE_BACK_VERBS = frozenset(
    {"am", "'m", "m", "was", "do", "did", "have", "'ve", "had", "drink", "get", "smoke", "feel", "felt", "go"}
)
# What says the denial stands after all: "No weakness. Actually my legs feel strong".
STILL_DENIED = frozenset({"no", "not", "n't", "nt", "never", "none", "nothing", "fine", "normal", "ok", "okay",
                          "strong", "good", "great", "same"})
TAKE_BACK_CHECK = 6


# "i said i sleep fine, i dont": the normal state stated, then denied in three words.
NORMAL_TAKEN_BACK_SUBJECTS = frozenset({"i", "it", "they"})
NORMAL_TAKEN_BACK_VERBS = frozenset({"do", "does", "did", "is", "'s", "s", "am", "'m", "m", "are", "was"})


def _normal_state_taken_back(words: Sequence[str], index: int) -> bool:
    return (
        index + 2 < len(words) and words[index] in NORMAL_TAKEN_BACK_SUBJECTS
        and words[index + 1] in NORMAL_TAKEN_BACK_VERBS and words[index + 2] in {"n't", "nt", "not"}
        and (index + 3 >= len(words) or words[index + 3] in CLAUSE_BREAKS)
    )


# "I never thought it would spread but now it has": "now it has" with nothing after it.
NOW_IT_AUXILIARIES = frozenset({"has", "is", "'s", "does", "did"})


def _bare_now_it_has(words: Sequence[str], index: int) -> bool:
    return (
        matches_at(words, index, ("now", "it")) and index + 2 < len(words) and words[index + 2] in NOW_IT_AUXILIARIES
        and (index + 3 >= len(words) or words[index + 3] in CLAUSE_BREAKS)
    )


def taken_back(words: Sequence[str], end: int, stated_normal: bool = False) -> bool:
    """A denial ending at ``end`` that the next clause takes back in full ("Sleep's perfect (it isn't)")."""
    index = _end_of_clause(words, end)
    while index < len(words) and (words[index] in DOUBT_LINKS or words[index] == "("):
        index += 1
    if stated_normal and _normal_state_taken_back(words, index):
        return True
    if _bare_now_it_has(words, index):
        return True
    phrase = next((p for p in TAKE_BACKS if matches_at(words, index, p)), None)
    if phrase is not None:
        rest = index + len(phrase)
    elif (
        index + 2 < len(words) and words[index] in OWN_TAKE_BACK_OPENERS and words[index + 1] == "i"
        and words[index + 2] in OWN_TAKE_BACK_VERBS
    ):
        rest = index + 3
    else:
        return False
    following = words[rest : rest + TAKE_BACK_CHECK]
    stop = next((i for i, word in enumerate(following) if word in SENTENCE_ENDS), len(following))
    return not STILL_DENIED & set(following[:stop]) and not _contains(following[:stop], UNCERTAINTY_TRIGGERS)


# "I thought it was spreading, but no, it's just the calf", "at first I thought it was
# getting worse but now I don't think so": a belief the person then takes back.
# "I used to get tingling but not anymore": a past state is taken back the same way.
MISTAKEN_BELIEFS = frozenset({"thought", "figured", "assumed", "reckoned", "felt", "seemed", "thinking", "used"})
RETRACTION_FILLERS = frozenset(
    {"now", "actually", "then", "but", ",", "well", "no", "honestly", "really", "tbh", "looking", "back"}
)
RETRACTIONS: Tuple[Tuple[str, ...], ...] = (
    ("no", ",", "it"), ("no", "it"), ("nope",), ("nah",), ("no", "."), ("no", "!"), ("not", "anymore"),
    ("i", "do", "n't", "think", "so"), ("i", "dont", "think", "so"), ("i", "do", "nt", "think", "so"),
    ("it", "'s", "not"), ("it", "s", "not"), ("its", "not"), ("it", "is", "n't"), ("it", "was", "n't"),
    ("it", "is", "not"), ("it", "was", "not"), ("it", "'s", "just"), ("it", "s", "just"), ("its", "just"),
    ("turns", "out", "it", "'s", "not"), ("turns", "out", "it", "was", "n't"), ("turns", "out", "it", "is", "n't"),
    ("apparently", "not"), ("guess", "not"), ("i", "was", "wrong"),
    # "I thought it was getting worse last week but looking back it's pretty much the same".
    *((*subject, *degree, "the", "same") for subject in (("it", "'s"), ("it", "s"), ("its",), ("it", "is"))
      for degree in ((), ("pretty", "much"), ("about",), ("just",), ("really", "just"))),
    # "I was thinking it is spreading but no, only the knee".
    ("no", ",", "only"), ("no", ",", "just"), ("no", "only"), ("no", "just"),
    # "Used to feel weak too, that's gone".
    ("that", "'s", "gone"), ("that", "s", "gone"), ("thats", "gone"), ("it", "'s", "gone"), ("its", "gone"),
    ("that", "went", "away"), ("gone", "now"),
    # "I thought it was spreading to my other leg. Turns out it was a one-off".
    ("turns", "out", "it", "was", "a"), ("turns", "out", "it", "was", "just"), ("turns", "out", "it", "'s", "just"),
    ("turns", "out", "it", "was", "only"),
)
RETRACTION_REACH = 8
BELIEF_TAILS = frozenset(
    {"last", "week", "month", "night", "yesterday", "today", "ago", "a", "few", "days", "weeks", "earlier", "at",
     "first", "too", "though", "again", "?", "!",
     # Where it was thought to go: "I thought it was spreading to my left leg, but no".
     "to", "into", "my", "the", "other", "left", "right", "leg", "legs", "side", "calf", "thigh", "foot", "arm", "arms"}
)


def retracted(words: Sequence[str], start: int, end: int) -> bool:
    """A mention inside "I thought ..." that the next clause denies."""
    if not MISTAKEN_BELIEFS & set(clause_before(words, start, RETRACTION_REACH)):
        return False
    index = _end_of_clause(words, end)
    # "I thought the weakness was getting better, but no": the belief was about something else.
    # A time may follow the mention: "it felt like it was getting worse last week, but now I don't think so".
    if any(word not in BELIEF_TAILS for word in words[end:index]):
        return False
    if index >= len(words) or words[index] not in DOUBT_LINKS:
        return False
    while index < len(words) and (words[index] in DOUBT_LINKS or words[index] in RETRACTION_FILLERS):
        if words[index] == "no" and any(matches_at(words, index, p) for p in RETRACTIONS):
            break
        index += 1
    if index >= len(words):
        # "I thought it was spreading, but no": the denial ended the message.
        return words[index - 1] in {"no", "nope", "nah"}
    # "I thought I was getting weaker, but I went to the gym and lifted my normal weights, so no."
    sentence_end = next((i for i in range(index, len(words)) if words[i] in SENTENCE_ENDS), len(words))
    if tuple(words[sentence_end - 3 : sentence_end]) in {(",", "so", "no"), (",", "so", "nope")}:
        return True
    return any(matches_at(words, index, phrase) for phrase in RETRACTIONS)


def doubted_afterwards(words: Sequence[str], end: int) -> bool:
    index = _after_a_doubt_link(words, end)
    return index is not None and _doubt_opens_at(words, index)


def _doubt_opens_at(words: Sequence[str], index: int) -> bool:
    """A doubt of its own ("not sure", "I can't be certain") opening at ``index``."""
    starts = [index]
    while starts[-1] < len(words) and words[starts[-1]] in DOUBTING_SUBJECT and len(starts) <= 3:
        starts.append(starts[-1] + 1)
    found = next(((start, p) for start in starts for p in DOUBTS_AFTER if matches_at(words, start, p)), None)
    if found is None:
        # "though at my age it is difficult to be certain": an unmistakable doubt a few words on.
        # Not past the end of the sentence: "No numbness. Weakness? Maybe, hard to tell" doubts the weakness.
        reach = next((i for i in range(index, min(index + DOUBT_LEAD_REACH, len(words))) if words[i] in SENTENCE_ENDS),
                     min(index + DOUBT_LEAD_REACH, len(words)))
        found = next(
            ((start, p) for start in range(index, reach) for p in DOUBTS_A_FEW_WORDS_ON if matches_at(words, start, p)),
            None,
        )
    if found is None:
        return False
    start, phrase = found
    # "Could be wrong but I think my sleep's been off": a preface to what follows.
    if words[start + len(phrase) : start + len(phrase) + 1] == ["but"]:
        return False
    rest = clause_after(words, start + len(phrase), POST_HEDGE_WINDOW)
    if RELEVANCE_WORDS & set(rest):
        return False
    # "... but I'm not sure if I'm just imagining it" doubts the person's own report.
    return not NEW_OBJECT_WORDS & set(rest) or bool(SELF_DOUBT_WORDS & set(rest))


# "I trip more on stairs, though that might be my glasses", "it feels weaker, but that
# might just be in my head", "nearly fell. couldve been the dark tho": another
# explanation offered for what was just reported makes the report itself doubtful.
# A guessed cause after a bare comma ("vision's a bit off, probably the glasses") does not.
# "looking a bit flatter, which could just be the lighting" too.
EXPLAINING_LINKS = frozenset({"but", "though", "although", "tho", "tbh", "which"})
EXPLAINING_SUBJECTS = frozenset({"that", "it", "this", "thats", "its"})
EXPLAINING_MODALS: Tuple[Tuple[str, ...], ...] = (
    ("might",), ("could",), ("may",), ("'s", "probably"), ("is", "probably"), ("s", "probably"),
    ("probably",), ("'s", "prob"), ("'s", "prolly"),
)
EXPLAINING_VERBS: Tuple[Tuple[str, ...], ...] = (
    ("be",), ("have", "been"), ("'ve", "been"), ("ve", "been"), ("of", "been"), ("just",),
)
# Without a subject, only in a sentence of its own: "Might just be big pills."
UNSUBJECTED_EXPLANATIONS: Tuple[Tuple[str, ...], ...] = (
    ("might", "just", "be"), ("could", "just", "be"), ("could", "'ve", "been"), ("could", "ve", "been"),
    ("couldve", "been"), ("could", "have", "been"), ("might", "'ve", "been"), ("might", "have", "been"),
)


def explained_away(words: Sequence[str], end: int) -> bool:
    index = _end_of_clause(words, end)
    if index >= len(words):
        return False
    # "a bit clumsy? might just be tiredness" after a question too.
    if words[index] in {".", "!", "...", "?"} and index + 1 < len(words):
        return any(matches_at(words, index + 1, phrase) for phrase in UNSUBJECTED_EXPLANATIONS)
    while index < len(words) and words[index] in {",", "-", "—", "–"}:
        index += 1
    if index >= len(words) or words[index] not in EXPLAINING_LINKS:
        return False
    link = words[index]
    index += 1
    while index < len(words) and words[index] == ",":
        index += 1
    if index < len(words) and words[index] in EXPLAINING_SUBJECTS:
        index += 1
    modal = next((p for p in EXPLAINING_MODALS if matches_at(words, index, p)), None)
    if modal is None:
        return False
    index += len(modal)
    # "exhausted all the time, which might be the kids" guesses a cause; "which could just be the
    # lighting" explains the report away.
    verbs = (("just",), ("be", "just")) if link == "which" else EXPLAINING_VERBS
    return any(matches_at(words, index, phrase) for phrase in verbs)


# "looks a bit flatter when I flex but maybe that's the lighting", "does look smaller in photos, maybe it's the
# angle": what was seen may be how it was seen; "unsteady on his feet, although he also had a fall, which may
# account for it"; "a bit clumsy lately — could just be tiredness".
SEEING_ARTEFACTS = frozenset({"lighting", "light", "angle", "angles", "mirror", "camera", "photo", "photos", "pics",
                              "picture", "perspective", "posture"})
ARTEFACT_GUESSES = frozenset({"maybe", "probably", "prob", "perhaps", "possibly", "could", "might", "just"})
ARTEFACT_REACH = 5
ACCOUNTED_FOR: Tuple[Tuple[str, ...], ...] = tuple(
    (*modal, *verb)
    for modal in (("may",), ("might",), ("could",), ("would",), ("which",))
    for verb in (("account", "for"), ("explain", "it"), ("explain", "that"), ("explain", "this"), ("explains",))
)
DASHES = frozenset({"-", "—", "–", "--"})
EXPLANATION_REACH = 20


def explained_by_how_or_by_what(words: Sequence[str], end: int) -> bool:
    rest = list(words[end : end + EXPLANATION_REACH])
    rest = rest[: next((i for i, word in enumerate(rest) if word in SENTENCE_ENDS), len(rest))]
    for index, word in enumerate(rest):
        if word in SEEING_ARTEFACTS and ARTEFACT_GUESSES & set(rest[max(0, index - ARTEFACT_REACH) : index]):
            return True
        if any(matches_at(rest, index, phrase) for phrase in ACCOUNTED_FOR):
            return True
        if word in DASHES and any(matches_at(rest, index + 1, phrase) for phrase in UNSUBJECTED_EXPLANATIONS):
            return True
    return False


# "coffee maybe 2 a day", "drink maybe 6 coffees", "stress prob a 6/10", "coffee maybe too much":
# the person has the factor and guesses only how much (every writer of the evaluation sets but one).
AMOUNT_HEDGES = frozenset({"maybe", "probably", "prob", "probs", "prolly", "possibly", "perhaps", "roughly"})
AMOUNT_STARTS = frozenset(
    {"one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "once", "twice", "several",
     "half", "like", "around", "about", "loads", "lots", "dozen",
     # "alcohol maybe weekends", "beer maybe on fridays".
     "weekends", "weekend", "fridays", "saturdays", "socially", "on", "at"}
)
AMOUNT_AFTER_AN_ARTICLE = frozenset({"lot", "few", "couple"})
AMOUNT_AFTER_TOO = frozenset({"much", "many"})


def _starts_an_amount(words: Sequence[str], index: int) -> bool:
    if index >= len(words):
        return False
    word = words[index]
    following = words[index + 1] if index + 1 < len(words) else ""
    return (
        word[:1].isdigit() or word in AMOUNT_STARTS
        or word in {"a", "an"} and (following[:1].isdigit() or following in AMOUNT_AFTER_AN_ARTICLE)
        or word == "too" and following in AMOUNT_AFTER_TOO
    )


# "I'm probably drinking too much at the weekends", "I think I'm still drinking too much coffee": the
# hedge, the habit's own verb, then how much.
HABIT_VERB_FILLERS = frozenset(
    {"i", "'m", "m", "im", "am", "still", "drinking", "drink", "having", "have", "'ve", "been", "just", "eating",
     "taking", "doing", "getting"}
)
HABIT_VERB_REACH = 4


def _hedge_then_too_much(words: Sequence[str], index: int) -> bool:
    if not (words[index] in AMOUNT_HEDGES or words[index] == "think" and index > 0 and words[index - 1] == "i"):
        return False
    after = index + 1
    while after < len(words) and after - index <= HABIT_VERB_REACH and words[after] in HABIT_VERB_FILLERS:
        after += 1
    if after == index + 1 or after >= len(words) - 1 or not {"drinking", "drink", "having", "eating"} & set(
        words[index + 1 : after]
    ):
        return False
    # A statement about oneself, not a list of guesses ("probably dehydrated, possibly drinking too much coffee").
    if not {"i", "im", "'m", "m"} & set(words[max(0, index - 2) : after]):
        return False
    return (words[after], words[after + 1]) in {("too", "much"), ("too", "many"), ("way", "too"), ("a", "lot")}


# "My sister said it's probably just from all the coffee, I have like 5 a day", "Maybe the coffee? I drink
# about 6 a day": a guessed cause, then how much of it the person has.
AMOUNT_VERBS = frozenset({"drink", "have", "get", "take", "down", "need"})
AMOUNT_UNITS: Tuple[Tuple[str, ...], ...] = (
    ("a", "day"), ("a", "week"), ("per", "day"), ("per", "week"), ("a", "night"), ("daily",), ("cups",), ("cans",),
    ("mugs",), ("pints",), ("glasses",), ("shots",), ("coffees",), ("beers",), ("every", "day"), ("each", "day"),
)
AMOUNT_SAID_REACH = 12


def amount_said_after(words: Sequence[str], end: int) -> bool:
    following = list(words[end : end + AMOUNT_SAID_REACH])
    ends = [i for i, word in enumerate(following) if word in SENTENCE_ENDS]
    following = following[: ends[1] if len(ends) > 1 else len(following)]
    for i in range(len(following) - 2):
        if following[i] != "i" or following[i + 1] not in AMOUNT_VERBS:
            continue
        number = next(
            (j for j in range(i + 2, min(len(following), i + 5))
             if (following[j][:1].isdigit() and following[j] != "1") or following[j] in NUMBER_WORDS),
            None,
        )
        if number is not None and any(
            matches_at(following, k, unit) for k in range(number + 1, min(len(following), number + 4)) for unit in AMOUNT_UNITS
        ):
            return True
    return False


# Not "one": "I drink one a week" is next to none.
NUMBER_WORDS = frozenset({"two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "twelve"})


def _guesses_only_an_amount(words: Sequence[str], index: int) -> bool:
    if _hedge_then_too_much(words, index):
        return True
    # "maybe the 5 coffees a day lol".
    if words[index] in AMOUNT_HEDGES and index + 2 < len(words) and words[index + 1] == "the" and words[index + 2][:1].isdigit():
        return True
    if words[index] not in AMOUNT_HEDGES or not _starts_an_amount(words, index + 1):
        return False
    # "not really drinking... ok maybe a couple of glasses": a denial walked back.
    if index > 0 and words[index - 1] in {"ok", "okay", "well", "actually"}:
        return False
    # "Maybe too much coffee?": a guessed cause, asked.
    if index == 0 or words[index - 1] in {".", "!", "?", "...", "\n"}:
        end = next((i for i in range(index, len(words)) if words[i] in {".", "!", "?", "\n"}), len(words))
        return not (end < len(words) and words[end] == "?")
    return True


def without_amount_hedges(words: Sequence[str]) -> List[str]:
    """The words with every hedge that only guesses an amount blanked out."""
    return ["_" if _guesses_only_an_amount(words, index) else word for index, word in enumerate(words)]


# "my speech seems a bit off", "tongue might be twitching too": the finding's own
# predicate is hedged.  Not "the weakness could be from the gym" (a guessed cause)
# nor "it seems to be getting worse" (another finding's hedge).
HEDGED_PREDICATES = frozenset({"might", "may", "could", "seems", "seem", "seemed", "maybe", "possibly", "probably"})
PREDICATE_LINKS = frozenset({"is", "'s", "s", "are", "'re", "has", "have", "also", "too"})
NOT_THE_FINDINGS_DOUBT = frozenset(
    {"from", "due", "because", "caused", "related", "linked", "down", "the", "why", "to", "get", "getting"}
)


def hedged_predicate(words: Sequence[str], end: int) -> bool:
    index = end
    while index < len(words) and index - end < 2 and words[index] in PREDICATE_LINKS:
        index += 1
    if index >= len(words) or words[index] not in HEDGED_PREDICATES:
        return False
    following = [w for w in words[index + 1 : index + 3] if w not in {"be", "just"}]
    return not (following and following[0] in NOT_THE_FINDINGS_DOUBT)


# "the weakness came on gradually I guess": the hedge is about how it came on.
ONSET_WORDS = frozenset({"suddenly", "sudden", "gradually", "gradual", "slowly", "overnight", "quickly", "gradualy"})


def _suspected(clause: Sequence[str]) -> bool:
    """ "I am having doubt that it is increasing": a suspicion (read past the pseudo-negation)."""
    return any(matches_at(clause, i, p) for i in range(len(clause)) for p in SUSPICIONS)


# "I get the impression the weakness came on gradually": the guess is about how it came on.
ONSET_FOLLOW_REACH = 3


def _onset_follows(words: Sequence[str], end: int) -> bool:
    following = words[end : end + ONSET_FOLLOW_REACH + 1]
    return any(matches_at(following, 0, (verb, "on")) for verb in ("came", "come", "comes")) and bool(
        ONSET_WORDS & set(following[2:])
    )


def _before_an_onset(after: Sequence[str]) -> List[str]:
    cut = next((i for i, word in enumerate(after) if word in ONSET_WORDS), len(after))
    return list(after[:cut])


def _parenthetical_hedge(words: Sequence[str], start: int) -> bool:
    """ "my calf is, I think, a little thinner": a hedge set off by commas inside the clause."""
    closing = start - len(clause_before(words, start, SOFT_HEDGE_WINDOW)) - 1
    if closing < 1 or words[closing] != ",":
        return False
    return any(
        closing - len(phrase) - 1 >= 0 and matches_at(words, closing - len(phrase), phrase)
        and words[closing - len(phrase) - 1] == ","
        for phrase in POST_UNCERTAINTY_TRIGGERS
    )


def softly_hedged(words: Sequence[str], start: int, end: int, look_after: bool = True) -> bool:
    """A soft hedge before the mention or inside its own phrase ("it seems smaller"), or
    a hedge trailing far behind it ("smaller than the other side maybe", "skinnier?? idk").

    Called for mentions that ``polarity`` found affirmed: the person reports the
    finding and then doubts it, which is not a clear "don't know"."""
    # "tired all the time idk if thats related": a doubt of relevance after it is no doubt of it.
    later = _without_pseudo_negations(words) if look_after else words
    return (
        _contains(clause_before(words, start, SOFT_HEDGE_WINDOW), SOFT_HEDGES) and not _onset_follows(words, end)
        or _suspected(clause_before(words, start, SOFT_HEDGE_WINDOW))
        or _if_anything_hedge(words, start)
        or _contains(words[start:end], SOFT_HEDGES)
        or _doubting_preface(words, start)
        or _parenthetical_hedge(words, start)
        or look_after
        and (_self_question(later, start, end) or _trailing_hedge(later, end) or doubted_afterwards(later, end)
             or _report_doubted_after(later, end)
             or hedged_predicate(later, end) or explained_away(later, end) or explained_by_how_or_by_what(later, end))
        or look_after
        and (_contains(_new_clause_openers_blanked(_before_an_onset(clause_after(later, end, POST_HEDGE_WINDOW))),
                       POST_UNCERTAINTY_TRIGGERS)
             or _hedged_question(later, end) or bracketed_doubt(later, end))
    )


# "if anything the calf feels a little weaker" hedges; "nope, if anything they got bigger" and
# "nah if anything it's calming down" turn to the opposite after a denial.
def _if_anything_hedge(words: Sequence[str], start: int) -> bool:
    clause = clause_before(words, start, SOFT_HEDGE_WINDOW)
    opening = start - len(clause)
    index = next((opening + i for i in range(len(clause) - 1) if clause[i : i + 2] == ["if", "anything"]), None)
    if index is None:
        return False
    before = index - 1
    while before >= 0 and words[before] in {",", "-", "—"}:
        before -= 1
    return before < 0 or words[before] not in ANSWERS_NO | {"not", "n't", "nt"}


def softly_hedged_after_a_denial(words: Sequence[str], start: int) -> bool:
    """ "no pain no new meds prob dehydrated": a soft hedge nearer than the denial governs."""
    before = clause_before(words, start)
    if not _contains(before, NEGATION_TRIGGERS):
        return False
    after_denial = before[_end_of_last(before, NEGATION_TRIGGERS) :]
    # "doesn't seem to be spreading": a seeming right after the denial is part of it.
    if after_denial[:1] in (["seem"], ["seems"]):
        after_denial = after_denial[1:]
    return _contains(after_denial, SOFT_HEDGES)


# A modal inside the mention ("the left calf could be smaller") hedges it as
# firmly as one before it.
HEDGES_INSIDE: Tuple[Tuple[str, ...], ...] = (("could", "be"), ("might", "be"), ("may", "be"))


def hedged_inside(words: Sequence[str], start: int, end: int) -> bool:
    return _contains(words[start:end], HEDGES_INSIDE)


def _end_of_last(words: Sequence[str], triggers: Sequence[Tuple[str, ...]]) -> int:
    ends = [i + len(phrase) for i in range(len(words)) for phrase in triggers if matches_at(words, i, phrase)]
    return max(ends, default=0)


# A habit given up is not a factor now: "I quit alcohol years ago", "used to be
# stressed", "since I stopped the energy drinks".
GIVEN_UP_TRIGGERS: Tuple[Tuple[str, ...], ...] = (
    ("quit",), ("quitted",), ("gave", "up"), ("given", "up"), ("giving", "up"), ("stopped",),
    ("stopping",), ("cut", "out"), ("after", "cutting"), ("been", "cutting", "out"), ("no", "more"), ("used", "to"), ("ditched",), ("kicked",),
    # "I have stop the coffee 2 weeks ago", "been off the energy drinks 2 weeks".
    ("have", "stop"), ("has", "stop"), ("been", "off", "the"), ("been", "off", "alcohol"), ("been", "off", "caffeine"),
    ("been", "off", "coffee"), ("been", "off", "booze"),
)


# "I've cut caffeine completely": cut, then all of it; "cut coffee down to 1" only cuts down.
CUT_COMPLETELY = frozenset({"completely", "entirely", "altogether", "out", "totally"})


def _cut_completely(words: Sequence[str], start: int, end: int) -> bool:
    before = clause_before(words, start, PRE_WINDOW)
    if "cut" not in before:
        return False
    after_cut = before[len(before) - before[::-1].index("cut") :]
    return not {"down", "back"} & set(after_cut) and bool(CUT_COMPLETELY & set(words[end : end + 2]))


def given_up(words: Sequence[str], start: int, end: int) -> bool:
    """A lifestyle factor the person says they no longer have."""
    # "it used to be really bad when I was stressed": the habit's clause may be long.
    # "I never used to be this tired" is a pseudo-negation, so its "used to" does not count.
    before = clause_before(words, start, SOFT_HEDGE_WINDOW)
    # "i stopped eating bananas i do pilates": unpunctuated, a new "i" opens the habit's own clause.
    # Not "it used to be really bad when I was stressed": a state in the past tense is still over.
    after_trigger = before[_end_of_last(before, GIVEN_UP_TRIGGERS) :]
    if "i" in after_trigger and _contains(before, GIVEN_UP_TRIGGERS) and not contains_phrase(before, ("used", "to")):
        subject = len(before) - before[::-1].index("i")
        if before[subject : subject + 1] not in (["was"], ["were"]):
            before = before[subject:]
    # "no longer" is a pseudo-negation elsewhere ("can no longer climb stairs"), but of a habit it says it ended.
    return (
        _contains(before, GIVEN_UP_TRIGGERS) or contains_phrase(before, ("no", "longer"))
        or _cut_completely(words, start, end) or _given_up_with_the_item_before(words, start, end)
    )


# "I've quit caffeine and alcohol", "gave up the fags and the booze": the giving up reaches the next item;
# "I quit coffee and stress is through the roof" says something new of it.
ITEM_JOINERS = frozenset({"and", "&", "or", ","})
ITEM_ARTICLES = frozenset({"the", "my"})
NEW_STATEMENT_VERBS = frozenset({"is", "'s", "s", "are", "was", "were", "has", "have", "keeps", "got", "gets"})


def _given_up_with_the_item_before(words: Sequence[str], start: int, end: int) -> bool:
    joiner = start - 1
    if joiner >= 0 and words[joiner] in ITEM_ARTICLES:
        joiner -= 1
    if joiner < 1 or words[joiner] not in ITEM_JOINERS or words[end : end + 1] and words[end] in NEW_STATEMENT_VERBS:
        return False
    before = clause_before(words, joiner, SOFT_HEDGE_WINDOW)
    # Not "caffeine I gave up, alcohol just on weekends": the giving up must come before an item.
    return 0 < _end_of_last(before, GIVEN_UP_TRIGGERS) < len(before) and not NEW_STATEMENT_VERBS & set(before)


SETTING_ASIDE_WORDS = frozenset({"just", "only"})
DENIAL_WORDS = frozenset({"no", "not", "n't", "nt", "never", "nothing", "none", "nor", "neither", "without"})


# "no pain no weakness i drink chai": unpunctuated, "i" opens the next clause after a "no" and its noun.
NOUN_DENIALS = frozenset({"no", "zero", "nil"})
NEW_SUBJECTS = frozenset({"i"})


# "there's no way I'm weak", "no wonder I'm tired": these go on to what "I" says.
NOT_A_NOUN_DENIED = frozenset({"way", "doubt", "wonder", "idea", "question", "chance", "matter"})


def _after_a_new_subject(before: List[str]) -> List[str]:
    for index in range(len(before) - 1, 1, -1):
        # "no numbness my mum says ...", but not "no pain in my calf".
        if before[index] == "my" and before[index - 2] in NOUN_DENIALS and before[index - 1] not in NOT_A_NOUN_DENIED:
            return before[index:]
        if before[index] not in NEW_SUBJECTS:
            continue
        denial = max((i for i in range(index - 1) if before[i] in NOUN_DENIALS), default=None)
        if denial is not None and before[denial + 1] not in NOT_A_NOUN_DENIED:
            return before[index:]
        return before
    return before


def _after_a_setting_aside(before: List[str]) -> List[str]:
    """ "no weakness no spreading just lots of stress": what follows "just" after a denial is there; and
    "no pain no weakness i drink chai": what follows a new subject after a denied noun."""
    before = _after_a_new_subject(before)
    for index in range(len(before) - 1, 0, -1):
        if before[index] in SETTING_ASIDE_WORDS and before[index - 1] not in DENIAL_WORDS:
            if _contains(before[:index], NEGATION_TRIGGERS):
                return before[index + 1 :]
            return before
    return before


# "other than feeling run down I've got no other symptoms", "no meds other than my inhaler".
EXCEPTION_MARKERS: Tuple[Tuple[str, ...], ...] = (
    ("other", "than"), ("apart", "from"), ("aside", "from"), ("besides",), ("except",), ("except", "for"),
    ("save", "for"), ("bar", "the"),
)
EXCEPTION_MARKER_REACH = 4


def named_as_the_exception(words: Sequence[str], start: int) -> bool:
    """The finding is what a denial leaves out, so it is there."""
    for first in range(max(0, start - EXCEPTION_MARKER_REACH - 2), start):
        for marker in EXCEPTION_MARKERS:
            gap = words[first + len(marker) : start]
            if (
                first + len(marker) <= start and matches_at(words, first, marker) and len(gap) <= EXCEPTION_MARKER_REACH
                and not any(word in CLAUSE_BREAKS or word in DENIAL_WORDS for word in gap)
            ):
                return True
    return False


# "Isn't caffeine a known cause?", "Can't stress cause twitching?", "Doesn't magnesium deficiency cause this?":
# a question that opens with a denied auxiliary asks; it denies nothing.
QUESTION_AUXILIARIES = frozenset(
    {"is", "does", "do", "ca", "can", "would", "could", "wo", "should", "are", "did", "was", "has"}
)
SENTENCE_ENDS = frozenset({".", "!", "\n", "?"})


def _negative_question_openings(words: Sequence[str], start: int) -> set:
    openings = set()
    for index in range(1, start):
        if words[index] not in {"n't", "nt"} or words[index - 1] not in QUESTION_AUXILIARIES:
            continue
        if index > 1 and words[index - 2] not in SENTENCE_ENDS:
            continue
        rest = words[index + 1 :]
        stop = next((i for i, word in enumerate(rest) if word in SENTENCE_ENDS), len(rest))
        if stop < len(rest) and rest[stop] == "?":
            openings.add(index)
    return openings


# "I do not, as far as I can tell, have any numbness": an aside between two commas (or dashes,
# or brackets) leaves the clause around it whole.  A closed aside is the whole of what stands
# between the marks; an open one ("and I mean this", "believe me I've googled it for hours")
# runs on to the next mark.
CLOSED_ASIDES: Tuple[Tuple[str, ...], ...] = (
    *(
        (opening, "far", "as", *subject, *verb)
        for opening in ("as", "so")
        for subject in (("i",), ("i", "can"), ("i", "'m"), ("i", "m"), ("im",))
        for verb in (("tell",), ("know",), ("see",), ("aware",), ("can", "tell"), ("can", "see"), ("'m", "aware"),
                     ("am", "aware"))
    ),
    ("to", "be", "honest"), ("to", "be", "fair"), ("in", "all", "honesty"), ("honestly",), ("tbh",), ("thankfully",),
    ("fortunately",), ("luckily",), ("touch", "wood"), ("knock", "on", "wood"), ("so", "far"), ("at", "least", "so", "far"),
    ("to", "my", "knowledge"), ("mind", "you"), ("for", "what", "it", "'s", "worth"), ("i", "swear"),
    *((*subject, feeling, "to", "say") for subject in (("i", "'m"), ("i", "m"), ("im",)) for feeling in ("happy", "glad")),
)
OPEN_ASIDES: Tuple[Tuple[str, ...], ...] = (
    ("and", "i", "'ve"), ("and", "i", "have"), ("and", "i", "checked"), ("and", "i", "looked"), ("and", "i", "mean"),
    ("and", "i", "can", "not"), ("and", "i", "ca", "n't"), ("and", "i", "could"), ("and", "i", "may"), ("and", "i", "might"), ("and", "believe", "me"), ("believe", "me"), ("i", "'ve", "checked"),
    ("i", "checked"), ("having", "thought"), ("at", "least", "i"), ("so", "far", "as"), ("as", "far", "as"),
    # "I don't think, and my physio agreed when she had a look, that there's any thinning".
    ("and", "my"),
    # "Haven't had, at any point really, any problems", "I do not believe, after thinking about it, that it is spreading".
    ("at", "any", "point"), ("after", "thinking"),
    # "I don't, if I'm being completely honest with myself, drink enough water".
    ("if", "i", "'m", "being"), ("if", "i", "m", "being"), ("if", "im", "being"), ("if", "i", "am", "being"),
)
# Dashes and brackets set an aside apart whatever it says.
ENCLOSING_MARKS = frozenset({"-", "--", "—", "–", "(", ")"})
ASIDE_MARKS = ENCLOSING_MARKS | {","}
ASIDE_TAILS = frozenset({"twice", "again", "carefully", "properly", "closely", "believe", "me", "really", "anyway"})
OPEN_ASIDE_REACH = 10


def _aside_length(words: Sequence[str], index: int, start: int) -> int:
    """How many words, marks included, an aside opening with the mark at ``index`` takes (0: none)."""
    if words[index] not in ASIDE_MARKS:
        return 0
    close = None
    for phrase in CLOSED_ASIDES:
        if matches_at(words, index + 1, phrase):
            after = index + 1 + len(phrase)
            while after < start and words[after] in ASIDE_TAILS:
                after += 1
            if after < start and words[after] in ASIDE_MARKS:
                close = max(close or 0, after)
    opened = words[index] in ENCLOSING_MARKS or any(matches_at(words, index + 1, p) for p in OPEN_ASIDES)
    if close is None and opened:
        marks = ENCLOSING_MARKS if words[index] in ENCLOSING_MARKS else ASIDE_MARKS
        close = next(
            (i for i in range(index + 2, min(start, index + 2 + OPEN_ASIDE_REACH)) if words[i] in marks), None
        )
        if close is not None and any(word in SENTENCE_ENDS for word in words[index + 1 : close]):
            close = None
    return 0 if close is None else close + 1 - index


def _asides_removed(words: Sequence[str], start: int, end: int) -> Tuple[List[str], int, int]:
    """The words with every aside before the finding cut out, and the finding's new span.  An aside
    of doubt ("I think, and I could be totally wrong, that my calf is smaller") becomes a "maybe"."""
    kept: List[str] = []
    index = 0
    while index < start:
        cut = _aside_length(words, index, start) if kept else 0
        if cut:
            if _contains(words[index + 1 : index + cut - 1], UNCERTAINTY_TRIGGERS + (("wrong",),)):
                # The whole aside stands for one hedge, so that the window still reaches past it.
                kept.append("maybe")
            index += cut
            continue
        kept.append(words[index])
        index += 1
    removed = start - len(kept)
    return kept + list(words[start:]), start - removed, end - removed


# "Never at any point in the last month have I had any weakness", "Not once did my foot catch":
# a denial put first and the verb put before its subject deny the whole sentence.  Not
# "Never have I been so stressed", which says how much.
FRONTED_DENIALS: Tuple[Tuple[str, ...], ...] = (
    ("never",), ("not", "once"), ("not", "one", "time"), ("at", "no", "point"), ("at", "no", "time"), ("not", "ever"),
    ("in", "no", "way"), ("never", "once"),
)
INVERTED_AUXILIARIES = frozenset({"have", "has", "had", "did", "do", "does", "was", "were", "is", "am", "are"})
INVERTED_SUBJECTS = frozenset({"i", "it", "my", "there", "the", "anything", "anyone", "she", "he", "we"})
DEGREE_AFTER_INVERSION = frozenset({"so", "this", "that", "such", "more", "as", "worse", "better"})
FRONTED_DENIAL_REACH = 24


def _fronted_denial(words: Sequence[str], start: int) -> Optional[str]:
    """NEGATED for a fronted denial with the verb before its subject, AFFIRMED for one that says how much."""
    opening = sentence_opening(words, start)
    while opening < start and words[opening] in {"and", "but", ",", "honestly", "so", "well"}:
        opening += 1
    if start - opening > FRONTED_DENIAL_REACH:
        return None
    phrase = next((p for p in FRONTED_DENIALS if matches_at(words, opening, p)), None)
    if phrase is None:
        return None
    between = words[opening + len(phrase) : start]
    inverted = next(
        (i for i in range(len(between) - 1) if between[i] in INVERTED_AUXILIARIES and between[i + 1] in INVERTED_SUBJECTS),
        None,
    )
    if inverted is None or {"but", "though", "except"} & set(between):
        return None
    return AFFIRMED if DEGREE_AFTER_INVERSION & set(between[inverted:]) else NEGATED


# "no to all the scary stuff (weakness, shrinking, swallowing problems, slurring)": a bracketed list of
# what the denial before the bracket covers.
BRACKETED_LIST_REACH = 16
# "no pain (but some numbness in my toes)", "zero weakness (I did a 5k on Saturday)" are no list of what is denied.
BRACKET_EXCEPTIONS = frozenset({"but", "except", "apart", "though", "although", "just", "only", "yes", "well",
                                "i", "im", "my", "he", "she", "we", "they", "it", "you"})


def _listed_in_brackets_under_a_denial(words: Sequence[str], start: int) -> bool:
    opening = next(
        (i for i in range(start - 1, max(-1, start - BRACKETED_LIST_REACH), -1) if words[i] in {"(", ")"} | SENTENCE_ENDS),
        None,
    )
    if opening is None or words[opening] != "(" or BRACKET_EXCEPTIONS & set(words[opening:start]):
        return False
    return _contains(clause_before(words, opening), NEGATION_TRIGGERS)


NO_TROUBLE = frozenset({"problem", "problems", "bother", "issue", "issues", "trouble", "worries", "prob", "probs"})


def polarity(
    words: Sequence[str], start: int, end: int, look_after: bool = True, asked_as_a_cause: bool = False
) -> str:
    """Polarity of the finding spanning ``words[start:end]`` (lower-cased tokens).

    With ``asked_as_a_cause`` (lifestyle factors), a question opening with a denied auxiliary
    asks about it: "Isn't caffeine a known cause?"."""
    words, start, end = _asides_removed(words, start, end)
    blanked = _pseudo_negations_blanked_before(words, start)
    for index in _negative_question_openings(words, start) if asked_as_a_cause else ():
        blanked[index] = "_"
    before = _after_a_setting_aside(clause_before(blanked, start))
    if not before and start >= 2 and words[start - 1] == "," and words[start - 2] in UNNAMED_ITEMS:
        # "no issues with speaking, swallowing ...": the denial before an unnamed first item covers this one.
        before = _after_a_setting_aside(clause_before(blanked, start - 2))
    if _contains(before, UNCERTAINTY_TRIGGERS):
        return UNCERTAIN
    if not _contains(before, NEGATION_TRIGGERS) and _listed_in_brackets_under_a_denial(words, start):
        return NEGATED
    fronted = _fronted_denial(words, start)
    if fronted == AFFIRMED:
        return AFFIRMED
    if _contains(before, NEGATION_TRIGGERS) or fronted == NEGATED:
        if _denied_doing_without(words, start):
            return AFFIRMED
        return UNCERTAIN if softly_hedged_after_a_denial(words, start) else NEGATED
    if not look_after:
        return AFFIRMED
    # "tired all the time idk if thats related": a pseudo-negation after the finding is no doubt of it either.
    without_pseudo = _without_pseudo_negations(words)
    if asked_as_a_cause:
        # "I do squats 60 kg normally", "I drink 3 coffees normally": of a habit, "normally" is "usually";
        # "I still play football twice a week no problem": done without trouble, not denied.
        without_pseudo = [
            "_" if index >= end and (word == "normally" or word == "no" and words[index + 1 : index + 2]
                                     and words[index + 1] in NO_TROUBLE) else word
            for index, word in enumerate(without_pseudo)
        ]
    after = clause_after(without_pseudo, end)
    if answered_no(words, start, end):
        return NEGATED
    if _normal_then_hedged(after):
        # "swallowing ok i think", "my speech is ok I guess?": a hedged statement of the normal state.
        return NEGATED
    if _contains(_new_clause_openers_blanked(after), POST_UNCERTAINTY_TRIGGERS) or _marked_unknown(words, end):
        return UNCERTAIN
    if normal_state_denied_after(after):
        return AFFIRMED
    # "haven't been sleeping great": the mention is itself a denied state, so a normal word after it is no denial.
    denied_inside = bool(STATE_DENIALS & set(words[start:end]))
    # "coffee the same as ever" keeps the habit; "vision's the same as ever" denies a change.
    # "Back pain is the same as always": a symptom as before is still there.
    as_before = not asked_as_a_cause and _as_before(words, end) and not SYMPTOM_NOUNS & set(words[start:end])
    if not denied_inside and (_denied_after(_with_what_a_last_no_opens(without_pseudo, end, after)) or as_before) or _denial_right_after(after) or answered_no(
        words, start, end
    ):
        return NEGATED
    if _denied_noticing(words, start) or denied_by_having_after(words, end) or checked_and_not_found(words, end):
        return NEGATED
    if asked_as_a_cause and (given_up_after(words, end) or _given_up_around(words, start, end)):
        return NEGATED
    if not asked_as_a_cause and normal_after_unnamed_items(words, end):
        return NEGATED
    return AFFIRMED


# Everyday words the lexicon does not count as findings alone ("speaking to my GP" is no speech problem)
# that still stand as items in a list of them: "no issues with speaking, swallowing, seeing or balance".
UNNAMED_LIST_ITEMS = frozenset(
    {"speaking", "seeing", "talking", "hearing", "chewing", "breathing", "eating", "writing", "face", "arms", "hands",
     "eyes", "voice"}
)
# "Face, speech, arms all normal", "Speaking, swallowing, seeing all normal": the normal state said
# of a list whose other items the lexicon does not name; aspects read only with a state word count too.
UNNAMED_ITEMS = UNNAMED_LIST_ITEMS | {"walking", "balance", "strength"}
ITEM_LINKS = frozenset({",", "and", "or", "&", "/"})
SHARED_STATE_VERBS = frozenset({"are", "all", "both", "r", "seem", "look", "feel", "were", "is"})
MOST_UNNAMED_ITEMS = 4


def normal_after_unnamed_items(words: Sequence[str], end: int) -> bool:
    index, items = end, 0
    while index < len(words) and words[index] in ITEM_LINKS and items < MOST_UNNAMED_ITEMS:
        index += 1
        while index < len(words) and words[index] in ITEM_LINKS | {"my", "the"}:
            index += 1
        if index >= len(words) or words[index] not in UNNAMED_ITEMS:
            return False
        index, items = index + 1, items + 1
    if not items or index >= len(words) or words[index] not in SHARED_STATE_VERBS:
        return False
    while index < len(words) and words[index] in SHARED_STATE_VERBS | {"totally", "completely", "perfectly", "100", "%"}:
        index += 1
    return index < len(words) and words[index] in NORMAL_STATE_WORDS


# "drinking way too much coffee I guess I just want to know if it's normal": unpunctuated, "I guess"
# opens the next clause when a subject follows it.
OPENING_HEDGES = frozenset({"guess", "think", "suppose", "reckon"})
NEW_CLAUSE_SUBJECTS = frozenset({"i", "it", "its", "my", "this", "we", "you", "im"})


def _new_clause_openers_blanked(after: Sequence[str]) -> List[str]:
    blanked = list(after)
    for index in range(len(after) - 2):
        if after[index] == "i" and after[index + 1] in OPENING_HEDGES and after[index + 2] in NEW_CLAUSE_SUBJECTS:
            blanked[index] = blanked[index + 1] = "_"
    return blanked


# "Weakness I have not, also not numbness", "numbness I don't have.": the finding first, then a
# denial that ends the clause ("water I don't have any tingling" denies the tingling).
DENIALS_OF_HAVING: Tuple[Tuple[str, ...], ...] = (
    ("i", "have", "not"), ("i", "have", "n't"), ("i", "have", "nt"), ("i", "do", "not", "have"), ("i", "do", "n't", "have"),
    ("i", "do", "nt", "have"), ("i", "dont", "have"), ("i", "have", "not", "had"), ("i", "have", "n't", "had"),
    # "Numbness is the one thing I don't have", "Exercise I am not doing".
    ("is", "the", "one", "thing", "i", "do", "n't", "have"), ("is", "the", "only", "thing", "i", "do", "n't", "have"),
    ("i", "am", "not", "doing"), ("i", "'m", "not", "doing"), ("i", "am", "not", "taking"), ("i", "'m", "not", "taking"),
    # "Atrophy I did not see.", "wasting I haven't noticed".
    *(("i", *denied, verb)
      for denied in (("did", "not"), ("did", "n't"), ("did", "nt"), ("didnt",), ("have", "not"), ("have", "n't"), ("havent",))
      for verb in ("see", "seen", "notice", "noticed")),
)


# "my eyesight, my speech and my swallowing are all entirely as they were": as before, a few words on.
AS_BEFORE: Tuple[Tuple[str, ...], ...] = (
    ("as", "they", "were"), ("as", "it", "was"), ("as", "they", "always", "were"), ("as", "it", "always", "was"),
    ("same", "as", "ever"), ("same", "as", "always"), ("as", "they", "'ve", "always", "been"),
    ("as", "it", "'s", "always", "been"),
)
AS_BEFORE_REACH = 8
SYMPTOM_NOUNS = frozenset(
    {"pain", "pains", "ache", "aches", "aching", "cramp", "cramps", "cramping", "numbness", "tingling", "tingles",
     "burning", "soreness"}
)


def _as_before(words: Sequence[str], end: int) -> bool:
    return _contains(clause_after(words, end, AS_BEFORE_REACH), AS_BEFORE)


# "Tea also I have stopped completely", "Coffee I stopped in September", "the coffee I've knocked on the
# head", "chai bhi chhod di": a habit named first, then said to be given up.
GIVEN_UP_AFTER: Tuple[Tuple[str, ...], ...] = tuple(
    (*subject, *verb)
    for subject in (("i",), ("i", "have"), ("i", "'ve"), ("i", "had"), ("i", "'d"))
    for verb in (("stopped",), ("quit",), ("gave", "up"), ("given", "up"), ("cut", "out"), ("dropped",), ("left",),
                 ("knocked", "on", "the", "head"), ("kicked",), ("ditched",), ("packed", "in"))
) + tuple(
    # "- coffee: quit in Sept", "alcohol stopped 2 years ago": a note's heading, then what became of it.
    (*heading, *verb)
    for heading in ((":",), ("-",), ())
    for verb in (("stopped",), ("quit",), ("gave", "up"), ("given", "up"), ("cut", "out"), ("ditched",))
) + (("bhi", "chhod"), ("chhod", "di"), ("chhod", "diya"), ("bhi", "band"), ("band", "kar"))
GIVEN_UP_FILLERS = frozenset({"also", "too", "as", "well", "even", "now", "bhi"})
GIVEN_UP_REACH = 2


def given_up_after(words: Sequence[str], end: int) -> bool:
    """A habit said first and given up after it, with at most a filler or two between."""
    index = end
    while index < len(words) and index - end < GIVEN_UP_REACH and words[index] in GIVEN_UP_FILLERS:
        index += 1
    return any(matches_at(words, index, phrase) for phrase in GIVEN_UP_AFTER)


LIVING_ON = frozenset({"live", "lives", "living", "lived", "run", "runs", "running", "ran", "survive", "surviving",
                       "survived", "coming"})


def _given_up_around(words: Sequence[str], start: int, end: int) -> bool:
    """ "I'm off the wine", "knocked the Red Bulls on the head", "Cut caffeine and booze ages ago"."""
    before = words[max(0, start - 3) : start]
    after = words[end : end + 6]
    off = start - 1 if before[-1:] == ["off"] else start - 2 if before[-2:] == ["off", "the"] else None
    if off is not None:
        # "I live off energy drinks", "running off caffeine": a habit, not one given up.
        return off == 0 or words[off - 1] not in LIVING_ON

    if "knocked" in before and matches_at(words, end, ("on", "the", "head")):
        return True
    return "cut" in before and "ago" in after and not CLAUSE_BREAKS & set(after[: after.index("ago")]) - {"and"}


def denied_by_having_after(words: Sequence[str], end: int) -> bool:
    return any(
        matches_at(words, end, phrase) and (end + len(phrase) >= len(words) or words[end + len(phrase)] in CLAUSE_BREAKS)
        for phrase in DENIALS_OF_HAVING
    )


# "exhausted from not sleeping": the denial belongs to what the finding comes from.
CAUSE_PREPOSITIONS = frozenset({"from", "of", "by", "after", "with", "for"})
DEGREE_FILLERS = frozenset({"very", "that", "so", "really", "all", "exactly", "too"})


def _denial_right_after(after: Sequence[str]) -> bool:
    """ "weakness? not really", "stress not an issue"; but "the weakness isn't sudden" denies how
    it came on, and "exhausted from not sleeping" names the cause."""
    denial = next((i for i, word in enumerate(after[:2]) if word in {"n't", "not"}), None)
    if denial is None or after[0] in CAUSE_PREPOSITIONS:
        return False
    following = denial + 1
    while following < len(after) and after[following] in DEGREE_FILLERS:
        following += 1
    return not (following < len(after) and after[following] in ONSET_WORDS)


def _normal_then_hedged(after: Sequence[str]) -> bool:
    first_hedge = next(
        (i for i in range(len(after)) if any(matches_at(after, i, p) for p in POST_UNCERTAINTY_TRIGGERS)), None
    )
    if first_hedge is None or first_hedge == 0:
        return False
    stated = after[:first_hedge]
    return any(word in NORMAL_STATE_WORDS for word in stated) and not {"n't", "not", "nt"} & set(stated)


def _denied_doing_without(words: Sequence[str], start: int) -> bool:
    """ "can't get through the morning without 3 coffees", "I can't walk without my knee
    giving way": doing without it is denied, so it is there."""
    before = clause_before(words, start, SOFT_HEDGE_WINDOW)
    if "without" not in before[-PRE_WINDOW:]:
        return False
    last_without = len(before) - 1 - list(reversed(before)).index("without")
    return _contains(before[:last_without], (("n't",), ("nt",), ("not",), ("never",), ("cannot",)))


# "I haven't really noticed my legs getting any weaker": a denied noticing governs
# the whole clause, so it may stand further back than other negations.
NOTICING_VERBS = frozenset(
    {"noticed", "notice", "noticing", "seen", "spotted", "experienced", "had", "felt", "observed", "say"}
)
# "I can't say for sure it's weaker", "can't say if it's worse": a doubt, not a denial.
SAY_DOUBTS = frozenset({"for", "if", "whether"})
NOTICING_REACH = 10
NEGATION_BEFORE_NOTICING = 3


def _denied_noticing(words: Sequence[str], start: int) -> bool:
    before = _without_pseudo_negations(clause_before(words, start, NOTICING_REACH))
    return any(
        word in NOTICING_VERBS and _contains(before[max(0, index - NEGATION_BEFORE_NOTICING) : index], NEGATION_TRIGGERS)
        and not (word == "say" and before[index + 1 : index + 2] and before[index + 1] in SAY_DOUBTS)
        for index, word in enumerate(before)
    )


ANSWERS_NO = frozenset({"no", "nope", "nah", "none", "never", "nothing"})
# "Weakness? Not really.", "Spreading, I doubt it."
ANSWER_NO_PHRASES: Tuple[Tuple[str, ...], ...] = (
    # "Booze? Yeah nah, not for me.": Australian and New Zealand no.
    ("yeah", "nah"), ("yeah", "na"), ("yea", "nah"), ("not", "for", "me"),
    ("not", "really"), ("not", "at", "all"), ("i", "doubt", "it"), ("doubt", "it"), ("i", "do", "n't", "think", "so"),
    ("i", "do", "nt", "think", "so"), ("do", "n't", "think", "so"), ("not", "that", "i", "know"),
    ("not", "that", "i", "'ve", "noticed"), ("not", "as", "far", "as", "i", "know"), ("not", "rly"),
    ("none", "to", "speak", "of"), ("nothing", "to", "speak", "of"), ("not", "that", "i", "know", "of"),
    ("not", "really", "either"), ("i", "have", "none", "of", "these"), ("i", "have", "none", "of", "them"),
    ("none", "of", "these"), ("none", "of", "them"), ("not", "really", "no"),
    # "Paralysed? Obviously not", "Alcohol? Hardly touch it."
    ("obviously", "not"), ("of", "course", "not"), ("definitely", "not"), ("absolutely", "not"), ("certainly", "not"),
    ("hardly", "touch", "it"), ("never", "touch", "it"), ("barely", "touch", "it"), ("hardly", "ever"),
    ("dont", "think", "so"), ("i", "dont", "think", "so"), ("do", "nt", "think", "so"), ("ca", "n't", "say", "i", "have"),
    ("ca", "nt", "say", "i", "have"), ("can", "not", "say", "i", "have"), ("not", "that", "i", "can", "tell"),
    ("not", "that", "i", "can", "see"), ("not", "that", "i", "'ve", "seen"), ("not", "that", "i", "ve", "noticed"),
    ("not", "that", "ive", "noticed"), ("not", "that", "i", "'m", "aware", "of"), ("not", "that", "i", "m", "aware", "of"),
    ("not", "as", "far", "as", "i", "can", "tell"), ("not", "so", "far"), ("i", "think", "no"), ("i", "think", "not"),
    ("i", "'d", "say", "no"), ("i", "d", "say", "no"), ("not", "particularly"), ("not", "much"),
    ("nothing", "like", "that"), ("none", "of", "that"), ("nothing", "of", "the", "sort"), ("nothing", "of", "that", "sort"),
    # "Pain or tingling? Can't say I've had any.", "Is it weaker? Can't say it is.", "Weakness, I wouldn't have said so."
    *(
        (*cannot, "say", "i", "'ve", *seen)
        for cannot in (("ca", "n't"), ("ca", "nt"), ("can", "not"))
        for seen in (("had", "any"), ("had", "it"), ("noticed", "any"), ("noticed", "it"), ("noticed",), ("had",))
    ),
    ("ca", "n't", "say", "it", "is"),
    ("ca", "nt", "say", "it", "is"), ("ca", "n't", "say", "it", "has"), ("ca", "nt", "say", "it", "has"),
    ("i", "would", "n't", "have", "said", "so"), ("would", "n't", "have", "said", "so"), ("would", "n't", "say", "so"),
    ("i", "would", "nt", "have", "said", "so"), ("would", "nt", "say", "so"),
)
# "Weakness I think no", "alcohol never": an answer straight after the topic, with no mark between.
UNMARKED_ANSWERS_NO = frozenset({"never", "none", "nope", "nah"})
UNMARKED_ANSWER_PHRASES: Tuple[Tuple[str, ...], ...] = (
    ("i", "think", "no"), ("i", "think", "not"), ("i", "do", "n't", "think", "so"), ("i", "dont", "think", "so"),
)
ANSWERS_YES = frozenset({"yes", "yeah", "yep", "yup", "definitely", "absolutely"})


# "as far as weakness goes, nothing", "numbness wise - none": a topic, then a bare denial.
TOPIC_TAILS = frozenset(
    {"goes", "wise", "-wise", "concerned", "is", "related", "changes", "change", "problems", "issues", "trouble"}
)
TOPIC_SEPARATORS = frozenset({"?", ",", ":", "-", "--", "—", "="})
TOPIC_TAIL_REACH = 2


# "apart from the stress, nothing": the exception is what is there.
EXCEPTIONS: Tuple[Tuple[str, ...], ...] = (
    ("apart", "from"), ("other", "than"), ("except",), ("besides",), ("aside", "from"), ("but", "for"),
)
EXCEPTION_REACH = 4


def answered_no(words: Sequence[str], start: int, end: int) -> bool:
    """ "weakness? no": the person asks themselves and answers; "in terms of numbness,
    none": the person names a topic and denies it."""
    if _contains(words[max(0, start - EXCEPTION_REACH) : start], EXCEPTIONS):
        return False
    index = end
    while index < len(words) and index - end < TOPIC_TAIL_REACH and words[index] in TOPIC_TAILS:
        index += 1
    if index < len(words) and index == end and _unmarked_answer(words, index):
        return True
    topic_right_before = index < len(words) and words[index] in TOPIC_SEPARATORS
    if not topic_right_before:
        index = _end_of_own_question(words, index)
    if index + 1 >= len(words) or words[index] not in TOPIC_SEPARATORS:
        return False
    answer = index + 1
    # "Suddenly confused?? No."
    while answer < len(words) and words[answer] in {"?", "!"}:
        answer += 1
    if answer >= len(words):
        return False
    # The longest: "not that I know of", not "not that I know".
    phrase = max((p for p in ANSWER_NO_PHRASES if matches_at(words, answer, p)), key=len, default=None)
    if phrase is not None:
        after = answer + len(phrase)
        return after >= len(words) or words[after] in CLAUSE_BREAKS
    if words[answer] not in ANSWERS_NO or matches_at(words, answer, ("no", "idea")):
        return False
    # "weakness? no" and "numbness, none at all" deny; "weakness, no numbness" names another thing,
    # and so may "tongue twitched once? nothing else" after a longer question.
    stands_alone = answer + 1 >= len(words) or words[answer + 1] in CLAUSE_BREAKS | {"whatsoever", "at", "really"}
    # "does that mean its spreading?? no weakness tho": a real question, then another thing denied.
    opening = sentence_opening(words, start)
    return stands_alone or (words[index] == "?" and topic_right_before and start - opening <= TOPIC_OPENING_REACH)


TOPIC_OPENING_REACH = 2


# "Any weakness in my legs? No.", "Slurred words? No.": the person's own question, a few
# words long, answered with a bare no.
OWN_QUESTION_REACH = 6
WORDS_THAT_MAKE_IT_ANOTHER_QUESTION = frozenset({"if", "whether", "when", "cause", "causes", "mean", "means"})


def _end_of_own_question(words: Sequence[str], index: int) -> int:
    """The position of the question mark that closes the mention's own short question, or ``index``."""
    for position in range(index, min(len(words), index + OWN_QUESTION_REACH + 1)):
        if words[position] == "?":
            return position
        if words[position] in CLAUSE_BREAKS - {"and"} or words[position] in WORDS_THAT_MAKE_IT_ANOTHER_QUESTION:
            return index
    return index


def _unmarked_answer(words: Sequence[str], answer: int) -> bool:
    phrase = next((p for p in UNMARKED_ANSWER_PHRASES if matches_at(words, answer, p)), None)
    length = len(phrase) if phrase is not None else 1 if words[answer] in UNMARKED_ANSWERS_NO else 0
    if not length:
        return False
    after = answer + length
    return after >= len(words) or words[after] in CLAUSE_BREAKS


# "stress I wouldn't say so", "alcohol hardly ever".
POST_DENIAL_PHRASES: Tuple[Tuple[str, ...], ...] = (
    ("would", "n't", "say"), ("would", "nt", "say"), ("hardly", "ever"), ("barely", "ever"),
    ("rarely",), ("seldom",),
    # "Caffeine I don't touch", "alcohol - never touch it".
    ("n't", "touch"), ("nt", "touch"), ("never", "touch"), ("never", "touched"),
    # "my balance is spot on", "booze free since january", "alcohol-free".
    ("spot", "on"), ("once", "in", "a", "blue"),
    # "Stress is nothing unusual".
    ("nothing", "unusual"), ("nothing", "out", "of", "the", "ordinary"),

    # "swallowing without difficulty", "stairs without any trouble".
    *(
        ("without", *any_, trouble)
        for any_ in ((), ("any",), ("a",))
        for trouble in ("difficulty", "difficulties", "trouble", "problem", "problems", "issue", "issues", "bother")
    ),
)


def _denied_after(after: Sequence[str]) -> bool:
    """ "swallowing is fine" denies; "running around as normal", "slower than normal" and "is exercise good
    or bad?" do not."""
    return (
        _contains(after, POST_DENIAL_PHRASES) or _says_after(after, POST_NEGATIONS)
        # "Alcohol nothing.": the whole clause after it; not "pain, nothing major" or "coffee nothing else".
        or after == ["nothing"]
        # "booze free since january", "alcohol-free": only right after the word ("coffee is free at work").
        or after[:1] == ["free"] or len(after) > 1 and after[0] in {"-", JOINING_HYPHEN} and after[1] == "free"
    )


# "after leg day, is this normal?": a question about the twitching, not the normal state.
QUESTIONED_STATE = (("is", "this"), ("is", "that"), ("is", "it"), ("this", "is"))


def _compared_with(after: Sequence[str], index: int) -> bool:
    """ "as normal", "than normal", and "weaker then normal" (a common slip for "than")."""
    if after[index] in {"as", "than"}:
        return True
    return after[index] == "then" and (index == 0 or after[index - 1].endswith("er") or after[index - 1] in {"more", "less"})


def _says_after(after: Sequence[str], denials: frozenset) -> bool:
    return any(
        word in denials
        # "as normal as ever" states it; "running around as normal" does not.
        and (index == 0 or not _compared_with(after, index - 1) or after[index + 1 : index + 2] == ["as"])
        # "is twitching after a long run a normal thing?"; "alcohol still a no" still denies.
        and not (index > 0 and after[index - 1] == "a" and word not in {"no", "nope", "none", "zero"})
        and tuple(after[max(0, index - 2) : index]) not in QUESTIONED_STATE
        and (index + 1 >= len(after) or after[index + 1] != "or")
        and not _denies_what_follows(after, index)
        for index, word in enumerate(after)
    )


# "i only drink coffee no water": a "no" that opens a noun phrase denies that, not the word before;
# "weakness no not really", "speech no problems" still deny it.
DENIALS_OF_WHAT_FOLLOWS = frozenset({"no", "zero"})
STILL_ABOUT_THE_WORD_BEFORE = frozenset(
    {"not", "really", "at", "all", "never", "none", "nothing", "problem", "problems", "issue", "issues", "trouble",
     "troubles", "worries", "concerns", "change", "changes", "difference", "sir", "maam", "lol", "haha", "thanks",
     "thank", "i", "nope", "no", "way", "idea", "more", "longer", "tho", "though", "now", "lately", "either", "too",
     "tbh", "honestly", "mate", "anymore", "since", "for", "these", "days", "whatsoever"}
)


def _with_what_a_last_no_opens(without_pseudo: Sequence[str], end: int, after: List[str]) -> List[str]:
    """The clause after a mention (``after``, read from ``without_pseudo``, the words with pseudo-negations blanked),
    one word longer when it stops at a "no" that may open a noun phrase: "on a keto diet for a month no
    pain" denies the pain, not the diet."""
    if not after or after[-1] not in DENIALS_OF_WHAT_FOLLOWS:
        return after
    longer = clause_after(without_pseudo, end, POST_WINDOW + 1)
    return longer if len(longer) == len(after) + 1 else after


def _denies_what_follows(after: Sequence[str], index: int) -> bool:
    if after[index] not in DENIALS_OF_WHAT_FOLLOWS or index + 1 >= len(after):
        return False
    following = after[index + 1]
    return following.isalpha() and following not in STILL_ABOUT_THE_WORD_BEFORE


# "swallowing is fine", "speech totally normal": the normal state in the person's own
# words, as against a bare denial after the finding ("weakness: none", "weakness? no").
NORMAL_STATE_WORDS = POST_NEGATIONS - {"none", "no", "nope"}


def stated_normal_after(words: Sequence[str], end: int) -> bool:
    return _says_after(clause_after(words, end), NORMAL_STATE_WORDS)


# "swallowing is not fine", "my speech isn't quite right", "balance not as good as it
# was": the normal state denied, so the finding is there.
NORMAL_STATE_DENIED_WORDS = NORMAL_STATE_WORDS | {"right", "same", "well", "properly", "clear"}
# Words that deny a state ("don't look the same", "isn't normal"); the tokenizer splits
# "dont" and "isnt" into do + nt, is + nt.
STATE_DENIALS = frozenset({"not", "n't", "nt", "never", "cyaan"})
NORMAL_STATE_FILLERS = frozenset(
    {"really", "very", "quite", "that", "so", "exactly", "totally", "completely", "entirely", "as", "100", "%",
     "the", "feeling", "feel", "looking", "look", "sound", "sounding", "working", "been"}
)


def state_denied_before(words: Sequence[str], index: int, fillers: frozenset, reach: Optional[int] = None) -> bool:
    """A state denial right before ``words[index]``, over filler words ("not really that",
    "isn't quite"); with ``reach``, over at most that many."""
    before = index - 1
    while before >= 0 and (reach is None or index - before <= reach) and words[before] in fillers:
        before -= 1
    return before >= 0 and (words[before] in STATE_DENIALS or _patois_denial(words, before))


# Jamaican "mi nah sleep good", "mi nuh feel right": "nah" after "mi" is "not", not an answer.
PATOIS_DENIALS = frozenset({"nah", "nuh", "neva"})
PATOIS_SUBJECTS = frozenset({"mi", "me", "him", "she", "it", "dem"})


def _patois_denial(words: Sequence[str], index: int) -> bool:
    return words[index] in PATOIS_DENIALS and index > 0 and words[index - 1] in PATOIS_SUBJECTS


def normal_state_denied_after(after: Sequence[str]) -> bool:
    return any(
        word in NORMAL_STATE_DENIED_WORDS and state_denied_before(after, index, NORMAL_STATE_FILLERS)
        for index, word in enumerate(after)
    )


# "my potassium was low but that's been sorted", "was dehydrated, fixed now": a factor
# that was put right is no factor now.
RESOLVED_PHRASES: Tuple[Tuple[str, ...], ...] = (
    ("been", "sorted"), ("been", "fixed"), ("been", "treated"), ("been", "resolved"), ("been", "corrected"),
    ("sorted", "now"), ("fixed", "now"), ("resolved", "now"), ("back", "to", "normal"), ("normal", "now"),
    ("fine", "now"), ("ok", "now"), ("okay", "now"), ("sorted", "out"),
    # "a training block, but that finished three weeks ago".
    ("that", "finished"), ("that", "ended"), ("that", "'s", "finished"), ("that", "'s", "over"),
)
# "the stress I had in the spring is over", but not "the stress is over the top".
OVER_PHRASES: Tuple[Tuple[str, ...], ...] = (("is", "over"), ("'s", "over"), ("s", "over"), ("was", "over"),
                                              ("are", "over"))
OVER_ENDS = frozenset({".", "!", ",", ";", "-", "—", "now", "though", "tho", "thankfully"})
RESOLVED_REACH = 8


def resolved_afterwards(words: Sequence[str], end: int) -> bool:
    following = list(words[end : end + RESOLVED_REACH])
    stop = next((i for i, word in enumerate(following) if word in {".", "!", "?", ";"}), len(following))
    if _contains(following[:stop], RESOLVED_PHRASES):
        return True
    return any(
        matches_at(following, i, phrase) and (i + len(phrase) >= len(following) or following[i + len(phrase)] in OVER_ENDS)
        for i in range(stop)
        for phrase in OVER_PHRASES
    )


# "was numb last week, fine now", "pins and needles gone", "the foot drop I had after my op is
# long gone": a symptom (or a factor) that is over.  "went away but came back" is not.
OVER_AFTER_THE_MENTION: Tuple[Tuple[str, ...], ...] = (
    ("is", "gone"), ("'s", "gone"), ("s", "gone"), ("has", "gone"), ("have", "gone"), ("are", "gone"), ("long", "gone"),
    ("went", "away"), ("gone", "away"), ("cleared", "up"), ("is", "finish"), ("is", "finished"), ("better", "now"),
    ("not", "anymore"), ("nothing", "since"), ("none", "since"), ("stopped", "now"), ("all", "gone"),
    # "I was stressed in the summer, not now".
    ("not", "now"), ("not", "any", "more"), ("not", "these", "days"), ("not", "lately"),
    # "caffeine I gave up", "coffee I stopped last month".
    ("i", "gave", "up"), ("i", "'ve", "given", "up"), ("i", "have", "given", "up"), ("i", "quit"), ("i", "stopped"),
    ("i", "cut", "out"),
)
RETURNED: Tuple[Tuple[str, ...], ...] = (
    ("again",), ("still",), ("returned",), ("returning",), ("worse",), ("came", "back"), ("come", "back"),
    # "the cramps are better now but not completely gone".
    ("not", "completely", "gone"), ("n't", "completely", "gone"), ("not", "fully", "gone"), ("n't", "fully", "gone"),
    ("comes", "back"), ("coming", "back"), ("'s", "back"), ("s", "back"), ("is", "back"), ("its", "back"),
)
OVER_REACH = 10
OVER_AFTER_A_BUT_REACH = 20
GONE_AFTER_A_BUT: Tuple[Tuple[str, ...], ...] = (
    ("that", "'s", "gone"), ("that", "s", "gone"), ("thats", "gone"), ("that", "has", "gone"), ("it", "'s", "gone"),
    ("its", "gone"), ("that", "went", "away"), ("it", "went", "away"), ("that", "'s", "passed"), ("that", "passed"),
    ("that", "'s", "stopped"), ("that", "stopped"), ("it", "stopped"),
    # "I used to get pins and needles but that cleared up months ago".
    ("that", "cleared", "up"), ("it", "cleared", "up"), ("that", "'s", "cleared", "up"), ("that", "has", "cleared", "up"),
    # "there was some pins and needles but that's all settled now", "body pain but now okay".
    ("that", "'s", "all", "settled"), ("it", "'s", "all", "settled"), ("now", "okay"), ("now", "ok"), ("today", "nothing"),
    # "It was getting worse but lately it's settled right down".
    *((*when, *said) for when in ((), ("now",), ("lately",), ("since", "then")) for said in (
        ("it", "'s", "settled"), ("its", "settled"), ("it", "has", "settled"), ("it", "settled"), ("that", "'s", "settled"),
        ("that", "settled"))),
)
# "I was drinking much coffee before but now I stopped", "i drink whisky every day but now i stop",
# "but I stop completely in March": the habit is over.
HABIT_ENDED_AFTER_A_BUT: Tuple[Tuple[str, ...], ...] = (
    ("now", "i", "stopped"), ("now", "i", "stop"), ("now", "i", "quit"), ("now", "i", "do", "n't"),
    ("i", "stop", "completely"), ("i", "stopped", "completely"), ("i", "quit", "completely"),
    ("i", "gave", "it", "up"), ("i", "stopped", "it"),
)
# "legs felt like jelly after leg day but they're fine today": the body is fine again, the habit may go on.
FINE_AGAIN_AFTER_A_BUT: Tuple[Tuple[str, ...], ...] = (
    # "my legs went weak after a 20 mile hike on saturday but were fine by sunday".
    ("were", "fine", "by"), ("was", "fine", "by"), ("they", "were", "fine"), ("it", "was", "fine", "by"),
    ("they", "'re", "fine"), ("they", "re", "fine"), ("theyre", "fine"), ("it", "'s", "fine", "now"), ("it", "was", "fine"),
    ("it", "'s", "better", "now"), ("its", "better", "now"), ("it", "is", "better", "now"),
    # "pins and needles last month but not anymore", "tingling in foot but now it is gone".
    ("not", "anymore"), ("not", "any", "more"), ("now", "it", "is", "gone"), ("now", "it", "'s", "gone"),
    ("now", "its", "gone"), ("now", "gone"),
    # "Was really stressed last year but I'm in a much better place now".
    ("i", "'m", "in", "a", "better", "place"), ("i", "'m", "in", "a", "much", "better", "place"),
    ("i", "m", "in", "a", "better", "place"), ("im", "in", "a", "better", "place"),
    *HABIT_ENDED_AFTER_A_BUT,
)
FINE_AGAIN: Tuple[Tuple[str, ...], ...] = (
    ("was", "fine", "after"), ("fine", "after", "a"), ("fine", "today"), ("ok", "today"), ("okay", "today"),
    ("fine", "again"), ("normal", "again"), ("ok", "again"), ("okay", "again"),
)
# A symptom over in so many words, a clause or two on: "had blurry vision a few weeks back, optician said
# dry eye, all cleared up now".
OVER_FURTHER_ON: Tuple[Tuple[str, ...], ...] = (
    ("all", "cleared", "up"), ("cleared", "up", "now"), ("all", "gone", "now"), ("all", "fine", "now"),
    ("all", "better", "now"), ("resolved", "now"),
)
# "Sleep was very bad in January, since February it is fine again": the same thing, fine again further on.
FINE_AGAIN_LATER: Tuple[Tuple[str, ...], ...] = tuple(
    (*subject, state, "again")
    for subject in (("it", "is"), ("it", "'s"), ("it", "s"), ("its",), ("it", "was"), ("it", "has", "been"),
                    ("it", "'s", "been"), ("they", "are"), ("they", "'re"))
    for state in ("fine", "normal", "ok", "okay", "good", "better")
) + (("back", "to", "normal"),) + tuple(
    # "My GP said my potassium was a bit low and sorted it, rechecked and it's normal now".
    (*subject, state, "now")
    for subject in (("it", "is"), ("it", "'s"), ("it", "s"), ("its",), ("they", "are"), ("they", "'re"))
    for state in ("fine", "normal", "ok", "okay")
)


def _fine_again_later(following: Sequence[str]) -> bool:
    fine = next((i for i in range(len(following)) if any(matches_at(following, i, p) for p in FINE_AGAIN_LATER)), None)
    return fine is not None and not _contains(following[:fine], RETURNED)


GONE_ENDS = OVER_ENDS | {"completely", "entirely", "since", "for", "away", "altogether", "now", "and", "+", "\n"}


def _rest_of_sentence(words: Sequence[str], end: int, reach: int = OVER_AFTER_A_BUT_REACH) -> List[str]:
    longer = list(words[end : end + reach])
    return longer[: next((i for i, word in enumerate(longer) if word in SENTENCE_ENDS | {";"}), len(longer))]


# "Onboard the sleep is always broken because of the watch schedule, 6 on 6 off, but now I am home I sleep
# properly": sleep put right later in the same sentence.
SLEEP_PUT_RIGHT: Tuple[Tuple[str, ...], ...] = tuple(
    (*subject, "sleep", state)
    for subject in (("now", "i"), ("i",))
    for state in ("properly", "well", "fine", "ok", "okay", "great", "normally")
)
SLEEP_PUT_RIGHT_REACH = 30


def fine_again_further_on(words: Sequence[str], end: int) -> bool:
    if _fine_again_later(_rest_of_sentence(words, end)):
        return True
    longer = _rest_of_sentence(words, end, SLEEP_PUT_RIGHT_REACH)
    but = next((i for i, word in enumerate(longer) if word in {"but", "now"}), None)
    return but is not None and _contains(longer[but:], SLEEP_PUT_RIGHT)


# "went numb sitting cross-legged, it was fine after a minute", "pins and needles then fine", "came back
# after a minute", "numb on the outside of the thigh last week. That's gone now.": a passing feeling that
# ended.  Only of feelings: a weakness that comes and goes may be a warning sign, and stays.
FEELING_PASSED: Tuple[Tuple[str, ...], ...] = (
    ("fine", "after", "a"), ("fine", "again", "after"), ("normal", "again", "after"), ("then", "fine"),
    ("came", "back", "after"), ("went", "away", "after"), ("fine", "within"), ("wore", "off", "after"),
)
FEELING_PASSED_NEXT_SENTENCE: Tuple[Tuple[str, ...], ...] = (
    ("that", "'s", "gone"), ("that", "has", "gone"), ("that", "went", "away"), ("that", "'s", "passed"),
    ("that", "passed"), ("that", "has", "passed"), ("that", "'s", "stopped"), ("that", "stopped"),
)


def feeling_passed(words: Sequence[str], end: int) -> bool:
    sentence = _rest_of_sentence(words, end)
    if any(matches_at(sentence, i, phrase) for i in range(len(sentence)) for phrase in FEELING_PASSED):
        return True
    index = end + len(sentence)
    return index < len(words) and words[index] in SENTENCE_ENDS and any(
        matches_at(words, index + 1, phrase) for phrase in FEELING_PASSED_NEXT_SENTENCE
    )


# "my iron was low in the summer but it's been sorted", "iron was a bit low but I've been taking supplements so
# that's sorted now".
SORTED_OUT: Tuple[Tuple[str, ...], ...] = tuple(
    (*subject, *verb) for subject in (("it",), ("that",), ("thats",)) for verb in (
        ("'s", "been", "sorted"), ("has", "been", "sorted"), ("got", "sorted"), ("'s", "sorted"), ("was", "sorted"),
        ("sorted",),
    )
)


def over_afterwards(words: Sequence[str], end: int, finding: bool = False) -> bool:
    longer = _rest_of_sentence(words, end)
    if finding and (_fine_again_later(longer) or _contains(longer, SORTED_OUT)):
        return True
    following = list(words[end : end + OVER_REACH])
    sentence = following[: next((i for i, word in enumerate(following) if word in SENTENCE_ENDS | {";"}), len(following))]
    clause = sentence[: next((i for i, word in enumerate(sentence) if word == "but"), len(sentence))]
    after_the_clause = sentence[len(clause) + 1 :]
    if _contains(clause, RETURNED) or after_the_clause[:1] not in (
        ["the"], ["my"], ["his"], ["her"], ["their"], ["your"]
    ) and _contains(after_the_clause, RETURNED):
        return False
    # "at first I felt weak going up stairs but that's gone".
    after_but = sentence[len(clause) + 1 :]
    gone = GONE_AFTER_A_BUT + (FINE_AGAIN_AFTER_A_BUT if finding else HABIT_ENDED_AFTER_A_BUT)
    if len(clause) < len(sentence) and any(matches_at(after_but, 0, phrase) for phrase in gone):
        return True
    # "My balance was off for a few days when I had that ear infection but it's fine now": the "but"
    # may come further on.
    but = next((i for i, word in enumerate(longer) if word == "but"), None)
    # "The tingling stopped but the calf still feels weaker": what follows "but" may be about something else.
    returned = _contains(longer[:but] if but is not None and longer[but + 1 : but + 2] in (
        ["the"], ["my"], ["his"], ["her"], ["their"], ["your"]) else longer, RETURNED)
    if but is not None and not returned and any(matches_at(longer, but + 1, phrase) for phrase in gone):
        return True
    if not returned and any(
        matches_at(longer, i, phrase) and longer[i - 1] == "," for i in range(1, len(longer)) for phrase in OVER_FURTHER_ON
    ):
        return True
    # "the tingling's gone completely", "the tingling stopped" are over; "my vision's gone blurry" is a change.
    over = any(
        matches_at(clause, i, phrase)
        and (phrase[-1] != "gone" or i + len(phrase) >= len(clause) or clause[i + len(phrase)] in GONE_ENDS)
        for i in range(len(clause))
        for phrase in OVER_AFTER_THE_MENTION + (FINE_AGAIN if finding else ()) + (("gone",), ("stopped",))
        if phrase not in {("gone",), ("stopped",)} or i == 0
    )
    return over or resolved_afterwards(words, end)


# "If it spreads I'll panic", "I'll book the GP if I get any weakness", "scared of getting weakness",
# "terrified my speech will go": what has not happened is not reported.  Only the if-clause's own
# subject and a verb of coming about may stand between "if" and the finding, so that "if I walk my
# foot drags" (whenever I walk) still reports the dragging.  A question keeps its finding ("what
# happens if the numbness comes?" asks in general).
CONDITION_WORDS = frozenset({"if", "unless"})
NOT_A_CONDITION: Tuple[Tuple[str, ...], ...] = (
    ("if", "anything"), ("as", "if"), ("if", "i", "'m", "honest"), ("if", "im", "honest"), ("if", "i", "am", "honest"),
    ("if", "you", "ask"), ("if", "that", "makes"), ("if", "i", "remember"), ("if", "i", "recall"),
)
CONDITION_FILLERS = frozenset(
    {"i", "it", "my", "the", "any", "a", "some", "this", "that", "ever", "suddenly", "muscle", "muscles", "leg", "legs",
     "calf", "foot", "face", "tongue", "speech", "get", "gets", "start", "starts", "develop", "develops", "begin",
     "begins", "becomes", "become", "do", "does", "is", "'s", "s", "were", "was", "notice", "see", "spot", "to",
     "shows", "turns", "goes", "come", "comes", "have", "has", "had", "actually", "really", "also", "further", "more"}
)
CONDITION_REACH = 4
FEAR_WORDS = frozenset({"scared", "afraid", "terrified", "worried", "frightened", "dreading", "fear", "petrified"})
FUTURE_WORDS = frozenset(
    {"will", "'ll", "ll", "getting", "get", "going", "gon", "start", "starts", "develop", "developing", "becomes",
     "become", "turn", "turns", "might", "day"}
)


def _sentence_asks(words: Sequence[str], end: int) -> bool:
    stop = next((i for i in range(end, len(words)) if words[i] in SENTENCE_ENDS), len(words))
    return stop < len(words) and words[stop] == "?"


def hypothetical(words: Sequence[str], start: int, end: int) -> bool:
    if _sentence_asks(words, end):
        return False
    before = clause_before(words, start, PRE_WINDOW)
    offset = start - len(before)
    for index, word in enumerate(before):
        if word in CONDITION_WORDS and not any(
            matches_at(words, offset + index + shift, phrase) for phrase in NOT_A_CONDITION for shift in (-1, 0)
        ):
            between = before[index + 1 :]
            if len(between) <= CONDITION_REACH and all(w in CONDITION_FILLERS for w in between):
                return True
    fear = next((i for i, word in enumerate(before) if word in FEAR_WORDS), None)
    if fear is None:
        return False
    return bool(FUTURE_WORDS & set(before[fear + 1 :])) or bool({"will", "'ll", "ll"} & set(words[end : end + 2]))


# "Tongue twitching? checked, none", "tongue I checked in the mirror, nothing": looked for and not found.
CHECKING_WORDS = frozenset({"checked", "looked", "checking", "tested", "measured"})
FOUND_NOTHING = frozenset({"nothing", "none", "nope", "nada", "zilch", "nothin", "normal", "fine"})
CHECK_REACH = 8
FOUND_REACH = 5


def checked_and_not_found(words: Sequence[str], end: int) -> bool:
    following = list(words[end : end + CHECK_REACH])
    start = 1 if following[:1] == ["?"] else 0
    stop = next((i for i in range(start, len(following)) if following[i] in SENTENCE_ENDS), len(following))
    check = next((i for i in range(start, stop) if following[i] in CHECKING_WORDS), None)
    if check is None:
        return False
    return any(
        following[i] in FOUND_NOTHING and (i + 1 >= len(words) - end or words[end + i + 1] in CLAUSE_BREAKS)
        for i in range(check + 1, min(stop, check + 1 + FOUND_REACH))
    )


# "my husband thinks I'm limping, I don't see it", "my wife says im tripping more but i think thats
# just me": someone else's view the person then disputes.
REPORTERS = frozenset(
    {"wife", "husband", "partner", "mum", "mom", "mother", "dad", "father", "gf", "bf", "girlfriend", "boyfriend",
     "friend", "friends", "colleague", "colleagues", "sister", "brother", "son", "daughter", "kids", "family", "missus",
     "hubby", "flatmate", "roommate", "coworker", "boss",
     # "He also thinks my legs look thinner, I can't see it."
     "mate", "mates", "trainer", "coach", "nan", "gran", "grandma", "aunt", "auntie", "uncle", "cousin",
     "neighbour", "neighbor", "he", "she", "they", "mama", "papa", "daddy", "mummy", "ma", "pa", "lad", "lads"}
)
REPORTING_VERBS = frozenset(
    {"thinks", "says", "said", "reckons", "insists", "claims", "telling", "told", "swears", "noticed", "saying",
     "believes", "say", "think", "reckon", "convinced"}
)
DISPUTES: Tuple[Tuple[str, ...], ...] = (
    ("i", "do", "n't", "see", "it"), ("i", "dont", "see", "it"), ("i", "do", "nt", "see", "it"), ("i", "ca", "n't", "see", "it"),
    ("do", "n't", "notice", "it"), ("dont", "notice", "it"), ("ca", "n't", "feel", "any", "difference"),
    ("cant", "feel", "any", "difference"), ("i", "think", "that", "'s", "just"), ("i", "think", "thats", "just"),
    ("i", "think", "that", "s", "just"), ("i", "think", "it", "s", "just"),
    ("i", "think", "it", "'s", "just"), ("i", "think", "its", "just"), ("i", "'ve", "never", "noticed"),
    ("i", "have", "never", "noticed"), ("i", "disagree"), ("not", "sure", "i", "agree"), ("i", "do", "n't", "agree"),
    ("i", "do", "n't", "think", "so"), ("i", "dont", "think", "so"), ("i", "do", "n't", "notice"), ("i", "dont", "notice"),
    ("i", "ca", "n't", "tell"), ("i", "cant", "tell"),
    # "She also thinks my voice sounds different, which I don't hear."
    ("i", "do", "n't", "hear"), ("i", "dont", "hear"), ("i", "do", "nt", "hear"), ("i", "ca", "n't", "hear"),
    ("i", "cant", "hear"), ("i", "do", "n't", "feel", "it"), ("i", "dont", "feel", "it"), ("i", "do", "n't", "buy", "it"),
    ("i", "'m", "not", "convinced"), ("i", "m", "not", "convinced"), ("im", "not", "convinced"),
    ("i", "do", "n't", "see", "that"), ("i", "dont", "see", "that"), ("i", "ca", "n't", "see", "that"),
    ("i", "ca", "nt", "see", "it"), ("i", "cant", "see", "it"),
    # "Boyfriend keeps saying I'm limping, I really don't think I am", "she says that about everything".
    ("do", "n't", "think", "i", "am"), ("do", "n't", "think", "i", "do"), ("dont", "think", "i", "am"),
    ("dont", "think", "i", "do"), ("do", "nt", "think", "i", "am"), ("do", "nt", "think", "i", "do"),
    ("ca", "n't", "see", "any", "difference"), ("cant", "see", "any", "difference"), ("ca", "nt", "see", "any", "difference"),
    ("says", "that", "about"), ("says", "that", "to", "everyone"), ("says", "that", "to", "everybody"),
    # "though I confess I cannot see it myself", "but I think no, same like before", "but I sure don't see it".
    ("can", "not", "see", "it"), ("i", "think", "no"), ("i", "think", "not"), ("do", "n't", "see", "it"),
    ("dont", "see", "it"), ("do", "nt", "see", "it"),
    # "my wife says I've been mumbling, but I think I sound normal", "My wife say my left calf is more thin but I
    # think is same", "My boyfriend reckons my right calf is smaller, but honestly they've always looked a bit different".
    *(("i", "think", *rest) for rest in (
        ("i", "sound", "normal"), ("i", "sound", "fine"), ("i", "sound", "ok"), ("i", "sound", "the", "same"),
        ("is", "same"), ("is", "the", "same"), ("it", "is", "same"), ("it", "'s", "the", "same"), ("its", "the", "same"),
        ("it", "s", "the", "same"), ("they", "'re", "the", "same"), ("they", "are", "the", "same"),
        ("they", "look", "the", "same"), ("it", "looks", "the", "same"), ("it", "'s", "fine"), ("its", "fine"),
        ("i", "'m", "fine"), ("i", "m", "fine"), ("im", "fine"), ("i", "walk", "fine"), ("i", "walk", "normally"),
    )),
    # "says I am looking weak but I feel strong only", "said I was limping. Didn't notice it meself", "said the left
    # one is smaller but when I check they are equal".
    ("i", "feel", "strong"), ("i", "feel", "fine"), ("i", "feel", "normal"), ("did", "n't", "notice", "it"),
    ("didnt", "notice", "it"), ("did", "nt", "notice", "it"), ("did", "not", "notice", "it"), ("they", "are", "equal"),
    ("they", "'re", "equal"), ("they", "look", "equal"), ("they", "are", "the", "same"),
    ("they", "'ve", "always", "looked"), ("they", "have", "always", "looked"), ("it", "'s", "always", "looked"),
    ("looks", "the", "same", "to", "me"), ("look", "the", "same", "to", "me"), ("sounds", "normal", "to", "me"),
    ("sound", "normal", "to", "me"), ("sounds", "fine", "to", "me"),
    # "but I honestly can't see a difference", "but i think shes seein things".
    ("ca", "n't", "see", "a", "difference"), ("cant", "see", "a", "difference"), ("ca", "nt", "see", "a", "difference"),
    ("seeing", "things"), ("seein", "things"),
    # "My husband thinks my speech has changed but I really don't think it has".
    *(
        (*denied, "think", *rest)
        for denied in (("do", "n't"), ("dont",), ("do", "nt"), ("do", "not"))
        for rest in (("it", "has"), ("it", "is"), ("it", "does"), ("it", "did"), ("they", "are"), ("they", "have"))
    ),
)
DISPUTE_REACH = 18
# "I honestly can't see it": words that sit inside a dispute without changing it.
DISPUTE_FILLERS = frozenset({"honestly", "really", "personally", "truly", "genuinely"})


def _reporter_saying(before: Sequence[str], who: AbstractSet[str]) -> Optional[int]:
    """Where someone in ``who`` is said to think or say what follows in ``before``, if anyone is."""
    reporter = next((i for i, word in enumerate(before) if word in who), None)
    return reporter if reporter is not None and REPORTING_VERBS & set(before[reporter + 1 :]) else None


def disputed_view(words: Sequence[str], start: int, end: int) -> bool:
    if _reporter_saying(clause_before(words, start, SOFT_HEDGE_WINDOW), REPORTERS) is None:
        return False
    following = [word for word in words[end : end + DISPUTE_REACH] if word not in DISPUTE_FILLERS]
    sentence_ends = [i for i, word in enumerate(following) if word in SENTENCE_ENDS]
    # The dispute may come in the same sentence or open the next one.
    reach = sentence_ends[1] if len(sentence_ends) > 1 else len(following)
    return _contains(following[:reach], DISPUTES)


def hedged_right_after(words: Sequence[str], end: int) -> bool:
    """ "it came on suddenly I think", "gradual i guess": a hedge right behind the word that
    ends the clause ("gradually maybe 2-3 weeks ago" hedges the number)."""
    index = end + (1 if end < len(words) and words[end] == "," else 0)
    return any(
        matches_at(words, index, phrase)
        and (index + len(phrase) >= len(words) or words[index + len(phrase)] in CLAUSE_BREAKS)
        for phrase in POST_UNCERTAINTY_TRIGGERS
    )


# "husband thinks its stress", "Coach at school says it's dehydration and I reckon he's right", "lad at
# work says it's low magnesium": someone else's guess at the cause, which the person does not take up
# in so many words ("She reckons it's stress, which yeah, fair" takes it up; "my mum says its bc i skip
# meals" states the habit itself).
GUESSED_CAUSE_OPENINGS: Tuple[Tuple[str, ...], ...] = (("it", "'s"), ("its",), ("it", "is"), ("it", "s"))
GUESSED_CAUSE_FILLERS = frozenset(
    {"probably", "just", "all", "the", "from", "low", "due", "to", "because", "of", "my", "a", "bit", "too", "much",
     "lack", "not", "enough", "only"}
)
TAKEN_UP: Tuple[Tuple[str, ...], ...] = (
    ("fair",), ("true",), ("she", "'s", "right"), ("he", "'s", "right"), ("they", "'re", "right"), ("shes", "right"),
    ("hes", "right"), ("she", "is", "right"), ("he", "is", "right"), ("she", "'s", "not", "wrong"),
    ("he", "'s", "not", "wrong"), ("i", "agree"),
    # "my mum says its lack of sleep and she is probably right".
    ("probably", "right"),
)
TAKEN_UP_HEDGES = frozenset({"reckon", "think", "guess", "suppose", "probably", "maybe"})
GUESSED_CAUSE_REACH = 10


def cause_guessed_by_another(words: Sequence[str], start: int, end: int) -> bool:
    before = clause_before(words, start, SOFT_HEDGE_WINDOW + 2)
    reporter = _reporter_saying(before, REPORTERS - {"he", "she", "they"})
    if reporter is None:
        return False
    opening, phrase = next(
        ((i, p) for i in range(len(before)) for p in GUESSED_CAUSE_OPENINGS if matches_at(before, i, p)), (None, ())
    )
    if opening is None or opening < reporter:
        return False
    if not set(before[opening + len(phrase) :]) <= GUESSED_CAUSE_FILLERS:
        return False
    return not guess_taken_up(words, end)


def guess_taken_up(words: Sequence[str], end: int) -> bool:
    """ "says it is likely due to stress from work, which to be honest I agree with": the person makes
    someone else's guess their own, without a hedge of their own."""
    following = list(words[end : end + GUESSED_CAUSE_REACH])
    following = following[: next((i for i, word in enumerate(following) if word in SENTENCE_ENDS), len(following))]
    taken_up = next((i for i in range(len(following)) for p in TAKEN_UP if matches_at(following, i, p)), None)
    return taken_up is not None and not TAKEN_UP_HEDGES & set(following[max(0, taken_up - 3) : taken_up])


def guessed_by_another(words: Sequence[str], start: int) -> bool:
    return _reporter_saying(clause_before(words, start, SOFT_HEDGE_WINDOW + 2), GUESSERS) is not None


# Whoever may guess at the cause: family and friends, and clinicians ("my brother-in-law who is a doctor says").
GUESSERS = REPORTERS - {"he", "she", "they"} | {
    "doctor", "doc", "gp", "dr", "physio", "neurologist", "neuro", "nurse", "consultant", "pharmacist", "law",
}
