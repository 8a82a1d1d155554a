"""Rasa's Redis ticket lock, shared by two replicas, against a real Redis server."""

from __future__ import annotations

from concurrent.futures import ThreadPoolExecutor
from typing import List

from rasa.core.lock_store import RedisLockStore

from bot import locking
from tests.servers import throwaway_redis

TICKETS_PER_REPLICA = 200


def test_two_replicas_never_get_the_same_ticket() -> None:
    locking.install()
    with throwaway_redis() as server:
        replicas = [RedisLockStore(host="127.0.0.1", port=server.port) for _ in range(2)]

        def take_tickets(store: RedisLockStore) -> List[int]:
            return [store.issue_ticket("one-conversation") for _ in range(TICKETS_PER_REPLICA)]

        with ThreadPoolExecutor(max_workers=2) as pool:
            tickets = [ticket for taken in pool.map(take_tickets, replicas) for ticket in taken]
        # Without the mutex both replicas read the same lock and hand out the same
        # numbers, so two turns of one conversation run at once.
        assert len(tickets) == 2 * TICKETS_PER_REPLICA
        assert len(set(tickets)) == len(tickets)
        lock = replicas[0].get_lock("one-conversation")
        assert lock is not None and len(lock.tickets) == len(tickets)


def test_a_finished_turn_hands_over_and_the_last_one_removes_the_lock() -> None:
    locking.install()
    with throwaway_redis() as server:
        store = RedisLockStore(host="127.0.0.1", port=server.port)
        first, second = store.issue_ticket("handover"), store.issue_ticket("handover")
        store.cleanup("handover", first)
        lock = store.get_lock("handover")
        assert lock is not None and not lock.is_locked(second)
        store.cleanup("handover", second)
        assert store.get_lock("handover") is None
