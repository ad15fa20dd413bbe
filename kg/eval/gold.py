"""Evaluating builds against gold files: the library behind `kg eval`."""

from __future__ import annotations

import json
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from kg.eval.score import score_graph
from kg.graph import add_articles, flatten, new_dataset
from kg.io.read import read_articles
from kg.model import Article
from kg.pipeline import BuildOptions, analyse

CONFIDENCE_BUCKETS = ((0.0, 0.6), (0.6, 0.7), (0.7, 0.8), (0.8, 0.9), (0.9, 1.01))


class GoldError(ValueError):
    """A gold file that cannot be read, or whose article is not among the inputs."""


@dataclass(frozen=True, slots=True)
class ArticleScore:
    article_id: str
    tally: dict[str, list[int]]
    lines: tuple[str, ...]
    calibration: tuple[tuple[float, bool], ...] = ()

    @property
    def passed(self) -> int:
        return sum(p for p, _ in self.tally.values())

    @property
    def total(self) -> int:
        return sum(t for _, t in self.tally.values())


@dataclass(frozen=True, slots=True)
class EvalReport:
    scores: tuple[ArticleScore, ...] = field(default_factory=tuple)

    def by_category(self) -> dict[str, list[int]]:
        totals: dict[str, list[int]] = {}
        for score in self.scores:
            for category, (passed, total) in score.tally.items():
                current = totals.setdefault(category, [0, 0])
                current[0] += passed
                current[1] += total
        return dict(sorted(totals.items()))

    def calibration(self) -> list[tuple[str, int, float]]:
        """Orders by confidence bucket: (bucket, how many, share that are right)."""
        pairs = [pair for score in self.scores for pair in score.calibration]
        table = []
        for low, high in CONFIDENCE_BUCKETS:
            inside = [ok for confidence, ok in pairs if low <= confidence < high]
            if inside:
                table.append(
                    (f"[{low:.2f}, {min(high, 1.0):.2f}]", len(inside), sum(inside) / len(inside))
                )
        return table

    @property
    def overall(self) -> float:
        passed = sum(s.passed for s in self.scores)
        total = sum(s.total for s in self.scores)
        return passed / total if total else 0.0

    def as_json(self) -> dict[str, Any]:
        return {
            "overall": round(self.overall, 4),
            "by_category": self.by_category(),
            "calibration": [
                {"confidence": bucket, "orders": n, "precision": round(p, 4)}
                for bucket, n, p in self.calibration()
            ],
            "articles": {s.article_id: {"passed": s.passed, "total": s.total} for s in self.scores},
        }


def article_id_of(gold: dict[str, Any], path: Path) -> str:
    """The id a gold file refers to: its `article` without a file extension."""
    name = gold.get("article")
    if not isinstance(name, str) or not name:
        raise GoldError(f"{path}: field 'article' = {name!r}: expected an article id or file name")
    return name.rsplit(".", 1)[0] if name.endswith((".txt", ".md")) else name


def load_gold(folder: Path) -> dict[str, tuple[Path, dict[str, Any]]]:
    """Gold files (`*.gold.json`, recursively) by the id of the article they describe."""
    if not folder.is_dir():
        raise GoldError(f"{folder}: not a folder of *.gold.json files")
    golds: dict[str, tuple[Path, dict[str, Any]]] = {}
    for path in sorted(folder.rglob("*.gold.json")):
        try:
            gold = json.loads(path.read_text(encoding="utf-8"))
        except (OSError, UnicodeDecodeError, json.JSONDecodeError) as exc:
            raise GoldError(f"{path}: not a readable gold file ({exc})") from exc
        golds[article_id_of(gold, path)] = (path, gold)
    if not golds:
        raise GoldError(f"{folder}: no *.gold.json files")
    return golds


def evaluate(
    gold_dir: Path, article_paths: Sequence[str], options: BuildOptions | None = None
) -> EvalReport:
    """Build each gold article's graph on its own and ask it the gold file's questions."""
    options = options or BuildOptions()
    golds = load_gold(gold_dir)
    articles: Iterable[Article] = (a for a in read_articles(article_paths) if a.id in golds)
    scores = []
    seen = set()
    for facts in analyse(articles, options):
        _, gold = golds[facts.article.id]
        graph = flatten(add_articles(new_dataset(), [facts]))
        scorer = score_graph(graph, facts.article.text, gold)
        scores.append(
            ArticleScore(
                facts.article.id, scorer.tally, tuple(scorer.lines), tuple(scorer.calibration)
            )
        )
        seen.add(facts.article.id)
    missing = sorted(set(golds) - seen)
    if missing:
        raise GoldError(
            f"no article with id {', '.join(missing[:5])} in {', '.join(article_paths)}"
        )
    return EvalReport(tuple(sorted(scores, key=lambda s: s.article_id)))
