from __future__ import annotations

from pathlib import Path

import pytest

from kg.eval.benchie import (
    BenchieFormatError,
    Fact,
    choose_sentences,
    parse_gold,
    read_extractions,
    read_gold,
    score,
    slot_variants,
)

GOLD = """sent_id:1\tKim , a farmer , visited the old farm in May .
------ Cluster 1 ------
Kim --> visited --> [the] [old] farm
Kim --> visited [the] [old] farm in --> May
------ Cluster 2 ------
Kim --> is --> [a] farmer

sent_id:2\tLee sang .
------ Cluster 1 ------
Lee --> sang --> [to nobody in particular]
"""


@pytest.mark.parametrize(
    ("slot", "expected"),
    [
        ("farm", {"farm"}),
        ("[the] farm", {"the farm", "farm"}),
        ("[the] [old] farm", {"the old farm", "old farm", "the farm", "farm"}),
        ("[in the] farm", {"in the farm", "farm"}),
        ("a [very old farm]", {"a very old farm", "a"}),
        ("farm ]", {"farm"}),
        ("the  farm", {"the  farm"}),
        ("[the]", {"the", ""}),
    ],
)
def test_slot_variants(slot: str, expected: set[str]) -> None:
    assert slot_variants(slot) == expected


def test_parse_gold_reads_sentences_and_synsets() -> None:
    gold = parse_gold(GOLD.splitlines())
    assert gold.sentences == {
        "1": "Kim , a farmer , visited the old farm in May .",
        "2": "Lee sang .",
    }
    assert [len(synset) for synset in gold.synsets["1"]] == [2, 1]
    assert "" in gold.synsets["2"][0][0][2]


@pytest.mark.parametrize(
    ("facts", "expected"),
    [
        # one right fact covers its synset; a repeat is neither credited nor charged
        ([("1", "Kim", "visited", "farm"), ("1", "Kim", "visited", "the farm")], (1.0, 1 / 3)),
        # a wrong fact costs precision
        ([("1", "Kim", "visited", "farm"), ("1", "Kim", "visited", "May")], (0.5, 1 / 3)),
        # another alternative of the same synset
        ([("1", "Kim", "visited the old farm in", "May")], (1.0, 1 / 3)),
        # all three synsets; "Lee sang" with the optional object left out
        (
            [
                ("1", "Kim", "visited", "farm"),
                ("1", "Kim", "is", "a farmer"),
                ("2", "Lee", "sang", ""),
            ],
            (1.0, 1.0),
        ),
        # slots compare exactly, ends stripped
        ([("1", " Kim ", "visited", "Farm")], (0.0, 0.0)),
        ([("1", " Kim ", "visited", "farm ")], (1.0, 1 / 3)),
        # facts of sentences without gold are ignored
        ([("9", "Kim", "visited", "farm")], (0.0, 0.0)),
    ],
)
def test_score(facts: list[tuple[str, str, str, str]], expected: tuple[float, float]) -> None:
    result = score(parse_gold(GOLD.splitlines()), [Fact(*f) for f in facts])
    assert (result.precision, result.recall) == pytest.approx(expected)
    p, r = expected
    assert result.f1 == pytest.approx(2 * p * r / (p + r) if p + r else 0.0)


def test_score_only_counts_chosen_sentences() -> None:
    gold = parse_gold(GOLD.splitlines())
    result = score(
        gold, [Fact("1", "Kim", "visited", "farm"), Fact("2", "Lee", "sang", "x")], ["2"]
    )
    assert (result.sentences, result.synsets, result.extractions, result.wrong) == (1, 1, 1, 1)


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("Kim --> visited --> farm\n", "gold:1: expected a sent_id"),
        ("sent_id:1\tKim .\nKim --> visited --> farm\n", "gold:2: expected subject"),
        ("sent_id:1\tKim .\n--- Cluster 1 ---\nKim visited\n", "gold:3: expected a cluster"),
        ("sent_id:1\tKim .\n\nsent_id:1\tKim .\n", "gold:3: sentence id '1' repeated"),
    ],
)
def test_parse_gold_errors_name_the_line(text: str, message: str) -> None:
    with pytest.raises(BenchieFormatError, match=message):
        parse_gold(text.splitlines())


def test_readers(tmp_path: Path) -> None:
    gold = tmp_path / "gold.txt"
    gold.write_text(GOLD, encoding="utf-8")
    assert set(read_gold(gold).sentences) == {"1", "2"}
    extractions = tmp_path / "ex.txt"
    extractions.write_text("1\tKim\tvisited\tfarm\n\n2\tLee\tsang\t\n", encoding="utf-8")
    assert read_extractions(extractions) == [
        Fact("1", "Kim", "visited", "farm"),
        Fact("2", "Lee", "sang", ""),
    ]
    extractions.write_text("1\tKim\tvisited\n", encoding="utf-8")
    with pytest.raises(BenchieFormatError, match=r"ex\.txt:1"):
        read_extractions(extractions)
    with pytest.raises(BenchieFormatError, match="cannot read"):
        read_gold(tmp_path / "missing.txt")


def test_choose_sentences_matches_texts_to_ids() -> None:
    gold = parse_gold(GOLD.splitlines())
    texts = ["Lee sang.", "Kim, a farmer, visited the old farm in May.", "Nobody knows."]
    chosen = choose_sentences(gold, texts, "all")
    assert chosen == {"2": "Lee sang.", "1": "Kim, a farmer, visited the old farm in May."}
    tuning, heldout = (
        choose_sentences(gold, texts, "tuning"),
        choose_sentences(gold, texts, "heldout"),
    )
    assert set(tuning) | set(heldout) == {"1", "2"} and not set(tuning) & set(heldout)
    with pytest.raises(ValueError, match="half"):
        choose_sentences(gold, texts, "most")
