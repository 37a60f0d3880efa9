"""Publication dates from metadata: ISO 8601, RFC 822 (feeds, e-mail), a few common forms.

A date that cannot be read becomes ``None`` plus a warning: an undated report is still
useful, a wrongly dated one is not. (Time expressions *inside* the text are the time
stage's job; this only reads metadata fields.)
"""

from __future__ import annotations

import time as _time
from datetime import date, datetime, timezone
from email.utils import parsedate_to_datetime

_FORMATS = ("%d %B %Y", "%d %b %Y", "%B %d, %Y", "%b %d, %Y", "%B %d %Y", "%d.%m.%Y",
            "%Y/%m/%d", "%d/%m/%Y", "%Y.%m.%d", "%d %B %Y %H:%M", "%B %d, %Y %H:%M")


def normalise_date(value: object) -> tuple[str | None, str | None]:
    """Return (ISO date or datetime, warning). Both None when there is no value."""
    if value is None or value == "":
        return None, None
    if isinstance(value, _time.struct_time):
        return _check(datetime(*value[:6], tzinfo=timezone.utc), value)
    if isinstance(value, datetime):
        return _check(value, value)
    if isinstance(value, date):
        return _check(value, value)
    if not isinstance(value, str):
        return None, f"published date {value!r} is not a string; stored without a date"
    s = " ".join(value.split())
    parsed: date | datetime | None = None
    try:
        parsed = date.fromisoformat(s) if len(s) == 10 else datetime.fromisoformat(s)
    except ValueError:
        pass
    if parsed is None:
        try:
            parsed = parsedate_to_datetime(s)
        except (TypeError, ValueError, IndexError):
            pass
    if parsed is None:
        for fmt in _FORMATS:
            try:
                parsed = datetime.strptime(s, fmt)
                if "%H" not in fmt:
                    parsed = parsed.date()
                break
            except ValueError:
                continue
    if parsed is None:
        return None, f"published date {value!r} not understood; stored without a date"
    return _check(parsed, value)


def _check(parsed: date | datetime, raw: object) -> tuple[str | None, str | None]:
    if not 1900 <= parsed.year <= 2100:
        return None, f"published date {raw!r} is out of range; stored without a date"
    if isinstance(parsed, datetime):
        if parsed.hour == parsed.minute == parsed.second == 0 and parsed.tzinfo is None:
            return parsed.date().isoformat(), None
        return parsed.isoformat(), None
    return parsed.isoformat(), None
