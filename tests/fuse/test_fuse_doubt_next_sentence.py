"""The writer's "ISW cannot independently confirm this report." in the sentence after a claim
(or a passive "while this claim cannot be confirmed" closing the claim's own sentence) leaves
the claim open: the writer hedges, it does not assert what it relays (read12 on ISW
2022-04-27, read16; fuse.model._writer_doubts)."""

from __future__ import annotations

import pytest

from helpers_fuse import fused_incidents

from fogofwar.records import Report


def _sources(pipeline, text):
    [inc] = fused_incidents(pipeline, [Report(id="r", source="Institute for the Study of War",
                                              published="2022-04-28", text=text)])
    return {s["canonical"]: s["stance"] for s in inc["sources"]}


@pytest.mark.parametrize("doubt", [
    ". ISW cannot independently confirm this claim.",
    ". ISW cannot independently verify these reports.",
    # read16: the speaker's own claims, named
    ". ISW cannot independently confirm Kadyrov's claims.",
    # read16 (ISW 2022-05-24..26): a passive doubt after the claim ("while this claim cannot be
    # confirmed" left ISW asserting)
    ", while this claim cannot be confirmed.",
    ", though this report could not be independently verified.",
    # read18 (ISW 2022-08-29..31): the writer's own "but there is no evidence that ..."
    ", but there is no evidence to support it.",
    ", though it is unlikely that the claim is true.",
    # read20: "has not observed independent confirmation of" leaves it open, denies nothing
    ", but ISW has not observed independent confirmation of the capture.",
])
def test_a_doubt_after_the_claim_leaves_it_open(pipeline, doubt):
    got = _sources(pipeline, "Russian sources claimed that Russian forces captured Zarichne on "
                             "April 27" + doubt)
    assert got["Institute for the Study of War"] == "hedges", got
    assert got["Russian sources"] == "asserts", got


def test_an_unrelated_next_sentence_changes_nothing(pipeline):
    got = _sources(pipeline, "Russian sources claimed that Russian forces captured Zarichne on "
                             "April 27. ISW cannot independently confirm casualty figures in "
                             "Mariupol.")
    assert got["Institute for the Study of War"] != "hedges", got


def test_a_doubt_after_the_next_sentences_own_claim_is_about_that_claim(pipeline):
    # read13 (ISW 2022-06-14): the General Staff's report was hedged by the doubt that
    # closes the Telegram channels' claim in the sentence after it
    [inc] = fused_incidents(pipeline, [Report(
        id="r", source="Institute for the Study of War", published="2022-06-14",
        text="The Ukrainian General Staff reported that Russian forces captured Zarichne on "
             "June 13. Russian Telegram channels claimed that Russian forces encircled "
             "Ukrainian troops in a plant, though ISW cannot independently confirm this claim.")])
    got = {s["canonical"]: s["stance"] for s in inc["sources"]}
    assert got.get("Institute for the Study of War") != "hedges", got
