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

import functools
from typing import Any, Callable, Text

from rasa.core.lock_store import RedisLockStore

# Long enough for one read-change-write of a small JSON value, short enough that
# a replica that dies holding it blocks the conversation only briefly.
MUTEX_SECONDS = 5


def _mutex(store: RedisLockStore, conversation_id: Text) -> Any:
    return store.red.lock(
        f"{store.key_prefix}{conversation_id}:mutex", timeout=MUTEX_SECONDS, blocking_timeout=MUTEX_SECONDS
    )


def _serialised(step: Callable[..., Any]) -> Callable[..., Any]:
    """The lock store's step, run under the conversation's mutex."""

    @functools.wraps(step)
    def run(self: RedisLockStore, conversation_id: Text, *args: Any, **kwargs: Any) -> Any:
        with _mutex(self, conversation_id):
            return step(self, conversation_id, *args, **kwargs)

    return run


def install() -> None:
    """Wraps the lock store's read-change-write steps in a Redis mutex (once)."""
    if getattr(RedisLockStore, "serialised_across_replicas", False):
        return
    # cleanup retires the ticket and deletes an unused lock as one step, or a
    # ticket issued in between would be deleted with the lock.  The steps it
    # calls (finish_serving, is_someone_waiting, delete_lock) are not wrapped,
    # so the mutex is never taken twice.
    for name in ("issue_ticket", "update_lock", "cleanup"):
        setattr(RedisLockStore, name, _serialised(getattr(RedisLockStore, name)))
    RedisLockStore.serialised_across_replicas = True  # type: ignore[attr-defined]
