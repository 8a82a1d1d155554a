"""Messaging channels (Telegram, Slack) hardened for production use.

Each connector is registered in a credentials file by module path; see
``bot.channels.credentials``, which writes that file from the environment.
"""
