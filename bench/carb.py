"""CaRB figures of `kg triples` and of textacy's SVO triples, measured in one run.

    python bench/carb.py CARB_DIR [--half heldout|tuning|all] [--calibrate]

CARB_DIR holds CaRB's `sentences.txt` (one sentence a line) and `gold.tsv`. The sentences are
split into a tuning half and a held-out half by `kg.eval.carb.split_halves`; the confidence model
of `kg.triples` is fitted on the tuning half only (`--calibrate` refits it and rewrites
`kg/lexicons/triple_confidence.tsv`), and the figures that count are the held-out half's.
Throughput is parse + extraction of every sentence with `nlp.pipe`, the model already loaded.
"""

from __future__ import annotations

import argparse
import sys
import time
from collections.abc import Callable, Iterable
from pathlib import Path

from spacy.tokens import Doc

from kg.eval.carb import (
    CarbScore,
    Extraction,
    match,
    normalize_sentence,
    read_gold,
    score,
    split_halves,
)
from kg.nlp import load_model
from kg.triples import draft_features, drafts, extract_texts, triples

WEIGHTS = Path(__file__).resolve().parent.parent / "kg" / "lexicons" / "triple_confidence.tsv"

Extractor = Callable[[Doc], list[Extraction]]


def kg_extractions(doc: Doc) -> list[Extraction]:
    return [
        Extraction(t.predicate.text, (t.subject.text, *(o.text for o in t.objects)), t.confidence)
        for t in triples(doc)
    ]


def textacy_extractions(doc: Doc) -> list[Extraction]:
    from textacy.extract import subject_verb_object_triples

    def words(tokens: Iterable[object]) -> str:
        return " ".join(str(t) for t in tokens)

    return [
        Extraction(words(svo.verb), (words(svo.subject), words(svo.object)), 1.0)
        for svo in subject_verb_object_triples(doc)
    ]


PENALTIES = (0.5, 2.0, 5.0, 20.0, 50.0)
FOLDS = 3


def fit(docs: list[Doc], gold: dict[str, list[Extraction]], path: Path) -> None:
    """Fit the confidence model (logistic, L2) on the drafts of `docs`, and write its weights.

    The target of a draft is the CaRB precision it earns in its sentence (`_credits`). The L2
    penalty is chosen by cross-validation within `docs` (CaRB F1 on each left-out fold), so that
    nothing outside the tuning half decides it.
    """
    import numpy as np

    sentences = []
    for doc in docs:
        expected = gold.get(normalize_sentence(doc.text), [])
        found = list(drafts(doc))
        extractions = [
            Extraction(d.predicate.text, (d.subject.text, *(o.text for o in d.objects)))
            for d in found
        ]
        features = [draft_features(d) for d in found]
        sentences.append(
            (doc.text, expected, extractions, features, _credits(expected, extractions))
        )
    names = sorted({name for s in sentences for row in s[3] for name in row})

    def matrix(rows: list[dict[str, float]]) -> np.ndarray:
        return np.array([[row.get(n, 0.0) for n in names] for row in rows]).reshape(-1, len(names))

    def train(part: list[tuple], penalty: float) -> np.ndarray:
        x = matrix([row for s in part for row in s[3]])
        y = np.array([c for s in part for c in s[4]])
        w = np.zeros(len(names))
        for _ in range(3000):
            p = 1 / (1 + np.exp(-x @ w))
            w -= 0.5 * (x.T @ (p - y) + penalty * w) / len(y)
        return w

    def held_f1(part: list[tuple], w: np.ndarray) -> float:
        predicted = {}
        for text, _, extractions, features, _ in part:
            confidences = 1 / (1 + np.exp(-matrix(features) @ w))
            predicted[text] = [
                Extraction(e.predicate, e.arguments, round(float(c), 4))
                for e, c in zip(extractions, confidences, strict=True)
            ]
        return score({s[0]: s[1] for s in part}, predicted).f1

    def cross_validated(penalty: float) -> float:
        folds = [sentences[i::FOLDS] for i in range(FOLDS)]
        return (
            sum(
                held_f1(
                    folds[k], train([s for j, f in enumerate(folds) if j != k for s in f], penalty)
                )
                for k in range(FOLDS)
            )
            / FOLDS
        )

    results = {penalty: cross_validated(penalty) for penalty in PENALTIES}
    best = max(PENALTIES, key=lambda penalty: results[penalty])
    w = train(sentences, best)
    lines = [
        "# Weights of the triple confidence model (logistic): feature<TAB>weight.",
        "# Fitted by bench/carb.py --calibrate on the tuning half of CaRB's dev set "
        f"(L2 penalty {best}, chosen by {FOLDS}-fold cross-validation on that half).",
    ]
    lines += [f"{n}\t{v:.4f}" for n, v in zip(names, w, strict=True) if abs(v) >= 1e-4]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    folds = ", ".join(f"{k}: {v:.3f}" for k, v in results.items())
    print(f"cross-validated F1 by L2 penalty: {folds}", file=sys.stderr)
    print(f"fitted {len(names)} features on the tuning half -> {path}", file=sys.stderr)


def _credits(gold: list[Extraction], extractions: list[Extraction]) -> list[float]:
    """The precision each extraction earns when gold and extractions are paired one to one,
    best first, as CaRB pairs them: the share of a triple the annotators would accept."""
    scores = [[match(g, ex)[0] for ex in extractions] for g in gold]
    credits = [0.0] * len(extractions)
    free_rows, free_cols = set(range(len(gold))), set(range(len(extractions)))
    while free_rows and free_cols:
        value, i, j = max((scores[i][j], i, j) for i in free_rows for j in free_cols)
        credits[j] = value
        free_rows.discard(i)
        free_cols.discard(j)
    return credits


def report(name: str, result: CarbScore) -> str:
    return (
        f"{name:<10} {result.sentences:>5} {result.gold:>5} {result.predicted:>6} "
        f"{result.auc:>6.3f} {result.precision:>6.3f} {result.recall:>6.3f} {result.f1:>6.3f}"
    )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("carb_dir", type=Path)
    parser.add_argument("--half", choices=("heldout", "tuning", "all"), default="heldout")
    parser.add_argument("--calibrate", action="store_true")
    parser.add_argument("--no-textacy", action="store_true")
    args = parser.parse_args()
    gold = read_gold(args.carb_dir / "gold.tsv")
    sentences = [
        line
        for line in (args.carb_dir / "sentences.txt").read_text(encoding="utf-8").splitlines()
        if line.strip()
    ]
    tuning, heldout = split_halves(sentences)
    nlp = load_model()
    if args.calibrate:
        with nlp.select_pipes(disable=["ner"]):
            docs = list(nlp.pipe(tuning, batch_size=64))
        keyed = {normalize_sentence(s): v for s, v in gold.items()}
        fit(docs, keyed, WEIGHTS)
        from kg import lexicon

        lexicon.rows.cache_clear()

    chosen = {"heldout": heldout, "tuning": tuning, "all": sentences}[args.half]
    keys = {normalize_sentence(s) for s in chosen}
    chosen_gold = {s: v for s, v in gold.items() if normalize_sentence(s) in keys}

    # Throughput: parsing and extraction of every sentence, as `kg triples` runs them; the best
    # of three runs, since other work on the machine only ever slows a run down.
    pairs = [(s, s) for s in sentences]
    list(extract_texts(pairs[:32], nlp))  # warm-up
    runs = []
    for _ in range(3):
        start = time.perf_counter()
        count = sum(len(result.triples) for result in extract_texts(pairs, nlp))
        runs.append(time.perf_counter() - start)
    elapsed = min(runs)

    # The share of kg.triples alone: extraction from sentences already parsed.
    parsed = list(nlp.pipe(sentences, batch_size=64))
    start = time.perf_counter()
    extracted = sum(len(list(triples(doc))) for doc in parsed)
    extraction_only = time.perf_counter() - start

    with nlp.select_pipes(disable=["ner"]):
        docs = list(nlp.pipe(chosen, batch_size=64))
    systems: dict[str, Extractor] = {"kg-events": kg_extractions}
    if not args.no_textacy:
        systems["textacy"] = textacy_extractions
    print(f"CaRB dev, {args.half} half ({len(chosen)} sentences); binary lenient match")
    print(
        f"{'system':<10} {'sent':>5} {'gold':>5} {'pred':>6} {'AUC':>6} {'P':>6} {'R':>6} {'F1':>6}"
    )
    for name, extractor in systems.items():
        predicted = {doc.text: extractor(doc) for doc in docs}
        print(report(name, score(chosen_gold, predicted)))
    print(
        f"throughput: {count} triples from {len(sentences)} sentences in {elapsed:.2f} s "
        f"= {count / elapsed:.0f} triples/s, {len(sentences) / elapsed:.0f} sentences/s "
        f"(parse + extract, 1 process)\n"
        f"extraction alone: {extracted / extraction_only:.0f} triples/s "
        f"({extraction_only:.2f} s for the {len(parsed)} parsed sentences)"
    )


if __name__ == "__main__":
    main()
