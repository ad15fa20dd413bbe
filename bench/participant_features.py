"""Candidate participants of an event and the features a learned linker reads of them.

A candidate is an entity named in the sentence of an event's trigger that the rules did not
link to the event. Its features are ones that carry over to new text: the dependency path from
the trigger to the name, the preposition on it, the entity's kind, the event's class, whether
the name is a subject or an object of the trigger's clause, how far it is, and whether a
reporting verb or another event's trigger stands between them.

Kept beside the training script, not in the package: cross-validated by leaving sets out, the
linker it feeds did not earn a place in the build (see `train_participants.py`).
"""

from __future__ import annotations

from collections.abc import Collection, Iterator, Sequence
from dataclasses import dataclass

from learning import dependency_path
from spacy.tokens import Doc, Token

from kg import lexicon
from kg.extract.context import Context
from kg.extract.syntax import own_tokens
from kg.model import Entity, EntityMention, Event
from kg.nlp import doc_tokens, head_of, sentence_of, span_root, token_span, token_starts

# Longer paths are one feature: a name that far from the trigger is rarely its participant.
PATH_STEPS = 4
SUBJECT_DEPS = frozenset({"nsubj", "nsubjpass", "csubj", "agent", "expl"})
OBJECT_DEPS = frozenset({"dobj", "dative", "attr", "oprd", "pobj"})
DISTANCES = (1, 2, 5, 10, 20)
PAIRED_FLAGS = frozenset(
    {"subject", "object", "own_clause", "linked_elsewhere", "via_reporting", "event_between"}
)


@dataclass(frozen=True, slots=True)
class Candidate:
    """An entity named near an event's trigger, at the token heading its name."""

    entity: Entity
    head: Token
    features: tuple[str, ...]


def _path(trigger: Token, head: Token) -> tuple[list[Token], list[Token]]:
    """The tokens climbed from the trigger to the lowest common ancestor (without it), and
    those descended from it to the head (with the head)."""
    up, down = dependency_path(trigger, head)
    return up, down[::-1]


def _distance(n: int) -> str:
    return next((str(d) for d in DISTANCES if n <= d), "far")


def features(
    event: Event,
    trigger: Token,
    head: Token,
    entity: Entity,
    triggers: Collection[int],
    linked: Collection[int],
    elsewhere: Collection[Entity],
) -> tuple[str, ...]:
    """The features of linking `entity`, named at `head`, to the event of `trigger`.
    `triggers` are the indices of the other events' triggers; `linked`, those of the names the
    rules linked to this event; `elsewhere`, the entities they linked to the other events of
    the sentence."""
    reporting = lexicon.words("reporting_verbs")
    up, down = _path(trigger, head)
    steps = [f"^{t.dep_}" for t in up] + [f"v{t.dep_}" for t in down]
    path = "|".join(steps) if len(steps) <= PATH_STEPS else "long"
    between = up[1:] + down[:-1]
    kind = entity.kind.value
    found = [
        f"kind={kind}",
        f"class={event.classes[0]}",
        f"tpos={trigger.pos_}",
        f"path={path}",
        f"path={path}&kind={kind}",
        f"steps={min(len(steps), 6)}",
        f"dep={head.dep_}",
        f"dep={head.dep_}&kind={kind}",
        f"side={'before' if head.i < trigger.i else 'after'}",
        f"dist={_distance(abs(head.i - trigger.i))}",
    ]
    if down and not up:
        found.append(f"child={down[0].dep_}")
        if down[0].dep_ in SUBJECT_DEPS:
            found.append("subject")
        if down[0].dep_ in OBJECT_DEPS or (
            down[0].dep_ == "prep" and len(down) > 1 and down[1].dep_ == "pobj"
        ):
            found.append("object")
    preps = [t.lower_ for t in down if t.dep_ in {"prep", "agent", "dative"}]
    if preps:
        found.append(f"prep={preps[-1]}")
        found.append(f"prep={preps[-1]}&kind={kind}")
    if head.i in own_tokens(trigger):
        found.append("own_clause")
    if any(t.lemma_.casefold() in reporting for t in between):
        found.append("via_reporting")
    if head.dep_ in SUBJECT_DEPS and head_of(head).lemma_.casefold() in reporting:
        found.append("reporting_subject")
    if any(t.i in triggers for t in between):
        found.append("via_event")
    low, high = sorted((trigger.i, head.i))
    if any(low < i < high for i in triggers):
        found.append("event_between")
    if event.place == entity:
        found.append("is_place")
    if any(s.entity == entity for s in event.sources):
        found.append("is_source")
    if head.dep_ in {"conj", "appos"} and head_of(head).i in linked:
        found.append("listed_with_linked")
    if head.dep_ in {"poss", "compound"}:
        found.append(f"modifies={head_of(head).pos_}")
    roles = [
        name
        for name, held in (
            ("agent", event.agents),
            ("patient", event.patients),
            ("recipient", event.recipients),
        )
        if held
    ]
    held = f"roles={'+'.join(roles) or 'none'}"
    found.append(held)
    if entity in elsewhere:
        found.append("linked_elsewhere")
    return tuple(found + _paired(found, f"class={event.classes[0]}", held, f"kind={kind}"))


def _paired(found: list[str], cls: str, held: str, kind: str) -> list[str]:
    """What a position means depends on the event's class and on the roles the rules already
    filled (a subject is news for an event with no agent yet): those pairs."""
    pairs = [f"{held}&{kind}", f"{cls}&{kind}"]
    for feature in found:
        if feature.startswith(("child=", "prep=", "dep=")) and "&" not in feature:
            pairs += [f"{feature}&{cls}", f"{feature}&{held}"]
        elif feature in PAIRED_FLAGS:
            pairs.append(f"{feature}&{held}")
    return pairs


def candidates(
    doc: Doc, ctx: Context, event: Event, events: Sequence[Event]
) -> Iterator[Candidate]:
    """The entities named in the sentence of the event's trigger that the rules did not link
    to it, each at its name nearest the trigger in the parse."""
    starts = token_starts(doc)
    at = starts.get(event.anchor)
    if at is None:
        return
    tokens = doc_tokens(doc)
    trigger = tokens[at]
    sentence = sentence_of(trigger)
    triggers = {i for e in events if e is not event and (i := starts.get(e.anchor)) is not None}
    taken = set(event.agents) | set(event.recipients) | set(event.patients)
    heads = _heads_in(doc, ctx.entities.mentions, sentence.start_char, sentence.end_char)
    linked = {i for i, e in heads if e in taken}
    elsewhere = {
        entity
        for other in events
        if other is not event
        and (i := starts.get(other.anchor)) is not None
        and sentence.start <= i < sentence.end
        for entity in (*other.agents, *other.recipients, *other.patients)
    }
    best: dict[Entity, Token] = {}
    for i, entity in heads:
        if entity in taken or i == trigger.i:
            continue
        head = tokens[i]
        old = best.get(entity)
        if old is None or _steps(trigger, head) < _steps(trigger, old):
            best[entity] = head
    for entity, head in sorted(best.items(), key=lambda item: item[1].i):
        yield Candidate(
            entity, head, features(event, trigger, head, entity, triggers, linked, elsewhere)
        )


def _steps(trigger: Token, head: Token) -> tuple[int, int]:
    up, down = _path(trigger, head)
    return len(up) + len(down), abs(head.i - trigger.i)


def _heads_in(
    doc: Doc, mentions: Sequence[EntityMention], start: int, end: int
) -> list[tuple[int, Entity]]:
    found = []
    for m in mentions:
        if m.mention.start < start or m.mention.end > end:
            continue
        span = token_span(doc, m.mention.start, m.mention.end)
        if span is not None:
            found.append((span_root(span).i, m.entity))
    return found
