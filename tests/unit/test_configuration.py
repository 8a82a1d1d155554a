"""Configuration: secrets only from the environment, and every variable Rasa needs is provided."""

from __future__ import annotations

import re
from pathlib import Path
from typing import Set

import yaml

from tests.assistant import service_env

ROOT = Path(__file__).resolve().parents[2]
VARIABLE = re.compile(r"\$\{(\w+)\}")


def endpoint_variables() -> Set[str]:
    return set(VARIABLE.findall((ROOT / "endpoints.yml").read_text()))


def test_every_endpoint_setting_comes_from_the_environment() -> None:
    endpoints = yaml.safe_load((ROOT / "endpoints.yml").read_text())
    for section, settings in endpoints.items():
        for key, value in settings.items():
            if key == "type" and section == "tracker_store":
                assert value == "bot.persistence.ConversationStore"
            elif key not in ("key_prefix", "socket_timeout"):
                assert isinstance(value, str) and VARIABLE.fullmatch(value), f"{section}.{key} is not ${{VAR}}"


def test_no_secret_is_written_in_the_repository() -> None:
    for line in (ROOT / "credentials.yml").read_text().splitlines():
        if line.strip() and not line.lstrip().startswith("#"):
            value = line.split(":", 1)[1].strip()
            assert value == "" or VARIABLE.fullmatch(value), line
    makefile = (ROOT / "Makefile").read_text()
    for secret in ("RASA_TOKEN", "ACTION_SERVER_TOKEN", "REDIS_PASSWORD"):
        assignments = re.findall(rf"^(?:export )?{secret} \?=(.*)$", makefile, flags=re.M)
        assert assignments == [""], f"{secret} must have no default value in the Makefile"


def test_the_makefile_and_the_tests_provide_every_variable_rasa_needs() -> None:
    # Rasa refuses to start when a ${VAR} of endpoints.yml is not set at all.
    makefile = (ROOT / "Makefile").read_text()
    exported = set(re.findall(r"^export (\w+) \?=", makefile, flags=re.M))
    assert endpoint_variables() <= exported
    # The tests set ACTION_SERVER_URL themselves: it names the port they picked.
    assert endpoint_variables() - {"ACTION_SERVER_URL"} <= set(service_env(Path("/tmp"), env={}))
