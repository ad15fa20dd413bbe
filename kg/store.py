"""A knowledge graph on disk that grows article by article: an embedded Oxigraph store.

Layout of a store (a folder written by pyoxigraph, RocksDB underneath):

- one named graph per article, `kgr:graph/<id>`, holding what was read from it;
- the entity graph, `kgr:graph/entities`, holding the entities and sources, shared by all
  articles (their IRIs do not depend on the article, see `kg.graph`);
- the metadata graph, `kgs:metadata`, holding the store's schema version and one record per
  article: its id, the hash of its content, the versions that built it (kg-events and each
  extractor) and, as RDF 1.2 triple terms, the entity-graph triples it contributed.

Those contributions are what make removal exact: an entity-graph triple stays while at least
one article contributes it, so removing or changing an article takes away the entities no
other article mentions any more and the alternative labels only it contributed, and nothing
else. Replacing or removing an article is one SPARQL update, which Oxigraph applies as one
transaction; articles new to the store go in a few dozen at a time, each group in one
ingestion of index files (see `GraphStore.ingest_many`). A build killed at any point leaves
each article fully in or not at all.

A writer holds an exclusive lock on the store, readers a shared one, so a second build (or a
build while `kg serve` runs) fails at once with a message instead of corrupting anything.
"""

from __future__ import annotations

import fcntl
import hashlib
import json
import os
from collections import Counter
from collections.abc import Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from types import MappingProxyType
from typing import BinaryIO

import pyoxigraph as ox
from rdflib import BNode, Dataset, Graph, Literal, Namespace, URIRef
from rdflib.namespace import DefinedNamespace
from rdflib.term import Node

from kg import __version__
from kg.closing import Closing
from kg.graph import ENTITY_GRAPH, Quad, article_graph_iri, new_dataset
from kg.io.nquads import ENTITY_GRAPH_TERM, nt_term, triple_of
from kg.io.rdf import load_dataset
from kg.io.write import check_target, format_for, replacing, write_dataset
from kg.model import Article
from kg.namespace import NIF, PREFIXES, RDF, XSD, new_graph
from kg.query import QueryError, QueryResult, ResultFormat, format_result, run_query

__all__ = [
    "METADATA_GRAPH",
    "SCHEMA_VERSION",
    "GraphStore",
    "StoreError",
    "StoreStats",
    "content_hash",
    "is_store",
    "lock_store",
    "query_text",
    "to_oxigraph",
    "to_rdflib",
]

# Raised when a store changes layout in a way older code would misread.
SCHEMA_VERSION = 1

LOCK_FILE = "kg-events.lock"

# Articles written between two flushes of the store's buffers to disk. Unflushed, RocksDB's
# buffers grow with the store (to 2 GB over 10,000 articles); flushed this often, the memory
# of a build stays flat, and the build is no slower.
FLUSH_ARTICLES = 256

# A writer that changed at least this many articles compacts the store when it closes, as
# Oxigraph advises after batch loads: fewer, sorted files make every index lookup of a query
# cheaper (1.2x to 1.9x on the store benchmark's queries), for seconds per million triples.
OPTIMIZE_ARTICLES = 256

# Articles new to the store handed to Oxigraph's bulk loader at once (`GraphStore.ingest_many`),
# and the most N-Quads lines such a group may have. Oxigraph's processor time over 300 KCNA
# articles: 9.8 to 10.8 ms an article loaded in its own transaction (in groups of 4, 16 or 64
# no less), 4.7 to 5.2 ms in bulk loads of 64 (5.7 of 32, 24 to 30 of one). The bulk loader
# writes the index files of up to 1,000,000 quads (Oxigraph 0.5) and has RocksDB take them in
# in one ingestion, which happens whole or not at all; a group, its records included (at most
# twice its lines), stays well below that. A build killed midway loses at most the group
# being loaded, which the next build parses again.
BULK_ARTICLES = 64
BULK_LINES = 100_000

# The index files Oxigraph's bulk loader writes in the store's folder before RocksDB takes them in.
BULK_LEFTOVERS = "bulk-*.sst"

# Entity-graph lines a writer remembers having stored (about 300 bytes each in memory, so at
# most 15 MB). Entities recur from article to article, and Oxigraph pays an index lookup for
# every quad it is given that it already holds: leaving those out of a load takes a tenth off
# the store's work.
KNOWN_SHARED_LINES = 50_000


class KGS(DefinedNamespace):
    """The store's own bookkeeping terms (not part of the knowledge graph's vocabulary)."""

    _NS = Namespace("https://w3id.org/kg-events/store#")
    _fail = True

    metadata: URIRef
    store: URIRef
    schemaVersion: URIRef
    ArticleRecord: URIRef
    articleId: URIRef
    contentHash: URIRef
    builtWith: URIRef
    contributes: URIRef


METADATA_GRAPH = KGS.metadata

PREFIX_MAP: Mapping[str, str] = MappingProxyType(
    {prefix: str(namespace) for prefix, namespace in PREFIXES} | {"kgs": str(KGS)}
)

_XSD_STRING = str(XSD.string)

# How the N-Quads lines of entity-graph statements end.
_SHARED_END = f" {ENTITY_GRAPH_TERM} .\n"

# Literals whose datatype Oxigraph does not keep (it stores every integer as xsd:integer).
_RETYPED: Mapping[ox.NamedNode, ox.NamedNode] = MappingProxyType(
    {
        ox.NamedNode(str(NIF.beginIndex)): ox.NamedNode(str(XSD.nonNegativeInteger)),
        ox.NamedNode(str(NIF.endIndex)): ox.NamedNode(str(XSD.nonNegativeInteger)),
    }
)

# The SPARQL 1.1 result formats Oxigraph writes itself, and how it writes a CONSTRUCT's graph
# for each (as `format_result` does for a file).
SOLUTION_FORMATS: Mapping[ResultFormat, ox.QueryResultsFormat] = MappingProxyType(
    {
        ResultFormat.JSON: ox.QueryResultsFormat.JSON,
        ResultFormat.CSV: ox.QueryResultsFormat.CSV,
        ResultFormat.TSV: ox.QueryResultsFormat.TSV,
    }
)
_GRAPH_FORMATS: Mapping[ResultFormat, ox.RdfFormat] = MappingProxyType(
    {ResultFormat.JSON: ox.RdfFormat.JSON_LD}
)

# Formats pyoxigraph writes from a stream of quads.
_STREAMED: Mapping[str, ox.RdfFormat] = MappingProxyType(
    {"trig": ox.RdfFormat.TRIG, "nquads": ox.RdfFormat.N_QUADS}
)


class StoreError(ValueError):
    """A store that cannot be opened, is in use, is not a kg-events store, or could not take
    articles in."""


def content_hash(article: Article) -> str:
    """A hash of everything of an article that reaches its graph: text and metadata.

    Cheap next to parsing, so a build can skip unchanged articles before the parser sees them.
    """
    fields = [
        article.id,
        article.text,
        article.published.isoformat() if article.published else None,
        article.headline,
        article.url,
        article.publisher,
    ]
    data = json.dumps(fields, ensure_ascii=False, separators=(",", ":")).encode("utf-8")
    return "sha256:" + hashlib.sha256(data).hexdigest()


def build_versions(extractors: Iterable[str]) -> tuple[str, ...]:
    """What built an article: the kg-events release and each extractor's versioned name."""
    return (f"kg-events {__version__}", *sorted(extractors))


# One place where terms cross between rdflib (the rest of kg) and pyoxigraph (the store).


def to_oxigraph(node: Node) -> ox.NamedNode | ox.BlankNode | ox.Literal:
    if isinstance(node, URIRef):
        return ox.NamedNode(str(node))
    if isinstance(node, BNode):
        return ox.BlankNode(str(node))
    if isinstance(node, Literal):
        if node.language:
            return ox.Literal(str(node), language=node.language)
        if node.datatype is not None:
            return ox.Literal(str(node), datatype=ox.NamedNode(str(node.datatype)))
        return ox.Literal(str(node))
    raise TypeError(f"cannot store {node!r}: not an IRI, blank node or literal")


def to_rdflib(term: object) -> Node:
    if isinstance(term, ox.NamedNode):
        return URIRef(term.value)
    if isinstance(term, ox.BlankNode):
        return BNode(term.value)
    if isinstance(term, ox.Literal):
        if term.language:
            return Literal(term.value, lang=term.language)
        datatype = term.datatype.value
        return Literal(term.value, datatype=None if datatype == _XSD_STRING else URIRef(datatype))
    if isinstance(term, ox.Triple):
        # rdflib has no triple terms; they only occur in the metadata graph.
        return Literal(f"<<( {term.subject} {term.predicate} {term.object} )>>")
    raise TypeError(f"unexpected term {term!r}")


def _resource(node: Node) -> ox.NamedNode | ox.BlankNode:
    term = to_oxigraph(node)
    if isinstance(term, ox.Literal):
        raise TypeError(f"a literal cannot be a subject: {node!r}")
    return term


def _iri(node: Node) -> ox.NamedNode:
    return ox.NamedNode(str(node))


def _quad(quad: Quad) -> ox.Quad:
    s, p, o, g = quad
    return ox.Quad(_resource(s), _iri(p), to_oxigraph(o), _iri(g))


def is_store(path: Path) -> bool:
    """Whether `path` is a folder that holds an Oxigraph (RocksDB) store."""
    return (path / "CURRENT").is_file()


@dataclass(frozen=True, slots=True)
class StoreStats:
    """What a store holds; `triples` counts the knowledge graph, not the metadata graph."""

    articles: int
    triples: int
    graphs: int
    entities: Mapping[str, int] = field(default_factory=dict)
    events: Mapping[str, int] = field(default_factory=dict)
    built_with: Mapping[str, int] = field(default_factory=dict)


class GraphStore(Closing):
    """A kg-events store: open with `GraphStore.open(path)`, use as a context manager."""

    def __init__(self, store: ox.Store, path: Path, lock: BinaryIO, writable: bool) -> None:
        self._store = store
        self.path = path
        self._lock = lock
        self.writable = writable
        self._unflushed = 0
        self._changed = 0
        # Entity-graph lines this writer stored and nothing has removed since (see `ingest_many`).
        self._stored_shared: set[str] = set()

    @classmethod
    def open(cls, path: str | os.PathLike[str], *, writable: bool = False) -> GraphStore:
        """Open (and when `writable`, create) the store in folder `path`.

        Raises StoreError when the folder is something else, the store is locked by another
        process, or it was written by a newer kg-events.
        """
        folder = Path(path)
        if folder.exists() and not folder.is_dir():
            raise StoreError(f"{folder}: not a folder (a store is a folder)")
        if folder.is_dir() and not is_store(folder) and _has_files(folder):
            raise StoreError(f"{folder}: not a kg-events store (a folder with other files)")
        if not is_store(folder) and not writable:
            raise StoreError(f"{folder}: no store here (kg build ... --store {folder} makes one)")
        folder.mkdir(parents=True, exist_ok=True)
        lock = lock_store(folder, exclusive=writable)
        try:
            store = ox.Store(str(folder)) if writable else ox.Store.read_only(str(folder))
        except OSError as exc:
            lock.close()
            raise StoreError(_open_error(folder, exc)) from exc
        if writable:
            # Index files a bulk load was writing when its build was killed: never taken in,
            # and nothing else may be writing them while this writer holds both locks.
            for unused in folder.glob(BULK_LEFTOVERS):
                unused.unlink(missing_ok=True)
        opened = cls(store, folder, lock, writable)
        try:
            opened._check_schema()
        except StoreError:
            opened.close()
            raise
        return opened

    def _check_schema(self) -> None:
        found = self._value(KGS.store, KGS.schemaVersion)
        if found is None:
            if any(True for _ in self._store.quads_for_pattern(None, None, None)):
                raise StoreError(
                    f"{self.path}: this store was not written by kg-events (it has no "
                    "kgs:schemaVersion in its metadata graph)"
                )
            if self.writable:
                self._store.add(
                    _quad((KGS.store, KGS.schemaVersion, Literal(SCHEMA_VERSION), METADATA_GRAPH))
                )
            return
        version = int(found)
        if version > SCHEMA_VERSION:
            raise StoreError(
                f"{self.path}: store schema version {version} is newer than this kg-events "
                f"{__version__} reads (up to {SCHEMA_VERSION}); upgrade kg-events to use it"
            )

    def close(self) -> None:
        if self.writable:
            self._store.flush()
            if self._changed >= OPTIMIZE_ARTICLES:
                self._store.optimize()
        del self._store
        self._lock.close()

    @property
    def oxigraph(self) -> ox.Store:
        """The underlying pyoxigraph store, for querying and dumping at full speed."""
        return self._store

    # Reading the metadata graph.

    def _value(self, subject: URIRef, predicate: URIRef) -> str | None:
        for term in self._values(subject, predicate):
            return str(getattr(term, "value", term))
        return None

    def _values(self, subject: URIRef, predicate: URIRef) -> Iterator[object]:
        pattern = (_iri(subject), _iri(predicate), None, _iri(METADATA_GRAPH))
        for quad in self._store.quads_for_pattern(*pattern):
            yield quad.object

    def has(self, article_id: str, content: str, versions: Iterable[str]) -> bool:
        """Whether the article is in the store with this content hash, built by these versions."""
        record = article_graph_iri(article_id)
        if self._value(record, KGS.contentHash) != content:
            return False
        built = {str(getattr(term, "value", term)) for term in self._values(record, KGS.builtWith)}
        return built == set(versions)

    def article_ids(self) -> list[str]:
        """The ids of the articles in the store, sorted."""
        quads = self._store.quads_for_pattern(None, _iri(KGS.articleId), None, _iri(METADATA_GRAPH))
        return sorted(str(getattr(quad.object, "value", quad.object)) for quad in quads)

    # Writing.

    def ingest_many(
        self, articles: Iterable[tuple[str, Sequence[str], str]], versions: Iterable[str]
    ) -> int:
        """Put articles' graphs in the store, each given as its id, its distinct N-Quads lines
        (`article_lines`) and its content hash, replacing what an earlier build put there.
        Returns how many distinct quads the articles put in the store.

        Each article goes in whole or not at all: its graph, its entity-graph triples, its
        record. One already in the store is replaced by one SPARQL update, which also drops
        the entity-graph triples only its earlier version contributed. The articles new to the
        store are loaded as N-Quads, less the entity-graph lines this writer knows the store
        holds: one alone in a transaction, several (up to `BULK_ARTICLES` at a time) by
        Oxigraph's bulk loader, in one ingestion that takes all of them or none.
        """
        self._require_writable()
        versions = tuple(versions)
        group: list[tuple[str, str, list[str]]] = []
        ids: set[str] = set()
        size = count = 0
        for article_id, lines, content in articles:
            count += len(lines)
            if article_id in ids or len(group) >= BULK_ARTICLES or size + len(lines) > BULK_LINES:
                # An article given twice is replaced by its second graph, once its first is in.
                self._load_new(group)
                group, ids, size = [], set(), 0
            record = article_graph_iri(article_id)
            shared_lines = [line for line in lines if line.endswith(_SHARED_END)]
            meta = _record_lines(record, article_id, content, versions, shared_lines)
            if self._value(record, KGS.articleId) is None:
                known = self._stored_shared
                # The lines were written by `kg.io.nquads`, so Oxigraph need not check each IRI
                # again (a twentieth of the load); an IRI rdflib warned about goes in as it does
                # into a .nq file, where a strict load would have stopped the build.
                text = "".join((*(line for line in lines if line not in known), *meta))
                group.append((article_id, text, shared_lines))
                ids.add(article_id)
                size += len(lines)
                continue
            # The new articles before it go in first: what they contribute must be recorded
            # before the replacement looks for entity-graph triples nobody contributes any more.
            self._load_new(group)
            group, ids, size = [], set(), 0
            self._stored_shared.clear()
            statements = " ".join(_graph_pattern(line) for line in (*lines, *meta))
            self._store.update(
                self._unrecord(record)
                + f"INSERT DATA {{ {statements} }} ;\n"
                + self._drop_orphans(record)
            )
            self._count_changes(1)
        self._load_new(group)
        return count

    def _load_new(self, group: Sequence[tuple[str, str, list[str]]]) -> None:
        """Load the N-Quads texts of articles new to the store (id, text, entity-graph lines),
        all of them or none."""
        if not group:
            return
        text = "".join(text for _, text, _ in group)
        try:
            if len(group) == 1:
                self._store.load(text, format=ox.RdfFormat.N_QUADS, lenient=True)
            else:
                self._store.bulk_load(text, format=ox.RdfFormat.N_QUADS, lenient=True)
        except (SyntaxError, OSError) as exc:
            # Oxigraph's line numbers count in the group's text, which nobody sees: say whose
            # articles were being loaded, and that none of them went in.
            ids = ", ".join(article_id for article_id, _, _ in group)
            raise StoreError(
                f"{self.path}: articles {ids} not stored (none of them is in the store): {exc}"
            ) from exc
        known = self._stored_shared
        if len(known) > KNOWN_SHARED_LINES:
            known.clear()
        for _, _, shared_lines in group:
            known.update(shared_lines)
        self._count_changes(len(group))

    def _count_changes(self, articles: int) -> None:
        self._unflushed += articles
        self._changed += articles
        if self._unflushed >= FLUSH_ARTICLES:
            self._store.flush()
            self._unflushed = 0

    def remove(self, article_id: str) -> bool:
        """Remove an article and the entity-graph triples no other article contributes.

        Returns False when the store has no such article.
        """
        self._require_writable()
        record = article_graph_iri(article_id)
        if self._value(record, KGS.articleId) is None:
            return False
        self._stored_shared.clear()
        self._store.update(self._unrecord(record) + self._drop_orphans(record))
        self._changed += 1
        return True

    def _unrecord(self, record: URIRef) -> str:
        """Update operations that take an article's graph and record out of the store."""
        return (
            f"DROP SILENT GRAPH <{record}> ;\n"
            f"DELETE WHERE {{ GRAPH <{METADATA_GRAPH}> {{ <{record}> ?p ?o }} }} ;\n"
        )

    def _drop_orphans(self, record: URIRef) -> str:
        """An update operation removing what the article contributed before and nobody now does.

        It runs after `_unrecord` (and any new insert) in the same update, so the article's
        earlier contributions are read here, before the update, and named in it.
        """
        earlier = [
            _triple_term(term)  # type: ignore[arg-type]
            for term in self._values(record, KGS.contributes)
        ]
        if not earlier:
            return ""
        return (
            f"DELETE {{ GRAPH <{ENTITY_GRAPH}> {{ ?s ?p ?o }} }} WHERE {{\n"
            f"  VALUES ?t {{ {' '.join(earlier)} }}\n"
            f"  FILTER NOT EXISTS {{ GRAPH <{METADATA_GRAPH}> {{ ?r <{KGS.contributes}> ?t }} }}\n"
            "  BIND(SUBJECT(?t) AS ?s) BIND(PREDICATE(?t) AS ?p) BIND(OBJECT(?t) AS ?o)\n}"
        )

    def _require_writable(self) -> None:
        if not self.writable:
            raise StoreError(f"{self.path}: opened read-only")

    # Querying and dumping.

    def _run(self, sparql: str) -> ox.QuerySolutions | ox.QueryBoolean | ox.QueryTriples:
        try:
            return self._store.query(
                sparql, prefixes=dict(PREFIX_MAP), use_default_graph_as_union=True
            )
        except SyntaxError as exc:
            raise QueryError(f"malformed SPARQL query: {exc}") from exc

    def query(self, sparql: str) -> QueryResult:
        """Run a SPARQL query over the union of the store's graphs, as `kg query` does on files."""
        result = self._run(sparql)
        if isinstance(result, ox.QueryBoolean):
            return QueryResult(answer=bool(result))
        if isinstance(result, ox.QueryTriples):
            graph = new_graph()
            for triple in result:
                graph.add(
                    (
                        to_rdflib(triple.subject),
                        to_rdflib(triple.predicate),
                        to_rdflib(triple.object),
                    )
                )
            return QueryResult(graph=graph)
        variables = tuple(variable.value for variable in result.variables)
        rows = tuple(
            tuple(None if solution[v] is None else to_rdflib(solution[v]) for v in variables)
            for solution in result
        )
        return QueryResult(variables=variables, rows=rows)

    def answer(self, sparql: str, fmt: ResultFormat) -> bytes:
        """The answer to a query written as `fmt` (json, csv or tsv) by Oxigraph itself.

        Solutions and booleans come as the SPARQL 1.1 result formats, graphs as JSON-LD for
        json and Turtle otherwise. Oxigraph evaluates the query while it writes, so no term
        becomes a Python object: this is the fast path of `kg query` and `kg serve`.
        """
        solutions = SOLUTION_FORMATS.get(fmt)
        if solutions is None:
            raise ValueError(f"format = {fmt.value!r}: expected one of json, csv, tsv")
        result = self._run(sparql)
        try:
            if isinstance(result, ox.QueryTriples):
                graph = _GRAPH_FORMATS.get(fmt, ox.RdfFormat.TURTLE)
                return ox.serialize(result, format=graph, prefixes=dict(PREFIX_MAP)) or b""
            return result.serialize(format=solutions) or b""
        except OSError as exc:
            raise QueryError(f"the query failed: {exc}") from exc

    def data_graphs(self) -> list[ox.NamedNode]:
        """The article graphs and the entity graph, the metadata graph left out."""
        meta = _iri(METADATA_GRAPH)
        return sorted(
            (g for g in self._store.named_graphs() if g != meta and isinstance(g, ox.NamedNode)),
            key=lambda g: g.value,
        )

    def quads(self, graph: ox.NamedNode | None = None) -> Iterator[ox.Quad]:
        """Every quad of the knowledge graph (metadata left out) or of one graph, streamed.

        Oxigraph keeps integers of derived types as xsd:integer; the literals the contract
        types otherwise (character offsets, xsd:nonNegativeInteger) get their type back here.
        """
        meta = _iri(METADATA_GRAPH)
        for quad in self._store.quads_for_pattern(None, None, None, graph):
            if quad.graph_name == meta:
                continue
            datatype = _RETYPED.get(quad.predicate)
            if datatype is not None and isinstance(quad.object, ox.Literal):
                retyped = ox.Literal(quad.object.value, datatype=datatype)
                yield ox.Quad(quad.subject, quad.predicate, retyped, quad.graph_name)
            else:
                yield quad

    def dataset(self) -> Dataset:
        """The knowledge graph as an rdflib dataset in memory (for formats rdflib writes)."""
        dataset = new_dataset()
        graphs: dict[Node, Graph] = {}
        for quad in self.quads():
            name = to_rdflib(quad.graph_name)
            graph = graphs.get(name) or graphs.setdefault(name, dataset.graph(name))  # type: ignore[arg-type]
            graph.add((to_rdflib(quad.subject), to_rdflib(quad.predicate), to_rdflib(quad.object)))
        return dataset

    def dump(self, path: str | os.PathLike[str], fmt: str | None = None) -> int:
        """Write the knowledge graph (metadata left out) to a file; returns how many statements.

        TriG and N-Quads are streamed from the store, so memory stays flat however large it
        is; the other formats (Turtle, N-Triples, JSON-LD, GraphML) are written by rdflib, as
        `kg build -o` writes them, from the whole graph in memory.
        """
        target = Path(path)
        fmt = format_for(target, fmt)
        check_target(target)
        streamed = _STREAMED.get(fmt)
        if streamed is None:
            return write_dataset(self.dataset(), target, fmt)
        counted = Counter[str]()

        def counting() -> Iterator[ox.Quad]:
            for quad in self.quads():
                counted["quads"] += 1
                yield quad

        with replacing(target) as out:
            ox.serialize(counting(), out, streamed, prefixes=dict(PREFIX_MAP))
        return counted["quads"]

    def stats(self) -> StoreStats:
        meta = f"<{METADATA_GRAPH}>"

        def count(query: str) -> Counter[str]:
            rows = self._store.query(query, prefixes=dict(PREFIX_MAP))
            return Counter({_curie(row["k"]): int(row["n"].value) for row in rows})  # type: ignore[union-attr]

        totals = count(
            f'SELECT ("triples" AS ?k) (COUNT(*) AS ?n) {{ GRAPH ?g {{ ?s ?p ?o }} '
            f"FILTER(?g != {meta}) }}"
        ) + count(
            f'SELECT ("graphs" AS ?k) (COUNT(DISTINCT ?g) AS ?n) {{ GRAPH ?g {{ ?s ?p ?o }} '
            f"FILTER(?g != {meta}) }}"
        )
        entities = count(
            f"SELECT ?k (COUNT(?e) AS ?n) {{ GRAPH <{ENTITY_GRAPH}> {{ ?e a ?k }} "
            "VALUES ?k { schema:Person schema:Organization schema:Place kg:Group } } GROUP BY ?k"
        )
        events = count(
            "SELECT ?k (COUNT(DISTINCT ?e) AS ?n) { GRAPH ?g { ?e a sem:Event, ?k } "
            "FILTER(?k != sem:Event) } GROUP BY ?k"
        )
        built = count(
            f"SELECT ?k (COUNT(?r) AS ?n) {{ GRAPH {meta} {{ ?r kgs:builtWith ?k }} }} GROUP BY ?k"
        )
        return StoreStats(
            articles=len(self.article_ids()),
            triples=totals["triples"],
            graphs=totals["graphs"],
            entities=dict(entities.most_common()),
            events=dict(events.most_common()),
            built_with=dict(sorted(built.items())),
        )


def _curie(term: object) -> str:
    value = str(getattr(term, "value", term))
    for prefix, namespace in PREFIX_MAP.items():
        if value.startswith(namespace) and len(value) > len(namespace):
            return f"{prefix}:{value[len(namespace) :]}"
    return value


def _has_files(folder: Path) -> bool:
    return any(entry.name != LOCK_FILE for entry in folder.iterdir())


def _record_lines(
    record: URIRef, article_id: str, content: str, versions: Sequence[str], shared: Sequence[str]
) -> list[str]:
    """An article's record in the metadata graph, as N-Quads lines: what built it, from which
    content, and the entity-graph triples it contributes (given as their N-Quads lines)."""
    rec, meta_graph = f"<{record}>", f"<{METADATA_GRAPH}>"
    meta = [
        f"{rec} {nt_term(p)} {nt_term(o)} {meta_graph} .\n"
        for p, o in (
            (RDF.type, KGS.ArticleRecord),
            (KGS.articleId, Literal(article_id)),
            (KGS.contentHash, Literal(content)),
            *((KGS.builtWith, Literal(version)) for version in versions),
        )
    ]
    meta.extend(
        f"{rec} <{KGS.contributes}> <<( {triple_of(line)} )>> {meta_graph} .\n" for line in shared
    )
    return meta


def _graph_pattern(line: str) -> str:
    """An N-Quads line as a quad of a SPARQL INSERT DATA."""
    triple = triple_of(line)
    graph = line.rstrip()[len(triple) : -1].strip()
    return f"GRAPH {graph} {{ {triple} }}"


def _triple_term(triple: ox.Triple) -> str:
    return f"<<( {triple.subject} {triple.predicate} {triple.object} )>>"


def lock_store(folder: Path, *, exclusive: bool) -> BinaryIO:
    """Take the store's lock without waiting: exclusive for writers, shared for readers.

    The lock is held while the returned file stays open.
    """
    handle = open(folder / LOCK_FILE, "ab")  # noqa: SIM115 -- held until the store is closed
    try:
        fcntl.flock(handle, (fcntl.LOCK_EX if exclusive else fcntl.LOCK_SH) | fcntl.LOCK_NB)
    except BlockingIOError:
        handle.close()
        use = "written to" if not exclusive else "used"
        raise StoreError(
            f"{folder}: the store is being {use} by another process (a kg build, kg remove or "
            "kg serve); try again when it has finished"
        ) from None
    return handle


def _open_error(folder: Path, exc: OSError) -> str:
    if "lock" in str(exc).lower():
        return (
            f"{folder}: the store is in use by another program (such as an Oxigraph server); "
            "try again when it has finished"
        )
    return f"{folder}: cannot open the store ({exc})"


def query_text(path: Path, sparql: str, fmt: ResultFormat) -> str:
    """What `kg query` prints for a query over a graph file or a store folder.

    On a store, json, csv and tsv are written by Oxigraph (`GraphStore.answer`); the table,
    which shortens IRIs with the prefixes, and every format on a file go through rdflib terms.
    """
    if path.is_dir() and fmt in SOLUTION_FORMATS:
        with GraphStore.open(path) as store:
            text = store.answer(sparql, fmt).decode("utf-8")
        return text if text.endswith("\n") else text + "\n"
    result, prefixes = query_path(path, sparql)
    return format_result(result, fmt, prefixes)


def query_path(path: Path, sparql: str) -> tuple[QueryResult, Graph]:
    """Run a query over a graph file or a store folder, alike.

    Returns the result and a graph whose prefixes print it (the file's dataset, or an empty
    graph with the contract's prefixes for a store).
    """
    if path.is_dir():
        with GraphStore.open(path) as store:
            return store.query(sparql), new_graph()
    dataset = load_dataset(path)
    return run_query(dataset, sparql), dataset
