"""TimeML TIMEX3 tagging: find the time expressions of an article and give them values.

Rule-based in the manner of HeidelTime: the word lists live in `kg/lexicons/time.tsv`; the rules
are regular expressions built from them once, at import, and each must match the whole (cleaned)
text of one candidate expression. `normalise` values one expression and needs no spaCy;
`find_time_expressions` proposes candidates from a parsed Doc (spaCy's DATE and TIME entities,
phrases spaCy misses such as "recently" or "every Saturday", and a dateline), joins neighbours
that make one expression ("the morning" + "of" + "June 10"), and values them in text order.

Decisions where TimeML leaves room, so that callers know what to expect:

* Partial dates ("June 10", "in March", "summer", "the third quarter") take the year that puts
  them nearest the publication date, days after it weighing twice days before (news looks
  back). The tense of the governing verb shifts the weights (fivefold) but does not decide
  alone: "declared a dividend payable Dec. 7" is past tense about a coming date. Without a
  publication date they take the year of the date last mentioned, if it has one ("April 19,
  1995 ... arrived on April 14" is 1995-04-14), else the year stays `XXXX` ("XXXX-06-10").
  "September 27 that year" is that day of the year last named, "the 17th" that day of the month
  last named (of publication's month when none is). Weekdays in such a text are the day last
  mentioned or the first such day after it ("On 13 September 1974 ... a Friday afternoon").
* Weekdays resolve to the most recent such day on or before publication; to the next one when
  the verb is future, or when no tense is known and the next one is much nearer ("Tuesday" in
  a Monday paper); "will meet Monday" in a Monday paper is that day. "last Monday" is strictly
  before, "next Monday" strictly after. A modal makes the verb future ("can meet on Tuesday",
  "may meet"), but not with the perfect ("may have met on Tuesday", "would have signed").
* Two-digit years ("'89") take the century that puts them nearest publication, years ahead
  counting twice: 1989 in 1989 and in 2024, 2030 in 2024; 19yy without a publication date.
* "N units later/earlier", "the next day", "that year" count from the date last mentioned in the
  text (`previous`), else from publication; "ago" and "from now" count from publication. The value
  has the granularity of the unit (days give a day, weeks an ISO week, years a year), never finer
  than the date counted from, and counted from the middle of a coarser date's period ("In March 1985
  ... two days earlier" stays 1985-03). Vague counts give `PAST_REF`/`FUTURE_REF` ("several years
  ago") or an unknown value ("a few days later": `XXXX-XX-XX`). A year or month named in a clause
  that describes a noun is background and is not counted from ("said on Tuesday that the plant,
  built in 1985, would close. The next day" is Wednesday). "three days later" stays one date,
  counted from the day before it, although TimeBank tags the length as a DURATION and leaves "later"
  out: what happened three days later needs its day.
* Clock times take the adjacent date ("10 a.m. on June 10", "3 p.m. yesterday"), else the day last
  mentioned, else the publication day. An hour without am/pm takes it from the part of day after it
  ("at 8 in the evening" is T20:00, "7 o'clock this morning" T07:00). Parts of day attach to a day
  as TIME: `XXXX-06-10TMO`. A day followed by its part of day is a DATE, and after "morning" and
  "night" it is the day alone ("Wednesday night" is 2000-01-05, "Wednesday evening" 2000-01-05TEV),
  as TimeBank mostly values them; so is a part of day a day before or after the story's ("the next
  morning"), while "that morning" stays a TIME.
* Ranges ("July 29-30", "1990-95", "from May to July") are one DATE valued by their first end;
  TIMEX3 has no range value and `kg` wants an event date. When spaCy joins two expressions that
  each stand alone ("June 10 and the next day"), they are split, as TimeML tags each; so are
  two months or days that each carry their year either side of a dash ("(June 25, 1950-July
  27, 1953)"). A range of lengths ("two to three weeks") is likewise the DURATION of its first
  end (P2W).
* Decades are `199` ("the 1990s"), centuries `19` ("the 20th century", "the 1900s"; but "the
  2000s" is the decade 200); "the last century" is
  the previous century, "the past decade" the duration `P10Y` (decades and centuries count in
  years as durations, as in TimeBank). "a decade ago" is a year.
* Ages ("40-year-old", "40 years old") are not returned by `find_time_expressions`: an age is a
  property of a person, not the time of an event, and TimeBank (TBAQ-cleaned) leaves them
  untagged. `normalise` still values them as the durations they are (`P40Y`). The age of a
  truce, war or embargo (`lasting_noun`) is returned: it is how long the state has lasted ("the
  IRA's 8-month-old truce", P8M).
  A length told as an adjective is tagged: "a two-year boom" and "a week-long visit" (P1W),
  "the yearlong campaign" (P1Y), "a half-century" (P50Y).
* A plural unit an adjective describes ("the great years", "the most fateful years", "such
  days") names an era by its character and is not returned; "recent years", "long years" and
  "the years that followed" are stretches of time. "centuries-old" is an age, untagged.
* "One day, he visited ..." is an indefinite day (`PAST_REF`, or `FUTURE_REF` with a future
  verb), not the duration `P1D`.
* A dateline ("Pyongyang, July 29 (KCNA) --") is returned like any other DATE; the caller
  decides that it dates the report rather than an event.
* "today", "yesterday" and "N days ago" inside what someone said in the past ("Our superiority
  proved today ..., he said") count from the story's day, the day last mentioned, when it lies
  before publication: the speaker's today, not the paper's. "He said today" is the paper's.
  So do they in a speech a colon introduces ("Then he said:" to the end of the paragraph, "The
  full text of the speech is as follows:" and "issued the following press statement on
  Friday:" to the end of the article), counted from the day last mentioned before the speech
  began.
* A period and the day it ends are two expressions ("the quarter" + "Sept. 30"); "the year"
  there is the duration P1Y. After a quarter's results, "a year ago", "a year earlier",
  "the year-earlier quarter", "the corresponding period last year" and "last year's quarter"
  are that quarter a year before (2023-Q3), as TimeBank has them.
  Once the article names the last quarter completed before publication, the quarter it reports
  on, these comparisons follow it even after another quarter is named ("After a flat second
  quarter, ... the year-earlier period" is 1988-Q3 in November 1989); right after a length of
  months ("For the nine months, ... a year earlier") they are the year before (1988). "the
  quarter" and "the latest period" are the quarter last named (a fiscal one too, whatever dates
  come between), else the last completed one. So are "This quarter's" figures when that quarter
  is the one reported on and they are not forecast ("This quarter's loss includes charges").
  "the quarter ended Sept. 30" after a fiscal quarter that does not end in September is a
  quarter of the year the article leaves open (1989-QX), as TimeBank has it.
* Plural ordinal quarters are the SET of that quarter of every year ("usually conducted in the
  second and fourth quarters": `XXXX-Q2`, `XXXX-Q4`, the first sharing the noun), or this
  year's quarters in a past narration ("sales fell in the second and third quarters").
* "the past year" and "the last month" are the lengths P1Y and P1M up to publication ("grew 12
  percent over the past year"), but the year (month) before publication when a figure is
  compared with them ("the last year's output", "in contrast to the last year", "a 16.9
  percent increase over the last year"): what is compared is a period, as "last year" is.
* A weekday joined to one with a plural part of day shares it ("flights leave on Monday and
  Tuesday nights": Monday is XXXX-WXX-1TNI too), but not in a past narration, where they are
  nights of the week gone by; "the past three summers" is each of them, XXXX-SU.
* A rate ("$33 million a year", "hundreds of interviews a day") is the SET P1Y (P1D); "last"
  after a comparison is the period before ("this year as last": 1988); frequency adjectives
  before a noun ("its quarterly dividend", "average daily volume") and dates inside names
  ("the April 25 Hostel") are not time expressions; a year in a competition's name is the year
  it is held ("the Asian Championships 2024"). "the autumn season" is the season.
* "current", "recent", "soon" and "the future" are PRESENT_REF, PAST_REF and FUTURE_REF in the
  one use where they refer to a time, which the parse tells ("current market conditions", "it
  may soon seek", "well into the future"; not "current" before a time unit, "as soon as", "soon"
  in a past narration, "future earnings" or "the future of ..."). "of today" is PRESENT_REF,
  and so is "today's" before a name, an age noun or a described noun ("today's youth",
  "today's socialist Korea"; "today's meeting" is the day's), and "Today" opening a clause in
  the present ("Today, the declaration has become ..."; "Today he met ..." is the day).
  "a while" and "a long time" are the DURATION PXX; "from one decade to the next" is a
  succession, not a time. "(at) that time" and "(at) the time" are the time last spoken of,
  which TimeBank leaves vague: PAST_REF (FUTURE_REF under a future verb); not when a clause or
  "of" after "the time" tells which ("at the time the strike began", "at the time of the
  flood").
* A day listed as commemorated (`commemorated_day`: "July 27" is 1953) used as a noun rather
  than as the time of the sentence's event ("the victory of July 27", "July 27 war victory",
  "July 27 would shine forever") is the day of the past event; "on July 27" stays this year's.
* A part of day alone ("at dawn") falls on the day last mentioned, as a clock time does. After
  a month or year that does not hold the publication day ("One day in May 2022 ... at night")
  both fall on a day of it, which is unknown (`XXXX-XX-XXTNI`).
* A year that qualifies a noun ("a 1977 Mercury Marquis", "the 1992 protests") is not a date
  later expressions count from. The article before an expression that qualifies a noun is the
  noun's ("a two day rally", "The year-ago results": `two day`, `year-ago`), and a preposition
  of several words is left out as one of one word is ("as early as next year": `next year`).
* Known to fall short (measured on TimeBank/AQUAINT): the year of bare month names and
  weekdays when the story's time is not the publication's; "earlier"/"later" and "the" inside
  or outside an extent, where the corpus itself is inconsistent; anniversaries of days the
  lexicon does not list, which need knowledge of the event.
"""

from __future__ import annotations

import calendar
import datetime as dt
import functools
import importlib.resources
import re
import re._constants as _sre
import re._parser as _sre_parse
from collections.abc import Callable, Iterable, Iterator, Mapping
from types import MappingProxyType
from typing import Any, Literal, NamedTuple

from spacy.tokens import Doc, Span, Token

from kg import lexicon
from kg.model import Mention, TimeExpression
from kg.nlp import QUOTE_TAGS, doc_ents, doc_lowers, doc_tags, doc_text, doc_tokens, tokens_text

Tense = Literal["past", "future"]
Timex = tuple[str, str]
Interval = tuple[dt.date, dt.date]


# --- lexicon -------------------------------------------------------------------------------------


def _load_lexicon() -> Mapping[str, Mapping[str, str]]:
    text = importlib.resources.files("kg.lexicons").joinpath("time.tsv").read_text("utf-8")
    table: dict[str, dict[str, str]] = {}
    for number, line in enumerate(text.splitlines(), 1):
        if not line.strip() or line.startswith("#"):
            continue
        parts = line.split("\t")
        if len(parts) != 3 or not all(parts):
            raise ValueError(
                f"kg/lexicons/time.tsv:{number}: expected category<TAB>phrase<TAB>value"
            )
        category, phrase, value = parts
        table.setdefault(category, {})[phrase] = value
    return MappingProxyType({name: MappingProxyType(rows) for name, rows in table.items()})


_LEX = _load_lexicon()


def _ints(category: str) -> Mapping[str, int]:
    return MappingProxyType({k: int(v) for k, v in _LEX[category].items()})


_MONTHS = _ints("month")
_WEEKDAYS = _ints("weekday")
_DAY_NAME_WORDS = lexicon.words("day_name_openers")
_ORDINALS = _ints("ordinal")
_DEICTIC = _ints("deictic_day")
_SHIFTS = _ints("shift")
_NARRATIVE_SHIFTS = _ints("narrative_shift")
_DECADE_WORDS = _ints("decade_word")
_ERAS = _ints("era")
_NUMBERS: Mapping[str, float] = MappingProxyType({k: float(v) for k, v in _LEX["number"].items()})
_VAGUE_QUANTITIES = frozenset(_LEX["vague_quantity"])
_UNITS = _LEX["unit"]
_PARTS_OF_DAY = _LEX["part_of_day"]
_SEASONS = _LEX["season"]
_POD_DROPPED = frozenset(_LEX["part_of_day_dropped"])
_CENTURY_FRACTIONS = _LEX["century_fraction"]
# word -> (reference value, the part of speech of the one use in which it refers to a time)
_VAGUE_WORDS: Mapping[str, tuple[str, str]] = MappingProxyType(
    {k: (v.split()[0], v.split()[1]) for k, v in _LEX["vague_word"].items()}
)
_VAGUE_REFS: Mapping[str, str] = MappingProxyType(
    {
        **_LEX["vague_ref"],
        **_LEX["vague_ref_bound"],
        **_LEX["tensed_ref"],
        **{word: ref for word, (ref, _) in _VAGUE_WORDS.items()},
    }
)
_TENSED_REFS = frozenset(_LEX["tensed_ref"])
# The same without their preposition, as they are returned ("that time").
_TIMES_SPOKEN_OF = frozenset(ref.split(" ", 1)[-1] for ref in _TENSED_REFS)
_FREQUENCIES: Mapping[str, str] = MappingProxyType({**_LEX["frequency"], **_LEX["frequency_bound"]})
_VAGUE_DURATIONS = _LEX["vague_duration"]
_QUANTIFIERS = frozenset(_LEX["quantifier"])
_PREPOSITIONS = frozenset(_LEX["preposition"])
_LONGEST_PREPOSITION = max(len(p.split()) for p in _PREPOSITIONS)
_MODIFIERS = frozenset(_LEX["modifier"])
_HOLIDAYS: Mapping[str, tuple[int, int]] = MappingProxyType(
    {k: (int(v[:2]), int(v[3:])) for k, v in _LEX["holiday"].items()}
)


_COMMEMORATED = _LEX["commemorated_day"]
_MOVABLE: Mapping[str, tuple[int, ...]] = MappingProxyType(
    {
        k: tuple(int(x) for x in v.replace("easter", "0").split())
        for k, v in _LEX["movable_holiday"].items()
    }
)


def _movable_day(name: str, year: int) -> dt.date:
    """The day a movable holiday falls on in `year` (Thanksgiving, Easter, ...)."""
    spec = _MOVABLE[name]
    if spec[0] == 0:  # Easter: the anonymous Gregorian computus, then an offset in days
        a, b, c = year % 19, year // 100, year % 100
        d, e = divmod(b, 4)
        g = (8 * b + 13) // 25
        h = (19 * a + b - d - g + 15) % 30
        i, k = divmod(c, 4)
        l_ = (32 + 2 * e + 2 * i - h - k) % 7
        m = (a + 11 * h + 22 * l_) // 451
        month, day = divmod(h + l_ - 7 * m + 114, 31)
        return dt.date(year, month, day + 1) + dt.timedelta(days=spec[1])
    month, weekday, nth, first = (*spec, 1) if len(spec) == 3 else spec
    if nth < 0:  # the last such weekday of the month
        last = dt.date(year, month, calendar.monthrange(year, month)[1])
        return last - dt.timedelta(days=(last.isoweekday() - weekday) % 7)
    start = dt.date(year, month, first)
    return start + dt.timedelta(days=(weekday - start.isoweekday()) % 7 + 7 * (nth - 1))


class _Direction(NamedTuple):
    sign: int
    narrative: bool  # counted from the date last mentioned, not from publication


_DIRECTIONS: Mapping[str, _Direction] = MappingProxyType(
    {
        k: _Direction(int(v.split()[0]), v.split()[1] == "narrative")
        for k, v in _LEX["direction"].items()
    }
)


def _alt(phrases: Iterable[str]) -> str:
    """A non-capturing alternation, longest phrase first so that "a few" wins over "a"."""
    return "(?:" + "|".join(re.escape(p) for p in sorted(phrases, key=len, reverse=True)) + ")"


# --- regular expression pieces (no named groups: rules name what they read) ----------------------

_MONTH = _alt(_MONTHS) + r"\.?"
_WEEKDAY = _alt(_WEEKDAYS) + r"\.?"
_WEEKDAY_PLURAL = _alt(w for w in _WEEKDAYS if len(w) > 5) + "s"
_DAY = r"(?:[12]\d|3[01]|0?[1-9])(?:st|nd|rd|th)?"
_YEAR = r"(?:1\d{3}|20\d{2}|21\d{2})"
_NUMBER_WORD = _alt(_NUMBERS)
# "a" and "an" only start a number ("a hundred"); inside one they start the next phrase.
_NUMBER_WORD_TAIL = _alt(w for w in _NUMBERS if " " not in w and w not in ("a", "an"))
_NUMBER = (
    r"(?:\d{1,3}(?:,\d{3})+|\d{1,3}(?: \d{3})+|\d+(?:\.\d+)?(?: 1/2)?|"
    + _NUMBER_WORD
    + r"(?:[- ](?:and )?"
    + _NUMBER_WORD_TAIL
    + r")*)(?: and a half)?"
)
_QUANTITY = "(?:" + _alt(_VAGUE_QUANTITIES) + "|" + _NUMBER + ")"
_SPACED_THOUSANDS = re.compile(r"\d{1,3}(?: \d{3})+")
_ELIDED_YEAR = re.compile(r"\d0'?s|\d{2}")  # "80s", "89" after an apostrophe
_UNIT = _alt(_UNITS)


def _is_plural(unit: str) -> bool:
    return unit.endswith("s") and (unit[:-1] in _UNITS or unit[:-3] + "y" in _UNITS)


_UNIT_PLURAL = _alt(u for u in _UNITS if _is_plural(u))
_UNIT_SINGULAR = _alt(u for u in _UNITS if not _is_plural(u))
_POD = _alt(_PARTS_OF_DAY)
_POD_PLURAL = _alt(p for p in _PARTS_OF_DAY if p.endswith("s"))
_SEASON = _alt(_SEASONS)
_SHIFT = _alt(_SHIFTS)
_NARRATIVE_SHIFT = _alt(_NARRATIVE_SHIFTS)
_DIRECTION = _alt(_DIRECTIONS)
_QUANTIFIER = _alt(_QUANTIFIERS)
_ORDINAL = r"(?:" + _alt(_ORDINALS) + r"|\d{1,2}(?:st|nd|rd|th))"
_CLOCK = (
    r"(?:\d{1,2}(?:[:.]\d{2})? ?[ap]\.?m\.?|\d{1,2}:\d{2}(?::\d{1,2})?(?: ?(?:hours|hrs|h))?"
    r"|\d{4} ?(?:hours|hrs|gmt|utc)|(?:\d{1,2}|" + _NUMBER_WORD + r") o'clock"
    r"|noon|midday|midnight)(?: (?:local time|gmt|utc|[a-z][sd]t))?"
)
_DAY_VALUE = re.compile(r"(\d{4}|XXXX)-(\d{2})-(\d{2})")
_YEAR_VALUE = re.compile(r"\d{4}")
_ORDINAL_DAY_NUMBER = r"(?:[12]\d|3[01]|0?[1-9])(?:st|nd|rd|th)"
# A day of the month written as a bare number.
_DAY_NUMBER = re.compile(r"[12]\d|3[01]|0?[1-9]")
_ORDINAL_DAY = re.compile(r"the " + _ORDINAL_DAY_NUMBER, re.IGNORECASE)
# A day, known or not: "10 a.m. yesterday" without a publication date is XXXX-XX-XXT10:00.
_DAY_OR_WEEKDAY = re.compile(r"(?:\d{4}|XXXX)-(?:\d{2}|XX)-(?:\d{2}|XX)|XXXX-WXX-[1-7]")
# A calendar value later expressions may count from: a day, an ISO week, a month, a quarter or
# a year.
_CALENDAR_VALUE = re.compile(
    r"(?P<y>\d{4}|XXXX)(?:-(?P<m>\d{2})(?:-(?P<d>\d{2}))?|-W(?P<w>\d{2})|-Q(?P<q>[1-4]))?(?=$|T)"
)
# Units from finest to coarsest: a count from a coarser date keeps the coarser granularity.
_GRANULARITY = ("D", "W", "M", "Q", "Y", "DE", "CE")
_CLOCK_PARTS = re.compile(
    r"(?P<h>\d{1,2})(?:[:.](?P<m>\d{2}))? ?(?P<ampm>[ap])\.?m\.?"
    r"|(?P<h2>\d{1,2}):(?P<m2>\d{2})(?::(?P<s2>\d{1,2}))?"
    r"|(?P<h3>\d{2})(?P<m3>\d{2})|(?P<hw>\d{1,2}|" + _NUMBER_WORD + r") o'clock"
    r"|(?P<noon>noon|midday)|(?P<midnight>midnight)"
)

_TENS_WORD = _alt(w for w, n in _NUMBERS.items() if n.is_integer() and 10 <= n <= 90)
_DIGIT_WORD = _alt(
    w
    for w, n in _NUMBERS.items()
    if n.is_integer() and 1 <= n <= 9 and " " not in w and w not in ("a", "an")
)
# Years read aloud: "nineteen ninety-four", "eighteen hundred", "the year two thousand".
_SPELLED_YEAR = re.compile(
    r"\b(?:(?P<century>nineteen|eighteen) (?P<rest>hundred|(?:oh )?"
    + _DIGIT_WORD
    + r"|"
    + _TENS_WORD
    + r"(?:[- ]"
    + _DIGIT_WORD
    + r")?)|(?<=year )two thousand(?: and (?P<after>"
    + _TENS_WORD
    + r"|"
    + _DIGIT_WORD
    + r"))?)\b"
)
# The space of "twenty first", the ordinal "twenty-first" (a compound the lexicon lists).
_SPACED_ORDINAL = re.compile(
    r"(?<=\b(?:twenty|thirty)) (?="
    + _alt(o.partition("-")[2] for o in _ORDINALS if "-" in o)
    + r"\b)"
)
# "70-odd years", "ten or so years": a rough count is valued as the count, as "some 70 years" is.
_ROUGH_COUNT = re.compile(r"\b(\d+|" + _NUMBER_WORD_TAIL + r")(?:-odd| or so)\b")
# Decades read aloud: "the nineteen nineties" is the 1990s.
_SPELLED_DECADE = re.compile(r"\b(nineteen|eighteen)[- ](" + _alt(_DECADE_WORDS) + r")\b")
_TRANSLATE = str.maketrans({"’": "'", "‘": "'", "–": "-", "—": "-", "\u00a0": " ", "“": '"'})
_SPACES = re.compile(r"\s+")
_POSSESSIVE = re.compile(r"(?<![0-9])'s$|(?<=s)'$")
_LEADING = re.compile(_alt(_PREPOSITIONS | _MODIFIERS) + r"(?: |-(?=\S))")


# --- calendar arithmetic --------------------------------------------------------------------------


class _Ctx(NamedTuple):
    anchor: dt.date | None
    previous: dt.date | None
    previous_year_known: bool
    previous_unit: str
    tense: Tense | None

    def narrative(self, unit: str) -> tuple[dt.date | None, bool, str]:
        """The date that "later" and "the next day" count from, whether its year is known, and
        the unit to render the result in (no finer than the date counted from)."""
        if self.previous is None:
            return self.anchor, True, unit
        coarser = max(unit, self.previous_unit, key=_granularity)
        if coarser == unit:
            return self.previous, self.previous_year_known, coarser
        # A count finer than the date counted from starts from the middle of its period, not
        # its first day: "In March 1985 ... two days earlier" stays in March (1985-03), as
        # nothing tells it left the month; "eight months later" after "1985" is 1986.
        return _middle(self.previous, self.previous_unit), self.previous_year_known, coarser


def _middle(start: dt.date, unit: str) -> dt.date:
    """The middle day of the `unit`-long period that begins on `start`."""
    end = _shift(start, unit, 1)
    return start + (end - start) / 2


def _granularity(unit: str) -> int:
    return _GRANULARITY.index(unit) if unit in _GRANULARITY else 0


def _add_months(day: dt.date, months: int) -> dt.date:
    index = day.year * 12 + day.month - 1 + months
    year, month = divmod(index, 12)
    last = calendar.monthrange(year, month + 1)[1]
    return dt.date(year, month + 1, min(day.day, last))


def _shift(day: dt.date, unit: str, amount: int) -> dt.date:
    if unit == "D":
        return day + dt.timedelta(days=amount)
    if unit in ("W", "WE"):
        return day + dt.timedelta(weeks=amount)
    if unit == "M":
        return _add_months(day, amount)
    if unit == "Q":
        return _add_months(day, 3 * amount)
    if unit == "Y":
        return _add_months(day, 12 * amount)
    if unit == "DE":
        return _add_months(day, 120 * amount)
    if unit == "CE":
        return _add_months(day, 1200 * amount)
    return day  # hours, minutes, seconds: the day stays


def _render(day: dt.date | None, unit: str, year_known: bool = True) -> str:
    """The TIMEX3 value naming the `unit`-sized period around `day` ("W" -> 2024-W30)."""
    if day is None:
        return {
            "W": "XXXX-WXX",
            "WE": "XXXX-WXX-WE",
            "M": "XXXX-XX",
            "Q": "XXXX-QX",
            "Y": "XXXX",
            "DE": "XXX",
            "CE": "XX",
        }.get(unit, "XXXX-XX-XX")
    suffix = "-WE" if unit == "WE" else ""
    if unit in ("W", "WE"):
        if not year_known:  # the ISO week of a day depends on its year
            return "XXXX-WXX" + suffix
        iso_year, week, _ = day.isocalendar()
        return f"{iso_year}-W{week:02d}" + suffix
    year = f"{day.year:04d}" if year_known else "XXXX"
    if unit == "M":
        return f"{year}-{day.month:02d}"
    if unit == "Q":
        return f"{year}-Q{(day.month - 1) // 3 + 1}"
    if unit == "Y":
        return year
    if unit == "DE":
        return year[:3]
    if unit == "CE":
        return f"{day.year // 100:02d}" if year_known else "XX"
    return f"{year}-{day.month:02d}-{day.day:02d}"


def _pick_year(
    anchor: dt.date, tense: Tense | None, interval: Callable[[int], tuple[dt.date, dt.date]]
) -> int | None:
    """The year whose `interval` lies nearest `anchor`, weighing distances by the tense.

    The tense only biases the choice: "declared a dividend payable Dec. 7" is past tense about
    a date five weeks ahead, which must not become last December.
    """
    before, after = _TENSE_WEIGHTS[tense]
    best: tuple[float, int] | None = None
    for year in (anchor.year - 1, anchor.year, anchor.year + 1):
        try:
            start, end = interval(year)
        except ValueError:  # 29 February in a common year
            continue
        if start <= anchor <= end:
            cost = 0.0
        elif end < anchor:
            cost = before * (anchor - end).days
        else:
            cost = after * (start - anchor).days
        if best is None or cost < best[0]:
            best = (cost, year)
    return None if best is None else best[1]


# Weights of days before and after publication, by tense. Without a tense, news mostly looks
# back, so a future reading must be twice as near to win. A tense makes the other side five
# times as far: "brought in a chief executive in January", told in late October, is this
# January, though next January is nearer; "payable Dec. 15" after "declared" in late October
# (seven weeks ahead) stays this December.
_TENSE_WEIGHTS: Mapping[Tense | None, tuple[float, float]] = MappingProxyType(
    {"past": (1.0, 5.0), "future": (5.0, 1.0), None: (1.0, 2.0)}
)


def _month_interval(month: int) -> Callable[[int], tuple[dt.date, dt.date]]:
    def interval(year: int) -> tuple[dt.date, dt.date]:
        return dt.date(year, month, 1), dt.date(year, month, calendar.monthrange(year, month)[1])

    return interval


_SEASON_START = MappingProxyType({"SP": 3, "SU": 6, "FA": 9, "WI": 12})


def _season_interval(code: str) -> Callable[[int], tuple[dt.date, dt.date]]:
    def interval(year: int) -> tuple[dt.date, dt.date]:
        start = dt.date(year, _SEASON_START[code], 1)
        return start, _add_months(start, 3) - dt.timedelta(days=1)

    return interval


def _quarter_interval(quarter: int) -> Callable[[int], tuple[dt.date, dt.date]]:
    def interval(year: int) -> tuple[dt.date, dt.date]:
        start = dt.date(year, 3 * quarter - 2, 1)
        return start, _add_months(start, 3) - dt.timedelta(days=1)

    return interval


def _quantity(text: str) -> str | None:
    """A TIMEX3 number for a quantity phrase: "3", "2.5", or "X" for "several"; None if unread."""
    text = text.strip()
    if text in _VAGUE_QUANTITIES:
        return "X"
    half = 0.0
    if text.endswith(" and a half"):
        text, half = text[: -len(" and a half")], 0.5
    elif text.endswith(" 1/2"):
        text, half = text[:-4], 0.5
    if text in _NUMBERS:
        value = _NUMBERS[text]
    elif _SPACED_THOUSANDS.fullmatch(text):  # "5 156": thousands set apart by a space
        value = float(text.replace(" ", ""))
    elif text.replace(",", "").replace(".", "", 1).isdigit():
        value = float(text.replace(",", ""))
    else:
        total = current = 0.0
        for word in re.split(r"[- ]+", text):
            if word == "and":
                continue
            if word not in _NUMBERS:
                return None
            number = _NUMBERS[word]
            if number == 100:
                current = (current or 1) * 100
            elif number == 1000:
                total, current = total + (current or 1) * 1000, 0.0
            else:
                current += number
        value = total + current
    value += half
    return str(int(value)) if value.is_integer() else f"{value:g}"


def _duration(quantity: str, unit: str) -> str:
    """A TIMEX3 duration value: ("3", "D") -> P3D, ("1.5", "TH") -> PT1H30M, ("2", "DE") -> P20Y."""
    if unit.startswith("T"):
        code = unit[1:]
        if quantity != "X" and "." in quantity and code in ("H", "M"):
            whole, fraction = divmod(float(quantity), 1)
            minor = "M" if code == "H" else "S"
            head = f"{int(whole)}{code}" if whole else ""
            return f"PT{head}{round(fraction * 60)}{minor}"
        return f"PT{quantity}{code}"
    if unit in ("DE", "CE"):
        if quantity == "X":
            return f"PX{unit}"
        years = float(quantity) * (10 if unit == "DE" else 100)
        return f"P{int(years) if years.is_integer() else years:g}Y"
    if unit == "WE":
        return "PXD" if quantity == "X" else f"P{2 * int(float(quantity))}D"
    if unit == "Y" and quantity != "X" and "." in quantity:
        whole, fraction = divmod(float(quantity), 1)
        return f"P{int(whole)}Y{round(fraction * 12)}M" if whole else f"P{round(fraction * 12)}M"
    return f"P{quantity}{unit}"


def _day_number(text: str) -> int:
    return int(re.sub(r"\D", "", text))


def _month_number(text: str) -> int:
    return _MONTHS[text.rstrip(".")]


def _weekday_number(text: str) -> int:
    return _WEEKDAYS[text.rstrip(".")]


# --- value builders -------------------------------------------------------------------------------


def _full_date(year: int, month: int, day: int) -> Timex | None:
    try:
        return "DATE", dt.date(year, month, day).isoformat()
    except ValueError:
        return None


def _year_anchor(ctx: _Ctx) -> dt.date | None:
    """What a month or a day without a year takes its year from: publication, else, in a text
    with no date of its own (an encyclopaedia's, a transcript's), the date last mentioned if
    its year is known ("April 19, 1995 ... arrived on April 14" is 1995-04-14)."""
    if ctx.anchor is not None or not ctx.previous_year_known:
        return ctx.anchor
    return ctx.previous


def _pick_year_of(ctx: _Ctx, anchor: dt.date, interval: Callable[[int], Interval]) -> int | None:
    """The year of a month or day (see `_pick_year`); in a text with no date of its own, the
    year of the date last mentioned ("In 1995 ... on September 15"), as such texts mostly tell
    a story in its order."""
    if ctx.anchor is None:
        return anchor.year
    return _pick_year(anchor, ctx.tense, interval)


def _month_day(month: int, day: int, ctx: _Ctx) -> Timex | None:
    try:
        dt.date(2000, month, day)  # a leap year: any real month and day passes
    except ValueError:
        return None
    anchor = _year_anchor(ctx)
    if anchor is None:
        return "DATE", f"XXXX-{month:02d}-{day:02d}"

    def interval(year: int) -> tuple[dt.date, dt.date]:
        date = dt.date(year, month, day)
        return date, date

    year = _pick_year_of(ctx, anchor, interval)
    return None if year is None else ("DATE", f"{year}-{month:02d}-{day:02d}")


def _month(month: int, ctx: _Ctx, shift: str | None = None) -> Timex:
    step = _SHIFTS[shift] if shift else None
    anchor = _year_anchor(ctx) if step is None else ctx.anchor
    if anchor is None:
        return "DATE", f"XXXX-{month:02d}"
    year = anchor.year
    if step is None:
        year = _pick_year_of(ctx, anchor, _month_interval(month)) or year
    elif step < 0:  # the last such month before this one
        year = year if month < anchor.month else year - 1
    elif step > 0:  # the next such month after this one
        year = year if month > anchor.month else year + 1
    return "DATE", f"{year}-{month:02d}"


def _weekday(weekday: int, ctx: _Ctx, shift: str | None = None) -> Timex:
    previous = ctx.previous
    if (
        ctx.anchor is None
        and shift is None
        and previous is not None
        and ctx.previous_unit == "D"
        and ctx.previous_year_known  # the weekday of a day depends on its year
    ):
        # A text with no date of its own tells its story in order: "On 13 September 1974 ...
        # on a Friday afternoon" is that day or the first such day after it.
        day = previous + dt.timedelta(days=(weekday - previous.isoweekday()) % 7)
        return "DATE", day.isoformat()
    if ctx.anchor is None:
        return "DATE", f"XXXX-WXX-{weekday}"
    anchor = ctx.anchor
    back = (anchor.isoweekday() - weekday) % 7
    ahead = (weekday - anchor.isoweekday()) % 7 or 7
    step = _SHIFTS[shift] if shift else None
    if step == 0:  # "this Monday": the Monday of the publication week
        day = anchor - dt.timedelta(days=anchor.isoweekday() - weekday)
    elif step is not None and step > 0:  # "next Monday": strictly after publication
        day = anchor + dt.timedelta(days=ahead)
    elif step is not None:  # "last Monday": strictly before publication
        day = anchor - dt.timedelta(days=back or 7)
    elif ctx.tense == "future" or (ctx.tense is None and 2 * ahead < back):
        # Without a tense the past wins unless the future day is much nearer: "Tuesday" in a
        # Monday paper is tomorrow, "Friday" is last week. "will meet Monday" in a Monday paper
        # is that day, which news names by its weekday.
        day = anchor + dt.timedelta(days=0 if back == 0 else ahead)
    else:
        day = anchor - dt.timedelta(days=back)
    return "DATE", day.isoformat()


def _season(code: str, ctx: _Ctx, shift: str | None = None, year: int | None = None) -> Timex:
    if year is not None:
        return "DATE", f"{year}-{code}"
    if ctx.anchor is None:
        return "DATE", f"XXXX-{code}"
    anchor = ctx.anchor
    step = _SHIFTS[shift] if shift else None
    if step is None:
        year = _pick_year(anchor, ctx.tense, _season_interval(code)) or anchor.year
    elif step == 0:
        year = anchor.year
    else:
        # The nearest season of that name strictly before (or after) the publication date.
        intervals = [
            (y, _season_interval(code)(y)) for y in range(anchor.year - 2, anchor.year + 3)
        ]
        if step < 0:
            year = max(y for y, (_, end) in intervals if end < anchor)
        else:
            year = min(y for y, (start, _) in intervals if start > anchor)
    return "DATE", f"{year}-{code}"


def _quarter(quarter: int, ctx: _Ctx, year: int | None = None, shift: str | None = None) -> Timex:
    if year is None and shift is not None and ctx.anchor is not None:
        year = ctx.anchor.year + _SHIFTS[shift]
    if year is None and ctx.anchor is not None:
        year = _pick_year(ctx.anchor, ctx.tense, _quarter_interval(quarter))
    return "DATE", f"{year if year is not None else 'XXXX'}-Q{quarter}"


def _relative_unit(unit: str, step: int, ctx: _Ctx) -> Timex:
    """ "last week", "next year": one `unit` before or after the publication date."""
    if ctx.anchor is None:
        return "DATE", _render(None, unit)
    return "DATE", _render(_shift(ctx.anchor, unit, step), unit)


def _counted(quantity: str, unit: str, direction: _Direction, ctx: _Ctx) -> Timex:
    """ "two days ago", "three weeks later": a date counted from publication or the narrative."""
    # Hours fall on a day; "a decade ago" is a year (2014), not the decade 201.
    render_unit = "D" if unit.startswith("T") else "Y" if unit in ("DE", "CE") else unit
    base, year_known = ctx.anchor, True
    if direction.narrative:
        base, year_known, render_unit = ctx.narrative(render_unit)
    if quantity == "X" or "." in quantity:
        if not direction.narrative:
            return "DATE", "PAST_REF" if direction.sign < 0 else "FUTURE_REF"
        return "DATE", _render(None, render_unit)
    if base is None:
        return "DATE", _render(None, render_unit)
    if unit == "Y" and direction.sign < 0 and ctx.previous_unit == "Q" and ctx.previous:
        # "profit rose from a year ago" after a quarter's results: the same quarter a year before.
        base, year_known, render_unit = ctx.previous, ctx.previous_year_known, "Q"
    try:
        shifted = _shift(base, unit, direction.sign * int(quantity))
    except (ValueError, OverflowError):  # "3,100 years ago" lies before the year 1
        return "DATE", "PAST_REF" if direction.sign < 0 else "FUTURE_REF"
    return "DATE", _render(shifted, render_unit, year_known)


def _with_day(rest: Timex | None, suffix: str, timex_type: str = "TIME") -> Timex | None:
    """Attach a part of day or clock time to a resolved day ("June 10" + "TMO")."""
    if rest is None or rest[0] != "DATE" or not _DAY_OR_WEEKDAY.fullmatch(rest[1]):
        return None
    return timex_type, rest[1] + suffix


def _clock(text: str) -> str | None:
    """ "10:30 p.m." -> "T22:30", "23:25:30" -> "T23:25:30"."""
    m = _CLOCK_PARTS.search(text)
    if m is None:
        return None
    if m["noon"]:
        return "T12:00"
    if m["midnight"]:
        return "T24:00"
    if m["h"]:
        hour, minute = int(m["h"]), int(m["m"] or 0)
        if hour > 12:
            return None
        hour = hour % 12 + (12 if m["ampm"] == "p" else 0)
    elif m["h2"]:
        hour, minute = int(m["h2"]), int(m["m2"])
    elif m["h3"]:
        hour, minute = int(m["h3"]), int(m["m3"])
    else:
        word = m["hw"]
        hour, minute = int(_NUMBERS.get(word, 0) if not word.isdigit() else word), 0
    if hour > 24 or minute > 59:
        return None
    if m["s2"]:  # "at 1:35:11", as KCNA times an intrusion to the second
        second = int(m["s2"])
        return f"T{hour:02d}:{minute:02d}:{second:02d}" if second < 60 else None
    return f"T{hour:02d}:{minute:02d}"


def _today(ctx: _Ctx, days: int = 0) -> str:
    if ctx.anchor is None:
        return "XXXX-XX-XX"
    return (ctx.anchor + dt.timedelta(days=days)).isoformat()


# --- rules ----------------------------------------------------------------------------------------

_Handler = Callable[[re.Match[str], _Ctx], Timex | None]


def _r_deictic(m: re.Match[str], ctx: _Ctx) -> Timex | None:
    word = m["deictic"]
    day = _today(ctx, _DEICTIC[word])
    pod = _PARTS_OF_DAY[m["pod"]] if m["pod"] else ("NI" if word == "tonight" else None)
    return ("TIME", f"{day}T{pod}") if pod else ("DATE", day)


def _r_this_pod(m: re.Match[str], ctx: _Ctx) -> Timex | None:
    # "last night" is the night before publication; "this morning" the morning of it.
    return "TIME", f"{_today(ctx, -1 if m['which'] == 'last' else 0)}T{_PARTS_OF_DAY[m['pod']]}"


def _r_clock_then_day(m: re.Match[str], ctx: _Ctx) -> Timex | None:
    """ "10 a.m. on June 10", "Monday at noon", "9 a.m. this morning": the clock on that day."""
    clock = _clock(m["clock"])
    rest = _resolve(m["rest"], ctx)
    if clock is None or rest is None or rest[0] not in ("DATE", "TIME"):
        return None
    day = rest[1].split("T")[0]  # a part of day gives way to the clock time
    return _with_day(("DATE", day), clock)


def _story_day(ctx: _Ctx) -> str:
    """The day a clock time or part of day alone falls on: the day last mentioned, else the
    publication day ("advanced to the launching position at dawn" after "on October 31"). After
    a month or a year the story has moved to ("One day in May 2022 ... he visited pharmacies at
    night") it is some day of that period, not the publication day: its day is unknown."""
    day, year_known, unit = ctx.narrative("D")
    if day is None:
        return _today(ctx)
    if unit != "D":
        if ctx.anchor is not None and _render(day, unit, year_known) != _render(ctx.anchor, unit):
            return "XXXX-XX-XX"
        return _today(ctx)
    return _render(day, "D", year_known)


def _r_clock(m: re.Match[str], ctx: _Ctx) -> Timex | None:
    clock = _clock(m["clock"])
    return None if clock is None else ("TIME", _story_day(ctx) + clock)


def _hour_of_part(hour_text: str, pod: str) -> str | None:
    """The clock time an hour without am/pm names in a part of day: "8" in the evening is
    T20:00, "4" in the morning T04:00, "2" at night T02:00."""
    hour = _quantity(hour_text)
    if hour is None or not hour.isdigit() or not 1 <= int(hour) <= 12:
        return None
    if pod not in ("MO", "AF", "EV", "NI"):
        return None
    number = int(hour)
    if pod == "MO" or (pod == "NI" and number < 5):
        value = number % 12
    else:
        value = number if number == 12 else number + 12
    return f"T{value:02d}:00"


def _r_hour_pod(m: re.Match[str], ctx: _Ctx) -> Timex | None:
    """ "8 in the evening", "6 in the morning on Sunday": the hour of that part of the day last
    mentioned, or of the one named after it."""
    clock = _hour_of_part(m["hour"], _PARTS_OF_DAY[m["pod"]])
    if clock is None:
        return None
    if m["rest"] is None:
        return "TIME", _story_day(ctx) + clock
    rest = _resolve(m["rest"], ctx)
    return None if rest is None else _with_day(("DATE", rest[1].split("T")[0]), clock)


def _r_hour_then_day_pod(m: re.Match[str], ctx: _Ctx) -> Timex | None:
    """ "7 o'clock this morning", "10 last night", "at 11 that night", "8 Tuesday evening":
    an hour without am/pm read in the part of day that follows with its day."""
    rest = _resolve(m["rest"], ctx)
    if rest is None or rest[0] not in ("DATE", "TIME"):
        return None
    day, _, suffix = rest[1].partition("T")
    pod = suffix or _PARTS_OF_DAY.get(m["rest"].rsplit(" ", 1)[-1], "")
    clock = _hour_of_part(m["hour"], pod)
    return None if clock is None else _with_day(("DATE", day), clock)


def _r_pod_of_day(m: re.Match[str], ctx: _Ctx) -> Timex | None:
    return _with_day(_resolve(m["rest"], ctx), "T" + _PARTS_OF_DAY[m["pod"]])


def _r_day_pod(m: re.Match[str], ctx: _Ctx) -> Timex | None:
    """ "Wednesday night", "June 10 evening": TimeBank types a day followed by its part of day
    as the DATE it mostly is ("the night of May 28" and "last night" stay TIME), and values the
    day alone after the parts of day it mostly leaves out ("Wednesday night")."""
    pod = m["pod"]
    suffix = "" if pod in _POD_DROPPED else "T" + _PARTS_OF_DAY[pod]
    return _with_day(_resolve(m["rest"], ctx), suffix, "DATE")


def _r_pod(m: re.Match[str], ctx: _Ctx) -> Timex | None:
    return "TIME", f"{_story_day(ctx)}T{_PARTS_OF_DAY[m['pod']]}"


def _r_weekday_and_day(m: re.Match[str], ctx: _Ctx) -> Timex | None:
    rest = _resolve(m["rest"], ctx)
    return rest if rest is not None and _DAY_VALUE.fullmatch(rest[1]) else None


def _r_set_weekday(m: re.Match[str], ctx: _Ctx) -> Timex | None:
    name = m["wd"]
    day = _WEEKDAYS.get(name.rstrip(".")) or _WEEKDAYS[name[:-1]]
    pod = "T" + _PARTS_OF_DAY[m["pod"]] if m["pod"] else ""
    return "SET", f"XXXX-WXX-{day}{pod}"


def _r_set_pod(m: re.Match[str], ctx: _Ctx) -> Timex | None:
    return "SET", f"XXXX-XX-XXT{_PARTS_OF_DAY[m['pod']]}"


def _r_set_month(m: re.Match[str], ctx: _Ctx) -> Timex | None:
    return "SET", f"XXXX-{_month_number(m['month']):02d}"


def _r_set_season(m: re.Match[str], ctx: _Ctx) -> Timex | None:
    return "SET", f"XXXX-{_SEASONS[m['season']]}"


def _r_set_unit(m: re.Match[str], ctx: _Ctx) -> Timex | None:
    quantity = _quantity(m["qty"]) if m["qty"] else "1"
    if quantity is None:
        return None
    if m["other"]:
        quantity = "2"
    return "SET", _duration(quantity, _UNITS[m["unit"]])


def _r_times_per(m: re.Match[str], ctx: _Ctx) -> Timex | None:
    return "SET", _duration("1", _UNITS[m["unit"]])


def _r_counted(m: re.Match[str], ctx: _Ctx) -> Timex | None:
    quantity = _quantity(m["qty"]) if m["qty"] else "X"
    if quantity is None:
        return None
    return _counted(quantity, _UNITS[m["unit"]], _DIRECTIONS[m["dir"]], ctx)


def _r_unit_from_date(m: re.Match[str], ctx: _Ctx) -> Timex | None:
    """ "the day before last Tuesday", "a week after Christmas": counted from the date named,
    as "the day before" alone is from the date last mentioned."""
    quantity = _quantity(m["qty"]) if m["qty"] else "1"
    rest = _resolve(m["rest"], ctx)
    if quantity is None or rest is None or rest[0] != "DATE":
        return None
    day, known, unit = _parse_previous(rest[1])
    # A date of unknown year ("last Tuesday" without a publication date) gives an unknown one.
    named = ctx._replace(anchor=None if day is None else ctx.anchor, previous=day)
    named = named._replace(previous_year_known=known, previous_unit=unit)
    return _counted(quantity, _UNITS[m["unit"]], _DIRECTIONS[m["dir"]], named)


def _r_year_earlier(m: re.Match[str], ctx: _Ctx) -> Timex | None:
    """ "the year-earlier quarter", "year-ago results": a year before the period under report."""
    return _counted("1", "Y", _DIRECTIONS["ago"], ctx)


def _r_unit_before_after(m: re.Match[str], ctx: _Ctx) -> Timex | None:
    """ "the day before", "the week after": one unit from the date last mentioned."""
    return _counted("1", _UNITS[m["unit"]], _DIRECTIONS[m["dir"]], ctx)


def _r_narrative(m: re.Match[str], ctx: _Ctx) -> Timex | None:
    """ "the next day", "the following week", "that day": counted from the date last mentioned."""
    step = _NARRATIVE_SHIFTS[m["ns"]]
    word = m["unit"]
    if word in _PARTS_OF_DAY:
        base, year_known, render_unit = ctx.narrative("D")
        if render_unit != "D":
            return None
        day = None if base is None else _shift(base, "D", step)
        if step:  # "the next morning" names a day, as "Wednesday morning" does (_r_day_pod)
            suffix = "" if word in _POD_DROPPED else "T" + _PARTS_OF_DAY[word]
            return "DATE", _render(day, "D", year_known) + suffix
        return "TIME", f"{_render(day, 'D', year_known)}T{_PARTS_OF_DAY[word]}"
    unit = _UNITS[word]
    if unit.startswith("T"):
        return None
    base, year_known, render_unit = ctx.narrative(unit)
    day = None if base is None else _shift(base, unit, step)
    return "DATE", _render(day, render_unit, year_known)


def _r_narrative_weekday(m: re.Match[str], ctx: _Ctx) -> Timex | None:
    """ "the previous Friday", "the following Monday": the nearest such day before or after the
    date last mentioned, not the publication date ("closed lower Friday, down 4.5% from the
    previous Friday" is the week before)."""
    step = _NARRATIVE_SHIFTS[m["ns"]]
    base, year_known, unit = ctx.narrative("D")
    weekday = _weekday_number(m["wd"])
    if not step or base is None or unit != "D" or not year_known:
        # No day to count from: the weekday as "last Friday" or "Friday" would be.
        return _weekday(weekday, ctx, "previous" if step < 0 else "next" if step else None)
    if step < 0:
        day = base - dt.timedelta(days=(base.isoweekday() - weekday) % 7 or 7)
    else:
        day = base + dt.timedelta(days=(weekday - base.isoweekday()) % 7 or 7)
    return "DATE", day.isoformat()


def _r_past_unit(m: re.Match[str], ctx: _Ctx) -> Timex | None:
    """ "the past week", "the last year": the period up to publication, a DURATION in TimeML."""
    return "DURATION", _duration("1", _UNITS[m["unit"] or m["unit2"]])


def _r_weekend(m: re.Match[str], ctx: _Ctx) -> Timex | None:
    """ "the weekend": the last one before publication, or the next if the verb is future."""
    if ctx.anchor is None:
        return "DATE", "XXXX-WXX-WE"
    anchor = ctx.anchor
    if ctx.tense == "future":
        saturday = anchor + dt.timedelta(days=(6 - anchor.isoweekday()) % 7)
    else:
        saturday = anchor - dt.timedelta(days=(anchor.isoweekday() - 6) % 7)
    return "DATE", _render(saturday, "WE")


def _r_week_of(m: re.Match[str], ctx: _Ctx) -> Timex | None:
    """ "the week of March 6": the ISO week of that day."""
    day = _resolve(m["rest"], ctx)
    if day is None or not (found := _DAY_VALUE.fullmatch(day[1])):
        return None
    if found[1] == "XXXX":
        return "DATE", "XXXX-WXX"
    return "DATE", _render(dt.date.fromisoformat(day[1]), "W")


def _r_one_day_in(m: re.Match[str], ctx: _Ctx) -> Timex | None:
    """ "one day in May 1967": no more precise than the period it names."""
    rest = _resolve(m["rest"], ctx)
    return rest if rest is not None and rest[0] == "DATE" else None


def _r_future_ref(m: re.Match[str], ctx: _Ctx) -> Timex | None:
    """ "the coming months": an unmeasured stretch ahead, which TimeBank calls FUTURE_REF."""
    return "DATE", "FUTURE_REF"


def _r_past_ref(m: re.Match[str], ctx: _Ctx) -> Timex | None:
    """ "the past several quarters", "past years": an unmeasured stretch up to now, PAST_REF."""
    return "DATE", "PAST_REF"


def _r_this_year(m: re.Match[str], ctx: _Ctx) -> Timex | None:
    return _relative_unit("Y", 0, ctx)


def _r_new_year(m: re.Match[str], ctx: _Ctx) -> Timex | None:
    """ "greeted the New Year", "the new year 2024": the year that has just begun, or in
    December the one about to."""
    if m["y"]:
        return "DATE", m["y"]
    if ctx.anchor is None:
        return "DATE", "XXXX"
    return "DATE", str(ctx.anchor.year + (ctx.anchor.month == 12))


def _r_latest_quarter(m: re.Match[str], ctx: _Ctx) -> Timex | None:
    """ "the quarter" of a results report: the quarter last named ("its fiscal first quarter"),
    else the last quarter completed before publication ("the latest quarter" always is)."""
    if m["the"] is not None and ctx.previous is not None and ctx.previous_unit == "Q":
        return "DATE", _render(ctx.previous, "Q", ctx.previous_year_known)
    if ctx.anchor is None:
        return "DATE", "XXXX-QX"
    return "DATE", _render(_shift(ctx.anchor, "Q", -1), "Q")


def _r_latest_year(m: re.Match[str], ctx: _Ctx) -> Timex | None:
    """ "the latest fiscal year": the last one completed, as "last fiscal year" is."""
    return _relative_unit("Y", -1, ctx)


def _r_shift_unit(m: re.Match[str], ctx: _Ctx) -> Timex | None:
    unit = _UNITS[m["unit"]]
    if unit.startswith("T"):
        return None
    step = _SHIFTS[m["shift"]]
    if (
        unit == "D"
        and step == 0
        and ctx.tense == "past"
        and ctx.previous
        and ctx.previous_unit == "D"
    ):
        # "It opened on September 8, 2021. On this significant day, ...": the story's day.
        return "DATE", _render(ctx.previous, "D", ctx.previous_year_known)
    return _relative_unit(unit, step, ctx._replace(anchor=_shifted_from(step, ctx)))


def _shifted_from(step: int, ctx: _Ctx) -> dt.date | None:
    """What "next year" counts from: publication, but in a story of the past told in the past
    tense ("That day in September 2013 he ... In June next year, he visited") the date last
    mentioned, as what happened after publication cannot be told as done."""
    previous = ctx.previous
    if (
        step > 0
        and ctx.tense == "past"
        and previous is not None
        and ctx.previous_year_known
        and ctx.anchor is not None
        and previous.year < ctx.anchor.year
    ):
        return previous
    return ctx.anchor


def _r_month_shift_year(m: re.Match[str], ctx: _Ctx) -> Timex | None:
    """ "June last year", "March 3 next year"."""
    step = _SHIFTS[m["shift"]]
    base = _shifted_from(step, ctx)
    return _month_of_year(m, "XXXX" if base is None else str(base.year + step))


def _r_month_years_ago(m: re.Match[str], ctx: _Ctx) -> Timex | None:
    """ "December three years ago": the month of the year the count of years goes back to."""
    quantity = _quantity(m["qty"])
    if quantity is None or not quantity.isdigit():
        return None
    _, year = _counted(quantity, "Y", _DIRECTIONS["ago"], ctx)
    return _month_of_year(m, year) if _YEAR_NUMBER.fullmatch(year) or year == "XXXX" else None


def _month_of_year(m: re.Match[str], year: str) -> Timex | None:
    """The month of `m`, or its day when it names one, in `year` (a number or "XXXX")."""
    month = _month_number(m["month"])
    if m["day"]:
        day = _day_number(m["day"])
        if year != "XXXX":
            return _full_date(int(year), month, day)
        return "DATE", f"XXXX-{month:02d}-{day:02d}"
    return "DATE", f"{year}-{month:02d}"


def _r_month_narrative_year(m: re.Match[str], ctx: _Ctx) -> Timex | None:
    """ "February the following year", "On September 27 that year": a month or a day of the year
    counted from the one last named."""
    base, year_known, _ = ctx.narrative("Y")
    if base is None or not year_known:
        return _month_of_year(m, "XXXX")
    return _month_of_year(m, str(base.year + _NARRATIVE_SHIFTS[m["ns"]]))


def _r_iso(m: re.Match[str], ctx: _Ctx) -> Timex | None:
    return _full_date(int(m["y"]), int(m["m"]), int(m["d"]))


def _r_us_numeric(m: re.Match[str], ctx: _Ctx) -> Timex | None:
    year = int(m["y"])
    if year < 100:
        year += 1900 if year > 50 else 2000
    return _full_date(year, int(m["m"]), int(m["d"]))


def _group(m: re.Match[str], name: str) -> str | None:
    """A group that one word order of a rule has and another lacks ("2024 summer")."""
    return m.groupdict().get(name)


def _r_month_day(m: re.Match[str], ctx: _Ctx) -> Timex | None:
    """ "June 10", "10 June 2020", "the tenth of June", "July 29-30" (a range's first day)."""
    word = _group(m, "ord")
    day = _day_number(m["day"]) if word is None else _ORDINALS.get(word) or _day_number(word)
    if m["y"]:
        return _full_date(int(m["y"]), _month_number(m["month"]), day)
    return _month_day(_month_number(m["month"]), day, ctx)


def _r_day_of_month(m: re.Match[str], ctx: _Ctx) -> Timex | None:
    """ "stayed until the 17th": that day of the month last mentioned, else of publication's."""
    day = _day_number(m["day"])
    base, year_known, unit = ctx.narrative("D")
    if base is None or _granularity(unit) > _granularity("M"):
        return "DATE", f"XXXX-XX-{day:02d}"
    try:
        date = dt.date(base.year, base.month, day)
    except ValueError:
        return None
    return "DATE", _render(date, "D", year_known)


def _r_month_year(m: re.Match[str], ctx: _Ctx) -> Timex | None:
    return "DATE", f"{m['y']}-{_month_number(m['month']):02d}"


def _r_year(m: re.Match[str], ctx: _Ctx) -> Timex | None:
    return "DATE", m["y"]


# How far ahead a two-digit year may point ("the '28 Olympics" in 2024).
_SHORT_YEAR_AHEAD = 10


def _r_short_year(m: re.Match[str], ctx: _Ctx) -> Timex | None:
    """ "'98": the latest year with those last digits up to publication, or one at most ten
    years ahead (news looks back, but writes "the '28 Olympics"): 1998 in 1998 and in 2024,
    2025 and not 1925 in 2024, 1957 and not 2057 in 2024; 19yy without a date."""
    two = int(m["yy"])
    if ctx.anchor is None:
        return "DATE", f"19{two:02d}"
    now = ctx.anchor.year
    past = now - (now - two) % 100
    return "DATE", str(past + 100 if past + 100 - now <= _SHORT_YEAR_AHEAD else past)


def _r_era(m: re.Match[str], ctx: _Ctx) -> Timex | None:
    year = m["y"] or str(_ERAS[m["era"]] + int(m["n"]))
    if m["day"]:
        return "DATE", f"{year}-{_month_number(m['month']):02d}-{_day_number(m['day']):02d}"
    if m["month"]:
        return "DATE", f"{year}-{_month_number(m['month']):02d}"
    return "DATE", year


def _r_holiday(m: re.Match[str], ctx: _Ctx) -> Timex | None:
    month, day = _HOLIDAYS[m["holiday"]]
    if m["y"]:
        return _full_date(int(m["y"]), month, day)
    return _month_day(month, day, ctx)


def _r_movable(m: re.Match[str], ctx: _Ctx) -> Timex | None:
    """ "Thanksgiving Day", "last Easter", "Easter week", "Election Day 1998"."""
    name, unit = m["holiday"], "W" if m["week"] else "D"

    def day_in(year: int) -> dt.date:
        return _movable_day(name, year)

    if m["y"]:
        return "DATE", _render(day_in(int(m["y"])), unit)
    if ctx.anchor is None:
        return "DATE", _render(None, unit)
    anchor, step = ctx.anchor, _SHIFTS[m["shift"]] if m["shift"] else None
    years = range(anchor.year - 1, anchor.year + 2)
    if step is None:
        year = _pick_year(anchor, ctx.tense, lambda y: (day_in(y), day_in(y))) or anchor.year
    elif step < 0:
        year = max(y for y in years if day_in(y) < anchor)
    elif step > 0:
        year = min(y for y in years if day_in(y) > anchor)
    else:
        year = anchor.year
    return "DATE", _render(day_in(year), unit)


def _r_month(m: re.Match[str], ctx: _Ctx) -> Timex | None:
    return _month(_month_number(m["month"]), ctx, m["shift"])


def _r_weekday(m: re.Match[str], ctx: _Ctx) -> Timex | None:
    return _weekday(_weekday_number(m["wd"]), ctx, m["shift"])


def _r_season(m: re.Match[str], ctx: _Ctx) -> Timex | None:
    code = _SEASONS[m["season"]]
    if shift_year := _group(m, "shift_year"):  # "the summer of last year"
        if ctx.anchor is None:
            return "DATE", f"XXXX-{code}"
        return "DATE", f"{ctx.anchor.year + _SHIFTS[shift_year]}-{code}"
    year = _group(m, "y")
    return _season(code, ctx, _group(m, "shift"), int(year) if year else None)


def _r_quarter(m: re.Match[str], ctx: _Ctx) -> Timex | None:
    word = m["ord"]
    if word in ("last", "final"):
        quarter = 4
    else:
        quarter = _ORDINALS[word] if word in _ORDINALS else _day_number(word)
    if not 1 <= quarter <= 4:
        return None
    year = _group(m, "y")
    return _quarter(quarter, ctx, int(year) if year else None, _group(m, "shift"))


def _r_quarters(m: re.Match[str], ctx: _Ctx) -> Timex | None:
    """ "(in) the fourth quarters": that quarter of every year."""
    return "SET", f"XXXX-Q{_quarter_number(m['ord'])}"


def _quarter_number(ordinal: str) -> int:
    return _ORDINALS[ordinal] if ordinal in _ORDINALS else int(ordinal[0])


def _r_year_period(m: re.Match[str], ctx: _Ctx) -> Timex | None:
    """ "the 1988 quarter" after a quarter's results: the same quarter of 1988."""
    if ctx.previous is not None and ctx.previous_unit == "Q":
        return "DATE", f"{m['y']}-Q{(ctx.previous.month - 1) // 3 + 1}"
    return "DATE", m["y"]


def _r_quarter_code(m: re.Match[str], ctx: _Ctx) -> Timex | None:
    return "DATE", f"{m['y']}-Q{m['q']}"


def _r_half(m: re.Match[str], ctx: _Ctx) -> Timex | None:
    half = 1 if m["ord"] in ("first", "1st", "former") else 2
    if m["y"]:
        year = m["y"]
    elif m["shift"] and ctx.anchor is not None:
        year = str(ctx.anchor.year + _SHIFTS[m["shift"]])
    elif ctx.anchor is not None:
        year = str(ctx.anchor.year)
    else:
        year = "XXXX"
    return "DATE", f"{year}-H{half}"


def _r_decade(m: re.Match[str], ctx: _Ctx) -> Timex | None:
    """ "the 1980s" is a decade (198), "the 1800s" a century (18): a round hundred names the
    hundred years. "the 2000s" is the exception: written in the century it names, it mostly
    means the decade."""
    if m["d"] == "0" and int(m["c"]) < _CURRENT_CENTURY:
        return "DATE", m["c"]
    return "DATE", m["c"] + m["d"]


# The first century (by its leading digits) whose "the X00s" is read as its first decade.
_CURRENT_CENTURY = 20


def _r_short_decade(m: re.Match[str], ctx: _Ctx) -> Timex | None:
    return "DATE", "19" + m["d"]


def _r_decade_word(m: re.Match[str], ctx: _Ctx) -> Timex | None:
    return "DATE", f"19{_DECADE_WORDS[m['w']]}"


def _r_century(m: re.Match[str], ctx: _Ctx) -> Timex | None:
    word = m["ord"]
    number = _ORDINALS[word] if word in _ORDINALS else _day_number(word)
    return ("DATE", f"{number - 1:02d}") if number >= 1 else None


def _r_duration(m: re.Match[str], ctx: _Ctx) -> Timex | None:
    quantity = _quantity(m["qty"])
    if quantity is None or (_YEAR_NUMBER.fullmatch(m["qty"]) and not _is_plural(m["unit"])):
        return None  # "the 1988 quarter" is a date
    if m["half"]:
        quantity = _quantity(m["qty"] + " and a half") or quantity
    return "DURATION", _duration(quantity, _UNITS[m["unit"]])


def _r_unit_long(m: re.Match[str], ctx: _Ctx) -> Timex | None:
    """ "a week-long visit", "the yearlong campaign": a length of one unit, as "two-week-long"
    is of two."""
    return "DURATION", _duration("1", _UNITS[m["unit"]])


def _r_fraction_of_century(m: re.Match[str], ctx: _Ctx) -> Timex | None:
    """ "half a century", "a quarter-century": a length in years, as decades and centuries are."""
    return "DURATION", _duration(_CENTURY_FRACTIONS[m["part"]], "CE")


def _r_duration_range(m: re.Match[str], ctx: _Ctx) -> Timex | None:
    """ "two to three weeks": valued by its first end, as a range of dates is (P2W)."""
    quantity = _quantity(m["qty"])
    return None if quantity is None else ("DURATION", _duration(quantity, _UNITS[m["unit"]]))


def _r_plural_units(m: re.Match[str], ctx: _Ctx) -> Timex | None:
    """ "days", "the coming weeks", "decades-long": an unknown number of units."""
    return "DURATION", _duration("X", _UNITS[m["unit"]])


def _r_parenthesis(m: re.Match[str], ctx: _Ctx) -> Timex | None:
    """ "Juche 113 (2024)", "July 29 (Monday)": whichever part resolves, the outer one first."""
    return _resolve(m["rest"], ctx) or _resolve(m["inner"], ctx)


def _r_range(m: re.Match[str], ctx: _Ctx) -> Timex | None:
    """ "July 29 to August 2", "1990-95": a range, valued by its first end."""
    second = _resolve(m["b"], ctx)
    if second is None and not _RANGE_END.fullmatch(m["b"]):
        return None  # "march-past" is no range
    first = _resolve(m["a"], ctx)
    if first is None or first[0] != "DATE":
        return None
    # "June 10 to June 12, 2020": the year written after the range belongs to both ends.
    if (
        second is not None
        and first[1].startswith("XXXX")
        and second[0] == "DATE"
        and second[1][:4].isdigit()
    ):
        return "DATE", second[1][:4] + first[1][4:]
    return first


# Building blocks that rule patterns name as {NAME}; group names stay lower case, so the braces of
# a regular expression quantifier ({1,2}) never clash with a placeholder.
_PIECES: Mapping[str, str] = MappingProxyType(
    {
        "MONTH": _MONTH,
        "WEEKDAY": _WEEKDAY,
        "WEEKDAYS": _WEEKDAY_PLURAL,
        "DAY": _DAY,
        "YEAR": _YEAR,
        "NUMBER": _NUMBER,
        "QTY": _QUANTITY,
        "UNIT": _UNIT,
        "UNIT1": _UNIT_SINGULAR,
        "UNITS": _UNIT_PLURAL,
        "POD": _POD,
        "POD1": "(?:day|" + _alt(p for p in _PARTS_OF_DAY if not p.endswith("s")) + ")",
        "PODS": _POD_PLURAL,
        "SEASON": _SEASON,
        "SHIFT": _SHIFT,
        "NSHIFT": _NARRATIVE_SHIFT,
        "DIRECTION": _DIRECTION,
        "EVERY": _QUANTIFIER,
        "ORDINAL": _ORDINAL,
        "QORDINAL": r"(?:first|second|third|fourth|1st|2nd|3rd|4th)",
        "CLOCK": _CLOCK,
        "DEICTIC": _alt(_DEICTIC),
        "ERA": _alt(_ERAS),
        "HOLIDAY": _alt(_HOLIDAYS),
        "MOVABLE": _alt(_MOVABLE),
        "DECADE": _alt(_DECADE_WORDS),
        "TO": "(?:-|to|and|through|until)",
        # "year-earlier" and "year-ago" as adjectives, with the period they qualify.
        "YEARAGO": r"(?:(?:the )?year-(?:earlier|ago)(?: (?:{ORDINAL}[- ])?(?:quarter|period))?"
        r"|{SAMEPERIOD})",
        # The period under report a year before: "the corresponding period last year", "last
        # year's quarter".
        "SAMEPERIOD": r"(?:(?:the )?(?:same|corresponding|comparable|like) (?:{ORDINAL}[- ])?"
        r"(?:quarter|period)(?: of| in)? (?:last|the previous|the prior) year"
        r"|last year's (?:{ORDINAL}[- ])?(?:quarter|period))",
        # Words that delimit a stretch of time without moving it: "the past three years".
        "SPAN": _alt(_LEX["span_modifier"]),
        "VAGUE": _alt(_VAGUE_QUANTITIES),
        "MORE": _alt(_LEX["added_count"]),
        "UNITKIND": _alt(_LEX["unit_kind"]),
    }
)
_YEAR_NUMBER = re.compile(_YEAR)
# A year a hyphen joins to the last word of a name ("the Forum of Our Nation-2024"), which spaCy
# keeps as one token with it.
_NAME_YEAR = re.compile(r"[A-Z][a-z]+-(" + _YEAR + ")")
# The second end of a range that is no expression on its own: "30" of "July 29-30", "95".
_RANGE_END = re.compile(_DAY + "(?:,? " + _YEAR + ")?|" + r"\d{2}")
_PLACEHOLDER = re.compile(r"\{([A-Z][A-Z0-9]*)\}")


def _template(pattern: str) -> str:
    while _PLACEHOLDER.search(pattern):  # pieces may name pieces
        pattern = _PLACEHOLDER.sub(lambda m: _PIECES[m[1]], pattern)
    return pattern


_Rule = tuple[tuple[re.Pattern[str], ...], _Handler]


def _rule(patterns: str | tuple[str, ...], handler: _Handler) -> _Rule:
    """A handler and the patterns it reads: word orders of one expression share a rule."""
    if isinstance(patterns, str):
        patterns = (patterns,)
    return tuple(re.compile(_template(p)) for p in patterns), handler


# Tried in order; the first rule with a pattern that matches the whole expression and whose
# handler returns a value wins. Compound rules (a clock time or part of day with a date) come
# before the rules for their parts; the range rule comes last because it splits on anything.
_RULES: tuple[_Rule, ...] = (
    _rule(r"(?P<deictic>{DEICTIC})(?:'s)?(?:,? (?:in the )?(?P<pod>{POD}))?", _r_deictic),
    _rule(r"(?P<which>this|last) (?P<pod>{POD})", _r_this_pod),
    _rule(
        r"(?P<hour>{NUMBER}) (?:o'clock )?in the (?P<pod>{POD})(?:,? (?:on |of )?(?P<rest>.+))?",
        _r_hour_pod,
    ),
    # A day with its part of day after the hour: "this morning", "last night", "Tuesday
    # evening"; not a part of day alone ("7 nights" is a count).
    _rule(
        r"(?P<hour>\d{1,2}|{NUMBER}(?= o'clock))(?: o'clock)? "
        r"(?P<rest>(?:{DEICTIC}|this|last|that|the next|the following|{WEEKDAY})(?: .+)?)",
        _r_hour_then_day_pod,
    ),
    _rule(r"(?P<clock>{CLOCK}),? (?:on |of |in the )?(?P<rest>.+)", _r_clock_then_day),
    _rule(r"(?P<rest>.+?),? (?:at |around |about |by )?(?P<clock>{CLOCK})", _r_clock_then_day),
    _rule(r"(?P<clock>{CLOCK})", _r_clock),
    _rule(r"{EVERY} (?P<wd>{WEEKDAY})(?: (?P<pod>{POD}))?", _r_set_weekday),
    _rule(r"(?P<wd>{WEEKDAYS})(?: (?P<pod>{POD}))?", _r_set_weekday),
    _rule(r"(?P<wd>{WEEKDAY}) (?P<pod>{PODS})", _r_set_weekday),
    _rule(r"{EVERY} (?P<pod>{POD})", _r_set_pod),
    _rule(r"(?P<unit>{UNIT1}) (?:after|by) (?P=unit)", _r_times_per),
    _rule(r"{EVERY} (?P<month>{MONTH})", _r_set_month),
    _rule(r"{EVERY} (?P<season>{SEASON})", _r_set_season),
    # "for the past three summers": each of them, as TimeBank has it; a season is no unit of a
    # TIMEX3 length.
    _rule(r"(?:the )?{SPAN} {QTY} (?P<season>{SEASON})s", _r_set_season),
    _rule(r"{EVERY} (?:(?P<other>other) )?(?:(?P<qty>{QTY}) )?(?P<unit>{UNIT})", _r_set_unit),
    _rule(
        r"(?:once|twice|thrice|{NUMBER} times) (?:a|an|per|each|every) (?P<unit>{UNIT})",
        _r_times_per,
    ),
    _rule(r"(?:the )?(?:early |late )?(?P<pod>{POD}) of (?P<rest>.+)", _r_pod_of_day),
    _rule(r"(?P<rest>.+?),? (?:early |late |in the )?(?P<pod>{POD})", _r_day_pod),
    _rule(r"(?:the )?(?P<pod>{POD})", _r_pod),
    # Before the rules that split off a weekday: "the day after" + "Tuesday" is no date.
    _rule(
        r"(?:the |(?P<qty>{QTY})[- ])(?P<unit>{UNIT}) (?P<dir>before|after) (?P<rest>.+)",
        _r_unit_from_date,
    ),
    # "Sunday, March 8", "this coming Sunday, March eighth": the date decides.
    _rule(r"(?:{SHIFT} )?(?P<wd>{WEEKDAY}),? (?:the )?(?P<rest>.+)", _r_weekday_and_day),
    _rule(r"(?P<rest>.+?),? \(?(?P<wd>{WEEKDAY})\)?", _r_weekday_and_day),
    _rule(r"(?:(?P<qty>{QTY})[- ])?(?P<unit>{UNIT}) (?P<dir>{DIRECTION})", _r_counted),
    _rule(r"the (?P<unit>{UNIT1}) (?P<dir>before|after)", _r_unit_before_after),
    _rule(r"{YEARAGO}", _r_year_earlier),
    _rule(r"(?P<ns>{NSHIFT}) (?P<unit>{UNIT1}|{POD})", _r_narrative),
    _rule(r"(?P<ns>{NSHIFT}) (?P<wd>{WEEKDAY})", _r_narrative_weekday),
    # "the past decade" is a duration, "the last century" the twentieth.
    _rule(
        r"the (?:past (?P<unit>{UNIT1})|last (?!decade|century)(?P<unit2>{UNIT1}))", _r_past_unit
    ),
    _rule(r"the weekend", _r_weekend),
    _rule(r"the week of (?P<rest>.+)", _r_week_of),
    _rule(r"(?:one|a|that|some) {POD1},? (?:in|of|during) (?P<rest>.+)", _r_one_day_in),
    _rule(r"(?:the )?(?:coming|upcoming|future) (?P<unit>{UNITS})", _r_future_ref),
    _rule(r"the (?P<unit>{UNITS}) ahead", _r_future_ref),
    _rule(r"(?:the )?(?:past|last) (?:{VAGUE} )?(?P<unit>{UNITS})", _r_past_ref),
    _rule(
        r"(?:(?P<the>the)|the (?:latest|most recent|recent|just-ended)) quarter", _r_latest_quarter
    ),
    _rule(r"the (?:latest|most recent) period(?P<the>)?", _r_latest_quarter),
    _rule(r"the (?:latest|most recent) (?:fiscal |calendar )?year", _r_latest_year),
    _rule(r"the (?:full|whole|entire) (?:fiscal |calendar )?year", _r_this_year),
    _rule(r"(?:the )?(?:fiscal )?year(?:[- ]|'s )end", _r_this_year),
    _rule(
        r"(?P<month>{MONTH})(?: (?P<day>{DAY}))?,? (?:of )?(?P<shift>{SHIFT}) year",
        _r_month_shift_year,
    ),
    _rule(
        r"(?P<month>{MONTH})(?: (?P<day>{DAY}))?,? (?:of )?(?P<ns>{NSHIFT}) year",
        _r_month_narrative_year,
    ),
    _rule(
        r"(?P<month>{MONTH})(?: (?P<day>{DAY}))?,? (?:of )?(?P<qty>{QTY}) years? ago",
        _r_month_years_ago,
    ),
    _rule(r"(?:the )?(?P<shift>{SHIFT}) (?:fiscal |calendar )?(?P<unit>{UNIT1})", _r_shift_unit),
    # "this significant year", "this historic month": the adjective changes no date.
    _rule(r"(?P<shift>this) (?!past |coming )[a-z]+ (?P<unit>year|month|week|day)", _r_shift_unit),
    _rule(r"(?P<y>\d{4})-(?P<m>\d{1,2})-(?P<d>\d{1,2})(?:t[\d:.]+z?)?", _r_iso),
    _rule(r"(?P<y>\d{4})/(?P<m>\d{1,2})/(?P<d>\d{1,2})", _r_iso),
    _rule(r"(?P<y>(?:19|20)\d{2})(?P<m>[01]\d)(?P<d>[0-3]\d)", _r_iso),
    _rule(r"(?P<m>\d{1,2})/(?P<d>\d{1,2})/(?P<y>\d{4}|\d{2})", _r_us_numeric),
    _rule(
        (  # "June 10", "10 June 2020", "July 29-30, 2024"
            r"(?P<month>{MONTH}) (?P<day>{DAY})(?: ?{TO} ?{DAY})?(?:,? (?P<y>{YEAR}))?",
            r"(?:the )?(?P<day>{DAY})(?: ?{TO} ?{DAY})? (?:of )?(?P<month>{MONTH})"
            r"(?:,? (?P<y>{YEAR}))?",
        ),
        _r_month_day,
    ),
    _rule(
        (
            r"(?:the )?(?P<ord>{ORDINAL}) (?:day )?of (?P<month>{MONTH})(?:,? (?P<y>{YEAR}))?",
            r"(?P<month>{MONTH}) (?P<ord>{ORDINAL})(?:,? (?P<y>{YEAR}))?",
        ),
        _r_month_day,
    ),
    _rule(r"(?P<month>{MONTH}),? (?:of )?(?P<y>{YEAR})", _r_month_year),
    _rule(r"the (?P<day>" + _ORDINAL_DAY_NUMBER + ")", _r_day_of_month),
    _rule(
        (
            r"(?:(?:the )?year |(?:fiscal|calendar) (?:year )?|fy ?)?(?P<y>{YEAR})",
            # "the 1990 fiscal year", "the 1989-90 fiscal year": named by the year it starts in.
            r"(?:the )?(?P<y>{YEAR})(?:-\d{2})? (?:fiscal|calendar|financial) year",
        ),
        _r_year,
    ),
    _rule(r"'(?P<yy>\d{2})", _r_short_year),
    _rule(
        r"(?:(?P<month>{MONTH})(?: (?P<day>{DAY}))?,? )?(?P<era>{ERA}) (?P<n>\d{1,3})"
        r"(?:,? \((?P<y>{YEAR})\))?",
        _r_era,
    ),
    _rule(r"(?P<holiday>{HOLIDAY})(?:,? (?P<y>{YEAR}))?", _r_holiday),
    _rule(r"the new year(?:,? (?P<y>{YEAR}))?", _r_new_year),
    _rule(
        r"(?:(?P<shift>{SHIFT}) )?(?P<holiday>{MOVABLE})(?: (?P<week>week))?(?:,? (?P<y>{YEAR}))?",
        _r_movable,
    ),
    _rule(r"(?:(?P<shift>{SHIFT}) )?(?P<month>{MONTH})", _r_month),
    _rule(r"(?:(?P<shift>{SHIFT}) )?(?P<wd>{WEEKDAY})", _r_weekday),
    _rule(
        (
            r"(?:the )?(?:(?P<shift>{SHIFT}) )?(?P<season>{SEASON})(?: season)?"
            # "summer in 2016" as KCNA writes it, beside "the summer of 2016".
            r"(?:,? (?:of |in )?(?:(?P<y>{YEAR})|(?P<shift_year>{SHIFT}) year))?",
            r"(?P<y>{YEAR}) (?P<season>{SEASON})(?: season)?",
        ),
        _r_season,
    ),
    _rule(
        (
            r"(?:the )?(?:fiscal[- ])?(?P<ord>{ORDINAL})(?: fiscal| calendar)?[- ]quarter"
            # "the third quarter of the year" names no year: picked as for "the third quarter".
            r"(?:,? (?:of )?(?:fiscal )?"
            r"(?:(?P<y>{YEAR})|(?:(?P<shift>{SHIFT})|the) (?:fiscal )?year))?",
            r"(?:the )?(?:fiscal )?(?P<y>{YEAR})(?:'s)? (?:fiscal )?(?P<ord>{ORDINAL})[- ]quarter",
            r"(?P<shift>{SHIFT}) year's (?P<ord>{ORDINAL})[- ]quarter",
            # "the last quarter of 1988": the year's fourth ("the last quarter" alone is the
            # one before this, read by `_r_shift_unit`).
            r"(?:the )?(?P<ord>last|final) (?:fiscal |calendar )?quarter,? of (?:fiscal )?"
            r"(?:(?P<y>{YEAR})|(?:(?P<shift>{SHIFT})|the) (?:fiscal )?year)",
        ),
        _r_quarter,
    ),
    _rule(r"(?:the )?(?P<ord>{QORDINAL})[- ]quarters", _r_quarters),
    _rule(r"the (?P<y>{YEAR}) (?:quarter|period)", _r_year_period),
    _rule((r"q(?P<q>[1-4]),? (?P<y>{YEAR})", r"(?P<y>{YEAR}) q(?P<q>[1-4])"), _r_quarter_code),
    _rule(
        (
            r"(?:the )?(?P<ord>first|second|last|former|latter|1st|2nd) half"
            r"(?: of (?:(?P<y>{YEAR})|(?:the )?(?P<shift>{SHIFT}) year|the year))?",
            # "the first two quarters of 1990" is its first half, as TimeBank has it; without
            # the year it is a length, as "the first nine months" is.
            r"(?:the )?(?P<ord>first|last) two quarters"
            r" of (?:(?P<y>{YEAR})|(?:the )?(?P<shift>{SHIFT}) year|the year)",
        ),
        _r_half,
    ),
    _rule(r"(?:the )?(?P<c>1\d|20|21)(?P<d>\d)0'?s", _r_decade),
    _rule(r"(?:the )?'?(?P<d>\d)0'?s", _r_short_decade),
    _rule(r"(?:the )?(?P<w>{DECADE})", _r_decade_word),
    _rule(r"(?:the )?(?P<ord>{ORDINAL}) century", _r_century),
    _rule(
        r"(?:the |a |an )?(?:{SPAN} )?(?P<qty>{QTY})[- ](?:{MORE} )?"
        r"(?:{UNITKIND} )?(?P<unit>{UNIT})(?P<half> and a half)?"
        r"(?:[- ](?:old|long)| or so| period)?",
        _r_duration,
    ),
    _rule(r"(?:the |a |an )?(?P<unit>{UNIT1})-?long", _r_unit_long),
    _rule(
        r"(?:the |a )?(?:{SPAN} )?(?P<part>"
        + _alt(_CENTURY_FRACTIONS)
        + r")[- ](?:of )?(?:a )?century",
        _r_fraction_of_century,
    ),
    _rule(
        r"(?:the )?(?:past |last |next )?(?P<qty>{NUMBER}) ?(?:-|to|or) ?{NUMBER}"
        r"[- ](?P<unit>{UNIT})",
        _r_duration_range,
    ),
    _rule(
        r"(?:the )?(?:first|last|final) (?P<qty>{QTY}) (?P<unit>{UNITS}) of .+(?P<half>)",
        _r_duration,
    ),
    _rule(
        (
            r"(?:(?:the )?(?:{SPAN}|recent|long|many) )?(?P<unit>{UNITS})(?:-long)?",
            r"(?P<unit>{UNITS}) or {UNITS}",  # "weeks or months", valued by its first unit
        ),
        _r_plural_units,
    ),
    _rule(r"(?P<rest>.+?) \((?P<inner>[^()]+)\)", _r_parenthesis),
    _rule(r"(?P<a>.+?) ?(?:-|to|through|thru|until|till|and|or|/) ?(?P<b>.+)", _r_range),
)


# --- normalisation --------------------------------------------------------------------------------


def _clean(text: str) -> str:
    """Lower case, one space between words, no outer punctuation or possessive."""
    text = _SPACES.sub(" ", text.translate(_TRANSLATE).lower()).strip(' ,;:!?"[]')
    if text.endswith(".") and not text.endswith(("a.m.", "p.m.")):
        text = text[:-1].rstrip()
    if text.startswith("(") and ")" not in text:
        text = text[1:]
    if text.endswith(")") and "(" not in text:
        text = text[:-1]
    text = _SPELLED_YEAR.sub(lambda m: str(_spelled_year(m)), text)
    text = text.replace("-and-a-half", " and a half")  # "two-and-a-half years"
    text = _ROUGH_COUNT.sub(r"\1", text)
    text = _SPACED_ORDINAL.sub("-", text)  # "March twenty first", as transcripts write it
    text = _SPELLED_DECADE.sub(lambda m: f"{_NUMBERS[m[1]]:.0f}{_DECADE_WORDS[m[2]]}0s", text)
    return _POSSESSIVE.sub("", text).strip()


def _spelled_year(m: re.Match[str]) -> int:
    """ "nineteen ninety-four" -> 1994, "the year two thousand" -> 2000 (read aloud, as in
    broadcast transcripts)."""
    if m["century"]:
        rest = m["rest"]
        if rest == "hundred":
            return 100 * int(_NUMBERS[m["century"]])
        return 100 * int(_NUMBERS[m["century"]]) + int(_quantity(rest.removeprefix("oh ")) or 0)
    return 2000 + int(_quantity(m["after"]) or 0) if m["after"] else 2000


def _strip_leading(text: str) -> str:
    """Drop leading signals and modifiers ("since", "about", "early", "the end of")."""
    while (m := _LEADING.match(text)) and m.end() < len(text):
        text = text[m.end() :]
    return text


def _apply_rules(text: str, ctx: _Ctx) -> Timex | None:
    for patterns, handler in _RULES:
        for pattern in patterns:
            m = pattern.fullmatch(text)
            if m is not None and (result := handler(m, ctx)) is not None:
                return result
    return None


_POSSESSIVES = frozenset(_LEX["possessive"])
_FISCAL_PERIOD = re.compile(r"\b(?:quarter|fiscal)\b")
_BARE_UNIT = re.compile(r"the (week|month|year|quarter|decade|century)")


def _resolve(text: str, ctx: _Ctx) -> Timex | None:
    text = _clean(text)
    if not text:
        return None
    if text in _VAGUE_REFS:
        return "DATE", _VAGUE_REFS[text]
    if text in _VAGUE_DURATIONS:
        return "DURATION", _VAGUE_DURATIONS[text]
    if text in _FREQUENCIES:
        return "SET", _FREQUENCIES[text]
    first, _, rest = text.partition(" ")
    if first in _POSSESSIVES:
        # "in his 50s" is an age range, not a decade; "its fourth quarter" is a company's.
        return _resolve(rest, ctx) if _FISCAL_PERIOD.search(rest) else None
    stripped = _strip_leading(text)
    if stripped != text and (m := _BARE_UNIT.fullmatch(stripped)):
        # "the end of the year": the current one, but in a text with no date of its own the
        # one its story is in ("Earlier in the year" after "21 July 1972" is 1972).
        story = ctx.anchor is None and ctx.previous is not None and ctx.previous_year_known
        stripped = ("that " if story else "this ") + m[1]
    if stripped in _VAGUE_REFS:
        return "DATE", _VAGUE_REFS[stripped]
    if stripped in _VAGUE_DURATIONS:
        return "DURATION", _VAGUE_DURATIONS[stripped]
    if stripped in _FREQUENCIES:
        return "SET", _FREQUENCIES[stripped]
    return _apply_rules(stripped, ctx)


def _parse_previous(previous: str | None) -> tuple[dt.date | None, bool, str]:
    """The date a previous value starts on, whether its year is known, and its granularity."""
    if not previous or not (m := _CALENDAR_VALUE.match(previous)):
        return None, False, "D"
    known = m["y"] != "XXXX"
    # An unknown year counts as a leap year, so that "February 29" plus a day still works.
    year = int(m["y"]) if known else 2000
    try:
        if m["w"]:
            if not known:
                return None, False, "D"
            return dt.date.fromisocalendar(year, int(m["w"]), 1), True, "W"
        if m["q"]:
            return dt.date(year, 3 * int(m["q"]) - 2, 1), known, "Q"
        if m["d"]:
            return dt.date(year, int(m["m"]), int(m["d"])), known, "D"
        if m["m"]:
            return dt.date(year, int(m["m"]), 1), known, "M"
    except ValueError:
        return None, False, "D"
    return (dt.date(year, 1, 1), True, "Y") if known else (None, False, "D")


@functools.lru_cache(maxsize=16384)
def _normalise_cached(
    text: str, anchor: dt.date | None, previous: str | None, tense: Tense | None
) -> Timex | None:
    day, known, unit = _parse_previous(previous)
    return _resolve(text, _Ctx(anchor, day, known, unit, tense))


def normalise(
    text: str,
    anchor: dt.date | None,
    *,
    previous: str | None = None,
    tense: Tense | None = None,
) -> tuple[str, str] | None:
    """The TIMEX3 (type, value) of one time expression, or None if it is not one we can read.

    `anchor` is the publication date (relative expressions resolve against it; without it the
    unknown parts stay `X`); `previous` the value of the date last mentioned in the text, which
    "two days later" and "the next day" count from; `tense` the tense of the governing verb,
    which decides the year of a partial date ("June 10") and the side of a weekday.
    """
    return _normalise_cached(text, anchor, previous, tense)


# --- finding expressions in a Doc ----------------------------------------------------------------

# Phrases spaCy often leaves untagged, found in the raw text (the spans are unioned with its
# entities). "before" and "after" count only at the end of a clause ("the day before."):
# elsewhere they are prepositions, and the expression is the duration before them.
_BOUNDS = frozenset({"LESS_THAN", "MORE_THAN", "EQUAL_OR_LESS", "EQUAL_OR_MORE"})
_SPOTTED = (
    _alt(_LEX["vague_ref"]),
    _alt(_TENSED_REFS),
    _alt(_VAGUE_DURATIONS),
    r"{HOLIDAY}",
    r"the new year(?!'s)(?:,? {YEAR})?",
    r"(?<=later in )the day|(?<=earlier in )the day",
    _alt(_LEX["frequency"]),
    r"{DEICTIC}(?: {POD})?",
    r"(?:this|last) {POD}",
    r"{EVERY} (?:other )?(?:{QTY} )?(?:{UNIT}|{WEEKDAY}|{POD}|{MONTH}|{SEASON})",
    r"(?:the )?{SPAN} {QTY} {SEASON}s",
    r"(?:the |this )?{SEASON} season",  # "photos showing the autumn season": spaCy misses it
    r"(?:on )?{WEEKDAYS}",
    r"{WEEKDAY} {PODS}",  # "on Thursday evenings": spaCy takes the weekday alone
    r"(?:once|twice|thrice|[\w-]+ times) (?:a|an|per|each|every) {UNIT}",
    r"{NSHIFT} (?:{UNIT1}|{POD}|{WEEKDAY})",
    r"{YEARAGO}",
    r"(?:this|last|next) (?:{UNIT1})",
    r"recent {UNITS}",
    r"{UNIT}-?long",  # "a week-long visit", "the yearlong campaign": spaCy mostly misses them
    r"(?:pre|post)-(?:{YEAR}|'?\d0'?s)",  # "the post-1959 politics"
    r"{VAGUE} {UNITS}",  # "after several quarters of losses"
    r"{QTY} {MORE} {UNITS}",  # "for 20 more years": spaCy takes the count for a number
    # "during a three-year period": spaCy stops before the noun
    r"(?:an? |the )?{QTY}-{UNIT} period",
    # "to last over a week", "at least thirty minutes before": a bound makes a length of the
    # count and unit ("a week" alone is often a rate), which spaCy misses now and then.
    _alt(m for m, code in _LEX["modifier"].items() if code in _BOUNDS)
    + r" {QTY}[- ]{UNIT}(?: period)?",
    r"{UNITS} or {UNITS}",  # "within weeks or months": one vague length, spaCy makes two
    r"(?:fiscal[- ])?{ORDINAL}[- ]quarter",
    # "in the second and fourth quarters": the quarters of every year, each its own expression
    r"{QORDINAL}[- ]quarters",
    r"{QORDINAL}(?= (?:and|or) (?:the )?{QORDINAL}[- ]quarters\b)",
    r"the {YEAR} (?:quarter|period)",
    r"the (?:latest|most recent) (?:period|(?:fiscal )?year)",
    r"(?:by|at|around|before|after) (?:the )?year(?:[- ]|'s )end",
    r"the {UNITS} ahead",
    r"at " + _alt(_LEX["moment_of_day"]),
    # A 24-hour clock after "at" ("at 09:45 of October 9"); a score ("3:1") has no "at".
    r"(?<=\bat )(?:[01]?\d|2[0-3]):[0-5]\d(?! ?[ap]\.?m\b)",
    r"(?:(?:last|next|this) )?{MOVABLE}(?: week)?",
    r"(?P<repeat>{UNIT1}) (?:after|by) (?P=repeat)",  # "day by day"
    # "at the outset of the year", "in February the following year": phrases spaCy leaves out.
    _alt(m for m in _MODIFIERS if m.startswith("the ") and m.endswith(" of"))
    + r" (?:the|this|last|next) {UNIT1}",
    r"{MONTH}(?: {DAY})?,? (?:of )?{NSHIFT} year",
    r"{MONTH}(?: {DAY})?,? (?:of )?{QTY} years? ago",
    # "at 2.10pm": spaCy takes a clock written in one word for a number
    r"(?:1[0-2]|0?[1-9])[.:][0-5]\d ?[ap]m",
    r"this (?!past |coming )[a-z]+ (?:year|month|week|day)",
    # "between Oct. 2 and 9": spaCy now and then takes the day of a range for a number.
    r"{MONTH} {DAY}(?: ?{TO} ?{DAY})?",
    # "November Juche 104 (2015)": spaCy reads the era as an organisation and splits the date.
    r"(?:{MONTH}(?: {DAY})?,? )?{ERA} \d{1,3}(?:,? \({YEAR})?",
)


def _first_characters(items: Any) -> tuple[frozenset[str] | None, bool]:
    """The characters a parsed pattern's match can begin with (None when any may), and
    whether it can match without consuming one."""
    found: set[str] = set()
    for op, arg in items:
        if op is _sre.LITERAL:
            return frozenset(found | {chr(arg)}), False
        if op is _sre.IN:
            chars = _class_characters(arg)
            return (None if chars is None else frozenset(found | chars)), False
        if op is _sre.BRANCH:
            can_be_empty = False
            for branch in arg[1]:
                first, empty = _first_characters(branch)
                if first is None:
                    return None, False
                found |= first
                can_be_empty |= empty
            if not can_be_empty:
                return frozenset(found), False
        elif op is _sre.SUBPATTERN or op in (_sre.MAX_REPEAT, _sre.MIN_REPEAT):
            first, empty = _first_characters(arg[-1])
            if first is None:
                return None, False
            found |= first
            if not empty and (op is _sre.SUBPATTERN or arg[0] > 0):
                return frozenset(found), False
        elif op not in (_sre.AT, _sre.ASSERT, _sre.ASSERT_NOT):  # zero-width: look further
            return None, False
    return frozenset(found), True


def _class_characters(items: Any) -> set[str] | None:
    chars: set[str] = set()
    for op, arg in items:
        if op is _sre.LITERAL:
            chars.add(chr(arg))
        elif op is _sre.RANGE and arg[1] - arg[0] < 128:
            chars.update(map(chr, range(arg[0], arg[1] + 1)))
        elif op is _sre.CATEGORY and arg is _sre.CATEGORY_DIGIT:
            chars.update("0123456789")
        else:
            return None
    return chars


def _guarded(alternative: str) -> str:
    """An alternative that `re` turns away at once where its first character cannot begin it.

    `re` tries every alternative of an alternation in turn at every word, and most of the
    spotter's begin with a group, an optional word or a lookbehind, which it enters before
    finding that the word cannot start them; a lookahead for the characters that can begin a
    match fails in one step. The matches are the same."""
    first, empty = _first_characters(_sre_parse.parse(alternative))
    if first is None or empty:
        return alternative
    return "(?=[" + "".join(map(re.escape, sorted(first))) + "])(?:" + alternative + ")"


# `\b` holds after a word as well as before one; every spotted phrase begins with a word
# character (or the hyphen of "[\w-]+ times"), so the positions after a word are turned away
# in one step rather than by each alternative.
_SPOTTER = re.compile(
    r"\b(?=[\w-])(?:" + "|".join(_guarded(_template(p)) for p in _SPOTTED) + r")\b",
    re.IGNORECASE,
)
# "two days later": found from the unit, then the count before it, since a pattern starting
# with an optional number would be tried at every word of the article.
_COUNTED_SPOTTER = re.compile(
    _template(
        r"\b{UNIT} (?:"
        + _alt(d for d in _DIRECTIONS if d not in _PREPOSITIONS)
        + r"|(?:before|after)(?=\s*[.,;:!?]|\s*$))\b"
    ),
    re.IGNORECASE,
)
# A rate: "$33 million a year", "50 cents a share" (no unit), "10% a month".
_RATE_SPOTTER = re.compile(
    _template(
        r"(?:\d|%|\b(?:million|billion|thousand|hundred|cents|dollars|percent))"
        r"\s+(?P<rate>(?:a|an|per) {UNIT1})\b"
    ),
    re.IGNORECASE,
)
_AMOUNT_LABELS = frozenset({"MONEY", "PERCENT", "CARDINAL", "QUANTITY"})
_RATE = re.compile(_template(r"(?:a|an|per) (?P<unit>{UNIT1})"))
_RATE_WORDS = frozenset({"a", "an", "per"})
_ELLIPTIC_UNITS = frozenset({"W", "M", "Q", "Y"})
_QUARTERS = re.compile(_template(r"(?:the )?(?P<ord>{QORDINAL})[- ]quarters"), re.IGNORECASE)
_QORDINAL_ALONE = re.compile(_template(r"(?:the )?{QORDINAL}"), re.IGNORECASE)
_SHARED_QUARTERS = re.compile(
    _template(r" (?:and|or) (?:the )?{QORDINAL}[- ]quarters\b"), re.IGNORECASE
)
_SHARED_PARTS = re.compile(_template(r" (?:and|or) {WEEKDAY} (?P<pods>{PODS})\b"), re.IGNORECASE)
_COUNT_BEFORE = re.compile(_template(r"\b(?:{QTY}[- ]|the )$"), re.IGNORECASE)
_POD_OF_BEFORE = re.compile(
    r"(?:\bthe\s+)?(?:(?:early|late)\s+)?\b" + _POD + r"\s+of\s+$", re.IGNORECASE
)
# Matching without regard to case, `re` tries every alternative of a pattern at every word;
# case-sensitive, it turns most away at their first letter. The patterns' literals are all
# lower case, so on lower-cased text they find the same spans without the flag, three times
# faster (text whose length lower-casing changes is read with the flag).
_CASELESS_SPOTTERS = (_SPOTTER, _COUNTED_SPOTTER, _RATE_SPOTTER, _COUNT_BEFORE, _POD_OF_BEFORE)
_LOWER_CASE_SPOTTERS = tuple(
    re.compile(p.pattern, p.flags & ~re.IGNORECASE) for p in _CASELESS_SPOTTERS
)
_DATELINE = re.compile(
    r"\s*[A-Z][\w'’.-]*(?:[ -][A-Z][\w'’.-]*){0,3},\s+(?P<date>(?i:" + _MONTH + r")\s+\d{1,2})"
    r"\s*\([A-Za-z]+\)\s*(?:--|—|–|-)"
)
# What may stand between two temporal phrases that make one expression ("the morning of June
# 10", "10 a.m. on Monday", "Monday, June 10").
_CONNECTOR = re.compile(
    # "the day before" + "last Tuesday": a count from the date after it (`_r_unit_from_date`).
    r"\s*(?:,|of|on|at|in|in the|on the|,\s*on|,\s*at|,\s*the|before|after)?\s*",
    re.I,
)
_TEMPORAL_LABELS = frozenset({"DATE", "TIME"})
_COUNT_LABELS = frozenset({"QUANTITY", "CARDINAL"})
_UNIT_AT_END = re.compile(_template(r"\b{UNIT}$"), re.IGNORECASE)
_QUARTER = re.compile(r"(\d{4})-Q([1-4])")
# Expressions that compare with the same period a year before: "a year earlier", "the
# year-ago period", "the 1988 quarter"; those naming a quarter ("last year's quarter") compare
# with the quarter reported on whatever date came last.
_YEAR_QUARTER = re.compile(r"\b(?:\d{4}|year's|year-(?:earlier|ago))(?: [\w-]+)? quarter\b", re.I)
_SAME_PERIOD = _template("{SAMEPERIOD}")
_YEAR_BACK = re.compile(
    r"\byear[- ](?:ago|earlier)\b|\b\d{4} (?:quarter|period)\b|" + _SAME_PERIOD, re.I
)
_BACKWARD = re.compile(
    r"\b(?:earlier|before|previously|ago)$|\byear-(?:earlier|ago)\b|" + _SAME_PERIOD, re.I
)
_MODIFIER_DEPS = frozenset({"compound", "amod", "nmod"})
# Nouns whose frequency adjective tells how often something happens ("on a daily basis"), unlike
# those it classifies ("its quarterly dividend").
_RATE_NOUNS = frozenset(_LEX["rate_noun"])
_NEEDS_CAPITAL = frozenset(_LEX["needs_capital"])
_INDEFINITE_DAYS = frozenset({"one day", "some day", "one morning", "one evening", "one night"})
_AGO = re.compile(r"\bago$", re.IGNORECASE)
_DECADE = re.compile(r"\d0'?s$")
_AGE = re.compile(r"[- ]olds?$", re.IGNORECASE)
_PRESENT_AGE = frozenset(_LEX["present_age"])
_LASTING_NOUNS = frozenset(_LEX["lasting_noun"])
_SPEED_MEASURES = frozenset(_LEX["speed_measure"])
_FIGURATIVE_TIMES = frozenset(_LEX["figurative_time"])
_PER_UNIT = re.compile(_template(r"per {UNIT1}"), re.IGNORECASE)
_TO_THE_NEXT = re.compile(r"to (?:the next|another)\b", re.IGNORECASE)
_NAME_LABELS = frozenset(
    {"PERSON", "ORG", "GPE", "LOC", "FAC", "NORP", "EVENT", "WORK_OF_ART", "LAW", "PRODUCT"}
)
_CONJUNCTIONS = frozenset({"and", "or", "to", "through", "until", "till"})
_DASHES = frozenset({"-", "\u2013", "\u2014"})
_FULL_MONTH_OR_DAY = re.compile(r"\d{4}-\d{2}(?:-\d{2})?")
_PERIOD_ENDS = frozenset(_LEX["period_end"])
_IN_THE_DAY = re.compile(r"(?:((?:later|earlier) in) )?the day")
_PERIOD = re.compile(_template(r"the (?:fiscal )?(?P<unit>{UNIT1})"))
# "the past year", "the last month": a length up to publication, or the unit before it when
# compared with (`_compared_period`).
_PAST_PERIOD = re.compile(_template(r"the (?:past|last) (?P<unit>{UNIT1})"), re.IGNORECASE)
_COMPARING = _LEX["comparing_preposition"]
_COMPARING_WORDS = frozenset(_LEX["comparing_word"])
_NAME_WORDS = (frozenset(_UNITS) | frozenset(_DEICTIC) | frozenset(_PARTS_OF_DAY)) - {"day"}
_STRETCH_ADJECTIVES = frozenset(_LEX["span_modifier"]) | _VAGUE_QUANTITIES | {"recent", "long"}
_SOON_AFTER = frozenset({"after", "afterwards", "afterward", "thereafter", "as"})
_SUBJECTS = frozenset({"nsubj", "nsubjpass"})
_DAY_PRONOUNS = frozenset({"it", "this", "that"})
_TRAILING_JUNK = frozenset({"'s", "’s", "'", "’"})
_FUTURE_AUX = frozenset(_LEX["future_auxiliary"])
_PLAIN_FUTURE_AUX = frozenset(k for k, v in _LEX["future_auxiliary"].items() if v == "future")
_PAST_AUX = frozenset(_LEX["past_auxiliary"])
_PRESENT_AUX = frozenset(_LEX["present_auxiliary"])
_PLAN_VERBS = frozenset(_LEX["plan_verb"])
_ABSOLUTE_PREPOSITIONS = frozenset(_LEX["absolute_preposition"])
_DEFERRING_VERBS: Mapping[str, frozenset[str]] = MappingProxyType(
    {verb: frozenset(value.split()) for verb, value in _LEX["deferring_verb"].items()}
)
_REPORTING = frozenset(_LEX["reporting_verb"])
_STATIVE = frozenset(_LEX["stative_verb"])
_SAME_PAST_FORM = frozenset(_LEX["same_past_form"])
_SHAPE = re.compile(r"\d")  # values alike but for their digits are dates of one kind
# A length of months told for a report ("the nine months"): the comparisons after it are with the
# same months of the year before, a year rather than the quarter reported on.
_MONTHS_LENGTH = re.compile(r"P\d+M")
# "the quarter", "the latest period": the quarter the article last named (a fiscal one too).
_NAMED_QUARTER = re.compile(r"(?:the )?(?:quarter|(?:latest|most recent) period)")
# "This quarter's loss" in a report is the quarter reported on: the current one has no figures
# yet, unless they are forecast ("this quarter's earnings will fall").
_THIS_QUARTER = re.compile(r"this quarter", re.IGNORECASE)


def _tense(span: Span, scheduled: bool = True) -> Tense | None:
    """The tense of the verb governing `span`: "will hold" is future, "held" past, else None.
    With `scheduled`, a plain present is future too ("they meet Monday"), as news uses it for
    what is set for a day; not for a time that is no day ("witnesses at the time remember")."""
    token, preposition = span.root, None
    for _ in range(8):  # climb out of the expression and its noun phrase to the verb
        if (
            token.pos_ in ("VERB", "AUX")
            and not span.start <= token.i < span.end
            and not _quoted_before(token, span)
            and not _tenseless(token)
        ):
            break
        if token.head.i == token.i:
            return None
        if token.dep_ == "pobj":
            preposition = token.head.lower_
        token = token.head
    else:
        return None
    if token.pos_ not in ("VERB", "AUX"):
        return None
    if preposition in _DEFERRING_VERBS.get(token.lemma_, ()):
        return "future"  # "postponed until Tuesday": the date the act was put off to
    auxiliaries = {child.lower_ for child in token.children if child.dep_ in ("aux", "auxpass")}
    if auxiliaries & _FUTURE_AUX:
        # "may have met", "would have signed": a modal with the perfect looks back.
        if "have" in auxiliaries and not auxiliaries & _PLAIN_FUTURE_AUX:
            return None
        return "future"
    if "to" in auxiliaries and token.head.lemma_ in _PLAN_VERBS:
        return "future"  # "planned to meet on Monday"
    if token.lemma_ in _PLAN_VERBS:
        return None  # "planned a rally for Saturday": the plan is past, its date may not be
    if token.tag_ == "VBD" or (token.tag_ == "VBN" and auxiliaries & _PAST_AUX):
        return "past"
    if "to" in auxiliaries and token.head.lemma_ == "be" and token.dep_ == "xcomp":
        # "is to resume trading Tuesday"; not an infinitive that is the subject of "be"
        # ("the first to accede to NATO on Friday were Poland and ...").
        return "future"
    if (
        scheduled
        and token.tag_ in ("VBZ", "VBP")
        and not auxiliaries
        and token.lemma_ not in _REPORTING | _STATIVE
        and token.lower_ not in _SAME_PAST_FORM
    ):
        return "future"  # "they meet Monday": news uses the present for what is scheduled
    return None


def _tenseless(verb: Token) -> bool:
    """A gerund with neither auxiliary nor subject ("take part in planning for the summit"),
    or with a subject in an absolute "with" clause ("flights will start, with the third
    departing from August 6"): its time is that of the verb it depends on."""
    if verb.tag_ != "VBG" or any(child.dep_ in ("aux", "auxpass") for child in verb.children):
        return False
    absolute = verb.dep_ == "pcomp" and verb.head.lower_ in _ABSOLUTE_PREPOSITIONS
    return absolute or not any(child.dep_ in ("nsubj", "nsubjpass") for child in verb.children)


def _quoted_before(verb: Token, span: Span) -> bool:
    """Whether `verb` lies in a quotation that closes before `span` begins: the parse hangs
    the day after a quoted title on the title's verb ('released the statement "We will
    respond" on Saturday'), but the day is the release's."""
    if span.start <= verb.i:
        return False
    tags = doc_tags(span.doc)
    opened = next(
        (tags[i] for i in range(verb.i - 1, verb.sent.start - 1, -1) if tags[i] in QUOTE_TAGS),
        None,
    )
    return opened == "``" and "''" in tags[verb.i + 1 : span.start]


def _elided(doc: Doc, i: int) -> bool:
    """The apostrophe of a year or decade without its century ("'89", "the '80s")."""
    tokens = doc_tokens(doc)
    return (
        tokens[i].text in ("'", "’")
        and not tokens[i].whitespace_
        and i + 1 < len(doc)
        and _ELIDED_YEAR.fullmatch(tokens[i + 1].text) is not None
    )


def _trim(doc: Doc, start: int, end: int) -> tuple[int, int]:
    """Drop outer punctuation, a trailing possessive and leading prepositions from a token span."""
    tokens = doc_tokens(doc)
    while (
        start < end
        and (tokens[start].is_punct or tokens[start].is_space)
        and not _elided(doc, start)
    ):
        start += 1
    while end > start and (
        tokens[end - 1].is_punct
        or tokens[end - 1].is_space
        or tokens[end - 1].lower_ in _TRAILING_JUNK
        or tokens[end - 1].lower_ in _CONJUNCTIONS  # spaCy's "between now and"
    ):
        end -= 1
    if (
        end - start > 1
        and tokens[end - 1].lower_ in ("before", "after")
        and end < len(doc)
        and not tokens[end].is_punct
    ):
        end -= 1  # "two days after the vote": a preposition, the length before it
    if (
        end - start > 1
        and tokens[end - 1].lower_ == "ahead"
        and end < len(tokens)
        and tokens[end].text == "of"
    ):
        end -= 1  # "the weeks ahead of the vote": a length before it, not a time to come
    first = start
    while (
        end - start > 1
        and tokens[start].lower_ in _MODIFIERS
        and tokens[start].head.pos_ == "VERB"
        and not start <= tokens[start].head.i < end
    ):
        start += 1  # the particle of "brought about July 27"
    modified = start
    while (size := _preposition_size(doc, start, end)) and end - start > size:
        # "in the past" becomes "the past", but "at present" is the expression itself.
        whole, trimmed = tokens_text(doc, start, end), tokens_text(doc, start + size, end)
        if _normalise_cached(trimmed, None, None, None) is None and (
            _normalise_cached(whole, None, None, None) is not None
        ):
            break
        start += size
    if first < start == modified and tokens[start].lower_ in _PREPOSITIONS:
        # "earlier in the year": an expression only with its preposition, which needs the
        # adverb before it ("Sales rose earlier in the year", not "... rose in the year").
        start -= 1
    if (
        end - start > 1
        and tokens[start].dep_ == "det"
        and not start <= tokens[start].head.i < end
        and _normalise_cached(tokens_text(doc, start + 1, end), None, None, None) is not None
    ):
        start += 1  # "a two day rally", "The year-ago results": the article is the noun's
    # "Juche 53 (1964)": spaCy tends to leave out the era and the closing parenthesis.
    if start > 0 and tokens[start - 1].lower_ in _ERAS:
        start -= 1
    text = tokens_text(doc, start, end) if start < end else ""
    if end < len(doc) and tokens[end].text == ")" and text.count("(") > text.count(")"):
        end += 1
    return start, end


def _preposition_size(doc: Doc, start: int, end: int) -> int:
    """How many tokens the preposition opening a span takes ("in", "as early as"); 0 if none."""
    for size in range(min(_LONGEST_PREPOSITION, end - start), 0, -1):
        if tokens_text(doc, start, start + size).lower() in _PREPOSITIONS:
            return size
    return 0


def _length_in_year(length: str, year: str) -> bool:
    """Whether "`length` of `year`" is a length of time and the year it is counted in.

    Quarters are parts of the year's calendar: "the first two quarters of 1990" is one date.
    """
    timex = _normalise_cached(length, None, None, None)
    return (
        timex is not None
        and timex[0] == "DURATION"
        and not timex[1].endswith("Q")
        and _YEAR_NUMBER.fullmatch(year) is not None
    )


def _split_conjoined(doc: Doc, start: int, end: int) -> list[tuple[int, int]]:
    """Split "June 10 and the next day" in two when both sides are expressions of their own.

    TimeML tags each; "July 29 and 30" stays whole, since "30" alone is no expression. A period
    and the day it ends ("the year ended March 31") are two expressions too, as are a length of
    time and the year it is counted in ("the first nine months" of "1997"), and the items of a
    list of like dates ("1994, 1995 and 1997"; not "June 10, 1998").
    """
    while end - start > 1 and doc[end - 1].lower_ in _CONJUNCTIONS:
        end -= 1  # spaCy's "1994, 1995 and", the list's last item left out
    for i in range(start + 1, end - 1):
        if doc[i].lower_ in _PERIOD_ENDS and _normalise_cached(
            doc[i + 1 : end].text, None, None, None
        ):
            return [(start, i), (i + 1, end)]  # "the quarter" + "ended" + "Sept. 30"
        if doc[i].lower_ == "of" and _length_in_year(doc[start:i].text, doc[i + 1 : end].text):
            return [(start, i), (i + 1, end)]
        if doc[i].text == ",":
            left_timex = _normalise_cached(doc[start:i].text, None, None, None)
            right_timex = _normalise_cached(doc[i + 1 : end].text, None, None, None)
            if (
                left_timex is not None
                and right_timex is not None
                and _SHAPE.sub("9", left_timex[1]) == _SHAPE.sub("9", right_timex[1])
            ):
                return [(start, i), *_split_conjoined(doc, i + 1, end)]
        if doc[i].text in _DASHES and _dated_in_full(doc[start:i].text, doc[i + 1 : end].text):
            return [(start, i), *_split_conjoined(doc, i + 1, end)]
        if doc[i].lower_ in _CONJUNCTIONS:
            left, right = doc[start:i].text, doc[i + 1 : end].text
            if (
                _normalise_cached(left, None, None, None)
                or (_QORDINAL_ALONE.fullmatch(left) and _QUARTERS.fullmatch(right))
            ) and _normalise_cached(right, None, None, None):
                # "the second and fourth quarters": the first shares the second's noun.
                return [(start, i), *_split_conjoined(doc, i + 1, end)]
    return [(start, end)]


def _dated_in_full(left: str, right: str) -> bool:
    """Whether both ends of a dash are months or days with their year ("June 25, 1950-July 27,
    1953"): two dates TimeML tags each, where "July 29-30" and "1990-95" are one range."""
    values = (_normalise_cached(left, None, None, None), _normalise_cached(right, None, None, None))
    return all(v is not None and _FULL_MONTH_OR_DAY.fullmatch(v[1]) for v in values)


def _in_name(span: Span) -> bool:
    """Whether a spotted phrase is part of a name ("Daily NK", "the Weekly Standard")."""
    if any(token.lower_ in _ERAS for token in span):
        return False  # spaCy takes "Juche 104" for an organisation
    if span.text.lower().startswith("the new year"):
        return False  # nor "the New Year" for an event's name
    if any(token.ent_type_ in _NAME_LABELS for token in span):
        return True
    last, doc = span[-1], span.doc
    following = doc[span.end] if span.end < len(doc) else None
    return (
        last.pos_ == "PROPN"
        and last.is_title
        and last.lower_ not in _WEEKDAYS
        and following is not None
        and following.pos_ == "PROPN"
        and (following.is_title or following.is_upper)
    )


def _candidates(doc: Doc, text: str) -> list[tuple[int, int]]:
    """Token spans worth valuing: spaCy's DATE/TIME entities, spotted phrases, the dateline."""
    spans = [
        piece
        for ent in doc_ents(doc)
        if ent.label_ in _TEMPORAL_LABELS
        for piece in _split_conjoined(doc, ent.start, ent.end)
    ]
    # spaCy calls some lengths of time quantities or numbers ("about 5 1/2 hours", "at least 30
    # minutes"): kept if they read as one.
    spans.extend(
        (ent.start, ent.end)
        for ent in doc_ents(doc)
        if ent.label_ in _COUNT_LABELS
        and _UNIT_AT_END.search(ent.text)
        and not (ent.label_ == "CARDINAL" and _fraction(doc, ent.start, ent.end))
    )
    scanned = text.lower()
    spotters = _LOWER_CASE_SPOTTERS
    if len(scanned) != len(text):
        scanned, spotters = text, _CASELESS_SPOTTERS
    spotter, counted, rate, count_before, part_of_day_of = spotters
    for m in spotter.finditer(scanned):
        span = doc.char_span(m.start(), m.end(), alignment_mode="expand")
        if span is not None and (m[0].lower() in _MOVABLE or not _in_name(span)):
            spans.append((span.start, span.end))
    for m in counted.finditer(scanned):
        begin = m.start()
        count = count_before.search(scanned, max(0, begin - 40), begin)
        span = doc.char_span(count.start() if count else begin, m.end(), alignment_mode="expand")
        if span is not None:
            spans.append((span.start, span.end))
    for m in rate.finditer(scanned):
        span = doc.char_span(m.start("rate"), m.end("rate"), alignment_mode="expand")
        if span is not None:
            spans.append((span.start, span.end))
    tokens = doc_tokens(doc)
    spans.extend((i, i + 1) for i in range(3, len(tokens)) if _elliptic_last(tokens[i]))
    spans.extend(
        (i, i + 2)
        for i in range(1, len(tokens) - 1)
        if tokens[i].lower_ in _RATE_WORDS
        and _RATE.fullmatch(f"{tokens[i].lower_} {tokens[i + 1].lower_}")
        and _counted_noun(tokens[i - 1])
    )
    spans.extend(_vague_word_spans(doc))
    spans.extend((token.i, token.i + 1) for token in doc_tokens(doc) if _year_of_event_name(token))
    dateline = _DATELINE.match(text)
    if dateline is not None:
        span = doc.char_span(dateline.start("date"), dateline.end("date"), alignment_mode="expand")
        if span is not None:
            # The dateline's date stands alone: drop whatever spaCy joined to it.
            spans = [s for s in spans if s[1] <= span.start or s[0] >= span.end]
            spans.append((span.start, span.end))
    # Union overlapping spans ("two days" from spaCy and "two days later" from the spotter).
    merged: list[tuple[int, int]] = []
    for start, end in sorted(spans):
        if merged and start < merged[-1][1]:
            merged[-1] = (merged[-1][0], max(end, merged[-1][1]))
        else:
            merged.append((start, end))
    # "the morning of" that spaCy left out of a date.
    extended: list[tuple[int, int]] = []
    for start, end in merged:
        head = doc[start].idx
        window = scanned[max(0, head - 40) : head]
        found = part_of_day_of.search(window)
        floor = extended[-1][1] if extended else 0
        if found is not None:
            span = doc.char_span(head - len(window) + found.start(), head, alignment_mode="expand")
            if span is not None and span.start >= floor:
                start = span.start
        extended.append((start, end))
    return extended


def _fraction(doc: Doc, start: int, end: int) -> bool:
    """ "three-quarters of its food", "two thirds": a share told with a unit's word."""
    return (end - start > 1 and doc[end - 2].text == "-") or (
        end < len(doc) and doc[end].lower_ == "of"
    )


def _vague_word_spans(doc: Doc) -> Iterator[tuple[int, int]]:
    """The single words of `vague_word` in the one use where they refer to a time: "current"
    and "recent" before a noun that is no time unit ("the recent sale"; "recent weeks" is a
    stretch the rules read), "soon" outside "as soon as" and "soon after" and not in a past
    narration (where it is soon after the story's time, not the paper's), "the future",
    "Elian's future" and "in future" but not "the future of ..." nor "the future looks ..."."""
    tokens = doc_tokens(doc)
    for i, lower in enumerate(doc_lowers(doc)):
        if lower not in _VAGUE_WORDS:
            continue
        token = tokens[i]
        if token.pos_ != _VAGUE_WORDS[lower][1]:
            continue
        before = doc[token.i - 1].lower_ if token.i > 0 else ""
        after = doc[token.i + 1].lower_ if token.i + 1 < len(doc) else ""
        if token.pos_ == "ADJ":
            head = token.head
            if token.dep_ == "amod" and head.pos_ == "NOUN" and head.lower_ not in _UNITS:
                # "the then current market price" is the past's present.
                yield (token.i - 1 if before == "then" else token.i), token.i + 1
        elif token.pos_ == "ADV":
            if (
                before != "as"
                and after not in _SOON_AFTER
                and _tense(doc[token.i : token.i + 1]) != "past"
            ):
                yield token.i, token.i + 1
        elif (
            token.pos_ == "NOUN"
            and after != "of"
            and token.dep_ not in _SUBJECTS | _MODIFIER_DEPS  # "future earnings"
        ):
            determiners = {
                child.lower_ for child in token.children if child.dep_ in ("det", "poss")
            }
            if any(child.dep_ == "amod" for child in token.children):
                continue  # "a bright future", "the future full of happiness": a prospect
            if before == "the":
                yield token.i - 1, token.i + 1
            elif before == "in" and not determiners:
                yield token.i - 1, token.i + 1  # "could in future be used": from now on
            elif determiners and not determiners & {"a", "an"}:
                yield token.i, token.i + 1


def _last_quarter(value: str, published: dt.date | None) -> bool:
    """Whether `value` is the last quarter completed before `published`, the one a results
    report tells of ("1989-Q3" in October 1989)."""
    return published is not None and value == _render(_shift(published, "Q", -1), "Q")


def _speech_regions(doc: Doc) -> list[tuple[int, int]]:
    """Character ranges of speech a colon introduces: "he said: ..." to the end of its paragraph
    (of the next one when the colon ends a line), "The full text of the speech is as follows:"
    and "issued the following press statement on Friday:" to the end of the article."""
    text = doc_text(doc)
    regions = []
    for token in doc_tokens(doc)[1:]:
        if token.text != ":":
            continue
        before = doc[token.i - 1]
        if (before.lower_ == "follows" and token.i > 1 and doc[token.i - 2].lower_ == "as") or any(
            word.lower_ == "following" and word.dep_ == "amod"
            for word in doc[token.sent.start : token.i]
        ):
            regions.append((token.idx, len(text)))
        elif before.lemma_ in _REPORTING and before.tag_ == "VBD":
            end = text.find("\n", token.idx)
            if end >= 0 and not text[token.idx + 1 : end].strip():
                end = text.find("\n", end + 1)
            regions.append((token.idx, len(text) if end < 0 else end))
    return regions


def _past_day(value: str | None, published: dt.date) -> dt.date | None:
    """The day `value` names, if it is a whole day of a known year before `published`."""
    day, year_known, unit = _parse_previous(value)
    if day is None or not year_known or unit != "D" or day >= published:
        return None
    return day


def _speech_day(
    span: Span, published: dt.date | None, previous: str | None, speech: str | None
) -> dt.date | None:
    """The day of the story when "today" (or "yesterday", "tomorrow") stands in what someone
    said on that day: "Our superiority proved today ..., he said" in a report of Wednesday's
    test published on Thursday. `speech` is the date last mentioned before the speech the
    span stands in began, if a colon introduced one ("Then he said: ... two days ago")."""
    if published is None or not (span[0].lower_ in _DEICTIC or _AGO.search(span.text)):
        return None
    if speech is not None:
        return _past_day(speech, published)
    day = _past_day(previous, published)
    if day is None:
        return None
    token = span.root
    while token.head.i != token.i:
        child, token = token, token.head
        if child.dep_ in ("ccomp", "parataxis") and token.lemma_ in _REPORTING:
            return day if token.tag_ == "VBD" else None
    return None


def _year_of_event_name(token: Token) -> bool:
    """A year inside the name of a competition or festival ("the Youth World Boxing
    Championships 2024", "the 2024 National Table-Tennis Tournament"): spaCy leaves it in the
    name, but it is the year the event is held."""
    if _YEAR_NUMBER.fullmatch(token.text) is None:
        return False
    before = token.doc[token.i - 1] if token.i > 0 else None
    opening = token.dep_ == "nummod" or token.dep_ in _MODIFIER_DEPS
    named = token.head if opening and token.head.i > token.i else before
    heads = lexicon.words("competition_heads")
    return named is not None and named.is_title and named.lower_ in heads


def _names_a_place(span: Span) -> bool:
    """A date inside a proper name ("the April 25 Hostel", "the February 8 Vinalon Complex",
    "the May Day Stadium")."""
    head = span.root.head
    return (
        # "his Sunday Mass" is a time; a holiday of several words is a name ("May Day").
        (any(token.is_digit for token in span) or (len(span) > 1 and span.text.istitle()))
        and span.root.dep_ in _MODIFIER_DEPS
        and not span.start <= head.i < span.end
        and head.pos_ == "PROPN"
        and head.is_title
        and head.lower_ not in _MONTHS
        and head.lower_ not in _WEEKDAYS
        and not (len(span) == 1 and _year_of_event_name(span[0]))
    )


def _commemorated(span: Span, value: str) -> str | None:
    """The day of the past event a month and day name when used as a noun rather than as the
    time of what the sentence tells: "the victory of July 27" in 2024 is 1953-07-27, "on July
    27" is 2024-07-27."""
    day = _DAY_VALUE.fullmatch(value)
    if day is None or _YEAR_NUMBER.search(span.text):
        return None
    month_day = f"{day[2]}-{day[3]}"
    if month_day not in _COMMEMORATED:
        return None
    if span.start > 0 and _SHIFTS.get(span.doc[span.start - 1].lower_, 0) > 0:
        return None  # "on the occasion of forthcoming July 27": this year's holiday to come
    # The month, not a word before it: "brought about July 27 war victory"; "today" is no name.
    root = next((t for t in span if _names_month(t)), None)
    if root is None:
        return None
    head = root.head
    outside = not span.start <= head.i < span.end
    named = (
        root.dep_ in _SUBJECTS  # "July 27 would shine forever"
        or root.dep_ == "dobj"  # "is celebrating the great July 27"
        or (  # "the miracle of July 27"; not "the evening of July 27"
            root.dep_ == "pobj"
            and head.lower_ == "of"
            and head.head.pos_ == "NOUN"
            and head.head.lower_ not in _PARTS_OF_DAY
            and head.head.lower_ not in _UNITS
        )
        or (root.dep_ in _MODIFIER_DEPS and head.pos_ == "NOUN" and outside)  # "July 27 victory"
    )
    return f"{_COMMEMORATED[month_day]}-{month_day}" if named else None


def _characterised_era(span: Span) -> bool:
    """A plural unit an adjective describes ("the great years", "the most fateful years", "such
    days") names an era by its character, not a stretch of time; "recent years", "long years"
    and "the past years" do measure one."""
    token = span[0]
    return (
        len(span) == 1
        and _is_plural(token.lower_)
        and any(
            child.dep_ == "amod" and child.lower_ not in _STRETCH_ADJECTIVES
            for child in token.children
        )
    )


def _titled_name(span: Span) -> bool:
    """A unit, deictic day or part of day with a capital after a name or number is part of a
    name: "USA Today", "VOA Today", "60 Minutes" ("Thanksgiving Day" is a holiday)."""
    return any(
        token.is_title
        and token.lower_ in _NAME_WORDS
        and token.i > 0
        and token.doc[token.i - 1].pos_ in ("PROPN", "NUM")
        and not (token.lower_ == "year" and token.doc[token.i - 1].lower_ == "new")
        for token in span
    )


def _shared_parts_of_day(span: Span, tense: Tense | None) -> str | None:
    """The plural part of day a lone weekday shares with the weekday it is joined to ("flights
    leave on Monday and Tuesday nights" is every Monday night too); not in a past narration,
    where the two are nights of the week gone by ("riots broke out on Monday and Tuesday
    nights")."""
    if tense == "past" or len(span) != 1 or span[0].lower_.rstrip(".") not in _WEEKDAYS:
        return None
    m = _SHARED_PARTS.match(doc_text(span.doc), span.end_char)
    return m["pods"].lower() if m else None


def _quarters(span: Span, tense: Tense | None) -> str | None:
    """What to value a plural ordinal quarter as: the quarters of every year, a set ("usually
    conducted in the second and fourth quarters", the first sharing the second's noun), unless
    a past narration tells of this year's ("sales fell in the second and third quarters")."""
    text = span.text.lower()
    m = _QUARTERS.fullmatch(text)
    if m is not None:
        ordinal = m["ord"]
    elif _SHARED_QUARTERS.match(doc_text(span.doc), span.end_char):
        ordinal = text.removeprefix("the ")
    else:
        return None
    if tense == "past":
        return f"the {ordinal} quarter"
    return f"the {ordinal} quarters" if m is None else None


def _elliptic_last(token: Token) -> str | None:
    """The unit of a "last" that leaves it out after a comparison ("twice as high this year as
    last", "more this month than last"): the period before the one just named."""
    doc, i = token.doc, token.i
    if token.lower_ != "last" or i < 3 or doc[i - 1].lower_ not in ("as", "than"):
        return None
    unit, this = doc[i - 2], doc[i - 3]
    if this.lower_ != "this" or _UNITS.get(unit.lower_) not in _ELLIPTIC_UNITS:
        return None
    following = doc[i + 1] if i + 1 < len(doc) else None
    if following is not None and not (following.is_punct or following.is_space):
        return None  # "this year as last year's", "than last week"
    if doc[i - 1].lower_ == "as" and not any(
        t.lower_ == "as" for t in doc[token.sent.start : i - 3]
    ):
        return None  # "finished this week as last": a rank, not "as high ... as"
    return unit.lower_


def _rate(span: Span) -> str | None:
    """The unit of a rate ("$33 million a year", "10% a month"), if the span is one."""
    m = _RATE.fullmatch(span.text.lower())
    before = span.doc[span.start - 1] if span.start > 0 else None
    if m is None or before is None:
        return None
    counted = before.like_num or before.ent_type_ in _AMOUNT_LABELS or _counted_noun(before)
    return _UNITS[m["unit"]] if counted else None


def _counted_noun(token: Token) -> bool:
    """Whether a plural noun is counted ("hundreds of interviews", "fifty thousand CDs"): "a
    day" after it tells how many there are each day, a rate, as after "$33 million"."""
    if token.tag_ != "NNS" or token.lower_ in _UNITS or token.lemma_.lower() in _SPEED_MEASURES:
        return False
    if any(child.dep_ == "nummod" for child in token.children):
        return True
    head = token.head
    return (
        token.dep_ == "pobj"
        and head.lower_ == "of"
        and (head.head.like_num or head.head.ent_type_ in _COUNT_LABELS)
    )


def _compared_period(span: Span) -> str | None:
    """The unit of "the last year" or "the past month" when the period is what something is
    compared with, which is the year (month) before publication as "last year" is: "the last
    year's figure", "in contrast to the last year", "a 16.9 percent increase over the last
    year"; not the stretch up to publication ("over the last year", "in the past month")."""
    m = _PAST_PERIOD.fullmatch(span.text)
    if m is None:
        return None
    doc, root = span.doc, span.root
    after = doc[span.end] if span.end < len(doc) else None
    if after is not None and after.tag_ == "POS":
        return m["unit"]
    if root.dep_ != "pobj" or (after is not None and after.lower_ == "of"):
        return None  # "the last year of school": a part of something else
    preposition = root.head
    compared = preposition.head
    condition = _COMPARING.get(preposition.lower_)
    if (
        condition == "always"
        or (condition == "word" and compared.lemma_ in _COMPARING_WORDS)
        or (
            condition == "amount"
            and compared.pos_ != "VERB"
            and any(
                t.like_num or t.ent_type_ in _AMOUNT_LABELS for t in (compared, *compared.children)
            )
        )
    ):
        return m["unit"]
    return None


def _shrink(doc: Doc, start: int, end: int) -> tuple[int, int]:
    """The longest end or start of a span no rule reads whole that one does read: "a month" of
    spaCy's "as long as a month", "last year" of "coup d'etat last year"."""
    if end - start < 2 or _normalise_cached(doc[start:end].text, None, None, None):
        return start, end
    pieces = [(i, end) for i in range(start + 1, end)] + [
        (start, j) for j in range(end - 1, start, -1)
    ]
    for piece in pieces:
        if _splits_month_day(doc, *piece):
            continue  # "27 month" of "the June 25-July 27 month of ...": a day, not a count
        if piece[0] > 0 and doc[piece[0] - 1].like_num and doc[piece[0]].tag_ == "NNS":
            continue  # "nights" of "for 8 days and 7 nights": counted, not one night
        if _normalise_cached(doc[piece[0] : piece[1]].text, None, None, None):
            return _trim(doc, *piece)
    return start, end


def _splits_month_day(doc: Doc, start: int, end: int) -> bool:
    """Whether a piece of a span begins on the day of a month named before it, or ends on a
    month whose day follows."""
    tokens = doc_tokens(doc)
    return any(
        0 < i < len(tokens)
        and _names_month(tokens[i - 1])
        and _DAY_NUMBER.fullmatch(tokens[i].text)
        for i in (start, end)
    )


def _fiscal_quarter_ended(span: Span, result: Timex) -> Timex:
    """ "the quarter ended Sept. 30" after "the fiscal first quarter": the fiscal quarter does
    not end in that month of the calendar, and which quarter of the calendar year it is the
    article leaves open; TimeBank writes it 1989-QX."""
    m = _QUARTER.fullmatch(result[1])
    doc = span.doc
    if m is None or span.end + 1 >= len(doc) or doc[span.end].lower_ not in _PERIOD_ENDS:
        return result
    month = doc[span.end + 1]
    if not _names_month(month) or _MONTHS[month.lower_.rstrip(".")] == 3 * int(m[2]):
        return result
    return result[0], f"{m[1]}-QX"


def _names_month(token: Token) -> bool:
    """Whether a token is a month's name, whole or abbreviated ("Sept.")."""
    return token.lower_.rstrip(".") in _MONTHS


def _merge_adjacent(doc: Doc, text: str, spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Join neighbours that make one expression: "the morning" + "of" + "June 10"."""
    out: list[tuple[int, int]] = []
    for start, end in spans:
        if out:
            prev_start, prev_end = out[-1]
            gap = text[doc[prev_end - 1].idx + len(doc[prev_end - 1]) : doc[start].idx]
            if _CONNECTOR.fullmatch(gap) and not (
                gap.strip() == "of"
                and _length_in_year(doc[prev_start:prev_end].text, doc[start:end].text)
            ):
                joined = doc[prev_start:end].text
                if _normalise_cached(joined, None, None, None) is not None:
                    out[-1] = (prev_start, end)
                    continue
        out.append((start, end))
    return out


def _is_indefinite_day(span: Span) -> bool:
    """ "One day, he visited the farm": a day at some time, not a stretch of one day."""
    if span.text.lower() not in _INDEFINITE_DAYS:
        return False
    before = span.doc[span.start - 1] if span.start > 0 else None
    return (  # "Islam will one day be ...": after an auxiliary too
        before is None
        or before.is_sent_end
        or before.is_punct
        or before.pos_ in ("CCONJ", "SCONJ", "AUX")
    )


def _time_told_after(span: Span) -> bool:
    """ "At the time Howes was captured", "at the time of the attack": the time is the one a
    clause or phrase after it tells, not the time last spoken of (TimeBank leaves it untagged).
    "saying at the time (that) he was willing" is the time of the saying: spaCy takes what was
    said for a clause of "time". "at the time-honoured place" has no time at all."""
    time, doc = span[-1], span.doc
    if time.i + 1 < len(doc) and doc[time.i + 1].text in _DASHES:
        return True
    return any(
        (child.dep_ == "prep" and child.lower_ == "of")
        or (child.dep_ in ("relcl", "acl") and time.head.head.lemma_ not in _REPORTING)
        for child in time.children
    )


def _is_nowadays(span: Span) -> bool:
    """ "the dynamic pace of today", "today's socialist Korea", "today's youth": the present
    age, not the day of publication ("today's meeting" is that day's). So is "Today" opening a
    clause in the present ("Today, the declaration has become a political means", "Today G7 is
    serving the U.S."), where "Today he met" and "Today's talks" are the day's."""
    if span.text.lower() != "today":
        return False
    doc = span.doc
    before = doc[span.start - 1] if span.start > 0 else None
    after = doc[span.end] if span.end < len(doc) else None
    if before is not None and before.lower_ == "of" and before.head.pos_ == "NOUN":
        return True
    opens = (
        before is None or span[0].is_sent_start or (before.is_sent_start and before.pos_ == "CCONJ")
    )
    if opens and _opens_present(span):
        return True  # "And today, the right to work is equal to the right to survive"
    if after is None or after.lower_ not in ("'s", "’s") or span[0].dep_ != "poss":
        return False
    owner = span[0].head
    return (
        owner.pos_ == "PROPN"
        or owner.lemma_.lower() in _PRESENT_AGE
        or any(child.dep_ == "amod" for child in owner.children)
    )


def _opens_present(span: Span) -> bool:
    """Whether `span` is an adverb of a verb in the present: the verb itself ("the right to work
    is equal") or its auxiliary ("is serving", "have become"), with no future or past one."""
    token = span[0]
    verb = token.head
    if token.dep_ == "compound" and verb.dep_ in _SUBJECTS:
        verb = verb.head  # "Today G7 is serving": the parse joins the adverb to the subject
    elif token.dep_ not in ("npadvmod", "advmod"):
        return False
    if verb.pos_ not in ("VERB", "AUX"):
        return False
    auxiliaries = {child.lower_ for child in verb.children if child.dep_ in ("aux", "auxpass")}
    if auxiliaries & (_FUTURE_AUX | _PAST_AUX) or "to" in auxiliaries:
        return False
    if auxiliaries & _PRESENT_AUX:
        return True
    # "Today it is a holiday" tells what the day is: the day's, not the age's.
    subjects = {child.lower_ for child in verb.children if child.dep_ in _SUBJECTS}
    return verb.tag_ in ("VBZ", "VBP") and verb.lemma_ in _STATIVE and not subjects & _DAY_PRONOUNS


def _day_of_story(span: Span, anchor: dt.date | None, previous: str | None) -> Timex | None:
    """ "the day" of "later in the day": the day last mentioned, as "that day" is."""
    m = _IN_THE_DAY.fullmatch(_clean(span.text))
    before = span.doc[max(0, span.start - 2) : span.start].text.lower()
    if m is None or not (m[1] or _IN_THE_DAY.fullmatch(before + " the day")):
        return None
    return normalise("that day", anchor, previous=previous)


def _in_passing(span: Span) -> bool:
    """Whether the clause of `span` describes a noun ("the plant, built in 1985", "a gun that
    he bought in 1990"): a year or month named there is background, not the time the story
    moves to, and "the next day" after it still counts from the story's day."""
    token = span.root
    for _ in range(8):  # climb out of the expression to its verb, as `_tense` does
        if token.pos_ in ("VERB", "AUX") and not span.start <= token.i < span.end:
            return token.dep_ in ("acl", "relcl")
        if token.head.i == token.i:
            return False
        token = token.head
    return False


def _year_of_a_thing(span: Span, value: str) -> bool:
    """A year that qualifies a noun ("a yellow 1977 Mercury Marquis", "the 1992 protests") tells
    what the thing is, not the time the story moves to: "later that day" does not count from it."""
    root = span.root
    return (
        _YEAR_VALUE.fullmatch(value) is not None
        and root.dep_ in _MODIFIER_DEPS | {"nummod"}
        and root.head.pos_ in ("NOUN", "PROPN")
        and not span.start <= root.head.i < span.end
    )


def _unit_around_event(
    span: Span,
    anchor: dt.date | None,
    previous: str | None,
    last: TimeExpression | None,
    starts: frozenset[int],
) -> Timex | None:
    """ "the day" of "the day after his death": a unit from the event, which is most likely the
    one the story last dated, as "the day after." counts from that date. After a date and a comma
    it is that date told again ("Oct. 12, the day before the crash"); before a time expression
    ("the day before last Tuesday's hearing") it is left to that expression."""
    doc = span.doc
    following = doc[span.end] if span.end < len(doc) else None
    m = _PERIOD.fullmatch(_clean(span.text))
    if following is None or following.lower_ not in ("before", "after") or m is None:
        return None
    if span.end + 1 in starts:
        return None
    before = doc[span.start - 2 : span.start]
    if (
        last is not None
        and len(before) == 2
        and before[1].text == ","
        and before[0].idx + len(before[0]) == last.mention.end
    ):
        return last.timex_type, last.value
    day, _, unit = _parse_previous(previous)
    if day is None or _granularity(unit) > _granularity(_UNITS[m["unit"]]):
        return None  # "the day after" a year is no day
    return normalise(f"the {m['unit']} {following.lower_}", anchor, previous=previous)


def _period_before_end(span: Span) -> Timex | None:
    """ "the year" of "the year ended March 31": twelve months up to that day, a duration."""
    following = span.doc[span.end] if span.end < len(span.doc) else None
    m = _PERIOD.fullmatch(_clean(span.text))
    if following is None or following.lower_ not in _PERIOD_ENDS or m is None:
        return None
    unit = _UNITS[m["unit"]]
    return None if unit.startswith("T") else ("DURATION", _duration("1", unit))


def _fallback(text: str, anchor: dt.date | None, tense: Tense | None) -> Timex | None:
    """A value for a spaCy DATE no rule reads whole: its explicit month and day, or its year."""
    cleaned = _clean(text)
    for pattern in _FALLBACKS:
        m = pattern.search(cleaned)
        if m is not None:
            result = _normalise_cached(m[0], anchor, None, tense)
            if result is not None and result[0] == "DATE":
                return result
    return None


_FALLBACKS = (
    re.compile(r"\b" + _MONTH + r" " + _DAY + r"(?:,? " + _YEAR + r")?\b"),
    re.compile(r"\b" + _MONTH + r",? " + _YEAR + r"\b"),
    re.compile(r"\b" + _YEAR + r"\b"),
)


def refers_back(time: TimeExpression) -> bool:
    """The expression is the time last spoken of ("at that time", "at the time"), which its
    value leaves vague (`PAST_REF`): the text's previous date tells which it is."""
    return time.mention.text.casefold() in _TIMES_SPOKEN_OF and time.value.endswith("_REF")


def find_time_expressions(
    doc: Doc, article_id: str, published: dt.date | None
) -> list[TimeExpression]:
    """Every TIMEX3 expression of `doc`, valued against `published`, in text order.

    Offsets are character offsets into `doc.text`. Expressions are valued in order so that
    "two days later" counts from the date mentioned before it.
    """
    text = doc_text(doc)
    tokens = doc_tokens(doc)
    ent_spans = {(ent.start, ent.end) for ent in doc_ents(doc) if ent.label_ in _TEMPORAL_LABELS}
    trimmed = [_trim(doc, s, e) for s, e in _candidates(doc, text)]
    spans = _merge_adjacent(doc, text, [(s, e) for s, e in trimmed if s < e])
    found: list[TimeExpression] = []
    previous: str | None = None
    # The last completed quarter, once the article names it, is the period it reports on: "a
    # year earlier" and "the 1988 period" compare with it, also after a mention of another
    # quarter ("After a flat second quarter, ... charges taken in the year-earlier period").
    report: str | None = None
    named_quarter: str | None = None  # the quarter last named, which "the quarter" refers to
    last: TimeExpression | None = None
    # The last expression but the day a period ends on: "For the six months ended Aug. 12, ...
    # a year earlier" compares with the six months.
    length: TimeExpression | None = None
    speeches = _speech_regions(doc)
    starts = frozenset(start for start, _ in spans)
    # The date last mentioned before each speech began: the day its "today" means.
    speech_days: dict[int, str | None] = {}
    named_days: dict[str, str] = {}  # "bloody friday": the day the name was first given to
    for start, end in spans:
        start, end = _trim(doc, start, end)
        if start >= end:
            continue
        if (
            start > 0
            and _SPACED_THOUSANDS.fullmatch(tokens_text(doc, start - 1, start + 1))
            and not (start > 1 and _names_month(tokens[start - 2]))
        ):
            start -= 1  # "5 156 seconds": spaCy leaves out the thousands; not "May 3 100 years"
        start, end = _shrink(doc, start, end)
        span = doc[start:end]
        span_text = tokens_text(doc, start, end)
        if any(t.lower_ in _NEEDS_CAPITAL and t.text.islower() for t in tokens[start:end]):
            continue  # "may", "march-past", "august presence"
        if (
            end - start == 1
            and tokens[start].lower_ in _PARTS_OF_DAY
            and tokens[start].dep_ in _MODIFIER_DEPS
        ):
            continue  # "an evening gala", "a night shift"
        if (
            end - start > 1
            and tokens_text(doc, end - 2, end).lower() == "new year"
            and tokens[end - 1].dep_ in _MODIFIER_DEPS
        ):
            continue  # "the New Year celebrations": the article is the celebrations'
        if (
            end - start == 1
            and tokens[start].lower_ in _FREQUENCIES
            and tokens[start].dep_ in _MODIFIER_DEPS
            and tokens[start].head.lemma_ not in _RATE_NOUNS
        ):
            continue  # "its quarterly dividend", "average daily volume": a kind, not a time
        if (
            end - start == 1
            and _VAGUE_WORDS.get(tokens[start].lower_, ("", ""))[1] == "NOUN"
            and tokens[start].dep_ in _MODIFIER_DEPS
        ):
            continue  # "the future revolutionary struggle": a kind, as in "future earnings"
        if (
            end - start == 1
            and start > 0
            and end < len(tokens)
            and tokens[start - 1].lower_ == tokens[end].lower_ == "as"
        ):
            continue  # "as recently as 1987": a comparison; the time is the one after it
        if tokens[start].lower_ == "one" and _TO_THE_NEXT.match(doc[end : end + 3].text):
            continue  # "from one decade to the next": a succession, not a length of time
        if _ORDINAL_DAY.fullmatch(span_text) and tokens[end - 1].dep_ in _MODIFIER_DEPS:
            continue  # "the 28th seminar": an ordinal, not a day of the month
        if _characterised_era(span):
            continue  # "the great years", "such days": an era told by its character
        if _AGE.match(doc[end : end + 2].text):
            continue  # "centuries-old backwardness": an age, as "40-year-old" is
        if start > 0 and f"{tokens[start - 1].lower_} {span_text.lower()}" in _FIGURATIVE_TIMES:
            continue  # "high noon comes today": the hour of decision, not midday
        if _is_speed(span):
            continue  # "300 kilometers per hour": a measure, not how often something happens
        if _names_a_place(span) or _titled_name(span):
            continue  # "the April 25 Hostel", "USA Today", "CBS's 60 Minutes"
        if (
            start > 0
            and tokens[start - 1].lower_ == "good"
            and tokens[start].lower_ in _PARTS_OF_DAY
        ):
            continue  # "Good evening from Havana": a greeting
        if start > 0 and tokens[start - 1].lower_ in _POSSESSIVES and _DECADE.search(span_text):
            continue  # "when Lindqvist was in his 30s": an age
        tense = _tense(span)
        speech = next((i for i, (s, e) in enumerate(speeches) if s <= span.start_char < e), None)
        if speech is not None:
            speech_days.setdefault(speech, previous)
        speech_day = None if speech is None else speech_days[speech]
        anchor = _speech_day(span, published, previous, speech_day) or published
        reference = previous
        after_quarter = previous is not None and _QUARTER.fullmatch(previous)
        # "the 1988 quarter" is that of the report even after "last year".
        if (
            report
            and _YEAR_BACK.search(span_text)
            and (after_quarter or _YEAR_QUARTER.search(span_text))
        ):
            reference = report
        if (
            length is not None
            and length.timex_type == "DURATION"
            and _MONTHS_LENGTH.fullmatch(length.value)
            and _YEAR_BACK.search(span_text)
        ):
            reference = None  # "For the nine months, ... compared with a year earlier": 1988
        bare_quarter = named_quarter and _NAMED_QUARTER.fullmatch(_clean(span_text))
        if bare_quarter:
            reference = named_quarter
        result = normalise(span_text, anchor, previous=reference, tense=tense)
        if result is not None and bare_quarter:
            result = _fiscal_quarter_ended(span, result)
        if (
            report is not None
            and named_quarter == report
            and _tense(span, scheduled=False) != "future"
            and _THIS_QUARTER.fullmatch(span_text)
            and end < len(tokens)
            and tokens[end].lower_ in ("'s", "’s")
        ):
            result = "DATE", report
        if (quarters := _quarters(span, tense)) is not None:
            result = normalise(quarters, anchor, previous=reference, tense=tense) or result
        if len(span) == 1 and (unit := _elliptic_last(span[0])):
            result = normalise(f"last {unit}", anchor, tense=tense)
        if result is None and any(s < end and start < e for s, e in ent_spans):
            result = _fallback(span_text, published, tense)
        if result is None:
            result = (
                _period_before_end(span)
                or _day_of_story(span, anchor, previous)
                or _unit_around_event(span, anchor, previous, last, starts)
            )
        if result is None or (
            result[0] == "DURATION" and _AGE.search(span_text) and not _lasted(span)
        ):
            continue
        if span_text.lower() in _TENSED_REFS:
            if _time_told_after(span):
                continue
            future = _tense(span, scheduled=False) == "future"
            result = "DATE", "FUTURE_REF" if future else "PAST_REF"
            # The preposition is no part of the expression, as TimeML marks it ("the time").
            span = span[1:]
            span_text = tokens_text(doc, span.start, span.end)
        if _is_nowadays(span):
            result = "DATE", "PRESENT_REF"
        if result[0] == "DURATION" and _is_indefinite_day(span):
            result = "DATE", "FUTURE_REF" if tense == "future" else "PAST_REF"
        if pods := _shared_parts_of_day(span, tense):
            result = normalise(f"{span_text} {pods}", anchor) or result
        if result[0] == "DURATION" and (rate := _rate(span)):
            result = "SET", _duration("1", rate)
        if result[0] == "DURATION" and (compared := _compared_period(span)):
            result = normalise(f"last {compared}", anchor, tense=tense) or result
        if name := _day_name(span):
            if name in named_days:
                result = "DATE", named_days[name]
            elif _DAY_VALUE.fullmatch(result[1]):
                named_days[name] = result[1]
        timex_type, value = result
        if commemorated := _commemorated(span, value):
            # A past event's day named in passing does not move the story back in time.
            found.append(
                TimeExpression(
                    Mention(article_id, span.start_char, span.end_char, span_text),
                    timex_type,
                    commemorated,
                )
            )
            continue
        # "a year earlier" compares with the period under report rather than moving the story
        # back in time, so it does not become the date that later expressions count from.
        # Nor does the day a period ends on ("the quarter ended Sept. 30"): the period does.
        ends_period = span.start > 0 and tokens[span.start - 1].lower_ in _PERIOD_ENDS
        if _CALENDAR_VALUE.match(value) and not _BACKWARD.search(span_text) and not ends_period:
            if _DAY_VALUE.match(value) or not (_in_passing(span) or _year_of_a_thing(span, value)):
                previous = value
            if report is None and _last_quarter(value, published):
                report = value
            if _QUARTER.fullmatch(value) and not _YEAR_BACK.search(span_text):
                named_quarter = value
        mention = Mention(article_id, span.start_char, span.end_char, span_text)
        last = TimeExpression(mention, timex_type, value)
        if not ends_period:
            length = last
        found.append(last)
    found.extend(_years_of_hyphened_names(doc, article_id, found))
    return sorted(found, key=lambda time: time.mention.start)


def _day_name(span: Span) -> str | None:
    """ "bloody friday" for the "Friday" of "Bloody Friday": a weekday named for what happened
    on it, one day however often the text mentions it."""
    if len(span) != 1 or span.start == 0 or span[0].lower_ not in _WEEKDAYS:
        return None
    before = span.doc[span.start - 1]
    if before.lower_ not in _DAY_NAME_WORDS or not before.is_title or not span[0].is_title:
        return None
    return f"{before.lower_} {span[0].lower_}"


def _is_speed(span: Span) -> bool:
    """Whether "per hour" follows a count of a measure ("300 kilometers per hour")."""
    before = span.doc[span.start - 1] if span.start > 0 else None
    return (
        before is not None
        and before.lemma_.lower() in _SPEED_MEASURES
        and _PER_UNIT.fullmatch(span.text) is not None
    )


def _lasted(span: Span) -> bool:
    """Whether an age ("8-month-old") tells how long the truce, war or embargo it describes has
    lasted, a length of time, rather than the age of a person or thing."""
    head = span[-1].head
    return head.i >= span.end and head.lemma_.lower() in _LASTING_NOUNS


def _years_of_hyphened_names(
    doc: Doc, article_id: str, found: list[TimeExpression]
) -> Iterator[TimeExpression]:
    """The year ending the name of an exhibition or contest ("the Contest of Skilled Workers
    of National Economy-2024", "the Exhibition of Marine Products-2023"): the year it is held,
    as "the Championships 2024" is, though the hyphen makes it part of the name's last word."""
    for token in doc_tokens(doc):
        year = _NAME_YEAR.fullmatch(token.text)
        if year is None or any(t.mention.start <= token.idx < t.mention.end for t in found):
            continue
        start = token.idx + year.start(1)
        yield TimeExpression(
            Mention(article_id, start, start + len(year[1]), year[1]), "DATE", year[1]
        )


TSV_COLUMNS = ("article", "start", "end", "type", "value", "text")


def tsv_row(expression: TimeExpression) -> str:
    """One expression as a line of `kg timex` output (the text on one line, tabs as spaces)."""
    mention = expression.mention
    text = " ".join(mention.text.split())
    fields = (mention.article_id, mention.start, mention.end, expression.timex_type)
    return "\t".join(map(str, (*fields, expression.value, text)))
