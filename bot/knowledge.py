"""What the assistant explains: contributing factors, findings, safety net.

Texts are written for a worried lay reader: plain words, no alarmism, and
never a diagnosis.  Factor explanations and tips summarise the public health
sources named in the triage spec (NHS pages on muscle twitching, the seed
articles on benign fasciculations).
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Mapping, Tuple

DISCLAIMER = "ℹ️ This is general health information, not a diagnosis."

EMERGENCY_INSTRUCTION = (
    "Call your local emergency number now (for example 911, 112 or 999)."
)

SAFETY_NET = (
    "See a doctor if the twitching lasts more than 2 weeks or if any of these appear: "
    "weakness in the leg (tripping, trouble with stairs or rising from a chair), "
    "the muscle looking thinner, twitching that spreads or gets worse, pain, numbness "
    "or tingling, or changes in speech, swallowing, vision or balance."
)

EMERGENCY_SAFETY_NET = (
    "Call your local emergency number at once if you ever get sudden weakness or numbness "
    "(especially on one side), a drooping face or slurred speech, trouble breathing or "
    "swallowing, sudden loss of vision or balance, or loss of bladder or bowel control."
)


@dataclass(frozen=True)
class Factor:
    name: str
    label: str
    why: str
    tips: Tuple[str, ...]


FACTORS: Mapping[str, Factor] = {
    factor.name: factor
    for factor in (
        Factor(
            "stress",
            "stress or anxiety",
            "Stress and anxiety keep the nervous system on alert, and that makes nerves fire "
            "small bursts that you feel as twitches. Worrying about the twitches can keep the "
            "cycle going.",
            (
                "Build in a daily wind-down: a walk, slow breathing, or a few minutes of stretching.",
                "Notice the twitches without checking them constantly; checking feeds the worry.",
                "If anxiety is hard to manage, a GP can help with it too.",
            ),
        ),
        Factor(
            "caffeine",
            "caffeine",
            "Caffeine is a stimulant: coffee, energy drinks, strong tea and cola make nerves "
            "more excitable, which is one of the commonest triggers of muscle twitching.",
            (
                "Cut down gradually (sudden stops can cause headaches), for example one cup less a day.",
                "Avoid caffeine after early afternoon so it does not affect sleep.",
            ),
        ),
        Factor(
            "fatigue",
            "tiredness",
            "Tired muscles and an overtired nervous system twitch more easily.",
            (
                "Plan rest days and breaks in long days.",
                "Watch whether the twitching eases after a few well-rested days.",
            ),
        ),
        Factor(
            "exercise",
            "hard exercise",
            "After intense or unusual exercise, the worked muscles often twitch for hours or "
            "days; this is common and harmless.",
            (
                "Cool down and stretch the calves and thighs after training.",
                "Increase training load gradually and allow recovery days.",
                "Drink enough during and after exercise.",
            ),
        ),
        Factor(
            "dehydration",
            "not drinking enough",
            "Losing more fluid than you take in upsets the salts that nerves and muscles rely "
            "on, which can bring on twitches and cramps.",
            (
                "Drink regularly through the day, more in heat or when exercising.",
                "Pale yellow urine is a simple sign you are drinking enough.",
            ),
        ),
        Factor(
            "poor_sleep",
            "poor sleep",
            "Too little or broken sleep makes nerves more irritable, and twitching is often "
            "worse after bad nights.",
            (
                "Keep regular sleep and wake times, even at weekends.",
                "Avoid screens, caffeine and alcohol in the hours before bed.",
            ),
        ),
        Factor(
            "alcohol",
            "alcohol",
            "Alcohol, especially heavy drinking or the day after, can make muscles twitch and "
            "also disturbs sleep and hydration.",
            (
                "Keep within low-risk limits (in the UK, no more than 14 units a week, spread out).",
                "Have alcohol-free days and drink water alongside alcohol.",
            ),
        ),
        Factor(
            "nutrient_deficiency",
            "low magnesium, potassium or calcium",
            "Nerves and muscles need magnesium, potassium and calcium to work smoothly; low "
            "levels can cause twitches and cramps.",
            (
                "Eat foods rich in them: leafy greens, nuts, seeds, beans, bananas, dairy or fortified alternatives.",
                "Do not start supplements at high doses without advice; a doctor can check levels with a blood test.",
            ),
        ),
        Factor(
            "medication",
            "a medicine",
            "Some medicines can cause twitching as a side effect, for example some diuretics, "
            "asthma inhalers, stimulants and some antidepressants.",
            (
                "Read the leaflet for muscle twitching as a side effect.",
                "Do not stop a prescribed medicine without asking your doctor or pharmacist first.",
            ),
        ),
    )
}

# How each fired rule is described back to the user, in plain words, and
# what they could tell the doctor about it.
FINDING_WORDS: Mapping[str, str] = {
    "E1": "sudden weakness, numbness or paralysis",
    "E2": "a drooping face or slurred speech that came on suddenly",
    "E3": "difficulty breathing or swallowing",
    "E4": "sudden loss of vision, sudden confusion or a sudden severe loss of balance",
    "E5": "weakness or numbness that is spreading quickly",
    "E6": "loss of bladder or bowel control, or numbness around the genitals or buttocks",
    "U1": "you have noticed weakness in the leg",
    "U2": "the muscle looks thinner or smaller than before",
    "U3": "changes in your speech or swallowing, or twitching of the tongue",
    "U4": "problems with coordination or balance, or falls",
    "R1": "the twitching has lasted two weeks or more",
    "R2": "the twitching is getting worse over time",
    "R3": "the twitching is spreading or affects several parts of the body",
    "R4": "you also have pain, numbness or tingling",
    "R5": "it is disturbing your daily life or sleep",
    "R6": "it started after a change in medicine",
    "R7": "changes in your vision",
}

UNCERTAIN_WORDS: Mapping[str, str] = {
    "weakness": "you were not sure whether the leg is weaker",
    "atrophy": "you were not sure whether the muscle looks thinner",
}

WEAKNESS_SELF_CHECK = (
    "A simple check you can mention to the doctor: can you stand on tiptoe and on your "
    "heels on that leg as well as on the other?"
)

LEVEL_HEADLINES: Mapping[str, str] = {
    "self_care": "This sounds most likely to be harmless twitching that you can look after yourself.",
    "routine": "It would be sensible to book an appointment with your GP or primary-care doctor in the coming weeks.",
    "urgent": "Please see a doctor within the next few days; don't wait for this to pass.",
    "emergency": EMERGENCY_INSTRUCTION,
}

GENERAL_EMERGENCY_WORDS: Mapping[str, str] = {
    "chest_pain": "chest pain",
    "seizure": "a seizure",
    "unconscious": "someone who is unconscious or unresponsive",
    "severe_bleeding": "severe bleeding",
    "suicidal": "thoughts of ending your life",
}

BENIGN_CONTEXT = (
    "Muscle twitches like this are very common (most people get them at some point) and "
    "on their own, without weakness or wasting, they are usually harmless."
)

# When an answer could not be read, what kind of answer the question wants.
ANSWER_HINTS: Mapping[str, str] = {
    "twitch_location": "Sorry, I couldn't tell where from that. Please name the part of the leg, like calf, thigh, shin, foot or toes.",
    "duration_days": "Sorry, I couldn't tell how long from that. A rough guess is fine, like \"4 days\", \"about 3 weeks\" or \"since March\".",
    "neuro_symptoms": "Which of these have you noticed: changes in speech, swallowing, vision or coordination, or tongue twitching? If none, just say no.",
    "neuro_onset": "If you're not sure, think about whether it appeared within minutes or hours (suddenly) or over days or weeks (gradually).",
    "lifestyle_factors": "Which of these apply to you lately: stress, caffeine, tiredness, hard exercise, not drinking enough, poor sleep, alcohol or a poor diet? If none, just say no.",
}
# Replies the channels give when a message could not be handled normally
# (bot/channels/guard.py).  Each ends with the emergency safety net.
SERVICE_PROBLEM = (
    "Sorry, part of this service is not working right now, so I could not answer that "
    "properly. Please send it again in a minute or two; what you told me before is kept."
)
STORE_PROBLEM = (
    "Sorry, I cannot reach my conversation records right now, so I could not take that in. "
    "Please send it again in a minute or two."
)
MESSAGE_TOO_LONG = (
    "That message is too long for me to read ({length:,} characters; I can take up to "
    "{limit:,}). Could you send a shorter description: where the twitching is, how long "
    "it has been going on, and anything else you have noticed?"
)
YES_NO_HINT = "Sorry, I couldn't tell from that. A yes, no or not sure is enough."
NO_QUESTION_HINT = (
    "If you'd like me to look at your twitching, describe it in your own words, "
    "for example \"my calf has been twitching for a week\". You can also ask me a question."
)
