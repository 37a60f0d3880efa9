"""Errors as JSON: ``{"status": 404, "message": "no incident 'x'"}``, never a traceback.

Routes raise :class:`ApiError`; FastAPI's own validation errors, unknown routes and
unexpected exceptions are turned into the same shape by the handlers :func:`install` adds.
An unexpected exception is logged on the server (with its traceback) and answered with a
plain 500 that quotes nothing of it.
"""

from __future__ import annotations

import logging

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


def install(app: FastAPI) -> None:
    """Register the JSON error handlers on ``app``."""

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
