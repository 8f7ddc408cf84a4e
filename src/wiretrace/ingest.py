"""Read articles from files, directories, crawls and stdin, and prepare them for the pipeline.

Formats (by extension; ``-`` and unknown extensions are sniffed):

* ``.txt`` - a record: an optional first line `` date YYYY-MM-DD Title``, then the body;
  without that header it is plain text (title and date unknown).
* ``.jsonl`` - one article per line: ``text`` required; ``id``, ``title``, ``date``, ``url``,
  ``source``/``outlet`` optional; every other field is kept in ``meta``.
  ``.json`` - one such object, or a list of them.
* ``.html``/``.htm`` - a web page; trafilatura finds the main text, title, date and byline
  (webpages.py, which also reads WARC crawls).
* ``.warc``/``.warc.gz`` - a crawl; every HTML response record is an article.

Every article gets a stable ``id``: the one the input names, else the first 16 hex digits of
the SHA-256 of its normalised body. Bad input raises (or, in a batch, yields)
``InputError`` naming the file, the line or record, and the problem; the batch goes on.

Limits: a file read whole (text, JSON, HTML, stdin) may be at most ``MAX_FILE_BYTES``
(100 MB); the size is checked before anything is read. JSONL and WARC are streamed, so
their limit is per line / per record instead.
"""

from __future__ import annotations

import gzip
import io
import json
import sys
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import IO, Any

from .article import Article
from .errors import InputError, InputTooLarge

# The record format and the preparing live in record.py; these names are ingest's API too.
from .record import content_id as content_id
from .record import parse_record as parse_record
from .record import prepare as prepare

MAX_FILE_BYTES = 100 * 1024 * 1024
MAX_RECORD_BYTES = MAX_FILE_BYTES
MIN_HTML_WORDS = 10  # main text shorter than this is page furniture, not an article
EXTENSIONS = (".txt", ".jsonl", ".json", ".html", ".htm", ".warc", ".warc.gz")

_MAGIC: tuple[tuple[bytes, str], ...] = (
    (b"\x89PNG", "a PNG image"),
    (b"\xff\xd8\xff", "a JPEG image"),
    (b"GIF8", "a GIF image"),
    (b"%PDF", "a PDF document"),
    (b"PK\x03\x04", "a ZIP archive"),
    (b"\x7fELF", "an executable"),
)
_KNOWN_FIELDS = ("text", "id", "title", "date", "url", "source", "outlet", "path")


# -- decoding ---------------------------------------------------------------------------


def _check_binary(data: bytes, source: str) -> None:
    for magic, what in _MAGIC:
        if data.startswith(magic):
            raise InputError(source, f"binary file ({what}), not an article")
    if data.startswith(b"\x1f\x8b"):
        raise InputError(
            source, "gzip-compressed file", hint="only .warc.gz may be compressed; gunzip it first"
        )
    if b"\x00" in data[:8192]:
        raise InputError(source, "binary file (NUL bytes), not text")


def decode(data: bytes, source: str) -> tuple[str, str]:
    """``(text, encoding)``: UTF-8/16/32 by BOM, else UTF-8, else Windows-1252 (a superset of
    Latin-1's printable range; the fallback is noted in the article's meta)."""
    boms = (
        (b"\xef\xbb\xbf", "utf-8-sig"),
        (b"\xff\xfe\x00\x00", "utf-32"),
        (b"\x00\x00\xfe\xff", "utf-32"),
        (b"\xff\xfe", "utf-16"),
        (b"\xfe\xff", "utf-16"),
    )
    for bom, enc in boms:
        if data.startswith(bom):
            try:
                return data.decode(enc), enc.removesuffix("-sig")
            except UnicodeDecodeError as exc:
                raise InputError(
                    source, f"not valid {enc} despite its byte-order mark ({exc.reason})"
                ) from None
    _check_binary(data, source)
    try:
        return data.decode("utf-8"), "utf-8"
    except UnicodeDecodeError:
        pass
    try:
        return data.decode("cp1252"), "cp1252"
    except UnicodeDecodeError:
        return data.decode("latin-1"), "latin-1"


def _read_limited(path: Path, source: str) -> bytes:
    """The whole file, refusing one over the limit before reading a byte of it."""
    try:
        size = path.stat().st_size
    except OSError as exc:
        raise InputError(source, f"cannot read ({exc.strerror or exc})") from None
    if size > MAX_FILE_BYTES:
        raise InputTooLarge(
            source,
            f"file is {size / 2**20:.0f} MB, over the {MAX_FILE_BYTES // 2**20} MB limit",
            hint="split it, or use JSONL/WARC, which are streamed",
        )
    if size == 0:
        raise InputError(source, "empty file")
    try:
        return path.read_bytes()
    except OSError as exc:
        raise InputError(source, f"cannot read ({exc.strerror or exc})") from None


def _text_of(data: bytes, source: str) -> tuple[str, dict[str, Any]]:
    text, enc = decode(data, source)
    meta: dict[str, Any] = {"encoding": enc}
    if enc in ("cp1252", "latin-1"):
        meta["encoding_note"] = "not valid UTF-8: decoded as " + enc
    if not text.strip():
        raise InputError(source, "empty file" if not text else "no article text (only whitespace)")
    return text, meta


# -- formats ----------------------------------------------------------------------------


def _from_mapping(obj: Any, source: str, where: str, base_meta: dict[str, Any]) -> Article:
    if not isinstance(obj, dict):
        raise InputError(source, f"expected a JSON object, got {type(obj).__name__}", where=where)
    text = obj.get("text")
    if text is not None and not isinstance(text, str):
        kind = "a number" if isinstance(text, int | float) else type(text).__name__
        raise InputError(source, f"'text' must be a string, got {kind}", where=where)
    if not isinstance(text, str) or not text.strip():
        raise InputError(source, "missing or empty 'text' field", where=where)
    title = obj.get("title")
    outlet = obj.get("outlet") or obj.get("source")
    fields: dict[str, Any] = {
        **base_meta,
        **{k: v for k, v in obj.items() if k not in _KNOWN_FIELDS},
    }
    fields.update(
        id=str(obj["id"]) if obj.get("id") not in (None, "") else None,
        title=str(title) if title else None,
        date=obj.get("date") or None,
        url=obj.get("url"),
        outlet=str(outlet) if outlet else None,
    )
    try:
        return parse_record(text, path=source, **fields)
    except InputError as exc:
        raise InputError(source, exc.problem, where=where, hint=exc.hint) from None


def _read_jsonl(
    lines: Iterable[bytes | str | InputError], source: str, first: int = 1
) -> Iterator[Article | InputError]:
    """Articles of JSONL ``lines``; ``first`` is the line number of the first one."""
    for n, raw in enumerate(lines, first):
        where = f"line {n}"
        if isinstance(raw, InputError):
            yield InputError(source, raw.problem, where=where)
            continue
        if not raw.strip():
            continue
        try:
            line, enc = (raw, "") if isinstance(raw, str) else decode(raw, source)
            obj = json.loads(line)
            meta: dict[str, Any] = {"line": n}
            if enc not in ("", "utf-8"):
                meta["encoding"] = enc
            yield _from_mapping(obj, source, where, meta)
        except json.JSONDecodeError as exc:
            yield InputError(
                source,
                f"malformed JSON ({exc.msg.removesuffix(' at')} at column {exc.colno})",
                where=where,
            )
        except InputError as exc:
            yield exc if exc.where else InputError(source, exc.problem, where=where)


def _limited_lines(stream: IO[bytes]) -> Iterator[bytes | InputError]:
    while True:
        line = stream.readline(MAX_RECORD_BYTES + 1)
        if not line:
            return
        if len(line) > MAX_RECORD_BYTES and not line.endswith(b"\n"):
            while line and not line.endswith(b"\n"):  # skip the rest of the oversized line
                line = stream.readline(1 << 20)
            yield InputError("", f"line over the {MAX_RECORD_BYTES // 2**20} MB limit")
            continue
        yield line


def _read_json(text: str, source: str, meta: dict[str, Any]) -> Iterator[Article | InputError]:
    try:
        obj = json.loads(text)
    except json.JSONDecodeError as exc:
        yield InputError(source, f"malformed JSON ({exc.msg})", where=f"line {exc.lineno}")
        return
    items = obj if isinstance(obj, list) else [obj]
    for n, item in enumerate(items, 1):
        try:
            yield _from_mapping(item, source, f"item {n}" if isinstance(obj, list) else "", meta)
        except InputError as exc:
            yield exc


def _sniff(data: bytes) -> str:
    head = data[:4096]
    if head.startswith(b"\x1f\x8b"):
        try:
            head = gzip.GzipFile(fileobj=io.BytesIO(data[:65536])).read(16)
        except (OSError, EOFError):
            return "txt"
        return "warc" if head.startswith(b"WARC/") else "txt"
    if head.startswith(b"WARC/"):
        return "warc"
    stripped = head.lstrip(b"\xef\xbb\xbf \t\r\n").lower()
    if stripped.startswith((b"<!doctype html", b"<html")) or b"<body" in stripped[:2048]:
        return "html"
    if stripped.startswith(b"["):
        return "json"
    if stripped.startswith(b"{"):
        lines = [ln.strip() for ln in data[:65536].splitlines() if ln.strip()]
        return "jsonl" if all(ln.startswith(b"{") for ln in lines[:20]) else "json"
    return "txt"


def _kind(path: Path) -> str | None:
    name = path.name.lower()
    if name.endswith((".warc", ".warc.gz")):
        return "warc"
    for ext, kind in (
        (".jsonl", "jsonl"),
        (".json", "json"),
        (".html", "html"),
        (".htm", "html"),
        (".txt", "txt"),
    ):
        if name.endswith(ext):
            return kind
    return None


def _read_bytes(data: bytes, kind: str, source: str) -> Iterator[Article | InputError]:
    if kind == "warc":
        from .webpages import read_warc

        yield from read_warc(io.BytesIO(data), source, len(data))
        return
    if kind == "jsonl":
        if data.startswith((b"\xff\xfe", b"\xfe\xff", b"\x00\x00\xfe\xff")):
            yield from _read_jsonl(decode(data, source)[0].split("\n"), source)
        else:
            _check_binary(data.removeprefix(b"\xef\xbb\xbf"), source)
            yield from _read_jsonl(
                _limited_lines(io.BytesIO(data.removeprefix(b"\xef\xbb\xbf"))), source
            )
        return
    text, meta = _text_of(data, source)
    if kind == "json":
        yield from _read_json(text, source, meta)
    elif kind == "html":
        from .webpages import parse_html

        yield parse_html(text, path=source, **meta)
    else:
        yield parse_record(text, path=source, **meta)


def read_path(path: Path | str) -> Iterator[Article | InputError]:
    """The articles of one file, directory or ``-`` (stdin), errors yielded in place."""
    if str(path) == "-":
        try:
            data = sys.stdin.buffer.read(MAX_FILE_BYTES + 1)
            if len(data) > MAX_FILE_BYTES:
                raise InputTooLarge("<stdin>", f"input over the {MAX_FILE_BYTES // 2**20} MB limit")
            if not data.strip():
                raise InputError("<stdin>", "empty input")
            yield from _read_bytes(data, _sniff(data), "<stdin>")
        except InputError as exc:
            yield exc
        return
    p = Path(path)
    source = str(p)
    if p.is_dir():
        for f in files_of(p):
            yield from (f,) if isinstance(f, InputError) else read_path(f)
        return
    if not p.exists():
        yield InputError(source, "no such file or directory")
        return
    kind = _kind(p)
    try:
        if kind in ("warc", "jsonl"):
            yield from _read_stream(p, kind, source)
            return
        data = _read_limited(p, source)
        yield from _read_bytes(data, kind or _sniff(data), source)
    except InputError as exc:
        yield exc


def files_of(directory: Path) -> Iterator[Path | InputError]:
    """The article files under ``directory`` (sorted, hidden ones skipped), or an error."""
    found = [f for f in directory.rglob("*") if _kind(f) and not _hidden(f, directory)]
    files = sorted(f for f in found if f.is_file())
    # a link whose target is gone is reported, not passed over in silence (round 50)
    for f in sorted(f for f in found if f.is_symlink() and not f.exists()):
        yield InputError(str(f), "broken link: its target does not exist")
    if not files:
        yield InputError(
            str(directory),
            "no article files in the directory",
            hint="looked for " + " ".join(EXTENSIONS),
        )
    yield from files


def _read_stream(p: Path, kind: str, source: str) -> Iterator[Article | InputError]:
    if kind == "warc":
        size = _size(p, source)
        with p.open("rb") as fh:
            from .webpages import read_warc

            yield from read_warc(fh, source, size)
        return
    yield from _read_jsonl(jsonl_lines(p), source)


def _size(p: Path, source: str) -> int:
    try:
        size = p.stat().st_size
    except OSError as exc:
        raise InputError(source, f"cannot read ({exc.strerror or exc})") from None
    if size == 0:
        raise InputError(source, "empty file")
    return size


def jsonl_lines(p: Path) -> Iterator[bytes | str | InputError]:
    """The raw lines of a JSONL file, streamed (``_read_jsonl`` parses them). Raises
    ``InputError`` for an empty or binary file before the first line."""
    source = str(p)
    _size(p, source)
    with p.open("rb") as fh:
        head = fh.read(8192)
        if head.startswith((b"\xff\xfe", b"\xfe\xff", b"\x00\x00\xfe\xff")):
            # UTF-16/32 lines cannot be split on a newline byte: decode the whole file.
            yield from decode(_read_limited(p, source), source)[0].split("\n")
            return
        bom = head.startswith(b"\xef\xbb\xbf")
        _check_binary(head[3:] if bom else head, source)
        fh.seek(3 if bom else 0)
        yield from _limited_lines(fh)


def _hidden(f: Path, root: Path) -> bool:
    return any(part.startswith(".") for part in f.relative_to(root).parts)


def iter_articles(paths: Iterable[Path | str]) -> Iterator[Article | InputError]:
    """Every article of every path; a bad input is yielded as an ``InputError`` and the batch goes on."""
    for path in paths:
        yield from read_path(path)


def load_article(x: Path | str | Article) -> Article:
    """One prepared article for the compare API.

    A ``Path`` is read and must hold exactly one article; a ``str`` is the article text
    itself (record format allowed) - never a file name; an ``Article`` is prepared unless
    it already has sentences.
    """
    if isinstance(x, Article):
        return x if x.sentences else prepare(x)
    if isinstance(x, str):
        return parse_record(x)
    found: list[Article] = []
    name = "<stdin>" if str(x) == "-" else str(x)  # read_path reads Path("-") from stdin
    for item in read_path(x):
        if isinstance(item, InputError):
            raise item
        found.append(item)
        if len(found) > 1:
            raise InputError(
                name, "holds more than one article", hint="pass a file with exactly one"
            )
    if not found:
        raise InputError(name, "no article found")
    return found[0]
