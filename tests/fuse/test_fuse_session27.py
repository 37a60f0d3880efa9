"""Fusion rules of the twenty-seventh session, on hand-built extractions:
- a river is no incident's place: an act placed only on a stream starts no incident (fuse.
  salience.not_salient, _STREAM_CODES; read182: four incidents "at the Dnieper" from presence
  and preparation told along it), while an act at a settlement does (guard);
- a raion the gazetteer gives no code of its own is that raion: a strike there does not
  restate the oblast's settlements (fuse.salience.restates_settled; read181: the Henichesk
  Raion strike dropped as a restatement), while a raion with the settlement's code does
  (guard);
- "forces repelled assaults near X" told within a day of a claim that the repelled side took
  X joins X's change-of-control story as a denial, and stays the fighting it tells (fuse.
  fusion._taking_answered, _repels_answering, grade._repelled_there; read181: the capture
  claim stood undisputed), while a repel days later, or one of the other side's attack,
  answers nothing (guards);
- what "these strikes may suggest that" allows is no event (fuse.salience._MAY_INDICATE;
  read185: a fight at the town the writer guessed forces were heading for), while what a
  source "said that" is (guard)."""

from __future__ import annotations

from helpers_fuse import day, extraction, fused, place, source

from fogofwar.records import REGION, SETTLEMENT

_RIVER = dict(geonameid=9771, name="Dnieper", lat=46.75, lon=33.10, country_code="UA",
              admin1=None, admin2=None, feature_code="STM", precision=REGION, score=1.0)
_TOWN = dict(geonameid=9772, name="Nova Kakhovka", lat=46.76, lon=33.37, country_code="UA",
             admin1="Kherson Oblast", admin2="6524", feature_code="PPL", precision=SETTLEMENT,
             score=1.0)
_RAION_NO_CODE = dict(geonameid=9773, name="Henichesk Raion", lat=46.17, lon=34.82,
                      country_code="UA", admin1="Kherson Oblast", admin2=None,
                      feature_code="ADM2", precision=REGION, score=1.0)
_RAION_OF_TOWN = dict(geonameid=9774, name="Kakhovka Raion", lat=46.80, lon=33.50,
                      country_code="UA", admin1="Kherson Oblast", admin2="6524",
                      feature_code="ADM2", precision=REGION, score=1.0)

_STRIKE = dict(type="Explosions/Remote violence", sub="Shelling/artillery/missile attack")


def _places(incs):
    return {i["place"]["name"] for i in incs if i.get("place")}


def test_an_act_placed_on_a_river_starts_no_incident():
    ext = extraction("r1", "2022-10-27", "ISW", "text", [
        dict(place=place("Dnipro River", _RIVER), time=day("2022-10-27"),
             evidence="defensive operations along the Dnipro River")])
    assert "Dnieper" not in _places(fused(ext)), fused(ext)


def test_an_act_at_a_town_starts_an_incident():
    ext = extraction("r1", "2022-10-27", "ISW", "text", [
        dict(place=place("Nova Kakhovka", _TOWN), time=day("2022-10-27"),
             evidence="fighting in Nova Kakhovka")])
    assert "Nova Kakhovka" in _places(fused(ext)), fused(ext)


def _strikes(raion):
    return extraction("r1", "2022-09-20", "ISW", "text", [
        dict(_STRIKE, place=place("Nova Kakhovka", _TOWN), time=day("2022-09-20"),
             evidence="struck a depot in Nova Kakhovka"),
        dict(_STRIKE, place=place(raion["name"], raion), time=day("2022-09-20"),
             evidence=f"struck concentrations in {raion['name']}")])


def test_a_raion_without_its_own_code_is_no_restatement():
    assert "Henichesk Raion" in _places(fused(_strikes(_RAION_NO_CODE))), \
        fused(_strikes(_RAION_NO_CODE))


def test_the_raion_of_the_struck_town_restates_it():
    assert "Kakhovka Raion" not in _places(fused(_strikes(_RAION_OF_TOWN))), \
        fused(_strikes(_RAION_OF_TOWN))


_VILLAGE = dict(geonameid=9781, name="Zorya", lat=48.39, lon=38.03, country_code="UA",
                admin1="Donetsk Oblast", admin2=None, feature_code="PPL",
                precision=SETTLEMENT, score=1.0)
_DNR = source("Donetsk People's Republic", "party_official", "RU")
_GS = source("Ukrainian General Staff", "party_military", "UA")


def _capture_and_repel(repel_day, attacker="Military Forces of Russia",
                       defender="Military Forces of Ukraine", repel_first=False):
    capture = extraction("r1", "2022-09-20", "ISW", "text", [
        dict(sub="Non-state actor overtakes territory",
             actors=("DNR: Donetsk People's Republic", "Military Forces of Ukraine"),
             place=place("Zorya", _VILLAGE), time=day("2022-09-20"),
             evidence="DNR forces captured Zorya",
             claim=(_DNR, "asserts", "certain", "DNR forces captured Zorya"))])
    repel = extraction("r2", repel_day, "ISW", "text", [
        dict(actors=(attacker, defender), place=place("Zorya", _VILLAGE), time=day(repel_day),
             evidence="Ukrainian forces repelled Russian assaults near Zorya",
             claim=(_GS, "asserts", "certain",
                    "Ukrainian forces repelled Russian assaults near Zorya"))])
    return fused(repel, capture) if repel_first else fused(capture, repel)


def _capture(incs):
    return next(i for i in incs if i["sub_event_type"] == "Non-state actor overtakes territory")


def _stances(inc):
    return {s["canonical"]: s["stance"] for s in inc["sources"]}


def test_a_repel_the_day_of_a_claimed_capture_denies_it():
    incs = _capture_and_repel("2022-09-20")
    assert _stances(_capture(incs)).get("Ukrainian General Staff") == "denies", incs
    assert _capture(incs)["status"] == "disputed", _capture(incs)
    # (the repel is still the fighting it tells)
    assert any(i["sub_event_type"] == "Armed clash" for i in incs), incs


def test_a_repel_days_later_answers_no_capture():
    incs = _capture_and_repel("2022-09-26")
    assert "Ukrainian General Staff" not in _stances(_capture(incs)), incs


def test_the_takers_own_repel_denies_nothing():
    incs = _capture_and_repel("2022-09-20", attacker="Military Forces of Ukraine",
                              defender="Military Forces of Russia")
    assert "Ukrainian General Staff" not in _stances(_capture(incs)), incs


def test_a_repel_told_before_the_claim_denies_it_too():
    incs = _capture_and_repel("2022-09-20", repel_first=True)
    assert _stances(_capture(incs)).get("Ukrainian General Staff") == "denies", incs


def _after(lead):
    text = lead + "Russian forces are advancing on Nova Kakhovka."
    return extraction("r1", "2022-07-07", "ISW", text, [
        dict(place=place("Nova Kakhovka", _TOWN), time=day("2022-07-07"), offset=len(lead),
             evidence="Russian forces are advancing on Nova Kakhovka")])


def test_what_may_suggest_that_allows_is_no_event():
    incs = fused(_after("Shelling hit the area on July 6. These strikes may suggest that "))
    assert not incs, incs


def test_what_a_source_says_that_tells_is_an_event():
    incs = fused(_after("Shelling hit the area on July 6. The regional governor said that "))
    assert incs, incs
