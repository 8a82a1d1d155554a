"""Starting the real assistant for a test session: action server and Rasa server.

Shared by the end-to-end, channel and browser tests, so that each starts the
servers the same way and stops them even when a test fails.
"""

from __future__ import annotations

import os
import socket
import subprocess
import sys
import time
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Iterator, Mapping, Optional, Sequence

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


@dataclass
class Assistant:
    rasa_url: str
    startup_seconds: float
    rasa_process: subprocess.Popen
    rasa_log: Path


@contextmanager
def running_assistant(
    logs: Path,
    token: str,
    env: Optional[Mapping[str, str]] = None,
    rasa_args: Sequence[str] = (),
    rasa_port: Optional[int] = None,
) -> Iterator[Assistant]:
    """The action server and the Rasa server (HTTP API behind ``token``) on free loopback ports."""
    action_port, rasa_port = free_port(), rasa_port or free_port()
    environment = {
        **(env if env is not None else os.environ),
        "PYTHONPATH": str(ROOT),
        "ACTION_SERVER_URL": f"http://127.0.0.1:{action_port}/webhook",
        "TF_CPP_MIN_LOG_LEVEL": "2",
    }
    action_log, rasa_log = logs / "actions.log", logs / "rasa.log"
    action_server = subprocess.Popen(
        [str(RASA), "run", "actions", "--actions", "actions", "--port", str(action_port)],
        cwd=ROOT, env=environment, stdout=action_log.open("w"), stderr=subprocess.STDOUT,
    )
    rasa_server = subprocess.Popen(
        [str(RASA), "run", "--model", str(MODEL), "--endpoints", "endpoints.yml", "--port", str(rasa_port),
         "--enable-api", "--auth-token", token, *rasa_args],
        cwd=ROOT, env=environment, stdout=rasa_log.open("w"), stderr=subprocess.STDOUT,
    )
    try:
        wait_until(f"http://127.0.0.1:{action_port}/health", 120, action_server, action_log)
        startup = wait_until(f"http://127.0.0.1:{rasa_port}/webhooks/rest/", 240, rasa_server, rasa_log)
        yield Assistant(f"http://127.0.0.1:{rasa_port}", startup, rasa_server, rasa_log)
    finally:
        stop([rasa_server, action_server])
