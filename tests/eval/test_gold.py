from __future__ import annotations

import json
from pathlib import Path

import pytest
from rdflib import Graph, Literal, URIRef
from typer.testing import CliRunner

from kg.cli import app
from kg.eval.gold import GoldError, evaluate
from kg.eval.score import answers_event, norm, same, score_graph
from kg.namespace import KG, NIF, RDF, RDFS, SDO
from tests.conftest import SEEDS

GOLD = Path(__file__).resolve().parent.parent / "gold" / "seed"


@pytest.mark.parametrize(
    ("text", "expected"),
    [("The Daily NK’s", "daily nk"), ("Kim Yo-Jong", "kim yo jong"), ("a source", "source")],
)
def test_norm(text: str, expected: str) -> None:
    assert norm(text) == expected


def test_loose_matching_only_for_groups() -> None:
    assert same("party committees", {"party committees in each province"}, loose=True)
    assert not same("party committees", {"party committees in each province"}, loose=False)


@pytest.mark.parametrize(
    ("agent", "spans", "agents", "expected"),
    [
        (None, [(5, 12)], [], True),
        (None, [(10, 14)], [], False),
        ("the Health Ministry", [(5, 12)], [{"health ministry"}], True),
        ("the Health Ministry", [(5, 12)], [{"city council"}, {"health ministry"}], True),
        ("the Health Ministry", [(5, 12)], [{"city council"}], False),
        ("the Health Ministry", [(5, 12)], [], False),
        ("the Health Ministry", [(20, 30)], [{"health ministry"}], False),
    ],
)
def test_an_event_answers_gold_by_evidence_and_agent(
    agent: str | None, spans: list[tuple[int, int]], agents: list[set[str]], expected: bool
) -> None:
    item = {"evidence": ["opened a clinic"]} | ({} if agent is None else {"agent": agent})
    assert answers_event(item, [(0, 10)], spans, agents) is expected


def test_precision_counts_entities_not_in_gold() -> None:
    graph = Graph()
    for name in ("Kim Jong Un", "Kim"):
        node = URIRef(f"urn:{name.replace(' ', '_')}")
        graph.add((node, RDF.type, SDO.Person))
        graph.add((node, RDFS.label, Literal(name)))
    gold = {
        "entities_exhaustive": True,
        "entities": [{"type": "Person", "label": "Kim Jong Un"}],
        "forbidden_labels": ["Kim"],
    }
    tally = score_graph(graph, "Kim Jong Un spoke. Kim left.", gold).tally
    assert tally["entity.Person"] == [1, 1]
    assert tally["precision.Person"] == [1, 2]
    assert tally["precision.canonical"] == [0, 1]
    assert KG.Order not in set(graph.objects(None, RDF.type))


def test_verbose_lines_do_not_depend_on_the_graphs_order() -> None:
    text = "Kim Jong Un ordered a dam built. Ri Pyong Chol ordered roads paved."
    first, second = (0, 19), (33, 54)
    lines = []
    for people, evidence in (
        (("Pak Su", "Ri Ok"), (second, first)),
        (("Ri Ok", "Pak Su"), (first, second)),
    ):
        graph = Graph()
        for name in people:
            node = URIRef(f"urn:{name.replace(' ', '_')}")
            graph.add((node, RDF.type, SDO.Person))
            graph.add((node, RDFS.label, Literal(name)))
        order = URIRef("urn:order")
        graph.add((order, RDF.type, KG.Order))
        for begin, end in evidence:
            mention = URIRef(f"urn:mention/{begin}")
            graph.add((order, KG.evidence, mention))
            graph.add((mention, NIF.anchorOf, Literal(text[begin:end])))
            graph.add((mention, NIF.beginIndex, Literal(begin)))
        gold = {"entities_exhaustive": True, "orders_exhaustive": True, "entities": []}
        lines.append(score_graph(graph, text, gold).lines)
    assert lines[0] == lines[1]
    assert "FAIL [precision.Order] found kg:Order at 'Kim Jong Un ordered'" in lines[0]


def test_seed_scores_high() -> None:
    report = evaluate(GOLD, [str(SEEDS)])
    categories = report.by_category()
    assert categories["entity.Person"] == [3, 3]
    assert categories["precision.canonical"][0] == categories["precision.canonical"][1]
    assert report.overall >= 0.9


def test_missing_article_is_an_error(tmp_path: Path) -> None:
    (tmp_path / "x.gold.json").write_text(json.dumps({"article": "nowhere"}), encoding="utf-8")
    with pytest.raises(GoldError, match="nowhere"):
        evaluate(tmp_path, [str(SEEDS)])


def test_eval_command_json() -> None:
    result = CliRunner().invoke(app, ["eval", str(GOLD), "--articles", str(SEEDS), "--json"])
    assert result.exit_code == 0, result.output
    assert json.loads(result.output)["overall"] >= 0.9
