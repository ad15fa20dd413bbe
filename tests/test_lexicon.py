from __future__ import annotations

from collections.abc import Iterator
from decimal import Decimal
from pathlib import Path

import pytest

from kg import lexicon


@pytest.fixture
def lexicons(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Path]:
    monkeypatch.setattr(lexicon, "files", lambda package: tmp_path)
    # Tables are read once: each test reads its own file afresh, and leaves the real ones.
    caches = (lexicon.confidences, lexicon.entries, lexicon.words, lexicon.union)
    for cache in caches:
        cache.cache_clear()
    yield tmp_path
    for cache in caches:
        cache.cache_clear()


def test_a_union_holds_every_lists_words_once(lexicons: Path) -> None:
    (lexicons / "rivers.txt").write_text("# rivers\nTaedong\nYalu\n", encoding="utf-8")
    (lexicons / "lakes.txt").write_text("Yalu\nSamji\n", encoding="utf-8")
    assert lexicon.union("rivers", "lakes") == {"taedong", "yalu", "samji"}
    assert lexicon.union("lakes") == {"yalu", "samji"}


def test_confidences_are_read_as_decimals(lexicons: Path) -> None:
    (lexicons / "good_confidence.tsv").write_text("# kind\tconfidence\nVerb\t0.8\nnoun\t1\n")
    assert lexicon.confidences("good_confidence") == {"verb": Decimal("0.8"), "noun": Decimal(1)}


@pytest.mark.parametrize("value", ["1.5", "-0.1", "high", "NaN", "0.8\t0.9"])
def test_a_confidence_outside_0_to_1_names_the_file_and_line(lexicons: Path, value: str) -> None:
    (lexicons / "bad.tsv").write_text(f"# kind\tconfidence\nverb\t0.8\nnoun\t{value}\n")
    with pytest.raises(ValueError, match=r"bad\.tsv, line 3: .*decimal in \[0, 1\]"):
        lexicon.confidences("bad")
