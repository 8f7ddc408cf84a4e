"""What the web app does with the store, free of HTTP: read articles sent by a client,
compare, trace, add, and list families.

Thread safety: SQLite connections are not shared between threads. Every worker thread
of the threadpool opens its own :class:`Store` on first use and keeps it; writes are
serialised by a lock (SQLite serialises writers across processes itself). A thread's
vector index is dropped when the store has grown, so an article added by another thread
or process is found. The families of the store are computed once per store version
(article count and last rowid) and cached.

Nothing here reads a path the client names: articles arrive as text or bytes.
"""

from __future__ import annotations

import datetime as dt
import logging
import threading
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from .. import ingest, webpages
from ..article import Article, Comparison
from ..compare import MAX_CHARS, MAX_SENTENCES, compare
from ..embed import Embedder, Vectors, default_embedder
from ..engine.embedded import Store
from ..errors import InputError, InputTooLarge, WiretraceError

log = logging.getLogger("wiretrace.web")
MAX_ADD = 1000  # articles in one POST /api/articles
MAX_TOP = 100


class _Serialised(Embedder):
    """The process's shared embedder, one encode at a time (its cache is not thread-safe)."""

    def __init__(self, inner: Embedder) -> None:
        super().__init__(inner.device)
        self._inner = inner
        self._lock = threading.Lock()

    def encode(self, texts: Sequence[str]) -> Vectors:
        with self._lock:
            return self._inner.encode(texts)

    @property
    def model(self) -> Any:
        return self._inner.model


def looks_like_html(text: str) -> bool:
    head = text[:4096].lstrip("\ufeff \t\r\n").lower()
    return head.startswith(("<!doctype html", "<html")) or "<body" in head[:2048]


def parse_date(value: Any, field: str) -> dt.date | None:
    """``YYYY-MM-DD`` or empty; anything else is the client's error."""
    if value is None or value == "":
        return None
    if isinstance(value, str):
        try:
            return dt.date.fromisoformat(value.strip())
        except ValueError:
            pass
    raise InputError(field, "date must be YYYY-MM-DD")


def article_from_text(
    text: str,
    *,
    field: str,
    title: str | None = None,
    date: dt.date | None = None,
    label: str | None = None,
    **meta: Any,
) -> Article:
    """One prepared article from pasted text: plain text, the record format, or HTML."""
    if len(text) > MAX_CHARS:
        raise InputTooLarge(
            field, f"{len(text):,} characters is over the limit of {MAX_CHARS:,} for one article"
        )
    if not text.strip():
        raise InputError(field, "empty text")
    try:
        if looks_like_html(text):
            art = webpages.parse_html(text, path=label, **meta)
            if title:
                art.title = title
            if date:
                art.date = date
            return art
        extra: dict[str, Any] = {k: v for k, v in meta.items() if v not in (None, "")}
        if title:
            extra["title"] = title
        if date:
            extra["date"] = date
        art = ingest.parse_record(text, path=label, **extra)
    except InputError as exc:
        raise type(exc)(field, exc.problem, hint=exc.hint) from None
    if len(art.sentences) > MAX_SENTENCES:  # named by its field, answered 413 like a big body
        raise InputTooLarge(
            field,
            f"{len(art.sentences):,} sentences is over the limit of {MAX_SENTENCES:,} for one "
            "article; send articles one by one (POST /api/articles takes a list)",
        )
    return art


def article_from_bytes(
    data: bytes, *, field: str, filename: str | None, title: str | None, date: dt.date | None
) -> Article:
    """One prepared article from an uploaded file (text, record or HTML; any encoding)."""
    label = Path(filename).name[:200] if filename else None
    if not data.strip():
        raise InputError(field, "empty file")
    text, _enc = ingest.decode(data, label or field)
    return article_from_text(text, field=field, title=title, date=date, label=label)


@dataclass(frozen=True, slots=True)
class Version:
    count: int
    last: int


class Service:
    """The store, the embedder and the caches behind one app (one per worker process)."""

    def __init__(self, store_path: str | Path, *, embeddings: bool = True) -> None:
        self.store_path = str(store_path)
        self.embeddings = embeddings
        self._local = threading.local()
        self._write_lock = threading.Lock()
        self._families_lock = threading.Lock()
        self._compute_lock = threading.Lock()
        self._refreshing = False
        self._families: tuple[Version, dict[str, Any]] | None = None
        self._embedder: Embedder | None = None
        self._embedder_lock = threading.Lock()

    # -- resources ------------------------------------------------------------------------
    def embedder(self) -> Embedder | None:
        if not self.embeddings:
            return None
        with self._embedder_lock:
            if self._embedder is None:
                self._embedder = _Serialised(default_embedder("cpu"))
            return self._embedder

    def warm(self) -> None:
        """Load the model now (once per process) rather than on the first request."""
        emb = self.embedder()
        if emb is not None:
            emb.model  # noqa: B018 - loads the weights

    def store(self) -> Store:
        """This thread's store; its vector index is dropped when the store has grown."""
        st: Store | None = getattr(self._local, "store", None)
        if st is None:
            st = Store(self.store_path, embeddings=self.embeddings, embedder=self.embedder())
            self._local.store = st
            self._local.version = self.version(st)
            return st
        now = self.version(st)
        if now != self._local.version:
            st._vectors = None  # rebuilt from the store on next use
            self._local.version = now
        return st

    @staticmethod
    def version(st: Store) -> Version:
        n, last = st.db.db.execute(
            "SELECT count(*), coalesce(max(rowid), 0) FROM articles"
        ).fetchone()
        return Version(int(n), int(last))

    def close(self) -> None:
        st: Store | None = getattr(self._local, "store", None)
        if st is not None:
            st.close()
            self._local.store = None

    # -- reading ----------------------------------------------------------------------------
    def count(self) -> int:
        return len(self.store())

    def find(self, article_id: str) -> tuple[Article, int] | None:
        st = self.store()
        row = st.db.db.execute("SELECT rowid FROM articles WHERE id=?", (article_id,)).fetchone()
        if row is None:
            return None
        return st.article(int(row[0])), int(row[0])

    def stored(self, article_id: str) -> tuple[Article, dict[str, Any] | None] | None:
        """A stored article and its family (None when in none); None when not stored.
        The article page and ``GET /api/articles/{id}`` both show exactly this."""
        found = self.find(article_id)
        if found is None:
            return None
        art = found[0]
        return art, self.family_of(art.id)

    def compare(self, a: Article, b: Article) -> Comparison:
        emb = self.embedder()
        return compare(a, b, embeddings=emb is not None, embedder=emb)

    def trace(self, article: Article, top: int = 10) -> dict[str, Any]:
        return self.store().trace(article, top=top)

    def families(self) -> dict[str, Any]:
        """``wiretrace.families/1``, largest first, then the newest first.

        Computed once per store version. When the store has grown since, the last result
        is answered at once while one background thread recomputes it (judging the new
        pairs can take long; a request should not wait for it)."""
        now = self.version(self.store())
        with self._families_lock:
            cached = self._families
            if cached is not None and (cached[0] == now or self._refreshing):
                return cached[1]
            if cached is not None:
                self._refreshing = True
                threading.Thread(target=self._refresh, name="families", daemon=True).start()
                return cached[1]
        with self._compute_lock:  # the first computation: callers wait for it
            cached = self._families
            if cached is not None:
                return cached[1]
            return self._compute()

    def _compute(self) -> dict[str, Any]:
        st = self.store()
        now = self.version(st)
        data = st.families()
        fams = list(data.get("families") or [])
        fams.sort(key=lambda f: (-len(f["members"]), _neg_date(_newest(f)), f["id"]))
        result = {**data, "families": fams}
        with self._families_lock:
            self._families = (now, result)
        return result

    def _refresh(self) -> None:
        try:
            with self._compute_lock:
                self._compute()
        except Exception:  # the next request tries again
            log.exception("recomputing the families failed")
        finally:
            with self._families_lock:
                self._refreshing = False
            self.close()

    def family(self, family_id: str) -> dict[str, Any] | None:
        for fam in self.families()["families"]:
            if fam["id"] == family_id:
                return dict(fam)
        return None

    def family_of(self, article_id: str) -> dict[str, Any] | None:
        for fam in self.families()["families"]:
            if any(m.get("id") == article_id for m in fam["members"]):
                return dict(fam)
        return None

    # -- writing ----------------------------------------------------------------------------
    def add(self, items: Sequence[Mapping[str, Any]]) -> dict[str, Any]:
        """Add articles given as JSON objects; a bad one is reported, the rest are stored."""
        arts: list[Article | InputError] = []
        for n, item in enumerate(items):
            field = f"articles[{n}]"
            try:
                text = item.get("text")
                if not isinstance(text, str):
                    raise InputError(field, "'text' must be a string")
                meta = {
                    k: item[k]
                    for k in ("id", "url", "outlet")
                    if isinstance(item.get(k), str) and item[k]
                }
                title = item.get("title")
                arts.append(
                    article_from_text(
                        text,
                        field=field,
                        title=title if isinstance(title, str) else None,
                        date=parse_date(item.get("date"), field),
                        **meta,
                    )
                )
            except InputError as exc:
                arts.append(exc)
        with self._write_lock:
            st = self.store()
            result = st.add(arts)
            total = len(st)
        return {
            "added": result.added,
            "duplicates": result.duplicates,
            "failed": [{"error": str(e)} for e in result.failed],
            "total": total,
        }


def _newest(fam: Mapping[str, Any]) -> str:
    dates = [str(m["date"]) for m in fam.get("members") or [] if m.get("date")]
    return max(dates) if dates else ""


def _neg_date(iso: str) -> tuple[int, ...]:
    """A sort key putting later dates first (undated last)."""
    try:
        d = dt.date.fromisoformat(iso)
    except ValueError:
        return (1,)
    return (0, -d.toordinal())


def family_matches(
    fam: Mapping[str, Any],
    *,
    since: dt.date | None = None,
    until: dt.date | None = None,
    outlet: str | None = None,
    relation: str | None = None,
) -> bool:
    """Filters of the families page and API: a member dated in the range, a member from
    the outlet (case-insensitive substring), an edge with the relation."""
    members = list(fam.get("members") or [])
    if since or until:
        dates = []
        for m in members:
            try:
                dates.append(dt.date.fromisoformat(str(m.get("date") or "")))
            except ValueError:
                continue
        if not any((not since or d >= since) and (not until or d <= until) for d in dates):
            return False
    if outlet:
        want = outlet.strip().lower()
        if not any(want in str(m.get("outlet") or "").lower() for m in members):
            return False
    if relation:
        if relation == "same_event":
            return bool(fam.get("same_event"))
        if not any(e.get("relation") == relation for e in fam.get("edges") or []):
            return False
    return True


__all__ = [
    "MAX_ADD",
    "MAX_TOP",
    "Service",
    "WiretraceError",
    "article_from_bytes",
    "article_from_text",
    "family_matches",
    "parse_date",
]
