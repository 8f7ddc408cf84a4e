"""Take scraper debris out of an article body, keeping every removed piece on the side.

A scraped news page carries more than the story: a byline, a timestamp, a photo caption
with its credit, a "Summary" bullet block, share and newsletter prompts, a "Reporting
by ...; Editing by ..." footer, and the dateline (``BAMAKO, Nov 13 (Reuters) -``) in
front of the first paragraph. Comparing two copies of a story on that debris would
make every Reuters pickup look alike, so ``clean`` removes it - but never silently:
each piece is returned as a ``Removed`` with a reason and its offsets into the body.

The rules are written to be *precise* rather than broad. A normal sentence that
mentions Reuters or a date must never go, so the rules look at two things together:

* **position** - debris sits in the head of the page (before the first paragraph of
  prose), or in its tail (after the last one). Byline, timestamp, summary and title
  rules only fire there.
* **shape** - a whole line must match: a byline is ``By`` plus a few capitalised
  names and no sentence punctuation; a timestamp is a line that is *only* a date/time;
  a caption is a line that *ends* in a photo credit (captions.py: ``REUTERS/Name``,
  ``(AP Photo/Name)``, ``Purchase Licensing Rights``). A credit shape is so specific
  that captions are also recognised mid-article, where inline images put them.

``clean`` works on the raw body and only chooses spans: the sentence splitter
normalises the kept spans itself and keeps offsets into the body.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from .article import Dateline, Removed
from .bylines import byline_names, is_bare_name, is_byline, is_timestamp, masthead
from .captions import CREDIT_ONLY, is_caption
from .datelines import match_dateline
from .furniture import (
    CONTACT_HEAD,
    MID_BOILERPLATE,
    RELEASE_END,
    STRAY_MAX_WORDS,
    comments_start,
    faq_start,
    is_boilerplate,
    is_breadcrumb,
    is_headline,
    is_menu,
    is_photo_line,
    is_release_line,
    story_list_start,
)

# -- shapes -------------------------------------------------------------------------------

_SUMMARY_HEAD = re.compile(
    r"^(?:Summary|Summary:|Key points:?|Highlights:?|In brief:?|At a glance:?|What (?:you need )?to know:?"
    r"|Story highlights|(?:Key |Main )?takeaways:?|Key facts:?|TL;?DR:?)\s*$",
    re.IGNORECASE,
)

_BULLET = re.compile(r"^\s*(?:[-*\u2022\u25aa\u25cf\u2013\u2014>]|\d{1,2}[.)])\s+")


@dataclass(slots=True)
class Cleaned:
    """What ``clean`` decided: the parts of the body to keep, and what it took out."""

    spans: list[tuple[int, int]]
    removed: list[Removed] = field(default_factory=list)
    dateline: Dateline | None = None
    byline: str | None = None


@dataclass(frozen=True, slots=True)
class _Line:
    start: int  # offset of the first non-blank character
    end: int  # offset after the last non-blank character
    text: str

    @property
    def words(self) -> int:
        return len(self.text.split())


def _lines(body: str) -> list[_Line]:
    out: list[_Line] = []
    pos = 0
    for raw in body.split("\n"):
        stripped = raw.strip()
        if stripped:
            lead = len(raw) - len(raw.lstrip())
            out.append(_Line(pos + lead, pos + lead + len(stripped), stripped))
        pos += len(raw) + 1
    return out


def _is_prose(text: str) -> bool:
    """A line of story text: a sentence of some length, and not a known kind of debris."""
    return (len(text.split()) > 20 or text.rstrip().endswith((".", "!", "?", '"', "”"))) and not (
        is_boilerplate(text) or is_caption(text) or is_photo_line(text)
    )


# one to four capitalised words and nothing else: a name, no sentence
_LABEL = re.compile(r"[A-Z][\w'&-]*(?:\s+(?:[A-Z][\w'&-]*|&|\|)){0,3}")

STANDFIRST_MAX_WORDS = 30


def _standfirst(lines: list[_Line], k: int, title: str | None, head: set[int]) -> bool:
    """Line ``k`` is a short sentence or two right under the page's headline or its
    byline (``head``: the lines read as the page's head): an aggregator's teaser over the
    agency's dateline (round 65: "... grounded planes for engine checks. Here is what
    passengers need to know.")."""
    t = lines[k].text
    under = k > 0 and (_same_title(lines[k - 1].text, title) or k - 1 in head)
    return (
        under
        and len(t.split()) <= STANDFIRST_MAX_WORDS
        and len(re.findall(r"[.!?](?:\s|$)", t)) <= 2
    )


def _is_bullet_line(text: str) -> bool:
    """A summary bullet: bullet-marked, or a short headline-like line with no full stop
    (nor a question mark: a content farm's first subheading, "What happened?")."""
    if _BULLET.match(text):
        return len(text.split()) <= 40
    # (a summary's line may run long: 21 words, round 212)
    return len(text.split()) <= 28 and not text.endswith((".", "?"))


def _dateline(line: _Line) -> tuple[Dateline, int] | None:
    """The dateline at the start of ``line`` and the body offset where the prose starts."""
    found = match_dateline(line.text)
    return None if found is None else (found[0], line.start + found[1])


def _same_title(text: str, title: str | None) -> bool:
    """The line is the title, or the title without the site name a page adds to it
    (``Headline | The Coastal Ledger``, ``Headline - Site``)."""
    if not title:
        return False

    def key(s: str) -> str:
        return re.sub(r"\W+", " ", s).strip().casefold()

    bare = re.split(r"\s+[|\u2013\u2014-]\s+(?=[^|\u2013\u2014]{1,60}$)", title)[0]
    return key(text) in (key(title), key(bare))


def _contact_block(lines: list[_Line], first_body: int) -> int | None:
    """Where a press release's contact block starts ("Media contact:" and the short
    lines of names, posts, addresses and end marks under it), or None. Only in the last
    eight lines, and only when nothing under the head line is prose."""
    for k in range(len(lines) - 1, max(first_body, len(lines) - 8), -1):
        if CONTACT_HEAD.match(lines[k].text):
            rest = [ln.text for ln in lines[k + 1 :]]
            if all(is_release_line(t) or not _is_prose(t) for t in rest):
                return k
            return None
    return None


def _notes_after_end(lines: list[_Line], first_body: int) -> int | None:
    """Where a press release's end mark stands when only its notes or contacts follow
    ("ENDS", then "Notes to editors" and numbered notes, which are prose), or None. Only
    in the last 16 lines (round 26: a council release whose notes kept it from reading as
    a release)."""
    for k in range(len(lines) - 1, max(first_body, len(lines) - 16), -1):
        if RELEASE_END.match(lines[k].text):
            after = lines[k + 1 :]
            return k if after and CONTACT_HEAD.match(after[0].text) else None
    return None


def _walk_up_tail(
    lines: list[_Line], first_body: int, last: int, kinds: dict[int, str], byline: str | None
) -> tuple[int, str | None]:
    """Walk up from ``last`` while lines are footer furniture, marking them in ``kinds``;
    the last line of the story left, and the byline (a byline found there if none yet)."""
    while last > first_body:
        t = lines[last].text
        listed = story_list_start([ln.text for ln in lines], first_body, last)
        if listed is None:  # ... or readers' comments and their head
            listed = comments_start([ln.text for ln in lines], first_body, last)
        if listed is not None:  # "Most read" and its headlines
            for k in range(listed, last + 1):
                kinds[k] = "boilerplate"
            last = listed - 1
            continue
        if is_release_line(t):
            kinds[last] = "release"
        elif is_boilerplate(t) or is_menu(t):
            kinds[last] = "boilerplate"
        elif is_timestamp(t):
            kinds[last] = "timestamp"
        elif (who := byline_names(t)) is not None:
            kinds[last] = "byline"
            byline = byline or who
        elif is_caption(t):
            kinds[last] = "caption"
        elif (last + 1 in kinds or last == len(lines) - 1) and _furniture_paragraph(t):
            kinds[last] = "boilerplate"
        elif not _stray_in_foot(lines, first_body, last, kinds):
            break
        last -= 1
    return last, byline


def _stray_in_foot(lines: list[_Line], first_body: int, k: int, kinds: dict[int, str]) -> bool:
    """Line ``k`` is one short sentence of another story set between furniture at the
    foot ("Read Next", then "Grain futures slip as rain forecasts ease ...", then the
    copyright, round 250): the walk goes on above it. The line itself is kept, like any
    stray sentence, to align with nothing; only what is above it is read as furniture."""
    if k + 1 not in kinds or k - 1 <= first_body or len(lines[k].text.split()) > STRAY_MAX_WORDS:
        return False
    above = lines[k - 1].text
    return k - 1 not in kinds and (is_boilerplate(above) or byline_names(above) is not None)


SHORT_SITE_LINE = 8  # words: "Larchmouth Noticeboard is run by volunteers."


def _furniture_paragraph(text: str) -> bool:
    """A paragraph of the page's foot run together from its prompts: each sentence is
    furniture, or a short line of the site's own beside them ("Larchmouth Noticeboard is
    run by volunteers. Got a story or event? Email hello@...", "Have you seen anything?
    Share this post to help the appeal", round 75)."""
    pieces = [x for x in re.split(r"(?<=[.?!])\s+", text) if x]
    known = [is_boilerplate(x) for x in pieces]
    return (
        len(pieces) >= 2
        and any(known)
        and all(k or len(x.split()) <= SHORT_SITE_LINE for x, k in zip(pieces, known, strict=True))
    )


def _walk_head(
    lines: list[_Line], idx: int, kinds: dict[int, str], title: str | None
) -> tuple[int, str | None]:
    """Walk down from line ``idx`` while lines are the page's head (everything before
    the first line of prose), marking them in ``kinds``; the first line of the story
    and the byline found."""
    byline: str | None = None
    bare: str | None = None
    in_summary = False
    while idx < len(lines):
        line = lines[idx]
        t = line.text
        nxt = lines[idx + 1].text if idx + 1 < len(lines) else ""
        if in_summary and _dateline(line) is None and _is_bullet_line(t):
            kinds[idx] = "summary"
        elif _same_title(t, title):  # under a navigation trail and menus, too
            kinds[idx] = "title"
        elif (who := byline_names(t)) is not None:
            kinds[idx] = "byline"
            # (over a bare name read off the line above a stamp, which may be the
            # outlet's: "Nordic Morning" over its stamp, then "By Nordic Morning staff")
            byline = who if byline is None or byline == bare else byline
        elif is_timestamp(t):
            kinds[idx] = "timestamp"
        elif (mast := masthead(t)) is not None:
            kinds[idx] = mast[0]
            byline = byline or mast[1]
        elif is_bare_name(t) and is_timestamp(nxt):  # an author's name over the time stamp
            kinds[idx] = "byline"
            if byline is None:
                byline = bare = t
        elif is_caption(t) or (
            CREDIT_ONLY.match(nxt) and t.split()[0] not in ("By", "BY") and _dateline(line) is None
        ):
            # A caption line, or a caption whose credit stands on the next line.
            kinds[idx] = "caption"
        elif _SUMMARY_HEAD.match(t):
            kinds[idx] = "summary"
            in_summary = True
            idx += 1
            continue
        elif is_photo_line(t):
            kinds[idx] = "caption"
        elif is_release_line(t):
            kinds[idx] = "release"
        elif (
            is_boilerplate(t)
            or is_menu(t)
            # ("World > Americas" under a menu; one with slashes only first, or with three
            # parts: "Home / Infrastructure / Transport" under the site's name, round 156)
            or (is_breadcrumb(t) and ("/" not in t or idx == 0 or t.count(" / ") >= 2))
            # the site's or section's name over its byline or trail (round 156), with its
            # motto: "AusWire Hub | Breaking news from around the country" (round 212)
            or (idx <= 3 and _LABEL.fullmatch(_site_name(t)) and _head_next(lines, idx))
        ):
            kinds[idx] = "boilerplate"
        elif (
            idx <= 4
            and is_headline(t)
            and nxt
            and (
                _dateline(lines[idx + 1]) is not None
                or is_byline(nxt)
                or is_timestamp(nxt)
                or masthead(nxt) is not None
                or (
                    is_bare_name(nxt) and idx + 2 < len(lines) and is_timestamp(lines[idx + 2].text)
                )
            )
        ):
            # a page's headline over the dateline paragraph, the byline or the time stamp
            # (a copy with no header line)
            kinds[idx] = "title"
        else:
            break
        in_summary = in_summary and kinds[idx] == "summary"
        idx += 1
    return idx, byline


_PAREN = re.compile(r"\s*\([^()]{1,30}\)")  # "Lyon Metro Info (English edition)"
_MOTTO = re.compile(r"\s+[|–—-]\s+[^.!?|\n]{1,60}$")  # (" - " too: dashes are folded)


def _site_name(text: str) -> str:
    return _MOTTO.sub("", _PAREN.sub("", text)).strip()


def _head_next(lines: list[_Line], idx: int) -> bool:
    """One of the two lines after ``idx`` is of the page's head: a byline, a time stamp,
    a navigation trail or a menu."""
    return any(
        byline_names(n) is not None or is_timestamp(n) or masthead(n) is not None
        or is_breadcrumb(n) or is_menu(n)
        # ("PrivacyBeat - news and notes on data protection" over "Posted on August 14,
        # 2024 by admin | Filed under: ...", round 242)
        or is_boilerplate(n)
        for n in (ln.text for ln in lines[idx + 1 : idx + 3])
    )  # fmt: skip


def _under_title(
    lines: list[_Line], first: int, kinds: dict[int, str], title: str | None, byline: str | None
) -> tuple[int, str | None]:
    """With no dateline to anchor it, the story's own headline does: when it stands a
    few lines down (alone, or at the end of a navigation trail, "News > Crime > Police
    appeal after ...") with nothing of prose above it, all above it is the page's head,
    and the head goes on under it (round 75: a community site's repost under its
    tagline, a cookie banner, the weather and a ticker)."""
    if not title:
        return first, byline
    for d in range(first, min(first + 12, len(lines))):
        t = lines[d].text
        if not (_same_title(t, title) or _trail_to(t, title)):
            continue
        if any(_is_prose(lines[k].text) for k in range(first, d)):
            break
        for k in range(first, d):
            kinds[k] = "boilerplate"
        kinds[d] = "title"
        below, found = _walk_head(lines, d + 1, kinds, title)
        return below, byline or found
    return first, byline


def _trail_to(text: str, title: str) -> bool:
    """A navigation trail that ends in the headline: "News > Crime > <title>"."""
    parts = re.split(r"\s+[>»›/]\s+", text)
    return len(parts) >= 2 and _same_title(parts[-1], title)


def clean(body: str, *, title: str | None = None) -> Cleaned:
    """Choose the parts of ``body`` to keep.

    ``title`` (when the reader knows it) lets a headline repeated as the first line of the
    body go too (reason ``title``), as HTML extraction often leaves it there.
    """
    lines = _lines(body)
    removed: list[Removed] = []
    kinds: dict[int, str] = {}  # line index -> reason

    # Head: everything before the first line of prose. Walk down while lines are debris.
    idx, byline = _walk_head(lines, 0, kinds, title)
    first_body = idx
    # A page's head can hold lines no list above knows (the site's name, a ticker, a row
    # of capitalised links). When a dateline opens the story a few lines further down and
    # nothing between is prose, all of it is the page's head, not the story. Nor is a
    # standfirst: one short sentence under the page's headline, summing the story up
    # (round 43: "Maritime", the headline, "Fishing crews say ...", then the dateline).
    if first_body < len(lines) and _dateline(lines[first_body]) is None:
        for d in range(first_body + 1, min(first_body + 12, len(lines))):
            if _dateline(lines[d]) is not None:
                between = range(first_body, d)
                head = {k for k, kind in kinds.items() if kind in ("byline", "timestamp", "title")}
                stand = [k for k in between if _standfirst(lines, k, title, head)]
                if all(not _is_prose(lines[k].text) or k in stand for k in between):
                    for k in between:
                        if k in stand:
                            kinds[k] = "standfirst"
                        elif _same_title(lines[k].text, title):
                            kinds[k] = "title"
                        else:
                            kinds[k] = "boilerplate"
                    first_body = d
                break
        else:
            first_body, byline = _under_title(lines, first_body, kinds, title, byline)
    # a site's or section's name alone over the story ("CityPulse Briefs", round 116),
    # which the sentence splitter would run into the first sentence
    # (only under a known headline: with none, such a line may be the headline itself)
    if (
        title
        and first_body + 1 < len(lines)
        and _LABEL.fullmatch(label := lines[first_body].text.strip())
        # (not a dateline's place alone, "WASHINGTON", nor a byline)
        and not label.isupper()
        and not label.startswith("By ")
        and _is_prose(lines[first_body + 1].text)
    ):
        kinds[first_body] = "boilerplate"
        first_body += 1

    # Tail: walk up from the end while lines are footer furniture.
    last = len(lines) - 1
    # twice: a site can set its own furniture under a release's contact block (round 48:
    # an aggregator's "More press releases" list and disclaimer)
    for _ in range(2):
        contact = _notes_after_end(lines[: last + 1], first_body)
        if contact is None:
            contact = _contact_block(lines[: last + 1], first_body)
        if contact is not None:
            for k in range(contact, last + 1):
                kinds[k] = "release"
            last = contact - 1
        last, byline = _walk_up_tail(lines, first_body, last, kinds, byline)

    faq = faq_start([ln.text for ln in lines], first_body, last)
    if faq is not None:
        for k in range(faq, last + 1):
            kinds[k] = "faq"
        last = faq - 1

    # Middle: only shapes that never occur in prose - photo credits, link furniture.
    for k in range(first_body, last + 1):
        t = lines[k].text
        if k in kinds:
            continue
        if is_caption(t) or CREDIT_ONLY.match(t) or is_photo_line(t):
            kinds[k] = "caption"
        elif len(t.split()) <= 25 and (MID_BOILERPLATE.match(t) or is_menu(t, parts=3)):
            kinds[k] = "boilerplate"

    dateline: Dateline | None = None
    if first_body < len(lines) and first_body not in kinds:
        found = _dateline(lines[first_body])
        if found is None and first_body + 1 < len(lines):
            alone = match_dateline(lines[first_body].text, alone=True)
            found = None if alone is None else (alone[0], lines[first_body].end)
        # (or a line or two below, under a republisher's note: "We're republishing this
        # VNS report in full ...", then "BRENNPORT, Aug 13 (VNS) - ...", round 242)
        at = first_body
        for k in range(first_body + 1, min(first_body + 3, last + 1)):
            if found is not None:
                break
            if k not in kinds and _is_prose(lines[k - 1].text):
                found, at = _dateline(lines[k]), k
        if found is not None:
            dateline, prose_at = found
            start = lines[at].start
            text = body[start:prose_at].rstrip()
            removed.append(Removed("dateline", text, start, start + len(text)))

    for k, reason in kinds.items():
        line = lines[k]
        removed.append(Removed(reason, line.text, line.start, line.end))
    removed.sort(key=lambda r: r.start)

    # Kept spans: the complement of the removed pieces, whitespace-only gaps dropped.
    spans: list[tuple[int, int]] = []
    pos = 0
    for r in removed:
        if body[pos : r.start].strip():
            spans.append(_trim(body, pos, r.start))
        pos = max(pos, r.end)
    if body[pos:].strip():
        spans.append(_trim(body, pos, len(body)))
    return Cleaned(spans=spans, removed=removed, dateline=dateline, byline=byline)


def _trim(body: str, a: int, b: int) -> tuple[int, int]:
    while a < b and body[a].isspace():
        a += 1
    while b > a and body[b - 1].isspace():
        b -= 1
    return a, b
