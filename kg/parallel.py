"""Parsing in several processes on one machine (`kg build --workers N`).

Each worker process loads the model once and parses, extracts and returns the facts of a
chunk of articles at a time; the facts come back in the order of the articles, so the graph
is the one a single process builds. Only a few chunks are in flight at once, so memory stays
flat however large the corpus, and the reading of articles keeps pace with the parsing.
"""

from __future__ import annotations

import multiprocessing
from collections import deque
from collections.abc import Iterable, Iterator
from concurrent.futures import Future, ProcessPoolExecutor

from kg.model import Article, ArticleFacts
from kg.pipeline import BuildOptions, analyse_chunk, batches

__all__ = ["analyse_in_pool"]

# Chunks in flight per worker: one being parsed, one waiting, so that no worker idles while
# the results of another are collected.
IN_FLIGHT = 2

# Parser batches per chunk: big enough that sending articles and facts between processes is
# cheap next to parsing them, small enough that the last chunks share out evenly.
BATCHES_PER_CHUNK = 2


def analyse_in_pool(articles: Iterable[Article], options: BuildOptions) -> Iterator[ArticleFacts]:
    """The facts of the articles, parsed by `options.workers` processes, in input order."""
    # Spawned, not forked: the parent may hold threads (a progress display, a store's
    # background threads) that a forked child would inherit in an unknown state.
    context = multiprocessing.get_context("spawn")
    pool = ProcessPoolExecutor(options.workers, mp_context=context)
    pending: deque[Future[list[ArticleFacts]]] = deque()
    try:
        chunk_size = options.batch_size * BATCHES_PER_CHUNK
        for chunk in batches(articles, chunk_size):
            pending.append(pool.submit(_analyse, chunk, options))
            if len(pending) >= options.workers * IN_FLIGHT:
                yield from pending.popleft().result()
        while pending:
            yield from pending.popleft().result()
    finally:
        pool.shutdown(wait=True, cancel_futures=True)


def _analyse(articles: tuple[Article, ...], options: BuildOptions) -> list[ArticleFacts]:
    # Runs in a worker; the model is loaded by the first chunk and kept for the next ones.
    return list(analyse_chunk(articles, options))
