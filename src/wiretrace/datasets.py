"""Loaders for the labelled evaluation corpora in ``../shared/eval`` (layout in its README).

One loader per data set; each reads a directory with the published layout and returns
plain items, so the same code runs on any directory with that layout (a synthetic one
in the tests, the official test files when someone adds them). A missing or malformed
file raises :class:`~wiretrace.errors.InputError` naming the file. Nothing here embeds
or compares: that is :mod:`wiretrace.evaluate`.
"""

from __future__ import annotations

import random
import re
import xml.etree.ElementTree as ET
from collections import defaultdict
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import TypeVar

from .errors import InputError


@dataclass(frozen=True, slots=True)
class DocPair:
    """A source document and a candidate copy, with the corpus label of the copy."""

    id: str
    source: str
    copy: str
    label: str
    source_title: str | None = None
    copy_title: str | None = None
    source_path: str | None = None
    copy_path: str | None = None


@dataclass(frozen=True, slots=True)
class SentPair:
    id: str
    a: str
    b: str
    label: int  # 1 paraphrase, 0 not


@dataclass(frozen=True, slots=True)
class Span:
    """A reused passage: ``this`` offsets index the suspicious document, ``source`` the source."""

    this_offset: int
    this_length: int
    source_offset: int
    source_length: int


@dataclass(frozen=True, slots=True)
class PassagePair:
    id: str
    susp: str
    src: str
    spans: tuple[Span, ...]
    susp_path: str | None = None
    src_path: str | None = None


@dataclass(slots=True)
class Loaded:
    """What a loader returns: the training items and, when present, the official test items."""

    name: str
    train: list[DocPair] | list[SentPair] | list[PassagePair]
    test: list[DocPair] | list[SentPair] | list[PassagePair] | None = None
    files: list[str] = field(default_factory=list)


DATASETS: dict[str, str] = {
    "counter-urdu": "COUNTER Urdu news reuse: agency story vs newspaper story, WD/PD/ND (document)",
    "clough-stevenson": "Clough & Stevenson short answers: cut/light/heavy/non vs Wikipedia source (document)",
    "msrp": "Microsoft Research Paraphrase Corpus: paraphrase or not (sentence pair)",
    "pan10-paraphrase": "PAN-10 paraphrase sentence pairs (Madnani et al. 2012): paraphrase or not",
    "pan13-verbatim": "PAN-13 text alignment, no obfuscation: find the reused passages (passage)",
}


# -- reading helpers -----------------------------------------------------------------------


def _need(path: Path, what: str = "file") -> Path:
    if not path.exists():
        raise InputError(
            str(path),
            f"missing {what}",
            hint="the data dir must have the layout of ../shared/eval/README.md",
        )
    return path


def read_text(path: Path) -> str:
    """Decode UTF-8 (with or without BOM); fall back to Windows-1252, which some corpus
    files use; line endings become ``\\n``."""
    _need(path)
    try:
        raw = path.read_bytes()
    except OSError as exc:
        raise InputError(str(path), f"cannot read: {exc.strerror}") from exc
    if b"\x00" in raw[:65536]:
        raise InputError(
            str(path), "binary file (NUL bytes), not the corpus's text: is it corrupted?"
        )
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError:
        text = raw.decode("cp1252", errors="replace")
    # a text in Windows-1252 has few control characters; random bytes have many
    ctrl = sum(1 for ch in text if ord(ch) < 32 and ch not in "\n\r\t\f")
    if ctrl > max(10, len(text) // 100):
        raise InputError(str(path), "binary file, not the corpus's text: is it corrupted?")
    return text.replace("\r\n", "\n").replace("\r", "\n")


def _read_tsv(path: Path, required: Sequence[str]) -> list[dict[str, str]]:
    lines = [ln for ln in read_text(path).split("\n") if ln.strip()]
    if not lines:
        raise InputError(str(path), "empty file")
    header = [h.strip() for h in lines[0].split("\t")]
    missing = [c for c in required if c not in header]
    if missing:
        raise InputError(str(path), f"header lacks column(s) {', '.join(missing)}", where="1")
    rows: list[dict[str, str]] = []
    for n, line in enumerate(lines[1:], start=2):
        cells = line.split("\t")
        if len(cells) < len(header):
            raise InputError(
                str(path), f"{len(cells)} columns, expected {len(header)}", where=str(n)
            )
        rows.append(dict(zip(header, cells, strict=False)))
    return rows


def _find_case_insensitive(folder: Path, name: str) -> Path:
    p = folder / name
    if p.exists():
        return p
    if folder.is_dir():
        for q in folder.iterdir():
            if q.name.lower() == name.lower():
                return q
    return _need(p)


# -- counter-urdu ----------------------------------------------------------------------------


def _counter_doc(path: Path) -> tuple[str | None, str]:
    text = read_text(path)
    try:
        root = ET.fromstring(text.encode("utf-8"))
    except ET.ParseError as exc:
        raise InputError(str(path), f"malformed XML: {exc}") from exc
    body = root.find("body")
    if body is None or not (body.text or "").strip():
        raise InputError(str(path), "no <body> text")
    head = root.find("headline")
    title = (head.text or "").strip() or None if head is not None else None
    return title, (body.text or "").strip()


COUNTER_LABELS = ("WD", "PD", "ND")


def load_counter(root: Path) -> Loaded:
    folder = _need(root / "COUNTER", "folder")
    pairs = root / "pairs.tsv"
    rows = _read_tsv(pairs, ["source_file", "derived_file", "label"])
    items: list[DocPair] = []
    for n, row in enumerate(rows, start=2):
        label = row["label"].strip().upper()
        if label not in COUNTER_LABELS:
            raise InputError(
                str(pairs), f"label {row['label']!r} is not one of WD/PD/ND", where=str(n)
            )
        sp = _find_case_insensitive(folder, row["source_file"].strip())
        cp = _find_case_insensitive(folder, row["derived_file"].strip())
        st, sb = _counter_doc(sp)
        ct, cb = _counter_doc(cp)
        items.append(DocPair(sp.stem, sb, cb, label, st, ct, str(sp), str(cp)))
    return Loaded("counter-urdu", items, None, [str(pairs)])


# -- clough-stevenson -----------------------------------------------------------------------

CLOUGH_LABELS = ("cut", "light", "heavy", "non")


def load_clough(root: Path) -> Loaded:
    table = root / "file_list.tsv"
    folder = _need(root / "corpus-20090418", "folder")
    rows = _read_tsv(table, ["file", "category", "source_file"])
    sources: dict[str, str] = {}
    items: list[DocPair] = []
    for n, row in enumerate(rows, start=2):
        label = row["category"].strip().lower()
        if label not in CLOUGH_LABELS:
            raise InputError(
                str(table),
                f"category {row['category']!r} is not one of cut/light/heavy/non",
                where=str(n),
            )
        src_name = row["source_file"].strip()
        if src_name not in sources:
            sources[src_name] = read_text(folder / src_name).strip()
        cp = folder / row["file"].strip()
        copy = read_text(cp).strip()
        if not copy:
            raise InputError(str(cp), "empty answer")
        items.append(
            DocPair(
                cp.stem, sources[src_name], copy, label, None, None, str(folder / src_name), str(cp)
            )
        )
    return Loaded("clough-stevenson", items, None, [str(table)])


# -- msrp ------------------------------------------------------------------------------------


def _load_msrp_file(path: Path) -> list[SentPair]:
    lines = [ln for ln in read_text(path).split("\n") if ln.strip()]
    if not lines or not lines[0].startswith("Quality"):
        raise InputError(
            str(path),
            "expected the MSRP header 'Quality\t#1 ID\t#2 ID\t#1 String\t#2 String'",
            where="1",
        )
    out: list[SentPair] = []
    for n, line in enumerate(lines[1:], start=2):
        cells = line.split("\t")
        if len(cells) != 5 or cells[0] not in ("0", "1"):
            raise InputError(
                str(path), "expected 5 tab-separated fields with quality 0 or 1", where=str(n)
            )
        out.append(
            SentPair(f"{cells[1]}-{cells[2]}", cells[3].strip(), cells[4].strip(), int(cells[0]))
        )
    return out


def load_msrp(root: Path) -> Loaded:
    train = _load_msrp_file(root / "msr_paraphrase_train.txt")
    test_path = root / "msr_paraphrase_test.txt"
    test = _load_msrp_file(test_path) if test_path.exists() else None
    return Loaded("msrp", train, test)


# -- pan10-paraphrase ------------------------------------------------------------------------


def _load_pan10_split(root: Path, prefix: str) -> list[SentPair]:
    p1, p2, pl = root / f"{prefix}_s1.txt", root / f"{prefix}_s2.txt", root / f"{prefix}.labels"
    s1 = read_text(p1).rstrip("\n").split("\n")
    s2 = read_text(p2).rstrip("\n").split("\n")
    labels = read_text(pl).rstrip("\n").split("\n")
    if not (len(s1) == len(s2) == len(labels)):
        raise InputError(
            str(pl), f"line counts differ: {len(s1)} / {len(s2)} / {len(labels)} (s1 / s2 / labels)"
        )
    out: list[SentPair] = []
    for n, (a, b, lab) in enumerate(zip(s1, s2, labels, strict=True), start=1):
        if lab.strip() not in ("0", "1"):
            raise InputError(str(pl), f"label {lab.strip()!r} is not 0 or 1", where=str(n))
        out.append(SentPair(f"{prefix}:{n}", a.strip(), b.strip(), int(lab)))
    return out


def load_pan10(root: Path) -> Loaded:
    train = _load_pan10_split(root, "pan-train")
    has_test = any((root / f"pan-test{suf}").exists() for suf in ("_s1.txt", "_s2.txt", ".labels"))
    test = _load_pan10_split(root, "pan-test") if has_test else None
    return Loaded("pan10-paraphrase", train, test)


# -- pan13-verbatim --------------------------------------------------------------------------

_NUM = re.compile(r"^\d+$")


def _pan13_spans(path: Path, src_name: str) -> tuple[Span, ...]:
    try:
        root = ET.fromstring(read_text(path).encode("utf-8"))
    except ET.ParseError as exc:
        raise InputError(str(path), f"malformed XML: {exc}") from exc
    spans: list[Span] = []
    for feat in root.iter("feature"):
        if feat.get("name") != "plagiarism":
            continue
        if feat.get("source_reference", src_name) != src_name:
            continue
        vals = [
            feat.get(k, "")
            for k in ("this_offset", "this_length", "source_offset", "source_length")
        ]
        if not all(_NUM.match(v) for v in vals):
            raise InputError(str(path), "a plagiarism feature lacks numeric offsets/lengths")
        a, b, c, d = (int(v) for v in vals)
        spans.append(Span(a, b, c, d))
    return tuple(spans)


def load_pan13(root: Path) -> Loaded:
    sub = _need(root / "02-no-obfuscation", "folder")
    pairs = sub / "pairs"
    items: list[PassagePair] = []
    cache: dict[Path, str] = {}

    def doc(p: Path) -> str:
        if p not in cache:
            cache[p] = read_text(p)
        return cache[p]

    for n, line in enumerate(read_text(pairs).split("\n"), start=1):
        if not line.strip():
            continue
        names = line.split()
        if len(names) != 2:
            raise InputError(
                str(pairs), "expected 'suspicious-documentN.txt source-documentM.txt'", where=str(n)
            )
        susp, src = names
        xml = sub / f"{Path(susp).stem}-{Path(src).stem}.xml"
        spans = _pan13_spans(xml, src)
        sp, rp = root / "susp" / susp, root / "src" / src
        items.append(
            PassagePair(
                f"{Path(susp).stem}-{Path(src).stem}", doc(sp), doc(rp), spans, str(sp), str(rp)
            )
        )
    if not items:
        raise InputError(str(pairs), "no pairs listed")
    return Loaded("pan13-verbatim", items, None, [str(pairs)])


LOADERS: dict[str, Callable[[Path], Loaded]] = {
    "counter-urdu": load_counter,
    "clough-stevenson": load_clough,
    "msrp": load_msrp,
    "pan10-paraphrase": load_pan10,
    "pan13-verbatim": load_pan13,
}


def load(name: str, data_dir: Path) -> Loaded:
    if name not in LOADERS:
        raise InputError(name, "unknown data set", hint=f"one of {', '.join(DATASETS)}, or all")
    root = data_dir / name
    _need(root, "data set folder")
    return LOADERS[name](root)


# Document tasks of the eval: dataset label -> class index (ordered: higher = more derived);
# (task, label -> class, class names, headline metric).
DOC_TASKS: dict[str, list[tuple[str, dict[str, int], list[str], str]]] = {
    "counter-urdu": [
        ("binary", {"ND": 0, "PD": 1, "WD": 1}, ["ND", "derived"], "f1"),
        ("3class", {"ND": 0, "PD": 1, "WD": 2}, ["ND", "PD", "WD"], "macro_f1"),
    ],
    "clough-stevenson": [
        ("binary", {"non": 0, "heavy": 1, "light": 1, "cut": 1}, ["non", "derived"], "f1"),
        (
            "4class",
            {"non": 0, "heavy": 1, "light": 2, "cut": 3},
            ["non", "heavy", "light", "cut"],
            "accuracy",
        ),
    ],
}
# wiretrace relation -> the data set's own label (the mapping the eval scores by)
RELATION_TO_LABEL: dict[str, dict[str, str]] = {
    "counter-urdu": {
        "verbatim": "WD",
        "light_edit": "WD",
        "paraphrase": "WD",
        "partial_reuse": "PD",
        "same_event": "ND",
        "unrelated": "ND",
    },
    "clough-stevenson": {
        "verbatim": "cut",
        "light_edit": "light",
        "paraphrase": "heavy",
        "partial_reuse": "heavy",
        "same_event": "non",
        "unrelated": "non",
    },
}


# -- deterministic splits -----------------------------------------------------------------------

T = TypeVar("T")


def stratified_split(
    items: Sequence[T], key: Callable[[T], object], *, seed: int = 20240605
) -> tuple[list[T], list[T]]:
    """Split ``items`` in two halves (tune, held-out), stratified by ``key``, seeded.

    Deterministic for a given item list and seed; the held-out half is what gets
    reported, the tune half is where thresholds (and any wiretrace knob) may be tuned.
    """
    groups: dict[object, list[int]] = defaultdict(list)
    for i, it in enumerate(items):
        groups[key(it)].append(i)
    rng = random.Random(seed)
    tune: list[int] = []
    held: list[int] = []
    for k in sorted(groups, key=str):
        idx = groups[k][:]
        rng.shuffle(idx)
        half = len(idx) // 2
        tune += idx[:half]
        held += idx[half:]
    return [items[i] for i in sorted(tune)], [items[i] for i in sorted(held)]


def sample(items: Sequence[T], n: int | None, *, seed: int = 7) -> list[T]:
    """At most ``n`` of ``items``, a seeded random sample kept in the original order."""
    if n is None or n >= len(items):
        return list(items)
    keep = sorted(random.Random(seed).sample(range(len(items)), n))
    return [items[i] for i in keep]
