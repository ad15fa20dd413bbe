"""Entities of one article: named people, organisations and places, and groups.

Names are made canonical here (honorifics, titles, "the" and possessives removed; variants
mapped through the alias table) and bare surnames are resolved to the person they refer to in
the article, so that every later step sees one `Entity` per real-world referent.
"""

from __future__ import annotations

import functools
import re
from bisect import bisect_left
from collections import Counter
from collections.abc import Callable, Collection, Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field, replace
from types import MappingProxyType

from spacy.tokens import Doc, Span, Token
from spacy.util import filter_spans

from kg import lexicon
from kg.gazetteer import (
    OTHER_NAME,
    OWN_NAME,
    Match,
    designation,
    division_nouns,
    find_places,
    fold,
    gazetteer,
)
from kg.model import Entity, EntityKind, EntityMention, Mention, PlaceType, Relation
from kg.nlp import (
    OPENING_MARKS,
    PREPOSITION_OR_DATIVE_DEPS,
    QUOTE_MARKS,
    QUOTE_TAGS,
    children_of,
    conjunct_indices,
    doc_deps,
    doc_ents,
    doc_lowers,
    doc_memo,
    doc_tags,
    doc_text,
    doc_texts,
    doc_titles,
    doc_tokens,
    has_the,
    head_of,
    parse_tables,
    phrase_objects,
    sentence_of,
    span_root,
    span_tokens,
    token_span,
    tokens_text,
    unit_part,
)
from kg.resolve.dateline import Dateline, dateline_city, find_dateline
from kg.resolve.names import (
    ALIASES,
    BODY_NOUNS,
    COMMON_COUNTRY_WORDS,
    KNOWN_NAMES,
    POSSESSIVE,
    WIRE_ACRONYMS,
    canonical_name,
    company_name,
    known_entity,
    name_head,
    partner_firm,
)

NAMED_KINDS: Mapping[str, EntityKind] = MappingProxyType(
    {
        "PERSON": EntityKind.PERSON,
        "ORG": EntityKind.ORGANIZATION,
        "GPE": EntityKind.PLACE,
        "LOC": EntityKind.PLACE,
        "FAC": EntityKind.PLACE,
    }
)
# Letters of the longest romanised Korean syllable ("Chang", "Kwang", "Hyong").
SYLLABLE = 5
# Inhabitants of a place whose name may open a sentence as a name, not as a common word.
TOWN = 50_000
# Inhabitants of a city abroad whose lone name the model may tag a person or a body and
# still mean the city ("the Manchester bombing").
CITY = 500_000
# The countries of the Korean peninsula, whose towns KCNA names by a bare name.
PENINSULA = frozenset({"KP", "KR"})
# Labels the model gives some names for their first word ("the Ryongyon Cave" as a
# nationality): their head noun alone makes them names.
HEADED_LABELS = frozenset({"NORP"})
SUBJECT_DEPS = frozenset({"nsubj", "nsubjpass"})
# Where a word stands as a thing does: modifying a noun ("CCTV footage") or as an object.
THING_DEPS = frozenset({"compound", "nmod", "amod", "dobj", "pobj"})
# The words that say how near a count is: "more" and "than" of "more than 100 people", "at
# least", "about", "some".
COUNT_MODIFIER_DEPS = frozenset({"quantmod", "advmod", "amod"})
# How a noun modifies the noun it shares with the words coordinated to it.
SHARED_HEAD_DEPS = frozenset({"compound", "nmod", "amod"})
BODY_AND_PLACE_LABELS = frozenset({"ORG", "GPE", "LOC", "FAC"})
# Parts of speech no personal name is made of ("Hurrah", "repeatedly" tagged as people).
NOT_IN_NAMES = frozenset({"ADV", "INTJ", "VERB", "AUX", "PRON", "DET", "ADP"})
# Parts of speech no name of any kind is made of alone (a name may be tagged a verb or an
# adjective: "May said", "Dorval executive").
NAMING_NOTHING = frozenset({"INTJ", "ADP", "SCONJ", "CCONJ", "PART", "DET", "PRON"})
# "he" and "she", standing for someone as the subject of a clause.
PERSON_SUBJECT_PRONOUNS = frozenset({"he", "she"})
PERSONAL_PRONOUNS = PERSON_SUBJECT_PRONOUNS | {"him", "his", "her", "hers"}
# Tokens that may stand inside a group's name, to the left of its head noun.
# Numbers that count no one.
NOT_COUNTS = frozenset({"DATE", "TIME", "MONEY", "PERCENT", "QUANTITY", "ORDINAL"})
# The roles in which an unnamed person told of again acts or undergoes the act (a "by"
# phrase too).
PERSON_ROLES = frozenset({"nsubj", "nsubjpass", "dobj"})
# Where a pronoun stands for people who take part in an act: subject, object or in a phrase.
GROUP_ROLES = frozenset({"nsubj", "nsubjpass", "dobj", "pobj", "dative"})
# What says who the people of "those" are: "those who ...", "those advocating ...", "those
# responsible".
DESCRIBING_DEPS = frozenset({"relcl", "acl", "amod"})
GROUP_MODIFIER_TAGS = frozenset({"JJ", "JJR", "JJS", "NN", "NNP", "VBN", "VBG", "HYPH"})
GROUP_PREPOSITIONS = frozenset({"of", "from", "in"})
HOLDERS_PREPOSITION = frozenset({"of"})
# At most this many words in the quoted name a body goes by (see `_with_quoted_name`).
QUOTED_NAME_WORDS = 4
# A nation's people, which its bodies may be listed with (see `_bodies_before_people`).
PEOPLE_WORDS = frozenset({"people", "peoples"})
# Determiners with which a group named before is told of again (see `_group_told_before`).
ANAPHORIC_DETERMINERS = frozenset({"the", "those", "these"})
# Words of an exhibition's or a contest's name the model may leave between its "of" and the
# name it tags (see `_what_an_event_is_of`).
EVENT_NAME_GAP = 3
# Letters a body's short name in brackets has at least ("Chongsanghoe"), more than a word
# such as "(Left)" or "(AP)" would.
SHORT_NAME = 5
# The word a country's longer names end with, that the gazetteer lacks alone: "Korea" of
# "North Korea" and "the Republic of Korea".
COUNTRY_WORDS = frozenset(
    words[-1]
    for alias in ALIASES.values()
    if alias.kind is EntityKind.PLACE
    for name in (alias.canonical, *alias.variants)
    if len(words := name.split()) >= 2
    and (words[-2] == "of" or words[0].casefold() in lexicon.words("compass_points"))
)
# Letters an acronym has at least to stand for the last words of a longer name: two would
# match the ends of too many names.
ACRONYM_TAIL = 3
# A preposition that names what a body is for, when a bare noun follows ("the headquarters for
# rehabilitation"), not why it is spoken of ("officials praised for their feats").
PURPOSE_PREPOSITIONS = frozenset({"for"})
# Tags of the words of kind between a flagship's name and its formation ("nuclear carrier").
KIND_TAGS = frozenset({"NN", "JJ"})
# Kinds of entity a group may name by acronym, spelt out in another form of its name.
SPELT_OUT_KINDS = frozenset({EntityKind.ORGANIZATION, EntityKind.PLACE})
# Prepositions whose object on a verb takes part in its act: receives it, gains by it or does it.
BODY_ROLE_PREPOSITIONS = frozenset({"to", "for", "by"})
# What a verb acts on or says: its object or its clause.
ACTED_ON_DEPS = frozenset({"dobj", "dative", "ccomp", "xcomp"})
# Prepositions that join a document's head to what it is about ("the Convention against
# Transnational Organized Crime", "the Treaty on the Non-Proliferation of Nuclear Weapons").
SUBJECT_PREPOSITIONS = frozenset({"against", "on", "concerning", "regarding"})
# Prepositions whose phrase belongs to a group only where the parse attaches it to the group's
# head or the phrase before ("units with important fire duties near the border"), not to a
# verb ("met officials with a smile").
ATTACHED_PREPOSITIONS = frozenset({"with", "near"})
# Prepositions whose phrase between a group that is a subject and its verb says where its
# people are, so which ones they are: "workers at the Sungri Motor Complex", "working people
# across the country". Elsewhere the phrase is as likely the verb's place.
WHERE_PREPOSITIONS = frozenset({"at", "across", "in"})
# The prepositions of a phrase after a group's heads that says where its members are or whom
# they work with ("police in the Comoros", "a dealer with Warburg Securities", "warlords from
# Chechnya"): the group is also told of without the phrase ("the educators across the
# country" are "the educators"). "of" says which group it is ("officials of the ministry").
PLACING_PREPOSITIONS = frozenset({"at", "across", "in", "from", "with"})
# A participle clause after a group's head says which ones ("units taking on an important
# firepower task"); a longer one says more than a name.
PARTICIPLE_WORDS = 8
# Lower-case words that listed names share before their designator ("Namdok and Inpho youth
# coal mines"); more are a description, not part of a name.
SHARED_MODIFIERS = 2
SHARED_MODIFIER_TAGS = frozenset({"NN", "JJ", "NNP"})
# The phrases that say whose a title is ("the general secretary of the Party").
TITLE_OWNER_PREPOSITIONS = frozenset({"of", "for"})
# Lower-case words inside the capitalised purpose of a body's name ("for the Study of the
# Juche Idea in East European and Central Asian Regions").
PURPOSE_JOINS = frozenset({"of", "the", "and", "in"})
# Letters before an ending for adherents ("loyal-ists"); fewer make other words ("l-ists").
SUFFIX_STEM = 3
# The shortest stem of an agent noun: "forecast-ers", not "pap-ers" or "ord-ers".
AGENT_STEM = 4
# Prepositions that attach a group to a named body only ("deputies to the Supreme People's
# Assembly", "an enterprise under the Second Economy Commission").
NAMED_PREPOSITIONS = frozenset({"to", "under"})
# Inside a phrase attached to a group ("of the Korean People's Army", "flood-hit areas").
PHRASE_TAGS = frozenset({"JJ", "POS", "HYPH", "VBN", "CD"})
NOUN_TAGS = frozenset({"NN", "NNS", "NNP", "NNPS"})
# The tags of a group's head: `_is_group_head`, `_unnamed_person`, `_qualified_collective`.
GROUP_HEAD_TAGS = frozenset({"NN", "NNS", "NNPS"})
# What a friendship body's name may end with after "with" ("... Cooperation with the DPRK").
FRIEND_LABELS = frozenset({"GPE", "ORG", "NORP"})
# What the model tags a place with ("Mt Taesong" is GPE, "Sinmi" of "Sinmi-ri" ORG).
PLACE_LABELS = frozenset({"GPE", "LOC", "FAC", "ORG"})
# What the model tags only places with: a country or state written after a town (not ORG: a body
# beside a name is often the person's employer), a word before a day that is no body.
PLACE_ENTITY_LABELS = frozenset({"GPE", "LOC"})
# What separates the items of a list of names.
LIST_SEPARATORS = frozenset({",", "and"})
# What follows the head of a body's name that the name may be shortened to.
SHORTENED_BEFORE = frozenset({"of", "for", "on", "in"})
FIRM_KIND_JOINS = frozenset({"and", "&", "amp"})
# Endings that make a nationality adjective of a country's name ("Kuwaiti", "Kenyan", "Syrian",
# "Egyptian").
NATIONALITY_ENDINGS = ("i", "n", "ian")
# Endings of a people's adjective, loosely ("Cambodian", "Vietnamese", "Polish", "Iraqi").
NATION_ADJECTIVE_ENDINGS = ("an", "ese", "ish", "i")
# What opens an item of a list in wiki text and scraped pages.
LIST_MARKERS = frozenset({"*", "#", "•"})
OPENING_BRACKETS = frozenset({"[", "("})
# A time of day as wire copy writes it before its time zone: "0735", "17:30", "5.30".
CLOCK_TIME = re.compile(r"(?:[01]\d|2[0-3])[0-5]\d|\d{1,2}[:.][0-5]\d")
CLOSING_BRACKETS = frozenset({"]", ")"})
BRACKETS = OPENING_BRACKETS | CLOSING_BRACKETS


def _trade_words(trade: str | None = None) -> frozenset[str]:
    """The words that say in a firm's name that it is of `trade` (of any trade, with none)."""
    return frozenset(w for t, w in lexicon.pairs("trade_name_words") if trade in (None, t))


def _opens_name_of(company: Entity, unit: Entity) -> bool:
    """Whether a company's first word opens another organisation's name, its unit's or
    brand's ("MGM Grand Inc." and "MGM Grand Air")."""
    return company != unit and unit.name.split()[0] == company.name.split()[0]


def _names_trade(entity: Entity, words: frozenset[str]) -> bool:
    return not words.isdisjoint(entity.name.casefold().split())


# Mentions latest first, with their starts negated, their ends, and a number for each entity
# (see `EntityIndex._latest`).
_Latest = tuple[tuple[EntityMention, ...], tuple[int, ...], tuple[int, ...], tuple[int, ...]]


@dataclass(frozen=True, slots=True)
class EntityIndex:
    """The entities of one article and where they are, by token."""

    mentions: tuple[EntityMention, ...]
    relations: tuple[Relation, ...]
    by_token: Mapping[int, Entity]
    subject_persons: tuple[tuple[int, Entity], ...]
    # Bodies named inside a longer name, by token ("the Communist Party of Vietnam" in "the
    # Central Committee of the Communist Party of Vietnam").
    inner: Mapping[int, tuple[Entity, ...]] = field(default_factory=lambda: MappingProxyType({}))
    # What `last_named_before` and `aliases` read, made once, not once per question, and only
    # when first asked: an index that places rename is never asked (see `_latest`,
    # `alias_table`).
    _latest_of: dict[EntityKind | None, _Latest] = field(
        default_factory=dict, init=False, repr=False, compare=False
    )
    _aliases: list[Mapping[Entity, tuple[str, ...]]] = field(
        default_factory=list, init=False, repr=False, compare=False
    )

    def _latest(self, kind: EntityKind | None) -> _Latest:
        """The mentions (of `kind` alone, if given) latest first, with their starts negated,
        their ends and their entities' numbers. A stable sort keeps the order of mentions that
        begin together. Most questions are of one kind, and an article names many more
        entities of other kinds than of the one asked for. An entity's number stands for it
        where `last_named_before` tells the entities it tested apart: an entity hashes its
        kind in Python, a number in C."""
        tables = self._latest_of
        if not tables:
            latest = sorted(self.mentions, key=lambda m: -m.mention.start)
            numbers: dict[Entity, int] = {}
            of_kind: dict[EntityKind | None, list[EntityMention]] = {None: latest}
            for m in latest:
                numbers.setdefault(m.entity, len(numbers))
                of_kind.setdefault(m.entity.kind, []).append(m)
            for k, found in of_kind.items():
                tables[k] = (
                    tuple(found),
                    tuple(-m.mention.start for m in found),
                    tuple(m.mention.end for m in found),
                    tuple(numbers[m.entity] for m in found),
                )
        return tables.get(kind, ((), (), (), ()))

    @property
    def alias_table(self) -> Mapping[Entity, tuple[str, ...]]:
        """Each entity's aliases, sorted."""
        if not self._aliases:
            aliases: dict[Entity, set[str]] = {}
            for m in self.mentions:
                if m.alias:
                    aliases.setdefault(m.entity, set()).add(m.alias)
            table = {entity: tuple(sorted(found)) for entity, found in aliases.items()}
            self._aliases.append(MappingProxyType(table))
        return self._aliases[0]

    def inner_at(self, token: Token) -> tuple[Entity, ...]:
        """The entities named inside the name a token belongs to."""
        return self.inner.get(token.i, ())

    def entity_at(self, token: Token) -> Entity | None:
        """The entity a token names, resolving personal pronouns to the salient person."""
        # `in` and a subscript, not `get`: a mapping proxy's `get` looks the method up on the
        # dictionary on every call, and most tokens asked about name nothing.
        i, by_token = token.i, self.by_token
        if i in by_token:
            return by_token[i]
        if token.lower_ in PERSONAL_PRONOUNS:
            return self.person_before(token.i)
        return None

    def person_before(self, i: int) -> Entity | None:
        """The person most recently mentioned as a grammatical subject before token `i`."""
        at = bisect_left(self.subject_persons, (i,))
        return self.subject_persons[at - 1][1] if at else None

    def last_named_before(
        self, token: Token, kinds: Collection[EntityKind], accepts: Callable[[Entity], bool]
    ) -> Entity | None:
        """The entity of one of `kinds` that `accepts` takes, named last before `token`: what
        a definite noun refers back to ("the farm" after "the Ilhae Farm")."""
        # Latest first, so that `accepts`, the costly test, reads as few names as it must; a
        # mention that ends before the token begins before it.
        end = token.idx
        tested: set[int] = set()
        latest, starts, ends, numbers = self._latest(next(iter(kinds)) if len(kinds) == 1 else None)
        first = bisect_left(starts, -end + 1)
        for at in range(first, len(latest)):
            if ends[at] > end or numbers[at] in tested:
                continue
            entity = latest[at].entity
            if entity.kind not in kinds:
                continue
            # An entity named several times is tested once: `accepts` reads only the entity.
            tested.add(numbers[at])
            if accepts(entity):
                return entity
        return None

    def last_company_before(self, token: Token) -> Entity | None:
        """The company "the company" or "the firm" refers back to: the organisation named last
        before it, if its name has a company's legal form ("Magna International Inc. ... the
        company said"). An organisation named since (a bank, an analyst's firm, "EDS")
        may be the one meant, so an older company is not reached for past it; a stock
        exchange, where the shares trade, is not ("National Intergroup stock closed at $15
        on the New York Stock Exchange. The company noted ..."), nor a state's office or
        body ("sought a seat in Parliament", "the Federal Trade Commission approved")."""
        last = self.last_named_before(token, (EntityKind.ORGANIZATION,), _may_be_company)
        return last if last is not None and company_name(last.name) else None

    def last_organization_before(self, token: Token) -> Entity | None:
        """The organisation named last before `token`, a stock exchange passed over (lexicon
        `traded_nouns`): where shares trade is not who acts."""
        return self.last_named_before(token, (EntityKind.ORGANIZATION,), _no_market)

    def firm_named_before(self, token: Token) -> Entity | None:
        """The company "the company" refers back to: the organisation named last, named with a
        legal form, or by words telling its trade when the article opens with it ("Harlow Savings
        & Loan Association posted a loss ... The company said"; lexicon `trade_name_words`). A
        firm of a market report's list is not the one meant: a company named since may be one
        the model did not tag. Where the organisation named last has neither and is a unit or
        brand whose name the article's company's opens ("refurbishing aircraft of the MGM Grand
        Air unit ... The company said"), that company is meant (`main_company_before`)."""
        company = self.last_company_before(token)
        if company is not None:
            return company
        last = self.last_organization_before(token)
        if last is None:
            return None
        if not _names_trade(last, _trade_words()):
            main = self.main_company_before(token)
            # A unit or brand the company's name opens ("MGM Grand Air" of "MGM Grand Inc.").
            return main if main is not None and _opens_name_of(main, last) else None
        first = min(
            (m for m in self.mentions if m.entity.kind is EntityKind.ORGANIZATION),
            key=lambda m: m.mention.start,
        )
        return last if first.entity == last else None

    def company_of_trade(self, token: Token) -> Entity | None:
        """The organisation named last before a trade noun whose name says that trade: a thrift
        is named without a legal form ("Harlow Savings & Loan Association ... the thrift said";
        lexicon `trade_name_words`), which the company with one may not stand for."""
        words = _trade_words(token.lemma_.casefold())
        if not words:
            return None
        return self.last_named_before(
            token, (EntityKind.ORGANIZATION,), lambda e: _names_trade(e, words)
        )

    def main_company_before(self, token: Token) -> Entity | None:
        """The company an article about one company is about, named before `token`: of the
        organisations named with a company's legal form, the one named most often before it,
        the first named of those named as often ("Hudson's Bay Co.", not "Woodbridge Co.",
        which holds its shares and was named last)."""
        return self.most_named_before(token, lambda e: company_name(e.name))

    def most_named_before(
        self, token: Token, accepts: Callable[[Entity], bool] | None = None, least: int = 1
    ) -> Entity | None:
        """Of the organisations `accepts` takes (any but a stock exchange, by default), the
        one named most often before `token`, at least `least` times; the first named of those
        named as often."""
        accepts = accepts or _no_market
        spans = {
            (m.mention.start, m.entity)
            for m in self.mentions
            if m.mention.end <= token.idx
            and m.entity.kind is EntityKind.ORGANIZATION
            and accepts(m.entity)
        }
        # In the order named, so that the first of those named as often wins.
        times = Counter(entity for _, entity in sorted(spans, key=lambda s: s[0]))
        most = max(times, key=lambda e: times[e], default=None)
        return most if most is not None and times[most] >= least else None

    def aliases(self, entity: Entity) -> tuple[str, ...]:
        return self.alias_table.get(entity, ())

    def renamed(self, names: Mapping[Entity, Entity]) -> EntityIndex:
        """The same index with some entities replaced (places named as the gazetteer names
        them); the forms the article used stay as the mentions' aliases."""
        if not names:
            return self

        def new(entity: Entity) -> Entity:
            return names.get(entity, entity)

        # Most mentions and relations name no renamed entity: they are kept as they are.
        return EntityIndex(
            mentions=tuple(
                EntityMention(names[m.entity], m.mention, m.alias or m.entity.name)
                if m.entity in names
                else m
                for m in self.mentions
            ),
            relations=tuple(
                Relation(
                    new(r.subject),
                    r.predicate,
                    new(r.object) if isinstance(r.object, Entity) else r.object,
                    r.evidence,
                )
                if r.subject in names or r.object in names
                else r
                for r in self.relations
            ),
            by_token=MappingProxyType({i: new(e) for i, e in self.by_token.items()}),
            subject_persons=tuple((i, new(e)) for i, e in self.subject_persons),
            inner=MappingProxyType(
                {i: tuple(new(e) for e in found) for i, found in self.inner.items()}
            ),
        )


def _phrase_at(tokens: Sequence[Token], start: int, lexicon_name: str) -> int:
    """Length (in tokens) of the longest lexicon phrase starting at tokens[start], or 0."""
    entries = lexicon.words(lexicon_name)
    longest = min(lexicon.longest_phrase(lexicon_name), len(tokens) - start)
    # Each word read once, not once for every length tried.
    words = [t.lower_ for t in tokens[start : start + longest]]
    for length in range(longest, 0, -1):
        if " ".join(words[:length]) in entries:
            return length
    return 0


def _phrase_before(doc: Doc, end: int, lexicon_name: str) -> tuple[int, str] | None:
    """The longest lexicon phrase ending just before token `end` (skipping an opening bracket,
    or the brackets around it: "by (President) Kennedy", an editor's gloss of a quote)."""
    enclosed = end > 1 and doc[end - 1].text in CLOSING_BRACKETS
    if (end > 0 and doc[end - 1].text in OPENING_BRACKETS) or enclosed:
        end -= 1
    entries = lexicon.words(lexicon_name)
    lowers = doc_lowers(doc)
    for length in range(min(lexicon.longest_phrase(lexicon_name), end), 0, -1):
        text = tokens_text(doc, end - length, end)
        if enclosed and (end - length == 0 or doc[end - length - 1].text not in OPENING_BRACKETS):
            continue
        if text.casefold() in entries or " ".join(lowers[end - length : end]) in entries:
            return end - length, text
    return None


def _title_before(doc: Doc, end: int) -> str | None:
    """The title written just before token `end`, with the words that rank it ("Vice Foreign
    Minister": a title of its own, not "Foreign Minister")."""
    found = _phrase_before(doc, end, "titles")
    if found is None:
        return None
    start = found[0]
    while start > 0 and doc[start - 1].lower_ in lexicon.words("title_modifiers"):
        start -= 1
    return doc[start : found[0]].text_with_ws + found[1]


@dataclass(frozen=True, slots=True)
class _Named:
    span: Span
    kind: EntityKind
    name: str
    variants: tuple[str, ...]
    titles: tuple[str, ...]
    epithet: str | None
    # Named inside a longer name ("the Communist Party of Vietnam" in "the Central Committee
    # of the Communist Party of Vietnam"): a mention of its own, but its tokens name the whole.
    inner: bool = False
    # The name as the text implies it where the span does not spell it out.
    written: str = ""


def _name_head(span: Span) -> Token:
    """The last word of a name's first part: "Committee" of "the People's Committee of North
    Hwanghae Province", "Station" of "Songchongang Power Station No. 3", "Factory" of "the
    Pyongyang Electric Cable General Factory 326"."""
    # "the Revolutionary Martyrs Cemetery on Mt Taesong", "the Revolutionary Site for Party
    # Foundation", "the Monument to Party Founding"
    cuts = {"of", "on", "for", "to"}
    # A number after the head tells apart bodies of one kind: "... General Factory 326".
    tokens = doc_tokens(span.doc)
    start, end = span.start, span.end
    last = tokens[end - 1]
    if end - start > 1 and last.like_num and tokens[end - 2].is_title:
        last = tokens[end - 2]
    # So does a quoted name after it: 'the Communist Party "Russian Communists"'.
    opening = _opening_quote(tokens, start, end - 1)
    if opening is not None:
        last = tokens[opening - 1]
    return next(
        (tokens[t.i - 1] for t in tokens[start + 1 : end] if t.lower_ in cuts or t.text == "No"),
        last,
    )


def _kind(ent: Span) -> EntityKind | None:
    """The entity's kind: its head noun decides where it has one ("... Square", "... Farm")."""
    kind = NAMED_KINDS.get(ent.label_)
    if kind is None and ent.label_ not in HEADED_LABELS:
        return None
    # The head of a name's first part decides: "the People's Committee of North Hwanghae
    # Province" is a committee.
    last = _name_head(ent)
    # "the Rolando Cafe's ceiling": the possessive is no head of the name.
    if last.tag_ == "POS" and last.i > ent.start:
        last = last.nbor(-1)
    documents = lexicon.words("document_heads")
    tokens = doc_tokens(ent.doc)
    following = tokens[ent.end].lower_ if ent.end < len(tokens) else ""
    # A possessive is no word of the name: "the UN Charter's principle" names a document.
    name = tokens[ent.start : ent.end]
    words = [t for t in name if t.pos_ != "ADP" and t.tag_ != "POS"] or [name[-1]]
    # A document's noun after a possessive is the owner's, not a word of its name: "the
    # State Department's award", "the Security Council's resolution".
    followed = following in documents and name[-1].tag_ != "POS"
    if last.lower_ in documents or words[-1].lower_ in documents or followed:
        return None
    if _names_no_entity(ent, last) or _names_a_brand(ent) or _names_a_market_measure(ent):
        return None
    if _country_adjective(ent) or _opens_a_days_name(ent):
        return None
    # "Cineplex's Film House unit": a unit, whatever its head names; "its Del Monte unit", a
    # unit named for a town, whatever the model took it for (a larger place is the unit's
    # market: "its Texas unit", "its Brazil unit").
    if (
        kind is not None
        and _unit_owner(ent) is not None
        and (kind is EntityKind.ORGANIZATION or not _more_than_a_town(spoken(ent)))
    ):
        return EntityKind.ORGANIZATION
    if last.is_title and len(ent) > 1 and not _a_person_speaking(ent):
        by_head = _kind_by_head(ent, last)
        if by_head == EntityKind.PLACE.value and _site_as_a_body(ent, last):
            return EntityKind.ORGANIZATION
        if by_head is not None:
            return EntityKind(by_head)
    if kind is None:
        return EntityKind.PLACE if _place_taken_for_a_people(ent) else None
    if kind is not EntityKind.PLACE and _names_a_venue(ent):
        return EntityKind.PLACE
    # Before any place shares the name: "the Communist Party daily Granma" is the paper, not
    # the province.
    if _names_a_medium(ent):
        return EntityKind.ORGANIZATION
    if kind is EntityKind.PLACE and _owner_of_a_part(ent) and not _own_place_name(ent):
        return EntityKind.ORGANIZATION
    if kind is EntityKind.ORGANIZATION and _leader_of_followers(ent):
        return EntityKind.PERSON
    # A people the model took for a body ("ordered Icelanders and Danes to leave"): a group.
    if kind is EntityKind.ORGANIZATION and len(ent) == 1 and _people_plural(ent[0]):
        return EntityKind.GROUP
    # A leader the model took for a site ("the Yoon Suk Yeol group"), no place the gazetteer
    # knows ("the Kiev regime" is the city's).
    if kind is EntityKind.PLACE and _leader_of_followers(ent) and not find_places(spoken(ent)):
        return EntityKind.PERSON
    # Bodies only: a place keeps its kind ("Japan, the only A-bomb victim of the war").
    if kind is EntityKind.ORGANIZATION and (
        _apposed_to_a_persons_role(ent)
        or _listed_with_people(ent)
        or _full_name_by_given_name(ent)
        or _introduces_oneself(ent)
    ):
        return EntityKind.PERSON
    if kind is EntityKind.PERSON and (_led_by_a_title(ent) or _ends_in_a_firms_kind(ent)):
        return EntityKind.ORGANIZATION
    if kind is EntityKind.PERSON:
        given_to = _noun_a_name_is_given(ent)
        if given_to is not None and given_to.lower_ in lexicon.words("named_body_nouns"):
            return EntityKind.ORGANIZATION
        if given_to is not None and not _a_persons_noun(given_to.lower_):
            return None
    if kind is EntityKind.PERSON and _family_by_surname(ent):
        return EntityKind.GROUP
    if kind is EntityKind.PERSON and _surname_of_a_family(ent):
        return None
    if kind is EntityKind.PERSON and _capitalised_modifier_opening_a_sentence(ent):
        return None
    name_words = span_tokens(ent)
    first = next((t for t in name_words if t.lower_ != "the"), name_words[0])
    if first.lower_ in lexicon.words("place_prefixes") and len(ent) > 1:
        return EntityKind.PLACE  # "Mt Paektu", whatever the model tagged
    numbered = (lexicon.mapping("name_heads"), lexicon.words("wire_unit_heads"))
    # A firm's legal form makes the name a firm's, numbers and all ("First of America Bank
    # Corp.", "Fifth Third Bancorp").
    if (
        any(t.like_num for t in name_words)
        and all(last.lower_ not in words for words in numbered)
        and not _party_meeting(ent, last)
        and not _ordinal_before_a_place(ent)
        and not _ordinal_in_a_firms_name(ent)
        and not (kind is EntityKind.ORGANIZATION and company_name(ent.text))
    ):
        return None
    if kind in {EntityKind.PERSON, EntityKind.ORGANIZATION} and (
        _place_taken_for_a_name(ent) or _country_in_full(ent)
    ):
        return EntityKind.PLACE
    if kind is EntityKind.PERSON and _longer_place_after_a_locative(ent):
        return EntityKind.PLACE
    if kind is EntityKind.PLACE and _named_by_a_persons_role(ent):
        return EntityKind.PERSON
    if kind in {EntityKind.PERSON, EntityKind.ORGANIZATION} and _apposed_to_a_places_noun(ent):
        return EntityKind.PLACE
    if kind in {EntityKind.PERSON, EntityKind.ORGANIZATION} and _town_of_a_state(ent):
        return EntityKind.PLACE
    if kind is EntityKind.ORGANIZATION and _area_of_a_known_place(ent):
        return EntityKind.PLACE
    return kind


def _owner_of_a_part(ent: Span) -> bool:
    """The name follows a body's part and "of" ("the state affiliate of Naral", "a local
    chapter of ..."): it names the body owning the part, which the model may take for a place
    of a name it does not know."""
    start = ent.start + (ent[0].lower_ == "the")
    if start < 2 or ent.doc[start - 1].lower_ != "of":
        return False
    part = ent.doc[start - 2].lemma_.casefold()
    return part in lexicon.union("company_part_nouns", "local_branch_nouns")


def _own_place_name(ent: Span) -> bool:
    """The name is a place's own, not a spelling near one ("Naral" is no "Narail")."""
    return any(m.quality == OWN_NAME for m in find_places(spoken(ent)))


def _opens_a_days_name(ent: Span) -> bool:
    """The first word of a day's name cut from its weekday ("the Bloody" + "Friday attacks")."""
    tokens = doc_tokens(ent.doc)
    return (
        ent.end < len(tokens)
        and all(t.lower_ in lexicon.words("day_name_openers") for t in ent)
        and tokens[ent.end].is_title
        and tokens[ent.end].ent_type_ == "DATE"
    )


def _place_taken_for_a_people(ent: Span) -> bool:
    """A "nationality" that is a proper noun no people is called by and the own name of a
    town or a larger place: the model tags some towns so ("Slepian's suburban Amherst
    neighborhood")."""
    words = [t for t in ent if t.lower_ != "the"]
    if not words or any(t.tag_ != "NNP" for t in words) or _a_peoples_plural(ent):
        return False  # "Hutus" is a people, whatever town shares the name
    head = ent.root.head
    if head.i >= ent.end and head.lower_ in lexicon.words("group_heads"):
        return False  # "all Balkan states": the adjective of those the noun names
    if ent.text.casefold() in lexicon.mapping("demonyms") or known_entity(ent.text) is not None:
        return False
    if len(words) > 1 and words[0].lower_ in lexicon.words("compass_adjectives"):
        return True  # "Russia's turbulent North Caucasus": a region's name, no people's
    return any(
        m.quality == OWN_NAME
        and (
            m.place.place_type in {PlaceType.COUNTRY, PlaceType.FIRST_LEVEL_DIVISION}
            or m.place.population >= TOWN
        )
        for m in find_places(spoken(ent))
    )


def _area_of_a_known_place(ent: Span) -> bool:
    """A "body" named by a place the alias table knows and the noun of its area: the model
    takes "the Indo-Pacific region" for a body, as it takes "the Indo-Pacific" alone."""
    words = [t for t in ent if t.lower_ != "the"]
    if len(words) < 2 or words[-1].lower_ not in lexicon.words("area_name_nouns"):
        return False
    return _known_kind(tokens_text(ent.doc, words[0].i, words[-1].i)) is EntityKind.PLACE


# Prepositions whose object is where an attack struck or what it was aimed at ("a bombing
# outside the embassy", "an attack on the embassy", "the bombings of two embassies", "a bomb
# ripped through the embassy"; "next to" is read at its "to").
ATTACKED_PREPOSITIONS = frozenset({"at", "on", "outside", "near", "through", "of", "to", "against"})


def mission_building(head: Token) -> bool:
    """A mission named by its country and a site's common noun ("the U.S. embassy in
    Nairobi") where an attack hits it or takes place at it is the building, no acting body:
    "the car bombing outside the U.S. embassy", "the Kenya embassy bombing", "a blast damaged
    the U.S. embassy", "the bomb-hit U.S. Embassy". So is one whose building the words name
    (see `_mission_spot`). Where it speaks, receives or is visited it stays a body ("the U.S.
    Embassy had no comment", "sent a wreath to the Vietnamese embassy")."""
    noun = singular(head.lower_)
    if (
        noun not in lexicon.words("facility_heads")
        or lexicon.mapping("common_heads").get(noun) != EntityKind.ORGANIZATION.value
    ):
        return False
    if _mission_spot(head):
        return True
    attacks = lexicon.words("attack_words")
    if any(w.lemma_.casefold() in attacks for left in head.lefts for w in left.subtree):
        return True
    if head.dep_ in {"compound", "nmod", "dobj"}:
        return head.head.lemma_.casefold() in attacks
    if head.dep_ != "pobj" or head.head.lower_ not in ATTACKED_PREPOSITIONS:
        return False
    # The words the place phrase hangs from, up to the clause's verb, and what that verb's
    # subject is: "bombs exploded outside", "a bomb ripped through", "an office building
    # next to" the embassy.
    governors = []
    token = head.head
    while token.head.i != token.i and token.pos_ not in {"VERB", "AUX"}:
        token = token.head
        governors.append(token)
    subjects = [c for c in token.children if c.dep_ in SUBJECT_DEPS]
    return any(t.lemma_.casefold() in attacks for t in (*governors, *subjects))


def _mission_spot(head: Token) -> bool:
    """The words name the mission's building itself: the object of a verb of coming into a
    place ("barred the crowd from reaching the Yugoslavian consulate") or the owner of a part
    of the building ("a wreath at the gate of the Yugoslavian embassy"). A rally "outside the
    U.S. embassy" or a visit to it is held with the body as its place (the KCNA gold lists it),
    so a preposition alone does not make it a building."""
    governor = head.head
    if head.dep_ == "dobj":
        return governor.lemma_.casefold() in lexicon.words("arrival_verbs")
    return (
        head.dep_ == "pobj"
        and governor.lower_ == "of"
        and governor.head.lower_ in lexicon.words("building_part_nouns")
    )


def _more_than_a_town(name: str) -> bool:
    """A place the gazetteer knows by the name that is larger than a town: a country, a
    division, a continent, a city of `TOWN` people or more."""
    return any(
        m.place.place_type is not PlaceType.CITY or m.place.population >= TOWN
        for m in find_places(name)
    )


def _ends_in_a_firms_kind(ent: Span) -> bool:
    """A "person" of several words whose last is a plural that says what kind of firm it is
    ("Jim Pattison Industries", "Aurora Technologies"): no person's name ends so. ("Bank" or
    "Trust" may be a surname, not after another kind of firm: "Carteret Federal Savings
    Bank".)"""
    last = ent[-1]
    if len(ent) < 2 or not last.is_title or not _names_a_firms_kind(last.text):
        return False
    return last.lower_.endswith("s") or (
        len(ent) > 2 and ent[-2].is_title and _names_a_firms_kind(ent[-2].text)
    )


def _town_of_a_state(ent: Span) -> bool:
    """A name before a comma and a state's abbreviation is a town's ("the Blue Bell, Pa.,
    concern"), unless a firm's legal form ends it ("Crane Co., Stamford, Conn.") or the town
    follows a locative preposition inside it ("the Savings Bank in Purchase, N.Y.")."""
    locatives = lexicon.words("locative_prepositions")
    return (
        _state_follows(doc_tokens(ent.doc), ent.end)
        and not company_name(ent.text)
        and not any(t.lower_ in locatives for t in ent)
    )


def _state_follows(tokens: Sequence[Token], end: int) -> bool:
    """A comma and a state's abbreviation follow a name ending at `end` ("Blue Bell, Pa.")."""
    return (
        end + 1 < len(tokens)
        and tokens[end].text == ","
        and tokens[end + 1].text.casefold() in lexicon.mapping("place_abbreviations")
    )


def _ordinal_before_a_place(ent: Span) -> bool:
    """A body named by an ordinal word and a place, as banks are ("First Boston", "First
    Chicago"): no numbered thing, which names what it counts ("First BRICS Women Forum")."""
    words = [t for t in ent if t.lower_ != "the"]
    return (
        ent.label_ == "ORG"
        and len(words) >= 2
        and words[0].is_title
        and words[0].like_num
        and words[0].is_alpha
        and bool(find_places(" ".join(t.text for t in words[1:])))
    )


def _ordinal_in_a_firms_name(ent: Span) -> bool:
    """A firm's name with an ordinal inside it, which counts nothing: after the ordinal, a
    place ("Credit Suisse First Boston") or the firm's own name and the kind of firm it is
    ("1st Nationwide Bank", "First Citizens Bank"). An ordinal before the kind alone names no
    firm of its own ("First Securities" of "Wheat, First Securities")."""
    words = [t for t in ent if t.lower_ != "the"]
    if ent.label_ != "ORG" or not all(t.is_title or t.like_num for t in words):
        return False
    ordinals = [k for k, t in enumerate(words) if t.like_num and not t.is_digit]
    if len(ordinals) != 1 or ordinals[0] + 1 >= len(words):
        return False
    after = [t.text for t in words[ordinals[0] + 1 :]]
    if ordinals[0] > 0 and find_places(" ".join(after)):
        return True
    return _names_a_firms_kind(after[-1]) and not _firms_kinds(after)


def _names_a_venue(ent: Span) -> bool:
    """A name before the common noun of a venue it names: "the El Tobogan restaurant", "the
    Marriott hotel" are sites where things happen, whatever the model took the name for."""
    if ent.end >= len(ent.doc):
        return False
    following = ent.doc[ent.end]
    return (
        following.is_lower
        and following.lower_ in lexicon.words("venue_nouns")
        and ent[-1].head.i == following.i
    )


def _names_a_medium(ent: Span) -> bool:
    """A name beside the common noun of the news medium it names: "the Maariv newspaper",
    "the party daily Granma" are bodies, whatever the model took the name for. A town's name
    before the noun stays a place ("a Tokyo newspaper" is one published there); after it, the
    name is the medium's own, though a province shares it ("daily Granma"), and so is a
    firm's after a firm's noun ("gas giant Gazprom")."""
    doc, media = doc_tokens(ent.doc), lexicon.words("media_nouns")
    if ent.start > 0:
        before = doc[ent.start - 1]
        if (
            before.is_lower
            and before.lower_ in lexicon.union("media_nouns", "firm_nouns_before_names")
            and ent.root.i in {before.head.i, *(t.i for t in before.children)}
        ):
            return True
    if ent.end >= len(doc):
        return False
    after = doc[ent.end]
    return (
        after.is_lower
        and after.lower_ in media
        and ent[-1].head.i == after.i
        and not find_places(spoken(ent))
    )


def _noun_a_name_is_given(ent: Span) -> Token | None:
    """The common noun a naming verb gives the name to: "explosive" of "a plastic explosive
    called Semtex", "puppy" of "a puppy named Dolphin", "organization" of "a terrorist
    organization known as Al-Aqeda". The name is what that noun names: a thing's is nobody's."""
    root = ent.root
    verb = head_of(root)
    if root.dep_ == "pobj" and verb.lower_ == "as" and head_of(verb).lower_ == "known":
        verb = head_of(verb)
    elif root.dep_ not in {"oprd", "attr", "dobj"} or verb.lower_ not in lexicon.words(
        "naming_verbs"
    ):
        return None
    noun = head_of(verb)
    if verb.dep_ != "acl" or not noun.is_lower or noun.pos_ != "NOUN":
        return None
    return noun


def _a_persons_noun(noun: str) -> bool:
    """A singular noun of a person: "man" of "a man named John Peters", "suspect", "girl"."""
    return (
        names_one_person(noun)
        or noun in lexicon.union("masculine_nouns", "feminine_nouns")
        or any(form in lexicon.words("group_heads") for form in _plurals(noun))
    )


def _site_as_a_body(ent: Span, last: Token) -> bool:
    """A site with staff of its own told of as a body: what people work for ("a doctor of
    the Mangyongdae District Hospital", "the owner of Hunam Palace") or listed with bodies
    ("the Sinuiju Textile Mill, the Sinuiju Port and the Sinuiju Cosmetics Factory"). Where
    someone goes or is sent it stays a place."""
    if last.lower_ not in lexicon.words("institution_heads"):
        return False
    heads = lexicon.mapping("name_heads")
    # Sites listed where something is held stay sites: "banquets held at the Okryu Restaurant,
    # the Sosan Hotel and ...".
    first = min((*last.conjuncts, last), key=lambda t: t.i)
    while first.dep_ == "pobj" and first.head.lower_ == "of":
        first = first.head.head  # "the People's Palace of Culture, ..."
    held_at = first.dep_ == "pobj" and first.head.lower_ in lexicon.words("locative_prepositions")
    if not held_at and any(
        heads.get(t.lower_) == EntityKind.ORGANIZATION.value for t in last.conjuncts if t.is_title
    ):
        return True
    root = ent.root
    if root.dep_ != "pobj" or root.head.lower_ != "of":
        return False
    holder = root.head.head
    return holder.tag_ in {"NN", "NNS"} and (
        holder.lower_ in lexicon.words("titles") or _personal_noun(singular(holder.lower_))
    )


def _kind_by_head(ent: Span, last: Token) -> str | None:
    """The kind the head word gives, read with a word before it where the pair has a kind of
    its own: a "Power Station" is an enterprise, a "Railway Station" a place."""
    heads = lexicon.mapping("name_heads")
    # The word may stand further back, before the head's own modifiers: "Power Transmission
    # and Distribution Station" is a power station.
    for word in reversed(doc_tokens(ent.doc)[ent.start : last.i]):
        pair = heads.get(f"{word.lower_} {last.lower_}")
        if pair is not None:
            return pair
    if last.i < ent.end - 1 and last.lower_ in lexicon.words("final_heads"):
        return None
    if _party_meeting(ent, last):
        return EntityKind.ORGANIZATION.value
    return _head_kind(last.lower_)


def _party_meeting(ent: Span, last: Token) -> bool:
    """A party's meeting that is its organ (lexicon `party_meeting_heads`), its party in the
    name after the head or right after a name the model cut at "of the" ("the Fourth
    Conference of the" + "WPK")."""
    if last.lower_ not in lexicon.words("party_meeting_heads"):
        return False
    doc = ent.doc
    after = list(doc[last.i + 1 : ent.end])
    j = ent.end
    for word in ("of", "the"):
        if j < len(doc) and doc[j].lower_ == word:
            j += 1
    after += doc[j : j + 1]
    return any(t.lower_ == "party" or _names_a_party(t.text) for t in after)


def _names_a_party(word: str) -> bool:
    """The word is a known political party's name or acronym ("WPK", "CPC")."""
    known = known_entity(word)
    return (
        known is not None
        and known.kind is EntityKind.ORGANIZATION
        and "party" in known.name.casefold().split()
    )


def _head_kind(word: str) -> str | None:
    """The kind a name's head word gives the name: name_heads.tsv's, or a place's for a
    natural feature ("the Persian Gulf", "the Jordan Valley")."""
    kind = lexicon.mapping("name_heads").get(word)
    if kind is None and word in lexicon.words("feature_heads"):
        return EntityKind.PLACE.value
    return kind


def _family_by_surname(ent: Span) -> bool:
    """ "the Tsarnaevs": a surname in the plural names a family, a group, where the article
    names one of its members in full."""
    word = ent[-1]
    if len(ent) != 1 or not word.text.endswith("s"):
        return False
    return _member_named_in_full(ent.doc, word.text[:-1])


def _member_named_in_full(doc: Doc, surname: str) -> bool:
    """Whether the article names someone of that surname in full ("Tamerlan Tsarnaev")."""
    return any(e.label_ == "PERSON" and len(e) > 1 and e[-1].text == surname for e in doc_ents(doc))


def _capitalised_modifier_opening_a_sentence(ent: Span) -> bool:
    """A lone capitalised word that opens a sentence and qualifies the common noun after it,
    which the model took for a person for its capital: "Riot police fired tear gas". A person
    the article names in full keeps the word ("Clinton aides said" after "Bill Clinton"), and
    so does a given name, a person called by it alone ("Mary" in "Mary, Jane and I")."""
    if len(ent) != 1:
        return False
    word = ent[0]
    tokens = doc_tokens(ent.doc)
    opens = bool(word.is_sent_start) or (
        word.i > 0 and tokens[word.i - 1].is_quote and bool(tokens[word.i - 1].is_sent_start)
    )
    head = word.head
    return (
        opens
        and word.dep_ in {"compound", "amod", "nmod"}
        and head.i == word.i + 1
        and head.is_lower
        and head.tag_ in {"NN", "NNS"}
        and not _ends_a_persons_name(ent)
        and known_entity(word.text) is None
        and word.lower_ not in lexicon.union("masculine_given_names", "feminine_given_names")
    )


def _surname_of_a_family(ent: Span) -> bool:
    """ "the Pritzker family": a surname alone before a noun for a family names the family,
    the group the noun heads, not one of its members; so does the surname elsewhere in an
    article that names the family by it and none of its members in full ("the McAlpine family
    ... the McAlpine group")."""
    word = ent[-1]
    if len(ent) != 1:
        return False
    if _before_family_noun(word):
        return True
    tokens = doc_tokens(ent.doc)
    named_before_family = any(
        text == word.text and _before_family_noun(tokens[i])
        for i, text in enumerate(doc_texts(ent.doc))
    )
    return named_before_family and not _member_named_in_full(ent.doc, word.text)


def _before_family_noun(word: Token) -> bool:
    """The word comes just before a noun for a family and modifies it or what it modifies
    ("the McAlpine family interests")."""
    if word.i + 1 >= len(word.doc):
        return False
    noun = word.doc[word.i + 1]
    return noun.lower_ in lexicon.words("family_nouns") and (
        word.head.i == noun.i or (noun.dep_ == "compound" and word.head.i == noun.head.i)
    )


def _a_person_speaking(ent: Span) -> bool:
    """A person's name that ends in a place's head noun ("Fiona Hill", "Jillian Hall"), as the
    model tagged it, told by what the name does: it speaks, or has a role beside it."""
    if ent.label_ != "PERSON":
        return False
    return _speaks(ent) or _after_a_role(ent)


def _speaks(span: Span) -> bool:
    """The name is the subject of a reporting verb ("Salamanca said"): a speaker, no place."""
    root = span.root
    return root.dep_ in SUBJECT_DEPS and root.head.lemma_ in lexicon.words("reporting_verbs")


def _country_in_full(ent: Span) -> bool:
    """A country's formal name taken for a body ("the State of Kuwait", "the Swiss
    Confederation"): the gazetteer knows it word for word."""
    words = [t for t in ent if t.lower_ not in {"the", "a", "an"}]
    if len(words) < 2:
        return False
    name = spoken(ent.doc[words[0].i : words[-1].i + 1])
    return any(
        match.quality == 1.0 and match.place.place_type is PlaceType.COUNTRY
        for match in find_places(name)
    )


def _leader_of_followers(ent: Span) -> bool:
    """A bare proper name before a word for a leader's followers, a "puppet" between them or
    not ("the Zelenskiy puppet clique"): the leader, not a body."""
    doc = ent.doc
    # The word for followers first: most names have none after them, and the gazetteer's
    # questions cost more.
    after = doc_tokens(doc)[ent.end : ent.end + 2]
    followers = lexicon.words("following_nouns")
    if after and after[0].lower_ in followers:
        noun = after[0]
    elif len(after) == 2 and after[0].tag_ == "NN" and after[1].lower_ in followers:
        noun = after[1]
    else:
        return False
    words = [t for t in span_tokens(ent) if t.lower_ != "the"]
    if not words or any(t.pos_ != "PROPN" or not t.is_title for t in words):
        return False
    if known_entity(spoken(ent)) is not None or _place_taken_for_a_name(ent):
        return False  # "the Kiev puppet regime" is the city's
    heads = lexicon.mapping("name_heads")
    if any(t.lower_ in heads for t in words):
        return False
    if noun.lower_ not in lexicon.words("wire_body_name_ends"):
        return True
    korean = words[0].lower_ in lexicon.words("korean_surnames")
    return korean or _ends_a_persons_name(doc[words[-1].i : words[-1].i + 1])


def _led_by_a_title(ent: Span) -> bool:
    """A "person" that an office is of: "leader of Ulster Unity", "chairman of Brandell"
    name a body, as no office is held of a person."""
    root = ent.root
    if root.dep_ != "pobj" or root.head.lower_ != "of" or len(ent) < 2:
        return False
    office = root.head.head
    return office.tag_ == "NN" and office.lower_ in lexicon.words("titles")


def _apposed_to_a_persons_role(ent: Span) -> bool:
    """A proper name with a role only a person holds in apposition: "said Eva, a 17-year-old
    student", "Halvorsen, a lawyer for the family" name people, not bodies."""
    words = [t for t in ent if t.lower_ != "the"]
    if not words or any(t.pos_ != "PROPN" or not t.is_title for t in words):
        return False
    roles = lexicon.words("wire_person_roles")
    return any(
        child.dep_ == "appos" and child.lower_ in roles and child.i >= ent.end
        for child in ent.root.children
    )


def _apposed_to_a_places_noun(ent: Span) -> bool:
    """A proper name with the common noun of a place after it in apposition (lexicon
    `apposed_place_nouns`): "Angkor Wat, the fabled temple", "Kolba, the last outpost held by
    the rebels" name places, whatever the model took them for."""
    words = [t for t in ent if t.lower_ != "the"]
    if not words or any(t.pos_ != "PROPN" for t in words):
        return False
    nouns = lexicon.words("apposed_place_nouns")
    return any(
        child.dep_ == "appos" and child.lemma_.casefold() in nouns and child.i >= ent.end
        for child in ent.root.children
    )


def _named_by_a_persons_role(ent: Span) -> bool:
    """A name no gazetteer knows that a noun only a person is names ("his interpreter Houn
    Hourth", "another sister, Georgina"): a person the model took for a place. The noun is a
    common noun before the name, bare or set off by a comma, as a place is never "an
    interpreter". The parse may set the name beside the place that ends the role ("the Syrian
    ambassador to Washington, Walid Mualem"): the role is the noun the place's preposition
    goes with."""
    root = ent.root
    if root.tag_ != "NNP" or find_places(spoken(ent)):
        return False
    if root.dep_ == "appos" and root.head.i < ent.start:
        role = root.head
        if role.dep_ == "pobj" and role.head.dep_ == "prep" and role.tag_ == "NNP":
            role = role.head.head
    else:
        role = next(
            (t for t in root.children if t.dep_ == "compound" and t.i == ent.start - 1), root
        )
    return role is not root and role.tag_ == "NN" and _a_persons_role(role.lower_)


def _a_persons_role(word: str) -> bool:
    """A noun for one person by a part played or a tie to others ("interpreter", "sister")."""
    return (
        word in lexicon.words("wire_person_roles")
        or word in lexicon.words("titles")
        or word in lexicon.mapping("kinship")
        or names_one_person(word)
    )


def _full_name_by_given_name(ent: Span) -> bool:
    """A body's "name" of three capitalised words that opens with a given name ("the
    assassination of Luis Carrero Blanco"): a person's given, middle or second and last
    names. Two such words may be a firm named for its founder ("Philip Morris"); a word that
    heads bodies' names or says a firm's kind keeps the name a body ("Joseph Rowntree Trust")."""
    words = [t for t in ent if t.lower_ != "the"]
    if len(words) != 3 or any(t.pos_ != "PROPN" or not t.is_title or not t.is_alpha for t in words):
        return False
    if words[0].lower_ not in lexicon.union("masculine_given_names", "feminine_given_names"):
        return False
    heads = lexicon.mapping("name_heads")
    if any(_names_a_firms_kind(t.text) or t.lower_ in heads for t in words):
        return False
    return known_entity(spoken(ent)) is None


def _introduces_oneself(ent: Span) -> bool:
    """A name a speaker gives as their own ("For NPR news, I'm Auncil Martinez"): a person's,
    as no body says "I am". Read from the words, as the parse may hang the name on a word
    after it ("I'm Auncil Martinez reporting")."""
    tokens = doc_tokens(ent.doc)
    return (
        ent.start >= 2
        and tokens[ent.start - 1].lemma_ == "be"
        and tokens[ent.start - 2].lower_ == "i"
    )


def _listed_with_people(ent: Span) -> bool:
    """A bare name of two words or more listed with people's full names ("engineers Pavel
    Orlov, Yuri Malenchenko and Sergei Avdeyev"): one of the people, whatever the model took
    it for, where every other name listed is a person's. A word that heads bodies' names
    keeps it a body ("Avdeyev and Baikonur Space Centre")."""
    words = list(ent)
    if len(words) < 2 or any(t.pos_ != "PROPN" or not t.is_title or not t.is_alpha for t in words):
        return False
    heads = lexicon.mapping("name_heads")
    if any(_names_a_firms_kind(t.text) or t.lower_ in heads for t in words):
        return False
    if known_entity(spoken(ent)) is not None:
        return False
    # Every other name listed is a person's: a list of firms or brands with one the model took
    # for a person ("Apple Computer, MCI Communications and Liz Claiborne") is no list of people.
    named = [other for other in ent.root.conjuncts if other.ent_type_]
    return any(t.ent_iob_ == "I" for t in named) and all(t.ent_type_ == "PERSON" for t in named)


def _names_no_entity(ent: Span, head: Token) -> bool:
    """The name is an event's or a ship's, or part of a commemorative day's: "the 2024 Mass
    Sports Contest", "the oil tanker St Nikolas", "Physical Culture" of "the Day of Physical
    Culture", "the United Nations" of "the Day of the United Nations"."""
    competitions = lexicon.words("competition_heads")
    lowers = doc_lowers(ent.doc)
    if head.lower_ in competitions or lowers[ent.end - 1] in competitions:
        return True
    if _what_an_event_is_of(ent, head) or _in_a_documents_title(ent) or _time_zone(ent):
        return True
    if _names_a_day(ent):
        return True
    start = ent.start + (lowers[ent.start] == "the")
    tokens = doc_tokens(ent.doc)
    before = [tokens[i] for i in range(max(start - 3, 0), start) if lowers[i] != "the"]
    # A ship's name ends the name; a formation named after it goes on in lower case
    # ("the carrier George Washington task force").
    if (
        ent.label_ in {"PERSON", "ORG"}
        and before
        and _after_a_vessel_noun(before)
        and not ent[-1].is_lower
    ):
        return True
    if _vessel_in_name(tokens[start : ent.end]) or _boarded(ent):
        return True
    return (
        len(before) >= 2
        and before[-1].lower_ == "of"
        and before[-2].is_title
        and before[-2].lower_ in lexicon.words("commemoration_heads")
        and _not_a_known_place(spoken(ent.doc[start : ent.end]))
    )


# Dashes that set a name apart from the words before it.
_SETTING_APART = frozenset({"--", "\u2014", "\u2013"})
# Dashes that close a dateline or open an item of a list.
_DASHES = _SETTING_APART | {"-"}


def _after_a_vessel_noun(before: list[Token]) -> bool:
    """The words before a name end in a vessel's noun, or in one and a dash that sets the name
    apart ("a fourth aircraft carrier -- the John F. Kennedy --")."""
    last = len(before) - 1
    if last > 0 and before[last].text in _SETTING_APART:
        last -= 1
    return before[last].lower_ in lexicon.words("vessel_nouns")


# Prepositions whose object is a craft people are carried in ("aboard the Orbiter Challenger").
BOARDING_PREPOSITIONS = frozenset({"aboard", "onboard"})


def _boarded(ent: Span) -> bool:
    """A name people are aboard is a craft's ("a crew aboard the Orbiter Challenger"), whatever
    the model took it for: no body or person is boarded."""
    root = span_root(ent)
    return (
        ent.label_ in {"PERSON", "ORG"}
        and root.dep_ == "pobj"
        and root.head.lower_ in BOARDING_PREPOSITIONS
    )


def _vessel_in_name(words: Sequence[Token]) -> bool:
    """A vessel's noun inside the name, after a word of its kind and before the vessel's own
    name ("the Space Shuttle Columbia", "the Aircraft Carrier Nimitz"): the name is a craft's.
    A name that goes on to a body's head ("Submarine Command") stays a body."""
    vessels = lexicon.words("vessel_nouns")
    heads = lexicon.mapping("name_heads")
    for k in range(1, len(words) - 1):
        if words[k].is_title and words[k].lower_ in vessels and words[k - 1].is_title:
            rest = words[k + 1 :]
            return all(t.is_title and t.lower_ not in heads for t in rest)
    return False


def _names_a_brand(ent: Span) -> bool:
    """A product's name, no maker's or person's: one a brand noun follows ("Anheuser's
    Budweiser label"), or one of those brands are listed as ("such core brands as Corn Flakes,
    Rice Krispies and Frosted Flakes")."""
    brands = lexicon.words("brand_nouns")
    root = span_root(ent)
    if root.dep_ == "compound" and head_of(root).lower_ in brands:
        return True
    if ent.label_ == "PERSON" and _owned_product(ent):
        return True
    while root.dep_ == "conj" and head_of(root).i < root.i:
        root = head_of(root)
    listed = root.dep_ == "pobj" and head_of(root).lower_ in {"as", "like", "including"}
    return listed and head_of(head_of(root)).lower_ in brands


def _owned_product(ent: Span) -> bool:
    """A "person" naming a thing a company owns, just after "its" or "their" and before the
    common noun of what it is: "its Adam home computer"; a person's name is no company's
    thing's ("its Kennedy" stands nowhere)."""
    root = span_root(ent)
    head = head_of(root)
    tokens = doc_tokens(ent.doc)
    return (
        root.dep_ == "compound"
        and head.pos_ == "NOUN"
        and head.i > root.i
        and ent.start > 0
        and tokens[ent.start - 1].lower_ in {"its", "their"}
    )


def _names_a_market_measure(ent: Span) -> bool:
    """A body's name that names a market's index or paper (lexicon `market_measure_nouns`):
    one ending in such a noun ("the Big Board Composite"), or one such a noun in lower case
    follows as its head ("the Dow Jones industrial average", "Treasury securities"). Only the
    model's bodies: a country's paper ("U.S. government bonds") keeps its country."""
    if ent.label_ != "ORG":
        return False
    measures = lexicon.words("market_measure_nouns")
    # "GM Class H", a class of a company's shares, is stock traded, not a body.
    if len(ent) > 2 and ent[-2].text == "Class" and len(ent[-1].text) == 1 and ent[-1].is_upper:
        return True
    # "Nikko Securities" ends in the kind of firm it is.
    last = ent[-1]
    if (
        len(ent) > 1
        and last.is_title
        and last.lower_ in measures
        and not _names_a_firms_kind(last.text)
    ):
        return True
    root = ent.root
    return root.dep_ in {"compound", "nmod"} and root.head.is_lower and root.head.lower_ in measures


def _country_adjective(ent: Span) -> bool:
    """A one-word "place" or "body" that is a country's name with a nationality ending ("the
    Kuwaiti request", "Kuwaiti or Iraqi ports"), which the model took for a name: a nationality
    adjective, no entity. A word the gazetteer knows as a place of its own stays one."""
    if len(ent) != 1 or ent.label_ not in {"GPE", "ORG"} or not ent[0].is_title:
        return False
    word = ent[0].text
    if any(match.quality == 1.0 for match in find_places(word)):
        return False
    return _of_a_country(word)


def _of_a_country(word: str) -> bool:
    """A country's name with a nationality ending ("Kuwaiti", "Kenyan")."""
    return any(
        match.quality == 1.0
        and match.place.place_type is PlaceType.COUNTRY
        and match.place.label == stem
        for stem in {
            word[: -len(ending)] for ending in NATIONALITY_ENDINGS if word.endswith(ending)
        }
        for match in find_places(stem)
    )


def _names_a_day(ent: Span) -> bool:
    """A name ending in a weekday names a day: "Bloody Sunday", "Super Tuesday" are days
    things happened on, not bodies. (A name before a weekday may be a body's: "told Reuters
    Monday".)"""
    return len(ent) > 1 and ent[-1].lower_ in _weekdays()


@functools.cache
def _weekdays() -> frozenset[str]:
    # Written in full: "Sun" and "Wed" end Korean and other names too ("Ri Hwa Sun").
    return frozenset(
        row[1] for row in lexicon.rows("time") if row[0] == "weekday" and row[1].endswith("day")
    )


def _time_zone(ent: Span) -> bool:
    """An acronym written after a time of day: "(0735 GMT)", "5.30 p.m. local time (1530
    UTC)" name the clock the time is read by, not a body; a body names what it modifies
    ("1530 UN troops")."""
    if len(ent) != 1 or not ent[0].is_upper or ent.start == 0 or _modifies_a_noun(ent[0]):
        return False
    before = ent.doc[ent.start - 1]
    return before.ent_type_ == "TIME" or CLOCK_TIME.fullmatch(before.text) is not None


def _what_an_event_is_of(ent: Span, head: Token) -> bool:
    """The words after "of" in an exhibition's or a contest's name, which the model tags
    apart: "Consumer Goods" of "the 2024 National Exhibition of August 3 Consumer Goods" is
    what is shown, not a body (a body's name keeps its head: "... of Kim Il Sung University")."""
    doc = doc_tokens(ent.doc)
    i = ent.start - 1
    # Words of the same name the model left out: "August 3" of "August 3 Consumer Goods".
    while i >= max(ent.start - EVENT_NAME_GAP, 0) and (doc[i].like_num or doc[i].is_title):
        i -= 1
    if i < 1 or doc[i].lower_ != "of":
        return False
    event = doc[i - 1]
    if not (event.is_title and event.lower_ in lexicon.words("competition_heads")):
        return False
    # Looked up last: most names follow no contest's "of", and the lookup costs the most.
    return not (
        head.lower_ in lexicon.mapping("name_heads") or known_entity(spoken(ent)) is not None
    )


def _in_a_documents_title(ent: Span) -> bool:
    """The words after a document's head and a preposition, which the model tags apart:
    "Transnational Organized Crime" of "the UN Convention against Transnational Organized
    Crime" is what the convention is against, not a body. A body after "of" is the
    document's owner ("the Charter of the United Nations"), one after "at" where a cup is won."""
    doc = doc_tokens(ent.doc)
    start = ent.start + (doc[ent.start].lower_ == "the")
    before = start - 1 - (start > 0 and doc[start - 1].lower_ == "the")
    return (
        before >= 1
        and doc[before].lower_ in SUBJECT_PREPOSITIONS
        and doc[before - 1].is_title
        and doc[before - 1].lower_ in lexicon.words("document_heads")
    )


def _not_a_known_place(name: str) -> bool:
    """A country a day is named for is the country ("Day of Russia"); a body is no more than
    a word of the day's name ("the Day of the United Nations")."""
    known = known_entity(name)
    return known is None or known.kind is not EntityKind.PLACE


def _names_an_event(span: Span) -> bool:
    """The name is an exercise's or a competition's, as the words around it say: "Freedom
    Edge, the ... joint military exercise", "a drill dubbed Iron Mace", "the Keen Sword joint
    military exercise"."""
    events = lexicon.words("competition_heads")
    root = head = span.root
    while head.dep_ in {"compound", "nmod", "amod"} and head.head.i > head.i:
        head = head.head
    if head is not root and head.lower_ in events:
        return True
    if any(c.dep_ == "appos" and c.lower_ in events for c in children_of(root)):
        return True
    verb = root.head
    return (
        root.dep_ in {"oprd", "dobj", "attr"}
        and verb.lower_ in lexicon.words("naming_verbs")
        and verb.head.lower_ in events
    )


MODEL_DESIGNATION = re.compile(r"[A-Z]{1,3}-?\d{1,3}[A-Z]{0,2}")


def _code_name(item: _Named) -> bool:
    """The name is an exercise's or a weapon's code name, as the words around it say: written
    right after an exercise noun ("the joint military exercises Steadfast Defender"),
    coordinated with one or with an exercise's name ("the RIMPAC maneuvers and Balikatan",
    "Iron Mace and Ulji Freedom Shield"), or after a model's designation ("P-8A Poseidon
    sea-patrol planes"). A name the alias table or the gazetteer knows keeps its kind."""
    span = item.span
    first = doc_lowers(span.doc)[span.start]
    if known_entity(item.name) is not None or first in lexicon.words("korean_surnames"):
        return False
    if item.kind is EntityKind.PLACE and find_places(item.name):
        return False
    exercises = lexicon.words("exercise_nouns")
    before = doc_tokens(span.doc)[span.start - 1] if span.start > 0 else None
    if before is not None and (
        (before.is_lower and before.lower_ in exercises)
        or MODEL_DESIGNATION.fullmatch(before.text) is not None
    ):
        return True
    competitions = lexicon.words("competition_heads")
    return any(
        (c.is_lower and c.lower_ in exercises)
        or (c.is_title and c.pos_ == "PROPN" and c.lower_ in competitions)
        for c in span.root.conjuncts
    )


def _quoted(span: Span) -> bool:
    """The name is all a quotation holds: a title or a brand ('"Nonggunmaeng" tractor', the
    song "Arirang"), not a person written by name."""
    doc = span.doc
    return (
        span.start > 0
        and span.end < len(doc)
        and doc[span.start - 1].tag_ == "``"
        and doc[span.end].tag_ == "''"
    )


def _adjective_of_a_noun(span: Span) -> bool:
    """A lone "person" the parse reads as a capitalised adjective of a noun: "Smart" of
    "``Smart homes'' have emerged", "Bloody" of "Bloody Friday". A person's surname before a
    noun is a compound, not an adjective ("the Smith family"); one that ends a name the article
    gives in full stays the person's."""
    word = span[0]
    return (
        len(span) == 1
        and word.tag_ == "JJ"
        and word.dep_ == "amod"
        and head_of(word).pos_ in {"NOUN", "PROPN"}
        and not _ends_a_persons_name(span)
    )


def _listed_with_things(span: Span) -> bool:
    """A one-word "person" coordinated only with lower-case nouns of things: a thing's name
    ("Janggu, drum and gong dances", "danced with Janggus and fans"). People are listed with
    people ("Putin and officials")."""
    if len(span) != 1 or span[0].lower_ in lexicon.words("korean_surnames"):
        return False
    others = span[0].conjuncts
    people = lexicon.union("titles", "group_heads")
    return (
        bool(others)
        and all(t.is_lower and not _is_group_head(t) and t.lower_ not in people for t in others)
        and any(t.tag_ in NOUN_TAGS for t in others)
    )


def _place_taken_for_a_name(ent: Span) -> bool:
    """A one-word "person" or "organisation" that is a place: the small model tags many
    Korean towns and counties as people or bodies ("in Koksan", "Hamhung"). A bare surname
    of a person the article names in full is turned back into that person later
    (`_resolve_partial_names`)."""
    words = [t for t in ent if t.lower_ not in {"the", "a", "an"}]
    if len(words) != 1 or words[0].lower_ in lexicon.words("korean_surnames") or ent.kb_id_:
        return False  # "East" of "the East and West Sea Fleets" stands for a longer name
    word = words[0]
    if known_entity(word.text) is not None or word.is_upper:
        return False  # an acronym ("NATO") names a body, whatever place shares its letters
    if any(word.lower_ in lexicon.words(name) for name in BODY_NOUNS):
        return False  # "in his own Cabinet", "in Parliament": a body's common noun
    if _title_before(ent.doc, ent.start) is not None:
        return False  # "President Kennedy": a titled name is a person's
    if word.dep_ == "pobj" and word.head.lower_ in lexicon.words("locative_prepositions"):
        return True
    return any(_place_named_alone(match) for match in find_places(word.text))


def _longer_place_after_a_locative(ent: Span) -> bool:
    """A "person" of several words that a locative preposition takes, alone or listed: "a
    demonstration in Little Havana", "attacks in Badia al-Sukhnah and Badia al-Sham". A
    Korean name keeps its kind ("in Kim Jong Un's era" is no object), and so does a name
    after a title ("trust in President Kim")."""
    words = [t for t in ent if not t.is_punct]
    if len(words) < 2 or words[0].lower_ in lexicon.words("korean_surnames"):
        return False
    root = ent.root
    while root.dep_ == "conj" and root.head.i < root.i:
        root = root.head
    if root.dep_ != "pobj" or root.head.lower_ not in lexicon.words("locative_prepositions"):
        return False
    return _title_before(ent.doc, ent.start) is None


def _place_named_alone(match: Match) -> bool:
    """A place a lone name stands for wherever it stands: a town of the peninsula, or a
    country, a province or a city of the world's. Abroad, a town's name is a surname or a
    company's as often ("Bush", "Davis", "Gillette"); only where it stands tells it a place."""
    place = match.place
    return match.quality >= OTHER_NAME and (
        place.country in PENINSULA
        or place.place_type in {PlaceType.COUNTRY, PlaceType.FIRST_LEVEL_DIVISION}
        or place.population >= CITY
    )


def spoken(span: Span) -> str:
    """The span's text with a space wherever two words were glued ("Kim Il SungSquare")."""
    # Read off the doc's tables, and kept per range: every name is spoken, most of them
    # several times.
    kept: dict[tuple[int, int], str] = doc_memo(span.doc, "spoken")
    start, end = span.start, span.end
    found = kept.get((start, end))
    if found is None:
        found = kept[start, end] = _spoken(span.doc, start, end)
    return found


def _spoken(doc: Doc, start: int, end: int) -> str:
    tables = parse_tables(doc)
    texts, spaces = tables.texts(), tables.spaces()
    parts = []
    for i in range(start, end):
        text = texts[i]
        parts.append(text)
        glued = not spaces[i]
        if glued and i + 1 < end and text[-1:].isalpha() and texts[i + 1][:1].isupper():
            parts.append(" ")
        else:
            parts.append("" if glued else " ")
    return "".join(parts).strip()


def _clean(ent: Span, full_naming: bool) -> _Named | None:
    """The name the span gives, cleaned, or None; `full_naming` tells whether the article's
    agency names everyone in full (see `_capitalised_only_first`)."""
    kind = _kind(ent)
    if kind is None:
        return None
    tokens = [t for t in span_tokens(ent) if t.text not in BRACKETS]
    if kind is EntityKind.PERSON and len(tokens) == 1 and _title_abbreviation(tokens[0]):
        return None  # "Sgt" of "Sgt. Derek Glenn" the sentence splitter cut: a rank, no name
    titles: list[str] = []
    start = 0
    while start < len(tokens):
        # A possessive the model left at the start ("’s Defense Ministry" of "nation’s"; "our"
        # of "our Party", which names the speaker's party), or the dash of a list item ("-
        # Women's union organizations ...").
        if (
            (tokens[start].lower_ in {"the", "a", "an"} and not _surname_first(tokens, start, kind))
            or tokens[start].tag_ in {"POS", "PRP$"}
            or tokens[start].is_punct
            or _caption_word(tokens[start])
            or _measured_modifier(tokens[start])
        ):
            start += 1
            continue
        honorific = _phrase_at(tokens, start, "honorifics")
        if honorific:
            start += honorific
            continue
        title = _phrase_at(tokens, start, "titles") if kind is EntityKind.PERSON else 0
        if kind is EntityKind.PERSON and not title:
            title = _phrase_at(tokens, start, "wire_title_abbreviations")
        if title and start + title < len(tokens):
            titles.append(" ".join(t.lower_ for t in tokens[start : start + title]))
            start += title
            continue
        break
    end = len(tokens)
    while end > start and (
        tokens[end - 1].tag_ in {"POS", "IN", "DT", "CC"}
        or (tokens[end - 1].is_punct and not _closes_quote(tokens, start, end - 1))
    ):
        end -= 1
    # A rank cut into a body's name: "US Army Col" of "US Army Col. John Smith".
    if kind is not EntityKind.PERSON and end - start > 1 and _title_abbreviation(tokens[end - 1]):
        end -= 1
    # A numbered document or flight cut into its body's name: "U.N." of "U.N. Resolution 425",
    # "TWA" of "TWA Flight 800".
    if kind is EntityKind.ORGANIZATION and end - start > 1 and _numbered_document(tokens[end - 1]):
        end -= 1
    if end <= start:
        return None
    span = ent.doc[tokens[start].i : tokens[end - 1].i + 1]
    # A qualifier in brackets that ends the name keeps its closing bracket (see
    # `_with_bracketed_qualifier`).
    if span.end < ent.end and ent.doc[span.end].text == ")" and "(" in span.text:
        span = ent.doc[span.start : span.end + 1]
    # A name shared by coordinated names stands in the span's knowledge-base id (see
    # `shared_names`): "East" of "the East and West Sea Fleets" is the East Sea Fleet.
    surface = ent.kb_id_ or spoken(span)
    if kind is EntityKind.PERSON:
        surface = FOOTNOTE.sub("", surface)  # "Carl J. Mendes[417]" of a list of the fallen
        # A nickname's quotation marks are no part of the name (see `_with_nickname`).
        surface = QUOTE_MARKS.sub("", surface)
    # A body named in lower case is one where someone holds a post in it.
    if not any(c.isupper() for c in surface) and not (
        kind is EntityKind.ORGANIZATION and _after_post(span.doc, span.start)
    ):
        return None
    # A Korean name's syllables can be tagged as English words ("No", "So", "In"), hyphened
    # or not ("Choi Soon-sil").
    words = span_tokens(span)
    syllables = [t for t in words if not (t.is_punct and t.text == "-")]
    korean = len(syllables) in {2, 3} and words[0].lower_ in lexicon.words("korean_surnames")
    if (
        kind is EntityKind.PERSON
        and not korean
        and any(t.pos_ in NOT_IN_NAMES for t in words)
        and not _ends_a_persons_name(span)
    ):
        return None
    # No word of it names anything: a plea ("President Clinton, Please keep ..."), a
    # preposition opening a sentence ("Along with ..."), an adjective in lower case
    # ("trans-Atlantic process").
    naming = [t.pos_ for t in words if not t.is_punct]
    if all(p in NAMING_NOTHING for p in naming) or (
        surface[:1].islower() and all(p == "ADJ" for p in naming)
    ):
        return None
    folded = " ".join(POSSESSIVE.sub("", surface).casefold().split())
    if "/" in folded and lexicon.words("wire_caption_words") & set(re.split(r"[\s/]+", folded)):
        return None  # a photograph's credit: "Police National/Handout/EPA"
    if "=" in folded:
        return None  # a heading of wiki markup: "==References=="
    if folded in lexicon.words("not_entities") or folded in lexicon.words("epithets"):
        return None
    if folded in lexicon.words("wire_common_acronyms") and span.root.dep_ in THING_DEPS:
        return None  # "CCTV footage", though "the broadcaster CCTV reported" is a body
    if kind is EntityKind.PERSON and _ends_in_a_title(span):
        return None  # a title, not its holder: "Stormont Cabinet Minister"
    if kind is EntityKind.ORGANIZATION and _only_title_words(span, folded):
        return None  # "the Supreme Commander", "Honorary" of "Honorary Director Cui Tongwen"
    if kind is EntityKind.ORGANIZATION and _portfolio_of_a_title(span):
        return None
    if kind in {EntityKind.PERSON, EntityKind.ORGANIZATION} and folded in lexicon.words(
        "group_heads"
    ):
        # "Women" opening a line is the common noun, not a name; "Women's" of "Women's union
        # officials" the people a body is of.
        return None
    if kind is EntityKind.PERSON and (_listed_with_things(span) or _quoted(span)):
        return None
    if kind is EntityKind.PERSON and _adjective_of_a_noun(span):
        return None
    if _names_an_honour(span):
        return None
    if kind is EntityKind.ORGANIZATION and _service_of_a_rank(span):
        return None
    if kind is EntityKind.ORGANIZATION and _names_a_model(span):
        return None
    if kind is not EntityKind.PLACE and _model_designation(span):
        return None
    if kind is EntityKind.PERSON and singular(folded) in lexicon.words("statement_nouns"):
        return None  # "- Articles call for ...": a news digest's item, not a person
    if len(span) == 1 and span[0].tag_ == "NNS" and not _known_acronym(span[0]) and not ent.kb_id_:
        return None  # "Speakers said ...": a plural common noun the model took for a name
    if full_naming and _capitalised_only_first(span) and not ent.kb_id_:
        return None  # a name listed before its designator is a name ("Unryul and ... mines")
    if _common_word_opening_line(span) and not ent.kb_id_:
        return None
    if folded in lexicon.mapping("demonyms"):
        return None  # "the Ukrainian incident": an adjective, not the country
    name, kind, variants = canonical_name(surface, kind)
    epithet = None
    if kind is EntityKind.PERSON:
        epithet = _phrase_before(ent.doc, span.start, "epithets")
        title_before = _title_before(ent.doc, ent.start)
        if title_before is not None and epithet is None:
            titles.append(title_before.casefold())
    epithet_text = epithet[1] if epithet else None
    return _Named(span, kind, name, variants, tuple(titles), epithet_text, written=ent.kb_id_)


def _measured_modifier(token: Token) -> bool:
    """A number and a participle written as one word before a name, which the model takes into
    it: "30%-owned" of "30%-owned Innopac Inc."."""
    number, hyphen, word = token.text.rpartition("-")
    return bool(hyphen) and number[:1].isdigit() and word.isalpha() and word.islower()


def _names_a_model(span: Span) -> bool:
    """A maker's name before a model's number names the product, not the body: "an engine of
    the Boeing 747 overheated", "Airbus A320 jets"."""
    doc = span.doc
    return span.end < len(doc) and doc[span.end].ent_type_ == "PRODUCT"


# A maker's letters, a hyphen and a number: "An-70", "Tu-154", "DC-8", "MiG-29". One letter is
# a group's or a body's name as often ("G-7", "M-19").
CRAFT_MODEL = re.compile(r"[A-Z][A-Za-z]{1,2}-\d{1,3}")


def _model_designation(span: Span) -> bool:
    """A craft's or a weapon's model the name is, before the noun of what it is ("An-70 cargo
    planes", "the Tu-154 airliner")."""
    doc = span.doc
    if CRAFT_MODEL.fullmatch(spoken(span)) is None or span.end >= len(doc):
        return False
    after = doc[span.end]
    return after.is_lower and after.pos_ == "NOUN"


def _known_acronym(token: Token) -> bool:
    """A body's acronym the alias table knows, whatever the tagger took it for ("QUAD")."""
    return token.is_upper and known_entity(token.text) is not None


def _only_title_words(span: Span, folded: str) -> bool:
    """The name is a title or a title's words: a post, not a body."""
    titles = lexicon.union("titles", "title_modifiers", "sole_titles")
    words = [t.lower_ for t in span if t.lower_ != "the"]
    return folded in titles or all(w in titles for w in words)


def _portfolio_of_a_title(span: Span) -> bool:
    """A portfolio's words written before a post's title name the post, not a body: "Trade"
    of "Kenyan Trade Minister ...", "Finance" of "Finance Secretary"; the ministry would be
    named by its own head word ("the Trade Ministry")."""
    doc = span.doc
    return (
        span.end < len(doc)
        and doc[span.end].lower_ in lexicon.words("titles")
        and all(t.lower_ in lexicon.words("portfolios") or t.lower_ == "and" for t in span)
    )


def _service_of_a_rank(span: Span) -> bool:
    """One word before a military rank and its holder's name is part of the holder's title,
    not a body: "Army Lieutenant General Kim Min Song" (but "Kremlin spokesman Dmitry
    Peskov"). An acronym names a body ("GNB Brigade General ...")."""
    doc = span.doc
    tokens = doc_tokens(doc)
    rank = _phrase_at(tokens[span.end : span.end + 4], 0, "titles")
    return (
        len(span) == 1
        and not (
            tokens[span.start].is_upper
            and tokens[span.start].is_alpha
            and len(tokens[span.start]) > 1
        )
        and rank > 0
        and span.end + rank < len(doc)
        and tokens[span.end + rank - 1].lower_ in lexicon.words("military_ranks")
        and tokens[span.end + rank].ent_type_ == "PERSON"
    )


def _names_an_honour(span: Span) -> bool:
    """The name is an honour conferred ("the title of Socialist Patriotic Forest")."""
    before = doc_tokens(span.doc)[max(span.start - 2, 0) : span.start]
    return (
        len(before) == 2
        and before[1].lower_ == "of"
        and before[0].lower_ in lexicon.words("honour_nouns")
    )


def _surname_first(tokens: list[Token], start: int, kind: EntityKind) -> bool:
    """A person's name opens with a surname spelt like an article ("An Kil")."""
    return (
        kind is EntityKind.PERSON
        and start + 1 < len(tokens)
        and tokens[start].is_title
        and tokens[start].lower_ in lexicon.words("korean_surnames")
        and tokens[start + 1].is_title
    )


def _title_abbreviation(token: Token) -> bool:
    after = token.nbor(1).text if token.i + 1 < len(token.doc) else ""
    written = token.lower_ + ("." if after == "." else "")
    return written in lexicon.words("wire_title_abbreviations")


def _numbered_document(token: Token) -> bool:
    """A word that with a number after it names a body's document or a flight it runs ("U.N.
    Resolution 425", "TWA Flight 800"), not a word of the body's name."""
    after = token.nbor(1) if token.i + 1 < len(token.doc) else None
    return (
        after is not None
        and after.like_num
        and token.lower_ in lexicon.union("numbered_document_words", "numbered_craft_words")
    )


FOOTNOTE = re.compile(r"\s*\[\d+\]?$")


def _caption_word(token: Token) -> bool:
    """A caption's marker in capitals before a name ("FILE - Police ...", "FILE-Salman Abedi")."""
    return token.is_upper and token.lower_ in lexicon.words("wire_caption_words")


def _ends_in_a_title(span: Span) -> bool:
    """The span is, or runs into, a capitalised title ("Stormont Cabinet" + "Minister"). A name
    that only ends in a title's word is a surname ("Stephen King", "Maria Marshal")."""
    doc, titles = span.doc, lexicon.words("titles")
    after = doc[span.end] if span.end < len(doc) else None
    words = lexicon.union("titles", "title_modifiers")
    # A title of two words after one other word is an office ("Stormont Cabinet Minister"):
    # no name is left beside it. One title word alone may be a surname.
    closing = len(span) == 3 and f"{span[-2].lower_} {span[-1].lower_}" in titles
    return (
        closing
        or all(t.lower_ in words for t in span)
        or (after is not None and after.is_title and after.lower_ in titles)
    )


def _first_in_line(token: Token) -> bool:
    """The token opens a sentence or an item of a list ("- Articles call for ...")."""
    if token.is_sent_start or token.i == 0:
        return True
    before = token.doc[token.i - 1]
    return before.text in {"-", "–"} and bool(before.is_sent_start)


def _names_in_full(dateline: Dateline | None) -> bool:
    """The article is the copy of an agency that names everyone in full."""
    agencies = lexicon.words("full_naming_agencies")
    return dateline is not None and dateline.agency.name.casefold() in agencies


def _capitalised_only_first(span: Span) -> bool:
    """A lone word capitalised only where it opens a sentence, which no table knows, in the
    copy of an agency that names everyone in full (asked only of such copy): a common word
    the model took for a name ("Fireworks were set off", "Herein lies ..."). Elsewhere it is
    a company's, a body's or a person's name as often ("Boeing fell", "Kremlin spokesman
    ...")."""
    if len(span) != 1 or not _first_or_opens_line(span[0]) or span[0].is_upper:
        return False
    word = span[0]
    if word.lower_ in lexicon.words("korean_surnames") or known_entity(word.text) is not None:
        return False
    # A town of the peninsula, or a town of some size abroad, is named so at a sentence's
    # start too; a hamlet named "Success" is not what the article means.
    if any(
        match.quality == 1.0
        and (match.place.country in PENINSULA or match.place.population >= TOWN)
        for match in find_places(word.text)
    ):
        return False
    return all(_first_or_opens_line(t) for t in word.doc if t.text == word.text)


def _first_or_opens_line(token: Token) -> bool:
    """The token opens a sentence, or a line the parser ran into the sentence before ("... and
    goes on:" + "Steadfast is the determination ...")."""
    return _first_in_line(token) or _opens_line(token)


def _opens_line(token: Token) -> bool:
    """Only marks stand before the word on its line: "==Victims==", "FILE - Police attend"."""
    tokens = doc_tokens(token.doc)
    # Read back by index: a slice up to the token would copy the article's tokens once a call.
    for before in (tokens[k] for k in range(token.i - 1, -1, -1)):
        if "\n" in before.text_with_ws:
            return True
        if not (before.is_punct or _caption_word(before)):
            return False
    return True


def _common_word_opening_line(span: Span) -> bool:
    """A lone word opening a line that the article also writes in lower case: a common noun the
    model took for a name ("Police said ...", "Victims" as a section's heading)."""
    word = span[0]
    if len(span) != 1 or word.is_upper or not _first_or_opens_line(word):
        return False
    if known_entity(word.text) is not None or word.lower_ in lexicon.words("korean_surnames"):
        return False
    if _ends_a_persons_name(span):
        return False  # "May said ..." after "Theresa May", however often "may" is a verb
    forms = {word.lower_, singular(word.lower_)}
    tokens = doc_tokens(word.doc)
    return any(
        lower in forms and tokens[i].is_lower for i, lower in enumerate(doc_lowers(word.doc))
    )


def _ends_a_persons_name(span: Span) -> bool:
    """A lone word that ends a person's full name the model found in the article: the
    person's surname, whatever else the word is ("May" after "Theresa May")."""
    return len(span) == 1 and any(
        len(e) > 1 and e.label_ == "PERSON" and e[-1].text == span[0].text
        for e in doc_ents(span.doc)
    )


def _is_subject(span: Span) -> bool:
    """The name is a subject, or names in apposition the office-holder that is ("The head of
    the inquiry, Ana Ruiz, said", where the parse makes "head" the subject; lexicons
    `titles`, `source_nouns`), whom the "she" after it goes on from."""
    root = span.root
    if root.dep_ in SUBJECT_DEPS or _presented(root):
        return True
    head = root.head
    # "The head of the FBI inquiry in Dar es Salaam, Kenneth Piernick, said": the parse hangs
    # the name on the place that ends the office's phrase, which no person is in apposition to.
    climbs = head.ent_type_ in PLACE_LABELS
    while climbs and head.dep_ == "pobj" and head.head.dep_ == "prep":
        head = head.head.head
    return (
        root.dep_ == "appos"
        and head.dep_ in SUBJECT_DEPS
        and not head.ent_type_
        and head.lower_ in lexicon.union("titles", "source_nouns")
    )


def _presented(root: Token) -> bool:
    """A name a demonstrative's copula presents ("That was Eileen Collins, after she flew",
    "This is John Smith"): who the clause is about, as a subject is."""
    return (
        root.dep_ == "attr"
        and root.head.lemma_ == "be"
        and any(c.dep_ == "nsubj" and c.lower_ in {"that", "this"} for c in root.head.children)
    )


def _told_by_a_speaker(token: Token) -> bool:
    """The token is in what "the reporter" or "the speaker" said: the "he" that follows is
    the speaker going on, not the person the speech told of."""
    roles = lexicon.mapping("speaker_roles")
    reporting = lexicon.words("reporting_verbs")
    return any(
        verb.pos_ == "VERB"
        and verb.lemma_.casefold() in reporting
        and any(c.dep_ == "nsubj" and c.lower_ in roles for c in children_of(verb))
        for verb in token.ancestors
    )


# Names are compared pairwise within an article.
@functools.lru_cache(maxsize=4096)
def _words(name: str) -> frozenset[str]:
    return frozenset(w for w in _plain(name).casefold().split() if w not in {"the", "of"})


def _plain(name: str) -> str:
    """The name with one apostrophe for both that texts use ("People’s", "People's")."""
    return name.replace("’", "'")


def _shortens(short: _Named, full: _Named) -> bool:
    """`short` is a shortened form of `full`: any part of a person's name, the head of an
    organisation's ("the Central Committee" of "the Central Committee of the WPK")."""
    if short.kind is not full.kind:
        return False
    written = short.name
    if short.kind is EntityKind.PERSON and "-" in written:
        written = canonical_name(written, EntityKind.PERSON)[0]  # "Ben-Ami" as "Ben Ami"
    # "Bear Stearns" of "Bear, Stearns amp Co.": the partners' names without their comma.
    full_name = full.name.replace(",", "") if partner_firm(full.name) else full.name
    if short.kind is EntityKind.ORGANIZATION and (
        _first_of_joined_names(short.name, full_name)
        or (
            full_name.startswith((short.name + "'s ", short.name + "' "))
            and company_name(full_name)
        )
    ):
        return True  # "Hewlett" of "Hewlett-Packard Co.", "Young" of "Young's Market Co."
    if not _words(written) < _words(full_name):
        return False
    if (
        short.kind is EntityKind.PERSON
        and _korean_given_name(short.name)
        and full.name.startswith(short.name + " ")
    ):
        return False  # "Kim Il" is a name of its own, never "Kim Il Sung" shortened
    if short.kind is EntityKind.PERSON:
        return True
    # A body's name shortened to its head ("the Central Committee" of "the Central Committee of
    # the WPK"), not to a word before the head: "the Senate" is no "Senate Judiciary Committee".
    short_name, full_name = _plain(short.name), _plain(_as_written_in_text(full_name))
    rest = full_name[len(short_name) :].split()
    if full_name.startswith(short_name + " ") and company_name(full.name):
        return True  # "RJR" and "RJR Nabisco" of "RJR Nabisco Inc."
    if full_name.startswith(short_name + " ") and _firms_kinds(rest):
        return True
    # "Florida International" of "Florida International University": a body of two words or
    # more, without the head word that makes it a site.
    if (
        full_name.startswith(short_name + " ")
        and len(rest) == 1
        and len(short_name.split()) >= 2
        and rest[0].casefold() in lexicon.words("facility_heads")
    ):
        return True
    if _papers_last_word(short_name) and full_name.endswith(" " + short_name):
        return True  # "the Argus" of "the Cape Argus", "the Post" of "The Washington Post"
    return full_name.startswith(short_name + " ") and rest[0] in SHORTENED_BEFORE


def _papers_last_word(word: str) -> bool:
    """A word a newspaper is called by alone after its full name (lexicon
    `newspaper_name_heads`)."""
    return word.casefold() in lexicon.words("newspaper_name_heads")


def _firms_kinds(words: list[str]) -> bool:
    """The words after a firm's own name only say what kind of firm it is: "Ridgeway" of
    "Ridgeway Savings Bank", "Fairmont" of "Fairmont Savings amp Loan Association" (the kinds
    of firm may be joined), or one kind of two words ("Delta" of "Delta Air Lines")."""
    kinds = [word for word in words if word not in FIRM_KIND_JOINS]
    return bool(kinds) and (
        all(map(_names_a_firms_kind, kinds)) or _names_a_firms_kind(" ".join(kinds))
    )


def _names_a_firms_kind(word: str) -> bool:
    """A word after a firm's own name that says what kind of firm it is ("Savings Bank")."""
    return any(
        word.casefold() in lexicon.words(name)
        for name in ("firm_kind_words", "company_nouns", "company_suffixes")
    )


def _no_market(entity: Entity) -> bool:
    """Not an exchange or market by the last word of its name (lexicon `traded_nouns`)."""
    return entity.name.split()[-1].casefold() not in lexicon.words("traded_nouns")


def _may_be_company(entity: Entity) -> bool:
    """Neither a market (`_no_market`) nor a state's office or body by the head of its name
    ("Parliament", "the Securities and Exchange Commission", "the Justice Department"):
    a body "the company" may mean."""
    return _no_market(entity) and name_head(entity.name) not in lexicon.union(
        "legislature_nouns",
        "judging_bodies",
        "deciding_bodies",
        "state_body_nouns",
        "public_office_heads",
    )


def _korean_given_name(name: str) -> bool:
    """A Korean surname with a given name: the whole name, however short ("Kim Il")."""
    words = name.casefold().split()
    return len(words) >= 2 and words[0] in lexicon.words("korean_surnames")


def _places_by_bare_name(named: list[_Named]) -> dict[str, _Named]:
    """The places named with the word that marks them places ("Mt Paektu"), each by its name
    without that word ("Paektu"); the first named wins. Read once per article, not per name."""
    prefixes = lexicon.words("place_prefixes")
    bare: dict[str, _Named] = {}
    for place in named:
        words = place.name.split()
        if place.kind is EntityKind.PLACE and len(words) > 1 and words[0].casefold() in prefixes:
            bare.setdefault(" ".join(words[1:]), place)
    return bare


def _place_without_prefix(item: _Named, bare: Mapping[str, _Named]) -> _Named | None:
    """The place `item` names without the word that marks it a place ("Paektu" of "Mt
    Paektu" the article names too; `bare` is `_places_by_bare_name`'s): the model takes such
    bare names for bodies."""
    return None if item.kind is EntityKind.PLACE else bare.get(item.name)


def _place_as_written(item: _Named) -> bool:
    """A place the model saw, which its one word or where it stands makes one whoever shares
    the name: "in Houston" where "Whitney Houston" sang is the city."""
    return item.kind is EntityKind.PLACE and _place_taken_for_a_name(item.span)


def _resolve_partial_names(named: list[_Named]) -> list[_Named]:
    """Map bare surnames and shortened names to the full name they refer to in the article.

    "Kim" after "Kim Yo Jong" and "Kim Jong Un" is the one most recently seen as a subject;
    "the Central Committee" after "the Central Committee of the Workers' Party of Korea" is it.
    """
    kinds = (EntityKind.PERSON, EntityKind.ORGANIZATION)
    # A firm's joined names are two names in one word ("Anheuser-Busch").
    full = [
        n
        for n in named
        if n.kind in kinds
        and (len(_words(n.name)) >= 2 or (n.kind is EntityKind.ORGANIZATION and "-" in n.name))
    ]
    # A company the model took for a person ("Jim Pattison Industries" after "Jim Pattison
    # Industries Ltd.") is no person a surname may stand for ("Mr. Pattison").
    firms = {n.name for n in full if _company_taken_for_a_name(n, full)}
    full = [n for n in full if n.kind is not EntityKind.PERSON or n.name not in firms]
    # A name shortens only a name of its own kind (see `_shortens`): each kind's full names
    # in their order, so that a name is compared with those alone.
    full_of_kind: dict[EntityKind, list[_Named]] = {}
    for f in full:
        full_of_kind.setdefault(f.kind, []).append(f)
    resolved: list[_Named] = []
    last_subject: dict[str, int] = {}
    shortened: dict[tuple[EntityKind, str], tuple[EntityKind, str]] = {}
    shortening: dict[tuple[EntityKind, str], list[_Named]] = {}
    bare = _places_by_bare_name(named)
    called_by_given = _called_by_given_name(named, full_of_kind.get(EntityKind.PERSON, []))
    for item in named:
        # "Yoon" tagged as a place after "Yoon Suk Yeol": the person's surname.
        # The item's own conditions asked once, not once for each full name.
        surname_of = (
            item.kind is not EntityKind.PERSON
            and any(
                f.kind is EntityKind.PERSON and _part_of_persons_name(item.name, f.name)
                for f in full
            )
            and known_entity(item.name) is None
            and (not _place_as_written(item) or _surname_taken_for_a_city(item, full))
        )
        if surname_of:
            item = replace(item, kind=EntityKind.PERSON)
        elif _first_word_of_a_place(item, named, full):
            item = replace(item, kind=EntityKind.PLACE)
        place = _place_without_prefix(item, bare) or _end_of_a_name(item, named, full)
        if place is not None:
            item = replace(item, kind=place.kind, name=place.name, variants=())
        if _company_taken_for_a_name(item, full) or _company_named_for_a_place(item, full):
            item = replace(item, kind=EntityKind.ORGANIZATION)
        candidates = (
            _shortened_names(item, full_of_kind, shortening) if item.kind in kinds else []
        ) or _qualified_in_full(item, full_of_kind.get(EntityKind.ORGANIZATION, []))
        if item.kind is EntityKind.PERSON and len(candidates) > 1:
            # "Juan Miguel Gonzalez wrote ... demanding that Elian be returned ... Gonzalez
            # said": where kin share a surname, one the article has by then called by the
            # given name alone is not the one the bare surname names.
            start = item.span.start
            candidates = [
                c
                for c in candidates
                if c.span.start < start and called_by_given.get(c.name, start) >= start
            ] or candidates
        if _parties_apart(item, candidates):
            candidates = []
        if candidates:
            before = [c for c in candidates if c.span.start < item.span.start]
            target = max(
                before or candidates,
                key=lambda c: (
                    last_subject.get(c.name, -1),
                    c.span.start if c.span.start < item.span.start else -c.span.start,
                ),
            )
            # A firm's shorter name that itself stands for a fuller one ("Poughkeepsie Savings"
            # of "Poughkeepsie Savings Bank") passes that one on.
            kind, name = shortened.get((target.kind, target.name), (target.kind, target.name))
            if kind is EntityKind.ORGANIZATION:
                shortened[(item.kind, item.name)] = (kind, name)
            item = _Named(item.span, kind, name, (), item.titles, item.epithet, item.inner)
        if item.kind is EntityKind.PERSON and _is_subject(item.span):
            last_subject[item.name] = item.span.start
        resolved.append(item)
    return resolved


def _parties_apart(item: _Named, candidates: list[_Named]) -> bool:
    """A party's, union's or league's bare name where the article names two or more of them in
    full ("the Communist Party of Switzerland", "... of Canada"): the bare "Communist Party" is
    none of them in particular, and the nearest before is as likely a party listed before it."""
    return (
        item.kind is EntityKind.ORGANIZATION
        and item.name.split()[-1].casefold() in lexicon.words("membership_body_heads")
        and len({c.name for c in candidates}) >= 2
    )


def _called_by_given_name(named: list[_Named], persons: list[_Named]) -> dict[str, int]:
    """The full names of people the article also calls by their given names alone, the
    words before the surname of one person only ("Elian" of "Elian Gonzalez", "Juan Miguel"
    of "Juan Miguel Gonzalez"), which no one's surname is; each with the token it is first
    so called at."""
    surnames = {p.name.split()[-1] for p in persons}
    found: dict[str, int] = {}
    for item in named:
        words = item.name.split()
        if item.kind is not EntityKind.PERSON or words[-1] in surnames:
            continue
        bearers = {p.name for p in persons if p.name.split()[: len(words)] == words}
        if len(bearers) == 1 and len(words) < len(next(iter(bearers)).split()):
            bearer = bearers.pop()
            found[bearer] = min(found.get(bearer, item.span.start), item.span.start)
    return found


def _shortened_names(
    item: _Named,
    full_of_kind: Mapping[EntityKind, list[_Named]],
    shortening: dict[tuple[EntityKind, str], list[_Named]],
) -> list[_Named]:
    """The full names of `item`'s kind that it shortens (see `_shortens`, which reads only
    the names and kinds), kept in `shortening` by kind and name: an article names the same
    people and bodies again and again, each compared with every full name of its kind."""
    key = (item.kind, item.name)
    found = shortening.get(key)
    if found is None:
        found = shortening[key] = [f for f in full_of_kind.get(item.kind, ()) if _shortens(item, f)]
    return found


def _qualified_in_full(item: _Named, bodies: list[_Named]) -> list[_Named]:
    """The one body whose name is `item`'s after the words that say whose or which it is,
    left out where it is named again ("Foreign Ministry" of "Soviet Foreign Ministry",
    "Elections Council" of "National Elections Council"); none where two bodies end alike
    ("Cuban" and "U.S. Interests Section") or the shorter name is one the alias table knows."""
    if item.kind is not EntityKind.ORGANIZATION or len(item.name.split()) < 2:
        return []
    ending = " " + _plain(item.name)
    # Only words before the head qualify it: "the Communist Party of Vietnam" is no shortened
    # "Central Committee of the Communist Party of Vietnam".
    longer = {
        b.name: b
        for b in bodies
        if _plain(b.name).endswith(ending)
        and all(w[0].isupper() for w in b.name[: -len(ending)].split())
    }
    if len(longer) != 1 or known_entity(item.name) is not None:
        return []
    # The qualifier is left out where the model cut it from the name ("Soviet [Foreign
    # Ministry] spokesman") or an adjective of its own stands in its place ("a new Elections
    # Council"), a nation's never: "the Foreign Ministry" of a news agency is its own
    # country's, not "the Vietnamese Foreign Ministry". After "the" a shorter name may well be
    # another body's ("the Socialist Party of Romania" beside "the National Socialist Party of
    # Romania"); a capitalised word other than the qualifier makes it one ("the Pyongyang
    # Coal-mining Machine Factory" is no "Kumjingang Machine Factory").
    name, before = next(iter(longer)), _word_before(item.span)
    if name.endswith(f" {before}{ending}") or name == f"{before}{ending}":
        return list(longer.values())
    prior = doc_tokens(item.span.doc)[item.span.start - 1] if item.span.start else None
    if (
        prior is None
        or prior.pos_ != "ADJ"
        or not before.islower()
        or national(name[: -len(ending)])
    ):
        return []
    return list(longer.values())


def national(qualifier: str) -> bool:
    """A country's name or a word that may be its people's adjective ("Cambodian", "Polish",
    "Vietnamese"): erring towards yes only keeps a body's short name apart."""
    return (
        qualifier.casefold() in lexicon.mapping("demonyms")
        or qualifier.endswith(NATION_ADJECTIVE_ENDINGS)
        or _a_country(qualifier)
    )


def _word_before(span: Span) -> str:
    """The word written before the span, with the parts a hyphen joins to it ("Coal-mining");
    none for a determiner ("The", "Our")."""
    tokens, i = doc_tokens(span.doc), span.start
    if i == 0 or not tokens[i - 1].whitespace_ or tokens[i - 1].pos_ in {"DET", "PRON"}:
        return ""
    j = i - 1
    while j > 0 and not tokens[j - 1].whitespace_:
        j -= 1
    return "".join(t.text for t in tokens[j:i])


def _first_word_of_a_place(item: _Named, named: list[_Named], full: list[_Named]) -> bool:
    """A one-word "body" that begins the name of a place the article names, where no person
    bears the word: "Syria's eastern Badia" where "Badia al-Sham" is named. (A one-word
    "person" may well name a place after him: "Truman" of "the Truman Presidential Library".)"""
    if item.kind is not EntityKind.ORGANIZATION or " " in item.name:
        return False
    if known_entity(item.name) is not None:
        return False
    if any(item.name in f.name.split() for f in full if f.kind is EntityKind.PERSON):
        return False
    return any(n.kind is EntityKind.PLACE and n.name.startswith(item.name + " ") for n in named)


def _part_of_persons_name(name: str, full: str) -> bool:
    """`name` is the first or last word of a person's `full` name, or its hyphened surname the
    person's canonical name writes with a space ("Ben-Ami" of "Dalia Ben Ami")."""
    words = full.split()
    spaced = canonical_name(name, EntityKind.PERSON)[0]
    return name in (words[0], words[-1]) or (" " in spaced and full.endswith(" " + spaced))


def _company_taken_for_a_name(item: _Named, full: list[_Named]) -> bool:
    """A "place" or "person" no gazetteer knows that begins the full name of a company the
    article named before: "Nestle's share" after "Nestle S.A." is the company, and so is
    "Magna said" after "Magna International Inc.", unless a person of the article bears the
    word ("Ford" where "Henry Ford" is named too)."""
    # A place the model read as a person is no place of the gazetteer's ("Magna", Utah).
    if item.kind is EntityKind.PLACE and find_places(item.name):
        return False
    # A country's own word is the country named alone: "Korea" after "Korea Electronics Co.".
    if item.kind is EntityKind.PLACE and item.name in COUNTRY_WORDS:
        return False
    if item.kind not in {EntityKind.PLACE, EntityKind.PERSON}:
        return False
    # Another person's name holds the words ("Ford" of "Henry Ford"); a name only shares a word
    # with one ("Crazy Eddie" where "Eddie Antar" founded the company), or is the very name
    # the model took for a person ("Eastman Christensen" after "Eastman Christensen Co."), no.
    words = set(item.name.split())
    if item.kind is EntityKind.PERSON and any(
        words <= set(f.name.split())
        for f in full
        if f.kind is EntityKind.PERSON and f.name != item.name
    ):
        return False
    # "Dunkin'" of "Dunkin' Donuts Inc.": the name's own apostrophe before the rest.
    begins = (item.name + " ", item.name + "'s ", item.name + "' ")
    return any(
        f.kind is EntityKind.ORGANIZATION
        and (item.kind is EntityKind.PLACE or f.span.start < item.span.start)
        and (
            (
                _as_written_in_text(f.name).startswith(begins)
                # "Poughkeepsie" of "Poughkeepsie Savings Bank": no legal form, a firm's kind.
                and (company_name(f.name) or _firms_kinds(f.name[len(item.name) :].split()))
            )
            # A firm named by two names joined ("Hewlett-Packard", "Anheuser-Busch").
            or _first_of_joined_names(item.name, f.name)
        )
        for f in full
    )


def _as_written_in_text(name: str) -> str:
    """A firm's name as the text after it writes it: business copy opens a story with the
    firm's own words in capitals ("ROGERS COMMUNICATIONS Inc. said ... Rogers said")."""
    first, _, rest = name.partition(" ")
    # Two words in capitals at least: one alone may be an acronym ("KCNA").
    second = rest.partition(" ")[0]
    if len(first) > ACRONYM_LETTERS and first.isalpha() and first.isupper() and second.isupper():
        return f"{first.title()} {rest}"
    return name


def _company_named_for_a_place(item: _Named, full: list[_Named]) -> bool:
    """A town the gazetteer knows, named alone where the article names a company that begins
    with it: "Bethlehem said" after "Bethlehem Steel Corp.", "Phoenix declined to comment"
    after "Phoenix Technologies Ltd." (business copy shortens a firm to its first words).
    Where the town stands as a town, it stays one: "in Bethlehem", "Bethlehem, Pa.",
    "a Bethlehem-based maker"."""
    if item.kind is not EntityKind.PLACE or not find_places(item.name):
        return False
    # A country named alone is the country: "Japan protested" after "Japan Airlines".
    if _a_country(item.name):
        return False
    # "a stake in Eastman" tells of a holding in a firm, not of where anything is.
    root = item.span.root
    held = root.head.head.lemma_.casefold() in lexicon.words("holding_nouns")
    if (_located_in(root) and not held) or _written_as_a_town(item.span):
        return False
    begins = item.name + " "
    return any(
        f.kind is EntityKind.ORGANIZATION
        and f.name.startswith(begins)
        and (company_name(f.name) or _firms_kinds(f.name[len(begins) :].split()))
        for f in full
    )


def _written_as_a_town(span: Span) -> bool:
    """The name is written as a town's is: before a hyphen ("a Bethlehem-based maker") or a
    comma and the state or country it lies in ("Bethlehem, Pa.")."""
    doc, end = span.doc, span.end
    hyphened = end < len(doc) and doc[end].text == "-"
    return hyphened or (
        end + 1 < len(doc) and doc[end].text == "," and doc[end + 1].ent_type_ == "GPE"
    )


def _surname_taken_for_a_city(item: _Named, full: list[_Named]) -> bool:
    """A city of the world's named alone where it does not stand as a place, whose name is the
    surname of a person the article names in full: "Mr. Leon of Bear Stearns" after "Kenneth
    Leon", "the Kennedy" after "John F. Kennedy" (a province of the name, León, is no more
    than the city). A country's name stays the country ("Jordan" beside "Michael Jordan"),
    and so does a town written as one ("to Leon", "Leon, Mexico")."""
    # Any preposition's object is where a town stands: "flew to Leon", "news from Leon".
    if item.span.root.dep_ == "pobj" or _written_as_a_town(item.span) or _a_country(item.name):
        return False
    if any(m.place.country in PENINSULA for m in find_places(item.name)):
        return False
    return any(f.kind is EntityKind.PERSON and f.name.split()[-1] == item.name for f in full)


def _first_of_joined_names(name: str, firm: str) -> bool:
    """`firm` is `name` and another name joined by a hyphen ("Hewlett" of "Hewlett-Packard
    Co.")."""
    first, hyphen, rest = firm.partition(" ")[0].partition("-")
    return bool(hyphen) and first == name and rest[:1].isupper()


def _end_of_a_name(item: _Named, named: list[_Named], full: list[_Named]) -> _Named | None:
    """The place or body whose name a one-word "person" ends, where no person bears that word:
    "Airfield" of "2014 Bagram Airfield bombing" after "Bagram Airfield"."""
    if item.kind is not EntityKind.PERSON or len(_words(item.name)) != 1:
        return None
    # A title says the word is a person's name: "King Tangun" of "the Mausoleum of King Tangun".
    if item.titles:
        return None
    if any(item.name in f.name.split() for f in full if f.kind is EntityKind.PERSON):
        return None
    return next(
        (
            n
            for n in named
            if n.kind in {EntityKind.PLACE, EntityKind.ORGANIZATION}
            and len(_words(n.name)) >= 2
            and n.name.split()[-1] == item.name
        ),
        None,
    )


def _accented_spellings(named: list[_Named]) -> list[_Named]:
    """A person or body the article spells both with and without its accents ("Nicolas
    Maduro" in one sentence, "Nicolás Maduro" in another) is one entity, named as spelt in
    full: copy typed on an English keyboard drops the accents, the name itself has them."""
    kinds = (EntityKind.PERSON, EntityKind.ORGANIZATION)
    accented: dict[tuple[EntityKind, str], str] = {}
    for item in named:
        if item.kind in kinds and _accents(item.name):
            key = (item.kind, fold(item.name))
            known = accented.get(key)
            if known is None or _accents(item.name) > _accents(known):
                accented[key] = item.name
    if not accented:
        return named
    return [
        replace(item, name=accented[(item.kind, fold(item.name))])
        if item.name.isascii() and (item.kind, fold(item.name)) in accented
        else item
        for item in named
    ]


def _names_known_as(named: list[_Named]) -> list[_Named]:
    """The other names of a person the article gives after "also known as", "alias" or
    "a.k.a." ("Mohammed Saddiq Odeh, also known as Mohammad Sadiq Howaida and Abdull Bast
    Awadh") are the person's aliases, whatever the model took them for."""
    people = {item.span.end: item for item in named if item.kind is EntityKind.PERSON}
    # The end of each alias found, and whose it is: a list of them goes on after it.
    aliases: dict[int, _Named] = {}
    out: list[_Named] = []
    for item in named:
        tokens = doc_tokens(item.span.doc)
        at = item.span.start
        listed = at > 1 and tokens[at - 1].lower_ in {",", "and", "or"}
        person = aliases.get(at - 1) if listed else None
        if person is None and at > 1 and tokens[at - 2].text == "," and listed:
            person = aliases.get(at - 2)  # ", and"
        if person is None:
            opener = _alias_opener(tokens, at)
            person = people.get(opener) if opener is not None else None
        if person is None or item.inner:
            out.append(item)
            continue
        aliases[item.span.end] = person
        written = item.written or item.span.text
        out.append(replace(item, kind=EntityKind.PERSON, name=person.name, written=written))
    return out


def _alias_opener(tokens: Sequence[Token], at: int) -> int | None:
    """Where the name before "also known as", "alias" or "a.k.a." (lexicon `alias_openers`)
    ends, if such words and a comma after the name end just before token `at`."""
    longest = lexicon.longest_phrase("alias_openers")
    words = [t.lower_ for t in tokens[max(at - longest, 0) : at]]
    for entry in lexicon.entries("alias_openers"):
        opener = entry.split()
        n = len(opener)
        if words[-n:] == opener and at - n - 1 >= 0 and tokens[at - n - 1].text == ",":
            return at - n - 1
    return None


def _accents(name: str) -> int:
    """Letters written with an accent; a curly apostrophe ("People’s Army") is none."""
    return sum(c.isalpha() and not c.isascii() for c in name)


def _acronyms_of_one_kind(named: list[_Named]) -> list[_Named]:
    """An acronym the article uses both for a body and for a place, that the gazetteer does not
    know, is the body ("QUAD" as subject and object of one statement): the model's place
    reading of a bare acronym varies with the words around it."""
    kinds: dict[str, set[EntityKind]] = {}
    for item in named:
        kinds.setdefault(item.name, set()).add(item.kind)
    bodies = {
        name
        for name, found in kinds.items()
        if {EntityKind.ORGANIZATION, EntityKind.PLACE} <= found
        and name.isalpha()
        and name.isupper()
        and not find_places(name)
    }
    return [
        replace(item, kind=EntityKind.ORGANIZATION) if item.name in bodies else item
        for item in named
    ]


def _initials(name: str) -> str:
    return "".join(word[0] for word in name.split() if word[:1].isupper())


def _spells(acronym: str, name: str) -> bool:
    """`acronym` is made of `name`'s initials, in order ("NATA", "SPA", "DPRK")."""
    initials = iter(_initials(name))
    return acronym[:1] == _initials(name)[:1] and all(letter in initials for letter in acronym)


def _translated(acronym: str, name: str) -> bool:
    """`acronym` is of the body's name in its own language, the name given translated
    ("the Communist Party of Spain (PCE)", "the Kurdistan Workers' Party (PKK)"): the words
    change order and one of them may translate to another letter, but the acronym of three
    or more letters has as many letters and keeps all the other initials. Not a body's part
    before the body's acronym ("the Central Committee of the Workers' Party of Korea (WPK)"),
    whose name has more initials."""
    initials = _initials(name)
    shared = sum((Counter(acronym) & Counter(initials)).values())
    return len(acronym) >= 3 and len(acronym) == len(initials) and shared >= len(acronym) - 1


def _compass_countries(named: list[_Named], text: str) -> list[_Named]:
    """ "the North" and "the South" are the halves of Korea in an article that names them
    (lexicon `compass_countries`; "North Korean" names the DPRK too): wire reports call the
    DPRK "the North" once they have named it."""
    points = lexicon.mapping("compass_countries")
    folded = text.casefold()

    def mentioned(country: str) -> bool:
        alias = ALIASES.get(country.casefold())
        names = (country, *alias.variants) if alias is not None else (country,)
        return any(re.search(rf"\b{re.escape(n.casefold())}", folded) for n in names)

    return [
        replace(item, kind=EntityKind.PLACE, name=country, written=item.written or item.name)
        if (country := points.get(item.name.casefold())) is not None and mentioned(country)
        else item
        for item in named
    ]


def _national_parties(named: list[_Named]) -> list[_Named]:
    """A party named by its nation's adjective ("the Vietnamese party") is the party of that
    country the article names ("the Communist Party of Vietnam"). With none named it is no
    name: one of the nation's collectives ("the Vietnamese party, state and people")."""
    demonyms = lexicon.mapping("demonyms")
    found = []
    for item in named:
        words = item.name.split()
        national = item.kind is EntityKind.ORGANIZATION and words[1:] == ["party"]
        country = demonyms.get(words[0].casefold()) if national else None
        if country is None:
            found.append(item)
            continue
        party = next(
            (
                p
                for p in named
                if p.kind is EntityKind.ORGANIZATION
                and p.name.split(" of ")[0].split()[-1] == "Party"
                and (country in p.name or words[0] in p.name)
            ),
            None,
        )
        if party is not None:
            found.append(replace(item, name=party.name))
    return found


def _defined_acronyms(doc: Doc, named: list[_Named]) -> list[_Named]:
    """Acronyms the article defines ("the National Aerospace Technology Administration
    (NATA)") name the same entity wherever they stand, as the text's own alias table."""
    defined: dict[str, _Named] = {}
    for item in named:
        end = item.span.end
        if end + 2 >= len(doc) or doc[end].text != "(" or doc[end + 2].text != ")":
            continue
        acronym = doc[end + 1].text
        if (
            len(acronym) >= 2
            and acronym.isalpha()
            and acronym.isupper()
            and item.kind is not EntityKind.PERSON
            and (
                _spells(acronym, item.name)
                or sorted(acronym) == sorted(_initials(item.name))
                or (item.kind is EntityKind.ORGANIZATION and _translated(acronym, item.name))
            )
        ) or _short_name(doc[end + 1], item):
            defined.setdefault(acronym, item)
    return [
        replace(item, kind=full.kind, name=full.name, written=item.written or item.name)
        if (full := defined.get(item.name)) is not None and full is not item
        else _part_named_after_body(item, defined)
        for item in named
    ]


def _firms_by_acronym(named: list[_Named]) -> list[_Named]:
    """A well-known body's acronym written alone in an article that names a firm opening with
    it is the firm's short name ("ETA employs 300 people" after "ETA Systems Inc."), not the
    body the alias table knows."""
    firms = {
        item.name.split()[0]: item
        for item in named
        if item.kind is EntityKind.ORGANIZATION and " " in item.name and company_name(item.name)
    }
    return [
        replace(item, name=firm.name, variants=(), written=item.written or item.span.text)
        if item.kind is EntityKind.ORGANIZATION
        and (firm := firms.get(item.span.text)) is not None
        and item.span.text.isupper()
        and (known := known_entity(item.span.text)) is not None
        and item.name == known.name
        else item
        for item in named
    ]


def _acronyms_of_named_bodies(named: list[_Named]) -> list[_Named]:
    """An acronym no gazetteer knows, made of the initials of one body the article names in
    full, is that body where the article never defines it: "KKR" after "Kohlberg Kravis
    Roberts & Co.", "the OAU" after "the Organization of African Unity". Wire copy may use the
    acronym first and spell the body out further down ("the INS decision" ... "the
    Immigration and Naturalization Service")."""
    return [
        item
        if (full := _body_spelled(item, named) if _bare_acronym(item.name) else None) is None
        else replace(item, kind=full.kind, name=full.name, written=item.written or item.name)
        for item in named
    ]


def _acronyms_of_the_articles_bodies(doc: Doc, named: list[_Named]) -> list[_Named]:
    """An acronym the alias table expands to a body the article never names, made of the
    initials of one body the article does name, is that body: "SDF" beside "the Japan
    Maritime Self-Defense Force" is its "Self-Defense Force", not the table's "Syrian
    Democratic Forces". The article's own names are the surer key to its letters."""
    # Bodies named in words: an acronym the table expanded names nothing of the article's.
    bodies = [
        n
        for n in named
        if n.kind is EntityKind.ORGANIZATION and not n.inner and not _lone_acronym(n.span)
    ]
    names = {b.name for b in bodies}
    text = doc_text(doc)
    resolved: list[_Named] = []
    for item in named:
        letters = _lone_acronym(item.span)
        known = known_entity(letters) if letters else None
        full = (
            _body_of_initials(letters, bodies)
            if known is not None
            and known.kind is EntityKind.ORGANIZATION
            and known.name not in names
            and known.name not in text
            else None
        )
        resolved.append(
            item
            if full is None
            else replace(item, kind=full.kind, name=full.name, variants=(), written=letters)
        )
    return resolved


def _lone_acronym(span: Span) -> str:
    """The span's one word when it is written in capitals, after any "the" ("the SDF")."""
    words = [t.text for t in span_tokens(span) if t.lower_ != "the"]
    return words[0] if len(words) == 1 and words[0].isalpha() and words[0].isupper() else ""


def _body_of_initials(acronym: str, bodies: list[_Named]) -> _Named | None:
    """The one body whose initials, the parts of a hyphened word each counted ("Self-Defense"),
    are `acronym`'s letters, or those of its head's words end with them, three at least: a
    body's name often opens with its country or branch, which its acronym leaves out
    ("Maritime SDF"). The words after "of" name another body ("the WPK" is no "Central
    Committee of the WPK")."""
    found = {
        b.name: b
        for b in bodies
        if len(b.name.split()) >= 2
        and (
            _initials(spelt := b.name.replace("-", " ")) == acronym
            or (
                len(acronym) >= ACRONYM_TAIL and _initials(spelt.split(" of ")[0]).endswith(acronym)
            )
        )
    }
    return next(iter(found.values())) if len(found) == 1 else None


def _bare_acronym(name: str) -> bool:
    """Capitals no table knows, of no place's name: a place spelt much like them ("Eunos" of
    "UNOS") is no reading of an acronym."""
    return (
        len(name) >= 2
        and name.isalpha()
        and name.isupper()
        and known_entity(name) is None
        and not any(m.quality >= OTHER_NAME for m in find_places(name))
    )


def _body_spelled(item: _Named, named: list[_Named]) -> _Named | None:
    """The one body of `named` whose initials, with or without its legal form or kind words
    ("Co.", "Bank") or its country before them ("U.S."), are `item`'s letters."""
    bodies = {
        b.name: b
        for b in named
        if b.kind is EntityKind.ORGANIZATION
        and not b.inner
        and len(b.name.split()) >= 2
        and item.name in _firms_initials(b.name)
    }
    return next(iter(bodies.values())) if len(bodies) == 1 else None


def _firms_initials(name: str) -> set[str]:
    """The initials of a firm's name, and of it without each of its last kind words in turn
    ("EDS" of "Electronic Data Systems Corp.", "FNB" of "First National Bank Corp."), and of
    it without the country it opens with: a body's acronym leaves out the state it belongs to
    ("INS" of "U.S. Immigration and Naturalization Service")."""
    words = name.split()
    initials = {_initials(name)}
    if len(words) > 2 and (
        _a_country(words[0]) or words[0].casefold() in lexicon.mapping("demonyms")
    ):
        initials.add(_initials(" ".join(words[1:])))
    while len(words) > 1 and _names_a_firms_kind(words[-1]):
        words.pop()
        initials.add(_initials(" ".join(words)))
    return initials


def _short_name(word: Token, item: _Named) -> bool:
    """A body's short name in brackets after its full one, a word of its own language rather
    than an acronym ("the Korean Youth Commercial Association in Japan (Chongsanghoe)"). A
    word the model reads as a people's or a creed's qualifies the name instead: "Communist" of
    "the Worker's Party (Communist) of Bulgaria" is no short name that would make another
    party's "Communist Party" a part of this one."""
    return (
        item.kind is EntityKind.ORGANIZATION
        and word.ent_type_ != "NORP"
        and word.is_title
        and word.is_alpha
        and len(word) >= SHORT_NAME
        and " " in item.name
        and known_entity(word.text) is None
    )


def _part_named_after_body(item: _Named, defined: Mapping[str, _Named]) -> _Named:
    """A part of a body named after the body's acronym or short name, written out as "Part of
    the Body": "the GFTUK Central Committee" is the Central Committee of the General Federation
    of Trade Unions of Korea, "the Chongryon Central Standing Committee" the Central Standing
    Committee of the General Association of Korean Residents in Japan."""
    first, _, rest = item.name.partition(" ")
    if item.kind is not EntityKind.ORGANIZATION or not rest or known_entity(item.name):
        return item
    if company_name(item.name):
        return item  # "ETA Systems Inc.": a firm's own name, whatever body its first word names
    if not all(w[:1].isupper() for w in rest.split()):
        return item
    body = defined.get(first)
    known = known_entity(first)
    if body is not None and body.kind is EntityKind.ORGANIZATION:
        parent = body.name
    elif known is not None and known.kind is EntityKind.ORGANIZATION and known.name != first:
        parent = known.name
    else:
        return item
    # An acronym the article gave the part itself: "the CPV Central Committee" after "the
    # Central Committee of the Communist Party of Vietnam (CPV)".
    name = parent if parent.startswith(f"{rest} of ") else f"{rest} of the {parent}"
    return replace(item, name=name, written=item.written or item.name)


def _group_tokens(head: Token, taken: set[int], persons: frozenset[int] = frozenset()) -> list[int]:
    """Indices of the tokens that name a group around its head noun (brackets left out);
    `persons` are the tokens of the persons the article names."""
    doc = head.doc
    left: list[int] = []
    i = head.i - 1
    bodies = _bodies_before_people(doc, head.i)
    if bodies is not None:
        # The country or nationality before the bodies is the group's.
        left = list(range(i, bodies - 2, -1))
        i = bodies - 2
    while i >= 0:
        token = doc[i]
        if token.text in CLOSING_BRACKETS:
            opening = next(
                (j for j in range(i - 1, -1, -1) if doc[j].text in OPENING_BRACKETS), None
            )
            if opening is None:
                break
            i = opening - 1
            continue
        first = left[-1] if left else head.i
        # A word written with a hyphen is one modifier, however its parts are tagged:
        # "would-be robbers", "self-styled experts".
        if _hyphened_word_ends(doc, i, first):
            left.extend((i, i - 1, i - 2))
            i -= 3
            continue
        adjectival = token.dep_ == "amod" or token.lower_ in lexicon.words("group_participles")
        if token.tag_ in {"VBN", "VBG"} and not adjectival:
            break
        if (
            (token.tag_ in GROUP_MODIFIER_TAGS and token.ent_type_ not in NAMED_KINDS)
            # A country or a body the group belongs to: "US imperialists", "KPA units". Not
            # the country of bodies named by a noun no name ends with ("US security
            # services"): they are its institutions, as its government is, and it stays a
            # place of the article.
            or (
                token.ent_type_ in {"GPE", "ORG"}
                and token.i in taken
                and (
                    head.lower_ not in lexicon.words("unnamed_body_plurals")
                    or _missions_of_a_country(head)
                )
            )
            # The leader a group of followers is named after: "the Yoon group".
            or _leader_before(token, head, left, persons)
            # The surname alone a family is named by: "the Pritzker family".
            or (
                i == head.i - 1
                and head.lower_ in lexicon.words("family_nouns")
                and token.pos_ == "PROPN"
                and (i == 0 or not doc[i - 1].is_title)
            )
            # A plural noun before the head is a modifier: "nuclear weapons states".
            or (token.tag_ == "NNS" and _modifies_noun(token))
            # A group the head belongs to: "working people's organizations".
            or _group_possessive(doc, i, left)
            # An adverb hyphened to the modifier it qualifies: "newly-married couple".
            or (token.tag_ == "RB" and left and left[-1] == i + 1 and doc[i + 1].tag_ == "HYPH")
            # The word hyphened to the group's first one, and its hyphen, however tagged: a
            # part of one word ("pro-republicans", "neo-communists").
            or _hyphened_to(doc, i, first)
            # A number that says which ones: "the two peoples", not "killed three people"
            # (nor "the two countries", places a bare number leaves unnamed).
            or (
                token.tag_ == "CD"
                and token.ent_type_ != "DATE"
                and i > 0
                and doc[i - 1].lower_ == "the"
                and head.lower_ not in lexicon.words("group_place_heads")
            )
            or (
                token.tag_ == "CC"
                and i > 0
                and (
                    doc[i - 1].tag_ in {"JJ", "NN", "NNS"}
                    or _common_capital(doc[i - 1])
                    or _country_and_nationality(doc, i, first, taken)
                )
                and first < head.i
            )
        ):
            left.append(i)
        else:
            break
        i -= 1
    # "the" of a body's name the group starts with ("the Vietnamese party, state and
    # people") is no word of the group's. "other" is: "other officials" are not the officials
    # told of before, and would be taken for them without it.
    while left and doc[left[-1]].tag_ in {"CC", "HYPH", "DT"}:
        left.pop()
    return [*reversed(left), head.i, *_group_phrases(head, taken, persons)]


def _hyphened_word_ends(doc: Doc, i: int, first: int) -> bool:
    """Token `i` ends a word of two parts and a hyphen, with no space between them, written
    right before token `first`."""
    return (
        i >= 2
        and i + 1 == first
        and doc[i - 1].text == "-"
        and not doc[i - 2].whitespace_
        and not doc[i - 1].whitespace_
        and doc[i - 2].is_alpha
        and doc[i].is_alpha
    )


def _country_and_nationality(doc: Doc, i: int, first: int, taken: set[int]) -> bool:
    """The "and" of a country named before a nationality the group's words start with: "U.S.
    and British officials" are the officials of both."""
    country = doc[i - 1]
    nationality = doc[first]
    return (
        first == i + 1
        and country.ent_type_ == "GPE"
        and country.i in taken
        and (nationality.ent_type_ == "NORP" or nationality.lower_ in lexicon.mapping("demonyms"))
    )


def _hyphened_to(doc: Doc, i: int, first: int) -> bool:
    """Token `i` is a hyphen written right before token `first`, or the word written right
    before `first` that is such a hyphen: with no space around it, they make one word."""
    if doc[i].text == "-":
        return i + 1 == first and i > 0 and not doc[i].whitespace_ and not doc[i - 1].whitespace_
    return (
        i + 1 == first
        and doc[first].text == "-"
        and not doc[i].whitespace_
        and not doc[first].whitespace_
        and (doc[i].is_alpha or doc[i].like_num)
    )


def _leader_before(token: Token, head: Token, left: list[int], persons: frozenset[int]) -> bool:
    """A word of the name of the person whose followers the group's head names, right before
    it ("Yoon" of "the Yoon group", "Yoon Suk Yeol" of "the Yoon Suk Yeol clique")."""
    return (
        token.i in persons
        and head.lower_ in lexicon.words("following_nouns")
        and all(j in persons for j in left)
    )


def _common_capital(token: Token) -> bool:
    """A body's word written with a capital, coordinated as a modifier: "Party" of "senior
    Party and government officials" (not "Nam" of "Ri Ryong Nam and staff members")."""
    return (
        token.tag_ == "NNP"
        and token.lower_ in lexicon.words("people_bodies")
        and _modifies_noun(token)
    )


def _bodies_before_people(doc: Doc, people: int) -> int | None:
    """Start of a nation's bodies listed before its people under one modifier: "government"
    of "the Chinese government and people", "party" of "the Vietnamese party, state and
    people". The whole phrase names a group, as the body ("the Chinese government") is still
    named on its own. Without a country or a nationality before them ("our Party and people")
    the bodies are the article's own and the people a group of their own."""
    if doc[people].lower_ not in PEOPLE_WORDS or people < 3 or doc[people - 1].lower_ != "and":
        return None
    bodies = lexicon.words("people_bodies")
    start = people - 2
    if not (doc[start].is_lower and doc[start].lower_ in bodies):
        return None
    while (
        start >= 3
        and doc[start - 1].text == ","
        and doc[start - 2].is_lower
        and doc[start - 2].lower_ in bodies
    ):
        start -= 2
    modifier = doc[start - 1]
    known = known_entity(modifier.text)
    country = known is not None and known.kind is EntityKind.PLACE
    country = country or modifier.ent_type_ in {"GPE", "NORP"}
    return start if country or modifier.lower_ in lexicon.mapping("demonyms") else None


def _group_possessive(doc: Doc, i: int, left: list[int]) -> bool:
    """Token `i` is a group's possessive before the group's name ("people" and "'s" of
    "working people's organizations"): the whole names whose members the group are."""
    token = doc[i]
    if token.tag_ == "POS":
        return i > 0 and doc[i - 1].lower_ in lexicon.words("group_heads")
    return bool(left) and left[-1] == i + 1 and doc[i + 1].tag_ == "POS"


def _modifies_noun(token: Token) -> bool:
    """The noun stands before a noun it modifies ("weapons" of "nuclear weapons states"; "women"
    of "men and women players", through its first conjunct)."""
    token = doc_tokens(token.doc)[token.i]  # its heads from the table
    while token.dep_ == "conj" and token.head.i < token.i:
        token = token.head
    return (
        token.dep_ in {"compound", "nmod"}
        and token.head.i > token.i
        and token.head.tag_ in NOUN_TAGS
    )


def _designates_names(token: Token) -> bool:
    """A plural designator after names ("North Phyongan and Jagang provinces") names places or
    bodies, not a group; so does one after the words the listed names share ("the Sunchon and
    Haeju knitwear factories", "the Pyongyang and Nampho municipal committees of the UAWK"),
    which `listed_names` makes one body of each name."""
    doc = token.doc
    if token.tag_ != "NNS" or singular(token.lower_) not in lexicon.mapping("name_heads"):
        return False
    # After a list of names; after one name the plural says whose or where the bodies are
    # ("visits to the DPRK missions", "the best IT enterprises"), a group.
    start = token.i
    while start and (
        doc[start - 1].tag_ in {"NNP", "NNPS"} or doc[start - 1].ent_type_ in NAMED_KINDS
    ):
        start -= 1
    # "the DPRK and the U.S. teams" lists names as "North Phyongan and Jagang provinces" does.
    if start < token.i and start and doc[start - 1].lower_ == "the":
        start -= 1
    if start < token.i and start and doc[start - 1].lower_ in {"and", ","}:
        return not _peoples_after_a_body(doc, start, token.i)
    owner = bool(_owner_named_after(doc, token.i))
    shared = _shared_modifiers_start(doc, token.i, divisions=owner)
    names = _listed(doc, shared, step=-1) if shared < token.i else []
    # "Koreans in Japan and Japanese political parties": a people and a nationality are no
    # names of bodies.
    return len(names) >= 2 and not any(
        _nationality(doc[start:end]) or _a_demonym(doc[start:end]) for start, end in names
    )


def _peoples_after_a_body(doc: Doc, start: int, end: int) -> bool:
    """A people's word after a body's name and "and" ("the FBI and Kenyan police"): the noun
    names that people's own group beside the body, not one of each ("the Syrian and Iraqi
    governments", where both words before it name peoples)."""
    before = doc[start - 2] if start >= 2 else None
    return (
        before is not None
        and before.ent_type_ == "ORG"
        and all(_of_a_country(t.text) or _a_demonym(doc[t.i : t.i + 1]) for t in doc[start:end])
    )


def _phrase_end(doc: Doc, start: int, taken: set[int], participles: bool = False) -> int:
    """End of the noun phrase that starts at `start` (its determiner left out): "the flood-hit
    areas", "commanding officers". With `participles`, a participle the model took for a verb
    may stand before its noun too ("working people's organizations")."""
    m = start
    tags, deps = doc_tags(doc), doc_deps(doc)
    while m < len(doc) and (
        tags[m] in NOUN_TAGS | PHRASE_TAGS
        or (m in taken and m - 1 in taken and m > start)
        # A participle before the noun it modifies, not a gerund ("in attaining high goals").
        or (
            tags[m] == "VBG"
            and (deps[m] == "amod" or participles)
            and (m == start or tags[m - 1] not in NOUN_TAGS)
        )
    ):
        m += 1
    # The phrase ends at its noun ("the flood-hit areas", not "... areas left"), or at an
    # adjective used as one ("the bereaved family of the deceased").
    while m > start and not (tags[m - 1] in NOUN_TAGS or m - 1 in taken or deps[m - 1] == "pobj"):
        m -= 1
    return m


def _coordinated_bodies(doc: Doc, end: int, taken: set[int], persons: frozenset[int]) -> int:
    """End of a group's attached phrase with the bodies coordinated to it: "of local Party and
    power organs and working people's organizations", "of the Korean People's Army and the
    Public Security Forces", "of various ministries, national agencies and relevant provinces".
    A noun for people after "and" or a comma starts a group of its own; so does anything after
    a comma that no "and" + body closes."""
    while end + 1 < len(doc) and doc[end].lower_ in {"and", ","}:
        # "of the provincial land and marine conservation bureau": the words after "and" go
        # with the last one's noun, a body of its own.
        if _modifies_later_noun(doc[end - 1], end):
            break
        following = _body_after(doc, end + 1, taken, persons)
        if following is None:
            break
        if doc[end].text == ",":
            closing = following
            while closing + 1 < len(doc) and doc[closing].text == ",":
                listed = _body_after(doc, closing + 1, taken, persons)
                if listed is None:
                    break
                closing = listed
            closed = closing + 1 < len(doc) and doc[closing].lower_ == "and"
            if not closed or _body_after(doc, closing + 1, taken, persons) is None:
                break
        end = following
    return end


def _body_after(doc: Doc, start: int, taken: set[int], persons: frozenset[int]) -> int | None:
    """End of the noun phrase at `start` if it names bodies or places, not people (`persons`
    are the tokens of the persons the article names)."""
    while start < len(doc) and doc[start].tag_ in {"DT", "PDT", "PRP$"}:
        start += 1
    following = _phrase_end(doc, start, taken, participles=True)
    if following == start:
        return None
    # A body's quoted name ends with its closing mark (`_with_quoted_name`).
    last = doc[following - 1 - _closes_quote(doc_tokens(doc), start, following - 1)]
    # A body named by its kind with words that say which one ("the provincial housing
    # construction shock brigade"), or the others of the kind the names before are of ("the
    # Hochongang, Sodusu and other hydro-power stations").
    body = last.lower_ in lexicon.union("group_bodies", "unnamed_body_heads") or (
        doc[start].lower_ == "other"
        and last.tag_ in {"NNS", "NNPS"}
        and singular(last.lower_) in lexicon.mapping("name_heads")
    )
    places = last.lower_ in lexicon.words("group_place_heads")
    # A body or a place named in full, not a person ("members of the delegation and Ivanov").
    named = all(i in taken for i in range(start, following))
    # The model may tag a school named after a person as the person ("Kang Pan Sok
    # Revolutionary School"); its last word makes it a body or place whatever the tag.
    headed = last.tag_ == "NNP" and last.lower_ in lexicon.mapping("name_heads")
    # A name the model took for a person's that names no person of the article is a body's
    # or a place's ("the Hochongang, Sodusu, Jangjingang and other hydro-power stations").
    misread = last.ent_type_ == "PERSON" and not any(i in persons for i in range(start, following))
    named = named and (last.ent_type_ in BODY_AND_PLACE_LABELS or headed or misread)
    # Names sharing their plural noun ("of Yanggok and Manjong farms") name bodies too.
    return following if body or places or named or _designates_names(last) else None


def _participle(head: Token, j: int) -> list[int]:
    """A participle clause right after the group's head that modifies it: "units taking on an
    important firepower task", "construction regiments dispatched to cities and counties"."""
    doc = head.doc
    if j >= len(doc) or doc[j].tag_ not in {"VBG", "VBN"}:
        return []
    if doc[j].dep_ != "acl" or doc[j].head != head:
        return []
    # "with officials saying no date was set": what they say, not which ones they are (but
    # "children adding to the laughter" says which).
    kids = {c.dep_ for c in children_of(doc[j])}
    reporting = doc[j].lemma_.casefold() in lexicon.words("reporting_verbs")
    if "ccomp" in kids or (reporting and "prep" not in kids):
        return []
    end = doc[j].right_edge.i + 1
    if end - j > PARTICIPLE_WORDS:
        end = _participle_with_its_object(doc, j)
    clause = doc[j:end]
    if end - j > PARTICIPLE_WORDS or any(t.is_punct or t.is_space for t in clause):
        return []
    # "participants filled with loyalty and patriotic zeal": how they feel, not which ones.
    if doc[end - 1].lemma_.casefold() in lexicon.words("manner_nouns"):
        return []
    return list(range(j, end))


def _participle_with_its_object(doc: Doc, j: int) -> int:
    """End of a long participle clause cut after its first prepositional phrase: "people
    involved in the assassination attempt" (against the president ...) say which ones; an
    end past the bound where the clause has no such phrase."""
    k = j + 2
    if k >= len(doc) or doc[j + 1].dep_ != "prep" or doc[j + 1].head.i != j:
        return len(doc)
    while k < len(doc) and doc[k].tag_ in {"DT", "PDT", "PRP$"}:
        k += 1
    end = _phrase_end(doc, k, set())
    return end if end > k and not any(doc[i].ent_type_ for i in range(k, end)) else len(doc)


def _group_phrases(head: Token, taken: set[int], persons: frozenset[int]) -> list[int]:
    """The phrases after a group's head noun that say whose or where it is: "officials of
    the C.C., WPK", "pupils from flood-hit areas", "deputies to the Supreme People's
    Assembly", "cadres accompanying him"."""
    doc = head.doc
    tokens = doc_tokens(doc)
    right: list[int] = []
    j = head.i + 1
    if j < len(doc) and tokens[j].lower_ in lexicon.words("group_postmodifiers"):
        # "the cadres accompanying him": the participle and its pronoun.
        if tokens[j].tag_ == "VBG":
            return [j, j + 1] if j + 1 < len(doc) and tokens[j + 1].tag_ == "PRP" else []
        right.append(j)
        j += 1
    # An adjective after the head with its own phrase says which ones they are, as a phrase
    # of the head would: "countries hostile against us", "units responsible for the station".
    adjective = _postposed_adjective(head, j)
    if adjective:
        return [*right, *range(j, adjective)]
    # At most two attached phrases: "officials of the C.C.", "pupils from flood-hit areas".
    prepositions = GROUP_PREPOSITIONS | NAMED_PREPOSITIONS | PURPOSE_PREPOSITIONS
    anchors = {head.i}
    verb = _verb_after_subject(head)
    for _ in range(2):
        attached = j < len(doc) and tokens[j].lower_ in ATTACHED_PREPOSITIONS
        if attached and tokens[j].head.i not in anchors:
            break
        where = j < verb and tokens[j].lower_ in WHERE_PREPOSITIONS
        if j >= len(doc) or (tokens[j].lower_ not in prepositions and not attached and not where):
            break
        # "the three foreign ministers of A, B and C": the "of" names the first of them.
        if tokens[j].lower_ in HOLDERS_PREPOSITION and holders_counted(head):
            break
        k = j + 1
        purpose = tokens[j].lower_ in PURPOSE_PREPOSITIONS
        if purpose and (head.tag_ != "NN" or k >= len(doc) or tokens[k].tag_ not in NOUN_TAGS):
            break
        while k < len(doc) and tokens[k].tag_ in {"DT", "PDT", "PRP$"}:
            k += 1
        m = _shared_head_end(doc, k, _phrase_end(doc, k, taken))
        # A phrase on a subject ends before the subject's verb, which the parse may tag as a
        # participle ("- Workers in the power sector increased production").
        if k < verb < m:
            m = verb
        if m == k:
            break
        # A time says when, not which ones: "protesters in recent days".
        if any(tokens[i].ent_type_ in {"DATE", "TIME"} for i in range(k, m)):
            break
        # A feeling or an effort says how: "serving the people with extraordinary efforts".
        if attached and tokens[m - 1].lemma_.casefold() in lexicon.words("manner_nouns"):
            break
        named = any(tokens[i].ent_type_ in NAMED_KINDS for i in range(k, m))
        # "families of defectors in Hoeryong" are families of defectors, found in a place,
        # and "smugglers" are arrested "in Hyesan"; "officials in Jongju City" are the city's.
        placed = tokens[j].lower_ in {"from", "in"} and named and (right or tokens[j].head != head)
        # Only before the verb do "at", "across" and a named place after "in" say which ones
        # they are. The phrase then ends with the name it gives, else the parse took the verb
        # for a noun ("organizations in the DPRK stage a campaign"); an event says where they
        # were, not whose ("speakers at the meeting"); a place after a body places the body
        # ("workers of the farm in Waudo District").
        extra = tokens[j].lower_ not in prepositions and not attached
        if (
            (placed or extra)
            and not (
                where
                and m <= verb
                and not (named and not tokens[m - 1].ent_type_)
                and tokens[m - 1].lemma_.casefold() not in lexicon.mapping("event_nouns")
                and not (right and tokens[j].head != head)
            )
            and not (
                tokens[j].lower_ in GROUP_PREPOSITIONS
                and tokens[m - 1].ent_type_
                and _attendees_listed(head, m)
            )
        ):
            break
        # "deputies to the Supreme People's Assembly", but not "gifts to officials".
        in_charge = _in_charge(doc, j, m)
        if tokens[j].lower_ in NAMED_PREPOSITIONS and not named and not in_charge:
            break
        m = _coordinated_bodies(doc, m, taken, persons)
        right.extend(range(j, m))
        # "duties" of "units with important fire duties" takes a phrase of its own; a manner
        # ("in cooperation") does not.
        if tokens[j].lower_ in ATTACHED_PREPOSITIONS | {"of"}:
            anchors.add(m - 1)
        j = m
        # Whose they are closes what says which ones: "the workers under its control in
        # danger" are in danger, not a group of that name.
        if in_charge:
            break
    # A participle after an attached phrase is as likely a verb of its own ("the children the
    # people of the flood-hit areas left in our care").
    return right or _participle(head, j)


def _postposed_adjective(head: Token, j: int) -> int:
    """End of the adjective at `j` that follows a group's head and modifies it, with the
    phrase the adjective takes ("hostile against us"; lexicon `group_postposed_adjectives`);
    0 if there is none. Without a phrase of its own the adjective is the clause's ("the
    workers present")."""
    doc = head.doc
    if j + 1 >= len(doc):
        return 0
    adjective, preposition = doc[j], doc[j + 1]
    if (
        adjective.tag_ != "JJ"
        or adjective.dep_ != "amod"
        or adjective.head != head
        or adjective.lower_ not in lexicon.words("group_postposed_adjectives")
    ):
        return 0
    if preposition.dep_ != "prep" or preposition.head != adjective:
        return 0
    end = adjective.right_edge.i + 1
    return end if doc[end - 1].tag_ in NOUN_TAGS | {"PRP"} else 0


def _shared_head_end(doc: Doc, start: int, end: int) -> int:
    """End of a phrase whose last word modifies a noun after "and" or a comma, with the words
    coordinated to it: "the power transmission and distribution sector" is one sector, not
    the "power transmission" and another phrase. Not a body of a kind, a group of its own ("the
    provincial land and marine conservation bureau")."""
    last = doc_tokens(doc)[end - 1]
    head = last.head
    if (
        end < len(doc)
        and doc[end].lower_ in {"and", ","}
        and _modifies_later_noun(last, end)
        and head.left_edge.i <= start
        # Not people, whom the parse may give a place of the phrase before ("officials ... in
        # the municipality and working people").
        and (
            head.lower_ not in lexicon.words("group_heads")
            or head.lower_ in lexicon.words("group_bodies")
        )
        and not _body_of_a_kind(head)
    ):
        return head.i + 1
    return end


def _modifies_later_noun(token: Token, end: int) -> bool:
    """The common word modifies a noun at or after `end`, past the words coordinated to it
    ("transmission" of "the power transmission and distribution sector"); not a name
    ("Koreans in Japan and Japanese political parties", "the Kundong and Nongpho farms")."""
    return (
        token.dep_ in SHARED_HEAD_DEPS
        and token.pos_ in {"NOUN", "ADJ"}
        and not token.ent_type_
        and token.head.i >= end
        and token.head.tag_ in NOUN_TAGS
    )


def _in_charge(doc: Doc, j: int, end: int) -> bool:
    """The phrase from `j` to `end` is "under" a possessive and a noun of authority ("under
    their charge", "under his command"): it says whose the group is, though it names nobody."""
    return (
        end == j + 3
        and doc[j].lower_ == "under"
        and doc[j + 1].tag_ == "PRP$"
        and doc[j + 2].lower_ in lexicon.words("charge_nouns")
    )


def _attendees_listed(head: Token, end: int) -> bool:
    """The group, with its phrase up to `end`, closes a sentence that lists who was there
    ("Present there were A, secretary of X, and officials and agricultural workers in
    Ryonggang County", "made with the attendance of A and officials in Waudo District"): no
    verb after it can take a place there for where something happened, so the place says
    which ones they are."""
    sentence = sentence_of(head)
    if any(not (t.is_punct or t.is_space) for t in sentence.doc[end : sentence.end]):
        return False
    opening = sentence.text.casefold().removeprefix("also ")
    if any(opening.startswith(p + " ") for p in lexicon.words("attendance_phrases")):
        return True
    nouns = lexicon.words("attendance_nouns")
    return any(
        t.lemma_.casefold() in nouns and t.nbor().lower_ == "of"
        for t in sentence.doc[sentence.start : head.i]
    )


def _first_conjunct(token: Token) -> Token:
    """The first of the conjuncts a token is listed with, which holds the list's role in its
    clause: "farms" of "the officials and farms"."""
    while token.dep_ == "conj" and token.head.i < token.i:
        token = token.head
    return token


def _verb_after_subject(head: Token) -> int:
    """Where the verb of a group's clause stands when the group (or the first of the heads it
    is coordinated with) is the verb's subject and comes before it; 0 otherwise."""
    first = _first_conjunct(head)
    verb = first.head
    return verb.i if first.dep_ in SUBJECT_DEPS and verb.i > head.i else 0


def _group_name(doc: Doc, indices: list[int]) -> str:
    parts = []
    tokens = doc_tokens(doc)
    for k, token in enumerate(tokens[i] for i in indices):
        keep_case = (
            token.ent_type_ != ""
            # A plural name's word too ("the Workers' Party").
            or (token.tag_ in {"NNP", "NNPS"} and token.i != sentence_of(token).start)
            or _people_plural(token)
            # An acronym's plural keeps its capitals ("American GIs", "NGOs").
            or (len(token.text) > 2 and token.text.endswith("s") and token.text[:-1].isupper())
        )
        if k:
            previous = tokens[indices[k - 1]]
            # Written as in the text where the words touch ("No. 1"), but glued words
            # ("SungSquare") and words the group leaves out between them take a space.
            touching = previous.i + 1 == token.i and not previous.whitespace_
            glued = previous.text[-1:].isalpha() and token.text[:1].isalpha()
            parts.append("" if touching and not glued else " ")
        parts.append(token.text if keep_case else token.lower_)
    # Hyphens and possessives are written as in the text.
    joined = re.sub(r" ?(-) ?", r"\1", "".join(parts))
    joined = joined.replace(" ,", ",")
    return re.sub(r" (['’]s?)(?= |$)", r"\1", joined)


def _wire_group_tokens(doc: Doc, indices: list[int]) -> list[int]:
    """A group's words without what wire copy adds around them: a caption's word before them
    ("caption people"), a verb's gerund the parse took for an adjective ("of intimidating
    protesters, beating politicians and jailing activists") and an idiom after them ("men in
    connection" with the attack)."""
    kept = list(indices)
    first = doc[kept[0]]
    gerund = (
        first.tag_ == "VBG"
        and first.lower_ not in lexicon.words("group_participles")
        and (
            first.dep_ == "conj"
            or any(c.dep_ == "conj" for c in children_of(first))
            or any(c.dep_ == "conj" and c.tag_ == "VBG" for c in children_of(first.head))
        )
    )
    if len(kept) > 1 and (first.lower_ in lexicon.words("wire_caption_words") or gerund):
        kept = kept[1:]
    for idiom in lexicon.entries("wire_group_idioms"):
        words = idiom.split()
        tail = [doc_lowers(doc)[i] for i in kept[-len(words) :]]
        if len(kept) > len(words) and tail == words:
            kept = kept[: -len(words)]
    return kept


def _people_plural(token: Token) -> bool:
    """A capitalised plural whose singular is a people's adjective or noun: "Americans",
    "Britons" (lexicon `people_nouns`)."""
    word = singular(token.lower_)
    return (
        token.tag_ in {"NNS", "NNPS"}
        and token.is_title
        and token.is_alpha
        and (word in lexicon.mapping("demonyms") or word in lexicon.words("people_nouns"))
    )


def _is_group_head(token: Token) -> bool:
    # A people or the adherents of a cause named by a plural noun: "Palestinians", "Zionists".
    # Not the hyphen the model tagged with the words it joins ("Pro-republicans").
    if token.tag_ in {"NNS", "NNPS"} and token.ent_type_ == "NORP" and token.is_alpha:
        return True
    # A people's plural the model left untyped after the nationality hyphened to it
    # ("Cuban-Americans"), which it types alone.
    if _people_plural(token):
        return True
    if _capitalised_head(token):
        return True
    if token.tag_ == "NNS":
        word = token.lower_
        return (
            word in lexicon.words("group_heads")
            or word in lexicon.words("group_place_heads")
            or _informants(token)
            or _agents_speaking(token)
            or _people_figures(token)
            or any(
                word.endswith(suffix) and len(word) - len(suffix) >= SUFFIX_STEM
                for suffix in lexicon.words("group_suffixes")
            )
        )
    if token.tag_ != "NN":
        return False
    return (
        _plural_tagged_singular(token)
        or _state_medium(token)
        or (
            token.lower_ in lexicon.words("collective_heads")
            and token.dep_ != "compound"
            and not _closes_a_title(token)
        )
    )


def _plural_tagged_singular(token: Token) -> bool:
    """A group's plural the tagger took for a singular ("the war maniacs loudly talk", "the
    diplomatic corps")."""
    return (
        token.tag_ == "NN"
        and token.lower_.endswith("s")
        and token.lower_ in lexicon.words("group_heads")
    )


def _state_medium(token: Token) -> bool:
    """A broadcaster named by its common noun and who runs it ("state television showed",
    "state-run radio said"): a medium that acts, with no proper name."""
    if token.dep_ == "compound" or token.lower_ not in lexicon.words("media_nouns"):
        return False
    doc, start = token.doc, token.i - 1
    # The word before, with the words a hyphen joins to it: "state-run".
    while start > 0 and not doc[start - 1].whitespace_:
        start -= 1
    return start >= 0 and doc[start : token.i].text.casefold() in lexicon.words(
        "state_media_modifiers"
    )


def _closes_a_title(token: Token) -> bool:
    """The noun right after a title's "of" that is part of the title ("chief of staff", "the
    chief of staff's tenure"), not a body of its own."""
    doc, i = token.doc, token.i
    return i >= 2 and doc[i - 1].lower_ == "of" and doc[i - 2].lower_ in lexicon.words("titles")


def _acting_bodies(token: Token) -> bool:
    """Unnamed enterprises of one kind that act together: "Coal mining complexes across the
    country are pushing ahead with ...", "various coal-mining machine factories are
    producing parts". The plural of a body's name head is a group as the subject of a verb,
    or as those a verb's act is for or done by ("materials sent to regional-industry
    factories", "facilities provided for several universities", "products presented by
    leading software enterprises"), with a common word before it that says which ones; bare ("the
    factories"), it refers back to bodies named before. So is the plural of a body's noun that
    ends no name (lexicon `unnamed_body_plurals`: "security services believe ..."), as a subject
    only of a verb that acts on something."""
    # Listed after another, the bodies take the role of the first of the list: "the governor
    # and local trade unions organized ...".
    first = _first_conjunct(token)
    # A passive subject is what is done to them, not their act: "as soon as regional-industry
    # factories are completed".
    plural = token.tag_ == "NNS" or _capitalised_plural(token)
    if not plural or not (first.dep_ == "nsubj" or _party_to_an_act(first)):
        return False
    # A plural the lexicon lists keeps its verb's test even where its singular heads names
    # ("Winnipeg Police Service", but "perfect services appropriate to its class").
    if token.lower_ in lexicon.words("unnamed_body_plurals"):
        if first.dep_ == "nsubj" and not _acts_on_something(first.head):
            return False
    elif lexicon.mapping("name_heads").get(singular(token.lower_)) != EntityKind.ORGANIZATION.value:
        return False
    # A superlative picks them out as well: "products presented by the best IT enterprises".
    return any(
        child.dep_ in {"compound", "amod"}
        and (
            child.tag_ in KIND_TAGS
            or (child.tag_ == "JJS" and child.lower_ not in {"most", "least"})
        )
        and child.is_alpha
        for child in children_of(token)
        if child.i < token.i
    ) or _placed_after(token)


def _missions_of_a_country(token: Token) -> bool:
    """A country's diplomatic missions, named by the country and their plural noun (lexicon
    `mission_nouns`): "the DPRK missions in their countries", "U.S. embassies around the
    world". The country says which ones, so they are a group wherever they are told of, not
    only where they act (see `_acting_bodies`); the country is a word of the group's name, as
    its missions are its own and not all its institutions. Where an attack hits them they are
    buildings (see `mission_building`)."""
    if token.tag_ != "NNS" or singular(token.lower_) not in lexicon.words("mission_nouns"):
        return False
    country = token.doc[token.i - 1] if token.i else None
    return (
        country is not None
        and country.head == token
        and country.dep_ in {"compound", "amod", "nmod"}
        and (country.ent_type_ in {"GPE", "NORP"} or _known_kind(country.text) is EntityKind.PLACE)
        and not mission_building(token)
    )


def _capitalised_plural(token: Token) -> bool:
    """A plural opening a sentence, which the tagger takes for a name for its capital ("- Farms
    in North Hamgyong Province reaped bumper harvest")."""
    word = token.lower_
    return token.tag_ in {"NNP", "NNPS"} and singular(word) != word and _opening_capital(token)


def _placed_after(token: Token) -> bool:
    """A phrase right after the noun says where the bodies are, so which ones: "Farms in
    North Hamgyong Province reaped a bumper harvest", "Mines in the metal industry are
    pushing ahead"."""
    following = token.nbor() if token.i + 1 < len(token.doc) else None
    return (
        following is not None
        and following.lower_ in WHERE_PREPOSITIONS
        and following.head == token
        and following.dep_ == "prep"
    )


def _acts_on_something(verb: Token) -> bool:
    """A verb whose subject does something to something or says something ("sent floral
    baskets", "believe that ..."): its subject is an actor. Without an object the subject may
    be a thing that lies, grows or happens ("dead bodies lay", "financial services grew"), and
    "took place" says an event happened ("memorial services took place")."""
    occurrence = lexicon.words("event_occurrence_verbs")
    objects = [c for c in children_of(verb) if c.dep_ in ACTED_ON_DEPS]
    return bool(objects) and not any(
        f"{verb.lemma_.casefold()} {o.lower_}" in occurrence for o in objects
    )


def _party_to_an_act(token: Token) -> bool:
    """The object of "to", "for" or "by" on a verb: who receives, benefits from or does the
    act ("sent to ...", "provided for ...", "presented by ..."). On a noun the phrase only
    says which thing is meant ("the road to the factories")."""
    head = token.head
    return (
        token.dep_ == "pobj"
        and head.lower_ in BODY_ROLE_PREPOSITIONS
        and head.dep_ in PREPOSITION_OR_DATIVE_DEPS
        and head.head.pos_ == "VERB"
    )


def _acting_collective(token: Token) -> bool:
    """A body named by a singular collective noun as the subject of a verb: "the army moved
    in", "Quorix's management expects", or listed after the subject ("Police and the military
    are believed to be concerned"). Not of "be", which says what a thing is ("utilities
    management is a niche")."""
    first = _first_conjunct(token)
    return (
        token.tag_ == "NN"
        and first.dep_ in SUBJECT_DEPS
        and not token.ent_type_
        and first.head.pos_ in {"VERB", "AUX"}
        and first.head.lemma_ != "be"
        and token.lower_ in lexicon.words("acting_collective_heads")
    )


def _informants(token: Token) -> bool:
    """Unnamed sources who speak are people: "Local sources said", "Sources close to the
    Provisionals indicated", "according to law enforcement sources" (not "sources of
    income", which say nothing)."""
    if token.lower_ not in lexicon.words("source_nouns"):
        return False
    head = token.head
    if token.dep_ == "nsubj":
        return head.lemma_.casefold() in lexicon.words("reporting_verbs")
    return according_to(token)


def according_to(token: Token) -> bool:
    """The object of "according to": whom a sentence credits with what it tells."""
    head = token.head
    return token.dep_ == "pobj" and head.lower_ == "to" and head.head.lower_ == "according"


def _people_figures(token: Token) -> bool:
    """ "Figures" that are people, told by the word before them: "foreign figures praised the
    party", "killings of local tribal figures" (not "official figures" or "sales figures")."""
    return token.lower_ == "figures" and any(
        c.dep_ == "amod" and c.lower_ in lexicon.words("figure_adjectives")
        for c in children_of(token)
    )


def _agents_speaking(token: Token) -> bool:
    """A plural agent noun as the subject of a reporting verb: "Forecasters say the picture
    will get worse", "Investigators said" (people, whatever their trade)."""
    word = token.lower_
    return (
        token.dep_ == "nsubj"
        and token.head.lemma_.casefold() in lexicon.words("reporting_verbs")
        and any(
            word.endswith(suffix) and len(word) - len(suffix) >= AGENT_STEM
            for suffix in lexicon.words("agent_suffixes")
        )
    )


def _capitalised_head(token: Token) -> bool:
    """A group's head noun opening a sentence, which the tagger takes for a name for its
    capital ("Youth and students across the country signed the petitions", "Pyongyang,
    November 3 (KCNA) -- Avengers are visiting ...")."""
    if token.tag_ not in {"NNP", "NNPS"}:  # asked of every word: the tag rules out most at once
        return False
    word = token.lower_
    return _opening_capital(token) and (
        word in lexicon.words("group_heads") or word in lexicon.words("collective_heads")
    )


def _opening_capital(token: Token) -> bool:
    """A common noun the tagger took for a name's word for the capital it opens a sentence with.
    A plural name opens sentences too ("Travelers Corp.'s net income rose"): a plural tagged as
    a name's is a common noun only after a dateline's or a list's dash, which no name follows."""
    opens = _opens_sentence(token) if token.tag_ == "NNP" else _after_opening_dash(token)
    return opens and token.dep_ != "compound" and not token.ent_type_


def _opens_sentence(token: Token) -> bool:
    """The token is the first word of its sentence, or of what follows a dateline's dash or the
    dash that opens a line of a list ("- Farms in ..."): the parse may run either into the
    sentence before. A word the parse starts a sentence at inside a name ("the FIFA U-20
    Women's World Cup") opens none."""
    doc = token.doc
    if token.is_sent_start:
        return token.i == 0 or doc[token.i - 1].is_punct or doc[token.i - 1].is_space
    return _after_opening_dash(token)


def _after_opening_dash(token: Token) -> bool:
    """The token follows a dateline's dash ("(KCNA) -- Avengers are") or the dash that opens a
    line of a list ("- Farms in ...")."""
    doc = token.doc
    if token.i == 0:
        return False
    before = doc[token.i - 1]
    if before.text not in _DASHES:
        return False
    if before.i == 0 or before.is_sent_start:
        return True
    ahead = doc[before.i - 1]
    return ahead.text == ")" or (ahead.is_space and "\n" in ahead.text)


def _plurals(word: str) -> tuple[str, ...]:
    """The forms the plural of a singular noun may take ("boxers", "saleswomen", "deputies")."""
    forms = (word + "s", word + "es", word[:-1] + "ies")
    return (*forms, word[:-3] + "men") if word.endswith("man") else forms


def _personal_noun(word: str) -> bool:
    """A singular noun whose ending names one person ("bomber", "saleswoman", "envoy") and
    whose plural heads a group ("bombers")."""
    if word in lexicon.words("impersonal_heads"):
        return False
    # `endswith` given the endings at once: one call, not one a ending.
    return word.endswith(lexicon.entries("lone_person_endings")) and any(
        form in lexicon.words("group_heads") for form in _plurals(word)
    )


def names_one_person(word: str) -> bool:
    """A singular common noun that names one person by a part played ("official", "dealer",
    "suspect"), whose bearer the article may tell of as a group of one."""
    return _personal_noun(word) or word in lexicon.words("lone_person_nouns")


def _apposed_noun(token: Token) -> bool:
    """A noun the parse set in apposition to the noun just before it: "boxer" of "a woman
    boxer", the head of both."""
    return token.dep_ == "appos" and token.head.i == token.i - 1 and token.head.tag_ == "NN"


def _unnamed_person(token: Token) -> bool:
    """A single person the article does not name, brought in by "a" ("asked a saleswoman",
    "a DPRK woman boxer bagged a gold medal"): a group of one, as the plural of the noun is a
    group. Not a predicate or an apposition ("he is a boxer", "elected as a member"), which
    says what someone already named is."""
    if token.tag_ != "NN":
        return False
    word = token.lower_
    # The word is asked first: most nouns name no person, and the parse costs more to read.
    if not names_one_person(word):
        return False
    doc = token.doc
    lead = token.head if _apposed_noun(token) else token
    if lead.dep_ in {"attr", "appos", "oprd", "compound"}:
        return False
    if token.i + 1 < len(doc) and _apposed_noun(doc[token.i + 1]):
        return False
    # "one" brings in one person as "a" does: "recalled one participant".
    if not any(
        (c.dep_ == "det" and c.lower_ in {"a", "an"}) or (c.dep_ == "nummod" and c.lower_ == "one")
        for c in lead.children
    ):
        return False
    if _voice_of_body(token):
        return False
    return lead.head.lower_ != "as" and not any(c.ent_type_ == "PERSON" for c in token.children)


def _voice_of_body(token: Token) -> bool:
    """A spokesman for a body the text names ("a spokesman for the Ministry of National
    Defence"): the body speaks through him and is who acts, not a group of one beside it. A
    body's name before the noun ("a Reuters spokesman") only says whose he is: wire copy's
    unnamed spokesman is a group of one, as "a company spokeswoman" is."""
    if token.lower_ not in lexicon.words("voice_nouns"):
        return False
    bodies = [
        o
        for p in token.children
        if p.dep_ == "prep" and p.lower_ in {"for", "of"}
        for o in p.children
        if o.dep_ == "pobj"
    ]
    return any(b.ent_type_ == "ORG" for b in bodies)


def _definite_person(token: Token) -> bool:
    """A single person the article does not name, told of again by "the" or a possessive
    as they act or undergo the act ("the bomber detonated", "police arrested the suspect",
    "his friend was convicted"): a group of one, as "a bomber" is. Not a title, which
    stands for the person who holds it ("the premier"), nor a noun a name goes with ("the
    suspect, Chérif Chekatt"), nor one in any other phrase ("the care of the father")."""
    agent = token.dep_ == "pobj" and token.head.lower_ == "by"
    if token.tag_ != "NN" or not (token.dep_ in PERSON_ROLES or agent):
        return False
    word = token.lower_
    voice = _voice_of_person(token)
    if not voice and (word in lexicon.words("titles") or word in lexicon.words("impersonal_heads")):
        return False
    # "the tender-hearted father", "the teacher of the people": state media's epithets of a
    # leader are kin and mentors; a relative of someone ("his mother", "Mr. Schwarz's
    # father") is one person the article does not name.
    kin = _kin_of_someone(token)
    if not kin and (word in lexicon.mapping("kinship") or word in lexicon.words("epithet_heads")):
        return False
    # "The reporter said": who made the report told of before, or no one.
    if word in lexicon.mapping("speaker_roles"):
        return False
    # The word is asked first: most nouns name no person, and the children cost more to read.
    if not (voice or kin or names_one_person(word)):
        return False
    said = (
        voice
        or kin
        or (
            token.head.lower_ != "as"
            and any(
                (c.dep_ == "det" and c.lower_ in {"the", "a", "an"})
                or (c.dep_ == "poss" and c.tag_ == "PRP$")
                for c in token.children
            )
        )
    )
    named = any(c.dep_ in {"appos", "compound"} and c.ent_type_ for c in token.children)
    following = token.doc[token.i + 1] if token.i + 1 < len(token.doc) else None
    named = named or (following is not None and following.ent_type_ == "PERSON")
    return said and not named


def _voice_of_person(token: Token) -> bool:
    """One who speaks for a person the article names, not named herself ("McKinnon's
    spokeswoman said"): a group of one, where the spokesman of a body stands for the body."""
    return token.lower_ in lexicon.words("voice_nouns") and any(
        c.dep_ == "poss" and c.ent_type_ == "PERSON" for c in token.children
    )


def _kin_of_someone(token: Token) -> bool:
    """A relative of a person a possessive points to: "his mother", "Mr. Schwarz's
    great-grandfather". Not "our", with which state media call a leader kin of all."""
    word = token.lower_.removeprefix("great-").removeprefix("grand")
    return word in lexicon.mapping("kinship") and any(
        c.dep_ == "poss" and ((c.tag_ == "PRP$" and c.lower_ != "our") or c.ent_type_ == "PERSON")
        for c in token.children
    )


def _elliptical_counts(doc: Doc, by_token: Mapping[int, Entity]) -> Iterator[tuple[int, int, str]]:
    """Groups counted without their noun, which the group named just before gives: "killed
    23 Afghan soldiers and injured another 15" (another 15 Afghan soldiers), "13 people were
    hurt and 11 were still in hospital", "injured more than 260 others". Each as start, end
    and name; none where no group was named in the sentence or the one before."""
    tokens = doc_tokens(doc)
    for i, tag in enumerate(doc_tags(doc)):
        if tag != "CD" or i in by_token:
            continue
        token = tokens[i]
        if token.ent_type_ in NOT_COUNTS:
            continue
        others = token.dep_ == "nummod" and token.head.lower_ == "others"
        head = token.head if others else token
        if head.dep_ not in PERSON_ROLES or (not others and token.dep_ == "nummod"):
            continue
        start = head.left_edge.i + (head.left_edge.lower_ == "the")
        sentence = sentence_of(token)
        first = sentence_of(doc[sentence.start - 1]).start if sentence.start else 0
        before = (by_token.get(i) for i in range(start - 1, first - 1, -1))
        group = next((e for e in before if e is not None and e.kind is EntityKind.GROUP), None)
        if group is None:
            continue
        written = doc[start : head.i + 1].text.lower()
        yield start, head.i + 1, written if others else f"{written} {group.name}"


def _those_described(doc: Doc, by_token: Mapping[int, Entity]) -> Iterator[tuple[int, int, str]]:
    """People named only by what is said of them, "those" with a clause, a participle or an
    adjective after it: "bring to justice those who were responsible", "objections from those
    advocating direct election", "those responsible are involved". Not "those" before a noun
    ("those books"), which the parse makes its determiner. Each as start, end and name."""
    lowers = doc_lowers(doc)
    for i, word in enumerate(lowers):
        if word != "those" or i in by_token:
            continue
        token = doc[i]
        if token.dep_ not in GROUP_ROLES:
            continue
        described = [c for c in children_of(token) if c.i > i and c.dep_ in DESCRIBING_DEPS]
        if not described:
            continue
        end = described[-1].right_edge.i + 1
        # A clause's closing comma or quote is no part of the name.
        while end > i + 1 and not doc[end - 1].is_alpha and not doc[end - 1].is_digit:
            end -= 1
        text = doc[i:end].text
        yield i, end, text[0].lower() + text[1:]


def _qualified_collective(token: Token) -> bool:
    """A collective noun with a word that says which one: "the rising generation", not a
    quantity ("a couple of days")."""
    if token.tag_ != "NN" or token.lower_ not in lexicon.words("qualified_collective_heads"):
        return False
    indefinite = any(c.lower_ in {"a", "an"} for c in token.children)
    if indefinite and token.i + 1 < len(token.doc) and token.doc[token.i + 1].lower_ == "of":
        return False
    return any(
        c.dep_ in {"amod", "poss", "compound"} or c.lower_ in {"the", "a", "an"}
        for c in token.children
    )


def _national_collective(token: Token) -> bool:
    """A nation's collective named by a noun that names one only with the nation's adjective
    ("the Iraqi leadership"); the adjective as the model types it or as the demonyms list it."""
    demonyms = lexicon.mapping("demonyms")
    return (
        token.tag_ == "NN"
        and token.lower_ in lexicon.words("national_collective_heads")
        and any(
            c.dep_ == "amod" and (c.ent_type_ == "NORP" or c.lower_ in demonyms)
            for c in children_of(token)
            if c.i < token.i
        )
    )


def _stance_collective(token: Token) -> bool:
    """People acting together for or against something, named by a noun that names them only
    with a stance prefix before it ("the anti-abortion movement", "an anti-Arab underground
    movement"; lexicon `stance_collective_heads`)."""
    if token.tag_ != "NN" or token.lower_ not in lexicon.words("stance_collective_heads"):
        return False
    doc = token.doc
    return any(
        doc[i].lower_ in lexicon.words("stance_prefixes")
        and doc[i + 1].text == "-"
        and not doc[i].whitespace_
        and not doc[i + 1].whitespace_
        for i in range(token.left_edge.i, token.i - 1)
    )


def _acting_camp(token: Token) -> bool:
    """A political camp named by a noun that names one only as "the" camp that acts, does
    a passive's act or owns something (lexicon `camp_collective_heads`), with no phrase that
    says what it is against ("the opposition to the plan")."""
    if token.tag_ != "NN" or token.lower_ not in lexicon.words("camp_collective_heads"):
        return False
    doer = (
        token.dep_ in SUBJECT_DEPS
        or token.dep_ == "poss"
        or (token.dep_ == "pobj" and token.head.dep_ == "agent")
    )
    children = list(token.children)
    return (
        doer
        and any(c.dep_ == "det" and c.lower_ == "the" for c in children)
        and not any(c.dep_ == "prep" for c in children if c.i > token.i)
    )


def _body_of_a_kind(token: Token) -> bool:
    """A body named by a lower-case common noun with words that say which one ("the provincial
    trade union committee", "the executive committee"), not its name's head ("Central
    Committee"), a bare noun that refers back to a body named before ("the committee") nor
    what something is said to be ("it is an advisory committee")."""
    if (
        token.tag_ != "NN"
        or token.dep_ == "attr"
        or not token.is_lower
        or not (token.lower_ in lexicon.words("unnamed_body_heads") or _local_unit(token))
    ):
        return False
    before = [c for c in token.children if c.i < token.i]
    modifiers = [c for c in before if c.dep_ in {"amod", "compound", "nmod"} or _owning_group(c)]
    # A body in the article's world is definite, or brought in by "a" as the one an act is
    # for, to or by ("submit the offer to a special committee of the board"); "as a shock
    # brigade", "the role of vanguard and shock brigade" say what someone acts as. A
    # capitalised word before the noun belongs to a name ("the provincial Party committee" is
    # read with its Party).
    told = any(c.lower_ == "the" or c.dep_ == "poss" for c in before) or (
        any(c.lower_ in {"a", "an"} for c in before) and _party_to_an_act(token)
    )
    return told and bool(modifiers) and all(c.is_lower for c in modifiers)


def _local_unit(token: Token) -> bool:
    """A site's noun after the adjective of a local body's level, which names the body that
    runs it ("the provincial farm machine parts shop"; lexicon `local_unit_heads`). Not a
    place's possessive ("the city's bus station")."""
    levels = lexicon.words("local_body_levels")
    return token.lower_ in lexicon.words("local_unit_heads") and any(
        t.lower_ in levels and t.dep_ != "poss" for t in token.doc[token.left_edge.i : token.i]
    )


def _owning_group(token: Token) -> bool:
    """A group in the possessive that says whose body follows, with its own word that says
    which ("provincial people" of "the provincial people's committee"): the body is named by
    the whole phrase, not the group alone. A bare "the people's committee" refers back."""
    return (
        token.dep_ == "poss"
        and token.is_lower
        and token.lower_ in lexicon.words("group_heads")
        and any(c.dep_ in {"amod", "compound"} and c.is_lower for c in token.children)
    )


def _next_coordinated(doc: Doc, after: int) -> Token | None:
    """The group head coordinated with the one ending at `after`: "officials, scientists
    and researchers", "teachers and researchers"."""
    j = after + 1
    while j < len(doc) and doc[j].lower_ in {",", "and"}:
        j += 1
    if j == after + 1:
        return None
    for token in doc[j : j + 4]:
        if _is_group_head(token):
            return None if _opens_a_clause(doc[after], token) else token
        # A prefix glued to its hyphen is a modifier though tagged a plural noun ("sub" of
        # "sub-workteams"; its hyphen is tagged a noun). An adverb there starts a phrase of its
        # own ("newly-appointed officials and well-known scientists").
        hyphened = (
            token.tag_ in GROUP_HEAD_TAGS
            and not token.whitespace_
            and token.i + 1 < len(doc)
            and doc[token.i + 1].text == "-"
        )
        if token.tag_ not in GROUP_MODIFIER_TAGS and not hyphened:
            return None
    return None


def _opens_a_clause(before: Token, token: Token) -> bool:
    """A group head after a comma that is the subject of a verb of its own: a new clause, not
    the list's next item ("killed 224 people, police said", "were not termed suspects, and
    FBI officials played down ..."). Without the comma the parse may have made a list's last
    item the subject ("the Americans and other stranded foreigners could leave")."""
    return (
        before.nbor().text == ","
        and token.dep_ in SUBJECT_DEPS
        and token.head.i > token.i
        and token.head.i != before.head.i
        and before.dep_ not in SUBJECT_DEPS
    )


def _bare_place_word(token: Token) -> bool:
    """A word of a list of places with nothing before it to say which ones ("cities and
    counties", "counties of Musan")."""
    return token.lower_ in lexicon.words("group_place_heads") or token.lower_ in {",", "and"}


def _acting_places(doc: Doc, indices: list[int]) -> bool:
    """A list of places with nothing before it that does something to something: the bodies
    of those places act ("the cities and counties ensure the supply", "provinces, cities and
    counties should provide the victims with relief goods")."""
    first = doc[indices[0]]
    return first.dep_ == "nsubj" and first.head.pos_ == "VERB" and _acts_on_something(first.head)


def _list_items(doc: Doc, indices: list[int], head: int) -> list[list[int]]:
    """The items of a list of groups: one "and" joins heads that share their words ("officials,
    scientists and researchers of the Drone Institute"); a second one shows a list whose items
    are separated by commas and its last "and" ("working people, youth and students and service
    personnel of the Korean People's Army")."""
    joints = [i for i in indices if i < head and doc[i].lower_ == "and"]
    commas = [i for i in indices if i < head and doc[i].text == ","]
    if len(joints) < 2 or not commas or not _distinct_last_item(doc, indices, joints[-1], head):
        return [indices]
    cuts = {*commas, joints[-1]}
    items: list[list[int]] = [[]]
    for i in indices:
        if i in cuts:
            items.append([])
        else:
            items[-1].append(i)
    return [item for item in items if any(_is_group_head(doc[i]) for i in item)]


def _distinct_last_item(doc: Doc, indices: list[int], joint: int, head: int) -> bool:
    """Whether the item after a list's last "and" is a group apart: it has its own determiner
    or quantifier ("and many other citizens", "and the ...") or its own phrase after its head
    ("and service personnel of the Korean People's Army"). Else that "and" joins two heads of
    the list's last item, and the whole list is one group acting together ("Officials, working
    people, service personnel and school youth and children visited ...")."""
    first = doc[joint + 1]
    marked = first.tag_ in {"DT", "PDT", "CD", "PRP$"} or first.lower_ in lexicon.words(
        "group_quantity_words"
    )
    # A list of acts done to groups: "intimidating protesters, beating politicians and
    # jailing activists".
    done_to = first.tag_ == "VBG" and first.lower_ not in lexicon.words("group_participles")
    return marked or done_to or any(i > head for i in indices)


def _groups(
    doc: Doc, taken: set[int], persons: frozenset[int] = frozenset()
) -> Iterator[tuple[list[int], str]]:
    grouped: set[int] = set()
    tokens = doc_tokens(doc)
    for i, tag in enumerate(doc_tags(doc)):
        # Only a common noun heads a group (see the three tests below): the tags say which
        # tokens to look at.
        if i in taken or i in grouped:
            continue
        token = tokens[i]
        # `_capitalised_head` asks for an NNP first: most tokens are turned away without the call.
        if tag not in GROUP_HEAD_TAGS and (
            tag != "NNP" or not (_capitalised_head(token) or _capitalised_plural(token))
        ):
            continue
        if _owning_group(token) and _body_of_a_kind(token.head):
            continue
        of_a_kind = _body_of_a_kind(token)
        if not (
            _is_group_head(token)
            or _unnamed_person(token)
            or _qualified_collective(token)
            or _national_collective(token)
            or _stance_collective(token)
            or _acting_camp(token)
            or of_a_kind
            or _definite_person(token)
            or _acting_bodies(token)
            or _missions_of_a_country(token)
            or _acting_collective(token)
        ):
            continue
        if _modifies_noun(token) or _designates_names(token) or _ends_forces_in_a_title(token):
            continue
        indices = _group_tokens(token, taken, persons)
        # The last word of a group found before is not this one's when a list of people starts
        # after it: "officials of ... organizations in the municipality and working people,
        # youth and students of many units", where the parser hangs "municipality" on
        # "people". A body after "and" is the rest of that word's phrase ("members of the
        # provincial land and marine conservation bureau").
        before = [i for i in indices if i < token.i and i in grouped]
        if before and doc[before[-1] + 1].lower_ in {",", "and"} and not of_a_kind:
            indices = [i for i in indices if i > before[-1]]
            while doc[indices[0]].lower_ in {",", "and"}:
                indices = indices[1:]
        # Heads listed before a shared phrase make one group: "officials, scientists and
        # researchers of the Drone Institute". A body of a kind is an item of its own ("the
        # provincial fishery management bureau, and inhabitants of ...").
        while (
            indices[-1] == token.i
            and not of_a_kind
            and (following := _next_coordinated(doc, token.i))
        ):
            token = following
            of_a_kind = _body_of_a_kind(token)
            indices = [*range(indices[0], token.i + 1), *_group_phrases(token, taken, persons)]
        if of_a_kind:
            # Its owner before a possessive is named apart: "National Aluminum's rolling
            # division" is the rolling division (a canonical name has no possessive).
            owned = [i for i in indices if i < token.i and doc[i].tag_ == "POS" and i - 1 in taken]
            indices = [i for i in indices if not owned or i > owned[-1]]
        grouped.update(indices)
        if all(_bare_place_word(doc[i]) for i in indices if i <= token.i) and not (
            _acting_places(doc, indices)
        ):
            continue
        for item in _list_items(doc, indices, token.i):
            yield item, _group_name(doc, item)


def _retinues(
    doc: Doc, by_token: Mapping[int, Entity], subjects: list[tuple[int, Entity]]
) -> Iterator[tuple[int, Entity]]:
    """Those travelling with a person: "Choe Son Hui and her party" is a group, "Choe Son Hui's
    party", whose mention is the retinue noun with its pronoun. The person is the last one named
    before in the sentence, else the last one who was a subject."""
    tokens, lowers, tags = doc_tokens(doc), doc_lowers(doc), doc_tags(doc)
    nouns = lexicon.words("retinue_nouns")
    for i in range(2, len(tokens)):
        if lowers[i] not in nouns or tags[i] != "NN":
            continue
        token = tokens[i]
        pronoun = doc[token.i - 1]
        if pronoun.lower_ not in PERSONAL_PRONOUNS or pronoun.tag_ != "PRP$":
            continue
        if doc[token.i - 2].lower_ != "and":
            continue
        named = [
            by_token[i]
            for i in range(sentence_of(token).start, token.i - 2)
            if i in by_token and by_token[i].kind is EntityKind.PERSON
        ]
        earlier = [person for i, person in subjects if i < token.i]
        person = named[-1] if named else earlier[-1] if earlier else None
        if person is not None:
            yield token.i, Entity(EntityKind.GROUP, f"{person.name}'s {token.lower_}")


def _title_of(token: Token) -> str:
    """The title a noun names with its modifiers; a name the parse hangs on it is its
    holder's, no word of it ("named Thomas Keller president")."""
    words = [
        t.lower_
        for t in children_of(token)
        if t.i < token.i and t.dep_ in {"compound", "amod"} and t.ent_type_ != "PERSON"
    ]
    return " ".join([*words, token.lemma_.casefold()])


def holders_counted(head: Token) -> list[Token]:
    """ "the three foreign ministers of A of Poland, B of Hungary and C of the Czech Republic":
    a plural noun counted (lexicon `count_words`) whose "of" names the first of as many people
    as it counts, the others listed in apposition to it, names each of them, not whose they
    are. The names' heads in order, else none."""
    count = next(
        (
            lexicon.mapping("count_words").get(c.lower_)
            for c in children_of(head)
            if c.dep_ == "nummod"
        ),
        None,
    )
    if head.tag_ not in {"NNS", "NNPS"} or count is None:
        return []
    first = [o for o in phrase_objects(head, HOLDERS_PREPOSITION) if o.ent_type_ == "PERSON"]
    tables = parse_tables(head.doc)
    # The parse hangs the rest of the list on the title, in apposition or coordinated; the
    # recogniser may leave a name of it untyped.
    others = [
        tables.tokens[k]
        for a in children_of(head)
        if a.dep_ in {"appos", "conj"} and a.i > head.i
        for k in conjunct_indices(tables, a.i)
        if tables.tokens[k].tag_ == "NNP" and tables.tokens[k].ent_type_ in {"PERSON", ""}
    ]
    names = first + others
    return names if len(first) == 1 and others and len(names) == int(count) else []


def posts_of_the_named(root: Token, another: Callable[[Token], bool]) -> list[Token]:
    """The words that name the posts the sentence gives the person named at `root` (`another`
    tells the words of other people's names): the heads of the name's appositions and of the
    posts joined to them ("Kim, premier and chairman of ..."); the office a verb of appointing
    gives the name written before it ("named Thomas Keller president"); the verb of a relative
    clause by which the person leads a named body ("Kim Yong Nam, who heads the Presidium",
    lexicon `leading_verbs`, see `leading_post`); and the post written last before the name
    in another's apposition ("a lawyer for the White House secretary, Betty Currie")."""
    posts: list[Token] = []
    appositions = [c for c in children_of(root) if c.dep_ == "appos" and not another(c)]
    # A first post written bare, then several written with "the": the list goes on to others
    # present, unnamed ("Ri, chief secretary of X, the chairman of Y, the chief secretary
    # of Z and ..."); one alone is still the person's ("Kim, general secretary of the WPK,
    # the head of state and our brother").
    first = next((a for a in appositions if a.pos_ in {"NOUN", "PROPN"}), None)
    bare = first is not None and not any(c.dep_ == "det" for c in children_of(first))
    heads = [h for a in appositions for h in (a, *a.conjuncts)]
    listed = {h.i for h in heads if h is not first and has_the(h)}
    others = listed if bare and len(listed) > 1 else set()
    for appos in appositions:
        # The list joined to a post the next name holds goes on with others.
        if _held_by_the_next(appos, another):
            continue
        for head in (appos, *appos.conjuncts):
            # "A, Vice-Chairman B": another's name joined to the post.
            if head.i in others or another(head) or _held_by_the_next(head, another):
                continue
            posts.append(head)
    verb = root.head
    if (
        root.dep_ == "compound"
        and verb.dep_ == "oprd"
        and verb.head.lemma_.casefold() in lexicon.words("appointing_verbs")
    ):
        posts.append(verb)
    posts += [c for c in children_of(root) if c.dep_ == "relcl" and leading_post(c) is not None]
    posts += _post_before_name(root)
    if appositions:
        posts += [c for c in children_of(root) if c.dep_ == "conj" and _post_added(c, another)]
    # "a lawyer for the White House secretary, Ann Forde": the name in apposition to the post
    # it holds, written first, after a comma ("the great leader Comrade Kim Il Sung" is an
    # epithet).
    post = root.head
    titled = post.tag_ == "NN" and post.lemma_.casefold() in lexicon.words("titles")
    comma = root.left_edge.i > 0 and root.doc[root.left_edge.i - 1].text == ","
    if root.dep_ == "appos" and post.i < root.i and titled and comma and not another(post):
        posts.append(post)
    return posts


def _post_added(conj: Token, another: Callable[[Token], bool]) -> bool:
    """A title joined to a name after its apposition with "and a", closed by a comma, is one
    more post of the person: "Mr William Craig, leader of Ulster Vanguard, and a former
    Stormont Cabinet Minister, called for ..." (another person joined so would end the
    subject without the comma)."""
    doc = conj.doc
    start, end = conj.left_edge.i, conj.right_edge.i + 1
    return (
        conj.lemma_.casefold() in lexicon.words("titles")
        and not another(conj)
        and doc[start].lower_ in {"a", "an"}
        and start >= 2
        and doc[start - 1].lower_ == "and"
        and doc[start - 2].text == ","
        and end < len(doc)
        and doc[end].text == ","
    )


def _held_by_the_next(post: Token, another: Callable[[Token], bool]) -> bool:
    """A post its own holder's name follows is that person's: "his wife Carmen Ruiz Olmo,
    the actress Lucía Soto"; "Mr Whitelaw, the defence secretary, Lord Carrington, and ...",
    a post written with "the" and a comma before the next name the parse joins to it."""
    doc = post.doc
    for c in children_of(post):
        if c.i <= post.i or not another(c):
            continue
        if c.dep_ in {"appos", "compound"}:
            return True
        if c.dep_ == "conj" and has_the(post) and doc[c.left_edge.i - 1].text == ",":
            before = c.left_edge.i - 1
            # Only the post's own words up to the comma: no other item listed between.
            if all(t.dep_ != "conj" for t in doc[post.i + 1 : before]):
                return True
    return False


def leading_post(verb: Token) -> str | None:
    """The post a verb of leading gives its subject, where its object is a body's name: "heads
    the Presidium", "chairs the Senate Armed Services Committee"."""
    post = lexicon.mapping("leading_verbs").get(verb.lemma_.casefold())
    objects = [c for c in children_of(verb) if c.dep_ == "dobj"]
    named = any(o.ent_type_ == "ORG" or o.pos_ == "PROPN" for o in objects)
    return post if named else None


def _post_before_name(root: Token) -> list[Token]:
    """ "Davis, a lawyer for the White House secretary, Betty Currie": the post ending the
    "for" phrase of the apposition before the name is the name's (the parse hangs both
    names on the first)."""
    doc = root.doc
    start = root.left_edge.i
    if root.dep_ != "appos" or start < 2 or doc[start - 1].text != ",":
        return []
    post = doc[start - 2]
    held = post.dep_ == "pobj" and post.head.lower_ == "for" and post.head.head.dep_ == "appos"
    titled = post.tag_ == "NN" and post.lemma_.casefold() in lexicon.words("titles")
    return [post] if held and titled and post.head.head.head.i == root.head.i else []


def post_of(token: Token) -> str:
    """The post a word of `posts_of_the_named` names: a title with its modifiers, or the
    post of a verb of leading."""
    return leading_post(token) or _title_of(token)


def _named_other_than(people: Mapping[int, str], own: str) -> Callable[[Token], bool]:
    """Whether a word is of a person's name (by token, `people`) other than `own`."""
    return lambda token: people.get(token.i, own) != own


def _title_holders(named: list[_Named]) -> list[tuple[int, str, Entity]]:
    """Where each person is named, with each title the text gives them there."""
    titles = lexicon.union("titles", "sole_titles")
    holders: list[tuple[int, str, Entity]] = []
    people = {
        i: n.name
        for n in named
        if n.kind is EntityKind.PERSON
        for i in range(n.span.start, n.span.end)
    }
    for item in named:
        if item.kind is not EntityKind.PERSON:
            continue
        person = Entity(item.kind, item.name)
        posts = posts_of_the_named(item.span.root, _named_other_than(people, item.name))
        given = [*item.titles, *(post_of(t) for t in posts if t.pos_ in {"NOUN", "VERB"})]
        holders.extend((item.span.end, title, person) for title in given if title in titles)
    return holders


def _resolve_titles(doc: Doc, named: list[_Named], by_token: dict[int, Entity]) -> None:
    """ "The premier" and "the general secretary" refer to the person who was given that title."""
    holders = _title_holders(named)
    tokens = doc_tokens(doc)
    for i, tag in enumerate(doc_tags(doc)):
        if i in by_token or tag != "NN":
            continue
        token = tokens[i]
        if not has_the(token):
            continue
        title = _title_of(token)
        earlier = [person for end, held, person in holders if held == title and end <= token.i]
        if earlier:
            by_token[token.i] = earlier[-1]


def _sole_title(token: Token, by_token: Mapping[int, Entity]) -> str | None:
    """The title a capitalised or phrasal title noun names when only one person holds it:
    "the General Secretary", "the Supreme Commander", "the head of state of the DPRK"."""
    title = _title_of(token)
    doc = token.doc
    end = min(token.i + 3, len(doc))
    after = tokens_text(doc, token.i + 1, end) if token.i + 1 < end else ""
    phrase = f"{title} {after.casefold()}"
    if phrase in lexicon.words("sole_titles"):
        return phrase if _unqualified(doc_tokens(doc)[end - 1], by_token) else None
    # Written small, "general secretary" is mostly some party's own ("the general secretary
    # and international secretary of the Serbian Communist Party").
    sole = (
        token.is_title
        and title in lexicon.union("sole_titles", "held_titles")
        and all(_unqualified(t, by_token) for t in (token, *token.conjuncts))
    )
    return title if sole else None


def _unqualified(token: Token, by_token: Mapping[int, Entity]) -> bool:
    """No body qualifies the title: "the general secretary of the Lao People's Revolutionary
    Party" is that party's; "the head of state of the DPRK" is still the one head of state."""
    return all(
        (e := by_token.get(o.i)) is not None and e.kind is EntityKind.PLACE
        for o in phrase_objects(token, TITLE_OWNER_PREPOSITIONS)
    )


def _resolve_sole_titles(
    doc: Doc, named: list[_Named], by_token: dict[int, Entity]
) -> tuple[list[tuple[int, Entity]], list[tuple[int, str, Entity]]]:
    """A title only one person holds stands for the person the article gives it to, before or
    after ("the order given by the head of state" ... "Kim Jong Un said"), or for the one person
    the article names: state media name the leader by title alone as often as by name. The
    titles that are subjects are returned: a "he" after them is their holder; and where each
    title stands, with its holder, who holds it whether or not the text gives it to them by
    name ("the order given by the head of state of the DPRK" ... "Kim Jong Un said")."""
    holders = _title_holders(named)
    subjects = []
    titled: list[tuple[int, str, Entity]] = []
    tokens = doc_tokens(doc)
    people = {Entity(item.kind, item.name) for item in named if item.kind is EntityKind.PERSON}
    revered = {
        Entity(item.kind, item.name)
        for item in named
        if item.kind is EntityKind.PERSON
        and any(
            t.lower_ in lexicon.words("reverential_words")
            for t in tokens[max(item.span.start - 3, 0) : item.span.start]
        )
    }
    # State media write of their leader as "the respected Comrade Kim Jong Un": the one person
    # so revered is the one a sole title stands for when others are named too.
    leaders = revered if len(revered) == 1 else people
    for i, tag in enumerate(doc_tags(doc)):
        if tag not in {"NN", "NNP"}:
            continue
        token = tokens[i]
        # The model may take a title for a body's name ("the Supreme Commander").
        taken = by_token.get(token.i)
        if taken is not None and taken.name.casefold() != _title_of(token):
            continue
        if not has_the(token):
            continue
        title = _sole_title(token, by_token)
        if title is None:
            continue
        holder = _holder(holders, title, token.i, leaders)
        if holder is not None:
            by_token[token.i] = holder
            titled.append((token.i, title, holder))
            if token.dep_ in SUBJECT_DEPS and not _reported(token):
                subjects.append((token.i, by_token[token.i]))
    return subjects, titled


def _reported(token: Token) -> bool:
    """The token is in what someone is said to have said ("He said that the General Secretary
    ..."): the "he" that follows is the speaker, not the person spoken of."""
    reporting = lexicon.words("reporting_verbs")
    return any(
        verb.pos_ == "VERB" and verb.lemma_.casefold() in reporting for verb in token.ancestors
    )


def _holder(
    holders: list[tuple[int, str, Entity]], title: str, at: int, people: set[Entity]
) -> Entity | None:
    """Who holds a title at token `at`: the one person given it, else the one named last
    before it when two are (a leader and a foreign party's general secretary), else the one
    person of `people` (the article's leader, or the one person it names)."""
    given = list(dict.fromkeys(person for _, held, person in holders if held == title))
    if len(given) > 1:
        earlier = [person for end, held, person in holders if held == title and end <= at]
        return earlier[-1] if earlier else None
    if given:
        return given[0]
    alone = len(people) == 1 and title in lexicon.words("sole_titles")
    return next(iter(people)) if alone else None


def _parent_body(item: _Named, named: list[_Named]) -> Entity | None:
    """The body a body's name says it belongs to: the Supreme People's Assembly of "the
    Standing Committee of the Supreme People's Assembly", the KPA of "the KPA Navy"."""
    if item.kind is not EntityKind.ORGANIZATION:
        return None
    span = item.span
    inside = [
        n
        for n in named
        if n.inner
        and n is not item
        and n.kind is EntityKind.ORGANIZATION
        and span.start <= n.span.start
        and n.span.end <= span.end
        and (n.span.start, n.span.end) != (span.start, span.end)
    ]
    suffixes = [n for n in inside if n.span.start > span.start and n.span.end == span.end]
    prefixes = [n for n in inside if n.span.start == span.start]
    found = min(suffixes, key=lambda n: n.span.start) if suffixes else None
    found = found or (prefixes[0] if prefixes else None)
    if found is None and known_entity(item.name) is not None:
        # A well-known body named after the body it belongs to, which the article names too:
        # the United Nations of "the UNSC" (the United Nations Security Council).
        found = next(
            (
                n
                for n in named
                if n.kind is EntityKind.ORGANIZATION
                and item.name.startswith(f"{n.name} ")
                and known_entity(n.name) is not None
            ),
            None,
        )
    found = found or _body_after_of(item, named)
    return Entity(found.kind, found.name) if found is not None else None


def _body_after_of(item: _Named, named: list[_Named]) -> _Named | None:
    """The body named after an "of" of a body's name that the article names apart, by its name
    or by its initials: the Union of Agricultural Workers of Korea of "the Nampho Municipal
    Committee of the UAWK"."""
    words = item.name.split(" of ")
    for i in range(1, len(words)):
        rest = " of ".join(words[i:]).removeprefix("the ")
        # One word is no body's name but a field's ("the Ministry of Defense"), unless it is
        # the article's acronym for one.
        if " " not in rest and not rest.isupper():
            continue
        body = next(
            (
                n
                for n in named
                if n.kind is EntityKind.ORGANIZATION
                and not n.inner
                and n.name != item.name
                and (rest in {n.name, n.written} or rest == _initials(n.name))
            ),
            None,
        )
        if body is not None:
            return body
    return None


def _attributive_places(
    doc: Doc, mentions: list[EntityMention], attributive: set[int], modifiers: set[int]
) -> set[Entity]:
    """The places named only inside bodies' names over a shared noun ("Nampho" of "the Nampho
    municipal committees"), and the bodies named only by a common word before a noun ("local
    Party and power organs"). A place named only before a group's noun is still a place the
    article names, as a name and not a nationality adjective: "the U.S. imperialists", "the ROK
    puppets", "a Delaware court"."""

    def modifies(m: EntityMention, tokens: set[int] = attributive) -> bool:
        span = token_span(doc, m.mention.start, m.mention.end)
        return span is not None and all(t.i in tokens for t in span)

    bodies, adjectives = lexicon.words("deciding_bodies"), lexicon.words("division_adjectives")

    def inside_bodies_names(m: EntityMention) -> bool:
        # "the Kangwon provincial regiments" name the province whose units they are, as "of
        # Kangwon Province" would; "the Nampho municipal committees" are bodies' names.
        span = token_span(doc, m.mention.start, m.mention.end)
        if span is None or span.end >= len(doc):
            return False
        return doc[span.end].text in adjectives and any(
            t.lemma_.casefold() in bodies for t in doc[span.end + 1 : span.end + 4]
        )

    def common_word(m: EntityMention) -> bool:
        # "Party" of "local Party and power organs": a body's common name the alias table
        # knows, not an acronym, nor a name that stands for a longer one ("East" of "the East
        # and West Sea Fleets"). A body's own one-word name stays ("Taliban gunmen").
        words = m.mention.text.split()
        return (
            len(words) == 1
            and _common_word_of_a_body(words[0])
            and modifies(m, attributive | modifiers)
        )

    # Grouped once: matching every entity against every mention is quadratic in long articles.
    by_entity: dict[Entity, list[EntityMention]] = {}
    for m in mentions:
        by_entity.setdefault(m.entity, []).append(m)
    return {
        e
        for e, told in by_entity.items()
        if (
            e.kind is EntityKind.PLACE and all(modifies(m) and inside_bodies_names(m) for m in told)
        )
        or (e.kind is EntityKind.ORGANIZATION and all(common_word(m) for m in told))
    }


def _mention(doc: Doc, article_id: str, start: int, end: int) -> Mention:
    if 0 <= start < end <= len(doc):
        # Read off the doc's tables: a span, made for its offsets and text alone, costs more.
        offsets = parse_tables(doc).offsets()
        text = tokens_text(doc, start, end)
        return Mention(article_id, offsets[start], offsets[start] + len(text), text)
    span = doc[start:end]
    return Mention(article_id, span.start_char, span.end_char, span.text)


def _is_name_word(token: Token) -> bool:
    return token.is_alpha and token.is_title and token.tag_ == "NNP"


def korean_names(doc: Doc) -> Iterator[Span]:
    """Surname + two-syllable given name ("Pak Thae Song"), however the model tagged it."""
    surnames = lexicon.words("korean_surnames")
    syllables = lexicon.words("korean_syllables")
    titles = lexicon.union("titles", "honorifics")
    tokens = doc_tokens(doc)
    for i, lower in enumerate(doc_lowers(doc)[: len(doc) - 2]):
        if lower not in surnames:
            continue
        token = tokens[i]
        if not (token.is_title and token.is_alpha):
            continue
        given = doc[token.i + 1 : token.i + 3]
        # A surname that is also an English word ("No Yong Sik") is tagged as that word:
        # the given name's syllables then decide.
        if not _is_name_word(token) and not all(t.lower_ in syllables for t in given):
            continue
        previous = doc[token.i - 1] if token.i else None
        # A title before the name is no part of it ("Chairman Ryu Kwang Bom").
        before_ok = previous is None or not _is_name_word(previous) or previous.lower_ in titles
        after = doc[token.i + 3] if token.i + 3 < len(doc) else None
        after_ok = after is None or not (after.is_title and after.is_alpha)
        # A short syllable can be tagged as an English word too ("Phyo Un Ha", "Pak In Sun").
        syllable_like = [
            _is_name_word(t) or t.lower_ in syllables or (t.is_title and len(t) <= 3) for t in given
        ]
        if before_ok and after_ok and all(syllable_like) and _ends_given_name(given[-1]):
            yield Span(doc, token.i, token.i + 3, label="PERSON")


def _ends_given_name(token: Token) -> bool:
    """The last syllable of a given name, which the tagger may take for an English noun
    ("Ok" of "Sin Kum Ok") when it is one of the syllables names are made of."""
    if _is_name_word(token):
        return True
    syllable = token.is_alpha and token.is_title and token.tag_ == "NN"
    return syllable and token.lower_ in lexicon.words("korean_syllables")


# The tags of a company's short name written alone: the model may take a name ending in "s"
# for a plural noun ("Ratners and Weisfield's said").
NAME_TAGS = frozenset({"NNP", "NNPS", "NNS"})
# The roles a company's short name written alone takes as a phrase's head; not a compound's
# word ("Ratners shares"), which the events read through the name in front.
SHORT_NAME_ROLES = frozenset(
    {"nsubj", "nsubjpass", "dobj", "pobj", "conj", "appos", "poss", "attr", "dative"}
)


def _untagged_company_names(doc: Doc, found: list[Span]) -> Iterator[Span]:
    """The first word or two of a company named in full with its legal form, written again
    alone where the model tagged nothing: "Ratners and Weisfield's said", "Valley Federal is
    being examined" after "Ratners Group PLC" and "Valley Federal Savings amp Loan
    Association" (business copy names a firm in full once, by its first words after; see
    `_shortens`). Only after the full name, capitalised proper nouns heading their phrase."""
    starts: dict[tuple[str, ...], int] = {}
    for span in found:
        words = [t.text for t in span_tokens(span) if t.lower_ != "the" and t.tag_ != "POS"]
        if span.label_ != "ORG" or len(words) < 2 or not company_name(" ".join(words)):
            continue
        for n in (1, 2):
            if n < len(words):
                key = tuple(words[:n])
                starts[key] = min(starts.get(key, span.end), span.end)
    # A firm's first words the model tagged alone once ("Valley Federal also added" after
    # "Valley Federal Savings amp Loan Association", a firm by its trade's words) name it
    # wherever they are written again. Not a body's ("Party" of "Party Central Committee").
    names = [
        [t.text for t in span_tokens(s) if t.lower_ != "the" and t.tag_ != "POS"] for s in found
    ]
    firms = [
        w
        for s, w in zip(found, names, strict=True)
        if s.label_ == "ORG" and not _trade_words().isdisjoint(x.casefold() for x in w)
    ]
    for span, words in zip(found, names, strict=True):
        key = tuple(words)
        if (
            span.label_ == "ORG"
            and len(key) in (1, 2)
            and key not in starts
            and any(len(w) > len(key) and tuple(w[: len(key)]) == key for w in firms)
        ):
            starts[key] = span.end
    if not starts:
        return
    taken = {i for span in found for i in range(span.start, span.end)}
    tokens = doc_tokens(doc)
    i = 0
    while i < len(tokens):
        for n in (2, 1):
            run = tokens[i : i + n]
            key = tuple(t.text for t in run)
            if (
                len(run) == n
                and key in starts
                and i >= starts[key]
                and not any(t.i in taken for t in run)
                and all(t.tag_ in NAME_TAGS and t.text[:1].isupper() for t in run)
                and run[-1].dep_ in SHORT_NAME_ROLES
                and all(t.head == run[-1] for t in run[:-1])
            ):
                yield Span(doc, i, i + n, label="ORG")
                i += n - 1
                break
        i += 1


def _short_korean_names(doc: Doc, found: list[Span]) -> Iterator[Span]:
    """Surname + one-syllable given name ("An Kil", "Choe Hyon") as an item of a list of
    people: too short to tell from other words alone, so a person listed next to it, or a
    title set off after it ("Choe Man Gil, general manager of ..."), decides."""
    surnames = lexicon.words("korean_surnames")
    # A person of one word is as likely the model's guess at a place ("Majon, Kumya, ...").
    persons = [s for s in found if s.label_ == "PERSON" and len(s) > 1]
    ends = {s.end for s in persons}
    starts = {s.start for s in persons}
    tokens = doc_tokens(doc)
    lowers = doc_lowers(doc)
    added = True
    while added:
        added = False
        for i in range(1, len(doc) - 2):
            if i + 2 in ends or lowers[i] not in surnames:
                continue
            surname, given, after = tokens[i : i + 3]
            if (
                not all(t.is_title and t.is_alpha and len(t) <= SYLLABLE for t in (surname, given))
                or tokens[i - 1].lower_ not in LIST_SEPARATORS
                or not (after.lower_ in LIST_SEPARATORS or after.is_sent_end or after.is_punct)
            ):
                continue
            nxt = tokens[i + 3] if i + 3 < len(doc) else None
            listed = i - 1 in ends or (
                nxt is not None
                and after.lower_ in LIST_SEPARATORS
                and (nxt.i in starts or (after.text == "," and nxt.is_lower and nxt.is_alpha))
            )
            if listed:
                ends.add(i + 2)
                starts.add(i)
                added = True
                yield Span(doc, i, i + 2, label="PERSON")


def _person_after_name(span: Span) -> Iterator[Span]:
    """The span split where a Korean person's name follows the name of a body whose title the
    person holds ("the National Aviation Administration" + "Rim Kwang Ung" of "General
    Director of the National Aviation Administration Rim Kwang Ung")."""
    tokens, end = doc_tokens(span.doc), span.end
    surname, given = tokens[end - 3] if len(span) >= 5 else None, tokens[end - 2 : end]
    if (
        surname is None
        or span.label_ == "PERSON"
        or surname.lower_ not in lexicon.words("korean_surnames")
        or not tokens[end - 4].is_title
        or not all(t.is_title and t.is_alpha and len(t) <= SYLLABLE for t in (surname, *given))
    ):
        yield span
        return
    yield Span(span.doc, span.start, span.end - 3, label=span.label_, kb_id=span.kb_id_)
    yield Span(span.doc, span.end - 3, span.end, label="PERSON")


def _slash_apart(span: Span) -> Iterator[Span]:
    """Two bodies the model joins across the slash between them ("a New York Times/CBS News
    poll"): each is a name of its own."""
    tokens = doc_tokens(span.doc)
    slash = next(
        (
            i
            for i in range(span.start + 1, span.end - 1)
            if tokens[i].text == "/" and not tokens[i].whitespace_ and not tokens[i - 1].whitespace_
        ),
        None,
    )
    # A credit's run of sources ("Police National/Handout/EPA") is no pair of bodies.
    slashes = sum(t.text == "/" for t in tokens[max(span.start - 1, 0) : span.end + 1])
    if (
        span.label_ != "ORG"
        or slash is None
        or slashes > 1
        or slash - span.start < 2
        or span.end - slash < 3
        or not tokens[slash - 1].is_title
        or not (tokens[slash + 1].is_title or tokens[slash + 1].is_upper)
    ):
        yield span
        return
    yield Span(span.doc, span.start, slash, label=span.label_, kb_id=span.kb_id_)
    yield Span(span.doc, slash + 1, span.end, label=span.label_, kb_id=span.kb_id_)


def _firms_apart(span: Span) -> Iterator[Span]:
    """Two firms the model joins where a list of offerings runs one item's underwriter into
    the next item's issuer, each ending in a legal form: "Goldman, Sachs amp Co. Hertz
    Corp." is "Goldman, Sachs amp Co." and "Hertz Corp."; a second legal form ("Co. Inc.")
    or a place after one ("Corp. of America") parts nothing."""
    forms = lexicon.words("company_suffixes")
    tokens = doc_tokens(span.doc)
    cut = next(
        (
            i + 1
            for i in range(span.start + 1, span.end - 2)
            if tokens[i].lower_ in forms
            and tokens[i].text.endswith(".")
            and tokens[i + 1].is_title
            and tokens[i + 1].lower_ not in forms
        ),
        None,
    )
    if span.label_ != "ORG" or cut is None or tokens[span.end - 1].lower_ not in forms:
        yield span
        return
    yield Span(span.doc, span.start, cut, label=span.label_, kb_id=span.kb_id_)
    yield Span(span.doc, cut, span.end, label=span.label_, kb_id=span.kb_id_)


def _acronym_apart(span: Span) -> Iterator[Span]:
    """A body's name and the acronym in brackets the model read as one ("the Bolivarian
    National Armed Forces (FANB"), as two names: `_defined_acronyms` makes one the other's."""
    bracket = next((t.i for t in span_tokens(span)[1:-1] if t.text == "("), None)
    if bracket is None or span.label_ == "PERSON" or not doc_tokens(span.doc)[bracket + 1].is_upper:
        yield span
        return
    yield Span(span.doc, span.start, bracket, label=span.label_, kb_id=span.kb_id_)
    yield Span(span.doc, bracket + 1, bracket + 2, label=span.label_)


def _places_apart(span: Span) -> Iterator[Span]:
    """A place's name and the division it lies in, which the model read as one ("Thongchon
    County of Kangwon Province", "Samjiyon of Ryanggang Province"), as two places: the text
    states the containment, not a longer name."""
    cut = next((t.i for t in span_tokens(span)[1:-1] if t.lower_ == "of"), None)
    if cut is None or span.label_ not in {"GPE", "LOC"}:
        yield span
        return
    doc, divisions = span.doc, division_nouns()
    tokens = doc_tokens(doc)
    inner = [t for t in tokens[span.start : cut] if t.lower_ != "the"]
    outer = tokens[cut + 1 : span.end]
    if (
        not inner
        or not all(t.is_title and t.is_alpha for t in inner)
        or all(t.lower_ in divisions for t in inner)
        or not outer
        or not outer[-1].is_title
        or not (
            (len(outer) >= 2 and outer[-1].lower_ in divisions)
            or _town_of_country(tokens_text(doc, inner[0].i, cut), spoken(doc[cut + 1 : span.end]))
        )
    ):
        yield span
        return
    yield Span(doc, span.start, cut, label=span.label_)
    yield Span(doc, cut + 1, span.end, label=span.label_)


def _town_of_country(town: str, country: str) -> bool:
    """State media's "Dandong of China", "Vladivostok of Russia": a town the gazetteer knows
    and the country it names after "of", not one name ("the Republic of Nicaragua", "the Bank
    of China" are no towns, whatever small town is called "Republic")."""
    return (
        town.casefold() not in lexicon.words("place_generic")
        and known_entity(f"{town} of {country}") is None
        and _a_country(country)
        and not _a_country(town)
        and any(_place_named_alone(m) for m in find_places(town))
    )


def _state_apart(span: Span) -> Iterator[Span]:
    """A state's abbreviation that ends a sentence and the name opening the next, which the
    model read as one name of either's kind ("Randolph, Mass." + "Cara, a food services
    chain"), as the state and the name."""
    tokens = span_tokens(span)
    cut = next(
        (
            t.i + 1
            for t in tokens[:-1]
            if t.text.endswith(".")
            and t.text.casefold() in lexicon.mapping("place_abbreviations")
            and t.i > 0
            and span.doc[t.i - 1].text == ","
        ),
        None,
    )
    if cut is None or span.label_ not in {"GPE", "LOC", "PERSON", "ORG"}:
        yield span
        return
    yield Span(span.doc, span.start, cut, label="GPE")
    yield Span(span.doc, cut, span.end, label=span.label_)


def _heads_apart(span: Span) -> Iterator[Span]:
    """Two names, each ending in its own head noun, that the model read as one across their
    "and" ("Anguk Temple and Paeksang Pavilion"), as two. A head shared by the words before
    it ("Primary and Secondary School") or a field after "of" ("University of Music and
    Dance") leaves one name."""
    cut = next((t.i for t in span_tokens(span)[1:-1] if t.lower_ == "and"), None)
    doc = span.doc
    tokens = doc_tokens(doc)
    if (
        cut is None
        or span.label_ not in BODY_AND_PLACE_LABELS
        or any(t.lower_ in {"of", "and", ","} for t in tokens[span.start : cut])
        or any(t.lower_ in {"of", "and", ","} for t in tokens[cut + 1 : span.end])
    ):
        yield span
        return
    first = [t for t in tokens[span.start : cut] if t.lower_ != "the"]
    second = tokens[cut + 1 : span.end]
    if (
        len(first) < 2
        or len(second) < 2
        or not all(t.is_title for t in [*first, *second])
        or _head_kind(first[-1].lower_) is None
        or _head_kind(second[-1].lower_) is None
    ):
        yield span
        return
    yield Span(doc, span.start, cut, label=span.label_)
    yield Span(doc, cut + 1, span.end, label=span.label_)


def alias_table_names(doc: Doc) -> Iterator[Span]:
    """Names the alias table knows, found as written ("Minju Joson", "Korean People's Army")."""
    labels = {EntityKind.ORGANIZATION: "ORG", EntityKind.PLACE: "GPE", EntityKind.PERSON: "PERSON"}
    for match in KNOWN_NAMES.finditer(doc_text(doc)):
        span = token_span(doc, match.start(), match.end())
        known = known_entity(match[0])
        if span is not None and known is not None and known.kind in labels:
            yield Span(doc, span.start, span.end, label=labels[known.kind])


def country_acronyms(doc: Doc) -> Iterator[Span]:
    """A country's acronym the model left untagged where it stands as a noun ("in the puppet
    ROK", "driving the whole ROK into ..."); as a modifier ("ROK military") the body's name
    holds it."""
    for token in doc_tokens(doc):
        if (
            token.ent_type_
            or token.dep_ not in NOUN_DEPS
            or len(token) < ACRONYM_LETTERS
            or not (token.is_upper and token.is_alpha)
        ):
            continue
        known = known_entity(token.text)
        if known is not None and known.kind is EntityKind.PLACE:
            yield Span(doc, token.i, token.i + 1, label="GPE")


def hyphened_countries(doc: Doc) -> Iterator[Span]:
    """Two countries a hyphen joins before a noun, which the model leaves untagged ("the
    U.S.-ROK drills"): each is a place, a side of what follows (see `_countries_apart`). A
    prefix's hyphen ("anti-DPRK moves") or a name's ("the All-India Forward Bloc") joins no
    two countries."""
    tokens = doc_tokens(doc)
    for i in range(1, len(tokens) - 1):
        if tokens[i].text != "-" or tokens[i].whitespace_ or tokens[i - 1].whitespace_:
            continue
        sides = (tokens[i - 1], tokens[i + 1])
        if all(side.text[:1].isupper() and _a_country(side.text) for side in sides):
            yield from (Span(doc, s.i, s.i + 1, label="GPE") for s in sides if not s.ent_type_)


def modifying_place_names(doc: Doc) -> Iterator[Span]:
    """A country's or a province's lone name the model leaves untagged where it modifies a
    common noun ("two Ulster Protestant politicians", "the Kosovo crisis"): the place is
    named there, as where the model tags it ("Miami relatives"). A word inside a longer
    capitalised name ("Ulster Bank") is that name's."""
    tokens = doc_tokens(doc)
    for token in tokens:
        if (
            token.ent_type_
            or token.tag_ != "NNP"
            or token.dep_ not in {"compound", "nmod"}
            or token.head.tag_ not in {"NN", "NNS"}
            or token.head.i < token.i
            or token.i == sentence_of(token).start
            or tokens[token.i - 1].is_title
            or tokens[token.i + 1].tag_ == "NNP"
            or token.lower_ in lexicon.words("compass_adjectives")
        ):
            continue  # "the West world" is a part of the world, whatever province is "West"
        if any(
            m.quality == OWN_NAME
            and m.place.place_type in {PlaceType.COUNTRY, PlaceType.FIRST_LEVEL_DIVISION}
            for m in find_places(token.text)
        ):
            yield Span(doc, token.i, token.i + 1, label="GPE")


def wire_acronyms(doc: Doc) -> Iterator[Span]:
    """Acronyms of well-known bodies ("MI5", "NATO"), whatever the model typed them: listed
    before the model's names, they win over a name of the same length ("MI5" as a product)."""
    spans = [
        span
        for match in WIRE_ACRONYMS.finditer(doc_text(doc))
        if (span := token_span(doc, match.start(), match.end())) is not None
    ]
    # A firm's name that opens with the acronym ("ETA Systems Inc.") is the firm's, and so is
    # the acronym alone after it, the short name the article calls the firm by again.
    firms = {span.text for span in spans if _opens_a_firms_name(span)}
    for span in spans:
        if span.text not in firms:
            yield Span(doc, span.start, span.end, label="ORG")


def _opens_a_firms_name(span: Span) -> bool:
    """Whether capitalised words after the span run on to a firm's legal form."""
    for token in span.doc[span.end : sentence_of(span[0]).end]:
        if token.lower_ in lexicon.words("company_suffixes"):
            return True
        if not (token.is_title or token.is_upper):
            return False
    return False


def headed_names(doc: Doc) -> Iterator[Span]:
    """Capitalised names ending in a head noun ("April 25 Hostel", "Kim Il Sung Square")."""
    labels = {EntityKind.PLACE.value: "FAC", EntityKind.ORGANIZATION.value: "ORG"}
    tokens = doc_tokens(doc)
    for i, lower in enumerate(doc_lowers(doc)):
        kind = _head_kind(lower)
        if kind is None:
            continue
        token = tokens[i]
        # A firm's legal form may be written in capitals ("Esselte AB", "Jaguar PLC").
        firm = lower in lexicon.words("company_suffixes")
        if not (token.is_title or (firm and token.is_upper)) or token.i == sentence_of(token).start:
            continue
        following = tokens[token.i + 1] if token.i + 1 < len(doc) else None
        if following is not None and following.lower_ in lexicon.words("titles"):
            continue  # "Vice Department Director": a title, not a department's name
        if (
            following is not None
            and (following.lower_ == "of" or following.is_title)
            and lower in lexicon.words("final_heads")
        ):
            continue  # "Japan's House of Councillors", "St Petersburg": the name runs on
        start = token.i
        # A firm's legal form also takes a word in capitals before it that the article names
        # the firm by again ("RMS International Inc. ... RMS said"), no heading's
        # ("CORPORATES Sun Microsystems Inc.").
        while start > sentence_of(token).start and (
            tokens[start - 1].is_title
            or (firm and _firms_capitals(tokens[start - 1]))
            or (tokens[start - 1].tag_ == "POS" and not _site_of_a_place(tokens, start - 1, kind))
            or (tokens[start - 1].like_num and tokens[start - 1].is_digit)
            or _joins_words(tokens[start - 1])
            or _joins_words(tokens[start])  # the word a hyphen joins on: "NATO" of "NATO-Russia"
            # "Ranam Coal-mining Machine Factory", "Kumgang-san Opera Troupe": the noun after a
            # name's hyphen is written in lower case; a participle makes a description of it
            # ("the Juche-oriented Musical Art Museum").
            or (
                start >= 2
                and tokens[start - 1].pos_ in {"NOUN", "PROPN"}
                and _joins_words(tokens[start - 2])
            )
            or _joins_modifiers(doc, start, token.i)
        ):
            start -= 1
        # "Senior Party and government officials": a sentence's first word, or a list item's
        # after its dash, may be capitalised only because it comes first.
        # (The word is asked of first: whether it opens a line is the dearer question.)
        if tokens[start].lower_ in lexicon.words("title_modifiers") and _first_or_opens_line(
            tokens[start]
        ):
            start += 1
        # "At Pyongyang International Airport, there were ...": nor is a preposition a name's.
        if doc[start].pos_ == "ADP" and _first_or_opens_line(tokens[start]):
            start += 1
        # The model's person, typed by `_kind`, where the head opens or ends its name and no
        # capitalised word before it makes it longer: "Park Geun-hye", "Fiona Hill", not
        # "Pyongyang Children's" + "Department Store". A title is no word of the name before
        # it: "Environment Minister" + "Alan Forbes".
        person = _model_person_at(token)
        if person is not None and (
            token.i + 1 < person.end
            or start >= person.start
            or doc[person.start - 1].lower_ in lexicon.words("titles")
        ):
            continue
        if start < token.i and not doc[start].like_num and not _joins_words(doc[start]):
            end = token.i + 1
            if kind == EntityKind.ORGANIZATION.value:
                end = _field_after(doc, end)
            start -= _after_article_of_a_title(tokens, start, token)
            yield Span(doc, start, _numbered_end(doc, end), label=labels[kind])


def _after_article_of_a_title(tokens: Sequence[Token], start: int, head: Token) -> bool:
    """The model took the name with its article for a work's title ("walked down the Manphok
    Ravine" tagged a work of art): the name takes the article too, so as to be as long as the
    model's span and win over it."""
    return (
        start > 0
        and tokens[start - 1].lower_ == "the"
        and tokens[start - 1].ent_iob_ == "B"
        and tokens[start - 1].ent_type_ in {"WORK_OF_ART", "PRODUCT"}
        and head.ent_type_ == tokens[start - 1].ent_type_
    )


def _firms_capitals(token: Token) -> bool:
    """A word in capitals the article writes again: a firm's short name ("RMS")."""
    return token.is_upper and token.is_alpha and doc_texts(token.doc).count(token.text) > 1


def _site_of_a_place(tokens: Sequence[Token], possessive: int, kind: str) -> bool:
    """The possessive after a town or country the model found, before a site's name, which
    says where the site is and is no part of its name: "New Jersey's" + "Newark International
    Airport", "Havana's" + "Plaza of the Revolution". A body's name keeps it ("Cuba's
    Communist Party" is the Communist Party of Cuba), and so does "Pyongyang Children's
    Department Store"."""
    return (
        kind == EntityKind.PLACE.value
        and possessive > 0
        and tokens[possessive - 1].ent_type_ == "GPE"
    )


def _joins_modifiers(doc: Doc, start: int, head: int) -> bool:
    """An "and" between two capitalised modifiers of one head noun, which the model cuts
    the name at: "Primary and Secondary School", "Agricultural and Forestry University". Only
    one word may stand between "and" and the head, and the word before "and" names nothing of
    its own, so that two names listed ("the Ministry of Culture and Pyongyang Art Theatre")
    stay two."""
    if start != head - 1 or start < 2 or doc[start - 1].lower_ != "and":
        return False
    before = doc[start - 2]
    # Two firms the model tagged apart are listed: "Innopac and Mobil Corp." (a firm's legal
    # form ends no "Primary and Secondary School").
    listed = (
        before.ent_type_ == "ORG"
        and doc[start].ent_iob_ == "B"
        and doc[head].lower_ in lexicon.words("company_suffixes")
    )
    return (
        before.is_title
        and before.i > sentence_of(before).start
        and _head_kind(before.lower_) is None
        # "the East and West Sea": two places a compass point tells apart (`compass_pairs`).
        and before.lower_ not in lexicon.words("compass_points")
        and before.ent_type_ not in {"PERSON", "GPE", "DATE"}
        and not listed
    )


def _numbered_end(doc: Doc, end: int) -> int:
    """The end of a name with the number that tells it from others of its kind after "No."
    ("Secondary School" + "No. 1"), which the tokenizer splits from its full stop."""
    if end < len(doc) and doc[end].text in {"No", "No."}:
        at = end + 1 + (doc[end].text == "No" and end + 1 < len(doc) and doc[end + 1].text == ".")
        if at < len(doc) and doc[at].like_num and doc[at].ent_type_ not in {"DATE", "TIME"}:
            return at + 1
    return end


def _field_after(doc: Doc, end: int) -> int:
    """The end of the field a body's name goes on with after "of", in words the model left
    untagged ("Sariwon Kye Ung Sang University" + "of Agriculture"), else `end`."""
    at = end + 1
    while at < len(doc) and _is_name_word(doc[at]) and not doc[at].ent_type_:
        at += 1
    return at if end < len(doc) and doc[end].lower_ == "of" and at > end + 1 else end


def _model_person_at(token: Token) -> Span | None:
    """The person's name the model tagged over the token, if any."""
    return _model_entity_at(token) if token.ent_type_ == "PERSON" else None


def _model_entity_at(token: Token) -> Span:
    """The name the model tagged over the token (the token alone where it tagged none)."""
    doc, start, end = token.doc, token.i, token.i + 1
    while doc[start].ent_iob_ == "I":
        start -= 1
    while end < len(doc) and doc[end].ent_iob_ == "I":
        end += 1
    return doc[start:end]


def national_forces(doc: Doc) -> Iterator[Span]:
    """A country's name or adjective and the word for its armed forces ("the U.S. forces",
    "Iranian armed forces"): the country's military, an organisation."""
    for ent in doc_ents(doc):
        if ent.label_ == "GPE":
            known = known_entity(ent.text)
            country = known is not None and known.kind is EntityKind.PLACE
        else:
            country = ent.label_ == "NORP" and ent.text.casefold() in lexicon.mapping("demonyms")
        if not country or _second_country_of_a_pair(doc, ent.start):
            continue
        length = _phrase_at(list(doc[ent.end : ent.end + 2]), 0, "military_heads")
        if length:
            yield Span(doc, ent.start, _stationed_in(doc, ent.end + length), label="ORG")


def _second_country_of_a_pair(doc: Doc, start: int) -> bool:
    """A country listed after another before the head they share: "the U.S. and Afghan
    forces", "Russian and Syrian forces" are the forces of several nations together, a group,
    not one country's military."""
    if start < 2 or doc[start - 1].lower_ not in LIST_SEPARATORS:
        return False
    return doc[start - 2].ent_type_ in {"GPE", "NORP"}


def _stationed_in(doc: Doc, end: int) -> int:
    """End of a country's forces' name with the country they are stationed in ("the U.S.
    forces in Japan" are a command of their own)."""
    if end + 1 >= len(doc) or doc[end].lower_ != "in":
        return end
    place = next((e for e in doc_ents(doc) if e.start == end + 1 and e.label_ == "GPE"), None)
    if place is None or not any(
        m.quality >= OTHER_NAME and m.place.place_type is PlaceType.COUNTRY
        for m in find_places(place.text)
    ):
        return end
    return place.end


def _after_post(doc: Doc, start: int) -> bool:
    """Token `start` follows a post held in what it names ("chairman of the ...")."""
    lowers = doc_lowers(doc)
    return (
        start >= 3
        and lowers[start - 1] == "the"
        and lowers[start - 2] == "of"
        and lowers[start - 3] in lexicon.words("titles")
    )


def titled_bodies(doc: Doc) -> Iterator[Span]:
    """A body named in lower case by what it does, where someone holds a post in it
    ("chairman of the provincial rural economy committee"): one body, not any committee."""
    bodies = lexicon.words("deciding_bodies")
    # A post is looked for only after a "the" (see `_after_post`), not at every word.
    lowers = doc_lowers(doc)
    for start in [i + 1 for i, lower in enumerate(lowers[:-1]) if lower == "the"]:
        if not _after_post(doc, start):
            continue
        end = start
        while end < len(doc) and (
            (doc[end].is_lower and doc[end].is_alpha) or doc[end].tag_ == "POS"
        ):
            end += 1
        after = doc[end] if end < len(doc) else None
        # A phrase of its own follows ("the provincial committee of the WPK"): the model's.
        if after is not None and after.lower_ == "of":
            continue
        if end - start >= 2 and doc[end - 1].lower_ in bodies:
            yield Span(doc, start, end, label="ORG")


def named_formations(doc: Doc) -> Iterator[Span]:
    """A formation named after its flagship ("the Theodore Roosevelt nuclear carrier task
    force"): the ship's name, the words of kind after it, and the formation's head."""
    heads = lexicon.words("formation_heads")
    lowers = doc_lowers(doc)
    for i in range(1, len(doc) - 1):
        if f"{lowers[i]} {lowers[i + 1]}" not in heads:
            continue
        floor = sentence_of(doc[i]).start
        start = i
        while start > floor and doc[start - 1].is_lower and doc[start - 1].tag_ in KIND_TAGS:
            start -= 1
        name = start
        while name > floor and _is_name_word(doc[name - 1]):
            name -= 1
        # A formation named after a place is no ship's: "the Atlanta task force" is the
        # investigators working there, a group.
        if name < start and doc[start - 1].ent_type_ not in PLACE_ENTITY_LABELS:
            yield Span(doc, name, i + 2, label="ORG")


def suffixed_place_names(doc: Doc) -> Iterator[Span]:
    """Korean place names whose last part is a lower-case suffix after a hyphen ("Sinmi-ri",
    "Sopho-dong No. 1"), with the number that tells apart neighbourhoods of one name."""
    tokens = doc_tokens(doc)
    suffixes = lexicon.words("place_suffixes")
    for i, lower in enumerate(doc_lowers(doc)):
        if i < 2 or lower not in suffixes:
            continue
        token, hyphen, name = tokens[i], tokens[i - 1], tokens[i - 2]
        if not _joins_words(hyphen) or hyphen.whitespace_ or not name.is_alpha:
            continue
        end = token.i + 1
        if end + 2 < len(doc) and doc[end].text == "No" and doc[end + 1].text == ".":
            end += 3 if doc[end + 2].like_num else 0
        yield Span(doc, name.i, end, label="GPE")


# People a town must have for its name after "in" to be read as the town where the model saw
# none: a city known the world over, not a village named like a common word.
LARGE_CITY = 100_000
# Particles in lower case a place's name may hold ("Dar es Salaam", "Rio de Janeiro"), and
# the longest such name looked up.
NAME_PARTICLES = 2
PARTICLED_NAME_LENGTH = 30
# The parse's links of a word standing as a noun phrase of its own.
NOUN_DEPS = frozenset({"pobj", "dobj", "nsubj", "nsubjpass", "conj", "appos", "attr"})
# Letters of the shortest country acronym looked for ("ROK"): shorter ones are English words.
ACRONYM_LETTERS = 3
# Labels the model gives a name it did not take for a place, a person or a body.
NOT_NAME_LABELS = frozenset({"", "DATE", "TIME", "LANGUAGE", "WORK_OF_ART", "PRODUCT", "EVENT"})


def located_place_names(doc: Doc) -> Iterator[Span]:
    """A capitalised name after a locative preposition that the gazetteer knows as a country or
    a large city, where the model saw no place: "a concert in Manchester" (tagged a date), "in
    Aleppo" (a language). The text must never write the word in lower case, nor name it as
    anything else, and wire_town_words.txt lists common words that are towns too."""
    # `token.is_lower` is `str.islower` of the token's text.
    written_lower = {text for text in doc_texts(doc) if text.islower()}
    named_otherwise = {
        tokens_text(doc, e.start, e.end) for e in doc_ents(doc) if e.label_ not in NOT_NAME_LABELS
    }
    lowers = doc_lowers(doc)
    prepositions = lexicon.words("locative_prepositions")
    # Only a preposition's token is made: the others are read from the doc's table.
    for i in range(len(doc) - 1):
        if lowers[i] not in prepositions:
            continue
        prep = doc[i]
        end = prep.i + 1
        while end < len(doc) and end - prep.i <= 3 and _untagged_name_word(doc[end]):
            end += 1
        if end == prep.i + 1 or (end < len(doc) and doc[end].tag_ == "POS"):
            continue
        span = doc[prep.i + 1 : end]
        if (
            span.text in named_otherwise
            or any(t.lower_ in written_lower for t in span)
            or span.text.casefold() in lexicon.words("wire_town_words")
        ):
            continue
        if any(_large_place(m) for m in find_places(span.text) if m.quality == OWN_NAME):
            yield Span(doc, span.start, span.end, label="GPE")


def particled_place_names(doc: Doc) -> Iterator[Span]:
    """A large place's name with a particle in lower case, which the model misses or cuts at
    the particle wherever no preposition goes before it: "the Tanzanian capital Dar es
    Salaam", "Dar-es-Salaam" (tagged "Salaam"). The gazetteer must know it word for word."""
    tokens = doc_tokens(doc)
    for i in range(len(doc) - 2):
        first = tokens[i]
        if not (first.is_title and first.is_alpha):
            continue
        end, particles = i + 1, 0
        while end + 1 < len(doc) and particles < NAME_PARTICLES:
            at = end + (tokens[end].text == "-")
            # An English word joins two names ("Republic" + "of" + "Korea"), a particle one.
            particle = tokens[at] if at < len(doc) else None
            if particle is None or not (
                particle.is_lower and particle.is_alpha and not particle.is_stop
            ):
                break
            at += 1
            at += at < len(doc) and tokens[at].text == "-"
            if at >= len(doc) or not (tokens[at].is_title and tokens[at].is_alpha):
                break
            end, particles = at + 1, particles + 1
        if particles == 0 or len(doc[i:end].text) > PARTICLED_NAME_LENGTH:
            continue
        if any(_large_place(m) for m in find_places(doc[i:end].text) if m.quality == OWN_NAME):
            yield Span(doc, i, end, label="GPE")


def _untagged_name_word(token: Token) -> bool:
    return (
        token.pos_ == "PROPN"
        and token.is_title
        and token.is_alpha
        and token.ent_type_ not in {"GPE", "LOC", "FAC", "ORG", "PERSON", "NORP"}
    )


def _large_place(match: Match) -> bool:
    place = match.place
    return place.place_type is PlaceType.COUNTRY or (
        place.place_type is PlaceType.CITY and place.population >= LARGE_CITY
    )


def offices_of_posts(doc: Doc) -> Iterator[Span]:
    """ "the Attorney General's office", "the Public Prosecutor's office": the body serving a
    post named in capitals, which the model cuts at the possessive or misses."""
    for i, lower in enumerate(doc_lowers(doc)):
        if lower not in lexicon.words("wire_post_bodies") or i < 3:
            continue
        if doc[i - 1].tag_ != "POS" or not doc[i - 2].is_title:
            continue
        start = i - 2
        while start > 0 and doc[start - 1].is_title and doc[start - 1].is_alpha:
            start -= 1
        # "The" stays in the span: the model's own span with it is no longer than this one.
        post = " ".join(t.lower_ for t in doc[start : i - 1] if t.lower_ != "the")
        if not any(post == t or post.endswith(" " + t) for t in lexicon.words("titles")):
            continue
        yield Span(doc, start, i + 1, label="ORG")


def prefixed_place_names(doc: Doc) -> Iterator[Span]:
    """Names after a word that makes them places ("Mt Myohyang"), which the model may miss."""
    tokens, titles = doc_tokens(doc), doc_titles(doc)
    prefixes = lexicon.words("place_prefixes")
    for i, lower in enumerate(doc_lowers(doc)[:-1]):
        if lower not in prefixes or not titles[i]:
            continue
        token = tokens[i]
        end = token.i + 1
        while end < len(doc) and doc[end].is_title and doc[end].is_alpha and not doc[end].is_stop:
            end += 1
        if end > token.i + 1:
            yield Span(doc, token.i, end, label="LOC")


def head_first_place_names(doc: Doc) -> Iterator[Span]:
    """Places whose head opens their name, which the model cuts or misses: a feature or a
    site before "of" and a name ("the Straits of Gibraltar", "Havana's Palace of Conventions",
    "the Great Hall of the People"), a street's or a park's word of another language before
    a name ("Rue Victor Hugo", "Plaza de Mayo"). A person's name ending in such a word stays
    the person's ("Tom Hall of Reuters")."""
    tokens, lowers = doc_tokens(doc), doc_lowers(doc)
    streets = lexicon.words("street_words")
    heads = lexicon.union("feature_heads", "head_first_site_nouns")
    for i, lower in enumerate(lowers[:-2]):
        token = tokens[i]
        if not token.is_title:
            continue
        if lower in streets:
            after = i + 1
        elif lower in heads and lowers[i + 1] == "of" and token.ent_type_ != "PERSON":
            after = i + 2 + (lowers[i + 2] == "the")
        else:
            continue
        end = _capitalised_run(tokens, after)
        if end == after or _place_ending_at(tokens, i):
            continue
        start, first = i, sentence_of(token).start
        # Capitalised words before the head are the name's own ("the Great Hall of ...").
        while (
            start > first
            and tokens[start - 1].is_title
            and tokens[start - 1].is_alpha
            and lowers[start - 1] != "the"
            and tokens[start - 1].ent_type_ != "PERSON"
        ):
            start -= 1
        # With its article, the name outlasts the model's cut one ("the Bay of" + "Bengal").
        start -= start > first and lowers[start - 1] == "the"
        feature = lower in lexicon.words("feature_heads")
        span = Span(doc, start, end, label="LOC" if feature else "FAC")
        if not _quoted(span):  # a title: the opera "The Sea of Blood"
            yield span


def _place_ending_at(tokens: Sequence[Token], i: int) -> bool:
    """The model's place of more than one word ends at token `i`: a whole name with its head
    last, which "of" and a name after it qualify ("the East Sea" + "of Korea")."""
    token = tokens[i]
    return (
        token.ent_iob_ == "I"
        and token.ent_type_ in PLACE_ENTITY_LABELS | {"FAC"}
        and (i + 1 == len(tokens) or tokens[i + 1].ent_iob_ != "I")
    )


def _capitalised_run(tokens: Sequence[Token], start: int) -> int:
    """The end of the capitalised words from `start`, across a hyphen inside a word
    ("Saint-Germain") and the lower-case particles of a street's name ("de Mayo")."""
    particles = lexicon.words("street_name_particles")
    end = at = start
    while at < len(tokens):
        token = tokens[at]
        if (token.is_title and token.is_alpha) or (at > start and _joins_words(token)):
            at += 1
            end = at
        elif token.lower_ in particles:
            at += 1
        else:
            break
    return end


def _joins_words(token: Token) -> bool:
    """A hyphen inside a word of a name ("Taekwon-Do Hall"), or joining an acronym to the
    name after it ("the NATO-Russia Council", a body of both)."""
    before = token.doc[token.i - 1] if token.i > 0 else None
    return (
        token.text == "-"
        and not token.whitespace_
        and before is not None
        and not before.whitespace_
        and (before.is_title or (before.is_upper and before.is_alpha))
    )


# What the model tags after the people where they go or when, or whom they serve, no cause:
# "Marines to the Persian Gulf", "fans for the Super Bowl", "lawyers for Elian Gonzalez".
CAUSE_NOT_NAMES = frozenset({"GPE", "LOC", "FAC", "EVENT", "DATE", "PERSON"})


def cause_names(doc: Doc) -> Iterator[Span]:
    """A campaigning body named by the people it is of (a nationality or a noun for people)
    and its cause ("Australians for a Constitutional Monarchy", "Brothers to the Rescue"),
    which the model cuts at the preposition. The cause's words are capitalised, two of them
    at least unless the model tagged the one a body's; a place there is where the people go
    or are ("Marines to the Persian Gulf")."""
    tokens = doc_tokens(doc)
    # A nationality's plural the model left untagged, whose adjective it tagged elsewhere
    # ("Australians" after "Australian").
    nationalities = {e.text for e in doc_ents(doc) if e.label_ == "NORP" and len(e) == 1}
    for i, token in enumerate(tokens[:-2]):
        if (
            not token.is_title
            or token.tag_ not in {"NNS", "NNPS"}
            or tokens[i + 1].lower_ not in lexicon.words("cause_prepositions")
            # People, not things ("the Guidelines for Nuclear Deterrence").
            or not (
                token.ent_type_ == "NORP"
                or _people_plural(token)
                or token.lower_ in lexicon.words("group_heads")
                or token.text[:-1] in nationalities
            )
        ):
            continue
        start = i + 2 + (tokens[i + 2].lower_ in {"a", "the"})
        # After "to" a place is where the people go, whether the gazetteer knows it or not.
        towards = tokens[i + 1].lower_ == "to"
        end = start
        while (
            end < len(doc)
            and tokens[end].is_title
            and tokens[end].pos_ in {"PROPN", "NOUN", "ADJ"}
            and not _names_no_cause(tokens[end], towards)
        ):
            end += 1
        if end < len(doc) and _names_no_cause(tokens[end], towards):
            continue
        if end - start > 1 or (end > start and tokens[start].ent_type_ == "ORG"):
            yield Span(doc, i, end, label="ORG")


def _names_no_cause(token: Token, towards: bool) -> bool:
    """The model's tag of `token` says it names no cause. Unless the people go `towards` it,
    a place neither the alias table nor the gazetteer knows, and no natural feature ("the
    Persian Gulf"), is the model's misreading of a cause's capitalised words ("Britons for
    a Constitutional Republic")."""
    if token.ent_type_ not in CAUSE_NOT_NAMES:
        return False
    if towards or token.ent_type_ not in PLACE_ENTITY_LABELS:
        return True
    tagged = _model_entity_at(token)
    name = tagged[1:].text if tagged[0].lower_ == "the" else tagged.text
    return (
        tagged[-1].lower_ in lexicon.words("feature_heads")
        or known_entity(name) is not None
        or bool(find_places(name))
    )


def _short_paper_names(doc: Doc, found: list[Span]) -> Iterator[Span]:
    """A newspaper's last word after "the", written alone after its full name where the model
    tagged nothing ("The Argus quoted ..." after "The Cape Argus newspaper"): the paper (see
    `_shortens`)."""
    tokens = doc_tokens(doc)
    taken = {i for span in found for i in range(span.start, span.end)}
    ends: dict[str, int] = {}
    for span in found:
        last = span[-1]
        if span.label_ == "ORG" and len(span) > 1 and _papers_last_word(last.text):
            ends.setdefault(last.text, span.end)
    for i in range(1, len(tokens)):
        end = ends.get(tokens[i].text)
        if end is not None and end <= i and i not in taken and tokens[i - 1].lower_ == "the":
            yield Span(doc, i, i + 1, label="ORG")


def media_names(doc: Doc) -> Iterator[Span]:
    """A medium's name the model missed before the common noun of what it is ("The Cape Argus
    newspaper in Cape Town reported"): the capitalised words the noun heads name the paper or
    the station. A place's name there stays the place's ("a Tokyo newspaper")."""
    media = lexicon.words("media_nouns")
    tokens, lowers = doc_tokens(doc), doc_lowers(doc)
    for i, lower in enumerate(lowers):
        token = tokens[i]
        if lower not in media or not token.is_lower:
            continue
        start = i
        while (
            start > 0
            and tokens[start - 1].tag_ == "NNP"
            and tokens[start - 1].is_title
            and not tokens[start - 1].ent_type_
            and start <= tokens[start - 1].head.i <= i
        ):
            start -= 1
        if start < i and not find_places(tokens_text(doc, start, i)):
            yield Span(doc, start, i, label="ORG")


def common_names(doc: Doc) -> Iterator[Span]:
    """Bodies and places named by a common noun and a country or body: "the DPRK government",
    "the Russian embassy in Pyongyang", "the government of Vietnam", "the headquarters
    building of the WPK Central Committee"."""
    heads = lexicon.mapping("common_heads")
    portfolios = lexicon.words("portfolios")
    endings = _head_endings()
    tokens, lowers, texts, tags = doc_tokens(doc), doc_lowers(doc), doc_texts(doc), doc_tags(doc)
    # Asked of every word: read off the doc's tables by index, the token taken only for a head.
    for i, lower in enumerate(lowers):
        # A head of two words ("the Iranian armed forces") is plural.
        pair = f"{lowers[i - 1]} {lower}" if i > 0 and lower in endings else ""
        head = i - 1 if pair in heads else i
        kind = heads.get(pair) or heads.get(texts[i])
        # A noun, which the tagger may read as a name's word in lower case too ("the
        # Japanese foreign ministry"); not an adjective ("military officials").
        if kind is None or (head == i and tags[i] not in {"NN", "NNP"}):
            continue
        token = tokens[i]
        if _modifies_a_noun(token):
            continue
        # A medium something is shown or read on ("live on Polish television") is no actor,
        # unlike the broadcaster that reports ("Israel radio said").
        if token.dep_ == "pobj" and lower in lexicon.words("media_nouns"):
            continue
        # A ministry's portfolio in lower case between it and its country ("the Japanese
        # foreign ministry"); written capitalised it is the model's name to read.
        portfolio = head > 0 and tags[head - 1] in {"JJ", "NN"} and texts[head - 1] in portfolios
        start = first = head - portfolio
        while start > sentence_of(token).start and _names_a_country(doc[start - 1]):
            start -= 1
        if start == first:
            start = head  # no country's: "the foreign ministry" of any country
        if start > 0 and lowers[start - 1] in {"a", "an"}:
            continue  # one of the country's many: "a police officer in a Cuban ministry"
        if lower in lexicon.words("eponymous_heads") and not _named_after_a_person(
            doc, start, head
        ):
            continue
        end = token.i + 1
        follow = end + 1
        # The name after "of" may begin with its article ("the Socialist Republic of ...").
        if follow < len(doc) and doc[follow].lower_ == "the" and doc[follow].ent_iob_ != "B":
            follow += 1
        joins = end < len(doc) and doc[end].lower_ in {"of", "in"} and _starts_place(doc, follow)
        # "the government of Vietnam"; "the Russian embassy in Pyongyang".
        if joins and (start == head) == (doc[end].lower_ == "of"):
            end = _name_end(doc, follow)
            # "... of the Central Committee" + "of the WPK": the model splits long names.
            while end + 1 < len(doc) and doc[end].lower_ == "of":
                after = end + 1 + (doc[end + 1].lower_ == "the" and doc[end + 1].ent_iob_ != "B")
                if not _starts_place(doc, after):
                    break
                end = _name_end(doc, after)
        end = _with_media_noun(doc, token, end)
        if kind == EntityKind.PLACE.value:
            modifiers = [
                c
                for c in children_of(token)
                if c.i < token.i and c.dep_ == "compound" and c.tag_ == "NN"
            ]
            if not modifiers or end == token.i + 1:
                continue
            start = min(start, *(c.i for c in modifiers))
        if _forces_in_a_title(doc, head, start) or mission_building(token):
            continue  # the model's own names stay: "Nairobi" of "the U.S. embassy in Nairobi"
        if start < head or end > token.i + 1:
            yield Span(doc, start, end, label="ORG" if kind != EntityKind.PLACE.value else "FAC")


def _named_after_a_person(doc: Doc, start: int, head: int) -> bool:
    """The words before a body's common noun are a person's name ("the Bush administration")."""
    return start < head and all(doc[j].ent_type_ == "PERSON" for j in range(start, head))


def _forces_in_a_title(doc: Doc, head: int, start: int) -> bool:
    """A country's forces named by their common noun after a commander's post ("supreme
    commander of the armed forces of the DPRK") are words of the title, as "State Affairs" of
    "president of the State Affairs" are: no body of their own, nor a group. Forces named by
    their country first ("commander of the U.S. forces in Korea") are a command, named."""
    return (
        start == head
        and _phrase_at(doc_tokens(doc), head, "military_heads") > 0
        and _after_post(doc, start)
    )


def _ends_forces_in_a_title(token: Token) -> bool:
    """The token is the last word of forces named inside a title (see `_forces_in_a_title`)."""
    # Asked of every group's head: the word is asked first, as few end a name of forces.
    if token.lower_ not in _last_words("military_heads"):
        return False
    tokens = doc_tokens(token.doc)
    return any(
        _phrase_at(tokens, start, "military_heads") == token.i - start + 1
        and _forces_in_a_title(token.doc, start, start)
        for start in range(max(token.i - 1, 0), token.i + 1)
    )


@functools.cache
def _last_words(lexicon_name: str) -> frozenset[str]:
    """The last word of each phrase of the lexicon."""
    return frozenset(entry.split()[-1] for entry in lexicon.words(lexicon_name))


def _with_media_noun(doc: Doc, head: Token, end: int) -> int:
    """End of a body's name with the medium it runs written after its head: "Israel army
    radio", "the government television" are the body's outlet, a news medium of its own."""
    if end != head.i + 1 or end >= len(doc):
        return end
    medium = doc[end]
    if medium.is_lower and medium.lower_ in lexicon.words("media_nouns") and head.head == medium:
        return end + 1
    return end


def _modifies_a_noun(token: Token) -> bool:
    """The head word qualifies people or a thing after it and names no body: "the ROK
    military gangsters" are a group, "ATACMS army tactical missiles" weapons. Next to a
    noun of another kind it still names the body ("in Syrian government hands", "the ROK
    military side")."""
    noun = token.head
    if token.dep_ not in {"compound", "amod", "nmod"} or noun.i <= token.i:
        return False
    people = noun.tag_ == "NNS" and _is_group_head(noun)
    return noun.tag_ in NOUN_TAGS and (people or noun.i > token.i + 1)


@functools.cache
def _head_endings() -> frozenset[str]:
    """What may follow a space in a common head ("forces" of "armed forces"): most words end
    none, and their pair with the word before is not looked up."""
    return frozenset(
        head[i + 1 :]
        for head in lexicon.mapping("common_heads")
        for i in range(len(head))
        if head[i] == " "
    )


def _name_end(doc: Doc, start: int) -> int:
    end = start + 1
    while end < len(doc) and doc[end].ent_iob_ == "I":
        end += 1
    return end


def _names_a_country(token: Token) -> bool:
    if not token.text[:1].isupper():
        return False
    named = token.ent_type_ in {"GPE", "NORP"}
    # Every word opening a sentence is capitalised ("Police said"): there only the model's
    # country or people counts ("Israel radio said").
    if token.i == sentence_of(token).start:
        return named
    return named or token.tag_ in {"NNP", "JJ"}


def _starts_place(doc: Doc, i: int) -> bool:
    return i < len(doc) and doc[i].ent_iob_ == "B" and doc[i].ent_type_ in {"GPE", "ORG"}


def _line_parts(span: Span) -> Iterator[Span]:
    """The span cut at its line breaks: a name never runs from one line of a list to the next
    ("National Defence\nKye Yong Chol")."""
    start = span.start
    texts = doc_texts(span.doc)
    for i in range(span.start, span.end):
        # `token.is_space` is `str.isspace` of its text.
        if "\n" in texts[i] and texts[i].isspace():
            if start < i:
                yield Span(span.doc, start, i, label=span.label_, kb_id=span.kb_id_)
            start = i + 1
    if start == span.start:
        yield span  # no line break: spaCy reads three tokens to make a new span
    elif start < span.end:
        yield Span(span.doc, start, span.end, label=span.label_, kb_id=span.kb_id_)


def _people_listed(span: Span) -> Iterator[Span]:
    """A person span the model ran over a list ("Ri Ul Sol and Choe Hyon"), cut into the
    people listed when each is a capitalised name of two words or more; else the span."""
    if span.label_ != "PERSON":
        yield span
        return
    doc = span.doc
    parts: list[tuple[int, int]] = []
    start = span.start
    for token in span:
        if token.lower_ in {"and", ","}:
            parts.append((start, token.i))
            start = token.i + 1
    parts.append((start, span.end))
    named = [
        end - begin >= 2 and all(t.is_title and t.is_alpha for t in doc[begin:end])
        for begin, end in parts
    ]
    if len(parts) == 1 or not all(named):
        yield span
        return
    for begin, end in parts:
        yield Span(doc, begin, end, label=span.label_, kb_id=span.kb_id_)


def _with_joined_field(span: Span) -> Span:
    """A body's name with the second field of its "of"/"for" phrase that the model cut off at
    "and": "the University of Music" + "and Dance", "the Center for Peace" + "and Solidarity".
    A place, a person, another body ("the Academy of Sciences and Kim Il Sung University"), a
    title ("... of Korea and President of ...") or a word with its own article after "and" is
    no part of the name; nor is anything after a name already known whole."""
    doc, end = span.doc, span.end
    if span.label_ not in {"ORG", "PERSON"} or end + 1 >= len(doc) or doc[end].lower_ != "and":
        return span
    joint = next((t.i for t in reversed(span[1:-1]) if t.lower_ in {"of", "for"}), None)
    if joint is None or not doc[joint - 1].is_title:
        return span
    field = [t for t in doc[joint + 1 : end] if t.lower_ not in {"the", "and", ","}]
    if not field or not all(t.is_title and t.is_alpha for t in field):
        return span
    after = end + 1
    while after < len(doc) and _capitalised_content_word(doc[after]):
        after += 1
    added = doc[end + 1 : after]
    heads = lexicon.mapping("name_heads")
    if (
        not added
        or any(t.ent_type_ in {"GPE", "LOC", "PERSON", "FAC"} for t in added)
        or added[-1].lower_ in heads
        or any(t.lower_ in lexicon.words("titles") for t in added)
        or known_entity(spoken(span)) is not None
        or known_entity(spoken(doc[joint + 1 : end])) is not None
        or find_places(doc[joint + 1 : end].text)
        or find_places(added.text)
    ):
        return span
    # The field added may be the bond that goes on with whom it is with: "the Center for Peace"
    # + "and Solidarity" + "with Peoples".
    if added[-1].lower_ in lexicon.words("bond_nouns"):
        after = _befriended_end(doc, after)
    return Span(doc, span.start, after, label=span.label_, kb_id=span.kb_id_)


def _capitalised_content_word(word: Token) -> bool:
    """A word a name's field may go on with: "Dance", not "The" or a number."""
    return word.is_title and word.is_alpha and not word.is_stop


def _with_purpose(span: Span) -> Span:
    """A body's name with the capitalised purpose the model cut off at "for": "the
    International Alliance of Societies" + "for the Study of the Juche Idea in East European
    and Central Asian Regions". A place after "in" is where the body is, not its name."""
    doc, end = span.doc, span.end
    if span.label_ != "ORG" or end + 2 >= len(doc) or doc[end].lower_ != "for":
        return span
    i, last = end + 1, None
    while i < len(doc):
        word = doc[i]
        if word.is_title and word.is_alpha and not word.is_stop:
            if word.ent_type_ in {"GPE", "LOC", "PERSON"}:
                break
            last = i
        elif word.dep_ == "cc" and word.head.i < end:
            break  # "and" joining another body to this one: "... of Russia and the Far East ..."
        elif word.lower_ not in PURPOSE_JOINS or i + 1 == len(doc) or not _purpose_word(doc[i + 1]):
            break
        i += 1
    if last is None or not any(t.is_title for t in doc[end + 1 : last]):
        return span
    return Span(doc, span.start, last + 1, label="ORG")


def _across_hyphen(span: Span) -> Span:
    """A body's name with the capitalised word the model cut off after a hyphen inside its
    last word: "the Committee for the Study of Kimilsungism" + "-Kimjongilism", "Anheuser" +
    "-Busch". A word the model tagged on its own ("the ROK-U.S." drills) is a name apart."""
    doc, end = span.doc, span.end
    if span.label_ != "ORG":
        return span
    while (
        end + 1 < len(doc)
        and _joins_words(doc[end])
        and doc[end + 1].is_title
        and doc[end + 1].is_alpha
        and not doc[end + 1].ent_type_
    ):
        end += 2
    if end == span.end:
        return span
    return Span(doc, span.start, end, label=span.label_, kb_id=span.kb_id_)


def _purpose_word(token: Token) -> bool:
    return (token.is_title and token.is_alpha) or token.lower_ in PURPOSE_JOINS


# Quotation marks closing a nickname inside a person's name (it opens with any of
# `OPENING_MARKS`): the wire's doubled apostrophe, straight and curly double quotes; a lone
# apostrophe may close a possessive and closes no nickname.
NICKNAME_CLOSERS = frozenset({"''", '"', "\u201d"})


def _with_nickname(span: Span) -> Span:
    """A person's name with the nickname in quotation marks inside it and the surname after:
    the model stops at the quotation mark ("Ernesto ``" of "Ernesto ``Che'' Guevara")."""
    doc = span.doc
    if span.label_ != "PERSON":
        return span
    tokens = doc_tokens(doc)
    name_end = span.end
    while name_end > span.start + 1 and tokens[name_end - 1].text in OPENING_MARKS:
        name_end -= 1
    nickname = name_end
    while nickname < min(len(doc), name_end + 2) and tokens[nickname].text in OPENING_MARKS:
        nickname += 1
    closing = nickname
    while closing < min(len(doc), nickname + 3) and tokens[closing].is_title:
        closing += 1
    if nickname == name_end or closing == nickname or closing >= len(doc):
        return span
    end = closing + 1
    if tokens[closing].text not in NICKNAME_CLOSERS:
        return span
    while end < len(doc) and tokens[end].is_title and tokens[end].pos_ == "PROPN":
        end += 1
    if end == closing + 1:
        return span
    return Span(doc, span.start, end, label=span.label_, kb_id=span.kb_id_)


def _completed(span: Span) -> Span:
    """The span with the proper noun the model left out after its last "of" ("the Socialist
    Republic of" + "Vietnam"), a person's name with its last word ("Nguyen Minh" + "Vu"
    before a comma), the country of a body of people living abroad, or the number after "No."."""
    doc, end = span.doc, span.end
    tokens = doc_tokens(doc)
    last = tokens[end - 1]

    def untagged_name(i: int) -> bool:
        return i < len(doc) and _is_name_word(tokens[i]) and not tokens[i].ent_type_

    if last.lower_ == "of" and len(span) >= 2:
        # A name's word in capitals goes on too: "the Communist Party of" + "DR Congo".
        while untagged_name(end) or (
            end < len(doc)
            and tokens[end].is_upper
            and tokens[end].is_alpha
            and tokens[end].tag_ == "NNP"
            and not tokens[end].ent_type_
        ):
            end += 1
    elif (
        span.label_ == "PERSON"
        and untagged_name(end)
        and (end + 1 == len(doc) or tokens[end + 1].is_punct)
    ):
        end += 1
    elif span.label_ in {"ORG", "FAC"} and _place_after_head(span):
        # "Central Hospital" + "of Maracay": the town is part of the name.
        end += 2
        while untagged_name(end):
            end += 1
    elif span.label_ == "ORG" and _cut_title(span):
        end += 1  # "the Office of the Press" + "Secretary": a body named after a post
    elif span.label_ == "PERSON" and end < len(doc) and FOOTNOTED_NAME.fullmatch(tokens[end].text):
        end += 1  # "Peter W." + "Taub[899": a list of the fallen glues a footnote to the name
    elif (
        span.label_ == "ORG"
        and (last.tag_ == "NNPS" or span.root.lower_ in lexicon.words("abroad_body_heads"))
        and end + 1 < len(doc)
        and tokens[end].lower_ == "in"
        and tokens[end + 1].ent_type_ in {"GPE", "LOC"}
        and tokens[end + 1].ent_iob_ == "B"
        and not _town_with_its_state(tokens, end + 1)
    ):
        # "the General Association of Koreans" + "in China", "the Association of Korean
        # Businessmen" + "in China": a body of people living abroad (its members' country is
        # no place of the body's: "the Korean Youth Commercial Association" + "in Japan").
        end += 2
        while end < len(doc) and tokens[end].ent_iob_ == "I":
            end += 1
    elif span.label_ == "ORG" and (owner_end := _untagged_owner_end(span)):
        end = owner_end  # "the Central Committee" + "of the All-India Forward Bloc"
    elif span.label_ == "ORG" and (people_end := _people_of_country_end(span)):
        end = people_end  # "the Communist Party" + "of the People of Spain"
    elif span.label_ == "ORG" and (named_end := _short_name_after_place(doc, end)):
        end = named_end
    elif span.label_ in {"ORG", "FAC"} and (head_end := _modified_head_end(span)):
        end = head_end
    elif (
        span.label_ == "ORG"
        and last.lower_ in lexicon.words("bond_nouns")
        and any(t.lower_ == "for" for t in tokens[span.start : end])
    ):
        end = _befriended_end(doc, end)
    elif (
        span.label_ == "ORG"
        and any(t.lower_ == "of" for t in tokens[span.start + 1 : end])
        and end < len(doc)
        and (tokens[end].is_title or _unit_of_party_members(span, tokens[end]))
        and not tokens[end].ent_type_
        and tokens[end].tag_ in {"NNS", "NNPS"}
        and tokens[end].lower_ in lexicon.words("group_heads")
    ):
        end += 1  # "the Pyongyang Municipal Regiment of Party" + "Members": a body of people
    elif (
        last.text == "No"
        and end + 1 < len(doc)
        and tokens[end].text == "."
        and tokens[end + 1].like_num
    ):
        end += 2  # "Pyongyang Secondary School No" + ". 1"
    start = span.start
    # "Attorney General" + "Tarek" + "William Saab": the model leaves out a first name after a
    # title.
    if (
        span.label_ == "PERSON"
        and start >= 2
        and untagged_name(start - 1)
        and tokens[start - 1].i != tokens[start - 1].sent.start
        and tokens[start - 1].lower_ not in lexicon.words("titles")
        # "Chief" + "Executive" + "John Flannery": a title of two words, not a first name.
        and tokens[start - 1].lower_ not in lexicon.words("title_modifiers")
        and tokens[start - 2].lower_ in lexicon.words("titles")
        and tokens[start - 2].lower_ not in lexicon.words("title_modifiers")
    ):
        start -= 1
    # "the C.C.," + "General Federation of Trade Unions of Korea": the abbreviated head of the
    # body's committee, which the model left untagged, names the committee (as `_joined`
    # reads it where the model tagged it).
    if (
        span.label_ == "ORG"
        and start >= 2
        and tokens[start - 1].text == ","
        and not tokens[start - 2].ent_type_
        and tokens[start - 2].lower_ in lexicon.words("party_bodies")
        and tokens[start - 2].lower_ in lexicon.mapping("org_abbreviations")
    ):
        start -= 2
    # "20th" + "Congress of the CPC": the ordinal the model tagged apart names the congress,
    # and so does the party between them that the model left out ("Seventh" + "WPK" +
    # "Congress": the meeting is no bare "Congress").
    first = (
        tokens[span.start + 1]
        if tokens[span.start].lower_ == "the" and len(span) > 1
        else tokens[span.start]
    )
    if span.label_ == "ORG" and first.lower_ in lexicon.words("deciding_bodies"):
        # The alias table is asked only of a deciding body's name: it costs more than the word.
        body = _known_body_before(tokens, first.i)
        if first.i > body and tokens[first.i - 1 - body].ent_type_ == "ORDINAL":
            start = first.i - 1 - body
    if (start, end) == (span.start, span.end):
        return span  # spaCy reads three of the doc's tokens to make a new span
    return Span(doc, start, end, label=span.label_, kb_id=span.kb_id_)


def _untagged_owner_end(span: Span) -> int:
    """End of the party a committee's name goes on to that the model left untagged: "the
    Central Committee" + "of the All-India Forward Bloc" (a party's committee is named by
    its party); 0 where no name of two words at least follows "of the"."""
    doc, end = span.doc, span.end
    tokens = doc_tokens(doc)
    if (
        span[-1].lower_ not in lexicon.words("party_bodies")
        or end + 2 >= len(doc)
        or [tokens[end].lower_, tokens[end + 1].lower_] != ["of", "the"]
    ):
        return 0

    def untagged_name(i: int) -> bool:
        return i < len(doc) and _is_name_word(tokens[i]) and not tokens[i].ent_type_

    i, words = end + 2, 0
    while untagged_name(i):
        i, words = i + 1, words + 1
        # Hyphened words are one name ("All-India").
        if i + 1 < len(doc) and tokens[i].tag_ == "HYPH" and untagged_name(i + 1):
            i += 1
    # A name that goes on past the untagged words ("the Lao People" + "'s Revolutionary
    # Party") is the model's to tell.
    if i < len(doc) and (tokens[i].tag_ == "POS" or tokens[i].ent_type_ or tokens[i].is_title):
        return 0
    return i if words >= 2 else 0


def _people_of_country_end(span: Span) -> int:
    """End of the country a party's name goes on to through untagged words naming its people,
    which the model cut off: "the Communist Party" + "of the People of Spain" (the bare
    "Communist Party" would pass for another party the article names); 0 where none follows."""
    doc, end = span.doc, span.end
    tokens = doc_tokens(doc)
    if (
        span[-1].lower_ not in lexicon.words("membership_body_heads")
        or end + 2 >= len(doc)
        or [tokens[end].lower_, tokens[end + 1].lower_] != ["of", "the"]
    ):
        return 0
    i = end + 2
    while i < len(doc) and tokens[i].is_title and tokens[i].is_alpha and not tokens[i].ent_type_:
        i += 1
    if i == end + 2 or i + 1 >= len(doc) or tokens[i].lower_ != "of":
        return 0
    # The model may leave the country untagged in a long list of parties.
    country = tokens[i + 1]
    if country.ent_type_ == "GPE" and country.ent_iob_ == "B":
        i += 2
        while i < len(doc) and tokens[i].ent_iob_ == "I":
            i += 1
        return i
    return i + 2 if not country.ent_type_ and _a_country(country.text) else 0


def _unit_of_party_members(span: Span, word: Token) -> bool:
    """A unit's name the model ended at "Party", with the plural of the members it is made of
    after it in lower case: "the North Phyongan Provincial Regiment of Party" + "members"."""
    return (
        word.is_lower
        and span.root.lower_ in lexicon.words("wire_unit_heads")
        and span[-1].is_title
        and span[-1].lower_ in lexicon.words("people_bodies")
    )


def _known_body_before(tokens: Sequence[Token], i: int) -> int:
    """1 where the word before token `i` is a body the alias table knows, untagged ("WPK" of
    "the Seventh WPK Congress"), else 0."""
    if i == 0 or tokens[i - 1].ent_type_:
        return 0
    known = known_entity(tokens[i - 1].text)
    return int(known is not None and known.kind is EntityKind.ORGANIZATION)


def _modified_head_end(span: Span) -> int:
    """End of the noun a body's name's last word modifies, where the model cut the name before
    it: "the Ministry of Machine-building" + "Industry", "Pyongyang Soybean Paste and" +
    "Sauce Factory" (the parse hangs the cut words on the name's real head). 0 where none."""
    doc = span.doc
    last = span[-2] if len(span) > 1 and span[-1].tag_ == "CC" else span[-1]
    head = last.head
    if last.dep_ not in MODIFIER_DEPS or not span.end <= head.i < span.end + CUT_HEAD_WORDS:
        return 0
    for token in doc[span.end : head.i + 1]:
        joins = token.tag_ == "CC" and token.i < head.i
        if not (joins or (_is_name_word(token) and not token.ent_type_)):
            return 0
    words = [t.lower_ for t in doc[span.end : head.i + 1]]
    # An office after a body's name is the office's: "FBI" + "Special Agent".
    if any(" ".join(words[k:]) in lexicon.words("titles") for k in range(len(words))):
        return 0
    word = head.lower_
    if word in lexicon.words("document_heads") or word in lexicon.mapping("event_nouns"):
        return 0
    return head.i + 1


def _town_with_its_state(tokens: Sequence[Token], start: int) -> bool:
    """The place the model tagged from `start` is a town written with its state's abbreviation
    ("Nestle Foods in Purchase, N.Y."): a firm's seat, not the country a body of people
    abroad lives in."""
    end = start + 1
    while end < len(tokens) and tokens[end].ent_iob_ == "I":
        end += 1
    return _state_follows(tokens, end)


def _short_name_after_place(doc: Doc, end: int) -> int:
    """End of a place after a body's name ("in Japan") that the body's short name in brackets
    follows ("the Korean Youth Commercial Association in Japan (Chongsanghoe)"): the place is
    part of the name the short name stands for. 0 where there is none."""
    if end + 1 >= len(doc) or doc[end].lower_ != "in" or not doc[end + 1].is_title:
        return 0
    after = end + 2
    while after < len(doc) and doc[after].is_title:
        after += 1
    bracketed = after + 2 < len(doc) and doc[after].text == "(" and doc[after + 2].text == ")"
    return after if bracketed and doc[after + 1].is_alpha else 0


def _before_possessive(span: Span) -> Span:
    """A name the model ended at a possessive: a Korean person's ("Park Chung Hee's
    dictatorship", which the model takes for a site), or a site's whose head follows ("the
    Mangyongdae Schoolchildren's" + "Palace")."""
    doc, end = span.doc, span.end
    if span.label_ == "PERSON" or len(span) < 2 or span[-1].tag_ != "POS":
        return span
    words = [t for t in span[:-1] if t.lower_ != "the"]
    korean = (
        len(words) == 3
        and words[0].lower_ in lexicon.words("korean_surnames")
        and all(t.is_title and t.is_alpha and len(t) <= SYLLABLE for t in words)
    )
    if korean:
        return Span(doc, words[0].i, end, label="PERSON")
    # "South Korea's" + "Defense Ministry" is the country's body; a people's noun before the
    # possessive says whom a site or body is for, and is its name's ("the Mangyongdae
    # Schoolchildren's" + "Palace", which the model may take for a body).
    for_people = span.label_ == "ORG" and span[-2].lower_ in lexicon.words("group_heads")
    if span.label_ != "FAC" and not for_people:
        return span
    heads = lexicon.mapping("name_heads")
    # The last head of the words that follow: "Pyongyang Children's" + "Department Store".
    last = None
    while end < len(doc) and end - span.end < SHARED_MODIFIERS and doc[end].is_title:
        if doc[end].lower_ in heads:
            last = end
        end += 1
    if last is None:
        return span
    return Span(doc, span.start, last + 1, label=span.label_, kb_id=span.kb_id_)


# First names a name may lose before its last names ("Valdrack Ludwing" + "Jaentschke Whitaker").
GIVEN_NAMES = 2
# A Korean name's words: a surname and the two syllables of a given name.
KOREAN_NAME_WORDS = 3
# Lexicons of words that, capitalised before a one-word name, are no first name of it
# ("President Putin", "Comrade Kim", "Mt Paektu").
NOT_FIRST_NAMES = (
    "titles",
    "honorifics",
    "epithets",
    "title_modifiers",
    "held_titles",
    "sole_titles",
    "portfolio_titles",
    "place_prefixes",
    "reverential_words",
    "wire_person_roles",
)


def _with_given_name(span: Span) -> Span:
    """A person's name with the first names the model left out before it: "To" of "from To
    Lam" (a capitalised "To" inside a sentence is no preposition), "Tharman" of "Tharman
    Shanmugaratnam", "Valdrack Ludwing" of "Valdrack Ludwing Jaentschke Whitaker". A title, an
    honorific or a word that continues a name of its own ("Secretary of State Blinken") is no
    first name; a Korean name is found whole by its syllables (`korean_names`)."""
    doc, start = span.doc, span.start
    if span.label_ != "PERSON" or span[0].lower_ in lexicon.words("korean_surnames"):
        return span
    while span.start - start < GIVEN_NAMES and start > 0 and _given_name(doc[start - 1], span):
        start -= 1
    return Span(doc, start, span.end, label="PERSON", kb_id=span.kb_id_)


def _with_surname(span: Span) -> Span:
    """A title and a first name with the surname the model took for a place's name just after
    it ("Superintendent Pedro" + "Salamanca"): the parse makes the first name a modifier of the
    surname, as it does within one name. Several words left after the titles are a whole name
    ("Hamid Karzai Kabul" is none)."""
    doc = span.doc
    if span.label_ != "PERSON" or span.end >= len(doc):
        return span
    names = [t for t in span if not _no_first_name(t)]
    after = doc[span.end]
    single = span.end + 1 == len(doc) or doc[span.end + 1].ent_iob_ != "I"
    if (
        len(names) != 1
        or len(names) == len(span)
        or after.ent_type_ not in {"GPE", "LOC"}
        or not (after.is_title and after.is_alpha and single)
        or names[0].dep_ != "compound"
        or names[0].head.i != after.i
    ):
        return span
    return Span(doc, span.start, span.end + 1, label="PERSON", kb_id=span.kb_id_)


def _titled_korean_name(span: Span) -> Span:
    """A title and a Korean name the model took together for a body ("Chairwoman Choe Hye Suk"):
    the person, without the title (the surname and two syllables that `korean_names` reads).
    So with the article of the phrase the name qualifies ("The Yoon Suk Yeol" of "The Yoon Suk
    Yeol puppet clans"), where the given name's words must be Korean syllables: an article
    also opens a body's name of three words ("the Ku Klux Klan")."""
    tokens = span_tokens(span)
    article = tokens[0].lower_ == "the"
    if span.label_ == "PERSON" or not (tokens[0].is_title or article):
        return span
    title = 1 if article else _phrase_at(tokens, 0, "titles")
    name = tokens[title:]
    if (
        title == 0
        or len(name) != KOREAN_NAME_WORDS
        or name[0].lower_ not in lexicon.words("korean_surnames")
        or not all(t.is_title and t.is_alpha for t in name)
        or (article and not all(t.lower_ in lexicon.words("korean_syllables") for t in name[1:]))
    ):
        return span
    return Span(span.doc, span.start + title, span.end, label="PERSON")


def _holder_after_country(span: Span) -> Span:
    """The name of a post's holder the model ran on from the country the post is of, whether
    it took the whole for a body or a person: "ambassador to" + "Kenya Prudence Bushnell"."""
    doc, start = span.doc, span.start
    lowers = doc_lowers(doc)
    if (
        start < 2
        or lowers[start - 1] not in TITLE_OWNER_PREPOSITIONS | {"to"}
        or lowers[start - 2] not in lexicon.words("titles")
    ):
        return span
    for cut in range(1, len(span) - 1):
        holder = span[cut:]
        if not all(t.is_title and t.is_alpha for t in holder) or any(
            t.lower_ in lexicon.mapping("name_heads") for t in holder
        ):
            continue
        country = span[:cut].text
        if any(
            m.quality == OWN_NAME and m.place.place_type is PlaceType.COUNTRY
            for m in find_places(country)
        ):
            return Span(doc, holder.start, holder.end, label="PERSON")
    return span


def _titled_surname(span: Span) -> Span:
    """A one-word place's name that a title and a first name go before ("Superintendent Carlos"
    + "Madrid"): the surname of a person the model did not see."""
    doc, start = span.doc, span.start
    if span.label_ not in {"GPE", "LOC"} or len(span) != 1 or start < 2:
        return span
    given, title = doc[start - 1], doc[start - 2]
    if (
        given.ent_type_
        or not (given.is_title and given.is_alpha and title.is_title)
        or _no_first_name(given)
        or not _no_first_name(title)
        or given.dep_ != "compound"
        or given.head.i != start
    ):
        return span
    return Span(doc, start - 1, span.end, label="PERSON", kb_id=span.kb_id_)


def _given_name(first: Token, span: Span) -> bool:
    """`first`, just before the name `span` or before a first name of it, is a first name."""
    doc = span.doc
    if (
        not (first.is_alpha and first.is_title)
        or first.ent_type_
        or _no_first_name(first)
        or first.lower_ in lexicon.mapping("demonyms")
    ):
        return False
    if first.i == first.sent.start:
        # A sentence's first word is capitalised anyway: only the parse joins it to the name.
        return first.dep_ == "compound" and span.start <= first.head.i < span.end
    before = doc[first.i - 1]
    if before.is_title and before.is_alpha:
        # A title modifier makes the word after it a title ("Special Agent Martin R. Doyle");
        # another title ends the name before it ("Foreign Minister Valdrack Ludwing ...");
        # another capitalised word is one more first name ("Valdrack" + "Ludwing").
        if before.lower_ in lexicon.words("title_modifiers"):
            return False
        return _no_first_name(before) or _given_name(before, span)
    return before.lower_ != "of" and (before.is_lower or before.text in {",", ";"})


def _no_first_name(token: Token) -> bool:
    """A title, an honorific or another word that goes before a name and is none of it, also
    in the plural before the first of names listed ("Justices" of "Justices Ann Bell and ...")."""
    plural = token.tag_ in {"NNS", "NNPS"}
    words = {token.lower_, singular(token.lower_)} if plural else {token.lower_}
    return any(not words.isdisjoint(lexicon.words(name)) for name in NOT_FIRST_NAMES)


def _place_after_head(span: Span) -> bool:
    """The span ends in a name's head noun followed by "of" and a name the model left out
    ("Central Hospital" of "Central Hospital of Maracay"); a place it tagged is its own."""
    doc, end = span.doc, span.end
    if end + 1 >= len(doc) or doc[end].lower_ != "of" or not span[-1].is_title:
        return False
    after = doc[end + 1]
    # "the Isonnam Falls" + "of Mt Myohyang": a place named in its own right contains it.
    untagged = _is_name_word(after) and not after.ent_type_
    untagged &= after.lower_ not in lexicon.words("place_prefixes")
    return untagged and span[-1].lower_ in lexicon.mapping("name_heads")


def _cut_title(span: Span) -> bool:
    """The model ended a body's name inside the title of the post it is named after ("Press"
    of "the Office of the Press Secretary")."""
    doc, end = span.doc, span.end
    return (
        end < len(doc)
        and doc[end].is_title
        and any(t.lower_ == "of" for t in span)
        and f"{span[-1].lower_} {doc[end].lower_}" in lexicon.words("titles")
    )


def listed_people(doc: Doc) -> Iterator[Span]:
    """Names of people in a list that the model tags in part ("Division General Tomás
    Ferrer, Iván Castañeda, Hugo Prieto"): a capitalised name of two or three words, untagged,
    after a comma or a title and before a comma and a person's name, is a person's name too."""
    starts = sorted((e.start for e in doc_ents(doc) if e.label_ == "PERSON"), reverse=True)
    while starts:
        comma = starts.pop(0) - 1
        if comma < 1 or doc[comma].text != ",":
            continue
        begin = comma
        while begin > 0 and _untagged_title_word(doc[begin - 1]):
            begin -= 1
        titled = [t.i for t in doc[begin:comma] if t.lower_ in lexicon.words("titles")]
        opener = doc[begin - 1] if begin > 0 else None
        begin = titled[-1] + 1 if titled else begin
        if 2 <= comma - begin <= LISTED_NAME_WORDS and (
            titled or (opener is not None and opener.text == ",")
        ):
            yield Span(doc, begin, comma, label="PERSON")
            starts.insert(0, begin)


def _untagged_title_word(token: Token) -> bool:
    return token.is_title and token.is_alpha and not token.ent_type_


def _with_location(span: Span) -> Span:
    """A site's name with the place it is in ("the Revolutionary Martyrs Cemetery" + "on Mt
    Taesong", "the Patriotic Martyrs Cemetery" + "in Sinmi-ri"): see located_site_heads.txt."""
    doc, end = span.doc, span.end
    words = [t for t in span_tokens(span) if t.lower_ != "the"]
    if (
        not words
        or words[-1].lower_ not in lexicon.words("located_site_heads")
        or not all(t.is_title and t.is_alpha for t in words)
        or end + 1 >= len(doc)
        or doc[end].lower_ not in {"in", "on"}
        or not doc[end + 1].is_title
    ):
        return span
    end += 2
    while end < len(doc) and (doc[end].is_title or _joins_words(doc[end])):
        end += 2 if _joins_words(doc[end]) else 1
    end = min(end, len(doc))
    first = doc[span.end + 1]
    place = first.ent_type_ in PLACE_LABELS or first.lower_ in lexicon.words("place_prefixes")
    if place or doc[end - 1].lower_ in lexicon.words("place_suffixes"):
        return Span(doc, span.start, end, label="FAC", kb_id=span.kb_id_)
    return span


def _site_taken_for_an_event(span: Span) -> Span:
    """A site's name the model tags as an event ("the May Day Stadium", "the Three-Revolution
    Exhibition House"): its own head is a place's (name_heads.tsv). Left an event, it would
    hide the site's name that `headed_names` finds inside it, being the longer span."""
    last = span[-1]
    if (
        span.label_ != "EVENT"
        or span.root != last
        or not last.is_title
        or lexicon.mapping("name_heads").get(last.lower_) != EntityKind.PLACE.value
    ):
        return span
    return Span(span.doc, span.start, span.end, label="FAC", kb_id=span.kb_id_)


def _with_site_noun(span: Span) -> Span:
    """A name with the common noun of the site it names, which the model leaves out ("the Jomo
    Kenyatta" + "airport", "the Oxford Street" + "bus station"): see named_site_nouns.txt. A
    place's name keeps its own ("the Newark airport" is told of as Newark)."""
    doc, end = span.doc, span.end
    if span.label_ not in {"FAC", "ORG", "PERSON"} or not span[-1].is_title:
        return span
    while end < len(doc) and doc[end].is_lower and doc[end].dep_ == "compound":
        end += 1
    if (
        end >= len(doc)
        or not doc[end].is_lower
        or doc[end].lower_ not in lexicon.words("named_site_nouns")
        or span[-1].head.i not in range(span.end, end + 1)
        or any(t.head.i not in range(t.i + 1, end + 1) for t in doc[span.end : end])
    ):
        return span
    return Span(doc, span.start, end + 1, label="FAC", kb_id=span.kb_id_)


def _with_place_opener(span: Span) -> Span:
    """A place's name with the capitalised word of size or position that opens it ("Little" +
    "Havana" in "the Little Havana home"); see place_openers.txt."""
    doc, start = span.doc, span.start
    if (
        span.label_ not in {"GPE", "LOC"}
        or start == 0
        or start - 1 == sentence_of(doc[start]).start
        or not doc[start - 1].is_title
        or doc[start - 1].lower_ not in lexicon.words("place_openers")
    ):
        return span
    return Span(doc, start - 1, span.end, label=span.label_, kb_id=span.kb_id_)


def _with_lowercase_compass(span: Span) -> Span:
    """A country's or a province's name with the compass word a transcript writes in lower
    case before it ("northern" + "Ireland" is Northern Ireland, not the Irish Republic's
    north): only where the capitalised whole is such a place's own name."""
    doc, start = span.doc, span.start
    if (
        span.label_ not in {"GPE", "LOC"}
        or start == 0
        or not doc[start - 1].is_lower
        or doc[start - 1].lower_ not in lexicon.words("compass_adjectives")
    ):
        return span
    name = f"{doc[start - 1].text.capitalize()} {span.text}"
    if not any(
        m.quality == OWN_NAME
        and m.place.place_type in {PlaceType.COUNTRY, PlaceType.FIRST_LEVEL_DIVISION}
        for m in find_places(name)
    ):
        return span
    return Span(doc, start - 1, span.end, label=span.label_, kb_id=span.kb_id_)


def _with_number(span: Span) -> Span:
    """A body's or a site's name with the number that tells it apart from others of its kind
    ("the Pyongyang Electric Cable General Factory" + "326"), which the model tags apart."""
    doc, end = span.doc, span.end
    tokens = doc_tokens(doc)
    if (
        end >= len(doc)
        or tokens[end - 1].lower_ not in lexicon.mapping("name_heads")
        or not tokens[end - 1].is_title
        or tokens[end].tag_ != "CD"
        or tokens[end].ent_type_ in {"DATE", "TIME"}
        or tokens[end].dep_ != "nummod"
        or tokens[end].head != tokens[end - 1]
    ):
        return span
    return Span(doc, span.start, end + 1, label=span.label_, kb_id=span.kb_id_)


def _with_quoted_name(span: Span) -> Span:
    """A body's name with the quoted name it goes by after its kind ('the C.C., Communist
    Party "Russian Communists"', 'Social Organization "Militant Fraternity"'), which the
    model cuts at or inside the quotation: the quoted words tell the body from others of its
    kind."""
    doc, end = span.doc, span.end
    tokens = doc_tokens(doc)
    if span.label_ != "ORG" or end >= len(doc):
        return span
    if tokens[end].tag_ == "''" and _closes_quote(tokens, span.start, end):
        return Span(doc, span.start, end + 1, label=span.label_, kb_id=span.kb_id_)
    last = tokens[end - 1]
    if (
        tokens[end].tag_ != "``"
        or not last.is_title
        or lexicon.mapping("name_heads").get(last.lower_) != EntityKind.ORGANIZATION.value
    ):
        return span
    limit = min(end + 2 + QUOTED_NAME_WORDS, len(doc))
    closing = next((j for j in range(end + 1, limit) if tokens[j].tag_ in QUOTE_TAGS), None)
    if (
        closing is None
        or closing == end + 1
        or tokens[closing].tag_ != "''"
        or not all(t.is_title for t in tokens[end + 1 : closing])
    ):
        return span
    return Span(doc, span.start, closing + 1, label=span.label_, kb_id=span.kb_id_)


def _unit_of_owner(span: Span) -> Span:
    """A body's unit named before the common noun of a part, after the body that owns it:
    "its Brightlamp battery unit", "Tarvel's Screen Hall unit". The model takes such a name for
    a people's, a person's or a building's, and the owner written before it for a word of it."""
    doc = span.doc
    if span.label_ not in {"ORG", "NORP", "FAC", "PRODUCT", "PERSON"}:
        return span
    # The owner is asked first: few names have one, and the demonyms cost more to ask.
    owner = _unit_owner(span)
    if owner is None or _a_demonym(span):
        return span
    start = span.start
    if owner.i >= span.start:
        # The owner's possessive ends where the unit's name starts.
        start = next((t.i + 1 for t in doc[owner.i : span.end] if t.tag_ == "POS"), span.end)
    if start >= span.end:
        return span
    return Span(doc, start, span.end, label="ORG", kb_id=span.kb_id_)


def _unit_owner(span: Span) -> Token | None:
    """The word of the body that owns the unit `span` names before the common noun of a part
    ("its" of "its Brightlamp battery unit", "Tarvel" of "Tarvel's Screen Hall unit").
    The walk is `relations._body_owned`'s (`unit_part`); here it cuts the model's name before
    any entity exists, so only a name written before a part noun counts, and the owner is a
    word ("its" or a proper noun), not yet the body it names."""
    last = doc_tokens(span.doc)[span.end - 1]
    noun = unit_part(last)
    # A plural is the owner's units, not one named: "the Korean People's Army units".
    if noun is None or noun == last or noun.tag_ != "NN" or noun.ent_type_:
        return None
    owner = next((c for c in children_of(noun) if c.dep_ == "poss"), None)
    if owner is None or not (owner.lower_ == "its" or owner.pos_ == "PROPN"):
        return None
    # An owner inside the name but not first is a word of it: "People's" of "the Korean
    # People's Army".
    return owner if owner.i <= span.start + (doc_lowers(span.doc)[span.start] == "the") else None


def _with_parent_acronym(span: Span) -> Span:
    """A body's name with the acronym of the body it belongs to, which the model leaves out
    when the article made the acronym up itself: "the South Hwanghae Provincial Committee" +
    "of the UAWK", "SWUK" + "Central Committee" after "the Socialist Women's Union of Korea
    (SWUK)". Only an acronym the article defines in brackets is taken in, so that a word in
    capitals of a headline stays out."""
    doc, start, end = span.doc, span.start, span.end
    if span.label_ != "ORG" or not span[-1].is_title:
        return span
    if lexicon.mapping("name_heads").get(span[-1].lower_) != EntityKind.ORGANIZATION.value:
        return span
    defined = _bracketed_acronyms(doc_text(doc))
    if not defined:
        return span

    def acronym(i: int) -> bool:
        return 0 <= i < len(doc) and doc[i].text in defined and not doc[i].ent_type_

    if acronym(start - 1):
        start -= 1
    after = end + 1 + (end + 1 < len(doc) and doc[end + 1].lower_ == "the")
    if end < len(doc) and doc[end].lower_ == "of" and acronym(after):
        end = after + 1
    if (start, end) == (span.start, span.end):
        return span
    return Span(doc, start, end, label=span.label_, kb_id=span.kb_id_)


# One article's text at a time: each of its names asks.
@functools.lru_cache(maxsize=4)
def _bracketed_acronyms(text: str) -> frozenset[str]:
    return frozenset(re.findall(r"\(([A-Z]{2,})\)", text))


def _across_ampersand(span: Span) -> Span:
    """A firm's name with the partners' names the model cut off at its ampersand, which wire
    feeds also spell "amp" (their "&amp;" stripped of its markup): "Standard amp Poor's Corp."
    of "Poor's Corp.", "Wertheim Schroder amp Co." of "Wertheim". Only untagged capitalised
    words are taken in, so that two places the model tagged ("Bosnia & Herzegovina") stay
    apart; but a partner's surname the model took for a person or a place is the firm's
    ("Barclays Hoare amp Drew"), and so are people's names before "amp Partners"."""
    if span.label_ not in {"ORG", "GPE", "PERSON"}:
        return span
    doc, start, end = span.doc, span.start, span.end
    tokens = doc_tokens(doc)
    if span.label_ == "PERSON" and any(
        _ampersand(t) and tokens[t.i + 1].is_title for t in tokens[start + 1 : end - 1]
    ):
        # The model took in the partners too: "Thomas Reed amp Partners" is the firm.
        return Span(doc, start, end, label="ORG", kb_id=span.kb_id_)
    # A surname after a partner's untagged one is the firm's too: "Kessler amp Varga".
    firm = span.label_ != "PERSON" or len(span) == 1
    if (
        firm
        and start > 1
        and _ampersand(tokens[start - 1])
        and _untagged_name_part(tokens[start - 2])
    ):
        start -= 2
        while start > 0 and _untagged_name_part(tokens[start - 1]):
            start -= 1
    after = end
    while after < len(doc) and _untagged_name_part(tokens[after]):
        after += 1
    # The model may end the name on its ampersand: "Donaldson, Lufkin amp" + "Jenrette".
    if after == end and len(span) > 1 and _ampersand(tokens[end - 1]):
        after = end - 1
    if (
        after + 1 < len(doc)
        and _ampersand(tokens[after])
        and _untagged_name_part(tokens[after + 1])
    ):
        end = after + 1
        while end < len(doc) and _untagged_name_part(tokens[end]):
            end += 1
    elif (
        span.label_ == "ORG"
        and after + 1 < len(doc)
        and _ampersand(tokens[after])
        and tokens[after + 1].ent_iob_ == "B"
        and tokens[after + 1].ent_type_ in {"PERSON", "GPE", "ORG"}
        and known_entity(span.text) is None
    ):
        end = after + 2
        while end < len(doc) and tokens[end].ent_iob_ == "I":
            end += 1
        if known_entity(doc[after + 1 : end].text) is not None:
            end = span.end  # two bodies or places known apart: "NATO & Russia"
    if (start, end) == (span.start, span.end):
        return span
    return Span(doc, start, end, label="ORG", kb_id=span.kb_id_)


def _firm_in_full(span: Span) -> Span:
    """A company's name from its own words to its legal form: the words before a bare "Co.
    Ltd." the model tagged alone ("the Weihai Jinsong mining trade" + "Co. Ltd."), and
    without the country after the legal form, which is where the firm is ("the Dandong
    Trading Co. Ltd" + "of China")."""
    if span.label_ != "ORG":
        return span
    doc, start, end = span.doc, span.start, span.end
    forms = lexicon.words("company_suffixes")
    seat = next(
        (t.i + 1 for t in span[:-1] if t.lower_ in forms and doc[t.i + 1].lower_ == "of"), None
    )
    if seat is not None:
        end = seat
    if all(t.lower_ in forms or t.lower_ == "the" for t in span):
        while start > 0 and doc[start - 1].pos_ in {"PROPN", "NOUN", "ADJ"}:
            start -= 1
    if (start, end) == (span.start, span.end) or end <= start:
        return span
    return Span(doc, start, end, label="ORG", kb_id=span.kb_id_)


def _across_plural_possessive(span: Span) -> Span:
    """A body's name the model split after a plural possessive into two names, the second
    just after the first: "the Communist Workers'" + "Party of Belarus"."""
    doc, end = span.doc, span.end
    if (
        span.label_ != "ORG"
        or span[-1].tag_ != "POS"
        or span[-1].text not in {"'", "’"}
        or end >= len(doc)
        or doc[end].ent_iob_ != "B"
        or doc[end].ent_type_ != "ORG"
    ):
        return span
    while end + 1 < len(doc) and doc[end + 1].ent_iob_ == "I":
        end += 1
    return Span(doc, span.start, end + 1, label="ORG", kb_id=span.kb_id_)


def _ampersand(token: Token) -> bool:
    return token.text == "&" or token.text == "amp"


def _partner_word(token: Token) -> bool:
    """A word of a firm's partners' names, whatever the model tagged it: "Booz", "-",
    "Allen", "amp", "Hamilton"."""
    if _ampersand(token) or (token.text == "-" and not token.whitespace_):
        return True
    return token.is_alpha and (token.is_title or token.is_upper)


def _with_bracketed_seat(span: Span) -> Span:
    """A firm's name with the partners' names before the country in brackets that its legal
    form follows, where the model began the name inside the brackets and took the partners
    for people: "Booz-Allen amp Hamilton (Japan) Inc." of "Japan) Inc."."""
    doc, start = span.doc, span.start
    if span.label_ != "ORG" or start < 2 or doc[start - 1].text != "(":
        return span
    close = next((t.i for t in span[:3] if t.text == ")"), None)
    if (
        close is None
        or close == start
        or doc[span.end - 1].lower_ not in lexicon.words("company_suffixes")
    ):
        return span
    return _begun_earlier(span, start - 1, _partner_word)


def _without_section_heading(span: Span) -> Span:
    """A name without the heading in capitals the feed's "@" opens a section of a list with
    ("@ EUROBONDS Canadian Imperial Bank of Commerce"), and without a bracket it leaves open
    ("... Commerce (Canada" of "(Canada) --", where the model stops before the bracket's
    close): the bracket tells the unit from its parent, which is the name. A bracket of
    the name's acronym left open stays (see `_acronym_apart`)."""
    doc, start, end = span.doc, span.start, span.end
    if start > 0 and doc[start - 1].text == "@":
        while start < end - 1 and span[start - span.start].is_upper and doc[start + 1].is_title:
            start += 1
    opening = next((t.i for t in doc[start:end] if t.text == "("), None)
    # An acronym in a bracket left open ("Armed Forces (FANB") is the name's alias.
    if (
        opening is not None
        and opening > start
        and all(t.is_title for t in doc[opening + 1 : end])
        and ")" not in doc[opening:end].text
    ):
        end = opening
    if (start, end) == (span.start, span.end):
        return span
    return Span(doc, start, end, label=span.label_, kb_id=span.kb_id_)


def _capitals_word(token: Token) -> bool:
    """A word in capitals, or a hyphen inside one ("RENT-A-CAR")."""
    if token.text == "-":
        return not token.whitespace_ and token.i > 0 and not token.nbor(-1).whitespace_
    return token.is_upper and token.is_alpha


def _with_capitals_before(span: Span) -> Span:
    """A firm's name in capitals with its first words the model left out: a wire lead
    writes the company's name in capitals but for its legal form ("AVON RENT-A-CAR amp
    TRUCK Corp." of "RENT-A-CAR amp TRUCK Corp.")."""
    if span.label_ != "ORG" or not _capitals_word(span[0]):
        return span
    return _begun_earlier(
        span, span.start, lambda token: not token.ent_type_ and _capitals_word(token)
    )


def _begun_earlier(span: Span, first: int, taken: Callable[[Token], bool]) -> Span:
    """A firm's name begun at the first of the words of its sentence right before token
    `first` that `taken` accepts, where the model left them out of `span`; as it is when it
    takes none or the first it takes is no word (a hyphen, "-Allen")."""
    doc = span.doc
    floor = sentence_of(span[0]).start
    begin = first
    while begin - 1 >= floor and taken(doc[begin - 1]):
        begin -= 1
    if begin == first or not doc[begin].is_alpha:
        return span
    return Span(doc, begin, span.end, label="ORG", kb_id=span.kb_id_)


def _untagged_name_part(token: Token) -> bool:
    """A capitalised word the model left out of any name, or an abbreviation ("Co.")."""
    word = token.text.removesuffix(".")
    return not token.ent_type_ and (token.is_title or token.is_upper) and word.isalpha()


def _with_joined_modifiers(span: Span) -> Span:
    """A body's name with the hyphened words before it that the model leaves out, where one
    of them joins names: "the DPRK-Russia Inter-governmental Committee for Cooperation". Words
    of a kind ("Asian-version NATO") or of who leads ("U.S.-led") are no part of the name."""
    if span.label_ != "ORG":
        return span
    doc = span.doc
    start = span.start
    floor = sentence_of(span[0]).start
    joins_names = False
    while start > floor:
        unit = start - 1
        while unit > floor and not doc[unit - 1].whitespace_:
            unit -= 1
        words = doc[unit:start]
        alpha = [t for t in words if t.is_alpha]
        if (
            len(alpha) < 2
            or not any(t.text == "-" for t in words)
            or not alpha[0].text[:1].isupper()
            or any(t.tag_ in VERB_TAGS for t in words)
            or not all(span.start <= t.head.i < span.end or unit <= t.head.i < start for t in words)
        ):
            break
        joins_names = joins_names or all(t.text[:1].isupper() for t in alpha)
        start = unit
    if start == span.start or not joins_names:
        return span
    return Span(doc, start, span.end, label=span.label_, kb_id=span.kb_id_)


def _befriended_end(doc: Doc, end: int) -> int:
    """The end of "with" + the name of the country or people a friendship body's name
    goes on with, else `end`."""
    at = end + 1
    if end >= len(doc) or doc[end].lower_ != "with":
        return end
    if at < len(doc) and doc[at].lower_ == "the":
        at += 1
    if at >= len(doc) or doc[at].ent_iob_ != "B" or doc[at].ent_type_ not in FRIEND_LABELS:
        return end
    at += 1
    while at < len(doc) and doc[at].ent_iob_ == "I":
        at += 1
    return at


# The most words between two fields a body's name lists (", IT and").
LISTED_FIELD_WORDS = 6
# The most words of a portfolio's parts before the part a span starts with.
PORTFOLIO_WORDS = 8
# The parse's links from a name's word to the noun it qualifies.
MODIFIER_DEPS = frozenset({"compound", "nmod"})
# Words the model may cut off a body's name, up to its head: "Paste and" + "Sauce Factory".
CUT_HEAD_WORDS = 3
# "minister of Foreign Affairs", "vice-minister for International Organizations".
PORTFOLIO_PREPOSITIONS = frozenset({"of", "for"})
MISSPELT_LENGTH = 6
LISTED_NAME_WORDS = 3
VERB_TAGS = frozenset({"VBG", "VBZ", "VBD", "VBN"})
SCORE = re.compile(r"\d+:\d+")
ROMAN_NUMERAL = re.compile(r"[IVXL]+")
FOOTNOTED_NAME = re.compile(r"[A-Z][a-z]+\[\d+\]?")


def _trimmed(span: Span) -> Span | None:
    """The span without the preposition, article, comma or score ("the ROK 3:1") the model
    sometimes ends it with, nor the name a stance prefix joins before a body's name, nor the
    reporting verb that opens its sentence."""
    end, tokens = span.end, doc_tokens(span.doc)
    if _after_stance_prefix(span) or _after_opening_verb(span) or _after_a_nationality(span):
        span = Span(span.doc, span.start + 1, span.end, label=span.label_, kb_id=span.kb_id_)
    if _person_listed_before_a_body(span):
        span = Span(span.doc, span.start + 2, span.end, label=span.label_, kb_id=span.kb_id_)
    while end > span.start and (
        tokens[end - 1].tag_ in {"IN", "DT", "CC"}
        or (tokens[end - 1].is_punct and not _closes_quote(tokens, span.start, end - 1))
        or SCORE.fullmatch(tokens[end - 1].text)
    ):
        end -= 1
    end = _before_platform(span.doc, span.start, end)
    # "For NPR news, I'm ...": the medium's acronym is its name, the common word its product.
    last = tokens[end - 1]
    if end - span.start > 1 and last.lower_ == "news" and last.is_lower and last.nbor(-1).is_upper:
        end -= 1
    # Transcripts run a name into the call sign or acronym spoken after it ("TWA pilot Steven
    # Snyder TWA eight hundred climb"): no person's name ends in an acronym but a numeral's.
    # A Korean given name's syllable may be capitalised in full by a slip ("Kim Jong UN").
    if (
        span.label_ == "PERSON"
        and end - span.start > 2
        and tokens[span.start].lower_ not in lexicon.words("korean_surnames")
        and len(last.text) > 1
        and last.is_upper
        and last.is_alpha
        and not ROMAN_NUMERAL.fullmatch(last.text)
        and all(t.is_title for t in tokens[span.start : end - 1])
    ):
        end -= 1
        last = tokens[end - 1]
    # A nationality's adjective after a given name modifies the noun after it, no surname:
    # "to grant Elian American citizenship".
    if (
        span.label_ == "PERSON"
        and end == span.end < len(span.doc)
        and end - span.start > 1
        and last.lower_ in lexicon.mapping("demonyms")
        and tokens[end].is_lower
        and tokens[end].pos_ == "NOUN"
    ):
        end -= 1
        last = tokens[end - 1]
    # A body's name the model ran into the title of the person named after it: "INS" of "INS
    # Commissioner Doris Meissner", "U.S." of "U.S. Surgeon General David Satcher"; the title
    # is the person's.
    title_end = end - 1 + _phrase_at(tokens, end - 1, "titles")
    titled = (
        span.label_ == "ORG"
        and end == span.end <= title_end < len(span.doc)
        and end - span.start > 1
        and last.is_title
        and tokens[title_end].ent_iob_ == "B"
        and tokens[title_end].ent_type_ == "PERSON"
    )
    if titled:
        end -= 1
    if end <= span.start:
        return None
    if end == span.end:
        return span
    label = span.label_
    # What is left of "U.S. Surgeon" is the country the title's post belongs to, which the
    # model tags a place when it does not run it into the title ("U.S. Attorney General").
    if titled and _known_kind(tokens_text(span.doc, span.start, end)) is EntityKind.PLACE:
        label = "GPE"
    return Span(span.doc, span.start, end, label=label, kb_id=span.kb_id_)


def _closes_quote(tokens: Sequence[Token], start: int, i: int) -> bool:
    """Token `i` closes a quotation opened inside the name that begins at `start`: the end
    of the body's own name ('Social Organization "Militant Fraternity"')."""
    return _opening_quote(tokens, start, i) is not None


def _opening_quote(tokens: Sequence[Token], start: int, i: int) -> int | None:
    """Where the quotation that token `i` closes opens, after a capitalised word of the name
    that begins at `start`; None if `i` closes none there. A quotation that opens the name
    ('the "Washington Summit Declaration"') is a title's or the name's own marks, no body's
    name after its kind."""
    if tokens[i].tag_ != "''":
        return None
    opening = next((j for j in range(i - 1, start - 1, -1) if tokens[j].tag_ in QUOTE_TAGS), None)
    if opening is None or opening == start or tokens[opening].tag_ != "``":
        return None
    before = tokens[opening - 1]
    return opening if before.is_title and before.tag_ != "DT" else None


def _known_kind(name: str) -> EntityKind | None:
    """The kind the alias table gives a name, if it knows the name."""
    known = known_entity(name)
    return None if known is None else known.kind


def _after_stance_prefix(span: Span) -> bool:
    """A body's name the model begins with the name "anti-" or "pro-" joins ("the anti-Castro
    Cuban American National Foundation"): that name is whom the body opposes or backs."""
    start, tokens = span.start, doc_tokens(span.doc)
    return (
        span.label_ == "ORG"
        and span.end - start > 2
        and start >= 2
        and tokens[start - 1].text == "-"
        and not tokens[start - 1].whitespace_
        and not tokens[start - 2].whitespace_
        and tokens[start - 2].lower_ in lexicon.words("stance_prefixes")
        and tokens[start + 1].is_title
    )


def _person_listed_before_a_body(span: Span) -> bool:
    """A body's name the model begins with the surname of a person the article names in full
    and "and" ("a letter to Reno and Immigration and Naturalization Service Commissioner Doris
    Meissner"): two addressees, the person's surname none of the body's name."""
    tokens = doc_tokens(span.doc)
    if span.label_ != "ORG" or span.end - span.start < 4 or tokens[span.start + 1].lower_ != "and":
        return False
    first = tokens[span.start]
    return first.is_title and any(
        e.label_ == "PERSON" and len(e) > 1 and e[-1].text == first.text for e in doc_ents(span.doc)
    )


def _after_a_nationality(span: Span) -> bool:
    """A name the model begins with a nationality adjective that qualifies the noun the name
    itself modifies ("a Libyan World Court case", "southern Serb Kosovo province"): the
    adjective hangs from a word outside the name, so it is no word of it, as it is of "the
    Korean Central News Agency"."""
    first = span[0]
    if len(span) < 2 or span.label_ not in BODY_AND_PLACE_LABELS or not span[1].is_title:
        return False
    if first.dep_ != "amod" or span.start <= first.head.i < span.end:
        return False
    word = first.text
    return (
        _of_a_country(word)
        or word.casefold() in lexicon.mapping("demonyms")
        or any(e.label_ == "NORP" and e.text == word for e in doc_ents(span.doc))
    )


def _after_opening_verb(span: Span) -> bool:
    """A name the model begins with the reporting verb that opens its sentence ("Replied State
    Department spokesman ...", "Said Foreign Ministry spokesman ..."): wire copy puts the verb
    first when a long title comes before the speaker's name."""
    first = span[0]
    if len(span) < 2 or not first.is_sent_start or not first.is_title or not span[1].is_title:
        return False
    verbs = lexicon.union("reporting_verbs", "quoting_verbs")
    return first.lower_ in _reporting_past_forms() or (
        first.tag_ in VERB_TAGS and first.lemma_ in verbs
    )


@functools.cache
def _reporting_past_forms() -> frozenset[str]:
    """The regular past forms of the reporting and quoting verbs ("replied", "added"): the
    tagger takes a capitalised verb opening a sentence for a name's word, with the word as its
    lemma, so the form is all there is to go by."""
    verbs = lexicon.union("reporting_verbs", "quoting_verbs")
    regular = {f"{v}d" if v.endswith("e") else f"{v}ed" for v in verbs}
    regular |= {f"{v[:-1]}ied" for v in verbs if v.endswith("y") and v[-2] not in "aeiou"}
    return frozenset(regular)


def _before_platform(doc: Doc, start: int, end: int) -> int:
    """The end of a name before "on" and a body the alias table knows ("Washington Post World"
    of a share button's "Washington Post World on Facebook"), else `end`."""
    lowers = doc_lowers(doc)
    for i in range(start + 1, end - 1):
        # The word first: the name after it is looked up only after an "on".
        if lowers[i] != "on":
            continue
        known = known_entity(tokens_text(doc, i + 1, end))
        if known is not None and known.kind is EntityKind.ORGANIZATION:
            return i
    return end


def _is_body(span: Span) -> bool:
    """The span names an organisation, or is the abbreviated head of one's name ("C.C.")."""
    folded = " ".join(POSSESSIVE.sub("", span.text).casefold().split()).removeprefix("the ")
    if folded in lexicon.mapping("org_abbreviations"):
        return True
    return folded not in lexicon.words("not_entities") and _kind(span) is EntityKind.ORGANIZATION


def _joined(first: Span, second: Span) -> bool:
    """Two names make one: "the Central Committee" + "of the" + "Communist Party" (the model
    ends long names at an "of"), or "the C.C." + "," + "WPK" (the abbreviation heads any
    body's committee so: "the C.C., Socialist Women's Union of Korea")."""
    if _fields_listed(first, second) or _fields_continued(first, second):
        return True
    if _places_paired(first, second):
        return True
    if _local_branch(first, second):
        return True
    if second.start == first.end and _date_of_a_name(first, second):
        return True
    if second.start - first.end > 2:
        return False  # two words at most join them ("of the"): no need to read the names
    between = [t.lower_ for t in first.doc[first.end : second.start]]
    # The words between are read before the first name, whose kind costs the most to tell.
    if between not in (["of"], ["of", "the"], [","]) or first.kb_id_ or not _is_body(first):
        return False
    if between in (["of"], ["of", "the"]):
        # A known name with an "of" of its own is whole: "the Workers' Party of Korea" of
        # "the committee of the Workers' Party of Korea of the Pyongyang Hosiery Factory" is
        # the party, and the factory is named for where its committee is.
        whole = any(t.lower_ == "of" for t in first) and known_entity(spoken(first)) is not None
        # A company ends at its legal form: "Vos & Co. B.V. of the Netherlands" is the
        # Dutch firm, the country where it is.
        seat = second.label_ in {"GPE", "LOC"} and company_name(first.text)
        # The model takes a body named after a person for the person ("the Board of
        # Directors of the" + "Kim Il Sung-Kim Jong Il Foundation"): its head says it is a body.
        body = second.label_ in {"ORG", "GPE", "LOC"} or (
            second.label_ == "PERSON" and _kind(second) is EntityKind.ORGANIZATION
        )
        return not whole and not seat and body
    party = canonical_name(second.text, EntityKind.ORGANIZATION)[0].casefold().split()
    return (
        between == [","]
        and first[-1].lower_ in lexicon.words("party_bodies")
        and second.label_ == "ORG"
        and ("party" in party or (first[-1].lower_ == "c.c." and second[0].tag_ != "DT"))
    )


def _local_branch(first: Span, second: Span) -> bool:
    """A town, a local unit's noun and a body make one body: "the Jilin City" + "branch of
    the" + "Jilin Regional Association" is the association's branch in the town."""
    if second.start - first.end not in (2, 3):
        return False  # the words between are read only when they may be a branch's
    between = list(doc_lowers(first.doc)[first.end : second.start])
    return (
        between[0] in lexicon.words("local_branch_nouns")
        and between[1:] in (["of"], ["of", "the"])
        and first.label_ in {"GPE", "LOC", "FAC"}
        and second.label_ == "ORG"
    )


def _date_of_a_name(first: Span, second: Span) -> bool:
    """A date a body is named after, which the model tagged apart from the rest of the name:
    "The February 17" + "Shock Brigade of Scientists and Technicians". Tagged a date, it
    opens the name after a "the" ("the" + "February 17" + "Shock Brigade ..."); a date
    without one is when something happened ("On February 17 Kim Il Sung University ...")."""
    words = [t for t in first if t.tag_ != "DT"]
    doc = first.doc
    dated = (
        first.label_ == "DATE"
        and len(words) == len(first)
        and first.start > 0
        and doc[first.start - 1].lower_ == "the"
    )
    return (
        (first.label_ == "ORG" or dated)
        and second.label_ == "ORG"
        and second[0].is_title
        and len(words) == 2
        and words[0].lower_ in _months()
        and words[1].like_num
    )


@functools.cache
def _months() -> frozenset[str]:
    return frozenset(row[1] for row in lexicon.rows("time") if row[0] == "month")


def _places_paired(first: Span, second: Span) -> bool:
    """A body named for two places joined by "and", which the model cuts at the "and": "the
    Communist Party of Bohemia" + "and" + "Moravia". A known name is whole ("the Workers'
    Party of Korea" and China), and a place that owns or qualifies what follows is a name of
    its own."""
    doc = first.doc
    if (
        first.label_ != "ORG"
        or second.label_ not in {"GPE", "LOC"}
        or second.start - first.end != 1
        or doc[first.end].lower_ != "and"
        or len(first) < 3
        or first[-2].lower_ != "of"
        or not first[-1].is_title
        # "and Russia's envoy", "and Oklahoma officials": the place owns or qualifies.
        or (second.end < len(doc) and doc[second.end].pos_ in {"PART", "NOUN", "PROPN"})
    ):
        return False
    return known_entity(spoken(first)) is None and bool(find_places(first[-1].text))


def _fields_listed(first: Span, second: Span) -> bool:
    """A body named for the fields it covers, listed with commas, which the model cuts into
    names: "the Posts and Telecommunications" + ", IT and" + "Digital Development
    Sub-committee". The first part has no head of a body's name, the last has one."""
    if first.label_ != "ORG" or second.label_ != "ORG":
        return False  # the labels asked before the words between are sliced out
    between = first.doc[first.end : second.start]
    heads = lexicon.mapping("name_heads")
    return (
        2 <= len(between) <= LISTED_FIELD_WORDS
        and between[0].text == ","
        and between[-1].lower_ == "and"
        and all(t.text[:1].isupper() or t.text == "," for t in between[1:-1])
        and singular(first[-1].lower_) not in heads
        and heads.get(_name_head(second).lower_.split("-")[-1]) == EntityKind.ORGANIZATION.value
    )


def _fields_continued(first: Span, second: Span) -> bool:
    """A body named for the fields it covers, listed after "of" with commas, which the model
    cuts into names: "the Russian Ministry of Digital Development" + "," + "Post and
    Telecommunications and Public Information" (the parse makes the later fields conjuncts of
    the first; the later part has no head of a body's name)."""
    heads = lexicon.mapping("name_heads")
    of = next((t for t in span_tokens(first) if t.lower_ == "of"), None)
    return (
        first.label_ == "ORG"
        and second.label_ == "ORG"
        and of is not None
        and heads.get(doc_lowers(first.doc)[of.i - 1]) == EntityKind.ORGANIZATION.value
        and doc_texts(first.doc)[first.end : second.start] == (",",)
        and second.root.dep_ == "conj"
        and of.i < second.root.head.i < first.end
        and second[0].tag_ != "DT"  # "..., the Ministry of Public Security": the next body
        and singular(_name_head(second).lower_) not in heads
    )


def _without_portfolio(span: Span) -> Span | None:
    """A name after "minister of" without the portfolio it starts with: "the Russian
    Federation" of "minister of Industry and Trade of the Russian Federation"."""
    doc = span.doc
    opening = _listed_portfolio_start(span)
    tokens = doc_tokens(doc)
    before = tokens[opening - 2 : opening] if opening >= 2 else ()
    if (
        len(before) < 2
        or before[1].lower_ not in PORTFOLIO_PREPOSITIONS
        or before[0].lower_ not in lexicon.words("portfolio_titles")
        # "the three foreign ministers of A, B and C" names them, not their portfolio.
        or (span.label_ == "PERSON" and holders_counted(before[0]))
    ):
        return span
    lowers = doc_lowers(doc)
    segment = next((i for i in range(span.start, span.end) if lowers[i] in {"of", ","}), span.end)
    if segment - span.start < 2 or lowers[segment - 1] in lexicon.mapping("name_heads"):
        return span
    start = segment + 1 + (segment + 1 < span.end and lowers[segment + 1] == "the")
    if start >= span.end:
        return None
    # What a minister's portfolio is "of" is a country unless its name says otherwise.
    label = next(
        (e.label_ for e in doc_ents(doc) if e.end == span.end and e.start >= start - 1), None
    )
    head_kind = lexicon.mapping("name_heads").get(_name_head(doc[start : span.end]).lower_)
    by_name = "ORG" if head_kind == EntityKind.ORGANIZATION.value else "GPE"
    return Span(doc, start, span.end, label=label or by_name)


def _listed_portfolio_start(span: Span) -> int:
    """Where a portfolio listed in parts begins, when a body's span is a later part: "Post
    and Telecommunications ..." of "vice-minister of Digital Development, Post and
    Telecommunications and Public Information of the Russian Federation"; else the span's
    start."""
    doc = span.doc
    i = span.start
    if span.label_ != "ORG" or i < 1 or doc[i - 1].text != ",":
        return i
    floor = max(sentence_of(span[0]).start, i - PORTFOLIO_WORDS)
    while i > floor and (doc[i - 1].text in {",", "and", "&"} or doc[i - 1].is_title):
        i -= 1
    return i if doc[i - 1].lower_ == "of" else span.start


def _outside_title(span: Span | None) -> Span | None:
    """A body's name without the words of an office written across its edge: "Magistrate" of
    "Magistrate Judge", "Brigade" of "GNB Brigade General", "Defense" of "Secretary of
    Defense" name no body (GUIDELINES: words inside job titles are not organisations). A
    person's name loses the end of a title written across its start: "Exchequer" of
    "Chancellor of the Exchequer Colin Redfern"."""
    if span is not None and span.label_ == "PERSON":
        return _person_outside_title(span)
    if span is None or span.label_ != "ORG":
        return span
    doc, start, end = span.doc, span.start, span.end
    longest = lexicon.longest_phrase("titles")
    titles = lexicon.words("titles")
    lowers = doc_lowers(doc)
    for first in range(max(0, span.start - longest + 1), span.end):
        for last in range(first + 2, min(len(doc), first + longest) + 1):
            crosses = first < span.start < last or first < span.end < last
            if crosses and " ".join(lowers[first:last]) in titles:
                if first <= start:
                    start = max(start, last)
                else:
                    end = min(end, first)
    if start == span.start and end == span.end:
        return span
    words = [t for t in doc[start:end] if t.is_alpha and t.lower_ != "the"]
    return Span(doc, start, end, label="ORG") if words else None


def _person_outside_title(span: Span) -> Span | None:
    doc, start = span.doc, span.start
    longest = lexicon.longest_phrase("titles")
    titles = lexicon.words("titles")
    lowers = doc_lowers(doc)
    for first in range(max(0, span.start - longest + 1), span.start):
        for last in range(span.start + 1, min(span.end, first + longest) + 1):
            if " ".join(lowers[first:last]) in titles:
                start = max(start, last)
    if start == span.start:
        return span
    # What is left must still be a name of two words: a title's end alone names no one.
    return Span(doc, start, span.end, label=span.label_) if span.end - start >= 2 else None


def _merge_of_chains(spans: list[Span]) -> list[Span]:
    merged: list[Span] = []
    for span in spans:
        if merged and _joined(merged[-1], span):
            merged[-1] = Span(span.doc, merged[-1].start, span.end, label="ORG")
        else:
            merged.append(span)
    return merged


def shared_names(doc: Doc) -> Iterator[Span]:
    """Names that share their last words: "the East and West Sea Fleets" names the East Sea
    Fleet and the West Sea Fleet; "the Communist Party and Foreign Ministry of Vietnam" names
    the Communist Party of Vietnam and the Foreign Ministry of Vietnam. The first name's
    span holds only its own words; the name it stands for is its `kb_id_`."""
    heads = lexicon.mapping("name_heads")
    labels = {EntityKind.PLACE.value: "FAC", EntityKind.ORGANIZATION.value: "ORG"}
    tokens, titles = doc_tokens(doc), doc_titles(doc)
    for i, tag in enumerate(doc_tags(doc)):
        if tag not in {"NNS", "NNPS"} or not titles[i]:
            continue
        token = tokens[i]
        head = singular(token.text)
        kind = heads.get(head.casefold())
        second = _title_run(doc, token.i)
        if kind is None or second == token.i or doc[second - 1].lower_ != "and":
            continue
        first = _title_run(doc, second - 1)
        # Fields after "of" a body's head takes: "the Department of Health and Human
        # Services" is one department, as "the University of Music and Dance" is one school.
        if first == second - 1 or (first > 0 and tokens[first - 1].lower_ == "of"):
            continue
        shared = [t.text for t in doc[second + 1 : token.i]] + [head]
        label = labels[kind]
        own = " ".join([*(t.text for t in doc[first : second - 1]), *shared])
        yield Span(doc, first, second - 1, label=label, kb_id=own)
        whole = " ".join([*(t.text for t in doc[second : token.i]), head])
        yield Span(doc, second, token.i + 1, label=label, kb_id=whole)
    lowers = doc_lowers(doc)
    for ent in doc_ents(doc):
        of = next((i for i in range(ent.start, ent.end) if lowers[i] == "of"), None)
        joint = next((i for i in range(ent.start, ent.end) if lowers[i] == "and"), None)
        if of is None or joint is None or not ent.start < joint < of - 1:
            continue
        start = ent.start + (lowers[ent.start] == "the")
        if all(heads.get(lowers[i - 1]) for i in (joint, of)) and titles[joint - 1]:
            tail = doc[of : ent.end].text
            yield Span(doc, start, joint, label="ORG", kb_id=f"{doc[start:joint].text} {tail}")
            yield Span(doc, joint + 1, ent.end, label="ORG")


def compass_pairs(doc: Doc) -> Iterator[Span]:
    """Two places whose names differ by a compass point, written once ("North and South
    Hwanghae provincial teams"): North Hwanghae and South Hwanghae, not one place. The first
    name's span holds its compass point; the name it stands for is its `kb_id_`."""
    points = lexicon.words("compass_points")
    tokens = doc_tokens(doc)
    for ent in doc_ents(doc):
        words = tokens[ent.start + (tokens[ent.start].lower_ == "the") : ent.end]
        if (
            ent.label_ not in {"GPE", "LOC"}
            or len(words) < 4
            or words[0].lower_ not in points
            or words[1].lower_ != "and"
            or words[2].lower_ not in points
            or not all(t.is_title for t in words[3:])
        ):
            continue
        shared = tokens_text(doc, words[3].i, ent.end)
        yield Span(doc, words[0].i, words[0].i + 1, label=ent.label_, kb_id=f"{words[0]} {shared}")
        yield Span(doc, words[2].i, ent.end, label=ent.label_)
    yield from _compass_point_before_pair(doc, points)


def _compass_point_before_pair(doc: Doc, points: frozenset[str]) -> Iterator[Span]:
    """A compass point the model tagged alone before "and" and a place's name that opens with
    another compass point or "Central" and one word more ("South and Central America"): the
    point stands for its own place of that name, "South America". A name going on past the
    model's ("the East and West Sea of Korea", "the East and West Sea Fleets") is left to
    the model and the rules of longer names."""
    tokens = doc_tokens(doc)
    ents = {ent.start: ent for ent in doc_ents(doc) if ent.label_ in {"GPE", "LOC"}}
    for ent in ents.values():
        after = ents.get(ent.end + 1)
        if (
            len(ent) != 1
            or ent[0].lower_ not in points
            or not ent[0].is_title
            or after is None
            or tokens[ent.end].lower_ != "and"
            or len(after) != 2
            or (after[0].lower_ not in points and after[0].lower_ != "central")
            or not after[1].is_title
            or (
                after.end < len(tokens)
                and (tokens[after.end].lower_ == "of" or tokens[after.end].is_title)
            )
        ):
            continue
        shared = tokens_text(doc, after.start + 1, after.end)
        yield Span(doc, ent.start, ent.end, label=ent.label_, kb_id=f"{ent[0]} {shared}")


def listed_names(doc: Doc) -> Iterator[Span]:
    """Names listed before or after a plural designator: "Sinphyong, Koksan and Yonsan
    counties", "the counties Rakwon, Pukchong and Hamju", "Phungnyon and Jungsan mines".
    Each name's span holds its own word; the name with the designator is its `kb_id_`."""
    heads = lexicon.mapping("name_heads")
    labels = {EntityKind.PLACE.value: "GPE", EntityKind.ORGANIZATION.value: "ORG"}
    tokens, titles = doc_tokens(doc), doc_titles(doc)
    for i, tag in enumerate(doc_tags(doc)):
        if tag != "NNS" or titles[i]:
            continue
        token = tokens[i]
        head = singular(token.text)
        # A head of two words has a kind of its own: power stations are enterprises.
        kind = (i > 0 and heads.get(f"{tokens[i - 1].lower_} {head}")) or heads.get(head)
        if kind is None:
            continue
        # The body the listed bodies belong to, named after their designator: "the Pyongyang
        # and Nampho municipal committees of the UAWK" are each "... of the UAWK".
        owner = _owner_named_after(doc, token.i) if kind == EntityKind.ORGANIZATION.value else ""
        # Words the listed names share before their designator: "Hochongang and Jangjingang
        # power stations" are the Hochongang Power Station and the Jangjingang Power Station.
        shared = _shared_modifiers_start(doc, token.i, divisions=bool(owner))
        # "the Sunchon, Chongchongang and other thermal power plants": each name before "and
        # other" is one of the designator's kind, one name as well as several.
        others = _and_other_at(doc, shared)
        before = _listed(doc, shared if others is None else others, step=-1)
        if others is not None and _inside_longer_name(doc, before):
            before = []
        if before and all(_nationality(doc[start:end]) for start, end in before):
            before = []  # "Dutch and French police" are police of two nations, no two bodies
        if any(_a_demonym(doc[start:end]) for start, end in before):
            before = []  # "Koreans in Japan and Japanese political parties"
        if any(_a_time(doc[start:end]) for start, end in before):
            before = []  # "On Sunday, Tanzanian police": a day is no name listed
        after = _listed_after(doc, token.i, kind)
        modifiers = tokens_text(doc, shared, token.i).split() if shared < token.i else []
        words = " ".join([*(w.capitalize() for w in modifiers), head.capitalize()])
        for start, end in before if len(before) >= 2 or _one_of_others(doc, others, before) else ():
            name = _elided_name(doc, start, end, before)
            yield Span(doc, start, end, label=labels[kind], kb_id=f"{name} {words}{owner}")
        for start, end in after if len(before) < 2 and len(after) >= 2 else ():
            name = f"{doc[start:end].text} {head.capitalize()}"
            yield Span(doc, start, end, label=labels[kind], kb_id=name)


def _shared_modifiers_start(doc: Doc, designator: int, *, divisions: bool = False) -> int:
    """Start of the common words before a plural designator that the names listed before it
    share: nouns or adjectives in lower case, two at most, a hyphen joining two of them
    ("thermal power plants", "hydro-power stations"). An adjective of a division is one of
    them (`divisions`) only where the bodies belong to a body named after them: "municipal" of
    "the Pyongyang and Nampho municipal committees of the UAWK" is of each committee's name."""
    shared, words = designator, 0
    while shared > 0 and words < SHARED_MODIFIERS:
        word = doc[shared - 1]
        if word.tag_ == "HYPH" and shared - 1 > 0 and _shared_modifier(doc[shared - 2]):
            shared -= 1
            continue
        if not (_shared_modifier(word) or (divisions and _division_adjective(word))):
            break
        shared -= 1
        words += 1
    # A hyphen left first once the words are counted belongs to the word before it.
    return shared + (shared < designator and doc[shared].tag_ == "HYPH")


def _shared_modifier(token: Token) -> bool:
    return (
        token.tag_ in SHARED_MODIFIER_TAGS
        and token.is_lower
        and token.is_alpha
        and not token.is_stop
        and token.lower_ not in lexicon.words("division_adjectives")
    )


def _division_adjective(token: Token) -> bool:
    return token.is_lower and token.lower_ in lexicon.words("division_adjectives")


def _owner_named_after(doc: Doc, designator: int) -> str:
    """The words naming a body right after a plural designator, with a space and "of" before
    them (" of the UAWK" of "committees of the UAWK"), or "" where no body's name follows."""
    of = designator + 1
    if of >= len(doc) or doc[of].lower_ != "of":
        return ""
    # The model's name may hold the article: "the Workers' Party of Korea".
    starts = {of + 1, of + 1 + (of + 1 < len(doc) and doc[of + 1].lower_ == "the")}
    owner = next((e for e in doc_ents(doc) if e.start in starts and e.label_ == "ORG"), None)
    return "" if owner is None else f" {doc[of : owner.end].text}"


def _and_other_at(doc: Doc, shared: int) -> int | None:
    """Index of "and" where "and other" stands before the shared words of a designator."""
    if shared > 1 and doc[shared - 1].lower_ == "other" and doc[shared - 2].lower_ == "and":
        return shared - 2
    return None


def _one_of_others(doc: Doc, others: int | None, names: list[tuple[int, int]]) -> bool:
    """One name before "and other" is one of the designator's kind where "the" opens it: "the
    Sunchon and other coal-mining complexes", not "in Tokyo and other similar monuments"."""
    if others is None or len(names) != 1:
        return False
    start = names[0][0]
    return start > 0 and doc[start - 1].lower_ == "the"


def _inside_longer_name(doc: Doc, names: list[tuple[int, int]]) -> bool:
    """The first listed name continues a body's name before it: "the Ministry of Railways and
    other ministries", "Wonsan University of Agriculture and other universities"."""
    if not names:
        return False
    first = min(start for start, _ in names)
    return first > 1 and doc[first - 1].lower_ == "of" and doc[first - 2].is_title


def _a_demonym(span: Span) -> bool:
    return tokens_text(span.doc, span.start, span.end).casefold() in lexicon.mapping("demonyms")


def _a_time(span: Span) -> bool:
    """A listed word the model tags a time ("Sunday"): no name of what a designator names."""
    return all(t.ent_type_ in NOT_COUNTS for t in span)


def _nationality(span: Span) -> bool:
    """A nationality adjective as the model reads one: tagged an adjective, typed a
    nationality ("Dutch", "French")."""
    return all(t.tag_ == "JJ" and t.ent_type_ == "NORP" for t in span)


def _listed_after(doc: Doc, designator: int, kind: str) -> list[tuple[int, int]]:
    """Names listed after a plural designator with "the": "the counties Rakwon, Pukchong and
    Hamju"; for places also after "of" ("the counties of Tongchang, Phihyon and Sindo"), which
    for bodies reads otherwise ("the committees of Kaesong and Rason" are no "Kaesong
    Committee")."""
    if designator == 0 or doc[designator - 1].lower_ != "the":
        return []
    after_of = designator + 1 < len(doc) and doc[designator + 1].lower_ == "of"
    if after_of and kind == EntityKind.PLACE.value:
        return _listed(doc, designator + 1, step=1)
    return _listed(doc, designator, step=1)


def _elided_name(doc: Doc, start: int, end: int, names: list[tuple[int, int]]) -> str:
    """A listed name, with the words it shares with the next name when it is a compass point
    alone ("North" of "North and South Phyongan provinces" is North Phyongan)."""
    points = lexicon.words("compass_points")
    after = [n for n in names if n[0] > start]
    if end - start > 1 or doc[start].lower_ not in points or not after:
        return doc[start:end].text
    following = doc[slice(*min(after))]
    if len(following) < 2 or following[0].lower_ not in points:
        return doc[start:end].text
    return f"{doc[start].text} {following[1:].text}"


def _listed(doc: Doc, designator: int, step: int) -> list[tuple[int, int]]:
    """The (start, end) of each name in the list of names next to `designator`, read
    backwards (`step` -1) or forwards (1): names separated by commas and one "and"."""
    heads = lexicon.mapping("name_heads")
    names: list[tuple[int, int]] = []
    i = designator + step
    while 0 <= i < len(doc):
        j = i
        # Next to a designator a capitalised word is a name, however it was tagged; a hyphen
        # between two such words joins them ("Ampere-Victor Hugo and Bellecour stations").
        while 0 <= j < len(doc) and (_listed_name_word(doc[j]) or _joins_name_words(doc, j)):
            j += step
        start, end = min(i, j - step), max(i, j - step) + 1
        # A name with a designator of its own ("Kangwon Province", "the city of Hamhung")
        # belongs to no list.
        if j == i or doc[end - 1].lower_ in heads or _designated_before(doc, start, heads):
            break
        names.append((start, end))
        if not (0 <= j < len(doc)) or doc[j].lower_ not in {",", "and"}:
            break
        i = j + step
    return names if names and (step == 1 or _ends_list(doc, names)) else []


def _designated_before(doc: Doc, start: int, heads: Mapping[str, str]) -> bool:
    """A name after its designator and "of": "the city of Hamhung" and "Kujang and Sonchon
    counties" name a city and two counties, not three counties."""
    return start >= 2 and doc[start - 1].lower_ == "of" and doc[start - 2].lower_ in heads


def _listed_name_word(token: Token) -> bool:
    return token.is_title and token.is_alpha and not token.is_stop


def _joins_name_words(doc: Doc, i: int) -> bool:
    """A hyphen between two capitalised words of one name ("Ampere-Victor")."""
    return (
        doc[i].tag_ == "HYPH"
        and 0 < i < len(doc) - 1
        and _listed_name_word(doc[i - 1])
        and _listed_name_word(doc[i + 1])
    )


def _ends_list(doc: Doc, names: list[tuple[int, int]]) -> bool:
    """A list read backwards ends at a word that cannot continue it ("the", a verb, ...)."""
    first = min(start for start, _ in names)
    return first == 0 or not doc[first - 1].is_title or doc[first - 1].is_stop


def singular(word: str) -> str:
    """The singular of a plural name head ("Fleets", "Provinces", "Factories")."""
    if word.endswith("ies"):
        return word[:-3] + "y"
    if word.endswith(("xes", "ches", "shes", "sses")):
        return word[:-2]  # "Complexes", "Branches"
    return word[:-1] if word.endswith("s") else word


def _title_run(doc: Doc, end: int) -> int:
    """Start of the run of capitalised words ending just before token `end`."""
    if end == 0:
        return end
    titles = doc_titles(doc)
    opening = sentence_of(doc_tokens(doc)[end - 1]).start
    start = end
    while start > 0 and titles[start - 1] and start - 1 > opening:
        start -= 1
    return start


# The corrections of a model's name, in the order they apply: each reads the span the one
# before it left.
MODEL_CORRECTIONS: tuple[Callable[[Span], Span], ...] = (
    _without_section_heading,
    _site_taken_for_an_event,
    _titled_korean_name,
    _holder_after_country,
    _titled_surname,
    _with_surname,
    _with_given_name,
    _across_plural_possessive,
    _before_possessive,
    _with_nickname,
    _completed,
    _firm_in_full,
    _with_bracketed_seat,
    _across_ampersand,
    _with_purpose,
    _with_joined_field,
    _across_hyphen,
    _with_capitals_before,
    _with_number,
    _with_quoted_name,
    _with_parent_acronym,
    _with_location,
    _with_joined_modifiers,
    _with_site_noun,
    _with_place_opener,
    _with_lowercase_compass,
)


def _model_corrected(ent: Span) -> Span:
    """The model's name after each of `MODEL_CORRECTIONS` in turn."""
    # A loop, not `functools.reduce` with a lambda: a call fewer per correction and name.
    for fix in MODEL_CORRECTIONS:
        ent = fix(ent)
    return ent


def entity_spans(doc: Doc) -> list[Span]:
    """The model's named entities, corrected by the name patterns the model is known to miss."""
    shared = [*shared_names(doc), *listed_names(doc), *compass_pairs(doc)]
    taken = {i for span in shared for i in range(span.start, span.end)}
    model = [
        place
        for ent in doc_ents(doc)
        for part in _line_parts(_model_corrected(ent))
        for listed in _people_listed(part)
        for named in _person_after_name(listed)
        for slashed in _slash_apart(named)
        for joined in _firms_apart(slashed)
        for piece in _acronym_apart(joined)
        for pieces in _places_apart(piece)
        for stated in _state_apart(pieces)
        for place in _heads_apart(stated)
    ]
    found = [
        *located_place_names(doc),
        *particled_place_names(doc),
        *offices_of_posts(doc),
        *korean_names(doc),
        *headed_names(doc),
        *national_forces(doc),
        *titled_bodies(doc),
        *named_formations(doc),
        *suffixed_place_names(doc),
        *prefixed_place_names(doc),
        *head_first_place_names(doc),
        *common_names(doc),
        *media_names(doc),
        *cause_names(doc),
        *wire_acronyms(doc),
        *country_acronyms(doc),
        *hyphened_countries(doc),
        *modifying_place_names(doc),
        # Before the model's: a dateline's city of a common word's spelling ("BUFFALO, N.Y.
        # (AP)") may be tagged a nationality, which would win at equal length.
        *_dateline_city_name(doc),
        *model,
        *listed_people(doc),
        *alias_table_names(doc),
    ]
    found.extend(_short_korean_names(doc, filter_spans(found)))
    found.extend(_untagged_company_names(doc, filter_spans(found)))
    found.extend(_short_paper_names(doc, filter_spans(found)))
    others = [s for s in filter_spans(found) if not taken & set(range(s.start, s.end))]
    spans = sorted([*shared, *others], key=lambda span: span.start)
    merged = _merge_of_chains([t for t in map(_trimmed, spans) if t is not None])
    # A unit's name is cut from its owner's after the names found by their heads ("Cineplex's
    # Film House") have won over the model's.
    units = map(_unit_of_owner, merged)
    kept = [t for t in map(_outside_title, map(_without_portfolio, units)) if t is not None]
    ends = {span.end for span in kept if span.label_ == "ORG"}
    return [
        piece
        for span in map(_with_bracketed_qualifier, kept)
        if not _bracketed_qualifier(span, ends)
        for country in _countries_apart(span)
        for body in _bodies_in_unnamed(country)
        for piece in _places_of_a_building_hit(body)
    ]


def _places_of_a_building_hit(span: Span) -> Iterator[Span]:
    """A mission's building (an attack hits it, or the words name the building: see
    `mission_building`) names no body, but the places its name gives stay: "the U.S. Embassy
    in Tanzania" names the United States and Tanzania."""
    root = span.root
    if span.label_ not in BODY_AND_PLACE_LABELS or not mission_building(root):
        yield span
        return
    doc = span.doc
    before = [t for t in doc[span.start : root.i] if t.lower_ != "the"]
    if before and all(t.tag_ == "NNP" for t in before):
        yield Span(doc, before[0].i, root.i, label="GPE")
    after = [t for t in doc[root.i + 1 : span.end] if t.lower_ not in {"in", "the"}]
    if after and doc[root.i + 1].lower_ == "in" and all(t.tag_ == "NNP" for t in after):
        yield Span(doc, after[0].i, span.end, label="GPE")


def _with_bracketed_qualifier(span: Span) -> Span:
    """A body's name with the words in brackets after it that tell it from its namesakes (see
    `_bracketed_qualifier`): "the Communist Party of Canada (Marxist-Leninist)" is that party's
    whole name, and its Central Committee's is "the C.C., Communist Party of Canada
    (Marxist-Leninist)"."""
    doc, end = span.doc, span.end
    if span.label_ != "ORG" or end + 3 >= len(doc) or doc[end].text != "(":
        return span
    close = next((i for i in range(end + 1, min(end + 6, len(doc))) if doc[i].text == ")"), None)
    if close is None or close - end < 3:
        return span
    inside = doc[end + 1 : close]
    words = [t for t in inside if t.is_alpha]
    if (
        not words
        or any(t.is_upper or not t.is_title for t in words)
        or any(not (t.is_alpha or t.text == "-") for t in inside)
    ):
        return span
    # An acronym's name spelt out in brackets ("NATO (North Atlantic Treaty Organization)")
    # is another form of the name, no part of it.
    if any(t.is_upper for t in span if t.is_alpha) or known_entity(inside.text) is not None:
        return span
    return Span(doc, span.start, close + 1, label=span.label_)


def _bracketed_qualifier(span: Span, body_ends: set[int]) -> bool:
    """A word in brackets just after a body's name that tells that body from its namesakes:
    "Marxist-Leninist" of "the Communist Party of Canada (Marxist-Leninist)" is part of the
    party's name, no body of its own. An acronym or one word in brackets is the body's short
    name and stays: "the Islamic Resistance Movement (Hamas)"."""
    doc, start, end = span.doc, span.start, span.end
    if span.label_ not in {"ORG", "NORP"} or start < 2 or end >= len(doc):
        return False
    if doc[start - 1].text != "(" or doc[end].text != ")" or start - 1 not in body_ends:
        return False
    words = [t for t in span if t.is_alpha]
    return len(span) > 1 and not any(t.is_upper for t in words)


def _countries_apart(span: Span) -> Iterator[Span]:
    """The span, or where it is countries a hyphen joins (see `_countries_joined`), each
    country of it: "the U.S.-South Korea alliance" names the United States and South Korea,
    the alliance's sides, as a place each, and a well-known body joined to a country is a
    side too ("the U.N.-Iraq accord"). One country before a word ("U.S.-led blocs",
    "U.S.-Cuban relations") is no side of a pair: the span names nothing."""
    if not _countries_joined(span):
        yield span
        return
    doc, start, sides = span.doc, span.start, []
    for i in range(span.start, span.end + 1):
        if i < span.end and doc[i].text != "-":
            continue
        words = [t for t in doc[start:i] if t.lower_ != "the"]
        side = tokens_text(doc, words[0].i, i) if words else ""
        if side and (_a_country(side) or _a_known_body(side)):
            label = "GPE" if _a_country(side) else "ORG"
            sides.append(Span(doc, words[0].i, i, label=label))
        start = i + 1
    if len(sides) > 1:
        yield from sides


def _countries_joined(span: Span) -> bool:
    """Countries a hyphen joins into one word, which the model reads as one name: "the
    U.S.-Japan summit", "U.S.-led blocs", "the ROK-U.S.-Japan drills", "U.S.-Cuban relations"
    name the countries as sides of what follows, not a body or a place of their own."""
    # Most names hold no hyphen: their words need not be looked up in the gazetteer.
    if "-" not in tokens_text(span.doc, span.start, span.end):
        return False
    words = [t for t in doc_tokens(span.doc)[span.start : span.end] if t.lower_ not in {"the", "-"}]
    pieces = [p for t in words for p in t.text.split("-") if p]
    demonyms = lexicon.mapping("demonyms")
    countries = [p for p in pieces if _a_country(p) or p.casefold() in demonyms]
    return bool(countries) and all(
        p in countries or p.islower() or _a_known_body(p) for p in pieces
    )


def _a_known_body(name: str) -> bool:
    known = known_entity(name)
    return known is not None and known.kind is EntityKind.ORGANIZATION


@functools.cache
def _a_country(name: str) -> bool:
    known = known_entity(name)
    if known is not None:
        return known.kind is EntityKind.PLACE
    return any(
        m.quality >= OTHER_NAME and m.place.place_type is PlaceType.COUNTRY
        for m in find_places(name)
    )


def _bodies_in_unnamed(span: Span) -> Iterator[Span]:
    """The span, or where it names a meeting ("the Washington NATO Summit"), the well-known
    bodies whose acronyms it holds: the body meets. A contest or a forum named after a body
    ("the 2024 FIFA U-17 Women's World Cup") tells no more than its name."""
    meeting = lexicon.mapping("event_nouns").get(span[-1].lower_) == "Meeting"
    if not meeting or _kind(span) is not None:
        yield span
        return
    found = False
    for match in WIRE_ACRONYMS.finditer(span.text):
        body = span.doc.char_span(span.start_char + match.start(), span.start_char + match.end())
        if body is not None:
            found = True
            yield Span(span.doc, body.start, body.end, label="ORG")
    if not found:
        yield span


def _model_labels(doc: Doc) -> Mapping[tuple[int, int], str]:
    """The model's entity labels by (start, end), a leading "the" left out."""
    labels = {}
    for ent in doc_ents(doc):
        start = ent.start + (ent[0].lower_ == "the" and len(ent) > 1)
        labels[(start, ent.end)] = ent.label_
    return labels


def _inner_label(span: Span, model: Mapping[tuple[int, int], str]) -> str | None:
    """The label of a name inside a longer one, if it is a name of its own."""
    if _titled_name(span):
        return "PERSON"  # "King Tangun" of "the Mausoleum of King Tangun"
    known = known_entity(spoken(span))
    if known is not None:
        return "ORG" if known.kind is EntityKind.ORGANIZATION else "GPE"
    label = model.get((span.start, span.end))
    # A name with its qualifier in brackets is of the kind of the name before the brackets
    # (see `_with_bracketed_qualifier`).
    opening = next((t.i for t in span if t.text == "("), None)
    if label is None and opening is not None and span[-1].text == ")":
        label = model.get((span.start, opening))
    # The model may end a body's quoted name before its closing mark (`_with_quoted_name`).
    if label is None and _closes_quote(doc_tokens(span.doc), span.start, span.end - 1):
        label = model.get((span.start, span.end - 1))
    # A body named after a person is the body its head says, whatever the model tagged ("the
    # Kim Il Sung-Kim Jong Il Foundation").
    if label is not None and label != "PERSON":
        return label if label in {"ORG", "GPE", "LOC"} else None
    if len(span) > 1 and span[0].lower_ in lexicon.words("place_prefixes"):
        return "LOC"
    if (
        len(span) == 3
        and _joins_words(span[1])
        and span[2].lower_ in lexicon.words("place_suffixes")
    ):
        return "GPE"  # "Sinmi-ri" of "the Patriotic Martyrs Cemetery in Sinmi-ri"
    head = _name_head(span)
    kind = _kind_by_head(span, head)
    if kind is None or not head.is_title:
        return None
    # A one-word name needs its article: "of the Academy of Defence Sciences", but not
    # "Staff" of "the Joint Chiefs of Staff".
    if head.i == span.start and span.doc[span.start - 1].lower_ != "the":
        return None
    return "ORG" if kind == EntityKind.ORGANIZATION.value else "FAC"


def _titled_name(span: Span) -> bool:
    """A title and a capitalised name after it: a person's name, whatever the model tagged."""
    return (
        len(span) > 1
        and span[0].is_title
        and span[0].lower_ in lexicon.words("titles")
        and all(t.is_title and t.is_alpha for t in span[1:])
    )


def _inner_names(
    item: _Named, model: Mapping[tuple[int, int], str], full_naming: bool
) -> Iterator[_Named]:
    """The names inside an organisation's or a place's name: what follows each "of" ("the Academy of
    Defence Sciences" in "the Drone Institute of the Academy of Defence Sciences") and a known
    name it starts with ("WPK" in "the WPK Central Committee")."""
    if item.kind not in (EntityKind.ORGANIZATION, EntityKind.PLACE):
        return
    if item.kind is EntityKind.PLACE and known_entity(item.name) is not None:
        return  # "the Sun" of "the Kumsusan Palace of the Sun" is no place of its own
    if item.kind is EntityKind.ORGANIZATION and company_name(item.name):
        return  # a firm's name with its legal form is whole: "First of America Bank Corp."
    doc, span = item.span.doc, item.span
    # A name starts at its first capitalised word: "the puppet Republic of Korea". Where a
    # proper name goes on with "in" ("the General Association of Koreans in China"), the
    # country is part of the name; after a common noun ("the DPRK embassy in Hanoi") it is not.
    texts, lowers, titles = doc_texts(doc), doc_lowers(doc), doc_titles(doc)
    # "Stearns amp Co." of "Bear, Stearns amp Co." is no firm of its own.
    partners = partner_firm(spoken(span))
    starts = [
        next((k for k in range(t.i + 1, span.end) if texts[k][:1].isupper()), span.end)
        for t in span_tokens(span)
        if t.lower_ in {"of", "on"}
        or (t.lower_ == "," and not partners)
        or (t.lower_ == "in" and not titles[t.i - 1])
        or (t.lower_ == "in" and lowers[t.i - 1] in lexicon.words("located_site_heads"))
    ]
    found: dict[tuple[int, int], None] = {}
    # A well-known body's name is whole: "Korea" of "the Workers' Party of Korea" is no place
    # the article names, while a known name inside it still is a name of its own.
    whole = known_entity(spoken(span))
    known_until = span.end if whole is not None and len(span) > 1 else span.start
    for start in (span.start, *starts):
        # "of Korea" in "the Workers' Party of Korea Central Committee" is inside a known name;
        # a known name inside a known name is a name of its own ("the Workers' Party of Korea"
        # in "the Central Committee of the Workers' Party of Korea").
        inside = start < known_until and known_entity(spoken(doc[start : span.end])) is None
        if start >= span.end or inside:
            continue
        if start > span.start:
            found[(start, span.end)] = None
            # "Korea" in "... of the Workers' Party of Korea" is inside a known name.
            if known_entity(spoken(doc[start : span.end])) is not None:
                known_until = span.end
        for end in range(span.end - 1, start, -1):
            # A known name before another capitalised word: "WPK" in "WPK Central Committee",
            # not "C.C." in "C.C., Lao People's Revolutionary Party", nor a body's common word
            # that says whose members a unit is of ("Party" of "Regiment of Party Members").
            if (
                doc[end].is_title
                and known_entity(spoken(doc[start:end])) is not None
                and not (
                    end - start == 1
                    and _common_word_of_a_body(doc[start].text)
                    and doc[end].lower_ in lexicon.words("group_heads")
                )
            ):
                found[(start, end)] = None
                known_until = end
                break
    # What a body is for is no body of its own ("the Juche Idea" of "the Society for the
    # Study of the Juche Idea"), unless it is a known name.
    purpose = next((t.i for t in span if t.lower_ == "for"), span.end)
    for start, end in found:
        if start > purpose and known_entity(spoken(doc[start:end])) is None:
            continue
        if _listed_field(doc[start:end], span):
            continue
        label = _inner_label(doc[start:end], model)
        named_by_head = (start, end) not in model and known_entity(spoken(doc[start:end])) is None
        if label in {"GPE", "LOC", "FAC"} and named_by_head:
            # "South Hamgyong Province" of "... Farm of South Hamgyong Province of the DPRK";
            # a name the model found ("the Socialist Republic of Vietnam") stays whole.
            cut = next((t.i for t in doc[start + 1 : end] if t.lower_ == "of"), end)
            end = cut if cut - start >= 2 else end
        named = _clean(Span(doc, start, end, label=label), full_naming) if label else None
        if named is not None and named.name != item.name:
            yield replace(named, inner=True)


def _without_countries_only_in_names(inner: list[_Named], named: list[_Named]) -> list[_Named]:
    """The names inside longer names, less the countries the article names nowhere apart: the
    country of "the Communist Party of the Russian Federation" or "the Union of Agricultural
    Workers of Korea" belongs to the body's name, no place the article tells of. A town inside
    a name ("the Association of Koreans in Dandong City") stays a place."""
    apart = {_place_key(n.name) for n in named if n.kind is EntityKind.PLACE}
    # A state's own body stands for its country: "the Foreign Ministry of Vietnam".
    apart |= {
        _place_key(country.text)
        for n in named
        if n.kind is EntityKind.ORGANIZATION
        for country in (_after_last_of(n.span),)
        if country is not None and not _of_a_membership_body(country)
    }
    return [
        n
        for n in inner
        if n.kind is not EntityKind.PLACE
        or _place_key(n.name) in apart
        or not (_a_country(n.name) or not find_places(n.name))
        or not _of_a_membership_body(n.span)
    ]


def _after_last_of(span: Span) -> Span | None:
    """What follows the last "of" of a name, without its article: "Vietnam" of "the Foreign
    Ministry of Vietnam"."""
    of = next((t.i for t in reversed(span) if t.lower_ == "of"), None)
    if of is None:
        return None
    start = of + 1 + (of + 1 < span.end and span.doc[of + 1].lower_ == "the")
    return span.doc[start : span.end] if start < span.end else None


def _of_a_membership_body(span: Span) -> bool:
    """The name is of a body of members: the head of the name before it is a party's, a
    union's, an association's ("Party" of "the Communist Party of the Russian Federation")."""
    heads = lexicon.mapping("name_heads")
    for token in reversed(doc_tokens(span.doc)[sentence_of(span[0]).start : span.start]):
        if not (token.is_title or (token.is_lower and token.pos_ in {"ADP", "DET", "CCONJ"})):
            return False
        if token.lower_ == "for":
            return False  # what the body is for: "the Front for the Liberation of Palestine"
        word = singular(token.lower_)
        if word in lexicon.words("membership_body_heads"):
            return True
        if token.is_title and word in heads:
            return False
    return False


def _place_key(name: str) -> str:
    """One key for the forms of a place's name: "Russia" and "the Russian Federation"."""
    known = known_entity(name)
    if known is not None:
        return known.name.casefold()
    return next((m.place.label for m in find_places(name) if m.quality == 1.0), name).casefold()


def _common_word_of_a_body(word: str) -> bool:
    """A word the alias table reads as a body whose name it is not: "Party" for the Workers'
    Party of Korea, not the acronym "WPK" nor a one-word name ("Taliban")."""
    known = known_entity(word)
    return known is not None and not word.isupper() and known.name.casefold() != word.casefold()


def _listed_field(part: Span, name: Span) -> bool:
    """A part after a comma that goes on the list of fields a body is named for, no body of its
    own: "Post and Telecommunications and Public Information" of "the Ministry of Digital
    Development, Post and Telecommunications and Public Information"."""
    doc, first = part.doc, part[0]
    return (
        doc[part.start - 1].text == ","
        and first.dep_ == "conj"
        and name.start <= first.head.i < part.start
        and _name_head(part).lower_ not in lexicon.mapping("name_heads")
        and known_entity(spoken(part)) is None
    )


def name_without_country(entity: Entity) -> str | None:
    """A body's name without the country it belongs to, the form used where the country goes
    without saying: "Supreme People's Assembly" for "Supreme People's Assembly of the DPRK"."""
    if entity.kind is not EntityKind.ORGANIZATION:
        return None
    name = entity.name
    for split in (m.start() for m in re.finditer(" of ", name)):
        body, country = name[:split], name[split + 4 :]
        known = known_entity(country)
        if known is not None and known.kind is EntityKind.PLACE:
            return body if len(body.split()) > 1 and body[:1].isupper() else None
    # The country written first: "Ministry of IT Industry" of "DPRK Ministry of IT Industry",
    # or its adjective: "Russian Ministry of Digital Development".
    first, _, body = name.partition(" ")
    known = known_entity(first)
    national = first.casefold() in lexicon.mapping("demonyms")
    if (national or (known is not None and known.kind is EntityKind.PLACE)) and " of " in body:
        return body if body[:1].isupper() else None
    return None


def name_without_parent(entity: Entity, parent: Entity) -> str | None:
    """A body's own name without the body it belongs to, which its name ends with: "Korean
    University" of "Korean University of the General Association of Korean Residents in
    Japan", the form a reader calls it by once the parent goes without saying. One word is no
    name of its own ("Ministry" of "Ministry of Foreign Affairs of the DPRK"), nor is a
    deciding body's rank that every party and union has ("Central Committee", "General
    Staff"); one with its place is ("Pyongyang Municipal Security Bureau")."""
    for joint in (" of the ", " of "):
        own, _, rest = entity.name.partition(joint)
        if rest != parent.name:
            continue
        *modifiers, head = own.split()
        if not modifiers or not own[:1].isupper():
            return None
        ranks = lexicon.words("body_rank_words")
        ranked = head.casefold() in lexicon.words("deciding_bodies") and all(
            m.casefold() in ranks for m in modifiers
        )
        return None if ranked else own
    return None


def _area_name(span: Span, written: str) -> str | None:
    """A place's name with the common noun after it that makes it the area's name ("the
    Hwasong area"): the fuller form a reader may call the place by."""
    if span.end >= len(span.doc):
        return None
    noun = span.doc[span.end]
    if noun.lower_ not in lexicon.words("area_name_nouns") or span[-1].head.i != noun.i:
        return None
    return f"{written} {noun.lower_}"


def city_of_division(entity: Entity) -> str | None:
    """The city's own name for a city named as its administrative division: "Pyongyang" for
    "Pyongyang Municipality", "Nampho" for "Nampho Municipality", "Sinuiju" for "Sinuiju
    City". Only where the gazetteer reads the bare name as the same place or as the city the
    division is made of: "Mexico" of "Mexico City" is the country, "Kansas" a state."""
    if entity.kind is not EntityKind.PLACE:
        return None
    split = designation(entity.name)
    # A joined suffix makes the village's own name ("Sonsan-ri"): the bare stem is not one.
    if PlaceType.CITY not in split.types or not entity.name.startswith(f"{split.core} "):
        return None
    whole, core = find_places(entity.name), find_places(split.core)
    if not whole or not core:
        return None
    division, city = whole[0].place, core[0].place
    if city.key == division.key or (
        city.place_type is PlaceType.CITY and gazetteer().parent.get(city.key) == division.key
    ):
        return split.core
    return None


def name_with_country_spelled(entity: Entity) -> str | None:
    """A body's name with the country's abbreviation it opens with written out: "United States
    Air Force Security Forces" for "U.S. Air Force Security Forces", a form wire copy uses too."""
    first, _, rest = entity.name.partition(" ")
    if entity.kind is not EntityKind.ORGANIZATION or not rest or not first.isupper():
        return None
    known = known_entity(first)
    return f"{known.name} {rest}" if known is not None and known.kind is EntityKind.PLACE else None


def name_with_country_after(entity: Entity) -> str | None:
    """A body's name with the country whose abbreviation it opens with written out after it,
    as the body's full name puts it: "Foreign Ministry of the Democratic People's Republic of
    Korea" for "DPRK Foreign Ministry"."""
    first, _, rest = entity.name.partition(" ")
    # Only a country's abbreviation: a name may open with a country's name as its own word
    # ("Palestine Liberation Democratic Front").
    if entity.kind is not EntityKind.ORGANIZATION or not (first.isupper() and rest[:1].isupper()):
        return None
    known = known_entity(first)
    if known is None or known.kind is not EntityKind.PLACE:
        return None
    # A country named by a common noun of states takes the article: "of the Russian Federation".
    definite = set(known.name.split()) & COMMON_COUNTRY_WORDS
    return f"{rest} of {'the ' if definite else ''}{known.name}"


def _title_case_words(name: str) -> bool:
    words = [w for w in name.split() if w.casefold() not in lexicon.words("wire_name_particles")]
    return bool(words) and all(w[:1].isupper() for w in words)


def _after_a_role(span: Span) -> bool:
    """The name follows a role noun ("radical preacher Anjem Choudary"), a title capitalised
    or not ("Environment Minister Alan Forbes"), or has one in apposition ("Henrique Capriles,
    an opposition leader")."""
    titles = lexicon.words("titles")
    roles = lexicon.union("wire_person_roles", "titles")
    before = span.doc[span.start - 1] if span.start > 0 else None
    if before is not None and (
        (before.is_lower and before.lower_ in roles) or before.lower_ in titles
    ):
        return True
    return any(t.dep_ == "appos" and t.lemma_.casefold() in roles for t in children_of(span.root))


def _ends_name(span: Span, length: int, name: str) -> bool:
    start = span.end - length
    return start >= 0 and spoken(span.doc[start : span.end]) == name


def _names_a_person(item: _Named, people: list[_Named], lower: frozenset[str]) -> bool:
    words = item.name.split()
    if item.inner or known_entity(item.name) is not None or not _title_case_words(item.name):
        return False
    if item.kind is EntityKind.PLACE and _country_in_full(item.span):
        return False  # "the sultan of Brunei Darussalam": a country beside its ruler's title
    if item.kind is EntityKind.PLACE and _names_a_venue(item.span):
        return False  # "the Desert Inn resort": a site, though "the Desert Inn remodeling" isn't
    heads = lexicon.mapping("name_heads")
    if words[-1].casefold() in heads or _name_head(item.span).lower_ in heads:
        return False  # "Landaeta Hospital" is a place named after a person; "Institute of ..."
    # A speaker is no place, whatever town shares the name: "Salamanca said" after "Pedro
    # Salamanca".
    if _place_as_written(item) and not (len(words) == 1 and _speaks(item.span)):
        return False
    for person in people:
        full = person.name.split()
        if full == words or (len(words) < len(full) and full[-len(words) :] == words):
            return True  # the same name, or its end ("el Aissami" of "Tarek el Aissami")
        # A one-word "person" the article also writes in lower case, or only ever as the end of
        # this name, is a common word the model took for a name ("Airfield" of "Bagram Airfield").
        common = full[0].casefold() in lower or _ends_name(person.span, len(words), item.name)
        if len(full) == 1 and len(words) >= 2 and words[-1] == full[0] and not common:
            return True  # "Maria Eugenia Landaeta" where "Landaeta said" is a person
        if len(words) == 1 and len(full) >= 2 and _misspelt(words[0], full[-1]):
            return True  # "Tzarnaev's backpack" where "Dzhokhar Tsarnaev" is a person
    if len(words) == 1 and _heads_a_body(item.span):
        return True
    return len(words) >= 2 and not _place_beside_place(item) and _after_a_role(item.span)


def _place_beside_place(item: _Named) -> bool:
    """A place the model saw with another in apposition, "In Cape Town, South Africa, police
    spokesman ...": a city written with its country is no person, whatever role noun the parse
    sets beside it too."""
    return item.kind is EntityKind.PLACE and any(
        c.dep_ == "appos" and c.ent_type_ in PLACE_ENTITY_LABELS
        for c in children_of(item.span.root)
    )


def _misspelt(word: str, surname: str) -> bool:
    """`word` is `surname` with one letter changed ("Tzarnaev" of "Tsarnaev"): wire copy
    transliterates one name several ways. Long names only: short ones differ by a letter."""
    return (
        len(word) == len(surname) >= MISSPELT_LENGTH
        and word[0] == surname[0]
        and sum(a != b for a, b in zip(word, surname, strict=True)) == 1
    )


def _heads_a_body(span: Span) -> bool:
    """A surname before the body its bearer heads: "Trump" of "the Trump administration", or
    of a headline's "[Trump administration hits ...]"."""
    doc = span.doc
    after = doc[span.end] if span.end < len(doc) else None
    return (
        after is not None
        and after.is_lower
        and after.lower_ in lexicon.words("wire_leader_bodies")
        and (span.start == 0 or doc[span.start - 1].lower_ in {"the", "[", "\n"})
    )


def _retyped_people(named: list[_Named]) -> list[_Named]:
    """A person's name the model typed an organisation or a place in some mentions: wire copy
    gives one name several types ("Mateo Olivares" a person twice, a place once), and a person
    the article names in full is one person in every mention."""
    people = [n for n in named if n.kind is EntityKind.PERSON and not n.inner]
    kinds = (EntityKind.ORGANIZATION, EntityKind.PLACE)
    # Only a person's name is compared with the article's lower-case words.
    lower = (
        frozenset(t for n in named[:1] for t in doc_texts(n.span.doc) if t.islower())
        if people
        else frozenset()
    )
    # A name a locative preposition takes is a place's unless the article has it act as a
    # person: "at Anlong Veng in northern Cambodia" where the model took "guerrillas from
    # Anlong Veng" for a person's; a person's name only ever after a preposition shows no
    # person.
    acting = [n for n in people if not _a_prepositions_object(n.span)]
    return [
        replace(n, kind=EntityKind.PERSON)
        if n.kind in kinds
        and _names_a_person(n, acting if _placed_by_a_locative(n) else people, lower)
        else n
        for n in named
    ]


def _a_prepositions_object(span: Span) -> bool:
    """The name, alone or listed, is what a preposition takes, with no title before it."""
    root = span_root(span)
    while root.dep_ == "conj" and root.head.i < root.i:
        root = root.head
    return root.dep_ == "pobj" and _title_before(span.doc, span.start) is None


def _placed_by_a_locative(item: _Named) -> bool:
    """A place the text puts after a locative preposition ("headquarters at Anlong Veng")."""
    root = span_root(item.span)
    while root.dep_ == "conj" and root.head.i < root.i:
        root = root.head
    return (
        item.kind is EntityKind.PLACE
        and _a_prepositions_object(item.span)
        and root.head.lower_ in lexicon.words("locative_prepositions")
    )


def _name_key(name: str) -> str:
    """A name compared across its mentions' types: "Al-Monitor" and "Al Monitor" are one."""
    return " ".join(_plain(name).replace("-", " ").casefold().split())


def _retyped_non_people(named: list[_Named]) -> list[_Named]:
    """A "person" the article names as a body or a place in another mention, which
    `_retyped_people` left as such: the model types one name several ways ("Al-Monitor
    reported" a body, "Al-Monitor said" a person; "in Derry" a place, "Derry's marchers" a
    person). A title says a person, and so does a longer person's name holding the name
    ("Houston said" where "Whitney Houston" sang in Houston)."""
    others: dict[str, _Named] = {}
    for n in named:
        if n.kind in {EntityKind.ORGANIZATION, EntityKind.PLACE} and not n.inner:
            others.setdefault(_name_key(n.name), n)
    people = [n for n in named if n.kind is EntityKind.PERSON]
    titled = {_name_key(n.name) for n in people if n.titles or n.epithet}
    longer = [_words(n.name) for n in people]

    def other(item: _Named) -> _Named | None:
        key = _name_key(item.name)
        if item.kind is not EntityKind.PERSON or item.inner or key in titled:
            return None
        if any(_words(item.name) < words for words in longer):
            return None
        return others.get(key)

    retyped = []
    for n in named:
        found = other(n)
        retyped.append(n if found is None else replace(n, kind=found.kind, name=found.name))
    return retyped


def _media_in_every_mention(named: list[_Named]) -> list[_Named]:
    """A name a medium's noun shows a paper's ("the party daily Granma") is the paper's where
    the model took it for no place again and a place shares it ("published in Granma")."""
    media = {
        _name_key(n.name)
        for n in named
        if n.kind is EntityKind.ORGANIZATION and _names_a_medium(n.span)
    }
    return [
        replace(n, kind=EntityKind.ORGANIZATION)
        if n.kind is EntityKind.PLACE
        and n.span.root.ent_type_ not in PLACE_ENTITY_LABELS
        and _name_key(n.name) in media
        else n
        for n in named
    ]


def _retyped_divisions(named: list[_Named]) -> list[_Named]:
    """A name before a division noun in lower case ("Shah Wali Kot district") is a place's;
    not one whose name holds that noun already, as a list writes it out ("Hyesan" of "the
    Songrim and Hyesan city committees" is the Hyesan City Committee)."""

    def division(item: _Named) -> bool:
        doc, end = item.span.doc, item.span.end
        return (
            item.kind is not EntityKind.PLACE
            and not item.inner
            and end < len(doc)
            and doc[end].is_lower
            and doc[end].lower_ in division_nouns()
            and doc[end].lower_ not in item.name.casefold().split()
            and known_entity(item.name) is None
        )

    return [replace(n, kind=EntityKind.PLACE) if division(n) else n for n in named]


def _a_people(item: _Named) -> bool:
    """A people's plural name ("the Avars and the Dargins", "the Bolsheviks"): no place or body
    of its own, whatever type the model gave it."""
    word = item.span[0]
    if len(item.span) != 1 or item.inner or not word.is_title:
        return False
    if item.titles:
        return False  # a title written before the name is one person's: "Secretary-General X"
    # The model tags some plurals as singular names ("Bolsheviks") and some names as plurals
    # ("Sinpho"); a person's name ending in "s" ("Carlos") is one person.
    plural = re.search(r"[^su]s$", word.text) is not None and (
        word.tag_ == "NNPS" or item.kind is not EntityKind.PERSON
    )
    if not plural or known_entity(word.text) is not None or _located_in(word):
        return False
    # A body's name with a plural ending is a company's ("Courtaulds", "Siemens") unless it
    # takes the article as a people does ("the Bolsheviks") or is a plural common noun
    # ("Peasants" opening a line).
    before = word.doc[word.i - 1].lower_ if word.i > 0 else ""
    common = before == "the" or word.lower_ in lexicon.words("group_heads")
    if item.kind is EntityKind.ORGANIZATION and not common:
        return False
    return not any(match.quality == 1.0 for match in find_places(word.text))


def _located_in(word: Token) -> bool:
    """The word names where something is ("born in Flanders"), as a place does, whatever
    plural ending it has; a people is among whom things happen."""
    return word.dep_ == "pobj" and word.head.lower_ in lexicon.words("locative_prepositions")


def _places_in_capitals(named: list[_Named]) -> list[_Named]:
    """A place's name in capitals typed a body or a person ("BOSTON -" of a dateline) where the
    article writes it in title case as a place ("in Boston"): the place."""
    places = {
        n.name.casefold(): n.name
        for n in named
        if n.kind is EntityKind.PLACE and not n.name.isupper()
    }
    return [
        replace(n, kind=EntityKind.PLACE, name=places[n.name.casefold()], written=n.name)
        if n.kind is not EntityKind.PLACE and n.name.isupper() and n.name.casefold() in places
        else n
        for n in named
    ]


def _dateline_city_name(doc: Doc) -> list[Span]:
    """The city in capitals of a dateline ("HAVANA (AP) --", "BUDAPEST, March 12 (Xinhua)
    --"), which the model often leaves untagged, where the gazetteer knows it; or the body
    whose seat the dateline names, where the alias table knows it ("UNITED NATIONS (AP)")."""
    line = dateline_city(doc_text(doc))
    if line is None:
        return []
    span = doc.char_span(*line, label="GPE")
    if span is None:
        return []
    body = known_entity(span.text)
    if body is not None and body.kind is EntityKind.ORGANIZATION:
        return [Span(doc, span.start, span.end, label="ORG")]
    if not any(m.quality == 1.0 for m in find_places(span.text.title())):
        return []
    return [span]


def _dateline_city(named: list[_Named], text: str) -> list[_Named]:
    """The city of a dateline ("BOSTON — " on a line of its own, "HAMILTON (AP) --") is a place
    the gazetteer knows, whatever the model typed its capitals."""
    line = dateline_city(text)
    if line is None:
        return named
    start, end = line
    return [
        replace(n, kind=EntityKind.PLACE, name=n.name.title(), written=n.name)
        if n.name.isupper()
        and start <= n.span.start_char < end
        and any(m.quality == 1.0 for m in find_places(n.name.title()))
        else n
        for n in named
    ]


def _retyped_peoples(named: list[_Named], doc: Doc) -> list[_Named]:
    # The end of a person's name is that person's surname ("Guterres" of "Antonio Guterres").
    surnames = {n.name.split()[-1] for n in named if n.kind is EntityKind.PERSON and " " in n.name}
    # A plural takes its possessive as "s'": a name written with "'s" is one firm's or one
    # person's ("Paribas's bid", "Courtaulds's shares").
    singular = {
        doc[t.i - 1].text for t in doc_tokens(doc) if t.tag_ == "POS" and t.i and t.lower_ != "'"
    }
    peoples = {n.name for n in named if _a_people(n) and n.name not in surnames | singular}
    # A surname the model reads as a name more often than as a people ("Juhas" of "Bertalan
    # Juhas", when tagged a nationality) stays the person's.
    ents = [(tokens_text(doc, e.start, e.end), e) for e in doc_ents(doc)]
    labels = Counter((text, e.label_ == "NORP") for text, e in ents)
    names = {s for s in surnames if labels[(s, False)] > labels[(s, True)]}
    peoples |= {
        text
        for text, e in ents
        if e.label_ == "NORP" and _a_peoples_plural(e) and text not in names
    }
    return [
        replace(n, kind=EntityKind.GROUP) if _of_a_people(n, peoples) else n
        for n in named
        if not _a_peoples_adjective(n, peoples)
    ]


def _a_peoples_plural(ent: Span) -> bool:
    """A nationality the model saw, written as a plural name ("Tutsis", "Hutus")."""
    return len(ent) == 1 and ent[0].tag_.startswith("NNP") and ent.text.endswith("s")


def _of_a_people(item: _Named, peoples: set[str]) -> bool:
    """A people's plural name, alone or after where they live ("Rwanda Hutus"), whatever type
    the model gave it; not a body's name whose phrase ends with those it is of, with or for
    ("the Center for Peace and Solidarity with Peoples", "the Shock Brigade of Scientists and
    Technicians")."""
    return item.name in peoples or (
        item.kind is not EntityKind.PLACE
        and not item.titles
        and " " in item.name
        and item.name.split()[-1] in peoples
        and not any(t.pos_ == "ADP" for t in item.span)
    )


def _a_peoples_adjective(item: _Named, peoples: set[str]) -> bool:
    """The singular of a people's plural that the article writes, used as a modifier ("Hutu
    security forces", "Hutu-organized" where "Hutus" are a people): a nationality adjective,
    which names no entity, however the model typed it."""
    return (
        item.kind in {EntityKind.PERSON, EntityKind.ORGANIZATION}
        and not item.titles
        and not item.inner
        and f"{item.name}s" in peoples
    )


HEADLINE_WORD = re.compile(r"[^\W\d_][\w'’-]*")
# The mark closing a wire item ("-0-" of KCNA), after the full stop of its last sentence.
ITEM_END_MARK = re.compile(r"\s*-0-\s*$")


def _headline_line(line: str) -> bool:
    """A headline or caption line: several words, nearly all capitalised, no closing stop. An
    item of a list ("*2015-12-21, Senior Airman Faith Long, Security Forces") is none."""
    if line.lstrip()[:1] in LIST_MARKERS:
        return False
    particles = lexicon.words("wire_name_particles")
    content = [w for w in HEADLINE_WORD.findall(line) if w.casefold() not in particles]
    capitalised = sum(w[:1].isupper() for w in content)
    # The last sentence of an item is no headline for the mark that closes the item.
    ends = ITEM_END_MARK.sub("", line).rstrip()[-1:] in {".", "!", "?", ":", ";", ","}
    return len(content) >= 4 and capitalised >= 0.8 * len(content) and not ends


def _without_headline_phrases(named: list[_Named], doc: Doc) -> list[_Named]:
    """Drop a "name" that a title-case headline made of common words ("Hampering Boston Bomb
    Probe"): it holds a word the article writes in lower case elsewhere, and the article never
    gives the whole name outside such lines."""
    text = doc_text(doc)
    lines = text.split("\n")
    # Each line read once: most lines are no headline.
    in_headline = [_headline_line(line) for line in lines]
    headlines = [line for line, headline in zip(lines, in_headline, strict=True) if headline]
    if not headlines:
        return named
    body = "\n".join(
        line for line, headline in zip(lines, in_headline, strict=True) if not headline
    )
    lower = {t.lower_ for t in doc if t.is_lower}
    ignored = lexicon.mapping("name_heads").keys() | lexicon.words("wire_name_particles")

    def common_phrase(item: _Named) -> bool:
        surface = spoken(item.span)
        if surface in body or not any(surface in line for line in headlines):
            return False
        # A verb opens no name: "Hampering Boston Bomb Probe".
        if item.span[0].tag_ in VERB_TAGS:
            return True
        return any(t.lower_ in lower and t.lower_ not in ignored for t in item.span if t.is_alpha)

    return [n for n in named if not common_phrase(n)]


def resolve_entities(doc: Doc, article_id: str) -> EntityIndex:
    """Find, clean and resolve the entities of one parsed article."""
    spans = entity_spans(doc)
    dateline = find_dateline(doc_text(doc))
    full_naming = _names_in_full(dateline)
    named = [n for n in (_clean(ent, full_naming) for ent in spans) if n is not None]
    # A name the article gives an exercise once is the exercise's wherever it stands. The
    # model takes such names for people; a body may well hold a drill ("the KPA drill").
    events = {n.name for n in named if n.kind is EntityKind.PERSON and _names_an_event(n.span)}
    events |= {n.name for n in named if n.kind is not EntityKind.GROUP and _code_name(n)}
    named = [n for n in named if n.name not in events]
    named = _retyped_non_people(_retyped_people(_without_headline_phrases(named, doc)))
    named = _media_in_every_mention(_retyped_divisions(named))
    named = _places_in_capitals(_retyped_peoples(named, doc))
    named = _dateline_city(named, doc_text(doc))
    model = _model_labels(doc)
    inner = [n for item in named for n in _inner_names(item, model, full_naming)]
    inner = _without_countries_only_in_names(inner, named)
    named = _resolve_partial_names(sorted([*named, *inner], key=lambda n: n.span.start))
    named = _names_known_as(_accented_spellings(named))
    named = _defined_acronyms(doc, _acronyms_of_the_articles_bodies(doc, named))
    named = _acronyms_of_one_kind(_acronyms_of_named_bodies(_firms_by_acronym(named)))
    named = _compass_countries(named, doc_text(doc))
    named = _national_parties(named)
    named = _owned_parts(_local_bodies_of_named_places(named))
    mentions: list[EntityMention] = []
    relations: list[Relation] = []
    by_token: dict[int, Entity] = {}
    inner_by_token: dict[int, tuple[Entity, ...]] = {}
    subjects: list[tuple[int, Entity]] = []
    # The first span over each token, which the names found in it are read by.
    span_at: dict[int, Span] = {}
    for span in spans:
        for i in range(span.start, span.end):
            span_at.setdefault(i, span)
    for item in named:
        entity = Entity(item.kind, item.name)
        mention = _mention(doc, article_id, item.span.start, item.span.end)
        written = FOOTNOTE.sub("", spoken(item.span))
        alias = item.written or " ".join(POSSESSIVE.sub("", written).split())
        mentions.append(EntityMention(entity, mention, alias))
        mentions.extend(EntityMention(entity, mention, v) for v in item.variants)
        national = name_without_country(entity)
        if national is not None:
            mentions.append(EntityMention(entity, mention, national))
        spelled = name_with_country_spelled(entity)
        if spelled is not None:
            mentions.append(EntityMention(entity, mention, spelled))
        country_after = name_with_country_after(entity)
        if country_after is not None:
            mentions.append(EntityMention(entity, mention, country_after))
        city = city_of_division(entity)
        if city is not None:
            mentions.append(EntityMention(entity, mention, city))
        area = _area_name(item.span, alias) if entity.kind is EntityKind.PLACE else None
        if area is not None:
            mentions.append(EntityMention(entity, mention, area))
        if item.inner:
            for token in item.span:
                inner_by_token[token.i] = (*inner_by_token.get(token.i, ()), entity)
            # "the Political Bureau of the WPK Central Committee" inside the Presidium's name
            # belongs to the Central Committee all the same.
            parent = _parent_body(item, named)
            if parent is not None and parent != entity:
                relations.append(Relation(entity, "schema:memberOf", parent, mention))
            continue
        if item.epithet:
            mentions.append(EntityMention(entity, mention, item.epithet))
        relations.extend(Relation(entity, "schema:jobTitle", t, mention) for t in item.titles)
        parent = _parent_body(item, named)
        if parent is not None:
            relations.append(Relation(entity, "schema:memberOf", parent, mention))
            own = name_without_parent(entity, parent)
            if own is not None:
                mentions.append(EntityMention(entity, mention, own))
        ent_span = span_at[item.span.start]
        for i in range(ent_span.start, ent_span.end):
            by_token[i] = entity
        if (
            item.kind is EntityKind.PERSON
            and _is_subject(item.span)
            and not _told_by_a_speaker(item.span.root)
        ):
            subjects.append((item.span.root.i, entity))
    _resolve_titles(doc, named, by_token)
    sole_subjects, sole_titled = _resolve_sole_titles(doc, named, by_token)
    subjects += sole_subjects
    relations.extend(
        Relation(holder, "schema:jobTitle", title, _mention(doc, article_id, i, i + 1))
        for i, title, holder in sole_titled
    )
    if dateline is not None:
        agency = dateline.agency
        surface = doc_text(doc)[dateline.agency_start : dateline.agency_end]
        mention = Mention(article_id, dateline.agency_start, dateline.agency_end, surface)
        mentions.append(EntityMention(agency, mention, surface))
    attributive: dict[int, Entity] = {}
    # Names of one word that modify a noun ("Party" of "local Party and power organs"), not
    # words of a longer name ("Party" of "Party Central Committee").
    tokens = doc_tokens(doc)
    modifiers = {
        i
        for i, entity in by_token.items()
        if _modifies_noun(tokens[i]) and entity not in (by_token.get(i - 1), by_token.get(i + 1))
    }
    told: list[tuple[frozenset[str], Entity]] = []
    persons = frozenset(i for i, e in by_token.items() if e.kind is EntityKind.PERSON)
    for found, found_name in _groups(doc, set(by_token), persons):
        indices = _wire_group_tokens(doc, found)
        if not indices:
            continue
        name = found_name if indices == found else _group_name(doc, indices)
        entity = Entity(EntityKind.GROUP, name)
        mention = _mention(doc, article_id, indices[0], indices[-1] + 1)
        earlier = _group_told_before(doc, indices, told)
        if earlier is not None:
            mentions.append(EntityMention(earlier, mention, name))
            by_token.setdefault(indices[0], earlier)
            continue
        renamed = (
            _group_renamed(name, told)
            or _doers_told_before(doc, indices, by_token)
            or _local_body_of_named_place(doc, indices, name, by_token)
        )
        if renamed is not None:
            mentions.append(EntityMention(renamed, mention, name))
            for i in indices:
                by_token.setdefault(i, renamed)
            continue
        told.append((_head_words(doc, indices), entity))
        mentions.append(EntityMention(entity, mention, name))
        spelt = _bodies_spelt_out(doc, indices, name, by_token)
        if spelt != name:
            mentions.append(EntityMention(entity, mention, spelt))
        mentions.extend(
            EntityMention(entity, mention, counted)
            for counted in _counted_group_names(doc, indices, name)
        )
        whole = _whole_group_name(doc, indices, name)
        if whole is not None:
            mentions.append(EntityMention(entity, mention, whole))
        unplaced = _unplaced_group_tokens(doc, indices)
        shorter = [] if unplaced is None else [_group_name(doc, unplaced)]
        shorter += [
            unquantified
            for told_as in ([indices] if unplaced is None else [indices, unplaced])
            if (unquantified := _unquantified_group_name(doc, told_as)) is not None
        ]
        # A bare "people" of "people in Germany" or "many people" says of no one in particular.
        mentions.extend(
            EntityMention(entity, mention, form)
            for form in shorter
            if form.casefold() not in PEOPLE_WORDS
        )
        owned = _owners_group_name(doc, indices, by_token)
        if owned is not None:
            mentions.append(EntityMention(entity, mention, owned))
        head = next((i for i in indices if _is_group_head(doc[i])), indices[-1])
        attributive.update((i, entity) for i in indices if i < head and i in by_token)
        for i in indices:
            by_token.setdefault(i, entity)
    for start, end, name in _elliptical_counts(doc, by_token):
        entity = Entity(EntityKind.GROUP, name)
        mentions.append(EntityMention(entity, _mention(doc, article_id, start, end), name))
        by_token.update((i, entity) for i in range(start, end))
    for start, end, name in _those_described(doc, by_token):
        entity = Entity(EntityKind.GROUP, name)
        mentions.append(EntityMention(entity, _mention(doc, article_id, start, end), name))
        # "those" is the word the parse links to the verb; the words of its clause keep their
        # own entities ("those responsible for the bombings in Kenya") and roles.
        by_token.setdefault(start, entity)
    for i, retinue in _retinues(doc, by_token, sorted(subjects, key=lambda pair: pair[0])):
        mention = _mention(doc, article_id, i - 1, i + 1)
        mentions.append(EntityMention(retinue, mention, mention.text))
        by_token.setdefault(i, retinue)
    dropped = _attributive_places(doc, mentions, set(attributive), modifiers)
    mentions = [m for m in mentions if m.entity not in dropped]
    by_token.update((i, group) for i, group in attributive.items() if by_token[i] in dropped)
    for i in [i for i, entity in by_token.items() if entity in dropped]:
        del by_token[i]
    return EntityIndex(
        mentions=tuple(mentions),
        relations=tuple(relations),
        by_token=MappingProxyType(by_token),
        subject_persons=tuple(sorted(subjects, key=lambda pair: pair[0])),
        inner=MappingProxyType(inner_by_token),
    )


def _head_words(doc: Doc, indices: list[int]) -> frozenset[str]:
    """The nouns that head a group, before any phrase attached to them: "players" and
    "coaches" of "players and coaches", "officials" of "officials of the Cabinet, ministries
    and national agencies" (not "ministries")."""
    heads: set[str] = set()
    for token in (doc[i] for i in indices):
        if token.tag_ in {"IN", "VBG", "VBN"} and heads:
            break
        if _is_group_head(token) and not _modifies_noun(token):
            heads.add(token.lower_)
    return frozenset(heads)


def _group_told_before(
    doc: Doc, indices: list[int], told: list[tuple[frozenset[str], Entity]]
) -> Entity | None:
    """The group a bare plural with "the" or "those" tells of again: the last one named before
    with that head ("the officials" after "senior Party and government officials", "the
    players" after "the players and coaches"). A people ("the people") is too general a word
    to say which."""
    head = doc[indices[0]]
    plural = head.tag_ == "NNS" or _plural_tagged_singular(head)
    if len(indices) != 1 or not plural or head.lower_ in PEOPLE_WORDS or head.i == 0:
        return None
    if doc[head.i - 1].lower_ not in ANAPHORIC_DETERMINERS:
        return None
    return next((e for heads, e in reversed(told) if head.lower_ in heads), None)


def _group_renamed(name: str, told: list[tuple[frozenset[str], Entity]]) -> Entity | None:
    """The group named before that a group of the same modifier and another head of the same
    class names again ("the Japanese murderers", "the Japanese imperialists" after "the
    Japanese aggressors"; lexicon `group_synonyms`). The modifier must name a people or a
    country (a capitalised word): "brutal murderers" may be any murderers."""
    classes = lexicon.mapping("group_synonyms")
    modifier, head = _modifier_and_head(name)
    kind = classes.get(head)
    if kind is None or not any(word[:1].isupper() for word in modifier):
        return None
    return next(
        (
            entity
            for _, entity in reversed(told)
            if (other := _modifier_and_head(entity.name))[0] == modifier
            and other[1] != head
            and classes.get(other[1]) == kind
        ),
        None,
    )


# A party committee of a place and its level: "North Hwanghae Provincial Committee of the
# Workers' Party of Korea", "Uiju County Party Committee".
_PLACE_PARTY_COMMITTEE = re.compile(r"(?P<place>.+?) (?P<level>[A-Z][a-z]+) (?:Party )?Committee\b")


def _local_body_name(name: str, before: Iterable[Entity]) -> str | None:
    """A local body named by its level and kind, after the party committee of a place of that
    level in the same sentence (`before`, nearest first), is the body of that place: "A,
    secretary of the Nampho Municipal Committee of the WPK, B, vice-chairman of the municipal
    people's committee" names the Nampho Municipal People's Committee. Without such a
    committee before it ("the provincial people's committee and the provincial hospital
    rendered assistance") the body stays one of a kind."""
    level, _, kind = name.partition(" ")
    if not kind or level not in lexicon.words("local_body_levels"):
        return None
    committees = (
        found
        for body in before
        if body.kind is EntityKind.ORGANIZATION
        and (found := _PLACE_PARTY_COMMITTEE.match(body.name)) is not None
    )
    committee = next(committees, None)
    if committee is None or committee["level"].casefold() != level:
        return None
    words = " ".join(w[:1].upper() + w[1:] for w in kind.split())
    return f"{committee['place']} {committee['level']} {words}"


def _local_body_of_named_place(
    doc: Doc, indices: list[int], name: str, by_token: dict[int, Entity]
) -> Entity | None:
    """A group of a local body's kind that `_local_body_name` names after a place."""
    if not _body_of_a_kind(doc[indices[-1]]):
        return None
    sentence = sentence_of(doc[indices[0]])
    before = (by_token[i] for i in range(indices[0] - 1, sentence.start - 1, -1) if i in by_token)
    named = _local_body_name(name, before)
    return None if named is None else Entity(EntityKind.ORGANIZATION, named)


def _local_bodies_of_named_places(named: list[_Named]) -> list[_Named]:
    """The bodies the model found that `_local_body_name` names after a place."""
    placed = []
    for k, item in enumerate(named):
        before = (
            Entity(n.kind, n.name)
            for n in reversed(named[:k])
            if n.span.sent.start == item.span.sent.start
        )
        body = _local_body_name(item.name, before) if item.kind is EntityKind.ORGANIZATION else None
        placed.append(item if body is None else replace(item, name=body))
    return placed


def _owned_parts(named: list[_Named]) -> list[_Named]:
    """A body written "its X" after the body "its" stands for is that body's X, and named so
    wherever the article names it: "the Chongryon Central Standing Committee ... director of
    its Economic Department" names the Economic Department of the Central Standing Committee,
    not some Economic Department of its own (as written, the owner's form is a variant)."""
    owned: dict[str, set[tuple[str, tuple[str, ...]]]] = {}
    for item in named:
        owner = _its_owner_named(item, named)
        if owner is None:
            continue
        written = {owner.name, owner.written} - {""}
        names = tuple(f"{item.name} of the {form}" for form in sorted(written))
        owned.setdefault(item.name, set()).add((f"{item.name} of the {owner.name}", names))
    renamed = []
    for item in named:
        found = owned.get(item.name, set())
        # The same short name "its" gives two owners is no one body's.
        if item.kind is not EntityKind.ORGANIZATION or len(found) != 1:
            renamed.append(item)
            continue
        name, names = next(iter(found))
        variants = (*item.variants, *(f for f in names if f != name))
        renamed.append(
            replace(item, name=name, written=item.written or item.name, variants=variants)
        )
    return renamed


def _its_owner_named(item: _Named, named: list[_Named]) -> _Named | None:
    """The body "its" before the name of a body's part (lexicon `owned_part_heads`) stands
    for: the name nearest before it in the sentence that is no person's, when that is another
    kind of body's (the league's "Central Standing Committee ... its Central Committee" is the
    league's, not the committee's)."""
    start = item.span.start
    # A name with an "of" says whose part it is already.
    if item.kind is not EntityKind.ORGANIZATION or item.inner or start == 0 or " of " in item.name:
        return None
    doc = item.span.doc
    its = doc[start - 1]
    if its.lower_ != "its":
        return None
    sentence = sentence_of(its)
    before = [
        n
        for n in named
        if not n.inner
        and sentence.start <= n.span.start
        and n.span.end <= its.i
        and n.kind is not EntityKind.PERSON
    ]
    if not before:
        return None
    owner = max(before, key=lambda n: n.span.end)
    between = doc[owner.span.end : its.i]
    # A body's name run into more capitalised words is a rank or a post's ("Army Senior
    # Colonel Choe Hun"), not what "its" stands for.
    if between and between[0].pos_ == "PROPN":
        return None
    # "the Political Bureau of its Central Committee": the part "its" is of is not its owner;
    # "headmaster of the academy, and Colonel Choe Hun, director of its ...": a common noun
    # other than a person's post may be what "its" stands for.
    if [t.lower_ for t in between] == ["of"] or any(
        t.pos_ == "NOUN" and not _a_persons_role(t.lower_) for t in between
    ):
        return None
    if (
        owner.kind is not EntityKind.ORGANIZATION
        or name_head(item.name) not in lexicon.words("owned_part_heads")
        or name_head(owner.name) == name_head(item.name)
        or owner.name in item.name
    ):
        return None
    return owner


def _doers_told_before(doc: Doc, indices: list[int], by_token: dict[int, Entity]) -> Entity | None:
    """The group that a definite plural naming the doers of an act tells of again: the group
    that did it in the sentence before ("Many officials, working people, youth and students
    have visited the museum. The visitors paid tribute ..."; "the attendees" of those who
    attended). The noun is the verb's agent noun ("visitor" of "visit", "participant" of
    "participate"), so the act, not a list of words, says which nouns tell of the group."""
    head = doc[indices[0]]
    # Only the doers who act again: "Among the visitors were A, B and C" names more of them.
    if len(indices) != 1 or head.tag_ != "NNS" or head.i == 0 or head.dep_ != "nsubj":
        return None
    if doc[head.i - 1].lower_ not in ANAPHORIC_DETERMINERS:
        return None
    sent = sentence_of(head)
    if sent.start == 0:
        return None
    before = sentence_of(doc[sent.start - 1])
    return next(
        (
            group
            for t in doc[before.start : before.end]
            if t.dep_ == "nsubj"
            and (group := by_token.get(t.i)) is not None
            and group.kind is EntityKind.GROUP
            and _agent_noun_of(head.lemma_, t.head.lemma_)
        ),
        None,
    )


def _agent_noun_of(noun: str, verb: str) -> bool:
    """A noun that names the doer of the verb's act: "visitor" of "visit", "attendee" of
    "attend", "participant" of "participate"."""
    stem = verb[:-3] if verb.endswith("ate") else verb.removesuffix("e")
    return len(stem) >= 4 and noun.startswith(stem) and noun != verb


def _modifier_and_head(name: str) -> tuple[tuple[str, ...], str]:
    """The words before a group name's last word, and the last word case-folded."""
    words = name.split()
    if words and words[0].casefold() in ANAPHORIC_DETERMINERS:
        words = words[1:]
    return tuple(words[:-1]), words[-1].casefold() if words else ""


def _counted_group_names(doc: Doc, indices: list[int], name: str) -> list[str]:
    """The group as the text counts it ("killed 13 people", "wounded another 15 soldiers"):
    the count says how many took part, which the group's name, shared by every telling of
    it, leaves out. With the words that say how near the count is, also the whole telling
    ("more than 41 600 families", "at least 110 people")."""
    i = indices[0] - 1
    while i >= 0 and doc[i].tag_ == "CD" and doc[i].ent_type_ not in {"DATE", "TIME"}:
        i -= 1
    if i == indices[0] - 1:
        return []
    names = [f"{doc[i + 1 : indices[0]].text.lower()} {name}"]
    start = i
    while i >= 0 and doc[i].dep_ in COUNT_MODIFIER_DEPS and i < doc[i].head.i < indices[0]:
        i -= 1
    if i < start:
        names.append(f"{doc[i + 1 : indices[0]].text.lower()} {name}")
    return names


def _unplaced_group_tokens(doc: Doc, indices: list[int]) -> list[int] | None:
    """The group without the phrase after its heads that says where they are: "workers and
    technicians" of "workers and technicians at the Sungri Motor Complex"."""
    # Not the object of a preposition itself: "teachers selected from across the country";
    # nor a phrase in a participle's clause, which the participle needs ("diplomats based in
    # Washington", "judges deciding a key point in the case").
    cut = next(
        (
            k
            for k, i in enumerate(indices)
            if k
            and doc[i].lower_ in PLACING_PREPOSITIONS
            and doc[i - 1].tag_ != "IN"
            and doc[i].head.pos_ in {"NOUN", "PROPN"}
            and not any(doc[j].dep_ == "acl" for j in indices[:k])
        ),
        None,
    )
    return None if cut is None else indices[:cut]


def _unquantified_group_name(doc: Doc, indices: list[int]) -> str | None:
    """The group without the words before it that say how many of it act this time, or that
    they are others than those told of ("five major political parties", "many professional
    traders", "other dealers"; lexicon `group_quantity_words`): the group an event's agent
    is, which the words of one telling do not name."""
    words = lexicon.words("group_quantity_words")
    start = 0
    while start < len(indices) - 1 and (
        doc[indices[start]].lower_ in words
        or (doc[indices[start]].tag_ == "CD" and doc[indices[start]].ent_type_ != "DATE")
    ):
        start += 1
    return _group_name(doc, indices[start:]) if start else None


def _whole_group_name(doc: Doc, indices: list[int], name: str) -> str | None:
    """The group as the text tells of all of it ("all the people", "all the officials and
    farmers"): the predeterminer says the whole group acts, which the group's name, shared by
    every telling of it, leaves out."""
    start = indices[0]
    if start < 2 or doc[start - 1].lower_ != "the" or doc[start - 2].tag_ != "PDT":
        return None
    return f"{doc[start - 2].lower_} the {name}"


def _owners_group_name(doc: Doc, indices: list[int], by_token: Mapping[int, Entity]) -> str | None:
    """The group named after the country or body whose it is, where "its" refers to the name
    just before "and": "the U.S. and its allies" are the allies of the U.S., "NATO and its
    allies in the Asia-Pacific region" the allies of NATO in the Asia-Pacific region. ("Their"
    refers as often to people named before the body: "staff members of the Committee and
    their families".)"""
    # The possessive opens the group's words or stands just before them.
    pronoun = next((i for i in (indices[0], indices[0] - 1) if doc[i].lower_ == "its"), None)
    if pronoun is None or pronoun < 2 or doc[pronoun - 1].lower_ != "and":
        return None
    owner = by_token.get(pronoun - 2)
    if owner is None or owner.kind not in {EntityKind.ORGANIZATION, EntityKind.PLACE}:
        return None
    words = [i for i in indices if i > pronoun]
    head = next((i for i in words if _is_group_head(doc[i])), None)
    # A list of groups ("its heroic people, senior state officials, ...") is not all its own.
    if head is None or any(doc[i].text == "," for i in words):
        return None
    start = pronoun - 2
    while start > 0 and by_token.get(start - 1) == owner:
        start -= 1
    if start > 0 and doc[start - 1].lower_ == "the":
        start -= 1
    rest = f" {tokens_text(doc, head + 1, words[-1] + 1)}" if head < words[-1] else ""
    return f"{tokens_text(doc, words[0], head + 1)} of {tokens_text(doc, start, pronoun - 1)}{rest}"


def _bodies_spelt_out(doc: Doc, indices: list[int], name: str, by_token: dict[int, Entity]) -> str:
    """A group's name with the bodies and countries it names by acronym alone spelt out,
    another form of it: "Korean People's Army guard of honour" of "KPA guard of honour",
    "Republic of Korea scum" of "ROK scum" (not "WPK" of "WPK Central Committee", a word of a
    longer name)."""
    for i in indices:
        body = by_token.get(i)
        word = doc_texts(doc)[i]
        alone = body not in (by_token.get(i - 1), by_token.get(i + 1))
        if body is not None and body.kind in SPELT_OUT_KINDS and word.isupper() and alone:
            name = re.sub(rf"\b{re.escape(word)}\b", body.name, name)
    return name


def entities_in(index: EntityIndex, tokens: Iterable[Token]) -> tuple[Entity, ...]:
    """The distinct entities named by any of `tokens`, in order of first appearance."""
    seen: dict[Entity, None] = {}
    for token in tokens:
        entity = index.entity_at(token)
        if entity is not None:
            seen.setdefault(entity, None)
    return tuple(seen)


def is_country(entity: Entity) -> bool:
    """A place the article names that is a country ("the DPRK", "Vietnam")."""
    return entity.kind is EntityKind.PLACE and _a_country(entity.name)
