"""Fusion rules of the twenty-eighth session, on hand-built extractions:
- an act whose own time begins over a year before its report ("the offensive that recaptured
  X in 2016", "which proxies have attempted to capture since 2014") is background and starts
  no incident (fuse.salience.long_before; read191, read192: a biography's and a war's
  background dated to the report), while an act a few weeks old does (guard);
- an act told as "previously" done, dated over a month before its report ("elements of the
  brigade previously fought in X in March", told in September), is a unit's history and
  starts no incident (fuse.salience.recalled, _weeks_before; read196: a battle at Kyiv),
  while one dated days before still does (guard)."""

from __future__ import annotations

from helpers_fuse import day, extraction, fused, month, place

from fogofwar.records import SETTLEMENT, TimeValue

_TOWN = dict(geonameid=9801, name="Avdiivka", lat=48.14, lon=37.74, country_code="UA",
             admin1="Donetsk Oblast", admin2=None, feature_code="PPL", precision=SETTLEMENT,
             score=1.0)


def _span(text, first, last):
    return TimeValue(text=text, start=0, end=len(text), value=f"{first}/{last}",
                     precision="day", first=first, last=last)


def _fight(time):
    ext = extraction("r1", "2022-04-26", "ISW", "text", [
        dict(place=place("Avdiivka", _TOWN), time=time,
             evidence="which Russian proxies have attempted to capture Avdiivka")])
    return {i["place"]["name"] for i in fused(ext) if i.get("place")}


def test_an_act_begun_years_before_its_report_is_background():
    assert "Avdiivka" not in _fight(_span("since 2014", "2014-01-01", "2022-04-26"))


def test_an_act_weeks_old_starts_an_incident():
    # guard
    assert "Avdiivka" in _fight(_span("since early April", "2022-04-01", "2022-04-26"))


def _recalled(time):
    ext = extraction("r1", "2022-09-06", "ISW", "text", [
        dict(place=place("Avdiivka", _TOWN), time=time,
             evidence="elements of the brigade previously fought in Avdiivka")])
    return {i["place"]["name"] for i in fused(ext) if i.get("place")}


def test_a_recalled_act_months_old_is_a_units_history():
    assert "Avdiivka" not in _recalled(month("2022-03"))


def test_a_recalled_act_days_old_starts_an_incident():
    # guard
    assert "Avdiivka" in _recalled(day("2022-09-03"))
