"""The CaRB benchmark's scorer (Bhardwaj, Aggarwal and Mausam, EMNLP 2019), reimplemented.

Scoring follows the benchmark's reference code in the details that move its figures:

- Matching (`match`) is CaRB's default "binary lenient" tuple match. Both tuples are made
  binary first: every argument after the first is joined into one. A pair matches only when
  the predicates share a word (a predicted "be" also matches any form of "be" in the gold
  predicate); the arguments then contribute their shared words, counted with multiplicity, case
  and punctuation kept, tokens split on whitespace. Precision is shared words over predicted
  words, recall shared words over gold words. A predicted tuple with fewer arguments than the
  gold's first two does not match. Where the gold predicate holds "said", "told", "added",
  "adds" or "says", the prediction's arguments are also tried in reverse order.
- Precision and recall over confidence thresholds (`score`): at each distinct predicted
  confidence, the extractions at or above it are kept. Recall credits each gold tuple with its
  best match among them (many to one); precision pairs gold and predicted tuples one to one,
  greedily by best precision, and divides by all kept extractions, so extractions beyond the
  number of gold tuples of a sentence count as wrong. Sentences are keyed without spaces and
  punctuation. The area under the curve adds the point (recall 0, precision 1); the optimal F1
  is the best over thresholds.
"""

from __future__ import annotations

import hashlib
import string
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path

__all__ = [
    "CarbFormatError",
    "CarbScore",
    "Extraction",
    "choose_half",
    "match",
    "normalize_sentence",
    "read_gold",
    "read_tabbed",
    "score",
    "split_halves",
]

_PUNCTUATION = str.maketrans("", "", string.punctuation + " ")
_PTB_ESCAPES = (
    ("-LRB-", "("),
    ("-RRB-", ")"),
    ("-LSB-", "["),
    ("-RSB-", "]"),
    ("-LCB-", "{"),
    ("-RCB-", "}"),
)
_BE_FORMS = ("be", "is", "am", "are", "was", "were", "been", "being")
_SAID = ("said", "told", "added", "adds", "says")


class CarbFormatError(ValueError):
    """A gold or extraction file that is not in CaRB's tab-separated format."""


@dataclass(frozen=True, slots=True)
class Extraction:
    """One tuple: a predicate and its arguments, the subject first."""

    predicate: str
    arguments: tuple[str, ...]
    confidence: float = 1.0

    def binary(self) -> tuple[str, ...]:
        """The arguments as CaRB compares them: the subject, and the rest joined into one."""
        if len(self.arguments) >= 2:
            return (self.arguments[0], " ".join(self.arguments[1:]))
        return self.arguments


@dataclass(frozen=True, slots=True)
class CarbScore:
    """The benchmark's figures, and the curve they come from (ascending thresholds)."""

    auc: float
    precision: float
    recall: float
    f1: float
    threshold: float | None
    curve: tuple[tuple[float, float, float], ...]  # (threshold, precision, recall)
    sentences: int
    gold: int
    predicted: int


def normalize_sentence(sentence: str) -> str:
    """The key CaRB joins gold and predicted sentences on: no spaces, no punctuation."""
    text = sentence.replace(" ", "")
    for escape, bracket in _PTB_ESCAPES:
        text = text.replace(escape, bracket)
    return text.translate(_PUNCTUATION)


def _overlap(gold: list[str], predicted: list[str]) -> int:
    """Gold words found among the predicted ones, each predicted word used once."""
    remaining = list(predicted)
    shared = 0
    for word in gold:
        if word in remaining:
            shared += 1
            remaining.remove(word)
    return shared


def _tuple_match(
    gold_predicate: str,
    gold_args: Sequence[str],
    predicate: str,
    args: Sequence[str],
) -> tuple[float, float]:
    gold_words = gold_predicate.split()
    predicted_words = predicate.split()
    precision_den = len(predicted_words)
    recall_den = len(gold_words)
    remaining = list(predicted_words)
    shared = 0
    for word in gold_words:
        if word in remaining:
            shared += 1
            remaining.remove(word)
    if "be" in remaining and any(form in gold_words for form in _BE_FORMS):
        shared += 1
    if shared == 0:
        return (0.0, 0.0)
    precision_num = recall_num = shared
    for i, gold_arg in enumerate(gold_args):
        gold_arg_words = gold_arg.split()
        recall_den += len(gold_arg_words)
        if len(args) <= i:
            if i < 2:
                return (0.0, 0.0)
            continue
        arg_words = args[i].split()
        precision_den += len(arg_words)
        common = _overlap(gold_arg_words, arg_words)
        precision_num += common
        recall_num += common
    precision = precision_num / precision_den if precision_den else 0.0
    recall = recall_num / recall_den if recall_den else 0.0
    return (precision, recall)


def match(gold: Extraction, predicted: Extraction) -> tuple[float, float]:
    """(precision, recall) of `predicted` against `gold` under CaRB's binary lenient match."""
    gold_args = gold.binary()
    straight = _tuple_match(gold.predicate, gold_args, predicted.predicate, predicted.binary())
    if not any(verb in gold.predicate for verb in _SAID) or len(predicted.arguments) < 2:
        return straight
    reversed_args = (" ".join(predicted.arguments[1:]), predicted.arguments[0])
    return max(
        straight, _tuple_match(gold.predicate, gold_args, predicted.predicate, reversed_args)
    )


def _greedy_precision(scores: list[list[tuple[float, float]]], kept: list[int]) -> float:
    """Precision credit of a sentence: gold and predicted paired one to one, best first."""
    total = 0.0
    rows: set[int] = set()
    cols: set[int] = set()
    for _ in range(min(len(scores), len(kept))):
        best, best_row, best_col = -1.0, -1, -1
        for i, row in enumerate(scores):
            if i in rows:
                continue
            for j in kept:
                if j not in cols and row[j][0] > best:
                    best, best_row, best_col = row[j][0], i, j
        rows.add(best_row)
        cols.add(best_col)
        total += best
    return total


def score(
    gold: Mapping[str, Sequence[Extraction]],
    predicted: Mapping[str, Sequence[Extraction]],
) -> CarbScore:
    """Score `predicted` against `gold`; both are keyed by sentence (any spacing/punctuation).

    Only the gold's sentences are scored: predictions for other sentences are ignored.
    """
    gold_by_key = _by_key(gold)
    predicted_by_key = _by_key(predicted)
    thresholds = sorted(
        {ex.confidence for key in gold_by_key for ex in predicted_by_key.get(key, ())}
    )
    index = {conf: i for i, conf in enumerate(thresholds)}
    n = len(thresholds)
    p_num, p_den, r_num, r_den = [0.0] * n, [0] * n, [0.0] * n, [0] * n
    n_predicted = 0
    for key, gold_extractions in gold_by_key.items():
        extractions = predicted_by_key.get(key, [])
        n_predicted += len(extractions)
        scores = [[match(g, ex) for ex in extractions] for g in gold_extractions]
        start = 0
        for conf in sorted(ex.confidence for ex in extractions):
            c = index[conf]
            if c < start:
                continue  # a tie: this threshold was filled in with the first of its value
            kept = [j for j, ex in enumerate(extractions) if ex.confidence >= conf]
            recall = sum(max((row[j][1] for j in kept), default=0.0) for row in scores)
            precision = _greedy_precision(scores, kept)
            for t in range(start, c + 1):
                p_num[t] += precision
                p_den[t] += len(kept)
                r_num[t] += recall
                r_den[t] += len(scores)
            start = c + 1
        for t in range(start, n):
            r_den[t] += len(scores)
    precisions = [a / b if b else 1.0 for a, b in zip(p_num, p_den, strict=True)]
    recalls = [a / b if b else 0.0 for a, b in zip(r_num, r_den, strict=True)]
    f1s = [2 * p * r / (p + r) if p + r else 0.0 for p, r in zip(precisions, recalls, strict=True)]
    best = max(range(n), key=lambda i: (f1s[i], -i), default=None)
    return CarbScore(
        auc=_area([*recalls, 0.0], [*precisions, 1.0]),
        precision=precisions[best] if best is not None else 0.0,
        recall=recalls[best] if best is not None else 0.0,
        f1=f1s[best] if best is not None else 0.0,
        threshold=thresholds[best] if best is not None else None,
        curve=tuple(zip(thresholds, precisions, recalls, strict=True)),
        sentences=len(gold_by_key),
        gold=sum(len(v) for v in gold_by_key.values()),
        predicted=n_predicted,
    )


def _area(x: list[float], y: list[float]) -> float:
    """Trapezoidal area under a curve whose x never increases (recall over rising thresholds)."""
    return sum((x[i] - x[i + 1]) * (y[i] + y[i + 1]) / 2 for i in range(len(x) - 1))


def _by_key(
    extractions: Mapping[str, Sequence[Extraction]],
) -> dict[str, list[Extraction]]:
    keyed: dict[str, list[Extraction]] = {}
    for sentence, found in extractions.items():
        keyed.setdefault(normalize_sentence(sentence), []).extend(found)
    return keyed


def _read_lines(path: str | Path) -> Iterable[tuple[int, str]]:
    try:
        text = Path(path).read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        raise CarbFormatError(f"{path}: cannot read ({exc})") from exc
    return enumerate(text.splitlines(), start=1)


def read_gold(path: str | Path) -> dict[str, list[Extraction]]:
    """CaRB's gold file: `sentence<TAB>predicate<TAB>arg1<TAB>arg2...`, one tuple a line."""
    gold: dict[str, list[Extraction]] = {}
    for number, line in _read_lines(path):
        if not line.strip():
            continue
        cells = line.strip().split("\t")
        if len(cells) < 2:
            raise CarbFormatError(f"{path}:{number}: expected sentence<TAB>predicate<TAB>args...")
        args = tuple(arg.strip() for arg in cells[2:])
        gold.setdefault(cells[0].strip(), []).append(Extraction(cells[1].strip(), args))
    return gold


def read_tabbed(path: str | Path) -> dict[str, list[Extraction]]:
    """Extractions in CaRB's tabbed format: `sentence<TAB>confidence<TAB>predicate<TAB>args...`."""
    return parse_tabbed(_read_lines(path), str(path))


def parse_tabbed(lines: Iterable[tuple[int, str]], name: str) -> dict[str, list[Extraction]]:
    """The tabbed format from numbered lines; errors name `name` and the line."""
    found: dict[str, list[Extraction]] = {}
    for number, line in lines:
        if not line.strip():
            continue
        cells = line.strip().split("\t")
        if len(cells) < 3:
            raise CarbFormatError(
                f"{name}:{number}: expected sentence<TAB>confidence<TAB>predicate<TAB>args..."
            )
        try:
            confidence = float(cells[1])
        except ValueError:
            raise CarbFormatError(
                f"{name}:{number}: confidence {cells[1]!r} is not a number"
            ) from None
        found.setdefault(cells[0], []).append(Extraction(cells[2], tuple(cells[3:]), confidence))
    return found


def split_halves(sentences: Iterable[str]) -> tuple[list[str], list[str]]:
    """A fixed split into a tuning half and a held-out half, by a hash of each sentence.

    The same sentences always fall on the same side, whatever their order in the file.
    """
    unique = list(dict.fromkeys(sentences))
    ranked = sorted(
        unique, key=lambda s: hashlib.sha256(normalize_sentence(s).encode("utf-8")).hexdigest()
    )
    half = (len(ranked) + 1) // 2
    tuning = set(ranked[:half])
    return [s for s in unique if s in tuning], [s for s in unique if s not in tuning]


def choose_half(sentences: Sequence[str], half: str) -> list[str]:
    """The sentences of one half: "tuning", "heldout" (see `split_halves`) or "all"."""
    halves = ("tuning", "heldout", "all")
    if half not in halves:
        raise ValueError(f"half = {half!r}: expected one of {', '.join(halves)}")
    tuning, heldout = split_halves(sentences)
    return {"tuning": tuning, "heldout": heldout, "all": list(sentences)}[half]


def evaluate(
    gold_path: str | Path,
    sentences_path: str | Path,
    half: str = "heldout",
    extractions_path: str | Path | None = None,
    model: str | None = None,
) -> CarbScore:
    """CaRB figures of `kg.triples` (or of a tabbed extractions file) on one half of a dataset.

    `half` is "tuning", "heldout" or "all" (see `split_halves`).
    """
    from kg.nlp import load_model
    from kg.triples import extract_texts, read_lines

    gold = read_gold(gold_path)
    chosen = choose_half([text for _, text in read_lines(str(sentences_path))], half)
    keys = {normalize_sentence(s) for s in chosen}
    if extractions_path is not None:
        predicted = read_tabbed(extractions_path)
    else:
        results = extract_texts(((s, s) for s in chosen), load_model(model))
        predicted = {
            r.text: [
                Extraction(
                    t.predicate.text, (t.subject.text, *(o.text for o in t.objects)), t.confidence
                )
                for t in r.triples
            ]
            for r in results
        }
    return score({s: v for s, v in gold.items() if normalize_sentence(s) in keys}, predicted)
