"""`wiretrace serve` in a real headless Chromium: the app runs under uvicorn on a free
loopback port; a user compares two articles, searches, and walks the family trees; an
article carrying a script runs nothing."""

from __future__ import annotations

import shutil
import socket
import threading
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from paths import CHROMIUM, CHROMIUM_ARGS
from wiretrace.engine.embedded import Store
from wiretrace.web import create_app

pytestmark = [pytest.mark.browser, pytest.mark.slow]

REPO = Path(__file__).resolve().parents[1]
EXAMPLES = REPO / "examples"
CORPUS = Path(__file__).parent / "data" / "corpus"
DOC_SHOT = REPO / "docs" / "img" / "web-compare.png"
ARGS = CHROMIUM_ARGS
TOKEN = "browser-token"
XSS = '<script>alert("xss")</script><img src=x onerror=alert(1)>'
XSS_ARTICLE = (
    f" date 2024-03-09 Harbour budget {XSS}\n"
    f"The council met on Monday to discuss {XSS} and the new budget for the harbour.\n"
    "Members said the plan would cost more than expected and asked for a second review.\n"
)


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


@pytest.fixture(scope="module")
def server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    uvicorn = pytest.importorskip("uvicorn")
    path = tmp_path_factory.mktemp("serve") / "w.db"
    with Store(path, embeddings=False) as st:
        st.add([CORPUS])
    app = create_app(str(path), allow_add=True, token=TOKEN, preload=True)
    port = _free_port()
    config = uvicorn.Config(app, host="127.0.0.1", port=port, log_level="warning", lifespan="on")
    srv = uvicorn.Server(config)
    thread = threading.Thread(target=srv.run, daemon=True)
    thread.start()
    deadline = time.monotonic() + 60
    while not srv.started:
        assert thread.is_alive() and time.monotonic() < deadline, "the server did not start"
        time.sleep(0.05)
    yield f"http://127.0.0.1:{port}"
    srv.should_exit = True
    thread.join(10)


@pytest.fixture(scope="module")
def browser() -> Iterator[Any]:
    if not CHROMIUM.exists():
        pytest.skip(f"{CHROMIUM} is missing (apt-get install chromium)")
    sync_api = pytest.importorskip("playwright.sync_api", reason="playwright is not installed")
    with sync_api.sync_playwright() as p:
        b = p.chromium.launch(executable_path=str(CHROMIUM), args=ARGS)
        yield b
        b.close()


class User:
    """A browser tab that records dialogs, script errors and requests leaving loopback."""

    def __init__(self, browser: Any, base: str) -> None:
        self.base = base
        self.dialogs: list[str] = []
        self.errors: list[str] = []
        self.foreign: list[str] = []
        self.page = browser.new_page(viewport={"width": 1280, "height": 900})
        self.page.set_default_timeout(30_000)
        self.page.on("dialog", self._dialog)
        self.page.on("pageerror", lambda e: self.errors.append(str(e)))
        self.page.on("console", lambda m: self.errors.append(m.text) if m.type == "error" else None)
        self.page.on("request", self._request)

    def _dialog(self, dialog: Any) -> None:
        self.dialogs.append(dialog.message)
        dialog.dismiss()

    def _request(self, req: Any) -> None:
        if not req.url.startswith((self.base, "data:")):
            self.foreign.append(req.url)

    def go(self, path: str) -> Any:
        return self.page.goto(self.base + path)

    def check_clean(self) -> None:
        assert self.dialogs == [], "an injected script ran"
        assert self.errors == [], "script error or CSP violation"
        assert self.foreign == [], "the page fetched something outside the app"


def test_compare_two_pasted_articles(server: str, browser: Any, tmp_path: Path) -> None:
    u = User(browser, server)
    u.go("/compare")
    page = u.page
    page.fill("#first_text", (EXAMPLES / "wire_source.txt").read_text(encoding="utf-8"))
    page.fill("#second_text", (EXAMPLES / "rewrite_copy.txt").read_text(encoding="utf-8"))
    page.fill("input[name=second_title]", "Valmora port walkout prolonged")
    page.click("#compare-submit")
    page.wait_for_selector("#wt-verdict")
    page.evaluate("window.scrollTo(0, document.getElementById('result').offsetTop - 8)")
    page.screenshot(path=str(tmp_path / "compare.png"))
    DOC_SHOT.parent.mkdir(parents=True, exist_ok=True)
    shutil.copyfile(tmp_path / "compare.png", DOC_SHOT)
    verdict = page.inner_text("#wt-verdict")
    assert "paraphrase" in verdict.lower()
    aligned = page.locator(".wt-row[data-kind=paraphrase], .wt-row[data-kind=light_edit]")
    assert aligned.count() >= 3
    first = aligned.first
    assert first.locator(".wt-source .wt-s").count() >= 1
    assert first.locator(".wt-copy .wt-s").count() >= 1
    # hovering a copy sentence lights up its source partner (the report's own script)
    copy_sentence = first.locator(".wt-copy .wt-s").first
    copy_sentence.hover()
    partner = copy_sentence.get_attribute("data-partners").split()[0]
    assert "is-partner" in (page.get_attribute(f"#{partner}", "class") or "")
    assert page.get_attribute("a[data-download=json]", "href").startswith("data:application/json")
    page.screenshot(path=str(tmp_path / "compare-hover.png"))
    u.check_clean()


def test_families_tree_nodes_open_pairs_and_articles(
    server: str, browser: Any, tmp_path: Path
) -> None:
    u = User(browser, server)
    u.go("/families")
    page = u.page
    page.screenshot(path=str(tmp_path / "families.png"), full_page=True)
    page.click("nav[aria-label=Families] a >> nth=0")
    page.wait_for_url("**/families/f*")
    page.wait_for_selector("svg a.wt-node")
    page.screenshot(path=str(tmp_path / "family.png"))
    page.click('svg a.wt-node[href^="/pair"] >> nth=0')
    page.wait_for_url("**/pair?*")
    assert page.is_visible("#wt-verdict")
    page.screenshot(path=str(tmp_path / "pair.png"))
    page.go_back()
    page.click("svg a.wt-node.wt-origin")
    page.wait_for_url("**/articles/*")
    assert page.is_visible("text=Cleaned text")
    page.screenshot(path=str(tmp_path / "article.png"))
    u.check_clean()


def test_search_then_open_a_comparison(server: str, browser: Any, tmp_path: Path) -> None:
    u = User(browser, server)
    u.go("/search")
    page = u.page
    page.fill("#query_text", (CORPUS / "a3_light_edit.txt").read_text(encoding="utf-8"))
    page.click("#search-submit")
    page.wait_for_selector("#result")
    assert page.locator(".wa-hits li").count() >= 2
    page.screenshot(path=str(tmp_path / "search.png"))
    page.click("button:has-text('Open comparison') >> nth=0")
    page.wait_for_url("**/pair")
    assert page.is_visible("#wt-verdict")
    u.check_clean()


def test_script_article_runs_nothing(server: str, browser: Any, tmp_path: Path) -> None:
    u = User(browser, server)
    u.go("/compare")
    page = u.page
    page.fill("#first_text", XSS_ARTICLE)
    page.fill("#second_text", XSS_ARTICLE.replace("Monday", "Tuesday"))
    page.click("#compare-submit")
    page.wait_for_selector("#wt-verdict")
    assert XSS in page.inner_text("#result")  # shown as text
    page.wait_for_timeout(200)
    page.screenshot(path=str(tmp_path / "xss.png"))
    # stored, then shown on its article page
    r = page.request.post(
        f"{server}/api/articles",
        data={"text": XSS_ARTICLE, "id": "xss-browser"},
        headers={"Authorization": f"Bearer {TOKEN}"},
    )
    assert r.status == 201
    u.go("/articles/xss-browser")
    page.wait_for_timeout(200)
    assert XSS in page.inner_text("h1")
    u.check_clean()
