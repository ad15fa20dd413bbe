"""Sorted, de-duplicated N-Quads and N-Triples files written in bounded memory."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from kg.io.stream import SortedLines, StatementWriter, merge_blocks


def test_runs_spilled_to_disk_merge_into_sorted_distinct_lines(tmp_path: Path) -> None:
    out = tmp_path / "lines.nq"
    numbers = [f"{n % 37:03d} .\n" for n in range(500)]
    with SortedLines(out, buffer_lines=10) as lines:
        for start in range(0, len(numbers), 7):
            lines.add(numbers[start : start + 7])
        assert lines.finish() == 37
    assert out.read_text(encoding="utf-8") == "".join(f"{n:03d} .\n" for n in range(37))
    assert sorted(p.name for p in tmp_path.iterdir()) == ["lines.nq"]


def test_a_failed_write_leaves_neither_output_nor_runs(tmp_path: Path) -> None:
    out = tmp_path / "lines.nq"
    with pytest.raises(RuntimeError), SortedLines(out, buffer_lines=2) as lines:
        lines.add(["b\n", "a\n", "c\n"])
        raise RuntimeError("the build failed")
    assert list(tmp_path.iterdir()) == []


def test_n_triples_drop_the_graphs_and_merge_their_statements(tmp_path: Path) -> None:
    out = tmp_path / "g.nt"
    with StatementWriter(out) as writer:
        writer.add(['<urn:s> <urn:p> "o" <urn:g1> .\n', '<urn:s> <urn:p> "o" <urn:g2> .\n'])
        writer.add(['<urn:a> <urn:p> "x y" <urn:g1> .\n'])
        assert writer.finish() == 2
    assert out.read_text(encoding="utf-8") == ('<urn:a> <urn:p> "x y" .\n<urn:s> <urn:p> "o" .\n')


def test_only_line_formats_are_streamed(tmp_path: Path) -> None:
    with pytest.raises(ValueError, match="turtle"):
        StatementWriter(tmp_path / "g.ttl")


def _sources(*runs: list[bytes], block: int = 2) -> list[Iterator[list[bytes]]]:
    return [iter([run[i : i + block] for i in range(0, len(run), block)]) for run in runs]


@pytest.mark.parametrize("block", [1, 2, 3, 100])
def test_merged_blocks_hold_each_line_of_every_run_once_in_order(block: int) -> None:
    runs = (
        [b"a\n", b"c\n", b"e\n", b"g\n"],
        [b"b\n", b"c\n", b"d\n", b"g\n", b"h\n"],
        [b"c\n", b"g\n"],
        [],
    )
    merged = [line for lines in merge_blocks(_sources(*runs, block=block)) for line in lines]
    assert merged == [b"a\n", b"b\n", b"c\n", b"d\n", b"e\n", b"g\n", b"h\n"]


def test_lines_beyond_ascii_sort_as_their_text_does(tmp_path: Path) -> None:
    # The runs are merged as UTF-8 bytes, the last buffer as text: both orders must agree.
    words = ["zebra", "é", "\u2028x", "ÿ", "\U0001f600", "a", "Ā", "é"]
    out = tmp_path / "lines.nq"
    with SortedLines(out, buffer_lines=3) as lines:
        for word in words:
            lines.add([f'"{word}" .\n'])
        assert lines.finish() == len(set(words))
    expected = "".join(f'"{word}" .\n' for word in sorted(set(words)))
    assert out.read_bytes() == expected.encode("utf-8")


@pytest.mark.parametrize("buffer_lines", [1, 4, 1000])
def test_lines_repeated_within_and_across_additions_are_written_once(
    tmp_path: Path, buffer_lines: int
) -> None:
    out = tmp_path / "lines.nq"
    additions = [["c\n", "a\n", "c\n"], ["a\n", "b\n", "d\n"], ["d\n", "a\n", "e\n", "b\n"]]
    with SortedLines(out, buffer_lines=buffer_lines) as lines:
        for addition in additions:
            lines.add(addition)
        assert lines.finish() == 5
    assert out.read_text(encoding="utf-8") == "a\nb\nc\nd\ne\n"
