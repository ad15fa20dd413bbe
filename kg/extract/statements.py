"""Direct quotations: who said what, as `kg:Statement` events."""

from __future__ import annotations

import re
from collections.abc import Iterator
from decimal import Decimal

from spacy.tokens import Doc, Span, Token

from kg import lexicon
from kg.extract import extractors
from kg.extract.context import Context
from kg.extract.syntax import entities_of, own_tokens
from kg.model import EntityKind, Event

QUOTATION = re.compile(r"“([^”]{3,})”|\"([^\"]{3,})\"")
SPEAKERS = (EntityKind.PERSON, EntityKind.ORGANIZATION)


def quotations(sentence: Span) -> list[tuple[int, int, str]]:
    """Quoted passages of a sentence as (start, end, text), with character offsets in the doc."""
    base = sentence.start_char
    found = []
    for match in QUOTATION.finditer(sentence.text):
        group = 1 if match.group(1) is not None else 2
        text = match.group(group).strip(" ,.")
        if len(text.split()) >= 2:
            found.append((base + match.start(group), base + match.end(group), text))
    return found


def _speaker_verb(sentence: Span) -> Iterator[Token]:
    reporting = lexicon.words("reporting_verbs")
    for token in sentence:
        if token.pos_ == "VERB" and token.lemma_.casefold() in reporting:
            yield token


@extractors.register("kg.statements.v1")
def extract_statements(doc: Doc, ctx: Context) -> Iterator[Event]:
    """A statement for each quotation whose speaker the sentence names."""
    for sentence in doc.sents:
        quoted = quotations(sentence)
        if not quoted:
            continue
        for verb in _speaker_verb(sentence):
            nsubj = [c for c in verb.children if c.dep_ == "nsubj"]
            speakers = entities_of(ctx.entities, nsubj, *SPEAKERS)
            if not speakers:
                continue
            own = own_tokens(verb)
            time, time_confidence = ctx.dated(verb)
            inside = [q for q in quoted if doc[verb.i].idx < q[0] or verb.i in own]
            quote = " … ".join(text for _, _, text in inside or quoted)
            yield Event(
                classes=("Statement",),
                predicate=verb.lemma_.casefold(),
                evidence=(ctx.mention(sentence),),
                anchor=verb.idx,
                extractor="kg.statements.v1",
                agents=speakers[:1],
                quote=quote,
                time=time,
                time_confidence=time_confidence,
                sources=ctx.sources_for(verb),
                confidence=Decimal("0.8"),
                label=f"{speakers[0].name} {verb.lemma_.casefold()}",
            )
