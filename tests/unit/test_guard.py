"""The channel guard and the REST request checks, without servers."""

from __future__ import annotations

import asyncio
import json
from typing import Any, Dict, List, Optional

import pytest
import redis
from rasa.core.channels.channel import CollectingOutputChannel, UserMessage
from rasa.core.lock_store import LockError

from bot.channels.guard import MAX_MESSAGE_CHARS, clean_text, handle_safely
from bot.channels.rest import MAX_SENDER_CHARS, read_request
from bot.knowledge import EMERGENCY_INSTRUCTION, EMERGENCY_SAFETY_NET, SERVICE_PROBLEM, STORE_PROBLEM
from bot.persistence import CURRENT_TURN


class FakeRasa:
    """Stands in for Agent.handle_message: replies, fails, or stays silent."""

    def __init__(self, replies: List[str], error: Optional[Exception] = None, store_error: bool = False) -> None:
        self.replies, self.error, self.store_error = replies, error, store_error
        self.received: List[UserMessage] = []

    async def __call__(self, message: UserMessage) -> None:
        self.received.append(message)
        for reply in self.replies:
            await message.output_channel.send_response(message.sender_id, {"text": reply})
        if self.store_error:
            turn = CURRENT_TURN.get()
            assert turn is not None, "the guard gives each turn a place to report storage failures"
            turn.errors.append("OperationalError: connection refused")
        if self.error is not None:
            raise self.error


def handle(rasa: FakeRasa, text: str, intent: str = "describe_symptoms") -> List[str]:
    collector = CollectingOutputChannel()

    async def parse(_: str) -> Dict[str, Any]:
        return {"intent": {"name": intent}}

    asyncio.run(handle_safely(rasa, UserMessage(text, collector, "someone", input_channel="rest"), parse))
    return [message["text"] for message in collector.messages]


def test_a_normal_turn_passes_its_replies_through_in_order() -> None:
    rasa = FakeRasa(["first", "second"])
    assert handle(rasa, "my calf twitches") == ["first", "second"]
    assert rasa.received[0].text == "my calf twitches" and rasa.received[0].sender_id == "someone"


def test_a_silent_turn_action_server_down_gets_the_safe_reply() -> None:
    assert handle(FakeRasa([]), "no weakness") == [SERVICE_PROBLEM, EMERGENCY_SAFETY_NET]


def test_an_emergency_while_actions_are_down_starts_with_the_instruction() -> None:
    reply = handle(FakeRasa([]), "I suddenly can't move my leg", intent="report_emergency")
    assert reply[0] == EMERGENCY_INSTRUCTION and reply[-1] == EMERGENCY_SAFETY_NET


@pytest.mark.parametrize("error", [redis.exceptions.ConnectionError("refused"), LockError("no Redis")])
def test_a_lock_store_failure_is_a_clear_error_not_a_crash(error: Exception) -> None:
    reply = handle(FakeRasa(["never sent"], error=error), "hello")
    assert reply == [STORE_PROBLEM, EMERGENCY_SAFETY_NET]


def test_a_database_failure_discards_replies_made_from_an_empty_conversation() -> None:
    # Rasa's fail-safe store answered as if the conversation were new.
    reply = handle(FakeRasa(["Hi! What's going on?"], store_error=True), "3 weeks")
    assert reply == [STORE_PROBLEM, EMERGENCY_SAFETY_NET]


def test_any_other_failure_gets_the_safe_reply() -> None:
    assert handle(FakeRasa([], error=RuntimeError("boom")), "hello") == [SERVICE_PROBLEM, EMERGENCY_SAFETY_NET]


def test_an_over_long_message_gets_a_clear_reply_and_is_not_processed() -> None:
    rasa = FakeRasa(["never sent"])
    reply = handle(rasa, "twitch " * 200_000)
    assert rasa.received == []
    assert "too long" in reply[0] and f"{MAX_MESSAGE_CHARS:,}" in reply[0] and reply[1] == EMERGENCY_SAFETY_NET
    assert handle(FakeRasa(["ok"]), "x" * MAX_MESSAGE_CHARS) == ["ok"]


def test_control_characters_and_lone_surrogates_are_removed_but_not_words_or_emoji() -> None:
    assert clean_text("calf\x00 twitch\x07ing\ud800 😀\nsince\tMonday") == "calf twitching 😀\nsince\tMonday"
    rasa = FakeRasa(["ok"])
    handle(rasa, "calf\x00")
    assert rasa.received[0].text == "calf"


@pytest.mark.parametrize(
    "body, problem",
    [
        (b"{not json", "must be JSON"),
        (b"\xff\xfe", "must be JSON"),
        (b"[1, 2]", "JSON object"),
        (b"[" * 100_000 + b"]" * 100_000, "must be JSON"),
        (b'"hello"', "JSON object"),
        (b'{"message": "hi"}', "\"sender\" is required"),
        (b'{"sender": "", "message": "hi"}', "\"sender\" is required"),
        (b'{"sender": 42, "message": "hi"}', "\"sender\" is required"),
        (b'{"sender": "a\\u0000b", "message": "hi"}', "control characters"),
        (json.dumps({"sender": "a" * (MAX_SENDER_CHARS + 1), "message": "hi"}).encode(), "at most"),
        (b'{"sender": "a", "message": 3}', "\"message\" must be a string"),
        (b'{"sender": "a", "message": ["hi"]}', "\"message\" must be a string"),
        (b'{"sender": "a", "message": "hi", "metadata": "x"}', "\"metadata\""),
    ],
)
def test_bad_requests_are_refused_with_a_reason(body: bytes, problem: str) -> None:
    fields, reason = read_request(body)
    assert fields is None and reason is not None and problem in reason


def test_a_good_request_is_read() -> None:
    fields, reason = read_request(b'{"sender": "s1", "message": null, "metadata": {"a": 1}}')
    assert reason is None and fields == {"sender": "s1", "message": "", "metadata": {"a": 1}}
