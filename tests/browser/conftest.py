"""Starts the action server, the Rasa server and the widget's static server, and a real Chromium.

The page is served from one origin (http://127.0.0.1:<web>) and Rasa only lets that origin in
(--cors), so the tests also prove the CORS set-up the widget needs.  A second origin,
http://127.0.0.1:<embed>, stands for "another website embedding the widget" (a real server: Chromium
refuses loopback requests from pages that Playwright fakes, as they count as public).
"""

from __future__ import annotations

import subprocess
import sys
import threading
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Iterator, List

import pytest
import requests

from tests.assistant import MODEL, ROOT, free_port, running_assistant, stop, wait_until

CHROMIUM = Path("/usr/bin/chromium")
TOKEN = "browser-test-token"
REPORTS = ROOT / "reports"


class Stack:
    def __init__(self, rasa_url: str, page_url: str, embed_origin: str) -> None:
        self.rasa_url = rasa_url
        self.page_url = page_url  # the demo page, bot/web/index.html
        self.web_url = page_url.rsplit("/", 1)[0]
        self.embed_origin = embed_origin

    def requested_slot(self, sender: str):
        """The question the bot has open for ``sender`` (None when no form is running)."""
        response = requests.get(f"{self.rasa_url}/conversations/{sender}/tracker", params={"token": TOKEN}, timeout=30)
        response.raise_for_status()
        tracker = response.json()
        if not (tracker.get("active_loop") or {}).get("name"):
            return None
        return tracker["slots"].get("requested_slot")


@pytest.fixture(scope="session")
def stack(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Stack]:
    if not MODEL.exists():
        pytest.fail(f"no trained model at {MODEL}: run `make model`")
    if not CHROMIUM.exists():
        pytest.fail(f"{CHROMIUM} is missing: apt-get install -y chromium")
    logs = tmp_path_factory.mktemp("logs")
    rasa_port, web_port, embed_port = free_port(), free_port(), free_port()
    page_origin = f"http://127.0.0.1:{web_port}"
    embed_origin = f"http://127.0.0.1:{embed_port}"
    rasa_url = f"http://127.0.0.1:{rasa_port}"
    web_log = logs / "web.log"
    web_server = subprocess.Popen(
        [sys.executable, "bot/web/serve.py", str(web_port), "--rasa-url", rasa_url, "--quiet"],
        cwd=ROOT, stdout=web_log.open("w"), stderr=subprocess.STDOUT,
    )
    try:
        wait_until(f"{page_origin}/widget.js", 30, web_server, web_log)
        with running_assistant(logs, TOKEN, rasa_args=["--cors", page_origin, embed_origin], rasa_port=rasa_port):
            yield Stack(rasa_url, f"{page_origin}/index.html", embed_origin)
    finally:
        stop([web_server])


@pytest.fixture(scope="session")
def browser(stack: Stack):
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        chromium = playwright.chromium.launch(
            executable_path=str(CHROMIUM),
            headless=True,
            args=["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking"],
        )
        try:
            yield chromium
        finally:
            chromium.close()


@pytest.fixture
def embed_site(stack: Stack) -> Iterator:
    """Serves one HTML page at stack.embed_origin: call the fixture's value with the HTML."""
    pages = {}

    class Handler(BaseHTTPRequestHandler):
        def do_GET(self) -> None:  # noqa: N802
            body = pages.get("html", "").encode()
            self.send_response(200)
            self.send_header("Content-Type", "text/html; charset=utf-8")
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            self.wfile.write(body)

        def log_message(self, format, *args) -> None:  # noqa: A002
            pass

    host, port = stack.embed_origin.rsplit("/", 1)[1].split(":")
    server = ThreadingHTTPServer((host, int(port)), Handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()

    def serve(html: str) -> str:
        pages["html"] = html
        return stack.embed_origin + "/"

    try:
        yield serve
    finally:
        server.shutdown()
        server.server_close()


class PageProblems:
    """Script errors and dialogs seen by a page: any of them fails the test."""

    def __init__(self) -> None:
        self.errors: List[str] = []
        self.dialogs: List[str] = []


@pytest.fixture
def page_problems() -> PageProblems:
    return PageProblems()


@pytest.fixture
def context(browser, page_problems: PageProblems):
    """A fresh browser profile per test: empty localStorage, so every test starts a new chat."""
    context = browser.new_context(viewport={"width": 1100, "height": 760})
    context.set_default_timeout(30_000)
    try:
        yield context
    finally:
        context.close()
    assert not page_problems.dialogs, f"a dialog fired: {page_problems.dialogs}"
    assert not page_problems.errors, f"script errors on the page: {page_problems.errors}"


@pytest.fixture
def page(context, page_problems: PageProblems):
    page = context.new_page()
    page.on("pageerror", lambda error: page_problems.errors.append(str(error)))
    page.on("console", lambda message: message.type == "error" and page_problems.errors.append(message.text))

    def on_dialog(dialog) -> None:
        page_problems.dialogs.append(f"{dialog.type}: {dialog.message}")
        dialog.dismiss()

    page.on("dialog", on_dialog)
    return page


@pytest.fixture(scope="session")
def reports() -> Path:
    REPORTS.mkdir(exist_ok=True)
    return REPORTS
