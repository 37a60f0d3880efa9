"""Errors as JSON: ``{"status": 404, "message": "no incident 'x'"}``, never a traceback.

Routes raise :class:`ApiError`; FastAPI's own validation errors, unknown routes and
unexpected exceptions are turned into the same shape by the handlers :func:`install` adds.
An unexpected exception is logged on the server (with its traceback) and answered with a
plain 500 that quotes nothing of it.
"""

from __future__ import annotations

import logging
import re

from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse
from starlette.exceptions import HTTPException as StarletteHTTPException

log = logging.getLogger("fogofwar.web")


class ApiError(Exception):
    """An error the client caused (or may retry): its HTTP status and a message in words."""

    def __init__(self, status: int, message: str, headers: dict[str, str] | None = None) -> None:
        super().__init__(message)
        self.status = status
        self.message = message
        self.headers = headers


def error_response(status: int, message: str, headers: dict[str, str] | None = None
                   ) -> JSONResponse:
    return JSONResponse({"status": status, "message": message}, status_code=status,
                        headers=headers)


def _validation_message(exc: RequestValidationError) -> str:
    """FastAPI's validation errors in one line: 'limit: Input should be ...; ...'."""
    parts = []
    for e in exc.errors():
        loc = [str(x) for x in e.get("loc", ()) if x not in ("query", "path", "body", "header")]
        parts.append(f"{'.'.join(loc) or 'request'}: {e.get('msg', 'invalid')}")
    return "; ".join(parts) or "invalid request"


# C0 controls but tab and line breaks (whitespace, collapsed where text is matched), and DEL.
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")


def control_in_request(request: Request) -> str | None:
    """Why a request is refused for a control character in its path or a query parameter
    (a NUL cut SQLite's LIKE patterns short, so it matched everything; PostgreSQL refuses
    it), or None. Stored text holds none: readers replace them."""
    if _CONTROL.search(request.scope.get("path", "")):
        return "the path holds a control character: not allowed"
    for name, value in request.query_params.multi_items():
        found = _CONTROL.search(value) or _CONTROL.search(name)
        if found:
            return (f"{_CONTROL.sub('?', name)}: holds a control character "
                    f"(U+{ord(found.group()):04X}): not allowed")
    return None


def install(app: FastAPI) -> None:
    """Register the JSON error handlers on ``app``, and refuse control characters in a
    request's path and parameters (400) before any route sees them."""

    @app.middleware("http")
    async def _no_controls(request: Request, call_next):
        why = control_in_request(request)
        if why:
            return error_response(400, why)
        return await call_next(request)

    @app.exception_handler(ApiError)
    async def _api_error(_request: Request, exc: ApiError) -> JSONResponse:
        return error_response(exc.status, exc.message, exc.headers)

    @app.exception_handler(RequestValidationError)
    async def _invalid(_request: Request, exc: RequestValidationError) -> JSONResponse:
        return error_response(400, _validation_message(exc))

    @app.exception_handler(StarletteHTTPException)
    async def _http(_request: Request, exc: StarletteHTTPException) -> JSONResponse:
        message = exc.detail if isinstance(exc.detail, str) else "error"
        if exc.status_code == 404 and message == "Not Found":
            message = "no such page or endpoint (see /docs or /openapi.json)"
        return error_response(exc.status_code, message, getattr(exc, "headers", None))

    @app.exception_handler(Exception)
    async def _unexpected(request: Request, exc: Exception) -> JSONResponse:
        log.error("unexpected error on %s %s", request.method, request.url.path,
                  exc_info=(type(exc), exc, exc.__traceback__))
        return error_response(500, "internal error (the server's log says more)")
