"""Named entities of `kg build` on WikiEvents wire news, scored against its entity mentions.

    python bench/wikievents_entities.py WIKIEVENTS_JSONL [--half tune|heldout|all] [--verbose]

WikiEvents marks every mention of an entity (names, nominals, pronouns) and leaves the mention type
unknown, so the named ones are told apart here: a mention of type PER, ORG, GPE, LOC or FAC whose
content words are all capitalised (a sentence-initial word only when the article never writes it in
lower case) and that is no pronoun or demonym. PER is Person, ORG Organization, and GPE, LOC and FAC
are Place (the guidelines make named buildings and sites places). A person's later shorter forms
("Matanov" after "Khairullozhon Matanov") are aliases of the full name, as the guidelines say.

Each document's graph is built on its own, as `kg eval` does, and scored by label:
- recall.TYPE: a gold entity is found when a node of that type has one of its names as a label;
- precision.TYPE: a node of that type is right when a label of it is a gold name of that type;
- canonical: a named node fails when its label is a bare surname of a person the article names in
  full, ends in a possessive, starts with an honorific or is a demonym (as forbidden labels).

Documents are split into halves by a hash of their id: tune on `tune`, read `heldout` rarely.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import re
from collections import defaultdict
from collections.abc import Iterator, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from types import MappingProxyType
from typing import Any

from rdflib import RDF, RDFS, SKOS, Graph
from rdflib.term import Node
from wikievents_articles import rebuilt_text

from kg.eval.score import TYPES as SCORE_TYPES
from kg.eval.score import norm
from kg.gazetteer import find_places
from kg.graph import add_articles, flatten, new_dataset
from kg.lexicon import entries, mapping
from kg.lexicon import words as words_of
from kg.model import Article
from kg.pipeline import BuildOptions, analyse

TYPES: Mapping[str, str] = MappingProxyType(
    {"PER": "Person", "ORG": "Organization", "GPE": "Place", "LOC": "Place", "FAC": "Place"}
)
CLASSES: Mapping[str, Node] = MappingProxyType(
    {k: v for k, v in SCORE_TYPES.items() if k != "Group"}
)
# The small words inside names ("Central Hospital of Maracay"), as the entity rules read them.
FUNCTION_WORDS = words_of("wire_name_particles")
PRONOUNS = frozenset(
    re.findall(
        r"\w+", "he she they it we i you his her their its this that these those who which one"
    )
)
# Adjectives and nouns of peoples and faiths ("Pakistani", "Chechen", "Muslims"): the guidelines
# make none of them an entity.
PEOPLE_SUFFIX = re.compile(r"(?:an|ian|ese|ish|i|ic|en)s?$")
PLACE_ENDINGS = ("", "a", "ia", "nya", "istan", "land")
PEOPLE_WORDS = frozenset(
    re.findall(r"\w+", "soviet muslim christian jewish sunni shia shiite arab")
)


def half_of(doc_id: str) -> str:
    return "tune" if int(hashlib.sha256(doc_id.encode()).hexdigest(), 16) % 2 == 0 else "heldout"


def demonyms() -> frozenset[str]:
    adjectives = set(mapping("demonyms"))
    return frozenset(adjectives | {a + "s" for a in adjectives})


def honorifics() -> frozenset[str]:
    return frozenset(e.rstrip(".") for e in entries("honorifics"))


def is_named(mention: dict[str, Any], lower_words: set[str]) -> bool:
    words = [w for w in re.split(r"[\s\-]+", mention["text"]) if re.search(r"[^\W\d_]", w)]
    if not words or words[0].casefold() in PRONOUNS:
        return False
    content = [w for w in words if w.casefold() not in FUNCTION_WORDS]
    if not content or not all(w[0].isupper() for w in content):
        return False
    if len(content) > 1:
        return True
    # WikiEvents marks the head of a nominal ("Sergeant" of "Staff Sergeant Louis M. Bonocasa",
    # "Protesters" opening a sentence): a word the article also writes in lower case is no name.
    word = content[0].casefold()
    return not ({word, word.removesuffix("s")} & lower_words) and word not in words_of("titles")


def is_people_word(name: str) -> bool:
    """ "Pakistani", "Libyan", "Chechen": a suffix on the stem of a sizeable place's name."""
    if name.split()[-1].removesuffix("s") in PEOPLE_WORDS:
        return True
    suffix = PEOPLE_SUFFIX.search(name)
    if suffix is None:
        return False
    stem = name[: suffix.start()]
    return any(
        match.quality == 1.0 and match.place.population >= 500_000
        for end in PLACE_ENDINGS
        for match in find_places(stem + end)
    )


@dataclass
class GoldEntity:
    type: str
    names: set[str] = field(default_factory=set)


def gold_entities(document: dict[str, Any], demonym_words: frozenset[str]) -> list[GoldEntity]:
    text = rebuilt_text(document)
    lower_words = {w for w in re.findall(r"[^\W\d_]+", text) if w.islower()}
    by_type: dict[str, set[str]] = defaultdict(set)
    for mention in document["entity_mentions"]:
        kind = TYPES.get(mention["entity_type"])
        if kind is None:
            continue
        name = norm(mention["text"])
        if (
            name
            and name not in demonym_words
            and not is_people_word(name)
            and is_named(mention, lower_words)
        ):
            by_type[kind].add(name)
    entities: list[GoldEntity] = []
    for kind, names in by_type.items():
        full = sorted(names, key=lambda n: -len(n.split()))
        for name in full:
            longer = next(
                (
                    e
                    for e in entities
                    if e.type == kind == "Person" and _is_short_form(name, max(e.names, key=len))
                ),
                None,
            )
            if longer is not None:
                longer.names.add(name)
            else:
                entities.append(GoldEntity(kind, {name}))
    return entities


def _is_short_form(short: str, full: str) -> bool:
    """`short` is the end of `full` ("matanov" of "khairullozhon matanov") or its first name."""
    s, f = short.split(), full.split()
    return len(s) < len(f) and (f[-len(s) :] == s or f[: len(s)] == s)


@dataclass
class Tally:
    counts: dict[str, list[int]] = field(default_factory=lambda: defaultdict(lambda: [0, 0]))
    lines: list[str] = field(default_factory=list)

    def record(self, category: str, ok: bool, what: str) -> None:
        self.counts[category][0] += ok
        self.counts[category][1] += 1
        self.lines.append(f"{'PASS' if ok else 'FAIL'} [{category}] {what}")


def node_labels(graph: Graph, node: Node) -> set[str]:
    names = {norm(str(o)) for o in graph.objects(node, RDFS.label)}
    return names | {norm(str(o)) for o in graph.objects(node, SKOS.altLabel)}


def canonical_fault(
    label: str, surnames: set[str], demonym_words: frozenset[str], honorific_words: frozenset[str]
) -> str | None:
    folded = " ".join(label.casefold().replace("’", "'").split())
    if folded.endswith("'s") or folded.endswith("'"):
        return "possessive"
    words = folded.split()
    if words and words[0].rstrip(".") in honorific_words:
        return "honorific"
    if norm(folded) in demonym_words:
        return "demonym"
    if len(words) == 1 and norm(folded) in surnames:
        return "bare surname"
    return None


def score_document(
    graph: Graph,
    gold: list[GoldEntity],
    tally: Tally,
    doc_id: str,
    words: dict[str, frozenset[str]],
) -> None:
    for entity in gold:
        nodes = graph.subjects(RDF.type, CLASSES[entity.type])
        hit = any(node_labels(graph, n) & entity.names for n in nodes)
        tally.record(
            f"recall.{entity.type}", hit, f"{doc_id}: {entity.type} {sorted(entity.names)}"
        )
    surnames = {
        name.split()[-1] for e in gold if e.type == "Person" for name in e.names if " " in name
    }
    for type_name, cls in CLASSES.items():
        gold_names = set().union(*(e.names for e in gold if e.type == type_name))
        for node in set(graph.subjects(RDF.type, cls)):
            found = node_labels(graph, node)
            elsewhere = sorted({e.type for e in gold if e.type != type_name and found & e.names})
            note = f" (gold {'/'.join(elsewhere)})" if elsewhere else ""
            tally.record(
                f"precision.{type_name}",
                bool(found & gold_names),
                f"{doc_id}: found {type_name} {sorted(found)}{note}",
            )
            label = str(graph.value(node, RDFS.label) or "")
            fault = canonical_fault(label, surnames, words["demonyms"], words["honorifics"])
            tally.record(
                "canonical", fault is None, f"{doc_id}: {type_name} {label!r} {fault or ''}"
            )


def documents(path: Path, half: str) -> Iterator[dict[str, Any]]:
    with path.open(encoding="utf-8") as lines:
        for line in lines:
            if line.strip():
                document = json.loads(line)
                if half == "all" or half_of(document["doc_id"]) == half:
                    yield document


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("documents", type=Path, help="WikiEvents JSON Lines (e.g. dev.jsonl)")
    parser.add_argument("--half", choices=("tune", "heldout", "all"), default="tune")
    parser.add_argument("--verbose", "-v", action="store_true", help="print every check")
    parser.add_argument("--json", action="store_true", help="print the figures as JSON")
    args = parser.parse_args(argv)
    if args.half == "heldout" and args.verbose:
        parser.error("the held-out half is read in aggregate only")
    words = {"demonyms": demonyms(), "honorifics": honorifics()}
    docs = {d["doc_id"]: d for d in documents(args.documents, args.half)}
    articles = [Article(id=i, text=rebuilt_text(d)) for i, d in docs.items()]
    tally = Tally()
    for facts in analyse(iter(articles), BuildOptions()):
        graph = flatten(add_articles(new_dataset(), [facts]))
        document = docs[facts.article.id]
        score_document(
            graph, gold_entities(document, words["demonyms"]), tally, document["doc_id"], words
        )
    if args.verbose:
        print("\n".join(tally.lines))
    figures = {k: round(p / t, 3) if t else None for k, (p, t) in sorted(tally.counts.items())}
    if args.json:
        print(json.dumps({"documents": len(docs), "figures": figures, "counts": tally.counts}))
    else:
        print(f"{len(docs)} documents ({args.half})")
        for key, (passed, total) in sorted(tally.counts.items()):
            print(f"{key:24} {passed / total:.3f}  ({passed}/{total})")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
