"""Clinical mentions in a message: what, where, how long, and with what polarity.

Works on a spaCy ``Doc`` made by the project's pipeline (see
``bot.nlp.pipeline``), so the same code serves Rasa's NLU component, the
tests and the evaluation scripts.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import List, Optional

from spacy.tokens import Doc

from bot.nlp.duration import find_durations
from bot.nlp.negation import AFFIRMED, NEGATED, UNCERTAIN, polarity

# A weakness or numbness this close to "suddenly" is a sudden weakness (E1).
SUDDEN_LINK_WINDOW = 6
SUDDEN_LINKABLE_FINDINGS = frozenset({"weakness", "sensory"})


@dataclass(frozen=True)
class Mention:
    label: str
    value: str
    polarity: str
    start: int
    end: int
    text: str


def _clinical_mentions(doc: Doc) -> List[Mention]:
    words = [token.lower_ for token in doc]
    mentions = []
    for span in doc.ents:
        if span.label_ == "NORMAL":
            # "my strength is fine": a finding stated as absent, unless hedged.
            found = polarity(words, span.start, span.end)
            state = found if found == UNCERTAIN else NEGATED
            mentions.append(
                Mention("FINDING", span.ent_id_, state, span.start_char, span.end_char, span.text)
            )
            continue
        state = AFFIRMED if span.label_ == "BODY_PART" else polarity(words, span.start, span.end)
        mentions.append(
            Mention(span.label_, span.ent_id_, state, span.start_char, span.end_char, span.text)
        )
    return mentions


def _sudden_weakness(doc: Doc, mentions: List[Mention]) -> List[Mention]:
    sudden = [m for m in mentions if m.label == "ONSET" and m.value == "sudden" and m.polarity == AFFIRMED]
    linked = []
    for finding in mentions:
        if finding.label != "FINDING" or finding.value not in SUDDEN_LINKABLE_FINDINGS:
            continue
        if finding.polarity != AFFIRMED or (finding.value == "sensory" and "numb" not in finding.text.lower()):
            continue
        finding_token = doc.char_span(finding.start, finding.end, alignment_mode="expand")
        for onset in sudden:
            onset_token = doc.char_span(onset.start, onset.end, alignment_mode="expand")
            if finding_token is None or onset_token is None:
                continue
            same_sentence = finding_token.sent == onset_token.sent if doc.has_annotation("SENT_START") else True
            distance = abs(finding_token.start - onset_token.start)
            if same_sentence and distance <= SUDDEN_LINK_WINDOW:
                linked.append(
                    Mention("EMERGENCY", "sudden_weakness", AFFIRMED, min(finding.start, onset.start),
                            max(finding.end, onset.end), doc.text[min(finding.start, onset.start):max(finding.end, onset.end)])
                )
                break
    return linked


def extract_mentions(doc: Doc, today: Optional[date] = None) -> List[Mention]:
    """Every clinical mention in the doc, durations included, in text order."""
    mentions = _clinical_mentions(doc)
    mentions += _sudden_weakness(doc, mentions)
    for duration in find_durations(doc.text, today):
        mentions.append(
            Mention("DURATION", str(duration.days), AFFIRMED, duration.start, duration.end, duration.text)
        )
    return sorted(mentions, key=lambda mention: (mention.start, mention.label))
