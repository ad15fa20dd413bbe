"""Shared fixtures: the real English model, loaded once, and articles parsed with it."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from pathlib import Path

import pytest
from spacy.language import Language
from spacy.tokens import Doc

from kg.extract import Context
from kg.model import Article
from kg.nlp import load_model

SEEDS = Path(__file__).resolve().parent.parent / "seeds"
SEED = SEEDS / "000_39c164ef8ecf0c18.txt"

Parse = Callable[..., tuple[Doc, Context]]


@pytest.fixture(scope="session")
def nlp() -> Language:
    return load_model()


@pytest.fixture(scope="session")
def parse(nlp: Language) -> Parse:
    """Parse a text as an article and resolve its entities, times and sources."""

    def run(
        text: str, published: dt.date | None = None, article_id: str = "t"
    ) -> tuple[Doc, Context]:
        doc = nlp(text)
        return doc, Context.build(doc, Article(article_id, text, published=published))

    return run
