"""An intent classifier that blends DIET's ranking with a logistic regression.

DIET alone is sharp but unsteady: one retraining on nearly the same data moved
its intent macro-F1 on the development sets by several points, and its
confidences are so peaked that a wrong guess is rarely a close call.  A
logistic regression on the same sentence features trains in seconds, gives
the same model for the same data every time, and with balanced class weights
does not neglect the small intents (goodbye, thank, what_can_you_do).
``BlendedIntentClassifier`` sits right after ``DIETClassifier``, tempers
DIET's confidences and averages them with the regression's probabilities.
"""

from __future__ import annotations

import json
from typing import Any, Dict, List, Mapping, Optional, Sequence, Text, Tuple, Type

import numpy as np
import scipy.sparse
from sklearn.linear_model import LogisticRegression

from rasa.engine.graph import ExecutionContext
from rasa.engine.recipes.default_recipe import DefaultV1Recipe
from rasa.engine.storage.resource import Resource
from rasa.engine.storage.storage import ModelStorage
from rasa.nlu.classifiers import LABEL_RANKING_LENGTH
from rasa.nlu.featurizers.featurizer import Featurizer
from rasa.shared.nlu.constants import INTENT, INTENT_RANKING_KEY, TEXT
from rasa.shared.nlu.training_data.message import Message
from rasa.shared.nlu.training_data.training_data import TrainingData

from bot.nlu.components import PersistedComponent


def sentence_features(message: Message, width: Optional[int] = None) -> scipy.sparse.csr_matrix:
    """The message's sentence-level sparse and dense features, side by side, as one row."""
    sparse = message.get_sparse_features(TEXT)[1]
    dense = message.get_dense_features(TEXT)[1]
    parts = [scipy.sparse.csr_matrix(s.features) for s in (sparse, dense) if s is not None]
    if not parts:
        return scipy.sparse.csr_matrix((1, width or 0))
    return scipy.sparse.hstack(parts).tocsr()


class LinearIntentModel:
    """A multinomial logistic regression, kept as plain arrays so the model file holds no pickle."""

    def __init__(self, classes: Sequence[Text], weights: np.ndarray, intercepts: np.ndarray) -> None:
        self.classes = list(classes)
        self.weights = weights
        self.intercepts = intercepts

    @classmethod
    def fit(cls, features: scipy.sparse.csr_matrix, labels: Sequence[Text], regularisation: float) -> "LinearIntentModel":
        # lbfgs on a fixed data set has no randomness: the same data give the same model.
        regression = LogisticRegression(
            C=regularisation, class_weight="balanced", max_iter=3000, solver="lbfgs", random_state=42
        ).fit(features, list(labels))
        classes = list(regression.classes_)
        weights, intercepts = regression.coef_, regression.intercept_
        if len(classes) == 2:
            # sklearn keeps one row for two classes; two rows make the softmax below hold.
            weights = np.vstack([-weights[0] / 2, weights[0] / 2])
            intercepts = np.array([-intercepts[0] / 2, intercepts[0] / 2])
        return cls(classes, weights, intercepts)

    def probabilities(self, features: scipy.sparse.csr_matrix) -> np.ndarray:
        scores = np.asarray(features @ self.weights.T) + self.intercepts
        scores -= scores.max(axis=1, keepdims=True)
        exponentials = np.exp(scores)
        return exponentials / exponentials.sum(axis=1, keepdims=True)

    def to_dict(self) -> Dict[Text, Any]:
        return {"classes": self.classes, "weights": self.weights.tolist(), "intercepts": self.intercepts.tolist()}

    @classmethod
    def from_dict(cls, stored: Mapping[Text, Any]) -> "LinearIntentModel":
        return cls(stored["classes"], np.array(stored["weights"]), np.array(stored["intercepts"]))


def blend_rankings(
    diet_ranking: Sequence[Mapping[Text, Any]],
    classes: Sequence[Text],
    linear_probabilities: np.ndarray,
    diet_weight: float,
    diet_temperature: float,
) -> List[Dict[Text, Any]]:
    """DIET's tempered confidences and the regression's probabilities, averaged, best first.

    Intents DIET left out of its ranking count as 0 for it; intents only DIET
    knows keep their tempered share.
    """
    names = list(classes) + [r["name"] for r in diet_ranking if r["name"] not in classes]
    diet = np.zeros(len(names))
    for entry in diet_ranking:
        diet[names.index(entry["name"])] = float(entry["confidence"])
    if diet.sum() > 0:
        diet = diet ** (1.0 / diet_temperature)
        diet /= diet.sum()
    else:
        diet_weight = 0.0
    linear = np.concatenate([linear_probabilities, np.zeros(len(names) - len(classes))])
    blended = diet_weight * diet + (1.0 - diet_weight) * linear
    order = np.argsort(-blended, kind="stable")
    return [{"name": names[i], "confidence": float(blended[i])} for i in order]


@DefaultV1Recipe.register(DefaultV1Recipe.ComponentType.INTENT_CLASSIFIER, is_trainable=True)
class BlendedIntentClassifier(PersistedComponent):
    """Re-ranks DIET's intents with a logistic regression trained on the same features."""

    MODEL_FILE = "linear_intents.json"

    @classmethod
    def required_components(cls) -> List[Type]:
        # DIET must come first in the pipeline too (it writes the ranking this re-ranks), but
        # Rasa checks this list against training dependencies, and training needs only features.
        return [Featurizer]

    @staticmethod
    def get_default_config() -> Dict[Text, Any]:
        return {"diet_weight": 0.4, "diet_temperature": 2.0, "regularisation": 1.0}

    def __init__(
        self,
        config: Dict[Text, Any],
        model_storage: ModelStorage,
        resource: Resource,
        execution_context: ExecutionContext,
        model: Optional[LinearIntentModel] = None,
    ) -> None:
        self.config = {**self.get_default_config(), **config}
        self._model_storage = model_storage
        self._resource = resource
        self.model = model

    @classmethod
    def load(
        cls,
        config: Dict[Text, Any],
        model_storage: ModelStorage,
        resource: Resource,
        execution_context: ExecutionContext,
        **kwargs: Any,
    ) -> "BlendedIntentClassifier":
        try:
            with model_storage.read_from(resource) as directory:
                stored = json.loads((directory / cls.MODEL_FILE).read_text(encoding="utf-8"))
        except ValueError:
            # Nothing was persisted: the data had no intent examples; DIET's ranking then stands alone.
            return cls(config, model_storage, resource, execution_context)
        return cls(config, model_storage, resource, execution_context, LinearIntentModel.from_dict(stored))

    def train(self, training_data: TrainingData) -> Resource:
        examples = [m for m in training_data.intent_examples if m.get(TEXT) and m.get(INTENT)]
        if len({m.get(INTENT) for m in examples}) < 2:
            return self._resource
        features, labels = training_matrix(examples)
        self.model = LinearIntentModel.fit(features, labels, self.config["regularisation"])
        with self._model_storage.write_to(self._resource) as directory:
            (directory / self.MODEL_FILE).write_text(json.dumps(self.model.to_dict()), encoding="utf-8")
        return self._resource

    def process(self, messages: List[Message]) -> List[Message]:
        if self.model is None:
            return messages
        for message in messages:
            diet_ranking = message.get(INTENT_RANKING_KEY) or []
            if not message.get(TEXT) or not diet_ranking:
                continue
            features = sentence_features(message, self.model.weights.shape[1])
            if features.shape[1] != self.model.weights.shape[1]:
                continue
            ranking = blend_rankings(
                diet_ranking,
                self.model.classes,
                self.model.probabilities(features)[0],
                self.config["diet_weight"],
                self.config["diet_temperature"],
            )[:LABEL_RANKING_LENGTH]
            message.set(INTENT, ranking[0], add_to_output=True)
            message.set(INTENT_RANKING_KEY, ranking, add_to_output=True)
        return messages


def training_matrix(examples: Sequence[Message]) -> Tuple[scipy.sparse.csr_matrix, List[Text]]:
    """One row of sentence features per example, and its intent."""
    return (
        scipy.sparse.vstack([sentence_features(m) for m in examples]).tocsr(),
        [m.get(INTENT) for m in examples],
    )
