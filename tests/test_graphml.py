from __future__ import annotations

import xml.etree.ElementTree as ET
from decimal import Decimal
from pathlib import Path

import networkx as nx
import pytest
from rdflib import Graph, Literal, URIRef

from kg.graphml import to_networkx, write_graphml
from kg.namespace import GEO, KG, KGR, NIF, PROV, RDF, RDFS, SDO, SEM, SKOS, XSD

KIM = KGR["person/Kim_Yo_Jong"]
KJU = KGR["person/Kim_Jong_Un"]
WPK = KGR["organization/Workers'_Party_of_Korea"]
PYONGYANG = KGR["place/Pyongyang"]
FAMILIES = KGR["group/families_of_defectors"]
KCNA = KGR["organization/KCNA"]
SOURCE = KGR["source/a_Daily_NK_source"]
ARTICLE = KGR["article/a"]
ORDER = KGR["event/a/order-0-40"]
MENTION = KGR["mention/a/0-40"]
TIME = KGR["time/a/50-57"]


def decimal(value: str) -> Literal:
    return Literal(Decimal(value), datatype=XSD.decimal)


def sample() -> Graph:
    graph = Graph()
    for triple in [
        (KIM, RDF.type, SDO.Person),
        (KIM, RDFS.label, Literal("Kim Yo Jong")),
        (KIM, SKOS.altLabel, Literal("Kim")),
        (KIM, SKOS.altLabel, Literal("Comrade Kim Yo Jong")),
        (KIM, SDO.jobTitle, Literal("vice director")),
        (KIM, SDO.jobTitle, Literal("member")),
        (KIM, SDO.sibling, KJU),
        (KIM, SDO.memberOf, WPK),
        (KJU, RDF.type, SDO.Person),
        (KJU, RDFS.label, Literal("Kim Jong Un")),
        (WPK, RDF.type, SDO.Organization),
        (PYONGYANG, RDF.type, SDO.Place),
        (PYONGYANG, RDFS.label, Literal("Pyongyang")),
        (PYONGYANG, GEO.lat, decimal("39.03385")),
        (PYONGYANG, GEO.long, decimal("125.75432")),
        (FAMILIES, RDF.type, KG.Group),
        (FAMILIES, RDFS.label, Literal("families of defectors")),
        (KCNA, RDF.type, SDO.Organization),
        (KCNA, RDFS.label, Literal("KCNA")),
        (SOURCE, RDF.type, KG.Source),
        (SOURCE, RDFS.label, Literal("a Daily NK source")),
        (ARTICLE, RDF.type, SDO.NewsArticle),
        (ARTICLE, SDO.headline, Literal("Kim Yo Jong orders support")),
        (ARTICLE, SDO.datePublished, Literal("2024-07-29", datatype=XSD.date)),
        (ARTICLE, SDO.publisher, KCNA),
        (ARTICLE, SDO.mentions, KIM),
        (ARTICLE, SDO.mentions, FAMILIES),
        (ORDER, RDF.type, SEM.Event),
        (ORDER, RDF.type, KG.Order),
        (ORDER, KG.predicate, Literal("instruct")),
        (ORDER, KG.agent, KIM),
        (ORDER, KG.recipient, FAMILIES),
        (ORDER, KG.instruction, Literal("provide encouragement")),
        (ORDER, KG.time, TIME),
        (ORDER, KG.evidence, MENTION),
        (ORDER, SEM.hasTimeStamp, Literal("2024-06-10", datatype=XSD.date)),
        (ORDER, SEM.hasPlace, PYONGYANG),
        (ORDER, PROV.wasDerivedFrom, ARTICLE),
        (ORDER, PROV.wasAttributedTo, SOURCE),
        (ORDER, KG.confidence, decimal("0.8")),
        (ORDER, KG.modality, Literal("ordered")),
        (MENTION, RDF.type, KG.Mention),
        (MENTION, NIF.beginIndex, Literal(0)),
        (TIME, RDF.type, KG.TimeExpression),
    ]:
        graph.add(triple)
    return graph


def test_nodes_are_entities_events_sources_and_articles() -> None:
    projection = to_networkx(sample())
    kinds = {node: data["kind"] for node, data in projection.nodes(data=True)}
    assert kinds == {
        str(KIM): "entity",
        str(KJU): "entity",
        str(WPK): "entity",
        str(PYONGYANG): "entity",
        str(FAMILIES): "entity",
        str(KCNA): "entity",
        str(SOURCE): "source",
        str(ARTICLE): "article",
        str(ORDER): "event",
    }
    assert list(projection.nodes) == sorted(projection.nodes)


@pytest.mark.parametrize(
    ("node", "expected"),
    [
        (
            ORDER,
            {
                "label": "instruct",
                "type": "kg:Order",
                "types": "kg:Order|sem:Event",
                "predicate": "instruct",
                "date": "2024-06-10",
                "confidence": 0.8,
                "modality": "ordered",
                "instruction": "provide encouragement",
            },
        ),
        (
            KIM,
            {
                "label": "Kim Yo Jong",
                "type": "schema:Person",
                "altLabels": "Comrade Kim Yo Jong|Kim",
                "jobTitle": "member|vice director",
            },
        ),
        (PYONGYANG, {"type": "schema:Place", "lat": 39.03385, "long": 125.75432}),
        (FAMILIES, {"type": "kg:Group", "label": "families of defectors"}),
        (WPK, {"type": "schema:Organization", "label": "Workers'_Party_of_Korea"}),
        (SOURCE, {"type": "kg:Source", "label": "a Daily NK source"}),
        (
            ARTICLE,
            {
                "type": "schema:NewsArticle",
                "label": "Kim Yo Jong orders support",
                "date": "2024-07-29",
            },
        ),
    ],
)
def test_node_attributes(node: URIRef, expected: dict[str, object]) -> None:
    data = to_networkx(sample()).nodes[str(node)]
    assert data["iri"] == str(node)
    assert {name: data.get(name) for name in expected} == expected


def test_edges() -> None:
    projection = to_networkx(sample())
    edges = {
        (source, key, target, data["predicate"], data["label"])
        for source, target, key, data in projection.edges(keys=True, data=True)
    }
    expected = [
        (ORDER, "kg:agent", KIM),
        (ORDER, "kg:recipient", FAMILIES),
        (ORDER, "sem:hasPlace", PYONGYANG),
        (ORDER, "prov:wasDerivedFrom", ARTICLE),
        (ORDER, "prov:wasAttributedTo", SOURCE),
        (ARTICLE, "schema:mentions", KIM),
        (ARTICLE, "schema:mentions", FAMILIES),
        (ARTICLE, "schema:publisher", KCNA),
        (KIM, "schema:sibling", KJU),
        (KIM, "schema:memberOf", WPK),
    ]
    assert edges == {
        (str(s), curie, str(o), curie, curie.split(":")[1]) for s, curie, o in expected
    }


def test_an_event_at_a_site_in_a_town_has_an_edge_to_each_place() -> None:
    # An event at a farm in a county is in both (Event.place_within): the site is a node of
    # its own, typed by its kind of place alone.
    graph = sample()
    site = KGR["place/Sokchon_Farm"]
    for triple in [
        (site, RDF.type, KG.Site),
        (site, RDFS.label, Literal("Sokchon Farm")),
        (ORDER, SEM.hasPlace, site),
    ]:
        graph.add(triple)
    projection = to_networkx(graph)
    places = {
        target
        for _, target, key in projection.out_edges(str(ORDER), keys=True)
        if key == "sem:hasPlace"
    }
    assert places == {str(PYONGYANG), str(site)}
    assert projection.nodes[str(site)]["type"] == "kg:Site"


def test_most_specific_class_uses_subclass_axioms() -> None:
    graph = Graph()
    event = KGR["event/b/arrest-0-5"]
    for cls in (SEM.Event, KG.Action, KG.Arrest, KG.Punishment):
        graph.add((event, RDF.type, cls))
    graph.add((KG.Arrest, RDFS.subClassOf, KG.Punishment))
    graph.add((KG.Punishment, RDFS.subClassOf, KG.Action))
    assert to_networkx(graph).nodes[str(event)]["type"] == "kg:Arrest"


def test_event_without_label_or_predicate_falls_back_to_its_iri() -> None:
    graph = Graph()
    event = URIRef("https://example.org/events/e%201")
    graph.add((event, RDF.type, SEM.Event))
    data = to_networkx(graph).nodes[str(event)]
    assert (data["label"], data["type"]) == ("e 1", "sem:Event")


def test_write_graphml_round_trip(tmp_path: Path) -> None:
    path = tmp_path / "out.graphml"
    write_graphml(sample(), path)
    read = nx.read_graphml(path)
    projection = to_networkx(sample())
    assert set(read.nodes) == set(projection.nodes)
    assert read.number_of_edges() == projection.number_of_edges() == 10
    for _, data in read.nodes(data=True):
        assert isinstance(data["label"], str) and data["label"]
        assert isinstance(data["type"], str)
    for _, _, data in read.edges(data=True):
        assert isinstance(data["label"], str) and isinstance(data["predicate"], str)
    assert read.nodes[str(ORDER)]["confidence"] == 0.8
    assert read.nodes[str(PYONGYANG)]["lat"] == 39.03385


def test_graphml_edge_ids_unique_and_output_deterministic(tmp_path: Path) -> None:
    first, second = tmp_path / "first.graphml", tmp_path / "second.graphml"
    write_graphml(sample(), first)
    reversed_graph = Graph()
    for triple in reversed(sorted(sample())):
        reversed_graph.add(triple)
    write_graphml(reversed_graph, second)
    assert first.read_bytes() == second.read_bytes()
    namespace = {"g": "http://graphml.graphdrawing.org/xmlns"}
    ids = [edge.get("id") for edge in ET.parse(first).getroot().iter(f"{{{namespace['g']}}}edge")]
    assert len(ids) == len(set(ids)) == 10


def test_event_between_two_entities_is_also_a_direct_edge() -> None:
    graph = sample()
    visit = KGR["event/a/visit-60"]
    for triple in [
        (visit, RDF.type, SEM.Event),
        (visit, RDF.type, KG.Visit),
        (visit, KG.predicate, Literal("visit")),
        (visit, KG.agent, KJU),
        (visit, KG.patient, PYONGYANG),
        (visit, KG.patient, Literal("not a node")),
    ]:
        graph.add(triple)
    projection = to_networkx(graph)
    direct = [
        (source, target, data)
        for source, target, data in projection.edges(data=True)
        if data["predicate"] == "kg:predicate"
    ]
    assert direct == [
        (
            str(KJU),
            str(PYONGYANG),
            {"predicate": "kg:predicate", "label": "visit", "event": str(visit)},
        )
    ]
    assert projection.has_edge(str(visit), str(KJU))  # the event node keeps its own edges
