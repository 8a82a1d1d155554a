"""Builds the project's own spaCy pipeline: blank English plus the lexicon.

Pretrained ``en_core_web_*`` models cannot be downloaded here, and the
assistant does not need their statistical parts: a tokenizer with the
shorthand people type ("wks", "b/c"), a sentencizer, lemma rules for the
clinical words, and an entity ruler holding the clinical lexicon.  The
result is saved to a folder that Rasa's ``SpacyNLP`` loads by path.

Usage: ``python -m bot.nlp.pipeline build/spacy_twitch``
"""

from __future__ import annotations

import sys
from pathlib import Path

import spacy
from spacy.language import Language
from spacy.symbols import ORTH

from bot.nlp.lexicon import entity_ruler_patterns

PIPELINE_NAME = "twitch_en"
PIPELINE_VERSION = "1.0.0"

# Shorthand that the default English tokenizer would split badly.
TOKENIZER_SPECIAL_CASES = {
    "b/c": [{ORTH: "b/c"}],
    "w/": [{ORTH: "w/"}],
    "w/o": [{ORTH: "w/o"}],
    "idk": [{ORTH: "idk"}],
    "tbh": [{ORTH: "tbh"}],
    "pins&needles": [{ORTH: "pins"}, {ORTH: "&"}, {ORTH: "needles"}],
}

# Lemmas for the clinical vocabulary (the lookup tables are not installed).
LEMMAS = {
    "twitches": "twitch", "twitching": "twitch", "twitched": "twitch", "twitchy": "twitch",
    "calves": "calf", "feet": "foot", "toes": "toe", "thighs": "thigh", "legs": "leg",
    "weeks": "week", "wks": "week", "days": "day", "months": "month", "years": "year",
    "cramps": "cramp", "spasms": "spasm", "muscles": "muscle", "weaker": "weak",
}


def build(output_dir: Path) -> Language:
    nlp = spacy.blank("en")
    nlp.meta["name"] = PIPELINE_NAME
    nlp.meta["version"] = PIPELINE_VERSION
    nlp.meta["description"] = "Blank English with the leg-twitching clinical lexicon."
    for text, tokens in TOKENIZER_SPECIAL_CASES.items():
        nlp.tokenizer.add_special_case(text, tokens)
    nlp.add_pipe("sentencizer")
    attribute_ruler = nlp.add_pipe("attribute_ruler")
    for word, lemma in LEMMAS.items():
        attribute_ruler.add([[{"LOWER": word}]], {"LEMMA": lemma})
    ruler = nlp.add_pipe("entity_ruler", config={"phrase_matcher_attr": "LOWER"})
    ruler.add_patterns(entity_ruler_patterns())
    output_dir.mkdir(parents=True, exist_ok=True)
    nlp.to_disk(output_dir)
    return nlp


if __name__ == "__main__":
    target = Path(sys.argv[1] if len(sys.argv) > 1 else "build/spacy_twitch")
    build(target)
    print(f"spaCy pipeline '{PIPELINE_NAME}' written to {target}")
