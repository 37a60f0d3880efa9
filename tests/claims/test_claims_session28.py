"""Source rules of the twenty-eighth session, on sentences written here:
- "media reports" told after "social media reports of Russian helicopters" is another
  report, not the one before (claims.sources._REPORT_WORDS in _earlier_mention; read199: the
  rapes in Kherson credited to the helicopters' reports), while "the Russian Telegram channel"
  after "Russian Telegram channel Baza" is Baza (guard, test_claims_session21);
- a report's name is the report's, not what it shows ("Social media reports of Russian
  helicopters" is "Social media reports", of no side) (claims.sources._REPORTS_OF);
- a claim set against its clause ("captured the plant despite Russian claims of a mass
  surrender") is of its own content only, not of the act the clause tells (claims._linked,
  _conceded; read201: the capture stood as the Russian government's claim), while "despite
  Russian claims that Russian forces captured X" keeps the capture it tells (guard);
- a source that "cannot confirm the reported strike" leaves it unvouched, no denial (claims.
  factuality._UNVOUCHED; read205: the US official stood as denying the strike), while one
  that "denied the reported strike" denies it (guard)."""

from __future__ import annotations

from fogofwar.claims import extract_claims
from fogofwar.records import Report


def _sources(nlp, text):
    doc = nlp(text)
    return [c.source for c in extract_claims(doc, [], [], Report(id="t", text=text))]


_TEXT = ("Social media reports of Russian attack helicopters indicate that Russian forces struck "
         "a bridge. Media reports indicate that Russian troops looted shops in Kherson.")


def test_media_reports_are_not_an_earlier_report(nlp):
    got = _sources(nlp, _TEXT)
    assert len(got) == 2 and got[0].canonical != got[1].canonical, got


def test_a_reports_name_is_not_what_it_shows(nlp):
    first = _sources(nlp, _TEXT)[0]
    assert first.canonical == "Social media reports" and first.side is None, first


def _claims_with_events(pipeline, text):
    ext = pipeline.run(Report(id="t", text=text, published="2022-04-07"))
    return ext, [c for c in ext.claims if c.source.side == "RU"]


def test_a_claim_set_against_its_clause_is_not_the_clauses_act(pipeline):
    ext, claims = _claims_with_events(pipeline, "Russian forces captured the steel plant in "
                                                "northern Mariupol despite Russian claims of a "
                                                "mass surrender.")
    taking = {i for i, e in enumerate(ext.events)
              if e.sub_event_type == "Non-state actor overtakes territory"}
    assert taking and claims and not any(set(c.events) & taking for c in claims), \
        (ext.events, claims)


def test_a_claim_set_against_its_clause_keeps_its_own_act(pipeline):
    # guard
    ext, claims = _claims_with_events(pipeline, "Ukrainian forces repelled an attack on Izyum "
                                                "despite Russian claims that Russian forces "
                                                "captured Izyum.")
    taking = {i for i, e in enumerate(ext.events)
              if e.sub_event_type == "Non-state actor overtakes territory"}
    assert any(set(c.events) & taking for c in claims), (ext.events, claims)


def test_cannot_confirm_the_strike_is_no_denial(nlp):
    doc = nlp("Kirby said the United States cannot confirm the reported strike.")
    got = extract_claims(doc, [], [], Report(id="t", text=doc.text))
    assert got and got[0].stance != "denies", got


def test_denied_the_strike_is_a_denial(nlp):
    # guard
    doc = nlp("Kirby denied the reported strike.")
    got = extract_claims(doc, [], [], Report(id="t", text=doc.text))
    assert got and got[0].stance == "denies", got
