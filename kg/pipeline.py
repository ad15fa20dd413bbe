"""From articles to facts to a graph: the library behind `kg build`."""

from __future__ import annotations

import logging
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from itertools import chain

from rdflib import Dataset
from spacy.tokens import Doc

from kg.extract import Context, get_extractor
from kg.graph import add_articles, new_dataset
from kg.model import Article, ArticleFacts, Fact, RecordError, TimeExpression
from kg.nlp import load_model
from kg.store import GraphStore, build_versions, content_hash
from kg.temporal import find_time_expressions

log = logging.getLogger(__name__)

DEFAULT_EXTRACTORS = (
    "kg.entities.v1",
    "kg.times.v1",
    "kg.relations.v1",
    "kg.orders.v1",
    "kg.statements.v1",
    "kg.events.v2",
    "kg.places.v1",
)


@dataclass(frozen=True, slots=True)
class BuildOptions:
    """How to build: which model, which extractors, how many articles per parser batch."""

    model: str | None = None
    extractors: tuple[str, ...] = DEFAULT_EXTRACTORS
    batch_size: int = 16

    def __post_init__(self) -> None:
        if self.batch_size < 1:
            raise ValueError(f"batch_size = {self.batch_size}: expected a whole number >= 1")
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


def analyse(
    articles: Iterable[Article], options: BuildOptions = BuildOptions()
) -> Iterator[ArticleFacts]:
    """Parse articles in batches (`nlp.pipe`) and extract the facts of each, lazily."""
    nlp = load_model(options.model)
    pairs = ((article.text, article) for article in articles)
    for doc, article in nlp.pipe(pairs, as_tuples=True, batch_size=options.batch_size):
        yield extract_article(doc, article, options.extractors)


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
    on_article: Callable[[ArticleFacts], None] | None = None,
) -> StoreUpdate:
    """Build the articles into a store, one transaction per article, memory flat in the corpus.

    An article already in the store with the same content hash and built by the same versions
    is skipped before it reaches the parser, unless `force`. A changed article replaces its
    graph. Articles of the store that are not in `articles` stay as they are.
    """
    versions = build_versions(options.extractors)
    unchanged = 0

    def todo() -> Iterator[Article]:
        nonlocal unchanged
        for article in articles:
            if not force and store.has(article.id, content_hash(article), versions):
                unchanged += 1
            else:
                yield article

    pending = todo()
    first = next(pending, None)  # a build with nothing to do does not even load the model
    built = quads = 0
    if first is None:
        return StoreUpdate(built, unchanged, quads)
    for facts in analyse(chain([first], pending), options):
        quads += store.ingest(facts, content_hash(facts.article), versions)
        built += 1
        if on_article is not None:
            on_article(facts)
    return StoreUpdate(built, unchanged, quads)


def tag_time_expressions(
    articles: Iterable[Article], options: BuildOptions = BuildOptions()
) -> Iterator[tuple[Article, list[TimeExpression]]]:
    """The TIMEX3 expressions of each article, found as a build finds them, lazily."""
    nlp = load_model(options.model)
    pairs = ((article.text, article) for article in articles)
    for doc, article in nlp.pipe(pairs, as_tuples=True, batch_size=options.batch_size):
        yield article, find_time_expressions(doc, article.id, article.published)
