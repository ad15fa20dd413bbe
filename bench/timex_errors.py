"""The TIMEX3 tagger's errors on TimeML documents, counted by phrase class or by mechanism.

    python bench/timex_errors.py TIMEML_DIR [--split tune|heldout|all] [--by phrase|mechanism]
        [--show CLASS ...]

Value F1 loses a point for each expression found with the wrong value, each one missed and each
one found where the gold has none. `--by phrase` (the default) counts the three by the class of
the phrase (the gold text, or the found text for what the gold lacks), so that rules are fixed
in order of what they cost. `--by mechanism` counts them by what went wrong, which carries over
to other documents where phrase lists do not: for a wrong value, the anchor or direction of a
relative date, its granularity, a value left unresolved (`X`) or resolved where the gold leaves
it vague, a length taken for a point; for a miss or a spurious expression, whether spaCy's
DATE/TIME entities cover it (our rules dropped or kept it) or not (our spotters must find it).
`--show` prints each error of the named classes ("all" for every one) with its context.
By phrase, `right` counts the expressions of the class found with the gold's value and `agree`
is right / (right + wrong): where the gold agrees with our reading of a class in most of its
instances, the rest are the corpus's inconsistencies; where it agrees in fewer than half, the
corpus has a convention our rules miss.
Tune rules on the tune split only: the held-out split measures them.
"""

from __future__ import annotations

import argparse
import datetime as dt
import re
import time
from collections import Counter, defaultdict
from pathlib import Path

from spacy.tokens import Doc

from kg.eval.timeml import (
    DocumentScore,
    TimexReport,
    align,
    load_gold_documents,
    parse_split,
)
from kg.model import TimeExpression
from kg.nlp import load_model
from kg.pipeline import BuildOptions
from kg.temporal import find_time_expressions

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

# A calendar value: year, then a month, week, quarter, half or season, then a day, then a time.
CALENDAR = re.compile(
    r"(?P<y>\d{4}|\d{3}|\d{2}|[\dX]{4})(?:-(?P<p>\d\d|XX|W[\dX]{1,2}|Q[\dX]|H[\dX]|SU|SP|FA|WI))?"
    r"(?:-(?P<d>\d\d|XX|WE))?(?P<t>T.*)?"
)
VAGUE = frozenset({"PAST_REF", "PRESENT_REF", "FUTURE_REF"})


def phrase_class(text: str) -> str:
    text = " ".join(text.lower().split())
    return next((name for name, pattern in PATTERNS if pattern.search(text)), "other")


def granularity(value: str) -> str | None:
    """The unit a calendar value names: T(ime), D(ay), W(eek), P(art of a year), M(onth),
    Y(ear), or E(ra: a decade or century)."""
    m = CALENDAR.fullmatch(value)
    if m is None:
        return None
    if m["t"]:
        return "T"
    if m["d"]:
        return "D"
    period = m["p"]
    if period:
        return "W" if period[0] == "W" else "M" if period[0] in "0123456789X" else "P"
    return "Y" if len(m["y"]) == 4 else "E"


def value_mechanism(gold: TimeExpression, found: TimeExpression, published: dt.date) -> str:
    """Why a found expression's value differs from the gold one."""
    g, f = gold.value, found.value
    types = {gold.timex_type, found.timex_type}
    if "DURATION" in types and len(types) == 2:
        return "duration vs point"
    if types == {"DURATION"}:
        return "duration length"
    if "SET" in types:
        return "set"
    if g in VAGUE or f in VAGUE:
        if g in VAGUE and f in VAGUE:
            return "vague: other reference"
        return "resolved where gold is vague" if g in VAGUE else "vague where gold resolves"
    if re.sub(r"W0(\d)", r"W\1", g) == re.sub(r"W0(\d)", r"W\1", f):
        return "format"
    if "X" in f and "X" not in g:
        return "unresolved (X) where gold resolves"
    if "X" in g and "X" not in f:
        return "resolved where gold has X"
    gu, fu = granularity(g), granularity(f)
    if gu is None or fu is None:
        return "other"
    if gu != fu:
        same = g.startswith(f) or f.startswith(g)
        return "granularity (same period)" if same else "granularity and date"
    if g[:4] != f[:4] and g[4:] == f[4:]:
        return "year"
    today = published.isoformat()
    if (g < today[: len(g)]) != (f < today[: len(f)]):
        return "direction (past/future of publication)"
    return "anchor or offset"


def span_mechanism(kind: str, timex: TimeExpression, doc: Doc) -> str:
    """Whether spaCy's DATE/TIME entities cover a missed or spurious expression."""
    covered = any(
        ent.label_ in ("DATE", "TIME")
        and ent.start_char < timex.mention.end
        and timex.mention.start < ent.end_char
        for ent in doc.ents
    )
    if kind == "missed":
        return "missed: spaCy has it, rules drop it" if covered else "missed: spaCy lacks it"
    return "spurious: from a spaCy entity" if covered else "spurious: from our spotters"


def _errors(counts: Counter[str]) -> int:
    return counts["wrong"] + counts["missed"] + counts["spurious"]


def _agreement(counts: Counter[str]) -> str:
    """The share of a class's found expressions whose value the gold agrees with."""
    valued = counts["right"] + counts["wrong"]
    return f"{counts['right'] / valued:.2f}" if counts["right"] and valued else "-"


def _show(timex: TimeExpression) -> str:
    return f"{' '.join(timex.mention.text.split())!r} {timex.timex_type} {timex.value}"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("gold", type=Path, help="folder of TimeML (.tml) files")
    parser.add_argument("--split", default="tune", help="tune, heldout or all")
    parser.add_argument("--by", choices=("phrase", "mechanism"), default="phrase")
    parser.add_argument("--show", nargs="*", default=(), help="classes whose errors to print")
    args = parser.parse_args()
    documents = load_gold_documents(args.gold, (), parse_split(args.split))
    options = BuildOptions()
    nlp = load_model(options.model)
    texts = ((d.article.text, d) for d in documents)
    scores: list[tuple[DocumentScore, Doc]] = []
    started = time.perf_counter()
    for doc, document in nlp.pipe(texts, as_tuples=True, batch_size=options.batch_size):
        article = document.article
        found = find_time_expressions(doc, article.id, article.published)
        now = time.perf_counter()
        score = DocumentScore(document, align(document.timexes, found), now - started)
        scores.append((score, doc))
        started = now
    report = TimexReport(tuple(score for score, _ in scores))
    table: defaultdict[str, Counter[str]] = defaultdict(Counter)
    examples: defaultdict[str, list[str]] = defaultdict(list)
    for score, doc in scores:
        article = score.document.article
        assert article.published is not None  # TimeML documents have a creation time
        errors = [
            ("wrong", g, f"{_show(g)}  |  {_show(f)}", value_mechanism(g, f, article.published))
            for g, f in score.alignment.pairs
            if g.value != f.value
        ]
        errors += [
            (kind, t, _show(t), span_mechanism(kind, t, doc))
            for kind, timexes in (
                ("missed", score.alignment.missed),
                ("spurious", score.alignment.spurious),
            )
            for t in timexes
        ]
        for g, f in score.alignment.pairs:
            if g.value == f.value and args.by == "phrase":
                table[phrase_class(g.mention.text)]["right"] += 1
        for kind, timex, shown, mechanism in errors:
            name = mechanism if args.by == "mechanism" else phrase_class(timex.mention.text)
            table[name][kind] += 1
            at = timex.mention.start
            context = " ".join(article.text[max(0, at - 70) : timex.mention.end + 50].split())
            examples[name].append(
                f"  {kind:8s} {shown}  [{article.id} {article.published}] ...{context}..."
            )
    total: Counter[str] = Counter()
    print(
        f"{'class':40s} {'wrong':>6s} {'missed':>6s} {'spurious':>8s} {'total':>6s} "
        f"{'right':>6s} {'agree':>6s}"
    )
    rows = sorted(table.items(), key=lambda row: -_errors(row[1]))
    for name, counts in (*rows, ("total", total)):
        if name != "total":
            total.update(counts)
        print(
            f"{name:40s} {counts['wrong']:6d} {counts['missed']:6d} {counts['spurious']:8d} "
            f"{_errors(counts):6d} {counts['right']:6d} {_agreement(counts):>6s}"
        )
    print(report.table())
    listed = [name for name, _ in rows] if "all" in args.show else args.show
    for name in listed:
        print(f"\n== {name}")
        print("\n".join(examples[name]))


if __name__ == "__main__":
    main()
