"""A facility word after a place that is itself a facility (GeoNames' port "Port Azovstali",
named "Azovstal" in "the Azovstal Steel Plant") names the place, not a facility inside it:
the plant's capture and "fighters have left Azovstal" are one site's story (read15: three
incidents for one surrender). A facility word after a town still names a facility in it."""

from types import SimpleNamespace

import pytest

from fogofwar.fuse.salience import site_of
from fogofwar.records import Place, Span


def _mention(evidence: str, name: str, feature_code: str):
    start = evidence.index(name)
    p = Place(text=name, start=start, end=start + len(name), geonameid=1, name=name, lat=47.1,
              lon=37.6, country_code="UA", admin1="05", admin2=None,
              feature_code=feature_code, precision=1, score=1.0)
    return SimpleNamespace(evidence=Span(evidence, 0, len(evidence)), place=p)


@pytest.mark.parametrize("evidence", [
    "Russian forces entered the Zenitstal Steel Plant on May 4",
    "defenders left Zenitstal on May 20",
])
def test_a_facility_place_has_no_facility_inside_it(evidence):
    assert site_of(_mention(evidence, "Zenitstal", "PRT")) is None


def test_a_facility_word_after_a_town_is_a_facility_in_it():
    got = site_of(_mention("Russian forces seized the Kherson City Clinical Hospital",
                           "Kherson", "PPLA"))
    assert got is not None


def test_fighters_leaving_a_place_tell_its_change_of_control():
    from fogofwar.fuse.salience import tells_control

    m = _mention("nearly 2,000 Ukrainian fighters have left Zenitstal since May 16",
                 "Zenitstal", "PRT")
    m.sub_event_type = "Change to group/activity"
    m.place_doubted = False
    assert tells_control(m)
    m2 = _mention("Ukrainian fighters have stayed in Zenitstal since May 16", "Zenitstal", "PRT")
    m2.sub_event_type = "Change to group/activity"
    m2.place_doubted = False
    assert not tells_control(m2)
