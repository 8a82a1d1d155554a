"""Health data: no message text in the logs, erasure on request, purging of old conversations."""

from __future__ import annotations

import os
import sqlite3
import subprocess
import sys
from pathlib import Path
from typing import List

from tests.assistant import CALM_ANSWERS, ROOT, Assistant, Chat, text_of
from tests.service.conftest import TOKEN


def _database(assistant: Assistant) -> Path:
    return Path(assistant.env["TRACKER_DB_URL"].removeprefix("sqlite:///"))


def _stored_texts(assistant: Assistant, sender: str) -> List[str]:
    with sqlite3.connect(_database(assistant)) as connection:
        return [row[0] for row in connection.execute("select data from events where sender_id = ?", (sender,))]


def _user_texts(chat: Chat) -> List[str]:
    events = chat.tracker_events()
    return [event.get("text") or "" for event in events if event["event"] == "user"]


def test_logs_at_info_do_not_contain_what_people_wrote(assistant: Assistant) -> None:
    private = {
        "opening": "my left calf twitches since the quokka festival",
        "duration_days": "about 9 days since the zanzibar trip",
        "lifestyle_factors": "too much coffee after my marimba exams",
    }
    chat = Chat(assistant.rasa_url, TOKEN)
    chat.run_assessment(private["opening"], {**CALM_ANSWERS, **{k: v for k, v in private.items() if k != "opening"}})
    chat.say("I can't breathe, tarantula")  # an emergency path too
    logs = (assistant.rasa_log.read_text(errors="replace")
            + (assistant.rasa_log.parent / "actions.log").read_text(errors="replace"))
    assert "INFO" in logs, "the servers log at INFO"
    for word in ("quokka", "zanzibar", "marimba", "tarantula"):
        assert word not in logs
    # The words are stored (that is the point of the store), just not logged.
    assert any("quokka" in row for row in _stored_texts(assistant, chat.sender))


def test_delete_my_data_erases_the_conversation_and_says_so(assistant: Assistant) -> None:
    chat = Chat(assistant.rasa_url, TOKEN)
    chat.say("my right thigh twitches since the platypus race")
    chat.say("about 2 weeks")
    assert chat.slots()["duration_days"] == 14

    answer = chat.say("please delete my data")

    assert "deleted this conversation" in text_of(answer)
    assert {"conversation_erased": True} in [message.get("custom") for message in answer], "the widget is told"
    assert not any("platypus" in row for row in _stored_texts(assistant, chat.sender))
    assert not any("platypus" in text for text in _user_texts(chat))
    # Talking again starts afresh: nothing of the old answers is known.
    chat.say("hello")
    assert chat.slots()["duration_days"] is None and chat.slots()["twitch_location"] is None


def test_delete_my_data_in_the_middle_of_a_question_stops_it(assistant: Assistant) -> None:
    chat = Chat(assistant.rasa_url, TOKEN)
    chat.say("my calf is twitching, started 3 days ago")
    assert chat.requested() is not None
    reply = text_of(chat.say("I want my data deleted"))
    assert "deleted this conversation" in reply and "?" not in reply
    assert not any("3 days ago" in row for row in _stored_texts(assistant, chat.sender))
    assert chat.requested() is None


def test_make_purge_deletes_conversations_older_than_the_limit(assistant: Assistant) -> None:
    old, recent = Chat(assistant.rasa_url, TOKEN), Chat(assistant.rasa_url, TOKEN)
    old.say("my calf twitched a lot in the spring")
    recent.say("my foot twitches since yesterday")
    with sqlite3.connect(_database(assistant)) as connection:
        connection.execute("update events set timestamp = timestamp - 40 * 86400 where sender_id = ?", (old.sender,))

    purge = subprocess.run(
        [sys.executable, "-m", "bot.persistence", "purge", "--older-than-days", "30"],
        cwd=ROOT, env={**os.environ, "TRACKER_DB_URL": assistant.env["TRACKER_DB_URL"], "PYTHONPATH": str(ROOT)},
        capture_output=True, text=True, timeout=120,
    )

    assert purge.returncode == 0, purge.stderr
    assert "Deleted 1 conversation(s)" in purge.stdout
    assert _stored_texts(assistant, old.sender) == []
    assert any("foot" in row for row in _stored_texts(assistant, recent.sender))
