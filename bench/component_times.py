"""Processor time of each step of the parse, kg's pipeline against the model's own.

    python bench/component_times.py CORPUS.jsonl [--limit 300] [--repeat 5] [--batch-size 16]

Both pipelines are loaded in one process: kg's (`kg.nlp.load_model`, with its tokenizer and
its stand-ins for the model's rule components) and the model's own (`spacy.load`), given
kg's tokenizer so that both parse the same tokens. Each round tokenizes the texts, then runs
every component over the docs in batches (`pipe`), timing each step's processor time; the
two pipelines take turns in every round, so that both see the same load on a shared machine.
The median of the rounds is printed per step, with the stock tokenizer's time beside kg's.
"""

from __future__ import annotations

import argparse
import json
import statistics
import time
from collections import defaultdict
from collections.abc import Callable, Iterable, Iterator
from pathlib import Path

import spacy
from spacy.language import Language
from spacy.tokens import Doc

from kg.nlp import default_model_name, load_model


def read_texts(path: Path, limit: int | None) -> list[str]:
    texts = []
    with path.open(encoding="utf-8") as lines:
        for line in lines:
            if line.strip():
                texts.append(json.loads(line)["text"])
            if limit is not None and len(texts) >= limit:
                break
    return texts


def batches(docs: list[Doc], size: int) -> Iterator[list[Doc]]:
    for start in range(0, len(docs), size):
        yield docs[start : start + size]


def timed(step: Callable[[], object]) -> float:
    start = time.process_time()
    step()
    return time.process_time() - start


def run_pipes(nlp: Language, docs: list[Doc], size: int, times: dict[str, list[float]]) -> None:
    for name, component in nlp.pipeline:
        pipe = getattr(component, "pipe", None)

        def step(
            pipe: Callable[..., Iterable[Doc]] | None = pipe, component: object = component
        ) -> None:
            for batch in batches(docs, size):
                if pipe is not None:
                    for _ in pipe(batch, batch_size=size):
                        pass
                else:
                    for doc in batch:
                        component(doc)  # type: ignore[operator]

        times[name].append(timed(step))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("corpus", type=Path)
    parser.add_argument("--limit", type=int, default=300)
    parser.add_argument("--repeat", type=int, default=5)
    parser.add_argument("--batch-size", type=int, default=16)
    args = parser.parse_args()
    texts = read_texts(args.corpus, args.limit)
    kg_nlp = load_model()
    stock = spacy.load(default_model_name())
    stock_tokenizer = stock.tokenizer
    stock.tokenizer = kg_nlp.tokenizer
    stock_pipes = [name for name in stock.pipe_names if name in kg_nlp.pipe_names]
    for name in stock.pipe_names:
        if name not in stock_pipes:
            stock.disable_pipe(name)
    times: dict[str, dict[str, list[float]]] = {"stock": defaultdict(list), "kg": defaultdict(list)}
    for _ in range(args.repeat):
        for side, nlp in (("stock", stock), ("kg", kg_nlp)):
            docs: list[Doc] = []
            tokenizer = stock_tokenizer if side == "stock" else kg_nlp.tokenizer
            times[side]["tokenizer"].append(
                timed(lambda docs=docs, tokenizer=tokenizer: docs.extend(map(tokenizer, texts)))
            )
            run_pipes(nlp, docs, args.batch_size, times[side])
    print(f"{len(texts)} texts, {args.repeat} rounds, median processor seconds per step")
    print(f"{'step':<18}{'stock':>9}{'kg':>9}{'kg/stock':>10}")
    totals = {"stock": 0.0, "kg": 0.0}
    steps = ["tokenizer", *(name for name, _ in kg_nlp.pipeline)]
    for step in steps:
        stock_s = statistics.median(times["stock"][step])
        kg_s = statistics.median(times["kg"][step])
        totals["stock"] += stock_s
        totals["kg"] += kg_s
        label = f"{step} ({type(kg_nlp.get_pipe(step)).__name__})" if step != "tokenizer" else step
        print(f"{label:<18}{stock_s:>9.3f}{kg_s:>9.3f}{kg_s / stock_s:>10.2f}")
    stock_total, kg_total = totals["stock"], totals["kg"]
    print(f"{'total':<18}{stock_total:>9.3f}{kg_total:>9.3f}{kg_total / stock_total:>10.2f}")


if __name__ == "__main__":
    main()
