"""extract_claims on small hand-written sentences (model-backed: the session ``nlp``)."""

from __future__ import annotations

import pytest

from fogofwar.claims import extract_claims
from fogofwar.records import Event, Report, Span

pytestmark = pytest.mark.slow


@pytest.fixture(scope="module")
def run(nlp):
    def _run(text, events=()):
        doc = nlp(text)
        claims = extract_claims(doc, [], list(events), Report(id="t", text=text))
        for c in claims:
            for span in (c.source, c.cue, c.content):
                assert text[span.start:span.end] == span.text
        return claims
    return _run


def _by_cue(claims, cue):
    hits = [c for c in claims if c.cue.text.lower() == cue]
    assert hits, [c.cue.text for c in claims]
    return hits[0]


def test_according_to_after_the_clause(run):
    c = _by_cue(run("Russian troops shelled Nikopol overnight, according to the governor."),
                "according to")
    assert c.source.text == "the governor"
    assert c.content.text == "Russian troops shelled Nikopol overnight"
    assert c.source.kind == "party_official"


def test_according_to_before_the_clause(run):
    c = _by_cue(run("According to the Ukrainian General Staff, Russian forces withdrew from "
                    "Kherson."), "according to")
    assert c.source.canonical == "Ukrainian General Staff"
    assert c.content.text == "Russian forces withdrew from Kherson"


def test_denial_verb(run):
    c = _by_cue(run("The Kremlin denied that Russian troops had shelled the plant."), "denied")
    assert c.stance == "denies"
    assert (c.source.kind, c.source.side) == ("party_official", "RU")
    assert c.content.text == "Russian troops had shelled the plant"


def test_negated_content_denies(run):
    c = _by_cue(run("Haidai said that Russian forces have not captured Lysychansk."), "said")
    assert c.stance == "denies"
    assert c.source.canonical == "Serhiy Haidai"


def test_hedges_lower_certainty(run):
    assert _by_cue(run("The ministry said Russian forces may withdraw from the city."),
                   "said").certainty == "possible"
    assert _by_cue(run("The ministry said Russian forces will likely withdraw from the city."),
                   "said").certainty == "probable"
    assert _by_cue(run("The ministry said Russian forces withdrew from the city."),
                   "said").certainty == "certain"


def test_negated_verification_is_unknown(run):
    c = _by_cue(run("ISW cannot independently verify if shelling occurred on August 20."),
                "verify")
    assert c.certainty == "unknown" and c.content.text == "shelling occurred on August 20"


def test_nested_attribution(run):
    claims = run("A Russian milblogger noted that the oblasts, despite having reported the "
                 "completion of their mobilization, might need to continue it.")
    assert {c.cue.text for c in claims} >= {"noted", "reported"}
    assert _by_cue(claims, "noted").source.kind == "milblogger"


def test_infinitive_and_object_prep_content(run):
    c = _by_cue(run("LNR militia claimed to have taken control of Rubtsi."), "claimed")
    assert c.content.text == "to have taken control of Rubtsi"
    c = _by_cue(run("Girkin accused Ukrainian troops of shelling Donetsk City."), "accused")
    assert c.content.text == "Ukrainian troops of shelling Donetsk City"
    assert c.source.canonical == "Igor Girkin" and c.source.kind == "milblogger"


def test_the_charge_of_an_accusation_after_an_intervening_phrase(run):
    # the parse hangs "of conducting" on "Council"; the charge is still the accusation's
    c = _by_cue(run("Putin accused Ukraine during his meeting with the Security Council of "
                    "conducting terrorist acts against the Kerch Strait Bridge."), "accused")
    assert c.content.text.startswith("Ukraine") and \
        c.content.text.endswith("terrorist acts against the Kerch Strait Bridge")


def test_mixed_quote(run):
    c = _by_cue(run("Pushilin stated that the DNR will rebuild Mariupol as a “resort city.”"),
                "stated")
    assert c.mode == "mixed"


def test_pronoun_it_resolves_to_latest_body(run):
    claims = run("The Ukrainian General Staff reported that Russian forces shelled Kharkiv. "
                 "It also claimed that their morale is poor.")
    c = _by_cue(claims, "claimed")
    assert c.source.text == "It" and c.source.canonical == "Ukrainian General Staff"


def test_reporters_inference_is_no_claim(run):
    claims = run("High casualties in elite units suggest that losses are high.")
    assert not [c for c in claims if c.cue.text == "suggest"]


def test_citation_marker_ends_the_content(run):
    c = _by_cue(run("The Russian MoD claimed that its forces struck a command post.[41] The "
                    "Ukrainian General Staff reported strikes."), "claimed")
    assert c.content.text == "its forces struck a command post"
    assert c.source.canonical == "Russian Ministry of Defense"


def test_claims_link_to_events_in_their_content(run):
    text = "The governor said that Russian forces shelled Nikopol overnight."
    start = text.index("Russian forces shelled")
    ev = Event("Explosions/Remote violence", "Shelling/artillery/missile attack", None, None,
               None, None, None, "positive", Span("Russian forces shelled Nikopol", start,
                                                  start + len("Russian forces shelled Nikopol")))
    other = Event("Battles", "Armed clash", None, None, None, None, None, "positive",
                  Span("The governor", 0, 12))
    c = _by_cue(run(text, [other, ev]), "said")
    assert c.events == (1,)


def test_bad_input_names_the_report():
    with pytest.raises(TypeError, match="report 'r1'"):
        extract_claims("not a doc", [], [], Report(id="r1", text="x"))


@pytest.mark.parametrize("text", ["", "   \n\n ", "“", '"""', "said said said.", "According to",
                                  "He said.", "“Unclosed quote said he", "[1] [2] ]] [[",
                                  "Zelensky: «нет» — said"])
def test_odd_input_never_crashes(run, text):
    for c in run(text):  # spans are checked inside run()
        assert c.stance in ("asserts", "denies")


def test_unresolved_pronoun_is_not_a_name(run):
    c = _by_cue(run("He said that the bridge was destroyed."), "said")
    assert c.source.canonical == "He (unresolved)"


def test_definite_description_refers_back(run):
    claims = run("A Russian milblogger claimed that Ukrainian forces crossed the river. "
                 "This milblogger also complained that Russian commanders ignored warnings.")
    c = _by_cue(claims, "complained")
    assert (c.source.text, c.source.kind, c.source.side) == ("This milblogger", "milblogger", "RU")


def test_reporter_says_isw_stated(run):
    claims = run("Reuters reported that ISW stated that Russian forces had advanced near Kupyansk.")
    outer, inner = _by_cue(claims, "reported"), _by_cue(claims, "stated")
    assert outer.source.canonical == "Reuters" and outer.source.kind == "news_outlet"
    assert inner.source.canonical == "Institute for the Study of War"
    assert inner.content.text == "Russian forces had advanced near Kupyansk"
    # the outer content holds the inner attribution
    assert outer.content.start <= inner.cue.start < outer.content.end


def test_in_a_statement(run):
    c = _by_cue(run("The Russian Defence Ministry said in a statement that it had destroyed "
                    "four HIMARS launchers."), "said")
    assert c.content.text == "it had destroyed four HIMARS launchers"
    assert (c.source.canonical, c.source.kind) == ("Russian Ministry of Defense", "party_military")


def test_a_speech_participle_on_a_reported_clause_is_the_reporters(run):
    claims = run("Russian and DNR sources claimed both that the strike did not occur and that "
                 "Ukrainian forces launched the strike as a false flag, ludicrously claiming "
                 "that Russian forces do not use the Tochka-U missile.")
    c = _by_cue(claims, "claiming")
    assert c.source.text == "Russian and DNR sources"


@pytest.mark.parametrize("text,source", [
    ("The Russian Defense Ministry spun the retreat as a step of goodwill.",
     "Russian Ministry of Defense"),
    ("Russian milbloggers portrayed the withdrawal from Snake Island as a gesture of goodwill.",
     "Russian milbloggers"),
])
def test_framing_an_act_as_something_is_a_claim_about_it(run, text, source):
    cue = next(w for w in ("spun", "portrayed") if w in text)
    c = _by_cue(run(text), cue)
    assert c.source.canonical == source and c.content.text.startswith("the ") and \
        c.content.text.endswith("goodwill")
