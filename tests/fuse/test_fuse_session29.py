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
  (guard)."""

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
