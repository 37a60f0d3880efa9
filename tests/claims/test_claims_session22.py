"""Claims rules of the twenty-second session, on sentences written here:
- a claim noun with an infinitive ("Russian claims to have captured X") says what its speaker
  did: a claim of it (claims.attribution._infinitive_told; read93, read91: the capture stood
  as the writer's own);
- a claim noun's that-clause ends where the noun's own verb begins ("claims that X captured Y
  are likely false": the clause is not "X captured Y are likely false",
  claims.attribution._that_clause);
- a close spelling of an institution of another quarter is not that institution ("Northern
  Operational Command" is not the Southern one: claims.canonical._compass; read95), while a
  misspelling of the same one still is (guard);
- an official the text does not name is one source however the description is worded ("a
  senior US defense official", "Unnamed senior American defense official", "US senior
  defense official": claims.canonical._unnamed_official; read94: two and three witnesses),
  while a named body's official keeps its name (guard);
- what someone is kept from saying ("to prevent them from disclosing X") is no claim, and
  "them" no source (claims.attribution._kept_from; read96: the accused stood as a second
  witness), while a disclosure made is one (guard)."""

from __future__ import annotations

import pytest

from fogofwar.claims import extract_claims
from fogofwar.claims.canonical import canonical_source
from fogofwar.records import Report

pytestmark = pytest.mark.slow


def _claims(nlp, text):
    doc = nlp(text)
    return extract_claims(doc, [], [], Report(id="t", text=text))


@pytest.mark.parametrize("text, content", [
    ("Russian claims to have seized the bridge at Kamenka are likely false.",
     "seized the bridge at Kamenka"),
    ("The separatists' claims to control the whole district are premature.",
     "control the whole district"),
])
def test_a_claim_noun_with_an_infinitive_is_a_claim(nlp, text, content):
    got = _claims(nlp, text)
    assert len(got) == 1 and content in got[0].content.text, got


def test_a_claim_nouns_that_clause_ends_at_its_verb(nlp):
    got = _claims(nlp, "Russian claims that Russian troops seized the bridge at Kamenka are "
                       "likely false.")
    assert len(got) == 1, got
    assert got[0].content.text.endswith("Kamenka"), got[0].content


@pytest.mark.parametrize("name, canonical", [
    ("Ukraine's Northern Operation Command", "Ukrainian Northern Operational Command"),
    ("Ukrainian Eastern Operational Command", "Ukrainian Eastern Operational Command"),
    ("Ukraine's Southern Operation Command", "Ukrainian Southern Operational Command"),
])
def test_an_institution_of_another_quarter_is_another(name, canonical):
    got = canonical_source(name, "party_military", "UA")
    assert got is not None and got.canonical == canonical, got


@pytest.mark.parametrize("name", ["a senior US defense official",
                                  "Unnamed senior American defense official",
                                  "US senior defense official",
                                  "Senior United States defense official"])
def test_an_unnamed_official_is_one_source_however_worded(name):
    got = canonical_source(name, "other", None)
    assert got is not None and got.canonical == "Senior US defense official", got


def test_a_named_bodys_official_keeps_its_name():
    # guard
    got = canonical_source("A senior Pentagon official", "other", None)
    assert got is not None and "Pentagon" in got.canonical, got


@pytest.mark.parametrize("text, sources", [
    ("A plant engineer told reporters that the occupation authorities are arresting and "
     "torturing staff to prevent them from disclosing safety violations.", ["A plant engineer"]),
    ("The engineers disclosed that the guards detained staff.", ["The engineers"]),
])
def test_what_one_is_kept_from_saying_is_no_claim(nlp, text, sources):
    assert [c.source.text for c in _claims(nlp, text)] == sources
