"""What the Spark engine runs inside the executors: plain Python over rows, no Spark.

Every function here takes an iterator of rows and yields tuples (``mapPartitions``) or
takes and returns pandas frames (``mapInPandas`` / ``applyInPandas``). They call the
same library code as the embedded engine — ``ingest`` to read, ``store.prepare`` to
fingerprint, ``judge.judge_articles`` to judge a pair, ``families.build_families`` to
build a tree — so the two engines cannot drift apart. The driver's side is in
``spark`` (the stages), ``spark_graph`` (DataFrame joins and components) and
``spark_fs`` (inputs and outputs); none of this module needs a JVM.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import json
import urllib.parse
from collections import OrderedDict
from collections.abc import Iterable, Iterator, Mapping, Sequence
from pathlib import Path, PurePosixPath
from typing import Any

import numpy as np

from .. import candidates as cand
from .. import families as fam
from ..article import Article
from ..errors import InputError, InputTooLarge
from ..store import article_doc, article_from_row, prepare
from .judge import judge_articles

ORD_SHIFT = 32  # ordinal = file index << 32 | record number in the file

# One row of the parse stage: an article, or a reject with its reason (columns of
# spark.PARSED_SCHEMA, in this order).
ParsedRow = tuple[Any, ...]


def display_path(uri: str) -> str:
    """``file:/a/b`` -> ``/a/b`` (what the embedded engine records); other URIs as they are."""
    if uri.startswith("file:"):
        return urllib.parse.unquote(urllib.parse.urlparse(uri).path)
    return uri


def _article_row(art: Article, ordinal: int, embeddings: bool) -> ParsedRow:
    p = prepare(art)
    vector: bytes | None = None
    if embeddings:
        head = [s.text for s in art.sentences[: cand.VECTOR_SENTENCES]]
        vector = cand.article_vector(executor_embedder().encode(head)).tobytes()
    return (
        "article",
        ordinal,
        art.id,
        p.hash,
        art.url,
        art.path,
        art.title,
        art.date.isoformat() if art.date else None,
        art.outlet,
        json.dumps(article_doc(art), ensure_ascii=False),
        [(s.i, s.text, s.start, s.end) for s in art.sentences],
        p.fp.n_shingles,
        p.fp.signature.tobytes(),
        p.fp.bands,
        p.fp.terms,
        vector,
        None,
        None,
        None,
        None,
    )


def _reject_row(err: InputError, ordinal: int) -> ParsedRow:
    return ("reject", ordinal, *([None] * 14), err.source, err.where, err.problem, err.hint)


def _emit(
    items: Iterable[Article | InputError], file_idx: int, source: str, embeddings: bool
) -> Iterator[ParsedRow]:
    """Rows for what ingest yields; an exception out of the reader ends that file with a
    reject instead of failing the task (the job goes on)."""
    k = 0
    it = iter(items)
    while True:
        k += 1
        ordinal = (file_idx << ORD_SHIFT) | k
        try:
            item = next(it)
        except StopIteration:
            return
        except InputError as exc:
            yield _reject_row(exc, ordinal)
            return
        except Exception as exc:
            yield _reject_row(
                InputError(source, f"cannot be read ({type(exc).__name__}: {exc})"), ordinal
            )
            return
        if isinstance(item, InputError):
            yield _reject_row(item, ordinal)
            continue
        try:
            yield _article_row(item, ordinal, embeddings)
        except InputError as exc:
            yield _reject_row(exc, ordinal)
        except Exception as exc:
            yield _reject_row(
                InputError(source, f"cannot be indexed ({exc})", where=f"record {k}"), ordinal
            )


def parse_files(
    rows: Iterable[Any], file_index: Mapping[str, int], embeddings: bool
) -> Iterator[ParsedRow]:
    """``mapPartitions`` over ``binaryFile`` rows (path, content): every article of a
    whole file (text record, JSON, HTML, WARC, or a sniffed unknown extension)."""
    from .. import ingest

    for row in rows:
        uri, data = str(row[0]), bytes(row[1])
        source = display_path(uri)
        idx = file_index.get(uri, file_index.get(urllib.parse.unquote(uri), 0))
        if len(data) > ingest.MAX_FILE_BYTES and not source.lower().endswith((".warc", ".warc.gz")):
            err = InputTooLarge(
                source, f"file is over the {ingest.MAX_FILE_BYTES // 2**20} MB limit"
            )
            yield _reject_row(err, idx << ORD_SHIFT)
            continue
        if not data:
            yield _reject_row(InputError(source, "empty file"), idx << ORD_SHIFT)
            continue
        kind = ingest._kind(Path(PurePosixPath(source).name)) or ingest._sniff(data)
        yield from _emit(ingest._read_bytes(data, kind, source), idx, source, embeddings)


def parse_jsonl_lines(
    rows: Iterable[Any],
    file_index: Mapping[str, int],
    line_base: Mapping[tuple[str, int], int],
    embeddings: bool,
) -> Iterator[ParsedRow]:
    """``mapPartitions`` over text-source rows (line, file path, split start): one JSONL
    line each. ``line_base[(file, split start)]`` is the number of the split's first
    line, so errors name the exact line, as the embedded engine's do."""
    from .. import ingest

    seen: dict[tuple[str, int], int] = {}
    for row in rows:
        line, uri, start = str(row[0]), urllib.parse.unquote(str(row[1])), int(row[2])
        key = (uri, start)
        n = line_base.get(key, 1) + seen.get(key, 0)
        seen[key] = seen.get(key, 0) + 1
        if n == 1:
            line = line.lstrip("\ufeff")
        source = display_path(uri)
        idx = file_index.get(uri, 0)
        ordinal = (idx << ORD_SHIFT) | n
        for item in ingest._read_jsonl([line], source):
            if isinstance(item, InputError):
                yield _reject_row(
                    InputError(source, item.problem, where=f"line {n}", hint=item.hint), ordinal
                )
                continue
            item.meta["line"] = n
            try:
                yield _article_row(item, ordinal, embeddings)
            except Exception as exc:
                yield _reject_row(
                    InputError(source, f"cannot be indexed ({exc})", where=f"line {n}"), ordinal
                )


# -- pair verdicts ---------------------------------------------------------------------

_embedder: Any = None


def executor_embedder() -> Any:
    """The embedding model, loaded once per executor Python process (lazily)."""
    global _embedder
    if _embedder is None:
        from ..embed import default_embedder

        _embedder = default_embedder("cpu")
    return _embedder


def _article(
    cache: OrderedDict[int, Article], rowid: int, art_id: str, doc: str, sents: Sequence[Any]
) -> Article:
    hit = cache.get(rowid)
    if hit is None:
        hit = article_from_row(doc, [(int(s[0]), str(s[1]), int(s[2]), int(s[3])) for s in sents])
        hit.id = art_id
        cache[rowid] = hit
        if len(cache) > 512:
            cache.popitem(last=False)
    return hit


def judge_pairs(
    rows: Iterable[Any], judge_name: str, embeddings: bool
) -> Iterator[tuple[Any, ...]]:
    """``mapPartitions`` over (a, b, shared, id_a, doc_a, sents_a, id_b, doc_b, sents_b):
    one verdict row (spark.LINK_SCHEMA) per pair."""
    cache: OrderedDict[int, Article] = OrderedDict()
    for r in rows:
        a, b, shared = int(r[0]), int(r[1]), int(r[2])
        xa = _article(cache, a, r[3], r[4], r[5])
        ya = _article(cache, b, r[6], r[7], r[8])
        link, als = judge_articles(
            xa,
            ya,
            a,
            b,
            judge=judge_name,
            embedder=executor_embedder() if embeddings else None,
            shared_terms=shared,
        )
        yield (
            a,
            b,
            shared,
            link.relation,
            fam.joins_family(link),  # the "derived" column: links that join a family
            link.source,
            float(link.confidence),
            float(link.coverage.get("copy_derived", 0.0)),
            float(link.similarity),
            json.dumps(link.to_json()),
            [(list(al.copy), list(al.source), al.kind, float(al.score)) for al in als],
        )


# -- candidates --------------------------------------------------------------------------


def lsh_filter(frames: Iterable[Any], min_jaccard: float, min_containment: float) -> Iterator[Any]:
    """``mapInPandas`` over (a, b, sig_a, sig_b, n_a, n_b): the bucket pairs whose
    estimated Jaccard or containment passes, as ``Store.candidate_pairs`` keeps them."""
    import pandas as pd

    for pdf in frames:
        keep = []
        for a, b, sa, sb, na, nb in pdf.itertuples(index=False, name=None):
            j = cand.jaccard_estimate(np.frombuffer(sa, np.uint32), np.frombuffer(sb, np.uint32))
            c = max(
                cand.containment_estimate(j, int(na), int(nb)),
                cand.containment_estimate(j, int(nb), int(na)),
            )
            if j >= min_jaccard or c >= min_containment:
                keep.append((int(a), int(b)))
        yield pd.DataFrame(keep, columns=["a", "b"], dtype="int64")


def vector_block_pairs(
    rows: Iterable[Any], k: int, min_score: float
) -> Iterator[tuple[int, int, float]]:
    """``mapPartitions`` over (bx, ids_x, vecs_x, by, ids_y, vecs_y) block pairs: for each article
    of either block, its ``k`` best neighbours in the other block at or above
    ``min_score`` (exact products, as ``VectorIndex.all_pairs``; the driver keeps the
    best ``k`` over all blocks)."""
    for bx, ids_x, vx, by, ids_y, vy in rows:
        mx = np.vstack([np.frombuffer(v, np.float32) for v in vx])
        my = np.vstack([np.frombuffer(v, np.float32) for v in vy])
        sims = mx @ my.T
        for left, right, s in ((ids_x, ids_y, sims), (ids_y, ids_x, sims.T)):
            kk = min(k, s.shape[1])
            top = np.argpartition(-s, kk - 1, axis=1)[:, :kk]
            for r in range(s.shape[0]):
                for c in top[r]:
                    score = float(s[r, c])
                    if score >= min_score and left[r] != right[int(c)]:
                        yield int(left[r]), int(right[int(c)]), score
            if bx == by:
                break  # a block against itself: one direction covers both


# -- families ----------------------------------------------------------------------------


def build_component(pdf: Any, min_size: int) -> Any:
    """``applyInPandas`` over one component's links (comp, a, b, link, ref_a, ref_b; a ref
    is the JSON of {ref: the article's ref as JSON, text: its sentences}): its family (0 or 1)
    from ``families.build_families``, as JSON."""
    import pandas as pd

    links = []
    refs: dict[int, dict[str, Any]] = {}
    texts: dict[int, str] = {}
    published: dict[int, dt.date] = {}
    comp = int(pdf["comp"].iloc[0])
    for a, b, link, ra, rb in pdf[["a", "b", "link", "ref_a", "ref_b"]].itertuples(
        index=False, name=None
    ):
        links.append(fam.Link.from_json(int(a), int(b), json.loads(link)))
        for k, r in ((int(a), json.loads(ra)), (int(b), json.loads(rb))):
            refs[k], texts[k] = json.loads(r["ref"]), r["text"]
            with contextlib.suppress(ValueError):  # no time stamp, or none readable
                published[k] = dt.date.fromisoformat(r.get("published") or "")
    out = fam.build_families(
        links,
        refs,
        min_size=min_size,
        words=lambda k: fam.word_set(texts[k]),
        published=published,
    )
    for f in out:
        f.pop("id", None)
    return pd.DataFrame(
        {"comp": [comp] * len(out), "family": [json.dumps(f, ensure_ascii=False) for f in out]}
    )
