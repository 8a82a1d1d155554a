#!/bin/sh
# Entry point of the Rasa image (deploy/Dockerfile.rasa).
#
# Without arguments: writes the channel credentials from the environment
# (REST always; Telegram and Slack when their variables are set), then starts
# the Rasa server with the trained model, the HTTP API behind RASA_TOKEN and
# CORS for RASA_CORS.  Same steps as scripts/run.sh, minus the action server,
# which runs in its own containers.
#
# With arguments: runs them instead, so one-off jobs use the same image and
# environment, e.g.
#   docker compose run --rm --no-deps rasa python -m bot.persistence purge --older-than-days 30
set -eu

if [ "$#" -gt 0 ]; then
  exec "$@"
fi

: "${RASA_TOKEN:?RASA_TOKEN must be set (token for the Rasa HTTP API)}"
: "${RASA_CORS:?RASA_CORS must be set (origin(s) allowed to call Rasa from a browser)}"

python -m bot.channels.credentials build/credentials.yml

# RASA_CORS may hold several origins separated by spaces: split it into words,
# but never expand them as file patterns.
set -f
# shellcheck disable=SC2086
exec rasa run \
  --model models/twitch.tar.gz \
  --endpoints endpoints.yml \
  --credentials build/credentials.yml \
  --port 5005 \
  --enable-api \
  --auth-token "$RASA_TOKEN" \
  --cors $RASA_CORS
