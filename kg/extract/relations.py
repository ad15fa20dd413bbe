"""Relations the text states in appositions: kinship, job titles, places inside places."""

from __future__ import annotations

import functools
import itertools
from collections.abc import Iterable, Iterator, Mapping
from types import MappingProxyType

from spacy.tokens import Doc, Span, Token

from kg import lexicon
from kg.extract import extractors
from kg.extract.context import POINTS, SUBJECTS, Context
from kg.extract.syntax import (
    ARTICLES,
    FOR,
    OF,
    TO,
    as_place,
    countries_of_adjectives,
    entities_of,
    name_head,
    prepositional_objects,
    subject_before,
    with_conjuncts,
)
from kg.model import Entity, EntityKind, Mention, PlaceType, Relation
from kg.nlp import (
    ancestor_indices,
    breaks_line,
    children_of,
    compound_head,
    doc_lemmas,
    doc_lowers,
    doc_sentences,
    doc_tokens,
    expanded_span,
    parse_tables,
    phrase_objects,
    sentence_of,
    span_root,
    span_sentence,
    token_span,
    tokens_text,
    unit_part,
)
from kg.resolve.attribution import named_by_surname
from kg.resolve.entities import (
    PERSON_SUBJECT_PRONOUNS,
    EntityIndex,
    holders_counted,
    leading_post,
    posts_of_the_named,
    singular,
)

TITLE_ENDS = frozenset({"of", "to"})
SITE_PREPOSITIONS = frozenset({"in", "on"})
# "elected Kim as chairman".
AS = frozenset({"as"})
LOCATED_PREPOSITIONS = frozenset({"in", "on", "at"})
# The phrases a place is named in as where something is or lies ("at the square", "of the city").
PLACE_PHRASE_PREPOSITIONS = LOCATED_PREPOSITIONS | OF
CONTAINMENT_PREPOSITIONS = frozenset({"of", "in"})
# "sites in the province, including X", "nations across the region, including Y", "the peaks
# of the mountain, including Z": the word that gives examples of things, the phrases saying
# where the things are, and the words between the examples listed.
EXAMPLE_PREPOSITIONS = frozenset({"including"})
AREA_PREPOSITIONS = frozenset({"in", "across", "of"})
LIST_WORDS = frozenset({",", "and", "the"})
# The phrases naming the body a body is part of.
PARENT_PREPOSITIONS = frozenset({"of", "under"})
UNDER = frozenset({"under"})
# The divisions a village or ward named with its suffix lies in ("Pidan-ri, Kumya County").
DIVISIONS_OVER_VILLAGES = frozenset({"County", "FirstLevelDivision"})
# Dashes that close an aside around a name and its title.
CLAUSE_DASHES = frozenset({"—", "–", "--"})
# Kinship that holds both ways: a brother's brother is his sibling too.
SYMMETRIC_KINSHIP = frozenset({"schema:sibling", "schema:spouse"})
# The kinship the other way round: the son's `schema:parent` is the father's `schema:children`.
CONVERSE_KINSHIP: Mapping[str, str] = MappingProxyType(
    {
        "schema:sibling": "schema:sibling",
        "schema:spouse": "schema:spouse",
        "schema:parent": "schema:children",
        "schema:children": "schema:parent",
    }
)
# The phrases naming the body an office is held in: "lecturer at the University of York".
BODY_PREPOSITIONS = frozenset({"at", "of", "for", "in", "with"})
# The prepositions joining an office to the field it is for: "director of sales".
PORTFOLIO_PREPOSITIONS = frozenset({"of", "for"})
# Words a title holds at most to be read as a company's office without its company.
MAX_COMPANY_OFFICE_WORDS = 4
# "manager of the factory", "chief engineer at the complex": the phrase a title's body is
# described in with common nouns (`_described_bodies`), and the words that may describe it.
DESCRIBED_BODY_PREPOSITIONS = frozenset({"of", "at"})
DESCRIBING_POS = frozenset({"NOUN", "ADJ", "PART"})
POSSESSIVE_ENDINGS = frozenset({"'s", "’s"})
# A title ends where the body it is held at follows ("a trader at ...", "an analyst with ...");
# after "in" only where a body or place is named ("editor in chief" is one title), after "for"
# only where a body is ("vice president for finance", "official for Lebanon affairs").
HELD_AT_PREPOSITIONS = frozenset({"at", "with"})
RELATIVE_TAGS = frozenset({"WDT", "WP", "WP$"})
# What a word tagged an adjective does when the parse makes it a noun phrase's head.
NOUN_PHRASE_HEADS = frozenset({"appos", "attr", "conj", "dobj", "nsubj", "pobj"})
# The units an age is counted in: "52-year-old", "six-month-old".
AGE_UNITS = frozenset({"year", "month", "week", "day"})
# The small words inside a title written before a name in a list ("First Vice-Chairman and
# concurrently Director of the Organizational Department Pak").
TITLED_ITEM_WORDS = frozenset({"of", "the", "and", "concurrently"})


def _appositions(token: Token) -> list[Token]:
    return [c for c in children_of(token) if c.dep_ == "appos"]


def _is_title(token: Token) -> bool:
    """The token is (or begins) a title: "secretary", "secretaries", "charge d'affaires"."""
    titles = lexicon.words("titles")
    # The tagger takes some rarer titles for adjectives ("an obstetrician and gynecologist"),
    # though the parse makes them heads of a noun phrase.
    nominal = token.pos_ in {"NOUN", "PROPN"} or (
        token.pos_ == "ADJ" and token.dep_ in NOUN_PHRASE_HEADS
    )
    if token.lemma_.casefold() in titles and nominal:
        return True
    # The tagger leaves a capitalised plural its own lemma: "Justices O'Connor and Kennedy";
    # read so only before a person's name, not in a body's ("Board of Directors").
    if (
        token.tag_ == "NNPS"
        and token.dep_ == "compound"
        and token.head.ent_type_ == "PERSON"
        and singular(token.lower_) in titles
    ):
        return True
    if token.text.casefold() not in _title_beginnings():
        return False  # no title of several words begins so: no phrase to look at
    doc = token.doc
    tables = parse_tables(doc)
    # Only phrases of several words: "vice" of "vice-chairman" is no title.
    return any(
        tokens_text(doc, token.i, token.i + size).casefold() in titles
        for size in range(2, min(lexicon.longest_phrase("titles"), len(doc) - token.i) + 1)
        if not tables.glued(token.i + size - 2)
    )


@functools.cache
def _title_beginnings() -> frozenset[str]:
    """Every beginning of every title, character by character ("c", "ch", ... "charge d'")."""
    return frozenset(title[:n] for title in lexicon.words("titles") for n in range(len(title)))


def _plural_title(tokens: list[Token]) -> bool:
    first = next((t for t in tokens[:4] if _is_title(t)), None)
    return first is not None and first.tag_ in {"NNS", "NNPS"}


def _title_forms(tokens: list[Token], index: EntityIndex) -> list[str]:
    """A title as written, and in the singular when a plural one is given to each of several
    people ("deputy chiefs of the KPA General Staff": each is a deputy chief)."""
    tokens = _title_proper(tokens, index)
    written = "".join(t.text_with_ws for t in tokens).strip()
    plural = [t for t in tokens if t.tag_ in {"NNS", "NNPS"} and _is_title(t)]
    if not plural:
        return [written]
    single = "".join(_one_of(t) + t.whitespace_ if t in plural else t.text_with_ws for t in tokens)
    return [written, single.strip()]


def _one_of(plural: Token) -> str:
    """A plural title word in the singular ("Justices": "Justice"), which the tagger leaves
    a capitalised plural's lemma."""
    return singular(plural.text) if plural.lemma_ == plural.text else plural.lemma_


def _title_proper(tokens: list[Token], index: EntityIndex) -> list[Token]:
    """The title without its article, the body named before it, the body and place it is held
    at or a relative clause: "a Vanguard vice president" and "a trader at Acme Securities in
    Zurich" hold the titles "vice president" and "trader" (the bodies are memberships of their
    own)."""
    while len(tokens) > 1 and tokens[0].lower_ in ARTICLES:
        tokens = tokens[1:]
    tokens = _without_age(tokens)
    first = next((k for k, t in enumerate(tokens) if _is_title(t)), None)
    if first is not None and all(_named_body(index, t) for t in tokens[:first]):
        tokens = tokens[first:]
    for k, token in enumerate(tokens[1:], 1):
        if _in_name(index, token):
            continue  # "the General Association of Korean Residents in Japan"
        named = _named_after(index, tokens[k + 1 :])
        held_in = token.lower_ == "in" and named in {EntityKind.ORGANIZATION, EntityKind.PLACE}
        held_for = token.lower_ == "for" and named is EntityKind.ORGANIZATION
        # "an obstetrician who performed abortions": the clause says more of the person.
        relative = token.tag_ in RELATIVE_TAGS
        if token.lower_ in HELD_AT_PREPOSITIONS or held_in or held_for or relative:
            tokens = tokens[:k]
            while len(tokens) > 1 and tokens[-1].is_punct:
                tokens = tokens[:-1]
            return tokens
    return tokens


def _without_age(tokens: list[Token]) -> list[Token]:
    """The title without the age written before it: "a 52-year-old obstetrician" holds the
    office "obstetrician"."""
    for k, token in enumerate(tokens[:-1]):
        age = list(token.subtree)
        if token.lower_ == "old" and tokens[0] in age and any(t.lemma_ in AGE_UNITS for t in age):
            return tokens[k + 1 :]
    return tokens


def _named_body(index: EntityIndex, token: Token) -> bool:
    named = index.entity_at(token)
    return named is not None and named.kind is EntityKind.ORGANIZATION


def _named_after(index: EntityIndex, tokens: list[Token]) -> EntityKind | None:
    """The kind of the name the words begin with, after "the" if any ("for Lebanon affairs"
    names a portfolio, "for the FBI" a body)."""
    if tokens and tokens[0].lower_ == "the":
        tokens = tokens[1:]
    named = index.entity_at(tokens[0]) if tokens else None
    return named.kind if named is not None else None


def _title_tokens(head: Token, index: EntityIndex) -> list[Token]:
    """The title phrase headed by `head`, without coordinated titles or names."""
    skip: set[int] = set()
    for token in head.subtree:
        named = index.entity_at(token)
        coordinated = token.dep_ in {"conj", "cc", "appos"} and token.i != head.i
        if coordinated and (token.head.i == head.i or (named and named.kind is EntityKind.PERSON)):
            skip.update(t.i for t in token.subtree)
    tokens = [t for t in head.subtree if t.i not in skip]
    # A list written one entry a line ("A, minister of X\nB, minister of Y"): the parse may
    # run the title on into the next entry.
    tokens = list(itertools.takewhile(lambda t: t.i < head.i or not breaks_line(t), tokens))
    while tokens and (tokens[-1].is_punct or tokens[-1].dep_ == "cc"):
        tokens.pop()
    while tokens and tokens[0].dep_ == "det":
        tokens.pop(0)
    return _title_start(tokens)


def _title_start(tokens: list[Token]) -> list[Token]:
    """The title's words with those before them the parse hangs elsewhere."""
    if not tokens:
        return tokens
    # "vice-chairman": the parse may leave the word's first half out of the title's phrase.
    doc = tokens[0].doc
    while tokens and tokens[0].i >= 2 and doc[tokens[0].i - 1].text == "-":
        first, hyphen = doc[tokens[0].i - 2], doc[tokens[0].i - 1]
        if first.whitespace_ or hyphen.whitespace_:
            break
        tokens[:0] = [first, hyphen]
    # "first vice-president": a rank word the parse hangs elsewhere still begins the title.
    modifiers = lexicon.words("title_modifiers")
    while tokens and tokens[0].i >= 1 and doc[tokens[0].i - 1].lower_ in modifiers:
        tokens.insert(0, doc[tokens[0].i - 1])
    return tokens


def _bodies(index: EntityIndex, tokens: list[Token]) -> tuple[Entity, ...]:
    """The organisations a title phrase names, with those named inside their names: a
    secretary of "the Central Committee of the Communist Party of Vietnam" is a member of
    both bodies."""
    found = dict.fromkeys(
        _named_for(index, e) for e in entities_of(index, tokens, EntityKind.ORGANIZATION)
    )
    for token in tokens:
        found.update((e, None) for e in index.inner_at(token) if e.kind is EntityKind.ORGANIZATION)
    found.update((e, None) for e in _portfolio_bodies(index, tokens))
    if not found:
        found.update((e, None) for e in _described_bodies(index, tokens))
    return tuple(found)


def _named_for(index: EntityIndex, body: Entity) -> Entity:
    """The body the article names that a body written in common nouns stands for: "the
    municipal people's committee" is the Hamhung Municipal People's Committee the article
    names, when it names one body so and no other."""
    if body.name != body.name.casefold():
        return body
    named = _bodies_ending(index, body.name.casefold())
    return named[0] if len(named) == 1 else body


def _described_bodies(index: EntityIndex, tokens: list[Token]) -> Iterator[Entity]:
    """ "manager of the tractor factory", "chief engineer of the complex": the one body the
    article names whose name ends with the common nouns of the title's "of" or "at" phrase
    (the Sohung Tractor Factory, the Hwasong Iron and Steel Complex)."""
    for k, token in enumerate(tokens[:-2]):
        if token.lower_ not in DESCRIBED_BODY_PREPOSITIONS or tokens[k + 1].lower_ != "the":
            continue
        words: list[str] = []
        for word in tokens[k + 2 :]:
            if not word.is_lower or word.pos_ not in DESCRIBING_POS:
                break
            words.append(word.text_with_ws)
        nouns = "".join(words).strip().casefold()
        if not nouns or words[-1].strip() in POSSESSIVE_ENDINGS:
            continue
        named = _bodies_ending(index, nouns)
        if len(named) == 1:
            yield named[0]
        return


def _bodies_ending(index: EntityIndex, nouns: str) -> list[Entity]:
    """The organisations the article names (in capitals) whose name ends with the nouns."""
    found: dict[Entity, None] = {}
    for mention in index.mentions:
        entity = mention.entity
        name = entity.name.casefold()
        if (
            entity.kind is EntityKind.ORGANIZATION
            and entity.name != name
            and name.endswith(f" {nouns}")
        ):
            found[entity] = None
    return list(found)


def _portfolio_bodies(index: EntityIndex, tokens: list[Token]) -> Iterator[Entity]:
    """The ministry a minister's portfolio stands for, where the article names it: a
    "vice-minister of National Defence" belongs to the Ministry of National Defence the article
    names elsewhere (the portfolio's words name no body of their own), when it names one."""
    for k, token in enumerate(tokens[:-2]):
        if token.lower_ not in lexicon.words("portfolio_titles") or tokens[k + 1].lower_ != "of":
            continue
        words: list[str] = []
        for word in tokens[k + 2 :]:
            if word.lower_ in {"of", ","} or not (word.text[:1].isupper() or word.lower_ == "and"):
                break
            words.append(word.lower_)
        if words and words[-1] != "and":
            # Two countries' ministries of one portfolio: the title alone cannot tell which.
            ministries = set(_named_ministries(index, f"ministry of {' '.join(words)}"))
            if len(ministries) == 1:
                yield from ministries


def _named_ministries(index: EntityIndex, ministry: str) -> Iterator[Entity]:
    """The organisations named `ministry` (case-folded), with or without their country: "the
    Ministry of Public Security of the DPRK", "the DPRK Ministry of Public Security"."""
    for mention in index.mentions:
        entity = mention.entity
        names = {entity.name.casefold(), (mention.alias or "").casefold()}
        if entity.kind is EntityKind.ORGANIZATION and any(
            n == ministry or n.startswith(f"{ministry} of ") or n.endswith(f" {ministry}")
            for n in names
        ):
            yield entity


def _coordinated_people(root: Token, index: EntityIndex) -> list[Entity]:
    """Everyone named in the list the token ends ("A, B and C, secretaries of ..."), from the
    last one given a title of their own: "A, member of ..., and B and C, secretaries of ..."
    makes B and C secretaries, not A."""
    top = root
    while top.dep_ == "conj" and index.entity_at(top.head) is not None:
        top = top.head
    listed = list(with_conjuncts(top))
    titled = [t.i for t in listed if t.i < root.i and any(map(_is_title, _appositions(t)))]
    start = max(titled, default=-1)
    return [
        e
        for t in listed
        if t.i > start and (e := index.entity_at(t)) is not None and e.kind is EntityKind.PERSON
    ]


def _posts(index: EntityIndex, root: Token, entity: Entity) -> list[Token]:
    """The words naming the posts the sentence gives the person named at `root`."""
    return posts_of_the_named(
        root, lambda t: (p := _person_at(index, t)) is not None and p != entity
    )


def _posts_of_others(index: EntityIndex, root: Token, entity: Entity) -> set[int]:
    """The words of the posts of the others named in apposition to the name at `root`, or
    inside its appositions."""
    return {
        t.i
        for appos in _appositions(root)
        for other in appos.subtree
        if other.dep_ != "compound"
        and (holder := _person_at(index, other)) is not None
        and holder != entity
        for t in _posts(index, other, holder)
    }


def _without_posts_of(tokens: list[Token], owned: set[int]) -> list[Token]:
    """The words before the phrase that holds another's post: "a lawyer for the White House
    secretary, Betty Currie" names none of the lawyer's posts or bodies after "lawyer"."""
    held = next((t.head.i for t in tokens if t.i in owned), None)
    return [t for t in tokens if held is None or t.i < held]


def _titles(entity: Entity, appos: Token, ctx: Context, evidence: Mention) -> Iterator[Relation]:
    """Job titles in an apposition, and membership of the organisations they name."""
    index = ctx.entities
    posts = {t.i for t in _posts(index, appos.head, entity)}
    owned = _posts_of_others(index, appos.head, entity)
    people = _coordinated_people(appos.head, index) if appos.tag_ == "NNS" else [entity]
    # A plural title beside one person names others ("Kim, secretary of ..., officials of ...").
    if appos.tag_ == "NNS" and len(people) < 2:
        return
    # "A, First Vice-Chairman and concurrently Director of ... B": offices joined before
    # another's name are that person's, all of them.
    if any(_titles_another(index, head, entity) for head in list(with_conjuncts(appos))[1:]):
        return
    for head in with_conjuncts(appos):
        # "A, Vice-Chairman B": another's name, its title written before it, is no title of A's.
        if head.i not in posts:
            continue
        # An occupation outside the lexicon is read in the apposition itself: in a long list
        # the parse makes other people's posts its conjuncts.
        titled = _heads_title(head) or (head == appos and _serves_body(head, index))
        if not titled or _possessed(head):
            continue
        if _named_between(index, appos, entity) or _runs_into_name(index, head, entity):
            continue
        if head.tag_ == "NNS" and len(people) < 2:
            continue  # "A, minister of ..., and officials": others listed, not A's titles
        if _group_of_others(head):
            continue
        tokens = _title_tokens(head, index)
        tokens = _without_posts_of(tokens, owned)
        if tokens and _titled_first(index, appos.head) and _name_follows(index, tokens[-1], entity):
            continue
        bodies = _bodies(index, tokens)
        for person in people or [entity]:
            for title in _title_forms(tokens, index):
                yield Relation(person, "schema:jobTitle", title, evidence)
            for body in bodies:
                yield Relation(person, "schema:memberOf", body, evidence)


def _posts_apart(span: Span, ctx: Context) -> Iterator[Relation]:
    """The posts `posts_of_the_named` finds outside the name's own appositions (which
    `_titles` reads): "named Thomas Keller president of the company", "Kim Yong Nam, who
    heads the Presidium of the SPA", "a lawyer for the White House secretary, Betty Currie";
    with the bodies they are held at."""
    index = ctx.entities
    root = span_root(span)
    person = _person_at(index, root)
    if person is None:
        return
    evidence = ctx.mention(span_sentence(span))
    # The post the name is in apposition to is `_title_in_apposition`'s, without its owner.
    apposed = {t.i for a in _appositions(root) for t in with_conjuncts(a)}
    if root.dep_ == "appos":
        apposed.add(root.head.i)
    for post in _posts(index, root, person):
        if post.i in apposed:
            continue
        led = leading_post(post)
        if led is not None:
            led_body = next(c for c in children_of(post) if c.dep_ == "dobj")
            phrase = list(led_body.subtree)
            yield Relation(person, "schema:jobTitle", f"{led} of {_written(phrase)}", evidence)
        else:
            phrase = [t for t in _title_tokens(post, index) if _person_at(index, t) is None]
            for title in _title_forms(phrase, index) if phrase else []:
                yield Relation(person, "schema:jobTitle", title, evidence)
        for body in _bodies(index, phrase):
            yield Relation(person, "schema:memberOf", body, evidence)


def _named_between(index: EntityIndex, appos: Token, entity: Entity) -> bool:
    """Another person is named in apposition between the name and the title: "Mark Hale,
    Dennis Ford, the senior FBI agent in charge" (the parse hangs both on the first name, but
    the title is the nearer name's)."""
    return any(
        appos.head.i < other.i < appos.i
        and (person := _person_at(index, other)) is not None
        and person != entity
        for other in _appositions(appos.head)
    )


def _runs_into_name(index: EntityIndex, title: Token, entity: Entity) -> bool:
    """The title's phrase runs on into another's name with no comma: "A, Director of the
    Organizational Department B" (the parse hangs both on A, but the title is written before
    B, as B's)."""
    doc = title.doc
    phrase = {t.i for t in title.subtree}
    # Only the words the phrase runs over: the parse may hang later items of a list on it, and
    # a comma the phrase ends with is no running on.
    following = title.i
    while following in phrase and not doc[following].is_punct:
        following += 1
    other = _person_at(index, doc[following]) if following < len(doc) else None
    return other is not None and other != entity


def _serves_body(noun: Token, index: EntityIndex) -> bool:
    """A person's common noun that names the body it is held at, though no office of the
    lexicon: "Kang, a teacher of Kim Il Sung University", "Rowe, forensics sciences professor
    at George Washington University", "Pak, dean of a faculty of Pyongyang University of Fine
    Arts" (through the part of the body the phrase names first)."""
    lemma = noun.lemma_.casefold()
    # A plural one is shared by the people listed before it ("A and B, both officers of X").
    if noun.tag_ not in {"NN", "NNS"} or lemma in _no_post_nouns():
        return False
    # "the outstanding teacher of our Party": an epithet of the leader, no post.
    if lemma in lexicon.words("epithet_heads") and any(
        c.dep_ == "det" and c.lower_ == "the" for c in children_of(noun)
    ):
        return False
    objects = prepositional_objects(noun, BODY_PREPOSITIONS)
    # "a faculty of X", "a department of X": a part of the body between the noun and its name.
    parts = lexicon.words("body_part_nouns")
    objects += [
        o
        for part in objects
        if part.lemma_.casefold() in parts and index.entity_at(part) is None
        for o in prepositional_objects(part, OF)
    ]
    return any(_body_at(index, o) is not None for o in objects)


@functools.cache
def _no_post_nouns() -> frozenset[str]:
    """Nouns of a person that hold no post at the body they name: a relative, a friend, a
    victim, a graduate, a native."""
    return (
        frozenset(lexicon.mapping("kinship"))
        | lexicon.words("related_person_nouns")
        | lexicon.words("lone_person_nouns")
        | lexicon.words("no_post_nouns")
    )


def _possessed(title: Token) -> bool:
    """A title owned by a pronoun is someone else's post ("A, minister of ..., and his embassy
    members": the members are not A)."""
    return any(c.dep_ == "poss" and c.tag_ == "PRP$" for c in children_of(title))


def _titles_another(index: EntityIndex, title: Token, entity: Entity) -> bool:
    """A title whose own name follows it is that person's, not the one it is put beside:
    "his wife Carmen Ruiz Olmo, the actress Lucía Soto Moreno"."""
    return any(
        c.i > title.i
        and c.dep_ in {"appos", "compound"}
        and (other := index.entity_at(c)) is not None
        and other.kind is EntityKind.PERSON
        and other != entity
        for c in children_of(title)
    )


def _titled_first(index: EntityIndex, root: Token) -> bool:
    """The name is written after its title, in apposition to it: "the army commander, Sir
    John Tate", "the army GOC, Sir John Tate" (a title outside the lexicon, with "the"); a
    list that begins so goes on so: the next title is the next name's."""
    head = root.head
    if root.dep_ != "appos" or head.i > root.i or index.entity_at(head) is not None:
        return False
    return _heads_title(head) or any(
        c.dep_ == "det" and c.lower_ == "the" for c in children_of(head)
    )


def _name_follows(index: EntityIndex, last: Token, entity: Entity) -> bool:
    """Another person's name follows the title's last word after a comma (and an
    honorific): "..., the acting head of the police, Mr Ian Dale"."""
    doc = last.doc
    i = last.i + 1
    if i >= len(doc) or doc[i].text != ",":
        return False
    i += 1
    if i < len(doc) and doc[i].lower_ in lexicon.words("honorifics"):
        i += 1
    other = _person_at(index, doc[i]) if i < len(doc) else None
    return other is not None and other != entity


def _relations_of(entity: Entity, root: Token, ctx: Context) -> Iterator[Relation]:
    index = ctx.entities
    evidence = ctx.mention(sentence_of(root))
    if entity.kind is EntityKind.PLACE:
        yield from _part_of_place(entity, root, ctx, evidence)
    for appos in _appositions(root):
        other = index.entity_at(appos)
        if entity.kind is EntityKind.PLACE and other is not None and other.kind is EntityKind.PLACE:
            if ctx.places.admits(entity, other):
                yield Relation(entity, "schema:containedInPlace", other, evidence)
            continue
        if entity.kind is not EntityKind.PERSON:
            continue
        kinship = lexicon.mapping("kinship").get(appos.lemma_.casefold())
        if kinship is not None:
            for relative in prepositional_objects(appos, OF):
                target = index.entity_at(relative)
                if target is not None and target.kind is EntityKind.PERSON and target != entity:
                    yield Relation(entity, kinship, target, evidence)
        yield from _titles(entity, appos, ctx, evidence)


def _part_of_place(
    place: Entity, root: Token, ctx: Context, evidence: Mention
) -> Iterator[Relation]:
    """ "Phyohun Temple and Singye Temple, historical relics of Mt Kumgang", "Sopot, a resort
    town on the Baltic": a common noun in apposition to a place (or to the first of the places
    a plural noun describes) says which place it lies in, by its "of", "in" or "on", or by the
    name before it ("Amherst, a Buffalo suburb")."""
    head = root
    while head.dep_ == "conj" and head.head.i < head.i:
        head = head.head
    nouns = [a for a in _appositions(head) if head == root or a.tag_ == "NNS"]
    parts = _place_part_nouns()
    for noun in nouns:
        if ctx.entities.entity_at(noun) is not None:
            continue
        if noun.lemma_.casefold() not in parts and not _superlative(noun):
            continue
        tokens = prepositional_objects(noun, SITE_PREPOSITIONS | OF)
        # "Amherst, a Buffalo suburb": the place named before the noun.
        tokens += [c for c in children_of(noun) if c.dep_ == "compound"]
        for outer in _places_containing(place, tokens, ctx):
            yield Relation(place, "schema:containedInPlace", outer, evidence)


def _superlative(noun: Token) -> bool:
    """The noun is told the most of its kind ("the busiest bus station in Northern Ireland",
    "the highest one of Mt Paektu"): a ranking holds only among the things of the place its
    "in" or "of" names, so the place the noun stands for lies there, whatever the noun."""
    return any(
        c.dep_ == "amod" and (c.tag_ == "JJS" or any(m.tag_ == "RBS" for m in children_of(c)))
        for c in children_of(noun)
    )


def _place_part_nouns() -> frozenset[str]:
    return lexicon.union("place_part_nouns", "settlement_nouns", "place_area_nouns")


def _site_in_place(entity: Entity, root: Token, ctx: Context) -> Iterator[Relation]:
    """A body that works on a site of its own, in the place named after it: "the Junghung Farm
    in Samjiyon City", "Saha and Hyongje farms in Puryong County" (the farms a shared
    designator names); and a place whose own phrase says the place it lies in."""
    if as_place(entity) is not entity:
        return
    if entity.kind is EntityKind.PLACE:
        yield from _place_in_place(entity, root, ctx)
        return
    site_heads = lexicon.words("facility_heads")
    # A site listed after another body has its own "in" ("the bureau under the ministry and the
    # Ryongsong Farm in Hoeryong County"); only a site without one shares the first conjunct's.
    places = prepositional_objects(root, SITE_PREPOSITIONS) if root.dep_ == "conj" else []
    head = root
    while head.dep_ == "conj" and head.head.i < head.i:
        head = head.head
    shared = head.head
    if head.dep_ in {"nmod", "compound"} and shared.lemma_.casefold() in site_heads:
        head = shared
    for place in places or prepositional_objects(head, SITE_PREPOSITIONS):
        other = ctx.entities.entity_at(place)
        # A site of the same kind is the next one listed, not the place of this one.
        if (
            other is not None
            and other.kind is EntityKind.PLACE
            and name_head(other.name) not in site_heads
        ):
            yield Relation(entity, "schema:containedInPlace", other, ctx.mention(sentence_of(root)))


def _there_is_in_place(entity: Entity, root: Token, ctx: Context) -> Iterator[Relation]:
    """ "At the foot of Mt Taebak in Kangdong County, there is the Mausoleum of King Tangun",
    "There is a farm in Samjiyon City": what a sentence says there is lies in the place its
    verb's "in", "on" or "at" names, in the place's part (`place_within_nouns`) named by its
    "of", and in the places that place's own "in" or "of" names in turn."""
    if as_place(entity) is not entity or root.dep_ != "attr" or root.head.lemma_ != "be":
        return
    verb = root.head
    if not any(c.dep_ == "expl" for c in children_of(verb)):
        return
    within = lexicon.words("place_within_nouns")
    tokens = [
        o
        for t in prepositional_objects(verb, LOCATED_PREPOSITIONS)
        for o in ([t] if t.lemma_.casefold() not in within else prepositional_objects(t, OF))
        if o.dep_ == "pobj"
    ]
    evidence = ctx.mention(sentence_of(root))
    seen = {entity}
    while tokens:
        token = tokens.pop(0)
        outer = _place_named(ctx.entities, token)
        if outer is None or outer in seen or not ctx.places.admits(entity, outer):
            continue
        seen.add(outer)
        yield Relation(entity, "schema:containedInPlace", outer, evidence)
        tokens += [o for o in prepositional_objects(token, CONTAINMENT_PREPOSITIONS)]


def _place_in_place(place: Entity, root: Token, ctx: Context) -> Iterator[Relation]:
    """The place the place's own "in" or "on" names, where the gazetteer does not put it
    elsewhere: "Kim Il Sung Square in Pyongyang". Only the phrase's first object: the places
    listed after it ("in A, B and C") are others, and a place listed with another does not
    share its "in"."""
    tokens = [t for t in prepositional_objects(root, SITE_PREPOSITIONS) if t.dep_ == "pobj"]
    for outer in _places_containing(place, tokens, ctx):
        yield Relation(place, "schema:containedInPlace", outer, ctx.mention(sentence_of(root)))


def _in_phrase_after(place: Entity, root: Token, ctx: Context) -> Iterator[Relation]:
    """ "took place at Kim Il Sung Square in the capital city of Pyongyang", "a woman living
    in Sokchon-ri in Hwaju County": a place named as a phrase's object lies in the place of
    the "in" phrase written right after its name, which the parse often hangs higher up, on
    the word the place's own phrase hangs on or above it."""
    # Only a place named where something is: "the oil exported by Venezuela in the
    # Caribbean Sea" was exported there, Venezuela is not there.
    if (
        place.kind is not EntityKind.PLACE
        or root.dep_ != "pobj"
        or root.head.lower_ not in PLACE_PHRASE_PREPOSITIONS
    ):
        return
    tables, index = parse_tables(root.doc), ctx.entities
    tokens = tables.tokens
    end = root.i + 1
    while end < len(tokens) and index.entity_at(tokens[end]) == place:
        end += 1
    # "in Deerpark Road, in the Old Park district of the city": after a comma, only a phrase
    # that names the place by a noun of places, as a part of a larger one; a name there may
    # be the next place of a list ("in Kabul, in Herat").
    apart = end + 1 < len(tokens) and tokens[end].text == ","
    end += apart
    if end >= len(tokens) or tokens[end].lower_ not in SITE_PREPOSITIONS:
        return
    phrase = tokens[end]
    if phrase.dep_ != "prep" or phrase.head.i not in ancestor_indices(tables, root.i):
        return
    objects = [
        t
        for t in children_of(phrase)
        if t.dep_ == "pobj" and not (apart and index.entity_at(t) is not None)
    ]
    for outer in _places_containing(place, objects, ctx):
        yield Relation(place, "schema:containedInPlace", outer, ctx.mention(sentence_of(root)))


def _example_in_place(span: Span, ctx: Context) -> Iterator[Relation]:
    """ "historical sites in South Phyongan Province, including Anguk Temple", "relics in the
    province, including A and B": a place given as an example of things said to be in (or
    across) a place lies in it. Read off the surface: the parse hangs "including" anywhere."""
    index, doc = ctx.entities, doc_tokens(span.doc)
    place = index.entity_at(span_root(span))
    if place is None or place.kind is not EntityKind.PLACE:
        return
    start = span_sentence(span).start
    i = span.start - 1
    # Back over the examples listed before this one ("including A, B and C").
    while i > start and (doc[i].lower_ in LIST_WORDS or _place_at(index, doc[i]) is not None):
        i -= 1
    if doc[i].lower_ not in EXAMPLE_PREPOSITIONS:
        return
    i -= 1
    if i > start and doc[i].text == ",":
        i -= 1
    where = doc[i]
    first = _first_of_name(index, where) if index.entity_at(where) is not None else where
    if first.i > start and doc[first.i - 1].lower_ == "the":
        first = doc[first.i - 1]
    if first.i - 2 < start:
        return
    area, noun = doc[first.i - 1], doc[first.i - 2]
    if area.lower_ not in AREA_PREPOSITIONS or noun.tag_ != "NNS" or index.entity_at(noun):
        return
    outer = _place_named(index, where)
    if outer is None and first.lower_ == "the":
        outer = _designated_place(index, where)
    if outer is not None and ctx.places.admits(place, outer):
        yield Relation(place, "schema:containedInPlace", outer, ctx.mention(span_sentence(span)))


def _place_at(index: EntityIndex, token: Token) -> Entity | None:
    entity = index.entity_at(token)
    return entity if entity is not None and entity.kind is EntityKind.PLACE else None


def _designated_place(index: EntityIndex, noun: Token) -> Entity | None:
    """ "the province": the one place whose name ends with the noun ("South Phyongan Province")
    named earlier in the sentence, or else in the article; where several are, the noun does not
    tell which."""
    if index.entity_at(noun) is not None:
        return None
    start = sentence_of(noun).start_char
    named = [
        (m.mention.start, m.entity)
        for m in index.mentions
        if m.entity.kind is EntityKind.PLACE and _designated_by(m.entity, noun)
    ]
    for found in (
        {e for at, e in named if start <= at < noun.idx},
        {e for _, e in named},
    ):
        if found:
            return found.pop() if len(found) == 1 else None
    return None


def _place_of_place(place: Entity, root: Token, ctx: Context) -> Iterator[Relation]:
    """ "Sangsong-ri of Hoechang County", "Donetsk City of Ukraine": a place named with the
    "of" of another place lies in it, where the gazetteer does not put it elsewhere. Places
    listed with it under one designator share the "of" the parse hangs on one of them
    ("Tokdong-ri and Sangsong-ri of Hoechang County")."""
    if place.kind is not EntityKind.PLACE:
        return
    index = ctx.entities
    top = root
    while top.dep_ == "conj" and top.head.i < top.i:
        top = top.head
    listed = [
        t
        for t in with_conjuncts(top)
        if t == root
        or ((other := index.entity_at(t)) is not None and _same_kind_word(other, place))
    ]
    # Only each "of" phrase's first object: the places listed after it are others the
    # sentence names, not more places this one lies in ("Phanmun District of Kaesong, Kosan and
    # Cholwon counties", "the Palace of Culture, the Sosan Hotel and the Noodle House").
    objects = [
        o
        for t in listed
        for o in prepositional_objects(t, OF)
        if o.dep_ == "pobj" and index.entity_at(o) is not None and o.i > root.i
    ]
    evidence = ctx.mention(sentence_of(root))
    for outer in _places_containing(place, objects, ctx, stated_of=True):
        yield Relation(place, "schema:containedInPlace", outer, evidence)


def _same_kind_word(one: Entity, other: Entity) -> bool:
    """The places' names end with one designator, a word or a hyphened suffix ("-ri")."""
    return (
        one.kind is other.kind
        and len({_designator(e).rsplit("-", 1)[-1].casefold() for e in (one, other)}) == 1
    )


def _located_in(entity: Entity, root: Token, ctx: Context) -> Iterator[Relation]:
    """A place or site whose participle says where it lies: "the May Day Stadium, located on
    Rungna Islet", "Dagestan is situated in the North Caucasus"; a place a place is said to
    own: "Russia's North Caucasus"; and the area of a place: "the Bogside area of Derry"."""
    if as_place(entity) is not entity:
        return
    verbs = [c for c in children_of(root) if c.dep_ == "acl"]
    if root.dep_ in {"nsubj", "nsubjpass"}:
        verbs.append(root.head)
    located = lexicon.words("locating_verbs")
    outer = [
        place
        for verb in verbs
        if verb.lemma_.casefold() in located
        for place in prepositional_objects(verb, LOCATED_PREPOSITIONS)
    ]
    area_of: list[Token] = []
    if entity.kind is EntityKind.PLACE:
        outer += [c for c in children_of(root) if c.dep_ == "poss"]
        area = root.head
        if root.dep_ == "compound" and area.lemma_.casefold() in lexicon.words("place_area_nouns"):
            area_of = prepositional_objects(area, CONTAINMENT_PREPOSITIONS)
    evidence = ctx.mention(sentence_of(root))
    for other in _places_containing(entity, outer, ctx):
        yield Relation(entity, "schema:containedInPlace", other, evidence)
    # The area noun also follows a town's name to name a smaller place in its "of" ("the
    # Buffalo suburb of Amherst"); only the towns' sizes tell which reading it is.
    smaller = [
        (token, inner)
        for token in area_of
        if (inner := _place_named(ctx.entities, token)) is not None
        and ctx.places.outgrows(entity, inner)
    ]
    taken = {token.i for token, _ in smaller}
    larger = [t for t in area_of if t.i not in taken]
    for other in _places_containing(entity, larger, ctx, stated_of=True):
        yield Relation(entity, "schema:containedInPlace", other, evidence)
    for _, inner in smaller:
        if ctx.places.holds(inner, entity):
            yield Relation(inner, "schema:containedInPlace", entity, evidence)


def _settlement_of(entity: Entity, root: Token, ctx: Context) -> Iterator[Relation]:
    """ "the northern California town of Rio Nido", "the West Bank settlement of Beit El": the
    place a settlement noun's "of" names lies in the place written before that noun."""
    noun = root.head.head
    if entity.kind is not EntityKind.PLACE or root.dep_ != "pobj" or root.head.lower_ != "of":
        return
    # A common noun, not the end of a name: "Liaoning Province of China" is no province of it.
    if not noun.is_lower or noun.lemma_ not in lexicon.words("settlement_nouns"):
        return
    compounds = [c for c in children_of(noun) if c.dep_ == "compound"]
    yield from _lying_in(entity, compounds, noun, sentence_of(root), ctx)
    # "the Iraqi city of Mosul", "the Serbian province of Kosovo": the country of the
    # nationality adjective, where the article names it, even over the gazetteer's own
    # country for the place, as the noun says it is part of the other.
    evidence = ctx.mention(sentence_of(root))
    for country in countries_of_adjectives(ctx.entities, noun):
        if ctx.places.admits(entity, country) or ctx.places.demotes(entity, country):
            yield Relation(entity, "schema:containedInPlace", country, evidence)


def _lying_in(
    place: Entity, tokens: list[Token], noun: Token, sentence: Span, ctx: Context
) -> Iterator[Relation]:
    """The place lies in each place the tokens name, save one the noun designates (a place
    listed with it, see `_designated_by`)."""
    for outer in _places_containing(place, tokens, ctx):
        if not _designated_by(outer, noun):
            yield Relation(place, "schema:containedInPlace", outer, ctx.mention(sentence))


def _places_containing(
    place: Entity, tokens: Iterable[Token], ctx: Context, *, stated_of: bool = False
) -> Iterator[Entity]:
    """The places the tokens name that the gazetteer lets contain `place`; or, named in the
    "of" of `place` (`stated_of`), that the text puts it in (see `PlaceResolution.holds`)."""
    fits = ctx.places.holds if stated_of else ctx.places.admits
    for token in tokens:
        outer = _place_named(ctx.entities, token)
        if outer is not None and fits(place, outer):
            yield outer


def _place_named(index: EntityIndex, token: Token) -> Entity | None:
    """The place a phrase's head names: its own name, or, where the head is a common noun of
    places, the name written before it or in its "of" ("in the Ardoyne district", "in the
    capital city of Pyongyang"). Only such nouns: "in front of the hall" puts nothing in the
    hall."""
    named = index.entity_at(token)
    if named is not None:
        return named if named.kind is EntityKind.PLACE else None
    if token.lemma_.casefold() not in _place_part_nouns():
        return None
    for inner in [
        *(c for c in children_of(token) if c.dep_ == "compound"),
        *prepositional_objects(token, OF),
    ]:
        named = index.entity_at(inner)
        if named is not None and named.kind is EntityKind.PLACE:
            return named
    return None


def _designated_by(place: Entity, noun: Token) -> bool:
    """The place's name ends with the noun as its designator: "Taedong County" of "Phyongwon
    and Taedong counties" (a place the noun lists, not one it lies in); or begins with a word
    written before names of the noun's kind ("Mt Kumgang" for "the mountain", lexicon
    `prefixed_place_nouns`)."""
    lemma = noun.lemma_.casefold()
    if _designator(place).casefold() == lemma:
        return True
    prefixes = lexicon.mapping("prefixed_place_nouns").get(lemma)
    first = place.name.split(maxsplit=1)[0].casefold()
    return prefixes is not None and " " in place.name and first in prefixes.split("|")


def _listed_in_place(span: Span, ctx: Context) -> Iterator[Relation]:
    """ "Phyongwon and Taedong counties of South Phyongan Province", "Kosan, Phyonggang and
    Cholwon counties in Kangwon Province": each place of a list that shares a plural designator
    lies in the place the designator's "of" or "in" names. The list is read off the surface
    (the parse often hangs its first names elsewhere); it ends at a name of another kind."""
    doc, sentence, index = span.doc, span_sentence(span), ctx.entities
    place = index.entity_at(span_root(span))
    if place is None or place.kind is not EntityKind.PLACE:
        return
    end = span.end
    lowers = doc_lowers(doc)
    while end < sentence.end and (
        lowers[end] in {",", "and"}
        or ((other := index.by_token.get(end)) is not None and _same_designator(other, place))
    ):
        end += 1
    noun = doc_tokens(doc)[end] if end < sentence.end else None
    if noun is None or noun.tag_ != "NNS" or not _designated_by(place, noun):
        return
    # The object alone, not the places listed after it: "counties of North Hwanghae Province,
    # Jangphung County and Phanmun District of Kaesong Municipality".
    yield from _lying_in(place, phrase_objects(noun, CONTAINMENT_PREPOSITIONS), noun, sentence, ctx)


def _same_designator(one: Entity, other: Entity) -> bool:
    return one.kind is other.kind and _designator(one).casefold() == _designator(other).casefold()


def _designator(entity: Entity) -> str:
    """The last word of the entity's name, the noun a place's name ends with ("County")."""
    return entity.name.rsplit(maxsplit=1)[-1]


def _in_division_after(span: Span, ctx: Context) -> Iterator[Relation]:
    """ "over Chollima District, Nampho Municipality and ...": a county or district followed,
    after a comma, by a province or municipality lies in it, even where the parse makes the two
    a list (the kinds the designators allow differ: two cities in a row are a list)."""
    doc, sentence, index = span.doc, span_sentence(span), ctx.entities
    place = index.entity_at(span_root(span))
    if place is None or place.kind is not EntityKind.PLACE or span.end + 1 >= sentence.end:
        return
    tokens = doc_tokens(doc)
    if tokens[span.end].text != ",":
        return
    other = index.entity_at(tokens[span.end + 1])
    if other is None or other.kind is not EntityKind.PLACE or other == place:
        return
    end = span.end + 1
    while end < sentence.end and index.entity_at(tokens[end]) == other:
        end += 1
    inner, outer = _designated(tokens[span.end - 1]), _designated(tokens[end - 1])
    division = inner and "FirstLevelDivision" in outer and not inner & outer
    # A village or ward named with its suffix lies in the county or province after it:
    # "Pidan-ri, Kumya County".
    village = _suffixed(span) and bool(outer & DIVISIONS_OVER_VILLAGES)
    if (division or village) and ctx.places.admits(place, other):
        yield Relation(place, "schema:containedInPlace", other, ctx.mention(sentence))


def _town_then_country(span: Span, ctx: Context) -> Iterator[Relation]:
    """ "based in Vevey, Switzerland": a town and, after a comma, the country or state the
    gazetteer puts it in, where the parse joins the two otherwise than by apposition (those
    `_relations_of` reads)."""
    doc, index = span.doc, ctx.entities
    place = index.entity_at(span_root(span))
    if place is None or place.kind is not EntityKind.PLACE or span.end + 1 >= len(doc):
        return
    tokens = doc_tokens(doc)
    if tokens[span.end].text != ",":
        return
    after = tokens[span.end + 1]
    other = index.entity_at(after)
    if other is None or other.kind is not EntityKind.PLACE:
        return
    if not (after.dep_ == "appos" and after.head == span_root(span)) and ctx.places.confirms(
        place, other
    ):
        yield Relation(place, "schema:containedInPlace", other, ctx.mention(span_sentence(span)))


def _designated(last: Token) -> frozenset[str]:
    """The kinds of place the designator a name ends with allows ("County": County)."""
    return _designator_kinds().get(last.lower_, frozenset())


def _suffixed(span: Span) -> bool:
    """The name ends in a suffix that designates a place below a county ("Pidan-ri"), or a
    numbered ward's does before its number ("Sopho-dong No. 1")."""
    words = list(span)
    if len(words) > 3 and words[-1].like_num:
        number = len(words) - 2 - (words[-2].text == ".")
        if words[number].lower_ in {"no", "no."}:
            words = words[:number]
    joined = len(words) >= 3 and words[-2].text == "-" and not words[-2].whitespace_
    return joined and words[-1].lower_ in _village_suffixes()


@functools.cache
def _village_suffixes() -> frozenset[str]:
    return frozenset(
        word
        for word, where, kinds in lexicon.rows("place_designators")
        if where == "suffix" and kinds == "City"
    )


@functools.cache
def _designator_kinds() -> Mapping[str, frozenset[str]]:
    return MappingProxyType(
        {
            word: frozenset(kinds.split(","))
            for word, where, kinds in lexicon.rows("place_designators")
            if where == "after" and " " not in word
        }
    )


def _body_of_body(entity: Entity, root: Token, ctx: Context) -> Iterator[Relation]:
    """A body said to be of or under another: "the Drone Operation Command of the ROK
    military", "the Jikdong Youth Coal Mine under the Sunchon Area Youth Coal Mining Complex";
    and the bodies a body is said to involve: "the joint investigation group involving the
    Ministry of National Defence" (each is a member of the group)."""
    index = ctx.entities
    # A body named inside another's name ("the Central Committee of the WPK") is not the
    # phrase the "of" belongs to.
    if entity.kind not in {EntityKind.ORGANIZATION, EntityKind.GROUP} or (
        index.entity_at(root) != entity
    ):
        return
    evidence = ctx.mention(sentence_of(root))
    # A group of a body's people or units names the body after its noun or before it.
    members = entity.kind is EntityKind.GROUP and root.lemma_.casefold() in lexicon.words(
        "member_nouns"
    )
    # "a senior dealer with Warburg Securities", "an analyst at Daiwa": people told by their
    # office name the body they hold it at, as a named person's title does.
    holders = entity.kind is EntityKind.GROUP and (members or _is_title(root))
    if entity.kind is EntityKind.ORGANIZATION or members or holders:
        parents = prepositional_objects(root, PARENT_PREPOSITIONS)
        if members:
            parents += [c for c in children_of(root) if c.dep_ in {"compound", "poss"}]
        if holders:
            parents += prepositional_objects(root, HELD_AT_PREPOSITIONS | FOR)
        # A body listed after the parent "under" with a place of its own ("under the ministry
        # and the Ryongsong Farm in Hamju County") is the next body listed, not a second
        # parent; the bodies "of" a group ("students of A and B in the country") are all its.
        # So is a body of the body's own kind ("the A Factory under the B Complex, the C
        # Factory and the D Factory").
        listed = {
            t.i
            for t in prepositional_objects(root, UNDER)
            if t.dep_ == "conj"
            and (prepositional_objects(t, SITE_PREPOSITIONS) or _same_kind_at(index, t, entity))
        }
        under = {t.i for t in prepositional_objects(root, UNDER)}
        for token in parents:
            if token.i in listed:
                continue
            if (parent := _body_at(index, token)) is not None and parent != entity:
                child = _owner_in_name(index, root, entity) if token.i in under else entity
                yield Relation(child, "schema:memberOf", parent, evidence)
    involving = lexicon.words("involving_words")
    for word in children_of(root):
        if word.lower_ not in involving or word.dep_ not in {"prep", "acl"}:
            continue
        objects = [c for c in children_of(word) if c.dep_ in {"pobj", "dobj"}]
        for token in (t for o in objects for t in with_conjuncts(o)):
            if (member := _body_at(index, token)) is not None and member != entity:
                yield Relation(member, "schema:memberOf", entity, evidence)


def _body_under_after(span: Span, ctx: Context) -> Iterator[Relation]:
    """ "at the Kumjingang Machine Factory under the Ryongsong Machine Complex": a body named
    right before "under" and another body is part of it, read off the surface where the parse
    hangs the "under" on the verb (`_body_of_body` reads it where the parse hangs it on the
    body)."""
    index, doc = ctx.entities, span.doc
    body = _body_at(index, span_root(span))
    end = span.end
    if body is None or end + 1 >= len(doc) or doc[end].lower_ not in UNDER:
        return
    following = doc[end + 1]
    if following.lower_ == "the" and end + 2 < len(doc):
        following = doc[end + 2]
    parent = _body_at(index, following)
    if parent is not None and parent != body and doc[end].head != span_root(span):
        child = _owner_in_name(index, span_root(span), body)
        evidence = ctx.mention(span_sentence(span))
        yield Relation(child, "schema:memberOf", parent, evidence)
        for listed in _bodies_listed_before(index, doc[span.start], child):
            if listed != parent:
                yield Relation(listed, "schema:memberOf", parent, evidence)


def _bodies_listed_before(index: EntityIndex, first: Token, body: Entity) -> Iterator[Entity]:
    """The bodies of the kind of `body` listed right before the name beginning at `first`,
    back to the first of another kind: "the Jilin Regional Association, the Zhongnan Regional
    Association and the Dandong City branch of the Liaoning Regional Association under the
    GAKC" puts every association of the list under it (a local branch stands for the body its
    name ends with); "the GAKC, the Association of Young Koreans in China and ..." ends it."""
    doc, i = first.doc, first.i - 1
    # Back to the start of the branch's name the body's is the end of.
    while (
        i >= 0 and (named := _body_at(index, doc[i])) is not None and named.name.endswith(body.name)
    ):
        i -= 1
    while True:
        i -= i >= 0 and doc[i].lower_ == "the"
        joined = i
        while i >= 0 and (doc[i].lower_ == "and" or doc[i].text == ","):
            i -= 1
        listed = _body_at(index, doc[i]) if 0 <= i < joined else None
        if listed is None or sentence_of(doc[i]).start != sentence_of(first).start:
            return
        owner = _owner_in_name(index, doc[i], listed)
        if _designator(owner).casefold() != _designator(body).casefold():
            return
        yield owner
        while i >= 0 and _body_at(index, doc[i]) == listed:
            i -= 1


def _owner_in_name(index: EntityIndex, root: Token, body: Entity) -> Entity:
    """The body a local unit's name ends with, which a body "under" it is the parent of: the
    Liaoning Regional Association of "the Dandong City branch of the Liaoning Regional
    Association under the GAKC" (the branch is the association's); else the body itself."""
    head, _, owner = body.name.partition(" of the ")
    if not owner or head.rsplit(maxsplit=1)[-1] not in lexicon.words("local_branch_nouns"):
        return body
    return next((e for e in index.inner_at(root) if e.name == owner), body)


def _same_kind_at(index: EntityIndex, token: Token, body: Entity) -> bool:
    """The token names a body whose name ends with the same noun as the body's ("Factory")."""
    other = _body_at(index, token)
    return other is not None and name_head(other.name) == name_head(body.name)


def _part_in_apposition(entity: Entity, root: Token, ctx: Context) -> Iterator[Relation]:
    """ "Harlow Business Forms Inc., a unit of Harlow AB", "Moreland Corp., a Vantel
    affiliate": a body said in apposition to be a part of another (lexicon `body_part_nouns`)
    is a member of the body the part's "of" or the name before it names; the bodies a body
    made up of others names with "of" (lexicon `joint_body_nouns`) are its members."""
    index = ctx.entities
    if entity.kind is not EntityKind.ORGANIZATION or index.entity_at(root) != entity:
        return
    parts = lexicon.words("body_part_nouns")
    for part in _appositions(root):
        if index.entity_at(part) is not None:
            continue
        # "Westmark Corp., a partnership of Kingsway Group and Cara Foods Ltd.": its members.
        if part.lemma_.casefold() in lexicon.words("joint_body_nouns"):
            listed = [m for o in prepositional_objects(part, OF) for m in with_conjuncts(o)]
            # "of Unicorp's Kingsbridge Group and Cara Ltd.": the parse may make the first
            # of two names joined a modifier of the second.
            listed += [
                c
                for o in listed
                for c in children_of(o)
                if c.dep_ == "nmod" and any(g.dep_ == "cc" for g in children_of(c))
            ]
            evidence = ctx.mention(sentence_of(root))
            for member in entities_of(index, listed, EntityKind.ORGANIZATION):
                if member != entity:
                    yield Relation(member, "schema:memberOf", entity, evidence)
            continue
        if part.lemma_.casefold() not in parts:
            continue
        owners = prepositional_objects(part, OF)
        owners += [c for c in children_of(part) if c.dep_ in {"compound", "poss"}]
        for token in owners:
            owner = index.entity_at(token)
            if owner is not None and owner.kind is EntityKind.ORGANIZATION and owner != entity:
                yield Relation(entity, "schema:memberOf", owner, ctx.mention(sentence_of(root)))


def _part_before_name(entity: Entity, root: Token, ctx: Context) -> Iterator[Relation]:
    """ "its U.S. unit, Harlow Forms Inc.", "Vantel's subsidiary, Moreland Corp.": a body named
    in apposition after the part of another it is (lexicon `body_part_nouns`) is a member of
    the part's owner: the body its possessive names, or the name nearest before "its"."""
    index = ctx.entities
    part = root.head
    if (
        entity.kind is not EntityKind.ORGANIZATION
        or index.entity_at(root) != entity
        or root.dep_ != "appos"
        or part.lemma_.casefold() not in lexicon.words("body_part_nouns")
        or index.entity_at(part) is not None
    ):
        return
    for owner_word in (c for c in children_of(part) if c.dep_ == "poss"):
        if owner_word.tag_ == "PRP$":
            owner = _its_owner(index, owner_word) if owner_word.lower_ == "its" else None
        else:
            owner = index.entity_at(owner_word)
        if owner is not None and owner.kind is EntityKind.ORGANIZATION and owner != entity:
            yield Relation(entity, "schema:memberOf", owner, ctx.mention(sentence_of(root)))


def _body_owned(entity: Entity, root: Token, ctx: Context) -> Iterator[Relation]:
    """A body owned by another: "its Economic Department" after the committee it is of,
    "Tarvel's Screen Hall unit", "Dunmore said its Brightlamp battery unit was hurt". The owner
    is the body the possessive names, or the name nearest before "its" when that is a body's
    (a country's "its Foreign Ministry" is no body's part)."""
    index = ctx.entities
    if entity.kind is not EntityKind.ORGANIZATION or index.entity_at(root) != entity:
        return
    first = _first_of_name(index, root)
    noun = unit_part(root)
    if noun is None or (noun != root and index.entity_at(noun) is not None):
        noun = None
    owner_words = [c for c in children_of(noun) if c.dep_ == "poss"] if noun is not None else []
    # "Unicorp Canada Corp.'s Kingsbridge Capital Group and Cara Operations Ltd.": the parser
    # may hang the possessive on the last of the bodies joined, but it owns only the one it is
    # written before.
    owner_words = [w for w in owner_words if not _body_between(index, w, first, entity)]
    before = first.i - 1
    if before > 0 and first.doc[before].tag_ == "POS" and not owner_words:
        owner_words = [first.doc[before - 1]]
    for owner_word in owner_words:
        if owner_word.tag_ == "PRP$":
            owner = _its_owner(index, owner_word) if owner_word.lower_ == "its" else None
        else:
            owner = index.entity_at(owner_word) or _body_named(index, owner_word)
        # A body holds no part of its own kind: "the Central Standing Committee of the league
        # and members of its Central Committee" are the league's.
        if owner is None or owner.kind is not EntityKind.ORGANIZATION or owner == entity:
            continue
        if name_head(owner.name) != name_head(entity.name):
            yield Relation(entity, "schema:memberOf", owner, ctx.mention(sentence_of(root)))


def _first_of_name(index: EntityIndex, root: Token) -> Token:
    """The first word of the name whose root is `root`."""
    entity, first = index.entity_at(root), root
    while first.i > 0 and index.entity_at(first.doc[first.i - 1]) == entity:
        first = first.doc[first.i - 1]
    return first


def _body_between(index: EntityIndex, owner_word: Token, first: Token, entity: Entity) -> bool:
    """Another body is named between a possessive's owner and the name it is taken to own."""
    return any(
        (named := _body_at(index, t)) is not None and named != entity
        for t in owner_word.doc[owner_word.i + 1 : first.i]
    )


def _body_named(index: EntityIndex, word: Token) -> Entity | None:
    """The one body the article names as the words ending in `word`, where no name covers them:
    "Cineplex" of "Cineplex's Film House unit", whose words the unit's name was cut from."""
    start = min((c.i for c in children_of(word) if c.dep_ == "compound"), default=word.i)
    written = word.doc[start : word.i + 1].text
    bodies = {
        entity
        for entity, aliases in index.alias_table.items()
        if entity.kind is EntityKind.ORGANIZATION and written in aliases
    }
    return bodies.pop() if len(bodies) == 1 else None


def _body_at(index: EntityIndex, token: Token) -> Entity | None:
    entity = index.entity_at(token)
    return entity if entity is not None and entity.kind is EntityKind.ORGANIZATION else None


def _person_at(index: EntityIndex, token: Token) -> Entity | None:
    entity = index.by_token.get(token.i)
    return entity if entity is not None and entity.kind is EntityKind.PERSON else None


def _list_before(span: Span, index: EntityIndex) -> list[Entity]:
    """The people listed right before a name, joined by commas and "and" ("A, B and C")."""
    doc = span.doc
    people: list[Entity] = []
    i = span.start - 1
    while i > span_sentence(span).start and doc[i].lower_ in {",", "and"}:
        j = i - 1
        person = _person_at(index, doc[j]) if j >= 0 else None
        if person is None:
            break
        people.append(person)
        while j > span_sentence(span).start and index.by_token.get(j - 1) == person:
            j -= 1
        i = j - 1
    return people


def _titles_after(span: Span, ctx: Context) -> Iterator[Relation]:
    """ "Name, title of Body, ..." read off the surface, where long lists defeat the parse."""
    index = ctx.entities
    doc = span.doc
    table = doc_tokens(doc)
    person = _person_at(index, table[span.start])
    if person is None or span.end >= span_sentence(span).end - 1 or table[span.end].text != ",":
        return
    tokens: list[Token] = []
    # A list: slices of a Span are new Spans, made for every word below.
    after = list(table[span.end + 1 : span_sentence(span).end])
    for k, token in enumerate(after):
        # "A, Colonel B", "A, Director of the Economic Department B": the words run on into the
        # next name with no comma or "and", so they are written before it, as B's.
        named = _person_at(index, token) is not None
        if named and tokens and tokens[-1].lower_ not in {",", "and"}:
            return
        if named or token.pos_ in {"VERB", "AUX", "SPACE"}:
            break
        if token.text in CLAUSE_DASHES:
            break  # "one critic — López, the former mayor of Caracas — to exchange ..."
        # A comma outside a name ends the titles unless another title follows it
        # ("..., president of ...", not "..., on Sept. 9"): the words after read at commas only.
        if (
            token.text == ","
            and not _in_name(index, token)
            and not any(_is_title(t) for t in after[k + 1 : k + 4])
        ):
            break
        tokens.append(token)
    # The tagger's punctuation includes the mark closing a KCNA item ("-0-").
    while tokens and (
        tokens[-1].is_punct or tokens[-1].pos_ == "PUNCT" or tokens[-1].lower_ in {"and", "the"}
    ):
        tokens.pop()
    heads = [t for t in tokens[:4] if _is_title(t)]
    # "from Kim, officials worked overtime": a new clause's subject, not an apposition.
    if not heads or heads[0].dep_ in {"nsubj", "nsubjpass"}:
        return
    listed = heads[0].tag_ == "NNS"
    # "general secretary of the WPK and president of the State Affairs": two titles.
    segments: list[list[Token]] = [[]]
    for k, token in enumerate(tokens):
        starts_title = any(_is_title(t) for t in tokens[k + 1 : k + 4])
        if token.lower_ in {"and", ","} and starts_title and not _in_name(index, token):
            segments.append([])
        else:
            segments[-1].append(token)
    # A plural title after one person's titles names the next people in the list; an item
    # without a title is none ("Peter Lund, 45, deputy manager": an age).
    kept = [
        seg
        for seg in segments
        if any(map(_is_title, seg))
        and (listed or not _plural_title(seg))
        and not _relative_of_titled(seg)
        and not any(_group_of_others(t) for t in seg if _is_title(t))
    ]
    # Where the parse tells whose posts the list's words are, the posts of others are none
    # of the person's.
    root = span_root(span)
    posts = {t.i for t in _posts(index, root, person)}
    others = {
        t.i
        for a in _appositions(root)
        for t in with_conjuncts(a)
        if t.i not in posts and _is_title(t)
    }
    kept = [seg for seg in kept if not any(t.i in others for t in seg)]
    owned = _posts_of_others(index, root, person)
    kept = [cut for seg in kept if (cut := _without_posts_of(seg, owned))]
    # The title last before the next name is that name's where the list is written title
    # first ("the army commander, Sir John Tate, the acting head of the police, Mr Ian Dale")
    # or the parse puts the next name in apposition to it ("Mr Hale, the home secretary,
    # Lord Bower, and ...").
    if kept and _name_follows(index, kept[-1][-1], person):
        titles_next = (t for t in kept[-1] if _is_title(t))
        if _titled_first(index, root) or any(
            _titles_another(index, t, person) for t in titles_next
        ):
            kept.pop()
    if kept and _joint_subject(kept[-1], root):
        kept.pop()
    titles = [title for seg in kept for title in _title_forms(seg, index)]
    bodies = _bodies(index, [t for seg in kept for t in seg])
    people = [person, *(_list_before(span, index) if listed else [])]
    evidence = ctx.mention(span_sentence(span))
    for holder in people:
        for title in titles:
            yield Relation(holder, "schema:jobTitle", title, evidence)
        for body in bodies:
            yield Relation(holder, "schema:memberOf", body, evidence)


def _joint_subject(segment: list[Token], root: Token) -> bool:
    """ "Mr A, leader of the Liberal Party, and a senator were injured": an office joined to
    the name and running straight into the verb is someone else's, a second subject; one
    closed by a comma is the person's own ("..., and a former Cabinet Minister, called")."""
    doc = root.doc
    following = segment[-1].i + 1
    return (
        following < len(doc)
        and doc[following].pos_ in {"VERB", "AUX"}
        and any(t.dep_ == "conj" and t.head == root and _is_title(t) for t in segment)
    )


def _group_of_others(title: Token) -> bool:
    """The title names a group of other people, not an office of the people listed: "A, B,
    secretaries of the C.C. and other officials of the C.C.", "officials concerned of the
    WPK", "several officials" (lexicons `group_quantity_words`, `group_postmodifiers`)."""
    quantities = lexicon.words("group_quantity_words")
    if any(c.lower_ in quantities for c in children_of(title) if c.i < title.i):
        return True
    doc = title.doc
    return title.i + 1 < len(doc) and doc[title.i + 1].lower_ in lexicon.words(
        "group_postmodifiers"
    )


def _relative_of_titled(segment: list[Token]) -> bool:
    """The words name the person by someone else's title: "brother of the leader", "a
    graduate of the academy" (the title word is whom the noun before it is of)."""
    first = next((t for t in segment if t.pos_ == "NOUN"), None)
    return (
        first is not None and not _is_title(first) and first.lemma_.casefold() in _no_post_nouns()
    )


def _in_name(index: EntityIndex, token: Token) -> bool:
    return index.by_token.get(token.i) is not None and index.by_token.get(token.i - 1) is not None


def _list_after(span: Span, index: EntityIndex) -> list[Entity]:
    """The people listed right after a name ("A, B and C")."""
    doc = span.doc
    people: list[Entity] = []
    i = span.end
    while i + 1 < span_sentence(span).end and doc[i].lower_ in {",", "and"}:
        person = _person_at(index, doc[i + 1])
        if person is None:
            break
        people.append(person)
        i += 1
        while i < span_sentence(span).end and index.by_token.get(i) == person:
            i += 1
    return people


def _titles_before(span: Span, ctx: Context) -> Iterator[Relation]:
    """ "Secretaries of the C.C., WPK Jo Yong Won, Ri Il Hwan and Pak Thae Song", "special
    envoy of the DPRK government Paek Nam Su": a title written before the names it is given to."""
    index = ctx.entities
    doc = span.doc
    table = doc_tokens(doc)
    person = _person_at(index, table[span.start])
    if person is None:
        return
    start = span_sentence(span).start
    honorifics = lexicon.words("honorifics")
    # "Brandell Chairman Sir Peter Walsh": a word of respect between the title and the name.
    named = span.start
    while named > start and table[named - 1].lower_ in honorifics:
        named -= 1
    i = named
    while i > start:
        token = table[i - 1]
        # "Director of the U.S. Federal Bureau of Investigation (FBI) Louis Freeh": a body's
        # abbreviation in brackets goes on with the title.
        opening = _opening_of(token) if token.text == ")" else None
        if opening is not None and opening > start and _in_body(index, table[opening - 1]):
            i = opening
            continue
        # A hyphen inside a word is none of the punctuation a title ends at: "Secretary-General".
        inside = token.text == "-" and _joined_by_hyphen(token)
        punct = token.is_punct and not inside and not _in_name(index, token)
        stop = punct or token.pos_ in {"VERB", "AUX"} or breaks_line(token)
        # The recogniser may take the title into the person's own name ("Police Superintendent
        # Pedro Salamanca"): only another person's name ends the title.
        other = _person_at(index, token)
        if (stop and not _abbreviated_office(token)) or (other is not None and other != person):
            break
        i -= 1
    tokens = list(doc[i:named])
    # "the two lawyers of A, B and C": the name after "of" is whose the office is, not its
    # holder, unless the title counts as many people as are named from it on.
    if (
        tokens
        and tokens[-1].lower_ in TITLE_ENDS
        and span_root(span) not in holders_counted(tokens[-1].head)
    ):
        return
    # A title's word inside a body's name is none ("Justice" of "Justice Department prosecutor"),
    # unless the name ends at it and a title goes on from it: the recogniser took the first
    # words of a title for a body ("U.S. Surgeon" of "U.S. Surgeon General").
    first = next(
        (
            k
            for k, t in enumerate(tokens)
            if _is_title(t) and (not _in_body(index, t) or _title_ends_body(index, t))
        ),
        None,
    )
    # "several officials of the association and Lin Bin": others listed before the name.
    if first is None or _group_of_others(tokens[first]):
        return
    not_bodies = {index.entity_at(tokens[first])} if _in_body(index, tokens[first]) else set()
    # A first half the hyphen joins to the title's word: "Vice" of "Vice-Minister".
    hyphened = first >= 2 and tokens[first - 1].text == "-" and _joined_by_hyphen(tokens[first - 1])
    first -= 2 * hyphened
    # The title's own modifiers ("special envoy", "first vice department director").
    modifiers = lexicon.words("title_modifiers")
    # A word of reverence is an epithet's, not the office's: "the respected General Secretary".
    reverential = lexicon.words("reverential_words")
    while (
        first > 0
        and (_modifies_title(tokens[first - 1]) or tokens[first - 1].lower_ in modifiers)
        and tokens[first - 1].lower_ not in reverential
    ):
        first -= 1
    title = tokens[first:]
    # "Chairman and Chief Executive Paul Brent", "First Vice-Chairman and concurrently Director
    # of the Organizational Department Pak Chol Jin": offices joined by "and", each the person's.
    earlier, title = _joined_offices(index, title)
    if earlier:
        hyphened = len(title) > 2 and title[1].text == "-" and _joined_by_hyphen(title[1])
    # The title ends where the body or country it serves is named: "ambassador to the DPRK",
    # unless the office is named so ("Secretary of Defense").
    whole = max(_lexicon_title_end(title), 2 * hyphened)
    end = next(
        (k for k, t in enumerate(title) if t.lower_ in TITLE_ENDS and k >= whole), len(title)
    )
    end = min(end, _body_within(index, title), _rank_abbreviation(title))
    if not all(
        k < whole or _is_title(t) or t.tag_ == "HYPH" or _modifies_title(t)
        for k, t in enumerate(title[:end])
    ):
        return
    # "the great leader Comrade Kim Il Sung", "the respected leader Comrade ...": before a word
    # of respect, state media write an epithet, not an office.
    if named < span.start and _epithet(title[:end]):
        return
    people = [
        person,
        *(
            _list_after(span, index)
            if title[end - 1].tag_ == "NNPS" or title[end - 1].tag_ == "NNS"
            else []
        ),
    ]
    # "Trade" of "Trade Minister" names the portfolio, whatever the tagger made of it.
    bodies = tuple(
        body
        for body in _bodies(index, title) + _body_before(index, title[0])
        if not _portfolio_named(body) and body not in not_bodies
    )
    evidence = ctx.mention(span_sentence(span))
    for holder in people:
        for form in [f for office in (*earlier, title[:end]) for f in _title_forms(office, index)]:
            yield Relation(holder, "schema:jobTitle", form, evidence)
        for body in bodies:
            yield Relation(holder, "schema:memberOf", body, evidence)


def _title_ends_body(index: EntityIndex, token: Token) -> bool:
    """A title's word ends a body's name and another title's word follows it: "Surgeon" of
    "U.S. Surgeon General"."""
    doc = token.doc
    after = doc[token.i + 1] if token.i + 1 < len(doc) else None
    return (
        after is not None
        and index.entity_at(after) != index.entity_at(token)
        and _is_title(after)
        and not _in_body(index, after)
    )


def _epithet(words: list[Token]) -> bool:
    """The words are an epithet (lexicon `epithets`, in the singular) or open with a word of
    respect ("respected leader")."""
    if not words:
        return False
    if words[0].lower_ in lexicon.words("honorifics"):
        return True
    return " ".join(w.lemma_.casefold() for w in words) in lexicon.words("epithets")


def _joined_offices(
    index: EntityIndex, title: list[Token]
) -> tuple[tuple[list[Token], ...], list[Token]]:
    """The offices before the last "and" of a title written before a name (when all its words
    are a title's), and the words of the last office, which may go on to name its body."""
    joined = next((k for k in range(len(title) - 1, 0, -1) if title[k].lower_ == "and"), None)
    if joined is None or _in_body(index, title[joined]):
        return (), title
    rest = joined + 1
    # "and concurrently Director of ...".
    while rest < len(title) and title[rest].pos_ == "ADV":
        rest += 1
    words = title[:joined]
    if rest == len(title) or not _is_title(title[rest]):
        return (), title
    if not all(map(_office_word, words)):
        return (), title
    return (words,), title[rest:]


def _office_word(token: Token) -> bool:
    """A word of an office: "First", "Vice", "-" and "Chairman" of "First Vice-Chairman"."""
    doc = token.doc
    hyphen = token.text == "-" or (token.i + 1 < len(doc) and doc[token.i + 1].text == "-")
    return (
        _is_title(token)
        or _modifies_title(token)
        or token.lower_ in lexicon.words("title_modifiers")
        or hyphen
    )


def _modifies_title(token: Token) -> bool:
    """A word of a title written before a name, before its head: "special envoy", "police
    spokesman" (a plural noun in a compound is no plural), "Interior Minister"."""
    if token.tag_ in {"JJ", "NN", "VBN"} or _portfolio(token):
        return True
    return token.pos_ == "NOUN" and token.dep_ == "compound"


def _portfolio(token: Token) -> bool:
    """A capitalised portfolio's word before a title: "Interior" of "French Interior Minister",
    "Commerce" of "Commerce Secretary" (tagged a proper noun, so no common modifier)."""
    return token.text[:1].isupper() and token.lower_ in lexicon.words("portfolios")


def _portfolio_named(body: Entity) -> bool:
    """A "body" the tagger made of a portfolio's word alone ("Trade" of "Trade Minister")."""
    return body.name.casefold() in lexicon.words("portfolios")


def _rank_abbreviation(title: list[Token]) -> int:
    """Where an abbreviated rank between a title and the name begins: "police spokesman Capt.
    Neil Hobbs" (the rank is the holder's own, written out by `_abbreviated_title`)."""
    split = (k - 1 for k, t in enumerate(title) if k > 0 and _abbreviated_office(t))
    # The tokenizer keeps a rank's full stop with it ("Capt.", `kg.nlp`).
    whole = (k for k, t in enumerate(title) if k > 0 and _rank_written_whole(t))
    return min(next(split, len(title)), next(whole, len(title)))


def _rank_written_whole(token: Token) -> bool:
    return token.lower_.endswith(".") and token.lower_ in lexicon.mapping("wire_title_expansions")


def _in_body(index: EntityIndex, token: Token) -> bool:
    entity = index.entity_at(token)
    return entity is not None and entity.kind is EntityKind.ORGANIZATION


def _body_within(index: EntityIndex, title: list[Token]) -> int:
    """Where a body's name written after the title's first words begins ("Coalition spokesman
    US Army Col. Everett Haines III": the spokesman serves in the US Army, whose rank follows)."""
    return next(
        (
            k
            for k, t in enumerate(title)
            if k > 0
            and (e := index.entity_at(t)) is not None
            and e.kind is EntityKind.ORGANIZATION
            and not _portfolio_named(e)
            and index.entity_at(title[k - 1]) != e
        ),
        len(title),
    )


def _abbreviated_office(token: Token) -> bool:
    """The full stop of an abbreviated rank the parser split off ("Col" + "." of "US Army
    Col. Everett Haines III"), which ends no phrase."""
    before = token.doc[token.i - 1] if token.i > 0 else None
    return (
        token.text == "."
        and before is not None
        and not before.whitespace_
        and f"{before.lower_}." in lexicon.mapping("wire_title_expansions")
    )


def _joined_by_hyphen(hyphen: Token) -> bool:
    """The hyphen joins the words on either side into one ("Vice-Minister")."""
    return hyphen.i > 0 and not hyphen.whitespace_ and not hyphen.doc[hyphen.i - 1].whitespace_


def _lexicon_title_end(title: list[Token]) -> int:
    """Where the longest office of the lexicon that the title starts with ends, in words."""
    titles = lexicon.words("titles")
    for size in range(min(lexicon.longest_phrase("titles"), len(title)), 1, -1):
        if " ".join(t.lower_ for t in title[:size]) in titles:
            return size
    return 0


def _body_before(index: EntityIndex, first: Token) -> tuple[Entity, ...]:
    """The body named right before a title ("FBI Special Agent ...", "the Bolivarian National
    Guard (GNB) Division General ..."): the person holds the office in it."""
    doc, i = first.doc, first.i - 1
    if i >= 0 and doc[i].text == ")":
        opening = _opening_of(doc[i])
        i = opening - 1 if opening is not None else -1
    if i < 0 or doc[i].is_punct:
        return ()
    body = index.entity_at(doc[i])
    return (body,) if body is not None and body.kind is EntityKind.ORGANIZATION else ()


def _opening_of(closing: Token) -> int | None:
    """Where the bracket a closing one ends opens, when it holds a word or two ("(GNB)")."""
    doc, i = closing.doc, closing.i
    return next((k for k in range(i - 1, max(i - 4, -1), -1) if doc[k].text == "("), None)


def _body_listed_after(span: Span, ctx: Context) -> Iterator[Relation]:
    """ "Name, Body, ...": a body's name alone in the list item after a person's (a list of
    the fallen, a byline) is where the person serves."""
    index = ctx.entities
    doc, sentence = span.doc, span_sentence(span)
    person = _person_at(index, doc[span.start])
    # A list of the fallen glues a footnote to the name ("Taub[899]").
    end = span.end + (span.end < sentence.end and doc[span.end].text == "]")
    if person is None or end + 1 >= sentence.end or doc[end].text != ",":
        return
    start = end + 1 + (doc[end + 1].lower_ == "the")
    body = index.entity_at(doc[start])
    if body is None or body.kind is not EntityKind.ORGANIZATION:
        return
    after = start
    while after < sentence.end and index.entity_at(doc[after]) == body:
        after += 1
    # "met John Kerry, the State Department, and the Pentagon": a list of those met.
    listed = after + 1 < sentence.end and doc[after + 1].lower_ in {"and", "or"}
    if (
        after == sentence.end
        or doc[after].is_sent_end
        or (doc[after].text in {",", ";"} and not listed)
    ):
        yield Relation(person, "schema:memberOf", body, ctx.mention(sentence))


def _body_after_name(span: Span, ctx: Context) -> Iterator[Relation]:
    """ "Ann Price of Brent & Co. said", "Jane Doe and Mark Lee of Fairfax Bank": a body named
    right after a person's name by "of" is the one the person serves, and so it is for the
    people listed with them; and the departments the titles of such a list name are the body's
    ("Director of the Economic Department A and Director of the Financial Department B of the
    X Committee": both departments are the committee's)."""
    index, doc, sentence = ctx.entities, span.doc, span_sentence(span)
    person = _person_at(index, doc[span.start])
    if person is None or span.end + 2 >= sentence.end or doc[span.end].lower_ != "of":
        return
    start = span.end + 1 + (doc[span.end + 1].lower_ == "the")
    body = _body_at(index, doc[start])
    if body is None:
        return
    evidence = ctx.mention(sentence)
    items = _titled_list_before(span, index)
    for holder in [person, *_list_before(span, index), *(p for p, _ in items)]:
        yield Relation(holder, "schema:memberOf", body, evidence)
    own = _titled_item_start(span.start, index, sentence)
    titles = [(own, span.start)] if own is not None else []
    parts = lexicon.words("body_part_nouns")
    departments = {
        department
        for first, end in [*titles, *(item for _, item in items)]
        for k in range(first, end)
        if (department := _body_at(index, doc[k])) is not None
        and department != body
        and name_head(department.name).casefold() in parts
    }
    for department in sorted(departments, key=lambda e: e.name):
        yield Relation(department, "schema:memberOf", body, evidence)


def _titled_list_before(span: Span, index: EntityIndex) -> list[tuple[Entity, tuple[int, int]]]:
    """The people of a list of titles and names that ends with the name, each with where its
    title begins and its name does: "Chairman A, Vice-Chairman B and Director of the Finance
    Department C of the X Committee", "Manager A and Deputy Manager B of the Y Co." (the body
    the last name's "of" names is each one's). Each item must give a title before its name; the
    list ends where one gives none. The parser may break so long a list into sentences where
    no sentence ends; the list runs on over such breaks (see `_written_sentence_start`)."""
    doc = span.doc
    sentence = doc[_written_sentence_start(span_sentence(span)) : span_sentence(span).end]
    people: list[tuple[Entity, tuple[int, int]]] = []
    start = _titled_item_start(span.start, index, sentence)
    while (
        start is not None and start - 2 >= sentence.start and doc[start - 1].lower_ in {",", "and"}
    ):
        person = _person_at(index, doc[start - 2])
        if person is None:
            break
        named = start - 2
        while named > sentence.start and index.by_token.get(named - 1) == person:
            named -= 1
        start = _titled_item_start(named, index, sentence)
        if start is not None:
            people.append((person, (start, named)))
    return people


def _written_sentence_start(sentence: Span) -> int:
    """Where the sentence as written begins: back over the parser's sentence breaks that
    follow no full stop, question or exclamation mark, colon or line break."""
    doc, start = sentence.doc, sentence.start
    while start > 0 and not (
        doc[start - 1].text in {".", "!", "?", ":"} or breaks_line(doc[start - 1])
    ):
        start = sentence_of(doc[start - 1]).start
    return start


def _titled_item_start(named: int, index: EntityIndex, sentence: Span) -> int | None:
    """Where the title written before the name at `named` begins, if a title is written there:
    capitalised words, with "of", "the", "and" and hyphens inside ("First Vice-Chairman and
    concurrently Director of the Organizational Department")."""
    doc = sentence.doc
    start = named
    while start > sentence.start:
        token = doc[start - 1]
        inside = token.lower_ in TITLED_ITEM_WORDS or (
            token.text == "-" and _joined_by_hyphen(token)
        )
        if (token.is_punct and not inside) or _person_at(index, token) is not None:
            break
        if token.lower_ == "and" and _person_at(index, doc[start - 2]) is not None:
            break
        if not (token.text[:1].isupper() or inside):
            break
        start -= 1
    if not any(_is_title(doc[k]) for k in range(start, named)):
        return None
    return start


def _others_of(span: Span, ctx: Context) -> Iterator[Relation]:
    """ "A, B, C and other senior officials of the C.C., WPK": the people listed belong to
    the body the others are officials of."""
    index = ctx.entities
    doc = span.doc
    person = _person_at(index, doc[span.start])
    if person is None or [t.lower_ for t in doc[span.end : span.end + 2]] != ["and", "other"]:
        return
    tokens: list[Token] = []
    for token in doc[span.end + 2 : span_sentence(span).end]:
        if (token.is_punct and not _in_name(index, token)) or token.pos_ in {"VERB", "AUX"}:
            break
        tokens.append(token)
    group = index.entity_at(tokens[0]) if tokens else None
    if group is None or group.kind is not EntityKind.GROUP:
        return
    evidence = ctx.mention(span_sentence(span))
    for body in _bodies(index, tokens):
        for holder in [person, *_list_before(span, index)]:
            yield Relation(holder, "schema:memberOf", body, evidence)


def _head_and_members_of(span: Span, ctx: Context) -> Iterator[Relation]:
    """ "Chairman Ko Tae Chun and members of the confederation", "Ambassador Ri and staff
    members of the DPRK embassy": one titled right before the name, then the members of a
    body, heads that body (without "other", the title is what makes the person one of them).
    The body is read off the surface: the parse often hangs the "of" on the name."""
    index, doc = ctx.entities, span.doc
    person = _person_at(index, doc[span.start])
    sentence = span_sentence(span)
    if person is None or span.end + 3 >= sentence.end or doc[span.end].lower_ != "and":
        return
    # The title may be read into the name ("Chairwoman Choe Hye Suk").
    i = span.start - 1
    while i > sentence.start and _person_at(index, doc[i]) == person and not _is_title(doc[i]):
        i -= 1
    members = compound_head(doc[span.end + 1])
    group = index.entity_at(members)
    if (
        i < sentence.start
        or not _is_title(doc[i])
        or group is None
        or group.kind is not EntityKind.GROUP
        or members.lemma_.casefold() not in lexicon.words("member_nouns")
        or members.i + 2 >= sentence.end
        or doc[members.i + 1].lower_ != "of"
    ):
        return
    body = None
    for token in doc[members.i + 2 : sentence.end]:
        if token.dep_ == "det":
            continue
        body = _body_at(index, token)
        break
    if body is not None:
        yield Relation(person, "schema:memberOf", body, ctx.mention(sentence))


def _title_in_apposition(span: Span, ctx: Context) -> Iterator[Relation]:
    """ "the French president, Emmanuel Macron, ...", "The Minister of Health, Nancy Perez",
    "Acme Inc.'s chief financial officer, John Brown": a person's name in apposition to the
    office written before it."""
    index = ctx.entities
    root = span_root(span)
    person = _person_at(index, root)
    first = _first_listed(index, root)
    head = first.head
    start = first.left_edge.i
    # A plural title names a group of its holders, each of the two or more listed after it.
    plural = head.tag_ in {"NNS", "NNPS"}
    listed = [t for t in with_conjuncts(first) if _person_at(index, t) is not None]
    named = index.entity_at(head)
    # "the three foreign ministers of A, B and C": as many named as counted, the "of" names
    # the first of them (the parse may join the rest to the title); the title ends before it.
    counted = holders_counted(head) if plural else []
    if (
        person is None
        or (first.dep_ != "appos" and not (first.dep_ == "conj" and root in counted))
        or head.i >= start
        or span.doc[start - 1].text != ","  # "the Great Leader [Kim Il Sung]": an epithet
        or (plural and not counted and (len(listed) < 2 or root not in listed))
        or (counted and root not in counted)
        or (not plural and (head.tag_ not in {"NN", "NNP"} or root != first))
        or (named is not None and not (plural and named.kind is EntityKind.GROUP))
        or not _heads_title(head)
    ):
        return
    end = counted[0].head.i if counted else start - 1
    phrase = [
        t for t in _title_tokens(head, index) if t.i < end and not (plural and t.dep_ == "nummod")
    ]
    # "the foreign ministers of A, B and C": a plural title whose own phrase names someone
    # (the parse hangs the rest of the list on the title) is no title of the list's.
    if plural and any(t.ent_type_ == "PERSON" for t in phrase):
        return
    # "Trek's president, Dick Burke": the possessor is whom the post serves, not the title.
    owner = max((k + 1 for k, t in enumerate(phrase) if t.tag_ == "POS"), default=0)
    tokens = phrase[owner:]
    if not tokens or " ".join(t.lower_ for t in tokens) in lexicon.words("epithets"):
        return
    evidence = ctx.mention(span_sentence(span))
    for title in _title_forms(tokens, index):
        yield Relation(person, "schema:jobTitle", title, evidence)
    for body in _bodies(index, phrase):
        yield Relation(person, "schema:memberOf", body, evidence)
    yield from _joined_titles_before(person, head, span, ctx)


def _first_listed(index: EntityIndex, root: Token) -> Token:
    """The first name of the list of people the name at `root` is in ("A, B and C"): a plural
    title in apposition to the list is each one's ("The three foreign ministers, A of Poland,
    B of Hungary and C of the Czech Republic")."""
    first = root
    while first.dep_ == "conj" and _person_at(index, first.head) is not None:
        first = first.head
    return first


def _joined_titles_before(
    person: Entity, head: Token, span: Span, ctx: Context
) -> Iterator[Relation]:
    """ "the company's chairman and chief executive, Dan Roe": every office the list before
    the comma joins is the person's (the parse hangs the name on the first)."""
    index = ctx.entities
    evidence = ctx.mention(span_sentence(span))
    for other in list(with_conjuncts(head))[1:]:
        if other.i >= span.start or not _heads_title(other) or index.entity_at(other) is not None:
            continue
        tokens = [t for t in _title_tokens(other, index) if t.i < span.start - 1]
        for title in _title_forms(tokens, index) if tokens else []:
            yield Relation(person, "schema:jobTitle", title, evidence)
        for body in _bodies(index, tokens):
            yield Relation(person, "schema:memberOf", body, evidence)


def _voice_of_the_reported_body(span: Span, ctx: Context) -> Iterator[Relation]:
    """ "MindSpring closed the site, spokesman Serge Clermont said": one who speaks for a body
    (lexicon `voice_nouns`) without naming it, saying what a body did, speaks for that body:
    the subject of the clause reported. A voice that names its own body ("a spokesman for the
    bureau", "a Reuters spokeswoman") is that body's, as the other rules read it."""
    index = ctx.entities
    root = span_root(span)
    person = _person_at(index, root)
    verb = root.head
    if (
        person is None
        or root.dep_ != "nsubj"
        or verb.lemma_.casefold() not in lexicon.words("reporting_verbs")
    ):
        return
    voices = [
        c
        for c in children_of(root)
        if c.dep_ in {"compound", "appos"} and c.lemma_.casefold() in lexicon.words("voice_nouns")
    ]
    if not voices or any(
        c.dep_ in {"compound", "poss", "prep", "nmod", "amod"}
        for voice in voices
        for c in children_of(voice)
    ):
        return
    for clause in (c for c in children_of(verb) if c.dep_ == "ccomp"):
        for subject in (c for c in children_of(clause) if c.dep_ in {"nsubj", "nsubjpass"}):
            body = _body_at(index, subject)
            if body is not None:
                yield Relation(person, "schema:memberOf", body, ctx.mention(span_sentence(span)))


def _title_before_comma(span: Span, ctx: Context) -> Iterator[Relation]:
    """ "The head of the FBI investigation in Nairobi, John Smith, said ...", "..., the acting
    chief of the RUC, Mr Ian Kerr, ...": an office with "the", on its own or as an item
    of a list, then a comma and the name, read off the surface where the parse hangs the name
    elsewhere (`_title_in_apposition` reads the apposition the parse makes)."""
    index, doc = ctx.entities, span.doc
    person = _person_at(index, doc[span.start])
    sentence = span_sentence(span)
    # "..., Mr Ian Kerr": an honorific between the comma and the name.
    comma = span.start - 1
    if comma > sentence.start and doc[comma].lower_ in lexicon.words("honorifics"):
        comma -= 1
    if person is None or comma - 2 < sentence.start or doc[comma].text != ",":
        return
    start = comma
    while start > sentence.start:
        token = doc[start - 1]
        # A participle may modify the title ("the acting chief"); a finite verb ends it.
        verb = token.pos_ in {"VERB", "AUX"} and token.tag_ not in {"VBG", "VBN"}
        if (token.is_punct and not _in_name(index, token)) or verb:
            break
        if token.lower_ == "and" or _person_at(index, token) is not None:
            break
        start -= 1
    tokens = list(doc[start:comma])
    opening = doc[start - 1] if start > sentence.start else None
    if (
        len(tokens) < 2
        or tokens[0].lower_ != "the"
        or (opening is not None and opening.text not in {",", ";", "and"})
    ):
        return
    head = next((k for k, t in enumerate(tokens[1:5], 1) if _is_title(t)), None)
    if head is None or not all(
        (t.pos_ in {"ADJ", "NOUN", "PROPN"} or t.tag_ in {"VBG", "VBN"})
        and index.entity_at(t) is None
        for t in tokens[1:head]
    ):
        return
    # "The ministers, Alan Hughes and his aides, ...": a plural office is each one's of two or
    # more named after it, not one name's listed with people it does not name.
    if tokens[head].tag_ in {"NNS", "NNPS"} and not _person_listed_after(index, span):
        return
    evidence = ctx.mention(sentence)
    for title in _title_forms(tokens[1:], index):
        yield Relation(person, "schema:jobTitle", title, evidence)
    for body in _bodies(index, tokens):
        yield Relation(person, "schema:memberOf", body, evidence)


def _person_listed_after(index: EntityIndex, span: Span) -> bool:
    """Another person is named next after the name, in the same list ("A, B and C")."""
    doc = span.doc
    i = span.end
    while i < len(doc) and doc[i].text in {",", "and"}:
        i += 1
    return (
        i > span.end
        and i < len(doc)
        and _person_at(index, doc[i]) not in {None, _person_at(index, doc[span.start])}
    )


def _title_in_relative_clause(span: Span, ctx: Context) -> Iterator[Relation]:
    """ "Owen Hartley, an expert in naval history who is senior lecturer at the University
    of Leeds": an office a relative clause of the name (or of its apposition) says the person
    holds, and the body it is held at."""
    index = ctx.entities
    person = _person_at(index, span_root(span))
    if person is None:
        return
    evidence = ctx.mention(span_sentence(span))
    for noun in (span_root(span), *_appositions(span_root(span))):
        for clause in (c for c in children_of(noun) if c.dep_ == "relcl" and _holds_office(c)):
            yield from _attributed_titles(person, clause, index, evidence)


def _heads_title(token: Token) -> bool:
    """The noun is a title or ends one its modifier begins: "chief operating officer"."""
    return _is_title(token) or any(
        # "chief" is tagged an adjective there.
        c.i < token.i and c.dep_ in {"amod", "compound"} and c.lower_ in lexicon.words("titles")
        for c in children_of(token)
    )


def _title_in_copula(span: Span, ctx: Context) -> Iterator[Relation]:
    """ "their father Kang Myong Su is a peasant of the Hwasan Farm", "Lund becomes director of
    sales": the office a copula (or a verb of holding an office) says the person
    named as its subject (or in apposition to it) holds, and the body of it."""
    person = _person_at(ctx.entities, span_root(span))
    subject = span_root(span).head if span_root(span).dep_ == "appos" else span_root(span)
    if person is None or subject.dep_ != "nsubj":
        return
    evidence = ctx.mention(span_sentence(span))
    # "McBride was part of the crew and later served as administrator for NASA": a verb
    # coordinated with the subject's own, with no subject of its own, says it of the subject.
    for clause in with_conjuncts(subject.head):
        if clause.i != subject.head.i and any(c.dep_ in SUBJECTS for c in children_of(clause)):
            continue
        if _holds_office(clause):
            yield from _attributed_titles(person, clause, ctx.entities, evidence)


def _title_by_appointment(span: Span, ctx: Context) -> Iterator[Relation]:
    """ "Kim was appointed premier of the Cabinet", "the meeting elected Kim as chairman of
    the committee": the office a verb of appointing gives the person, and its body; "ousted
    Reed as chairman of Midland Steel": the office a verb of removing takes from the person."""
    root = span_root(span)
    person = _person_at(ctx.entities, root)
    # "A, treasurer, and B were named vice chairmen": each person of the subject.
    while root.dep_ == "conj" and root.head.i < root.i:
        root = root.head
        # "A, 54, treasurer, and B, 58, who ..., were named": the parse joins B to A's title.
        if root.dep_ == "appos" and _person_at(ctx.entities, root) is None:
            root = root.head
    if person is not None:
        yield from _offices_given(person, root, ctx)


def _offices_given(person: Entity, root: Token, ctx: Context) -> Iterator[Relation]:
    """The offices the verb `root` is the appointed (or removed) person of gives (or takes)."""
    verb = root.head
    appointed = (root.dep_ == "nsubjpass" and verb.tag_ == "VBN") or root.dep_ == "dobj"
    if not appointed:
        return
    if verb.lemma_ in lexicon.words("appointing_verbs"):
        offices = [c for c in children_of(verb) if c.dep_ == "oprd"]
        offices += phrase_objects(verb, AS)
    # "removed Mr. Reed as chairman of Midland Steel": the office the person held.
    elif verb.lemma_ in lexicon.words("removing_verbs"):
        offices = phrase_objects(verb, AS)
    else:
        return
    evidence = ctx.mention(sentence_of(root))
    yield from _offices_of(person, verb, offices, ctx.entities, evidence)


def _offices_given_by_pronoun(doc: Doc, ctx: Context) -> Iterator[Relation]:
    """ "... and the following year he was appointed military attache": an office given to
    "he" or "she" is the person the pronoun stands for (the person last named as a subject)."""
    for token in doc_tokens(doc):
        if token.lower_ in PERSON_SUBJECT_PRONOUNS and token.dep_ == "nsubjpass":
            person = _person_at_pronoun(ctx.entities, token)
            if person is not None:
                yield from _offices_given(person, token, ctx)


def _person_at_pronoun(index: EntityIndex, pronoun: Token) -> Entity | None:
    entity = index.entity_at(pronoun)
    return entity if entity is not None and entity.kind is EntityKind.PERSON else None


def _member_by_joining(span: Span, ctx: Context) -> Iterator[Relation]:
    """ "A and B were named to join American Medical's board", "Smith joined the board of
    Apple Inc.", "was elected to the board of Apple", "Smith joined Apple Inc.": a person who
    joins a body or its board, or is appointed to it, is a member of the body."""
    index = ctx.entities
    person = _person_at(index, span_root(span))
    root = span_root(span)
    # "A and B were named": each person of the subject.
    while root.dep_ == "conj" and root.head.i < root.i:
        root = root.head
    if person is None or root.dep_ not in {"nsubj", "nsubjpass"}:
        return
    verb = root.head
    if verb.lemma_ in lexicon.words("appointing_verbs"):
        objects = phrase_objects(verb, TO)
        # "were named to join the board": the verb of joining the appointment is to.
        verbs = [c for c in children_of(verb) if c.dep_ == "xcomp"]
    else:
        objects, verbs = [], [verb]
    joining = [v for v in verbs if v.lemma_ in lexicon.words("joining_verbs")]
    # "joined the Red Cross in condemning the attack": acting with the body, not joining it.
    joining = [v for v in joining if not _joined_in_act(v)]
    objects += [c for v in joining for c in children_of(v) if c.dep_ == "dobj"]
    boards = [o for o in objects if o.lemma_.casefold() in lexicon.words("joined_body_nouns")]
    evidence = ctx.mention(span_sentence(span))
    # "Smith joined Apple Inc.": the body itself.
    for body in entities_of(index, _board_owners(boards) + objects, EntityKind.ORGANIZATION):
        yield Relation(person, "schema:memberOf", body, evidence)


def _board_owners(boards: list[Token]) -> list[Token]:
    """The words naming whose the boards are: "American Medical's board", "board of Apple"."""
    owners = [c for b in boards for c in children_of(b) if c.dep_ == "poss"]
    return owners + [o for b in boards for o in phrase_objects(b, OF)]


def _board_members_listed(span: Span, ctx: Context) -> Iterator[Relation]:
    """ "... were named to join American Medical's board. Other new board members include A,
    B and C": people a list of a board's members includes are members of the body whose board
    it is, named with the board there or where a board was last named with its body."""
    index = ctx.entities
    root = span_root(span)
    person = _person_at(index, root)
    while root.dep_ == "conj" and root.head.i < root.i:
        root = root.head
    if person is None or root.dep_ != "dobj" or root.head.lemma_ != "include":
        return
    board_nouns = lexicon.words("joined_body_nouns")
    members = [
        c
        for c in children_of(root.head)
        if c.dep_ == "nsubj" and c.lemma_.casefold() in lexicon.words("member_nouns")
    ]
    boards = [
        b
        for m in members
        for b in (*children_of(m), *phrase_objects(m, OF))
        if b.lemma_.casefold() in board_nouns and b.dep_ in {"compound", "pobj"}
    ]
    if not boards:
        return
    owners = _board_owners(boards)
    sentence = span_sentence(span)
    # "Other new board members": the board last named with its body before the list.
    earlier = (
        t for t in reversed(span.doc[: sentence.start]) if t.lemma_.casefold() in board_nouns
    )
    owners = owners or next((o for o in map(_board_owners, ([t] for t in earlier)) if o), [])
    evidence = ctx.mention(sentence)
    for body in entities_of(index, owners, EntityKind.ORGANIZATION):
        yield Relation(person, "schema:memberOf", body, evidence)


def _joined_in_act(verb: Token) -> bool:
    """The verb of joining says with whom an act was done: "joined X in condemning"."""
    return any(
        c.dep_ == "prep" and c.lower_ == "in" and any(g.dep_ == "pcomp" for g in children_of(c))
        for c in children_of(verb)
    )


def _attributed_titles(
    person: Entity, clause: Token, index: EntityIndex, evidence: Mention
) -> Iterator[Relation]:
    """The titles a form of "be" attributes to the person, with the bodies they are held at;
    none where the clause denies it ("is not a member"), nor a description by what the person
    did ("was the first senior official to refer to ...")."""
    attributes = [a for a in children_of(clause) if a.dep_ in {"attr", "oprd"}]
    yield from _offices_of(person, clause, attributes + phrase_objects(clause, AS), index, evidence)


def _holds_office(clause: Token) -> bool:
    """The verb says its subject holds the office it names: "be", "become", "serve" (as), or
    held it: "resigned as chairman", "stepped down as president" (lexicon
    `office_holding_verbs`, a phrasal verb with its particle)."""
    if clause.lemma_ == "be" or clause.lemma_ in lexicon.words("office_verbs"):
        return True
    holding = lexicon.words("office_holding_verbs")
    particles = (c.lower_ for c in children_of(clause) if c.dep_ == "prt")
    return clause.lemma_ in holding or any(f"{clause.lemma_} {p}" in holding for p in particles)


def _offices_of(
    person: Entity, clause: Token, attributes: list[Token], index: EntityIndex, evidence: Mention
) -> Iterator[Relation]:
    """The offices the clause's attributes name, with the bodies they are held at."""
    if any(c.dep_ == "neg" for c in children_of(clause)):
        return
    for attribute in attributes:
        # "was president and chief operating officer of ...": each office of the list is one.
        titles = [t for t in with_conjuncts(attribute) if _heads_title(t)]
        if any(c.dep_ in {"acl", "relcl"} for t in titles for c in children_of(t)):
            continue
        titles = [t for t in titles if not _of_quality(t)]
        fields: list[Token] = []
        for title in titles:
            # "became its president": the owner's pronoun is no word of the title.
            words = [
                t
                for t in title.subtree
                if t.i <= title.i and t.dep_ != "det" and (t.dep_, t.pos_) != ("poss", "PRON")
            ]
            field = _portfolio_words(title, index)
            fields += field
            words = _title_start(words) + field
            yield Relation(person, "schema:jobTitle", _written(words), evidence)
            # "were named vice chairmen": each is a vice chairman.
            if title.tag_ == "NNS" and title.lemma_ != title.text:
                single = _written(words, {title.i: title.lemma_})
                yield Relation(person, "schema:jobTitle", single, evidence)
        # "administrator for congressional relations for NASA": the body after the field.
        bodies = [b for t in titles + fields for b in prepositional_objects(t, BODY_PREPOSITIONS)]
        # "was picked as a NASA astronaut": the body written before the office.
        bodies += [c for t in titles for c in children_of(t) if c.dep_ in {"compound", "poss"}]
        # "served as administrator for legislative affairs for NASA": the parse may hang the
        # body on the verb of holding the office.
        if titles and clause.lemma_ in lexicon.words("office_verbs"):
            bodies += prepositional_objects(clause, BODY_PREPOSITIONS)
        for body in entities_of(index, bodies, EntityKind.ORGANIZATION):
            yield Relation(person, "schema:memberOf", body, evidence)


def _of_quality(title: Token) -> bool:
    """ "was a leader of great eminence": the noun praises the person for a quality (lexicon
    `quality_nouns`), it says no office held."""
    qualities = lexicon.words("quality_nouns")
    return any(o.lemma_.casefold() in qualities for o in prepositional_objects(title, OF))


def _written(words: list[Token], forms: Mapping[int, str] | None = None) -> str:
    """Words as the text writes them where they follow one another ("vice-chairman"), with a
    space where the parse left words out between them; `forms` gives a word another form (its
    singular) by its index."""
    forms = forms or {}
    return "".join(
        forms.get(w.i, w.text) + (w.whitespace_ if nxt.i == w.i + 1 else " ")
        for w, nxt in itertools.pairwise(words)
    ) + forms.get(words[-1].i, words[-1].text)


def _portfolio_words(title: Token, index: EntityIndex) -> list[Token]:
    """The field an office is for, written right after it as a bare common noun phrase: "director
    of corporate affairs", "assistant administrator for congressional relations". A named body
    there is where the office is held, and "of the company" whose it is: neither is the title."""
    tokens = doc_tokens(title.doc)
    if title.i + 1 == len(tokens):
        return []
    prep = tokens[title.i + 1]
    if prep.head.i != title.i or prep.lower_ not in PORTFOLIO_PREPOSITIONS:
        return []
    objects = [c for c in children_of(prep) if c.dep_ == "pobj"]
    if len(objects) != 1 or objects[0].pos_ != "NOUN":
        return []
    phrase = list(prep.subtree)
    # "for congressional relations for NASA": the field ends where the body is named.
    held = next((t.i for t in phrase[1:] if t.dep_ == "prep" and _names_body(index, t)), None)
    phrase = [t for t in phrase if held is None or t.i < held]
    if any(t.dep_ in {"det", "poss"} or index.entity_at(t) is not None for t in phrase):
        return []
    return phrase


def _names_body(index: EntityIndex, prep: Token) -> bool:
    objects = [c for c in children_of(prep) if c.dep_ == "pobj"]
    return bool(entities_of(index, objects, EntityKind.ORGANIZATION))


def _kin_beside(doc: Doc, ctx: Context) -> Iterator[Relation]:
    """ "A and his brother, B", "Kim Jong Un and his wife Ri Sol Ju": the relative named beside
    the possessed kinship noun is A's; so is it where A alone is named before it, as the
    subject ("A hushed up the scandals of his wife B"), and where A is the possessor named
    ("Elian's father, Juan Miguel Gonzalez"). Each kinship is stated both ways."""
    index = ctx.entities
    kinship = lexicon.mapping("kinship")
    tokens = doc_tokens(doc)
    # Only a kinship noun's token is read: the others' lemmas come from the doc's table,
    # case-folded in one C loop; most articles name no kin, and are passed at once.
    lemmas = tuple(map(str.casefold, doc_lemmas(doc)))
    if kinship.keys().isdisjoint(lemmas):
        return
    for i, lemma in enumerate(lemmas):
        relation = kinship.get(lemma)
        if relation is None:
            continue
        noun = tokens[i]
        if relation in SYMMETRIC_KINSHIP and noun.tag_ == "NNS":
            yield from _kin_listed(noun, relation, ctx)
        owner = next((c for c in children_of(noun) if c.dep_ == "poss"), None)
        if owner is None:
            continue
        if owner.tag_ != "PRP$":
            anchor = _person_at(index, owner)
        elif noun.dep_ == "conj":
            anchor = _person_at(index, noun.head)
        else:
            anchor = _sole_subject_before(noun, index)
        for appos in _appositions(noun):
            relative = _person_at(index, appos)
            if anchor is None and relative is not None and noun.dep_ == "conj":
                anchor = _named_with_surname(index, noun.head, relative)
            if anchor is None or relative is None or relative == anchor:
                continue
            evidence = ctx.mention(sentence_of(noun))
            yield Relation(relative, relation, anchor, evidence)
            yield Relation(anchor, CONVERSE_KINSHIP[relation], relative, evidence)


def _named_with_surname(index: EntityIndex, given: Token, relative: Entity) -> Entity | None:
    """ "Dzhokhar and his brother, Tamerlan Tsarnaev": a given name alone, beside the kin it
    shares a family name with, is the person the article names by both."""
    if given.ent_type_ != "PERSON" or " " not in relative.name:
        return None
    full = f"{given.text} {relative.name.rsplit(maxsplit=1)[-1]}"
    return next(
        (
            m.entity
            for m in index.mentions
            if m.entity.kind is EntityKind.PERSON and m.entity.name == full
        ),
        None,
    )


def _sole_subject_before(noun: Token, index: EntityIndex) -> Entity | None:
    """Whom "his" or "her" stands for where one person alone is named before it in the
    sentence, as a subject: "Yoon is wielding power to hush up the scandals of his wife"."""
    sentence = sentence_of(noun)
    people = {
        person
        for token in sentence
        if token.i < noun.i and (person := _person_at(index, token)) is not None
    }
    if len(people) != 1:
        return None
    (person,) = people
    subject = any(
        _person_at(index, t) == person and t.dep_ in {"nsubj", "nsubjpass"}
        for t in sentence
        if t.i < noun.i
    )
    return person if subject else None


def _kin_listed(noun: Token, relation: str, ctx: Context) -> Iterator[Relation]:
    """ "The sisters, Anna Smith and Mary Smith": each named is the others' relative."""
    people = [
        person
        for appos in _appositions(noun)
        for t in with_conjuncts(appos)
        if (person := _person_at(ctx.entities, t)) is not None
    ]
    evidence = ctx.mention(sentence_of(noun))
    for one in people:
        for other in people:
            if one != other:
                yield Relation(one, relation, other, evidence)


def _body_possessing(span: Span, ctx: Context) -> Iterator[Relation]:
    """ "The World's Clara Finch reports", "NPR's Ann Smith": a body's possessive before a
    person's name makes the person its member (a country's makes a citizen, not a member)."""
    person = _person_at(ctx.entities, span_root(span))
    for owner in children_of(span_root(span)):
        # "The World's Nancy Marshall": the tagger may miss the body's name here and tag it
        # where the article names it again ("For The World, I'm Nancy Marshall").
        body = (
            (_body_at(ctx.entities, owner) or _body_named(ctx.entities, owner))
            if owner.dep_ == "poss"
            else None
        )
        if person is not None and body is not None:
            yield Relation(person, "schema:memberOf", body, ctx.mention(span_sentence(span)))


def _reporter_from_body(span: Span, ctx: Context) -> Iterator[Relation]:
    """ "From member station KQED, Ann Smith reports.": a broadcast's reporter introduced by the
    body the report comes from reports for it (a place there, "From Moscow, ...", makes none)."""
    doc, index = span.doc, ctx.entities
    sentence = span_sentence(span)
    person = _person_at(index, span_root(span))
    if (
        person is None
        or doc[sentence.start].lower_ not in {"from", "for"}
        or span.start - 2 <= sentence.start
        or doc[span.start - 1].text != ","
        or span.end >= sentence.end
        or doc[span.end].lemma_.casefold() != "report"
    ):
        return
    body = _body_at(index, doc[span.start - 2])
    if body is not None:
        yield Relation(person, "schema:memberOf", body, ctx.mention(sentence))


def _abbreviated_title(span: Span, ctx: Context) -> Iterator[Relation]:
    """ "Gov. Tarek el Aissami": an abbreviated office before a name, written out."""
    doc = span.doc
    person = _person_at(ctx.entities, doc[span.start])
    if person is None or span.start == 0:
        return
    before = doc[span.start - 1]
    # "Capt." split into a word and its full stop.
    written = f"{doc[before.i - 1].lower_}." if _abbreviated_office(before) else before.lower_
    title = lexicon.mapping("wire_title_expansions").get(written)
    if title is not None:
        yield Relation(person, "schema:jobTitle", title, ctx.mention(span_sentence(span)))


def _places_named_together(doc: Doc, ctx: Context) -> Iterator[Relation]:
    """Two places one sentence names, one of which the gazetteer puts in the other: "In the
    cities of Phyongsong, Tokchon and Hamhung and other parts of South Phyongan and South
    Hamgyong provinces" (which city lies in which province the parse cannot tell)."""
    links = {link.entity: link for link in ctx.places.links}
    if len(links) < 2:
        return
    named: dict[int, dict[Entity, list[Span]]] = {}
    for mention in ctx.entities.mentions:
        # The span is found only for a place the gazetteer links.
        if mention.entity not in links:
            continue
        span = token_span(doc, mention.mention.start, mention.mention.end)
        if span is not None:
            places = named.setdefault(span_sentence(span).start, {})
            places.setdefault(mention.entity, []).append(span)
    sentences = {sentence.start: sentence for sentence in doc_sentences(doc)}
    for start, places in named.items():
        for inner, spans in places.items():
            parents = links[inner].parents
            outers = [o for o in places if o != inner and links[o].place in parents]
            # The text's own word on where a place lies is not overruled: "Sevastopol City of
            # Russia", whatever the gazetteer says (read only where the gazetteer links two).
            if not outers or any(
                _stated_container(span_root(span), ctx.entities, inner) for span in spans
            ):
                continue
            for outer in outers:
                evidence = ctx.mention(sentences[start])
                yield Relation(inner, "schema:containedInPlace", outer, evidence)


def _parts_of_a_whole(doc: Doc, ctx: Context) -> Iterator[Relation]:
    """ "Mt Kumgang is a complex of all natural beauties. It consists of Outer Kumgang, Inner
    Kumgang and Sea Kumgang": the places a place is said to be made of (lexicon
    `consisting_verbs`) lie in it. An "it" for the whole is the place the subject before it
    names, in its sentence or the one before."""
    verbs = lexicon.words("consisting_verbs")
    index = ctx.entities
    for verb in doc_tokens(doc):
        if verb.pos_ not in ("VERB", "AUX") or verb.lemma_.casefold() not in verbs:
            continue
        wholes = (_whole_place(index, s) for s in children_of(verb) if s.dep_ in SUBJECTS)
        whole = next((w for w in wholes if w is not None), None)
        if whole is None:
            continue
        heads = prepositional_objects(verb, OF) + [c for c in children_of(verb) if c.dep_ == "dobj"]
        evidence = ctx.mention(sentence_of(verb))
        # In the order written, each part once ("A, B and C" is found from A and from B).
        parts = dict.fromkeys(index.entity_at(p) for head in heads for p in with_conjuncts(head))
        for part in parts:
            if (
                part is not None
                and part.kind is EntityKind.PLACE
                and ctx.places.admits(part, whole)
            ):
                yield Relation(part, "schema:containedInPlace", whole, evidence)


def _whole_place(index: EntityIndex, subject: Token) -> Entity | None:
    """The place a subject names; for "it", the place the nearest subject before it names."""
    if subject.lower_ == "it":
        earlier = subject_before(subject)
        if earlier is None:
            return None
        subject = earlier
    place = index.entity_at(subject)
    return place if place is not None and place.kind is EntityKind.PLACE else None


def _stated_container(root: Token, index: EntityIndex, place: Entity) -> bool:
    """The phrase of a place names another place it is in, by apposition, "of" or "in"."""
    heads = [c for c in children_of(root) if c.dep_ == "appos"]
    heads += prepositional_objects(root, CONTAINMENT_PREPOSITIONS)
    return any(
        (other := index.entity_at(head)) is not None
        and other.kind is EntityKind.PLACE
        and other != place
        for head in heads
    )


@extractors.register("kg.relations.v36")
def extract_relations(doc: Doc, ctx: Context) -> Iterator[Relation]:
    """Kinship, titles and containment stated beside a name."""
    return iter(found_relations(doc, ctx))


# Where a doc keeps its relations (see `found_relations`).
RELATIONS_KEY = "kg.relations.found"


def found_relations(doc: Doc, ctx: Context) -> tuple[Relation, ...]:
    """The doc's relations, found once: the events extractor reads the titles among them
    again. The doc keeps them with the context they were found with, since a doc may be read
    again with another."""
    kept = doc.user_data.get(RELATIONS_KEY)
    if kept is not None and kept[0] is ctx:
        found: tuple[Relation, ...] = kept[1]
        return found
    found = _without_title_tails(tuple(_relations(doc, ctx)))
    found += tuple(_officers_of_the_company(doc, ctx, found))
    found += tuple(_counties_of_the_province(doc, ctx, found))
    found += tuple(_members_of_the_bench(ctx, found))
    doc.user_data[RELATIONS_KEY] = (ctx, found)
    return found


def _without_title_tails(found: tuple[Relation, ...]) -> tuple[Relation, ...]:
    """The relations without a title that is only the last words of a longer one the same
    passage gives the same person, after another title's word: "general" of "Surgeon
    General", taken apart where the recogniser read "General" as a rank before the name
    ("leader" of "North Korean leader" is the title without the country's adjective)."""
    titles = [r for r in found if r.predicate == "schema:jobTitle" and isinstance(r.object, str)]
    words_of_titles = lexicon.words("titles")

    def tail(short: Relation) -> bool:
        words = str(short.object).casefold().split()
        return any(
            long.subject == short.subject
            and long.evidence.start <= short.evidence.start
            and short.evidence.end <= long.evidence.end
            and len(longer := str(long.object).casefold().split()) > len(words)
            and longer[-len(words) :] == words
            and longer[-len(words) - 1] in words_of_titles
            for long in titles
        )

    return tuple(r for r in found if r not in titles or not tail(r))


def _titles_of_people_in_no_body(
    found: tuple[Relation, ...],
) -> Iterator[tuple[Relation, Entity, str]]:
    """Each job title of a person whom no relation found makes a member of any body: the
    people whose body only the rest of the article can tell."""
    members = {r.subject for r in found if r.predicate == "schema:memberOf"}
    for relation in found:
        person, title = relation.subject, relation.object
        if (
            relation.predicate == "schema:jobTitle"
            and isinstance(title, str)
            and person.kind is EntityKind.PERSON
            and person not in members
        ):
            yield relation, person, title


def _officers_of_the_company(
    doc: Doc, ctx: Context, found: tuple[Relation, ...]
) -> Iterator[Relation]:
    """Company officers whose company the copy leaves unsaid: "Gary Lukassen, chief financial
    officer, said", "Chairman Leon Hart" in an article about one company. Each is a member
    of the company the article is about: of those named with their legal form before the name,
    the one named most often (`EntityIndex.main_company_before`); a person the article makes a
    member of any body is left as it is."""
    done: set[Entity] = set()
    for relation, person, title in _titles_of_people_in_no_body(found):
        if person in done or not _company_office(title):
            continue
        named = _mention_in(doc, ctx.entities, person, relation.evidence)
        if named is None:
            continue
        company = ctx.entities.main_company_before(named)
        if company is not None and not _named_in_paragraph(ctx, company, named):
            company = _paragraph_company(ctx, named) or company
        if company is not None and not _office_of_another(ctx.entities, named, title, company):
            done.add(person)
            yield Relation(person, "schema:memberOf", company, relation.evidence)


def _members_of_the_bench(ctx: Context, found: tuple[Relation, ...]) -> Iterator[Relation]:
    """Judges named with their title alone ("Justices Sandra Day O'Connor and Anthony Kennedy")
    in an article about one court: each sits on the one court the article names, a body whose
    name ends in the noun `bench_titles` gives the title ("the Supreme Court"). Where the
    article names several courts the title does not tell which; a person the article makes a
    member of any body is left as it is."""
    benches = lexicon.mapping("bench_titles")
    done: set[Entity] = set()
    for relation, person, title in _titles_of_people_in_no_body(found):
        if person in done:
            continue
        noun = benches.get(title.casefold().split()[-1]) if title.split() else None
        courts = _bodies_ending(ctx.entities, noun) if noun else []
        if len(courts) == 1:
            done.add(person)
            yield Relation(person, "schema:memberOf", courts[0], relation.evidence)


def _paragraph_company(ctx: Context, named: Token) -> Entity | None:
    """The company last named before a person, in the person's paragraph, where that does not
    name the company the article is about: a story about several fund groups quotes each one's
    officer after naming it ("Vanguard's fund has seen outflows ... says Brian Mattes, a vice
    president")."""
    company = ctx.entities.last_company_before(named)
    return company if company is not None and _named_in_paragraph(ctx, company, named) else None


def _named_in_paragraph(ctx: Context, entity: Entity, named: Token) -> bool:
    """The entity is named in the paragraph of `named`, before it."""
    opening = ctx.article.text.rfind("\n", 0, named.idx) + 1
    return any(
        m.entity == entity and opening <= m.mention.start < named.idx for m in ctx.entities.mentions
    )


def _counties_of_the_province(
    doc: Doc, ctx: Context, found: tuple[Relation, ...]
) -> Iterator[Relation]:
    """Counties the gazetteer does not know, named without the province they lie in, in an
    article about one province: "Jagang Province is stepping up the harvest. Farms in Songwon and
    Chosan counties ...". Each lies in the one first-level division the article names, where
    its name says it is one ("Province"): a state named bare is often only the dateline's
    (Washington's District of Columbia is no home of Miami-Dade County). A county the text
    puts anywhere is left as the text has it."""
    provinces = {
        link.entity
        for link in ctx.places.links
        if link.place.place_type is PlaceType.FIRST_LEVEL_DIVISION
        and "FirstLevelDivision" in _designator_kinds().get(_designator(link.entity).casefold(), ())
    }
    if len(provinces) != 1:
        return
    (province,) = provinces
    placed = {
        r.subject
        for r in (*found, *ctx.places.containment)
        if r.predicate == "schema:containedInPlace"
    }
    counties = {k.entity for k in ctx.places.kinds if k.place_type is PlaceType.COUNTY}
    for mention in ctx.entities.mentions:
        county = mention.entity
        if county not in counties or county in placed:
            continue
        span = token_span(doc, mention.mention.start, mention.mention.end)
        if span is None:
            continue
        placed.add(county)
        evidence = ctx.mention(span_sentence(span))
        yield Relation(county, "schema:containedInPlace", province, evidence)


def _mention_in(doc: Doc, index: EntityIndex, person: Entity, sentence: Mention) -> Token | None:
    """The first token of the first mention of the person in the sentence (where the rules
    read the title's owner and the company named before it)."""
    for mention in index.mentions:
        named = mention.mention
        if mention.entity == person and sentence.start <= named.start < sentence.end:
            span = token_span(doc, named.start, named.end)
            return None if span is None else span[0]
    return None


def _office_of_another(index: EntityIndex, named: Token, title: str, company: Entity) -> bool:
    """The title is written with an owner that is not the company: "Polly Peck's chairman",
    "Bethlehem Chairman", "Di Giorgio's executive vice president" (a body the article may not
    have resolved), or its sentence names another body that "its chairman" may be of. "Its
    chairman", "the company's chairman" are the company's."""
    companies = lexicon.words("company_nouns")
    sentence = sentence_of(named)
    if any(
        e.kind is EntityKind.ORGANIZATION and e != company
        for e in entities_of(index, list(sentence), EntityKind.ORGANIZATION)
    ):
        return True
    words = title.casefold().split()
    for k, word in enumerate(words):
        if word.endswith("'s"):
            owner = word[:-2] or (words[k - 1] if k else "")
            if owner not in companies:
                return True
    doc = named.doc
    text = sentence.text.casefold()
    at = text.find(title.casefold())
    while at >= 0:
        first = expanded_span(doc, sentence.start_char + at, sentence.start_char + at + 1)
        whole = expanded_span(doc, sentence.start_char + at, sentence.start_char + at + len(title))
        if whole is not None and _office_held_for_a_common_noun(whole):
            return True
        # "its chairman", its pronoun written before the title or (as titles are now
        # written without it) just before its words.
        its = first[0] if first is not None and first[0].lower_ == "its" else None
        if first is not None and its is None and first[0].i > sentence.start:
            its = doc[first[0].i - 1] if doc[first[0].i - 1].lower_ == "its" else None
        if its is not None:
            if _its_owner(index, its) != company:
                return True
        elif first is not None and first[0].i > sentence.start:
            before = doc[first[0].i - 1]
            if before.tag_ == "POS" and before.i > sentence.start:
                before = doc[before.i - 1]
                if before.lower_ not in companies and index.entity_at(before) != company:
                    return True
            elif before.pos_ == "PROPN" and index.entity_at(before) != company:
                return True
        at = text.find(title.casefold(), at + 1)
    return False


def _office_held_for_a_common_noun(title: Span) -> bool:
    """A common noun just before the office's words says whose office it is: "the party
    chairman", "the union treasurer" hold no office of the company; "the company chairman" and
    "senior vice president" do (a word that opens an office is part of it)."""
    companies = lexicon.words("company_nouns")
    opening = _office_first_words()
    return any(
        word.lower_ in opening
        and before.pos_ == "NOUN"
        and before.lower_ not in companies
        and before.lower_ not in opening
        for before, word in itertools.pairwise(title)
    )


@functools.cache
def _office_first_words() -> frozenset[str]:
    return frozenset(office.split()[0] for office in lexicon.words("company_offices"))


def _its_owner(index: EntityIndex, its: Token) -> Entity | None:
    """What "its" stands for: the name nearest before it that is no person's ("Magna
    International Inc.'s officer, Simon Kettle, resigned and its chairman": the company;
    "Nadir, owner of Polly Peck as well as its chairman": Polly Peck). A day or a month
    owns nothing: "Cineplex said Tuesday its unit was sold" is Cineplex's."""
    # "the Political Bureau of its Central Committee": a body cannot own what it is the part
    # of, so the name the "its" phrase hangs on by a preposition is not what "its" stands for.
    holder = its.head.head.head if its.head.dep_ == "pobj" else None
    enclosing = index.entity_at(holder) if holder is not None else None
    for token in reversed(its.doc[sentence_of(its).start : its.i]):
        if token.pos_ != "PROPN" or token.ent_type_ in POINTS:
            continue
        if enclosing is not None and index.entity_at(token) == enclosing:
            continue
        # "Esselte AB, the Stockholm office supplies company, ... its unit": a name that
        # only describes a common noun stands for nothing "its" may refer to.
        if token.dep_ == "compound" and token.head.pos_ == "NOUN":
            continue
        named = index.entity_at(token)
        if named is None or named.kind is not EntityKind.PERSON:
            return named
    return None


def _company_office(title: str) -> bool:
    """The title ends in a company's office ("the firm's general manager") or, short, has one
    among its words ("vice president finance", "currently treasurer"); a long phrase with one
    inside is another post ("spokeswoman for the committee the chairman named")."""
    offices = lexicon.words("company_offices")
    words = title.casefold().split()
    if any(" ".join(words[-n:]) in offices for n in range(1, len(words) + 1)):
        return True
    return len(words) <= MAX_COMPANY_OFFICE_WORDS and any(
        " ".join(words[i:j]) in offices
        for i in range(len(words))
        for j in range(i + 1, len(words) + 1)
    )


def _surnames_in_apposition(doc: Doc, ctx: Context) -> Iterator[Relation]:
    """ "Slepian, 52, an obstetrician who ...": a person named again by the surname alone, where
    the model tagged no name, with an apposition that says more of them (see
    `named_by_surname`)."""
    # Only the heads of appositions, in order, found in the doc's tables: iterating the doc
    # would make a new Token of every word, and most words have no apposition.
    tables = parse_tables(doc)
    heads = tables.head_ids
    for i in sorted({heads[k] for k, dep in enumerate(tables.deps) if dep == "appos"}):
        token = tables.tokens[i]
        if not _appositions(token):
            continue
        person = named_by_surname(ctx.entities, token)
        if person is not None:
            yield from _relations_of(person, token, ctx)


def _relations(doc: Doc, ctx: Context) -> Iterator[Relation]:
    yield from ctx.entities.relations
    yield from _kin_beside(doc, ctx)
    yield from _offices_given_by_pronoun(doc, ctx)
    yield from _places_named_together(doc, ctx)
    yield from _parts_of_a_whole(doc, ctx)
    yield from _surnames_in_apposition(doc, ctx)
    seen: set[int] = set()
    for mention in ctx.entities.mentions:
        span = token_span(doc, mention.mention.start, mention.mention.end)
        if span is None:
            continue
        root = span_root(span)
        if root.i in seen:
            continue
        seen.add(root.i)
        yield from _relations_of(mention.entity, root, ctx)
        yield from _site_in_place(mention.entity, root, ctx)
        yield from _there_is_in_place(mention.entity, root, ctx)
        yield from _located_in(mention.entity, root, ctx)
        yield from _place_of_place(mention.entity, root, ctx)
        yield from _example_in_place(span, ctx)
        yield from _in_phrase_after(mention.entity, root, ctx)
        yield from _body_of_body(mention.entity, root, ctx)
        yield from _body_owned(mention.entity, root, ctx)
        yield from _part_in_apposition(mention.entity, root, ctx)
        yield from _part_before_name(mention.entity, root, ctx)
        yield from _in_division_after(span, ctx)
        yield from _settlement_of(mention.entity, root, ctx)
        yield from _town_then_country(span, ctx)
        yield from _listed_in_place(span, ctx)
        yield from _body_under_after(span, ctx)
        if mention.entity.kind is EntityKind.PERSON:
            yield from _titles_after(span, ctx)
            yield from _titles_before(span, ctx)
            yield from _others_of(span, ctx)
            yield from _head_and_members_of(span, ctx)
            yield from _body_listed_after(span, ctx)
            yield from _body_after_name(span, ctx)
            yield from _abbreviated_title(span, ctx)
            yield from _body_possessing(span, ctx)
            yield from _reporter_from_body(span, ctx)
            yield from _title_in_apposition(span, ctx)
            yield from _title_before_comma(span, ctx)
            yield from _voice_of_the_reported_body(span, ctx)
            yield from _title_in_relative_clause(span, ctx)
            yield from _title_in_copula(span, ctx)
            yield from _title_by_appointment(span, ctx)
            yield from _posts_apart(span, ctx)
            yield from _member_by_joining(span, ctx)
            yield from _board_members_listed(span, ctx)
