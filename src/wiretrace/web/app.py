"""``wiretrace serve``: the web UI and JSON API over a store (Starlette + uvicorn).

:func:`create_app` builds the app; :func:`cmd_serve` runs it. With ``--workers N > 1``
uvicorn starts N processes, each importing :func:`app_from_env` (the factory form), so
the settings travel in ``WIRETRACE_*`` environment variables. Each process loads the
embedding model once and opens the store per thread (SQLite connections are never
shared between threads). docs/web.md describes the pages and the API.
"""

from __future__ import annotations

import argparse
import contextlib
import logging
import os
import sys
from collections.abc import AsyncIterator
from pathlib import Path

from starlette.applications import Starlette
from starlette.concurrency import run_in_threadpool
from starlette.exceptions import HTTPException
from starlette.middleware import Middleware
from starlette.requests import Request
from starlette.responses import JSONResponse, PlainTextResponse, Response
from starlette.routing import Mount, Route
from starlette.staticfiles import StaticFiles

from ..errors import WiretraceError
from . import api, pages
from .http import Guard
from .service import Service

STATIC = Path(__file__).resolve().parent / "static"
DEFAULT_MAX_BODY = 5 * 1024 * 1024
TOKEN_ENV = "WIRETRACE_TOKEN"
log = logging.getLogger("wiretrace.web")


def _is_api(request: Request) -> bool:
    return request.url.path.startswith("/api/") or request.url.path == "/api"


async def _http_error(request: Request, exc: Exception) -> Response:
    assert isinstance(exc, HTTPException)
    headers = dict(exc.headers or {})
    if _is_api(request) or exc.status_code == 413:
        return JSONResponse(
            {"error": str(exc.detail)}, status_code=exc.status_code, headers=headers
        )
    page = await pages.error_page(exc.status_code, str(exc.detail))
    page.headers.update(headers)
    return page


async def _server_error(request: Request, exc: Exception) -> Response:
    log.exception("unhandled error on %s %s", request.method, request.url.path, exc_info=exc)
    if _is_api(request):
        return JSONResponse({"error": "internal server error"}, status_code=500)
    return PlainTextResponse("internal server error", status_code=500)


def _asset(name: str, media_type: str) -> Route:
    text = pages.report_asset(name)

    async def endpoint(request: Request) -> Response:
        return Response(
            text, media_type=media_type, headers={"cache-control": "public, max-age=3600"}
        )

    return Route(f"/static/{'report.css' if name.endswith('css.j2') else 'report.js'}", endpoint)


def create_app(
    store_path: str,
    *,
    allow_add: bool = False,
    token: str | None = None,
    max_body: int = DEFAULT_MAX_BODY,
    embeddings: bool = True,
    preload: bool = False,
) -> Starlette:
    """The web app over the store at ``store_path``.

    ``allow_add`` enables ``POST /api/articles``, which then needs ``Authorization:
    Bearer <token>``; ``max_body`` caps every request body (413 beyond it);
    ``embeddings=False`` uses lexical evidence only (no model); ``preload`` loads the
    model at start-up rather than on the first request that needs it.
    """
    if allow_add and not token:
        raise WiretraceError(f"adding articles needs a token: set {TOKEN_ENV}")
    if not allow_add and not Path(store_path).exists():
        raise WiretraceError(f"{store_path}: no such store (run `wiretrace add` first)")
    if max_body < 1:
        raise ValueError("max_body must be positive")
    service = Service(store_path, embeddings=embeddings)
    service.store()  # fail early on a file that is not a store
    service.close()

    @contextlib.asynccontextmanager
    async def lifespan(app: Starlette) -> AsyncIterator[None]:
        if preload:
            await run_in_threadpool(service.warm)
        yield

    routes = [
        *api.routes,
        *pages.routes,
        _asset("_report.css.j2", "text/css"),
        _asset("_report.js.j2", "text/javascript"),
        Mount("/static", app=StaticFiles(directory=str(STATIC)), name="static"),
    ]
    app = Starlette(
        routes=routes,
        middleware=[Middleware(Guard, max_body=max_body)],
        exception_handlers={HTTPException: _http_error, Exception: _server_error},
        lifespan=lifespan,
    )
    app.state.service = service
    app.state.allow_add = allow_add
    app.state.token = token or ""
    app.state.max_body = max_body
    return app


def app_from_env() -> Starlette:
    """The app factory uvicorn's worker processes call (``--workers N``)."""
    return create_app(
        os.environ.get("WIRETRACE_STORE", "wiretrace.db"),
        allow_add=os.environ.get("WIRETRACE_ALLOW_ADD") == "1",
        token=os.environ.get(TOKEN_ENV) or None,
        max_body=int(os.environ.get("WIRETRACE_MAX_BODY", DEFAULT_MAX_BODY)),
        embeddings=os.environ.get("WIRETRACE_NO_EMBEDDINGS") != "1",
        preload=True,
    )


def _check_port_free(host: str, port: int) -> None:
    import socket

    family = socket.AF_INET6 if ":" in host else socket.AF_INET
    with socket.socket(family, socket.SOCK_STREAM) as sock:
        sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        try:
            sock.bind((host, port))
        except OSError as exc:
            raise WiretraceError(
                f"cannot listen on {host}:{port}: {exc.strerror} (is another server running? "
                "choose another --port)"
            ) from None


def cmd_serve(args: argparse.Namespace) -> int:
    """``wiretrace serve [--store FILE] [--host H] [--port P] [--workers N] [--allow-add]``."""
    import uvicorn

    token = os.environ.get(TOKEN_ENV) or None
    if args.allow_add and not token:
        raise WiretraceError(
            f"--allow-add needs a token: set the environment variable {TOKEN_ENV} "
            "(clients then send 'Authorization: Bearer <token>')"
        )
    if args.workers < 1:
        raise WiretraceError("--workers must be at least 1")
    _check_port_free(args.host, args.port)  # before the model loads, not after
    os.environ["WIRETRACE_STORE"] = str(Path(args.store).resolve())
    os.environ["WIRETRACE_ALLOW_ADD"] = "1" if args.allow_add else "0"
    app_from_env_check = create_app(  # validate settings in this process, with clear errors
        os.environ["WIRETRACE_STORE"], allow_add=args.allow_add, token=token, embeddings=False
    )
    del app_from_env_check
    if args.host not in ("127.0.0.1", "localhost", "::1"):
        print(
            f"wiretrace: warning: listening on {args.host}: reachable from other machines",
            file=sys.stderr,
        )
    print(f"wiretrace: serving {args.store} on http://{args.host}:{args.port}/", file=sys.stderr)
    if args.workers > 1:
        uvicorn.run(
            "wiretrace.web.app:app_from_env",
            factory=True,
            host=args.host,
            port=args.port,
            workers=args.workers,
            log_level="info",
        )
    else:
        uvicorn.run(app_from_env(), host=args.host, port=args.port, log_level="info")
    return 0
