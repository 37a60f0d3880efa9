"""What fusion reads off a claim's sentence: coordinated speakers, claimed acts, surrenders."""

from __future__ import annotations

from dataclasses import replace

import pytest

from fogofwar.fuse.compat import mention_family
from fogofwar.fuse.model import co_sources, mentions_from_extraction
from fogofwar.fuse.salience import not_an_event
from fogofwar.records import Actor, Claim, Span

from helpers_fuse import VILLAGE_A, extraction, inferred, place

CAPTURE = "Non-state actor overtakes territory"


def _claim(text: str, source: str, cue: str) -> Claim:
    s, c = text.index(source), text.index(cue)
    return Claim(Actor(source, s, s + len(source), source, "other", None),
                 Span(cue, c, c + len(cue)), Span(text[c + len(cue):], c + len(cue), len(text)),
                 "asserts", "certain", "indirect")


@pytest.mark.parametrize("text, first, want", [
    ("Pro-Russian Telegram channels and the Russian Ministry of Defense initially claimed "
     "strikes on railway stations.", "Pro-Russian Telegram channels",
     ["Russian Ministry of Defense"]),
    ("The LNR ambassador Rodion Miroshnik and Russian milbloggers claimed that Alpha fell.",
     "The LNR ambassador Rodion Miroshnik", ["Russian milbloggers"]),
    ("Ukrainian officials and satellite imagery confirmed that the bridge fell.",
     "Ukrainian officials", ["satellite imagery"]),
    # one speaker: nothing between the source and the cue, or an adjective pair in one name
    ("The General Staff said that Alpha fell.", "The General Staff", []),
    ("Russian and DNR sources claimed that Alpha fell.", "Russian and DNR sources", []),
    # a clause between them is no second speaker
    ("Haidai, who visited the town, said that Alpha fell.", "Haidai", []),
])
def test_coordinated_speakers_each_stand_as_a_source(text, first, want):
    cue = next(w for w in ("claimed", "confirmed", "said") if w in text)
    assert [c.canonical for c in co_sources(text, _claim(text, first, cue))] == want


def test_a_coordinated_speaker_joins_the_mention_beside_the_first():
    text = "Russian milbloggers and the Russian Ministry of Defense claimed Russian forces captured Alpha."
    ext = extraction("d1", "2025-06-24", "ISW", text, [dict(
        place=place("Alpha", VILLAGE_A), time=inferred("2025-06-24"), sub=CAPTURE,
        evidence="Russian forces captured Alpha",
        claim=(Actor("Russian milbloggers", 0, 19, "Russian milbloggers", "milblogger", "RU"),
               "asserts", "certain", "Russian forces captured Alpha"))])
    c = _claim(text, "Russian milbloggers", "claimed")
    ext = replace(ext, claims=(replace(c, source=ext.claims[0].source, events=(0,)),))
    [m] = mentions_from_extraction(ext)
    assert {a.source.canonical: a.stance for a in m.attributions} == {
        "Russian milbloggers": "asserts", "Russian Ministry of Defense": "asserts"}


def _mention(text: str, evidence: str, sub: str = CAPTURE):
    ext = extraction("d1", "2025-06-24", "ISW", text, [dict(
        place=place("Alpha", VILLAGE_A), time=inferred("2025-06-24"), sub=sub,
        evidence=evidence)])
    [m] = mentions_from_extraction(ext)
    at = text.index(evidence)
    return replace(m, before=text[max(0, at - 40):at])


def test_a_claimed_act_is_an_event_an_aim_is_not():
    claimed = _mention("The Russian Ministry of Defense additionally claimed to capture Alpha.",
                       "to capture Alpha")
    assert not_an_event(claimed) is None
    aim = _mention("Russian forces continued efforts to capture Alpha.", "to capture Alpha")
    assert not_an_event(aim) is not None
    aim_after_claim = _mention("The ministry claimed to continue efforts to capture Alpha.",
                               "to continue efforts to capture Alpha")
    assert not_an_event(aim_after_claim) is not None


def test_a_surrender_is_a_change_of_control_other_agreements_are_not():
    assert mention_family("Strategic developments", "Agreement",
                          "defenders of the plant in Alpha surrendered") == "territory"
    assert mention_family("Strategic developments", "Agreement",
                          "the sides agreed on a prisoner exchange") == "Strategic developments:Agreement"


def test_a_surrender_is_titled_as_one():
    from fogofwar.fuse import IncidentBook

    book = IncidentBook()
    book.add(extraction("d1", "2025-06-24", "ISW", "t", [dict(
        place=place("Alpha", VILLAGE_A), time=inferred("2025-06-24"),
        type="Strategic developments", sub="Agreement",
        evidence="Ukrainian defenders in Alpha surrendered")]))
    [inc] = book.incidents()
    assert inc["title"] == "Surrender at Alpha"


def test_a_surrender_told_after_its_place_joins_the_change_of_control_a_demanded_one_nothing():
    from fogofwar.fuse import IncidentBook

    book = IncidentBook()
    book.add(extraction("d1", "2025-06-24", "ISW", "t", [dict(
        place=place("Alpha", VILLAGE_A), time=inferred("2025-06-24"), sub=CAPTURE,
        evidence="Russian forces captured Alpha")]))
    book.add(extraction("d2", "2025-06-26", "ISW", "t", [dict(
        place=place("Alpha", VILLAGE_A), time=inferred("2025-06-26"),
        type="Strategic developments", sub="Agreement",
        evidence="The mayor of Alpha conditionally surrendered to the Russians")]))
    book.add(extraction("d3", "2025-06-27", "ISW", "t", [dict(
        place=place("Alpha", VILLAGE_A), time=inferred("2025-06-27"),
        type="Strategic developments", sub="Agreement",
        evidence="forcing Alpha to surrender")]))
    [inc] = book.incidents()
    assert sorted(inc["events"]) == ["d1:e0", "d2:e0"]


def test_a_monitor_restating_a_claim_it_reports_is_no_second_witness():
    """ISW's daily summary in its own words ("Russian forces struck Alpha") beside the claim
    it reports rests on that claim: counting it as independent graded one General Staff
    report "confirmed" (read on ISW reports of 2022-08-17)."""
    from fogofwar.fuse import IncidentBook

    mod = Actor("Russian Ministry of Defense", 0, 3, "Russian Ministry of Defense",
                "party_military", "RU")
    book = IncidentBook()
    book.add(extraction("r", "2025-04-09", "ISW", "t", [
        dict(place=place("Alpha", VILLAGE_A), time=inferred("2025-04-09"),
             evidence="Russian forces struck Alpha"),  # in its own voice
        dict(place=place("Alpha", VILLAGE_A), time=inferred("2025-04-09"),
             evidence="Russian forces struck Alpha",
             claim=(mod, "asserts", "certain", "Russian forces struck Alpha"))]))
    [inc] = book.incidents()
    rows = {s["canonical"]: s for s in inc["sources"]}
    isw = rows["Institute for the Study of War"]
    # its stance is its own (it asserts the strike), its information is the ministry's
    assert (isw["stance"], isw["relays"], isw["rests_on"]) == (
        "asserts", None, "Russian Ministry of Defense")
    assert inc["independent"]["asserts"] == 1
    assert inc["status"] == "reported"
    assert all(set(h["stances"]) == {"Russian Ministry of Defense"} for h in inc["history"])


@pytest.mark.parametrize("evidence, want", [
    ("Russian forces destroyed a logistics center in Lviv", "remote"),
    ("Ukrainian forces destroyed a second Russian pontoon bridge near Alpha", "remote"),
    ("Ukrainian artillery destroyed the Russian pontoon bridges", "remote"),
    ("struck an ammunition depot near Alpha", "remote"),
    ("the cause of the attack on the Alpha Strait Bridge", "remote"),
    ("Russian forces attacked Ukrainian positions near the bridge", "combat"),
    # a victory declared in a battle for a place claims the place
    ("The Kremlin declared victory in the battle of Alpha", "territory"),
    ("Russian forces destroyed a Ukrainian tank near Alpha", "combat"),
    ("assaulted Ukrainian positions and destroyed a fuel depot near Alpha", "combat"),
])
def test_a_facility_destroyed_without_ground_fighting_is_a_strike(evidence, want):
    assert mention_family("Battles", "Armed clash", evidence) == want


def test_a_claim_naming_the_strike_back_attaches_to_it_beside_the_writer():
    text = ("Russian missiles struck a shopping mall in Alpha on June 27. Ukrainian sources stated "
            "that over 1,000 civilians were inside the mall at the time of the strike.")
    ev = "Russian missiles struck a shopping mall in Alpha"
    ext = extraction("d1", "2025-06-27", "ISW", text, [dict(
        place=place("Alpha", VILLAGE_A), time=inferred("2025-06-27"), type="Explosions/Remote violence",
        sub="Shelling/artillery/missile attack", evidence=ev)])
    e0 = ext.events[0]
    ext = replace(ext, events=(replace(e0, evidence=Span(ev, 0, len(ev))),),
                  claims=(replace(_claim(text, "Ukrainian sources", "stated"), events=()),))
    [m] = mentions_from_extraction(ext)
    assert {a.source.canonical: a.stance for a in m.attributions} == {
        "Ukrainian sources": "asserts", "Institute for the Study of War": "asserts"}


def test_soldiers_surrendering_are_prisoners_not_a_place_given_up():
    assert mention_family("Strategic developments", "Agreement",
                          "five Russian soldiers surrendered in Alpha") == "Strategic developments:Agreement"


@pytest.mark.parametrize("text, evidence", [
    ("Russian forces have not yet captured Alpha.", "Russian forces have not yet captured Alpha"),
    ("Russian forces did not take any territory near Alpha.",
     "Russian forces did not take any territory near Alpha"),
    ("Russian forces are attempting to complete the capture of Alpha.", "the capture of Alpha"),
])
def test_statuses_and_aims_named_as_things_are_no_events(text, evidence):
    m = _mention(text, evidence)
    if "not" in evidence:
        m = replace(m, polarity="negative")
    assert not_an_event(m) is not None


@pytest.mark.parametrize("evidence, want", [
    ("the Russian grouping on Snake Island withdrew on June 30", "territory"),
    ("Russian troops in Alpha retreated across the river", "territory"),
    ("units in the Alpha direction withdrew", "Strategic developments:Change to group/activity"),
])
def test_a_force_at_a_named_place_withdrawing_leaves_it(evidence, want):
    assert mention_family("Strategic developments", "Change to group/activity", evidence) == want


def test_a_capture_told_before_an_aim_of_surrender_elsewhere_is_a_capture():
    m = _mention("Russian forces likely captured Alpha and began a bombardment of Bravo in a "
                 "likely effort to force the city to surrender.",
                 "Russian forces likely captured Alpha and began a bombardment of Bravo in a "
                 "likely effort to force the city to surrender")
    m = replace(m, sub_event_type=CAPTURE, event_type="Battles")
    assert not_an_event(m) is None


@pytest.mark.parametrize("evidence,want", [
    # ISW 2022-06-24: the defenders leave their positions inside the town: its story
    ("Ukrainian forces are withdrawing from “broken positions” in Severodonetsk to new "
     "fortified positions", "territory"),
    ("Ukrainian troops pulled back from positions in Rubizhne", "territory"),
    # a front, a direction or a region is no town changing hands
    ("Russian units withdrew from positions in the Kyiv direction", "Strategic developments:"
     "Change to group/activity"),
    ("Russian units withdrew from positions in Luhansk Oblast", "Strategic developments:"
     "Change to group/activity"),
    ("Russian units withdrew from positions northwest of Kyiv into Belarus",
     "Strategic developments:Change to group/activity"),
])
def test_a_withdrawal_from_positions_inside_a_town_is_the_towns_story(evidence, want):
    assert mention_family("Strategic developments", "Change to group/activity", evidence) == want
