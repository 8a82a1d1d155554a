"""Where conversations are kept: Rasa's SQL tracker store, with erasure and purging.

The same class serves the embedded default (SQLite under ``var/``) and the
scale-out set-up (PostgreSQL shared by several Rasa replicas); the URL comes
from ``TRACKER_DB_URL`` through ``endpoints.yml``.

Two things are added to Rasa's ``SQLTrackerStore``:

- A conversation whose latest turn ran ``utter_conversation_erased`` ("delete my
  data") is deleted instead of saved, so erasure works the same for every
  channel and every replica, and needs no action server.
- Storage failures are reported to the channel guard (``bot.channels.guard``)
  through ``CURRENT_TURN``, and so is an erasure (the widget then forgets its
  copy of the conversation).  Rasa wraps every tracker store in a
  ``FailSafeTrackerStore`` that swallows errors and silently starts a new,
  empty conversation; the guard uses this signal to tell the person instead.
  Errors are re-raised without the database driver's text, which quotes the
  SQL parameters and therefore the person's messages.

``python -m bot.persistence purge --older-than-days N`` deletes conversations
whose last event is older than N days (``make purge``).
"""

from __future__ import annotations

import argparse
import logging
import os
import sys
import time
from contextlib import contextmanager
from contextvars import ContextVar
from dataclasses import dataclass, field
from typing import Any, Iterable, Iterator, List, Optional, Sequence, Text

import sqlalchemy as sa
from rasa.core.brokers.broker import EventBroker
from rasa.core.tracker_store import SQLTrackerStore
from rasa.shared.core.domain import Domain
from rasa.shared.core.events import ActionExecuted, UserUttered
from rasa.shared.core.trackers import DialogueStateTracker

logger = logging.getLogger(__name__)

ERASE_RESPONSE = "utter_conversation_erased"
SECONDS_PER_DAY = 86_400



@dataclass
class TurnRecord:
    """What happened to storage while one message was handled."""

    errors: List[str] = field(default_factory=list)
    erased: bool = False


# One record per message being handled, set by the channel guard; None outside.
CURRENT_TURN: ContextVar[Optional[TurnRecord]] = ContextVar("current_turn", default=None)


class ConversationStoreUnavailable(Exception):
    """The tracker database could not be read or written."""


def _describe(error: Exception) -> str:
    """The error's kind and the driver's first line, never the SQL parameters."""
    original = getattr(error, "orig", None)
    first_line = str(original).strip().splitlines()[0] if original is not None and str(original).strip() else ""
    return f"{type(error).__name__}: {first_line[:200]}" if first_line else type(error).__name__


@contextmanager
def _reporting_failures(operation: str) -> Iterator[None]:
    try:
        yield
    except Exception as error:  # noqa: BLE001 - every storage failure must reach the guard
        description = _describe(error)
        turn = CURRENT_TURN.get()
        if turn is not None:
            turn.errors.append(description)
        logger.error(f"Conversation store: {operation} failed ({description}).")
        raise ConversationStoreUnavailable(f"{operation} failed: {description}") from None


def erase_requested(tracker: DialogueStateTracker) -> bool:
    """Whether the latest turn answered a request to delete the conversation."""
    for event in reversed(tracker.events):
        if isinstance(event, UserUttered):
            return False
        if isinstance(event, ActionExecuted) and event.action_name == ERASE_RESPONSE:
            return True
    return False


class ConversationStore(SQLTrackerStore):
    """Rasa's SQL tracker store, plus erasure on request and failure reporting."""

    def __init__(
        self,
        domain: Optional[Domain] = None,
        host: Optional[Text] = None,
        event_broker: Optional[EventBroker] = None,
        **kwargs: Any,
    ) -> None:
        if not host:
            raise ValueError("TRACKER_DB_URL is empty: set it to an SQLAlchemy URL (sqlite:///... or postgresql://...).")
        _create_sqlite_folder(host)
        super().__init__(domain=domain, host=host, event_broker=event_broker, **kwargs)

    async def retrieve(self, sender_id: Text) -> Optional[DialogueStateTracker]:
        with _reporting_failures("reading a conversation"):
            return await super().retrieve(sender_id)

    async def retrieve_full_tracker(self, conversation_id: Text) -> Optional[DialogueStateTracker]:
        with _reporting_failures("reading a conversation"):
            return await super().retrieve_full_tracker(conversation_id)

    async def keys(self) -> Iterable[Text]:
        with _reporting_failures("listing conversations"):
            return await super().keys()

    async def save(self, tracker: DialogueStateTracker) -> None:
        with _reporting_failures("saving a conversation"):
            if erase_requested(tracker):
                deleted = self.erase(tracker.sender_id)
                logger.info(f"Conversation erased on request ({deleted} events).")
                turn = CURRENT_TURN.get()
                if turn is not None:
                    turn.erased = True
                return
            await super().save(tracker)

    def erase(self, sender_id: Text) -> int:
        """Deletes every event of one conversation; returns how many there were."""
        with self.session_scope() as session:
            deleted = (
                session.query(self.SQLEvent)
                .filter(self.SQLEvent.sender_id == sender_id)
                .delete(synchronize_session=False)
            )
            session.commit()
        return int(deleted)

    def purge(self, older_than_days: float, now: Optional[float] = None) -> tuple[int, int]:
        """Deletes conversations with no event in the last ``older_than_days`` days.

        Returns (conversations, events) deleted.
        """
        if older_than_days <= 0:
            raise ValueError("older_than_days must be positive")
        cutoff = (time.time() if now is None else now) - older_than_days * SECONDS_PER_DAY
        event = self.SQLEvent
        with self.session_scope() as session:
            stale = [
                sender_id
                for (sender_id,) in session.query(event.sender_id)
                .group_by(event.sender_id)
                .having(sa.func.max(event.timestamp) < cutoff)
                .all()
            ]
            deleted_events = 0
            # In chunks: some databases limit the number of bound parameters.
            for start in range(0, len(stale), 500):
                chunk = stale[start:start + 500]
                deleted_events += (
                    session.query(event).filter(event.sender_id.in_(chunk)).delete(synchronize_session=False)
                )
            session.commit()
        return len(stale), int(deleted_events)


def _create_sqlite_folder(url: str) -> None:
    """SQLite creates the file but not its folder (``var/`` in a fresh clone)."""
    prefix = "sqlite:///"
    if url.startswith(prefix) and url[len(prefix):] not in ("", ":memory:"):
        folder = os.path.dirname(url[len(prefix):])
        if folder:
            os.makedirs(folder, exist_ok=True)


def main(argv: Optional[Sequence[str]] = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m bot.persistence", description=__doc__.splitlines()[0])
    commands = parser.add_subparsers(dest="command", required=True)
    purge = commands.add_parser("purge", help="delete conversations older than a number of days")
    purge.add_argument("--older-than-days", type=float, required=True)
    purge.add_argument("--url", default=os.environ.get("TRACKER_DB_URL", ""),
                       help="SQLAlchemy URL of the tracker database (default: $TRACKER_DB_URL)")
    args = parser.parse_args(argv)

    if not args.url:
        print("No tracker database: set TRACKER_DB_URL or pass --url.", file=sys.stderr)
        return 2
    if args.older_than_days <= 0:
        print("--older-than-days must be positive.", file=sys.stderr)
        return 2
    store = ConversationStore(host=args.url)
    conversations, events = store.purge(args.older_than_days)
    print(f"Deleted {conversations} conversation(s) ({events} events) with no activity "
          f"in the last {args.older_than_days:g} day(s).")
    return 0


if __name__ == "__main__":
    sys.exit(main())
