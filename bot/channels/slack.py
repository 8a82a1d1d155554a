"""Slack connector: signed requests only, no duplicate replies, answers in thread.

What it changes compared with Rasa's connector:

* every request must carry a valid Slack signature (v0 HMAC-SHA256 of
  ``v0:{timestamp}:{body}`` with the signing secret) no older than five
  minutes; anything else gets 401 and is not processed (Rasa answers 400 and
  checks the URL verification challenge only after reading the body);
* each event is handled once: Slack retries (``X-Slack-Retry-Num``) and the
  same message delivered twice (``message`` and ``app_mention`` events) are
  recognised by event id and by channel + timestamp;
* a message written in a thread is answered in that thread;
* buttons are sent as Block Kit (up to 25; Rasa drops them all above 5, and
  the symptom question has 6); once one is clicked, the question is updated to
  show the answer and its buttons go, so an old question cannot be answered twice;
* the Web API base URL comes from the credentials or ``SLACK_API_URL`` (tests);
* ``as_user`` is not sent: Slack only accepts it from classic apps.

Register it in a credentials file as ``bot.channels.slack.SecureSlackInput``.
"""

from __future__ import annotations

import asyncio
import hashlib
import hmac
import json
import logging
import os
import time
from http import HTTPStatus
from typing import Any, Awaitable, Callable, Dict, List, Optional, Set

from rasa.core.channels.channel import InputChannel, UserMessage
from rasa.core.channels.slack import SlackBot, SlackInput
from rasa.shared.exceptions import InvalidConfigException
from sanic import Blueprint, response
from sanic.request import Request
from sanic.response import HTTPResponse
from slack_sdk.errors import SlackApiError
from slack_sdk.web.async_client import AsyncWebClient

from bot.channels.common import RecentKeys, as_bool, same_secret, split_text
from bot.channels.guard import Parser, handle_safely, parser_of

logger = logging.getLogger(__name__)

DEFAULT_API_URL = "https://slack.com/api/"
MAX_REQUEST_AGE_SECONDS = 5 * 60
# Block Kit limits (https://api.slack.com/reference/block-kit).
MAX_SECTION_CHARS = 3000
MAX_BUTTONS_PER_ACTIONS_BLOCK = 25
MAX_BUTTON_TITLE_CHARS = 75
MAX_BUTTON_VALUE_CHARS = 2000
# Events with these subtypes are still something a person wrote.
USER_SUBTYPES = {None, "thread_broadcast", "file_share"}


def slack_escape(text: str) -> str:
    """Escapes the three characters Slack reserves for its markup in ``text``."""
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def slack_signature(signing_secret: str, timestamp: str, body: bytes) -> str:
    """The ``X-Slack-Signature`` Slack sends for this body and timestamp."""
    base = b"v0:" + timestamp.encode("utf-8") + b":" + body
    return "v0=" + hmac.new(signing_secret.encode("utf-8"), base, hashlib.sha256).hexdigest()


class SecureSlackBot(SlackBot):
    """Posts replies through a Web API client at a configurable address."""

    @classmethod
    def name(cls) -> str:
        return "slack"

    def __init__(self, token: str, slack_channel: Optional[str] = None, thread_id: Optional[str] = None,
                 proxy: Optional[str] = None, api_url: str = DEFAULT_API_URL) -> None:
        super().__init__(token, slack_channel, thread_id, proxy)
        self.client = AsyncWebClient(token, base_url=api_url, proxy=proxy)

    async def send_text_message(self, recipient_id: str, text: str, **kwargs: Any) -> None:
        # One Slack message per bot reply (Rasa posts one per paragraph),
        # which keeps well within chat.postMessage's rate limit.
        for chunk in split_text(text, MAX_SECTION_CHARS):
            await self._post_message(channel=self.slack_channel or recipient_id, text=slack_escape(chunk),
                                     mrkdwn=False)

    async def send_image_url(self, recipient_id: str, image: str, **kwargs: Any) -> None:
        block = {"type": "image", "image_url": image, "alt_text": image}
        await self._post_message(channel=self.slack_channel or recipient_id, text=image, blocks=[block])

    async def send_attachment(self, recipient_id: str, attachment: Any, **kwargs: Any) -> None:  # type: ignore[override]
        await self._post_message(channel=self.slack_channel or recipient_id, attachments=[attachment])

    async def send_custom_json(self, recipient_id: str, json_message: Dict[str, Any], **kwargs: Any) -> None:
        message = dict(json_message)
        channel = message.pop("channel", self.slack_channel or recipient_id)
        await self._post_message(channel=channel, **message)

    async def send_text_with_buttons(self, recipient_id: str, text: str, buttons: List[Dict[str, Any]],
                                     **kwargs: Any) -> None:
        channel = self.slack_channel or recipient_id
        chunks = split_text(text, MAX_SECTION_CHARS) or [" "]
        for chunk in chunks[:-1]:
            await self._post_message(channel=channel, text=slack_escape(chunk), mrkdwn=False)
        await self._post_message(
            channel=channel, text=slack_escape(chunks[-1]), blocks=question_blocks(chunks[-1], buttons)
        )


def question_blocks(text: str, buttons: List[Dict[str, Any]]) -> List[Dict[str, Any]]:
    """A section with the question and actions blocks with one button per answer."""
    blocks: List[Dict[str, Any]] = [{"type": "section", "text": {"type": "plain_text", "text": text}}]
    usable = [b for b in buttons if len(str(b.get("payload", ""))) <= MAX_BUTTON_VALUE_CHARS]
    if len(usable) < len(buttons):
        logger.warning("Slack: a button payload is over 2000 characters; that button was left out.")
    for start in range(0, len(usable), MAX_BUTTONS_PER_ACTIONS_BLOCK):
        blocks.append({
            "type": "actions",
            "elements": [
                {
                    "type": "button",
                    # Unique per message, as Slack requires.
                    "action_id": f"answer_{index}",
                    "text": {"type": "plain_text", "text": str(button["title"])[:MAX_BUTTON_TITLE_CHARS]},
                    "value": str(button["payload"]),
                }
                for index, button in enumerate(usable[start:start + MAX_BUTTONS_PER_ACTIONS_BLOCK], start)
            ],
        })
    return blocks


class SecureSlackInput(SlackInput):
    """Slack Events API and Interactivity endpoint at /webhooks/slack/webhook."""

    @classmethod
    def name(cls) -> str:
        return "slack"

    @classmethod
    def from_credentials(cls, credentials: Optional[Dict[str, Any]]) -> InputChannel:
        if not credentials:
            cls.raise_missing_credentials_exception()
        return cls(
            credentials.get("slack_token"),
            slack_channel=credentials.get("slack_channel"),
            proxy=credentials.get("proxy"),
            use_threads=as_bool(credentials.get("use_threads", False)),
            slack_signing_secret=credentials.get("slack_signing_secret", ""),
            conversation_granularity=credentials.get("conversation_granularity", "sender"),
            api_url=credentials.get("api_url"),
        )

    def __init__(self, slack_token: str, slack_channel: Optional[str] = None, proxy: Optional[str] = None,
                 use_threads: bool = False, slack_signing_secret: str = "",
                 conversation_granularity: str = "sender", api_url: Optional[str] = None) -> None:
        super().__init__(
            slack_token, slack_channel, proxy, use_threads=use_threads,
            slack_signing_secret=slack_signing_secret, conversation_granularity=conversation_granularity,
        )
        if not slack_token:
            raise InvalidConfigException("The Slack channel needs `slack_token` (the bot's xoxb- token).")
        url = api_url or os.environ.get("SLACK_API_URL") or DEFAULT_API_URL
        # slack_sdk joins method names onto the base URL, which needs the slash.
        self.api_url = url if url.endswith("/") else url + "/"
        self.seen = RecentKeys()
        self._tasks: Set[asyncio.Task] = set()

    def get_output_channel(self, channel: Optional[str] = None, thread_id: Optional[str] = None) -> SecureSlackBot:
        return SecureSlackBot(self.slack_token, channel or self.slack_channel, thread_id, self.proxy, self.api_url)

    def is_request_from_slack_authentic(self, request: Request) -> bool:
        """Checks the signature and that it is recent (so it cannot be replayed)."""
        timestamp = request.headers.get("X-Slack-Request-Timestamp", "")
        signature = request.headers.get("X-Slack-Signature", "")
        if not timestamp.isdigit() or not signature:
            return False
        if abs(time.time() - int(timestamp)) > MAX_REQUEST_AGE_SECONDS:
            return False
        expected = slack_signature(self.slack_signing_secret, timestamp, request.body or b"")
        return same_secret(signature, expected)

    def _reply_thread(self, message: Dict[str, Any]) -> Optional[str]:
        """Where replies go: the message's own thread, else a new one if configured."""
        if message.get("thread_ts"):
            return message["thread_ts"]
        return message.get("ts") if self.use_threads else None

    def _start(self, on_new_message: Callable[[UserMessage], Awaitable[Any]], text: str, user: str,
               channel: Optional[str], thread_ts: Optional[str], users: List[str],
               before: Optional[Callable[[], Awaitable[None]]] = None,
               parse: Optional[Parser] = None) -> None:
        """Handles the message in the background: Slack wants an answer within 3 s."""
        metadata = {"out_channel": channel, "thread_id": thread_ts, "users": users}
        conversation_id = self._get_conversation_id(user, channel, thread_ts)
        output = self.get_output_channel(channel, thread_ts)

        async def handle() -> None:
            try:
                if before is not None:
                    await before()
                await handle_safely(
                    on_new_message,
                    UserMessage(text, output, conversation_id, input_channel=self.name(), metadata=metadata),
                    parse=parse,
                )
            except Exception:  # noqa: BLE001 - a background task has nobody else to report to
                logger.exception("Slack: failed to handle a message.")

        task = asyncio.get_running_loop().create_task(handle())
        self._tasks.add(task)
        task.add_done_callback(self._tasks.discard)

    def _on_event(self, body: Dict[str, Any], request: Request,
                  on_new_message: Callable[[UserMessage], Awaitable[Any]]) -> HTTPResponse:
        event = body.get("event") or {}
        # Bot posts (ours included), edits and deletions are not user input.
        if not self._is_user_message(body) or event.get("subtype") not in USER_SUBTYPES:
            return response.text("ignored")
        users = list(body.get("authed_users") or [])
        users += [a.get("user_id") for a in body.get("authorizations") or [] if a.get("user_id")]
        metadata = {"out_channel": event.get("channel"), "users": users}
        if not self._is_supported_channel(body, metadata):
            return response.text("channel not supported")
        # A retry repeats the event id; the same message can also arrive as
        # both `message` and `app_mention` with different ids but one ts.
        if not self.seen.first_time(body.get("event_id"), f"message:{event.get('channel')}:{event.get('ts')}"):
            logger.info(
                f"Slack: event {body.get('event_id')} already handled "
                f"(retry {request.headers.get('X-Slack-Retry-Num', '-')}), ignored."
            )
            return response.text("duplicate")
        self._start(
            on_new_message, self._sanitize_user_message(event.get("text", ""), users), event.get("user", ""),
            event.get("channel"), self._reply_thread(event), users,
            parse=parser_of(request),
        )
        return response.text("")

    def _on_interaction(self, payload: Dict[str, Any],
                        on_new_message: Callable[[UserMessage], Awaitable[Any]]) -> HTTPResponse:
        if payload.get("type") != "block_actions" or not self._is_interactive_message(payload):
            return response.text("ignored")
        action = payload["actions"][0]
        value = self._get_interactive_response(action)
        if value is None:
            # Link buttons carry no value; nothing to tell the bot.
            return response.text("")
        message = payload.get("message") or {}
        channel = (payload.get("channel") or {}).get("id")
        if not self.seen.first_time(f"action:{payload.get('trigger_id')}:{action.get('action_ts')}"):
            return response.text("duplicate")
        user = (payload.get("user") or {}).get("id", "")
        title = ((action.get("text") or {}).get("text")) or value

        async def show_answer() -> None:
            # Replaces the buttons with the chosen answer, so the question
            # cannot be answered twice and the thread reads like a dialogue.
            if not (channel and message.get("ts")):
                return
            question = next((b["text"]["text"] for b in message.get("blocks", [])
                             if b.get("type") == "section" and b.get("text")), message.get("text", ""))
            blocks = [
                {"type": "section", "text": {"type": "plain_text", "text": question or " "}},
                {"type": "context", "elements": [{"type": "plain_text", "text": f"Your answer: {title}"}]},
            ]
            try:
                client = AsyncWebClient(self.slack_token, base_url=self.api_url, proxy=self.proxy)
                await client.chat_update(channel=channel, ts=message["ts"], text=message.get("text", question),
                                         blocks=blocks)
            except (SlackApiError, OSError, asyncio.TimeoutError) as error:
                logger.warning(f"Slack: could not update the answered question: {error!r}")

        self._start(on_new_message, value, user, channel, message.get("thread_ts"), [user], before=show_answer)
        return response.text("")

    def blueprint(self, on_new_message: Callable[[UserMessage], Awaitable[Any]]) -> Blueprint:
        slack_webhook = Blueprint("secure_slack_webhook", __name__)

        @slack_webhook.route("/", methods=["GET"])
        async def health(_: Request) -> HTTPResponse:
            return response.json({"status": "ok"})

        @slack_webhook.route("/webhook", methods=["POST"])
        async def webhook(request: Request) -> HTTPResponse:
            # Checked before anything in the body is looked at, challenge included.
            if not self.is_request_from_slack_authentic(request):
                logger.warning("Slack: request with a missing, wrong or stale signature refused.")
                return response.text("invalid signature", status=HTTPStatus.UNAUTHORIZED)
            content_type = (request.headers.get("content-type") or "").split(";")[0].strip().lower()
            try:
                if content_type == "application/json":
                    body = json.loads(request.body)
                    if body.get("type") == "url_verification":
                        return response.json({"challenge": body.get("challenge", "")})
                    if body.get("type") != "event_callback":
                        return response.text("ignored")
                    return self._on_event(body, request, on_new_message)
                if content_type == "application/x-www-form-urlencoded":
                    payload = json.loads(request.form.get("payload") or "{}")
                    return self._on_interaction(payload, on_new_message)
            except (ValueError, TypeError, KeyError, AttributeError):
                return response.text("malformed request", status=HTTPStatus.BAD_REQUEST)
            return response.text("unsupported content type", status=HTTPStatus.BAD_REQUEST)

        return slack_webhook
