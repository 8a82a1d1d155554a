"""One real assistant (action server + Rasa server, SQLite store) for the service tests."""

from __future__ import annotations

from typing import Iterator, List

import pytest

from tests.assistant import MODEL, Assistant, running_assistant

TOKEN = "service-test-token"
ALLOWED_ORIGIN = "http://localhost:8080"
FUZZ_INPUTS: List[int] = []


@pytest.fixture(scope="session")
def assistant(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Assistant]:
    if not MODEL.exists():
        pytest.fail(f"no trained model at {MODEL}: run `make model` (make test does it)")
    logs = tmp_path_factory.mktemp("service")
    with running_assistant(logs, TOKEN, rasa_args=["--cors", ALLOWED_ORIGIN]) as running:
        yield running


def pytest_terminal_summary(terminalreporter) -> None:  # type: ignore[no-untyped-def]
    if FUZZ_INPUTS:
        terminalreporter.write_line(f"Fuzzing: {sum(FUZZ_INPUTS)} inputs sent to the REST webhook.")
