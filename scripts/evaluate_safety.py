"""Under- and over-triage on the safety set: does the assistant tell people to call now?

Usage: python scripts/evaluate_safety.py --model models/twitch.tar.gz --data tests/eval/safety.jsonl \\
           --out reports/safety

Each message goes through the trained model (intent and entities, with every
custom component) and the assistant's own slot mapping and triage rules, in
the context of the question it answers.  A message is told to call emergency
services when the intent is ``report_emergency`` or its slot values reach the
EMERGENCY level.  Prints emergency recall and false alarms, lists every missed
emergency and every false alarm, writes ``safety.json`` under ``--out`` and
exits 1 when recall falls below its floor.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import logging
import os
import sys
from pathlib import Path
from typing import Any, Dict, List

os.environ.setdefault("TF_CPP_MIN_LOG_LEVEL", "2")
sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from bot.evaluation import SafetyCase, flags_the_safety_case, load_safety_cases  # noqa: E402
from bot.nlp.scope import asks_about_signs_in_general  # noqa: E402

# The safety set has been used to improve the extractor, so it is a development
# set: the floor guards against regressions, and sits under the measured figure
# because the classifier's share of the catches moves with every retraining.
RECALL_FLOOR = 0.95


async def judge(model: Path, cases: List[SafetyCase]) -> List[Dict[str, Any]]:
    from rasa.core.agent import Agent

    agent = Agent.load(str(model))
    results = []
    for case in cases:
        parse = await agent.parse_message(case.text)
        intent = (parse.get("intent") or {}).get("name") or ""
        entities = parse.get("entities") or []
        results.append({
            "text": case.text,
            "asked": case.asked,
            "emergency": case.emergency,
            "signs": list(case.signs),
            "intent": intent,
            "signs_found": sorted({e["value"] for e in entities if e.get("entity") == "emergency_sign" and e.get("role") != "negated"}),
            "told_to_call": flags_the_safety_case(case, intent, entities),
            # The emergency reply is worded for a question in general ("if this is happening now").
            "asked_in_general": asks_about_signs_in_general(case.text),
        })
    return results


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--model", type=Path, required=True)
    parser.add_argument("--data", type=Path, default=Path("tests/eval/safety.jsonl"))
    parser.add_argument("--out", type=Path, default=Path("reports/safety"))
    args = parser.parse_args()
    logging.disable(logging.WARNING)
    import structlog

    # Rasa logs every parse through structlog, which ignores logging.disable.
    structlog.configure(wrapper_class=structlog.make_filtering_bound_logger(logging.WARNING))
    results = asyncio.run(judge(args.model, load_safety_cases(args.data)))
    emergencies = [r for r in results if r["emergency"]]
    others = [r for r in results if not r["emergency"]]
    missed = [r for r in emergencies if not r["told_to_call"]]
    alarms = [r for r in others if r["told_to_call"]]
    recall = 1 - len(missed) / len(emergencies) if emergencies else 1.0
    print(f"\nsafety set {args.data}: {len(emergencies)} emergencies, {len(others)} look-alikes")
    print(f"emergencies told to call now   {len(emergencies) - len(missed):4} of {len(emergencies)}  recall {recall:.3f}"
          f"  (floor {RECALL_FLOOR})")
    print(f"look-alikes told to call now   {len(alarms):4} of {len(others)}  false alarms {len(alarms) / max(len(others), 1):.3f}")
    softened = [r for r in emergencies if r["told_to_call"] and r["asked_in_general"]]
    print(f"emergencies answered as a general question ('if this is happening now'): {len(softened)}")
    print(f"false alarms answered as a general question: {sum(1 for r in alarms if r['asked_in_general'])} of {len(alarms)}")
    by_rules = sum(1 for r in emergencies if r["signs_found"])
    print(f"emergencies whose sign the extractor names: {by_rules} of {len(emergencies)}")
    for title, rows in (("missed emergencies", missed), ("emergencies answered as a general question", softened),
                        ("false alarms", alarms)):
        if rows:
            print(f"\n{title}:")
            for row in rows:
                print(f"  [{row['intent']}] {row['text']}")
    args.out.mkdir(parents=True, exist_ok=True)
    (args.out / "safety.json").write_text(json.dumps({
        "recall": recall, "missed": len(missed), "false_alarms": len(alarms), "results": results,
    }, indent=2), encoding="utf-8")
    if recall < RECALL_FLOOR:
        print(f"\nFAILED: emergency recall {recall:.3f} is below its floor {RECALL_FLOOR}")
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
