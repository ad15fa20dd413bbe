"""Whom a "he" or "she" stands for where the index's salient person is stale: shared by the
event and statement extractors and by attribution, which sits below them."""

from __future__ import annotations

import itertools
from bisect import bisect_left

from spacy.tokens import Doc, Span, Token

from kg import lexicon
from kg.model import Entity, EntityKind
from kg.nlp import doc_memo, doc_text, doc_tokens, has_the, sentence_of
from kg.resolve.entities import (
    PERSON_SUBJECT_PRONOUNS,
    PERSONAL_PRONOUNS,
    EntityIndex,
    according_to,
    names_one_person,
)

SUBJECTS = frozenset({"nsubj", "nsubjpass"})
FEMININE_PRONOUNS = frozenset({"she", "her", "hers"})
OBJECT_PRONOUNS = frozenset({"him", "her"})


def sentence_before(token: Token) -> Span:
    """The sentence before the token's, or its own if it is the first."""
    sent = sentence_of(token)
    return sentence_of(doc_tokens(token.doc)[sent.start - 1]) if sent.start > 0 else sent


def known_sexes(index: EntityIndex, doc: Doc) -> dict[Entity, bool]:
    """Whether each person whose sex the article shows is a woman: by the word before a name
    ("Mr.", "Mrs.", "widow"; lexicons `masculine_nouns`, `feminine_nouns`) or else its given
    name (lexicons `masculine_given_names`, `feminine_given_names`). The first mention that
    shows it decides."""
    kept = doc_memo(doc, "known sexes")
    if kept.get("index") is index:
        return kept["sexes"]
    text = doc_text(doc)
    titles_of_either = lexicon.union("masculine_nouns", "feminine_nouns")
    of_a_woman = lexicon.union("feminine_nouns", "feminine_given_names")
    of_a_man = lexicon.union("masculine_nouns", "masculine_given_names")
    sexes: dict[Entity, bool] = {}
    for m in index.mentions:
        if m.entity.kind is not EntityKind.PERSON or m.entity in sexes:
            continue
        words = m.mention.text.casefold().split()
        # A mention may hold its own title ("Mrs. Smith"); the given name follows it.
        titles = tuple(itertools.takewhile(titles_of_either.__contains__, words))
        marks = {*text[max(0, m.mention.start - 12) : m.mention.start].casefold().split()[-1:]}
        marks.update(titles, words[len(titles) : len(titles) + 1])
        if marks & of_a_woman:
            sexes[m.entity] = True
        elif marks & of_a_man:
            sexes[m.entity] = False
    kept.update(index=index, sexes=sexes)
    return sexes


def of_the_other_sex(index: EntityIndex, pronoun: Token, person: Entity) -> bool:
    """Whether the article shows the person a "he", "him", "she" or "her" is taken for to be
    of the other sex: "Gloria Estefan ... said: I welcome him" is not Estefan."""
    if pronoun.lower_ not in PERSONAL_PRONOUNS:
        return False
    sex = known_sexes(index, pronoun.doc).get(person)
    return sex is not None and sex != (pronoun.lower_ in FEMININE_PRONOUNS)


def opening_pronoun_person(index: EntityIndex, token: Token) -> Entity | None:
    """The person (`EntityIndex.entity_at`) a subject "he" or "she" opening a main clause is
    taken for, which the rules below may set aside for someone named more recently; None for
    any other token."""
    if token.lower_ not in PERSON_SUBJECT_PRONOUNS or token.dep_ not in SUBJECTS:
        return None
    if token.head.dep_ != "ROOT":
        return None
    salient = index.entity_at(token)
    return salient if salient is not None and salient.kind is EntityKind.PERSON else None


def person_named_since(index: EntityIndex, token: Token) -> tuple[Entity, ...]:
    """The one person the sentence before names, whom a "he" or "she" opening a main clause
    goes on with where the salient person it is taken for (`EntityIndex.entity_at`) was last
    named as a subject farther back and no pronoun or noun for one person has come since: "IMA
    asked Mr. Gilleland to stay on as an equity participant. He indicated that some assets
    might be sold" is Gilleland, not the director named as a subject two sentences before.
    Not a person known to be of the other sex."""
    salient = opening_pronoun_person(index, token)
    if salient is None:
        return ()
    since = sentence_before(token).start
    persons = index.subject_persons
    last = persons[bisect_left(persons, (token.i,)) - 1][0]
    if last >= since:
        return ()
    tokens = doc_tokens(token.doc)
    # "Kim inspected the farm. He was accompanied by Ri. He said", "... visited the museum.
    # Being briefed, the ambassador went round": a subject "he" or "the" and a noun for one
    # person since goes on with the salient person; "a judge" is someone new.
    if any(
        t.dep_ in SUBJECTS
        and (
            t.lower_ in PERSON_SUBJECT_PRONOUNS
            or (
                t.pos_ == "NOUN"
                and (names_one_person(t.lower_) or t.lower_ in lexicon.words("titles"))
                and (has_the(t) or any(c.dep_ == "poss" for c in t.children))
            )
        )
        for t in tokens[last + 1 : token.i]
    ):
        return ()
    # "... asked the ambassador to convey his best wishes to Kim Jong Un. He said": whom a
    # pronoun of the sentence before stands for, the names do not tell.
    if any(t.lower_ in PERSONAL_PRONOUNS for t in tokens[since : token.i]):
        return ()
    # A possessor ("briefed on Kim Il Sung's feats") is not whom the sentence is about.
    named = {
        e
        for t in tokens[since : token.i]
        if t.pos_ == "PROPN"
        and "poss" not in {t.dep_, t.head.dep_}
        and (e := index.by_token.get(t.i)) is not None
        and e.kind is EntityKind.PERSON
    }
    if len(named) != 1 or salient in named:
        return ()
    person = named.pop()
    return () if of_the_other_sex(index, token, person) else (person,)


def lone_person_since(index: EntityIndex, token: Token) -> tuple[Entity, ...]:
    """The unnamed person a subject "he" or "she" stands for where one was the last subject
    of a main clause, or the one credited "according to", in its sentence or the one before,
    after the person named last as a subject (whom `EntityIndex.entity_at` would take):
    "Bush spoke on Monday. A U.S. official said the ships were ready. He declined to say
    ..." is the official, a group of one. Subjects of lesser clauses are passed over ("When
    the man on duty answered, the Chairman said that he ..."), and so is one who did something
    to a "him" or "her" after: "An official made him a request. He said ..." goes on with
    whom the "him" stands for."""
    if token.lower_ not in PERSON_SUBJECT_PRONOUNS or token.dep_ not in SUBJECTS:
        return ()
    persons = index.subject_persons
    at = bisect_left(persons, (token.i,))
    since = max(sentence_before(token).start, persons[at - 1][0] + 1 if at else 0)
    tokens = doc_tokens(token.doc)
    for before in reversed(tokens[since : token.i]):
        credited = according_to(before)
        if not credited and (before.dep_ not in SUBJECTS or before.head.dep_ != "ROOT"):
            continue
        entity = index.by_token.get(before.i)
        if (
            not any(
                t.tag_ == "PRP" and t.lower_ in OBJECT_PRONOUNS for t in tokens[before.i : token.i]
            )
            and before.tag_ == "NN"
            and entity is not None
            and entity.kind is EntityKind.GROUP
            and names_one_person(before.lower_)
        ):
            return (entity,)
        return ()
    return ()
