"""What every extractor may read besides the parse: the article and what was resolved in it."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from decimal import Decimal
from typing import Any, TypeVar

from spacy.tokens import Doc, Span, Token

from kg import lexicon
from kg.extract.referents import body_named_by
from kg.extract.syntax import (
    OF,
    held_participles,
    is_to_infinitive,
    modality,
    own_tokens,
    prepositional_objects,
)
from kg.model import Article, Entity, EntityKind, Mention, Modality, Source, TimeExpression
from kg.nlp import (
    asked_once,
    children_of,
    doc_lowers,
    doc_pos,
    doc_sentences,
    expanded_span,
    head_of,
    phrase_objects,
    remember_text,
    sentence_ending_after,
    sentence_of,
    span_root,
    token_span,
    token_starts,
)
from kg.resolve.attribution import SourceIndex, find_sources, full_text_openings
from kg.resolve.dateline import dateline_end as find_dateline_end
from kg.resolve.entities import EntityIndex, resolve_entities
from kg.resolve.places import PlaceResolution, resolve_places
from kg.temporal import find_time_expressions, refers_back

T = TypeVar("T")

ATTACHED = Decimal("0.9")
NARRATIVE = Decimal("0.6")
# How far from its publication a day a report tells of may lie (a monthly review's days).
RECENT_DAYS = 45
# "the 2024 Asian Table Tennis Championships": a year before a name is part of the name.
NAME_PARTS = frozenset({"compound", "amod", "nmod", "poss", "nummod"})
# What can date an event: "for three days" and "every Saturday" say how long or how often.
POINTS = frozenset({"DATE", "TIME"})
VERBAL = frozenset({"VERB", "AUX"})
SUBORDINATE_CLAUSES = frozenset({"ccomp", "relcl", "acl", "advcl", "xcomp", "pcomp"})
UNREALISED = frozenset({Modality.PLANNED, Modality.POSSIBLE})
PRESENT = frozenset({"VBZ", "VBP"})
IN = frozenset({"in"})
AUXILIARIES = frozenset({"aux", "auxpass"})
RANGE_LINKS = frozenset({"to", "till", "until", "through", "-", "–"})
# Relative adverbs whose clause tells what happened at the time or place it describes.
FRAMING_WORDS = frozenset({"when", "where"})
SUBJECTS = frozenset({"nsubj", "nsubjpass"})
# The forms of a verb of trying that tell of an attempt made: "sought", "has tried" (not "is
# striving to send freights as soon as possible", still under way).
TRIED_FORMS = frozenset({"VBD", "VBN"})
RELATIVE_TAGS = frozenset({"WDT", "WP", "WP$", "WRB"})


@dataclass(frozen=True, slots=True)
class Context:
    """One article's resolved entities, time expressions and credited sources."""

    article: Article
    entities: EntityIndex
    times: tuple[TimeExpression, ...]
    sources: SourceIndex
    dateline_end: int = 0
    places: PlaceResolution = field(default_factory=PlaceResolution)
    # Each text the article gives in full: the first token of the sentence introducing it,
    # where the introducing clause ends (a token) and where the text begins (a character).
    full_texts: tuple[tuple[int, int, int], ...] = ()
    # The times that modify a clause (see `_adverbial`): the only ones that date an event.
    adverbial_times: tuple[TimeExpression, ...] = ()
    # Where the times of subordinate clauses begin ("the treaty signed on June 19", "he
    # said that they met on May 3"): what a story recalls, not the day it goes on from.
    recalled_times: frozenset[int] = frozenset()
    # Where the times that date an event a noun names begin ("the talks in April"): what a
    # commentary mentions, not the month it goes on from.
    event_noun_times: frozenset[int] = frozenset()
    # The calendar times that premodify a word, by the index of the word they date ("the Feb.
    # 23 accord", "the October 1998 shooting"): see `_premodified`.
    premodifying_times: tuple[tuple[int, TimeExpression], ...] = ()
    # The adverbial points in time after the dateline, each with the index of the token it
    # begins at (None where no token begins there): what `_attached` reads for every verb.
    adverbial_points: tuple[tuple[int | None, TimeExpression], ...] = ()
    # What an extractor found in this article, by its name, for another extractor that reads
    # it (the events extractor leaves to statements and orders the sentences they tell): each
    # is computed once per article, whichever asks first.
    found: dict[str, tuple[Any, ...]] = field(default_factory=dict, compare=False, repr=False)
    # The mentions made of the article's text, by their character range: the extractors ask
    # for the same sentences and phrases several times an article.
    made_mentions: dict[tuple[int, int], Mention] = field(
        default_factory=dict, init=False, compare=False, repr=False
    )

    def remember(self, name: str, compute: Callable[[], Iterable[T]]) -> tuple[T, ...]:
        """What `compute` gives for this article, computed the first time `name` is asked."""
        if name not in self.found:
            self.found[name] = tuple(compute())
        return self.found[name]

    @classmethod
    def build(cls, doc: Doc, article: Article) -> Context:
        remember_text(doc, article.text)  # the doc is the parse of the article's text
        found = resolve_entities(doc, article.id)
        places = resolve_places(doc, found)
        entities = found.renamed(places.names)
        times = tuple(find_time_expressions(doc, article.id, article.published))
        adverbial = tuple(time for time in times if _adverbial(doc, time))
        dateline_end = find_dateline_end(article.text) or 0
        starts = token_starts(doc)
        return cls(
            article=article,
            entities=entities,
            times=times,
            sources=find_sources(doc, entities, article.publisher, body_named_by),
            dateline_end=dateline_end,
            places=places,
            full_texts=tuple(full_text_openings(doc, article.text)),
            adverbial_times=adverbial,
            recalled_times=frozenset(t.mention.start for t in times if _recalled(doc, t)),
            event_noun_times=frozenset(t.mention.start for t in times if _of_event_noun(doc, t)),
            premodifying_times=tuple(_premodifying(doc, times)),
            adverbial_points=tuple(
                (starts.get(time.mention.start), time)
                for time in adverbial
                if time.mention.start >= dateline_end and time.timex_type in POINTS
            ),
        )

    def mention(self, span: Span) -> Mention:
        start, end = span.start_char, span.end_char
        found = self.made_mentions.get((start, end))
        if found is None:
            # The article's text, sliced: `span.text` joins the span's tokens one by one. A
            # sentence ended by a blank line holds the line's whitespace, which no mention quotes.
            text = self.article.text[start:end]
            lead = len(text) - len(text.lstrip())
            text = text.strip()
            mention = Mention(self.article.id, start + lead, start + lead + len(text), text)
            found = self.made_mentions[span.start_char, end] = mention
        return found

    def dateline_place(self) -> Entity | None:
        """The place the dateline names first: the city a wire article's "here" stands for."""
        return next(
            (
                m.entity
                for m in self.entities.mentions
                if m.entity.kind is EntityKind.PLACE and m.mention.start < self.dateline_end
            ),
            None,
        )

    def sources_for(self, token: Token) -> tuple[Source, ...]:
        return self.sources.for_sentence(sentence_of(token))

    def dated(self, verb: Token) -> tuple[TimeExpression | None, Decimal | None]:
        """When the verb's event happened, and how sure that is.

        A time expression attached to the verb's own clause dates it; else the nearest
        preceding calendar day of the narrative does, with lower confidence; else, for an
        article's opening event, the first day its paragraph names after the verb ("met the
        players who won the World Cup at the headquarters on September 30", where the parse
        hangs the date on another word). A clause coordinated with a dated one ("visited the
        factory in August 2014 and indicated the ways") takes that clause's time, unless the
        narrative's day falls within it and so says more ("made an analysis of the affairs
        so far this year and specified the tasks", told of September 9).
        """
        attached = (
            self._attached(verb)
            or self._framed(verb)
            or self._premodified(verb)
            or self._tried(verb)
        )
        press = self._press_day(verb)
        if attached is not None and press is not None and not _modifies(verb, attached):
            # "Minju Joson in a commentary calls upon the youth to end this year with success":
            # the year is what the commentary is about, not the day it appeared.
            attached = None
        if attached is not None:
            if refers_back(attached) and _modifies(verb, attached):
                # "At that time he advanced ...": the time last spoken of; not "the
                # population at the time", which says when the population was counted.
                spoken = self._spoken_of_before(attached)
                if spoken is not None:
                    return spoken, NARRATIVE
            return attached, ATTACHED
        if press is not None:
            return press, NARRATIVE
        then = self._then(verb)
        if then is not None:
            return then, NARRATIVE
        told, confidence = self._narrative(verb)
        shared = self._coordinated(verb)
        if shared is not None and not (told is not None and _says_more(told, shared)):
            return shared, ATTACHED
        return told, confidence

    def act_dated(self, verb: Token) -> tuple[TimeExpression | None, Decimal | None]:
        """When the act the verb tells of was done (see `dated`): a plan, a wish or a habit
        was done on no day of the story, only on a time its own clause names."""
        time, confidence = self.dated(verb)
        if confidence != ATTACHED:
            scene = self._scene(verb)
            if scene is not None:
                return scene, NARRATIVE
        if confidence != ATTACHED and not_done_then(verb) and self._press_day(verb) is None:
            return None, None
        return time, confidence

    def _scene(self, verb: Token) -> TimeExpression | None:
        """The past time a paragraph opens with, in a sentence of no verb, for a clause in
        the present tense of that paragraph: a broadcast tells history in the present ("Atlanta
        nineteen ninety-six. A bomb blast shocks the Olympic games. One person is killed.")."""
        published = self.article.published
        if published is None or not any(
            served.tag_ in PRESENT
            or any(c.dep_ in AUXILIARIES and c.tag_ in PRESENT for c in children_of(served))
            for served in _served(verb)
        ):
            return None
        text = self.article.text
        paragraph_start = text.rfind("\n", 0, verb.idx) + 1
        opening = sentence_ending_after(verb.doc, paragraph_start)
        if opening is None or opening.end_char > verb.idx:
            return None
        pos = doc_pos(verb.doc)
        verb_end = sentence_of(verb).end_char
        if (
            any(pos[i] in VERBAL for i in range(opening.start, opening.end))
            # "And just last month, an off duty policeman is killed": a time told since.
            or any(opening.end_char <= time.mention.start < verb_end for time in self.times)
        ):
            return None
        return next(
            (
                time
                for time in self.times
                if opening.start_char <= time.mention.start < opening.end_char
                and time.timex_type in POINTS
                and isinstance(day := time.calendar_date(), str | dt.date)
                and str(day)[:4].isdigit()
                and int(str(day)[:4]) < published.year
            ),
            None,
        )

    def _narrative(self, verb: Token) -> tuple[TimeExpression | None, Decimal | None]:
        """The day the story goes on from at the verb (see `dated`)."""
        before = [
            time
            for time in self.adverbial_times
            if self.dateline_end <= time.mention.start < verb.idx
        ]
        past = verb.tag_ == "VBD"
        # "at night" after "One day in May 2022" is a night of that month: a day of no known
        # month says less than the month before it.
        days = [
            time
            for time in before
            if time.day is not None
            and not _monthless(time)
            # "had been scheduled to expire at midnight Friday" (a day ahead of publication):
            # what was done the story tells of no day yet to come.
            and not (past and self._after_publication(time))
        ]
        told = [time for time in days if time.mention.start not in self.recalled_times]
        # The parse often hangs a report's day on a participle ("oversaw a test organized by
        # the institute on August 24"); but a day of another season that only a subordinate
        # clause recalls ("the troupe organized on September 27, 1969", "AUKUS, fabricated on
        # September 15, 2021") is history, no day a history or a commentary goes on from.
        told = told or [time for time in days if self._recent(time)]
        if told:
            # "There took place meetings from August 27 to September 9": what the story goes
            # on to tell happened on some day of the period, not on its last.
            return (None, None) if self._ends_range(told[-1]) else (told[-1], NARRATIVE)
        # A story told of a month ("One day in November 2015, he visited ...") has no day to
        # go by; a month mentioned after a day is more likely an aside than the story's time.
        months = [
            time
            for time in before
            if time.month is not None
            and (time.mention.start not in self.recalled_times or self._recent(time))
            and time.mention.start not in self.event_noun_times
        ]
        if months:
            return months[-1], NARRATIVE
        # "One day of the hottest period of summer in 2016, he visited a factory": a story of a
        # past year told by its year or season; the year of publication says nothing of a day,
        # nor does a comparison ("1.3 times as against the same period of last year").
        periods = [
            time
            for time in before
            if isinstance(year := time.calendar_date(), str)
            and year[:4] in time.mention.text
            and self.article.published is not None
            and int(year[:4]) < self.article.published.year
            and time.mention.start not in self.recalled_times
            and time.mention.start not in self.event_noun_times
        ]
        if periods:
            return periods[-1], NARRATIVE
        paragraph_end = self.article.text.find("\n", verb.idx)  # not doc.text, rebuilt per call
        after = [
            time
            for time in self.adverbial_times
            if verb.idx < time.mention.start
            and (paragraph_end < 0 or time.mention.start < paragraph_end)
            and time.day is not None
        ]
        return (after[0], NARRATIVE) if after else (None, None)

    def _spoken_of_before(self, time: TimeExpression) -> TimeExpression | None:
        """The last calendar time the text names before `time`, after the dateline: what
        "at that time" refers to ("in a speech six weeks ago, saying at the time")."""
        return next(
            (
                earlier
                for earlier in reversed(self.times)
                if self.dateline_end <= earlier.mention.start < time.mention.start
                and earlier.timex_type in POINTS
                and earlier.calendar_date() is not None
            ),
            None,
        )

    def _after_publication(self, time: TimeExpression) -> bool:
        """The time names a day after the article's publication."""
        day = time.calendar_date()
        published = self.article.published
        return isinstance(day, dt.date) and published is not None and day > published

    def _times_at(self, token: Token) -> list[TimeExpression]:
        """The times whose mention holds the token."""
        return [t for t in self.times if t.mention.start <= token.idx < t.mention.end]

    def _framed(self, verb: Token) -> TimeExpression | None:
        """The time of the frame a clause that names none of its own is told in: the time a
        "when" clause describes ("since 2017, when a general was killed"), the clause of the
        place a "where" clause describes ("arrived in Junction City on April 14, where he sold
        his car"), the time of the "when" clause the verb's own clause is told in ("When the
        Bolsheviks sought to enforce control in the early 1920s, Dagestan became ..."), and the
        occasion its subject's relative clause dates ("the General Secretary, who inspected the
        nursery on November 10, 2014, bestowed deep trust on it")."""
        children = list(children_of(verb))
        if verb.dep_ == "relcl" and _contact_clause(children):
            # "and the following year he was appointed": the parse makes the clause describe
            # the time that opens it, which is the clause's own time.
            described = next(
                (t for t in self._times_at(head_of(verb)) if t.calendar_date() is not None), None
            )
            if described is not None:
                return described
        if verb.dep_ == "relcl" and any(
            c.dep_ == "advmod" and c.lower_ in FRAMING_WORDS for c in children
        ):
            head = head_of(verb)
            described = next((t for t in self._times_at(head) if t.timex_type in POINTS), None)
            if described is not None:
                return described
            if head.dep_ == "pobj" and head_of(head_of(head)).pos_ in VERBAL:
                return self._attached(head_of(head_of(head)))
        for clause in children:
            if clause.dep_ == "advcl" and any(
                c.lower_ == "when" and c.dep_ in {"advmod", "mark"} for c in children_of(clause)
            ):
                framing = [clause, *(c for c in children_of(clause) if c.dep_ == "xcomp")]
                found = next((t for c in framing if (t := self._attached(c)) is not None), None)
                if found is not None:
                    return found
        return next(
            (
                time
                for subject in children
                if subject.dep_ in SUBJECTS
                for clause in children_of(subject)
                if clause.dep_ == "relcl"
                and (time := self._attached(clause)) is not None
                and isinstance(time.calendar_date(), dt.date)
            ),
            None,
        )

    def dateline_dated(self, verb: Token) -> tuple[TimeExpression | None, Decimal | None]:
        """The dateline's day, for the verb of the article's opening sentence: what "Pyongyang,
        October 14 (KCNA) -- An analyst issued the following article" gives in full was issued
        the day the article is datelined."""
        sentence = sentence_of(verb)
        if self.article.text[self.dateline_end : sentence.start_char].strip():
            return None, None
        day = self._dateline_day()
        return (day, NARRATIVE) if day is not None else (None, None)

    def _dateline_day(self) -> TimeExpression | None:
        """The day the dateline names ("Pyongyang, October 19 (KCNA) --")."""
        return next(
            (
                time
                for time in self.times
                if time.mention.end <= self.dateline_end and time.day is not None
            ),
            None,
        )

    def _press_day(self, verb: Token) -> TimeExpression | None:
        """The dateline's day, for what a newspaper or a piece of it says in the present
        tense: a press review tells what the day's papers carry ("Leading newspapers here deal
        with", "Rodong Sinmun in an editorial says", "An article stresses")."""
        if verb.tag_ not in PRESENT or not self.dateline_end:
            return None
        speakers = [c for c in children_of(verb) if c.dep_ == "nsubj"]
        if not speakers:
            return None
        pieces = lexicon.words("publication_nouns")
        media = lexicon.words("media_nouns")
        # "Rodong Sinmun in an editorial says": the paper, named, speaks through its piece; not
        # "the secretaries, in an article they contribute to the press".
        carried = all(s.pos_ == "PROPN" for s in speakers) and any(
            n.lemma_.casefold() in pieces for w in (verb, *speakers) for n in phrase_objects(w, IN)
        )
        # "Article 9 of the Constitution stipulates": a numbered article is a law's.
        published = any(
            (s.lemma_.casefold() in pieces or s.lemma_.casefold() in media)
            and not any(c.dep_ == "nummod" for c in children_of(s))
            for s in speakers
        )
        if not (carried or published):
            return None
        return self._dateline_day()

    def _premodified(self, verb: Token) -> TimeExpression | None:
        """The calendar time that premodifies the word, or the noun a participle qualifies:
        "the October 1998 shooting death", "the Feb. 23 accord signed by Annan and Aziz"."""
        if not self.premodifying_times:
            return None
        words = {verb.i}
        if verb.dep_ == "acl" and verb.head.i < verb.i:
            words.add(verb.head.i)
        return next((time for i, time in self.premodifying_times if i in words), None)

    def _tried(self, verb: Token) -> TimeExpression | None:
        """The time of the infinitive a verb of trying or an implicative verb governs: "the
        Bolsheviks sought to enforce control in the early 1920s", "continued to build it in
        2015" (`attempting_verbs.txt`, `implicative_heads.txt`)."""
        lemma = verb.lemma_.casefold()
        # "We will continue to make efforts": what is yet to be tried took place on no day.
        if verb.tag_ not in TRIED_FORMS or not (
            lemma in lexicon.words("attempting_verbs")
            or lemma in lexicon.words("implicative_heads")
        ):
            return None
        return next(
            (
                time
                for c in verb.children
                if c.dep_ == "xcomp"
                and any(a.dep_ == "aux" and a.lower_ == "to" for a in c.children)
                and (time := self._attached(c)) is not None
                and time.value[:1].isdigit()
            ),
            None,
        )

    def _then(self, verb: Token) -> TimeExpression | None:
        """A sentence that opens with "then" (and the clauses that serve its verb) goes on from
        the last calendar time of the sentence before, even one a subordinate clause recalls:
        "had not been allowed to carry out an inspection since Jan. 13. Then the government
        stopped providing escorts"."""
        sentence = sentence_of(verb)
        # Most sentences open with another word: the verbs it serves are not looked for.
        if doc_lowers(verb.doc)[sentence.start] != "then" or not any(
            c.dep_ == "advmod" and c.lower_ == "then" and c.i == sentence.start
            for served in _served(verb)
            for c in children_of(served)
        ):
            return None
        sentences = doc_sentences(verb.doc)
        before = next((s for s in sentences if s.end == sentence.start), None)
        if before is None:
            return None
        times = [
            time
            for time in self.times
            if before.start_char <= time.mention.start < before.end_char
            and time.timex_type in POINTS
            and time.calendar_date() is not None
        ]
        return times[-1] if times else None

    def _ends_range(self, time: TimeExpression) -> bool:
        """The day ends a period the text names ("from August 27 to September 9")."""
        text = self.article.text
        earlier = [t for t in self.times if t.mention.end <= time.mention.start]
        if not earlier:
            return False
        start = earlier[-1].mention
        between = text[start.end : time.mention.start].strip().casefold()
        # Only the words just before count: the text before them is not copied and folded.
        end = start.start
        while end > 0 and text[end - 1].isspace():
            end -= 1
        opening = text[max(0, end - len("between")) : end].casefold()
        return (between in RANGE_LINKS and opening.endswith("from")) or (
            between == "and" and opening.endswith("between")
        )

    def _recent(self, time: TimeExpression) -> bool:
        """The day is news at the article's publication, not history."""
        day = time.calendar_date()
        published = self.article.published
        if day is None or published is None:
            return True
        if isinstance(day, str):  # a month or a year: news of the year published
            return day[:4] == str(published.year)
        return abs((published - day).days) <= RECENT_DAYS

    def _attached(self, verb: Token) -> TimeExpression | None:
        """The first point in time the verb's own clause names, a calendar one first: in
        "One day of summer in 2016, he visited a factory" the visit was in 2016."""
        own = own_tokens(verb)
        points = [time for i, time in self.adverbial_points if i in own]
        points = points or self._occasion_times(verb)
        return next(
            (time for time in points if time.calendar_date() is not None),
            points[0] if points else None,
        )

    def _occasion_times(self, verb: Token) -> list[TimeExpression]:
        """The times of the occasion the verb's act took place at: "the law was adopted at
        the session held in September 2012", "in the finals held on October 13, she won",
        "decided at last year's summit"."""
        prepositions = lexicon.words("occasion_prepositions")
        occasions = phrase_objects(verb, prepositions)
        # "decided at last year's Madrid summit": the day or year the occasion's name says;
        # not for a gerund or a present ("a consultant not working for any candidate in next
        # week's election"), which tell of no act done at the occasion.
        acted = verb.tag_ != "VBG" and verb.tag_ not in PRESENT
        owners = [c.idx for o in occasions if acted for c in children_of(o) if c.dep_ == "poss"]
        # Most occasions have no owner: the article's times are not read for none.
        owned = [
            time
            for time in (self.times if owners else ())
            if time.timex_type in POINTS
            and any(time.mention.start <= i < time.mention.end for i in owners)
        ]
        if owned:
            return owned
        # "at the Sixth Session of the Supreme People's Assembly of the DPRK held in ...":
        # the parse hangs the participle on the last noun of the name.
        named: list[Token] = []
        while occasions:
            occasion = occasions.pop()
            named.append(occasion)
            occasions += [
                n for of in children_of(occasion) if of.lower_ == "of" for n in children_of(of)
            ]
        held = held_participles(named)
        if not held:
            return []
        starts = token_starts(verb.doc)
        own = frozenset().union(*(own_tokens(participle) for participle in held))
        return [
            time
            for time in self.adverbial_times
            if starts.get(time.mention.start) in own and time.timex_type in POINTS
        ]

    def _coordinated(self, verb: Token) -> TimeExpression | None:
        """The time of the verb a clause is coordinated with, when it names none of its own:
        in "visited the factory in August 2014 and indicated the ways", the ways were
        indicated in August 2014, not on the day the story goes on from."""
        while (
            (verb.dep_ == "conj" or _done_in_passing(verb))
            and verb.pos_ in VERBAL
            and head_of(verb).pos_ in VERBAL
        ):
            verb = head_of(verb)
            framed = self._framed(verb)
            if framed is not None:
                return framed
            found = self._attached(verb)
            # Only a time that modifies the verb itself: "set a goal of increasing the area
            # next year and is taking measures" takes the measures now.
            if found is not None and _modifies(verb, found):
                return found
        return None


def not_done_then(verb: Token) -> bool:
    """The clause tells of no act done on a day of the story, so the story's day dates nothing:
    a plan, a wish or a possibility ("who will always march", "the determination to give
    continuity", "could demonstrate"), a habit ("whenever he visited", "often promise"), or
    what is so by now ("ceremonies have taken place at hundreds of farms", "are held
    responsible"). A clause without a subject of its own is what the clause it serves is."""
    return intended(verb) or any(
        modality(served) in UNREALISED
        or _habitual(served)
        or served.tag_ in PRESENT
        or (
            served.tag_ == "VBN"
            and any(c.dep_ in AUXILIARIES and c.tag_ in PRESENT for c in children_of(served))
        )
        # "fish should be raised and supplied": what is needed, not what was done
        or any(
            c.dep_ == "aux" and c.lower_ in lexicon.words("obligation_words")
            for c in children_of(served)
        )
        for served in _served(verb)
    )


def intended(verb: Token) -> bool:
    """The clause is, or serves, an infinitive of what is wished, planned or needed ("the
    desire to build", "decided to build", "important to find out"), not one of what was done
    ("continued to build", "was able to visit", "visited the site to guide the builders")."""
    infinitive = _served(verb)[-1]
    return (
        is_to_infinitive(infinitive)
        and not _done_in_passing(infinitive)
        and head_of(infinitive).lemma_.casefold() not in lexicon.words("implicative_heads")
    )


def _served(verb: Token) -> tuple[Token, ...]:
    """The verb and the verbs it serves without a subject or an auxiliary of its own ("to
    build hospitals and promoting health": promoting serves build; "often promise ... while
    talking": talking serves promise), up to an infinitive."""
    # Kept per verb and doc: a verb's date asks it three or four times (`_then`, `intended`,
    # `not_done_then`).
    return asked_once(verb, "served verbs", _serving_chain)


def _serving_chain(verb: Token) -> tuple[Token, ...]:
    chain = [verb]
    while not any(c.dep_ == "aux" and c.lower_ == "to" for c in children_of(verb)) and (
        (verb.dep_ in {"conj", "xcomp"} or (verb.dep_ == "advcl" and verb.tag_ == "VBG"))
        and verb.pos_ in VERBAL
        and head_of(verb).pos_ in VERBAL
        and not any(c.dep_ in {"nsubj", "nsubjpass", "aux", "auxpass"} for c in children_of(verb))
    ):
        verb = head_of(verb)
        chain.append(verb)
    return tuple(chain)


def _habitual(verb: Token) -> bool:
    """The clause tells of a habit: "whenever he visited", "they often promise"."""
    return any(
        (c.dep_ == "advmod" and c.lower_ in lexicon.words("habitual_adverbs"))
        or (c.dep_ in {"mark", "advmod"} and c.lower_ in lexicon.words("habitual_marks"))
        for c in children_of(verb)
    )


def _says_more(told: TimeExpression, shared: TimeExpression) -> bool:
    """The narrative's time falls within the shared one and is more precise: a day of "this
    year", not the month "in June next year" that is itself the narrative's last time."""
    return told.value.startswith(shared.value) and len(told.value) > len(shared.value)


def _done_in_passing(verb: Token) -> bool:
    """A clause of purpose or an adjoined participle, with no subject or conjunction of its
    own: "visited the power station several times to guide the builders", "paid a visit to
    the command, providing guidelines" happen when the verb they hang on does ("after
    visiting", "while staying" tell a time of their own)."""
    if verb.dep_ != "advcl" or any(
        c.dep_ in {"nsubj", "nsubjpass", "mark", "prep"} for c in children_of(verb)
    ):
        return False
    return is_to_infinitive(verb) or (verb.tag_ == "VBG" and verb.i > head_of(verb).i)


def _contact_clause(children: list[Token]) -> bool:
    """A relative clause with a subject of its own and no relative word ("the year he was
    appointed")."""
    return any(c.dep_ in SUBJECTS for c in children) and not any(
        c.tag_ in RELATIVE_TAGS or c.lower_ == "that" for c in children
    )


def _modifies(verb: Token, time: TimeExpression) -> bool:
    """The time is a phrase of the verb's own ("on Monday", "last year", "in August 2014"),
    not of one of its objects."""
    span = expanded_span(verb.doc, time.mention.start, time.mention.end)
    if span is None:
        return False
    root = span_root(span)
    return root.head == verb or (root.dep_ == "pobj" and root.head.head == verb)


def _of_event_noun(doc: Doc, time: TimeExpression) -> bool:
    """The time is in a phrase of a noun that names an event: "the talks in April"."""
    span = expanded_span(doc, time.mention.start, time.mention.end)
    if span is None or span_root(span).dep_ != "pobj":
        return False
    noun = span_root(span).head.head
    return noun.pos_ == "NOUN" and noun.lemma_.casefold() in lexicon.mapping("event_nouns")


def _recalled(doc: Doc, time: TimeExpression) -> bool:
    """The time is in a clause below the sentence's own: reported, relative or participial."""
    span = expanded_span(doc, time.mention.start, time.mention.end)
    # The first word too: "organized on September 27, Juche 58 (1969)" is parsed with its
    # year in apposition to the noun the participle qualifies.
    return span is not None and any(
        a.dep_ in SUBORDINATE_CLAUSES and not _adjoined(a)
        for word in (span_root(span), span[0])
        for a in word.ancestors
        if a.pos_ in {"VERB", "AUX"}
    )


def _adjoined(verb: Token) -> bool:
    """A participle adjoined to its clause, with no subject or conjunction of its own: what
    "Giving field guidance at the university in September 2018, he said" tells of happened
    when the clause did."""
    return (
        verb.dep_ == "advcl"
        and verb.tag_ in {"VBG", "VBN"}
        and not any(c.dep_ in {"nsubj", "nsubjpass", "mark"} for c in children_of(verb))
    )


def _dates_a_noun(root: Token) -> bool:
    """A date in brackets after a noun says when that happened ("after the liberation of
    Korea (August 15, 1945)"); a day of the press review lists the papers ("news items in
    the newspapers on Tuesday"): neither is the time of the clause."""
    head = root.head
    if root.dep_ == "appos":
        before = root.doc[root.left_edge.i - 1] if root.left_edge.i > 0 else None
        return (
            before is not None
            and before.text == "("
            and head.pos_ in {"NOUN", "PROPN"}
            and head.ent_type_ not in POINTS
        )
    return (
        root.dep_ == "pobj"
        and head.dep_ == "prep"
        and head.head.lemma_.casefold() in lexicon.words("news_listing_nouns")
    )


def _a_noun_of_time(root: Token, time: TimeExpression) -> bool:
    """A word of time used as a noun: joined to a name's part ("the meeting and evening
    gala"), or owned without a date ("masters of its future")."""
    return (root.dep_ == "conj" and root.head.dep_ in NAME_PARTS) or (
        time.calendar_date() is None and any(c.dep_ == "poss" for c in children_of(root))
    )


def _adverbial(doc: Doc, time: TimeExpression) -> bool:
    """A time that modifies a clause ("on June 10"), not a name ("the April 25 Hostel") nor
    the occasion of what happens ("visited families on Wednesday on the occasion of the
    V-Day", "greeting the Day of the Sun")."""
    span = expanded_span(doc, time.mention.start, time.mention.end)
    if span is None:
        return True
    root = span_root(span)
    if root.dep_ in NAME_PARTS or _dates_a_noun(root) or _a_noun_of_time(root, time):
        return False
    occasions = lexicon.words("occasion_words")
    head = root.head.head if root.dep_ == "pobj" and root.head.lower_ == "of" else root.head
    return not (
        (root.dep_ == "pobj" and head is not root.head and head.lemma_.casefold() in occasions)
        or (root.dep_ == "dobj" and head.lemma_.casefold() in occasions)
    )


def _premodifying(
    doc: Doc, times: tuple[TimeExpression, ...]
) -> Iterator[tuple[int, TimeExpression]]:
    """The calendar times that premodify a word, each with the word's index: a date in a
    common noun's modifiers before it ("the Feb. 23 accord"), or one between a determiner and
    the word ("the October 1998 shooting death", which the parse may hang elsewhere); not a
    date in a name ("the April 25 Hostel"), nor the value of a noun of time ("the Nov. 1
    deadline", `time_nouns.txt`).
    """
    for time in times:
        if time.timex_type not in POINTS or time.calendar_date() is None:
            continue
        span = token_span(doc, time.mention.start, time.mention.end)
        if span is None:
            continue
        root = span_root(span)
        if root.dep_ in NAME_PARTS and root.head.i >= span.end and root.head.pos_ == "NOUN":
            word = root.head
        elif (
            span.start > 0
            and span.end < len(doc)
            and doc[span.start - 1].tag_ == "DT"
            and doc[span.end].pos_ in {"NOUN", "VERB"}
        ):
            word = doc[span.end]
        else:
            continue
        if word.lemma_.casefold() not in lexicon.words("time_nouns"):
            yield word.i, time


def _monthless(time: TimeExpression) -> bool:
    """The value names a day of no known month ("XXXX-XX-XXTNI")."""
    return time.value.startswith("XXXX-XX")


def counted_members(index: EntityIndex, heads: list[Token]) -> list[Token]:
    """The members that a count names in its "of" phrase: "Millions of young people have
    turned out" (lexicon `multitude_nouns`), "three of the suspects fled", "some of the
    dealers said" (a number, or lexicon `member_quantifiers`): the group they belong to acts,
    or speaks ("hundreds of children marched ... chanting ``...''")."""
    counts = lexicon.union("multitude_nouns", "member_quantifiers")
    return [
        member
        for head in heads
        if (
            # A number that counts, not one of a date or a time of day.
            head.lower_ in counts or (head.tag_ == "CD" and head.ent_type_ not in POINTS)
        )
        and index.entity_at(head) is None
        for member in prepositional_objects(head, OF)
    ]
