"""The action server, reachable only by the Rasa server.

``rasa run actions`` listens on every interface, allows any CORS origin and
has no authentication.  This starts the same Rasa SDK app (``actions``
package) with:

- the host from ``--host`` (default ``ACTION_SERVER_HOST``, else 127.0.0.1),
  so a single-machine set-up is reachable from this machine only;
- a token: when ``ACTION_SERVER_TOKEN`` is set, every call but ``/health``
  must carry it as ``?token=...``, which is what Rasa sends when the token is
  set in ``endpoints.yml``.  Needed as soon as the action server listens on a
  network (docker-compose.yml);
- no CORS: browsers have no business here;
- no access log: the URL carries the token.

Usage: ``python -m bot.action_server --port 5055 [--host 0.0.0.0]``.
"""

from __future__ import annotations

import argparse
import logging
import os
import sys
from typing import Optional, Sequence

from rasa_sdk.endpoint import create_app
from sanic import Sanic, response
from sanic.request import Request
from sanic.response import HTTPResponse

from bot.channels.common import same_secret

logger = logging.getLogger(__name__)

OPEN_PATHS = ("/health",)


def create_action_server(token: str, actions_package: str = "actions") -> Sanic:
    app = create_app(actions_package, cors_origins=None)

    if token:
        @app.middleware("request")
        async def require_token(request: Request) -> Optional[HTTPResponse]:
            if request.path in OPEN_PATHS or same_secret(request.args.get("token"), token):
                return None
            return response.json({"error": "A valid token is required."}, status=401)

    return app


def main(argv: Optional[Sequence[str]] = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m bot.action_server", description=__doc__.splitlines()[0])
    parser.add_argument("--port", type=int, default=5055)
    parser.add_argument("--host", default=os.environ.get("ACTION_SERVER_HOST", "127.0.0.1"))
    parser.add_argument("--actions", default="actions", help="package with the custom actions")
    args = parser.parse_args(argv)

    logging.basicConfig(level=logging.INFO, format="%(asctime)s %(levelname)s %(name)s  %(message)s")
    token = os.environ.get("ACTION_SERVER_TOKEN", "")
    app = create_action_server(token, args.actions)
    logger.info(
        f"Action server on http://{args.host}:{args.port} "
        f"({'token required' if token else 'no token: keep it on loopback'})."
    )
    app.run(args.host, args.port, workers=1, access_log=False, motd=False)
    return 0


if __name__ == "__main__":
    sys.exit(main())
