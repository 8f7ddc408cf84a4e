"""The ``wiretrace`` command. Each subcommand parses its arguments, calls one function of
the library, and prints or writes the result. User errors print one line, no traceback.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable, Sequence

from .errors import WiretraceError

EXIT_OK = 0
EXIT_USAGE = 2
EXIT_SOME_FAILED = 3  # a batch ran, but some inputs were rejected (each reported)

Handler = Callable[[argparse.Namespace], int]

_EPILOG = """\
examples:
  wiretrace compare wire.txt copy.html            is copy.html derived from wire.txt, and how?
  wiretrace compare a.txt b.txt --format html -o report.html
  wiretrace ingest crawl/ --format json           what the pipeline reads from each article
  wiretrace add crawl.warc.gz                     add a crawl to ./wiretrace.db
  wiretrace trace story.txt                       what this article copied, and who copied it
  wiretrace families --format html -o fam.html    story families with their derivation trees
  wiretrace eval --list                           the evaluation data sets
"""


def _positive(text: str) -> int:
    try:
        n = int(text)
    except ValueError:
        n = 0
    if n < 1:
        raise argparse.ArgumentTypeError(f"expected a whole number of at least 1, got {text!r}")
    return n


def _command(
    sub: argparse._SubParsersAction[argparse.ArgumentParser],
    name: str,
    *,
    help: str,
    about: str,
    examples: Sequence[str],
) -> argparse.ArgumentParser:
    """A subcommand whose --help gives ``about`` (wrapped) and ``examples`` (as written)."""
    import textwrap

    return sub.add_parser(
        name,
        help=help,
        description=textwrap.fill(about, 88),
        epilog="examples:\n" + "\n".join(f"  {e}" for e in examples),
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )


def _port(text: str) -> int:
    try:
        n = int(text)
    except ValueError:
        n = -1
    if not 0 < n < 65536:
        raise argparse.ArgumentTypeError(f"expected a port number from 1 to 65535, got {text!r}")
    return n


def _add_store(p: argparse.ArgumentParser) -> None:
    p.add_argument(
        "--store",
        default="wiretrace.db",
        metavar="FILE",
        help="the SQLite store, one file (default: %(default)s)",
    )


def _add_output(p: argparse.ArgumentParser, formats: Sequence[str]) -> None:
    p.add_argument(
        "--format",
        choices=list(formats),
        default=formats[0],
        help="output format (default: %(default)s)",
    )
    p.add_argument(
        "-o", "--output", metavar="FILE", help="write to FILE instead of standard output"
    )


def build_parser() -> argparse.ArgumentParser:
    from . import __version__

    parser = argparse.ArgumentParser(
        prog="wiretrace",
        description="Find where a news article came from and what its copies changed.",
        epilog=_EPILOG,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    parser.add_argument("--version", action="version", version=f"wiretrace {__version__}")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")

    # -- ingest -------------------------------------------------------------------------
    p = sub.add_parser(
        "ingest",
        help="read and clean articles; show sentences and removed debris",
        description="Read articles (record .txt, plain .txt, JSONL, HTML, WARC, a directory, or - for stdin), "
        "clean them, split sentences, and print what the rest of the pipeline will read.",
    )
    p.add_argument(
        "paths", nargs="+", metavar="PATH", help="file, directory (recursive) or - for stdin"
    )
    _add_output(p, ["text", "json"])
    p.set_defaults(handler=_lazy("ingest"))

    # -- compare ------------------------------------------------------------------------
    p = _command(
        sub,
        "compare",
        help="is one article derived from the other, and how?",
        about="Compare two articles: relation (verbatim, light_edit, paraphrase, partial_reuse, "
        "same_event, unrelated), which one is the source and why, which sentence came from "
        "which, and what the copy changed in quotes and facts. The order of FIRST and SECOND "
        "does not change the verdict. For a derived pair the source is decided from the dates, "
        "then from the content (containment, debris, credits), and the evidence is printed; "
        "for same_event and unrelated nothing was copied, so 'source' is simply FIRST and "
        "'copy' SECOND. Exit status 0 whatever the verdict, 1 when an input cannot be read (the message names it).",
        examples=[
            "wiretrace compare story.txt rewrite.txt",
            "wiretrace compare wire.html copy.jsonl --format json -o pair.json",
            "wiretrace compare --source first wire.txt copy.txt --format html -o pair.html",
            "curl -s URL | wiretrace compare wire.txt -",
        ],
    )
    p.add_argument("first", metavar="FIRST", help="an article file (any format ingest reads) or -")
    p.add_argument(
        "second", metavar="SECOND", help="an article file (any format ingest reads) or -"
    )
    p.add_argument(
        "--source",
        choices=["first", "second", "auto"],
        default="auto",
        help="fix which article is the source (default: decide from dates and content)",
    )
    p.add_argument(
        "--no-embeddings", action="store_true", help="lexical evidence only (no model load)"
    )
    p.add_argument(
        "--device",
        choices=["auto", "cpu", "cuda"],
        default="cpu",
        help="embedding device; auto = cuda when available (default: %(default)s)",
    )
    _add_output(p, ["text", "json", "html"])
    p.set_defaults(handler=_lazy("compare"))

    # -- corpus -------------------------------------------------------------------------
    p = _command(
        sub,
        "add",
        help="add articles to a store (default ./wiretrace.db)",
        about=(
            "Read, clean and index articles into the store (one SQLite file, created "
            "when missing). An article already stored (same text, URL and date) is skipped and "
            "named with the stored one it repeats; a bad input "
            "is reported and the rest go on (exit status 3). Each batch is committed whole, so an "
            "interrupted add keeps what was committed and can simply be run again."
        ),
        examples=[
            "wiretrace add crawl/ --store news.db",
            "wiretrace add crawl.warc.gz articles.jsonl --no-embeddings",
        ],
    )
    p.add_argument(
        "paths",
        nargs="+",
        metavar="PATH",
        help="files (record .txt, plain .txt, JSONL, HTML, WARC), directories (recursive) or -",
    )
    _add_store(p)
    p.add_argument(
        "--device",
        choices=["auto", "cpu", "cuda"],
        default="cpu",
        help="embedding device; auto = cuda when available (default: %(default)s)",
    )
    p.add_argument(
        "--no-embeddings",
        action="store_true",
        help="lexical index only (faster, misses paraphrase)",
    )
    p.add_argument(
        "--workers",
        type=_positive,
        default=None,
        metavar="N",
        help="processes that parse, clean and split the input (default: one per core; "
        "1 = no worker processes)",
    )
    p.set_defaults(handler=_lazy("add"))

    p = _command(
        sub,
        "trace",
        help="what a stored article derives from, and what derives from it",
        about=(
            "Find the stored articles this one was derived from (its sources) and "
            "those derived from it (its copies), each with the relation and a score in [0, 1] "
            "(the share of the copy derived from the source). ARTICLE need not be in the store."
        ),
        examples=[
            "wiretrace trace story.html --store news.db",
            "wiretrace trace 3f2a9c0d1e --format json",
        ],
    )
    p.add_argument("article", metavar="ARTICLE", help="a file, an id in the store, or -")
    _add_store(p)
    p.add_argument(
        "--top",
        type=_positive,
        default=10,
        metavar="N",
        help="at most N sources and N copies, best first (default: %(default)s)",
    )
    _add_output(p, ["text", "json"])
    p.set_defaults(handler=_lazy("trace"))

    p = _command(
        sub,
        "families",
        help="story families, their origins and derivation trees",
        about=(
            "Group the stored articles into story families (articles linked by "
            "derivation, not same-event reports), name each family's origin and print its "
            "derivation tree (each copy under the article it was taken from)."
        ),
        examples=[
            "wiretrace families --store news.db",
            "wiretrace families --format html -o families.html",
            "wiretrace families crawl/ --engine spark --out spark-out/",
        ],
    )
    p.add_argument(
        "inputs",
        nargs="*",
        metavar="INPUT",
        help="with --engine spark: JSONL, WARC or text files, directories or Hadoop URIs",
    )
    _add_store(p)
    p.add_argument(
        "--min-size",
        type=_positive,
        default=2,
        metavar="N",
        help="families of at least N articles (default: %(default)s)",
    )
    p.add_argument(
        "--engine",
        choices=["embedded", "spark"],
        default="embedded",
        help="embedded: the families of the --store; spark: run the whole pipeline on INPUT "
        "with Apache Spark, writing Parquet to --out (default: %(default)s)",
    )
    p.add_argument("--master", default="local[2]", help="Spark master (with --engine spark)")
    p.add_argument("--out", metavar="DIR", help="output directory (with --engine spark)")
    p.add_argument(
        "--embeddings",
        action=argparse.BooleanOptionalAction,
        default=None,
        help="with --engine spark: embed each article (the model loads once per executor; "
        "slower) to find paraphrased copies that share few words, and judge pairs with the "
        "model too (default: off: word-overlap candidates only, as `wiretrace add "
        "--no-embeddings` stores). The embedded engine uses the vectors its store holds",
    )
    p.add_argument(
        "--from", dest="from_dir", metavar="DIR", help="render families from a Spark output DIR"
    )
    _add_output(p, ["text", "json", "html"])
    p.set_defaults(handler=_lazy("families"))

    # -- serve / eval -------------------------------------------------------------------
    p = _command(
        sub,
        "serve",
        help="web UI and JSON API over the store",
        about=(
            "Serve the web UI (compare two articles, trace one, browse families) and "
            "its JSON API (docs/web.md; OpenAPI at /api/openapi.json) over the store."
        ),
        examples=[
            "wiretrace serve --store news.db",
            "WIRETRACE_TOKEN=secret wiretrace serve --allow-add --port 8080",
        ],
    )
    _add_store(p)
    p.add_argument(
        "--host",
        default="127.0.0.1",
        help="address to listen on; 0.0.0.0 opens it to the network (default: %(default)s)",
    )
    p.add_argument("--port", type=_port, default=8000, help="TCP port (default: %(default)s)")
    p.add_argument(
        "--workers", type=_positive, default=1, help="server processes (default: %(default)s)"
    )
    p.add_argument(
        "--allow-add", action="store_true", help="enable POST /api/articles (needs WIRETRACE_TOKEN)"
    )
    p.set_defaults(handler=_lazy("serve"))

    p = sub.add_parser(
        "eval",
        help="measure accuracy on the labelled corpora in ../shared/eval",
        description="Evaluate wiretrace and two baselines (lexical, embedding) on real labelled data.",
    )
    p.add_argument("dataset", nargs="?", default="all", help="a data set name, or all (see --list)")
    p.add_argument("--list", action="store_true", help="list the data sets and exit")
    p.add_argument("--data-dir", metavar="DIR", help="default: ../shared/eval when it exists")
    p.add_argument("--limit", type=int, metavar="N", help="evaluate at most N items per data set")
    _add_output(p, ["text", "json"])
    p.set_defaults(handler=_lazy("eval"))
    return parser


# Where each subcommand's handler lives: the module that owns the stage.
_HANDLERS = {
    "ingest": "wiretrace.textreport:cmd_ingest",
    "compare": "wiretrace.textreport:cmd_compare",
    "add": "wiretrace.engine.commands:cmd_add",
    "trace": "wiretrace.engine.commands:cmd_trace",
    "families": "wiretrace.engine.commands:cmd_families",
    "serve": "wiretrace.web.app:cmd_serve",
    "eval": "wiretrace.textreport:cmd_eval",
}


def _lazy(name: str) -> Handler:
    """Import a subcommand's module only when it runs, so ``--help`` stays instant."""

    def run(args: argparse.Namespace) -> int:
        import importlib

        module, func = _HANDLERS[name].split(":")
        handler: Handler = getattr(importlib.import_module(module), func)
        return handler(args)

    return run


def main(argv: Sequence[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    if not getattr(args, "handler", None):
        parser.print_help()
        return EXIT_USAGE
    try:
        if getattr(args, "output", None):
            from .textreport import check_output

            check_output(args.output)  # before any work: a bad -o fails at once
        code: int = args.handler(args)
        return code
    except WiretraceError as exc:
        print(f"wiretrace: error: {exc}", file=sys.stderr)
        return 1
    except KeyboardInterrupt:
        print("wiretrace: interrupted", file=sys.stderr)
        return 130
    except BrokenPipeError:
        return 0


if __name__ == "__main__":
    sys.exit(main())
