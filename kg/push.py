"""Copy a store's graphs to a remote triple store with the SPARQL 1.1 Graph Store Protocol.

Each graph (one per article, and the entity graph) goes in a request of its own,
`PUT <endpoint>?graph=<IRI>`, which replaces that graph on the server: pushing again replaces
what an earlier push sent instead of adding to it. Fuseki (`/<dataset>/data`), GraphDB
(`/repositories/<id>/rdf-graphs/service`) and Oxigraph's server (`/store`) all take it.
The store's metadata graph stays local.
"""

from __future__ import annotations

import urllib.error
import urllib.request
from collections.abc import Callable
from dataclasses import dataclass
from urllib.parse import urlencode, urlsplit

import pyoxigraph as ox

from kg.store import GraphStore

__all__ = ["PushError", "PushReport", "push_store"]


class PushError(RuntimeError):
    """The server could not be reached or refused a graph; the message names which."""


@dataclass(frozen=True, slots=True)
class PushReport:
    graphs: int
    triples: int


def graph_url(endpoint: str, graph: str) -> str:
    """The Graph Store Protocol address of one graph of `endpoint`."""
    separator = "&" if urlsplit(endpoint).query else "?"
    return endpoint + separator + urlencode({"graph": graph})


def push_store(
    store: GraphStore,
    endpoint: str,
    *,
    timeout: float = 60.0,
    on_graph: Callable[[str, int], None] | None = None,
) -> PushReport:
    """PUT every graph of `store` to the Graph Store Protocol `endpoint`, one after another."""
    if urlsplit(endpoint).scheme not in {"http", "https"}:
        raise PushError(f"{endpoint!r}: expected an http:// or https:// address")
    graphs = total = 0
    for graph in store.data_graphs():
        triples = [quad.triple for quad in store.quads(graph)]
        body = ox.serialize(triples, format=ox.RdfFormat.N_TRIPLES) or b""
        request = urllib.request.Request(
            graph_url(endpoint, graph.value),
            data=body,
            method="PUT",
            headers={"Content-Type": "application/n-triples"},
        )
        try:
            with urllib.request.urlopen(request, timeout=timeout) as response:
                response.read()
        except urllib.error.HTTPError as exc:
            detail = exc.read(300).decode("utf-8", "replace").strip()
            raise PushError(
                f"{endpoint}: graph <{graph.value}> refused with HTTP {exc.code} {exc.reason}"
                + (f": {detail}" if detail else "")
            ) from exc
        except (urllib.error.URLError, OSError) as exc:
            reason = getattr(exc, "reason", exc)
            raise PushError(f"{endpoint}: cannot reach the server ({reason})") from exc
        graphs += 1
        total += len(triples)
        if on_graph is not None:
            on_graph(graph.value, len(triples))
    return PushReport(graphs, total)
