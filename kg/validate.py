"""Check a graph against the SHACL shapes of the graph contract (`ontology/shapes.ttl`).

Validation runs over one flattened graph (the union of every named graph), without
inference; `validate_file` reads any RDF file kg writes.
"""

from __future__ import annotations

import functools
from dataclasses import dataclass
from importlib import resources
from pathlib import Path

from rdflib import BNode, Graph, Literal, URIRef
from rdflib.graph import ConjunctiveGraph
from rdflib.namespace import RDF, SH
from rdflib.term import Node

# One GraphFileError for the whole package (re-exported here), so that callers catching
# kg.io.rdf's also catch unreadable files met during validation.
from kg.io.rdf import GraphFileError, load_dataset
from kg.namespace import PREFIXES, new_graph

__all__ = [
    "GraphFileError",
    "ValidationResult",
    "Violation",
    "flatten",
    "load_ontology",
    "load_shapes",
    "ontology_file",
    "read_graph",
    "validate_file",
    "validate_graph",
]


@dataclass(frozen=True, slots=True, order=True)
class Violation:
    """One SHACL result, with every node already written in short, readable form."""

    focus: str
    path: str
    message: str
    value: str = ""
    component: str = ""
    severity: str = "Violation"

    def __str__(self) -> str:
        value = f" (value: {self.value})" if self.value else ""
        component = f" [{self.component}]" if self.component else ""
        return f"{self.severity}: {self.focus} {self.path}: {self.message}{value}{component}"


@dataclass(frozen=True, slots=True)
class ValidationResult:
    """Whether a graph conforms, and a readable report: one line per violation."""

    conforms: bool
    report: str
    violations: tuple[Violation, ...] = ()


def ontology_file(name: str) -> Path:
    """The path of a file shipped in `kg.ontology` (the repository's top-level `ontology/`).

    `importlib.resources` finds it in an installed wheel. An editable install maps the
    `ontology/` folder to `kg.ontology` through setuptools' import hook, which (with no
    `__init__.py` there) yields a namespace path that `importlib.resources` cannot open, so
    the checkout's folder next to `kg/` is the fallback.
    """
    try:
        resource = resources.files("kg.ontology").joinpath(name)
        if resource.is_file():
            return Path(str(resource))
    except (ImportError, NotADirectoryError, TypeError, ValueError):
        pass
    candidate = Path(__file__).resolve().parent.parent / "ontology" / name
    if candidate.is_file():
        return candidate
    raise FileNotFoundError(f"{name} is neither in the package kg.ontology nor at {candidate}")


@functools.cache
def load_shapes() -> Graph:
    """The SHACL shapes graph, parsed once per process (callers must not modify it)."""
    return Graph().parse(ontology_file("shapes.ttl"), format="turtle")


@functools.cache
def load_ontology() -> Graph:
    """The kg-events ontology, parsed once per process (callers must not modify it)."""
    return Graph().parse(ontology_file("kg.ttl"), format="turtle")


def flatten(graph: Graph) -> Graph:
    """The union of all the named graphs of a Dataset, as one plain Graph.

    pyshacl over a Dataset validates graph by graph and mixes them in surprising ways (a type
    asserted in one graph satisfies, or fails to satisfy, a shape checked in another), while
    the contract is about the whole: an article's graph types the mentions that the entity
    graph's events cite. So a context-aware graph is always validated as its union.
    """
    flat = new_graph()
    if isinstance(graph, ConjunctiveGraph):
        for s, p, o, _ in graph.quads((None, None, None, None)):
            flat.add((s, p, o))
    else:
        for triple in graph:
            flat.add(triple)
    return flat


def validate_graph(graph: Graph) -> ValidationResult:
    """Validate `graph` (a Dataset is flattened first) against the contract's shapes.

    No inference and no ontology graph: the shapes need neither (events carry their classes
    explicitly), RDFS inference would hide errors (the range of kg:evidence would make any
    object a kg:Mention), and it is slow: 11 s instead of 4.3 s for 2,000 events (26,000
    triples), where mixing in the ontology alone copies the data graph (5.6 s).
    """
    # pyshacl (and rdflib's SPARQL engine it pulls in) costs a quarter of a second to import:
    # paid by the commands that validate, not by every start of `kg`.
    from pyshacl import validate as shacl_validate

    data = flatten(graph) if isinstance(graph, ConjunctiveGraph) else graph
    conforms, results, _ = shacl_validate(
        data,
        shacl_graph=load_shapes(),
        inference="none",
        abort_on_first=False,
        allow_infos=True,
        allow_warnings=False,
    )
    assert isinstance(results, Graph)
    violations = tuple(sorted(_violations(results)))
    if conforms:
        report = "Conforms: the graph satisfies every shape."
    else:
        lines = [str(v) for v in violations]
        lines.append(f"{len(violations)} result(s); the graph does not conform.")
        report = "\n".join(lines)
    return ValidationResult(conforms=bool(conforms), report=report, violations=violations)


def read_graph(path: Path) -> Graph:
    """Parse an RDF file, its format chosen by suffix, into one flattened Graph.

    Raises GraphFileError, naming the file, when it is missing, of an unknown kind, or not
    valid RDF.
    """
    return flatten(load_dataset(Path(path)))


def validate_file(path: Path) -> ValidationResult:
    """Read an RDF file (.ttl .nt .trig .nq .jsonld, ...) and validate the union of its graphs.

    Raises GraphFileError, naming the file, when it cannot be read or parsed.
    """
    return validate_graph(read_graph(path))


def _violations(results: Graph) -> list[Violation]:
    short = _Shortener()
    found = []
    # Only the report's top-level results: nested sh:detail results restate them.
    top = (
        r
        for report in results.subjects(RDF.type, SH.ValidationReport)
        for r in results.objects(report, SH.result)
    )
    for result in top:
        messages = sorted(str(m) for m in results.objects(result, SH.resultMessage))
        severity = results.value(result, SH.resultSeverity)
        found.append(
            Violation(
                focus=short(results.value(result, SH.focusNode)),
                path=_path(results, results.value(result, SH.resultPath), short),
                message=messages[0] if messages else "(no message)",
                value=short(results.value(result, SH.value)),
                component=_local(results.value(result, SH.sourceConstraintComponent)).removesuffix(
                    "ConstraintComponent"
                ),
                severity=_local(severity) or "Violation",
            )
        )
    return found


def _path(results: Graph, path: Node | None, short: _Shortener) -> str:
    if path is None:
        return "(node)"
    if isinstance(path, BNode):
        # Complex property paths (sequences, inverses) do not occur in the shapes; show
        # their parts rather than a blank node id should one appear.
        parts = [short(o) for _, o in results.predicate_objects(path)]
        return "(" + " ".join(parts) + ")"
    return short(path)


def _local(node: Node | None) -> str:
    if node is None:
        return ""
    text = str(node)
    return text.rsplit("#", 1)[-1].rsplit("/", 1)[-1]


# Long anchors and quotes would bury the report's point; the focus node leads back to them.
_MAX_LITERAL = 60


class _Shortener:
    """Write IRIs with the contract's prefixes (`kgr:event/...`), for reading, not parsing."""

    def __init__(self) -> None:
        # Longest namespace first, so that kgr: wins over any shorter namespace it extends.
        pairs = [(str(ns), prefix) for prefix, ns in PREFIXES]
        self._prefixes = sorted(pairs, key=lambda pair: -len(pair[0]))

    def __call__(self, node: Node | None) -> str:
        if node is None:
            return ""
        if isinstance(node, URIRef):
            return self._iri(str(node))
        if isinstance(node, Literal):
            text = str(node)
            if len(text) > _MAX_LITERAL:
                text = text[: _MAX_LITERAL - 3] + "..."
            lexical = '"' + text.replace("\\", "\\\\").replace('"', '\\"') + '"'
            if node.language:
                return f"{lexical}@{node.language}"
            if node.datatype is not None:
                return f"{lexical}^^{self._iri(str(node.datatype))}"
            return lexical
        return f"_:{node}"

    def _iri(self, iri: str) -> str:
        for namespace, prefix in self._prefixes:
            if iri.startswith(namespace) and len(iri) > len(namespace):
                return f"{prefix}:{iri[len(namespace) :]}"
        return f"<{iri}>"
