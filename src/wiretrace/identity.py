"""The identity of a stored article: what makes two inputs one article or two."""

from __future__ import annotations

import hashlib
from collections.abc import Sequence

from .article import Article


def content_hash(article: Article) -> str:
    """Identity of an article: its cleaned text (title included) where it was published.

    The same text read twice, from any file or format, is one article. The same text
    published at two URLs is two: a verbatim republication, the copy a licensing desk
    looks for first, which the families must show as a copy. (Not the outlet: users name
    it on some inputs and not on others, and the same text read with and without it is
    still one article.) Likewise the same text under two publication dates is two: a
    site that reposts a story the next day, in a crawl of files without URLs; and the
    same text as bare text and as a web page: an aggregator's page reposting a wire story
    whole, when the page names no URL. Where there is no URL, the debris cleaning removed
    stands in for the place: a site's copy that differs from the wire file only by its
    ``Read more:`` line is a republication, not the wire file read again (round 27: such
    a copy, same date, swallowed the origin of its family). With a URL the URL alone says
    where, so a page crawled again with new furniture around the same text stays one.
    """
    when = article.date.isoformat() if article.date else None
    page = bool(article.meta.get("page"))
    debris = () if article.url else tuple(r.text for r in article.removed)
    return hash_fields(article.title, article.text, article.url, when, page=page, debris=debris)


def hash_fields(
    title: str | None,
    text: str,
    where: str | None,
    when: str | None = None,
    *,
    page: bool = False,
    debris: Sequence[str] = (),
) -> str:
    h = hashlib.sha256()
    h.update((title or "").strip().encode("utf-8"))
    h.update(b"\x00")
    h.update(text.encode("utf-8"))
    if where:
        h.update(b"\x00" + where.strip().encode("utf-8"))
    if when:
        h.update(b"\x01" + when.encode("utf-8"))
    if page:
        h.update(b"\x02page")
    for line in debris:
        h.update(b"\x03" + line.strip().encode("utf-8"))
    return h.hexdigest()[:32]
