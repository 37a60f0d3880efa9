"""Fusion rules from the analyst reads of ISW 2022-08-29..31 (read18) and 09-21..23 (read19),
on hand-built extractions:
- an absence of fighting told ("did not conduct any ground attacks north of X") is no event:
  it starts no incident and disputes no fight near X told beside it ("advanced northeast of
  X"); a source's denial of fighting still answers it (fuse.salience.not_an_event);
- an area across regions with no admin1 of its own ("Donbas") holds what lies within 150 km
  of its centre (fuse.compat.place_match);
- a doer every source tells only as possible is a guess: it sets no actor of the incident and
  keeps no mention from it (fuse.model.Mention.doer_speculated);
- a joint source of two sides ("Russian and Ukrainian sources") is two witnesses, one of each
  side (fuse.model._joint_sources; read19);
- a source whose claims only speak of the incident (no event of their own) stands on it but
  is no independent witness (fuse.grade.SourceRow.independent; read20);
- the writer's doubt covers the claims of its paragraph it names: opening the paragraph about
  "their claims", or after a claim naming its source ("CNN's report")
  (fuse.model._paragraph_doubt; read18);
- the writer's own negation of anything but a change of control is no event ("mobilization
  ended", "is not known for operating aircraft"); a source's negation still answers
  (fuse.salience.not_an_event; read20).
"""

from __future__ import annotations

import pytest

from helpers_fuse import MOD_RU, VILLAGE_A, day, extraction, inferred, place

from fogofwar.fuse.book import IncidentBook
from fogofwar.fuse.compat import place_match
from fogofwar.records import REGION


def _statuses(*items):
    book = IncidentBook()
    book.add(extraction("r", "2025-08-30", "Daily Assessment", "text", list(items)))
    return [(inc["status"], inc["events"]) for inc in book.incidents(include_unanswered=True)]


_FIGHT = dict(place=place("Alpha", VILLAGE_A), time=day("2025-08-29"), sub="Armed clash",
              evidence="Russian forces advanced northeast of Alpha")


def test_an_absence_of_fighting_disputes_no_fight_beside_it():
    none = dict(place=place("Alpha", VILLAGE_A), time=day("2025-08-29"), sub="Armed clash",
                polarity="negative", modality="negated",
                evidence="Russian forces did not conduct any ground attacks north of Alpha")
    assert [s for s, _e in _statuses(_FIGHT, none)] == ["reported"]
    assert _statuses(none) == []


def test_a_denial_of_fighting_still_disputes_it():
    denial = dict(place=place("Alpha", VILLAGE_A), time=day("2025-08-29"), sub="Armed clash",
                  polarity="negative", modality="denied",
                  claim=(MOD_RU, "denies", "certain", "no fighting took place in Alpha"),
                  evidence="no fighting took place in Alpha")
    assert [s for s, _e in _statuses(_FIGHT, denial)] == ["disputed"]


_AREA = dict(geonameid=9010, name="Basin", lat=50.9, lon=36.4, country_code="RU", admin1=None,
             admin2=None, feature_code="RGN", precision=REGION, score=1.0)
_FAR_AREA = dict(_AREA, geonameid=9011, lat=55.0, lon=40.0)


@pytest.mark.parametrize("area, joined", [(_AREA, True), (_FAR_AREA, False)])
def test_an_area_across_regions_holds_what_lies_near_its_centre(area, joined):
    """(Found on the dev story of the Kramatorsk station strike, 2022-04-08: "strikes on
    railway stations in Donbas", an area with no admin1 of its own, stood apart from the
    strike at the station it named.)"""
    ok, _strength, why = place_match(place("Basin", area), place("Alpha", VILLAGE_A))
    assert ok == joined, why


_UA_FORCES = ("Military Forces of Ukraine", None)
_RU_FORCES = ("Military Forces of Russia", None)


def test_a_guessed_doer_does_not_split_the_story():
    """(Found on the dev story of the Kerch bridge, 2022-10-08/09: bloggers' guess that
    Ukrainian saboteurs did it set the incident's doer, and the next day's account blaming
    Russian services stood apart.)"""
    from helpers_fuse import source
    bloggers = source("Russian milbloggers", "milblogger", "RU")
    book = IncidentBook()
    book.add(extraction("d1", "2025-10-08", "Daily Assessment", "t1", [
        dict(place=place("Alpha", VILLAGE_A), time=day("2025-10-08"),
             sub="Remote explosive/landmine/IED", type="Explosions/Remote violence",
             actors=(None, None), evidence="A large explosion damaged the Alpha bridge"),
        dict(place=place("Alpha", VILLAGE_A), time=day("2025-10-08"),
             sub="Remote explosive/landmine/IED", type="Explosions/Remote violence",
             actors=_UA_FORCES, evidence="saboteurs used a boat to detonate the bridge",
             claim=(bloggers, "asserts", "possible", "saboteurs used a boat"))]))
    book.add(extraction("d2", "2025-10-09", "Daily Assessment", "t2", [
        dict(place=place("Alpha", VILLAGE_A), time=inferred("2025-10-09"),
             sub="Remote explosive/landmine/IED", type="Explosions/Remote violence",
             actors=_RU_FORCES, evidence="the explosion on the Alpha bridge")]))
    assert len(book.incidents(include_unanswered=True)) == 1, book.incidents()


@pytest.mark.parametrize("text, sources", [
    ("Russian and Ukrainian sources reported explosions in Melitopol on May 3.",
     {("Russian sources", "RU"), ("Ukrainian sources", "UA")}),
    # one side's two kinds of source stay one source
    ("Russian and pro-Russian sources reported explosions in Melitopol on May 3.", 1),
])
def test_a_joint_source_of_two_sides_is_two_witnesses(pipeline, text, sources):
    """(read19: "Russian and Ukrainian sources" stood as one source of no side, and an
    explosion both sides reported was no more than reported.)"""
    from fogofwar.fuse.model import mentions_from_extraction
    from fogofwar.records import Report
    ext = pipeline.run(Report(id="r", text="Russian forces shelled Kharkiv.\n\n" + text,
                              published="2022-05-04", source="Institute for the Study of War"))
    got = {(a.source.canonical, a.source.side) for m in mentions_from_extraction(ext)
           if "Melitopol" in m.evidence.text or (m.place and m.place.name == "Melitopol")
           for a in m.attributions if a.claim_id is not None}
    got = {g for g in got if g[0] != "Institute for the Study of War"}
    assert got == sources if isinstance(sources, set) else len(got) == sources, got


def test_a_source_that_only_speaks_of_the_place_is_no_witness(pipeline):
    """(read20: Haidai's "mined the river bank near Svatove", a claim of no event of its own,
    made a Russian-sourced attack there "confirmed".)"""
    from helpers_fuse import fused_incidents
    from fogofwar.records import Report
    text = ("Russian forces shelled Kupiansk on May 3.\n\nRussian sources claimed that Ukrainian "
            "forces attacked Russian positions near Svatove on May 3. Haidai noted that Russian "
            "troops mined the entire bank of the Krasna River near Svatove.")
    [inc] = [i for i in fused_incidents(pipeline, [Report(
        id="r", text=text, published="2022-05-04", source="Institute for the Study of War")])
        if "Svatove" in i["title"]]
    assert inc["status"] != "confirmed", inc


@pytest.mark.parametrize("text, isw", [
    # a doubt that opens the paragraph, about "their claims", covers the claims after it
    ("ISW cannot independently verify their claims. Russian milbloggers claimed that Russian "
     "forces captured Izyum on May 3.", "hedges"),
    # a doubt that names the source covers its claim a sentence or two back
    ("A Ukrainian official told CNN that Ukrainian forces liberated Izyum on May 3. Ukrainian "
     "forces also shelled Kharkiv. ISW cannot independently verify CNN's report.", "hedges"),
    # a doubt naming another source does not
    ("Russian milbloggers claimed that Russian forces captured Izyum on May 3. Russian forces "
     "shelled Kharkiv. ISW cannot independently verify CNN's report.", "asserts"),
])
def test_a_paragraphs_doubt_about_named_claims(pipeline, text, isw):
    """(read18: ISW stood as asserting claims its paragraph had called unverified.)"""
    from helpers_fuse import fused_incidents
    from fogofwar.records import Report
    [inc] = [i for i in fused_incidents(pipeline, [Report(
        id="r", text="Russian forces shelled Kupiansk on May 3.\n\n" + text,
        published="2022-05-04", source="Institute for the Study of War")])
        if "Izyum" in i["title"]]
    rows = {s["canonical"]: s["stance"] for s in inc["sources"]}
    assert rows["Institute for the Study of War"] == isw, rows


@pytest.mark.parametrize("sub, etype, claimed, no_event", [
    ("Change to group/activity", "Strategic developments", False, True),
    ("Shelling/artillery/missile attack", "Explosions/Remote violence", False, True),
    # a source's "the strike did not occur" still answers the strike
    ("Shelling/artillery/missile attack", "Explosions/Remote violence", True, False),
    # the writer's "did not capture X" still answers a capture claim
    ("Non-state actor overtakes territory", "Battles", False, False),
])
def test_the_writers_own_negation_is_no_event(sub, etype, claimed, no_event):
    """(read20: "mobilization in Moscow ended", "is not known for operating combat aircraft"
    were disputed incidents of nothing.)"""
    from fogofwar.fuse.model import mentions_from_extraction
    from fogofwar.fuse.salience import not_an_event
    item = dict(place=place("Alpha", VILLAGE_A), time=day("2025-10-25"), sub=sub, type=etype,
                polarity="negative", modality="negated", evidence="nothing happened at Alpha")
    if claimed:
        item["claim"] = (MOD_RU, "asserts", "certain", "nothing happened at Alpha")
    [m] = mentions_from_extraction(extraction("d1", "2025-10-26", "Daily Assessment", "t",
                                              [item]))
    assert (not_an_event(m) is not None) == no_event, not_an_event(m)


def test_generic_sources_of_two_sides_agree_at_grade_2(pipeline):
    """(read42: "Russian and Ukrainian sources", reliability F both, gave grade 1: two sides
    agreeing are a grade of confirmation only where each side's source has some standing.)"""
    from helpers_fuse import fused_incidents
    from fogofwar.records import Report
    text = ("Russian forces shelled Kharkiv on May 3.\n\nRussian and Ukrainian sources reported "
            "explosions in Melitopol on May 3.")
    [inc] = [i for i in fused_incidents(pipeline, [Report(
        id="r", text=text, published="2022-05-04", source="Institute for the Study of War")])
        if "Melitopol" in i["title"]]
    assert inc["status"] == "confirmed" and inc["credibility"] == 2, inc
