"""Who may do what: Rasa's HTTP API behind a token, the action server, CORS."""

from __future__ import annotations

from pathlib import Path
from typing import Set

import requests

from tests.assistant import Assistant, Chat, text_of
from tests.service.conftest import ALLOWED_ORIGIN, TOKEN

ROOT = Path(__file__).resolve().parents[2]


def test_trackers_cannot_be_read_or_changed_without_the_token(assistant: Assistant) -> None:
    chat = Chat(assistant.rasa_url, TOKEN)
    chat.say("my calf twitches since last week")
    tracker_url = f"{assistant.rasa_url}/conversations/{chat.sender}/tracker"

    assert requests.get(tracker_url, timeout=10).status_code == 401
    assert requests.get(tracker_url, params={"token": "wrong"}, timeout=10).status_code == 401
    events = requests.post(f"{tracker_url}/events", json=[{"event": "restart"}], timeout=10)
    assert events.status_code == 401
    assert requests.get(tracker_url, params={"token": TOKEN}, timeout=10).status_code == 200


def test_the_model_cannot_be_replaced_or_removed_without_the_token(assistant: Assistant) -> None:
    replace = requests.put(f"{assistant.rasa_url}/model", json={"model_file": "/tmp/other.tar.gz"}, timeout=10)
    remove = requests.delete(f"{assistant.rasa_url}/model", timeout=10)
    assert replace.status_code == 401 and remove.status_code == 401
    # Still the same assistant.
    assert "twitch" in text_of(Chat(assistant.rasa_url, TOKEN).say("what can you do?")).lower()


def _listening_addresses(port: int) -> Set[str]:
    """Local addresses with a TCP socket listening on ``port`` (from /proc/net)."""
    found: Set[str] = set()
    for table in ("/proc/net/tcp", "/proc/net/tcp6"):
        path = Path(table)
        if not path.exists():
            continue
        for line in path.read_text().splitlines()[1:]:
            fields = line.split()
            address, port_hex = fields[1].rsplit(":", 1)
            if int(port_hex, 16) == port and fields[3] == "0A":  # 0A: LISTEN
                found.add(address)
    return found


def test_the_action_server_listens_on_loopback_only_and_wants_the_token(assistant: Assistant) -> None:
    # 0100007F is 127.0.0.1 in /proc's little-endian hex; 00000000 would be every interface.
    assert _listening_addresses(assistant.action_port) == {"0100007F"}
    url = f"http://127.0.0.1:{assistant.action_port}"
    call = {"next_action": "action_triage", "tracker": {}, "domain": {}, "version": "3.6.2"}
    assert requests.post(f"{url}/webhook", json=call, timeout=10).status_code == 401
    assert requests.post(f"{url}/webhook", params={"token": "wrong"}, json=call, timeout=10).status_code == 401
    assert requests.get(f"{url}/health", timeout=10).status_code == 200
    # Rasa itself gets through: an assessment question needs the action server.
    chat = Chat(assistant.rasa_url, TOKEN)
    chat.say("my calf has been twitching")
    assert chat.requested() == "duration_days"


def test_cors_allows_only_the_configured_origin(assistant: Assistant) -> None:
    url = f"{assistant.rasa_url}/webhooks/rest/webhook"
    body = {"sender": "cors-check", "message": "hello"}
    allowed = requests.post(url, json=body, headers={"Origin": ALLOWED_ORIGIN}, timeout=30)
    other = requests.post(url, json=body, headers={"Origin": "http://evil.example"}, timeout=30)
    preflight = requests.options(url, headers={
        "Origin": "http://evil.example", "Access-Control-Request-Method": "POST"}, timeout=10)
    assert allowed.headers.get("Access-Control-Allow-Origin") == ALLOWED_ORIGIN
    assert "Access-Control-Allow-Origin" not in other.headers
    assert "Access-Control-Allow-Origin" not in preflight.headers
