"""Orders: who directed whom to do what, when, according to whom.

An order is found through three kinds of trigger: an order verb ("instructed officials to"),
a light verb with an order noun ("issued an order to"), and an order noun on its own ("the
directive", "her order"). Within an article, a definite or possessive order noun refers back to
an order already described, and an order verb with the same issuer continues it, so that one
order told over several sentences becomes one `kg:Order` with every sentence as evidence.
"""

from __future__ import annotations

import functools
from collections.abc import Callable, Iterator, Mapping
from dataclasses import dataclass, field
from decimal import Decimal
from enum import StrEnum
from types import MappingProxyType

from spacy.tokens import Doc, Token

from kg import lexicon
from kg.extract import extractors
from kg.extract.context import ATTACHED, Context, intended
from kg.extract.referents import ORGANIZATIONS, antecedents
from kg.extract.syntax import (
    FOR,
    POSSIBILITY_AUXILIARIES,
    RELATIVE_PRONOUNS,
    children,
    entities_of,
    group_before,
    is_passive,
    modality,
    own_subjects,
    phrasal_lemma,
    place_of,
    prepositional_objects,
    quotations,
    subjects,
    with_conjuncts,
)
from kg.model import Entity, EntityKind, Event, Mention, Modality, Source, TimeExpression
from kg.nlp import asked_once, doc_pos, doc_tokens, tokens_text
from kg.resolve.attribution import company_named_short, named_by_surname
from kg.resolve.entities import PERSON_SUBJECT_PRONOUNS, PERSONAL_PRONOUNS, EntityIndex

ACTORS = (EntityKind.PERSON, EntityKind.ORGANIZATION, EntityKind.GROUP, EntityKind.PLACE)
RECIPIENTS = (EntityKind.PERSON, EntityKind.ORGANIZATION, EntityKind.GROUP)
ANAPHORIC_DETERMINERS = frozenset({"the", "this", "that", "these", "those", "such"})
QUOTES = frozenset({"“", "”", '"'})
# The prepositions before whom an appeal or an order addresses ("called on", "appealed to").
ADDRESS_PREPOSITIONS = frozenset({"on", "upon", "to"})
# The subject of an obligation that is the speaker's own ("he said that he should go").
SELF_PRONOUNS = PERSON_SUBJECT_PRONOUNS | {"i"}
# Pronouns that stand for a thing said or written, never for someone who may direct.
REFLEXIVES = frozenset({"itself", "themselves", "himself", "herself", "ourselves"})
THING_PRONOUNS = frozenset({"it", "this", "that", "these", "those"})
# Determiners before an order noun that name no order given ("no decision", "any decision").
NO_ONE_GIVEN = frozenset({"no", "any"})
# What an order mention so presented tells was never given.
UNREALISED = frozenset({Modality.PLANNED, Modality.POSSIBLE})
NOMINAL_SUBJECT = frozenset({"nsubj"})
# Named entities that are no body: a person or a country decides as a person does.
NOT_BODIES = frozenset({"PERSON", "GPE", "NORP"})
# The dependencies of a name that says whose a subject's noun is ("the Yoon Suk Yeol puppet
# clans", "Japan's government").
NAME_MODIFIER_DEPS = frozenset({"compound", "nmod", "poss"})
# How many prepositional phrases up a misattached participle may name its noun.
MAX_PHRASE_DEPTH = 4
# How many sentences back a speaker's talk to someone addresses what they stress after it.
MAX_ADDRESS_DISTANCE = 3
# How many tokens before its sentence an act done "under the order" may have been told.
MAX_TOLD_BEFORE = 120
# The parts of speech of the words that may tell of an order (see `order_mentions`).
ORDER_WORD_POS = frozenset({"VERB", "AUX", "NOUN"})
# The preposition of a passive's agent ("a plan approved by the cabinet").
BY = frozenset({"by"})
# Word lists of nouns that name what is ordered: "the goal", "the tasks", "the decision".
DIRECTIVE_NOUNS = ("directive_objects", "order_nouns")


def _no_directive(token: Token) -> bool:
    """The verb gives no order whatever its lemma: "directed efforts to", "asked him to convey
    greetings", "if someone asks"."""
    # "directed efforts to", and in the passive "efforts are directed to".
    if any(
        o.lemma_.casefold() in lexicon.words("undirected_objects")
        for o in children(token, "dobj", "nsubjpass")
    ):
        return True
    if any(
        x.lemma_.casefold() in lexicon.words("courtesy_requests") for x in children(token, "xcomp")
    ):
        return True
    if _allotted(token):
        return True
    # "who has directed the trust group", "commanded the division": to lead a body, not to
    # tell it what to do.
    if _leads_a_body(token):
        return True
    # "she asked her children to work harder", "asked her descendants to do more work": what
    # one asks of one's own family is private.
    kin = lexicon.mapping("kinship").keys() | lexicon.words("family_line_nouns")
    if any(o.lemma_.casefold() in kin and children(o, "poss") for o in children(token, "dobj")):
        return True
    # "called for someone's \"denuclearization\"": a term quoted from the other side.
    if any(_scare_quoted(o) for o in [*children(token, "dobj"), *_for_objects(token)]):
        return True
    # "ready to flatten a mountain once they are ordered to do so", "she never told anybody
    # to hide anything": no order is given.
    if _conditional(token) or modality(token) is Modality.NEGATED:
        return True
    # "No international law authorized the EU to interfere": a subject that is no one, or
    # nothing, denies the act as "not" would.
    if any(c.dep_ == "det" and c.lower_ == "no" for s in subjects(token) for c in s.children):
        return True
    if token.lemma_.casefold() in lexicon.words("appeal_verbs") and (
        not all(_has_authority(s) for s in _appeal_speakers(token))
        or _appeal_to_all(token)
        or _appeal_to_a_person(token)
        or _appeal_to_a_country(token)
        # "Minju Joson in an editorial calls upon all the officials to": a newspaper's appeal
        # to its readers, whom it does not lead.
        or any(_published(t) for t in (token, *_appeal_speakers(token)))
    ):
        return True
    # "pledged to ask Congress to approve", "urged Albright to tell Americans that they
    # should": an order only wished or planned is none yet.
    if intended(token):
        return True
    # "commanding officers and members of the brigade": a participle naming people by their
    # post, not an act of ordering them.
    if _naming_participle(token):
        return True
    # A habit in the present ("which often call for respecting ...") is no act of ordering.
    if token.tag_ in {"VBP", "VBZ"} and any(
        c.dep_ == "advmod" and c.lower_ in lexicon.words("habitual_adverbs") for c in token.children
    ):
        return True
    # "a rally calling for his impeachment", "placards calling for ...".
    return _thing_speaking(token)


def _leads_a_body(verb: Token) -> bool:
    """A verb of `leading_verbs` with a body for its object and nothing it is to do."""
    if verb.lemma_.casefold() not in lexicon.mapping("leading_verbs") or children(
        verb, "xcomp", "ccomp"
    ):
        return False
    bodies = (
        lexicon.words("company_nouns")
        | lexicon.words("unnamed_body_heads")
        | lexicon.words("led_body_nouns")
    )
    return any(
        o.ent_type_ == "ORG" or o.lemma_.casefold() in bodies for o in children(verb, "dobj")
    )


def _allotted(verb: Token) -> bool:
    """Someone given a thing in the passive ("was assigned Room 25", "was assigned a seat"):
    an allotment, not a directive; a task, a duty given so ("were assigned the task of
    guarding") still says what to do."""
    if not is_passive(verb) or children(verb, "xcomp", "ccomp"):
        return False
    things = [
        o for o in children(verb, "dobj", "npadvmod") if not _can_speak(o) or o.pos_ == "PROPN"
    ]
    directive = (
        lexicon.words("directive_objects")
        | lexicon.words("order_nouns")
        | lexicon.words("obligation_nouns")
    )
    return bool(things) and not any(
        o.lemma_.casefold() in directive or o.ent_type_ in {"PERSON", "ORG", "NORP"} for o in things
    )


def _appeal_to_a_person(verb: Token) -> bool:
    """An appeal to one person named or pointed at ("He also urged Albright to tell
    Americans", "asked him to convey greetings") is a request between persons, not a
    directive to those the speaker leads, which the guidelines count."""
    addressed = _addressed(verb)
    return len(addressed) == 1 and (
        (addressed[0].ent_type_ == "PERSON" and addressed[0].pos_ == "PROPN")
        or addressed[0].lower_ in {"him", "her"}
    )


def _appeal_to_a_country(verb: Token) -> bool:
    """An appeal to a country ("asked the U.S. to enforce the embargo", "urged Japan to
    apologize") is a request to an equal: no one the speaker leads is addressed. A country
    ordered ("ordered Iraq to destroy its missiles") or bound by a body's decision still is."""
    addressed = [t for a in _addressed(verb) for t in with_conjuncts(a)]
    return bool(addressed) and all(a.ent_type_ == "GPE" for a in addressed)


def _appeal_to_all(verb: Token) -> bool:
    """Speakers who are many ("They called on all the people to launch a movement") appeal to
    the public at large: a slogan addressed to no one in particular, not a directive to those
    they lead. The authorities ("the police") govern the public they address."""
    addressed = _addressed(verb)
    speakers = _appeal_speakers(verb)
    public = lexicon.words("public_addressees")
    # "all the parties, organizations and forces of the world": the phrase on the last of
    # those listed says whose they all are.
    of_public = any(
        o.lemma_.casefold() in public
        for a in addressed
        for o in prepositional_objects(a, frozenset({"of"}))
    )
    return (
        bool(addressed)
        and (of_public or all(a.lemma_.casefold() in public for a in addressed))
        and bool(speakers)
        and all(s.lower_ == "they" or s.tag_ == "NNS" for s in speakers)
        # "Police urged people to stay away from the bridge": the authorities govern the
        # public.
        and not any(_in_lexicons(s, "authority_nouns") for s in speakers)
    )


def _addressed(verb: Token) -> list[Token]:
    """Whom a verb of appeal or telling addresses: its object, or the object of "on", "upon"
    or "to" ("called on the people", "appealed to the farmers")."""
    return [*children(verb, "dobj"), *prepositional_objects(verb, ADDRESS_PREPOSITIONS)]


def _for_objects(verb: Token) -> list[Token]:
    return prepositional_objects(verb, FOR)


def _scare_quoted(noun: Token) -> bool:
    """The noun's phrase is quoted ("a deceptive \"policy of no-first use\"", "someone's
    \"denuclearization\""): state media quote the other side's words for its policies and
    demands, which direct no one they lead."""
    doc = noun.doc
    if any(doc[i].text in QUOTES for i in range(noun.left_edge.i, noun.i)):
        return True
    # The opening mark hung on the verb: "submitting \"human rights resolution\"".
    start = noun.left_edge.i
    return (
        start > 0
        and doc[start - 1].text in QUOTES
        and noun.i + 1 < len(doc)
        and doc[noun.i + 1].text in QUOTES
    )


def _conditional(token: Token) -> bool:
    """The verb tells what would happen on a condition ("once the Supreme Commander gives an
    order", "if someone asks"), or, in the present in a clause of time, what is yet to come
    ("until regulators approve the rules"), not what was done."""
    marks = [c.lower_ for c in token.children if c.dep_ == "mark"]
    if any(m in lexicon.words("condition_marks") for m in marks):
        return True
    return token.tag_ in {"VBP", "VBZ"} and any(m in lexicon.words("temporal_marks") for m in marks)


def _naming_participle(token: Token) -> bool:
    """A present participle right before its bare object and modifying a noun ("commanding
    officers", in a list of those present) names people, and says of no one that they order."""
    after = token.doc[token.i + 1] if token.i + 1 < len(token.doc) else None
    return (
        token.tag_ == "VBG"
        and token.dep_ in {"acl", "amod"}
        and after is not None
        and after.dep_ == "dobj"
        and after.head == token
        and not any(c.dep_ in {"det", "poss", "nummod"} for c in after.children)
        and not children(token, "xcomp", "ccomp")
    )


def _appeal_speakers(verb: Token) -> list[Token]:
    """Who makes an appeal: the verb's own subject, or, for a participle with none ("..., urging
    an investigation", "It said that ..., calling for a struggle"), the subject of the
    sentence's reporting verb or main verb: the parser often hangs such a participle on the
    clause reported, whose subject is no speaker."""
    stated = _stated_subjects(verb)
    # "members of the students' group urging a bill": the participle's noun is who urges.
    if not stated and verb.tag_ == "VBG" and verb.dep_ == "acl":
        return [verb.head]
    if stated or verb.tag_ != "VBG" or verb.dep_ != "advcl":
        return stated
    reporting = lexicon.words("reporting_verbs")
    clause = verb.head
    while True:
        speakers = children(clause, "nsubj")
        if speakers and (clause.lemma_.casefold() in reporting or clause.dep_ == "ROOT"):
            return speakers
        if clause.dep_ == "ROOT" or clause.head == clause:
            return _reported_by(clause)
        clause = clause.head


def is_order_verb(token: Token) -> bool:
    """An order verb, or a phrasal one ("call on"), used as a verb."""
    if token.pos_ != "VERB":
        return False
    lemma = token.lemma_.casefold()
    if lemma in lexicon.words("order_verbs"):
        # "the ordered goods", "the goods ordered by a couple": bought, not directed (a
        # directive says what to do: "units ordered to open fire").
        bought = token.dep_ == "amod" or (token.dep_ == "acl" and not children(token, "xcomp"))
        ordering = not (lemma == "order" and token.tag_ == "VBN" and bought)
        # "purchased 29 fighters and ordered 400 missiles": goods counted out are bought.
        ordering = ordering and not (lemma == "order" and _counted_goods(token))
        # "the people ordered the impeachment": a thing demanded, by a crowd with no authority
        # the text states, is no directive to anyone.
        ordering = ordering and not _demanded_by_crowd(token)
    else:
        # The particle follows the verb: "it has been called a nuclear mine ... for seeking"
        # names a thing and gives no call.
        particles = {
            c.lower_
            for c in token.children
            if c.dep_ == "prt" or (c.dep_ == "prep" and c.i == token.i + 1)
        }
        ordering = any((lemma, p) in lexicon.pairs("order_phrasal") for p in particles)
    # The lemma first: it rules out most verbs, and the objects need not be read for them.
    return ordering and not _no_directive(token)


def is_entrusting(token: Token) -> bool:
    """Giving the object a task to do ("the council has charged the inspectors with verifying
    the disarmament"). Only in the active voice: "he is charged with gunning down a doctor" is
    an accusation, and so is a gerund after a named person ("charged Smith with killing")."""
    if token.pos_ != "VERB" or is_passive(token):
        return False
    tasked = bool(_entrusted_tasks(token))
    objects = children(token, "dobj")
    return (
        tasked
        and bool(objects)
        and all(o.ent_type_ != "PERSON" and o.lower_ not in PERSONAL_PRONOUNS for o in objects)
    )


def _entrusted_tasks(verb: Token) -> list[Token]:
    """The gerunds that tell the task an entrusting verb gives ("charged the inspectors with
    | verifying the disarmament"). The parser may hang the preposition on the object, and may
    tag a gerund that has its clause elsewhere as a bare noun ("with verifying | that ...")."""
    lemma = verb.lemma_.casefold()
    pairs = lexicon.pairs("entrusting_verbs")
    return [
        c
        for h in (verb, *children(verb, "dobj"))
        for p in children(h, "prep")
        if (lemma, p.lower_) in pairs
        for c in p.children
        if c.dep_ == "pcomp" or (c.dep_ == "pobj" and (c.tag_ == "VBG" or _bare_gerund(c)))
    ]


def _bare_gerund(noun: Token) -> bool:
    """A gerund tagged as a noun whose clause the parser hung elsewhere ("with verifying |
    that Iraq has destroyed ..."): a noun alone ("with wrongdoing") names a charge, not a task."""
    after = noun.i + 1
    return (
        noun.lower_.endswith("ing")
        and after < len(noun.doc)
        and noun.doc[after].dep_ == "mark"
        and noun.doc[after].head.dep_ == "ccomp"
    )


def is_order_noun(token: Token) -> bool:
    """An order noun that names a directive (not "in order to", not the Order of a medal)."""
    if doc_pos(token.doc)[token.i] != "NOUN":
        return False
    lemma = token.lemma_.casefold()
    if lemma not in lexicon.words("order_nouns") and not _qualified_order(token):
        return False
    if token.ent_type_ or (token.is_title and token.i != token.sent.start):
        return False
    if _denied(token):
        return False
    # "rejects the \"resolution\" submitted by the EU": the other side's word for its own
    # document, which directs no one the speaker leads; "those who issued an \"order to
    # kill\"" still tells of an order given.
    issued = token.dep_ in {"dobj", "nsubjpass"} and token.head.lemma_.casefold() in (
        lexicon.words("order_light_verbs")
    )
    if _scare_quoted(token) and not issued:
        return False
    if token.lemma_.casefold() in lexicon.words("body_nouns_of_order") and any(
        c.dep_ in {"amod", "compound"} for c in token.children
    ):
        return False  # "the naval operation command"
    head = token.head.head if token.dep_ == "pobj" and token.head.lower_ == "of" else token.head
    if token.dep_ in {"pobj", "compound"} and head.lemma_.casefold() in lexicon.words(
        "determination_heads"
    ):
        return False  # "speeches of resolution were made"
    if token.lemma_.casefold() == "order" and any(
        c.dep_ in {"amod", "compound"}
        and c.lemma_.casefold() in lexicon.words("order_state_modifiers")
        for c in token.children
    ):
        return False  # "a fair international order"
    if token.lemma_.casefold() == "order" and (
        _sequence(token) or _decoration(token) or _state_of_things(token)
    ):
        return False  # "the order of objects to be updated", "wearing orders and medals"
    # "three ships on order from the yard": goods bought and awaited, not a directive; "on
    # orders from the commander" and "on the order of" are not this.
    if (
        token.lemma_.casefold() == "order"
        and token.tag_ == "NN"
        and token.dep_ == "pobj"
        and token.head.lower_ == "on"
        and not any(c.dep_ in {"det", "poss"} for c in token.children)
    ):
        return False
    # "in order to", however the parser hangs "order".
    doc = token.doc
    after_in = token.head.lower_ == "in" or (token.i > 0 and doc[token.i - 1].lower_ == "in")
    in_order_to = after_in and token.i + 1 < len(doc)
    return not (in_order_to and doc[token.i + 1].lower_ in {"to", "that", "for"})


def _qualified_order(noun: Token) -> bool:
    """A noun that names an order only with the word that says which ("an arrest warrant", "a
    search warrant"): "Class C warrants were issued" are securities."""
    lemma = noun.lemma_.casefold()
    # Asked of every noun: those the table does not list need no modifier read.
    if lemma not in _qualified_nouns():
        return False
    pairs = lexicon.pairs("qualified_order_nouns")
    modifiers = [c for c in noun.children if c.dep_ in {"compound", "amod"}]
    # "Federal and state arrest warrants": the word right before, however the parser joins it.
    if noun.i > 0:
        modifiers.append(doc_tokens(noun.doc)[noun.i - 1])
    # "a warrant for his arrest": the word may follow in a phrase of "for".
    modifiers += prepositional_objects(noun, FOR)
    return any((lemma, m.lemma_.casefold()) in pairs for m in modifiers)


@functools.cache
def _qualified_nouns() -> frozenset[str]:
    return frozenset(noun for noun, _ in lexicon.pairs("qualified_order_nouns"))


def _state_of_things(order: Token) -> bool:
    """ "Order" coordinated with a noun that is no directive ("the work system and order have
    been under normal operation", "law and order"): the state things are kept in."""
    beside = [*order.conjuncts, order.head] if order.dep_ == "conj" else list(order.conjuncts)
    return any(
        t.pos_ == "NOUN" and t.lemma_.casefold() not in lexicon.words("order_nouns") for t in beside
    )


def _decoration(order: Token) -> bool:
    """ "Orders" worn or awarded as decorations: "wearing orders and medals"."""
    decorations = lexicon.words("decoration_words")
    beside = [*order.conjuncts, order.head] if order.dep_ == "conj" else list(order.conjuncts)
    return any(t.lemma_.casefold() in decorations for t in beside) or (
        order.dep_ == "dobj" and order.head.lemma_.casefold() in decorations
    )


def _counted_goods(verb: Token) -> bool:
    """The verb's object is goods counted out ("ordered 400 long-range missiles"), or the
    verb is joined to one of buying ("purchased ... and ordered")."""
    counted = any(
        c.dep_ == "nummod" and c.pos_ == "NUM" and not _can_speak(o)
        for o in children(verb, "dobj")
        for c in o.children
    )
    buying = lexicon.words("buying_verbs")
    joined = [verb.head] if verb.dep_ == "conj" else []
    return counted or any(v.lemma_.casefold() in buying for v in [*joined, *verb.conjuncts])


def _sequence(order: Token) -> bool:
    """ "Order" as a sequence: of things counted in turn ("the order of objects", bare plural
    nouns no one is among) or of a ranking ("order of priority")."""
    return any(
        not any(c.dep_ in {"det", "poss"} for c in o.children)
        and not o.ent_type_
        and (
            o.lemma_.casefold() in lexicon.words("sequence_nouns")
            or (o.tag_ == "NNS" and not _can_speak(o))
        )
        for o in prepositional_objects(order, frozenset({"of"}))
    )


def _directive_objects(token: Token) -> list[Token]:
    """What a light verb sets forth: its object, what it sets something forth as ("set forth
    the construction as an important task"), or the noun it describes ("tasks set forth", "the
    task Kim Jong Un advanced")."""
    objects = children(token, "dobj", "nsubjpass")
    objects += prepositional_objects(token, frozenset({"as"}))
    if token.dep_ == "acl" and token.head.pos_ == "NOUN":
        objects.append(token.head)
        if any(c.dep_ == "agent" for c in token.children):
            objects += _enclosing_nouns(token.head)
    objects += _misplaced_objects(token)
    return objects


def _enclosing_nouns(noun: Token) -> list[Token]:
    """The nouns a noun's phrase hangs under, nearest first: a participle with its agent is
    often attached to the last noun of a long phrase ("the five-point orientation based on the
    idea in the new era set forth by the Central Committee")."""
    found = []
    token = noun
    for _ in range(MAX_PHRASE_DEPTH):
        if token.dep_ != "pobj" or token.head.dep_ != "prep":
            break
        token = token.head.head
        if token.pos_ == "VERB" and token.dep_ == "acl":
            token = token.head
        if token.pos_ != "NOUN":
            break
        found.append(token)
    return found


def _misplaced_objects(verb: Token) -> list[Token]:
    """An order noun the parser hung on a preposition of the verb, between its indirect
    object and an infinitive ("gave all units near the border instructions to reinforce")."""
    return [
        o
        for p in verb.children
        if p.dep_ == "prep"
        for q in (p, *p.conjuncts)
        for o in children(q, "pobj")
        if o.lemma_.casefold() in lexicon.words("order_nouns")
        and any(v.head == verb for v in _infinitive_after(o))
    ]


def _infinitive(verb: Token) -> bool:
    """A verb in the infinitive, or coordinated with one ("to judge and make a decision")."""
    while True:
        if verb.dep_ == "xcomp" or any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children):
            return True
        if verb.dep_ != "conj":
            return False
        verb = verb.head


def _infinitive_after(noun: Token) -> list[Token]:
    """The verb of a "to"-infinitive right after a noun, wherever the parser attached it."""
    doc = noun.doc
    after = doc[noun.i + 1] if noun.i + 1 < len(doc) else None
    if after is not None and after.lower_ == "to" and after.head.pos_ == "VERB":
        return [after.head]
    return []


def _directive_object(token: Token, objects: list[Token] | None = None) -> Token | None:
    """The object that makes a light verb a directive, if any."""
    tasks = lexicon.words("directive_objects")
    adopted = lexicon.pairs("adopted_directives")
    verb = token.lemma_.casefold()
    return next(
        (
            o
            for o in (_directive_objects(token) if objects is None else objects)
            if is_order_noun(o)
            or o.lemma_.casefold() in tasks
            or (verb, o.lemma_.casefold()) in adopted  # "the cabinet approved a plan"
        ),
        None,
    )


def _denied(noun: Token) -> bool:
    """A noun led by "no" names none of its kind: "no conclusion or decision can be made at
    this stage" (the determiner of the first noun listed denies them all); one led by "any"
    names none given, only whatever one may be ("any decision to expel them must be agreed
    jointly")."""
    listed = (noun, noun.head) if noun.dep_ == "conj" else (noun,)
    if any(c.dep_ == "det" and c.lower_ in NO_ONE_GIVEN for t in listed for c in t.children):
        return True
    # "haven't reached a final decision", "did not issue an order": a denied verb that would make
    # the order tells there is none; a denied verb of obeying ("did not follow the order") still
    # tells of one.
    first = listed[-1]
    verb = first.head.head if first.dep_ == "pobj" else first.head
    making = (
        lexicon.words("order_light_verbs")
        | lexicon.words("event_light_verbs")
        | lexicon.words("reaching_verbs")
    )
    return (
        first.dep_ in {"dobj", "pobj"}
        and verb.lemma_.casefold() in making
        and modality(verb) is Modality.NEGATED
    )


def is_light_order(token: Token) -> bool:
    """A light verb with a directive object ("issued an order", "set forth tasks")."""
    if token.pos_ != "VERB":
        return False
    light = lexicon.words("order_light_verbs")
    if phrasal_lemma(token) not in light and token.lemma_.casefold() not in light:
        # "which has set it as an urgent task": the role, not the object, is the directive.
        # The roles found only for a verb that gives one (most verbs give none).
        role_verb = token.lemma_.casefold() in lexicon.words("order_role_verbs")
        if role_verb and _directive_object(token, _roles(token)) is not None:
            return True
        # "had made a prompt decision to take measures": a verb only its object makes one,
        # when the decision was made ("requires our army to make a decision" is none yet).
        adopted = lexicon.pairs("adopted_directives")
        verb = token.lemma_.casefold()
        return not _infinitive(token) and (
            any(
                (verb, o.lemma_.casefold()) in adopted and not _denied(o)
                for o in children(token, "dobj", "nsubjpass")
            )
            or _measures_taken(token)
        )
    # "set forth the housing construction as the primary policy task": the role is the
    # directive, as with the verbs of `order_role_verbs`.
    directive = _directive_object(token) or _directive_object(token, _roles(token))
    return (
        directive is not None
        and not _adopted_at_no_body(token)
        and not _signed_between(token)
        and not _conditional(token)
        and not _thing_speaking(token)
        and not _scare_quoted(directive)
        and not _set_for_itself(token)
        # "have worked together to advance common goals": a purpose, not a task set; an
        # order noun still makes one ("came to give instructions").
        and not (
            token.tag_ == "VB"
            and _infinitive(token)
            and not is_order_noun(directive)
            and not _purpose_of_a_visit(token)
        )
    )


def _roles(verb: Token) -> list[Token]:
    """The role "as" gives the verb's object: the parser may hang the phrase on the object
    ("prioritized the strengthening of the cells as the two major tasks") or on a participle
    between ("set forth the construction, welcomed by the people, as the primary task")."""
    hosts = [verb, *children(verb, "dobj")]
    hosts += [c for c in children(verb, "advcl") if c.tag_ == "VBN"]
    return [o for h in hosts for o in prepositional_objects(h, frozenset({"as"}))]


def _purpose_of_a_visit(verb: Token) -> bool:
    """An infinitive saying what a visit made was for ("visited the site again to indicate
    the orientation and ways"): a leader's visit told as done tells what he did there."""
    head = verb.head
    visits = lexicon.words("guidance_verbs") | lexicon.words("arrival_verbs")
    return (
        verb.dep_ in {"advcl", "xcomp"}
        and head.lemma_.casefold() in visits
        and head.tag_ in {"VBD", "VBZ", "VBN"}
        and not _infinitive(head)
        and not _is_future(head)
    )


def _adopted_at_no_body(verb: Token) -> bool:
    """Adopted, by no one named, at a gathering whose decisions bind no one ("a solidarity
    resolution was adopted at the seminar"); not "at the meeting", a deciding body's."""
    gatherings = prepositional_objects(verb, frozenset({"at"}))
    bodies = lexicon.words("deciding_bodies")
    return (
        is_passive(verb)
        and not children(verb, "agent")
        and bool(gatherings)
        and not any(g.lemma_.casefold() in bodies for g in gatherings)
    )


def _thing_speaking(token: Token) -> bool:
    """A participle whose subject is a thing, not someone ("a rally calling for his
    impeachment", "a new conception specifying the strategic direction"): the thing says
    what its makers want, who have no authority the text states."""
    head = token.head
    return (
        token.dep_ == "acl"
        and token.tag_ == "VBG"
        and head.pos_ == "NOUN"
        and not _can_speak(head)
        and head.lemma_.casefold() not in lexicon.words("order_nouns")
    )


def _set_for_itself(verb: Token) -> bool:
    """A goal or task one sets oneself ("the commission set itself a goal of ..."), which
    directs no one else; so do people who set their own ("the people who set their direction
    of life under the flag"), unlike a leader who sets forth his policy for others."""
    if any(c.lower_ in REFLEXIVES for c in children(verb, "dative", "dobj")):
        return True
    heads = [
        verb.head if s.lower_ in RELATIVE_PRONOUNS and verb.dep_ == "relcl" else s
        for s in subjects(verb)
    ]
    people = bool(heads) and all(
        h.lower_ == "they" or (h.tag_ == "NNS" and _in_lexicons(h, "group_heads")) for h in heads
    )
    return people and any(
        c.dep_ == "poss" and c.lower_ == "their" for o in children(verb, "dobj") for c in o.children
    )


def _measures_taken(verb: Token) -> bool:
    """A deciding body taking measures ("the consultative meeting took relevant measures", "the
    committee has taken measures to prevent any deviation"): what others are to do is decided.
    A unit taking measures for its own work ("the coal mining complex has taken measures to
    ensure production") directs no one. A leader taking measures or steps ("he took practical
    measures to eliminate the deviations", "took an important step to make the inhabitants
    come to Pyongyang") has those under him carry them out; as annotated, not on a visit
    told with them ("he visited the sites and took important measures")."""
    if _obliged(verb):
        return False  # "the Security Council should take measures": none are taken yet
    pairs = lexicon.pairs("authority_directives")
    lemma = verb.lemma_.casefold()
    if not any((lemma, o.lemma_.casefold()) in pairs for o in children(verb, "dobj")):
        return False
    bodies = lexicon.words("deciding_bodies")
    heads = subjects(verb)
    if any(s.lemma_.casefold() in bodies for s in heads):
        return True
    classes = lexicon.mapping("event_classes")
    on_a_visit = any(classes.get(c.lemma_.casefold()) == "Visit" for c in verb.conjuncts)
    # A name, not a common noun the tagger took for one ("Farms in Uiju County").
    return not on_a_visit and any(
        (s.ent_type_ == "PERSON" and s.pos_ == "PROPN") or s.lower_ in PERSON_SUBJECT_PRONOUNS
        for s in heads
    )


def _demanded_by_crowd(verb: Token) -> bool:
    """The verb has a thing for its object, no clause saying what someone is to do, and a
    subject the text gives no authority ("the people ordered the impeachment of Yoon")."""
    stated = _stated_subjects(verb)
    # "tasks decided and assigned by the Congress": the issuer is the agent, not a subject.
    active = not is_passive(verb) and not children(verb, "agent")
    return (
        active
        and bool(stated)
        and not any(_has_authority(s) for s in stated)
        # A participle after it says what came of it, not what anyone is to do: "the
        # combined forces command further escalating the situation" (a noun read as a verb).
        and all(c.tag_ == "VBG" for c in children(verb, "xcomp", "ccomp"))
        and not any(_can_speak(o) for o in children(verb, "dobj", "dative"))
    )


def _signed_between(verb: Token) -> bool:
    """A document signed by parties named together, or with another ("the U.S. and the ROK
    signed the guidelines", "signed an agreement with"), binds them both and directs no one."""
    if verb.lemma_.casefold() not in lexicon.words("agreement_verbs"):
        return False
    parties = [c for s in _stated_subjects(verb) for c in s.conjuncts]
    # The parser hangs "with" on the verb or on the document.
    signed = [verb, *children(verb, "dobj")]
    return bool(parties or any(prepositional_objects(t, frozenset({"with"})) for t in signed))


def is_directive_speech(token: Token) -> bool:
    """Stressing "the need" to do something ("he stressed the need to modernize ...")."""
    if token.pos_ != "VERB":
        return False
    lemma = token.lemma_.casefold()
    pairs = lexicon.pairs("directive_speech")
    # "An article stresses the need ...", "the grave reality stresses the need ...": what no
    # one with authority says directs no one.
    # Its own subject only: "The construction has become a pressing task, he said, and
    # stressed the need ..." is parsed with the construction as the subject it shares.
    return any((lemma, o.lemma_.casefold()) in pairs for o in children(token, "dobj")) and all(
        _has_authority(s) for s in children(token, "nsubj")
    )


def is_clause_order(token: Token) -> bool:
    """Telling, urging or appealing to someone to do something ("told the schoolchildren to
    study harder", "appealed to the farmers to finish the sowing"), or seeing to it that
    something is done."""
    lemma = token.lemma_.casefold()
    urging = lemma in lexicon.words("urging_verbs")
    if _sees_to_it(token):
        return True
    if token.pos_ != "VERB" or not (lemma in lexicon.words("order_clause_verbs") or urging):
        return False
    # Found once: an urging verb's speakers are tested first, any other's last.
    speakers = _appeal_speakers(token) if urging else None
    if speakers is not None and not all(_governs(s) for s in speakers):
        return False
    if _no_directive(token) or not _addressed(token) or not children(token, "xcomp"):
        return False
    if speakers is None:
        speakers = _appeal_speakers(token)
    # "cards encouraging them to make successes", "conduct education to encourage the youth
    # to", "we should encourage them to": telling or urging by no one stated, only as a
    # purpose or only as due, orders no one, unless the work it was the purpose of was a
    # governing body's, told as done.
    urged = (bool(speakers) and not _infinitive(token)) or _urged_by_work(token)
    return urged and not _obliged(token)


def _urged_by_work(verb: Token) -> bool:
    """Urging that a body's or a leader's work, told as done, was for ("the farm conducted
    political work to encourage the farmers to turn out in the harvest"): the body urged
    those under it through that work. Work whose doer is not stated, or is not one that
    governs ("conduct education to encourage the youth to", "the youth league organizations
    conduct lectures to encourage"), urges no one the text says they lead."""
    causers = _causers(verb)
    return (
        verb.tag_ == "VB"
        and verb.dep_ == "advcl"
        and _told_as_done(verb)
        and bool(causers)
        and all(_governs(s) and (_directing_body(s) or _is_person(s)) for s in causers)
    )


def _governs(speaker: Token) -> bool:
    """The speaker may govern those it urges: someone named or pointed at, a title, the
    authorities, a government or an administration ("the county", "the government"); not a
    body named by a common noun that only agitates (a mass organisation's committee)."""
    return (
        speaker.pos_ != "NOUN"
        or bool(speaker.ent_type_)
        or _in_lexicons(
            speaker,
            "titles",
            "authority_nouns",
            "people_bodies",
            "division_heads",
            "meeting_speakers",
        )
    )


def _sees_to_it(token: Token) -> bool:
    """ "He saw to it that a model pharmacy was built", "made sure that it was built": the
    clause is what he had done. A body, or a person, that sees to it, makes sure or ensures
    that people or units under it act ("the province ensures that the members acquire
    skills") directs them."""
    if token.pos_ != "VERB":
        return False
    clause = _clause_seen_to(token)
    if clause is None:
        return False
    causers = _causers(token)
    # A person's act, told as done: "the mill has made sure that equipment is operated" is
    # its own work, and "led them to make sure" reports no act of his.
    if (
        token.tag_ in {"VBD", "VBZ"}
        and token.lemma_.casefold() not in lexicon.words("ensuring_verbs")
        and any(_is_person(s) for s in causers)
    ):
        return True
    return (
        any(_is_person(s) or _directing_body(s) for s in causers)
        and bool(_agents_seen_to(clause))
        and _told_as_done(token)
    )


def _clause_seen_to(token: Token) -> Token | None:
    """The clause a verb of seeing to it governs: after "to it", after "sure", or right on an
    ensuring verb."""
    lemma = token.lemma_.casefold()
    if lemma in lexicon.words("ensuring_verbs"):
        return next(iter(children(token, "ccomp")), None)
    pairs = lexicon.pairs("seeing_to_verbs")
    for child in token.children:
        if (lemma, child.lower_) not in pairs:
            continue
        # The clause hangs on the verb after "to it", on the adjective after "sure" or, in a
        # present tense, on the verb again.
        if child.pos_ == "ADP" and any(o.lower_ == "it" for o in children(child, "pobj")):
            return next(iter(children(token, "ccomp")), None)
        if child.pos_ == "ADJ":
            return next(iter(children(child, "ccomp") or children(token, "ccomp")), None)
    return None


def _governing_verb(token: Token) -> Token | None:
    """The verb an infinitive or gerund of purpose serves ("conducted political work to ensure
    that", "is directing efforts to ensuring that"), whose subject does what it says."""
    head = token.head
    if token.dep_ == "pcomp" and head.dep_ == "prep" and head.head.pos_ in {"VERB", "AUX"}:
        return head.head
    if token.dep_ in {"advcl", "xcomp"} and token.tag_ in {"VB", "VBG"} and head.pos_ == "VERB":
        return head
    return None


def _causers(token: Token) -> list[Token]:
    """Who sees to it: the verb's own subject, "who" standing for the person named right
    before it, or the subject of the verb its purpose serves."""
    governing = None if _stated_subjects(token) else _governing_verb(token)
    stated = _stated_subjects(governing or token)
    # "the efforts made by Kim Jong Un who made sure that ...": "who" stands for the person
    # named right before it, wherever the parser hangs its clause.
    return stated + [
        token.doc[s.i - 1] for s in stated if s.lower_ in RELATIVE_PRONOUNS and s.i > 0
    ]


def _directing_body(subject: Token) -> bool:
    """A body, an authority or a local administration ("the construction headquarters", "the
    province", "the Agricultural Commission"), which may direct those under it."""
    if subject.pos_ == "PROPN" and subject.ent_type_ == "ORG":
        return True
    return subject.pos_ in {"NOUN", "PROPN"} and _in_lexicons(
        subject, "deciding_bodies", "group_bodies", "authority_nouns", "division_heads"
    )


def _in_lexicons(token: Token, *names: str) -> bool:
    """The token's lemma or its own form is in one of the named word lists: a list may hold a
    plural that the lemma loses ("authorities")."""
    lemma = token.lemma_.casefold()
    return any(
        lemma in lexicon.words(name) or token.lower_ in lexicon.words(name) for name in names
    )


def _agents_seen_to(clause: Token | None) -> list[Token]:
    """Those the clause seen to says are to act: people, units or bodies as the subject of an
    active clause ("that all the construction units conduct the review"); a clause in the
    passive ("that equipment is operated"), of things ("that the feats shine") or of what
    people gain ("that the flood victims enjoy care") directs no one."""
    if clause is None:
        return []
    people = lexicon.words("group_heads") | lexicon.words("group_bodies")
    people_or_divisions = people | lexicon.words("division_heads")
    return [
        s
        for c in (clause, *clause.conjuncts)
        if not is_passive(c) and c.lemma_.casefold() not in lexicon.words("benefiting_verbs")
        for s in subjects(c)
        if s.lower_ in people
        or s.lemma_.casefold() in people_or_divisions
        or (s.pos_ == "PROPN" and s.ent_type_ in {"ORG", "PERSON"})
    ]


def _told_as_done(token: Token) -> bool:
    """The seeing to it is told as done ("ensures", "has ensured", "is directing efforts to
    ensuring"), not as wished, planned or conditional ("should ensure", "if it ensures")."""
    verb = _governing_verb(token) if token.tag_ in {"VB", "VBG"} else token
    if verb is None or _conditional(token) or _conditional(verb):
        return False
    auxiliaries = [c for c in verb.children if c.dep_ in {"aux", "auxpass"}]
    if any(a.tag_ == "MD" or a.lower_ == "to" for a in auxiliaries):
        return False
    return verb.tag_ in {"VBD", "VBZ", "VBP"} or any(
        a.lemma_ in {"be", "have"} and a.tag_ in {"VBZ", "VBP", "VBD"} for a in auxiliaries
    )


def _seen_to(clause: Token) -> bool:
    """The clause is what someone saw to or made sure of ("made sure that important
    decisions were adopted"): the order is the seeing to it, not a second one in the clause."""
    if clause.dep_ != "ccomp":
        return False
    head = clause.head
    verb = head.head if head.pos_ in {"ADP", "ADJ"} else head
    return verb.pos_ == "VERB" and _sees_to_it(verb)


def _is_person(token: Token) -> bool:
    """Someone named, "he" or "she", or a title ("the General Secretary")."""
    return (
        token.ent_type_ == "PERSON"
        or token.lower_ in PERSON_SUBJECT_PRONOUNS
        or token.lemma_.casefold() in lexicon.words("titles")
    )


def is_body_decision(token: Token) -> bool:
    """A body deciding something ("the General Staff decided to keep the units ready"): a
    person who decides only makes up their mind."""
    if token.pos_ != "VERB":
        return False
    if token.lemma_.casefold() in lexicon.words("ruling_verbs"):
        return _judged(token)
    if token.lemma_.casefold() not in lexicon.words("decision_verbs"):
        return _body_enacting(token)
    # "the government is doing all it can to resolve the shortage": a purpose, not a decision.
    if _infinitive(token):
        return False
    return _body_among(subjects(token), lexicon.words("deciding_bodies"))


def _body_among(heads: list[Token], bodies: frozenset[str]) -> bool:
    """One of the subjects is a body: a common noun of `bodies` or a name not of a person."""
    return any(
        s.lemma_.casefold() in bodies or (s.pos_ == "PROPN" and s.ent_type_ not in NOT_BODIES)
        for s in heads
    )


def _body_enacting(verb: Token) -> bool:
    """A body approving, ratifying or voting for something, or ruling that something is so
    ("the lower house approved the enlargement", "the INS ruled that only the father may
    speak"), told as done: a binding decision. What is only planned ("agreed to approve",
    "should ratify") decides nothing yet."""
    markers = _enacting_markers().get(verb.lemma_.casefold())
    if not markers or _infinitive(verb) or _obliged(verb) or _conditional(verb):
        return False
    # "the jury ruled that ...": a court's or a jury's ruling binds the parties before it. A
    # company's approval is its board's decision ("a program approved by the company"), as a
    # company's named ("approved by Nashua").
    bodies = lexicon.union(
        "deciding_bodies", "legislature_nouns", "judging_bodies", "company_nouns"
    )
    if "dobj" in markers and (is_passive(verb) or _participle(verb)):
        # "a plan approved by the cabinet", "the move was approved at a shareholders'
        # meeting": what was enacted is what the participle tells of, by whom or where.
        enactors = prepositional_objects(verb, BY) + _meeting_bodies(verb)
        return _body_among(enactors, bodies)
    enacted = any(
        c.dep_ in markers
        or (
            c.dep_ == "prep"
            and (c.lower_ in markers or any(o.lemma_.casefold() in markers for o in c.children))
        )
        for c in verb.children
    )
    return enacted and _body_among(_stated_subjects(verb), bodies)


def _all_judges(heads: list[Token]) -> bool:
    """Every head is a court, a judge or a regulator ("the court", "the high court")."""
    return bool(heads) and all(_in_lexicons(h, "judging_bodies") for h in heads)


def _judged(verb: Token) -> bool:
    """A court or a regulator disposing of what is before it, told as done ("the court upheld
    the law", "the purchase, rejected by regulators"): who else upholds or rejects something
    only holds to it or refuses it."""
    if _infinitive(verb) or _obliged(verb) or _conditional(verb):
        return False
    passive = is_passive(verb) or _participle(verb)
    judges = prepositional_objects(verb, BY) if passive else _stated_subjects(verb)
    disposed = passive or bool(children(verb, "dobj"))
    return disposed and any(_in_lexicons(j, "judging_bodies") for j in judges)


@functools.cache
def _enacting_markers() -> Mapping[str, frozenset[str]]:
    """`enacting_verbs` by verb, read once: `_body_enacting` asks of every verb of the article
    that decides nothing."""
    markers: dict[str, set[str]] = {}
    for verb, marker in lexicon.pairs("enacting_verbs"):
        markers.setdefault(verb, set()).add(marker)
    return MappingProxyType({verb: frozenset(found) for verb, found in markers.items()})


def obligation_speaker(token: Token) -> Token | None:
    """The reporting verb whose speaker an obligation clause quotes ("he said they should")."""
    if doc_pos(token.doc)[token.i] not in {"VERB", "AUX"}:
        return None
    # "said that the seed is the main in farming and officials should think this problem
    # first": a clause joined to the one reported is reported by the same verb.
    clause = token
    while clause.dep_ == "conj":
        clause = clause.head
    head = _complemented(clause)
    if head is None:
        return None
    words = lexicon.words("obligation_words")
    mandating = head.lemma_.casefold() in lexicon.words("mandating_verbs")
    obliged = (
        _obliged(token)
        or any(c.dep_ == "acomp" and c.lower_ in words for c in token.children)
        or _task_to_do(token)
        or _needed(token, words)
        or (mandating and _subjunctive(token))
    )
    if not obliged:  # most clauses: the questions below are not asked
        return None
    # "they must have been greatly moved": an inference about the past, not a directive.
    inferred = any(c.dep_ == "aux" and c.lemma_ == "have" for c in token.children)
    inferred = inferred or _predicted(token)
    reporting = head.pos_ == "VERB" and (
        mandating or head.lemma_.casefold() in lexicon.union("reporting_verbs", "exhorting_verbs")
    )
    # "the U.S. is claiming that emergency measures are necessary": what a speaker is said to
    # claim is disputed, not directed.
    disputed = head.lemma_.casefold() in lexicon.words("disputing_verbs")
    if inferred or not reporting or disputed or _published(head):
        return None
    # Only someone can direct: "the situation indicates that the work should be ..." is an
    # assessment, not a directive; nor does "it" (an appeal, an article: "The world
    # progressives should join ..., it stressed") direct its readers.
    speakers = subjects(head)
    # "the General Secretary went into the site, saying that he should go into any place",
    # "Officials sent clothes to disaster areas, saying that they should take the lead": what
    # speakers say they themselves should do is their resolve, not a directive.
    own = [s.lower_ for s in subjects(token)]
    if (any(s in SELF_PRONOUNS for s in own) and any(_is_person(s) for s in speakers)) or (
        "they" in own and bool(speakers) and all(_plural(s) for s in speakers)
    ):
        return None
    # "Yoon should be ousted", "the Yoon puppet clans should not run amuck", "Japan should
    # apologize": what a named person or country should do or suffer is a demand on another
    # party, which the speaker does not lead.
    if any(_names_a_party(s) for s in subjects(token)):
        return None
    # "Yoon should be ousted, they stressed", "such action should never be allowed, they
    # said": speakers named only as many (those at a rally or a meeting) voice an opinion.
    if speakers and all(s.lower_ == "they" for s in speakers):
        return None
    return head if any(_can_speak(s) and s.lower_ != "it" for s in speakers) else None


def _subjunctive(verb: Token) -> bool:
    """A "that" clause in the bare form with its own subject ("advised that the brush be
    placed in the middle"): what is to be done, as "should" would say."""
    marked = any(c.dep_ == "mark" and c.lower_ == "that" for c in verb.children)
    auxiliaries = children(verb, "aux", "auxpass")
    bare = verb.tag_ == "VB" if not auxiliaries else auxiliaries[0].tag_ == "VB"
    return (
        marked
        and bare
        and bool(children(verb, "nsubj", "nsubjpass"))
        and not any(a.tag_ == "MD" or a.lower_ == "to" for a in auxiliaries)
    )


def _predicted(verb: Token) -> bool:
    """ "Should" that tells what is likely, not what someone is to do: in the progressive
    ("we should not be seeing any more"), or with a verb of change whose subject names no one
    who can act ("the firm's profitability should increase", "prices should fall")."""
    if verb.tag_ == "VBG" and any(c.dep_ == "aux" and c.lemma_ == "be" for c in verb.children):
        return True
    if verb.lemma_.casefold() not in lexicon.words("change_verbs") or is_passive(verb):
        return False
    heads = subjects(verb)
    return bool(heads) and not any(
        h.pos_ in {"PROPN", "PRON"}
        or h.ent_type_
        or _in_lexicons(h, "titles", "group_heads", "deciding_bodies", "authority_nouns")
        for h in heads
    )


def _names_a_party(subject: Token) -> bool:
    """The subject is a person or a country by name, or a noun a name of one qualifies ("the
    Yoon Suk Yeol puppet clans")."""
    return subject.ent_type_ in NOT_BODIES or any(
        c.dep_ in NAME_MODIFIER_DEPS and c.ent_type_ in NOT_BODIES for c in subject.children
    )


def _names_a_person(ctx: Context, heads: list[Token]) -> bool:
    """A subject a person's name qualifies that the model tagged as a body's ("The Yoon Suk
    Yeol" of "The Yoon Suk Yeol puppet clans should not run amuck"), which the entities read
    as the person's: like `_names_a_party`, a demand on another party."""
    return any(
        entities_of(ctx.entities, [c], EntityKind.PERSON)
        for head in heads
        for c in head.children
        if c.dep_ in NAME_MODIFIER_DEPS and c.tag_ == "NNP"
    )


def _published(verb: Token) -> bool:
    """The verb says something in a piece a newspaper publishes, or the piece says it ("says
    in an editorial", "an article says")."""
    pieces = lexicon.words("publication_nouns")
    return any(
        t.lemma_.casefold() in pieces
        for t in [*prepositional_objects(verb, frozenset({"in"})), *children(verb, "nsubj")]
    )


def _complemented(clause: Token) -> Token | None:
    """The verb whose "that" clause the clause is. The parser may hang a "that" clause after a
    phrase on the phrase's last noun ("said in an important speech on the national day that
    urgent efforts should be made"): a relative clause has no "that" of its own beside its
    subject, so the clause belongs to the verb the phrase hangs on."""
    if clause.dep_ == "ccomp":
        return clause.head
    if clause.dep_ not in {"relcl", "acl"} or not any(
        c.dep_ == "mark" and c.lower_ == "that" for c in clause.children
    ):
        return None
    token = clause.head
    while token.dep_ == "pobj" and token.head.dep_ == "prep":
        token = token.head.head
        if token.pos_ == "VERB":
            return token
    return None


def _plural(subject: Token) -> bool:
    return subject.lower_ == "they" or subject.tag_ in {"NNS", "NNPS"}


def _actors(ctx: Context, verb: Token, heads: list[Token]) -> list[Token]:
    """The subjects who are to act: of a passive clause, only people ("all people in the
    county should be mobilized"); what "should be built" or "should be used" (the mill, the
    rink) is what is to be done, not who is to do it."""
    if not is_passive(verb):
        return heads
    people = (EntityKind.PERSON, EntityKind.GROUP)
    return [h for h in heads if entities_of(ctx.entities, [h], *people)]


def _obliged(verb: Token) -> bool:
    """ "Should" or "must" says the subject is to act ("they should adopt measures")."""
    return any(
        c.dep_ == "aux" and c.lower_ in lexicon.words("obligation_words") for c in verb.children
    )


def _shares_obligation(verb: Token) -> bool:
    """The verb, or one it is coordinated with and shares its subject with, says the subject
    is to act ("the Cabinet should learn about ... and take a decisive measure")."""
    while not _obliged(verb):
        if verb.dep_ != "conj" or children(verb, "nsubj", "nsubjpass"):
            return False
        verb = verb.head
    return True


def _needed(token: Token, words: frozenset[str]) -> bool:
    """ "It is needed to count the harvest", as "it is necessary to": the passive of a
    verb of need with "it" for its subject and the act for its complement."""
    return (
        token.lower_ in words
        and is_passive(token)
        and any(s.lower_ == "it" for s in children(token, "nsubjpass"))
        and bool(children(token, "xcomp"))
    )


def _task_to_do(token: Token) -> bool:
    """ "It is an urgent task to build ...": a clause saying what is to be done."""
    nouns = lexicon.words("obligation_nouns")
    return (
        token.lemma_ == "be"
        and any(c.dep_ == "nsubj" and c.lower_ == "it" for c in token.children)
        and any(c.dep_ == "attr" and c.lemma_.casefold() in nouns for c in token.children)
    )


def _stated_subjects(verb: Token) -> list[Token]:
    """The subjects the verb's own clause, or the verb it is coordinated with, states: not one
    inherited from a clause the parser may have wrongly hung it on."""
    while verb.dep_ == "conj" and not children(verb, "nsubj"):
        verb = verb.head
    return [t for s in own_subjects(verb, NOMINAL_SUBJECT) for t in with_conjuncts(s)]


def _has_authority(subject: Token) -> bool:
    """The subject of an appeal may direct: someone named, a title, a body, the authorities,
    or an order itself ("the directive urged"); not other common nouns ("the war veterans
    asked the officials"),
    nor "it" or "this", which stand for a thing ("It also calls for developing the weapons",
    "This is just bombast urging the DPRK to ...")."""
    if subject.lower_ in THING_PRONOUNS:
        return False
    if subject.pos_ == "NOUN" and not subject.ent_type_:
        return _in_lexicons(
            subject,
            "titles",
            "deciding_bodies",
            "group_bodies",
            "authority_nouns",
            "order_nouns",
            "meeting_speakers",
        )
    return True


def _can_speak(token: Token) -> bool:
    """The token names someone: a name, a personal pronoun, a title or a group of people."""
    if token.pos_ in {"PROPN", "PRON"} or token.ent_type_:
        return True
    lemma = token.lemma_.casefold()
    return lemma in lexicon.words("titles") or token.lower_ in lexicon.words("group_heads")


def _reported_by(verb: Token) -> list[Token]:
    """The speaker of a parenthetical "he said" beside the verb's clause ("... has become a
    pressing task, he said, and stressed the need to ...")."""
    top = verb
    while top.dep_ == "conj":
        top = top.head
    reporting = lexicon.words("reporting_verbs")
    for child in top.children:
        if child.dep_ == "parataxis" and child.lemma_.casefold() in reporting:
            return subjects(child)
    return []


class TriggerKind(StrEnum):
    """The kind of trigger an order is found through, as `order_confidence.tsv` names it: how
    often such orders are right."""

    OBLIGATION = "obligation"
    ANAPHORIC = "anaphoric"
    VERB = "verb"
    LIGHT = "light"
    SPEECH = "speech"
    DECISION = "decision"
    CLAUSE = "clause"
    NOUN = "noun"


def order_trigger_kind(token: Token) -> TriggerKind | None:
    """The kind of trigger that makes the verb an order, or None. A verb may be a trigger of
    several kinds; the first asked wins: what a speaker says should be done, then a verb whose
    subject is an order told of before, then the verb itself."""
    # Events, statements and orders each ask this of the same verbs.
    return asked_once(token, "order trigger kind", _trigger_kind)


def _trigger_kind(token: Token) -> TriggerKind | None:
    speaker = obligation_speaker(token)
    if speaker is not None:
        # "urged Albright to tell Americans that they should continue": a telling only
        # asked for tells no one yet.
        return None if intended(speaker) else TriggerKind.OBLIGATION
    if (
        token.pos_ == "VERB"
        and any(is_order_noun(s) for s in subjects(token))
        and not _describes_a_document(token)
        and not _joined_to_a_description(token)
        and not said_of_an_order_told(token)
    ):
        return TriggerKind.ANAPHORIC
    if is_order_verb(token) or is_entrusting(token):
        return TriggerKind.VERB
    if is_light_order(token):
        return TriggerKind.LIGHT
    if is_directive_speech(token):
        return TriggerKind.SPEECH
    if is_body_decision(token):
        return TriggerKind.DECISION
    return TriggerKind.CLAUSE if is_clause_order(token) else None


def _describes_a_document(verb: Token) -> bool:
    """A verb of which an order noun is the subject, in the passive or describing it, that
    tells of a document but gives no order: "a resolution was read out", "a resolution
    supporting their struggle". A verb of issuing gives it ("an order was issued"), and so does
    what it says to do ("a deliberate decision to ratchet up a campaign")."""
    describing = is_passive(verb) or verb.dep_ == "acl"
    content = verb.dep_ == "acl" and _infinitive(verb)
    return describing and not content and not is_light_order(verb)


def _joined_to_a_description(verb: Token) -> bool:
    """A gerund the parser joined to the participle describing an order noun ("implementing
    the decisions made at the Congress and building a socialist power"): it goes on from the
    verb before the noun, and is nothing the order says to do."""
    return (
        verb.tag_ == "VBG"
        and verb.dep_ == "conj"
        and verb.head.dep_ == "acl"
        and verb.head.tag_ == "VBN"
        and is_order_noun(verb.head.head)
    )


def said_of_an_order_told(verb: Token) -> bool:
    """A verb said of an order noun that tells its order in full with its own infinitive
    ("The cabinet's decision to raise taxes angered farmers"): the infinitive gives the order,
    and the verb tells what came of it, not whom the order told (not "farmers"). The
    infinitive itself, and a verb telling someone to do more ("the decision to raise taxes
    obliges firms to pay more"), are still read. Events leave the verb alone too: it was never
    an action of its own but the order's sequel, read through the order noun."""
    if verb.dep_ == "acl" or _infinitive(verb) or children(verb, "xcomp", "ccomp"):
        return False
    nouns = [s for s in subjects(verb) if is_order_noun(s)]
    return bool(nouns) and all(
        any(c.dep_ == "acl" and _infinitive(c) for c in n.children) for n in nouns
    )


def is_order_trigger(token: Token) -> bool:
    """True for every verb this extractor reads as an order (so others can leave it alone)."""
    return order_trigger_kind(token) is not None


@dataclass(frozen=True, slots=True)
class OrderMention:
    """One sentence's description of an order."""

    trigger: Token
    evidence: Mention
    agent: Entity | None
    recipients: tuple[Entity, ...]
    instruction: str | None
    time: TimeExpression | None
    time_confidence: Decimal | None
    place: Entity | None
    sources: tuple[Source, ...]
    anaphoric: bool
    modality: Modality
    kind: TriggerKind
    # Issuers named beside the first ("the Ministry ... and the General Staff ... gave").
    co_agents: tuple[Entity, ...] = ()
    # The issuer is whom the subject stands for ("They stressed ..."): speakers going on
    # point by point, each sentence an order of its own.
    referred: bool = False


@dataclass(slots=True)
class _Cluster:
    mentions: list[OrderMention] = field(default_factory=list)

    @property
    def agent(self) -> Entity | None:
        return next((m.agent for m in self.mentions if m.agent is not None), None)

    @property
    def dated(self) -> OrderMention | None:
        """The mention that best dates the order: attached to it, naming a day, first."""
        dated = [m for m in self.mentions if m.time is not None and m.time_confidence]
        dated.sort(key=lambda m: (-(m.time_confidence or 0), m.time is None or not m.time.day))
        return dated[0] if dated else None

    @property
    def time(self) -> TimeExpression | None:
        """The day the order was given, as stated beside one of its mentions."""
        dated = self.dated
        attached = dated is not None and dated.time_confidence == ATTACHED
        return dated.time if dated is not None and attached else None


def _text(tokens: list[Token]) -> str | None:
    if not tokens:
        return None
    doc = tokens[0].doc
    start = min(t.left_edge.i for t in tokens)
    end = max(t.right_edge.i for t in tokens) + 1
    table = doc_tokens(doc)
    while start < end and (table[start].is_punct or table[start].text in QUOTES):
        start += 1
    while end > start and (table[end - 1].is_punct or table[end - 1].text in QUOTES):
        end -= 1
    return tokens_text(doc, start, end) if end > start else None


def _instruction(verb: Token) -> str | None:
    """What was ordered: the clause or phrase the order verb governs."""
    # Not `is_body_decision` again: that asks `_judged` of ruling verbs only and
    # `_body_enacting` of verbs neither ruling nor deciding, this of every order verb.
    if _judged(verb):
        # "dismissed the cases" and "upheld the cases" rule opposite ways: the verb is the ruling.
        objects = children(verb, "dobj")
        end = objects[0].right_edge.i if objects else verb.i
        return verb.doc[verb.i : end + 1].text
    if (is_passive(verb) or _participle(verb)) and _body_enacting(verb):
        # "the treaty was ratified by the parliament": what was enacted is its subject.
        return _text(subjects(verb)[:1])
    tasks = _entrusted_tasks(verb)
    if tasks:
        # "charged the inspectors with verifying | that ...": the task, and its clause.
        clause = children(verb, "ccomp") if _bare_gerund(tasks[0]) else []
        return _text([tasks[0], *clause])
    # "made sure that decisions were adopted": the clause hangs on the adjective.
    clause = children(verb, "xcomp", "ccomp") or [
        c for a in children(verb, "acomp") for c in children(a, "ccomp")
    ]
    if clause:
        # "authorised certain operations to be undertaken": the object of a passive clause is
        # what it is to do, not whom it tells.
        done = children(verb, "dobj")[:1] if is_passive(clause[0]) else []
        return _text([*done, clause[0]])
    for prep in lexicon.entries("instruction_prepositions"):
        objects = [
            p
            for p in verb.children
            if p.dep_ == "prep"
            and prep in _preposition_words(p)
            # "voted in favor of a charter on Friday": a date says when, not what.
            and any(o.ent_type_ not in {"DATE", "TIME"} for o in p.children)
        ]
        if objects:
            return _text(_continued(verb, list(objects[0].children)))
    objects = children(verb, "dobj")
    if objects and _measures_taken(verb):
        # "took an important step | to make the inhabitants come": what the step is for.
        return _text([objects[0], *_infinitive_after(objects[0])])
    if objects:
        return _text(objects[:1])
    if is_passive(verb) or _participle(verb):
        # "the tasks and plans decided and assigned by the Congress": an order told in the
        # passive, with no clause or object of its own, orders what it is said of. Only a
        # directive ("the goal", "the tasks"): "officials were instructed" names whom it told.
        told = subjects(verb)[:1]
        return _text(told) if told and _in_lexicons(told[0], *DIRECTIVE_NOUNS) else None
    return None


def _preposition_words(prep: Token) -> set[str]:
    """The preposition, and with its object the compound one it opens ("in favor" of "voted
    in favor of the inclusion")."""
    return {prep.lower_, *(f"{prep.lower_} {o.lower_}" for o in children(prep, "pobj"))}


def _continued(verb: Token, tokens: list[Token]) -> list[Token]:
    """The phrase and a participle the parser split from it and hung on the verb, right after
    it ("called for encouraging cage-net fish | farming on a large scale")."""
    end = max(t.right_edge.i for t in tokens)
    return tokens + [
        c for c in children(verb, "advcl") if c.tag_ == "VBG" and c.left_edge.i == end + 1
    ]


def _about(verb: Token, noun: Token) -> list[Token]:
    """What the directive a light verb gives is about, when the parser hung the phrase on the
    verb ("gave instructions | on improving the mechanization", "issued a decree | on
    conferring the title"); not a date ("on June 10")."""
    return [
        p
        for p in children(verb, "prep")
        if verb.i < noun.i < p.i
        and p.lower_ in lexicon.words("instruction_prepositions")
        and any(o.ent_type_ not in {"DATE", "TIME"} for o in children(p, "pobj", "pcomp"))
    ]


def _noun_instruction(noun: Token) -> str | None:
    complements = [c for c in noun.children if c.dep_ in {"acl", "relcl"} or c.lower_ == "on"]
    return _text(complements[:1])


def _mention_of_verb(
    doc: Doc, verb: Token, ctx: Context, kind: TriggerKind, anaphoric_subject: bool
) -> OrderMention:
    index = ctx.entities
    subject_heads = subjects(verb)
    speaker = obligation_speaker(verb)
    if speaker is not None:
        agent_heads = subjects(speaker)
        # "he told officials that ... they should make time": whom the speaker told.
        recipient_heads = [
            *_actors(ctx, verb, subject_heads or _stranded_subject(verb)),
            *children(speaker, "dobj", "dative"),
            *prepositional_objects(speaker, frozenset({"to"})),
        ]
    elif is_passive(verb) or _participle(verb):
        # "tasks decided and assigned by the Congress": coordinated participles share the agent.
        agent_heads = [
            agent
            for participle in (verb, *verb.conjuncts)
            for agent in prepositional_objects(participle, BY)
        ] or _meeting_bodies(verb)
        recipient_heads = subject_heads
        if verb.dep_ == "acl":
            recipient_heads = [*recipient_heads, *_implementers(verb.head)]
    elif _shares_obligation(verb) and not anaphoric_subject:
        # "Regional Party organizations should adopt prompt measures", in a speech: who
        # should act is told to, by whoever says so.
        agent_heads = _reported_by(verb)
        recipient_heads = subject_heads
    else:
        agent_heads = [] if anaphoric_subject else subject_heads
        recipient_heads = children(verb, "dobj", "dative")
    # Not the "it" of "sees to it that the cities and counties supply ...", which stands for
    # the clause: those it names are to act (below).
    recipient_heads += [
        t
        for t in prepositional_objects(verb, ADDRESS_PREPOSITIONS)
        if t.lower_ != "it" or _clause_seen_to(verb) is None
    ]
    if _measures_taken(verb):
        # "took an important step to make the inhabitants come to Pyongyang": who is to act.
        recipient_heads += [
            s
            for o in children(verb, "dobj")
            for purpose in _infinitive_after(o)
            for clause in children(purpose, "ccomp", "xcomp")
            for s in subjects(clause)
        ]
    if not recipient_heads and is_body_decision(verb):
        # "decided to keep the artillery units in full combat readiness": whom it binds.
        recipient_heads = [
            o for clause in children(verb, "xcomp") for o in children(clause, "dobj")
        ]
    if not recipient_heads and _sees_to_it(verb):
        # "the province ensures that the members acquire skills": who is to act.
        recipient_heads = _agents_seen_to(_clause_seen_to(verb))
        # "the commission is directing efforts to ensuring that ...": whose efforts they are.
        agent_heads = agent_heads or _causers(verb)
    if not recipient_heads and is_order_verb(verb):
        # "instructed that commercial workers should visit ...": who is to do it, also in a
        # clause coordinated with the first ("that ... it is necessary to visit their houses
        # and commercial workers should become ...").
        recipient_heads = [
            s
            for clause in children(verb, "ccomp")
            for c in (clause, *clause.conjuncts)
            for s in _actors(ctx, c, subjects(c)) or _stranded_subject(c)
        ]
    if is_directive_speech(verb):
        # "stressed the need for officials to pay deep attention": who is to do it.
        recipient_heads += [s for need in children(verb, "dobj") for s in _for_whom(need)]
    issuers = _issuers(ctx, agent_heads)
    if all(i.kind is EntityKind.GROUP for i in issuers) and _all_judges(agent_heads):
        # "the court upheld" after "the Supreme Court": the definite noun is the court named
        # before, not a group of its own. Not so for every body: "the government" of a story
        # about two countries is not always the last one named.
        issuers = _bodies_named_before(ctx, agent_heads) or issuers
    stood_for = () if issuers else _standing_for(index, agent_heads)
    agents = issuers or stood_for
    if not agents and not anaphoric_subject:
        # "The province ensures that ...", "The company adopted a plan": the body named before.
        agents = _bodies_named_before(ctx, agent_heads) or _unnamed_bodies(ctx, agent_heads)
    if anaphoric_subject:
        agents = agents or _possessor(ctx, subject_heads)
    elif not agents and speaker is None and not is_passive(verb):
        # A long sentence's parse may hang the verb on the wrong clause ("He oversaw rifles
        # developed by the Academy and set forth tasks"): the sentence's subject speaks.
        agents = (
            entities_of(index, _unmarked_subjects(verb), *ACTORS)
            or _issuers(ctx, _reported_by(verb))
            or entities_of(index, subjects(verb.sent.root), EntityKind.PERSON)
        )
    # A person or body issues an order before a country named beside them: "the U.S. and its
    # followers' moves,\nKim Jong Un clarified" is a parse across a broken line.
    agents = tuple(sorted(agents, key=lambda agent: agent.kind is EntityKind.PLACE))
    instruction = _instruction(verb)
    # "he stressed that the academy should implement the idea in the future": the speaker's
    # words are dated by when he spoke, not by when what he asks is to be done.
    time, time_confidence = ctx.dated(verb if speaker is None else speaker)
    if _naming_its_noun(verb) and time_confidence != ATTACHED:
        # "the goal set forth by the Eighth Congress", recalled in passing: the day the
        # article tells of is not the day the goal was set.
        time, time_confidence = None, None
    noun = _directive_object(verb) if is_light_order(verb) else None
    if noun is not None:
        # "issued an order to the units", "set forth the tasks for the factory", "the tasks
        # facing the factory"
        recipient_heads += prepositional_objects(noun, frozenset({"to"})) + _for_whom(noun)
        # "set forth tasks for the Ministry of Agriculture to implement", parsed with "for" on
        # the verb.
        recipient_heads += prepositional_objects(verb, FOR)
        recipient_heads += [
            o
            for a in children(noun, "acl")
            if a.lemma_.casefold() in lexicon.words("facing_verbs")
            for o in children(a, "dobj")
        ]
        # "set forth the construction of factories as an important task": what is to be done
        # is the object the task is made of.
        # "issued a decree on conferring the title ... on exemplary units": whom it concerns.
        recipient_heads += _conferred_on([verb, noun])
        role = noun.dep_ == "pobj" and noun.head.lower_ == "as"
        named = children(verb, "dobj") if role else []
        instruction = _text([*named, noun, *_infinitive_after(noun), *_about(verb, noun)])
        instruction = instruction or _quote(verb)
    elif speaker is not None:
        instruction = _text([*_clause_joined(verb), verb])
    speech = speaker is not None or is_directive_speech(verb) or noun is not None
    return OrderMention(
        trigger=verb,
        evidence=ctx.mention(verb.sent),
        agent=agents[0] if agents else None,
        recipients=(
            _recipients(ctx, _with_stray_conjuncts(recipient_heads))
            + _places_addressed(ctx, verb, kind)
        )
        or (_recipients(ctx, _visited(verb)) if noun is not None else ())
        or (_recipients(ctx, _addressed_before(verb)) if speech else ())
        or (_recipients(ctx, _told_next(verb)) if speech else ())
        or (_recipients(ctx, _doers_next(verb)) if kind is TriggerKind.VERB else ())
        or (_recipients(ctx, _visited_before(verb)) if speech else ()),
        instruction=instruction or _quote(verb),
        time=time,
        time_confidence=time_confidence,
        place=place_of(index, [verb, *subject_heads]),
        sources=ctx.sources_for(verb),
        anaphoric=anaphoric_subject,
        modality=_mention_modality(verb, kind),
        kind=kind,
        # Issuers who act together are alike ("the Party and the Government").
        co_agents=tuple(a for a in agents[1:] if a.kind is agents[0].kind),
        referred=bool(stood_for),
    )


def _places_addressed(ctx: Context, verb: Token, kind: TriggerKind) -> tuple[Entity, ...]:
    """Countries an order verb tells to act ("ordered Iraq to destroy its missiles", "called
    on Japan to", "Iraq was ordered to") or a body's decision binds ("decided to admit
    Poland and Hungary"). A country is a place even when it acts, so the people and bodies
    `_recipients` reads leave it out; only these slots name it as the one directed: a place
    in any other phrase of the order ("ordered the troops to Seoul") is where, not whom."""
    if kind is TriggerKind.DECISION:
        heads = [o for clause in children(verb, "xcomp") for o in children(clause, "dobj")]
    elif kind in {TriggerKind.VERB, TriggerKind.CLAUSE} and children(verb, "xcomp"):
        heads = [
            *children(verb, "dobj", "nsubjpass"),
            *prepositional_objects(verb, frozenset({"on", "upon"})),
        ]
    else:
        return ()
    places = [t for h in heads for t in with_conjuncts(h)]
    return entities_of(ctx.entities, places, EntityKind.PLACE)


def _issuers(ctx: Context, heads: list[Token]) -> tuple[Entity, ...]:
    """The actors the phrases headed by `heads` name, and whom a pronoun among them stands
    for where no person before it was a subject: the last person named ("the leadership of
    Kim Jong Un ... He clarified the strategy"), or for "I" in a text given in full, its
    sender ("Some time ago, I indicated the orientation")."""
    found = entities_of(ctx.entities, heads, *ACTORS)
    if found:
        return found
    # "Freeh also ordered" after "FBI director Louie Freeh": a surname, or a company's short
    # name, the model tagged no name in.
    again = tuple(
        e
        for h in heads
        if (e := named_by_surname(ctx.entities, h) or company_named_short(ctx.entities, h))
        is not None
    )
    if again:
        return again
    # "Kim Jong Un who made sure that ...": "who" stands for the person named right before it,
    # wherever the parser hangs its clause.
    named = entities_of(
        ctx.entities,
        [h.doc[h.i - 1] for h in heads if h.lower_ == "who" and h.i > 0],
        EntityKind.PERSON,
    )
    if named:
        return named
    return tuple(dict.fromkeys(e for h in heads if (e := _pronoun_speaker(ctx, h)) is not None))


def _pronoun_speaker(ctx: Context, pronoun: Token) -> Entity | None:
    if pronoun.lower_ not in PERSONAL_PRONOUNS:
        # Statements read the texts given in full, and what orders trigger: imported here.
        from kg.extract.statements import FIRST_PERSON, voice_of

        return voice_of(pronoun, ctx) if pronoun.lower_ in FIRST_PERSON else None
    by_token = ctx.entities.by_token
    before = [i for i, e in by_token.items() if i < pronoun.i and e.kind is EntityKind.PERSON]
    return by_token[max(before)] if before else None


def _for_whom(need: Token) -> list[Token]:
    """Who "the need" or the task is for: "the need for officials to pay", "tasks for the
    officials of the province to implement" (a clause marked by "for"), or "the need for
    officials" (a phrase)."""
    clauses = [
        c
        for c in need.children
        if c.dep_ in {"advcl", "acl", "relcl"}
        and any(m.dep_ == "mark" and m.lower_ == "for" for m in c.children)
    ]
    return (
        [s for c in clauses for s in subjects(c)]
        + prepositional_objects(need, FOR)
        + _to_be_done_by(need)
    )


def _to_be_done_by(need: Token) -> list[Token]:
    """Who is to do what a task names, told in a passive infinitive beside it ("the goals to be
    attained by the artillery education sector", "tasks to be carried out by the province"):
    the agent of what is still to be done."""
    return [
        agent
        for c in need.children
        if c.dep_ in {"acl", "relcl"}
        and c.tag_ == "VBN"
        and any(a.dep_ == "aux" and a.lower_ == "to" for a in c.children)
        for agent in prepositional_objects(c, BY)
    ]


def _addressed_before(verb: Token) -> list[Token]:
    """Whom the speaker was last said to talk to, in the verb's sentence or the few before it:
    "Then he talked to the accompanying officials about the education. ... And he stressed
    the need to conduct a campaign"."""
    return _told_before(verb, _talked_to)


def _told_next(verb: Token) -> list[Token]:
    """Whom the speaker goes on to tell, in the very next sentence: "He gave instructions on
    improving the mechanization of the farm. He told the officials of the farm that ..." is
    said to the same people."""
    end = verb.sent.end
    if end >= len(verb.doc):
        return []
    return [
        o
        for t in verb.doc[end].sent
        if t.pos_ == "VERB"
        and t.lemma_.casefold() in lexicon.words("telling_verbs")
        and any(s.lower_ in PERSON_SUBJECT_PRONOUNS for s in children(t, "nsubj"))
        for o in children(t, "dobj", "dative")
    ]


def _doers_next(verb: Token) -> list[Token]:
    """Who the next sentences say will do the thing ordered: "The president ordered a review
    of the rules. ... The ministry and the safety office will conduct the review" (a verb
    whose object is the noun the order names, with its subjects and their conjuncts)."""
    ordered = {o.lemma_.casefold() for o in children(verb, "dobj") if o.pos_ == "NOUN"}
    doc = verb.doc
    end = verb.sent.end
    for _ in range(MAX_ADDRESS_DISTANCE):
        if not ordered or end >= len(doc):
            break
        sentence = doc[end].sent
        for t in sentence:
            if t.pos_ == "VERB" and any(
                o.lemma_.casefold() in ordered for o in children(t, "dobj")
            ):
                return children(t, "nsubj")
        end = sentence.end
    return []


def _visited_before(verb: Token) -> list[Token]:
    """The units the speaker was last said to visit, in the verb's sentence or the few before
    it: "One day he visited the factory. ... Watching the appliances, he said that it is
    necessary to design them well" is said to the factory."""
    return _told_before(verb, _units_visited)


def _told_before(verb: Token, found: Callable[[Token], list[Token]]) -> list[Token]:
    """What `found` reads from the last verb before `verb` it reads anything from, in the
    verb's sentence or the few before it."""
    doc = verb.doc
    sentence = verb.sent
    for _ in range(MAX_ADDRESS_DISTANCE):
        for token in reversed(doc_tokens(doc)[sentence.start : min(sentence.end, verb.i)]):
            hits = found(token) if token.pos_ == "VERB" else []
            if hits:
                return hits
        if sentence.start == 0:
            break
        sentence = doc[sentence.start - 1].sent
    return []


def _talked_to(token: Token) -> list[Token]:
    spoken_by = children(token, "nsubj")
    if (
        token.lemma_.casefold() in lexicon.words("address_verbs")
        and spoken_by
        and all(s.lower_ in PERSON_SUBJECT_PRONOUNS for s in spoken_by)
    ):
        return prepositional_objects(token, frozenset({"to"}))
    return _summoned(token) or _guided(token) or _met(token)


def _met(token: Token) -> list[Token]:
    """Whom a person met ("Kim Jong Un met the officials of the county"), or who had the honour
    of meeting a person ("agricultural officials had the honor of meeting the General
    Secretary")."""
    if token.lemma_.casefold() not in lexicon.words("meeting_verbs"):
        return []
    met = children(token, "dobj")
    if any(_is_person(s) for s in _stated_subjects(token)):
        return [m for m in met if not _one_person(m)]
    honour = token.head.head if token.dep_ == "pcomp" else token
    if not met or not all(_is_person(m) for m in met) or honour.dep_ != "dobj":
        return []
    return [s for s in children(honour.head, "nsubj") if not _one_person(s)]


def _one_person(token: Token) -> bool:
    """Someone named or pointed at by a pronoun: one person, not people ("the officials")."""
    return token.ent_type_ == "PERSON" or token.lower_ in PERSONAL_PRONOUNS


def _summoned(token: Token) -> list[Token]:
    """Whom a person called or summoned to them ("President Kim Il Sung called officials
    concerned to clarify the issues"): the instructions he then gives are theirs. Not "called
    the plan a success", which names a thing: an object and its name beside it."""
    if token.lemma_.casefold() not in lexicon.words("summoning_verbs"):
        return []
    if not any(_is_person(s) for s in _stated_subjects(token)):
        return []
    objects, named = children(token, "dobj"), children(token, "oprd")
    # The parser may take the people called for a name given to no object.
    return [] if objects and named else objects or named


def _guided(token: Token) -> list[Token]:
    """Whom guidance was given to ("while giving field guidance to the provincial Party
    committee and the steel complex"), on the verb or on the noun."""
    guidance = [
        o for o in children(token, "dobj") if o.lemma_.casefold() in lexicon.words("guidance_nouns")
    ]
    if not guidance or token.lemma_.casefold() not in lexicon.words("order_light_verbs"):
        return []
    return [
        *prepositional_objects(token, frozenset({"to"})),
        *(t for g in guidance for t in prepositional_objects(g, frozenset({"to"}))),
    ]


def _units_visited(token: Token) -> list[Token]:
    """The units a person is said to visit ("he visited the completed baby home and the
    orphanage")."""
    if token.lemma_.casefold() not in lexicon.words("guidance_verbs") or not any(
        _is_person(s) for s in subjects(token)
    ):
        return []
    return [u for o in children(token, "dobj") for u in (o, *o.conjuncts)]


def _stranded_subject(clause: Token) -> list[Token]:
    """The subject of a clause the parser joined to the clause before ("it is necessary to
    visit their houses and commercial workers should become ...", "workers" taken for a second
    object of "visit"): the noun right before the clause's modal."""
    first = clause.left_edge
    if first.dep_ != "aux" or first.i == 0:
        return []
    before = clause.doc[first.i - 1]
    return [before] if before.pos_ == "NOUN" and before.dep_ == "conj" else []


def _clause_joined(verb: Token) -> list[Token]:
    """The clause the parser joined a clause's subject to, which says what is to be done with
    it ("said that the seed is the main in farming and officials should think this problem
    first")."""
    stranded = _stranded_subject(verb)
    if not stranded:
        return []
    clause = stranded[0]
    while clause.pos_ not in {"VERB", "AUX"} and clause.head != clause:
        clause = clause.head
    return [clause] if clause.pos_ in {"VERB", "AUX"} else []


def _conferred_on(heads: list[Token]) -> list[Token]:
    """Those something is conferred on in an "on"-phrase of the order ("a decree on conferring
    the title ... on exemplary units")."""
    return [
        o
        for h in heads
        for p in children(h, "prep")
        if p.lower_ == "on"
        for g in children(p, "pcomp")
        if g.lemma_.casefold() in lexicon.words("conferring_verbs")
        for o in prepositional_objects(g, ADDRESS_PREPOSITIONS)
    ]


def _visited(verb: Token) -> list[Token]:
    """The unit a leader visited in the clause the light verb is coordinated with ("visited
    the factory and indicated the orientation and ways ...")."""
    first = verb.head if verb.dep_ == "conj" else verb
    joined = [first, *first.conjuncts]
    # "Inspecting the academy, he indicated the guidelines": a participle says where he was.
    joined += [c for v in joined for c in children(v, "advcl") if c.tag_ == "VBG"]
    visited = [
        o
        for v in joined
        if v != verb and v.lemma_.casefold() in lexicon.words("guidance_verbs")
        for o in children(v, "dobj")
    ]
    # "indicated the tasks for improving the management while giving field guidance to the
    # complex", wherever the parser hangs the "while" clause.
    return visited or [o for t in verb.sent if t.pos_ == "VERB" and t != verb for o in _guided(t)]


def _recipients(ctx: Context, heads: list[Token]) -> tuple[Entity, ...]:
    """The recipients the phrases headed by `heads` name; a definite common noun ("the
    factory", "the tree nursery") names the last organisation before it whose name ends in
    that noun ("the Jongsong General Pharmaceutical Factory")."""
    found = dict.fromkeys(entities_of(ctx.entities, heads, *RECIPIENTS))
    # "the officials, technicians and workers of the factory": the unit they work at is
    # directed with them.
    units = [
        o
        for head in heads
        for h in (head, *head.conjuncts)
        for o in prepositional_objects(h, frozenset({"of"}))
    ]
    # A unit's noun stays inside the group's name: only what names it on its own is its name.
    for head in [*(h for h in heads if ctx.entities.entity_at(h) is None), *units]:
        if head.pos_ == "NOUN":
            named = _named_before(ctx, head)
            if named is not None:
                found.setdefault(named, None)
    return tuple(found)


def _named_before(ctx: Context, noun: Token) -> Entity | None:
    """The organisation a definite noun refers back to: the last one named before it whose
    name ends in the noun and its modifiers ("the tree nursery": "Central Tree Nursery")."""
    if not _definite(noun):
        return None
    words = [c.lower_ for c in noun.children if c.dep_ == "compound" and c.i < noun.i]
    words.append(noun.lower_)
    return ctx.entities.last_named_before(
        noun, ORGANIZATIONS, lambda e: e.name.casefold().split()[-len(words) :] == words
    )


def _definite(noun: Token) -> bool:
    """The noun's determiner points back to something named before ("the commission", "this
    nursery")."""
    return any(c.dep_ == "det" and c.lower_ in ANAPHORIC_DETERMINERS for c in noun.children)


def _bodies_named_before(ctx: Context, heads: list[Token]) -> tuple[Entity, ...]:
    """The bodies definite nouns of their kind refer back to: the last organisation named
    before whose name has the noun and its modifiers among its words ("the commission" after
    "the Agricultural Commission", "the group" after "the Asia-Pacific Group on Money
    Laundering"), the last province for "the province", the last company named with its
    legal form for "the company"."""
    found = (_body_named_before(ctx, noun) for noun in heads)
    return tuple(dict.fromkeys(e for e in found if e is not None))


def _body_named_before(ctx: Context, noun: Token) -> Entity | None:
    if noun.pos_ != "NOUN" or noun.ent_type_ or not _definite(noun):
        return None
    lemma = noun.lemma_.casefold()
    if lemma in lexicon.words("company_nouns"):
        return ctx.entities.last_company_before(noun)
    kinds: tuple[EntityKind, ...] = (EntityKind.ORGANIZATION,)
    if lemma in lexicon.words("division_heads"):
        kinds = (EntityKind.PLACE, EntityKind.ORGANIZATION)
    elif not _in_lexicons(noun, "deciding_bodies", "group_bodies", "collective_heads"):
        return None
    words = {c.lower_ for c in noun.children if c.dep_ == "compound" and c.i < noun.i}
    words.add(noun.lower_)
    return ctx.entities.last_named_before(
        noun, kinds, lambda e: words <= set(e.name.casefold().split())
    )


def _unnamed_bodies(ctx: Context, heads: list[Token]) -> tuple[Entity, ...]:
    """Bodies named by a common noun and no name, where no body of that kind was named before:
    "the upper house of the Dutch parliament voted", "a constitutional convention voted", "the
    jury ruled". Their votes and rulings bind, so they are the issuers, named as the text words
    them; a group, as the article gives them no name."""
    found = (_unnamed_body(ctx, noun) for noun in heads)
    return tuple(dict.fromkeys(e for e in found if e is not None))


def _unnamed_body(ctx: Context, noun: Token) -> Entity | None:
    # Singular: "the ministries decided" are bodies named before, or several of a kind.
    if noun.tag_ != "NN" or noun.ent_type_ or ctx.entities.entity_at(noun) is not None:
        return None
    if not _in_lexicons(noun, "legislature_nouns", "judging_bodies"):
        return None
    if _in_lexicons(noun, "titles"):
        return None  # "the judge ruled": a person, whom the entities name
    if _in_lexicons(noun, "court_nouns"):
        return None  # an unnamed court is not listed (lexicon `court_nouns`)
    doc = noun.doc
    modifiers = [c.i for c in children(noun, "amod", "compound") if c.i < noun.i and c.is_lower]
    start = min(modifiers, default=noun.i)
    if any(
        not doc[i].is_lower and doc[i].dep_ in {"amod", "compound"} for i in range(start, noun.i)
    ):
        return None
    end = max(
        (t.i for o in prepositional_objects(noun, frozenset({"of"})) for t in o.subtree),
        default=noun.i,
    )
    return Entity(EntityKind.GROUP, tokens_text(doc, start, end + 1))


def _unmarked_subjects(verb: Token) -> list[Token]:
    """A subject the parse does not mark as one: of a relative clause without "that" ("the
    important task Kim Jong Un advanced", parsed as a name beside the noun), or of the verb a
    "by"-gerund says how it was done ("bestowed trust on the nursery by tasking it with ...")."""
    head = verb.head
    if verb.dep_ == "acl" and verb.tag_ != "VBN":
        return [c for c in head.children if c.dep_ == "appos" and head.i < c.i < verb.i]
    if verb.dep_ == "pcomp" and head.lower_ == "by" and head.head.pos_ == "VERB":
        return subjects(head.head)
    # "Kim Jong Un who visited the site to indicate the orientation": the verb a purpose or
    # a joined verb hangs on is the relative clause.
    clause = verb
    while clause.dep_ in {"advcl", "xcomp", "conj"} and not children(clause, "nsubj"):
        clause = clause.head
    if clause.dep_ == "relcl" and any(s.lower_ in RELATIVE_PRONOUNS for s in subjects(clause)):
        # "the Party, which has set it as an urgent task"; "the line of the Party, which has
        # set ...", where the parser hangs the clause on the Party's line.
        return [clause.head, *prepositional_objects(clause.head, frozenset({"of"}))]
    return []


def _standing_for(index: EntityIndex, heads: list[Token]) -> tuple[Entity, ...]:
    """Who a subject that names no one stands for: the group "they" goes on from ("The
    reporters and speakers noted ... They stressed the need to ..."), the body whose
    meeting speaks ("Plenary meetings of the WPK Central Committee stressed ..."), and the
    body or place an "it" goes on from ("Today the WPK is setting a higher goal ... It
    advanced the policy"), as for the acts events read."""
    groups = tuple(dict.fromkeys(g for h in heads if (g := group_before(index, h)) is not None))
    # "the historic Tenth Plenary Meeting of the Eighth Central Committee called upon": a
    # meeting named in capitals, but no entity of its own.
    unnamed = [h for h in heads if h.pos_ == "NOUN" or index.entity_at(h) is None]
    met = _bodies_met(unnamed)
    bodies = (e for h in heads if h.lower_ == "it" for e in antecedents(index, h))
    return (
        groups or entities_of(index, met, EntityKind.ORGANIZATION) or tuple(dict.fromkeys(bodies))
    )


def _meeting_bodies(verb: Token) -> list[Token]:
    """The meeting a participle says something was set at, and the body that met: "the tasks
    set forth at the Tenth Plenary Meeting of the Eighth Central Committee"."""
    bodies = lexicon.words("deciding_bodies")
    meetings = [
        m for m in prepositional_objects(verb, frozenset({"at"})) if m.lemma_.casefold() in bodies
    ]
    return meetings + _bodies_met(meetings)


def _bodies_met(meetings: list[Token]) -> list[Token]:
    """The body whose meeting it is: of a deciding meeting or body, its "of" object ("the
    plenary meetings of the Central Committee")."""
    bodies = lexicon.words("deciding_bodies")
    return [
        body
        for meeting in meetings
        if meeting.lemma_.casefold() in bodies
        for body in prepositional_objects(meeting, frozenset({"of"}))
    ]


def _with_stray_conjuncts(heads: list[Token]) -> list[Token]:
    """Recipients and those coordinated with them where the parser hung the conjunct on a
    noun inside the first one's phrase: "to the units along the border and the units taking
    on an important task" (the second "units" joined to "border")."""
    stray = [
        t
        for h in heads
        for t in h.subtree
        if t.dep_ == "conj" and t.head != h and t.lemma_ == h.lemma_ and t.pos_ == "NOUN"
    ]
    return [*heads, *stray]


def _participle(verb: Token) -> bool:
    """A past participle describing a noun ("the tasks assigned"), or one with its agent
    ("decided and assigned by the Congress", however the parser attached it)."""
    return verb.tag_ == "VBN" and (
        verb.dep_ == "acl" or any(c.dep_ == "agent" for c in verb.children)
    )


def _possessor(ctx: Context, nouns: list[Token]) -> tuple[Entity, ...]:
    owners = [c for n in nouns for c in n.children if c.dep_ == "poss"]
    givers = [t for n in nouns for t in prepositional_objects(n, frozenset({"from", "by", "of"}))]
    # "the instructions given by Kim Jong Un", "the order issued by the head of state"
    givers += [
        t
        for n in nouns
        for participle in children(n, "acl")
        if participle.tag_ == "VBN"
        for t in prepositional_objects(participle, BY)
    ]
    addressees = [a for n in nouns for a in _addressees(n)]
    if addressees:
        # "X reported to Kim Jong Un that his order was carried out": one reports on an order
        # to whoever gave it, so "his" is the addressee, not the reporter.
        owners = [addressees[0] if o.tag_ == "PRP$" else o for o in owners]
    # "the individual intentions and decisions of the flood victims": people with no
    # authority the text states decide for themselves and order no one.
    issuers = [t for t in owners + givers if _has_authority(t)]
    found = _issuers(ctx, issuers)
    # "the decisions of the plenary meetings of the Central Committee": the body that met.
    return found or entities_of(ctx.entities, _bodies_met(givers), EntityKind.ORGANIZATION)


def _addressees(noun: Token) -> list[Token]:
    """Whom the report that mentions the noun is made to: "reported to X that ...", "told X
    that ..."."""
    clause = noun.head
    while clause.dep_ not in {"ccomp", "ROOT"} and clause.head != clause:
        clause = clause.head
    verb = clause.head
    if clause.dep_ != "ccomp" or verb.lemma_.casefold() not in lexicon.words("reporting_verbs"):
        return []
    return [
        *prepositional_objects(verb, frozenset({"to"})),
        *children(verb, "dative", "dobj"),
    ]


def _mention_of_noun(doc: Doc, noun: Token, ctx: Context) -> OrderMention:
    determiners = {c.lower_ for c in noun.children if c.dep_ in {"det", "poss"}}
    owners = _possessor(ctx, [noun])
    anaphoric = bool(determiners & ANAPHORIC_DETERMINERS) or any(
        c.dep_ == "poss" for c in noun.children
    )
    return OrderMention(
        trigger=noun,
        evidence=ctx.mention(noun.sent),
        agent=owners[0] if owners else None,
        recipients=_recipients(
            ctx,
            prepositional_objects(noun, frozenset({"to"}))
            + _receivers(noun)
            + _adherents(noun)
            + _acting_under(ctx, noun)
            + _implementers(noun),
        ),
        instruction=_noun_instruction(noun) or _done_on(noun),
        time=None,
        time_confidence=None,
        place=None,
        sources=ctx.sources_for(noun),
        anaphoric=anaphoric,
        modality=Modality.ASSERTED,
        kind=TriggerKind.NOUN,
    )


def _receivers(noun: Token) -> list[Token]:
    """Who heard or received the order a noun names: "Hearing the instructions of Kim Jong Un,
    the officials ...", "Officials were moved by his instructions"."""
    verb = noun.head.head if noun.dep_ == "pobj" and noun.head.dep_ == "agent" else noun.head
    received = noun.dep_ in {"dobj", "pobj"} and verb.pos_ == "VERB"
    if not received or verb.lemma_.casefold() not in lexicon.words("receiving_verbs"):
        return []
    # "Soon after receiving the decision, the Cabinet ...": who did what the gerund leads to.
    gerund = verb.dep_ == "pcomp" and verb.head.head.pos_ == "VERB"
    return subjects(verb) or (subjects(verb.head.head) if gerund else [])


def _acting_under(ctx: Context, noun: Token) -> list[Token]:
    """Who acts "under the order": the subject of the verb, or, of a participle that names no
    one ("The test-fire, conducted under the order given by ..."), the subject of the same verb
    a sentence before told ("The Missile Administration conducted a very crucial test")."""
    verb = noun.head.head
    if not _acted_on(noun):
        return []
    if entities_of(ctx.entities, subjects(verb), *RECIPIENTS) or not _participle(verb):
        return subjects(verb)
    earlier = verb.doc[max(verb.sent.start - MAX_TOLD_BEFORE, 0) : verb.sent.start]
    told = [
        t
        for t in earlier
        if t.lemma_ == verb.lemma_ and t.pos_ == "VERB" and not is_passive(t) and subjects(t)
    ]
    return subjects(told[-1]) if told else []


def _acted_on(noun: Token) -> bool:
    """The order a noun names is what a verb's act was done under: "conducted under the order
    given by ...", "left Pakistan today on orders from Washington" (an order "on" which one
    acts says whose it is; "commented on the decision" says nothing of the kind)."""
    verb = noun.head.head
    if noun.dep_ != "pobj" or verb.pos_ != "VERB":
        return False
    if noun.head.lower_ == "under":
        return True
    whose = children(noun, "poss") or prepositional_objects(noun, frozenset({"from", "of"}))
    reporting = verb.lemma_.casefold() in lexicon.words("reporting_verbs")
    return noun.head.lower_ == "on" and bool(whose) and not reporting


def _done_on(noun: Token) -> str | None:
    """What was done on an order the text gives no words of: the act and its object ("left
    Pakistan today on orders from Washington": "left Pakistan")."""
    if not _acted_on(noun):
        return None
    verb = noun.head.head
    objects = children(verb, "dobj")
    end = max((o.right_edge.i for o in objects), default=verb.i) + 1
    return verb.doc[verb.i : end].text


def _adherents(noun: Token) -> list[Token]:
    """Who acts on the order a noun names: "True to his instructions, the factory has made
    successes", "the officials have turned out as one, true to the instructions of ..."."""
    if noun.dep_ != "pobj" or noun.head.lower_ != "to":
        return []
    adjective = noun.head.head
    if adjective.lemma_.casefold() not in lexicon.words("adherence_adjectives"):
        return []
    return subjects(adjective.head) if adjective.head.pos_ in {"VERB", "AUX"} else []


def _implementers(noun: Token) -> list[Token]:
    """Who is to carry out the tasks a noun names: the subject of the verb whose object they
    are, or of the determination to carry them out ("hardened their determination to carry
    out the important tasks set forth by him")."""
    verb = noun.head
    if noun.dep_ != "dobj" or phrasal_lemma(verb) not in lexicon.words("implementing_verbs"):
        return []
    if verb.dep_ == "acl" and verb.head.dep_ == "dobj" and verb.head.head.pos_ == "VERB":
        return subjects(verb.head.head)
    return [s for s in subjects(verb) if s != noun]


def _quote(token: Token) -> str | None:
    sentence = token.sent
    marks = [t.i for t in sentence if t.text in {"“", "”"}]
    if len(marks) >= 2 and marks[0] < marks[1]:
        inner = token.doc[marks[0] + 1 : marks[1]]
        return inner.text.strip(" ,.") or None
    return None


def _is_future(verb: Token) -> bool:
    return any(c.dep_ == "aux" and c.lower_ in {"will", "shall"} for c in verb.children)


def _mention_modality(verb: Token, kind: TriggerKind) -> Modality:
    """Planned with "will", possible with "would", "could" or "may" ("which would take the
    decision away from the agency", "the court could order a recount"): what is only supposed
    gives no order. What a speaker says should be done is the speaker's directive whatever the
    auxiliary, and an order told of before stays given whatever it may lead to ("the decision
    may reveal a gloomier outlook")."""
    if _is_future(verb):
        return Modality.PLANNED
    if kind not in {TriggerKind.OBLIGATION, TriggerKind.ANAPHORIC} and any(
        c.dep_ == "aux" and c.lower_ in POSSIBILITY_AUXILIARIES for c in verb.children
    ):
        return Modality.POSSIBLE
    return Modality.ASSERTED


def order_mentions(doc: Doc, ctx: Context) -> Iterator[OrderMention]:
    """Every description of an order in the article, in text order."""
    covered: set[int] = set()
    # Only a verb (or an auxiliary reported to oblige) and an order noun can tell of an order:
    # the other words, most of the article, are passed over without asking.
    pos = doc_pos(doc)
    for token in doc_tokens(doc):
        if pos[token.i] not in ORDER_WORD_POS or token.i in covered or token.idx < ctx.dateline_end:
            continue
        speaker = obligation_speaker(token)
        if speaker is not None and is_order_trigger(speaker):
            continue  # the content of an order already read from its speaker ("the order noted")
        if token.pos_ == "VERB" or speaker is not None:
            # A verb whose subject is an order noun is a trigger of its own (anaphoric). Most
            # verbs are no trigger: their subjects are not looked for.
            kind = order_trigger_kind(token)
            if kind is None:
                continue
            heads = subjects(token)
            if kind is TriggerKind.OBLIGATION and _names_a_person(ctx, heads):
                continue
            anaphoric_subject = any(is_order_noun(s) for s in heads)
            addressed = bool(heads) or is_passive(token) or token.dep_ == "acl"
            # "said that the seed is the main and officials should think": the subject the
            # parser joined to the clause before.
            addressed = addressed or bool(_stranded_subject(token))
            # "is directing efforts to ensuring that ...": the gerund's subject is the verb's.
            addressed = addressed or (kind is TriggerKind.CLAUSE and _sees_to_it(token))
            # "made sure that decisions were adopted": what he had done is one order.
            if addressed and not _inside_a_name(ctx, token) and not _seen_to(token):
                covered.update(s.i for s in heads if is_order_noun(s))
                covered.update(o.i for o in _directive_objects(token) if is_order_noun(o))
                yield _mention_of_verb(doc, token, ctx, kind, anaphoric_subject)
        elif is_order_noun(token) and not _governed_by_trigger(token):
            yield _mention_of_noun(doc, token, ctx)


def _inside_a_name(ctx: Context, verb: Token) -> bool:
    """The verb is a word of the name its object ends ("growing up to be commanding officers
    of the core arm"): a post, not an act of ordering."""
    named = ctx.entities.by_token.get(verb.i)
    return named is not None and any(
        ctx.entities.by_token.get(o.i) == named for o in children(verb, "dobj")
    )


def _governed_by_trigger(noun: Token) -> bool:
    head = noun.head
    return noun.dep_ in {"nsubj", "dobj"} and head.pos_ == "VERB" and is_order_trigger(head)


def _cluster(mentions: list[OrderMention]) -> list[_Cluster]:
    clusters: list[_Cluster] = []
    for mention in mentions:
        target: _Cluster | None = None
        same_agent = [c for c in clusters if mention.agent and _continues(c, mention)]
        # "Her order further noted ...": an order referred back to is that issuer's last one,
        # whatever day the sentence names.
        if same_agent and (mention.anaphoric or not _dates_conflict(same_agent[-1], mention)):
            target = same_agent[-1]
        elif mention.anaphoric and clusters and mention.agent is None:
            # An order noun with its own issuer ("the instructions given by Kim Jong Un") is
            # that issuer's order, not the one last told of.
            # "the goal set forth by the Congress" recalls an older order in passing: "the
            # order" after it still refers to the order the article is telling of.
            told = [c for c in clusters if c.mentions[0].trigger.dep_ != "acl"] or clusters
            # "the decision" refers back to the last decision someone named has made, not to
            # an appeal told after it.
            words = _order_words(mention)
            alike = [
                c
                for c in told
                if c.agent is not None and any(words & _order_words(m) for m in c.mentions)
            ]
            target = (alike or told)[-1]
        if target is None:
            target = _Cluster()
            clusters.append(target)
        target.mentions.append(mention)
    return clusters


def _order_words(mention: OrderMention) -> frozenset[str]:
    """The lemmas of the order nouns a mention is told through: its own noun, or the verb's
    subject or object ("the decision was announced", "issued an order")."""
    trigger = mention.trigger
    nouns = (trigger, *subjects(trigger), *children(trigger, "dobj"))
    return frozenset(t.lemma_.casefold() for t in nouns if is_order_noun(t))


def _continues(cluster: _Cluster, mention: OrderMention) -> bool:
    """The mention goes on with the cluster's order: the same issuer, named; or, where the
    subject only stands for the issuer ("They stressed ... They called ..."), told in the
    same sentence."""
    if cluster.agent != mention.agent:
        return False
    return not mention.referred or cluster.mentions[-1].evidence == mention.evidence


def _dates_conflict(cluster: _Cluster, mention: OrderMention) -> bool:
    """The cluster and the mention are dated to different days or months: "in September
    1957 he set forth the task" is not the order "in October that year" goes on with."""
    if cluster.time is None or mention.time is None:
        return False
    known = cluster.time.day or cluster.time.month
    new = mention.time.day or mention.time.month
    return bool(known and new and not (known.startswith(new) or new.startswith(known)))


def _confidence(cluster: _Cluster) -> Decimal:
    """How often orders of the kind that first told of this one are right (measured), or, if
    lower, how often orders with such an issuer are (`order_issuer_confidence.tsv`)."""
    first = next((m for m in cluster.mentions if not m.anaphoric), cluster.mentions[0])
    measured = lexicon.confidences("order_confidence")[first.kind]
    issuer = _issuer_class(cluster.agent)
    if issuer is None:
        return measured
    return min(measured, lexicon.confidences("order_issuer_confidence")[issuer])


def _issuer_class(agent: Entity | None) -> str | None:
    """The class of issuer whose orders are right less often than their triggers say: none
    named ("the governor called on ...", "McVeigh was assigned Room 25"), or people named by a
    common noun ("speakers", "they"), who are more often members of a gathering appealing to
    the public than officials directing those they lead."""
    if agent is None:
        return "unnamed"
    return "group" if agent.kind is EntityKind.GROUP else None


def _event(cluster: _Cluster) -> Event:
    mentions = cluster.mentions
    first = next((m for m in mentions if not m.anaphoric), mentions[0])
    agent = cluster.agent
    recipients = tuple(dict.fromkeys(r for m in mentions for r in m.recipients if r != agent))
    predicate = first.trigger.lemma_.casefold()
    dated = cluster.dated
    label = f"{agent.name if agent else 'someone'} {predicate}"
    if recipients:
        label += f" to {recipients[0].name}"
    return Event(
        classes=("Order",),
        predicate=predicate,
        evidence=tuple(dict.fromkeys(m.evidence for m in mentions)),
        anchor=first.trigger.idx,
        extractor="kg.orders.v33",
        agents=tuple(
            dict.fromkeys(
                a for m in mentions if m.agent == agent for a in (m.agent, *m.co_agents) if a
            )
        ),
        recipients=recipients,
        instructions=tuple(dict.fromkeys(m.instruction for m in mentions if m.instruction)),
        time=dated.time if dated else None,
        time_confidence=dated.time_confidence if dated else None,
        place=next((m.place for m in mentions if m.place), None),
        sources=tuple(dict.fromkeys(s for m in mentions for s in m.sources)),
        modality=first.modality,
        confidence=_confidence(cluster),
        label=label,
    )


@extractors.register("kg.orders.v33")
def extract_orders(doc: Doc, ctx: Context) -> Iterator[Event]:
    """One `kg:Order` per order the article describes, however many sentences it takes."""
    yield from ctx.remember("kg.orders", lambda: _orders(doc, ctx))


def _orders(doc: Doc, ctx: Context) -> Iterator[Event]:
    # Events read what orders trigger: imported here. A wire lead's order is given in its
    # dateline's city, as the lead's other events are ("CANBERRA (AP) _ a convention voted").
    from kg.extract.events import with_dateline_place

    yield from with_dateline_place(
        [
            _event(cluster)
            for cluster in _cluster(list(order_mentions(doc, ctx)))
            if _given(cluster)
            and _issued(cluster)
            and not _country_speaking(cluster)
            and not _appeal_by_no_one_known(cluster)
            and not _said_to_no_one_led(cluster)
            and not _only_to_be_carried_out(cluster)
        ],
        doc,
        ctx,
    )


def _issued(cluster: _Cluster) -> bool:
    """Someone is known to have given the order, or a verb says it was given: a directive
    noun alone, by no one ("the order services", "a resolution"), may name no order at all;
    nor does a participle by no one ("the tasks assigned to them", "the revolutionary tasks
    assigned by their motherland"), which says what kind of tasks they are."""
    return cluster.agent is not None or any(
        m.trigger.pos_ == "VERB" and not _naming_its_noun(m.trigger) for m in cluster.mentions
    )


def _appeal_by_no_one_known(cluster: _Cluster) -> bool:
    """Only appeals, and no one the article names makes them ("The governor called on the
    prosecutors to investigate", "They called for strengthening the unity"): whether the speaker
    has authority over those addressed cannot be told, and most such calls are requests or
    slogans, which the guidelines do not count. A passive appeal names no speaker at all
    ("Other Americans have been urged to leave"): the authorities' advice it reports stands;
    so does the call of one who addressed a meeting ("the reporter called for ...", "he said,
    calling for ..."), whom the article tells spoke to those gathered."""
    if cluster.agent is not None or not all(
        m.kind is TriggerKind.VERB and not _commands(m) and not is_passive(m.trigger)
        for m in cluster.mentions
    ):
        return False
    roles = lexicon.mapping("speaker_roles")
    return not any(
        s.lemma_.casefold() in roles or s.lower_ in {"he", "she"}
        for m in cluster.mentions
        for s in _appeal_speakers(m.trigger)
    )


def _said_to_no_one_led(cluster: _Cluster) -> bool:
    """Only calls for a thing addressed to no one ("Gadhafi called for an emergency Security
    Council meeting", "the government called for Sinn Fein to be expelled") or what should be
    done in someone's quoted words, with no one told to do it ("``No one should doubt our
    staying power,'' he said"), and no one the article tells the speaker spoke to, guided or
    visited: the guidelines count a call for something, or what a leader says should be done,
    only from a leader addressing those under them; said to no one, it is a stance, an opinion
    or a demand on others. Whoever the article has talking to people, guiding or visiting a
    unit before addresses those there."""
    # A call by no one named is `_appeal_by_no_one_known`'s to judge.
    named = cluster.agent is not None
    return all(
        (named and _call_to_no_one(m)) or _quoted_obligation(m) for m in cluster.mentions
    ) and not _addressed_anyone_before(cluster.mentions[0].trigger)


def _call_to_no_one(mention: OrderMention) -> bool:
    verb = mention.trigger
    return (
        mention.kind is TriggerKind.VERB
        and verb.lemma_.casefold() in lexicon.words("appeal_verbs")
        and not mention.recipients
        and not any(_can_speak(a) for a in _addressed(verb))
        and _calls_for_a_thing(verb)
        and not is_passive(verb)
    )


def _quoted_obligation(mention: OrderMention) -> bool:
    """What should be done, in words quoted, with no one named to do it. State media report a
    leader's directives in reported speech, not in quotation."""
    verb = mention.trigger
    return (
        mention.kind is TriggerKind.OBLIGATION
        and not mention.recipients
        and any(begin <= verb.idx < end for begin, end, _ in quotations(verb.sent))
    )


def _calls_for_a_thing(verb: Token) -> bool:
    """What is called for is a thing named by a noun ("called for an emergency meeting", "for
    Sinn Fein to be expelled", "urging a bill"), not an activity those addressed are to carry
    out ("called for encouraging fish farming"), the way a leader's directive is told."""
    things = [*_for_objects(verb), *children(verb, "dobj")]
    return bool(things) and all(t.pos_ in {"NOUN", "PROPN"} for t in things)


def _addressed_anyone_before(verb: Token) -> bool:
    """The article, before the verb, tells of someone talking to people, guiding a unit or
    visiting one (not a country or a town: "Kuchma visited Moscow" leads no one there): a call
    then made is made to those addressed."""
    return any(
        t.pos_ == "VERB"
        and not intended(t)
        and (
            # "called the order ``grave''" names a thing and summons no one.
            any(_can_speak(u) for u in _talked_to(t))
            or any(u.ent_type_ not in {"GPE", "LOC"} for u in _units_visited(t))
        )
        for t in doc_tokens(verb.doc)[: verb.i]
    )


def _only_to_be_carried_out(cluster: _Cluster) -> bool:
    """The order is named only as what someone is to carry out ("the youths' spirit to
    implement the Party's decision", "can they fulfil their duty in carrying out the Party's
    decisions"), by no one the text names: a decision recalled in passing as a goal, not one
    the article tells was given or acted on ("all units turned out in the drive to implement
    the decision")."""
    return all(
        not m.recipients
        and (
            (m.kind is TriggerKind.NOUN and _object_to_carry_out(m.trigger))
            # "the drive for implementing the tasks set forth by the Congress": the participle
            # only says which tasks are carried out.
            or (
                m.kind is TriggerKind.LIGHT
                and _naming_its_noun(m.trigger)
                and _object_to_carry_out(m.trigger.head)
            )
        )
        for m in cluster.mentions
    )


def _object_to_carry_out(noun: Token) -> bool:
    """The noun is the object of an infinitive or a gerund of `implementing_verbs`."""
    while noun.dep_ == "conj":
        noun = noun.head
    verb = noun.head
    return (
        noun.dep_ == "dobj"
        and verb.tag_ in {"VB", "VBG"}
        and phrasal_lemma(verb) in lexicon.words("implementing_verbs")
    )


def _naming_its_noun(verb: Token) -> bool:
    return verb.dep_ == "acl" and verb.tag_ == "VBN"


def _given(cluster: _Cluster) -> bool:
    """An order was given, not only planned ("our Constitution will issue a strict order")."""
    return not all(m.modality in UNREALISED for m in cluster.mentions)


def _country_speaking(cluster: _Cluster) -> bool:
    """A country, not a person or body of it, is said to appeal, claim or set forth a policy
    ("the U.S. is ..., saying that it is necessary for AUKUS to cooperate", "The DPRK has
    specified the policy as its supreme law"): states demand and declare to their equals, and
    direct no one. A country that orders, decrees or decides ("North Korea ordered its
    trading companies to ...") still gives an order."""
    agent = cluster.agent
    return (
        agent is not None
        and agent.kind is EntityKind.PLACE
        and not any(_commands(m) for m in cluster.mentions)
        and not _administration(cluster)
    )


def _administration(cluster: _Cluster) -> bool:
    """A province, county or city seeing to it that those under it act, or urging them to
    ("North Hamgyong Province ensures that the members ...", "the county encouraged the
    working people to ..."), or setting them a goal or a task ("Kangwon Province has set the
    goal of turning the factory into a base"), stands for its administration, which directs
    them; a country speaks to its equals, and a province calling for something addresses no
    one."""
    words = cluster.agent.name.casefold().split() if cluster.agent is not None else []
    return (
        bool(words)
        and words[-1] in lexicon.words("division_heads")
        and any(m.kind in {TriggerKind.CLAUSE, TriggerKind.LIGHT} for m in cluster.mentions)
    )


def _commands(mention: OrderMention) -> bool:
    """The mention tells of a command, not of an appeal or a stance: an order verb other
    than one of appeal, an order noun given, a decision."""
    trigger = mention.trigger
    lemma = trigger.lemma_.casefold()
    if mention.kind is TriggerKind.VERB:
        return lemma in lexicon.words("order_verbs") - lexicon.words("appeal_verbs")
    if mention.kind is TriggerKind.LIGHT:
        directive = _directive_object(trigger)
        return directive is not None and is_order_noun(directive)
    return mention.kind in {TriggerKind.NOUN, TriggerKind.DECISION, TriggerKind.ANAPHORIC}
