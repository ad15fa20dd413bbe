"""SHACL validation: a contract-shaped graph conforms, and each kind of break is reported."""

from __future__ import annotations

import re
from collections.abc import Callable
from decimal import Decimal
from pathlib import Path

import pytest
from rdflib import Dataset, Graph, Literal, URIRef

# XSD through the module: pytest probes test modules' globals, and rdflib's XSD warns on probes.
import kg.namespace as ns
from kg.namespace import GEO, KG, KGR, NIF, PROV, RDF, RDFS, SDO, SEM, new_graph
from kg.validate import GraphFileError, ValidationResult, validate_file, validate_graph

ARTICLE = KGR["article/a1"]
PERSON = KGR["person/Kim_Jong_Un"]
PLACE = KGR["place/Pyongyang"]
GROUP = KGR["group/party_committees"]
MENTION = KGR["mention/a1/0-37"]
TIME = KGR["time/a1/41-48"]
EVENT = KGR["event/a1/order-0-37"]
TEXT = "Kim Jong Un ordered party committees on June 10"


def nni(value: int) -> Literal:
    return Literal(value, datatype=ns.XSD.nonNegativeInteger)


def article_graph() -> Graph:
    """The article, its mentions and its time expressions."""
    g = new_graph()
    g.add((ARTICLE, RDF.type, SDO.NewsArticle))
    g.add((ARTICLE, SDO.datePublished, Literal("2024-06-11", datatype=ns.XSD.date)))
    g.add((ARTICLE, SDO.mentions, PERSON))
    g.add((MENTION, RDF.type, KG.Mention))
    g.add((MENTION, NIF.referenceContext, ARTICLE))
    g.add((MENTION, NIF.beginIndex, nni(0)))
    g.add((MENTION, NIF.endIndex, nni(37)))
    g.add((MENTION, NIF.anchorOf, Literal(TEXT[0:37])))
    g.add((TIME, RDF.type, KG.TimeExpression))
    g.add((TIME, NIF.referenceContext, ARTICLE))
    g.add((TIME, NIF.beginIndex, nni(41)))
    g.add((TIME, NIF.endIndex, nni(48)))
    g.add((TIME, NIF.anchorOf, Literal(TEXT[41:48])))
    g.add((TIME, KG.timexType, Literal("DATE")))
    g.add((TIME, KG.timexValue, Literal("2024-06-10")))
    return g


def entity_graph() -> Graph:
    """Entities and the event, as kg writes them outside the article's own graph."""
    g = new_graph()
    g.add((PERSON, RDF.type, SDO.Person))
    g.add((PERSON, RDFS.label, Literal("Kim Jong Un")))
    g.add((GROUP, RDF.type, KG.Group))
    g.add((GROUP, RDFS.label, Literal("party committees")))
    g.add((PLACE, RDF.type, SDO.Place))
    g.add((PLACE, RDFS.label, Literal("Pyongyang")))
    g.add((PLACE, GEO.lat, Literal(Decimal("39.0392"))))
    g.add((PLACE, GEO.long, Literal(Decimal("125.7625"))))
    g.add((EVENT, RDF.type, SEM.Event))
    g.add((EVENT, RDF.type, KG.Order))
    g.add((EVENT, RDFS.label, Literal("Kim Jong Un ordered party committees")))
    g.add((EVENT, KG.predicate, Literal("order")))
    g.add((EVENT, KG.agent, PERSON))
    g.add((EVENT, KG.recipient, GROUP))
    g.add((EVENT, KG.time, TIME))
    g.add((EVENT, SEM.hasTimeStamp, Literal("2024-06-10", datatype=ns.XSD.date)))
    g.add((EVENT, SEM.hasPlace, PLACE))
    g.add((EVENT, PROV.wasDerivedFrom, ARTICLE))
    g.add((EVENT, KG.evidence, MENTION))
    g.add((EVENT, KG.confidence, Literal(Decimal("0.8"))))
    g.add((EVENT, KG.modality, Literal("asserted")))
    g.add((EVENT, KG.extractor, Literal("kg.orders.v33")))
    return g


def valid_graph() -> Graph:
    g = article_graph()
    for triple in entity_graph():
        g.add(triple)
    return g


def valid_dataset() -> Dataset:
    ds = Dataset()
    article = ds.graph(KGR["graph/a1"])
    for triple in article_graph():
        article.add(triple)
    entities = ds.graph(KGR["graph/entities"])
    for triple in entity_graph():
        entities.add(triple)
    return ds


def test_valid_graph_conforms() -> None:
    result = validate_graph(valid_graph())
    assert result.conforms, result.report
    assert result.violations == ()
    assert "Conforms" in result.report


def test_dataset_is_validated_as_the_union_of_its_graphs() -> None:
    # The event's evidence is typed kg:Mention only in the article's graph.
    result = validate_graph(valid_dataset())
    assert result.conforms, result.report


@pytest.mark.parametrize("declared", [True, False])
def test_a_place_typed_by_its_kind_alone_needs_the_subclass_axiom(declared: bool) -> None:
    # The country containing a county the article names is typed kg:Country, not schema:Place.
    g = valid_graph()
    country = KGR["place/Democratic_People_s_Republic_of_Korea"]
    g.add((PLACE, SDO.containedInPlace, country))
    g.add((country, RDF.type, KG.Country))
    g.add((country, RDFS.label, Literal("Democratic People's Republic of Korea")))
    g.add((PLACE, RDF.type, KG.City))
    if declared:
        g.add((KG.Country, RDFS.subClassOf, SDO.Place))
        g.add((KG.City, RDFS.subClassOf, SDO.Place))
    result = validate_graph(g)
    assert result.conforms is declared, result.report
    if not declared:
        # Pyongyang (typed schema:Place too) is still contained in a country that is no place.
        assert len(result.violations) == 2
        assert "subclass of schema:Place" in result.report


def test_result_is_frozen() -> None:
    result = validate_graph(valid_graph())
    with pytest.raises(AttributeError):
        result.conforms = False  # type: ignore[misc]


Mutation = Callable[[Graph], None]


def drop(s: URIRef, p: URIRef, o: URIRef | Literal | None = None) -> Mutation:
    def run(g: Graph) -> None:
        g.remove((s, p, o))

    return run


def put(s: URIRef, p: URIRef, o: URIRef | Literal) -> Mutation:
    def run(g: Graph) -> None:
        g.set((s, p, o))

    return run


def add(s: URIRef, p: URIRef, o: URIRef | Literal) -> Mutation:
    def run(g: Graph) -> None:
        g.add((s, p, o))

    return run


# (mutation, focus node as the report writes it, path as the report writes it)
BREAKS: dict[str, tuple[Mutation, str, str]] = {
    "event without evidence": (
        drop(EVENT, KG.evidence),
        "kgr:event/a1/order-0-37",
        "kg:evidence",
    ),
    "evidence that is not a mention": (
        put(EVENT, KG.evidence, KGR["mention/untyped"]),
        "kgr:event/a1/order-0-37",
        "kg:evidence",
    ),
    "event typed only sem:Event": (
        drop(EVENT, RDF.type, KG.Order),
        "kgr:event/a1/order-0-37",
        "rdf:type",
    ),
    "event from no article": (
        drop(EVENT, PROV.wasDerivedFrom),
        "kgr:event/a1/order-0-37",
        "prov:wasDerivedFrom",
    ),
    "confidence 1.5": (
        put(EVENT, KG.confidence, Literal(Decimal("1.5"))),
        "kgr:event/a1/order-0-37",
        "kg:confidence",
    ),
    "confidence as a double": (
        put(EVENT, KG.confidence, Literal(0.5)),
        "kgr:event/a1/order-0-37",
        "kg:confidence",
    ),
    "two confidences": (
        add(EVENT, KG.confidence, Literal(Decimal("0.4"))),
        "kgr:event/a1/order-0-37",
        "kg:confidence",
    ),
    "unknown modality": (
        put(EVENT, KG.modality, Literal("maybe")),
        "kgr:event/a1/order-0-37",
        "kg:modality",
    ),
    "time stamp as a string": (
        put(EVENT, SEM.hasTimeStamp, Literal("2024-06-10")),
        "kgr:event/a1/order-0-37",
        "sem:hasTimeStamp",
    ),
    "agent as a literal": (
        put(EVENT, KG.agent, Literal("Kim Jong Un")),
        "kgr:event/a1/order-0-37",
        "kg:agent",
    ),
    "negative beginIndex": (
        put(MENTION, NIF.beginIndex, nni(-1)),
        "kgr:mention/a1/0-37",
        "nif:beginIndex",
    ),
    "beginIndex as a plain integer": (
        put(MENTION, NIF.beginIndex, Literal(0)),
        "kgr:mention/a1/0-37",
        "nif:beginIndex",
    ),
    "beginIndex after endIndex": (
        put(MENTION, NIF.beginIndex, nni(40)),
        "kgr:mention/a1/0-37",
        "nif:beginIndex",
    ),
    "mention without endIndex": (
        drop(MENTION, NIF.endIndex),
        "kgr:mention/a1/0-37",
        "nif:endIndex",
    ),
    "mention without anchor": (
        drop(MENTION, NIF.anchorOf),
        "kgr:mention/a1/0-37",
        "nif:anchorOf",
    ),
    "mention in two articles": (
        add(MENTION, NIF.referenceContext, KGR["article/a2"]),
        "kgr:mention/a1/0-37",
        "nif:referenceContext",
    ),
    "timexType MONTH": (
        put(TIME, KG.timexType, Literal("MONTH")),
        "kgr:time/a1/41-48",
        "kg:timexType",
    ),
    "time expression without value": (
        drop(TIME, KG.timexValue),
        "kgr:time/a1/41-48",
        "kg:timexValue",
    ),
    "time expression without offsets": (
        drop(TIME, NIF.beginIndex),
        "kgr:time/a1/41-48",
        "nif:beginIndex",
    ),
    "entity with two labels": (
        add(PERSON, RDFS.label, Literal("Comrade Kim Jong Un")),
        "kgr:person/Kim_Jong_Un",
        "rdfs:label",
    ),
    "entity without label": (
        drop(GROUP, RDFS.label),
        "kgr:group/party_committees",
        "rdfs:label",
    ),
    "entity with two entity types": (
        add(PERSON, RDF.type, SDO.Organization),
        "kgr:person/Kim_Jong_Un",
        "rdf:type",
    ),
    "datePublished as a string": (
        put(ARTICLE, SDO.datePublished, Literal("June 11, 2024")),
        "kgr:article/a1",
        "schema:datePublished",
    ),
    "latitude as a double": (
        put(PLACE, GEO.lat, Literal(39.0392)),
        "kgr:place/Pyongyang",
        "geo:lat",
    ),
    "latitude out of range": (
        put(PLACE, GEO.lat, Literal(Decimal("139.0"))),
        "kgr:place/Pyongyang",
        "geo:lat",
    ),
    "latitude without longitude": (
        drop(PLACE, GEO.long),
        "kgr:place/Pyongyang",
        "geo:long",
    ),
}


@pytest.mark.parametrize(("mutate", "focus", "path"), BREAKS.values(), ids=BREAKS.keys())
def test_each_break_is_reported(mutate: Mutation, focus: str, path: str) -> None:
    graph = valid_graph()
    mutate(graph)
    result = validate_graph(graph)
    assert not result.conforms
    assert any(v.focus == focus and v.path == path for v in result.violations), result.report
    lines = result.report.splitlines()
    assert any(focus in line and path in line for line in lines), result.report
    # One line per violation, then the count; never pyshacl's raw dump.
    assert len(lines) == len(result.violations) + 1
    assert "Validation Report" not in result.report
    assert all(v.message and not v.message.startswith("Validation") for v in result.violations)


def test_report_line_is_readable() -> None:
    graph = valid_graph()
    put(EVENT, KG.confidence, Literal(Decimal("1.5")))(graph)
    (line, summary) = validate_graph(graph).report.splitlines()
    assert line.startswith("Violation: kgr:event/a1/order-0-37 kg:confidence: ")
    assert "between 0 and 1" in line
    assert '"1.5"^^xsd:decimal' in line
    assert summary.startswith("1 result")


# ---------------------------------------------------------------------------------------------
# Files.


@pytest.mark.parametrize(
    ("suffix", "rdf_format"),
    [
        (".ttl", "turtle"),
        (".nt", "nt"),
        (".trig", "trig"),
        (".nq", "nquads"),
        (".jsonld", "json-ld"),
    ],
)
def test_validate_file_reads_every_format(tmp_path: Path, suffix: str, rdf_format: str) -> None:
    path = tmp_path / f"graph{suffix}"
    source: Graph = valid_dataset() if suffix in {".trig", ".nq", ".jsonld"} else valid_graph()
    source.serialize(path, format=rdf_format)
    result = validate_file(path)
    assert isinstance(result, ValidationResult)
    assert result.conforms, result.report


def test_validate_file_reports_violations(tmp_path: Path) -> None:
    ds = valid_dataset()
    ds.graph(KGR["graph/entities"]).remove((EVENT, KG.evidence, None))
    path = tmp_path / "broken.trig"
    ds.serialize(path, format="trig")
    result = validate_file(path)
    assert not result.conforms
    assert "kgr:event/a1/order-0-37 kg:evidence" in result.report


@pytest.mark.parametrize(
    ("name", "content"),
    [
        ("broken.ttl", "@prefix kg: <https://w3id.org/kg-events/ontology#> .\nkg:a kg:b ."),
        ("broken.nt", "<a> <b> this is not n-triples\n"),
        ("broken.jsonld", "{ not json"),
        ("graph.csv", "a,b,c\n"),
    ],
)
def test_unparsable_file_raises_naming_the_file(tmp_path: Path, name: str, content: str) -> None:
    path = tmp_path / name
    path.write_text(content, encoding="utf-8")
    with pytest.raises(GraphFileError, match=re.escape(str(path))):
        validate_file(path)


def test_missing_file_raises_naming_the_file(tmp_path: Path) -> None:
    path = tmp_path / "nowhere.ttl"
    with pytest.raises(GraphFileError, match=re.escape(str(path))):
        validate_file(path)
    assert issubclass(GraphFileError, ValueError)
