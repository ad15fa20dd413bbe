"""The CaRB scorer on examples worked out by hand from the benchmark's matching rules."""

from __future__ import annotations

from pathlib import Path

import pytest

from kg.eval.carb import (
    CarbFormatError,
    Extraction,
    match,
    normalize_sentence,
    read_gold,
    read_tabbed,
    score,
    split_halves,
)


def ex(predicate: str, *args: str, confidence: float = 1.0) -> Extraction:
    return Extraction(predicate, args, confidence)


@pytest.mark.parametrize(
    ("gold", "predicted", "expected"),
    [
        # n-ary arguments are joined after the subject on both sides before comparing.
        (
            ex("made", "Bush", "an offer", "on the wage"),
            ex("made", "Bush", "an offer on the wage"),
            (1.0, 1.0),
        ),
        # No shared predicate word: no match, whatever the arguments.
        (ex("visited", "Kim", "the farm"), ex("saw", "Kim", "the farm"), (0.0, 0.0)),
        # A predicted "be" matches any form of it.
        (ex("is", "Kim", "the leader"), ex("be", "Kim", "the leader"), (1.0, 1.0)),
        # Fewer arguments than the gold's two: no match.
        (ex("visited", "Kim", "the farm"), ex("visited", "Kim"), (0.0, 0.0)),
        # Shared words over predicted words, over gold words.
        (
            ex("arrested", "Police", "smugglers"),
            ex("arrested", "Police", "three smugglers"),
            (0.75, 1.0),
        ),
        # Arguments need no shared word once the predicate matches.
        (
            ex("arrested", "Police", "smugglers"),
            ex("arrested", "Soldiers", "smugglers"),
            (2 / 3, 2 / 3),
        ),
        # Reporting predicates are also tried with the arguments reversed.
        (ex("said", "the source", "Kim left"), ex("said", "Kim left", "the source"), (1.0, 1.0)),
        # Case and punctuation count.
        (ex("visited", "Kim", "the farm"), ex("visited", "kim", "the farm ."), (0.6, 0.75)),
    ],
)
def test_match(gold: Extraction, predicted: Extraction, expected: tuple[float, float]) -> None:
    assert match(gold, predicted) == pytest.approx(expected)


def test_score_over_thresholds() -> None:
    gold = {
        "Kim visited the farm .": [ex("visited", "Kim", "the farm")],
        "Police arrested smugglers .": [ex("arrested", "Police", "smugglers")],
    }
    predicted = {
        "Kim visited the farm.": [  # spacing and punctuation do not matter for the key
            ex("visited", "Kim", "the farm", confidence=0.9),
            ex("saw", "Kim", "cows", confidence=0.4),
        ],
        "Police arrested smugglers .": [
            ex("arrested", "Police", "three smugglers", confidence=0.6)
        ],
        "A sentence not in the gold .": [ex("is", "it", "ignored", confidence=0.1)],
    }
    result = score(gold, predicted)
    # Thresholds 0.4, 0.6, 0.9 give (P, R) = (1.75/3, 1), (1.75/2, 1), (1, 1/2).
    assert [(t, round(p, 4), r) for t, p, r in result.curve] == [
        (0.4, 0.5833, 1.0),
        (0.6, 0.875, 1.0),
        (0.9, 1.0, 0.5),
    ]
    assert result.threshold == 0.6
    assert result.f1 == pytest.approx(2 * 0.875 / 1.875)
    assert result.auc == pytest.approx(0.5 * (0.875 + 1) / 2 + 0.5)
    assert (result.sentences, result.gold, result.predicted) == (2, 2, 3)


def test_extra_extractions_beyond_the_gold_count_as_wrong() -> None:
    gold = {"s": [ex("visited", "Kim", "the farm")]}
    one = score(gold, {"s": [ex("visited", "Kim", "the farm")]})
    two = score(gold, {"s": [ex("visited", "Kim", "the farm"), ex("visited", "Kim", "farm")]})
    assert one.precision == 1.0
    assert two.precision == 0.5
    assert two.recall == 1.0


def test_no_predictions() -> None:
    result = score({"s": [ex("visited", "Kim", "the farm")]}, {})
    assert (result.f1, result.threshold, result.curve) == (0.0, None, ())


def test_normalize_sentence() -> None:
    assert normalize_sentence("He said -LRB- twice -RRB- .") == normalize_sentence(
        "He said(twice)."
    )


def test_split_halves_is_fixed_and_disjoint() -> None:
    sentences = [f"Sentence number {i} ." for i in range(40)]
    tuning, heldout = split_halves(sentences)
    assert len(tuning) == len(heldout) == 20
    assert not set(tuning) & set(heldout)
    assert split_halves(list(reversed(sentences))) == (
        list(reversed(tuning)),
        list(reversed(heldout)),
    )


def test_readers(tmp_path: Path) -> None:
    gold = tmp_path / "gold.tsv"
    gold.write_text("Kim visited the farm .\tvisited\tKim\tthe farm \n", encoding="utf-8")
    assert read_gold(gold) == {"Kim visited the farm .": [ex("visited", "Kim", "the farm")]}
    tabbed = tmp_path / "out.tsv"
    tabbed.write_text("Kim visited the farm .\t0.5\tvisited\tKim\tthe farm\n", encoding="utf-8")
    assert read_tabbed(tabbed) == {
        "Kim visited the farm .": [ex("visited", "Kim", "the farm", confidence=0.5)]
    }
    tabbed.write_text("s\t0.5\tvisited\tKim\n\ns\thigh\tvisited\tKim\n", encoding="utf-8")
    with pytest.raises(CarbFormatError, match=r"out.tsv:3: confidence 'high'"):
        read_tabbed(tabbed)
