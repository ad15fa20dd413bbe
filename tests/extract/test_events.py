from __future__ import annotations

import pytest

from kg.extract.events import extract_events
from kg.model import Modality
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
