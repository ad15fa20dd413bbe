"""Terms in canonical N-Triples syntax, byte for byte as Oxigraph writes them."""

from __future__ import annotations

import re
from types import MappingProxyType

from rdflib import BNode, Literal, URIRef
from rdflib.term import Node

from kg.namespace import XSD

__all__ = ["nt_term", "quoted"]

# The escapes of canonical N-Triples (as Oxigraph writes them): the named ECHARs, \uXXXX for
# the other control characters, everything else as it is.
_ESCAPES = MappingProxyType(
    {
        **{code: f"\\u{code:04X}" for code in (*range(0x20), 0x7F)},
        0x08: "\\b",
        0x09: "\\t",
        0x0A: "\\n",
        0x0C: "\\f",
        0x0D: "\\r",
        0x22: '\\"',
        0x5C: "\\\\",
    }
)
_ESCAPED = re.compile(r'[\x00-\x1f\x7f"\\]')
_XSD_STRING = str(XSD.string)


def quoted(value: str) -> str:
    """A lexical form between quotes, escaped: a plain literal in N-Triples syntax."""
    # Most values have nothing to escape: a scan for it is faster than a translation.
    return '"' + (value.translate(_ESCAPES) if _ESCAPED.search(value) else value) + '"'


def nt_term(node: Node) -> str:
    """An IRI, blank node or literal in N-Triples syntax."""
    if isinstance(node, URIRef):
        return f"<{node}>"
    if isinstance(node, Literal):
        text = quoted(str(node))
        if node.language:
            return f"{text}@{node.language}"
        datatype = node.datatype
        if datatype is None or str(datatype) == _XSD_STRING:
            return text
        return f"{text}^^<{datatype}>"
    if isinstance(node, BNode):
        return f"_:{node}"
    raise TypeError(f"cannot write {node!r}: not an IRI, blank node or literal")
