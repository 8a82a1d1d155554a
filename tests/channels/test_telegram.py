"""The Telegram channel end to end: real-shaped updates in, Bot API calls out (to a fake)."""

from __future__ import annotations

import asyncio
import itertools
import time
import uuid
from typing import Any, Dict, List, Optional

import pytest
import requests

from bot.channels.telegram import (
    EXPIRED_BUTTON_TEXT,
    MAX_CALLBACK_DATA_BYTES,
    CallbackKeys,
    SecureTelegramInput,
    SecureTelegramOutput,
    keyboard_rows,
)
from tests.channels.conftest import (
    TELEGRAM_BOT_NAME,
    TELEGRAM_SECRET,
    TELEGRAM_TOKEN,
    TELEGRAM_WEBHOOK_URL,
    ChannelServers,
)
from tests.assistant import free_port

EMERGENCY_WORDS = "Call your local emergency number now"
UPDATE_IDS = itertools.count(int(time.time()) % 100000 * 1000)
CHAT_IDS = itertools.count(700000000 + int(time.time()) % 100000 * 100)
BUTTON_ANSWERS = {
    "twitch_location": '/inform{"twitch_location": "calf"}',
    "duration_days": '/inform{"duration_days": 3}',
    "neuro_symptoms": "/deny",
    "lifestyle_factors": '/inform{"lifestyle_factors": "caffeine"}',
}


class TelegramUser:
    """A person chatting with the bot in a private Telegram chat."""

    def __init__(self, servers: ChannelServers) -> None:
        self.servers = servers
        self.chat_id = next(CHAT_IDS)
        self.person = {"id": self.chat_id, "is_bot": False, "first_name": "Alex", "language_code": "en"}
        self.chat = {"id": self.chat_id, "first_name": "Alex", "type": "private"}

    def post(self, update: Dict[str, Any], secret: Optional[str] = TELEGRAM_SECRET) -> requests.Response:
        headers = {"X-Telegram-Bot-Api-Secret-Token": secret} if secret is not None else {}
        return self.servers.http.post(
            f"{self.servers.rasa_url}/webhooks/telegram/webhook", json=update, headers=headers, timeout=60
        )

    def message_update(self, text: str) -> Dict[str, Any]:
        message: Dict[str, Any] = {
            "message_id": next(UPDATE_IDS) % 100000, "from": self.person, "chat": self.chat,
            "date": int(time.time()), "text": text,
        }
        if text.startswith("/"):
            message["entities"] = [{"offset": 0, "length": len(text.split()[0]), "type": "bot_command"}]
        return {"update_id": next(UPDATE_IDS), "message": message}

    def say(self, text: str, secret: Optional[str] = TELEGRAM_SECRET) -> requests.Response:
        return self.post(self.message_update(text), secret)

    def press(self, data: str, question: Dict[str, Any]) -> str:
        """Presses an inline button under ``question`` (a recorded sendMessage); returns the query id."""
        query_id = uuid.uuid4().hex[:18]
        update = {
            "update_id": next(UPDATE_IDS),
            "callback_query": {
                "id": query_id, "from": self.person, "chat_instance": "-58321",
                "data": data,
                "message": {
                    "message_id": 42, "date": int(time.time()), "chat": self.chat, "text": question["text"],
                    "from": {"id": 123456789, "is_bot": True, "first_name": "Twitch", "username": TELEGRAM_BOT_NAME},
                    "reply_markup": question["reply_markup"],
                },
            },
        }
        response = self.post(update)
        assert response.status_code == 200, response.text
        return query_id

    def sent(self) -> List[Dict[str, Any]]:
        return [call["params"] for call in self.servers.telegram.calls("sendMessage", chat_id=self.chat_id)]


def callback_data(question: Dict[str, Any]) -> List[str]:
    return [button["callback_data"] for row in question["reply_markup"]["inline_keyboard"] for button in row]


def test_webhook_is_set_in_the_background_with_the_secret(channel_servers: ChannelServers) -> None:
    calls = channel_servers.telegram.wait_for(lambda: channel_servers.telegram.calls("setWebhook"), 30)
    params = calls[0]["params"]
    assert params["url"] == TELEGRAM_WEBHOOK_URL
    assert params["secret_token"] == TELEGRAM_SECRET
    assert params["allowed_updates"] == ["message", "callback_query"]


def test_the_set_webhook_route_sets_it_again(channel_servers: ChannelServers) -> None:
    before = len(channel_servers.telegram.calls("setWebhook"))
    response = channel_servers.http.get(f"{channel_servers.rasa_url}/webhooks/telegram/set_webhook", timeout=30)
    assert response.status_code == 200 and "successful" in response.text
    calls = channel_servers.telegram.calls("setWebhook")
    assert len(calls) == before + 1 and calls[-1]["params"]["secret_token"] == TELEGRAM_SECRET


@pytest.mark.parametrize("secret", [None, "", "wrong-secret", TELEGRAM_SECRET + "x", TELEGRAM_SECRET[:-1]])
def test_a_call_without_the_right_secret_is_refused_and_ignored(
    channel_servers: ChannelServers, secret: Optional[str]
) -> None:
    user = TelegramUser(channel_servers)
    response = user.say("I can't swallow and my legs are twitching", secret=secret)
    assert response.status_code == 403
    button = user.post({"update_id": next(UPDATE_IDS), "callback_query": {
        "id": "1", "from": user.person, "chat_instance": "1", "data": "/affirm",
        "message": {"message_id": 1, "date": int(time.time()), "chat": user.chat, "text": "?"}}}, secret=secret)
    assert button.status_code == 403
    time.sleep(0.5)
    assert user.sent() == []
    assert channel_servers.telegram.calls("answerCallbackQuery", callback_query_id="1") == []
    assert channel_servers.user_turns(str(user.chat_id)) == 0


def test_a_complete_assessment_with_inline_buttons(channel_servers: ChannelServers) -> None:
    user = TelegramUser(channel_servers)
    sender = str(user.chat_id)
    assert user.say("/start").status_code == 200
    greeting = user.sent()
    assert greeting and "leg twitching" in greeting[0]["text"]

    assert user.say("my leg keeps twitching").status_code == 200
    asked: List[str] = []
    for _ in range(16):
        slot = channel_servers.requested(sender)
        if slot is None:
            break
        asked.append(slot)
        question = user.sent()[-1]
        # The question comes last in its turn, with its answers as an inline keyboard.
        assert "reply_markup" in question, f"no keyboard under the question for {slot}: {question}"
        data = callback_data(question)
        assert all(len(item.encode("utf-8")) <= MAX_CALLBACK_DATA_BYTES for item in data)
        answer = BUTTON_ANSWERS.get(slot, "/deny")
        assert answer in data, f"{answer} not offered for {slot}: {data}"
        sent_before = len(user.sent())
        query_id = user.press(answer, question)
        assert channel_servers.telegram.calls("answerCallbackQuery", callback_query_id=query_id)
        assert len(user.sent()) > sent_before, f"no reply to the button for {slot}"
    assert channel_servers.requested(sender) is None, f"assessment did not finish; asked {asked}"

    slots = channel_servers.tracker(sender)["slots"]
    assert slots["triage_level"] == "self_care"
    assert slots["duration_days"] == 3 and slots["lifestyle_factors"] == ["caffeine"]
    assert {"duration_days", "weakness", "atrophy", "lifestyle_factors"} <= set(asked)
    transcript = "\n".join(message["text"] for message in user.sent())
    assert "harmless" in transcript and "Caffeine:" in transcript and "not a diagnosis" in transcript
    # Each bot reply is one Telegram message, lines kept together, within Telegram's size limit.
    assert all(0 < len(message["text"]) <= 4096 for message in user.sent())
    assert any(message["text"].startswith("What is probably adding to it:\n") for message in user.sent())


def test_an_emergency_is_answered_first(channel_servers: ChannelServers) -> None:
    user = TelegramUser(channel_servers)
    assert user.say("I can't swallow and my legs are twitching").status_code == 200
    sent = user.sent()
    assert sent and sent[0]["text"].startswith(EMERGENCY_WORDS)
    assert channel_servers.tracker(str(user.chat_id))["slots"]["triage_level"] == "emergency"


def test_an_update_sent_twice_is_handled_once(channel_servers: ChannelServers) -> None:
    user = TelegramUser(channel_servers)
    update = user.message_update("my calf has been twitching for 3 days")
    assert user.post(update).status_code == 200
    replies = len(user.sent())
    assert replies > 0
    assert user.post(update).status_code == 200  # Telegram's re-delivery
    assert len(user.sent()) == replies
    assert channel_servers.user_turns(str(user.chat_id)) == 1


def test_a_button_of_a_forgotten_long_payload_asks_to_type(channel_servers: ChannelServers) -> None:
    user = TelegramUser(channel_servers)
    question = {"text": "Old question", "reply_markup": {"inline_keyboard": [[{"text": "Yes", "callback_data": "x"}]]}}
    query_id = user.press(CallbackKeys.PREFIX + "unknownkey", question)
    answers = channel_servers.telegram.calls("answerCallbackQuery", callback_query_id=query_id)
    assert answers and answers[0]["params"]["text"] == EXPIRED_BUTTON_TEXT
    assert user.sent() == []


def test_long_payloads_get_short_callback_data(channel_servers: ChannelServers) -> None:
    keys = CallbackKeys()
    long_payload = '/inform{"lifestyle_factors": ["stress", "caffeine", "poor_sleep", "exercise", "alcohol"]}'
    output = SecureTelegramOutput(TELEGRAM_TOKEN, channel_servers.telegram_api_url, keys)
    chat_id = next(CHAT_IDS)

    async def send() -> None:
        try:
            await output.send_text_with_buttons(str(chat_id), "Pick one", [
                {"title": "All of them", "payload": long_payload},
                {"title": "No", "payload": "/deny"},
            ])
        finally:
            await output.session.close()

    asyncio.run(send())
    sent = channel_servers.telegram.calls("sendMessage", chat_id=chat_id)
    data = callback_data(sent[-1]["params"])
    assert data[1] == "/deny"
    assert len(data[0].encode("utf-8")) <= MAX_CALLBACK_DATA_BYTES and data[0] != long_payload
    assert keys.decode(data[0]) == long_payload and keys.decode("/deny") == "/deny"
    # A short payload that looks like a key is mapped too, so decoding stays unambiguous.
    assert keys.decode(keys.encode(CallbackKeys.PREFIX + "x")) == CallbackKeys.PREFIX + "x"


def test_keyboard_rows_keep_long_titles_alone() -> None:
    yes_no = [{"title": t, "payload": t} for t in ("Yes", "No", "Not sure")]
    assert [len(row) for row in keyboard_rows(yes_no)] == [3]
    long = [{"title": t, "payload": t} for t in ("Speech", "Coordination or balance", "Vision")]
    assert [len(row) for row in keyboard_rows(long)] == [1, 1, 1]


def test_start_up_needs_no_telegram() -> None:
    """Building the channel makes no call; a failing setWebhook is logged, not raised."""
    unreachable = f"http://127.0.0.1:{free_port()}"
    channel = SecureTelegramInput(TELEGRAM_TOKEN, TELEGRAM_BOT_NAME, TELEGRAM_WEBHOOK_URL, TELEGRAM_SECRET,
                                  api_url=unreachable)
    start = time.monotonic()

    async def on_new_message(_: Any) -> None:
        pass

    channel.blueprint(on_new_message)
    assert time.monotonic() - start < 1.0

    async def set_webhook() -> bool:
        try:
            return await channel.set_webhook()
        finally:
            await channel.get_output_channel().session.close()

    assert asyncio.run(set_webhook()) is False


def test_the_channel_refuses_to_run_without_a_secret() -> None:
    from rasa.shared.exceptions import InvalidConfigException

    for secret in (None, "", "has spaces", "x" * 257):
        with pytest.raises(InvalidConfigException):
            SecureTelegramInput(TELEGRAM_TOKEN, TELEGRAM_BOT_NAME, TELEGRAM_WEBHOOK_URL, secret)
