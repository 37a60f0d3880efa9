"""Fusion rules of the twenty-seventh session, on hand-built extractions:
- a river is no incident's place: an act placed only on a stream starts no incident (fuse.
  salience.not_salient, _STREAM_CODES; read182: four incidents "at the Dnieper" from presence
  and preparation told along it), while an act at a settlement does (guard);
- a raion the gazetteer gives no code of its own is that raion: a strike there does not
  restate the oblast's settlements (fuse.salience.restates_settled; read181: the Henichesk
  Raion strike dropped as a restatement), while a raion with the settlement's code does
  (guard)."""

from __future__ import annotations

from helpers_fuse import day, extraction, fused, place

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
