from __future__ import annotations

from collections.abc import Callable
from decimal import Decimal
from pathlib import Path
from typing import Any

import networkx as nx
import pytest
from rdflib import Dataset, Graph, Literal, URIRef

from kg import graphml
from kg.io.write import FORMATS, OutputError, format_for, write_dataset
from kg.namespace import KG, KGR, RDF, RDFS, SDO, SEM, XSD

ARTICLE_A = KGR["graph/a"]
ARTICLE_B = KGR["graph/b"]
KIM = KGR["person/Kim_Yo_Jong"]
ORDER = KGR["event/a/order-0-10"]


def make_dataset(reverse: bool = False) -> Dataset:
    """Two article graphs and the default graph, sharing one triple (the person's type)."""
    quads = [
        (KIM, RDF.type, SDO.Person, ARTICLE_A),
        (KIM, RDFS.label, Literal("Kim Yo Jong"), ARTICLE_A),
        (ORDER, RDF.type, SEM.Event, ARTICLE_A),
        (ORDER, RDF.type, KG.Order, ARTICLE_A),
        (ORDER, KG.agent, KIM, ARTICLE_A),
        (ORDER, KG.confidence, Literal(Decimal("0.8"), datatype=XSD.decimal), ARTICLE_A),
        (KIM, RDF.type, SDO.Person, ARTICLE_B),
        (KIM, SDO.jobTitle, Literal("vice department director\nof the party"), ARTICLE_B),
    ]
    dataset = Dataset()
    for s, p, o, g in reversed(quads) if reverse else quads:
        dataset.graph(g).add((s, p, o))
    dataset.add((KGR["source/kcna"], RDFS.label, Literal("KCNA")))
    return dataset


def triples(dataset: Dataset) -> set[tuple[Any, Any, Any]]:
    return {(s, p, o) for s, p, o, _ in dataset.quads((None, None, None, None))}


@pytest.mark.parametrize(
    ("name", "explicit", "expected"),
    [
        ("out.ttl", None, "turtle"),
        ("OUT.TTL", None, "turtle"),
        ("out.nt", None, "nt"),
        ("out.trig", None, "trig"),
        ("out.nq", None, "nquads"),
        ("out.jsonld", None, "json-ld"),
        ("out.graphml", None, "graphml"),
        ("out.txt", "turtle", "turtle"),
        ("out.ttl", "nq", "nquads"),
        ("out", ".trig", "trig"),
        ("out.ttl", "JSON-LD", "json-ld"),
    ],
)
def test_format_for(name: str, explicit: str | None, expected: str) -> None:
    assert format_for(Path(name), explicit) == expected


@pytest.mark.parametrize(
    ("name", "explicit", "message"),
    [
        ("out.xml", None, "cannot tell the output format of 'out.xml'"),
        ("out", None, "expected one of: .ttl, .nt, .trig, .nq, .jsonld, .graphml"),
        ("out.ttl", "rdfxml", "unknown output format 'rdfxml' (expected one of: turtle, nt,"),
    ],
)
def test_format_for_rejects(name: str, explicit: str | None, message: str) -> None:
    with pytest.raises(ValueError) as raised:
        format_for(Path(name), explicit)
    assert message in str(raised.value)


def test_formats_cover_every_extension() -> None:
    assert set(FORMATS) == {".ttl", ".nt", ".trig", ".nq", ".jsonld", ".graphml"}


@pytest.mark.parametrize(("suffix", "rdflib_format"), [(".ttl", "turtle"), (".nt", "nt")])
def test_flat_formats_keep_the_triples_of_every_graph(
    tmp_path: Path, suffix: str, rdflib_format: str
) -> None:
    dataset = make_dataset()
    path = tmp_path / f"out{suffix}"
    count = write_dataset(dataset, path)
    graph = Graph().parse(path, format=rdflib_format)
    assert set(graph) == triples(dataset)
    assert count == len(triples(dataset)) == 8


@pytest.mark.parametrize(("suffix", "rdflib_format"), [(".trig", "trig"), (".nq", "nquads")])
def test_dataset_formats_keep_graph_names(tmp_path: Path, suffix: str, rdflib_format: str) -> None:
    dataset = make_dataset()
    path = tmp_path / f"out{suffix}"
    count = write_dataset(dataset, path)
    read = Dataset().parse(path, format=rdflib_format)
    for name in (ARTICLE_A, ARTICLE_B):
        assert set(read.graph(name)) == set(dataset.graph(name))
    assert count == 9


def test_jsonld_keeps_graph_names_and_uses_prefixes(tmp_path: Path) -> None:
    dataset = make_dataset()
    path = tmp_path / "out.jsonld"
    write_dataset(dataset, path)
    text = path.read_text()
    assert '"kg": "https://w3id.org/kg-events/ontology#"' in text
    read = Dataset().parse(path, format="json-ld")
    assert set(read.graph(ARTICLE_A)) == set(dataset.graph(ARTICLE_A))


@pytest.mark.parametrize(("suffix", "prefix"), [(".ttl", "schema"), (".trig", "kg")])
def test_contract_prefixes(tmp_path: Path, suffix: str, prefix: str) -> None:
    path = tmp_path / f"out{suffix}"
    write_dataset(make_dataset(), path)
    assert f"@prefix {prefix}: " in path.read_text()


def test_ntriples_sorted_and_byte_identical(tmp_path: Path) -> None:
    first, second = tmp_path / "first.nt", tmp_path / "second.nt"
    write_dataset(make_dataset(), first)
    write_dataset(make_dataset(reverse=True), second)
    data = first.read_bytes()
    assert data == second.read_bytes()
    lines = data.decode().splitlines(keepends=True)
    assert lines == sorted(lines)
    assert all(line.endswith(" .\n") for line in lines)


def test_graphml_output_opens_in_networkx(tmp_path: Path) -> None:
    path = tmp_path / "out.graphml"
    write_dataset(make_dataset(), path)
    graph = nx.read_graphml(path)
    assert graph.nodes[str(KIM)]["label"] == "Kim Yo Jong"
    assert [data["predicate"] for _, _, data in graph.edges(data=True)] == ["kg:agent"]


def failing_serialize(self: Graph, destination: Any = None, *args: Any, **kwargs: Any) -> None:
    destination.write(b"partial output")
    raise RuntimeError("serializer failed")


def failing_graphml(graph: Graph, out: Any) -> None:
    out.write(b"<partial")
    raise RuntimeError("serializer failed")


@pytest.mark.parametrize(
    ("name", "target", "replacement"),
    [
        ("out.ttl", (Graph, "serialize"), failing_serialize),
        ("out.trig", (Graph, "serialize"), failing_serialize),
        ("out.jsonld", (Graph, "serialize"), failing_serialize),
        ("out.graphml", (graphml, "write_graphml"), failing_graphml),
    ],
)
def test_failed_write_leaves_existing_output_untouched(
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    name: str,
    target: tuple[object, str],
    replacement: Callable[..., None],
) -> None:
    path = tmp_path / name
    path.write_bytes(b"previous content\n")
    monkeypatch.setattr(*target, replacement)
    with pytest.raises(RuntimeError, match="serializer failed"):
        write_dataset(make_dataset(), path)
    assert path.read_bytes() == b"previous content\n"
    assert [p.name for p in tmp_path.iterdir()] == [name]


def test_write_replaces_existing_output(tmp_path: Path) -> None:
    path = tmp_path / "out.nt"
    path.write_bytes(b"previous content\n")
    write_dataset(make_dataset(), path)
    assert b"previous content" not in path.read_bytes()
    assert [p.name for p in tmp_path.iterdir()] == ["out.nt"]


def test_missing_output_folder(tmp_path: Path) -> None:
    folder = tmp_path / "missing"
    with pytest.raises(OutputError, match=r"output folder '.*missing/' does not exist"):
        write_dataset(make_dataset(), folder / "out.ttl")
    assert not folder.exists()


def test_output_path_is_a_folder(tmp_path: Path) -> None:
    (tmp_path / "out.ttl").mkdir()
    with pytest.raises(OutputError, match="is a folder"):
        write_dataset(make_dataset(), tmp_path / "out.ttl")


def test_default_graph_only_dataset_is_written(tmp_path: Path) -> None:
    dataset = Dataset()
    dataset.add((URIRef("https://example.org/s"), RDFS.label, Literal("s")))
    assert write_dataset(dataset, tmp_path / "out.nq") == 1
    assert write_dataset(dataset, tmp_path / "out.ttl") == 1
