"""TimeML reading and TempEval-3 style scoring of the TIMEX3 tagger."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import pytest

from kg.eval.timeml import (
    SPLITS,
    TimeMLError,
    TimexCounts,
    align,
    evaluate_timeml,
    load_gold_documents,
    parse_split,
    read_annotation,
    read_timeml,
    split_of,
)
from kg.model import TIMEX_TYPES, Article, Mention, TimeExpression

GOLD_TIMEX = Path(__file__).resolve().parent.parent / "gold" / "timex"

TIMEML = (
    '<?xml version="1.0" ?>\n<TimeML>\n<DOCID>doc1</DOCID>\n'
    '<DCT><TIMEX3 tid="t0" type="DATE" value="1998-08-07" '
    'functionInDocument="CREATION_TIME">1998-08-07</TIMEX3></DCT>\n'
    '<TEXT>\nBombs <EVENT eid="e1">exploded</EVENT> '
    '<TIMEX3 tid="t1" type="DATE" value="1998-08-07">Friday</TIMEX3> &amp; talks will resume '
    '<TIMEX3 tid="t2" type="DATE" value="1998-W33">next week</TIMEX3>.'
    '<TIMEX3 tid="t3" type="DATE" value="1998-08-01" anchorTimeID="t1"/>\n'
    "</TEXT>\n</TimeML>\n"
)


def _timeml(tmp_path: Path, name: str = "doc1.tml", text: str = TIMEML) -> Path:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return path


def test_reader_gives_text_offsets_and_creation_time(tmp_path: Path) -> None:
    document = read_timeml(_timeml(tmp_path))
    article = document.article
    assert article.id == "doc1"
    assert article.published == dt.date(1998, 8, 7)
    assert article.text == "\nBombs exploded Friday & talks will resume next week.\n"
    found = [(t.mention.text, t.timex_type, t.value) for t in document.timexes]
    # The empty TIMEX3 has no extent to find and is left out.
    assert found == [("Friday", "DATE", "1998-08-07"), ("next week", "DATE", "1998-W33")]
    for timex in document.timexes:
        assert article.text[timex.mention.start : timex.mention.end] == timex.mention.text


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("<TimeML><TEXT>x</TEXT>", "not a readable TimeML file"),
        ("<TimeML><TEXT>x</TEXT></TimeML>", "CREATION_TIME"),
        (
            '<TimeML><DCT><TIMEX3 value="soon" functionInDocument="CREATION_TIME"/></DCT>'
            "<TEXT>x</TEXT></TimeML>",
            "expected YYYY-MM-DD",
        ),
        (TIMEML.replace('type="DATE" value="1998-W33"', 'type="WEEK" value="1998-W33"'), "WEEK"),
    ],
)
def test_bad_timeml_names_the_file(tmp_path: Path, text: str, message: str) -> None:
    path = _timeml(tmp_path, text=text)
    with pytest.raises(TimeMLError, match=message) as info:
        read_timeml(path)
    assert str(path) in str(info.value)


def _timex(start: int, end: int, value: str = "2024-07-29", kind: str = "DATE") -> TimeExpression:
    return TimeExpression(Mention("a", start, end, "x" * (end - start)), kind, value)


def test_alignment_counts_strict_relaxed_value_and_type() -> None:
    gold = [_timex(0, 10), _timex(20, 30, "P2D", "DURATION"), _timex(40, 45), _timex(60, 65)]
    found = [
        _timex(0, 10),  # exact, right value
        _timex(22, 30, "P3D", "DURATION"),  # overlapping, wrong value
        _timex(40, 50, "2024-07-29", "TIME"),  # overlapping, right value, wrong type
        _timex(80, 85),  # spurious
    ]
    alignment = align(gold, found)
    assert [g.mention.start for g in alignment.missed] == [60]
    assert [f.mention.start for f in alignment.spurious] == [80]
    counts = alignment.counts()
    assert counts == TimexCounts(gold=4, found=4, strict=1, relaxed=3, value=2, type=2)
    assert counts.prf(counts.relaxed) == (0.75, 0.75, 0.75)
    assert counts.type_accuracy == pytest.approx(2 / 3)


def test_one_found_expression_matches_one_gold_expression() -> None:
    counts = align([_timex(0, 5), _timex(6, 10)], [_timex(0, 10)]).counts()
    assert (counts.relaxed, counts.gold, counts.found) == (1, 2, 1)


def test_counts_add_up_and_empty_counts_score_zero() -> None:
    assert TimexCounts(1, 2, 0, 1, 1, 1) + TimexCounts(1, 0, 0, 0, 0, 0) == TimexCounts(
        2, 2, 0, 1, 1, 1
    )
    assert TimexCounts().prf(0) == (0.0, 0.0, 0.0)


def test_split_is_fixed_and_halves_both_sides() -> None:
    names = [f"wsj_{n:04d}" for n in range(40)]
    halves = {split_of(name) for name in names}
    assert halves == set(SPLITS)
    assert [split_of(n) for n in names] == [split_of(n) for n in names]
    assert parse_split("all") is None
    assert parse_split("heldout") == "heldout"
    with pytest.raises(TimeMLError, match="split 'test'"):
        parse_split("test")


def _article(tmp_path: Path) -> Path:
    path = tmp_path / "articles.jsonl"
    text = "Pyongyang, July 29 (KCNA) -- He arrived on Monday."
    path.write_text(json.dumps({"id": "k1", "date": "2024-07-29", "text": text}) + "\n")
    return path


def _annotation(folder: Path, timexes: list[dict[str, object]]) -> Path:
    folder.mkdir(exist_ok=True)
    path = folder / "k1.timex.json"
    data = {"article": "k1", "published": "2024-07-29", "timexes": timexes}
    path.write_text(json.dumps(data), encoding="utf-8")
    return path


MONDAY = {"start": 43, "end": 49, "text": "Monday", "type": "DATE", "value": "2024-07-29"}


def test_annotations_are_checked_against_the_article(tmp_path: Path) -> None:
    article = Article("k1", "Pyongyang, July 29 (KCNA) -- He arrived on Monday.")
    document = read_annotation(_annotation(tmp_path / "gold", [MONDAY]), {"k1": article})
    assert document.article.published == dt.date(2024, 7, 29)
    assert [t.value for t in document.timexes] == ["2024-07-29"]
    wrong = _annotation(tmp_path / "gold", [{**MONDAY, "start": 41, "end": 47}])
    with pytest.raises(TimeMLError, match="is not at 41-47"):
        read_annotation(wrong, {"k1": article})
    with pytest.raises(TimeMLError, match="no article with id 'k1'"):
        read_annotation(wrong, {})


def test_annotations_need_their_articles(tmp_path: Path) -> None:
    _annotation(tmp_path / "gold", [MONDAY])
    with pytest.raises(TimeMLError, match="pass the articles"):
        load_gold_documents(tmp_path / "gold")
    with pytest.raises(TimeMLError, match="not a folder"):
        load_gold_documents(tmp_path / "missing")


def test_evaluation_tags_with_the_real_model(tmp_path: Path) -> None:
    dateline = {"start": 11, "end": 18, "text": "July 29", "type": "DATE", "value": "2024-07-29"}
    _annotation(tmp_path / "gold", [dateline, MONDAY])
    report = evaluate_timeml(tmp_path / "gold", [str(_article(tmp_path))])
    counts = report.counts
    assert (counts.gold, counts.found, counts.strict, counts.value) == (2, 2, 2, 2)
    assert report.as_json()["value"]["f1"] == 1.0
    assert "value" in report.table()


def test_committed_kcna_annotations_are_well_formed() -> None:
    files = sorted(GOLD_TIMEX.glob("*.timex.json"))
    assert len(files) >= 10
    for path in files:
        data = json.loads(path.read_text(encoding="utf-8"))
        assert path.name == f"{data['article']}.timex.json"
        dt.date.fromisoformat(data["published"])
        assert data["timexes"], path
        for item in data["timexes"]:
            assert item["type"] in TIMEX_TYPES, (path, item)
            assert item["end"] - item["start"] == len(item["text"]) > 0, (path, item)
            assert item["value"], (path, item)
