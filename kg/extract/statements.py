"""Direct quotations: who said what, as `kg:Statement` events."""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from dataclasses import replace
from decimal import Decimal

from spacy.tokens import Doc, Span, Token

from kg import lexicon
from kg.extract import extractors
from kg.extract.context import IN, VERBAL, Context, counted_members
from kg.extract.orders import is_order_trigger
from kg.extract.referents import body_named_by
from kg.extract.syntax import (
    CLOSING_MARKS,
    OF,
    PLACE_PREPOSITIONS,
    QUOTATION,
    SUBJECTS,
    TO,
    WITH,
    children,
    entities_of,
    main_subject_before,
    office_body,
    own_tokens,
    place_of,
    prepositional_objects,
    quotations,
    sent_to,
    subjects,
    with_conjuncts,
)
from kg.model import Entity, EntityKind, Event, Mention, Source
from kg.nlp import (
    OPENING_MARKS,
    children_of,
    doc_deps,
    doc_pos,
    doc_sentences,
    doc_text,
    doc_tokens,
    head_of,
    sentence_of,
    span_tokens,
    token_starts,
    tokens_text,
)
from kg.resolve.attribution import (
    company_named_short,
    dated_name,
    full_text_opening,
    named_by_surname,
    received_from,
    reports_a_clause,
    source_label,
    state_of_body,
)
from kg.resolve.pronouns import person_named_since

SPEAKERS = (EntityKind.PERSON, EntityKind.ORGANIZATION)
# Who sends or issues a text: also a group ("a letter from the participants in the forum").
GIVERS = (*SPEAKERS, EntityKind.GROUP)
DIRECT = Decimal("0.8")
# The classes of `event_nouns` that name a gathering words may be said at ("a press
# conference", "the rally").
GATHERING_CLASSES = frozenset({"Meeting", "Reception", "Protest"})
INDIRECT = Decimal("0.6")
# The close of a wire text ("-0-"), which belongs to no passage it quotes.
END_MARK = re.compile(r"\s*-0-\s*$")
SPOKESPERSON_OF = frozenset({"for", "of"})
ADDRESSED = frozenset({"to"})
# Whom a statement is made to through a filing or an interview ("an interview with the BBC").
COUNTERPART = WITH | TO
ADDRESSEES = (EntityKind.PERSON, EntityKind.ORGANIZATION, EntityKind.GROUP)
SPOKEN_OF = frozenset({*ADDRESSEES, EntityKind.PLACE})
# The phrases of a reported clause's verb that name who else its act involves.
SPOKEN_OF_PREPOSITIONS = frozenset({"to", "with", "against", "by", "from"})
FIRST_PERSON = frozenset({"i", "me", "my"})
# The words a quoting verb and the quotation it reports may have between them: the speaker
# with a title, or a phrase ("asked in a strong dissent").
MAX_QUOTE_GAP = 12
# How a quoted phrase that names something, not words said, hangs on the clause around it.
QUOTED_NAMES = frozenset({"dobj", "pobj", "attr", "appos"})
# How what a speaker predicates of something hangs on the clause that says it.
PREDICATES = ("attr", "acomp", "oprd")
# How the parse hangs a speaker named after the words quoted on the quotation's own verb.
SPEAKER_AFTER_QUOTATION = ("nsubj", "dobj", "npadvmod", "appos")
# How a word that describes an object hangs on it.
ADJECTIVES = frozenset({"amod"})
SECOND_PERSON = frozenset({"you", "your"})
# The pronouns that stand for a speaker the article named before: not "it", which may stand
# for a text or a thing, nor "I" and "we", whose reporting verbs are inside a quotation
# ("like I said") and whose speaker is the quotation's.
PERSONAL = frozenset({"he", "she", "they"})
# A one-word quotation that opens a sentence and is closed by a comma or an exclamation:
# the word a reporting verb right after it says ("``Hallelujah,'' exclaimed Albright").
EXCLAMATION = re.compile(r"\s*(?:“|\"|``)([A-Za-z][\w'-]*)[,!](?:”|\"|'')")
# What may stand between such a quotation and its verb: the speaker ("he said", "said Lake").
MAX_EXCLAMATION_GAP = 3
# "a statement by the ministry"; "said in a statement".
ISSUED_BY = frozenset({"by"})
# "the press statement of Kim Yo Jong", "a statement by the ministry".
GIVEN_BY = frozenset({"of", "by"})
ISSUED_IN = frozenset({"in"})
ASKED = "ask"
PARTICIPLES = frozenset({"VBN", "VBD"})
# What ends a speaker named after the verb, before the words quoted.
FRONTED_MARKS = frozenset({",", ":"})
QUOTE_ENDS = " .,'\"”`"
# How many sentences back the story of a wreath or a floral basket may tell who sent it, before
# the words on its ribbon are read.
GIFT_STORY_SENTENCES = 4
NAME_NOUNS = frozenset({"name"})
FROM = frozenset({"from"})
# The marks that open a quotation, with the mark that closes it.
HEADED_MARKS = {"``": "''", "“": "”"}
HEADED_OPENING = re.compile("``|“")
RUNNING_MARKS = (*HEADED_MARKS.items(), ('"', '"'))


def _speaker_verb(sentence: Span) -> Iterator[Token]:
    tokens, pos = doc_tokens(sentence.doc), doc_pos(sentence.doc)
    for i in range(sentence.start, sentence.end):
        if pos[i] == "VERB" and (reports_speech(tokens[i]) or _characterises_in_quotes(tokens[i])):
            yield tokens[i]


def reports_speech(verb: Token) -> bool:
    """A reporting verb ("said"), or one that reports only with the clause or the words
    said."""
    return (
        verb.lemma_.casefold() in lexicon.words("reporting_verbs")
        or reports_a_clause(verb)
        or _quotes(verb)
    )


def _quotes(verb: Token) -> bool:
    """A verb that reports speech only with the words quoted beside it ("``Who was it?''
    Mendes asked", "Then he replied: ``No.''"), with no other verb between them: not a
    quotation another verb reports ("``It is under review,'' Holder said when asked"), nor a
    title or a name in quotation marks ("poems they wrote for Elian, dubbed ``boy hero''")."""
    if verb.lemma_.casefold() not in lexicon.words("quoting_verbs"):
        return False
    sentence = sentence_of(verb)
    pos = doc_pos(verb.doc)
    for begin, end, _ in quotations(sentence):
        if begin <= verb.idx < end:
            continue
        between = [
            t.i
            for t in sentence
            if t.i != verb.i and (end <= t.idx < verb.idx or verb.idx < t.idx < begin)
        ]
        if (
            len(between) <= MAX_QUOTE_GAP
            and not any(pos[i] in VERBAL for i in between)
            and not _held_by_another_verb(verb, sentence, begin, end)
        ):
            return True
    return False


def _characterises_in_quotes(verb: Token) -> bool:
    """A verb by which a speaker characterises something with words quoted as theirs that
    describe its object: "condemned the ``cowardly, criminal and tragic'' bombings"
    (lexicon `characterising_verbs`). The quotation holds all the object's adjectives, and
    nothing else of it. What the object is called ("called the plan ``a disaster''") is
    the events' reading (`kg.extract.events.characterisation`)."""
    if verb.lemma_.casefold() not in lexicon.words("characterising_verbs"):
        return False
    objects = children(verb, "dobj")
    for begin, end, _ in quotations(sentence_of(verb)):
        # A verb inside the quotation is the speaker's own word ("he ``strongly denounces
        # it''"), or a title's ("the press statement ``The DPRK denounces ...''").
        if begin <= verb.idx:
            continue
        inside = [t for o in objects for t in o.subtree if begin <= t.idx < end and not t.is_punct]
        # The noun after the quotation: before it, the quotation is what the object is called
        # ("called current market conditions ``highly competitive''").
        if (
            inside
            and any(o.idx >= end for o in objects)
            and all(
                begin <= t.head.idx < end
                or (t.dep_ in ADJECTIVES and t.head in objects and t.head.idx >= end)
                for t in inside
            )
        ):
            return True
    return False


def _held_by_another_verb(verb: Token, sentence: Span, begin: int, end: int) -> bool:
    """Whether a quotation is no words `verb` reports: a phrase in quotation marks that is an
    object ("crying for the ``guarantee of freedom''"), or one that hangs on another verb
    outside it ("Urging them to hold ``a fair auction,'' McCaw asked ...")."""
    pos = doc_pos(verb.doc)
    for token in sentence:
        if not begin <= token.idx < end:
            continue
        above = head_of(token)
        if not begin <= above.idx < end and token.dep_ in QUOTED_NAMES:
            return True
        while above.i != verb.i and above.i != head_of(above).i:
            if not begin <= above.idx < end and pos[above.i] in VERBAL:
                return True
            above = head_of(above)
    return False


def _quoted_by_another(verb: Token, quoted: list[tuple[int, int, str]]) -> bool:
    """Whether a reporting verb lies inside words quoted that a speaking verb outside them
    reports ("``Lee told me it is off,'' Park said": Park says it, Lee's telling is part of
    what Park says)."""
    if not any(begin <= verb.idx < end for begin, end, _ in quoted):
        return False
    above = verb
    while above.i != head_of(above).i:
        above = head_of(above)
        if reports_speech(above) and not any(b <= above.idx < e for b, e, _ in quoted):
            return True
    return False


def _speaking_subjects(verb: Token) -> list[Token]:
    """Who speaks: the subject of the verb, or of the reporting verb a participle goes on
    from where the parser hangs it on the clause reported ("The speakers noted that Kim Jong
    Un showed the highest trust, stressing that ...": the speakers stress)."""
    reported = verb.head
    if verb.dep_ == "advcl" and verb.tag_ == "VBG" and reported.dep_ == "ccomp":
        reporter = reported.head
        if reporter.lemma_.casefold() in lexicon.words("reporting_verbs"):
            return subjects(reporter)
    # "Rodong Sinmun Tuesday in an editorial says", "Rodong Sinmun Monday in an article
    # says": the parser hangs the paper's name on the day, the subject or a modifier of it.
    found = [dated_name(s) for s in subjects(verb)]
    # "``Hallelujah,'' exclaimed Albright": the parser takes the one word quoted for the
    # subject (or for no part of the clause), and the speaker after the verb for its object.
    tokens = doc_tokens(verb.doc)
    if (
        verb.i > 0
        and tokens[verb.i - 1].text in CLOSING_MARKS
        and all(tokens[s.i - 1].text in OPENING_MARKS for s in found if s.i > 0)
    ):
        return [o for o in children(verb, "dobj") if o.i > verb.i]
    return (
        found
        or [name for c in children(verb, "npadvmod") if (name := dated_name(c)) != c]
        or _asked_before(verb)
        or _cited_as_saying(verb)
        or _named_after_quotation(verb)
    )


def _asked_before(verb: Token) -> list[Token]:
    """The speaker of a verb that answers a question set between them: "Lee, asked about the
    vote, said:", where the parser gives the speaker to "asked" and hangs one verb on the
    other."""
    tokens = doc_tokens(verb.doc)
    for asked in (verb.head, *children(verb, "ccomp"), *children(verb, "advcl")):
        if (
            asked.i < verb.i
            and asked.lemma_.casefold() == ASKED
            and asked.tag_ in PARTICIPLES
            and asked.i > 0
            and tokens[asked.i - 1].text == ","
        ):
            return subjects(asked)
    return []


def _named_after_quotation(verb: Token) -> list[Token]:
    """The speaker named between the words quoted and the verb, with a phrase set off by
    commas before the verb, which the parse hangs on the quotation's verb and leaves the
    reporting verb no subject: "``It looks as though they panicked,'' Detective John Smith,
    speaking on condition of anonymity, said"."""
    spans = quotations(sentence_of(verb))
    for clause in children(verb, "ccomp"):
        closed = next((end for begin, end, _ in spans if begin <= clause.idx < end), None)
        if closed is None or clause.i > verb.i:
            continue
        named = [
            c
            for c in children(clause, *SPEAKER_AFTER_QUOTATION)
            if closed < c.idx < verb.idx and c.pos_ in {"NOUN", "PROPN"}
        ]
        if named:
            return named[:1]
    return []


def _cited_as_saying(verb: Token) -> list[Token]:
    """The speaker a report cites as saying it ("The paper quoted a police source as saying
    ..."): the citing verb's object, or the noun the parse hangs "as saying" on when it takes
    the verb for the noun's adjective ("The Argus quoted immigration official Jurie de Wet as
    saying": "quoted" describes "official")."""
    preposition = verb.head
    if verb.dep_ != "pcomp" or preposition.lower_ != "as" or preposition.dep_ != "prep":
        return []
    above = preposition.head
    citing = lexicon.words("citing_verbs")
    if above.lemma_.casefold() in citing:
        return children(above, "dobj")
    if above.pos_ in {"NOUN", "PROPN"} and any(
        c.lemma_.casefold() in citing and c.i < above.i for c in children(above, "amod")
    ):
        return [above]
    return []


def _titled_before(verb: Token, heads: list[Token]) -> list[Token]:
    """The named holder of a title who ends a subject just before the verb, where the parse
    made a word of the holder's body the subject: "Australians for a Constitutional Monarchy
    executive director Dana Whitlock said" (the director Dana Whitlock speaks)."""
    titles = lexicon.words("titles")
    apposed = [
        name
        for head in heads
        for t in head.subtree
        if t.lemma_.casefold() in titles
        for name in children(t, "appos")
        if name.i == verb.i - 1
    ]
    # The title may be parsed a compound of the name ("Americans for Tax Reform president
    # Grover Norquist said").
    compounded = [
        t
        for head in heads
        for t in head.subtree
        if t.i == verb.i - 1
        and t is not head
        and any(c.lemma_.casefold() in titles for c in children(t, "compound"))
    ]
    return apposed + compounded


def _apposed(heads: list[Token]) -> list[Token]:
    return [a for h in heads for a in children(h, "appos")]


def _named_speakers(heads: list[Token], ctx: Context) -> tuple[Entity, ...]:
    """The persons, bodies and places the subjects name, with a group coordinated with one of
    them, which speaks as they do ("the FBI and Kenyan police said"). A group alone is read
    only when no one named speaks (`_public_speakers`)."""
    named = entities_of(ctx.entities, heads, *SPEAKERS, EntityKind.PLACE)
    if not named:
        return named
    listed = [c for h in heads if ctx.entities.entity_at(h) in named for c in with_conjuncts(h)]
    groups = entities_of(ctx.entities, _public_speakers(listed), EntityKind.GROUP)
    return tuple(dict.fromkeys((*named, *groups)))


def _public_speakers(heads: list[Token]) -> list[Token]:
    """The subjects that speak for themselves, not the reporter's informants ("residents
    said", "sources said"), whose words are the article's attribution."""
    informants = lexicon.words("informant_nouns")
    return [h for h in heads if h.lemma_.casefold() not in informants]


def _unnamed_speaker(verb: Token, nsubj: list[Token], ctx: Context) -> bool:
    """A pronoun that stands for the unnamed source the sentence credits ("he added")."""
    pronoun = any(t.pos_ == "PRON" for t in nsubj)
    return pronoun and any(not s.is_entity for s in ctx.sources_for(verb))


def _common_speaker(nsubj: list[Token]) -> bool:
    """A subject that is an informant noun or a personal pronoun ("one source", "he"):
    someone speaks, though no entity names them. Other common nouns ("the thrift") are left
    to the events' reading, which finds the body named before."""
    informants = lexicon.words("informant_nouns")
    return bool(nsubj) and all(
        h.lemma_.casefold() in informants or (h.pos_ == "PRON" and h.lower_ in PERSONAL)
        for h in nsubj
    )


def _clause_quoted(sentence: Span, begin: int, end: int) -> bool:
    """Whether the quotation between characters `begin` and `end` holds a verb."""
    pos = doc_pos(sentence.doc)
    return any(begin <= t.idx < end and pos[t.i] in VERBAL for t in sentence)


def _predicate_quoted(verb: Token, begin: int, end: int) -> bool:
    """Whether the quotation between characters `begin` and `end` is what the speaker
    predicates, from its first word: the complement of the clause reported ("said the move
    was ``a clear violation'' of the pact", "were ``just morons'', he added") or of the verb
    ("called it ``unacceptable''"). A word quoted inside such a phrase ("had been a
    ``breakthrough'' for both sides") is a term the reporter marks, not words said."""
    clauses = [verb, *children(verb, "ccomp")]
    for complement in (c for clause in clauses for c in children(clause, *PREDICATES)):
        first = next(t for t in complement.subtree if not t.is_punct)
        if begin <= first.idx and complement.idx < end:
            return True
    return False


def _reported(verb: Token) -> str | None:
    """What a speaker said in indirect speech ("he said that ...", "noting that ...")."""
    clauses = [c for c in verb.children if c.dep_ == "ccomp"]
    if not clauses:
        return None
    clause = clauses[0]
    tokens = [t for t in clause.subtree if not (t.dep_ == "mark" and t.head == clause)]
    text = tokens_text(verb.doc, tokens[0].i, tokens[-1].i + 1).strip(" ,.")
    return text if len(text.split()) >= 3 else None


def _clauses_reported(verb: Token) -> list[Token]:
    """The verbs of the clauses a reporting verb reports: its clausal complement, and the
    clause the parse hangs it inside when it takes the verb for an adjective of the reported
    subject ("Iraq alleged Ritter was a spy": "alleged" describes "Ritter", the subject of
    "was")."""
    clauses = children(verb, "ccomp")
    if verb.dep_ == "amod" and verb.tag_ == "VBD" and children(verb, "nsubj"):
        described = verb.head
        if described.dep_ in SUBJECTS and described.head.pos_ in {"VERB", "AUX"}:
            clauses.append(described.head)
    return clauses


def spoken_of(verb: Token, ctx: Context) -> tuple[Entity, ...]:
    """Whom a report of speech tells about: the named subject and object of the clause
    reported ("Clinton said the United States will not retreat", "They charged that Yoon is
    instigating the military"), and the body a definite noun names again ("He said the company
    will cut 300 jobs" after "Vantex Corp."). Not a pronoun, whose referent is a guess; not a
    name that only qualifies the subject ("said the Memphis project was pulled"); nothing that
    a denied report ("would not say whether ...") tells."""
    if children(verb, "neg"):
        return ()
    index = ctx.entities
    clauses = _clauses_reported(verb)
    # "said the buy-back proves that Edelman is running scared": a clause the reported one
    # reports in turn tells of its subject too.
    clauses += [inner for c in clauses for inner in children(c, "ccomp")]

    def named(heads: list[Token], kinds: Iterable[EntityKind]) -> list[Entity]:
        heads = [h for h in heads if h.pos_ != "PRON"]
        # "said the sales increased Meridian's net worth": the owner of what names no one.
        heads += [
            p
            for h in heads
            if index.entity_at(h) is None
            for p in children(h, "poss")
            if p.pos_ == "PROPN"
        ]
        return [
            e
            for h in heads
            if (e := index.entity_at(h) or body_named_by(index, h)) is not None and e.kind in kinds
        ]

    # "denied that he would send Elian out of the country": whom the act is done to, too; not
    # a place it is done at ("said she would visit Oslo").
    found = named([s for c in clauses for s in subjects(c)], SPOKEN_OF) + named(
        [o for c in clauses for o in children(c, "dobj")], ADDRESSEES
    )
    # "confirmed the body belonged to Jorge Hernandez", "said it met with Alcan and Rio": who
    # else the act involves. Not a place it goes to, nor the owner of what such a phrase names
    # ("had spoken to Elian's father" tells of the father, not of Elian).
    found += entities_of(
        index,
        [o for c in clauses for o in prepositional_objects(c, SPOKEN_OF_PREPOSITIONS)],
        *ADDRESSEES,
    )
    return tuple(dict.fromkeys(found))


def _introducer(clause: Span) -> Token | None:
    """The verb that issues or sends the text ("released the following press statement",
    "made public the following report"), else the one that says it ("The message said:")."""
    nouns = lexicon.words("statement_nouns")
    issued = [
        verb
        for t in clause
        if t.lemma_.casefold() in nouns
        and not (t.dep_ == "nsubj" and t.head.pos_ == "VERB")
        and (verb := _verb_above(t)) is not None
        # Not a verb of the text itself, which the parse may hang the clause on.
        and clause.start <= verb.i < clause.end
    ]
    # A verb of a relative clause ("the goal that confirms ...") tells of the noun it hangs on.
    saying = (verb for verb in _speaker_verb(clause) if verb.dep_ != "relcl")
    # "The following is the press statement of Kim Yo Jong": no verb issues the text, whose
    # noun stands in for one. The parse may hang the copula on the text's first verb.
    named = (
        t
        for t in clause
        if t.lemma_.casefold() in nouns and t.dep_ == "attr" and t.head.lemma_ == "be"
    )
    return next(iter(issued), None) or next(saying, None) or next(named, None)


def _verb_above(token: Token) -> Token | None:
    while token.head.i != token.i:  # the root is its own head (a new Token object each time)
        token = token.head
        if token.pos_ == "VERB":
            return token
    return None


def _sender(noun: Token, ctx: Context) -> tuple[Entity, Token, list[Token]] | None:
    """Who sent the message a text is said to be, the word that said so, and the phrases that
    name whom it was sent to: "received a reply message from X" (X, to the subject), the
    subject of the last clause before it whose object is the same noun ("sent a message to Y
    ... The message said:", "X said in a statement ... the statement said"), or whom it is
    said to be by ("A statement by the ministry described ...")."""
    received = received_from(noun, ctx.entities, GIVERS)
    if received is not None:
        sender, holder = received
        return sender, holder, subjects(holder)
    receiving = lexicon.words("receiving_verbs")
    for token in (noun, *reversed(noun.doc[: noun.i])):
        if token.lemma_ != noun.lemma_:
            continue
        by = entities_of(ctx.entities, prepositional_objects(token, ISSUED_BY), *GIVERS)
        if by:
            return by[0], token, []
        # "received a letter from the group": whoever received it did not give it.
        if token.dep_ == "dobj" and token.head.lemma_.casefold() not in receiving:
            verb = token.head
        elif token.dep_ == "pobj" and token.head.lower_ in ISSUED_IN:
            verb = token.head.head
            # "Rodong Sinmun Monday in an article says": the parse may hang "in" on the subject
            # or on the day.
            if verb.dep_ in {"nsubj", "npadvmod"}:
                verb = verb.head
        else:
            continue
        found = entities_of(ctx.entities, _speaking_subjects(verb), *GIVERS)
        if found:
            # "sent a message to Y", "issued an appeal to Y": the parse hangs "to" on either, or
            # on the noun's "of" phrase ("a message of greeting to Y").
            to = prepositional_objects(verb, ADDRESSED) + sent_to(token)
            return found[0], verb, to
    return None


def _text_meant(subject: Token) -> Token | None:
    """The text a subject names: a noun for one ("the message said"), or "it" just after a
    sentence whose speaking subject was one ("..., the message noted. ..., it said, adding:")."""
    nouns = lexicon.words("statement_nouns")
    if subject.lemma_.casefold() in nouns:
        return subject
    opening = sentence_of(subject).start
    if subject.lower_ != "it" or opening == 0:
        return None
    before = sentence_of(subject.doc[opening - 1])
    return next(
        (
            t
            for t in before
            if t.dep_ == "nsubj" and t.lemma_.casefold() in nouns and reports_speech(head_of(t))
        ),
        None,
    )


def _issuer(subject: Token, ctx: Context) -> Entity | None:
    """The body a spokesperson or official speaks for ("a spokesman for the Foreign
    Ministry"), the first organisation of their "for"/"of" phrases."""
    if subject.lower_ not in lexicon.union("source_nouns", "titles"):
        return None
    frontier = [subject]
    for _ in range(3):
        frontier = [o for t in frontier for o in prepositional_objects(t, SPOKESPERSON_OF)]
        found = entities_of(ctx.entities, frontier, EntityKind.ORGANIZATION)
        if found:
            return found[0]
    return None


def _full_texts(doc: Doc, ctx: Context) -> Iterator[Event]:
    """A statement for each text an article gives in full after introducing it: a press
    statement a spokesman released, a report an agency made public, the message a leader
    sent. The passage runs to the end of the article."""
    for sentence_start, clause_end, begin in ctx.full_texts:
        if begin <= ctx.dateline_end:
            continue
        verb = _introducer(doc[sentence_start:clause_end])
        if verb is None or is_order_trigger(verb):
            continue
        heads = subjects(verb)
        speakers = list(entities_of(ctx.entities, heads, *SPEAKERS))
        dated = verb
        # The introducing clause is the reporter's words, crediting the agency and the text's
        # giver: a spokesperson, or whoever is named as giving it.
        spokespeople: list[Source] = []
        addressees: list[Entity] = []
        for head in heads:
            text = _text_meant(head)
            sender = _sender(text, ctx) if text is not None else None
            if sender is not None:
                speakers.append(sender[0])
                dated = sender[1]
                addressees += entities_of(ctx.entities, sender[2], *ADDRESSEES)
            elif (issuer := _issuer(head, ctx)) is not None:
                speakers.append(issuer)
                spokespeople.append(Source(source_label(head), issuer))
        if not speakers:
            speakers += _givers_named(doc[sentence_start:clause_end], ctx)
        passage = END_MARK.sub("", ctx.article.text[begin:])
        start = begin + len(passage) - len(passage.lstrip())
        quote = passage.strip()
        if not speakers or len(quote.split()) < 3:
            continue
        time, time_confidence = ctx.dated(dated)
        if time is None:
            time, time_confidence = ctx.dateline_dated(verb)
        intro = doc[sentence_start:clause_end]
        yield Event(
            classes=("Statement",),
            predicate=verb.lemma_.casefold(),
            evidence=(
                ctx.mention(intro),
                Mention(ctx.article.id, start, start + len(quote), quote),
            ),
            anchor=verb.idx,
            extractor="kg.statements.v37",
            agents=(speakers[0],),
            recipients=tuple(addressees[:1]),
            quote=quote,
            time=time,
            time_confidence=time_confidence,
            # Its giver, a spokesperson or whoever is named, is credited beside the agency
            # that reports it.
            sources=tuple(
                dict.fromkeys(
                    (
                        *(spokespeople or [Source(speakers[0].name, speakers[0])]),
                        *ctx.sources.default,
                    )
                )
            ),
            confidence=DIRECT,
            label=f"{speakers[0].name} {verb.lemma_.casefold()}",
        )


def _givers_named(clause: Span, ctx: Context) -> list[Entity]:
    """Whom the introducing clause names as the text's giver by the text's own noun: "The
    following is the press statement of Kim Yo Jong", "the statement by the ministry"."""
    nouns = lexicon.words("statement_nouns")
    return [
        e
        for t in clause
        if t.lemma_.casefold() in nouns
        for e in entities_of(ctx.entities, prepositional_objects(t, GIVEN_BY), *GIVERS)
    ]


def _issued_texts(doc: Doc, ctx: Context) -> Iterator[Event]:
    """A statement for each text the article says was issued without giving it in full:
    "released a press statement titled ...", "a spokesman for the Ministry issued a press
    statement", "sent a reply message to X". Its words are the title it is given, and what
    later sentences say "the message" or "the statement" said."""
    nouns = lexicon.words("statement_nouns")
    issuing = lexicon.words("issuing_verbs")
    tokens = doc_tokens(doc)
    # Only the objects are read further: found in the table of labels, without asking every
    # token for its head.
    for noun in (tokens[i] for i, dep in enumerate(doc_deps(doc)) if dep == "dobj"):
        verb = head_of(noun)
        if (
            noun.lemma_.casefold() not in nouns
            or verb.lemma_.casefold() not in issuing
            or verb.idx < ctx.dateline_end
        ):
            continue
        # "Following are news items: - Kim Yo Jong ... released": the parse may hang the
        # issuer on the subject of the sentence before as its apposition.
        heads = [a for h in subjects(verb) for a in (h, *children(h, "appos"))]
        speakers = entities_of(ctx.entities, heads, *SPEAKERS) or tuple(
            issuer for head in heads if (issuer := _issuer(head, ctx)) is not None
        )
        if not speakers:
            continue
        spokespeople = tuple(
            Source(source_label(head), issuer)
            for head in heads
            if (issuer := _issuer(head, ctx)) is not None
        )
        sentence = verb.sent
        subtree = range(noun.left_edge.idx, noun.right_edge.idx + len(noun.right_edge))
        titles = [text for begin, _, text in quotations(sentence) if begin in subtree]
        retold = list(_retold(noun))
        if any(full_text_opening(s) is not None for s in retold):
            # "The message said:" gives it in full: a statement of its own (`_full_texts`).
            continue
        time, time_confidence = ctx.dated(verb)
        yield Event(
            classes=("Statement",),
            predicate=verb.lemma_.casefold(),
            evidence=(ctx.mention(sentence), *(ctx.mention(s) for s in retold)),
            anchor=verb.idx,
            extractor="kg.statements.v37",
            agents=speakers[:1],
            recipients=tuple(
                e
                for e in dict.fromkeys(
                    # "sent a message of greeting to Y": the parse may hang "to" on the text.
                    _addressees(verb, ctx) + entities_of(ctx.entities, sent_to(noun), *ADDRESSEES)
                )
                if e not in speakers[:1]
            ),
            quote=" … ".join([*titles, *(s.text for s in retold)]) or None,
            time=time,
            time_confidence=time_confidence,
            place=_where_said(verb, ctx),
            sources=tuple(dict.fromkeys((*spokespeople, *ctx.sources_for(verb)))),
            confidence=INDIRECT,
            label=f"{speakers[0].name} {verb.lemma_.casefold()} {noun.lemma_.casefold()}",
        )


def _inscriptions(doc: Doc, ctx: Context) -> Iterator[Event]:
    """A statement for the words on the ribbon of a wreath or a floral basket ("On the ribbon of
    the wreath were letters reading ..."; lexicon `inscribed_nouns`): they are the words of
    whoever sent it, whom the sentence or the story of the gift just before names."""
    inscribed = lexicon.words("inscribed_nouns")
    sentences = doc_sentences(doc)
    for n, sentence in enumerate(sentences):
        quoted = quotations(sentence)
        if not quoted or sentence.start_char < ctx.dateline_end:
            continue
        ribbon = next(
            (
                t
                for t in span_tokens(sentence)
                if t.dep_ == "pobj" and t.lemma_.casefold() in inscribed
            ),
            None,
        )
        things = prepositional_objects(ribbon, OF) if ribbon is not None else []
        if ribbon is None or not things:
            continue
        lemma = things[0].lemma_.casefold()
        earlier = (
            t
            for s in reversed(sentences[max(0, n - GIFT_STORY_SENTENCES) : n])
            for t in reversed(span_tokens(s))
            if t.lemma_.casefold() == lemma
        )
        givers = next((g for t in (things[0], *earlier) if (g := _givers_of_gift(t, ctx))), ())
        if not givers:
            continue
        time, time_confidence = ctx.dated(sentence.root)
        yield Event(
            classes=("Statement",),
            predicate="inscribe",
            evidence=(ctx.mention(sentence),),
            anchor=ribbon.idx,
            extractor="kg.statements.v37",
            agents=givers,
            quote=" … ".join(text for _, _, text in quoted),
            time=time,
            time_confidence=time_confidence,
            sources=ctx.sources_for(ribbon),
            confidence=INDIRECT,
            label=f"{givers[0].name} inscription",
        )


def _givers_of_gift(thing: Token, ctx: Context) -> tuple[Entity, ...]:
    """Who sent a wreath or a basket a noun names: "in the name of X", "bearing the name of
    X", "sent by X", "X sent a wreath", "received a floral basket from X" (lexicons
    `gift_sending_verbs`, `getting_verbs`). Whoever lays or conveys it only carries it."""
    verb = head_of(thing)
    # "laid the wreath with a ribbon bearing the name of X": the parse may hang "with" on the
    # verb.
    bearers = [thing, *(prepositional_objects(verb, WITH) if thing.dep_ == "dobj" else [])]
    # "in the names of the Ministry of National Defence, the Ministry of Foreign Affairs and
    # ...": each on the list sent one.
    owners = [
        listed
        for bearer in bearers
        for t in bearer.subtree
        if t.lemma_.casefold() in NAME_NOUNS
        for owner in prepositional_objects(t, OF)
        for listed in with_conjuncts(owner)
    ]
    sending = lexicon.words("gift_sending_verbs")
    owners += [
        by
        for participle in children(thing, "acl")
        if participle.lemma_.casefold() in sending
        for agent in children(participle, "agent")
        for by in children(agent, "pobj")
    ]
    if thing.dep_ == "dobj" and verb.lemma_.casefold() in sending:
        owners += subjects(verb)
    if thing.dep_ == "dobj" and verb.lemma_.casefold() in lexicon.words("getting_verbs"):
        owners += [t for h in (verb, thing) for t in prepositional_objects(h, FROM)]
    return entities_of(ctx.entities, owners, *GIVERS)


def _retold(noun: Token) -> Iterator[Span]:
    """The later sentences that tell what a text said by naming it again: "The reply message
    expressed belief that ...", "The WPK Central Committee in the message extended ..."."""
    # Named again by the same words only ("the reply message", "the message"): "the crucial
    # statement of the Foreign Ministry" is another text.
    words = {c.lower_ for c in children_of(noun) if c.dep_ in {"compound", "amod"}}
    end = sentence_of(noun).end
    for sentence in doc_sentences(noun.doc):
        if sentence.start >= end and any(
            t.lemma_ == noun.lemma_
            and any(c.dep_ == "det" and c.lower_ in {"the", "this"} for c in children_of(t))
            and all(
                c.dep_ == "det" or (c.dep_ in {"compound", "amod"} and c.lower_ in words)
                for c in children_of(t)
            )
            for t in span_tokens(sentence)
        ):
            yield sentence


def _exclaimed(verb: Token, sentence: Span) -> str | None:
    """The one word a speaker says, quoted before the verb at the opening of the sentence
    ("``Hallelujah,'' exclaimed Albright", "``Never,'' he said"): too short to pass for a
    quotation elsewhere, where one word in quotation marks is a name or a term."""
    text = doc_text(sentence.doc)
    match = EXCLAMATION.match(text, sentence.start_char, sentence.end_char)
    if match is None:
        return None
    between = [t for t in sentence if match.end() <= t.idx < verb.idx]
    # A verb set inside the sentence ("``Newsweek,'' he said, was his paper") says the
    # sentence, not the word.
    if verb.dep_ != "ROOT" or len(between) >= MAX_EXCLAMATION_GAP:
        return None
    return match.group(1)


def _where_said(verb: Token, ctx: Context) -> Entity | None:
    """Where a speaker spoke: a place phrase of the saying verb ("said in Miami", "told a
    rally at the Palace of Conventions"), or the dateline's city for "said here". The words
    reported tell of other places, which are not where they were said."""
    if any(c.lower_ == "here" for c in children(verb, "advmod")):
        return ctx.dateline_place()
    return place_of(ctx.entities, [verb]) or place_of(ctx.entities, _occasions_spoken_at(verb))


def _occasions_spoken_at(verb: Token) -> list[Token]:
    """The gathering a speaker named after the verb is put at, which the parse hangs on the
    speaker ("said Freeh at a press conference at the airport"): the words were said there. A
    place phrase of a speaker set before the verb says who the speaker is ("the officer at
    the scene said"), and one of any other noun only locates the speaker ("said a spokesman
    at the embassy")."""
    occasions = lexicon.mapping("event_nouns")
    return [
        phrase
        for speaker in subjects(verb)
        if speaker.i > verb.i
        for phrase in prepositional_objects(speaker, PLACE_PREPOSITIONS)
        if occasions.get(phrase.lemma_.casefold()) in GATHERING_CLASSES
    ]


def _addressees(verb: Token, ctx: Context) -> tuple[Entity, ...]:
    """Whom a speaker tells: "told officials that ...", "said to the delegation", "said in an
    interview with The Associated Press" (lexicon `counterpart_media_nouns`)."""
    heads = [c for c in verb.children if c.dep_ in {"dobj", "dative"}]
    media = [
        m
        for m in prepositional_objects(verb, IN)
        if m.lemma_.casefold() in lexicon.words("counterpart_media_nouns")
    ]
    heads += [t for m in media for t in prepositional_objects(m, COUNTERPART)]
    heads += [c for m in media for c in children(m, "compound", "nmod") if c.i < m.i]
    return entities_of(ctx.entities, heads + prepositional_objects(verb, ADDRESSED), *ADDRESSEES)


def voice_of(pronoun: Token, ctx: Context) -> Entity | None:
    """Who "I" or "you" is in a text given in full: its sender, or whom it was sent to ("The
    message said: I extend warm congratulations to you on your election")."""
    word = pronoun.lower_
    if word not in FIRST_PERSON | SECOND_PERSON:
        return None
    # Most articles give no text in full: no need to read their statements again.
    if not any(begin <= pronoun.idx for _, _, begin in ctx.full_texts):
        return None
    for text in _full_texts(pronoun.doc, ctx):
        passage = text.evidence[-1]
        if passage.start <= pronoun.idx < passage.end:
            people = text.agents if word in FIRST_PERSON else text.recipients
            return people[0] if people else None
    return None


@extractors.register("kg.statements.v37")
def extract_statements(doc: Doc, ctx: Context) -> Iterator[Event]:
    """A statement for each quotation, or report of speech, whose speaker the sentence names.

    Direct quotations are quoted word for word; indirect speech ("he said that ...") keeps
    the reported clause, with a lower confidence since its words are the reporter's. A text
    given in full after its introduction is a statement of whoever issued it.
    """
    yield from ctx.remember("kg.statements", lambda: _statements(doc, ctx))


def _statements(doc: Doc, ctx: Context) -> Iterator[Event]:
    full = list(_full_texts(doc, ctx))
    yield from full
    told = {e.anchor for e in full}
    issued = [e for e in _issued_texts(doc, ctx) if e.anchor not in told]
    yield from issued
    told |= {e.anchor for e in issued}
    fronted = [e for e in _fronted(doc, ctx) if e.anchor not in told]
    yield from fronted
    told |= {e.anchor for e in fronted}
    inscribed = [e for e in _inscriptions(doc, ctx) if e.anchor not in told]
    yield from inscribed
    told |= {e.anchor for e in inscribed}
    yield from (e for e in _headed(doc, ctx) if e.anchor not in told)
    # Where the sentence before ended, when it named a speaker: a quotation that stands alone
    # after it goes on with the same speaker's words.
    said_end: int | None = None
    # The statement last read, held back while the quotations after it may go on with it:
    # the words a speaker goes on with are the same statement.
    held: Event | None = None
    # Where the words last given to a statement end: a quotation closed later was opened
    # after them, or is theirs.
    told_until = 0
    for sentence in doc_sentences(doc):
        quoted = quotations(sentence)
        if (
            held is not None
            and said_end is not None
            and (going_on := _going_on(sentence, quoted, said_end)) is not None
        ):
            held = replace(
                held,
                evidence=(*held.evidence, ctx.mention(sentence)),
                quote=f"{held.quote} … {going_on}",
            )
            said_end = told_until = sentence.end_char
            continue
        quoted = quoted or _running_on(sentence, told_until)
        # The body or the group whose statement the sentence before told, which an "it" or a
        # "they" that speaks here goes on with.
        speaking = held.agents[0] if said_end is not None and held and held.agents else None
        said_end = None
        spoken: dict[int, Entity | None] = {}
        # "Noting that A, he said that B", "Iran said A, declaring B": one speaker's verbs
        # in one sentence tell one statement, with what each of them reports.
        stated: dict[Entity | None, Event] = {}
        for verb in _speaker_verb(sentence):
            if _quoted_by_another(verb, quoted):
                continue
            nsubj = _speaking_subjects(verb)
            # "hundreds of children marched ... chanting ``...''": the counted speak.
            nsubj += counted_members(ctx.entities, nsubj)
            # "``...,'' the statement said": a text speaks for whoever gave it, to whom it was
            # given.
            given = [
                sent
                for head in nsubj
                if (text := _text_meant(head)) is not None
                and (sent := _sender(text, ctx)) is not None
            ]
            given_to = entities_of(ctx.entities, [t for g in given for t in g[2]], *ADDRESSEES)
            # "A spokesman for the Ministry said": the ministry speaks through its spokesman.
            # "Iran said that ...": a country speaks through its government.
            speakers = (
                # "X said she heard Y ... She said ...": a "she" opening the main clause goes on
                # with the sentence before's main subject, as an event's doer does.
                tuple(
                    e
                    for head in nsubj
                    for e in main_subject_before(ctx.entities, head)
                    or person_named_since(ctx.entities, head)
                )
                # The titled holder before the verb speaks, not the body the parse made the
                # subject, once the body's name is found whole.
                or entities_of(ctx.entities, _titled_before(verb, nsubj), EntityKind.PERSON)
                or _named_speakers(nsubj, ctx)
                # "the boy's great-uncle, Lazaro Gonzalez, denied that ...": the name set
                # beside the noun speaks.
                or entities_of(ctx.entities, _apposed(nsubj), EntityKind.PERSON)
                or tuple(p for h in nsubj if (p := named_by_surname(ctx.entities, h)) is not None)
                or tuple(
                    c for h in nsubj if (c := company_named_short(ctx.entities, h)) is not None
                )
                # "The unit said", "the company said": the body named before speaks again.
                or tuple(
                    b
                    for h in nsubj
                    if ctx.entities.entity_at(h) is None
                    and (b := body_named_by(ctx.entities, h)) is not None
                    and b.kind is EntityKind.ORGANIZATION
                )
                or tuple(issuer for head in nsubj if (issuer := _issuer(head, ctx)) is not None)
                or tuple(sent[0] for sent in given)
                or tuple(state for head in nsubj if (state := state_of_body(head, ctx.entities)))
                # "Speakers said that ...", "The participants noted that ...": a group the
                # article names speaks too, when no one named does.
                or entities_of(ctx.entities, _public_speakers(nsubj), EntityKind.GROUP)
                # "..., says Rodong Sinmun in an article. ..., it says and goes on:", "Dealers
                # said the turnover reflected ... But they said ...".
                or tuple(
                    speaking
                    for head in nsubj[:1]
                    if speaking is not None and len(nsubj) == 1 and _goes_on(head, speaking)
                )
            )
            # "``...,'' one official said", "``...,'' he added" after an unnamed source: words
            # quoted of someone the article does not name are still a statement, of no one.
            unnamed = _unnamed_speaker(verb, nsubj, ctx) or (
                not speakers and _common_speaker(nsubj)
            )
            if unnamed:
                speakers = ()
            if (
                not (speakers or unnamed)
                or verb.idx in told
                # "the editorial says, adding:" tells the one text given in full after it.
                or (verb.dep_ == "advcl" and verb.tag_ == "VBG" and verb.head.idx in told)
                or is_order_trigger(verb)
            ):
                continue
            speaker = speakers[0] if speakers else None
            # "He said he cannot confirm there is any evidence": what a speaker says of their
            # own saying is the one statement already read.
            if verb.dep_ == "ccomp" and verb.head.i in spoken and spoken[verb.head.i] == speaker:
                continue
            spoken[verb.i] = speaker
            own = own_tokens(verb)
            inside = [q for q in quoted if doc[verb.i].idx < q[0] or verb.i in own]
            # Of a speaker no one names, only words that say something: a phrase in
            # quotation marks ("advertised as its ``achievements''") is a term, not speech.
            if unnamed and not any(
                _clause_quoted(sentence, b, e) or _predicate_quoted(verb, b, e)
                for b, e, _ in inside
            ):
                continue
            quote = (
                " … ".join(text for _, _, text in inside or quoted)
                or _reported(verb)
                or _exclaimed(verb, sentence)
            )
            if not quote:
                continue
            # "FBI officials said", "an IBM spokeswoman said": the body an office-holder the
            # article does not name speaks for speaks through them; not a minister's portfolio
            # ("the minister of Defense said", lexicon `portfolios`), which is no body.
            bodies = tuple(
                body
                for head in nsubj
                if head.lemma_.casefold() in lexicon.union("titles", "source_nouns")
                and (body := office_body(ctx.entities, head)) is not None
                and body not in speakers
                and body.name.casefold() not in lexicon.words("portfolios")
            )
            time, time_confidence = ctx.dated(verb)
            statement = Event(
                classes=("Statement",),
                predicate=verb.lemma_.casefold(),
                evidence=(ctx.mention(_said_part(sentence, verb, quoted)),),
                anchor=verb.idx,
                extractor="kg.statements.v37",
                # "The chairman of A and the chairman of B said": each speaks.
                agents=tuple(dict.fromkeys((*speakers, *bodies))),
                recipients=tuple(
                    e
                    for e in dict.fromkeys((*_addressees(verb, ctx), *given_to))
                    if e not in speakers
                ),
                patients=tuple(e for e in spoken_of(verb, ctx) if e not in speakers),
                quote=quote,
                time=time,
                time_confidence=time_confidence,
                place=_where_said(verb, ctx),
                sources=ctx.sources_for(verb),
                confidence=DIRECT if quoted else INDIRECT,
                label=f"{speaker.name} {verb.lemma_.casefold()}" if speaker else None,
            )
            earlier = stated.get(speaker)
            stated[speaker] = statement if earlier is None else _joined(earlier, statement, doc)
        if stated:
            # The sentence's last statement is held back: the quotations after it may go on
            # with it.
            if held is not None:
                yield held
            *others, held = stated.values()
            yield from others
            said_end = told_until = sentence.end_char
    if held is not None:
        yield held


def _running_on(sentence: Span, since: int = 0) -> list[tuple[int, int, str]]:
    """A quotation the sentence opens and leaves open, or closes when an earlier sentence of
    its paragraph opened it: a speaker's words of several sentences in one pair of marks
    (said, "I suspect (the departure) will be fairly irrelevant. I would be very surprised
    ..."). One left open runs to its closing mark further on in the paragraph, or to the
    paragraph's end, as wire copy leaves a quotation open that goes on into the next. One
    closed here was opened after `since`, where the words a statement already holds end."""
    text = doc_text(sentence.doc)
    start, stop = sentence.start_char, sentence.end_char
    for opening, closing in RUNNING_MARKS:
        marks = [
            (at, _opens(text, at, opening, closing))
            for at in _starts_of(text, {opening, closing}, start, stop)
        ]
        if opening != closing:
            # "''" is two "'" marks: each is read once.
            marks = [m for k, m in enumerate(marks) if k == 0 or m[0] > marks[k - 1][0] + 1]
        if marks and marks[-1][1]:
            begin = marks[-1][0] + len(opening)
            paragraph_end = text.find("\n", begin)
            paragraph_end = len(text) if paragraph_end < 0 else paragraph_end
            close = text.find(closing, begin, paragraph_end)
            end = paragraph_end if close < 0 else close
        elif marks and not marks[0][1]:
            end = marks[0][0]
            paragraph_start = max(text.rfind("\n", 0, start) + 1, since)
            at = text.rfind(opening, paragraph_start, start)
            if at < 0:
                continue
            begin = at + len(opening)
        else:
            continue
        words = text[begin:end].strip(" ,.")
        if len(words.split()) >= 2:
            lead = len(text[begin:end]) - len(text[begin:end].lstrip(" ,."))
            return [(begin + lead, begin + lead + len(words), words)]
    return []


def _starts_of(text: str, marks: set[str], start: int, stop: int) -> list[int]:
    """The offsets from `start` to before `stop` where one of the marks begins (a mark may
    run past `stop`), in order: found by `str.find`, not by testing every offset of the
    sentence, which cost as much as the rest of the quotations' reading."""
    found: set[int] = set()
    for mark in marks:
        at = text.find(mark, start, stop + len(mark) - 1)
        while at >= 0:
            found.add(at)
            at = text.find(mark, at + 1, stop + len(mark) - 1)
    return sorted(found)


def _opens(text: str, at: int, opening: str, closing: str) -> bool:
    """Whether the quotation mark at `at` opens a quotation: a straight double quote does
    before a word, after a space or the start of the text."""
    if opening != closing:
        return text.startswith(opening, at)
    after = text[at + 1 : at + 2]
    before = text[at - 1 : at] if at else " "
    return bool(after) and not after.isspace() and (before.isspace() or before in "([")


def _said_part(sentence: Span, verb: Token, quoted: list[tuple[int, int, str]]) -> Span:
    """The part of a sentence between semicolons that holds the verb of saying: "A virus may
    be spreading, officials report; however, the governor denies these allegations" tells
    the governor's denial apart from the officials' report. A semicolon inside a quotation is
    the speaker's own."""
    cuts = [
        t.i
        for t in span_tokens(sentence)
        if t.text == ";" and not any(begin <= t.idx < end for begin, end, _ in quoted)
    ]
    start = max((i + 1 for i in cuts if i < verb.i), default=sentence.start)
    end = min((i for i in cuts if i > verb.i), default=sentence.end)
    return sentence.doc[start:end]


def _fronted_verb(token: Token) -> str | None:
    """The quoting or reporting verb a sentence opens with, as its lemma: the tagger takes a
    capitalised past form before a title for a name ("Replied State Department spokesman"),
    whose lemma is then the word itself, so a regular past form is undone here."""
    word = token.lower_
    forms = (token.lemma_.casefold(), word[:-1], word[:-2], word[:-3] + "y")
    said = lexicon.words("reporting_verbs") | lexicon.words("quoting_verbs")
    if not word.endswith(("ed", "aid")):
        return None
    return next((f for f in forms if f in said), None)


def _fronted(doc: Doc, ctx: Context) -> Iterator[Event]:
    """A quotation introduced by its verb before the speaker: "Replied the ministry's
    spokesman John Miller, ``...''", "Added Mayor Ana Ruiz: ``...''". Only title and name
    words, no other mark, stand between the verb and the comma or colon before the quotation."""
    tokens = doc_tokens(doc)
    for sentence in doc_sentences(doc):
        first = tokens[sentence.start]
        if not first.is_title or (lemma := _fronted_verb(first)) is None:
            continue
        mark = next((t for t in sentence[1 : 1 + MAX_QUOTE_GAP] if t.is_punct), None)
        if (
            mark is None
            or mark.text not in FRONTED_MARKS
            or mark.i + 1 >= sentence.end
            or tokens[mark.i + 1].text not in OPENING_MARKS
        ):
            continue
        named = tokens[mark.i - 1]
        speaker = ctx.entities.entity_at(named) or named_by_surname(ctx.entities, named)
        # A quotation running on into the next paragraph has no closing mark in its sentence.
        begin = tokens[mark.i + 1].idx + len(tokens[mark.i + 1].text)
        quote = " … ".join(text for b, _, text in quotations(sentence) if b >= begin) or (
            doc_text(doc)[begin : sentence.end_char].strip(QUOTE_ENDS)
        )
        if speaker is None or speaker.kind not in SPEAKERS or not quote:
            continue
        yield _quoted_by(speaker, lemma, quote, ctx.mention(sentence), first, first, ctx)


def _headed(doc: Doc, ctx: Context) -> Iterator[Event]:
    """A quotation headed by its speaker's name alone, and the day, with no verb: statements
    given one after another ("Following are statements ...: Wechsler on Thursday ``...''
    White House on Thursday ``...''"). The name starts a block of its own, after a colon, the
    close of the quotation before or a line break, so that no sentence runs into it."""
    tokens = doc_tokens(doc)
    text = doc_text(doc)
    starts = token_starts(doc)
    for opening in HEADED_OPENING.finditer(text):
        at = starts.get(opening.start())
        if at is None or at < 1:
            continue
        i = at - 1
        if tokens[i].text in {".", ":"}:
            i -= 1
        # "on Thursday", "on Feb. 5".
        day = i
        while i > 0 and tokens[i].ent_type_ in {"DATE", "TIME"}:
            i -= 1
        dated = i < day
        if dated and tokens[i].lower_ != "on":
            continue
        if dated:
            i -= 1
        if i < 0:
            continue
        speaker = ctx.entities.entity_at(tokens[i]) or named_by_surname(ctx.entities, tokens[i])
        if speaker is None or speaker.kind not in SPEAKERS:
            continue
        while i > 0 and ctx.entities.entity_at(tokens[i - 1]) == speaker:
            i -= 1
        before = tokens[i - 1] if i > 0 else None
        if before is not None and not (
            before.text in CLOSING_MARKS or before.text == ":" or "\n" in before.text_with_ws
        ):
            continue
        begin = opening.end()
        line_end = text.find("\n", begin)
        line_end = len(text) if line_end < 0 else line_end
        close = text.find(HEADED_MARKS[opening.group()], begin, line_end)
        end = line_end if close < 0 else close
        quote = text[begin:end].strip(QUOTE_ENDS)
        if len(quote.split()) < 2:
            continue
        head = tokens[i]
        yield _quoted_by(
            speaker,
            "say",
            quote,
            Mention(ctx.article.id, head.idx, end, text[head.idx : end]),
            head,
            tokens[day] if dated else head,
            ctx,
            anchor=opening.start(),
        )


def _quoted_by(
    speaker: Entity,
    predicate: str,
    quote: str,
    evidence: Mention,
    at: Token,
    dated: Token,
    ctx: Context,
    anchor: int | None = None,
) -> Event:
    """A statement in the speaker's own quoted words, credited to the sources of the sentence
    `at` stands in (and anchored there unless told otherwise), dated as `dated` is."""
    time, time_confidence = ctx.dated(dated)
    return Event(
        classes=("Statement",),
        predicate=predicate,
        evidence=(evidence,),
        anchor=at.idx if anchor is None else anchor,
        extractor="kg.statements.v37",
        agents=(speaker,),
        quote=quote,
        time=time,
        time_confidence=time_confidence,
        sources=ctx.sources_for(at),
        confidence=DIRECT,
        label=f"{speaker.name} {predicate}",
    )


def _goes_on(pronoun: Token, speaker: Entity) -> bool:
    """Whether a subject pronoun saying more in the sentence after a statement stands for its
    speaker, as a "he" or "she" would for a person: an "it" for an organisation, a "they" for
    a group ("dealers", "the ministers")."""
    kind = {"it": EntityKind.ORGANIZATION, "they": EntityKind.GROUP}.get(pronoun.lower_)
    return speaker.kind is kind


def _joined(first: Event, second: Event, doc: Doc) -> Event:
    """One statement told by two verbs of its speaker, told by the verb that governs the
    other ("said" rather than "Noting"), with both reports in the order of the text."""
    tokens = {t.idx: t for t in doc_tokens(doc) if t.idx in {first.anchor, second.anchor}}
    main, other = (
        (second, first)
        if tokens[second.anchor] in tokens[first.anchor].ancestors
        else (first, second)
    )
    quotes = [first.quote or "", second.quote or ""]
    quote = next(
        (q for q in quotes if all(o in q for o in quotes)),
        " … ".join(quotes),
    )
    return replace(
        main,
        quote=quote,
        recipients=tuple(dict.fromkeys((*main.recipients, *other.recipients))),
        time=main.time or other.time,
        time_confidence=main.time_confidence if main.time else other.time_confidence,
        place=main.place or other.place,
        confidence=max(main.confidence, other.confidence),
    )


def _going_on(sentence: Span, quoted: list[tuple[int, int, str]], said_end: int) -> str | None:
    """The words of a quotation that makes up a sentence of its own, next after one whose
    speaker the sentence named: wire copy goes on quoting the same speaker without saying so
    again ("``The clinics will reopen by June,'' the minister said. ``We will rebuild every one
    of them.''"). Only one paragraph on, as a new speaker's words open with their name."""
    text = doc_text(sentence.doc)
    said = text[sentence.start_char : sentence.end_char]
    opening = sentence.start_char + len(said) - len(said.lstrip())
    own = said.strip()
    if text[said_end:opening].count("\n") > 2:
        return None
    if not quoted:
        # A quotation of several sentences, opened here and closed further on in the
        # paragraph ("``She is following it closely. ... she is a democrat.''"), or not
        # closed at all: wire copy leaves a quotation that goes on into the next paragraph
        # open, and opens that paragraph again.
        paragraph_end = text.find("\n", opening)
        paragraph = text[opening : len(text) if paragraph_end < 0 else paragraph_end].rstrip()
        match = QUOTATION.match(paragraph)
        if match is not None:
            group = next(g for g in range(1, QUOTATION.groups + 1) if match.group(g))
            begin, close = match.start(group), match.end(group)
        elif not any(mark in paragraph[1:] for mark in ("''", "”", '"', "“", "``")):
            begin, close = (2 if paragraph.startswith("``") else 1), len(paragraph)
        else:
            return None
        words = paragraph[begin:close].strip(" ,.")
        if len(words.split()) < 2:
            return None
        quoted = [(opening + begin, opening + close, words)]
    elif len(quoted) != 1 or not own.endswith(("''", "”", '"')):
        return None
    begin, close = quoted[0][:2]
    # A verb of saying outside the quotation names a speaker of its own; inside, it is the
    # speaker's words ("from what I've been told").
    outside = (v for v in _speaker_verb(sentence) if not begin <= v.idx < close)
    # An opening mark goes before a word; a closing one the parse left at the start of the
    # next sentence goes before a space ("... into 1990."\n\nHe said").
    mark = next((m for m in ("``", "“", '"') if own.startswith(m)), None)
    if mark is None or own[len(mark) :][:1].isspace() or next(outside, None) is not None:
        return None
    return quoted[0][2]
