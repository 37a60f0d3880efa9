"""A settlement the gazetteer lacks, placed in the region the text puts it in ("the village of
Demidovka in Belgorod region" with the embedded gazetteer, which holds towns of 500+ people):
fusion knows it as a settlement of that region by its written name, not as the region.
Hand-built extractions with invented names (no spaCy)."""

from __future__ import annotations

from helpers_fuse import fused, groups, one_report
from helpers_fuse import REGION_BEL, day, inferred, place

from fogofwar.fuse.compat import fusion_precision, names_region, place_match, unlisted
from fogofwar.records import REGION, SETTLEMENT

CAPTURE = "Non-state actor overtakes territory"
WITHDRAWAL = "Change to group/activity"
# what geo/resolve.py's fallback gives for a name the gazetteer lacks (the embedded
# gazetteer's regions have no geonameid)
IN_REGION = dict(REGION_BEL, geonameid=None, name="Belgorod Oblast")


def _at(name: str):
    return place(name, IN_REGION)


def test_a_name_written_for_the_region_is_the_region():
    assert names_region("Belgorod", "Belgorod Oblast")
    assert names_region("KURSK", "Kursk Oblast")
    assert names_region("Odesa Oblast", "Odeska Oblast")
    assert names_region("Sumy", "Sumska Oblast")
    assert names_region("Kharkiv Oblast", "Kharkivs’ka Oblast’")
    assert not names_region("Demidovka", "Belgorod Oblast")
    assert not names_region("Zarichne", "Donetska Oblast")


def test_an_unlisted_village_is_a_settlement_of_its_region():
    village, region = _at("Zarichne"), _at("Belgorod")
    assert unlisted(village) and not unlisted(region)
    assert fusion_precision(village) == SETTLEMENT and fusion_precision(region) == REGION
    # a resolved region (with its own gazetteer entry) holds no unlisted village's name
    assert not unlisted(place("Belgorod Oblast", REGION_BEL))


def test_one_unlisted_name_in_one_region_is_one_village_and_two_names_two():
    assert place_match(_at("Zarichne"), _at("Zarichne"))[:2] == (True, 3.0)
    assert not place_match(_at("Zarichne"), _at("Lisne"))[0]
    other_region = place("Zarichne", dict(IN_REGION, admin1="41", name="Kursk Oblast"))
    assert not place_match(_at("Zarichne"), other_region)[0]
    # the region holds it as it holds its settlements: containment, not sameness
    assert place_match(_at("Zarichne"), _at("Belgorod"))[:2] == (True, 1.0)
    # a name resolved nowhere, written alike, is still the same name
    nowhere = place("Zarichne", dict(geonameid=None, name=None, lat=None, lon=None,
                                     country_code=None, admin1=None, admin2=None,
                                     feature_code=None, precision=None, score=0.1))
    assert place_match(_at("Zarichne"), nowhere)[:2] == (True, 2.0)


def test_a_capture_of_an_unlisted_village_is_one_story_across_reports():
    """The capture claimed one day and reported again two days later is one change of
    control; the capture of another unlisted village of the region is another."""
    first = one_report("d1", "2025-03-18", "Ukrainian forces captured Zarichne",
                       at=_at("Zarichne"), time=day("2025-03-18"), sub=CAPTURE)
    again = one_report("d2", "2025-03-20", "Ukrainian forces took Zarichne",
                       at=_at("Zarichne"), time=inferred("2025-03-20"), sub=CAPTURE)
    other = one_report("d3", "2025-03-20", "Ukrainian forces captured Lisne",
                       at=_at("Lisne"), time=inferred("2025-03-20"), sub=CAPTURE)
    got = groups(fused(first, again, other))
    assert ["d1", "d2"] in got and ["d3"] in got


def test_fighting_at_two_unlisted_villages_is_not_one_fight_at_the_region():
    a = one_report("d1", "2025-04-07", "fighting in Zarichne", at=_at("Zarichne"),
                   time=day("2025-04-07"))
    b = one_report("d2", "2025-04-08", "fighting in Lisne", at=_at("Lisne"),
                   time=day("2025-04-07"))
    assert ["d1", "d2"] not in groups(fused(a, b))


def test_a_bank_of_a_town_is_fighting_for_it_not_its_fall():
    from fogofwar.fuse.compat import mention_family
    def fam(lead):
        return mention_family("Battles", CAPTURE, lead, lead)
    assert fam("captured the entire left (eastern) bank of Zarichne") == "combat"
    assert fam("cleared the entirety of urban Zarichne") == "territory"
    assert fam("Russian forces captured Zarichne") == "territory"
