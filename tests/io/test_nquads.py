"""N-Quads lines: canonical terms (as Oxigraph writes them) and one article's statements."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable

import pyoxigraph as ox
import pytest
from rdflib import BNode, Dataset, Literal, URIRef

from kg.graph import Quad, article_quads
from kg.io.nquads import article_lines, nt_term, triple_of
from kg.model import Article
from kg.namespace import XSD
from kg.pipeline import analyse


@pytest.mark.parametrize(
    "text",
    [
        "plain",
        "a tab\there",
        "two\nlines\r",
        'a quote " and a \\ backslash',
        "control \x01 and \x7f",
        "\b and \f",
        "accents é, symbols ✓, 北韓",
    ],
)
def test_literals_are_written_as_oxigraph_writes_them(text: str) -> None:
    assert nt_term(Literal(text)) == str(ox.Literal(text))


def test_typed_and_tagged_literals_iris_and_blank_nodes() -> None:
    assert nt_term(Literal(3, datatype=XSD.nonNegativeInteger)) == str(
        ox.Literal("3", datatype=ox.NamedNode(str(XSD.nonNegativeInteger)))
    )
    assert nt_term(Literal("x", datatype=XSD.string)) == '"x"'
    assert nt_term(Literal("Pyongyang", lang="en")) == '"Pyongyang"@en'
    assert nt_term(URIRef("https://example.org/a")) == "<https://example.org/a>"
    assert nt_term(BNode("b1")) == "_:b1"


def quad_lines(quads: Iterable[Quad]) -> list[str]:
    """The reference `article_lines` must equal: each quad's terms written by `nt_term`,
    each distinct line once, in order."""
    lines = (f"{nt_term(s)} {nt_term(p)} {nt_term(o)} {nt_term(g)} .\n" for s, p, o, g in quads)
    return list(dict.fromkeys(lines))


def test_a_line_gives_its_triple() -> None:
    line = '<urn:s> <urn:p> "b" <urn:g> .\n'
    assert triple_of(line) == '<urn:s> <urn:p> "b"'


def test_article_lines_hold_the_article_quads() -> None:
    article = Article(
        "a1", "Kim Jong Un ordered officials in Hyesan to repair the dams, KCNA said."
    )
    (facts,) = analyse([article])
    parsed = Dataset()
    parsed.parse(data="".join(article_lines(facts)), format="nquads")
    expected = {(s, p, o, g) for s, p, o, g in article_quads(facts)}
    assert set(parsed.quads()) == expected


def test_article_lines_are_the_lines_of_the_article_quads() -> None:
    article = Article(
        "a2",
        "Pyongyang, June 3 (KCNA) -- Kim Jong Un inspected a farm in Hyesan on Monday and said "
        '"the \\"harvest\\" must\tgrow." His sister Kim Yo Jong, a vice director, visited China.',
        published=dt.date(2024, 6, 3),
        headline='Kim "inspects" a farm',
        url="https://example.org/a2",
        publisher="KCNA",
    )
    (facts,) = analyse([article])
    assert article_lines(facts) == quad_lines(article_quads(facts))
