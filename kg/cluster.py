"""Building on a Dask cluster (`kg build --dask ADDRESS`): the corpus in partitions.

The client reads the articles lazily and sends them in partitions to the cluster's workers;
each worker parses its partition and writes its graph as an N-Quads part file
(`part-00000.nq`, ...) into a folder that the workers and the client share. The client then
loads the parts into a store or a file, or leaves them for a triple store's bulk loader.
Only a few partitions are in flight at once, so the client's memory stays flat however large
the corpus.

A part holds, article after article, each article's own graph and then the entity-graph
statements it contributes (repeated from article to article, as a bulk loader merges them);
that is how a store learns which entity statements came from which article.
"""

from __future__ import annotations

import os
import secrets
import shutil
import tempfile
import threading
from collections import deque
from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from rdflib import Dataset

from kg.graph import article_graph_iri, new_dataset
from kg.io.nquads import ENTITY_GRAPH_TERM, article_lines, nt_term
from kg.io.stream import STREAMED_FORMATS, StatementWriter
from kg.io.write import check_target, format_for, write_dataset
from kg.model import Article
from kg.namespace import bind_prefixes
from kg.pipeline import (
    BuildOptions,
    ChangedArticles,
    StoreUpdate,
    analyse_chunk,
    batches,
)
from kg.store import GraphStore, build_versions, content_hash

__all__ = [
    "PARTITION_ARTICLES",
    "ClusterError",
    "Part",
    "build_file_on_dask",
    "build_parts",
    "read_part",
    "update_store_on_dask",
    "write_part",
]

# Articles per partition: minutes of parsing for a worker, so that scheduling is cheap next
# to it, and a few megabytes of N-Quads.
PARTITION_ARTICLES = 256

# Partitions in flight per worker thread of the cluster.
IN_FLIGHT = 2

# How long to keep trying to reach the scheduler.
CONNECT_SECONDS = 30

# A worker process may run tasks in several threads, but a spaCy pipeline and its memory
# zones must be used by one thread at a time: the threads of one process take turns.
_PARSING = threading.Lock()

# How the N-Quads lines of entity-graph statements end.
_SHARED_END = f" {ENTITY_GRAPH_TERM} .\n"


class ClusterError(RuntimeError):
    """The cluster cannot be reached or used, or Dask is not installed."""


@dataclass(frozen=True, slots=True)
class Part:
    """One written part: its file, and the id and content hash of each article, in order."""

    path: Path
    articles: tuple[tuple[str, str], ...]
    statements: int


def write_part(articles: Iterable[Article], options: BuildOptions, path: str) -> Part:
    """Parse a partition in this process and write its part file (runs on a Dask worker).

    The file appears complete or not at all: it is written under another name and renamed.
    """
    target = Path(path)
    temp = target.with_name(f".{target.name}.{secrets.token_hex(4)}.tmp")
    local = BuildOptions(options.model, options.extractors, options.batch_size)
    ids: list[tuple[str, str]] = []
    statements = 0
    try:
        with _PARSING, open(temp, "w", encoding="utf-8", newline="") as out:
            for facts in analyse_chunk(tuple(articles), local):
                lines = article_lines(facts)
                own = [line for line in lines if not line.endswith(_SHARED_END)]
                out.writelines(own)
                out.writelines(line for line in lines if line.endswith(_SHARED_END))
                ids.append((facts.article.id, content_hash(facts.article)))
                statements += len(lines)
        os.replace(temp, target)
    except BaseException:
        temp.unlink(missing_ok=True)
        raise
    return Part(target, tuple(ids), statements)


def read_part(part: Part) -> Iterator[tuple[str, str, list[str]]]:
    """Each article of a part: its id, content hash and distinct N-Quads lines."""
    graphs = {
        f" {nt_term(article_graph_iri(article_id))} .\n": (article_id, content)
        for article_id, content in part.articles
    }
    current: tuple[str, str] | None = None
    lines: list[str] = []
    with open(part.path, encoding="utf-8", newline="") as stream:
        for line in stream:
            if line.endswith(_SHARED_END):
                lines.append(line)
                continue
            graph = line[line.rindex(" ", 0, len(line) - 3) :]
            if current is None or graphs.get(graph) != current:
                if current is not None:
                    yield (*current, lines)
                current = graphs.get(graph)
                if current is None:
                    raise ClusterError(f"{part.path}: a statement of no article of this part")
                lines = []
            lines.append(line)
    if current is not None:
        yield (*current, lines)


def build_parts(
    articles: Iterable[Article],
    address: str,
    folder: Path,
    options: BuildOptions,
    partition_size: int = PARTITION_ARTICLES,
) -> Iterator[Part]:
    """Build the articles on the Dask cluster at `address` into part files in `folder`.

    The parts come back in the order of the articles, each as soon as it and the ones before
    it are written. `folder` must be one the workers can write and the client read.
    """
    if partition_size < 1:
        raise ValueError(f"partition_size = {partition_size}: expected a whole number >= 1")
    client = _connect(address)
    pending: deque[Any] = deque()
    try:
        threads = sum(client.nthreads().values()) or 1
        for index, partition in enumerate(batches(articles, partition_size)):
            path = str(folder / f"part-{index:05d}.nq")
            pending.append(client.submit(write_part, partition, options, path, pure=False))
            if len(pending) >= threads * IN_FLIGHT:
                yield pending.popleft().result()
        while pending:
            yield pending.popleft().result()
    finally:
        for future in pending:
            future.cancel()
        client.close()


def _connect(address: str) -> Any:
    try:
        from distributed import Client
    except ImportError:
        raise ClusterError(
            "--dask needs Dask: pip install 'kg-events[dask]' (dask and distributed)"
        ) from None
    try:
        return Client(address, timeout=f"{CONNECT_SECONDS}s")
    except (OSError, TimeoutError) as exc:
        raise ClusterError(f"cannot reach the Dask scheduler at {address} ({exc})") from exc


@contextmanager
def parts_folder(explicit: Path | None, beside: Path) -> Iterator[tuple[Path, bool]]:
    """The folder for the parts, and whether they are to be kept.

    Without `explicit`, a new hidden folder beside `beside` (the output), removed at the end;
    on a cluster of several machines give a folder that every worker shares.
    """
    if explicit is not None:
        explicit.mkdir(parents=True, exist_ok=True)
        yield explicit, True
        return
    beside.parent.mkdir(parents=True, exist_ok=True)
    folder = Path(tempfile.mkdtemp(prefix=f".{beside.name}.parts-", dir=beside.parent))
    try:
        yield folder, False
    finally:
        shutil.rmtree(folder, ignore_errors=True)


def update_store_on_dask(
    articles: Iterable[Article],
    store: GraphStore,
    address: str,
    options: BuildOptions,
    *,
    parts: Path | None = None,
    force: bool = False,
    on_part: Callable[[Part], None] | None = None,
    on_unchanged: Callable[[Article], None] | None = None,
    partition_size: int = PARTITION_ARTICLES,
) -> StoreUpdate:
    """`update_store`, with the parsing done on the Dask cluster at `address`.

    Unchanged articles are skipped here, before they are sent; each part is loaded as it
    comes back, each article whole or not at all, as a build in one process does.
    """
    versions = build_versions(options.extractors)
    todo = ChangedArticles(articles, store, versions, force, on_unchanged)
    built = quads = 0

    def records(part: Part) -> Iterator[tuple[str, list[str], str]]:
        nonlocal built
        for article_id, content, lines in read_part(part):
            built += 1
            yield article_id, lines, content

    with parts_folder(parts, store.path) as (folder, keep):
        for part in build_parts(todo, address, folder, options, partition_size):
            quads += store.ingest_many(records(part), versions)
            if not keep:
                part.path.unlink()
            if on_part is not None:
                on_part(part)
    return StoreUpdate(built, todo.unchanged, quads)


def build_file_on_dask(
    articles: Iterable[Article],
    path: Path,
    address: str,
    fmt: str | None,
    options: BuildOptions,
    *,
    parts: Path | None = None,
    on_part: Callable[[Part], None] | None = None,
    partition_size: int = PARTITION_ARTICLES,
) -> int:
    """`build_file`, with the parsing done on the Dask cluster at `address`.

    N-Quads and N-Triples are merged from the parts in bounded memory; the other formats are
    read into one rdflib graph in memory first.
    """
    fmt = format_for(path, fmt)
    check_target(path)
    with parts_folder(parts, path) as (folder, keep):
        built = build_parts(articles, address, folder, options, partition_size)
        if fmt in STREAMED_FORMATS:
            with StatementWriter(path, fmt) as writer:
                for part in built:
                    with open(part.path, encoding="utf-8", newline="") as stream:
                        writer.add(stream)
                    _done(part, keep, on_part)
                return writer.finish()
        dataset: Dataset = new_dataset()
        for part in built:
            dataset.parse(part.path, format="nquads")
            _done(part, keep, on_part)
        bind_prefixes(dataset)
        return write_dataset(dataset, path, fmt)


def _done(part: Part, keep: bool, on_part: Callable[[Part], None] | None) -> None:
    if not keep:
        part.path.unlink()
    if on_part is not None:
        on_part(part)
