"""A property-graph projection of the knowledge graph, for Gephi, yEd and Cytoscape.

Not rdflib's `rdflib_to_networkx_*`, which makes every literal a node and gives every edge of a
predicate the same key. Here the nodes are what a reader of the graph looks for (entities,
events, sources, articles), their literals become attributes, and edges are the relations
between them. GraphML allows only str/int/float/bool values and one type per attribute name,
so several values are joined with "|" and numbers are always floats.
"""

from __future__ import annotations

import os
from typing import Any, BinaryIO
from urllib.parse import unquote

import networkx as nx
from rdflib import Graph, Literal, URIRef
from rdflib.term import Node

from kg.model import PlaceType
from kg.namespace import GEO, KG, PREFIXES, PROV, RDF, RDFS, SDO, SEM, SKOS

__all__ = ["EDGE_PREDICATES", "to_networkx", "write_graphml"]

# A place the article does not name (the country containing a county it names) is typed by its
# kind of place alone (kg:Country, ...).
ENTITY_CLASSES = frozenset(
    {SDO.Person, SDO.Organization, SDO.Place, KG.Group, *(KG[kind.value] for kind in PlaceType)}
)

# In order of precedence, for a resource typed as two kinds (a named official who is also a
# source, say): it is shown as the first kind it has.
_KINDS: tuple[tuple[str, frozenset[URIRef]], ...] = (
    ("event", frozenset({SEM.Event})),
    ("entity", ENTITY_CLASSES),
    ("article", frozenset({SDO.NewsArticle})),
    ("source", frozenset({KG.Source})),
)

EDGE_PREDICATES: tuple[URIRef, ...] = (
    KG.agent,
    KG.recipient,
    KG.patient,
    SEM.hasPlace,
    PROV.wasAttributedTo,
    PROV.wasDerivedFrom,
    PROV.actedOnBehalfOf,
    SDO.mentions,
    SDO.publisher,
    SDO.sibling,
    SDO.parent,
    SDO.children,
    SDO.spouse,
    SDO.memberOf,
    SDO.containedInPlace,
    SDO.location,
)

# Longest namespace first, so that a namespace nested in another would win.
_NAMESPACES = sorted(
    ((prefix, str(namespace)) for prefix, namespace in PREFIXES),
    key=lambda pair: -len(pair[1]),
)


def to_networkx(graph: Graph) -> Any:
    """Project `graph` onto a networkx.MultiDiGraph of its entities, events, sources and articles.

    Nodes are keyed by IRI and carry `label`, `type` (the most specific class, as a CURIE),
    `types`, `kind` and `iri`, and the literals of their kind (see `_attributes`). Edges carry
    `predicate` (a CURIE) and `label`, and are keyed by the predicate's CURIE. Edges to resources
    that are not nodes are left out. An event whose agent and patient are both entities also
    gives a direct edge from agent to patient (`predicate` "kg:predicate", `label` the event's
    lemma, `event` its IRI). Nodes and edges are added in sorted order.
    """
    kinds = _kinds(graph)
    projection = nx.MultiDiGraph()
    for node in sorted(kinds):
        projection.add_node(str(node), **_attributes(graph, node, kinds[node]))
    edges = sorted(
        (str(subject), _curie(predicate), str(obj), predicate)
        for predicate in EDGE_PREDICATES
        for subject, obj in graph.subject_objects(predicate)
        if subject in kinds and obj in kinds
    )
    for source, key, target, predicate in edges:
        projection.add_edge(source, target, key=key, predicate=key, label=_local_name(predicate))
    for agent, event, patient, lemma in _direct_edges(graph, kinds):
        projection.add_edge(
            agent, patient, key=event, predicate="kg:predicate", label=lemma, event=event
        )
    return projection


def _direct_edges(graph: Graph, kinds: dict[URIRef, str]) -> list[tuple[str, str, str, str]]:
    """(agent, event, patient, lemma) for each event whose agent and patient are entities: the
    fact as one edge between them ("North Korea -refer-> defectors"), beside the event node."""
    entities = {node for node, kind in kinds.items() if kind == "entity"}
    found = set()
    for event, agent in graph.subject_objects(KG.agent):
        if agent not in entities or not isinstance(event, URIRef):
            continue
        lemma = _joined(graph, event, KG.predicate) or "related to"
        for patient in graph.objects(event, KG.patient):
            if patient in entities and patient != agent:
                found.add((str(agent), str(event), str(patient), lemma))
    return sorted(found)


def write_graphml(graph: Graph, path: str | os.PathLike[str] | BinaryIO) -> None:
    """Write the projection of `graph` as GraphML to a path or a binary file (not atomically)."""
    projection = to_networkx(graph)
    # GraphML edge ids are the edge keys, and Gephi drops edges whose id it has seen: predicate
    # keys repeat across the graph, so the file numbers the edges instead, in sorted order.
    numbered = nx.MultiDiGraph()
    numbered.add_nodes_from(projection.nodes(data=True))
    for index, (source, target, data) in enumerate(projection.edges(data=True)):
        numbered.add_edge(source, target, key=f"e{index}", **data)
    nx.write_graphml(numbered, path, named_key_ids=True)


def _kinds(graph: Graph) -> dict[URIRef, str]:
    kinds: dict[URIRef, str] = {}
    for kind, classes in reversed(_KINDS):
        for cls in classes:
            for node in graph.subjects(RDF.type, cls):
                if isinstance(node, URIRef):
                    kinds[node] = kind
    return kinds


def _attributes(graph: Graph, node: URIRef, kind: str) -> dict[str, str | float]:
    types = {cls for cls in graph.objects(node, RDF.type) if isinstance(cls, URIRef)}
    attributes: dict[str, str | float | None] = {
        "kind": kind,
        "type": _most_specific(graph, types, kind),
        "types": "|".join(sorted(_curie(cls) for cls in types)),
        "iri": str(node),
    }
    if kind == "event":
        predicate = _joined(graph, node, KG.predicate)
        attributes |= {
            "label": _joined(graph, node, RDFS.label) or predicate,
            "predicate": predicate,
            "date": _joined(graph, node, SEM.hasTimeStamp),
            "confidence": _number(graph, node, KG.confidence),
            "modality": _joined(graph, node, KG.modality),
            "quote": _joined(graph, node, KG.quote),
            "instruction": _joined(graph, node, KG.instruction),
        }
    elif kind == "entity":
        attributes |= {
            "label": _joined(graph, node, RDFS.label),
            "altLabels": _joined(graph, node, SKOS.altLabel),
            "jobTitle": _joined(graph, node, SDO.jobTitle),
            "lat": _number(graph, node, GEO.lat),
            "long": _number(graph, node, GEO.long),
        }
    elif kind == "article":
        headline = _joined(graph, node, SDO.headline)
        attributes |= {
            "label": _joined(graph, node, RDFS.label) or headline,
            "headline": headline,
            "date": _joined(graph, node, SDO.datePublished),
            "url": _joined(graph, node, SDO.url),
        }
    else:
        attributes["label"] = _joined(graph, node, RDFS.label)
    if not attributes["label"]:
        attributes["label"] = _local_name(node)
    return {name: value for name, value in attributes.items() if value is not None}


def _most_specific(graph: Graph, types: set[URIRef], kind: str) -> str:
    """The class to show: not sem:Event (every event has it), nor a superclass of another type.

    Superclasses are known only when the graph holds the ontology's rdfs:subClassOf axioms;
    otherwise the first type in CURIE order is taken, so the choice is still deterministic.
    """
    classes = dict(_KINDS)[kind]
    candidates = types - {SEM.Event} if kind == "event" else types & classes
    broader = {
        ancestor
        for cls in candidates
        for ancestor in graph.transitive_objects(cls, RDFS.subClassOf)
        if ancestor != cls
    }
    chosen = sorted(_curie(cls) for cls in candidates - broader or candidates or classes)
    return chosen[0]


def _joined(graph: Graph, node: URIRef, predicate: URIRef) -> str | None:
    values = sorted({_text(value) for value in graph.objects(node, predicate)})
    return "|".join(values) or None


def _number(graph: Graph, node: URIRef, predicate: URIRef) -> float | None:
    """The value as a float; the first in lexical order if there are several, for determinism."""
    for text in sorted(_text(value) for value in graph.objects(node, predicate)):
        try:
            return float(text)
        except ValueError:
            continue
    return None


def _text(term: Node) -> str:
    return str(term) if isinstance(term, Literal) else _curie(term)


def _curie(term: Node) -> str:
    iri = str(term)
    for prefix, namespace in _NAMESPACES:
        if iri.startswith(namespace) and len(iri) > len(namespace):
            return f"{prefix}:{iri[len(namespace) :]}"
    return iri


def _local_name(iri: URIRef) -> str:
    tail = iri.rstrip("/#")
    return unquote(tail[max(tail.rfind("/"), tail.rfind("#")) + 1 :]) or str(iri)
