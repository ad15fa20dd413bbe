"""One article's graph as N-Quads lines: what streamed outputs, stores and parts are made of.

The lines are canonical N-Quads, byte for byte what Oxigraph writes for the same quads, so a
line identifies its quad: equal quads give equal lines, whoever wrote them, and sorting and
de-duplicating lines sorts and de-duplicates quads.
"""

from __future__ import annotations

from collections.abc import Iterable

from rdflib.term import Node

from kg.graph import ENTITY_GRAPH, Quad, article_nquads
from kg.io.ntriples import nt_term
from kg.model import ArticleFacts

__all__ = ["ENTITY_GRAPH_TERM", "article_lines", "nt_term", "quad_lines", "triple_of"]

ENTITY_GRAPH_TERM = f"<{ENTITY_GRAPH}>"


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
    """The distinct N-Quads lines of one article: its own graph's and its entity-graph quads
    (the lines of `quad_lines(article_quads(facts))`, written without rdflib's terms)."""
    return article_nquads(facts)


def triple_of(line: str) -> str:
    """The subject, predicate and object of an N-Quads line, without its graph."""
    body = line.rstrip()[:-1].rstrip()  # drop " ." and the newline
    return body[: body.rindex(" ")]
