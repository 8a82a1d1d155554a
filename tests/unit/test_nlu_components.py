"""The custom Rasa NLU components on real Rasa messages."""

from __future__ import annotations

from pathlib import Path

import pytest
import spacy
from rasa.nlu.utils.spacy_utils import SpacyModel
from rasa.shared.nlu.training_data.message import Message

from bot.nlp.pipeline import build
from bot.nlu.components import ClinicalEntityExtractor, EmergencyGuard


@pytest.fixture(scope="module")
def spacy_model(tmp_path_factory: pytest.TempPathFactory) -> SpacyModel:
    folder: Path = tmp_path_factory.mktemp("spacy") / "twitch"
    build(folder)
    return SpacyModel(model=spacy.load(folder), model_name=str(folder))


def classified(text: str, intent: str, spacy_model: SpacyModel) -> Message:
    message = Message(
        data={
            "text": text,
            "intent": {"name": intent, "confidence": 0.9},
            "intent_ranking": [{"name": intent, "confidence": 0.9}, {"name": "deny", "confidence": 0.05}],
        }
    )
    ClinicalEntityExtractor().process([message], spacy_model)
    EmergencyGuard().process([message])
    return message


def test_entities_carry_canonical_values_and_polarity(spacy_model: SpacyModel) -> None:
    message = classified("my Calves twitch for 2 weeks, no weakness", "describe_symptoms", spacy_model)
    entities = {(e["entity"], e["value"], e.get("role")) for e in message.get("entities")}
    assert ("body_part", "calf", None) in entities
    assert ("duration", 14.0, None) in entities
    assert ("finding", "weakness", "negated") in entities


def test_an_emergency_sign_overrides_the_classifier(spacy_model: SpacyModel) -> None:
    message = classified("ok also I can't swallow properly", "inform", spacy_model)
    assert message.get("intent")["name"] == "report_emergency"
    assert message.get("intent_ranking")[0]["name"] == "report_emergency"


def test_a_denied_sign_takes_the_emergency_intent_away(spacy_model: SpacyModel) -> None:
    message = classified("no difficulty breathing", "report_emergency", spacy_model)
    assert message.get("intent")["name"] == "deny"


def test_the_emergency_intent_stays_without_any_named_sign(spacy_model: SpacyModel) -> None:
    message = classified("something is very wrong with my body right now", "report_emergency", spacy_model)
    assert message.get("intent")["name"] == "report_emergency"
