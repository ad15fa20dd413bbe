"""Wire-service datelines: "Pyongyang, July 29 (KCNA) --" opens many agency articles."""

from __future__ import annotations

import re
from dataclasses import dataclass

from kg.model import Entity, EntityKind
from kg.resolve.names import canonical_name

# Place (and its country: "SEOUL, South Korea"), date (AP's may have none), the agency in
# brackets, then a dash ("--" in KCNA's feed, a spaced hyphen in Reuters', a spaced underscore
# in AP's older feed: "NAIROBI, Kenya (AP) _").
DATELINE = re.compile(
    r"^\s*(?P<place>[A-Z][\w'’. -]{1,40}?)(?:,\s+(?:[A-Z][\w'’. -]{1,40}?,\s+)?"
    r"(?P<date>[A-Z][a-z]+\.?\s+\d{1,2})|,\s+[A-Z][\w'’. -]{1,40}?)\s*"
    r"\((?P<agency>[A-Z][A-Za-z ]{1,30})\)\s*(?:--|—|–|[-_](?=\s))"
)


# A dateline that is only a city in capitals and a dash, on a line of its own ("BOSTON — "),
# on the first line or under the headline; a no-break space may follow the dash.
PLACE_LINE = re.compile(
    r"(?m)^[^\S\n]*(?P<place>[A-Z][A-Z.'’ -]{1,40}?)[^\S\n]*(?:--|—|–)[^\S\n]*$"
)

# A dateline's city in capitals before the agency in brackets, with or without its country
# ("HAMILTON (AP) --", "NAIROBI, Kenya (AP) _").
CAPITALS_DATELINE = re.compile(
    r"^\s*(?P<place>[A-Z][A-Z.'’ -]{1,40}?)(?:,[^(\n]{1,60}?)?\s*"
    r"\([A-Z][A-Za-z ]{1,30}\)\s*(?:--|—|–|[-_](?=\s))"
)


@dataclass(frozen=True, slots=True)
class Dateline:
    """Where the dateline ends, and the agency it credits (with its offsets in the text)."""

    end: int
    agency: Entity
    agency_start: int
    agency_end: int


def find_dateline(text: str) -> Dateline | None:
    """The dateline at the start of a wire article, if it has one."""
    return _dateline_at(text, 0)


def find_dateline_under_headline(text: str) -> Dateline | None:
    """The dateline at the start of a wire article, or on the line after its headline
    ("7 militants killed in blasts\nKANDAHAR, Afghanistan, Oct. 3 (Xinhua) -- ..."): a text
    that carries its headline still credits the agency of the dateline under it."""
    found = find_dateline(text)
    headline_end = text.find("\n")
    if found is not None or headline_end < 0:
        return found
    return _dateline_at(text, headline_end + 1)


def _dateline_at(text: str, offset: int) -> Dateline | None:
    match = DATELINE.match(text[offset:])
    if match is None:
        return None
    name, kind, _ = canonical_name(match["agency"], EntityKind.ORGANIZATION)
    return Dateline(
        offset + match.end(),
        Entity(kind, name),
        offset + match.start("agency"),
        offset + match.end("agency"),
    )


def place_line(text: str) -> tuple[int, int] | None:
    """Where the city of a dateline without an agency is ("LONDON — " on a line of its own),
    among the first two lines of a text."""
    head = "\n".join(text.split("\n", 2)[:2])
    match = PLACE_LINE.search(head)
    return (match.start("place"), match.end("place")) if match is not None else None


def dateline_end(text: str) -> int | None:
    """Where the dateline at the start of a wire article ends: one with its agency, or a city
    in capitals before its agency without a date ("WASHINGTON (AP) --")."""
    found = find_dateline(text)
    if found is not None:
        return found.end
    match = CAPITALS_DATELINE.match(text)
    return match.end() if match is not None else None


def dateline_city(text: str) -> tuple[int, int] | None:
    """Where the city in capitals of a dateline is, with an agency after it or on a line of
    its own."""
    match = CAPITALS_DATELINE.match(text)
    if match is not None:
        return match.start("place"), match.end("place")
    return place_line(text)
