"""HTTP plumbing shared by the API and the pages: errors, the body-size guard, security
headers, reading JSON and forms, and running blocking work off the event loop."""

from __future__ import annotations

import json
from collections.abc import Callable
from typing import Any, TypeVar

from starlette.concurrency import run_in_threadpool
from starlette.datastructures import FormData, UploadFile
from starlette.exceptions import HTTPException
from starlette.requests import Request
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from ..errors import InputError, InputTooLarge, WiretraceError

T = TypeVar("T")

PAGE_CSP = (
    "default-src 'none'; script-src 'self'; style-src 'self' 'unsafe-inline'; "
    "img-src 'self' data:; form-action 'self'; base-uri 'none'; frame-ancestors 'none'"
)
SECURITY_HEADERS = {
    b"x-content-type-options": b"nosniff",
    b"referrer-policy": b"no-referrer",
    b"x-frame-options": b"DENY",
}


class ApiError(HTTPException):
    """An error the client caused (or a missing thing), answered as ``{"error": ...}``."""

    def __init__(self, status: int, message: str, headers: dict[str, str] | None = None) -> None:
        super().__init__(status, message, headers)


class BodyTooLarge(ApiError):
    def __init__(self, limit: int) -> None:
        super().__init__(413, f"request body over the limit of {limit:,} bytes")


class Guard:
    """Pure ASGI middleware: refuse bodies over ``max_body`` (by Content-Length, and by
    counting the bytes as they stream in) and add security headers to every response."""

    def __init__(self, app: ASGIApp, max_body: int) -> None:
        self.app = app
        self.max_body = max_body

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        started = False

        async def send_wrapper(message: Message) -> None:
            nonlocal started
            if message["type"] == "http.response.start":
                started = True
                headers = list(message.get("headers", []))
                have = {k.lower() for k, _ in headers}
                for k, v in SECURITY_HEADERS.items():
                    if k not in have:
                        headers.append((k, v))
                if b"content-security-policy" not in have:
                    headers.append((b"content-security-policy", PAGE_CSP.encode()))
                message = {**message, "headers": headers}
            await send(message)

        for k, v in scope.get("headers", []):
            if k.lower() == b"content-length":
                try:
                    length = int(v)
                except ValueError:
                    await _plain_error(send_wrapper, 400, "bad Content-Length")
                    return
                if length > self.max_body:
                    await _plain_error(send_wrapper, 413, BodyTooLarge(self.max_body).detail)
                    return
        seen = 0

        async def receive_wrapper() -> Message:
            nonlocal seen
            message = await receive()
            if message["type"] == "http.request":
                seen += len(message.get("body", b""))
                if seen > self.max_body:
                    raise BodyTooLarge(self.max_body)
            return message

        try:
            await self.app(scope, receive_wrapper, send_wrapper)
        except BodyTooLarge as exc:  # raised where no handler caught it
            if started:
                raise
            await _plain_error(send_wrapper, 413, exc.detail)


async def _plain_error(send: Send, status: int, message: str) -> None:
    body = json.dumps({"error": message}).encode()
    await send(
        {
            "type": "http.response.start",
            "status": status,
            "headers": [
                (b"content-type", b"application/json"),
                (b"content-length", str(len(body)).encode()),
                (b"connection", b"close"),
            ],
        }
    )
    await send({"type": "http.response.body", "body": body})


async def in_thread(fn: Callable[..., T], *args: Any, **kwargs: Any) -> T:
    """Run blocking work in the threadpool; user errors become 413/422."""
    try:
        return await run_in_threadpool(fn, *args, **kwargs)
    except InputTooLarge as exc:
        raise ApiError(413, str(exc)) from None
    except InputError as exc:
        raise ApiError(422, str(exc)) from None
    except WiretraceError as exc:
        raise ApiError(422, str(exc)) from None


async def read_json(request: Request) -> Any:
    ctype = request.headers.get("content-type", "").split(";")[0].strip().lower()
    if ctype != "application/json":
        raise ApiError(400, "expected Content-Type: application/json")
    body = await request.body()
    try:
        return json.loads(body)
    except (json.JSONDecodeError, UnicodeDecodeError) as exc:
        raise ApiError(400, f"malformed JSON ({exc})") from None


async def read_form(request: Request, max_body: int) -> FormData:
    try:
        return await request.form(max_files=8, max_fields=64, max_part_size=max_body)
    except BodyTooLarge:
        raise
    except HTTPException as exc:
        raise ApiError(400, str(exc.detail)) from None
    except (AssertionError, ValueError, KeyError) as exc:
        raise ApiError(400, f"malformed form data ({exc})") from None


def form_text(form: FormData, name: str) -> str | None:
    value = form.get(name)
    return value if isinstance(value, str) else None


async def form_file(form: FormData, name: str) -> tuple[bytes, str | None] | None:
    """The bytes and file name of an uploaded file; None when the field is not a file or
    the file is empty (a browser sends an empty part for an unused file input)."""
    value = form.get(name)
    if not isinstance(value, UploadFile):
        return None
    data = await value.read()
    if not data:
        return None
    return data, value.filename


def expect_object(body: Any, what: str) -> dict[str, Any]:
    if not isinstance(body, dict):
        raise ApiError(400, f"{what} must be a JSON object")
    return body


def optional_str(obj: dict[str, Any], key: str, where: str) -> str | None:
    value = obj.get(key)
    if value is None:
        return None
    if not isinstance(value, str):
        raise ApiError(422, f"{where}.{key} must be a string")
    return value
