"""The ontology (ontology/kg.ttl) and kg.namespace.KG stay in step, and the ontology is aligned."""

from __future__ import annotations

from pathlib import Path

import pytest
from rdflib import Graph, Literal, URIRef
from rdflib.collection import Collection
from rdflib.namespace import SH

# XSD through the module: pytest probes test modules' globals, and rdflib's XSD warns on probes.
import kg.namespace as ns
from kg.namespace import KG, NIF, OWL, PROV, RDF, RDFS, SEM, SKOS
from kg.validate import load_ontology, load_shapes, ontology_file

ROOT = Path(__file__).resolve().parent.parent
ONTOLOGY = ROOT / "ontology" / "kg.ttl"
SHAPES = ROOT / "ontology" / "shapes.ttl"
ONTOLOGY_IRI = URIRef("https://w3id.org/kg-events/ontology")
CAMEO = "http://data.gdeltproject.org/cameo/"
KG_NS = str(KG)
# Aligned-to terms that kg.namespace's closed NIF and SEM do not list (the code never uses them).
NIF_STRING = URIRef(str(NIF) + "String")
SEM_TIME = URIRef(str(SEM) + "Time")

KG_TERMS = sorted(KG[name] for name in KG.__annotations__)
EVENT_CLASSES = {
    KG.Order,
    KG.Statement,
    KG.Action,
    KG.Visit,
    KG.Meeting,
    KG.Reception,
    KG.Arrest,
    KG.Punishment,
    KG.Launch,
    KG.Protest,
    KG.Transfer,
    KG.Appointment,
    KG.Report,
}
DECLARATIONS = {OWL.Class, OWL.ObjectProperty, OWL.DatatypeProperty}


@pytest.fixture(scope="module")
def onto() -> Graph:
    return Graph().parse(ONTOLOGY, format="turtle")


def english(graph: Graph, term: URIRef, predicate: URIRef) -> list[str]:
    return [
        str(o)
        for o in graph.objects(term, predicate)
        if isinstance(o, Literal) and o.language == "en" and str(o).strip()
    ]


def kg_iris(graph: Graph) -> set[URIRef]:
    return {
        node
        for triple in graph
        for node in triple
        if isinstance(node, URIRef) and str(node).startswith(KG_NS)
    }


def test_the_packaged_files_are_the_repository_files() -> None:
    assert ontology_file("kg.ttl").resolve().read_bytes() == ONTOLOGY.read_bytes()
    assert ontology_file("shapes.ttl").resolve().read_bytes() == SHAPES.read_bytes()
    assert len(load_ontology()) > 0
    assert len(load_shapes()) > 0


def test_ontology_header(onto: Graph) -> None:
    assert (ONTOLOGY_IRI, RDF.type, OWL.Ontology) in onto
    assert onto.value(ONTOLOGY_IRI, OWL.versionInfo) == Literal("0.1.0")
    assert english(onto, ONTOLOGY_IRI, RDFS.label)


@pytest.mark.parametrize("term", KG_TERMS, ids=lambda t: str(t).removeprefix(KG_NS))
def test_every_namespace_term_is_declared_with_label_and_comment(onto: Graph, term: URIRef) -> None:
    types = set(onto.objects(term, RDF.type))
    assert types & DECLARATIONS, f"{term} is not declared as an OWL class or property"
    assert len(english(onto, term, RDFS.label)) == 1, f"{term} needs one English rdfs:label"
    assert len(english(onto, term, RDFS.comment)) == 1, f"{term} needs one English rdfs:comment"


def test_every_kg_term_in_the_ontology_is_in_the_namespace(onto: Graph) -> None:
    assert kg_iris(onto) <= set(KG_TERMS), "kg.ttl uses kg: terms that kg.namespace.KG lacks"


def test_shapes_use_only_namespace_terms() -> None:
    shapes = Graph().parse(SHAPES, format="turtle")
    assert kg_iris(shapes) <= set(KG_TERMS)


def test_event_classes_are_exactly_the_subclasses_of_sem_event(onto: Graph) -> None:
    assert set(onto.subjects(RDFS.subClassOf, SEM.Event)) == EVENT_CLASSES


def test_shapes_list_every_event_class() -> None:
    """The event shape names the classes itself (it runs without inference): keep it in step."""
    shapes = Graph().parse(SHAPES, format="turtle")
    shape = URIRef("https://w3id.org/kg-events/shapes#EventClassShape")
    value_shape = shapes.value(shape, SH.qualifiedValueShape)
    listed = Collection(shapes, shapes.value(value_shape, SH["in"]))
    assert set(listed) == EVENT_CLASSES


def test_lexicon_event_classes_are_in_the_ontology() -> None:
    lexicon = ROOT / "kg" / "lexicons" / "event_classes.tsv"
    if not lexicon.is_file():
        pytest.skip("no event class lexicon")
    rows = [line.split("\t") for line in lexicon.read_text(encoding="utf-8").splitlines()]
    named = {row[1].strip() for row in rows if len(row) > 1 and not row[0].startswith("#")}
    assert {KG[name] for name in named} <= EVENT_CLASSES


@pytest.mark.parametrize(
    ("term", "parent"),
    [
        (KG.Group, PROV.Agent),
        (KG.Group, SEM.Actor),
        (KG.Source, PROV.Agent),
        (KG.Mention, NIF_STRING),
        (KG.TimeExpression, SEM_TIME),
    ],
)
def test_classes_are_aligned(onto: Graph, term: URIRef, parent: URIRef) -> None:
    assert (term, RDFS.subClassOf, parent) in onto


@pytest.mark.parametrize("term", [KG.agent, KG.recipient, KG.patient])
def test_participants_are_sem_actors(onto: Graph, term: URIRef) -> None:
    assert (term, RDFS.subPropertyOf, SEM.hasActor) in onto
    assert (term, RDF.type, OWL.ObjectProperty) in onto


@pytest.mark.parametrize(
    ("term", "range_"),
    [
        (KG.time, KG.TimeExpression),
        (KG.evidence, KG.Mention),
        (KG.confidence, ns.XSD.decimal),
    ],
)
def test_ranges(onto: Graph, term: URIRef, range_: URIRef) -> None:
    assert onto.value(term, RDFS.range) == range_


def test_literal_properties_are_datatype_properties(onto: Graph) -> None:
    literal_valued = (
        KG.confidence,
        KG.modality,
        KG.extractor,
        KG.timexType,
        KG.timexValue,
        KG.predicate,
        KG.instruction,
        KG.quote,
        KG.subjectText,
        KG.objectText,
        KG.argument,
    )
    for term in literal_valued:
        assert (term, RDF.type, OWL.DatatypeProperty) in onto, term


def test_cameo_matches_are_declared_codes(onto: Graph) -> None:
    matches = [(c, m) for c in EVENT_CLASSES for m in onto.objects(c, SKOS.closeMatch)]
    assert len({c for c, _ in matches}) >= 10, "most event classes should have a CAMEO match"
    for event_class, code in matches:
        assert str(code).startswith(CAMEO), (event_class, code)
        notation = str(code).removeprefix(CAMEO)
        assert notation.isdigit(), code
        assert (code, RDF.type, SKOS.Concept) in onto
        assert onto.value(code, SKOS.notation) == Literal(notation)
        assert english(onto, code, SKOS.prefLabel), code
    assert onto.value(KG.Visit, SKOS.closeMatch) == URIRef(CAMEO + "042")
    assert onto.value(KG.Arrest, SKOS.closeMatch) == URIRef(CAMEO + "173")
