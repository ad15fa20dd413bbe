"""What every extractor may read besides the parse: the article and what was resolved in it."""

from __future__ import annotations

from dataclasses import dataclass, field
from decimal import Decimal

from spacy.tokens import Doc, Span, Token

from kg.extract.syntax import own_tokens
from kg.model import Article, Mention, Source, TimeExpression
from kg.resolve.attribution import SourceIndex, find_sources, full_text_opening
from kg.resolve.dateline import find_dateline
from kg.resolve.entities import EntityIndex, resolve_entities
from kg.resolve.places import PlaceResolution, resolve_places
from kg.temporal import find_time_expressions

ATTACHED = Decimal("0.9")
NARRATIVE = Decimal("0.6")
NAME_PARTS = frozenset({"compound", "amod", "nmod", "poss"})
# What can date an event: "for three days" and "every Saturday" say how long or how often.
POINTS = frozenset({"DATE", "TIME"})


@dataclass(frozen=True, slots=True)
class Context:
    """One article's resolved entities, time expressions and credited sources."""

    article: Article
    entities: EntityIndex
    times: tuple[TimeExpression, ...]
    sources: SourceIndex
    dateline_end: int = 0
    places: PlaceResolution = field(default_factory=PlaceResolution)
    # Where each text the article gives in full begins (see `full_text_opening`).
    full_text_begins: tuple[int, ...] = ()

    @classmethod
    def build(cls, doc: Doc, article: Article) -> Context:
        found = resolve_entities(doc, article.id)
        places = resolve_places(doc, found)
        entities = found.renamed(places.names)
        dateline = find_dateline(doc.text)
        return cls(
            article=article,
            entities=entities,
            times=tuple(find_time_expressions(doc, article.id, article.published)),
            sources=find_sources(doc, entities, article.publisher),
            dateline_end=dateline.end if dateline else 0,
            places=places,
            full_text_begins=tuple(
                opening[1] for s in doc.sents if (opening := full_text_opening(s)) is not None
            ),
        )

    def mention(self, span: Span) -> Mention:
        return Mention(self.article.id, span.start_char, span.end_char, span.text)

    def sources_for(self, token: Token) -> tuple[Source, ...]:
        return self.sources.for_sentence(token.sent)

    def dated(self, verb: Token) -> tuple[TimeExpression | None, Decimal | None]:
        """When the verb's event happened, and how sure that is.

        A time expression attached to the verb's own clause dates it; else the nearest
        preceding calendar day of the narrative does, with lower confidence; else, for an
        article's opening event, the first day its paragraph names after the verb ("met the
        players who won the World Cup at the headquarters on September 30", where the parse
        hangs the date on another word).
        """
        doc = verb.doc
        starts = {doc[i].idx for i in own_tokens(verb)}
        attached = [
            time
            for time in self.times
            if time.mention.start >= self.dateline_end
            and time.mention.start in starts
            and time.timex_type in POINTS
            and _adverbial(doc, time)
        ]
        if attached:
            return attached[0], ATTACHED
        before = [
            time
            for time in self.times
            if self.dateline_end <= time.mention.start < verb.idx and _adverbial(doc, time)
        ]
        days = [time for time in before if time.day is not None]
        if days:
            return days[-1], NARRATIVE
        # A story told of a month ("One day in November 2015, he visited ...") has no day to
        # go by; a month mentioned after a day is more likely an aside than the story's time.
        months = [time for time in before if time.month is not None]
        if months:
            return months[-1], NARRATIVE
        text = doc.text
        paragraph_end = text.find("\n", verb.idx)
        after = [
            time
            for time in self.times
            if verb.idx < time.mention.start
            and (paragraph_end < 0 or time.mention.start < paragraph_end)
            and time.day is not None
            and _adverbial(doc, time)
        ]
        return (after[0], NARRATIVE) if after else (None, None)


def _adverbial(doc: Doc, time: TimeExpression) -> bool:
    """A time that modifies a clause ("on June 10"), not a name ("the April 25 Hostel")."""
    span = doc.char_span(time.mention.start, time.mention.end, alignment_mode="expand")
    return span is None or span.root.dep_ not in NAME_PARTS
