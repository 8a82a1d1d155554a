"""Extraction benchmark: the clinical extractor alone, without Rasa, on challenge sets.

Usage: python scripts/evaluate_extraction.py tests/eval/challenge_*.jsonl

Each line of a set is {"text": ..., "mentions": [{"entity", "value", "role"}, ...]}
listing every finding, factor, emergency sign and onset of the message (no body
parts, no durations).  Prints entity precision, recall and F1 (type and value)
and role accuracy (affirmed / negated / uncertain) on the mentions found.  The
three sets in tests/eval were written by helpers who saw only docs/labelling.md;
all have since been used to improve the extractor, so they are development
sets, not held-out ones.
"""

from __future__ import annotations

import argparse
import json
import sys
from datetime import date
from pathlib import Path
from typing import Any, Dict, List

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from bot.evaluation import ROLE_ENTITIES, match_entities  # noqa: E402

# The sets speak of "today" only loosely; a fixed date keeps the figures repeatable.
REFERENCE_DATE = date(2026, 11, 21)


def score_file(nlp: Any, path: Path) -> Dict[str, float]:
    from bot.nlp.extract import extract_mentions
    from bot.nlu.components import mention_to_entity

    found = missed = extra = roles_right = 0
    for line in path.read_text(encoding="utf-8").splitlines():
        if not line.strip():
            continue
        row = json.loads(line)
        predicted: List[Dict[str, Any]] = [
            entity
            for entity in (mention_to_entity(m, "extractor") for m in extract_mentions(nlp(row["text"].lower()), REFERENCE_DATE))
            if entity["entity"] in ROLE_ENTITIES
        ]
        pairs, unmatched_predicted, unmatched_expected = match_entities(row["mentions"], predicted)
        found, extra, missed = found + len(pairs), extra + unmatched_predicted, missed + unmatched_expected
        roles_right += sum(1 for wanted, got in pairs if wanted.get("role") == got.get("role"))
    precision = found / (found + extra) if found + extra else 0.0
    recall = found / (found + missed) if found + missed else 0.0
    return {
        "mentions_expected": found + missed,
        "entity_precision": precision,
        "entity_recall": recall,
        "entity_f1": 2 * precision * recall / (precision + recall) if precision + recall else 0.0,
        "role_accuracy": roles_right / found if found else 0.0,
    }


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("sets", nargs="+", type=Path)
    parser.add_argument("--pipeline", type=Path, default=Path("build/spacy_twitch"))
    args = parser.parse_args()
    import spacy

    nlp = spacy.load(args.pipeline)
    print(f"{'set':36} {'mentions':>8} {'precision':>9} {'recall':>7} {'F1':>6} {'roles':>6}")
    for path in args.sets:
        figures = score_file(nlp, path)
        print(
            f"{path.name:36} {figures['mentions_expected']:8d} {figures['entity_precision']:9.3f} "
            f"{figures['entity_recall']:7.3f} {figures['entity_f1']:6.3f} {figures['role_accuracy']:6.3f}"
        )
    return 0


if __name__ == "__main__":
    sys.exit(main())
