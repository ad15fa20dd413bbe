"""Stand-ins for two rule-based components of spaCy's English models, with the same output.

Both work out what they do to a kind of token once and look it up afterwards.

The attribute ruler. spaCy's English models map fine-grained tags to parts of speech,
morphology and a few lemmas with an `AttributeRuler`: some 180 one- and two-token patterns
that the `Matcher` tries at every token, a tenth of the whole parse. What those patterns do
to a token depends only on a few of its attributes (its tag, dependency label, whether it is
a space, and its lower-case form as far as the patterns tell forms apart), so the outcome is
worked out once per kind of token and looked up afterwards; the rare patterns longer than
one token are tested where their first token fits. The rules are applied as the ruler
applies them: a later rule wins, each sets its attributes on the token its index points to.
A model whose ruler has patterns this module cannot read (operators, predicates other than
IN, NOT_IN and REGEX) keeps its own ruler.

The lemmatizer. A lemma depends on the word, its part of speech and its morphology only, yet
the rule lemmatizer caches only some of its answers, and sets each through a Python loop
over the tokens. Its answers are kept for every word, part of speech and morphology seen,
and a document's lemmas are set in one call. The words it knows are looked up in sets: the
model keeps them in lists, which the rule lemmatizer reads from end to end for each form it
tries of a word not seen before (see `_with_index_sets`).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from typing import Any, cast

import numpy
from numpy.typing import NDArray
from spacy import attrs
from spacy.lang.en.lemmatizer import EnglishLemmatizer
from spacy.language import Language
from spacy.pipeline import AttributeRuler, Lemmatizer
from spacy.tokens import Doc, Token
from spacy.tokens._retokenize import set_token_attrs
from thinc.types import Ints2d

RULER = "attribute_ruler"
LEMMATIZER = "lemmatizer"
# The rule lemmatizer's table of the words it knows, by part of speech.
LEMMA_INDEX = "lemma_index"
TABLE_FACTORY = "kg_attribute_table"
LEMMA_FACTORY = "kg_lemma_table"

# What a pattern may test: how the token's value is read, and its array attribute.
_READERS: Mapping[str, tuple[Callable[[Token], object], int]] = {
    "TAG": (lambda token: token.tag_, attrs.TAG),
    "LOWER": (lambda token: token.lower_, attrs.LOWER),
    "ORTH": (lambda token: token.text, attrs.ORTH),
    "TEXT": (lambda token: token.text, attrs.ORTH),
    "NORM": (lambda token: token.norm_, attrs.NORM),
    "DEP": (lambda token: token.dep_, attrs.DEP),
    "LEMMA": (lambda token: token.lemma_, attrs.LEMMA),
    "IS_SPACE": (lambda token: token.is_space, attrs.IS_SPACE),
}
# Attributes with open-ended values: a value no pattern names is as good as any other.
_OPEN = frozenset({"LOWER", "ORTH", "TEXT", "NORM", "LEMMA"})

# Attribute ids and values as the ruler keeps them, and as `set_token_attrs` takes them.
Attrs = dict[Any, Any]
# How many words a table remembers before it starts afresh, so that it cannot grow with a
# corpus (a few megabytes at most).
_MEMORY = 1 << 16


@dataclass(frozen=True, slots=True)
class _Test:
    """One attribute test of a token pattern: equal to a value, in a set or not in it, or
    matching a regular expression."""

    attr: str
    allowed: frozenset[object] = frozenset()
    negated: bool = False
    pattern: re.Pattern[str] | None = None

    def __call__(self, token: Token) -> bool:
        value = _READERS[self.attr][0](token)
        if self.pattern is not None:
            return self.pattern.search(str(value)) is not None
        return (value in self.allowed) is not self.negated


def _test(attr: str, spec: object) -> _Test | None:
    attr = attr.upper()
    if attr not in _READERS:
        return None
    if isinstance(spec, (str, bool)):
        return _Test(attr, frozenset({spec}))
    if not (isinstance(spec, dict) and len(spec) == 1):
        return None
    ((predicate, operand),) = spec.items()
    if predicate in ("IN", "NOT_IN") and isinstance(operand, list):
        return _Test(attr, frozenset(operand), negated=predicate == "NOT_IN")
    if predicate == "REGEX" and isinstance(operand, str):
        return _Test(attr, pattern=re.compile(operand))
    return None


@dataclass(frozen=True, slots=True)
class _Rule:
    """One pattern of the ruler: its tests per token, and what it sets on which token."""

    order: int
    tokens: tuple[tuple[_Test, ...], ...]
    index: int
    attrs: Attrs

    def target(self, start: int) -> int:
        """The token the rule sets, for a match at `start` (the index may count from the end)."""
        return start + (self.index if self.index >= 0 else len(self.tokens) + self.index)

    def matches_at(self, doc: Doc, start: int) -> bool:
        return start + len(self.tokens) <= len(doc) and all(
            test(doc[start + offset]) for offset, tests in enumerate(self.tokens) for test in tests
        )


def _read_rules(ruler: AttributeRuler) -> tuple[_Rule, ...]:
    """The ruler's patterns in the order it applies them (ValueError for one this module
    cannot read)."""
    rules = []
    for order, (attributes, index) in enumerate(zip(ruler.attrs, ruler.indices, strict=True)):
        for pattern in ruler.matcher.get(ruler.vocab.strings[str(order)])[1]:
            tokens = tuple(tuple(_test(attr, spec) for attr, spec in t.items()) for t in pattern)
            if not tokens or any(test is None for tests in tokens for test in tests):
                raise ValueError(f"attribute ruler pattern {pattern!r}: not readable")
            rules.append(_Rule(order, tokens, index, attributes))  # type: ignore[arg-type]
    return tuple(rules)


@dataclass(frozen=True, slots=True)
class _Outcome:
    """What the rules do to tokens alike in every tested attribute: the one-token rules that
    match, with their attributes merged, and the longer rules whose first token fits."""

    rules: tuple[tuple[int, Attrs], ...]
    merged: Attrs
    longer: tuple[_Rule, ...]


def _merge(applied: list[tuple[int, Attrs]]) -> Attrs:
    merged: dict[Any, Any] = {}
    for _, attributes in sorted(applied, key=lambda rule: rule[0]):
        merged.update(attributes)
    return merged


# What the table sets through a document's arrays, all tokens at once: attributes of the
# token alone. `set_token_attrs` would also write any other one onto the word's lexeme, for
# the whole vocabulary, so a rule that sets another has it set token by token.
_TOKEN_ONLY = frozenset({attrs.TAG, attrs.POS, attrs.MORPH, attrs.LEMMA, attrs.DEP})


@dataclass(frozen=True, slots=True)
class _Arrays:
    """The outcomes known so far as arrays, a row per outcome: the value each sets in each
    column of the token's own attributes (and whether it sets one), whether it has longer
    rules to try, and whether it sets other attributes."""

    values: NDArray[numpy.uint64]
    given: NDArray[numpy.bool_]
    longer: NDArray[numpy.bool_]
    other: NDArray[numpy.bool_]

    def extended(self, more: _Arrays) -> _Arrays:
        """These rows followed by `more`'s."""
        return _Arrays(
            numpy.concatenate((self.values, more.values)),
            numpy.concatenate((self.given, more.given)),
            numpy.concatenate((self.longer, more.longer)),
            numpy.concatenate((self.other, more.other)),
        )


class AttributeTable:
    """Applies an `AttributeRuler`'s rules through a table of their outcomes by token kind."""

    # Made empty by the pipeline factory; `use_attribute_table` gives it the model's rules.
    def __init__(self) -> None:
        self._rules: tuple[_Rule, ...] = ()
        self._columns: list[int | str] = []
        self._kinds: tuple[_Kinds | None, ...] = ()
        self._targets: list[int | str] = []
        self._index: dict[tuple[object, ...], int] = {}
        self._outcomes: list[_Outcome] = []
        self._arrays = self._as_arrays([])

    def use(self, rules: tuple[_Rule, ...], ruler: AttributeRuler) -> None:
        """Apply `rules`, read from `ruler`, from now on."""
        first = [test for rule in rules for test in rule.tokens[0]]
        tested = sorted({test.attr for test in first})
        self._rules = rules
        self._columns = [_READERS[attr][1] for attr in tested]
        self._kinds = tuple(
            _Kinds(
                frozenset(
                    ruler.vocab.strings.add(str(value))
                    for test in first
                    if test.attr == attr
                    for value in test.allowed
                ),
                tuple(t.pattern for t in first if t.attr == attr and t.pattern is not None),
            )
            if attr in _OPEN
            else None
            for attr in tested
        )
        self._targets = sorted({attr for rule in rules for attr in rule.attrs} & _TOKEN_ONLY)
        self._index = {}
        self._outcomes = []
        self._arrays = self._as_arrays([])

    def _outcome(self, token: Token) -> _Outcome:
        fitting = [rule for rule in self._rules if all(test(token) for test in rule.tokens[0])]
        single = [(rule.order, rule.attrs) for rule in fitting if len(rule.tokens) == 1]
        longer = tuple(rule for rule in fitting if len(rule.tokens) > 1)
        return _Outcome(tuple(single), _merge(single), longer)

    def __call__(self, doc: Doc) -> Doc:
        if not len(doc):
            return doc
        ids = self._outcome_ids(doc)
        arrays = self._arrays
        # The tokens set one by one: where a longer rule matches, and where the outcome sets
        # attributes other than the token's own.
        merged = {i: self._outcomes[ids[i]].merged for i in arrays.other[ids].nonzero()[0].tolist()}
        merged.update(self._longer_matches(doc, ids))
        targets = self._targets
        if targets:
            values = doc.to_array(targets).reshape(len(doc), len(targets))
            numpy.copyto(values, arrays.values[ids], where=arrays.given[ids])
            for i, attributes in merged.items():
                for column, attr in enumerate(targets):
                    if attr in attributes:
                        values[i, column] = attributes[attr]
            doc.from_array(targets, cast(Ints2d, values))
        for i, attributes in merged.items():
            other = {attr: value for attr, value in attributes.items() if attr not in _TOKEN_ONLY}
            if other:
                set_token_attrs(doc[i], other)
        return doc

    def _outcome_ids(self, doc: Doc) -> NDArray[numpy.intp]:
        """The index of each token's outcome in `self._outcomes`, found for new kinds of token."""
        if self._columns:
            array = doc.to_array(self._columns).reshape(len(doc), len(self._columns))
            rows = cast(list[list[int]], array.T.tolist())
            columns = [
                column if kinds is None else kinds.kinds(column, doc)
                for column, kinds in zip(rows, self._kinds, strict=True)
            ]
            keys: list[tuple[object, ...]] = list(zip(*columns, strict=True))
        else:
            keys = [()] * len(doc)
        index = self._index
        ids = list(map(index.get, keys))
        if None in ids:
            known = len(self._outcomes)
            for i, key in enumerate(keys):
                found = index.get(key)
                if found is None:
                    found = index[key] = len(self._outcomes)
                    self._outcomes.append(self._outcome(doc[i]))
                ids[i] = found
            # Rows for the new outcomes only: rebuilt whole, the arrays cost a Python loop over
            # every outcome known (thousands over a corpus) for each doc with a new kind of token.
            self._arrays = self._arrays.extended(self._as_arrays(self._outcomes[known:]))
        return numpy.array(ids, dtype=numpy.intp)

    def _longer_matches(self, doc: Doc, ids: NDArray[numpy.intp]) -> dict[int, Attrs]:
        """The attributes of the tokens that rules longer than one token set, merged with
        those of their outcome's rules in the ruler's order."""
        extra: dict[int, list[tuple[int, Attrs]]] = {}
        for start in self._arrays.longer[ids].nonzero()[0].tolist():
            for rule in self._outcomes[ids[start]].longer:
                if rule.matches_at(doc, start):
                    extra.setdefault(rule.target(start), []).append((rule.order, rule.attrs))
        return {i: _merge([*self._outcomes[ids[i]].rules, *more]) for i, more in extra.items()}

    def _as_arrays(self, outcomes: list[_Outcome]) -> _Arrays:
        """The rows of `outcomes`."""
        targets = self._targets
        return _Arrays(
            numpy.array(
                [[o.merged.get(attr, 0) for attr in targets] for o in outcomes], dtype=numpy.uint64
            ).reshape(len(outcomes), len(targets)),
            numpy.array(
                [[attr in o.merged for attr in targets] for o in outcomes], dtype=numpy.bool_
            ).reshape(len(outcomes), len(targets)),
            numpy.array([bool(o.longer) for o in outcomes], dtype=numpy.bool_),
            numpy.array([not o.merged.keys() <= _TOKEN_ONLY for o in outcomes], dtype=numpy.bool_),
        )


class _Kinds:
    """The kinds of value of an open attribute (a word's lower-case form, say) that the rules
    tell apart: each value they name, and otherwise which of their regular expressions match.
    Kinds, unlike values, are as few as the rules, whatever the vocabulary."""

    def __init__(self, named: frozenset[int], patterns: tuple[re.Pattern[str], ...]) -> None:
        self.named = named
        self.patterns = patterns
        self.seen: dict[int, object] = {}

    def kinds(self, values: list[int], doc: Doc) -> list[object]:
        """The kind of each value: looked up, and worked out for a value not seen before."""
        named = self.named
        if not self.patterns:
            return [value if value in named else None for value in values]
        seen = self.seen
        found = list(map(seen.get, values))
        if None in found:
            found = [self._kind(value, doc) for value in values]
        return found

    def _kind(self, value: int, doc: Doc) -> object:
        kind = self.seen.get(value)
        if kind is None:
            if len(self.seen) >= _MEMORY:
                self.seen.clear()
            if value in self.named:
                kind = value
            else:
                text = doc.vocab.strings[value]
                kind = tuple(bool(p.search(text)) for p in self.patterns)
            self.seen[value] = kind
        return kind


@Language.factory(TABLE_FACTORY)
def _make_attribute_table(nlp: Language, name: str) -> AttributeTable:
    return AttributeTable()


def use_attribute_table(nlp: Language) -> None:
    """Put an `AttributeTable` in place of the model's attribute ruler, with the same rules,
    when it can read all of them; otherwise leave the ruler as it is."""
    ruler = nlp.get_pipe(RULER) if RULER in nlp.pipe_names else None
    if not isinstance(ruler, AttributeRuler):
        return
    try:
        rules = _read_rules(ruler)
    except ValueError:
        return
    table = nlp.replace_pipe(RULER, TABLE_FACTORY)
    assert isinstance(table, AttributeTable)
    table.use(rules, ruler)


class LemmaTable:
    """Sets the lemmas a spaCy `Lemmatizer` would, asking it once per word, part of speech
    and morphology."""

    # Made empty by the pipeline factory; `use_lemma_table` gives it the model's lemmatizer.
    def __init__(self) -> None:
        self._lemmatizer: Lemmatizer | None = None
        self._seen: dict[tuple[int, int, int], str] = {}

    def use(self, lemmatizer: Lemmatizer) -> None:
        """Ask `lemmatizer` from now on (a copy that finds its known words in sets)."""
        self._lemmatizer = _with_index_sets(lemmatizer)
        self._seen = {}

    def __call__(self, doc: Doc) -> Doc:
        lemmatizer = self._lemmatizer
        if lemmatizer is None:
            return doc
        overwrite = lemmatizer.overwrite
        strings, seen = doc.vocab.strings, self._seen
        lemmas = doc.to_array([attrs.ORTH, attrs.POS, attrs.MORPH, attrs.LEMMA])
        for i, (orth, pos, morph, lemma) in enumerate(lemmas.tolist()):
            if lemma and not overwrite:
                continue
            key = (orth, pos, morph)
            text = seen.get(key)
            if text is None:
                if len(seen) >= _MEMORY:
                    seen.clear()
                text = seen[key] = lemmatizer.lemmatize(doc[i])[0]
            lemmas[i, 3] = strings.add(text)
        doc.from_array([attrs.LEMMA], cast(Ints2d, lemmas[:, 3:]))
        return doc


def _with_index_sets(lemmatizer: Lemmatizer) -> Lemmatizer:
    """A lemmatizer like `lemmatizer` whose index of known words holds each part of speech's
    words in a set. The model's index holds lists (some 57,000 nouns), and the rule
    lemmatizer asks whether each form it makes of a new word is in one: read from end to end,
    that took most of the lemmatizer's time and a twentieth of the parse's. The lemmas are
    the same; the model's own lemmatizer keeps its lists (they serialise, sets do not)."""
    if LEMMA_INDEX not in lemmatizer.lookups:
        return lemmatizer
    copy = type(lemmatizer)(
        lemmatizer.vocab,
        lemmatizer.model,
        lemmatizer.name,
        mode=lemmatizer.mode,
        overwrite=lemmatizer.overwrite,
        scorer=lemmatizer.scorer,
    )
    for name in lemmatizer.lookups.tables:
        if name != LEMMA_INDEX:
            copy.lookups.set_table(name, lemmatizer.lookups.get_table(name))
    index = copy.lookups.add_table(LEMMA_INDEX)
    # The table's keys are the parts of speech's hashes already: set as they are.
    for pos, words in lemmatizer.lookups.get_table(LEMMA_INDEX).items():
        index[pos] = frozenset(words)
    return copy


@Language.factory(LEMMA_FACTORY)
def _make_lemma_table(nlp: Language, name: str) -> LemmaTable:
    return LemmaTable()


def use_lemma_table(nlp: Language) -> None:
    """Put a `LemmaTable` in place of the model's lemmatizer when that one works from its
    lookup tables (rule or lookup mode) and has them; otherwise leave it as it is."""
    lemmatizer = nlp.get_pipe(LEMMATIZER) if LEMMATIZER in nlp.pipe_names else None
    # Subclasses other than English's might read more of a token than these three things.
    if not isinstance(lemmatizer, Lemmatizer) or type(lemmatizer) not in (
        Lemmatizer,
        EnglishLemmatizer,
    ):
        return
    if lemmatizer.mode not in ("rule", "lookup"):
        return
    required, _ = lemmatizer.get_lookups_config(lemmatizer.mode)
    if any(table not in lemmatizer.lookups for table in required):
        return
    table = nlp.replace_pipe(LEMMATIZER, LEMMA_FACTORY)
    assert isinstance(table, LemmaTable)
    table.use(lemmatizer)
