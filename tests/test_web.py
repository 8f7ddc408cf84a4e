"""`wiretrace serve`: every API endpoint and page through Starlette's TestClient, with
good and bad input (lexical evidence only: no model load)."""

from __future__ import annotations

import argparse
import json
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from starlette.testclient import TestClient

from wiretrace.article import RELATIONS
from wiretrace.engine.embedded import Store
from wiretrace.errors import WiretraceError
from wiretrace.web import cmd_serve, create_app

REPO = Path(__file__).resolve().parents[1]
EXAMPLES = REPO / "examples"
CORPUS = Path(__file__).parent / "data" / "corpus"
TOKEN = "s3cret-token"
XSS = '<script>alert("x")</script><img src=x onerror=alert(1)>'
XSS_ARTICLE = (
    f" date 2024-03-09 {XSS}\n"
    f"The council met on Monday to discuss {XSS} and the new budget for the harbour.\n"
    "Members said the plan would cost more than expected and asked for a second review.\n"
)


def _text(name: str) -> str:
    return (EXAMPLES / name).read_text(encoding="utf-8")


@pytest.fixture(scope="module")
def store_path(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("web") / "w.db"
    with Store(path, embeddings=False) as st:
        assert len(st.add([CORPUS]).added) == 12
    return path


@pytest.fixture(scope="module")
def client(store_path: Path) -> Iterator[TestClient]:
    app = create_app(str(store_path), allow_add=True, token=TOKEN, embeddings=False)
    with TestClient(app, raise_server_exceptions=False) as c:
        yield c


@pytest.fixture(scope="module")
def readonly(store_path: Path) -> Iterator[TestClient]:
    app = create_app(str(store_path), embeddings=False, max_body=4096)
    with TestClient(app, raise_server_exceptions=False) as c:
        yield c


def _error(r: Any, status: int) -> str:
    assert r.status_code == status, r.text
    assert r.headers["content-type"].startswith("application/json")
    body = r.json()
    assert set(body) == {"error"} and body["error"]
    return str(body["error"])


def _pair() -> dict[str, Any]:
    return {
        "first": {"text": _text("wire_source.txt")},
        "second": {"text": _text("rewrite_copy.txt")},
    }


# -- API: compare ------------------------------------------------------------------------


def test_openapi_and_health(client: TestClient) -> None:
    spec = client.get("/api/openapi.json").json()
    assert spec["openapi"].startswith("3.1")
    assert {"/api/compare", "/api/trace", "/api/articles", "/api/families/{id}"} <= set(
        spec["paths"]
    )
    health = client.get("/api/health").json()
    assert health["status"] == "ok" and health["articles"] >= 12


def test_compare_json(client: TestClient) -> None:
    r = client.post("/api/compare", json=_pair())
    assert r.status_code == 200, r.text
    d = r.json()
    assert d["schema"] == "wiretrace.comparison/1"
    assert d["alignments"], "the rewrite shares sentences with its source"
    assert d["source"]["title"] == "Dockworkers in Valmora Extend Strike as Talks Collapse"
    assert d["copy"]["sentences"] and d["relation"] in RELATIONS


def test_compare_multipart_files(client: TestClient) -> None:
    files = {
        "first": ("wire.txt", _text("wire_source.txt").encode(), "text/plain"),
        "second": ("copy.txt", _text("rewrite_copy.txt").encode("cp1252"), "text/plain"),
    }
    r = client.post("/api/compare", files=files)
    assert r.status_code == 200, r.text
    d = r.json()
    assert {d["source"]["path"], d["copy"]["path"]} == {"wire.txt", "copy.txt"}


def test_compare_html_page_is_an_attachment(client: TestClient) -> None:
    r = client.post("/api/compare?format=html", json=_pair())
    assert r.status_code == 200
    assert r.headers["content-type"].startswith("text/html")
    assert "attachment" in r.headers["content-disposition"]
    assert "script-src 'sha256-" in r.headers["content-security-policy"]
    assert 'id="wt-verdict"' in r.text


@pytest.mark.parametrize(
    ("kwargs", "status"),
    [
        ({"json": {"first": {"text": ""}, "second": {"text": "x"}}}, 422),
        ({"json": {"first": {"text": "   \n "}, "second": {"text": "Some words here."}}}, 422),
        ({"json": {"first": {"text": "A sentence here."}}}, 422),
        ({"json": {"first": {"text": 5}, "second": {"text": "b"}}}, 422),
        ({"json": {"first": "text", "second": "text"}}, 422),
        (
            {"json": {"first": {"text": "A b c.", "date": "yesterday"}, "second": {"text": "d"}}},
            422,
        ),
        ({"json": [1, 2]}, 400),
        ({"content": b"{not json", "headers": {"content-type": "application/json"}}, 400),
        ({"content": b"\xff\xfe\x00", "headers": {"content-type": "application/json"}}, 400),
        ({"content": b"first=a", "headers": {"content-type": "text/plain"}}, 400),
        (
            {
                "content": b"--x\r\nbroken",
                "headers": {"content-type": "multipart/form-data; boundary=x"},
            },
            422,
        ),
        (
            {
                "files": {
                    "first": ("a.png", b"\x89PNG\r\n\x1a\n" + b"\0" * 64),
                    "second": ("b.txt", b"Words."),
                }
            },
            422,
        ),
        ({"files": {"first": ("a.txt", b"")}}, 422),
    ],
)
def test_compare_bad_input(client: TestClient, kwargs: dict[str, Any], status: int) -> None:
    _error(client.post("/api/compare", **kwargs), status)


def test_compare_bad_format(client: TestClient) -> None:
    _error(client.post("/api/compare?format=pdf", json=_pair()), 422)


def test_oversize_by_content_length(readonly: TestClient) -> None:
    body = json.dumps({"first": {"text": "a " * 4000}, "second": {"text": "b"}})
    r = readonly.post("/api/compare", content=body, headers={"content-type": "application/json"})
    assert int(r.request.headers["content-length"]) > 4096
    assert "over the limit" in _error(r, 413)


def test_oversize_streamed_without_length(readonly: TestClient) -> None:
    def chunks() -> Iterator[bytes]:
        yield b'{"first": {"text": "'
        for _ in range(20):
            yield b"word " * 100
        yield b'"}, "second": {"text": "b"}}'

    r = readonly.post(
        "/api/compare", content=chunks(), headers={"content-type": "application/json"}
    )
    assert "content-length" not in {k.lower() for k in r.request.headers}
    assert "over the limit" in _error(r, 413)


def test_oversize_multipart_page(readonly: TestClient) -> None:
    r = readonly.post("/compare", files={"first_file": ("a.txt", b"w " * 5000)})
    assert r.status_code == 413


def test_text_is_never_a_server_path(client: TestClient) -> None:
    r = client.post(
        "/api/compare",
        json={
            "first": {"text": "/etc/passwd"},
            "second": {"text": str(CORPUS / "a1_wire_origin.txt")},
        },
    )
    assert "root:" not in r.text and "Brenholt" not in r.text


# -- API: trace, articles, families --------------------------------------------------------


def test_trace(client: TestClient) -> None:
    text = (CORPUS / "a3_light_edit.txt").read_text(encoding="utf-8")
    r = client.post("/api/trace", json={"text": text, "top": 5})
    assert r.status_code == 200, r.text
    d = r.json()
    assert d["schema"] == "wiretrace.trace/1"
    found = {e["id"] for key in ("sources", "copies") for e in d[key]}
    assert len(found) >= 2
    assert all(len(d[k]) <= 5 for k in ("sources", "copies", "same_event"))


@pytest.mark.parametrize(
    "body",
    [
        {"text": ""},
        {"text": "A story.", "top": 0},
        {"text": "A story.", "top": "3"},
        {"title": "x"},
    ],
)
def test_trace_bad_input(client: TestClient, body: dict[str, Any]) -> None:
    _error(client.post("/api/trace", json=body), 422)


def test_add_is_refused_without_allow_add(readonly: TestClient) -> None:
    r = readonly.post(
        "/api/articles", json={"text": "A story."}, headers={"Authorization": f"Bearer {TOKEN}"}
    )
    assert "disabled" in _error(r, 403)


def test_add_needs_the_token(client: TestClient) -> None:
    r = client.post("/api/articles", json={"text": "A story about the port."})
    _error(r, 401)
    assert r.headers["www-authenticate"] == "Bearer"
    _error(
        client.post(
            "/api/articles", json={"text": "A story."}, headers={"Authorization": "Bearer wrong"}
        ),
        403,
    )
    _error(
        client.post(
            "/api/articles", json={"text": "A story."}, headers={"Authorization": "Basic abc"}
        ),
        401,
    )


def test_add_with_token_stores_and_escapes(client: TestClient) -> None:
    auth = {"Authorization": f"Bearer {TOKEN}"}
    r = client.post(
        "/api/articles",
        json={"text": XSS_ARTICLE, "id": "xss-1", "outlet": "Test Wire"},
        headers=auth,
    )
    assert r.status_code == 201, r.text
    assert r.json()["added"] == ["xss-1"]
    again = client.post("/api/articles", json=[{"text": XSS_ARTICLE}], headers=auth).json()
    assert again["added"] == [] and again["duplicates"]
    _error(client.post("/api/articles", json={"text": ""}, headers=auth), 422)
    _error(client.post("/api/articles", json=[], headers=auth), 422)
    d = client.get("/api/articles/xss-1").json()
    assert d["title"] == XSS and d["outlet"] == "Test Wire" and d["sentences"]
    page = client.get("/articles/xss-1")
    assert page.status_code == 200
    assert "<script>alert" not in page.text and "<img src=x" not in page.text
    assert "&lt;script&gt;alert(&#34;x&#34;)&lt;/script&gt;" in page.text


def test_compare_page_escapes_script_article(client: TestClient) -> None:
    r = client.post("/compare", data={"first_text": XSS_ARTICLE, "second_text": XSS_ARTICLE})
    assert r.status_code == 200, r.text
    assert "<script>alert" not in r.text and "<img src=x" not in r.text
    assert "&lt;script&gt;" in r.text
    assert r.text.count("<script") == 2  # our two static scripts, nothing inline


def test_article_and_family_lookups(client: TestClient) -> None:
    fams = client.get("/api/families").json()
    assert fams["schema"] == "wiretrace.families/1" and fams["total"] >= 2
    sizes = [len(f["members"]) for f in fams["families"]]
    assert sizes == sorted(sizes, reverse=True)
    f1 = fams["families"][0]
    assert client.get(f"/api/families/{f1['id']}").json()["origin"] == f1["origin"]
    art = client.get(f"/api/articles/{f1['origin']['id']}").json()
    assert art["family"] == f1["id"] and art["body"] and art["schema"] == "wiretrace.article/1"
    _error(client.get("/api/articles/nope"), 404)
    _error(client.get("/api/families/f999"), 404)
    _error(client.get("/api/nothing-here"), 404)
    _error(client.get("/api/compare"), 405)


def test_family_filters(client: TestClient) -> None:
    def ids(q: str) -> list[str]:
        r = client.get(f"/api/families?{q}")
        assert r.status_code == 200, r.text
        return [f["id"] for f in r.json()["families"]]

    everything = ids("")
    assert ids("relation=verbatim") and set(ids("relation=verbatim")) <= set(everything)
    assert ids("from=2030-01-01") == []
    assert ids("from=2024-05-01&to=2024-05-31") and len(ids("from=2024-05-01&to=2024-05-31")) < len(
        everything
    )
    assert ids("outlet=no-such-outlet") == []
    assert len(ids("limit=1")) == 1
    for bad in ("from=May", "relation=copied", "limit=0", "offset=-1", "limit=x"):
        _error(client.get(f"/api/families?{bad}"), 422)


# -- pages -------------------------------------------------------------------------------------


@pytest.mark.parametrize("path", ["/", "/compare", "/search", "/families", "/families/f1"])
def test_pages_render(client: TestClient, path: str) -> None:
    r = client.get(path)
    assert r.status_code == 200 and r.headers["content-type"].startswith("text/html")
    assert "default-src 'none'" in r.headers["content-security-policy"]
    assert r.headers["x-content-type-options"] == "nosniff"


def test_families_page_draws_clickable_trees(client: TestClient) -> None:
    r = client.get("/families?relation=light_edit")
    assert r.status_code == 200
    assert (
        'class="wt-node' in r.text and 'href="/pair?a=' in r.text and 'href="/articles/' in r.text
    )
    assert client.get("/families?from=bad").status_code == 422


def test_compare_page_result_and_errors(client: TestClient) -> None:
    r = client.post(
        "/compare",
        data={"first_text": _text("wire_source.txt"), "second_text": _text("rewrite_copy.txt")},
    )
    assert r.status_code == 200
    assert 'id="wt-verdict"' in r.text and 'data-download="json"' in r.text
    assert 'href="data:application/json;base64,' in r.text
    r = client.post("/compare", data={"first_text": "", "second_text": "x"})
    assert r.status_code == 422 and "paste its text or choose a file" in r.text
    r = client.post(
        "/compare", data={"first_text": "A b.", "first_date": "soon", "second_text": "x"}
    )
    assert r.status_code == 422 and "YYYY-MM-DD" in r.text


def test_search_page_opens_pair(client: TestClient) -> None:
    text = (CORPUS / "a2_verbatim_copy.txt").read_text(encoding="utf-8")
    r = client.post("/search", data={"query_text": text})
    assert r.status_code == 200 and "Open comparison" in r.text
    stored = client.get("/api/families").json()["families"][0]["origin"]["id"]
    r = client.post(
        "/pair", data={"text": text, "title": "Q", "date": "2024-03-05", "other": stored}
    )
    assert r.status_code == 200 and 'id="wt-verdict"' in r.text
    assert client.post("/pair", data={"text": text, "other": "nope"}).status_code == 404


def test_article_and_pair_pages(client: TestClient) -> None:
    fam = client.get("/api/families/f1").json()
    edge = fam["edges"][0]
    r = client.get(f"/articles/{fam['origin']['id']}")
    assert r.status_code == 200 and "Cleaned text" in r.text and "Neighbours" in r.text
    r = client.get(f"/pair?a={edge['parent']['id']}&b={edge['child']['id']}")
    assert r.status_code == 200 and 'id="wt-verdict"' in r.text
    assert client.get("/articles/nope").status_code == 404
    assert client.get("/pair?a=nope&b=nope").status_code == 404


def test_static_assets(client: TestClient) -> None:
    for path, kind in (
        ("/static/app.js", "javascript"),
        ("/static/report.js", "javascript"),
        ("/static/app.css", "css"),
        ("/static/report.css", "css"),
    ):
        r = client.get(path)
        assert r.status_code == 200 and kind in r.headers["content-type"], path
    assert client.get("/static/../app.py").status_code == 404


# -- construction ------------------------------------------------------------------------------


def test_create_app_refuses_add_without_token(store_path: Path) -> None:
    with pytest.raises(WiretraceError, match="token"):
        create_app(str(store_path), allow_add=True, embeddings=False)


def test_create_app_needs_a_store(tmp_path: Path) -> None:
    with pytest.raises(WiretraceError, match="no such store"):
        create_app(str(tmp_path / "missing.db"), embeddings=False)


def test_cmd_serve_refuses_allow_add_without_token(
    store_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.delenv("WIRETRACE_TOKEN", raising=False)
    args = argparse.Namespace(
        store=str(store_path), host="127.0.0.1", port=0, workers=1, allow_add=True
    )
    with pytest.raises(WiretraceError, match="WIRETRACE_TOKEN"):
        cmd_serve(args)


def test_head_requests_on_pages(client: TestClient) -> None:
    for path in ("/", "/compare", "/search", "/families"):
        assert client.head(path).status_code == 200, path


def test_too_many_sentences_is_413_naming_the_field(client: TestClient) -> None:
    long_text = " ".join(f"Sentence number {i} is here." for i in range(5100))
    r = client.post("/api/compare", json={"first": {"text": long_text}, "second": {"text": "b c."}})
    detail = _error(r, 413)
    assert "first" in detail and "5,100 sentences" in detail
