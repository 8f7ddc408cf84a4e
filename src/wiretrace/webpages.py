"""Web pages and crawls: the article in an HTML page, every HTML response of a WARC.

trafilatura finds a page's main text, title, date, site and author; warcio reads the
crawl, and damage warcio passes over quietly (a truncated gzip member, a record cut off
before its Content-Length) is reported here, naming the record.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import zlib
from collections.abc import Iterator
from typing import IO, Any

from .article import Article
from .errors import InputError
from .ingest import MAX_RECORD_BYTES, MIN_HTML_WORDS, parse_record

__all__ = ["parse_html", "read_warc"]


def parse_html(
    html: str | bytes, *, path: str | None = None, url: str | None = None, **meta: Any
) -> Article:
    """A web page as a prepared article: trafilatura's main text, title, date and author."""
    import trafilatura

    source = path or url or "<html>"
    doc = trafilatura.bare_extraction(
        html,
        url=url,
        with_metadata=True,
        include_comments=False,
        include_tables=False,
        # A copy's text may sit outside <p> (a <div> of spans, a page builder's blocks):
        # losing it silently would hide copied material. Furniture that comes along is
        # what clean.py removes.
        favor_recall=True,
        date_extraction_params={"extensive_search": False, "original_date": True},
    )
    text = getattr(doc, "text", None) if doc is not None else None
    if not text or len(text.split()) < MIN_HTML_WORDS:
        # what is left of a page without an article is a menu or a cookie notice
        raise InputError(source, "no article text found in the HTML page")
    published = getattr(doc, "date", None)
    date: dt.date | None = None
    if published:
        with contextlib.suppress(ValueError):
            date = dt.date.fromisoformat(str(published)[:10])
    outlet = getattr(doc, "sitename", None) or getattr(doc, "hostname", None)
    return parse_record(
        text,
        path=path,
        title=getattr(doc, "title", None) or None,
        date=date,
        url=url or getattr(doc, "url", None),
        outlet=outlet,
        byline=getattr(doc, "author", None) or None,
        **{"page": True, **meta},  # read from a web page (compare's last direction clue)
    )


def read_warc(stream: IO[bytes], source: str, total: int) -> Iterator[Article | InputError]:
    """Every HTML response record of a WARC (``total``: its size in bytes).

    warcio stops quietly at a truncated gzip member and hands out a cut-off last record,
    so damage is detected here: a record whose block is shorter than its Content-Length,
    or an iterator that stops before the end of the file.
    """
    from warcio.archiveiterator import ArchiveIterator
    from warcio.exceptions import ArchiveLoadFailed

    k = 0  # WARC records seen, of any type: "record N" counts these
    it = ArchiveIterator(stream)
    try:
        for record in it:
            k += 1
            where = f"record {k}"
            headers = record.http_headers
            ctype = (headers.get_header("Content-Type") if headers else "") or ""
            is_html = record.rec_type == "response" and "html" in ctype.lower()
            uri = record.rec_headers.get_header("WARC-Target-URI")
            payload = record.content_stream().read(MAX_RECORD_BYTES + 1) if is_html else b""
            while not is_html and record.raw_stream.read(1 << 20):
                pass  # drain, so a cut-off record is seen below
            if getattr(record.raw_stream, "limit", 0) > 0:
                yield InputError(source, f"truncated WARC: record cut off ({uri})", where=where)
                return
            if not is_html:
                continue
            if len(payload) > MAX_RECORD_BYTES:
                yield InputError(
                    source, f"record over the {MAX_RECORD_BYTES // 2**20} MB limit", where=where
                )
                continue
            meta = {
                "warc_record_id": record.rec_headers.get_header("WARC-Record-ID"),
                "warc_date": record.rec_headers.get_header("WARC-Date"),
            }
            try:
                yield parse_html(payload, path=source, url=uri, **meta)
            except InputError as exc:
                yield InputError(source, f"{exc.problem} ({uri})", where=where)
    except (ArchiveLoadFailed, EOFError, OSError, zlib.error, ValueError) as exc:
        why = str(exc).strip().splitlines()[0] if str(exc).strip() else type(exc).__name__
        yield InputError(source, f"damaged or truncated WARC: {why}", where=f"record {k + 1}")
        return
    if it.offset < total:
        yield InputError(
            source,
            f"damaged or truncated WARC: unreadable data after byte {it.offset} of {total}",
            where=f"record {k + 1}",
        )
