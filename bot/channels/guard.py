"""Every message gets a safe answer, whatever fails behind the channel.

All channels (REST/widget, Telegram, Slack) hand messages to Rasa through
``handle_safely``.  It holds back the replies of a turn until the turn has
finished, and replaces them with a clear message that keeps the emergency
safety net when:

- Rasa raised (the Redis lock store is unreachable, for instance);
- the tracker database failed during the turn (``bot.persistence`` reports
  it; Rasa itself would silently start a new, empty conversation);
- the turn produced no reply at all, which is what Rasa does when the action
  server is down: it logs the failed action and carries on without it.

When the message itself reads as an emergency (Rasa's NLU still works with
the action server down), the reply starts with the emergency instruction.

Message text is never logged here: it is health data.
"""

from __future__ import annotations

import logging
import unicodedata
from typing import Any, Awaitable, Callable, Dict, List, Optional, Text, Tuple

from rasa.core.channels.channel import OutputChannel, UserMessage
from sanic.request import Request

from bot.knowledge import (
    EMERGENCY_INSTRUCTION,
    EMERGENCY_SAFETY_NET,
    MESSAGE_TOO_LONG,
    SERVICE_PROBLEM,
    STORE_PROBLEM,
)
from bot.persistence import CURRENT_TURN, TurnRecord

logger = logging.getLogger(__name__)

MAX_MESSAGE_CHARS = 5000
EMERGENCY_INTENT = "report_emergency"
# Newlines and tabs are kept; other control characters (NUL cannot even be
# stored in PostgreSQL) and lone surrogates (not encodable as UTF-8) are not.
_KEPT_CONTROLS = {"\n", "\t"}

Parser = Callable[[Text], Awaitable[Dict[Text, Any]]]


def clean_text(text: Text) -> Text:
    return "".join(
        character for character in text
        if character in _KEPT_CONTROLS
        or (unicodedata.category(character) not in ("Cc", "Cs"))
    )


class HeldBackOutput(OutputChannel):
    """Collects a turn's replies so they can be sent, or replaced, at its end."""

    def __init__(self, target: OutputChannel) -> None:
        self.target = target
        self.held: List[Tuple[Text, Dict[Text, Any]]] = []

    def name(self) -> Text:  # type: ignore[override]
        return self.target.name()

    async def send_response(self, recipient_id: Text, message: Dict[Text, Any]) -> None:
        self.held.append((recipient_id, message))

    async def release(self) -> None:
        for recipient_id, message in self.held:
            await self.target.send_response(recipient_id, message)


def parser_of(request: Request) -> Optional[Parser]:
    """The running agent's NLU, to tell whether a failed message was an emergency."""
    agent = getattr(request.app.ctx, "agent", None)
    return agent.parse_message if agent is not None else None


async def _is_emergency(text: Text, parse: Optional[Parser]) -> bool:
    if parse is None:
        return False
    try:
        parsed = await parse(text)
    except Exception:  # noqa: BLE001 - the safety net below is sent either way
        return False
    return (parsed.get("intent") or {}).get("name") == EMERGENCY_INTENT


def safe_reply(problem: Text, emergency: bool) -> List[Text]:
    lines = [problem, EMERGENCY_SAFETY_NET]
    return [EMERGENCY_INSTRUCTION, *lines] if emergency else lines


async def handle_safely(
    on_new_message: Callable[[UserMessage], Awaitable[Any]],
    message: UserMessage,
    parse: Optional[Parser] = None,
) -> TurnRecord:
    """Hands ``message`` to Rasa; its output channel always gets a reply.

    Returns what happened to storage during the turn.
    """
    target = message.output_channel
    text = clean_text(message.text or "")
    if len(text) > MAX_MESSAGE_CHARS:
        logger.info(f"Message of {len(text)} characters not processed (limit {MAX_MESSAGE_CHARS}).")
        too_long = MESSAGE_TOO_LONG.format(length=len(text), limit=MAX_MESSAGE_CHARS)
        for line in (too_long, EMERGENCY_SAFETY_NET):
            await target.send_text_message(message.sender_id, line)
        return TurnRecord()

    held = HeldBackOutput(target)
    turn = TurnRecord()
    reset_token = CURRENT_TURN.set(turn)
    problem: Optional[Text] = None
    try:
        await on_new_message(UserMessage(
            text, held, message.sender_id, input_channel=message.input_channel,
            message_id=message.message_id, metadata=message.metadata,
        ))
    except Exception as error:  # noqa: BLE001 - the person gets an answer whatever failed
        logger.error(f"A message could not be handled ({type(error).__name__}).")
        problem = STORE_PROBLEM if turn.errors or _looks_like_storage(error) else SERVICE_PROBLEM
    finally:
        CURRENT_TURN.reset(reset_token)

    if problem is None and turn.errors:
        problem = STORE_PROBLEM
    elif problem is None and not held.held:
        logger.error("A turn produced no reply (is the action server down?).")
        problem = SERVICE_PROBLEM
    if problem is None:
        await held.release()
        return turn
    for line in safe_reply(problem, await _is_emergency(text, parse)):
        await target.send_text_message(message.sender_id, line)
    return turn


def _looks_like_storage(error: Exception) -> bool:
    """Lock store and tracker store failures (Rasa wraps Redis errors in a LockError)."""
    module = type(error).__module__ or ""
    return module.startswith(("redis", "sqlalchemy", "psycopg2", "bot.persistence", "rasa.core.lock_store"))
