"""Telegram connector that checks every webhook call against a secret token.

Rasa's own connector trusts any POST to its webhook (it only asks Telegram for
the bot's name, on every message) and sets the webhook with a blocking call at
start-up, which crashes the server when Telegram is unreachable.  This one:

* rejects webhook calls without Telegram's ``X-Telegram-Bot-Api-Secret-Token``
  header set to our secret (403, nothing processed);
* registers that secret with ``setWebhook`` in the background after start-up,
  or on demand at ``/webhooks/telegram/set_webhook``; failures are logged;
* reads the Bot API base URL from the credentials or ``TELEGRAM_API_URL``, so
  tests and self-hosted Bot API servers work;
* sends buttons as an inline keyboard, maps payloads longer than Telegram's
  64-byte ``callback_data`` limit to short keys, answers button presses with
  ``answerCallbackQuery`` and handles each update only once.

Register it in a credentials file as ``bot.channels.telegram.SecureTelegramInput``.
"""

from __future__ import annotations

import asyncio
import base64
import hashlib
import json
import logging
import os
import re
from collections import OrderedDict
from http import HTTPStatus
from typing import Any, Awaitable, Callable, Dict, List, Optional, Set

from aiogram import Bot
from aiogram.bot.api import TelegramAPIServer
from aiogram.types import InlineKeyboardButton, InlineKeyboardMarkup, Update
from aiogram.utils.exceptions import TelegramAPIError
from rasa.core.channels.channel import InputChannel, UserMessage
from rasa.core.channels.telegram import TelegramInput, TelegramOutput
from rasa.shared.exceptions import InvalidConfigException
from sanic import Blueprint, Sanic, response
from sanic.request import Request
from sanic.response import HTTPResponse

from bot.channels.common import RecentKeys, as_bool, same_secret, split_text
from bot.channels.guard import handle_safely, parser_of

logger = logging.getLogger(__name__)

DEFAULT_API_URL = "https://api.telegram.org"
SECRET_HEADER = "X-Telegram-Bot-Api-Secret-Token"
# Telegram's own limits (https://core.telegram.org/bots/api).
MAX_CALLBACK_DATA_BYTES = 64
MAX_MESSAGE_CHARS = 4096
SECRET_TOKEN_PATTERN = re.compile(r"^[A-Za-z0-9_-]{1,256}$")
# Only these update types carry something for the bot; asking Telegram for
# nothing else saves traffic.
ALLOWED_UPDATES = ["message", "callback_query"]
API_TIMEOUT_SECONDS = 15.0
# Inline keyboards share a row's width equally; more characters than this in
# one row truncate the titles on a phone.
ROW_CHARS = 30
EXPIRED_BUTTON_TEXT = "This button has expired. Please type your answer instead."


class CallbackKeys:
    """Maps button payloads to ``callback_data`` of at most 64 bytes.

    Short payloads are sent as they are, so a button press works even after a
    restart.  Longer ones (e.g. ``/inform`` with several entities) are replaced
    by a key derived from the payload and kept in bounded memory; a press on a
    key we no longer know is answered with a hint to type instead.
    """

    PREFIX = "~k:"

    def __init__(self, max_keys: int = 10000) -> None:
        self._payloads: "OrderedDict[str, str]" = OrderedDict()
        self._max_keys = max_keys

    def encode(self, payload: str) -> str:
        # A short payload that happens to start with the prefix is mapped too,
        # so decoding is never ambiguous.
        if len(payload.encode("utf-8")) <= MAX_CALLBACK_DATA_BYTES and not payload.startswith(self.PREFIX):
            return payload
        digest = hashlib.sha256(payload.encode("utf-8")).digest()
        key = self.PREFIX + base64.urlsafe_b64encode(digest).decode("ascii")[:22]
        self._payloads[key] = payload
        self._payloads.move_to_end(key)
        while len(self._payloads) > self._max_keys:
            self._payloads.popitem(last=False)
        return key

    def decode(self, data: str) -> Optional[str]:
        if data.startswith(self.PREFIX):
            return self._payloads.get(data)
        return data


def keyboard_rows(buttons: List[Dict[str, Any]]) -> List[List[Dict[str, Any]]]:
    """Groups buttons into rows: short titles side by side, long ones alone."""
    rows: List[List[Dict[str, Any]]] = []
    for button in buttons:
        row = rows[-1] if rows else None
        if row is not None and len(row) < 3:
            widest = max(len(str(b.get("title", ""))) for b in [*row, button])
            if widest * (len(row) + 1) <= ROW_CHARS:
                row.append(button)
                continue
        rows.append([button])
    return rows


class SecureTelegramOutput(TelegramOutput):
    """Sends Rasa's replies through the Bot API at a configurable address."""

    @classmethod
    def name(cls) -> str:
        return "telegram"

    def __init__(self, access_token: str, api_url: str = DEFAULT_API_URL,
                 callback_keys: Optional[CallbackKeys] = None) -> None:
        # TelegramOutput.__init__ would always talk to api.telegram.org.
        Bot.__init__(self, access_token, server=TelegramAPIServer.from_base(api_url), timeout=API_TIMEOUT_SECONDS)
        self.callback_keys = callback_keys or CallbackKeys()

    async def send_text_message(self, recipient_id: str, text: str, **kwargs: Any) -> None:
        # One Telegram message per bot reply (Rasa's connector sends one per
        # paragraph), split only where Telegram's size limit forces it: fewer
        # calls keep well within Telegram's per-chat rate limit.
        for chunk in split_text(text, MAX_MESSAGE_CHARS):
            await self.send_message(recipient_id, chunk)

    async def send_text_with_buttons(self, recipient_id: str, text: str, buttons: List[Dict[str, Any]],
                                     **kwargs: Any) -> None:
        markup = InlineKeyboardMarkup()
        for row in keyboard_rows(buttons):
            markup.row(*[
                InlineKeyboardButton(str(button["title"]), callback_data=self.callback_keys.encode(button["payload"]))
                for button in row
            ])
        chunks = split_text(text, MAX_MESSAGE_CHARS) or [" "]
        for chunk in chunks[:-1]:
            await self.send_message(recipient_id, chunk)
        # The keyboard goes with the last part, next to the question it answers.
        await self.send_message(recipient_id, chunks[-1], reply_markup=markup)

    async def register_webhook(self, url: str, secret_token: str) -> bool:
        """Calls setWebhook with the secret token.

        aiogram 2.15's ``set_webhook`` predates the ``secret_token`` parameter,
        hence the direct API call.
        """
        payload = {"url": url, "secret_token": secret_token, "allowed_updates": json.dumps(ALLOWED_UPDATES)}
        return bool(await self.request("setWebhook", payload))


class SecureTelegramInput(TelegramInput):
    """Telegram webhook that only accepts calls carrying the secret token."""

    @classmethod
    def name(cls) -> str:
        return "telegram"

    @classmethod
    def from_credentials(cls, credentials: Optional[Dict[str, Any]]) -> InputChannel:
        if not credentials:
            cls.raise_missing_credentials_exception()
        return cls(
            access_token=credentials.get("access_token"),
            verify=credentials.get("verify"),
            webhook_url=credentials.get("webhook_url"),
            secret_token=credentials.get("secret_token"),
            api_url=credentials.get("api_url"),
            set_webhook_on_startup=as_bool(credentials.get("set_webhook_on_startup", True)),
        )

    def __init__(self, access_token: Optional[str], verify: Optional[str], webhook_url: Optional[str],
                 secret_token: Optional[str] = None, api_url: Optional[str] = None,
                 set_webhook_on_startup: bool = True) -> None:
        super().__init__(access_token, verify, webhook_url, debug_mode=False)
        self.secret_token = secret_token or ""
        self.api_url = (api_url or os.environ.get("TELEGRAM_API_URL") or DEFAULT_API_URL).rstrip("/")
        self.set_webhook_on_startup = set_webhook_on_startup
        self.callback_keys = CallbackKeys()
        self.seen_updates = RecentKeys()
        self._output: Optional[SecureTelegramOutput] = None
        self._background_tasks: Set[asyncio.Task] = set()
        self._validate()

    def _validate(self) -> None:
        if not self.access_token:
            raise InvalidConfigException("The Telegram channel needs `access_token` (from BotFather).")
        if not self.secret_token or not SECRET_TOKEN_PATTERN.match(self.secret_token):
            # Without a secret anyone who finds the webhook URL could talk as
            # any Telegram user; Telegram only accepts these characters.
            raise InvalidConfigException(
                "The Telegram channel needs `secret_token`: 1-256 characters from A-Z, a-z, 0-9, _ and -."
            )

    def get_output_channel(self) -> SecureTelegramOutput:
        # One client for the whole process, created without network calls:
        # Rasa's version calls setWebhook here, blocking start-up.
        if self._output is None:
            self._output = SecureTelegramOutput(self.access_token or "", self.api_url, self.callback_keys)
        return self._output

    async def set_webhook(self) -> bool:
        """Registers the webhook URL and secret with Telegram; logs rather than raises."""
        if not self.webhook_url:
            logger.warning("Telegram: no webhook_url configured, not calling setWebhook.")
            return False
        try:
            ok = await asyncio.wait_for(
                self.get_output_channel().register_webhook(self.webhook_url, self.secret_token),
                timeout=API_TIMEOUT_SECONDS,
            )
        except (TelegramAPIError, asyncio.TimeoutError, OSError) as error:
            logger.error(f"Telegram: setWebhook failed ({error!r}); retry at /webhooks/telegram/set_webhook.")
            return False
        if ok:
            logger.info("Telegram: webhook set.")
        else:
            logger.error("Telegram: setWebhook was refused.")
        return ok

    def _message_text(self, update: Update) -> Optional[str]:
        """The text of a message update, with bot commands made Rasa-friendly."""
        text = update.message.text if update.message else None
        if text is None:
            # Stickers, photos, locations... the assessment needs words.
            return None
        command, _, rest = text.partition(" ")
        if command.startswith("/") and self.verify and command.lower().endswith(f"@{self.verify.lower()}"):
            # In groups, commands are addressed as /start@OurBot.
            command = command[: -len(self.verify) - 1]
            text = f"{command} {rest}".strip()
        if command == "/start":
            # Telegram sends /start when someone opens the bot; the domain has
            # no "start" intent, greeting is what it means.
            return "/greet"
        return text

    async def _handle_callback(self, update: Update, out: SecureTelegramOutput) -> Optional[str]:
        """Answers a button press at once (the client shows a spinner until then)."""
        query = update.callback_query
        payload = self.callback_keys.decode(query.data or "")
        try:
            await out.answer_callback_query(query.id, text=None if payload else EXPIRED_BUTTON_TEXT)
        except (TelegramAPIError, OSError) as error:
            logger.warning(f"Telegram: answerCallbackQuery failed: {error!r}")
        if query.message is None:
            # Buttons of inline-mode messages have no chat to answer in.
            return None
        return payload

    def blueprint(self, on_new_message: Callable[[UserMessage], Awaitable[Any]]) -> Blueprint:
        telegram_webhook = Blueprint("secure_telegram_webhook", __name__)
        out = self.get_output_channel()

        @telegram_webhook.listener("after_server_start")
        async def set_webhook_in_background(app: Sanic, loop: asyncio.AbstractEventLoop) -> None:
            # Start-up must not wait for (or need) Telegram.
            if self.set_webhook_on_startup and self.webhook_url:
                task = loop.create_task(self.set_webhook())
                self._background_tasks.add(task)
                task.add_done_callback(self._background_tasks.discard)

        @telegram_webhook.listener("before_server_stop")
        async def close_session(app: Sanic, loop: asyncio.AbstractEventLoop) -> None:
            if out._session is not None and not out._session.closed:
                await out._session.close()

        @telegram_webhook.route("/", methods=["GET"])
        async def health(_: Request) -> HTTPResponse:
            return response.json({"status": "ok"})

        @telegram_webhook.route("/set_webhook", methods=["GET", "POST"])
        async def set_webhook(_: Request) -> HTTPResponse:
            # Safe to leave open: it can only (re)register the configured URL.
            if await self.set_webhook():
                return response.text("Webhook setup successful")
            return response.text("Webhook setup failed, see the server log", status=HTTPStatus.BAD_GATEWAY)

        @telegram_webhook.route("/webhook", methods=["POST"])
        async def message(request: Request) -> HTTPResponse:
            if not same_secret(request.headers.get(SECRET_HEADER), self.secret_token):
                logger.warning("Telegram: webhook call without the right secret token refused.")
                return response.text("forbidden", status=HTTPStatus.FORBIDDEN)
            try:
                body = json.loads(request.body or b"")
                update = Update(**body)
            except (ValueError, TypeError):
                return response.text("bad update", status=HTTPStatus.BAD_REQUEST)

            # Telegram re-sends an update until it gets a 2xx in time.
            if not self.seen_updates.first_time(f"update:{update.update_id}"):
                logger.info(f"Telegram: update {update.update_id} already handled, ignored.")
                return response.text("success")

            if update.callback_query is not None:
                text = await self._handle_callback(update, out)
                chat = update.callback_query.message.chat if update.callback_query.message else None
            elif update.message is not None:
                text = self._message_text(update)
                chat = update.message.chat
            else:
                # Edited messages would answer a question twice; other update
                # types are not subscribed to.
                return response.text("success")
            if not text or chat is None:
                return response.text("success")

            user_message = UserMessage(
                text, out, str(chat.id), input_channel=self.name(), metadata=self.get_metadata(request)
            )
            try:
                await handle_safely(on_new_message, user_message, parse=parser_of(request))
            except Exception:  # noqa: BLE001 - a 5xx makes Telegram re-send the update forever
                logger.exception("Telegram: failed to handle an update.")
            return response.text("success")

        return telegram_webhook
