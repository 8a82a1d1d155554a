"""The clinical lexicon: everyday, clinical and misspelled ways of saying things.

Each entry maps phrases to a canonical value under a label:

- ``BODY_PART``: where it twitches (values are the spec's body parts);
- ``FINDING``: a finding of the assessment (weakness, atrophy, ...);
- ``NORMAL``: a statement that a finding is absent ("my strength is fine");
- ``FACTOR``: a lifestyle factor of the spec;
- ``EMERGENCY``: a sign that is an emergency on its own (see bot.triage);
- ``ONSET``: how a change came on (sudden / gradual).

Phrases are matched on lower-cased tokens, so "Can't swallow" and
"can't swallow" are the same.  The longest match wins, which is how
"can't swallow" (an emergency) beats "swallow" (a neurological change).
"""

from __future__ import annotations

from typing import Dict, List, Mapping, Tuple

Lexicon = Mapping[str, Mapping[str, Tuple[str, ...]]]

BODY_PARTS: Dict[str, Tuple[str, ...]] = {
    "calf": ("calf", "calves", "calfs", "claf", "caf muscle", "calve", "gastrocnemius", "soleus"),
    "thigh": ("thigh", "thighs", "thy", "thig", "quad", "quads", "quadricep", "quadriceps", "upper leg"),
    "foot": ("foot", "feet", "sole", "soles", "arch of my foot", "heel", "heels", "fot"),
    "toe": ("toe", "toes", "big toe", "little toe", "pinky toe"),
    "shin": ("shin", "shins", "front of my leg", "tibialis"),
    "knee": ("knee", "knees", "behind my knee", "back of my knee", "kneecap"),
    "hamstring": ("hamstring", "hamstrings", "hammy", "back of my thigh", "back of the thigh"),
    "ankle": ("ankle", "ankles"),
    "leg": ("leg", "legs", "lower leg", "whole leg", "lef", "lgs", "lower legs"),
    "glute": ("buttock muscle", "glute", "glutes"),
}

FINDINGS: Dict[str, Tuple[str, ...]] = {
    "weakness": (
        "weak", "weakness", "weaker", "weekness", "weaknes", "feel weak", "feels weak",
        "loss of strength", "lost strength", "losing strength", "less strength",
        "tripping", "trip over", "tripped", "foot drop", "drop foot", "dropping my foot",
        "foot slapping", "trouble climbing stairs", "struggle with stairs",
        "struggling with stairs", "hard to climb stairs", "trouble with stairs",
        "trouble getting up from a chair", "hard to get up from a chair",
        "struggle to get up", "legs give way", "leg gives way", "giving way",
        "gives out", "buckling", "buckles", "can't lift my foot", "can't stand on my toes",
        "can't stand on tiptoe", "floppy",
    ),
    "atrophy": (
        "wasting", "atrophy", "atrophied", "atrophying", "muscle loss", "losing muscle",
        "lost muscle", "looks thinner", "look thinner", "thinner", "looks smaller",
        "look smaller", "smaller than the other", "shrinking", "shrunk", "shrunken",
        "skinnier", "wasted", "dent in the muscle", "hollow", "less muscle",
    ),
    "worsening": (
        "getting worse", "gotten worse", "got worse", "worse and worse", "worsening",
        "more frequent", "more often", "more and more", "getting stronger",
        "increasing", "intensifying", "worse over time", "worse every day",
        "worse each week", "ramping up", "escalating", "getting more intense",
    ),
    "spreading": (
        "spreading", "spread", "spreads", "spread to", "moving to", "moved to",
        "other places", "all over", "everywhere", "all over my body", "whole body",
        "other leg", "both legs", "in my arms", "arms too", "my arms", "jumping around",
        "several places", "different places", "different spots", "random places",
        "moves around", "my back too", "my face too", "all over the place",
    ),
    "sensory": (
        "pain", "painful", "hurts", "hurt", "ache", "aches", "aching", "achy", "sore",
        "numb", "numbness", "tingling", "tingly", "tingle", "tingles", "pins and needles",
        "burning", "prickling", "prickly", "electric", "buzzing feeling",
    ),
    "daily_impact": (
        "keeps me up", "keeps me awake", "keep me awake", "wakes me up", "woke me up",
        "wakes me", "can't sleep because", "can't get to sleep because",
        "affects my work", "affecting my work", "disrupting", "disrupts",
        "ruining my life", "ruining my sleep", "can't concentrate", "urge to move",
        "urge to move my legs", "restless legs", "have to move my legs",
        "can't keep my legs still", "interferes", "interfering", "stops me sleeping",
        "stopping me from sleeping", "messing with my sleep", "messes with my life",
        "can't focus", "affects my daily life", "affecting my daily life",
    ),
    "medication_change": (
        "new medication", "new medicine", "new meds", "new pills", "new prescription",
        "started taking", "started a new", "started on", "changed my medication",
        "changed my meds", "changed my medicine", "changed the dose", "dose was increased",
        "dose was changed", "increased my dose", "switched medication", "switched meds",
        "came off my", "stopped taking", "started an antidepressant", "started antidepressants",
        "started an inhaler", "new inhaler", "started a diuretic", "upped my dose",
    ),
    "speech": (
        "speech", "my voice", "voice changed", "words come out", "talking is harder",
        "speaking is harder", "talk differently", "speak differently",
        "mumbling", "hard to talk", "trouble talking", "trouble speaking",
        "speech is different", "pronouncing",
    ),
    "swallowing": (
        "swallowing", "swallow", "swallows", "food gets stuck", "coughing when i eat",
        "coughing when i drink", "trouble swallowing", "difficulty swallowing",
        "hard to swallow", "choke on food",
    ),
    "vision": (
        "vision", "eyesight", "blurry", "blurred vision", "blurry vision", "double vision",
        "seeing double", "my sight", "eyes are blurry",
    ),
    "coordination": (
        "coordination", "co-ordination", "clumsy", "clumsiness", "balance", "unsteady",
        "falls", "falling over", "fell over", "fall over", "dropping things", "stumbling",
        "stumble", "dexterity", "off balance", "wobbly",
    ),
    "tongue": ("tongue", "tongue twitching", "twitching tongue", "tounge"),
}

NORMAL_STATEMENTS: Dict[str, Tuple[str, ...]] = {
    "weakness": (
        "strength is fine", "strength is normal", "strength is ok", "strength is okay",
        "strength is good", "strength seems fine", "strength seems normal", "feel strong",
        "feels strong", "strong as ever", "strength is the same", "full strength",
        "strength's fine", "strength is totally fine",
    ),
    "atrophy": (
        "looks the same", "look the same", "looks normal", "look normal", "same size",
        "looks fine", "look fine", "both look the same", "no difference in size",
    ),
    "worsening": (
        "same as before", "staying the same", "stayed the same", "about the same",
        "getting better", "improving", "stable", "not changed", "hasn't changed",
        "easing off", "settling down",
    ),
    "spreading": (
        "only in my calf", "just one spot", "same spot", "just the one spot",
        "only there", "only that spot", "only in one place", "just in one place",
        "only one leg", "just my calf", "only my calf", "always the same place",
    ),
    "daily_impact": (
        "doesn't bother me", "does not bother me", "not bothering me", "barely notice",
        "just annoying", "sleep fine", "sleeping fine", "doesn't affect",
    ),
}

FACTORS: Dict[str, Tuple[str, ...]] = {
    "stress": (
        "stress", "stressed", "stressful", "stressy", "stres", "anxiety", "anxious",
        "worried", "worry", "worrying", "panic", "panicking", "nervous", "under pressure",
        "overwhelmed", "tense", "on edge", "health anxiety",
    ),
    "caffeine": (
        "coffee", "coffees", "cofee", "caffeine", "caffiene", "cafeine", "energy drink",
        "energy drinks", "red bull", "monster", "espresso", "espressos", "lattes",
        "latte", "cola", "coke", "pre workout", "pre-workout", "strong tea", "cups of tea",
    ),
    "fatigue": (
        "tired", "exhausted", "exhaustion", "knackered", "worn out", "fatigue",
        "fatigued", "burnt out", "burned out", "burnout", "drained", "shattered",
        "run down", "wiped out",
    ),
    "exercise": (
        "exercise", "exercising", "workout", "workouts", "working out", "gym",
        "running", "run", "ran", "marathon", "training", "leg day", "squats",
        "cycling", "hiking", "football", "soccer", "sport", "sports", "lifting",
        "hitting the gym", "crossfit", "spin class",
    ),
    "dehydration": (
        "dehydrated", "dehydration", "not drinking enough", "don't drink enough",
        "don't drink much water", "not enough water", "thirsty", "barely drink water",
        "hardly drink water", "sweating a lot",
    ),
    "poor_sleep": (
        "bad sleep", "poor sleep", "not sleeping", "not sleeping well", "can't sleep",
        "insomnia", "little sleep", "sleep badly", "sleeping badly", "barely sleep",
        "sleep deprived", "lack of sleep", "no sleep", "sleep is terrible", "sleep poorly",
        "not enough sleep", "few hours of sleep", "night shifts", "up all night",
        "short on sleep", "sleep is bad", "sleep is awful",
    ),
    "alcohol": (
        "alcohol", "beer", "beers", "wine", "booze", "drunk", "hungover", "hangover",
        "drinking a lot", "drinking too much", "drinking heavily", "pints", "vodka",
        "whisky", "whiskey", "spirits", "partying",
    ),
    "nutrient_deficiency": (
        "magnesium", "potassium", "calcium", "low magnesium", "low potassium",
        "low calcium", "deficiency", "deficient", "electrolytes", "magnesium deficiency",
        "poor diet", "not eating well", "skipping meals",
    ),
    "medication": (
        "medication", "medications", "medicine", "meds", "pills", "antidepressant",
        "antidepressants", "inhaler", "salbutamol", "diuretic", "diuretics", "ssri",
        "stimulants", "adderall", "steroids", "prednisolone",
    ),
}

EMERGENCY_SIGNS: Dict[str, Tuple[str, ...]] = {
    "sudden_weakness": (
        "sudden weakness", "suddenly weak", "suddenly can't move", "suddenly cannot move",
        "suddenly went weak", "suddenly gave out", "sudden numbness", "suddenly numb",
        "suddenly went numb", "went dead suddenly", "sudden loss of strength",
    ),
    "one_sided_symptoms": (
        "one side of my body", "one side of my face", "whole left side", "whole right side",
        "left side of my body", "right side of my body", "arm and leg on the same side",
    ),
    "paralysis": (
        "paralysed", "paralyzed", "paralysis", "can't move my leg", "cannot move my leg",
        "can't move my arm", "cannot move my arm", "can't move my legs", "can't feel my leg",
        "can't feel my legs",
    ),
    "face_drooping": (
        "face drooping", "face is drooping", "face droop", "droopy face", "drooping face",
        "face has dropped", "face dropped", "face is droopy", "mouth drooping",
        "mouth is drooping", "face is sagging", "side of my face dropped",
    ),
    "slurred_speech": (
        "slurred speech", "slurring", "speech is slurred", "slurring my words",
        "slurred", "garbled speech", "can't speak", "cannot speak", "can't get my words out",
        "words are coming out wrong", "speech suddenly",
    ),
    "breathing_difficulty": (
        "can't breathe", "cannot breathe", "can not breathe", "difficulty breathing",
        "trouble breathing", "hard to breathe", "struggling to breathe", "short of breath",
        "shortness of breath", "can't catch my breath", "breathless", "gasping",
    ),
    "cannot_swallow": (
        "can't swallow", "cannot swallow", "can not swallow", "unable to swallow",
        "choking", "choking on everything", "can't even swallow",
    ),
    "sudden_vision_loss": (
        "lost my vision", "lost my sight", "suddenly blind", "went blind", "can't see",
        "cannot see", "sudden loss of vision", "vision suddenly", "suddenly lost vision",
        "vision went black", "sudden blindness",
    ),
    "sudden_confusion": (
        "suddenly confused", "sudden confusion", "very confused", "don't know where i am",
        "can't think straight", "really disoriented", "disorientated",
    ),
    "sudden_balance_loss": (
        "can't stand up", "cannot stand up", "can't keep my balance", "suddenly lost my balance",
        "sudden loss of balance", "keep falling over", "can't walk straight", "can't walk",
        "cannot walk",
    ),
    "rapidly_spreading_weakness": (
        "spreading up my legs", "spreading up my body", "moving up my legs",
        "moving up my body", "creeping up my legs", "climbing up my legs",
        "getting weaker by the hour", "weaker every hour", "ascending weakness",
        "weakness is spreading", "numbness is spreading", "spreading upwards",
        "going up my legs", "weaker by the day", "into my arms now",
    ),
    "bladder_bowel_loss": (
        "lost control of my bladder", "lost control of my bowels", "can't control my bladder",
        "can't control my bowels", "wet myself", "peed myself", "soiled myself",
        "incontinence", "incontinent", "can't pee", "cannot pee", "can't urinate",
        "bladder control", "bowel control",
    ),
    "saddle_numbness": (
        "numb between my legs", "numbness between my legs", "numb around my bum",
        "numb around my buttocks", "numbness around my genitals", "numb genitals",
        "saddle numbness", "numb groin", "numbness in my groin", "numb bottom",
        "can't feel my bum", "numb buttocks",
    ),
    "chest_pain": (
        "chest pain", "pain in my chest", "chest hurts", "chest is tight", "tight chest",
        "crushing chest", "heart attack", "chest pains",
    ),
    "seizure": ("seizure", "seizures", "fitting", "convulsing", "convulsions"),
    "unconscious": ("unconscious", "passed out and won't wake", "not breathing", "unresponsive"),
    "severe_bleeding": ("bleeding heavily", "won't stop bleeding", "severe bleeding"),
    "suicidal": ("kill myself", "end my life", "suicidal", "want to die"),
}

ONSETS: Dict[str, Tuple[str, ...]] = {
    "sudden": (
        "suddenly", "sudden", "all of a sudden", "out of nowhere", "out of the blue",
        "overnight", "within minutes", "in minutes", "within an hour", "in an hour",
        "within hours", "just now", "came on fast", "came on quickly", "in a few hours",
        "abruptly", "instantly",
    ),
    "gradual": (
        "gradually", "gradual", "slowly", "over weeks", "over months", "over time",
        "bit by bit", "little by little", "creeping", "over the last few weeks",
        "over the past few months", "progressively", "slowly over",
    ),
}

LEXICON: Lexicon = {
    "BODY_PART": BODY_PARTS,
    "FINDING": FINDINGS,
    "NORMAL": NORMAL_STATEMENTS,
    "FACTOR": FACTORS,
    "EMERGENCY": EMERGENCY_SIGNS,
    "ONSET": ONSETS,
}


def entity_ruler_patterns() -> List[Dict[str, str]]:
    """Patterns for spaCy's EntityRuler: the lexicon, one phrase a pattern."""
    return [
        {"label": label, "pattern": phrase, "id": value}
        for label, entries in LEXICON.items()
        for value, phrases in entries.items()
        for phrase in phrases
    ]
