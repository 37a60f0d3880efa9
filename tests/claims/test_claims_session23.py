"""Claims rules of the twenty-third session, on sentences written here:
- a statement "made by" its speaker ("consistent with a statement made by the General Staff
  that X") is that speaker's claim, as "a statement by" it is (claims.attribution.
  _STATEMENT_MAKING; read107: the source was lost), while a statement with no speaker named
  stays no claim (guard);
- a speaker the writer only "seemingly" (apparently) heard confirm a thing is no certain
  teller of it ("the General Staff seemingly confirmed that X": claims.factuality._TENTATIVE;
  read107: a confirmation, the incident confirmed), while a plain confirmation stays certain
  (guard)."""

from __future__ import annotations

import pytest

from fogofwar.claims import extract_claims
from fogofwar.records import Report

pytestmark = pytest.mark.slow


def _claims(nlp, text):
    doc = nlp(text)
    return extract_claims(doc, [], [], Report(id="t", text=text))


@pytest.mark.parametrize("made", ["made", "issued"])
def test_a_statement_made_by_a_speaker_is_its_claim(nlp, made):
    got = _claims(nlp, f"This is consistent with a statement {made} by the Ukrainian General "
                       "Staff that Ukrainian troops repelled a Russian attack near Kamenka.")
    assert [c.source.text for c in got] == ["the Ukrainian General Staff"], got
    assert got[0].content.text.startswith("Ukrainian troops repelled"), got


def test_a_statement_with_no_speaker_is_no_claim(nlp):
    # guard
    got = _claims(nlp, "This is consistent with a statement made last week that Ukrainian "
                       "troops repelled a Russian attack near Kamenka.")
    assert not got, got


@pytest.mark.parametrize("adverb", ["seemingly", "apparently"])
def test_a_confirmation_only_seemingly_heard_is_not_certain(nlp, adverb):
    got = _claims(nlp, f"The Ukrainian General Staff {adverb} confirmed that Ukrainian troops "
                       "advanced north of Kamenka.")
    assert len(got) == 1 and got[0].certainty == "possible", got


def test_a_plain_confirmation_stays_certain(nlp):
    # guard
    got = _claims(nlp, "The Ukrainian General Staff confirmed that Ukrainian troops advanced "
                       "north of Kamenka.")
    assert len(got) == 1 and got[0].certainty == "certain", got
