"""Rasa's Redis lock store, made safe for several replicas.

Rasa serialises the turns of one conversation with a ticket lock kept in
Redis, but it changes that lock by reading it, changing it in Python and
writing it back.  Two replicas that receive messages of the same conversation
at the same moment can both read the lock before either writes it, both get
ticket 0, and run their turns at once; the later save of the conversation then
drops the other turn's events (seen in the scale-out test: one of two
simultaneous messages was never stored).  Each read-change-write here runs
under a short Redis mutex (``SET NX`` with an expiry, via redis-py's lock), so
tickets are issued and retired one at a time across replicas.
"""

from __future__ import annotations

from typing import Any, Callable, Text

from rasa.core.lock_store import LOCK_LIFETIME, RedisLockStore

# Long enough for one read-change-write of a small JSON value, short enough that
# a replica that dies holding it blocks the conversation only briefly.
MUTEX_SECONDS = 5


def _mutex(store: RedisLockStore, conversation_id: Text) -> Any:
    return store.red.lock(
        f"{store.key_prefix}{conversation_id}:mutex", timeout=MUTEX_SECONDS, blocking_timeout=MUTEX_SECONDS
    )


def _issue_ticket(original: Callable[..., int]) -> Callable[..., int]:
    def issue_ticket(self: RedisLockStore, conversation_id: Text, lock_lifetime: float = LOCK_LIFETIME) -> int:
        with _mutex(self, conversation_id):
            return original(self, conversation_id, lock_lifetime)

    return issue_ticket


def _update_lock(original: Callable[..., None]) -> Callable[..., None]:
    def update_lock(self: RedisLockStore, conversation_id: Text) -> None:
        with _mutex(self, conversation_id):
            original(self, conversation_id)

    return update_lock


def _cleanup(self: RedisLockStore, conversation_id: Text, ticket_number: int) -> None:
    # Retiring the ticket and deleting an unused lock are one step, or a ticket
    # issued in between would be deleted with the lock.
    with _mutex(self, conversation_id):
        lock = self.get_lock(conversation_id)
        if not lock:
            return
        lock.remove_ticket_for(ticket_number)
        if lock.is_someone_waiting():
            self.save_lock(lock)
        else:
            self.delete_lock(conversation_id)


def install() -> None:
    """Wraps the lock store's read-change-write steps in a Redis mutex (once)."""
    if getattr(RedisLockStore, "serialised_across_replicas", False):
        return
    RedisLockStore.issue_ticket = _issue_ticket(RedisLockStore.issue_ticket)  # type: ignore[method-assign]
    RedisLockStore.update_lock = _update_lock(RedisLockStore.update_lock)  # type: ignore[method-assign]
    RedisLockStore.cleanup = _cleanup  # type: ignore[method-assign]
    RedisLockStore.serialised_across_replicas = True  # type: ignore[attr-defined]
