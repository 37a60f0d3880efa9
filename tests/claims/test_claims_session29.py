"""Source rules of the twenty-ninth session, on sentences written here:
- "discussed" is a reporting cue: "Russian sources discussed continued Ukrainian attempts to
  cross the river near X" is their claim, not the writer's (claims.cues; read220: four
  crossings stood as ISW's own word);
- "echoed claims made by some milbloggers that X" keeps its that-clause, which the parse
  hangs on the milbloggers as a relative clause (claims.attribution._complement_in_agent;
  read220: the claim and its speaker were lost);
- "discussed" speaks of a topic unless what is discussed is an act the report tells
  ("Putin and Lukashenko discussed military cooperation" is no claim) (claims.cues.TOPIC_CUES);
- coordinated that-clauses of one cue stay one content (the gold's guideline; guard): the
  verdict that opens one ("claims of the capture of X are premature") is read in fusion
  (fuse.model.claims_judged_false, tests/fuse/test_fuse_session29.py);
- the noun an infinitive cue is for is no speaker ("has sufficient data to clarify the
  front line", "falsify claims of advances to portray themselves as winning") (claims.
  attribution._preceding_np; read220: sources "Sufficient data to", "Provocations to");
- a person's name set beside an office ("The deputy head of the General Staff, General Ivan
  Petrenko, stated ...") is that source when told alone later ("Petrenko reported ...")
  (claims.sources.SourceResolver._apposed_name; read220: the surname stood as a source of
  its own, graded F);
- a descriptor of a source's kind before its proper name ("Ukrainian news source
  Ria-Kupyansk reported", "Local Ukrainian source Izyum City Council reported") names the
  source by its name, with the descriptor's side (claims.sources._DESCRIBED_NAME,
  attribution._DESCRIPTOR_HEADS; read217, read218: the descriptor stood as the name), while
  "A Ukrainian source reported" stays a source of no name (guard);
- "a milblogger under the pseudonym X" is X (claims.attribution._ALIAS_WORDS, sources.
  _DESCRIBED_NAME; read216: the source stood as "Russian milblogger under the pseudonym");
- "Russian milblogger and DNR serviceman Ivan Petrov" is one person described twice (claims.
  attribution._one_person_described_twice, sources._one_description; read216: he stood as
  "Russian milbloggers"), while "Russian milbloggers and Wagner commander Ivan Petrov" stays
  the milbloggers first (guard);
- the writer's guess at what someone thought ("Chechen units likely thought that X") is no
  statement of theirs (claims.attribution._minds_guessed; read216: the units stood as a
  source of a capture), while "officials believe that X" is (guard);
- a people's mood ("Russian speculations about X", "Ukrainian fears of Y") is no one's
  statement (claims.attribution._noun_attribution; read224: "Government of Russia" stood as
  a source), while "Russian claims of X" speaks for the state (guard);
- a body's acronym in brackets after a name put otherwise ("The Ukrainian Main Military
  Directorate (GUR)") names the body the registry knows by it (claims.canonical.
  _BRACKETED_ACRONYM; read221: the GUR stood under two names), unless the sides differ."""

from __future__ import annotations

from fogofwar.claims import extract_claims
from fogofwar.records import Report


def _claims(nlp, text):
    doc = nlp(text)
    return extract_claims(doc, [], [], Report(id="t", text=text))


def test_discussed_is_a_reporting_cue(pipeline):
    ext = pipeline.run(Report(id="t", published="2022-10-20", text=(
        "Several Russian sources discussed continued Ukrainian attempts to cross the river near "
        "Kupyansk on October 19.")))
    assert [c.source.canonical for c in ext.claims] == ["Russian sources"], ext.claims
    assert ext.claims[0].content.text.startswith("continued Ukrainian attempts"), ext.claims
    assert ext.claims[0].events, ext


def test_echoed_claims_made_by_others_keep_their_that_clause(nlp):
    got = _claims(nlp, "The Russian MoD echoed claims made by some milbloggers that Ukrainian "
                       "troops conducted limited ground attacks from Kupyansk.")
    assert len(got) == 1, got
    assert got[0].source.side == "RU" and got[0].content.text == \
        "Ukrainian troops conducted limited ground attacks from Kupyansk", got


def test_a_topic_discussed_is_no_claim(nlp):
    got = _claims(nlp, "Putin and Lukashenko discussed military cooperation on October 19.")
    assert got == [], got


def test_two_that_clauses_stay_one_content(nlp):
    # guard
    got = _claims(nlp, "Some milbloggers said that claims of the capture of Kupyansk are "
                       "premature and that Wagner Group forces are continuing attempts to take "
                       "control of Kupyansk.")
    assert len(got) == 1 and got[0].stance == "denies", got
    assert got[0].content.text.endswith("to take control of Kupyansk"), got


def test_one_that_clause_with_two_verbs_stays_one_statement(nlp):
    # guard
    got = _claims(nlp, "The governor stated that Russian forces shelled Kupyansk and struck a "
                       "school in Izyum.")
    assert len(got) == 1 and got[0].content.text.endswith("struck a school in Izyum"), got


def test_an_infinitives_noun_is_no_speaker(nlp):
    got = _claims(nlp, "The map will change as soon as we have sufficient data to further "
                       "clarify the front line. Russian forces continue to falsify claims of "
                       "advances near Bakhmut to portray themselves as winning.")
    assert got == [], got


def test_a_name_beside_an_office_is_the_source_told_alone_later(nlp):
    got = _claims(nlp, "The deputy head of the Ukrainian General Staff, Brigadier General Ivan "
                       "Petrenko, stated that the risk of an offensive is growing. Petrenko "
                       "additionally reported that Ukrainian troops improved their positions "
                       "around Izyum.")
    assert len(got) == 2 and got[0].source.canonical == got[1].source.canonical, got
    assert got[1].source.side == "UA", got


def test_a_sources_name_after_its_descriptor_names_it(nlp):
    got = _claims(nlp, "Ukrainian news source Ria-Kupyansk reported on July 16 that Russian "
                       "authorities in Kupyansk set up checkpoints. Local Ukrainian source Izyum "
                       "City Council reported that Russian forces shelled Izyum.")
    assert [(c.source.canonical, c.source.side) for c in got] == [
        ("Ria-Kupyansk", "UA"), ("Izyum City Council", "UA")], got


def test_a_source_of_no_name_keeps_its_description(nlp):
    # guard
    got = _claims(nlp, "A Ukrainian source reported that Russian forces shelled Izyum.")
    assert len(got) == 1 and got[0].source.side == "UA" and "Ukrainian" in \
        got[0].source.canonical, got


def test_a_milblogger_under_a_pseudonym_is_the_pseudonym(nlp):
    got = _claims(nlp, "A Russian milblogger under the pseudonym Boyevoy Yozh claimed that the "
                       "army suffered heavy losses near Izyum.")
    assert [(c.source.canonical, c.source.side) for c in got] == [("Boyevoy Yozh", "RU")], got


def test_one_person_described_twice_is_that_person(nlp):
    got = _claims(nlp, "Russian milblogger and DNR serviceman Ivan Petrov claimed that Russian "
                       "forces advanced near Avdiivka.")
    assert [c.source.canonical for c in got] == ["Ivan Petrov"], got


def test_a_collective_then_a_person_stays_the_collective(nlp):
    # guard
    got = _claims(nlp, "Russian milbloggers and Wagner commander Ivan Petrov claimed that "
                       "Russian forces advanced near Avdiivka.")
    assert [c.source.canonical for c in got] == ["Russian milbloggers"], got


def test_a_guess_at_what_someone_thought_is_no_claim(nlp):
    assert _claims(nlp, "Chechen units likely thought that Ukrainian forces had withdrawn from "
                        "Izyum.") == []
    # guard
    got = _claims(nlp, "Ukrainian officials believe that Russian forces will attack Izyum.")
    assert len(got) == 1, got


def test_a_peoples_speculation_is_no_statement(nlp):
    assert _claims(nlp, "Russian speculations about Ukrainian withdrawals from Izyum are "
                        "unfounded.") == []
    # guard
    got = _claims(nlp, "Russian claims of Ukrainian withdrawals from Izyum are unfounded.")
    assert [c.source.canonical for c in got] == ["Government of Russia"], got


def test_a_bracketed_acronym_names_the_body():
    from fogofwar.claims.canonical import canonical_source
    got = canonical_source("Ukrainian Main Military Directorate (GUR)", "other", "UA")
    assert got == canonical_source("GUR", "other", "UA"), got
    assert canonical_source("Ukrainian Main Military Directorate (GUR)", "other", "RU") \
        .kind == "other"
