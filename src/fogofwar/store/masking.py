"""Database URLs without their secrets, for every message, log line and error.

``mask_url`` hides the password of ``scheme://user:PASSWORD@host/...`` and of the
``password=`` (or ``sslpassword=``) parameters of a query string or libpq conninfo;
``redact`` removes a URL's secrets from any text (a driver's error quoting the URL, even
a malformed one). Neither ever raises: a URL that cannot be parsed is still masked.
"""

from __future__ import annotations

import re
from urllib.parse import unquote

MASK = "***"
_PARAM = re.compile(r"(?i)(\b(?:ssl)?pass(?:word|wd)?\s*=\s*)('(?:[^'\\]|\\.)*'|[^\s&#]*)")


# an '@' a host name follows ("@db.example:5432/", "@[::1]/", "@localhost" at the end)
_HOST_AFTER_AT = re.compile(r"@(?=(?:[A-Za-z0-9][A-Za-z0-9.-]*|\[[0-9A-Fa-f:.]+\])"
                            r"(?:(:\d+|/)|(?=[?#]|$)))")


def _userinfo_bounds(url: str) -> tuple[int, int] | None:
    """Start and end of the password in ``scheme://user:password@host``, if any."""
    start = url.find("://")
    if start < 0:
        return None
    start += 3
    query = url.find("?", start)
    authority_end = len(url) if query < 0 else query
    slash = url.find("/", start)
    # a raw '?' in the password ends the authority early; the '@' before the path is the
    # host's then (whichever comes later: mask too much, not too little)
    at = max(url.rfind("@", start, authority_end),
             url.rfind("@", start, len(url) if slash < 0 else slash))
    # (a raw '@' with a '?' or '/' after it in the password: the host's '@' is the last one a
    # host name follows, "user:@0?/@db.example:5432/fow", a hypothesis find)
    # (a host with a port or a path after it first: an '@' in the query is no host's)
    found = list(_HOST_AFTER_AT.finditer(url, start))
    hosts = [m.start() for m in found if m.group(1)] or [m.start() for m in found]
    if hosts and hosts[-1] > at:
        at = hosts[-1]
    if at < 0:  # a raw '?' in the password ends the authority early: mask too much, not too little
        at = url.rfind("@", start)
    if at < 0:
        return None
    colon = url.find(":", start, at)
    if colon < 0:
        return None
    return colon + 1, at


def mask_url(url: str) -> str:
    """``url`` with each password replaced by ``***``."""
    url = str(url)
    bounds = _userinfo_bounds(url)
    if bounds and bounds[1] > bounds[0]:
        url = url[:bounds[0]] + MASK + url[bounds[1]:]
    return _PARAM.sub(_mask_param, url)


def secrets_of(url: str) -> list[str]:
    """The passwords in ``url`` as written and percent-decoded (longest first)."""
    url = str(url)
    found: set[str] = set()
    bounds = _userinfo_bounds(url)
    if bounds and bounds[1] > bounds[0]:
        found.add(url[bounds[0]:bounds[1]])
    for m in _PARAM.finditer(url):
        value = m.group(2)
        if value:
            found.add(value)
            found.add(value.strip("'"))
    for s in list(found):
        try:
            found.add(unquote(s))
        except Exception:  # noqa: BLE001 - a malformed escape: keep the raw form only
            pass
    return sorted((s for s in found if s), key=len, reverse=True)


def redact(text: str, url: str) -> str:
    """``text`` with every password of ``url`` replaced by ``***`` (the URL itself masked)."""
    text = str(text).replace(str(url), mask_url(url))
    for secret in secrets_of(url):
        text = text.replace(secret, MASK)
    return _PARAM.sub(_mask_param, text)


def _mask_param(m: re.Match) -> str:
    value = m.group(2)
    return m.group(0) if not value or value.startswith(MASK) else m.group(1) + MASK
