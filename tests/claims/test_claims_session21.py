"""Claims rules of the twenty-first session, on sentences written here:
- a denial the writer's clause stands against ("X despite Ukrainian denials", "X, contrary to
  the ministry's denials", "X in spite of denials by Y") is a claim of its own: its source
  denies the clause (claims.attribution._conceded_denial; read78, ISW 2022-04-17: the
  General Staff's denial of a capture was lost), while a bare "despite claims" with no
  content stays no claim (guard: what such claims say is nowhere in the text);
- the writer's inference after a claim (", which suggests that X") is neither the speaker's
  claim nor one of its own by "which" (claims.attribution._CUT_ADVCL and _verb_attribution;
  read80: X stood as the General Staff's, and "Which" as a source);
- who posts (publishes, releases ...) footage or videos of an act shows it: a claim of the
  act (claims.attribution._footage_attribution; ISW 2022-05-17, a dev report: the Russian
  MoD's videos of the Azovstal evacuation made no source), while pictures put out by no one
  named make none (guard);
- a collective of no nation ("social media users") is not an earlier mention that only adds
  a nation's word ("Belarusian social media users") (claims.sources._another_nations;
  read83: Ukrainian users' report of a recapture stood as Belarusian), while a person's
  shorter name is still that person (guard);
- "these reports (claims, statements) indicate that X" is the writer's inference, no claim
  of a source named "Sources" (claims.attribution._TOLD_THINGS; read82);
- a claim noun with its speaker in a "by" (or "from") phrase, a date between ("claims by a
  Ukrainian member of parliament on April 3 that X") is that speaker's claim
  (claims.attribution._noun_attribution; read84: the MP was lost and X stood as ISW's);
- an indefinite speaker ("A Russian Telegram channel claimed") is not one named before
  ("Russian Telegram channel Baza") (claims.sources._INDEFINITE; read85), while a definite
  one is (guard)."""

from __future__ import annotations

import pytest

from fogofwar.claims import extract_claims
from fogofwar.records import Report

pytestmark = pytest.mark.slow


def _claims(nlp, text):
    doc = nlp(text)
    return extract_claims(doc, [], [], Report(id="t", text=text))


@pytest.mark.parametrize("text, source", [
    ("Russian forces probably seized the railway station on May 2 despite Ukrainian military "
     "denials on May 3.", "Ukrainian military"),
    ("The convoy reached the bridge, contrary to the regional governor's denials.",
     "the regional governor"),
    ("The brigade withdrew from the hill in spite of denials by the district administration.",
     "the district administration"),
    ("Belarusian troops crossed the border notwithstanding Minsk's denials.", "Minsk"),
])
def test_a_denial_the_clause_stands_against_denies_it(nlp, text, source):
    got = [c for c in _claims(nlp, text) if c.stance == "denies"]
    assert len(got) == 1, got
    assert got[0].source.text == source, got[0]
    clause = text[:got[0].content.end]
    assert got[0].content.start == 0 and not any(
        w in clause for w in ("despite", "contrary", "spite", "notwithstanding")), got[0]


def test_a_bare_concession_to_claims_is_no_claim(nlp):
    got = _claims(nlp, "Russian forces are unlikely to hold the station despite Russian claims.")
    assert got == [], got


@pytest.mark.parametrize("tail", [", which suggests that Russian forces are regrouping near Izium",
                                  ", which likely indicates that Russian forces are regrouping "
                                  "near Izium"])
def test_the_writers_inference_after_a_claim_is_not_the_speakers(nlp, tail):
    text = ("The Ukrainian General Staff reported that Russian forces shelled Kharkiv on May 2"
            + tail + ".")
    got = _claims(nlp, text)
    assert [c.source.text for c in got] == ["The Ukrainian General Staff"], got
    assert "regrouping" not in got[0].content.text, got[0]


@pytest.mark.parametrize("text, source, content", [
    ("The Russian Ministry of Defense posted footage of Russian artillery shelling Ukrainian "
     "positions near Izium on May 17.", "The Russian Ministry of Defense",
     "Russian artillery shelling Ukrainian positions near Izium on May 17"),
    ("Ukrainian Telegram channels published videos of a strike on a Russian ammunition depot "
     "in Nova Kakhovka.", "Ukrainian Telegram channels",
     "a strike on a Russian ammunition depot in Nova Kakhovka"),
])
def test_who_puts_out_pictures_of_an_act_shows_it(nlp, text, source, content):
    got = _claims(nlp, text)
    assert [(c.source.text, c.content.text, c.stance) for c in got] == \
        [(source, content, "asserts")], got


def test_pictures_not_put_out_by_an_agent_make_no_claim(nlp):
    # guard: "the footage was posted" has no one who shows it
    assert _claims(nlp, "Footage of the strike on the depot was posted on May 17.") == []


def _source_names(nlp, text):
    return [c.source.canonical for c in _claims(nlp, text)]


def test_a_collective_of_no_nation_is_not_an_earlier_nations(nlp):
    got = _source_names(nlp, "Belarusian social media users reported Russian columns moving "
                             "through Gomel on March 30. Russian forces continued to shell "
                             "Chernihiv. Social media users reported that Ukrainian forces "
                             "recaptured a village on March 31.")
    assert len(got) == 2 and "Belarusian" not in got[1], got


def test_a_shorter_name_of_a_person_is_still_that_person(nlp):
    # guard
    got = _source_names(nlp, "Luhansk Oblast Administration Head Serhiy Haidai stated that "
                             "Russian forces shelled Popasna. Haidai added that Russian forces "
                             "shelled Rubizhne.")
    assert len(got) == 2 and got[0] == got[1], got


@pytest.mark.parametrize("text", [
    "Russian milbloggers claimed that Russian forces advanced near Popasna. These reports "
    "indicate that Russian forces are reinforcing positions near Popasna.",
    "Russian milbloggers claimed that Russian forces advanced near Popasna. If confirmed, "
    "these claims suggest that Russian forces are preparing to attack Lyman.",
])
def test_an_inference_from_what_was_told_is_the_writers(nlp, text):
    assert _source_names(nlp, text) == ["Russian milbloggers"]


def test_a_claim_by_a_named_agent_is_its_claim_and_not_the_outer_speakers(nlp):
    text = ("We assess that these reports are accurate despite claims by a Ukrainian member of "
            "parliament on April 3 that Ukrainian forces had liberated a village near Sumy.")
    got = _claims(nlp, text)
    mp = [c for c in got if "parliament" in c.source.text]
    assert len(mp) == 1 and mp[0].content.text.startswith("Ukrainian forces had liberated"), got


def test_an_indefinite_speaker_is_not_one_named_before(nlp):
    got = _source_names(nlp, "Russian Telegram channel Baza reported that Ukrainian drones "
                             "struck Belgorod. Russian forces shelled Kharkiv. A Russian "
                             "Telegram channel claimed that Ukrainian forces shelled Tetkino.")
    assert len(got) == 2 and "Baza" not in got[1], got


def test_a_definite_speaker_is_the_one_named_before(nlp):
    # guard
    got = _source_names(nlp, "Russian Telegram channel Baza reported that Ukrainian drones "
                             "struck Belgorod. Russian forces shelled Kharkiv. The Russian "
                             "Telegram channel claimed that Ukrainian forces shelled Tetkino.")
    assert len(got) == 2 and got[0] == got[1], got
