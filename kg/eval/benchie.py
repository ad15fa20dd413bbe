"""The BenchIE benchmark's fact-level scorer (Gashteovski et al., 2022), reimplemented.

BenchIE's gold groups, for each sentence, the triples that state one fact into a *fact
synset*; a triple's words in square brackets are optional. Scoring follows the benchmark's
description and reference figures:

- A slot's variants: the slot is split on single spaces; a word holding "[" opens an optional
  group that runs to the first word holding "]" (a word holding both is a group of its own);
  a stray word holding only "]" is dropped. Every subset of the optional groups may be left
  out; the brackets are then deleted. Slots compare exactly once stripped at the ends (case,
  punctuation and inner spacing count).
- An extraction is right when subject, relation and object all equal the variants of one gold
  triple of its sentence; it then covers the first synset holding such a triple.
- Each synset counts once: recall is covered synsets over all synsets; precision is covered
  synsets over covered synsets plus wrong extractions, so an extraction repeating a covered
  fact is neither credited nor charged. Extractions of sentences without gold are ignored.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass
from itertools import combinations
from pathlib import Path

from kg.eval.carb import choose_half, normalize_sentence

__all__ = [
    "BenchieFormatError",
    "BenchieGold",
    "BenchieScore",
    "Fact",
    "choose_sentences",
    "evaluate",
    "parse_gold",
    "read_extractions",
    "read_gold",
    "score",
    "slot_variants",
]

_SENTENCE = re.compile(r"^sent_id:(?P<id>[^\t]*)\t(?P<text>.*)$")
_ARROW = " --> "


class BenchieFormatError(ValueError):
    """A gold or extraction file that is not in BenchIE's format."""


@dataclass(frozen=True, slots=True)
class Fact:
    """One extracted triple of a sentence, as BenchIE reads it."""

    sentence: str
    subject: str
    relation: str
    object: str


# A gold triple: the allowed strings of its subject, relation and object.
_GoldTriple = tuple[frozenset[str], frozenset[str], frozenset[str]]


@dataclass(frozen=True, slots=True)
class BenchieGold:
    """Sentence texts by id, and each sentence's fact synsets (tuples of gold triples)."""

    sentences: Mapping[str, str]
    synsets: Mapping[str, tuple[tuple[_GoldTriple, ...], ...]]


@dataclass(frozen=True, slots=True)
class BenchieScore:
    precision: float
    recall: float
    f1: float
    sentences: int
    synsets: int
    extractions: int
    covered: int
    wrong: int


def _groups(words: Sequence[str]) -> Iterator[str]:
    i = 0
    while i < len(words):
        word = words[i]
        opens, closes = "[" in word, "]" in word
        if opens and not closes:
            end = next((j for j in range(i + 1, len(words)) if "]" in words[j]), None)
            if end is not None:
                yield " ".join(words[i : end + 1])
                i = end + 1
                continue
        elif not closes or opens:
            yield word
        i += 1


def slot_variants(slot: str) -> frozenset[str]:
    """Every surface form a gold slot allows, stripped at the ends."""
    groups = list(_groups(slot.split(" ")))
    optional = [i for i, group in enumerate(groups) if "[" in group]
    variants = set()
    for size in range(len(optional) + 1):
        for left_out in combinations(optional, size):
            kept = " ".join(g for i, g in enumerate(groups) if i not in left_out)
            variants.add(kept.replace("[", "").replace("]", "").strip())
    return frozenset(variants)


def parse_gold(lines: Iterable[str], name: str = "gold") -> BenchieGold:
    """The gold file's lines: `sent_id:ID<TAB>sentence`, then `... --> Cluster N:` headers
    each followed by its triples `subject --> relation --> object`; a blank line ends a
    sentence."""
    sentences: dict[str, str] = {}
    synsets: dict[str, list[list[_GoldTriple]]] = {}
    current: str | None = None
    for number, raw in enumerate(lines, start=1):
        line = raw.strip()
        if not line:
            current = None
            continue
        found = _SENTENCE.match(raw.rstrip("\r\n"))
        if found:
            current = found["id"]
            if current in sentences:
                raise BenchieFormatError(f"{name}:{number}: sentence id {current!r} repeated")
            sentences[current] = found["text"].strip()
            synsets[current] = []
            continue
        if current is None:
            raise BenchieFormatError(f"{name}:{number}: expected a sent_id:ID<TAB>sentence line")
        if _ARROW in line:
            slots = line.split(_ARROW)
            if len(slots) < 3 or not synsets[current]:
                raise BenchieFormatError(
                    f"{name}:{number}: expected subject --> relation --> object after a cluster"
                )
            triple = (slot_variants(slots[0]), slot_variants(slots[1]), slot_variants(slots[2]))
            synsets[current][-1].append(triple)
        elif "Cluster" in line:
            synsets[current].append([])
        else:
            raise BenchieFormatError(f"{name}:{number}: expected a cluster header or a triple")
    return BenchieGold(
        sentences, {sid: tuple(tuple(s) for s in found) for sid, found in synsets.items()}
    )


def _read_text(path: str | Path) -> list[str]:
    try:
        return Path(path).read_text(encoding="utf-8").splitlines()
    except (OSError, UnicodeDecodeError) as exc:
        raise BenchieFormatError(f"{path}: cannot read ({exc})") from exc


def read_gold(path: str | Path) -> BenchieGold:
    return parse_gold(_read_text(path), str(path))


def read_extractions(path: str | Path) -> list[Fact]:
    """An extractions file: `sent_id<TAB>subject<TAB>relation<TAB>object`, one a line."""
    facts = []
    for number, line in enumerate(_read_text(path), start=1):
        if not line.strip():
            continue
        cells = line.rstrip("\r\n").split("\t")
        if len(cells) < 4:
            raise BenchieFormatError(
                f"{path}:{number}: expected sent_id<TAB>subject<TAB>relation<TAB>object"
            )
        facts.append(Fact(cells[0].strip(), cells[1], cells[2], cells[3]))
    return facts


def _covers(fact: Fact, triple: _GoldTriple) -> bool:
    subjects, relations, objects = triple
    return (
        fact.subject.strip() in subjects
        and fact.relation.strip() in relations
        and fact.object.strip() in objects
    )


def score(
    gold: BenchieGold, facts: Iterable[Fact], sentences: Iterable[str] | None = None
) -> BenchieScore:
    """BenchIE's precision, recall and F1 of `facts` over the gold sentences with the given ids
    (all of them when `sentences` is None)."""
    chosen = set(gold.synsets) if sentences is None else set(sentences) & set(gold.synsets)
    covered: set[tuple[str, int]] = set()
    wrong = extractions = 0
    for fact in facts:
        if fact.sentence not in chosen:
            continue
        extractions += 1
        synsets = gold.synsets[fact.sentence]
        hit = next(
            (i for i, synset in enumerate(synsets) if any(_covers(fact, t) for t in synset)), None
        )
        if hit is None:
            wrong += 1
        else:
            covered.add((fact.sentence, hit))
    total = sum(len(gold.synsets[s]) for s in chosen)
    precision = len(covered) / (len(covered) + wrong) if covered or wrong else 0.0
    recall = len(covered) / total if total else 0.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return BenchieScore(precision, recall, f1, len(chosen), total, extractions, len(covered), wrong)


def choose_sentences(gold: BenchieGold, sentences: Sequence[str], half: str) -> dict[str, str]:
    """The ids and texts of one half of `sentences` (CaRB's hash split), matched to the gold's
    sentences by their letters and digits."""
    ids = {normalize_sentence(text): sid for sid, text in gold.sentences.items()}
    return {
        ids[key]: s for s in choose_half(sentences, half) if (key := normalize_sentence(s)) in ids
    }


def evaluate(
    gold_path: str | Path,
    sentences_path: str | Path,
    half: str = "heldout",
    extractions_path: str | Path | None = None,
    model: str | None = None,
) -> BenchieScore:
    """BenchIE figures of `kg.triples` as binary facts (or of an extractions file) on one half
    of the sentences (see `choose_sentences`)."""
    from kg.nlp import load_model
    from kg.triples import binary_facts, extract_texts, read_lines

    gold = read_gold(gold_path)
    texts = [text for _, text in read_lines(str(sentences_path))]
    chosen = choose_sentences(gold, texts, half)
    if extractions_path is not None:
        facts = read_extractions(extractions_path)
    else:
        results = extract_texts(chosen.items(), load_model(model))
        facts = [
            Fact(r.source, s, p, o)
            for r in results
            for t in r.triples
            for s, p, o in binary_facts(t, compact=True)
        ]
    return score(gold, facts, chosen)
