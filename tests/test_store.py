"""The SQLite store: schema, idempotent add, versions, crash safety, bad input."""

from __future__ import annotations

import os
import signal
import sqlite3
import subprocess
import sys
import textwrap
import time
from pathlib import Path
from typing import Any

import pytest

from wiretrace.article import Article
from wiretrace.engine.embedded import Store
from wiretrace.errors import InputError, WiretraceError
from wiretrace.ingest import parse_record
from wiretrace.store import SCHEMA_VERSION, Database

CORPUS = Path(__file__).parent / "data" / "corpus"


def _as_version(path: Path, version: int, *sql: str) -> None:
    """Give a store another schema version (after running ``sql`` on it)."""
    con = sqlite3.connect(path)
    for statement in sql:
        con.execute(statement)
    con.execute(f"PRAGMA user_version={version}")
    con.commit()
    con.close()


def _hash(st: Store, where: str = "1") -> str:
    """The content hash of the one stored article ``where`` selects."""
    (h,) = st.db.db.execute(f"SELECT content_hash FROM articles WHERE {where}").fetchone()
    return str(h)


def test_fresh_store_is_versioned_and_sound(tmp_path: Path) -> None:
    db = Database(tmp_path / "s.db")
    assert db.db.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION
    assert db.db.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    assert db.verify() == []
    db.close()


def test_newer_schema_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "s.db"
    Database(path).close()
    _as_version(path, SCHEMA_VERSION + 1)
    with pytest.raises(WiretraceError, match="newer"):
        Database(path)


def test_version_1_store_is_migrated_and_keeps_its_articles(tmp_path: Path) -> None:
    path = tmp_path / "s.db"
    with Store(path, embeddings=False) as st:
        st.add([CORPUS])
        want = st.trace(CORPUS / "a2_verbatim_copy.txt")
    _as_version(path, 1, "DROP INDEX terms_by_article")  # no terms-by-article index
    with Store(path, embeddings=False) as st:
        assert st.db.db.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION == 6
        names = {
            r[0] for r in st.db.db.execute("SELECT name FROM sqlite_master WHERE type='index'")
        }
        assert "terms_by_article" in names
        assert len(st) == 12 and st.db.verify() == []
        assert st.trace(CORPUS / "a2_verbatim_copy.txt") == want


def test_not_a_store(tmp_path: Path) -> None:
    bad = tmp_path / "x.db"
    bad.write_bytes(b"this is not sqlite at all" * 100)
    with pytest.raises(WiretraceError, match="not a wiretrace store"):
        Database(bad)


def test_add_is_idempotent(tmp_path: Path) -> None:
    with Store(tmp_path / "s.db", embeddings=False) as st:
        first = st.add([CORPUS])
        assert len(first.added) == 12 and not first.failed
        again = st.add([CORPUS])
        assert again.added == [] and len(again.duplicates) == 12
        assert len(st) == 12
        assert st.db.verify() == []


def test_same_text_twice_in_one_batch_is_stored_once(tmp_path: Path) -> None:
    text = (CORPUS / "u1_unrelated_football.txt").read_text()
    a = parse_record(text, path="one.txt")
    b = parse_record(text, path="two.txt")
    with Store(tmp_path / "s.db", embeddings=False) as st:
        res = st.add([a, b])
        assert len(res.added) == 1 and len(res.duplicates) == 1


def test_same_text_at_two_urls_is_two_articles(tmp_path: Path) -> None:
    # a verbatim republication on another site is a copy the families must show
    text = (CORPUS / "u1_unrelated_football.txt").read_text()
    wire = parse_record(text, url="https://wire.example/story")
    site = parse_record(text, url="https://site.example/news/story")
    with Store(tmp_path / "s.db", embeddings=False) as st:
        res = st.add([wire, site])
        assert len(res.added) == 2 and res.duplicates == []
        again = st.add([parse_record(text, url="https://site.example/news/story")])
        assert again.added == [] and len(again.duplicates) == 1


def test_version_2_store_gets_the_new_identity_of_published_articles(tmp_path: Path) -> None:
    text = (CORPUS / "u1_unrelated_football.txt").read_text()
    path = tmp_path / "s.db"
    with Store(path, embeddings=False) as st:
        st.add([parse_record(text, url="https://site.example/a")])
        new_hash = _hash(st)
    _as_version(path, 2, "UPDATE articles SET content_hash='old'")  # text and title only
    with Store(path, embeddings=False) as st:
        assert _hash(st) == new_hash
        assert st.add([parse_record(text, url="https://site.example/a")]).added == []


_PAGE = """<html><head><title>{title}</title></head><body>
<nav><a href="/">Home</a> <a href="/news">News</a></nav>
<article><h1>{title}</h1>{paras}</article>
<footer>Aggregated news from around the region</footer></body></html>"""


def test_a_web_page_reposting_a_story_whole_is_a_copy_not_a_duplicate(tmp_path: Path) -> None:
    from wiretrace.ingest import load_article

    body = (CORPUS / "u1_unrelated_football.txt").read_text().split("\n", 1)[1]
    title = "Harriers beat Vale to reach the county cup final"
    wire = tmp_path / "wire.txt"
    wire.write_text(title + "\n\n" + body)
    paras = "".join(f"<p>{p}</p>" for p in body.split("\n") if p.strip())
    page = tmp_path / "repost.html"
    page.write_text(_PAGE.format(title=title, paras=paras))
    a, b = load_article(wire), load_article(page)
    assert a.text == b.text and a.title == b.title and not a.url and not b.url
    path = tmp_path / "s.db"
    with Store(path, embeddings=False) as st:
        assert len(st.add([wire, page]).added) == 2  # the aggregator's page is kept
        assert st.add([page]).duplicates != []  # the same page read again is not
        page_hash = _hash(st, "path LIKE '%repost.html'")
    # a schema 4 store (text, title, URL and date only) gets the page's new identity
    _as_version(path, 4, "UPDATE articles SET content_hash='old' || rowid")
    with Store(path, embeddings=False) as st:
        assert _hash(st, "path LIKE '%repost.html'") == page_hash
        assert st.add([page]).added == []


def test_the_same_text_reposted_on_a_later_date_is_a_copy_not_a_duplicate(
    tmp_path: Path,
) -> None:
    text = (CORPUS / "u1_unrelated_football.txt").read_text()
    reposted = text.replace("date 2024-03-05", "date 2024-03-06", 1)
    assert reposted != text
    path = tmp_path / "s.db"
    with Store(path, embeddings=False) as st:
        first = st.add([parse_record(text), parse_record(reposted)])
        assert len(first.added) == 2 and first.duplicates == []
        # the same text on the same date, read again, is the same article
        assert st.add([parse_record(text)]).duplicates != []
        dated_hash = _hash(st, "date='2024-03-05'")
    _as_version(path, 3, "UPDATE articles SET content_hash='old' || rowid")  # no date in it
    with Store(path, embeddings=False) as st:
        migrated = _hash(st, "date='2024-03-05'")
        assert migrated == dated_hash
        assert st.add([parse_record(reposted)]).added == []


def test_changed_version_of_a_url_is_a_new_version(tmp_path: Path) -> None:
    text = (CORPUS / "u3_unrelated_budget.txt").read_text()
    v1 = parse_record(text, url="https://example.org/fares")
    v2 = parse_record(
        text + "\nThe mayor said she would review the plan in a year.\n",
        url="https://example.org/fares",
    )
    with Store(tmp_path / "s.db", embeddings=False) as st:
        st.add([v1])
        st.add([v2])
        rows = st.db.db.execute(
            "SELECT id, version FROM articles WHERE url=? ORDER BY version", (v1.url,)
        ).fetchall()
    assert [r[1] for r in rows] == [1, 2]
    assert rows[0][0] != rows[1][0]


def test_stored_article_round_trips(tmp_path: Path) -> None:
    art = parse_record((CORPUS / "a1_wire_origin.txt").read_text(), path="a1.txt", outlet="Wire")
    with Store(tmp_path / "s.db", embeddings=False) as st:
        st.add([art])
        rowid = st.db.rowid_of(art.id)
        assert rowid is not None
        back = st.db.article(rowid)
    assert back.to_dict() == art.to_dict()


def test_bad_input_in_a_batch_is_reported_and_skipped(tmp_path: Path) -> None:
    good = parse_record((CORPUS / "u2_unrelated_science.txt").read_text(), path="good.txt")
    empty = Article(id="empty", body="   \n  ", path="empty.txt")
    (tmp_path / "in").mkdir()
    (tmp_path / "in" / "blank.txt").write_text("")
    (tmp_path / "in" / "ok.txt").write_text((CORPUS / "u1_unrelated_football.txt").read_text())
    with Store(tmp_path / "s.db", embeddings=False) as st:
        res = st.add(
            [good, empty, InputError("feed.jsonl", "bad JSON", where="line 3"), tmp_path / "in"]
        )
        assert len(res.added) == 2
        assert len(res.failed) == 3
        assert any("empty.txt" in str(e) for e in res.failed)
        assert any("blank.txt" in str(e) for e in res.failed)
        assert "failed 3" in res.summary()
        assert st.db.verify() == []
        assert len(st) == 2


_KILLED_ADD = textwrap.dedent(
    """
    import os, sys, time
    from wiretrace.engine.embedded import Store
    from wiretrace.ingest import parse_record
    from wiretrace import store

    words = "river dam council vote storm harbour court trial budget school rail strike".split()
    def text(n):
        body = []
        for s in range(10):
            body.append(" ".join(words[(n * 7 + s * 3 + k) % len(words)] + str((n * 31 + s * 17 + k) % 997)
                                 for k in range(12)) + ".")
        return " date 2024-01-01 Article %d\\n" % n + "\\n".join(body)

    arts = [parse_record(text(n), path="gen%d.txt" % n) for n in range(60)]
    real = store.Database._insert_article
    count = [0]
    def slow(self, p):
        count[0] += 1
        rowid = real(self, p)
        if count[0] == 25:  # inside the second batch's transaction
            open(sys.argv[2], "w").close()
            time.sleep(60)
        return rowid
    store.Database._insert_article = slow
    with Store(sys.argv[1], embeddings=False, batch_size=20) as st:
        st.add(arts)
    """
)


def test_sigkill_mid_batch_leaves_only_whole_articles_and_add_resumes(tmp_path: Path) -> None:
    db_path, marker = tmp_path / "s.db", tmp_path / "inside"
    env = {**os.environ, "PYTHONPATH": str(Path(__file__).parents[1] / "src")}
    proc = subprocess.Popen([sys.executable, "-c", _KILLED_ADD, str(db_path), str(marker)], env=env)
    try:
        deadline = time.time() + 60
        while not marker.exists():
            assert proc.poll() is None, "the add process ended before the kill"
            assert time.time() < deadline
            time.sleep(0.05)
        os.kill(proc.pid, signal.SIGKILL)
        proc.wait(10)
    finally:
        if proc.poll() is None:
            proc.kill()
    db = Database(db_path)
    assert db.db.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    assert db.verify() == []
    assert db.count() == 20  # the first batch committed, the second rolled back whole
    db.close()
    # The next add resumes: the stored ones are duplicates, the rest are added.
    code = _KILLED_ADD.replace("store.Database._insert_article = slow", "")
    subprocess.run(
        [sys.executable, "-c", code, str(db_path), str(marker)], env=env, check=True, timeout=120
    )
    db = Database(db_path)
    assert db.count() == 60
    assert db.verify() == []
    db.close()


class _CountingEmbedder:
    """Stands in for MiniLM: records what it was asked to encode."""

    def __init__(self) -> None:
        self.seen: list[str] = []

    def encode(self, texts: list[str]) -> Any:
        import numpy as np

        self.seen.extend(texts)
        return np.ones((len(texts), 384), dtype=np.float32)


def test_only_english_articles_get_an_article_vector(tmp_path: Path) -> None:
    urdu = (
        "کراچی میں بارش کے بعد شہر کی کئی سڑکیں پانی میں ڈوب گئیں۔ "
        "بلدیہ کے حکام نے بتایا کہ نکاسی آب کا کام رات بھر جاری رہا۔"
    )
    english = (CORPUS / "u1_unrelated_football.txt").read_text()
    emb = _CountingEmbedder()
    with Store(tmp_path / "s.db", embedder=emb) as st:
        st.add([parse_record(english, path="en.txt"), parse_record(urdu, path="ur.txt")])
        rows = dict(st.db.db.execute("SELECT path, vector IS NOT NULL FROM articles"))
    assert rows == {"en.txt": 1, "ur.txt": 0}
    assert emb.seen and not any("کراچی" in t for t in emb.seen)


def test_a_copy_that_adds_only_a_read_more_line_is_a_republication(tmp_path: Path) -> None:
    # Same text, same date, no URL: the "Read more:" line (removed as boilerplate) is all
    # that tells the site's copy from the wire file, and it is enough.
    text = (CORPUS / "u1_unrelated_football.txt").read_text()
    site = text.rstrip("\n") + "\nRead more: Vale sack their manager after cup exit\n"
    a, b = parse_record(text, path="wire.txt"), parse_record(site, path="site.txt")
    assert a.text == b.text and [r.reason for r in b.removed][-1] == "boilerplate"
    path = tmp_path / "s.db"
    with Store(path, embeddings=False) as st:
        assert len(st.add([a, b]).added) == 2
        assert st.add([parse_record(site, path="again.txt")]).duplicates != []
        site_hash = _hash(st, "path='site.txt'")
    # a schema 5 store gets the copy's new identity, so adding it again finds it
    _as_version(path, 5, "UPDATE articles SET content_hash='old' || rowid WHERE path='site.txt'")
    with Store(path, embeddings=False) as st:
        assert _hash(st, "path='site.txt'") == site_hash
        assert st.add([parse_record(site)]).added == []
    # with a URL, the URL says where: new furniture around the same text is the same page
    url = "https://site.example/cup"
    with Store(tmp_path / "u.db", embeddings=False) as st:
        assert len(st.add([parse_record(text, url=url)]).added) == 1
        assert st.add([parse_record(site, url=url)]).added == []


class _FailingEmbedder(_CountingEmbedder):
    """Fails on the batch holding ``fail_on``, if given."""

    def __init__(self, fail_on: str = "") -> None:
        super().__init__()
        self.fail_on = fail_on

    def encode(self, texts: list[str]) -> Any:
        if self.fail_on and any(self.fail_on in t for t in texts):
            raise RuntimeError("the encoder failed")
        return super().encode(texts)


def test_batches_are_deduplicated_across_and_written_in_order(tmp_path: Path) -> None:
    files = sorted(CORPUS.glob("*.txt"))[:7]
    texts = [parse_record(f.read_text(), path=f.name) for f in files]
    # the first text again in the fourth batch, the fifth again in the batch after its own
    again = [parse_record(files[0].read_text(), path="again0.txt")]
    again += [parse_record(files[4].read_text(), path="again4.txt")]
    emb = _FailingEmbedder()
    with Store(tmp_path / "s.db", embedder=emb, batch_size=2) as st:
        res = st.add([*texts, *again], workers=1)
        rows = list(
            st.db.db.execute("SELECT path, vector IS NOT NULL FROM articles ORDER BY rowid")
        )
    assert [p for p, _ in rows] == [f.name for f in files]
    assert all(v for _, v in rows)
    assert res.duplicate_of == {"again0.txt": files[0].name, "again4.txt": files[4].name}
    # an encoder error stops the add; the batches written before it stay, whole
    bad = _FailingEmbedder(fail_on=texts[4].sentences[0].text)
    with Store(tmp_path / "t.db", embedder=bad, batch_size=2) as st:
        with pytest.raises(RuntimeError, match="encoder failed"):
            st.add(texts, workers=1)
        stored = [p for (p,) in st.db.db.execute("SELECT path FROM articles ORDER BY rowid")]
    assert stored == [f.name for f in files[:4]]
