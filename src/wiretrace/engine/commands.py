"""``wiretrace add``, ``trace`` and ``families``: parse, call the engine, print."""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path
from typing import Any

from ..errors import WiretraceError
from .embedded import Store

EXIT_SOME_FAILED = 3


def _emit(text: str, output: str | None) -> None:
    if output:
        from ..textreport import write_atomic

        write_atomic(output, text if text.endswith("\n") else text + "\n")
    else:
        sys.stdout.write(text if text.endswith("\n") else text + "\n")


def cmd_add(args: argparse.Namespace) -> int:
    with Store(
        args.store, embeddings=not args.no_embeddings, device=getattr(args, "device", "cpu")
    ) as st:
        before = len(st)
        try:
            result = st.add(args.paths, progress=sys.stderr.isatty(), workers=args.workers)
        except KeyboardInterrupt:
            # batches are committed whole: say what was kept, and that a re-run resumes
            kept = len(st) - before
            print(
                f"wiretrace: interrupted: {_count(kept, 'article')} from this run kept in "
                f"{args.store}; run the same command again to add the rest (stored articles "
                "are skipped as duplicates)",
                file=sys.stderr,
            )
            raise
        total = len(st)
    for err in result.failed:
        print(f"wiretrace: skipped: {err}", file=sys.stderr)
    print(f"{result.summary()}; {_count(total, 'article')} in {args.store}")
    return EXIT_SOME_FAILED if result.failed else 0


def _name(ref: dict[str, Any]) -> str:
    label = Path(ref["path"]).name if ref.get("path") else ref["id"]
    bits = [b for b in (ref.get("date"), ref.get("outlet")) if b]
    title = f' "{ref["title"]}"' if ref.get("title") else ""
    return f"{label}{title}" + (f" ({', '.join(bits)})" if bits else "")


def _has_vectors(path: str) -> bool:
    from ..store import Database

    db = Database(path, readonly=True)
    try:
        return (
            db.db.execute("SELECT 1 FROM articles WHERE vector IS NOT NULL LIMIT 1").fetchone()
            is not None
        )
    finally:
        db.close()


def format_trace(t: dict[str, Any]) -> str:
    lines = [f"trace: {_name(t['query'])}"]
    for key, title in (
        ("sources", "derives from"),
        ("copies", "derived from it"),
        ("same_event", "same event"),
    ):
        lines.append(f"\n{title} ({len(t[key])}):")
        if not t[key]:
            lines.append("  (none)")
        for e in t[key]:
            cov = e["coverage"]
            lines.append(
                f"  {e['score']:.2f}  {e['relation']:<13} {_name(e)}  "
                f"[copy derived {cov.get('copy_derived', 0):.0%}, source used {cov.get('source_used', 0):.0%}]"
            )
            if e.get("direction"):
                lines.append(f"        direction: {e['direction'][0]}")
    return "\n".join(lines)


def cmd_trace(args: argparse.Namespace) -> int:
    with Store(args.store, embeddings=_has_vectors(args.store), readonly=True) as st:
        result = st.trace(args.article, top=args.top)
    text = (
        json.dumps(result, indent=2, ensure_ascii=False)
        if args.format == "json"
        else format_trace(result)
    )
    _emit(text, args.output)
    return 0


def format_families(f: dict[str, Any]) -> str:
    fams = f["families"]
    lines = [_count(len(fams), "family", "families")]
    for fam in fams:
        lines.append(
            f"\n{fam['id']}: {len(fam['members'])} articles, origin {_name(fam['origin'])}"
        )
        children: dict[str, list[dict[str, Any]]] = {}
        for e in fam["edges"]:
            children.setdefault(e["parent"]["id"], []).append(e)

        def walk(
            ref_id: str, depth: int, children: dict[str, list[dict[str, Any]]] = children
        ) -> None:
            for e in children.get(ref_id, []):
                cov = e["coverage"].get("copy_derived", 0.0)
                lines.append(f"{'  ' * depth}└─ {e['relation']} ({cov:.0%}) {_name(e['child'])}")
                walk(e["child"]["id"], depth + 1, children)

        lines.append(f"  {_name(fam['origin'])}")
        walk(fam["origin"]["id"], 2)
        for ref in fam["same_event"]:
            lines.append(f"  same event, independent: {_name(ref)}")
    return "\n".join(lines)


# -- spark (issue 9) ------------------------------------------------------------------
def _families_spark(args: argparse.Namespace) -> dict[str, Any]:
    """``families INPUT... --engine spark --out DIR``: run the Spark job, then render
    what it wrote (``--from DIR`` renders it again later)."""
    if not args.inputs:
        raise WiretraceError("--engine spark needs INPUT files, directories or URIs")
    if not args.out:
        raise WiretraceError("--engine spark needs --out DIR (the job's output directory)")
    from .spark import SparkEngine

    with SparkEngine(master=args.master, out=args.out, embeddings=bool(args.embeddings)) as eng:
        eng.add(args.inputs)
        result = eng.families(min_size=args.min_size)
        s = eng.summary
    print(
        f"wiretrace: {s['articles']} articles, {s['duplicates']} duplicates, "
        f"{s['rejects']} rejected, {s['families']} families; written to {args.out}",
        file=sys.stderr,
    )
    return result


# -- end spark ------------------------------------------------------------------------


def _count(n: int, one: str, many: str | None = None) -> str:
    return f"{n} {one if n == 1 else many or one + 's'}"


def cmd_families(args: argparse.Namespace) -> int:
    if getattr(args, "from_dir", None):
        src = Path(args.from_dir) / "families.json"
        if not src.is_file():
            raise WiretraceError(
                f"{args.from_dir}: no families.json (is it a Spark output directory?)"
            )
        result: dict[str, Any] = json.loads(src.read_text(encoding="utf-8"))
    elif getattr(args, "engine", "embedded") == "spark":
        result = _families_spark(args)
    else:
        if getattr(args, "inputs", None):
            raise WiretraceError(
                "INPUT files are read only with --engine spark; the embedded engine shows the "
                f"families of its store: `wiretrace add {' '.join(args.inputs)}` first"
            )
        if getattr(args, "embeddings", None) is not None:
            # The store's vectors were made (or not) by `wiretrace add`; a flag here
            # could not add or remove them, so it would silently do nothing.
            raise WiretraceError(
                "--embeddings/--no-embeddings is for --engine spark; the embedded engine "
                "uses the vectors in its store (`wiretrace add` embeds unless --no-embeddings)"
            )
        with Store(args.store, embeddings=_has_vectors(args.store), readonly=True) as st:
            result = st.families(min_size=args.min_size, progress=sys.stderr.isatty())
    if args.format == "json":
        text = json.dumps(result, indent=2, ensure_ascii=False)
    elif args.format == "html":
        from ..report.html import render_families

        text = render_families(result)
    else:
        text = format_families(result)
    _emit(text, args.output)
    return 0
