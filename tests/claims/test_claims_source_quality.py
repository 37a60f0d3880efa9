"""Source phrases an analyst would reject: partitives, datelines, dates, sideless institution
mentions, bare demonyms, documents quoted from (model-backed: the session ``nlp``)."""

from __future__ import annotations

import pytest

from fogofwar.claims import extract_claims
from fogofwar.records import Report


@pytest.fixture
def run(nlp):
    def _run(text, source=None):
        return extract_claims(nlp(text), [], [], Report(id="t", text=text, source=source))
    return _run


def _sources(claims):
    return [(c.source.text, c.source.canonical, c.source.side) for c in claims]


def test_partitive_source_is_the_group_named_before(run):
    claims = run("Russian military bloggers reported that the brigade withdrew from the town. "
                 "Several of the bloggers wrote that border troops took the village back.")
    assert len(claims) == 2
    assert claims[1].source.canonical == claims[0].source.canonical
    assert not claims[1].source.canonical.lower().startswith("of ")


def test_partitive_without_antecedent_drops_the_preposition(run):
    claims = run("Some of the residents said that the bridge was destroyed.")
    assert claims and claims[0].source.canonical.lower() == "residents"


def test_dateline_is_not_part_of_the_source(run):
    claims = run("KHARKIV REGION - Ukraine said on Monday that its forces had held the line.")
    assert claims and claims[0].source.text == "Ukraine"
    assert claims[0].source.side == "UA"


def test_a_date_is_never_a_source(run):
    claims = run("Officials met on May 2, and photos taken on May 3 show that the depot burned.")
    assert all(c.source.text not in ("May 3", "on May 3") for c in claims)


def test_institution_mention_inherits_the_side_of_its_full_name(run):
    claims = run("Ukraine's Defence Ministry denied that the convoy was hit. "
                 "A ministry spokesman said that all vehicles had returned.")
    spokes = [c for c in claims if "spokesman" in c.source.text]
    assert spokes and spokes[0].source.side == "UA"


def test_institution_mention_takes_the_publishers_side(run):
    claims = run("A ministry spokesman said that all vehicles had returned.",
                 source="Russian Ministry of Defense")
    assert claims and claims[0].source.side == "RU"


def test_unrelated_sideless_source_stays_sideless(run):
    claims = run("Ukraine's Defence Ministry denied that the convoy was hit. "
                 "A local teacher said that the road was closed.")
    teacher = [c for c in claims if "teacher" in c.source.text]
    assert teacher and teacher[0].source.side is None


def test_bare_demonym_owning_claims_speaks_for_its_state(run):
    claims = run("The General Staff did not confirm Ukrainian claims that the town had fallen.")
    owned = [c for c in claims if c.source.text == "Ukrainian"]
    assert owned and owned[0].source.side == "UA"
    assert owned[0].source.kind == "party_official"


def test_this_indicates_is_the_reporters_inference(run):
    claims = run("Columns were seen near the border. This indicates that an attack is near.")
    assert not [c for c in claims if c.cue.text == "indicates"]


def test_coordinated_demonyms_with_a_quantifier_take_no_side(run):
    claims = run("Various Russian and Ukrainian sources reported that the bridge collapsed.")
    assert claims and claims[0].source.side is None


def test_security_services_are_military_sources():
    from fogofwar.claims.registry import classify, lookup

    assert lookup("The SBU").side == "UA"
    assert classify("the regional border guards")[0] == "party_military"


def test_a_source_never_ends_with_a_preposition(run):
    claims = run("Much to the embarrassment of the governor, locals reported that the dam "
                 "was damaged.")
    assert all(c.source.text.split()[-1].lower() not in ("of", "by", "the") for c in claims)


def test_a_date_after_the_object_is_not_the_content(run):
    claims = run("Local bloggers reported heavy fighting in the village on Tuesday, a day after "
                 "the governor acknowledged that troops were operating there.")
    rep = [c for c in claims if c.cue.text == "reported"]
    assert rep and rep[0].content.text.startswith("heavy fighting")
    assert "Tuesday" not in rep[0].content.text


def test_an_adverbial_clause_is_not_what_was_said(run):
    claims = run("The mayor spoke on the radio, after the governor announced that the bridge "
                 "was closed.")
    assert all(c.source.text != "The mayor" or "bridge" not in c.content.text for c in claims)


def test_bare_milbloggers_take_the_side_of_those_named_before(run):
    claims = run("Russian milbloggers claimed that the bridge was hit. Other bloggers wrote "
                 "that the road was cut. Some milbloggers said that the dam held.")
    assert [c.source.side for c in claims] == ["RU", "RU", "RU"]


def test_bare_milbloggers_without_antecedent_stay_sideless(run):
    claims = run("Some milbloggers said that the dam held.")
    assert claims and claims[0].source.side is None


def test_an_office_of_a_place_is_named_by_its_office_not_the_place(run):
    """"The mayor of Kherson" is the mayor, even where the tagger takes Kherson for a person."""
    claims = run("The mayor of Kherson confirmed that no Ukrainian forces remain in the city.")
    assert claims and claims[0].source.canonical == "Mayor of Kherson"


@pytest.mark.parametrize("text", [
    "Drone footage showed burnt vehicles at Tarasivka, which indicates that the column was "
    "struck on the road.",
    "Local residents posted photos of tanks in Zelenyi Hai, which suggests that Russian forces "
    "have reinforced the village.",
])
def test_which_after_an_observation_is_the_reporters_inference_not_the_place(run, text):
    names = {c.source.canonical for c in run(text)}
    assert not names & {"Tarasivka", "Zelenyi Hai", "Which"}


def test_a_relative_speaker_is_still_the_noun_it_refers_to(run):
    claims = run("The governor, who stated that Russian forces shelled Balakliia, left the city.")
    assert [c.source.canonical for c in claims] == ["Governor"]
