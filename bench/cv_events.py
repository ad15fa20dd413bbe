"""Leave-sets-out cross-validation of three learned event components against the rules.

    python bench/cv_events.py GOLD_ROOT --articles FILE [--articles FILE ...]
        --sets kcna,wire3,... [--folds 5] [--thresholds 0.3,0.5,0.7]
        [--components triggers,agents,classes] [--show N] [--no-lemmas]

Each gold set's articles are built with the default extractors and asked the gold questions
(`kg.eval.score`). Then each component is trained on the sets of all folds but one and tried on
the sets of the fold left out:

- triggers: a verb or noun that no event's evidence covers and that names no entity becomes a
  new `sem:Event` node (its class from `event_classes`, its agent the person, organisation or
  group that is its subject). A candidate is positive when it is the syntactic root of a
  `sem:Event` gold evidence phrase, negative when it lies in no gold evidence, and left out of
  training otherwise (inside an evidence phrase, it may or may not be the event).
- agents: for an event without an agent, the person, organisation or group named in its
  sentence that is its agent. Labelled from the gold events with an agent whose evidence the
  event's evidence overlaps: the candidate named as that agent is positive, the others negative.
- classes: an event that is neither an order nor a statement, made one (`kg:Order`,
  `kg:Statement`). Labelled from the gold orders and statements its evidence overlaps.

Folds hold KCNA and wire sets alike: the sets of each kind are dealt to the folds in turn.
First the script prints why the rules miss the gold events they miss (see `missed`); then, for
each component, fold and threshold, the gold events the rules find, those found with the
component's additions, and the additions inside a gold evidence phrase of the right kind and
outside every gold evidence phrase (gold events are not exhaustive: `--show N` prints N of the
latter for judging by hand). The models are logistic regressions over string features (parse
labels, lexicon classes, entity kinds, paths, distances, and the trigger's lemma), trained by
stochastic gradient descent in a fixed order, so a run is reproducible; `--no-lemmas` trains
them without the features that name words, to check that they do not just memorise words.
The build, the folds, the paths and the fit are `learning.py`'s, shared with
`train_participants.py`.

Measured this round on the 26 development sets (the KCNA sets with the KCNA development corpus,
the wire sets with their WikiEvents and TimeML article files; 5 folds), no component beats the
rules: held-out gold events found 1721 -> 1728 of 1955 with new triggers (threshold 0.5), 1724
with agents, 1728 with classes, each adding more events, agents or classes outside every gold
evidence phrase than inside one, and those outside, judged by hand (`--show`), mostly wrong.
None of the components is wired into `kg`.
"""

from __future__ import annotations

import argparse
import random
from collections import Counter, defaultdict
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from functools import partial
from importlib.resources import files
from pathlib import Path
from typing import Any

from learning import Logistic, dependency_path, fit_sgd, folds, gold_articles
from spacy.tokens import Token

from kg import lexicon
from kg.eval.score import Span, answers_event, norm, overlaps, same
from kg.extract import Context
from kg.extract.events import event_class
from kg.graph import entity_iri
from kg.model import EntityKind, Event
from kg.namespace import RDFS
from kg.nlp import span_root, token_span, token_starts

ACTORS = frozenset({EntityKind.PERSON, EntityKind.ORGANIZATION, EntityKind.GROUP})
TARGET_CLASSES = ("Order", "Statement")
# Endings of nouns made from verbs ("inspection", "agreement", "closure").
DEVERBAL = ("tion", "sion", "ment", "ance", "ence", "al", "ure", "ing", "sis", "age", "ery")
PRONOUNS = frozenset({"he", "she", "him", "his", "her"})


def lexicon_classes() -> dict[str, frozenset[str]]:
    """Each word or phrase the project's lexicons list, with the lexicons that list it."""
    found: dict[str, set[str]] = defaultdict(set)
    for path in files("kg.lexicons").iterdir():
        name, _, ending = path.name.rpartition(".")
        if ending not in {"txt", "tsv"}:
            continue
        for line in path.read_text(encoding="utf-8").splitlines():
            if line.strip() and not line.startswith("#"):
                found[line.split("\t")[0].strip().casefold()].add(name)
    return {word: frozenset(names) for word, names in found.items()}


LEXICONS = lexicon_classes()


def classes_of(word: str) -> frozenset[str]:
    return LEXICONS.get(word.casefold(), frozenset())


@dataclass
class Node:
    """An event node as the scorer sees it: where its evidence is, its classes, and the
    labels of each of its agents."""

    spans: list[Span]
    classes: set[str]
    agents: list[set[str]]
    features: list[str] = field(default_factory=list)
    # (name, labels, features) of each actor named in the sentence that is not an agent.
    candidates: list[tuple[str, set[str], list[str]]] = field(default_factory=list)


@dataclass
class Candidate:
    """A verb or noun no event covers: a possible new event node."""

    span: Span
    index: int
    lemma: str
    features: list[str]
    agents: list[str]


@dataclass
class Built:
    set_name: str
    article_id: str
    text: str
    gold: list[dict[str, Any]]
    gold_spans: list[list[Span]]
    gold_roots: list[list[int]]
    nodes: list[Node]
    candidates: list[Candidate]
    # The part of speech and lemma of each gold evidence phrase's root, the first phrase's.
    gold_heads: list[tuple[str, str] | None] = field(default_factory=list)
    # The labels of every entity of the article's graph.
    entity_labels: list[set[str]] = field(default_factory=list)


def kind_of(ctx: Context, token: Token) -> str | None:
    entity = ctx.entities.entity_at(token)
    return None if entity is None else entity.kind.value


def candidate_features(token: Token, ctx: Context, covered: list[Span]) -> list[str]:
    lemma = token.lemma_.casefold()
    head = token.head
    features = [
        f"pos={token.pos_}",
        f"tag={token.tag_}",
        f"dep={token.dep_}",
        f"head={token.dep_}>{head.pos_}",
        f"lemma={lemma}",
        *(f"lex={name}" for name in classes_of(lemma)),
        *(f"headlex={name}" for name in classes_of(head.lemma_) if head is not token),
    ]
    if not classes_of(lemma):
        features.append("nolex")
    if token.pos_ == "NOUN":
        features += [f"suffix={end}" for end in DEVERBAL if lemma.endswith(end)]
        features.append("plural" if token.tag_ == "NNS" else "singular")
    for child in token.children:
        features.append(f"child={child.dep_}")
        if child.dep_ in {"aux", "auxpass", "neg", "det", "mark"}:
            features.append(f"marker={child.dep_}:{child.lower_}")
        kind = kind_of(ctx, child)
        if kind:
            features.append(f"childkind={child.dep_}:{kind}")
        elif child.dep_ in {"nsubj", "nsubjpass", "dobj"}:
            features.append(f"childpos={child.dep_}:{child.pos_}")
        if child.dep_ in {"prep", "agent"}:
            for obj in (g for g in child.children if g.dep_ == "pobj"):
                features.append(f"pp={child.lower_}:{kind_of(ctx, obj) or ''}")
    ancestors = list(token.ancestors)
    if any(a.lemma_.casefold() in lexicon.words("reporting_verbs") for a in ancestors):
        features.append("under_reporting")
    if head is not token and head.lemma_.casefold() in lexicon.words("event_light_verbs"):
        features.append("light_object")
    if head is not token and overlaps([(head.idx, head.idx + len(head))], covered):
        features.append("head_covered")
    if any(overlaps([(t.idx, t.idx + len(t))], covered) for t in token.sent):
        features.append("sentence_covered")
    features.append("root" if token.dep_ == "ROOT" else f"depth={min(len(ancestors), 4)}")
    features.append(f"sentence_start={min(token.sent.start // 40, 3)}")
    features.append(f"children={min(len(list(token.children)), 4)}")
    return features


def subject_agents(token: Token, ctx: Context) -> list[str]:
    """Who does what a candidate names: its subject or possessor, or its passive's agent."""
    found = []
    for child in token.children:
        heads = [child] if child.dep_ in {"nsubj", "poss"} else []
        if child.dep_ == "agent":
            heads = [g for g in child.children if g.dep_ == "pobj"]
        for head in heads:
            entity = ctx.entities.entity_at(head)
            if entity is not None and entity.kind in ACTORS:
                found.append(entity.name)
    return found


def pair_features(trigger: Token, mention: Token, kind: str, event: Event, count: int) -> list[str]:
    features = [f"kind={kind}", f"tpos={trigger.pos_}", f"ttag={trigger.tag_}"]
    up, down = ([t.dep_ for t in side] for side in dependency_path(mention, trigger))
    features += [
        f"path={'/'.join(up[:3])}|{'/'.join(down[:3])}",
        f"up={'/'.join(up[:2])}",
        f"down={'/'.join(down[:2])}",
        f"length={min(len(up) + len(down), 6)}",
        f"kind_up={kind}/{'/'.join(up[:2])}",
    ]
    distance = mention.i - trigger.i
    features += [
        f"mdep={mention.dep_}",
        f"mhead={mention.head.pos_}",
        "before" if distance < 0 else "after",
        f"distance={min(abs(distance) // 3, 6)}",
        f"candidates={min(count, 4)}",
        *(f"class={c}" for c in event.classes),
        f"lemma={trigger.lemma_.casefold()}|{kind}",
    ]
    if any(c.dep_ == "auxpass" for c in trigger.children):
        features.append("passive")
    if mention.head.dep_ == "agent":
        features.append("by_agent")
    if mention.lower_ in PRONOUNS:
        features.append("pronoun")
    return features


def node_features(trigger: Token, ctx: Context, event: Event) -> list[str]:
    lemma = trigger.lemma_.casefold()
    features = [
        f"pos={trigger.pos_}",
        f"tag={trigger.tag_}",
        f"dep={trigger.dep_}",
        f"hpos={trigger.head.pos_}",
        f"lemma={lemma}",
        *(f"lex={name}" for name in classes_of(lemma)),
        *(f"headlex={n}" for n in classes_of(trigger.head.lemma_) if trigger.head is not trigger),
        *(f"class={c}" for c in event.classes),
        "agent" if event.agents else "noagent",
        "recipient" if event.recipients else "norecipient",
        f"modality={event.modality.value}",
    ]
    for child in trigger.children:
        features.append(f"child={child.dep_}")
        if child.dep_ in {"aux", "auxpass", "neg", "mark"}:
            features.append(f"marker={child.dep_}:{child.lower_}")
        if child.dep_ in {"xcomp", "ccomp", "dobj", "prep"}:
            features += [f"childlex={child.dep_}:{n}" for n in classes_of(child.lemma_)]
            features.append(f"childlemma={child.dep_}:{child.lemma_.casefold()}")
        kind = kind_of(ctx, child)
        if kind:
            features.append(f"childkind={child.dep_}:{kind}")
    if any(a.lemma_.casefold() in lexicon.words("reporting_verbs") for a in trigger.ancestors):
        features.append("under_reporting")
    if any(q in trigger.sent.text for q in ('"', "\u201c", "``")):
        features.append("quote_in_sentence")
    if event.quote:
        features.append("quote")
    if event.instructions:
        features.append("instruction")
    return features


def build(gold_root: Path, sets: Sequence[str], article_files: Sequence[str]) -> list[Built]:
    built = []
    for g in gold_articles(gold_root, sets, article_files):
        doc, ctx, scorer = g.doc, g.ctx, g.scorer
        starts = token_starts(doc)
        nodes = []
        for event in (f for f in g.facts.facts if isinstance(f, Event)):
            node = Node(
                [(m.start, m.end) for m in event.evidence],
                {"Event", *event.classes},
                [scorer.labels(entity_iri(a)) or {norm(a.name)} for a in event.agents],
            )
            at = starts.get(event.anchor)
            if at is not None:
                trigger = doc[at]
                node.features = node_features(trigger, ctx, event)
                mentions: dict[Any, list[Token]] = defaultdict(list)
                for token in trigger.sent:
                    entity = ctx.entities.entity_at(token)
                    if entity is None or entity.kind not in ACTORS or entity in event.agents:
                        continue
                    # One mention's head: its other tokens hang on it.
                    if token.head is not token and ctx.entities.entity_at(token.head) == entity:
                        continue
                    mentions[entity].append(token)
                for entity, tokens in mentions.items():
                    nearest = min(tokens, key=lambda t: abs(t.i - trigger.i))
                    kind = entity.kind.value
                    features = pair_features(trigger, nearest, kind, event, len(mentions))
                    features.append(f"mentions={min(len(tokens), 3)}")
                    labels = scorer.labels(entity_iri(entity)) or {norm(entity.name)}
                    node.candidates.append((entity.name, labels, features))
            nodes.append(node)
        covered = [span for node in nodes for span in node.spans]
        candidates = [
            Candidate(
                (t.idx, t.idx + len(t)),
                t.i,
                t.lemma_.casefold(),
                candidate_features(t, ctx, covered),
                subject_agents(t, ctx),
            )
            for t in doc
            if t.pos_ in {"VERB", "NOUN"}
            and t.idx >= ctx.dateline_end
            and not overlaps([(t.idx, t.idx + len(t))], covered)
            and ctx.entities.entity_at(t) is None
        ]
        items = g.gold.get("events", [])
        spans = [scorer.gold_spans(item["evidence"]) for item in items]
        roots = [
            [span_root(s).i for b, e in found if (s := token_span(doc, b, e)) is not None]
            for found in spans
        ]
        heads = [(doc[r[0]].pos_, doc[r[0]].lemma_) if r else None for r in roots]
        entity_labels = [scorer.labels(n) for n in set(g.graph.subjects(RDFS.label, None))]
        built.append(
            Built(
                g.set_name,
                g.article.id,
                g.article.text,
                items,
                spans,
                roots,
                nodes,
                candidates,
                heads,
                entity_labels,
            )
        )
    return built


def gold_class(item: dict[str, Any]) -> str:
    return str(item.get("class", "sem:Event")).split(":")[1]


def found(built: Built, nodes: Iterable[Node]) -> list[bool]:
    """For each gold event, whether the scorer finds it among `nodes` (`Scorer.found_events`
    asks the graph; the nodes the models change are not in it)."""
    nodes = list(nodes)
    return [
        any(
            gold_class(item) in node.classes and answers_event(item, spans, node.spans, node.agents)
            for node in nodes
        )
        for item, spans in zip(built.gold, built.gold_spans, strict=True)
    ]


def in_gold(built: Built, span: list[Span], kinds: set[str] | None = None) -> bool:
    return any(
        overlaps(span, spans) and (kinds is None or gold_class(item) in kinds)
        for item, spans in zip(built.gold, built.gold_spans, strict=True)
    )


# What a component adds to one article: for each addition, the evidence it is on, whether
# that is a gold phrase of the kind it adds, whether it lies outside every gold phrase, and what.
Additions = list[tuple[list[Span], bool, bool, str]]


def trigger_rows(built: Built) -> list[tuple[list[str], bool]]:
    rows = []
    events = [k for k, item in enumerate(built.gold) if gold_class(item) == "Event"]
    for c in built.candidates:
        if any(c.index in built.gold_roots[k] for k in events):
            rows.append((c.features, True))
        elif not in_gold(built, [c.span]):
            rows.append((c.features, False))
    return rows


def with_triggers(
    built: Built, models: dict[str, Logistic], threshold: float
) -> tuple[list[Node], Additions]:
    new = [c for c in built.candidates if models["trigger"].probability(c.features) >= threshold]
    nodes = built.nodes + [
        Node([c.span], {"Event", event_class(c.lemma)}, [{norm(a)} for a in c.agents]) for c in new
    ]
    additions = [
        (
            [c.span],
            in_gold(built, [c.span], {"Event"}),
            not in_gold(built, [c.span]),
            f"new event at {c.lemma!r}",
        )
        for c in new
    ]
    return nodes, additions


def agent_rows(built: Built) -> list[tuple[list[str], bool]]:
    rows = []
    for node in built.nodes:
        agents = [
            item["agent"]
            for item, spans in zip(built.gold, built.gold_spans, strict=True)
            if "agent" in item and gold_class(item) in node.classes and overlaps(node.spans, spans)
        ]
        if agents:
            rows += [
                (features, any(same(a, labels, False) for a in agents))
                for _, labels, features in node.candidates
            ]
    return rows


def with_agents(
    built: Built, models: dict[str, Logistic], threshold: float
) -> tuple[list[Node], Additions]:
    nodes, additions = [], []
    for node in built.nodes:
        scored = [(models["agent"].probability(f), n, lab) for n, lab, f in node.candidates]
        best = max(scored, default=None, key=lambda x: x[0])
        if node.agents or best is None or best[0] < threshold:
            nodes.append(node)
            continue
        nodes.append(Node(node.spans, node.classes, [best[2]]))
        agents = [
            item["agent"]
            for item, spans in zip(built.gold, built.gold_spans, strict=True)
            if "agent" in item and overlaps(node.spans, spans)
        ]
        right = any(same(a, best[2], False) for a in agents)
        additions.append((node.spans, right, not agents, f"agent {best[1]!r}"))
    return nodes, additions


def class_rows(built: Built, target: str) -> list[tuple[list[str], bool]]:
    return [
        (node.features, in_gold(built, node.spans, {target}))
        for node in built.nodes
        if node.features and not node.classes & set(TARGET_CLASSES)
    ]


def with_classes(
    built: Built, models: dict[str, Logistic], threshold: float
) -> tuple[list[Node], Additions]:
    nodes, additions = [], []
    for node in built.nodes:
        if not node.features or node.classes & set(TARGET_CLASSES):
            nodes.append(node)
            continue
        p, target = max((models[t].probability(node.features), t) for t in TARGET_CLASSES)
        if p < threshold:
            nodes.append(node)
            continue
        nodes.append(Node(node.spans, node.classes | {target}, node.agents))
        additions.append(
            (
                node.spans,
                in_gold(built, node.spans, {target}),
                not in_gold(built, node.spans),
                f"class {target}",
            )
        )
    return nodes, additions


Rows = Callable[[Built], list[tuple[list[str], bool]]]
COMPONENTS: dict[str, tuple[dict[str, Rows], Callable[..., tuple[list[Node], Additions]]]] = {
    "triggers": ({"trigger": trigger_rows}, with_triggers),
    "agents": ({"agent": agent_rows}, with_agents),
    "classes": (
        {t: partial(class_rows, target=t) for t in TARGET_CLASSES},
        with_classes,
    ),
}


def around(text: str, span: Span) -> str:
    """The words of a span with some context, for judging an addition by hand."""
    return text[max(0, span[0] - 60) : min(span[1], span[0] + 160) + 60]


def without_lemmas(built: list[Built]) -> None:
    """Drop the features that name words, to see what the models learn from the rest."""

    def kept(features: list[str]) -> list[str]:
        return [f for f in features if not f.startswith(("lemma=", "childlemma="))]

    for b in built:
        for c in b.candidates:
            c.features = kept(c.features)
        for node in b.nodes:
            node.features = kept(node.features)
            node.candidates = [(n, labels, kept(f)) for n, labels, f in node.candidates]


def missed(b: Built, k: int) -> str:
    """Why the rules miss gold event `k` of an article: (a) no event node's evidence overlaps
    the gold evidence, (b) only nodes of another class do, (c) nodes of the class do but none
    has the gold agent, split by where that agent is: (c1) a node's agent or an actor of the
    sentence shares words with it (a naming difference), (c2) it is an entity elsewhere in the
    article, (c3) in the sentence, (c4) nowhere in the graph."""
    item, spans = b.gold[k], b.gold_spans[k]
    near = [n for n in b.nodes if overlaps(n.spans, spans)]
    right = [n for n in near if gold_class(item) in n.classes]
    if not near:
        head = b.gold_heads[k]
        pos, lemma = head or ("none", "")
        return f"(a) trigger {pos}, {'in a lexicon' if classes_of(lemma) else 'in no lexicon'}"
    if not right:
        return f"(b) gold {gold_class(item)}"
    agent = item["agent"]
    if any(same(agent, labels, False) for n in right for _, labels, _ in n.candidates):
        return "(c3) agent named in the sentence"
    if any(same(agent, labels, False) for labels in b.entity_labels):
        return "(c2) agent named elsewhere in the article"
    words = set(norm(agent).split())
    named = [labels for n in right for labels in [*n.agents, *(c[1] for c in n.candidates)]]
    if any(words & set(label.split()) for labels in named for label in labels):
        return "(c1) agent named differently"
    return "(c4) agent not an entity"


def print_misses(built: list[Built]) -> None:
    tally: Counter[tuple[str, str]] = Counter()
    for b in built:
        kind = "kcna" if b.set_name.startswith("kcna") else "wire"
        for k, ok in enumerate(found(b, b.nodes)):
            tally[kind, "found" if ok else missed(b, k)] += 1
    for (kind, why), count in sorted(tally.items()):
        print(f"  {kind} {why}: {count}")


def cross_validate(
    built: list[Built],
    name: str,
    sets: Sequence[str],
    count: int,
    thresholds: list[float],
    show: int,
) -> None:
    row_makers, apply = COMPONENTS[name]
    totals: dict[float, Counter[str]] = defaultdict(Counter)
    outside: list[str] = []
    for number, held_out in enumerate(folds(sets, count)):
        training = [b for b in built if b.set_name not in held_out]
        models = {
            key: fit_sgd([row for b in training for row in rows(b)])
            for key, rows in row_makers.items()
        }
        lines = []
        for threshold in thresholds:
            tally = Counter[str]()
            for b in (b for b in built if b.set_name in held_out):
                nodes, additions = apply(b, models, threshold)
                tally["gold"] += len(b.gold)
                tally["rules"] += sum(found(b, b.nodes))
                tally["model"] += sum(found(b, nodes))
                tally["added"] += len(additions)
                tally["in_gold"] += sum(a[1] for a in additions)
                tally["outside"] += sum(a[2] for a in additions)
                if threshold == thresholds[len(thresholds) // 2]:
                    outside += [
                        f"{b.set_name} {what}: {around(b.text, s[0])!r}"
                        for s, _, out, what in additions
                        if out
                    ]
            totals[threshold].update(tally)
            lines.append(f"{threshold}: {tally['rules']}->{tally['model']} (+{tally['added']})")
        print(f"  fold {number} ({', '.join(held_out)}): " + "; ".join(lines))
    for threshold in thresholds:
        t = totals[threshold]
        print(
            f"  threshold {threshold}: gold events found {t['rules']} -> {t['model']} of "
            f"{t['gold']}; added {t['added']}, inside gold evidence of the right kind "
            f"{t['in_gold']}, outside all gold evidence {t['outside']}"
        )
    for line in random.Random(1).sample(outside, min(show, len(outside))):
        print("   ", " ".join(line.split()))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("gold_root", type=Path)
    parser.add_argument("--articles", action="append", required=True)
    parser.add_argument("--sets", required=True, help="comma-separated gold set folders")
    parser.add_argument("--folds", type=int, default=5)
    parser.add_argument("--thresholds", default="0.3,0.5,0.7")
    parser.add_argument("--components", default=",".join(COMPONENTS))
    parser.add_argument("--show", type=int, default=0, help="additions outside gold to print")
    parser.add_argument("--no-lemmas", action="store_true", help="train without word features")
    args = parser.parse_args()
    sets = args.sets.split(",")
    built = build(args.gold_root, sets, args.articles)
    if args.no_lemmas:
        without_lemmas(built)
    thresholds = [float(t) for t in args.thresholds.split(",")]
    print("gold events")
    print_misses(built)
    for name in args.components.split(","):
        print(name)
        cross_validate(built, name, sets, args.folds, thresholds, args.show)


if __name__ == "__main__":
    main()
