"""The Slack channel end to end: signed Events API and Interactivity requests in,
Web API calls out (to a fake).  Replies are asynchronous, so tests wait for
Rasa to finish each turn (bounded) before looking at what was posted."""

from __future__ import annotations

import itertools
import json
import time
import uuid
from typing import Any, Dict, List, Optional
from urllib.parse import urlencode

import pytest
import requests

from bot.channels.slack import slack_signature
from tests.channels.conftest import SLACK_BOT_USER, SLACK_SIGNING_SECRET, ChannelServers

EMERGENCY_WORDS = "Call your local emergency number now"
TEAM = "T0TEST001"
TIMESTAMPS = itertools.count(1)
BUTTON_ANSWERS = {
    "twitch_location": '/inform{"twitch_location": "thigh"}',
    "duration_days": '/inform{"duration_days": 10}',
    "neuro_symptoms": "/deny",
    "lifestyle_factors": '/inform{"lifestyle_factors": "stress"}',
}


def new_ts() -> str:
    """A Slack message timestamp: seconds, a dot and six digits, unique in the run."""
    return f"{int(time.time())}.{next(TIMESTAMPS):06d}"


def signed_headers(body: bytes, content_type: str, timestamp: Optional[int] = None,
                   secret: str = SLACK_SIGNING_SECRET) -> Dict[str, str]:
    """The headers Slack adds: a v0 HMAC-SHA256 of ``v0:{timestamp}:{body}``."""
    stamp = str(int(time.time()) if timestamp is None else timestamp)
    return {
        "Content-Type": content_type,
        "X-Slack-Request-Timestamp": stamp,
        "X-Slack-Signature": slack_signature(secret, stamp, body),
    }


class SlackUser:
    """A person writing to the bot in one Slack conversation (a DM or a channel thread)."""

    def __init__(self, servers: ChannelServers, channel_type: str = "im", thread_ts: Optional[str] = None) -> None:
        self.servers = servers
        self.user = f"U{uuid.uuid4().hex[:10].upper()}"
        self.channel = ("D" if channel_type == "im" else "C") + uuid.uuid4().hex[:10].upper()
        self.channel_type = channel_type
        self.thread_ts = thread_ts

    @property
    def url(self) -> str:
        return f"{self.servers.rasa_url}/webhooks/slack/webhook"

    def event_body(self, text: str, event_type: str = "message", ts: Optional[str] = None,
                   event_id: Optional[str] = None, **extra: Any) -> Dict[str, Any]:
        ts = ts or new_ts()
        event: Dict[str, Any] = {
            "type": event_type, "user": self.user, "text": text, "ts": ts, "event_ts": ts,
            "channel": self.channel, "team": TEAM,
            "blocks": [{"type": "rich_text", "block_id": "b1", "elements": []}],
            **extra,
        }
        if event_type == "message":
            event["channel_type"] = self.channel_type
        if self.thread_ts:
            event["thread_ts"] = self.thread_ts
        return {
            "token": "legacy-verification-token", "team_id": TEAM, "api_app_id": "A0TEST001",
            "event": event, "type": "event_callback", "event_id": event_id or f"Ev{uuid.uuid4().hex[:10].upper()}",
            "event_time": int(time.time()),
            "authorizations": [{"enterprise_id": None, "team_id": TEAM, "user_id": SLACK_BOT_USER,
                                "is_bot": True, "is_enterprise_install": False}],
            "is_ext_shared_channel": False, "event_context": "4-eyJldCI6Im1lc3NhZ2UifQ",
        }

    def post_json(self, body: Dict[str, Any], **header_overrides: Any) -> requests.Response:
        raw = json.dumps(body).encode("utf-8")
        headers = {**signed_headers(raw, "application/json"), **header_overrides}
        return self.servers.http.post(self.url, data=raw, headers=headers, timeout=30)

    def say(self, text: str) -> requests.Response:
        """Writes to the bot: a DM message, or a mention in the channel thread."""
        if self.channel_type == "im":
            return self.post_json(self.event_body(text))
        return self.post_json(self.event_body(f"<@{SLACK_BOT_USER}> {text}", event_type="app_mention"))

    def click(self, question: Dict[str, Any], value: str) -> requests.Response:
        """Clicks the button with ``value`` under ``question`` (a recorded chat.postMessage)."""
        params = question["params"]
        actions = [element for block in params["blocks"] if block["type"] == "actions"
                   for element in block["elements"]]
        button = next(element for element in actions if element["value"] == value)
        message = {"type": "message", "user": SLACK_BOT_USER, "bot_id": "B0001", "ts": question["ts"],
                   "text": params["text"], "blocks": params["blocks"], "team": TEAM}
        container = {"type": "message", "message_ts": question["ts"], "channel_id": self.channel,
                     "is_ephemeral": False}
        if params.get("thread_ts"):
            message["thread_ts"] = container["thread_ts"] = params["thread_ts"]
        payload = {
            "type": "block_actions",
            "user": {"id": self.user, "username": "alex", "name": "alex", "team_id": TEAM},
            "api_app_id": "A0TEST001", "token": "legacy-verification-token", "container": container,
            "trigger_id": f"{int(time.time())}.{uuid.uuid4().int % 10**12}.{uuid.uuid4().hex}",
            "team": {"id": TEAM, "domain": "example"}, "enterprise": None, "is_enterprise_install": False,
            "channel": {"id": self.channel, "name": "directmessage" if self.channel_type == "im" else "health"},
            "message": message, "state": {"values": {}},
            # Never called by the connector; points nowhere on purpose.
            "response_url": "http://127.0.0.1:9/actions/T0TEST001/1/abc",
            "actions": [{**button, "block_id": "blk", "action_ts": f"{time.time():.6f}"}],
        }
        raw = urlencode({"payload": json.dumps(payload)}).encode("utf-8")
        headers = signed_headers(raw, "application/x-www-form-urlencoded")
        return self.servers.http.post(self.url, data=raw, headers=headers, timeout=30)

    def posted(self) -> List[Dict[str, Any]]:
        return self.servers.slack.calls("chat.postMessage", channel=self.channel)


def test_url_verification_answers_the_challenge(channel_servers: ChannelServers) -> None:
    body = json.dumps({"token": "legacy", "challenge": "3eZbrw1aBm2rZgRNFdxV2595E9CY3gmdALWMmHkvFXO7tYXAYM8P",
                       "type": "url_verification"}).encode("utf-8")
    url = f"{channel_servers.rasa_url}/webhooks/slack/webhook"
    response = channel_servers.http.post(url, data=body, headers=signed_headers(body, "application/json"), timeout=30)
    assert response.status_code == 200
    assert response.json() == {"challenge": "3eZbrw1aBm2rZgRNFdxV2595E9CY3gmdALWMmHkvFXO7tYXAYM8P"}
    unsigned = channel_servers.http.post(url, data=body, headers={"Content-Type": "application/json"}, timeout=30)
    assert unsigned.status_code == 401 and "3eZbrw" not in unsigned.text


def _tamper(case: str, body: bytes) -> Dict[str, Any]:
    now = int(time.time())
    headers = signed_headers(body, "application/json")
    if case == "missing":
        return {"Content-Type": "application/json"}
    if case == "no timestamp":
        headers.pop("X-Slack-Request-Timestamp")
    elif case == "wrong secret":
        headers = signed_headers(body, "application/json", secret="not-the-signing-secret")
    elif case == "garbled":
        headers["X-Slack-Signature"] = headers["X-Slack-Signature"][:-4] + "0000"
    elif case == "stale":
        headers = signed_headers(body, "application/json", timestamp=now - 5 * 60 - 30)
    elif case == "future":
        headers = signed_headers(body, "application/json", timestamp=now + 5 * 60 + 30)
    elif case == "other body":
        headers = signed_headers(body + b" ", "application/json")
    elif case == "timestamp changed":
        headers["X-Slack-Request-Timestamp"] = str(now - 1)
    return headers


@pytest.mark.parametrize("case", ["missing", "no timestamp", "wrong secret", "garbled", "stale", "future",
                                  "other body", "timestamp changed"])
def test_unsigned_or_stale_requests_are_refused_and_ignored(channel_servers: ChannelServers, case: str) -> None:
    user = SlackUser(channel_servers)
    body = json.dumps(user.event_body("I can't swallow and my legs are twitching")).encode("utf-8")
    response = channel_servers.http.post(user.url, data=body, headers=_tamper(case, body), timeout=30)
    assert response.status_code == 401
    time.sleep(0.5)
    assert user.posted() == []
    assert channel_servers.user_turns(user.user) == 0


def test_an_unsigned_button_click_is_refused(channel_servers: ChannelServers) -> None:
    user = SlackUser(channel_servers)
    raw = urlencode({"payload": json.dumps({"type": "block_actions", "user": {"id": user.user},
                                            "channel": {"id": user.channel}, "trigger_id": "1",
                                            "actions": [{"type": "button", "value": "/affirm"}]})}).encode()
    response = channel_servers.http.post(
        user.url, data=raw, headers={"Content-Type": "application/x-www-form-urlencoded"}, timeout=30
    )
    assert response.status_code == 401
    time.sleep(0.5)
    assert channel_servers.user_turns(user.user) == 0


def test_a_complete_assessment_in_a_thread_with_block_kit_buttons(channel_servers: ChannelServers) -> None:
    root = new_ts()
    user = SlackUser(channel_servers, channel_type="channel", thread_ts=root)
    start = time.monotonic()
    response = user.say("my leg keeps twitching")
    assert response.status_code == 200
    assert time.monotonic() - start < 3, "Slack needs the answer within 3 s"
    turns = 1
    channel_servers.wait_turn_done(user.user, turns)
    asked: List[str] = []
    for _ in range(16):
        slot = channel_servers.requested(user.user)
        if slot is None:
            break
        asked.append(slot)
        question = user.posted()[-1]
        blocks = question["params"]["blocks"]
        assert [block["type"] for block in blocks] == ["section", "actions"], blocks
        buttons = blocks[1]["elements"]
        assert all(button["type"] == "button" for button in buttons)
        assert len({button["action_id"] for button in buttons}) == len(buttons)
        if slot == "neuro_symptoms":
            assert len(buttons) == 6, "all six answers are offered (Rasa's connector drops them above 5)"
        answer = BUTTON_ANSWERS.get(slot, "/deny")
        assert user.click(question, answer).status_code == 200
        turns += 1
        channel_servers.wait_turn_done(user.user, turns)
        # The answered question loses its buttons and shows the answer instead.
        updates = channel_servers.slack.calls("chat.update", channel=user.channel, ts=question["ts"])
        assert updates and updates[0]["params"]["blocks"][-1]["type"] == "context"
    assert channel_servers.requested(user.user) is None, f"assessment did not finish; asked {asked}"

    slots = channel_servers.tracker(user.user)["slots"]
    assert slots["duration_days"] == 10 and slots["lifestyle_factors"] == ["stress"]
    assert slots["triage_level"] == "self_care"
    # The explanation's messages may still be on their way to Slack when the tracker
    # already holds the result: wait for the last of them before reading the thread.
    channel_servers.slack.wait_for(lambda: any("not a diagnosis" in call["params"]["text"] for call in user.posted()))
    posted = user.posted()
    assert all(call["params"].get("thread_ts") == root for call in posted), "every reply stays in the thread"
    transcript = "\n".join(call["params"]["text"] for call in posted)
    assert "harmless" in transcript and "Stress or anxiety:" in transcript and "not a diagnosis" in transcript
    assert all("as_user" not in call["params"] for call in posted)


def test_retries_and_double_deliveries_get_one_answer(channel_servers: ChannelServers) -> None:
    user = SlackUser(channel_servers)
    body = user.event_body("my calf has been twitching for 3 days")
    assert user.post_json(body).status_code == 200
    channel_servers.wait_turn_done(user.user, 1)
    replies = len(user.posted())
    assert replies > 0

    # Slack's retries carry the same event (id) with a fresh signature.
    for number, reason in ((1, "http_timeout"), (2, "http_error")):
        retry = user.post_json(body, **{"X-Slack-Retry-Num": str(number), "X-Slack-Retry-Reason": reason})
        assert retry.status_code == 200
    # The same message delivered again as another event (e.g. message + app_mention).
    again = user.event_body(body["event"]["text"], event_type="app_mention", ts=body["event"]["ts"])
    assert user.post_json(again).status_code == 200
    time.sleep(2)
    assert len(user.posted()) == replies
    assert channel_servers.user_turns(user.user) == 1


def test_direct_messages_are_answered_outside_threads(channel_servers: ChannelServers) -> None:
    user = SlackUser(channel_servers)
    assert user.say("I can't swallow and my legs are twitching").status_code == 200
    channel_servers.wait_turn_done(user.user, 1)
    posted = user.posted()
    assert posted and posted[0]["params"]["text"].startswith(EMERGENCY_WORDS)
    assert all("thread_ts" not in call["params"] for call in posted)
    assert channel_servers.tracker(user.user)["slots"]["triage_level"] == "emergency"


def test_bot_messages_and_edits_are_not_answered(channel_servers: ChannelServers) -> None:
    user = SlackUser(channel_servers)
    assert user.post_json(user.event_body("my leg twitches", bot_id="B0001")).status_code == 200
    assert user.post_json(user.event_body("my leg twitches", subtype="message_changed")).status_code == 200
    time.sleep(1)
    assert user.posted() == []
    assert channel_servers.user_turns(user.user) == 0
