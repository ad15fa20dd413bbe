"""What every extractor may read besides the parse: the article and what was resolved in it."""

from __future__ import annotations

from dataclasses import dataclass, field

from spacy.tokens import Doc, Span, Token

from kg.model import Article, Mention, Source, TimeExpression
from kg.resolve.attribution import SourceIndex, find_dateline, find_sources
from kg.resolve.entities import EntityIndex, resolve_entities
from kg.resolve.places import PlaceResolution, resolve_places
from kg.temporal import find_time_expressions


@dataclass(frozen=True, slots=True)
class Context:
    """One article's resolved entities, time expressions and credited sources."""

    article: Article
    entities: EntityIndex
    times: tuple[TimeExpression, ...]
    sources: SourceIndex
    dateline_end: int = 0
    places: PlaceResolution = field(default_factory=PlaceResolution)

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
        )

    def mention(self, span: Span) -> Mention:
        return Mention(self.article.id, span.start_char, span.end_char, span.text)

    def sources_for(self, token: Token) -> tuple[Source, ...]:
        return self.sources.for_sentence(token.sent)

    def time_within(self, tokens: frozenset[int], doc: Doc) -> TimeExpression | None:
        """The first time expression (not a dateline) that starts on one of `tokens`."""
        starts = {doc[i].idx for i in tokens}
        for time in self.times:
            if time.mention.start >= self.dateline_end and time.mention.start in starts:
                return time
        return None
