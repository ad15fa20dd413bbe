"""The store commands of `kg` through Typer's CliRunner: build --store, query, stats, export,
remove."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from kg.cli import app
from kg.store import GraphStore

runner = CliRunner()

ARTICLES = (
    '{"id": "one", "date": "2024-07-29", "text": "Kim Jong Un ordered officials in Hyesan '
    'to repair the dams on July 28, a source told Daily NK."}\n'
    '{"id": "two", "text": "Kim Yo Jong visited a factory in Wonsan, KCNA said."}\n'
)


@pytest.fixture
def corpus(tmp_path: Path) -> Path:
    path = tmp_path / "corpus.jsonl"
    path.write_text(ARTICLES, encoding="utf-8")
    return path


def kg(*args: str) -> tuple[int, str]:
    result = runner.invoke(app, list(args))
    return result.exit_code, result.output


def test_build_into_a_store_then_again(corpus: Path, tmp_path: Path) -> None:
    store = str(tmp_path / "store")
    code, output = kg("build", str(corpus), "--store", store)
    assert code == 0, output
    assert "2 articles built, 0 unchanged" in output
    code, output = kg("build", str(corpus), "--store", store)
    assert "0 articles built, 2 unchanged" in output
    code, output = kg("build", str(corpus), "--store", store, "--force", "--verbose")
    assert "built one" in output and "2 articles built" in output


def test_build_wants_one_destination(corpus: Path, tmp_path: Path) -> None:
    code, output = kg("build", str(corpus))
    assert code == 2 and "either -o FILE or --store FOLDER" in output
    code, _ = kg("build", str(corpus), "-o", str(tmp_path / "g.ttl"), "--store", str(tmp_path))
    assert code == 2


def test_query_stats_export_remove(corpus: Path, tmp_path: Path) -> None:
    store = str(tmp_path / "store")
    kg("build", str(corpus), "--store", store)
    code, output = kg("query", store, "SELECT ?n WHERE { ?p a schema:Person ; rdfs:label ?n }")
    assert code == 0, output
    assert "Kim Jong Un" in output and "Kim Yo Jong" in output and "(2 rows)" in output
    code, output = kg("stats", store)
    assert code == 0, output
    assert "articles  2" in output and "schema:Person 2" in output and "kg:Order 1" in output
    code, output = kg("export", store, "-o", str(tmp_path / "dump.trig"))
    assert code == 0 and (tmp_path / "dump.trig").stat().st_size > 0
    code, output = kg("export", store, "-o", str(tmp_path / "dump.graphml"))
    assert code == 0 and "<graphml" in (tmp_path / "dump.graphml").read_text(encoding="utf-8")
    code, output = kg("remove", store, "one", "three")
    assert code == 1 and "1 article removed" in output and "not in the store: three" in output
    code, output = kg("query", store, "SELECT ?n WHERE { ?p a schema:Person ; rdfs:label ?n }")
    assert "Kim Jong Un" not in output and "Kim Yo Jong" in output


def test_a_second_build_on_a_busy_store_fails_clearly(corpus: Path, tmp_path: Path) -> None:
    store = tmp_path / "store"
    with GraphStore.open(store, writable=True):
        code, output = kg("build", str(corpus), "--store", str(store))
    assert code == 1
    assert "being used by another process" in output


def test_query_names_a_missing_store(tmp_path: Path) -> None:
    code, output = kg("stats", str(tmp_path / "nothing"))
    assert code == 1 and "no store here" in output


@pytest.mark.parametrize("fmt", ["csv", "tsv", "json"])
def test_a_store_and_its_export_answer_alike(corpus: Path, tmp_path: Path, fmt: str) -> None:
    # On a store, Oxigraph writes the result formats; on a file, kg.query does: same answers.
    store, exported = str(tmp_path / "store"), str(tmp_path / "export.trig")
    kg("build", str(corpus), "--store", store)
    kg("export", store, "-o", exported)
    query = (
        "SELECT ?n ?b ?lang WHERE { ?p a schema:Person ; rdfs:label ?n . "
        "OPTIONAL { ?p kg:nothing ?b } BIND(LANG(?n) AS ?lang) } ORDER BY ?n"
    )
    answers = [kg("query", source, query, "--format", fmt) for source in (store, exported)]
    assert [code for code, _ in answers] == [0, 0], answers
    if fmt == "json":
        assert json.loads(answers[0][1]) == json.loads(answers[1][1])
    else:
        assert answers[0][1] == answers[1][1]
    asked = [kg("query", s, "ASK { ?s ?p ?o }", "--format", fmt)[1] for s in (store, exported)]
    if fmt == "json":
        assert [json.loads(a)["boolean"] for a in asked] == [True, True]
    else:
        assert asked == ["true\n", "true\n"]
