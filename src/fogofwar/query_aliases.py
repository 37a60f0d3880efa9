"""What an analyst types into ``--place`` and ``--source``, resolved before the query runs.

``--place "Donetsk Oblast"``, ``"Donetska oblast"`` and ``"Donetsk region"`` name one admin-1
area: the gazetteer says which (its ADM1 entries with their main, alternate and derived
names; see geo/index.py), and the filter then matches every stored place in that area,
whatever the name the store holds for it ("Donetsk" from the default gazetteer, "Donetsk
Oblast" from the GeoNames dump). ``--source "Ministry of Defense"`` also matches the other
spelling ("Ministry of Defence") and the canonical source name (claims/canonical.py).

Both return plain values for ``store.Filters`` (``place_areas``: the stored (country code,
admin-1 name) pairs; ``source_terms``: the extra substrings), so the store knows nothing of
the gazetteer or the source registry.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from typing import Iterable

from .geo.names import key, region_stems
from .store.db import Database
from .store.rows import Filters


@dataclass(frozen=True)
class Admin1:
    """One admin-1 area: its country, GeoNames admin-1 code and every key it is called by."""

    cc: str
    code: str
    keys: frozenset[str]


def _bare(name: str) -> set[str]:
    """A name's key and its bare region stems: "Donetsk Oblast" -> {"donetsk oblast", "donetsk"}."""
    k = key(name)
    return ({k} if k else set()) | region_stems(name)


def _open_gazetteer():
    from .geo.index import GazetteerIndex, default_path

    path = default_path()
    if not path.exists():
        return None
    try:
        return GazetteerIndex.open(path)
    except Exception:  # noqa: BLE001 - no usable gazetteer: the filter matches names only
        return None


def admin1_areas(text: str, gazetteer=None) -> list[Admin1]:
    """The admin-1 areas ``text`` names, by the gazetteer's names of its ADM1 entries: the
    whole text first ("Belgorod Oblast"), then its bare stems ("Donetska oblast",
    "Donetsk region" -> "donetsk"). Empty when nothing names an admin-1 area (or there is
    no gazetteer)."""
    own = gazetteer is None
    gaz = _open_gazetteer() if own else gazetteer
    if gaz is None or not text or not text.strip():
        return []
    try:
        whole = key(text)
        stems = sorted(region_stems(text) - {whole}, key=len, reverse=True)
        found = gaz.lookup([whole, *stems])
        for k in (whole, *stems):
            entries = [e for e, _kind in found.get(k, ()) if e.is_admin1]
            if entries:
                return [_area(gaz, e.cc, e.admin1) for e in
                        sorted({(e.cc, e.admin1): e for e in entries}.values(),
                               key=lambda e: (e.cc, e.admin1))]
        return []
    finally:
        if own:
            gaz.close()


def _area(gaz, cc: str, code: str) -> Admin1:
    """Every key of one admin-1 area: its ADM1 entries' names (main, alternate, derived)
    and its English admin name."""
    rows = gaz.conn.execute(
        "SELECT n.key, p.name FROM place p JOIN name n ON n.place = p.id"
        " WHERE p.cc = ? AND p.admin1 = ? AND p.fcode = 'ADM1'", (cc, code)).fetchall()
    keys: set[str] = set()
    for k, name in rows:
        if not k.startswith("~"):  # loose keys are lookup aids, not names
            keys.add(k)
        keys |= _bare(name)
    name = gaz.admin_name(cc, code)
    if name:
        keys |= _bare(name)
    return Admin1(cc, code, frozenset(keys))


def stored_admin1(db: Database, areas: Iterable[Admin1]) -> tuple[tuple[str, str], ...]:
    """The (country code, admin-1 name) pairs the store holds for ``areas``: the admin-1
    names of its places in each area's country, and the names of its admin-1 places,
    whose key or bare stem is one of the area's."""
    out: set[tuple[str, str]] = set()
    for a in areas:
        names = {r["v"] for r in db.query(
            "SELECT DISTINCT admin1 AS v FROM places WHERE country_code = ? AND admin1 IS NOT NULL",
            (a.cc,))}
        names |= {r["v"] for r in db.query(
            "SELECT DISTINCT name AS v FROM places WHERE country_code = ? AND feature_code = 'ADM1'"
            " AND name IS NOT NULL", (a.cc,))}
        out |= {(a.cc, n) for n in names if _bare(n) & a.keys}
    return tuple(sorted(out))


# One spelling of a word against the other, for source names typed either way.
_SPELLINGS = (("defence", "defense"), ("centre", "center"), ("programme", "program"))


def source_terms(text: str) -> tuple[str, ...]:
    """Other ways the store may hold the source ``text`` names: the other spelling
    ("Ministry of Defence" for "Ministry of Defense") and the canonical name
    ("Russian MoD" -> "Russian Ministry of Defense")."""
    from .claims.canonical import canonical_source

    t = " ".join((text or "").split())
    if not t:
        return ()
    terms = [t]
    low = t.lower()
    for a, b in _SPELLINGS:
        for x, y in ((a, b), (b, a)):
            if x in low:
                terms.append(low.replace(x, y))
    try:
        canon = canonical_source(t, "other", None)
    except Exception:  # noqa: BLE001 - the registry is an aid, never a reason to fail
        canon = None
    if canon is not None and canon.canonical:
        terms.append(canon.canonical)
    seen: dict[str, str] = {}
    for x in terms[1:]:
        if x.lower() != low:
            seen.setdefault(x.lower(), x)
    return tuple(seen.values())


def resolve_filters(db: Database, f: Filters, gazetteer=None) -> Filters:
    """``f`` with its place resolved to admin-1 areas and its source to other spellings."""
    changes = {}
    if f.place:
        areas = admin1_areas(f.place, gazetteer)
        if areas:
            changes["place_areas"] = stored_admin1(db, areas)
    if f.source:
        changes["source_terms"] = source_terms(f.source)
    return replace(f, **changes) if changes else f
