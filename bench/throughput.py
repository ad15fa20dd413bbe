"""Throughput, scaling, memory and start-up of `kg build`, against spaCy on its own.

    python bench/throughput.py CORPUS.jsonl --work DIR [--sizes 100 1000 10000] [--repeat 2]
    python bench/throughput.py CORPUS.jsonl --work DIR --only workers [--repeat 3]

The corpus (a JSON Lines file of articles, such as the KCNA development set) is replicated
under new ids up to each size. Every figure is a separate process timed from start to exit,
and the runs being compared are interleaved, `--repeat` times each (the fastest run of each
counts), so that the ratios come from one run on one machine under the same load:

- `kg build --store` and `kg build -o .nq` over the middle size, against a bare script that
  loads the same model with `spacy.load` and runs `nlp.pipe` over the same texts with the
  same batch size;
- the same store and file builds with `--workers 2`, and the bare script with spaCy's
  `n_process=2`;
- the cost of the middle size over the smallest one;
- the peak memory (maximum resident set) of store builds of the middle and the largest size;
- the start-up: `kg build` of one short article, model load included, against a script that
  only imports spaCy and loads the model.

`--only workers` measures the speed-up of `--workers 2` alone: the store build of the middle
size with one worker and with two, interleaved, with the processor time (user + system, of
every process of the build) of each run beside its wall-clock time; and, in the same rounds,
the bare script with one process and with spaCy's own `n_process=2`, the speed-up spaCy
itself gets from two processes on the same machine under the same load. `--only startup` measures
the start-up alone (`--repeat` runs of each side; take 10 on a shared machine).

Every command runs with PYTHONDONTWRITEBYTECODE removed from its environment, kg's and the
bare scripts' alike: a user's installation keeps its modules' bytecode, and a build should not
be timed compiling kg's modules afresh at every start when spaCy's are read from bytecode.
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import shutil
import subprocess
import sys
import time
from dataclasses import dataclass
from pathlib import Path

from kg.nlp import default_model_name

BIN = Path(sys.executable).parent
KG = str(BIN / "kg")

BARE_PIPE = """
import json, sys, spacy
nlp = spacy.load(sys.argv[2])
with open(sys.argv[1], encoding="utf-8") as lines:
    texts = [json.loads(line)["text"] for line in lines if line.strip()]
for doc in nlp.pipe(texts, batch_size=int(sys.argv[3]), n_process=int(sys.argv[4])):
    pass
"""

BARE_LOAD = """
import sys, spacy
spacy.load(sys.argv[1])
"""

BATCH_SIZE = 16


@dataclass(frozen=True)
class Run:
    wall: float
    cpu: float
    peak_mb: float


# Every command's environment: see the module's docstring.
ENVIRONMENT = {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"}


def run(command: list[str]) -> Run:
    start = time.perf_counter()
    process = subprocess.Popen(
        command, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, env=ENVIRONMENT
    )
    assert process.stderr is not None
    errors = process.stderr.read()
    _, status, usage = os.wait4(process.pid, 0)
    wall = time.perf_counter() - start
    if os.waitstatus_to_exitcode(status) != 0:
        raise SystemExit(f"failed: {' '.join(command)}\n{errors.decode(errors='replace')}")
    return Run(wall, usage.ru_utime + usage.ru_stime, usage.ru_maxrss / 1024)


def best(runs: list[Run]) -> Run:
    return min(runs, key=lambda r: r.wall)


def replicate(source: Path, size: int, target: Path) -> Path:
    """`size` articles: the source's, then copies of them under new ids (`<id>-r<n>`)."""
    records = [json.loads(line) for line in source.open(encoding="utf-8") if line.strip()]
    with target.open("w", encoding="utf-8") as out:
        for i in range(size):
            record = dict(records[i % len(records)])
            copy = i // len(records)
            if copy:
                record["id"] = f"{record.get('id', i % len(records))}-r{copy}"
            out.write(json.dumps(record, ensure_ascii=False) + "\n")
    return target


def short_article(source: Path, target: Path) -> Path:
    """The first sentence or two of the corpus's first article, as a text file."""
    text = json.loads(source.open(encoding="utf-8").readline())["text"]
    end = text.find(". ", 200)
    target.write_text(text[: end + 1 if end > 0 else 300], encoding="utf-8")
    return target


def machine() -> list[str]:
    def sh(command: str) -> str:
        return subprocess.run(command, shell=True, capture_output=True, text=True).stdout.strip()

    cpu = sh("lscpu | grep 'Model name' | sed 's/.*: *//'") or platform.processor()
    return [
        f"cpu: {cpu}, nproc {sh('nproc')}",
        "memory: " + " ".join(sh("free -h | grep Mem").split()[1:3]) + " (total, used)",
        f"python {platform.python_version()}, {sys.platform}",
    ]


def load() -> str:
    return " ".join(f"{x:.2f}" for x in os.getloadavg())


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("corpus", type=Path, help="JSON Lines articles (replicated as needed)")
    parser.add_argument("--work", type=Path, required=True, help="scratch folder")
    parser.add_argument("--sizes", type=int, nargs=3, default=[100, 1000, 10000])
    parser.add_argument("--repeat", type=int, default=2, help="runs of each compared command")
    parser.add_argument("--model", default=None)
    parser.add_argument(
        "--skip-large", action="store_true", help="no store build of the largest size"
    )
    parser.add_argument(
        "--only",
        choices=["workers", "startup"],
        help="workers: only the store builds of the middle size with one worker and with two; "
        "startup: only the start-up",
    )
    args = parser.parse_args()
    model = args.model or default_model_name()
    small, middle, large = args.sizes
    work: Path = args.work
    work.mkdir(parents=True, exist_ok=True)
    sizes = {"workers": [middle], "startup": []}.get(args.only or "", args.sizes)
    corpora = {n: replicate(args.corpus, n, work / f"corpus-{n}.jsonl") for n in sizes}
    short = short_article(args.corpus, work / "short.txt")
    load_before = load()

    def store_build(n: int, *extra: str) -> Run:
        folder = work / f"store-{n}"
        shutil.rmtree(folder, ignore_errors=True)
        return run([KG, "build", str(corpora[n]), "--store", str(folder), "-q", *extra])

    def file_build(n: int, *extra: str) -> Run:
        out = work / f"out-{n}.nq"
        return run([KG, "build", str(corpora[n]), "-o", str(out), "-q", *extra])

    def bare(n: int, processes: int = 1) -> Run:
        command = [sys.executable, "-c", BARE_PIPE, str(corpora[n]), model, str(BATCH_SIZE)]
        return run([*command, str(processes)])

    results: dict[str, list[Run]] = {}

    def record(name: str, result: Run) -> None:
        results.setdefault(name, []).append(result)
        print(
            f"  {name:28s} {result.wall:8.2f} s wall {result.cpu:8.2f} s cpu "
            f"{result.peak_mb:7.0f} MB  (load {load()})",
            file=sys.stderr,
            flush=True,
        )

    if args.only == "workers":
        for _ in range(args.repeat):
            record(f"store {middle}", store_build(middle))
            record(f"store {middle} workers 2", store_build(middle, "--workers", "2"))
            record(f"bare {middle}", bare(middle))
            record(f"bare {middle} n_process 2", bare(middle, 2))
        report_workers(results, middle, args.repeat, load_before, load())
        return
    for _ in range(args.repeat):
        record("startup kg", run([KG, "build", str(short), "-o", str(work / "short.nq"), "-q"]))
        record("startup spacy.load", run([sys.executable, "-c", BARE_LOAD, model]))
    if args.only == "startup":
        report_startup(results, args.repeat, load_before, load())
        return
    for _ in range(args.repeat):
        record(f"bare {middle}", bare(middle))
        record(f"store {middle}", store_build(middle))
        record(f"file {middle}", file_build(middle))
        record(f"store {middle} workers 2", store_build(middle, "--workers", "2"))
        record(f"file {middle} workers 2", file_build(middle, "--workers", "2"))
        record(f"bare {middle} n_process 2", bare(middle, 2))
        record(f"store {small}", store_build(small))
        record(f"bare {small}", bare(small))
    if not args.skip_large:
        record(f"store {large}", store_build(large))
    load_after = load()

    b = {name: best(runs) for name, runs in results.items()}
    have_large = f"store {large}" in b
    rows = [
        (
            f"`kg build --store` / bare `nlp.pipe`, {middle:,} articles",
            b[f"store {middle}"].wall / b[f"bare {middle}"].wall,
            "<= 1.30",
        ),
        (
            f"`kg build -o .nq` / bare `nlp.pipe`, {middle:,} articles",
            b[f"file {middle}"].wall / b[f"bare {middle}"].wall,
            "<= 1.30",
        ),
        (
            f"speed-up with `--workers 2`, {middle:,} articles",
            b[f"store {middle}"].wall / b[f"store {middle} workers 2"].wall,
            ">= 1.7",
        ),
        (
            # With one worker the store's indexing runs on the second core beside the parse;
            # with two that core is taken, which N-Quads files do not pay for.
            f"speed-up with `--workers 2`, `-o .nq`, {middle:,} articles",
            b[f"file {middle}"].wall / b[f"file {middle} workers 2"].wall,
            ">= 1.7",
        ),
        (
            f"for reference: speed-up of bare `nlp.pipe` with `n_process=2`, {middle:,} articles",
            b[f"bare {middle}"].wall / b[f"bare {middle} n_process 2"].wall,
            "",
        ),
        (
            f"cost growth {middle:,} / {small:,} articles",
            b[f"store {middle}"].wall / b[f"store {small}"].wall,
            "<= 10.5",
        ),
        (
            "start-up: `kg build` of one short article / `spacy.load`",
            b["startup kg"].wall / b["startup spacy.load"].wall,
            "<= 1.5",
        ),
    ]
    if have_large:
        growth = b[f"store {large}"].wall / b[f"store {middle}"].wall
        rows.insert(4, (f"cost growth {large:,} / {middle:,} articles", growth, "(linear: 10)"))
    print("\n".join(machine()))
    print(f"load average before {load_before}, after {load_after}")
    print(f"model {model}, batch size {BATCH_SIZE}, best of {args.repeat} interleaved runs\n")
    print("| figure | measured | target |\n|---|---|---|")
    for name, value, target in rows:
        print(f"| {name} | {value:.2f} | {target} |")
    peak_middle = b[f"store {middle}"].peak_mb
    print(f"| peak memory, store build of {middle:,} articles | {peak_middle:.0f} MB | |")
    if have_large:
        peak_large = b[f"store {large}"].peak_mb
        print(
            f"| peak memory, store build of {large:,} articles | {peak_large:.0f} MB "
            f"({peak_large / peak_middle:.2f}x) | <= 1.5 GB, flat |"
        )
    print("\n| run | wall s | cpu s | peak MB |\n|---|---|---|---|")
    for name, r in b.items():
        print(f"| {name} | {r.wall:.2f} | {r.cpu:.2f} | {r.peak_mb:.0f} |")


def report_startup(
    results: dict[str, list[Run]], repeat: int, load_before: str, load_after: str
) -> None:
    """The start-up ratio: fastest run of each side, by wall-clock and by processor time."""
    print("\n".join(machine()))
    print(f"load average before {load_before}, after {load_after}")
    print(f"best of {repeat} interleaved runs of each\n")
    print("| run | wall s | cpu s |\n|---|---|---|")
    kg, bare = results["startup kg"], results["startup spacy.load"]
    for name, runs in (("`kg build` of one short article", kg), ("`spacy.load`", bare)):
        print(f"| {name} | {best(runs).wall:.2f} | {min(r.cpu for r in runs):.2f} |")
    wall = best(kg).wall / best(bare).wall
    cpu = min(r.cpu for r in kg) / min(r.cpu for r in bare)
    print(f"| ratio (target <= 1.5) | {wall:.2f} | {cpu:.2f} |")


def report_workers(
    results: dict[str, list[Run]], size: int, repeat: int, load_before: str, load_after: str
) -> None:
    """The speed-up of `--workers 2`, and of spaCy's `n_process=2`: best of the runs, and each
    round's own ratio."""
    print("\n".join(machine()))
    print(f"load average before {load_before}, after {load_after}")
    print(f"{size:,} articles, batch size {BATCH_SIZE}, {repeat} interleaved rounds\n")
    print("| run | round | 1 process wall s | cpu s | 2 processes wall s | cpu s | speed-up |")
    print("|---|---|---|---|---|---|---|")

    def row(name: str, round_: object, a: Run, b: Run, note: str = "") -> str:
        cells = (a.wall, a.cpu, b.wall, b.cpu)
        return (
            f"| {name} | {round_} | "
            + " | ".join(f"{c:.2f}" for c in cells)
            + f" | {a.wall / b.wall:.2f}{note} |"
        )

    for name, one, two, note in (
        (
            "`kg build --store`, --workers 2",
            f"store {size}",
            f"store {size} workers 2",
            " (>= 1.7)",
        ),
        ("bare `nlp.pipe`, n_process=2", f"bare {size}", f"bare {size} n_process 2", ""),
    ):
        for i, (a, b) in enumerate(zip(results[one], results[two], strict=True), 1):
            print(row(name, i, a, b))
        print(row(name, "best", best(results[one]), best(results[two]), note))


if __name__ == "__main__":
    main()
