"""The registry of extractors."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

import kg
from kg.extract import get_extractor

# A versioned extractor name as the records carry it ("kg.statements.v37").
VERSIONED_NAME = re.compile(r"\bkg\.[a-z]+\.v\d+\b")
WRITTEN_NAMES = sorted(
    {
        name
        for source in Path(kg.__file__).parent.rglob("*.py")
        for name in VERSIONED_NAME.findall(source.read_text(encoding="utf-8"))
    }
)


@pytest.mark.parametrize("name", WRITTEN_NAMES)
def test_every_extractor_name_the_package_writes_is_registered(name: str) -> None:
    # A record naming a version no longer registered would keep the store from rebuilding
    # exactly the articles a rule change affects.
    get_extractor(name)


def test_an_unknown_extractor_is_refused_with_the_names_known() -> None:
    with pytest.raises(ValueError, match=r"unknown extractor 'kg\.orders\.v0': expected one of"):
        get_extractor("kg.orders.v0")
