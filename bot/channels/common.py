"""Small helpers shared by the channel connectors."""

from __future__ import annotations

import hmac
import time
from collections import OrderedDict
from typing import Any, Callable, List, Optional


class RecentKeys:
    """Remembers keys seen recently, in bounded memory.

    Messaging platforms deliver at least once: Telegram re-sends an update and
    Slack retries an event when our answer is late or lost.  Remembering what
    was already handled (for longer than the platforms keep retrying) keeps a
    person from getting the same question twice.  Old keys are dropped by age
    and by count so a flood of requests cannot grow memory without limit.
    """

    def __init__(self, max_keys: int = 5000, ttl_seconds: float = 3600.0,
                 clock: Callable[[], float] = time.monotonic) -> None:
        self._seen: "OrderedDict[str, float]" = OrderedDict()
        self._max_keys = max_keys
        self._ttl = ttl_seconds
        self._clock = clock

    def _expire(self, now: float) -> None:
        while self._seen:
            oldest_key, seen_at = next(iter(self._seen.items()))
            if now - seen_at <= self._ttl and len(self._seen) <= self._max_keys:
                break
            del self._seen[oldest_key]

    def first_time(self, *keys: Optional[str]) -> bool:
        """Records the keys; True when none of them was seen before.

        Several keys describe one delivery (Slack's event id and the message's
        channel and timestamp): a repeat of any of them is a duplicate.
        """
        now = self._clock()
        self._expire(now)
        present: List[str] = [key for key in keys if key]
        duplicate = any(key in self._seen for key in present)
        for key in present:
            self._seen[key] = now
            self._seen.move_to_end(key)
        self._expire(now)
        return not duplicate


def same_secret(given: Optional[str], expected: str) -> bool:
    """Compares secrets in constant time, so timing reveals nothing of them."""
    if not given or not expected:
        return False
    return hmac.compare_digest(given.encode("utf-8"), expected.encode("utf-8"))


def split_text(text: str, limit: int) -> List[str]:
    """Splits text into chunks of at most ``limit`` characters.

    Cuts between paragraphs when it can, then between lines, then between
    words, so a long answer stays readable when a platform caps message size.
    """
    text = text.strip()
    chunks: List[str] = []
    while len(text) > limit:
        window = text[:limit]
        # The first separator found in the second half of the window wins.
        cut = next((at for at in (window.rfind(sep) for sep in ("\n\n", "\n", " ")) if at > limit // 2), limit)
        chunks.append(text[:cut].rstrip())
        text = text[cut:].lstrip()
    if text:
        chunks.append(text)
    return chunks


def as_bool(value: Any) -> bool:
    """Reads a flag that may come from YAML (a bool) or the environment (a string)."""
    if isinstance(value, str):
        return value.strip().lower() not in {"", "0", "false", "no", "off"}
    return bool(value)
