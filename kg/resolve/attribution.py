"""Who the article credits: "according to X", "a Daily NK source told", "KCNA reported".

Sources are found per sentence. A definite "the source" or a "he added" after a quotation is
the unnamed source introduced before it; a sentence that credits no one falls back to the
article's own source (the news agency of a dateline, else the publisher).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Collection, Iterator, Mapping
from dataclasses import dataclass
from types import MappingProxyType

from spacy.tokens import Doc, Span, Token

from kg import lexicon
from kg.model import Entity, EntityKind, Source
from kg.nlp import (
    BULLETS,
    adverb_held_subject,
    breaks_line,
    children_of,
    doc_lowers,
    doc_pos,
    doc_sentences,
    doc_text,
    doc_tokens,
    has_the,
    item_start,
    span_tokens,
)
from kg.resolve.dateline import find_dateline_under_headline
from kg.resolve.entities import EntityIndex
from kg.resolve.names import canonical_name, known_entity
from kg.resolve.pronouns import lone_person_since, person_named_since

SOURCE_PRONOUNS = frozenset({"he", "she", "they"})
PERSON_PRONOUNS = SOURCE_PRONOUNS - {"they"}
PERSONS = frozenset({EntityKind.PERSON})
# A quotation in curly quotes, which may run over several sentences and lines (a text with a
# sentence a line), or in straight quotes within a line, whose marks open and close alike.
QUOTED = re.compile(r"“[^“”]{0,800}”|\"[^\"\n]*\"")
# Words left out of an unnamed source's label: "the", "'s", "his" ("his attorney").
UNNAMING_TAGS = frozenset({"POS", "DT", "PRP$"})
MODIFIER_DEPS = frozenset({"compound", "amod", "nmod", "poss"})
OFFICIAL_OF = frozenset({"of", "for"})
SPEAKER_KINDS = frozenset({EntityKind.PERSON, EntityKind.ORGANIZATION})
# Who a later "it" may be, and what a definite noun names again by the last words of a name
# ("the baby home"): one body or place, not a person nor a group of many ("analysts").
BODY_KINDS = frozenset({EntityKind.ORGANIZATION, EntityKind.PLACE})
# How a participle hangs on the clause whose subject speaks through it ("..., saying that").
PARTICIPLE_DEPS = frozenset({"advcl", "xcomp", "conj"})
# How a name stands beside the noun it names: "the prosecutor, Remy Heitz", "the newspaper El
# Nacional".
NAMING_DEPS = frozenset({"appos"})
# Clauses whose subject acts in the story, not in what someone said.
ACTING_CLAUSES = frozenset({"ROOT", "conj", "advcl"})
# Clauses that tell circumstances or describe a noun, whose view is not the sentence's.
SUBORDINATE_DEPS = frozenset({"advcl", "relcl", "acl"})


@dataclass(frozen=True, slots=True)
class SourceIndex:
    """The sources credited in each sentence, by the sentence's first token."""

    by_sentence: Mapping[int, tuple[Source, ...]]
    default: tuple[Source, ...]

    def for_sentence(self, sentence: Span) -> tuple[Source, ...]:
        return self.by_sentence.get(sentence.start) or self.default


def source_label(head: Token) -> str:
    """The words that name an unnamed source: "a Daily NK source", "the vice general director"."""
    words = [
        t
        for t in head.subtree
        if t.i <= head.i and (t.i == head.i or t.dep_ in MODIFIER_DEPS or t.head.dep_ == "poss")
    ]
    # A heading the parser ran into the sentence ("Calls for calm\nA police source") is no part.
    doc = head.doc
    line = max((k + 1 for k in range(words[0].i, head.i) if breaks_line(doc[k])), default=0)
    text = " ".join(t.text for t in words if t.tag_ not in UNNAMING_TAGS and t.i >= line)
    return re.sub(r"['’]s\b", "", text).strip()


# How a common noun names again a body named before ("the unit said" after "its U.S. unit,
# Esselte Business Systems Inc."): the extractors' reading, which lies above this module.
BodyNamedBy = Callable[[EntityIndex, Token], Entity | None]


class _Tracker:
    """Sources seen so far in the article, for "the source" and "he added"."""

    def __init__(
        self,
        index: EntityIndex,
        own: tuple[Source, ...] = (),
        body_named_by: BodyNamedBy | None = None,
    ) -> None:
        self.index = index
        self.body_named_by = body_named_by
        # The article's own source (a dateline's agency, the publisher).
        self.own = own
        self.last_unnamed: Source | None = None
        # The person who last spoke by name, if after the last unnamed source.
        self.named_since: Source | None = None
        self.last_text: Source | None = None
        # The organisation or state that last spoke by name, for a later "it added".
        self.last_body: Source | None = None
        # The media that spoke so far, by the noun that called them one ("Uhuru, a Swahili
        # newspaper"), for a later "the newspaper said".
        self.media: dict[str, Source] = {}

    def from_phrase(self, head: Token) -> Source | None:
        source = self._source(head)
        if source is not None:
            self._remember_medium(head, source)
        speaker = source.entity if source is not None and source.is_entity else None
        if speaker is not None and speaker.kind is EntityKind.PERSON and self.last_unnamed:
            self.named_since = source
        if source is not None and source is not self.last_text:
            self.last_text = None  # someone else spoke: a later "it" is no longer the text
        if speaker is not None and speaker.kind in BODY_KINDS:
            self.last_body = source
        return source

    def _source(self, head: Token) -> Source | None:
        entity = (
            # "IMA asked Mr. Gilleland to stay on. He indicated that ...": the person a "he"
            # stands for as the doer of the events it opens, so source and doer agree.
            next(iter(person_named_since(self.index, head)), None)
            or self.index.entity_at(head)
            or known_entity(head.text)
            or named_by_surname(self.index, head)
            or company_named_short(self.index, head)
        )
        if head.lower_ in SOURCE_PRONOUNS and self.last_unnamed is not None:
            # "he added" after an unnamed source's quotation is that source speaking again,
            # unless someone spoke by name since ("A police source said ... District mayor
            # Gérard Lemoine said ... He said ...").
            return self.named_since or self.last_unnamed
        lone = lone_person_since(self.index, head)
        if lone:
            # "A senior dealer noted ... He attributed the volume to ...": the one person a
            # noun named as the last main subject, as for the events the "he" does.
            return Source(lone[0].name, lone[0])
        if entity is not None and entity.kind is not EntityKind.GROUP:
            return Source(entity.name, entity)
        company = self._company_called(head) if entity is None else None
        if company is not None:
            return Source(company.name, company)
        named = self._named_beside(head) if entity is None else None
        if named is not None:
            return Source(named.name, named)
        referred = self._body_named_before(head) if entity is None else None
        if referred is not None:
            return Source(referred.name, referred)
        medium = self._medium_named_before(head) if entity is None else None
        if medium is not None:
            return medium
        # One person is no "they": a "they said" with no unnamed source before is left open.
        if head.lower_ in PERSON_PRONOUNS and self.last_unnamed is None:
            speaker = self._person_before(head)
            if speaker is not None:
                return Source(speaker.name, speaker)
        if head.lower_ == "they" and self.last_unnamed is None:
            group = self._group_subject_before(head)
            if group is not None:
                return Source(group.name, group)
        if head.lower_ == "it" and self.last_text is not None:
            # "The appeal called for ... It stressed ...": the text goes on speaking.
            return self.last_text
        if head.lower_ == "it" and self.last_body is not None:
            # "..., the company said. ... it added", "Iraq said ... It accused Kuwait": the body
            # or state that spoke last goes on.
            return self.last_body
        author = _group_author(head, self.index)
        if author is not None:
            return Source(author.name, author)
        if is_text(head):
            self.last_text = Source(source_label(head), self.text_giver(head))
            return self.last_text
        deliverer = self._deliverer(head)
        if deliverer is not None:
            return Source(deliverer.name, deliverer)
        body = self._body(head)
        state = state_of_body(head, self.index)
        if state is not None:
            # "Seoul's military said": the body of a state named by its place.
            return Source(source_label(head), state)
        if entity is None and _definite_state_body(head):
            # "The army said": the state's body the article is about speaks, unnamed.
            return Source(source_label(head))
        again = self._body_named_by(head) if entity is None and body is None else None
        if again is not None:
            return Source(again.name, again)
        if (
            head.lower_ not in lexicon.words("source_nouns")
            and body is None
            and not _named_medium(head)
        ):
            # "Police said", "according to human rights groups": a collective speaks as one,
            # where it says something ("no group claimed responsibility" says nothing).
            if entity is None or not _tells_something(head.head, self.index):
                return None
            return Source(entity.name, entity)
        label = source_label(head)
        definite = has_the(head)
        if label.casefold() == head.lower_ and definite and self._introduced(head):
            return self.last_unnamed  # "the source said": the one introduced before
        affiliation = body or next(
            (e for t in head.lefts if (e := self.index.entity_at(t)) is not None),
            None,
        )
        source = Source(label, affiliation)
        self.last_unnamed = source
        self.named_since = None
        return source

    def _remember_medium(self, head: Token, source: Source) -> None:
        """Keep a medium that speaks under the noun that calls it one: its own head ("The Cape
        Argus newspaper") or an appositive ("Uhuru, or Freedom, a Swahili newspaper")."""
        media = lexicon.words("media_nouns")
        # "Uhuru, or Freedom, a Swahili newspaper": the appositive may follow a second name.
        names = (head, *(c for c in children_of(head) if c.dep_ == "conj"))
        namers = (c for n in names for c in children_of(n) if c.dep_ in NAMING_DEPS)
        for noun in (head, *namers):
            named = noun is not head or source.is_entity or _named_medium(head)
            if named and noun.lemma_.casefold() in media:
                self.media[noun.lemma_.casefold()] = source

    def _company_called(self, head: Token) -> Entity | None:
        """The company the article is about, which a speaker is called by its trade: "the
        chip maker said", "Norway's largest hotel operator said"."""
        if head.pos_ != "NOUN" or head.lemma_.casefold() not in lexicon.words("company_trades"):
            return None
        if any(
            (c.dep_ == "det" and c.lower_ == "the") or c.dep_ == "poss" for c in children_of(head)
        ):
            return self.index.company_of_trade(head) or self.index.main_company_before(head)
        return None

    def _medium_named_before(self, head: Token) -> Source | None:
        """The medium "the newspaper" or "the paper" refers back to: the paper heading a press
        review's item, else the last that spoke and was called so ("said Uhuru, a Swahili
        newspaper. ... the newspaper said")."""
        if not has_the(head) or _named_medium(head):
            return None
        paper = heading_paper(self.index, head)
        if paper is not None:
            return Source(paper.name, paper)
        return self.media.get(head.lemma_.casefold())

    def _introduced(self, head: Token) -> bool:
        """Whether "the source", "the friend" is the unnamed source introduced before: one
        named by the same noun ("a onetime friend of the ringleader")."""
        last = self.last_unnamed
        return last is not None and last.label.casefold().split()[-1] == head.lower_

    def _named_beside(self, head: Token) -> Entity | None:
        """The person or body a title or common noun is put beside: "France's prosecutor, Remy
        Heitz, said", "according to the Venezuelan newspaper El Nacional", and the medium
        named before "news agency" or "newspaper" ("the state-run Tass news agency reported")."""
        media = head.lemma_.casefold() in lexicon.words("media_nouns")
        return next(
            (
                e
                for t in children_of(head)
                if (t.dep_ in NAMING_DEPS or (media and t.dep_ in MODIFIER_DEPS))
                and (e := self.index.entity_at(t)) is not None
                and e.kind in SPEAKER_KINDS
            ),
            None,
        ) or self._person_closing(head)

    def _person_closing(self, head: Token) -> Entity | None:
        """The person whose name, set off by commas, closes a title's phrase: "The head of the
        FBI investigation in Dar es Salaam, Harold Brink, said", where the parser hangs
        the name on the phrase's last noun rather than on the title."""
        if head.pos_ != "NOUN" or head.lower_ not in lexicon.words("titles"):
            return None
        doc = head.doc
        end = head.right_edge.i
        last = doc[end - 1] if doc[end].is_punct and end > head.i else doc[end]
        named = last.head if last.dep_ != "appos" and last.head.dep_ == "appos" else last
        if (
            named.dep_ != "appos"
            or named.head.i == head.i
            or doc[named.left_edge.i - 1].text != ","
        ):
            return None
        entity = self.index.entity_at(named)
        return entity if entity is not None and entity.kind is EntityKind.PERSON else None

    def _body_named_before(self, head: Token) -> Entity | None:
        """The organisation a definite common noun refers back to: the one named last before
        it whose name holds all its words ("the official Iraqi News Agency ... the agency
        reported", "the Ministry of Foreign Affairs ... the ministry said")."""
        kids = children_of(head)
        if head.pos_ != "NOUN" or not has_the(head):
            return None
        if any(c.dep_ in NAMING_DEPS or c.dep_ == "prep" for c in kids):
            return None  # "the agency of the Party": a phrase says which one
        if head.lemma_.casefold() in lexicon.words("company_nouns"):
            # "the company said": no word of the name says which, its legal form does.
            return self.index.firm_named_before(head)
        words = {t.lower_ for c in kids if c.dep_ in MODIFIER_DEPS for t in c.subtree}
        words.add(head.lower_)
        return self.index.last_named_before(
            head,
            {EntityKind.ORGANIZATION},
            lambda e: words <= set(e.name.casefold().split()),
        )

    def _person_before(self, head: Token) -> Entity | None:
        """Whom a "he said" stands for where no unnamed source spoke before: the person last
        named in its sentence or the one before ("..., Remy Heitz, said. He said no group had
        claimed ...")."""
        sentence = head.sent
        start = head.doc[sentence.start - 1].sent.start if sentence.start > 0 else sentence.start
        begin = head.doc[start].idx
        # Not a person the quotation names ("“He listened to Jibril,” he said").
        quoted = [q.span() for q in QUOTED.finditer(doc_text(head.doc), begin, head.idx)]
        before = [
            m
            for m in self.index.mentions
            if m.entity.kind is EntityKind.PERSON
            and begin <= m.mention.start < head.idx
            and not any(a <= m.mention.start < b for a, b in quoted)
        ]
        return max(before, key=lambda m: m.mention.start).entity if before else None

    def _group_subject_before(self, head: Token) -> Entity | None:
        """The many a "they said" stands for where no unnamed source spoke before: the group
        that was last the subject of a main or adverbial clause in its sentence or the one
        before ("Prosecutors have told the attorneys that ... Therefore, they said, ..."), not
        of what someone said ("They stressed that schoolchildren would meet. They expressed
        ...") nor within a quotation."""
        sentence = head.sent
        start = head.doc[sentence.start - 1].sent.start if sentence.start > 0 else sentence.start
        quotes = [q.span() for q in QUOTED.finditer(doc_text(head.doc), head.doc[start].idx)]
        if any(a <= head.idx < b for a, b in quotes):
            return None
        subjects = (
            entity
            for t in reversed(head.doc[start : head.i])
            if t.dep_ == "nsubj"
            and t.head.dep_ in ACTING_CLAUSES
            and not any(a <= t.idx < b for a, b in quotes)
            and (entity := self.index.entity_at(t)) is not None
        )
        return next((e for e in subjects if e.kind is EntityKind.GROUP), None)

    def text_giver(self, head: Token) -> Entity | None:
        """Who gave a text that speaks ("the appeal said"): its sender as told before, or the
        body named with it ("the KCNA commentary", "the statement of the Ministry")."""
        received = received_from(head, self.index)
        if received is not None:
            return received[0]
        named = [*head.lefts, *_objects_of(head, "of"), *_objects_of(head, "by")]
        return next(
            (
                e
                for t in named
                if (e := self.index.entity_at(t)) is not None and e.kind in SPEAKER_KINDS
            ),
            None,
        ) or self._said_in(head)

    def _said_in(self, head: Token) -> Entity | None:
        """Who said something "in a statement" before the statement speaks again: "..., the
        police said in a statement. ... the statement said"."""
        for token in reversed(head.doc[: head.i]):
            if token.lemma_ != head.lemma_ or token.dep_ != "pobj" or token.head.lower_ != "in":
                continue
            verb = token.head.head
            speakers = [c for c in children_of(verb) if c.dep_ == "nsubj"]
            return next((e for s in speakers if (e := self.index.entity_at(s)) is not None), None)
        return None

    def _deliverer(self, head: Token) -> Entity | None:
        """The person "the reporter" or "the speaker" is: who last made the report or speech
        the article told of ("Jo Myong Gil made a report. The reporter said that ...")."""
        delivered = lexicon.mapping("speaker_roles").get(head.lower_)
        if delivered is None or not any(c.lower_ == "the" for c in children_of(head)):
            return None
        for token in reversed(head.doc[: head.i]):
            if token.lemma_.casefold() == delivered and token.dep_ in {"dobj", "nsubjpass"}:
                people = [
                    e
                    for s in children_of(token.head)
                    if s.dep_ == "nsubj"
                    and (e := self.index.entity_at(s)) is not None
                    and e.kind is EntityKind.PERSON
                ]
                return people[0] if people else None
        return None

    def _body_named_by(self, head: Token) -> Entity | None:
        """The body named before that a definite common noun names again, by the extractors'
        reading: "The unit said" after "its U.S. unit, Esselte Business Systems Inc."."""
        if self.body_named_by is None or head.pos_ != "NOUN" or not has_the(head):
            return None
        found = self.body_named_by(self.index, head)
        return found if found is not None and found.kind is EntityKind.ORGANIZATION else None

    def _body(self, head: Token) -> Entity | None:
        """The organisation an official unnamed but by title speaks for: "the vice general
        director of the NATA said"."""
        if head.pos_ != "NOUN" or head.lower_ not in lexicon.words("titles"):
            return None
        return next(
            (
                e
                for p in children_of(head)
                if p.dep_ == "prep" and p.lower_ in OFFICIAL_OF
                for o in children_of(p)
                if o.dep_ == "pobj"
                and (e := self.index.entity_at(o)) is not None
                and e.kind is EntityKind.ORGANIZATION
            ),
            None,
        )


def _tells_something(verb: Token, index: EntityIndex) -> bool:
    """Whether the verb a collective is the subject of tells something: it has no object
    naming no entity ("no group claimed responsibility"), or a clause says what was told, its
    own or its object's ("officials confirmed reports that ...") or a verb's it shares its
    subject with ("The directors didn't name the lender, but said ...")."""
    objects = [c for c in children_of(verb) if c.dep_ == "dobj" and index.entity_at(c) is None]
    if not objects:
        return True
    shared = [
        c
        for c in children_of(verb)
        if c.dep_ == "conj"
        and c.pos_ == "VERB"
        and not any(s.dep_ == "nsubj" for s in children_of(c))
    ]
    return any(c.dep_ == "ccomp" for v in (verb, *shared) for c in children_of(v)) or any(
        c.dep_ == "mark" and c.lower_ == "that"
        for o in objects
        for clause in children_of(o)
        if clause.dep_ == "acl"
        for c in children_of(clause)
    )


def named_by_surname(index: EntityIndex, token: Token) -> Entity | None:
    """The person a lone capitalised word stands for where the model tagged no name in it:
    the surname of a person named in full before ("Halvorsen said" after "Health Minister
    Ingrid Halvorsen"), the last such person when several share it. A surname that is also a
    word ("White heads a team" after "Attorney Mary Jo White") may be tagged an adjective or a
    noun; as a subject it is still the person."""
    word = token.pos_ in {"ADJ", "NOUN"} and token.dep_ in {"nsubj", "nsubjpass"}
    if (
        (token.pos_ != "PROPN" and not word)
        or not token.is_title
        or any(c.dep_ == "compound" for c in children_of(token))
        or index.entity_at(token) is not None
    ):
        return None
    return index.last_named_before(token, PERSONS, lambda e: token.text in _surnames(e.name))


def company_named_short(index: EntityIndex, token: Token) -> Entity | None:
    """The company a lone capitalised subject names by a word of its full name where the
    model tagged no name in it: news copy names a company in full once, with its legal form,
    and then by the first word or the last before that form ("Ratners, which controls 25% of
    the market, would increase" after "Ratners Group PLC"; "Acquisition said" after "DD
    Acquisition Corp."; lexicon `company_suffixes`). The last company so named is meant, and
    only a word no person named before bears (a surname is `named_by_surname`'s)."""
    if (
        token.dep_ not in {"nsubj", "nsubjpass"}
        or token.pos_ not in {"PROPN", "NOUN"}
        or not token.is_title
        # A bare name: "Machines using the 486 are expected to ..." is no company.
        or any(c.dep_ not in {"punct", "appos", "relcl", "cc", "conj"} for c in children_of(token))
        or index.entity_at(token) is not None
        or token.lower_ in lexicon.words("titles")
    ):
        return None
    suffixes = lexicon.words("company_suffixes")

    def short_names(entity: Entity) -> tuple[str, ...]:
        words = entity.name.split()
        if len(words) < 3 or words[-1].casefold() not in suffixes:
            return ()
        return (words[0], words[-2])

    if index.last_named_before(token, PERSONS, lambda e: token.text in e.name.split()):
        return None
    return index.last_named_before(
        token, (EntityKind.ORGANIZATION,), lambda e: token.text in short_names(e)
    )


def _surnames(name: str) -> tuple[str, ...]:
    """The words of a full name that name its person alone: the last, and the first of a Korean
    name in its own order ("Choe in the message hoped" after "Choe Son Hui"; lexicon
    `korean_surnames`)."""
    words = name.split()
    if len(words) < 2:
        return ()
    if words[0].casefold() in lexicon.words("korean_surnames"):
        return (words[-1], words[0])
    return (words[-1],)


def state_of_body(head: Token, index: EntityIndex) -> Entity | None:
    """The place whose state body a noun names ("Seoul's military", "the South Korean
    government"): the country, or its capital standing for it, speaks through the body."""
    if head.pos_ != "NOUN" or head.lemma_.casefold() not in lexicon.words("state_body_nouns"):
        return None
    return next(
        (
            e
            for t in children_of(head)
            if t.dep_ in MODIFIER_DEPS
            and (e := index.entity_at(t)) is not None
            and e.kind is EntityKind.PLACE
        ),
        None,
    )


def _group_author(head: Token, index: EntityIndex) -> Entity | None:
    """The many who made the reports that speak: "Reports by witnesses said ..." credits the
    witnesses."""
    if not is_text(head):
        return None
    return next(
        (
            e
            for o in _objects_of(head, "by")
            if (e := index.entity_at(o)) is not None and e.kind is EntityKind.GROUP
        ),
        None,
    )


def _objects_of(token: Token, preposition: str) -> list[Token]:
    """The objects of one preposition attached to a token (kg.extract.syntax, which reads
    this module's sources, has the general helper)."""
    return [
        o
        for p in children_of(token)
        if p.dep_ == "prep" and p.lower_ == preposition
        for o in children_of(p)
        if o.dep_ == "pobj"
    ]


def full_text_openings(doc: Doc, text: str) -> Iterator[tuple[int, int, int]]:
    """The texts `doc` (parsed from `text`) gives in full: the first token of the sentence
    introducing each, where the introducing clause ends (a token) and where the text begins
    (a character)."""
    for sentence in doc_sentences(doc):
        # A cheap look at the characters first: most sentences have neither word.
        words = text[sentence.start_char : sentence.end_char]
        if ":" not in words and "following" not in words.lower():
            continue
        opening = full_text_opening(sentence)
        if opening is not None:
            yield (sentence.start, *opening)


def full_text_opening(sentence: Span) -> tuple[int, int] | None:
    """Where the clause that introduces a full text ends, and where that text begins: a
    colon closing its paragraph ("The message said:"), or "the following press statement"."""
    for token in doc_tokens(sentence.doc)[sentence.start : sentence.end]:
        after = token.doc[token.i + 1] if token.i + 1 < len(token.doc) else None
        if token.text == ":" and (after is None or breaks_line(after)):
            return token.i, token.idx + 1
    nouns = lexicon.words("statement_nouns")
    if any(t.lower_ == "following" and t.head.lemma_.casefold() in nouns for t in sentence):
        return sentence.end, sentence.end_char
    return None


def _introducer(sentence: Span, clause_end: int, tracker: _Tracker) -> Source | None:
    """Who gives the text a sentence introduces: the subject of a verb of the clause that
    introduces it, named ("Yang Chol Hun ... made public the following press statement") or a
    spokesman ("A spokesman for the Ministry ... released"). The parser often runs that
    clause and the text's first paragraph into one sentence."""
    for verb in sentence.doc[sentence.start : clause_end]:
        if verb.pos_ != "VERB":
            continue
        for subject in (c for c in children_of(verb) if c.dep_ == "nsubj"):
            # "Foreign Minister Choe Son Hui": the parser may head the phrase with the title.
            for named in (subject, *(c for c in children_of(subject) if c.dep_ == "appos")):
                entity = tracker.index.entity_at(named)
                if entity is not None and entity.kind in SPEAKER_KINDS:
                    return Source(entity.name, entity)
            if subject.lower_ in lexicon.words("source_nouns"):
                return tracker.from_phrase(subject)
            received = received_from(subject, tracker.index)
            if received is not None:
                return Source(received[0].name, received[0])
            if verb.lemma_.casefold() in lexicon.words("issuing_verbs") and subject.pos_ == "NOUN":
                # "The permanent mission of the DPRK at the UN released the following press
                # statement": who issues a text gives it, though no entity names them.
                return Source(source_label(subject), _affiliation(subject, tracker.index))
    # "The following is the press statement of Kim Yo Jong, ...": the clause names the text
    # and its giver without a verb of its own.
    for noun in sentence.doc[sentence.start : clause_end]:
        giver = tracker.text_giver(noun) if is_text(noun) else _carried_in(noun, tracker.index)
        if giver is not None:
            return Source(giver.name, giver)
    return None


def _carried_in(subject: Token, index: EntityIndex) -> Entity | None:
    """The one organisation whose items a clause introduces: "Following are major news items
    and articles in Rodong Sinmun, ...:" (a review of several papers credits none alone)."""
    if subject.dep_ != "nsubj" or subject.pos_ != "NOUN":
        return None
    carriers = [
        e
        for o in _objects_of(subject, "in")
        if not any(c.dep_ == "conj" for c in children_of(o))
        and (e := index.entity_at(o)) is not None
        and e.kind is EntityKind.ORGANIZATION
    ]
    return carriers[0] if carriers else None


def _definite_state_body(head: Token) -> bool:
    return (
        head.pos_ == "NOUN"
        and head.lemma_.casefold() in lexicon.words("state_body_nouns")
        and has_the(head)
    )


def _named_medium(head: Token) -> bool:
    """A newspaper or agency named by the proper nouns before it, though no entity: "the Cape
    Argus newspaper reported"."""
    return head.lemma_.casefold() in lexicon.words("media_nouns") and any(
        # Capitalised: the parser takes "the white paper" for a name too.
        c.dep_ == "compound" and c.pos_ == "PROPN" and c.text[:1].isupper()
        for c in children_of(head)
    )


def _issuing_source(sentence: Span, tracker: _Tracker) -> list[Source]:
    """The source that an article opens by telling what they issued: "A spokesman for the
    Ministry released the final results of investigation ..." (what follows is their
    account)."""
    issuing = lexicon.words("issuing_verbs")
    sources = lexicon.words("source_nouns")
    return [
        source
        for verb in span_tokens(sentence)
        if verb.pos_ == "VERB" and verb.lemma_.casefold() in issuing
        for subject in children_of(verb)
        if subject.dep_ == "nsubj" and subject.lower_ in sources
        if (source := tracker.from_phrase(subject)) is not None
    ]


def _piece_publishers(sentence: Span, tracker: _Tracker) -> list[Source]:
    """The organisations an article opens by telling of a piece they publish: "Rodong Sinmun
    Sunday dedicates an editorial to the harvest" (what follows is the editorial's)."""
    pieces = lexicon.words("publication_nouns")
    return [
        source
        for t in span_tokens(sentence)
        if t.dep_ == "dobj" and t.lemma_.casefold() in pieces and t.head.pos_ == "VERB"
        for subject in _speakers(t.head)
        if (source := tracker.from_phrase(subject)) is not None
        and source.is_entity
        and source.entity is not None
        and source.entity.kind is EntityKind.ORGANIZATION
    ]


def _in_a_piece(sentence: Span) -> bool:
    """The sentence says something "in" a piece a newspaper publishes ("says in an editorial")."""
    pieces = lexicon.words("publication_nouns")
    return any(
        t.lemma_.casefold() in pieces and t.dep_ == "pobj" and t.head.lower_ == "in"
        for t in sentence
    )


def _affiliation(head: Token, index: EntityIndex) -> Entity | None:
    """The body or state an unnamed speaker belongs to: "the permanent mission of the DPRK"."""
    return next(
        (
            e
            for p in ("of", "for")
            for o in _objects_of(head, p)
            if (e := index.entity_at(o)) is not None and e.kind is not EntityKind.GROUP
        ),
        None,
    )


def received_from(
    noun: Token, index: EntityIndex, kinds: Collection[EntityKind] = SPEAKER_KINDS
) -> tuple[Entity, Token] | None:
    """Who a message (letter, statement) a noun names came from, as the article said before,
    with the token that said so: "Kim Jong Un received a reply message from Xi Jinping. The
    reply message says: ..." (Xi Jinping, "received")."""
    lemma = noun.lemma_.casefold()
    if lemma not in lexicon.words("statement_nouns"):
        return None
    for token in (noun, *reversed(doc_tokens(noun.doc)[: noun.i])):
        if token.lemma_.casefold() != lemma:
            continue
        # "received a message from X": the parser may hang "from X" on the verb.
        holder = token.head if token.dep_ == "dobj" else token
        # "a message of greeting from Xi Jinping": the parser may hang "from X" on the noun
        # the message is "of".
        kinds_of = _objects_of(token, "of")
        senders = [c for c in children_of(token) if c.dep_ == "poss"] + [
            t for h in (token, holder, *kinds_of) for t in _objects_of(h, "from")
        ]
        for sender in senders:
            entity = index.entity_at(sender)
            if entity is not None and entity.kind in kinds:
                return entity, holder
    return None


def _credited(sentence: Span, tracker: _Tracker) -> list[Source]:
    found: list[Source] = []
    reporting = lexicon.words("reporting_verbs")
    doc = sentence.doc
    tokens, lowers, parts = doc_tokens(doc), doc_lowers(doc), doc_pos(doc)
    for i in range(sentence.start, sentence.end):
        token, verb = tokens[i], parts[i] == "VERB"
        if lowers[i] == "according":
            for to in (c for c in children_of(token) if c.lower_ == "to"):
                for pobj in _according_to(to, tracker.index):
                    source = tracker.from_phrase(pobj) or _record(pobj)
                    if source is not None:
                        found.append(source)
                    else:
                        found.extend(_whose_figures(pobj, tracker))
        elif verb and (
            token.lemma_.casefold() in reporting
            or _reports_a_fact(token)
            or _text_appeals(token)
            or _reports_with_particle(token)
            or _gives_a_view(token)
            or reports_a_clause(token)
        ):
            for subject in _and_conjuncts(_speakers(token)):
                source = tracker.from_phrase(subject)
                if source is not None:
                    found.append(source)
                    found.extend(_body_before_title(subject, tracker.index))
            found.extend(s for s in _told(token, tracker.index) if s not in tracker.own)
            found.extend(_reported_by(token, tracker))
        if (
            parts[i] == "NOUN"
            and is_text(token)
            and token.dep_ == "pobj"
            and token.head.lower_ == "in"
        ):
            # "Kim Yo Jong warned ..., in a statement carried by KCNA": the text's giver, and
            # whoever carried it.
            found.extend(s for s in _text_carriers(token, tracker) if s not in found)
        if verb and token.lemma_.casefold() in lexicon.words("citing_verbs"):
            # "Yonhap reported, citing the Joint Chiefs of Staff", "the report quoted a source
            # as saying": whoever reports, and whom their report rests on.
            for phrase in (c for c in children_of(token) if c.dep_ in {"nsubj", "dobj"}):
                source = tracker.from_phrase(phrase)
                if source is not None:
                    found.append(source)
            found.extend(_cited_in_passive(token, tracker))
    return list(dict.fromkeys(found))


def _record(head: Token) -> Source | None:
    """A record or a study a sentence is "according to", which no one speaks: "according to
    a recent SEC filing" credits the filing."""
    if head.pos_ != "NOUN" or head.lemma_.casefold() not in lexicon.words("record_nouns"):
        return None
    return Source(source_label(head))


def _and_conjuncts(subjects: list[Token]) -> list[Token]:
    """The subjects with those joined to them: "Orkem, Coates and Ciba said" credits all."""
    joined = list(subjects)
    for subject in joined:
        # "Uhuru, or Freedom, a Swahili newspaper": a name given as another is no speaker.
        if not any(c.dep_ == "cc" and c.lower_ == "or" for c in children_of(subject)):
            joined += [c for c in children_of(subject) if c.dep_ == "conj"]
    return joined


def _according_to(to: Token, index: EntityIndex) -> list[Token]:
    """What "according to" names: its object, or the name that follows it where the parser
    broke the name off ("according to Brightwater Research Inc." with "Inc." taken for
    punctuation)."""
    objects = [c for c in children_of(to) if c.dep_ == "pobj"]
    if objects or to.i + 1 >= len(to.doc):
        return objects
    after = to.doc[to.i + 1]
    return [after] if index.entity_at(after) is not None else []


def _whose_figures(head: Token, tracker: _Tracker) -> list[Source]:
    """Who made what a sentence is "according to", where that is their figures, not a
    speaker: "according to estimates by Corvell Inc.", "according to Tessaly's estimates",
    "according to figures from the ministry"."""
    makers = [c for c in children_of(head) if c.dep_ == "poss"]
    makers += [o for p in ("by", "from", "of") for o in _objects_of(head, p)]
    return [
        source
        for o in makers
        if tracker.index.entity_at(o) is not None and (source := tracker.from_phrase(o))
    ]


def _body_before_title(head: Token, index: EntityIndex) -> list[Source]:
    """The body officials named before their title speak for: "Red Cross and ambulance
    officials said" credits the Red Cross as well."""
    if head.lemma_.casefold() not in lexicon.words("titles"):
        return []
    return [
        Source(e.name, e)
        for t in children_of(head)
        if t.dep_ in MODIFIER_DEPS
        and (e := index.entity_at(t)) is not None
        and e.kind is EntityKind.ORGANIZATION
    ]


def _reported_by(verb: Token, tracker: _Tracker) -> list[Source]:
    """Who an "as" clause of a passive reporting verb names as the speaker: "as claimed by
    Russian official figures", "as reported by the media"; a common noun that names no entity
    is an unnamed source all the same."""
    if not any(c.dep_ == "mark" and c.lower_ == "as" for c in children_of(verb)):
        return []  # "explained by the logic of ..." names no speaker
    agents = [o for a in children_of(verb) if a.dep_ == "agent" for o in children_of(a)]
    return [
        tracker.from_phrase(o) or Source(source_label(o))
        for o in agents
        if o.dep_ == "pobj" and o.pos_ in {"NOUN", "PROPN"}
    ]


def _told(verb: Token, index: EntityIndex) -> list[Source]:
    """The organisation a source tells what the article reports: "A senior law enforcement
    source tells CNN, ..." credits CNN as well, unless it is the article's own source (whose
    informant is credited alone)."""
    if verb.lemma_.casefold() not in lexicon.words("informing_verbs"):
        return []
    return [
        Source(e.name, e)
        for o in children_of(verb)
        if o.dep_ in {"dobj", "dative"}
        and (e := index.entity_at(o)) is not None
        and e.kind is EntityKind.ORGANIZATION
    ]


def _cited_in_passive(verb: Token, tracker: _Tracker) -> list[Source]:
    """Who speaks and who carried it, in a passive quoting: "A senior official was quoted by
    local media as saying that ..." credits the official and the media."""
    phrases = [c for c in children_of(verb) if c.dep_ == "nsubjpass"]
    phrases += [o for a in children_of(verb) if a.dep_ == "agent" for o in children_of(a)]
    return [s for p in phrases if p.dep_ in {"nsubjpass", "pobj"} and (s := tracker.from_phrase(p))]


def _speakers(verb: Token) -> list[Token]:
    """The subject of a reporting verb; for a participle without one, the subject of the
    clause it hangs on ("Ash Carter responded to the bombing, stating ...")."""
    own = [dated_name(c) for c in children_of(verb) if c.dep_ == "nsubj"]
    if not own:
        # "Rodong Sinmun Thursday in an article says": the parser hangs the name on the day.
        own = [n for c in children_of(verb) if c.dep_ == "npadvmod" and (n := dated_name(c)) != c]
    held = adverb_held_subject(verb) if not own else None
    if held is not None:
        # "..., Swavely said": a name the parser took for an adverb of the verb.
        own = [held]
    opening = _line_opening(verb)
    if opening is not None and all(s.i < opening[1] for s in own):
        return [opening[0]]
    passive = any(c.dep_ in {"nsubjpass", "expl"} for c in children_of(verb))
    if not own and not passive and verb.dep_ == "conj" and verb.head.pos_ == "VERB":
        # "The agency did not mention Ritter by name, but said ...": coordinated verbs share
        # their subject.
        return _speakers(verb.head)
    if not own and verb.tag_ == "VBG" and verb.dep_ == "acl":
        return _with_speakers(verb)
    if own or verb.tag_ != "VBG" or verb.dep_ not in PARTICIPLE_DEPS:
        return own
    return [c for c in children_of(verb.head) if c.dep_ == "nsubj"]


def _with_speakers(participle: Token) -> list[Token]:
    """Who a "with" phrase has speaking: "The talks collapsed, with officials saying no date
    was set" credits the officials, where the parser hangs the participle on them."""
    speaker = participle.head
    if speaker.dep_ != "pobj" or speaker.head.lower_ != "with" or speaker.i > participle.i:
        return []
    return [speaker]


def dated_name(token: Token) -> Token:
    """The name a day is parsed as the head of, where a speaker's name runs into the day it
    spoke: "says Rodong Sinmun Saturday in an article" (the paper speaks, not the day)."""
    if token.ent_type_ != "DATE":
        return token
    names = [c for c in children_of(token) if c.dep_ == "compound" and c.i < token.i]
    return names[-1] if names else token


def _line_opening(verb: Token) -> tuple[Token, int] | None:
    """The noun phrase that opens the verb's line and the line's first token, where a heading
    without a full stop ran into the sentence under it and the parser took the heading's words
    for the subject: "Pending charges\nProsecutors said ...", "Calls for calm\nA police source
    said ..."."""
    tokens = doc_tokens(verb.doc)
    start = verb.i
    while start > 0 and not breaks_line(tokens[start - 1]):
        start -= 1
    words = tokens[start : verb.i]
    if start == 0 or not words or words[-1].pos_ not in {"NOUN", "PROPN"}:
        return None
    if any(t.pos_ in {"VERB", "AUX"} or t.is_punct for t in words):
        return None
    return words[-1], start


def _text_carriers(text: Token, tracker: _Tracker) -> list[Source]:
    """Who a text a verb says something "in" comes from: the verb's subject, and the agents of
    the participles that carried or issued it ("in a statement carried by KCNA")."""
    verb = text.head.head
    # The parser may hang the phrase on the clause the text is quoted for ("warned that
    # Pyongyang would respond, in a statement"): the speaker is the main clause's.
    while verb.dep_ in {"ccomp", "xcomp"}:
        verb = verb.head
    givers = [c for c in children_of(verb) if c.dep_ == "nsubj"] if verb.pos_ == "VERB" else []
    givers += [
        o
        for participle in children_of(text)
        if participle.dep_ == "acl"
        for o in _objects_of(participle, "by")
        + [a for p in children_of(participle) if p.dep_ == "agent" for a in children_of(p)]
    ]
    return [s for g in givers if (s := tracker.from_phrase(g)) is not None]


def is_text(head: Token) -> bool:
    """A noun naming a text that says something ("the appeal", "the KCNA commentary")."""
    return head.pos_ == "NOUN" and head.lemma_.casefold() in lexicon.words("statement_nouns")


def _text_appeals(verb: Token) -> bool:
    """A text that calls for something says it: "The appeal called for ...", "It called upon
    all the progressive organizations ..."."""
    return verb.lemma_.casefold() in lexicon.words("appeal_verbs") and any(
        c.dep_ == "nsubj" and (is_text(c) or c.lower_ == "it") for c in children_of(verb)
    )


def _reports_with_particle(verb: Token) -> bool:
    """A phrasal verb that reports speech: "a spokesman pointed out that ..."."""
    lemma = verb.lemma_.casefold()
    phrases = lexicon.pairs("reporting_particles")
    return any(
        (lemma, c.lower_) in phrases for c in children_of(verb) if c.dep_ in {"prt", "acomp"}
    )


def reports_a_clause(verb: Token) -> bool:
    """A verb that reports speech only with a clause that tells what was said ("predicted
    the exiles would try to delay it"), not with an object ("predicted a loss")."""
    return verb.lemma_.casefold() in lexicon.words("clause_reporting_verbs") and any(
        c.dep_ == "ccomp" for c in children_of(verb)
    )


def _gives_a_view(verb: Token) -> bool:
    """A verb or a verb's phrase with its object that gives the subject's own view: "Harwick
    attributed its loss to costs", "speakers charged that ...", "Ostrova expressed the hope
    she would fly"."""
    # "When the official expressed regret ..., the Chairman said ...": not the sentence's view.
    if verb.dep_ in SUBORDINATE_DEPS:
        return False
    lemma = verb.lemma_.casefold()
    needs = lexicon.mapping("view_verbs").get(lemma)
    if needs == "any" or (needs == "clause" and any(c.dep_ == "ccomp" for c in children_of(verb))):
        return True
    phrases = lexicon.pairs("view_phrases")
    return any(
        (lemma, o.lemma_.casefold()) in phrases for o in children_of(verb) if o.dep_ == "dobj"
    )


def _reports_a_fact(verb: Token) -> bool:
    """A phrase that reports speech: "he referred to the fact that ..."."""
    phrases = lexicon.pairs("reporting_phrases")
    lemma = verb.lemma_.casefold()
    return any(
        (lemma, o.lemma_.casefold()) in phrases
        for p in children_of(verb)
        if p.dep_ == "prep"
        for o in children_of(p)
        if o.dep_ == "pobj"
    )


def _with_reporter(credited: list[Source], default: tuple[Source, ...]) -> tuple[Source, ...]:
    """A named speaker's words reach the reader through the article's own source: "Kim Jong
    Un stressed ..." in a KCNA report is credited to both. So do an official's who speaks for
    a body ("a spokesman for the Ministry of National Defence said"), credited to the body as
    well. An unnamed informant is credited alone, as the article's own."""
    bodies = [Source(e.name, e) for s in credited if (e := _body_spoken_for(s)) is not None]
    # "According to a report by KCNA": the report's giver is credited with it.
    bodies += [Source(s.entity.name, s.entity) for s in credited if _names_a_text(s) and s.entity]
    # A text ("the appeal said") reaches the reader through the article's source too.
    texts = any(_names_a_text(s) for s in credited)
    if bodies or texts or any(s.is_entity for s in credited):
        return tuple(dict.fromkeys((*credited, *bodies, *default)))
    return tuple(credited)


def _names_a_text(source: Source) -> bool:
    words = source.label.casefold().split()
    return bool(words) and words[-1] in lexicon.words("statement_nouns")


def _body_spoken_for(source: Source) -> Entity | None:
    """The body an official unnamed but by title speaks for ("spokesman" of the Ministry)."""
    words = source.label.casefold().split()
    body = source.entity
    if body is None or source.is_entity or body.kind is not EntityKind.ORGANIZATION:
        return None
    return body if words and words[-1] in lexicon.words("titles") else None


def _headings(text: str, index: EntityIndex) -> list[tuple[int, Source]]:
    """Lines that are only an organisation's name, heading what follows them: a press
    review's "Rodong Sinmun" over the items taken from that paper. Each is given with where
    its section begins."""
    whole_lines = {
        (m.mention.start, m.mention.end): m.entity
        for m in index.mentions
        if m.entity.kind is EntityKind.ORGANIZATION
    }
    found = []
    for line in re.finditer(r"[^\n]+", text):
        start = line.start() + len(line[0]) - len(line[0].lstrip())
        end = line.start() + len(line[0].rstrip())
        entity = whole_lines.get((start, end))
        if entity is not None and end < len(text):
            found.append((end, Source(entity.name, entity)))
    return found


def heading_paper(index: EntityIndex, head: Token) -> Entity | None:
    """The paper "the paper" stands for in an item of a press review: the name heading the
    items ("Minju Joson\n- An article says ...\n- The paper echoes ..."), or the one paper
    the lead-in over them names ("Following are major news items in Rodong Sinmun, ...:\n-
    The daily carries ..."). Only items run on from the line above to the word's line."""
    if not has_the(head) or head.lemma_.casefold() not in lexicon.words("media_nouns"):
        return None
    return paper_over_item(index, head)


def paper_over_item(index: EntityIndex, token: Token, lead_in: bool = True) -> Entity | None:
    """The paper heading, or (with `lead_in`) named alone by the lead-in over, the press
    review's item that holds the token (see `heading_paper`)."""
    doc, text = token.doc, doc_text(token.doc)
    top = item_start(token)
    if top < 0:
        return None
    while top and text[text.rfind("\n", 0, top - 1) + 1 : top].lstrip()[:1] in BULLETS:
        top = text.rfind("\n", 0, top - 1) + 1
    above = next((s for at, s in _headings(text, index) if at == top - 1), None)
    if above is not None:
        return above.entity
    lead = text.rfind("\n", 0, top - 1) + 1
    if not lead_in or not text[lead:top].rstrip().endswith(":"):
        return None
    # "in Rodong Sinmun and Minju Joson": a review of two papers is neither's alone.
    papers = {
        e if not any(c.dep_ == "conj" for c in children_of(t)) else None
        for t in doc
        if lead <= t.idx < top
        and t.dep_ == "pobj"
        and t.head.lower_ == "in"
        and (e := index.entity_at(t)) is not None
        and e.kind is EntityKind.ORGANIZATION
    }
    return next(iter(papers)) if len(papers) == 1 else None


def find_sources(
    doc: Doc,
    index: EntityIndex,
    publisher: str | None = None,
    body_named_by: BodyNamedBy | None = None,
) -> SourceIndex:
    """Sources credited in each sentence of a parsed article, and the article's own source;
    `body_named_by` reads the body a definite common noun that speaks names again."""
    text = doc_text(doc)
    dateline = find_dateline_under_headline(text)
    default: tuple[Source, ...] = ()
    if dateline is not None:
        default = (Source(dateline.agency.name, dateline.agency),)
    elif publisher:
        name, kind, _ = canonical_name(publisher, EntityKind.ORGANIZATION)
        default = (Source(name, Entity(kind, name)),)
    tracker = _Tracker(index, default, body_named_by)
    by_sentence = {}
    full_text_by: list[Source] = []
    openings = {start: opening for start, *opening in full_text_openings(doc, text)}
    headings = _headings(text, index)
    lead: list[Source] = []
    for number, sentence in enumerate(
        s for s in doc_sentences(doc) if s.end_char > (dateline.end if dateline else 0)
    ):
        own = _credited(sentence, tracker)
        # An article that opens with what a source said ("A spokesman ... said on Oct. 18
        # that ...") goes on in that source's account where a sentence credits no one else.
        if number == 0:
            lead = [s for s in own if s.label.casefold() in lexicon.words("source_nouns")]
            lead = lead or _issuing_source(sentence, tracker)
            # "Rodong Sinmun stresses in an editorial that ...": the article relays the paper's
            # piece, whose words, and those it quotes, reach the reader through the paper too.
            relayed = [s for s in own if s.is_entity and _in_a_piece(sentence)]
            default = (*_piece_publishers(sentence, tracker), *relayed, *default)
        credited = [*full_text_by, *(own or lead)]
        heading = next((s for at, s in reversed(headings) if at < sentence.end_char), None)
        if heading is not None:
            credited.insert(0, heading)
        opening = openings.get(sentence.start)
        if opening is not None and opening[1] > (dateline.end if dateline else 0):
            # A text given in full (a press statement, a message) is its giver's words, to
            # the end of the article.
            giver = _introducer(sentence, opening[0], tracker)
            if giver is not None:
                full_text_by = [giver]
                credited.insert(0, giver)
        by_sentence[sentence.start] = _with_reporter(list(dict.fromkeys(credited)), default)
    by_sentence = _quoted_on(doc, text, by_sentence)
    return SourceIndex(MappingProxyType({k: v for k, v in by_sentence.items() if v}), default)


def _quoted_on(
    doc: Doc, text: str, by_sentence: dict[int, tuple[Source, ...]]
) -> dict[int, tuple[Source, ...]]:
    """A quotation of several sentences is the words of whom the sentence that closes it
    credits: "“I phoned the hotline. I spoke to the gentleman. ... I did my bit,” he added."
    A quotation that opens the sentence after another's close and credits no one goes on in
    the same voice ("“We don't know what we are confronting,” Sarmiento said. “We don't
    know if it's a virus.”"). The sentences of a quotation that credit no one are credited
    so."""
    sentences = [s for s in doc_sentences(doc) if s.start in by_sentence]
    filled = dict(by_sentence)
    last: tuple[Source, ...] = ()
    last_closing = -2
    for quote in QUOTED.finditer(text):
        spanned = [
            i
            for i, s in enumerate(sentences)
            if s.start_char < quote.end() and quote.start() < s.end_char
        ]
        if not spanned:
            continue
        credit = by_sentence[sentences[spanned[-1]].start]
        opening = sentences[spanned[0]]
        # Speech goes on in a quotation that opens its sentence, not in a phrase quoted
        # within one ("referred to defectors as “human trash”").
        opens = not text[opening.start_char : quote.start()].strip()
        if not credit and opens and spanned[0] <= last_closing + 1:
            credit = last
        for i in spanned:
            if not by_sentence[sentences[i].start]:
                filled[sentences[i].start] = credit
        last, last_closing = credit, spanned[-1]
    return filled
