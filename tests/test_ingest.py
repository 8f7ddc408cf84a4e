"""ingest: every format, stable ids, and bad input as one clear InputError (never a traceback)."""

from __future__ import annotations

import datetime as dt
import gzip
import io
import json
import subprocess
import sys
import time
from pathlib import Path

import pytest

from wiretrace import textreport
from wiretrace.article import Article
from wiretrace.errors import InputError, InputTooLarge
from wiretrace.ingest import iter_articles, load_article, parse_record, prepare

SEEDS = Path(__file__).resolve().parents[2] / "shared" / "seeds"

STORY = (
    "RIVERTON, March 5 (Example News) - The new river bridge in Riverton opened a month ahead "
    "of schedule on Tuesday, city officials said, ending two years of detours for commuters.\n"
    "The project cost more than 200 million dollars and was delayed twice by spring floods.\n"
    '"We are proud of the crews who worked through the winter," Mayor Ann Lee said.\n'
    "Residents lined the banks to watch the first cars cross the span."
)


def _html(body: str = STORY, title: str = "Bridge opens early") -> str:
    paras = "".join(f"<p>{p}</p>\n" for p in body.split("\n"))
    return (
        f"<!DOCTYPE html><html><head><title>{title} | Riverton Daily</title>"
        '<meta property="article:published_time" content="2024-03-05T10:00:00Z">'
        '<meta name="author" content="Jane Doe"></head><body><nav>Home | World | Sport</nav>'
        f"<article><h1>{title}</h1><p>By Jane Doe</p>\n{paras}</article>"
        "<footer>Sign up for our newsletter</footer></body></html>"
    )


def _warc(pages: list[tuple[str, str]], *, compress: bool = True) -> bytes:
    from warcio.statusandheaders import StatusAndHeaders
    from warcio.warcwriter import WARCWriter

    buf = io.BytesIO()
    writer = WARCWriter(buf, gzip=compress)
    for url, html in pages:
        headers = StatusAndHeaders(
            "200 OK", [("Content-Type", "text/html; charset=utf-8")], protocol="HTTP/1.1"
        )
        rec = writer.create_warc_record(
            url, "response", payload=io.BytesIO(html.encode()), http_headers=headers
        )
        writer.write_record(rec)
    return buf.getvalue()


def _all(paths: list[Path | str]) -> tuple[list[Article], list[InputError]]:
    arts: list[Article] = []
    errs: list[InputError] = []
    for x in iter_articles(paths):
        (errs if isinstance(x, InputError) else arts).append(x)  # type: ignore[arg-type]
    return arts, errs


# -- records --------------------------------------------------------------------------------


def test_parse_record_header() -> None:
    art = parse_record(" date 2024-03-05 Bridge opens early\n" + STORY, path="x.txt")
    assert art.title == "Bridge opens early"
    assert art.date == dt.date(2024, 3, 5)
    assert art.body == STORY
    assert art.dateline is not None and art.dateline.agency == "Example News"
    assert art.sentences[0].text.startswith("The new river bridge")
    assert len(art.id) == 16 and art.path == "x.txt"


def test_parse_record_without_header_and_meta() -> None:
    art = parse_record(STORY, id="my-id", outlet="Riverton Daily", section="local")
    assert art.title is None and art.date is None
    assert art.id == "my-id" and art.outlet == "Riverton Daily" and art.meta == {"section": "local"}


def test_bad_header_date_is_an_error() -> None:
    with pytest.raises(InputError, match=r"line 1.*bad date"):
        parse_record("date 2024-13-45 Title\n" + STORY, path="x.txt")


def test_content_id_is_stable_across_typography() -> None:
    a = parse_record(STORY)
    b = parse_record(STORY.replace('"', "\u201c", 1))
    c = parse_record(STORY + " Extra words.")
    assert a.id == parse_record(STORY).id
    assert a.id == b.id  # normalised before hashing
    assert a.id != c.id


def test_prepare_and_no_article_text() -> None:
    art = prepare(Article(id="a", body=STORY))
    assert art.sentences and art.dateline is not None
    with pytest.raises(InputError, match="no article text"):
        prepare(Article(id="b", body="By Jane Doe\nNovember 13, 2025 4:46 AM EST\n"))


def test_seeds_read_from_directory() -> None:
    if not SEEDS.is_dir():
        pytest.skip("../shared/seeds not present")
    arts, errs = _all([SEEDS])
    assert errs == []
    assert len(arts) == 2
    by_name = {Path(a.path or "").name[:3]: a for a in arts}
    assert by_name["001"].title is not None and by_name["001"].date == dt.date(2025, 11, 15)
    assert by_name["000"].title is None and by_name["000"].date is None
    assert len({a.id for a in arts}) == 2


# -- formats ----------------------------------------------------------------------------------


def test_jsonl_fields_and_malformed_line(tmp_path: Path) -> None:
    good = {
        "id": "a1",
        "text": STORY,
        "title": "Bridge",
        "date": "2024-03-05",
        "url": "https://x.example/a",
        "source": "Daily",
        "section": "local",
    }
    lines = [
        json.dumps(good),
        "{not json",
        json.dumps({"text": STORY + " More.", "date": "5 March 2024"}),
        json.dumps({"title": "no text"}),
    ]
    f = tmp_path / "a.jsonl"
    f.write_text("\n".join(lines) + "\n", encoding="utf-8")
    arts, errs = _all([f])
    assert arts[0].id == "a1"
    a = arts[0]
    assert (a.title, a.date, a.url, a.outlet) == (
        "Bridge",
        dt.date(2024, 3, 5),
        "https://x.example/a",
        "Daily",
    )
    assert a.meta["section"] == "local" and a.meta["line"] == 1
    assert arts[1].date is None and arts[1].meta["date_raw"] == "5 March 2024"
    assert len(errs) == 2
    assert str(errs[0]).startswith(f"{f}:line 2: malformed JSON")
    assert "line 4" in str(errs[1]) and "'text'" in str(errs[1])


def test_a_non_string_text_and_a_broken_link_are_named(tmp_path: Path) -> None:
    # round 50: "text": 42 was reported as missing, and a link to a missing file in a
    # directory was passed over in silence
    f = tmp_path / "a.jsonl"
    f.write_text(json.dumps({"text": 42}) + "\n" + json.dumps({"text": STORY}) + "\n")
    (tmp_path / "gone.txt").symlink_to(tmp_path / "missing.txt")
    arts, errs = _all([tmp_path])
    assert len(arts) == 1
    msgs = sorted(str(e) for e in errs)
    assert msgs == [
        f"{f}:line 1: 'text' must be a string, got a number",
        f"{tmp_path / 'gone.txt'}: broken link: its target does not exist",
    ]


def test_json_list(tmp_path: Path) -> None:
    f = tmp_path / "a.json"
    f.write_text(
        json.dumps([{"text": STORY}, {"text": STORY + " Again."}], indent=2), encoding="utf-8"
    )
    arts, errs = _all([f])
    assert len(arts) == 2 and errs == []


def test_html_page(tmp_path: Path) -> None:
    f = tmp_path / "page.html"
    f.write_text(_html(), encoding="utf-8")
    art = load_article(f)
    assert art.title == "Bridge opens early"
    assert art.date == dt.date(2024, 3, 5)
    assert art.byline == "Jane Doe"
    assert art.dateline is not None and art.dateline.place == "RIVERTON"
    assert art.sentences[0].text.startswith("The new river bridge")
    assert "Home | World" not in art.text and "newsletter" not in art.text
    assert {r.reason for r in art.removed} >= {"title", "byline", "dateline"}


def test_html_without_article_text(tmp_path: Path) -> None:
    f = tmp_path / "empty.html"
    f.write_text(
        "<html><head><title>x</title></head><body><nav>Home</nav></body></html>", encoding="utf-8"
    )
    with pytest.raises(InputError, match="no article text"):
        load_article(f)


def test_warc_records(tmp_path: Path) -> None:
    pages = [
        (
            f"https://example.com/{i}",
            _html(STORY.replace("Riverton opened", f"Riverton number {i} opened")),
        )
        for i in range(3)
    ]
    for name, compress in (("c.warc.gz", True), ("c.warc", False)):
        f = tmp_path / name
        f.write_bytes(_warc(pages, compress=compress))
        arts, errs = _all([f])
        assert errs == []
        assert [a.url for a in arts] == [u for u, _ in pages]
        assert len({a.id for a in arts}) == 3
        assert all(a.date == dt.date(2024, 3, 5) for a in arts)


def test_truncated_warc_gz(tmp_path: Path) -> None:
    pages = [
        (
            f"https://example.com/{i}",
            _html(STORY.replace("Riverton opened", f"Riverton number {i} opened")),
        )
        for i in range(3)
    ]
    data = _warc(pages)
    f = tmp_path / "t.warc.gz"
    f.write_bytes(data[: int(len(data) * 0.8)])
    arts, errs = _all([f])
    assert [a.url for a in arts] == ["https://example.com/0", "https://example.com/1"]
    assert len(errs) == 1 and "truncated" in str(errs[0]) and str(f) in str(errs[0])


def test_stdin_is_sniffed(monkeypatch: pytest.MonkeyPatch) -> None:
    for payload, n in (
        (STORY.encode(), 1),
        (_html().encode(), 1),
        ((json.dumps({"text": STORY}) + "\n") * 2, 2),
    ):
        data = payload.encode() if isinstance(payload, str) else payload
        monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(data)))
        arts, errs = _all(["-"])
        assert errs == [] and len(arts) == n


def test_load_article_inputs(tmp_path: Path) -> None:
    f = tmp_path / "a.txt"
    f.write_text(STORY, encoding="utf-8")
    assert load_article(f).path == str(f)
    # a str is the text itself, even when it names an existing file
    assert load_article(str(f)).body == str(f)
    art = load_article(" date 2024-03-05 T\n" + STORY)
    assert art.title == "T"
    pre = Article(id="x", body=STORY)
    assert load_article(pre).sentences
    two = tmp_path / "two.jsonl"
    two.write_text(
        json.dumps({"text": STORY}) + "\n" + json.dumps({"text": STORY + " B."}) + "\n",
        encoding="utf-8",
    )
    with pytest.raises(InputError, match="more than one article"):
        load_article(two)


# -- bad input --------------------------------------------------------------------------------


def test_empty_file(tmp_path: Path) -> None:
    f = tmp_path / "empty.txt"
    f.write_bytes(b"")
    with pytest.raises(InputError, match="empty file") as exc:
        load_article(f)
    assert str(f) in str(exc.value)


@pytest.mark.parametrize(
    ("data", "what"),
    [
        (b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 4, "PNG"),
        (b"some text\x00\x00\x01\x02 more" * 10, "NUL"),
    ],
)
def test_binary_file(tmp_path: Path, data: bytes, what: str) -> None:
    f = tmp_path / "bin.txt"
    f.write_bytes(data)
    with pytest.raises(InputError, match=f"binary file.*{what}") as exc:
        load_article(f)
    assert str(f) in str(exc.value)


def test_file_over_size_limit_is_refused_without_reading(tmp_path: Path) -> None:
    f = tmp_path / "huge.txt"
    with f.open("wb") as fh:
        fh.truncate(200 * 1024 * 1024)  # sparse: no disk, no time
    t = time.perf_counter()
    with pytest.raises(InputTooLarge, match="over the 100 MB limit") as exc:
        load_article(f)
    assert time.perf_counter() - t < 1.0
    assert str(f) in str(exc.value)


def test_latin1_file_decoded_with_note(tmp_path: Path) -> None:
    f = tmp_path / "latin.txt"
    f.write_bytes(
        "Le café de Zoë a rouvert ses portes à Genève lundi, a déclaré la mairie.".encode("latin-1")
    )
    art = load_article(f)
    assert "café" in art.text and "Zoë" in art.text
    assert art.meta["encoding"] == "cp1252" and "not valid UTF-8" in art.meta["encoding_note"]


def test_utf16_with_bom(tmp_path: Path) -> None:
    f = tmp_path / "u16.txt"
    f.write_bytes(" date 2024-03-05 Café news\n".encode("utf-16") + STORY.encode("utf-16-le"))
    art = load_article(f)
    assert art.title == "Café news" and art.date == dt.date(2024, 3, 5)
    assert art.meta["encoding"] == "utf-16"
    assert art.sentences[0].text.startswith("The new river bridge")


def test_crlf_line_endings(tmp_path: Path) -> None:
    f = tmp_path / "crlf.txt"
    f.write_bytes(STORY.replace("\n", "\r\n").encode())
    art = load_article(f)
    assert all("\r" not in s.text for s in art.sentences)
    assert len(art.sentences) == 4


def test_missing_path_and_empty_dir(tmp_path: Path) -> None:
    arts, errs = _all([tmp_path / "nope.txt", tmp_path])
    assert arts == []
    assert "no such file" in str(errs[0]) and "no article files" in str(errs[1])


def test_batch_goes_on_after_bad_files(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text(STORY, encoding="utf-8")
    (tmp_path / "b.txt").write_bytes(b"")
    (tmp_path / "c.txt").write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00")
    (tmp_path / "sub").mkdir()
    (tmp_path / "sub" / "d.html").write_text(_html(), encoding="utf-8")
    (tmp_path / "sub" / "e.jsonl").write_text(
        json.dumps({"text": STORY + " E."}) + "\n{bad\n", encoding="utf-8"
    )
    (tmp_path / "notes.md").write_text("not an article format", encoding="utf-8")
    arts, errs = _all([tmp_path])
    assert sorted(Path(a.path or "").name for a in arts) == ["a.txt", "d.html", "e.jsonl"]
    assert len(errs) == 3
    assert {Path(e.source).name for e in errs} == {"b.txt", "c.txt", "e.jsonl"}


# -- CLI --------------------------------------------------------------------------------------


def _cli(*args: str, stdin: bytes | None = None) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "wiretrace.cli", "ingest", *args],
        input=stdin.decode() if stdin else None,
        capture_output=True,
        text=True,
        timeout=120,
    )


def test_cli_ingest_seeds_json(tmp_path: Path) -> None:
    if not SEEDS.is_dir():
        pytest.skip("../shared/seeds not present")
    out = tmp_path / "out.json"
    r = _cli(str(SEEDS), "--format", "json", "-o", str(out))
    assert r.returncode == 0, r.stderr
    docs = json.loads(out.read_text(encoding="utf-8"))
    assert len(docs) == 2
    for d in docs:
        assert d["schema"] == "wiretrace.article/1"
        assert set(d) >= {
            "id",
            "path",
            "title",
            "date",
            "dateline",
            "byline",
            "sentences",
            "removed",
            "meta",
        }
    d1 = next(d for d in docs if Path(d["path"]).name.startswith("001"))
    assert d1["date"] == "2025-11-15" and d1["dateline"]["place"] == "BAMAKO"
    assert d1["sentences"][0]["text"].startswith("Mali's foreign minister")
    assert {r["reason"] for r in d1["removed"]} == {
        "byline",
        "timestamp",
        "caption",
        "summary",
        "dateline",
    }
    assert list(tmp_path.iterdir()) == [out]  # no temp file left behind


def test_cli_ingest_text_and_bad_input(tmp_path: Path) -> None:
    good = tmp_path / "good.txt"
    good.write_text(" date 2024-03-05 Bridge opens early\n" + STORY, encoding="utf-8")
    bad = tmp_path / "bad.txt"
    bad.write_bytes(b"")
    r = _cli(str(good), str(bad))
    assert r.returncode == 3
    assert "Traceback" not in r.stderr
    lines = r.stderr.strip().splitlines()
    assert len(lines) == 1 and str(bad) in lines[0] and "empty file" in lines[0]
    assert "title:    Bridge opens early" in r.stdout
    assert "[dateline] RIVERTON, March 5 (Example News) -" in r.stdout
    assert "  0  The new river bridge" in r.stdout


def test_write_atomic_replaces(tmp_path: Path) -> None:
    f = tmp_path / "o.txt"
    f.write_text("old")
    textreport.write_atomic(str(f), "new")
    assert f.read_text() == "new"
    assert [p.name for p in tmp_path.iterdir()] == ["o.txt"]


def test_gzip_txt_is_refused(tmp_path: Path) -> None:
    f = tmp_path / "a.txt"
    f.write_bytes(gzip.compress(STORY.encode()))
    with pytest.raises(InputError, match="gzip"):
        load_article(f)


def test_a_plain_text_headline_line_becomes_the_title() -> None:
    art = parse_record(
        "Bank Breach Hits 1.2 Million Customers\n"
        "A bank in Vilnius said on Tuesday that data on roughly 1.2 million customers was taken.\n"
        "It said no passwords were exposed."
    )
    assert art.title == "Bank Breach Hits 1.2 Million Customers"
    assert art.sentences[0].text.startswith("A bank in Vilnius")
    assert any(r.reason == "title" for r in art.removed)


def test_a_headline_may_open_with_a_figure() -> None:
    art = parse_record(
        "285 jobs promised as food group plans Dunmere factory\n\n"
        "Dunmere is set to gain 285 jobs after a food group confirmed plans for a factory.\n"
    )
    assert art.title == "285 jobs promised as food group plans Dunmere factory"
    assert [s.text for s in art.sentences] == [
        "Dunmere is set to gain 285 jobs after a food group confirmed plans for a factory."
    ]
    # a hard-wrapped sentence that opens with a figure is no headline
    wrapped = parse_record(
        "285 jobs were promised on Tuesday by a food group that plans a new\n"
        "factory in Dunmere, the council said.\n"
    )
    assert wrapped.title is None


def test_hard_wrapped_prose_keeps_its_first_line() -> None:
    text = (
        "The committee met on Tuesday to discuss the new budget for the\n"
        "school, which parents had criticised. It agreed to publish the figures\n"
        "next week."
    )
    art = parse_record(text)
    assert art.title is None
    assert art.sentences[0].text.startswith("The committee met on Tuesday")


def test_a_header_date_behind_the_dateline_takes_the_dateline_date() -> None:
    # A US page posting an Asian wire story at 7:52 PM on the evening before its dateline
    body = (
        "PORT SALLEN, May 12 (Reuters) - Estrevia's central bank cut its benchmark rate on "
        "Tuesday for the first time in two years.\n"
        "The bank lowered its policy rate by 25 basis points to 3.75%."
    )
    behind = prepare(parse_record("date 2026-05-11 Rates cut\n" + body))
    assert behind.date == dt.date(2026, 5, 12)
    assert behind.meta["header_date"] == "2026-05-11"
    # a header on or after the dateline's day is the page's own date, kept as it is
    for header, want in (
        ("2026-05-12", dt.date(2026, 5, 12)),
        ("2026-05-14", dt.date(2026, 5, 14)),
    ):
        art = prepare(parse_record(f"date {header} Rates cut\n" + body))
        assert art.date == want and "header_date" not in art.meta
    # two days behind is no time zone: the header stands
    art = prepare(parse_record("date 2026-05-10 Rates cut\n" + body))
    assert art.date == dt.date(2026, 5, 10)
    # a dateline in January under a header of December 31 is the next year's
    new_year = body.replace("May 12", "Jan 1")
    art = prepare(parse_record("date 2026-12-31 Rates cut\n" + new_year))
    assert art.date == dt.date(2027, 1, 1)
