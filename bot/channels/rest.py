"""The REST channel (website widget, curl, tests), hardened.

Same address and same JSON as Rasa's own ``rest`` channel
(``POST /webhooks/rest/webhook`` with ``{"sender": ..., "message": ...}``,
answer: a list of bot messages), with two differences:

- The request is checked before Rasa sees it.  Malformed JSON, a body that is
  not an object, a missing or odd sender id and a message that is not text get
  a 400 with a plain explanation, never a 5xx.  Without this, Rasa answers a
  list body with a 500 and files every message without a sender under one
  shared conversation called "default".
- Every message goes through ``bot.channels.guard.handle_safely``: over-long
  messages get a clear reply, failures behind the channel get a safe one.
  After "delete my data", the answer also carries
  ``{"custom": {"conversation_erased": true}}`` so the widget forgets its copy.
"""

from __future__ import annotations

import json
import logging
from typing import Any, Awaitable, Callable, Dict, Optional, Text, Tuple

from rasa.core.channels.channel import CollectingOutputChannel, UserMessage
from rasa.core.channels.rest import RestInput
from sanic import Blueprint, response
from sanic.request import Request
from sanic.response import HTTPResponse

from bot import locking, speedups
from bot.channels.guard import clean_text, handle_safely, parser_of

logger = logging.getLogger(__name__)

# This channel is always loaded by the Rasa server (credentials.yml), which
# makes it the place to switch on the faster action-reply check and the lock
# store that stays safe across replicas.
speedups.install()
locking.install()

MAX_SENDER_CHARS = 128  # Rasa's SQL tracker store keeps sender ids in 255 bytes.


def read_request(body: bytes) -> Tuple[Optional[Dict[Text, Any]], Optional[Text]]:
    """The request's sender, message and metadata, or why it cannot be taken."""
    try:
        payload = json.loads(body.decode("utf-8"))
    except (UnicodeDecodeError, ValueError, RecursionError):  # RecursionError: deeply nested JSON
        return None, "The body must be JSON, like {\"sender\": \"someone\", \"message\": \"hello\"}."
    if not isinstance(payload, dict):
        return None, "The body must be a JSON object with \"sender\" and \"message\"."
    sender = payload.get("sender")
    if not isinstance(sender, str) or not sender.strip():
        return None, "\"sender\" is required: a non-empty string that identifies the conversation."
    if len(sender) > MAX_SENDER_CHARS or clean_text(sender) != sender:
        return None, f"\"sender\" must be at most {MAX_SENDER_CHARS} characters, without control characters."
    message = payload.get("message", "")
    if message is None:
        message = ""
    if not isinstance(message, str):
        return None, "\"message\" must be a string."
    metadata = payload.get("metadata")
    if metadata is not None and not isinstance(metadata, dict):
        return None, "\"metadata\" must be a JSON object when given."
    return {"sender": sender, "message": message, "metadata": metadata}, None


class GuardedRestInput(RestInput):
    """Rasa's REST channel with request checks and a safe answer to every message."""

    @classmethod
    def name(cls) -> Text:
        return "rest"

    def blueprint(self, on_new_message: Callable[[UserMessage], Awaitable[Any]]) -> Blueprint:
        webhook = Blueprint("guarded_rest_webhook", __name__)

        @webhook.route("/", methods=["GET"])
        async def health(_: Request) -> HTTPResponse:
            return response.json({"status": "ok"})

        @webhook.route("/webhook", methods=["POST"])
        async def receive(request: Request) -> HTTPResponse:
            fields, problem = read_request(request.body or b"")
            if fields is None:
                return response.json({"error": problem}, status=400)
            collector = CollectingOutputChannel()
            turn = await handle_safely(
                on_new_message,
                UserMessage(fields["message"], collector, fields["sender"],
                            input_channel=self.name(), metadata=fields["metadata"]),
                parse=parser_of(request),
            )
            if turn.erased:
                # Tells the web widget to forget its own copy of the conversation too.
                await collector.send_custom_json(fields["sender"], {"conversation_erased": True})
            return response.json(collector.messages)

        return webhook
