"""Typed records that travel from the extractors to the graph.

Every record is a frozen dataclass that checks itself on construction, so a bad value fails
where it is made, with the field, the value and what is allowed. Keys are derived from content
(canonical name and type; article id and offsets), never from counters, so that builds are
deterministic and merge by union across articles and workers.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, field
from decimal import Decimal
from enum import StrEnum
from typing import NoReturn

from pyoxigraph import NamedNode


class RecordError(ValueError):
    """A record was given a value outside what its field allows."""


def fail(record: str, name: str, value: object, allowed: str) -> NoReturn:
    """Raise the error of a failed check, naming the field, the value and what is allowed."""
    # Called only once a check has failed: records are made by the thousand an article, and
    # the message is not worth making for the ones that pass.
    raise RecordError(f"{record}.{name} = {value!r}: expected {allowed}")


def _absolute_iri(value: str) -> bool:
    """An IRI that RDF stores accept as a node (RFC 3987, as Oxigraph's parser checks it)."""
    try:
        NamedNode(value)
    except ValueError:
        return False
    return True


class EntityKind(StrEnum):
    PERSON = "Person"
    ORGANIZATION = "Organization"
    PLACE = "Place"
    GROUP = "Group"


class Modality(StrEnum):
    """How the article presents an event: as having happened, or otherwise."""

    ASSERTED = "asserted"
    PLANNED = "planned"
    ORDERED = "ordered"
    NEGATED = "negated"
    POSSIBLE = "possible"


TIMEX_TYPES = frozenset({"DATE", "TIME", "DURATION", "SET"})
SPECIFIC_DAY = re.compile(r"^(\d{4}|XXXX)-\d\d-\d\d")
SPECIFIC_MONTH = re.compile(r"^\d{4}-\d\d$")
_ZERO, _ONE = Decimal(0), Decimal(1)
_LATITUDES = (Decimal(-90), Decimal(90))
_LONGITUDES = (Decimal(-180), Decimal(180))


@dataclass(frozen=True, slots=True)
class Article:
    """One input article; `text` is exactly what offsets in the graph refer to."""

    id: str
    text: str
    published: dt.date | None = None
    headline: str | None = None
    url: str | None = None
    publisher: str | None = None
    source_path: str | None = None

    def __post_init__(self) -> None:
        if not (self.id and self.id.strip()):
            fail("Article", "id", self.id, "a non-empty id")
        if not self.text.strip():
            fail("Article", "text", self.text[:40], "non-empty text")
        if not (self.url is None or _absolute_iri(self.url)):
            fail("Article", "url", self.url, "an absolute IRI such as https://example.org/article")


@dataclass(frozen=True, slots=True, order=True)
class Mention:
    """A span of an article's text: `text == article.text[start:end]`."""

    article_id: str
    start: int
    end: int
    text: str

    def __post_init__(self) -> None:
        if self.start < 0:
            fail("Mention", "start", self.start, "an offset >= 0")
        if self.end <= self.start:
            fail("Mention", "end", self.end, f"an offset > start ({self.start})")
        if len(self.text) != self.end - self.start:
            fail("Mention", "text", self.text, f"{self.end - self.start} characters (end - start)")

    @property
    def key(self) -> str:
        return f"{self.article_id}/{self.start}-{self.end}"


@dataclass(frozen=True, slots=True, order=True)
class Entity:
    """A named actor or place, or a group named by a common noun, with its canonical name."""

    kind: EntityKind
    name: str

    def __post_init__(self) -> None:
        if not self.name.strip():
            fail("Entity", "name", self.name, "a non-empty name")
        if self.name != self.name.strip():
            fail("Entity", "name", self.name, "no outer spaces")

    @property
    def key(self) -> str:
        return f"{self.kind.value.lower()}/{self.name}"


@dataclass(frozen=True, slots=True)
class EntityMention:
    """One place where the article names an entity, and the form it used there."""

    entity: Entity
    mention: Mention
    alias: str | None = None


@dataclass(frozen=True, slots=True)
class Source:
    """Whom the article credits for what it reports: an entity, or an unnamed source of one."""

    label: str
    entity: Entity | None = None

    def __post_init__(self) -> None:
        if not self.label.strip():
            fail("Source", "label", self.label, "a non-empty label")

    @property
    def is_entity(self) -> bool:
        return self.entity is not None and self.entity.name == self.label


@dataclass(frozen=True, slots=True)
class TimeExpression:
    """A TimeML TIMEX3 expression found in the text, resolved against the publication date."""

    mention: Mention
    timex_type: str
    value: str

    def __post_init__(self) -> None:
        if self.timex_type not in TIMEX_TYPES:
            fail(
                "TimeExpression",
                "timex_type",
                self.timex_type,
                "one of " + ", ".join(sorted(TIMEX_TYPES)),
            )
        if not self.value:
            fail("TimeExpression", "value", self.value, "a TIMEX3 value")

    @property
    def day(self) -> str | None:
        """The calendar day the value names ("2024-06-10", "XXXX-06-10"), if it names one."""
        return self.value[:10] if SPECIFIC_DAY.match(self.value) else None

    @property
    def month(self) -> str | None:
        """The calendar month the value names and no day of it ("2015-11"), if it names one."""
        return self.value if SPECIFIC_MONTH.match(self.value) else None

    def calendar_date(self) -> dt.date | str | None:
        """The most precise calendar value fixed: a date, "YYYY-MM", "YYYY" or None."""
        head = self.value[:10]
        parts = head.split("-")
        if not parts[0].isdigit() or len(parts[0]) != 4:
            return None
        if len(parts) >= 3 and parts[1].isdigit() and parts[2][:2].isdigit():
            try:
                return dt.date(int(parts[0]), int(parts[1]), int(parts[2][:2]))
            except ValueError:
                return None
        if len(parts) >= 2 and parts[1].isdigit():
            return f"{parts[0]}-{parts[1]}"
        return parts[0]


EVENT_PLACE_KINDS = frozenset({EntityKind.PLACE, EntityKind.ORGANIZATION})


@dataclass(frozen=True, slots=True)
class Event:
    """A reported happening. Several mentions may describe the same event (`evidence`)."""

    classes: tuple[str, ...]
    predicate: str
    evidence: tuple[Mention, ...]
    anchor: int
    extractor: str
    agents: tuple[Entity, ...] = ()
    recipients: tuple[Entity, ...] = ()
    patients: tuple[Entity, ...] = ()
    instructions: tuple[str, ...] = ()
    quote: str | None = None
    time: TimeExpression | None = None
    time_confidence: Decimal | None = None
    place: Entity | None = None
    # The town, county or country the sentence names the site of `place` in ("at the Yangsa
    # Farm in Thosan County"): the event happened there too (SEM allows several places).
    place_within: Entity | None = None
    # How sure the place is: None where the event's own clause names it, lower where it is
    # taken from an earlier sentence of the story ("Present at the ceremony were ...").
    place_confidence: Decimal | None = None
    sources: tuple[Source, ...] = ()
    modality: Modality = Modality.ASSERTED
    confidence: Decimal = Decimal("0.5")
    label: str | None = None
    # The clause's own words, for events of every action clause: subjects, objects and
    # further arguments as text.
    subject_texts: tuple[str, ...] = ()
    object_texts: tuple[str, ...] = ()
    arguments: tuple[str, ...] = ()

    def __post_init__(self) -> None:
        if not self.classes:
            fail("Event", "classes", self.classes, "at least one class")
        if not self.evidence:
            fail("Event", "evidence", self.evidence, "at least one mention")
        if self.anchor < 0:
            fail("Event", "anchor", self.anchor, "an offset >= 0")
        if not (_ZERO <= self.confidence <= _ONE):
            fail("Event", "confidence", self.confidence, "a decimal in [0, 1]")
        if not (self.time_confidence is None or _ZERO <= self.time_confidence <= _ONE):
            fail("Event", "time_confidence", self.time_confidence, "a decimal in [0, 1], or None")
        if self.place_confidence is not None and (
            self.place is None or not _ZERO <= self.place_confidence <= _ONE
        ):
            fail(
                "Event",
                "place_confidence",
                self.place_confidence,
                "a decimal in [0, 1] given only with a place, or None",
            )
        if not (self.place is None or self.place.kind in EVENT_PLACE_KINDS):
            fail(
                "Event",
                "place",
                self.place,
                "an entity of kind Place, or of kind Organization (a facility: its site is the "
                "place)",
            )
        if self.place_within is not None and (
            self.place is None
            or self.place_within.kind is not EntityKind.PLACE
            or self.place_within == self.place
        ):
            fail(
                "Event",
                "place_within",
                self.place_within,
                "a Place entity other than `place`, given only with a place",
            )

    @property
    def key(self) -> str:
        """Unique in a build: one event per class and trigger word of an article."""
        return f"{self.evidence[0].article_id}/{self.classes[0].lower()}-{self.anchor}"


@dataclass(frozen=True, slots=True)
class Relation:
    """A relation the text states between an entity and another entity or a literal."""

    subject: Entity
    predicate: str
    object: Entity | str
    evidence: Mention

    def __post_init__(self) -> None:
        if ":" not in self.predicate:
            fail("Relation", "predicate", self.predicate, "a CURIE")


class PlaceType(StrEnum):
    """What kind of place a place entity is (kg:Country, kg:City, ...)."""

    CONTINENT = "Continent"
    COUNTRY = "Country"
    FIRST_LEVEL_DIVISION = "FirstLevelDivision"
    CITY = "City"
    COUNTY = "County"
    RIVER = "River"
    SITE = "Site"


@dataclass(frozen=True, slots=True, order=True)
class Place:
    """A feature of the gazetteer: a GeoNames entry, or a place the project's own table knows.

    `label` is unique in the gazetteer and is the canonical name its entity takes in the graph.
    `country` is an ISO 3166-1 alpha-2 code ("" for a continent).
    """

    key: str
    label: str
    place_type: PlaceType
    country: str
    geonames_id: int | None = None
    lat: Decimal | None = None
    long: Decimal | None = None
    population: int = 0

    def __post_init__(self) -> None:
        if not self.key:
            fail("Place", "key", self.key, "a non-empty key")
        if not self.label.strip():
            fail("Place", "label", self.label, "a non-empty label")
        if not (self.geonames_id is None or self.geonames_id > 0):
            fail("Place", "geonames_id", self.geonames_id, "a positive GeoNames id or None")
        if (self.lat is None) != (self.long is None):
            fail("Place", "lat", self.lat, "given together with long")
        if not (self.lat is None or _LATITUDES[0] <= self.lat <= _LATITUDES[1]):
            fail("Place", "lat", self.lat, "a decimal in [-90, 90]")
        if not (self.long is None or _LONGITUDES[0] <= self.long <= _LONGITUDES[1]):
            fail("Place", "long", self.long, "a decimal in [-180, 180]")

    @property
    def entity(self) -> Entity:
        return Entity(EntityKind.PLACE, self.label)


CONTAINING_PLACE_TYPES = frozenset(
    {PlaceType.COUNTRY, PlaceType.FIRST_LEVEL_DIVISION, PlaceType.COUNTY, PlaceType.CITY}
)


@dataclass(frozen=True, slots=True)
class PlaceLink:
    """A place of the article grounded in the gazetteer, with the places that contain it.

    `parents` runs from the nearest containing place up to the country (empty for a country or
    a continent); `confidence` is how sure the choice among same-named places is.
    """

    entity: Entity
    place: Place
    confidence: Decimal
    evidence: Mention
    parents: tuple[Place, ...] = ()

    def __post_init__(self) -> None:
        if self.entity.kind is not EntityKind.PLACE:
            fail("PlaceLink", "entity", self.entity, "an entity of kind Place")
        if not (_ZERO <= self.confidence <= _ONE):
            fail("PlaceLink", "confidence", self.confidence, "a decimal in [0, 1]")
        if not all(p.place_type in CONTAINING_PLACE_TYPES for p in self.parents):
            fail(
                "PlaceLink",
                "parents",
                self.parents,
                "containing places (cities, counties, divisions, a country)",
            )


@dataclass(frozen=True, slots=True)
class PlaceKind:
    """The type of a place the gazetteer does not know, read from its name ("Uiju County")."""

    entity: Entity
    place_type: PlaceType

    def __post_init__(self) -> None:
        if self.entity.kind is not EntityKind.PLACE:
            fail("PlaceKind", "entity", self.entity, "an entity of kind Place")


Fact = EntityMention | TimeExpression | Event | Relation | PlaceLink | PlaceKind


@dataclass(frozen=True, slots=True)
class ArticleFacts:
    """Everything read from one article."""

    article: Article
    facts: tuple[Fact, ...] = field(default_factory=tuple)
