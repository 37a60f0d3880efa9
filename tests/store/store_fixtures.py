"""Store fixtures: the same tests run on in-memory SQLite and on PostgreSQL.

Imported by the test modules (not a conftest.py: a second module named ``conftest`` would
shadow ``from conftest import ...`` of tests/conftest.py in other folders).

PostgreSQL runs use the server at ``FOGOFWAR_TEST_PG`` (default
postgresql://127.0.0.1:5432/test) inside a schema made for this test session and dropped
afterwards, so parallel runs never see each other's rows.
"""

from __future__ import annotations

import pytest
from pg_schema import throwaway_schema

from fogofwar.records import (Actor, Claim, Event, Extraction, Fatalities, Place, Report, Span,
                              TimeValue)


@pytest.fixture(scope="session")
def pg_schema_url():
    """A fresh, uniquely named schema for this session; yields a URL that uses it."""
    with throwaway_schema("fow_test") as url:
        yield url


def _clear_pg(store) -> None:
    rows = store.db.query(
        "SELECT table_name FROM information_schema.tables"
        " WHERE table_schema = current_schema() AND table_name <> 'schema_migrations'")
    if rows:
        names = ", ".join(f'"{r["table_name"]}"' for r in rows)
        store.db.execute(f"TRUNCATE {names} CASCADE")


@pytest.fixture(params=["sqlite", pytest.param("postgres", marks=pytest.mark.postgres)])
def store(request):
    from fogofwar.store import Store

    if request.param == "sqlite":
        s = Store.open(":memory:")
    else:
        s = Store.open(request.getfixturevalue("pg_schema_url"))
        _clear_pg(s)
    try:
        yield s
    finally:
        s.close()


def _span(text: str, needle: str, after: int = 0) -> Span:
    i = text.index(needle, after)
    return Span(needle, i, i + len(needle))


def build_extraction(rid: str = "r1", published: str | None = "2025-04-08",
                     source: str | None = "Wire A", village: str = "Demidovka",
                     extra: str = "") -> Extraction:
    """A small, internally consistent extraction with real offsets into its text."""
    text = (f"The General Staff said Russian forces shelled {village} on 12 March. "
            f"The Russian Ministry of Defence denied any fighting in March. {extra}").strip()
    report = Report(id=rid, text=text, published=published, source=source)
    p = _span(text, village)
    place = Place(p.text, p.start, p.end, 101, village, 50.9, 35.9, "RU", "Belgorod Oblast",
                  "Krasnoyaruzhsky District", "PPL", 1, 0.9)
    t1 = _span(text, "12 March")
    t2 = _span(text, "March", t1.end)
    times = (TimeValue(t1.text, t1.start, t1.end, "2025-03-12", "day"),
             TimeValue(t2.text, t2.start, t2.end, "2025-03", "month"))
    gs = _span(text, "General Staff")
    mod = _span(text, "Russian Ministry of Defence")
    rf = _span(text, "Russian forces")
    actors = (Actor(gs.text, gs.start, gs.end, "General Staff of Ukraine", "party_military", "UA"),
              Actor(mod.text, mod.start, mod.end, "Ministry of Defence of Russia",
                    "party_military", "RU"),
              Actor(rf.text, rf.start, rf.end, "Military Forces of Russia", "military", "RU"))
    shelled = _span(text, "shelled")
    fighting = _span(text, "fighting")
    events = (
        Event("Explosions/Remote violence", "Shelling/artillery/missile attack",
              "Military Forces of Russia", None, 0, 0, Fatalities(0, 1, 2), "positive", shelled),
        Event("Battles", "Armed clash", None, None, 0, 1, None, "negative", fighting,
              modality="denied", location_precision=2),
    )
    said = _span(text, "said")
    denied = _span(text, "denied")
    content1 = _span(text, f"Russian forces shelled {village} on 12 March")
    content2 = _span(text, "any fighting in March")
    claims = (
        Claim(actors[0], said, content1, "asserts", "certain", "indirect", (0,)),
        Claim(actors[1], denied, content2, "denies", "certain", "indirect", (1,)),
    )
    return Extraction(report=report, places=(place,), times=times, actors=actors,
                      claims=claims, events=events)


@pytest.fixture
def make_extraction():
    return build_extraction
