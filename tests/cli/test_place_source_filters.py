"""Place and source filters as analysts type them (issue 15): an admin-1 area by any of its
gazetteer names matches every stored place in it whatever name the store holds for the
area; a source in either spelling or by its canonical name; `incidents` takes the filters
of `events`; lists are newest first and take --limit."""

from __future__ import annotations

import json

import pytest

from cli_fixtures import cli, fake, pg_url  # noqa: F401  (fixtures)
from fogofwar.geo.index import GazetteerIndex, NewPlace
from fogofwar.geo.names import region_stems
from fogofwar.records import (Actor, Claim, Event, Extraction, Place, Report, Span,
                              TimeValue)
from fogofwar.store import Store


def _adm1(name, cc, code, lat, lon, alts=()):
    return NewPlace(None, name, lat, lon, cc, code, "", "A", "ADM1", 0, tuple(alts),
                    tuple(region_stems(name) | {s for a in alts for s in region_stems(a)}))


@pytest.fixture
def gazetteer(tmp_path, monkeypatch):
    """A tiny gazetteer: Donetsk and Zaporizhzhia oblasts (with alternate names), the city
    of Donetsk, and Rostov Oblast."""
    path = tmp_path / "gaz.sqlite"
    gaz = GazetteerIndex.open(path, create=True)
    gaz.replace_source("default", [
        _adm1("Donetsk Oblast", "UA", "05", 48.0, 37.8, ["Donetska oblast", "Donets'ka Oblast'"]),
        _adm1("Zaporizhzhia Oblast", "UA", "26", 47.5, 35.8, ["Zaporizka oblast"]),
        _adm1("Rostov Oblast", "RU", "61", 47.5, 40.5, ["Rostovskaya oblast"]),
        NewPlace(709717, "Donetsk", 48.0, 37.8, "UA", "05", "", "P", "PPLA", 900000),
    ], [("UA", "05", "", "Donetsk"), ("UA", "26", "", "Zaporizhzhia"), ("RU", "61", "", "Rostov")])
    gaz.close()
    monkeypatch.setenv("FOGOFWAR_GAZETTEER", str(path))
    return path


# (report id, published, place name, country, admin1 as stored, source canonical, type)
ROWS = [
    ("r-kost", "2025-03-10", "Kostiantynivka", "UA", "Donetsk", "Ministry of Defence of Ukraine",
     ("Battles", "Armed clash")),
    ("r-pokr", "2025-03-12", "Pokrovsk", "UA", "Donetsk Oblast", "Russian Ministry of Defense",
     ("Explosions/Remote violence", "Shelling/artillery/missile attack")),
    ("r-zap", "2025-03-11", "Orikhiv", "UA", "Zaporizhzhia", "Ukrainian General Staff",
     ("Battles", "Armed clash")),
    ("r-ros", "2025-03-09", "Kuibysheve", "RU", "Rostov", "Russian Ministry of Defense",
     ("Explosions/Remote violence", "Shelling/artillery/missile attack")),
]


def _save(db):
    with Store.open(db) as s:
        for i, (rid, day, name, cc, a1, canon, (etype, sub)) in enumerate(ROWS):
            text = f"{canon} said fighting in {name} on {day}."
            ps = text.index(name)
            place = Place(name, ps, ps + len(name), 100 + i, name, 48.0 + i / 10, 37.0, cc, a1,
                          None, "PPL", 1, 1.0)
            ts = text.index(day)
            time = TimeValue(day, ts, ts + 10, day, "day", first=day, last=day)
            fs = text.index("fighting")
            ev = Event(etype, sub, None, None, 0, 0, None, "positive",
                       Span("fighting", fs, fs + 8))
            src = Actor(canon, 0, len(canon), canon, "party_military", cc)
            cue = text.index("said")
            claim = Claim(src, Span("said", cue, cue + 4), Span(text[cue + 5:], cue + 5, len(text)),
                          "asserts", "certain", "indirect", (0,))
            s.save(Extraction(report=Report(id=rid, text=text, published=day, source="Wire"),
                              places=(place,), times=(time,), actors=(src,), claims=(claim,),
                              events=(ev,)))


@pytest.fixture
def db(tmp_path, gazetteer):
    path = str(tmp_path / "t.db")
    _save(path)
    return path


def _event_reports(cli, db, *args):
    r = cli("events", "--db", db, "--format", "json", *args)
    assert r.exit_code == 0, r.output
    return [e["report_id"] for e in json.loads(r.stdout)]


@pytest.mark.parametrize("typed", ["Donetsk Oblast", "Donetska oblast", "Donetsk region",
                                   "donets'ka oblast'", "DONETSK OBLAST"])
def test_admin1_by_any_name_matches_every_place_in_it(cli, db, typed):
    # the store holds the area as "Donetsk" (default gazetteer) and "Donetsk Oblast" (dump)
    assert sorted(_event_reports(cli, db, "--place", typed)) == ["r-kost", "r-pokr"]


def test_other_admin1_areas_and_plain_names(cli, db):
    assert _event_reports(cli, db, "--place", "Zaporizhzhia Oblast") == ["r-zap"]
    assert _event_reports(cli, db, "--place", "Zaporizka oblast") == ["r-zap"]
    assert _event_reports(cli, db, "--place", "Rostov region") == ["r-ros"]
    assert _event_reports(cli, db, "--place", "Pokrovsk") == ["r-pokr"]
    assert _event_reports(cli, db, "--place", "Nowhere Oblast") == []
    # claims and reports take the same place filter
    r = cli("reports", "--db", db, "--format", "json", "--place", "Donetsk region")
    assert sorted(x["id"] for x in json.loads(r.stdout)) == ["r-kost", "r-pokr"]
    r = cli("claims", "--db", db, "--format", "json", "--place", "Donetska oblast")
    assert sorted(x["report_id"] for x in json.loads(r.stdout)) == ["r-kost", "r-pokr"]


def test_without_a_gazetteer_the_place_filter_still_matches_names(cli, tmp_path, monkeypatch):
    monkeypatch.setenv("FOGOFWAR_GAZETTEER", str(tmp_path / "missing.sqlite"))
    path = str(tmp_path / "t.db")
    _save(path)
    assert _event_reports(cli, path, "--place", "Donetsk Oblast") == ["r-pokr"]


def test_source_in_either_spelling_and_by_canonical_name(cli, db):
    assert sorted(_event_reports(cli, db, "--source", "Ministry of Defense")) == [
        "r-kost", "r-pokr", "r-ros"]
    assert _event_reports(cli, db, "--source", "Ministry of Defence of Ukraine") == ["r-kost"]
    assert _event_reports(cli, db, "--source", "Ministry of Defense of Ukraine") == ["r-kost"]
    # "Russian MoD" is the canonical "Russian Ministry of Defense"
    assert sorted(_event_reports(cli, db, "--source", "Russian MoD")) == ["r-pokr", "r-ros"]
    r = cli("claims", "--db", db, "--format", "json", "--source", "Ministry of Defense")
    assert len(json.loads(r.stdout)) == 3


def test_lists_are_newest_first_with_limit(cli, db):
    assert _event_reports(cli, db) == ["r-pokr", "r-zap", "r-kost", "r-ros"]
    assert _event_reports(cli, db, "--limit", "2") == ["r-pokr", "r-zap"]
    r = cli("reports", "--db", db, "--format", "json", "--limit", "1")
    assert [x["id"] for x in json.loads(r.stdout)] == ["r-pokr"]


def _incidents(cli, db, *args):
    r = cli("incidents", "--db", db, "--format", "json", *args)
    assert r.exit_code == 0, r.output
    return [i["events"][0].split(":")[0] for i in json.loads(r.stdout)]


def test_incidents_take_the_events_filters(cli, db):
    assert _incidents(cli, db) == ["r-pokr", "r-zap", "r-kost", "r-ros"]
    assert _incidents(cli, db, "--place", "Donetsk region") == ["r-pokr", "r-kost"]
    assert _incidents(cli, db, "--place", "Donetska oblast", "--type", "Battles") == ["r-kost"]
    assert _incidents(cli, db, "--source", "Ministry of Defense") == ["r-pokr", "r-kost", "r-ros"]
    assert _incidents(cli, db, "--since", "2025-03-10", "--until", "2025-03-11") == [
        "r-zap", "r-kost"]
    assert _incidents(cli, db, "--limit", "1") == ["r-pokr"]
    assert _incidents(cli, db, "--grade", "6", "--status", "reported", "--limit", "2") == [
        "r-pokr", "r-zap"]
    r = cli("incidents", "--db", db, "--since", "March")
    assert r.exit_code != 0 and "not an ISO date" in r.output
    r = cli("incidents", "--db", db, "--place", "Donetsk Oblast")
    assert r.exit_code == 0 and len(r.stdout.splitlines()) == 3
