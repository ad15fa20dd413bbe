"""Reported actions: one event per clause whose verb has a named or group participant."""

from __future__ import annotations

from collections.abc import Iterator
from decimal import Decimal

from spacy.tokens import Doc, Token

from kg import lexicon
from kg.extract import extractors
from kg.extract.context import Context
from kg.extract.orders import is_order_trigger
from kg.extract.syntax import (
    children,
    clause_span,
    comitatives,
    entities_of,
    is_passive,
    modality,
    place_of,
    prepositional_objects,
    subjects,
)
from kg.model import Entity, EntityKind, Event

RECIPIENT_PREPOSITIONS = frozenset({"to", "for"})
NAMED = frozenset({EntityKind.PERSON, EntityKind.ORGANIZATION, EntityKind.PLACE})


def event_class(lemma: str) -> str:
    """The ontology class for a verb lemma (`Action` when the lexicon has none)."""
    return lexicon.mapping("event_classes").get(lemma.casefold(), "Action")


def _confidence(agents: tuple[Entity, ...], patients: tuple[Entity, ...]) -> Decimal:
    if any(e.kind in NAMED for e in agents):
        return Decimal("0.75")
    if agents:
        return Decimal("0.65")
    return Decimal("0.5") if patients else Decimal("0.4")


def _label(lemma: str, agents: tuple[Entity, ...], patients: tuple[Entity, ...]) -> str:
    parts = [agents[0].name if agents else "", lemma, patients[0].name if patients else ""]
    return " ".join(p for p in parts if p)


def is_action(token: Token) -> bool:
    """A content verb this extractor reads (reporting and order verbs are read elsewhere)."""
    return (
        token.pos_ == "VERB"
        and token.lemma_.casefold() not in lexicon.words("reporting_verbs")
        and not is_order_trigger(token)
    )


def _event(doc: Doc, verb: Token, ctx: Context) -> Event | None:
    index = ctx.entities
    subject_heads = subjects(verb)
    subject_heads += [c for s in subject_heads for c in comitatives(s)]
    if is_passive(verb):
        agents = entities_of(index, prepositional_objects(verb, frozenset({"by"})))
        patients = entities_of(index, subject_heads)
    else:
        agents = entities_of(index, subject_heads)
        patients = entities_of(index, children(verb, "dobj", "attr", "oprd"))
    recipients = entities_of(
        index,
        children(verb, "dative") + prepositional_objects(verb, RECIPIENT_PREPOSITIONS),
        EntityKind.PERSON,
        EntityKind.ORGANIZATION,
        EntityKind.GROUP,
    )
    if not (agents or patients or recipients):
        return None
    lemma = verb.lemma_.casefold()
    time, time_confidence = ctx.dated(verb)
    return Event(
        classes=(event_class(lemma),),
        predicate=lemma,
        evidence=(ctx.mention(clause_span(verb)),),
        anchor=verb.idx,
        extractor="kg.events.v1",
        agents=agents,
        recipients=recipients,
        patients=patients,
        time=time,
        time_confidence=time_confidence,
        place=place_of(index, [verb, *subject_heads, *children(verb, "dobj")]),
        sources=ctx.sources_for(verb),
        modality=modality(verb),
        confidence=_confidence(agents, patients),
        label=_label(lemma, agents, patients),
    )


@extractors.register("kg.events.v1")
def extract_events(doc: Doc, ctx: Context) -> Iterator[Event]:
    """Subject-verb-object events for the reported actions of the article."""
    for token in doc:
        if token.idx >= ctx.dateline_end and is_action(token):
            event = _event(doc, token, ctx)
            if event is not None:
                yield event
