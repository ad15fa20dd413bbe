"""Parsing in several processes on one machine (`kg build --workers N`).

This process parses too: it starts N - 1 worker processes, keeps each of them a few chunks of
articles ahead, and parses the next chunk itself whenever they have enough queued. A chunk
goes wherever there is a core free for it, so the work shares out evenly however fast each
process runs (this one also reads the articles and writes the graph), and no process sits
idle waiting for the others. The results come out in the order of the articles, so the graph is
the one a single process builds. Only a few chunks are in flight at once, so memory stays
flat however large the corpus. Near the end of the input the chunks get smaller, so that the
processes finish together rather than one parsing the last chunks while the others wait.

On Linux the workers are forked once this process has loaded the model and what the
extractors load on first use: they start at once, with the model shared copy-on-write
instead of loaded again in each.
"""

from __future__ import annotations

import ctypes
import gc
import multiprocessing
import os
import signal
import sys
from collections import deque
from collections.abc import Callable, Iterable, Iterator, Sequence
from concurrent.futures import Future, ProcessPoolExecutor
from dataclasses import dataclass, field
from typing import Generic, TypeVar

from kg.model import Article
from kg.nlp import load_model
from kg.pipeline import BuildOptions, batches, extract_article, fewer_collections

__all__ = ["in_pool"]

T = TypeVar("T")

# What is done with a chunk of articles, here or in a worker: a function of the module it is
# defined in (a worker is handed it by name), giving one result per article, in order.
ChunkWork = Callable[[Sequence[Article], BuildOptions], Iterable[T]]

# Chunks queued per worker process: one being parsed and one waiting, so that a worker has
# work while this process, which hands out chunks between its own articles, is busy parsing.
QUEUED = 2

# Once the input's end is this many chunks ahead, chunks are cut this many times smaller: the
# workers still hold full chunks handed out before the end was in sight, and the small ones
# let this process and each worker finish within a small chunk of each other.
END_CHUNKS = 2 * QUEUED
END_SPLIT = 4

# Parsed before the workers start, so that the lexicons, the gazetteer and the like are
# loaded once and shared rather than loaded again by every worker.
WARM_UP = "Kim Jong Un ordered officials in Pyongyang to repair the roads on Monday, KCNA said."


@dataclass(slots=True)
class _Local(Generic[T]):
    """A chunk this process is parsing: its results so far, and whether it is done."""

    results: deque[T] = field(default_factory=deque)
    done: bool = False


def in_pool(articles: Iterable[Article], options: BuildOptions, work: ChunkWork[T]) -> Iterator[T]:
    """`work` on every chunk of the articles, in `options.workers` processes: its results, in
    input order."""
    _warm_up(options)
    room = QUEUED * (options.workers - 1)
    chunks = _chunks(articles, options.batch_size, END_CHUNKS * (options.workers - 1))
    pool = ProcessPoolExecutor(
        options.workers - 1,
        mp_context=_context(),
        initializer=_start_worker,
        initargs=(os.getpid(),),
    )
    slots: deque[Future[list[T]] | _Local[T]] = deque()

    def feed() -> bool:
        """Give the workers chunks while they have room; False once the input is used up."""
        while sum(isinstance(s, Future) and not s.done() for s in slots) < room:
            chunk = next(chunks, None)
            if chunk is None:
                return False
            slots.append(pool.submit(_work, work, chunk, options))
        return True

    def ready() -> Iterator[T]:
        """The results that can be given out in order without waiting."""
        while slots:
            head = slots[0]
            if isinstance(head, _Local):
                while head.results:
                    yield head.results.popleft()
                if not head.done:
                    return
            elif head.done():
                yield from head.result()
            else:
                return
            slots.popleft()

    try:
        while feed():
            yield from ready()
            chunk = next(chunks, None)
            if chunk is None:
                break
            local: _Local[T] = _Local()
            slots.append(local)
            for result in work(chunk, options):
                local.results.append(result)
                feed()
                yield from ready()
            local.done = True
        while slots:
            head = slots.popleft()
            yield from head.results if isinstance(head, _Local) else head.result()
    finally:
        pool.shutdown(wait=True, cancel_futures=True)


def _chunks(articles: Iterable[Article], size: int, ahead: int) -> Iterator[tuple[Article, ...]]:
    """Chunks of `size` articles read `ahead` chunks in advance; once the input has ended, what
    is left goes out in chunks `END_SPLIT` times smaller."""
    pending: deque[tuple[Article, ...]] = deque()
    for chunk in batches(articles, size):
        pending.append(chunk)
        if len(pending) > ahead:
            yield pending.popleft()
    last = [article for chunk in pending for article in chunk]
    yield from batches(last, max(1, size // END_SPLIT))


def _warm_up(options: BuildOptions) -> None:
    nlp = load_model(options.model)
    article = Article("warm-up", WARM_UP)
    with nlp.memory_zone():
        extract_article(nlp(article.text), article, options.extractors)


def _context() -> multiprocessing.context.BaseContext:
    # Fork where it is the platform's own way; elsewhere (macOS, Windows) fork is unsafe or
    # missing, and spawned workers load the model themselves. The forked workers only parse:
    # they never touch the locks of this process's other threads (the writer, the store's).
    return multiprocessing.get_context("fork" if sys.platform == "linux" else "spawn")


# Linux's prctl option that sends the caller a signal when its parent dies.
PR_SET_PDEATHSIG = 1


def _start_worker(parent: int) -> None:
    # A forked worker holds the parent's open files, the store's locks among them: if the
    # parent is killed (SIGKILL runs no clean-up), the worker must die too, or it keeps the
    # store locked against the build that would resume the killed one.
    if sys.platform == "linux":
        ctypes.CDLL(None, use_errno=True).prctl(PR_SET_PDEATHSIG, signal.SIGKILL)
        if os.getppid() != parent:  # killed before the line above took effect
            os._exit(1)
    # The model's objects, inherited from the parent, live as long as the worker: kept out of
    # the garbage collector's scans, which would otherwise walk them again and again.
    gc.freeze()


def _work(work: ChunkWork[T], articles: tuple[Article, ...], options: BuildOptions) -> list[T]:
    # Runs in a worker; a spawned worker loads the model with its first chunk and keeps it.
    # The whole chunk at raised thresholds: none put back between two articles (see
    # `kg.pipeline.analyse_chunk`).
    with fewer_collections():
        return list(work(articles, options))
