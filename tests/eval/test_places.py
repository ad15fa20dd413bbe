"""The place listing and its scorer, and the CLI commands over them."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

import pytest
from typer.testing import CliRunner

from kg.cli import app
from kg.eval.places import GoldPlace, PlaceGoldError, PlaceMention, read_gold, score_places
from kg.model import Entity, EntityKind, Mention, Place, PlaceType
from kg.resolve.places import Choice

runner = CliRunner()
ARTICLE = '{"id": "a1", "text": "Families in Hoeryong, North Hamgyong Province, got pork."}\n'
GOLD = (
    "# article\turl\tstart\tend\tmention\tgeonames\tsplit\n"
    "a1\t\t12\t20\tHoeryong\t2044091\theldout\n"
    "a1\t\t22\t45\tNorth Hamgyong Province\t2044245\theldout\n"
)
TOWN = Place("geonames:1", "Town", PlaceType.CITY, "KP", 1, Decimal("40"), Decimal("127"))
OTHER = Place("geonames:2", "Town, Elsewhere", PlaceType.CITY, "US", 2, Decimal("1"), Decimal("1"))


def mention(start: int, end: int, place: Place | None) -> PlaceMention:
    entity = Entity(EntityKind.PLACE, "Town")
    text = "x" * (end - start)
    choice = Choice(entity, (Mention("a", start, end, text),), (), place, 0.9, None)
    return PlaceMention("a", start, end, text, choice)


def gold(start: int, end: int, geonames: str) -> GoldPlace:
    return GoldPlace("a", start, end, "x", geonames, "heldout")


def test_scores_accuracy_over_known_ids_and_wrong_links_over_links() -> None:
    rows = [gold(0, 4, "1"), gold(10, 14, "1"), gold(20, 24, "none"), gold(30, 34, "unknown")]
    found = [mention(0, 4, TOWN), mention(10, 14, OTHER), mention(20, 24, TOWN)]
    found.append(mention(30, 34, OTHER))
    score = score_places(rows, found)
    assert (score.known, score.correct, score.links, score.wrong) == (2, 1, 3, 2)
    assert score.accuracy == 0.5
    assert "link accuracy" in score.report()


def test_unlinked_and_unmatched_mentions() -> None:
    score = score_places([gold(0, 4, "1"), gold(50, 54, "1")], [mention(0, 4, None)])
    assert (score.correct, score.links, score.unmatched) == (0, 0, 1)


@pytest.mark.parametrize(
    ("line", "message"),
    [
        ("a\t\t5\t3\tx\t1\theldout", "expected start < end"),
        ("a\t\t1\t3\tx\tParis\theldout", "expected an id"),
        ("a\t\t1\t3\tx\t1\tdev", "expected one of tune, heldout"),
        ("a\t1\t3\tx\t1\theldout", "expected 7 tab-separated cells"),
    ],
)
def test_bad_gold_rows_name_file_and_line(tmp_path: Path, line: str, message: str) -> None:
    path = tmp_path / "gold.tsv"
    path.write_text(f"# header\n{line}\n", encoding="utf-8")
    with pytest.raises(PlaceGoldError, match=rf"gold\.tsv:2: .*{message}"):
        read_gold(path)


def test_places_command_lists_mentions(tmp_path: Path) -> None:
    source = tmp_path / "a.jsonl"
    source.write_text(ARTICLE, encoding="utf-8")
    result = runner.invoke(app, ["places", str(source)])
    assert result.exit_code == 0, result.output
    header, *rows = result.output.splitlines()
    assert header.split("\t")[:4] == ["article", "start", "end", "mention"]
    cells = [row.split("\t") for row in rows]
    assert cells[0][:4] == ["a1", "12", "20", "Hoeryong"]
    assert cells[0][6] == "2044091"


def test_eval_places_command_reports(tmp_path: Path) -> None:
    source = tmp_path / "a.jsonl"
    source.write_text(ARTICLE, encoding="utf-8")
    gold_path = tmp_path / "gold.tsv"
    gold_path.write_text(GOLD, encoding="utf-8")
    result = runner.invoke(app, ["eval-places", str(gold_path), "--articles", str(source)])
    assert result.exit_code == 0, result.output
    assert "link accuracy          1.000 (2/2)" in result.output


def test_eval_places_rejects_a_bad_split(tmp_path: Path) -> None:
    result = runner.invoke(app, ["eval-places", "g.tsv", "--articles", "a", "--split", "x"])
    assert result.exit_code == 2
    assert "--split" in result.output
