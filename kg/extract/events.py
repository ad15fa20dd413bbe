"""Reported actions: one event per clause whose verb has a named or group participant (v1), or
per clause of the sentence's open triples, with the clause's own words (v2)."""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Sequence
from dataclasses import replace
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
from kg.model import Entity, EntityKind, Event, Modality
from kg.triples import ClauseType, Triple, triples

RECIPIENT_PREPOSITIONS = frozenset({"to", "for"})
PARTNER_PREPOSITIONS = frozenset({"with"})
# Events whose object is where they happen ("visited the April 25 Hostel").
VISITS = frozenset({"Visit"})
NAMED = frozenset({EntityKind.PERSON, EntityKind.ORGANIZATION, EntityKind.PLACE})


def event_class(lemma: str) -> str:
    """The ontology class for a verb lemma (`Action` when the lexicon has none)."""
    return lexicon.mapping("event_classes").get(lemma.casefold(), "Action")


def _noun_key(token: Token) -> str:
    """An event noun as the lexicon lists it, hyphenated compounds included ("test-fire")."""
    doc = token.doc
    if token.i >= 2 and doc[token.i - 1].text == "-":
        return f"{doc[token.i - 2].lower_}-{token.lower_}"
    return token.lemma_.casefold()


def named_event(verb: Token) -> tuple[str, str] | None:
    """(class, noun) when a light verb leaves its event to its object ("held talks")."""
    if verb.lemma_.casefold() not in lexicon.words("event_light_verbs"):
        return None
    for obj in children(verb, "dobj"):
        cls = lexicon.mapping("event_nouns").get(_noun_key(obj))
        if cls is not None:
            return cls, _noun_key(obj)
    return None


def _confidence(agents: tuple[Entity, ...], patients: tuple[Entity, ...]) -> Decimal:
    if any(e.kind in NAMED for e in agents):
        return Decimal("0.75")
    if agents:
        return Decimal("0.65")
    return Decimal("0.5") if patients else Decimal("0.4")


def _label(
    lemma: str,
    agents: tuple[Entity, ...],
    patients: tuple[Entity, ...],
    facts: Sequence[Triple] = (),
) -> str:
    """ "agent lemma patient", the clause's own words standing in for a missing entity."""
    subject = agents[0].name if agents else facts[0].subject.text if facts else ""
    objects = [t.objects[0].text for t in facts if t.objects]
    obj = patients[0].name if patients else objects[0] if objects else ""
    return " ".join(p for p in (subject, lemma, obj) if p)


def is_action(token: Token) -> bool:
    """A content verb this extractor reads (reporting and order verbs are read elsewhere)."""
    return (
        token.pos_ == "VERB"
        and token.lemma_.casefold() not in lexicon.words("reporting_verbs")
        and not is_order_trigger(token)
    )


def _ordered(verb: Token) -> bool:
    """An action that is the content of an order ("instructed officials to seek out ...")."""
    return verb.dep_ in {"xcomp", "ccomp", "conj"} and (
        is_order_trigger(verb.head) or (verb.dep_ == "conj" and _ordered(verb.head))
    )


def _event(doc: Doc, verb: Token, ctx: Context, facts: Sequence[Triple] = ()) -> Event | None:
    """The event of a verb's clause; with `facts` (its triples) it is kept even when no entity
    takes part, and carries the clause's words and the triples' confidence."""
    index = ctx.entities
    subject_heads = subjects(verb)
    subject_heads += [c for s in subject_heads for c in comitatives(s)]
    if is_passive(verb):
        agents = entities_of(index, prepositional_objects(verb, frozenset({"by"})))
        patients = entities_of(index, subject_heads)
    else:
        agents = entities_of(index, subject_heads)
        patients = entities_of(index, children(verb, "dobj", "attr", "oprd"))
    if verb.lemma_.casefold() in lexicon.words("companion_verbs") and patients:
        # A list of companions with their titles defeats the parse of coordination: everyone
        # the clause names, but the person accompanied, is a companion.
        listed = entities_of(index, list(verb.subtree), EntityKind.PERSON)
        agents = tuple(e for e in listed if e not in patients)
    objects = children(verb, "dobj")
    # "held talks with Putin", "met with the delegation": the counterpart takes part too.
    partners = prepositional_objects(verb, PARTNER_PREPOSITIONS) + [
        t for o in objects for t in prepositional_objects(o, PARTNER_PREPOSITIONS)
    ]
    patients = tuple(dict.fromkeys((*patients, *entities_of(index, partners))))
    recipients = entities_of(
        index,
        children(verb, "dative")
        + prepositional_objects(verb, RECIPIENT_PREPOSITIONS)
        + [t for o in objects for t in prepositional_objects(o, RECIPIENT_PREPOSITIONS)],
        EntityKind.PERSON,
        EntityKind.ORGANIZATION,
        EntityKind.GROUP,
    )
    if not (agents or patients or recipients or facts):
        return None
    if facts and not patients:
        # "referred to defectors": the object of an intransitive clause's preposition.
        heads = {t.idx: t for t in doc}
        objects = [heads[t.objects[0].head] for t in facts if t.objects]
        patients = tuple(e for e in entities_of(index, objects) if e not in agents + recipients)
    lemma = verb.lemma_.casefold()
    confidence = _confidence(agents, patients)
    if facts:
        confidence = Decimal(str(round(max(t.confidence for t in facts), 2)))
    cls = event_class(lemma)
    named = named_event(verb)
    if named is not None:
        cls, lemma = named
    time, time_confidence = ctx.dated(verb)
    place = place_of(index, [verb, *subject_heads, *children(verb, "dobj")])
    if place is None and cls in VISITS:
        place = next((p for p in patients if p.kind is EntityKind.PLACE), None)
    return Event(
        classes=(cls,),
        predicate=lemma,
        evidence=(ctx.mention(clause_span(verb)),),
        anchor=verb.idx,
        extractor="kg.events.v2" if facts else "kg.events.v1",
        agents=agents,
        recipients=recipients,
        patients=patients,
        time=time,
        time_confidence=time_confidence,
        place=place,
        sources=ctx.sources_for(verb),
        modality=Modality.ORDERED if _ordered(verb) else modality(verb),
        confidence=confidence,
        label=_label(lemma, agents, patients, facts),
        subject_texts=_distinct(t.subject.text for t in facts),
        object_texts=_distinct(t.objects[0].text for t in facts if t.objects),
        arguments=_distinct(o.text for t in facts for o in t.objects[1:]),
    )


def _distinct(texts: Iterable[str]) -> tuple[str, ...]:
    return tuple(dict.fromkeys(texts))


GENERIC_CLASSES = frozenset({"Action", "Statement"})


def _with_companions(events: list[Event]) -> list[Event]:
    """Fold "He was accompanied by A and B" into the event of the person accompanied.

    The companions join that event's agents and the sentence joins its evidence, so that
    a visit lists everyone who made it.
    """
    companion_verbs = lexicon.words("companion_verbs")
    result: list[Event] = []
    for event in events:
        if event.predicate in companion_verbs and event.patients and event.agents:
            hosted_by = [i for i, e in enumerate(result) if event.patients[0] in e.agents]
            # The visit, test or meeting the article is about, else the host's latest action.
            typed = [i for i in hosted_by if result[i].classes[0] not in GENERIC_CLASSES]
            target = typed[0] if typed else (hosted_by[-1] if hosted_by else None)
            if target is not None:
                hosted = result[target]
                result[target] = replace(
                    hosted,
                    agents=tuple(dict.fromkeys((*hosted.agents, *event.agents))),
                    evidence=(*hosted.evidence, *event.evidence),
                )
                continue
        result.append(event)
    return result


@extractors.register("kg.events.v1")
def extract_events(doc: Doc, ctx: Context) -> Iterator[Event]:
    """Subject-verb-object events for the reported actions of the article."""
    events = [
        event
        for token in doc
        if token.idx >= ctx.dateline_end
        and is_action(token)
        and (event := _event(doc, token, ctx)) is not None
    ]
    yield from _with_companions(events)


# Facts read from noun phrases ("X, the sister of Y") have no verb to make an event of.
NOUN_FACTS = frozenset(
    {ClauseType.APPOSITION, ClauseType.TITLE, ClauseType.POSSESSIVE, ClauseType.MODIFIER}
)


@extractors.register("kg.events.v2")
def extract_open_events(doc: Doc, ctx: Context) -> Iterator[Event]:
    """An event for every action clause that has a subject-predicate-object triple (kg.triples),
    whether or not an entity takes part, with v1's roles and the triples' words."""
    verbs = {t.idx: t for t in doc}
    by_verb: dict[int, list[Triple]] = {}
    for triple in triples(doc):
        verb = verbs.get(triple.predicate.head)
        if (
            triple.clause in NOUN_FACTS
            or verb is None
            or verb.idx < ctx.dateline_end
            or not is_action(verb)
        ):
            continue
        by_verb.setdefault(verb.i, []).append(triple)
    # "Accompanying him were A and B" may yield no triple; its companions still count.
    companions = lexicon.words("companion_verbs")
    for token in doc:
        if token.lemma_.casefold() in companions and token.pos_ == "VERB":
            by_verb.setdefault(token.i, [])
    events = [
        event
        for i, facts in sorted(by_verb.items())
        if (event := _event(doc, doc[i], ctx, facts)) is not None
    ]
    yield from _with_companions(events)
