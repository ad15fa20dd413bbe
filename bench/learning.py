"""What the learning experiments of `bench/` share (`cv_events.py`, `train_participants.py`).

Both build the development gold articles with the project's own build and ask them the gold
questions with `kg.eval`'s scorer, deal whole gold sets to folds, read dependency paths between
two tokens and fit logistic regressions over string features (one model, two fits: each
experiment's figures were measured with its own, and the other would change them). Neither
experiment beat the rules on held-out sets, so none of this is wired into `kg`; it is kept so
that they can be run again.
"""

from __future__ import annotations

import math
import random
from collections import defaultdict
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import numpy as np
from rdflib import Graph
from rdflib.term import Node
from spacy.tokens import Doc, Token

from kg.eval.gold import GoldError, load_gold
from kg.eval.score import Scorer, score_graph
from kg.extract import Context
from kg.graph import add_articles, flatten, new_dataset
from kg.io.read import read_articles
from kg.model import Article, ArticleFacts
from kg.nlp import ancestor_indices, load_model, parse_tables
from kg.pipeline import extract_article

# A training row: the features of an example and whether it is positive.
Row = tuple[Sequence[str], bool]


@dataclass(frozen=True, slots=True)
class GoldArticle:
    """A gold article built with the default extractors, and its gold file's questions asked
    of its graph (`scorer`)."""

    set_name: str
    article: Article
    gold: dict[str, Any]
    doc: Doc
    ctx: Context
    facts: ArticleFacts
    graph: Graph
    scorer: Scorer

    def found_events(self, item: dict[str, Any]) -> list[Node]:
        """The event nodes that answer a gold event, as the scorer finds them, in a fixed
        order."""
        return sorted(self.scorer.found_events(item), key=str)


def gold_articles(
    gold_root: Path, sets: Sequence[str], article_files: Sequence[str]
) -> Iterator[GoldArticle]:
    """The articles of each gold set (a folder of `gold_root`), set by set and by article id
    within a set, each parsed on its own and built with the default extractors."""
    golds = {name: load_gold(gold_root / name) for name in sets}
    wanted = {article_id for gold in golds.values() for article_id in gold}
    articles = {a.id: a for a in read_articles(article_files) if a.id in wanted}
    missing = sorted(wanted - set(articles))
    if missing:
        raise GoldError(
            f"no article with id {', '.join(missing[:5])} in {', '.join(article_files)}"
        )
    nlp = load_model()
    for name in sets:
        for article_id, (_, gold) in sorted(golds[name].items()):
            article = articles[article_id]
            doc = nlp(article.text)
            facts = extract_article(doc, article)
            graph = flatten(add_articles(new_dataset(), [facts]))
            yield GoldArticle(
                name,
                article,
                gold,
                doc,
                Context.build(doc, article),
                facts,
                graph,
                score_graph(graph, article.text, gold),
            )


def folds(sets: Sequence[str], count: int) -> list[list[str]]:
    """Sets dealt to `count` folds in turn, KCNA and wire sets each on their own, so that
    every fold holds both kinds of news."""
    kcna = [s for s in sets if s.startswith("kcna")]
    wire = [s for s in sets if not s.startswith("kcna")]
    return [kcna[k::count] + wire[k::count] for k in range(count)]


def dependency_path(start: Token, end: Token) -> tuple[list[Token], list[Token]]:
    """The tokens from `start` up to the lowest head it shares with `end`, and those from
    `end` up to it, nearest first and without that head. The parser makes each sentence one
    tree: two tokens of a sentence always share a head."""
    tables = parse_tables(start.doc)
    ups = [start.i, *ancestor_indices(tables, start.i)]
    downs = [end.i, *ancestor_indices(tables, end.i)]
    place = {i: k for k, i in enumerate(downs)}
    tokens = tables.tokens
    for k, i in enumerate(ups):
        if i in place:
            return [tokens[j] for j in ups[:k]], [tokens[j] for j in downs[: place[i]]]
    raise ValueError(
        f"tokens {start.i} ({start.text!r}) and {end.i} ({end.text!r}): in two parse trees; "
        "expected two tokens of one sentence"
    )


@dataclass
class Logistic:
    """A logistic regression over string features: a weight a feature, and a bias."""

    weights: dict[str, float]
    bias: float = 0.0

    def probability(self, features: Iterable[str]) -> float:
        z = self.bias + sum(self.weights.get(name, 0.0) for name in features)
        # Clipped: a sum far from zero would overflow `exp`, and is certain either way.
        return 1.0 / (1.0 + math.exp(-max(min(z, 30.0), -30.0)))


def fit_sgd(rows: Sequence[Row], epochs: int = 20) -> Logistic:
    """Fitted by stochastic gradient descent with a light L2 penalty on the features a row
    holds, in a fixed shuffled order (same rows, same weights): `cv_events.py`'s fit."""
    model = Logistic(defaultdict(float))
    order = list(range(len(rows)))
    shuffle = random.Random(0)
    regularise = 1.0 / max(len(rows), 1)
    for _ in range(epochs):
        shuffle.shuffle(order)
        for k in order:
            features, label = rows[k]
            step = 0.1 * (model.probability(features) - float(label))
            for name in features:
                model.weights[name] -= step + 0.1 * regularise * model.weights[name]
            model.bias -= step
    return model


def fit_adagrad(rows: Sequence[Row], l2: float, epochs: int) -> Logistic:
    """Fitted with an L2 penalty of `l2` (not on the bias) by full-batch gradient descent
    with AdaGrad steps from zero, the weights rounded to six places and those that round to
    nothing dropped (same rows, byte-identical weights): `train_participants.py`'s fit."""
    vocab = sorted({f for features, _ in rows for f in features})
    index = {f: k for k, f in enumerate(vocab)}
    x = np.zeros((len(rows), len(vocab) + 1))
    for r, (features, _) in enumerate(rows):
        x[r, [index[f] for f in features]] = 1.0
        x[r, -1] = 1.0
    y = np.array([label for _, label in rows], dtype=float)
    w = np.zeros(len(vocab) + 1)
    g2 = np.full(len(vocab) + 1, 1e-8)
    penalty = np.full(len(vocab) + 1, l2)
    penalty[-1] = 0.0
    for _ in range(epochs):
        p = 1.0 / (1.0 + np.exp(-(x @ w)))
        grad = x.T @ (p - y) + penalty * w
        g2 += grad * grad
        w -= 0.5 * grad / np.sqrt(g2)
    weights = {f: round(float(w[k]), 6) for k, f in enumerate(vocab) if abs(w[k]) >= 1e-6}
    return Logistic(weights, round(float(w[-1]), 6))
