"""Time expressions: every TIMEX3 expression of the article, used by an event or not."""

from __future__ import annotations

from collections.abc import Iterator

from spacy.tokens import Doc

from kg.extract import extractors
from kg.extract.context import Context
from kg.model import TimeExpression


@extractors.register("kg.times.v26")
def extract_times(doc: Doc, ctx: Context) -> Iterator[TimeExpression]:
    """The time expressions found and normalised for the article."""
    yield from ctx.times
