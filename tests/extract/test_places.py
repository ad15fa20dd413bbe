"""kg.places.v32 and its RDF: linked places located, matched and contained up to the country."""

from __future__ import annotations

from decimal import Decimal

import pytest
from rdflib import Dataset, Literal, URIRef

import kg.namespace as ns
from kg.extract.events import extract_events
from kg.extract.places import extract_places
from kg.graph import entity_iri, flatten
from kg.io.read import read_articles
from kg.model import Entity, EntityKind, PlaceKind, PlaceLink, PlaceType, Relation
from kg.namespace import GEO, KG, RDF, SDO, SKOS
from kg.pipeline import build_graph
from kg.validate import validate_graph
from tests.conftest import SEED, Parse

DPRK = Entity(EntityKind.PLACE, "Democratic People's Republic of Korea")


@pytest.fixture(scope="module")
def seed_graph() -> Dataset:
    dataset = build_graph(read_articles([SEED]))
    dataset.default_union = True
    return dataset


def node(name: str) -> URIRef:
    return entity_iri(Entity(EntityKind.PLACE, name))


def test_links_carry_the_chain_up_to_the_country(parse: Parse) -> None:
    doc, ctx = parse("Families in Hoeryong, North Hamgyong Province, received pork.")
    links = {f.entity.name: f for f in extract_places(doc, ctx) if isinstance(f, PlaceLink)}
    hoeryong = links["Hoeryong"]
    assert hoeryong.place.geonames_id == 2044091
    assert [p.label for p in hoeryong.parents] == ["North Hamgyong Province", DPRK.name]
    assert hoeryong.parents[-1].entity == DPRK
    assert hoeryong.place.place_type is PlaceType.CITY


def test_unknown_places_are_typed_and_contained_as_the_text_says(parse: Parse) -> None:
    doc, ctx = parse(
        "Going round the recovery areas in Ojok-ri of Uiju County and in Hadan-ri of Sinuiju "
        "City, he learned in detail about the reconstruction."
    )
    facts = list(extract_places(doc, ctx))
    kinds = {f.entity.name: f.place_type for f in facts if isinstance(f, PlaceKind)}
    assert kinds == {
        "Uiju County": PlaceType.COUNTY,
        "Hadan-ri": PlaceType.CITY,
        "Ojok-ri": PlaceType.CITY,
    }
    contained = {
        (f.subject.name, f.object.name)
        for f in facts
        if isinstance(f, Relation) and isinstance(f.object, Entity)
    }
    assert ("Hadan-ri", "Sinuiju") in contained


def test_seed_town_in_the_graph(seed_graph: Dataset) -> None:
    hoeryong = node("Hoeryong")
    assert (hoeryong, SKOS.exactMatch, URIRef("https://sws.geonames.org/2044091/")) in seed_graph
    lat = seed_graph.value(hoeryong, GEO.lat)
    long = seed_graph.value(hoeryong, GEO.long)
    assert isinstance(lat, Literal) and lat.datatype == ns.XSD.decimal
    assert isinstance(long, Literal) and long.datatype == ns.XSD.decimal
    assert round(Decimal(str(lat)), 2) == Decimal("42.44")
    assert round(Decimal(str(long)), 2) == Decimal("129.75")
    assert (hoeryong, RDF.type, KG.City) in seed_graph
    province = node("North Hamgyong Province")
    assert (hoeryong, SDO.containedInPlace, province) in seed_graph
    assert (province, SDO.containedInPlace, entity_iri(DPRK)) in seed_graph
    assert (province, RDF.type, KG.FirstLevelDivision) in seed_graph


def test_the_chain_ends_at_the_country_the_text_names(seed_graph: Dataset) -> None:
    """One node for the country: the one "North Korea" and "DPRK" in the text resolve to."""
    countries = set(seed_graph.subjects(RDF.type, KG.Country))
    assert entity_iri(DPRK) in countries
    labels = {str(seed_graph.value(c, ns.RDFS.label)) for c in countries}
    assert "North Korea" not in labels


def test_seed_graph_conforms_to_the_shapes(seed_graph: Dataset) -> None:
    result = validate_graph(flatten(seed_graph))
    assert result.conforms, result.report


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("Kim Jong Un visited the flood-hit areas in Uiju County on August 8.", "Uiju County"),
        ("Kim Jong Un inspected factories in the city of Sinuiju.", "Sinuiju"),
        ("Police arrested two smugglers in the Hyesan area last week.", "Hyesan"),
        ("Families of defectors in Hoeryong will receive pork.", "Hoeryong"),
    ],
)
def test_events_take_the_place_of_their_in_phrase(parse: Parse, text: str, place: str) -> None:
    doc, ctx = parse(text)
    places = {e.place.name for e in extract_events(doc, ctx) if e.place is not None}
    assert places == {place}
