"""Word lists and tables the rules read: data files in `kg/lexicons/`, loaded once.

Each `.txt` file holds one entry a line and each `.tsv` file one row a line; `#` starts a
comment. Entries are case-folded so that lookups need no further normalisation.
"""

from __future__ import annotations

import functools
from collections.abc import Mapping
from decimal import Decimal, InvalidOperation
from importlib.resources import files
from types import MappingProxyType


def _numbered_lines(name: str) -> tuple[tuple[int, str], ...]:
    """The file's lines that are neither blank nor comments, with their line numbers."""
    text = files("kg.lexicons").joinpath(name).read_text(encoding="utf-8")
    return tuple(
        (number, line)
        for number, line in enumerate(text.splitlines(), start=1)
        if line.strip() and not line.startswith("#")
    )


def _lines(name: str) -> tuple[str, ...]:
    return tuple(line for _, line in _numbered_lines(name))


@functools.cache
def entries(name: str) -> tuple[str, ...]:
    """The entries of `name.txt`, case-folded, in the file's order (first is preferred)."""
    return tuple(dict.fromkeys(line.strip().casefold() for line in _lines(f"{name}.txt")))


@functools.cache
def words(name: str) -> frozenset[str]:
    """The entries of `name.txt`, case-folded, as a set."""
    return frozenset(entries(name))


@functools.cache
def union(*names: str) -> frozenset[str]:
    """The entries of several word lists together, as one set made once per combination."""
    return frozenset().union(*(words(name) for name in names))


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


@functools.cache
def confidences(name: str) -> Mapping[str, Decimal]:
    """`name.tsv` read as key (case-folded) -> a confidence, a decimal in [0, 1]; a row with
    any other value is an error naming the file and the line, found when the table is first
    read rather than when a rule first meets the row."""
    table: dict[str, Decimal] = {}
    for number, line in _numbered_lines(f"{name}.tsv"):
        cells = [cell.strip() for cell in line.split("\t")]
        value = cells[1] if len(cells) == 2 else None
        try:
            confidence = Decimal(value) if value is not None else None
        except InvalidOperation:
            confidence = None
        finite = confidence is not None and confidence.is_finite()
        if confidence is None or not finite or not Decimal(0) <= confidence <= Decimal(1):
            raise ValueError(
                f"kg/lexicons/{name}.tsv, line {number}: {line!r} is not allowed;"
                " expected a key, a tab and a decimal in [0, 1]"
            )
        table[cells[0].casefold()] = confidence
    return MappingProxyType(table)
