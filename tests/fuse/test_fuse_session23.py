"""Fusion rules of the twenty-third session, on sentences written here:
- an act the writer asks about and no source tells ("it is unclear whether Russian forces
  shelled X") starts no incident (fuse.salience.not_an_event, _WHETHER_BEFORE; read105: an
  incident the writer alone hedged), while the writer's "may have" (which leans to yes: see
  test_fuse_stories), a source's possible claim, or the writer's doubt of a source's claim
  still does (guards);
- an act the text puts near a town ("ground assaults northeast of X") is an incident near it,
  precision 2, not at the town (fuse.model.mentions_from_extraction, the event's
  location_precision; read102-106: shown at the town itself), while an act in the town stays
  at it (guard);
- the writer's doubt that opens a later sentence of the paragraph and names claims in the
  plural ("ISW cannot independently verify these Russian claims.") covers every claim told
  before it, of the side it names (fuse.model._looks_back_over; read111: of three
  milbloggers' claims only the last was hedged), and so does "either claim" past another
  claim between (fuse.model._PLURAL_CLAIMS; read116), while another side's claim stays
  unhedged (guard);
- an act the writer says only "apparently" (seemingly) happened is its hedge, as "reportedly"
  is (fuse.model._HEARSAY; read108: asserted), while a plain statement stays asserted
  (guard);
- the writer's verdict on a claim in the claim's own sentence ("claimed that X, though this
  claim is likely false"; "..., and this claim remains unconfirmed") is its denial (hedge)
  of X (fuse.model._CONTRAST; read109: the writer relayed X);
- a claim the writer calls "likely incorrect" (erroneous, groundless) it denies, as one it
  calls false (fuse.model._FALSE_WORDS, one word list for the writer's verdicts after a claim
  and on a claim noun; read112: asserted);
- two speakers coordinated in a claim's own source phrase ("The Russian Ministry of Defense
  and Russian milbloggers claimed") are each a source (fuse.model._speakers_inside; read110:
  the milbloggers were lost), while a speaker whose name holds "and" stays one (guard);
- one party's sources are one witness of the other party's act too ("the Russian MoD and
  Russian milbloggers claimed that Ukrainian forces attacked X"; the General Staff and
  Ukrainian officials on a Russian shelling): corroboration needs a second party or a
  neutral source (fuse.grade.witnesses, _PARTIES; read111, read116: four incidents
  "confirmed" on one side's word). This reverses read48's case, in which the General Staff
  and "Ukrainian officials" confirmed a Russian shelling (test_fuse_read46_48, moved here),
  while two parties' sources still confirm (guard)."""

from __future__ import annotations

import pytest
from helpers_fuse import incidents_at as _at


@pytest.mark.parametrize("asked", ["It is unclear whether", "It remains unclear whether"])
def test_an_act_the_writer_alone_asks_about_starts_no_incident(pipeline, asked):
    assert not _at(pipeline, f"{asked} Russian forces shelled Sumy on September 25.", "Sumy")


def test_the_writers_may_have_still_starts_one(pipeline):
    # guard
    assert _at(pipeline, "Russian forces may have shelled Sumy on September 25.", "Sumy")


@pytest.mark.parametrize("text", [
    "A Russian milblogger claimed that Russian forces may have captured Kharkiv on September 25.",
    "A Russian milblogger claimed that Russian forces captured Kharkiv on September 25, but ISW "
    "cannot confirm this claim.",
])
def test_a_sources_possible_claim_still_starts_one(pipeline, text):
    # guards
    assert _at(pipeline, text, "Kharkiv")


def test_an_act_near_a_town_is_an_incident_near_it(pipeline):
    got = _at(pipeline, "Russian forces conducted ground assaults northeast of Kharkiv on "
                        "September 25.", "Kharkiv")
    assert got and {i["place"]["precision"] for i in got} == {2}, got


def test_an_act_in_a_town_stays_at_it(pipeline):
    # guard
    got = _at(pipeline, "Russian forces shelled Kharkiv on September 25.", "Kharkiv")
    assert got and {i["place"]["precision"] for i in got} == {1}, got


_THREE_CLAIMS = ("A Russian milblogger claimed that Russian forces captured Kharkiv on September "
                 "25. {second} Another milblogger claimed that Russian forces captured Poltava "
                 "on September 25. ISW cannot independently verify these Russian claims.")


def _writer(inc):
    return next(s["stance"] for s in inc["sources"]
                if s["canonical"] == "Institute for the Study of War")


def test_a_plural_doubt_covers_every_claim_before_it(pipeline):
    text = _THREE_CLAIMS.format(second="A milblogger claimed that Russian forces captured Sumy "
                                       "on September 25.")
    for place in ("Kharkiv", "Sumy", "Poltava"):
        got = _at(pipeline, text, place)
        assert got and _writer(got[0]) == "hedges", (place, got)


def test_another_sides_claim_stays_unhedged(pipeline):
    # guard
    text = _THREE_CLAIMS.format(second="The Ukrainian General Staff reported that Ukrainian "
                                       "forces recaptured Sumy on September 25.")
    got = _at(pipeline, text, "Sumy")
    assert got and _writer(got[0]) != "hedges", got


@pytest.mark.parametrize("adverb, stance", [("apparently", "hedges"), ("seemingly", "hedges"),
                                            ("", "asserts")])
def test_an_act_that_only_seems_so_is_the_writers_hedge(pipeline, adverb, stance):
    got = _at(pipeline, f"Russian forces {adverb} captured Kharkiv on September 25.".replace(
        "  ", " "), "Kharkiv")
    assert got and _writer(got[0]) == stance, got


@pytest.mark.parametrize("verdict, stance", [
    ("though this claim is likely false", "denies"),
    ("and this claim remains unconfirmed", "hedges"),
])
def test_the_writers_verdict_in_the_claims_sentence(pipeline, verdict, stance):
    got = _at(pipeline, "Kadyrov claimed on September 25 that Russian forces captured Kharkiv, "
                        f"{verdict}.", "Kharkiv")
    assert got and _writer(got[0]) == stance, got


@pytest.mark.parametrize("verdict", ["This claim is likely incorrect.",
                                     "These claims are groundless."])
def test_a_claim_called_incorrect_is_denied(pipeline, verdict):
    got = _at(pipeline, "A Russian milblogger claimed that Russian forces captured Kharkiv on "
                        f"September 25. {verdict}", "Kharkiv")
    assert got and _writer(got[0]) == "denies", got


def _sources(inc):
    return {s["canonical"] for s in inc["sources"]}


def test_two_coordinated_speakers_are_each_a_source(pipeline):
    got = _at(pipeline, "The Russian Ministry of Defense and Russian milbloggers claimed that "
                        "Russian forces captured Kharkiv on September 25.", "Kharkiv")
    assert got and {"Russian Ministry of Defense", "Russian milbloggers"} <= _sources(got[0])


def test_a_speaker_whose_name_holds_and_stays_one(pipeline):
    # guard
    got = _at(pipeline, "The Ministry of Culture and Information Policy claimed that Russian "
                        "forces shelled Kharkiv on September 25.", "Kharkiv")
    assert got and len(_sources(got[0]) - {"Institute for the Study of War"}) == 1, got


def _status_at(pipeline, text, name):
    got = _at(pipeline, text, name)
    assert got, text
    return got[0]["status"]


@pytest.mark.parametrize("text", [
    "The Russian Ministry of Defense claimed that Ukrainian forces attacked Kharkiv on September "
    "25. Russian milbloggers also claimed that Ukrainian forces attacked Kharkiv on September 25.",
    "The Ukrainian General Staff reported that Russian forces shelled Kharkiv on September 25. "
    "Ukrainian officials also claimed that Russian forces shelled Kharkiv on September 25.",
])
def test_one_partys_sources_are_one_witness_of_any_act(pipeline, text):
    assert _status_at(pipeline, text, "Kharkiv") == "reported"


def test_two_parties_sources_confirm(pipeline):
    # guard
    assert _status_at(pipeline, "The Ukrainian General Staff reported that Russian forces "
                                "shelled Kharkiv on September 25. The Russian Ministry of "
                                "Defense also claimed that Russian forces shelled Kharkiv on "
                                "September 25.", "Kharkiv") == "confirmed"


def test_either_claim_covers_a_claim_past_another(pipeline):
    got = _at(pipeline, "Russian milbloggers claimed that Ukrainian forces shelled Kharkiv on "
                        "September 25. Russian sources made similar claims around September 1. "
                        "ISW is unable to verify either claim.", "Kharkiv")
    assert got and _writer(got[0]) == "hedges", got
