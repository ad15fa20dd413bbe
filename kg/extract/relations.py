"""Relations the text states in appositions: kinship, job titles, places inside places."""

from __future__ import annotations

import functools
from collections.abc import Iterator

from spacy.tokens import Doc, Span, Token

from kg import lexicon
from kg.extract import extractors
from kg.extract.context import Context
from kg.extract.syntax import entities_of, prepositional_objects, with_conjuncts
from kg.model import Entity, EntityKind, Mention, Relation
from kg.nlp import children_of, sentence_of, span_sentence, token_span
from kg.resolve.entities import EntityIndex

TITLE_ENDS = frozenset({"of", "to"})


def _appositions(token: Token) -> list[Token]:
    return [c for c in children_of(token) if c.dep_ == "appos"]


def _is_title(token: Token) -> bool:
    """The token is (or begins) a title: "secretary", "secretaries", "charge d'affaires"."""
    titles = lexicon.words("titles")
    if token.lemma_.casefold() in titles and token.pos_ in {"NOUN", "PROPN"}:
        return True
    if token.text.casefold() not in _title_beginnings():
        return False  # no title of several words begins so: no phrase to look at
    doc = token.doc
    # Only phrases of several words: "vice" of "vice-chairman" is no title.
    return any(
        doc[token.i : token.i + size].text.casefold() in titles
        for size in range(2, min(lexicon.longest_phrase("titles"), len(doc) - token.i) + 1)
        if doc[token.i : token.i + size - 1].text_with_ws.endswith(" ")
    )


@functools.cache
def _title_beginnings() -> frozenset[str]:
    """Every beginning of every title, character by character ("c", "ch", ... "charge d'")."""
    return frozenset(title[:n] for title in lexicon.words("titles") for n in range(len(title)))


def _plural_title(tokens: list[Token]) -> bool:
    first = next((t for t in tokens[:4] if _is_title(t)), None)
    return first is not None and first.tag_ in {"NNS", "NNPS"}


def _title_forms(tokens: list[Token]) -> list[str]:
    """A title as written, and in the singular when a plural one is given to each of several
    people ("deputy chiefs of the KPA General Staff": each is a deputy chief)."""
    written = "".join(t.text_with_ws for t in tokens).strip()
    plural = [t for t in tokens if t.tag_ in {"NNS", "NNPS"} and _is_title(t)]
    if not plural:
        return [written]
    single = "".join(t.lemma_ + t.whitespace_ if t in plural else t.text_with_ws for t in tokens)
    return [written, single.strip()]


def _title_tokens(head: Token, index: EntityIndex) -> list[Token]:
    """The title phrase headed by `head`, without coordinated titles or names."""
    skip: set[int] = set()
    for token in head.subtree:
        named = index.entity_at(token)
        coordinated = token.dep_ in {"conj", "cc", "appos"} and token.i != head.i
        if coordinated and (token.head.i == head.i or (named and named.kind is EntityKind.PERSON)):
            skip.update(t.i for t in token.subtree)
    tokens = [t for t in head.subtree if t.i not in skip]
    while tokens and (tokens[-1].is_punct or tokens[-1].dep_ == "cc"):
        tokens.pop()
    while tokens and tokens[0].dep_ == "det":
        tokens.pop(0)
    # "vice-chairman": the parse may leave the word's first half out of the title's phrase.
    doc = head.doc
    while tokens and tokens[0].i >= 2 and doc[tokens[0].i - 1].text == "-":
        first, hyphen = doc[tokens[0].i - 2], doc[tokens[0].i - 1]
        if first.whitespace_ or hyphen.whitespace_:
            break
        tokens[:0] = [first, hyphen]
    return tokens


def _bodies(index: EntityIndex, tokens: list[Token]) -> tuple[Entity, ...]:
    """The organisations a title phrase names, with those named inside their names: a
    secretary of "the Central Committee of the Communist Party of Vietnam" is a member of
    both bodies."""
    found = dict.fromkeys(entities_of(index, tokens, EntityKind.ORGANIZATION))
    for token in tokens:
        found.update((e, None) for e in index.inner_at(token) if e.kind is EntityKind.ORGANIZATION)
    return tuple(found)


def _coordinated_people(root: Token, index: EntityIndex) -> list[Entity]:
    """Everyone named in the list the token ends ("A, B and C, secretaries of ...")."""
    top = root
    while top.dep_ == "conj" and index.entity_at(top.head) is not None:
        top = top.head
    return [
        e
        for t in with_conjuncts(top)
        if (e := index.entity_at(t)) is not None and e.kind is EntityKind.PERSON
    ]


def _titles(entity: Entity, appos: Token, ctx: Context, evidence: Mention) -> Iterator[Relation]:
    """Job titles in an apposition, and membership of the organisations they name."""
    index = ctx.entities
    people = _coordinated_people(appos.head, index) if appos.tag_ == "NNS" else [entity]
    # A plural title beside one person names others ("Kim, secretary of ..., officials of ...").
    if appos.tag_ == "NNS" and len(people) < 2:
        return
    for head in with_conjuncts(appos):
        if not _is_title(head):
            continue
        tokens = _title_tokens(head, index)
        bodies = _bodies(index, tokens)
        for person in people or [entity]:
            for title in _title_forms(tokens):
                yield Relation(person, "schema:jobTitle", title, evidence)
            for body in bodies:
                yield Relation(person, "schema:memberOf", body, evidence)


def _relations_of(entity: Entity, root: Token, ctx: Context) -> Iterator[Relation]:
    index = ctx.entities
    evidence = ctx.mention(sentence_of(root))
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
            for relative in prepositional_objects(appos, frozenset({"of"})):
                target = index.entity_at(relative)
                if target is not None and target.kind is EntityKind.PERSON and target != entity:
                    yield Relation(entity, kinship, target, evidence)
        yield from _titles(entity, appos, ctx, evidence)


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
    person = _person_at(index, doc[span.start])
    if person is None or span.end >= span_sentence(span).end - 1 or doc[span.end].text != ",":
        return
    tokens: list[Token] = []
    after = doc[span.end + 1 : span_sentence(span).end]
    for k, token in enumerate(after):
        if _person_at(index, token) is not None or token.pos_ in {"VERB", "AUX", "SPACE"}:
            break
        # A comma outside a name ends the titles unless another title follows it
        # ("..., president of ...", not "..., on Sept. 9").
        ends = not any(_is_title(t) for t in after[k + 1 : k + 4])
        if token.text == "," and not _in_name(index, token) and ends:
            break
        tokens.append(token)
    while tokens and (tokens[-1].is_punct or tokens[-1].lower_ in {"and", "the"}):
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
    # A plural title after one person's titles names the next people in the list.
    kept = [seg for seg in segments if seg and (listed or not _plural_title(seg))]
    titles = [title for seg in kept for title in _title_forms(seg)]
    bodies = _bodies(index, [t for seg in kept for t in seg])
    people = [person, *(_list_before(span, index) if listed else [])]
    evidence = ctx.mention(span_sentence(span))
    for holder in people:
        for title in titles:
            yield Relation(holder, "schema:jobTitle", title, evidence)
        for body in bodies:
            yield Relation(holder, "schema:memberOf", body, evidence)


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
    envoy of the DPRK government Ri Ho Jun": a title written before the names it is given to."""
    index = ctx.entities
    doc = span.doc
    person = _person_at(index, doc[span.start])
    if person is None:
        return
    i = span.start
    while i > span_sentence(span).start:
        token = doc[i - 1]
        stop = (token.is_punct and not _in_name(index, token)) or token.pos_ in {"VERB", "AUX"}
        if stop or _person_at(index, token) is not None:
            break
        i -= 1
    tokens = list(doc[i : span.start])
    first = next((k for k, t in enumerate(tokens) if _is_title(t)), None)
    if first is None:
        return
    # The title's own modifiers ("special envoy", "first vice department director").
    modifiers = lexicon.words("title_modifiers")
    while first > 0 and (
        tokens[first - 1].tag_ in {"JJ", "NN", "VBN"} or tokens[first - 1].lower_ in modifiers
    ):
        first -= 1
    title = tokens[first:]
    # The title ends where the body or country it serves is named: "ambassador to the DPRK".
    end = next((k for k, t in enumerate(title) if t.lower_ in TITLE_ENDS), len(title))
    if not all(_is_title(t) or t.tag_ in {"JJ", "NN", "VBN", "HYPH"} for t in title[:end]):
        return
    people = [
        person,
        *(
            _list_after(span, index)
            if title[end - 1].tag_ == "NNPS" or title[end - 1].tag_ == "NNS"
            else []
        ),
    ]
    bodies = _bodies(index, title)
    evidence = ctx.mention(span_sentence(span))
    for holder in people:
        for form in _title_forms(title[:end]):
            yield Relation(holder, "schema:jobTitle", form, evidence)
        for body in bodies:
            yield Relation(holder, "schema:memberOf", body, evidence)


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


@extractors.register("kg.relations.v6")
def extract_relations(doc: Doc, ctx: Context) -> Iterator[Relation]:
    """Kinship, titles and containment stated beside a name."""
    yield from ctx.entities.relations
    seen: set[int] = set()
    for mention in ctx.entities.mentions:
        span = token_span(doc, mention.mention.start, mention.mention.end)
        if span is None or span.root.i in seen:
            continue
        seen.add(span.root.i)
        yield from _relations_of(mention.entity, span.root, ctx)
        if mention.entity.kind is EntityKind.PERSON:
            yield from _titles_after(span, ctx)
            yield from _titles_before(span, ctx)
            yield from _others_of(span, ctx)
