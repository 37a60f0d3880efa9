"""Fusion rules of the twenty-eighth session, on hand-built extractions:
- an act whose own time begins over a year before its report ("the offensive that recaptured
  X in 2016", "which proxies have attempted to capture since 2014") is background and starts
  no incident (fuse.salience.long_before; read191, read192: a biography's and a war's
  background dated to the report), while an act a few weeks old does (guard);
- an act told as "previously" done, dated over a month before its report ("elements of the
  brigade previously fought in X in March", told in September), is a unit's history and
  starts no incident (fuse.salience.recalled, _weeks_before; read196: a battle at Kyiv),
  while one dated days before still does (guard);
- an attack told as failed ("retreated after attempting to advance to X") answers, as a repel
  does, a claim told within a day that the attacker took X (fuse.fusion.repel_at,
  _FAILED_TRY; read195: the claimed seizure stood undisputed), while an attack told with no
  failure answers nothing (guard);
- the writer's "reportedly" reaches the second act of its subject past a list ("reportedly
  continued to shell A, B, and C and launched an airstrike on D"), and stops at a clause with
  a subject of its own (", and Ukrainian forces struck E") (fuse.model._NEW_CLAUSE,
  _writer_adverb; read202: the airstrike asserted);
- a strike told of a kind of site across an area with no region code of its own ("precision
  strikes on railway stations in Donbas") is the strike on that kind of site at a settlement
  in it that its report told the same day, and the area probes the settlements in its reach
  (fuse.fusion._site_in_area, fuse.compat.place_cells; dev: the Kramatorsk station strike's
  claimants stood in an incident of their own), while strikes on another kind of site there
  stay apart (guard);
- a source's word on how far an advance got ("forces have not pushed Ukrainian troops across
  the river near X") names back no fighting told at X, and denies none (fuse.model.refers_to,
  _EXTENT_DENIED; read198: the sources stood as denying the offensive), while "denied that
  fighting took place near X" still answers it (guard);
- what the writer says "belies" a claim it denies ("bombardment of X belies Moscow's claims that
  its forces have secured the city") (fuse.model._CONTRARY; read205: the writer stood as
  relaying the capture);
- an act is read up to its place's first mention in its evidence ("shelled settlements
  southwest of X, indicating plans to move southward from X": the shelling, not a plan)
  (fuse.salience._lead; read207: the shelling dropped as a forecast);
- what a list of means was "used to support" was done ("used drones, rockets, and artillery
  units to support an unsuccessful offensive on X") (fuse.salience.purpose, _ACT_TO; read207:
  the attack dropped as a purpose);
- a repel answers a claimed taking at the same settlement only, not at a neighbour inside the
  match radius (fuse.fusion._answers; read212: repels at two villages across the river
  disputed a confirmed capture)."""

from __future__ import annotations

import pytest

from helpers_fuse import day, extraction, fused, month, place, source

from fogofwar.fuse.model import _HEARSAY, _writer_adverb
from fogofwar.records import REGION, SETTLEMENT, TimeValue

_TOWN = dict(geonameid=9801, name="Avdiivka", lat=48.14, lon=37.74, country_code="UA",
             admin1="Donetsk Oblast", admin2=None, feature_code="PPL", precision=SETTLEMENT,
             score=1.0)


def _span(text, first, last):
    return TimeValue(text=text, start=0, end=len(text), value=f"{first}/{last}",
                     precision="day", first=first, last=last)


def _places_fused(published, evidence, time):
    ext = extraction("r1", published, "ISW", "text", [
        dict(place=place("Avdiivka", _TOWN), time=time, evidence=evidence)])
    return {i["place"]["name"] for i in fused(ext) if i.get("place")}


def _fight(time):
    return _places_fused("2022-04-26", "which Russian proxies have attempted to capture "
                         "Avdiivka", time)


def test_an_act_begun_years_before_its_report_is_background():
    assert "Avdiivka" not in _fight(_span("since 2014", "2014-01-01", "2022-04-26"))


def test_an_act_weeks_old_starts_an_incident():
    # guard
    assert "Avdiivka" in _fight(_span("since early April", "2022-04-01", "2022-04-26"))


def _recalled(time):
    return _places_fused("2022-09-06", "elements of the brigade previously fought in Avdiivka",
                         time)


def test_a_recalled_act_months_old_is_a_units_history():
    assert "Avdiivka" not in _recalled(month("2022-03"))


def test_a_recalled_act_days_old_starts_an_incident():
    # guard
    assert "Avdiivka" in _recalled(day("2022-09-03"))


_VILLAGE = dict(geonameid=9802, name="Zorya", lat=48.39, lon=38.03, country_code="UA",
                admin1="Donetsk Oblast", admin2=None, feature_code="PPL",
                precision=SETTLEMENT, score=1.0)
_CHANNELS = source("Russian Telegram channels", "milblogger", "RU")
_GS = source("Ukrainian General Staff", "party_military", "UA")


def _claim_and_attack(evidence, where=("Zorya", _VILLAGE)):
    """The sources and stances of Zorya's claimed capture, fused with the General Staff's
    account of an attack (``evidence``) at ``where`` (its name and place) the same day."""
    capture = extraction("r1", "2022-05-28", "ISW", "text", [
        dict(sub="Non-state actor overtakes territory",
             actors=("Military Forces of Russia", "Military Forces of Ukraine"),
             place=place("Zorya", _VILLAGE), time=day("2022-05-28"),
             evidence="Russian forces seized Zorya",
             claim=(_CHANNELS, "asserts", "certain", "Russian forces seized Zorya"))])
    attack = extraction("r2", "2022-05-28", "ISW", "text", [
        dict(actors=("Military Forces of Russia", "Military Forces of Ukraine"),
             place=place(*where), time=day("2022-05-28"), evidence=evidence,
             claim=(_GS, "asserts", "certain", evidence))])
    incs = fused(capture, attack)
    taking = next(i for i in incs if i["sub_event_type"] == "Non-state actor overtakes territory")
    return {s["canonical"]: s["stance"] for s in taking["sources"]}


def test_a_failed_attack_denies_a_claimed_taking():
    stances = _claim_and_attack("Russian forces retreated after attempting to advance to Zorya")
    assert stances.get("Ukrainian General Staff") == "denies", stances


def test_an_attack_not_told_as_failed_denies_nothing():
    # guard
    stances = _claim_and_attack("Russian forces attacked Zorya")
    assert "Ukrainian General Staff" not in stances, stances


def test_hearsay_reaches_the_second_act_past_a_list():
    before = ("Russian forces reportedly continued to shell Avdiivka, Opytne, and Zorya and "
              "launched ")
    assert _writer_adverb(_HEARSAY, "an airstrike on Siversk", before)


def test_hearsay_stops_at_a_clause_with_its_own_subject():
    # guard
    before = "Russian forces reportedly shelled Avdiivka, and "
    assert not _writer_adverb(_HEARSAY, "Ukrainian forces struck Zorya", before)


_STATION_TOWN = dict(geonameid=9803, name="Kramatorsk", lat=48.73, lon=37.57, country_code="UA",
                     admin1="Donetsk Oblast", admin2=None, feature_code="PPLA2",
                     precision=SETTLEMENT, score=1.0)
_AREA = dict(geonameid=9804, name="Donets Basin", lat=48.5, lon=38.5, country_code="UA",
             admin1=None, admin2=None, feature_code="RGN", precision=REGION, score=1.0)
_MOD = source("Russian Ministry of Defense", "party_military", "RU")
_STRIKE = dict(type="Explosions/Remote violence", sub="Shelling/artillery/missile attack",
               actors=("Military Forces of Russia", None))


def _area_strikes(site_words):
    claim = f"Russian forces conducted precision strikes on {site_words} in Donbas"
    ext = extraction("r1", "2022-04-08", "ISW", "text", [
        dict(_STRIKE, place=place("Kramatorsk", _STATION_TOWN), time=day("2022-04-08"),
             evidence="a missile struck the Kramatorsk rail station"),
        dict(_STRIKE, place=place("Donbas", _AREA), time=day("2022-04-08"), evidence=claim,
             offset=60, claim=(_MOD, "asserts", "certain", claim))])
    return fused(ext)


def test_strikes_on_stations_across_an_area_are_the_towns_station_strike():
    incs = _area_strikes("railway stations")
    town = next(i for i in incs if i["place"]["name"] == "Kramatorsk")
    assert "Russian Ministry of Defense" in {s["canonical"] for s in town["sources"]}, incs


def test_strikes_on_another_kind_of_site_across_an_area_stay_apart():
    # guard
    incs = _area_strikes("ammunition depots")
    town = next(i for i in incs if i["place"]["name"] == "Kramatorsk")
    assert "Russian Ministry of Defense" not in {s["canonical"] for s in town["sources"]}, incs


def _vuhledar_sources(pipeline, second):
    from fogofwar.records import Report

    ext = pipeline.run(Report(id="r1", text="Russian forces continued offensive operations near "
                              "Vuhledar on October 31. " + second, published="2022-10-31",
                              source="ISW"))
    incs = [i for i in fused(ext) if (i.get("place") or {}).get("name") == "Vuhledar"]
    return {s["canonical"]: s["stance"] for i in incs for s in i["sources"]}


def test_how_far_an_advance_got_denies_no_fighting(pipeline):
    got = _vuhledar_sources(pipeline, "Russian sources noted that Russian forces have not "
                                      "pushed Ukrainian troops across the river near Vuhledar.")
    assert got.get("Russian sources") != "denies", got


def test_a_denial_of_the_fighting_still_answers_it(pipeline):
    # guard
    got = _vuhledar_sources(pipeline, "Russian sources denied that fighting took place near "
                                      "Vuhledar on October 31.")
    assert got.get("Russian sources") == "denies", got


def test_what_belies_a_claim_denies_it(pipeline):
    from fogofwar.records import Report

    ext = pipeline.run(Report(id="r1", text="Continued Russian bombardment of Vuhledar belies "
                              "Moscow's claims that its forces have secured the town.",
                              published="2022-05-02", source="ISW"))
    taking = [i for i in fused(ext)
              if i["sub_event_type"] == "Non-state actor overtakes territory"]
    assert taking and {s["canonical"]: s["stance"] for s in taking[0]["sources"]}.get(
        "Institute for the Study of War") == "denies", taking


@pytest.fixture(scope="module")
def hand_pipeline():
    """The pipeline over a hand-made gazetteer of the towns these sentences name."""
    from fogofwar.geo.index import GazetteerIndex, NewPlace
    from fogofwar.geo.stage import PlaceStage
    from fogofwar.pipeline import Pipeline

    idx = GazetteerIndex.memory()
    idx.replace_source("test", [
        NewPlace(9871, "Izyum", 49.21, 37.26, "UA", "07", fcode="PPLA2", population=46_000),
        NewPlace(9872, "Dovhenke", 49.01, 37.30, "UA", "07", fcode="PPL", population=600)])
    p = Pipeline()
    p.place_stage = PlaceStage(idx)
    return p


_DAY_LEAD = "Russian forces continued offensive operations in eastern Ukraine on May 17.\n\n"


def _incidents_of(pipeline, text, published="2022-05-18"):
    from fogofwar.records import Report

    ext = pipeline.run(Report(id="r1", text=_DAY_LEAD + text, published=published,
                              source="ISW"))
    return [(i["sub_event_type"], (i.get("place") or {}).get("name")) for i in fused(ext)]


def test_an_act_is_read_up_to_its_places_first_mention(hand_pipeline):
    got = _incidents_of(hand_pipeline, "Russian troops shelled frontline settlements southwest "
                                       "of Izyum, indicating continued Russian plans to move "
                                       "southward from Izyum toward the oblast border.")
    assert ("Shelling/artillery/missile attack", "Izyum") in got, got


def test_what_means_were_used_to_support_was_done(hand_pipeline):
    got = _incidents_of(hand_pipeline, "Russian forces used drones, rockets, and artillery units "
                                       "to support an unsuccessful offensive on Dovhenke.")
    assert ("Armed clash", "Dovhenke") in got, got


_NEIGHBOUR = dict(geonameid=9809, name="Zorivka", lat=48.41, lon=38.05, country_code="UA",
                  admin1="Donetsk Oblast", admin2=None, feature_code="PPL",
                  precision=SETTLEMENT, score=1.0)


def test_a_repel_at_a_neighbour_answers_no_taking():
    stances = _claim_and_attack("Ukrainian forces repelled Russian assaults near Zorivka",
                                where=("Zorivka", _NEIGHBOUR))
    assert "Ukrainian General Staff" not in stances, stances
