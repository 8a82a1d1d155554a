"""The credentials file: channels on only when configured, secrets only in the environment."""

from __future__ import annotations

from pathlib import Path

import pytest

from bot.channels.credentials import ROOT, SLACK_CLASS, TELEGRAM_CLASS, build, main

BASE = (ROOT / "credentials.yml").read_text(encoding="utf-8")
TELEGRAM_ENV = {
    "TELEGRAM_TOKEN": "123:secret-telegram-token",
    "TELEGRAM_BOT_NAME": "TwitchBot",
    "TELEGRAM_WEBHOOK_URL": "https://bot.example.org/webhooks/telegram/webhook",
    "TELEGRAM_SECRET_TOKEN": "secret-webhook-token",
}
SLACK_ENV = {"SLACK_BOT_TOKEN": "xoxb-secret-slack-token", "SLACK_SIGNING_SECRET": "secret-signing"}


def test_without_variables_only_rest() -> None:
    text, channels, warnings = build({}, BASE)
    assert channels == ["rest"] and warnings == []
    assert "bot.channels.rest.GuardedRestInput:" in text and TELEGRAM_CLASS not in text and SLACK_CLASS not in text


def test_a_half_configured_channel_stays_off_with_a_warning() -> None:
    env = {**TELEGRAM_ENV, "SLACK_BOT_TOKEN": "xoxb-1"}
    del env["TELEGRAM_SECRET_TOKEN"]
    _, channels, warnings = build(env, BASE)
    assert channels == ["rest"]
    assert any("TELEGRAM_SECRET_TOKEN" in w for w in warnings) and any("SLACK_SIGNING_SECRET" in w for w in warnings)


def test_secrets_are_referenced_and_expanded_by_rasa(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    import rasa.shared.utils.io

    env = {**TELEGRAM_ENV, **SLACK_ENV, "SLACK_API_URL": "http://127.0.0.1:9/api/", "SLACK_USE_THREADS": "1"}
    for name, value in env.items():
        monkeypatch.setenv(name, value)
    for name in ("TELEGRAM_API_URL", "TELEGRAM_SET_WEBHOOK", "SLACK_CHANNEL", "SLACK_CONVERSATION_GRANULARITY"):
        monkeypatch.delenv(name, raising=False)
    out = tmp_path / "credentials.yml"
    assert main([str(out)]) == 0
    text = out.read_text()
    assert all(value not in text for value in env.values() if "secret" in value)
    config = rasa.shared.utils.io.read_config_file(str(out))
    assert config["bot.channels.rest.GuardedRestInput"] is None
    assert config[TELEGRAM_CLASS] == {
        "access_token": TELEGRAM_ENV["TELEGRAM_TOKEN"], "verify": "TwitchBot",
        "webhook_url": TELEGRAM_ENV["TELEGRAM_WEBHOOK_URL"], "secret_token": "secret-webhook-token",
        "set_webhook_on_startup": True,
    }
    assert config[SLACK_CLASS] == {
        "slack_token": "xoxb-secret-slack-token", "slack_signing_secret": "secret-signing",
        "api_url": "http://127.0.0.1:9/api/", "use_threads": True, "conversation_granularity": "sender",
    }
