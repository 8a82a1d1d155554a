"""Throwaway PostgreSQL and Redis servers on 127.0.0.1, from their installed binaries.

The way pytest-postgresql and pytest-redis do it: a new data folder, a free
port, the server process started and stopped by the test.  Nothing is shared
with a server the machine may already run.

Where the binaries are missing, tests that need them skip loudly; with
``REQUIRE_SERVICES=1`` (set by ``.ci/run``) they fail instead, so CI can
never pass by skipping them.
"""

from __future__ import annotations

import glob
import os
import shutil
import subprocess
import tempfile
import time
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Iterator, List, Optional

import pytest

from tests.assistant import free_port

POSTGRES_USER = "rasa"
POSTGRES_DB = "rasa"


def _postgres_bin() -> Optional[Path]:
    candidates = sorted(glob.glob("/usr/lib/postgresql/*/bin"), reverse=True)
    on_path = shutil.which("pg_ctl")
    if on_path:
        candidates.insert(0, str(Path(os.path.realpath(on_path)).parent))
    for folder in candidates:
        if all((Path(folder) / tool).exists() for tool in ("initdb", "pg_ctl", "postgres")):
            return Path(folder)
    return None


def require(what: str, found: bool) -> None:
    """Skips loudly where ``what`` is missing; fails where it is required (CI)."""
    if found:
        return
    message = (
        f"{what} is not installed: the scale-out and storage-fault tests cannot run. "
        "Install the Debian packages postgresql and redis-server (.ci/run does)."
    )
    if os.environ.get("REQUIRE_SERVICES") == "1":
        pytest.fail(message)
    print(f"\n\n!!!!! SKIPPED: {message} !!!!!\n")
    pytest.skip(message)


@dataclass
class Postgres:
    port: int
    folder: Path
    bin: Path
    run_as: List[str]

    @property
    def url(self) -> str:
        return f"postgresql://{POSTGRES_USER}@127.0.0.1:{self.port}/{POSTGRES_DB}"

    def _pg_ctl(self, *args: str) -> None:
        subprocess.run(
            [*self.run_as, str(self.bin / "pg_ctl"), "-D", str(self.folder / "data"), *args],
            check=True, stdout=subprocess.DEVNULL, stderr=subprocess.STDOUT, timeout=60,
        )

    def start(self) -> None:
        self._pg_ctl(
            "-l", str(self.folder / "postgres.log"), "-w", "-o",
            f"-p {self.port} -c listen_addresses=127.0.0.1 -k {self.folder} -c max_connections=200 -c fsync=off",
            "start",
        )

    def stop(self) -> None:
        self._pg_ctl("-m", "fast", "-w", "stop")


@contextmanager
def throwaway_postgres() -> Iterator[Postgres]:
    bin_folder = _postgres_bin()
    require("PostgreSQL (initdb, pg_ctl, postgres)", bin_folder is not None)
    assert bin_folder is not None
    # PostgreSQL refuses to run as root; Debian's package creates the user postgres.
    run_as = ["runuser", "-u", "postgres", "--"] if os.geteuid() == 0 else []
    folder = Path(tempfile.mkdtemp(prefix="twitch-postgres-"))
    if run_as:
        shutil.chown(folder, "postgres")
    server = Postgres(free_port(), folder, bin_folder, run_as)
    subprocess.run(
        [*run_as, str(bin_folder / "initdb"), "-D", str(folder / "data"), "-U", POSTGRES_USER,
         "--auth=trust", "--encoding=UTF8", "--no-sync"],
        check=True, stdout=subprocess.DEVNULL, stderr=subprocess.STDOUT, timeout=120,
    )
    server.start()
    try:
        import psycopg2

        connection = psycopg2.connect(host="127.0.0.1", port=server.port, user=POSTGRES_USER, dbname="postgres")
        connection.autocommit = True
        connection.cursor().execute(f"CREATE DATABASE {POSTGRES_DB}")
        connection.close()
        yield server
    finally:
        try:
            server.stop()
        except subprocess.SubprocessError:
            pass
        shutil.rmtree(folder, ignore_errors=True)


@dataclass
class Redis:
    port: int
    folder: Path
    binary: str
    process: Optional[subprocess.Popen] = None

    def start(self) -> None:
        self.process = subprocess.Popen(
            [self.binary, "--port", str(self.port), "--bind", "127.0.0.1", "--save", "",
             "--appendonly", "no", "--dir", str(self.folder)],
            stdout=(self.folder / "redis.log").open("a"), stderr=subprocess.STDOUT,
        )
        import redis

        client = redis.Redis(host="127.0.0.1", port=self.port, socket_timeout=1)
        for _ in range(100):
            try:
                if client.ping():
                    return
            except redis.exceptions.ConnectionError:
                time.sleep(0.1)
        raise RuntimeError(f"redis-server did not start:\n{(self.folder / 'redis.log').read_text()[-2000:]}")

    def stop(self) -> None:
        if self.process is not None:
            self.process.terminate()
            self.process.wait(timeout=20)
            self.process = None


@contextmanager
def throwaway_redis() -> Iterator[Redis]:
    binary = shutil.which("redis-server") or ("/usr/bin/redis-server" if Path("/usr/bin/redis-server").exists() else None)
    require("Redis (redis-server)", binary is not None)
    assert binary is not None
    folder = Path(tempfile.mkdtemp(prefix="twitch-redis-"))
    server = Redis(free_port(), folder, binary)
    server.start()
    try:
        yield server
    finally:
        server.stop()
        shutil.rmtree(folder, ignore_errors=True)
