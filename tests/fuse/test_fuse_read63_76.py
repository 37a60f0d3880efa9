"""Fusion rules from the third analyst reads of ISW reports outside every gold window
(read63-76: 2022-07-12/13, 09-25..27, 06-10..12, 10-15..17, 03-05..07, 06-04..06,
09-01/02/14, 06-17..19, 03-09/10/19, 04-07/15/22, 04-29/30 and 05-29, 06-14/07-19/09-07,
05-27/28/30, 03-23/09-19/10-06; each window but 06-14 and 09-07 read once before by an
earlier session, now on the current code), on sentences written here:
- a strike by the side every asserted strike of an incident struck, on their striker, is
  another strike ("Ukrainian forces destroyed depots in X" beside "Russian forces targeted
  Ukrainian forces in X"): never one incident, nor one side's corroboration of the other's
  (fuse.fusion._struck_back; read64: merged and graded confirmed), while a doer one party
  lays on the other stays one disputed strike (guard); only strikes from afar have a
  striker (an "attack on the Kerch Strait Bridge" typed a clash, its sides filled in from the
  place, split from "Ukraine's attack on the bridge": the dev story's two fragments);
- of two speakers joined in one sentence ("A reported that P, and B claimed that Q"), each
  is the source of its own clause only (claims._own_events_only; read66: Q stood as
  confirmed by both), while a claim the first speaker tells ("A said that B claimed Q") is
  his to relay (guard);
- the writer's next sentence calling the claims just told unproven ("These Ukrainian claims
  remain unsubstantiated") hedges them (fuse.model._UNPROVEN_AFTER; read66: ISW stood as
  relaying them without doubt), and so does the source's failing to back what it says,
  which the parse may leave inside what it says ("claimed that X but provided no evidence":
  fuse.model._NO_EVIDENCE; read74);
- holding one part of a town does not deny taking another ("retained control of
  southwestern X" beside "captured central X": fuse.fusion._score; read72, the capture stood
  disputed), while it still answers a claim to the whole town (guard);
- parties that accuse each other of an act dispute its doer: the act is told, by no side
  (events.arguments.mutual_blame; read69: "Russian forces strike X", with the Russian
  officials asserting their own side did it);
- the writer's next sentence naming the claims just told unconfirmed ("These unconfirmed
  Russian claims ...") or saying it cannot corroborate "most of these claims" hedges them
  (fuse.model._UNPROVEN_AFTER, _THIS_CLAIM; read76: ISW stood as relaying them);
- what an act is "with the aim of" is no event ("fighting continued over A with the aim of
  allowing Russian forces to launch an offensive on B": fuse.salience._AIM_OF; read75: a clash
  at B), while the act itself stands (guard).
"""

from __future__ import annotations

import pytest
from helpers_fuse import ISW_LEAD as _LEAD
from helpers_fuse import fused_incidents, incidents_at as _at

from fogofwar.records import Report


def test_each_sides_strike_at_one_place_is_its_own_incident(pipeline):
    got = _at(pipeline, "The Ukrainian Southern Operational Command reported that Ukrainian "
                        "forces destroyed Russian ammunition depots in Bakhmut on September 25. "
                        "The Russian Ministry of Defense claimed that Russian forces targeted "
                        "Ukrainian forces in Bakhmut on September 25.", "Bakhmut")
    assert len(got) == 2, [(i["title"], i["status"]) for i in got]
    assert all(i["status"] != "confirmed" for i in got), got


def test_a_strike_laid_on_the_other_side_stays_one_dispute(pipeline):
    got = _at(pipeline, "Ukrainian officials reported that Russian forces shelled Nikopol on "
                        "September 25. The Russian Ministry of Defense falsely accused Ukrainian "
                        "forces of shelling Nikopol on September 25.", "Nikopol")
    assert len(got) == 1, [(i["title"], i["status"]) for i in got]


def _writer_stance(inc) -> str | None:
    """The stance of ISW, the report's writer, on the incident (None where it is not on it)."""
    return next((s["stance"] for s in inc["sources"]
                 if s["canonical"] == "Institute for the Study of War"), None)


def _sources(inc) -> dict:
    return {s["canonical"]: s["stance"] for s in inc["sources"] if not s["relays"]}


def test_each_speaker_joined_in_a_sentence_says_only_its_clause(pipeline):
    got = _at(pipeline, "Ivan Fedorov reported that Ukrainian forces struck Melitopol on "
                        "September 25, and Kiselyov claimed that Russian forces shot down two "
                        "drones over Tokmak on September 25.", "Tokmak")
    assert len(got) == 1 and got[0]["status"] != "confirmed", got
    assert "Ivan Fedorov" not in _sources(got[0]), got


def test_a_claim_the_speaker_tells_is_his_to_relay(pipeline):
    got = _at(pipeline, "Ivan Fedorov said that Russian sources claimed that Ukrainian forces "
                        "struck Melitopol on September 25.", "Melitopol")
    assert got and "Russian sources" in {s["canonical"] for s in got[0]["sources"]}, got


def test_claims_called_unsubstantiated_are_hedged(pipeline):
    got = _at(pipeline, "Ukrainian sources reported that Ukrainian forces recaptured Torske on "
                        "September 25. These Ukrainian claims remain unsubstantiated.", "Torske")
    assert _writer_stance(got[0]) == "hedges", got



def test_a_claim_given_without_evidence_is_hedged(pipeline):
    got = _at(pipeline, "Russian sources claimed that Russian forces destroyed a Ukrainian depot "
                        "in Bakhmut on September 25 but provided no evidence.", "Bakhmut")
    assert _writer_stance(got[0]) == "hedges", got


def test_holding_one_part_does_not_deny_taking_another(pipeline):
    got = _at(pipeline, "The Russian Ministry of Defense claimed that Russian forces captured "
                        "central Mariupol on September 25. The Ukrainian General Staff reported "
                        "that Ukrainian forces retained control of southwestern Mariupol on "
                        "September 25.", "Mariupol")
    assert [i["status"] for i in got] == ["reported"], [(i["title"], i["status"]) for i in got]


def test_holding_a_part_answers_a_claim_to_the_whole(pipeline):
    got = _at(pipeline, "The Russian Ministry of Defense claimed that Russian forces captured "
                        "Mariupol on September 25. The Ukrainian General Staff reported that "
                        "Ukrainian forces retained control of southwestern Mariupol on "
                        "September 25.", "Mariupol")
    assert [i["status"] for i in got] == ["disputed"], [(i["title"], i["status"]) for i in got]


def test_parties_accusing_each_other_name_no_doer(pipeline):
    got = _at(pipeline, "Ukrainian and Russian officials accused each other of shelling "
                        "Bakhmut on September 25.", "Bakhmut")
    assert got and not got[0]["title"].startswith(("Russian forces", "Ukrainian forces")), got


@pytest.mark.parametrize("doubt", [
    "These unconfirmed Russian claims suggest that fighting continues.",
    "ISW is unable to corroborate most of these claims.",
])
def test_claims_named_unconfirmed_next_are_hedged(pipeline, doubt):
    got = _at(pipeline, "Russian milbloggers claimed that Russian forces recaptured Bakhmut on "
                        "September 25. " + doubt, "Bakhmut")
    assert _writer_stance(got[0]) == "hedges", got


def test_what_an_act_aims_at_is_no_incident(pipeline):
    got = fused_incidents(pipeline, [Report(
        id="r", published="2022-09-26", source="ISW", text=_LEAD + (
            "Russian forces attacked Soledar on September 25 with the aim of allowing Russian "
            "forces to launch an offensive on Bakhmut."))])
    places = {(i.get("place") or {}).get("name") for i in got}
    assert "Soledar" in places and "Bakhmut" not in places, places
