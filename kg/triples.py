"""Open facts: the subject-predicate-object triples of every clause, read off the parse.

In the spirit of ClausIE (Del Corro and Gemulla 2013) and MinIE (Gashteovski et al. 2017):
each clause of a sentence is found from its verb (or copula), its subject is found or inherited
(through coordination, control, relative clauses and participles), and its constituents give
the clause type (SV, SVA, SVC, SVO, SVOO, SVOA, SVOC). Each clause yields one compact triple per
fact: coordinated subjects and objects are split into separate triples; prepositional phrases,
times and places become further (n-ary) objects; the preposition of the first of them joins the
predicate when the clause has no object ("taught at"). Noun phrases give facts of their own:
appositions ("X, the sister of Y": X be sister of Y), titles before names ("President Bush"),
possessives ("Y's sister": Y has sister), locative modifiers ("the hall in Glasgow") and
adjectives ("a junior clerk"). Their relation is implied, with no tense in the text, so its
predicate is the lemma "be". Reported speech is kept apart: the reported clause is a fact of its
own, attributed to the speaker, and the speech act (X said that ...) another. Negation and
modality are annotations; the predicate keeps the words of the text. Every triple carries a
confidence computed from its features by a logistic model whose weights live in
`kg/lexicons/triple_confidence.tsv` (fitted by bench/carb.py on CaRB's tuning half).
"""

from __future__ import annotations

import functools
import json
import math
import os
import re
import sys
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass
from enum import StrEnum
from operator import attrgetter
from types import MappingProxyType
from typing import BinaryIO

from spacy.language import Language
from spacy.tokens import Doc, Span, Token

from kg import lexicon
from kg.io.read import InputError
from kg.model import Modality, RecordError, fail
from kg.nlp import (
    ParseTables,
    adverb_held_subject,
    ancestor_indices,
    children_of,
    conjunct_indices,
    doc_deps,
    doc_pos,
    doc_sentences,
    doc_text,
    doc_tokens,
    head_of,
    infinitive_controllers,
    item_start,
    parse_tables,
    sentence_of,
    subtree_indices,
)

__all__ = [
    "NOUN_CLAUSES",
    "ClauseType",
    "Draft",
    "OutputFormat",
    "Phrase",
    "TextTriples",
    "Triple",
    "binary_facts",
    "draft_features",
    "drafts",
    "extract_texts",
    "format_triples",
    "read_lines",
    "triples",
]


class ClauseType(StrEnum):
    """ClausIE's clause types, and the facts read from noun phrases rather than clauses."""

    SV = "SV"
    SVA = "SVA"
    SVC = "SVC"
    SVO = "SVO"
    SVOO = "SVOO"
    SVOA = "SVOA"
    SVOC = "SVOC"
    APPOSITION = "apposition"
    TITLE = "title"
    POSSESSIVE = "possessive"
    MODIFIER = "modifier"


@dataclass(frozen=True, slots=True)
class Phrase:
    """Words of a triple and where they are: `start`/`end` are character offsets of the first
    and past the last word used, `head` the offset of the head word; `implicit` phrases ("is",
    "has") name a relation the text implies without a word for it (then `start == end`)."""

    text: str
    start: int
    end: int
    head: int
    implicit: bool = False

    def __post_init__(self) -> None:
        if not self.text.strip():
            fail("Phrase", "text", self.text, "non-empty text")
        if not 0 <= self.start <= self.end:
            fail("Phrase", "end", self.end, f">= {self.start}")
        if not self.start <= self.head <= max(self.start, self.end):
            fail("Phrase", "head", self.head, f"an offset in [{self.start}, {self.end}]")


@dataclass(frozen=True, slots=True)
class Triple:
    """One fact: subject, predicate and objects (the first is the object proper; the others are
    the clause's further arguments, such as time and place, with their prepositions)."""

    subject: Phrase
    predicate: Phrase
    objects: tuple[Phrase, ...]
    confidence: float
    lemma: str
    clause: ClauseType
    sentence: tuple[int, int]
    negated: bool = False
    modality: Modality = Modality.ASSERTED
    passive: bool = False
    attribution: Phrase | None = None

    def __post_init__(self) -> None:
        if not 0.0 <= self.confidence <= 1.0:
            fail("Triple", "confidence", self.confidence, "[0, 1]")
        if not self.lemma:
            fail("Triple", "lemma", self.lemma, "a non-empty lemma")
        if self.modality is Modality.NEGATED:
            fail(
                "Triple",
                "modality",
                self.modality,
                "asserted, planned, ordered or possible (negation is `negated`)",
            )


# --- reading the parse -------------------------------------------------------------------

SUBJECT_DEPS = frozenset({"nsubj", "nsubjpass", "csubj", "csubjpass", "expl"})
CLAUSE_DEPS = frozenset(
    {
        "ROOT",
        "conj",
        "dep",
        "ccomp",
        "xcomp",
        "advcl",
        "relcl",
        "acl",
        "parataxis",
        "pcomp",
        "csubj",
    }
)
OBJECT_DEPS = frozenset({"dobj", "obj"})
COMPLEMENT_DEPS = frozenset({"attr", "acomp", "oprd"})
ARGUMENT_DEPS = OBJECT_DEPS | COMPLEMENT_DEPS | {"dative"}
COPULA_COMPLEMENTS = COMPLEMENT_DEPS | {"prep"}
PREPOSITION_DEPS = frozenset({"prep", "agent"})
RELATIVE_WORDS = frozenset({"who", "whom", "which", "that", "whose"})
# Modifiers that stay with the phrase they modify in no argument: they are facts of their own.
DETACHED = frozenset({"relcl", "appos", "punct", "cc", "conj", "mark", "prep", "advcl", "acl"})
OPENING_QUOTES = frozenset({"``", "`", "\u201c", "\u2018"})
CLOSING_QUOTES = frozenset({"''", "'", "\u201d", "\u2019"})
SPLIT_ROLES = frozenset({"dobj", "obj", "pobj", "attr"})
DEICTIC = frozenset({"it", "this", "that", "there", "these", "those", "they"})
FUTURE = frozenset({"will", "shall", "'ll", "wo"})
POSSIBLE = frozenset({"may", "might", "could", "would", "can", "should", "must", "ca"})


_BY_INDEX = attrgetter("i")


def _text(tokens: Sequence[Token]) -> str:
    """The words as they stand in the text: contiguous runs as written, runs joined by a space."""
    return _joined(sorted(tokens, key=_BY_INDEX))


def _joined(ordered: Sequence[Token]) -> str:
    """`_text` of tokens already in the order of the text."""
    # Each run sliced from the article's text, which is its tokens with their spacing.
    text = doc_text(ordered[0].doc)
    runs = []
    first = last = ordered[0]
    for token in ordered[1:]:
        if token.i != last.i + 1:
            runs.append(text[first.idx : last.idx + len(last)])
            first = token
        last = token
    runs.append(text[first.idx : last.idx + len(last)])
    return " ".join(runs)


def _phrase(tokens: Sequence[Token], head: Token) -> Phrase:
    """The phrase of `tokens` (line breaks and other whitespace tokens left out); raises
    RecordError when nothing but whitespace is left."""
    ordered = sorted((t for t in tokens if not t.is_space), key=_BY_INDEX) or [head]
    last = ordered[-1]
    anchor = head if head in ordered else ordered[0]
    return Phrase(_joined(ordered), ordered[0].idx, last.idx + len(last), anchor.idx)


def _implicit(word: str, at: Token) -> Phrase:
    return Phrase(word, at.idx, at.idx, at.idx, implicit=True)


def _trim(tokens: list[Token]) -> list[Token]:
    """Without punctuation and conjunctions at either edge; quotation marks stay where the
    phrase holds both of the pair ("`` Velocity ''")."""
    ordered = sorted(tokens, key=_BY_INDEX)
    deps = doc_deps(ordered[0].doc) if ordered else ()
    while ordered and (deps[ordered[0].i] in {"cc", "mark", "case"} or _loose(ordered[0], ordered)):
        ordered.pop(0)
    while ordered and (
        deps[ordered[-1].i] in {"cc", "mark", "prep"} or _loose(ordered[-1], ordered)
    ):
        ordered.pop()
    return ordered


def _loose(token: Token, phrase: list[Token]) -> bool:
    """Punctuation that does not belong at the edge of `phrase`."""
    if not token.is_punct:
        return False
    if token.text in OPENING_QUOTES:
        return token is phrase[-1] or not any(t.text in CLOSING_QUOTES for t in phrase)
    if token.text in CLOSING_QUOTES:
        return token is phrase[0] or not any(t.text in OPENING_QUOTES for t in phrase)
    return True


def _noun_tokens(head: Token, keep_conjuncts: bool = False) -> list[Token]:
    """The noun phrase headed by `head`, without relative clauses and appositions (at any
    depth: they are facts of their own) nor, unless kept, the head's conjuncts; prepositional
    and participial modifiers stay ("support from the party")."""
    tables = parse_tables(head.doc)
    # Remembered for the doc: a subject or a speaker is the phrase of every clause it heads.
    known = tables.memos.setdefault("triples.noun_tokens", {})
    key = (head.i, keep_conjuncts)
    found = known.get(key)
    if found is None:
        # The parser runs a press review's heading into its first item ("Rodong Sinmun\n-
        # There was a meeting ..."), taking the paper's name for a word of the item's phrase.
        item = item_start(head)
        tokens = [t for t in _phrase_tokens(tables, head, keep_conjuncts) if t.idx >= item]
        found = known[key] = tuple(_trim(tokens) or [head])
    return list(found)


def _phrase_tokens(tables: ParseTables, head: Token, keep_conjuncts: bool) -> list[Token]:
    """The tokens of `_noun_tokens` before the edges are trimmed, in no particular order."""
    tokens, deps, pos, lowers, kids = (
        tables.tokens,
        tables.deps,
        tables.pos,
        tables.lowers,
        tables.kids,
    )
    found: list[int] = []
    stack = [head.i]
    while stack:
        parent = stack.pop()
        found.append(parent)
        children = kids[parent]
        if not children:
            continue
        of_head = parent == head.i
        # "the events of X and relocates to Y": a verb the parser put in the list, and its "and"
        verb_listed = pos[parent] in {"NOUN", "PROPN"} and any(
            deps[c] == "conj" and pos[c] == "VERB" for c in children
        )
        for c in children:
            dep = deps[c]
            if dep in {"relcl", "appos"} or (dep == "advcl" and of_head):
                continue
            if dep == "prep" and lowers[c] in {"including", "like"}:
                continue
            if verb_listed:
                if (dep == "conj" and pos[c] == "VERB") or dep == "cc":
                    continue
            elif not keep_conjuncts and of_head and dep in {"conj", "cc"}:
                continue
            stack.append(c)
    head_ids, head_i = tables.head_ids, head.i
    return [
        head if i == head_i else tokens[i]
        for i in found
        if not (deps[i] == "punct" and head_ids[i] == head_i and _is_comma_like(tokens[i]))
    ]


def _is_comma_like(token: Token) -> bool:
    return token.text in {",", ";", ":", "--", "(", ")"}


def _conjuncts(token: Token) -> list[Token]:
    """A token and those coordinated with it ("A, B and C")."""
    tables = parse_tables(token.doc)
    joined = conjunct_indices(tables, token.i, _joins_alike)
    return [token, *map(tables.tokens.__getitem__, joined[1:])]


def _joins_alike(tables: ParseTables, head: int, conjunct: int) -> bool:
    """A conjunct of the same part of speech, or a noun-like one (a verb read for a noun)."""
    pos = tables.pos
    return pos[conjunct] == pos[head] or pos[conjunct] in {"NOUN", "PROPN", "PRON", "NUM"}


def _is_clause_head(token: Token) -> bool:
    tables = parse_tables(token.doc)
    deps, pos, i = tables.deps, tables.pos[token.i], token.i
    if deps[i] not in CLAUSE_DEPS:
        return False
    if deps[i] == "xcomp" and (
        _takes_complement(head_of(token)) or deps[head_of(token).i] == "acomp"
    ):
        return False
    if pos == "VERB":
        return True
    if pos == "ADJ" and _own(token, "auxpass", "nsubjpass"):
        return True  # a passive participle tagged as an adjective: "Staff were informed of"
    # A copula heads its clause in spaCy's scheme ("X is Y": is/ROOT, Y/attr).
    return pos == "AUX" and any(deps[k] in COPULA_COMPLEMENTS for k in tables.kids[i])


def _own(verb: Token, *deps: str) -> list[Token]:
    # The table's children carry their labels: no look-up of the doc's tables per call.
    return [c for c in children_of(verb) if c.dep_ in deps]


@dataclass(frozen=True, slots=True)
class _Subject:
    head: Token
    inherited: str  # "" when the clause has its own subject, else how it was found


def _subject(verb: Token) -> _Subject | None:
    item = item_start(verb)
    # The paper's name taken for the subject may hold the item's own in apposition
    # ("Minju Joson\n- The Cabinet premier sent ...").
    own = [
        t
        for s in _own(verb, *SUBJECT_DEPS)
        for t in ([s] if s.idx >= item else [a for a in _own(s, "appos") if a.idx >= item])
    ]
    if own:
        head = own[0]
        if head.lower_ in RELATIVE_WORDS and verb.dep_ == "relcl":
            return _Subject(head_of(verb), "relative")
        return _Subject(head, "")
    held = adverb_held_subject(verb)
    if held is not None:
        return _Subject(held, "")
    # "showed up, measured every surface": a verb the parser left unlabelled ("dep") next to
    # another is coordinated with it.
    if verb.dep_ in {"conj", "dep"} and head_of(verb).pos_ in {"VERB", "AUX"}:
        found = _subject(head_of(verb))
        return _Subject(found.head, "conj") if found else None
    if verb.dep_ == "xcomp":
        controller = infinitive_controllers(head_of(verb))
        if controller:
            return _Subject(controller[0], "control")
        governor = head_of(verb)
        if governor.dep_ == "acomp":  # "were able to reinforce": the copula's subject
            governor = head_of(governor)
        found = _subject(governor)
        return _Subject(found.head, "control") if found else None
    if verb.dep_ == "conj" and verb.tag_ in {"VBD", "VBP", "VBZ"}:
        # "She resigns after the events of X and relocates": a finite verb the parser joined
        # to a noun shares the subject of the clause the noun is in.
        tables = parse_tables(verb.doc)
        clause = next(
            (
                tables.tokens[a]
                for a in ancestor_indices(tables, verb.i)
                if tables.pos[a] in {"VERB", "AUX"}
            ),
            None,
        )
        found = _subject(clause) if clause is not None else None
        return _Subject(found.head, "conj") if found else None
    before = doc_tokens(verb.doc)[verb.i - 1] if verb.i > sentence_of(verb).start else None
    if (
        verb.dep_ == "ROOT"
        and verb.tag_ in {"VBD", "VBP", "VBZ"}
        and before is not None
        and before.pos_ in {"NOUN", "PROPN"}
        and before.dep_ == "conj"
    ):
        # "Upon exiting X, Y County, Muncy Creek enters": a noun the parser joined to the list
        # before a finite verb without subject is that verb's subject.
        return _Subject(before, "recovered")
    if verb.dep_ in {"relcl", "acl"} and head_of(verb).pos_ in {"NOUN", "PROPN", "PRON", "NUM"}:
        return _Subject(head_of(verb), "participle" if verb.dep_ == "acl" else "relative")
    if verb.dep_ == "advcl" and head_of(verb).pos_ in {"VERB", "AUX"}:
        found = _subject(head_of(verb))
        return _Subject(found.head, "adverbial") if found else None
    return None


def _predicate_tokens(verb: Token) -> list[Token]:
    """The verb group: auxiliaries, negation, particles, and the adverbs inside the group."""
    group = [verb, *_own(verb, "aux", "auxpass", "neg", "prt")]
    first = min(t.i for t in group)
    group += [c for c in _own(verb, "advmod") if first < c.i < verb.i and c.tag_ != "WRB"]
    return group


def _modality(verb: Token) -> Modality:
    auxiliaries = {c.lower_ for c in _own(verb, "aux", "auxpass")}
    if auxiliaries & FUTURE:
        return Modality.PLANNED
    if auxiliaries & POSSIBLE:
        return Modality.POSSIBLE
    if verb.dep_ == "xcomp" and head_of(verb).lemma_ == "be":
        return Modality.PLANNED
    return Modality.ASSERTED


@dataclass(frozen=True, slots=True)
class _Argument:
    tokens: tuple[Token, ...]
    head: Token
    role: str  # dobj, dative, attr, acomp, oprd, pobj, ccomp, xcomp, npadvmod
    preposition: Token | None = None

    @property
    def first(self) -> int:
        return min(t.i for t in self.tokens)


def _arguments(verb: Token) -> list[_Argument]:
    """The verb's complements and adjuncts, in the order of the text."""
    tables = parse_tables(verb.doc)
    kids, deps, pos, words = tables.kids, tables.deps, tables.pos, tables.tokens
    found: list[_Argument] = []
    for c in kids[verb.i]:
        child, dep = words[c], deps[c]
        if dep in ARGUMENT_DEPS and pos[c] != "ADP":
            if tables.lowers[c] in RELATIVE_WORDS and deps[verb.i] == "relcl":
                antecedent = head_of(verb)
                found.append(_Argument(tuple(_noun_tokens(antecedent)), antecedent, dep))
            else:
                found.append(_Argument(tuple(_noun_tokens(child)), child, dep))
        elif dep in PREPOSITION_DEPS or (dep == "dative" and pos[c] == "ADP"):
            objects = [words[k] for k in kids[c] if deps[k] in {"pobj", "pcomp"}]
            if objects:
                obj = objects[0]
                tokens = _noun_tokens(obj) if deps[obj.i] == "pobj" else _clause_tokens(obj)
                found.append(_Argument(tuple(tokens), obj, "pobj", child))
        elif dep == "npadvmod" or (dep == "advmod" and any(deps[k] == "npadvmod" for k in kids[c])):
            found.append(_Argument(tuple(_noun_tokens(child)), child, "npadvmod"))
        elif dep in {"ccomp", "xcomp"} and pos[c] in {"VERB", "AUX"}:
            found.append(_Argument(tuple(_clause_tokens(child)), child, dep))
        elif dep in {"ccomp", "xcomp"} and pos[c] in {"NOUN", "PROPN"}:
            # "making his league debut": a noun parsed as a clause is the object.
            found.append(_Argument(tuple(_noun_tokens(child)), child, "dobj"))
    found.sort(key=lambda a: a.first)
    return found


def _clause_tokens(head: Token) -> list[Token]:
    tables = parse_tables(head.doc)
    tokens, deps, heads = tables.tokens, tables.deps, tables.heads
    return _trim(
        [
            tokens[k]
            for k in subtree_indices(tables, head.i)
            if not (deps[k] == "mark" and heads[k].i == head.i)
        ]
    ) or [head]


def _clause_type(arguments: Sequence[_Argument], copular: bool) -> ClauseType:
    roles = [a.role for a in arguments]
    objects = sum(r in {"dobj", "obj", "dative"} for r in roles)
    adverbials = any(r in {"pobj", "npadvmod"} for r in roles)
    complement = any(r in COMPLEMENT_DEPS or r == "xcomp" for r in roles)
    if copular:
        return ClauseType.SVC if complement else ClauseType.SVA if adverbials else ClauseType.SV
    if objects >= 2:
        return ClauseType.SVOO
    if objects and complement:
        return ClauseType.SVOC
    if objects:
        return ClauseType.SVOA if adverbials else ClauseType.SVO
    if complement:
        return ClauseType.SVC
    if "ccomp" in roles:
        return ClauseType.SVO
    return ClauseType.SVA if adverbials else ClauseType.SV


# --- clauses -----------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class Draft:
    """A triple before its confidence: the phrases and the features the confidence reads."""

    subject: Phrase
    predicate: Phrase
    objects: tuple[Phrase, ...]
    lemma: str
    clause: ClauseType
    sentence: tuple[int, int]
    negated: bool
    modality: Modality
    passive: bool
    attribution: Phrase | None
    features: tuple[str, ...]


def _attribution(verb: Token) -> Token | None:
    """The speaker whose speech this clause reports: the subject of a reporting verb above it."""
    clause = verb
    while clause.dep_ == "conj" and head_of(clause).pos_ in {"VERB", "AUX"}:
        clause = head_of(clause)
    if clause.dep_ in {"ccomp", "parataxis"} and _is_reporting(head_of(clause)):
        speaker = _subject(head_of(clause))
        return speaker.head if speaker else None
    for prep in _own(verb, "prep"):
        if prep.lower_ == "according":
            objects = [t for c in children_of(prep) for t in children_of(c) if t.dep_ == "pobj"]
            objects += [c for c in children_of(prep) if c.dep_ == "pobj"]
            if objects:
                return objects[0]
    return None


def _is_reporting(verb: Token) -> bool:
    return verb.lemma_.casefold() in lexicon.words("reporting_verbs")


def _clause_drafts(verb: Token, sentence: tuple[int, int]) -> Iterator[Draft]:
    subject = _subject(verb)
    if subject is None or subject.head.tag_ in {"WDT", "WP", "WP$"}:
        return  # a relative pronoun left unresolved ("That amounts to" is no relative)
    arguments = [
        a for a in _arguments(verb) if a.preposition is None or a.preposition.lower_ != "according"
    ]
    if subject.inherited == "recovered":
        # The phrase the parser put the subject in is no argument of the verb.
        arguments = [a for a in arguments if subject.head not in a.tokens]
    shared = _shared_object(verb, arguments)
    if shared is not None:
        arguments = sorted([*arguments, shared], key=lambda a: a.first)
    predicate_tokens = _predicate_tokens(verb)
    if (
        verb.dep_ == "conj"
        and verb.tag_ in {"VBN", "VBD"}
        and _own(head_of(verb), "auxpass")
        and not _own(verb, "aux", "auxpass", *SUBJECT_DEPS)
    ):
        # "is cut into pieces and flushed with water": the participle shares the auxiliaries.
        predicate_tokens += _own(head_of(verb), "aux", "auxpass")
    if verb.dep_ == "xcomp" and head_of(verb).lemma_ == "be":
        predicate_tokens += _predicate_tokens(head_of(verb))
    # "plans to visit Russia": with no object of its own the verb takes its complement's verb
    # group into the predicate and the complement's arguments as its own.
    xcomps = [a for a in arguments if a.role == "xcomp"]
    if xcomps and _takes_complement(verb):
        inner = xcomps[0].head
        predicate_tokens += _predicate_tokens(inner)
        arguments = [a for a in arguments if a.role != "xcomp"] + _arguments(inner)
        arguments.sort(key=lambda a: a.first)
    # "were able to reinforce the hotel": the adjective and its complement's verb likewise.
    adjectival = [a for a in arguments if a.role == "acomp" and _own(a.head, "xcomp")]
    if adjectival:
        inner = _own(adjectival[0].head, "xcomp")[0]
        predicate_tokens += [adjectival[0].head, *_predicate_tokens(inner)]
        arguments = [a for a in arguments if a is not adjectival[0]] + _arguments(inner)
        arguments.sort(key=lambda a: a.first)
    copular = verb.lemma_ == "be" and verb.pos_ == "AUX"
    passive = any(c.dep_ in {"nsubjpass", "auxpass", "csubjpass"} for c in children_of(verb))
    main = _main_argument(arguments, verb)
    rest = [a for a in arguments if a is not main]
    if main is not None and main.preposition is not None:
        predicate_tokens = [*predicate_tokens, main.preposition]
    if main is not None and main.role == "ccomp":
        predicate_tokens += [c for c in children_of(main.head) if c.dep_ == "mark"]
    predicate = _phrase(predicate_tokens, verb)
    if _bare_participle(verb):
        # "the organ built by Schnitger": the participle's passive reads "be built by".
        predicate = Phrase(
            f"be {predicate.text}", predicate.start, predicate.end, predicate.head, implicit=True
        )
    negated = any(t.dep_ == "neg" for t in predicate_tokens)
    speaker = _attribution(verb)
    attribution = _phrase(_noun_tokens(speaker, keep_conjuncts=True), speaker) if speaker else None
    extras = tuple(_argument_phrase(a, with_preposition=True) for a in rest)
    subjects = _conjuncts(subject.head) if subject.inherited != "relative" else [subject.head]
    mains: list[Token | None] = [None]
    if main is not None:
        heads = _conjuncts(main.head) if main.role in SPLIT_ROLES else [main.head]
        mains = list(heads)
    kind = _clause_type(arguments, copular)
    # A relative or participial clause is part of its subject's phrase: not of the subject.
    root = verb
    while root.dep_ == "conj" and head_of(root).pos_ in {"VERB", "AUX"}:
        root = head_of(root)
    modifies = subject.inherited in {"relative", "participle"} or (
        subject.inherited == "conj" and root.dep_ in {"acl", "relcl"}
    )
    own_clause = set(subtree_indices(parse_tables(verb.doc), root.i)) if modifies else set()
    for subject_head in subjects:
        subject_tokens = [t for t in _noun_tokens(subject_head) if t.i not in own_clause]
        subject_phrase = _phrase(_trim(subject_tokens) or [subject_head], subject_head)
        for object_head in mains:
            objects = extras
            if main is not None and object_head is not None:
                tokens = main.tokens if len(mains) == 1 else tuple(_noun_tokens(object_head))
                objects = (_phrase(tokens, object_head), *extras)
            features = (
                f"clause:{kind.value}",
                f"dep:{verb.dep_}",
                f"inherited:{subject.inherited or 'no'}",
                f"main:{main.role if main else 'none'}",
                f"subject_pos:{subject_head.pos_}",
                "split_subject" if len(subjects) > 1 else "",
                "split_object" if len(mains) > 1 else "",
                "passive" if passive else "",
                "copular" if copular else "",
                "negated" if negated else "",
                "reported" if attribution else "",
                f"extras:{min(len(extras), 3)}",
                f"object_pos:{object_head.pos_ if object_head is not None else 'none'}",
                f"depth:{min(_depth(verb), 3)}",
                "subject_deictic" if subject_head.lower_ in DEICTIC else "",
            )
            yield Draft(
                subject=subject_phrase,
                predicate=predicate,
                objects=objects,
                lemma=verb.lemma_.casefold(),
                clause=kind,
                sentence=sentence,
                negated=negated,
                modality=_modality(verb),
                passive=passive,
                attribution=attribution,
                features=tuple(f for f in features if f),
            )


def _bare_participle(verb: Token) -> bool:
    """A past participle without auxiliaries that modifies a noun ("the organ built by ..."),
    or is coordinated with one that does."""
    if verb.tag_ != "VBN" or _own(verb, "aux", "auxpass", *OBJECT_DEPS):
        return False
    while verb.dep_ == "conj" and head_of(verb).tag_ == "VBN":
        verb = head_of(verb)
    return verb.dep_ in {"acl", "advcl"}


def _depth(verb: Token) -> int:
    """How many clauses the verb's clause is embedded in."""
    tables = parse_tables(verb.doc)
    return sum(1 for a in ancestor_indices(tables, verb.i) if tables.pos[a] in {"VERB", "AUX"})


def _shared_object(verb: Token, arguments: Sequence[_Argument]) -> _Argument | None:
    """The object a verb shares with the verb coordinated after it ("buy and sell stocks")."""
    if (
        verb.pos_ != "VERB"
        or _own(verb, "auxpass", "nsubjpass")
        or any(a.role in OBJECT_DEPS or a.first > verb.i for a in arguments)
    ):
        return None  # "served as consul and undertook talks": "served" has its own phrase
    for conjunct in _own(verb, "conj"):
        if conjunct.pos_ == "VERB" and not _own(conjunct, *SUBJECT_DEPS):
            objects = [a for a in _arguments(conjunct) if a.role in OBJECT_DEPS]
            if objects and objects[0].first > conjunct.i:
                return objects[0]
    return None


def _takes_complement(verb: Token) -> bool:
    """Whether the verb's open complement joins its predicate ("plans to visit"): so it does
    when the verb has no object or complement of its own to control it."""
    if verb.lemma_ == "be":
        return False  # "are to visit": the complement is the clause, "be to" its modality
    children = [c.dep_ for c in children_of(verb)]
    return "xcomp" in children and not any(dep in OBJECT_DEPS | COMPLEMENT_DEPS for dep in children)


def _main_argument(arguments: Sequence[_Argument], verb: Token) -> _Argument | None:
    """The object proper: a direct object or complement, else the first phrase after the verb."""
    for roles in (OBJECT_DEPS | COMPLEMENT_DEPS | {"dative"}, {"pobj", "ccomp", "xcomp"}):
        for argument in arguments:
            if argument.role in roles and (argument.first > verb.i or argument.role in OBJECT_DEPS):
                return argument
    return None


def _argument_phrase(argument: _Argument, with_preposition: bool) -> Phrase:
    tokens = list(argument.tokens)
    if with_preposition and argument.preposition is not None:
        tokens.append(argument.preposition)
    return _phrase(tokens, argument.head)


# --- facts of noun phrases ---------------------------------------------------------------


def _noun_drafts(noun: Token, sentence: tuple[int, int]) -> Iterator[Draft]:
    """Appositions, titles, locative modifiers, adjectives and possessives: facts without a
    verb of their own."""
    children = list(children_of(noun))
    if not any(c.dep_ in NOUN_FACT_DEPS for c in children):
        return  # most nouns: no phrase to read, so none to walk
    phrase: list[Token] = []  # the noun's phrase, read at its first fact (it is never empty)
    for appos in _of_dep(children, "appos"):
        if appos.pos_ not in {"NOUN", "PROPN"}:
            continue
        of = [p for p in _own(appos, "prep") if p.lower_ == "of" and _own(p, "pobj")]
        if appos.pos_ == "NOUN" and of:
            pobj = _own(of[0], "pobj")[0]
            words = [t for t in appos.lefts if t.dep_ not in {"det", "punct"}] + [appos, of[0]]
            predicate = Phrase(
                "be " + _text(words),
                words[0].idx,
                of[0].idx + len(of[0]),
                appos.idx,
                implicit=True,
            )
            target = _phrase(_noun_tokens(pobj), pobj)
        else:
            predicate = _implicit("be", appos)
            target = _phrase(_noun_tokens(appos), appos)
        phrase = phrase or _noun_tokens(noun)
        yield _noun_draft(_phrase(phrase, noun), predicate, target, ClauseType.APPOSITION, sentence)
    if noun.pos_ == "PROPN":
        titles = [c for c in _of_dep(children, "compound") if _is_title(c)]
        if titles:
            title = titles[0]
            tokens = [t for t in title.subtree if t.dep_ != "punct"]
            target = _phrase(tokens, title)
            phrase = phrase or _noun_tokens(noun)
            subject_tokens = [t for t in phrase if t not in tokens and t.dep_ != "det"]
            subject = _phrase(subject_tokens or [noun], noun)
            yield _noun_draft(subject, _implicit("be", title), target, ClauseType.TITLE, sentence)
    for prep in _of_dep(children, "prep"):
        objects = _own(prep, "pobj")
        if prep.lower_ in lexicon.words("noun_relation_prepositions") and objects:
            predicate = Phrase(
                f"be {prep.text}",
                prep.idx,
                prep.idx + len(prep),
                prep.idx,
                implicit=True,
            )
            phrase = phrase or _noun_tokens(noun)
            modifier = set(prep.subtree)
            subject_tokens = [t for t in phrase if t not in modifier]
            target = _phrase(_noun_tokens(objects[0]), objects[0])
            yield _noun_draft(
                _phrase(subject_tokens or [noun], noun),
                predicate,
                target,
                ClauseType.MODIFIER,
                sentence,
                f"preposition:{prep.lower_}",
            )
    for quality in _of_dep(children, "amod"):
        if quality.pos_ == "ADJ" and quality.lower_ not in lexicon.words("nonfactual_adjectives"):
            quality_tokens = set(quality.subtree)
            phrase = phrase or _noun_tokens(noun)
            subject_tokens = [t for t in phrase if t not in quality_tokens]
            yield _noun_draft(
                _phrase(subject_tokens or [noun], noun),
                _implicit("be", quality),
                _phrase(sorted(quality_tokens, key=lambda t: t.i), quality),
                ClauseType.MODIFIER,
                sentence,
                "adjective",
            )
    for owner in _of_dep(children, "poss"):
        if owner.pos_ in {"PROPN", "NOUN"}:
            phrase = phrase or _noun_tokens(noun)
            owner_tokens = set(owner.subtree)
            owned = [t for t in phrase if t not in owner_tokens]
            subject = _phrase(
                [t for t in _noun_tokens(owner) if t.dep_ != "case"] or [owner], owner
            )
            target = _phrase(owned or [noun], noun)
            yield _noun_draft(
                subject, _implicit("has", owner), target, ClauseType.POSSESSIVE, sentence
            )


# The links through which a noun's phrase states a fact of its own.
NOUN_FACT_DEPS = frozenset({"appos", "compound", "prep", "amod", "poss"})


def _of_dep(tokens: list[Token], dep: str) -> list[Token]:
    return [t for t in tokens if t.dep_ == dep]


def _is_title(token: Token) -> bool:
    return token.lower_ in lexicon.words("titles")


def _noun_draft(
    subject: Phrase,
    predicate: Phrase,
    target: Phrase,
    kind: ClauseType,
    sentence: tuple[int, int],
    *features: str,
) -> Draft:
    """A fact read from a noun phrase: asserted, active, unattributed, with one object."""
    lemma = "have" if kind is ClauseType.POSSESSIVE else "be"
    return Draft(
        subject,
        predicate,
        (target,),
        lemma,
        kind,
        sentence,
        False,
        Modality.ASSERTED,
        False,
        None,
        (f"clause:{kind.value}", *features),
    )


# --- confidence --------------------------------------------------------------------------


# Read once: every article's triples are weighed with them.
@functools.cache
def _weights() -> Mapping[str, float]:
    return MappingProxyType({row[0]: float(row[1]) for row in lexicon.rows("triple_confidence")})


def draft_features(draft: Draft) -> dict[str, float]:
    """The features the confidence model reads: indicators, and a few lengths (log-scaled)."""
    features = {"bias": 1.0, **{name: 1.0 for name in draft.features}}
    words = len(draft.subject.text.split())
    features["subject_words"] = math.log1p(words)
    if draft.objects:
        features["object_words"] = math.log1p(len(draft.objects[0].text.split()))
    else:
        features["no_object"] = 1.0
    features["predicate_words"] = math.log1p(len(draft.predicate.text.split()))
    features["sentence_chars"] = math.log1p(draft.sentence[1] - draft.sentence[0]) / 5
    return features


def _confidence(features: dict[str, float], weights: Mapping[str, float]) -> float:
    z = sum(weights.get(name, 0.0) * value for name, value in features.items())
    return round(1.0 / (1.0 + math.exp(-z)), 4)


# --- public interface --------------------------------------------------------------------


def drafts(
    doc: Doc | Span, *, nouns: bool = True, clauses: Callable[[Token], bool] | None = None
) -> Iterator[Draft]:
    """Every triple of the text before its confidence, sentence by sentence; without the
    facts noun phrases state (appositions, titles, possessives, modifiers) unless `nouns`,
    and of the clauses only those whose head passes `clauses`, when given."""
    sentences = doc_sentences(doc) if isinstance(doc, Doc) else [doc]
    for sent in sentences:
        bounds = (sent.start_char, sent.end_char)
        seen: set[tuple[object, ...]] = set()
        tokens, deps, parts = doc_tokens(sent.doc), doc_deps(sent.doc), doc_pos(sent.doc)
        for i in range(sent.start, sent.end):
            token = tokens[i]
            found: list[Draft] = []
            try:
                if (
                    deps[i] in CLAUSE_DEPS
                    and _is_clause_head(token)
                    and (clauses is None or clauses(token))
                ):
                    found.extend(_clause_drafts(token, bounds))
                if nouns and parts[i] in {"NOUN", "PROPN"}:
                    found.extend(_noun_drafts(token, bounds))
            except RecordError:
                # A parse that makes a phrase of a line break: no fact to read there.
                continue
            for draft in found:
                key = (
                    draft.subject.text,
                    draft.predicate.text,
                    tuple(o.text for o in draft.objects),
                )
                if key not in seen:
                    seen.add(key)
                    yield draft


def triples(
    doc: Doc | Span, *, nouns: bool = True, clauses: Callable[[Token], bool] | None = None
) -> Iterator[Triple]:
    """The triples of a parsed text, with their confidences (`nouns`, `clauses`: see
    `drafts`)."""
    weights = _weights()
    for draft in drafts(doc, nouns=nouns, clauses=clauses):
        yield Triple(
            subject=draft.subject,
            predicate=draft.predicate,
            objects=draft.objects,
            confidence=_confidence(draft_features(draft), weights),
            lemma=draft.lemma,
            clause=draft.clause,
            sentence=draft.sentence,
            negated=draft.negated,
            modality=draft.modality,
            passive=draft.passive,
            attribution=draft.attribution,
        )


NOUN_CLAUSES = frozenset(
    {ClauseType.APPOSITION, ClauseType.TITLE, ClauseType.POSSESSIVE, ClauseType.MODIFIER}
)
_LIST_SEPARATOR = re.compile(r",\s+(?:and\s+|or\s+)?|\s+(?:and|or)\s+")
_LIST_PREPOSITIONS = frozenset({"about", "at", "by", "for", "from", "in", "of", "on", "to", "with"})


def _list_items(text: str) -> list[str]:
    """The items of a coordinated phrase ("in A, B and C" -> "in A", "in B", "in C"); the
    phrase itself when it is no list or a "between A and B"."""
    first_word = text.split(" ", 1)[0]
    if first_word.lower() == "between":
        return [text]
    items = [item for item in _LIST_SEPARATOR.split(text) if item.strip()]
    if len(items) < 2:
        return [text]
    if first_word in _LIST_PREPOSITIONS:
        head = items[0]
        items = [head] + [
            item if item.split(" ", 1)[0] in _LIST_PREPOSITIONS else f"{first_word} {item}"
            for item in items[1:]
        ]
    return items


def binary_facts(triple: Triple, compact: bool = False) -> list[tuple[str, str, str]]:
    """The triple as binary (subject, relation, object) facts, one per argument: the first
    object completes the predicate; each further argument is a fact of its own whose relation
    carries the predicate and the first object ("handcuffed him" + "to the bars").

    `compact` (BenchIE's style of minimal facts): no facts read from noun phrases, which
    restate what clauses say, one fact per item of a coordinated argument, and relations in
    the text's own words (no implied "be" before a participle)."""
    if not triple.objects or (compact and triple.clause in NOUN_CLAUSES):
        return []
    subject, predicate = triple.subject.text, triple.predicate.text
    if compact and triple.predicate.implicit and predicate.startswith("be "):
        predicate = predicate[3:]  # the text's own words: "built by", not "be built by"
    first, *rest = (o.text for o in triple.objects)
    facts = [(subject, predicate, first)] + [(subject, f"{predicate} {first}", a) for a in rest]
    if not compact:
        return facts
    return [(s, p, item) for s, p, o in facts for item in _list_items(o)]


class OutputFormat(StrEnum):
    TSV = "tsv"
    CARB = "carb"
    JSONL = "jsonl"


@dataclass(frozen=True, slots=True)
class TextTriples:
    """The triples of one input text (a line, or an article) and where they came from."""

    source: str
    text: str
    triples: tuple[Triple, ...]


def extract_texts(
    items: Iterable[tuple[str, str]], nlp: Language, batch_size: int = 64
) -> Iterator[TextTriples]:
    """Parse (source, text) pairs in batches (`nlp.pipe`) and extract their triples, lazily."""
    disabled = [name for name in ("ner",) if name in nlp.pipe_names]
    with nlp.select_pipes(disable=disabled):
        pairs = ((text, source) for source, text in items)
        for doc, source in nlp.pipe(pairs, as_tuples=True, batch_size=batch_size):
            yield TextTriples(source, doc_text(doc), tuple(triples(doc)))


TSV_HEADER = (
    "source\tconfidence\tsubject\tpredicate\tobjects\tnegated\tmodality\tattribution\tclause"
)


def format_triples(
    results: Iterable[TextTriples], fmt: OutputFormat, whole_texts: bool = False
) -> Iterator[str]:
    """Output lines for the triples. In CaRB's format the sentence is the input text itself
    when `whole_texts` (one sentence a line, as CaRB gives them), else the sentence's span."""
    if fmt is OutputFormat.TSV:
        yield TSV_HEADER
    for result in results:
        for triple in result.triples:
            if fmt is OutputFormat.CARB:
                start, end = triple.sentence
                sentence = result.text if whole_texts else result.text[start:end]
                yield format_carb(sentence, triple)
            elif fmt is OutputFormat.TSV:
                yield format_tsv(result.source, triple)
            else:
                yield format_jsonl(result.source, triple)


def format_carb(sentence: str, triple: Triple) -> str:
    """CaRB's tabbed line: sentence, confidence, predicate, subject, objects."""
    cells = [f"{triple.confidence:.4f}", triple.predicate.text, triple.subject.text]
    cells += [o.text for o in triple.objects]
    return "\t".join([sentence, *(_one_line(c) for c in cells)])


def format_tsv(source: str, triple: Triple) -> str:
    cells = [
        source,
        f"{triple.confidence:.4f}",
        triple.subject.text,
        triple.predicate.text,
        " | ".join(o.text for o in triple.objects),
        "true" if triple.negated else "false",
        triple.modality.value,
        triple.attribution.text if triple.attribution else "",
        triple.clause.value,
    ]
    return "\t".join(_one_line(c) for c in cells)


def format_jsonl(source: str, triple: Triple) -> str:
    def phrase(p: Phrase | None) -> dict[str, object] | None:
        if p is None:
            return None
        return {"text": p.text, "start": p.start, "end": p.end, "implicit": p.implicit}

    record = {
        "source": source,
        "subject": phrase(triple.subject),
        "predicate": phrase(triple.predicate),
        "objects": [phrase(o) for o in triple.objects],
        "lemma": triple.lemma,
        "confidence": triple.confidence,
        "negated": triple.negated,
        "modality": triple.modality.value,
        "passive": triple.passive,
        "attribution": phrase(triple.attribution),
        "clause": triple.clause.value,
        "sentence": list(triple.sentence),
    }
    return json.dumps(record, ensure_ascii=False)


def _one_line(text: str) -> str:
    return " ".join(text.split())


def read_lines(path: str, stdin: BinaryIO | None = None) -> Iterator[tuple[str, str]]:
    """The non-blank lines of a file ("-": standard input) as (line number, text) pairs.

    A missing file raises InputError on this call, before anything is read; a line that is not
    UTF-8 raises it when reached, naming the file and the line.
    """
    if path == "-":
        return _numbered(stdin or sys.stdin.buffer, "-")
    if os.path.isdir(path):
        raise InputError(path, None, "is a folder: give a file of sentences, one a line")
    if not os.path.exists(path):
        raise InputError(path, None, "no such file")
    return _file_lines(path)


def _file_lines(path: str) -> Iterator[tuple[str, str]]:
    with open(path, "rb") as handle:
        yield from _numbered(handle, path)


def _numbered(handle: BinaryIO, name: str) -> Iterator[tuple[str, str]]:
    for number, raw in enumerate(handle, start=1):
        try:
            text = raw.decode("utf-8").rstrip("\r\n")
        except UnicodeDecodeError as exc:
            raise InputError(name, number, f"not UTF-8 text ({exc.reason})") from None
        if number == 1:
            text = text.removeprefix("\ufeff")
        if text.strip():
            yield str(number), text
