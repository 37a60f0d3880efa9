"""Fusion rules of the twenty-fourth session, on sentences written here:
- a strike whose struck side goes unnamed ("Ukrainian forces destroyed ammunition depots in
  X") still has its striker: the other side's strike at X ("Russian forces struck Ukrainian
  positions in X") is another strike, not its corroboration (fuse.fusion._strike_by,
  _reverse; read121: one incident graded confirmed), while two reports of one side's strike
  at X stay one incident (guard);
- a source that cites another's reports ("The New York Times cited reports by Ukrainian
  soldiers that ...") relays them: one witness, not two (fuse.model.nested_source,
  _WORDS_OF; read121: graded confirmed on the outlet and the soldiers), while an outlet that
  saw for itself beside the soldiers' own claim stays a second witness (guard);
- a plural doubt that names no side ("While ISW cannot verify these claims, ...") covers the
  claims told before it back to the last claim of another party: the milblogger's just told,
  not the General Staff's before it (fuse.model._looks_back_over; read124: the General
  Staff's shelling hedged), while the milblogger's claim is hedged (guard);
- the writer's "has not been able to (independently) verify" after a claim in its sentence
  is its doubt, as "cannot verify" is (fuse.model._DOUBT; read124: the writer asserted);
- the writer's own "likely" on an act ("Ukrainian forces likely struck X") asserts it as
  probable (fuse.model._PROBABLE, _probable_before; read121, read126: certainty unknown),
  while a plain statement keeps its certainty unknown (guard);
- a past act told with when in the war it was ("fighting on the Kyiv axis earlier in the
  invasion") is recalled, no incident of the day (fuse.salience.recalled, _EARLIER_IN_WAR;
  read134: a fight at Kyiv on the report's day), while a dated act stays one (guard); so is
  what a unit undatedly "participated in" (fuse.salience._UNIT_RECORD; ISW 2022-07-05: an
  attack at Bucha on its day), while a dated participation stays (guard)."""

from __future__ import annotations

import pytest

from helpers_fuse import incidents_at as _at


def test_a_strike_on_things_is_not_the_other_sides_strike(pipeline):
    got = _at(pipeline, "The Ukrainian Southern Operational Command reported that Ukrainian "
                        "forces destroyed two ammunition depots in Kherson on September 25. "
                        "The Russian Ministry of Defense claimed that Russian forces struck "
                        "Ukrainian positions in Kherson on September 25.", "Kherson")
    assert len(got) == 2, [(i["title"], i["status"]) for i in got]
    assert all(i["status"] != "confirmed" for i in got), got


def test_one_sides_strike_told_twice_stays_one(pipeline):
    got = _at(pipeline, "The Ukrainian Southern Operational Command reported that Ukrainian "
                        "forces destroyed two ammunition depots in Kherson on September 25. "
                        "Russian milbloggers claimed that Ukrainian forces struck ammunition "
                        "depots in Kherson on September 25.", "Kherson")
    assert len(got) == 1, [(i["title"], i["status"]) for i in got]


def test_an_outlet_citing_others_reports_relays_them(pipeline):
    got = _at(pipeline, "The New York Times cited reports by Ukrainian military personnel that "
                        "Russian forces shelled Kupiansk on September 26.", "Kupyansk")
    assert len(got) == 1, got
    inc = got[0]
    assert inc["status"] != "confirmed", inc
    nyt = [s for s in inc["sources"] if s["canonical"] == "The New York Times"]
    assert nyt and nyt[0]["relays"] == "Ukrainian military personnel", inc["sources"]


def test_an_outlet_beside_a_partys_own_claim_is_a_second_witness(pipeline):
    # guard
    got = _at(pipeline, "The New York Times reported that Russian forces shelled Kupiansk on "
                        "September 26. The Ukrainian General Staff reported that Russian forces "
                        "shelled Kupiansk on September 26.", "Kupyansk")
    assert len(got) == 1 and got[0]["status"] == "confirmed", got


_TWO_PARTIES = ("The Ukrainian General Staff reported that Russian forces shelled Kupiansk on "
                "September 25. Russian milblogger Yuri Podolyaka claimed that Russian forces "
                "captured Izium on September 25. While ISW cannot verify these claims, they "
                "indicate that Russian forces remain active in the area.")


def _writer(inc):
    return next(s["stance"] for s in inc["sources"]
                if s["canonical"] == "Institute for the Study of War")


def test_a_doubt_of_these_claims_stops_at_another_partys_claim(pipeline):
    got = _at(pipeline, _TWO_PARTIES, "Kupyansk")
    assert got and _writer(got[0]) != "hedges", got


def test_the_claims_just_told_are_doubted(pipeline):
    # guard
    got = _at(pipeline, _TWO_PARTIES, "Izyum")
    assert got and _writer(got[0]) == "hedges", got


def test_not_having_been_able_to_verify_is_a_doubt(pipeline):
    got = _at(pipeline, "Kiselyov claimed that Russian forces reached the outskirts of Kharkiv "
                        "on September 25, but ISW has not been able to independently verify "
                        "these claims.", "Kharkiv")
    assert got and _writer(got[0]) == "hedges", got


@pytest.mark.parametrize("adverb, certainty", [("likely ", "probable"), ("", "unknown")])
def test_the_writers_likely_is_probable(pipeline, adverb, certainty):
    got = _at(pipeline, f"Ukrainian forces {adverb}struck Russian positions in Kherson on "
                        "September 25.", "Kherson")
    w = next(s for s in got[0]["sources"] if s["canonical"] == "Institute for the Study of War")
    assert (w["stance"], w["certainty"]) == ("asserts", certainty), w


def test_an_act_earlier_in_the_invasion_is_recalled(pipeline):
    got = _at(pipeline, "Elements of the 64th Separate Motorized Rifle Brigade sustained losses "
                        "while fighting on the Kyiv axis earlier in the invasion.", "Kyiv")
    assert not got, got


def test_a_dated_act_stays_an_incident(pipeline):
    # guard
    got = _at(pipeline, "Russian forces shelled Kyiv on September 25.", "Kyiv")
    assert got, got


def test_what_a_unit_participated_in_undated_is_recalled(pipeline):
    got = _at(pipeline, "The 64th brigade participated in the Battle of Kyiv and likely "
                        "participated in the war crimes in Bucha.", "Bucha")
    assert not got, got


def test_a_dated_participation_stays(pipeline):
    # guard
    got = _at(pipeline, "Wagner forces participated in assaults on Kharkiv on September 25.",
              "Kharkiv")
    assert got, got
