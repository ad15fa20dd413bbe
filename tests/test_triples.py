"""Triples of real sentences, one table per clause type and fact kind, and the output formats."""

from __future__ import annotations

import io
import json

import pytest
from spacy.language import Language

from kg.io.read import InputError
from kg.model import Modality
from kg.triples import (
    ClauseType,
    OutputFormat,
    Phrase,
    Triple,
    binary_facts,
    extract_texts,
    format_triples,
    read_lines,
    triples,
)


def _triples(nlp: Language, text: str) -> list[Triple]:
    return list(triples(nlp(text)))


def _find(found: list[Triple], subject: str, predicate: str) -> Triple:
    for triple in found:
        if triple.subject.text == subject and triple.predicate.text == predicate:
            return triple
    listing = [(t.subject.text, t.predicate.text, [o.text for o in t.objects]) for t in found]
    raise AssertionError(f"no ({subject!r}, {predicate!r}) among {listing}")


@pytest.mark.parametrize(
    ("text", "clause", "subject", "predicate", "objects"),
    [
        (
            "Kim Jong Un inspected the Sunchon Phosphatic Fertilizer Factory.",
            ClauseType.SVO,
            "Kim Jong Un",
            "inspected",
            ("the Sunchon Phosphatic Fertilizer Factory",),
        ),
        (
            "The delegation arrived in Pyongyang on Monday.",
            ClauseType.SVA,
            "The delegation",
            "arrived in",
            ("Pyongyang", "on Monday"),
        ),
        # The parse hangs the name on the manner adverb, not on the verb.
        (
            "Jang Kum Hui courteously conveyed warm greetings to the prime minister.",
            ClauseType.SVOA,
            "Jang Kum Hui",
            "conveyed",
            ("warm greetings", "to the prime minister"),
        ),
        (
            "Choe Son Hui is the foreign minister.",
            ClauseType.SVC,
            "Choe Son Hui",
            "is",
            ("the foreign minister",),
        ),
        (
            "The authorities gave the families a bag of candy.",
            ClauseType.SVOO,
            "The authorities",
            "gave",
            ("the families", "a bag of candy"),
        ),
        (
            "Police arrested three smugglers in Hyesan last week.",
            ClauseType.SVOA,
            "Police",
            "arrested",
            ("three smugglers", "in Hyesan", "last week"),
        ),
        (
            "The officials elected him chairman.",
            ClauseType.SVOC,
            "The officials",
            "elected",
            ("him", "chairman"),
        ),
        (
            "North Korea has referred to defectors as human trash.",
            ClauseType.SVA,
            "North Korea",
            "has referred to",
            ("defectors", "as human trash"),
        ),
        (
            "He plans to visit Russia.",
            ClauseType.SVO,
            "He",
            "plans to visit",
            ("Russia",),
        ),
        (
            "The factory, which was built in 1960, produces fertilizer.",
            ClauseType.SVA,
            "The factory",
            "was built in",
            ("1960",),
        ),
        (
            "Kim Yo Jong, the sister of Kim Jong Un, issued an order.",
            ClauseType.APPOSITION,
            "Kim Yo Jong",
            "be sister of",
            ("Kim Jong Un",),
        ),
        (
            "President Bush made a final offer on the minimum wage.",
            ClauseType.TITLE,
            "Bush",
            "be",
            ("President",),
        ),
        (
            "Pyongyang's hospitals lack medicine.",
            ClauseType.POSSESSIVE,
            "Pyongyang",
            "has",
            ("hospitals",),
        ),
        (
            "The hall in Glasgow hosted the concert.",
            ClauseType.MODIFIER,
            "The hall",
            "be in",
            ("Glasgow",),
        ),
    ],
)
def test_clause_types(
    nlp: Language,
    text: str,
    clause: ClauseType,
    subject: str,
    predicate: str,
    objects: tuple[str, ...],
) -> None:
    triple = _find(_triples(nlp, text), subject, predicate)
    assert triple.clause is clause
    assert tuple(o.text for o in triple.objects) == objects


@pytest.mark.parametrize(
    ("text", "subject", "predicate", "objects"),
    [
        # a verb with a phrase of its own does not borrow the next verb's object
        (
            "North Korea has referred to defectors as human trash and has conducted campaigns.",
            "North Korea",
            "has referred to",
            ("defectors", "as human trash"),
        ),
        ("Traders buy and sell stocks.", "Traders", "buy", ("stocks",)),
        # nor does a passive verb
        (
            "Ely Cathedral was never vaulted and retains a wooden ceiling .",
            "Ely Cathedral",
            "was never vaulted",
            (),
        ),
        # a bare past participle modifying a noun reads as a passive
        (
            "The organ built by Arp Schnitger was restored in 1990.",
            "The organ",
            "be built by",
            ("Arp Schnitger",),
        ),
        (
            "Legislation sponsored by Sweeney and signed into law provides state pensions .",
            "Legislation",
            "be sponsored by",
            ("Sweeney",),
        ),
        # a passive participle tagged as an adjective
        (
            "Staff were only informed of the decision to cease broadcasting 24 hours earlier .",
            "Staff",
            "were only informed of",
            ("the decision to cease broadcasting 24 hours earlier",),
        ),
        # a noun parsed as a clausal complement is the object
        (
            "Thomas soon became a regular in the Arsenal side , making his league debut in 1987 .",
            "Thomas",
            "making",
            ("his league debut", "in 1987"),
        ),
        # a verb left unlabelled ("dep") beside another shares its subject
        (
            "He showed up with a carpenter 's level , carefully measured every surface and showed"
            " how the apparent shrinkage was caused by the perspective .",
            "He",
            "measured",
            ("every surface",),
        ),
        # a subject the parser put in the list before a finite verb
        (
            "Upon exiting Davidson Township , Sullivan County , Muncy Creek enters Lycoming County"
            " and flows along the border between Shrewsbury Township and Penn Township .",
            "Muncy Creek",
            "enters",
            ("Lycoming County",),
        ),
        # a passive participle coordinated with another shares its auxiliary
        (
            "The laser cuts a portion of the prostate , which is then cut into smaller pieces and"
            " flushed with irrigation fluid .",
            "the prostate",
            "is flushed with",
            ("irrigation fluid",),
        ),
        # a verb coordinated with the complement of "were able to" has the copula's subject
        (
            "That night , 300 soldiers of the 1st SS Battalion were able to reinforce the hotel"
            " and defeat several attacks on the building .",
            "300 soldiers of the 1st SS Battalion",
            "defeat",
            ("several attacks on the building",),
        ),
        # a demonstrative subject is no relative pronoun
        (
            "That amounts to more than $ 350 billion a year .",
            "That",
            "amounts to",
            ("more than $ 350 billion a year",),
        ),
        # a finite verb the parser joined to a noun: its own triple, out of the noun phrase
        (
            "She resigns after the events of `` The Last Precinct '' and relocates to Florida to"
            " become a private forensic consultant .",
            "She",
            "relocates to",
            ("Florida",),
        ),
        # a press review's heading, which the parser runs into its first item, is no word of
        # the item's subject, nor the subject, whose apposition it may hold
        (
            "Following are the news items.\n\nRodong Sinmun\n- Engineering teams dispatched to"
            " the flooded areas have launched a campaign.\n- The tournament closed.",
            "Engineering teams dispatched to the flooded areas",
            "have launched",
            ("a campaign",),
        ),
        (
            "Following are the news items.\n\nMinju Joson\n- The Cabinet premier sent a"
            " congratulatory message to the prime minister of Thailand.",
            "The Cabinet premier",
            "sent",
            ("a congratulatory message", "to the prime minister of Thailand"),
        ),
        # a promise keeps it the subject's, whoever is promised
        (
            "The mayor promised the residents to repair the roads .",
            "The mayor",
            "to repair",
            ("the roads",),
        ),
    ],
)
def test_parser_slips_are_mended(
    nlp: Language, text: str, subject: str, predicate: str, objects: tuple[str, ...]
) -> None:
    triple = _find(_triples(nlp, text), subject, predicate)
    assert tuple(o.text for o in triple.objects) == objects
    assert all("relocates" not in o.text for t in _triples(nlp, text) for o in t.objects)


def test_passive(nlp: Language) -> None:
    triple = _find(
        _triples(nlp, "The smugglers were arrested by the police."),
        "The smugglers",
        "were arrested by",
    )
    assert triple.passive
    assert [o.text for o in triple.objects] == ["the police"]


@pytest.mark.parametrize(
    ("text", "subjects", "objects"),
    [
        (
            "Party officials visited the families and the neighbours.",
            ["Party officials"],
            ["the families", "the neighbours"],
        ),
        (
            "Party officials and judiciary officials visited the families.",
            ["Party officials", "judiciary officials"],
            ["the families"],
        ),
    ],
)
def test_coordination_gives_one_triple_per_fact(
    nlp: Language, text: str, subjects: list[str], objects: list[str]
) -> None:
    found = [t for t in _triples(nlp, text) if t.lemma == "visit"]
    assert sorted((t.subject.text, t.objects[0].text) for t in found) == sorted(
        (s, o) for s in subjects for o in objects
    )


def test_reported_speech_keeps_speaker_and_fact_apart(nlp: Language) -> None:
    found = _triples(nlp, "The source said that the regime will not tolerate defectors.")
    speech = _find(found, "The source", "said that")
    assert speech.objects[0].text == "the regime will not tolerate defectors"
    fact = _find(found, "the regime", "will not tolerate")
    assert fact.attribution is not None and fact.attribution.text == "The source"
    assert fact.negated and fact.modality is Modality.PLANNED
    assert [o.text for o in fact.objects] == ["defectors"]


@pytest.mark.parametrize(
    ("text", "predicate", "negated", "modality"),
    [
        ("Kim Jong Un did not visit the farm.", "did not visit", True, Modality.ASSERTED),
        ("The army may launch a missile.", "may launch", False, Modality.POSSIBLE),
        ("Kim Jong Un will visit Russia.", "will visit", False, Modality.PLANNED),
        ("Party officials are to visit the families.", "are to visit", False, Modality.PLANNED),
    ],
)
def test_negation_and_modality_are_annotations(
    nlp: Language, text: str, predicate: str, negated: bool, modality: Modality
) -> None:
    triple = next(t for t in _triples(nlp, text) if t.predicate.text == predicate)
    assert triple.negated is negated
    assert triple.modality is modality


def test_according_to_is_an_attribution_not_an_argument(nlp: Language) -> None:
    triple = _find(
        _triples(nlp, "According to the source, officials visited the families."),
        "officials",
        "visited",
    )
    assert triple.attribution is not None and triple.attribution.text == "the source"
    assert [o.text for o in triple.objects] == ["the families"]


def test_offsets_point_at_the_words(nlp: Language) -> None:
    text = "In 1941, Tom Bradley joined the railway company as a junior clerk."
    found = _triples(nlp, text)
    assert any(t.clause is ClauseType.MODIFIER for t in found)  # "a clerk" is "junior"
    for triple in found:
        for phrase in (triple.subject, *triple.objects):
            # A phrase may leave words out ("a clerk"): its words, in order, within its span.
            span = text[phrase.start : phrase.end]
            assert span.startswith(phrase.text.split()[0]) and span.endswith(
                phrase.text.split()[-1]
            )
        assert text[triple.sentence[0] : triple.sentence[1]] == text
        assert 0.0 <= triple.confidence <= 1.0


def test_confidences_rank_rather_than_tie(nlp: Language) -> None:
    found = _triples(
        nlp,
        "Kim Yo Jong, the sister of Kim Jong Un, recently instructed officials throughout the "
        "country to provide encouragement to the families of defectors.",
    )
    assert len({t.confidence for t in found}) > 1


def test_phrase_validates_itself() -> None:
    with pytest.raises(ValueError, match=r"Phrase\.text"):
        Phrase(" ", 0, 1, 0)
    with pytest.raises(ValueError, match=r"Phrase\.end"):
        Phrase("x", 5, 4, 5)


SENTENCES = "Police arrested three smugglers .\n\nKim Jong Un visited the farm .\n"


@pytest.mark.parametrize("fmt", list(OutputFormat))
def test_formats(nlp: Language, fmt: OutputFormat) -> None:
    lines = read_lines("-", io.BytesIO(SENTENCES.encode()))
    out = list(format_triples(extract_texts(lines, nlp), fmt, whole_texts=True))
    if fmt is OutputFormat.CARB:
        cells = out[0].split("\t")
        assert cells[0] == "Police arrested three smugglers ."
        assert float(cells[1]) > 0
        assert cells[2:] == ["arrested", "Police", "three smugglers"]
    elif fmt is OutputFormat.TSV:
        assert out[0].startswith("source\tconfidence\tsubject\tpredicate")
        assert out[2].split("\t")[0] == "3"  # the line number, blank lines counted
    else:
        record = json.loads(out[0])
        assert record["subject"]["text"] == "Police"
        assert record["predicate"] == {"text": "arrested", "start": 7, "end": 15, "implicit": False}


def test_read_lines_names_the_bad_line() -> None:
    bad = io.BytesIO(b"fine\n\xff\xfe\n")
    with pytest.raises(InputError, match=r"^-:2: not UTF-8"):
        list(read_lines("-", bad))
    with pytest.raises(InputError, match="no such file"):
        read_lines("missing.txt")


def _made(clause: ClauseType, *objects: str) -> Triple:
    def phrase(text: str) -> Phrase:
        return Phrase(text, 0, len(text), 0)

    return Triple(
        subject=phrase("Kim"),
        predicate=phrase("sent"),
        objects=tuple(phrase(o) for o in objects),
        confidence=0.5,
        lemma="send",
        clause=clause,
        sentence=(0, 40),
    )


@pytest.mark.parametrize(
    ("clause", "objects", "compact", "expected"),
    [
        (ClauseType.SV, (), False, []),
        (ClauseType.SVO, ("letters",), False, [("Kim", "sent", "letters")]),
        (
            ClauseType.SVOA,
            ("letters", "to Lee"),
            False,
            [("Kim", "sent", "letters"), ("Kim", "sent letters", "to Lee")],
        ),
        (
            ClauseType.SVOA,
            ("letters and cards", "to Lee, Ann and Bo"),
            False,
            [
                ("Kim", "sent", "letters and cards"),
                ("Kim", "sent letters and cards", "to Lee, Ann and Bo"),
            ],
        ),
        (
            ClauseType.SVOA,
            ("letters and cards", "to Lee, Ann and Bo"),
            True,
            [
                ("Kim", "sent", "letters"),
                ("Kim", "sent", "cards"),
                ("Kim", "sent letters and cards", "to Lee"),
                ("Kim", "sent letters and cards", "to Ann"),
                ("Kim", "sent letters and cards", "to Bo"),
            ],
        ),
        (
            ClauseType.SVA,
            ("between May and June",),
            True,
            [("Kim", "sent", "between May and June")],
        ),
        (
            ClauseType.SVA,
            ("in May or in June",),
            True,
            [("Kim", "sent", "in May"), ("Kim", "sent", "in June")],
        ),
        (ClauseType.APPOSITION, ("a farmer",), False, [("Kim", "sent", "a farmer")]),
        (ClauseType.APPOSITION, ("a farmer",), True, []),
        (ClauseType.POSSESSIVE, ("a farm",), True, []),
    ],
)
def test_binary_facts(
    clause: ClauseType,
    objects: tuple[str, ...],
    compact: bool,
    expected: list[tuple[str, str, str]],
) -> None:
    assert binary_facts(_made(clause, *objects), compact=compact) == expected


def test_compact_facts_keep_the_words_of_the_text(nlp: Language) -> None:
    found = _triples(nlp, "The organ built by Arp Schnitger was restored in 1990.")
    built = _find(found, "The organ", "be built by")
    assert binary_facts(built) == [("The organ", "be built by", "Arp Schnitger")]
    assert binary_facts(built, compact=True) == [("The organ", "built by", "Arp Schnitger")]
