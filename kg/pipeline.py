"""From articles to facts to a graph: the library behind `kg build`."""

from __future__ import annotations

import gc
import logging
import os
import threading
from collections.abc import Callable, Iterable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from itertools import chain, islice
from pathlib import Path
from queue import Queue
from typing import TypeVar

from rdflib import Dataset
from spacy.tokens import Doc

from kg.extract import Context, get_extractor
from kg.graph import add_articles, new_dataset
from kg.io.nquads import article_lines
from kg.io.stream import STREAMED_FORMATS, StatementWriter
from kg.io.write import format_for, write_dataset
from kg.model import Article, ArticleFacts, Fact, RecordError, TimeExpression
from kg.nlp import load_model
from kg.store import BULK_ARTICLES, GraphStore, build_versions, content_hash
from kg.temporal import find_time_expressions

log = logging.getLogger(__name__)

T = TypeVar("T")

DEFAULT_EXTRACTORS = (
    "kg.entities.v36",
    "kg.times.v26",
    "kg.relations.v36",
    "kg.orders.v33",
    "kg.statements.v37",
    "kg.events.v38",
    "kg.places.v32",
)


@dataclass(frozen=True, slots=True)
class BuildOptions:
    """How to build: which model, which extractors, how many articles per parser batch, and
    how many processes parse (`workers`; 1 parses in this process)."""

    model: str | None = None
    extractors: tuple[str, ...] = DEFAULT_EXTRACTORS
    batch_size: int = 16
    workers: int = 1

    def __post_init__(self) -> None:
        if self.batch_size < 1:
            raise ValueError(f"batch_size = {self.batch_size}: expected a whole number >= 1")
        if self.workers < 1:
            raise ValueError(f"workers = {self.workers}: expected a whole number >= 1")
        for name in self.extractors:
            get_extractor(name)


def extract_article(
    doc: Doc, article: Article, names: Iterable[str] = DEFAULT_EXTRACTORS
) -> ArticleFacts:
    """Run the named extractors over one parsed article.

    An extractor that fails on this article is reported and skipped; the other extractors'
    facts are kept, so one odd sentence never costs a whole corpus build.
    """
    ctx = Context.build(doc, article)
    facts: list[Fact] = []
    for name in names:
        try:
            facts.extend(get_extractor(name)(doc, ctx))
        except (RecordError, ValueError, IndexError, KeyError) as exc:
            log.warning("article %s: extractor %s skipped: %s", article.id, name, exc)
    return ArticleFacts(article, tuple(facts))


# Articles parsed in one spaCy memory zone: the strings their parses add to the model's
# vocabulary are freed when it closes, so that memory does not grow with the corpus.
ZONE_ARTICLES = 256


def analyse(
    articles: Iterable[Article], options: BuildOptions = BuildOptions()
) -> Iterator[ArticleFacts]:
    """Parse articles in batches (`nlp.pipe`) and extract the facts of each, lazily, in order.

    With `options.workers` > 1 the articles are parsed in that many processes; the facts are
    the same, in the same order.
    """
    return _chunk_by_chunk(articles, options, analyse_chunk)


def _chunk_by_chunk(
    articles: Iterable[Article],
    options: BuildOptions,
    work: Callable[[Sequence[Article], BuildOptions], Iterable[T]],
) -> Iterator[T]:
    """`work` on each chunk of the articles, in `options.workers` processes: its results, in
    order (see `kg.parallel.in_pool`)."""
    if options.workers > 1:
        from kg.parallel import in_pool

        yield from in_pool(articles, options, work)
        return
    for chunk in batches(articles, ZONE_ARTICLES):
        yield from work(chunk, options)


def batches(items: Iterable[Article], size: int) -> Iterator[tuple[Article, ...]]:
    """Consecutive groups of `size` articles (the last may be smaller), read lazily."""
    stream = iter(items)
    while chunk := tuple(islice(stream, size)):
        yield chunk


def analyse_chunk(articles: Sequence[Article], options: BuildOptions) -> Iterator[ArticleFacts]:
    """The facts of a few articles, parsed in this process within one memory zone."""
    nlp = load_model(options.model)
    pairs = ((article.text, article) for article in articles)
    with nlp.memory_zone():
        parsed = nlp.pipe(pairs, as_tuples=True, batch_size=options.batch_size)
        while True:
            # Around the parse and the reading only: the caller's code between two articles,
            # or a caller that stops early, runs at the thresholds it set. Put back to
            # Python's default after an article, they would set off a collection of its young
            # objects at once: a whole build (`build_file`, `update_store`) raises them around
            # all its articles, so that no collection is set off article by article.
            with fewer_collections():
                item = next(parsed, None)
                facts = None if item is None else extract_article(*item, options.extractors)
            if facts is None:
                return
            yield facts


def lines_chunk(
    articles: Sequence[Article], options: BuildOptions
) -> Iterator[tuple[Article, list[str]]]:
    """Each article of a few, with its N-Quads lines, sorted: what a file build writes.

    Sorted article by article, the lines sort into the file's order several times faster.
    """
    for article, lines in article_lines_chunk(articles, options):
        yield article, sorted(lines)


def article_lines_chunk(
    articles: Sequence[Article], options: BuildOptions
) -> Iterator[tuple[Article, list[str]]]:
    """Each article of a few, with its N-Quads lines (`analyse_chunk`, then `article_lines`).

    What a worker hands back: the lines cost a fifth of the facts to pickle and unpickle, and
    are made in the worker rather than in the process that writes them all, which also parses
    its share of the articles.
    """
    for facts in analyse_chunk(articles, options):
        yield facts.article, article_lines(facts)


# New objects made before the garbage collector looks for cycles among them. Parsing and
# reading an article make tens of thousands of objects, nearly all freed as soon as they are
# dropped; at Python's default (700) the collector ran some 600 times over 300 articles.
COLLECTION_THRESHOLD = 20_000


@contextmanager
def fewer_collections(threshold: int = COLLECTION_THRESHOLD) -> Iterator[None]:
    """Let the garbage collector wait for `threshold` new objects (at least), as long as the
    block runs; its earlier thresholds are restored after."""
    before = gc.get_threshold()
    gc.set_threshold(max(threshold, before[0]), *before[1:])
    try:
        yield
    finally:
        gc.set_threshold(*before)


def build_graph(
    articles: Iterable[Article],
    options: BuildOptions = BuildOptions(),
    on_article: Callable[[ArticleFacts], None] | None = None,
) -> Dataset:
    """The knowledge graph of the articles: one named graph per article plus the entity graph."""

    def observed() -> Iterator[ArticleFacts]:
        for facts in analyse(articles, options):
            if on_article is not None:
                on_article(facts)
            yield facts

    return add_articles(new_dataset(), observed())


def build_file(
    articles: Iterable[Article],
    path: str | os.PathLike[str],
    fmt: str | None = None,
    options: BuildOptions = BuildOptions(),
    on_article: Callable[[Article], None] | None = None,
) -> int:
    """Build the articles' graph into a file; returns how many statements it holds.
    `on_article` is called with each article once its statements are in.

    N-Quads and N-Triples are streamed: each article's statements are written out as soon as
    it is parsed (sorted, without duplicates; see `kg.io.stream`), so memory stays flat however
    large the corpus. The other formats are built as one rdflib graph in memory and written at
    the end. Either way the file is replaced only once the whole build has succeeded.
    """
    target = Path(path)
    fmt = format_for(target, fmt)
    if fmt not in STREAMED_FORMATS:

        def built(facts: ArticleFacts) -> None:
            if on_article is not None:
                on_article(facts.article)

        with fewer_collections():
            return write_dataset(build_graph(articles, options, built), target, fmt)
    with StatementWriter(target, fmt) as writer, fewer_collections():

        def write(item: tuple[Article, list[str]]) -> None:
            writer.add(item[1])
            if on_article is not None:
                on_article(item[0])

        write_behind(_chunk_by_chunk(articles, options, lines_chunk), write)
        return writer.finish()


# Articles parsed but not yet written: enough to smooth the pace of both threads.
WRITE_BEHIND = 32


def write_behind(
    results: Iterable[T],
    write: Callable[[T], None],
    depth: int = WRITE_BEHIND,
    finish: Callable[[], None] | None = None,
) -> None:
    """Call `write` on each article's facts in a second thread, a few articles behind the parser,
    then `finish` there once all are written.

    Oxigraph stores and numpy multiplies without holding Python's lock, so writing one article
    overlaps the parsing of the next ones instead of adding to it. Articles are written in
    order; when `results` fails, the articles before the failure are written (and finished)
    first. The first error of `write` or `finish` stops the build and is raised here.
    """
    queue: Queue[T | None] = Queue(depth)
    failed: list[BaseException] = []

    def run() -> None:
        while (facts := queue.get()) is not None:
            if failed:
                continue
            try:
                write(facts)
            except BaseException as exc:
                failed.append(exc)
        if finish is not None and not failed:
            try:
                finish()
            except BaseException as exc:
                failed.append(exc)

    writer = threading.Thread(target=run, name="kg-writer", daemon=True)
    writer.start()
    try:
        for facts in results:
            if failed:
                break
            queue.put(facts)
    finally:
        queue.put(None)
        writer.join()
    if failed:
        raise failed[0]


@dataclass(frozen=True, slots=True)
class StoreUpdate:
    """What one build did to a store: articles (re)built, left as they were, quads written."""

    built: int
    unchanged: int
    quads: int


def update_store(
    articles: Iterable[Article],
    store: GraphStore,
    options: BuildOptions = BuildOptions(),
    *,
    force: bool = False,
    on_article: Callable[[Article], None] | None = None,
    on_unchanged: Callable[[Article], None] | None = None,
) -> StoreUpdate:
    """Build the articles into a store, each whole or not at all, memory flat in the corpus.

    An article already in the store with the same content hash and built by the same versions
    is skipped before it reaches the parser, unless `force`. A changed article replaces its
    graph. Articles of the store that are not in `articles` stay as they are. The articles go
    to the store `BULK_ARTICLES` at a time (see `GraphStore.ingest_many`); `on_article` is
    called with each article once it is in the store.
    """
    versions = build_versions(options.extractors)
    todo = ChangedArticles(articles, store, versions, force, on_unchanged)
    pending = iter(todo)
    first = next(pending, None)  # a build with nothing to do does not even load the model
    built = quads = 0
    if first is None:
        return StoreUpdate(built, todo.unchanged, quads)

    group: list[tuple[Article, list[str]]] = []

    def load(article: Article, lines: list[str]) -> None:
        group.append((article, lines))
        if len(group) >= BULK_ARTICLES:
            store_group()

    def store_group() -> None:
        nonlocal built, quads
        quads += store.ingest_many(
            ((article.id, lines, content_hash(article)) for article, lines in group), versions
        )
        built += len(group)
        if on_article is not None:
            for article, _ in group:
                on_article(article)
        group.clear()

    parsed = chain([first], pending)
    with fewer_collections():
        if options.workers > 1:
            # Each article's lines come from the process that parsed it: this one, which
            # parses its share too, only loads them.
            lines = _chunk_by_chunk(parsed, options, article_lines_chunk)
            write_behind(lines, lambda item: load(*item), finish=store_group)
        else:
            # In one process the writer thread makes the lines: made by the parsing thread
            # instead, the build took 4% more processor time (two paired runs, 300 articles).
            facts = analyse(parsed, options)
            write_behind(
                facts, lambda done: load(done.article, article_lines(done)), finish=store_group
            )
    return StoreUpdate(built, todo.unchanged, quads)


class ChangedArticles:
    """The articles a store build must parse, counting the ones it skips as unchanged."""

    def __init__(
        self,
        articles: Iterable[Article],
        store: GraphStore,
        versions: tuple[str, ...],
        force: bool,
        on_unchanged: Callable[[Article], None] | None = None,
    ) -> None:
        self.articles = articles
        self.store = store
        self.versions = versions
        self.force = force
        self.on_unchanged = on_unchanged
        self.unchanged = 0

    def __iter__(self) -> Iterator[Article]:
        for article in self.articles:
            if self.force or not self.store.has(article.id, content_hash(article), self.versions):
                yield article
                continue
            self.unchanged += 1
            if self.on_unchanged is not None:
                self.on_unchanged(article)


def tag_time_expressions(
    articles: Iterable[Article], options: BuildOptions = BuildOptions()
) -> Iterator[tuple[Article, list[TimeExpression]]]:
    """The TIMEX3 expressions of each article, found as a build finds them, lazily."""
    nlp = load_model(options.model)
    pairs = ((article.text, article) for article in articles)
    for doc, article in nlp.pipe(pairs, as_tuples=True, batch_size=options.batch_size):
        yield article, find_time_expressions(doc, article.id, article.published)
