"""Serves the chat widget and its demo page (bot/web/) over plain HTTP, standard library only.

    python bot/web/serve.py [PORT] [--bind 127.0.0.1] [--rasa-url http://localhost:5005] [--quiet]

Only the page's own files are served (by extension), never this script or anything outside
bot/web/.  ``/config.js`` is generated so the demo page talks to the Rasa server named by
--rasa-url, and the page gets a Content-Security-Policy that allows scripts from this server
only and connections to that Rasa server only.  For local use and tests, not a production server.
"""

from __future__ import annotations

import argparse
import json
import sys
from functools import partial
from http.server import SimpleHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Optional, Sequence
from urllib.parse import unquote, urlsplit

WEB_DIR = Path(__file__).resolve().parent
SERVED_SUFFIXES = {".html", ".js", ".css", ".png", ".svg", ".ico"}


def origin_of(url: str) -> str:
    parts = urlsplit(url)
    if parts.scheme not in ("http", "https") or not parts.netloc:
        raise ValueError(f"not an http(s) URL: {url!r}")
    return f"{parts.scheme}://{parts.netloc}"


class WidgetHandler(SimpleHTTPRequestHandler):
    rasa_url = "http://localhost:5005"
    quiet = False

    def do_GET(self) -> None:  # noqa: N802 (the name http.server dispatches on)
        if self._allowed():
            super().do_GET()

    def do_HEAD(self) -> None:  # noqa: N802
        if self._allowed():
            super().do_HEAD()

    def _allowed(self) -> bool:
        """Answers /config.js and refusals itself; True when the base class should serve a file."""
        path = unquote(urlsplit(self.path).path)
        if path == "/config.js":
            self._send_config()
            return False
        if path != "/" and Path(path).suffix not in SERVED_SUFFIXES:
            self.send_error(404)
            return False
        return True

    def list_directory(self, path):  # no directory listings
        self.send_error(404)
        return None

    def _send_config(self) -> None:
        body = (
            "// Written by bot/web/serve.py from --rasa-url.\n"
            "window.TwitchChatConfig = Object.assign(window.TwitchChatConfig || {}, "
            f"{json.dumps({'server': self.rasa_url})});\n"
        ).encode()
        self.send_response(200)
        self.send_header("Content-Type", "text/javascript; charset=utf-8")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        if self.command != "HEAD":
            self.wfile.write(body)

    def end_headers(self) -> None:
        # no-cache: an edited widget.js shows up on the next reload.
        self.send_header("Cache-Control", "no-cache")
        self.send_header("X-Content-Type-Options", "nosniff")
        # The shadow root's <style> element needs 'unsafe-inline' for styles; scripts stay strict.
        self.send_header(
            "Content-Security-Policy",
            "default-src 'none'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; "
            f"connect-src {origin_of(self.rasa_url)}; base-uri 'none'; form-action 'none'; frame-ancestors 'none'",
        )
        super().end_headers()

    def log_message(self, format: str, *args) -> None:  # noqa: A002 (signature of the base class)
        if not self.quiet:
            super().log_message(format, *args)


# .js must be served as JavaScript whatever the system's MIME table says (nosniff is strict).
WidgetHandler.extensions_map = {**SimpleHTTPRequestHandler.extensions_map, ".js": "text/javascript"}


def main(argv: Optional[Sequence[str]] = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("port", nargs="?", type=int, default=8080)
    parser.add_argument("--bind", default="127.0.0.1", help="address to listen on (default: 127.0.0.1)")
    parser.add_argument("--rasa-url", default="http://localhost:5005", help="the Rasa server the page talks to")
    parser.add_argument("--quiet", action="store_true", help="don't log each request")
    args = parser.parse_args(argv)
    try:
        origin_of(args.rasa_url)
    except ValueError as error:
        parser.error(str(error))

    handler = type("Handler", (WidgetHandler,), {"rasa_url": args.rasa_url.rstrip("/"), "quiet": args.quiet})
    server = ThreadingHTTPServer((args.bind, args.port), partial(handler, directory=str(WEB_DIR)))
    # Name the page "localhost" when that reaches it: the origin must match Rasa's --cors exactly.
    shown = "localhost" if args.bind in ("127.0.0.1", "0.0.0.0", "localhost") else args.bind
    print(f"Chat widget demo page: http://{shown}:{args.port}/  (talks to Rasa at {args.rasa_url})", flush=True)
    try:
        server.serve_forever()
    except KeyboardInterrupt:
        pass
    finally:
        server.server_close()
    sys.exit(0)


if __name__ == "__main__":
    main()
