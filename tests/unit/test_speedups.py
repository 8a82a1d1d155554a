"""The faster action-reply check accepts and refuses exactly what Rasa's own does."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path
from typing import Any, Dict

import pytest
from jsonschema import ValidationError, validate
from rasa.core.actions.action import RemoteAction
from rasa.utils.endpoints import EndpointConfig

from bot import speedups

ROOT = Path(__file__).resolve().parents[2]
GOOD: Dict[str, Any] = {
    "events": [{"event": "slot", "name": "duration_days", "value": 5.0, "timestamp": None}],
    "responses": [{"text": "How long has it been going on?", "buttons": [{"title": "a week", "payload": "/inform"}]}],
}
BAD: Dict[str, Any] = {"events": [{"event": 42}], "responses": "not a list"}


def test_same_verdicts_as_jsonschema_validate() -> None:
    speedups.install()
    speedups.install()  # a second install changes nothing
    action = RemoteAction("action_triage", EndpointConfig("http://127.0.0.1:9/webhook"))
    schema = RemoteAction.action_response_format_spec()
    validate(GOOD, schema)
    assert action._validate_action_result(GOOD) is True
    with pytest.raises(ValidationError):
        validate(BAD, schema)
    with pytest.raises(ValidationError, match="Failed to validate Action server response"):
        action._validate_action_result(BAD)


def test_the_rest_channel_switches_it_on_in_the_rasa_server() -> None:
    # A fresh interpreter: loading the channel (as Rasa does from credentials.yml) is enough.
    check = (
        "import bot.channels.rest\n"
        "from rasa.core.actions.action import RemoteAction\n"
        "print(getattr(RemoteAction._validate_action_result, 'reuses_validator', False))"
    )
    result = subprocess.run([sys.executable, "-c", check], capture_output=True, text=True, timeout=120,
                            cwd=ROOT, env={**os.environ, "PYTHONPATH": str(ROOT)})
    assert result.stdout.strip().endswith("True"), result.stderr[-2000:]
