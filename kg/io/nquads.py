"""One article's graph as N-Quads lines: what streamed outputs, stores and parts are made of.

The lines are canonical N-Quads, byte for byte what Oxigraph writes for the same quads, so a
line identifies its quad: equal quads give equal lines, whoever wrote them, and sorting and
de-duplicating lines sorts and de-duplicates quads.
"""

from __future__ import annotations

from kg.graph import ENTITY_GRAPH_TERM, article_nquads
from kg.io.ntriples import nt_term
from kg.model import ArticleFacts

__all__ = ["ENTITY_GRAPH_TERM", "article_lines", "nt_term", "triple_of"]


def article_lines(facts: ArticleFacts) -> list[str]:
    """The distinct N-Quads lines of one article: its own graph's and its entity-graph quads
    (the lines of `quad_lines(article_quads(facts))`, written without rdflib's terms)."""
    return article_nquads(facts)


def triple_of(line: str) -> str:
    """The subject, predicate and object of an N-Quads line, without its graph."""
    body = line.rstrip()[:-1].rstrip()  # drop " ." and the newline
    return body[: body.rindex(" ")]
