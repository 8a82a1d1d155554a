#!/usr/bin/env bash
# Starts the action server and the Rasa server, then says how to talk to them.
set -euo pipefail
rasa_port=$1 action_port=$2 token=$3 cors=$4
venv=.venv/bin

"$venv/rasa" run actions --actions actions --port "$action_port" --quiet &
action_pid=$!
trap 'kill $action_pid 2>/dev/null || true' EXIT INT TERM

cat <<MSG

Starting the leg-twitch assistant (first start takes about 20 s)...

  Talk to it over REST:
    curl -s -X POST http://localhost:${rasa_port}/webhooks/rest/webhook \\
      -H 'Content-Type: application/json' \\
      -d '{"sender": "me", "message": "my calf has been twitching for 3 weeks"}'

  Read a conversation's slots (HTTP API, token from RASA_TOKEN):
    curl -s "http://localhost:${rasa_port}/conversations/me/tracker?token=${token}"

  The web chat widget: http://localhost:8080/ (use localhost, not 127.0.0.1: CORS).
  A terminal chat instead: make shell.   Stop: Ctrl+C.

MSG

# Telegram and Slack are switched on only when their variables are set.
"$venv/python" -m bot.channels.credentials build/credentials.yml
"$venv/rasa" run --model models/twitch.tar.gz --endpoints endpoints.yml --credentials build/credentials.yml \
  --port "$rasa_port" --enable-api --auth-token "$token" --cors "$cors"
