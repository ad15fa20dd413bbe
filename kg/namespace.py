"""The vocabularies every graph uses (see the graph contract), as closed namespaces.

`KG` mirrors `ontology/kg.ttl` term for term: a term that is not declared there cannot be
used in code (rdflib raises AttributeError), and a test checks the two stay in step.
"""

from __future__ import annotations

from rdflib import Graph, Namespace, URIRef
from rdflib.namespace import DCTERMS, OWL, PROV, RDF, RDFS, SDO, SKOS, XSD, DefinedNamespace

__all__ = [
    "DCTERMS",
    "GEO",
    "KG",
    "KGR",
    "NIF",
    "OWL",
    "PROV",
    "RDF",
    "RDFS",
    "SDO",
    "SEM",
    "SKOS",
    "XSD",
    "new_graph",
]


class KG(DefinedNamespace):
    """The project's ontology."""

    _NS = Namespace("https://w3id.org/kg-events/ontology#")
    _fail = True

    # Classes: actors, text anchors, and the event classes.
    Group: URIRef
    Source: URIRef
    Mention: URIRef
    TimeExpression: URIRef
    Order: URIRef
    Statement: URIRef
    Action: URIRef
    Visit: URIRef
    Meeting: URIRef
    Reception: URIRef
    Arrest: URIRef
    Punishment: URIRef
    Launch: URIRef
    Protest: URIRef
    Transfer: URIRef
    Appointment: URIRef
    Report: URIRef

    # Place classes: what kind of place a schema:Place is.
    Continent: URIRef
    Country: URIRef
    FirstLevelDivision: URIRef
    City: URIRef
    County: URIRef
    River: URIRef
    Site: URIRef

    # Properties.
    agent: URIRef
    recipient: URIRef
    patient: URIRef
    predicate: URIRef
    instruction: URIRef
    quote: URIRef
    subjectText: URIRef
    objectText: URIRef
    argument: URIRef
    time: URIRef
    evidence: URIRef
    confidence: URIRef
    timeConfidence: URIRef
    placeConfidence: URIRef
    modality: URIRef
    extractor: URIRef
    timexType: URIRef
    timexValue: URIRef


class SEM(DefinedNamespace):
    """Simple Event Model: the terms kg-events uses."""

    _NS = Namespace("http://semanticweb.cs.vu.nl/2009/11/sem/")
    _fail = True

    Event: URIRef
    Actor: URIRef
    Place: URIRef
    hasActor: URIRef
    hasPlace: URIRef
    hasTimeStamp: URIRef


class NIF(DefinedNamespace):
    """NLP Interchange Format core: offsets of mentions in their article."""

    _NS = Namespace("http://persistence.uni-leipzig.org/nlp2rdf/ontologies/nif-core#")
    _fail = True

    beginIndex: URIRef
    endIndex: URIRef
    anchorOf: URIRef
    referenceContext: URIRef


class GEO(DefinedNamespace):
    """W3C WGS84 (the http IRI of the contract, not rdflib's GeoSPARQL `GEO`)."""

    _NS = Namespace("http://www.w3.org/2003/01/geo/wgs84_pos#")
    _fail = True

    lat: URIRef
    long: URIRef


KGR = Namespace("https://w3id.org/kg-events/id/")

PREFIXES: tuple[tuple[str, Namespace | type[DefinedNamespace]], ...] = (
    ("kg", KG),
    ("kgr", KGR),
    ("sem", SEM),
    ("prov", PROV),
    ("schema", SDO),
    ("nif", NIF),
    ("geo", GEO),
    ("skos", SKOS),
    ("rdf", RDF),
    ("rdfs", RDFS),
    ("xsd", XSD),
    ("owl", OWL),
    ("dcterms", DCTERMS),
)


def bind_prefixes(graph: Graph) -> Graph:
    """Bind the contract's prefixes, replacing any rdflib binds by default (its `geo` differs)."""
    for prefix, namespace in PREFIXES:
        graph.bind(
            prefix, str(namespace) if isinstance(namespace, type) else namespace, replace=True
        )
    return graph


def new_graph() -> Graph:
    return bind_prefixes(Graph(bind_namespaces="core"))
