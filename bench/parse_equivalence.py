"""Whether kg's pipeline annotates every token as the model's own components do.

    python bench/parse_equivalence.py CORPUS.jsonl [CORPUS.jsonl ...] [--batch-size 16]

kg's pipeline (`kg.nlp.load_model`) runs stand-ins for some of the model's components (see
`kg.components`); the model's own pipeline (`spacy.load`) is given kg's tokenizer, so that
both parse the same tokens, and the annotations of every token are compared: tag, part of
speech, morphology, lemma, dependency label, head, entity tag and type. Prints the tokens
compared and each difference (article id, token index, attribute, the model's value and
kg's); exits with status 1 if there is any.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections import Counter
from collections.abc import Iterator
from pathlib import Path

import spacy
from spacy.attrs import DEP, ENT_IOB, ENT_TYPE, HEAD, LEMMA, MORPH, POS, TAG

from kg.nlp import default_model_name, load_model

COMPARED = {
    "TAG": TAG,
    "POS": POS,
    "MORPH": MORPH,
    "LEMMA": LEMMA,
    "DEP": DEP,
    "HEAD": HEAD,
    "ENT_IOB": ENT_IOB,
    "ENT_TYPE": ENT_TYPE,
}
# Differences printed in full; the rest are only counted.
SHOWN = 50


def articles(paths: list[Path]) -> Iterator[tuple[str, str]]:
    for path in paths:
        with path.open(encoding="utf-8") as lines:
            for number, line in enumerate(lines, 1):
                if line.strip():
                    record = json.loads(line)
                    yield str(record.get("id", f"{path.name}:{number}")), record["text"]


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("corpora", type=Path, nargs="+")
    parser.add_argument("--batch-size", type=int, default=16)
    args = parser.parse_args()
    ours = load_model()
    stock = spacy.load(default_model_name())
    stock.tokenizer = ours.tokenizer
    for name in stock.pipe_names:
        if name not in ours.pipe_names:
            stock.disable_pipe(name)
    print("kg:   ", ", ".join(f"{n} ({type(p).__name__})" for n, p in ours.pipeline))
    print("model:", ", ".join(f"{n} ({type(p).__name__})" for n, p in stock.pipeline))
    ids, texts = zip(*articles(args.corpora), strict=True)
    attributes = list(COMPARED.values())
    strings = ours.vocab.strings
    tokens = 0
    differences: Counter[str] = Counter()
    pairs = zip(
        stock.pipe(texts, batch_size=args.batch_size),
        ours.pipe(texts, batch_size=args.batch_size),
        strict=True,
    )
    for article, (expected, got) in zip(ids, pairs, strict=True):
        if [t.text for t in expected] != [t.text for t in got]:
            differences["tokens"] += 1
            print(f"{article}: the tokens differ")
            continue
        tokens += len(got)
        want = expected.to_array(attributes)
        have = got.to_array(attributes)
        for i, j in zip(*(want != have).nonzero(), strict=True):
            name = list(COMPARED)[j]
            differences[name] += 1
            if sum(differences.values()) <= SHOWN:
                a, b = int(want[i, j]), int(have[i, j])
                if name not in ("HEAD", "ENT_IOB"):
                    a, b = strings[a], strings[b]  # type: ignore[assignment]
                print(f"{article} token {i} {name}: model {a!r}, kg {b!r}")
    print(
        f"{len(texts)} articles, {tokens} tokens compared, {sum(differences.values())} differences"
    )
    for name, count in differences.most_common():
        print(f"  {name}: {count}")
    return 1 if differences else 0


if __name__ == "__main__":
    sys.exit(main())
