"""The stand-ins for the model's attribute ruler and lemmatizer annotate as the originals do."""

from __future__ import annotations

import numpy
import spacy
from spacy.language import Language
from spacy.pipeline import AttributeRuler, Lemmatizer
from spacy.tokens import Doc

from kg.components import AttributeTable, LemmaTable, use_attribute_table, use_lemma_table
from kg.nlp import default_model_name

from .conftest import SEED

# Sentences where the ruler's rarer patterns apply: an expletive's verb, "gets"/"got",
# "ain't", "gonna" (two-token patterns), a clipped "nothin'", "y'all", runs of spaces.
SPECIAL = (
    "There is no doubt that there were many who got what they wanted.",
    "He gets up early; she ain't coming, and nothin' will change that.",
    "Y'all know   the  rules.\n\nThey were   set   long ago.",
    "We're gonna win, ain't we?  They ain' t sure.",
)


def annotations(docs: list[Doc]) -> list[tuple[str, ...]]:
    return [
        (t.text, t.tag_, t.pos_, str(t.morph), t.lemma_, t.dep_, t.ent_type_)
        for doc in docs
        for t in doc
    ]


def test_the_model_runs_the_tables_in_place_of_its_rule_components(nlp: Language) -> None:
    assert isinstance(nlp.get_pipe("attribute_ruler"), AttributeTable)
    assert isinstance(nlp.get_pipe("lemmatizer"), LemmaTable)


def test_the_tables_annotate_as_the_model_s_own_components(nlp: Language) -> None:
    own = spacy.load(default_model_name(), exclude=["senter"])
    own.tokenizer = nlp.tokenizer
    texts = [SEED.read_text(encoding="utf-8"), *SPECIAL]
    # Twice: the second time every answer comes from the tables.
    for _ in range(2):
        assert annotations(list(nlp.pipe(texts))) == annotations(list(own.pipe(texts)))


def test_the_attribute_table_grows_doc_by_doc_as_if_made_at_once() -> None:
    own = spacy.load(default_model_name(), exclude=["senter"])
    nlp = spacy.load(default_model_name(), exclude=["senter"])
    use_attribute_table(nlp)
    table = nlp.get_pipe("attribute_ruler")
    assert isinstance(table, AttributeTable)
    known = [0]
    for text in SPECIAL:
        assert annotations([nlp(text)]) == annotations([own(text)])
        known.append(len(table._outcomes))
    # Each sentence brings kinds of token the ones before it had not: the arrays grew each time.
    assert known == sorted(set(known))
    whole = table._as_arrays(table._outcomes)
    for rows in ("values", "given", "longer", "other"):
        assert numpy.array_equal(getattr(table._arrays, rows), getattr(whole, rows))


def test_a_ruler_with_patterns_the_table_cannot_read_stays() -> None:
    nlp = spacy.blank("en")
    ruler = nlp.add_pipe("attribute_ruler")
    assert isinstance(ruler, AttributeRuler)
    ruler.add([[{"LOWER": "very", "OP": "+"}]], {"POS": "ADV"})
    use_attribute_table(nlp)
    assert nlp.get_pipe("attribute_ruler") is ruler


def test_a_lemmatizer_without_its_lookup_tables_stays() -> None:
    nlp = spacy.blank("en")
    lemmatizer = nlp.add_pipe("lemmatizer", config={"mode": "rule"})
    assert isinstance(lemmatizer, Lemmatizer)
    use_lemma_table(nlp)
    assert nlp.get_pipe("lemmatizer") is lemmatizer


def test_a_rule_setting_more_than_the_token_s_own_attributes_is_applied_as_the_ruler_does() -> None:
    def pipeline() -> Language:
        nlp = spacy.blank("en")
        ruler = nlp.add_pipe("attribute_ruler")
        assert isinstance(ruler, AttributeRuler)
        ruler.add([[{"LOWER": "colour"}]], {"NORM": "color", "POS": "NOUN"})
        ruler.add([[{"LOWER": {"REGEX": "^col"}}]], {"LEMMA": "col", "MORPH": "Number=Sing"})
        ruler.add([[{"LOWER": "gon"}, {"LOWER": "na"}]], {"LEMMA": "to", "NORM": "to"}, index=1)
        return nlp

    text = "The colour is gonna fade, Colonel."
    own = pipeline()
    expected = [(t.norm_, t.pos_, t.lemma_, str(t.morph)) for t in own(text)]
    nlp = pipeline()
    use_attribute_table(nlp)
    assert isinstance(nlp.get_pipe("attribute_ruler"), AttributeTable)
    for _ in range(2):
        assert [(t.norm_, t.pos_, t.lemma_, str(t.morph)) for t in nlp(text)] == expected


def test_the_lemma_table_finds_known_words_in_sets_and_leaves_the_model_s_lists() -> None:
    nlp = spacy.load(default_model_name(), exclude=["senter"])
    lemmatizer = nlp.get_pipe("lemmatizer")
    assert isinstance(lemmatizer, Lemmatizer)
    use_lemma_table(nlp)
    table = nlp.get_pipe("lemmatizer")
    assert isinstance(table, LemmaTable)
    own = lemmatizer.lookups.get_table("lemma_index")
    asked = table._lemmatizer.lookups.get_table("lemma_index")
    assert all(isinstance(words, frozenset) for words in asked.values())
    assert {pos: frozenset(words) for pos, words in own.items()} == dict(asked.items())
    # The model's lemmatizer is untouched: its lists still serialise.
    assert all(isinstance(words, list) for words in own.values())
    assert lemmatizer.to_bytes()
    # Words of every part of speech: found in the index ("geese" -> "goose") or by rule.
    doc = nlp("The geese were flying over the oldest bridges, and she quickly wrote letters.")
    assert [t.lemma_ for t in doc if t.pos_ in {"NOUN", "VERB", "ADJ", "ADV"}] == [
        "goose",
        "fly",
        "old",
        "bridge",
        "quickly",
        "write",
        "letter",
    ]
