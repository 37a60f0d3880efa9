"""Filters are bound, never formatted into SQL, and their LIKE wildcards are literal
(issue 16, item 5): ``--source %`` finds sources holding a percent sign, not every one.
The same on SQLite and PostgreSQL, Unicode case folding included."""

from __future__ import annotations

import pytest

from store_fixtures import build_extraction, pg_schema_url, store  # noqa: F401  (fixtures)
from fogofwar.store import Filters
from fogofwar.store.like import contains, escape_like

SOURCES = {"r-plain": "Wire A", "r-pct": "100% News", "r-us": "under_score wire",
           "r-bs": "back\\slash", "r-sql": "O'Brien'; DROP TABLE reports; --",
           "r-uni": "Министерство обороны"}


@pytest.fixture
def filled(store):
    for rid, source in SOURCES.items():
        village = "D'Artagnan" if rid == "r-sql" else "Demidovka"
        assert store.save(build_extraction(rid, source=source, village=village,
                                           extra=rid)).status == "stored"
    return store


def _reports(store, **kw) -> set[str]:
    return {r.report.id for r in store.reports(Filters(**kw))}


def _events(store, **kw) -> set[str]:
    return {r.report_id for r in store.events(Filters(**kw))}


def _claims(store, **kw) -> set[str]:
    return {r.report_id for r in store.claims(Filters(**kw))}


@pytest.mark.parametrize("value, expected", [
    ("%", {"r-pct"}), ("_", {"r-us"}), ("\\", {"r-bs"}), ("0%", {"r-pct"}),
    ("r_s", {"r-us"}), ("e_s", set()), ("w%e", set()), ("%%", set()), ("__", set()),
    ("o'brien'; drop table reports; --", {"r-sql"}), ("'", {"r-sql"}),
    ("министерство", {"r-uni"}), ("ОБОРОНЫ", {"r-uni"}), ("wire", {"r-plain", "r-us"}),
    # a NUL cut SQLite's pattern to '%' (every source); PostgreSQL refused it
    ("\x00", set()), ("wire\x00", set()),
])
def test_source_filter_is_literal_on_every_query(filled, value, expected):
    assert _reports(filled, source=value) == expected
    assert _events(filled, source=value) == expected
    assert _claims(filled, source=value) == expected
    assert filled.count("reports") == len(SOURCES)


@pytest.mark.parametrize("value, expected", [
    ("%", set()), ("_", set()), ("belgorod%", set()), ("b_lgorod", set()),
    ("belgorod", set(SOURCES)), ("krasnoyaruzhsky", set(SOURCES)),
    ("d'artagnan", {"r-sql"}), ("'; DROP TABLE places; --", set()), ("ru", set(SOURCES)),
    ("\x00", set()), ("belgorod\x00", set()),
])
def test_place_filter_is_literal_on_every_query(filled, value, expected):
    assert _reports(filled, place=value) == expected
    assert _events(filled, place=value) == expected
    assert _claims(filled, place=value) == expected
    assert filled.count("places") == len(SOURCES)


@pytest.mark.parametrize("field", ["event_type", "since", "until"])
def test_other_filters_survive_hostile_text(filled, field):
    value = "2025-03-01" if field != "event_type" else "'; DROP TABLE events; --"
    filled.reports(Filters(**{field: value}))
    assert list(filled.events(Filters(**{field: value}))) is not None
    assert filled.count("events") == 2 * len(SOURCES)


@pytest.mark.parametrize("field", ["event_type", "report_ids"])
def test_a_nul_in_any_filter_matches_nothing(filled, field):
    value = ("r-sql\x00",) if field == "report_ids" else "Battles\x00"
    assert _reports(filled, **{field: value}) == set()
    assert _events(filled, **{field: value}) == set()


def test_report_ids_filter_is_bound(filled):
    assert _reports(filled, report_ids=("r-sql", "x') OR ('1'='1")) == {"r-sql"}


def test_like_helpers():
    assert escape_like("a%b_c\\d") == "a\\%b\\_c\\\\d"
    assert contains("A%") == "%a\\%%"
