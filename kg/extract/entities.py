"""Entity mentions: every named person, organisation, place and group of the article."""

from __future__ import annotations

from collections.abc import Iterator

from spacy.tokens import Doc

from kg.extract import extractors
from kg.extract.context import Context
from kg.model import EntityMention


@extractors.register("kg.entities.v36")
def extract_entities(doc: Doc, ctx: Context) -> Iterator[EntityMention]:
    """The mentions resolved for the article (canonical names, surnames resolved)."""
    yield from ctx.entities.mentions
