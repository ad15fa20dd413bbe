"""The one place where records become RDF: IRIs are minted here and nowhere else.

Each article's facts go into a named graph of their own; entities (merged across articles by
their deterministic IRIs) and unnamed sources go into the entity graph.
"""

from __future__ import annotations

import datetime as dt
import functools
import itertools
from collections.abc import Iterable, Mapping
from decimal import Decimal
from types import MappingProxyType
from urllib.parse import quote

from rdflib import Dataset, Graph, Literal, URIRef
from rdflib.namespace import DefinedNamespace, NamespaceManager
from rdflib.term import Node

from kg import namespace
from kg.io.ntriples import nt_term, quoted
from kg.model import (
    Article,
    ArticleFacts,
    Entity,
    EntityKind,
    EntityMention,
    Event,
    Mention,
    Place,
    PlaceKind,
    PlaceLink,
    PlaceType,
    Relation,
    Source,
    TimeExpression,
)
from kg.namespace import KGR, bind_prefixes, new_graph
from kg.resolve.names import QUALIFIER_KINDS, qualified_forms


class _Terms:
    """A closed namespace's terms, each looked up (and so checked) once: a closed rdflib
    namespace checks every lookup against its list of terms, which costs more than the rest
    of making a quad."""

    def __init__(self, terms: type[DefinedNamespace]) -> None:
        self._terms = terms

    def __getattr__(self, name: str) -> URIRef:
        term: URIRef = getattr(self._terms, name)
        setattr(self, name, term)  # found as a plain attribute from now on
        return term

    def __getitem__(self, name: str) -> URIRef:
        return getattr(self, name)


GEO, KG, NIF, PROV, RDF, RDFS, SDO, SEM, SKOS, XSD = (
    _Terms(terms)
    for terms in (
        namespace.GEO,
        namespace.KG,
        namespace.NIF,
        namespace.PROV,
        namespace.RDF,
        namespace.RDFS,
        namespace.SDO,
        namespace.SEM,
        namespace.SKOS,
        namespace.XSD,
    )
)

Quad = tuple[Node, Node, Node, URIRef]

ENTITY_GRAPH = KGR["graph/entities"]
KIND_CLASSES = {
    EntityKind.PERSON: SDO.Person,
    EntityKind.ORGANIZATION: SDO.Organization,
    EntityKind.PLACE: SDO.Place,
    EntityKind.GROUP: KG.Group,
}
RELATION_PREDICATES = {
    "schema:sibling": SDO.sibling,
    "schema:parent": SDO.parent,
    "schema:children": SDO.children,
    "schema:spouse": SDO.spouse,
    "schema:jobTitle": SDO.jobTitle,
    "schema:memberOf": SDO.memberOf,
    "schema:containedInPlace": SDO.containedInPlace,
}
PLACE_CLASSES: Mapping[PlaceType, URIRef] = MappingProxyType(
    {place_type: KG[place_type.value] for place_type in PlaceType}
)
GEONAMES = "https://sws.geonames.org/"


# Article ids and entity names recur in every IRI of an article and across articles.
@functools.lru_cache(maxsize=4096)
def _slug(text: str) -> str:
    return quote(text.replace(" ", "_"), safe="-._~")


# An article's own IRIs are made again for every mention, time and event it holds.
@functools.lru_cache(maxsize=64)
def article_iri(article_id: str) -> URIRef:
    return KGR[f"article/{_slug(article_id)}"]


@functools.lru_cache(maxsize=64)
def article_graph_iri(article_id: str) -> URIRef:
    return KGR[f"graph/{_slug(article_id)}"]


def entity_iri(entity: Entity) -> URIRef:
    return KGR[f"{entity.kind.value.lower()}/{_slug(entity.name)}"]


def source_iri(source: Source) -> URIRef:
    if source.entity is not None and source.is_entity:
        return entity_iri(source.entity)
    return KGR[f"source/{_slug(source.label)}"]


def mention_iri(mention: Mention) -> URIRef:
    return KGR[f"mention/{_slug(mention.article_id)}/{mention.start}-{mention.end}"]


def time_iri(time: TimeExpression) -> URIRef:
    m = time.mention
    return KGR[f"time/{_slug(m.article_id)}/{m.start}-{m.end}"]


def event_iri(event: Event) -> URIRef:
    article_id, rest = event.key.split("/", 1)
    return KGR[f"event/{_slug(article_id)}/{rest}"]


def geonames_iri(geonames_id: int) -> URIRef:
    return URIRef(f"{GEONAMES}{geonames_id}/")


# Offsets recur from article to article; a typed literal is slow to make.
@functools.lru_cache(maxsize=4096)
def _integer(value: int) -> Literal:
    return Literal(value, datatype=XSD.nonNegativeInteger)


# Words and numbers that recur in every article: verbs, modalities, extractor names, TimeML
# types, confidences, days; and names, times, mentions and the words of subjects and objects
# ("he").
@functools.lru_cache(maxsize=4096)
def _word(value: str) -> Literal:
    return Literal(value)


@functools.lru_cache(maxsize=4096)
def _typed(lexical: str, datatype: URIRef) -> Literal:
    return Literal(lexical, datatype=datatype)


def _coordinate(value: Decimal) -> Literal:
    return Literal(value, datatype=XSD.decimal)


def _timestamp(time: TimeExpression) -> tuple[str, URIRef] | None:
    """The lexical form and datatype of the calendar value the time fixes, if any."""
    value = time.calendar_date()
    if isinstance(value, dt.date):
        return value.isoformat(), XSD.date
    if isinstance(value, str) and len(value) == 7:
        return value, XSD.gYearMonth
    if isinstance(value, str):
        return value, XSD.gYear
    return None


# Bodies and groups are found by their name without its qualifier too (`qualified_forms`).
QUALIFIED_KINDS = frozenset({EntityKind.ORGANIZATION, EntityKind.GROUP})


class _Quads:
    """Collects the quads of one article, split between its graph and the entity graph."""

    def __init__(self, article: Article) -> None:
        self.article = article
        self.graph = article_graph_iri(article.id)
        self.out: list[Quad] = []
        # An entity's three statements are the same however often the article mentions it.
        self.entities: dict[Entity, URIRef] = {}
        self.place_classes: set[URIRef] = set()
        # Likewise a time's and a source's statements: most events share them with others.
        self.told: dict[TimeExpression | Source, URIRef] = {}
        # The names (folded) the article gives its places and bodies: see `qualified_forms`.
        self.places: frozenset[str] = frozenset()
        self.bodies: frozenset[str] = frozenset()
        # The other names the article gives each facility: its site answers to them too.
        self.aliases: dict[Entity, list[str]] = {}

    def add(self, s: Node, p: Node, o: Node) -> None:
        self.out.append((s, p, o, self.graph))

    def shared(self, s: Node, p: Node, o: Node) -> None:
        self.out.append((s, p, o, ENTITY_GRAPH))

    # Literals are made through these (see `_Lines`, which writes them as text instead).
    def word(self, value: str) -> Node:
        """A plain literal whose value recurs across articles."""
        return _word(value)

    def literal(self, value: str) -> Node:
        return Literal(value)

    def typed(self, lexical: str, datatype: URIRef) -> Node:
        return _typed(lexical, datatype)

    def integer(self, value: int) -> Node:
        return _integer(value)

    def decimal(self, value: Decimal) -> Node:
        return _typed(str(value), XSD.decimal)

    def coordinate(self, value: Decimal) -> Node:
        return _coordinate(value)

    def entity(self, entity: Entity) -> URIRef:
        node = self.entities.get(entity)
        if node is not None:
            return node
        node = self.entities[entity] = entity_iri(entity)
        self.shared(node, RDF.type, KIND_CLASSES[entity.kind])
        self.shared(node, RDFS.label, self.word(entity.name))
        if entity.kind in QUALIFIED_KINDS:
            for form in qualified_forms(entity.name, self.places, self.bodies, self.article.text):
                self.shared(node, SKOS.altLabel, self.word(form))
        self.add(article_iri(self.article.id), SDO.mentions, node)
        return node

    def mention(self, mention: Mention) -> URIRef:
        node = mention_iri(mention)
        self.add(node, RDF.type, KG.Mention)
        self.add(node, NIF.referenceContext, article_iri(mention.article_id))
        self.add(node, NIF.beginIndex, self.integer(mention.start))
        self.add(node, NIF.endIndex, self.integer(mention.end))
        self.add(node, NIF.anchorOf, self.word(mention.text))
        return node

    def time(self, time: TimeExpression) -> URIRef:
        node = self.told.get(time)
        if node is not None:
            return node
        node = self.told[time] = time_iri(time)
        m = time.mention
        self.add(node, RDF.type, KG.TimeExpression)
        self.add(node, NIF.referenceContext, article_iri(m.article_id))
        self.add(node, NIF.beginIndex, self.integer(m.start))
        self.add(node, NIF.endIndex, self.integer(m.end))
        self.add(node, NIF.anchorOf, self.word(m.text))
        self.add(node, KG.timexType, self.word(time.timex_type))
        self.add(node, KG.timexValue, self.word(time.value))
        return node

    def source(self, source: Source) -> URIRef:
        if source.entity is not None and source.is_entity:
            return self.entity(source.entity)
        node = self.told.get(source)
        if node is not None:
            return node
        node = self.told[source] = source_iri(source)
        self.shared(node, RDF.type, KG.Source)
        self.shared(node, RDFS.label, self.word(source.label))
        if source.entity is not None:
            self.shared(node, PROV.actedOnBehalfOf, self.entity(source.entity))
        return node

    def article_node(self) -> None:
        article = self.article
        node = article_iri(article.id)
        self.add(node, RDF.type, SDO.NewsArticle)
        if article.headline:
            self.add(node, SDO.headline, self.literal(article.headline))
        if article.published:
            self.add(node, SDO.datePublished, self.typed(article.published.isoformat(), XSD.date))
        if article.url:
            self.add(node, SDO.url, URIRef(article.url))
        if article.publisher:
            publisher = Entity(EntityKind.ORGANIZATION, article.publisher.strip())
            self.add(node, SDO.publisher, self.entity(publisher))

    def entity_mention(self, fact: EntityMention) -> None:
        node = self.entity(fact.entity)
        if fact.alias and fact.alias != fact.entity.name:
            self.shared(node, SKOS.altLabel, self.word(fact.alias))

    def relation(self, fact: Relation) -> None:
        # A farm "in" a county: the farm's ground is in it, the body stays an Organization.
        contained = fact.predicate == "schema:containedInPlace"
        subject = self.event_place(fact.subject) if contained else self.entity(fact.subject)
        obj = (
            self.entity(fact.object)
            if isinstance(fact.object, Entity)
            else self.literal(fact.object)
        )
        self.add(subject, RELATION_PREDICATES[fact.predicate], obj)

    def place(self, place: Place, *, named: bool) -> URIRef:
        """A gazetteer place: typed, located and matched, whether or not the article names it.

        Only a place the article names is typed schema:Place outright, as every entity it names
        is; the places that contain it, up to the country, carry their gazetteer class alone
        (kg:Country, ...), a subclass of schema:Place that the graph declares, so that the
        article's places are the ones it names and the containment chain still holds.
        """
        node = entity_iri(place.entity)
        if named:
            self.shared(node, RDF.type, SDO.Place)
        self.place_class(node, PLACE_CLASSES[place.place_type])
        self.shared(node, RDFS.label, self.word(place.label))
        if place.lat is not None and place.long is not None:
            self.shared(node, GEO.lat, self.coordinate(place.lat))
            self.shared(node, GEO.long, self.coordinate(place.long))
        if place.geonames_id is not None:
            self.shared(node, SKOS.exactMatch, geonames_iri(place.geonames_id))
        return node

    def event_place(self, entity: Entity) -> URIRef:
        """Where an event happened: a place, or the site of the facility it happened at.

        The farm is an organisation; the ground it stands on is a kg:Site of the same name,
        joined to it by schema:location, so each node keeps the one entity type the contract
        gives it (a site is a schema:Place by the declared subclass).
        """
        if entity.kind is EntityKind.PLACE:
            return self.entity(entity)
        site = entity_iri(Entity(EntityKind.PLACE, entity.name))
        self.place_class(site, KG.Site)
        self.shared(site, RDFS.label, self.word(entity.name))
        # "visited the Central Cadres Training School of the WPK": the site is sought by the
        # names the school goes by, not only by its canonical one.
        for alias in self.aliases.get(entity, ()):
            self.shared(site, SKOS.altLabel, self.word(alias))
        self.shared(self.entity(entity), SDO.location, site)
        return site

    def place_class(self, node: URIRef, place_class: URIRef) -> None:
        """Type a node by its kind of place, with the axiom that makes it a schema:Place."""
        self.shared(node, RDF.type, place_class)
        if place_class not in self.place_classes:
            self.place_classes.add(place_class)
            self.shared(place_class, RDFS.subClassOf, SDO.Place)

    def place_link(self, fact: PlaceLink) -> None:
        self.entity(fact.entity)
        nodes = [
            self.place(fact.place, named=True),
            *(self.place(parent, named=False) for parent in fact.parents),
        ]
        for inner, outer in itertools.pairwise(nodes):
            self.shared(inner, SDO.containedInPlace, outer)

    def place_kind(self, fact: PlaceKind) -> None:
        self.place_class(self.entity(fact.entity), PLACE_CLASSES[fact.place_type])

    def event(self, event: Event) -> None:
        node = event_iri(event)
        self.add(node, RDF.type, SEM.Event)
        for cls in event.classes:
            self.add(node, RDF.type, KG[cls])
        self.add(node, KG.predicate, self.word(event.predicate))
        self.add(node, RDFS.label, self.literal(event.label or event.predicate))
        for prop, entities in (
            (KG.agent, event.agents),
            (KG.recipient, event.recipients),
            (KG.patient, event.patients),
        ):
            for entity in entities:
                self.add(node, prop, self.entity(entity))
        for instruction in event.instructions:
            self.add(node, KG.instruction, self.literal(instruction))
        if event.quote:
            self.add(node, KG.quote, self.literal(event.quote))
        for prop, texts in (
            (KG.subjectText, event.subject_texts),
            (KG.objectText, event.object_texts),
            (KG.argument, event.arguments),
        ):
            for text in texts:
                self.add(node, prop, self.word(text))
        if event.time is not None:
            self.add(node, KG.time, self.time(event.time))
            stamp = _timestamp(event.time)
            if stamp is not None:
                self.add(node, SEM.hasTimeStamp, self.typed(*stamp))
            if event.time_confidence is not None:
                self.add(node, KG.timeConfidence, self.decimal(event.time_confidence))
        if event.place is not None:
            self.add(node, SEM.hasPlace, self.event_place(event.place))
            if event.place_confidence is not None:
                self.add(node, KG.placeConfidence, self.decimal(event.place_confidence))
        if event.place_within is not None:
            self.add(node, SEM.hasPlace, self.event_place(event.place_within))
        self.add(node, PROV.wasDerivedFrom, article_iri(self.article.id))
        for source in event.sources:
            self.add(node, PROV.wasAttributedTo, self.source(source))
        for mention in event.evidence:
            self.add(node, KG.evidence, self.mention(mention))
        self.add(node, KG.confidence, self.decimal(Decimal(event.confidence)))
        self.add(node, KG.modality, self.word(event.modality.value))
        self.add(node, KG.extractor, self.word(event.extractor))


class _Lines(_Quads):
    """The same statements as N-Quads lines (see `kg.io.nquads`), their literals written as
    text straight away: rdflib's literals cost more to make and to hash than the lines."""

    def __init__(self, article: Article) -> None:
        super().__init__(article)
        self.lines: list[str] = []
        self.graph_term = f"<{self.graph}>"

    def add(self, s: Node, p: Node, o: Node) -> None:
        self.lines.append(_line(s, p, o, self.graph_term))

    def shared(self, s: Node, p: Node, o: Node) -> None:
        self.lines.append(_line(s, p, o, ENTITY_GRAPH_TERM))

    def word(self, value: str) -> Node:
        return _quoted_word(value)

    def literal(self, value: str) -> Node:
        return _Text(quoted(value))

    def typed(self, lexical: str, datatype: URIRef) -> Node:
        return _typed_text(lexical, datatype)

    def integer(self, value: int) -> Node:
        return _integer_text(value)

    def decimal(self, value: Decimal) -> Node:
        return _typed_text(str(value), XSD.decimal)

    def coordinate(self, value: Decimal) -> Node:
        return _coordinate_text(str(value))


class _Text(str, Node):
    """A literal already written in N-Triples syntax (by `_Lines`)."""

    __slots__ = ()

    def n3(self, namespace_manager: NamespaceManager | None = None) -> str:
        return str(self)  # N-Triples is N3


ENTITY_GRAPH_TERM = f"<{ENTITY_GRAPH}>"


def _line(s: Node, p: Node, o: Node, graph: str) -> str:
    # Subjects and predicates are IRIs, objects mostly literals: those are written without a
    # further call, and joined at once, which is four times faster than formatting the IRIs
    # (each a `str` subclass, copied by every format).
    if type(s) is URIRef and type(p) is URIRef:
        if type(o) is _Text:
            return "".join(("<", s, "> <", p, "> ", o, " ", graph, " .\n"))
        if type(o) is URIRef:
            return "".join(("<", s, "> <", p, "> <", o, "> ", graph, " .\n"))
    kind = type(o)
    subject = f"<{s}>" if type(s) is URIRef else _nt(s)
    predicate = f"<{p}>" if type(p) is URIRef else _nt(p)
    obj = o if kind is _Text else f"<{o}>" if kind is URIRef else _nt(o)
    return f"{subject} {predicate} {obj} {graph} .\n"


def _nt(node: Node) -> str:
    """A term's N-Triples text (the text itself for a `_Text`)."""
    return node if isinstance(node, _Text) else nt_term(node)


@functools.lru_cache(maxsize=4096)
def _quoted_word(value: str) -> _Text:
    return _Text(quoted(value))


# Typed literals as rdflib writes them (it normalises some lexical forms).
@functools.lru_cache(maxsize=4096)
def _typed_text(lexical: str, datatype: URIRef) -> _Text:
    return _Text(nt_term(_typed(lexical, datatype)))


# A place's latitude and longitude recur with the place, article after article. Keyed by
# the text: Decimal("39.0") == Decimal("39.00"), but rdflib writes each as it is.
@functools.lru_cache(maxsize=4096)
def _coordinate_text(lexical: str) -> _Text:
    return _Text(nt_term(_coordinate(Decimal(lexical))))


# Offsets rarely recur across articles: written at once, as rdflib writes an integer
# (its lexical form is Python's), without making the Literal first.
def _integer_text(value: int) -> _Text:
    return _Text(f'"{value}"^^<{XSD.nonNegativeInteger}>')


def _collect(quads: _Quads, facts: ArticleFacts) -> None:
    """Every statement of one article's facts, into `quads`."""
    names: dict[EntityKind, set[str]] = {kind: set() for kind in QUALIFIER_KINDS}
    for fact in facts.facts:
        if not isinstance(fact, EntityMention):
            continue
        if fact.alias and fact.alias != fact.entity.name:
            known = quads.aliases.setdefault(fact.entity, [])
            if fact.alias not in known:
                known.append(fact.alias)
        if fact.entity.kind in QUALIFIER_KINDS:
            found = names[fact.entity.kind]
            found.add(fact.entity.name.casefold())
            if fact.alias:
                found.add(fact.alias.casefold())
    quads.places = frozenset(names[EntityKind.PLACE])
    quads.bodies = frozenset(names[EntityKind.ORGANIZATION])
    quads.article_node()
    for fact in facts.facts:
        if isinstance(fact, EntityMention):
            quads.entity_mention(fact)
        elif isinstance(fact, TimeExpression):
            quads.time(fact)
        elif isinstance(fact, Relation):
            quads.relation(fact)
        elif isinstance(fact, PlaceLink):
            quads.place_link(fact)
        elif isinstance(fact, PlaceKind):
            quads.place_kind(fact)
        else:
            quads.event(fact)


def article_quads(facts: ArticleFacts) -> list[Quad]:
    """All quads for one article's facts."""
    quads = _Quads(facts.article)
    _collect(quads, facts)
    return quads.out


def article_nquads(facts: ArticleFacts) -> list[str]:
    """The N-Quads lines of `article_quads` (newline included), each distinct line once, in
    order."""
    lines = _Lines(facts.article)
    _collect(lines, facts)
    return list(dict.fromkeys(lines.lines))


def new_dataset() -> Dataset:
    dataset = Dataset()
    bind_prefixes(dataset)
    return dataset


def add_articles(dataset: Dataset, results: Iterable[ArticleFacts]) -> Dataset:
    graphs: dict[URIRef, Graph] = {}
    for facts in results:
        dataset.addN(
            (s, p, o, graphs.get(g) or graphs.setdefault(g, dataset.graph(g)))
            for s, p, o, g in article_quads(facts)
        )
    return dataset


def flatten(dataset: Dataset) -> Graph:
    """The union of all graphs of a dataset, as one graph (Turtle and SHACL see no graphs)."""
    graph = new_graph()
    for s, p, o, _ in dataset.quads((None, None, None, None)):
        graph.add((s, p, o))
    return graph
