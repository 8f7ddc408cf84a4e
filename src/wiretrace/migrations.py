"""Store schema versions: ``MIGRATIONS[v]`` takes a store from ``PRAGMA user_version`` v to v + 1.

Each step runs inside the caller's transaction (``Database._migrate``), so a failed
upgrade leaves the store at its old version, whole.
"""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Callable

from .identity import hash_fields

SCHEMA_VERSION = 6


def _script(db: sqlite3.Connection, sql: str) -> None:
    """Run statements inside the caller's transaction (executescript would commit it)."""
    for stmt in sql.split(";"):
        if stmt.strip():
            db.execute(stmt)


def _v0_to_v1(db: sqlite3.Connection) -> None:
    _script(
        db,
        """
        CREATE TABLE meta(key TEXT PRIMARY KEY, value TEXT NOT NULL) WITHOUT ROWID;
        CREATE TABLE articles(
            rowid INTEGER PRIMARY KEY,
            id TEXT NOT NULL UNIQUE,
            content_hash TEXT NOT NULL UNIQUE,
            url TEXT,
            version INTEGER NOT NULL DEFAULT 1,
            path TEXT, title TEXT, date TEXT, outlet TEXT,
            doc TEXT NOT NULL,
            n_sentences INTEGER NOT NULL,
            n_shingles INTEGER NOT NULL,
            signature BLOB NOT NULL,
            vector BLOB,
            added REAL NOT NULL
        );
        CREATE INDEX articles_url ON articles(url);
        CREATE TABLE sentences(
            article INTEGER NOT NULL, i INTEGER NOT NULL, text TEXT NOT NULL,
            start INTEGER NOT NULL, "end" INTEGER NOT NULL,
            PRIMARY KEY(article, i)) WITHOUT ROWID;
        CREATE TABLE lsh(key INTEGER NOT NULL, article INTEGER NOT NULL,
            PRIMARY KEY(key, article)) WITHOUT ROWID;
        CREATE TABLE terms(term INTEGER NOT NULL, article INTEGER NOT NULL,
            PRIMARY KEY(term, article)) WITHOUT ROWID;
        CREATE TABLE pairs(a INTEGER NOT NULL, b INTEGER NOT NULL, judge TEXT NOT NULL,
            result TEXT NOT NULL, PRIMARY KEY(a, b, judge)) WITHOUT ROWID;
        """,
    )


def _v1_to_v2(db: sqlite3.Connection) -> None:
    # trace reads an article's rare terms by article: without this index that was a scan
    # of the whole terms table (55 ms of trace's 70 ms p50 at 100k articles, bench/corpus.py).
    _script(db, "CREATE INDEX terms_by_article ON terms(article, term);")


def _rehash(
    db: sqlite3.Connection, where: str, *, dated: bool, paged: bool = False, debris: bool = False
) -> None:
    """Recompute the content hash of the rows ``where`` selects, from their stored title,
    sentences and URL (and date, for the schema 4 identity; whether it was read from a
    web page, for the schema 5 one; the debris removed from a text without a URL, for the
    schema 6 one)."""
    rows = db.execute(f"SELECT rowid, title, url, date, doc FROM articles WHERE {where}").fetchall()
    for rowid, title, url, date, doc in rows:
        stored = json.loads(doc)
        page = paged and bool(stored.get("meta", {}).get("page"))
        removed = [r["text"] for r in stored.get("removed", [])] if debris and not url else []
        text = " ".join(
            t
            for (t,) in db.execute(
                "SELECT text FROM sentences WHERE article=? ORDER BY i", (rowid,)
            )
        )
        db.execute(
            "UPDATE articles SET content_hash=? WHERE rowid=?",
            (
                hash_fields(title, text, url, date if dated else None, page=page, debris=removed),
                rowid,
            ),
        )


def _v2_to_v3(db: sqlite3.Connection) -> None:
    # The identity of an article now includes the URL it was published at (content_hash):
    # the same text at two URLs is two articles. Rows with a URL get the new hash, so
    # adding them again still finds them.
    _rehash(db, "url IS NOT NULL", dated=False)


def _v3_to_v4(db: sqlite3.Connection) -> None:
    # The identity now includes the publication date: the same text republished a day
    # later is a copy to show, not a duplicate to drop. Dated rows get the new hash.
    _rehash(db, "date IS NOT NULL", dated=True)


def _v4_to_v5(db: sqlite3.Connection) -> None:
    # The identity now says whether the text was read from a web page: a story as bare
    # text (a wire file, a feed item) and the same story on a site's page are two
    # articles, the page a republication (round 23: an aggregator's verbatim repost,
    # with no URL in the page, vanished into the wire story it copied).
    _rehash(db, "json_extract(doc, '$.meta.page') = 1", dated=True, paged=True)


def _v5_to_v6(db: sqlite3.Connection) -> None:
    # Without a URL, the identity now includes the debris cleaning removed: a site's
    # verbatim copy that adds only a "Read more:" line is a republication, not the wire
    # file read twice (round 27). Rows without debris keep their hash.
    _rehash(
        db,
        "url IS NULL AND json_array_length(doc, '$.removed') > 0",
        dated=True,
        paged=True,
        debris=True,
    )


# MIGRATIONS[v] upgrades a store at user_version v to v + 1.
MIGRATIONS: dict[int, Callable[[sqlite3.Connection], None]] = {
    0: _v0_to_v1,
    1: _v1_to_v2,
    2: _v2_to_v3,
    3: _v3_to_v4,
    4: _v4_to_v5,
    5: _v5_to_v6,
}
