"""The store: incremental builds, replacement, removal, locking, schema versions, faults."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time
from collections.abc import Iterable
from pathlib import Path

import pyoxigraph as ox
import pytest
from rdflib import Literal, URIRef

from kg import __version__
from kg.graph import ENTITY_GRAPH, article_graph_iri
from kg.io.read import read_articles
from kg.io.write import write_dataset
from kg.model import Article
from kg.namespace import SKOS
from kg.pipeline import DEFAULT_EXTRACTORS, BuildOptions, build_graph, update_store
from kg.query import QueryError, ResultFormat
from kg.store import (
    BULK_ARTICLES,
    METADATA_GRAPH,
    GraphStore,
    StoreError,
    build_versions,
    content_hash,
)

HYESAN = Article(
    "hyesan",
    "Kim Jong Un ordered officials in Hyesan to repair the dams on July 28, "
    "a source told Daily NK. Comrade Kim Jong Un inspected the work.",
)
VISIT = Article("visit", "Kim Jong Un visited a factory in Pyongyang on Monday, KCNA said.")
HYESAN_CHANGED = Article(
    "hyesan", "Choe Ryong Hae ordered officials in Sinuiju to clear the roads, KCNA said."
)


def build(path: Path, articles: Iterable[Article], **kwargs: object) -> tuple[int, int]:
    with GraphStore.open(path, writable=True) as store:
        update = update_store(articles, store, **kwargs)  # type: ignore[arg-type]
    return update.built, update.unchanged


def everything(path: Path) -> set[str]:
    """Every quad of the store, metadata included, as N-Quads lines."""
    with GraphStore.open(path) as store:
        return {str(quad) for quad in store.oxigraph.quads_for_pattern(None, None, None, None)}


def test_a_store_holds_what_a_file_build_holds(tmp_path: Path) -> None:
    build(tmp_path / "s", [HYESAN, VISIT])
    dataset = build_graph([HYESAN, VISIT])
    with GraphStore.open(tmp_path / "s") as store:
        stored = list(store.quads())
    expected = set(dataset.quads((None, None, None, None)))
    assert len(stored) == len(expected)
    assert {q.graph_name.value for q in stored} == {str(g) for *_, g in expected}
    assert {str(g) for *_, g in expected} == {
        str(article_graph_iri("hyesan")),
        str(article_graph_iri("visit")),
        str(ENTITY_GRAPH),
    }


def test_the_same_articles_twice_leave_an_identical_store(tmp_path: Path) -> None:
    assert build(tmp_path / "s", [HYESAN, VISIT]) == (2, 0)
    before = everything(tmp_path / "s")
    assert build(tmp_path / "s", [HYESAN, VISIT]) == (0, 2)
    assert everything(tmp_path / "s") == before
    assert build(tmp_path / "s", [VISIT, HYESAN], force=True) == (2, 0)
    assert everything(tmp_path / "s") == before


def test_unchanged_articles_never_reach_the_parser(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    build(tmp_path / "s", [HYESAN])

    def no_parsing(*args: object, **kwargs: object) -> None:
        raise AssertionError("the parser was called")

    monkeypatch.setattr("kg.pipeline.analyse", no_parsing)
    assert build(tmp_path / "s", [HYESAN]) == (0, 1)


def test_a_changed_article_replaces_its_graph_and_entities(tmp_path: Path) -> None:
    build(tmp_path / "s", [HYESAN, VISIT])
    assert build(tmp_path / "s", [HYESAN_CHANGED]) == (1, 0)
    build(tmp_path / "fresh", [HYESAN_CHANGED, VISIT])
    assert everything(tmp_path / "s") == everything(tmp_path / "fresh")


def test_removal_keeps_entities_mentioned_elsewhere(tmp_path: Path) -> None:
    build(tmp_path / "s", [HYESAN, VISIT])
    with GraphStore.open(tmp_path / "s", writable=True) as store:
        labels = _labels(store)
        assert {"Hyesan", "Kim Jong Un", "Pyongyang"} <= labels
        assert store.remove("hyesan")
        assert not store.remove("hyesan")
        labels = _labels(store)
        assert "Kim Jong Un" in labels
        assert "Hyesan" not in labels
        # "Comrade Kim Jong Un" was a form only the removed article used.
        alt = store.query(f"SELECT ?l WHERE {{ ?e <{SKOS.altLabel}> ?l }}").rows
        assert Literal("Comrade Kim Jong Un") not in {row[0] for row in alt}
        assert store.article_ids() == ["visit"]
    build(tmp_path / "fresh", [VISIT])
    assert everything(tmp_path / "s") == everything(tmp_path / "fresh")


def test_one_writer_stores_again_the_entities_it_removed(tmp_path: Path) -> None:
    # The writer leaves out of a load the entity statements it stored before; a replacement or
    # a removal may have taken them away since, and the next article must bring them back.
    again = Article("again", HYESAN.text)
    with GraphStore.open(tmp_path / "s", writable=True) as store:
        update_store([HYESAN, VISIT], store)
        update_store([HYESAN_CHANGED], store)  # Hyesan's entity statements are gone
        update_store([again], store)
        assert store.remove("again")
        update_store([again], store)
    build(tmp_path / "fresh", [HYESAN_CHANGED, VISIT, again])
    assert everything(tmp_path / "s") == everything(tmp_path / "fresh")


def test_a_group_of_articles_leaves_what_one_article_at_a_time_leaves(tmp_path: Path) -> None:
    # New articles are loaded in groups; a replacement or a second copy in the same build must
    # find the new articles before it in the store (what they contribute, their records).
    visit_changed = Article("visit", "Choe Ryong Hae visited a farm in Wonsan on Tuesday.")
    farm = Article("farm", "Pak Pong Ju inspected a farm in Kaesong, KCNA said.")
    farm_changed = Article("farm", "Pak Pong Ju inspected a mine in Hamhung, KCNA said.")
    steps = ([VISIT], [HYESAN, visit_changed], [farm, farm_changed])
    with GraphStore.open(tmp_path / "grouped", writable=True) as store:
        for articles in steps:
            # Hyesan's load leaves out Kim Jong Un's statements, which this writer stored with
            # Visit; the new Visit no longer mentions him, so only Hyesan's record keeps them.
            update_store(articles, store)
    for article in (a for articles in steps for a in articles):
        build(tmp_path / "one-by-one", [article])
    assert everything(tmp_path / "grouped") == everything(tmp_path / "one-by-one")


def test_a_group_that_fails_to_load_names_its_articles_and_leaves_none(tmp_path: Path) -> None:
    build(tmp_path / "s", [VISIT])
    before = everything(tmp_path / "s")

    def lines(article_id: str, statement: str) -> list[str]:
        return [
            f"<https://example.org/{article_id}> {statement} <{article_graph_iri(article_id)}> .\n"
        ]

    label = '<http://www.w3.org/2000/01/rdf-schema#label> "a farm"'
    group = [
        ("farm", lines("farm", label), "1"),
        ("mine", lines("mine", label), "2"),
        ("broken", lines("broken", '<http://www.w3.org/2000/01/rdf-schema#label "a mill"'), "3"),
    ]
    # The malformed line is the group's last: the two articles before it stay out too.
    failed = r"articles farm, mine, broken not stored \(none"
    with (
        GraphStore.open(tmp_path / "s", writable=True) as store,
        pytest.raises(StoreError, match=failed),
    ):
        store.ingest_many(group, ["test"])
    assert everything(tmp_path / "s") == before


def _labels(store: GraphStore) -> set[str]:
    rows = store.query("SELECT ?l WHERE { GRAPH kgr:graph\\/entities { ?e rdfs:label ?l } }").rows
    return {str(row[0]) for row in rows}


def test_a_new_extractor_version_rebuilds_the_articles_it_built(tmp_path: Path) -> None:
    build(tmp_path / "s", [HYESAN, VISIT])
    fewer = BuildOptions(extractors=DEFAULT_EXTRACTORS[:-1])
    assert build(tmp_path / "s", [HYESAN, VISIT], options=fewer) == (2, 0)
    with GraphStore.open(tmp_path / "s") as store:
        assert store.has("visit", content_hash(VISIT), build_versions(fewer.extractors))
        assert not store.has("visit", content_hash(VISIT), build_versions(DEFAULT_EXTRACTORS))
        assert f"kg-events {__version__}" in store.stats().built_with


def test_the_content_hash_covers_metadata() -> None:
    dated = Article(VISIT.id, VISIT.text, headline="A visit")
    assert content_hash(dated) != content_hash(VISIT)
    assert content_hash(Article(VISIT.id, VISIT.text)) == content_hash(VISIT)


def test_stats_count_articles_entities_events_and_triples(tmp_path: Path) -> None:
    build(tmp_path / "s", [HYESAN, VISIT])
    with GraphStore.open(tmp_path / "s") as store:
        stats = store.stats()
    assert stats.articles == 2
    assert stats.graphs == 3
    assert stats.entities["schema:Person"] >= 1
    assert stats.events["kg:Order"] == 1
    assert stats.triples == len(build_graph([HYESAN, VISIT]))


def test_export_writes_what_kg_build_writes(tmp_path: Path) -> None:
    build(tmp_path / "s", [HYESAN])
    write_dataset(build_graph([HYESAN]), tmp_path / "file.nt")
    with GraphStore.open(tmp_path / "s") as store:
        assert store.dump(tmp_path / "store.nt") > 0
        store.dump(tmp_path / "store.trig")
    assert (tmp_path / "store.nt").read_bytes() == (tmp_path / "file.nt").read_bytes()
    assert str(METADATA_GRAPH) not in (tmp_path / "store.trig").read_text()


def test_a_second_writer_is_refused_with_a_message(tmp_path: Path) -> None:
    with GraphStore.open(tmp_path / "s", writable=True):
        with pytest.raises(StoreError, match="being used by another process"):
            GraphStore.open(tmp_path / "s", writable=True)
        with pytest.raises(StoreError, match="being written to by another process"):
            GraphStore.open(tmp_path / "s")


def test_a_store_of_a_newer_schema_is_refused(tmp_path: Path) -> None:
    with GraphStore.open(tmp_path / "s", writable=True) as store:
        store.oxigraph.update(
            f"DELETE WHERE {{ GRAPH <{METADATA_GRAPH}> {{ ?s ?p ?o }} }} ;"
            f"INSERT DATA {{ GRAPH <{METADATA_GRAPH}> {{ "
            "<https://w3id.org/kg-events/store#store> "
            "<https://w3id.org/kg-events/store#schemaVersion> 99 } }"
        )
    with pytest.raises(StoreError, match="schema version 99 is newer"):
        GraphStore.open(tmp_path / "s")


def test_a_folder_of_other_files_is_not_a_store(tmp_path: Path) -> None:
    (tmp_path / "notes.txt").write_text("x", encoding="utf-8")
    with pytest.raises(StoreError, match="not a kg-events store"):
        GraphStore.open(tmp_path, writable=True)


def test_reading_needs_an_existing_store(tmp_path: Path) -> None:
    with pytest.raises(StoreError, match="no store here"):
        GraphStore.open(tmp_path / "missing")


def test_a_store_written_by_something_else_is_refused(tmp_path: Path) -> None:
    raw = ox.Store(str(tmp_path / "s"))
    raw.add(ox.Quad(ox.NamedNode("http://a"), ox.NamedNode("http://b"), ox.Literal("c")))
    del raw
    with pytest.raises(StoreError, match="not written by kg-events"):
        GraphStore.open(tmp_path / "s", writable=True)


def test_a_writer_deletes_the_index_files_of_a_killed_bulk_load(tmp_path: Path) -> None:
    build(tmp_path / "s", [VISIT])
    before = everything(tmp_path / "s")
    leftover = tmp_path / "s" / "bulk-123456789.sst"
    leftover.write_bytes(b"half-written index file")
    with GraphStore.open(tmp_path / "s"):
        assert leftover.exists(), "a reader changes nothing"
    with GraphStore.open(tmp_path / "s", writable=True):
        assert not leftover.exists()
    assert everything(tmp_path / "s") == before


# A build killed with SIGKILL midway, then resumed.

CORPUS_SENTENCES = (
    "{name} ordered officials in {place} to repair the roads on June {day}, a source said.",
    "{name} visited a farm in {place} on June {day}, KCNA reported.",
    "Officials in {place} were told by {name} to plant trees, Daily NK learned.",
)
NAMES = ("Kim Jong Un", "Kim Yo Jong", "Choe Ryong Hae", "Pak Pong Ju")
PLACES = ("Hyesan", "Sinuiju", "Wonsan", "Kaesong", "Hamhung")


def corpus(count: int) -> list[dict[str, str]]:
    return [
        {
            "id": f"a{i:03d}",
            "text": " ".join(
                sentence.format(
                    name=NAMES[(i + k) % len(NAMES)],
                    place=PLACES[(i * 3 + k) % len(PLACES)],
                    day=1 + (i + k) % 28,
                )
                for k, sentence in enumerate(CORPUS_SENTENCES)
            ),
        }
        for i in range(count)
    ]


def opened_once_released(store: Path, patience: float = 30.0) -> GraphStore:
    """The store opened for reading as soon as the killed build's processes are all gone: a
    worker is killed with its parent, but releases the store's lock a moment after the parent's
    exit is reported."""
    deadline = time.monotonic() + patience
    while True:
        try:
            return GraphStore.open(store)
        except StoreError:
            if time.monotonic() > deadline:
                raise
            time.sleep(0.05)


# With two workers the killed build's forked worker must die with it: left running, it would
# hold the store's lock and the resumed build would fail.
@pytest.mark.parametrize("workers", [1, 2])
def test_a_killed_build_leaves_whole_articles_and_resumes(tmp_path: Path, workers: int) -> None:
    # More than one bulk load's articles: the kill lands while the second group is built.
    total = BULK_ARTICLES + 28
    source = tmp_path / "corpus.jsonl"
    source.write_text("\n".join(json.dumps(r) for r in corpus(total)) + "\n", encoding="utf-8")
    store = tmp_path / "s"
    command = [sys.executable, "-m", "kg.cli", "build", str(source), "--store", str(store)]
    command += ["--workers", str(workers)]
    child = subprocess.Popen(
        [*command, "--batch-size", "1", "--verbose"],
        stderr=subprocess.PIPE,
        text=True,
        env={**os.environ, "PYTHONUNBUFFERED": "1"},
    )
    assert child.stderr is not None
    done = 0
    for line in child.stderr:
        done += line.startswith("built ")
        if done == 5:
            child.send_signal(signal.SIGKILL)
            break
    child.wait()
    assert child.returncode == -signal.SIGKILL

    with opened_once_released(store) as opened:
        present = opened.article_ids()
    assert 5 <= len(present) < total, "the kill should land midway"
    articles = list(read_articles([source]))
    # Exactly the articles recorded are in, each whole, with the entities they bring.
    build(tmp_path / "reference", [a for a in articles if a.id in present])
    assert everything(store) == everything(tmp_path / "reference")

    resumed = subprocess.run(command, capture_output=True, text=True, check=True)
    assert f"{total - len(present)} articles built, {len(present)} unchanged" in resumed.stderr
    build(tmp_path / "full", articles)
    assert everything(store) == everything(tmp_path / "full")


def test_the_metadata_graph_records_what_built_each_article(tmp_path: Path) -> None:
    build(tmp_path / "s", [VISIT])
    with GraphStore.open(tmp_path / "s") as store:
        rows = store.query(
            "SELECT ?id ?hash ?version WHERE { GRAPH kgs:metadata { "
            "?r kgs:articleId ?id ; kgs:contentHash ?hash ; kgs:builtWith ?version } }"
        ).rows
    assert {str(r[0]) for r in rows} == {"visit"}
    assert {str(r[1]) for r in rows} == {content_hash(VISIT)}
    assert {str(r[2]) for r in rows} == set(build_versions(DEFAULT_EXTRACTORS))
    assert URIRef(str(METADATA_GRAPH)).startswith("https://w3id.org/kg-events/store#")


def test_answers_are_written_by_oxigraph_in_the_result_formats(tmp_path: Path) -> None:
    build(tmp_path / "store", [VISIT])
    with GraphStore.open(tmp_path / "store") as store:
        people = "SELECT ?n WHERE { ?p a schema:Person ; rdfs:label ?n }"
        assert store.answer(people, ResultFormat.CSV) == b"n\r\nKim Jong Un\r\n"
        assert store.answer(people, ResultFormat.TSV) == b'?n\n"Kim Jong Un"\n'
        document = json.loads(store.answer(people, ResultFormat.JSON))
        assert document["results"]["bindings"] == [
            {"n": {"type": "literal", "value": "Kim Jong Un"}}
        ]
        graph = store.answer("CONSTRUCT WHERE { ?p a schema:Person }", ResultFormat.TSV)
        assert b"@prefix schema:" in graph and b"a schema:Person" in graph
        with pytest.raises(QueryError, match="malformed"):
            store.answer("SELECT WHERE", ResultFormat.JSON)
        with pytest.raises(ValueError, match="table"):
            store.answer(people, ResultFormat.TABLE)


def test_a_large_build_compacts_the_store_and_keeps_it_whole(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    build(tmp_path / "plain", [HYESAN, VISIT])
    monkeypatch.setattr("kg.store.OPTIMIZE_ARTICLES", 1)
    build(tmp_path / "compacted", [HYESAN, VISIT])
    assert everything(tmp_path / "compacted") == everything(tmp_path / "plain")
