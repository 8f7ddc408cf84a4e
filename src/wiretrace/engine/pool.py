"""Parallel ingest for ``Store.add``: parse, clean, split and fingerprint in worker
processes; the parent only deduplicates and writes.

Cleaning and sentence splitting cost ~8 ms an article, the store's write ~1 ms
(``bench/corpus.py``), so ingest is what a second core speeds up. Inputs are cut into
units a worker handles alone: a few files (text, HTML, JSON; a WARC file is one unit, as
its records are one compressed stream), or a chunk of lines of a JSONL file, so one big
JSONL file still spreads over every worker. Results come back in input order, so which
of two identical articles is kept does not depend on timing.
"""

from __future__ import annotations

import multiprocessing as mp
import os
import sys
from collections import deque
from collections.abc import Iterable, Iterator
from concurrent.futures import Future, ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from itertools import islice
from pathlib import Path

from .. import ingest
from ..errors import InputError, WiretraceError
from ..store import Prepared, prepare

FILES_PER_UNIT = 16
LINES_PER_UNIT = 200
START_METHOD: str | None = None  # multiprocessing start method; None: chosen below
MIN_PARALLEL_BYTES = 1 << 20  # below ~250 articles, starting workers costs more than it saves

# ("files", [path, ...], 0) or ("jsonl", [line, ...], number of the first line) + source
Unit = tuple[str, list[Path] | list[bytes | str | InputError], int, str]


def default_workers() -> int:
    """One worker per core this process may use (at most 8: the parent's writes cap the gain)."""
    cores = len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else os.cpu_count()
    return max(1, min(8, cores or 1))


def _files(paths: Iterable[str | Path]) -> Iterator[Path | InputError]:
    for path in paths:
        p = Path(path)
        if p.is_dir():
            yield from ingest.files_of(p)
        elif p.exists():
            yield p
        else:
            yield InputError(str(p), "no such file or directory")


def worth_it(paths: list[str | Path], workers: int) -> bool:
    """Parallel only for more than a little input, and never for stdin."""
    if workers < 2 or any(str(p) == "-" for p in paths):
        return False
    total = 0
    for f in _files(paths):
        if isinstance(f, Path):
            total += f.stat().st_size
            if total >= MIN_PARALLEL_BYTES:
                return True
    return False


def _units(paths: Iterable[str | Path]) -> Iterator[Unit | InputError]:
    batch: list[Path] = []
    for f in _files(paths):
        if isinstance(f, InputError):
            yield f
            continue
        if f.name.lower().endswith(".jsonl"):
            try:
                lines = ingest.jsonl_lines(f)
                first = 1
                while chunk := list(islice(lines, LINES_PER_UNIT)):
                    yield ("jsonl", chunk, first, str(f))
                    first += len(chunk)
            except InputError as exc:
                yield exc
            continue
        batch.append(f)
        if len(batch) >= FILES_PER_UNIT:
            yield ("files", batch, 0, "")
            batch = []
    if batch:
        yield ("files", batch, 0, "")


def _work(unit: Unit | InputError) -> list[Prepared | InputError]:
    if isinstance(unit, InputError):
        return [unit]
    kind, items, first, source = unit
    if kind == "jsonl":
        arts = ingest._read_jsonl(items, source, first)  # type: ignore[arg-type]
    else:
        arts = ingest.iter_articles(items)  # type: ignore[arg-type]
    return [a if isinstance(a, InputError) else prepare(a) for a in arts]


def prepared(paths: list[str | Path], workers: int) -> Iterator[Prepared | InputError]:
    """Every article of ``paths``, prepared for the store, in input order."""
    # fork is cheap and inherits the imports, but is unsafe once torch has started its
    # thread pools; spawn costs ~1 s of imports per worker.
    method = START_METHOD or ("spawn" if "torch" in sys.modules else "fork")
    ctx = mp.get_context(method)
    # ProcessPoolExecutor, not Pool: a worker that dies (out of memory, a crash in a
    # parser) raises BrokenProcessPool here instead of leaving a result never delivered.
    with ProcessPoolExecutor(workers, mp_context=ctx) as ex:
        # A bounded window of units in flight: all of a 10 GB JSONL file must not be
        # read ahead into memory.
        pending: deque[Future[list[Prepared | InputError]]] = deque()
        try:
            for unit in _units(paths):
                pending.append(ex.submit(_work, unit))
                if len(pending) >= 4 * workers:
                    yield from pending.popleft().result()
            while pending:
                yield from pending.popleft().result()
        except BrokenProcessPool as exc:
            raise WiretraceError(
                "an ingest worker process died (out of memory, or a crash in a parser); "
                "the articles stored so far are complete: run `wiretrace add` again with "
                "--workers 1 to resume and see which input it was"
            ) from exc
        finally:
            for f in pending:
                f.cancel()
