"""The HTML reports: structure, escaping, size, palette contrast and the word diff."""

from __future__ import annotations

import base64
import hashlib
import re
from collections.abc import Sequence
from html.parser import HTMLParser
from pathlib import Path
from typing import Any

import pytest

from wiretrace.article import Alignment, Article, Change, Comparison, Quote, Removed, Sentence
from wiretrace.report import render_comparison, render_families, word_diff, write_comparison
from wiretrace.report.diff import split_by_length
from wiretrace.report.html import PALETTE, safe_url

# -- example articles (written for these tests) --------------------------------------------

SOURCE = [
    "The Harbour Bridge in Port Elwyn will reopen to traffic on Monday after eight months of repairs, city officials said on Thursday.",
    "The 140-metre span was closed in March when inspectors found corrosion in two of its main cables.",
    "Repairs cost 12.4 million dollars, about 2 million more than first estimated.",
    "“We owe the city a safe crossing, and now we have one,” said Mayor Ines Calloway.",
    "Ferry operators, who carried extra passengers during the closure, expect demand to fall back within weeks.",
    "The council will publish the final inspection report next month.",
    "Cyclists will get a separate lane for the first time.",
    "Shops on the north bank reported losses during the closure.",
]
COPY = [
    "Port Elwyn's Harbour Bridge reopens to traffic on Monday following eight months of repairs, officials said.",
    "The 140-metre span was closed in March when inspectors found corrosion in two of its main cables.",
    "The work cost 14.2 million dollars, about 2 million more than first estimated.",
    "“We owe the city a safe crossing,” said council leader Ines Calloway.",
    "Bike riders will, for the first time, have a lane of their own, and ferry companies think passenger numbers will drop back soon.",
    "Readers can send us their photos of the bridge.",
]


def make_article(
    aid: str, texts: list[str], removed: Sequence[tuple[str, str]] = (), **kw: Any
) -> Article:
    body = ""
    rem: list[Removed] = []
    for reason, text in removed:
        rem.append(Removed(reason, text, len(body), len(body) + len(text)))
        body += text + "\n"
    sents: list[Sentence] = []
    for i, text in enumerate(texts):
        sents.append(Sentence(i, text, len(body), len(body) + len(text)))
        body += text + " "
    return Article(id=aid, body=body, sentences=sents, removed=rem, **kw)


def make_comparison(**copy_kw: Any) -> Comparison:
    source = make_article(
        "wire-1",
        SOURCE,
        [("byline", "By a Staff Reporter"), ("dateline", "PORT ELWYN, Nov 13 -")],
        title="Harbour Bridge to reopen on Monday",
        outlet="Example Wire",
        url="https://wire.example/bridge",
    )
    kw: dict[str, Any] = {
        "title": "Bridge reopens Monday",
        "outlet": "Example Daily",
        "url": "https://daily.example/b",
    }
    kw.update(copy_kw)
    copy_texts = kw.pop("texts", COPY)
    copy = make_article(
        "daily-7", copy_texts, [("boilerplate", "Subscribe to our newsletter")], **kw
    )
    qsrc, qcopy = (
        "We owe the city a safe crossing, and now we have one",
        "We owe the city a safe crossing",
    )
    return Comparison(
        relation="light_edit",
        confidence=0.87,
        direction_evidence=[
            "the source was published first",
            "the copy's sentences are shorter versions",
        ],
        source=source,
        copy=copy,
        alignments=[
            Alignment((0,), (0,), "light_edit", 0.91),
            Alignment((1,), (1,), "verbatim", 1.0),
            Alignment((2,), (2,), "light_edit", 0.78),
            Alignment((3,), (3,), "light_edit", 0.85),
            Alignment((4,), (4, 6), "paraphrase", 0.66),
        ],
        unaligned_copy=[5],
        unaligned_source=[5, 7],
        coverage={"copy_derived": 0.83, "source_used": 0.62},
        quotes=[
            Quote(
                3,
                qcopy,
                "Ines Calloway",
                "altered",
                3,
                qsrc,
                [dict(d) for d in word_diff(qsrc, qcopy)],
                "shortened",
            ),
        ],
        changes=[
            Change(
                "number", 2, 2, "12.4 million dollars", "14.2 million dollars", "the amount differs"
            ),
            Change(
                "title",
                3,
                3,
                "Mayor Ines Calloway",
                "council leader Ines Calloway",
                "speaker's title changed",
            ),
        ],
    )


# -- a small DOM from html.parser ---------------------------------------------------------

VOID = {"meta", "br", "img", "input", "link", "hr", "source", "area", "base", "col", "embed", "wbr"}


class Node:
    def __init__(self, tag: str, attrs: dict[str, str], parent: Node | None) -> None:
        self.tag, self.attrs, self.parent = tag, attrs, parent
        self.children: list[Node] = []
        self.text_parts: list[str] = []

    @property
    def text(self) -> str:
        return "".join(self.text_parts) + "".join(c.text for c in self.children)

    def iter(self) -> list[Node]:
        out = [self]
        for c in self.children:
            out.extend(c.iter())
        return out

    def find_all(self, tag: str | None = None, cls: str | None = None) -> list[Node]:
        return [
            n
            for n in self.iter()[1:]
            if (tag is None or n.tag == tag)
            and (cls is None or cls in n.attrs.get("class", "").split())
        ]

    def ancestors(self) -> list[Node]:
        out, n = [], self.parent
        while n is not None:
            out.append(n)
            n = n.parent
        return out


class Dom(HTMLParser):
    def __init__(self, html: str) -> None:
        super().__init__(convert_charrefs=True)
        self.root = Node("#root", {}, None)
        self.cur = self.root
        self.feed(html)
        self.close()
        self.by_id = {n.attrs["id"]: n for n in self.root.iter() if "id" in n.attrs}

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        node = Node(tag, {k: v or "" for k, v in attrs}, self.cur)
        self.cur.children.append(node)
        if tag not in VOID:
            self.cur = node

    def handle_startendtag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.cur.children.append(Node(tag, {k: v or "" for k, v in attrs}, self.cur))

    def handle_endtag(self, tag: str) -> None:
        n: Node | None = self.cur
        while n is not None and n.tag != tag:
            n = n.parent
        if n is not None and n.parent is not None:
            self.cur = n.parent

    def handle_data(self, data: str) -> None:
        self.cur.text_parts.append(data)

    def all(self, tag: str | None = None, cls: str | None = None) -> list[Node]:
        return self.root.find_all(tag, cls)


@pytest.fixture(scope="module")
def page() -> Dom:
    return Dom(render_comparison(make_comparison()))


# -- word diff ----------------------------------------------------------------------------


def test_word_diff_ops_and_round_trip() -> None:
    a, b = (
        "Repairs cost 12.4 million dollars, city officials said.",
        "The work cost 14.2 million dollars, officials said.",
    )
    ops = word_diff(a, b)
    assert "".join(o["source"] for o in ops) == a
    assert "".join(o["copy"] for o in ops) == b
    kinds = [o["op"] for o in ops]
    assert kinds[0] == "replace" and "delete" in kinds and "equal" in kinds
    assert {"op": "replace", "source": "12.4 ", "copy": "14.2 "} in ops
    assert [o["op"] for o in word_diff("a b", "a b c")] == ["equal", "insert"]
    assert word_diff("", "") == []
    assert word_diff("same  words", "same words")[0]["op"] == "equal"
    # no spaces in Chinese: the one character changed, not the clause around it
    zh = word_diff("其中近七成为首次公开展出。", "其中约七成为首次公开展出。")
    assert [o for o in zh if o["op"] != "equal"] == [
        {"op": "replace", "source": "近", "copy": "约"}
    ]
    assert "".join(o["copy"] for o in zh) == "其中约七成为首次公开展出。"


def test_split_by_length_cuts_a_merged_diff_per_sentence() -> None:
    src = ["One two three.", "Four five."]
    ops = word_diff(" ".join(src), "One two three four five.")
    parts = split_by_length(ops, "source", [len(s) for s in src])
    assert ["".join(t for _, t in p) for p in parts] == src


# -- comparison page ----------------------------------------------------------------------


def test_verdict_and_coverage(page: Dom) -> None:
    verdict = page.all("header", "wt-verdict")[0]
    assert "light edit" in verdict.text.lower() and "87%" in verdict.text
    assert "published first" in verdict.text
    bars = {li.attrs["data-key"]: li for li in page.all("li") if "data-key" in li.attrs}
    assert set(bars) == {"copy_derived", "source_used"}
    assert "width: 83%" in bars["copy_derived"].find_all("span", "wt-fill")[0].attrs["style"]
    assert "62%" in bars["source_used"].text


def test_pairs_in_copy_order_with_dropped_and_added_in_place(page: Dom) -> None:
    rows = [r for r in page.all("div", "wt-row") if "data-kind" in r.attrs]
    kinds = [r.attrs["data-kind"] for r in rows]
    assert kinds == [
        "light_edit",
        "verbatim",
        "light_edit",
        "light_edit",
        "paraphrase",
        "dropped",
        "dropped",
        "added",
    ]
    first = [[s.attrs["id"] for s in r.find_all("p", "wt-s")] for r in rows]
    assert first[4] == ["s-4", "s-6", "c-4"]  # merged source sentences beside their copy
    assert first[5:] == [["s-5"], ["s-7"], ["c-5"]]
    for r in rows:  # kind is text too, not only colour
        label = r.find_all("div", "wt-kind")[0].text
        assert (
            r.attrs["data-kind"].replace("_", " ") in label
            or "added" in label
            or "dropped" in label
        )
    c4 = page.by_id["c-4"]
    assert c4.attrs["data-partners"] == "s-4 s-6" and c4.attrs["tabindex"] == "0"
    assert page.by_id["s-6"].attrs["data-partners"] == "c-4"
    assert page.by_id["c-5"].attrs["data-partners"] == ""
    assert all(f"c-{i}" in page.by_id for i in range(len(COPY)))
    assert all(f"s-{i}" in page.by_id for i in range(len(SOURCE)))


def test_word_differences_highlighted_inside_pairs(page: Dom) -> None:
    c2, s2 = page.by_id["c-2"], page.by_id["s-2"]
    assert any("14.2" in n.text for n in c2.find_all("ins", "wt-rep"))
    assert any("12.4" in n.text for n in s2.find_all("del", "wt-rep"))
    assert any("following" in n.text for n in page.by_id["c-0"].find_all("ins"))
    assert any("on Thursday" in n.text for n in page.by_id["s-0"].find_all("del"))
    assert not page.by_id["c-1"].find_all("ins") and not page.by_id["s-1"].find_all(
        "del"
    )  # verbatim
    assert "Ferry operators" in page.by_id["s-4"].text and "Cyclists" in page.by_id["s-6"].text


def test_badges_on_sentences_and_linked_list(page: Dom) -> None:
    badges = {b.attrs["id"]: b for b in page.all("a", "wt-badge") if "id" in b.attrs}
    assert set(badges) == {"q-0", "x-0", "x-1"}
    assert page.by_id["c-3"] in badges["q-0"].ancestors()
    assert page.by_id["c-2"] in badges["x-0"].ancestors()
    assert page.by_id["c-3"] in badges["x-1"].ancestors()
    assert "quote altered" in badges["q-0"].text and "number changed" in badges["x-0"].text
    items = page.all("li", "wt-finding")
    assert [i.attrs["id"] for i in items] == ["fq-0", "fx-0", "fx-1"]
    for item in items:
        hrefs = [a.attrs["href"] for a in item.find_all("a")]
        assert f"#{item.attrs['id'][1:]}" in hrefs  # list -> badge
    for b in badges.values():
        assert b.attrs["href"] == f"#f{b.attrs['id']}"  # badge -> list
    # every in-page link has a target
    for a in page.all("a"):
        href = a.attrs.get("href", "")
        if href.startswith("#"):
            assert href[1:] in page.by_id, href


def test_debris_collapsed_in_details(page: Dom) -> None:
    details = page.all("details")
    assert len(details) == 2 and all("open" not in d.attrs for d in details)
    src = next(d for d in details if d.attrs["data-side"] == "source")
    assert "By a Staff Reporter" in src.text and "byline" in src.text
    assert (
        "Subscribe to our newsletter"
        in next(d for d in details if d.attrs["data-side"] == "copy").text
    )
    assert details[0].find_all("summary")


def test_self_contained_no_external_assets(page: Dom) -> None:
    html = render_comparison(make_comparison())
    assert not page.all("link") and not page.all("img") and not page.all("iframe")
    for n in page.root.iter():
        for attr in ("src", "srcset", "data", "poster"):
            assert attr not in n.attrs, (n.tag, attr)
    for s in page.all("script"):
        assert "src" not in s.attrs
    style = "".join(s.text for s in page.all("style"))
    assert "@import" not in style and "url(" not in style and "@media print" in style
    external = [
        a.attrs["href"] for a in page.all("a") if a.attrs.get("href", "").startswith("http")
    ]
    assert sorted(external) == [
        "https://daily.example/b",
        "https://wire.example/bridge",
    ]  # article links only
    assert "@media screen and (max-width: 720px)" in html  # stacked on narrow screens


def test_csp_allows_exactly_our_script(page: Dom) -> None:
    (script,) = page.all("script")
    digest = base64.b64encode(hashlib.sha256(script.text.encode()).digest()).decode()
    csp = next(
        m.attrs["content"]
        for m in page.all("meta")
        if m.attrs.get("http-equiv") == "Content-Security-Policy"
    )
    assert f"'sha256-{digest}'" in csp and "default-src 'none'" in csp


XSS = ["<script>alert(1)</script>", "<img src=x onerror=alert(1)>", "</textarea><b id=pwn>x</b>"]


def xss_comparison() -> Comparison:
    cmp = make_comparison(
        title="<script>alert(1)</script>",
        outlet="<img src=x onerror=alert(1)>",
        url="javascript:alert(1)",
        byline="</textarea><script>alert(3)</script>",
        texts=[*COPY[:5], " ".join(XSS)],
    )
    cmp.direction_evidence.append("<img src=x onerror=alert(2)>")
    cmp.copy.removed.append(
        Removed("<b>caption</b>", "</textarea><img src=x onerror=alert(4)>", 0, 1)
    )
    cmp.quotes.append(
        Quote(5, XSS[0], "<img src=x onerror=alert(5)>", "not_in_source", None, None, [], XSS[1])
    )
    return cmp


def assert_inert(html: str) -> None:
    dom = Dom(html)
    assert (
        len(dom.all("script")) == 1
        and not dom.all("img")
        and not dom.all("textarea")
        and "pwn" not in dom.by_id
    )
    for n in dom.root.iter():
        assert not [k for k in n.attrs if k.startswith("on")], n.tag
        for k in ("href", "src", "action", "formaction", "xlink:href"):
            assert (
                not n.attrs.get(k, "")
                .strip()
                .lower()
                .startswith(("javascript:", "data:", "vbscript:"))
            ), n.attrs
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in html


def test_article_text_is_escaped_and_unsafe_urls_are_not_links() -> None:
    html = render_comparison(xss_comparison())
    assert_inert(html)
    assert "javascript:alert(1)" in html  # shown as text
    dom = Dom(html)
    assert not any("javascript" in a.attrs.get("href", "") for a in dom.all("a"))


@pytest.mark.parametrize(
    ("url", "relative", "expected"),
    [
        ("https://a.example/x", False, "https://a.example/x"),
        ("HTTP://a.example", False, "HTTP://a.example"),
        ("javascript:alert(1)", True, None),
        (" JaVaScRiPt:alert(1)", True, None),
        ("java\tscript:alert(1)", True, None),
        ("data:text/html,x", True, None),
        ("//evil.example/x", True, None),
        ("pairs/a__b.html", True, "pairs/a__b.html"),
        ("pairs/a__b.html", False, None),
        (None, True, None),
    ],
)
def test_safe_url(url: str | None, relative: bool, expected: str | None) -> None:
    assert safe_url(url, allow_relative=relative) == expected


def test_300_sentence_pair_under_2mb(tmp_path: Path) -> None:
    n = 300
    src = [
        f"Sentence {i} of the wire story says the council met on day {i} and voted {i % 7} times."
        for i in range(n)
    ]
    cpy = [
        f"Sentence {i} of the story says the council met on day {i + 1} and voted {i % 7} times."
        for i in range(n)
    ]
    cmp = make_comparison(texts=cpy)
    cmp.source = make_article("wire-big", src)
    cmp.alignments = [
        Alignment((i,), (i,), ("verbatim", "light_edit", "paraphrase")[i % 3], 0.8)
        for i in range(n)
    ]
    cmp.unaligned_copy, cmp.unaligned_source = [], []
    cmp.quotes, cmp.changes = (
        [],
        [Change("number", i, i, str(i), str(i + 1), "") for i in range(0, n, 10)],
    )
    out = tmp_path / "big" / "report.html"
    write_comparison(cmp, out)
    size = out.stat().st_size
    assert size < 2 * 1024 * 1024, size
    assert len(Dom(out.read_text()).all("p", "wt-s")) == 2 * n
    assert [p.name for p in out.parent.iterdir()] == ["report.html"]  # no temp file left


# -- families -----------------------------------------------------------------------------


def ref(i: str, title: str, outlet: str = "Outlet", date: str = "2025-11-13") -> dict[str, Any]:
    return {"id": i, "path": f"crawl/{i}.txt", "title": title, "date": date, "outlet": outlet}


FAMILIES = {
    "schema": "wiretrace.families/1",
    "families": [
        {
            "id": "fam-1",
            "origin": ref("w", "Harbour Bridge to reopen on Monday", "Example Wire"),
            "members": [
                ref("w", "Harbour Bridge to reopen on Monday"),
                ref("a", "Bridge reopens"),
                ref("b", "Bridge back"),
                ref("c", "<script>alert(1)</script>"),
            ],
            "edges": [
                {
                    "parent": ref("w", ""),
                    "child": ref("a", ""),
                    "relation": "light_edit",
                    "coverage": 0.83,
                    "evidence": ["published 2 h later"],
                },
                {
                    "parent": ref("w", ""),
                    "child": ref("b", ""),
                    "relation": "verbatim",
                    "coverage": 0.97,
                    "evidence": [],
                },
                {
                    "parent": ref("a", ""),
                    "child": ref("c", ""),
                    "relation": "paraphrase",
                    "coverage": 0.41,
                    "evidence": ["<img src=x onerror=alert(1)>"],
                },
            ],
            "same_event": [ref("z", "Port Elwyn bridge: our own report", "Other Paper")],
        }
    ],
}


def test_families_tree_as_inline_svg() -> None:
    links = {("w", "a"): "pairs/w__a.html", ("a", "c"): "javascript:alert(1)"}
    html = render_families(FAMILIES, pair_links=links)
    assert_inert(html)
    dom = Dom(html)
    (svg,) = dom.all("svg")
    nodes = {n.attrs["data-id"]: n for n in svg.find_all("a", "wt-node")}
    assert set(nodes) == {"w", "a", "b", "c"}
    assert nodes["a"].attrs["href"] == "pairs/w__a.html"
    assert nodes["b"].attrs["href"].startswith("#") and nodes["b"].attrs["href"][1:] in dom.by_id
    assert nodes["c"].attrs["href"].startswith("#")  # the javascript: link was refused
    assert nodes["w"].attrs["href"][1:] in dom.by_id
    ys = {k: float(n.find_all("rect")[0].attrs["y"]) for k, n in nodes.items()}
    assert ys["w"] < ys["a"] == ys["b"] < ys["c"]  # layered: origin at the top
    xs = {k: float(n.find_all("rect")[0].attrs["x"]) for k, n in nodes.items()}
    assert xs["a"] < xs["w"] < xs["b"]  # parent centred over its children
    labels = [t.text for t in svg.find_all("text") if "%" in t.text]
    assert sorted(labels) == ["light edit · 83%", "paraphrase · 41%", "verbatim · 97%"]
    assert len(svg.find_all("path", "wt-edge")) == 3
    assert "Port Elwyn bridge: our own report" in html and "published 2 h later" in html
    assert re.search(r"<a [^>]*href=\"pairs/w__a.html\"", html)


def test_families_tolerates_odd_input() -> None:
    fams = {
        "families": [
            {
                "id": 2,
                "origin": ref("x", "X"),
                "members": [ref("y", "Y")],
                "edges": [{"parent": ref("y", ""), "child": ref("x", "")}],
            }
        ]
    }
    dom = Dom(render_families(fams))
    assert len(dom.all("a", "wt-node")) == 2  # a cycle back to the origin still draws
    assert Dom(render_families({"families": []})).all("h1")


# -- palette ------------------------------------------------------------------------------


def _luminance(hex_colour: str) -> float:
    rgb = [int(hex_colour[i : i + 2], 16) / 255 for i in (1, 3, 5)]
    lin = [c / 12.92 if c <= 0.04045 else ((c + 0.055) / 1.055) ** 2.4 for c in rgb]
    return 0.2126 * lin[0] + 0.7152 * lin[1] + 0.0722 * lin[2]


def contrast(fg: str, bg: str) -> float:
    hi, lo = sorted((_luminance(fg), _luminance(bg)), reverse=True)
    return (hi + 0.05) / (lo + 0.05)


def test_contrast_helper() -> None:
    assert contrast("#000000", "#ffffff") == pytest.approx(21.0)
    assert contrast("#777777", "#ffffff") == pytest.approx(4.48, abs=0.01)


@pytest.mark.parametrize("name", sorted(PALETTE))
def test_palette_meets_wcag_aa(name: str) -> None:
    fg, bg = PALETTE[name]
    assert contrast(fg, bg) >= 4.5, (name, round(contrast(fg, bg), 2))
    # body text sits on every tinted background too (added/dropped rows, highlight)
    assert contrast(PALETTE["text"][0], bg) >= 4.5 or name in ("quote", "change")


def test_source_sentence_used_twice_is_shown_beside_both_copies() -> None:
    cmp = make_comparison()
    cmp.alignments.append(Alignment((5,), (4,), "paraphrase", 0.52))
    cmp.unaligned_copy = []
    dom = Dom(render_comparison(cmp))
    again = dom.by_id["s-4-1"]
    assert "wt-repeat" in again.attrs["class"] and again.attrs["data-i"] == "4"
    assert dom.by_id["c-5"].attrs["data-partners"] == "s-4-1"
    assert again.attrs["data-partners"] == "c-5"
    assert dom.by_id["s-4"].attrs["data-partners"] == "c-4"
    rows = [r.attrs["data-kind"] for r in dom.all("div", "wt-row") if "data-kind" in r.attrs]
    assert rows[-1] == "paraphrase" and "added" not in rows


def test_finding_on_a_missing_sentence_has_no_dangling_link() -> None:
    cmp = make_comparison()
    cmp.changes.append(Change("date", 99, 0, "Thursday", "Friday", ""))
    dom = Dom(render_comparison(cmp))
    assert "fx-2" in dom.by_id and "x-2" not in dom.by_id
    for a in dom.all("a"):
        href = a.attrs.get("href", "")
        assert not href.startswith("#") or href[1:] in dom.by_id, href
