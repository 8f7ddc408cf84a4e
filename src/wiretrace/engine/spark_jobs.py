"""What the Spark engine runs inside the executors: plain Python over rows, no Spark.

Every function here takes an iterator of rows and yields tuples (``mapPartitions``) or
takes and returns pandas frames (``mapInPandas`` / ``applyInPandas``). They call the
same library code as the embedded engine — ``ingest`` to read, ``store.prepare`` to
fingerprint, ``compare.compare_articles`` / ``families.lexical_judge`` to judge a pair,
``families.build_families`` to build a tree — so the two engines cannot drift apart.
Two DataFrame building blocks (a self-join into pairs, connected components) end the
module; ``pyspark`` is imported only inside them, so the rest runs without a JVM.
"""

from __future__ import annotations

import json
import urllib.parse
import uuid
from collections import OrderedDict
from collections.abc import Iterable, Iterator, Mapping, Sequence
from pathlib import Path, PurePosixPath
from typing import Any

import numpy as np

from .. import candidates as cand
from .. import families as fam
from ..article import Alignment, Article
from ..errors import InputError, InputTooLarge, WiretraceError
from ..store import article_doc, article_from_row, prepare
from .embedded import CLOSE_FAMILY

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


def judge(
    xa: Article,
    ya: Article,
    xid: int,
    yid: int,
    *,
    judge: str,
    embeddings: bool,
    shared_terms: int,
) -> tuple[fam.Link, list[Alignment]]:
    """The verdict on one pair: the glue of ``Store.judge_pair`` (engine/embedded.py)
    around the same functions, returning the alignments too (for the Parquet output)."""
    jac, x_in_y, y_in_x = cand.exact_overlap(cand.shingles(xa.text), cand.shingles(ya.text))
    alignments: list[Alignment] = []
    if judge == "lexical":
        link = fam.lexical_judge(xa, ya, xid, yid, shared_terms=shared_terms, similarity=jac)
    else:
        from ..compare import compare_articles

        c = compare_articles(
            xa,
            ya,
            embeddings=embeddings,
            embedder=executor_embedder() if embeddings else None,
            quotes=False,
            facts=False,
        )
        link = fam.link_from_comparison(c, {xa.id: xid, ya.id: yid}, jac)
        alignments = list(c.alignments)
    if link.derived:  # how much of the copy's wording is found in the source
        link.similarity = y_in_x if link.source == xid else x_in_y
    return link, alignments


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
        link, als = judge(
            xa, ya, a, b, judge=judge_name, embeddings=embeddings, shared_terms=shared
        )
        yield (
            a,
            b,
            shared,
            link.relation,
            link.derived,
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
    """``applyInPandas`` over one component's links (comp, a, b, link, ref_a, ref_b): its
    family (0 or 1) from ``families.build_families``, as JSON."""
    import pandas as pd

    links = []
    refs: dict[int, dict[str, Any]] = {}
    comp = int(pdf["comp"].iloc[0])
    for a, b, link, ra, rb in pdf[["a", "b", "link", "ref_a", "ref_b"]].itertuples(
        index=False, name=None
    ):
        links.append(fam.Link.from_json(int(a), int(b), json.loads(link)))
        refs[int(a)] = json.loads(ra)
        refs[int(b)] = json.loads(rb)
    out = fam.build_families(links, refs, min_size=min_size)
    for f in out:
        f.pop("id", None)
    return pd.DataFrame(
        {"comp": [comp] * len(out), "family": [json.dumps(f, ensure_ascii=False) for f in out]}
    )


# -- DataFrame building blocks (driver side; pyspark imported when called) -------------


def pairs_on(df: Any, key: str) -> Any:
    """(a, b), a < b, of the rows of ``df`` (rowid, key) sharing ``key``: a self-join."""
    from pyspark.sql import functions as F

    x, y = df.alias("x"), df.alias("y")
    cond = (F.col(f"x.{key}") == F.col(f"y.{key}")) & (F.col("x.rowid") < F.col("y.rowid"))
    return x.join(y, cond).select(F.col("x.rowid").alias("a"), F.col("y.rowid").alias("b"))


def connected_components(edges: Any, max_rounds: int = 60) -> Any:
    """(node, comp) of an undirected graph (a, b), comp = the smallest node: alternating
    large-star / small-star rounds (Kiveris et al. 2014), O(log^2 n) rounds, all in
    DataFrames; each round is checkpointed so the plan stays short."""
    from pyspark.sql import functions as F

    def sym(e: Any) -> Any:
        return e.union(e.select(F.col("v").alias("u"), F.col("u").alias("v"))).distinct()

    e = sym(edges.select(F.col("a").alias("u"), F.col("b").alias("v")).filter("u != v"))
    e = e.localCheckpoint()
    n_e = e.count()
    for _ in range(max_rounds):
        # large star: every neighbour bigger than u hangs from u's smallest neighbour
        m = e.groupBy("u").agg(F.least(F.min("v"), F.col("u")).alias("m"))
        large = e.join(m, "u").filter("v > u").select(F.col("v").alias("u"), F.col("m").alias("v"))
        large = sym(large.filter("u != v"))
        # small star: u and its smaller neighbours hang from the smallest of them
        low = large.filter("v < u")
        m2 = low.groupBy("u").agg(F.min("v").alias("m"))
        small = low.join(m2, "u").select(F.col("v").alias("u"), "m").union(m2.select("u", "m"))
        new = sym(small.toDF("u", "v").filter("u != v")).localCheckpoint()
        n_new = new.count()
        same = n_new == n_e and new.exceptAll(e).isEmpty()
        e, n_e = new, n_new
        if same:
            break
    else:  # pragma: no cover - log^2 n rounds for any real graph
        raise RuntimeError(f"connected components did not converge in {max_rounds} rounds")
    return (
        e.groupBy("u")
        .agg(F.least(F.min("v"), F.col("u")).alias("comp"))
        .withColumnRenamed("u", "node")
    )


def family_rows(links: Any, comp: Any, arts: Any, min_size: int) -> Any:
    """Per component, its links (and the same-event links leaving it) with the refs of
    both ends, grouped and handed to ``families.build_families``."""
    from pyspark.sql import functions as F

    ref = arts.select("rowid", "ref")
    ca, cb = comp.toDF("a", "comp_a"), comp.toDF("b", "comp_b")
    lk = links.select("a", "b", "relation", "link").join(ca, "a", "left").join(cb, "b", "left")
    same_event = F.col("relation") == "same_event"
    inside = lk.filter(
        F.col("comp_a").isNotNull() & ((F.col("comp_a") == F.col("comp_b")) | same_event)
    )
    outside = lk.filter(
        F.col("comp_b").isNotNull()
        & same_event
        & (F.col("comp_a").isNull() | (F.col("comp_a") != F.col("comp_b")))
    )
    rows = inside.select(F.col("comp_a").alias("comp"), "a", "b", "link").unionByName(
        outside.select(F.col("comp_b").alias("comp"), "a", "b", "link")
    )
    rows = rows.join(ref.toDF("a", "ref_a"), "a").join(ref.toDF("b", "ref_b"), "b")
    return rows.groupBy("comp").applyInPandas(
        lambda pdf: build_component(pdf, min_size), "comp long, family string"
    )


def close_pairs(comp: Any, links: Any) -> Any:
    """All member pairs of families of at most CLOSE_FAMILY members not judged yet."""
    from pyspark.sql import functions as F

    small = comp.groupBy("comp").count().filter(F.col("count") <= CLOSE_FAMILY).select("comp")
    members = comp.join(small, "comp").select(F.col("node").alias("rowid"), "comp")
    pairs = pairs_on(members, "comp").join(links.select("a", "b"), ["a", "b"], "left_anti")
    return pairs.withColumn("shared", F.lit(0))


class FS:
    """Hadoop's file system API (hdfs://, s3a://, file:), through the JVM."""

    def __init__(self, spark: Any, path: str) -> None:
        self.sc = spark.sparkContext
        jvm = self.sc._jvm
        self.Path = jvm.org.apache.hadoop.fs.Path
        self.fs = self.Path(path).getFileSystem(self.sc._jsc.hadoopConfiguration())

    def qualify(self, path: str) -> str:
        return str(self.fs.makeQualified(self.Path(path)).toString())

    def exists(self, path: str) -> bool:
        return bool(self.fs.exists(self.Path(path)))

    def rename(self, src: str, dst: str) -> None:
        if not self.fs.rename(self.Path(src), self.Path(dst)):
            raise WiretraceError(f"cannot rename {src} to {dst}")

    def delete(self, path: str) -> None:
        self.fs.delete(self.Path(path), True)

    def write_text(self, path: str, text: str) -> None:
        out = self.fs.create(self.Path(path), True)
        try:
            out.write(bytearray(text.encode("utf-8")))
        finally:
            out.close()

    def list_inputs(self, path: str) -> tuple[list[tuple[str, str | None]], InputError | None]:
        """(file URI, kind) of one input in the order the embedded engine reads them,
        or the error the embedded engine would report for it."""
        from .. import ingest

        p = self.Path(path)
        if not self.fs.exists(p):
            return [], InputError(path, "no such file or directory")
        st = self.fs.getFileStatus(p)
        root = str(self.fs.makeQualified(p).toString())
        if not st.isDirectory():
            return [(root, ingest._kind(Path(PurePosixPath(root).name)))], None
        found: list[tuple[tuple[str, ...], str, str]] = []
        it = self.fs.listFiles(p, True)
        while it.hasNext():
            uri = str(it.next().getPath().toString())
            rel = PurePosixPath(uri[len(root) :].lstrip("/"))
            kind = ingest._kind(Path(rel.name))
            if kind and not any(part.startswith((".", "_")) for part in rel.parts):
                found.append((rel.parts, uri, kind))
        if not found:
            hint = "looked for " + " ".join(ingest.EXTENSIONS)
            return [], InputError(path, "no article files in the directory", hint=hint)
        return [(uri, kind) for _, uri, kind in sorted(found)], None


def write_families(spark: Any, tmp: str, families: list[dict[str, Any]]) -> None:
    fam_rows = [
        (f["id"], f["origin"]["id"], len(f["members"]), len(f["same_event"]), json.dumps(f))
        for f in families
    ]
    spark.createDataFrame(
        fam_rows, "family string, origin string, members int, same_event int, json string"
    ).coalesce(1).write.parquet(f"{tmp}/families")
    edge_rows = [
        (f["id"], e["parent"]["id"], e["child"]["id"], e["relation"],
         float(e["coverage"].get("copy_derived", 0.0)), e["evidence"])
        for f in families for e in f["edges"]
    ]  # fmt: skip
    spark.createDataFrame(
        edge_rows,
        "family string, parent string, child string, relation string, copy_derived double,"
        " evidence array<string>",
    ).coalesce(1).write.parquet(f"{tmp}/tree_edges")


def swap(fs: FS, tmp: str, target: str) -> None:
    """Put the finished ``tmp`` in place of ``target``: the old output is moved aside
    first and deleted last, so a reader sees the old output or the new, never a mix."""
    old = None
    if fs.exists(target):
        old = f"{target.rstrip('/')}.old-{uuid.uuid4().hex[:8]}"
        fs.rename(target, old)
    try:
        fs.rename(tmp, target)
    except BaseException:
        if old:
            fs.rename(old, target)
        raise
    if old:
        fs.delete(old)
