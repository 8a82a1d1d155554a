"""Starts the real action server and Rasa server with the trained model."""

from __future__ import annotations

from typing import Iterator, List

import pytest

from tests.assistant import MODEL, running_assistant

TOKEN = "e2e-test-token"
TURN_LATENCIES: List[float] = []
STARTUP_SECONDS: List[float] = []


class Servers:
    def __init__(self, rasa_url: str, startup_seconds: float) -> None:
        self.rasa_url = rasa_url
        self.startup_seconds = startup_seconds


@pytest.fixture(scope="session")
def servers(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Servers]:
    if not MODEL.exists():
        pytest.fail(f"no trained model at {MODEL}: run `make model` (make test does it)")
    with running_assistant(tmp_path_factory.mktemp("logs"), TOKEN) as assistant:
        STARTUP_SECONDS.append(assistant.startup_seconds)
        yield Servers(assistant.rasa_url, assistant.startup_seconds)


def pytest_terminal_summary(terminalreporter) -> None:
    """Prints the figures the note on the issue reports (not a pass/fail target)."""
    if STARTUP_SECONDS:
        terminalreporter.write_line(f"Rasa server start-up: {STARTUP_SECONDS[0]:.1f} s")
    if TURN_LATENCIES:
        ordered = sorted(TURN_LATENCIES)
        p50 = ordered[len(ordered) // 2]
        p95 = ordered[max(0, int(len(ordered) * 0.95) - 1)]
        terminalreporter.write_line(
            f"Per-turn latency over {len(ordered)} turns: p50 {p50 * 1000:.0f} ms, "
            f"p95 {p95 * 1000:.0f} ms, max {ordered[-1] * 1000:.0f} ms"
        )
