"""Starting the real assistant for a test session: action server and Rasa server.

Shared by the end-to-end, channel and browser tests, so that each starts the
servers the same way and stops them even when a test fails.
"""

from __future__ import annotations

import os
import secrets
import socket
import subprocess
import sys
import time
import uuid
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Callable, Dict, Iterator, List, Mapping, Optional, Sequence

import requests

ROOT = Path(__file__).resolve().parents[1]
MODEL = ROOT / "models" / "twitch.tar.gz"
RASA = Path(sys.executable).parent / "rasa"


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def wait_until(url: str, seconds: float, process: subprocess.Popen, log: Path) -> float:
    start = time.monotonic()
    while time.monotonic() - start < seconds:
        if process.poll() is not None:
            raise RuntimeError(f"{url} died on start-up:\n{log.read_text()[-3000:]}")
        try:
            if requests.get(url, timeout=2).status_code == 200:
                return time.monotonic() - start
        except requests.RequestException:
            pass
        time.sleep(0.5)
    raise RuntimeError(f"{url} not up after {seconds} s:\n{log.read_text()[-3000:]}")


def stop(processes: Sequence[subprocess.Popen]) -> None:
    for process in processes:
        process.terminate()
    for process in processes:
        try:
            process.wait(timeout=20)
        except subprocess.TimeoutExpired:
            process.kill()


def service_env(folder: Path, env: Optional[Mapping[str, str]] = None,
                stores: Optional[Mapping[str, str]] = None) -> Dict[str, str]:
    """What endpoints.yml needs: SQLite in ``folder`` and no Redis, unless ``stores`` says otherwise.

    The developer's own store settings (the Makefile exports them) never leak
    into a test: a test writes to its own database.
    """
    return {
        **(env if env is not None else os.environ),
        "TRACKER_DB_URL": f"sqlite:///{folder / 'conversations.db'}",
        "LOCK_STORE_TYPE": "in_memory",
        "REDIS_HOST": "127.0.0.1",
        "REDIS_PORT": "6379",
        "REDIS_DB": "1",
        "REDIS_PASSWORD": "",
        "ACTION_SERVER_TOKEN": secrets.token_urlsafe(16),
        **(stores or {}),
        "PYTHONPATH": str(ROOT),
        "TF_CPP_MIN_LOG_LEVEL": "2",
    }


def start_action_server(port: int, env: Mapping[str, str], log: Path) -> subprocess.Popen:
    return subprocess.Popen(
        [sys.executable, "-m", "bot.action_server", "--port", str(port)],
        cwd=ROOT, env=dict(env), stdout=log.open("a"), stderr=subprocess.STDOUT,
    )


def start_rasa(port: int, env: Mapping[str, str], log: Path, token: str,
               rasa_args: Sequence[str] = ()) -> subprocess.Popen:
    return subprocess.Popen(
        [str(RASA), "run", "--model", str(MODEL), "--endpoints", "endpoints.yml", "--port", str(port),
         "--enable-api", "--auth-token", token, *rasa_args],
        cwd=ROOT, env=dict(env), stdout=log.open("a"), stderr=subprocess.STDOUT,
    )


def wait_for_rasa(port: int, process: subprocess.Popen, log: Path, seconds: float = 240) -> float:
    return wait_until(f"http://127.0.0.1:{port}/webhooks/rest/", seconds, process, log)


def wait_for_actions(port: int, process: subprocess.Popen, log: Path, seconds: float = 120) -> float:
    return wait_until(f"http://127.0.0.1:{port}/health", seconds, process, log)


@dataclass
class Assistant:
    rasa_url: str
    startup_seconds: float
    rasa_process: subprocess.Popen
    rasa_log: Path
    action_process: subprocess.Popen
    action_port: int
    env: Dict[str, str]


@contextmanager
def running_assistant(
    logs: Path,
    token: str,
    env: Optional[Mapping[str, str]] = None,
    rasa_args: Sequence[str] = (),
    rasa_port: Optional[int] = None,
    stores: Optional[Mapping[str, str]] = None,
) -> Iterator[Assistant]:
    """The action server and the Rasa server (HTTP API behind ``token``) on free loopback ports.

    Conversations go to an SQLite file in ``logs`` unless ``env`` says otherwise.
    """
    action_port, rasa_port = free_port(), rasa_port or free_port()
    environment = {
        **service_env(logs, env, stores),
        "ACTION_SERVER_URL": f"http://127.0.0.1:{action_port}/webhook",
    }
    action_log, rasa_log = logs / "actions.log", logs / "rasa.log"
    action_server = start_action_server(action_port, environment, action_log)
    rasa_server = start_rasa(rasa_port, environment, rasa_log, token, rasa_args)
    try:
        wait_for_actions(action_port, action_server, action_log)
        startup = wait_for_rasa(rasa_port, rasa_server, rasa_log)
        yield Assistant(f"http://127.0.0.1:{rasa_port}", startup, rasa_server, rasa_log,
                        action_server, action_port, environment)
    finally:
        stop([rasa_server, action_server])


CALM_ANSWERS = {
    "twitch_location": "my calf",
    "duration_days": "about 5 days",
    "worsening": "no",
    "weakness": "no",
    "atrophy": "no",
    "spreading": "no",
    "sensory_symptoms": "no",
    "neuro_symptoms": "none of those",
    "daily_impact": "no",
    "medication_change": "no",
    "lifestyle_factors": "too much coffee",
}


def text_of(messages: List[Dict[str, Any]]) -> str:
    return "\n".join(message.get("text", "") for message in messages)


class Chat:
    """One person talking to the assistant over the REST channel.

    ``url_for_turn`` picks the server for each turn, so a conversation can
    alternate between replicas; the tracker is read through the HTTP API.
    """

    def __init__(self, url: str, token: str, sender: Optional[str] = None,
                 url_for_turn: Optional[Callable[[int], str]] = None,
                 on_latency: Optional[Callable[[float], None]] = None) -> None:
        self.url = url
        self.token = token
        self.sender = sender or f"test-{uuid.uuid4().hex[:10]}"
        self.asked: List[str] = []
        self.said: List[str] = []
        self._url_for_turn = url_for_turn
        self._on_latency = on_latency

    def say(self, text: str) -> List[Dict[str, Any]]:
        url = self._url_for_turn(len(self.said)) if self._url_for_turn else self.url
        self.said.append(text)
        start = time.monotonic()
        response = requests.post(
            f"{url}/webhooks/rest/webhook", json={"sender": self.sender, "message": text}, timeout=60
        )
        if self._on_latency:
            self._on_latency(time.monotonic() - start)
        response.raise_for_status()
        return response.json()

    def tracker(self) -> Dict[str, Any]:
        response = requests.get(
            f"{self.url}/conversations/{self.sender}/tracker", params={"token": self.token}, timeout=30
        )
        response.raise_for_status()
        return response.json()

    def tracker_events(self) -> List[Dict[str, Any]]:
        """Every stored event of the conversation, across restarts and sessions."""
        response = requests.get(
            f"{self.url}/conversations/{self.sender}/tracker",
            params={"token": self.token, "include_events": "ALL"}, timeout=30,
        )
        response.raise_for_status()
        return response.json()["events"]

    def slots(self) -> Dict[str, Any]:
        return self.tracker()["slots"]

    def requested(self) -> Optional[str]:
        tracker = self.tracker()
        if not (tracker.get("active_loop") or {}).get("name"):
            return None
        return tracker["slots"].get("requested_slot")

    def run_assessment(self, opening: str, answers: Mapping[str, str]) -> str:
        """Opens, then answers each question from ``answers``; returns all bot text."""
        return text_of(self.say(opening)) + "\n" + self.answer_remaining(answers)

    def answer_remaining(self, answers: Mapping[str, str], max_turns: int = 16) -> str:
        transcript: List[str] = []
        for _ in range(max_turns):
            slot = self.requested()
            if slot is None:
                break
            self.asked.append(slot)
            assert slot in answers, f"asked {slot} unexpectedly; transcript so far: {transcript}"
            transcript.append(text_of(self.say(answers[slot])))
        assert self.requested() is None, "the assessment did not finish"
        return "\n".join(transcript)
