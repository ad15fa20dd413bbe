"""Extractors: pure functions `(doc, context) -> Iterator[Fact]`, registered by versioned name.

The registry is a `catalogue` registry, as spaCy and textacy use, so a plug-in package can add
an extractor through the `kg_extractors` entry point without touching this one.
"""

from __future__ import annotations

import functools
from collections.abc import Callable, Iterator

import catalogue
from spacy.tokens import Doc

from kg.extract.context import Context
from kg.model import Fact

Extractor = Callable[[Doc, Context], Iterator[Fact]]

extractors = catalogue.create("kg", "extractors", entry_points=True)

__all__ = ["Context", "Extractor", "extractors", "get_extractor"]


@functools.cache
def get_extractor(name: str) -> Extractor:
    """The extractor registered under `name`, with the registered names in the error.

    Found once per process: catalogue looks through every installed package's entry points on
    each lookup, which would cost more than extracting a short article.
    """
    _register_builtins()
    try:
        found: Extractor = extractors.get(name)
    except catalogue.RegistryError as exc:
        known = ", ".join(sorted(extractors.get_all()))
        raise ValueError(f"unknown extractor {name!r}: expected one of {known}") from exc
    return found


def _register_builtins() -> None:
    # Importing the modules runs their @extractors.register decorators.
    from kg.extract import (  # noqa: F401
        entities,
        events,
        orders,
        places,
        relations,
        statements,
        times,
    )
