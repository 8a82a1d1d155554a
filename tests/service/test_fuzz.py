"""Fuzzing the REST webhook of the real Rasa server (hypothesis).

Whatever arrives, the answer is never a 5xx, the server stays up, and no
message ends up in another person's conversation.  Over-long messages get a
clear reply.  The number of inputs tried is printed at the end of the run.
"""

from __future__ import annotations

import json
import uuid
from collections import defaultdict
from typing import Any, DefaultDict, Dict, List

import requests
from hypothesis import HealthCheck, given, seed, settings
from hypothesis import strategies as st

from bot.channels.guard import MAX_MESSAGE_CHARS, clean_text
from tests.assistant import Assistant, Chat
from tests.service.conftest import FUZZ_INPUTS, TOKEN

RUN = uuid.uuid4().hex[:6]
SENDERS = [f"fuzz-{RUN}-{index}" for index in range(6)]
HEADERS = {"Content-Type": "application/json"}

# What each fuzzing sender really said, in order, when it was accepted.
ACCEPTED: DefaultDict[str, List[str]] = defaultdict(list)

any_text = st.text(alphabet=st.characters(), max_size=400)  # every code point, controls and surrogates included
json_values = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats(allow_nan=False) | any_text,
    lambda children: st.lists(children, max_size=4) | st.dictionaries(any_text, children, max_size=4),
    max_leaves=12,
)


def post(assistant: Assistant, body: bytes) -> requests.Response:
    FUZZ_INPUTS.append(1)
    response = requests.post(f"{assistant.rasa_url}/webhooks/rest/webhook", data=body, headers=HEADERS, timeout=60)
    assert response.status_code < 500, (response.status_code, body[:300])
    return response


def check_reply(response: requests.Response) -> List[Dict[str, Any]]:
    if response.status_code == 400:
        assert isinstance(response.json().get("error"), str)
        return []
    assert response.status_code == 200
    reply = response.json()
    assert isinstance(reply, list) and reply, "every accepted message gets an answer"
    assert all(isinstance(item, dict) and isinstance(item.get("text", ""), str) for item in reply)
    return reply


FUZZ_SETTINGS = settings(max_examples=150, deadline=None, suppress_health_check=list(HealthCheck))


@seed(20261121)
@FUZZ_SETTINGS
@given(sender=st.sampled_from(SENDERS), message=any_text)
def test_random_unicode_messages(assistant: Assistant, sender: str, message: str) -> None:
    body = json.dumps({"sender": sender, "message": message}).encode()
    check_reply(post(assistant, body))
    ACCEPTED[sender].append(clean_text(message))  # what Rasa stores, before it strips spaces


@seed(20261122)
@FUZZ_SETTINGS
@given(payload=json_values)
def test_random_json_documents(assistant: Assistant, payload: Any) -> None:
    check_reply(post(assistant, json.dumps(payload).encode()))


@seed(20261123)
@FUZZ_SETTINGS
@given(body=st.binary(max_size=300))
def test_random_bytes(assistant: Assistant, body: bytes) -> None:
    check_reply(post(assistant, body))


@seed(20261124)
@FUZZ_SETTINGS
@given(sender=any_text, message=json_values, metadata=json_values)
def test_wrong_types_and_odd_senders(assistant: Assistant, sender: str, message: Any, metadata: Any) -> None:
    body = json.dumps({"sender": f"fuzz-odd-{RUN}-{sender}", "message": message, "metadata": metadata})
    check_reply(post(assistant, body.encode()))


def test_hand_picked_bad_requests(assistant: Assistant) -> None:
    bad = [
        b"", b"{", b"null", b"[]", b"{}", b'{"message": "no sender"}', b'{"sender": null, "message": "x"}',
        b'{"sender": "s", "message": {"text": "nested"}}', b"[" * 100_000 + b"]" * 100_000,
        json.dumps({"sender": "s\x00", "message": "x"}).encode(),
        json.dumps({"sender": "x" * 10_000, "message": "x"}).encode(),
    ]
    for body in bad:
        assert post(assistant, body).status_code == 400


def test_a_one_megabyte_message_gets_a_clear_reply(assistant: Assistant) -> None:
    chat = Chat(assistant.rasa_url, TOKEN)
    body = json.dumps({"sender": chat.sender, "message": "my calf twitches " * 62_500}).encode()
    assert len(body) > 1_000_000
    reply = check_reply(post(assistant, body))
    assert "too long" in reply[0]["text"] and f"{MAX_MESSAGE_CHARS:,}" in reply[0]["text"]
    # The conversation goes on normally afterwards.
    chat.say("my calf has been twitching")
    assert chat.requested() == "duration_days"


def test_control_characters_and_markup_get_ordinary_answers(assistant: Assistant) -> None:
    for message in ("\x00\x01\x02", "my calf\x00 twitches\x1b[31m", "<script>alert(1)</script>", "\u202e\ufeff",
                    "🦵🦵🦵 twitch", "\n\n\n", " " * 4000):
        check_reply(post(assistant, json.dumps({"sender": f"fuzz-{RUN}-controls", "message": message}).encode()))


def test_no_conversation_got_mixed_with_another(assistant: Assistant) -> None:
    """Runs after the fuzzing above (file order): each sender's tracker holds its own words only."""
    assert ACCEPTED, "the unicode fuzzing ran first"
    for sender, said in ACCEPTED.items():
        chat = Chat(assistant.rasa_url, TOKEN, sender=sender)
        stored = [event.get("text") or "" for event in chat.tracker_events() if event["event"] == "user"]
        expected = [text.strip() for text in said if len(text) <= MAX_MESSAGE_CHARS]
        assert stored == expected, sender
