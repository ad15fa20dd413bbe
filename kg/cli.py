"""The `kg` command: options in, library calls, messages out. No logic lives here."""

from __future__ import annotations

import datetime as dt
import json
import logging
import sys
from collections.abc import Iterable, Mapping, Sequence
from pathlib import Path
from typing import Annotated, Any, NoReturn, Self

import typer

from kg import __version__
from kg.cluster import ClusterError, Part
from kg.eval.benchie import BenchieFormatError
from kg.eval.benchie import evaluate as benchie_evaluate
from kg.eval.carb import CarbFormatError
from kg.eval.carb import evaluate as carb_evaluate
from kg.eval.gold import EvalReport, GoldError, evaluate
from kg.eval.places import PlaceGoldError, evaluate_places, format_place_mentions, place_mentions
from kg.eval.timeml import TimeMLError, evaluate_timeml, parse_split
from kg.io.rdf import GraphFileError
from kg.io.read import InputError, ReadStats, count_articles, read_articles
from kg.io.write import OutputError, check_target, format_for
from kg.model import Article
from kg.nlp import ModelError, load_model
from kg.pipeline import BuildOptions, build_file, tag_time_expressions, update_store
from kg.push import PushError, push_store
from kg.query import QueryError, ResultFormat
from kg.store import GraphStore, StoreError, query_text
from kg.temporal import TSV_COLUMNS, tsv_row
from kg.triples import OutputFormat as TripleFormat
from kg.triples import extract_texts, format_triples, read_lines
from kg.validate import validate_file

# The output format option of every command that writes a graph file.
GraphFormatOption = Annotated[
    str | None,
    typer.Option(
        "--format",
        "-f",
        help="turtle, nt, trig, nquads, json-ld or graphml (default: from -o).",
    ),
]

# The model option of every command that parses text.
ModelOption = Annotated[
    str | None,
    typer.Option(help="spaCy model name or path (default: en_core_web_sm if installed)."),
]

# The machine-readable output of the evaluation commands.
ScoresJsonOption = Annotated[bool, typer.Option("--json", help="Print the scores as JSON.")]

# The sentence half the Open IE scorers read (a fixed hash split; see kg.eval.carb).
HalfOption = Annotated[
    str, typer.Option(help="Which half of the sentences to score: heldout, tuning or all.")
]

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
        Path | None,
        typer.Option(
            "--output",
            "-o",
            help="Graph file to write; its extension gives the format.",
            show_default=False,
        ),
    ] = None,
    output_format: GraphFormatOption = None,
    published: Annotated[
        str | None,
        typer.Option(help="Publication date (YYYY-MM-DD) for articles that carry none."),
    ] = None,
    model: ModelOption = None,
    batch_size: Annotated[int, typer.Option(min=1, help="Articles per parser batch.")] = 16,
    skip_errors: Annotated[
        bool, typer.Option(help="Skip unreadable articles and lines, count them, and go on.")
    ] = False,
    quiet: Annotated[bool, typer.Option("--quiet", "-q", help="No progress output.")] = False,
    store: Annotated[
        Path | None,
        typer.Option(
            help="Build into this store folder instead of a file: only new or changed articles "
            "are parsed, each replacing its own graph.",
            show_default=False,
        ),
    ] = None,
    force: Annotated[
        bool, typer.Option(help="With --store: rebuild articles even when unchanged.")
    ] = False,
    verbose: Annotated[
        bool,
        typer.Option("--verbose", "-v", help="With --store: name each article once it is in."),
    ] = False,
    workers: Annotated[
        int, typer.Option(min=1, help="Processes that parse, one per core; same graph as one.")
    ] = 1,
    dask: Annotated[
        str | None,
        typer.Option(
            "--dask",
            metavar="ADDRESS",
            help="Parse on the Dask cluster whose scheduler is at ADDRESS (e.g. "
            "tcp://scheduler:8786); needs Dask (pip install 'kg-events\\[dask]').",
            show_default=False,
        ),
    ] = None,
    parts: Annotated[
        Path | None,
        typer.Option(
            help="With --dask: folder, shared by the workers and this machine, where the "
            "workers write N-Quads parts, kept after the build. Without -o or --store the "
            "build only writes the parts (for a triple store's bulk loader).",
            show_default=False,
        ),
    ] = None,
) -> None:
    """Read articles and write their knowledge graph to a file (-o) or a store (--store).

    A file is replaced only when the whole build succeeds. A store grows: each article goes in
    (or replaces its earlier version) in one transaction, so a build that stops midway keeps
    what it finished, and the next one picks up from there. .nq and .nt files are streamed
    (memory stays flat however large the corpus); the other formats are built in memory.
    """
    date = _parse_date(published)
    if parts is not None and dask is None:
        fail("--parts goes with --dask", 2)
    if dask is not None and workers > 1:
        fail("--workers is for one machine; with --dask the cluster's workers parse", 2)
    if (output is not None and store is not None) or (
        output is None and store is None and parts is None
    ):
        fail("give either -o FILE or --store FOLDER (or, with --dask, --parts FOLDER)", 2)
    stats = ReadStats()
    progress = _Progress(quiet or verbose, inputs)
    try:
        options = BuildOptions(model=model, batch_size=batch_size, workers=workers)
        articles = read_articles(inputs, published=date, skip_errors=skip_errors, stats=stats)
        with progress:
            if store is not None:
                summary = _build_store(
                    articles, store, options, force, verbose, progress, dask, parts
                )
            elif output is not None:
                summary = _build_file(
                    articles, output, output_format, options, progress, dask, parts
                )
            else:
                assert dask is not None and parts is not None
                summary = _build_parts(articles, dask, parts, options, progress)
    except (InputError, OutputError, ModelError, StoreError, ClusterError, ValueError) as exc:
        fail(str(exc))
    for error in stats.errors:
        typer.echo(f"kg: skipped: {error}", err=True)
    if not quiet:
        typer.echo(
            summary.format(skipped=f", {stats.skipped} skipped" if stats.skipped else ""), err=True
        )


def _build_file(
    articles: Iterable[Article],
    output: Path,
    output_format: str | None,
    options: BuildOptions,
    progress: _Progress,
    dask: str | None,
    parts: Path | None,
) -> str:
    fmt = format_for(output, output_format)
    check_target(output)
    if dask is None:
        written = build_file(articles, output, fmt, options, on_article=progress.written)
    else:
        from kg.cluster import build_file_on_dask

        written = build_file_on_dask(
            articles, output, dask, fmt, options, parts=parts, on_part=progress.part
        )
    return f"{progress.count} articles{{skipped}} -> {written} statements in {output}"


def _build_store(
    articles: Iterable[Article],
    folder: Path,
    options: BuildOptions,
    force: bool,
    verbose: bool,
    progress: _Progress,
    dask: str | None,
    parts: Path | None,
) -> str:
    def built(article: Article) -> None:
        progress.written(article)
        if verbose:
            typer.echo(f"built {article.id}", err=True)

    def part_built(part: Part) -> None:
        progress.part(part)
        if verbose:
            for article_id, _ in part.articles:
                typer.echo(f"built {article_id}", err=True)

    with GraphStore.open(folder, writable=True) as store:
        if dask is None:
            update = update_store(
                articles, store, options, force=force, on_article=built, on_unchanged=progress.skip
            )
        else:
            from kg.cluster import update_store_on_dask

            update = update_store_on_dask(
                articles,
                store,
                dask,
                options,
                parts=parts,
                force=force,
                on_part=part_built,
                on_unchanged=progress.skip,
            )
    return (
        f"{update.built} articles built, {update.unchanged} unchanged{{skipped}} "
        f"-> {update.quads} statements written to {folder}"
    )


def _build_parts(
    articles: Iterable[Article], dask: str, folder: Path, options: BuildOptions, progress: _Progress
) -> str:
    from kg.cluster import build_parts

    folder.mkdir(parents=True, exist_ok=True)
    count = statements = 0
    for part in build_parts(articles, dask, folder, options):
        progress.part(part)
        count += 1
        statements += part.statements
    return (
        f"{progress.count} articles{{skipped}} -> {statements} statements in {count} "
        f"N-Quads parts in {folder}/"
    )


class _Progress:
    """A progress bar (articles, articles/s, time left) on a terminal; silent otherwise.

    The total is counted from the inputs before the build starts, when there is a bar to show.
    """

    def __init__(self, quiet: bool, inputs: Sequence[str]) -> None:
        self.count = 0
        self.live = not quiet and sys.stderr.isatty()
        self._bar: Any = None
        self._task: Any = None
        self._inputs = inputs

    def __enter__(self) -> Self:
        if self.live:
            from rich.console import Console
            from rich.progress import (
                BarColumn,
                MofNCompleteColumn,
                Progress,
                TextColumn,
                TimeElapsedColumn,
                TimeRemainingColumn,
            )

            self._bar = Progress(
                TextColumn("building"),
                BarColumn(),
                MofNCompleteColumn(),
                TextColumn("articles"),
                TextColumn("{task.fields[rate]}"),
                TimeElapsedColumn(),
                TextColumn("left"),
                TimeRemainingColumn(),
                console=Console(stderr=True),
                transient=True,
            )
            self._task = self._bar.add_task("build", total=count_articles(self._inputs), rate="")
            self._bar.start()
        return self

    def __exit__(self, *exc: object) -> None:
        if self._bar is not None:
            self._bar.stop()

    def _advance(self, n: int) -> None:
        if self._bar is None:
            return
        self._bar.advance(self._task, n)
        speed = self._bar.tasks[0].speed
        if speed:
            self._bar.update(self._task, rate=f"{speed:.1f}/s")

    def written(self, article: Article) -> None:
        self.count += 1
        self._advance(1)

    def part(self, part: Part) -> None:
        self.count += len(part.articles)
        self._advance(len(part.articles))

    def skip(self, article: Article) -> None:
        self._advance(1)


@app.command()
def query(
    graph: Annotated[
        Path, typer.Argument(help="An RDF file written by kg build (any format), or a store.")
    ],
    sparql: Annotated[str, typer.Argument(help="A SPARQL query, or the path of a .rq file.")],
    result_format: Annotated[
        ResultFormat, typer.Option("--format", "-f", help="How to print the result.")
    ] = ResultFormat.TABLE,
) -> None:
    """Run a SPARQL SELECT, ASK, CONSTRUCT or DESCRIBE query over a graph.

    The contract's prefixes (kg, kgr, sem, prov, schema, nif, geo, skos, rdfs, xsd) are
    predeclared, and the query sees the union of all the file's (or store's) graphs.
    """
    text = sparql
    if sparql.endswith((".rq", ".sparql")):
        try:
            text = Path(sparql).read_text(encoding="utf-8")
        except OSError as exc:
            fail(f"{sparql}: cannot read the query file ({exc.strerror})")
    try:
        answer = query_text(graph, text, result_format)
    except (GraphFileError, QueryError, StoreError) as exc:
        fail(str(exc))
    typer.echo(answer, nl=False)


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


@app.command()
def places(
    inputs: Annotated[
        list[str],
        typer.Argument(
            help="Article files, folders or JSON Lines, as for build.", show_default=False
        ),
    ],
    model: Annotated[
        str | None, typer.Option("--model", help="spaCy model package or path.")
    ] = None,
) -> None:
    """List every place mention with the GeoNames link chosen, its confidence and the
    runner-up, as TSV, for checking by eye."""
    try:
        for line in format_place_mentions(place_mentions(read_articles(inputs), model)):
            typer.echo(line)
    except (InputError, ModelError) as error:
        fail(str(error))


@app.command("eval-places")
def eval_places(
    gold: Annotated[
        Path, typer.Argument(help="Gold TSV (see kg.eval.places).", show_default=False)
    ],
    articles: Annotated[
        list[str],
        typer.Option(
            "--articles", help="Articles the gold refers to (repeatable).", show_default=False
        ),
    ],
    split: Annotated[
        str, typer.Option("--split", help="Gold rows to score: heldout, tune or all.")
    ] = "heldout",
    model: Annotated[
        str | None, typer.Option("--model", help="spaCy model package or path.")
    ] = None,
) -> None:
    """Score place grounding against a gold file: link accuracy and wrong-link rate."""
    if split not in {"heldout", "tune", "all"}:
        fail(f"--split {split!r}: expected heldout, tune or all", 2)
    try:
        score = evaluate_places(gold, articles, None if split == "all" else split, model)
        typer.echo(score.report())
    except (PlaceGoldError, InputError, ModelError, OSError) as error:
        fail(str(error))


@app.command()
def export(
    store: Annotated[Path, typer.Argument(help="A store folder written by kg build --store.")],
    output: Annotated[
        Path,
        typer.Option(
            "--output",
            "-o",
            help="File to write; its extension gives the format.",
            show_default=False,
        ),
    ],
    output_format: GraphFormatOption = None,
) -> None:
    """Write a store's knowledge graph to a file, as kg build -o would have.

    TriG and N-Quads keep the graphs and are streamed; the store's metadata graph is left out.
    """
    try:
        with GraphStore.open(store) as opened:
            count = opened.dump(output, output_format)
    except (StoreError, OutputError, ValueError) as exc:
        fail(str(exc))
    typer.echo(f"{count} statements -> {output}", err=True)


@app.command()
def stats(
    store: Annotated[Path, typer.Argument(help="A store folder written by kg build --store.")],
) -> None:
    """Count a store's articles, entities by type, events by class and triples."""
    try:
        with GraphStore.open(store) as opened:
            counts = opened.stats()
    except StoreError as exc:
        fail(str(exc))
    lines = [
        f"articles  {counts.articles}",
        f"triples   {counts.triples} in {counts.graphs} graphs",
        "entities  " + _counted(counts.entities),
        "events    " + _counted(counts.events),
        "built by  " + _counted(counts.built_with),
    ]
    typer.echo("\n".join(lines))


def _counted(counts: Mapping[str, int]) -> str:
    return ", ".join(f"{name} {n}" for name, n in counts.items()) or "none"


@app.command()
def remove(
    store: Annotated[Path, typer.Argument(help="A store folder written by kg build --store.")],
    ids: Annotated[list[str], typer.Argument(help="Ids of the articles to remove.")],
) -> None:
    """Remove articles from a store, with the entities no remaining article mentions."""
    missing = []
    try:
        with GraphStore.open(store, writable=True) as opened:
            for article_id in ids:
                if not opened.remove(article_id):
                    missing.append(article_id)
    except StoreError as exc:
        fail(str(exc))
    removed = len(ids) - len(missing)
    typer.echo(f"{removed} article{'s' if removed != 1 else ''} removed from {store}", err=True)
    if missing:
        fail("not in the store: " + ", ".join(missing))


@app.command("serve")
def serve_command(
    store: Annotated[Path, typer.Argument(help="A store folder written by kg build --store.")],
    port: Annotated[int, typer.Option(help="Port to listen on (0: any free port).")] = 7878,
    host: Annotated[
        str, typer.Option(help="Address to listen on; the default answers this machine only.")
    ] = "127.0.0.1",
    timeout: Annotated[float, typer.Option(help="Seconds a query may run.")] = 30.0,
    limit: Annotated[int, typer.Option(help="Most rows or triples in one answer.")] = 10_000,
    workers: Annotated[int, typer.Option(help="Queries answered at once.")] = 2,
    allow_update: Annotated[
        bool, typer.Option(help="Accept SPARQL updates (they bypass kg build's bookkeeping).")
    ] = False,
    log: Annotated[bool, typer.Option(help="Log every request to standard error.")] = False,
    memory: Annotated[
        bool, typer.Option(help="Answer from a copy in memory (faster joins; RAM, slower start).")
    ] = False,
) -> None:
    """Answer SPARQL 1.1 Protocol queries over a store at /sparql, with a query page at /.

    Read-only unless --allow-update. Stop with Ctrl-C.
    """
    from kg.server import ServeOptions, serve

    try:
        options = ServeOptions(host, port, timeout, limit, workers, allow_update, memory)
        serve(
            store,
            options,
            on_ready=lambda url: typer.echo(f"kg: serving {store} at {url}", err=True),
            log=(lambda line: typer.echo(line, err=True)) if log else None,
        )
    except (StoreError, ValueError) as exc:
        fail(str(exc))
    except OSError as exc:
        fail(f"cannot listen on {host}:{port} ({exc.strerror or exc})")


@app.command()
def push(
    store: Annotated[Path, typer.Argument(help="A store folder written by kg build --store.")],
    endpoint: Annotated[
        str,
        typer.Argument(
            help="Graph Store Protocol address, e.g. http://localhost:7878/store (Oxigraph), "
            "http://localhost:3030/ds/data (Fuseki)."
        ),
    ],
    timeout: Annotated[float, typer.Option(help="Seconds to wait for each graph.")] = 60.0,
) -> None:
    """Copy a store's graphs to a triple store, one PUT per graph (pushing again replaces)."""

    try:
        with GraphStore.open(store) as opened:
            report = push_store(opened, endpoint, timeout=timeout)
    except (StoreError, PushError) as exc:
        fail(str(exc))
    typer.echo(f"{report.graphs} graphs, {report.triples} triples -> {endpoint}", err=True)


@app.command("triples")
def triples_command(
    source: Annotated[
        str,
        typer.Argument(
            help="A file of sentences, one a line (as CaRB gives them), or - for standard "
            "input; with --articles, article files and folders as for kg build.",
            show_default=False,
        ),
    ],
    output_format: Annotated[
        TripleFormat, typer.Option("--format", "-f", help="tsv, carb (CaRB's tabbed) or jsonl.")
    ] = TripleFormat.TSV,
    articles: Annotated[
        bool, typer.Option("--articles", help="Read whole articles (kg build's inputs).")
    ] = False,
    model: ModelOption = None,
    batch_size: Annotated[int, typer.Option(min=1, help="Texts per parser batch.")] = 64,
) -> None:
    """Write the subject-predicate-object triples of every sentence, one a line."""
    try:
        nlp = load_model(model)
        items: Iterable[tuple[str, str]]
        if articles:
            items = ((a.id, a.text) for a in read_articles([source]))
        else:
            items = read_lines(source)
        results = extract_texts(items, nlp, batch_size)
        for line in format_triples(results, output_format, whole_texts=not articles):
            typer.echo(line)
    except (InputError, ModelError) as exc:
        fail(str(exc))


@app.command("eval-carb")
def eval_carb(
    gold: Annotated[Path, typer.Argument(help="CaRB gold tuples (gold.tsv).")],
    sentences: Annotated[Path, typer.Argument(help="CaRB sentences, one a line.")],
    half: HalfOption = "heldout",
    extractions: Annotated[
        Path | None,
        typer.Option(help="Score this file of extractions (CaRB tabbed) instead of kg triples."),
    ] = None,
    model: ModelOption = None,
) -> None:
    """Score triples on CaRB (binary lenient match): AUC and the optimal F1 over confidences."""
    try:
        result = carb_evaluate(gold, sentences, half, extractions, model)
    except (CarbFormatError, InputError, ModelError, ValueError) as exc:
        fail(str(exc))
    typer.echo(
        f"{half}: {result.sentences} sentences, {result.gold} gold, {result.predicted} predicted\n"
        f"AUC {result.auc:.3f}  P {result.precision:.3f}  R {result.recall:.3f}  "
        f"F1 {result.f1:.3f}  (threshold {result.threshold})"
    )


@app.command("eval-benchie")
def eval_benchie(
    gold: Annotated[Path, typer.Argument(help="BenchIE gold fact synsets (English).")],
    sentences: Annotated[Path, typer.Argument(help="BenchIE sentences, one a line.")],
    half: HalfOption = "heldout",
    extractions: Annotated[
        Path | None,
        typer.Option(help="Score this file (sentence id, subject, relation, object; tabbed)."),
    ] = None,
    model: ModelOption = None,
) -> None:
    """Score compact binary facts on BenchIE: exact match with a fact synset, each synset once."""
    try:
        result = benchie_evaluate(gold, sentences, half, extractions, model)
    except (BenchieFormatError, InputError, ModelError, ValueError) as exc:
        fail(str(exc))
    typer.echo(
        f"{half}: {result.sentences} sentences, {result.synsets} fact synsets, "
        f"{result.extractions} extractions\n"
        f"P {result.precision:.3f}  R {result.recall:.3f}  F1 {result.f1:.3f}"
    )


@app.command("eval")
def eval_command(
    gold: Annotated[Path, typer.Argument(help="A folder of *.gold.json files (read recursively).")],
    articles: Annotated[
        list[str],
        typer.Option("--articles", "-a", help="Article files or folders the gold files refer to."),
    ],
    as_json: ScoresJsonOption = False,
    verbose: Annotated[
        bool, typer.Option("--verbose", "-v", help="Print every question with PASS or FAIL.")
    ] = False,
    model: ModelOption = None,
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
    calibration = report.calibration()
    if calibration:
        lines.append("\norders by kg:confidence   found  precision")
        lines.extend(f"{bucket:24s} {n:6d} {p:10.3f}" for bucket, n, p in calibration)
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
    model: ModelOption = None,
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
    as_json: ScoresJsonOption = False,
    verbose: Annotated[
        bool, typer.Option("--verbose", "-v", help="Print each document's differences from gold.")
    ] = False,
    model: ModelOption = None,
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
