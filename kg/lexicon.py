"""Word lists and tables the rules read: data files in `kg/lexicons/`, loaded once.

Each `.txt` file holds one entry a line and each `.tsv` file one row a line; `#` starts a
comment. Entries are case-folded so that lookups need no further normalisation.
"""

from __future__ import annotations

import functools
from collections.abc import Mapping
from importlib.resources import files
from types import MappingProxyType


def _lines(name: str) -> tuple[str, ...]:
    text = files("kg.lexicons").joinpath(name).read_text(encoding="utf-8")
    return tuple(line for line in text.splitlines() if line.strip() and not line.startswith("#"))


@functools.cache
def entries(name: str) -> tuple[str, ...]:
    """The entries of `name.txt`, case-folded, in the file's order (first is preferred)."""
    return tuple(dict.fromkeys(line.strip().casefold() for line in _lines(f"{name}.txt")))


@functools.cache
def words(name: str) -> frozenset[str]:
    """The entries of `name.txt`, case-folded, as a set."""
    return frozenset(entries(name))


@functools.cache
def rows(name: str) -> tuple[tuple[str, ...], ...]:
    """The rows of `name.tsv`, each split on tabs, cells stripped."""
    return tuple(tuple(cell.strip() for cell in line.split("\t")) for line in _lines(f"{name}.tsv"))


@functools.cache
def mapping(name: str) -> Mapping[str, str]:
    """`name.tsv` read as key (case-folded) -> second column."""
    return MappingProxyType({row[0].casefold(): row[1] for row in rows(name)})


@functools.cache
def pairs(name: str) -> frozenset[tuple[str, str]]:
    """`name.tsv` read as a set of (first, second) case-folded pairs."""
    return frozenset((row[0].casefold(), row[1].casefold()) for row in rows(name))


@functools.cache
def longest_phrase(name: str) -> int:
    """The number of words in the longest entry of `name.txt` (bounds phrase matching)."""
    return max(len(entry.split()) for entry in words(name))
