"""Load benchmark: our assistant against a bare ``rasa init`` assistant under the same load.

Starts our action server and Rasa server (``tests.assistant.running_assistant``),
checks once that every scripted patient really reaches the triage reply, then
lets ``--concurrency`` patients hold complete assessments over the REST channel
for ``--duration`` seconds.  Then does the same with Rasa's moodbot (created
once under ``build/bench/bare`` by ``rasa init``) served by a plain ``rasa run``.
The two loads run one after the other, each against its own server.

Prints per-turn latency percentiles, throughput, completed conversations,
errors, peak memory and start-up time of each, the ratios ours/bare and the
targets; writes the same to ``<out>/report.json``.  Exit code 1 when a target
is missed.

    PYTHONPATH=. .venv/bin/python scripts/bench.py --concurrency 50 --duration 60 --out reports/bench
"""

from __future__ import annotations

import argparse
import asyncio
import json
import math
import os
import secrets
import subprocess
import sys
import tempfile
import threading
import time
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any, Callable, Dict, Iterator, List, Mapping, Optional, Sequence, Tuple

import aiohttp
import requests

ROOT = Path(__file__).resolve().parents[1]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from tests.assistant import RASA, free_port, running_assistant, stop, wait_until  # noqa: E402

BARE_DIR = ROOT / "build" / "bench" / "bare"
TURN_TIMEOUT_S = 30.0
TARGET_STARTUP_S = 30.0
TARGET_P99_RATIO = 2.0

# What the end of an assessment looks like (bot/knowledge.py): the emergency
# instruction first, or a level headline and the disclaimer last.
EMERGENCY_WORDS = "Call your local emergency number now"
DISCLAIMER_WORDS = "not a diagnosis"
LEVEL_WORDS = {
    "self_care": "harmless twitching that you can look after yourself",
    "routine": "book an appointment with your GP",
    "urgent": "see a doctor within the next few days",
}
CALM_TAIL = ["no", "no", "no", "no", "no", "none of those", "no", "no"]  # worsening .. medication_change


@dataclass(frozen=True)
class Script:
    name: str
    messages: Tuple[str, ...]
    level: str  # expected slot triage_level (ours) or "" (bare)
    reasks: int = 0  # turns after which the same question is asked again (e.g. after a side question)


OUR_SCRIPTS: Tuple[Script, ...] = (
    Script(
        "self-care, button presses and lifestyle",
        (
            "my leg keeps twitching",
            '/inform{"duration_days": 3}',
            "/deny", "/deny", "/deny", "/deny",
            *CALM_TAIL[4:],
            "too much coffee and a lot of stress",
        ),
        "self_care",
    ),
    Script(
        "see a doctor, all in the first message",
        ("my left calf keeps twitching since about three weeks, I'm exhausted and living on coffee", *CALM_TAIL),
        "routine",
    ),
    Script(
        "urgent, weaker leg",
        (
            "my right calf has been twitching for a week",
            "no",
            "yes, I've been tripping on the stairs",
            *CALM_TAIL[2:],
            "stress and bad sleep",
        ),
        "urgent",
    ),
    Script(
        "side question, then self-care",
        ("my thigh keeps twitching for 5 days", "is this ALS?", *CALM_TAIL, "too much coffee"),
        "self_care",
        reasks=1,
    ),
    Script(
        "emergency in the middle of a question",
        ("my calf has been twitching for two weeks", "wait, my face is drooping on one side"),
        "emergency",
    ),
    Script("emergency as the first message", ("I can't swallow and my legs are twitching",), "emergency"),
)

BARE_SCRIPTS: Tuple[Script, ...] = (
    Script("happy", ("hello", "I am feeling great", "bye"), ""),
    Script("sad, helped", ("hi", "I am sad", "yes", "goodbye"), ""),
    Script("sad, not helped", ("hey there", "very unhappy", "no"), ""),
)


def texts(reply: Sequence[Mapping[str, Any]]) -> List[str]:
    return [str(message.get("text", "")) for message in reply]


def our_final(reply: Sequence[Mapping[str, Any]]) -> bool:
    """The triage summary (a level headline, the disclaimer last) or the emergency instruction."""
    lines = texts(reply)
    if any(line.startswith(EMERGENCY_WORDS) for line in lines):
        return True
    joined = "\n".join(lines)
    return bool(lines) and DISCLAIMER_WORDS in lines[-1] and any(words in joined for words in LEVEL_WORDS.values())


def bare_final(reply: Sequence[Mapping[str, Any]]) -> bool:
    return any(line.strip() in ("Bye", "Great, carry on!") for line in texts(reply))


# --------------------------------------------------------------------------- memory


def _children(pid: int) -> List[int]:
    found: List[int] = []
    try:
        for task in Path(f"/proc/{pid}/task").iterdir():
            found += [int(child) for child in (task / "children").read_text().split()]
    except OSError:
        pass
    return found


def descendants(pid: int) -> List[int]:
    found, queue = [], _children(pid)
    while queue:
        child = queue.pop()
        found.append(child)
        queue += _children(child)
    return found


def _status_kb(pid: int, key: str) -> Optional[int]:
    try:
        for line in Path(f"/proc/{pid}/status").read_text().splitlines():
            if line.startswith(key + ":"):
                return int(line.split()[1])
    except (OSError, ValueError, IndexError):
        return None
    return None


def _command(pid: int) -> str:
    try:
        return Path(f"/proc/{pid}/cmdline").read_bytes().replace(b"\0", b" ").decode(errors="replace").strip()
    except OSError:
        return "?"


class MemoryWatch:
    """Peak memory of named processes and their children: VmRSS sampled every 0.5 s, VmHWM at the end."""

    def __init__(self, roots: Mapping[str, int]) -> None:
        self.roots = dict(roots)
        self.peak_kb: Dict[str, int] = {}
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._run, daemon=True)

    def _labels(self) -> Iterator[Tuple[str, int]]:
        for name, pid in self.roots.items():
            yield name, pid
            for child in descendants(pid):
                yield f"{name} child {child} ({_command(child)[:40]})", child

    def sample(self, key: str = "VmRSS") -> None:
        for label, pid in self._labels():
            kb = _status_kb(pid, key)
            if kb is not None:
                self.peak_kb[label] = max(self.peak_kb.get(label, 0), kb)

    def _run(self) -> None:
        while not self._stop.wait(0.5):
            self.sample()

    def __enter__(self) -> "MemoryWatch":
        self.sample()
        self._thread.start()
        return self

    def __exit__(self, *_: object) -> None:
        self._stop.set()
        self._thread.join(timeout=5)
        self.sample("VmHWM")  # the kernel's own high-water mark, still readable while the processes live

    def megabytes(self) -> Dict[str, float]:
        return {label: round(kb / 1024, 1) for label, kb in self.peak_kb.items()}


# --------------------------------------------------------------------------- load


@dataclass
class LoadResult:
    latencies_s: List[float] = field(default_factory=list)
    turn_log: List[Tuple[float, float, str]] = field(default_factory=list)  # (latency, started at, message)
    started: float = 0.0
    turns: int = 0
    errors: int = 0
    error_kinds: Dict[str, int] = field(default_factory=dict)
    completed: int = 0
    incomplete: int = 0  # ended without the final reply, no error
    cut_off: int = 0  # still running when the time was up
    elapsed_s: float = 0.0

    def error(self, kind: str) -> None:
        self.errors += 1
        self.error_kinds[kind] = self.error_kinds.get(kind, 0) + 1


async def _turn(
    session: aiohttp.ClientSession, url: str, sender: str, text: str, result: LoadResult
) -> Optional[List[Dict[str, Any]]]:
    """One message; its latency counts whatever the outcome (a timeout counts 30 s)."""
    start = time.monotonic()
    reply: Optional[List[Dict[str, Any]]] = None
    try:
        async with session.post(url, json={"sender": sender, "message": text}) as response:
            if response.status != 200:
                await response.read()
                result.error(f"HTTP {response.status}")
            else:
                body = await response.json(content_type=None)
                if isinstance(body, list) and body:
                    reply = body
                else:
                    result.error("empty reply")
    except asyncio.TimeoutError:
        result.error("timeout")
    except Exception as exc:  # noqa: BLE001 - any failure of a turn is an error to count, not to crash on
        result.error(type(exc).__name__)
    result.latencies_s.append(time.monotonic() - start)
    result.turn_log.append((result.latencies_s[-1], start - result.started, text))
    result.turns += 1
    return reply


async def _patient(
    index: int,
    url: str,
    scripts: Sequence[Script],
    final: Callable[[Sequence[Mapping[str, Any]]], bool],
    deadline: float,
    budget: List[int],
    run_id: str,
    ramp_s: float,
    think_s: float,
    result: LoadResult,
) -> None:
    timeout = aiohttp.ClientTimeout(total=TURN_TIMEOUT_S)
    connector = aiohttp.TCPConnector(limit=1)
    await asyncio.sleep(index * ramp_s)  # a short ramp rather than all first messages in the same instant
    async with aiohttp.ClientSession(timeout=timeout, connector=connector) as session:
        conversation = 0
        while time.monotonic() < deadline and budget[0] > 0:
            script = scripts[(index + conversation) % len(scripts)]
            sender = f"bench-{run_id}-{index}-{conversation}"
            conversation += 1
            reply: Optional[List[Dict[str, Any]]] = None
            for number, text in enumerate(script.messages):
                if time.monotonic() >= deadline or budget[0] <= 0:
                    result.cut_off += 1
                    break
                budget[0] -= 1
                reply = await _turn(session, url, sender, text, result)
                if reply is None:
                    break
                if think_s and number < len(script.messages) - 1:
                    await asyncio.sleep(think_s)  # the patient reads and types
                if number == len(script.messages) - 1:
                    if final(reply):
                        result.completed += 1
                    else:
                        result.incomplete += 1


async def _load(
    url: str,
    scripts: Sequence[Script],
    final: Callable[[Sequence[Mapping[str, Any]]], bool],
    concurrency: int,
    duration: float,
    max_turns: int,
    think_s: float,
) -> LoadResult:
    result, budget, run_id = LoadResult(), [max_turns], secrets.token_hex(4)
    start = result.started = time.monotonic()
    patients = [
        _patient(i, f"{url}/webhooks/rest/webhook", scripts, final, start + duration, budget, run_id,
                 1.0 / concurrency, think_s, result)
        for i in range(concurrency)
    ]
    await asyncio.gather(*patients)
    result.elapsed_s = time.monotonic() - start
    return result


def run_load(
    url: str,
    scripts: Sequence[Script],
    final: Callable[[Sequence[Mapping[str, Any]]], bool],
    args: argparse.Namespace,
) -> LoadResult:
    return asyncio.run(_load(url, scripts, final, args.concurrency, args.duration, args.max_turns,
                             args.think_time))


# --------------------------------------------------------------------------- checks before the load


def verify_scripts(
    url: str,
    scripts: Sequence[Script],
    final: Callable[[Sequence[Mapping[str, Any]]], bool],
    token: str,
    check_level: bool,
    idle_latencies_s: List[float],
) -> List[str]:
    """Plays each script once, alone; returns what went wrong (nothing when all reach their end)."""
    problems = []
    for script in scripts:
        sender = f"bench-check-{secrets.token_hex(4)}"
        reply: List[Dict[str, Any]] = []
        reasks = 0
        for text in script.messages:
            previous = texts(reply)[-1:]
            start = time.monotonic()
            response = requests.post(
                f"{url}/webhooks/rest/webhook", json={"sender": sender, "message": text}, timeout=TURN_TIMEOUT_S
            )
            idle_latencies_s.append(time.monotonic() - start)
            response.raise_for_status()
            reply = response.json()
            reasks += bool(previous) and texts(reply)[-1:] == previous
        if reasks != script.reasks:
            problems.append(f"{script.name}: a question was asked again {reasks} times (expected {script.reasks})")
        if not final(reply):
            problems.append(f"{script.name}: the last reply is not the final one: {texts(reply)}")
            continue
        if not check_level:
            continue
        tracker = requests.get(f"{url}/conversations/{sender}/tracker", params={"token": token}, timeout=30)
        tracker.raise_for_status()
        state = tracker.json()
        level = state["slots"].get("triage_level")
        if level != script.level or (state.get("active_loop") or {}).get("name"):
            problems.append(
                f"{script.name}: triage_level {level!r} (expected {script.level!r}), "
                f"active loop {state.get('active_loop')}"
            )
    return problems


def nlu_parse_latencies(url: str, scripts: Sequence[Script], token: str, rounds: int = 3) -> List[float]:
    """NLU alone (POST /model/parse), one message at a time: the share of a turn that is NLU."""
    latencies = []
    messages = sorted({text for script in scripts for text in script.messages})
    for _ in range(rounds):
        for text in messages:
            start = time.monotonic()
            response = requests.post(f"{url}/model/parse", params={"token": token}, json={"text": text}, timeout=30)
            latencies.append(time.monotonic() - start)
            response.raise_for_status()
    return latencies


def median_ms(values: Sequence[float]) -> float:
    return round(percentile(sorted(values), 0.5) * 1000, 1)


# --------------------------------------------------------------------------- the two assistants


def percentile(ordered: Sequence[float], share: float) -> float:
    """Nearest-rank percentile of sorted values."""
    if not ordered:
        return float("nan")
    return ordered[min(len(ordered) - 1, max(0, math.ceil(share * len(ordered)) - 1))]


def summary(
    result: LoadResult, startup_s: float, memory_mb: Mapping[str, float], problems: Sequence[str], warmup_s: float
) -> Dict[str, Any]:
    """Latency figures leave out the turns started in the first ``warmup_s`` seconds; counts keep them."""
    ordered = sorted(latency for latency, at, _ in result.turn_log if at >= warmup_s)
    return {
        "p50_ms": round(percentile(ordered, 0.50) * 1000, 1),
        "p95_ms": round(percentile(ordered, 0.95) * 1000, 1),
        "p99_ms": round(percentile(ordered, 0.99) * 1000, 1),
        "max_ms": round(ordered[-1] * 1000, 1) if ordered else float("nan"),
        "turns_per_s": round(result.turns / result.elapsed_s, 2) if result.elapsed_s else 0.0,
        "turns": result.turns,
        "conversations_completed": result.completed,
        "conversations_incomplete": result.incomplete,
        "conversations_cut_off": result.cut_off,
        "errors": result.errors,
        "error_kinds": result.error_kinds,
        "elapsed_s": round(result.elapsed_s, 1),
        "startup_s": round(startup_s, 1),
        "peak_memory_mb": dict(memory_mb),
        "script_check_problems": list(problems),
        "slowest_turns": [
            {"ms": round(latency * 1000), "started_at_s": round(at, 1), "message": text[:60]}
            for latency, at, text in sorted(result.turn_log, reverse=True)[:5]
        ],
        "p99_by_10s_window_ms": _windowed_p99(result.turn_log),
    }


def _windowed_p99(turn_log: Sequence[Tuple[float, float, str]], window_s: float = 10.0) -> Dict[str, float]:
    """p99 of the turns started in each 10 s window: shows whether the tail is start-up or steady."""
    windows: Dict[int, List[float]] = {}
    for latency, at, _ in turn_log:
        windows.setdefault(int(at // window_s), []).append(latency)
    return {
        f"{int(key * window_s)}-{int((key + 1) * window_s)}s": round(percentile(sorted(values), 0.99) * 1000, 1)
        for key, values in sorted(windows.items())
    }


def measure(
    name: str,
    url: str,
    token: str,
    scripts: Sequence[Script],
    final: Callable[[Sequence[Mapping[str, Any]]], bool],
    check_level: bool,
    roots: Mapping[str, int],
    startup_s: float,
    args: argparse.Namespace,
) -> Dict[str, Any]:
    """Script check (one patient, also the warm-up), the load, then NLU alone on the idle server."""
    idle: List[float] = []
    with MemoryWatch(roots) as memory:
        problems = verify_scripts(url, scripts, final, token, check_level, idle)
        for problem in problems:
            print(f"{name}: script check: {problem}")
        print(f"{name}: {args.concurrency} patients for {args.duration:g} s ...")
        result = run_load(url, scripts, final, args)
        parse = nlu_parse_latencies(url, scripts, token)
    report = summary(result, startup_s, memory.megabytes(), problems, args.warmup)
    report["idle_turn_median_ms"] = median_ms(idle)
    report["idle_nlu_parse_median_ms"] = median_ms(parse)
    return report


def bench_ours(args: argparse.Namespace, logs: Path, tmp: Path) -> Dict[str, Any]:
    token = secrets.token_hex(16)
    env = dict(
        os.environ,
        TRACKER_DB_URL=f"sqlite:///{tmp}/bench.db",
        LOCK_STORE_TYPE="in_memory",
        REDIS_HOST="127.0.0.1",
        REDIS_PORT="6379",
        REDIS_DB="1",
        REDIS_PASSWORD="",
        ACTION_SERVER_TOKEN="",
        SQLALCHEMY_SILENCE_UBER_WARNING="1",
        PYTHONWARNINGS="ignore::DeprecationWarning",
    )
    rasa_args: Tuple[str, ...] = ("--interface", "127.0.0.1")
    if args.endpoints:  # argparse keeps the last --endpoints: this one, not the helper's endpoints.yml
        rasa_args += ("--endpoints", str(args.endpoints))
    launched = time.monotonic()
    with running_assistant(logs, token, env=env, rasa_args=rasa_args) as assistant:
        ready_s = time.monotonic() - launched  # from launching both servers to Rasa answering
        rasa_pid = assistant.rasa_process.pid
        action_process = getattr(assistant, "action_process", None)
        actions = [action_process.pid] if action_process else [pid for pid in _children(os.getpid()) if pid != rasa_pid]
        roots = {"rasa server": rasa_pid, **{"action server": pid for pid in actions[:1]}}
        print(f"ours: Rasa server up after {ready_s:.1f} s ({assistant.startup_seconds:.1f} s after the action server)")
        report = measure("ours", assistant.rasa_url, token, OUR_SCRIPTS, our_final, True, roots, ready_s, args)
    report["startup_after_action_server_s"] = round(assistant.startup_seconds, 1)
    log = assistant.rasa_log.read_text(errors="replace")
    report["tracker_store_fallback"] = "Using `InMemoryTrackerStore` instead" in log
    return report


def bare_model(bare_dir: Path) -> Path:
    """The moodbot of ``rasa init``, created and trained once and then reused."""
    models = sorted(bare_dir.glob("models/*.tar.gz"), key=lambda path: path.stat().st_mtime)
    if models:
        return models[-1]
    env = dict(os.environ, TF_CPP_MIN_LOG_LEVEL="2", RASA_TELEMETRY_ENABLED="false")
    if not (bare_dir / "config.yml").exists():
        bare_dir.mkdir(parents=True, exist_ok=True)
        print(f"bare: rasa init --no-prompt --init-dir {bare_dir} (once; trains the moodbot)")
        subprocess.run(
            [str(RASA), "init", "--no-prompt", "--init-dir", str(bare_dir)],
            cwd=ROOT, env=env, check=False, timeout=1800, stdout=subprocess.DEVNULL, stderr=subprocess.STDOUT,
        )
    if not list(bare_dir.glob("models/*.tar.gz")):
        print("bare: rasa train")
        subprocess.run(
            [str(RASA), "train", "--quiet"], cwd=bare_dir, env=env, check=True, timeout=1800,
            stdout=subprocess.DEVNULL, stderr=subprocess.STDOUT,
        )
    models = sorted(bare_dir.glob("models/*.tar.gz"), key=lambda path: path.stat().st_mtime)
    if not models:
        raise RuntimeError(f"no model under {bare_dir}/models after training")
    return models[-1]


def bench_bare(args: argparse.Namespace, logs: Path) -> Dict[str, Any]:
    model = bare_model(args.bare_dir)
    port = free_port()
    log = logs / "bare-rasa.log"
    token = secrets.token_hex(16)
    env = dict(os.environ, TF_CPP_MIN_LOG_LEVEL="2", RASA_TELEMETRY_ENABLED="false")
    launched = time.monotonic()
    server = subprocess.Popen(
        [str(RASA), "run", "--model", str(model), "--port", str(port), "--interface", "127.0.0.1",
         "--enable-api", "--auth-token", token],
        cwd=args.bare_dir, env=env, stdout=log.open("w"), stderr=subprocess.STDOUT,
    )
    try:
        url = f"http://127.0.0.1:{port}"
        wait_until(f"{url}/webhooks/rest/", 240, server, log)
        ready_s = time.monotonic() - launched
        print(f"bare: Rasa server up after {ready_s:.1f} s")
        return measure("bare", url, token, BARE_SCRIPTS, bare_final, False, {"rasa server": server.pid}, ready_s, args)
    finally:
        stop([server])


# --------------------------------------------------------------------------- report


def _ratio(ours: float, bare: float) -> float:
    return round(ours / bare, 2) if bare else float("nan")


def targets(ours: Mapping[str, Any], bare: Mapping[str, Any], concurrency: int) -> List[Dict[str, Any]]:
    limit = TARGET_P99_RATIO * bare["p99_ms"]
    checks = [
        {
            "target": f"zero errors at concurrency {concurrency}",
            "value": ours["errors"],
            "limit": 0,
            "pass": ours["errors"] == 0 and not ours["script_check_problems"],
        },
        {
            "target": f"p99 <= {TARGET_P99_RATIO:g}x bare p99",
            "value": ours["p99_ms"],
            "limit": round(limit, 1),
            "pass": ours["p99_ms"] <= limit,
        },
        {
            "target": f"Rasa server start-up < {TARGET_STARTUP_S:g} s",
            "value": ours["startup_s"],
            "limit": TARGET_STARTUP_S,
            "pass": ours["startup_s"] < TARGET_STARTUP_S,
        },
    ]
    return checks


def table(report: Mapping[str, Any]) -> str:
    ours, bare = report["assistants"]["ours"], report["assistants"]["bare"]
    rows: List[Tuple[str, str, str]] = [
        ("per-turn latency p50 (ms)", f"{ours['p50_ms']:.0f}", f"{bare['p50_ms']:.0f}"),
        ("per-turn latency p95 (ms)", f"{ours['p95_ms']:.0f}", f"{bare['p95_ms']:.0f}"),
        ("per-turn latency p99 (ms)", f"{ours['p99_ms']:.0f}", f"{bare['p99_ms']:.0f}"),
        ("per-turn latency max (ms)", f"{ours['max_ms']:.0f}", f"{bare['max_ms']:.0f}"),
        ("turns per second", f"{ours['turns_per_s']:.1f}", f"{bare['turns_per_s']:.1f}"),
        ("turns", str(ours["turns"]), str(bare["turns"])),
        ("conversations completed", str(ours["conversations_completed"]), str(bare["conversations_completed"])),
        ("  incomplete / cut off at the end",
         f"{ours['conversations_incomplete']} / {ours['conversations_cut_off']}",
         f"{bare['conversations_incomplete']} / {bare['conversations_cut_off']}"),
        ("errors", str(ours["errors"]), str(bare["errors"])),
        ("start-up (s)", f"{ours['startup_s']:.1f}", f"{bare['startup_s']:.1f}"),
        ("one patient alone: turn median (ms)", f"{ours['idle_turn_median_ms']:.0f}",
         f"{bare['idle_turn_median_ms']:.0f}"),
        ("one patient alone: NLU parse median (ms)", f"{ours['idle_nlu_parse_median_ms']:.0f}",
         f"{bare['idle_nlu_parse_median_ms']:.0f}"),
    ]
    for label in sorted(set(ours["peak_memory_mb"]) | set(bare["peak_memory_mb"])):
        rows.append((f"peak memory, {label} (MB)", str(ours["peak_memory_mb"].get(label, "-")),
                     str(bare["peak_memory_mb"].get(label, "-"))))
    width = max(len(row[0]) for row in rows) + 2
    s = report["settings"]
    lines = [
        f"Load: {s['concurrency']} patients at once for {s['duration_s']:g} s each (max {s['max_turns']} turns, "
        f"{s['think_time_s']:g} s between turns; latency leaves out the first {s['warmup_s']:g} s)",
        f"{'':<{width}}{'ours':>12}{'bare':>12}",
        *(f"{label:<{width}}{a:>12}{b:>12}" for label, a, b in rows),
        "",
        "Ratios ours/bare: " + ", ".join(f"{key} {value:.2f}" for key, value in report["ratios"].items()),
        "",
        "Targets:",
        *(f"  {'PASS' if t['pass'] else 'MISS'}  {t['target']}: {t['value']} (limit {t['limit']})"
          for t in report["targets"]),
    ]
    for name, figures in report["assistants"].items():
        windows = " ".join(f"{value:.0f}" for value in figures["p99_by_10s_window_ms"].values())
        lines.append(f"p99 per 10 s of load ({name}, ms): {windows}")
        if figures["error_kinds"]:
            lines.append(f"Errors ({name}): {figures['error_kinds']}")
        for problem in figures["script_check_problems"]:
            lines.append(f"Script check ({name}): {problem}")
    if ours.get("tracker_store_fallback"):
        lines.append("Note: our Rasa server fell back to InMemoryTrackerStore (bot.persistence not importable).")
    return "\n".join(lines)


def main(argv: Optional[Sequence[str]] = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--concurrency", type=int, default=50, help="patients talking at once")
    parser.add_argument("--duration", type=float, default=60.0, help="seconds of load per assistant")
    parser.add_argument("--max-turns", type=int, default=20000, help="cap on turns per assistant")
    parser.add_argument("--think-time", type=float, default=0.0, help="seconds a patient waits between turns")
    parser.add_argument("--warmup", type=float, default=0.0,
                        help="leave the turns started in the first seconds of each load out of the latency figures")
    parser.add_argument("--out", type=Path, default=ROOT / "reports" / "bench", help="report directory")
    parser.add_argument("--endpoints", type=Path, default=None,
                        help="other endpoints file for our Rasa server (diagnostics, e.g. another tracker store)")
    parser.add_argument("--bare-dir", type=Path, default=BARE_DIR, help="where the rasa init assistant lives")
    args = parser.parse_args(argv)
    if not 1 <= args.concurrency <= 500 or not 0 < args.duration <= 3600 or args.max_turns < 1:
        parser.error("concurrency 1..500, duration 0..3600 s, max-turns >= 1")
    if not 0 <= args.think_time <= 60 or not 0 <= args.warmup < args.duration:
        parser.error("think-time 0..60 s, warmup 0..duration")
    args.out = args.out.resolve()
    args.bare_dir = args.bare_dir.resolve()
    args.endpoints = args.endpoints.resolve() if args.endpoints else None
    logs = args.out / "logs"
    logs.mkdir(parents=True, exist_ok=True)

    with tempfile.TemporaryDirectory(prefix="bench-") as tmp:
        ours = bench_ours(args, logs, Path(tmp))
    bare = bench_bare(args, logs)

    report: Dict[str, Any] = {
        "settings": {
            "concurrency": args.concurrency,
            "duration_s": args.duration,
            "max_turns": args.max_turns,
            "think_time_s": args.think_time,
            "warmup_s": args.warmup,
            "turn_timeout_s": TURN_TIMEOUT_S,
            "our_endpoints": str(args.endpoints or ROOT / "endpoints.yml"),
            "our_scripts": [asdict(script) for script in OUR_SCRIPTS],
            "bare_scripts": [asdict(script) for script in BARE_SCRIPTS],
        },
        "assistants": {"ours": ours, "bare": bare},
        "ratios": {
            "p50": _ratio(ours["p50_ms"], bare["p50_ms"]),
            "p95": _ratio(ours["p95_ms"], bare["p95_ms"]),
            "p99": _ratio(ours["p99_ms"], bare["p99_ms"]),
            "turns_per_s": _ratio(ours["turns_per_s"], bare["turns_per_s"]),
        },
    }
    report["targets"] = targets(ours, bare, args.concurrency)
    report["passed"] = all(check["pass"] for check in report["targets"])
    print()
    print(table(report))
    (args.out / "report.json").write_text(json.dumps(report, indent=2) + "\n")
    print(f"\nReport: {args.out / 'report.json'}")
    return 0 if report["passed"] else 1


if __name__ == "__main__":
    sys.exit(main())
