"""Place grounding, mention by mention: the listing `kg places` prints, and its scorer.

The gold file (`tests/gold/places.tsv`) holds one place mention a row, tab-separated:

    article  url  start  end  mention  geonames  split

`article` is the id `kg` reads the article under (the JSON `id`, or `<file stem>-<line>`; a
repeated id gets `-<first 8 hex digits of the SHA-1 of the text>`), `url` is for people and may
be empty, `start`/`end` are character offsets of the mention, `geonames` is the GeoNames id of
the place meant, `none` where GeoNames has no such place (or the mention names no place), or
`unknown` where GeoNames has the place but its id could not be established (such rows are not
scored); `split` is `tune` or `heldout`. Lines starting with `#` are comments.
"""

from __future__ import annotations

import os
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass

from kg.extract import Context
from kg.gazetteer import gazetteer
from kg.io.read import read_articles
from kg.model import Article, Place, PlaceType
from kg.nlp import load_model
from kg.resolve.places import Choice

__all__ = [
    "GoldPlace",
    "PlaceGoldError",
    "PlaceMention",
    "PlaceScore",
    "evaluate_places",
    "format_place_mentions",
    "place_mentions",
    "read_gold",
    "score_places",
]

SPLITS = frozenset({"tune", "heldout"})
NOT_IN_GEONAMES = "none"
NOT_ESTABLISHED = "unknown"
COLUMNS = (
    "article",
    "start",
    "end",
    "mention",
    "entity",
    "link",
    "geonames",
    "type",
    "confidence",
    "runner_up",
    "runner_up_geonames",
    "runner_up_share",
)


class PlaceGoldError(ValueError):
    """A gold file that cannot be read; names the file and the line."""


@dataclass(frozen=True, slots=True)
class PlaceMention:
    """One place mention, the place chosen for its entity (if any) and the runner-up."""

    article_id: str
    start: int
    end: int
    text: str
    choice: Choice

    @property
    def geonames_id(self) -> int | None:
        place = self.choice.place
        return place.geonames_id if place is not None else None

    def row(self) -> tuple[str, ...]:
        choice = self.choice
        place = choice.place
        runner = choice.runner_up
        return (
            self.article_id,
            str(self.start),
            str(self.end),
            " ".join(self.text.split()),
            choice.entity.name,
            place.label if place else "",
            _id(place),
            (choice.place_type.value if choice.place_type else ""),
            f"{choice.confidence:.2f}",
            runner[0].label if runner else "",
            _id(runner[0]) if runner else "",
            f"{runner[1]:.2f}" if runner else "",
        )


def _id(place: Place | None) -> str:
    return str(place.geonames_id) if place is not None and place.geonames_id else ""


def place_mentions(articles: Iterable[Article], model: str | None = None) -> Iterator[PlaceMention]:
    """Every place mention of the articles with the grounding its entity received."""
    nlp = load_model(model)
    pairs = ((article.text, article) for article in articles)
    for doc, article in nlp.pipe(pairs, as_tuples=True, batch_size=16):
        ctx = Context.build(doc, article)
        found = [
            PlaceMention(article.id, m.start, m.end, m.text, choice)
            for choice in ctx.places.choices
            for m in choice.mentions
        ]
        yield from sorted(found, key=lambda p: (p.start, p.end))


def format_place_mentions(mentions: Iterable[PlaceMention]) -> Iterator[str]:
    """The TSV lines of a listing, header first."""
    yield "\t".join(COLUMNS)
    for mention in mentions:
        yield "\t".join(mention.row())


@dataclass(frozen=True, slots=True)
class GoldPlace:
    article_id: str
    start: int
    end: int
    mention: str
    geonames: str
    split: str

    @property
    def scored(self) -> bool:
        return self.geonames != NOT_ESTABLISHED

    @property
    def known(self) -> bool:
        """GeoNames has the place and its id is in the gold."""
        return self.geonames.isdigit()


def read_gold(path: str | os.PathLike[str]) -> list[GoldPlace]:
    """The rows of a gold file; a bad row raises PlaceGoldError naming the file and line."""
    rows: list[GoldPlace] = []
    with open(path, encoding="utf-8") as stream:
        for number, line in enumerate(stream, start=1):
            if not line.strip() or line.startswith("#"):
                continue
            cells = line.rstrip("\n").split("\t")
            where = f"{os.fspath(path)}:{number}"
            if len(cells) != 7:
                raise PlaceGoldError(f"{where}: expected 7 tab-separated cells, found {len(cells)}")
            article, _url, start, end, mention, geonames, split = cells
            if not (start.isdigit() and end.isdigit() and int(start) < int(end)):
                raise PlaceGoldError(f"{where}: offsets {start!r}-{end!r}: expected start < end")
            if not (geonames.isdigit() or geonames in {NOT_IN_GEONAMES, NOT_ESTABLISHED}):
                raise PlaceGoldError(
                    f"{where}: geonames {geonames!r}: expected an id, "
                    f"{NOT_IN_GEONAMES!r} or {NOT_ESTABLISHED!r}"
                )
            if split not in SPLITS:
                raise PlaceGoldError(f"{where}: split {split!r}: expected one of tune, heldout")
            rows.append(GoldPlace(article, int(start), int(end), mention, geonames, split))
    return rows


@dataclass(frozen=True, slots=True)
class PlaceScore:
    """Link accuracy over gold mentions with a known id, wrong links over links made, and
    how completely linked places are located and contained up to their country."""

    mentions: int
    known: int
    correct: int
    links: int
    wrong: int
    unmatched: int
    located: int
    contained: int
    linked_places: int

    @property
    def accuracy(self) -> float:
        return self.correct / self.known if self.known else 0.0

    @property
    def wrong_rate(self) -> float:
        return self.wrong / self.links if self.links else 0.0

    def report(self) -> str:
        return "\n".join(
            [
                f"gold mentions          {self.mentions} ({self.known} with a GeoNames id)",
                f"link accuracy          {self.accuracy:.3f} ({self.correct}/{self.known})",
                f"wrong-link rate        {self.wrong_rate:.3f} ({self.wrong}/{self.links} links)",
                f"gold mentions not found by the tool  {self.unmatched}",
                f"linked places located  {self.located}/{self.linked_places}",
                f"linked places contained up to a country  {self.contained}/{self.linked_places}",
            ]
        )


def evaluate_places(
    gold_path: str | os.PathLike[str],
    article_paths: Sequence[str],
    split: str | None = "heldout",
    model: str | None = None,
) -> PlaceScore:
    """Read the gold file, ground the places of the articles it names, and score them."""
    gold = read_gold(gold_path)
    wanted = {g.article_id for g in gold if split is None or g.split == split}
    articles = (a for a in read_articles(article_paths) if a.id in wanted)
    return score_places(gold, place_mentions(articles, model), split)


def _prediction(gold: GoldPlace, found: Sequence[PlaceMention]) -> PlaceMention | None:
    exact = [m for m in found if (m.start, m.end) == (gold.start, gold.end)]
    overlapping = [m for m in found if m.start < gold.end and gold.start < m.end]
    best = exact or overlapping
    return best[0] if best else None


def _up_to_country(place: Place, parents: Sequence[Place]) -> bool:
    if place.place_type in {PlaceType.COUNTRY, PlaceType.CONTINENT}:
        return True
    return bool(parents) and parents[-1].place_type is PlaceType.COUNTRY


def score_places(
    gold: Sequence[GoldPlace],
    mentions: Iterable[PlaceMention],
    split: str | None = "heldout",
) -> PlaceScore:
    """Score the tool's mentions against the gold rows of `split` (None: all rows)."""
    rows = [g for g in gold if split is None or g.split == split]
    wanted = {g.article_id for g in rows}
    by_article: dict[str, list[PlaceMention]] = {}
    for mention in mentions:
        if mention.article_id in wanted:
            by_article.setdefault(mention.article_id, []).append(mention)
    correct = links = wrong = unmatched = 0
    for row in rows:
        predicted = _prediction(row, by_article.get(row.article_id, []))
        unmatched += predicted is None
        found = predicted.geonames_id if predicted is not None else None
        if not row.scored:
            continue
        correct += found is not None and str(found) == row.geonames
        if found is not None:
            links += 1
            wrong += str(found) != row.geonames
    linked = {
        m.choice.place.key: m.choice.place
        for found in by_article.values()
        for m in found
        if m.choice.place is not None and m.choice.place.geonames_id is not None
    }
    gaz = gazetteer()
    return PlaceScore(
        mentions=len(rows),
        known=sum(r.known for r in rows),
        correct=correct,
        links=links,
        wrong=wrong,
        unmatched=unmatched,
        located=sum(p.lat is not None and p.long is not None for p in linked.values()),
        contained=sum(_up_to_country(p, gaz.parents(p)) for p in linked.values()),
        linked_places=len(linked),
    )
