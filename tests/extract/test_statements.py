from __future__ import annotations

import pytest

from kg.extract.statements import extract_statements
from tests.conftest import Parse


@pytest.mark.parametrize(
    ("text", "speaker", "quote_word"),
    [
        (
            "Kim Jong Un said, “We will never give up our nuclear weapons.”",
            "Kim Jong Un",
            "nuclear",
        ),
        (
            "“The harvest was good this year,” Pak Thae Song told the meeting.",
            "Pak Thae Song",
            "harvest",
        ),
        (
            "Kim Yo Jong stated that defectors “are a blemish on their country.”",
            "Kim Yo Jong",
            "blemish",
        ),
    ],
)
def test_quotations_become_statements(
    parse: Parse, text: str, speaker: str, quote_word: str
) -> None:
    doc, ctx = parse(text)
    (statement,) = extract_statements(doc, ctx)
    assert [a.name for a in statement.agents] == [speaker]
    assert statement.quote is not None and quote_word in statement.quote


def test_unnamed_sources_are_attribution_not_statements(parse: Parse) -> None:
    doc, ctx = parse("“Prices rose sharply in March,” the source said.")
    assert list(extract_statements(doc, ctx)) == []
