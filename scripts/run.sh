#!/usr/bin/env bash
# Starts the action server and the Rasa server, then says how to talk to them.
set -euo pipefail
rasa_port=$1 action_port=$2 token=$3 cors=$4
venv=.venv/bin
mkdir -p var

# Secrets come from the environment; without one, make it here (never in the repo).
if [ -z "$token" ]; then
  [ -s var/rasa-token ] || (umask 077 && "$venv/python" -c 'import secrets; print(secrets.token_urlsafe(24))' > var/rasa-token)
  token=$(cat var/rasa-token)
fi
if [ -z "${ACTION_SERVER_TOKEN:-}" ]; then
  ACTION_SERVER_TOKEN=$("$venv/python" -c 'import secrets; print(secrets.token_urlsafe(24))')
  export ACTION_SERVER_TOKEN
fi

"$venv/python" -m bot.action_server --port "$action_port" &
action_pid=$!
trap 'kill $action_pid 2>/dev/null || true' EXIT INT TERM

cat <<MSG

Starting the leg-twitch assistant (first start takes about 20 s)...

  Talk to it over REST:
    curl -s -X POST http://localhost:${rasa_port}/webhooks/rest/webhook \\
      -H 'Content-Type: application/json' \\
      -d '{"sender": "me", "message": "my calf has been twitching for 3 weeks"}'

  Read a conversation's slots (HTTP API; the token is RASA_TOKEN, or var/rasa-token):
    curl -s "http://localhost:${rasa_port}/conversations/me/tracker?token=\$(cat var/rasa-token)"

  Conversations are kept in ${TRACKER_DB_URL}.
  The web chat widget: http://localhost:8080/ (use localhost, not 127.0.0.1: CORS).
  A terminal chat instead: make shell.   Stop: Ctrl+C.

MSG

# Telegram and Slack are switched on only when their variables are set.
"$venv/python" -m bot.channels.credentials build/credentials.yml
"$venv/rasa" run --model models/twitch.tar.gz --endpoints endpoints.yml --credentials build/credentials.yml \
  --port "$rasa_port" --enable-api --auth-token "$token" --cors "$cors"
