"""Our own hand-written rounds: relation, source, planted changes and story families.

    .venv/bin/python bench/rounds.py [ROUND ...] [--json OUT] [--diff OLD.json] [-v]

Each directory under ``bench/rounds/`` is one round, written by a colleague who had not
read the code or the earlier rounds (docs/evaluation.md, "Pairs written after the
method"), and run once before any change it led to. The article files are our own
fictional text; ``labels.json`` holds the answers (bench/rounds/README.md).

* **Pair rounds** (``pNN_a.txt``/``pNN_b.txt``): the relation, read in both orders
  (``compare a b`` and ``compare b a`` must agree), the source of a derived pair, and,
  with the source fixed, each planted change: found when a quote or change of that kind
  is reported on the copy sentence holding ``copy_text`` (or on the source sentence
  holding ``source_text`` when the copy dropped it). A report that matches no planted
  change is a false alarm when the pair is labelled ``faithful`` and is listed as
  ``other`` otherwise (a pair round's labels need not name every harmless edit).
* **Corpus rounds** (``dNN.txt``): one fresh store, ``families()``; per gold family the
  predicted family that holds most of it, its origin and each member's parent; the
  same-event reports and singletons must stay out of every family.

``--json`` saves every item's outcome, ``--diff`` prints the items whose outcome changed
since a saved run: the way to check a change against every earlier round at once.
"""

from __future__ import annotations

import argparse
import json
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

from wiretrace.compare import compare
from wiretrace.embed import default_embedder
from wiretrace.engine.embedded import Store
from wiretrace.normalize import normalize_plain

ROOT = Path(__file__).parent / "rounds"
DERIVED = {"verbatim", "light_edit", "paraphrase", "partial_reuse"}


def _find(sentences: list[Any], snippet: str) -> set[int]:
    """Indices of the sentences holding ``snippet`` (normalised the way sentences are):
    one, or each sentence a snippet running over a sentence end touches (its first four
    words, its last four, and every sentence wholly inside it)."""
    want = " ".join(normalize_plain(snippet).split()).lower()
    if not want:
        return set()
    for s in sentences:
        if want in s.text.lower():
            return {int(s.i)}
    words = want.split()
    head, tail = " ".join(words[:4]), " ".join(words[-4:])
    return {
        int(s.i)
        for s in sentences
        if head in s.text.lower()
        or tail in s.text.lower()
        or (len(s.text.split()) >= 3 and s.text.lower().strip() in want)
    }


def _reports(cmp: Any) -> list[dict[str, Any]]:
    out = [
        {"kind": q.status, "copy": q.copy_sentence, "source": q.source_sentence, "text": q.text}
        for q in cmp.quotes
        if q.status not in ("verbatim", "own_reporting")
    ]
    out += [
        {"kind": c.kind, "copy": c.copy_sentence, "source": c.source_sentence,
         "text": f"{c.source_text} -> {c.copy_text}"}
        for c in cmp.changes
    ]  # fmt: skip
    return out


def run_pair(d: Path, lab: dict[str, Any], embedder: Any) -> dict[str, Any]:
    a, b = d / f"{lab['id']}_a.txt", d / f"{lab['id']}_b.txt"
    ab = compare(a, b, embedder=embedder)
    ba = compare(b, a, embedder=embedder)
    gold = lab["relation"]
    res: dict[str, Any] = {
        "relation": [ab.relation, ba.relation],
        "relation_ok": ab.relation == gold and ba.relation == gold,
        "derived_ok": ab.derived == (gold in DERIVED) and ba.derived == (gold in DERIVED),
    }
    if gold in DERIVED and lab.get("source") in ("a", "b"):
        want = a if lab["source"] == "a" else b
        picked = [
            Path(c.source.path or "").name for c in (ab, ba) if c.derived
        ]  # the source each order named, where it found the pair derived
        res["source_ok"] = bool(picked) and all(p == want.name for p in picked)
        res["direction"] = ab.direction_evidence[:1]
    planted = lab.get("planted", [])
    if gold in DERIVED and lab.get("source") in ("a", "b") and (planted or "faithful" in lab):
        src, cp = (a, b) if lab["source"] == "a" else (b, a)
        fixed = compare(src, cp, source="first", embedder=embedder)
        reps = _reports(fixed)
        used: set[int] = set()
        found: list[bool] = []
        for p in planted:
            ci = _find(fixed.copy.sentences, p.get("copy_text", ""))
            si = _find(fixed.source.sentences, p.get("source_text", ""))
            hit = next(
                (
                    k
                    for k, r in enumerate(reps)
                    if r["kind"] == p["kind"]
                    and ((ci and r["copy"] in ci) or (not ci and r["source"] in si))
                ),
                None,
            )
            if hit is None:  # the right place, another kind: counted as a miss, shown
                hit = next((k for k, r in enumerate(reps) if ci and r["copy"] in ci), None)
                if hit is not None:
                    reps[hit]["other_kind_for"] = p["kind"]
            found.append(hit is not None and reps[hit]["kind"] == p["kind"])
            if hit is not None:
                used.add(hit)
        res["planted"] = [
            {"kind": p["kind"], "copy_text": p.get("copy_text", ""), "found": f}
            for p, f in zip(planted, found, strict=True)
        ]
        res["unmatched"] = [r for k, r in enumerate(reps) if k not in used]
        res["faithful"] = bool(lab.get("faithful", False))
    return res


def run_corpus(d: Path, lab: dict[str, Any], workdir: Path) -> dict[str, Any]:
    files = sorted(p for p in d.glob("*.txt"))
    with Store(workdir / f"{d.name}.db") as st:
        st.add(files, workers=1, progress=False)
        pred = st.families(min_size=2)

    def name(ref: dict[str, Any]) -> str:
        return Path(ref.get("path") or ref["id"]).name

    fams = [
        {
            "origin": name(f["origin"]),
            "members": {name(m) for m in f["members"]},
            "parent": {name(e["child"]): name(e["parent"]) for e in f["edges"]},
        }
        for f in pred["families"]
    ]
    out: dict[str, Any] = {"families": []}
    for g in lab["families"]:
        members = {g["origin"], *(c for _, c in g["edges"])}
        best = max(fams, key=lambda f: len(f["members"] & members), default=None)
        got = best["members"] if best else set()
        parents = best["parent"] if best else {}
        out["families"].append(
            {
                "origin": g["origin"],
                "predicted_origin": best["origin"] if best else None,
                "missing": sorted(members - got),
                "extra": sorted(got - members),
                "parents_ok": sum(parents.get(c) == p for p, c in g["edges"]),
                "edges": len(g["edges"]),
            }
        )
    in_family = {m for f in fams for m in f["members"]}
    outsiders = [r for r, _ in lab.get("same_event", [])] + list(lab.get("singletons", []))
    out["outsiders_in_family"] = sorted(x for x in outsiders if x in in_family)
    out["outsiders"] = len(outsiders)
    return out


def _summary(name: str, items: dict[str, dict[str, Any]]) -> str:
    pairs = [r for r in items.values() if "relation" in r]
    if pairs:
        rel = sum(r["relation_ok"] for r in pairs)
        der = sum(r["derived_ok"] for r in pairs)
        srcs = [r["source_ok"] for r in pairs if "source_ok" in r]
        planted = [p["found"] for r in pairs for p in r.get("planted", [])]
        fa = sum(len(r["unmatched"]) for r in pairs if r.get("faithful"))
        other = sum(len(r["unmatched"]) for r in pairs if "unmatched" in r and not r["faithful"])
        return (
            f"{name}: relation {rel}/{len(pairs)}, derived-or-not {der}/{len(pairs)}, "
            f"source {sum(srcs)}/{len(srcs)}, planted {sum(planted)}/{len(planted)}, "
            f"false alarms on faithful {fa}, other reports {other}"
        )
    fam = items["corpus"]
    origins = sum(f["predicted_origin"] == f["origin"] for f in fam["families"])
    parents = sum(f["parents_ok"] for f in fam["families"])
    edges = sum(f["edges"] for f in fam["families"])
    exact = sum(not f["missing"] and not f["extra"] for f in fam["families"])
    return (
        f"{name}: families exact {exact}/{len(fam['families'])}, origin {origins}/"
        f"{len(fam['families'])}, parents {parents}/{edges}, outsiders kept out "
        f"{fam['outsiders'] - len(fam['outsiders_in_family'])}/{fam['outsiders']}"
    )


def _failures(rid: str, items: dict[str, dict[str, Any]]) -> list[str]:
    lines = []
    for iid, r in items.items():
        if "relation" in r:
            if not r["relation_ok"]:
                lines.append(f"  {rid}/{iid}: relation {r['relation']}")
            if r.get("source_ok") is False:
                lines.append(f"  {rid}/{iid}: source wrong ({'; '.join(r['direction'])})")
            for p in r.get("planted", []):
                if not p["found"]:
                    lines.append(f"  {rid}/{iid}: missed {p['kind']}: {p['copy_text']!r}")
            if r.get("faithful"):
                for u in r["unmatched"]:
                    lines.append(f"  {rid}/{iid}: false alarm {u['kind']}: {u['text']!r}")
        else:
            for f in r["families"]:
                if f["predicted_origin"] != f["origin"] or f["missing"] or f["extra"]:
                    lines.append(
                        f"  {rid}: family of {f['origin']}: origin {f['predicted_origin']},"
                        f" missing {f['missing']}, extra {f['extra']}"
                    )
            if r["outsiders_in_family"]:
                lines.append(f"  {rid}: in a family: {r['outsiders_in_family']}")
    return lines


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    ap.add_argument(
        "rounds", nargs="*", help="rounds: names under bench/rounds/ or directories (default: all)"
    )
    ap.add_argument("--json", type=Path, help="save every item's outcome here")
    ap.add_argument("--diff", type=Path, help="show items whose outcome differs from this run")
    ap.add_argument("-v", "--verbose", action="store_true", help="list every failure")
    args = ap.parse_args(argv)
    # a name under bench/rounds/, or any directory in the same layout
    dirs = [Path(r) if Path(r).is_dir() else ROOT / r for r in args.rounds]
    # (in the order they were written: r87 ... r100, not r100 first)
    dirs = dirs or sorted(ROOT.glob("r*/"), key=lambda d: (len(d.name), d.name))
    embedder = default_embedder("cpu")
    results: dict[str, dict[str, dict[str, Any]]] = {}
    t0 = time.perf_counter()
    with tempfile.TemporaryDirectory() as tmp:
        for d in dirs:
            lab = json.loads((d / "labels.json").read_text(encoding="utf-8"))
            if isinstance(lab, dict):  # a corpus
                results[d.name] = {"corpus": run_corpus(d, lab, Path(tmp))}
            else:
                results[d.name] = {x["id"]: run_pair(d, x, embedder) for x in lab}
            print(_summary(d.name, results[d.name]), flush=True)
            if args.verbose:
                print("\n".join(_failures(d.name, results[d.name])), flush=True)
    print(f"({len(dirs)} rounds, {time.perf_counter() - t0:.0f} s)")
    if args.json:
        args.json.write_text(json.dumps(results, indent=1, default=sorted), encoding="utf-8")
    if args.diff:
        old = json.loads(args.diff.read_text(encoding="utf-8"))
        for rid, items in results.items():
            for iid, r in items.items():
                was = old.get(rid, {}).get(iid)
                now = json.loads(json.dumps(r, default=sorted))
                if was is not None and was != now:
                    print(f"changed {rid}/{iid}:")
                    print("\n".join(_failures(rid, {iid: was})) or "  (was: no failure)")
                    print("\n".join(_failures(rid, {iid: now})) or "  (now: no failure)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
