"""The `kg` command: options in, library calls, messages out. No logic lives here."""

from __future__ import annotations

import datetime as dt
import json
import logging
import sys
from pathlib import Path
from typing import Annotated, NoReturn

import typer

from kg import __version__
from kg.eval.gold import EvalReport, GoldError, evaluate
from kg.eval.timeml import TimeMLError, evaluate_timeml, parse_split
from kg.io.rdf import GraphFileError, load_dataset
from kg.io.read import InputError, ReadStats, read_articles
from kg.io.write import OutputError, check_target, format_for, write_dataset
from kg.model import ArticleFacts
from kg.nlp import ModelError
from kg.pipeline import BuildOptions, build_graph, tag_time_expressions
from kg.query import QueryError, ResultFormat, format_result, run_query
from kg.temporal import TSV_COLUMNS, tsv_row
from kg.validate import validate_file

app = typer.Typer(
    help="Build knowledge graphs of reported events from news articles, and query them.",
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
)


def fail(message: str, code: int = 1) -> NoReturn:
    typer.echo(f"kg: error: {message}", err=True)
    raise typer.Exit(code)


def _version(value: bool) -> None:
    if value:
        typer.echo(f"kg-events {__version__}")
        raise typer.Exit()


@app.callback()
def main(
    version: Annotated[
        bool,
        typer.Option("--version", callback=_version, is_eager=True, help="Show the version."),
    ] = False,
) -> None:
    """kg-events: who ordered what, to whom, when, where, according to whom."""


def _parse_date(value: str | None) -> dt.date | None:
    if value is None:
        return None
    try:
        return dt.date.fromisoformat(value)
    except ValueError:
        fail(f"--published {value!r}: expected a date as YYYY-MM-DD", 2)


@app.command()
def build(
    inputs: Annotated[
        list[str],
        typer.Argument(
            help="Article files (.txt/.md with optional YAML front matter, .jsonl), folders "
            "(read recursively), or - for standard input.",
            show_default=False,
        ),
    ],
    output: Annotated[
        Path,
        typer.Option(
            "--output",
            "-o",
            help="Graph file to write; its extension gives the format.",
            show_default=False,
        ),
    ],
    output_format: Annotated[
        str | None,
        typer.Option(
            "--format",
            "-f",
            help="turtle, nt, trig, nquads, json-ld or graphml (default: from -o).",
        ),
    ] = None,
    published: Annotated[
        str | None,
        typer.Option(help="Publication date (YYYY-MM-DD) for articles that carry none."),
    ] = None,
    model: Annotated[
        str | None,
        typer.Option(help="spaCy model name or path (default: en_core_web_sm if installed)."),
    ] = None,
    batch_size: Annotated[int, typer.Option(min=1, help="Articles per parser batch.")] = 16,
    skip_errors: Annotated[
        bool, typer.Option(help="Skip unreadable articles and lines, count them, and go on.")
    ] = False,
    quiet: Annotated[bool, typer.Option("--quiet", "-q", help="No progress output.")] = False,
) -> None:
    """Read articles and write their knowledge graph.

    The output is replaced only when the whole build succeeds.
    """
    date = _parse_date(published)
    try:
        fmt = format_for(output, output_format)
        check_target(output)
        options = BuildOptions(model=model, batch_size=batch_size)
        stats = ReadStats()
        articles = read_articles(inputs, published=date, skip_errors=skip_errors, stats=stats)
        progress = _Progress(quiet)
        dataset = build_graph(articles, options, on_article=progress.update)
        progress.done()
        written = write_dataset(dataset, output, fmt)
    except (InputError, OutputError, ModelError, ValueError) as exc:
        fail(str(exc))
    for error in stats.errors:
        typer.echo(f"kg: skipped: {error}", err=True)
    if not quiet:
        skipped = f", {stats.skipped} skipped" if stats.skipped else ""
        typer.echo(
            f"{progress.count} articles{skipped} -> {written} statements in {output}", err=True
        )


class _Progress:
    """A one-line article counter on a terminal; silent otherwise or when quiet."""

    def __init__(self, quiet: bool) -> None:
        self.count = 0
        self.live = not quiet and sys.stderr.isatty()

    def update(self, facts: ArticleFacts) -> None:
        self.count += 1
        if self.live:
            typer.echo(f"\r{self.count} articles ({facts.article.id})\033[K", err=True, nl=False)

    def done(self) -> None:
        if self.live:
            typer.echo("\r\033[K", err=True, nl=False)


@app.command()
def query(
    graph: Annotated[Path, typer.Argument(help="An RDF file written by kg build (any format).")],
    sparql: Annotated[str, typer.Argument(help="A SPARQL query, or the path of a .rq file.")],
    result_format: Annotated[
        ResultFormat, typer.Option("--format", "-f", help="How to print the result.")
    ] = ResultFormat.TABLE,
) -> None:
    """Run a SPARQL SELECT, ASK, CONSTRUCT or DESCRIBE query over a graph.

    The contract's prefixes (kg, kgr, sem, prov, schema, nif, geo, skos, rdfs, xsd) are
    predeclared, and the query sees the union of all the file's graphs.
    """
    text = sparql
    if sparql.endswith((".rq", ".sparql")):
        try:
            text = Path(sparql).read_text(encoding="utf-8")
        except OSError as exc:
            fail(f"{sparql}: cannot read the query file ({exc.strerror})")
    try:
        dataset = load_dataset(graph)
        result = run_query(dataset, text)
    except (GraphFileError, QueryError) as exc:
        fail(str(exc))
    typer.echo(format_result(result, result_format, dataset), nl=False)


@app.command()
def validate(
    graph: Annotated[Path, typer.Argument(help="An RDF file written by kg build.")],
) -> None:
    """Check a graph against the SHACL shapes in ontology/shapes.ttl.

    All named graphs of the file are merged first and validated as one graph. Exits 1 with a
    report of every violation when the graph does not conform.
    """
    try:
        result = validate_file(graph)
    except GraphFileError as exc:
        fail(str(exc))
    if not result.conforms:
        typer.echo(result.report, err=True)
        fail(f"{graph} does not conform to the shapes")
    typer.echo(f"{graph}: conforms")


@app.command("eval")
def eval_command(
    gold: Annotated[Path, typer.Argument(help="A folder of *.gold.json files (read recursively).")],
    articles: Annotated[
        list[str],
        typer.Option("--articles", "-a", help="Article files or folders the gold files refer to."),
    ],
    as_json: Annotated[bool, typer.Option("--json", help="Print the scores as JSON.")] = False,
    verbose: Annotated[
        bool, typer.Option("--verbose", "-v", help="Print every question with PASS or FAIL.")
    ] = False,
    model: Annotated[str | None, typer.Option(help="spaCy model name or path.")] = None,
) -> None:
    """Build each gold article's graph and score it against its gold file.

    Prints precision and recall by category (entities, orders, events and their slots, times)
    and the overall share of questions passed.
    """
    try:
        report = evaluate(gold, articles, BuildOptions(model=model))
    except (GoldError, InputError, ModelError, ValueError) as exc:
        fail(str(exc))
    if as_json:
        typer.echo(json.dumps(report.as_json(), indent=1))
        return
    if verbose:
        for score in report.scores:
            typer.echo(f"# {score.article_id}")
            typer.echo("\n".join(score.lines))
    typer.echo(_report_table(report))


def _report_table(report: EvalReport) -> str:
    lines = [f"{'category':24s} {'passed':>7s} {'total':>6s} {'rate':>6s}"]
    for category, (passed, total) in report.by_category().items():
        lines.append(f"{category:24s} {passed:7d} {total:6d} {passed / total:6.3f}")
    lines.append(f"{'overall':24s} {'':7s} {'':6s} {report.overall:6.3f}")
    lines.append(f"({len(report.scores)} articles)")
    return "\n".join(lines)


@app.command()
def timex(
    inputs: Annotated[
        list[str],
        typer.Argument(
            help="Articles, as kg build reads them (files, folders, -).", show_default=False
        ),
    ],
    published: Annotated[
        str | None,
        typer.Option(help="Publication date (YYYY-MM-DD) for articles that carry none."),
    ] = None,
    model: Annotated[str | None, typer.Option(help="spaCy model name or path.")] = None,
) -> None:
    """Print the time expressions of each article as TSV: offsets, TIMEX3 type and value."""
    date = _parse_date(published)
    try:
        articles = read_articles(inputs, published=date)
        typer.echo("\t".join(TSV_COLUMNS))
        for _, expressions in tag_time_expressions(articles, BuildOptions(model=model)):
            for expression in expressions:
                typer.echo(tsv_row(expression))
    except (InputError, ModelError, ValueError) as exc:
        fail(str(exc))


@app.command("eval-timeml")
def eval_timeml_command(
    gold: Annotated[
        Path,
        typer.Argument(help="A folder of TimeML (.tml) files or .timex.json annotations."),
    ],
    articles: Annotated[
        list[str] | None,
        typer.Option("--articles", "-a", help="Articles the .timex.json annotations refer to."),
    ] = None,
    split: Annotated[
        str, typer.Option(help="Which documents: tune, heldout (by a hash of the id) or all.")
    ] = "all",
    as_json: Annotated[bool, typer.Option("--json", help="Print the scores as JSON.")] = False,
    verbose: Annotated[
        bool, typer.Option("--verbose", "-v", help="Print each document's differences from gold.")
    ] = False,
    model: Annotated[str | None, typer.Option(help="spaCy model name or path.")] = None,
) -> None:
    """Score the time expressions found against TIMEX3 gold, as TempEval-3 does.

    Strict and relaxed span precision, recall and F1, value and type F1, and type accuracy.
    A TimeML file's creation time is the publication date its expressions resolve against.
    """
    try:
        report = evaluate_timeml(
            gold, articles or (), parse_split(split), BuildOptions(model=model)
        )
    except (TimeMLError, InputError, ModelError, ValueError) as exc:
        fail(str(exc))
    if as_json:
        typer.echo(json.dumps(report.as_json(), indent=1))
        return
    if verbose:
        for score in report.scores:
            lines = list(score.lines())
            if lines:
                typer.echo(f"# {score.document.article.id} ({score.document.article.published})")
                typer.echo("\n".join(lines))
    typer.echo(report.table())


def run() -> None:
    logging.basicConfig(format="kg: warning: %(message)s", level=logging.WARNING)
    app()


if __name__ == "__main__":
    run()
