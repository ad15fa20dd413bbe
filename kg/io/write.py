"""Write a dataset to a file in the format its extension names, atomically."""

from __future__ import annotations

import os
import secrets
from collections.abc import Iterator, Mapping
from contextlib import contextmanager
from pathlib import Path
from types import MappingProxyType
from typing import BinaryIO

from rdflib import Dataset, Graph

from kg.graph import flatten
from kg.namespace import PREFIXES, bind_prefixes

__all__ = ["FORMATS", "OutputError", "format_for", "write_dataset"]

FORMATS: Mapping[str, str] = MappingProxyType(
    {
        ".ttl": "turtle",
        ".nt": "nt",
        ".trig": "trig",
        ".nq": "nquads",
        ".jsonld": "json-ld",
        ".graphml": "graphml",
    }
)

# Formats that hold a single graph: the dataset's graphs are merged into one for them.
_FLAT = frozenset({"turtle", "nt", "graphml"})

_JSONLD_CONTEXT = {prefix: str(namespace) for prefix, namespace in PREFIXES}


class OutputError(ValueError):
    """An output path that cannot be written."""


def format_for(path: Path, explicit: str | None = None) -> str:
    """The format to write `path` in: `explicit` (a format name or extension), else by extension."""
    names = ", ".join(dict.fromkeys(FORMATS.values()))
    if explicit is not None:
        name = explicit.strip().lower()
        fmt = name if name in FORMATS.values() else FORMATS.get("." + name.lstrip("."))
        if fmt is None:
            raise ValueError(f"unknown output format {explicit!r} (expected one of: {names})")
        return fmt
    fmt = FORMATS.get(Path(path).suffix.lower())
    if fmt is None:
        extensions = ", ".join(FORMATS)
        raise ValueError(
            f"cannot tell the output format of '{path}' from its extension "
            f"(expected one of: {extensions}; or give a format: {names})"
        )
    return fmt


def write_dataset(dataset: Dataset, path: Path, fmt: str | None = None) -> int:
    """Write `dataset` to `path` and return how many triples (or, keeping graphs, quads) it holds.

    turtle, nt and graphml hold one graph, so they get the union of the dataset's graphs, where
    rdflib's own serializer would write the default graph alone; trig, nquads and json-ld keep
    the named graphs. The contract's prefixes are bound on `dataset` for those. N-Triples lines
    are sorted, so that the same graph always gives the same bytes.

    The file is replaced atomically: until the new content is completely written the old file
    stays as it was, and on any error it is left untouched and nothing else is left behind.
    """
    path = Path(path)
    fmt = format_for(path, fmt)
    check_target(path)
    if fmt in _FLAT:
        graph = flatten(dataset)
        with _replacing(path) as out:
            _write_graph(graph, fmt, out)
        return len(graph)
    bind_prefixes(dataset)
    with _replacing(path) as out:
        if fmt == "json-ld":
            # Without a context rdflib writes every IRI in full.
            dataset.serialize(out, format=fmt, encoding="utf-8", context=_JSONLD_CONTEXT)
        else:
            dataset.serialize(out, format=fmt, encoding="utf-8")
    return sum(1 for _ in dataset.quads((None, None, None, None)))


def _write_graph(graph: Graph, fmt: str, out: BinaryIO) -> None:
    if fmt == "graphml":
        from kg.graphml import write_graphml  # networkx: imported by the builds that need it

        write_graphml(graph, out)
    elif fmt == "nt":
        lines = sorted(graph.serialize(format="nt", encoding="utf-8").split(b"\n"))
        out.writelines(line + b"\n" for line in lines if line)
    else:
        graph.serialize(out, format=fmt, encoding="utf-8")


def check_target(path: Path) -> None:
    folder = path.parent
    if not folder.exists():
        raise OutputError(f"output folder '{folder}/' does not exist")
    if not folder.is_dir():
        raise OutputError(f"output folder '{folder}/' is not a folder")
    if path.is_dir():
        raise OutputError(f"output path '{path}' is a folder")


@contextmanager
def _replacing(path: Path) -> Iterator[BinaryIO]:
    """A new file beside `path` that takes its place once completely written."""
    temp = path.with_name(f".{path.name}.{secrets.token_hex(4)}.tmp")
    # Created with os.open rather than tempfile, whose files are private (0600): this way the
    # output gets the mode of any new file under the user's umask.
    flags = os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_BINARY", 0)
    try:
        fd = os.open(temp, flags, 0o666)
    except OSError as error:
        raise OutputError(f"cannot write in '{path.parent}/' ({error.strerror})") from None
    try:
        with os.fdopen(fd, "wb") as out:
            yield out
            out.flush()
            os.fsync(out.fileno())
        os.replace(temp, path)
    except BaseException:
        temp.unlink(missing_ok=True)
        raise


# For other writers of files (kg.store streams its dumps through it).
replacing = _replacing
