"""Competency questions from a gold file, asked of the graph built from one article.

The rules are those of the project's evaluation (what counts as a match for an entity, a
relation, an event and its slots, a time expression), so that users with gold data of their
own measure exactly what the project reports. The gold format is documented in the README.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from typing import Any

from rdflib import Graph, Literal, URIRef
from rdflib.term import Node

from kg.namespace import GEO, KG, NIF, PROV, RDF, RDFS, SDO, SEM, SKOS

TYPES = {
    "Person": SDO.Person,
    "Organization": SDO.Organization,
    "Place": SDO.Place,
    "Group": KG.Group,
}
PREFIXES = {
    "schema": str(SDO),
    "kg": str(KG),
    "sem": str(SEM),
    "prov": str(PROV),
    "skos": str(SKOS),
    "rdfs": str(RDFS),
    "geo": str(GEO),
}
PARTICIPANT = (KG.agent, KG.recipient, KG.patient)
Span = tuple[int, int]


def norm(text: str) -> str:
    """Case-folded words without punctuation, possessives or a leading article."""
    text = unicodedata.normalize("NFKC", str(text)).casefold().replace("’", "'")
    text = re.sub(r"'s\b", "", text)
    text = re.sub(r"[^\w\s]", " ", text)
    words = text.split()
    if words and words[0] in {"the", "a", "an"}:
        words = words[1:]
    return " ".join(words)


def light(text: str) -> str:
    """Nearly verbatim: a possessive or an honorific is exactly what forbidden labels catch."""
    return " ".join(unicodedata.normalize("NFKC", str(text)).casefold().replace("’", "'").split())


def expand(term: str) -> URIRef:
    prefix, local = term.split(":", 1)
    return URIRef(PREFIXES[prefix] + local)


def same(gold: str, found: set[str], loose: bool) -> bool:
    """A gold name against a node's names; `loose` also accepts word-set containment."""
    g = norm(gold)
    if g in found:
        return True
    if not loose:
        return False
    gold_words = set(g.split())
    return any(
        gold_words <= set(f.split()) or (f and set(f.split()) <= gold_words and len(f.split()) >= 2)
        for f in found
    )


def overlaps(a: Iterable[Span], b: Iterable[Span]) -> bool:
    b = list(b)
    return any(s1 < e2 and s2 < e1 for s1, e1 in a for s2, e2 in b)


def answers_event(
    item: dict[str, Any], gold: Iterable[Span], spans: Iterable[Span], agents: Iterable[set[str]]
) -> bool:
    """Whether an event of a gold event's class, with evidence at `spans` and agents labelled
    `agents`, answers it: the evidence overlaps the gold evidence (`gold`, its spans) and, when
    the gold names an agent, one of the agents is it."""
    return overlaps(spans, gold) and (
        "agent" not in item or any(same(item["agent"], labels, False) for labels in agents)
    )


@dataclass
class Scorer:
    """Scores one article's graph; `tally` maps a category to [passed, total]."""

    graph: Graph
    text: str
    lines: list[str] = field(default_factory=list)
    tally: dict[str, list[int]] = field(default_factory=dict)
    # (kg:confidence, right?) for every order found: how well confidence predicts precision.
    calibration: list[tuple[float, bool]] = field(default_factory=list)

    def record(self, category: str, ok: bool, what: str) -> bool:
        passed, total = self.tally.setdefault(category, [0, 0])
        self.tally[category] = [passed + ok, total + 1]
        self.lines.append(f"{'PASS' if ok else 'FAIL'} [{category}] {what}")
        return ok

    def labels(self, node: Node) -> set[str]:
        found = {norm(str(o)) for o in self.graph.objects(node, RDFS.label)}
        found |= {norm(str(o)) for o in self.graph.objects(node, SKOS.altLabel)}
        if isinstance(node, Literal):
            found.add(norm(str(node)))
        return found

    def nodes_labelled(self, label: str, loose: bool, cls: URIRef | None = None) -> list[Node]:
        return [
            node
            for node in set(self.graph.subjects(RDFS.label, None))
            if (cls is None or (node, RDF.type, cls) in self.graph)
            and same(label, self.labels(node), loose)
        ]

    def spans_of(self, event: Node) -> list[Span]:
        spans: list[Span] = []
        for mention in self.graph.objects(event, KG.evidence):
            anchor = self.graph.value(mention, NIF.anchorOf)
            begin = self.graph.value(mention, NIF.beginIndex)
            if anchor is None:
                continue
            hits = [m.start() for m in re.finditer(re.escape(str(anchor)), self.text)]
            if not hits:
                continue
            at = min(hits, key=lambda h: abs(h - int(begin))) if begin is not None else hits[0]  # type: ignore[call-overload]
            spans.append((at, at + len(str(anchor))))
        # In text order, so that `kg eval -v` names an order by its first evidence in every run.
        return sorted(spans)

    def gold_spans(self, phrases: list[str]) -> list[Span]:
        spans: list[Span] = []
        for phrase in phrases:
            spans.extend((m.start(), m.end()) for m in re.finditer(re.escape(phrase), self.text))
            if phrase not in self.text:
                self.lines.append(f"WARN gold evidence not in article: {phrase!r}")
        return spans

    def entities(self, gold: list[dict[str, Any]], exhaustive: bool) -> None:
        for item in gold:
            cls = TYPES[item["type"]]
            loose = item["type"] == "Group"
            names = [item["label"], *item.get("aliases", [])]
            hit = any(self.nodes_labelled(name, loose, cls) for name in names)
            self.record(f"entity.{item['type']}", hit, f"{item['type']} {item['label']!r}")
        if not exhaustive:
            return
        for type_name in ("Person", "Organization", "Place"):
            golds = [g for g in gold if g["type"] == type_name]
            # Sorted: the lines `kg eval -v` prints come out in the same order in every run.
            for node in sorted(set(self.graph.subjects(RDF.type, TYPES[type_name])), key=str):
                found = self.labels(node)
                ok = any(
                    same(name, found, False)
                    for g in golds
                    for name in [g["label"], *g.get("aliases", [])]
                )
                self.record(
                    f"precision.{type_name}", ok, f"found {type_name} {sorted(found)} is in gold"
                )

    def forbidden(self, gold: list[str]) -> None:
        for label in gold:
            bad = [
                n
                for n in set(self.graph.subjects(RDFS.label, None))
                if light(label) in {light(str(o)) for o in self.graph.objects(n, RDFS.label)}
                and any((n, RDF.type, c) in self.graph for c in TYPES.values())
            ]
            self.record("precision.canonical", not bad, f"no entity is labelled {label!r}")

    def relations(self, gold: list[dict[str, Any]]) -> None:
        for rel in gold:
            pred = expand(rel["p"])
            ok = False
            for s in self.nodes_labelled(rel["s"], False):
                for o in self.graph.objects(s, pred):
                    if "o" in rel and same(rel["o"], self.labels(o), pred == SDO.jobTitle):
                        ok = True
                    if "approx" in rel and abs(float(str(o)) - rel["approx"]) <= rel.get(
                        "tolerance", 0.1
                    ):
                        ok = True
                    if "iri" in rel and str(o) == rel["iri"]:
                        ok = True
            target = rel.get("o", rel.get("approx", rel.get("iri")))
            self.record("relation", ok, f"{rel['s']!r} {rel['p']} {target!r}")

    def found_events(self, item: dict[str, Any]) -> list[Node]:
        """The event nodes that answer a gold event: of its class, with evidence that overlaps
        the gold evidence and, when the gold names an agent, that agent."""
        gspans = self.gold_spans(item["evidence"])
        return [
            e
            for e in set(self.graph.subjects(RDF.type, expand(item.get("class", "sem:Event"))))
            if answers_event(
                item,
                gspans,
                self.spans_of(e),
                (self.labels(a) for a in self.graph.objects(e, KG.agent)),
            )
        ]

    def events(self, gold: list[dict[str, Any]]) -> None:
        for item in gold:
            candidates = self.found_events(item)
            name = item.get("name", item["evidence"][0])
            if not self.record(
                "event", bool(candidates), f"{item.get('class', 'sem:Event')} {name!r}"
            ):
                continue
            self.slots(item, candidates, name)
            if "max_count" in item:
                self.record(
                    "event.coreference",
                    len(candidates) <= item["max_count"],
                    f"{name!r}: {len(candidates)} nodes (at most {item['max_count']})",
                )

    def slots(self, item: dict[str, Any], events: list[Node], name: str) -> None:
        def any_event(test: Callable[[Node], bool]) -> bool:
            return any(test(e) for e in events)

        def has(prop: URIRef, who: str, loose: bool) -> Callable[[Node], bool]:
            return lambda e: any(
                same(who, self.labels(r), loose) for r in self.graph.objects(e, prop)
            )

        for who in item.get("recipient", []):
            self.record(
                "event.recipient",
                any_event(has(KG.recipient, who, True)),
                f"{name!r} recipient {who!r}",
            )
        for who in item.get("participant", []):
            ok = any(any_event(has(p, who, True)) for p in PARTICIPANT)
            self.record("event.participant", ok, f"{name!r} participant {who!r}")
        if "date" in item:
            date = item["date"]

            def dated(e: Node) -> bool:
                values = [str(v) for v in self.graph.objects(e, SEM.hasTimeStamp)]
                values += [
                    str(v)
                    for t in self.graph.objects(e, KG.time)
                    for v in self.graph.objects(t, KG.timexValue)
                ]
                return any(
                    v == date or (date.startswith("-") and date in v) or v.startswith(date)
                    for v in values
                )

            self.record("event.date", any_event(dated), f"{name!r} date {date!r}")
        if "place" in item:
            ok = any_event(has(SEM.hasPlace, item["place"], False))
            self.record("event.place", ok, f"{name!r} place {item['place']!r}")
        if "attributedTo" in item:
            ok = any_event(has(PROV.wasAttributedTo, item["attributedTo"], True))
            self.record("event.attribution", ok, f"{name!r} attributed to {item['attributedTo']!r}")
        for key, prop in (("instruction_contains", KG.instruction), ("quote_contains", KG.quote)):
            if key in item:
                local = prop.split("#")[-1]
                ok = any_event(self._contains(prop, item[key]))
                self.record(f"event.{local}", ok, f"{name!r} {local} has one of {item[key]!r}")

    def _contains(self, prop: URIRef, words: list[str]) -> Callable[[Node], bool]:
        return lambda e: any(
            norm(w) in norm(str(v)) for v in self.graph.objects(e, prop) for w in words
        )

    def order_precision(self, gold: list[dict[str, Any]]) -> None:
        phrases = [p for g in gold if g.get("class") == "kg:Order" for p in g["evidence"]]
        gspans = self.gold_spans(phrases)
        for order in sorted(set(self.graph.subjects(RDF.type, KG.Order)), key=str):
            spans = self.spans_of(order)
            where = self.text[spans[0][0] : spans[0][1]][:80] if spans else "(no evidence)"
            ok = overlaps(spans, gspans)
            self.record("precision.Order", ok, f"found kg:Order at {where!r}")
            confidence = self.graph.value(order, KG.confidence)
            if confidence is not None:
                self.calibration.append((float(str(confidence)), ok))

    def times(self, gold: list[dict[str, Any]]) -> None:
        found = [
            (
                str(self.graph.value(t, NIF.anchorOf) or ""),
                str(self.graph.value(t, KG.timexValue) or ""),
            )
            for t in set(self.graph.subjects(RDF.type, KG.TimeExpression))
        ]
        for item in gold:
            text = norm(item["text"])
            hit = [v for a, v in found if text in norm(a) or (norm(a) and norm(a) in text)]
            self.record("time.span", bool(hit), f"time expression {item['text']!r}")
            if "value" in item:
                value = item["value"]
                ok = any(
                    v == value
                    or v.startswith(value)
                    or (value.startswith("XXXX") and v[4:].startswith(value[4:]))
                    for v in hit
                )
                self.record("time.value", ok, f"{item['text']!r} = {value!r} (found {hit})")


def score_graph(graph: Graph, text: str, gold: dict[str, Any]) -> Scorer:
    """Ask every question of a gold file; the returned scorer holds the lines and the tally."""
    scorer = Scorer(graph, text)
    scorer.entities(gold.get("entities", []), gold.get("entities_exhaustive", False))
    scorer.forbidden(gold.get("forbidden_labels", []))
    scorer.relations(gold.get("relations", []))
    scorer.events(gold.get("events", []))
    if gold.get("orders_exhaustive"):
        scorer.order_precision(gold.get("events", []))
    scorer.times(gold.get("times", []))
    return scorer
