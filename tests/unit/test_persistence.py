"""The conversation store: SQLite by default, erasure on request, purging, failure reports."""

from __future__ import annotations

import asyncio
import sqlite3
import time
from pathlib import Path

import pytest
import sqlalchemy as sa
from rasa.shared.core.domain import Domain
from rasa.shared.core.events import ActionExecuted, SlotSet, UserUttered
from rasa.shared.core.trackers import DialogueStateTracker

from bot import persistence
from bot.persistence import (
    ERASE_RESPONSE,
    CURRENT_TURN,
    ConversationStore,
    ConversationStoreUnavailable,
    TurnRecord,
)

ROOT = Path(__file__).resolve().parents[2]
DOMAIN = Domain.load(str(ROOT / "domain.yml"))
PRIVATE_WORDS = "my left calf twitches since my divorce"


def run(coroutine):  # type: ignore[no-untyped-def]
    return asyncio.run(coroutine)


def conversation(sender: str, *extra: object, text: str = PRIVATE_WORDS, timestamp: float | None = None) -> DialogueStateTracker:
    stamp = time.time() if timestamp is None else timestamp
    events = [
        ActionExecuted("action_listen", timestamp=stamp),
        UserUttered(text, {"name": "describe_symptoms"}, timestamp=stamp),
        SlotSet("twitch_location", "calf", timestamp=stamp),
        *extra,
    ]
    return DialogueStateTracker.from_events(sender, events, DOMAIN.slots)  # type: ignore[arg-type]


@pytest.fixture()
def store(tmp_path: Path) -> ConversationStore:
    return ConversationStore(domain=DOMAIN, host=f"sqlite:///{tmp_path / 'var' / 'conversations.db'}")


def rows(store: ConversationStore, sender: str) -> int:
    with store.session_scope() as session:
        return session.query(store.SQLEvent).filter(store.SQLEvent.sender_id == sender).count()


def test_sqlite_file_and_folder_are_created_and_conversations_survive_a_new_store(tmp_path: Path) -> None:
    url = f"sqlite:///{tmp_path / 'var' / 'conversations.db'}"
    run(ConversationStore(domain=DOMAIN, host=url).save(conversation("alice")))
    assert (tmp_path / "var" / "conversations.db").exists()
    again = run(ConversationStore(domain=DOMAIN, host=url).retrieve("alice"))
    assert again is not None and again.get_slot("twitch_location") == "calf"


def test_an_empty_url_is_refused_with_a_clear_message() -> None:
    with pytest.raises(ValueError, match="TRACKER_DB_URL"):
        ConversationStore(domain=DOMAIN, host="")


def test_a_turn_that_answers_delete_my_data_erases_only_that_conversation(store: ConversationStore) -> None:
    run(store.save(conversation("alice")))
    run(store.save(conversation("bob")))
    asked = conversation(
        "alice",
        ActionExecuted("action_listen"),
        UserUttered("delete my data", {"name": "delete_data"}),
        ActionExecuted(ERASE_RESPONSE),
    )
    turn = TurnRecord()
    reset = CURRENT_TURN.set(turn)
    try:
        run(store.save(asked))
    finally:
        CURRENT_TURN.reset(reset)
    assert turn.erased and not turn.errors
    assert rows(store, "alice") == 0
    assert run(store.retrieve("alice")) is None
    assert rows(store, "bob") > 0


def test_an_earlier_erase_response_does_not_erase_a_later_turn(store: ConversationStore) -> None:
    tracker = conversation(
        "carol",
        ActionExecuted(ERASE_RESPONSE),
        ActionExecuted("action_listen"),
        UserUttered("my calf twitches again", {"name": "describe_symptoms"}),
    )
    run(store.save(tracker))
    assert rows(store, "carol") == len(tracker.events)


def test_purge_deletes_conversations_idle_for_longer_than_the_limit(store: ConversationStore) -> None:
    now = time.time()
    run(store.save(conversation("old", timestamp=now - 40 * 86_400)))
    run(store.save(conversation("recent", timestamp=now - 2 * 86_400)))
    # A conversation that began long ago but is still going is kept.
    ongoing = conversation("ongoing", timestamp=now - 90 * 86_400)
    ongoing.update(UserUttered("still twitching", {"name": "inform"}, timestamp=now - 60))
    run(store.save(ongoing))

    conversations, events = store.purge(30, now=now)

    assert conversations == 1 and events == 3
    assert rows(store, "old") == 0 and rows(store, "recent") == 3 and rows(store, "ongoing") == 4
    with pytest.raises(ValueError):
        store.purge(0)


def test_purge_command_uses_tracker_db_url(tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                                           capsys: pytest.CaptureFixture[str]) -> None:
    database = tmp_path / "conversations.db"
    store = ConversationStore(domain=DOMAIN, host=f"sqlite:///{database}")
    run(store.save(conversation("old", timestamp=time.time() - 31 * 86_400)))
    run(store.save(conversation("new")))
    monkeypatch.setenv("TRACKER_DB_URL", f"sqlite:///{database}")

    assert persistence.main(["purge", "--older-than-days", "30"]) == 0

    assert "Deleted 1 conversation(s)" in capsys.readouterr().out
    senders = {row[0] for row in sqlite3.connect(database).execute("select sender_id from events")}
    assert senders == {"new"}
    monkeypatch.delenv("TRACKER_DB_URL")
    assert persistence.main(["purge", "--older-than-days", "30"]) == 2


def _break(store: ConversationStore) -> None:
    """The database disappears under the store (a write goes to a missing table)."""
    with store.engine.begin() as connection:
        connection.execute(sa.text("DROP TABLE events"))


def test_failures_are_reported_to_the_turn_without_the_message_text(store: ConversationStore) -> None:
    run(store.save(conversation("dave")))
    _break(store)
    turn = TurnRecord()
    reset = CURRENT_TURN.set(turn)
    try:
        with pytest.raises(ConversationStoreUnavailable) as raised:
            run(store.save(conversation("erin")))
        with pytest.raises(ConversationStoreUnavailable):
            run(store.retrieve("dave"))
    finally:
        CURRENT_TURN.reset(reset)
    assert len(turn.errors) == 2 and "OperationalError" in turn.errors[0]
    # The driver's message quotes the SQL parameters: the person's words.
    assert PRIVATE_WORDS not in str(raised.value) and all(PRIVATE_WORDS not in error for error in turn.errors)


def test_failures_outside_a_turn_still_raise(store: ConversationStore) -> None:
    _break(store)
    with pytest.raises(ConversationStoreUnavailable):
        run(store.keys())
