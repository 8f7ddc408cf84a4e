"""What the HTML reports show, as plain data: the comparison view (rows of aligned
sentences with their word diffs, quote and fact findings) and the family view (a
layered tree laid out for SVG). No HTML here: :mod:`wiretrace.report.html` feeds these
to the templates, and the web UI feeds them to its own pages.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any
from urllib.parse import urlsplit

from ..article import Alignment, Article, Comparison
from .diff import split_by_length, word_diff

KINDS: dict[str, tuple[str, str]] = {  # row kind -> (symbol, label)
    "verbatim": ("=", "verbatim"),
    "light_edit": ("≈", "light edit"),
    "paraphrase": ("~", "paraphrase"),
    "partial_reuse": ("⊂", "partial reuse"),
    "added": ("+", "added by the copy"),
    "dropped": ("−", "dropped from the source"),
}
QUOTE_LABELS = {
    "verbatim": ("❝✓", "quote verbatim"),
    "altered": ("❝✎", "quote altered"),
    "from_reported_speech": ("❝←", "quote made from reported speech"),
    "not_in_source": ("❝?", "quote not in the source"),
    "speaker_changed": ("❝⇄", "speaker changed"),
    "own_reporting": ("❝+", "quote of the copy's own reporting"),
}
RELATION_TEXT = {
    "verbatim": "The copy reproduces the source word for word.",
    "light_edit": "The copy is the source with light edits.",
    "paraphrase": "The copy paraphrases the source.",
    "partial_reuse": "The copy reuses part of the source.",
    "same_event": "Both report the same event, written independently.",
    "unrelated": "The two articles are unrelated.",
}


# -- helpers -----------------------------------------------------------------------------


def safe_url(url: str | None, *, allow_relative: bool = False) -> str | None:
    """``url`` if it is safe in an ``href`` (http/https, or a plain relative path), else None."""
    if not url:
        return None
    u = url.strip()
    if not u or any(ord(c) < 0x20 or ord(c) == 0x7F for c in u) or "\\" in u:
        return None
    parts = urlsplit(u)
    if parts.scheme:
        return u if parts.scheme.lower() in ("http", "https") and parts.netloc else None
    if not allow_relative or u.startswith("//") or ":" in u.split("/", 1)[0]:
        return None
    return u


def _pct(x: Any) -> int:
    try:
        return max(0, min(100, round(float(x) * 100)))
    except (TypeError, ValueError):
        return 0


def _short(text: str, n: int) -> str:
    return text if len(text) <= n else text[: n - 1].rstrip() + "…"


# -- comparison --------------------------------------------------------------------------


@dataclass
class Badge:
    anchor: str  # id of the badge on the sentence
    item: str  # id of its entry in the findings list
    kind: str  # quote | change
    symbol: str
    label: str
    detail: str


@dataclass
class SentenceView:
    anchor: str
    side: str  # copy | source
    i: int
    pieces: list[tuple[str, str]]  # (op, text); op is equal | insert | delete | replace
    partners: str
    badges: list[Badge] = field(default_factory=list)
    repeat: bool = False  # a source sentence that another copy sentence also used, shown again


@dataclass
class Row:
    kind: str
    copy: list[SentenceView]
    source: list[SentenceView]
    score: float | None = None

    @property
    def symbol(self) -> str:
        return KINDS[self.kind][0]

    @property
    def label(self) -> str:
        return KINDS[self.kind][1]


@dataclass
class Finding:
    badge: Badge
    sentence: int | None  # index of the copy sentence it is on (None: not in the copy)
    source_text: str | None
    copy_text: str
    note: str
    diff: list[tuple[str, str, str]]  # (op, source, copy)


@dataclass
class Side:
    role: str
    article: Article
    href: str | None
    removed: list[tuple[str, str]]


@dataclass
class ComparisonView:
    relation: str
    relation_text: str
    confidence: int
    evidence: list[str]
    coverage: list[tuple[str, str, int]]  # (key, label, percent)
    source: Side
    copy: Side
    rows: list[Row]
    findings: list[Finding]
    dropped_quotes: list[tuple[str, str, int | None]]  # (text, speaker, source sentence)
    counts: dict[str, int]


def _in(i: int, sentences: Mapping[int, Any]) -> int | None:
    return i if i in sentences else None


def _side(role: str, art: Article) -> Side:
    return Side(role, art, safe_url(art.url), [(r.reason, r.text) for r in art.removed])


def comparison_view(cmp: Comparison) -> ComparisonView:
    """The data the ``_comparison.html.j2`` partial renders."""
    csent = {s.i: s for s in cmp.copy.sentences}
    ssent = {s.i: s for s in cmp.source.sentences}
    badges: dict[int, list[Badge]] = {}
    findings: list[Finding] = []
    for k, q in enumerate(cmp.quotes):
        sym, label = QUOTE_LABELS.get(q.status, ("❝", q.status))
        b = Badge(f"q-{k}", f"fq-{k}", "quote", sym, label, q.speaker or "")
        diff = [(d.get("op", "equal"), d.get("source", ""), d.get("copy", "")) for d in q.diff]
        findings.append(
            Finding(b, _in(q.copy_sentence, csent), q.source_text, q.text, q.note, diff)
        )
        badges.setdefault(q.copy_sentence, []).append(b)
    for k, ch in enumerate(cmp.changes):
        b = Badge(f"x-{k}", f"fx-{k}", "change", "Δ", f"{ch.kind} changed", ch.note)
        diff = [(d["op"], d["source"], d["copy"]) for d in word_diff(ch.source_text, ch.copy_text)]
        findings.append(
            Finding(b, _in(ch.copy_sentence, csent), ch.source_text, ch.copy_text, ch.note, diff)
        )
        badges.setdefault(ch.copy_sentence, []).append(b)

    seen: dict[str, int] = {}

    def sview(
        side: str, i: int, pieces: Sequence[tuple[str, str]], partners: list[str]
    ) -> SentenceView:
        """A sentence; a source sentence shown a second time gets its own anchor (``s-3-1``)."""
        key = f"{'c' if side == 'copy' else 's'}-{i}"
        n = seen[key] = seen.get(key, -1) + 1
        own = badges.get(i, []) if side == "copy" else []
        return SentenceView(
            key if n == 0 else f"{key}-{n}", side, i, list(pieces), " ".join(partners), own, n > 0
        )

    rows: list[Row] = []
    row_of_source: dict[int, int] = {}
    done_copy: set[int] = set()
    by_first_copy: dict[int, list[Alignment]] = {}
    for a in cmp.alignments:
        cs = sorted(i for i in a.copy if i in csent)
        if cs:
            by_first_copy.setdefault(cs[0], []).append(a)
    for i in sorted(csent):
        if i in done_copy:
            continue
        for a in by_first_copy.get(i, []):
            cs = sorted(j for j in a.copy if j in csent and j not in done_copy)
            ss = sorted(j for j in a.source if j in ssent)
            ops = word_diff(
                " ".join(ssent[j].text for j in ss), " ".join(csent[j].text for j in cs)
            )
            cparts = split_by_length(ops, "copy", [len(csent[j].text) for j in cs])
            sparts = split_by_length(ops, "source", [len(ssent[j].text) for j in ss])
            s_anchors = [
                f"s-{j}" + (f"-{seen[f's-{j}'] + 1}" if f"s-{j}" in seen else "") for j in ss
            ]
            cviews = [sview("copy", j, p, s_anchors) for j, p in zip(cs, cparts, strict=True)]
            sviews = [
                sview("source", j, p, [c.anchor for c in cviews])
                for j, p in zip(ss, sparts, strict=True)
            ]
            rows.append(Row(a.kind, cviews, sviews, a.score))
            done_copy.update(cs)
            for j in ss:
                row_of_source.setdefault(j, len(rows) - 1)
        if i not in done_copy:
            rows.append(Row("added", [sview("copy", i, [("equal", csent[i].text)], [])], []))
            done_copy.add(i)

    # dropped source sentences go right after their nearest aligned predecessor in the source
    dropped = sorted(set(ssent) - set(row_of_source))
    after: dict[int, list[Row]] = {}
    for j in dropped:
        prev = max((k for k in row_of_source if k < j), default=None)
        at = -1 if prev is None else row_of_source[prev]
        after.setdefault(at, []).append(
            Row("dropped", [], [sview("source", j, [("equal", ssent[j].text)], [])])
        )
    merged = list(after.get(-1, []))
    for n, row in enumerate(rows):
        merged.append(row)
        merged.extend(after.get(n, []))

    cov_labels = {
        "copy_derived": "of the copy comes from the source",
        "source_used": "of the source is used",
    }
    coverage = [
        (k, cov_labels.get(k, k.replace("_", " ")), _pct(v)) for k, v in cmp.coverage.items()
    ]
    counts = {k: 0 for k in KINDS}
    for row in merged:
        counts[row.kind] = counts.get(row.kind, 0) + 1
    dq = [
        (
            str(d.get("text") or ""),
            str(d.get("speaker") or ""),
            sj if isinstance(sj := d.get("source_sentence"), int) and sj in ssent else None,
        )
        for d in cmp.dropped_quotes
    ]
    return ComparisonView(
        cmp.relation,
        RELATION_TEXT.get(cmp.relation, cmp.relation),
        _pct(cmp.confidence),
        [str(e) for e in cmp.direction_evidence],
        coverage,
        _side("source", cmp.source),
        _side("copy", cmp.copy),
        merged,
        findings,
        dq,
        counts,
    )


# -- families ----------------------------------------------------------------------------

NODE_W, NODE_H, GAP_X, LAYER_H, PAD = 210, 52, 28, 118, 16


@dataclass
class Node:
    id: str
    ref: dict[str, Any]
    x: float = 0.0
    y: float = 0.0
    depth: int = 0
    href: str = ""
    anchor: str = ""
    line1: str = ""
    line2: str = ""
    origin: bool = False


@dataclass
class Edge:
    anchor: str
    parent: Node
    child: Node
    relation: str
    coverage: int
    evidence: list[str]
    href: str
    in_tree: bool
    path: str = ""
    lx: float = 0.0
    ly: float = 0.0
    label: str = ""


@dataclass
class FamilyView:
    anchor: str
    id: str
    origin: Node
    nodes: list[Node]
    edges: list[Edge]
    same_event: list[dict[str, Any]]
    width: float
    height: float


def _ref_id(ref: Any) -> str:
    return str(ref.get("id")) if isinstance(ref, Mapping) and ref.get("id") is not None else ""


def _coverage(value: Any) -> Any:
    return value.get("copy_derived", 0) if isinstance(value, Mapping) else value


def family_view(
    fam: Mapping[str, Any], n: int, pair_links: Mapping[tuple[str, str], str] | None
) -> FamilyView:
    """Lay out one family of ``wiretrace.families/1`` as a layered tree."""
    anchor = f"f{n}"
    refs: dict[str, dict[str, Any]] = {}
    origin_id = _ref_id(fam.get("origin"))
    raw_edges = [e for e in fam.get("edges") or [] if isinstance(e, Mapping)]
    for ref in [fam.get("origin"), *(fam.get("members") or [])] + [
        r for e in raw_edges for r in (e.get("parent"), e.get("child"))
    ]:
        rid = _ref_id(ref)
        if rid and rid not in refs:
            refs[rid] = dict(ref)
    if not origin_id:
        origin_id = next(iter(refs), "?")
        refs.setdefault(origin_id, {"id": origin_id})
    nodes = {rid: Node(rid, ref, origin=rid == origin_id) for rid, ref in refs.items()}

    # spanning tree by breadth-first search from the origin; unreached nodes become extra roots
    children: dict[str, list[str]] = {}
    for e in raw_edges:
        children.setdefault(_ref_id(e.get("parent")), []).append(_ref_id(e.get("child")))
    tree: dict[str, list[str]] = {rid: [] for rid in nodes}
    tree_parent: dict[str, str] = {}
    roots = [origin_id]
    seen = {origin_id}
    queue = [origin_id]
    for rid in [origin_id, *nodes]:
        if rid not in seen:
            roots.append(rid)
            seen.add(rid)
            queue.append(rid)
        while queue:
            cur = queue.pop(0)
            for ch in children.get(cur, []):
                if ch in nodes and ch not in seen:
                    seen.add(ch)
                    tree[cur].append(ch)
                    tree_parent[ch] = cur
                    nodes[ch].depth = nodes[cur].depth + 1
                    queue.append(ch)

    # x slots: leaves left to right, a parent centred over its children (iterative post-order)
    slot = 0
    stack: list[tuple[str, bool]] = [(r, False) for r in reversed(roots)]
    while stack:
        rid, expanded = stack.pop()
        kids = tree[rid]
        if not kids:
            nodes[rid].x = slot
            slot += 1
        elif expanded:
            nodes[rid].x = (nodes[kids[0]].x + nodes[kids[-1]].x) / 2
        else:
            stack.append((rid, True))
            stack.extend((k, False) for k in reversed(kids))
    for node in nodes.values():
        node.x = PAD + node.x * (NODE_W + GAP_X)
        node.y = PAD + node.depth * LAYER_H
        title = str(node.ref.get("title") or node.ref.get("path") or node.id)
        node.line1 = _short(title, 28)
        meta = (node.ref.get("outlet"), node.ref.get("date"))
        node.line2 = _short(" · ".join(str(v) for v in meta if v), 30)

    links = pair_links or {}
    edges: list[Edge] = []
    for k, e in enumerate(raw_edges):
        p, c = _ref_id(e.get("parent")), _ref_id(e.get("child"))
        if p not in nodes or c not in nodes:
            continue
        ea = f"{anchor}-e{k}"
        href = safe_url(links.get((p, c)), allow_relative=True) or f"#{ea}"
        rel, cov = str(e.get("relation") or ""), _pct(_coverage(e.get("coverage")))
        ev = [str(x) for x in e.get("evidence") or []]
        edge = Edge(ea, nodes[p], nodes[c], rel, cov, ev, href, tree_parent.get(c) == p)
        x1, y1 = edge.parent.x + NODE_W / 2, edge.parent.y + NODE_H
        x2, y2 = edge.child.x + NODE_W / 2, edge.child.y - 6
        ym = (y1 + y2) / 2
        edge.path = f"M{x1:.1f},{y1:.1f} C{x1:.1f},{ym:.1f} {x2:.1f},{ym:.1f} {x2:.1f},{y2:.1f}"
        edge.lx, edge.ly = (x1 + x2) / 2, ym
        edge.label = f"{KINDS.get(rel, ('', rel))[1]} · {edge.coverage}%"
        edges.append(edge)
        if edge.in_tree:
            edge.child.href = href
    for k, node in enumerate(nodes.values()):
        node.anchor = f"{anchor}-n{k}"
        node.href = node.href or f"#{node.anchor}"
    width = PAD * 2 + max(1, slot) * (NODE_W + GAP_X) - GAP_X
    height = PAD * 2 + (max(nd.depth for nd in nodes.values()) + 1) * LAYER_H - (LAYER_H - NODE_H)
    same = [dict(r) for r in fam.get("same_event") or [] if isinstance(r, Mapping)]
    fid, origin = str(fam.get("id", n)), nodes[origin_id]
    return FamilyView(anchor, fid, origin, list(nodes.values()), edges, same, width, height)
