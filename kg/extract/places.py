"""Places grounded in the gazetteer: coordinates, GeoNames ids and what contains them."""

from __future__ import annotations

from collections.abc import Iterator

from spacy.tokens import Doc

from kg.extract import extractors
from kg.extract.context import Context
from kg.model import PlaceKind, PlaceLink, Relation


@extractors.register("kg.places.v32")
def extract_places(doc: Doc, ctx: Context) -> Iterator[PlaceLink | PlaceKind | Relation]:
    """A link for every place grounded in the gazetteer (see kg.resolve.places), the kind of
    every other place its name tells ("Uiju County"), and the containment the text states."""
    places = ctx.places
    yield from places.links
    yield from places.kinds
    yield from places.containment
