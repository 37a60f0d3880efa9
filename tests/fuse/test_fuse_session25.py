"""Fusion rules of the twenty-fifth session, on sentences written here:
- fights a comparison recalls ("smaller forces than had been involved in the attacks on X")
  are past acts, no incident of the day (fuse.salience._RECALLED; read139: two battles
  dated the report's day), while a comparison of the day's own fights with nothing past
  keeps them (guard);
- the writer's "ISW has no independent confirmation of the reported raid" two sentences after
  a claim is its doubt of the act last claimed (fuse.model._DOUBT, _REPORTED_THING,
  _paragraph_doubt; read135: the writer asserted the raid), while a claim with no such
  doubt keeps the writer relaying (guard);
- the writer's plural verdict told after the claims ("These Russian claims remain
  unsubstantiated.") doubts every claim of that side told before it in the paragraph, not
  only the last (fuse.model._CLAIMS_UNPROVEN, _looks_back_over; read144), and so does
  "cannot verify either of the Russian milbloggers' claims" (_PLURAL_CLAIMS: a possessive
  before the noun)."""

from __future__ import annotations

from helpers_fuse import incidents_at as _at


def test_fights_a_comparison_recalls_are_past(pipeline):
    got = _at(pipeline, "These assaults involve smaller Russian forces than had been involved "
                        "in the attacks on Kharkiv.", "Kharkiv")
    assert not got, got


def test_the_days_fights_compared_stay(pipeline):
    # guard
    got = _at(pipeline, "Russian forces attacked Kharkiv with more troops than usual on "
                        "September 25.", "Kharkiv")
    assert got, got


def _writer(inc):
    return next(s for s in inc["sources"] if s["canonical"] == "Institute for the Study of War")


def test_no_confirmation_of_the_reported_act_doubts_it(pipeline):
    got = _at(pipeline, "Ukrainian officials claimed that Ukrainian forces raided an airbase in "
                        "Kherson on September 25. The raid destroyed several Russian "
                        "helicopters. ISW has no independent confirmation of the reported "
                        "raid.", "Kherson")
    assert got and _writer(got[0])["stance"] == "hedges", got


def test_a_claim_without_the_doubt_is_relayed(pipeline):
    # guard
    got = _at(pipeline, "Ukrainian officials claimed that Ukrainian forces raided an airbase in "
                        "Kherson on September 25. The raid destroyed several Russian "
                        "helicopters.", "Kherson")
    assert got and _writer(got[0])["stance"] == "asserts", got


def test_a_plural_verdict_after_claims_doubts_each(pipeline):
    got = _at(pipeline, "Russian milbloggers claimed that Russian forces captured Kupiansk on "
                        "September 25. Russian sources also claimed that Russian forces "
                        "advanced near Izium. These Russian claims remain unsubstantiated.",
              "Kupyansk")
    assert got and _writer(got[0])["stance"] == "hedges", got


def test_either_of_the_milbloggers_claims_is_doubted(pipeline):
    got = _at(pipeline, "A Russian milblogger claimed that Russian forces captured Kupiansk on "
                        "September 25, and another claimed an advance near Izium. ISW cannot "
                        "independently verify either of the Russian milbloggers' claims.",
              "Kupyansk")
    assert got and _writer(got[0])["stance"] == "hedges", got
