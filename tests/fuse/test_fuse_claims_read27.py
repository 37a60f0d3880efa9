"""A source that tells of another's claim as false denies what it tells; it does not relay it
(fuse.model._CALLED_FALSE; read27: Ukrainian officials stood as relaying a Russian capture
claim they called false). One that only tells of the claim still relays it (guard).

A source's report "but did not provide visual evidence" leaves the writer doubting it: the
content stops before those words and the writer hedges (claims.attribution._CUT_ADVCL,
fuse.model._DOUBT; read29: the writer's doubt went unread)."""

import pytest

from fogofwar.fuse.model import mentions_from_extraction
from fogofwar.records import Report

_LEAD = "Russian forces continued offensive operations near Bakhmut.\n\n"


def _capture_rows(pipeline, text):
    ext = pipeline.run(Report(id="t", text=_LEAD + text, published="2022-10-28", source="ISW"))
    return {(a.source.canonical, a.stance, a.relays) for m in mentions_from_extraction(ext)
            if m.sub_event_type.endswith("territory") for a in m.attributions
            if a.source.canonical == "Ukrainian military officials"}


@pytest.mark.parametrize("text, want", [
    ("Ukrainian military officials stated on October 16 that Russian forces had falsely "
     "claimed to have captured Soledar.", ("Ukrainian military officials", "denies", None)),
    ("Ukrainian military officials stated on October 16 that Russian forces claimed to have "
     "captured Soledar.", ("Ukrainian military officials", "asserts", "Russian forces")),
])
def test_a_claim_told_as_false_is_denied_not_relayed(pipeline, text, want):
    assert _capture_rows(pipeline, text) == {want}


def test_a_report_given_without_evidence_is_hedged_by_the_writer(pipeline):
    text = ("Ukrainian social media users reported that Russian forces shelled a bridge in "
            "Kherson on October 26, but did not provide visual evidence.")
    ext = pipeline.run(Report(id="t", text=_LEAD + text, published="2022-10-28", source="ISW"))
    [c] = ext.claims
    assert c.content.text.endswith("October 26"), c.content
    [m] = [m for m in mentions_from_extraction(ext) if m.sub_event_type.startswith("Shelling")]
    assert ("Institute for the Study of War", "hedges") in {
        (a.source.canonical, a.stance) for a in m.attributions}, m.attributions
