"""Corpus benchmark: add throughput, store size, peak memory, trace latency, families time.

    .venv/bin/python bench/corpus.py 10000 30000 100000 --judge lexical [--workers N]

Generates a corpus (articles of ~600 words from a fixed vocabulary; families of 1-8
members whose copies swap words, drop sentences, and sometimes copy a copy; a few
capitalised names per story), writes them to one JSONL file, and times the real path:
``Store.add`` on that file (ingest workers: parse, clean, sentence split, fingerprint;
the parent: deduplicate, index, commit), ``Store.trace`` on stored articles, and ``Store.families``.
"""

from __future__ import annotations

import argparse
import json
import os
import random
import resource
import statistics
import sys
import tempfile
import time
from collections.abc import Iterator
from pathlib import Path

from wiretrace.engine.embedded import Store
from wiretrace.engine.pool import default_workers


def _vocab(rng: random.Random, n: int = 20000) -> list[str]:
    letters = "abcdefghijklmnoprstuvw"
    return ["".join(rng.choice(letters) for _ in range(rng.randint(3, 9))) for _ in range(n)]


_TITLES = ("Mr.", "Gen.", "Dr.", "Sen.", "U.S.")


def _story(rng: random.Random, vocab: list[str], names: list[str]) -> list[str]:
    """Sentences shaped like news copy: some carry an abbreviation ("Gen. Name",
    "U.S."), a decimal figure, or a quote with its attribution, so the sentence splitter
    does the work it does on real articles."""
    sents = []
    for _ in range(rng.randint(26, 34)):
        words = [rng.choice(vocab) for _ in range(rng.randint(14, 26))]
        r = rng.random()
        if r < 0.3:
            words.insert(rng.randrange(1, len(words)), f"{rng.choice(_TITLES)} {rng.choice(names)}")
        elif r < 0.5:
            words.insert(rng.randrange(1, len(words)), rng.choice(names))
        if rng.random() < 0.15:
            words.insert(rng.randrange(1, len(words)), f"{rng.randint(1, 99)}.{rng.randint(1, 9)}%")
        text = " ".join(words)
        text = text[0].upper() + text[1:]
        if rng.random() < 0.2:
            text = f'"{text}," {rng.choice(names)} said'
        sents.append(text + ".")
    return sents


def _paragraphs(rng: random.Random, sents: list[str]) -> str:
    """One to three sentences per line, as scraped news pages have them."""
    lines, k = [], 0
    while k < len(sents):
        n = rng.choice((1, 1, 2, 2, 3))
        lines.append(" ".join(sents[k : k + n]))
        k += n
    return "\n".join(lines)


def _copy(rng: random.Random, vocab: list[str], sents: list[str]) -> list[str]:
    out = []
    for s in sents:
        if rng.random() < 0.1:
            continue  # dropped sentence
        words = s[:-1].split()
        for _ in range(rng.choice((0, 0, 1, 2))):
            words[rng.randrange(len(words))] = rng.choice(vocab)  # word swap
        out.append(" ".join(words) + ".")
    return out


def generate(n: int, seed: int = 7) -> Iterator[str]:
    """``n`` record texts; families of 1-8 members (a copy's parent may be a copy)."""
    rng = random.Random(seed)
    vocab = _vocab(rng)
    made, fam = 0, 0
    while made < n:
        fam += 1
        names = [f"Name{fam}x{k}" for k in range(4)]
        size = min(n - made, rng.choice((1, 1, 1, 2, 2, 3, 4, 5, 8)))
        versions = [_story(rng, vocab, names)]
        day = rng.randrange(1, 300)
        for k in range(size):
            if k:
                versions.append(_copy(rng, vocab, rng.choice(versions)))
            date = f"2024-{1 + (day + k) // 28 % 12:02d}-{1 + (day + k) % 28:02d}"
            yield f" date {date} Story {fam} version {k}\n" + _paragraphs(rng, versions[k])
            made += 1


def _peak_mb() -> tuple[float, float]:
    """Peak resident memory of this process and of the largest ingest worker, in MB."""
    own = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    return own, resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024


def _write_jsonl(texts: list[str], path: Path) -> None:
    with path.open("w", encoding="utf-8") as fh:
        for k, t in enumerate(texts):
            head, _, body = t.partition("\n")
            _, date, title = head.split(None, 2)
            rec = {"id": f"gen{k}", "date": date, "title": title, "text": body}
            fh.write(json.dumps(rec) + "\n")


def run(n: int, judge: str, trace_samples: int, workdir: Path, workers: int) -> None:
    path = workdir / f"bench-{n}.db"
    for suffix in ("", "-wal", "-shm"):
        Path(f"{path}{suffix}").unlink(missing_ok=True)
    texts = list(generate(n))
    words = sum(len(t.split()) for t in texts) / len(texts)
    feed = workdir / f"bench-{n}.jsonl"
    _write_jsonl(texts, feed)
    del texts
    with Store(path, embeddings=False, judge=judge, batch_size=500) as st:  # type: ignore[arg-type]
        t0 = time.perf_counter()
        res = st.add([feed], workers=workers)
        t_add = time.perf_counter() - t0
        st.db.db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        size = sum(
            os.path.getsize(f"{path}{s}") for s in ("", "-wal") if os.path.exists(f"{path}{s}")
        )
        print(
            f"n={n} ({words:.0f} words/article) judge={judge}\n"
            f"  add: {len(res.added)} articles in {t_add:.1f} s = {len(res.added) / t_add:.0f} articles/s"
            f" (JSONL file -> store, lexical path, {workers} ingest worker(s))\n"
            f"  store: {size / 1e6:.0f} MB ({size / max(n, 1) / 1e3:.1f} kB/article)",
            flush=True,
        )
        rng = random.Random(1)
        ids = [r[0] for r in st.db.db.execute("SELECT id FROM articles")]
        lat = []
        for ref in rng.sample(ids, min(trace_samples, len(ids))):
            t1 = time.perf_counter()
            st.trace(ref, top=10)
            lat.append((time.perf_counter() - t1) * 1000)
        lat.sort()
        p99 = lat[min(len(lat) - 1, int(0.99 * len(lat)))]
        print(
            f"  trace: p50 {statistics.median(lat):.1f} ms, p99 {p99:.1f} ms ({len(lat)} queries)",
            flush=True,
        )
        t2 = time.perf_counter()
        fams = st.families()["families"]
        t_fam = time.perf_counter() - t2
        t3 = time.perf_counter()
        st.families()
        t_cached = time.perf_counter() - t3
        print(
            f"  families: {len(fams)} families in {t_fam:.1f} s (again, pairs cached: {t_cached:.1f} s)\n"
            "  peak memory (ru_maxrss): {:.0f} MB, largest ingest worker {:.0f} MB".format(
                *_peak_mb()
            ),
            flush=True,
        )


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    ap.add_argument("sizes", nargs="*", type=int, default=[10_000])
    ap.add_argument("--judge", choices=["compare", "lexical"], default="lexical")
    ap.add_argument("--trace-samples", type=int, default=200)
    ap.add_argument("--dir", help="where to write the stores (default: a temporary directory)")
    ap.add_argument(
        "--workers", type=int, default=default_workers(), help="ingest processes (default: cores)"
    )
    args = ap.parse_args(argv)
    with tempfile.TemporaryDirectory() as tmp:
        workdir = Path(args.dir or tmp)
        for n in args.sizes:
            run(n, args.judge, args.trace_samples, workdir, args.workers)
    return 0


if __name__ == "__main__":
    sys.exit(main())
