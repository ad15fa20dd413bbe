"""The TIMEX3 tagger's errors on TimeML documents, counted by phrase class.

    python bench/timex_errors.py TIMEML_DIR [--split tune|heldout|all] [--show CLASS ...]

Value F1 loses a point for each expression found with the wrong value, each one missed and each
one found where the gold has none; this counts the three by the class of the phrase (the gold
text, or the found text for what the gold lacks), so that rules are fixed in order of what they
cost. `--show` prints each error of the named classes ("all" for every one) with its context.
Tune rules on the tune split only: the held-out split measures them.
"""

from __future__ import annotations

import argparse
import re
from collections import Counter, defaultdict
from pathlib import Path

from kg.eval.timeml import load_gold_documents, parse_split, score_documents
from kg.model import TimeExpression

# First match wins: specific classes before general ones.
CLASSES = (
    ("now", r"^now$|right now|just now"),
    ("currently/present", r"currently|at present|presently|the present|these days|nowadays"),
    ("current", r"^current$"),
    ("recent(ly)", r"recent|lately"),
    ("future/soon", r"future|soon|near term|short term"),
    ("today", r"today|tonight"),
    ("yesterday/tomorrow", r"yesterday|tomorrow"),
    ("weekday+part of day", r"day (morning|afternoon|evening|night)"),
    ("weekday", r"\b(mon|tues|wednes|thurs|fri|satur|sun)days?\b"),
    (
        "year-ago comparison",
        r"year-(ago|earlier)|same (quarter|period)|corresponding|year's quarter",
    ),
    ("N units ago/later", r"\b(ago|earlier|later|before|after|from now|previously)$"),
    ("quarter", r"quarter|period"),
    ("this/last/next week", r"^(early |late |earlier |later )?(this|last|next|past|the) week$"),
    ("this/last/next year", r"^(early |late |earlier |later )?(this|last|next) year$"),
    ("decade/century", r"decade|centur|\d0'?s\b"),
    ("set/frequency", r"daily|weekly|monthly|annual|yearly|hourly|every|each|per\b|^a (year|day)$"),
    ("season", r"spring|summer|fall|autumn|winter"),
    ("part of day/clock", r"morning|afternoon|evening|night|a\.m|p\.m|noon|midnight|\d:\d\d"),
    ("month and day", r"(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.? \d"),
    (
        "month",
        r"\b(january|february|march|april|may|june|july|august|september|october|november"
        r"|december|jan|feb|aug|sept?|oct|nov|dec)\b",
    ),
    (
        "counted length",
        r"\b(\d+|one|two|three|four|five|six|seven|eight|nine|ten|a|an|several"
        r"|few|some|many)[- ](days?|weeks?|months?|years?|hours?|minutes?)\b",
    ),
    ("plural units", r"\b(days|weeks|months|years|hours|minutes)\b"),
    ("year", r"\b(19|20)\d\d\b"),
)
PATTERNS = tuple((name, re.compile(pattern)) for name, pattern in CLASSES)


def phrase_class(text: str) -> str:
    text = " ".join(text.lower().split())
    return next((name for name, pattern in PATTERNS if pattern.search(text)), "other")


def _show(timex: TimeExpression) -> str:
    return f"{' '.join(timex.mention.text.split())!r} {timex.timex_type} {timex.value}"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("gold", type=Path, help="folder of TimeML (.tml) files")
    parser.add_argument("--split", default="tune", help="tune, heldout or all")
    parser.add_argument("--show", nargs="*", default=(), help="classes whose errors to print")
    args = parser.parse_args()
    report = score_documents(load_gold_documents(args.gold, (), parse_split(args.split)))
    table: defaultdict[str, Counter[str]] = defaultdict(Counter)
    examples: defaultdict[str, list[str]] = defaultdict(list)
    for score in report.scores:
        doc = score.document.article
        errors = [
            ("wrong", g, f"{_show(g)}  |  {_show(f)}")
            for g, f in score.alignment.pairs
            if g.value != f.value
        ]
        errors += [("missed", g, _show(g)) for g in score.alignment.missed]
        errors += [("spurious", f, _show(f)) for f in score.alignment.spurious]
        for kind, timex, shown in errors:
            name = phrase_class(timex.mention.text)
            table[name][kind] += 1
            at = timex.mention.start
            context = " ".join(doc.text[max(0, at - 70) : timex.mention.end + 50].split())
            examples[name].append(
                f"  {kind:8s} {shown}  [{doc.id} {doc.published}] ...{context}..."
            )
    total: Counter[str] = Counter()
    print(f"{'class':24s} {'wrong':>6s} {'missed':>6s} {'spurious':>8s} {'total':>6s}")
    rows = sorted(table.items(), key=lambda row: -row[1].total())
    for name, counts in rows:
        total.update(counts)
        print(
            f"{name:24s} {counts['wrong']:6d} {counts['missed']:6d} {counts['spurious']:8d} "
            f"{counts.total():6d}"
        )
    print(
        f"{'total':24s} {total['wrong']:6d} {total['missed']:6d} {total['spurious']:8d} "
        f"{total.total():6d}"
    )
    print(report.table())
    shown = [name for name, _ in rows] if "all" in args.show else args.show
    for name in shown:
        print(f"\n== {name}")
        print("\n".join(examples[name]))


if __name__ == "__main__":
    main()
