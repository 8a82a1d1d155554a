"""Custom Rasa NLU components over the project's spaCy pipeline.

``ClinicalFeaturizer`` gives the intent classifier what the lexicon knows:
which tokens are a body part, a duration, a finding or a factor, and whether
each is affirmed, denied or hedged, so that "twiching in my calve 2wks" and
"nah legs are strong" look like the reports and answers they are even when
their words never occurred in training.  ``ClinicalEntityExtractor`` turns
lexicon matches, polarity and durations into Rasa entities.  ``EmergencyGuard`` makes sure an emergency sign in the
text is never lost to a statistical intent guess: it forces the
``report_emergency`` intent when a sign is present, and takes it away when
the only signs mentioned are denied ("no trouble breathing").
"""

from __future__ import annotations

import hashlib
from pathlib import Path
from typing import Any, Dict, Iterable, List, Optional, Text, Type

import numpy as np
import scipy.sparse

from rasa.engine.graph import ExecutionContext, GraphComponent
from rasa.engine.recipes.default_recipe import DefaultV1Recipe
from rasa.engine.storage.resource import Resource
from rasa.engine.storage.storage import ModelStorage
from rasa.nlu.constants import SPACY_DOCS, TOKENS_NAMES
from rasa.nlu.extractors.extractor import EntityExtractorMixin
from rasa.nlu.featurizers.sparse_featurizer.sparse_featurizer import SparseFeaturizer
from rasa.nlu.tokenizers.tokenizer import Tokenizer
from rasa.nlu.utils.spacy_utils import SpacyModel, SpacyNLP
from rasa.shared.nlu.constants import ENTITIES, INTENT, INTENT_RANKING_KEY, TEXT
from rasa.shared.nlu.training_data.message import Message
from rasa.shared.nlu.training_data.training_data import TrainingData
from rasa.shared.utils.io import dump_obj_as_json_to_file, read_json_file

import bot.nlp.extract as extract_module
from bot.nlp.duration import TIME_ENTITIES
from bot.nlp.extract import ENTITY_NAMES, ROLE_LABELS, TIME_LABELS, Mention, extract_mentions
from bot.nlp.markup import without_markup
from bot.nlp.scope import (
    LANGUAGE_ENTITY,
    OTHER_LANGUAGE,
    asks_a_faq_question,
    asks_anything,
    GENERAL_FAQ_TOPIC,
    bare_answer,
    STATED,
    STATED_NORMAL,
    denies_or_doubts_a_finding,
    reports_where_and_how_long,
    describes_the_twitch,
    named_faq_topic,
    names_only_other_body_sites,
    reads_as_keyboard_mashing,
    reports_an_assessed_finding,
    says_more_than_dont_know,
    says_more_than_no,
    says_more_than_yes,
    says_what_still_works,
    short_answer,
    takes_leave,
    tells_of_twitching,
    twitches_in_the_legs,
    wipes_without_saying_so,
    written_in_another_language,
)

EMERGENCY_INTENT = "report_emergency"
OUT_OF_SCOPE_INTENT = "out_of_scope"
AFFIRM_INTENT = "affirm"
DENY_INTENT = "deny"
INFORM_INTENT = "inform"
DESCRIBE_INTENT = "describe_symptoms"
FAQ_INTENT = "faq"
UNSURE_INTENT = "unsure"
FALLBACK_INTENT = "nlu_fallback"
THANK_INTENT = "thank"
GOODBYE_INTENT = "goodbye"
# Intents that a place outside the legs turns into out_of_scope.
SYMPTOM_INTENTS = frozenset({DESCRIBE_INTENT, FALLBACK_INTENT})
# Intents that say nothing about the person's health (the labelling guide: "says
# hello, nothing else"), and those that can.
CHIT_CHAT_INTENTS = frozenset({"greet", "goodbye", "thank", "bot_challenge", "what_can_you_do"})
# Intents no message that reports a finding can have: "my strength is completely
# normal" was once read as delete_data.
NON_CLINICAL_INTENTS = CHIT_CHAT_INTENTS | {"delete_data", "restart"}
CONTENT_INTENTS = frozenset(
    {"describe_symptoms", "inform", "affirm", "deny", "unsure", "faq", EMERGENCY_INTENT}
)
CLINICAL_ENTITIES = frozenset({"finding", "emergency_sign"})
# Entities that make a message below the fallback threshold worth reading as a report or answer.
# "suddenly" alone, the answer to the onset question, had fallen back.
RESCUING_ENTITIES = CLINICAL_ENTITIES | {"factor", "onset"}
# What a report tells that a general question does not need: a finding, a place, a time.
TELLING_ENTITIES = CLINICAL_ENTITIES | {"body_part"} | TIME_ENTITIES


def mention_to_entity(mention: Mention, extractor: Text) -> Dict[Text, Any]:
    entity: Dict[Text, Any] = {
        "entity": ENTITY_NAMES[mention.label],
        "start": mention.start,
        "end": mention.end,
        "value": float(mention.value) if mention.label in TIME_LABELS else mention.value,
        "extractor": extractor,
    }
    if mention.label in ROLE_LABELS:
        entity["role"] = mention.polarity
    if mention.hedge:
        entity["hedge"] = mention.hedge
    if mention.stated_normal:
        entity[STATED] = STATED_NORMAL
    return entity


def mention_feature_names(mention: Mention) -> List[Text]:
    """From the coarse ("a finding") to the exact ("weakness, denied")."""
    kind = ENTITY_NAMES[mention.label]
    if mention.label in TIME_LABELS:
        return [kind]
    names = [kind, f"{kind}={mention.value}"]
    if mention.label in ROLE_LABELS:
        names += [f"{kind}:{mention.polarity}", f"{kind}={mention.value}:{mention.polarity}"]
    return names


def _doc_of(message: Message, model: SpacyModel) -> Any:
    return message.get(SPACY_DOCS[TEXT]) or model.model(without_markup(message.get(TEXT) or "").lower())


class PersistedComponent(GraphComponent):
    """A trained component that keeps what it learnt in Rasa's model storage; its
    constructor takes what ``create`` is given."""

    @classmethod
    def create(
        cls,
        config: Dict[Text, Any],
        model_storage: ModelStorage,
        resource: Resource,
        execution_context: ExecutionContext,
    ) -> "PersistedComponent":
        return cls(config, model_storage, resource, execution_context)


@DefaultV1Recipe.register(
    DefaultV1Recipe.ComponentType.MESSAGE_FEATURIZER, is_trainable=True, model_from="SpacyNLP"
)
class ClinicalFeaturizer(SparseFeaturizer, PersistedComponent):
    """Sparse token and sentence features from the clinical mentions of a message.

    The feature names are learnt from the training data and stored with the
    model, so a model keeps working when the lexicon grows after training.
    """

    FEATURE_FILE = "clinical_features.json"

    @classmethod
    def fingerprint_addon(cls, config: Dict[str, Any]) -> Optional[str]:
        """The extraction code, so that Rasa's training cache never serves features of an older lexicon."""
        digest = hashlib.sha256()
        for source in sorted(Path(extract_module.__file__).parent.glob("*.py")):
            digest.update(source.read_bytes())
        return digest.hexdigest()

    @classmethod
    def required_components(cls) -> List[Type]:
        return [SpacyNLP, Tokenizer]

    @staticmethod
    def get_default_config() -> Dict[Text, Any]:
        return SparseFeaturizer.get_default_config()

    @classmethod
    def validate_config(cls, config: Dict[Text, Any]) -> None:
        pass

    def __init__(
        self,
        config: Dict[Text, Any],
        model_storage: ModelStorage,
        resource: Resource,
        execution_context: ExecutionContext,
        feature_names: Optional[List[Text]] = None,
    ) -> None:
        super().__init__(execution_context.node_name, config)
        self._model_storage = model_storage
        self._resource = resource
        self.feature_index = {name: i for i, name in enumerate(feature_names or [])}

    @classmethod
    def load(
        cls,
        config: Dict[Text, Any],
        model_storage: ModelStorage,
        resource: Resource,
        execution_context: ExecutionContext,
        **kwargs: Any,
    ) -> "ClinicalFeaturizer":
        with model_storage.read_from(resource) as directory:
            names = read_json_file(directory / cls.FEATURE_FILE)
        return cls(config, model_storage, resource, execution_context, names)

    def train(self, training_data: TrainingData, model: SpacyModel) -> Resource:
        names = sorted(
            {
                name
                for message in training_data.training_examples
                if message.get(TEXT)
                for mention in extract_mentions(_doc_of(message, model))
                for name in mention_feature_names(mention)
            }
        )
        self.feature_index = {name: i for i, name in enumerate(names)}
        with self._model_storage.write_to(self._resource) as directory:
            dump_obj_as_json_to_file(directory / self.FEATURE_FILE, names)
        return self._resource

    def process_training_data(self, training_data: TrainingData, model: SpacyModel) -> TrainingData:
        self._featurize(training_data.training_examples, model)
        return training_data

    def process(self, messages: List[Message], model: SpacyModel) -> List[Message]:
        self._featurize(messages, model)
        return messages

    def _featurize(self, messages: Iterable[Message], model: SpacyModel) -> None:
        if not self.feature_index:
            return
        for message in messages:
            tokens = message.get(TOKENS_NAMES[TEXT]) or []
            if not message.get(TEXT) or not tokens:
                continue
            sequence = np.zeros((len(tokens), len(self.feature_index)))
            for mention in extract_mentions(_doc_of(message, model)):
                columns = [self.feature_index[n] for n in mention_feature_names(mention) if n in self.feature_index]
                for row, token in enumerate(tokens):
                    if token.start < mention.end and token.end > mention.start:
                        sequence[row, columns] = 1.0
            sentence = sequence.max(axis=0, keepdims=True)
            self.add_features_to_message(
                scipy.sparse.coo_matrix(sequence), scipy.sparse.coo_matrix(sentence), TEXT, message
            )


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


# Registered as a message tokenizer only for its place in the graph: first, before spaCy reads the text.
@DefaultV1Recipe.register(DefaultV1Recipe.ComponentType.MESSAGE_TOKENIZER, is_trainable=False)
class MarkupCleaner(_StatelessComponent):
    """Pasted HTML read as plain text ("It is <i>not</i> painful"), each character kept in its place."""

    @staticmethod
    def _clean(messages: Iterable[Message]) -> None:
        for message in messages:
            text = message.get(TEXT)
            if text:
                message.set(TEXT, without_markup(text))

    def process_training_data(self, training_data: TrainingData) -> TrainingData:
        self._clean(training_data.training_examples)
        return training_data

    def process(self, messages: List[Message]) -> List[Message]:
        self._clean(messages)
        return messages


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
            entities = [mention_to_entity(m, self.__class__.__name__) for m in extract_mentions(_doc_of(message, model))]
            message.set(ENTITIES, message.get(ENTITIES, []) + entities, add_to_output=True)
        return messages

    def process_training_data(self, training_data: TrainingData, model: SpacyModel) -> TrainingData:
        return training_data


def _set_intent(message: Message, name: Text) -> None:
    """Puts ``name`` first, for sure, and keeps the rest of the ranking."""
    forced = {"name": name, "confidence": 1.0}
    ranking: List[Dict[Text, Any]] = list(message.get(INTENT_RANKING_KEY) or [])
    message.set(INTENT, forced, add_to_output=True)
    message.set(INTENT_RANKING_KEY, [forced] + [r for r in ranking if r.get("name") != name], add_to_output=True)


def _best_content_intent(ranking: List[Dict[Text, Any]]) -> Optional[Text]:
    """The best-ranked intent that can carry a report or an answer."""
    return next((r["name"] for r in ranking if r.get("name") in CONTENT_INTENTS), None)


def _content_intent_instead(
    current: Optional[Text], entities: List[Dict[Text, Any]], ranking: List[Dict[Text, Any]], text: Text = ""
) -> Optional[Text]:
    """The best intent that carries a report or an answer, where the classifier's one does not
    fit what the message says; None where it fits."""
    if current == FAQ_INTENT and not asks_anything(text) and any(e.get("entity") in TELLING_ENTITIES for e in entities):
        # "my legs feel restless when I lie down and I have to get up": tells, asks nothing.
        return next((r["name"] for r in ranking if r.get("name") in {DESCRIBE_INTENT, INFORM_INTENT}), DESCRIBE_INTENT)
    if current == FALLBACK_INTENT and tells_of_twitching(text, entities):
        # "my calf has been twitching": a retrained classifier split it evenly between a report and
        # an FAQ question, so it fell back, though it asks nothing.
        return next((r["name"] for r in ranking if r.get("name") in {DESCRIBE_INTENT, INFORM_INTENT}), DESCRIBE_INTENT)
    if current == FALLBACK_INTENT and any(e.get("entity") in RESCUING_ENTITIES for e in entities):
        # "energy drinks, 2-3 a day, and all nighters for exams": unsure between intents, but
        # plainly about the symptoms.  Not an emergency: without a sign ("it doesn't feel weak,
        # though I can't be 100% sure" had the emergency as runner-up) that is EmergencyGuard's to decide.
        return _best_content_intent([r for r in ranking if r.get("name") != EMERGENCY_INTENT])
    if current in NON_CLINICAL_INTENTS and any(e.get("entity") in CLINICAL_ENTITIES for e in entities) or (
        current == OUT_OF_SCOPE_INTENT
        # "Twitch in hammy since wed. Also my eyelid lol": a twitch in the legs, whatever else it names.
        and (denies_or_doubts_a_finding(entities) or reports_an_assessed_finding(entities)
             or twitches_in_the_legs(text, entities))
        and not names_only_other_body_sites(text, entities)
    ):
        return _best_content_intent(ranking)
    return None


def _answer_with_content(message: Message, entities: List[Dict[Text, Any]]) -> None:
    """The labelling guide: an answer with content is inform, even when it starts with
    no ("no pain but some tingling"), yes ("yes, in my left calf") or a hedge ("not sure,
    maybe my left calf")."""
    current = (message.get(INTENT) or {}).get("name")
    if (
        current == DENY_INTENT
        and (says_more_than_no(entities) or describes_the_twitch(message.get(TEXT) or "")
             or says_what_still_works(message.get(TEXT) or ""))
        or current == AFFIRM_INTENT and says_more_than_yes(entities)
        or current == UNSURE_INTENT and says_more_than_dont_know(entities)
    ):
        _set_intent(message, INFORM_INTENT)


class _IntentGuard(_StatelessComponent):
    """Overrides the classifier's intent (or the FAQ answer) where a rule of the labelling guide is sure."""

    def process(self, messages: List[Message]) -> List[Message]:
        for message in messages:
            self._guard(message)
        return messages

    def process_training_data(self, training_data: TrainingData) -> TrainingData:
        return training_data

    @staticmethod
    def _guard(message: Message) -> None:
        raise NotImplementedError


@DefaultV1Recipe.register(DefaultV1Recipe.ComponentType.INTENT_CLASSIFIER, is_trainable=False)
class EmergencyGuard(_IntentGuard):
    """Emergency signs decide the intent; the classifier does not get a vote."""

    @staticmethod
    def _guard(message: Message) -> None:
        signs = [e for e in message.get(ENTITIES, []) if e.get("entity") == "emergency_sign"]
        present = [e for e in signs if e.get("role") != "negated"]
        intent: Optional[Dict[Text, Any]] = message.get(INTENT)
        ranking: List[Dict[Text, Any]] = list(message.get(INTENT_RANKING_KEY) or [])
        current = (intent or {}).get("name")
        if present and current != EMERGENCY_INTENT:
            _set_intent(message, EMERGENCY_INTENT)
        elif signs and not present and current == EMERGENCY_INTENT:
            # Every other intent is near zero after a confident emergency, so the
            # runner-up can be anything ("no chest pain ..., just my calf twitching"
            # came out as thank): only intents that can carry a report are candidates.
            alternatives = [r for r in ranking if r.get("name") != EMERGENCY_INTENT]
            best = _best_content_intent(alternatives)
            if best is not None:
                message.set(INTENT_RANKING_KEY, alternatives, add_to_output=True)
                _set_intent(message, best)
                _answer_with_content(message, message.get(ENTITIES, []))


@DefaultV1Recipe.register(DefaultV1Recipe.ComponentType.INTENT_CLASSIFIER, is_trainable=False)
class ScopeGuard(_IntentGuard):
    """Messages the assistant does not cover are out of scope, whatever the classifier says:
    another language, or twitching only in places that are not the legs.  A message
    that reports a finding is no chit-chat and no request to delete data or start over
    ("i dont think its spreading" is not asking whether this is a bot), one that denies
    or doubts a finding is not out of scope ("my strength is normal"), and a "no" that
    tells something present, or a "not sure" that names a place or a symptom, is an
    answer with content (inform).  A report that asks a question of the FAQ topics in a
    sentence of its own ("is this ALS?? my calf has twitched for 3 weeks") is faq: the
    classifier weighs the report more than the question.

    Runs before EmergencyGuard, so an emergency sign still wins."""

    @staticmethod
    def _guard(message: Message) -> None:
        text = message.get(TEXT) or ""
        entities = message.get(ENTITIES, [])
        # "bhai calf mein phadak ho raha hai 4 din se": a leg named in English is a report the assistant can read.
        if written_in_another_language(text) and not any(entity.get("entity") == "body_part" for entity in entities):
            _set_intent(message, OUT_OF_SCOPE_INTENT)
            marker = {"entity": LANGUAGE_ENTITY, "value": OTHER_LANGUAGE, "start": 0, "end": len(text),
                      "extractor": ScopeGuard.__name__}
            message.set(ENTITIES, entities + [marker], add_to_output=True)
            return
        if reads_as_keyboard_mashing(text) and not entities:
            # No word at all: nothing to answer a question with, however sure the classifier is.
            _set_intent(message, FALLBACK_INTENT)
            return
        current = (message.get(INTENT) or {}).get("name")
        answer = bare_answer(text)
        if answer is not None:
            if current != answer:
                _set_intent(message, answer)
            return
        if current == FALLBACK_INTENT and not entities:
            rescued = short_answer(text)
            if rescued is not None:
                _set_intent(message, rescued)
                return
        if current in {AFFIRM_INTENT, DENY_INTENT} and short_answer(text) == UNSURE_INTENT:
            # "not sure tbh" is no denial: answer words alone, and they say the person does not know.
            _set_intent(message, UNSURE_INTENT)
            return
        instead = _content_intent_instead(current, entities, message.get(INTENT_RANKING_KEY) or [], text)
        if instead is not None:
            _set_intent(message, instead)
            current = instead
        if wipes_without_saying_so(current, text):
            _set_intent(message, FALLBACK_INTENT)
            return
        if current == THANK_INTENT and takes_leave(text):
            _set_intent(message, GOODBYE_INTENT)
        elif current in SYMPTOM_INTENTS and names_only_other_body_sites(text, entities):
            _set_intent(message, OUT_OF_SCOPE_INTENT)
        elif current == DESCRIBE_INTENT and asks_a_faq_question(text):
            _set_intent(message, FAQ_INTENT)
        elif current == INFORM_INTENT and reports_where_and_how_long(text, entities):
            # The assessment reads both alike; a whole report is no answer to one question.
            _set_intent(message, DESCRIBE_INTENT)
        else:
            _answer_with_content(message, entities)


RESPONSE_SELECTOR_KEY = "response_selector"
FAQ_SELECTOR = "faq"


@DefaultV1Recipe.register(DefaultV1Recipe.ComponentType.INTENT_CLASSIFIER, is_trainable=False)
class FaqTopicGuard(_IntentGuard):
    """A question that names ALS or restless legs outright gets that answer, not the general
    one on what twitches are ("what are the odds its als" had been given the general one).
    Only the general answer is replaced, and only by a topic the selector ranked too."""

    @staticmethod
    def _guard(message: Message) -> None:
        selectors = message.get(RESPONSE_SELECTOR_KEY) or {}
        selector = selectors.get(FAQ_SELECTOR) or {}
        chosen = selector.get("response") or {}
        if chosen.get("intent_response_key") != GENERAL_FAQ_TOPIC:
            return
        topic = named_faq_topic(message.get(TEXT) or "")
        ranked = next((r for r in selector.get("ranking") or [] if r.get("intent_response_key") == topic), None)
        if topic is None or ranked is None:
            return
        # The assistant utters the answer named by "utter_action" (Rasa's ActionRetrieveResponse);
        # the selector's copy of the general answer's texts would no longer match, so it goes.
        replaced = {
            **{key: value for key, value in chosen.items() if key != "responses"},
            "intent_response_key": topic,
            "utter_action": f"utter_{topic}",
            "confidence": ranked.get("confidence"),
        }
        ranking = [ranked] + [r for r in selector.get("ranking") or [] if r is not ranked]
        message.set(
            RESPONSE_SELECTOR_KEY,
            {**selectors, FAQ_SELECTOR: {**selector, "response": replaced, "ranking": ranking}},
            add_to_output=True,
        )
