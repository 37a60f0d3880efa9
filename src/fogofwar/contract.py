"""Checks of the stable ``fogofwar extract`` interface (design.md), as a library function.

``violations(text, line)`` returns every way one output line breaks the contract: a missing
key, an offset that does not reproduce its span text, an index out of range, a value outside
its enumeration. The contract tests and ``bench/contract_isw.py`` use it; outside evaluations
can too.
"""

from __future__ import annotations

import re
from typing import Any

from .records import SOURCE_KINDS

PLACE_KEYS = ("text", "start", "end", "geonameid", "name", "lat", "lon", "country_code",
              "admin1", "admin2", "feature_code", "precision", "score")
TIME_KEYS = ("text", "start", "end", "value", "precision")
ACTOR_KEYS = ("text", "start", "end", "canonical", "kind", "side")
CLAIM_KEYS = ("source", "cue", "content", "stance", "certainty", "mode", "events")
EVENT_KEYS = ("event_type", "sub_event_type", "actor1", "actor2", "location", "time",
              "fatalities", "polarity", "evidence")
TIME_PRECISIONS = {"day", "week", "month", "year", "period"}
STANCES = {"asserts", "denies"}
CERTAINTIES = {"certain", "probable", "possible", "unknown"}
MODES = {"direct", "indirect", "mixed", "allusion"}
POLARITIES = {"positive", "negative"}
# ISO 8601 date / partial date / week / interval, or a TimeML value (durations, *_REF, seasons,
# parts of days, decades "202X").
# ISO 8601 dates down to the minute, weeks, and TimeML's truncated decades/centuries
# ("199" the 1990s, "19" the 1900s; also written 199X, 19XX).
_ISO = r"\d{4}(-\d{2}(-\d{2}(T[\d:]+)?)?)?|\d{4}-W\d{2}(-WE|-\d)?|\d{3}X?|\d{2}(XX)?"
# TimeML durations also use DE (decade), CE (century), ML (millennium), Q (quarter), WE.
# PXX: a duration of unknown length and unit ("for a while"); QX/HX: an unknown quarter/half.
_TIMEML = r"P[\dX.]+(?:[YMWDHSQX]|DE|CE|ML|WE)|PT[\dX.]+[HMS]|PRESENT_REF|PAST_REF|FUTURE_REF|" \
          r"\d{4}(-\d{2}-\d{2})?-?(SP|SU|FA|WI|Q[1-4X]|H[12X]|MO|AF|EV|NI|WE|TMO|TAF|TEV|TNI)" \
          r"|XXXX[-\dWXTA-Z:]*"
# An interval's ends may be TimeML too ("since the summer": 2022-SU/2022-10-25).
VALUE_RE = re.compile(rf"^(?:(?:{_ISO}|{_TIMEML})(?:/(?:{_ISO}|{_TIMEML}))?)$")


def _span(text: str, obj: Any, where: str, out: list[str]) -> None:
    if not isinstance(obj, dict) or not {"text", "start", "end"} <= obj.keys():
        out.append(f"{where}: not a span object")
        return
    s, e = obj["start"], obj["end"]
    if not (isinstance(s, int) and isinstance(e, int) and 0 <= s <= e <= len(text)):
        out.append(f"{where}: bad offsets {s}..{e}")
    elif text[s:e] != obj["text"]:
        out.append(f"{where}: text[{s}:{e}]={text[s:e]!r} != {obj['text']!r}")


def _keys(obj: dict, keys: tuple[str, ...], where: str, out: list[str]) -> None:
    missing = [k for k in keys if k not in obj]
    if missing:
        out.append(f"{where}: missing keys {missing}")


def violations(text: str, line: dict[str, Any]) -> list[str]:
    """Every way ``line`` (one extract output object for ``text``) breaks the interface."""
    out: list[str] = []
    if "error" in line:
        return out if "id" in line else ["error line without id"]
    _keys(line, ("id", "places", "times", "actors", "claims", "events"), "line", out)
    if out:
        return out
    for i, p in enumerate(line["places"]):
        _keys(p, PLACE_KEYS, f"places[{i}]", out)
        _span(text, p, f"places[{i}]", out)
        if p.get("precision") not in (None, 1, 2, 3, 4):
            out.append(f"places[{i}]: precision {p.get('precision')!r}")
    for i, t in enumerate(line["times"]):
        _keys(t, TIME_KEYS, f"times[{i}]", out)
        if t.get("inferred"):
            if (t.get("start"), t.get("end"), t.get("text")) != (0, 0, ""):
                out.append(f"times[{i}]: inferred time must have start=end=0 and empty text")
        else:
            _span(text, t, f"times[{i}]", out)
        if t.get("precision") not in TIME_PRECISIONS:
            out.append(f"times[{i}]: precision {t.get('precision')!r}")
        if not VALUE_RE.match(str(t.get("value"))):
            out.append(f"times[{i}]: value {t.get('value')!r} is neither ISO 8601 nor TimeML")
    for i, a in enumerate(line["actors"]):
        _keys(a, ACTOR_KEYS, f"actors[{i}]", out)
        _span(text, a, f"actors[{i}]", out)
    n_events = len(line["events"])
    for i, c in enumerate(line["claims"]):
        _keys(c, CLAIM_KEYS, f"claims[{i}]", out)
        src = c.get("source", {})
        _keys(src, ACTOR_KEYS, f"claims[{i}].source", out)
        for part in ("source", "cue", "content"):
            _span(text, c.get(part), f"claims[{i}].{part}", out)
        if src.get("kind") not in SOURCE_KINDS:
            out.append(f"claims[{i}].source.kind {src.get('kind')!r}")
        for key, allowed in (("stance", STANCES), ("certainty", CERTAINTIES), ("mode", MODES)):
            if c.get(key) not in allowed:
                out.append(f"claims[{i}].{key} {c.get(key)!r}")
        if any(not (isinstance(j, int) and 0 <= j < n_events) for j in c.get("events", [])):
            out.append(f"claims[{i}].events out of range: {c.get('events')}")
    for i, e in enumerate(line["events"]):
        _keys(e, EVENT_KEYS, f"events[{i}]", out)
        _span(text, e.get("evidence"), f"events[{i}].evidence", out)
        if e.get("polarity") not in POLARITIES:
            out.append(f"events[{i}].polarity {e.get('polarity')!r}")
        if "main" in e and not isinstance(e["main"], bool):  # added key: true or false
            out.append(f"events[{i}].main {e['main']!r}")
        for key, n in (("location", len(line["places"])), ("time", len(line["times"]))):
            j = e.get(key)
            if j is not None and not (isinstance(j, int) and 0 <= j < n):
                out.append(f"events[{i}].{key} {j!r} out of range")
        f = e.get("fatalities")
        if f is not None and not (isinstance(f, dict) and f.get("low", 0) <= f.get("best", 0)
                                  <= f.get("high", 0)):
            out.append(f"events[{i}].fatalities not low <= best <= high: {f}")
    return out
