"""Reading RDF files that kg (or anyone) wrote, into one dataset."""

from __future__ import annotations

from pathlib import Path

from rdflib import Dataset

from kg.namespace import bind_prefixes

PARSERS = {
    ".ttl": "turtle",
    ".nt": "nt",
    ".n3": "n3",
    ".trig": "trig",
    ".nq": "nquads",
    ".jsonld": "json-ld",
    ".json": "json-ld",
    ".rdf": "xml",
    ".owl": "xml",
}


class GraphFileError(ValueError):
    """An RDF file could not be found, recognised or parsed."""


def load_dataset(path: Path) -> Dataset:
    """Parse an RDF file by its extension; SPARQL over the result sees all its graphs."""
    fmt = PARSERS.get(path.suffix.lower())
    if fmt is None:
        allowed = ", ".join(sorted(PARSERS))
        raise GraphFileError(f"{path}: unknown RDF format {path.suffix!r} (expected {allowed})")
    if not path.is_file():
        raise GraphFileError(f"{path}: no such file")
    dataset = Dataset(default_union=True)
    bind_prefixes(dataset)
    try:
        dataset.parse(path, format=fmt)
    except Exception as exc:  # rdflib's parsers raise many unrelated types
        raise GraphFileError(f"{path}: not valid {fmt}: {exc}") from exc
    return dataset
