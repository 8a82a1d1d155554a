"""Turns the ways people say "how long" into days.

Duckling cannot run here (no server), so this is an in-process parser for
the forms that come up when describing symptoms: counts with units ("3 wks",
"two and a half weeks", "10 days or so"), vague counts ("a few months",
"a couple of weeks"), special words ("a fortnight", "half a year"),
relative starts ("since yesterday", "since last Tuesday", "since March"),
and bare plural units ("on and off for years").  A range ("1-2 weeks")
counts as its upper end: for the 14-day rule, the longer reading is the
safer one.
"""

from __future__ import annotations

import calendar
import re
from dataclasses import dataclass
from datetime import date
from typing import Callable, List, Optional

# A time within the last day ("20 minutes ago", "since this morning") says when something
# began, not how long twitching has gone on: it is the entity ``recent_time``, as the
# labelling guide has it, and the slot mapping still reads it as a time.
RECENT_TIME_DAYS = 1.0
TIME_ENTITIES = frozenset({"duration", "recent_time"})

UNIT_DAYS = {
    "minute": 1 / 1440,
    "hour": 1 / 24,
    "day": 1.0,
    "night": 1.0,
    "week": 7.0,
    "fortnight": 14.0,
    "month": 30.0,
    "year": 365.0,
}

UNIT_ALIASES = {
    "min": "minute", "mins": "minute", "minute": "minute", "minutes": "minute",
    "h": "hour", "hr": "hour", "hrs": "hour", "hour": "hour", "hours": "hour",
    "d": "day", "day": "day", "days": "day", "dys": "day", "dayz": "day",
    "night": "night", "nights": "night",
    "w": "week", "wk": "week", "wks": "week", "week": "week", "weeks": "week",
    "weak": "week", "weeks'": "week", "wek": "week", "weks": "week", "weekss": "week",
    "fortnight": "fortnight", "fortnights": "fortnight",
    "mo": "month", "mos": "month", "mth": "month", "mths": "month", "month": "month",
    "months": "month", "monts": "month", "monthes": "month", "mnths": "month",
    "y": "year", "yr": "year", "yrs": "year", "year": "year", "years": "year", "yeras": "year",
    # Hindi and Urdu in Roman letters: "10 din se", "3 hafte se", "2 mahine se".
    "din": "day", "dino": "day", "hafte": "week", "hafta": "week", "mahine": "month", "mahina": "month",
    "mahino": "month", "saal": "year", "ghante": "hour", "ghanta": "hour",
}

NUMBER_WORDS = {
    "a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6,
    "seven": 7, "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12,
    "thirteen": 13, "fourteen": 14, "fifteen": 15, "sixteen": 16, "seventeen": 17,
    "eighteen": 18, "nineteen": 19, "twenty": 20, "thirty": 30, "forty": 40,
    "fifty": 50, "sixty": 60, "couple": 2, "a couple": 2, "a couple of": 2,
    "couple of": 2, "few": 3, "a few": 3, "several": 3, "some": 2, "many": 4,
    "a number of": 3, "half a": 0.5, "half an": 0.5, "one and a half": 1.5,
    "a half": 0.5,
    # Dictation hears "two" as "too": "for about too weeks".
    "too": 2,
}

WEEKDAYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")
MONTHS = (
    "january", "february", "march", "april", "may", "june", "july", "august",
    "september", "october", "november", "december",
)
MONTH_BY_ABBREVIATION = {"jan": "january", "feb": "february", "mar": "march", "apr": "april", "jun": "june",
                         "jul": "july", "aug": "august", "sep": "september", "sept": "september", "oct": "october",
                         "nov": "november", "dec": "december"}
MONTH_ABBREVIATIONS = {name[:3]: index for index, name in enumerate(MONTHS)}

_unit_pattern = "|".join(sorted((re.escape(alias) for alias in UNIT_ALIASES), key=len, reverse=True))
_word_number_pattern = "|".join(
    sorted((re.escape(word) for word in NUMBER_WORDS), key=len, reverse=True)
)
_number = rf"(?:\d+(?:[.,]\d+)?|{_word_number_pattern})"

_long_unit_pattern = "|".join(
    sorted((re.escape(alias) for alias in UNIT_ALIASES if len(alias) > 1), key=len, reverse=True)
)
# Digits may touch their unit ("3wks", "10d"); number words need a space, so
# that "and" or "any" never read as "an d" or "an y".
COUNT_WITH_UNIT = re.compile(
    rf"(?:(?<![\w.])|(?<=\bx))(?P<count>{_number})"
    rf"(?:\s*(?:-|to|or)\s*(?P<upper>{_number}))?"
    rf"(?P<and_half>\s+(?:and|n|&)\s+(?:a\s+)?half)?(?:-?ish)?"
    rf"(?:(?<=\d)\s*(?:-\s*)?(?P<unit>{_unit_pattern})|(?<=ish)\s+(?P<ish_unit>{_long_unit_pattern})|\s+(?:-\s*)?(?P<word_unit>{_long_unit_pattern}))\b"
    rf"(?P<trailing_half>\s+(?:and|n|&)\s+(?:a\s+)?half)?"
    rf"(?:(?:\s+or|,?\s+(?:maybe|possibly|perhaps|or\s+maybe)|\s+to)\s+(?P<upper_after>two|three|four|\d+)\b"
    rf"(?!\s*(?:{_unit_pattern})\b)"
    # "2 weeks ago, could be 3", "About 5 days. Maybe 6.": the unit said once, after a stop or "could be";
    # only at the end of a clause, so "5 days. Maybe 2 cups of coffee" is no range.
    rf"|(?:\s+ago)?(?:[,.?!]*\s+(?:maybe|possibly|perhaps|or\s+maybe|could\s+be|might\s+be|more\s+like|prob(?:ably)?))"
    rf"\s+(?P<upper_late>two|three|four|five|six|seven|eight|nine|ten|\d+)\b"
    rf"(?!\s*(?:{_unit_pattern})\b)(?=\s*(?:[.,?!;)\n]|$|(?:or|and|but|i|it|tbh|honestly|actually|ago|now|so)\b)))?",
    re.IGNORECASE,
)
# "half a year", and "since half month" as a learner writes it.
HALF_A_UNIT = re.compile(rf"\bhalf\s+(?:(?:a|an)\s+)?(?P<unit>month|year|week|fortnight)\b|\bhalf\s+(?:a|an)\s+(?P<short_unit>{_unit_pattern})\b",
                         re.IGNORECASE)
BARE_PLURAL_UNIT = re.compile(
    r"\b(?:for|over|since|past|from|been)\s+(?:the\s+)?(?:past\s+|last\s+)?(?P<unit>days|weeks|months|years|ages)\b",
    re.IGNORECASE,
)
# "months now", "years honestly, on and off": a bare plural given as the whole answer's start.
BARE_PLURAL_ANSWER = re.compile(
    r"^\W*(?:(?:oh|um+|erm|like|honestly|ages\s+mate\W+like|ages\W+like)\s+)?(?P<unit>days|weeks|months|years|ages)\b"
    r"(?!\s+(?:ago|old|of|later|before|after)\b)",
    re.IGNORECASE,
)
FOR_A_UNIT = re.compile(r"\b(?:for|past|last|over|this|since)\s+(?:the\s+)?(?:past\s+|last\s+)?(?P<unit>week|month|year|fortnight)\b", re.IGNORECASE)
_ORDINAL = r"[123]?\d(?:st|nd|rd|th)"
SINCE_RELATIVE = re.compile(
    r"\b(?:since|from|started|began|start):?\s+(?:on\s+|about\s+|around\s+|in\s+|at\s+|like\s+)?"
    r"(?P<when>yesterday|last\s+night|this\s+morning|today|tonight|the\s+weekend|last\s+weekend|"
    # "since I woke up this morning", "since lunch": earlier today.
    r"i\s+woke\s+up(?:\s+this\s+morning|\s+today)?|i\s+got\s+up(?:\s+this\s+morning|\s+today)?|lunch(?:time)?|breakfast|"
    r"last\s+week\s+(?:" + "|".join(WEEKDAYS) + r")|last\s+week|last\s+month|last\s+year|christmas|x-?mas|new\s+year|halloween|bonfire\s+night|"
    r"easter|thanksgiving|labou?r\s+day|memorial\s+day|the\s+(?:4th|fourth)\s+of\s+july|july\s+(?:4th|fourth)|"
    r"(?:jan|feb|mar|apr|jun|jul|aug|sept?|oct|nov|dec)\.?(?![\w'])|the\s+clocks\s+(?:went\s+back|changed)|the\s+new\s+year|"
    r"(?:the\s+)?(?:summer|spring|autumn|fall|winter)|"
    r"valentine'?s(?:\s+day)?|the\s+(?:start|beginning)\s+of\s+the\s+(?:week|month|year)|"
    r"(?:last\s+)?(?:" + "|".join(WEEKDAYS) + r")|(?:mon|tues?|weds?|thu|thurs?|fri|sat|sun)(?![\w'])|"
    r"the\s+" + _ORDINAL + r"(?:\s+of\s+(?:the\s+month|this\s+month|" + "|".join(MONTHS) + r"))?|"
    r"(?:(?:(?:the\s+)?(?:start|beginning|middle|end)\s+of|mid|early|late)[\s-]*)?(?:" + "|".join(MONTHS) + r"))\b",
    re.IGNORECASE,
)
# "since 20 September", "since September 20th", "from 3 Oct".
SINCE_DATE = re.compile(
    r"\b(?:since|from|started|began):?\s+(?:on\s+|about\s+|around\s+|like\s+)?(?:the\s+)?"
    r"(?:(?P<day>[123]?\d)(?:st|nd|rd|th)?\s+(?:of\s+)?(?P<month>[a-z]{3,9})|(?P<month_first>[a-z]{3,9})\s+(?:the\s+)?(?P<day_after>[123]?\d)(?:st|nd|rd|th)?)\b",
    re.IGNORECASE,
)
# "twitching all week": the whole of it so far.
ALL_OF_A_UNIT = re.compile(
    r"\b(?:all|the\s+whole|the\s+entire)\s+(?:this\s+|last\s+)?(?P<unit>week|month|year)\b|"
    # "been going on a good month": a little over one.
    r"\ba\s+good\s+(?P<good_unit>week|month|year|fortnight)\b|"
    # "been twitchin for a whole month".
    r"\ba\s+(?:whole|full|entire)\s+(?P<whole_unit>week|month|year|fortnight)\b",
    re.IGNORECASE,
)
# "week three now", "the third week": as many weeks as it counts.
WEEK_NUMBER = re.compile(
    r"\b(?:week|wk)\s+(?P<number>two|three|four|five|six|[2-9])\b|\b(?P<ordinal>second|third|fourth|fifth|sixth|"
    r"2nd|3rd|4th|5th|6th)\s+week\b(?!\s+of\b)",
    re.IGNORECASE,
)
WEEK_ORDINALS = {"second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6, "2nd": 2, "3rd": 3, "4th": 4, "5th": 5,
                 "6th": 6}
# Clinicians' shorthand, "x 3/52" or "for 2/12": weeks, months or days (a date never
# follows "x" or "for").
CLINICAL_NOTATION = re.compile(r"(?:\bx|\bfor)\s*(?P<count>\d{1,2})\s*/\s*(?P<period>52|12|7)\b", re.IGNORECASE)
CLINICAL_PERIODS = {"52": 7.0, "12": 30.0, "7": 1.0}
# Without "x" or "for": "6/52" is weeks wherever it stands (no month has 52 days); "3/12
# history" is months only with "history" or "hx" after it ("3/12" alone may be a date).
CLINICAL_WEEKS = re.compile(r"(?<![\w/])(?P<count>\d{1,2})\s*/\s*52\b")
CLINICAL_HISTORY = re.compile(r"(?<![\w/])(?P<count>\d{1,2})\s*/\s*(?P<period>12|7)\s+(?:history|hx)\b", re.IGNORECASE)
# "Calf twitch, day 3": as many days as it counts.
# "Day 12 of calf twitching" too, but not "day 3 of my cycle".
DAY_NUMBER = re.compile(
    r"\bday\s+(?P<number>[2-9]|1\d|two|three|four|five|six|seven|eight|nine|ten)\b"
    r"(?!\s*(?:of(?!\s+(?:(?:calf|leg|thigh|this|the|my)\s+)?(?:twitch|this\b))|/))",
                        re.IGNORECASE)
WEEKDAY_ABBREVIATIONS = {
    "mon": 0, "tue": 1, "tues": 1, "wed": 2, "weds": 2, "thu": 3, "thur": 3, "thurs": 3, "fri": 4, "sat": 5, "sun": 6,
}
# "twitching all day today": today counts, even in a long message.
ALL_DAY_TODAY = re.compile(r"\ball\s+day\s+today\b", re.IGNORECASE)
# "since school started back" is since the term began, not since childhood.
SINCE_CHILDHOOD = re.compile(
    r"\bsince\s+(?:i\s+was\s+)?(?:a\s+)?(?:kid|child|teenager|teen|childhood|school(?!\s+(?:started|began|went|term|back))|forever)\b",
    re.IGNORECASE,
)
STARTED_BEFORE = re.compile(r"\b(?:started|began|start|noticed|appeared|came\s+on|kicked\s+in|first)\b[\w\s']{0,20}$", re.IGNORECASE)
STANDALONE_RELATIVE = re.compile(r"\b(?P<when>yesterday|today|this\s+morning|last\s+night)\b", re.IGNORECASE)

# "twice a day", "every day", "3 times a week": frequencies, not durations.
FREQUENCY_BEFORE = re.compile(r"(?:times?|twice|once|per|every|each|a\s+few\s+times|all|most|some|other|couple\s+of\s+times)\s*$", re.IGNORECASE)
# "67 years old", "4 hours sleep", "8 hours a night": an age or an amount, not how long;
# "it changes from one day to the next" says how it varies.
NOT_A_DURATION_AFTER = re.compile(
    r"^\s*(?:-?\s*old\b|of\s+age\b|of\s+sleep\b|sleep\b|a\s+(?:night|day|week)\b|per\b|of\s+(?:exercise|running|training|gym)\b"
    r"|shifts?\b|rota\b"
    r"|to\s+the\s+next\b"
    # "28 weeks pregnant", "32 weeks with baby #2": how far along, not how long.
    r"|pregnant\b|along\b|with\s+(?:baby|bump|twins)\b|gestation\b"
    # "25 y/o", "38 y.o. male": an age.
    r"|/\s*o\b|\.\s*o\b)",
    re.IGNORECASE,
)
LAST_YEAR_AFTER = re.compile(r"\s+last\s+year\b", re.IGNORECASE)
# "I am 41 years", "aged 34 years": an age with "old" left out.
AGE_BEFORE = re.compile(r"\b(?:i\s+am|i'?m|im|aged?|he\s+is|she\s+is|he'?s|she'?s)\s+$", re.IGNORECASE)
# "I have 34 years", "myself Ramesh, 34 years": a learner's age, when the number is an adult's.
LEARNERS_AGE_BEFORE = re.compile(r"\b(?:i\s+have|myself\s+\w+\s*,?)\s+$", re.IGNORECASE)
ADULT_YEARS = 13
# "10hr shifts", "12 hour nights": how long the working day is, not the twitching.
WORKING_TIME_AFTER = re.compile(r"^\s*(?:shifts?|days|nights|days?\s+at\s+work)\b", re.IGNORECASE)
# "worse than last week" compares; it does not say how long.
# "more than a year" still says how long.
COMPARISON_BEFORE = re.compile(r"\b(?!(?:more|less|longer|fewer|over|under)\b)\w+\s+than\s+$", re.IGNORECASE)
# "I'm only sleeping about 5 hours", "sleeping fine, 7 or 8 hours": how long the sleep is, not the twitching.
SLEEP_BEFORE = re.compile(r"\b(?:sleep|sleeping|slept|sleeps)\s+(?:\w+[,.]?\s+){0,2}$", re.IGNORECASE)
# "a day" or "a week" is a duration only where a duration is expected: "for a
# week", "a week ago", or as the whole answer; not "6 cups of coffee a day".
DURATION_LEAD_IN = re.compile(
    r"(?:\b(?:for|past|last|about|around|over|almost|nearly|like|in|within|only|just|roughly|maybe|"
    r"than|least|approx|approximately|started|began|since|been|had|after|under|whole|entire|aboot|fur)\s*)$|^\W*$|"
    r"\bgoing\s+on\s+$|"
    # "my foot's been twitching a month and a half".
    r"\b(?:twitching|twitchin|twitched|jumping|flickering|fluttering|twitchy)\s+$",
    re.IGNORECASE,
)
# "some days it's worse" tells how often; "for some weeks" tells how long.
SOME_LEAD_IN = re.compile(r"\b(?:for|past|last|been|over|within|had|since)\s+$", re.IGNORECASE)
AGO_AFTER = re.compile(r"^\s*(?:or\s+(?:so|two|more)\s+)?(?:ago|now|or\s+so)\b", re.IGNORECASE)


@dataclass(frozen=True)
class Duration:
    text: str
    start: int
    end: int
    days: float


def _number_value(text: str) -> float:
    cleaned = text.lower().strip()
    if cleaned in NUMBER_WORDS:
        return float(NUMBER_WORDS[cleaned])
    return float(cleaned.replace(",", "."))


def _easter(year: int) -> date:
    """Western Easter Sunday (the anonymous Gregorian algorithm)."""
    a, b, c = year % 19, year // 100, year % 100
    d, e = divmod(b, 4)
    g = (8 * b + 13) // 25
    h = (19 * a + b - d - g + 15) % 30
    i, k = divmod(c, 4)
    weekday_shift = (32 + 2 * e + 2 * i - h - k) % 7
    m = (a + 11 * h + 19 * weekday_shift) // 433
    month = (h + weekday_shift - 7 * m + 90) // 25
    return date(year, month, (h + weekday_shift - 7 * m + 33 * month + 19) % 32)


def _nth_weekday(year: int, month: int, weekday: int, nth: int) -> date:
    """The nth given weekday of a month; nth = -1 for the last one."""
    if nth > 0:
        first = date(year, month, 1)
        return date(year, month, 1 + (weekday - first.weekday()) % 7 + 7 * (nth - 1))
    following = date(year + month // 12, month % 12 + 1, 1)
    last = following.toordinal() - 1
    return date.fromordinal(last - (date.fromordinal(last).weekday() - weekday) % 7)


def _days_since_recurring(today: date, day_of: Callable[[int], date]) -> float:
    """Days since the latest past occurrence of a yearly date."""
    this_year = day_of(today.year)
    latest = this_year if this_year < today else day_of(today.year - 1)
    return float((today - latest).days)


def _days_since_day_of_month(day: int, month_name: Optional[str], today: date) -> float:
    if month_name:
        month = MONTHS.index(month_name.lower()) + 1
        return _days_since_recurring(today, lambda year: date(year, month, min(day, 28)))
    if 1 <= day < today.day:
        return float(today.day - day)
    previous_month_end = date(today.year, today.month, 1).toordinal() - 1
    previous = date.fromordinal(previous_month_end)
    return float((today - date(previous.year, previous.month, min(day, previous.day))).days)


def _days_since(when: str, today: date, last_year: bool = False) -> float:
    when = " ".join(when.lower().split())
    def clocks_go_back(year: int) -> date:
        return _nth_weekday(year, 10, 6, -1)

    recurring = {
        "easter": _easter,
        # UK clocks go back on the last Sunday of October.
        "the clocks went back": clocks_go_back,
        "the clocks changed": clocks_go_back,
        # US Labor Day is the 1st Monday of September, Memorial Day the last Monday of May.
        "labor day": lambda year: _nth_weekday(year, 9, 0, 1),
        "labour day": lambda year: _nth_weekday(year, 9, 0, 1),
        "memorial day": lambda year: _nth_weekday(year, 5, 0, -1),
    }
    if last_year and (when in recurring or when == "thanksgiving"):
        # "since Thanksgiving last year": the one of the year before, as the US keeps it.
        day_of = recurring.get(when) or (lambda year: _nth_weekday(year, 11, 3, 4))
        return float((today - day_of(today.year - 1)).days)
    if when in recurring:
        return _days_since_recurring(today, recurring[when])
    if when == "thanksgiving":
        # The latest one past: in late November, before the US holiday, it is Canada's (2nd Monday of October).
        return min(_days_since_recurring(today, lambda year: _nth_weekday(year, 11, 3, 4)),
                   _days_since_recurring(today, lambda year: _nth_weekday(year, 10, 0, 2)))
    ordinal = re.fullmatch(r"the (\d+)(?:st|nd|rd|th)(?: of (?:the month|this month|(\w+)))?", when)
    if ordinal:
        return _days_since_day_of_month(int(ordinal.group(1)), ordinal.group(2), today)
    part_of_month = re.fullmatch(r"(mid|early|late|the middle of|the end of)[\s-]*(\w+)", when)
    if part_of_month and part_of_month.group(2) in MONTHS:
        month = MONTHS.index(part_of_month.group(2)) + 1
        day = {"mid": 15, "the middle of": 15, "early": 5, "late": 25}.get(part_of_month.group(1))
        return _days_since_recurring(
            today, lambda year: date(year, month, day or calendar.monthrange(year, month)[1])
        )
    fixed = {
        "yesterday": 1.0, "last night": 1.0, "this morning": 0.5, "today": 0.5,
        "i woke up": 0.5, "i woke up this morning": 0.5, "i woke up today": 0.5, "i got up": 0.5,
        "i got up this morning": 0.5, "i got up today": 0.5, "lunch": 0.5, "lunchtime": 0.5, "breakfast": 0.5,
        "tonight": 0.0, "last week": 7.0, "last month": 30.0, "last year": 365.0,
    }
    if when in fixed:
        return fixed[when]
    if when.startswith("the start of the") or when.startswith("the beginning of the"):
        period = when.split()[-1]
        if period == "week":
            return float(today.weekday() or 7)
        if period == "month":
            return float(max(today.day - 1, 1))
        return float((today - date(today.year, 1, 1)).days or 365)
    holidays = {"halloween": (10, 31), "bonfire night": (11, 5), "valentine's": (2, 14), "valentines": (2, 14),
                "valentine's day": (2, 14), "valentines day": (2, 14), "the 4th of july": (7, 4),
                "the fourth of july": (7, 4), "july 4th": (7, 4), "july fourth": (7, 4)}
    if when in holidays:
        month, day = holidays[when]
        return _days_since_recurring(today, lambda year: date(year, month, day))
    last_week_day = re.fullmatch(r"last week (\w+)", when)
    if last_week_day and last_week_day.group(1) in WEEKDAYS:
        # "since last week Thursday": that day of the week before this one.
        return float(today.weekday() + 7 - WEEKDAYS.index(last_week_day.group(1)))
    if when in {"the weekend", "last weekend"}:
        back = (today.weekday() - 5) % 7 or 7
        return float(back)
    # "from beginning of November": a learner's "the" left out.
    when = re.sub(r"^(?:start|beginning) of ", "the start of ", when)
    bare = when.removeprefix("last ").removeprefix("the start of ").removeprefix("the beginning of ").rstrip(".")
    bare = MONTH_BY_ABBREVIATION.get(bare, bare)
    if bare in WEEKDAYS or bare in WEEKDAY_ABBREVIATIONS:
        weekday = WEEKDAYS.index(bare) if bare in WEEKDAYS else WEEKDAY_ABBREVIATIONS[bare]
        back = (today.weekday() - weekday) % 7 or 7
        return float(back)
    if bare in MONTHS:
        month = MONTHS.index(bare) + 1
        year = today.year if month < today.month or (month == today.month and when != bare) else today.year - 1
        if month == today.month and when == bare:
            return float(max(today.day - 1, 1))
        return float((today - date(year, month, 1)).days)
    seasons = {"spring": 3, "summer": 6, "autumn": 9, "fall": 9, "winter": 12}
    season = when.removeprefix("the ")
    if season in seasons:
        # "since the summer" counts from its first day.
        return _days_since_recurring(today, lambda year: date(year, seasons[season], 1))
    if when == "the new year":
        return float((today - date(today.year, 1, 1)).days or 365)
    if bare in ("christmas", "xmas", "x-mas"):
        return _days_since_recurring(today, lambda year: date(year, 12, 25))
    if bare == "new year":
        return float((today - date(today.year, 1, 1)).days or 365)
    return 0.0


def _overlaps(found: List[Duration], start: int, end: int) -> bool:
    return any(start < other.end and other.start < end for other in found)


def find_durations(text: str, today: Optional[date] = None) -> List[Duration]:
    """Every duration in the text, in order of appearance, as days."""
    today = today or date.today()
    found: List[Duration] = []

    def add(start: int, end: int, days: float) -> None:
        if not _overlaps(found, start, end):
            found.append(Duration(text[start:end], start, end, round(days, 2)))

    for match in SINCE_DATE.finditer(text):
        month_name = (match.group("month") or match.group("month_first") or "").lower()
        if month_name not in MONTHS and month_name not in MONTH_ABBREVIATIONS:
            continue
        full_name = month_name if month_name in MONTHS else MONTHS[MONTH_ABBREVIATIONS[month_name]]
        day = int(match.group("day") or match.group("day_after"))
        if 1 <= day <= 31:
            add(match.start(), match.end(), _days_since_day_of_month(day, full_name, today))
    for match in SINCE_RELATIVE.finditer(text):
        last_year = LAST_YEAR_AFTER.match(text, match.end())
        end = last_year.end() if last_year else match.end()
        add(match.start(), end, _days_since(match.group("when"), today, last_year=bool(last_year)))
    for match in SINCE_CHILDHOOD.finditer(text):
        add(match.start(), match.end(), 3650.0)
    for match in COUNT_WITH_UNIT.finditer(text):
        before, after = text[: match.start()], text[match.end() :]
        if FREQUENCY_BEFORE.search(before) or NOT_A_DURATION_AFTER.match(after) or COMPARISON_BEFORE.search(before):
            continue
        unit = UNIT_ALIASES[(match.group("unit") or match.group("ish_unit") or match.group("word_unit")).lower()]
        if unit == "year" and AGE_BEFORE.search(before):
            continue
        if unit == "year" and LEARNERS_AGE_BEFORE.search(before) and _number_value(match.group("count")) >= ADULT_YEARS:
            continue
        if unit in {"hour", "minute"} and (SLEEP_BEFORE.search(before) or WORKING_TIME_AFTER.match(after)):
            continue
        count_text = match.group("count")
        if count_text.lower() in {"a", "an"} and unit in {"minute", "hour"}:
            continue
        # "maybe 8 glass in one day": how much a day.
        if unit == "day" and count_text.lower() in {"a", "one", "1"} and re.search(r"\bin\s+$", before):
            continue
        if count_text.lower() == "some" and not (SOME_LEAD_IN.search(before) or AGO_AFTER.match(after)):
            continue
        if count_text.lower() in {"a", "an"} and not (
            DURATION_LEAD_IN.search(before) or AGO_AFTER.match(after)
            # "hmm a month and a half": a short answer that opens with the duration.
            or (len(text.split()) <= 8 and len(before.split()) <= 1)
        ):
            continue
        upper = match.group("upper") or match.group("upper_after") or match.group("upper_late")
        count = max(_number_value(count_text), _number_value(upper)) if upper else _number_value(count_text)
        if match.group("and_half") or match.group("trailing_half"):
            count += 0.5
        add(match.start(), match.end(), count * UNIT_DAYS[unit])
    # After the counts, so that "one and half month" is 45 days, not half of one.
    for match in HALF_A_UNIT.finditer(text):
        add(match.start(), match.end(), 0.5 * UNIT_DAYS[UNIT_ALIASES[(match.group("unit") or match.group("short_unit")).lower()]])
    for match in FOR_A_UNIT.finditer(text):
        if COMPARISON_BEFORE.search(text[: match.start()]):
            continue
        add(match.start(), match.end(), UNIT_DAYS[match.group("unit").lower()])
    for match in [*BARE_PLURAL_UNIT.finditer(text), *BARE_PLURAL_ANSWER.finditer(text)]:
        unit = match.group("unit").lower()
        # A bare plural means at least two of them; "ages" is vague but long.
        days = 180.0 if unit == "ages" else 2 * UNIT_DAYS[unit.rstrip("s")]
        add(match.start(), match.end(), days)
    for match in ALL_OF_A_UNIT.finditer(text):
        unit = match.group("unit") or match.group("good_unit") or match.group("whole_unit")
        add(match.start(), match.end(), UNIT_DAYS[unit.lower()])
    for match in WEEK_NUMBER.finditer(text):
        ordinal = match.group("ordinal")
        weeks = WEEK_ORDINALS[ordinal.lower()] if ordinal else _number_value(match.group("number"))
        add(match.start(), match.end(), 7.0 * weeks)
    for match in ALL_DAY_TODAY.finditer(text):
        add(match.start(), match.end(), 0.5)
    for match in CLINICAL_NOTATION.finditer(text):
        add(match.start(), match.end(), float(match.group("count")) * CLINICAL_PERIODS[match.group("period")])
    for match in CLINICAL_WEEKS.finditer(text):
        add(match.start(), match.end(), 7.0 * float(match.group("count")))
    for match in CLINICAL_HISTORY.finditer(text):
        add(match.start(), match.end(), float(match.group("count")) * CLINICAL_PERIODS[match.group("period")])
    for match in DAY_NUMBER.finditer(text):
        add(match.start(), match.end(), _number_value(match.group("number")))
    short_answer = len(text.split()) <= 6
    for match in STANDALONE_RELATIVE.finditer(text):
        # "I did a workout yesterday" dates the workout; "yesterday" alone, or
        # "it started yesterday", dates the twitching.
        if short_answer or STARTED_BEFORE.search(text[: match.start()]):
            add(match.start(), match.end(), _days_since(match.group("when"), today))
    return sorted(found, key=lambda duration: duration.start)


def parse_days(text: str, today: Optional[date] = None) -> Optional[float]:
    """The longest duration mentioned, or None (the safer reading for the 14-day rule)."""
    durations = find_durations(text, today)
    if not durations:
        return None
    return max(duration.days for duration in durations)
