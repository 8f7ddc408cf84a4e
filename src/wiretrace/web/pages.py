"""The server-rendered pages: compare, search, families, one family, an article, a pair.

Templates live in ``web/templates`` and may include the report's partials
(``_comparison.html.j2``, ``_family.html.j2``); autoescape is on everywhere.
"""

from __future__ import annotations

import base64
import json
from functools import lru_cache
from pathlib import Path
from typing import Any
from urllib.parse import quote, urlencode

import jinja2
from starlette.datastructures import FormData
from starlette.requests import Request
from starlette.responses import HTMLResponse, Response
from starlette.routing import Route

from ..article import RELATIONS, Article, Comparison
from ..errors import InputError
from ..report import html as report
from .api import family_filters
from .http import ApiError, form_file, form_text, in_thread, read_form
from .service import Service, article_from_bytes, article_from_text, family_matches, parse_date

WEB_TEMPLATES = Path(__file__).resolve().parent / "templates"
PAGE_SIZE = 20


@lru_cache(maxsize=1)
def environment() -> jinja2.Environment:
    """Our templates first, then the report's (for its partials); autoescape on."""
    env = jinja2.Environment(
        loader=jinja2.ChoiceLoader(
            [
                jinja2.FileSystemLoader(str(WEB_TEMPLATES)),
                jinja2.FileSystemLoader(str(report.TEMPLATES)),
            ]
        ),
        autoescape=True,
        undefined=jinja2.StrictUndefined,
        trim_blocks=True,
        lstrip_blocks=True,
    )
    env.globals.update(report.environment().globals)
    env.globals["relations"] = RELATIONS
    env.filters["urlpart"] = lambda s: quote(str(s), safe="")
    return env


def report_asset(name: str) -> str:
    """The report's CSS or JS template rendered as a static file."""
    return report.environment().get_template(name).render()


def _svc(request: Request) -> Service:
    svc: Service = request.app.state.service
    return svc


async def render(name: str, status: int = 200, **ctx: Any) -> HTMLResponse:
    html = await in_thread(environment().get_template(name).render, **ctx)
    return HTMLResponse(html, status_code=status)


def downloads(cmp: Comparison) -> dict[str, str]:
    """``data:`` URLs of the comparison JSON and its standalone HTML report (stateless:
    any worker process can serve the page that holds them)."""
    data = json.dumps(cmp.to_dict(), ensure_ascii=False, indent=2).encode("utf-8")
    html = report.render_comparison(cmp).encode("utf-8")
    return {
        "json": "data:application/json;base64," + base64.b64encode(data).decode("ascii"),
        "html": "data:text/html;base64," + base64.b64encode(html).decode("ascii"),
    }


def _comparison_ctx(cmp: Comparison) -> dict[str, Any]:
    return {"view": report.comparison_view(cmp), "downloads": downloads(cmp)}


def pair_href(a: str, b: str) -> str:
    return "/pair?" + urlencode({"a": a, "b": b})


def article_href(article_id: str) -> str:
    return "/articles/" + quote(article_id, safe="")


def family_views(fams: list[dict[str, Any]], start: int = 0) -> list[report.FamilyView]:
    """Tree drawings whose nodes open the pair with their parent (or, for the origin, the
    article page)."""
    views = []
    for n, fam in enumerate(fams, start):
        links = {
            (str(e["parent"]["id"]), str(e["child"]["id"])): pair_href(
                str(e["parent"]["id"]), str(e["child"]["id"])
            )
            for e in fam.get("edges") or []
        }
        view = report.family_view(fam, n, links)
        for node in view.nodes:
            if node.href.startswith("#"):
                node.href = article_href(node.id)
        views.append(view)
    return views


# -- reading the forms ---------------------------------------------------------------------


async def _form_article(form: FormData, prefix: str, values: dict[str, str]) -> Article:
    """The article of one side of a form: an uploaded file, else the pasted text."""
    for key in ("text", "title", "date"):
        values[f"{prefix}_{key}"] = form_text(form, f"{prefix}_{key}") or ""
    name = {"first": "First article", "second": "Second article", "query": "Article"}[prefix]
    try:
        date = parse_date(values[f"{prefix}_date"], name)
    except InputError as exc:
        raise ApiError(422, str(exc)) from None
    title = values[f"{prefix}_title"].strip() or None
    up = await form_file(form, f"{prefix}_file")
    if up is not None:
        data, filename = up
        return await in_thread(
            article_from_bytes, data, field=name, filename=filename, title=title, date=date
        )
    text = values[f"{prefix}_text"]
    if not text.strip():
        raise ApiError(422, f"{name}: paste its text or choose a file")
    return await in_thread(article_from_text, text, field=name, title=title, date=date)


# -- pages -----------------------------------------------------------------------------------


async def compare_page(request: Request) -> Response:
    values: dict[str, str] = {}
    if request.method != "POST":  # GET, and HEAD (monitors, link checkers)
        return await render("compare.html.j2", title="Compare", values=values, error=None)
    form = await read_form(request, request.app.state.max_body)
    try:
        a = await _form_article(form, "first", values)
        b = await _form_article(form, "second", values)
        cmp = await in_thread(_svc(request).compare, a, b)
    except ApiError as exc:
        if exc.status_code not in (413, 422):
            raise
        return await render(
            "compare.html.j2",
            status=exc.status_code,
            title="Compare",
            values=values,
            error=exc.detail,
        )
    ctx = await in_thread(_comparison_ctx, cmp)
    return await render(
        "compare.html.j2", title="Compare: result", values=values, error=None, **ctx
    )


async def search_page(request: Request) -> Response:
    values: dict[str, str] = {}
    if request.method != "POST":  # GET, and HEAD (monitors, link checkers)
        return await render("search.html.j2", title="Search", values=values, error=None)
    form = await read_form(request, request.app.state.max_body)
    try:
        art = await _form_article(form, "query", values)
        result = await in_thread(_svc(request).trace, art, 10)
    except ApiError as exc:
        if exc.status_code not in (413, 422):
            raise
        return await render(
            "search.html.j2",
            status=exc.status_code,
            title="Search",
            values=values,
            error=exc.detail,
        )
    query = {
        "text": art.body,
        "title": art.title or "",
        "date": art.date.isoformat() if art.date else "",
        "outlet": art.outlet or "",
    }
    return await render(
        "search.html.j2",
        title="Search: results",
        values=values,
        error=None,
        trace=result,
        query=query,
        article=art,
    )


async def families_page(request: Request) -> Response:
    params = request.query_params
    filters = family_filters(params, strict=False)
    try:
        page = max(1, int(params.get("page") or 1))
    except ValueError:
        raise ApiError(422, "page must be a number") from None
    data = await in_thread(_svc(request).families)
    fams = [f for f in data["families"] if family_matches(f, **filters)]
    start = (page - 1) * PAGE_SIZE
    shown = fams[start : start + PAGE_SIZE]
    views = await in_thread(family_views, shown, start)
    outlets = sorted(
        {str(m["outlet"]) for f in data["families"] for m in f["members"] if m.get("outlet")}
    )
    keep = {k: params.get(k) or "" for k in ("from", "to", "outlet", "relation")}
    more = "/families?" + urlencode({**{k: v for k, v in keep.items() if v}, "page": page + 1})
    return await render(
        "families.html.j2",
        title="Families",
        families=views,
        total=len(fams),
        all_total=len(data["families"]),
        filters=keep,
        outlets=outlets,
        page=page,
        more=more if start + PAGE_SIZE < len(fams) else None,
    )


async def family_page(request: Request) -> Response:
    fam = await in_thread(_svc(request).family, request.path_params["id"])
    if fam is None:
        raise ApiError(404, "no such family")
    views = await in_thread(family_views, [fam])
    return await render("family.html.j2", title=f"Family {fam['id']}", fam=views[0], raw=fam)


def _article_ctx(svc: Service, article_id: str) -> dict[str, Any] | None:
    found = svc.stored(article_id)
    if found is None:
        return None
    art, fam = found
    neighbours = svc.trace(art, 10)
    return {
        "article": art,
        "url": report.safe_url(art.url),
        "fam": family_views([fam])[0] if fam else None,
        "trace": neighbours,
    }


async def article_page(request: Request) -> Response:
    ctx = await in_thread(_article_ctx, _svc(request), request.path_params["id"])
    if ctx is None:
        raise ApiError(404, "no such article")
    art: Article = ctx["article"]
    return await render("article.html.j2", title=art.title or art.id, **ctx)


async def pair_page(request: Request) -> Response:
    svc = _svc(request)
    if request.method != "POST":  # GET, and HEAD (monitors, link checkers)
        ids = [request.query_params.get(k) or "" for k in ("a", "b")]
        found = [await in_thread(svc.find, i) for i in ids]
        if found[0] is None or found[1] is None:
            raise ApiError(404, "no such article in the store")
        a, b = found[0][0], found[1][0]
        stored = {a.id, b.id}
    else:
        form = await read_form(request, request.app.state.max_body)
        text = form_text(form, "text") or ""
        try:
            date = parse_date(form_text(form, "date"), "date")
        except InputError as exc:
            raise ApiError(422, str(exc)) from None
        a = await in_thread(
            article_from_text,
            text,
            field="Article",
            title=(form_text(form, "title") or "").strip() or None,
            date=date,
            outlet=(form_text(form, "outlet") or "").strip() or None,
        )
        other = await in_thread(svc.find, form_text(form, "other") or "")
        if other is None:
            raise ApiError(404, "no such article in the store")
        b = other[0]
        stored = {b.id}
    cmp = await in_thread(svc.compare, a, b)
    ctx = await in_thread(_comparison_ctx, cmp)
    title = f"{cmp.copy.title or cmp.copy.id} vs {cmp.source.title or cmp.source.id}"
    return await render("pair.html.j2", title=title, cmp=cmp, stored=stored, **ctx)


async def error_page(status: int, message: str) -> HTMLResponse:
    return await render("error.html.j2", status=status, title=f"Error {status}", message=message)


routes = [
    Route("/", compare_page, methods=["GET", "POST"]),
    Route("/compare", compare_page, methods=["GET", "POST"]),
    Route("/search", search_page, methods=["GET", "POST"]),
    Route("/families", families_page, methods=["GET"]),
    Route("/families/{id}", family_page, methods=["GET"]),
    Route("/articles/{id:path}", article_page, methods=["GET"]),
    Route("/pair", pair_page, methods=["GET", "POST"]),
]

__all__ = ["environment", "error_page", "report_asset", "routes"]
