"""Grounding an article's place names: context decides between same-named places."""

from __future__ import annotations

import pytest

from kg.extract.relations import extract_relations
from kg.model import Entity, EntityKind, PlaceType
from kg.resolve.places import Choice, _folded_words, _is_person_name
from tests.conftest import Parse


def choices(parse: Parse, text: str) -> dict[str, Choice]:
    _, ctx = parse(text)
    return {c.entity.name: c for c in ctx.places.choices}


@pytest.mark.parametrize(
    ("text", "name", "geonames_id"),
    [
        # The containing place the text names decides.
        ("Families in Hoeryong, North Hamgyong Province, received pork.", "Hoeryong", 2044091),
        ("Police in Junction City, Kansas, arrested him.", "Junction City", 4273680),
        ("He lived in Quincy, Massachusetts, for years.", "Quincy", 4948247),
        ("The owner of a shop in Junction City, Kan., testified.", "Kan.", 4273857),
        # The country the article is about decides.
        (
            "Russia's North Caucasus borders Georgia and Azerbaijan.",
            "Georgia",
            614540,
        ),
        (
            "Protesters marched in Atlanta, Georgia, on Sunday.",
            "Georgia",
            4197000,
        ),
        ("Shootings in Belfast continued as the army moved in.", "Belfast", 2655984),
        # A state named elsewhere makes no small town of it out of a large city's name.
        (
            "His stepmother spoke from her home in Irving, Texas. He is also charged in three"
            " Atlanta attacks.",
            "Atlanta",
            4180439,
        ),
        ("Kim Jong Un visited Sinpho in South Hamgyong Province.", "Sinpho", 2040959),
    ],
)
def test_context_picks_the_right_place(
    parse: Parse, text: str, name: str, geonames_id: int
) -> None:
    found = choices(parse, text)[name]
    assert found.place is not None, found
    assert found.place.geonames_id == geonames_id
    assert 0.5 <= found.confidence <= 1.0


@pytest.mark.parametrize(
    ("text", "name"),
    [
        # A person's surname tagged as a place, the country as an epithet, a province the
        # gazetteer holds without a GeoNames id after its designator.
        ("Hugo Chávez spoke in Caracas. Later Chávez left.", "Chávez"),
        ("The armed forces of our Republic are strong.", "Republic"),
        ("Seven militants died in Afghanistan's southern Kandahar province.", "Kandahar"),
        # A large town elsewhere is not the place the text puts in a region.
        ("The firm sold a stake to Kemble Holdings PLC of Surrey, England, last month.", "Surrey"),
        # A small town of a country the article only names in passing.
        ("The U.S. keeps sending nuclear submarines to the Pacific.", "Pacific"),
    ],
)
def test_no_geonames_link_rather_than_a_wrong_one(parse: Parse, text: str, name: str) -> None:
    found = choices(parse, text)
    place = found[name].place if name in found else None
    assert place is None or place.geonames_id is None


def test_variants_become_one_entity_named_as_the_gazetteer_names_it(parse: Parse) -> None:
    _, ctx = parse("Floods hit North Pyongan Province. Officials in North Phyongan met on Friday.")
    names = {m.entity.name for m in ctx.entities.mentions if m.entity.kind.value == "Place"}
    assert names == {"North Phyongan Province"}
    aliases = set(ctx.entities.aliases(next(iter(ctx.places.links)).entity))
    assert {"North Pyongan Province", "North Phyongan"} <= aliases


def test_unknown_places_keep_their_kind_and_stated_containment(parse: Parse) -> None:
    _, ctx = parse("Kim Jong Un visited Uiju County of North Phyongan Province on Friday.")
    kinds = {k.entity.name: k.place_type for k in ctx.places.kinds}
    assert kinds["Uiju County"] is PlaceType.COUNTY
    contained = {(r.subject.name, r.object.name) for r in ctx.places.containment}  # type: ignore[union-attr]
    assert ("Uiju County", "North Phyongan Province") in contained


@pytest.mark.parametrize(
    ("text", "inner", "outer"),
    [
        (
            "Israel is encroaching upon the right to existence in the Middle East including "
            "Lebanon and Syria.",
            "Syria",
            "Middle East",
        ),
        # Two names written "A, B" where the parse hangs B on another word.
        (
            "The firm sold a stake to Kemble Holdings PLC of Surrey, England, last month.",
            "Surrey",
            "England",
        ),
        # A site named after the town it is in.
        (
            "The players returned to Pyongyang. At Pyongyang International Airport, many people"
            " welcomed them.",
            "Pyongyang International Airport",
            "Pyongyang",
        ),
        # A site's name that says where it is.
        (
            "Officials met at the Revolutionary Battle Site in Mt Taesong on August 13.",
            "Revolutionary Battle Site in Mt Taesong",
            "Mt Taesong",
        ),
        (
            "Wreaths were laid before the Revolutionary Martyrs Cemetery on Mt Taesong, the"
            " Patriotic Martyrs Cemetery in Sinmi-ri and the Fatherland Liberation War Martyrs"
            " Cemetery on September 8.",
            "Patriotic Martyrs Cemetery in Sinmi-ri",
            "Sinmi-ri",
        ),
        (
            "Wreaths were laid before the Revolutionary Martyrs Cemetery on Mt Taesong, the"
            " Patriotic Martyrs Cemetery in Sinmi-ri and the Fatherland Liberation War Martyrs"
            " Cemetery on September 8.",
            "Revolutionary Martyrs Cemetery on Mt Taesong",
            "Mt Taesong",
        ),
    ],
)
def test_containment_stated_by_a_list_or_a_site(
    parse: Parse, text: str, inner: str, outer: str
) -> None:
    _, ctx = parse(text)
    contained = {(r.subject.name, r.object.name) for r in ctx.places.containment}  # type: ignore[union-attr]
    assert (inner, outer) in contained


def test_runner_up_is_reported(parse: Parse) -> None:
    found = choices(parse, "The marathon in Boston, Massachusetts, drew crowds.")["Boston"]
    assert found.place is not None and found.place.label == "Boston"
    assert found.runner_up is not None and found.runner_up[0].label != "Boston"


def test_a_list_of_countries_is_no_containment(parse: Parse) -> None:
    doc, ctx = parse("The team beat Austria, Brazil, the US, Japan and other countries.")
    relations = {
        (r.subject.name, r.object.name)  # type: ignore[union-attr]
        for r in (*ctx.places.containment, *extract_relations(doc, ctx))
        if r.predicate == "schema:containedInPlace"
    }
    assert relations == set()


@pytest.mark.parametrize(
    "text",
    [
        "Officials of Pyongyang met in Pyongyang Municipality.",
        "Israel attacked Gaza. The Gaza Strip is under siege.",
    ],
)
def test_a_town_under_its_designator_or_a_region_is_not_in_the_town(
    parse: Parse, text: str
) -> None:
    _, ctx = parse(text)
    contained = {(r.subject.name, r.object.name) for r in ctx.places.containment}  # type: ignore[union-attr]
    assert not any(inner.startswith(outer + " ") for inner, outer in contained), contained


@pytest.mark.parametrize(
    ("place", "people", "expected"),
    [
        ("Chávez", ["Hugo Chávez"], True),
        ("Chavez", ["Hugo Chávez", "Kim Jong Un"], True),
        ("Caracas", ["Hugo Chávez"], False),
        # The whole name is no part of itself.
        ("Hugo Chávez", ["Hugo Chávez"], False),
        ("Chávez", [], False),
    ],
)
def test_a_place_that_is_part_of_a_persons_full_name(
    place: str, people: list[str], expected: bool
) -> None:
    named = frozenset(_folded_words(name) for name in people)
    assert _is_person_name(Entity(EntityKind.PLACE, place), named) is expected
