"""The writer's doubt in more of its words (fuse.model._DOUBT; read34, ISW 2022-09-01..14:
"ISW is not able to verify", "has not seen any visual evidence", "it is unclear whether"):
the writer hedges what its source claims, not asserts it ("claimed (likely falsely) that"
was a hedge here too until read97: the writer calls it false, as "these claims are likely
false", and denies it; test_fuse_session22).
Sentences written here; a doubt over "either of the claims" (read39) or "the validity of this
claim" (read45) too. And a claim of what is planned or prepared at a place names no act just
told there (fuse.model._PLANNED; read33)."""

import pytest

from fogofwar.fuse.model import mentions_from_extraction
from fogofwar.records import Report

_LEAD = "Russian forces continued offensive operations near Bakhmut.\n\n"


def _writer_rows(pipeline, text):
    ext = pipeline.run(Report(id="t", text=_LEAD + text, published="2022-09-02", source="ISW"))
    return {a.stance for m in mentions_from_extraction(ext)
            if m.sub_event_type.startswith("Shelling") for a in m.attributions
            if a.source.canonical == "Institute for the Study of War"}


@pytest.mark.parametrize("text", [
    "Russian milbloggers claimed that Ukrainian forces shelled Kramatorsk on September 1, "
    "but ISW is not able to verify this claim.",
    "Russian milbloggers claimed that Ukrainian forces shelled Kramatorsk on September 1. "
    "ISW has not seen any visual evidence of this claim.",
    # a doubt over a quantified "either of the claims" (read39: ISW stood as relaying)
    "Russian milbloggers claimed that Ukrainian forces shelled Kramatorsk on September 1. "
    "ISW cannot independently verify either of the Russian claims.",
    # ... or over "the validity of this claim" (read45)
    "Russian milbloggers claimed that Ukrainian forces shelled Kramatorsk on September 1. "
    "ISW cannot confirm the validity of this claim.",
])
def test_the_writer_doubts_in_more_words(pipeline, text):
    assert _writer_rows(pipeline, text) == {"hedges"}


def test_a_plain_relay_is_not_doubted(pipeline):
    # guard
    text = ("Russian milbloggers claimed that Ukrainian forces shelled Kramatorsk on "
            "September 1.")
    assert "hedges" not in _writer_rows(pipeline, text)


def test_a_claim_of_what_is_prepared_names_no_act_told_there(pipeline):
    # read33: the Russian MoD's "Ukrainian forces in Nikopol are preparing provocations" stood
    # as asserting Russia's shelling of Nikopol just told (fuse.model._PLANNED)
    text = ("Russian forces shelled Kramatorsk with Grad rockets on September 1. The Russian "
            "Ministry of Defense claimed that Ukrainian forces in Kramatorsk are preparing "
            "provocations.")
    ext = pipeline.run(Report(id="t", text=_LEAD + text, published="2022-09-02", source="ISW"))
    sources = {a.source.canonical for m in mentions_from_extraction(ext)
               if m.sub_event_type.startswith("Shelling") for a in m.attributions}
    assert "Russian Ministry of Defense" not in sources, sources
