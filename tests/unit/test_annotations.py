"""Entity markup in the training data, derived from the clinical extractor."""

from __future__ import annotations

from pathlib import Path

import pytest

from bot.nlp.annotate import annotate, annotate_file_text, strip_annotations

NLU_FILES = sorted(Path("data/nlu").glob("*.yml"))


def test_a_message_is_marked_up_with_canonical_values_and_roles(nlp) -> None:
    marked = annotate("my calves twitch for 3 wks, no weakness", nlp)
    assert marked == (
        'my [calves]{"entity": "body_part", "value": "calf"} twitch for '
        '[3 wks]{"entity": "duration", "value": "21"}, no '
        '[weakness]{"entity": "finding", "value": "weakness", "role": "negated"}'
    )


def test_annotating_twice_changes_nothing(nlp) -> None:
    once = annotate("suddenly my leg went weak and I feel a bit stressed", nlp)
    assert annotate(once, nlp) == once
    assert strip_annotations(once) == "suddenly my leg went weak and I feel a bit stressed"


def test_a_sudden_weakness_is_one_emergency_span(nlp) -> None:
    marked = annotate("my leg suddenly went weak", nlp)
    assert '"emergency_sign", "value": "sudden_weakness", "role": "affirmed"' in marked
    assert marked.count("[") == 2  # the leg, and the emergency spanning its parts


@pytest.mark.parametrize("path", NLU_FILES, ids=[p.name for p in NLU_FILES])
def test_training_data_annotations_are_up_to_date(nlp, path: Path) -> None:
    content = path.read_text(encoding="utf-8")
    assert annotate_file_text(content, nlp) == content, (
        f"{path} is stale: run `python -m bot.nlp.annotate data/nlu/*.yml`"
    )
