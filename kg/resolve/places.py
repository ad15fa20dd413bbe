"""Which place each place name of an article is: grounding in the gazetteer, by context.

Every place entity of the article is looked up in the gazetteer under each form the article
gives it. Same-named candidates are told apart by what the article says around them, strongest
first: the place the text puts it in ("Hoeryong, North Hamgyong Province", "Uiju County of North
Phyongan Province", "a stadium in Pyongyang"), the divisions and countries the article names,
and, as a last resort, population. A choice carries a confidence; below `THRESHOLD` the place
stays unlinked rather than risk a same-named place elsewhere.

A linked place takes the gazetteer's label as its canonical name, so that "North Phyongan" and
"North Phyongan Province" are one entity, and the entity index is renamed accordingly.
"""

from __future__ import annotations

import functools
import math
from collections import Counter
from collections.abc import Iterable, Iterator, Mapping
from dataclasses import dataclass, field
from decimal import Decimal
from types import MappingProxyType

from spacy.tokens import Doc, Token

from kg import lexicon
from kg.gazetteer import (
    FOLDS_KEPT,
    OTHER_NAME,
    OWN_CORE,
    RANK,
    Gazetteer,
    Match,
    designation,
    divided_countries,
    find_places,
    fold,
    gazetteer,
)
from kg.model import (
    Entity,
    EntityKind,
    Mention,
    Place,
    PlaceKind,
    PlaceLink,
    PlaceType,
    Relation,
)
from kg.nlp import (
    doc_texts,
    doc_tokens,
    expanded_span,
    phrase_objects,
    span_root,
    token_span,
)
from kg.resolve.entities import EntityIndex

__all__ = ["THRESHOLD", "Choice", "PlaceResolution", "resolve_places", "stated_containment"]

THRESHOLD = 0.55
# Score weights (tuned on the tune half of tests/gold/places.tsv).
NAME_WEIGHT = 2.0
TYPE_PRIOR = MappingProxyType(
    {
        PlaceType.CONTINENT: 1.0,
        PlaceType.COUNTRY: 1.5,
        PlaceType.FIRST_LEVEL_DIVISION: 0.25,
        PlaceType.COUNTY: 0.0,
        PlaceType.CITY: 0.0,
        PlaceType.RIVER: 0.0,
        PlaceType.SITE: 0.0,
    }
)
STATED_PARENT = 3.0
NAMED_DIVISION = 1.5
NAMED_COUNTRY = 1.0
MAIN_COUNTRY = 0.5
POPULATION = 2.0
# A country's capital over the towns and divisions that share its name ("Washington").
CAPITAL = 0.75
# A place with coordinates (GeoNames, the project's table) over one only pycountry names.
LOCATED = 0.5
# Scores are divided by this before the softmax: lower is more decisive.
TEMPERATURE = 0.5
UNSUPPORTED = 2.0
# What is left of the confidence of a choice nothing but its name supports.
UNSUPPORTED_SHARE = 0.4
# A town no context supports is still taken when it is this large ("Moscow", "Paris")
# and this many times larger than any other place of its name.
LARGE_TOWN = 100_000
SMALL_TOWN = 50_000
MAIN_SHARE = 0.5
DWARFS = 10
CONTAINMENT_PREPOSITIONS = frozenset({"of", "in"})
# Prepositions inside a site's name before the place it is in ("Cemetery on Mt Taesong").
NAMED_CONTAINMENT = frozenset({"in", "on"})
NAMED_TYPES = MappingProxyType({"FAC": PlaceType.SITE})


@dataclass(frozen=True, slots=True)
class Choice:
    """How one place entity of the article was grounded: candidates ranked, and the pick."""

    entity: Entity
    mentions: tuple[Mention, ...]
    ranked: tuple[tuple[Place, float], ...] = ()
    place: Place | None = None
    confidence: float = 0.0
    place_type: PlaceType | None = None

    @property
    def mention(self) -> Mention:
        return self.mentions[0]

    @property
    def runner_up(self) -> tuple[Place, float] | None:
        return self.ranked[1] if len(self.ranked) > 1 else None


@dataclass(frozen=True, slots=True)
class PlaceResolution:
    """The article's places: choices, the facts they give, and the renamed entity index."""

    choices: tuple[Choice, ...] = ()
    links: tuple[PlaceLink, ...] = ()
    kinds: tuple[PlaceKind, ...] = ()
    containment: tuple[Relation, ...] = ()
    names: Mapping[Entity, Entity] = field(default_factory=lambda: MappingProxyType({}))

    def admits(self, child: Entity, parent: Entity) -> bool:
        """Whether the text may put `child` in `parent`: not in itself, and, where both are
        linked, only as the gazetteer has it ("Austria, Brazil" is a list, not containment)."""
        if child == parent:
            return False
        links = {link.entity: link for link in self.links}
        inner, outer = links.get(child), links.get(parent)
        return inner is None or outer is None or _within(inner, outer)

    def holds(self, child: Entity, parent: Entity) -> bool:
        """Whether "child of parent" may put `child` in `parent`: as `admits` has it, or against
        the gazetteer where the parent is a place no smaller than the child and not inside it.
        An "of" between two names states what the text holds: "Sevastopol City of Russia" (the
        article's country, not the gazetteer's), "the Hwasong area of Pyongyang" (a Hwasong
        the gazetteer does not know)."""
        if child == parent or self.admits(child, parent):
            return child != parent
        links = {link.entity: link for link in self.links}
        inner, outer = links.get(child), links.get(parent)
        if inner is None or outer is None or inner.place in (outer.place, *outer.parents):
            return False
        kinds = (inner.place.place_type, outer.place.place_type)
        # A river lies in no such order of sizes; a country in no place named so.
        if PlaceType.RIVER in kinds:
            return False
        return RANK[kinds[0]] < RANK[PlaceType.COUNTRY] and RANK[kinds[0]] <= RANK[kinds[1]]

    def outgrows(self, one: Entity, other: Entity) -> bool:
        """Whether both are linked towns and `one` is the larger: "the Buffalo suburb of
        Amherst" names the town first, the suburb in its "of"."""
        links = {link.entity: link.place for link in self.links}
        first, second = links.get(one), links.get(other)
        return (
            first is not None
            and second is not None
            and first.place_type is second.place_type is PlaceType.CITY
            and first.population > second.population
        )

    def capitals(self) -> dict[str, Entity]:
        """The article's towns that are their country's capital, by the country's name."""
        capitals = gazetteer().capitals
        return {
            link.parents[-1].label: link.entity
            for link in self.links
            if link.place.key in capitals and link.parents
        }

    def demotes(self, child: Entity, parent: Entity) -> bool:
        """Whether both are linked to countries, different ones: a settlement noun's "of" may
        make one country the text's part of another ("the Serbian province of Kosovo")."""
        links = {link.entity: link.place for link in self.links}
        inner, outer = links.get(child), links.get(parent)
        return (
            inner is not None
            and outer is not None
            and inner != outer
            and inner.place_type is outer.place_type is PlaceType.COUNTRY
        )

    def confirms(self, child: Entity, parent: Entity) -> bool:
        """Whether the gazetteer puts `child` in `parent`: as both are linked, or, where `child`
        was left unlinked, as one of its candidates lies in the country `parent` is linked to
        ("Vevey, Switzerland" in an article about American firms)."""
        links = {link.entity: link for link in self.links}
        inner, outer = links.get(child), links.get(parent)
        if outer is None:
            return False
        if inner is not None:
            return _within(inner, outer)
        if outer.place.place_type is not PlaceType.COUNTRY:
            return False
        return any(
            place.country == outer.place.country
            for choice in self.choices
            if choice.entity == child
            for place, _ in choice.ranked
        )


def _within(inner: PlaceLink, outer: PlaceLink) -> bool:
    """The gazetteer puts one linked place in the other, or knows the inner place's country and
    no first-level division of it while the outer place is one of that country's: GeoNames
    files the towns of Britain, France or Japan under the country alone, so "Stirling,
    Scotland" and "Lyon in Auvergne-Rhone-Alpes" are for the text to say."""
    if outer.place in inner.parents:
        return True
    return (
        outer.place.place_type is PlaceType.FIRST_LEVEL_DIVISION
        and RANK[inner.place.place_type] < RANK[PlaceType.FIRST_LEVEL_DIVISION]
        and inner.place.country == outer.place.country
        and inner.place.country not in divided_countries()
    )


def _place_roots(doc: Doc, index: EntityIndex) -> Iterator[tuple[Entity, Token]]:
    seen: set[int] = set()
    for item in index.mentions:
        if item.entity.kind is not EntityKind.PLACE:
            continue
        span = token_span(doc, item.mention.start, item.mention.end)
        if span is None or span_root(span).i in seen:
            continue
        seen.add(span_root(span).i)
        yield item.entity, span_root(span)


def stated_containment(doc: Doc, index: EntityIndex) -> list[tuple[Entity, Entity, Token]]:
    """(place, containing place, token) the text states: an apposition ("Hoeryong, North
    Hamgyong Province"), "of" ("Uiju County of North Phyongan Province") or "in" ("the Indoor
    Stadium in Pyongyang") joining two place names."""
    found: list[tuple[Entity, Entity, Token]] = []
    for entity, root in _place_roots(doc, index):
        heads = [c for c in root.children if c.dep_ == "appos"]
        heads += phrase_objects(root, CONTAINMENT_PREPOSITIONS)
        for head in heads:
            other = index.entity_at(head)
            if other is not None and other.kind is EntityKind.PLACE and other != entity:
                found.append((entity, other, root))
        # "the Middle East including Lebanon": the places listed are inside this one.
        for prep in root.children:
            if prep.dep_ == "prep" and prep.lower_ == "including":
                for pobj in prep.children:
                    for member in (pobj, *pobj.conjuncts) if pobj.dep_ == "pobj" else ():
                        inner = index.entity_at(member)
                        if inner is not None and inner.kind is EntityKind.PLACE and inner != entity:
                            found.append((inner, entity, root))
    return [*found, *_containment_in_names(doc, index)]


def _written_appositions(
    doc: Doc, index: EntityIndex, candidates: Mapping[Entity, dict[str, Match]]
) -> Iterator[tuple[Entity, Entity, Token]]:
    """(place, containing place, token) of a place and a region or country written "A, B"
    outside a list, where the parse hangs B elsewhere ("Holding PLC of Surrey, England":
    England on the company). Not a country before it ("the U.S., the Virgin Islands"), nor a
    region that qualifies the next word ("in East Africa, U.S. forces launched")."""
    # Commas found in the table of the tokens' texts: a token made of every word to read its
    # text cost more than the rest of the rule.
    texts, tokens = doc_texts(doc), doc_tokens(doc)
    for i in range(1, len(texts) - 1):
        if texts[i] != ",":
            continue
        before, after = tokens[i - 1], tokens[i + 1]
        if before.ent_iob_ == "O" or after.ent_iob_ != "B":
            continue
        inner, outer = index.entity_at(before), index.entity_at(after)
        if (
            inner is None
            or outer is None
            or inner == outer
            or {inner.kind, outer.kind} != {EntityKind.PLACE}
            or not _regions(candidates.get(outer, {}))
            or _regions(candidates.get(inner, {}))
            or _listed(doc, index, before, after)
        ):
            continue
        end = after
        while end.i + 1 < len(tokens) and index.entity_at(tokens[end.i + 1]) == outer:
            end = tokens[end.i + 1]
        if end.dep_ in {"compound", "amod", "nmod"} and end.head.i > end.i:
            continue
        yield inner, outer, before


def _listed(doc: Doc, index: EntityIndex, first: Token, second: Token) -> bool:
    """Whether two names joined by a comma are items of a list: another name joined to the first
    before it, or to the second after it, by a comma or a conjunction."""
    start = first.i
    while start > 0 and doc[start - 1].ent_iob_ != "O" and doc[start].ent_iob_ == "I":
        start -= 1
    end = second.i
    while end + 1 < len(doc) and doc[end + 1].ent_iob_ == "I":
        end += 1
    joiners = {",", "and", "or"}
    return (
        start >= 2
        and doc[start - 1].lower_ in joiners
        and index.entity_at(doc[start - 2]) is not None
    ) or (
        end + 2 < len(doc)
        and doc[end + 1].lower_ in joiners
        and index.entity_at(doc[end + 2]) is not None
    )


def _containment_in_names(doc: Doc, index: EntityIndex) -> Iterator[tuple[Entity, Entity, Token]]:
    """(place, containing place, token) a place's own name states: "the Revolutionary Martyrs
    Cemetery on Mt Taesong", "the Patriotic Martyrs Cemetery in Sinmi-ri", and a site named
    after the town the article names it in ("Pyongyang International Airport"), not the town
    itself under its designator ("Pyongyang Municipality")."""
    places = {m.entity for m in index.mentions if m.entity.kind is EntityKind.PLACE}
    for item in index.mentions:
        span = token_span(doc, item.mention.start, item.mention.end)
        if item.entity.kind is not EntityKind.PLACE or span is None:
            continue
        name = item.entity.name
        # A site by its head noun ("... Airport", "... Stadium"); "the Gaza Strip" is no
        # place in Gaza.
        site = lexicon.mapping("name_heads").get(name.split()[-1].casefold())
        for town in places if site == EntityKind.PLACE.value else ():
            if name.startswith(town.name + " ") and designation(name).core != town.name:
                yield item.entity, town, span_root(span)
        if len(span) < 3:
            continue
        for outer in index.inner_at(span[-1]):
            start = span.end - 1
            while start > span.start and outer in index.inner_at(doc[start - 1]):
                start -= 1
            opening = doc[start - 1]
            if (
                start > span.start + 1
                and outer.kind is EntityKind.PLACE
                and opening.lower_ in NAMED_CONTAINMENT
            ):
                yield item.entity, outer, span_root(span)


def _word_after(doc: Doc, mention: Mention) -> str | None:
    """The designator that follows a mention outside the name, if any ("Kandahar province";
    over a coordination, "Jagang and Ryanggang provinces")."""
    span = expanded_span(doc, mention.start, mention.end)
    if span is None:
        return None
    end = span.end
    while end + 2 < len(doc) and doc[end].dep_ == "cc" and doc[end + 1].ent_type_:
        end += 2
        while end < len(doc) and doc[end].ent_iob_ == "I":
            end += 1
    if end >= len(doc):
        return None
    word = doc[end].lower_
    for form in (word, word.removesuffix("s")):
        if designation(f"{mention.text} {form}").types:
            return form
    return None


def _designator_after(doc: Doc, mentions: Iterable[Mention]) -> str | None:
    """The designator every mention of a name is followed by; one "east London district of
    Barking" does not make London a district."""
    found = {_word_after(doc, mention) for mention in mentions}
    return found.pop() if len(found) == 1 else None


def _forms(
    doc: Doc, index: EntityIndex, entity: Entity, mentions: Iterable[Mention]
) -> tuple[str, ...]:
    forms = [entity.name, *index.aliases(entity)]
    designator = _designator_after(doc, mentions)
    if designator is not None:
        # The designator outside the name says what kind of place all its forms name.
        forms = [f"{form} {designator}" for form in forms]
    return tuple(dict.fromkeys(forms))


def _people_named_in_full(index: EntityIndex) -> frozenset[frozenset[str]]:
    """The folded words of each name of two words or more the article gives a person (see
    `_is_person_name`): found once an article, not once for each place among its mentions."""
    return frozenset(
        _folded_words(m.entity.name)
        for m in index.mentions
        if m.entity.kind is EntityKind.PERSON and len(m.entity.name.split()) > 1
    )


def _is_person_name(entity: Entity, people: frozenset[frozenset[str]]) -> bool:
    """A "place" that is part of a person's name in the article ("Chávez", "Hugo Chávez"):
    `people` are the words of its people's full names (`_people_named_in_full`)."""
    words = set(fold(entity.name).split())
    return any(words < named for named in people)


@functools.lru_cache(maxsize=FOLDS_KEPT)
def _folded_words(name: str) -> frozenset[str]:
    """Each word of the name folded (see `fold`): a person's name is read for every place."""
    return frozenset(fold(word) for word in name.split())


def _candidates(forms: Iterable[str]) -> dict[str, Match]:
    """The places any form of the name may refer to."""
    best: dict[str, Match] = {}
    for form in forms:
        if fold(form) in lexicon.words("place_generic"):
            return {}
        for match in find_places(form):
            known = best.get(match.place.key)
            if known is None or match.quality > known.quality:
                best[match.place.key] = match
    # Only the best tier of name match competes: a place's own name over another name it
    # has ("Aragua" the state, not a town also called so), either over a spelling variant.
    top = max((m.quality for m in best.values()), default=0.0)
    return {k: m for k, m in best.items() if m.quality >= top}


@dataclass(frozen=True, slots=True)
class _Context:
    """What the article says about where it is: the divisions and countries it names, each
    with the entities that name it, so that no name counts as evidence for itself."""

    divisions: Mapping[str, frozenset[Entity]]
    countries: Mapping[str, Counter[Entity]]
    inland: Mapping[str, frozenset[Entity]]
    stated: Mapping[Entity, frozenset[str]]
    contains: Mapping[Entity, frozenset[str]]

    def named_division(self, keys: set[str], entity: Entity) -> bool:
        return any(self.divisions.get(key, frozenset()) - {entity} for key in keys)

    def country_weight(self, country: str, entity: Entity) -> int:
        found = self.countries.get(country)
        return sum(n for e, n in found.items() if e != entity) if found else 0

    def names_inside(self, country: str, entity: Entity) -> bool:
        """Whether the article names a division or town of `country` besides `entity`."""
        return bool(self.inland.get(country, frozenset()) - {entity})

    def main_share(self, country: str, entity: Entity) -> float:
        total = sum(n for c in self.countries.values() for e, n in c.items() if e != entity)
        return self.country_weight(country, entity) / total if total else 0.0


def _context(
    candidates: Mapping[Entity, dict[str, Match]],
    stated: list[tuple[Entity, Entity, Token]],
    weights: Mapping[Entity, int],
) -> _Context:
    divisions: dict[str, set[Entity]] = {}
    countries: dict[str, Counter[Entity]] = {}
    inland: dict[str, set[Entity]] = {}
    for entity, found in candidates.items():
        named: set[str] = set()
        for match in found.values():
            place = match.place
            if match.quality < OTHER_NAME:
                continue
            if place.place_type is PlaceType.FIRST_LEVEL_DIVISION:
                divisions.setdefault(place.key, set()).add(entity)
                inland.setdefault(place.country, set()).add(entity)
            if place.place_type in {PlaceType.COUNTRY, PlaceType.FIRST_LEVEL_DIVISION}:
                named.add(place.country)
        towns = [
            m
            for m in found.values()
            if m.place.place_type is PlaceType.CITY and m.quality >= OTHER_NAME
        ]
        if len(towns) == 1:
            named.add(towns[0].place.country)
            inland.setdefault(towns[0].place.country, set()).add(entity)
        for country in named:
            countries.setdefault(country, Counter())[entity] += weights[entity]
    parents: dict[Entity, set[str]] = {}
    contains: dict[Entity, set[str]] = {}
    for child, parent, _ in stated:
        parents.setdefault(child, set()).update(candidates.get(parent, {}))
        contains.setdefault(parent, set()).update(
            above.key
            for match in candidates.get(child, {}).values()
            for above in gazetteer().parents(match.place)
        )
    return _Context(
        divisions=MappingProxyType({k: frozenset(v) for k, v in divisions.items()}),
        countries=MappingProxyType(countries),
        inland=MappingProxyType({c: frozenset(e) for c, e in inland.items()}),
        stated=MappingProxyType({e: frozenset(keys) for e, keys in parents.items()}),
        contains=MappingProxyType({e: frozenset(keys) for e, keys in contains.items()}),
    )


def _score(
    gaz: Gazetteer, entity: Entity, match: Match, ctx: _Context, rivals: int
) -> tuple[float, bool]:
    """A candidate's score and whether anything besides its name supports it. A town with
    no context is taken on size alone only when it is large, dwarfs every same-named rival
    (`rivals`: the largest population among them) and bears the name as its own, not as a
    foreign or variant name ("Kanto" is no Can Tho)."""
    place = match.place
    ancestors = {p.key for p in gaz.parents(place)}
    score = NAME_WEIGHT * match.quality
    if match.quality >= OTHER_NAME:
        score += TYPE_PRIOR[place.place_type]
    score += POPULATION * min(math.log10(place.population + 1) / 7, 1.0)
    score += LOCATED * (place.lat is not None) + CAPITAL * (place.key in gaz.capitals)
    # "Atlanta, Georgia": Georgia contains Atlanta, and Atlanta is in Georgia.
    stated = bool(ancestors & ctx.stated.get(entity, frozenset())) or (
        place.key in ctx.contains.get(entity, frozenset())
    )
    division = ctx.named_division(ancestors, entity)
    if division and not stated and _dwarfed_town(place, rivals):
        # A state named elsewhere ("Irving, Texas") does not make "three Atlanta attacks" a
        # small town of Texas when a city of the name dwarfs it.
        division = False
    country = (
        place.place_type is not PlaceType.COUNTRY and ctx.country_weight(place.country, entity) > 0
    )
    if country and place.place_type is PlaceType.CITY and place.population < SMALL_TOWN:
        # A small town needs more than its country named somewhere: another place inside
        # that country, or an article mostly about it ("the Pacific" is no town in Missouri
        # because the article mentions the U.S.).
        country = ctx.names_inside(place.country, entity) or (
            ctx.main_share(place.country, entity) >= MAIN_SHARE
        )
    score += STATED_PARENT * stated + NAMED_DIVISION * division + NAMED_COUNTRY * country
    score += MAIN_COUNTRY * ctx.main_share(place.country, entity)
    supported = (
        stated
        or division
        or country
        or place.place_type in {PlaceType.COUNTRY, PlaceType.CONTINENT}
        or (place.place_type is not PlaceType.CITY and match.quality >= OTHER_NAME)
        or (
            place.population >= LARGE_TOWN
            and place.population >= DWARFS * rivals
            and match.quality >= OWN_CORE
        )
    )
    return score - (0 if supported else UNSUPPORTED), supported


def _dwarfed_town(place: Place, rivals: int) -> bool:
    """A small town whose name a large city of the world bears too, many times its size."""
    return (
        place.place_type is PlaceType.CITY
        and place.population < SMALL_TOWN
        and rivals >= LARGE_TOWN
        and rivals >= DWARFS * place.population
    )


def _rank(
    gaz: Gazetteer, entity: Entity, found: Mapping[str, Match], ctx: _Context
) -> tuple[tuple[tuple[Place, float], ...], float]:
    """Candidates with their share of the evidence (a softmax of scores), best first; and the
    confidence of the best, which also weighs how well the name matched and its support."""
    if not found:
        return (), 0.0

    def rivals(match: Match) -> int:
        return max((m.place.population for m in found.values() if m is not match), default=0)

    scored = [
        (m, score / TEMPERATURE, supported)
        for m in found.values()
        for score, supported in [_score(gaz, entity, m, ctx, rivals(m))]
    ]
    top = max(s for _, s, _ in scored)
    total = sum(math.exp(s - top) for _, s, _ in scored)
    ranked = sorted(
        ((m, math.exp(s - top) / total, supported) for m, s, supported in scored),
        key=lambda item: (-item[1], item[0].place.key),
    )
    best, share, supported = ranked[0]
    confidence = share * best.quality * (1.0 if supported else UNSUPPORTED_SHARE)
    return tuple((m.place, p) for m, p, _ in ranked), confidence


def _named_type(doc: Doc, mention: Mention, name: str) -> PlaceType | None:
    types = designation(name).types
    if len(types) == 1:
        return next(iter(types))
    span = expanded_span(doc, mention.start, mention.end)
    label = span_root(span).ent_type_ if span is not None else ""
    return NAMED_TYPES.get(label)


def resolve_places(doc: Doc, index: EntityIndex) -> PlaceResolution:
    """Ground the article's place entities in the gazetteer."""
    gaz = gazetteer()
    mentions: dict[Entity, dict[Mention, None]] = {}
    for item in index.mentions:
        if item.entity.kind is EntityKind.PLACE:
            mentions.setdefault(item.entity, {})[item.mention] = None
    if not mentions:
        return PlaceResolution()
    stated = stated_containment(doc, index)
    people = _people_named_in_full(index)
    candidates = {
        entity: (
            {}
            if _is_person_name(entity, people)
            else _candidates(_forms(doc, index, entity, found))
        )
        for entity, found in mentions.items()
    }
    seen = {pair[:2] for pair in stated}
    for pair in _written_appositions(doc, index, candidates):
        if pair[:2] not in seen:
            stated.append(pair)
            seen.add(pair[:2])
    candidates = _inside_stated_regions(candidates, stated)
    weights = {entity: len(found) for entity, found in mentions.items()}
    ctx = _context(candidates, stated, weights)
    choices: list[Choice] = []
    for entity, found in mentions.items():
        mention = next(iter(found))
        ranked, confidence = _rank(gaz, entity, candidates[entity], ctx)
        place = ranked[0][0] if ranked and confidence >= THRESHOLD else None
        choices.append(
            Choice(
                entity=entity,
                mentions=tuple(found),
                ranked=ranked,
                place=place,
                confidence=confidence,
                place_type=place.place_type if place else _named_type(doc, mention, entity.name),
            )
        )
    return _facts(gaz, choices, stated)


def _regions(found: Mapping[str, Match]) -> frozenset[str]:
    """The countries of a name that can only be a country or a first-level division ("England",
    "Dagestan"); none for a name a town may bear too ("Pyongyang", "Georgia" the town)."""
    if not found or any(
        RANK[m.place.place_type] < RANK[PlaceType.FIRST_LEVEL_DIVISION] for m in found.values()
    ):
        return frozenset()
    return frozenset(m.place.country for m in found.values())


def _inside_stated_regions(
    candidates: Mapping[Entity, dict[str, Match]], stated: list[tuple[Entity, Entity, Token]]
) -> dict[Entity, dict[str, Match]]:
    """Each place the text qualifies with a region or country after a comma ("Surrey, England",
    "Kizlyar, Dagestan") keeps only the candidates in that country: a same-named town elsewhere,
    however large, is not the one meant, and no link is better than it. A country stays as it
    is: "Austria, Brazil" is a list. Not an "of": "Simferopol City of Russia" is the article's
    claim on a town the gazetteer files elsewhere."""
    regions: dict[Entity, set[str]] = {}
    for child, parent, token in stated:
        if token.i + 1 >= len(token.doc) or token.nbor().text != ",":
            continue
        countries = _regions(candidates.get(parent, {}))
        if countries:
            regions.setdefault(child, set()).update(countries)
    kept = dict(candidates)
    for entity, stated_countries in regions.items():
        found = candidates.get(entity, {})
        if any(RANK[m.place.place_type] >= RANK[PlaceType.COUNTRY] for m in found.values()):
            continue
        kept[entity] = {k: m for k, m in found.items() if m.place.country in stated_countries}
    return kept


def _decimal(value: float) -> Decimal:
    return Decimal(f"{value:.2f}")


def _facts(
    gaz: Gazetteer, choices: list[Choice], stated: list[tuple[Entity, Entity, Token]]
) -> PlaceResolution:
    names = {c.entity: c.place.entity for c in choices if c.place is not None}
    by_entity = {c.entity: c for c in choices}
    links = tuple(
        PlaceLink(
            entity=c.place.entity,
            place=c.place,
            confidence=_decimal(c.confidence),
            evidence=c.mention,
            parents=gaz.parents(c.place),
        )
        for c in choices
        if c.place is not None
    )
    kinds = tuple(
        PlaceKind(c.entity, c.place_type)
        for c in choices
        if c.place is None and c.place_type is not None
    )
    resolution = PlaceResolution(choices=tuple(choices), links=links, kinds=kinds)
    containment: list[Relation] = []
    for child, parent, token in stated:
        inner, outer = names.get(child, child), names.get(parent, parent)
        if not resolution.admits(inner, outer):
            continue
        sentence = token.sent
        evidence = Mention(
            by_entity[child].mention.article_id,
            sentence.start_char,
            sentence.end_char,
            sentence.text,
        )
        containment.append(Relation(inner, "schema:containedInPlace", outer, evidence))
    return PlaceResolution(
        choices=tuple(choices),
        links=links,
        kinds=kinds,
        containment=tuple(containment),
        names=MappingProxyType(names),
    )
