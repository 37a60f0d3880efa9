"""The belgorod article end to end, with the UA dump and the RU postal dump added from
../shared/data/geonames into a fresh index (skipped where ../shared is absent)."""

import pytest

from fogofwar.geodesy import haversine_km
from fogofwar.records import REGION


@pytest.fixture(scope="module")
def ua_ru_stage(shared_data, tmp_path_factory):
    from fogofwar.geo.build import add_sources, build_default_index
    from fogofwar.geo.stage import PlaceStage

    path = tmp_path_factory.mktemp("gaz") / "gazetteer.sqlite"
    build_default_index(path)
    add_sources(["UA", "RU-postal"], shared_data / "geonames", path)
    return PlaceStage.load(str(path))


@pytest.mark.slow
@pytest.mark.shared
def test_belgorod_places(nlp, belgorod_text, ua_ru_stage):
    places = ua_ru_stage(nlp(belgorod_text))
    for p in places:
        assert belgorod_text[p.start:p.end] == p.text
    demidovka = [p for p in places if p.text == "Demidovka"]
    assert demidovka and all(p.lat is not None for p in demidovka)
    for p in demidovka:
        assert haversine_km(p.lat, p.lon, 50.95, 35.39) < 5, p
        assert p.country_code == "RU" and p.admin1 == "Belgorod Oblast"
    # where the text says "region", the admin-1 region with region precision
    for name in ("Belgorod", "Kursk", "Sumy", "Kharkiv", "Donetsk"):
        regional = [p for p in places if p.text == name and p.feature_code == "ADM1"]
        assert regional, f"{name} not resolved to its admin-1 region"
        assert all(p.precision == REGION for p in regional)
    sumy = next(p for p in places if p.text == "Sumy")
    assert sumy.country_code == "UA"
    # Prilesye is not in the postal dump (only a namesake in Tula Oblast, 500 km away):
    # it falls back to the region the text supports, never to the namesake
    for p in (p for p in places if p.text == "Prilesye"):
        assert p.admin1 == "Belgorod Oblast" and p.precision == REGION
        assert haversine_km(p.lat, p.lon, 54.0, 37.8) > 300


@pytest.mark.slow
@pytest.mark.shared
def test_russian_spellings_and_old_names_find_ukrainian_places(nlp, ua_ru_stage):
    text = ("Fighting continued near Artemovsk and in Dnepropetrovsk, while shelling hit "
            "Kharkov and Zaporozhye. Russian troops left Kherson for Novaya Kakhovka.")
    ps = {p.text: p for p in ua_ru_stage(nlp(text))}
    expected = {"Artemovsk": (48.59, 38.00), "Dnepropetrovsk": (48.47, 35.04),
                "Kharkov": (49.98, 36.25), "Zaporozhye": (47.85, 35.12),
                "Novaya Kakhovka": (46.75, 33.36)}  # Bakhmut, Dnipro, Kharkiv, ...
    for name, (lat, lon) in expected.items():
        assert name in ps, name
        assert ps[name].country_code == "UA"
        assert haversine_km(ps[name].lat, ps[name].lon, lat, lon) < 10, ps[name]
    assert ps["Artemovsk"].precision == 2 and ps["Dnepropetrovsk"].precision == 1
