"""Reported actions: one event per clause whose verb has a named or group participant (v1), or
per clause of the sentence's open triples, with the clause's own words (v2)."""

from __future__ import annotations

import functools
import itertools
from bisect import bisect_left
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from dataclasses import replace
from decimal import Decimal
from types import MappingProxyType
from typing import Any, cast

from spacy.tokens import Doc, Span, Token

from kg import lexicon
from kg.extract import extractors
from kg.extract.context import (
    ATTACHED,
    AUXILIARIES,
    IN,
    NARRATIVE,
    POINTS,
    VERBAL,
    Context,
    counted_members,
    intended,
)
from kg.extract.orders import extract_orders, is_order_trigger, said_of_an_order_told
from kg.extract.referents import (
    BODY_KINDS,
    DEFINITE,
    IN_OR_FOR,
    NOUN_MODIFIERS,
    PARTICIPANT_KINDS,
    antecedents,
    bare_definite,
    body_named_again,
    body_repeated,
    companies_traded,
    company_by_trade,
    company_called_before,
    company_in_front,
    definite_word,
    positions_before,
    stranded_subjects,
)
from kg.extract.relations import found_relations
from kg.extract.statements import (
    company_named_short,
    extract_statements,
    named_by_surname,
    reports_speech,
    spoken_of,
    voice_of,
)
from kg.extract.syntax import (
    ARTICLES,
    CLOSING_MARKS,
    FOR,
    MODIFIER_NAMES,
    OF,
    OFFICE_OF,
    PLACE_PREPOSITIONS,
    PLURAL_PRONOUNS,
    RELATIVE_PRONOUNS,
    SUBJECTS,
    TITLE_CHAIN_DEPTH,
    TO,
    as_place,
    children,
    clause_span,
    comitatives,
    conjoined_before,
    countries_of_adjectives,
    entities_of,
    group_before,
    held_participles,
    inner_place,
    is_passive,
    is_to_infinitive,
    main_subject_before,
    modality,
    name_head,
    office_body,
    own_subjects,
    own_tokens,
    phrasal_lemma,
    place_of,
    prepositional_objects,
    quotations,
    sent_to,
    sentence_before,
    subjects,
    with_conjuncts,
)
from kg.model import (
    Entity,
    EntityKind,
    EntityMention,
    Event,
    Modality,
    Relation,
    TimeExpression,
)
from kg.nlp import (
    OPENING_MARKS,
    QUOTE_MARKS,
    asked_once,
    breaks_line,
    children_of,
    doc_deps,
    doc_lemmas,
    doc_lowers,
    doc_memo,
    doc_pos,
    doc_sentences,
    doc_tags,
    doc_text,
    doc_texts,
    doc_tokens,
    expanded_span,
    head_of,
    infinitive_controllers,
    is_plural,
    parse_tables,
    sentence_of,
    span_root,
    span_tokens,
    subtree_indices,
    tokens_text,
)
from kg.resolve.attribution import heading_paper, paper_over_item, received_from
from kg.resolve.dateline import dateline_city, place_line
from kg.resolve.entities import (
    PERSON_SUBJECT_PRONOUNS,
    EntityIndex,
    is_country,
    mission_building,
    names_one_person,
    national,
)
from kg.resolve.pronouns import (
    FEMININE_PRONOUNS,
    OBJECT_PRONOUNS,
    known_sexes,
    lone_person_since,
    of_the_other_sex,
    person_named_since,
)
from kg.triples import Phrase, Triple, triples

RECIPIENT_PREPOSITIONS = frozenset({"to", "for"})
PARTNER_PREPOSITIONS = frozenset({"with"})
BETWEEN = frozenset({"between"})
FACING_PREPOSITIONS = frozenset({"with", "against", "between"})
NONE: frozenset[str] = frozenset()
BY = frozenset({"by"})
INCLUDING = frozenset({"including"})
MASCULINE_PRONOUNS = frozenset({"he", "him", "his"})
# Personal pronouns an object takes: its clause's subject is "himself" or "herself" instead.
# Relative pronouns that can stand for a thing or an event, not a person.
THING_PRONOUNS = frozenset({"which", "that"})
FINITE_TAGS = frozenset({"VBD", "VBZ", "VBP"})
# The verbs `_inverted_subjects` reads: a passive or opening participle, a finite verb.
INVERTED_TAGS = FINITE_TAGS | {"VBN", "VBG"}
AGAINST = frozenset({"against"})
UNDER = frozenset({"under"})
AIMED_PREPOSITIONS = frozenset({"at", "on", "upon", "into"})
ABOUT = frozenset({"about"})
PLURAL_POSSESSIVES = frozenset({"their", "our"})
SINGULAR_POSSESSIVES = frozenset({"his", "her", "its", "my"})
# "called upon the officials to": whom an appeal is made to.
APPEALED_TO = frozenset({"on", "upon"})
IN_OR_DURING = frozenset({"in", "during"})
# "$50 million in funding", "20% of the shares": what an amount is of.
IN_OR_OF = frozenset({"in", "of"})
IN_OR_ON = frozenset({"in", "on"})
AT = frozenset({"at"})
# What an agreement or talks are about ("an agreement on cooperation between A and B").
TOPIC_PREPOSITIONS = frozenset({"on", "of"})
OF_OR_FOR = frozenset({"of", "for"})
# What ends a sentence as written, whatever the parser's sentences.
SENTENCE_ENDS = frozenset({".", "!", "?", ":", '"', "”", "'"})
# The links that open a clause of its own inside a noun phrase.
CLAUSE_LINKS = frozenset({"relcl", "acl", "advcl", "ccomp", "xcomp"})
# "with the attendance of", "in the presence of".
ATTENDED = frozenset({"with", "in"})
# "in cooperation with".
JOINT_PREPOSITIONS = frozenset({"in"})
# "thanks to", "owing to": the words before "to" that make it credit an act to its cause.
CREDITING = frozenset({"thanks", "owing"})
# "made a speech before the flood victims": whom something is told before.
BEFORE = frozenset({"before"})
NAME_NOUNS = frozenset({"name"})
# "thanked X for sending", "congratulated X on winning".
CREDITED_FOR = frozenset({"for", "on"})
# "the rating on Crossland's stock": the phrases of a thing that name whose it is.
OWNED_WITHIN = frozenset({"on", "at", "in"})
# The prepositions of a phrase telling whose or which a company's figure is: "profit at the
# unit", "sales of new homes", "profit for its insurance division", "profit from coal".
OWNER_OF_MEASURE = frozenset({"at", "of", "for", "from", "in"})
# "its stake in Octel", "shares of Beta": the company a holding is in.
HELD_IN = frozenset({"in", "of"})
# "after meeting with them": the clause's subject does what the gerund tells.
TIMED_GERUNDS = frozenset({"after", "before", "while", "upon"})
FROM = frozenset({"from"})
AS = frozenset({"as"})
# What a speaker can call something: a thing, a name, or "it" ("called it ``a farce''").
CALLED = frozenset({"NOUN", "PROPN", "PRON"})
QUALIFYING = frozenset({"compound", "poss", "amod", "nmod"})
# What joins a second clause whose subject the parser took into the first.
CLAUSE_JOINERS = frozenset({"and", "but", "while", "whereas"})
# A finite verb or a modal opens a clause of its own.
CLAUSE_FINITE_TAGS = FINITE_TAGS | {"MD"}
# The words a verb opens with that belong to it ("is stepping", "has also held").
VERB_PREMODIFIERS = frozenset({"aux", "auxpass", "neg", "advmod"})
NOMINAL = frozenset({"NOUN", "PROPN"})
# The heads of a clause of its own, not of a phrase or a relative clause.
CLAUSE_HEADS = frozenset({"ROOT", "conj", "ccomp"})
# Named-entity types of an amount a figure is given in.
FIGURE_ENTITY_TYPES = frozenset({"MONEY", "PERCENT", "CARDINAL"})
# A name or a pronoun, not a common noun ("the official"), as a speaker.
NAMING_POS = frozenset({"PROPN", "PRON"})
PHRASE_OPENINGS = frozenset({"DET", "PROPN", "NOUN", "ADJ", "NUM", "PRON"})
# A subject longer than this after "and" is no noun phrase the parser misread.
SPLIT_SUBJECT_SPAN = 16
# Events whose noun's owner undergoes them ("his arrest", "her trial").
UNDERGONE = frozenset({"Arrest", "Punishment"})
# Events whose noun's owner undergoes them when a person ("his appointment", "Yeltsin's
# election"); a body or a country does them ("the board's appointment of Smith", "Nicaragua's
# election").
UNDERGONE_BY_PEOPLE = frozenset({"Appointment"})
# Where a tribute is paid to a statue or bust (and "in front of" it).
TRIBUTE_PREPOSITIONS = frozenset({"before", "at", "to"})
# Events whose object is where they happen ("visited the April 25 Hostel").
VISITS = frozenset({"Visit"})
# What an act is done in the course of: "on a visit to East Africa", "during his trip".
TRIP_PREPOSITIONS = frozenset({"on", "during"})
# Events whose recipient may be a country ("supplied weapons to Ukraine").
TRANSFERS = frozenset({"Transfer"})
# Events at which reports and speeches are made.
GATHERINGS = frozenset({"Meeting", "Reception"})
MEETINGS = frozenset({"Meeting"})
LAUNCHES = frozenset({"Launch"})
# Classes of acts done to someone: received, appointed, arrested or punished.
DONE_TO_SOMEONE = frozenset({"Reception", "Appointment"}) | UNDERGONE
# Events whose place is where what their leader does next on the same day happens.
SCENES = VISITS | GATHERINGS
# Events a crowd gathers for: those it is "of" take part ("a rally of civic organizations").
CROWDS = GATHERINGS | {"Protest"}
# How a time word qualifies the noun of an event it dates: "recent attack", "yesterday's talks",
# "the April 15, 2013, attack", "the 1992 protests".
NOUN_TIMES = frozenset({"amod", "poss", "nmod", "compound", "nummod"})
NAMED = frozenset({EntityKind.PERSON, EntityKind.ORGANIZATION, EntityKind.PLACE})
GENERIC_CLASSES = frozenset({"Action", "Statement"})
# The kind of `event_noun_kinds` whose nouns name an act of violence ("bombing", "blast").
VIOLENCE = "violence"
# The model's labels of place names, for a phrase that names only a place ("in Nairobi").
PLACE_NAME_TYPES = frozenset({"GPE", "LOC", "FAC"})
# Where an event happened, when looked for through its phrases: "hit the target on an island
# in the East Sea", "detonated bombs across the city", "laid wreaths before the cemetery",
# "was rescued off the coast of Florida", as well as "in" and "at". Not "over": what is seen
# or told of "over Pyongyang" happens as often away from it.
WHERE_PREPOSITIONS = PLACE_PREPOSITIONS | {
    "on",
    "across",
    "throughout",
    "outside",
    "off",
    "around",
    "round",
    "before",
}
# Links followed from a verb through its own phrases: objects, prepositional phrases and the
# participles and relative clauses that modify them ("factories under construction in X",
# "the players who won the cup at the headquarters"). An origin ("pupils from the flood-hit
# areas") is not where the event happened, so "from" phrases are not entered.
PHRASE_LINKS = frozenset(
    {"dobj", "nsubjpass", "attr", "prep", "pobj", "pcomp", "acl", "relcl", "agent", "dative"}
)
NOT_WHERE = frozenset({"from"})
DESTINATION_PREPOSITIONS = frozenset({"to", "into"})
OVER = frozenset({"over"})
PHRASE_DEPTH = 14
# How many "of" phrases deep `_bodies_of_offices` looks for an office's body or country: two
# reach "the president of the State Affairs of the DPRK"; a third would take the country a
# sender's body is named after ("the head of the Orchestra of the 21st Century of Russia").
OFFICE_BODY_DEPTH = 2
# The most words a verbless piece that sets a scene has ("More heavy gunfire in the Serbian
# province of Kosovo."): a longer one is a list or a caption.
SCENE_WORDS = 12
# How many sentences before a gathering named again the story that places it may be told.
STORY_SENTENCES = 3
# How many phrases deep a place is looked for down a chain of "of" and in/at phrases.
PLACE_CHAIN_DEPTH = 5
# Phrases that stay with a clause though they name an event: an "of" phrase belongs to its
# noun ("cover up the purpose of the visit"), an "as" phrase says what the clause's own event
# or object was ("denounce the case as a direct military attack").
OWN_PHRASE_PREPOSITIONS = frozenset({"of", "as"})
# Parts of speech of the word "of" hangs on where one of several is meant ("one of the two").
CHOOSING = frozenset({"NUM", "PRON"})
# The phrases of an object through which it names who took part: "the services of the
# soldiers", "a test of drones organized by the institute", "arms including a rifle".
OWNER_PREPOSITIONS = frozenset({"of", "including"})
# How the parse hangs the names of a list with titles on one another (see
# `_listed_after_titles`).
LISTED = frozenset({"appos", "conj"})
# How the parser may hang the next name of a list on the wrong word.
STRAY_LISTED = frozenset({"npadvmod", "appos", "conj"})
# How a clause of purpose or manner hangs on the verb whose subject it takes.
PURPOSE_LINKS = frozenset({"advcl", "xcomp"})
# How a participle telling what an act did hangs on its clause ("exploded, killing three").
PARTICIPLE_LINKS = frozenset({"advcl"})
# What a clause of its own carries: a participle without them borrows its conjunct's.
SUBJECT_OR_AUX = ("nsubj", "nsubjpass", "aux", "auxpass")
# Listed beside a head though the parse hangs them on its modifier (_peers_hung_inside): a
# body or a person, within two phrases ("the A under the B of C and the D").
PEER_KINDS = frozenset({EntityKind.ORGANIZATION, EntityKind.PERSON})
PEER_DEPTH = 2
CLAUSE_CHAIN = frozenset({"conj", "xcomp"})
# Clauses that can tell an act again ("Magna said Mr. McAlpine resigned"), and the words of a
# clause's that must add nothing to its first telling.
RETOLD_CLAUSES = frozenset({"ROOT", "conj", "ccomp"})
RETOLD_OBJECTS = frozenset({"dobj", "dative", "attr", "oprd", "acomp"})
# Whose a thing or work named by a passive clause's subject is: a body or a person, not a group
# ("the spirit of the generation will be carried forward" has no one take part).
OWNING_KINDS = (EntityKind.PERSON, EntityKind.ORGANIZATION)
# Who can be somewhere to be given a thing: not a body or a place things are sent to.
PEOPLE = frozenset({EntityKind.PERSON, EntityKind.GROUP})


def event_class(lemma: str) -> str:
    """The ontology class for a verb lemma (`Action` when the lexicon has none)."""
    return lexicon.mapping("event_classes").get(lemma.casefold(), "Action")


def _clause_evidence(verb: Token) -> Span:
    """The verb's clause, without a phrase at its end that names an event told apart ("has
    been charged in the Birmingham bombing", "claim responsibility for the attack"): the
    phrase is that event's own mention, and the clause only tells what was done about it."""
    span = clause_span(verb)
    nouns = lexicon.mapping("event_nouns")
    own = own_tokens(verb)
    cut = next(
        (
            t.head.i
            # Only the words after the verb, whose label is read before the clause's set.
            for t in doc_tokens(verb.doc)[max(span.start, verb.i + 1) : span.end]
            if t.dep_ == "pobj"
            and t.i in own
            and t.pos_ == "NOUN"
            and t.head.i > verb.i
            and t.head.lower_ not in OWN_PHRASE_PREPOSITIONS
            and t.head.right_edge.i >= span.end - 1
            and _noun_key(t) in nouns
            and not _tells_no_act(t)
        ),
        None,
    )
    return span if cut is None else verb.doc[span.start : cut]


def _noun_key(token: Token) -> str:
    """An event noun as the lexicon lists it, hyphenated compounds included ("test-fire"),
    but not a noun after a list's dash ("- Talks between ... took place"), and two words where
    the lexicon lists the noun with the word before it ("field guidance", a visit: the noun
    alone is no event)."""
    tables, i = parse_tables(token.doc), token.i
    texts = tables.texts()
    if i >= 2 and texts[i - 1] == "-" and tables.glued(i - 1) and tables.glued(i - 2):
        return f"{tables.lowers[i - 2]}-{tables.lemmas()[i].casefold()}"
    lemma = tables.lemmas()[i].casefold()
    if i >= 1 and f"{tables.lowers[i - 1]} {lemma}" in lexicon.mapping("event_nouns"):
        return f"{tables.lowers[i - 1]} {lemma}"
    return lemma


def named_event(verb: Token) -> tuple[str, str] | None:
    """(class, noun) when a light verb leaves its event to its object ("held talks"), or to
    its passive subject ("a banquet was given")."""
    noun = _event_noun(verb)
    if noun is None:
        return None
    return lexicon.mapping("event_nouns")[_noun_key(noun)], _noun_key(noun)


def _event_noun(verb: Token) -> Token | None:
    # The event passes ask this of the same verbs several times each.
    return asked_once(verb, "verb's event noun", _find_event_noun)


def _find_event_noun(verb: Token) -> Token | None:
    lemma = verb.lemma_.casefold()
    candidates = []
    if lemma in lexicon.words("event_light_verbs"):
        candidates += children(verb, "dobj", "nsubjpass")
    occurrence = lexicon.words("event_occurrence_verbs")
    if _tells_occurrence(verb):
        # "Then followed a closing ceremony": with no subject, the parse makes the event
        # that happened the object.
        candidates += children(verb, "nsubj") or (
            children(verb, "dobj") if lemma in occurrence and not children(verb, "expl") else []
        )
    nouns = lexicon.mapping("event_nouns")
    return next((t for t in candidates if _noun_key(t) in nouns), None)


def _tells_occurrence(verb: Token) -> bool:
    """A verb that says its subject happened ("took place", "opened", "followed")."""
    lemma = verb.lemma_.casefold()
    occurrence = lexicon.words("event_occurrence_verbs")
    return lemma in occurrence or any(
        f"{lemma} {o.lower_}" in occurrence for o in children(verb, "dobj")
    )


def _is_passive(verb: Token) -> bool:
    """A passive clause, a participle with its agent included ("gifts sent by Kim", "visited
    the farm, accompanied by X")."""
    # Asked of each verb some seven times as its event is read.
    return asked_once(verb, "passive", _passive)


def _passive(verb: Token) -> bool:
    return (
        is_passive(verb)
        or (
            # The parser may tag such a participle a past tense ("Chekatt – shot dead by police").
            verb.dep_ in {"acl", "advcl"}
            and verb.tag_ in {"VBN", "VBD"}
            and bool(children(verb, "agent"))
        )
        or (
            # "the six service members killed": the noun a past participle follows undergoes it.
            # Not a perfect with a subject of its own, which the parse hangs on the noun it
            # completes ("the fact that many traders had chosen to square positions").
            verb.dep_ == "acl"
            and verb.tag_ == "VBN"
            and verb.i > verb.head.i
            and not children(verb, "nsubj")
            and not _main_verb_taken_for_participle(verb)
        )
        or _passive_conjunct(verb)
    )


def _main_verb_taken_for_participle(verb: Token) -> bool:
    """A sentence's main verb the parse hangs on its subject as a participle, the subject
    left as the sentence's head, where an apposition or a relative clause stands between
    them: "DD Acquisition Corp., a partnership of two firms, extended its offer", "Mr. Doyle,
    who trimmed his forecast, called the reaction justified". Its object or clause makes it
    active: a past participle that describes a noun takes neither. (A headline's participle
    with an object, "Soldiers awarded medals", has no such phrase before it.)"""
    noun = verb.head
    return (
        noun.dep_ == "ROOT"
        and noun.pos_ in NOMINAL
        and any(c.i < verb.i for c in children(noun, "appos", "relcl"))
        and bool(children(verb, "dobj", "ccomp"))
    )


def _passive_conjunct(verb: Token) -> bool:
    """A bare past participle joined to a passive clause shares its passive subject ("was
    arrested and taken to prison", "was confirmed to be pregnant and sent to the hospital"):
    the subject undergoes both. A perfect ("has visited and inspected") keeps its doer."""
    if verb.dep_ != "conj" or verb.tag_ != "VBN" or _own_clause(verb):
        return False
    clause = verb
    while clause.dep_ in CLAUSE_CHAIN and clause.head.pos_ in {"VERB", "AUX"}:
        clause = clause.head
        if _own_clause(clause):
            return is_passive(clause)
    return False


def _own_clause(verb: Token) -> bool:
    # The "to" of an infinitive ("to be pregnant") leaves its subject to the clause above.
    return any(t.tag_ != "TO" for t in children(verb, *SUBJECT_OR_AUX))


def _passive_head(verb: Token) -> Token | None:
    """The passive clause a bare participle is joined to ("arrested by police and taken")."""
    head = verb.head
    return head if _passive_conjunct(verb) and head.dep_ != "xcomp" and is_passive(head) else None


def _confidence(agents: tuple[Entity, ...], patients: tuple[Entity, ...]) -> Decimal:
    if any(e.kind in NAMED for e in agents):
        return Decimal("0.75")
    if agents:
        return Decimal("0.65")
    return Decimal("0.5") if patients else Decimal("0.4")


def _label(
    lemma: str,
    agents: tuple[Entity, ...],
    patients: tuple[Entity, ...],
    doc: Doc,
    facts: Sequence[Triple] = (),
    direct: tuple[Entity, ...] = (),
) -> str:
    """ "agent lemma patient", the clause's own words standing in for a missing entity. Of
    the patients, one the clause acts on itself: "commit an inhuman crime of killing
    civilians" is not labelled "commit civilians" while the clause's words are at hand."""
    subject = agents[0].name if agents else facts[0].subject.text if facts else ""
    objects = [o.text for o in (_acted_on(t, doc) for t in facts) if o is not None]
    # "urged him": whom the pronoun stands for reads better than the pronoun. A clause with
    # only a time after it ("arrived Tuesday") acts on no one its phrases name either.
    deep = any(t.objects for t in facts) and not (
        objects and objects[0].casefold() in OBJECT_PRONOUNS
    )
    named = [p for p in patients if p in direct] if deep else list(patients)
    obj = named[0].name if named else objects[0] if objects else ""
    return " ".join(p for p in (subject, lemma, obj) if p)


def _acted_on(triple: Triple, doc: Doc) -> Phrase | None:
    """The first of a triple's objects that is not a bare time: a clause with no object puts
    its first adjunct first ("fell Oct. 19", "said Tuesday"), which tells when, not what.
    Past a time, a prepositional phrase is no better an object ("came less than an hour
    after Castro spoke"): only a complement is."""
    tokens = [_token_at(doc, o.head) for o in triple.objects]
    for i, (phrase, token) in enumerate(zip(triple.objects, tokens, strict=True)):
        # "celebrated May Day": a day may be the object proper.
        timed = token is not None and token.ent_type_ in POINTS and token.dep_ != "dobj"
        if i == 0 and not timed:
            return phrase
        if i > 0 and not timed and token is not None and token.dep_ not in {"pobj", "pcomp"}:
            return phrase
    return None


def _undergone_label(verb: Token, patients: tuple[Entity, ...], facts: Sequence[Triple]) -> str:
    """A passive's with no doer: what underwent it and the participle ("Two suspects
    arrested"), as "agent lemma patient" would make the patient its own doer ("Two suspects
    arrest suspects"). The clause's words name it, a pronoun's person by name."""
    subject = facts[0].subject.text if facts else ""
    if patients and (not subject or subject.casefold() in PERSON_SUBJECT_PRONOUNS | {"they"}):
        subject = patients[0].name
    # "were carried out": the particle is the verb's.
    words = [verb.lower_, *(c.lower_ for c in children(verb, "prt"))]
    # "admired by the world": a doer no entity names, in the clause's words up to its noun.
    doers = [o for a in children(verb, "agent") for o in children(a, "pobj")]
    if doers:
        words += ["by", verb.doc[doers[0].left_edge.i : doers[0].i + 1].text]
    # What was decided, asked, made or meant: "It was decided that the families will receive
    # gifts", "were forced to flee", "was kept secret", "was aimed at preventing defections".
    told = children(verb, "ccomp", "xcomp", "oprd", "acomp") + [
        p for p in children(verb, "prep") if children(p, "pcomp")
    ]
    told = [t for t in told if t.i > verb.i]
    if told:
        first = min(told, key=lambda t: t.i)
        words.append(verb.doc[first.left_edge.i : first.right_edge.i + 1].text)
    return " ".join([subject, *words])


def is_action(token: Token) -> bool:
    """A content verb this extractor reads (reporting and order verbs are read elsewhere)."""
    if token.pos_ != "VERB":
        return False
    # Asked of each verb by the triples' clauses, the passes for clauses with no triple and
    # the speech acts left unread.
    return asked_once(token, "action", _is_action_verb)


def _is_action_verb(verb: Token) -> bool:
    # "The decision to raise taxes angered farmers": what came of an order is left to it.
    return (
        (not reports_speech(verb) or _announces(verb))
        and not is_order_trigger(verb)
        and not said_of_an_order_told(verb)
        and not _state_of_mind(verb)
    )


def _state_of_mind(verb: Token) -> bool:
    """A passive idiom that tells how someone feels, not what anyone did ("acting rashly, being
    carried away by ill-advised bravery", "got carried away"; lexicon
    `state_of_mind_idioms`), when its "by" names a feeling (lexicon `manner_nouns`) or nothing.
    "The bodies were carried away by police" is an act."""
    idioms = lexicon.words("state_of_mind_idioms")
    lemma = verb.lemma_.casefold()
    feelings = lexicon.words("manner_nouns")
    # The parser takes "away" and "aback" for adverbs as often as for particles.
    return (
        is_passive(verb)
        and any(f"{lemma} {c.lower_}" in idioms for c in children(verb, "prt", "advmod"))
        and all(
            by.lemma_.casefold() in feelings
            for agent in children(verb, "agent")
            for by in children(agent, "pobj")
        )
    )


def _announces(verb: Token) -> bool:
    """A reporting verb whose object is an event a noun names, with no clause or quotation
    reported: "the regime announced the seizure of land" is an act, not a statement."""
    nouns = lexicon.mapping("event_nouns")
    objects = children(verb, "dobj")
    return not children(verb, "ccomp", "xcomp") and (
        any(_noun_key(o) in nouns or _explained(o) for o in objects)
        # "They told about the great love of ...": a telling whose words are not given.
        or (
            not objects
            and bool(prepositional_objects(verb, ABOUT))
            and not quotations(sentence_of(verb))
        )
    )


def _explained(obj: Token) -> bool:
    """An object that is a thing told about, not words reported: "the performers explained
    the reminiscences" is an act, as is "noted the successes"; a quotation, a clause or a
    text ("stated the following") is left to statements. A title quoted inside the object
    ("the reminiscences in "Reminiscences of Guerrillas"") is no quotation of words said."""
    inside = range(obj.left_edge.idx, obj.right_edge.idx + len(obj.right_edge))
    text = doc_text(obj.doc)
    # Words said are introduced by a colon or a comma ("stated the position: "We ...""),
    # a title is not.
    said = [
        begin
        for begin, _, _ in quotations(sentence_of(obj))
        if begin not in inside or text[: begin - 1].rstrip().endswith((":", ","))
    ]
    return (
        obj.pos_ == "NOUN"
        and obj.lemma_.casefold() not in lexicon.words("statement_nouns")
        and not said
    )


def characterisation(verb: Token) -> str | None:
    """The judgement a speaker gives of something, when the clause is one: "Tremaine called the
    move a temporary setback", "described the attacks as senseless". Such a clause is a
    statement whose words are what the object is called. A passive or a participle names
    ("a drill dubbed Freedom Flag"), and a call with no such predicate ("called for unity",
    "called the officials to his office") says nothing of the kind."""
    if (
        verb.lemma_.casefold() not in lexicon.words("characterising_verbs")
        or _is_passive(verb)
        or not subjects(verb)
    ):
        return None
    objects = children(verb, "dobj")
    called = children(verb, "oprd") if objects else []
    # The parse hangs "as" on the verb or on its object ("described the attacks as senseless").
    called = called or [t for o in [verb, *objects] for t in prepositional_objects(o, AS)]
    if not called:
        return _quoted_judgement(verb)
    last = max(c.right_edge.i for c in called)
    words = QUOTE_MARKS.sub("", tokens_text(verb.doc, called[0].left_edge.i, last + 1))
    return " ".join(words.split()).strip(" ,.") or None


def _quoted_judgement(verb: Token) -> str | None:
    """The words quoted after what a speaker calls something, where the parse found no
    predicate for them: "called the rebels ``bandits''" (the object lost), "called the plan
    part of its strategy and "a sound program"", "called the talk about the plot ``nonsense''"
    (the quotation hung inside the object). Something must be called before the quotation:
    "called for the return of ``our boy''" and "what it calls "the data business"" judge
    nothing."""
    tokens = doc_tokens(verb.doc)
    subtree = range(verb.left_edge.i, verb.right_edge.i + 1)
    after = verb.i + 1
    if after not in subtree or tokens[after].pos_ in {"ADP", "PART"}:
        return None
    pos = doc_pos(verb.doc)
    mark = next(
        (
            i
            for i in range(after + 1, subtree.stop - 1)
            if tokens[i].text in OPENING_MARKS and pos[i + 1] not in {"PUNCT", "VERB", "AUX"}
        ),
        None,
    )
    if mark is None or not any(_called(tokens[i], mark) for i in range(after, mark)):
        return None
    phrase = tokens[mark + 1]
    while head_of(phrase).i != verb.i and head_of(phrase).left_edge.i >= mark:
        phrase = head_of(phrase)
    # The quotation as a whole, where the parse hangs its last words elsewhere.
    closing = next((i for i in range(mark + 1, subtree.stop) if tokens[i].text in CLOSING_MARKS), 0)
    end = max(phrase.right_edge.i, closing)
    words = QUOTE_MARKS.sub("", tokens_text(verb.doc, mark, end + 1))
    return " ".join(words.split()).strip(" ,.") or None


def _words_as_itself(verb: Token, agents: tuple[Entity, ...]) -> str | None:
    """The words quoted of a speaker the statements' extractor, which reads speakers by their
    names, leaves unread: a body a common noun names again ("Harlow Savings & Loan Association
    posted a loss. The thrift said that ``...''", "the drug company said it ``expects ...''"),
    or a speaker that is no entity at all ("A statement after the meeting said the ministers
    had considered the ``bombing outrages''"). A direct quotation is a statement, whoever
    speaks. Words it is only said to
    have said ("the company said net rose") credit it as the source of the news they tell, and
    a verb announcing an event is an act."""
    if not reports_speech(verb) or _announces(verb):
        return None
    # Only the words its clause reports on its own line: the lines of a list the parse runs
    # into one sentence quote others.
    first, last = verb.left_edge, verb.right_edge
    doc, sentence = verb.doc, sentence_of(verb)
    text = doc_text(doc)
    # The parse may end the sentence before the mark that closes its last words' quotation.
    closed = sentence.end < len(doc) and doc_tokens(doc)[sentence.end].text in CLOSING_MARKS
    quoted = [
        words
        for begin, end, words in quotations(doc[sentence.start : sentence.end + closed])
        if first.idx <= begin
        and end <= last.idx + len(last)
        and not begin <= verb.idx < end
        and "\n" not in text[min(begin, verb.idx) : max(end, verb.idx)]
    ]
    return " … ".join(quoted) or None


def _called(token: Token, mark: int) -> bool:
    """A word of the thing called before the quotation at `mark`: a noun, a name, "it", or a
    gerund ("calls discounting ``a loser's game''"); not a word qualifying the quotation's own
    noun ("denounced Saddam's ``ruinous policies''", "the Miami ``worms''": what is denounced,
    in quotation marks, with no judgement of it)."""
    if token.pos_ not in CALLED and token.tag_ != "VBG":
        return False
    return not (token.dep_ in QUALIFYING and head_of(token).i > mark)


def _ordered(verb: Token) -> bool:
    """An action that is the content of an order ("instructed officials to seek out ..."), or
    goes on from one ("... to repair the dams and build houses"). A clause beside the order
    verb itself ("set forth the tasks and inspected the workshop") is done, not ordered."""
    if verb.dep_ == "conj":
        return _ordered(verb.head)
    return verb.dep_ in {"xcomp", "ccomp"} and is_order_trigger(verb.head)


def _received_from(ctx: Context, verb: Token, objects: list[Token]) -> tuple[Entity, ...]:
    """Who sent the message, letter, card or other thing a receiving verb's object names
    ("received a letter from X", "received greetings from X"; lexicons `statement_nouns`,
    `transfer_nouns`)."""
    if verb.lemma_.casefold() not in lexicon.words("getting_verbs"):
        return ()
    statements = lexicon.union("statement_nouns", "transfer_nouns")
    # "received messages of greeting from the president of A, the president of B and the
    # chairman of C": each on the list sent one.
    listed = _senders_listed(
        ctx.entities,
        [
            sender
            for obj in objects
            if obj.lemma_.casefold() in statements
            for holder in (verb, obj, *prepositional_objects(obj, OF))
            for sender in prepositional_objects(holder, FROM)
        ],
    )
    if len(listed) > 1:
        return listed
    for obj in objects:
        found = received_from(obj, ctx.entities, PARTICIPANT_KINDS)
        if found is not None and found[1] == verb:
            return (found[0],)
    # "received a message of greeting from Xi Jinping": the parser hangs "from" on what the
    # message is of.
    senders = entities_of(
        ctx.entities,
        [
            sender
            for obj in objects
            if obj.lemma_.casefold() in statements
            for what in prepositional_objects(obj, OF)
            for sender in prepositional_objects(what, FROM)
        ],
        *PARTICIPANT_KINDS,
    )
    # "received a New Year card from X": a thing sent that no text of the article quotes.
    return senders[:1] or listed


def _came_from(ctx: Context, verb: Token) -> tuple[Entity, ...]:
    """Who sent the messages, greetings or gifts a coming verb's subject names ("Messages came
    from the president of A, the president of B and the chairman of C"; lexicon
    `coming_verbs`): each on the list sent one."""
    if verb.lemma_.casefold() not in lexicon.words("coming_verbs"):
        return ()
    sent = lexicon.union("statement_nouns", "transfer_nouns")
    subjects = [s for s in children(verb, "nsubj") if s.lemma_.casefold() in sent]
    if not subjects:
        return ()
    # A long list defeats the parse, which may hang its later items on the subject as
    # appositions.
    return _senders_listed(
        ctx.entities,
        [sender for holder in (verb, *subjects) for sender in prepositional_objects(holder, FROM)]
        + [item for s in subjects for item in children(s, "appos")],
    )


def _senders_listed(index: EntityIndex, heads: list[Token]) -> tuple[Entity, ...]:
    """Those a list after "from" names, or whose bodies it names by the titles of their
    unnamed office-holders ("the president of A, the president and the vice-president of B");
    a long list defeats the parse, which hangs its items on one another as appositions."""
    listed = list(heads)
    frontier = list(heads)
    while frontier:
        # The next item may hang on the body the title before it is "of".
        hosts = frontier + [o for t in frontier for o in prepositional_objects(t, OFFICE_OF)]
        frontier = [c for t in hosts for c in children(t, *LISTED) if c not in listed]
        listed += frontier
    found = (
        index.entity_at(t) or office_body(index, t, tuple(BODY_KINDS))
        for t in sorted(listed, key=lambda t: t.i)
        if index.entity_at(t) is not None
        or (_office_held(index, t) and not _title_of_named(index, t))
    )
    return tuple(dict.fromkeys(e for e in found if e is not None))


def _title_of_named(index: EntityIndex, token: Token) -> bool:
    """The office noun is a named person's title, alone or listed with others ("Xi Jinping,
    general secretary of the CPC Central Committee and president of the PRC"): the person
    acts, not the bodies of the titles."""
    while token.dep_ == "conj":
        token = head_of(token)
    return token.dep_ == "appos" and _kind_at(index, head_of(token)) is EntityKind.PERSON


def _event(doc: Doc, verb: Token, ctx: Context, facts: Sequence[Triple] = ()) -> Event | None:
    """The event of a verb's clause; with `facts` (its triples) it is kept even when no entity
    takes part, and carries the clause's words and the triples' confidence."""
    index = ctx.entities
    subject_heads = (
        _subjects_split_off(verb)
        or _subjects_of_copula_described(verb)
        or subjects(verb) + stranded_subjects(verb)
        or _gerund_doers(ctx, verb)
        or _inverted_subjects(verb)
        or _subject_taken_for_apposition(verb)
    )
    subject_heads = _within_item(ctx, verb, subject_heads)
    # Found at most once: for the subjects of a clause that has none, else for its time.
    asked = not subject_heads
    participle = _opening_participle(verb) if asked else None
    if participle is not None:
        subject_heads = children(participle, "nsubj")
    subject_heads += [c for s in subject_heads for c in comitatives(s)]
    subject_heads += _peers_hung_inside(index, subject_heads)
    subject_heads += _people_hung_inside(index, subject_heads)
    subject_heads += _designators_hung_inside(index, subject_heads)
    subject_heads += counted_members(index, subject_heads)
    subject_heads += _groups_listed(index, subject_heads)
    subject_heads += _offices_listed(index, subject_heads)
    subject_heads += _gapped_subjects(index, verb, subject_heads)
    subject_heads += _ranked_after(index, verb, subject_heads)
    subject_heads += _named_modifiers(index, subject_heads)
    subject_heads += _bodies_of_members(index, subject_heads)
    subject_heads += _bodies_before(index, subject_heads)
    subject_heads += _bodies_before(index, _groups_meant(ctx, subject_heads))
    subject_heads += _purpose_owners(index, verb)
    subject_heads += [t for s in subject_heads for t in _listed_after_titles(index, s)]
    # "Its production processes won the authentication": the body whose they are acts.
    subject_heads += [
        p
        for s in subject_heads
        if index.entity_at(s) is None
        for p in children(s, "poss")
        if p.lower_ == "its"
    ]
    subject_heads += _subject_owners(index, subject_heads)
    # "DPRK players Ju Song Mi and Ryom Kwang Hyok bagged medals": the named members act, and
    # so do the holders an office names in apposition, with those listed after them ("The
    # army GOC, Sir Harry Tuzo, the acting chief of the RUC, Mr David Corbett, ... attended").
    subject_heads += [
        a
        for s in subject_heads
        if _stands_for_others(index, s) or _office_held(index, s)
        for a in children(s, "appos")
        if (e := index.entity_at(a)) is not None and e.kind is EntityKind.PERSON
    ]
    # "Senior officials, including Kim Tok Hun and Choe Ryong Hae, visited": those named act,
    # also where the parse hangs "including" on the subject's "of" phrase ("Members of the
    # leadership body including Kim Tok Hun").
    examples = [
        named
        for s in subject_heads
        for owner in [s, *prepositional_objects(s, OF)]
        for named in _examples(owner)
    ]
    subject_heads += [e for e in examples if index.entity_at(e) is not None]
    # "Officials ... and working people, youth and students of many units including the A and
    # the B visited": a long subject defeats the parse, which hangs the "including" phrase
    # deep in it; its examples act all the same.
    deep = [e for e in _examples_deep_in(subject_heads) if index.entity_at(e) is not None]
    # "... the Taedae Farm in Waudo District and the Nampho University": the parse joins the
    # last to the place of the one before.
    deep += _peers_hung_inside(index, deep)
    examples += [e for e in deep if e not in examples]
    subject_heads += [e for e in examples if e not in subject_heads]
    # "Public catering establishments, including Okryu and Chongryu restaurants": the names
    # the examples' plural noun shares.
    subject_heads += _named_modifiers(index, examples)
    # Again: the heads added above grew from the item's own subjects, but a name the parse
    # hangs on one may be the paper's, on the line above ("Rodong Sinmun\n- Trade union
    # officials conducted ...").
    subject_heads = _within_item(ctx, verb, subject_heads)
    # Asked once: each role below reads it.
    passive = _is_passive(verb)
    if passive:
        # "killed by the Zionists' bombardments": whose the means were.
        by = prepositional_objects(verb, BY)
        # "arrested by police and taken to prison": who arrested took too.
        by = by or [
            t for h in [_passive_head(verb)] if h is not None for t in prepositional_objects(h, BY)
        ]
        # "was greeted by commanding officers of the academy", "held by working people's
        # organizations": the parse takes the group's first word for a gerund the "by" phrase
        # holds, the rest for its object; the group they name acts.
        by = by or [
            o
            for p in children(verb, "agent")
            for c in children(p, "pcomp")
            if index.entity_at(c) is not None
            for o in [d for d in children(c, "dobj") if index.entity_at(d) is not None] or [c]
        ]
        by += [t for b in by for t in _listed_after_titles(index, b)]
        by += _named_modifiers(index, by)
        # "by units including the A under the B and the C": the parse hangs C on B.
        by += _peers_hung_inside(index, by + [e for b in by for e in _examples(b)])
        by += _named_after_description(index, by)
        agents = _actors(ctx, _qualified(index, by))
        # "A floral basket in the name of Kim Jong Un was laid": who sent it.
        agents = agents or _actors(ctx, _senders(subject_heads))
        # "The letter was published in Granma": the paper that carries it publishes it.
        agents = agents or _publishers(index, verb)
        # "They were seen off": who the pronoun stands for undergoes it.
        patients = _actors(ctx, subject_heads)
    else:
        agents = _actors(ctx, subject_heads) or _paper_of_item(index, verb, subject_heads)
        agents += tuple(e for e in _countries_acted_for(index, subject_heads) if e not in agents)
        agents += tuple(e for e in _companies_run(ctx, subject_heads) if e not in agents)
        # "congratulated them", "received the General Secretary": who the object stands for.
        undergoing = children(verb, "dobj", "attr", "oprd")
        undergoing += _bodies_of_members(index, undergoing)
        patients = _actors(ctx, undergoing + _peers_hung_inside(index, undergoing))
    # What the clause itself acts on, before the entities its phrases name deeper down.
    direct = patients
    # "in cooperation with IT units": they act too.
    agents += tuple(
        e for e in _actors(ctx, _qualified(index, _joint_actors(verb))) if e not in agents
    )
    # "Thanks to the efforts of officials and builders, the station is nearing completion":
    # those whose efforts the act is owed to do it.
    agents += tuple(
        e
        for e in _actors(ctx, _qualified(index, _credited(verb)))
        if e.kind in PARTICIPANT_KINDS and e not in agents + patients
    )
    included = tuple(e for e in _included(index, verb) if e not in agents + patients)
    # Asked only when someone is included: whose members they are reads the words' number.
    if included and (passive or _lists_object_members(verb)):
        patients += included
    else:
        agents += included
    # "Iraq's invasion took place in 1990", "the bombing by ETA occurred at noon": the event
    # a verb of occurrence says happened is done by whom its noun's own phrase names.
    noun = _event_noun(verb)
    if noun is not None and noun.dep_ in SUBJECTS and _tells_occurrence(verb):
        cls_of_noun = lexicon.mapping("event_nouns")[_noun_key(noun)]
        agents += tuple(e for e in _doers_of_noun(ctx, noun, cls_of_noun) if e not in agents)
        patients += tuple(
            e for e in _owners_undergoing(ctx, noun, cls_of_noun) if e not in agents + patients
        )
    # "The Manchester bombing killed 22 people": the place named before the event noun is
    # where the killing was, not who killed.
    scene = _event_subject_place(index, subject_heads)
    agents = tuple(a for a in agents if a != scene)
    if verb.lemma_.casefold() in lexicon.words("companion_verbs") and patients:
        # A list of companions with their titles defeats the parse of coordination: everyone
        # the clause names, but the person accompanied, is a companion.
        listed = entities_of(index, list(verb.subtree), EntityKind.PERSON)
        agents = tuple(e for e in listed if e not in patients)
    objects = _qualified(index, children(verb, "dobj"))
    # "held talks with Putin", "met with the delegation": the counterpart takes part too.
    # "Talks between A and B took place": the sides of an event a noun names take part too.
    # "staged a joint drill Keen Sword with Japan": the parse may hang the phrase on the name
    # in apposition to the object.
    named_objects = [a for o in objects for a in children(o, "appos")]
    partners = prepositional_objects(verb, PARTNER_PREPOSITIONS) + [
        t
        for o in objects + named_objects + ([] if noun is None else [noun])
        for t in prepositional_objects(o, PARTNER_PREPOSITIONS | BETWEEN)
    ]
    if noun is not None:
        # "The embargo on Iraq remained in force": whom the noun's own phrase names.
        partners += prepositional_objects(noun, _role_prepositions().get(_noun_key(noun), NONE))
    partners += _sides_of_event_taken_part_in(verb)
    # "had a picture taken with them": the partners of what the object's participle tells.
    partners += [
        t
        for o in objects
        for p in children(o, "acl")
        if p.tag_ == "VBN"
        for t in prepositional_objects(p, PARTNER_PREPOSITIONS)
    ]
    # "met with leading members of the delegation headed by X": the delegation and X too.
    partners = _qualified(index, partners)
    partners += _named_in_apposition(index, partners)
    partners += [t for p in partners for t in _listed_after(p)]
    partners += [c for t in partners for c in _countries_of_title(index, t)]
    partners += _makers(partners)
    # "recalled his talks": the owner may be the agent, who is no patient too.
    patients = tuple(
        e
        for e in dict.fromkeys(
            (
                *patients,
                *_actors(ctx, partners),
                *entities_of(index, _targets(verb) + _targets_beside_doers(verb)),
                *entities_of(index, _qualified(index, _aimed_at(verb)), *PARTICIPANT_KINDS),
                *(
                    e
                    for e in entities_of(index, _qualified(index, _encroached_upon(verb)))
                    if e.kind in PARTICIPANT_KINDS or is_country(e)
                ),
                *(
                    e
                    for e in entities_of(index, _vented_at(index, verb))
                    if e.kind in PARTICIPANT_KINDS or is_country(e)
                ),
                # "told about the great love of Kim Jong Un": whom the telling is about.
                *entities_of(index, _qualified(index, prepositional_objects(verb, ABOUT))),
                *entities_of(index, _bodies_meeting(verb, noun), *PARTICIPANT_KINDS),
                *entities_of(index, _memorialised(verb), EntityKind.PERSON),
                *_actors(ctx, _appraised(verb)),
                *_owners_judged(index, verb),
                *entities_of(index, _named_beside(objects), *PARTICIPANT_KINDS),
                *entities_of(index, _named_after_object(objects), *PARTICIPANT_KINDS),
                *entities_of(index, _wished_for(verb), *PARTICIPANT_KINDS),
                *entities_of(index, _undergoing_objects_act(objects), *PARTICIPANT_KINDS),
                *(
                    e
                    for e in entities_of(index, _told_of(verb))
                    if e.kind in PARTICIPANT_KINDS or is_country(e)
                ),
                *entities_of(index, _attending(index, verb), *PARTICIPANT_KINDS),
                *(
                    e
                    for e in entities_of(index, _backers(verb, noun))
                    if e.kind in PARTICIPANT_KINDS or is_country(e)
                ),
                *entities_of(index, _owners(index, verb, subject_heads), *PARTICIPANT_KINDS),
                *_company_whose(index, verb, subject_heads),
                *companies_traded(index, subject_heads),
                *_companies_of_things(index, verb, subject_heads),
                *_company_measured(index, subject_heads),
                *entities_of(index, objects + _makers(objects), *PARTICIPANT_KINDS),
                # "seeking higher offers from other bidders": whom what is sought comes from;
                # "attended a rally by media workers": who made it.
                *entities_of(index, _sources_of(objects), *PARTICIPANT_KINDS),
                *entities_of(index, _made_by(objects), *PARTICIPANT_KINDS),
                *entities_of(index, _makers_hung_on_verb(verb, noun), *PARTICIPANT_KINDS),
                *entities_of(index, _sources_of_act(verb), *PARTICIPANT_KINDS),
                *entities_of(index, _sources_of_amount(verb), *PARTICIPANT_KINDS),
                *entities_of(index, _bodies_seated(verb), EntityKind.ORGANIZATION),
                # "will respond to an Iraqi attack on Jordan", "condemned the raid on the
                # militants": the side an act of violence the verb answers is aimed at.
                *(
                    e
                    for n in children(verb, "dobj") + prepositional_objects(verb, TO)
                    for e in _attacked(index, n)
                ),
                *entities_of(index, _sources_hung_inside_object(verb), *PARTICIPANT_KINDS),
                *_countries_got_from(index, verb),
                *_sides_of_purpose(index, verb),
                *entities_of(index, _authors(index, verb), *PARTICIPANT_KINDS),
                *entities_of(
                    index, _sources_of_doers(index, verb, subject_heads), *PARTICIPANT_KINDS
                ),
                *_repeated_bodies(index, objects),
                *_worked_at(index, verb),
                *_hosts(index, verb),
                *entities_of(index, _subject_sides(index, subject_heads)),
                *entities_of(index, _of_subject_event(index, verb), *PARTICIPANT_KINDS),
                *entities_of(index, _owners_of_passive_subject(index, verb), *OWNING_KINDS),
                *(
                    e
                    for e in entities_of(index, _owners_of_active_subject(index, verb))
                    if e.kind in OWNING_KINDS or is_country(e)
                ),
                *entities_of(index, _owners_before_active_subject(index, verb), *PARTICIPANT_KINDS),
                *_named_in_piece(ctx, verb),
                *(
                    e
                    for e in entities_of(index, _offered(verb))
                    if e.kind in PARTICIPANT_KINDS or is_country(e)
                ),
                # "Iraq alleged Ritter was a spy": whom the reported clause speaks of.
                *(spoken_of(verb, ctx) if reports_speech(verb) else ()),
            )
        )
        if e not in agents
    )
    # "inspected the plant along with Jo Yong Won", "arrested Roth along with two others":
    # those the act is done along with share the role of its object when that names people.
    # Only those named themselves: "shine along with their noble name" names no companion.
    companions = tuple(e for e in _actors(ctx, comitatives(verb)) if e not in agents + patients)
    if _is_passive(verb) or any(p.kind in PEOPLE for p in patients):
        patients += companions
    else:
        agents += companions
    # "Congratulatory messages to Kim Jong Un were adopted": a passive's subject is what is
    # given, as an active's object is.
    themes = objects + (children(verb, "nsubjpass") if passive else [])
    # Not "carried out thanks to the devotion of service personnel": whom it is owed to.
    owed = _owed_to(verb)
    recipient_heads = _qualified(
        index,
        children(verb, "dative")
        + [t for t in prepositional_objects(verb, RECIPIENT_PREPOSITIONS) if t not in owed]
        # Not "a group called the Working Group on Afghan Women", which names its object.
        + (
            prepositional_objects(verb, APPEALED_TO)
            if verb.lemma_.casefold() in lexicon.words("appeal_verbs")
            and not children(verb, "dobj", "oprd")
            else []
        )
        + _conferred_on(verb)
        + _audience(verb)
        + [t for o in themes for t in prepositional_objects(o, RECIPIENT_PREPOSITIONS)],
    )
    given_to = _qualified(index, _given_to(verb, themes, noun))
    recipient_heads += [t for t in given_to if t not in recipient_heads]
    recipient_heads += [t for h in recipient_heads for t in _listed_after(h)]
    recipient_heads += _listed_on_the_verb(verb, recipient_heads)
    recipient_heads += _peers_hung_inside(index, recipient_heads)
    gathering = named_event(verb)
    if noun is not None and gathering is not None and gathering[0] in GATHERINGS:
        # "a banquet for labor innovators was given": those a gathering is given for.
        recipient_heads += _qualified(index, prepositional_objects(noun, RECIPIENT_PREPOSITIONS))
        recipient_heads += _guests(verb, noun)
    furnished = tuple(
        e
        for e in _actors(ctx, _qualified(index, _furnished(verb, subject_heads)))
        if e.kind in PARTICIPANT_KINDS
    )
    recipient_heads = [t for t in recipient_heads if index.entity_at(t) not in furnished]
    recipients = furnished + tuple(
        e for e in _actors(ctx, recipient_heads) if e.kind in PARTICIPANT_KINDS
    )
    patients = tuple(e for e in patients if e not in furnished)
    # "a gift of medical supplies to Tanzania": a country is given it too.
    recipients += tuple(e for e in _actors(ctx, given_to) if is_country(e) and e not in recipients)
    # "received a reply message from Xi Jinping": the sender gave it, the subject received it.
    senders = () if passive else _received_from(ctx, verb, objects)
    if senders:
        recipients = tuple(dict.fromkeys((*recipients, *agents)))
        agents = senders
        patients = tuple(e for e in patients if e not in senders + recipients)
    # "Messages came from X and Y": they sent them; the subject is what was sent, no one who
    # received it.
    came = () if passive or senders else _came_from(ctx, verb)
    if came:
        agents = came
        patients = tuple(e for e in patients if e not in came)
    # "Putin asked her", "shook hands with him": an object pronoun is not its clause's doer.
    # A doer named by a pronoun too ("she wished him") was guessed as the object was, and
    # the clash tells that the doer is wrong, not whom the object stands for.
    if not any(h.pos_ == "PRON" for h in subject_heads):
        patients += tuple(
            e
            for e in _others_meant(index, children(verb, "dobj") + partners, agents)
            if e not in patients + recipients
        )
        recipients += tuple(
            e
            for e in _others_meant(index, recipient_heads, agents)
            if e not in patients + recipients
        )
    # "Then followed speeches": an inverted clause yields no triple, and tells an event
    # whether or not anyone named takes part; an inverted passive with no one named
    # describes a scene ("Written on the ribbon were letters").
    inverted = [] if facts or verb.tag_ == "VBN" else _inverted_subjects(verb)
    if not (agents or patients or recipients or facts or noun is not None or inverted):
        return None
    # "20,000 GIs have already massed to defend Saudi Arabia", the subject parsed as an
    # apposition: no triple reads the infinitive's object as the clause's, as one would.
    infinitive_objects = (
        []
        if facts or patients
        else [
            o for x in children(verb, "xcomp") if is_to_infinitive(x) for o in children(x, "dobj")
        ]
        + _object_taken_for_head(verb)
    )
    if (facts or infinitive_objects) and not patients:
        # "referred to defectors": the object of an intransitive clause's preposition.
        objects = infinitive_objects or [
            token
            for t in facts
            if t.objects and (token := _token_at(doc, t.objects[0].head)) is not None
        ]
        # An object noun stands for whom it names again ("help turn the automotive-parts
        # manufacturer around": the company). Not a pronoun, whom it stands for is guessed and
        # a guess is not worth a link ("I look at them right square in the face"); nor a
        # preposition's object, more often where than who ("gathered within the city of
        # Caracas", "houses were built at the farms"). The units a plural noun shares count as
        # one named alone does ("built at Yanggok and Manjong farms", as "at the Yangsa Farm");
        # places so named are where ("gained in Unsan and Yomju counties").
        meant = (
            e
            for o in objects
            for e in (
                _actors(ctx, [o])
                if o.pos_ != "PRON" and o.dep_ != "pobj"
                else entities_of(index, [o])
                + entities_of(index, _named_modifiers(index, [o]), EntityKind.ORGANIZATION)
            )
        )
        # Not "left for Russia": where a departure heads for undergoes nothing.
        departing = verb.lemma_.casefold() in lexicon.words("departure_verbs")
        patients = tuple(
            e
            for e in dict.fromkeys(meant)
            if e not in agents + recipients and not (departing and e.kind is EntityKind.PLACE)
        )
    lemma = _lemma(verb)
    confidence = _confidence(agents, patients)
    if facts:
        confidence = Decimal(str(round(max(t.confidence for t in facts), 2)))
    cls = "Transfer" if senders or came else event_class(lemma)
    if cls in TRANSFERS:
        # "the weapons supplied by the U.S. to Ukraine": a country is given them too.
        given = (e for e in _actors(ctx, recipient_heads) if is_country(e))
        recipients += tuple(e for e in given if e not in recipients + agents)
    named = named_event(verb)
    if named is not None:
        cls, lemma = named
    # The verb's phrases place it as they do for its lemma's class, whatever sense its object
    # gives it ("launched an operation ... in Madrid").
    placed_as = cls
    if named is None and (
        _holds_no_occasion(verb, cls)
        or _undergone_by_no_one(index, verb, cls)
        or _launches_no_projectile(verb, cls)
        or _figurative_object(verb, cls)
    ):
        cls = "Action"
    cls = _unless_market_move(verb, cls)
    judgement = characterisation(verb) or _words_as_itself(verb, agents)
    if judgement is not None:
        cls = "Statement"
    time, time_confidence = (
        _planned_time(ctx, verb) or _invitation_time(ctx, verb) or ctx.act_dated(verb)
    )
    if time_confidence != ATTACHED and not asked:
        participle = _opening_participle(verb)
    if (
        time_confidence != ATTACHED
        and participle is not None
        and (dated := ctx.dated(participle))[1] == ATTACHED
    ):
        # "But on April 8, investigators, wondering how ..., searched": the time the parse
        # hangs on the participle, with the subject, opens the verb's clause.
        time, time_confidence = dated
    # A visit happens at the place visited ("visited the Kumsusan Palace of the Sun ... on the
    # birthday of the DPRK").
    # "paid a visit to the embassy": the light verb leaves the place visited a recipient
    # (not so "visited apartments for the university's educators").
    toured = (*patients, *(recipients if named is not None else ()))
    visited = [site for p in toured if cls in VISITS and (site := as_place(p)) is not None]
    if cls in VISITS:
        visited += _visit_place(index, verb)
    if cls in VISITS and named is not None:
        went_to = _visited_by_noun(index, verb) + _places_to(index, verb)
        visited += went_to
        # "paid a visit to Russia" tells what "visited Russia" does: the place visited
        # undergoes the visit, wherever the parse hangs the "to" phrase, and names it.
        toured_places = tuple(
            e for e in dict.fromkeys(went_to) if e not in agents + recipients + patients
        )
        patients += toured_places
        direct += toured_places
    place = visited[0] if visited else None
    here = _dateline_here(ctx, index, verb) if place is None else None
    if here is not None:
        place = here
    if place is None and verb.lemma_.casefold() in _verbs_done_at_their_object():
        # "left Pyongyang International Airport", "attacked Sevastopol City": where the
        # leaving or the attack took place.
        place = next((site for p in patients if (site := as_place(p)) is not None), None)
    if place is None:
        place = _destination(index, verb)
    if place is None:
        place = _taken_from(index, verb)
    if place is None:
        place = _acting_place(index, verb, subject_heads)
    if place is None:
        # "innovations are made by the shock brigades in Hamhung City": where the doers are.
        doers = _doers(index, verb)
        place = _where(
            index, verb, [verb, *subject_heads, *children(verb, "dobj"), *doers], placed_as
        )
    if place is None:
        place = _place_of_trip(index, verb)
    if place is None:
        place = _place_given(index, verb, gathering)
    if place is None:
        place = _occasion_place(index, verb)
    if place is None:
        place = _object_place(index, verb)
    if place is None:
        place = _planned_place(index, verb, cls)
    if place is None:
        place = _tried_place(index, verb)
    if place is None:
        place = _found_lying(index, verb)
    if place is None:
        place = _place_overhead(index, verb)
    if place is None:
        place = _place_while_going_on(index, verb)
    # "there", "on the spot", "across the city": a place the text named before, resolved.
    resolved: Entity | None = here
    if place is None:
        resolved = _place_referred(ctx, verb)
        place = resolved or _relative_place(index, verb)
    if place is None:
        place = resolved = _place_of_kind(ctx, verb) or _capital_named(ctx, verb)
    if place is None:
        place = scene
    if place is None:
        place = _place_down(index, verb)
    if place is None:
        place = _place_of_same_moment(index, verb)
    # The holding's own noun names the company: not "a dividend interest in Hughes earnings".
    patients += tuple(
        e
        for o in _companies_held(verb)
        if (e := index.entity_at(o)) is not None
        and e.kind is EntityKind.ORGANIZATION
        and e not in agents + recipients + patients
    )
    # Added after the place is found: the country of "the president of Cuba" is a side
    # of the act, not where it happened.
    patients += tuple(
        e
        for e in entities_of(
            index,
            _bodies_of_offices(
                index,
                children(verb, "dobj")
                + partners
                + recipient_heads
                + _offices_taken(verb)
                + _offices_removed_from(verb)
                + _senders_named(verb, children(verb, "dobj")),
            ),
            EntityKind.ORGANIZATION,
            EntityKind.PLACE,
        )
        if e not in agents + recipients + patients
    )
    patients += tuple(
        e for e in _company_reporting_office(index, verb) if e not in agents + recipients + patients
    )
    # Last, so that each role's names, however found, go on to the names listed after them.
    agents = _with_listed(index, verb, agents, patients + recipients)
    patients = _with_listed(index, verb, patients, agents + recipients)
    recipients = _with_listed(index, verb, recipients, agents + patients)
    return Event(
        classes=(cls,),
        predicate=lemma,
        evidence=(ctx.mention(_clause_evidence(verb)),),
        anchor=verb.idx,
        extractor="kg.events.v38" if facts else "kg.events.v23",
        agents=agents,
        recipients=recipients,
        patients=patients,
        time=time,
        time_confidence=time_confidence,
        place=place,
        place_confidence=None if resolved is None else NARRATIVE,
        sources=ctx.sources_for(verb),
        modality=_mode_of(_engaging_clause(verb)),
        confidence=confidence,
        quote=judgement,
        # A message received, or that came, is labelled as the text tells it, from its
        # receiver's side or its own.
        label=(
            f"{doc[inverted[0].left_edge.i : inverted[0].i + 1].text} {lemma}"
            if not (facts or not inverted or agents or noun is not None)
            else _undergone_label(verb, patients, facts)
            if passive and not agents and (facts or patients)
            else _label(
                lemma,
                recipients if senders else () if came else agents,
                patients,
                doc,
                facts,
                direct,
            )
        ),
        subject_texts=_distinct(t.subject.text for t in facts),
        object_texts=_distinct(t.objects[0].text for t in facts if t.objects),
        arguments=_distinct(o.text for t in facts for o in t.objects[1:]),
    )


def _within_item(ctx: Context, verb: Token, heads: list[Token]) -> list[Token]:
    """A press review lists its items one a line, each opened by a dash, under the name of the
    paper on a line of its own ("Minju Joson\n- The premier sent a message ..."), and the parse
    may take the name for the item's subject or a modifier of it: of an item's heads, those
    on its line, the apposition of a name above standing for it. The paper is the author of
    its own pieces ("Minju Joson\n- An article says ..."): those keep it."""
    text = ctx.article.text  # not doc.text, rebuilt per call
    start, _ = _line_bounds(text, verb.idx)
    if all(h.idx >= start for h in heads) or not text[start : verb.idx].lstrip().startswith("-"):
        return heads
    kept = [
        t
        for h in heads
        for t in ([h] if h.idx >= start else [a for a in children(h, "appos") if a.idx >= start])
    ]
    pieces = lexicon.words("publication_nouns")
    return heads if any(t.lemma_.casefold() in pieces for t in kept) else kept


def _paper_of_item(index: EntityIndex, verb: Token, heads: list[Token]) -> tuple[Entity, ...]:
    """The author of the piece a press review's item says something in: "Minju Joson\n- An
    article says ...\n- An editorial calls ..." (the parse gives the first item the paper,
    hanging its name on the subject). Only the verb the piece is the subject of: "calls upon
    officials to become pioneers" is no paper's becoming. A lead-in's paper ("Following are
    major articles in Rodong Sinmun:") is only the source of the items, as for the first."""
    pieces = lexicon.words("publication_nouns")
    return tuple(
        e
        for h in heads[:1]
        if h.head == verb and h.dep_ == "nsubj" and h.lemma_.casefold() in pieces
        for e in [paper_over_item(index, h, lead_in=False)]
        if e is not None
    )


def _line_bounds(text: str, at: int) -> tuple[int, int]:
    """Where the line holding offset `at` starts and ends (its newline, or the text's end)."""
    end = text.find("\n", at)
    return text.rfind("\n", 0, at) + 1, len(text) if end < 0 else end


def _mode_of(verb: Token) -> Modality:
    return Modality.ORDERED if _ordered(verb) else _modality(verb)


def _engaging_clause(verb: Token) -> Token:
    """The clause whose modality an "in" phrase's gerund shares: what officials are told "to
    take the lead in embracing" is ordered, what they "are to take part in building" planned.
    Any other verb answers for itself."""
    if verb.dep_ != "pcomp" or verb.head.lower_ != "in":
        return verb
    holder = verb.head.head
    clause = holder.head if holder.dep_ == "acomp" else holder
    return clause if clause.pos_ in {"VERB", "AUX"} else verb


def _modality(verb: Token) -> Modality:
    """The clause's modality; an act only wished, planned or needed ("the determination to
    give continuity", "important to find out") is planned."""
    found = modality(verb)
    return Modality.PLANNED if found is Modality.ASSERTED and intended(verb) else found


def _verbs_done_at_their_object() -> frozenset[str]:
    """Verbs whose place object is where the event took place ("entered the United States")."""
    return lexicon.union("departure_verbs", "attacking_verbs", "arrival_verbs")


def _included(index: EntityIndex, verb: Token) -> tuple[Entity, ...]:
    """Those an "including" phrase hung on the verb names, members of whom the clause tells
    of: "Leftists ... were arrested, including Ana Villar, ..., the actress Lucía Soto
    Moreno". A long list defeats the parse, so every name of the phrase is read; a name
    in an "of" phrase ("wife of the playwright Tomás Berrio") is a relative's, not listed."""
    phrases = [c for c in children_of(verb) if c.dep_ == "prep" and c.lower_ in INCLUDING]
    tokens = [t for p in phrases for t in p.subtree]
    owned = {index.entity_at(t) for t in tokens if t.dep_ == "pobj" and t.head.lower_ in OF}
    return tuple(
        dict.fromkeys(e for e in entities_of(index, tokens, *PARTICIPANT_KINDS) if e not in owned)
    )


def _examples(token: Token) -> list[Token]:
    """The members a phrase names as its examples: "officials, including X and Y", "countries
    such as Mexico and Colombia", "such organizations as X and Y"."""
    # "such" opens the "as" phrase ("countries such as") or stands before the noun ("such
    # countries as"); "no such area as X" denies there is one.
    such_noun = any(c.lower_ == "such" for c in children(token, "amod")) and not any(
        c.lower_ == "no" for c in children(token, "det")
    )
    return prepositional_objects(token, INCLUDING) + [
        t
        for prep in children(token, "prep")
        if prep.lower_ in AS and (such_noun or any(c.lower_ == "such" for c in children_of(prep)))
        for t in children(prep, "pobj")
    ]


def _examples_deep_in(heads: list[Token]) -> list[Token]:
    """The examples a noun names anywhere within the phrases of `heads`, but within a clause
    of their own ("officials who visited countries including Japan" names Japan no doer)."""
    found = []
    for head in heads:
        # Most phrases hold no noun with an "including" phrase: told from the tables, without
        # walking spaCy's subtree, which makes a new Token for each of its words.
        tables = parse_tables(head.doc)
        pos, tokens = tables.pos, tables.tokens
        if not any(
            pos[k] == "NOUN" and prepositional_objects(tokens[k], INCLUDING)
            for k in subtree_indices(tables, head.i)
            if k != head.i
        ):
            continue
        for token in head.subtree:
            if token.i == head.i or token.pos_ != "NOUN":
                continue
            if not prepositional_objects(token, INCLUDING):
                continue
            # Up from the noun to the head, through no clause.
            up = token
            while up.i != head.i and up.dep_ not in CLAUSE_LINKS:
                up = up.head
            if up.i == head.i:
                found += _examples(token)
    return found


def _joint_actors(verb: Token) -> list[Token]:
    """Who acts along with the subject, named by a noun of joint action in the verb's "in"
    phrase ("developed it in cooperation with X")."""
    nouns = lexicon.words("joint_action_nouns")
    return [
        t
        for noun in prepositional_objects(verb, JOINT_PREPOSITIONS)
        if noun.lemma_.casefold() in nouns
        for t in prepositional_objects(noun, PARTNER_PREPOSITIONS)
    ]


def _lists_object_members(verb: Token) -> bool:
    """Whether an "including" phrase hung on an active verb lists members of its object
    rather than of its subject: of the one that stands for many ("Police arrested them,
    including ..." but "Many officials visited the factory, including Kim Tok Hun"), the
    object where both or neither do."""
    objects = children(verb, "dobj")
    if not objects:
        return False
    return any(_plural(o) for o in objects) or not any(_plural(s) for s in subjects(verb))


def _plural(token: Token) -> bool:
    return is_plural(token)


def _occasion_place(index: EntityIndex, verb: Token) -> Entity | None:
    """Where the occasion its subject attended was held: "attended the forum held in Sochi"
    (lexicons `attending_verbs`, `holding_participles`). An occasion only acted on is not
    where the act was: "condemned the drills staged in the East Sea"."""
    if verb.lemma_.casefold() not in lexicon.words("attending_verbs"):
        return None
    return place_of(index, held_participles(children(verb, "dobj")))


def _object_place(index: EntityIndex, verb: Token) -> Entity | None:
    """A place below a country that the verb acts on, where no phrase names the event's place:
    "patrolling the Persian Gulf", "shelled Kharkiv". A country as object is a party the act
    concerns ("warned Iraq"), not where it happened; so is a place whose next clause tells
    what it is to do ("urged Seoul to stop"), and a place judged ("praised the county"),
    which is judged from afar as often as on the spot."""
    appraising = verb.lemma_.casefold() in lexicon.words("appraising_verbs")
    if appraising or children(verb, "xcomp", "ccomp"):
        return None
    return next(
        (
            e
            for o in children(verb, "dobj")
            if (e := index.entity_at(o)) is not None
            and e.kind is EntityKind.PLACE
            and not is_country(e)
        ),
        None,
    )


def _companies_held(verb: Token) -> list[Token]:
    """The companies a holding that the verb acts on is in (lexicon `holding_nouns`): "raised
    its stake in Octel", "sold its 20% interest in Jaguar", "bought shares of Beta"; also a
    passive's subject ("a stake in Beta was sold")."""
    holding = lexicon.words("holding_nouns")
    heads = children(verb, "dobj") + (children(verb, "nsubjpass") if _is_passive(verb) else [])
    # "wants to buy 15% of Jaguar PLC": the triple reads the verbs as one predicate.
    heads += [o for x in children(verb, "xcomp") for o in children(x, "dobj")]
    holdings = [
        t
        for h in heads
        for t in with_conjuncts(h)
        if t.lemma_.casefold() in holding or _share_of_whole(t)
    ]
    # "the 22% it doesn't own of its U.S. unit": the parse hangs the phrase on the clause.
    held = [
        o
        for t in holdings
        for w in [t, *children(t, "relcl")]
        for o in prepositional_objects(w, HELD_IN)
    ]
    # "buy up to 25% of Nashua's shares": the shares' owner is the company; "its unit,
    # Esselte Business Systems Inc.": the unit's name.
    return held + [
        p
        for o in held
        for p in children(o, "appos")
        + (children(o, "poss", "compound") if o.lemma_.casefold() in holding else [])
    ]


def _bodies_seated(verb: Token) -> list[Token]:
    """The bodies a seat that the verb acts on is in (lexicon `seat_nouns`): "to seek a seat
    in Canada's Parliament", "won two seats on the board"."""
    seats = lexicon.words("seat_nouns")
    return [
        body
        for o in children(verb, "dobj")
        if o.lemma_.casefold() in seats
        for body in prepositional_objects(o, IN_OR_ON)
    ]


def _share_of_whole(noun: Token) -> bool:
    """A percentage that is a holding, its "of" phrase naming what it is part of: "buy as
    much as 15% of Jaguar PLC" (the part bought is of the company)."""
    return noun.lower_ in {"%", "percent"} and bool(children(noun, "nummod"))


def _sides_of_event_taken_part_in(verb: Token) -> list[Token]:
    """The other sides of an event a noun in the verb's "in" phrase names, who take part in
    the verb's act too: "has engaged in talks with other shareholders", "took part in the
    negotiations between the unions and the employers"."""
    nouns = lexicon.mapping("event_nouns")
    return [
        t
        for n in prepositional_objects(verb, IN)
        if _noun_key(n) in nouns
        for t in prepositional_objects(n, PARTNER_PREPOSITIONS | BETWEEN)
    ]


def _given_to(verb: Token, themes: list[Token], noun: Token | None) -> list[Token]:
    """Whom a thing given or sent goes to (lexicon `transfer_nouns`) where its "to" phrase is not
    on the verb's object: hung by the parse on the goods of its "of" phrase ("announced a gift
    of 500 pounds of medical supplies to Tanzania"), or the noun is in the verb's own in/for
    phrase ("in a letter to the Secretary-General, he called for ...", "provides for payments
    of proceeds to Alcan"). "Supplies of rice" names no one: only a "to" phrase is read.
    So is the audience of a speech (lexicon `addressed_nouns`) in the verb's in/during phrase:
    "raised those worries during a speech to 700 university students" (not its "for" phrase:
    "praised him for his speech to the workers" does not praise the workers)."""
    given = lexicon.words("transfer_nouns")
    addressed = lexicon.words("addressed_nouns")
    heads = themes + ([] if noun is None else [noun]) + prepositional_objects(verb, IN_OR_FOR)
    found: list[Token] = []
    for head in heads:
        if head.lemma_.casefold() in given:
            found += sent_to(head)
    for head in prepositional_objects(verb, IN_OR_DURING):
        if head.lemma_.casefold() in addressed:
            found += sent_to(head)
    return found


def _place_given(
    index: EntityIndex, verb: Token, gathering: tuple[str, str] | None
) -> Entity | None:
    """Where the people a thing is given or told to are, which is where it was given (lexicons
    `transfer_nouns`, `addressed_nouns`): "conveyed a message of thanks to the workers at the
    Komdok Mine", "gave a lecture to the students at the university"; for a gathering, where
    those are whom it is held to give something to ("A meeting was held to convey a message ...
    to the workers at the Manpho Smeltery"). Not a place things are sent to ("dispatched to the
    areas in X")."""
    acts = [verb]
    if gathering is not None and gathering[0] in GATHERINGS:
        acts += [
            p
            for p in children(verb, "advcl", "xcomp")
            if any(a.lower_ == "to" for a in children(p, "aux"))
        ]
    given = lexicon.union("transfer_nouns", "addressed_nouns")
    heads: list[Token] = []
    for act in acts:
        objects = [o for o in children(act, "dobj") if o.lemma_.casefold() in given]
        if objects:
            heads += prepositional_objects(act, TO) + _given_to(act, objects, None)
    people = [
        c
        for h in heads
        for c in with_conjuncts(h)
        if (e := index.entity_at(c)) is not None and e.kind in PEOPLE
    ]
    # "to the workers of the Rahung Railway Factory": the works whose staff they are.
    works = (
        site
        for p in people
        for o in prepositional_objects(p, OF)
        if (e := index.entity_at(o)) is not None
        and e.kind is EntityKind.ORGANIZATION
        and (site := as_place(e)) is not None
    )
    return place_of(index, people) or next(works, None)


def _visit_place(index: EntityIndex, verb: Token) -> list[Entity]:
    """The places a visit verb's object names: one named before that the object repeats
    ("visited the factory"), a name set beside the object ("visited the capital, Pyongyang"),
    or the name the parser broke off the object as a bare noun phrase of the verb ("toured
    Tanzanian capital Dar es Salaam Thursday")."""
    objects = children(verb, "dobj")
    found = [site for o in objects if (site := _place_named(index, o, 0)) is not None]
    # Only a common noun is renamed: in "visited Changsong Restaurant in Changsong County,
    # North Phyongan Province" the province is where the county is.
    named = [a for o in objects if o.pos_ == "NOUN" for a in children(o, "appos")]
    ends = {o.right_edge.i + 1 for o in objects}
    named += [n for n in children(verb, "npadvmod") if n.left_edge.i in ends]
    found += [
        site
        for n in named
        if (entity := index.entity_at(n)) is not None and (site := as_place(entity)) is not None
    ]
    return found


def _place_of_trip(index: EntityIndex, verb: Token) -> Entity | None:
    """Where an act done on a visit happened: the place the visit went to ("paid tribute to
    the victims on a whirlwind visit to East Africa", "during his tour of Asia"), wherever in
    the clause the parser hangs the phrase ("to bombing victims and embassy staffers on a
    visit", on the staffers)."""
    tokens = doc_tokens(verb.doc)
    trips = [
        noun
        for i in sorted(own_tokens(verb))
        if (noun := tokens[i]).dep_ == "pobj"
        and noun.pos_ == "NOUN"
        and head_of(noun).lower_ in TRIP_PREPOSITIONS
        and event_class(noun.lemma_.casefold()) in VISITS
    ]
    return next(
        (
            site
            for noun in trips
            for o in prepositional_objects(noun, TO)
            if (e := index.entity_at(o)) is not None and (site := as_place(e)) is not None
        ),
        None,
    )


def _visited_by_noun(index: EntityIndex, verb: Token) -> list[Entity]:
    """The places a light verb's visit went to, where the parse hangs the "to" phrase on the
    noun rather than the verb: "paid an official visit to the Russian Federation"."""
    noun = _event_noun(verb)
    if noun is None:
        return []
    # The phrase's own noun names the place: "visits to the DPRK missions" went to missions.
    return _places_to(index, noun)


def _places_to(index: EntityIndex, token: Token) -> list[Entity]:
    """The places the token's "to" phrases name."""
    return [
        site
        for o in prepositional_objects(token, TO)
        if (e := index.entity_at(o)) is not None and (site := as_place(e)) is not None
    ]


def _dateline_here(ctx: Context, index: EntityIndex, verb: Token) -> Entity | None:
    """The dateline's city, for a verb whose own adverb is "here" ("A delegation left here",
    "arrived here"), where no in/at phrase of the clause outside its subject names a place
    ("hosted a reception at the Diplomatic Club here", "placed at the statues on Mansu Hill
    here"): it goes before places that only the subject's phrases or a destination name ("a
    delegation of Koreans in Japan left here", "a Russian delegation left here for home")."""
    if not any(c.lower_ == "here" for c in children(verb, "advmod")):
        return None
    tables = parse_tables(verb.doc)
    described = {i for s in subjects(verb) for i in subtree_indices(tables, s.i)}
    for i in subtree_indices(tables, verb.i):
        token = tables.tokens[i]
        if (
            i not in described
            and token.dep_ == "pobj"
            and token.head.lower_ in WHERE_PREPOSITIONS
            and (e := index.entity_at(token)) is not None
            and as_place(e) is not None
        ):
            return None
    return ctx.dateline_place()


def _destination(index: EntityIndex, verb: Token) -> Entity | None:
    """Where a journey told by its end took the one who made it: the place a "to" or "into"
    phrase names ("drove the truck to Geary Lake", "checked into the Dreamland Motel"), also
    after a particle ("flew back to Belfast"), or the "for" phrase of a setting out ("left for
    Moscow")."""
    lemma = verb.lemma_.casefold()
    setting_out = lemma in lexicon.words("setting_out_verbs")
    if (
        lemma not in lexicon.words("journey_verbs")
        and not setting_out
        and not (lemma in lexicon.words("conveying_verbs") and _is_passive(verb))
    ):
        return None
    ends = DESTINATION_PREPOSITIONS | FOR if setting_out else DESTINATION_PREPOSITIONS
    # "moved additional troops and a naval armada into the Gulf": the parse may hang the
    # phrase on what is moved, or on its "of" phrase ("led a team of doctors to Africa").
    moved = [t for o in children(verb, "dobj") for t in with_conjuncts(o)]
    moved += [t for o in moved for t in prepositional_objects(o, OF)]
    ended = [
        token
        for head in (verb, *children(verb, "advmod", "prt"), *moved)
        for token in prepositional_objects(head, ends)
    ]
    if setting_out:
        # "is leaving for the United States to start a new career": the parse reads "for ...
        # to" as the subject of a purpose clause.
        ended += [
            subject
            for clause in children(verb, "advcl")
            if any(m.lower_ == "for" for m in children(clause, "mark"))
            for subject in children(clause, "nsubj")
        ]
    return next(
        (found for token in ended if (found := _place_named(index, token, 1)) is not None), None
    )


def _acting_place(index: EntityIndex, verb: Token, heads: list[Token]) -> Entity | None:
    """Where the clause names no place of its own, a province, city or county that acts
    (lexicon `division_heads`), or a place that undergoes a passive: "North Hamgyong Province
    in the DPRK directs big efforts to ..." happens in the province, not in the country its
    "in" phrase names; "The May Day Stadium was crowded". A country, a city by its bare name
    or a region may stand for those acting elsewhere ("Kiev can use the weapons")."""
    if place_of(index, [verb]) is not None or _part_of_place_done(index, verb):
        return None
    divisions = lexicon.words("division_heads")
    passive = _is_passive(verb)
    acting = (
        index.entity_at(h)
        for h in heads
        if h.dep_ in SUBJECTS and (passive or h.lower_ in divisions)
    )
    return next(
        (e for e in acting if e is not None and e.kind is EntityKind.PLACE and not is_country(e)),
        None,
    )


def _part_of_place_done(index: EntityIndex, verb: Token) -> bool:
    """Whether the verb acts on a part of a place it names (lexicon `partitive_nouns`): "Yonthan
    County spruced up the area of Simwon Temple" was done at the temple, not all over the
    county acting (`_place_down` finds it)."""
    partitive = lexicon.words("partitive_nouns")
    return any(
        e.kind is EntityKind.PLACE
        for o in children(verb, "dobj")
        if o.lemma_.casefold() in partitive
        for e in entities_of(index, prepositional_objects(o, OF))
    )


def _taken_from(index: EntityIndex, verb: Token) -> Entity | None:
    """Where what is taken away was taken from, by the in/at phrase of its "from" phrase:
    "was kidnapped from his store in the town of Trujillo Alto" (lexicon `taking_verbs`)."""
    if verb.lemma_.casefold() not in lexicon.words("taking_verbs"):
        return None
    return place_of(index, prepositional_objects(verb, FROM))


def _planned_time(ctx: Context, verb: Token) -> tuple[TimeExpression, Decimal] | None:
    """When what is planned is to happen, for a clause that names no time of its own: "is
    planning to stage exercises with the ROK in August" tells of exercises in August."""
    scheduling = lexicon.words("scheduling_verbs")
    if verb.lemma_.casefold() not in scheduling or ctx.dated(verb)[1] == ATTACHED:
        return None
    for planned in children(verb, "xcomp"):
        time, confidence = ctx.dated(planned)
        if time is not None and confidence == ATTACHED:
            return time, confidence
    return None


def _offered(verb: Token) -> list[Token]:
    """Whom or what the act an invitation offers is done to (lexicon `inviting_verbs`):
    "invited Geremek to visit the United States", "invited the three countries to join the
    alliance" tell of the United States and of the alliance too."""
    if verb.lemma_.casefold() not in lexicon.words("inviting_verbs"):
        return []
    return [
        o
        for offered in children(verb, "xcomp")
        if any(c.dep_ == "aux" and c.lower_ == "to" for c in children_of(offered))
        for o in children(offered, "dobj") + prepositional_objects(offered, TO)
    ]


def _invitation_time(ctx: Context, verb: Token) -> tuple[TimeExpression, Decimal] | None:
    """When an invitation told in the past was made, for a clause that names no time of its
    own: the parse hangs the time on the infinitive of what was offered ("invited the three
    countries to join the bloc in July 1997 at the Madrid summit"), and a past time there, one
    before publication, is that of the invitation; the act offered comes after it."""
    if (
        verb.lemma_.casefold() not in lexicon.words("inviting_verbs")
        or verb.tag_ not in {"VBD", "VBN"}
        or ctx.dated(verb)[1] == ATTACHED
    ):
        return None
    published = ctx.article.published
    for offered in children(verb, "xcomp"):
        if not any(c.dep_ == "aux" and c.lower_ == "to" for c in children_of(offered)):
            continue
        time, confidence = ctx.dated(offered)
        if (
            time is not None
            and confidence == ATTACHED
            and time.value[:4].isdigit()
            and (published is None or time.value < published.isoformat()[: len(time.value)])
        ):
            return time, confidence
    return None


def _planned_place(index: EntityIndex, verb: Token, cls: str) -> Entity | None:
    """Where what is planned is to happen, as `_planned_time` tells when: "was scheduled to
    appear before a U.S. magistrate judge in Manhattan"."""
    if verb.lemma_.casefold() not in lexicon.words("scheduling_verbs"):
        return None
    return next(
        (
            place
            for planned in children(verb, "xcomp")
            if (place := _where(index, planned, [planned], cls)) is not None
        ),
        None,
    )


def _tried_place(index: EntityIndex, verb: Token) -> Entity | None:
    """Where what a verb of trying or an implicative verb governs was done, as the context
    dates it (`Context._tried`): "the Bolsheviks sought to enforce control in the Caucasus",
    "continued to build houses in the county", "helped set up a centre in Kenya" (lexicons
    `attempting_verbs`, `implicative_heads`). The infinitive often has no event of its own."""
    lemma = verb.lemma_.casefold()
    if lemma not in lexicon.words("attempting_verbs") and lemma not in lexicon.words(
        "implicative_heads"
    ):
        return None
    return next(
        (
            place
            for tried in children(verb, "xcomp")
            # Only the infinitive's own in/at phrase: "help prevent its enemies in Miami from
            # ..." names where the enemies are, not where anything was done.
            if tried.pos_ in {"VERB", "AUX"} and (place := place_of(index, [tried])) is not None
        ),
        None,
    )


def _place_of_same_moment(index: EntityIndex, verb: Token) -> Entity | None:
    """Where a clause joined to this one by "when" or "as" (lexicon `simultaneous_marks`)
    says the same moment happened, by its own in/at phrase (`place_of`): the clause it hangs
    on ("met the ambassador at the Assembly Hall when the latter paid a courtesy call"), else
    the one hung on it ("was shot dead when he answered the door at his home in Belfast").
    Both clauses have subjects of their own: "as already warned by the minister" is a manner,
    not a moment. The clause hung on is a sentence's, not a participle's ("Americans caught
    in Iraq when Saddam sent his forces into Kuwait": where they were caught)."""
    if _same_moment(verb):
        held = head_of(verb)
        return place_of(index, [held]) if held.dep_ not in {"acl", "relcl", "amod"} else None
    return place_of(index, [c for c in children(verb, "advcl") if _same_moment(c)])


def _same_moment(clause: Token) -> bool:
    """A clause with a subject of its own, which "when" or "as" opens and joins to the one
    it hangs on; not "hailed the deal as proof foreigners can invest", where "as" heads a
    noun the parse leaves out of the clause."""
    if clause.dep_ != "advcl":
        return False
    marks = lexicon.words("simultaneous_marks")
    opened = {c.i + 1 for c in children(clause, "advmod", "mark") if c.lower_ in marks}
    return any(s.left_edge.i in opened for s in own_subjects(clause))


def _found_lying(index: EntityIndex, verb: Token) -> Entity | None:
    """Where a thing was found, by the in/at phrase of the participle that tells how it lay:
    "found a rifle buried near his home in Amherst", "the car was found abandoned at the
    airport in Newark", "found the body dumped in a creek in X" (lexicon `finding_verbs`; the
    parse hangs the participle on the object, on the verb, or makes it a clause)."""
    if verb.lemma_.casefold() not in lexicon.words("finding_verbs"):
        return None
    lying = [c for c in children(verb, "xcomp", "ccomp") if c.tag_ == "VBN"]
    lying += [a for o in children(verb, "dobj") for a in children(o, "acl") if a.tag_ == "VBN"]
    return place_of(index, lying)


def _place_overhead(index: EntityIndex, verb: Token) -> Entity | None:
    """Where what is done in the air was done, by the place its "over" phrase names: "flew over
    Seoul", "scattered leaflets over the sky of Pyongyang" (the parse may hang the phrase on
    the object or on its "of" phrase; lexicon `overhead_verbs`); also of the gerund that tells
    what the verb's act is ("suspected of blowing up a jet over Scotland"), and a craft downed
    there (lexicon `downing_verbs`)."""
    overhead = lexicon.words("overhead_verbs")
    acts = [verb] + [
        g for p in children(verb, "prep") for g in children(p, "pcomp") if g.tag_ == "VBG"
    ]
    downing = lexicon.words("downing_verbs")
    for act in acts:
        objects = children(act, "dobj")
        lemma = act.lemma_.casefold()
        if lemma not in overhead and not (objects and lemma in downing):
            continue
        objects += [t for o in objects for t in prepositional_objects(o, OF)]
        found = next(
            (
                found
                for head in (act, *objects)
                for token in prepositional_objects(head, OVER)
                if (found := _place_named(index, token, 1)) is not None
            ),
            None,
        )
        if found is not None:
            return found
    return None


def _place_while_going_on(index: EntityIndex, verb: Token) -> Entity | None:
    """Where the people a clause acts on were doing what a progressive relative clause tells:
    it went on at the same moment, so in the place the clause's own in/at phrase names
    ("clashed in Lagos with demonstrators who were protesting", "fired tear gas in Dhaka at
    workers who were demanding higher wages"). A past or perfect clause ("who had marched")
    may tell of somewhere else."""
    if verb.dep_ != "relcl" or verb.tag_ != "VBG":
        return None
    if not any(a.lemma_ == "be" for a in children(verb, "aux")):
        return None
    noun = head_of(verb)
    governing = head_of(head_of(noun)) if noun.dep_ == "pobj" else head_of(noun)
    if noun.dep_ not in {"pobj", "dobj"} or governing.pos_ != "VERB":
        return None
    return place_of(index, [governing])


def _distinct(texts: Iterable[str]) -> tuple[str, ...]:
    return tuple(dict.fromkeys(texts))


def _actors(ctx: Context, heads: list[Token]) -> tuple[Entity, ...]:
    """The entities the phrases name, a person named by title alone included ("the General
    Secretary said", "the fatherly Marshal received"), and the "I" and "you" of a message."""
    if not heads:
        return ()
    # The passes ask of the same phrase heads again ("they" of several clauses): each head's
    # entities found once per article and context.
    kept = doc_memo(heads[0].doc, "actors")
    found: list[Entity | None] = []
    for head in heads:
        known = kept.get(head.i)
        if known is None or known[0] is not ctx:
            known = kept[head.i] = (ctx, _head_actors(ctx, head))
        found += known[1]
    return tuple(dict.fromkeys(e for e in found if e is not None))


def _head_actors(ctx: Context, head: Token) -> tuple[Entity | None, ...]:
    index = ctx.entities
    # "the General Secretary, who inspected ...": a relative pronoun is the noun its clause
    # describes.
    head = (
        _person_before_who(index, head)
        or _person_described_before_who(index, head)
        or _body_before_which(index, head)
        or _relative_antecedent(index, head)
        or head
    )
    # "the two leaders" may be a group of its own, but it stands for those named before.
    return tuple(
        _reported_by_who(index, head)
        or _counted_back(index, head)
        or _subjects_possessor(index, head)
        or lone_person_since(index, head)
        or _woman_meant(index, head)
        or tuple(e for e in [_named_after_lead(index, head)] if e is not None)
        or _of_pronouns_sex(index, head)
        or main_subject_before(index, head)
        or person_named_since(index, head)
        or company_by_trade(index, head)
        or _bare_group_named_before(index, head)
        or _fuller_group_named_before(index, head)
        or _places_of_their_noun(index, head)
        or tuple(e for e in [_body_over_bare_group(index, head)] if e is not None)
        or tuple(e for e in [heading_paper(index, head)] if e is not None)
        # Asked before the entities the phrase names: "the FBI chief" names the body too.
        or tuple(e for e in [_body_title(ctx, head)] if e is not None)
        or entities_of(index, [head])
        or conjoined_before(index, head)
        or antecedents(index, head)
        or _bodies_named_again(index, head)
        or (
            _titled(ctx, head)
            or _national_title(ctx, head)
            or group_before(index, head)
            or voice_of(head, ctx)
            or body_repeated(index, head)
            or _site_named_again(index, head)
            or _called_before(index, head)
            or company_called_before(index, head)
            or _body_of_office(index, head)
            or named_by_surname(index, head)
            or company_named_short(index, head)
            or _sole_person_before(index, head),
        )
    )


def _subjects_possessor(index: EntityIndex, head: Token) -> tuple[Entity, ...]:
    """The person whose people are the clause's subject, whom an object "him" or "her" in the
    clause stands for: "General Abacha's supporters began a rally to urge him to compete" is
    Abacha, not a reporter named as the subject of the clause before. A verb with no subject
    of its own goes on with the one it inherits (`subjects`)."""
    if head.tag_ != "PRP" or head.lower_ not in OBJECT_PRONOUNS or head.dep_ != "dobj":
        return ()
    owners = {
        e
        for s in subjects(head.head)
        for p in children(s, "poss")
        if (e := index.entity_at(p)) is not None and e.kind is EntityKind.PERSON
    }
    if len(owners) != 1:
        return ()
    owner = owners.pop()
    return () if of_the_other_sex(index, head, owner) else (owner,)


def _body_over_bare_group(index: EntityIndex, head: Token) -> Entity | None:
    """The organisation a bare definite noun names again although the noun alone makes a
    group: "the government" after "The Finnish government agreed" is that government, not a
    government at large (`body_repeated`). Only a body its nation names: "the Conservative
    government" tells what kind the government the article goes on about is, and "the
    government" stays the name it is known by."""
    own = index.entity_at(head)
    if own is None or own.kind is not EntityKind.GROUP or own.name != head.lower_:
        return None
    body = body_repeated(index, head)
    if body is None or not national(body.name.split()[0]):
        return None
    return body


def _places_of_their_noun(index: EntityIndex, head: Token) -> tuple[Entity, ...]:
    """A noun for a kind of place stands for the places its "of" phrase names, each of those
    listed: "the city of Sinuiju and Kujang and Sonchon counties provided" are Sinuiju and the
    two counties, "the cities of Jongju and Kusong" the two cities, not a group of cities.
    Only with "the" and no name before the noun: in "Songgan and Hyangsan counties of Jagang
    Province" the "of" phrase names where the counties named before lie."""
    own = index.entity_at(head)
    if (
        head.lemma_.casefold() not in lexicon.mapping("place_type_nouns")
        or (own is not None and own.kind is not EntityKind.GROUP)
        or [c.lower_ for c in children_of(head) if c.i < head.i] != ["the"]
    ):
        return ()
    listed = [t for o in prepositional_objects(head, OF) for t in with_conjuncts(o)]
    # A plural noun listed there brings the names before it ("Mundok and Sukchon counties").
    named = [w for t in listed for w in t.doc[t.left_edge.i : t.i + 1]]
    return entities_of(index, named, EntityKind.PLACE)


# How many sentences back a bare plural subject is looked for among the groups named.
BARE_GROUP_REACH = 4
# The dependents that say which ones a plural noun means.
NARROWING_DEPS = frozenset({"prep", "compound", "nmod", "poss"})


def _bare_group_named_before(index: EntityIndex, head: Token) -> tuple[Entity, ...]:
    """The group a bare plural subject names again: after "officials of the Party and power
    organs" were present, "Officials visited new houses" are those officials, not officials
    at large. The nearest group named in the sentences before whose own phrase has the
    subject's noun and that says which ones (`_qualifies_group`)."""
    if head.dep_ != "nsubj" or head.tag_ != "NNS" or children_of(head):
        return ()
    # "A political essay says that officials should love the people": a reported clause
    # speaks of such people at large.
    if head.head.dep_ == "ccomp":
        return ()
    bare = index.entity_at(head)
    if bare is None or bare.kind is not EntityKind.GROUP or " " in bare.name:
        return ()
    sent = sentence_of(head)
    tokens = doc_tokens(head.doc)
    start = sent.start
    for _ in range(BARE_GROUP_REACH):
        if start == 0:
            break
        start = sentence_of(tokens[start - 1]).start
    for earlier, group in _groups_named_by(index, head, tokens[start : sent.start], "NNS"):
        # "police and militants": the group is more than the noun's.
        if not any(c.text in group.name for c in children(earlier, "conj")) and _qualifies_group(
            earlier
        ):
            return (group,)
    return ()


def _groups_named_by(
    index: EntityIndex, head: Token, tokens: Sequence[Token], tag: str
) -> Iterator[tuple[Token, Entity]]:
    """The groups named by `head`'s noun (its lemma, with the tag `tag`) among `tokens`, the
    nearest first, with the noun that names each."""
    lemma = head.lemma_.casefold()
    for earlier in reversed(tokens):
        if earlier.lemma_.casefold() != lemma or earlier.tag_ != tag:
            continue
        group = index.entity_at(earlier)
        if group is not None and group.kind is EntityKind.GROUP:
            yield earlier, group


# What may open a noun that names again a group named in full before: "the team", "his team".
DEFINITE_OPENERS = frozenset({"the", "his", "her", "its", "their"})
INDEFINITE = frozenset({"a", "an"})


def _fuller_group_named_before(index: EntityIndex, head: Token) -> tuple[Entity, ...]:
    """The group a bare singular noun of a working party names again (lexicon
    `repeated_group_nouns`): after "a U.N. weapons inspection team" or "a team of medical
    specialists", "the team" and "his team" are that team, not a team at large. The nearest
    group named before whose phrase has the same noun and says more than it."""
    if head.tag_ != "NN" or head.lemma_.casefold() not in lexicon.words("repeated_group_nouns"):
        return ()
    if [c.lower_ for c in children_of(head)] not in ([o] for o in DEFINITE_OPENERS):
        return ()
    bare = index.entity_at(head)
    if bare is not None and (bare.kind is not EntityKind.GROUP or " " in bare.name):
        return ()
    named = [
        (earlier, group)
        for earlier, group in _groups_named_by(index, head, doc_tokens(head.doc)[: head.i], "NN")
        # Not "an American leader of a U.N. weapons inspection team", a group of another noun.
        if " " in group.name
        and group.name.split(" of ")[0].split()[-1].casefold() == earlier.lower_
    ]
    # "led a team of medical specialists ... The U.S. team ... The team": the naming that
    # brings the group in tells it best; one named again in between is the same group.
    introduced = [g for t, g in named if any(c.lower_ in INDEFINITE for c in children(t, "det"))]
    return tuple((introduced or [g for _, g in named])[:1])


def _qualifies_group(noun: Token) -> bool:
    """Whether a plural noun's own phrase says which ones it means ("officials of the power
    organs", "Afghan women", "LIN holders"), not how many ("many people")."""
    return any(
        c.dep_ in NARROWING_DEPS or (c.dep_ == "amod" and c.ent_type_) for c in children_of(noun)
    )


def _groups_listed(index: EntityIndex, heads: list[Token]) -> list[Token]:
    """The other groups of a list that opens with a group, which the parse hangs on the
    first as appositions, and the bodies listed after the first in their "of" phrases: "The
    officers of the Shock Brigade, the young people of the Kim Chaek Iron and Steel Complex,
    the Taean Heavy Machine Complex and many other working youth volunteered"."""
    groups = [h for h in heads if _kind_at(index, h) is EntityKind.GROUP]
    groups += [
        a for g in groups for a in children(g, "appos") if _kind_at(index, a) is EntityKind.GROUP
    ]
    bodies = [
        listed
        for g in groups
        for owner in prepositional_objects(g, OF)
        for listed in itertools.islice(with_conjuncts(owner), 1, None)
        if _kind_at(index, listed) is EntityKind.ORGANIZATION
    ]
    return [t for t in (*groups, *bodies) if t not in heads]


def _kind_at(index: EntityIndex, token: Token) -> EntityKind | None:
    entity = index.entity_at(token)
    return None if entity is None else entity.kind


def _sole_person_before(index: EntityIndex, token: Token) -> Entity | None:
    """The one person an article has named before a "he": "the care shown by the respected
    General Secretary Kim Jong Un ... One day, he guided a meeting". With two or more named,
    the pronoun is left unresolved. It is the last resort of `_actors`, reached only where
    no person named as a subject came before (`EntityIndex.entity_at` takes that one)."""
    # The index knows no one's sex: the lone person the news names is most often a man, and
    # a "she" is left open rather than given to him.
    if token.lower_ not in MASCULINE_PRONOUNS:
        return None
    named = {
        m.entity
        for m in index.mentions
        if m.entity.kind is EntityKind.PERSON and m.mention.end <= token.idx
    }
    return named.pop() if len(named) == 1 else None


def _named_after_lead(index: EntityIndex, head: Token) -> Entity | None:
    """The person a news lead describes without naming, whom the next sentence names as its
    subject for the first time: "An American leader of a U.N. weapons inspection team resumed
    work in Iraq Friday. Scott Ritter led his team ...", "A man whose house was a bomb factory
    was arrested ... The suspect -- Khalfan Khamis Mohamed -- was scheduled to appear". Wire
    stories hold the name back so; a description after someone is named is another person."""
    # The lead's subject is whom the story is about; a person it names in passing ("forms for
    # a French donor") may be named later or never.
    if head.tag_ != "NN" or head.dep_ not in SUBJECTS or not names_one_person(head.lower_):
        return None
    if not any(d.lower_ in ARTICLES for d in children(head, "det")):
        return None
    described = index.entity_at(head)
    if described is not None and described.kind is not EntityKind.GROUP:
        return None
    if any(
        m.entity.kind is EntityKind.PERSON and m.mention.start < head.idx for m in index.mentions
    ):
        return None
    sentences = doc_sentences(head.doc)
    at = sentences.index(sentence_of(head))
    following = next((s for s in sentences[at + 1 :] if s.text.strip()), None)
    if following is None:
        return None
    # The first person the sentence names, as a subject or in apposition to one: not the
    # speaker a closing "spokesman X said" credits.
    named_token = next(
        (
            t
            for t in following
            if (e := index.entity_at(t)) is not None and e.kind is EntityKind.PERSON
        ),
        None,
    )
    if named_token is None:
        return None
    named = index.entity_at(named_token)
    # The name's own head ("Ritter" of "Scott Ritter") holds its place in the clause.
    while named_token.head != named_token and index.entity_at(named_token.head) == named:
        named_token = named_token.head
    subject = named_token.head if named_token.dep_ == "appos" else named_token
    if subject.dep_ not in SUBJECTS:
        return None
    # "A man was arrested. Mayor John Smith said ...": one who only speaks of the news is
    # someone else, unless the lead's person spoke too.
    if reports_speech(subject.head) and not reports_speech(head.head):
        return None
    first = min(m.mention.start for m in index.mentions if m.entity == named)
    return named if first >= following.start_char else None


def _woman_meant(index: EntityIndex, token: Token) -> tuple[Entity, ...]:
    """The woman a "she" or "her" stands for where the salient person it is taken for
    (`EntityIndex.entity_at`) is not one the article calls a woman and the sentence or the
    one before names one ("sent a birthday spread to Sin Myong Hui, a woman centenarian.
    Villagers visited her family to congratulate her"; lexicon `feminine_nouns`)."""
    if token.lower_ not in FEMININE_PRONOUNS or index.entity_at(token) is None:
        return ()
    nouns = lexicon.words("feminine_nouns")
    women = {
        e
        for t in doc_tokens(token.doc)[: token.i]
        if t.dep_ in ("appos", "compound")
        and nouns & {w.lower_ for w in (t, *children(t, "compound", "amod"))}
        and (e := index.entity_at(t.head)) is not None
        and e.kind is EntityKind.PERSON
    }
    if index.entity_at(token) in women:
        return ()
    since = sentence_before(token).start_char
    women &= {m.entity for m in index.mentions if since <= m.mention.start < token.idx}
    woman = index.last_named_before(token, (EntityKind.PERSON,), women.__contains__)
    return () if woman is None else (woman,)


def _of_pronouns_sex(index: EntityIndex, token: Token) -> tuple[Entity | None, ...]:
    """The person a "she" or "he" stands for where the salient person it is taken for
    (`EntityIndex.entity_at`) is known to be of the other sex: the latest person named as a
    subject in its sentence or the one before who is not ("Susan Wolf met Mr. Smith. Mr.
    Smith asked ..., and she said"). A "she" needs a person known to be a woman; a "he" any
    person not known to be one, as the news names more men. With none, `(None,)` leaves the
    pronoun unresolved rather than given to the other."""
    woman = token.lower_ in FEMININE_PRONOUNS
    if not woman and token.lower_ not in MASCULINE_PRONOUNS:
        return ()
    salient = index.entity_at(token)
    if salient is None or salient.kind is not EntityKind.PERSON:
        return ()
    sexes = known_sexes(index, token.doc)

    def fits(entity: Entity) -> bool:
        return sexes.get(entity) is True if woman else sexes.get(entity) is not True

    # A person of unknown sex keeps the pronoun: a woman named before is no likelier meant.
    if salient not in sexes or fits(salient):
        return ()
    # Farther back, the person of its sex is as often another, unnamed ("a spokeswoman").
    since = sentence_before(token).start
    persons = index.subject_persons
    named = persons[bisect_left(persons, (since,)) : bisect_left(persons, (token.i,))]
    before = sorted(
        [*named, *_persons_bidden(index, token.doc, since, token.i)], key=lambda p: p[0]
    )
    return (next((e for _, e in reversed(before) if fits(e)), None),)


def _persons_bidden(index: EntityIndex, doc: Doc, start: int, end: int) -> list[tuple[int, Entity]]:
    """The people between tokens `start` and `end` whom a verb bids do what its infinitive
    says, the infinitive's subjects as much as a clause's: "Albright invited Foreign Minister
    Geremek to visit the United States. He will travel ..." (see `infinitive_controllers`)."""
    tokens = doc_tokens(doc)
    return [
        (bidden.i, entity)
        for verb in tokens[start:end]
        if any(is_to_infinitive(x) for x in children(verb, "xcomp"))
        for bidden in infinitive_controllers(verb)
        # A pronoun bidden is someone named before, whom it was resolved to already.
        if bidden.pos_ != "PRON"
        and (entity := index.entity_at(bidden)) is not None
        and entity.kind is EntityKind.PERSON
    ]


def _others_meant(
    index: EntityIndex, heads: list[Token], agents: tuple[Entity, ...]
) -> tuple[Entity, ...]:
    """Whom an object "him" or "her" stands for where the salient person it is taken for
    (`EntityIndex.entity_at`) is the clause's own doer, who would be "himself" or "herself":
    another person named before it in its sentence ("In a debate against Vacco, Spitzer
    attacked him"), else the person the sentence before names first ("Choe conveyed
    greetings to Putin. Putin asked her to convey his greetings")."""
    found = []
    for head in heads:
        if head.tag_ != "PRP" or head.lower_ not in OBJECT_PRONOUNS:
            continue
        if index.entity_at(head) not in agents:
            continue
        sent = sentence_of(head)
        others = {m.entity for m in index.mentions if sent.start_char <= m.mention.start < head.idx}
        others -= set(agents)
        before = sentence_before(head)
        # The first named, which is the subject where the parse finds none ("Choe Son Hui
        # courteously conveyed greetings of Kim Jong Un to Putin").
        first = min(
            (
                m
                for m in index.mentions
                if before.start_char <= m.mention.start < sent.start_char
                and m.entity.kind is EntityKind.PERSON
                and m.entity not in agents
            ),
            key=lambda m: m.mention.start,
            default=None,
        )
        found.append(
            index.last_named_before(head, (EntityKind.PERSON,), others.__contains__)
            or (None if first is None else first.entity)
        )
    return tuple(dict.fromkeys(e for e in found if e is not None))


def _body_of_office(index: EntityIndex, token: Token) -> Entity | None:
    """The organisation an unnamed office-holder or spokesperson acts for: "A spokesman for
    the Ministry of National Defence released the results", "the new NATO secretary general
    visited Ukraine" (lexicons `titles` and `source_nouns`). The body acts through them, and
    the article names no one else. Only one who acts is taken for the body: "contempt for
    the misbehavior of the UN secretary-general" is not shown to the UN."""
    # "The chairperson of A and the representative of B lauded": a subject's conjunct acts too,
    # and so does an office-holder the parse hangs on another as an apposition ("The
    # chairperson of A, the chairperson of B lauded").
    first = token
    while first.dep_ == "conj" or (first.dep_ == "appos" and _office_held(index, head_of(first))):
        first = head_of(first)
    acting = first.dep_ in SUBJECTS or (first.dep_ == "pobj" and head_of(first).lower_ in BY)
    if not acting and first is not token:
        # The parse may hang a later holder on a word of the first's phrase ("The chairperson
        # of the A Center for the Study of B and the chief of the C Group expressed").
        holder = first
        while holder.dep_ in {"pobj", "prep"}:
            holder = head_of(holder)
        acting = holder.dep_ in SUBJECTS and _office_held(index, holder)
    if not acting or not _office_held(index, token):
        return None
    return office_body(index, token)


def _office_held(index: EntityIndex, token: Token) -> bool:
    """A noun for an unnamed office-holder ("the chairperson", "a spokesman")."""
    return index.entity_at(token) is None and token.lower_ in _office_nouns()


def _offices_listed(index: EntityIndex, heads: list[Token]) -> list[Token]:
    """The other office-holders of a list that opens with one, which the parse hangs on the
    first as appositions: "The chairperson of A, the chairperson of B and the representative
    of C lauded" (each acts for their body; see `_body_of_office`). A list may end with those
    it names as a group ("... and other party leaders"), who act too. The parse may also hang
    a later holder inside the first's phrases, on a word of the body's name ("The chairperson
    of the A Center for the Study of B and the chief of the C Group"): a holder of an office
    of a named body listed there acts as well."""
    return [
        listed
        for h in heads
        if _office_held(index, h)
        for a in children(h, "appos")
        if _office_held(index, a)
        for listed in with_conjuncts(a)
        if (_office_held(index, listed) or _kind_at(index, listed) in PEOPLE)
        and listed not in heads
    ] + [
        t
        for h in heads
        if _office_held(index, h)
        for t in h.subtree
        if t.dep_ == "conj"
        and t.head != h
        and t not in heads
        and _office_held(index, t)
        and office_body(index, t) is not None
    ]


def _office_nouns() -> frozenset[str]:
    return lexicon.union("titles", "source_nouns")


def _repeated_bodies(index: EntityIndex, heads: list[Token]) -> tuple[Entity, ...]:
    """The organisations and sites that definite nouns in the phrases name again by the last
    words of their names ("visited the completed baby home and the orphanage" after "the
    Pyongyang Baby Home" and "the Pyongyang Orphanage"), each noun with the organisations
    it is listed with (a place named in full is where, not who: "witnessing the miracles of
    the DPRK")."""
    found = (
        (named if named.kind is EntityKind.ORGANIZATION else None)
        if (named := index.entity_at(t)) is not None
        else body_named_again(index, t)
        for head in heads
        for t in with_conjuncts(head)
    )
    return tuple(dict.fromkeys(e for e in found if e is not None))


def _called_before(index: EntityIndex, token: Token) -> Entity | None:
    """The person an apposition called by the same noun before, whom "the" and the noun name
    again: "Ana Ruiz, the boy's mother, ... The mother said", "the attorney for his father,
    Tomas Brenner, ... the father would travel". The nearest such is meant. Not a body: a
    parade's "column, symbolic of the 2nd Guards Regiment" is not the regiment."""
    if token.pos_ != "NOUN" or index.entity_at(token) is not None:
        return None
    words = children_of(token)
    if not any(definite_word(c) for c in words) or any(c.dep_ == "prep" for c in words):
        return None
    tokens = doc_tokens(token.doc)
    for i in reversed(positions_before(doc_lemmas(token.doc), token.lemma_, token.i)):
        noun = tokens[i]
        named = [noun.head] if noun.dep_ == "appos" else children(noun, "appos")
        for t in named:
            entity = index.entity_at(t)
            if entity is not None and entity.kind is EntityKind.PERSON:
                return entity
    return None


def _site_named_again(index: EntityIndex, token: Token) -> Entity | None:
    """The place or body a definite subject names again by the last words of its name, which
    acts: "the province has built goat farms" after "North Hamgyong Province", "The tree
    nursery has produced saplings" after "the Central Tree Nursery"."""
    if token.dep_ not in SUBJECTS or token.pos_ != "NOUN" or index.entity_at(token) is not None:
        return None
    return body_named_again(index, token)


def _subject_sides(index: EntityIndex, heads: list[Token]) -> list[Token]:
    """The sides that a subject naming no one is between, which take part: "An agreement on
    cooperation between the DPRK Ministry of IT Industry and the Russian Ministry ... was
    signed", "the relations between NATO and Japan have reached a dangerous level"."""
    return [
        t
        for s in heads
        if index.entity_at(s) is None
        for owner in [s, *prepositional_objects(s, TOPIC_PREPOSITIONS)]
        for t in prepositional_objects(owner, BETWEEN)
    ]


def _doers(index: EntityIndex, verb: Token) -> list[Token]:
    """Those a passive's "by" phrase names as its doers (not "distressed by the tide of war in
    Ukraine")."""
    if not _is_passive(verb):
        return []
    return [
        t
        for t in prepositional_objects(verb, BY)
        if (e := index.entity_at(t)) is not None and e.kind in PARTICIPANT_KINDS
    ]


def _hosts(index: EntityIndex, verb: Token) -> tuple[Entity, ...]:
    """The organisations at which events took place or were held, which host them: "Events
    took place at the Maritime Territorial Branch Committee and the Amur Regional Branch
    Committee" (lexicons `event_occurrence_verbs`, `event_light_verbs`). A place there is
    where, not who."""
    lemma = verb.lemma_.casefold()
    occurrence = lexicon.words("event_occurrence_verbs")
    held = lemma in lexicon.words("event_light_verbs") and is_passive(verb)
    if not (
        held
        or lemma in occurrence
        or any(f"{lemma} {o.lower_}" in occurrence for o in children(verb, "dobj"))
    ):
        return ()
    sites = prepositional_objects(verb, AT)
    # "at A and B, C and D": names the parser hung on the verb after a comma go on the list.
    sites += _listed_after(sites[-1]) if sites else []
    # "at the A under the B, the C and the D": the parse hangs C and D on B.
    sites += _peers_hung_inside(index, sites)
    return (
        entities_of(index, sites, EntityKind.ORGANIZATION)
        or entities_of(index, _named_modifiers(index, sites), EntityKind.ORGANIZATION)
        or tuple(e for t in sites for e in _bodies_named_again(index, t))
    )


def _worked_at(index: EntityIndex, verb: Token) -> tuple[Entity, ...]:
    """The organisations at which the clause's building works are done: "are pushing ahead
    with the construction of a melting shop at the Chollima Steel Complex", "Builders in
    charge of the project for establishing a process at the Chongjin Steel Plant are
    stepping up the preparations" (lexicon `construction_words`). The "at" phrase hangs
    under a word for the works, and that under the verb, or on the verb whose object the works
    are: "has accelerated the project at the A Mine and the B Mine", each unit listed."""
    works = lexicon.words("construction_words")
    tables = parse_tables(verb.doc)
    heads, lemmas = tables.head_ids, tables.lemmas()
    sentence_start = tables.tokens[sentence_of(verb).start]
    works_done = any(o.lemma_.casefold() in works for o in children(verb, "dobj"))
    found: list[Entity] = []
    for i in asked_once(sentence_start, "objects of at in the sentence", _objects_of_at):
        entity = index.entity_at(tables.tokens[i])
        if entity is None or entity.kind is not EntityKind.ORGANIZATION:
            continue
        if works_done and heads[heads[i]] == verb.i:
            found.extend(
                entities_of(index, list(with_conjuncts(tables.tokens[i])), EntityKind.ORGANIZATION)
            )
            continue
        under_works = False
        node = heads[i]
        for _ in range(PHRASE_DEPTH):
            under_works = under_works or lemmas[node].casefold() in works
            if node == verb.i or heads[node] == node:
                break
            node = heads[node]
        if node == verb.i and under_works:
            found.append(entity)
    return tuple(dict.fromkeys(found))


def _bodies_named_again(index: EntityIndex, token: Token) -> tuple[Entity, ...]:
    """The organisations named before that a definite plural noun heading their names stands
    for: "Ceremonies took place at the farms" after "the Taedae Vegetable Farm and the
    Ryongnam Farm". A plural stands for two or more: with fewer named, it refers to none."""
    if doc_tags(token.doc)[token.i] != "NNS" or index.entity_at(token) is not None:
        return ()
    # "the Namdok, Hoean and Phunggok youth coal mines" names its own (`_named_modifiers`).
    words = children_of(token)
    if not any(definite_word(c) for c in words) or any(c.pos_ == "PROPN" for c in words):
        return ()
    # The few mentions that qualify are put in order, not all of the article's.
    at = token.idx
    before = [
        m
        for m in _organizations_by_head(index, token.doc).get(token.lemma_.casefold(), ())
        if m.mention.end <= at
    ]
    named = dict.fromkeys(m.entity for m in sorted(before, key=lambda m: m.mention.start))
    return tuple(named) if len(named) > 1 else ()


def _organizations_by_head(index: EntityIndex, doc: Doc) -> dict[str, list[EntityMention]]:
    """The article's mentions of organisations by the head of their names (`name_head`), in
    their order, made once per doc and index: each definite plural would read them all."""
    kept = doc_memo(doc, "organizations by head")
    found = kept.get(0)
    if found is None or found[0] is not index:
        table: dict[str, list[EntityMention]] = {}
        for m in index.mentions:
            if m.entity.kind is EntityKind.ORGANIZATION:
                table.setdefault(name_head(m.entity.name), []).append(m)
        found = kept[0] = (index, table)
    return cast(dict[str, list[EntityMention]], found[1])


def _counted_back(index: EntityIndex, token: Token) -> tuple[Entity, ...]:
    """Those a definite plural with a count refers back to: the last so many distinct
    entities of its kind named before it ("As the two countries established diplomatic
    relations" after "between the PRC and the DPRK"; lexicons `counted_referents` and
    `count_words`)."""
    kind = lexicon.mapping("counted_referents").get(token.lower_)
    if kind is None:  # asked of every actor's head: most name nothing counted
        return ()
    counts = lexicon.mapping("count_words")
    words = children_of(token)
    count = next((int(counts[c.lower_]) for c in words if c.lower_ in counts), 0)
    # "both countries" is definite of itself; "two countries" alone is any two.
    definite = any(c.lower_ == "both" or c.dep_ == "poss" or definite_word(c) for c in words)
    # "one of the three countries" is any one of them, not all three.
    chosen = token.dep_ == "pobj" and token.head.lower_ in OF and token.head.head.pos_ in CHOOSING
    # "the peoples of the two countries" is a group of its own, which the countries are not.
    named = index.entity_at(token)
    within = named is not None and name_head(named.name) != token.lower_
    if kind is None or count < 2 or not definite or chosen or within:
        return ()
    earlier = (
        m.entity
        for m in sorted(index.mentions, key=lambda m: m.mention.start, reverse=True)
        if m.mention.end <= token.idx
    )
    of_kind = (
        e for e in earlier if (is_country(e) if kind == "country" else e.kind is EntityKind.PERSON)
    )
    found = tuple(itertools.islice(dict.fromkeys(of_kind), count))
    return found if len(found) == count else ()


def _relative_antecedent(index: EntityIndex, token: Token) -> Token | None:
    """The noun a relative clause describes, for its "who" or "which"; for a noun naming no
    one that is said of a named subject ("Kim Jong Un is an outstanding leader who ushered in
    the era"), that subject."""
    if token.lower_ not in RELATIVE_PRONOUNS or token.head.dep_ != "relcl":
        return None
    noun = token.head.head
    if noun.dep_ != "attr" or noun.head.lemma_ != "be" or index.entity_at(noun) is not None:
        return _person_the_copula_names(index, noun) or noun
    said_of = [s for s in children(noun.head, "nsubj") if s.pos_ != "PRON" and index.entity_at(s)]
    return said_of[0] if said_of else noun


def _person_the_copula_names(index: EntityIndex, noun: Token) -> Token | None:
    """The person or body a copula names for the subject a relative clause describes: "The
    man who killed the doctor was James Kopp", "The senior of the three executives who will
    assume his duties is Nigel Judah" (one of them), "The bidder which won the auction was
    IMA". Not a subject that names someone itself."""
    subject = noun
    if subject.dep_ == "pobj" and subject.head.lower_ in OF and subject.head.head.dep_ == "nsubj":
        subject = subject.head.head
    if subject.dep_ != "nsubj" or subject.head.lemma_ != "be":
        return None
    if any(
        e is not None and e.kind is not EntityKind.GROUP
        for e in (index.entity_at(subject), index.entity_at(noun))
    ):
        return None
    return next(
        (
            a
            for a in children(subject.head, "attr")
            if (e := index.entity_at(a)) is not None
            and e.kind in {EntityKind.PERSON, EntityKind.ORGANIZATION}
        ),
        None,
    )


def _person_before_who(index: EntityIndex, token: Token) -> Token | None:
    """The person named just before a "who", whom the clause describes whatever the parse
    hangs it on: "the great love of Comrade Kim Jong Un who visited the site"."""
    if token.lower_ != "who" or token.i == 0:
        return None
    before = doc_tokens(token.doc)[token.i - 1]
    if before.is_punct and before.i > 0:
        before = doc_tokens(token.doc)[before.i - 1]
    # "him who thinks about the people": a pronoun before it is left to the parse.
    entity = None if before.pos_ == "PRON" else index.entity_at(before)
    return before if entity is not None and entity.kind is EntityKind.PERSON else None


def _reported_by_who(index: EntityIndex, token: Token) -> tuple[Entity, ...]:
    """The person a "he" or "she" opening the clause of a verb whose subject is a "who" stands
    for: that "who"'s ("prosecutors called Yuhua Bai, owner of Hunam Palace, who testified that
    she took a phone order" is Bai), as one tells of oneself. The index, which takes a pronoun
    for the person last named as a subject, does not see whom a "who" stands for. Not a person
    known to be of the other sex."""
    if token.lower_ not in {"he", "she"} or token.dep_ not in SUBJECTS:
        return ()
    clause = token.head
    if clause.dep_ != "ccomp":
        return ()
    who = [s for s in subjects(clause.head) if s.lower_ == "who"]
    if not who:
        return ()
    named = (
        _person_before_who(index, who[0])
        or _person_described_before_who(index, who[0])
        or _relative_antecedent(index, who[0])
    )
    person = index.entity_at(named) if named is not None and named.pos_ != "PRON" else None
    if person is None or person.kind is not EntityKind.PERSON:
        return ()
    return () if of_the_other_sex(index, token, person) else (person,)


def _person_described_before_who(index: EntityIndex, token: Token) -> Token | None:
    """The person a "who" stands for after the apposition that describes the person, where
    the clause describes a noun that names no one: the apposition's own ("Emily Lyons, a
    nurse who was wounded"), or one the parse hangs it on ("David Amos, manager of the store
    at the time, who narrated the photographs", "Robert Angelo, formerly the firm's vice
    president, field operations, who left the firm"): then the apposition runs from the
    comma after the name to the comma before "who", with no verb in it."""
    if token.lower_ != "who" or token.head.dep_ != "relcl" or token.i < 2:
        return None
    noun = token.head.head
    # A place is no "who": "Yuhua Bai, owner of Hunam Palace, in Junction City, who testified"
    # is Bai, wherever the parse hangs the clause.
    named = index.entity_at(noun)
    if named is not None and named.kind is not EntityKind.PLACE:
        return None
    described = index.entity_at(noun.head) if noun.dep_ == "appos" else None
    if described is not None and described.kind is EntityKind.PERSON:
        return noun.head
    tokens = doc_tokens(token.doc)
    if tokens[token.i - 1].text != "," or noun.i > token.i:
        return None
    start = sentence_of(token).start
    for i in range(token.i - 2, start, -1):
        word = tokens[i]
        if word.pos_ in {"VERB", "AUX"}:
            return None
        named = index.entity_at(tokens[i - 1]) if word.text == "," else None
        if named is not None and named.kind is EntityKind.PERSON:
            return tokens[i - 1] if tokens[i - 1].pos_ != "PRON" else None
    return None


def _body_before_which(index: EntityIndex, token: Token) -> Token | None:
    """The country or body named just before ", which" when the parse hangs the clause on a
    noun that names no one: "the voices of denunciation of the U.S., which massacred
    civilians" tells what the U.S. did. A noun the parse chose that names someone is kept,
    and so is one a plural verb agrees with."""
    if token.lower_ != "which" or token.dep_ != "nsubj" or token.head.dep_ != "relcl":
        return None
    if index.entity_at(token.head.head) is not None or token.i < 2:
        return None
    # "the sites in the province of the DPRK, which are seething": a plural verb tells of
    # a plural noun, not of the country or body.
    if any(t.tag_ == "VBP" for t in (token.head, *children(token.head, "aux", "auxpass"))):
        return None
    comma, before = doc_tokens(token.doc)[token.i - 1], doc_tokens(token.doc)[token.i - 2]
    if comma.text != "," or before.i == token.head.head.i:
        return None
    entity = index.entity_at(before)
    return before if entity is not None and entity.kind in BODY_KINDS else None


def _inverted_subjects(verb: Token) -> list[Token]:
    """The subject of an inverted clause, which the parse makes the attribute of the verb's
    auxiliary ("Placed at the statues were floral baskets", "Taking part in the contest were
    the national teams", "Also applying for membership are Romania and Latvia"), or the
    object of a verb of occurrence that has no subject ("Then followed speeches")."""
    # Asked of every verb: one that can head no inverted clause is let go before the parse is
    # read, as most finite verbs are, being no verb of occurrence.
    if verb.tag_ not in INVERTED_TAGS or (
        verb.tag_ in FINITE_TAGS
        and verb.lemma_.casefold() not in lexicon.words("event_occurrence_verbs")
    ):
        return []
    if children(verb, "expl"):
        return []
    if verb.tag_ == "VBN" and not subjects(verb):
        return [a for aux in children(verb, "auxpass") for a in children(aux, "attr")]
    if verb.tag_ == "VBG":
        # A participle that opens its sentence: the parse makes "were" after it its auxiliary,
        # or its head with the participle as clausal subject; what follows "were" (its
        # attribute, or a subject of its own) did it. A gerund that is the subject of "is"
        # ("Ensuring free traffic is a pressing task") or comes later in the sentence names
        # what something is, not who did it.
        opening = doc_tokens(verb.doc)[sentence_of(verb).start : verb.i]
        if any(t.pos_ not in {"ADV", "PUNCT"} for t in opening):
            return []
        main = head_of(verb)
        doers = [(be, "attr") for be in [main] if verb.dep_ == "csubj" and main.dep_ == "ROOT"] + [
            (be, "attr", "nsubj") for be in children(verb, "aux")
        ]
        after = [
            (be, deps)
            for be, *deps in doers
            if be.lemma_ == "be" and be.i > verb.i and be.tag_ != "VBZ"
        ]
        return [a for be, deps in after for a in children(be, *deps)] + [
            # "Taking part in it were the teams": the parse may make them the participle's
            # second object, after its auxiliary.
            o
            for be, _ in after
            if be.dep_ == "aux"
            for o in children(verb, "dobj")
            if o.i > be.i
        ]
    if (
        verb.tag_ in FINITE_TAGS
        and not subjects(verb)
        and verb.lemma_.casefold() in lexicon.words("event_occurrence_verbs")
    ):
        return children(verb, "dobj")
    return []


def _opening_participle(verb: Token) -> Token | None:
    """A participle set between the subject and its verb that the parse made the subject's
    head: "investigators, wondering how he had escaped, searched the site and unearthed a
    rifle" (the investigators search, and unearth)."""
    while verb.dep_ == "conj" and head_of(verb).pos_ == "VERB" and not subjects(verb):
        verb = head_of(verb)
    if subjects(verb):
        return None
    return next(
        (
            p
            for p in children(verb, "advcl")
            if p.tag_ == "VBG" and p.i < verb.i and any(s.i < p.i for s in children(p, "nsubj"))
        ),
        None,
    )


def _subjects_of_opening_participle(verb: Token) -> list[Token]:
    participle = _opening_participle(verb)
    return [] if participle is None else children(participle, "nsubj")


def _listed_after_titles(index: EntityIndex, head: Token) -> list[Token]:
    """The people and groups listed after a person with their titles, which the parse hangs
    on the first name or on a title rather than coordinating them: in "Ryu Kwang Bom, chairman
    of the GFTUK, and So Yong Nam, chairman of the UAWK, made reports" and "congratulated by
    Jon Hye Gyong, chief secretary of X, Ko Chang Ryol, chairman of Y, and officials", all those
    listed act. Only appositions and their conjuncts are followed: a name inside a title's
    "of" phrase is no member of the list."""
    first = index.entity_at(head)
    if first is None or first.kind is not EntityKind.PERSON:
        return []
    return sorted(
        (
            token
            for appos in children_of(head)
            if appos.dep_ == "appos"
            for token in _listed_through_titles(index, appos)
            if (entity := index.entity_at(token)) is not None
            and entity != first
            and entity.kind in PARTICIPANT_KINDS
        ),
        key=lambda t: t.i,
    )


def _memorialised(verb: Token) -> list[Token]:
    """Who a tribute is paid to before the things that show or hold them: "laid a floral
    basket before the statues of Kim Il Sung", "placed flowers in front of the busts of O Jin
    U, Kim Il and Choe Hyon", "observed a moment's silence in memory of Nguyen Phu Trong"."""
    if not children(verb, "dobj"):
        return []  # a tribute lays something: "gathered at the statue" pays none
    heads = prepositional_objects(verb, TRIBUTE_PREPOSITIONS)
    # "in front of the busts": the busts are the object of "front"'s "of".
    heads += [
        t
        for front in prepositional_objects(verb, IN)
        if front.lower_ == "front"
        for t in prepositional_objects(front, OF)
    ]
    memorials = lexicon.words("memorial_nouns")
    # "in memory of ...", said of the verb or its object; not a title's "In Memory of ...",
    # which names a seminar or a book.
    phrases = [p for h in (verb, *children(verb, "dobj")) for p in prepositional_objects(h, IN)]
    remembered = [
        r
        for memory in phrases
        if memory.text.islower() and memory.lemma_ in lexicon.words("remembrance_nouns")
        for r in prepositional_objects(memory, OF)
    ]
    owners = remembered + [
        owner
        for head in heads
        if head.lemma_.casefold() in memorials
        for owner in prepositional_objects(head, OF)
    ]
    # A list of names after "of" is often parsed as a chain of appositions.
    return [listed for owner in owners for listed in _chained(owner)]


def _chained(token: Token) -> list[Token]:
    """A token and the tokens hung on it, and on one another, as appositions or conjuncts."""
    found = [token]
    frontier = [token]
    while frontier:
        frontier = [c for t in frontier for c in children_of(t) if c.dep_ in LISTED]
        found += frontier
    return found


def _listed_through_titles(index: EntityIndex, token: Token) -> list[Token]:
    """`_chained`, and the people the parse hangs on the body of the title before them: in
    "Kye Un Bok, a teacher of Kim Il Sung University, Yun Song Gil, manager of the Okryu
    Restaurant, Tak Chol Min" each name is an apposition of the body before it. A body has
    no person in apposition: a person there goes on the list."""

    def person(t: Token) -> bool:
        return _kind_at(index, t) is EntityKind.PERSON

    found = [token]
    frontier = [token]
    while frontier:
        owners = [
            o
            for t in frontier
            if not person(t)
            for p in prepositional_objects(t, OF)
            for o in (p, *prepositional_objects(p, OF))
        ]
        frontier = [
            c for t in frontier for c in children_of(t) if c.dep_ in LISTED and c not in found
        ] + [
            c
            for o in owners
            for c in children_of(o)
            if c.dep_ in LISTED and c not in found and person(c)
        ]
        found += frontier
    return found


def _senders(heads: list[Token]) -> list[Token]:
    """Those in whose name a thing is sent or laid: "a floral basket in the name of Kim Jong
    Un", "floral baskets in the names of the WPK Central Committee and the Cabinet"."""
    owners = [
        owner
        for head in heads
        for name in prepositional_objects(head, IN)
        if name.lemma_.casefold() in NAME_NOUNS
        for owner in prepositional_objects(name, OF)
    ]
    return owners + _listed_after(owners[-1]) if owners else owners


def _listed_after(token: Token) -> list[Token]:
    """Names that go on a list after a name but that the parser hung elsewhere: "in the names
    of the Ministry of National Defence, the Ministry of Foreign Affairs, the Ministry of
    Public Security and ...", the second "Ministry" parsed as a modifier of the verb."""
    doc = token.doc
    tokens = doc_tokens(doc)
    found: list[Token] = []
    end = token.right_edge.i + 1
    while end + 1 < len(doc) and tokens[end].text == ",":
        word = tokens[end + 1]
        head = word.head if word.dep_ == "det" else word
        if head.pos_ != "PROPN" or head.dep_ not in STRAY_LISTED or head.left_edge.i != end + 1:
            break
        found.extend(with_conjuncts(head))
        end = head.right_edge.i + 1
    return found


def _with_listed(
    index: EntityIndex, verb: Token, role: tuple[Entity, ...], taken: tuple[Entity, ...]
) -> tuple[Entity, ...]:
    """A role with the names listed after those of it the clause names (`_listed_beside`),
    but those that have a role already."""
    listed = (m for e in role for m in _listed_beside(index, verb, e))
    return role + tuple(dict.fromkeys(m for m in listed if m not in role + taken))


def _listed_beside(index: EntityIndex, verb: Token, entity: Entity) -> list[Entity]:
    """The entities of an entity's kind named after it in a list, one after another with
    commas or "and" between them, that the parse breaks: "Similar successes were made at the
    Kumjingang Machine Factory under the Ryongsong Machine Complex, the Munchon Valve Factory
    and ..." makes the second factory a conjunct of the complex. A phrase naming what an item
    is under or where it is may stand between two items (lexicon `list_item_modifiers`). A
    name another verb has as its subject opens a clause of its own, not an item, and one that
    owns what follows it names no peer ("Crown Prince Hassan, King Hussein's brother"). Only
    bodies, people and countries: a place after a place names where the first is ("Solbong-ri,
    Kosan County, Kangwon Province"), and a group after a group describes it ("the Party
    members, the vanguard and core force of the revolution")."""
    by_token = index.by_token
    country = is_country(entity)
    if entity.kind not in PEER_KINDS and not country:
        return []
    named = [i for i in own_tokens(verb) if i in by_token and by_token[i] == entity]
    if not named:
        return []
    tokens = doc_tokens(verb.doc)
    last = sentence_of(verb).end
    modifiers = lexicon.words("list_item_modifiers")

    def end_of(start: int) -> int:
        mate = by_token[start]
        end = start + 1
        while end < last and end in by_token and by_token[end] == mate:
            end += 1
        return end

    found: list[Entity] = []
    end = end_of(min(named))
    while True:
        at = end
        if at + 1 < last and tokens[at].lower_ in modifiers:
            inner = at + 2 if tokens[at + 1].lower_ == "the" else at + 1
            if inner < last and inner in by_token:
                at = end_of(inner)
        separated = at < last and tokens[at].text == ","
        if separated:
            at += 1
        if at < last and tokens[at].lower_ == "and":
            separated, at = True, at + 1
        if at < last and tokens[at].lower_ == "the" and at not in by_token:
            at += 1
        if not separated or at >= last or at not in by_token:
            break
        mate = by_token[at]
        if mate.kind is not entity.kind or is_country(mate) is not country:
            break
        end = end_of(at)
        root = span_root(verb.doc[at:end])
        owner = root.dep_ == "poss" or (end < last and tokens[end].tag_ == "POS")
        if owner or (root.dep_ in SUBJECTS and root.head.i != verb.i):
            break
        if mate not in (entity, *found):
            found.append(mate)
    return found


def _gapped_subjects(index: EntityIndex, verb: Token, heads: list[Token]) -> list[Token]:
    """The people of a clause that leaves out its verb, which the parser joins to the verb:
    "A and B came second and C and D third". Only people after people in an active clause: a
    place or a body joined to a verb is more often an object the parse misplaced, and people
    joined to a passive one its agents ("He was accompanied by A, minister, and B")."""

    def person(token: Token) -> bool:
        entity = index.entity_at(token)
        return entity is not None and entity.kind is EntityKind.PERSON

    if _is_passive(verb) or not any(person(h) for h in heads):
        return []
    return [
        t
        for c in children(verb, "conj")
        if c.pos_ == "PROPN"
        for t in with_conjuncts(c)
        if person(t)
    ]


def _ranked_after(index: EntityIndex, verb: Token, heads: list[Token]) -> list[Token]:
    """Those ranked in the clauses that leave out the verb of a ranking: "the Ryomyong Team
    came first, the Amnokgang Team second and the Hwaebul Team third". The parse makes each
    later rank a modifier of the verb, and the name before it the rank's compound; a name of
    the kind of the subject's finishes too."""
    ranks = lexicon.words("rank_words")
    said = [c for c in children(verb, "advmod") if c.lower_ in ranks]
    kinds = {e.kind for h in heads if (e := index.entity_at(h)) is not None}
    if not said or not kinds:
        return []
    later = [
        r
        for c in children_of(verb)
        if c.dep_ in {"npadvmod", "advmod", "conj"} and c.i > said[0].i
        for r in with_conjuncts(c)
        if r.lower_ in ranks
    ]
    return [
        n
        for r in later
        for n in children(r, "compound", "nmod", "nsubj")
        if (e := index.entity_at(n)) is not None and e.kind in kinds and n not in heads
    ]


def _peers_hung_inside(index: EntityIndex, heads: list[Token]) -> list[Token]:
    """Bodies or people listed with a head whom the parser joins to a noun of the head's own
    modifier phrase: "The Unha Centre under the Unha Trade Bureau and the Okryu Children's
    Hospital put ..." makes the hospital a conjunct of the bureau, or a second object of
    "under". One there that names another entity of the head's kind is the head's peer; one
    of another kind, or one inside the modifier's own name ("the Ministry of Physical Culture
    and Sports"), is not."""
    found: list[Token] = []
    for head in heads:
        entity = index.entity_at(head)
        if entity is None or entity.kind not in PEER_KINDS:
            continue
        frontier = [head]
        for _ in range(PEER_DEPTH):
            inner = []
            for prep in (c for t in frontier for c in children_of(t) if c.dep_ == "prep"):
                objects = [o for o in children_of(prep) if o.dep_ == "pobj"]
                if not objects:
                    continue
                beside = index.entity_at(objects[0])
                listed = objects[1:] + [
                    c for o in objects for c in itertools.islice(with_conjuncts(o), 1, None)
                ]
                found += [
                    c
                    for c in listed
                    if (peer := index.entity_at(c)) is not None
                    and peer.kind is entity.kind
                    and peer not in (entity, beside)
                    and c not in heads + found
                ]
                inner += objects
            frontier = inner
    return found


def _people_hung_inside(index: EntityIndex, heads: list[Token]) -> list[Token]:
    """People named in a list with a subject of people whom the parser joins to a body or
    place inside the subject's own phrase: "members of a group of students at Kim Chaek
    University and Ri Chol, vice rector of the academy, laid baskets" makes the person a
    conjunct of the university. A person is never part of a body's or a place's name, so
    the person is the subject's peer (`_peers_hung_inside` reads peers of the head's kind)."""
    found: list[Token] = []
    for head in heads:
        entity = index.entity_at(head)
        if entity is None or entity.kind not in PEOPLE:
            continue
        found += [
            t
            for t in head.subtree
            if t.dep_ == "conj"
            and t.i > head.i
            and _kind_at(index, t) is EntityKind.PERSON
            and (_kind_at(index, t.head) or EntityKind.PERSON) not in PEOPLE
            and t not in heads + found
        ]
    return found


def _bodies_of_members(index: EntityIndex, heads: list[Token]) -> list[Token]:
    """The body a group of its people names before its noun, which takes part through them:
    "A State Department duty officer said", "dispatched FBI agents to Africa", "questioned
    Boeing employees". Only a body, not a place ("Miami relatives") nor a person; only a
    noun for people (lexicons `group_heads`, `collective_heads`, `member_nouns`), not "the
    Warsaw Pact nations" (once its members) or "the U.S. Embassy bombings"."""
    people = lexicon.union("group_heads", "collective_heads", "member_nouns")
    found: list[Token] = []
    for head in heads:
        group = index.entity_at(head)
        if group is None or group.kind is not EntityKind.GROUP or head.lower_ not in people:
            continue
        found += [
            modifier
            for modifier in children(head, *MODIFIER_NAMES)
            if (body := index.entity_at(modifier)) is not None
            and body.kind is EntityKind.ORGANIZATION
            and body != group
            and modifier not in heads + found
        ]
    return found


def _designators_hung_inside(index: EntityIndex, heads: list[Token]) -> list[Token]:
    """The same plural noun repeated for names listed with a head that names no one, which
    the parser joins to the head's "of" phrase: "Phyongwon and Taedong counties of South
    Phyongan Province and Pyoksong and Samchon counties of South Hwanghae Province" makes the
    second "counties" a conjunct of the first province. Only the head's own noun again is its
    peer: "officials of the province and counties" are the officials of both."""
    found: list[Token] = []
    for head in heads:
        if head.tag_ != "NNS" or index.entity_at(head) is not None:
            continue
        found += [
            c
            for o in prepositional_objects(head, OF)
            for c in itertools.islice(with_conjuncts(o), 1, None)
            if c.lemma_ == head.lemma_ and c not in heads + found
        ]
    return found


def _named_modifiers(index: EntityIndex, heads: list[Token]) -> list[Token]:
    """The places and bodies named before a plural common noun they share: "Tanchon City and
    Toksong and Kowon counties restored", "the Sunchon, Chongchongang and other thermal power
    plants are boosting". Each name the parse hangs on the noun as a modifier, with the names
    coordinated with it, acts when its name is of that noun ("Toksong County") or has a noun
    of its own ("Tanchon City"); a bare name qualifies ("Pyongyang citizens", "DPRK players")."""
    if not heads:
        return []
    doc = heads[0].doc
    tags, lemmas, deps = doc_tags(doc), doc_lemmas(doc), doc_deps(doc)

    def member(token: Token, noun: str, *, bare: bool = True) -> bool:
        entity = index.entity_at(token)
        return (
            entity is not None
            and entity.kind in BODY_KINDS
            and len(entity.name.split()) > 1
            and name_head(entity.name) in ({noun, token.lower_} if bare else {noun})
        )

    def second_subject(head: Token) -> bool:
        # "the children of families in North Phyongan, Jagang and Ryanggang provinces shall
        # stay": a later subject of the same verb is a phrase the parse cut loose.
        return deps[head.i] in SUBJECTS and any(
            c.dep_ in SUBJECTS and c.i < head.i for c in children_of(head_of(head))
        )

    found: list[Token] = []
    for head in heads:
        if tags[head.i] != "NNS" or second_subject(head):
            continue
        noun = lemmas[head.i].casefold()
        if index.entity_at(head) is not None and not member(head, noun):
            continue
        found += [
            named
            for modifier in children(head, *MODIFIER_NAMES, "amod")
            for named in with_conjuncts(modifier)
            if named not in heads and member(named, noun)
        ]
        # "the Songrim and Hyesan city committees": the parse may hang a later name on a word
        # the names share ("city") rather than on the first name; every name before the noun
        # whose own head is that noun is listed all the same ("B.A.T Industries PLC's plans"
        # is no plan's name).
        found += [
            t
            for t in doc[head.left_edge.i : head.i]
            if t not in heads and t not in found and member(t, noun, bare=False)
        ]
    return found


def _groups_meant(ctx: Context, heads: list[Token]) -> list[Token]:
    """The head words of the unnamed groups of people the pronouns among `heads` stand for,
    where the article last named them: "A State Department duty officer said she had no information"
    (the officer), so that what names them there names them here (`_bodies_before`)."""
    found: list[Token] = []
    for head in heads:
        if head.pos_ != "PRON":
            continue
        for group in _actors(ctx, [head]):
            if group.kind is not EntityKind.GROUP:
                continue
            named = [
                m.mention
                for m in ctx.entities.mentions
                if m.entity == group and m.mention.end <= head.idx
            ]
            if not named:
                continue
            last = max(named, key=lambda m: m.start)
            span = head.doc.char_span(last.start, last.end, alignment_mode="expand")
            # People only: a pronoun taken for a site ("headquarters") is more often wrong.
            if span is not None and names_one_person(span.root.lemma_.casefold()):
                found.append(span.root)
    return found


def _bodies_before(index: EntityIndex, heads: list[Token]) -> list[Token]:
    """The organization named before a noun that names no one or a group, whose people or
    things they are: "The ISIL terror group used drones", "Army of God letters claim
    responsibility", "A State Department duty officer said"; not the target an event noun
    names so ("the U.S. Embassy bombings")."""
    nouns = lexicon.mapping("event_nouns")
    verbs = lexicon.mapping("event_noun_verbs")
    return [
        m
        for h in heads
        if _kind_at(index, h) in {None, EntityKind.GROUP}
        and _noun_key(h) not in nouns
        and _noun_key(h) not in verbs
        for m in children(h, *MODIFIER_NAMES)
        if _kind_at(index, m) is EntityKind.ORGANIZATION and m not in heads
    ]


def _purpose_owners(index: EntityIndex, verb: Token) -> list[Token]:
    """Who is to do what an infinitive after a common noun says: whose the noun is ("the
    moves of the U.S. forces in Japan to cook up a command", "the attempt of the Western
    countries to confiscate"). Not so for an order or an appeal, which others are to carry
    out ("the appeal of Kim Jong Un to go all out")."""
    noun = verb.head
    if verb.dep_ != "acl" or noun.pos_ != "NOUN" or index.entity_at(noun) is not None:
        return []
    lemma = noun.lemma_.casefold()
    if lemma in lexicon.words("order_nouns") or lemma in lexicon.words("appeal_verbs"):
        return []
    if not any(c.dep_ == "aux" and c.lower_ == "to" for c in children_of(verb)):
        return []
    owners = [p for p in children(noun, "poss") if p.pos_ != "PRON"]
    # "Kidnappers kept their promise to kill a store owner": a possessive pronoun stands for
    # the subject of the clause whose object the noun is, when their numbers agree.
    doers = subjects(noun.head) if noun.dep_ == "dobj" else []
    many = len(doers) > 1 or any(_plural(d) for d in doers)
    owners += [
        d
        for p in children(noun, "poss")
        if p.lower_ in (PLURAL_POSSESSIVES if many else SINGULAR_POSSESSIVES)
        for d in doers
    ]
    return owners + prepositional_objects(noun, OF)


def _appraised(verb: Token) -> list[Token]:
    """Whom a judging is about: the doers its "that" clause names ("He appreciated that its
    officials and employees have produced efficient medicines")."""
    if verb.lemma_.casefold() not in lexicon.words("appraising_verbs"):
        return []
    return [s for clause in children(verb, "ccomp") for s in subjects(clause)]


def _owners_judged(index: EntityIndex, verb: Token) -> list[Entity]:
    """Whom a judging is about when its object is a thing of theirs, named in the thing's
    "of" phrase ("condemned the provocative attempts of the U.S.", "praised the feats of the
    builders"): a body, a person or a country, not what an event noun tells of its own."""
    lemma = verb.lemma_.casefold()
    if lemma not in lexicon.union("appraising_verbs", "characterising_verbs"):
        return []
    nouns = lexicon.mapping("event_nouns")
    things = [
        o
        for o in children(verb, "dobj")
        if o.pos_ == "NOUN" and index.entity_at(o) is None and _noun_key(o) not in nouns
    ]
    owners = [t for o in things for t in prepositional_objects(o, OF)]
    return [e for e in entities_of(index, owners) if e.kind in PARTICIPANT_KINDS or is_country(e)]


def _gerund_doers(ctx: Context, verb: Token) -> list[Token]:
    """Who did what one is thanked or congratulated for: "congratulated them on creating a
    legendary tale", "extended gratitude to Medvedev for sending the message". The object
    of the thanks is the doer, else the one the thanks go to. See also `_engaged_in`."""
    if verb.tag_ == "VBG" and verb.dep_ == "pcomp" and verb.head.lower_ in IN:
        return _engaged_in(verb.head.head)
    if not (verb.tag_ == "VBG" and verb.dep_ == "pcomp" and verb.head.lower_ in CREDITED_FOR):
        return _timed_gerund_doers(verb) or _means_gerund_doers(verb)
    main = verb.head.head
    if main.pos_ != "VERB":
        return []
    objects = children(main, "dobj")
    if _actors(ctx, objects):
        return objects
    return prepositional_objects(main, RECIPIENT_PREPOSITIONS)


def _timed_gerund_doers(verb: Token) -> list[Token]:
    """Who does what a gerund after "after", "before", "while" or "upon" tells, and each
    gerund joined to it: the subject of the clause the phrase hangs on ("After touring the
    port and meeting with police leaders, the FBI chief said ...", "She praised the staff
    before meeting with the victims"). None for a gerund that recalls an event told before,
    which is no event of its own."""
    gerund = _first_gerund(verb)
    if not (
        verb.tag_ == "VBG" and gerund.dep_ == "pcomp" and head_of(gerund).lower_ in TIMED_GERUNDS
    ):
        return []
    # "After watching the firing drill, he went ...": what "the" event noun names was told
    # before, and the gerund only recalls it.
    nouns = lexicon.mapping("event_nouns")
    if any(
        _noun_key(o) in nouns and any(d.lower_ in DEFINITE for d in children(o, "det"))
        for o in children(verb, "dobj")
    ):
        return []
    main = head_of(head_of(gerund))
    return subjects(main) if main.pos_ in {"VERB", "AUX"} else []


def _first_gerund(verb: Token) -> Token:
    """The gerund that opens the list a gerund is joined to ("after touring the port and
    meeting with police leaders"): the one the preposition governs."""
    gerund = verb
    while gerund.dep_ == "conj" and head_of(gerund).tag_ == "VBG":
        gerund = head_of(gerund)
    return gerund


def _means_gerund_doers(verb: Token) -> list[Token]:
    """Who does what a gerund after "by" tells, the means of an active clause: that clause's
    subject ("The clique perpetrated an atrocity by killing civilians", "The farm raised the
    yield by introducing new strains"). Not of a passive clause, whose subject undergoes it
    ("The yield was raised by introducing ..."). A clause the parse hangs on a noun reads only
    a subject of its own ("the fact that the U.S. is tightening the screw by resorting to
    ..."): the noun of "promote the victims' living by providing them" is no doer."""
    gerund = _first_gerund(verb)
    if not (verb.tag_ == "VBG" and gerund.dep_ == "pcomp" and head_of(gerund).lower_ in BY):
        return []
    main = head_of(head_of(gerund))
    if main.pos_ not in {"VERB", "AUX"} or _is_passive(main):
        return []
    return own_subjects(main) if main.dep_ == "acl" else subjects(main)


def _engaged_in(holder: Token) -> list[Token]:
    """Who does what an "in" phrase's gerund tells, hung on a clause or its adjective: the
    clause's subject ("Washington and London are virtually alone in warning Iraq", "the
    scientists succeeded in launching the satellite"). One who undergoes the clause need not
    do the gerund ("were killed in fighting")."""
    clause = holder.head if holder.dep_ == "acomp" else holder
    if clause.pos_ not in {"VERB", "AUX"} or _is_passive(clause):
        return []
    return subjects(clause)


def _bodies_meeting(verb: Token, noun: Token | None) -> list[Token]:
    """Who a gathering a light verb tells is of: "A session of the Permanent Commission took
    place", "a meeting of officers and men was held", "a rally of civic organizations was
    held", also a happening the lexicon does not name ("An evening gala of youth and students
    took place")."""
    if noun is None:
        return [t for s in _happenings(verb) for t in prepositional_objects(s, OF)]
    if lexicon.mapping("event_nouns")[_noun_key(noun)] not in CROWDS:
        return []
    return prepositional_objects(noun, OF)


def _happenings(verb: Token) -> list[Token]:
    """What a phrase of occurrence says happened ("A gala and a display took place"); a
    single verb ("the number of patients begins to increase") may tell of anything."""
    occurrence = lexicon.words("event_occurrence_verbs")
    lemma = verb.lemma_.casefold()
    if not any(f"{lemma} {o.lower_}" in occurrence for o in children(verb, "dobj")):
        return []
    return [s for s in children(verb, "nsubj") if s.pos_ == "NOUN"]


def _subjects_split_off(verb: Token) -> list[Token]:
    """The subject of a second clause the parser read as part of the first: in "A organized a
    lecture in winter and B held a show" or "A made an address and B, chairman of C, made a
    report" it hangs B on a noun of the first clause and leaves "held" a conjunct verb with
    no subject, which would take A's. The noun phrase between the last "and" and such a
    finite verb is its subject: alone, or with one apposition set off by commas (a lone
    comma before the verb lists verbs: "took the town and the bridge, killed dozens")."""
    # "held a show to produce goods": the purpose shares the clause's subject (not so a
    # participle after a comma, which the parse may hang on the wrong clause).
    while (
        (verb.dep_ == "xcomp" or (verb.dep_ == "advcl" and is_to_infinitive(verb)))
        and not any(c.dep_ in SUBJECTS for c in children_of(verb))
        # "asked them to build": the object, not the subject, builds.
        and not (verb.dep_ == "xcomp" and children(head_of(verb), "dobj"))
    ):
        verb = head_of(verb)
    kids = children_of(verb)
    if verb.dep_ != "conj" or not _clause_without_subject(verb, kids):
        return []
    tokens, tags, pos = doc_tokens(verb.doc), doc_tags(verb.doc), doc_pos(verb.doc)
    first = head_of(verb).i
    end = min((c.i for c in kids if c.dep_ in VERB_PREMODIFIERS), default=verb.i)
    end = min(end, verb.i)
    joint = next(
        (
            k
            for k in range(end - 1, first, -1)
            if tokens[k].lower_ in CLAUSE_JOINERS or tags[k] in CLAUSE_FINITE_TAGS
        ),
        None,
    )
    if joint is None or tags[joint] in CLAUSE_FINITE_TAGS or end - joint > SPLIT_SUBJECT_SPAN:
        return []
    words = range(joint + 1, end)
    # A quotation mark or a dash sets off a title or a parenthesis, not a subject ("a
    # meeting on the theme of "Patriotism and young students" took place").
    if not words or any(
        pos[k] in VERBAL
        or tokens[k].lower_ in CLAUSE_JOINERS
        or (pos[k] == "PUNCT" and tokens[k].text != ",")
        for k in words
    ):
        return []
    commas = [k for k in words if tokens[k].text == ","]
    if commas and (len(commas) != 2 or commas[-1] != end - 1):
        return []
    chunk = words if not commas else range(joint + 1, commas[0])
    # "and in recent days said", "hot and quick from coffee stands": no noun phrase opens
    # there, or a preposition ties it to the first clause (an apposition may have one).
    if pos[joint + 1] not in PHRASE_OPENINGS or any(pos[k] == "ADP" for k in chunk):
        return []
    heads = [k for k in chunk if pos[k] in NOMINAL]
    if not heads:
        return []
    found = [tokens[heads[-1]]]
    if commas and all(pos[k] == "PROPN" for k in range(commas[0] + 1, commas[1])):
        # "its chairman, Frank Stronach, is stepping in": the name in apposition acts.
        found.append(tokens[commas[1] - 1])
    return found


def _clause_without_subject(verb: Token, kids: Sequence[Token]) -> bool:
    """The verb of a clause, finite or with an auxiliary, that has no subject of its own
    ("development-oriented", "heaven-sent": a participle with no auxiliary is no clause)."""
    return (
        verb.pos_ == "VERB"
        and not any(c.dep_ in SUBJECTS for c in kids)
        and (verb.tag_ in CLAUSE_FINITE_TAGS or any(c.dep_ in AUXILIARIES for c in kids))
    )


def _subject_taken_for_apposition(verb: Token) -> list[Token]:
    """The subject of a main verb that the parser hangs, as an apposition, on the noun of an
    opening phrase set off by a comma, leaving the verb with none: in "In the largest
    operation since Vietnam, an estimated 20,000 American GIs have already massed" the GIs
    mass. The noun phrase must stand right before the verb and its auxiliaries."""
    kids = children_of(verb)
    if verb.dep_ != "ROOT" or not _clause_without_subject(verb, kids):
        return []
    start = min((c.i for c in kids if c.dep_ in VERB_PREMODIFIERS and c.i < verb.i), default=verb.i)
    if start == 0:
        return []
    noun = doc_tokens(verb.doc)[start - 1]
    opening = noun.left_edge.i
    if (
        noun.dep_ != "appos"
        or noun.pos_ not in NOMINAL
        or noun.right_edge.i != noun.i
        or opening == 0
        or doc_tokens(verb.doc)[opening - 1].text != ","
    ):
        return []
    return [noun]


def _object_taken_for_head(verb: Token) -> list[Token]:
    """The object of a finite verb the parser takes for a participle modifying it, though
    the verb keeps its own subject: in "the province has newly built and expanded goat farms"
    or "Hoeryong City concentrated vehicles on riverbed dredging" the clause's root is the
    noun, the verb its modifier with "the province" or "Hoeryong City" for subject."""
    if verb.dep_ != "amod" or verb.tag_ not in {"VBD", "VBN"} or verb.head.i < verb.i:
        return []
    if not any(c.dep_ in {"nsubj", "nsubjpass"} for c in children_of(verb)):
        return []
    return [verb.head]


def _publishers(index: EntityIndex, verb: Token) -> tuple[Entity, ...]:
    """The bodies a passive verb of issuing names in its "in" phrase (lexicon
    `issuing_verbs`): "was published in Granma", "was released in the Rodong Sinmun" tell the
    paper that issued it; a place there is only where ("published in Havana")."""
    if verb.lemma_.casefold() not in lexicon.words("issuing_verbs"):
        return ()
    return entities_of(index, prepositional_objects(verb, IN), EntityKind.ORGANIZATION)


def _subjects_of_copula_described(verb: Token) -> list[Token]:
    """The subject of a copula whose complement an infinitive describes: in "He was the 456th
    person to be placed on the list" he was placed; in "She was the first woman to command a
    shuttle" she commanded one."""
    noun = verb.head
    if (
        verb.dep_ not in {"relcl", "acl"}
        or not any(a.lower_ == "to" for a in children(verb, "aux"))
        or any(c.dep_ in SUBJECTS for c in children_of(verb))
        or noun.dep_ != "attr"
        or noun.head.lemma_ != "be"
    ):
        return []
    # Someone named, not a thing ("The plan is the best way to help farmers", "It was the
    # first time to hold one").
    return [
        s
        for s in children(noun.head, "nsubj")
        if s.pos_ == "PROPN" or s.lower_ in PERSON_SUBJECT_PRONOUNS | PLURAL_PRONOUNS
    ]


def _objects_of_at(first: Token) -> tuple[int, ...]:
    """The indices of the objects of "at" in the sentence that begins with `first`: asked of
    every verb of the sentence (`_worked_at`), found once."""
    tables = parse_tables(first.doc)
    deps, lowers, heads = tables.deps, tables.lowers, tables.head_ids
    # Read by index: a Token for each word of the sentence costs more than the test.
    return tuple(
        i
        for i in range(first.i, sentence_of(first).end)
        if deps[i] == "pobj" and lowers[heads[i]] == "at"
    )


def _of_subject_event(index: EntityIndex, verb: Token) -> list[Token]:
    """Those the "of" phrase names of the event a clause's subject names, who undergo it: "The
    registration of deputies will be held", "The election of delegates took place". The verb
    only says that the event happened, so its subject names no one taking part; those the
    event is of take part."""
    lemma = verb.lemma_.casefold()
    # A particle but "out" makes another verb: "The spirit of the generation will be carried
    # forward" tells of no event; the parse may make the particle an adverb next to the verb.
    particles = children(verb, "prt") + [a for a in children(verb, "advmod") if a.i == verb.i + 1]
    light = lemma in lexicon.words("event_light_verbs") and all(
        p.lower_ == "out" for p in particles
    )
    heads = children(verb, "nsubjpass") if light else []
    if _tells_occurrence(verb):
        heads += children(verb, "nsubj")
    return [o for h in heads if index.entity_at(h) is None for o in prepositional_objects(h, OF)]


def _person_noun(token: Token) -> bool:
    """A noun for a person by their tie, office or membership ("the father of X", "the
    chairman of X", "members of X"): one acting or undergoing of their own, not a thing of X's."""
    return _related_person(token) or token.lemma_.casefold() in lexicon.union(
        "source_nouns", "member_nouns"
    )


def _owners_asked(verb: Token) -> bool:
    """Whether whose its subject is may take part in a verb's event: not a phrasal verb ("The
    fighting spirit of the army will be carried forward" tells of no work done on the
    subject; "read out" does)."""
    particles = [p.lower_ for p in children(verb, "prt")] + [
        a.lower_
        for a in children(verb, "advmod")
        if a.i == verb.i + 1 and a.lower_ in lexicon.words("verb_particles")
    ]
    return all(p == "out" for p in particles)


def _owners_of_passive_subject(index: EntityIndex, verb: Token) -> list[Token]:
    """Whose the work or thing a passive clause's subject (or a participle's noun) names is:
    "The remodeling of the university is being progressed", "The processing ground of the
    station was built", "A project for updating the complex has been accelerated". The
    subject, no one named, is what is done; the body it belongs to, or that the work is done
    on, takes part."""
    # "the 30th anniversary of Chongsanghoe, organized by Kim Jong Il": a participle's noun
    # is its passive subject.
    if not _owners_asked(verb):
        return []
    heads = children(verb, "nsubjpass") if _is_passive(verb) else []
    heads += [head_of(verb)] if verb.dep_ == "acl" and verb.tag_ == "VBN" else []
    heads = [
        h for h in heads if h.pos_ == "NOUN" and index.entity_at(h) is None and not _person_noun(h)
    ]
    owners = [o for h in heads for o in prepositional_objects(h, OF)]
    # "a project for updating X", "the work of building X": what the work's gerund is done to.
    owners += _gerunds_objects(heads, OF_OR_FOR)
    return owners


def _owners_of_active_subject(index: EntityIndex, verb: Token) -> list[Token]:
    """Whose the thing or act an active clause's subject names is, where the subject names no
    one: "strategic nuclear assets of the U.S. frequent the region", "the experts'
    examination made a preliminary conclusion", "the emblem of the WPK came into being". Not
    an office, a tie or a membership ("the chairman of the committee visited"): those name a
    person acting for the body, found as such."""
    if _is_passive(verb) or verb.pos_ != "VERB" or not _owners_asked(verb):
        return []
    heads = [
        h
        for h in children(verb, "nsubj")
        if h.pos_ == "NOUN" and index.entity_at(h) is None and not _person_noun(h)
    ]
    return [o for h in heads for o in prepositional_objects(h, OF)]


def _owners_before_active_subject(index: EntityIndex, verb: Token) -> list[Token]:
    """Those whose act or thing an active clause's subject names by a possessive ("the
    experts' examination made a preliminary conclusion"): they take part, as an "of" phrase's
    body does (`_owners_of_active_subject`), people too."""
    if _is_passive(verb) or verb.pos_ != "VERB" or not _owners_asked(verb):
        return []
    return [
        p
        for h in children(verb, "nsubj")
        if h.pos_ == "NOUN" and index.entity_at(h) is None and not _person_noun(h)
        # Named: "his heart was filled", "his suit got soaked" tell of the person's own self,
        # no act he takes part in as another.
        for p in children(h, "poss")
        if p.pos_ != "PRON"
    ]


def _targets(verb: Token) -> list[Token]:
    """Who an act is aimed at or taken from: "attacks against Lebanon" (also through the
    nouns coordinated with the event's noun), and for acts that take something away, "stole
    oil from Syria"."""
    heads = [c for c in with_conjuncts(verb) if c is verb or c.pos_ in {"NOUN", "PROPN"}]
    heads += [o for o in children(verb, "dobj") if o.pos_ in {"NOUN", "PROPN"}]
    found = [t for h in heads for t in prepositional_objects(h, AGAINST)]
    if verb.lemma_.casefold() in lexicon.words("taking_verbs"):
        found += prepositional_objects(verb, FROM)
    return found


def _targets_beside_doers(verb: Token) -> list[Token]:
    """Whom an act is aimed at, where the parse hangs the "against" phrase on the "by" phrase's
    doer before it ("committed by the imperialists against the Korean people")."""
    return [t for b in prepositional_objects(verb, BY) for t in prepositional_objects(b, AGAINST)]


def _attending(index: EntityIndex, verb: Token) -> list[Token]:
    """Who was there at the act, listed with their titles: "made with the attendance of A,
    secretary of X, B, vice-chairman of Y, and officials", "in the presence of A"."""
    heads = [
        t
        for n in prepositional_objects(verb, ATTENDED)
        if n.lemma_.casefold() in lexicon.words("attendance_nouns")
        for t in prepositional_objects(n, OF)
    ]
    if not heads:
        return heads
    # A long list defeats the parse, which may hang its groups on the verb ("... and officials
    # of the Party and power organs and agricultural workers in Waudo District"): everyone
    # named from its first name to the end of the list, where the sentence ends or a verb
    # says more ("the masses demanding ..."), was there.
    end = sentence_of(heads[0]).end
    words = itertools.takewhile(
        lambda t: t.pos_ not in {"VERB", "AUX"}, heads[0].doc[heads[0].i : end]
    )
    listed = [t for t in words if _kind_at(index, t) in PEOPLE]
    return heads + [t for h in heads for t in _listed_after_titles(index, h)] + listed


def _backers(verb: Token, noun: Token | None) -> list[Token]:
    """Who leads or backs the act, named in its "under" phrase (lexicon `auspices_nouns`):
    "built under the leadership of the Party", "talks held under the auspices of the UN"."""
    backing = lexicon.words("auspices_nouns")
    heads = [verb] if noun is None else [verb, noun]
    # The parse may hang the phrase on the verb's object or on that object's "of" phrase
    # ("is ushering in a new heyday of its development under the guidance of X").
    objects = children(verb, "dobj")
    heads += objects + [o for h in objects for o in prepositional_objects(h, OF)]
    return [
        t
        for head in heads
        for n in prepositional_objects(head, UNDER)
        if n.lemma_.casefold() in backing
        for o in prepositional_objects(n, OF)
        # "under the sponsorship of such organizations as X and Y": the examples are the backers.
        for t in [*with_conjuncts(o), *_examples(o)]
    ]


def _owners(index: EntityIndex, verb: Token, subject_heads: list[Token]) -> list[Token]:
    """Whose thing undergoes the act, when the thing names no one: "President Habyarimana's
    plane was shot down", "stopped providing Scott Ritter's team with escorts", "Crossland's
    stock plummeted"."""
    objects = children(verb, "dobj")
    undergoing = objects + (subject_heads if _is_passive(verb) else [])
    # "paid Kim Jong Un's visit": the owner of an event is who makes it, told elsewhere.
    nouns = lexicon.mapping("event_nouns")

    def owners(heads: list[Token]) -> list[Token]:
        things = [h for h in heads if index.entity_at(h) is None and _noun_key(h) not in nouns]
        # "lowered the rating on Crossland's stock", "earnings at Xerox's operations rose":
        # whose the thing is that the thing's own phrase names.
        things += [
            o
            for h in things
            for o in prepositional_objects(h, OWNED_WITHIN)
            if index.entity_at(o) is None and _noun_key(o) not in nouns
        ]
        return [p for h in things for p in children(h, "poss") if p.pos_ == "PROPN"]

    # The subject of a verb without an object undergoes it too ("the company's shares fell"),
    # a company's; a person's ("Elian's father demanded") is one who acts of his own.
    intransitive = [] if objects or _is_passive(verb) else subject_heads
    return owners(undergoing) + [
        p
        for p in owners(intransitive)
        if (e := index.entity_at(p)) is not None and e.kind is EntityKind.ORGANIZATION
    ]


def _companies_of_things(
    index: EntityIndex, verb: Token, subject_heads: list[Token]
) -> list[Entity]:
    """The company a proper noun in front of the thing undergoing the act names, or opens the
    name of, when the thing names no one itself: "the Eveready battery unit was hurt",
    "announced the Reiss request" after "Reiss & Co.". As with an owner (`_owners`), the
    company is done to through its thing, or made it."""
    objects = children(verb, "dobj")
    things = objects + (subject_heads if _is_passive(verb) else [])
    found: list[Entity] = []
    for thing in things:
        # A proper noun is a name of its own ("the Nasdaq Composite Index"), not a thing.
        if thing.pos_ != "NOUN" or index.entity_at(thing) is not None:
            continue
        words = [w for w in children(thing, *NOUN_MODIFIERS) if w.i < thing.i]
        words += [w for c in words for w in children(c, *NOUN_MODIFIERS) if w.i < c.i]
        # Not an adjective of a country that opens a company's name ("Cuban flags").
        words = [w for w in words if w.pos_ == "PROPN"]
        found += [
            e
            for w in words
            if (e := company_in_front(index, w)) is not None and e.kind is EntityKind.ORGANIZATION
        ]
    return found


def _company_measured(index: EntityIndex, heads: list[Token]) -> list[Entity]:
    """The company named last, whose figure a bare subject names: "Sales increased
    36% to $683 million", "Net income fell 37%" (lexicon `company_measure_nouns`). Words
    saying whose or which ("its sales", "the unit's profit", "Profit at the unit", "Sales of
    new homes", "Dalworth sales") make it another's, told by the words themselves; a phrase
    naming the period the figure is for says neither ("Net for the nine months was $254
    million", "Revenue in the third quarter fell")."""
    measures = lexicon.words("company_measure_nouns")
    found: list[Entity] = []
    for head in heads:
        # The parse may take a bare "Net" opening the sentence for an adjective.
        if head.pos_ not in {"NOUN", "ADJ"} or head.lemma_.casefold() not in measures:
            continue
        words = children_of(head)
        if any(
            c.dep_ in {"det", "poss"} or (c.lower_ in OWNER_OF_MEASURE and not _period_phrase(c))
            for c in words
        ):
            continue
        if any(index.entity_at(w) is not None for c in words for w in c.subtree):
            continue
        # The one named last: a report on several companies gives each one's figures after
        # its name ("At EDS, profit jumped 16%. Revenue rose 12%").
        company = index.last_organization_before(head)
        if company is not None:
            found.append(company)
    return found


def _period_phrase(preposition: Token) -> bool:
    """A prepositional phrase whose objects all name a period of time ("for the nine months",
    "in the third quarter", "in fiscal 1989")."""
    objects = children(preposition, "pobj")
    return bool(objects) and all(o.ent_type_ == "DATE" for o in objects)


def _company_whose(index: EntityIndex, verb: Token, subject_heads: list[Token]) -> list[Entity]:
    """The company "the company's" or "the firm's" names again, whose thing undergoes the act
    as a named owner's does (`_owners`): "the company's shares fell", "bought the firm's
    stock". Only the company the article is about, named before, is meant so."""
    objects = children(verb, "dobj")
    undergoing = objects + (subject_heads if _is_passive(verb) or not objects else [])
    nouns = lexicon.mapping("event_nouns")
    companies = lexicon.words("company_nouns")
    # "the company's president quit": an officer acts on his own.
    titles = lexicon.words("titles")
    return [
        company
        for h in undergoing
        if index.entity_at(h) is None
        and _noun_key(h) not in nouns
        and h.lemma_.casefold() not in titles
        for p in children(h, "poss")
        if p.lemma_.casefold() in companies
        and [c.lower_ for c in children_of(p) if c.dep_ != "case"] == ["the"]
        and (company := index.main_company_before(p)) is not None
    ]


def _conferred_on(verb: Token) -> list[Token]:
    """Whom a title, an honour or praise is conferred on, named in the "on" phrase of the
    verb or of what is conferred ("conferred the title of Labour Hero on the complex",
    "lavished praise on embassy staffers"; lexicon `conferring_verbs`)."""
    if verb.lemma_.casefold() not in lexicon.words("conferring_verbs"):
        return []
    return prepositional_objects(verb, APPEALED_TO) + [
        t for o in children(verb, "dobj") for t in prepositional_objects(o, APPEALED_TO)
    ]


def _furnished(verb: Token, subject_heads: list[Token]) -> list[Token]:
    """Whom a verb of furnishing gives the goods its "with" phrase names, which the parse
    hangs on the verb or on the object: its object, or its subject in the passive (lexicon
    `furnishing_verbs`)."""
    if verb.lemma_.casefold() not in lexicon.words("furnishing_verbs"):
        return []
    if _is_passive(verb):
        return subject_heads if prepositional_objects(verb, PARTNER_PREPOSITIONS) else []
    return [
        o
        for o in children(verb, "dobj")
        if prepositional_objects(verb, PARTNER_PREPOSITIONS)
        or prepositional_objects(o, PARTNER_PREPOSITIONS)
    ]


def _named_beside(objects: list[Token]) -> list[Token]:
    """Who an object names in apposition ("escorted the Libyan, Salem Ali Bashir")."""
    return [a for o in objects for a in children(o, "appos")]


def _named_after_object(objects: list[Token]) -> list[Token]:
    """Who an object names in apposition that the parse hangs on the verb instead: "escorted
    the Libyan, Atif Issa Enhamed, to the airport", the name a conjunct of "escorted". Only a
    name that opens right after the object's comma: "arrested the man, police said" names the
    sayer."""
    tokens = doc_tokens(objects[0].doc) if objects else ()
    found: list[Token] = []
    for obj in objects:
        at = obj.right_edge.i + 1
        if at + 1 >= len(tokens) or tokens[at].text != ",":
            continue
        name = tokens[at + 1]
        while name.dep_ == "compound" and name.head.i > name.i:
            name = name.head
        if (
            name.pos_ == "PROPN"
            and name.dep_ in STRAY_LISTED
            and name.head.i != obj.i
            and name.left_edge.i == at + 1
        ):
            found.append(name)
    return found


def _wished_for(verb: Token) -> list[Token]:
    """Who a hope or a wish is for: the subject of its clause ("hoped that the Chinese people
    would achieve fresher successes")."""
    if _lemma(verb) not in lexicon.words("wishing_verbs"):
        return []
    return [s for c in children(verb, "ccomp") for s in subjects(c)]


def _told_of(verb: Token) -> list[Token]:
    """Whom a charge or a finding tells of, as a report of speech does: the named subject of
    its "that" clause ("charged that the minister is arming the gangs", "concluded
    that Frank Miller fired the shot"; lexicon `charging_verbs`). Not a pronoun, whose
    referent is a guess, and nothing a denied act tells."""
    if verb.lemma_.casefold() not in lexicon.words("charging_verbs") or children(verb, "neg"):
        return []
    return [s for c in children(verb, "ccomp") for s in subjects(c) if s.pos_ != "PRON"]


def _lemma(verb: Token) -> str:
    # The lemmatizer takes "hoped" and "staged" for forms of "hop" and "stag" (lexicon
    # `misread_lemmas`): the spelling tells which verb it is.
    lemma = verb.lemma_.casefold()
    for misread, meant, spellings in lexicon.rows("misread_lemmas"):
        if lemma == misread and verb.lower_.startswith(tuple(spellings.split())):
            return meant
    return lemma


def _aimed_at(verb: Token) -> list[Token]:
    """Whom an act of firing or ramming is aimed at: "fired on protesters", "crashed into a
    patrol"; "open" only with fire ("opened fire on worshippers")."""
    lemma = verb.lemma_.casefold()
    if lemma not in lexicon.words("aiming_verbs") or (
        lemma == "open" and not any(o.lower_ == "fire" for o in children(verb, "dobj"))
    ):
        return []
    return [
        t
        for h in [verb, *children(verb, "dobj")]
        for t in prepositional_objects(h, AIMED_PREPOSITIONS)
    ]


def _encroached_upon(verb: Token) -> list[Token]:
    """What an act of encroaching is done upon, named by the verb's own preposition (lexicon
    `encroaching_verbs`): "infringed upon the sovereignty of the DPRK"."""
    lemma = verb.lemma_.casefold()
    prepositions = frozenset(p for v, p in lexicon.pairs("encroaching_verbs") if v == lemma)
    return prepositional_objects(verb, prepositions) if prepositions else []


def _audience(verb: Token) -> list[Token]:
    """Whom a speech or a lecture is given before ("gave a lecture before its teaching staff
    and students", lexicon `addressed_nouns`), and whom a gesture answers, where the parse hangs
    "to" on "back" ("waved back to the cheering masses", lexicon `gesture_verbs`)."""
    addressed = lexicon.words("addressed_nouns")
    told = [o for o in children(verb, "dobj") if o.lemma_.casefold() in addressed]
    found = [t for h in ([verb, *told] if told else []) for t in prepositional_objects(h, BEFORE)]
    if verb.lemma_.casefold() in lexicon.words("gesture_verbs"):
        found += [
            t
            for a in children(verb, "advmod")
            if a.lower_ == "back"
            for t in prepositional_objects(a, TO)
        ]
    return found


def _vented_at(index: EntityIndex, verb: Token) -> list[Token]:
    """Whom anger is vented at: "expressed their wrath at the Yoon group", "gave vent to anger
    and curse at Yoon Suk Yeol", "vented their spleen at the regime" (lexicon `vented_nouns`).
    The "at" phrase may hang on the verb or on the noun of the feeling; a clause that vents no
    feeling places its act with "at" ("expressed thanks at the meeting"). Anger at a deed is
    at whose it is ("anger at Israel's massacre of Palestinian civilians"), not at those its
    "of" phrase names, who may be its victims."""
    nouns = [
        c
        for n in [
            *children(verb, "dobj"),
            *(o for p in children(verb, "prep") for o in children(p, "pobj")),
        ]
        for c in with_conjuncts(n)
    ]
    nouns += [c for c in with_conjuncts(verb) if c.pos_ == "NOUN"]
    vented = lexicon.words("vented_nouns")
    if verb.lemma_.casefold() not in vented and not any(
        n.lemma_.casefold() in vented for n in nouns
    ):
        return []
    aimed = [t for h in [verb, *nouns] for t in prepositional_objects(h, AT)]
    owners = [o for t in aimed if index.entity_at(t) is None for o in children(t, "poss")]
    return owners or _qualified(index, aimed)


def _owed_to(verb: Token) -> list[Token]:
    """What a verb's "thanks to" or "owing to" phrase names, each item of its list: the parse
    hangs "to" on the verb or on "thanks". Thanks a verb's only object names are given ("expressed
    thanks to their devotion"); after another object the parse took the phrase for one ("made
    successes thanks to the devotion of")."""
    objects = children(verb, "dobj")
    credits = [
        c
        for c in children_of(verb)
        if c.lower_ in CREDITING and (c.dep_ != "dobj" or any(o.i < c.i for o in objects))
    ]
    phrases = [p for c in credits for p in children(c, "prep") if p.lower_ in TO] + [
        p for p in children(verb, "prep") if p.lower_ in TO and p.i > 0 and p.nbor(-1) in credits
    ]
    return [c for p in phrases for n in children(p, "pobj") for c in with_conjuncts(n)]


def _credited(verb: Token) -> list[Token]:
    """Whose efforts an act is owed to, who do it: "Thanks to the untiring efforts of officials
    and builders, the station is nearing completion", "carried out thanks to the devotion and
    struggle of service personnel" (lexicon `credited_nouns`); not "thanks to the policy of
    the Party", which tells no one's doing."""
    nouns = lexicon.words("credited_nouns")
    return [
        t
        for c in _owed_to(verb)
        if c.lemma_.casefold() in nouns
        for t in prepositional_objects(c, OF) + children(c, "poss")
    ]


def _titled(ctx: Context, token: Token) -> Entity | None:
    """The person a definite bare title stands for: the last person before it the article
    gave that title, else, after words of reverence, the person it is about."""
    modifiers = {c.lower_ for c in children_of(token) if c.dep_ in {"amod", "det"}}
    if "the" not in modifiers:
        return None  # most heads: asked before the words of a title are put together
    parts = [c for c in children_of(token) if c.dep_ == "compound"]
    words = [
        c.lower_ for c in children_of(token) if c.i < token.i and c.dep_ in {"amod", "compound"}
    ] + [token.lower_]
    # The longest title the words end with: "the special envoy", "the General Secretary".
    title = next(
        (
            " ".join(words[i:])
            for i in range(len(words))
            if " ".join(words[i:]) in lexicon.words("titles")
        ),
        None,
    )
    index = ctx.entities
    if (
        title is None
        or prepositional_objects(token, frozenset({"of"}))
        or any(index.entity_at(t) for t in parts)
    ):
        return None
    titled = [
        r
        for words, r in _stated_titles(token.doc, ctx)
        if f" {title} " in words and r.evidence.start < token.idx
    ]
    if titled:
        return max(titled, key=lambda r: r.evidence.start).subject
    if modifiers & lexicon.words("reverential_words"):
        return index.person_before(token.i)
    return None


def _national_title(ctx: Context, token: Token) -> Entity | None:
    """The person "the Iraqi leader" or "the Jordanian monarch" stands for: the last person
    named before it whose name the article ties to that country ("Iraq's Saddam Hussein",
    "King Hussein of Jordan", "Cuban President Fidel Castro", "X, the Iraqi president"), else
    the one ruler the article has named before ("President Fidel Castro said ... The Cuban
    leader said"), unless his name is tied to another country (lexicons `demonyms`, `titles`,
    `ruler_epithets`, `ruler_titles`)."""
    demonyms = lexicon.mapping("demonyms")
    nation = next((c.lower_ for c in children(token, "amod") if c.lower_ in demonyms), None)
    if nation is None:
        return None
    return _title_holder(ctx, token, {nation, demonyms[nation].casefold()})


def _body_title(ctx: Context, token: Token) -> Entity | None:
    """The person "the FBI chief", "the DPRK ambassador" or "the U.N. chief" stands for: the
    last person named before whose name the article ties to the body or country the title's
    own words name ("FBI Director Louis Freeh", "Ri Yong Chol, DPRK ambassador"). The body
    itself acts only where the article ties no one to it."""
    index = ctx.entities
    body = next(
        (
            e
            for c in children(token, "compound")
            if (e := index.entity_at(c)) is not None
            and (e.kind is EntityKind.ORGANIZATION or is_country(e))
        ),
        None,
    )
    if body is None:
        return None
    return _title_holder(ctx, token, {body.name.casefold()})


def _title_holder(ctx: Context, token: Token, names: set[str]) -> Entity | None:
    """The person a definite title tied to a country or body (`names`, casefolded) stands for
    (`_national_title`, `_body_title`)."""
    if not any(definite_word(c) for c in children_of(token)):
        return None
    if token.lower_ not in lexicon.union("titles", "ruler_epithets"):
        return None
    index = ctx.entities
    demonyms = lexicon.mapping("demonyms")

    def named(word: Token) -> Entity | None:
        return index.entity_at(word) if word.pos_ != "PRON" else None

    def of_country(word: Token) -> bool:
        entity = named(word)
        return word.lower_ in names or (entity is not None and entity.name.casefold() in names)

    def of_another(word: Token) -> bool:
        entity = named(word)
        national = word.lower_ in demonyms or (entity is not None and is_country(entity))
        return national and not of_country(word)

    before = [
        (doc_tokens(token.doc)[i], entity)
        for i, entity in index.by_token.items()
        if i < token.i and entity.kind is EntityKind.PERSON
    ]
    tied = {entity for name, entity in before if _tied_to(name, of_country)}
    found = index.last_named_before(token, (EntityKind.PERSON,), tied.__contains__)
    if found is not None or token.lower_ not in lexicon.union("ruler_titles", "ruler_epithets"):
        return found
    rulers = {
        r.subject
        for words, r in _stated_titles(token.doc, ctx)
        if r.evidence.start < token.idx
        and any(f" {title} " in words for title in lexicon.words("ruler_titles"))
    }
    rulers -= {entity for name, entity in before if _tied_to(name, of_another)}
    return rulers.pop() if len(rulers) == 1 else None


def _tied_to(name: Token, of_country: Callable[[Token], bool]) -> bool:
    """A name whose own words, "of" phrase or apposition name the country."""
    near = [*children(name, "compound", "amod", "poss", "nmod")]
    # "FBI Director Louis Freeh", "Director of the FBI Louis Freeh": the body hangs on the
    # title in front of the name.
    near += [
        w
        for c in children(name, "compound", "nmod")
        for w in children(c, "compound", "amod") + prepositional_objects(c, OF)
    ]
    near += prepositional_objects(name, frozenset({"of"}))
    # "Director of the Federal Bureau of Investigation (FBI) Louis Freeh": the acronym set
    # beside the body's name names it as the title's own word does.
    near += [a for w in near for t in w.subtree for a in children(t, "appos") if a not in near]
    for appos in children(name, "appos"):
        near += [appos, *children(appos, "compound", "amod", "poss")]
    return any(of_country(w) for w in near)


# Where a doc keeps the titles its article gives people (see `_stated_titles`).
STATED_TITLES_KEY = "kg.events.stated_titles"


def _stated_titles(doc: Doc, ctx: Context) -> tuple[tuple[str, Relation], ...]:
    """The job titles the article gives people, in appositions too ("Paek Nam Su, special
    envoy"), each with its words as a title is looked for in them. Every bare title asks for
    them: they are read once, and the doc keeps them with the context they were read with,
    since a doc may be read again with another."""
    kept = doc.user_data.get(STATED_TITLES_KEY)
    if kept is not None and kept[0] is ctx:
        return kept[1]
    titles = tuple(
        (f" {r.object.casefold()} ", r)
        for r in (*ctx.entities.relations, *found_relations(doc, ctx))
        if isinstance(r, Relation)
        and r.predicate == "schema:jobTitle"
        and r.subject.kind is EntityKind.PERSON
        and isinstance(r.object, str)
    )
    doc.user_data[STATED_TITLES_KEY] = (ctx, titles)
    return titles


def _qualified(index: EntityIndex, heads: list[Token], depth: int = 2) -> list[Token]:
    """Phrase heads with, for those that name no entity, the heads of their "of" phrases and
    their owners: "the services of the missile soldiers", "to the bier of Nguyen Phu Trong",
    "thanks to their devotion", "watching the builders' work"."""
    found = list(heads)
    frontier = heads
    for _ in range(depth):
        if not frontier:
            break
        # The phrases first, cheaper to find than whether the token names its participants.
        frontier = [
            inner
            for token in frontier
            if (
                inners := [
                    *prepositional_objects(token, OWNER_PREPOSITIONS),
                    *children(token, "poss"),
                ]
            )
            and _stands_for_others(index, token)
            for inner in inners
        ]
        found += frontier
    return found


def _subject_owners(index: EntityIndex, heads: list[Token]) -> list[Token]:
    """The bodies whose people or units a subject names in its "of" phrase, which act through
    them: "Representatives of Dow Jones began negotiations", "Workers of the Jongju Tractor
    Accessory Factory have turned out", "Members of the trade union of the Kwaksan Factory
    settled". Only a noun for a collective actor (lexicons `group_heads`, `collective_heads`)
    stands so for its owner, not "the history of NATO" or "the plight of children"; and no
    place does, not even a country ("officials of the DPRK" are no side acting for it)."""

    def takes_part(token: Token) -> bool:
        entity = index.entity_at(token)
        return entity is not None and entity.kind in PARTICIPANT_KINDS

    frontier = [
        h for h in heads if h.lower_ in _collective_nouns() and _stands_for_others(index, h)
    ]
    if not frontier:
        return []
    # The units they work at are theirs as well: "Officials and workers at the Hochongang,
    # Sodusu and other hydro-power stations are operating generators", each unit listed.
    found = [
        unit
        for t in frontier
        for o in prepositional_objects(t, AT)
        for unit in with_conjuncts(o)
        if _kind_at(index, unit) is EntityKind.ORGANIZATION
    ]
    for _ in range(2):
        # "members of the trade union of the factory": through a body the parse names no one.
        owners = [o for t in frontier for o in prepositional_objects(t, OF)]
        found += [o for o in owners if takes_part(o) and o not in heads + found]
        frontier = [o for o in owners if index.entity_at(o) is None]
    return found


def _collective_nouns() -> frozenset[str]:
    return lexicon.union("group_heads", "collective_heads")


def _undergoing_objects_act(objects: list[Token]) -> list[Token]:
    """Whom the act an object's "of" phrase tells is done to: "studying the possibility of
    taking Elian to a third nation" is about Elian too."""
    return _gerunds_objects(objects, OF)


def _gerunds_objects(nouns: list[Token], prepositions: frozenset[str]) -> list[Token]:
    """What the gerund of a noun's phrase acts on: "the work of building X" -> X."""
    return [
        o
        for noun in nouns
        for p in children(noun, "prep")
        if p.lower_ in prepositions
        for act in children(p, "pcomp")
        if act.tag_ == "VBG"
        for o in children(act, "dobj")
    ]


def _listed_on_the_verb(verb: Token, heads: list[Token]) -> list[Token]:
    """The rest of a list of the verb's last phrase, which the parse coordinates with the verb
    itself: "warnings were given to the Samaritans, the police, newspapers and the local
    Rumour Service" (the police, and all after them, joined to "given", or left unlabelled).
    Only nouns after a comma right after the list's first item, with nothing of the verb's own
    between."""
    if not heads:
        return []
    last = max(h.i for h in heads)
    own = {c.i for c in verb.children}
    tokens = doc_tokens(verb.doc)
    stray = [
        c
        for c in children(verb, "conj", "dep")
        if c.pos_ in {"NOUN", "PROPN"}
        and c.left_edge.i > last + 1
        and tokens[c.left_edge.i - 1].text == ","
        and not any(
            i in own and tokens[i].dep_ not in {"punct", "cc"} for i in range(last + 1, c.i)
        )
    ]
    return [t for c in stray[:1] for t in with_conjuncts(c)]


def _named_in_apposition(index: EntityIndex, heads: list[Token]) -> list[Token]:
    """The people who a phrase that names no one, or a group, stands for, named in its
    apposition: "with the one ally who has backed his threat of force, British prime minister
    Tony Blair", "with three Soviet astronauts, A, B and C" (each member of the list)."""
    return [
        a
        for h in heads
        if _kind_at(index, h) in {None, EntityKind.GROUP}
        for a in children(h, "appos")
        if (e := index.entity_at(a)) is not None and e.kind is EntityKind.PERSON
    ]


def _named_after_description(index: EntityIndex, heads: list[Token]) -> list[Token]:
    """The person or body a singular description names in apposition after it ("written by a
    liberal member, Justice John Paul Stevens,", "distributed by RJR's owner, Kohlberg Kravis
    Roberts & Co., to bankers"): the one who acts. The parse often hangs the name on a noun
    before the description, so a name right after its comma counts when it ends the phrase
    (a comma or the sentence's end follows), its title words passed over."""
    titles = lexicon.words("titles") | lexicon.words("honorifics")
    found: list[Token] = []
    for head in heads:
        if head.tag_ != "NN" or _kind_at(index, head) not in {None, EntityKind.GROUP}:
            continue
        appositive = [
            a
            for a in children(head, "appos")
            if (e := index.entity_at(a)) is not None and e.kind in PEER_KINDS
        ]
        if appositive:
            found += appositive
            continue
        doc = head.doc
        end = sentence_of(head).end
        at = head.right_edge.i + 1
        if at >= end or doc[at].text != ",":
            continue
        at += 1
        while at < end and doc[at].lower_ in titles and index.entity_at(doc[at]) is None:
            at += 1
        named = index.entity_at(doc[at]) if at < end else None
        if named is None or named.kind not in PEER_KINDS:
            continue
        last = at
        while last + 1 < end and index.entity_at(doc[last + 1]) == named:
            last += 1
        if last + 1 == end or doc[last + 1].text in {",", ".", ";"}:
            found.append(doc[last])
    return found


def _stands_for_others(index: EntityIndex, token: Token) -> bool:
    """A phrase whose "of" phrase names who takes part: one that names no one ("the services
    of the soldiers"), or a group ("leading members of the delegation"), but not a person by
    their tie to another ("the wife of X")."""
    entity = index.entity_at(token)
    if entity is not None:
        return entity.kind is EntityKind.GROUP
    return not _related_person(token)


def _related_person(token: Token) -> bool:
    """A noun for a person by their tie to another ("the friend of X", "the wife of X")."""
    noun = token.lemma_.casefold()
    return (
        noun in lexicon.words("related_person_nouns")
        or noun in lexicon.mapping("kinship")
        or noun in lexicon.words("titles")
    )


def _bodies_of_offices(index: EntityIndex, heads: list[Token]) -> list[Token]:
    """The bodies and countries whose offices the unnamed office-holders among `heads` hold,
    which take part through them: "sent a message to the president of Cuba", "was named
    president and chief executive officer of Harbor Freight Lines" (the "of" hangs on the
    last title)."""
    found: list[Token] = []
    for title in _titles_listed(index, heads):
        frontier = [title]
        for _ in range(OFFICE_BODY_DEPTH):
            frontier = [o for t in frontier for o in prepositional_objects(t, OFFICE_OF)]
            named = [
                t
                for t in frontier
                if (e := index.entity_at(t)) is not None
                and e.kind in (EntityKind.ORGANIZATION, EntityKind.PLACE)
            ]
            if named:
                found += [t for t in named if t not in found]
                break
    return found


def _titles_listed(index: EntityIndex, heads: list[Token]) -> list[Token]:
    """The unnamed office-holders among `heads` and those listed with them, which a long list
    leaves as conjuncts or appositions of the first ("from the president of Peru, the
    president and the vice-president of Chile and the president of the party")."""

    def office(token: Token) -> bool:
        return _office_held(index, token) or _names_company_office(token)

    found: list[Token] = []
    frontier = [h for h in heads if office(h)]
    while frontier:
        found += frontier
        frontier = [
            listed
            for t in frontier
            for listed in children(t, "conj", "appos")
            if office(listed) and listed not in found
        ]
    return found


def _names_company_office(token: Token) -> bool:
    """A noun that ends the name of an office held at a company ("chief operating officer")."""
    if token.pos_ != "NOUN":
        return False
    words = [c for c in children(token, "compound", "amod") if c.i < token.i]
    phrase = " ".join(w.lower_ for w in [*words, token])
    return phrase in lexicon.words("company_offices")


def _offices_taken(verb: Token) -> list[Token]:
    """The offices a clause gives, leaves or names its person in: "was named chairman",
    "elected him as president", "resigned as general manager"; not any "as" phrase ("foresee
    Russia as a member of NATO")."""
    lemma = verb.lemma_.casefold()
    if lemma in lexicon.words("appointing_verbs"):
        return children(verb, "oprd", "attr") + prepositional_objects(verb, AS)
    if lemma in lexicon.words("office_holding_verbs"):
        return prepositional_objects(verb, AS)
    return []


def _company_reporting_office(index: EntityIndex, verb: Token) -> list[Entity]:
    """The company whose office a clause gives or leaves, where the office names no body
    itself, and the company reports the clause: "Reuters Holdings PLC said Michael Reupke
    resigned as general manager", "Harbor Corp. said John Smith was named president"."""
    offices = _offices_taken(verb) + _offices_removed_from(verb)
    if not any(
        _names_company_office(o) and not prepositional_objects(o, OFFICE_OF) for o in offices
    ):
        return []
    clause = verb
    while clause.dep_ == "conj":
        clause = head_of(clause)
    if clause.dep_ != "ccomp" or not reports_speech(head_of(clause)):
        return []
    return [
        e
        for e in entities_of(index, subjects(head_of(clause)))
        if e.kind is EntityKind.ORGANIZATION
    ]


def _offices_removed_from(verb: Token) -> list[Token]:
    """The offices a clause removes its object from: "dismissed her as president" (lexicon
    `removing_verbs`), also through the verb of an aim, which the event of the clause that
    aims takes ("seeks to oust Mr. Reed as chairman"); only with an object, as "fired as a
    warning" names no office."""
    return [
        office
        for removing in [verb, *children(verb, "xcomp")]
        if removing.lemma_.casefold() in lexicon.words("removing_verbs")
        and children(removing, "dobj")
        for office in prepositional_objects(removing, AS)
    ]


def _senders_named(verb: Token, objects: list[Token]) -> list[Token]:
    """Who a received message comes from, also where the parse hangs "from" on what the
    message is of ("received messages of greeting from the president of Peru")."""
    if verb.lemma_.casefold() not in lexicon.words("getting_verbs"):
        return []
    return prepositional_objects(verb, FROM) + [
        sender
        for obj in objects
        for what in [obj, *prepositional_objects(obj, OF)]
        for sender in prepositional_objects(what, FROM)
    ]


def _countries_of_title(index: EntityIndex, token: Token) -> list[Token]:
    """The countries a side named by title alone stands for: "talks between the vice-minister
    of Foreign Affairs of the DPRK and the executive deputy minister of Foreign Affairs of
    Vietnam" are talks with Vietnam."""
    if index.entity_at(token) is not None or token.lemma_.casefold() not in lexicon.words("titles"):
        return []
    found = []
    frontier = [token]
    for _ in range(TITLE_CHAIN_DEPTH):
        frontier = prepositional_objects(frontier[0], OF) if frontier else []
        found += [
            t
            for t in frontier
            if (e := index.entity_at(t)) is not None and e.kind is EntityKind.PLACE
        ]
    return found


def _countries_acted_for(index: EntityIndex, heads: list[Token]) -> tuple[Entity, ...]:
    """The countries a state's side acts for (lexicon `state_sides`): "The military of the
    U.S. and the ROK signed" is signed by the U.S. and the ROK too, also where the side is
    named as a body of its own ("military of the U.S.")."""
    sides = lexicon.words("state_sides")
    found = (
        e
        for head in heads
        if head.lower_ in sides
        for owner in prepositional_objects(head, OF)
        for country in (owner, *owner.conjuncts)
        for e in (index.entity_at(country), *index.inner_at(country))
        if e is not None and e.kind is EntityKind.PLACE
    )
    return tuple(dict.fromkeys(found))


def _companies_run(ctx: Context, heads: list[Token]) -> tuple[Entity, ...]:
    """The company a body that runs it acts for (lexicon `company_organ_nouns`): its owner
    ("the company's board authorized", "Nashua's board"), else, bare or with "the", the
    company "the company" would name again ("Crossland Savings Bank's stock plummeted after
    management recommended"). A phrase after the noun says whose it is ("the board of
    Acme"), which `_subject_owners` reads."""
    organs = lexicon.words("company_organ_nouns")
    found: list[Entity] = []
    for head in heads:
        if head.tag_ != "NN" or head.lemma_.casefold() not in organs:
            continue
        words = children_of(head)
        # "the school board" is no company's.
        if any(c.dep_ in {"prep", "compound"} for c in words):
            continue
        owners = [c for c in words if c.dep_ == "poss"]
        if owners:
            found += (e for e in _actors(ctx, owners) if e.kind is EntityKind.ORGANIZATION)
        elif all(c.lower_ == "the" for c in words if c.dep_ == "det"):
            firm = ctx.entities.firm_named_before(head)
            found += [] if firm is None else [firm]
    return tuple(dict.fromkeys(found))


def _named_in_piece(ctx: Context, verb: Token) -> tuple[Entity, ...]:
    """Whom a newspaper piece tells of (lexicon `publication_nouns`): "An article says that
    distrust for the U.S. is growing", "Another article discloses the moves of the U.S.". A
    press review gives each piece one such sentence, and those it names, in the clause
    or in the clause it reports, are what the piece is about."""
    pieces = lexicon.words("publication_nouns")
    # Not "Article 9 of the Constitution stipulates": a numbered article is a law's.
    if not any(
        s.lemma_.casefold() in pieces and s.pos_ == "NOUN" and not children(s, "nummod")
        for s in subjects(verb)
    ):
        return ()
    own = own_tokens(verb).union(*(own_tokens(c) for c in children(verb, "ccomp")))
    # A review's header may be parsed with its first item: only the verb's own line.
    start, end = _line_bounds(ctx.article.text, verb.idx)  # not doc.text, rebuilt per call
    doc = verb.doc
    return tuple(
        e
        for e in entities_of(
            ctx.entities, [doc[i] for i in sorted(own) if start <= doc[i].idx < end]
        )
        if e.kind in PARTICIPANT_KINDS or is_country(e)
    )


def _sources_of(heads: list[Token]) -> list[Token]:
    """The phrases a noun's "from" phrase names as whence it comes ("an offer from an investor
    group"): the owner of one is not (not Elian in "help from Elian's relatives")."""
    return [t for h in heads for t in prepositional_objects(h, FROM)]


def _sources_of_act(verb: Token) -> list[Token]:
    """Whom an act gets, buys or asks something from, named in the verb's own "from" phrase
    (lexicon `sourcing_verbs`): "seeking higher offers from other bidders", "bought the
    shares from a shareholder" (see `_sources_of` for an object's own "from" phrase)."""
    if verb.lemma_.casefold() not in lexicon.words("sourcing_verbs"):
        return []
    return prepositional_objects(verb, FROM)


def _sources_hung_inside_object(verb: Token) -> list[Token]:
    """Whom an act of getting gets its object from, named in a "from" phrase the parse hangs on
    a word of the object's own clause rather than on the verb: "received a $24-a-share offer to
    take the company private from an investor group" ("from" on "private"), and the members the
    source's phrase names ("an investor group including M. Lee Pearce"). A verb of that clause
    owns its "from" phrase ("an offer to buy the unit from its parent"), so only phrases hung on
    other words are read (lexicon `sourcing_verbs`)."""
    if verb.lemma_.casefold() not in lexicon.words("sourcing_verbs"):
        return []
    sources = [
        source
        for obj in children(verb, "dobj")
        for word in obj.subtree
        if word.i != obj.i and word.pos_ not in {"VERB", "AUX"}
        for source in prepositional_objects(word, FROM)
    ]
    return sources + [t for s in sources for t in _examples(s)]


def _countries_got_from(index: EntityIndex, verb: Token) -> tuple[Entity, ...]:
    """The countries an act of getting gets its object from, on the other side of it: "bought
    oil from Iran", "received weapons from the United States and Britain". The other sources
    are read as people and bodies only; a country is asked for apart, a city there being only
    whence the thing came (lexicon `sourcing_verbs`)."""
    heads = _sources_of_act(verb) + _sources_of_amount(verb) + _sources_hung_inside_object(verb)
    return tuple(e for e in entities_of(index, heads) if is_country(e))


def _sources_of_amount(verb: Token) -> list[Token]:
    """Whom an act of getting or asking gets an amount from, named in the "from" phrase the
    parse hangs on the noun of the amount's in/of phrase: "requested $50 million in emergency
    funding from Congress", "bought 20% of the shares from a shareholder" (lexicon
    `sourcing_verbs`; see `_sources_of_act` for the verb's own "from" phrase)."""
    if verb.lemma_.casefold() not in lexicon.words("sourcing_verbs"):
        return []
    return [
        source
        for amount in children(verb, "dobj")
        for noun in prepositional_objects(amount, IN_OR_OF)
        for source in prepositional_objects(noun, FROM)
    ]


def _undertaking_verbs() -> frozenset[str]:
    return lexicon.union("undertaking_verbs", "attempting_verbs", "scheduling_verbs")


def _purposes(verb: Token) -> list[Token]:
    """The "to" infinitives that tell what an act is about: the verb's own ("agreed to sell",
    `_undertaking_verbs`) and its object's ("a campaign to encourage the farmers", "a statement to
    condemn the ROK", lexicon `undertaking_nouns`)."""
    own = children(verb, "xcomp") if verb.lemma_.casefold() in _undertaking_verbs() else []
    undertakings = lexicon.words("undertaking_nouns")
    objects = [o for o in children(verb, "dobj") if o.lemma_.casefold() in undertakings]
    return [
        infinitive
        for infinitive in own + [a for o in objects for a in children(o, "acl")]
        if is_to_infinitive(infinitive)
    ]


def _sides_of_purpose(index: EntityIndex, verb: Token) -> list[Entity]:
    """Whom the infinitive of `_purposes` acts on or gives to, who takes part in the act it is
    the purpose of: "agreed to sell the division to R.D. Werner", "launched a campaign to
    encourage the cooperative farmers", "issued a statement to condemn the ROK"."""
    purposes = _purposes(verb)
    objects = [t for p in purposes for t in children(p, "dobj", "dative")]
    examples = [c for o in objects for t in _examples(o) for c in with_conjuncts(t)]
    objects += examples
    # Whom a pronoun stands for is guessed, and a guess is not worth a link here.
    objects = [t for t in _qualified(index, objects) if t.pos_ != "PRON"]
    # "trying to get Elian to the United States": a country there is where one goes.
    given = [t for p in purposes for t in prepositional_objects(p, RECIPIENT_PREPOSITIONS)]
    return (
        [e for e in entities_of(index, objects) if e.kind in PARTICIPANT_KINDS or is_country(e)]
        + list(entities_of(index, given, *PARTICIPANT_KINDS))
        # "a campaign to protect historical sites, including Anguk Temple and Paeksang
        # Pavilion": the sites named as what is acted on take part.
        + list(entities_of(index, examples, EntityKind.PLACE))
    )


def _made_by(heads: list[Token]) -> list[Token]:
    """Who a noun's own "by" phrase names as its maker: "a performance by the Mansudae Art
    Troupe", "resistance by tribesmen"."""
    return [t for h in heads for t in prepositional_objects(h, BY)]


def _makers_hung_on_verb(verb: Token, noun: Token | None) -> list[Token]:
    """Who the "by" phrase names as the maker of the event a light verb's object names, where
    the parser hangs the phrase on the verb: "attended a rally Thursday by media workers" (see
    `_made_by`). Not so after a plain object: an active verb's "by" phrase is more often a
    measure or a means ("reduce employment by 6,000 people"), or belongs to a phrase the parse
    misread ("two decisions by the court", "the forecast by economists"). An object that names
    an act no event noun does is made so too ("spearheaded fierce resistance by tribesmen",
    lexicon `made_act_nouns`)."""
    if _is_passive(verb):
        return []
    acts = lexicon.words("made_act_nouns")
    if not (noun is not None and noun.dep_ == "dobj") and not any(
        o.lemma_.casefold() in acts for o in children(verb, "dobj")
    ):
        return []
    return prepositional_objects(verb, BY)


def _sources_of_doers(index: EntityIndex, verb: Token, subject_heads: list[Token]) -> list[Token]:
    """Whom what acts comes from, named in the "from" phrase of a subject or of a passive's
    "by" phrase that names no one: "The financial assistance from the World Bank is not
    helping", "killed by mortar fire from the Islamic State" (see `_sources_of` for objects).
    Not a range ("the enlargement of NATO from 16 members to 19")."""
    doers = subject_heads + (prepositional_objects(verb, BY) if _is_passive(verb) else [])
    return _sources_of(
        [
            d
            for d in doers
            if d.pos_ == "NOUN"
            and index.entity_at(d) is None
            and not any(o.lower_ == "to" for o in children(d, "prep"))
        ]
    )


def _authors(index: EntityIndex, verb: Token) -> list[Token]:
    """Who said, wrote or performed what a passive clause acts on or a "there is" clause tells,
    named in its "of" phrase (lexicon `authored_nouns`): "An appeal of the rally was read
    out", "There was a performance of the art troupe" (an object's "of" phrase is read with
    the object)."""
    works = children(verb, "nsubjpass") + (children(verb, "attr") if children(verb, "expl") else [])
    return [
        author
        for work in works
        if index.entity_at(work) is None
        and work.lemma_.casefold() in lexicon.words("authored_nouns")
        for author in prepositional_objects(work, OF)
    ]


def _guests(verb: Token, noun: Token) -> list[Token]:
    """Whom a reception or banquet is given for, named in its "in welcome of" or "in honour
    of" phrase (lexicon `hospitality_nouns`) on the verb or the noun: "hosted a reception in
    welcome of the delegation headed by X", the delegation and X."""
    nouns = lexicon.words("hospitality_nouns")
    guests = [
        t
        for holder in (verb, noun)
        for phrase in prepositional_objects(holder, IN)
        if phrase.lemma_.casefold() in nouns
        for t in prepositional_objects(phrase, OF)
    ]
    return guests + _makers(guests)


def _makers(heads: list[Token]) -> list[Token]:
    """Who made, organised or heads what the phrases name: "drones organized by the
    institute", "the delegation headed by the vice-minister"."""
    return [
        agent
        for head in heads
        for participle in children(head, "acl")
        if participle.tag_ == "VBN"
        for agent in prepositional_objects(participle, frozenset({"by"}))
    ]


def _phrase_tokens(verb: Token, depth: int, wide: bool) -> Iterator[Token]:
    """The tokens of a verb's own phrases, nearest first: through all of PHRASE_LINKS when
    `wide`, else only through its objects and chains of place phrases ("hit the target on an
    island in the East Sea", not "a share in the resources of the Caspian Sea")."""
    deps, lowers, parts = doc_deps(verb.doc), doc_lowers(verb.doc), doc_pos(verb.doc)
    frontier = [verb]
    for _ in range(depth):
        following: list[Token] = []
        for token in frontier:
            yield token
            following.extend(
                child
                for child in children_of(token)
                if (
                    (dep := deps[child.i]) in PHRASE_LINKS
                    or (dep == "conj" and parts[token.i] in {"NOUN", "PROPN"})
                    # "assembled in and around Saudi Arabia": the parse hangs the place on
                    # the second of two coordinated prepositions.
                    or (dep == "conj" and parts[token.i] == "ADP" and parts[child.i] == "ADP")
                )
                and not (dep in {"prep", "conj"} and lowers[child.i] in NOT_WHERE)
                and (
                    wide
                    or dep in {"dobj", "pobj"}
                    or (dep in {"prep", "conj"} and lowers[child.i] in WHERE_PREPOSITIONS)
                    or _held(child)
                )
            )
        frontier = following


def _held(token: Token) -> bool:
    """A participle that says where a named event was held ("at the championships held in
    China"), which places what happened at it."""
    return (
        token.dep_ == "acl"
        and token.tag_ == "VBN"
        and token.lemma_.casefold() in lexicon.words("event_light_verbs")
        # "won at the championships held in X", not "recalled the summit held in X".
        and token.head.dep_ == "pobj"
        and token.head.head.lower_ in WHERE_PREPOSITIONS | {"during"}
    )


def _where(index: EntityIndex, verb: Token, heads: list[Token], cls: str) -> Entity | None:
    """Where the event happened: an in/at phrase of the clause (`place_of`), else, for the
    events an article is about, the first place its phrases name, nearest first, a place
    named earlier standing for "the hostel" or "the province"."""
    place = place_of(index, heads)
    if place is not None:
        return place
    wide = cls not in GENERIC_CLASSES
    # The fragment after the sentence is read only when the verb's own phrases name no place.
    tokens = itertools.chain(
        _phrase_tokens(verb, PHRASE_DEPTH, wide), _tokens_after(sentence_of(verb))
    )
    deps, lowers = doc_deps(verb.doc), doc_lowers(verb.doc)
    for token in tokens:
        if deps[token.i] == "pobj" and lowers[head_of(token).i] in WHERE_PREPOSITIONS:
            # "on an island in X", but not "on the occasion of the birthday of the DPRK".
            found = _place_named(index, token, 0 if token.head.lower_ == "on" else 2)
            if found is not None:
                return found
    return None


def _place_down(index: EntityIndex, verb: Token) -> Entity | None:
    """A place named down a chain of phrases from the verb's object or its in/at phrase,
    nearest first: "announced the seizure of land in the West Bank", "laid at the graves of
    the soldiers in different parts of the DPRK", "damage caused by heavy rainfall in some
    parts of the DPRK" (where the doer was), "commemorated with an event at the Mausoleum of
    King Tangun". Only an in/at phrase places the event, or an "of" phrase after a word for a
    part of a place ("parts of the DPRK", "areas of X")."""
    partitive = lexicon.words("partitive_nouns")
    frontier = [t for t in children(verb, "dobj") if t.pos_ in {"NOUN", "PROPN"}]
    frontier += prepositional_objects(verb, PLACE_PREPOSITIONS | BY | frozenset({"with", "under"}))
    # "a bomb ripped through an office building": what goes through a building is in it.
    if verb.lemma_.casefold() in lexicon.words("passage_verbs"):
        frontier += prepositional_objects(verb, frozenset({"through"}))
    frontier += _beside(verb)
    for _ in range(PLACE_CHAIN_DEPTH):
        following: list[Token] = []
        for token in frontier:
            locative = prepositional_objects(token, PLACE_PREPOSITIONS)
            owners = prepositional_objects(token, frozenset({"of"}))
            named = locative + (owners if token.lemma_.casefold() in partitive else [])
            found = next((e for e in entities_of(index, named, EntityKind.PLACE)), None)
            # "near the city of Deir ez-Zor": a common noun its phrase names (`place_of`).
            found = found or place_of(index, [token, *_purpose_gerunds(token)])
            if found is not None:
                return found
            # What the noun stands beside is where it is, not the country of its name
            # ("the U.S. embassy"): only the phrases after that noun are read, a step later.
            following += locative + owners + _beside(token)
        frontier = following
    return None


def _beside(head: Token) -> list[Token]:
    """What a noun, or what a verb happens, stands beside: "an office building next to the
    U.S. embassy", "tore through a hotel next to the consulate" (lexicon `adjacency_adverbs`)."""
    adverbs = lexicon.words("adjacency_adverbs")
    return [
        t
        for adverb in children(head, "advmod")
        if adverb.lower_ in adverbs
        for t in prepositional_objects(adverb, TO)
    ]


def _purpose_gerunds(noun: Token) -> list[Token]:
    """The gerunds of a noun's "for" phrase, whose in/at phrase (`place_of`) the parse takes
    from the noun: "There took place an art performance for celebrating the anniversary of the
    DPRK in the capital city of Pyongyang" (the performance was in Pyongyang)."""
    return [
        gerund
        for prep in children(noun, "prep")
        if prep.lower_ == "for"
        for gerund in children(prep, "pcomp")
        if gerund.tag_ == "VBG"
    ]


def _tokens_after(sentence: Span) -> Iterator[Token]:
    yield from _fragment_after(sentence)


def _fragment_after(sentence: Span) -> list[Token]:
    """The words of a verbless piece the parser split from the end of a sentence ("... who
    won the U-20 | Women's World Cup at the headquarters building on September 30."): the
    sentence's own phrases, in its paragraph."""
    doc = sentence.doc
    tokens = doc_tokens(doc)
    if sentence.end >= len(doc) or breaks_line(tokens[sentence.end - 1]):
        return []
    following = sentence_of(tokens[sentence.end])
    words = span_tokens(following)
    # A participle may modify its nouns ("the championships held in China"); a verb that
    # heads it makes it a sentence of its own.
    if following.root.pos_ in {"VERB", "AUX"} or any(
        t.pos_ in {"VERB", "AUX"} and t.dep_ not in {"acl", "amod"} for t in words
    ):
        return []
    return list(words)


def _place_referred(ctx: Context, verb: Token) -> Entity | None:
    """The place that "there", "on the spot" or "here" stands for in the verb's clause: the
    place last named in an in/at phrase before the sentence, and for "here" the dateline's
    city (a wire article's "arrived here")."""
    anaphors = lexicon.words("place_anaphors")
    longest = lexicon.longest_phrase("place_anaphors")
    own = own_tokens(verb)
    lowers = doc_lowers(verb.doc)
    openings = _anaphor_openings()
    if not any(lowers[i] in openings for i in own):
        return None  # most clauses: no word that begins one, no phrases to look at
    # "the officer at the scene recalled": the subject's own phrases say nothing of the event.
    # A participle's subject is the noun it hangs on ("a delegation ... left here"), whose
    # subtree holds the clause itself.
    tables = parse_tables(verb.doc)
    described = {i for s in subjects(verb) for i in subtree_indices(tables, s.i)}
    described.difference_update(subtree_indices(tables, verb.i))
    clause = [tables.tokens[i] for i in sorted(own - described)]
    words = [t.lower_ for t in clause]
    found = {
        " ".join(words[i : i + n])
        for i in range(len(words))
        for n in range(1, longest + 1)
        if " ".join(words[i : i + n]) in anaphors and clause[i].dep_ != "expl"
    }
    if not found:
        return None
    index = ctx.entities
    if found == {"here"}:
        return ctx.dateline_place()
    for token in reversed(verb.doc[: sentence_of(verb).start]):
        if token.idx < ctx.dateline_end:
            break
        if token.dep_ == "pobj" and token.head.lower_ in WHERE_PREPOSITIONS:
            place = _place_named(index, token)
            if place is not None:
                return _site_located(index, token) or place
    return None


def _site_located(index: EntityIndex, token: Token) -> Entity | None:
    """The site a place phrase locates: "at the Yangsa Farm in Thosan County", where "there"
    stands for the farm, not for the whole county."""
    outer = token.head.head
    if (
        token.head.dep_ != "prep"
        or outer.dep_ != "pobj"
        or outer.head.lower_ not in WHERE_PREPOSITIONS
    ):
        return None
    return _place_named(index, outer)


def _place_of_kind(ctx: Context, verb: Token) -> Entity | None:
    """The place a bare definite noun of its kind stands for in a place phrase of the verb's
    clause: the last place of that kind the article named before it ("arrested forty people
    across the city" after "Lyon", "at the city's airport" after "Durban"; lexicon
    `place_type_nouns`, the kind as the gazetteer or the place's name gives it). A modified
    noun ("the Kenyan city", "the same province") may mean another place."""
    nouns = lexicon.mapping("place_type_nouns")
    lowers, tokens = doc_lowers(verb.doc), doc_tokens(verb.doc)
    # Asked of every event's verb: its clause's words are looked up before they are sorted.
    for i in sorted(i for i in own_tokens(verb) if lowers[i] in nouns):
        kind = nouns[lowers[i]]
        token = tokens[i]
        if token.pos_ != "NOUN" or token.tag_ != "NN":
            continue
        if [(c.dep_, c.lower_) for c in children_of(token) if c.dep_ != "case"] != [("det", "the")]:
            continue
        phrase = head_of(token) if token.dep_ == "poss" else token
        if phrase.dep_ != "pobj" or lowers[head_of(phrase).i] not in WHERE_PREPOSITIONS:
            continue
        kinds = {link.entity: link.place.place_type.value for link in ctx.places.links}
        kinds.update((k.entity, k.place_type.value) for k in ctx.places.kinds)
        named = [
            (m.mention.start, m.entity)
            for m in ctx.entities.mentions
            if m.mention.end <= token.idx and kinds.get(m.entity) == kind
        ]
        return max(named, key=lambda found: found[0])[1] if named else None
    return None


def _capital_named(ctx: Context, verb: Token) -> Entity | None:
    """The capital a country's adjective and "capital" name in a place phrase of the verb's
    clause, where the article names that town: "meeting in the Ethiopian capital" after the
    dateline's "ADDIS ABABA, Ethiopia" (the gazetteer tells the capital, see
    `PlaceResolution.capitals`)."""
    lowers, tokens = doc_lowers(verb.doc), doc_tokens(verb.doc)
    for i in sorted(i for i in own_tokens(verb) if lowers[i] == "capital"):
        token = tokens[i]
        modifiers = [c for c in children_of(token) if c.dep_ != "case"]
        adjectives = [c for c in modifiers if c.dep_ == "amod" and c.ent_type_ == "NORP"]
        if (
            token.tag_ != "NN"
            or token.dep_ != "pobj"
            or lowers[head_of(token).i] not in WHERE_PREPOSITIONS
            or not any(c.dep_ == "det" and c.lower_ == "the" for c in modifiers)
            or len(adjectives) != 1
        ):
            continue
        named = ctx.places.capitals()
        country = _country_of_adjective(adjectives[0].lower_, list(named))
        return None if country is None else named[country]
    return None


def _country_of_adjective(adjective: str, countries: list[str]) -> str | None:
    """The country of `countries` a nationality adjective is made from: the one whose first
    word, less its last letter, begins it, the longest such ("Ethiopian" of Ethiopia, "Saudi"
    of Saudi Arabia, "Nigerian" of Nigeria rather than Niger); else one the lexicon
    `demonyms` gives ("American" of United States)."""
    stems = {
        country: stem
        for country in countries
        if len(stem := country.split()[0].casefold()[:-1]) >= 3 and adjective.startswith(stem)
    }
    if stems:
        return max(stems, key=lambda country: len(stems[country]))
    given = lexicon.mapping("demonyms").get(adjective, "").casefold()
    return next((c for c in countries if c.casefold() == given), None)


def _relative_place(index: EntityIndex, verb: Token) -> Entity | None:
    """The place a "where" clause describes: "visited Jungsan County, South Phyongan
    Province, where land realignment was going on" (the place first named, which the one in
    apposition locates)."""
    if verb.dep_ != "relcl" or not any(c.lower_ == "where" for c in children(verb, "advmod")):
        return None
    described = head_of(verb)
    # "the largest military base of the U.S., where troops are deployed": the base, which
    # the parse may leave the "of" phrase to describe.
    if described.dep_ == "appos":
        described = head_of(described)
    elif described.dep_ == "pobj" and head_of(described).lower_ in OF:
        described = head_of(head_of(described))
    elif described.dep_ == "pobj" and head_of(described).lower_ in PLACE_PREPOSITIONS:
        # "at Andrews Air Force Base, near Washington, where the victims were brought": the
        # place first named, which the phrase locates.
        located = index.entity_at(head_of(head_of(described)))
        site = None if located is None else as_place(located)
        if site is not None:
            return site
    entity = index.entity_at(described)
    return None if entity is None else as_place(entity)


@functools.cache
def _anaphor_openings() -> frozenset[str]:
    """The first words of the phrases that stand for a place ("there", "on" of "on the spot")."""
    return frozenset(phrase.split()[0] for phrase in lexicon.words("place_anaphors"))


def _place_named(index: EntityIndex, token: Token, depth: int = 2) -> Entity | None:
    """The place a phrase head names: itself, a name compounded with it ("the Sinuiju
    area"), a place named earlier that it repeats ("the hostel"), or its "of" phrase ("a
    resting site of the hostel")."""
    entity = index.entity_at(token)
    if entity is not None and entity.kind is not EntityKind.GROUP:
        return as_place(entity)
    # The town a building stands in says more than the country it is named after ("the U.S.
    # embassy in Dar es Salaam").
    within = _unnamed_site_in(index, token)
    if within is not None:
        return within
    for child in children_of(token):
        if child.dep_ == "compound":
            found = index.entity_at(child)
            if found is not None and found.kind is EntityKind.PLACE:
                return found
    found = _possessing_place(index, token)
    if found is not None:
        return found
    found = _place_repeated(index, token) or _site(index, token)
    if found is not None or depth == 0:
        return found
    for inner in prepositional_objects(token, frozenset({"of"})):
        found = _place_named(index, inner, depth - 1)
        if found is not None:
            return found
    return None


def _possessing_place(index: EntityIndex, token: Token) -> Entity | None:
    """A place that the possessive of a phrase head naming a site names, as a compound would
    ("into the DPRK's territory"), or names with its own compound ("in a Tel Aviv
    magistrate's court"): the site is in that place (lexicon `possessed_site_nouns`)."""
    sites = lexicon.union(
        "possessed_site_nouns",
        "facility_heads",
        "site_nouns",
        "venue_nouns",
        "named_site_nouns",
        "place_area_nouns",
        "place_part_nouns",
    )
    if token.lemma_.casefold() not in sites:
        return None
    for owner in children(token, "poss"):
        for word in (owner, *children(owner, "compound")):
            found = index.entity_at(word)
            if found is not None and found.kind is EntityKind.PLACE:
                return found
    return None


def _unnamed_site_in(index: EntityIndex, token: Token) -> Entity | None:
    """The town or country a bombed mission's building stands in, which names no body (see
    `mission_building`): what happened "outside the U.S. embassy in Dar es Salaam"
    took place in Dar es Salaam."""
    if index.entity_at(token) is not None or not mission_building(token):
        return None
    return _place_in(index, token)


def _site(index: EntityIndex, token: Token) -> Entity | None:
    """A building named by the organisation it houses: "the headquarters building of the WPK
    Central Committee" is a place, named as the article words it."""
    owners = prepositional_objects(token, frozenset({"of"}))
    if token.pos_ != "NOUN" or token.lower_ not in lexicon.words("site_nouns") or not owners:
        return None
    owner = index.entity_at(owners[0])
    if owner is None or owner.kind is not EntityKind.ORGANIZATION:
        return None
    # A body described, not named, is being made: "in the building of the Juche-oriented Party".
    if any(c.dep_ == "amod" for c in owners[0].children):
        return None
    doc = token.doc
    start = min(
        (c.i for c in children_of(token) if c.dep_ in {"compound", "amod"} and c.i < token.i),
        default=token.i,
    )
    end = max(t.i for t in owners[0].subtree) + 1
    words = doc[start:end].text.split()
    return Entity(EntityKind.PLACE, " ".join(words))


def _place_repeated(index: EntityIndex, token: Token) -> Entity | None:
    """The place last named before a definite common noun that its name ends with: "the
    hostel" after "the April 25 Hostel", "the province" after "North Phyongan Province", "the
    factory" after "the Pyongyang Hosiery Factory" (the site of a facility, see `as_place`)."""
    if token.pos_ != "NOUN" or not any(definite_word(c) for c in children_of(token)):
        return None
    at = token.idx
    named = [
        (m.mention.start, site)
        for m in _mentions_by_last_word(index, token.doc).get(token.lower_, ())
        if m.mention.end <= at and (site := as_place(m.entity)) is not None
    ]
    return max(named, key=lambda found: found[0])[1] if named else None


def _mentions_by_last_word(index: EntityIndex, doc: Doc) -> dict[str, list[EntityMention]]:
    """The article's mentions by the last word of their names or aliases, in their order,
    made once per doc and index: every definite noun of `_place_repeated` would otherwise
    read every mention."""
    kept = doc_memo(doc, "mentions by last word")
    found = kept.get(0)
    if found is None or found[0] is not index:
        table: dict[str, list[EntityMention]] = {}
        for m in index.mentions:
            words = {_last_word(m.entity.name)}
            if m.alias and m.alias.split():
                words.add(_last_word(m.alias))
            for word in words:
                table.setdefault(word, []).append(m)
        found = kept[0] = (index, table)
    return cast(dict[str, list[EntityMention]], found[1])


# Every bare noun is compared with every name the article gave before it.
@functools.lru_cache(maxsize=4096)
def _last_word(name: str) -> str:
    return name.split()[-1].casefold()


def _with_companions(events: list[Event]) -> list[Event]:
    """Fold "He was accompanied by A and B" into the event of the person accompanied.

    The companions join that event's agents and the sentence joins its evidence, so that
    a visit lists everyone who made it.
    """
    companion_verbs = lexicon.words("companion_verbs")
    result: list[Event] = []
    for event in events:
        if event.predicate in companion_verbs and event.patients and event.agents:
            hosted_by = [i for i, e in enumerate(result) if event.patients[0] in e.agents]
            # The visit, test or meeting the article is about, else the host's latest action.
            typed = [i for i in hosted_by if result[i].classes[0] not in GENERIC_CLASSES]
            target = typed[0] if typed else (hosted_by[-1] if hosted_by else None)
            if target is not None:
                hosted = result[target]
                result[target] = replace(
                    hosted,
                    agents=tuple(dict.fromkeys((*hosted.agents, *event.agents))),
                    evidence=(*hosted.evidence, *event.evidence),
                )
                continue
        result.append(event)
    return result


def _attendance(doc: Doc, ctx: Context) -> Iterator[tuple[Span, tuple[Entity, ...]]]:
    """Sentences that say who was there ("Present there were A and B", "Also on hand were
    C", "Officials were present"), with the people and groups they name."""
    phrases = lexicon.words("attendance_phrases")
    longest = lexicon.longest_phrase("attendance_phrases")
    # A phrase opens only at a word that is its start up to a space: words that are no such
    # start need no joining with the words after them.
    starts = {p[:k] for p in phrases for k in range(1, len(p) + 1) if k == len(p) or p[k] == " "}
    for sent in _whole_sentences(doc):
        if sent.start_char < ctx.dateline_end:
            continue
        words = doc_lowers(doc)[sent.start : sent.end]
        at = next(
            (
                i
                for i in range(len(words))
                if words[i] in starts
                for n in range(longest, 0, -1)
                if " ".join(words[i : i + n]) in phrases
            ),
            None,
        )
        if at is None:
            continue
        # The phrase opens the sentence ("Also present were") or follows its verb ("were
        # present"): "the present situation" says nothing about who was there.
        opens = all(w in {"also", "and"} for w in words[:at])
        # "are taking part in the drills" is what they do, where "Taking part in it were" and
        # "were present" say who was there.
        follows = at > 0 and _after_copula(sent, at) and sent[at].tag_ != "VBG"
        if not (opens or follows) or not any(t.lemma_ == "be" for t in sent):
            continue
        named = entities_of(
            ctx.entities,
            [t for t in sent if t.pos_ != "PRON"],
            EntityKind.PERSON,
            EntityKind.GROUP,
        )
        if named:
            yield sent, named


def _whole_sentences(doc: Doc) -> Iterator[Span]:
    """The doc's sentences, each joined to the ones after it that the parser split off in the
    middle of its words: a long list of those present ("Present there were A, ..., Director
    of the Department Im Kyong Ha, ...") may be cut inside a name, and the part after the cut
    opens with no capital and the part before ends with no stop."""
    sents = doc_sentences(doc)
    # `doc.text` joins every token's text anew, and `sent[-1]` makes a new token: read once.
    text, texts, offsets = doc_text(doc), doc_texts(doc), parse_tables(doc).offsets()
    i = 0
    while i < len(sents):
        j = i
        while j + 1 < len(sents):
            last, after = sents[j].end - 1, sents[j + 1].start
            # The last token's end and the next sentence's first character.
            gap = text[offsets[last] + len(texts[last]) - 1 : offsets[after] + 1]
            if texts[last] in SENTENCE_ENDS or "\n" in gap:
                break
            j += 1
        yield sents[i] if j == i else doc[sents[i].start : sents[j].end]
        i = j + 1


def _after_copula(sent: Span, at: int) -> bool:
    """Whether the word at `at` follows a form of "be", adverbs between: "were also present",
    "was again on hand"."""
    before = at - 1
    while before > 0 and sent[before].pos_ == "ADV":
        before -= 1
    return sent[before].lemma_ == "be"


def _with_attendees(events: list[Event], doc: Doc, ctx: Context) -> list[Event]:
    """Fold each sentence saying who was present into the event it is about: the latest
    reported visit, meeting, test or the like before it, one led by a person if any. Those
    present join its agents, as companions do, and the sentence joins its evidence."""
    result = list(events)
    nouns = lexicon.mapping("event_nouns")
    for sent, present in _attendance(doc, ctx):
        # What a relative clause tells in passing ("Kim Jong Un, who personally guided the
        # rescue") is not what those present were at.
        before = [
            i
            for i, e in enumerate(result)
            if e.anchor < sent.start_char
            and e.classes[0] not in GENERIC_CLASSES
            and not _described(_verb_of(e, doc))
        ]
        # A gathering the article names ("the ceremony", "the test") is what those present
        # attended, else a person's visit or meeting rather than the crowd's applause.
        nominal = [i for i in before if _noun_of(result[i], doc) is not None]
        led = [i for i in before if any(a.kind is EntityKind.PERSON for a in result[i].agents)]
        # "Present at the test were": the test the article opened with, else the gathering
        # this sentence names first, when nothing told of before it is of its kind.
        words = span_tokens(sent)
        named = [nouns[_noun_key(t)] for t in words if t.pos_ == "NOUN" and _noun_key(t) in nouns]
        first = [i for i in nominal if result[i].classes[0] in named[:1]]
        here = [
            i
            for i, e in enumerate(result)
            if sent.start_char <= e.anchor < sent.end_char
            and e.classes[0] in named[:1]
            and _noun_of(e, doc) is not None
        ]
        # "There were talks between A and B, on a visit to the DPRK. Present there were C":
        # people are present at a gathering rather than at a visit told in passing.
        # A gathering a noun names comes first, else one a verb told ("officials met at").
        gathered = [
            i
            for i in before
            if result[i].classes[0] in GATHERINGS and not _reported(_verb_of(result[i], doc))
        ]
        gathered = [i for i in gathered if i in nominal] or [
            i for i in gathered if result[i].agents
        ]
        chosen = first[:1] or here[:1] or (gathered or nominal or led or before)[-1:]
        # The clause's own verb ("were", "Present") is no event of its own.
        own = {t.idx for t in words if t.lemma_ in {"be", "present"} or t.i == sent.root.i}
        if not chosen:
            # Nothing told before is what they attended ("The forum took place. Present there
            # were A, B and C"): the sentence's own event is their being there, all of them;
            # its main verb's, rather than the event of "Present" too.
            mine = sorted(
                (e for e in result if e.anchor in own),
                key=lambda e: e.anchor != sent.root.idx,
            )[:1]
            # "A symposium took place at the Sci-Tech Complex. Present there were A and B":
            # they were at what the sentence before tells with its main verb too, whatever
            # its class.
            lead = sentence_before(sent[0]).root.idx if sent.start > 0 else None
            mine += [e for e in result if e.anchor == lead]
            result = [
                replace(
                    e,
                    agents=tuple(dict.fromkeys((*e.agents, *present))),
                    patients=tuple(p for p in e.patients if p not in present),
                )
                if e in mine
                else e
                for e in result
            ]
            continue
        host = result[chosen[0]]
        result = [
            replace(
                e,
                agents=tuple(dict.fromkeys((*e.agents, *present))),
                evidence=(*e.evidence, ctx.mention(sent)),
            )
            if e is host
            else e
            for e in result
            if e is host or e.anchor not in own
        ]
    return result


def _described(token: Token | None) -> bool:
    """A verb of a relative clause, or of a clause inside one ("Kim Jong Un, who personally
    guided the operation"), which tells in passing; but "there were many people who turned
    out to welcome the players" tells what happened."""
    return token is not None and any(
        t.dep_ == "relcl" and t.pos_ in {"VERB", "AUX"} and not _existential(t.head)
        for t in (token, *token.ancestors)
    )


def _existential(noun: Token) -> bool:
    """What "there is" or "there were" introduces."""
    return noun.dep_ == "attr" and any(c.dep_ == "expl" for c in children_of(noun.head))


def _reported(token: Token | None) -> bool:
    """A word inside what someone said or noted ("They noted that the spirit, enhanced
    through a meeting of officers, was displayed"): a recalled event, not the one told."""
    return token is not None and any(a.dep_ == "ccomp" for a in token.ancestors)


def _qualified_again(noun: Token) -> bool:
    """A definite mention whose only words besides "the" say when or where the event was
    ("the April 15, 2013, attack", "The blast in Nairobi") or tell more of it after a comma
    (", which killed three people"): these name an event told before, of that date or place,
    as a bare "the attack" does; "the second attack" or "the attack on a gay lounge" may be
    another."""
    kids = [c for c in children_of(noun) if c.dep_ not in {"punct", "cc", "conj"}]
    dets = [c for c in kids if c.dep_ == "det"]
    if len(dets) != 1 or dets[0].lower_ not in DEFINITE:
        return False
    said = [c for c in kids if c.dep_ != "det"]
    return (
        bool(said)
        and all(
            _date_words(c)
            or (c.dep_ == "prep" and c.lower_ in IN and _names_place(c))
            or (c.dep_ == "relcl" and c.left_edge.i > 0 and c.doc[c.left_edge.i - 1].text == ",")
            for c in said
        )
        and any(c.dep_ != "relcl" for c in said)
    )


def _date_words(modifier: Token) -> bool:
    """A modifier in front of a noun that is a date: "April 15, 2013" of "the April 15, 2013,
    attack"."""
    return (
        modifier.dep_ in NOUN_TIMES
        and modifier.i < modifier.head.i
        and all(t.ent_type_ in POINTS or t.is_punct for t in modifier.subtree)
    )


def _names_place(preposition: Token) -> bool:
    """An "in" phrase whose object is a place's name alone ("in Nairobi")."""
    objects = [c for c in children_of(preposition) if c.dep_ == "pobj"]
    return len(objects) == 1 and all(t.ent_type_ in PLACE_NAME_TYPES for t in objects[0].subtree)


def _agrees(earlier: Event, event: Event) -> bool:
    """Whether an event told before can be the one a dated or placed mention names: no other
    day and no other place."""
    return (
        earlier.time is None or event.time is None or earlier.time.value == event.time.value
    ) and (earlier.place is None or event.place is None or earlier.place == event.place)


def _possessed(noun: Token) -> bool:
    """A bare noun led by a possessive pronoun ("his trip", "their talks"), which refers back
    as "the trip" does."""
    kinds = {c.dep_ for c in children_of(noun)} - {"punct", "cc", "conj"}
    return kinds == {"poss"} and all(
        c.pos_ == "PRON" for c in children_of(noun) if c.dep_ == "poss"
    )


def _verb_of(event: Event, doc: Doc) -> Token | None:
    return _token_at(doc, event.anchor)


def _token_at(doc: Doc, offset: int) -> Token | None:
    tables = parse_tables(doc)
    at = tables.starts().get(offset)  # an anchor is where its word begins
    if at is not None:
        return tables.tokens[at]
    span = doc.char_span(offset, offset + 1, alignment_mode="expand")
    return None if span is None else span[0]


def _noun_of(event: Event, doc: Doc) -> Token | None:
    """The noun that names an event ("held talks", "a banquet was given", "the summit"), if
    one does."""
    # The passes over an article's events ask this of each event many times.
    nouns = doc_memo(doc, "event nouns")
    if event.anchor not in nouns:
        nouns[event.anchor] = _anchor_noun(_verb_of(event, doc))
    return nouns[event.anchor]


def _anchor_noun(token: Token | None) -> Token | None:
    if token is None:
        return None
    if token.pos_ in {"NOUN", "PROPN"} and _noun_key(token) in lexicon.mapping("event_nouns"):
        return token
    return _event_noun(token)


def _with_arrival(events: list[Event], doc: Doc) -> list[Event]:
    """Place a visit by where its visitors are told to come in, in its sentence or the next,
    when what was visited names no place: "visited the sacred temple of Juche on October 10.
    The visitors entered the Kumsusan Palace of the Sun"."""
    arrivals = lexicon.words("arrival_verbs")
    result = list(events)
    for i, visit in enumerate(result):
        verb = _verb_of(visit, doc)
        if visit.classes[0] not in VISITS or visit.place is not None or verb is None:
            continue
        entered = next(
            (
                place
                for later in _told_after(result, i, verb)
                if later.predicate in arrivals and (place := _entered(later)) is not None
            ),
            None,
        )
        if entered is not None:
            result[i] = _placed_from_elsewhere(visit, entered)
    return result


def _told_after(events: list[Event], i: int, verb: Token) -> Iterator[Event]:
    """The events after `events[i]` told before the end of the sentence after the one of
    `verb`, the event's own verb."""
    doc = verb.doc
    sentence = sentence_of(verb)
    following = sentence_of(doc_tokens(doc)[sentence.end]) if sentence.end < len(doc) else sentence
    return (e for e in events[i + 1 :] if e.anchor < following.end_char)


def _with_competition_told(events: list[Event], doc: Doc) -> list[Event]:
    """Date and place what happened at a competition by the next sentence's telling of it:
    "X placed first at the women's singles of the 2024 Asian Table Tennis Championships. The
    championships, held in Astana from October 6 to 13, ..." happened in October in Astana."""
    heads = lexicon.words("competition_heads")
    light = lexicon.words("event_light_verbs")
    result = list(events)
    deps, lowers = doc_deps(doc), doc_lowers(doc)
    # Most articles name no competition: no event's phrase need be walked.
    competitions = {i for i, lower in enumerate(lowers) if lower in heads and deps[i] == "pobj"}
    if not competitions:
        return result
    for i, event in enumerate(result):
        verb = _verb_of(event, doc)
        if verb is None or (event.time is not None and event.place is not None):
            continue
        # The verb's phrases lie within its subtree's edges: most name no competition there.
        first, last = verb.left_edge.i, verb.right_edge.i
        if not any(first <= c <= last for c in competitions):
            continue
        named = {
            lowers[t.i]
            for t in _phrase_tokens(verb, PHRASE_DEPTH, wide=True)
            if t.i in competitions
        }
        if not named or sentence_of(verb).end >= len(doc):
            continue
        held = next(
            (
                e
                for e in _told_after(result, i, verb)
                if e.predicate in light
                and (held_verb := _verb_of(e, doc)) is not None
                and held_verb.dep_ == "acl"
                and held_verb.head.lower_ in named
            ),
            None,
        )
        if held is not None:
            result[i] = replace(
                event
                if event.place or held.place is None
                else _placed_from_elsewhere(event, held.place),
                time=event.time or held.time,
                time_confidence=event.time_confidence if event.time else held.time_confidence,
            )
    return result


def _entered(event: Event) -> Entity | None:
    """Where an arrival took its comers: its place, else the place it entered."""
    if event.place is not None:
        return event.place
    return next((site for p in event.patients if (site := as_place(p)) is not None), None)


def _with_scene(events: list[Event], doc: Doc) -> list[Event]:
    """Give an event the place of the visit or gathering it is part of: what a visitor or
    host does after the visit or meeting is reported, on the same day, with no place of its
    own ("visited the April 25 Hostel on August 16" ... "He met the schoolchildren"; "met
    Shoigu at the Kumsusan Guesthouse" ... "He had a talk with Shoigu"), happened there."""
    result: list[Event] = []
    # The latest scene of each person who led one: a meeting told in passing ("his pleasure
    # over the meeting in Pyongyang"), by a noun, is no scene.
    scenes: dict[Entity, Event] = {}
    for event in events:
        verb = _verb_of(event, doc)
        if (
            event.classes[0] in SCENES
            and event.place is not None
            and (event.classes[0] in VISITS or (verb is not None and verb.pos_ == "VERB"))
        ):
            scenes.update((a, event) for a in event.agents if a.kind is EntityKind.PERSON)
        elif event.place is None and event.classes[0] not in GENERIC_CLASSES:
            led = [scenes[a] for a in event.agents if a in scenes]
            scene = max(led, key=lambda e: e.anchor) if led else None
            if scene is not None and _same_occasion(event, scene):
                event = _placed_from_elsewhere(event, scene.place)
        result.append(event)
    return result


def _with_story_place(events: list[Event], doc: Doc, ctx: Context) -> list[Event]:
    """Place a gathering named again by a definite noun, with no place of its own, where the
    story told it up to three sentences before: "New houses have appeared at the Yangsa Farm in
    Thosan County. ... Present at the ceremony for moving into new houses were ..." (the
    ceremony the news opens with was held at the farm). The place is taken, as a narrative's
    date is, with a lower confidence; not past an event placed elsewhere (a change of
    scene), nor into what someone said."""
    result = list(events)
    opening_end = ctx.article.text.find("\n", ctx.dateline_end)
    opening_end = len(ctx.article.text) if opening_end < 0 else opening_end
    # The story is a place the text tells of, not one this took for an event before.
    taken: set[int] = set()
    for i, event in enumerate(result):
        noun = _noun_of(event, doc)
        if (
            event.classes[0] not in GATHERINGS
            or event.place is not None
            or noun is None
            or noun.pos_ != "NOUN"
            or not any(definite_word(c) for c in children_of(noun))
            or _reported(noun)
            # "the decision of the enlarged meeting of the Political Bureau": a body's session
            # recalled in passing, not the one the story tells.
            or (noun.dep_ == "pobj" and noun.head.lower_ == "of")
            or any(c.dep_ == "prep" and c.lower_ == "of" for c in children_of(noun))
        ):
            continue
        sentence = sentence_of(noun)
        # Up to three sentences back: "Modern houses have been built at Yanggok and Manjong
        # farms. And the farmers moved into their new houses. The modern houses ... Present at
        # the ceremony for moving into new houses were ..."
        earlier = sentence
        for _ in range(STORY_SENTENCES):
            earlier = sentence_before(earlier[0])
        placed = [
            e
            for j, e in enumerate(result[:i])
            if e.place is not None and j not in taken and e.anchor < sentence.start_char
        ]
        # The story is what the article's first paragraph tells: a later scene, or a
        # commentary's aside ("the Cabinet meeting decided"), may be anywhere.
        story = placed[0] if placed else None
        if story is None or story.anchor < earlier.start_char or story.anchor > opening_end:
            continue
        if any(e.place not in {None, story.place} for e in result[:i] if e.anchor > story.anchor):
            continue
        result[i] = _placed_from_elsewhere(event, story.place, story.place_within)
        taken.add(i)
    return result


def _with_market_place(events: list[Event], doc: Doc) -> list[Event]:
    """Place a market's move that names no place where the market's move told just before
    it, in its sentence or the one before, was placed: a round-up of markets opens each
    city's part with the city ("In Tokyo, stocks closed lower. The Nikkei index ... fell 151.20
    points"; "Frankfurt prices closed lower. The DAX dropped 19.69 points"). Taken with a
    narrative's lower confidence."""
    result = list(events)
    latest: Event | None = None
    for i, event in enumerate(result):
        verb = _verb_of(event, doc)
        if verb is None or not _market_move(verb):
            continue
        if event.place is not None:
            latest = event
        elif latest is not None and latest.anchor >= sentence_before(verb).start_char:
            result[i] = _placed_from_elsewhere(event, latest.place, latest.place_within)
    return result


def _market_move(verb: Token) -> bool:
    """A verb telling how a market moved: its subject is what the market trades or measures
    ("stocks closed lower", "the Nikkei index fell"; lexicons `traded_nouns`,
    `market_measure_nouns`), or it moved by points ("The DAX dropped 19.69 points")."""
    movers = lexicon.union("traded_nouns", "market_measure_nouns")
    # "The index was pressured down and fell": a conjunct's subject is its head's.
    subject = subjects(verb) or subjects(head_of(verb))
    if any(s.lemma_.casefold() in movers for s in subject):
        return True
    # "points" among the verb's children and theirs (the verb itself too at a sentence's root,
    # its own head), read off the tables: `verb.subtree` makes a token of every word below.
    tables = parse_tables(verb.doc)
    kids, lowers, i = tables.kids, tables.lowers, verb.i
    near = [k for c in kids[i] for k in (c, *kids[c])]
    if tables.head_ids[i] == i:
        near.append(i)
    return any(lowers[k] == "points" for k in near)


def _placed_from_elsewhere(
    event: Event, place: Entity | None, within: Entity | None = None
) -> Event:
    """`event` placed where another sentence, or the dateline, tells of: never silently, but
    with a narrative's lower confidence, as a date so taken is; the telling it is taken from
    may be of another occasion."""
    return replace(event, place=place, place_within=within, place_confidence=NARRATIVE)


def _same_occasion(event: Event, other: Event) -> bool:
    """Two events led by the same person on the same day (or with no day told)."""
    return any(a.kind is EntityKind.PERSON and a in other.agents for a in event.agents) and (
        event.time is None or other.time is None or event.time.value == other.time.value
    )


def _with_later_scene(events: list[Event], doc: Doc) -> list[Event]:
    """Place a meeting with someone by the talks or banquet its host is told to have had in
    the next sentence, when it names no place itself: "received Sergei Shoigu on June 2. He
    had a talk with him at the Kumsusan Guesthouse"."""
    result = list(events)
    for i, event in enumerate(result):
        verb = _verb_of(event, doc)
        if (
            event.classes[0] not in SCENES
            or event.place is not None
            or verb is None
            or not any(p.kind is EntityKind.PERSON for p in event.patients)
        ):
            continue
        later = next(
            (
                e
                for e in _told_after(result, i, verb)
                if e.classes[0] in GATHERINGS and e.place is not None and _same_occasion(e, event)
            ),
            None,
        )
        if later is not None:
            result[i] = _placed_from_elsewhere(event, later.place)
    return result


def _merged(first: Event, second: Event) -> Event:
    """One event told twice: the first telling with the second's participants and words.
    Who does it in one telling does not undergo it in the other: "The board's appointment of
    John Smith surprised analysts" (the board appoints; the clause makes the noun's owner a
    patient of its verb)."""
    agents = tuple(dict.fromkeys((*first.agents, *second.agents)))
    return replace(
        first,
        agents=agents,
        recipients=tuple(dict.fromkeys((*first.recipients, *second.recipients))),
        patients=tuple(
            p for p in dict.fromkeys((*first.patients, *second.patients)) if p not in agents
        ),
        evidence=(*first.evidence, *second.evidence),
        time=first.time or second.time,
        time_confidence=first.time_confidence if first.time else second.time_confidence,
        place=first.place or second.place,
        place_confidence=first.place_confidence if first.place else second.place_confidence,
    )


def _delivers(verb: Token) -> bool:
    """A clause in which someone makes a report or speech, at a gathering."""
    return any(o.lemma_.casefold() in _delivered_nouns() for o in children(verb, "dobj"))


@functools.cache
def _delivered_nouns() -> frozenset[str]:
    """What the speakers of lexicon `speaker_roles` deliver ("report", "speech"), made once:
    every event of an article is asked whether its clause delivers one."""
    return frozenset(lexicon.mapping("speaker_roles").values())


def _reciprocal(verb: Token) -> bool:
    """A clause whose subject is each side of an event ("both sides", "the two parties")."""
    return any(
        s.lemma_.casefold() in lexicon.words("reciprocal_subjects") and s.pos_ == "NOUN"
        for s in subjects(verb)
    )


def _with_mentions_joined(events: list[Event], doc: Doc) -> list[Event]:
    """Fold an event named again by a definite noun ("A banquet was given ..." ... "Kim Jong
    Un attended the banquet") into its first telling."""
    result: list[Event] = []
    nouns = lexicon.mapping("event_nouns")
    for event in events:
        # "made a speech at the banquet": the speaker took part in the banquet too.
        verb = _verb_of(event, doc)
        # "discussed ... at the talks and reached a consensus": coordinated verbs share it.
        frames = [] if verb is None else [verb] + ([verb.head] if verb.dep_ == "conj" else [])
        # "flew back to Belfast for their emergency meeting": who comes for a gathering is
        # at it too.
        within = [
            t
            for frame in frames
            for t in [
                *prepositional_objects(frame, frozenset({"at"})),
                *(
                    o
                    for o in prepositional_objects(frame, FOR)
                    if nouns.get(_noun_key(o)) in GATHERINGS
                ),
            ]
            if _noun_key(t) in nouns
            and any(
                c.lower_ in DEFINITE or (c.dep_ == "poss" and c.pos_ == "PRON")
                for c in children_of(t)
            )
        ]
        hosts = [
            i
            for i, e in enumerate(result)
            if within and e.classes[0] == nouns[_noun_key(within[0])] and e.predicate in nouns
        ]
        if not within and verb is not None and _delivers(verb):
            # "A meeting took place ... Jo Myong Gil made a report": at the meeting just told.
            hosts = [
                i
                for i, e in enumerate(result)
                if e.classes[0] in GATHERINGS and e.predicate in nouns
            ][-1:]
        if hosts and event.agents:
            host = result[hosts[-1]]
            result[hosts[-1]] = replace(
                host, agents=tuple(dict.fromkeys((*host.agents, *event.agents)))
            )
        if hosts and verb is not None and _reciprocal(verb):
            # "At the talks both sides reached a consensus": the sides are the talks'.
            host = result[hosts[-1]]
            sides = (*host.agents, *host.patients)
            event = replace(event, patients=tuple(dict.fromkeys((*event.patients, *sides))))
        noun = _noun_of(event, doc)
        qualified = noun is not None and _qualified_again(noun)
        if noun is not None and (
            bare_definite(noun)
            or qualified
            or (_possessed(noun) and event.classes[0] not in GENERIC_CLASSES)
        ):
            # "the test" after "the test-fire", "his trip" after "the visit": an event of the
            # same class named earlier ("his death" may be another's act than "his arrest").
            earlier = [
                i
                for i, e in enumerate(result)
                if e.classes == event.classes
                and (told := _noun_of(e, doc)) is not None
                and _same_kind(told, noun, event.classes[0])
                and (not qualified or _agrees(e, event))
            ] or [
                # "Officials met at the site ... Prior to the meeting": the gathering a verb
                # told, when no noun named one before.
                i
                for i, e in enumerate(result)
                if e.classes == event.classes
                and e.classes[0] in GATHERINGS
                and e.agents
                and not qualified
            ]
            if earlier:
                # "the test" is the test-fire the article opened with.
                result[earlier[0]] = _merged(result[earlier[0]], event)
                continue
        if noun is not None and (of := _told_again_of(noun)) is not None:
            # "two other shootings of doctors" ... "the shooting of doctors in Winnipeg".
            earlier = [
                i
                for i, e in enumerate(result)
                if e.classes == event.classes
                and (told := _noun_of(e, doc)) is not None
                and told.i < noun.i
                and _noun_key(told) == _noun_key(noun)
                and _of_object(told) == of
            ]
            if earlier:
                result[earlier[0]] = _merged(result[earlier[0]], event)
                continue
        result.append(event)
    return result


def _told_again_of(noun: Token) -> str | None:
    """The word a definite noun's "of" phrase names, where "the" and that phrase (with a place
    it was in) are all the noun has: "the shooting of doctors in Winnipeg" is the shootings
    of doctors told before; "the second shooting of doctors" may be another."""
    kids = [c for c in children_of(noun) if c.dep_ not in {"punct", "cc", "conj"}]
    dets = [c for c in kids if c.dep_ == "det"]
    if len(dets) != 1 or dets[0].lower_ not in DEFINITE:
        return None
    said = [c for c in kids if c.dep_ != "det"]
    of = _of_object(noun)
    if of is None or not all(
        c.dep_ == "prep" and (c.lower_ == "of" or (c.lower_ in IN and _names_places(c)))
        for c in said
    ):
        return None
    return of


def _names_places(preposition: Token) -> bool:
    """An "in" phrase whose object is places' names alone, one or a list ("in Winnipeg,
    Vancouver and Rochester")."""
    objects = [c for c in children_of(preposition) if c.dep_ == "pobj"]
    return len(objects) == 1 and all(
        t.ent_type_ in PLACE_NAME_TYPES or t.is_punct or t.dep_ == "cc" for t in objects[0].subtree
    )


def _of_object(noun: Token) -> str | None:
    """The lemma of the object of a noun's own "of" phrase ("doctor" of "shootings of
    doctors")."""
    return next(
        (
            o.lemma_.casefold()
            for p in children(noun, "prep")
            if p.lower_ == "of"
            for o in children(p, "pobj")
        ),
        None,
    )


def _with_presence_told(events: list[Event], doc: Doc) -> list[Event]:
    """Fold a participle that says who was at an occasion the clause names with "at" ("Speeches
    were made at the events attended by personages", "At the recent confab participated by
    the defense ministers of G7, ... cooked up a statement") into the clause's event, when no
    event noun names the occasion: it tells who was there, as a sentence of those present
    does (they join its agents), not an act of its own."""
    result = list(events)
    by_anchor = {e.anchor: i for i, e in enumerate(events)}
    folded: set[int] = set()
    for i, event in enumerate(events):
        verb = _verb_of(event, doc)
        if (
            verb is None
            or verb.dep_ != "acl"
            or verb.tag_ != "VBN"
            or verb.lemma_.casefold() not in lexicon.words("presence_participles")
        ):
            continue
        occasion = head_of(verb)
        host = by_anchor.get(occasion.head.head.idx)
        if (
            occasion.dep_ != "pobj"
            or occasion.head.lower_ not in AT
            # "a rally attended by Fidel Castro": the rally is the event he was at, and the
            # participle is joined to it as its retelling.
            or _noun_key(occasion) in lexicon.mapping("event_nouns")
            or host is None
            or host == i
        ):
            continue
        kept = result[host]
        result[host] = replace(kept, agents=tuple(dict.fromkeys((*kept.agents, *event.agents))))
        folded.add(i)
    return [e for i, e in enumerate(result) if i not in folded]


def _same_kind(earlier: Token, later: Token, cls: str) -> bool:
    """Whether a definite noun can name again what an earlier noun of its class named: any of
    a specific class ("the talks" after "the meeting"), but of the generic class only the
    same noun or one of the same kind (`event_noun_kinds`: "the attack" after "the bombing";
    not "the testimony" after "the bombing")."""
    if cls not in GENERIC_CLASSES:
        return True
    first, again = _noun_key(earlier), _noun_key(later)
    kinds = lexicon.mapping("event_noun_kinds")
    # An unlisted noun is its own kind, so the same noun always names its event again.
    return kinds.get(first, first) == kinds.get(again, again)


def _with_retellings_joined(events: list[Event], doc: Doc) -> list[Event]:
    """Fold into an event what tells it again: a definite noun that repeats the words of its
    first naming ("staged a large-scale joint air drill" ... "the large-scale joint air
    drill", "a two-hour emergency meeting" ... "their emergency meeting"), and a clause whose
    subject is the event's noun ("The explosion targeted a bakery", "a blast which injured
    several people", "The session will discuss the issue"), that says what it was ("The
    bombing was an attack") or that tells its toll ("exploded, killing 13 people")."""
    result: list[Event] = []
    for event in events:
        host = _repeated_naming(result, event, doc)
        if host is None:
            host = _told_by_its_noun(result, event, doc)
        if host is None:
            host = _named_as(result, event, doc)
        if host is None and (host := _toll_of(result, event, doc)) is not None:
            # The toll's doer is the event's, or a place the parse took the pronoun for.
            event = replace(event, agents=())
        if host is None:
            result.append(event)
        else:
            result[host] = _merged(result[host], event)
    return result


def _with_acts_retold(events: list[Event], doc: Doc) -> list[Event]:
    """Fold into an act what tells it again in a later sentence: the same verb of the same
    doer, with nothing that tells the two apart ("Magna's chief financial officer, James
    McAlpine, resigned ... Magna said Mr. McAlpine resigned to pursue a consulting career",
    "when Saddam Hussein called President Bush a liar ... Saddam repeatedly called Bush a
    liar")."""
    result: list[Event] = []
    for event in events:
        host = next(
            (i for i in reversed(range(len(result))) if _retells(result[i], event, doc)), None
        )
        if host is None:
            result.append(event)
        else:
            result[host] = _merged(result[host], event)
    return result


def _retells(earlier: Event, later: Event, doc: Doc) -> bool:
    """Whether `later` is `earlier` told again: the same class and verb of the same doers, in
    another sentence, a clause of its own (not a relative clause, whose object is the noun it
    describes, nor one that says or thinks a clause), whose objects and phrases add no word
    to the first telling's ("called President Bush a liar" ... "called Bush a liar"; not
    "earned $46.9 million" ... "earned $101.4 million", "went to work" ... "went to his
    home"), with no other place or time."""
    # The events' own fields first: asked of every earlier event, they mostly differ, and
    # the verbs need not be found.
    if (
        earlier.classes != later.classes
        or earlier.predicate != later.predicate
        or earlier.modality != later.modality
        or not earlier.agents
        or set(earlier.agents) != set(later.agents)
    ):
        return False
    first, again = _verb_of(earlier, doc), _verb_of(later, doc)
    if (
        first is None
        or again is None
        or sentence_of(first) is sentence_of(again)
        or not all(_retellable(v) for v in (first, again))
        or not _same_arguments(first, again)
    ):
        return False
    if earlier.place and later.place and earlier.place != later.place:
        return False
    return not (earlier.time and later.time and earlier.time.value != later.time.value)


def _retellable(verb: Token) -> bool:
    """A verb heading a clause of its own that tells an act, not what someone says or thinks
    ("said that ...", "believes ..."), nor one done again or besides ("met them again", "also
    placed other securities on CreditWatch")."""
    # "He met them again on Friday to clarify ... and consoled them": an adverb before the
    # verb in its sentence, whatever it hangs on, makes what follows it another act.
    before = doc_lowers(verb.doc)[sentence_of(verb).start : verb.i + 1]
    return (
        verb.pos_ == "VERB"
        and (verb.dep_ in RETOLD_CLAUSES or (verb.dep_ == "advcl" and bool(own_subjects(verb))))
        and not children(verb, "ccomp", "xcomp")
        and verb.lemma_.casefold() not in lexicon.words("reporting_verbs")
        and not lexicon.words("repetition_adverbs").intersection(before)
    )


def _same_arguments(first: Token, again: Token) -> bool:
    """Whether two tellings of a verb say the same of it: the objects of one hold the other's
    ("called President Bush a liar", "called Bush a liar"; not "earned $46.9 million" and
    "earned $101.4 million"), and a preposition both have has a word in common in each
    ("went to work", "went to his home" are two goings)."""
    objects = [_words(v, RETOLD_OBJECTS) for v in (first, again)]
    if not (objects[0] <= objects[1] or objects[1] <= objects[0]):
        return False
    phrases = [
        {p.lower_: _words(p, frozenset({"pobj", "pcomp"})) for p in children(v, "prep")}
        for v in (first, again)
    ]
    return all(
        phrases[0][word] & phrases[1][word] for word in phrases[0].keys() & phrases[1].keys()
    )


def _words(head: Token, deps: frozenset[str]) -> frozenset[str]:
    """The words of a head's children of `deps`, without articles, pronouns and marks."""
    return frozenset(
        t.lemma_.casefold()
        for c in children_of(head)
        if c.dep_ in deps
        for t in c.subtree
        if t.pos_ not in {"DET", "PRON", "PUNCT", "CCONJ", "ADP", "PART"}
    )


def _with_devices_joined(events: list[Event], doc: Doc) -> list[Event]:
    """Fold a definite device going off into the act of violence told before it was done with
    ("the car bombing of the embassy ... when the bomb went off, killing 247 people", "The
    bombing was an attack ... The bomb was placed at the entrance and exploded"): the bomb is
    that act's. Run after the tolls are joined to their clause, so that they come along; "a
    bomb exploded at another clinic" tells another act."""
    kinds = lexicon.mapping("event_noun_kinds")
    result: list[Event] = []
    for event in events:
        verb = _verb_of(event, doc)
        act = (
            next(
                (
                    i
                    for i in reversed(range(len(result)))
                    if kinds.get(result[i].predicate) == VIOLENCE
                ),
                None,
            )
            if verb is not None and _device_goes_off(verb)
            else None
        )
        if act is None:
            result.append(event)
        else:
            result[act] = _merged(result[act], event)
    return result


def _device_goes_off(verb: Token) -> bool:
    """ "The bomb went off", "the device was detonated": a definite device (lexicon
    `explosive_devices`) that a verb of `going_off_verbs` tells going off."""
    return (
        verb.pos_ == "VERB"
        and phrasal_lemma(verb) in lexicon.words("going_off_verbs")
        and any(
            s.lemma_.casefold() in lexicon.words("explosive_devices")
            and any(definite_word(c) for c in children_of(s))
            for s in subjects(verb)
        )
    )


def _with_tours_joined(events: list[Event], doc: Doc) -> list[Event]:
    """Fold into a visit what its visitors are told to do going about the place visited, on
    the same day and at no other place ("visited the Ryongsong Machine Complex ... He went
    round its workshops", "visited the museum ... they looked round various halls", "When he
    arrived at the academy"): one visit told on, not another."""
    result: list[Event] = []
    for event in events:
        verb = _verb_of(event, doc)
        visit = next(
            (
                i
                for i in reversed(range(len(result)))
                if result[i].classes[0] in VISITS
                and set(result[i].agents) & set(event.agents)
                and result[i].anchor < event.anchor
            ),
            None,
        )
        if (
            visit is not None
            and verb is not None
            and (_tours(verb, event) or _purpose_of(verb, _verb_of(result[visit], doc)))
        ):
            host = result[visit]
            if (
                event.classes[0] not in VISITS
                and (event.place is None or event.place == host.place)
                and (event.time is None or host.time is None or event.time.value == host.time.value)
            ):
                result[visit] = _merged(host, event)
                continue
        result.append(event)
    return result


def _purpose_of(verb: Token, visited: Token | None) -> bool:
    """The verb says what a visit was for: "visited the embassy to express condolences",
    "visited the factory to learn about its modernization" tell one visit."""
    return (
        visited is not None
        and verb.head == visited
        and verb.dep_ in PURPOSE_LINKS
        and verb.i > visited.i
        and any(c.dep_ == "aux" and c.lower_ == "to" for c in children_of(verb))
    )


def _tours(verb: Token, event: Event) -> bool:
    """A verb of going about a place ("went round", "looked around") or of coming into it:
    "reached an agreement" comes into no place."""
    lemma = verb.lemma_.casefold()
    if verb.pos_ != "VERB":
        return False
    if lemma in lexicon.words("arrival_verbs"):
        return not children(verb, "dobj") or any(as_place(p) is not None for p in event.patients)
    # The word after the verb, whatever the parse hangs it on: "looked round various halls"
    # may make "round" a modifier of the halls.
    following = verb.nbor(1) if verb.i + 1 < len(verb.doc) else None
    return following is not None and f"{lemma} {following.lower_}" in lexicon.words("touring_verbs")


def _repeated_naming(events: list[Event], event: Event, doc: Doc) -> int | None:
    """The earlier event whose noun a definite mention of `event` repeats: the same noun, with
    no word in front of it that the first naming lacks ("the second session" is another)."""
    noun = _noun_of(event, doc)
    if noun is None or not _repeats(noun):
        return None
    key, words = _noun_key(noun), _modifier_words(noun)
    return next(
        (
            i
            for i in reversed(range(len(events)))
            if (earlier := _named_noun(events[i], doc)) is not None
            and earlier.i < noun.i
            and _noun_key(earlier) == key
            and words <= _modifier_words(earlier)
        ),
        None,
    )


def _repeats(noun: Token) -> bool:
    """A noun led by "the", "this" or a possessive pronoun ("their emergency meeting") with
    only words in front of it: a phrase after it may name another of its kind."""
    kinds = {c.dep_ for c in children_of(noun)} - {"punct", "relcl", "acl"}
    leads = [c for c in children_of(noun) if c.dep_ in {"det", "poss"}]
    return (
        kinds <= {"det", "poss"} | NOUN_MODIFIERS
        and len(leads) == 1
        and (leads[0].lower_ in DEFINITE or (leads[0].dep_ == "poss" and leads[0].pos_ == "PRON"))
    )


def _modifier_words(noun: Token) -> frozenset[str]:
    return frozenset(
        t.lower_ for c in children_of(noun) if c.dep_ in NOUN_MODIFIERS for t in c.subtree
    )


def _named_noun(event: Event, doc: Doc) -> Token | None:
    """The noun that names an event: its own, or its verb's object ("staged a drill")."""
    noun = _noun_of(event, doc)
    verb = _verb_of(event, doc)
    if noun is not None or verb is None or verb.pos_ not in {"VERB", "AUX"}:
        return noun
    nouns = lexicon.mapping("event_nouns")
    return next((o for o in children(verb, "dobj") if _noun_key(o) in nouns), None)


def _told_by_its_noun(events: list[Event], event: Event, doc: Doc) -> int | None:
    """The earlier event a noun names, when that noun is the subject of `event`'s clause and
    the clause tells no event of a class of its own ("The explosion targeted a bakery")."""
    verb = _verb_of(event, doc)
    if verb is None or verb.pos_ not in {"VERB", "AUX"} or event.classes[0] != "Action":
        return None
    if (
        verb.dep_ in PURPOSE_LINKS
        and not any(c.dep_ in SUBJECTS for c in children_of(verb))
        and not _consequence(verb)
    ):
        return None  # "A meeting was held to convey the gifts": what it was for is told apart
    heads = [
        head_of(verb) if s.lower_ in RELATIVE_PRONOUNS and verb.dep_ == "relcl" else s
        for s in subjects(verb)
    ]
    return _event_named(events, heads, doc)


def _consequence(verb: Token) -> bool:
    """A participle after a comma that tells what its clause's act did ("bombings blew apart
    buildings, trapping people under slabs", "The bombings occurred minutes apart, turning
    streets into bloody scenes"): its doer is the clause's subject, so where that subject is
    an event's noun it tells that event, as a toll does; not a purpose ("to convey")."""
    return (
        verb.dep_ in PARTICIPLE_LINKS
        and verb.tag_ == "VBG"
        and verb.i > verb.head.i
        and verb.doc[verb.i - 1].text == ","
    )


def _named_as(events: list[Event], event: Event, doc: Doc) -> int | None:
    """The earlier event the subject names, when `event`'s noun says what that event was:
    "The Rolando bombing was an attack on 13 September 1974"."""
    noun = _noun_of(event, doc)
    if noun is None or noun.dep_ != "attr" or head_of(noun).lemma_ != "be":
        return None
    return _event_named(events, subjects(head_of(noun)), doc)


def _toll_of(events: list[Event], event: Event, doc: Doc) -> int | None:
    """The earlier event whose toll `event` tells: a participle with no subject of its own
    hung on the event's verb ("the bomb went off, killing 247 people and wounding 5,000"),
    or a relative clause on the event's noun or on a noun in its phrase, which can only stand
    for the event ("bombings at embassies in Kenya and Tanzania, which killed 224 people and
    injured 5,000")."""
    verb = _verb_of(event, doc)
    tolls = lexicon.words("toll_verbs")
    if verb is None or verb.pos_ != "VERB":
        return None
    # "killing two soldiers and tearing through the waiting-room": what the toll's participle
    # goes on to tell is the same act's.
    if verb.lemma_.casefold() not in tolls and not (
        verb.dep_ == "conj" and verb.tag_ == "VBG" and verb.head.lemma_.casefold() in tolls
    ):
        return None
    while verb.dep_ == "conj" and verb.head.lemma_.casefold() in tolls:
        verb = verb.head
    if verb.dep_ == "advcl" and verb.tag_ == "VBG" and not children(verb, *SUBJECTS):
        # "a bag containing a device that exploded on Friday, wounding 13 people": a finite
        # verb between is what the participle tells the toll of, whatever the parse says.
        if any(t.tag_ in FINITE_TAGS for t in doc[verb.head.i + 1 : verb.i]):
            return None
        return next(
            (
                i
                for i in reversed(range(len(events)))
                if (host := _verb_of(events[i], doc)) is not None and host.i == verb.head.i
            ),
            None,
        )
    if verb.dep_ != "relcl" or not any(s.lower_ in THING_PRONOUNS for s in subjects(verb)):
        return None
    nouns = lexicon.mapping("event_nouns")
    phrase = head_of(verb)
    # Up through "at embassies in Kenya and Tanzania" to the noun the phrase hangs on.
    while (
        phrase.dep_ in {"pobj", "conj", "compound", "appos", "prep"}
        and _noun_key(phrase) not in nouns
    ):
        phrase = phrase.head
    return _event_named(events, [phrase], doc)


def _event_named(events: list[Event], heads: Iterable[Token], doc: Doc) -> int | None:
    """The latest event one of `heads`, an event noun, names: the event whose telling holds it,
    told by that noun or by a verb whose object it repeats ("staged a joint air drill" ...
    "the drill, which integrates two exercises")."""
    nouns = lexicon.mapping("event_nouns")
    named = [h for h in heads if h.pos_ == "NOUN" and _noun_key(h) in nouns]
    return next(
        (
            i
            for i in reversed(range(len(events)))
            for h in named
            if any(m.start <= h.idx < m.end for m in events[i].evidence)
            and (
                events[i].predicate in nouns
                or (
                    (noun := _named_noun(events[i], doc)) is not None
                    # A repetition only: a clause on the verb's own object may tell what
                    # was done to it ("staged a drill that alarmed neighbours").
                    and noun.i != h.i
                    and _noun_key(noun) == _noun_key(h)
                )
            )
        ),
        None,
    )


def _told(events: list[Event], doc: Doc, ctx: Context) -> list[Event]:
    """The clause events with the events nouns name, each event told once: companions,
    later mentions and those present folded into it, and the visit's place given to what
    happened during it."""
    taken = {e.anchor for e in events}
    nominal = [e for e in _nominal_events(doc, ctx) if e.anchor not in taken]
    ordered = sorted(_with_companions(events) + nominal, key=lambda e: e.anchor)
    told = _with_attendees(
        _with_tours_joined(
            _with_devices_joined(
                _with_acts_retold(
                    _with_retellings_joined(
                        _with_mentions_joined(_with_presence_told(ordered, doc), doc), doc
                    ),
                    doc,
                ),
                doc,
            ),
            doc,
        ),
        doc,
        ctx,
    )
    told = _with_people_listed_below(told, doc, ctx)
    told = _with_competition_told(_with_arrival(told, doc), doc)
    told = _with_participle_places(_with_scene(_with_later_scene(told, doc), doc), doc)
    told = _with_places_referred_back(with_dateline_place(told, doc, ctx), doc)
    told = _with_market_place(_with_story_place(told, doc, ctx), doc)
    told = _with_scene_set_before(told, doc, ctx)
    return _with_sites_located([_with_place_within(event, doc, ctx) for event in told])


def _with_scene_set_before(events: list[Event], doc: Doc, ctx: Context) -> list[Event]:
    """Place the events of a sentence that name no place where a verbless piece right before
    it in its paragraph sets the scene, as a broadcast's lines do: "More heavy gunfire in the
    Serbian province of Kosovo. It's the second day of an offensive by the security forces",
    "Atlanta nineteen ninety-six. A bomb blast shocks the Olympic games." Taken, as a
    narrative's place is, with a lower confidence."""
    scenes: dict[int, Entity | None] = {}
    result = list(events)
    for i, event in enumerate(result):
        token = _verb_of(event, doc) if event.place is None else None
        if token is None or token.idx < ctx.dateline_end:
            continue
        sentence = sentence_of(token)
        if sentence.start not in scenes:
            scenes[sentence.start] = _scene_before(ctx, sentence)
        scene = scenes[sentence.start]
        if scene is not None:
            result[i] = _placed_from_elsewhere(event, scene)
    return result


def _scene_before(ctx: Context, sentence: Span) -> Entity | None:
    """The place a verbless sentence just before this one, in its paragraph and ended by a
    full stop (not a headline), names: by an in/at phrase ("More heavy gunfire in the Serbian
    province of Kosovo.") or as its head ("Atlanta nineteen ninety-six.")."""
    tokens = doc_tokens(sentence.doc)
    if sentence.start == 0 or breaks_line(tokens[sentence.start - 1]):
        return None
    before = span_tokens(sentence_of(tokens[sentence.start - 1]))
    words = [t for t in before if not t.is_space]
    if (
        not words
        or words[-1].text != "."
        or len(words) > SCENE_WORDS
        or any(t.pos_ in {"VERB", "AUX"} for t in words)
        or words[0].idx < ctx.dateline_end
    ):
        return None
    index = ctx.entities
    for t in words:
        if t.dep_ == "pobj" and head_of(t).lower_ in WHERE_PREPOSITIONS:
            found = _place_named(index, t)
        elif t.dep_ == "ROOT" and (named := index.entity_at(t)) is not None:
            found = named if named.kind is EntityKind.PLACE else None
        else:
            continue
        if found is not None:
            return found
    return None


def _with_sites_located(events: list[Event]) -> list[Event]:
    """An event placed at a site whose own sentence does not locate it ("Present at the
    ceremony were ...", at the farm a sentence before) is in the town or county the article
    locates the site in elsewhere, when it locates it in one place only (not "the U.S.
    embassy" in Nairobi and in Dar es Salaam)."""
    located: dict[Entity, set[Entity]] = {}
    for event in events:
        if event.place is not None and event.place_within is not None:
            located.setdefault(event.place, set()).add(event.place_within)
    return [
        replace(event, place_within=next(iter(within)))
        if event.place_within is None
        and event.place is not None
        and len(within := located.get(event.place, set())) == 1
        else event
        for event in events
    ]


def _with_place_within(event: Event, doc: Doc, ctx: Context) -> Event:
    """An event at a site is also in the town, county or country its sentence locates the site
    in: "at the Yangsa Farm in Thosan County", "outside the U.S. embassy in Nairobi", "at the
    U.S. embassy here" (the dateline's city; a reader asks where it happened as often by the
    town as by the building)."""
    index = ctx.entities
    site = event.place
    if site is None or not _is_site(site):
        return event
    verb = _verb_of(event, doc)
    if verb is None:
        return event
    named = [t for t in span_tokens(sentence_of(verb)) if index.entity_at(t) == site]
    # "at Saha and Hyongje farms in Puryong County": the "in" phrase of the noun the names share.
    places = [
        inner_place(index, t)
        or _place_in(index, t)
        or (_place_in(index, t.head) if t.dep_ in MODIFIER_NAMES else None)
        for t in named
    ]
    # "were born at the hospital in the DPRK": the parse may hang the town on the verb.
    places.append(_place_in(index, verb))
    tokens = doc_tokens(doc)
    if any(t.i + 1 < len(tokens) and tokens[t.i + 1].lower_ == "here" for t in named):
        places.append(ctx.dateline_place())
    within = next((p for p in places if p is not None and p != site), None)
    return event if within is None else replace(event, place_within=within)


def _place_in(index: EntityIndex, token: Token) -> Entity | None:
    """The first place the token's own "in" phrase names."""
    found = (index.entity_at(obj) for obj in prepositional_objects(token, IN))
    return next((e for e in found if e is not None and e.kind is EntityKind.PLACE), None)


def _is_site(entity: Entity) -> bool:
    """A building or ground a body or a place names (a farm, an embassy, a bus station),
    not a town or a country."""
    return entity.kind is EntityKind.ORGANIZATION or name_head(entity.name) in lexicon.words(
        "facility_heads"
    )


def _people_listed_below(doc: Doc, ctx: Context, end: int) -> tuple[Entity, ...]:
    """The people listed one a line under a line that ends in a colon at `end` ("... newly
    appointed at the session are as follows:\nNo Yong Sik, minister of ..."): each line
    opens with a person's name, and the list ends at the first line that does not."""
    text = doc_text(doc)
    opening = {m.mention.start: m.entity for m in ctx.entities.mentions}
    listed: list[Entity] = []
    at = text.find("\n", end)
    while at >= 0:
        start = at + 1
        while text[start : start + 1] in {" ", "\t"}:
            start += 1
        person = opening.get(start)
        if person is None or person.kind is not EntityKind.PERSON:
            break
        listed.append(person)
        at = text.find("\n", start)
    return tuple(dict.fromkeys(listed))


def _with_people_listed_below(events: list[Event], doc: Doc, ctx: Context) -> list[Event]:
    """The people listed under a line that ends in a colon take part in what the line tells:
    those "newly appointed at the session" are appointed there."""
    # A slice of the text up to each event would copy the article once an event: reading back
    # from the line's end finds its last character without.
    text = doc_text(doc)
    result = []
    for event in events:
        end = text.find("\n", event.anchor)
        last = end
        while last > 0 and text[last - 1].isspace():
            last -= 1
        if end >= 0 and text[last - 1 : last] == ":":
            listed = _people_listed_below(doc, ctx, end)
            patients = (*event.patients, *listed)
            event = replace(
                event, patients=tuple(e for e in dict.fromkeys(patients) if e not in event.agents)
            )
        result.append(event)
    return result


def _with_places_referred_back(events: list[Event], doc: Doc) -> list[Event]:
    """An event noun that names the event again ("the explosion", "Saturday's attack") and no
    place takes the place of the telling it refers back to: "a device exploded ... in Lyon.
    ... no group had claimed responsibility for the explosion"."""
    verbs = lexicon.mapping("event_noun_verbs")
    result: list[Event] = []
    for event in events:
        noun = _noun_of(event, doc)
        if event.place is None and noun is not None and _refers_back(noun):
            key = _noun_key(noun)
            told = {key, verbs.get(key, key)}
            earlier = next(
                (
                    e.place
                    for e in reversed(result)
                    if e.place is not None and e.anchor < event.anchor and e.predicate in told
                ),
                None,
            )
            event = _placed_from_elsewhere(event, earlier) if earlier is not None else event
        result.append(event)
    return result


def _refers_back(noun: Token) -> bool:
    """ "the explosion", "Saturday's attack", "last year's bombing": a mention that can only
    refer back to an event told before."""
    if bare_definite(noun):
        return True
    kinds = {c.dep_ for c in children_of(noun)} - {"punct", "cc", "conj", "det", "amod"}
    return kinds == {"poss"} and all(
        p.ent_type_ in POINTS for p in children_of(noun) if p.dep_ == "poss"
    )


def with_dateline_place(events: list[Event], doc: Doc, ctx: Context) -> list[Event]:
    """A wire article's lead tells what happened in its dateline's city ("BOSTON — A citizen
    of Kyrgyzstan pleaded not guilty ...", "CAGUAS, Puerto Rico (AP) _ Police found ..."):
    the events of the sentence after a dateline whose city is in capitals take it, where they
    name no place of their own. After an agency's dateline only the lead's main clauses do:
    its other clauses tell as often what was done or planned elsewhere ("ANKARA (AP) _ The
    minister asked that the refugees be returned to Iraq")."""
    text = doc_text(doc)
    found = place_line(text)
    main_only = found is None
    found = found or dateline_city(text)
    if found is None:
        return events
    start, end = found
    city = next(
        (
            m.entity
            for m in ctx.entities.mentions
            if m.entity.kind is EntityKind.PLACE and start <= m.mention.start < end
        ),
        None,
    )
    # The parser may run the dateline into the lead: the lead ends with the sentence that
    # holds the first words after the dateline (past its dash and the space after it).
    # After an agency's dateline the lead starts past the agency and its dash.
    end = max(end, ctx.dateline_end)
    # A piece the parser split off with no verb of its own ("U.S." of "U.S. Ambassador X
    # wrapped up ...") only opens the lead.
    lead_end = next(
        (
            s.end_char
            for s in doc_sentences(doc)
            if s.end_char > end + 2 and any(t.pos_ in {"VERB", "AUX"} for t in s)
        ),
        None,
    )
    if city is None or lead_end is None:
        return events
    return [
        _placed_from_elsewhere(e, city)
        if e.place is None
        and end < e.anchor < lead_end
        and (not main_only or _told_as_done_there(e, doc))
        else e
        for e in events
    ]


def _told_as_done_there(event: Event, doc: Doc) -> bool:
    """Whether a lead's event is asserted by its main clause (or one joined to it, or its
    participle: "wrapped up the business, meeting the trade minister"): what is planned or
    denied ("Qantas will double its flights to India") is not done in the city."""
    token = _verb_of(event, doc)
    while token is not None and (
        token.dep_ == "conj" or (token.dep_ in PARTICIPLE_LINKS and token.tag_ == "VBG")
    ):
        token = head_of(token) if head_of(token) is not token else None
    return token is not None and token.dep_ == "ROOT" and event.modality is Modality.ASSERTED


def _with_participle_places(events: list[Event], doc: Doc) -> list[Event]:
    """An event and the participle that tells what it did happen in one place and at one
    time: "a bomber blew himself up in Bagram, killing six soldiers", "a device exploded on
    Friday, wounding 13 people on a street in Lyon". The one that names no place (no time)
    takes the other's."""
    by_anchor = {e.anchor: e for e in events}
    shared: dict[int, dict[str, Any]] = {}
    for event in events:
        verb = _verb_of(event, doc)
        if verb is None or verb.tag_ != "VBG" or verb.dep_ not in PARTICIPLE_LINKS:
            continue
        head = by_anchor.get(verb.head.idx)
        if head is None:
            continue
        for lacking, having in ((head, event), (event, head)):
            changes = shared.setdefault(lacking.anchor, {})
            if lacking.place is None and having.place is not None:
                changes.update(place=having.place, place_confidence=having.place_confidence)
            if lacking.time is None and having.time is not None:
                changes.update(time=having.time, time_confidence=having.time_confidence)
    return [replace(e, **shared[e.anchor]) if shared.get(e.anchor) else e for e in events]


def _nominal_events(doc: Doc, ctx: Context) -> Iterator[Event]:
    """An event for each noun that names one outside a light verb's clause: "the historic
    Hanoi summit in March 2019", "during his visit to the mill", "talks with the delegation".
    Only a time of its own phrase dates it: a noun often recalls an earlier event."""
    nouns = lexicon.mapping("event_nouns")
    index = ctx.entities
    tokens = doc_tokens(doc)
    for i, pos in enumerate(doc_pos(doc)):
        if pos not in {"NOUN", "PROPN"}:
            continue  # before the lexicon's key, which reads the words before the token
        token = tokens[i]
        # The cheap tests first: a compound's noun (most of a name's words) is passed over
        # before its lexicon key is made.
        if token.dep_ == "compound" or token.idx < ctx.dateline_end:
            continue
        # "industrial establishments": the plural names the bodies, not their founding.
        if token.lower_ in lexicon.words("unnamed_body_plurals"):
            continue
        cls = nouns.get(_noun_key(token))
        if (
            cls is None
            or index.entity_at(token) is not None
            or _event_noun(token.head) == token
            # "sent gifts", "test-fired missiles in a test": the verb tells this event.
            or (token.dep_ in {"dobj", "nsubjpass"} and _verb_tells_noun(token.head, cls))
            or _scene_of_act(token, cls)
            or _outcome_of_act(token, cls)
            or _modifies_or_names(token)
            or _tells_no_act(token)
        ):
            continue
        cls = _unless_market_move(token, cls)
        owners = _owners_undergoing(ctx, token, cls)
        owners += tuple(e for e in _in_state_of(ctx, token, cls) if e not in owners)
        agents = _doers_of_noun(ctx, token, cls)
        agents = (
            agents
            or countries_of_adjectives(index, token)
            or _claimed_by(ctx, token)
            or _doers_of(ctx, token)
        )
        partners = prepositional_objects(token, PARTNER_PREPOSITIONS | BETWEEN | {"of"})
        roled = _role_phrase_objects(token)
        partners += roled
        destinations = prepositional_objects(token, frozenset({"to"}))
        # "a banquet for labor innovators": those a gathering is given for.
        guests = prepositional_objects(token, RECIPIENT_PREPOSITIONS) if cls in GATHERINGS else []
        patients = entities_of(index, partners + destinations + guests, *PARTICIPANT_KINDS)
        patients += tuple(e for e in entities_of(index, _targets(token)) if e not in patients)
        patients += tuple(e for e in _undergoers_referred(ctx, token) if e not in patients)
        patients += tuple(e for e in _attacked(index, token) if e not in patients)
        # "competition from other firms", "assistance from the World Bank".
        sources = entities_of(index, _sources_of([token]), *PARTICIPANT_KINDS)
        patients += tuple(e for e in sources if e not in patients and e not in agents)
        patients += tuple(e for e in _named_sides(index, token) if e not in patients)
        sides = entities_of(index, _sides_of_what(index, token))
        patients += tuple(e for e in sides if e not in patients)
        patients += tuple(e for e in _undergoers(index, token) if e not in patients)
        # "the embargo on Iraq": a country may be what the noun's own phrase names, or whose
        # that is ("the infringement upon the sovereignty of the DPRK").
        patients += tuple(
            e
            for e in entities_of(index, _qualified(index, roled))
            if e not in patients and is_country(e)
        )
        # "the embargo on materials to Iraq": the country what the phrase names goes to.
        bound = [
            t for r in roled if index.entity_at(r) is None for t in prepositional_objects(r, TO)
        ]
        patients += tuple(
            e for e in entities_of(index, bound) if e not in patients and is_country(e)
        )
        patients += tuple(e for e in _countries_facing(index, token) if e not in patients)
        if cls in TRANSFERS:
            # "a gift of medical supplies to Tanzania and Kenya from the Walter Reed Army
            # Medical Center": who is given it, and who gave it. The parse may hang the
            # phrases on what is given.
            gift = [token, *prepositional_objects(token, OF)]
            given = entities_of(index, [t for g in gift for t in prepositional_objects(g, TO)])
            patients += tuple(
                e
                for e in given
                if e not in patients and (e.kind in PARTICIPANT_KINDS or is_country(e))
            )
            givers = entities_of(index, [t for g in gift for t in prepositional_objects(g, FROM)])
            agents = agents or tuple(
                e for e in givers if e.kind in PARTICIPANT_KINDS or is_country(e)
            )
        if cls not in SCENES:
            # "the liberation of Korea", "the invasion of Iraq": the country it befalls.
            patients += tuple(
                e
                for e in entities_of(index, prepositional_objects(token, OF), EntityKind.PLACE)
                if e not in patients
            )
        # "the attack on the Gaza Strip", "the summit held in Hanoi".
        # An in/at phrase goes before a place in front, which may be the actor's country
        # ("a U.S. drone strike in North Waziristan").
        place = (
            _where(index, token, [token], cls)
            or _placed_by_copula(index, token)
            or _compound_place(index, token)
            or _place_attacked(index, token)
            # "a battle between troops and terrorists in the Markets area": the parse hangs
            # the event's in/at phrase on a side it names.
            or place_of(
                index, [t for o in prepositional_objects(token, BETWEEN) for t in with_conjuncts(o)]
            )
            or _place_down(index, token)
        )
        if place is None and cls in VISITS:
            place = next(
                (e for e in entities_of(index, destinations) if e.kind is EntityKind.PLACE), None
            )
        if place is None and cls not in SCENES:
            # "the resignation of Britain's chancellor": an official acts in their country.
            place = _country_of_doer(index, token)
        if place is None and token.dep_ in SUBJECTS:
            # "the Kim Il Sung Square, where a mass rally took place".
            place = _relative_place(index, head_of(token))
        time, confidence = (
            _time_of_noun(ctx, token) or _time_of_occasion(ctx, token) or ctx.dated(token)
        )
        if not (agents or patients) and token.lower_ in lexicon.words("hardship_plurals"):
            continue
        own = sorted(own_tokens(token))
        # "To Lam's election": the owner it befalls names it when no one does it.
        named_by = agents or owners
        yield Event(
            classes=(cls,),
            predicate=_noun_key(token),
            evidence=(ctx.mention(doc[own[0] : own[-1] + 1]),),
            anchor=token.idx,
            extractor="kg.events.v38",
            agents=agents,
            patients=tuple(e for e in (*owners, *patients) if e not in agents),
            time=time if confidence == ATTACHED else None,
            time_confidence=confidence if confidence == ATTACHED else None,
            place=place,
            sources=ctx.sources_for(token),
            confidence=Decimal("0.5"),
            label=" ".join(p for p in (*[e.name for e in named_by[:1]], _noun_key(token)) if p),
        )


def _doers_of_noun(ctx: Context, noun: Token, cls: str) -> tuple[Entity, ...]:
    """Who an event noun's own phrase names doing it: its "by" phrase ("the bombing by ETA"),
    and its possessor ("Iraq's invasion", "his visit"), unless the event is one its owner
    undergoes ("his arrest", "his appointment")."""
    doers = _actors(ctx, prepositional_objects(noun, BY))
    doers += tuple(
        e
        for e in _actors(ctx, _by_phrase_after(noun) + _by_phrase_in_role(noun))
        if e.kind in PARTICIPANT_KINDS and e not in doers
    )
    doers += tuple(
        e
        for e in _actors(ctx, children(noun, "poss"))
        if not _undergoes(e, noun, cls) and e not in doers
    )
    return doers


def _owners_undergoing(ctx: Context, noun: Token, cls: str) -> tuple[Entity, ...]:
    """The owners of an event noun who undergo its event ("his arrest", "his appointment")."""
    owners = _addressee_appointed(ctx, noun, cls) or _actors(ctx, children(noun, "poss"))
    return tuple(e for e in owners if _undergoes(e, noun, cls))


def _in_state_of(ctx: Context, noun: Token, cls: str) -> tuple[Entity, ...]:
    """Whom a bare "on" or "under" phrase of an event noun is said of, who undergoes it:
    "McVeigh is on trial", "three men remain under arrest", "the firm is under investigation",
    "police placed him under arrest" (the object). Not "on strike", which its subject does,
    nor a phrase with an article ("on the trial of X"), which names the event."""
    prep = noun.head
    if noun.dep_ != "pobj" or children(noun, "det", "poss") or prep.dep_ != "prep":
        return ()
    if not (prep.lower_ == "under" or (prep.lower_ == "on" and cls in UNDERGONE)):
        return ()
    verb = prep.head
    if verb.pos_ not in {"VERB", "AUX"}:
        return ()
    said_of = children(verb, "dobj") or children(verb, "nsubj")
    return tuple(e for e in _actors(ctx, said_of) if e.kind in PARTICIPANT_KINDS)


def _addressee_appointed(ctx: Context, noun: Token, cls: str) -> tuple[Entity, ...]:
    """The person a clause addresses, whom "his" or "her" owning the appointment noun of its
    on/upon phrase stands for: "sent a message to Sugiono upon his appointment",
    "congratulated Lula on his election" (Sugiono, Lula, not who sent or congratulated)."""
    prep = noun.head
    if (
        cls not in UNDERGONE_BY_PEOPLE
        or noun.dep_ != "pobj"
        or prep.lower_ not in {"on", "upon"}
        or not any(p.lower_ in {"his", "her"} for p in children(noun, "poss"))
    ):
        return ()
    verb = prep.head
    addressed = children(verb, "dobj") + [
        t for d in children(verb, "dative") if d.lower_ == "to" for t in children(d, "pobj")
    ]
    return entities_of(ctx.entities, addressed, EntityKind.PERSON)


def _undergoes(owner: Entity, noun: Token, cls: str) -> bool:
    """Whether an event noun's owner undergoes its event: "his arrest", "her trial"; a
    person's appointment or election, where a body's is its own act, and so is a person's
    whose "of" phrase names whom it befalls ("his appointment of new ministers")."""
    return cls in UNDERGONE or (
        cls in UNDERGONE_BY_PEOPLE
        and owner.kind is EntityKind.PERSON
        and not prepositional_objects(noun, OF)
    )


def _by_phrase_after(noun: Token) -> list[Token]:
    """The objects of a "by" phrase right after an event noun that the parse hangs on a word
    before it ("the second day of an offensive by the security forces", "get around
    Wednesday's ruling by the U.S. Immigration and Naturalization Service"): the noun's doers.
    Not a passive's agent ("was replaced in the reshuffle by Kim"), which the parse marks."""
    doc = noun.doc
    at = noun.right_edge.i + 1
    if at >= len(doc) or doc[at].lower_ != "by" or doc[at].dep_ != "prep":
        return []
    by = doc[at]
    return children(by, "pobj") if by.head != noun and by.head.i < noun.i else []


def _role_phrase_objects(noun: Token) -> list[Token]:
    """The objects of the noun's own phrase that names whom its event befalls (lexicon
    `event_noun_prepositions`), also where the parse hangs that phrase, right after the noun,
    on a word before it ("issued a statement in denunciation of the infringement upon the
    sovereignty of the DPRK", "upon" on "issued")."""
    prepositions = _role_prepositions().get(_noun_key(noun), NONE)
    found = prepositional_objects(noun, prepositions)
    # "A manhunt was under way for the suspect": the parse hangs the phrase on the copula
    # the noun is the subject of.
    if not found and noun.dep_ == "nsubj" and noun.head.lemma_ == "be":
        found = [t for t in prepositional_objects(noun.head, prepositions) if t.i > noun.i]
    doc = noun.doc
    at = noun.right_edge.i + 1
    if found or at >= len(doc):
        return found
    after = doc[at]
    if after.lower_ in prepositions and after.dep_ == "prep" and after.head.i < noun.i:
        return children(after, "pobj")
    return found


def _by_phrase_in_role(noun: Token) -> list[Token]:
    """The objects of a "by" phrase that the parse hangs inside the phrase naming whom the
    noun's event befalls (lexicon `event_noun_prepositions`): "the infringement upon the
    sovereignty of the DPRK by the ROK military gangsters" ("by" on "sovereignty" or "DPRK"),
    the noun's doers."""
    roled = _role_phrase_objects(noun)
    heads = roled + [t for r in roled for t in prepositional_objects(r, OF)]
    return [t for h in heads for t in prepositional_objects(h, BY)]


def _countries_facing(index: EntityIndex, noun: Token) -> tuple[Entity, ...]:
    """The countries an event noun's with/against/between phrase names, the other side of it:
    "its war with Iran", "sanctions against Libya", "the talks with Israel and Syria". The
    bodies and people of those phrases are read with the noun's other phrases; a country is
    kept apart there, as a place in most of them is only where it happened."""
    return tuple(
        e
        for e in entities_of(index, prepositional_objects(noun, FACING_PREPOSITIONS))
        if is_country(e)
    )


def _undergoers_referred(ctx: Context, noun: Token) -> tuple[Entity, ...]:
    """Who an event noun's "of" phrase names again where the entities found no name there: a
    surname ("the murder of Boyajian" after "Dr. Walter Boyajian"), a title (see
    `_head_actors`). Only people: "the sale of the company" after a firm that advises it is as
    likely the adviser as the company."""
    return tuple(
        e
        for t in prepositional_objects(noun, OF)
        if ctx.entities.entity_at(t) is None
        for e in _actors(ctx, [t])
        if e.kind in PEOPLE
    )


def _verb_tells_noun(verb: Token, cls: str) -> bool:
    """A verb whose object or passive subject is the event a noun names, told again: "sent
    gifts", "test-fired missiles in a test", "committed the murder" (lexicon
    `event_doing_verbs`). A plain act done to an act's noun is another event: "approved the
    merger", "heavy gunfire was heard"; not an act kept from happening or only asked for
    ("prevent damage", "demanded the withdrawal"; lexicon `averting_verbs`), which the noun
    does not tell."""
    lemma = _lemma(verb)
    if lemma in lexicon.mapping("event_classes"):
        return event_class(lemma) == cls
    return cls == "Action" and (
        lemma in lexicon.words("event_doing_verbs") or lemma in lexicon.words("averting_verbs")
    )


def _holds_no_occasion(verb: Token, cls: str) -> bool:
    """A light verb of meeting whose object is a thing kept ("holds a 12.5% stake", "holds
    23% of the market", "held power"; lexicons `holding_nouns`, `kept_nouns`): the clause
    tells what someone keeps, not a meeting, as "held a workshop" does."""
    if cls not in MEETINGS or verb.lemma_.casefold() not in lexicon.words("event_light_verbs"):
        return False
    kept = lexicon.words("holding_nouns") | lexicon.words("kept_nouns")
    return any(
        o.lemma_.casefold() in kept or o.ent_type_ in FIGURE_ENTITY_TYPES
        for o in children(verb, "dobj")
    )


def _undergone_by_no_one(index: EntityIndex, verb: Token, cls: str) -> bool:
    """A verb of a class done to someone (receiving guests, appointing, arresting, punishing)
    whose object is a thing, no one the article names or a pronoun for ("received a special
    dividend", "dismissed the criticism", "executes program trades"): the verb's other sense."""
    objects = children(verb, "dobj")
    return (
        cls in DONE_TO_SOMEONE
        and bool(objects)
        and all(o.pos_ != "PRON" and not entities_of(index, [o]) for o in objects)
    )


def _launches_no_projectile(verb: Token, cls: str) -> bool:
    """A verb of launching whose object names nothing launched (lexicon `projectile_nouns`):
    "launched a campaign", "were fired from their jobs" is no launch, "fired mortar shells"
    and "launched cruise missile strikes" are."""
    objects = children(verb, "dobj", "nsubjpass")
    projectiles = lexicon.words("projectile_nouns")
    return (
        cls in LAUNCHES
        and bool(objects)
        and not any(t.lemma_.casefold() in projectiles for o in objects for t in o.subtree)
    )


def _figurative_object(verb: Token, cls: str) -> bool:
    """A verb of a class whose object is an abstract thing it takes in a light or figurative
    sense (lexicon `figurative_objects`): "gave top priority to", "provide all the conditions
    for", "demonstrated the dignity of the country" tell no gift and no protest, as "gave gifts"
    and "demonstrated in the square" do."""
    figurative = lexicon.pairs("figurative_objects")
    aid = lexicon.words("aid_adjectives")
    return any(
        (cls.casefold(), o.lemma_.casefold()) in figurative
        # "gave military support": real aid, qualified as such (lexicon `aid_adjectives`).
        and not any(m.lower_ in aid for m in children(o, "amod", "compound"))
        for o in children(verb, "dobj", "nsubjpass")
    )


def _unless_market_move(token: Token, cls: str) -> str:
    """A protest's class, unless what rallies is traded ("stocks rallied", "a late rally in
    bonds", "the market's rally"; lexicon `traded_nouns`): a rise of prices is no protest."""
    if cls != "Protest":
        return cls
    movers = children(token, "nsubj", "compound", "poss") + prepositional_objects(token, IN)
    traded = lexicon.words("traded_nouns")
    return "Action" if any(m.lemma_.casefold() in traded for m in movers) else cls


def _tells_no_act(noun: Token) -> bool:
    """An event noun that names no act: the plural of a company's figure ("Sales rose 6%",
    "on sales of $94 million"; lexicon `company_measure_nouns`), or a state, bare after a
    preposition its lexicon row names ("the unit is not for sale"; lexicon `standing_phrases`)."""
    lemma = noun.lemma_.casefold()
    if is_plural(noun) and lemma in lexicon.words("company_measure_nouns"):
        return True
    prepositions = lexicon.mapping("standing_phrases").get(lemma)
    return (
        prepositions is not None
        and noun.dep_ == "pobj"
        and noun.head.lower_ in prepositions.split()
        and not children(noun, "det", "poss")
    )


def _modifies_or_names(noun: Token) -> bool:
    """An event noun that is no event of its own: a noun modifying another, or its conjunct
    ("restructuring or merger alternatives"), or the last word of a name the entities missed,
    which takes no article ("DPC Acquisition said", unlike "the 9th Plenary Meeting")."""
    first = noun.head if noun.dep_ == "conj" else noun
    if first.dep_ in {"compound", "nmod", "amod"} and first.i < first.head.i:
        return True
    deps = [(c.dep_, c.pos_) for c in children_of(noun)]
    return noun.pos_ == "PROPN" and ("compound", "PROPN") in deps and "det" not in dict(deps)


def _placed_by_copula(index: EntityIndex, noun: Token) -> Entity | None:
    """Where a copula puts the event its subject names: "The worst explosion was at the bus
    station". A copula that describes the event ("the attack was a failure in Kabul's eyes")
    places nothing."""
    head = noun.head
    if noun.dep_ != "nsubj" or head.lemma_ != "be" or children(head, "attr", "acomp"):
        return None
    return place_of(index, [head])


def _undergoers(index: EntityIndex, noun: Token) -> tuple[Entity, ...]:
    """Whom a copula makes the one an event a noun names befalls: "Kopp has been the subject
    of a manhunt", "the minister was the target of an attack" (lexicon `undergoer_nouns`)."""
    if noun.dep_ != "pobj" or noun.head.lower_ not in OF:
        return ()
    role = noun.head.head
    if role.dep_ != "attr" or role.lemma_.casefold() not in lexicon.words("undergoer_nouns"):
        return ()
    return entities_of(index, children(role.head, "nsubj"), *PARTICIPANT_KINDS)


def _scene_of_act(noun: Token, cls: str) -> bool:
    """Generic acts a definite plural noun names in the in/by phrase of a clause telling an act
    ("used germ weapons in the battles near the river", "was disclosed by the testimonies"):
    the setting of the act the clause tells, which makes no second event. One act named there
    is an event of its own ("a battle between troops and rebels", "the suspect in the
    killing"), as are acts of violence (`event_noun_verbs`: "killed in the attacks")."""
    if cls not in GENERIC_CLASSES or _noun_key(noun) in lexicon.mapping("event_noun_verbs"):
        return False
    prep = noun.head
    return (
        noun.dep_ == "pobj"
        and is_plural(noun)
        and any(definite_word(c) for c in children_of(noun))
        and prep.lower_ in IN | BY
        and prep.head.pos_ == "VERB"
        and is_action(prep.head)
    )


def _outcome_of_act(noun: Token, cls: str) -> bool:
    """A bare generic act in a "to" phrase of a verb acting on someone, which tells the state
    the one acted on ends in ("beat the old man to death", "was sentenced to death", "are
    driving the population to death"): part of that act, no second event. Without one acted
    on, the phrase names an end aimed at ("used to pursue to acquisition")."""
    prep = noun.head
    verb = prep.head
    return (
        cls in GENERIC_CLASSES
        and noun.dep_ == "pobj"
        and not children_of(noun)
        and prep.lower_ == "to"
        and verb.pos_ == "VERB"
        and (bool(children(verb, "dobj")) or _is_passive(verb))
    )


@functools.cache
def _role_prepositions() -> Mapping[str, frozenset[str]]:
    """The prepositions, beyond those every event noun reads, whose phrase names who takes part
    in the event a noun names ("a manhunt for the suspect", "an embargo on Iraq"; lexicon
    `event_noun_prepositions`)."""
    table: dict[str, set[str]] = {}
    for noun, preposition in lexicon.pairs("event_noun_prepositions"):
        table.setdefault(noun, set()).add(preposition)
    return MappingProxyType({noun: frozenset(p) for noun, p in table.items()})


def _doers_of(ctx: Context, noun: Token) -> tuple[Entity, ...]:
    """Who an event noun's "of" phrase names doing it, when the noun's event has no object to
    undergo it ("the resignation of Britain's chancellor", lexicon `doer_of_nouns`): a person
    or body, not a place ("the visit of the delegation", not "a tour of the plant")."""
    if _noun_key(noun) not in lexicon.words("doer_of_nouns"):
        return ()
    return tuple(
        e for e in _actors(ctx, prepositional_objects(noun, OF)) if e.kind in PARTICIPANT_KINDS
    )


def _country_of_doer(index: EntityIndex, noun: Token) -> Entity | None:
    """The country that owns the doer an event noun's "of" phrase names (`_doers_of`)."""
    if _noun_key(noun) not in lexicon.words("doer_of_nouns"):
        return None
    return next(
        (
            e
            for doer in prepositional_objects(noun, OF)
            for owner in children(doer, "poss")
            if (e := index.entity_at(owner)) is not None and is_country(e)
        ),
        None,
    )


def _attacked(index: EntityIndex, noun: Token) -> tuple[Entity, ...]:
    """Who a noun of an act of violence names as its target: "an attack on worshippers", "the
    raid on the militants"; a country too, the side attacked ("an Iraqi attack on Jordan"),
    where another place it is on is only where it happened ("the raid on the village")."""
    if _noun_key(noun) not in lexicon.mapping("event_noun_verbs"):
        return ()
    return tuple(
        e
        for e in entities_of(
            index, _qualified(index, prepositional_objects(noun, AIMED_PREPOSITIONS))
        )
        if e.kind in PARTICIPANT_KINDS or is_country(e)
    )


def _claimed_by(ctx: Context, noun: Token) -> tuple[Entity, ...]:
    """Who claimed an act as their own did it: "The Islamic State group claimed
    responsibility for a series of coordinated attacks" (`claiming_phrases.tsv`); a claim
    denied or only feared claims nothing."""
    act = noun
    while act.dep_ == "pobj" and act.head.lower_ in OF and act.head.head.pos_ == "NOUN":
        act = act.head.head  # "a series of attacks"
    if act.dep_ != "pobj" or act.head.lower_ != "for":
        return ()
    holder = act.head.head
    # "took credit for the attack": the parser may hang the "for" phrase on the verb.
    verb = holder if holder.pos_ in {"VERB", "AUX"} else holder.head
    claims = [(verb.lemma_.casefold(), o.lemma_.casefold()) for o in children(verb, "dobj")]
    if not lexicon.pairs("claiming_phrases").intersection(claims):
        return ()
    if any(c.dep_ == "neg" for c in children_of(verb)) or _modality(verb) is not Modality.ASSERTED:
        return ()
    # "No group has claimed responsibility": nobody did.
    claimers = [t for t in subjects(verb) if not any(d.lower_ == "no" for d in children(t, "det"))]
    return _actors(ctx, claimers)


def _place_attacked(index: EntityIndex, noun: Token) -> Entity | None:
    """The place an act of violence befalls, named in its "of" phrase: "the bombing of the
    Murrah Federal Building" happened there."""
    if lexicon.mapping("event_noun_verbs").get(_noun_key(noun)) not in lexicon.words(
        "attacking_verbs"
    ):
        return None
    return next(iter(entities_of(index, prepositional_objects(noun, OF), EntityKind.PLACE)), None)


def _sides_of_what(index: EntityIndex, noun: Token) -> list[Token]:
    """Those between whom stands what an event noun's "of" names: the countries of "the
    establishment of diplomatic relations between the DPRK and Russia"."""
    return [
        side
        for thing in prepositional_objects(noun, OF)
        if index.entity_at(thing) is None
        for side in prepositional_objects(thing, BETWEEN)
    ]


def _time_of_noun(ctx: Context, noun: Token) -> tuple[TimeExpression, Decimal] | None:
    """A time word that qualifies an event noun dates it: "Israel's recent attack",
    "yesterday's meeting" (such words are no clause's time, see Context.adverbial_times), and
    so does a phrase of time after it ("the visit of the delegation in early 1993")."""
    doc = noun.doc
    prepositions = lexicon.words("time_prepositions")
    for time in ctx.times:
        span = expanded_span(doc, time.mention.start, time.mention.end)
        if span is None or time.timex_type not in POINTS:
            continue
        root = span_root(span)
        if (root.head == noun and root.dep_ in NOUN_TIMES) or (
            root.dep_ == "pobj" and root.head.lower_ in prepositions and root.head.head == noun
        ):
            return time, ATTACHED
    return None


def _time_of_occasion(ctx: Context, noun: Token) -> tuple[TimeExpression, Decimal] | None:
    """An event noun the clause's act takes place at happened at the clause's own time: "In
    September, he was present at the ceremony", "he said at the meeting on Monday"."""
    if noun.dep_ != "pobj" or noun.head.lower_ not in lexicon.words("occasion_prepositions"):
        return None
    verb = noun.head.head
    if verb.dep_ == "acomp":  # "was present at the ceremony"
        verb = verb.head
    if verb.pos_ not in {"VERB", "AUX"}:
        return None
    time, confidence = ctx.dated(verb)
    return (time, confidence) if time is not None and confidence == ATTACHED else None


def _hyphen_paired(first: Token, second: Token) -> bool:
    """Two words joined by a bare hyphen ("ROK-U.S.")."""
    doc = first.doc
    return (
        second.i == first.i + 2
        and doc[first.i + 1].text == "-"
        and not first.whitespace_
        and not doc[first.i + 1].whitespace_
    )


def _named_sides(index: EntityIndex, token: Token) -> tuple[Entity, ...]:
    """Those named in front of an event noun who take part in it: a body ("the Washington
    NATO Summit") and countries a hyphen pairs ("the ROK-U.S. military exercises"); a single
    place in front is the venue instead (see _compound_place)."""
    modifiers = [c for c in children_of(token) if c.dep_ in MODIFIER_NAMES]
    paired = [
        (first, second)
        for second in modifiers
        for first in children_of(second)
        if first.dep_ in MODIFIER_NAMES and _hyphen_paired(first, second)
    ]
    sides = [
        e
        for m in modifiers
        if (e := index.entity_at(m)) is not None and e.kind is EntityKind.ORGANIZATION
    ]
    sides += [
        e
        for pair in paired
        for m in pair
        if (e := index.entity_at(m)) is not None and e.kind is EntityKind.PLACE
    ]
    return tuple(dict.fromkeys(sides))


def _event_subject_place(index: EntityIndex, heads: list[Token]) -> Entity | None:
    """The place named in front of an event noun that is the subject ("the Manchester
    bombing killed ..."), or in front of what a market trades (lexicon `traded_nouns`):
    "London share prices closed lower" in London, where a company's shares ("Oneida's
    shares") are traded anywhere."""
    nouns = lexicon.mapping("event_nouns")
    traded = lexicon.words("traded_nouns")
    return next(
        (
            place
            for h in heads
            if h.pos_ == "NOUN"
            and (_noun_key(h) in nouns or h.lemma_.casefold() in traded)
            and (place := _compound_place(index, h)) is not None
        ),
        None,
    )


def _compound_place(index: EntityIndex, token: Token) -> Entity | None:
    """A place named in front of an event noun ("the Hanoi summit")."""
    return next(
        (
            e
            for c in children_of(token)
            if c.dep_ == "compound"
            and (e := index.entity_at(c)) is not None
            and e.kind is EntityKind.PLACE
        ),
        None,
    )


@extractors.register("kg.events.v23")
def extract_events(doc: Doc, ctx: Context) -> Iterator[Event]:
    """Subject-verb-object events for the reported actions of the article."""
    events = [
        event
        for token in doc_tokens(doc)
        if token.idx >= ctx.dateline_end
        and is_action(token)
        and (event := _event(doc, token, ctx)) is not None
    ]
    yield from _told(events, doc, ctx)


@extractors.register("kg.events.v38")
def extract_open_events(doc: Doc, ctx: Context) -> Iterator[Event]:
    """An event for every action clause that has a subject-predicate-object triple (kg.triples),
    whether or not an entity takes part, with the roles of kg.events.v23 and the triples' words."""
    by_verb: dict[int, list[Triple]] = {}

    unread = {t.i for t in _speech_acts_unread(doc, ctx)}

    def action(verb: Token) -> bool:
        return verb.idx >= ctx.dateline_end and (
            is_action(verb)
            or verb.i in unread
            or _figure_given(verb)
            or _said_going_on(verb)
            or bool(_said_the_same_of(verb))
        )

    # Facts read from noun phrases ("X, the sister of Y") have no verb to make an event of.
    for triple in triples(doc, nouns=False, clauses=action):
        verb = _token_at(doc, triple.predicate.head)
        if verb is not None:
            by_verb.setdefault(verb.i, []).append(triple)
    # "Accompanying him were A and B" may yield no triple; its companions still count, as
    # does an event a noun names ("there took place ceremonies").
    companions = lexicon.words("companion_verbs")
    tokens = doc_tokens(doc)
    # A verb with a triple has its event already: the questions below are not asked of it.
    for token in (
        tokens[i] for i, pos in enumerate(doc_pos(doc)) if pos == "VERB" and i not in by_verb
    ):
        if (
            token.lemma_.casefold() in companions
            or (token.idx >= ctx.dateline_end and _event_noun(token) is not None)
            # "for sending the message" may yield no triple; its doer is known.
            or (token.idx >= ctx.dateline_end and _gerund_doers(ctx, token) and is_action(token))
            # "Placed at the statues were floral baskets" yields no triple.
            or (token.idx >= ctx.dateline_end and _inverted_subjects(token) and is_action(token))
            # Nor may "investigators, wondering how ..., searched the site".
            or (
                token.idx >= ctx.dateline_end
                and _subjects_of_opening_participle(token)
                and is_action(token)
            )
            # Nor "In the largest operation since Vietnam, 20,000 GIs have massed".
            or (
                token.idx >= ctx.dateline_end
                and _subject_taken_for_apposition(token)
                and is_action(token)
            )
            # Nor "the province has newly built goat farms" parsed as a noun phrase.
            or (
                token.idx >= ctx.dateline_end and _object_taken_for_head(token) and is_action(token)
            )
        ):
            by_verb.setdefault(token.i, [])
    for i in unread:
        by_verb.setdefault(i, [])
    events = [
        _with_sites_told(ctx, tokens[i], event)
        for i, facts in sorted(by_verb.items())
        if (event := _event(doc, tokens[i], ctx, facts)) is not None
        and not _describes_its_noun(tokens[i], event)
        and not _bracketed_note(tokens[i], event)
    ]
    yield from _told(events, doc, ctx)


def _with_sites_told(ctx: Context, copula: Token, event: Event) -> Event:
    """An event going on in the places or at the sites a copula names takes them for its
    doers: "A campaign ... is underway in South Hamgyong Province, Kangwon Province and Nampho
    Municipality", "Their campaign is also brisk at the Township Farm and the Sokgun Farm";
    so do those "the same is true of" ("... of the cities of Jongju and Kusong")."""
    predicate = _going_on_predicate(copula)
    if predicate is not None:
        heads = [
            t for h in (copula, predicate) for t in prepositional_objects(h, PLACE_PREPOSITIONS)
        ]
    else:
        heads = _said_the_same_of(copula)
        # "the cities of Jongju and Kusong": the names are in the common noun's "of" phrase.
        heads += [
            t
            for h in heads
            if ctx.entities.entity_at(h) is None
            for t in prepositional_objects(h, OF)
        ]
    phrases = [t for o in heads for t in with_conjuncts(o)]
    sites = tuple(
        e
        for e in entities_of(ctx.entities, phrases, EntityKind.PLACE, EntityKind.ORGANIZATION)
        if e not in event.patients and e not in event.agents
    )
    return replace(event, patients=event.patients + sites) if sites else event


def _said_the_same_of(copula: Token) -> list[Token]:
    """Those a copula whose subject is "the same" says did what the sentence before tells
    (lexicon `sameness_predicates`: "The same is true of the Chollima Steel Complex"): the
    objects of its predicate's preposition."""
    if copula.lemma_ != "be" or copula.dep_ not in CLAUSE_HEADS:
        return []
    if not any(s.lower_ == "same" for s in children(copula, "nsubj")):
        return []
    predicates = lexicon.words("sameness_predicates")
    return [
        t
        for c in children(copula, "acomp", "attr")
        for p in children(c, "prep")
        if f"{c.lower_} {p.lower_}" in predicates
        for t in children(p, "pobj")
    ]


def _said_going_on(copula: Token) -> bool:
    """A copula that says what its subject names is going on (lexicon `going_on_predicates`:
    "A campaign for promoting the regional development is underway in South Hamgyong
    Province", "Discussions are under way with potential purchasers", "An intensive lecture
    campaign is getting brisk"): an event as much as "the campaign went on"."""
    return _going_on_predicate(copula) is not None


def _going_on_predicate(copula: Token) -> Token | None:
    """The last word of what a copula says of its subject that `_said_going_on` reads ("brisk",
    "swing" of "in full swing"): the parse may hang the place phrase on it ("is in full swing
    at the farm")."""
    if copula.lemma_ not in {"be", "get"} or copula.dep_ not in CLAUSE_HEADS:
        return None
    if not any(s.pos_ == "NOUN" for s in children(copula, "nsubj")):
        return None
    predicates = lexicon.words("going_on_predicates")
    tokens = doc_tokens(copula.doc)
    for c in children(copula, "acomp", "advmod", "prep"):
        last = next(iter(children(c, "pobj")), c)
        if " ".join(t.lower_ for t in tokens[c.left_edge.i : last.i + 1]) in predicates:
            return last
    return None


def _figure_given(copula: Token) -> bool:
    """A copula that gives a company's or a market's figure ("Revenue was C$291.6 million, up
    from C$252 million", "net was $10.5 million", "the index was down 15.82"; lexicons
    `company_measure_nouns`, `market_measure_nouns`): a result reported, an event as much as
    "Sales rose 6%"."""
    if copula.lemma_ != "be" or copula.dep_ not in CLAUSE_HEADS:
        return False
    measures = lexicon.words("company_measure_nouns") | lexicon.words("market_measure_nouns")
    return any(s.lemma_.casefold() in measures for s in children(copula, "nsubj")) and any(
        t.ent_type_ in FIGURE_ENTITY_TYPES
        for c in children(copula, "attr", "advmod")
        for t in c.subtree
    )


def _finite(verb: Token) -> bool:
    """A verb that tells what its subject did: not a request ("Please inform us"), a task
    ("the work to learn from them") or a participle describing a noun ("the terms, announced
    Friday")."""
    return doc_tags(verb.doc)[verb.i] in FINITE_TAGS or any(
        c.pos_ == "AUX" for c in children(verb, "aux", "auxpass")
    )


def _only_credits(ctx: Context, verb: Token, heads: list[Token]) -> bool:
    """Words credited to a source, which attribution records, not an act told: whatever an
    unnamed informant reports ("a source in the country reported"), and a plain "said" whose
    subject is a body or a source ("the embassy said", "the official said"). An unnamed holder
    of an office who speaks ("the Palestinian president said") acts, and so do a text or a
    company that speaks as itself and a speaker the article names."""
    words = {w for h in heads for w in (h.lemma_.casefold(), h.lower_)}
    if words & lexicon.words("informant_nouns"):
        return True
    offices = lexicon.words("titles") - lexicon.words("source_nouns")
    return (
        verb.lemma_.casefold() in lexicon.words("attribution_verbs")
        and not words & offices
        and not _speaks_as_itself(ctx, heads)
        # "He added one more today": with an object, the verb tells no words; a relative
        # pronoun is the words ("the cuts that Unisys said would come").
        and not (
            _named_speaker(ctx, heads)
            and all(o.lower_ in THING_PRONOUNS for o in children(verb, "dobj"))
        )
    )


def _named_speaker(ctx: Context, heads: list[Token]) -> bool:
    """A speaker the article names, or a pronoun standing for one ("Swavely said the new space
    will ...", "she said she regretted ..."): a named person or company stating something is an
    act the story reports, where an unnamed official or body only vouches for the news."""
    speakers = _actors(ctx, heads)
    return (
        bool(speakers)
        and all(h.pos_ in NAMING_POS or ctx.entities.entity_at(h) is not None for h in heads)
        and all(e.kind in PEER_KINDS for e in speakers)
    )


def _speaks_as_itself(ctx: Context, heads: list[Token]) -> bool:
    """A plain "said" whose subject is a text the sentence brings in ("An article says that
    ...", "a new report says"; lexicon `statement_nouns`), or a noun that names again a body
    the article is about ("the company said" after "Kellogg Co."): the text or the body states
    something of its own, which is an event, where an unnamed source ("the official said")
    only credits. A text named again ("the statement said") is one already told."""
    texts = lexicon.words("statement_nouns")
    return any(
        h.lemma_.casefold() in texts and not any(definite_word(c) for c in children_of(h))
        for h in heads
    ) or any(
        h.pos_ == "NOUN"
        and ctx.entities.entity_at(h) is None
        and any(e.kind is EntityKind.ORGANIZATION for e in _actors(ctx, [h]))
        for h in heads
    )


def _speech_acts_unread(doc: Doc, ctx: Context) -> list[Token]:
    """Reporting and order verbs that make neither a statement nor an order, because the one
    who speaks is no entity or the clause reports no words ("The army claimed to have hit three
    gunmen", "An article stresses that ...", "Libya called for the replacement of U.S.
    forces"): they still tell an act of their subject. A sentence with a statement or an
    order of its own is left to them, so that no act doubles one."""
    tokens = doc_tokens(doc)
    candidates = []
    for token in (tokens[i] for i, pos in enumerate(doc_pos(doc)) if pos == "VERB"):
        # "At least seven were reported dead", "the size was not disclosed": a passive tells
        # what was said, not who said it.
        if (
            token.idx < ctx.dateline_end
            or is_action(token)
            or not _finite(token)
            or _is_passive(token)
        ):
            continue
        heads = subjects(token) or _inverted_subjects(token)
        if not heads or _only_credits(ctx, token, heads):
            continue
        # "..., he added" after a quotation: the attribution pass knows whose words they are.
        if any(h.pos_ == "PRON" for h in heads) and (
            not _named_speaker(ctx, heads) or QUOTE_MARKS.search(sentence_of(token).text)
        ):
            continue
        candidates.append(token)
    if not candidates:
        return []
    statements = list(extract_statements(doc, ctx))
    orders = list(extract_orders(doc, ctx))
    told = [(m.start, m.end) for fact in (*statements, *orders) for m in fact.evidence]
    speaking = {s.anchor for s in statements}
    ordered = {o.anchor for o in orders}

    def reported(token: Token) -> bool:
        """Whether the token lies in a clause a statement's verb reports (not in a verb joined
        to it: "said he will remain ... but said he wonders" is the one statement)."""
        below = token
        for above in token.ancestors:
            if above.idx in speaking:
                return below.dep_ == "ccomp"
            below = above
        return False

    def told_there(token: Token) -> bool:
        # "The company said Mr. Stronach will direct the restructuring", "said Satcher will
        # report to Congress": a report or an order verb the statement reports is no double
        # of it, unless an order was read from it.
        if (
            (reports_speech(token) or token.lemma_.casefold() in lexicon.words("order_verbs"))
            and token.idx not in ordered
            and reported(token)
        ):
            return False
        sentence = sentence_of(token)
        return any(b < sentence.end_char and sentence.start_char < e for b, e in told)

    return [token for token in candidates if not told_there(token)]


# Words of an editor's note in brackets: "(photos accompanied)", "(see the picture below)".
NOTE_WORDS = 4

# A bracket token of its own; a string test would also take a token "()" for one.
BRACKETS = frozenset({"(", ")"})


def _bracketed_note(verb: Token, event: Event) -> bool:
    """A clause that is all of a bracket, with no one named taking part ("(photos
    accompanied)", "(see the picture)"): an editor's note on the story, not an act it tells.
    The parse may hang the next item of a list on the note; only the bracket's words count."""
    if event.agents or event.patients or event.recipients:
        return False
    tokens = doc_tokens(verb.doc)
    # Brackets farther than a note's length make no note: no need to read the rest of the
    # article for them, once a verb.
    before = tokens[max(0, verb.i - NOTE_WORDS) : verb.i]
    after = tokens[verb.i + 1 : verb.i + 1 + NOTE_WORDS]
    opening = next((t for t in reversed(before) if t.text in BRACKETS), None)
    closing = next((t for t in after if t.text in BRACKETS), None)
    if opening is None or closing is None or opening.text != "(" or closing.text != ")":
        return False
    inside = tokens[opening.i + 1 : closing.i]
    # A longer bracket explains the story ("(A 16-bit microprocessor processes 16 pieces of
    # data at a time ...)"), which tells a fact of its own.
    return len(inside) <= NOTE_WORDS and all(t == verb or verb in t.ancestors for t in inside)


def _describes_its_noun(verb: Token, event: Event) -> bool:
    """A past participle that only describes the noun it follows ("the number injured topped
    2,200", "a motorcycle loaded with explosives", "diplomats based in Washington"), with no
    one named taking part: a property of what the noun names, not an event told. One with its
    doer ("the accord signed by Annan"), a named participant, an event class or a time of its
    own ("the oil seized at sea in April last year") stays, and so does a present participle,
    which may be all an article tells of an act ("sightings of drones flying over sites")."""
    return (
        verb.dep_ == "acl"
        and verb.tag_ == "VBN"
        # A clause of its own ("the tradition that the party has carried forward") tells one.
        and not children(verb, *SUBJECT_OR_AUX)
        and event.classes == ("Action",)
        and not (event.agents or event.patients or event.recipients)
        and not children(verb, "agent")
        and event.time_confidence != ATTACHED
    )
