"""The seed article's competency questions, asked in SPARQL, and its golden graph."""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from rdflib import Dataset, Graph
from rdflib.compare import graph_diff, isomorphic, to_isomorphic

from kg.graph import flatten
from kg.io.read import read_articles
from kg.pipeline import build_graph
from kg.query import run_query
from tests.conftest import SEED

GOLDEN = Path(__file__).resolve().parent / "golden" / "seed.nt"


@pytest.fixture(scope="module")
def seed_graph() -> Dataset:
    dataset = build_graph(read_articles([SEED]))
    dataset.default_union = True
    return dataset


def _ask(graph: Graph, query: str) -> bool:
    answer = run_query(graph, query).answer
    assert answer is not None
    return answer


def _values(graph: Graph, query: str) -> set[str]:
    return {str(row[0]) for row in run_query(graph, query).rows}


def test_people_are_named_canonically(seed_graph: Dataset) -> None:
    people = _values(seed_graph, "SELECT ?name WHERE { ?p a schema:Person ; rdfs:label ?name }")
    assert people == {"Kim Yo Jong", "Kim Jong Un", "Kim Il Sung"}


@pytest.mark.parametrize(
    "label",
    [
        "Kim",
        "Comrade Kim Yo Jong",
        "Daily NK’s",
        "North Korea’s",
        "North Korean",
        "Korean",
        "Great Leader",
    ],
)
def test_no_entity_has_a_forbidden_label(seed_graph: Dataset, label: str) -> None:
    assert not _ask(
        seed_graph,
        f'ASK {{ ?e rdfs:label ?l . FILTER(STR(?l) = "{label}") '
        "VALUES ?t { schema:Person schema:Organization schema:Place kg:Group } ?e a ?t }",
    )


def test_the_order_has_its_issuer_recipients_date_and_source(seed_graph: Dataset) -> None:
    orders = _values(
        seed_graph,
        'SELECT ?o WHERE { ?o a kg:Order ; kg:agent/rdfs:label "Kim Yo Jong" }',
    )
    assert 1 <= len(orders) <= 2
    recipients = _values(
        seed_graph, "SELECT ?l WHERE { ?o a kg:Order ; kg:recipient/rdfs:label ?l }"
    )
    assert any("party committees" in r for r in recipients)
    assert any("officials" in r for r in recipients)
    assert _ask(
        seed_graph,
        'ASK { ?o a kg:Order ; kg:time/kg:timexValue ?v . FILTER(CONTAINS(?v, "-06-10")) }',
    )
    assert _ask(
        seed_graph,
        "ASK { ?o a kg:Order ; prov:wasAttributedTo/rdfs:label ?l . "
        'FILTER(CONTAINS(LCASE(?l), "source")) }',
    )


def test_the_order_gathers_its_evidence(seed_graph: Dataset) -> None:
    anchors = _values(
        seed_graph,
        'SELECT ?text WHERE { ?o a kg:Order ; kg:agent/rdfs:label "Kim Yo Jong" ; '
        "kg:evidence/nif:anchorOf ?text }",
    )
    for phrase in ("issued an order to party committees", "The directive instructed", "Her order"):
        assert any(phrase in a for a in anchors), phrase


def test_the_quoted_statement(seed_graph: Dataset) -> None:
    assert _ask(
        seed_graph,
        'ASK { ?s a kg:Statement ; kg:agent/rdfs:label "Kim Yo Jong" ; kg:quote ?q . '
        'FILTER(CONTAINS(?q, "blemish")) }',
    )


def test_planned_visit_is_not_asserted(seed_graph: Dataset) -> None:
    assert _ask(
        seed_graph,
        'ASK { ?e kg:predicate "visit" ; kg:modality "planned" ; '
        'kg:patient/rdfs:label "families of defectors" }',
    )


def test_offsets_point_at_their_text(seed_graph: Dataset) -> None:
    text = SEED.read_text(encoding="utf-8")
    rows = run_query(
        seed_graph,
        "SELECT ?b ?e ?a WHERE { ?m nif:beginIndex ?b ; nif:endIndex ?e ; nif:anchorOf ?a }",
    ).rows
    assert rows
    for begin, end, anchor in rows:
        assert text[int(begin) : int(end)] == str(anchor)  # type: ignore[arg-type]


def test_golden_graph(seed_graph: Dataset) -> None:
    """The seed's whole graph, compared by isomorphism; KG_UPDATE_GOLDEN=1 rewrites it."""
    graph = flatten(seed_graph)
    if os.environ.get("KG_UPDATE_GOLDEN"):
        GOLDEN.write_text(
            "\n".join(sorted(graph.serialize(format="nt").split("\n"))).strip() + "\n",
            encoding="utf-8",
        )
    golden = Graph().parse(GOLDEN, format="nt")
    if not isomorphic(graph, golden):
        _, only_built, only_golden = graph_diff(to_isomorphic(graph), to_isomorphic(golden))
        extra = sorted(only_built.serialize(format="nt").splitlines())[:10]
        missing = sorted(only_golden.serialize(format="nt").splitlines())[:10]
        pytest.fail(
            f"graph differs from {GOLDEN.name}:\n+ "
            + "\n+ ".join(extra)
            + "\n- "
            + "\n- ".join(missing)
        )
