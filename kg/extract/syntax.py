"""Reading clauses off the dependency parse: subjects, objects, the clause's own tokens."""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Iterator
from itertools import chain

from spacy.tokens import Span, Token

from kg import lexicon
from kg.model import Entity, EntityKind, Modality
from kg.nlp import (
    QUOTE_TAGS,
    ParseTables,
    TableToken,
    adverb_held_subject,
    children_of,
    conjunct_indices,
    doc_lowers,
    doc_memo,
    doc_text,
    doc_tokens,
    head_of,
    infinitive_controllers,
    parse_tables,
    preposition_controllers,
    sentence_of,
)
from kg.resolve.entities import (
    EntityIndex,
    is_country,
)
from kg.resolve.names import name_head
from kg.resolve.pronouns import (
    SUBJECTS,
    of_the_other_sex,
    opening_pronoun_person,
    sentence_before,
)

# Typographic, plain and the wire services' doubled marks (``like this'').
QUOTATION = re.compile(r"“([^”]{3,})”|\"([^\"]{3,})\"|``((?:(?!'').){3,}?)''")
CLOSING_MARKS = frozenset({"''", "'", '"', "”"})

# Children that open a clause of their own, with its own time, place and participants.
CLAUSAL = frozenset({"ccomp", "xcomp", "advcl", "relcl", "acl", "parataxis", "conj", "csubj"})
FUTURE_AUXILIARIES = frozenset({"will", "shall", "'ll", "going"})
POSSIBILITY_AUXILIARIES = frozenset({"may", "might", "could", "would", "can"})
PLANNING_VERBS = frozenset({"plan", "intend", "aim", "decide", "expect", "prepare", "schedule"})
PLACE_PREPOSITIONS = frozenset({"in", "at", "near", "inside", "within"})
RELATIVE_PRONOUNS = frozenset({"who", "which", "that"})
# How many "of" phrases deep a title names the country of its holder ("vice-minister of
# Foreign Affairs of Vietnam").
TITLE_CHAIN_DEPTH = 3
# The dependencies of names in front of a noun ("the NATO summit", "the ROK-U.S. exercises").
MODIFIER_NAMES = frozenset({"compound", "nmod"})
# The phrases naming the body an office-holder acts for ("a spokesman for the Ministry").
OFFICE_OF = frozenset({"for", "of"})
ARTICLES = frozenset({"a", "an", "the"})
OF = frozenset({"of"})
FOR = frozenset({"for"})
TO = frozenset({"to"})
WITH = frozenset({"with"})
COMITATIVE_ADVERBS = frozenset({"along", "together"})
PLURAL_PRONOUNS = frozenset({"they", "them", "their"})


def with_conjuncts(token: Token) -> Iterator[Token]:
    """A token and the tokens coordinated with it ("A, B and C")."""
    tables = parse_tables(token.doc)
    # The token itself first, as given: callers compare tokens by identity.
    return chain((token,), map(tables.tokens.__getitem__, conjunct_indices(tables, token.i)[1:]))


def subjects(verb: Token) -> list[Token]:
    """The subject heads of a verb, inherited through coordination and control."""
    return list(_subjects(verb))


def _subjects(verb: Token) -> tuple[Token, ...]:
    # Asked of the same verb many times over, kept by its index (keyed by the token, a cache
    # cost more in hashing and comparing tokens than finding the answers), with the doc's
    # tables: kept apart, the tokens would outlive the tables.
    kept: dict[int, tuple[Token, ...]] = doc_memo(verb.doc, "syntax.subjects")
    i = verb.i
    found = kept.get(i)
    if found is None:
        found = kept[i] = _find_subjects(verb)
    return found


def own_subjects(verb: Token, deps: frozenset[str] = SUBJECTS) -> list[Token]:
    """The subject children of a verb, without one the parser took from a fronted clause: in
    "While television showed the protests, the government urged ..." it may hang "while" and
    "television" on "urged"; a subject after such a conjunction, with a comma and then another
    subject after it, is the fronted clause's. (Without the conjunction, two subjects are
    more often a list the parser split: "officials from A, B and C provinces".)"""
    kids = children_of(verb)
    found = [c for c in kids if c.dep_ in deps]
    if len(found) < 2:
        return found
    opened = min((c.i for c in kids if c.dep_ == "mark"), default=verb.i)
    last = max((s.i for s in found if s.i < verb.i), default=-1)
    lowers = doc_lowers(verb.doc)
    return [s for s in found if not (opened < s.i < last and "," in lowers[s.i + 1 : last])]


def _find_subjects(verb: Token) -> tuple[Token, ...]:
    own = own_subjects(verb) or [
        # "Accompanying him were A and B": the parser hangs the subject on the auxiliary.
        c
        for aux in children_of(verb)
        if aux.dep_ in {"aux", "auxpass"}
        for c in children_of(aux)
        if c.dep_ in SUBJECTS
    ]
    if own:
        return tuple(t for s in own for t in with_conjuncts(s))
    held = adverb_held_subject(verb)
    if held is not None:
        return (held,)
    if verb.dep_ in {"conj", "advcl"} and head_of(verb).pos_ in {"VERB", "AUX"}:
        # "calls upon the members to become vanguard fighters": the parser may take the
        # infinitive for a clause of purpose; the ones called upon become, not the caller. (A
        # direct object is no such sign: "visited the farm to see the crops".)
        purpose = verb.dep_ == "advcl" and is_to_infinitive(verb)
        bidden = preposition_controllers(head_of(verb)) if purpose else []
        return tuple(t for c in bidden for t in with_conjuncts(c)) or _subjects(head_of(verb))
    if verb.dep_ == "xcomp":
        controller = infinitive_controllers(head_of(verb))
        return tuple(t for c in controller for t in with_conjuncts(c)) or _subjects(head_of(verb))
    if verb.dep_ in {"relcl", "acl"} and head_of(verb).pos_ in {"NOUN", "PROPN"}:
        return (head_of(verb),)
    # "Ford is likely to bid", "the rebels are ready to sign": the subject of the adjective's
    # "is" does what the infinitive the adjective governs tells.
    if verb.dep_ == "acomp" and head_of(verb).pos_ in {"VERB", "AUX"}:
        return _subjects(head_of(verb))
    return ()


def comitatives(token: Token) -> list[Token]:
    """Companions joined by "along with" / "together with" ("officials along with leaders")."""
    companions = [
        t
        for prep in children_of(token)
        if prep.dep_ == "prep" and prep.lower_ in COMITATIVE_ADVERBS
        for t in prepositional_objects(prep, WITH)
    ]
    # The parser also hangs the adverb on "with" ("the U.S., together with the ROK, staged").
    return companions + [
        t
        for prep in children_of(token)
        if prep.dep_ == "prep" and prep.lower_ in WITH
        if any(a.dep_ == "advmod" and a.lower_ in COMITATIVE_ADVERBS for a in children_of(prep))
        for pobj in children_of(prep)
        if pobj.dep_ == "pobj"
        for t in with_conjuncts(pobj)
    ]


def is_passive(verb: Token) -> bool:
    tables = parse_tables(verb.doc)
    deps = tables.deps
    return any(deps[k] in {"nsubjpass", "auxpass"} for k in tables.kids[verb.i])


def is_to_infinitive(verb: Token) -> bool:
    """A verb's bare form with its own "to" ("to build"), not a bare form without one ("helped
    build", "let them go")."""
    tables = parse_tables(verb.doc)
    deps, lowers = tables.deps, tables.lowers
    return tables.tags[verb.i] == "VB" and any(
        deps[k] == "aux" and lowers[k] == "to" for k in tables.kids[verb.i]
    )


def children(token: Token, *deps: str) -> list[Token]:
    # Read off the tables each time: keeping the answers cost more (hashing the token and
    # comparing it) than finding them again.
    if type(token) is TableToken and type(kids := token.children) is tuple:
        # Answered from the token's own row (see `children_of`), without finding the doc's
        # tables; most questions find no child of the labels asked, and make no list.
        found: list[Token] | None = None
        for kid in kids:
            if kid.dep_ in deps:
                if found is None:
                    found = []
                _add_conjuncts(kid, found)
        return [] if found is None else found
    tables = parse_tables(token.doc)
    tokens, labels = tables.tokens, tables.deps
    return [
        tokens[k]
        for c in tables.kids[token.i]
        if labels[c] in deps
        for k in conjunct_indices(tables, c)
    ]


def _add_conjuncts(token: Token, found: list[Token]) -> None:
    """Adds the token to `found`, then those coordinated with it, depth first (as
    `conjunct_indices` orders them), read off the tokens' own rows."""
    found.append(token)
    for kid in token.children:
        if kid.dep_ == "conj":
            _add_conjuncts(kid, found)


def prepositional_objects(token: Token, prepositions: frozenset[str]) -> list[Token]:
    """Objects of the given prepositions attached to a token ("to X", "on X")."""
    if type(token) is TableToken and type(row := token.prepositions) is tuple:
        # Read off the token's own row (see `children`); most tokens have none.
        return [t for word, objects in row if word in prepositions for t in objects] if row else []
    tables = parse_tables(token.doc)
    found = tables.prepositions().get(token.i)
    if found is None:
        return []
    tokens = tables.tokens
    return [tokens[k] for word, objects in found if word in prepositions for k in objects]


def sent_to(noun: Token) -> list[Token]:
    """Whom a thing sent or given goes to: the "to" phrase of its noun or, where the parse hangs
    it there, of the noun of its "of" phrase or of that one's ("a message of greeting to Xi
    Jinping", "a gift of 500 pounds of medical supplies to Tanzania")."""
    goods = prepositional_objects(noun, OF)
    goods += [t for g in goods for t in prepositional_objects(g, OF)]
    return [t for g in [noun, *goods] for t in prepositional_objects(g, TO)]


def held_participles(occasions: list[Token]) -> list[Token]:
    """The participles that say where or when an occasion was held ("the forum held in Sochi",
    "the session convened in September"; lexicon `holding_participles`)."""
    holding = lexicon.words("holding_participles")
    return [
        participle
        for occasion in occasions
        for participle in children_of(occasion)
        if participle.dep_ == "acl" and participle.lemma_.casefold() in holding
    ]


def own_tokens(verb: Token) -> frozenset[int]:
    """The verb's clause without the clauses embedded in it."""
    kept: dict[int, frozenset[int]] = doc_memo(verb.doc, "syntax.own_tokens")
    i = verb.i
    found = kept.get(i)
    if found is None:
        found = kept[i] = _own_tokens(parse_tables(verb.doc), i)
    return found


def _own_tokens(tables: ParseTables, verb: int) -> frozenset[int]:
    kids, deps, pos = tables.kids, tables.deps, tables.pos
    found = [verb]
    # Grows as it is read: each kept token's children join the walk. A plain loop, not a
    # generator per token.
    for i in found:
        for c in kids[i]:
            dep = deps[c]
            if dep != "punct" and not (dep in CLAUSAL and pos[c] in {"VERB", "AUX"}):
                found.append(c)
    return frozenset(found)


def phrasal_lemma(token: Token) -> str:
    """A verb's lemma with its particle ("carry out", "go off")."""
    # The parser may take the particle for an adverb ("the tasks set forth at the meeting").
    particle = next(
        (
            c.lower_
            for c in children_of(token)
            if c.dep_ == "prt" or (c.dep_ == "advmod" and c.pos_ == "ADP")
        ),
        None,
    )
    lemma = token.lemma_.casefold()
    return f"{lemma} {particle}" if particle else lemma


def clause_span(verb: Token) -> Span:
    """The contiguous span from the first to the last token of the verb's own clause."""
    own = own_tokens(verb)
    # The sentences are the table's own spans, one object each: compared by identity, not
    # by spaCy's comparison of their bounds. Only the ends are needed, not a union of sets.
    sentence = sentence_of(verb)
    ends = [min(own), max(own), *(s.i for s in subjects(verb) if sentence_of(s) is sentence)]
    # A Span made at once: slicing the doc checks and normalises the bounds in Python.
    return Span(verb.doc, min(ends), max(ends) + 1)


def modality(verb: Token) -> Modality:
    """How the clause presents its event: asserted, planned, negated or possible."""
    deps = {c.lower_: c.dep_ for c in children_of(verb)}
    if "neg" in deps.values():
        return Modality.NEGATED
    auxiliaries = {c.lower_ for c in children_of(verb) if c.dep_ in {"aux", "auxpass"}}
    if auxiliaries & FUTURE_AUXILIARIES:
        return Modality.PLANNED
    if auxiliaries & POSSIBILITY_AUXILIARIES:
        return Modality.POSSIBLE
    if verb.dep_ == "xcomp":
        head = head_of(verb)
        if head.lemma_ == "be" or head.lemma_ in PLANNING_VERBS:
            return Modality.PLANNED
    return Modality.ASSERTED


def entities_of(index: EntityIndex, tokens: list[Token], *kinds: EntityKind) -> tuple[Entity, ...]:
    """Distinct entities named by the phrases headed by `tokens`, optionally of given kinds."""
    if not tokens:  # as most of the event's questions are answered
        return ()
    found: dict[Entity, None] = {}
    titles = lexicon.words("titles")
    for token in tokens:
        entity = index.entity_at(token)
        if entity is not None and token.pos_ == "PRON" and of_the_other_sex(index, token, entity):
            continue
        if entity is None:
            # A name may head its phrase through a compound ("the Daily NK report"), or be
            # the apposition of a title that heads it ("Foreign Minister" + "Choe Son Hui").
            titled = token.lemma_.casefold() in titles
            # A plain loop, without making a generator for each word that names no one.
            for c in children_of(token):
                if (c.dep_ == "compound" or (titled and c.dep_ == "appos")) and (
                    e := index.entity_at(c)
                ):
                    entity = e
                    break
        if entity is not None and (not kinds or entity.kind in kinds):
            found.setdefault(entity, None)
    return tuple(found)


def place_of(index: EntityIndex, heads: list[Token]) -> Entity | None:
    """The first place named by an in/at phrase attached to any of `heads`: "in Hoeryong",
    and also where the phrase's noun is a common one that a place name qualifies: "in the
    Sinuiju area", "in the city of Sinuiju", "in the flood-hit areas in North Phyongan"."""
    for head in heads:
        # A participant's own "of" phrase may carry it: "families of defectors in Hoeryong".
        # Asked only of a noun: most heads are verbs.
        nominal = head.pos_ in {"NOUN", "PROPN"}
        for owner in [head, *prepositional_objects(head, OF)] if nominal else [head]:
            for token in prepositional_objects(owner, PLACE_PREPOSITIONS):
                entity = _place_in_phrase(index, token)
                if entity is not None:
                    return _narrower_before(index, token.head) or entity
            entity = _place_after_bare_preposition(index, owner)
            if entity is not None:
                return entity
    return None


def _narrower_before(index: EntityIndex, preposition: Token) -> Entity | None:
    """The place of an in/at phrase just before `preposition` and its comma, which an address
    names first, the wider place after it: "answered a knock at his door in Deerpark Road, in
    the Old Park district" (the parse hangs the street on the door, the district on the verb)."""
    tokens = doc_tokens(preposition.doc)
    at = preposition.i - 2
    if at < 0 or tokens[at + 1].text != ",":
        return None
    last = tokens[at]
    entity = index.entity_at(last)
    if entity is None or entity.kind is not EntityKind.PLACE:
        return None
    # The name's own head is the object of an in/at phrase.
    name = last
    while name.dep_ in MODIFIER_NAMES | {"flat"} and index.entity_at(name.head) == entity:
        name = name.head
    if name.dep_ == "pobj" and name.head.lower_ in PLACE_PREPOSITIONS:
        return entity
    return None


def _place_after_bare_preposition(index: EntityIndex, head: Token) -> Entity | None:
    """The place named right after an in/at phrase that the parse left without an object:
    "said ... at a news conference yesterday in Dearborn, Mich." (the parse hangs the town on
    the state after its comma, and the state on the verb)."""
    tokens = doc_tokens(head.doc)
    for prep in children_of(head):
        if (
            prep.dep_ == "prep"
            and prep.lower_ in PLACE_PREPOSITIONS
            and prep.i + 1 < len(tokens)
            and not any(c.dep_ in {"pobj", "pcomp"} for c in children_of(prep))
        ):
            entity = index.entity_at(tokens[prep.i + 1])
            if entity is not None and entity.kind is EntityKind.PLACE:
                return entity
    return None


def as_place(entity: Entity) -> Entity | None:
    """The place an entity names: a place itself, or an organisation whose name's head is a
    facility ("the Toksong Farm", "the Central Cadres Training School of the WPK"), which
    stands for its site (the graph makes the site a kg:Site node of its own)."""
    if entity.kind is EntityKind.PLACE:
        return entity
    head = name_head(entity.name)
    # "the House of Representatives" is a chamber, "the Opera House" a building.
    final = head in lexicon.words("final_heads") and entity.name.casefold().split()[-1] != head
    facility = head in lexicon.words("facility_heads") and not final
    if entity.kind is EntityKind.ORGANIZATION and facility:
        return entity
    return None


def _place_in_phrase(index: EntityIndex, token: Token, depth: int = 2) -> Entity | None:
    """The place a phrase's object names or locates: its own name (or a place inside a body's
    name), a place in a phrase after it ("embassies in Nairobi"), a place name before it ("the
    Sinuiju area") or one in its "of" phrase ("the city of Sinuiju"), `depth` phrases deep."""
    entity = index.entity_at(token)
    if entity is not None:
        # "The DPRK embassy in Moscow hosted": the place a body's name locates it in.
        found = inner_place(index, token) or as_place(entity)
        # A group's name may swallow the phrase ("two men in the southern city of Basra"):
        # the phrase's own words may still name the place.
        if found is not None or entity.kind is not EntityKind.GROUP:
            return found
    if depth == 0:
        return None
    # "at Yanggok and Manjong farms in Paekam County": the sites whose names share the noun,
    # more precisely than the county they are in.
    for child in children_of(token):
        if child.dep_ in {"compound", "nmod"} and (found := index.entity_at(child)) is not None:
            shared = name_head(found.name) == token.lemma_.casefold()
            site = as_place(found) if shared and found.kind is EntityKind.ORGANIZATION else None
            if site is not None:
                return site
    # "at U.S. embassies in Nairobi": the name before the noun tells whose the embassies are,
    # the phrase after it where they stand.
    for inner in prepositional_objects(token, PLACE_PREPOSITIONS):
        found = _place_in_phrase(index, inner, depth - 1)
        if found is not None:
            return found
    # "the California town of Rio Nido": a word for a kind of place is named by its "of"
    # phrase, which the larger place before it only locates.
    kind_named = token.lemma_.casefold() in lexicon.mapping("place_type_nouns")
    # A place named before the noun ("the Sinuiju area", "the Newark, N.J., airport") or
    # after it in apposition ("the Ethiopian capital, Addis Ababa").
    named = next(
        (
            (child, found)
            for child in children_of(token)
            if child.dep_ in {"compound", "nmod", "appos"}
            and (found := index.entity_at(child)) is not None
            and found.kind is EntityKind.PLACE
        ),
        None,
    )
    if named is None:
        named = _stray_apposition(index, token)
    # "the Vermont village of Stowe": the place before a settlement's noun only locates the
    # one its "of" phrase names (lexicon `settlement_nouns`), unlike an area's ("the Hwasong
    # area of Pyongyang").
    settlement = named is not None and token.lemma_ in lexicon.words("settlement_nouns")
    if (kind_named or settlement) and (found := _place_of_phrase(index, token, depth)) is not None:
        return found
    if named is not None:
        return _town_before_its_region(index, *named)
    return None if kind_named else _place_of_phrase(index, token, depth)


def _stray_apposition(index: EntityIndex, token: Token) -> tuple[Token, Entity] | None:
    """The place named right after a comma that ends a common noun for a kind of place, where
    the parse hangs the name on the verb instead of the noun (lexicon `apposed_place_nouns`):
    "held a rally in the capital, Abuja, on Monday" (Abuja as the verb's bare noun phrase)."""
    if token.lemma_.casefold() not in lexicon.words("apposed_place_nouns"):
        return None
    tokens = doc_tokens(token.doc)
    at = token.right_edge.i + 2
    if at >= len(tokens) or tokens[at - 1].text != ",":
        return None
    found = index.entity_at(tokens[at])
    if found is None or found.kind is not EntityKind.PLACE or index.entity_at(tokens[at - 2]):
        return None
    name = tokens[at]
    while name.head.i != name.i and index.entity_at(name.head) == found:
        name = name.head
    # Only a name the parse left standing alone: a subject after the comma starts a clause.
    if name.dep_ not in {"npadvmod", "appos"}:
        return None
    return name, found


def _town_before_its_region(index: EntityIndex, token: Token, place: Entity) -> Entity:
    """The town a region set off by commas follows ("the Newark, N.J., airport" stands in
    Newark): the town is where, the region only tells which one."""
    for child in children_of(token):
        between = doc_tokens(token.doc)[child.i + 1 : token.i]
        found = index.entity_at(child)
        if (
            child.dep_ in {"compound", "nmod"}
            and [t.text for t in between] == [","]
            and found is not None
            and found.kind is EntityKind.PLACE
            and found != place
        ):
            return found
    return place


def _place_of_phrase(index: EntityIndex, token: Token, depth: int) -> Entity | None:
    """The place the token's "of" phrase names ("the city of Sinuiju")."""
    for inner in prepositional_objects(token, OF):
        found = _place_in_phrase(index, inner, depth - 1)
        if found is not None:
            return found
    return None


def inner_place(index: EntityIndex, token: Token) -> Entity | None:
    """The place a token names inside a longer name ("Moscow" of "the DPRK embassy in
    Moscow")."""
    return next((e for e in index.inner_at(token) if e.kind is EntityKind.PLACE), None)


def group_before(index: EntityIndex, token: Token) -> Entity | None:
    """The group "they" or "them" stands for: the nearest one named before it in its own
    sentence or the one before ("The war veterans expressed gratitude. They hardened ...")."""
    if token.lower_ not in PLURAL_PRONOUNS:
        return None
    sent = sentence_of(token)
    start = sent.start
    if start > 0:
        start = sentence_of(doc_tokens(token.doc)[start - 1]).start
    groups = [
        (earlier, entity)
        for earlier in reversed(doc_tokens(token.doc)[start : token.i])
        if (entity := _group_named(index, earlier, earlier.i < sent.start)) is not None
        and entity.kind is EntityKind.GROUP
        and not _role_complement(earlier)
    ]
    # "They" goes on from the subject before it, "them" and "their" from any phrase.
    subjects_first = [g for g in groups if g[0].dep_ in SUBJECTS]
    # "The speakers noted that the members have displayed virtues. They expressed ...": the
    # sentence before goes on from its own subject, not that of a clause it reports.
    subjects_first.sort(key=lambda g: g[0].i < sent.start and g[0].head.dep_ != "ROOT")
    # "Among the visitors were A, B and C. They went round ...": they are all the visitors,
    # unless their own sentence names a subject group before them.
    among = [g for g in groups if g[0].i < sent.start and _among_those_there(g[0])]
    own = [g for g in subjects_first if g[0].i >= sent.start]
    if token.lower_ == "they" and among and not own:
        return among[0][1]
    if token.lower_ == "they" and subjects_first:
        return subjects_first[0][1]
    return groups[0][1] if groups else None


def _role_complement(token: Token) -> bool:
    """A noun in a verb's "as" phrase, which says what others are taken or treated as ("treated
    the teachers as patriots and provided them with houses"): it describes them, and a pronoun
    after it stands for them, not for it."""
    prep = token.head
    return token.dep_ == "pobj" and prep.lower_ == "as" and prep.head.pos_ in {"VERB", "AUX"}


def conjoined_before(index: EntityIndex, token: Token) -> tuple[Entity, ...]:
    """The people, bodies or countries a "they" or "them" stands for where one phrase names
    them together nearer than any group: "Ana Villar and Rosa Elena Marín remained in
    prison as they were charged", "if Messrs. A and B mail an offer, it will reimburse them".
    "They" goes on from a subject, as with groups (`group_before`); one named person is no
    "they"; a phrase across a quotation mark is the speaker's own, not the pronoun's."""
    if token.lower_ not in PLURAL_PRONOUNS - {"their"}:
        return ()
    sent = sentence_of(token)
    start = sent.start
    if start > 0:
        start = sentence_of(doc_tokens(token.doc)[start - 1]).start
    window = doc_tokens(token.doc)[start : token.i]
    group = group_before(index, token)
    # A group "them" passes as an object is less salient than the subjects of its sentence.
    passed = False
    for earlier in reversed(window):
        # "They" goes on from a subject before a group or a list named since as an object.
        if token.lower_ == "they" and earlier.dep_ not in SUBJECTS:
            continue
        if group is not None and index.entity_at(earlier) == group:
            if token.lower_ == "they" or earlier.dep_ in SUBJECTS or earlier.i < sent.start:
                return ()
            passed = True
            continue
        if earlier.dep_ == "conj" or (passed and earlier.dep_ not in SUBJECTS):
            continue
        if passed and earlier.i < sent.start:
            return ()
        if any(t.tag_ in QUOTE_TAGS for t in window[earlier.i - start :]):
            return ()
        listed = list(with_conjuncts(earlier))
        named = [index.entity_at(t) for t in listed]
        together = tuple(dict.fromkeys(e for e in named if e is not None and _one_of_several(e)))
        if len(listed) > 1 and len(together) == len(listed):
            return together
    return ()


def _one_of_several(entity: Entity) -> bool:
    return entity.kind in (EntityKind.PERSON, EntityKind.ORGANIZATION) or is_country(entity)


def _among_those_there(token: Token) -> bool:
    """The group an "among" opening a copular sentence names: "Among the visitors were ..."."""
    among = token.head
    return (
        token.dep_ == "pobj"
        and among.lower_ == "among"
        and among.head.lemma_ == "be"
        and among.i == sentence_of(token).start
    )


def _group_named(index: EntityIndex, token: Token, before: bool) -> Entity | None:
    """The group a word names; in the sentence `before`, the group its main subject "they"
    goes on from ("The speakers noted ... They said ... They expressed")."""
    if before and token.lower_ == "they" and token.dep_ in SUBJECTS and token.head.dep_ == "ROOT":
        return group_before(index, token)
    # "the puppets who are acting rashly ... even though they infringed": the relative
    # pronoun is a subject nearer than the main clause's, and names its antecedent. Only
    # several named by the head of the phrase: not "the efforts made by X who guided", "the
    # father of a large family, who". Only in the pronoun's own sentence: the sentence before
    # goes on from its main subject, and a lesser clause's is no nearer than the pronoun's
    # own objects ("the people who dedicated themselves. He requested all the participants
    # to cherish the determination they have").
    relative = token.tag_ in {"WP", "WDT"} and token.dep_ in SUBJECTS
    if relative and not before and token.head.dep_ == "relcl":
        antecedent = token.head.head
        plural = antecedent.tag_ in {"NNS", "NNPS"}
        if not plural or (antecedent.dep_ == "pobj" and antecedent.head.lower_ == "of"):
            return None
        return index.entity_at(antecedent)
    return index.entity_at(token)


def quotations(sentence: Span) -> list[tuple[int, int, str]]:
    """Quoted passages of a sentence as (start, end, text), with character offsets in the doc."""
    base = sentence.start_char
    found = []
    said = doc_text(sentence.doc)[base : sentence.end_char]  # Span.text joins its tokens
    for match in QUOTATION.finditer(said):
        group = next(g for g in range(1, QUOTATION.groups + 1) if match.group(g) is not None)
        text = match.group(group).strip(" ,.")
        if len(text.split()) >= 2:
            found.append((base + match.start(group), base + match.end(group), text))
    return found


def countries_of_adjectives(index: EntityIndex, token: Token) -> tuple[Entity, ...]:
    """The countries the nationality adjectives of a word name, when the article names them:
    "the Israeli military attack on the Gaza Strip" in an article about Israel, "the Serbian
    province of Kosovo" in one about Serbia."""
    demonyms = lexicon.mapping("demonyms")
    countries = {demonyms[c.lower_].casefold() for c in children_of(token) if c.lower_ in demonyms}
    if not countries:
        return ()
    named = (
        m.entity
        for m in index.mentions
        if m.entity.kind is EntityKind.PLACE
        and {m.entity.name.casefold(), *(a.casefold() for a in index.aliases(m.entity))} & countries
    )
    return tuple(dict.fromkeys(named))


def office_body(
    index: EntityIndex, token: Token, kinds: tuple[EntityKind, ...] = (EntityKind.ORGANIZATION,)
) -> Entity | None:
    """The organisation (or other body of `kinds`) an office noun names its holder by: "the
    NATO secretary general", "the president of the United Russia Party"."""
    # "the NATO secretary general": the body's name in front of the title's words.
    words = [token, *children(token, "compound")]
    frontier = [c for w in words for c in children(w, *MODIFIER_NAMES)]
    found = entities_of(index, frontier, *kinds)
    frontier = [token]
    for _ in range(TITLE_CHAIN_DEPTH):
        if found:
            break
        frontier = [o for t in frontier for o in prepositional_objects(t, OFFICE_OF)]
        found = entities_of(index, frontier, *kinds)
    return found[0] if found else None


def subject_before(token: Token, it_goes_on: bool = False) -> Token | None:
    """The nearest subject before `token`, in its sentence or the one before, that a pronoun
    there may stand for: a noun, not a pronoun ("The farm has ... It has ..."). With
    `it_goes_on`, an earlier "it" of an action too, which a later "it" repeats, not the "it" of
    "It is a crime that ..."."""
    tokens = doc_tokens(token.doc)
    for t in reversed(tokens[sentence_before(token).start : token.i]):
        if t.dep_ not in SUBJECTS:
            continue
        if t.pos_ != "PRON" or (it_goes_on and t.lower_ == "it" and t.head.lemma_ != "be"):
            return t
    return None


def main_subject_before(index: EntityIndex, token: Token) -> tuple[Entity, ...]:
    """The person named as the main subject of the sentence before that a "he" or "she" opening
    its own sentence's main clause goes on with, where the salient person it is taken for
    (`EntityIndex.entity_at`, the latest subject) was the subject only of a lesser clause of
    that sentence: "Har-Shefi said she heard Amir talk about killing Rabin ... Instead, she
    turned to her community rabbi" is Har-Shefi, not Amir. Not a person known to be of the
    other sex."""
    salient = opening_pronoun_person(index, token)
    if salient is None:
        return ()
    sentence = sentence_of(token)
    before = sentence_before(token)
    if before.start == sentence.start:
        return ()
    persons = index.subject_persons
    # A person named as a subject earlier in its own sentence is the one meant.
    if bisect_left(persons, (sentence.start,)) != bisect_left(persons, (token.i,)):
        return ()
    mains = [
        e
        for h in subjects(before.root)
        if h.pos_ == "PROPN"
        and (e := index.entity_at(h)) is not None
        and e.kind is EntityKind.PERSON
    ]
    if len(mains) != 1 or mains[0] == salient:
        return ()
    main = mains[0]
    # The salient person must be named as a subject in the sentence before, in a lesser clause.
    lesser = [
        i
        for i, e in persons[
            bisect_left(persons, (before.start,)) : bisect_left(persons, (token.i,))
        ]
        if e == salient
    ]
    if not lesser or any(doc_tokens(token.doc)[i].head == before.root for i in lesser):
        return ()
    return () if of_the_other_sex(index, token, main) else (main,)
