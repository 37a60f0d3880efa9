"""Claim rules of the twenty-sixth session, on sentences written here:
- a participle of saying on what footage shows ("sources published footage of smoke
  claiming that ...") is said by the footage's publishers, never by what it shows
  (claims.attribution._subject, _PICTURES; read156: a source "Smoke"), while a participle on
  a speaker stays the speaker's (guard);
- what a verb of saying tells with "that" unwritten, where the parse makes the first of two
  joined subjects the verb's object ("claimed special forces and partisans destroyed a
  bridge"), is the whole clause (claims.attribution._subjects_split_off; read162: only the
  forces were said)."""

from __future__ import annotations

from fogofwar.records import Report


def _claims(pipeline, text):
    return pipeline.run(Report(id="t", text="Russian forces continued offensive operations in "
                                          "eastern Ukraine on September 14.\n\n" + text,
                               published="2022-09-15")).claims


def _sources(pipeline, text):
    return {c.cue.text: c.source.canonical for c in _claims(pipeline, text)}


def test_footage_claiming_is_its_publishers_claim(pipeline):
    got = _sources(pipeline, "Russian milbloggers posted footage of smoke claiming that Russian "
                             "strikes hit a dam near Kryvyi Rih.")
    assert got.get("claiming") not in (None, "Smoke"), got
    assert got.get("claiming") == got.get("posted footage", got.get("claiming")), got


def test_a_speaker_claiming_stays_the_speaker(pipeline):
    # guard
    got = _sources(pipeline, "Ukrainian officials issued a statement, with the mayor of Kharkiv "
                             "claiming that Russian strikes hit a school.")
    assert got.get("claiming") == "Mayor of Kharkiv", got


def _contents(pipeline, text):
    return {c.cue.text: c.content.text for c in _claims(pipeline, text)}


def test_a_thatless_claim_with_two_subjects_is_the_whole_clause(pipeline):
    got = _contents(pipeline, "The Ukrainian General Staff claimed Ukrainian Special Operations "
                              "Forces and organized partisan groups blew up a railway bridge in "
                              "Melitopol, though ISW cannot confirm this claim.")
    assert "bridge" in got.get("claimed", ""), got
