"""Rasa's own scale-out, for real: two Rasa servers sharing PostgreSQL and Redis.

Throwaway PostgreSQL and Redis servers are started from their installed
binaries on 127.0.0.1 (tests/servers.py).  Two Rasa server processes on
different ports share them (the tracker store and the lock store from
endpoints.yml), with one action server.  Conversations alternate between the
replicas turn by turn, many at once; every event is then counted and compared.
Then the database and Redis are stopped and started under the running
servers.

Where PostgreSQL or Redis is not installed these tests skip with a loud
message; in CI (REQUIRE_SERVICES=1) they fail instead.
"""

from __future__ import annotations

import json
import subprocess
import time
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from typing import Any, Dict, Iterator, List

import psycopg2
import pytest
import requests

from tests.assistant import (
    CALM_ANSWERS,
    Chat,
    free_port,
    service_env,
    start_action_server,
    start_rasa,
    stop,
    text_of,
    wait_for_actions,
    wait_for_rasa,
)
from tests.servers import Postgres, Redis, throwaway_postgres, throwaway_redis

TOKEN = "scaleout-test-token"
CONVERSATIONS = 16
STORE_PROBLEM_WORDS = "cannot reach my conversation records"


@dataclass
class Cluster:
    postgres: Postgres
    redis: Redis
    urls: List[str]
    processes: List[subprocess.Popen]


@pytest.fixture(scope="module")
def cluster(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Cluster]:
    folder = tmp_path_factory.mktemp("scaleout")
    with throwaway_postgres() as postgres, throwaway_redis() as redis_server:
        action_port = free_port()
        env = {
            **service_env(folder, stores={
                "TRACKER_DB_URL": postgres.url, "LOCK_STORE_TYPE": "redis",
                "REDIS_HOST": "127.0.0.1", "REDIS_PORT": str(redis_server.port), "REDIS_DB": "1",
            }),
            "ACTION_SERVER_URL": f"http://127.0.0.1:{action_port}/webhook",
        }
        processes = [start_action_server(action_port, env, folder / "actions.log")]
        ports = [free_port(), free_port()]
        try:
            wait_for_actions(action_port, processes[0], folder / "actions.log")
            for index, port in enumerate(ports):
                processes.append(start_rasa(port, env, folder / f"rasa-{index}.log", TOKEN))
            for index, port in enumerate(ports):
                wait_for_rasa(port, processes[index + 1], folder / f"rasa-{index}.log")
            yield Cluster(postgres, redis_server, [f"http://127.0.0.1:{port}" for port in ports], processes)
        finally:
            stop(processes)


def _stored_events(cluster: Cluster, sender: str) -> List[Dict[str, Any]]:
    with psycopg2.connect(host="127.0.0.1", port=cluster.postgres.port, user="rasa", dbname="rasa") as connection:
        with connection.cursor() as cursor:
            cursor.execute("select data from events where sender_id = %s order by id", (sender,))
            return [json.loads(row[0]) for row in cursor.fetchall()]


def _days(index: int) -> int:
    """Under two weeks, so every calm assessment ends in self-care."""
    return 2 + index % 10


def _assess(cluster: Cluster, index: int) -> Chat:
    chat = Chat(cluster.urls[0], TOKEN, sender=f"replicas-{index}",
                url_for_turn=lambda turn: cluster.urls[(turn + index) % 2])
    answers = {**CALM_ANSWERS, "duration_days": f"about {_days(index)} days"}
    chat.run_assessment(f"my calf keeps twitching (patient {index})", answers)
    return chat


def test_conversations_alternating_between_replicas_lose_nothing(cluster: Cluster) -> None:
    with ThreadPoolExecutor(max_workers=CONVERSATIONS) as pool:
        chats = list(pool.map(lambda index: _assess(cluster, index), range(CONVERSATIONS)))

    for index, chat in enumerate(chats):
        assert len(chat.said) >= 5, "a whole assessment, several turns on each replica"
        stored = _stored_events(cluster, chat.sender)
        user_texts = [event["text"] for event in stored if event["event"] == "user"]
        # Every message once, in the order it was sent: nothing lost, doubled or reordered.
        assert user_texts == chat.said
        bot_turns = [event for event in stored if event["event"] == "bot"]
        assert len(bot_turns) >= len(chat.said)
        timestamps = [event["timestamp"] for event in stored]
        assert timestamps == sorted(timestamps)
        # Both replicas see the same conversation.
        for url in cluster.urls:
            slots = Chat(url, TOKEN, sender=chat.sender).slots()
            assert slots["triage_level"] == "self_care"
            assert slots["duration_days"] == _days(index)


def test_two_messages_at_the_same_moment_on_two_replicas_are_both_kept_in_turn(cluster: Cluster) -> None:
    chat = Chat(cluster.urls[0], TOKEN, sender="replicas-simultaneous")
    chat.say("my calf has been twitching")
    messages = ["about 3 weeks", "and it's getting worse"]

    def send(index: int) -> int:
        response = requests.post(f"{cluster.urls[index]}/webhooks/rest/webhook",
                                 json={"sender": chat.sender, "message": messages[index]}, timeout=60)
        return response.status_code

    with ThreadPoolExecutor(max_workers=2) as pool:
        assert list(pool.map(send, range(2))) == [200, 200]

    stored = [event["text"] for event in _stored_events(cluster, chat.sender) if event["event"] == "user"]
    assert stored[0] == "my calf has been twitching"
    assert sorted(stored[1:]) == sorted(messages)


def _wait_for_normal_answer(chat: Chat, text: str, seconds: float = 60) -> List[Dict[str, Any]]:
    deadline = time.monotonic() + seconds
    while True:
        reply = chat.say(text)
        if STORE_PROBLEM_WORDS not in text_of(reply):
            return reply
        if time.monotonic() > deadline:
            pytest.fail(f"no normal answer {seconds} s after the store came back")
        time.sleep(1)


def test_database_down_gives_a_clear_error_and_service_resumes(cluster: Cluster) -> None:
    chat = Chat(cluster.urls[0], TOKEN, sender="replicas-db-outage")
    chat.say("my thigh has been twitching for 2 weeks")
    asked = chat.requested()
    assert asked is not None

    cluster.postgres.stop()
    try:
        for url in cluster.urls:
            reply = text_of(Chat(url, TOKEN, sender=chat.sender).say("no"))
            assert STORE_PROBLEM_WORDS in reply and "emergency number" in reply
        assert all(process.poll() is None for process in cluster.processes), "no server crashed"
    finally:
        cluster.postgres.start()

    _wait_for_normal_answer(chat, CALM_ANSWERS[asked])
    assert chat.slots()["duration_days"] == 14, "what was said before the outage is still there"
    chat.answer_remaining(CALM_ANSWERS)
    assert chat.slots()["triage_level"] is not None


def test_redis_down_gives_a_clear_error_and_service_resumes(cluster: Cluster) -> None:
    chat = Chat(cluster.urls[1], TOKEN, sender="replicas-redis-outage")
    chat.say("my calf has been twitching for 4 days")

    cluster.redis.stop()
    try:
        reply = text_of(chat.say("no"))
        assert STORE_PROBLEM_WORDS in reply and "emergency number" in reply
        assert all(process.poll() is None for process in cluster.processes), "no server crashed"
    finally:
        cluster.redis.start()

    asked = chat.requested()
    assert asked is not None
    _wait_for_normal_answer(chat, CALM_ANSWERS[asked])
    chat.answer_remaining(CALM_ANSWERS)
    slots = chat.slots()
    assert slots["duration_days"] == 4 and slots["triage_level"] is not None


def test_the_replicas_really_use_postgresql_and_redis(cluster: Cluster) -> None:
    """Guards against a set-up that silently fell back to SQLite or in-memory locks."""
    import redis

    client = redis.Redis(host="127.0.0.1", port=cluster.redis.port, db=1)
    before = int(client.info("stats")["total_commands_processed"])
    chat = Chat(cluster.urls[0], TOKEN, sender="replicas-backends")
    chat.say("my calf has been twitching")
    assert int(client.info("stats")["total_commands_processed"]) > before + 1, "the turn took a Redis lock"
    assert [event["text"] for event in _stored_events(cluster, chat.sender) if event["event"] == "user"] == [
        "my calf has been twitching"]
