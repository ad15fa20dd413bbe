"""TimeML documents and a TempEval-3 style score of the TIMEX3 tagger.

Two kinds of gold data are read:

* TimeML files (`*.tml`, as in TimeBank and AQUAINT): the article's text is the content of the
  TEXT element with every tag removed and entities decoded, and gold offsets count characters
  of that text; the publication date is the document creation time (the TIMEX3 whose
  functionInDocument is CREATION_TIME).
* Annotations of articles kept elsewhere (`*.timex.json`): `{"article": ID, "published":
  "YYYY-MM-DD", "timexes": [{"start", "end", "text", "type", "value"}]}`, offsets into the
  article's text as `kg build` reads it (the articles are passed separately, by id).

The measures are TempEval-3's (UzZaman et al., 2013): a found expression matches a gold one
strictly when both spans are equal and in a relaxed way when they overlap (each aligned with at
most one other); value and type are scored as attribute F1, where an expression counts as
correct when it matches in the relaxed way and its attribute is equal, precision dividing by
the expressions found and recall by the gold ones. Type accuracy is the share of relaxed
matches whose type is right.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
import time
import xml.etree.ElementTree as ET
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Literal

from kg.io.read import read_articles
from kg.model import Article, Mention, RecordError, TimeExpression
from kg.nlp import load_model
from kg.pipeline import BuildOptions, tag_time_expressions

Split = Literal["tune", "heldout"]
SPLITS: tuple[Split, ...] = ("tune", "heldout")
TIMEML_SUFFIX = ".tml"
ANNOTATION_SUFFIX = ".timex.json"


class TimeMLError(ValueError):
    """A gold file that cannot be read, or whose article is not among the inputs."""


@dataclass(frozen=True, slots=True)
class GoldDocument:
    """An article and the TIMEX3 expressions a person marked in it."""

    article: Article
    timexes: tuple[TimeExpression, ...]
    path: str

    @property
    def split(self) -> Split:
        return split_of(self.article.id)


def split_of(doc_id: str) -> Split:
    """The half a document belongs to, fixed by a hash of its id: rules are tuned on one half
    only, and the other half measures them on text they were not tuned on."""
    return "tune" if hashlib.sha1(doc_id.encode("utf-8")).digest()[0] % 2 == 0 else "heldout"


def parse_split(name: str) -> Split | None:
    """A split by name; "all" is both (None)."""
    for split in SPLITS:
        if name == split:
            return split
    if name == "all":
        return None
    raise TimeMLError(f"split {name!r}: expected one of {', '.join(SPLITS)}, all")


# --- reading --------------------------------------------------------------------------------------


def read_timeml(path: Path) -> GoldDocument:
    """One TimeML file: its TEXT, its creation time as the publication date, its TIMEX3s."""
    try:
        root = ET.parse(path).getroot()
    except (OSError, ET.ParseError) as exc:
        raise TimeMLError(f"{path}: not a readable TimeML file ({exc})") from exc
    body = root.find(".//TEXT")
    if body is None:
        raise TimeMLError(f"{path}: no TEXT element")
    doc_id = (root.findtext("DOCID") or path.name.removesuffix(TIMEML_SUFFIX)).strip()
    published = _creation_time(root, path)
    pieces: list[str] = []
    marked: list[tuple[int, int, ET.Element]] = []
    _flatten(body, pieces, marked, 0)
    text = "".join(pieces)
    timexes = []
    for start, end, element in marked:
        if start == end:
            continue  # an empty TIMEX3 anchors a duration; it has no extent to find
        try:
            mention = Mention(doc_id, start, end, text[start:end])
            timexes.append(
                TimeExpression(mention, element.get("type", ""), element.get("value", ""))
            )
        except RecordError as exc:
            raise TimeMLError(f"{path}: TIMEX3 {element.get('tid')}: {exc}") from exc
    article = Article(doc_id, text, published=published, source_path=str(path))
    return GoldDocument(article, tuple(timexes), str(path))


def _flatten(
    element: ET.Element, pieces: list[str], marked: list[tuple[int, int, ET.Element]], at: int
) -> int:
    """Append the element's text to `pieces`, noting where each TIMEX3 starts and ends."""
    if element.text:
        pieces.append(element.text)
        at += len(element.text)
    for child in element:
        start = at
        at = _flatten(child, pieces, marked, at)
        if child.tag == "TIMEX3":
            marked.append((start, at, child))
        if child.tail:
            pieces.append(child.tail)
            at += len(child.tail)
    return at


def _creation_time(root: ET.Element, path: Path) -> dt.date:
    for timex in root.iter("TIMEX3"):
        if timex.get("functionInDocument") == "CREATION_TIME":
            value = timex.get("value", "")
            try:
                return dt.date.fromisoformat(value[:10])
            except ValueError as exc:
                raise TimeMLError(
                    f"{path}: creation time value {value!r}: expected YYYY-MM-DD"
                ) from exc
    raise TimeMLError(f'{path}: no TIMEX3 with functionInDocument="CREATION_TIME"')


def read_annotation(path: Path, articles: dict[str, Article]) -> GoldDocument:
    """A `*.timex.json` annotation, checked against the text of the article it names."""
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, json.JSONDecodeError) as exc:
        raise TimeMLError(f"{path}: not a readable annotation file ({exc})") from exc
    article_id = data.get("article") if isinstance(data, dict) else None
    if not isinstance(article_id, str) or not article_id:
        raise TimeMLError(f"{path}: field 'article' = {article_id!r}: expected an article id")
    if article_id not in articles:
        raise TimeMLError(f"{path}: no article with id {article_id!r} among the inputs")
    try:
        published = dt.date.fromisoformat(data["published"])
    except (KeyError, TypeError, ValueError) as exc:
        raise TimeMLError(
            f"{path}: field 'published' = {data.get('published')!r}: expected YYYY-MM-DD"
        ) from exc
    text = articles[article_id].text
    timexes = []
    for number, item in enumerate(data.get("timexes", []), 1):
        try:
            start, end, phrase = item["start"], item["end"], item["text"]
            if text[start:end] != phrase:
                raise TimeMLError(
                    f"{path}: timex {number}: text {phrase!r} is not at {start}-{end} of "
                    f"article {article_id} (found {text[start:end]!r})"
                )
            mention = Mention(article_id, start, end, phrase)
            timexes.append(TimeExpression(mention, item["type"], item["value"]))
        except (KeyError, TypeError, RecordError) as exc:
            raise TimeMLError(f"{path}: timex {number}: {exc}") from exc
    article = Article(
        article_id, text, published=published, source_path=articles[article_id].source_path
    )
    return GoldDocument(article, tuple(timexes), str(path))


def load_gold_documents(
    folder: Path, article_paths: Sequence[str] = (), split: Split | None = None
) -> list[GoldDocument]:
    """The TimeML files and annotations under `folder` (recursively), of one split or all."""
    if not folder.is_dir():
        raise TimeMLError(f"{folder}: not a folder of {TIMEML_SUFFIX} or {ANNOTATION_SUFFIX} files")
    timeml = sorted(folder.rglob("*" + TIMEML_SUFFIX))
    annotations = sorted(folder.rglob("*" + ANNOTATION_SUFFIX))
    if not timeml and not annotations:
        raise TimeMLError(f"{folder}: no {TIMEML_SUFFIX} or {ANNOTATION_SUFFIX} files")
    if annotations and not article_paths:
        raise TimeMLError(
            f"{folder}: {ANNOTATION_SUFFIX} files refer to articles by id: pass the articles too"
        )
    documents = [read_timeml(path) for path in timeml]
    if annotations:
        articles = {a.id: a for a in read_articles(article_paths)}
        documents += [read_annotation(path, articles) for path in annotations]
    return [d for d in documents if split is None or d.split == split]


# --- scoring --------------------------------------------------------------------------------------


def _ratio(part: float, whole: float) -> float:
    return part / whole if whole else 0.0


def _f1(precision: float, recall: float) -> float:
    return 2 * precision * recall / (precision + recall) if precision + recall else 0.0


@dataclass(frozen=True, slots=True)
class TimexCounts:
    """Counts from which every TempEval-3 measure follows; they add up across documents."""

    gold: int = 0
    found: int = 0
    strict: int = 0
    relaxed: int = 0
    value: int = 0
    type: int = 0

    def __add__(self, other: TimexCounts) -> TimexCounts:
        return TimexCounts(
            self.gold + other.gold,
            self.found + other.found,
            self.strict + other.strict,
            self.relaxed + other.relaxed,
            self.value + other.value,
            self.type + other.type,
        )

    def prf(self, correct: int) -> tuple[float, float, float]:
        precision, recall = _ratio(correct, self.found), _ratio(correct, self.gold)
        return precision, recall, _f1(precision, recall)

    @property
    def type_accuracy(self) -> float:
        return _ratio(self.type, self.relaxed)

    def as_json(self) -> dict[str, Any]:
        measures: dict[str, Any] = {"gold": self.gold, "found": self.found}
        for name in ("strict", "relaxed", "value", "type"):
            p, r, f = self.prf(getattr(self, name))
            measures[name] = {"precision": round(p, 4), "recall": round(r, 4), "f1": round(f, 4)}
        measures["type_accuracy"] = round(self.type_accuracy, 4)
        return measures


@dataclass(frozen=True, slots=True)
class Alignment:
    """Gold and found expressions of one document, paired where they overlap."""

    pairs: tuple[tuple[TimeExpression, TimeExpression], ...]
    missed: tuple[TimeExpression, ...]
    spurious: tuple[TimeExpression, ...]

    def counts(self) -> TimexCounts:
        gold = len(self.pairs) + len(self.missed)
        found = len(self.pairs) + len(self.spurious)
        return TimexCounts(
            gold=gold,
            found=found,
            strict=sum(_span(g) == _span(f) for g, f in self.pairs),
            relaxed=len(self.pairs),
            value=sum(g.value == f.value for g, f in self.pairs),
            type=sum(g.timex_type == f.timex_type for g, f in self.pairs),
        )


def _span(timex: TimeExpression) -> tuple[int, int]:
    return timex.mention.start, timex.mention.end


def _overlap(a: TimeExpression, b: TimeExpression) -> int:
    return min(a.mention.end, b.mention.end) - max(a.mention.start, b.mention.start)


def align(gold: Iterable[TimeExpression], found: Iterable[TimeExpression]) -> Alignment:
    """Pair each gold expression with the unpaired found one it overlaps most, in text order."""
    unpaired = sorted(found, key=_span)
    pairs, missed = [], []
    for g in sorted(gold, key=_span):
        best = max(unpaired, key=lambda f: _overlap(g, f), default=None)
        if best is not None and _overlap(g, best) > 0:
            pairs.append((g, best))
            unpaired.remove(best)
        else:
            missed.append(g)
    return Alignment(tuple(pairs), tuple(missed), tuple(unpaired))


@dataclass(frozen=True, slots=True)
class DocumentScore:
    document: GoldDocument
    alignment: Alignment
    seconds: float

    def lines(self) -> Iterator[str]:
        """The differences from gold, one a line: what a person reads to improve the rules."""
        for g, f in self.alignment.pairs:
            if _span(g) != _span(f) or g.value != f.value or g.timex_type != f.timex_type:
                yield f"  diff  {_show(g)}  |  {_show(f)}"
        for g in self.alignment.missed:
            yield f"  miss  {_show(g)}"
        for f in self.alignment.spurious:
            yield f"  extra {_show(f)}"


def _show(timex: TimeExpression) -> str:
    text = " ".join(timex.mention.text.split())
    return f"{text!r} {timex.timex_type} {timex.value}"


@dataclass(frozen=True, slots=True)
class TimexReport:
    scores: tuple[DocumentScore, ...] = field(default_factory=tuple)

    @property
    def counts(self) -> TimexCounts:
        return sum((s.alignment.counts() for s in self.scores), TimexCounts())

    @property
    def seconds_per_document(self) -> float:
        return _ratio(sum(s.seconds for s in self.scores), len(self.scores))

    def as_json(self) -> dict[str, Any]:
        return {
            "documents": len(self.scores),
            **self.counts.as_json(),
            "seconds_per_document": round(self.seconds_per_document, 4),
        }

    def table(self) -> str:
        counts = self.counts
        lines = [f"{'measure':16s} {'P':>6s} {'R':>6s} {'F1':>6s}"]
        for name, label in (
            ("strict", "strict span"),
            ("relaxed", "relaxed span"),
            ("value", "value"),
            ("type", "type"),
        ):
            p, r, f = counts.prf(getattr(counts, name))
            lines.append(f"{label:16s} {p:6.3f} {r:6.3f} {f:6.3f}")
        lines.append(f"{'type accuracy':16s} {'':6s} {'':6s} {counts.type_accuracy:6.3f}")
        lines.append(
            f"({len(self.scores)} documents, {counts.gold} gold and {counts.found} found "
            f"expressions, {self.seconds_per_document * 1000:.0f} ms per document)"
        )
        return "\n".join(lines)


def score_documents(
    documents: Sequence[GoldDocument], options: BuildOptions | None = None
) -> TimexReport:
    """Tag each document's text (parse included in its time) and align it with the gold."""
    options = options or BuildOptions()
    load_model(options.model)  # loading the model is no document's time
    scores = []
    started = time.perf_counter()
    for document, (_, found) in zip(
        documents, tag_time_expressions((d.article for d in documents), options), strict=True
    ):
        now = time.perf_counter()
        scores.append(DocumentScore(document, align(document.timexes, found), now - started))
        started = now
    return TimexReport(tuple(scores))


def evaluate_timeml(
    folder: Path,
    article_paths: Sequence[str] = (),
    split: Split | None = None,
    options: BuildOptions | None = None,
) -> TimexReport:
    """Score the tagger on the gold documents under `folder` (of one split, or all)."""
    documents = load_gold_documents(folder, article_paths, split)
    if not documents:
        raise TimeMLError(f"{folder}: no documents in the {split} split")
    return score_documents(documents, options)
