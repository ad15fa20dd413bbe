"""The model as kg-events loads it: the news tokenizer, also in other processes."""

from __future__ import annotations

import gc
import pickle
import weakref

import pytest
from spacy.language import Language
from spacy.strings import StringStore
from spacy.tokens import Token

import kg.nlp as nlp_module
from kg.nlp import (
    TABLED_DOCS,
    TEXT_KEY,
    TableToken,
    ancestor_indices,
    asked_once,
    breaks_line,
    children_of,
    default_model_name,
    doc_deps,
    doc_ents,
    doc_lemmas,
    doc_lowers,
    doc_memo,
    doc_pos,
    doc_sentences,
    doc_tags,
    doc_text,
    doc_texts,
    doc_titles,
    doc_tokens,
    forget_tables,
    has_the,
    head_of,
    is_plural,
    load_model,
    parse_tables,
    phrase_objects,
    remember_text,
    sentence_ending_after,
    sentence_of,
    span_sentence,
    span_tokens,
    subtree_indices,
    token_span,
    token_starts,
    tokens_text,
    unit_part,
)

TEXT = "Pyongyang, July 29 (KCNA) --Kim Jong Unvisited the atKim Il SungSquare on Monday."


def test_the_news_tokenizer_survives_pickling(nlp: Language) -> None:
    copy = pickle.loads(pickle.dumps(nlp.tokenizer))
    words = [token.text for token in nlp.tokenizer(TEXT)]
    assert [token.text for token in copy(TEXT)] == words
    assert words[words.index("Un") : words.index("Un") + 2] == ["Un", "visited"]


def test_parses_in_two_processes_equal_parses_in_one(nlp: Language) -> None:
    texts = [TEXT, "Choe Ryong Hae ordered officials in Sinuiju to clear the roads."]
    one = [[(t.text, t.dep_, t.ent_type_) for t in doc] for doc in nlp.pipe(texts)]
    two = [[(t.text, t.dep_, t.ent_type_) for t in doc] for doc in nlp.pipe(texts, n_process=2)]
    assert two == one


def test_the_default_model_is_loaded_once_under_either_name() -> None:
    assert load_model() is load_model(default_model_name())


def test_a_name_glued_to_capitals_is_split_from_them(nlp: Language) -> None:
    words = [t.text for t in nlp.tokenizer("He conveyed greetings to HEKim Jong Un.")]
    assert words[words.index("Kim") - 1] == "HE"
    assert [t.text for t in nlp.tokenizer("the DPRK and the KPA")] == [
        "the",
        "DPRK",
        "and",
        "the",
        "KPA",
    ]
    words = [t.text for t in nlp.tokenizer("They visited the Kim Il SungSquare.")]
    assert words[words.index("Sung") + 1] == "Square"


@pytest.mark.parametrize(
    "text",
    [
        "Pyongyang, July 29 (KCNA) -- Officials of the ministry visited the farm on Monday.",
        # A city in capitals before its agency, with no date, on a line of its own.
        "\n\nHAMILTON (AP) --\n\nOfficials of the ministry visited the farm on Monday.",
        "\n\nHAMILTON, Bermuda (AP) _\n\nOfficials of the ministry visited the farm on Monday.",
    ],
)
def test_the_sentence_after_a_dateline_starts_after_it(nlp: Language, text: str) -> None:
    doc = nlp(text)
    first = next(t for t in doc if t.text == "Officials")
    assert first.is_sent_start


def test_a_blank_line_ends_the_sentence_of_a_paragraph_ending_in_an_abbreviation(
    nlp: Language,
) -> None:
    text = (
        '"His strategy didn\'t work," said Steven Holt, an analyst with Midland Doherty Ltd.'
        "\n\nProvigo's profit record over the past two years tarnished its reputation."
    )
    doc = nlp(text)
    first = next(t for t in doc if t.text == "Provigo")
    assert first.is_sent_start
    assert first.sent.start == first.i


@pytest.mark.parametrize(
    ("text", "word"),
    [
        # A headline and a standfirst written without full stops.
        ("Car bomb kills four in Kabul\nThe blast hit a market\nPolice sealed the area.", "The"),
        ("Car bomb kills four in Kabul\nThe blast hit a market\nPolice sealed the area.", "Police"),
        # A caption's last line, then the text.
        ("Police officer at the scene\nOfficers closed the road on Monday.", "Officers"),
    ],
)
def test_a_line_break_after_a_line_with_no_full_stop_ends_the_sentence(
    nlp: Language, text: str, word: str
) -> None:
    first = next(t for t in nlp(text) if t.text == word)
    assert first.sent.start == first.i


@pytest.mark.parametrize(
    ("text", "word"),
    [
        # A title and its holder's name over two lines.
        ("They laid a basket before the statue of President\nKim Il Sung on the hill.", "Kim"),
        ("The following were present:\nKim Tok Hun, premier of the Cabinet.", "Kim"),
        ("Wreaths were laid by the ambassador,\nthe military attache and the staff.", "the"),
        # A paper's name over its bulleted listing is the listing's heading.
        ("Rodong Sinmun\n- An article calls for a rich harvest.", "-"),
        ("Minju Joson\nAn article calls for a rich harvest.", "An"),
    ],
)
def test_a_line_break_that_only_wraps_a_sentence_ends_none(
    nlp: Language, text: str, word: str
) -> None:
    first = next(t for t in nlp(text) if t.text == word)
    assert first.sent.start < first.i


@pytest.mark.parametrize(
    ("text", "word"),
    [
        # After an item closed by a full stop.
        (
            "Following are news items:\n- A meeting was held in the capital.\n- More than 900"
            " families have moved into new houses.",
            "More",
        ),
        # After the listing's lead-in.
        ("Following are news items on Monday:\n- Successes have been made.", "Successes"),
    ],
)
def test_an_item_of_a_bulleted_listing_is_a_sentence_after_a_closed_line(
    nlp: Language, text: str, word: str
) -> None:
    first = next(t for t in nlp(text) if t.text == word)
    assert first.sent.start == first.i - 1
    assert first.nbor(-1).text == "-"


def test_an_item_of_a_bulleted_listing_keeps_its_bullet(nlp: Language) -> None:
    doc = nlp("Talks took place here.\n\n- A delegation left here for home.")
    bullet = next(t for t in doc if t.text == "-")
    assert bullet.sent.start == bullet.i
    assert not doc[bullet.i + 1].is_sent_start


@pytest.mark.parametrize("word", ["DeSantis", "McElroy", "YouTube", "JPMorgan", "iPhone"])
def test_a_name_written_with_inner_capitals_is_one_word(nlp: Language, word: str) -> None:
    assert nlp.tokenizer(f"{word} said so.")[0].text == word


@pytest.mark.parametrize(
    ("text", "words"),
    [
        # A digest's item dash glued to a name, and the name's last syllable to a verb.
        ("-Kim Jong Unreceived messages", ["-", "Kim", "Jong", "Un", "received", "messages"]),
        # A hyphen inside a word joins two names; a dateline's dash still comes off.
        ("the Tongsin-Kanggye railways", ["the", "Tongsin", "-", "Kanggye", "railways"]),
        ("(KCNA) --Kim Jong Un", ["(", "KCNA", ")", "--", "Kim", "Jong", "Un"]),
        # After an abbreviation's full stop, before a capital: two names; before a word in
        # lower case the hyphen still makes one word.
        ("the U.S.-ROK drills", ["the", "U.S.", "-", "ROK", "drills"]),
        ("U.S.-led blocs", ["U.S.-led", "blocs"]),
        # A state's abbreviation before a participle is a name of its own, as "Ohio-based" is.
        ("a Tampa, Fla.-based chain", ["a", "Tampa", ",", "Fla.", "-", "based", "chain"]),
        (
            "Dayton, Ohio, and Salem, Mass.-made",
            ["Dayton", ",", "Ohio", ",", "and", "Salem", ",", "Mass.", "-", "made"],
        ),
        # A name glued to the words on both sides of it.
        ("wishedKim Jong Ungood health", ["wished", "Kim", "Jong", "Un", "good", "health"]),
        # An article glued to the name after it; a word that only opens with "the" stays whole.
        ("while theCuban government", ["while", "the", "Cuban", "government"]),
        ("of theU.S. and the theater", ["of", "the", "U.S.", "and", "the", "theater"]),
    ],
)
def test_a_dash_glued_to_a_name_is_split_from_it(
    nlp: Language, text: str, words: list[str]
) -> None:
    assert [t.text for t in nlp.tokenizer(text)] == words


@pytest.mark.parametrize(
    ("text", "words"),
    [
        # Before a capital the model's suffix rules would cut the full stop off.
        ("in Montpelier, Vt. The", ["in", "Montpelier", ",", "Vt.", "The"]),
        ("in Laramie, Wyo. Officials", ["in", "Laramie", ",", "Wyo.", "Officials"]),
        ("from Wheeling, W.Va. He", ["from", "Wheeling", ",", "W.Va.", "He"]),
        # The model's own special case is kept.
        ("in Fresno, Calif. The", ["in", "Fresno", ",", "Calif.", "The"]),
    ],
)
def test_a_states_abbreviation_keeps_its_full_stop(
    nlp: Language, text: str, words: list[str]
) -> None:
    assert [t.text for t in nlp.tokenizer(text)] == words


@pytest.mark.parametrize(
    ("text", "words"),
    [
        # A rank written short before a name keeps its full stop and ends no sentence.
        ("spokesman Capt. Rod Beer said", ["spokesman", "Capt.", "Rod", "Beer", "said"]),
        ("Police Sgt. Ana Ruiz said", ["Police", "Sgt.", "Ana", "Ruiz", "said"]),
    ],
)
def test_a_ranks_abbreviation_keeps_its_full_stop(
    nlp: Language, text: str, words: list[str]
) -> None:
    assert [t.text for t in nlp.tokenizer(text)] == words


@pytest.mark.parametrize(
    ("text", "words"),
    [
        # A Korean surname the English special cases read as "I'm" without its apostrophe.
        ("Director Im Kyong Ha spoke.", ["Director", "Im", "Kyong", "Ha", "spoke", "."]),
        ("I'm here.", ["I", "'m", "here", "."]),
    ],
)
def test_a_korean_surname_is_not_split_as_a_contraction(
    nlp: Language, text: str, words: list[str]
) -> None:
    assert [t.text for t in nlp.tokenizer(text)] == words


def test_the_token_tables_read_the_parse_as_spacy_does(nlp: Language) -> None:
    doc = nlp(
        f"{TEXT} Accompanying him were Choe Ryong Hae and Jo Yong Won, who said that the "
        "workers, along with officials, had repaired the roads. \n\nKCNA reported it."
    )
    assert doc_tokens(doc) == tuple(doc)
    for token in doc:
        assert children_of(token) == tuple(token.children)
        assert head_of(token) == token.head
        sentence = sentence_of(token)
        assert (sentence.start, sentence.end) == (token.sent.start, token.sent.end)
    assert len({sentence_of(t).start for t in doc}) == len(list(doc.sents)) > 2
    assert doc_lowers(doc) == tuple(t.lower_ for t in doc)
    assert doc_texts(doc) == tuple(t.text for t in doc)
    tables = parse_tables(doc)
    assert tables.kids == tuple(tuple(c.i for c in t.children) for t in doc)
    for token in doc:
        assert sorted(subtree_indices(tables, token.i)) == sorted(t.i for t in token.subtree)
        assert ancestor_indices(tables, token.i) == [t.i for t in token.ancestors]
    assert doc_tags(doc) == tuple(t.tag_ for t in doc)
    assert doc_pos(doc) == tuple(t.pos_ for t in doc)
    assert doc_deps(doc) == tuple(t.dep_ for t in doc)
    assert doc_titles(doc) == tuple(t.is_title for t in doc)
    assert dict(token_starts(doc)) == {t.idx: t.i for t in doc}
    assert doc_sentences(doc) == tuple(doc.sents)
    assert doc_ents(doc) == doc.ents
    assert [(e.label_, e.kb_id_) for e in doc_ents(doc)] == [(e.label_, e.kb_id_) for e in doc.ents]
    # Every range of characters, aligned with the tokens or not, as spaCy's strict `char_span`.
    text = doc.text
    for start in range(len(text)):
        for end in range(start + 1, min(len(text), start + 40) + 1):
            assert token_span(doc, start, end) == doc.char_span(start, end)
    # Spans within a sentence and across two: spaCy's sentence is the first one's.
    for start, end in [(0, 3), (5, 9), (len(doc) - 6, len(doc) - 1), (8, len(doc))]:
        span, expected = doc[start:end], doc[start:end].sent
        assert span_tokens(span) == tuple(span)
        assert (span_sentence(span).start, span_sentence(span).end) == (
            expected.start,
            expected.end,
        )


def test_the_lemma_morphology_and_offset_tables_read_the_parse_as_spacy_does(
    nlp: Language,
) -> None:
    doc = nlp(
        f"{TEXT} The workers' test-fire of two missiles was watched by officials.\n\nIt ended."
    )
    tables = parse_tables(doc)
    assert doc_lemmas(doc) == tuple(t.lemma_ for t in doc)
    assert [is_plural(t) for t in doc] == ["Plur" in t.morph.get("Number", []) for t in doc]
    assert any(is_plural(t) for t in doc)
    assert tables.head_ids == tuple(t.head.i for t in doc)
    assert tables.offsets() == tuple(t.idx for t in doc)
    assert [tables.glued(t.i) for t in doc] == [not t.whitespace_ for t in doc]
    for start in range(len(doc)):
        for end in range(start + 1, min(len(doc), start + 6) + 1):
            assert tokens_text(doc, start, end) == doc[start:end].text


TABLE_TOKEN_ATTRIBUTES = (
    "lower_",
    "tag_",
    "pos_",
    "dep_",
    "text",
    "lemma_",
    "ent_type_",
    "is_title",
    "idx",
    "i",
    "doc",
)


def test_the_table_tokens_read_as_the_docs_own(nlp: Language) -> None:
    doc = nlp(f"{TEXT} Choe Ryong Hae, who was in Kaesong, said the roads were repaired.")
    tokens = doc_tokens(doc)
    assert all(isinstance(t, TableToken) for t in tokens)
    for token, own in zip(tokens, doc, strict=True):
        assert token == own and hash(token) == hash(own) and own in {token}
        for name in TABLE_TOKEN_ATTRIBUTES:
            assert getattr(token, name) == getattr(own, name), (own.i, name)
        assert token.head == own.head and token.head is tokens[own.head.i]
        assert token.children == tuple(own.children)
        assert [c is tokens[c.i] for c in token.children] == [True] * len(token.children)
        # Its row of prepositions: each hung on it with its objects, the table's own tokens,
        # and a particle with an object of its own ("called on Muslims").
        prepositions = [
            p
            for p in own.children
            if p.dep_ in {"prep", "dative", "agent"}
            or (p.dep_ == "prt" and any(o.dep_ == "pobj" for o in p.children))
        ]
        assert token.prepositions == tuple(
            (p.lower_, tuple(tokens[o.i] for o in p.children if o.dep_ == "pobj"))
            for p in prepositions
        )
        assert (token.sent.start, token.like_num) == (own.sent.start, own.like_num)


@pytest.mark.parametrize("limit", [nlp_module.KNOWN_STRINGS, 5])
def test_the_strings_known_from_earlier_docs_are_each_ids_own(
    nlp: Language, monkeypatch: pytest.MonkeyPatch, limit: int
) -> None:
    # Words new in a memory zone leave the string store with it; a known id keeps its string,
    # and a full table of known strings starts again (a limit below one doc's strings).
    monkeypatch.setattr(nlp_module, "KNOWN_STRINGS", limit)
    nlp_module._known_strings.cache_clear()
    texts = [f"{TEXT} Choe Ryong Hae inspected Zqxwvu Farm.", "Jo Yong Won visited Vbnmyt Mine."]
    for text in texts * 2:
        with nlp.memory_zone():
            doc = nlp(text)
            strings = nlp_module._strings(doc, nlp_module.STRING_ATTRS)
            assert strings == [
                tuple(t.lower_ for t in doc),
                tuple(t.tag_ for t in doc),
                tuple(t.pos_ for t in doc),
                tuple(t.dep_ for t in doc),
                tuple(t.text for t in doc),
                tuple(t.lemma_ for t in doc),
                tuple(t.ent_type_ for t in doc),
            ]
    # Started again, the table holds the last doc's strings alone.
    known = nlp_module._known_strings(nlp.vocab.strings)
    assert ("zqxwvu" in known.values()) is (limit > len(doc))
    nlp_module._known_strings.cache_clear()


def test_a_store_s_known_strings_are_its_own(nlp: Language) -> None:
    # Each store has its table: a string of one is never read as another's.
    other = StringStore(["zqxwvu"])
    key = other["zqxwvu"]
    assert nlp_module._known_strings(other)[key] == "zqxwvu"
    assert nlp_module._known_strings(nlp.vocab.strings) is not nlp_module._known_strings(other)
    nlp_module._known_strings.cache_clear()


def test_a_table_token_outlives_its_tables_and_its_doc_is_freed_at_once(nlp: Language) -> None:
    doc = nlp(TEXT)
    token, verb = doc_tokens(doc)[5], doc_tokens(doc)[11]
    own_head, own_children = doc[5].head, list(doc[5].children)
    assert verb.prepositions  # "visited ... at ... on Monday"
    enabled = gc.isenabled()
    gc.disable()
    try:
        other = nlp("Another doc.")
        doc_tokens(other)
        freed = weakref.ref(other)
        del other
        for i in range(TABLED_DOCS + 1):  # the tables of the docs above are dropped
            doc_tokens(nlp(f"Doc number {i}."))
        assert freed() is None  # no cycle among its tokens kept the second doc alive
    finally:
        if enabled:
            gc.enable()
    assert token.head == own_head and list(token.children) == own_children
    assert token.lower_ == doc[5].lower_
    # Its head and children are spaCy's own tokens now, and its row of prepositions is gone:
    # readers ask the doc's tables again.
    assert type(token.head) is Token and verb.prepositions is None
    assert list(verb.children) == list(doc[11].children) and token.i == 5 and token.doc is doc


@pytest.mark.parametrize("held", ["list", "memo"])
def test_a_table_token_held_in_a_container_or_a_memo_still_reads_its_head(
    nlp: Language, held: str
) -> None:
    # The tables count the references to their tokens when they go: one held only from a
    # list, or from a memo the caller keeps, is kept all the same.
    doc = nlp(TEXT)
    own_head, own_children = doc[5].head, list(doc[5].children)
    memo = doc_memo(doc, "kept")
    box = [doc_tokens(doc)[5]] if held == "list" else []
    if held == "memo":
        memo[5] = doc_tokens(doc)[5]
    forget_tables()
    token = box[0] if held == "list" else memo[5]
    assert token.head == own_head and list(token.children) == own_children
    assert type(token.head) is Token


def test_a_docs_tables_are_made_once_whichever_doc_is_asked_about_between(
    nlp: Language,
) -> None:
    doc, other = nlp(TEXT), nlp("KCNA reported it.")
    first = parse_tables(doc)
    assert parse_tables(doc) is first
    assert parse_tables(other) is not first and parse_tables(doc) is first
    forget_tables()
    assert parse_tables(doc) is not first


def test_a_docs_memo_is_its_own_and_goes_with_its_tables(nlp: Language) -> None:
    doc, other = nlp(TEXT), nlp("KCNA reported it.")
    doc_memo(doc, "answers")[3] = "kept"
    assert doc_memo(doc, "answers") == {3: "kept"}
    assert doc_memo(doc, "other answers") == doc_memo(other, "answers") == {}
    forget_tables()
    assert doc_memo(doc, "answers") == {}


def test_a_question_asked_once_per_word_and_doc(nlp: Language) -> None:
    doc, other = nlp(TEXT), nlp(TEXT)
    asked: list[int] = []

    def answer(token: Token) -> str | None:
        asked.append(token.i)
        return None if token.i == 0 else token.lower_

    answers = [asked_once(t, "lower", answer) for t in (doc[0], doc[1], doc[0], doc[1])]
    assert answers == [None, doc[1].lower_, None, doc[1].lower_]
    assert asked == [0, 1]  # a None answer is kept too
    asked_once(other[1], "lower", answer)
    assert asked == [0, 1, 1]  # another doc asks again


@pytest.mark.parametrize(
    "text",
    [
        "The talks opened. Both sides spoke.\nA banquet followed. Guests left.",
        "One sentence only",
        "",
    ],
)
def test_the_sentence_ending_after_an_offset_is_the_first_of_the_docs_to(
    nlp: Language, text: str
) -> None:
    doc = nlp(text)
    for offset in range(-1, len(text) + 2):
        expected = next((s for s in doc.sents if s.end_char > offset), None)
        found = sentence_ending_after(doc, offset)
        assert (found is None) is (expected is None)
        assert found is None or (found.start, found.end) == (expected.start, expected.end)


def test_the_tables_of_an_empty_doc_are_empty(nlp: Language) -> None:
    doc = nlp("")
    assert doc_tokens(doc) == doc_lowers(doc) == doc_texts(doc) == doc_titles(doc) == ()
    assert dict(token_starts(doc)) == {}
    assert doc_sentences(doc) == doc_ents(doc) == ()
    assert token_span(doc, 0, 1) is None


def test_a_doc_keeps_the_text_it_was_parsed_from(nlp: Language) -> None:
    doc = nlp(TEXT)
    remember_text(doc, TEXT)
    assert doc.user_data[TEXT_KEY] is TEXT
    assert doc_text(doc) == doc.text
    # A text the tokens do not cover is not taken for theirs.
    other = nlp(TEXT)
    other.user_data.clear()  # the tokenizer remembered the text it was given
    remember_text(other, TEXT + " More.")
    assert TEXT_KEY not in other.user_data
    # Nor one of the same length that ends otherwise.
    remember_text(other, TEXT[:-1] + "?")
    assert TEXT_KEY not in other.user_data
    assert doc_text(other) == TEXT


def test_a_curly_apostrophe_is_read_as_the_straight_one(nlp: Language) -> None:
    text = "Chairman of the county people’s committee Ri Song Chol spoke."
    doc = nlp(text)
    assert [t.text for t in doc][4:6] == ["people", "'s"]
    assert doc[5].tag_ == "POS"
    assert doc_text(doc) == text.replace("’", "'")
    assert [t.idx for t in doc] == [t.idx for t in nlp(text.replace("’", "'"))]


def test_the_nouns_the_determines_are_those_whose_children_hold_it(nlp: Language) -> None:
    doc = nlp("The premier met a delegation of the ministry and the board in this city.")
    expected = [any(c.dep_ == "det" and c.lower_ == "the" for c in t.children) for t in doc]
    assert [has_the(t) for t in doc] == expected
    assert [t.text for t in doc if has_the(t)] == ["premier", "ministry", "board"]


@pytest.mark.parametrize(
    ("text", "breaking"),
    [
        ("Rodong Sinmun\n- An article calls for higher output.", ["\n"]),
        ("Workers met.\n\nThe plan  was adopted.", ["\n\n"]),
        ("Workers met. The plan  was adopted.", []),
    ],
)
def test_only_a_newline_s_own_token_breaks_the_line(
    nlp: Language, text: str, breaking: list[str]
) -> None:
    doc = nlp(text)
    assert [t.text for t in doc if breaks_line(t)] == breaking
    assert not any("\n" in t.whitespace_ for t in doc)


def test_a_phrase_object_is_read_without_the_names_listed_after_it(nlp: Language) -> None:
    doc = nlp("Workers of factories in Kaesong, Sinuiju and Nampho met at the hall.")
    tokens = doc_tokens(doc)
    assert [t.text for t in phrase_objects(tokens[2], frozenset({"in"}))] == ["Kaesong"]
    assert [t.text for t in phrase_objects(tokens[0], frozenset({"of", "in"}))] == ["factories"]
    assert phrase_objects(tokens[9], frozenset({"of", "in"})) == []


@pytest.mark.parametrize(
    ("text", "word", "part"),
    [
        # A unit's name written before the common noun of a part: the part heads it.
        ("Harlow Foods said its Crestline bakery unit lost money last year.", "Crestline", "unit"),
        ("Morrow Steel sold its Bayside Metals division to a rival.", "Metals", "division"),
        # A name that is its own head ("its Economic Department") is its own part.
        ("The committee and its Economic Department met on Monday.", "Department", "Department"),
        # A name before any other noun names no unit.
        ("Workers repaired the Summit Hall roof on Monday.", "Summit", None),
    ],
)
def test_a_units_name_is_headed_by_the_part_it_is_written_before(
    nlp: Language, text: str, word: str, part: str | None
) -> None:
    token = next(t for t in doc_tokens(nlp(text)) if t.text == word)
    found = unit_part(token)
    assert (found.text if found is not None else None) == part


@pytest.mark.parametrize(
    ("text", "role"),
    [
        # After a preposition, a capitalised "To" is no second preposition.
        ("Kim Jong Un sent a message of greeting to To Lam on Monday.", "pobj"),
        ("Kim Jong Un received a reply message from To Lam on Monday.", "pobj"),
        # Opening a sentence whose verb has no subject, it opens the subject.
        ("To Lam thanked Kim Jong Un for the message.", "nsubj"),
    ],
)
def test_a_capitalised_to_opening_a_persons_name_is_part_of_it(
    nlp: Language, text: str, role: str
) -> None:
    doc = nlp(text)
    to = next(t for t in doc if t.text == "To")
    assert "To Lam" in [e.text for e in doc.ents if e.label_ == "PERSON"]
    assert (to.dep_, to.head.text) == ("compound", "Lam")
    assert to.head.dep_ == role


def test_a_to_opening_a_sentence_with_a_subject_stays_a_preposition(nlp: Language) -> None:
    doc = nlp("To Putin, the war is a crime.")
    assert doc[0].dep_ == "prep"
    assert [e.text for e in doc.ents if e.label_ == "PERSON"] == ["Putin"]


@pytest.mark.parametrize(
    ("text", "verb", "subject", "obj"),
    [
        # A plural subject's verb in the base form, read as a noun inside "in the DPRK ...".
        (
            "Pyongyang, August 9 (KCNA) -- Officials and coal miners of the Pukchang Area Youth"
            " Coal Mining Complex in the DPRK conduct a high-speed tunneling contest to secure"
            " reserve cutting faces.",
            "conduct",
            "Officials",
            "contest",
        ),
        # Read as an adjective after a weekday, which goes back to its preposition.
        (
            "Pyongyang, August 28 (KCNA) -- Leading newspapers of the DPRK on Wednesday"
            " dedicate editorials and articles to the Youth Day.",
            "dedicate",
            "newspapers",
            "editorials",
        ),
        (
            "Pyongyang, March 5 (KCNA) -- Thermal power plants in the DPRK boost production by"
            " giving priority to technical innovation.",
            "boost",
            "plants",
            "production",
        ),
    ],
)
def test_a_leads_verb_read_as_a_noun_heads_its_sentence(
    nlp: Language, text: str, verb: str, subject: str, obj: str
) -> None:
    doc = nlp(text)
    word = next(t for t in doc if t.text == verb)
    assert (word.pos_, word.dep_, word.lemma_) == ("VERB", "ROOT", verb)
    assert [c.text for c in word.children if c.dep_ == "nsubj"] == [subject]
    assert [c.text for c in word.children if c.dep_ == "dobj"] == [obj]
    assert all(t.head.sent == word.sent for t in word.sent)


def test_a_weekday_left_before_a_mended_verb_is_its_prepositions_object(nlp: Language) -> None:
    doc = nlp(
        "Pyongyang, August 28 (KCNA) -- Leading newspapers of the DPRK on Wednesday dedicate"
        " editorials and articles to the Youth Day."
    )
    day = next(t for t in doc if t.text == "Wednesday")
    assert (day.dep_, day.head.text) == ("pobj", "on")


@pytest.mark.parametrize(
    "text",
    [
        # A noun of the lexicon after an adjective is a noun ("the new stage").
        "Pyongyang, May 2 (KCNA) -- The new stage of the campaign for rural development.",
        # The number of the subject does not agree with the verb's form.
        "Pyongyang, May 2 (KCNA) -- The work of the officials in the DPRK work camps.",
        # A sentence with a verb is left to the parser.
        "Officials of the factory increased production by 20 percent.",
        # A word with its own determiner is a noun, whatever the word before it was read as.
        "The budget allots a 12.5 percent increase over the last year to the navy.",
    ],
)
def test_a_noun_phrase_with_a_verb_like_word_is_left_as_parsed(nlp: Language, text: str) -> None:
    with nlp.select_pipes(disable=[nlp_module.VERB_READ_AS_NOUN]):
        plain = [(t.tag_, t.dep_, t.head.i) for t in nlp(text)]
    assert [(t.tag_, t.dep_, t.head.i) for t in nlp(text)] == plain


@pytest.mark.parametrize(
    "text",
    [
        "Pyongyang, May 3 (KCNA) -- Rodong Sinmun Sunday dedicates an editorial to the day.",
        "Pyongyang, May 3 (KCNA) -- Rodong Sinmun Monday in an article says that it is strong.",
        "Pyongyang, May 3 (KCNA) -- Rodong Sinmun Monday editorially calls for unity.",
    ],
)
def test_a_name_written_before_a_day_is_the_subject_of_its_verb(nlp: Language, text: str) -> None:
    doc = nlp(text)
    day = next(t for t in doc if t.ent_type_ == "DATE" and t.text.endswith("day"))
    verb = day.head
    assert (verb.pos_, day.dep_) == ("VERB", "npadvmod")
    assert [c.text for c in verb.children if c.dep_ == "nsubj"] == ["Sinmun"]
    assert doc[day.i - 2].head.text == "Sinmun"


def test_a_name_before_a_day_after_the_verbs_subject_is_left_as_parsed(nlp: Language) -> None:
    doc = nlp("Kim Jong Un visited Mansu Hill Friday on the occasion.")
    hill = next(t for t in doc if t.text == "Hill")
    assert (hill.dep_, hill.head.text) == ("dobj", "visited")


@pytest.mark.parametrize(
    ("text", "verb", "subject", "obj"),
    [
        # A past tense hung on its object as a modifier.
        (
            "One day in September 1979, Chairman Kim Jong Il examined samples of padded anoraks"
            " for farmers.",
            "examined",
            "Il",
            "samples",
        ),
        # Its object taken for the sentence's head, the subject hung on the object.
        (
            "Kim Jong Un extended warm militant salute to the guardsmen of the new generation"
            " who defend our ideas.",
            "extended",
            "Un",
            "salute",
        ),
        # A past tense hung on its subject after a participle's "by" phrase; its own "by" is
        # no agent.
        (
            "Pyongyang, July 27 (KCNA) -- A delegation of the DPRK Ministry of Electric Power"
            " Industry headed by Vice-Minister Kim Yong Chol left here by air on July 27.",
            "left",
            "delegation",
            None,
        ),
        # A going "here" tagged a participle, hung on its subject or on its subject's phrase.
        (
            "- The DPRK foreign minister left here to pay an official visit to Laos.",
            "left",
            "minister",
            None,
        ),
        (
            "- A Chinese delegation for the trade fair left here for home.",
            "left",
            "delegation",
            None,
        ),
    ],
)
def test_a_past_tense_hung_on_a_noun_heads_a_sentence_with_no_verb(
    nlp: Language, text: str, verb: str, subject: str, obj: str | None
) -> None:
    doc = nlp(text)
    word = next(t for t in doc if t.text == verb)
    assert (word.dep_, word.tag_) == ("ROOT", "VBD")
    assert [c.text for c in word.children if c.dep_ == "nsubj"] == [subject]
    assert [c.text for c in word.children if c.dep_ == "dobj"] == ([obj] if obj else [])
    assert not [c for c in word.children if c.dep_ == "agent"]


def test_a_participle_hung_on_its_noun_stays_a_modifier(nlp: Language) -> None:
    doc = nlp("A delegation led by the minister, with wreaths sent by the embassy.")
    led = next(t for t in doc if t.text == "led")
    assert led.dep_ != "ROOT"


@pytest.mark.parametrize(
    ("text", "word"),
    [
        # The parse makes the noun before the plural its subject, and the infinitive its own.
        (
            "Interior Minister Pierre Morel said he has instructed all police prefects to "
            '"reinforce the security of public sites and events."',
            "prefects",
        ),
        (
            'Governor Anne Vidal said she has instructed all police prefects to "tighten the '
            'security of public buildings."',
            "prefects",
        ),
        (
            "Officials of the resort prepared birthday spreads for the veterans.",
            "spreads",
        ),
    ],
)
def test_a_plural_noun_tagged_a_verb_where_a_noun_stands_is_a_noun(
    nlp: Language, text: str, word: str
) -> None:
    token = next(t for t in nlp(text) if t.text == word)
    assert (token.tag_, token.pos_) == ("NNS", "NOUN")
    assert all(c.dep_ != "nsubj" for c in token.children)


def test_a_verb_of_a_clause_keeps_its_tag(nlp: Language) -> None:
    doc = nlp("The report says the company expects profits to rise.")
    assert [t.tag_ for t in doc if t.text in {"says", "expects"}] == ["VBZ", "VBZ"]
