"""SPARQL over a graph file: the library behind `kg query`."""

from __future__ import annotations

import csv
import io
import json
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from enum import StrEnum
from types import MappingProxyType

from rdflib import BNode, Graph, Literal, URIRef
from rdflib.query import Result
from rdflib.term import Node

from kg.namespace import PREFIXES


class QueryError(ValueError):
    """A query that does not parse or cannot run; the message says where."""


class ResultFormat(StrEnum):
    TABLE = "table"
    CSV = "csv"
    TSV = "tsv"
    JSON = "json"


@dataclass(frozen=True, slots=True)
class QueryResult:
    """Rows of a SELECT, the answer of an ASK, or the graph of a CONSTRUCT/DESCRIBE."""

    variables: tuple[str, ...] = ()
    rows: tuple[tuple[Node | None, ...], ...] = ()
    answer: bool | None = None
    graph: Graph | None = None


def _prologue() -> dict[str, object]:
    return {prefix: namespace for prefix, namespace in PREFIXES}


def _short(node: Node | None, graph: Graph | None) -> str:
    """A node as a person reads it: prefixed IRIs, plain literal text."""
    if node is None:
        return ""
    if isinstance(node, URIRef) and graph is not None:
        return node.n3(graph.namespace_manager)
    return str(node)


def _json_term(node: Node) -> dict[str, str]:
    if isinstance(node, URIRef):
        return {"type": "uri", "value": str(node)}
    if isinstance(node, BNode):
        return {"type": "bnode", "value": str(node)}
    term = {"type": "literal", "value": str(node)}
    if isinstance(node, Literal) and node.language:
        term["xml:lang"] = node.language
    elif isinstance(node, Literal) and node.datatype:
        term["datatype"] = str(node.datatype)
    return term


def run_query(graph: Graph, query: str) -> QueryResult:
    """Run a SPARQL query with the contract's prefixes predeclared."""
    try:
        result: Result = graph.query(query, initNs=_prologue())
    except Exception as exc:  # pyparsing and rdflib raise many types; all mean a bad query
        raise QueryError(_describe(exc)) from exc
    if result.type == "ASK":
        return QueryResult(answer=bool(result.askAnswer))
    if result.type in {"CONSTRUCT", "DESCRIBE"}:
        return QueryResult(graph=result.graph)
    variables = tuple(str(v) for v in result.vars or ())
    try:
        # rdflib evaluates the solutions as they are read, so evaluation errors come here.
        rows = tuple(tuple(row) for row in result)  # type: ignore[arg-type]
    except Exception as exc:  # rdflib's evaluation errors share no base class
        raise QueryError(f"the SPARQL query failed while running: {exc}") from exc
    return QueryResult(variables=variables, rows=rows, graph=None)


def _describe(exc: Exception) -> str:
    line = getattr(exc, "lineno", None)
    column = getattr(exc, "col", None)
    where = f" (line {line}, column {column})" if line is not None and column is not None else ""
    message = getattr(exc, "msg", None) or str(exc)
    return f"malformed SPARQL query{where}: {message}"


def _csv_cell(node: Node | None) -> str:
    if isinstance(node, BNode):
        return f"_:{node}"
    return "" if node is None else str(node)


def _csv(result: QueryResult) -> str:
    """SPARQL 1.1 CSV: plain values, CRLF line ends (what Oxigraph writes for a store)."""
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\r\n")
    writer.writerow(result.variables)
    writer.writerows([_csv_cell(node) for node in row] for row in result.rows)
    return out.getvalue()


def _tsv(result: QueryResult) -> str:
    """SPARQL 1.1 TSV: `?`-prefixed variables, terms in N-Triples syntax."""
    lines = ["\t".join(f"?{v}" for v in result.variables)]
    lines.extend("\t".join(_nt(n) for n in row) for row in result.rows)
    return "\n".join(lines) + "\n"


_NT_ESCAPES: Mapping[int, str] = MappingProxyType(
    str.maketrans({"\\": "\\\\", '"': '\\"', "\n": "\\n", "\r": "\\r", "\t": "\\t"})
)
_XSD_STRING = "http://www.w3.org/2001/XMLSchema#string"


def _nt(node: Node | None) -> str:
    """A term in N-Triples syntax, on one line (rdflib's n3() writes long literals over several)."""
    if node is None:
        return ""
    if isinstance(node, Literal):
        text = '"' + str(node).translate(_NT_ESCAPES) + '"'
        if node.language:
            return f"{text}@{node.language}"
        if node.datatype is not None and str(node.datatype) != _XSD_STRING:
            return f"{text}^^<{node.datatype}>"
        return text
    return node.n3()


def _table(variables: Sequence[str], rows: Sequence[Sequence[str]]) -> str:
    widths = [max([len(v), *(len(r[i]) for r in rows)]) for i, v in enumerate(variables)]
    lines = ["  ".join(v.ljust(w) for v, w in zip(variables, widths, strict=True))]
    lines.append("  ".join("-" * w for w in widths))
    lines.extend("  ".join(c.ljust(w) for c, w in zip(r, widths, strict=True)) for r in rows)
    lines.append(f"({len(rows)} row{'s' if len(rows) != 1 else ''})")
    return "\n".join(lines) + "\n"


def format_result(
    result: QueryResult, fmt: ResultFormat = ResultFormat.TABLE, graph: Graph | None = None
) -> str:
    """Render a result for the terminal or for other programs."""
    if result.answer is not None:
        if fmt is ResultFormat.JSON:
            return json.dumps({"head": {}, "boolean": result.answer}) + "\n"
        return ("true" if result.answer else "false") + "\n"
    if result.graph is not None:
        text = result.graph.serialize(format="json-ld" if fmt is ResultFormat.JSON else "turtle")
        return text if text.endswith("\n") else text + "\n"
    if fmt is ResultFormat.CSV:
        return _csv(result)
    if fmt is ResultFormat.TSV:
        return _tsv(result)
    if fmt is ResultFormat.JSON:
        bindings = [
            {v: _json_term(n) for v, n in zip(result.variables, row, strict=True) if n is not None}
            for row in result.rows
        ]
        head = {"vars": list(result.variables)}
        return json.dumps({"head": head, "results": {"bindings": bindings}}, indent=1) + "\n"
    rows = [[_short(node, graph) for node in row] for row in result.rows]
    return _table(result.variables, rows)
