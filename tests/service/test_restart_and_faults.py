"""A restart of the Rasa server loses nothing; a missing action server is survived.

These tests start, stop and kill their own servers (not the shared ones).
"""

from __future__ import annotations

import signal
import subprocess
from pathlib import Path
from typing import Dict, Iterator

import pytest

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
from tests.service.conftest import TOKEN

EMERGENCY_WORDS = "Call your local emergency number now"
SAFETY_NET_WORDS = "Call your local emergency number at once"
SERVICE_PROBLEM_WORDS = "not working right now"


class Servers:
    """An action server and a Rasa server that a test may stop and start again."""

    def __init__(self, folder: Path) -> None:
        self.folder = folder
        self.action_port, self.rasa_port = free_port(), free_port()
        self.env: Dict[str, str] = {
            **service_env(folder), "ACTION_SERVER_URL": f"http://127.0.0.1:{self.action_port}/webhook",
        }
        self.action: subprocess.Popen | None = None
        self.rasa: subprocess.Popen | None = None
        self.url = f"http://127.0.0.1:{self.rasa_port}"

    def start_actions(self) -> None:
        log = self.folder / "actions.log"
        self.action = start_action_server(self.action_port, self.env, log)
        wait_for_actions(self.action_port, self.action, log)

    def start_rasa(self) -> None:
        log = self.folder / "rasa.log"
        self.rasa = start_rasa(self.rasa_port, self.env, log, TOKEN)
        wait_for_rasa(self.rasa_port, self.rasa, log)

    def stop_actions(self) -> None:
        assert self.action is not None
        stop([self.action])

    def stop_rasa(self, how: signal.Signals) -> None:
        assert self.rasa is not None
        self.rasa.send_signal(how)
        self.rasa.wait(timeout=60)

    def close(self) -> None:
        stop([process for process in (self.rasa, self.action) if process is not None and process.poll() is None])


@pytest.fixture()
def servers(tmp_path: Path) -> Iterator[Servers]:
    running = Servers(tmp_path)
    running.start_actions()
    running.start_rasa()
    try:
        yield running
    finally:
        running.close()


@pytest.mark.parametrize("how", [signal.SIGTERM, signal.SIGKILL], ids=["stopped", "killed"])
def test_a_restart_in_the_middle_of_an_assessment_loses_nothing(servers: Servers, how: signal.Signals) -> None:
    chat = Chat(servers.url, TOKEN)
    chat.say("my left calf keeps twitching, about 10 days now")
    chat.say(CALM_ANSWERS[chat.requested() or ""])
    before = chat.slots()
    asked_before = chat.requested()
    assert before["duration_days"] == 10 and asked_before is not None

    servers.stop_rasa(how)
    servers.start_rasa()

    assert chat.slots() == before
    assert chat.requested() == asked_before
    transcript = chat.answer_remaining(CALM_ANSWERS)
    slots = chat.slots()
    assert slots["triage_level"] == "self_care" and slots["duration_days"] == 10
    assert "not a diagnosis" in transcript


def test_without_the_action_server_every_message_gets_a_safe_answer_and_it_recovers(servers: Servers) -> None:
    chat = Chat(servers.url, TOKEN)
    chat.say("my calf has been twitching")
    assert chat.requested() == "duration_days"

    servers.stop_actions()
    answer = text_of(chat.say("about 5 days"))
    assert SERVICE_PROBLEM_WORDS in answer and SAFETY_NET_WORDS in answer
    emergency = chat.say("I suddenly can't move my leg and my face is drooping")
    assert emergency[0]["text"].startswith(EMERGENCY_WORDS)
    # A question outside an assessment needs no action server.
    assert "ALS" in text_of(Chat(servers.url, TOKEN).say("is this ALS?"))

    servers.start_actions()
    other = Chat(servers.url, TOKEN)
    other.run_assessment("my calf has been twitching", CALM_ANSWERS)
    assert other.slots()["triage_level"] == "self_care"
    # The first conversation carries on too.
    chat.say("about 5 days")
    assert chat.slots()["duration_days"] == 5
