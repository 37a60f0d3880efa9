"""The embedded default gazetteer itself (issue 13, sixth session): admin-1 points on the
region's bulk, second-level regions outside the US, US counties with their towns'
population (so that a county's namesakes are ordered by size, and the one of a small
state is among the candidates that pair with its towns), and a county's stem alone is no
place. Builds the default layer once (~30 s)."""

import pytest

from fogofwar.geo.names import key


@pytest.fixture(scope="module")
def default_index(tmp_path_factory):
    from fogofwar.geo.build import build_default_index
    from fogofwar.geo.index import GazetteerIndex

    path = tmp_path_factory.mktemp("gaz") / "gazetteer.sqlite"
    build_default_index(path)
    idx = GazetteerIndex.open(path)
    yield idx
    idx.close()


def _entries(idx, name, fcode=None, cc=None):
    k = key(name)
    return [e for e, kind in idx.lookup([k]).get(k, [])
            if (fcode is None or e.fcode == fcode) and (cc is None or e.cc == cc)]


@pytest.mark.slow
def test_admin1_points_lie_on_the_regions_bulk(default_index):
    (fl,) = _entries(default_index, "Florida", "ADM1", "US")
    # nearer the peninsula's bulk than the box of the towns (-83.6, in the Gulf)
    assert fl.lon > -83.3
    (heb,) = _entries(default_index, "Hebei", "ADM1", "CN")
    assert 36.0 < heb.lat < 42.0 and 114.0 < heb.lon < 120.0  # stray Tibetan towns left out


@pytest.mark.slow
def test_english_counties_and_philippine_provinces(default_index):
    assert _entries(default_index, "Suffolk", "ADM2", "GB")
    assert _entries(default_index, "Cambridgeshire", "ADM2", "GB")
    assert _entries(default_index, "Nueva Ecija", "ADM2", "PH")


@pytest.mark.slow
def test_us_counties_carry_their_towns_population(default_index):
    counties = _entries(default_index, "Douglas County", "ADM2", "US")
    assert len(counties) > 5
    by_state = {e.admin1: e.population for e in counties}
    assert by_state["NE"] > by_state["MN"] > 0  # Omaha's county is the larger


@pytest.mark.slow
def test_a_county_stem_alone_is_no_place(nlp, default_index):
    from fogofwar.geo.stage import PlaceStage

    stage = PlaceStage(default_index)
    ps = stage(nlp("McCoy would not comment on Jones' past. The program won't depend on"
                   " anyone beyond Jones. Jones will be paid $9 an hour."))
    assert not [p for p in ps if p.text == "Jones"], ps
    ps = stage(nlp("The crash happened on a county road in Douglas County, two miles"
                   " east of Brandon and north of Alexandria."))
    assert [p.admin1 for p in ps if p.text == "Douglas County"] == ["Minnesota"], ps
