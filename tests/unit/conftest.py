from __future__ import annotations

from pathlib import Path

import pytest
import spacy

from bot.nlp.pipeline import build


@pytest.fixture(scope="session")
def nlp(tmp_path_factory: pytest.TempPathFactory) -> spacy.language.Language:
    """The project's spaCy pipeline, built from the repo's code into a temporary folder."""
    folder: Path = tmp_path_factory.mktemp("spacy") / "twitch"
    build(folder)
    return spacy.load(folder)
