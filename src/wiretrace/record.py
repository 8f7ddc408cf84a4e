"""The record format (an optional `` date YYYY-MM-DD Title`` line, then the body) and
the preparing every article goes through, whatever it was read from: cleaning, sentences,
the date a page prints or its dateline corrects. ingest.py reads the formats and calls
these."""

from __future__ import annotations

import contextlib
import datetime as dt
import hashlib
import re
from typing import Any

from . import clean as clean_mod
from . import sentences
from .article import Article
from .bylines import is_byline
from .errors import InputError
from .normalize import normalize_plain
from .pagedate import dateline_date, page_date

_HEADER = re.compile(r"^[ \t]*date[ \t]+(\d{4}-\d{2}-\d{2})(?:[ \t]+(.*?))?[ \t]*$")

DATELINE_AHEAD_DAYS = 1  # how far a dateline may run ahead of the header date: time zones
STAMP_BEHIND_DAYS = 30  # how far a page's own time stamp may precede the header date


def content_id(body: str) -> str:
    """Stable id from content: the same text read from any format gets the same id."""
    key = " ".join(normalize_plain(body).split())
    return hashlib.sha256(key.encode("utf-8")).hexdigest()[:16]


def prepare(article: Article) -> Article:
    """Clean the body, split the kept parts into sentences, and fill the article in place."""
    cleaned = clean_mod.clean(article.body, title=article.title)
    article.sentences = sentences.split(article.body, cleaned.spans)
    article.removed = cleaned.removed
    article.dateline = cleaned.dateline
    if cleaned.byline:
        article.byline = cleaned.byline
    stamped = page_date(cleaned.removed)
    if article.date is None:  # a page that prints its date is not undated
        article.date = stamped
    elif stamped and 0 < (article.date - stamped).days <= STAMP_BEHIND_DAYS:
        # A scraper's header date may be the day it fetched the page; the page's own time
        # stamp says when the story came out (the seed: header 15 November, stamp 13
        # November). Ordered by the header, a wire story fetched two days late looks
        # younger than a rewrite of it fetched the day it came out (round 105). The
        # header stays the article's ``date``; the stamp orders it (``Article.when``).
        article.meta["published"] = stamped.isoformat()
    told = dateline_date(cleaned.dateline, article.date) if article.date else None
    if article.date and told and 0 < (told - article.date).days <= DATELINE_AHEAD_DAYS:
        # Dated the day before its own dateline: a site in a time zone behind the story's
        # (a US page posting "PORT SALLEN, May 12" at 7:52 PM on May 11, round 41). The
        # header would make the repost older than the wire story it carries.
        article.meta.setdefault("header_date", article.date.isoformat())
        article.date = told
    if article.title is None:
        article.title = next((r.text for r in cleaned.removed if r.reason == "title"), None)
    if not article.sentences:
        raise InputError(
            article.path or article.id, "no article text", hint="nothing left after cleaning"
        )
    return article


def _iso_date(value: Any) -> dt.date | None:
    """``YYYY-MM-DD`` (or an ISO timestamp starting with one) as a date, else None."""
    if isinstance(value, dt.date):
        return value
    if isinstance(value, str):
        with contextlib.suppress(ValueError):
            return dt.date.fromisoformat(value.strip()[:10])
    return None


_LINE_END_WORDS = frozenset(
    "a an and as at by for from in of on or the to with who that which its their his her".split()
)


def _headline_line(text: str) -> str | None:
    """The first line of a plain text when it reads as its headline: short, no sentence
    end, and a line of prose after it that starts a sentence. The cleaner then removes it
    as the title, so a headline's rounded figures are not read as the story's. Guarded
    against hard-wrapped prose, whose first line breaks mid-sentence (on a comma, a
    function word, or before a lower-case continuation)."""
    lines = [ln.strip() for ln in text.split("\n") if ln.strip()]
    if len(lines) < 2:
        return None
    head, nxt = lines[0], lines[1]
    words = head.split()
    if not 2 <= len(words) <= 20 or head.endswith((".", "!", "?", ",", ";", ":", '"', "”", "-")):
        return None
    lead = head.lstrip("£$€¥\"“‘'")[:1]  # "£4.6m flood scheme ...", "'Miracle' rescue"
    if words[-1].casefold() in _LINE_END_WORDS or not (lead.isupper() or lead.isdigit()):
        return None
    if is_byline(head):  # the cleaner removes it as the byline
        return None
    starts_sentence = nxt[0].isupper() or nxt[0] in "\"“‘'("
    is_prose = nxt.endswith((".", "!", "?", '"', "”")) and len(nxt.split()) >= 8
    return head if starts_sentence and is_prose else None


def parse_record(text: str, *, path: str | None = None, **meta: Any) -> Article:
    """A record (optional `` date YYYY-MM-DD Title`` header line, then the body) as a
    prepared article. ``id``, ``url``, ``outlet``, ``title``, ``date`` and ``byline`` in
    ``meta`` fill those fields; other keys stay in ``Article.meta``."""
    source = path or "<text>"
    text = text.replace("\r\n", "\n").replace("\r", "\n").lstrip("\ufeff")
    first, _, rest = text.partition("\n")
    title: str | None = meta.pop("title", None)
    date = meta.pop("date", None)
    m = _HEADER.match(first)
    if m:
        date = _iso_date(m.group(1))
        if date is None:
            raise InputError(source, f"bad date {m.group(1)!r} in the header", where="line 1")
        title = (m.group(2) or "").strip() or title
        body = rest
    else:
        body = text
        if title is None:
            title = _headline_line(text)
    if not body.strip():
        raise InputError(
            source, "no article text", hint="the file is empty" if not text.strip() else None
        )
    if date is not None and not isinstance(date, dt.date):
        parsed = _iso_date(date)
        if parsed is None:
            meta["date_raw"] = str(date)  # kept, not guessed: dates must be YYYY-MM-DD
        date = parsed
    art = Article(
        id=str(meta.pop("id", None) or content_id(body)),
        body=body,
        title=title,
        date=date,
        url=meta.pop("url", None),
        outlet=meta.pop("outlet", None),
        path=path,
        byline=meta.pop("byline", None),
        meta=meta,
    )
    return prepare(art)
