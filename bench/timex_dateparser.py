"""The TIMEX3 tagger of kg and dateparser's `search_dates`, side by side on TimeML documents.

    python bench/timex_dateparser.py TIMEML_DIR [--split heldout|tune|all]

Both tools read the same texts with the same document creation time as the reference date, and
are scored with the same TempEval-3 measures (`kg.eval.timeml`). dateparser gives a datetime
per phrase, so its values are days (or times of day when the phrase has a clock time): it has
no durations, sets, weeks, seasons or vague references, which is part of what is compared.
Times are seconds per document of the whole work of each tool, the spaCy parse included for
kg (the model is loaded before the clock starts). dateparser is a dev dependency only.
"""

from __future__ import annotations

import argparse
import datetime as dt
import re
import time
import warnings
from collections.abc import Callable, Sequence
from pathlib import Path

from kg.eval.timeml import (
    SPLITS,
    GoldDocument,
    TimexCounts,
    align,
    load_gold_documents,
    parse_split,
    score_documents,
)
from kg.model import Mention, TimeExpression

CLOCK = re.compile(r"\d:\d\d|\b(?:a\.?m|p\.?m|noon|midnight)\b", re.IGNORECASE)

Tagger = Callable[[GoldDocument], list[TimeExpression]]


def dateparser_tagger() -> Tagger:
    from dateparser.search import search_dates

    def tag(document: GoldDocument) -> list[TimeExpression]:
        article = document.article
        assert article.published is not None
        base = dt.datetime.combine(article.published, dt.time(12, 0))
        settings = {"RELATIVE_BASE": base, "PREFER_DATES_FROM": "past"}
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")  # dateparser's own deprecation warnings
            found = search_dates(article.text, languages=["en"], settings=settings) or []
        expressions, at = [], 0
        for phrase, when in found:
            start = article.text.find(phrase, at)
            if start < 0 or not phrase.strip():
                continue
            at = start + len(phrase)
            if CLOCK.search(phrase):
                value, kind = when.strftime("%Y-%m-%dT%H:%M"), "TIME"
            else:
                value, kind = when.date().isoformat(), "DATE"
            mention = Mention(article.id, start, at, phrase)
            expressions.append(TimeExpression(mention, kind, value))
        return expressions

    return tag


def run_dateparser(documents: Sequence[GoldDocument]) -> tuple[TimexCounts, float]:
    tag = dateparser_tagger()
    counts, started = TimexCounts(), time.perf_counter()
    for document in documents:
        counts += align(document.timexes, tag(document)).counts()
    return counts, (time.perf_counter() - started) / len(documents)


def row(name: str, counts: TimexCounts, seconds: float) -> str:
    cells = [counts.prf(counts.strict)[2], counts.prf(counts.relaxed)[2]]
    cells += [counts.prf(counts.value)[2], counts.type_accuracy]
    return f"{name:12s} " + " ".join(f"{c:8.3f}" for c in cells) + f" {seconds * 1000:9.1f}"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("timeml_dir", type=Path)
    parser.add_argument("--split", choices=[*SPLITS, "all"], default="heldout")
    args = parser.parse_args()
    documents = load_gold_documents(args.timeml_dir, split=parse_split(args.split))
    ours = score_documents(documents)
    theirs, their_seconds = run_dateparser(documents)
    print(f"{len(documents)} documents ({args.split}), {ours.counts.gold} gold expressions")
    header = ("strictF1", "relaxF1", "valueF1", "typeAcc")
    print(f"{'tool':12s} " + " ".join(f"{h:>8s}" for h in header) + f" {'ms/doc':>9s}")
    print(row("kg", ours.counts, ours.seconds_per_document))
    print(row("dateparser", theirs, their_seconds))
    value_ratio = ours.counts.prf(ours.counts.value)[2] / max(theirs.prf(theirs.value)[2], 1e-9)
    time_ratio = ours.seconds_per_document / max(their_seconds, 1e-9)
    print(f"kg / dateparser: value F1 x{value_ratio:.2f}, time per document x{time_ratio:.2f}")


if __name__ == "__main__":
    main()
