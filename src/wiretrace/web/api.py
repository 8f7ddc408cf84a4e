"""The JSON API under ``/api/`` (described by :mod:`wiretrace.web.openapi`)."""

from __future__ import annotations

import datetime as dt
import hmac
from typing import Any

from starlette.requests import Request
from starlette.responses import HTMLResponse, JSONResponse, Response
from starlette.routing import Route

from ..article import RELATIONS, Article
from ..errors import InputError
from ..report.html import _page_assets, environment, render_comparison
from .http import (
    ApiError,
    expect_object,
    form_file,
    in_thread,
    optional_str,
    read_form,
    read_json,
)
from .openapi import spec
from .service import (
    MAX_ADD,
    MAX_TOP,
    Service,
    article_from_bytes,
    article_from_text,
    family_matches,
    parse_date,
)


def _service(request: Request) -> Service:
    svc: Service = request.app.state.service
    return svc


def _article_input(obj: Any, where: str) -> tuple[str, str | None, dt.date | None]:
    """(text, title, date) of an ``ArticleInput`` object; 422 when it is not one."""
    if not isinstance(obj, dict):
        raise ApiError(422, f"{where} must be an object with a 'text' field")
    text = obj.get("text")
    if not isinstance(text, str):
        raise ApiError(422, f"{where}.text must be a string")
    if not text.strip():
        raise ApiError(422, f"{where}.text is empty")
    title = optional_str(obj, "title", where)
    date_raw = obj.get("date")
    if date_raw is not None and not isinstance(date_raw, str):
        raise ApiError(422, f"{where}.date must be a string (YYYY-MM-DD)")
    try:
        date = parse_date(date_raw, f"{where}.date")
    except InputError as exc:
        raise ApiError(422, str(exc)) from None
    return text, title or None, date


async def _compare_inputs(request: Request) -> tuple[Article, Article]:
    ctype = request.headers.get("content-type", "").split(";")[0].strip().lower()
    svc_max: int = request.app.state.max_body
    if ctype == "multipart/form-data":
        form = await read_form(request, svc_max)
        arts: list[Article] = []
        for name in ("first", "second"):
            up = await form_file(form, name)
            raw = form.get(name)
            if up is not None:
                data, filename = up
                arts.append(
                    await in_thread(
                        article_from_bytes,
                        data,
                        field=name,
                        filename=filename,
                        title=None,
                        date=None,
                    )
                )
            elif isinstance(raw, str) and raw.strip():
                arts.append(await in_thread(article_from_text, raw, field=name))
            else:
                raise ApiError(422, f"{name}: missing or empty file")
        return arts[0], arts[1]
    body = expect_object(await read_json(request), "the request body")
    out: list[Article] = []
    for name in ("first", "second"):
        text, title, date = _article_input(body.get(name), name)
        out.append(await in_thread(article_from_text, text, field=name, title=title, date=date))
    return out[0], out[1]


async def compare(request: Request) -> Response:
    fmt = request.query_params.get("format", "json")
    if fmt not in ("json", "html"):
        raise ApiError(422, "format must be json or html")
    a, b = await _compare_inputs(request)
    svc = _service(request)
    cmp = await in_thread(svc.compare, a, b)
    if fmt == "html":
        html = await in_thread(render_comparison, cmp)
        csp = str(_page_assets(environment())["csp"])
        return HTMLResponse(
            html,
            headers={
                "content-security-policy": csp,
                "content-disposition": 'attachment; filename="comparison.html"',
            },
        )
    data = await in_thread(cmp.to_dict)
    return JSONResponse(data)


async def trace(request: Request) -> Response:
    body = expect_object(await read_json(request), "the request body")
    text, title, date = _article_input(body, "body")
    top = body.get("top", 10)
    if isinstance(top, bool) or not isinstance(top, int) or not 1 <= top <= MAX_TOP:
        raise ApiError(422, f"top must be an integer from 1 to {MAX_TOP}")
    art = await in_thread(article_from_text, text, field="text", title=title, date=date)
    svc = _service(request)
    return JSONResponse(await in_thread(svc.trace, art, top))


async def add(request: Request) -> Response:
    if not request.app.state.allow_add:
        raise ApiError(403, "adding articles is disabled (start the server with --allow-add)")
    auth = request.headers.get("authorization", "")
    scheme, _, given = auth.partition(" ")
    if scheme.lower() != "bearer" or not given.strip():
        raise ApiError(401, "a bearer token is required", {"WWW-Authenticate": "Bearer"})
    token: str = request.app.state.token
    if not hmac.compare_digest(given.strip().encode(), token.encode()):
        raise ApiError(403, "wrong token")
    body = await read_json(request)
    items = body if isinstance(body, list) else [body]
    if not items:
        raise ApiError(422, "no articles")
    if len(items) > MAX_ADD:
        raise ApiError(422, f"at most {MAX_ADD} articles per request")
    for n, item in enumerate(items):
        if not isinstance(item, dict):
            raise ApiError(422, f"articles[{n}] must be an object")
        _article_input(item, f"articles[{n}]")
        for key in ("id", "url", "outlet"):
            optional_str(item, key, f"articles[{n}]")
    svc = _service(request)
    result = await in_thread(svc.add, items)
    status = 201 if result["added"] or not result["failed"] else 422
    if status == 422 and len(items) == 1:
        return JSONResponse({"error": result["failed"][0]["error"]}, status_code=422)
    return JSONResponse(result, status_code=201)


def _stored_article(svc: Service, article_id: str) -> dict[str, Any] | None:
    found = svc.stored(article_id)
    if found is None:
        return None
    art, fam = found
    return {**art.to_dict(), "body": art.body, "family": fam["id"] if fam else None}


async def get_article(request: Request) -> Response:
    svc = _service(request)
    data = await in_thread(_stored_article, svc, request.path_params["id"])
    if data is None:
        raise ApiError(404, "no such article")
    return JSONResponse(data)


def family_filters(params: Any, *, strict: bool = True) -> dict[str, Any]:
    """The families filters of a query string (shared with the families page, which
    sends empty fields for unused filters: ``strict=False`` ignores them)."""
    out: dict[str, Any] = {}
    for key, name in (("from", "since"), ("to", "until")):
        raw = params.get(key)
        if raw or (strict and raw is not None):
            try:
                out[name] = dt.date.fromisoformat(raw)
            except ValueError:
                raise ApiError(422, f"{key} must be a date (YYYY-MM-DD)") from None
    outlet = (params.get("outlet") or "").strip()
    if outlet:
        out["outlet"] = outlet
    relation = params.get("relation")
    if relation or (strict and relation is not None):
        if relation not in RELATIONS:
            raise ApiError(422, f"relation must be one of {', '.join(RELATIONS)}")
        out["relation"] = relation
    return out


def _int_param(params: Any, key: str, default: int, lo: int, hi: int) -> int:
    raw = params.get(key)
    if raw is None or raw == "":
        return default
    try:
        value = int(raw)
    except ValueError:
        raise ApiError(422, f"{key} must be an integer") from None
    if not lo <= value <= hi:
        raise ApiError(422, f"{key} must be from {lo} to {hi}")
    return value


async def list_families(request: Request) -> Response:
    params = request.query_params
    filters = family_filters(params)
    limit = _int_param(params, "limit", 100, 1, 1000)
    offset = _int_param(params, "offset", 0, 0, 10**9)
    svc = _service(request)
    data = await in_thread(svc.families)
    fams = [f for f in data["families"] if family_matches(f, **filters)]
    return JSONResponse(
        {"schema": data["schema"], "families": fams[offset : offset + limit], "total": len(fams)}
    )


async def get_family(request: Request) -> Response:
    svc = _service(request)
    fam = await in_thread(svc.family, request.path_params["id"])
    if fam is None:
        raise ApiError(404, "no such family")
    return JSONResponse(fam)


async def health(request: Request) -> Response:
    svc = _service(request)
    return JSONResponse({"status": "ok", "articles": await in_thread(svc.count)})


async def openapi(request: Request) -> Response:
    return JSONResponse(spec())


routes = [
    Route("/api/openapi.json", openapi, methods=["GET"]),
    Route("/api/health", health, methods=["GET"]),
    Route("/api/compare", compare, methods=["POST"]),
    Route("/api/trace", trace, methods=["POST"]),
    Route("/api/articles", add, methods=["POST"]),
    Route("/api/articles/{id:path}", get_article, methods=["GET"]),
    Route("/api/families", list_families, methods=["GET"]),
    Route("/api/families/{id}", get_family, methods=["GET"]),
]
