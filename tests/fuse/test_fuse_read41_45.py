"""Fusion rules from the analyst reads of ISW 2022-09-04..06 (read41), 06-17..19 (read42),
03-23 and 05-27/28 (read43), 06-04..06 (read44) and 08-01..03 (read45), on sentences written
here:
- a denial of a named speaker's claims ("denied Haidai's claims on June 5") names back that
  claim's act, as "denied these claims" does (fuse.model._CLAIM_NOUN; read44: the denial
  named nothing back, and the act stood confirmed).
"""

from fogofwar.fuse.model import mentions_from_extraction
from fogofwar.records import Report

_LEAD = "Russian forces continued offensive operations in Luhansk Oblast on June 5.\n\n"


def _stances(pipeline, text, word):
    ext = pipeline.run(Report(id="t", text=_LEAD + text, published="2022-06-06", source="ISW"))
    return {(a.source.canonical, a.stance) for m in mentions_from_extraction(ext)
            if word in m.evidence.text for a in m.attributions}


def test_a_denial_of_a_named_speakers_claims_denies_their_act(pipeline):
    text = ("Luhansk Oblast Head Serhiy Haidai claimed that Ukrainian forces recaptured "
            "Kreminna on June 5. Ukrainian journalist Yuri Butusov, however, denied Haidai's "
            "claims on June 5.")
    got = _stances(pipeline, text, "recaptured")
    assert ("Yuri Butusov", "denies") in got, got


def test_a_possessor_that_is_no_claim_names_nothing_back(pipeline):
    # guard: "the capture of X" is no claim named back
    text = ("Luhansk Oblast Head Serhiy Haidai claimed that Ukrainian forces recaptured "
            "Kreminna on June 5. Ukrainian journalist Yuri Butusov denied the capture of "
            "Lysychansk.")
    got = _stances(pipeline, text, "recaptured")
    assert ("Yuri Butusov", "denies") not in got, got
