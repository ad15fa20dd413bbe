"""Direct quotations: who said what, as `kg:Statement` events."""

from __future__ import annotations

import re
from collections.abc import Iterator
from decimal import Decimal

from spacy.tokens import Doc, Span, Token

from kg import lexicon
from kg.extract import extractors
from kg.extract.context import Context
from kg.extract.orders import is_order_trigger
from kg.extract.syntax import entities_of, own_tokens, subjects
from kg.model import EntityKind, Event

QUOTATION = re.compile(r"“([^”]{3,})”|\"([^\"]{3,})\"")
SPEAKERS = (EntityKind.PERSON, EntityKind.ORGANIZATION)
DIRECT = Decimal("0.8")
INDIRECT = Decimal("0.6")


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


def _unnamed_speaker(verb: Token, nsubj: list[Token], ctx: Context) -> bool:
    """A pronoun that stands for the unnamed source the sentence credits ("he added")."""
    pronoun = any(t.pos_ == "PRON" for t in nsubj)
    return pronoun and any(not s.is_entity for s in ctx.sources_for(verb))


def _reported(verb: Token) -> str | None:
    """What a speaker said in indirect speech ("he said that ...", "noting that ...")."""
    clauses = [c for c in verb.children if c.dep_ == "ccomp"]
    if not clauses:
        return None
    clause = clauses[0]
    tokens = [t for t in clause.subtree if not (t.dep_ == "mark" and t.head == clause)]
    text = verb.doc[tokens[0].i : tokens[-1].i + 1].text.strip(" ,.")
    return text if len(text.split()) >= 3 else None


@extractors.register("kg.statements.v1")
def extract_statements(doc: Doc, ctx: Context) -> Iterator[Event]:
    """A statement for each quotation, or report of speech, whose speaker the sentence names.

    Direct quotations are quoted word for word; indirect speech ("he said that ...") keeps
    the reported clause, with a lower confidence since its words are the reporter's.
    """
    for sentence in doc.sents:
        quoted = quotations(sentence)
        for verb in _speaker_verb(sentence):
            nsubj = subjects(verb)
            speakers = entities_of(ctx.entities, nsubj, *SPEAKERS)
            if not speakers or is_order_trigger(verb) or _unnamed_speaker(verb, nsubj, ctx):
                continue
            own = own_tokens(verb)
            inside = [q for q in quoted if doc[verb.i].idx < q[0] or verb.i in own]
            quote = " … ".join(text for _, _, text in inside or quoted) or _reported(verb)
            if not quote:
                continue
            time, time_confidence = ctx.dated(verb)
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
                confidence=DIRECT if quoted else INDIRECT,
                label=f"{speakers[0].name} {verb.lemma_.casefold()}",
            )
