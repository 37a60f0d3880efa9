"""Rules from the analyst reads of ISW 2022-06-21..23 (read25: E2, E4, E9) and 2022-10-28..31
(read27: class 9), each tested on sentences written here:
- the subject of a light or aspectual verb, or of the clause a participle hangs on, is the
  agent of its nominal object, also through "a series of" ("conducted a series of
  unsuccessful assaults near A", "continued street fights within B", "..., inflicting
  strikes on targets in C") (events.arguments.light_verb_subject; read25: no doer, or the
  sides reversed);
- no fill-in names the side opposite to the clause's own subject as the doer ("Russian
  forces engaged in street fights within B" after a Ukrainian attack there) (events.coding.
  code_event own_subject; read25);
- a bracketed appositive after a unit says whose it is ("the 1st Army Corps (the Armed
  Forces of the Donetsk People's Republic)") (events.actors._appositive_side; read25);
- a bracketed aside sets no modality of the noun it interrupts, and the phrases the parser
  hangs after it on a word inside it belong to that noun (events.polarity.in_aside,
  events.arguments.region; read25: a drone strike "possible" and unplaced);
- a bare modifier conjunct ("missile and artillery strikes") is no act of its own: the head
  noun takes the cue and the verb's target (events.detect._modifier_conjuncts; read25);
- coordinated verbs share the first one's subject and a time told after the last of them
  (events.arguments.roles, events._conjoined_verbs; read27);
- the date of a picture ("footage from June 20 indicates ...") dates what it shows (events.
  _evidence_dated; read25); a forecast's time is never handed on to the next sentence
  (events.extract_events; read25: the Azot fighting folded into a forecast).
"""

import pytest

from helpers_events import rows_after

_LEAD = "Russian forces continued offensive operations against Ukrainian forces near Izyum.\n\n"
_RU = "Military Forces of Russia"
_UA = "Military Forces of Ukraine"
_SHELL = "Shelling/artillery/missile attack"


def _rows(text, published="2022-06-23"):
    return [r for r in rows_after(_pipeline[0], _LEAD, text, published) if r[2] != "Izyum"]


def _events(text, published="2022-06-23"):
    from fogofwar.records import Report

    ext = _pipeline[0].run(Report(id="t", text=_LEAD + text, published=published))
    out = []
    for e in ext.events:
        place = ext.places[e.location].name if e.location is not None else None
        if place != "Izyum":
            out.append((place, e.sub_event_type, e.modality, e.actor1, e.actor2,
                        ext.times[e.time].value if e.time is not None else None))
    return out


_pipeline: list = []


@pytest.fixture(autouse=True)
def _keep(pipeline):
    _pipeline[:] = [pipeline]


@pytest.mark.parametrize("text", [
    "Russian forces conducted a series of failed assaults near Kharkiv on June 22.",
    "Russian troops carried out a wave of unsuccessful attacks near Kharkiv on June 22.",
])
def test_a_series_of_acts_is_done_by_the_light_verbs_subject(text):
    got = _rows(text)
    assert [a for _s, _m, p, a in got if p == "Kharkiv"] == [_RU], got


def test_the_aspect_verbs_subject_does_the_noun_it_continues():
    got = _rows("Ukrainian forces attacked Russian positions in Kharkiv on June 21.\n\n"
                "Russian forces continued street fights within Kharkiv on June 22.")
    assert [a for _s, _m, p, a in got if p == "Kharkiv"] == [_UA, _RU], got


def test_a_participles_noun_is_done_by_its_clauses_subject():
    got = _rows("The Ukrainian air force continued to target Russian positions, inflicting "
                "several successful strikes on targets in Kherson Oblast.")
    assert [a for _s, _m, _p, a in got] == [_UA], got


def test_no_fill_in_names_the_side_opposite_the_clauses_subject():
    got = _events("Ukrainian forces attacked Russian positions in Kharkiv on June 21. Russian "
                  "forces engaged in street fights within Kharkiv on June 22.")
    late = [(a1, a2) for p, _s, _m, a1, a2, t in got if t == "2022-06-22"]
    assert late and all(a1 != _UA for a1, _a2 in late), got


def test_no_fill_in_limit_a_repelling_subject_is_the_defender():
    # guard: "repelled assaults" names the defender as subject; the attacker still comes
    # from the other side
    got = _rows("Ukrainian forces repelled Russian assaults near Kharkiv on June 22.")
    assert [a for _s, _m, p, a in got if p == "Kharkiv"] == [_RU], got


def test_a_units_bracketed_appositive_names_its_side():
    got = _rows("Elements of the 2nd Army Corps (the Armed Forces of the Luhansk People's "
                "Republic) took control of Kupiansk on June 22.")
    assert [(s, a) for s, _m, p, a in got if p == "Kupyansk"] == [
        ("Non-state actor overtakes territory", "2nd Army Corps")], got


@pytest.mark.parametrize("aside", [
    "(probably with a loitering munition, though this cannot be confirmed)",
    "(likely with a loitering munition, which ISW cannot confirm)",
])
def test_a_bracketed_aside_neither_hedges_nor_unplaces_the_act(aside):
    got = _rows(f"Ukrainian forces conducted a drone strike {aside} on a Russian oil depot in "
                "Belgorod on June 22.")
    assert [(p, m) for _s, m, p, _a in got] == [("Belgorod", "asserted")], got


def test_a_hedge_outside_brackets_still_hedges():
    # guard: the rule's limit, a modifier before the noun is the writer's hedge
    got = _rows("Ukrainian forces conducted a likely drone strike on a Russian oil depot in "
                "Belgorod on June 22.")
    assert [m for _s, m, p, _a in got if p == "Belgorod"] == ["possible"], got


def test_a_modifier_conjunct_takes_the_head_nouns_targets():
    got = _rows("Russian forces conducted missile and artillery strikes against various areas "
                "in Kherson, Mykolaiv, and Zaporizhia Oblasts on June 22.")
    assert len(got) == 3 and {s for s, _m, _p, _a in got} == {_SHELL}, got
    assert all(p is not None and a == _RU for _s, _m, p, a in got), got


def test_coordinated_verbs_share_subject_and_final_time():
    got = _events("Russian milbloggers claimed that Russian troops captured the eastern part "
                  "of Bakhmut, repelled counterattacks near Soledar, and fought for control of "
                  "Avdiivka on June 21.")
    assert {(p, a1, t) for p, _s, _m, a1, _a2, t in got if p in ("Bakhmut", "Avdiyivka")} == {
        ("Bakhmut", _RU, "2022-06-21"), ("Avdiyivka", _RU, "2022-06-21")}, got


def test_a_conjunct_keeps_its_own_time():
    # guard: a conjunct with a date of its own keeps it
    got = _events("Russian troops captured part of Bakhmut on June 20 and fought for control "
                  "of Avdiivka on June 21.")
    assert {(p, t) for p, _s, _m, _a1, _a2, t in got} == {
        ("Bakhmut", "2022-06-20"), ("Avdiyivka", "2022-06-21")}, got


def test_a_pictures_date_dates_what_it_shows():
    got = _events("Russian forces conducted advances near Kreminna on June 21.[11] Geolocated "
                  "footage from June 20 indicates Russian forces captured terrain in Rubizhne.")
    assert [t for p, *_r, t in got if p == "Rubizhne"] == ["2022-06-20"], got


def test_a_forecasts_time_is_not_handed_on():
    got = _events("Russian forces will likely attack the outskirts of Kharkiv within the "
                  "coming week. This advance will require protracted battles similar to the "
                  "block-by-block fighting seen in Mariupol. Ukrainian sources reported that "
                  "fighting is still ongoing at the steel plant in Mariupol as of June 21.",
                  published="2022-06-21")
    mariupol = [(m, t) for p, _s, m, _a1, _a2, t in got if p == "Mariupol"]
    assert ("asserted", "2022-06-21") in mariupol, got
    assert all("/" not in (t or "") for _m, t in mariupol), got
