"""Starts the real action server and Rasa server with the trained model."""

from __future__ import annotations

import os
import socket
import subprocess
import sys
import time
from pathlib import Path
from typing import Iterator, List

import pytest
import requests

ROOT = Path(__file__).resolve().parents[2]
MODEL = ROOT / "models" / "twitch.tar.gz"
RASA = Path(sys.executable).parent / "rasa"
TOKEN = "e2e-test-token"
TURN_LATENCIES: List[float] = []
STARTUP_SECONDS: List[float] = []


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


class Servers:
    def __init__(self, rasa_url: str, startup_seconds: float) -> None:
        self.rasa_url = rasa_url
        self.startup_seconds = startup_seconds


@pytest.fixture(scope="session")
def servers(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Servers]:
    if not MODEL.exists():
        pytest.fail(f"no trained model at {MODEL}: run `make model` (make test does it)")
    logs = tmp_path_factory.mktemp("logs")
    action_port, rasa_port = free_port(), free_port()
    env = {
        **os.environ,
        "PYTHONPATH": str(ROOT),
        "ACTION_SERVER_URL": f"http://127.0.0.1:{action_port}/webhook",
        "TF_CPP_MIN_LOG_LEVEL": "2",
    }
    action_log, rasa_log = logs / "actions.log", logs / "rasa.log"
    action_server = subprocess.Popen(
        [str(RASA), "run", "actions", "--actions", "actions", "--port", str(action_port)],
        cwd=ROOT, env=env, stdout=action_log.open("w"), stderr=subprocess.STDOUT,
    )
    rasa_server = subprocess.Popen(
        [str(RASA), "run", "--model", str(MODEL), "--endpoints", "endpoints.yml",
         "--port", str(rasa_port), "--enable-api", "--auth-token", TOKEN],
        cwd=ROOT, env=env, stdout=rasa_log.open("w"), stderr=subprocess.STDOUT,
    )
    try:
        wait_until(f"http://127.0.0.1:{action_port}/health", 120, action_server, action_log)
        startup = wait_until(f"http://127.0.0.1:{rasa_port}/webhooks/rest/", 240, rasa_server, rasa_log)
        STARTUP_SECONDS.append(startup)
        yield Servers(f"http://127.0.0.1:{rasa_port}", startup)
    finally:
        for process in (rasa_server, action_server):
            process.terminate()
        for process in (rasa_server, action_server):
            try:
                process.wait(timeout=20)
            except subprocess.TimeoutExpired:
                process.kill()


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
