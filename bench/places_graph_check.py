"""Check, in a built graph, that linked places are on the map and inside their country.

Builds the graph of the given articles (or reads a graph file kg wrote) and counts, by SPARQL:
places with a GeoNames match; those with geo:lat and geo:long; those with a
schema:containedInPlace chain that reaches a kg:Country (countries and continents count as
reaching it); and the unlinked places, with how many are typed or contained.

Usage: python bench/places_graph_check.py ARTICLES... | GRAPH.ttl
"""

from __future__ import annotations

import sys
from pathlib import Path

from rdflib import Graph

from kg.graph import flatten
from kg.io.rdf import load_dataset
from kg.io.read import read_articles
from kg.model import PlaceType
from kg.namespace import KG, RDF, SDO, SKOS
from kg.pipeline import build_graph
from kg.query import run_query

COUNTS = {
    "places linked to GeoNames": "SELECT (COUNT(DISTINCT ?p) AS ?n) WHERE "
    "{ ?p a schema:Place ; skos:exactMatch ?g }",
    "  with geo:lat and geo:long": "SELECT (COUNT(DISTINCT ?p) AS ?n) WHERE "
    "{ ?p a schema:Place ; skos:exactMatch ?g ; geo:lat ?lat ; geo:long ?long }",
    "  contained up to a country": "SELECT (COUNT(DISTINCT ?p) AS ?n) WHERE "
    "{ ?p a schema:Place ; skos:exactMatch ?g . "
    "{ ?p schema:containedInPlace+ ?c . ?c a kg:Country } UNION { ?p a kg:Country } "
    "UNION { ?p a kg:Continent } }",
}


def main(paths: list[str]) -> None:
    if len(paths) == 1 and paths[0].endswith((".ttl", ".nt", ".trig", ".nq", ".jsonld")):
        graph: Graph = flatten(load_dataset(Path(paths[0])))
    else:
        graph = flatten(build_graph(read_articles(paths)))
    for name, query in COUNTS.items():
        (row,) = run_query(graph, query).rows
        print(f"{name:32} {row[0]}")
    # rdflib's SPARQL is slow at FILTER NOT EXISTS over a corpus; plain triple lookups are not.
    linked = set(graph.subjects(SKOS.exactMatch, None))
    unlinked = set(graph.subjects(RDF.type, SDO.Place)) - linked
    kinds = {KG[t.value] for t in PlaceType}
    typed = {p for p in unlinked if kinds & set(graph.objects(p, RDF.type))}
    contained = {p for p in unlinked if (p, SDO.containedInPlace, None) in graph}
    print(f"{'places not linked':32} {len(unlinked)}")
    print(f"{'  typed by kind':32} {len(typed)}")
    print(f"{'  contained in another place':32} {len(contained)}")


if __name__ == "__main__":
    main(sys.argv[1:])
