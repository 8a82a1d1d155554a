"""The blend of DIET's intent ranking with a logistic regression, on real Rasa messages and model storage."""

from __future__ import annotations

from pathlib import Path
from typing import Dict, List, Sequence, Tuple

import numpy as np
import pytest
import scipy.sparse
from rasa.engine.graph import ExecutionContext, GraphSchema
from rasa.engine.storage.local_model_storage import LocalModelStorage
from rasa.engine.storage.resource import Resource
from rasa.shared.nlu.constants import INTENT, INTENT_RANKING_KEY, TEXT
from rasa.shared.nlu.training_data.features import Features
from rasa.shared.nlu.training_data.message import Message
from rasa.shared.nlu.training_data.training_data import TrainingData

from bot.nlu.blend import BlendedIntentClassifier, LinearIntentModel, blend_rankings, training_matrix

VOCABULARY = ("hi", "hello", "bye", "later", "no", "nope", "calf", "twitch")
TRAINING = (
    ("hi", "greet"), ("hello", "greet"), ("hi hello", "greet"),
    ("bye", "goodbye"), ("later", "goodbye"), ("bye later", "goodbye"),
    ("no", "deny"), ("nope", "deny"), ("no nope", "deny"),
    ("calf twitch", "describe_symptoms"), ("twitch", "describe_symptoms"), ("calf", "describe_symptoms"),
)


def featurized(text: str, intent: str | None = None, width: int = len(VOCABULARY)) -> Message:
    """A message with the sentence features a count featurizer would give it."""
    message = Message(data={TEXT: text, **({INTENT: intent} if intent else {})})
    counts = np.zeros((1, width))
    for word in text.split():
        counts[0, VOCABULARY.index(word)] += 1
    message.add_features(Features(scipy.sparse.coo_matrix(counts), "sentence", TEXT, "word_counts"))
    return message


def with_diet_ranking(message: Message, ranking: Dict[str, float]) -> Message:
    entries = sorted(({"name": n, "confidence": c} for n, c in ranking.items()), key=lambda e: -e["confidence"])
    message.set(INTENT, entries[0])
    message.set(INTENT_RANKING_KEY, entries)
    return message


StorageParts = Tuple[LocalModelStorage, Resource, ExecutionContext]


@pytest.fixture()
def storage_parts(tmp_path: Path) -> StorageParts:
    (tmp_path / "storage").mkdir()
    return LocalModelStorage(tmp_path / "storage"), Resource("blend"), ExecutionContext(GraphSchema({}), node_name="blend")


def trained_and_reloaded(parts: StorageParts, config: Dict[str, float] | None = None) -> BlendedIntentClassifier:
    storage, resource, context = parts
    settings = {**BlendedIntentClassifier.get_default_config(), **(config or {})}
    component = BlendedIntentClassifier.create(settings, storage, resource, context)
    component.train(TrainingData(training_examples=[featurized(t, i) for t, i in TRAINING]))
    return BlendedIntentClassifier.load(settings, storage, resource, context)


def intents_of(component: BlendedIntentClassifier, cases: Sequence[Tuple[str, Dict[str, float]]]) -> List[str]:
    messages = [with_diet_ranking(featurized(text), ranking) for text, ranking in cases]
    return [m.get(INTENT)["name"] for m in component.process(messages)]


def test_the_same_data_always_give_the_same_regression() -> None:
    examples = [featurized(t, i) for t, i in TRAINING]
    first = LinearIntentModel.fit(*training_matrix(examples), regularisation=1.0)
    second = LinearIntentModel.fit(*training_matrix(examples), regularisation=1.0)
    assert first.classes == second.classes
    assert np.array_equal(first.weights, second.weights) and np.array_equal(first.intercepts, second.intercepts)


def test_the_regression_reads_words_it_was_trained_on() -> None:
    model = LinearIntentModel.fit(*training_matrix([featurized(t, i) for t, i in TRAINING]), regularisation=1.0)
    probabilities = model.probabilities(training_matrix([featurized("nope"), featurized("calf twitch")])[0])
    assert [model.classes[i] for i in probabilities.argmax(axis=1)] == ["deny", "describe_symptoms"]
    assert np.allclose(probabilities.sum(axis=1), 1.0)


def test_a_two_intent_regression_still_ranks_both() -> None:
    two = [featurized(t, i) for t, i in TRAINING if i in ("greet", "goodbye")]
    model = LinearIntentModel.fit(*training_matrix(two), regularisation=1.0)
    probabilities = model.probabilities(training_matrix([featurized("bye"), featurized("hello")])[0])
    assert [model.classes[i] for i in probabilities.argmax(axis=1)] == ["goodbye", "greet"]


def test_a_reloaded_component_overrules_a_diet_slip_the_regression_is_sure_of(storage_parts: StorageParts) -> None:
    component = trained_and_reloaded(storage_parts, {"regularisation": 10.0})
    # DIET very sure, and wrong, on a word the training data always call a goodbye.
    assert intents_of(component, [("later", {"greet": 0.97, "goodbye": 0.02, "deny": 0.01})]) == ["goodbye"]


def test_diet_keeps_the_intent_when_the_regression_has_no_clue(storage_parts: StorageParts) -> None:
    component = trained_and_reloaded(storage_parts)
    # "no calf" mixes two intents' words: the regression is split, DIET decides.
    assert intents_of(component, [("no calf", {"deny": 0.9, "describe_symptoms": 0.08, "greet": 0.02})]) == ["deny"]
    assert intents_of(component, [("no calf", {"describe_symptoms": 0.9, "deny": 0.08, "greet": 0.02})]) == [
        "describe_symptoms"
    ]


def test_the_blended_ranking_is_a_distribution_best_first(storage_parts: StorageParts) -> None:
    component = trained_and_reloaded(storage_parts)
    message = component.process([with_diet_ranking(featurized("hello"), {"greet": 0.6, "deny": 0.4})])[0]
    confidences = [entry["confidence"] for entry in message.get(INTENT_RANKING_KEY)]
    assert confidences == sorted(confidences, reverse=True)
    assert message.get(INTENT) == message.get(INTENT_RANKING_KEY)[0]
    assert sum(confidences) == pytest.approx(1.0, abs=1e-6)


def test_diet_weight_one_leaves_diet_in_charge(storage_parts: StorageParts) -> None:
    component = trained_and_reloaded(storage_parts, {"diet_weight": 1.0})
    assert intents_of(component, [("later", {"greet": 0.97, "goodbye": 0.02, "deny": 0.01})]) == ["greet"]


def test_messages_the_regression_cannot_read_keep_diets_intent(storage_parts: StorageParts) -> None:
    component = trained_and_reloaded(storage_parts)
    wider = with_diet_ranking(featurized("bye", width=len(VOCABULARY) + 3), {"greet": 0.9, "goodbye": 0.1})
    empty = Message(data={TEXT: ""})
    processed = component.process([wider, empty])
    assert processed[0].get(INTENT)["name"] == "greet"
    assert processed[1].get(INTENT) is None


def test_without_intent_examples_the_component_passes_diet_through(storage_parts: StorageParts) -> None:
    storage, resource, context = storage_parts
    config = BlendedIntentClassifier.get_default_config()
    component = BlendedIntentClassifier.create(config, storage, resource, context)
    component.train(TrainingData(training_examples=[featurized("hi", "greet")]))
    reloaded = BlendedIntentClassifier.load(config, storage, resource, context)
    assert intents_of(reloaded, [("later", {"greet": 0.97, "goodbye": 0.03})]) == ["greet"]


def test_an_intent_only_diet_ranks_keeps_its_tempered_share() -> None:
    ranking = blend_rankings(
        [{"name": "restart", "confidence": 0.5}, {"name": "greet", "confidence": 0.5}],
        ["greet", "goodbye"], np.array([0.5, 0.5]), diet_weight=0.4, diet_temperature=3.0,
    )
    shares = {entry["name"]: entry["confidence"] for entry in ranking}
    assert shares == pytest.approx({"greet": 0.5, "restart": 0.2, "goodbye": 0.3})
