"""Records check themselves: a bad field fails with its record, name, value and what is allowed."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from decimal import Decimal

import pytest

from kg.model import (
    Article,
    Entity,
    EntityKind,
    Event,
    Mention,
    RecordError,
    Relation,
    Source,
    TimeExpression,
)

MENTION = Mention("a", 0, 5, "Kim J")
PERSON = Entity(EntityKind.PERSON, "Kim Jong Un")
GROUP = Entity(EntityKind.GROUP, "officials")
PYONGYANG = Entity(EntityKind.PLACE, "Pyongyang")
FARM = Entity(EntityKind.ORGANIZATION, "Sokchon Farm")


def _event(**fields: object) -> Event:
    defaults: dict[str, object] = {
        "classes": ("Visit",),
        "predicate": "visit",
        "evidence": (MENTION,),
        "anchor": 0,
        "extractor": "kg.events.v38",
    }
    return Event(**{**defaults, **fields})  # type: ignore[arg-type]


@pytest.mark.parametrize(
    ("make", "message"),
    [
        (lambda: Article(id=" ", text="Text."), "Article.id = ' ': expected a non-empty id"),
        (lambda: Article(id="a", text=" \n"), "Article.text = ' \\n': expected non-empty text"),
        (
            lambda: Article(id="a", text="Text.", url="example.org/a"),
            "Article.url = 'example.org/a': expected an absolute IRI",
        ),
        (
            lambda: Article(id="a", text="Text.", url="https://example.org/a b"),
            "expected an absolute IRI",
        ),
        (
            lambda: Article(id="a", text="Text.", url="https://example.org/a%zz"),
            "expected an absolute IRI",
        ),
        (lambda: Mention("a", -1, 4, "Kim J"), "Mention.start = -1: expected an offset >= 0"),
        (lambda: Mention("a", 5, 5, ""), "Mention.end = 5: expected an offset > start (5)"),
        (lambda: Mention("a", 0, 4, "Kim J"), "Mention.text = 'Kim J': expected 4 characters"),
        (lambda: Entity(EntityKind.PERSON, " Kim"), "Entity.name = ' Kim': expected no outer"),
        (lambda: Source("", None), "Source.label = '': expected a non-empty label"),
        (lambda: TimeExpression(MENTION, "EVENT", "2024"), "TimeExpression.timex_type"),
        (lambda: TimeExpression(MENTION, "DATE", ""), "TimeExpression.value = ''"),
        (lambda: _event(classes=()), "Event.classes = (): expected at least one class"),
        (lambda: _event(confidence=Decimal("1.2")), "Event.confidence = Decimal('1.2')"),
        (lambda: _event(time_confidence=Decimal("-0.1")), "Event.time_confidence"),
        (lambda: _event(place=GROUP), "Event.place = Entity("),
        (
            lambda: _event(place=PYONGYANG, place_confidence=Decimal("1.5")),
            "Event.place_confidence = Decimal('1.5')",
        ),
        (
            lambda: _event(place_confidence=Decimal("0.6")),
            "given only with a place",
        ),
        (lambda: _event(place_within=PYONGYANG), "Event.place_within = Entity("),
        (
            lambda: _event(place=FARM, place_within=GROUP),
            "Event.place_within = Entity(",
        ),
        (
            lambda: _event(place=PYONGYANG, place_within=PYONGYANG),
            "expected a Place entity other than `place`",
        ),
        (lambda: Relation(PERSON, "memberOf", GROUP, MENTION), "Relation.predicate"),
    ],
)
def test_a_record_names_what_is_wrong(make: Callable[[], object], message: str) -> None:
    with pytest.raises(RecordError) as raised:
        make()
    assert message in str(raised.value)


def test_good_records_are_made() -> None:
    article = Article(
        id="a", text="Text.", published=dt.date(2024, 7, 29), url="https://example.org/a"
    )
    assert article.url == "https://example.org/a"
    place = Entity(EntityKind.PLACE, "Pyongyang")
    assert _event(time_confidence=Decimal("0.7"), place=place).key == "a/visit-0"
