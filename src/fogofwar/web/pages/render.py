"""Rendering pages: one Jinja2 environment (autoescape on, always) and the headers every
page carries.

Report text, titles and source names are hostile input. They reach the HTML only through
Jinja's escaping, inside ``<bdi>`` (a direction override in a title stays inside it), and
the Content-Security-Policy allows scripts and styles from this server only: no inline
script, no ``on...=`` handler, no ``javascript:`` URL runs even if one got through.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any
from urllib.parse import quote, urlsplit

from fastapi.responses import HTMLResponse
from jinja2 import Environment, FileSystemLoader, StrictUndefined

CSP = ("default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
       "connect-src 'self'; font-src 'self'; object-src 'none'; base-uri 'none'; "
       "form-action 'self'; frame-ancestors 'none'")
HEADERS = {
    "Content-Security-Policy": CSP,
    "X-Content-Type-Options": "nosniff",
    "Referrer-Policy": "no-referrer",
    "X-Frame-Options": "DENY",
}

STATUSES = ("reported", "disputed", "confirmed", "retracted")
GRADES = {1: "confirmed", 2: "probably true", 3: "possibly true", 4: "doubtful",
          5: "improbable", 6: "cannot be judged"}
PRECISION = {1: "settlement", 2: "near a settlement", 3: "region", 4: "country"}


def safe_url(url: str | None) -> str | None:
    """A report's URL if it is http(s), else None (``javascript:``, ``data:`` are dropped)."""
    if not url:
        return None
    try:
        scheme = urlsplit(url.strip()).scheme.lower()
    except ValueError:
        return None
    return url.strip() if scheme in ("http", "https") else None


def path_part(value: Any) -> str:
    """A value as one URL path segment (ids hold ':' and '/'; names spaces)."""
    return quote(str(value), safe="")


TEMPLATES = Path(__file__).resolve().parent.parent / "templates"
_env = Environment(loader=FileSystemLoader(TEMPLATES), autoescape=True,
                   undefined=StrictUndefined, trim_blocks=True, lstrip_blocks=True)
_env.filters["seg"] = path_part
_env.filters["safe_url"] = safe_url
_env.globals.update(STATUSES=STATUSES, GRADES=GRADES, PRECISION=PRECISION, active="")


def environment() -> Environment:
    return _env


def render_page(template: str, status_code: int = 200, **context: Any) -> HTMLResponse:
    """A rendered page with the security headers."""
    html = _env.get_template(template).render(**context)
    return HTMLResponse(html, status_code=status_code, headers=HEADERS)
