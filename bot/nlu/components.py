"""Custom Rasa NLU components over the project's spaCy pipeline.

``ClinicalEntityExtractor`` turns lexicon matches, polarity and durations
into Rasa entities.  ``EmergencyGuard`` makes sure an emergency sign in the
text is never lost to a statistical intent guess: it forces the
``report_emergency`` intent when a sign is present, and takes it away when
the only signs mentioned are denied ("no trouble breathing").
"""

from __future__ import annotations

from typing import Any, Dict, List, Optional, Text, Type

from rasa.engine.graph import ExecutionContext, GraphComponent
from rasa.engine.recipes.default_recipe import DefaultV1Recipe
from rasa.engine.storage.resource import Resource
from rasa.engine.storage.storage import ModelStorage
from rasa.nlu.constants import SPACY_DOCS
from rasa.nlu.extractors.extractor import EntityExtractorMixin
from rasa.nlu.utils.spacy_utils import SpacyModel, SpacyNLP
from rasa.shared.nlu.constants import ENTITIES, INTENT, INTENT_RANKING_KEY, TEXT
from rasa.shared.nlu.training_data.message import Message
from rasa.shared.nlu.training_data.training_data import TrainingData

from bot.nlp.extract import ENTITY_NAMES, ROLE_LABELS, Mention, extract_mentions

EMERGENCY_INTENT = "report_emergency"


def mention_to_entity(mention: Mention, extractor: Text) -> Dict[Text, Any]:
    entity: Dict[Text, Any] = {
        "entity": ENTITY_NAMES[mention.label],
        "start": mention.start,
        "end": mention.end,
        "value": float(mention.value) if mention.label == "DURATION" else mention.value,
        "extractor": extractor,
    }
    if mention.label in ROLE_LABELS:
        entity["role"] = mention.polarity
    if mention.hedge:
        entity["hedge"] = mention.hedge
    return entity


class _StatelessComponent(GraphComponent):
    """A component with nothing to train, configure or persist."""

    @classmethod
    def create(
        cls,
        config: Dict[Text, Any],
        model_storage: ModelStorage,
        resource: Resource,
        execution_context: ExecutionContext,
    ) -> "_StatelessComponent":
        return cls()


@DefaultV1Recipe.register(
    DefaultV1Recipe.ComponentType.ENTITY_EXTRACTOR, is_trainable=False, model_from="SpacyNLP"
)
class ClinicalEntityExtractor(_StatelessComponent, EntityExtractorMixin):
    """Lexicon, negation and duration entities from the spaCy doc."""

    @classmethod
    def required_components(cls) -> List[Type]:
        return [SpacyNLP]

    def process(self, messages: List[Message], model: SpacyModel) -> List[Message]:
        for message in messages:
            text = message.get(TEXT) or ""
            doc = message.get(SPACY_DOCS[TEXT]) or model.model(text.lower())
            entities = [mention_to_entity(m, self.__class__.__name__) for m in extract_mentions(doc)]
            message.set(ENTITIES, message.get(ENTITIES, []) + entities, add_to_output=True)
        return messages

    def process_training_data(self, training_data: TrainingData, model: SpacyModel) -> TrainingData:
        return training_data


@DefaultV1Recipe.register(DefaultV1Recipe.ComponentType.INTENT_CLASSIFIER, is_trainable=False)
class EmergencyGuard(_StatelessComponent):
    """Emergency signs decide the intent; the classifier does not get a vote."""

    def process(self, messages: List[Message]) -> List[Message]:
        for message in messages:
            self._guard(message)
        return messages

    def process_training_data(self, training_data: TrainingData) -> TrainingData:
        return training_data

    @staticmethod
    def _guard(message: Message) -> None:
        signs = [e for e in message.get(ENTITIES, []) if e.get("entity") == "emergency_sign"]
        present = [e for e in signs if e.get("role") != "negated"]
        intent: Optional[Dict[Text, Any]] = message.get(INTENT)
        ranking: List[Dict[Text, Any]] = list(message.get(INTENT_RANKING_KEY) or [])
        current = (intent or {}).get("name")
        if present and current != EMERGENCY_INTENT:
            forced = {"name": EMERGENCY_INTENT, "confidence": 1.0}
            message.set(INTENT, forced, add_to_output=True)
            message.set(INTENT_RANKING_KEY, [forced] + [r for r in ranking if r.get("name") != EMERGENCY_INTENT], add_to_output=True)
        elif signs and not present and current == EMERGENCY_INTENT:
            alternatives = [r for r in ranking if r.get("name") not in {EMERGENCY_INTENT, "nlu_fallback"}]
            if alternatives:
                message.set(INTENT, alternatives[0], add_to_output=True)
                message.set(INTENT_RANKING_KEY, alternatives, add_to_output=True)
