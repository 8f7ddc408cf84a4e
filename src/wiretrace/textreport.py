"""Terminal views (a comparison, a prepared article, an evaluation table) and the
``compare``/``ingest``/``eval`` commands.

Word differences are coloured on a TTY; elsewhere they are marked ``[-deleted-]`` and
``{+inserted+}`` (the git word-diff convention), so a pipe or a file stays readable.
"""

from __future__ import annotations

import argparse
import json
import os
import sys
import tempfile
from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING, TextIO

from .article import UNCHANGED_QUOTES, Article, Comparison
from .errors import InputError
from .report.diff import word_diff

if TYPE_CHECKING:
    from .evaluate import Result

_KIND_MARK = {"verbatim": "=", "light_edit": "~", "paraphrase": "≈"}


class _Style:
    def __init__(self, colour: bool):
        self.colour = colour

    def _wrap(self, code: str, text: str) -> str:
        return f"\033[{code}m{text}\033[0m" if self.colour and text else text

    def bold(self, t: str) -> str:
        return self._wrap("1", t)

    def dim(self, t: str) -> str:
        return self._wrap("2", t)

    def deleted(self, t: str) -> str:
        return self._wrap("31;9", t) if self.colour else f"[-{t.strip()}-]{_tail(t)}"

    def inserted(self, t: str) -> str:
        return self._wrap("32", t) if self.colour else f"{{+{t.strip()}+}}{_tail(t)}"

    def warn(self, t: str) -> str:
        return self._wrap("33", t)


def _tail(t: str) -> str:
    return t[len(t.rstrip()) :]


def _name(art: Article) -> str:
    return Path(art.path).name if art.path else (art.title or art.id)


def _marked_diff(source: str, copy: str, st: _Style) -> str:
    out: list[str] = []
    for op in word_diff(source, copy):
        if op["op"] == "equal":
            out.append(op["copy"])
        elif op["op"] == "insert":
            out.append(st.inserted(op["copy"]))
        elif op["op"] == "delete":
            out.append(st.deleted(op["source"]))
        else:
            out.append(st.deleted(op["source"]) + st.inserted(op["copy"]))
    return "".join(out)


def render_text(cmp: Comparison, *, colour: bool = False) -> str:
    st = _Style(colour)
    src, cp = cmp.source, cmp.copy
    lines: list[str] = []
    rel = cmp.relation.replace("_", " ")
    if cmp.derived:
        head = f"{_name(cp)} is derived from {_name(src)}: {rel}"
    else:
        head = f"{_name(src)} and {_name(cp)}: {rel} (not derived)"
    lines.append(st.bold(f"{head}  (confidence {cmp.confidence:.2f})"))
    for ev in cmp.direction_evidence:
        lines.append(f"  {ev}" if ev.startswith("conflict:") else f"  because {ev}")
    cov = cmp.coverage
    lines.append(
        f"  coverage: {cov.get('copy_derived', 0):.0%} of the copy is derived; "
        f"{cov.get('source_used', 0):.0%} of the source is used"
    )
    quotes = [q for q in cmp.quotes if q.status not in UNCHANGED_QUOTES]
    if quotes or cmp.changes:
        lines.append("")
        lines.append(st.bold("What the copy changed"))
        for q in quotes:
            lines.append(
                st.warn(
                    f'  quote {q.status.replace("_", " ")} (copy sentence {q.copy_sentence}): "{q.text}"'
                )
            )
            if q.note:
                lines.append(f"    {q.note}")
        for c in cmp.changes:
            lines.append(
                st.warn(
                    f'  {c.kind} (copy sentence {c.copy_sentence}): "{c.source_text}" -> "{c.copy_text}"'
                )
            )
            if c.note:
                lines.append(f"    {c.note}")
    if not cmp.derived:
        return "\n".join(lines) + "\n"

    lines.append("")
    lines.append(
        st.bold("The copy, sentence by sentence  (= verbatim  ~ light edit  ≈ paraphrase  + added)")
    )
    by_copy = {a.copy[0]: a for a in cmp.alignments}
    done: set[int] = set()
    for i, sent in enumerate(cp.sentences):
        if i in done:
            continue
        al = by_copy.get(i)
        if al is None:
            lines.append(f"+ [{i}] {st.inserted(sent.text) if colour else sent.text}")
            lines.append(st.dim("      (not in the source: material the copy added)"))
            continue
        done.update(al.copy)
        ctext = " ".join(cp.sentences[k].text for k in al.copy)
        stext = " ".join(src.sentences[k].text for k in al.source)
        idx = ",".join(map(str, al.copy))
        sidx = ",".join(map(str, al.source))
        mark = _KIND_MARK[al.kind]
        if al.kind == "paraphrase":
            lines.append(f"{mark} [{idx}] {ctext}")
            lines.append(st.dim(f"      from source [{sidx}] ({al.kind}, {al.score:.2f}): {stext}"))
        else:
            lines.append(f"{mark} [{idx}] {_marked_diff(stext, ctext, st)}")
            lines.append(
                st.dim(f"      from source [{sidx}] ({al.kind.replace('_', ' ')}, {al.score:.2f})")
            )
    if cmp.unaligned_source:
        lines.append("")
        lines.append(st.bold("Source sentences the copy did not use"))
        for j in cmp.unaligned_source:
            lines.append(
                f"- [{j}] {st.deleted(src.sentences[j].text) if colour else src.sentences[j].text}"
            )
    return "\n".join(lines) + "\n"


def _is_stream(path: str | os.PathLike[str]) -> bool:
    """A character device or a pipe (``/dev/stdout``, a FIFO), followed through links."""
    p = Path(path)
    return p.exists() and not p.is_file() and not p.is_dir()


def check_output(path: str | os.PathLike[str]) -> None:
    """Refuse an output path that cannot be written, naming it (before the work is done)."""
    if _is_stream(path):
        return  # a device or a pipe (/dev/stdout): written as it is
    target = Path(os.path.realpath(path))
    if target.is_dir():
        raise InputError(str(path), "is a directory", hint="give a file name for -o")
    parent = target.parent
    while not parent.exists():
        parent = parent.parent
    if not parent.is_dir() or not os.access(parent, os.W_OK | os.X_OK):
        raise InputError(str(path), f"cannot write here ({parent} is not a writable directory)")
    if parent == target.parent:
        try:  # a writable mode is not always a writable place (/proc, a read-only mount)
            with tempfile.TemporaryFile(dir=parent):
                pass
        except OSError as exc:
            raise InputError(str(path), f"cannot write here ({exc.strerror})") from None


def write_atomic(path: str | os.PathLike[str], text: str) -> None:
    """Write a whole file or nothing: a temp file in the same directory, then rename.

    A symbolic link is written through (its target is replaced, the link stays); a device
    or a pipe such as /dev/stdout is written directly, as there is nothing to rename."""
    if _is_stream(path):
        with open(path, "w", encoding="utf-8") as fh:
            fh.write(text)
        return
    target = Path(os.path.realpath(path))
    try:
        target.parent.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise InputError(str(path), f"cannot create its directory ({exc.strerror})") from None
    try:
        fd, tmp = tempfile.mkstemp(prefix=f".{target.name}.", dir=target.parent)
    except OSError as exc:
        raise InputError(str(path), f"cannot write here ({exc.strerror})") from None
    # mkstemp creates 0600; a report is an ordinary file, so honour the umask as open() would.
    umask = os.umask(0)
    os.umask(umask)
    os.chmod(tmp, 0o666 & ~umask)
    try:
        with os.fdopen(fd, "w", encoding="utf-8") as fh:
            fh.write(text)
        os.replace(tmp, target)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise


def emit(text: str, output: str | None, stream: TextIO | None = None) -> None:
    if output:
        write_atomic(output, text)
        print(f"wrote {output}", file=sys.stderr)
    else:
        (stream or sys.stdout).write(text)


def cmd_compare(args: argparse.Namespace) -> int:
    from .compare import compare

    if args.first == "-" and args.second == "-":
        from .errors import WiretraceError

        raise WiretraceError("only one of FIRST and SECOND can be - (standard input)")
    cmp = compare(
        Path(args.first),  # "-" is standard input, read as a file is (ingest.read_path)
        Path(args.second),
        source=args.source,
        embeddings=not args.no_embeddings,
        device=args.device,
    )
    if args.format == "json":
        emit(json.dumps(cmp.to_dict(), ensure_ascii=False, indent=2) + "\n", args.output)
    elif args.format == "html":
        from .report.html import render_comparison

        emit(render_comparison(cmp), args.output)
    else:
        colour = args.output is None and sys.stdout.isatty() and not os.environ.get("NO_COLOR")
        emit(render_text(cmp, colour=colour), args.output)
    return 0


# -- ingest ---------------------------------------------------------------------------


def format_text(article: Article) -> str:
    """The human-readable view of a prepared article (``wiretrace ingest --format text``)."""
    out = [f"== {article.path or '-'}  id {article.id}"]
    if article.title:
        out.append(f"title:    {article.title}")
    if article.date:
        out.append(f"date:     {article.date.isoformat()}")
    if article.byline:
        out.append(f"byline:   {article.byline}")
    if article.dateline:
        out.append(f"dateline: {article.dateline.text}")
    if article.url:
        out.append(f"url:      {article.url}")
    out.append(f"sentences ({len(article.sentences)}):")
    out.extend(f"  {s.i:3d}  {s.text}" for s in article.sentences)
    if article.removed:
        out.append(f"removed ({len(article.removed)}):")
        out.extend(f"  [{r.reason}] {r.text}" for r in article.removed)
    return "\n".join(out) + "\n"


def cmd_ingest(args: argparse.Namespace) -> int:
    """``wiretrace ingest PATH... [--format text|json] [-o FILE]``; 3 when some inputs failed."""
    from .cli import EXIT_OK, EXIT_SOME_FAILED

    articles: list[Article] = []
    failed = 0
    from .ingest import iter_articles

    for item in iter_articles(args.paths):
        if isinstance(item, InputError):
            failed += 1
            print(f"wiretrace: error: {item}", file=sys.stderr)
        else:
            articles.append(item)
    if args.format == "json":
        text = json.dumps([a.to_dict() for a in articles], ensure_ascii=False, indent=2) + "\n"
    else:
        text = "\n".join(format_text(a) for a in articles)
    emit(text, args.output)
    return EXIT_SOME_FAILED if failed else EXIT_OK


# -- wiretrace eval ------------------------------------------------------------------------


def eval_table(results: Sequence[Result]) -> str:
    """The ``wiretrace eval`` table: one row per data set x task x split x method."""
    head = f"{'dataset':<17} {'task':<10} {'split':<8} {'method':<10} {'n':>5} {'P':>6} {'R':>6} {'F1':>6} {'Acc':>6}  95% CI (headline)"
    lines = [head, "-" * len(head)]
    for r in results:
        if r.extra.get("status") == "unavailable":
            lines.append(
                f"{r.dataset:<17} {r.task:<10} {r.split:<8} {r.method:<10} {r.n:>5}  unavailable: {r.extra.get('note', '')}"
            )
            continue

        def f(x: float | None) -> str:
            return "    -" if x is None else f"{x:6.3f}"

        hl = str(r.extra.get("headline", "f1"))
        ci = r.ci95.get(hl)
        ci_s = f"{hl} [{ci[0]:.3f}, {ci[1]:.3f}]" if ci else ""
        lines.append(
            f"{r.dataset:<17} {r.task:<10} {r.split:<8} {r.method:<10} {r.n:>5} {f(r.precision)} {f(r.recall)} {f(r.f1)} {f(r.accuracy)}  {ci_s}"
        )
    lines.append(
        "3class/4class rows: P, R and F1 are macro averages. Headline CI: seeded bootstrap, 1000 resamples."
    )
    return "\n".join(lines) + "\n"


def _datasets_text(data_dir: Path | None) -> str:
    from .evaluate import EVAL_DATASETS, OWN_DATASETS

    out = []
    for name, desc in EVAL_DATASETS.items():
        state = ""
        if name in OWN_DATASETS:
            state = "  [built in, tune and held-out splits]"
        elif data_dir is not None:
            root = data_dir / name
            if not root.is_dir():
                state = "  [absent]"
            else:
                test = (root / "msr_paraphrase_test.txt").exists() or any(root.glob("pan-test_*"))
                state = (
                    "  [present, official test split]" if test else "  [present, held-out split]"
                )
        out.append(f"{name:<18} {desc}{state}")
    return "\n".join(out) + "\n"


def cmd_eval(args: argparse.Namespace) -> int:
    from .embed import default_embedder
    from .evaluate import EVAL_DATASETS, OWN_DATASETS, SCHEMA, default_data_dir, evaluate

    data_dir = Path(args.data_dir) if args.data_dir else None
    if args.list:
        try:
            sys.stdout.write(_datasets_text(data_dir or default_data_dir()))
        except InputError:
            sys.stdout.write(_datasets_text(None))
        return 0
    if data_dir is None:  # our own sets need none
        data_dir = Path(".") if args.dataset in OWN_DATASETS else default_data_dir()
    elif not data_dir.is_dir():
        raise InputError(
            str(data_dir),
            "no such directory",
            hint="--data-dir must hold the layout of ../shared/eval",
        )
    names = list(EVAL_DATASETS) if args.dataset == "all" else [args.dataset]
    if names[0] not in EVAL_DATASETS:
        raise InputError(
            args.dataset, "unknown data set", hint=f"one of {', '.join(EVAL_DATASETS)}, or all"
        )
    embedder = default_embedder(getattr(args, "device", "cpu"))
    results: list[Result] = []
    for name in names:
        results += evaluate(name, data_dir, limit=args.limit, embedder=embedder).results
    if args.format == "json":
        doc = {
            "schema": SCHEMA,
            "data_dir": str(data_dir),
            "results": [r.to_dict() for r in results],
        }
        text = json.dumps(doc, indent=2, ensure_ascii=False) + "\n"
    else:
        text = eval_table(results)
    emit(text, args.output)
    return 0
