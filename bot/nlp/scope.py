"""What the assistant does not cover: twitching outside the legs, and messages
it cannot read because they are in another language.

Pure Python over the extractor's mentions, so the NLU guard, the tests and the
evaluation share one reading.
"""

from __future__ import annotations

import re
import unicodedata
from typing import Any, Iterable, List, Mapping, Sequence

from bot.nlp.duration import TIME_ENTITIES
from bot.nlp.negation import NEGATED, UNCERTAIN

PLACE_OR_TIME = frozenset({"body_part"}) | TIME_ENTITIES

# The entity that marks a message in another language, so the reply can say
# which language the assistant reads (set by the NLU ScopeGuard, read by the
# out-of-scope action).
LANGUAGE_ENTITY = "language"
OTHER_LANGUAGE = "other"

WORD = re.compile(r"[^\W\d_]+(?:'[^\W\d_]+)?", re.UNICODE)

# Places that are not the legs.  The tongue is left out on purpose: a twitching
# tongue is a neurological warning sign the assistant must hear.
OTHER_BODY_SITES = frozenset(
    {
        "eye", "eyes", "eyelid", "eyelids", "eyebrow", "eyebrows", "lid", "lip", "lips", "face", "cheek",
        "cheeks", "jaw", "chin", "mouth", "nose", "ear", "ears", "forehead", "neck", "shoulder",
        "shoulders", "arm", "arms", "bicep", "biceps", "tricep", "triceps", "forearm", "forearms",
        "elbow", "elbows", "wrist", "wrists", "hand", "hands", "finger", "fingers", "thumb", "thumbs",
        "palm", "back", "chest", "stomach", "belly", "tummy", "abdomen", "abs", "scalp",
    }
)

# Function words common in other languages that English does not use as words
# of its own ("die", "been", "son" and the like are left out).
FOREIGN_WORDS = frozenset(
    {
        # Spanish
        "que", "el", "los", "las", "del", "por", "con", "una", "unos", "para", "pero", "muy", "mi",
        "mis", "tengo", "es", "está", "desde", "hace", "como", "pierna", "piernas", "músculo", "y",
        "se", "lo", "más", "porque", "cuando", "también", "yo", "qué", "tiene", "estoy", "hay", "sí",
        "semana", "semanas", "hola", "gracias", "dolor", "tiembla",
        # French
        "le", "les", "des", "et", "je", "est", "pas", "une", "dans", "mon", "ma", "mes", "avec",
        "pour", "qui", "depuis", "j'ai", "ai", "c'est", "il", "elle", "nous", "vous", "très",
        "jambe", "jambes", "mollet", "suis", "aux", "du", "bonjour", "merci", "semaine",
        # German
        "und", "ich", "nicht", "der", "das", "ist", "mein", "meine", "mit", "ein", "eine", "seit",
        "habe", "auf", "im", "wie", "bei", "sehr", "bein", "beine", "wade", "muskel", "zuckt",
        "hallo", "danke", "woche", "wochen",
        # Portuguese and Italian
        "não", "meu", "minha", "um", "uma", "com", "tenho", "perna", "há", "é", "em", "isso",
        "di", "che", "non", "sono", "mio", "mia", "ho", "gamba", "polpaccio", "della", "ciao",
        "obrigado", "grazie", "settimana",
        # Dutch
        "het", "een", "niet", "ik", "mijn", "van", "heb", "sinds", "kuit",
    }
)

ENGLISH_WORDS = frozenset(
    {
        "the", "and", "my", "i", "is", "it", "it's", "to", "a", "of", "in", "for", "have", "has",
        "been", "was", "with", "that", "this", "on", "but", "not", "no", "so", "at", "be", "are",
        "do", "does", "you", "me", "leg", "legs", "twitch", "twitching", "twitches", "since", "what",
        "why", "how", "can", "should", "i'm", "i've", "days", "weeks", "week", "calf", "thigh",
        "foot", "muscle", "muscles", "hi", "hello", "thanks", "please", "about", "like", "just",
        "really", "very", "when", "now", "or", "if", "there", "any", "from", "get", "got",
    }
)

# Words that name a place only after "my", "the", "left" and so on: "my back"
# is a place, "it came back" is not.
AMBIGUOUS_SITES = frozenset({"back", "hand", "hands", "lid", "face", "palm", "ear", "chest"})
SITE_DETERMINERS = frozenset(
    {"my", "his", "her", "your", "their", "our", "the", "left", "right", "lower", "upper", "both"}
)

MIN_FOREIGN_WORDS = 2
MIN_LETTERS = 3


def written_in_another_language(text: str) -> bool:
    """Mostly letters of another script, or clearly more foreign function words than English ones."""
    letters = [char for char in text if char.isalpha()]
    if len(letters) >= MIN_LETTERS:
        latin = sum(1 for char in letters if unicodedata.name(char, "").startswith("LATIN"))
        if latin / len(letters) < 0.5:
            return True
    words = [word.lower() for word in WORD.findall(text)]
    foreign = sum(1 for word in words if word in FOREIGN_WORDS)
    english = sum(1 for word in words if word in ENGLISH_WORDS)
    inverted_marks = "¿" in text or "¡" in text
    return foreign >= MIN_FOREIGN_WORDS and (foreign >= 2 * english or inverted_marks and foreign > english)


def names_only_other_body_sites(text: str, entities: Sequence[Mapping[str, Any]]) -> bool:
    """ "my eyelid keeps twitching", "neck muscle twitching": a place that is not the legs, no
    leg, and nothing clinical the assistant should weigh (a weak arm or spreading twitches
    stay with the assessment)."""
    words = [word.lower() for word in WORD.findall(text)]
    named = any(
        word in OTHER_BODY_SITES
        and (word not in AMBIGUOUS_SITES or index > 0 and words[index - 1] in SITE_DETERMINERS)
        for index, word in enumerate(words)
    )
    return named and not _clinically_relevant(entities)


def _clinically_relevant(entities: Iterable[Mapping[str, Any]]) -> bool:
    """Rasa entities as the clinical extractor writes them."""
    for entity in entities:
        if entity.get("entity") == "body_part":
            return True
        if entity.get("entity") in {"finding", "emergency_sign"} and entity.get("role") != NEGATED:
            return True
    return False


# Marks a finding or factor denied by a statement of the normal state ("my strength
# is fine"), set by the NLU extractor.
STATED = "stated"
STATED_NORMAL = "normal"


def says_more_than_no(entities: Iterable[Mapping[str, Any]]) -> bool:
    """ "no pain but some tingling", "no, just my calf", "no, only 3 days": a no that also
    tells something present (a place, a time, a symptom or a factor) answers with content.
    So does a no that describes the normal state in the person's own words ("nah legs
    are strong as ever", "no, it stays in one spot"), as the labelling guide says; a no
    that only echoes the finding ("nope, no meds") does not."""
    for entity in entities:
        if entity.get(STATED) == STATED_NORMAL:
            return True
        if entity.get("entity") in PLACE_OR_TIME:
            return True
        if entity.get("entity") in {"finding", "factor"} and entity.get("role") == "affirmed":
            return True
    return False


# "no numbness, just the twitching", "zero pain, it literally just twitches", "not really,
# I only notice it when I sit still": a no that goes on to describe the twitch itself
# in the person's own words (five of the six development-set writers who met it
# label it inform).
TWITCH_WORDS = r"(?:twitch|jump|flicker|flutter|spasm|ripple|buzz|pulsing|pulse|fasciculat|movement|wriggl|quiver)\w*"
DESCRIBES_THE_TWITCH = re.compile(
    r"\b(?:just|only|simply|purely)\s+(?:(?:feels?|looks?|is)\s+like\s+)?"
    r"(?:the\s+|a\s+|some\s+|these\s+|those\s+|that\s+|this\s+|little\s+|odd\s+)*"
    + TWITCH_WORDS
    + r"|\b(?:it|they|muscle|muscles)\s+(?:literally\s+|really\s+)?(?:just|only)\s+" + TWITCH_WORDS
    + r"|\bonly\s+(?:ever\s+)?(?:notice|feel|get|see|have)\s+(?:it|them)\b",
    re.IGNORECASE,
)


TWITCHING = re.compile(r"\b" + TWITCH_WORDS, re.IGNORECASE)


def tells_of_twitching(text: str, entities: Iterable[Mapping[str, Any]]) -> bool:
    """ "my calf has been twitching": a place in the legs and a word of twitching, asking nothing."""
    return (
        bool(TWITCHING.search(text or ""))
        and any(entity.get("entity") == "body_part" for entity in entities)
        and not asks_anything(text)
    )


def reports_where_and_how_long(text: str, entities: Iterable[Mapping[str, Any]]) -> bool:
    """ "Not getting worse, not getting better. Just there. Right thigh, 8 weeks.": a place in the legs and
    how long, with twitching or something more, which is a report of its own; an answer to one question
    seldom names all that (in the development sets, 11 of 1,726 answers did, and 2,315 of 2,441 reports)."""
    found = {entity.get("entity") for entity in entities}
    return {"body_part", "duration"} <= found and (
        bool(TWITCHING.search(text or "")) or bool({"finding", "factor"} & found)
    )


LEG_CLAUSE_BREAK = re.compile(r"[,.;!?\n]|\b(?:and|but|though)\b", re.IGNORECASE)


def twitches_in_the_legs(text: str, entities: Iterable[Mapping[str, Any]]) -> bool:
    """ "Twitch in hammy since wed. Also my eyelid lol": a place in the legs and a word of
    twitching in one clause, asking nothing ("my arm twitches, nothing in my legs" does not)."""
    if asks_anything(text):
        return False
    breaks = list(LEG_CLAUSE_BREAK.finditer(text))
    for entity in entities:
        start = entity.get("start")
        if entity.get("entity") != "body_part" or not isinstance(start, int):
            continue
        begin = max((m.end() for m in breaks if m.end() <= start), default=0)
        end = min((m.start() for m in breaks if m.start() >= start), default=len(text))
        if TWITCHING.search(text[begin:end]):
            return True
    return False


def describes_the_twitch(text: str) -> bool:
    return DESCRIBES_THE_TWITCH.search(text or "") is not None


# "nah, I still squat heavy no problem", "stairs and chairs are no problem": what the person
# can still do, in their own words, is content.  Not "no problems with speech", a bare denial.
CAN_STILL_DO = re.compile(
    r"\bstill\b|\b\w+\s+no\s+problems?\s*(?:[.,!?;]|$|tho\b|though\b|at\s+all\b|whatsoever\b)", re.IGNORECASE
)


def says_what_still_works(text: str) -> bool:
    return CAN_STILL_DO.search(text or "") is not None


# The labelling guide: "a report with a general question: if the question is one of
# the FAQ topics, it is faq" ("is it ALS? it's been 2 months").  A question of the
# knowledge base's topics, asked in a sentence of its own; "should I worry?" and
# "coffee? no" (a list the person answers) are no such question.
FAQ_TOPIC = re.compile(
    r"\b(?:als|mnd|motor\s+neurone?\s+disease|lou\s+gehrig'?s|restless\s+legs?|rls|caffeine|coffee|"
    r"energy\s+drinks?|magnesium|potassium|iron|b12|vitamins?|calcium|minerals?|electrolytes?|supplements?|"
    r"exercis\w*|workouts?|gym|running|dehydrat\w*|hydrat\w*|water|sleep\w*|stress\w*|anxiety|"
    r"doctor|gp|neurologist|neuro|fasciculations?|bfs|monsters?|red\s*bulls?|pre-?workout|emergency|"
    r"(?:looked\s+at|checked\s+out)|what\s+(?:actually\s+)?(?:makes|causes)\s+(?:a\s+)?muscles?|"
    # The guide's faq questions in everyday words: "should I see someone?", "do I need to get checked?",
    # "how long does this usually last?", "does it go away?", "can a low carb diet cause it?".
    r"see\s+(?:someone|somebody|anyone|anybody|a\s+(?:doc|dr|specialist|physio))|get\s+(?:it\s+|this\s+|myself\s+)?"
    r"(?:checked|seen|tested)|be\s+seen|seen\s+(?:urgently|quickly|soon)|p(?:a)?ediatrician|specialist|"
    r"how\s+long\s+(?:does|do|will|can)|usually\s+last|go(?:es)?\s+away|overtrain\w*|over-?training|"
    r"(?:low[-\s]carb|keto|carbs?|diet|food)\b|"
    # Activities and drinks by name: "Is it the ski?", "Could the hot yoga be doing this?", "Should I stop the chimarrão?".
    r"ski|skiing|bike|biking|cycling|yoga|pilates|squats?|lifting|marathons?|tea|chai|chimarr\w*|cola|coke|espressos?)\b",
    re.IGNORECASE,
)
QUESTION_SENTENCE = re.compile(r"[^.!?\n]+\?+")
# "... I'm terrified it's ALS. Is it?", "3 monsters a day ... connected?": a short question
# that points back at the topic of the sentence before.
BACK_REFERENCE = re.compile(
    r"^\W*(?:is\s+it|could\s+it\s+be|could\s+that\s+be\s+it|connected|related|linked|coincidence|"
    r"is\s+it\s+connected|is\s+it\s+related|are\s+they\s+(?:connected|related|linked))\W*$",
    re.IGNORECASE,
)
# "what are the odds its ALS": a last sentence that asks without a question mark.
UNMARKED_QUESTION = re.compile(
    r"(?:^|[.!\n]\s*)((?:what|is|are|could|can|does|do|why|how|should|will|would)\b[^.!?\n]*)\s*$",
    re.IGNORECASE,
)
# "I hardly drink any water. Could that be it?": the question points back at a topic named before it.
CAUSE_QUESTION = re.compile(
    r"\b(?:could|can|might|would|is|was)\s+(?:that|this|it)\s+(?:be\s+(?:it|why|the\s+cause|the\s+reason|causing)|"
    r"cause\s+(?:it|this|that)|be\s+related|explain)|\bis\s+that\s+why\b",
    re.IGNORECASE,
)
MIN_QUESTION_WORDS = 3
# "might be the stress from work??" guesses at a cause; "could it be anything serious?"
# asks whether to worry: both are reports (the guide: describe_symptoms).
GUESS_OPENING = re.compile(r"^\W*(?:might|maybe|probably|possibly|perhaps|prob|probs|could\s+be)\b", re.IGNORECASE)
WORRY_QUESTION = re.compile(
    r"\b(?:anything|something)\s+serious\b|\bshould\s+i\s+(?:be\s+)?(?:worr|concern|scared)|\bwhat\s+do\s+you\s+think\b",
    re.IGNORECASE,
)


# "is slurred speech a sign of ALS?", "what does it mean if weakness comes on suddenly?", "can
# twitching cause trouble breathing?": a question about a red flag in general.  Only the wording
# of the emergency reply depends on it; the instruction to call still comes first.
GENERAL_SIGN_QUESTION = re.compile(
    r"^\W*(?:what\s+(?:does|would)\s+it\s+mean\s+(?:if|when)|what\s+happens\s+(?:if|when)|"
    r"(?:is|are)\s+(?:\w+\s+){1,4}(?:an?\s+)?(?:signs?|symptoms?)\s+of|"
    r"(?:can|could|does|do|would)\s+(?:\w+\s+){1,4}(?:cause|lead\s+to|mean)\b|"
    r"(?:does|do)\s+(?:\w+\s+){1,4}have\s+anything\s+to\s+do\s+with|how\s+(?:fast|quickly|soon)\s+does|"
    r"if\s+(?:my|your|someone'?s?|a|i)\b[^?]*\b(?:would|should|does|is)\s+(?:that|it|this)\b|"
    r"when\s+should\s+(?:i|you|someone)\s+call|"
    # "what should I do if my leg suddenly goes weak?", "what's the difference between a twitch and a
    # seizure?", "do people with twitching ever get chest pain?".
    r"what\s+(?:should|do|would|must)\s+(?:i|you|someone|we)\s+do\s+(?:if|when)|"
    r"what(?:'s|\s+is)\s+the\s+difference\s+between|"
    r"(?:do|can|does|could)\s+(?:people|someone|anyone|you)\b[^?]*\b(?:get|have|develop|experience)\b)",
    re.IGNORECASE,
)
# What happens to the person now: "I can't breathe", "my face is drooping", "right now".
SAID_OF_ONESELF_NOW = re.compile(
    r"\b(?:i\s+(?:have|can'?t|cannot|am)|i'm|im|i've|my\s+\w+\s+(?:is|are|has|have|just)|right\s+now|now|today|"
    r"happening|at\s+the\s+moment)\b",
    re.IGNORECASE,
)
GENERAL_QUESTION_SENTENCE = re.compile(r"[^.!?\n]+[.!?\n]*")


def asks_about_signs_in_general(text: str) -> bool:
    """Every sentence is a general question about a sign, and none says it is happening to the person."""
    sentences = [match.group().strip() for match in GENERAL_QUESTION_SENTENCE.finditer(text) if match.group().strip()]
    return bool(sentences) and all(
        sentence.endswith("?") and GENERAL_SIGN_QUESTION.match(sentence) and not SAID_OF_ONESELF_NOW.search(sentence)
        for sentence in sentences
    )


# Starting over and deleting the data wipe the conversation, so the classifier alone may not
# decide them: the message must say so in words of their own ("the cat sat on the mat" was read
# as a confident restart by one retrained model).
WIPING_WORDS = {
    "restart": re.compile(
        r"\b(?:start\w*|strt|restart\w*|restrat|reset\w*|redo|re-do|again|scratch|top|beginning|begin|afresh|fresh|"
        r"new|clear|wipe|reboot|square\s+one|over|go\s+back|scrap)\b|🔄",
        re.IGNORECASE,
    ),
    "delete_data": re.compile(
        r"\b(?:delet\w*|eras\w*|remov\w*|wipe|forget|forgotten|purge|clear|keep|store|gdpr|withdraw|data|records?)\b",
        re.IGNORECASE,
    ),
}


def wipes_without_saying_so(intent: str | None, text: str) -> bool:
    """A restart or a deletion the message's words do not ask for."""
    words = WIPING_WORDS.get(intent or "")
    return words is not None and words.search(text or "") is None


# Any sign of a question or a request for information, anywhere in the message.
ASKS_SOMETHING = re.compile(
    r"\?|(?:^|[.!\n,;:]\s*)(?:what|whats|what's|wat|is|are|am|could|can|does|do|did|why|how|should|will|would|when|"
    r"where|which|who|any|anyone|anybody)\b|\b(?:which|at\s+what\s+point|whats\s+up|what's\s+up|wonder\w*|"
    r"curious|tell\s+me|explain|info\w*|advice|help|know\s+(?:if|whether|why|what))\b",
    re.IGNORECASE,
)


def asks_anything(text: str) -> bool:
    """ "which vitamins help with twitching" asks; "my legs feel restless when I lie down" only tells."""
    return ASKS_SOMETHING.search(text or "") is not None


def _questions(text: str) -> List[str]:
    questions = [match.group() for match in QUESTION_SENTENCE.finditer(text)]
    unmarked = UNMARKED_QUESTION.search(text)
    if unmarked is not None and len(text.split()) > len(unmarked.group(1).split()):
        questions.append(unmarked.group(1))
    return questions


def asks_a_faq_question(text: str) -> bool:
    text = text or ""
    for question in _questions(text):
        if BACK_REFERENCE.match(question) and FAQ_TOPIC.search(text):
            return True
        if len(question.split()) < MIN_QUESTION_WORDS or GUESS_OPENING.match(question) or WORRY_QUESTION.search(question):
            continue
        if FAQ_TOPIC.search(question) or CAUSE_QUESTION.search(question) and FAQ_TOPIC.search(text):
            return True
    return False


# Words that take leave.  A message that thanks and takes leave ("thank you, goodbye", "ok
# cheers, bye for now") is a goodbye for every writer of the evaluation sets and in the
# training data.  A bare "later" is not among them: "thanks, I'll try that later" stays.
LEAVE_TAKING = re.compile(
    r"\b(?:bye+|b+ye|byee*|goodbye|good\s*-?\s*night|g'?night|nite|night\s+night|nighty?\s+night|"
    r"see\s+(?:you|ya|u|yah)|cya|take\s+care|talk\s+(?:later|soon|tomorrow|tmrw)|speak\s+(?:later|soon)|"
    r"catch\s+(?:you|ya|u)\s+later|got(?:ta|\s+to)\s+(?:go|run)|i'?m\s+off\b|off\s+to\s+bed|heading\s+off|"
    r"logging\s+off|signing\s+off|laters|ttyl|cheerio|ta-?ra|farewell|adios|ciao|"
    r"have\s+a\s+(?:good|great|nice|lovely)\s+(?:day|night|evening|one|weekend))\b",
    re.IGNORECASE,
)


def takes_leave(text: str) -> bool:
    return LEAVE_TAKING.search(text or "") is not None


# FAQ topics a question names in so many words.  "what are the odds its als" got the general
# answer on what twitches are; a question that names ALS or restless legs wants that answer.
NAMED_FAQ_TOPICS = {
    "faq/is_it_als": re.compile(
        r"\b(?:als|mnd|motor\s+neu?rone?\s+disease|lou\s+gehrig'?s?|amyotrophic)\b", re.IGNORECASE
    ),
    "faq/restless_legs": re.compile(r"\b(?:rls|restless\s+legs?|willis[-\s]ekbom)\b", re.IGNORECASE),
}
GENERAL_FAQ_TOPIC = "faq/what_are_fasciculations"


def named_faq_topic(text: str) -> str | None:
    """The one FAQ topic the message names outright, if it names exactly one."""
    named = [topic for topic, words in NAMED_FAQ_TOPICS.items() if words.search(text or "")]
    return named[0] if len(named) == 1 else None


# One-word answers that can only mean one thing: "never" to a yes/no question had fallen
# below the classifier's fallback threshold.
BARE_ANSWERS = {
    **dict.fromkeys(("no", "nope", "nah", "never", "negative", "nay", "nop"), "deny"),
    **dict.fromkeys(("yes", "yep", "yeah", "yup", "yea", "ya", "yah", "aye", "yess", "yesss"), "affirm"),
    **dict.fromkeys(("dunno", "idk", "unsure"), "unsure"),
}


# A message of one answer emoji and nothing else: the classifier read a thumbs-down as a yes.
EMOJI_ANSWERS = {
    **dict.fromkeys(("👍", "👌", "✅", "✔", "☑"), "affirm"),
    **dict.fromkeys(("👎", "❌", "✖", "🙅"), "deny"),
    **dict.fromkeys(("🤷",), "unsure"),
}
# Skin tones, genders, variation selectors and joiners that dress an emoji up.
EMOJI_MODIFIERS = re.compile("[\U0001F3FB-\U0001F3FF\u2640\u2642\uFE0E\uFE0F\u200D]")


def bare_answer(text: str) -> str | None:
    """The intent of a message that is one answer word, whatever punctuation or emoji surround
    it, or one answer emoji alone ("👎", "🤷‍♀️")."""
    words = [word.lower() for word in WORD.findall(text or "")]
    if len(words) == 1:
        return BARE_ANSWERS.get(words[0])
    if words:
        return None
    symbols = [char for char in EMOJI_MODIFIERS.sub("", text or "") if not char.isspace() and char not in ".!?,"]
    answers = {EMOJI_ANSWERS.get(char) for char in symbols}
    return answers.pop() if len(answers) == 1 and None not in answers else None


# Short answers made only of answer words ("not that I've noticed, no", "nah not really tbh",
# "yeah I think so"): when the classifier is too unsure to name them, their words can.
ANSWER_FILLERS = frozenset(
    {"i", "i've", "ive", "i'm", "im", "that", "of", "so", "know", "noticed", "notice", "really", "at", "all",
     "like", "think", "it", "its", "it's", "far", "as", "can", "tell", "seen", "any", "anything", "sir",
     "mate", "honestly", "tbh", "thankfully", "luckily", "lol", "haha", "um", "uh", "umm", "hmm", "well",
     "actually", "definitely", "absolutely", "certainly", "whatsoever", "those", "them", "these",
     "the", "above", "to", "be", "is", "was", "am", "do", "does", "did", "have", "has", "had", "been",
     "just", "quite", "pretty", "much", "very", "a", "bit", "little", "sure", "yet", "either", "also",
     "still", "ok", "okay", "oh", "ah", "hm", "idea", "clue", "say", "hard", "sorry", "afraid", "guess",
     "would", "could", "fraid", "indeed", "course", "correct", "right", "true", "kinda", "sort",
     "kind", "nothing", "none", "thank", "god", "gosh", "ngl", "rly", "tho", "though", "lately", "recently"}
)
DENYING_WORDS = frozenset(
    {"no", "nope", "nah", "not", "never", "none", "nothing", "don't", "dont", "haven't", "havent", "hasn't",
     "hasnt", "isn't", "isnt", "wasn't", "wasnt", "didn't", "didnt", "doesn't", "doesnt", "negative", "nada",
     "nay", "nop", "naw", "zero", "can't", "cant"}
)
AFFIRMING_WORDS = frozenset(
    {"yes", "yep", "yeah", "yup", "yea", "ya", "yah", "aye", "yess", "yesss", "sure", "definitely",
     "absolutely", "certainly", "indeed", "correct", "right", "true", "afraid"}
)
NOT_KNOWING = re.compile(
    r"\b(?:(?:don'?t|do\s+not|dont)\s+know|dunno|idk|not\s+(?:really\s+)?sure|unsure|no\s+(?:idea|clue)|"
    r"can'?t\s+(?:really\s+)?(?:tell|say(?!\s+(?:i|that)\b))|hard\s+to\s+(?:say|tell)|not\s+certain|maybe|perhaps|possibly|"
    r"kinda|sort\s+of|kind\s+of)\b",
    re.IGNORECASE,
)
MAX_SHORT_ANSWER_WORDS = 8
ANSWER_VOCABULARY = ANSWER_FILLERS | DENYING_WORDS | AFFIRMING_WORDS | {
    "maybe", "perhaps", "possibly", "dunno", "idk", "unsure", "certain"
}


def short_answer(text: str) -> str | None:
    """The answer intent of a short message made only of answer words, or None."""
    words = [word.lower().replace("’", "'") for word in WORD.findall(text or "")]
    if not words or len(words) > MAX_SHORT_ANSWER_WORDS or any(word not in ANSWER_VOCABULARY for word in words):
        return None
    if NOT_KNOWING.search(" ".join(words)):
        return "unsure"
    if DENYING_WORDS & set(words):
        return "deny"
    if AFFIRMING_WORDS & set(words):
        return "affirm"
    return None


# Findings that belong to the assessment whatever else the message says: "my doctor switched my
# blood pressure pill brand, would that count?", "my tongue twitches sometimes?? is that bad".
# Not pain, a worsening or a bother, which other complaints share ("my headache is getting worse").
ASSESSED_FINDINGS = frozenset(
    {"weakness", "atrophy", "spreading", "medication_change", "speech", "swallowing", "vision", "coordination", "tongue"}
)


def reports_an_assessed_finding(entities: Iterable[Mapping[str, Any]]) -> bool:
    return any(
        entity.get("entity") == "finding" and entity.get("value") in ASSESSED_FINDINGS and entity.get("role") != NEGATED
        for entity in entities
    )


def says_more_than_yes(entities: Iterable[Mapping[str, Any]]) -> bool:
    """ "yes, in my left calf", "yeah for about 2 weeks": a yes that also tells a place or a
    time answers with content.  A degree, a feeling or an echo of the finding does not
    ("a bit, yeah", "yeah, every night", "yes I'm weaker")."""
    return any(entity.get("entity") in PLACE_OR_TIME for entity in entities)


def says_more_than_dont_know(entities: Iterable[Mapping[str, Any]]) -> bool:
    """ "kind of a burning feeling maybe?", "not sure, maybe my left calf", "maybe 2
    months, could be longer", "kind of gradual? hard to pin down": a hedged answer that
    names a place, a time, a symptom or a speed of onset answers with content.  A factor
    alone does not ("too anxious to tell")."""
    return any(
        entity.get("entity") in PLACE_OR_TIME | {"finding", "emergency_sign", "onset"} for entity in entities
    )


def denies_or_doubts_a_finding(entities: Iterable[Mapping[str, Any]]) -> bool:
    """ "my strength is normal", "not sure it's spreading": out-of-scope messages
    complain of other things ("my tooth hurts"); they do not deny or doubt a finding."""
    return any(
        entity.get("entity") == "finding" and entity.get("role") in {NEGATED, UNCERTAIN} for entity in entities
    )


# Keyboard mashing ("asdkjh qwpoe zzx", "jjjjjjj", "qwerty uiop", "xyz"): a classifier
# may read it as a confident "yes" or "don't know", which would answer the question
# asked.  Only a message whose every word is plainly no word is caught; anything
# else is left to the classifier and its fallback threshold.
KEYBOARD_ROWS = ("qwertyuiop", "asdfghjkl", "zxcvbnm")
# The start or the end of the alphabet ("abc", "xyz"); runs inside it make words ("nop", "def").
ALPHABET_ENDS = re.compile(r"^(?:abcd?e?f?g?|w?xyz)$")
VOWELS = frozenset("aeiouy")
# Words and abbreviations people do write without a vowel.
VOWELLESS_WORDS = frozenset(
    {"hmm", "hm", "mm", "mmm", "shh", "psst", "pfft", "grr", "brr", "tsk", "thx", "pls", "plz", "bfs", "mnd", "rls",
     "gp", "dr", "hrs", "wks", "mths", "tbh", "ngl", "smh", "nvm", "brb", "btw", "lmk", "ffs", "wtf", "cbd", "nhs",
     "ptsd", "tv", "st", "nth", "hwy", "pt", "ct", "mr", "mrs", "ms", "bp", "hr", "wk", "nd", "rd", "th", "tldr",
     "strengths", "lengths", "mhm", "mhmm", "mmhm", "mmhmm", "hmph", "bbl", "tnx", "thnx", "thnks", "thks", "ppl",
     "tbf", "msg", "txt", "mnths", "wkd", "pls", "cpl", "bcs", "bcz", "cz", "pmsl", "rofl", "jk", "fml", "smth", "sth"}
)
MASHED_CONSONANT_RUN = re.compile(r"[^aeiouy]{5,}")
# Words with a q and no u after it.
Q_WITHOUT_U_WORDS = frozenset({"faq", "faqs", "iraq", "qatar", "qi", "q", "qr"})


def _mashed(word: str) -> bool:
    collapsed = re.sub(r"(.)\1+", r"\1", word)
    if len(word) >= 3 and len(collapsed) == 1:
        return True
    if word in VOWELLESS_WORDS or collapsed in VOWELLESS_WORDS:
        return False
    if len(word) >= 3 and not VOWELS & set(word):
        return True
    if len(word) >= 4 and any(word in row or word in row[::-1] for row in KEYBOARD_ROWS):
        return True
    if ALPHABET_ENDS.match(word):
        return True
    if re.search(r"q(?!u)", word) and word not in Q_WITHOUT_U_WORDS:
        return True
    return MASHED_CONSONANT_RUN.search(word) is not None


def reads_as_keyboard_mashing(text: str) -> bool:
    words = [word.lower() for word in WORD.findall(text or "")]
    if not words or re.search(r"\d", text or ""):
        return False
    return all(_mashed(word) for word in words)
