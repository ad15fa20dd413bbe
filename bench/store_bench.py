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
   that file into a new store is timed (triples/s).
3. SPARQL: the seed's competency queries and three analyst queries, on that store through
   `GraphStore.query` (what `kg query` does on a store) and on the same N-Quads in rdflib's
   in-memory Dataset through `kg.query.run_query` (what `kg query` does on a file). rdflib
   runs in a forked child per query, ended after `--rdflib-cap` seconds.
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
from pathlib import Path

import pyoxigraph as ox

from kg.io.read import read_articles
from kg.model import Article
from kg.pipeline import BuildOptions, update_store
from kg.store import PREFIX_MAP, GraphStore

SEED_QUERIES = {
    "people": "SELECT ?name WHERE { ?p a schema:Person ; rdfs:label ?name }",
    "forbidden label": 'ASK { ?e rdfs:label ?l . FILTER(STR(?l) = "Comrade Kim Yo Jong") '
    "VALUES ?t { schema:Person schema:Organization schema:Place kg:Group } ?e a ?t }",
    "order issuer": 'SELECT ?o WHERE { ?o a kg:Order ; kg:agent/rdfs:label "Kim Yo Jong" }',
    "order recipients": "SELECT ?l WHERE { ?o a kg:Order ; kg:recipient/rdfs:label ?l }",
    "order date": "ASK { ?o a kg:Order ; kg:time/kg:timexValue ?v . "
    'FILTER(CONTAINS(?v, "-06-10")) }',
    "order source": "ASK { ?o a kg:Order ; prov:wasAttributedTo/rdfs:label ?l . "
    'FILTER(CONTAINS(LCASE(?l), "source")) }',
    "order evidence": 'SELECT ?text WHERE { ?o a kg:Order ; kg:agent/rdfs:label "Kim Yo Jong" ; '
    "kg:evidence/nif:anchorOf ?text }",
    "quoted statement": 'ASK { ?s a kg:Statement ; kg:agent/rdfs:label "Kim Yo Jong" ; '
    'kg:quote ?q . FILTER(CONTAINS(?q, "blemish")) }',
    "planned visit": 'ASK { ?e kg:predicate "visit" ; kg:modality "planned" ; '
    'kg:patient/rdfs:label "families of defectors" }',
    # Scoped to the seed article, whose offsets the competency question checks.
    "offsets": "SELECT ?b ?e ?a WHERE { "
    "?m nif:referenceContext <https://w3id.org/kg-events/id/article/000_39c164ef8ecf0c18> ; "
    "nif:beginIndex ?b ; nif:endIndex ?e ; nif:anchorOf ?a }",
}

ANALYST_QUERIES = {
    "orders by issuer and month": """
SELECT ?issuer ?month (COUNT(DISTINCT ?order) AS ?orders) WHERE {
  ?order a kg:Order ; kg:agent/rdfs:label ?issuer ; sem:hasTimeStamp ?date .
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
    return {"quads": count, "load_s": seconds, "triples_per_s": count / seconds}


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


def oxigraph_latency(path: Path, queries: dict[str, str], runs: int) -> dict[str, dict]:
    """Per query: the engine alone (every solution read), and `GraphStore.query` as kg query
    runs it (solutions converted to rdflib terms)."""
    out = {}
    with GraphStore.open(path) as store:
        for name, query in queries.items():
            result = store.query(query)

            def engine(q: str = query) -> None:
                answer = store.oxigraph.query(
                    q, prefixes=dict(PREFIX_MAP), use_default_graph_as_union=True
                )
                if not isinstance(answer, ox.QueryBoolean):
                    for item in answer:
                        list(item)

            engine_times = [timed(engine) for _ in range(runs)]
            kg_times = [timed(lambda q=query: store.query(q)) for _ in range(runs)]
            out[name] = {
                "median_s": statistics.median(engine_times),
                "kg_query_s": statistics.median(kg_times),
                "rows": _size(result),
            }
            log(
                f"oxigraph {name}: {out[name]['median_s'] * 1000:.1f} ms, through kg query "
                f"{out[name]['kg_query_s'] * 1000:.1f} ms ({out[name]['rows']})"
            )
    return out


def _size(result: object) -> int:
    answer = getattr(result, "answer", None)
    if answer is not None:
        return int(answer)
    graph = getattr(result, "graph", None)
    return len(graph) if graph is not None else len(getattr(result, "rows", ()))


def rdflib_worker(nquads: Path, queries_file: Path, runs: int, cap: float) -> None:
    """Load the N-Quads once, then time each query in a forked child that can be ended."""
    from kg.io.rdf import load_dataset
    from kg.query import run_query

    queries = json.loads(queries_file.read_text())
    start = time.perf_counter()
    dataset = load_dataset(nquads)
    print(json.dumps({"load_s": time.perf_counter() - start}), flush=True)
    for name, query in queries.items():
        read, write = os.pipe()
        child = os.fork()
        if child == 0:
            os.close(read)
            times, size = [], 0
            for _ in range(runs):
                started = time.perf_counter()
                size = _size(run_query(dataset, query))
                times.append(time.perf_counter() - started)
                if times[-1] > 10:
                    break
            os.write(write, json.dumps({"times": times, "rows": size}).encode())
            os._exit(0)
        os.close(write)
        deadline = time.monotonic() + cap
        while time.monotonic() < deadline:
            done, _ = os.waitpid(child, os.WNOHANG)
            if done:
                break
            time.sleep(0.05)
        else:
            os.kill(child, signal.SIGKILL)
            os.waitpid(child, 0)
        data = os.read(read, 1 << 20)
        os.close(read)
        result = json.loads(data) if data else {"times": None, "rows": None}
        median = statistics.median(result["times"]) if result["times"] else None
        print(json.dumps({"name": name, "median_s": median, "rows": result["rows"]}), flush=True)


def rdflib_latency(nquads: Path, queries: dict[str, str], runs: int, cap: float, work: Path):
    queries_file = work / "queries.json"
    queries_file.write_text(json.dumps(queries))
    command = [sys.executable, __file__, "--rdflib-worker", str(nquads), str(queries_file)]
    command += ["--runs", str(runs), "--rdflib-cap", str(cap)]
    process = subprocess.Popen(command, stdout=subprocess.PIPE, text=True)
    assert process.stdout is not None
    load = json.loads(process.stdout.readline())
    log(f"rdflib loaded the N-Quads in {load['load_s']:.1f} s")
    out = {}
    for line in process.stdout:
        item = json.loads(line)
        out[item["name"]] = item
        shown = "over the cap" if item["median_s"] is None else f"{item['median_s'] * 1000:.1f} ms"
        log(f"rdflib {item['name']}: {shown} ({item['rows']})")
    process.wait()
    return load["load_s"], out


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("corpus", type=Path)
    parser.add_argument("--work", type=Path, required=False)
    parser.add_argument("--articles", type=int, default=1000)
    parser.add_argument("--seeds", type=Path, default=Path(__file__).parent.parent / "seeds")
    parser.add_argument("--triples", type=int, default=1_000_000)
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--rdflib-cap", type=float, default=120.0)
    parser.add_argument("--rdflib-worker", type=Path, default=None)
    parser.add_argument("--skip-build", action="store_true", help="reuse DIR/store-full")
    parser.add_argument("--reuse-base", action="store_true", help="keep DIR/store-full's articles")
    parser.add_argument("--only-incremental", action="store_true")
    args = parser.parse_args()
    if args.rdflib_worker is not None:
        rdflib_worker(args.rdflib_worker, args.corpus, args.runs, args.rdflib_cap)
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
    ox_times = oxigraph_latency(work / "store-1m", queries, args.runs)
    rdflib_load, rdf_times = rdflib_latency(nquads, queries, 3, args.rdflib_cap, work)
    report["rdflib_load_s"] = rdflib_load
    table = []
    for name in queries:
        ox_s = ox_times[name]["median_s"]
        rdf_s = rdf_times.get(name, {}).get("median_s")
        table.append(
            {
                "query": name,
                "oxigraph_ms": round(ox_s * 1000, 2),
                "oxigraph_kg_query_ms": round(ox_times[name]["kg_query_s"] * 1000, 2),
                "rdflib_ms": None if rdf_s is None else round(rdf_s * 1000, 1),
                "speedup": None if rdf_s is None else round(rdf_s / ox_s, 1),
                "rows": ox_times[name]["rows"],
                "rdflib_rows": rdf_times.get(name, {}).get("rows"),
            }
        )
    report["sparql"] = table
    print(json.dumps(report, indent=1))
    header = ("query", "oxigraph ms", "via kg query", "rdflib ms", "speedup", "rows")
    print("\n| " + " | ".join(header) + " |\n|" + "---|" * len(header))
    for row in table:
        if row["rdflib_ms"] is None:
            rdf = f"> {args.rdflib_cap:.0f} s"
            speed = f"> {args.rdflib_cap * 1000 / row['oxigraph_ms']:.0f}x"
        else:
            rdf, speed = f"{row['rdflib_ms']:.1f}", f"{row['speedup']:.0f}x"
        cells = (row["query"], f"{row['oxigraph_ms']:.2f}", f"{row['oxigraph_kg_query_ms']:.2f}")
        print("| " + " | ".join((*cells, rdf, speed, str(row["rows"]))) + " |")


if __name__ == "__main__":
    main()
