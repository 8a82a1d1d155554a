"""Extraction benchmark: the clinical extractor alone, without Rasa, on challenge and development sets.

Usage: python scripts/evaluate_extraction.py tests/eval/challenge_*.jsonl tests/eval/dev*.yml

Each line of a challenge set (.jsonl) is {"text": ..., "mentions": [{"entity", "value", "role"}, ...]}
listing every finding, factor, emergency sign and onset of the message (no body
parts, no durations).  A development set (.yml) is in the format of the
held-out sets, and all its entities count, body parts and durations too.
Prints entity precision, recall and F1 (type and value), role accuracy
(affirmed / negated / uncertain) on the mentions found and, for .yml sets,
duration accuracy.  Entities and roles do not depend on the trained model, so
this runs in seconds; intents and slots need ``scripts/evaluate_nlu.py``.
All sets in tests/eval except heldout*.yml have been used to improve the
extractor: they are development sets, not held-out ones.
"""

from __future__ import annotations

import argparse
import json
import sys
from datetime import date
from pathlib import Path
from typing import Any, Dict, Iterator, List, Mapping, Optional, Sequence, Tuple

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from bot.evaluation import ENTITY_VALUES, ROLE_ENTITIES, load_examples, match_entities  # noqa: E402

# What the sets label: a time within the last day is no duration there (``recent_time``).
LABELLED_ENTITIES = frozenset(ENTITY_VALUES) | {"duration"}

# The challenge sets speak of "today" only loosely; a fixed date keeps the figures repeatable.
REFERENCE_DATE = date(2026, 11, 21)


def _cases(path: Path) -> Iterator[Tuple[str, Sequence[Mapping[str, Any]], date]]:
    """(text, expected entities, the day the message was written) for every message of a set."""
    if path.suffix == ".jsonl":
        for line in path.read_text(encoding="utf-8").splitlines():
            if line.strip():
                row = json.loads(line)
                yield row["text"], row["mentions"], REFERENCE_DATE
        return
    written, examples = load_examples(path)
    reference = date.fromisoformat(written) if written else REFERENCE_DATE
    for example in examples:
        yield example.text, example.entities, reference


def score_file(nlp: Any, path: Path) -> Dict[str, Optional[float]]:
    from bot.nlp.extract import extract_mentions
    from bot.nlp.markup import without_markup
    from bot.nlu.components import mention_to_entity

    only_roles = path.suffix == ".jsonl"
    found = missed = extra = roles_right = roles_found = durations_right = durations_expected = 0
    for text, expected, reference in _cases(path):
        predicted: List[Dict[str, Any]] = [
            entity
            for entity in (mention_to_entity(m, "extractor") for m in extract_mentions(nlp(without_markup(text).lower()), reference))
            if entity["entity"] in (ROLE_ENTITIES if only_roles else LABELLED_ENTITIES)
        ]
        pairs, unmatched_predicted, unmatched_expected = match_entities(expected, predicted)
        found, extra, missed = found + len(pairs), extra + unmatched_predicted, missed + unmatched_expected
        role_pairs = [(wanted, got) for wanted, got in pairs if wanted.get("entity") in ROLE_ENTITIES]
        roles_found += len(role_pairs)
        roles_right += sum(1 for wanted, got in role_pairs if wanted.get("role") == got.get("role"))
        durations_expected += sum(1 for e in expected if e.get("entity") == "duration")
        durations_right += sum(1 for wanted, _ in pairs if wanted.get("entity") == "duration")
    precision = found / (found + extra) if found + extra else 0.0
    recall = found / (found + missed) if found + missed else 0.0
    return {
        "mentions_expected": found + missed,
        "entity_precision": precision,
        "entity_recall": recall,
        "entity_f1": 2 * precision * recall / (precision + recall) if precision + recall else 0.0,
        "role_accuracy": roles_right / roles_found if roles_found else 0.0,
        "duration_accuracy": durations_right / durations_expected if durations_expected else None,
    }


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("sets", nargs="+", type=Path)
    parser.add_argument("--pipeline", type=Path, default=Path("build/spacy_twitch"))
    args = parser.parse_args()
    import spacy

    nlp = spacy.load(args.pipeline)
    print(f"{'set':36} {'mentions':>8} {'precision':>9} {'recall':>7} {'F1':>6} {'roles':>6} {'durations':>9}")
    for path in args.sets:
        figures = score_file(nlp, path)
        print(
            f"{path.name:36} {figures['mentions_expected']:8d} {figures['entity_precision']:9.3f} "
            f"{figures['entity_recall']:7.3f} {figures['entity_f1']:6.3f} {figures['role_accuracy']:6.3f} "
            f"{'-' if figures['duration_accuracy'] is None else format(figures['duration_accuracy'], '.3f'):>9}"
        )
    return 0


if __name__ == "__main__":
    sys.exit(main())
