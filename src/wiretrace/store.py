"""The corpus store: one SQLite file holding articles, sentences and the retrieval indexes.

Every article is written in the same transaction as its sentences, its LSH band keys,
its rare terms and its vector, one transaction per batch (WAL mode): a crash leaves each
article either whole or absent, and the indexes never drift from the articles. The index
parameters are recorded in ``meta``; a store opened with other parameters has its
indexes rebuilt from the stored sentences (never silently used out of step).

The schema version is ``PRAGMA user_version``; ``migrations.MIGRATIONS[v]`` takes a store
from version ``v`` to ``v + 1``; ``identity.content_hash`` says when two inputs are one article.
"""

from __future__ import annotations

import datetime as dt
import json
import sqlite3
import time
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import numpy as np
import numpy.typing as npt

from . import candidates as cand
from .article import Article, Dateline, Removed, Sentence
from .errors import InputError, WiretraceError
from .identity import content_hash
from .migrations import MIGRATIONS, SCHEMA_VERSION

__all__ = [
    "SCHEMA_VERSION",
    "Database",
    "Prepared",
    "article_doc",
    "article_from_row",
    "content_hash",
    "prepare",
]


def article_doc(a: Article) -> dict[str, Any]:
    """Article.to_dict() without the sentences (they have their own table)."""
    d = a.to_dict()
    d.pop("sentences", None)
    d["body"] = a.body
    return d


def article_from_row(doc: str, sentences: Sequence[tuple[int, str, int, int]]) -> Article:
    d = json.loads(doc)
    date = dt.date.fromisoformat(d["date"]) if d.get("date") else None
    dl = d.get("dateline")
    return Article(
        id=d["id"],
        body=d["body"],
        title=d.get("title"),
        date=date,
        url=d.get("url"),
        outlet=d.get("outlet"),
        path=d.get("path"),
        byline=d.get("byline"),
        dateline=Dateline(dl["place"], dl["date"], dl["agency"], dl["text"]) if dl else None,
        sentences=[Sentence(i, t, s, e) for i, t, s, e in sentences],
        removed=[
            Removed(r["reason"], r["text"], r["start"], r["end"]) for r in d.get("removed", [])
        ],
        meta=d.get("meta") or {},
    )


@dataclass(slots=True)
class Prepared:
    """An article with everything the store writes for it, computed outside the transaction."""

    article: Article
    hash: str
    fp: cand.Fingerprint
    vector: npt.NDArray[np.float32] | None = None


def prepare(article: Article) -> Prepared:
    texts = [s.text for s in article.sentences]
    return Prepared(article, content_hash(article), cand.fingerprint(texts))


class Database:
    """Low-level access to the store file. Not thread-safe: one per thread/process."""

    def __init__(self, path: str | Path, *, readonly: bool = False) -> None:
        self.path = str(path)
        where = Path(self.path)
        if readonly and not where.exists():
            raise WiretraceError(f"{self.path}: no such store (run `wiretrace add` first)")
        if where.is_dir():
            raise WiretraceError(f"{self.path}: is a directory, not a store file")
        if not where.parent.is_dir():
            raise WiretraceError(f"{self.path}: the directory {where.parent} does not exist")
        try:
            self.db = sqlite3.connect(self.path, isolation_level=None, timeout=30.0)
            self.db.execute("PRAGMA journal_mode=WAL")
            self.db.execute("PRAGMA synchronous=NORMAL")
            self.db.execute("PRAGMA foreign_keys=OFF")
            self.db.execute("PRAGMA cache_size=-65536")
            self._migrate()
            self._check_params()
        except sqlite3.DatabaseError as exc:
            raise WiretraceError(f"{self.path}: not a wiretrace store ({exc})") from exc

    # -- schema ---------------------------------------------------------------------
    def _migrate(self) -> None:
        version = int(self.db.execute("PRAGMA user_version").fetchone()[0])
        if version == 0 and self.db.execute("SELECT count(*) FROM sqlite_master").fetchone()[0]:
            # an SQLite file that some other program made: never add our tables to it
            raise WiretraceError(
                f"{self.path}: not a wiretrace store (an SQLite database with other tables); "
                "give a new file name with --store"
            )
        if version > SCHEMA_VERSION:
            raise WiretraceError(
                f"{self.path}: store schema {version} is newer than this wiretrace ({SCHEMA_VERSION})"
            )
        while version < SCHEMA_VERSION:
            self.db.execute("BEGIN IMMEDIATE")
            try:
                MIGRATIONS[version](self.db)
                version += 1
                self.db.execute(f"PRAGMA user_version={version}")
                if version == 1:
                    self._set_meta("index_params", cand.PARAMS)
                self.db.execute("COMMIT")
            except BaseException:
                self.db.execute("ROLLBACK")
                raise

    def _set_meta(self, key: str, value: str) -> None:
        self.db.execute("INSERT OR REPLACE INTO meta(key, value) VALUES (?, ?)", (key, value))

    def meta(self, key: str) -> str | None:
        row = self.db.execute("SELECT value FROM meta WHERE key=?", (key,)).fetchone()
        return None if row is None else str(row[0])

    def _check_params(self) -> None:
        """Rebuild the lexical index when it was built with other parameters."""
        if self.meta("index_params") != cand.PARAMS:
            self.rebuild_lexical_index()

    def rebuild_lexical_index(self) -> None:
        self.db.execute("BEGIN IMMEDIATE")
        try:
            self.db.execute("DELETE FROM lsh")
            self.db.execute("DELETE FROM terms")
            self.db.execute("DELETE FROM pairs")
            rows = self.db.execute("SELECT rowid FROM articles").fetchall()
            for (rowid,) in rows:
                texts = [
                    t
                    for (t,) in self.db.execute(
                        "SELECT text FROM sentences WHERE article=? ORDER BY i", (rowid,)
                    )
                ]
                fp = cand.fingerprint(texts)
                self.db.execute(
                    "UPDATE articles SET n_shingles=?, signature=? WHERE rowid=?",
                    (fp.n_shingles, fp.signature.tobytes(), rowid),
                )
                self._insert_index(rowid, fp)
            self._set_meta("index_params", cand.PARAMS)
            self.db.execute("COMMIT")
        except BaseException:
            self.db.execute("ROLLBACK")
            raise

    def close(self) -> None:
        self.db.close()

    # -- writing --------------------------------------------------------------------
    def _insert_index(self, rowid: int, fp: cand.Fingerprint) -> None:
        self.db.executemany(
            "INSERT OR IGNORE INTO lsh(key, article) VALUES (?, ?)", [(k, rowid) for k in fp.bands]
        )
        self.db.executemany(
            "INSERT OR IGNORE INTO terms(term, article) VALUES (?, ?)",
            [(t, rowid) for t in fp.terms],
        )

    def stored_as(self, h: str) -> str | None:
        """The path (else the id) of the stored article with content hash ``h``, if any."""
        row = self.db.execute(
            "SELECT coalesce(path, id) FROM articles WHERE content_hash=?", (h,)
        ).fetchone()
        return str(row[0]) if row else None

    def write_batch(self, batch: Sequence[Prepared]) -> tuple[list[int], list[InputError]]:
        """Write a batch in one transaction, each article under a savepoint: an article
        that fails to store is rolled back alone and reported. Returns (rowids of the
        stored articles, failures). The caller has removed duplicates (by content hash)."""
        rowids: list[int] = []
        failed: list[InputError] = []
        self.db.execute("BEGIN IMMEDIATE")
        try:
            for p in batch:
                self.db.execute("SAVEPOINT article")
                try:
                    rowids.append(self._insert_article(p))
                except (
                    sqlite3.IntegrityError,
                    sqlite3.InterfaceError,
                    ValueError,
                    TypeError,
                ) as exc:
                    self.db.execute("ROLLBACK TO article")
                    failed.append(
                        InputError(p.article.path or p.article.id, f"cannot be stored ({exc})")
                    )
                    rowids.append(0)
                finally:
                    self.db.execute("RELEASE article")
            self.db.execute("COMMIT")
        except BaseException:
            self.db.execute("ROLLBACK")
            raise
        return rowids, failed

    def _unique_id(self, wanted: str, version: int) -> str:
        base = wanted if version <= 1 else f"{wanted}~v{version}"
        cand_id, n = base, 1
        while self.db.execute("SELECT 1 FROM articles WHERE id=?", (cand_id,)).fetchone():
            n += 1
            cand_id = f"{base}~{n}"
        return cand_id

    def _insert_article(self, p: Prepared) -> int:
        a = p.article
        version = 1
        if a.url:
            row = self.db.execute(
                "SELECT max(version) FROM articles WHERE url=?", (a.url,)
            ).fetchone()
            version = int(row[0]) + 1 if row and row[0] is not None else 1
        a.id = self._unique_id(a.id or p.hash[:16], version)
        cur = self.db.execute(
            "INSERT INTO articles(id, content_hash, url, version, path, title, date, outlet, doc,"
            " n_sentences, n_shingles, signature, vector, added)"
            " VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?)",
            (
                a.id,
                p.hash,
                a.url,
                version,
                a.path,
                a.title,
                a.date.isoformat() if a.date else None,
                a.outlet,
                json.dumps(article_doc(a), ensure_ascii=False),
                len(a.sentences),
                p.fp.n_shingles,
                p.fp.signature.tobytes(),
                None if p.vector is None else p.vector.astype(np.float32).tobytes(),
                time.time(),
            ),
        )
        rowid = int(cur.lastrowid or 0)
        self.db.executemany(
            'INSERT INTO sentences(article, i, text, start, "end") VALUES (?,?,?,?,?)',
            [(rowid, s.i, s.text, s.start, s.end) for s in a.sentences],
        )
        self._insert_index(rowid, p.fp)
        return rowid

    # -- reading --------------------------------------------------------------------
    def count(self) -> int:
        return int(self.db.execute("SELECT count(*) FROM articles").fetchone()[0])

    def rowid_of(self, ref: str) -> int | None:
        """Rowid of an article given its id, content hash, or (unique) path."""
        for sql in (
            "SELECT rowid FROM articles WHERE id=?",
            "SELECT rowid FROM articles WHERE content_hash=?",
            "SELECT rowid FROM articles WHERE path=? ORDER BY version DESC LIMIT 1",
        ):
            row = self.db.execute(sql, (ref,)).fetchone()
            if row:
                return int(row[0])
        return None

    def article(self, rowid: int) -> Article:
        row = self.db.execute("SELECT doc FROM articles WHERE rowid=?", (rowid,)).fetchone()
        if row is None:
            raise WiretraceError(f"no article {rowid} in the store")
        sents = self.db.execute(
            'SELECT i, text, start, "end" FROM sentences WHERE article=? ORDER BY i', (rowid,)
        ).fetchall()
        return article_from_row(row[0], sents)

    def refs(self, rowids: Iterable[int] | None = None) -> dict[int, dict[str, Any]]:
        sql = "SELECT rowid, id, path, title, date, outlet FROM articles"
        rows: Iterable[tuple[Any, ...]]
        if rowids is None:
            rows = self.db.execute(sql)
        else:
            ids = list(rowids)
            rows = []
            for k in range(0, len(ids), 900):
                chunk = ids[k : k + 900]
                q = f"{sql} WHERE rowid IN ({','.join('?' * len(chunk))})"
                rows = [*rows, *self.db.execute(q, chunk)]
        return {
            int(r[0]): {"id": r[1], "path": r[2], "title": r[3], "date": r[4], "outlet": r[5]}
            for r in rows
        }

    def published(self, rowids: Iterable[int]) -> dict[int, dt.date]:
        """The day each article's own time stamp gives (``meta.published``, record.py), for
        those that have one."""
        ids = list(rowids)
        out: dict[int, dt.date] = {}
        for k in range(0, len(ids), 900):
            chunk = ids[k : k + 900]
            q = (
                "SELECT rowid, json_extract(doc, '$.meta.published') FROM articles "
                f"WHERE rowid IN ({','.join('?' * len(chunk))})"
            )
            for rowid, day in self.db.execute(q, chunk):
                if isinstance(day, str):
                    try:
                        out[int(rowid)] = dt.date.fromisoformat(day)
                    except ValueError:
                        continue
        return out

    def fingerprint_of(self, rowid: int) -> tuple[int, npt.NDArray[np.uint32]]:
        row = self.db.execute(
            "SELECT n_shingles, signature FROM articles WHERE rowid=?", (rowid,)
        ).fetchone()
        return int(row[0]), np.frombuffer(row[1], dtype=np.uint32)

    def signatures(self) -> tuple[list[int], npt.NDArray[np.int64], npt.NDArray[np.uint32]]:
        """All (rowids, shingle counts, signature matrix)."""
        ids: list[int] = []
        ns: list[int] = []
        blobs: list[bytes] = []
        for rowid, n, sig in self.db.execute(
            "SELECT rowid, n_shingles, signature FROM articles ORDER BY rowid"
        ):
            ids.append(int(rowid))
            ns.append(int(n))
            blobs.append(sig)
        mat = np.frombuffer(b"".join(blobs), dtype=np.uint32).reshape(len(ids), cand.NUM_PERM)
        return ids, np.asarray(ns, dtype=np.int64), mat

    def vectors(self) -> Iterator[tuple[int, npt.NDArray[np.float32]]]:
        for rowid, blob in self.db.execute(
            "SELECT rowid, vector FROM articles WHERE vector IS NOT NULL"
        ):
            yield int(rowid), np.frombuffer(blob, dtype=np.float32)

    def lsh_candidates(self, keys: Sequence[int], exclude: int | None = None) -> dict[int, int]:
        """Stored articles sharing at least one band key, with the number of keys shared."""
        if not keys:
            return {}
        q = f"SELECT article, count(*) FROM lsh WHERE key IN ({','.join('?' * len(keys))}) GROUP BY article"
        return {int(a): int(n) for a, n in self.db.execute(q, list(keys)) if a != exclude}

    def lsh_buckets(self, max_bucket: int) -> Iterator[list[int]]:
        """Every band bucket with 2..max_bucket articles (bigger ones are boilerplate)."""
        q = (
            "SELECT group_concat(article) FROM lsh GROUP BY key"
            " HAVING count(*) > 1 AND count(*) <= ?"
        )
        for (members,) in self.db.execute(q, (max_bucket,)):
            yield [int(x) for x in str(members).split(",")]

    def term_df(self, terms: Sequence[int]) -> dict[int, int]:
        if not terms:
            return {}
        q = f"SELECT term, count(*) FROM terms WHERE term IN ({','.join('?' * len(terms))}) GROUP BY term"
        return {int(t): int(n) for t, n in self.db.execute(q, list(terms))}

    def term_candidates(self, terms: Sequence[int], exclude: int | None = None) -> dict[int, int]:
        if not terms:
            return {}
        q = f"SELECT article, count(*) FROM terms WHERE term IN ({','.join('?' * len(terms))}) GROUP BY article"
        return {int(a): int(n) for a, n in self.db.execute(q, list(terms)) if a != exclude}

    def rare_term_pairs(self, max_df: int, min_shared: int) -> Iterator[tuple[int, int, int]]:
        """Pairs of articles sharing at least ``min_shared`` terms that occur in at most
        ``max_df`` articles."""
        q = """
            WITH rare AS (SELECT term FROM terms GROUP BY term HAVING count(*) BETWEEN 2 AND ?)
            SELECT x.article, y.article, count(*) FROM terms x JOIN terms y
              ON x.term = y.term AND x.article < y.article
            WHERE x.term IN rare GROUP BY x.article, y.article HAVING count(*) >= ?
        """
        for a, b, n in self.db.execute(q, (max_df, min_shared)):
            yield int(a), int(b), int(n)

    def terms_of(self, rowid: int) -> list[int]:
        return [
            int(t) for (t,) in self.db.execute("SELECT term FROM terms WHERE article=?", (rowid,))
        ]

    # -- pair cache ------------------------------------------------------------------
    def cached_pair(self, a: int, b: int, judge: str) -> dict[str, Any] | None:
        row = self.db.execute(
            "SELECT result FROM pairs WHERE a=? AND b=? AND judge=?", (min(a, b), max(a, b), judge)
        ).fetchone()
        return None if row is None else dict(json.loads(row[0]))

    def cache_pairs(self, items: Sequence[tuple[int, int, str, dict[str, Any]]]) -> None:
        if not items:
            return
        self.db.execute("BEGIN IMMEDIATE")
        try:
            self.db.executemany(
                "INSERT OR REPLACE INTO pairs(a, b, judge, result) VALUES (?,?,?,?)",
                [(min(a, b), max(a, b), j, json.dumps(r)) for a, b, j, r in items],
            )
            self.db.execute("COMMIT")
        except BaseException:
            self.db.execute("ROLLBACK")
            raise

    # -- checks -----------------------------------------------------------------------
    def verify(self) -> list[str]:
        """Problems found: an article without its sentences or index rows, orphan rows,
        or a failed integrity check. Empty when the store is sound."""
        problems: list[str] = []
        ok = self.db.execute("PRAGMA integrity_check").fetchone()[0]
        if ok != "ok":
            problems.append(f"integrity_check: {ok}")
        checks = {
            "articles missing sentences": "SELECT count(*) FROM articles a WHERE n_sentences !="
            " (SELECT count(*) FROM sentences s WHERE s.article = a.rowid)",
            "articles missing LSH rows": "SELECT count(*) FROM articles a WHERE NOT EXISTS"
            " (SELECT 1 FROM lsh l WHERE l.article = a.rowid)",
            "orphan sentences": "SELECT count(*) FROM sentences WHERE article NOT IN (SELECT rowid FROM articles)",
            "orphan LSH rows": "SELECT count(*) FROM lsh WHERE article NOT IN (SELECT rowid FROM articles)",
            "orphan terms": "SELECT count(*) FROM terms WHERE article NOT IN (SELECT rowid FROM articles)",
        }
        for name, sql in checks.items():
            n = int(self.db.execute(sql).fetchone()[0])
            if n:
                problems.append(f"{name}: {n}")
        return problems
