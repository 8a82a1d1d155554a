"""Pasted markup read as the words it holds, keeping every character where it was.

A message copied from a web page or typed in a markdown-minded app ("It is <i>not</i>
painful", "<li>Pain: none</li>", "ankle &amp; shin") must read like plain text to the
tokenizer and to negation, yet Rasa's entities point into the message as sent, so each tag
or character reference is overwritten by a replacement of the same length: a block tag
ends a line, an inline tag is blank, a character reference is its character.
"""

from __future__ import annotations

import html
import re
from typing import List

TAG = re.compile(r"</?([a-zA-Z][a-zA-Z0-9]*)(?:\s[^<>]{0,200})?/?>")
BLOCK_TAGS = frozenset(
    {"p", "br", "li", "ul", "ol", "div", "tr", "td", "th", "table", "h1", "h2", "h3", "h4", "h5", "h6",
     "blockquote", "pre", "hr", "section", "article", "header", "footer"}
)
CHARACTER_REFERENCE = re.compile(r"&(?:[a-zA-Z]{2,8}|#[0-9]{2,5}|#x[0-9a-fA-F]{2,4});")


def _tag_replacement(match: "re.Match[str]") -> str:
    length = len(match.group())
    if match.group(1).lower() in BLOCK_TAGS:
        return "\n" + " " * (length - 1)
    return " " * length


def _reference_replacement(match: "re.Match[str]") -> str:
    character = html.unescape(match.group())
    if len(character) != 1:
        return match.group()
    # A no-break space is a space.
    character = " " if character == "\u00a0" else character
    return character + " " * (len(match.group()) - 1)


# Voice-to-text that spells out its punctuation: "on warfarin period no pain no numbness period".
DICTATED = re.compile(
    r"(?<![A-Za-z'])(period|full stop|comma|question mark|exclamation mark|exclamation point|new paragraph|new line)"
    r"(?![A-Za-z'])",
    re.IGNORECASE,
)
DICTATED_MARKS = {"period": ".", "full stop": ".", "comma": ",", "question mark": "?", "exclamation mark": "!",
                  "exclamation point": "!", "new paragraph": "\n", "new line": "\n"}
# "my period", "a comma", "the new line at work": the word itself.
NOT_DICTATED_AFTER = frozenset(
    {"my", "a", "the", "her", "his", "this", "that", "each", "every", "trial", "waiting", "grace", "time", "short",
     "long", "same", "whole", "last", "next", "of", "first", "her", "your"}
)
DICTATION_MIN_MARKS = 2


def _dictated(text: str) -> List["re.Match[str]"]:
    marks = []
    for match in DICTATED.finditer(text):
        before = text[: match.start()].split()
        if not before or before[-1].lower().strip(".,!?") not in NOT_DICTATED_AFTER:
            marks.append(match)
    return marks if len(marks) >= DICTATION_MIN_MARKS else []


def without_dictated_punctuation(text: str) -> str:
    """Spelt-out punctuation made the mark it names, padded to the same length."""
    marks = _dictated(text)
    if not marks:
        return text
    pieces, last = [], 0
    for match in marks:
        mark = DICTATED_MARKS[" ".join(match.group().lower().split())]
        pieces += [text[last : match.start()], mark + " " * (len(match.group()) - 1)]
        last = match.end()
    return "".join(pieces) + text[last:]


def without_markup(text: str) -> str:
    """The text with HTML tags and character references overwritten, and spelt-out dictated
    punctuation made marks; the same length as ``text``."""
    text = without_dictated_punctuation(text)
    if "<" not in text and "&" not in text:
        return text
    return CHARACTER_REFERENCE.sub(_reference_replacement, TAG.sub(_tag_replacement, text))
