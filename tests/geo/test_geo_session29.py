"""Place rules of the twenty-ninth session, on sentences written here and hand-made places:
- a name the writer calls a city ("Mykolaiv City") at the end of a strike list whose other
  towns lie together 200 km off is the city, no stray of the list, and holds against a
  fallback to a region (geo.resolve._strays_of_lists ``cities``, _city_of_name; read220: the
  list's oblast took it, and the strike was lost)."""

from __future__ import annotations

from hand_gazetteer import UKRAINE, located, stage_fixture

from fogofwar.geo.index import NewPlace


def _region(gid: int, name: str, lat: float, lon: float, a1: str, pop: int) -> NewPlace:
    return NewPlace(gid, name, lat, lon, "UA", a1, fclass="A", fcode="ADM1", population=pop)


_STRIKES = [
    UKRAINE,
    _region(9901, "Dnipropetrovsk Oblast", 48.47, 35.03, "04", 3_200_000),
    _region(9902, "Mykolayiv Oblast", 46.97, 32.00, "16", 1_100_000),
    NewPlace(9903, "Nikopol", 47.57, 34.39, "UA", "04", fcode="PPLA2", population=110_000),
    NewPlace(9904, "Marhanets", 47.64, 34.63, "UA", "04", fcode="PPL", population=45_000),
    NewPlace(9905, "Pokrov", 47.65, 34.10, "UA", "04", fcode="PPL", population=38_000),
    NewPlace(9906, "Mykolaiv", 46.98, 31.99, "UA", "16", fcode="PPLA", population=470_000),
    NewPlace(9907, "Mykolaivka", 47.60, 34.50, "UA", "04", fcode="PPL", population=300),
]
strikes = stage_fixture(_STRIKES, "strikes")


def test_a_city_named_last_in_a_strike_list_is_the_city(nlp, strikes):
    got = located(nlp, strikes, "Ukrainian officials said that Russian forces struck Pokrov, "
                                "Marhanets, Nikopol, and Mykolaiv City on October 20.")
    assert got.get("Mykolaiv") is not None and got["Mykolaiv"].geonameid == 9906, got
