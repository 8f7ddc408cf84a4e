"""The embedded engine: a SQLite store plus in-process indexes, on one machine.

``Store`` is the public Python API (``wiretrace.Store``)::

    with Store("corpus.db", embeddings=False) as st:
        st.add(["crawl/"])
        st.trace("story.txt")
        st.families()
"""

from __future__ import annotations

import sys
from collections import OrderedDict
from collections.abc import Iterable, Iterator
from pathlib import Path
from types import TracebackType
from typing import Any, Literal

import numpy as np

from .. import candidates as cand
from .. import families as fam
from ..article import Article
from ..errors import InputError, WiretraceError
from ..language import is_english
from ..store import Database, Prepared, prepare
from . import pool
from .base import FAMILIES_SCHEMA, TRACE_SCHEMA, AddResult, Input
from .judge import judge_articles

Judge = Literal["auto", "compare", "lexical"]

MAX_BUCKET = 50  # LSH buckets bigger than this hold boilerplate, not copies
MIN_JACCARD = 0.04  # estimated shingle Jaccard a candidate must reach ...
MIN_CONTAINMENT = 0.15  # ... or estimated containment of one in the other
RARE_DF = 12  # a "rare" term occurs in at most this many articles (at least 2)
MIN_SHARED_TERMS = 3  # rare terms two same-event reports share
MIN_COSINE = 0.80  # article-vector similarity for a paraphrase candidate
CLOSE_FAMILY = 40  # families up to this size get every member pair compared


def _iter_prepared(items: Iterable[Input], workers: int) -> Iterator[Prepared | InputError]:
    if isinstance(items, (list, tuple)) and all(isinstance(x, (str, Path)) for x in items):
        paths: list[str | Path] = list(items)
        if pool.worth_it(paths, workers):
            yield from pool.prepared(paths, workers)
            return
    for item in _iter_inputs(items):
        yield item if isinstance(item, InputError) else prepare(item)


def _iter_inputs(items: Iterable[Input]) -> Iterator[Article | InputError]:
    from .. import ingest

    paths: list[str | Path] = []
    for item in items:
        if isinstance(item, (str, Path)):
            paths.append(item)
            continue
        if paths:
            yield from ingest.iter_articles(paths)
            paths = []
        if isinstance(item, InputError):
            yield item
        else:
            try:
                yield item if item.sentences else ingest.prepare(item)
            except InputError as exc:
                yield exc
    if paths:
        yield from ingest.iter_articles(paths)


class Store:
    """A corpus in one SQLite file: ``add``, ``trace`` and ``families`` (the Engine protocol).

    ``embeddings``: store one vector per article (mean of its first sentences) for
    paraphrase retrieval, and let compare() use the model. ``judge``: who decides each
    candidate pair: ``compare`` (the full pair pipeline), ``lexical`` (fast sentence
    matching, for very large corpora), ``auto`` (compare).
    """

    def __init__(
        self,
        path: str | Path = "wiretrace.db",
        *,
        embeddings: bool = True,
        device: str = "cpu",
        embedder: Any = None,
        judge: Judge = "auto",
        batch_size: int = 200,
        readonly: bool = False,
    ) -> None:
        self.db = Database(path, readonly=readonly)
        self.embeddings = embeddings
        self.device = device
        self._embedder = embedder
        self.judge = "compare" if judge == "auto" else judge
        self.batch_size = batch_size
        self._vectors: cand.VectorIndex | None = None
        self._articles: OrderedDict[int, Article] = OrderedDict()

    # -- lifecycle ------------------------------------------------------------------------
    def __enter__(self) -> Store:
        return self

    def __exit__(
        self, et: type[BaseException] | None, ev: BaseException | None, tb: TracebackType | None
    ) -> None:
        self.close()

    def close(self) -> None:
        self.db.close()

    def __len__(self) -> int:
        return self.db.count()

    @property
    def embedder(self) -> Any:
        if self._embedder is None:
            from ..embed import default_embedder

            self._embedder = default_embedder(self.device)
        return self._embedder

    # -- add --------------------------------------------------------------------------------
    def add(
        self, items: Iterable[Input], *, progress: bool = False, workers: int | None = None
    ) -> AddResult:
        """Ingest, clean, split and index; one transaction per batch. Content already
        stored is skipped (by hash); a bad input is reported and skipped.

        ``workers``: processes that parse, clean and split files (default: one per core;
        1 = in this process). Only paths are spread over workers, and only when there is
        more than about a megabyte of them.
        """
        result = AddResult()
        bar = None
        if progress:
            from tqdm import tqdm

            bar = tqdm(unit=" articles", file=sys.stderr, dynamic_ncols=True, smoothing=0.1)
        batch: list[Prepared] = []
        seen: dict[str, str] = {}  # hash -> path or id, within the unwritten batch
        try:
            for p in _iter_prepared(items, pool.default_workers() if workers is None else workers):
                if isinstance(p, InputError):
                    result.failed.append(p)
                    if bar is not None:
                        bar.write(f"wiretrace: skipped: {p}", file=sys.stderr)
                    continue
                item = p.article
                kept = seen.get(p.hash) or self.db.stored_as(p.hash)
                if kept is not None:
                    result.duplicates.append(item.id)
                    if kept != (item.path or item.id):  # not the same file added again
                        result.duplicate_of[item.path or item.id] = kept
                else:
                    seen[p.hash] = item.path or item.id
                    batch.append(p)
                if bar is not None:
                    bar.update(1)
                if len(batch) >= self.batch_size:
                    self._flush(batch, result)
                    batch, seen = [], {}
            self._flush(batch, result)
        finally:
            if bar is not None:
                bar.close()
        return result

    def _flush(self, batch: list[Prepared], result: AddResult) -> None:
        if not batch:
            return
        if self.embeddings:
            self._embed(batch)
        rowids, failed = self.db.write_batch(batch)
        for p, rowid in zip(batch, rowids, strict=True):
            if not rowid:
                continue
            result.added.append(p.article.id)
            if self._vectors is not None and p.vector is not None:
                self._vectors.add(rowid, p.vector)
        result.failed.extend(failed)

    def _embed(self, batch: list[Prepared]) -> None:
        # English only: the model does not read other languages, and its vectors of, say,
        # Urdu articles all look alike (on COUNTER they made every story a paraphrase
        # candidate of every other and merged 600 articles into one family).
        english = [p for p in batch if is_english(p.article.sentences)]
        texts: list[str] = []
        spans: list[tuple[int, int]] = []
        for p in english:
            head = [s.text for s in p.article.sentences[: cand.VECTOR_SENTENCES]]
            spans.append((len(texts), len(texts) + len(head)))
            texts.extend(head)
        if not texts:
            return
        vecs = self.embedder.encode(texts)
        for p, (a, b) in zip(english, spans, strict=True):
            p.vector = cand.article_vector(vecs[a:b])

    # -- reading ------------------------------------------------------------------------------
    def article(self, rowid: int) -> Article:
        hit = self._articles.get(rowid)
        if hit is None:
            hit = self.db.article(rowid)
            self._articles[rowid] = hit
            if len(self._articles) > 2048:
                self._articles.popitem(last=False)
        else:
            self._articles.move_to_end(rowid)
        return hit

    def resolve(self, ref: Article | str | Path) -> tuple[Article, int | None]:
        """The article ``ref`` names and its rowid (None when it is not stored):
        an Article, an id (or content hash) in the store, or a file (``-``: stdin)."""
        from .. import ingest
        from ..store import content_hash

        if isinstance(ref, str):
            rowid = self.db.rowid_of(ref)
            if rowid is not None and not Path(ref).is_file():
                return self.article(rowid), rowid
            if ref != "-" and not Path(ref).exists():
                raise WiretraceError(f"{ref}: neither a file nor an article id in {self.db.path}")
            ref = Path(ref)
        art = ingest.load_article(ref)
        row = self.db.rowid_of(content_hash(art))
        return (self.article(row), row) if row is not None else (art, None)

    def vector_index(self) -> cand.VectorIndex:
        if self._vectors is None:
            self._vectors = cand.VectorIndex(cache=cand.vector_cache(self.db.path))
            for rowid, vec in self.db.vectors():
                self._vectors.add(rowid, vec)
        return self._vectors

    # -- judging pairs ------------------------------------------------------------------------
    def _judge_name(self) -> str:
        if self.judge == "lexical":
            return "lexical/1"
        return "compare/emb" if self.embeddings else "compare/lex"

    def judge_pair(
        self, x: int | Article, y: int, *, cache: bool = True, shared_terms: int = 0
    ) -> fam.Link:
        """The verdict on two articles (stored rowids; ``x`` may be an unstored Article,
        given the pseudo rowid 0)."""
        name = self._judge_name()
        xa = x if isinstance(x, Article) else self.article(x)
        xid = 0 if isinstance(x, Article) else x
        if cache and xid:
            hit = self.db.cached_pair(xid, y, name)
            if hit is not None:
                return fam.Link.from_json(min(xid, y), max(xid, y), hit)
        link, _alignments = judge_articles(
            xa,
            self.article(y),
            xid,
            y,
            judge=self.judge,
            embedder=self.embedder if self.embeddings else None,
            shared_terms=shared_terms,
        )
        if cache and xid:
            self.db.cache_pairs([(xid, y, name, link.to_json())])
        return link

    # -- trace ----------------------------------------------------------------------------------
    def candidates_for(
        self, art: Article, rowid: int | None, limit: int
    ) -> list[tuple[int, float, int]]:
        """(rowid, retrieval score, rare terms shared) for the stored articles worth comparing."""
        if rowid is not None:
            n, sig = self.db.fingerprint_of(rowid)
            fp = cand.Fingerprint(n, sig, cand.band_keys(sig), self.db.terms_of(rowid))
        else:
            fp = cand.fingerprint([s.text for s in art.sentences])
        scores: dict[int, float] = {}
        for other in self.db.lsh_candidates(fp.bands, exclude=rowid):
            n2, sig2 = self.db.fingerprint_of(other)
            j = cand.jaccard_estimate(fp.signature, sig2)
            c = max(
                cand.containment_estimate(j, fp.n_shingles, n2),
                cand.containment_estimate(j, n2, fp.n_shingles),
            )
            if j >= MIN_JACCARD or c >= MIN_CONTAINMENT:
                scores[other] = max(j, c)
        df = self.db.term_df(fp.terms)
        rare = [t for t, n in df.items() if n <= RARE_DF + (1 if rowid is not None else 0)]
        shared = self.db.term_candidates(rare, exclude=rowid)
        for other, k in shared.items():
            if k >= MIN_SHARED_TERMS:
                scores.setdefault(other, 0.01 * k)
        index = self.vector_index()
        if len(index):
            vec = self._vector_of(art, rowid)
            if vec is not None:
                for other, cos in index.search(vec, 20, min_score=MIN_COSINE):
                    if other != rowid and (shared.get(other, 0) >= 2 or cos >= 0.92):
                        scores[other] = max(scores.get(other, 0.0), cos)
        ranked = sorted(scores.items(), key=lambda kv: -kv[1])[:limit]
        return [(o, s, shared.get(o, 0)) for o, s in ranked]

    def _vector_of(
        self, art: Article, rowid: int | None
    ) -> np.ndarray[Any, np.dtype[np.float32]] | None:
        if rowid is not None:
            row = self.db.db.execute(
                "SELECT vector FROM articles WHERE rowid=?", (rowid,)
            ).fetchone()
            if row and row[0] is not None:
                return np.frombuffer(row[0], dtype=np.float32)
        if not self.embeddings or not is_english(art.sentences):
            return None
        head = [s.text for s in art.sentences[: cand.VECTOR_SENTENCES]]
        return cand.article_vector(self.embedder.encode(head))

    def trace(self, article: Article | str | Path, top: int = 10) -> dict[str, Any]:
        """``wiretrace.trace/1``: what the article derives from, what derives from it, and
        what reports the same event independently, ranked."""
        art, rowid = self.resolve(article)
        found = self.candidates_for(art, rowid, limit=max(3 * top, 30))
        refs = self.db.refs([o for o, _, _ in found])
        out: dict[str, list[dict[str, Any]]] = {"sources": [], "copies": [], "same_event": []}
        me = rowid or 0
        for other, _, shared in found:
            link = self.judge_pair(rowid if rowid is not None else art, other, shared_terms=shared)
            entry = {
                **refs[other],
                "relation": link.relation,
                "coverage": {k: round(v, 4) for k, v in link.coverage.items()},
                "score": round(
                    link.coverage.get("copy_derived", 0.0) if link.derived else link.confidence, 4
                ),
                "confidence": round(link.confidence, 4),
                "similarity": round(link.similarity, 4),
                "direction": link.evidence if link.derived else [],
            }
            if link.derived:
                out["sources" if link.copy == me else "copies"].append(entry)
            elif link.relation == "same_event":
                out["same_event"].append(entry)
        for key in out:
            out[key] = sorted(out[key], key=lambda e: (-e["score"], -e["similarity"], e["id"]))[
                :top
            ]
        query = art.ref()
        return {"schema": TRACE_SCHEMA, "query": query, **out}

    # -- families -------------------------------------------------------------------------------
    def candidate_pairs(self) -> dict[tuple[int, int], int]:
        """Every candidate pair in the corpus, with the rare terms it shares; never all pairs."""
        ids, ns, mat = self.db.signatures()
        pos = {r: k for k, r in enumerate(ids)}
        pairs: dict[tuple[int, int], int] = {}
        for bucket in self.db.lsh_buckets(MAX_BUCKET):
            for i, a in enumerate(bucket):
                for b in bucket[i + 1 :]:
                    key = (min(a, b), max(a, b))
                    if key in pairs:
                        continue
                    ka, kb = pos[a], pos[b]
                    j = float(np.count_nonzero(mat[ka] == mat[kb])) / cand.NUM_PERM
                    c = max(
                        cand.containment_estimate(j, int(ns[ka]), int(ns[kb])),
                        cand.containment_estimate(j, int(ns[kb]), int(ns[ka])),
                    )
                    if j >= MIN_JACCARD or c >= MIN_CONTAINMENT:
                        pairs[key] = 0
        for a, b, k in self.db.rare_term_pairs(RARE_DF, MIN_SHARED_TERMS):
            pairs[(a, b)] = k
        index = self.vector_index()
        if len(index):
            for (a, b), cos in index.all_pairs(MIN_COSINE):
                pairs.setdefault((a, b), 0)
                del cos
        return pairs

    def links(self, *, progress: bool = False) -> list[fam.Link]:
        pairs = self.candidate_pairs()
        links = self._judge_many(pairs, progress=progress)
        # Families small enough get every member pair judged, so each member's edits
        # against the origin are known (the derivation tree needs them).
        known = {(ln.a, ln.b) for ln in links}
        extra: dict[tuple[int, int], int] = {}
        for members in fam.components(links):
            if len(members) > CLOSE_FAMILY:
                continue
            for i, a in enumerate(members):
                for b in members[i + 1 :]:
                    if (a, b) not in known:
                        extra[(a, b)] = 0
        return links + self._judge_many(extra, progress=progress)

    def _judge_many(self, pairs: dict[tuple[int, int], int], *, progress: bool) -> list[fam.Link]:
        name = self._judge_name()
        out: list[fam.Link] = []
        todo: list[tuple[int, int, str, dict[str, Any]]] = []
        it: Iterable[tuple[tuple[int, int], int]] = sorted(pairs.items())
        if progress and pairs:
            from tqdm import tqdm

            it = tqdm(it, total=len(pairs), unit=" pairs", file=sys.stderr)
        for (a, b), shared in it:
            hit = self.db.cached_pair(a, b, name)
            if hit is not None:
                out.append(fam.Link.from_json(a, b, hit))
                continue
            link = self.judge_pair(a, b, cache=False, shared_terms=shared)
            out.append(link)
            todo.append((a, b, name, link.to_json()))
            if len(todo) >= 1000:
                self.db.cache_pairs(todo)
                todo = []
        self.db.cache_pairs(todo)
        return out

    def families(self, min_size: int = 2, *, progress: bool = False) -> dict[str, Any]:
        """``wiretrace.families/1``: story families with origin, members, derivation tree
        edges and same-event reports."""
        links = self.links(progress=progress)
        involved = {ln.a for ln in links} | {ln.b for ln in links}
        refs = self.db.refs(involved)
        seen: dict[int, frozenset[str]] = {}

        def words(rowid: int) -> frozenset[str]:  # read only for parent ties
            if rowid not in seen:
                seen[rowid] = fam.word_set(self.db.article(rowid).text)
            return seen[rowid]

        return {
            "schema": FAMILIES_SCHEMA,
            "families": fam.build_families(
                links,
                refs,
                min_size=min_size,
                words=words,
                published=self.db.published(involved),
            ),
        }


EmbeddedEngine = Store
