"""What a definite noun or an "it" names again: the body, the company or the place named
before it ("the company said" after a named company, "the unit" after the unit an apposition
named, "it" after a subject naming a country). The events and the statements both read their
doers and speakers through these."""

from __future__ import annotations

import functools

from spacy.tokens import Token

from kg import lexicon
from kg.extract.syntax import (
    OF,
    SUBJECTS,
    children,
    entities_of,
    group_before,
    name_head,
    prepositional_objects,
    subject_before,
    subjects,
    with_conjuncts,
)
from kg.model import Entity, EntityKind
from kg.nlp import (
    children_of,
    doc_lemmas,
    doc_tokens,
    head_of,
    sentence_of,
)
from kg.resolve.attribution import BODY_KINDS, company_named_short, heading_paper
from kg.resolve.entities import EntityIndex, is_country

# Subject pronouns that go on from the subject before them ("it" a country, "they" several).
ANAPHORIC_SUBJECTS = frozenset({"it", "they"})
DEFINITE = frozenset({"the", "this", "that"})
ORGANIZATIONS = frozenset({EntityKind.ORGANIZATION})
PARTICIPANT_KINDS = (
    EntityKind.PERSON,
    EntityKind.ORGANIZATION,
    EntityKind.GROUP,
)
IN_OR_FOR = frozenset({"in", "for"})
# The words in front of a noun that say which of its kind it is ("a large-scale air drill").
NOUN_MODIFIERS = frozenset({"amod", "compound", "nmod"})
# What a company described by its trade may carry besides its article: the words before,
# and the commas and participle after ("The airline company, owned by X, announced").
DESCRIBED_COMPANY_LINKS = NOUN_MODIFIERS | {"det", "punct", "acl"}
# The words a definite "alliance" may have that still leave it the one named before.
ALLIANCE_LINKS = frozenset({"det", "amod", "punct"})
# How often an article must name a body before "the alliance" is taken for it.
ALLIANCE_MENTIONS = 2


def speakers_body(index: EntityIndex, token: Token) -> Entity | None:
    """The body of the speaker that a bare "the party" in what they say stands for, whatever
    its name ends in and whichever party was named last ("Sinn Fein chairman Mitchell
    McLaughlin says the party will challenge the move", "Netanyahu, the Likud leader, said the
    party"; lexicon `membership_body_heads`): a party's own man speaks of his party."""
    if token.lower_ not in lexicon.words("membership_body_heads"):
        return None
    clause = token.head
    if token.dep_ not in {"nsubj", "nsubjpass"} or clause.dep_ != "ccomp":
        return None
    speakers = [c for c in children_of(clause.head) if c.dep_ == "nsubj"]
    if len(speakers) != 1:
        return None
    speaker = index.entity_at(speakers[0])
    if speaker is None or speaker.kind is not EntityKind.PERSON:
        return None
    bodies = {
        e
        for w in speakers[0].subtree
        if (e := index.entity_at(w)) is not None and e.kind is EntityKind.ORGANIZATION
    }
    return next(iter(bodies)) if len(bodies) == 1 else None


def body_repeated(index: EntityIndex, token: Token) -> Entity | None:
    """The organisation last named before a bare definite noun that heads its name: "the
    farm" after "the Ilhae Farm", "the factory" after "the Chonnaeri Cement Factory"; and for
    "the company" the organisation last named, when it is a company named with its legal form
    ("the company put itself up for sale" after "American Medical International Inc.";
    lexicons `company_nouns`, `company_suffixes`), also described by the kind of its trade
    ("The airline and casino company announced", `_described_company`); and for "the
    alliance" the organisation named most, more than once ("NATO decided ... The alliance
    invited", `_alliance_named_again`)."""
    if token.pos_ != "NOUN":
        return None
    if _described_company(token):
        return index.firm_named_before(token)
    if _alliance_named_again(token):
        # The body the article is about, named again and again ("NATO"), not the council or
        # the agency named last.
        return index.most_named_before(token, least=ALLIANCE_MENTIONS)
    if not bare_definite(token):
        return None
    if token.lemma_.casefold() in lexicon.words("company_nouns"):
        return index.firm_named_before(token)
    return speakers_body(index, token) or index.last_named_before(
        token, ORGANIZATIONS, lambda e: name_head(e.name) == token.lower_
    )


def _alliance_named_again(token: Token) -> bool:
    """A definite "alliance", adjectives before it allowed ("the alliance", "the western
    military alliance"; lexicon `alliance_nouns`), which names no body of its own: words
    naming its members ("the U.S.-ROK alliance") or a phrase after it ("the alliance of
    workers and peasants") make it another than the one named before."""
    if token.lemma_.casefold() not in lexicon.words("alliance_nouns"):
        return False
    words = children_of(token)
    if not any(definite_word(c) for c in words):
        return False
    other = lexicon.words("other_company_words")
    return all(
        c.dep_ in ALLIANCE_LINKS and c.pos_ != "PROPN" and c.lower_ not in other for c in words
    )


def company_by_trade(index: EntityIndex, token: Token) -> tuple[Entity, ...]:
    """The company an article about one company is about (none or one), which "the" and the
    noun of its trade name again: "The No. 2 auto maker then wrote the ministry", "the
    publishing concern said it retained ..." (lexicon `company_trades`). Words that make it
    another ("the rival maker"; lexicon `other_company_words`) or a phrase saying which ("the
    maker of the engines") refer to no company named before, unless the town the company is
    in goes before ("The El Paso, Texas, maker of Western boots said"). A place before the
    noun tells where the company is, not who acts ("the No. 1 U.S. auto maker", "the Blue
    Bell, Pa., concern"); a body named there is the company itself ("the Sony chip maker").
    So too "company" after the town the company is in ("The St. Louis company earned", "the
    Kirkland, Wash., company extended its offer"; lexicon `company_nouns`), which is no
    company of the town's own, nor is "the New York-based company": bare "the company" is
    left to `body_repeated`."""
    lemma = token.lemma_.casefold()
    placed = lemma in lexicon.words("company_nouns")
    if not placed and lemma not in lexicon.words("company_trades"):
        return ()
    words = children_of(token)
    if not any(c.dep_ == "det" and c.lower_ == "the" for c in words):
        return ()
    other = lexicon.words("other_company_words")
    if any(c.lower_ in other for c in words):
        return ()
    # "The El Paso, Texas, maker of Western boots said": after the town it is in, the phrase
    # tells what the company the article is about makes, not which other one is meant.
    placed_before = any(
        (e := index.entity_at(w)) is not None and e.kind is EntityKind.PLACE
        for c in words
        if c.i < token.i
        for w in c.subtree
    )
    if any(c.dep_ == "prep" for c in words) and not placed_before:
        return ()
    named = [index.entity_at(t) for t in (token, *words)]
    if placed:
        # "The New York-based company": the town may hang deeper than the noun's own words.
        named += [index.entity_at(w) for c in words if c.i < token.i for w in c.subtree]
        if not any(named):
            return ()
    if any(e is not None and e.kind is not EntityKind.PLACE for e in named):
        return ()
    company = index.company_of_trade(token) or index.main_company_before(token)
    return () if company is None else (company,)


def company_called_before(index: EntityIndex, token: Token) -> Entity | None:
    """The company a definite "the unit" or "the parent" names again: the company an
    apposition called a unit before, or the owner of that unit ("proposed to acquire the 22%
    it doesn't own of its U.S. unit, Esselte Business Systems Inc. ... the parent asked it to
    respond ... The unit said"; lexicons `company_part_nouns`, `parent_company_nouns`). The
    nearest such unit is meant; a phrase after the noun ("the unit of Acme") says which."""
    lemma = token.lemma_.casefold()
    parent = lemma in lexicon.words("parent_company_nouns")
    if token.pos_ != "NOUN" or index.entity_at(token) is not None:
        return None
    if not parent and lemma not in lexicon.words("company_part_nouns"):
        return None
    words = children_of(token)
    if not any(c.dep_ == "det" and c.lower_ == "the" for c in words) or any(
        c.dep_ == "prep" for c in words
    ):
        return None
    lemmas = doc_lemmas(token.doc)
    tokens = doc_tokens(token.doc)
    nouns = [lemma] if not parent else sorted(lexicon.words("company_part_nouns"))
    places = sorted(i for n in nouns for i in positions_before(lemmas, n, token.i))
    # "The finance unit" is no unit called "its U.S. unit": words before the noun must be
    # those of the unit named before.
    kind = {c.lower_ for c in words if c.dep_ in {"compound", "amod"}}
    for i in reversed(places):
        noun = tokens[i]
        if not kind <= {c.lower_ for c in children_of(noun)}:
            continue
        named = [noun.head] if noun.dep_ == "appos" else children(noun, "appos")
        unit = next(
            (
                e
                for t in named
                if (e := index.entity_at(t)) is not None and e.kind is EntityKind.ORGANIZATION
            ),
            None,
        )
        if unit is None:
            continue
        if not parent:
            return unit
        owners = [
            e
            for p in children(noun, "poss")
            for e in (antecedents(index, p) if p.lower_ == "its" else entities_of(index, [p]))
            if e.kind is EntityKind.ORGANIZATION and e != unit
        ]
        return owners[0] if owners else None
    return None


def positions_before(words: tuple[str, ...], word: str, end: int) -> list[int]:
    """The indices of `word` among `words` before `end`, in order: found by the tuple's own
    search, not by reading each word in Python."""
    found: list[int] = []
    at = -1
    try:
        while True:
            at = words.index(word, at + 1, end)
            found.append(at)
    except ValueError:  # no more
        return found


def _described_company(token: Token) -> bool:
    """A definite "company" with words before it telling its trade or size, which news copy
    uses for the company it is about ("Velmont Resorts Inc. ... The hotel and cruise
    company, 80%-owned by Edgar Lintz, announced"). Words that set it apart from that
    one ("the parent company", "a rival firm") make it another (lexicon `other_company_words`);
    an "of" or "in" phrase after it may name one of its own ("the company in Texas")."""
    if token.lemma_.casefold() not in lexicon.words("company_nouns"):
        return False
    words = children_of(token)
    before = [c for c in words if c.i < token.i and c.dep_ != "det"]
    if not before or not any(definite_word(c) for c in words):
        return False
    if any(c.dep_ not in DESCRIBED_COMPANY_LINKS for c in words):
        return False
    described = [w for c in before for w in c.subtree]
    other = lexicon.words("other_company_words")
    return not any(w.lower_ in other or w.pos_ in {"NUM", "PROPN"} for w in described)


def body_named_again(index: EntityIndex, token: Token) -> Entity | None:
    """The organisation or site last named before a definite noun whose words end the name
    before its "of" phrase: "the baby home" for "the Pyongyang Baby Home", "the rebuilt mausoleum"
    for "the Mausoleum of King Tangun". Words telling its state ("rebuilt") may go before."""
    words = children_of(token)
    if not any(definite_word(c) for c in words):
        return None
    # Made once, not for each name tested.
    key = " ".join(["", *(c.lower_ for c in words if c.dep_ == "compound"), token.lower_])
    return index.last_named_before(
        token,
        BODY_KINDS,
        lambda e: f" {e.name.casefold().split(' of ')[0]}".endswith(key),
    )


def definite_word(token: Token) -> bool:
    return token.dep_ == "det" and token.lower_ in DEFINITE


def antecedents(index: EntityIndex, token: Token) -> tuple[Entity, ...]:
    """Who a subject "it" or "they" stands for when no group does: the subject of the
    nearest clause before it, in its sentence or the one before. "It seized another tanker"
    after "the U.S. snatched oil" is the U.S.; "They were seen off" after "A, minister of X,
    and her party left" is A and her party. A country or a body is "it"; "they" are several
    named subjects, as one named person is no "they". "Its" stands for what "it" would ("It
    has increased the production ... Its production processes won the authentication")."""
    possessive = token.dep_ == "poss" and token.lower_ == "its"
    word = "it" if possessive else token.lower_
    if not (token.dep_ in SUBJECTS or possessive) or word not in ANAPHORIC_SUBJECTS:
        return ()
    if token.dep_ == "nsubjpass" and children(token.head, "ccomp"):
        return ()  # "it was proved that ...": the "it" stands for the clause
    if word == "they" and group_before(index, token) is not None:
        return ()
    if word == "it" and not possessive and (claimant := _body_claiming(index, token)):
        return (claimant,)
    earlier = subject_before(token, it_goes_on=word == "it")
    if earlier is None:
        return ()
    if word == "it":
        found = _it_meant(index, token, earlier, possessive)
        if possessive and not any(is_country(e) for e in found):
            return _invader_since(index, token, earlier) or found
        return found
    heads = subjects(earlier.head) + stranded_subjects(earlier.head)
    if len(heads) < 2:
        return ()
    return entities_of(index, heads, *PARTICIPANT_KINDS)


def _it_meant(
    index: EntityIndex, token: Token, earlier: Token, possessive: bool
) -> tuple[Entity, ...]:
    """The place or body an "it" stands for, from the nearest subject before it."""
    if earlier.pos_ == "PRON":
        # "The farm has ... It has ... As a result, it reaped": the same "it" goes on.
        return antecedents(index, earlier)
    found = _body_meant(index, earlier, possessive)
    if found or sentence_of(earlier).start == sentence_of(token).start:
        return found
    return _body_of_sentence_before(index, token, earlier, possessive)


def _invader_since(index: EntityIndex, token: Token, earlier: Token) -> tuple[Entity, ...]:
    """The country named last between an "its" owning a noun of a military act (lexicon
    `invading_nouns`) and the subject it would stand for: "The Security Council will not lift
    the sanctions imposed on Iraq after its invasion of Kuwait" (Iraq, not the council)."""
    if token.head.lemma_.casefold() not in lexicon.words("invading_nouns"):
        return ()
    named = (index.entity_at(t) for t in reversed(doc_tokens(token.doc)[earlier.i + 1 : token.i]))
    return next(((e,) for e in named if e is not None and is_country(e)), ())


def body_named_by(index: EntityIndex, token: Token) -> Entity | None:
    """The body or site named before that a common noun names again, for what it does or
    says: "the farm" after "the Ilhae Farm" (`body_repeated`), "the chip maker" for the company
    an article is about (`company_by_trade`), "the baby home" after "the Pyongyang Baby Home"
    (`body_named_again`), "Esselte" after "Esselte AB" (`company_named_short`), "the unit"
    after the unit an apposition named (`company_called_before`)."""
    return (
        body_repeated(index, token)
        or next(iter(company_by_trade(index, token)), None)
        or body_named_again(index, token)
        or company_named_short(index, token)
        or company_called_before(index, token)
    )


def _body_meant(index: EntityIndex, subject: Token, possessive: bool) -> tuple[Entity, ...]:
    """The place or body a subject names, which an "it" may stand for."""
    # "the province has built goat farms ... it secured goats": the place or body the
    # subject names again by the last words of its name.
    entity = (
        _group_naming_body(index, subject)
        or index.entity_at(subject)
        or body_named_by(index, subject)
        # "- The daily carries a decision ...\n- It deals with a notice ...": the paper.
        or heading_paper(index, subject)
        # Not "its": "shares of Connaught had been tendered to its offer" is the bidder's.
        or (None if possessive else next(iter(_company_of_stock(index, subject)), None))
    )
    kinds = {EntityKind.PLACE, EntityKind.ORGANIZATION}
    # "Its moves" are a body's or a country's, which is no group's.
    one = not possessive and entity is not None and _one(entity)
    return (entity,) if entity is not None and (entity.kind in kinds or one) else ()


def _company_of_stock(index: EntityIndex, subject: Token) -> list[Entity]:
    """The company whose stock or shares a subject names, which an "it" after stands for as
    the market's move is done to it: "Its stock has been trading under $4. Yesterday it
    closed at $4.375" (lexicon `traded_nouns`)."""
    if subject.lemma_.casefold() not in lexicon.words("traded_nouns"):
        return []
    owners = [p for p in children(subject, "poss") if p.lower_ == "its"]
    return companies_traded(index, [subject]) + [
        e for p in owners for e in antecedents(index, p) if e.kind is EntityKind.ORGANIZATION
    ]


def _body_claiming(index: EntityIndex, token: Token) -> Entity | None:
    """The body whose statement a "that" clause with the subject "it" tells: "an Intelogic
    announcement that it will retain a banker", "the ministry's claim that it acted": the "it"
    is that body, named before the noun, not the subject of a clause before."""
    verb = head_of(token)
    if verb.dep_ != "acl" or not children(verb, "mark"):
        return None
    noun = head_of(verb)
    named = (
        index.entity_at(c) for c in children_of(noun) if c.dep_ in ("compound", "amod", "poss")
    )
    kinds = (EntityKind.ORGANIZATION, EntityKind.PLACE)
    return next((e for e in named if e is not None and e.kind in kinds), None)


def _group_naming_body(index: EntityIndex, subject: Token) -> Entity | None:
    """The body named before that a subject taken for a group of people names again by the
    last words of its name: "The shock brigade is solving ... It also conducted a workshop"
    after "the May 5 Shock Brigade of Scientists", which is what the "it" stands for."""
    named = index.entity_at(subject)
    if named is None or named.kind is not EntityKind.GROUP:
        return None
    # A bare noun ("the government") is the group the gold and the reader name by it; the
    # words of a longer name ("the shock brigade") are what names the body again.
    return body_named_again(index, subject) if children(subject, "compound") else None


def _body_of_sentence_before(
    index: EntityIndex, token: Token, earlier: Token, possessive: bool
) -> tuple[Entity, ...]:
    """What an "it" opening its clause stands for when the nearest subject before it, in a
    clause the sentence before embeds, names nothing: the subject of that sentence's main
    clause ("The ministry has directed attention ... so that the project is carried out as
    required. It dispatched researchers": the ministry, not the project)."""
    if head_of(token).lemma_ == "be":
        return ()  # "It is necessary to make our stand clear": the "it" of what follows
    root = sentence_of(earlier).root
    clause = head_of(earlier)
    while clause.dep_ == "conj" and clause != root:
        clause = head_of(clause)
    if clause == root:
        return ()
    main = subjects(root)
    if main and main[0].lower_ == "it":
        # "It advanced the policy to make the people enjoy ... It has pushed ahead": the "it"
        # of that main clause goes on.
        return antecedents(index, main[0])
    main = [s for s in main if s.pos_ != "PRON"]
    return _body_meant(index, main[0], possessive) if main else ()


def _one(entity: Entity) -> bool:
    """A group named by a singular collective noun, which is an "it" ("The delegation arrived.
    It was greeted at the airport")."""
    return entity.kind is EntityKind.GROUP and name_head(entity.name) in lexicon.words(
        "collective_heads"
    )


def stranded_subjects(verb: Token) -> list[Token]:
    """Subjects the parser strands at the root: in "Choe Son Hui, foreign minister of the
    DPRK, and her party left" the name heads the sentence and "left" is its conjunct. The
    names coordinated at the root are subjects of that verb and of the clauses that inherit
    its subject ("left ... to take part")."""
    while (
        verb.dep_ in {"advcl", "xcomp"}
        and verb.head.pos_ in {"VERB", "AUX"}
        and not any(c.dep_ in SUBJECTS for c in children_of(verb))
    ):
        verb = verb.head
    root = verb.head
    if verb.dep_ != "conj" or root.dep_ != "ROOT" or root.pos_ not in {"PROPN", "NOUN"}:
        return []
    return [t for t in with_conjuncts(root) if t.pos_ in {"PROPN", "NOUN"}]


def companies_traded(index: EntityIndex, heads: list[Token]) -> list[Entity]:
    """The companies whose shares or stock a subject names, which the market's move is done
    to: "Citadel shares closed at $45.75", "American depositary shares for Dalworth closed
    unchanged" (lexicon `traded_nouns`). A word in front that names no entity of its own is
    the first word of the name of a company named before ("Citadel" after "Citadel Holding
    Corp."); a place in front is where the trading is ("London shares", `_event_subject_place`)."""
    traded = lexicon.words("traded_nouns")
    found: list[Entity] = []
    for head in heads:
        if head.pos_ != "NOUN" or head.lemma_.casefold() not in traded:
            continue
        named = children(head, *NOUN_MODIFIERS) + prepositional_objects(head, IN_OR_FOR | OF)
        for word in named:
            entity = company_in_front(index, word)
            if entity is not None and entity.kind is EntityKind.ORGANIZATION:
                found.append(entity)
    return found


def company_in_front(index: EntityIndex, word: Token) -> Entity | None:
    """The entity a word names, or, when it names none and stands capitalised in front of a
    noun, the company named before whose name it is or opens ("Citadel" after "Citadel
    Holding Corp."). The parse may take the word for an adjective ("Telemark shares fell")."""
    entity = index.entity_at(word)
    if entity is None and word.dep_ in NOUN_MODIFIERS and word.text[:1].isupper():
        entity = index.last_named_before(
            word, ORGANIZATIONS, functools.partial(_named_first, word.text)
        )
    return entity


def _named_first(first: str, entity: Entity) -> bool:
    return entity.name == first or entity.name.startswith(f"{first} ")


def bare_definite(noun: Token) -> bool:
    """A bare definite mention, "the test", that can only refer back: "the third meeting of
    the Political Bureau" introduces an event of its own."""
    kinds = {c.dep_ for c in children_of(noun)} - {"punct", "cc", "conj"}
    return kinds == {"det"} and any(definite_word(c) for c in children_of(noun))
