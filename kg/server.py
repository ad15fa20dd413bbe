"""A SPARQL 1.1 Protocol endpoint over a store: the library behind `kg serve`.

`/sparql` answers SELECT, ASK, CONSTRUCT and DESCRIBE over GET and POST (form-encoded or
`application/sparql-query`), in SPARQL JSON, XML, CSV or TSV, or Turtle, N-Triples, JSON-LD or
RDF/XML for graphs, as the Accept header (or a `format` parameter) asks. `/` is a page with a
query box. Responses allow any origin (CORS), so browser front ends can call it.

Queries run in worker processes, each with the store open: a query that passes the timeout
is stopped by ending its process (Oxigraph cannot interrupt a query otherwise), and the
client gets 503. Results larger than the limit are refused with 413 rather than cut short.
Updates are refused unless the server was started with `allow_update`; they then run in the
one worker that opens the store for writing, in turn with the queries. With `memory`, each
worker copies the store into memory at start and answers from the copy.
"""

from __future__ import annotations

import io
import multiprocessing
import queue
import signal
import threading
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass
from http import HTTPStatus
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from multiprocessing.connection import Connection
from multiprocessing.process import BaseProcess
from pathlib import Path
from types import FrameType, MappingProxyType
from typing import TypeVar
from urllib.parse import parse_qs, urlsplit

import pyoxigraph as ox

from kg.store import PREFIX_MAP, GraphStore, StoreError, lock_store

__all__ = ["ServeOptions", "SparqlServer", "open_worker_store", "serve"]

JSON = "application/sparql-results+json"
XML = "application/sparql-results+xml"
CSV = "text/csv"
TSV = "text/tab-separated-values"
TURTLE = "text/turtle"
NTRIPLES = "application/n-triples"
JSONLD = "application/ld+json"
RDFXML = "application/rdf+xml"

# What each kind of result can be written as, the default first.
_SOLUTION_TYPES = (JSON, XML, CSV, TSV, "application/json")
_GRAPH_TYPES = (TURTLE, NTRIPLES, JSONLD, RDFXML)
_GRAPH_FORMATS: Mapping[str, ox.RdfFormat] = MappingProxyType(
    {
        TURTLE: ox.RdfFormat.TURTLE,
        NTRIPLES: ox.RdfFormat.N_TRIPLES,
        JSONLD: ox.RdfFormat.JSON_LD,
        RDFXML: ox.RdfFormat.RDF_XML,
    }
)
# Short names for the `format` parameter, which browsers can set where headers are hard to.
_FORMAT_NAMES: Mapping[str, str] = MappingProxyType(
    {
        "json": JSON,
        "xml": XML,
        "csv": CSV,
        "tsv": TSV,
        "turtle": TURTLE,
        "ttl": TURTLE,
        "nt": NTRIPLES,
        "ntriples": NTRIPLES,
        "jsonld": JSONLD,
        "rdfxml": RDFXML,
    }
)
_MAX_BODY = 1 << 20
_T = TypeVar("_T")


@dataclass(frozen=True, slots=True)
class ServeOptions:
    """Where to listen and how much one query may take."""

    host: str = "127.0.0.1"
    port: int = 7878
    timeout: float = 30.0
    limit: int = 10_000
    workers: int = 2
    allow_update: bool = False
    memory: bool = False

    def __post_init__(self) -> None:
        if not 0 <= self.port <= 65535:
            raise ValueError(f"port = {self.port}: expected 0 (any free port) to 65535")
        if self.timeout <= 0:
            raise ValueError(f"timeout = {self.timeout}: expected a number of seconds > 0")
        if self.limit < 1:
            raise ValueError(f"limit = {self.limit}: expected a whole number >= 1")
        if self.workers < 1:
            raise ValueError(f"workers = {self.workers}: expected a whole number >= 1")
        if self.memory and self.allow_update:
            raise ValueError(
                "memory = True with allow_update = True: updates would change the copy in "
                "memory only; serve from the store itself to accept them"
            )


@dataclass(frozen=True, slots=True)
class _Request:
    """One protocol operation, as sent to a worker process."""

    text: str
    update: bool = False
    accept: str = "*/*"
    default_graphs: tuple[str, ...] = ()
    named_graphs: tuple[str, ...] = ()


@dataclass(frozen=True, slots=True)
class _Response:
    status: int
    content_type: str
    body: bytes


def _plain(status: HTTPStatus, message: str) -> _Response:
    return _Response(status, "text/plain; charset=utf-8", (message + "\n").encode("utf-8"))


# Content negotiation.


def _ranges(accept: str) -> list[tuple[str, float]]:
    ranges = []
    for part in accept.split(","):
        media, *params = (piece.strip() for piece in part.split(";"))
        if not media:
            continue
        q = 1.0
        for param in params:
            name, _, value = param.partition("=")
            if name.strip() == "q":
                try:
                    q = float(value)
                except ValueError:
                    q = 0.0
        ranges.append((media.lower(), q))
    return ranges


def negotiate(accept: str, offered: Sequence[str]) -> str | None:
    """The offered media type the Accept header prefers (the first offered on a tie)."""
    ranges = _ranges(accept or "*/*") or [("*/*", 1.0)]
    best, best_q = None, 0.0
    for media in offered:
        main = media.split("/")[0]
        matches = [
            (3 if r == media else 2 if r == f"{main}/*" else 1, q)
            for r, q in ranges
            if r in (media, f"{main}/*", "*/*")
        ]
        if matches:
            q = max(matches)[1]
            if q > best_q:
                best, best_q = media, q
    return best


# Writing results: Oxigraph writes them, so that no term becomes a Python object.

_SOLUTION_FORMATS: Mapping[str, ox.QueryResultsFormat] = MappingProxyType(
    {
        JSON: ox.QueryResultsFormat.JSON,
        XML: ox.QueryResultsFormat.XML,
        CSV: ox.QueryResultsFormat.CSV,
        TSV: ox.QueryResultsFormat.TSV,
    }
)


class _TooLarge(OSError):
    """A result passed the row limit while it was being written."""


class _LimitedRows(io.BytesIO):
    """Collects SPARQL TSV, one line per row after the header, and stops past `limit` rows.

    A result's size is only known while it is written; stopping there keeps the memory of a
    worker bounded by the limit, however large the result would have been.
    """

    def __init__(self, limit: int) -> None:
        super().__init__()
        self.limit = limit
        self.lines = 0

    def write(self, data: bytes) -> int:  # type: ignore[override]
        self.lines += bytes(data).count(b"\n")
        if self.lines - 1 > self.limit:
            raise _TooLarge
        return super().write(data)


def write_solutions(solutions: ox.QuerySolutions, media: str, limit: int) -> bytes | None:
    """SELECT results as `media`, or None when they have more than `limit` rows.

    They are written as TSV first (N-Triples terms, lossless, one row a line, so rows count
    exactly while they stream), then, unless TSV was asked for, rewritten by Oxigraph.
    """
    collected = _LimitedRows(limit)
    try:
        solutions.serialize(collected, format=ox.QueryResultsFormat.TSV)
    except OSError:
        if collected.lines - 1 > limit:
            return None
        raise
    tsv = collected.getvalue()
    if media == TSV:
        return tsv
    parsed = ox.parse_query_results(tsv, format=ox.QueryResultsFormat.TSV)
    return parsed.serialize(format=_SOLUTION_FORMATS[media]) or b""


# The worker processes.


def _answer(store: ox.Store, request: _Request, limit: int) -> _Response:
    try:
        if request.update:
            store.update(request.text, prefixes=dict(PREFIX_MAP))
            return _Response(HTTPStatus.NO_CONTENT, "text/plain", b"")
        dataset: dict[str, object] = {"use_default_graph_as_union": True}
        if request.default_graphs:
            dataset = {"default_graph": [ox.NamedNode(g) for g in request.default_graphs]}
        if request.named_graphs:
            dataset["named_graphs"] = [ox.NamedNode(g) for g in request.named_graphs]
        result = store.query(request.text, prefixes=dict(PREFIX_MAP), **dataset)  # type: ignore[arg-type]
    except SyntaxError as exc:
        return _plain(HTTPStatus.BAD_REQUEST, f"malformed SPARQL: {exc}")
    except (OSError, ValueError) as exc:
        return _plain(HTTPStatus.BAD_REQUEST, f"cannot run: {exc}")
    if isinstance(result, ox.QueryTriples):
        media = negotiate(request.accept, _GRAPH_TYPES)
        if media is None:
            return _not_acceptable(_GRAPH_TYPES)
        triples = _bounded(result, limit)
        if triples is None:
            return _too_large(limit, "triples")
        body = ox.serialize(triples, format=_GRAPH_FORMATS[media], prefixes=dict(PREFIX_MAP))
        return _Response(HTTPStatus.OK, f"{media}; charset=utf-8", body or b"")
    media = negotiate(request.accept, _SOLUTION_TYPES)
    if media is None:
        return _not_acceptable(_SOLUTION_TYPES)
    media = JSON if media == "application/json" else media
    if isinstance(result, ox.QueryBoolean):
        body = result.serialize(format=_SOLUTION_FORMATS[media]) or b""
        return _Response(HTTPStatus.OK, f"{media}; charset=utf-8", body)
    try:
        written = write_solutions(result, media, limit)
    except OSError as exc:
        return _plain(HTTPStatus.BAD_REQUEST, f"cannot run: {exc}")
    if written is None:
        return _too_large(limit, "rows")
    return _Response(HTTPStatus.OK, f"{media}; charset=utf-8", written)


def _bounded(items: Iterable[_T], limit: int) -> list[_T] | None:
    out: list[_T] = []
    for item in items:
        if len(out) == limit:
            return None
        out.append(item)
    return out


def _too_large(limit: int, what: str) -> _Response:
    return _plain(
        HTTPStatus.REQUEST_ENTITY_TOO_LARGE,
        f"the result has more than {limit} {what}, this server's limit: add a LIMIT to the query",
    )


def _not_acceptable(offered: Sequence[str]) -> _Response:
    return _plain(HTTPStatus.NOT_ACCEPTABLE, "acceptable types: " + ", ".join(offered))


def open_worker_store(path: str, writable: bool, memory: bool) -> ox.Store:
    """The store a worker queries: the folder itself, or a copy of all its graphs in memory.

    On disk, every step of a join is a lookup in RocksDB's indexes; in memory, Oxigraph's
    lookups are several times cheaper, for a copy that takes the store's size in memory per
    worker and time to load at start.
    """
    if writable:
        return ox.Store(path)
    store = ox.Store.read_only(path)
    if not memory:
        return store
    copy = ox.Store()
    copy.bulk_extend(store.quads_for_pattern(None, None, None, None))
    return copy


def _work(path: str, writable: bool, memory: bool, limit: int, conn: Connection) -> None:
    """A worker process: open the store, then answer requests until the pipe closes."""
    signal.signal(signal.SIGINT, signal.SIG_IGN)  # the server shuts its workers down itself
    try:
        store = open_worker_store(path, writable, memory)
    except OSError as exc:
        conn.send(str(exc))
        return
    conn.send(None)
    while True:
        try:
            request = conn.recv()
        except (EOFError, OSError):
            return
        conn.send(_answer(store, request, limit))


class _Worker:
    def __init__(self, path: Path, options: ServeOptions) -> None:
        context = multiprocessing.get_context("spawn")
        self.conn, child = context.Pipe()
        arguments = (str(path), options.allow_update, options.memory, options.limit, child)
        self.process: BaseProcess = context.Process(target=_work, args=arguments, daemon=True)
        self.process.start()
        child.close()
        error = self.conn.recv()
        if error is not None:
            self.stop()
            raise StoreError(f"{path}: cannot open the store ({error})")

    def call(self, request: _Request, timeout: float) -> _Response | None:
        """The worker's answer, or None when it did not come in time."""
        self.conn.send(request)
        if not self.conn.poll(timeout):
            return None
        response: _Response = self.conn.recv()
        return response

    def stop(self) -> None:
        self.conn.close()
        self.process.kill()
        self.process.join()


class _Pool:
    """Worker processes taken in turn; one that runs out of time is ended and replaced."""

    def __init__(self, path: Path, options: ServeOptions) -> None:
        self.path = path
        self.options = options
        self.size = 1 if options.allow_update else options.workers
        self.idle: queue.Queue[_Worker] = queue.Queue()
        for _ in range(self.size):
            self.idle.put(self._start())

    def _start(self) -> _Worker:
        return _Worker(self.path, self.options)

    def run(self, request: _Request) -> _Response:
        worker = self.idle.get()
        try:
            response = worker.call(request, self.options.timeout)
        except (EOFError, OSError):
            response = _plain(HTTPStatus.INTERNAL_SERVER_ERROR, "the query worker failed")
            worker.stop()
            worker = self._start()
        if response is None:
            worker.stop()
            worker = self._start()
            response = _plain(
                HTTPStatus.SERVICE_UNAVAILABLE,
                f"the query ran longer than {self.options.timeout:g} s and was stopped",
            )
        self.idle.put(worker)
        return response

    def close(self) -> None:
        for _ in range(self.size):
            self.idle.get().stop()


# HTTP.

PAGE = """<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>kg-events SPARQL</title>
<style>
body { font: 15px system-ui, sans-serif; margin: 2em; }
textarea { width: 100%; height: 12em; font: 14px monospace; }
table { border-collapse: collapse; margin-top: 1em; }
td, th { border: 1px solid #ccc; padding: 3px 8px; text-align: left; vertical-align: top; }
#status { color: #555; margin-top: .5em; }
</style></head><body>
<h1>kg-events SPARQL endpoint</h1>
<p>Prefixes kg, kgr, sem, prov, schema, nif, geo, skos, rdf, rdfs, xsd, owl, dcterms and kgs
are predeclared. Endpoint: <code>/sparql</code>.</p>
<textarea id="q">SELECT ?issuer ?instruction WHERE {
  ?order a kg:Order ; kg:agent/rdfs:label ?issuer .
  OPTIONAL { ?order kg:instruction ?instruction }
} LIMIT 50</textarea>
<p><button id="run">Run</button></p>
<div id="status"></div><div id="out"></div>
<script>
const cell = (t) => t === undefined ? "" : t.value;
document.getElementById("run").onclick = async () => {
  const status = document.getElementById("status"), out = document.getElementById("out");
  status.textContent = "running…"; out.textContent = "";
  const started = performance.now();
  const response = await fetch("sparql", {method: "POST",
    headers: {"Content-Type": "application/sparql-query",
              "Accept": "application/sparql-results+json, text/turtle;q=0.9"},
    body: document.getElementById("q").value});
  const text = await response.text();
  const ms = Math.round(performance.now() - started);
  if (!response.ok) { status.textContent = response.status + ": " + text; return; }
  if (!(response.headers.get("Content-Type") || "").includes("json")) {
    const pre = document.createElement("pre"); pre.textContent = text; out.append(pre);
    status.textContent = ms + " ms"; return;
  }
  const data = JSON.parse(text);
  if ("boolean" in data) { status.textContent = data.boolean + " (" + ms + " ms)"; return; }
  const vars = data.head.vars, table = document.createElement("table");
  const head = table.insertRow();
  for (const v of vars) {
    const th = document.createElement("th"); th.textContent = v; head.append(th);
  }
  for (const b of data.results.bindings) {
    const row = table.insertRow();
    for (const v of vars) row.insertCell().textContent = cell(b[v]);
  }
  out.append(table);
  status.textContent = data.results.bindings.length + " rows (" + ms + " ms)";
};
</script></body></html>
"""


class _Handler(BaseHTTPRequestHandler):
    server: SparqlServer
    protocol_version = "HTTP/1.1"

    def log_message(self, format: str, *args: object) -> None:
        if self.server.log is not None:
            self.server.log(f"{self.address_string()} {format % args}")

    def _send(self, response: _Response) -> None:
        self.send_response(response.status)
        self.send_header("Content-Type", response.content_type)
        self.send_header("Content-Length", str(len(response.body)))
        self.send_header("Access-Control-Allow-Origin", "*")
        self.send_header("Vary", "Accept")
        self.end_headers()
        if self.command != "HEAD":
            self.wfile.write(response.body)

    def do_OPTIONS(self) -> None:
        self.send_response(HTTPStatus.NO_CONTENT)
        self.send_header("Access-Control-Allow-Origin", "*")
        self.send_header("Access-Control-Allow-Methods", "GET, POST, OPTIONS")
        self.send_header("Access-Control-Allow-Headers", "Content-Type, Accept")
        self.send_header("Access-Control-Max-Age", "86400")
        self.send_header("Content-Length", "0")
        self.end_headers()

    def do_GET(self) -> None:
        url = urlsplit(self.path)
        if url.path == "/":
            self._send(_Response(HTTPStatus.OK, "text/html; charset=utf-8", PAGE.encode()))
        elif url.path == "/sparql":
            params = parse_qs(url.query)
            if "update" in params:
                self._send(_plain(HTTPStatus.METHOD_NOT_ALLOWED, "send updates with POST"))
            else:
                self._send(self._operation(params, None))
        else:
            self._send(_plain(HTTPStatus.NOT_FOUND, "not found: the endpoint is /sparql"))

    def do_HEAD(self) -> None:
        self.do_GET()

    def do_POST(self) -> None:
        url = urlsplit(self.path)
        if url.path != "/sparql":
            self._send(_plain(HTTPStatus.NOT_FOUND, "not found: the endpoint is /sparql"))
            return
        length = int(self.headers.get("Content-Length") or 0)
        if length > _MAX_BODY:
            self._send(_plain(HTTPStatus.REQUEST_ENTITY_TOO_LARGE, "request body over 1 MiB"))
            self.close_connection = True
            return
        body = self.rfile.read(length).decode("utf-8", "replace")
        params = parse_qs(url.query)
        kind = (self.headers.get("Content-Type") or "").split(";")[0].strip().lower()
        if kind == "application/x-www-form-urlencoded":
            params.update(parse_qs(body))
            self._send(self._operation(params, None))
        elif kind == "application/sparql-query":
            self._send(self._operation(params, (body, False)))
        elif kind == "application/sparql-update":
            self._send(self._operation(params, (body, True)))
        else:
            self._send(
                _plain(
                    HTTPStatus.UNSUPPORTED_MEDIA_TYPE,
                    "POST application/sparql-query, application/sparql-update or a form",
                )
            )

    def _operation(
        self, params: Mapping[str, list[str]], direct: tuple[str, bool] | None
    ) -> _Response:
        if direct is None:
            queries, updates = params.get("query", []), params.get("update", [])
            if len(queries) + len(updates) != 1:
                return _plain(HTTPStatus.BAD_REQUEST, "give exactly one query or update")
            direct = (queries[0], False) if queries else (updates[0], True)
        text, update = direct
        if update and not self.server.options.allow_update:
            return _plain(
                HTTPStatus.FORBIDDEN,
                "updates are refused: this server was started without --allow-update",
            )
        accept = self.headers.get("Accept") or "*/*"
        names = params.get("format", [])
        if names:
            media = _FORMAT_NAMES.get(names[0].lower())
            if media is None:
                return _plain(HTTPStatus.BAD_REQUEST, f"unknown format {names[0]!r}")
            accept = media
        request = _Request(
            text,
            update,
            accept,
            tuple(params.get("default-graph-uri", []) + params.get("using-graph-uri", [])),
            tuple(params.get("named-graph-uri", []) + params.get("using-named-graph-uri", [])),
        )
        return self.server.pool.run(request)


class SparqlServer(ThreadingHTTPServer):
    """The HTTP server; `serve_forever()` answers until `shutdown()`, `close()` frees all."""

    daemon_threads = True

    def __init__(
        self, path: Path, options: ServeOptions, log: Callable[[str], None] | None = None
    ) -> None:
        with GraphStore.open(path):  # checks the folder, the lock and the schema version
            pass
        self.lock = lock_store(path, exclusive=options.allow_update)
        self.options = options
        self.log = log
        try:
            self.pool = _Pool(path, options)
        except BaseException:
            self.lock.close()
            raise
        try:
            super().__init__((options.host, options.port), _Handler)
        except OSError:
            self.pool.close()
            self.lock.close()
            raise

    @property
    def url(self) -> str:
        host, port = self.server_address[:2]
        return f"http://{host!s}:{port}/sparql"

    def close(self) -> None:
        self.server_close()
        self.pool.close()
        self.lock.close()


def serve(
    path: Path,
    options: ServeOptions,
    on_ready: Callable[[str], None],
    log: Callable[[str], None] | None = None,
) -> None:
    """Serve the store until interrupted (Ctrl-C or SIGTERM); `on_ready` gets the URL."""
    server = SparqlServer(path, options, log)

    def stop(signum: int, frame: FrameType | None) -> None:
        threading.Thread(target=server.shutdown, daemon=True).start()

    previous = signal.signal(signal.SIGTERM, stop)
    try:
        on_ready(server.url)
        server.serve_forever()
    except KeyboardInterrupt:
        pass
    finally:
        signal.signal(signal.SIGTERM, previous)
        server.close()
