"""Whole builds: entities merge across articles, output is deterministic."""

from __future__ import annotations

import gc

import pytest
from rdflib import Literal

from kg.graph import flatten
from kg.model import Article
from kg.namespace import KG, RDF, RDFS, SDO, SEM, SKOS
from kg.pipeline import analyse, build_graph, fewer_collections


@pytest.mark.parametrize(
    ("first", "second", "kind", "label"),
    [
        ("Kim Jong-un visited Wonsan.", "Kim Jong Un inspected a farm.", SDO.Person, "Kim Jong Un"),
        (
            "The WPK held a plenary meeting.",
            "The Workers' Party of Korea praised the farmers.",
            SDO.Organization,
            "Workers' Party of Korea",
        ),
        (
            "North Korea fired a missile.",
            "The DPRK fired another missile.",
            SDO.Place,
            "Democratic People's Republic of Korea",
        ),
    ],
)
def test_one_node_per_entity_across_articles(
    first: str, second: str, kind: object, label: str
) -> None:
    graph = flatten(build_graph([Article("a", first), Article("b", second)]))
    nodes = {s for s in graph.subjects(RDFS.label, Literal(label)) if (s, RDF.type, kind) in graph}
    assert len(nodes) == 1
    (node,) = nodes
    mentioned_by = set(graph.subjects(SDO.mentions, node))
    assert len(mentioned_by) == 2


def test_variants_become_alternative_labels() -> None:
    graph = flatten(build_graph([Article("a", "The DPRK fired a missile.")]))
    labels = {str(o) for o in graph.objects(None, SKOS.altLabel)}
    assert {"DPRK", "North Korea"} <= labels


def test_builds_are_deterministic() -> None:
    articles = [Article("a", "Kim Jong Un ordered officials to repair the dams on July 28.")]
    first = sorted(flatten(build_graph(articles)).serialize(format="nt").split("\n"))
    second = sorted(flatten(build_graph(articles)).serialize(format="nt").split("\n"))
    assert first == second


def test_places_the_article_names_are_its_places() -> None:
    text = "A meeting took place at the Toksong Farm in Sinuiju."
    graph = flatten(build_graph([Article("a", text)]))
    places = {str(graph.value(p, RDFS.label)) for p in graph.subjects(RDF.type, SDO.Place)}
    assert places == {"Sinuiju"}
    # The province and country containing it are places by their kind, which the graph declares
    # places.
    (province,) = graph.subjects(RDFS.label, Literal("North Phyongan Province"))
    assert (province, RDF.type, KG.FirstLevelDivision) in graph
    assert (KG.FirstLevelDivision, RDFS.subClassOf, SDO.Place) in graph
    # The meeting took place on the farm's site, a place of its own beside the organisation.
    farm, site = sorted(graph.subjects(RDFS.label, Literal("Toksong Farm")))
    assert set(graph.objects(farm, RDF.type)) == {SDO.Organization}
    assert set(graph.objects(site, RDF.type)) == {KG.Site}
    assert (farm, SDO.location, site) in graph
    assert (None, SEM.hasPlace, site) in graph


@pytest.mark.parametrize(
    "name", ["Kanggye Youth Power Station", "Manpho Smeltery", "Chollima Steel Complex"]
)
def test_an_enterprise_is_an_organisation_whose_site_is_where_events_happen(name: str) -> None:
    text = f"A meeting took place at the {name}."
    graph = flatten(build_graph([Article("a", text)]))
    body, site = sorted(graph.subjects(RDFS.label, Literal(name)))
    assert set(graph.objects(body, RDF.type)) == {SDO.Organization}
    assert set(graph.objects(site, RDF.type)) == {KG.Site}
    assert (None, SEM.hasPlace, site) in graph


def test_a_site_goes_by_the_other_names_of_its_facility() -> None:
    text = "Kim Jong Un visited the Central Cadres Training School of the WPK on Monday."
    graph = flatten(build_graph([Article("a", text)]))
    (site,) = graph.subjects(RDF.type, KG.Site)
    body = graph.value(predicate=SDO.location, object=site)
    names = {str(o) for o in graph.objects(body, SKOS.altLabel)}
    assert "Central Cadres Training School of the WPK" in names
    assert {str(o) for o in graph.objects(site, SKOS.altLabel)} == names
    assert (None, SEM.hasPlace, site) in graph


def test_a_farm_in_a_county_is_an_organisation_whose_site_is_in_it() -> None:
    text = "Kim Jong Un visited the Junghung Farm in Samjiyon City."
    graph = flatten(build_graph([Article("a", text)]))
    (city,) = graph.subjects(RDFS.label, Literal("Samjiyon City"))
    (contained,) = graph.subjects(SDO.containedInPlace, city)
    assert set(graph.objects(contained, RDF.type)) == {KG.Site}
    farm = graph.value(predicate=SDO.location, object=contained)
    assert (farm, RDF.type, SDO.Organization) in graph
    assert (farm, SDO.containedInPlace, None) not in graph
    # The visit happened at the farm's site and, as SEM allows several places, in the city.
    (visit,) = graph.subjects(SEM.hasPlace, contained)
    assert (visit, SEM.hasPlace, city) in graph


def test_the_collector_waits_for_more_objects_while_articles_are_read() -> None:
    before = gc.get_threshold()
    with fewer_collections(before[0] + 1000):
        assert gc.get_threshold() == (before[0] + 1000, *before[1:])
        with fewer_collections(10):  # never below the threshold already set
            assert gc.get_threshold()[0] == before[0] + 1000
    assert gc.get_threshold() == before


def test_the_collector_waits_longer_only_while_an_article_is_read() -> None:
    before = gc.get_threshold()
    articles = [Article("a", "Kim Jong Un visited Wonsan."), Article("b", "He met farmers.")]
    facts = analyse(articles)
    next(facts)
    # The caller's own code, between two articles or after it stops, is not affected.
    assert gc.get_threshold() == before
    assert [f.article.id for f in facts] == ["b"]
    assert gc.get_threshold() == before
