"""Event participants, places and sources of `kg build` on WikiEvents news, against its event
arguments.

    python bench/wikievents_events.py WIKIEVENTS_JSONL [--half tune|heldout|all] [--verbose]

WikiEvents marks each event mention by its trigger word and its arguments by KAIROS role
(Attacker, Victim, Place, Communicator, ...), each argument the head of one entity mention. For
every argument of a trigger, the graph's events whose evidence covers the trigger are asked:
- a Place argument: is the event's place (`sem:hasPlace`) labelled with the argument's words?
- any other role: is an agent, recipient or patient labelled with them (loosely: the argument's
  words among the label's words, as the scorer matches participants)?
An argument that is a pronoun is left out: it names nobody the graph could label without
coreference. A nominal head ("protesters") counts when a group or a body carries it in its
label; "(named)" counts only arguments whose words are all capitalised.

"event has a place" counts the triggers whose events have any place at all.

Sources: an event whose sentence also holds a reported-speech trigger (WikiEvents' Contact
events with a Communicator: "said", "told", "reported") is credited to that communicator when
one of its `prov:wasAttributedTo` sources is labelled with the communicator's words.

Documents are split into halves as `wikievents_entities.py` splits them; `heldout` prints
aggregates only.
"""

from __future__ import annotations

import argparse
import json
import re
from collections import defaultdict
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from rdflib import Graph
from rdflib.term import Node
from wikievents_articles import rebuilt_text
from wikievents_entities import PRONOUNS, Tally, documents

from kg.eval.score import PARTICIPANT, Scorer, norm, overlaps
from kg.graph import add_articles, flatten, new_dataset
from kg.model import Article
from kg.namespace import KG, PROV, SEM
from kg.pipeline import BuildOptions, analyse

OBJECT_PRONOUNS = frozenset({"him", "them", "us", "me"})
# A role that names where, not who.
PLACE_ROLES = frozenset({"Place"})
# Contact events that credit what a sentence tells to their communicator.
REPORTING_TYPES = frozenset({"Contact.Contact.Broadcast", "Contact.Contact.Unspecified"})


def token_spans(document: dict[str, Any]) -> list[tuple[int, int, int]]:
    """Each document token's sentence and character span in the rebuilt text (WikiEvents
    gives offsets in its own `text`, where sentences run together)."""
    spans = []
    offset = 0
    for number, (tokens, sentence) in enumerate(document["sentences"]):
        first = tokens[0][1] if tokens else 0
        spans += [
            (number, offset + start - first, offset + end - first) for _w, start, end in tokens
        ]
        offset += len(sentence) + 1
    return spans


def mentions_by_id(document: dict[str, Any]) -> dict[str, dict[str, Any]]:
    return {m["id"]: m for m in document["entity_mentions"]}


def events_at(scorer: Scorer, span: tuple[int, int]) -> list[Node]:
    return [
        e
        for e in set(scorer.graph.subjects(KG.evidence, None))
        if overlaps(scorer.spans_of(e), [span])
    ]


def argument_text(mention: dict[str, Any]) -> str | None:
    text = norm(mention["text"])
    if not text or text.split()[0] in PRONOUNS | OBJECT_PRONOUNS:
        return None
    return text


def labelled(scorer: Scorer, nodes: Iterator[Node], words: str) -> bool:
    wanted = set(words.split())
    return any(any(wanted <= set(label.split()) for label in scorer.labels(n)) for n in nodes)


def participants(scorer: Scorer, event: Node) -> Iterator[Node]:
    for prop in PARTICIPANT:
        yield from scorer.graph.objects(event, prop)


def describe(scorer: Scorer, events: list[Node]) -> str:
    parts = []
    for e in events:
        who = sorted({min(scorer.labels(n), default="?") for n in participants(scorer, e)})
        place = sorted(
            {min(scorer.labels(p), default="?") for p in scorer.graph.objects(e, SEM.hasPlace)}
        )
        src = sorted(
            {
                min(scorer.labels(s), default=str(s))
                for s in scorer.graph.objects(e, PROV.wasAttributedTo)
            }
        )
        parts.append(f"<{who} @{place} src{src}>")
    return " ".join(parts) or "(no event)"


def score_document(graph: Graph, document: dict[str, Any], tally: Tally) -> None:
    text = rebuilt_text(document)
    scorer = Scorer(graph, text)
    spans = token_spans(document)
    mentions = mentions_by_id(document)
    doc_id = document["doc_id"]
    reporters: dict[int, list[tuple[str, str]]] = defaultdict(list)
    for item in document["event_mentions"]:
        if item["event_type"] in REPORTING_TYPES:
            trigger = item["trigger"]
            for arg in item["arguments"]:
                who = argument_text(mentions[arg["entity_id"]])
                if arg["role"] == "Communicator" and who:
                    reporters[trigger["sent_idx"]].append((item["id"], who))
    for item in document["event_mentions"]:
        trigger = item["trigger"]
        sentence, start, _ = spans[trigger["start"]]
        end = spans[trigger["end"] - 1][2]
        found = events_at(scorer, (start, end))
        where = f"{doc_id} s{sentence} {trigger['text']!r} ({item['event_type']})"
        tally.record("event at trigger", bool(found), where)
        placed = any(True for e in found for _ in scorer.graph.objects(e, SEM.hasPlace))
        tally.record("event has a place", placed, f"{where}: {describe(scorer, found)}")
        for arg in item["arguments"]:
            words = argument_text(mentions[arg["entity_id"]])
            if words is None:
                continue
            role = arg["role"]
            if role in PLACE_ROLES:
                ok = any(
                    labelled(scorer, scorer.graph.objects(e, SEM.hasPlace), words) for e in found
                )
            else:
                ok = any(labelled(scorer, participants(scorer, e), words) for e in found)
            kind = "place" if role in PLACE_ROLES else "participant"
            tally.record(kind, ok, f"{where} {role}={words!r}: {describe(scorer, found)}")
            tally.record(f"role.{role}", ok, where)
            if all(w[:1].isupper() for w in mentions[arg["entity_id"]]["text"].split()):
                tally.record(f"{kind} (named)", ok, where)
        for reporter_id, who in reporters.get(trigger["sent_idx"], []):
            if reporter_id == item["id"]:
                continue
            ok = any(
                labelled(scorer, scorer.graph.objects(e, PROV.wasAttributedTo), who) for e in found
            )
            tally.record("attribution", ok, f"{where} source={who!r}: {describe(scorer, found)}")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("documents", type=Path, help="WikiEvents JSON Lines (e.g. dev.jsonl)")
    parser.add_argument("--half", choices=("tune", "heldout", "all"), default="tune")
    parser.add_argument("--verbose", "-v", action="store_true", help="print every check")
    parser.add_argument("--only", help="score only documents whose id matches this pattern")
    args = parser.parse_args(argv)
    if args.half == "heldout" and args.verbose:
        parser.error("the held-out half is read in aggregate only")
    docs = {
        d["doc_id"]: d
        for d in documents(args.documents, args.half)
        if not args.only or re.search(args.only, d["doc_id"])
    }
    articles = [Article(id=i, text=rebuilt_text(d)) for i, d in docs.items()]
    tally = Tally()
    for facts in analyse(iter(articles), BuildOptions()):
        graph = flatten(add_articles(new_dataset(), [facts]))
        score_document(graph, docs[facts.article.id], tally)
    if args.verbose:
        print("\n".join(tally.lines))
    print(f"{len(docs)} documents ({args.half})")
    for key, (passed, total) in sorted(tally.counts.items()):
        print(f"{key:24} {passed / total:.3f}  ({passed}/{total})")
    print(json.dumps({k: v for k, v in sorted(tally.counts.items())}))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
