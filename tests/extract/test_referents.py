from __future__ import annotations

import pytest
from spacy.tokens import Doc, Token

from kg.extract.referents import antecedents, body_named_by
from tests.conftest import Parse


def _last(doc: Doc, word: str) -> Token:
    return [t for t in doc if t.text == word][-1]


@pytest.mark.parametrize(
    ("text", "noun", "body"),
    [
        # A unit called so beside its name, named again by "the unit".
        (
            "Halvard AB offered to buy the rest of its U.S. unit, Halvard Systems Inc., for $15 "
            "a share. The unit said it can give no assurance that a deal will occur.",
            "unit",
            "Halvard Systems Inc.",
        ),
        # A body named again by the head noun of its own name.
        (
            "The Ministry of Foreign Affairs of Japan met on Monday. The ministry said it would"
            " send aid to the region.",
            "ministry",
            "Ministry of Foreign Affairs of Japan",
        ),
        # A firm named again by its trade.
        (
            "Zenith Co. cut 300 jobs. But the drug company said it expects savings.",
            "company",
            "Zenith Co.",
        ),
    ],
)
def test_a_definite_noun_names_the_body_named_before(
    parse: Parse, text: str, noun: str, body: str
) -> None:
    doc, ctx = parse(text)
    named = body_named_by(ctx.entities, _last(doc, noun))
    assert named is not None and named.name == body


@pytest.mark.parametrize(
    "text",
    [
        # Nothing was named before that the noun could name again.
        "The unit said it can give no assurance that a deal will occur.",
        # A person is no body a common noun names again.
        "John Halvard spoke on Monday. The company said it expects savings.",
    ],
)
def test_a_definite_noun_with_nothing_named_before_names_no_body(parse: Parse, text: str) -> None:
    doc, ctx = parse(text)
    noun = next(t for t in doc if t.text in {"unit", "company"})
    assert body_named_by(ctx.entities, noun) is None


def test_it_stands_for_the_country_the_subject_before_names(parse: Parse) -> None:
    doc, ctx = parse(
        "Sweden signed the treaty on Monday. It said the accord would take effect in May."
    )
    assert [e.name for e in antecedents(ctx.entities, _last(doc, "It"))] == ["Sweden"]
