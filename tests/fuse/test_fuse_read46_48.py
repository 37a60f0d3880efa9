"""Fusion rules from the analyst reads of ISW 2022-03-03/04 (read46), 04-29/30 (read47) and
10-12/13 (read48), on sentences written here:
- the unnamed collectives of one side ("Russian sources", "Russian milbloggers") are one
  witness together, never a confirmation of each other (fuse.grade.witnesses; read48: a
  capture claim only such labels made came out "confirmed"); named sources of no party, and
  collectives of two sides, still are two, while the sources of one party are one witness
  (of its own act: session 21; of any act: session 23, test_fuse_session23);
- a contrary phrase inside a source's claim, or about another place, is no denial in the
  writer's voice (fuse.model._writer_contradicts; read48);
- a strike on a named structure named back ("the Kerch Strait Bridge attack") starts no
  incident of the report's day (fuse.salience.not_salient; read48);
- a claim with no event of its own speaks of the events at each place it names, not only the
  nearest one, and a bearing's anchor ("25 km southeast of X") is no place it names
  (fuse.model.refers_to; read46, read47);
- troops told by what they once did ("the troops that seized X remain ...") start no capture,
  and ground "previously lost" (an irregular participle) is no act recalled
  (fuse.salience._PAST_RELATIVE, _RECALLED; read49).
"""

from __future__ import annotations

from helpers_fuse import fused_incidents

from fogofwar.records import Report

_LEAD = "Russian forces shelled Kharkiv on October 11.\n\n"


def _incident_at(pipeline, text, name):
    incs = fused_incidents(pipeline, [Report(id="r", text=_LEAD + text, published="2022-10-12",
                                             source="Institute for the Study of War")])
    got = [i for i in incs if name in i["title"]]
    assert got, [i["title"] for i in incs]
    return got[0]


def test_one_sides_unnamed_collectives_are_one_witness(pipeline):
    inc = _incident_at(pipeline, "Russian sources claimed that Russian forces shelled Izium on "
                                 "October 11. Russian milbloggers also claimed that Russian "
                                 "forces shelled Izium on October 11.", "Izium")
    assert inc["status"] == "reported", inc


def test_the_doers_own_sources_are_one_witness(pipeline):
    inc = _incident_at(pipeline, "The Russian Ministry of Defense claimed that Russian forces "
                                 "shelled Izium on October 11. Russian milbloggers also claimed "
                                 "that Russian forces shelled Izium on October 11.", "Izium")
    assert inc["status"] == "reported", inc


def _stances(pipeline, text, word):
    from fogofwar.fuse.model import mentions_from_extraction
    ext = pipeline.run(Report(id="t", text=_LEAD + text, published="2022-10-12", source="ISW"))
    return {(a.source.canonical, a.stance) for m in mentions_from_extraction(ext)
            if word in m.evidence.text for a in m.attributions}


def test_a_contrary_phrase_in_a_sources_claim_about_another_place_is_no_writers_denial(
        pipeline):
    # (read48: "claimed that its forces took A and that B remains under Ukrainian control"
    # made ISW deny the capture of A)
    got = _stances(pipeline, "Wagner financier Yevgeny Prigozhin claimed that Wagner forces "
                             "captured Izium on October 12 and that Kupiansk remains under "
                             "Ukrainian control.", "captured")
    assert not any(stance == "denies" for _, stance in got), got


def test_the_writers_own_contrary_phrase_still_denies_the_claim(pipeline):
    # guard
    got = _stances(pipeline, "Izium remains under Ukrainian control despite Russian claims "
                             "that Russian forces captured it on October 12.", "captured")
    assert any(stance == "denies" for _, stance in got), got


def test_a_strike_on_a_structure_named_back_starts_no_incident(pipeline):
    # (read48: "after the Kerch Strait Bridge attack", four days after it, with no incident of
    # it in the store, started one dated the report's day)
    incs = fused_incidents(pipeline, [Report(
        id="r", text=_LEAD + "Russian officials blamed Ukrainian special services for the "
                             "Kerch Strait Bridge attack.", published="2022-10-12",
        source="Institute for the Study of War")])
    assert not [i for i in incs if "Kerch" in i["title"]], [i["title"] for i in incs]


def test_a_strike_on_a_structure_told_as_news_starts_one(pipeline):
    # guard
    incs = fused_incidents(pipeline, [Report(
        id="r", text=_LEAD + "An explosion damaged the Kerch Strait Bridge on October 11.",
        published="2022-10-12", source="Institute for the Study of War")])
    assert [i for i in incs if "Kerch" in i["title"]], [i["title"] for i in incs]


def _sources_on(pipeline, text, word):
    from fogofwar.fuse.model import mentions_from_extraction
    ext = pipeline.run(Report(id="t", text=_LEAD + text, published="2022-10-12", source="ISW"))
    return {a.source.canonical for m in mentions_from_extraction(ext)
            if word in m.evidence.text for a in m.attributions}


_TWO = ("Russian forces shelled Izium on October 11. Russian forces shelled Kupiansk on "
        "October 11. ")


def test_a_claim_naming_several_places_speaks_of_each_ones_event(pipeline):
    # (read46: "ISW assesses that forces control A, B, and C" stood on A's event alone)
    text = _TWO + "Ukrainian officials stated that Russian troops remain in Izium and Kupiansk."
    assert "Government of Ukraine" in _sources_on(pipeline, text, "Izium"), text
    assert "Government of Ukraine" in _sources_on(pipeline, text, "Kupiansk"), text


def test_a_bearings_anchor_is_no_place_a_claim_names(pipeline):
    # (read47: a claim about a village "25 km southeast of X" stood on an event at X)
    text = _TWO + ("Ukrainian officials stated that Russian troops remain in a village 25 km "
                   "southeast of Kupiansk.")
    assert "Government of Ukraine" not in _sources_on(pipeline, text, "Kupiansk"), text


def _titles(pipeline, text):
    return [i["title"] for i in fused_incidents(pipeline, [Report(
        id="r", text=_LEAD + text, published="2022-10-12",
        source="Institute for the Study of War")])]


def test_troops_told_by_what_they_once_did_start_no_capture(pipeline):
    got = _titles(pipeline, "The locations and strength of the Russian troops that seized "
                            "Izium remain unclear at this time.")
    assert not [t for t in got if "Izium" in t or "Izyum" in t], got


def test_ground_previously_lost_is_fought_for_now(pipeline):
    got = _titles(pipeline, "Ukrainian forces unsuccessfully attempted to regain previously "
                            "lost positions in Izium.")
    assert [t for t in got if "Izium" in t or "Izyum" in t], got
