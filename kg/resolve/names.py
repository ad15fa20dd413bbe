"""Canonical names: one spelling per entity, whatever form the article used."""

from __future__ import annotations

import functools
import re
from collections.abc import Iterator, Mapping
from dataclasses import dataclass
from types import MappingProxyType

from spacy.lang.en.stop_words import STOP_WORDS

from kg import lexicon
from kg.model import Entity, EntityKind, PlaceType

# Words that make a country's name a description taking "the" ("the Republic of Korea", "the
# United States"), unlike a proper name ("Japan").
COMMON_COUNTRY_WORDS = frozenset(
    {"Republic", "Kingdom", "States", "Federation", "Union", "Emirates", "Islands", "Nations"}
)
POSSESSIVE = re.compile(r"\s*['’]s?$")
KOREAN_HYPHENATED = re.compile(r"\b([A-Z][a-z]+)-([A-Za-z][a-z]+)\b")
# Names whose readings are remembered: an article asks for the same few names many times over,
# a corpus for the same bodies and places again and again.
NAMES_KEPT = 8192
# What joins a firm's last partner to the others ("Lufkin & Jenrette"; the feed's "amp").
PARTNER_JOINS = frozenset({"&", "amp"})


@dataclass(frozen=True, slots=True)
class Alias:
    canonical: str
    kind: EntityKind
    variants: tuple[str, ...]


def _alias_key(name: str) -> str:
    name = name.casefold().replace("’", "'")
    return name[4:] if name.startswith("the ") else name


def _load_aliases() -> Mapping[str, Alias]:
    table: dict[str, Alias] = {}
    rows = (*lexicon.rows("aliases"), *lexicon.rows("wire_bodies"), *lexicon.rows(BLOCS))
    for canonical, kind, *rest in rows:
        variants = tuple(v for v in (rest[0].split("|") if rest else ()) if v)
        alias = Alias(canonical, EntityKind(kind), variants)
        for name in (canonical, *variants):
            table.setdefault(_alias_key(name), alias)
    return MappingProxyType(table)


# Blocs and federations known by their acronyms ("G7", "BRICS"), found as written like wire
# news's bodies.
BLOCS = "international_bodies"
ALIASES = _load_aliases()


def _written_acronym(name: str) -> bool:
    """A well-known body's acronym of three or more characters ("MI5", "NATO") that is no
    English word in capitals ("WHO", "IS"): the model often types such names a product."""
    # A letter and a number make no English word ("G7").
    long_enough = len(name) >= 3 or any(c.isdigit() for c in name)
    return long_enough and name.isupper() and name.isalnum() and name.lower() not in STOP_WORDS


def _known_names_pattern() -> re.Pattern[str]:
    # Names of several words only: a one-word alias ("Party") is a common word elsewhere.
    names = {
        name
        for alias in ALIASES.values()
        for name in (alias.canonical, *alias.variants)
        if " " in name and name[:1].isupper()
    }
    longest_first = sorted(names, key=len, reverse=True)
    alternatives = "|".join(map(re.escape, longest_first))
    return re.compile(rf"\b{_first_letters(names)}(?:{alternatives})(?![\w'’])")


def _wire_acronyms_pattern() -> re.Pattern[str]:
    acronyms = {
        name
        for canonical, _, *rest in (*lexicon.rows("wire_bodies"), *lexicon.rows(BLOCS))
        for name in (canonical, *(rest[0].split("|") if rest else ()))
        if _written_acronym(name)
    }
    alternatives = "|".join(map(re.escape, sorted(acronyms, key=len, reverse=True)))
    return re.compile(rf"\b{_first_letters(acronyms)}(?:{alternatives})\b")


def _first_letters(names: set[str]) -> str:
    """A lookahead for the characters the names begin with: the engine then tries the long
    alternation only where one of them stands, not at every word."""
    return "(?=[" + "".join(sorted(re.escape(name[0]) for name in {n[:1] for n in names})) + "])"


# Acronyms of wire news's well-known bodies, found in capitals wherever they stand.
WIRE_ACRONYMS = _wire_acronyms_pattern()

# The names of the alias table as written, to find those the model does not see as names
# ("Minju Joson" heading a paragraph of a press review).
KNOWN_NAMES = _known_names_pattern()


@functools.lru_cache(maxsize=NAMES_KEPT)
def _alias(name: str) -> Alias | None:
    """The alias table's entry for `name`; an acronym that is also an English word ("WHO",
    "US") only where it is written in capitals, not the pronoun "who"."""
    alias = ALIASES.get(_alias_key(name))
    if alias is not None and not name.isupper() and name.casefold() in STOP_WORDS:
        forms = (alias.canonical, *alias.variants)
        if all(f.isupper() for f in forms if _alias_key(f) == _alias_key(name)):
            return None
    return alias


@functools.lru_cache(maxsize=NAMES_KEPT)
def known_entity(name: str) -> Entity | None:
    """The entity the alias table knows under `name` ("KCNA", "the DPRK"), if any."""
    alias = _alias(name)
    return Entity(alias.kind, alias.canonical) if alias else None


@functools.lru_cache(maxsize=NAMES_KEPT)
def canonical_name(name: str, kind: EntityKind) -> tuple[str, EntityKind, tuple[str, ...]]:
    """Canonical name, kind and known variants of a cleaned name."""
    name = " ".join(POSSESSIVE.sub("", name).split())
    if kind is EntityKind.PERSON:
        name = KOREAN_HYPHENATED.sub(lambda m: f"{m[1]} {m[2].capitalize()}", name)
    alias = _alias(name)
    if alias is None and kind is EntityKind.ORGANIZATION:
        name = organisation_form(name)
        alias = ALIASES.get(_alias_key(name))
    if alias is not None:
        return alias.canonical, alias.kind, alias.variants
    if name.casefold().startswith("the "):
        name = name[4:]
    return name, kind, ()


def _known_organisation(name: str) -> str | None:
    alias = ALIASES.get(_alias_key(name))
    return alias.canonical if alias is not None and alias.kind is EntityKind.ORGANIZATION else None


def _country(name: str) -> str | None:
    """The canonical name of the country `name` names, if it names one."""
    # Imported here: the gazetteer reads this module's alias table.
    from kg.gazetteer import find_places

    known = known_entity(name)
    if known is not None:
        return known.name if known.kind is EntityKind.PLACE else None
    return next(
        (
            m.place.label
            for m in find_places(name)
            if m.place.place_type is PlaceType.COUNTRY and m.quality >= 1
        ),
        None,
    )


def _names_body(words: str) -> bool:
    """Whether `words` hold the head word of a body's name ("Ministry", "Bureau") or are an
    abbreviated one ("C.C.")."""
    heads = lexicon.mapping("name_heads")
    folded = words.casefold()
    if folded in lexicon.mapping("org_abbreviations"):
        return True
    return any(heads.get(w) == EntityKind.ORGANIZATION.value for w in folded.split())


def name_head(name: str) -> str:
    """The noun a name is of, case-folded: "farm" of "the Ilhae Farm", "school" of "Central
    Cadres Training School of the Workers' Party of Korea", "factory" of "the Pyongyang
    Electric Cable General Factory 326", "embassy" of "the U.S. embassy in Seoul", "monument"
    of "the Monument to Party Founding", "store" of "Pyongyang Department Store No. 1"."""
    words = name.split(" of ")[0].split(" in ")[0].split(" to ")[0].split()
    if len(words) > 1 and words[-1].isdigit():
        words = words[:-1]
        # "No." says that a number follows: the noun is before it.
        if len(words) > 1 and words[-1].casefold() in {"no.", "no"}:
            words = words[:-1]
    return words[-1].casefold()


def partner_firm(name: str) -> bool:
    """A firm named after its partners, its comma between their names: "Bear, Stearns amp Co.",
    "Donaldson, Lufkin amp Jenrette Securities Corp." (its legal form ends the name), or
    "Donaldson, Lufkin amp Jenrette" (its last partner joined by "&", which the feed writes
    "amp"; no body's parent is named so)."""
    words = name.split()
    partners = name.partition(", ")[2].split()
    return ", " in name and (
        words[-1].casefold() in lexicon.words("company_suffixes")
        or bool(PARTNER_JOINS.intersection(partners))
    )


def company_name(name: str) -> bool:
    """The name ends in a company's legal form ("Inc.", "S.A.")."""
    return name.split()[-1].casefold() in lexicon.words("company_suffixes")


@functools.lru_cache(maxsize=NAMES_KEPT)
def organisation_form(name: str) -> str:
    """An organisation's name written out as "Body of the Parent", its parent canonical.

    State media name one body several ways: "the C.C., WPK", "the KPA General Staff", "the
    Political Bureau of the Central Committee of the Party"; written out, each form of the
    same body has the same name ("General Staff of the Korean People's Army").
    """
    head, comma, rest = name.partition(", ")
    # A comma that lists fields ("Committee for Cooperation in Trade, Economy, Science and
    # Technology", "Posts and Telecommunications, IT and Digital Development Sub-committee")
    # parts no body from its parent; "Bureau, Ministry of Land and Environment Protection"
    # names a body on either side.
    listed = " and " in rest and not (_names_body(head) and _names_body(rest))
    if comma and rest and ", " not in rest and not listed and not partner_firm(name):
        name = f"{head} of the {rest}"
    # "South Korea's Defense Ministry": the body of a country, named as its other bodies are.
    owner, possessive, body = name.replace("’", "'").partition("'s ")
    country = _country(owner) if possessive and body[:1].isupper() else None
    if country is not None:
        article = "the " if set(country.split()) & COMMON_COUNTRY_WORDS else ""
        name = f"{body} of {article}{country}"
    words = name.split()
    # "the DPRK SPA": a country's initials before a known body's, the body of that country,
    # named as its other forms are ("the SPA of the DPRK").
    if len(words) == 2 and words[1].isupper() and _country(words[0]) is not None:
        known = _known_organisation(words[1])
        if known is not None:
            return f"{known} of the {words[0]}"
    full = lexicon.mapping("org_abbreviations").get(words[0].casefold()) if words else None
    if full is not None:
        name = " ".join([full, *words[1:]])
        words = name.split()
    # "KPA General Staff": a known body, abbreviated, before the name of one of its parts
    # ("the Choson Sinbo Company" is the company's own name).
    # A firm's legal form closes a name of its own ("ETA Systems Inc.").
    for size in range(0 if company_name(name) else len(words) - 1, 0, -1):
        parent = _known_organisation(" ".join(words[:size]))
        abbreviated = size == 1 and words[0].isupper()
        if parent is not None and abbreviated and all(w[:1].isupper() for w in words[size:]):
            return f"{' '.join(words[size:])} of the {parent}"
    head, of, tail = name.partition(" of ")
    if not of:
        return name
    article = "the " if tail.casefold().startswith("the ") else ""
    tail = tail[len(article) :]
    return f"{head} of {article}{_known_organisation(tail) or _spelt_parent(tail)}"


def _spelt_parent(name: str) -> str:
    """The body after a part's "of" written out, its own acronym spelt too: "SPA of the DPRK"
    of "the Standing Committee of the SPA of the DPRK" is the Supreme People's Assembly of the
    DPRK, as "the Standing Committee of the DPRK SPA" names it."""
    head, of, tail = name.partition(" of ")
    known = _known_organisation(head) if of and head.isupper() else None
    # An acronym that stands for a part already says whose ("C.C." of "the C.C. of the WPK").
    if known is not None and " of " not in known:
        return organisation_form(f"{known} of {tail}")
    return organisation_form(name)


# Bodies and groups whose name carries a place or body as a qualifier are found by the shorter
# name too when the article writes it on its own: "the U.N. Security Council" is also the
# "Security Council" an article goes on to name, "the SPA of the DPRK" its "SPA".
QUALIFIER_KINDS = frozenset({EntityKind.PLACE, EntityKind.ORGANIZATION})
_TRAILING_QUALIFIER = re.compile(r"^(?P<head>.+?) (?:of|in) (?:the )?(?P<qualifier>[^ ].*)$")
# A name split at its last "of"/"in"; the head may keep a qualifier of its own.
_LAST_QUALIFIER = re.compile(r"^(?P<head>.+) (?P<prep>of|in) (?:the )?(?P<qualifier>[^ ].*)$")
# The head's own qualifier names a place or body: "in North Phyongan Province", "of the Ministry".
_NAMED_QUALIFIER = re.compile(r" (?:of|in|at|from) (?:the )?[A-Z]")
# Any qualifier of the head, for one that ends with a branch of work (`branch_nouns`).
_QUALIFYING = re.compile(r" (?:of|in|at) ")
# The proper name that ends a head: "Union of Agricultural Workers" of "members of the Union of
# Agricultural Workers".
_PROPER_TAIL = re.compile(r"(?:[A-Z]\S*\s(?:(?:of|the|and)\s)*)*[A-Z]\S*$")
_LEADING_WORDS = 4
# Lexicons of common nouns for bodies, which capitalised stand for a body, never a place, and
# after a country's name are the body of that country ("the DPRK Cabinet").
BODY_NOUNS = ("deciding_bodies", "legislature_nouns", "state_body_nouns")
_ARTICLES = frozenset({"The", "the", "A", "a", "An", "an", "Its", "its"})


def qualified_forms(
    name: str, places: frozenset[str], bodies: frozenset[str], text: str
) -> Iterator[str]:
    """`name` without the place or body that qualifies it, when the article also writes the
    shorter name without it: a place (one of `places`, folded) after "of"/"in" at the end of a
    proper name, a place or body (of `places`, `bodies` or the alias table) before a name of
    two words or more; and a group's name without the place that ends it when a named place
    or body, or a branch of work, still qualifies it, written alone or not."""
    trailing = _TRAILING_QUALIFIER.match(name)
    if trailing and trailing["qualifier"].casefold() in places:
        head = trailing["head"]
        # A common noun ("people", "nuclear forces") bare is as often another group.
        if head[:1].isupper() and _alone(head, text):
            yield head
    last = _LAST_QUALIFIER.match(name)
    # A group of common nouns still qualified by a named place or body ("officials in North
    # Phyongan Province" of the DPRK) or by a branch of work ("in the coal industry sector")
    # without its trailing country is the same group, written alone or not; unless the
    # country ends a longer name ("the Workers' Party of Korea").
    if (
        last
        and last["qualifier"].casefold() in places
        and name[:1].islower()
        and (
            _NAMED_QUALIFIER.search(last["head"])
            or (
                _QUALIFYING.search(last["head"])
                and last["head"].rsplit(maxsplit=1)[-1] in lexicon.words("branch_nouns")
            )
        )
        and not _ends_name(last["head"], last["prep"], last["qualifier"], places | bodies)
    ):
        yield last["head"]
    words = name.split()
    for n in range(1, min(_LEADING_WORDS, len(words) - 1) + 1):
        rest = " ".join(words[n:])
        # One word left is a name only where it is a state's body ("the DPRK Cabinet" is the
        # "Cabinet" the article goes on to name); "the Ryongsong Complex" is no "Complex".
        if n == len(words) - 1 and rest.casefold() not in lexicon.union(*BODY_NOUNS):
            continue
        lead = " ".join(words[:n])
        known = known_entity(lead)
        if lead.casefold() not in places | bodies and (
            known is None or known.kind not in QUALIFIER_KINDS
        ):
            continue
        if rest[0].isupper() and _alone(rest, text):
            yield rest
        return


def _ends_name(head: str, prep: str, qualifier: str, names: frozenset[str]) -> bool:
    """Whether words ending `head` and the qualifier after it make one name the article or the
    alias table knows: "the Kingdom of Bahrain", "the Union of Agricultural Workers of Korea"."""
    tail = _PROPER_TAIL.search(head)
    words = tail[0].split() if tail else []
    for n, word in enumerate(words):
        whole = " ".join([*words[n:], prep, qualifier])
        if word[:1].isupper() and (whole.casefold() in names or known_entity(whole) is not None):
            return True
    return False


def _alone(name: str, text: str) -> bool:
    """Whether `text` writes `name` on its own: no capitalised word or abbreviation ("U.N.")
    leading into it (an article or a sentence's end may come before it), no "of"/"in" after
    it, no possessive."""
    for m in re.finditer(rf"(?<!\w){re.escape(name)}(?![\w'’-])(?!\s+(?:of|in)\b)", text):
        before = text[: m.start()].rstrip().rsplit(maxsplit=1)
        if not before or before[-1] in _ARTICLES:
            return True
        word = before[-1]
        if word[-1:].isalpha() and not word[:1].isupper():
            return True
        if not word[-1:].isalpha() and not word.replace(".", "").isupper():
            return True
    return False
