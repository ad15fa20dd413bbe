"""One article's graph as N-Quads lines: what streamed outputs, stores and parts are made of.

The lines are canonical N-Quads, byte for byte what Oxigraph writes for the same quads, so a
line identifies its quad: equal quads give equal lines, whoever wrote them, and sorting and
de-duplicating lines sorts and de-duplicates quads.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from types import MappingProxyType

from rdflib import BNode, Literal, URIRef
from rdflib.term import Node

from kg.graph import ENTITY_GRAPH, Quad, article_quads
from kg.model import ArticleFacts
from kg.namespace import XSD

__all__ = ["ENTITY_GRAPH_TERM", "article_lines", "nt_term", "quad_lines", "triple_of"]

ENTITY_GRAPH_TERM = f"<{ENTITY_GRAPH}>"

# The escapes of canonical N-Triples (as Oxigraph writes them): the named ECHARs, \uXXXX for
# the other control characters, everything else as it is.
_ESCAPES = MappingProxyType(
    {
        **{code: f"\\u{code:04X}" for code in (*range(0x20), 0x7F)},
        0x08: "\\b",
        0x09: "\\t",
        0x0A: "\\n",
        0x0C: "\\f",
        0x0D: "\\r",
        0x22: '\\"',
        0x5C: "\\\\",
    }
)
_ESCAPED = re.compile(r'[\x00-\x1f\x7f"\\]')
_XSD_STRING = str(XSD.string)


def nt_term(node: Node) -> str:
    """An IRI, blank node or literal in N-Triples syntax."""
    if isinstance(node, URIRef):
        return f"<{node}>"
    if isinstance(node, Literal):
        value = str(node)
        # Most values have nothing to escape: a scan for it is faster than a translation.
        quoted = '"' + (value.translate(_ESCAPES) if _ESCAPED.search(value) else value) + '"'
        if node.language:
            return f"{quoted}@{node.language}"
        datatype = node.datatype
        if datatype is None or str(datatype) == _XSD_STRING:
            return quoted
        return f"{quoted}^^<{datatype}>"
    if isinstance(node, BNode):
        return f"_:{node}"
    raise TypeError(f"cannot write {node!r}: not an IRI, blank node or literal")


def quad_lines(quads: Iterable[Quad]) -> list[str]:
    """N-Quads lines (newline included) of the quads, each distinct line once, in order."""
    memo: dict[Node, str] = {}
    known = memo.get

    def term(node: Node) -> str:
        text = memo[node] = nt_term(node)
        return text

    # Most terms recur (the graph, the predicates, the article's nodes): a lookup answers
    # them without a call of Python's. No term is written as an empty string.
    lines = (
        f"{known(s) or term(s)} {known(p) or term(p)} {known(o) or term(o)} "
        f"{known(g) or term(g)} .\n"
        for s, p, o, g in quads
    )
    return list(dict.fromkeys(lines))


def article_lines(facts: ArticleFacts) -> list[str]:
    """The distinct N-Quads lines of one article: its own graph's and its entity-graph quads."""
    return quad_lines(article_quads(facts))


def triple_of(line: str) -> str:
    """The subject, predicate and object of an N-Quads line, without its graph."""
    body = line.rstrip()[:-1].rstrip()  # drop " ." and the newline
    return body[: body.rindex(" ")]
