"""Fusion rules of the twenty-ninth session, on sentences written here:
- a denial that names its incident back ("The Kremlin denied these reports", "said that claims
  of the capture of X are premature") is its source's own word against it: the source counts
  as a witness and the incident is disputed (fuse.grade.SourceRow.independent; read220: such
  denials stood listed on incidents that stayed "reported"); a verdict on claims that opens
  a content telling events of its own ("... premature and that Wagner forces are continuing
  attempts to take X") still names the capture back (fuse.model.claims_judged_false; read220:
  the denial stood as an assertion of the fighting), while a comment that names it
  back and asserts it is still no second witness (guard: test_fuse_named_back and read20's
  mined river bank);
- a foreign defence ministry's update is a fairly reliable source by default (C), not one
  whose reliability cannot be judged (fuse.config.DEFAULT_SOURCES; read215, read217: UK MoD
  updates graded incidents 6), and the analyst's TOML still sets it;
- a source's denial of one side's advances at a settlement ("Russian sources denied
  Ukrainian local reports of advances in the area") answers, as a repel does, that side's
  claimed taking of it told within a day, and the reports it denies still assert it (fuse.
  fusion.denied_advance_at, fuse.grade._repelled_there, fuse.model._denied_by_another;
  read218: the denial was stored and the liberation stood undisputed), while a denial of the
  other side's advances there answers nothing (guard);
- two spellings of one full name a letter apart ("Andrii Tsaplienko", "Andriiy Tsapienko",
  folded surnames of seven letters or more, same initial) are one source on an incident
  (fuse.grade._one_letter_apart; read219: the journalist stood as two sources), while short
  surnames a letter apart ("Petrov", "Petrova") stay two people (guard);
- a word on forces gathered for what is to come ("concentrating equipment in the X
  direction") names back no act just told at X (fuse.model._PLANNED; read217: the UK MoD
  stood as a source of the shelling of X), while "forces remain in X" still speaks of it
  (guard);
- the writer saying claims of an act are made up ("forces are likely falsifying claims of
  advances near X") denies the act, it does not assert it (fuse.model._FALSIFIED; read224);
- a source of no known kind that speaks for a party ("Ukrainian sources") is rated as that
  party's officials (D), not F (fuse.grade._rated_as; read224: a strike the writer told and
  "Ukrainian sources" confirmed fell to grade 6);
- the writer's doubt opening the next sentence about "claims of <what was said>" ("ISW cannot
  independently confirm claims of Ukrainian counterattacks in X") hedges the claim just told
  (fuse.model._THIS_CLAIM; read223: the writer stood as asserting it);
- a denial of "reports of his death" names back the killing told before it (fuse.model.
  _ANAPHOR; read223: the occupation authorities' denial named nothing and the killing stood
  undisputed);
- a writer whose own words rest on a claim it reports takes its stance from its own words:
  relaying another source's denial of the strike it states does not make it hedge (fuse.
  grade.source_rows; the dev Kramatorsk story, once the denial "the strike did not occur"
  became an event of its own with this session's time rules), and a claim that the strike
  did not occur, called false by the writer, is the writer's assertion (fuse.model, the
  false cue on a negated act)."""

from __future__ import annotations

from collections import Counter

from fogofwar.fuse.config import Reliability, parse_config
from fogofwar.fuse.grade import _same_person
from fogofwar.records import Report

from helpers_fuse import fused_incidents


def _stances(inc):
    return {s["canonical"]: s["stance"] for s in inc["sources"]}


def test_a_denial_of_these_reports_disputes_the_strike(pipeline):
    incs = fused_incidents(pipeline, [Report(
        id="a", source="ISW", published="2022-10-06",
        text="Ukrainian officials reported that Russian forces shelled a school in Kharkiv on "
             "October 5. The Kremlin denied these reports.")])
    [strike] = [i for i in incs if i["event_type"] == "Explosions/Remote violence"]
    assert _stances(strike).get("Government of Russia") == "denies", strike["sources"]
    assert strike["status"] == "disputed" and strike["independent"]["denies"] == 1, strike


def test_claims_of_a_capture_called_premature_dispute_it(pipeline):
    incs = fused_incidents(pipeline, [Report(
        id="a", source="ISW", published="2022-10-06",
        text="The Russian MoD claimed that Russian forces took full control of Kupyansk, but "
             "some milbloggers said that claims of the capture of Kupyansk are premature and "
             "that Wagner Group forces are continuing attempts to take control of Kupyansk.")])
    [taking] = [i for i in incs if i["sub_event_type"] == "Non-state actor overtakes territory"]
    assert _stances(taking).get("Milbloggers") == "denies", taking["sources"]
    assert taking["status"] == "disputed", taking


def test_a_foreign_defence_ministry_is_fairly_reliable_by_default():
    assert Reliability().of("UK Ministry of Defence", "other") == "C"
    assert parse_config({}).reliability.of("uk ministry of defence", "other") == "C"
    cfg = parse_config({"reliability": {"sources": {"UK Ministry of Defence": "B"}}})
    assert cfg.reliability.of("UK Ministry of Defence", "other") == "B"
    assert Reliability().of("Some blog", "other") == "F"


def _taking_after(pipeline, denial):
    incs = fused_incidents(pipeline, [Report(
        id="a", source="ISW", published="2022-09-14",
        text="The head of the oblast council announced that Ukrainian forces have liberated "
             "Kupyansk on September 14. " + denial)])
    [taking] = [i for i in incs if i["sub_event_type"] == "Government regains territory"]
    return taking


def test_a_denial_of_reports_of_advances_disputes_the_claimed_taking(pipeline):
    taking = _taking_after(pipeline, "Russian sources denied Ukrainian local reports of "
                                     "advances in the area.")
    assert _stances(taking).get("Russian sources") == "denies", taking["sources"]
    assert taking["status"] == "disputed", taking
    assert "denies" not in {v for k, v in _stances(taking).items() if k != "Russian sources"}


def test_a_denial_of_the_other_sides_advances_answers_no_taking(pipeline):
    # guard
    taking = _taking_after(pipeline, "Ukrainian officials denied reports of Russian advances "
                                     "in the area.")
    assert taking["status"] != "disputed", taking


def test_a_full_name_spelt_a_letter_apart_is_one_source():
    ev_by = {"Andrii Tsaplienko": [1, 2], "Andriiy Tsapienko": [3]}
    meta = {n: Counter({("news_outlet", "UA"): 1}) for n in ev_by}
    assert _same_person(ev_by, meta) == {"Andriiy Tsapienko": "Andrii Tsaplienko"}


def test_short_surnames_a_letter_apart_stay_two_people():
    # guard
    ev_by = {"Ivan Petrov": [1], "Ivan Petrova": [2]}
    meta = {n: Counter({("party_official", "RU"): 1}) for n in ev_by}
    assert _same_person(ev_by, meta) == {}


def _shelling_then(pipeline, said):
    incs = fused_incidents(pipeline, [Report(
        id="a", source="ISW", published="2022-07-08",
        text="Russian forces shelled Kupyansk on July 8. The UK Ministry of Defence reported "
             "that " + said)])
    [strike] = [i for i in incs if i["event_type"] == "Explosions/Remote violence"]
    return _stances(strike)


def test_forces_gathered_name_back_no_shelling(pipeline):
    got = _shelling_then(pipeline, "Russian forces are concentrating equipment in the "
                                   "Kupyansk direction.")
    assert "UK Ministry of Defence" not in got, got


def test_forces_remaining_there_speak_of_it(pipeline):
    # guard
    got = _shelling_then(pipeline, "Russian forces remain in Kupyansk.")
    assert got.get("UK Ministry of Defence") == "asserts", got


def _incidents(pipeline, text, published="2022-10-16"):
    return fused_incidents(pipeline, [Report(id="a", source="ISW", published=published,
                                             text=text)])


def test_claims_called_falsified_are_not_asserted(pipeline):
    incs = _incidents(pipeline, "Russian forces are likely falsifying claims of advances in the "
                                "Izyum area to portray themselves as making gains.")
    assert not any(_stances(i).get("Institute for the Study of War") == "asserts"
                   for i in incs), incs


def test_a_partys_collective_is_rated_as_its_officials():
    from fogofwar.fuse.grade import _rated_as
    assert _rated_as("other", "UA") == "party_official"
    assert _rated_as("other", None) == "other"
    assert _rated_as("milblogger", "RU") == "milblogger"


def test_a_doubt_about_claims_of_what_was_said_hedges_the_claim_before(pipeline):
    incs = _incidents(pipeline, "Several Russian sources claimed that Ukrainian troops are "
                                "conducting counteroffensive operations near Izyum. ISW cannot "
                                "independently confirm claims of Ukrainian counterattacks in "
                                "Kharkiv Oblast.", "2022-09-21")
    got = [_stances(i) for i in incs if "Russian sources" in _stances(i)]
    assert got and got[0].get("Institute for the Study of War") == "hedges", incs


def test_a_denial_of_his_death_disputes_the_killing(pipeline):
    incs = _incidents(pipeline, "The Ukrainian Resistance Center reported that partisans killed "
                                "an occupation official with an IED in Melitopol on September "
                                "18. Occupation authorities denied reports of his death on "
                                "September 18.", "2022-09-19")
    [blast] = [i for i in incs if i["event_type"] == "Explosions/Remote violence"]
    assert _stances(blast).get("Occupation authorities") == "denies", blast["sources"]
    assert blast["status"] == "disputed", blast


def test_a_writer_relaying_a_denial_of_what_it_states_still_asserts(pipeline):
    incs = _incidents(pipeline, "A Russian missile struck the rail station in Kupyansk on April "
                                "8, killing at least 50. Russian Telegram channels claimed "
                                "Russian forces conducted precision strikes on railway stations "
                                "in Kupyansk. Russian sources falsely claimed both that the "
                                "strike did not occur and that Ukrainian forces launched the "
                                "strike as a false flag.", "2022-04-08")
    [strike] = [i for i in incs if "Kupyansk" in i["title"]
                and i["event_type"] == "Explosions/Remote violence"][:1]
    assert _stances(strike).get("Institute for the Study of War") == "asserts", strike["sources"]
