"""The gazetteer: name folding, romanisation variants, designators and containment."""

from __future__ import annotations

import os
import time
from pathlib import Path

import pytest

from kg.gazetteer import (
    STALE_AFTER,
    _read_cache,
    _remove_stale_caches,
    _write_cache,
    cache_dir,
    designation,
    fold,
    gazetteer,
    name_key,
)
from kg.model import PlaceType


@pytest.mark.parametrize(
    ("a", "b"),
    [
        ("Hoeryŏng", "Hoeryong"),
        ("Manp’o", "Manpo"),
        ("Deir ez-Zor", "Deir ez Zor"),
        ("NORTH KOREA", "North Korea"),
    ],
)
def test_fold_ignores_case_diacritics_and_punctuation(a: str, b: str) -> None:
    assert fold(a) == fold(b)


@pytest.mark.parametrize(
    ("a", "b"),
    [
        ("North Phyongan", "North Pyongan"),
        ("Hamkyung", "Hamgyong"),
        ("Shinuiju", "Sinuiju"),
        ("Daegu", "Taegu"),
        ("Gaeseong", "Kaesong"),
        ("Hoe-ryong", "Hoeryong"),
    ],
)
def test_romanisation_variants_share_a_key(a: str, b: str) -> None:
    assert name_key(a) == name_key(b)


@pytest.mark.parametrize(
    ("name", "core", "types"),
    [
        ("North Hamgyong Province", "North Hamgyong", {PlaceType.FIRST_LEVEL_DIVISION}),
        ("Uiju County", "Uiju", {PlaceType.COUNTY}),
        ("River Amnok", "Amnok", {PlaceType.RIVER}),
        ("Hadan-ri", "Hadan", {PlaceType.CITY}),
        ("Hoeryong", "Hoeryong", set()),
    ],
)
def test_designation(name: str, core: str, types: set[PlaceType]) -> None:
    found = designation(name)
    assert (found.core, set(found.types)) == (core, types)


@pytest.mark.parametrize(
    ("name", "label", "geonames_id"),
    [
        ("Hoeryong", "Hoeryong", 2044091),
        ("Hoeryŏng", "Hoeryong", 2044091),
        ("Sinuiju", "Sinuiju", 2040893),
        ("Shinuiju", "Sinuiju", 2040893),
        ("North Hamgyong Province", "North Hamgyong Province", 2044245),
        ("North Hamkyung", "North Hamgyong Province", 2044245),
        ("Hamgyong-bukto", "North Hamgyong Province", 2044245),
        ("North Pyongan", "North Phyongan Province", None),
        ("Yanggang", "Ryanggang Province", None),
        ("Chagang", "Jagang Province", None),
        ("North Korea", "Democratic People's Republic of Korea", 1873107),
        ("Syrian Arab Republic", "Syria", 163843),
        ("Taegu", "Daegu", 1835329),
    ],
)
def test_lookup_finds_variants(name: str, label: str, geonames_id: int | None) -> None:
    best = gazetteer().lookup(name)[0].place
    assert (best.label, best.geonames_id) == (label, geonames_id)


@pytest.mark.parametrize("name", ["Uiju County", "Kan.", "S. D."])
def test_designators_and_abbreviations_restrict_lookup(name: str) -> None:
    assert all(m.place.place_type is not PlaceType.CITY for m in gazetteer().lookup(name))


def test_abbreviation_names_its_state() -> None:
    (match,) = gazetteer().lookup("Kan.")
    assert (match.place.label, match.place.geonames_id) == ("Kansas", 4273857)


@pytest.mark.parametrize(
    ("name", "chain"),
    [
        ("Hoeryong", ["North Hamgyong Province", "Democratic People's Republic of Korea"]),
        ("Sinuiju", ["North Phyongan Province", "Democratic People's Republic of Korea"]),
        ("Quincy", ["Massachusetts", "United States"]),
        ("Seoul", ["Republic of Korea"]),
        ("North Hamgyong Province", ["Democratic People's Republic of Korea"]),
        ("Democratic People's Republic of Korea", []),
    ],
)
def test_containment_runs_up_to_the_country(name: str, chain: list[str]) -> None:
    gaz = gazetteer()
    place = gaz.places[gaz.by_label[name]]
    assert [p.label for p in gaz.parents(place)] == chain


def test_seed_town_is_located() -> None:
    gaz = gazetteer()
    hoeryong = gaz.places[gaz.by_label["Hoeryong"]]
    assert hoeryong.lat is not None and hoeryong.long is not None
    assert (round(float(hoeryong.lat), 2), round(float(hoeryong.long), 2)) == (42.44, 129.75)


def test_labels_are_unique_and_the_prominent_place_keeps_the_name() -> None:
    gaz = gazetteer()
    assert len(gaz.by_label) == len(gaz.places)
    assert gaz.places[gaz.by_label["Georgia"]].place_type is PlaceType.COUNTRY
    assert gaz.places[gaz.by_label["Georgia, United States"]].country == "US"
    assert gaz.places[gaz.by_label["Boston"]].country == "US"


def test_every_place_with_a_geonames_id_is_located() -> None:
    unlocated = [p.label for p in gazetteer().places.values() if p.geonames_id and p.lat is None]
    assert unlocated == []


def test_cache_folder_follows_the_environment(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    monkeypatch.setenv("KG_CACHE_DIR", str(tmp_path / "kg"))
    assert cache_dir() == tmp_path / "kg"
    monkeypatch.delenv("KG_CACHE_DIR")
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path))
    assert cache_dir() == tmp_path / "kg-events"


def test_cache_file_finds_what_was_written_and_rejects_a_cut_file(tmp_path: Path) -> None:
    data = {
        "rows": {
            "geonames:1": ("Hoeryong", "City", "KP", 1, "42.44", "129.75", 10),
            "country:KP": ("North Korea", "Country", "KP", 2, "", "", 0),
        },
        "parent": {"geonames:1": "country:KP"},
        "by_name": {"hoeryong": (("geonames:1", 1.0),), "hoeryŏng": (("geonames:1", 0.9),)},
        "by_key": {"hoeryong": ("geonames:1",)},
        "by_label": {"Hoeryong": "geonames:1", "North Korea": "country:KP"},
        "capitals": frozenset({"geonames:1"}),
    }
    path = tmp_path / "gazetteer.bin"
    _write_cache(data, path)
    gaz = _read_cache(path)
    assert gaz.by_name["hoeryŏng"] == (("geonames:1", 0.9),)
    assert gaz.by_name.get("pyongyang") is None and "pyongyang" not in gaz.by_name
    assert dict(gaz.by_label) == data["by_label"]
    assert [p.label for p in gaz.parents(gaz.places["geonames:1"])] == ["North Korea"]
    assert gaz.capitals == {"geonames:1"}
    path.write_bytes(path.read_bytes()[:-10])
    with pytest.raises(ValueError):
        _read_cache(path)


def test_caches_of_other_versions_are_removed_once_stale(tmp_path: Path) -> None:
    current = tmp_path / "gazetteer-new.bin"
    current.write_bytes(b"")
    old_layout = tmp_path / "gazetteer-old.pickle"
    recent, stale = tmp_path / "gazetteer-recent.bin", tmp_path / "gazetteer-stale.bin"
    for path in (old_layout, recent, stale):
        path.write_bytes(b"")
    week_and_a_day = time.time() - STALE_AFTER - 86400
    os.utime(stale, (week_and_a_day, week_and_a_day))
    _remove_stale_caches(current)
    assert sorted(p.name for p in tmp_path.iterdir()) == [current.name, recent.name]
