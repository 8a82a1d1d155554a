"""Entity annotations in the NLU training data, written by the clinical extractor.

The assistant's own pipeline finds entities with rules and does not learn
them, but the training data still carries them in Rasa's markup, so that a
learned extractor (Rasa's default pipeline, which the evaluation compares
against) is trained on the same facts.  Annotations are derived, never
hand-edited: ``python -m bot.nlp.annotate data/nlu/*.yml`` rewrites them
after the lexicon changes, and a unit test fails when they are stale.

Relative durations ("since last Tuesday") are resolved against a fixed
reference date so that the annotations do not change from day to day.
"""

from __future__ import annotations

import json
import re
import sys
from datetime import date
from pathlib import Path
from typing import Iterable, List

import spacy
from spacy.language import Language

from bot.nlp.extract import ENTITY_NAMES, ROLE_LABELS, TIME_LABELS, Mention, extract_mentions

REFERENCE_DATE = date(2026, 11, 18)
DEFAULT_PIPELINE = Path("build/spacy_twitch")

# An emergency that spans its parts ("suddenly ... weak") wins over the parts.
LABEL_PRIORITY = {"EMERGENCY": 0}

ANNOTATION = re.compile(r"\[(?P<text>[^\]]+)\]\{[^}]*\}")
EXAMPLE_LINE = re.compile(r"^(?P<indent>\s*- )(?P<text>.*)$")


def strip_annotations(text: str) -> str:
    return ANNOTATION.sub(lambda match: match.group("text"), text)


def duration_value(days: float) -> str:
    return str(int(days)) if float(days).is_integer() else str(days)


def _non_overlapping(mentions: Iterable[Mention]) -> List[Mention]:
    ranked = sorted(
        mentions,
        key=lambda m: (LABEL_PRIORITY.get(m.label, 1), -(m.end - m.start), m.start),
    )
    kept: List[Mention] = []
    for mention in ranked:
        if all(mention.end <= other.start or other.end <= mention.start for other in kept):
            kept.append(mention)
    return sorted(kept, key=lambda m: m.start)


def annotate(text: str, nlp: Language, today: date = REFERENCE_DATE) -> str:
    """The example with every clinical mention marked up for Rasa."""
    plain = strip_annotations(text)
    # Rasa's SpacyNLP lower-cases before parsing; do the same so offsets agree.
    mentions = _non_overlapping(extract_mentions(nlp(plain.lower()), today))
    pieces: List[str] = []
    cursor = 0
    for mention in mentions:
        surface = plain[mention.start : mention.end]
        if not surface.strip() or surface != surface.strip():
            continue
        value = duration_value(float(mention.value)) if mention.label in TIME_LABELS else mention.value
        markup = {"entity": ENTITY_NAMES[mention.label], "value": value}
        if mention.label in ROLE_LABELS:
            markup["role"] = mention.polarity
        pieces.append(plain[cursor : mention.start])
        pieces.append(f"[{surface}]{json.dumps(markup)}")
        cursor = mention.end
    pieces.append(plain[cursor:])
    return "".join(pieces)


def annotate_file_text(content: str, nlp: Language, today: date = REFERENCE_DATE) -> str:
    """The NLU file with the examples of every ``examples: |`` block annotated."""
    lines = content.split("\n")
    output: List[str] = []
    in_examples = False
    for line in lines:
        if line.strip().startswith("examples: |"):
            in_examples = True
            output.append(line)
            continue
        match = EXAMPLE_LINE.match(line)
        if in_examples and match and line.startswith("    "):
            output.append(match.group("indent") + annotate(match.group("text"), nlp, today))
            continue
        if line.strip() and not line.startswith("    "):
            in_examples = False
        output.append(line)
    return "\n".join(output)


def main(paths: List[str]) -> int:
    check = "--check" in paths
    files = [Path(p) for p in paths if p != "--check"]
    nlp = spacy.load(DEFAULT_PIPELINE)
    stale = []
    for path in files:
        content = path.read_text(encoding="utf-8")
        annotated = annotate_file_text(content, nlp)
        if annotated != content:
            stale.append(path)
            if not check:
                path.write_text(annotated, encoding="utf-8")
    verb = "stale" if check else "annotated"
    for path in stale:
        print(f"{verb}: {path}")
    return 1 if check and stale else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
