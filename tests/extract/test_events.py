from __future__ import annotations

import pytest

from kg.extract.events import extract_events, extract_open_events
from kg.model import Event, Modality
from tests.conftest import Parse


def _events(parse: Parse, text: str) -> dict[str, object]:
    doc, ctx = parse(text)
    return {e.predicate: e for e in extract_events(doc, ctx)}


@pytest.mark.parametrize(
    ("text", "predicate", "cls", "agent", "patient"),
    [
        (
            "Kim Jong Un inspected the Sunchon Phosphatic Fertilizer Factory.",
            "inspect",
            "Visit",
            "Kim Jong Un",
            "Sunchon Phosphatic Fertilizer Factory",
        ),
        ("Police arrested three smugglers in Hyesan.", "arrest", "Arrest", "police", "smugglers"),
        (
            "North Korea has conducted large-scale public campaigns.",
            "conduct",
            "Action",
            "Democratic People's Republic of Korea",
            None,
        ),
        (
            "Choe Son Hui met Sergei Lavrov in Moscow.",
            "meet",
            "Meeting",
            "Choe Son Hui",
            "Sergei Lavrov",
        ),
    ],
)
def test_subject_verb_object_events(
    parse: Parse, text: str, predicate: str, cls: str, agent: str, patient: str | None
) -> None:
    event = _events(parse, text)[predicate]
    assert event.classes == (cls,)
    assert agent in [a.name for a in event.agents]
    if patient:
        assert any(p.name.startswith(patient) for p in event.patients)


@pytest.mark.parametrize(
    ("text", "predicate", "modality"),
    [
        ("Party officials are to visit the families of defectors.", "visit", Modality.PLANNED),
        ("Kim Jong Un will visit Russia.", "visit", Modality.PLANNED),
        ("Kim Jong Un did not visit the farm.", "visit", Modality.NEGATED),
        ("Kim Jong Un visited the farm.", "visit", Modality.ASSERTED),
    ],
)
def test_modality(parse: Parse, text: str, predicate: str, modality: Modality) -> None:
    assert _events(parse, text)[predicate].modality is modality


def test_place_and_coagents(parse: Parse) -> None:
    text = (
        "Party officials along with judiciary officials visited families of defectors in Hoeryong."
    )
    event = _events(parse, text)["visit"]
    assert {a.name for a in event.agents} == {"party officials", "judiciary officials"}
    assert event.place is not None and event.place.name == "Hoeryong"


def test_reporting_and_order_verbs_are_left_to_their_extractors(parse: Parse) -> None:
    events = _events(parse, "Kim Jong Un ordered officials to act, the source said.")
    assert "order" not in events and "say" not in events


def _open_events(parse: Parse, text: str) -> dict[str, Event]:
    doc, ctx = parse(text)
    return {e.predicate: e for e in extract_open_events(doc, ctx)}


@pytest.mark.parametrize(
    ("text", "predicate", "agent", "patient", "subject", "obj", "arguments"),
    [
        (
            "North Korea has referred to defectors as human trash.",
            "refer",
            "Democratic People's Republic of Korea",
            None,
            "North Korea",
            "defectors",
            ("as human trash",),
        ),
        (
            "Police arrested three smugglers in Hyesan.",
            "arrest",
            "police",
            "smugglers",
            "Police",
            "three smugglers",
            ("in Hyesan",),
        ),
        (
            "Kim Jong Un inspected the Sunchon Phosphatic Fertilizer Factory on Monday.",
            "inspect",
            "Kim Jong Un",
            "Sunchon Phosphatic Fertilizer Factory",
            "Kim Jong Un",
            "the Sunchon Phosphatic Fertilizer Factory",
            ("on Monday",),
        ),
    ],
)
def test_open_events_carry_the_clause_words(
    parse: Parse,
    text: str,
    predicate: str,
    agent: str,
    patient: str | None,
    subject: str,
    obj: str,
    arguments: tuple[str, ...],
) -> None:
    event = _open_events(parse, text)[predicate]
    assert event.extractor == "kg.events.v2"
    assert agent in [a.name for a in event.agents]
    assert [p.name for p in event.patients] == ([patient] if patient else [])
    assert (event.subject_texts, event.object_texts, event.arguments) == (
        (subject,),
        (obj,),
        arguments,
    )


def test_open_events_keep_facts_without_entities(parse: Parse) -> None:
    event = _open_events(parse, "The prices of rice rose sharply in the markets.")["rise"]
    assert event.subject_texts == ("The prices of rice",)
    assert not event.agents and event.label == "The prices of rice rise the markets"


def test_open_events_keep_v1_modality_and_leave_reporting_verbs(parse: Parse) -> None:
    events = _open_events(
        parse, "Party officials are to visit the families of defectors, the source said."
    )
    assert events["visit"].modality is Modality.PLANNED
    assert "say" not in events


def test_ordered_actions_are_not_asserted(parse: Parse) -> None:
    events = _events(parse, "Kim Jong Un instructed officials to visit the families of defectors.")
    assert events["visit"].modality is Modality.ORDERED


@pytest.mark.parametrize(
    ("text", "predicate", "cls"),
    [
        ("Kim Jong Un held talks with Vladimir Putin in Pyongyang.", "talk", "Meeting"),
        ("The Missile Administration conducted a test-fire on Friday.", "test-fire", "Launch"),
        ("Choe Son Hui paid a visit to Moscow.", "visit", "Visit"),
    ],
)
def test_light_verbs_take_their_event_from_the_object(
    parse: Parse, text: str, predicate: str, cls: str
) -> None:
    event = _events(parse, text)[predicate]
    assert event.classes == (cls,)
