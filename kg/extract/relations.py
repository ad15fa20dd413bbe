"""Relations the text states in appositions: kinship, job titles, places inside places."""

from __future__ import annotations

from collections.abc import Iterator

from spacy.tokens import Doc, Token

from kg import lexicon
from kg.extract import extractors
from kg.extract.context import Context
from kg.extract.syntax import prepositional_objects
from kg.model import Entity, EntityKind, Relation


def _appositions(token: Token) -> list[Token]:
    return [c for c in token.children if c.dep_ == "appos"]


def _title(appos: Token) -> str | None:
    words = [t for t in appos.lefts if t.dep_ in {"compound", "amod"}] + [appos]
    title = " ".join(t.lower_ for t in words)
    return title if title in lexicon.words("titles") else None


def _relations_of(entity: Entity, root: Token, ctx: Context) -> Iterator[Relation]:
    index = ctx.entities
    evidence = ctx.mention(root.sent)
    for appos in _appositions(root):
        other = index.entity_at(appos)
        if entity.kind is EntityKind.PLACE and other is not None and other.kind is EntityKind.PLACE:
            yield Relation(entity, "schema:containedInPlace", other, evidence)
            continue
        if entity.kind is not EntityKind.PERSON:
            continue
        kinship = lexicon.mapping("kinship").get(appos.lemma_.casefold())
        if kinship is not None:
            for relative in prepositional_objects(appos, frozenset({"of"})):
                target = index.entity_at(relative)
                if target is not None and target.kind is EntityKind.PERSON and target != entity:
                    yield Relation(entity, kinship, target, evidence)
        title = _title(appos)
        if title is not None:
            yield Relation(entity, "schema:jobTitle", title, evidence)


@extractors.register("kg.relations.v1")
def extract_relations(doc: Doc, ctx: Context) -> Iterator[Relation]:
    """Kinship, titles and containment stated beside a name."""
    yield from ctx.entities.relations
    seen: set[int] = set()
    for mention in ctx.entities.mentions:
        span = doc.char_span(mention.mention.start, mention.mention.end)
        if span is None or span.root.i in seen:
            continue
        seen.add(span.root.i)
        yield from _relations_of(mention.entity, span.root, ctx)
