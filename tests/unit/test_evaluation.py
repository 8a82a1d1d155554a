"""The benchmark's scoring, and the shape of the held-out set."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from bot.evaluation import (
    ENTITY_VALUES,
    ROLE_ENTITIES,
    ROLES,
    Example,
    Prediction,
    days_match,
    load_examples,
    macro_f1,
    match_entities,
    score,
    slot_values_agree,
)

EVAL_DIR = Path("tests/eval")


def example(text: str, intent: str, entities=(), slots=None, asked=None) -> Example:
    return Example(text, intent, tuple(entities), slots or {}, asked)


def test_durations_match_within_ten_percent() -> None:
    assert days_match(21, 20.0)
    assert days_match(182.5, 180)
    assert not days_match(21, 18)
    assert not days_match(21, "three weeks")


def test_each_mention_pairs_with_the_one_of_its_own_polarity() -> None:
    expected = [
        {"entity": "finding", "value": "weakness", "role": "negated"},
        {"entity": "finding", "value": "weakness", "role": "uncertain"},
    ]
    predicted = [
        {"entity": "finding", "value": "weakness", "role": "uncertain"},
        {"entity": "finding", "value": "weakness", "role": "negated"},
        {"entity": "factor", "value": "stress", "role": "affirmed"},
    ]
    pairs, extra, missed = match_entities(expected, predicted)
    assert [(w["role"], p["role"]) for w, p in pairs] == [("negated", "negated"), ("uncertain", "uncertain")]
    assert (extra, missed) == (1, 0)


def test_macro_f1_weighs_every_intent_alike() -> None:
    assert macro_f1(["a", "a", "a", "b"], ["a", "a", "a", "b"]) == 1.0
    assert macro_f1(["a", "a", "a", "b"], ["a", "a", "a", "a"]) == pytest.approx((2 * 0.75 / 1.75 + 0) / 2)


def test_slot_values_compare_as_the_assistant_stores_them() -> None:
    assert slot_values_agree("lifestyle_factors", ["stress", "caffeine"], ["caffeine", "stress"])
    assert slot_values_agree("weakness", "no", "no")
    assert not slot_values_agree("spreading", False, "no")
    assert slot_values_agree("duration_days", 60, 61)


def test_score_counts_a_wrong_role_against_negation_not_against_the_entity() -> None:
    examples = [
        example(
            "no weakness for 3 weeks", "describe_symptoms",
            [{"entity": "finding", "value": "weakness", "role": "negated"}, {"entity": "duration", "value": 21}],
            {"weakness": "no", "duration_days": 21},
        ),
        example("hi", "greet"),
    ]
    predictions = [
        Prediction(
            "describe_symptoms", None,
            [{"entity": "finding", "value": "weakness", "role": "affirmed"}, {"entity": "duration", "value": 21.0}],
            {"weakness": "yes", "duration_days": 21.0},
        ),
        Prediction("greet", None, [], {}),
    ]
    figures = score(examples, predictions)
    assert figures["entity_f1"] == 1.0
    assert figures["negation_accuracy"] == 0.0
    assert figures["duration_accuracy"] == 1.0
    assert figures["slot_accuracy"]["weakness"] == 0.0
    assert figures["slot_accuracy"]["duration_days"] == 1.0
    assert figures["intent_macro_f1"] == 1.0


def test_a_malformed_entry_is_refused(tmp_path: Path) -> None:
    bad = tmp_path / "bad.yml"
    bad.write_text(
        'version: 1\nmessages:\n  - text: "x"\n    intent: describe_symptoms\n'
        "    entities: [{entity: finding, value: wobbly, role: affirmed}]\n    slots: {}\n"
    )
    with pytest.raises(ValueError, match="wobbly"):
        load_examples(bad)


# Each evaluation set and the fewest messages it may hold.
EVALUATION_SETS = {
    "heldout.yml": 250, "heldout2.yml": 250, "heldout4.yml": 240, "heldout5.yml": 240, "heldout6.yml": 225, "dev.yml": 100, "dev2.yml": 150, "dev3.yml": 150, "dev4.yml": 150,
    "dev5.yml": 150, "dev6.yml": 150, "dev7.yml": 150, "dev8.yml": 150, "dev9.yml": 150, "dev10.yml": 150,
    "dev11.yml": 150, "dev12.yml": 150, "dev13.yml": 250, "dev14.yml": 250, "dev15.yml": 240, "dev16.yml": 250,
    "dev17.yml": 250, "dev18.yml": 250, "dev19.yml": 250, "dev20.yml": 250, "dev21.yml": 250, "dev22.yml": 250,
    "dev23.yml": 250, "dev24.yml": 250, "dev25.yml": 250, "dev26.yml": 220, "dev27.yml": 220, "dev28.yml": 200,
}


# Sets whose messages the training data must not hold: the held-out sets, and the first
# development sets, which were kept apart too.  dev13 on are development sets some of whose
# short answers and questions the training data repeats.
UNTRAINED_SETS = tuple(name for name in EVALUATION_SETS if name.startswith("heldout") or int(name[3:-4] or 0) <= 12)


@pytest.mark.parametrize("name, at_least", sorted(EVALUATION_SETS.items()))
def test_the_evaluation_sets_are_well_formed_and_large_enough(name: str, at_least: int) -> None:
    reference, examples = load_examples(EVAL_DIR / name)
    assert reference
    assert len(examples) >= at_least
    # A bare "no" may answer several questions; the same message to the same question is a duplicate.
    assert len({(e.text.strip().lower(), e.asked) for e in examples}) == len(examples), "duplicate messages"


def test_no_held_out_message_is_in_the_training_data() -> None:
    from bot.nlp.annotate import strip_annotations

    training = {
        strip_annotations(line.strip()[2:]).strip().lower()
        for path in Path("data/nlu").glob("*.yml")
        for line in path.read_text(encoding="utf-8").splitlines()
        if line.startswith("    - ")
    }
    for name in UNTRAINED_SETS:
        _, examples = load_examples(EVAL_DIR / name)
        # The newer dev sets may share a bare "yes", "no" or "hello" with the
        # training data, which no assistant could do without; the benchmark may not.
        shortest = 1 if name in ("heldout.yml", "heldout4.yml", "dev.yml", "dev2.yml") else 3
        leaked = [e.text for e in examples if e.text.strip().lower() in training and len(e.text.split()) >= shortest]
        assert not leaked, f"{name} messages also in the training data: {leaked}"


def _evaluation_script():
    import importlib.util

    spec = importlib.util.spec_from_file_location("evaluate_nlu", Path("scripts/evaluate_nlu.py"))
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_an_intent_figure_just_behind_the_default_is_reported_but_does_not_fail() -> None:
    script = _evaluation_script()
    figures = {name: 0.99 for name in script.HEADLINE}
    # Above the CI floor, whatever it is, and 0.011 behind the default pipeline.
    mine = round(script.FLOORS["intent_macro_f1"] + 0.005, 3)
    theirs = round(mine + 0.011, 3)
    ours = {**figures, "intent_macro_f1": mine}
    default = {**figures, "intent_macro_f1": theirs, "entity_f1": 0.7, "negation_accuracy": 0.8,
               "duration_accuracy": 0.7}
    assert script.behind_within_the_margin(ours, default) == [
        f"intent_macro_f1 {mine:.3f} is behind the default pipeline's {theirs:.3f} (within 0.02)"
    ]
    assert not any("intent_macro_f1" in problem for problem in script.failures(ours, default))
    assert any("intent_macro_f1" in problem for problem in script.failures({**ours, "intent_macro_f1": 0.88}, default))


@pytest.mark.parametrize(
    "name, at_least",
    [("challenge_negation.jsonl", 200), ("challenge_entities.jsonl", 200), ("challenge_hedges.jsonl", 200),
     ("challenge_roles.jsonl", 200)],
)
def test_the_extraction_challenge_sets_use_only_the_contract_labels(name: str, at_least: int) -> None:
    import json

    rows = [json.loads(line) for line in (EVAL_DIR / name).read_text(encoding="utf-8").splitlines() if line.strip()]
    assert len(rows) >= at_least
    for row in rows:
        assert row["text"].strip()
        for mention in row["mentions"]:
            assert mention["entity"] in ROLE_ENTITIES, mention
            assert mention["value"] in ENTITY_VALUES[mention["entity"]], mention
            assert mention["role"] in ROLES, mention


def _extraction_benchmark() -> Any:
    import importlib.util

    spec = importlib.util.spec_from_file_location("evaluate_extraction", Path("scripts/evaluate_extraction.py"))
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_the_extraction_benchmark_scores_a_set(nlp, tmp_path: Path) -> None:
    module = _extraction_benchmark()
    sample = tmp_path / "sample.jsonl"
    sample.write_text(
        '{"text": "no weakness but my calf looks thinner", "mentions": ['
        '{"entity": "finding", "value": "weakness", "role": "negated"},'
        '{"entity": "finding", "value": "atrophy", "role": "affirmed"}]}\n'
        '{"text": "maybe a bit of tingling", "mentions": [{"entity": "finding", "value": "sensory", "role": "affirmed"}]}\n',
        encoding="utf-8",
    )
    figures = module.score_file(nlp, sample)
    assert figures["mentions_expected"] == 3
    assert figures["entity_f1"] == 1.0
    # The tingling is hedged, so one of the three roles is wrong.
    assert figures["role_accuracy"] == pytest.approx(2 / 3)
    assert figures["duration_accuracy"] is None


def test_the_extraction_benchmark_scores_a_development_set_with_places_and_times(nlp, tmp_path: Path) -> None:
    module = _extraction_benchmark()
    sample = tmp_path / "sample.yml"
    sample.write_text(
        'version: 1\nreference_date: "2026-11-23"\nmessages:\n'
        '  - text: "my calf has twitched since last Tuesday, no weakness"\n'
        '    intent: describe_symptoms\n'
        '    entities:\n'
        '      - {entity: body_part, value: calf, text: "calf"}\n'
        '      - {entity: duration, value: 6, text: "since last Tuesday"}\n'
        '      - {entity: finding, value: weakness, role: negated, text: "weakness"}\n'
        '  - text: "thigh jumping for 3 weeks"\n'
        '    intent: describe_symptoms\n'
        '    entities:\n'
        '      - {entity: body_part, value: thigh, text: "thigh"}\n'
        '      - {entity: duration, value: 30, text: "3 weeks"}\n',
        encoding="utf-8",
    )
    figures = module.score_file(nlp, sample)
    # "since last Tuesday" is read against the set's date (a Monday): 6 days.  The
    # second duration is labelled wrong on purpose, so it counts as missed and extra.
    assert figures["mentions_expected"] == 5
    assert figures["duration_accuracy"] == pytest.approx(1 / 2)
    assert figures["entity_precision"] == pytest.approx(4 / 5)
    assert figures["role_accuracy"] == 1.0


def test_the_safety_set_loads_and_every_line_is_valid() -> None:
    from bot.evaluation import load_safety_cases

    for name in ("safety.jsonl", "safety2.jsonl"):
        cases = load_safety_cases(EVAL_DIR / name)
        assert sum(case.emergency for case in cases) >= 100
        assert sum(not case.emergency for case in cases) >= 50


def test_a_malformed_safety_case_is_refused(tmp_path: Path) -> None:
    from bot.evaluation import load_safety_cases

    bad = tmp_path / "bad.jsonl"
    bad.write_text('{"text": "x", "emergency": true, "signs": ["a_made_up_sign"], "asked": null}\n')
    with pytest.raises(ValueError):
        load_safety_cases(bad)


def test_an_emergency_is_flagged_by_the_intent_or_by_the_triage_of_its_slots() -> None:
    from bot.evaluation import SafetyCase, flags_the_safety_case

    sudden = [{"entity": "onset", "value": "sudden", "role": "affirmed", "start": 0, "end": 8}]
    # The onset question follows a change in speech: "suddenly" makes it the emergency.
    assert flags_the_safety_case(SafetyCase("suddenly", True, (), "neuro_onset"), "inform", sudden)
    assert flags_the_safety_case(SafetyCase("help", True, ()), "report_emergency", [])
    assert not flags_the_safety_case(SafetyCase("gradually over months", False, (), "neuro_onset"), "inform",
                                     [{"entity": "onset", "value": "gradual", "role": "affirmed", "start": 0, "end": 9}])


def test_emergency_recall_and_false_alarms_are_scored() -> None:
    from bot.evaluation import Example, Prediction, score

    examples = [
        Example("my face is drooping", "report_emergency", (), {}),
        Example("I can't breathe", "report_emergency", (), {}),
        Example("calf twitching", "describe_symptoms", (), {}),
    ]
    predictions = [
        Prediction("report_emergency", None, []),
        Prediction("describe_symptoms", None, [], {"emergency_signs": ["breathing_difficulty"]}),
        Prediction("report_emergency", None, []),
    ]
    scores = score(examples, predictions)
    assert scores["emergency_recall"] == 1.0
    assert scores["false_alarm_rate"] == 1.0
    predictions[1] = Prediction("describe_symptoms", None, [])
    assert score(examples, predictions)["counts"]["emergencies_missed"] == 1
