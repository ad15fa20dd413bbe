"""N-Quads and N-Triples files written from a stream of articles, in bounded memory.

Lines are collected in a buffer of fixed size; a full buffer is sorted, rid of duplicates and
written to a run file beside the output, and the runs are merged at the end (an external merge
sort). The file is therefore sorted and holds each statement once, so the same graph always
gives the same bytes, whatever the order or the number of processes that produced the
articles, and however often an entity's statements were repeated by the articles that
mention it.
"""

from __future__ import annotations

import shutil
import tempfile
from bisect import bisect_right
from collections.abc import Iterable, Iterator
from contextlib import ExitStack
from pathlib import Path
from typing import BinaryIO

from kg.closing import Closing
from kg.io.nquads import triple_of
from kg.io.write import check_target, format_for, replacing

__all__ = ["STREAMED_FORMATS", "SortedLines", "StatementWriter", "merge_blocks"]

# The formats written line by line; the others are built as one graph in memory by rdflib.
STREAMED_FORMATS = frozenset({"nquads", "nt"})

# About 40 MB of lines in memory before a run goes to disk.
BUFFER_LINES = 200_000

# Read from each run at a time by the final merge: big enough that the merge works on long
# lists in C (sorting, de-duplicating, joining) rather than line by line in Python.
MERGE_BLOCK_BYTES = 1 << 20


class SortedLines(Closing):
    """Distinct lines, sorted, into `path` (replaced atomically by `finish`).

    Use as a context manager: runs left by a failed or abandoned write are removed on exit.
    """

    def __init__(self, path: Path, buffer_lines: int = BUFFER_LINES) -> None:
        if buffer_lines < 1:
            raise ValueError(f"buffer_lines = {buffer_lines}: expected a whole number >= 1")
        self.path = Path(path)
        self.buffer_lines = buffer_lines
        # The buffer's distinct lines, and the same lines in the order they came: given in
        # sorted groups (as an article's lines), they sort several times faster than a set.
        self._buffer: set[str] = set()
        self._arrived: list[str] = []
        self._runs: list[Path] = []
        self._folder: Path | None = None

    def add(self, lines: Iterable[str]) -> None:
        """Add lines, each ending in a newline; faster sorted than not."""
        buffer = self._buffer
        fresh = [line for line in dict.fromkeys(lines) if line not in buffer]
        buffer.update(fresh)
        self._arrived += fresh
        if len(buffer) >= self.buffer_lines:
            self._spill()

    def _sorted(self) -> list[str]:
        """The buffer's lines, sorted; the buffer is emptied."""
        lines = self._arrived
        lines.sort()
        self._arrived = []
        self._buffer.clear()
        return lines

    def _spill(self) -> None:
        if self._folder is None:
            # Beside the output: the disk the user chose for it, not the system temporary folder.
            self._folder = Path(
                tempfile.mkdtemp(prefix=f".{self.path.name}.", dir=self.path.parent)
            )
        run = self._folder / f"run-{len(self._runs):05d}"
        with open(run, "w", encoding="utf-8", newline="") as out:
            out.writelines(self._sorted())
        self._runs.append(run)

    def finish(self) -> int:
        """Write the file; returns how many distinct lines it holds."""
        with ExitStack() as files:
            # Read as bytes: UTF-8 sorts as the text does, and the lines go out as they came in.
            sources = [_blocks(files.enter_context(open(run, "rb"))) for run in self._runs]
            sources.append(_encoded(self._sorted()))
            count = 0
            with replacing(self.path) as out:
                for block in merge_blocks(sources):
                    out.write(b"".join(block))
                    count += len(block)
        self.close()
        return count

    def close(self) -> None:
        if self._folder is not None:
            shutil.rmtree(self._folder, ignore_errors=True)
            self._folder = None
        self._runs.clear()


def _blocks(run: BinaryIO) -> Iterator[list[bytes]]:
    """A run's lines, a block of about `MERGE_BLOCK_BYTES` at a time."""
    while block := run.readlines(MERGE_BLOCK_BYTES):
        yield block


def _encoded(lines: list[str], size: int = 4096) -> Iterator[list[bytes]]:
    """Lines as bytes, `size` at a time: never a second copy of a whole buffer in memory."""
    for start in range(0, len(lines), size):
        yield [line.encode("utf-8") for line in lines[start : start + size]]


def merge_blocks(sources: Iterable[Iterator[list[bytes]]]) -> Iterator[list[bytes]]:
    """The lines of several sources, sorted and each once, in blocks.

    Each source gives its lines in blocks, sorted and distinct across its blocks. At each step
    every source gives up the lines of its current block up to the smallest last line of the
    current blocks: no line to come, from any source, sorts before those, so they are sorted
    and de-duplicated together (by C code, on whole lists) and given out as one block.
    """
    current: list[tuple[list[bytes], int, Iterator[list[bytes]]]] = []
    for source in sources:
        if block := next(source, None):
            current.append((block, 0, source))
    while len(current) > 1:
        bound = min(block[-1] for block, _, _ in current)
        lines: list[bytes] = []
        kept: list[tuple[list[bytes], int, Iterator[list[bytes]]]] = []
        for block, start, source in current:
            end = bisect_right(block, bound, start)
            lines += block[start:end]
            if end < len(block):
                kept.append((block, end, source))
            elif block := next(source, None):
                kept.append((block, 0, source))
        current = kept
        lines.sort()  # a merge of the sorted slices: Python's sort finds them and merges
        yield list(dict.fromkeys(lines))
    for block, start, source in current:  # the last source: nothing to merge it with
        yield block[start:]
        yield from source


class StatementWriter(Closing):
    """Statements of articles, given as N-Quads lines, into a sorted .nq or .nt file.

    N-Triples holds one graph: the graph names are dropped, as for the other one-graph formats.
    """

    def __init__(self, path: Path, fmt: str | None = None) -> None:
        self.path = Path(path)
        self.format = format_for(self.path, fmt)
        if self.format not in STREAMED_FORMATS:
            raise ValueError(f"{self.format} is not written line by line")
        check_target(self.path)
        self._lines = SortedLines(self.path)

    def add(self, lines: Iterable[str]) -> None:
        if self.format == "nt":
            lines = (triple_of(line) + " .\n" for line in lines)
        self._lines.add(lines)

    def finish(self) -> int:
        return self._lines.finish()

    def close(self) -> None:
        self._lines.close()
