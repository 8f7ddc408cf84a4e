"""The HTML reports in a real headless Chromium: opened from disk, hover links partners,
nothing injected runs, nothing is fetched, and a 375 px wide screen does not scroll sideways."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from paths import CHROMIUM, CHROMIUM_ARGS
from wiretrace.report import write_comparison, write_families

try:
    from .test_report import FAMILIES, make_comparison, xss_comparison  # type: ignore[import-not-found, unused-ignore]
except ImportError:  # tests/ is not a package
    from test_report import FAMILIES, make_comparison, xss_comparison  # type: ignore[no-redef, unused-ignore]

pytestmark = pytest.mark.browser

ARGS = CHROMIUM_ARGS
SEEDS = Path(__file__).resolve().parents[1].parent / "shared" / "seeds"


@pytest.fixture(scope="module")
def browser() -> Iterator[Any]:
    if not CHROMIUM.exists():
        pytest.skip(f"{CHROMIUM} is missing (make system installs it: apt-get install chromium)")
    sync_api = pytest.importorskip(
        "playwright.sync_api", reason="the playwright package is not installed"
    )
    with sync_api.sync_playwright() as p:
        b = p.chromium.launch(executable_path=str(CHROMIUM), args=ARGS)
        yield b
        b.close()


class Opened:
    def __init__(self, browser: Any, path: Path, width: int = 1200) -> None:
        self.dialogs: list[str] = []
        self.requests: list[str] = []
        self.errors: list[str] = []
        self.page = browser.new_page(viewport={"width": width, "height": 900})
        self.page.on("dialog", self._dialog)
        self.page.on("request", lambda r: self.requests.append(r.url))
        self.page.on("console", lambda m: self.errors.append(m.text) if m.type == "error" else None)
        self.page.on("pageerror", lambda e: self.errors.append(str(e)))
        self.page.goto(path.as_uri())
        self.page.wait_for_timeout(150)  # let any onerror / timer fire

    def _dialog(self, dialog: Any) -> None:
        self.dialogs.append(dialog.message)
        dialog.dismiss()

    def classes(self, selector: str) -> list[str]:
        return str(self.page.get_attribute(selector, "class") or "").split()

    def scroll_width(self) -> int:
        return int(self.page.evaluate("document.scrollingElement.scrollWidth"))

    def check_clean(self, path: Path) -> None:
        assert self.dialogs == []
        assert self.errors == []  # no CSP violation, no script error
        assert self.requests == [path.as_uri()]  # nothing fetched but the file itself


def test_comparison_in_chromium(browser: Any, tmp_path: Path) -> None:
    path = tmp_path / "report.html"
    write_comparison(make_comparison(), path)
    o = Opened(browser, path)
    page = o.page
    assert page.locator(".wt-row[data-kind]").count() == 8
    assert page.locator("p.wt-s[data-side=copy]").count() == 6
    assert page.locator("#c-3 a.wt-badge").count() == 2 and page.locator("#c-2 #x-0").count() == 1
    assert page.locator("details.wt-removed:not([open])").count() == 2

    page.hover("#c-4")
    assert "is-partner" in o.classes("#s-4") and "is-partner" in o.classes("#s-6")
    assert "is-active" in o.classes("#c-4") and "is-partner" not in o.classes("#s-0")
    page.hover("h1")
    assert "is-partner" not in o.classes("#s-4")
    page.focus("#s-0")  # keyboard focus works the same way
    assert "is-partner" in o.classes("#c-0")
    page.keyboard.press("Tab")
    assert "is-partner" not in o.classes("#c-0")

    page.click("#fx-0 a.wt-badge")  # the list at the top links to the badge
    assert page.evaluate("location.hash") == "#x-0"
    page.screenshot(path=str(tmp_path / "report.png"), full_page=True)
    assert (tmp_path / "report.png").stat().st_size > 10_000
    o.check_clean(path)


def test_injected_markup_never_runs(browser: Any, tmp_path: Path) -> None:
    path = tmp_path / "xss.html"
    write_comparison(xss_comparison(), path)
    o = Opened(browser, path)
    page = o.page
    page.hover("#c-5")
    assert page.evaluate("document.querySelectorAll('img, textarea, #pwn, b').length") == 0
    assert page.evaluate("document.scripts.length") == 1
    assert "<script>alert(1)</script>" in page.inner_text("#c-5")
    assert page.locator("a[href^='javascript']").count() == 0
    assert o.dialogs == [] and o.requests == [path.as_uri()]

    fam = tmp_path / "families.html"
    write_families(FAMILIES, fam, pair_links={("a", "c"): "javascript:alert(1)"})
    f = Opened(browser, fam)
    f.page.click("a.wt-node[data-id=c]")
    assert (
        f.page.evaluate("document.querySelectorAll('img, script:not(:last-of-type)').length") == 0
    )
    f.check_clean(fam)


@pytest.mark.parametrize("which", ["comparison", "xss", "families"])
def test_no_horizontal_overflow_at_375px(browser: Any, tmp_path: Path, which: str) -> None:
    path = tmp_path / f"{which}.html"
    if which == "families":
        write_families(FAMILIES, path)
    else:
        write_comparison(make_comparison() if which == "comparison" else xss_comparison(), path)
    o = Opened(browser, path, width=375)
    assert o.scroll_width() <= 375 + 2
    if which == "comparison":  # stacked: the copy sentence sits below its source
        src = o.page.locator("#s-2").bounding_box()
        cpy = o.page.locator("#c-2").bounding_box()
        assert cpy["y"] > src["y"] + src["height"] - 1 and abs(cpy["x"] - src["x"]) < 5
    o.page.screenshot(path=str(tmp_path / f"{which}-375.png"), full_page=True)


def test_prints_to_a4_pdf(browser: Any, tmp_path: Path) -> None:
    path = tmp_path / "report.html"
    write_comparison(make_comparison(), path)
    o = Opened(browser, path)
    pdf = o.page.pdf(format="A4")
    assert pdf.startswith(b"%PDF") and len(pdf) > 5_000


@pytest.mark.slow
def test_real_comparison_of_the_seeds(browser: Any, tmp_path: Path, embedder: Any) -> None:
    src = sorted(SEEDS.glob("001_*.txt")) if SEEDS.is_dir() else []
    cpy = sorted(SEEDS.glob("000_*.txt")) if SEEDS.is_dir() else []
    if not src or not cpy:
        pytest.skip(f"seed pair 001/000 not found under {SEEDS}")
    compare = pytest.importorskip("wiretrace.compare").compare
    cmp = compare(src[0], cpy[0], embedder=embedder)
    path = tmp_path / "seeds.html"
    write_comparison(cmp, path)
    o = Opened(browser, path)
    page = o.page
    assert page.locator("p.wt-s[data-side=copy]").count() == len(cmp.copy.sentences)
    assert page.locator("p.wt-s[data-side=source]").count() == len(cmp.source.sentences)
    assert page.locator("a.wt-badge[id]").count() == len(cmp.quotes) + len(cmp.changes)
    first = cmp.alignments[0]
    page.hover(f"#c-{first.copy[0]}")
    for j in first.source:
        assert "is-partner" in o.classes(f"#s-{j}")
    o.check_clean(path)
    page.set_viewport_size({"width": 375, "height": 800})
    assert o.scroll_width() <= 375 + 2


def test_the_harness_does_see_a_script_that_runs(browser: Any, tmp_path: Path) -> None:
    path = tmp_path / "bad.html"  # guards the XSS test against passing vacuously
    path.write_text(
        "<!DOCTYPE html><title>x</title><script>alert('ran')</script>", encoding="utf-8"
    )
    assert Opened(browser, path).dialogs == ["ran"]
