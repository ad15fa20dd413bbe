"""Wire-service datelines: "Pyongyang, July 29 (KCNA) --" opens many agency articles."""

from __future__ import annotations

import re
from dataclasses import dataclass

from kg.model import Entity, EntityKind
from kg.resolve.names import canonical_name

# Place (and its country: "SEOUL, South Korea"), date (AP's may have none), the agency in
# brackets, then a dash ("--" in KCNA's feed, a spaced hyphen in Reuters').
DATELINE = re.compile(
    r"^\s*(?P<place>[A-Z][\w'’. -]{1,40}?)(?:,\s+(?:[A-Z][\w'’. -]{1,40}?,\s+)?"
    r"(?P<date>[A-Z][a-z]+\.?\s+\d{1,2})|,\s+[A-Z][\w'’. -]{1,40}?)\s*"
    r"\((?P<agency>[A-Z][A-Za-z ]{1,30})\)\s*(?:--|—|–|-(?=\s))"
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
    match = DATELINE.match(text)
    if match is None:
        return None
    name, kind, _ = canonical_name(match["agency"], EntityKind.ORGANIZATION)
    return Dateline(match.end(), Entity(kind, name), match.start("agency"), match.end("agency"))
