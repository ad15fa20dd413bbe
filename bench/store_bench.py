"""Benchmarks of the store: incremental builds, N-Quads bulk loading, SPARQL latency.

    python bench/store_bench.py CORPUS.jsonl --work DIR [--articles 1000] [--triples 1000000]

CORPUS is a JSON Lines corpus with at least `--articles` + 10 articles. Everything is measured
side by side in one run and printed as a table:

1. Incremental build: a store of `--articles` articles is built with the parser; then, with the
   model loaded once, "build 10 new articles into an empty store" and "add the same 10 to the
   full store" are timed in turn (median of `--repeat` rounds; the 10 are removed again between
   rounds, untimed). Target: the second costs at most 1.2x the first.
2. Loading: the store's quads are dumped as N-Quads and replicated with rewritten article ids
   (entities stay shared, as in a real corpus) until they hold `--triples`; the bulk load of
   that file into a new store is timed (triples/s), then its compaction (`Store.optimize`).
3. SPARQL: the seed's competency queries and three analyst queries, timed end to end from the
   query text to the result as SPARQL JSON bytes, which is what a user of `kg query --format
   json` or `kg serve` receives: on that store through `GraphStore.answer` (Oxigraph evaluates
   and writes the result), and on the same N-Quads in rdflib's in-memory Dataset through
   `Dataset.query(...).serialize(format="json")` (rdflib evaluates and writes it). The store
   is also copied into memory as `kg serve --memory` does, and timed alike. Each query runs on
   both engines one right after the other, so that both see the same load of the machine.
   rdflib runs in a forked child per query, ended after `--rdflib-cap` seconds.
"""

from __future__ import annotations

import argparse
import json
import os
import re
import shutil
import signal
import statistics
import subprocess
import sys
import time
from collections.abc import Callable
from pathlib import Path

import pyoxigraph as ox

from kg.io.read import read_articles
from kg.model import Article
from kg.pipeline import BuildOptions, update_store
from kg.query import ResultFormat
from kg.server import open_worker_store
from kg.store import PREFIX_MAP, GraphStore

SEED_QUERIES = {
    # In the entity graph, where every entity's type and name are: Oxigraph looks into one
    # graph more cheaply than into the union of all (rdflib takes as long either way).
    "people": "SELECT ?name WHERE { GRAPH <https://w3id.org/kg-events/id/graph/entities> { "
    "?p a schema:Person ; rdfs:label ?name } }",
    "forbidden label": 'ASK { ?e rdfs:label ?l . FILTER(STR(?l) = "Comrade Kim Yo Jong") '
    "VALUES ?t { schema:Person schema:Organization schema:Place kg:Group } ?e a ?t }",
    "order issuer": 'SELECT ?o WHERE { ?o a kg:Order ; kg:agent/rdfs:label "Kim Yo Jong" }',
    # Joins written out where a path would end in a free variable: Oxigraph evaluates such a
    # path on its own (every label of the store) before joining it.
    "order recipients": "SELECT ?l WHERE { ?o a kg:Order ; kg:recipient ?r . ?r rdfs:label ?l }",
    "order date": "ASK { ?o a kg:Order ; kg:time/kg:timexValue ?v . "
    'FILTER(CONTAINS(?v, "-06-10")) }',
    "order source": "ASK { ?o a kg:Order ; prov:wasAttributedTo/rdfs:label ?l . "
    'FILTER(CONTAINS(LCASE(?l), "source")) }',
    "order evidence": 'SELECT ?text WHERE { ?o a kg:Order ; kg:agent/rdfs:label "Kim Yo Jong" ; '
    "kg:evidence/nif:anchorOf ?text }",
    "quoted statement": 'ASK { ?s a kg:Statement ; kg:agent/rdfs:label "Kim Yo Jong" ; '
    'kg:quote ?q . FILTER(CONTAINS(?q, "blemish")) }',
    # The most specific pattern first: Oxigraph keeps the written order of patterns it cannot
    # tell apart (it has no statistics), rdflib orders them itself.
    "planned visit": 'ASK { ?e kg:patient/rdfs:label "families of defectors" ; '
    'kg:predicate "visit" ; kg:modality "planned" }',
    # Scoped to the seed article, whose offsets the competency question checks, and to its
    # graph, where its mentions are (cheaper for Oxigraph, as in "people").
    "offsets": "SELECT ?b ?e ?a WHERE { "
    "GRAPH <https://w3id.org/kg-events/id/graph/000_39c164ef8ecf0c18> { "
    "?m nif:referenceContext <https://w3id.org/kg-events/id/article/000_39c164ef8ecf0c18> ; "
    "nif:beginIndex ?b ; nif:endIndex ?e ; nif:anchorOf ?a } }",
}

ANALYST_QUERIES = {
    "orders by issuer and month": """
SELECT ?issuer ?month (COUNT(DISTINCT ?order) AS ?orders) WHERE {
  ?order a kg:Order ; kg:agent ?agent ; sem:hasTimeStamp ?date . ?agent rdfs:label ?issuer .
  BIND(SUBSTR(STR(?date), 1, 7) AS ?month)
} GROUP BY ?issuer ?month ORDER BY DESC(?orders) ?issuer ?month""",
    "events in a province": """
SELECT ?event ?class ?date WHERE {
  ?place rdfs:label "{PROVINCE}" .
  ?event sem:hasPlace/schema:containedInPlace* ?place ; a ?class . FILTER(?class != sem:Event)
  OPTIONAL { ?event sem:hasTimeStamp ?date }
} ORDER BY ?date""",
    "who met whom": """
SELECT ?who ?whom (COUNT(DISTINCT ?meeting) AS ?meetings) WHERE {
  ?meeting a kg:Meeting ; kg:agent ?a ; kg:recipient|kg:patient ?b .
  ?a a schema:Person ; rdfs:label ?who . ?b rdfs:label ?whom . FILTER(?a != ?b)
} GROUP BY ?who ?whom ORDER BY DESC(?meetings) ?who ?whom""",
}

_ARTICLE_IRI = re.compile(
    rb"(<https://w3id\.org/kg-events/id/(?:article|graph|mention|time|event)/)"
)


def log(message: str) -> None:
    print(message, file=sys.stderr, flush=True)


def timed(action: object) -> float:
    start = time.perf_counter()
    action()  # type: ignore[operator]
    return time.perf_counter() - start


def incremental(articles: list[Article], work: Path, repeat: int, reuse: bool) -> dict[str, float]:
    base, new = articles[:-10], articles[-10:]
    full = work / "store-full"
    options = BuildOptions()
    if not reuse:
        shutil.rmtree(full, ignore_errors=True)
    # With `reuse`, an existing store skips its unchanged articles: this only loads the model.
    with GraphStore.open(full, writable=True) as store:
        seconds = timed(lambda: update_store(base, store, options))
    log(f"built {len(base)} articles in {seconds:.1f} s")
    alone, added = [], []
    for round_ in range(repeat):
        empty = work / f"store-ten-{round_}"
        shutil.rmtree(empty, ignore_errors=True)
        with GraphStore.open(empty, writable=True) as store:
            alone.append(timed(lambda: update_store(new, store, options)))
        shutil.rmtree(empty)
        with GraphStore.open(full, writable=True) as store:
            added.append(timed(lambda: update_store(new, store, options)))
            for article in new:
                store.remove(article.id)
        log(f"round {round_}: alone {alone[-1]:.3f} s, into the full store {added[-1]:.3f} s")
    return {
        "base_articles": len(base),
        "base_build_s": seconds,
        "ten_alone_s": statistics.median(alone),
        "ten_into_full_s": statistics.median(added),
        "ratio": statistics.median(added) / statistics.median(alone),
    }


def replicate(full: Path, target: int, out: Path) -> int:
    """Write N-Quads of the store replicated under new article ids; returns how many quads."""
    base = out.with_suffix(".base.nq")
    with GraphStore.open(full) as store:
        store.dump(base)
    lines = base.read_bytes().splitlines()
    entity_graph = b"<https://w3id.org/kg-events/id/graph/entities> ."
    article_lines = [line for line in lines if not line.endswith(entity_graph)]
    shared = len(lines) - len(article_lines)
    copies = max(1, -(-(target - shared) // max(1, len(article_lines))))
    with out.open("wb") as stream:
        stream.writelines(line + b"\n" for line in lines)
        for copy in range(1, copies):
            prefix = b"\\1r%d-" % copy
            stream.writelines(_ARTICLE_IRI.sub(prefix, line) + b"\n" for line in article_lines)
    return shared + copies * len(article_lines)


def bulk_load(nquads: Path, target: Path) -> dict[str, float]:
    shutil.rmtree(target, ignore_errors=True)
    store = ox.Store(str(target))
    seconds = timed(lambda: store.bulk_load(path=str(nquads), format=ox.RdfFormat.N_QUADS))
    count = len(store)
    # Make it a kg-events store, so that GraphStore (and kg query) open it.
    store.update(
        "INSERT DATA { GRAPH <https://w3id.org/kg-events/store#metadata> { "
        "<https://w3id.org/kg-events/store#store> "
        "<https://w3id.org/kg-events/store#schemaVersion> 1 } }"
    )
    store.flush()
    # As a build of that many articles does when it closes (kg.store.OPTIMIZE_ARTICLES).
    optimize = timed(store.optimize)
    return {
        "quads": count,
        "load_s": seconds,
        "triples_per_s": count / seconds,
        "optimize_s": optimize,
    }


def province_of(store: GraphStore) -> str:
    rows = store.query(
        "SELECT ?name (COUNT(?e) AS ?n) WHERE { ?e sem:hasPlace ?p . ?p rdfs:label ?name . "
        'FILTER(CONTAINS(?name, "Province")) } GROUP BY ?name ORDER BY DESC(?n) LIMIT 1'
    ).rows
    if rows:
        return str(rows[0][0])
    rows = store.query(
        "SELECT ?name (COUNT(?e) AS ?n) WHERE { ?e sem:hasPlace/rdfs:label ?name } "
        "GROUP BY ?name ORDER BY DESC(?n) LIMIT 1"
    ).rows
    return str(rows[0][0]) if rows else "Pyongyang"


def median_ms(action: Callable[[], object], runs: int) -> tuple[float, float]:
    """Median wall-clock and CPU milliseconds of `runs` calls.

    On a shared machine, wall-clock time also counts the time other processes held the cores;
    the CPU time of this process is the work of the query alone.
    """
    wall, cpu = [], []
    for _ in range(runs):
        started, started_cpu = time.perf_counter(), time.process_time()
        action()
        cpu.append(time.process_time() - started_cpu)
        wall.append(time.perf_counter() - started)
    return statistics.median(wall) * 1000, statistics.median(cpu) * 1000


def rows_of(answer: bytes) -> int:
    """How many rows a SPARQL JSON answer holds (an ASK counts as its 0 or 1)."""
    document = json.loads(answer)
    if "boolean" in document:
        return int(document["boolean"])
    return len(document["results"]["bindings"])


def rdflib_worker(nquads: Path, runs: int, cap: float) -> None:
    """Load the N-Quads once, then answer each query read from stdin (one JSON string a line)
    in a forked child that is ended after `cap` seconds."""
    from kg.io.rdf import load_dataset

    prologue = {prefix: namespace for prefix, namespace in PREFIX_MAP.items()}
    start = time.perf_counter()
    dataset = load_dataset(nquads)
    # rdflib's first query in a process sets up its parser (about 0.2 s): done here, once,
    # so that the children forked below do not each pay it.
    dataset.query("ASK { ?s a kg:Order ; rdfs:label ?l }", initNs=prologue).serialize(format="json")
    print(json.dumps({"load_s": time.perf_counter() - start}), flush=True)
    for line in sys.stdin:
        query = json.loads(line)
        read, write = os.pipe()
        child = os.fork()
        if child == 0:
            os.close(read)
            answers: list[bytes] = []

            def run(q: str = query, out: list[bytes] = answers) -> None:
                out.append(dataset.query(q, initNs=prologue).serialize(format="json"))

            # One run when it takes longer than 10 s (rdflib's slow joins), else `runs`.
            first = median_ms(run, 1)
            wall, cpu = first if first[0] > 10_000 else median_ms(run, runs)
            report = {"ms": wall, "cpu_ms": cpu, "rows": rows_of(answers[-1])}
            os.write(write, json.dumps(report).encode())
            os._exit(0)
        os.close(write)
        deadline = time.monotonic() + cap
        while time.monotonic() < deadline:
            done, _ = os.waitpid(child, os.WNOHANG)
            if done:
                break
            time.sleep(0.01)
        else:
            os.kill(child, signal.SIGKILL)
            os.waitpid(child, 0)
        data = os.read(read, 1 << 20)
        os.close(read)
        print(data.decode() if data else json.dumps({"ms": None, "rows": None}), flush=True)


def latency(
    work: Path, nquads: Path, queries: dict[str, str], runs: int, cap: float
) -> tuple[dict[str, float], list[dict[str, object]]]:
    command = [sys.executable, __file__, str(nquads), "--rdflib-worker"]
    command += ["--runs", str(max(3, runs // 3)), "--rdflib-cap", str(cap)]
    rdflib = subprocess.Popen(command, stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True)
    assert rdflib.stdin is not None and rdflib.stdout is not None
    # What `kg serve --memory` answers from: each worker's copy of the store.
    started = time.perf_counter()
    memory = open_worker_store(str(work / "store-1m"), writable=False, memory=True)
    loads = {"oxigraph_memory_copy_s": time.perf_counter() - started}
    log(
        f"kg serve --memory copied the store into memory in {loads['oxigraph_memory_copy_s']:.1f} s"
    )
    loads["rdflib_load_s"] = json.loads(rdflib.stdout.readline())["load_s"]
    log(f"rdflib loaded the N-Quads in {loads['rdflib_load_s']:.1f} s")
    prefixes = dict(PREFIX_MAP)

    def in_memory(query: str) -> bytes:
        answer = memory.query(query, prefixes=prefixes, use_default_graph_as_union=True)
        return answer.serialize(format=ox.QueryResultsFormat.JSON) or b""

    table = []
    with GraphStore.open(work / "store-1m") as store:
        for name, query in queries.items():
            rows = rows_of(store.answer(query, ResultFormat.JSON))
            store_ms, store_cpu = median_ms(
                lambda q=query: store.answer(q, ResultFormat.JSON), runs
            )
            memory_rows = rows_of(in_memory(query))
            memory_ms, memory_cpu = median_ms(lambda q=query: in_memory(q), runs)
            rdflib.stdin.write(json.dumps(query) + "\n")
            rdflib.stdin.flush()
            other = json.loads(rdflib.stdout.readline())
            row = {
                "query": name,
                "rdflib_ms": other["ms"],
                "oxigraph_ms": store_ms,
                "oxigraph_memory_ms": memory_ms,
                "rdflib_cpu_ms": other.get("cpu_ms"),
                "oxigraph_cpu_ms": store_cpu,
                "oxigraph_memory_cpu_ms": memory_cpu,
                "rows": rows,
                "rows_memory": memory_rows,
                "rows_rdflib": other["rows"],
            }
            log(json.dumps(row))
            table.append(row)
    rdflib.stdin.close()
    rdflib.wait()
    return loads, table


def print_table(table: list[dict[str, object]], cap: float, time: str = "") -> None:
    """The table of medians: wall-clock (`time` = "") or CPU (`time` = "cpu_")."""
    header = ("query", "rdflib ms", "oxigraph ms", "ratio", "in memory ms", "ratio", "rows")
    print(f"\n{time or 'wall_'}ms\n| " + " | ".join(header) + " |\n|" + "---|" * len(header))
    for row in table:
        rdflib, store = row[f"rdflib_{time}ms"], row[f"oxigraph_{time}ms"]
        memory = row[f"oxigraph_memory_{time}ms"]
        assert isinstance(store, float) and isinstance(memory, float)
        if isinstance(rdflib, float):
            cells = [f"{rdflib:.1f}", f"{store:.2f}", f"{rdflib / store:.0f}x"]
            cells += [f"{memory:.2f}", f"{rdflib / memory:.0f}x"]
        else:
            cells = [f"> {cap:.0f} s", f"{store:.2f}", f"> {cap * 1000 / store:.0f}x"]
            cells += [f"{memory:.2f}", f"> {cap * 1000 / memory:.0f}x"]
        same = row["rows"] == row["rows_memory"] == row["rows_rdflib"]
        rows = str(row["rows"]) if same else f"{row['rows']} / {row['rows_rdflib']} (rdflib)"
        print("| " + " | ".join([str(row["query"]), *cells, rows]) + " |")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("corpus", type=Path)
    parser.add_argument("--work", type=Path, required=False)
    parser.add_argument("--articles", type=int, default=1000)
    parser.add_argument("--seeds", type=Path, default=Path(__file__).parent.parent / "seeds")
    parser.add_argument("--triples", type=int, default=1_000_000)
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--runs", type=int, default=9, help="Oxigraph runs; rdflib: a third")
    parser.add_argument("--rdflib-cap", type=float, default=120.0)
    parser.add_argument("--rdflib-worker", action="store_true", help=argparse.SUPPRESS)
    parser.add_argument("--skip-build", action="store_true", help="reuse DIR/store-full")
    parser.add_argument("--reuse-base", action="store_true", help="keep DIR/store-full's articles")
    parser.add_argument("--only-incremental", action="store_true")
    args = parser.parse_args()
    if args.rdflib_worker:
        rdflib_worker(args.corpus, args.runs, args.rdflib_cap)
        return
    work = args.work
    work.mkdir(parents=True, exist_ok=True)
    report: dict[str, object] = {}

    if not args.skip_build:
        # The seed article goes in first, so that its competency queries have answers.
        articles = list(read_articles([args.seeds, args.corpus]))[: args.articles + 10]
        if len(articles) < args.articles + 10:
            sys.exit(f"{args.corpus}: {len(articles)} articles, need {args.articles + 10}")
        report["incremental"] = incremental(articles, work, args.repeat, args.reuse_base)
        if args.only_incremental:
            print(json.dumps(report, indent=1))
            return

    nquads = work / "replicated.nq"
    report["replicated_quads_written"] = replicate(work / "store-full", args.triples, nquads)
    report["load"] = bulk_load(nquads, work / "store-1m")
    log(f"bulk load: {report['load']}")

    with GraphStore.open(work / "store-1m") as store:
        province = province_of(store)
        stats = store.stats()
    report["store"] = {"triples": stats.triples, "graphs": stats.graphs, "province": province}
    queries = dict(SEED_QUERIES)
    queries.update({k: v.replace("{PROVINCE}", province) for k, v in ANALYST_QUERIES.items()})
    loads, table = latency(work, nquads, queries, args.runs, args.rdflib_cap)
    report.update(loads)
    report["sparql"] = table
    print(json.dumps(report, indent=1))
    print_table(table, args.rdflib_cap)
    print_table(table, args.rdflib_cap, "cpu_")


if __name__ == "__main__":
    main()
