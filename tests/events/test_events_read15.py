"""Rules from analyst reads of ISW 2022-06-19/20, 2022-05-09..11 (read15) and 2022-05-24..26
(read16), outside every gold window, each tested on sentences written here:
- a participle of a change of control that names held ground is no act: "defend occupied
  positions" (the parser made "occupied" the complement of "defend"), "to Ukrainian
  occupied villages" (a "Russian-occupied" without its hyphen) (events.detect.
  held_ground_object);
- a negated advance is ground not taken: it answers a capture claim there, not the day's
  fighting ("did not make any confirmed advances towards X" made the fighting near X a
  dispute) (events.coding.no_ground_taken).
"""

import pytest

from helpers_events import event_rows, rows_after

from fogofwar.records import Report

_TERRITORY = {"Non-state actor overtakes territory", "Government regains territory"}
# A report's first paragraph: the texts below are its second, so that they are read as a
# report, not as a one-event snippet whose news is forced (events.main_event)
_LEAD = "Ukrainian forces repelled assaults near Izyum.\n\n"



@pytest.mark.parametrize("text", [
    "Russian troops kept trying to hold and defend occupied positions near Kherson on May 3.",
    "The convoy moved civilians from Tokmak to Russian occupied villages on May 3.",
    "Ukrainian units will shell captured positions near Izyum.",
])
def test_held_ground_is_no_change_of_control(pipeline, text):
    got = rows_after(pipeline, _LEAD, text, "2022-05-04")
    assert not [r for r in got if r[0] in _TERRITORY], got


def test_occupying_a_town_is_still_a_capture(pipeline):
    got = event_rows(pipeline, "Russian forces occupied Kherson on March 2.", "2022-03-03")
    assert ("Non-state actor overtakes territory", "asserted", "Kherson",
            "Military Forces of Russia") in got, got


@pytest.mark.parametrize("text", [
    "Russian forces did not make any confirmed advances towards Kharkiv on May 3.",
    "Russian troops did not advance near Kharkiv on May 3.",
])
def test_a_negated_advance_is_ground_not_taken(pipeline, text):
    got = rows_after(pipeline, _LEAD, text, "2022-05-04")
    at = [(s, m) for s, m, p, _a in got if p == "Kharkiv"]
    assert at == [("Non-state actor overtakes territory", "negated")], got


def test_negated_fighting_stays_fighting(pipeline):
    text = (_LEAD +
            "Russian forces did not conduct any assaults near Kharkiv on May 3.")
    got = event_rows(pipeline, text, "2022-05-04")
    assert ("Armed clash", "negated") in [(s, m) for s, m, p, _a in got if p == "Kharkiv"], got


def test_a_bearing_from_a_compound_name_is_no_capture_there(pipeline):
    # "north of Kharkiv City": the name is a compound of "City", the bearing still a bearing
    text = (_LEAD +
            "Ukrainian forces liberated several towns north of Kharkiv City on May 9.")
    got = event_rows(pipeline, text, "2022-05-10")
    assert not [r for r in got if r[0] in _TERRITORY and r[2] == "Kharkiv"], got


def test_fire_north_of_a_compound_name_is_near_it(pipeline):
    ext_rows = rows_after(pipeline, _LEAD,
                          "Russian forces shelled positions north of Kharkiv City.", "2022-05-10")
    assert ("Shelling/artillery/missile attack", "asserted", "Kharkiv",
            "Military Forces of Russia") in ext_rows, ext_rows


def test_the_aim_of_an_undertaking_is_its_site_only_when_it_has_no_other(pipeline):
    text = ("Ukrainian forces repelled assaults near Kharkiv.\n\n"
            "Russian forces conducted artillery strikes southeast of Izyum to drive towards "
            "Lyman and Slovyansk. Russian forces conducted offensive operations to capture "
            "Lyman.")
    got = event_rows(pipeline, text, "2022-05-10")
    strikes = {p for s, m, p, _a in got if s == "Shelling/artillery/missile attack"}
    assert strikes == {"Izyum"}, got
    assert ("Armed clash", "asserted", "Lyman") in [r[:3] for r in got], got


@pytest.mark.parametrize("text", [
    "Russian troops attempted to capture Vuhledar on May 3.",
    "Russian troops tried to seize Vuhledar on May 3.",
    "Russian troops unsuccessfully attempted to take control of Vuhledar on May 3.",
])
def test_an_attempted_capture_is_fighting_not_a_capture(pipeline, text):
    got = rows_after(pipeline, _LEAD, text, "2022-05-04")
    at = [(s, m) for s, m, p, _a in got if p == "Vuhledar"]
    assert at == [("Armed clash", "asserted")], got


@pytest.mark.parametrize("text, modality", [
    ("Russian troops may be preparing an advance towards Bakhmut after capturing Lyman.",
     "asserted"),
    ("Russian troops advanced towards Bakhmut after capturing Lyman.", "asserted"),
    ("Russian troops will advance towards Bakhmut after capturing Lyman.", "future"),
])
def test_a_capture_after_after_happened_unless_both_lie_ahead(pipeline, text, modality):
    got = rows_after(pipeline, _LEAD, text, "2022-05-04")
    assert [m for s, m, p, _a in got if p == "Lyman" and s in _TERRITORY] == [modality], got


@pytest.mark.parametrize("text, modality", [
    ("If confirmed, this may indicate that Russian units shelled Kupyansk.", "possible"),
    ("This could suggest that Russian units shelled Kupyansk.", "possible"),
    ("Footage indicates that Russian units shelled Kupyansk.", "asserted"),
])
def test_an_inference_the_writer_only_allows_is_possible(pipeline, text, modality):
    got = rows_after(pipeline, _LEAD, text, "2022-05-04")
    assert [m for s, m, p, _a in got if p == "Kupyansk"] == [modality], got


# read16 (ISW 2022-05-24..26)

def test_a_hope_holds_both_coordinated_verbs(pipeline):
    text = (_LEAD +
            "Russian troops hope to continue their push and merge with operations around "
            "Kupyansk.")
    got = event_rows(pipeline, text, "2022-05-26")
    assert got and all(m == "future" for s, m, p, _a in got if p == "Kupyansk"), got
    assert [p for s, m, p, _a in got if p == "Kupyansk"], got


def test_a_relative_clause_on_a_place_is_at_that_place(pipeline):
    text = (_LEAD +
            "Russian troops continued operations around Kupyansk, which Russian troops fully "
            "captured on May 26.")
    got = event_rows(pipeline, text, "2022-05-27")
    assert ("Non-state actor overtakes territory", "asserted", "Kupyansk",
            "Military Forces of Russia") in got, got


@pytest.mark.parametrize("text, sub", [
    ("Russian troops conducted artillery, rocket, mortar, and tank attacks against Studenok.",
     "Shelling/artillery/missile attack"),
    ("Russian troops fired on areas of Studenok.", "Shelling/artillery/missile attack"),
    ("Russian troops conducted tank attacks near Studenok.", "Armed clash"),
])
def test_attacks_by_indirect_fire_are_shelling(pipeline, text, sub):
    got = rows_after(pipeline, _LEAD, text, "2022-05-26")
    assert [s for s, m, p, _a in got if p == "Studenok"] == [sub], got


@pytest.mark.parametrize("text", [
    "Russian troops attempted to advance just northeast and east of Kupyansk on May 25.",
    "Russian troops unsuccessfully attempted to seize settlements east and west of Kupyansk.",
])
def test_attempts_near_a_town_are_fighting_near_it(pipeline, text):
    got = rows_after(pipeline, _LEAD, text, "2022-05-26")
    assert [(s, m) for s, m, p, _a in got if p == "Kupyansk"] == [("Armed clash", "asserted")], got


@pytest.mark.parametrize("text, modality", [
    ("The massing of forces for the assault on Kupyansk suggests that it could begin soon.",
     "future"),
    ("Russian forces are concentrating troops for an offensive on Kupyansk.", "future"),
    ("Ukrainian forces repelled a Russian assault on Kupyansk.", "asserted"),
])
def test_an_act_forces_are_gathered_for_lies_ahead(pipeline, text, modality):
    got = rows_after(pipeline, _LEAD, text, "2022-05-26")
    assert [m for s, m, p, _a in got if p == "Kupyansk"] == [modality], got


@pytest.mark.parametrize("text, fighting", [
    ("Twenty-five Russian battalion tactical groups were operating around Kupyansk.", False),
    ("Russian forces are operating against Ukrainian positions near Kupyansk.", True),
])
def test_forces_operating_somewhere_are_there_not_fighting(pipeline, text, fighting):
    got = rows_after(pipeline, _LEAD, text, "2022-05-26")
    assert bool([s for s, m, p, _a in got if p == "Kupyansk"]) == fighting, got


@pytest.mark.parametrize("heading, site", [
    ("Mariupol", "Mariupol"), ("Southern Axis", None),
    # a heading glossed in brackets, as ISW heads its sections (read40)
    ("Southern front: Mariupol (the Russian aim: take the city and its port)", "Mariupol"),
    ("Southern Axis (Russian aim: hold the coast)", None),
])
def test_the_site_last_told_does_not_reach_across_a_heading(pipeline, heading, site):
    # read16: "demining the ruins of the city" under "Mariupol" was placed at Svitlodarsk
    text = (_LEAD +
            "DNR troops claimed to have taken full control of Svitlodarsk on May 25.\n\n"
            f"{heading}\n\nRussian forces shelled the city on May 25.")
    got = event_rows(pipeline, text, "2022-05-26")
    assert [p for s, m, p, _a in got if s == "Shelling/artillery/missile attack"] == [site], got


def test_the_site_last_told_holds_within_a_section(pipeline):
    text = (_LEAD +
            "Russian forces shelled Kharkiv on May 25. Russian forces also struck the city again.")
    got = event_rows(pipeline, text, "2022-05-26")
    assert [p for s, m, p, _a in got if s == "Shelling/artillery/missile attack"] == \
        ["Kharkiv", "Kharkiv"], got


# read17 (ISW 2022-06-10..12)

@pytest.mark.parametrize("text, expected", [
    ("Russian troops made unsuccessful attempts to advance on Kupyansk.",
     ("Armed clash", "asserted")),
    ("Russian troops made several attempts to capture Kupyansk.", ("Armed clash", "asserted")),
    ("Russian troops will make an attempt to capture Kupyansk.",
     ("Non-state actor overtakes territory", "future")),
])
def test_an_attempt_made_was_fought(pipeline, text, expected):
    got = rows_after(pipeline, _LEAD, text, "2022-06-11")
    assert [(s, m) for s, m, p, _a in got if p == "Kupyansk"] == [expected], got


def test_near_collapse_is_not_a_collapse(pipeline):
    got = rows_after(pipeline, _LEAD, "The water system in Kupyansk is reportedly near collapse.",
                     "2022-06-11")
    assert all(m != "asserted" for s, m, p, _a in got if p == "Kupyansk"), got


@pytest.mark.parametrize("text, sub", [
    ("Ukrainian forces foiled Russian reconnaissance operations in Kupyansk.", "Armed clash"),
    ("Ukrainian air defenses foiled a missile attack on Kupyansk.", "Disrupted weapons use"),
])
def test_a_foiled_ground_operation_is_a_battle(pipeline, text, sub):
    got = rows_after(pipeline, _LEAD, text, "2022-06-11")
    assert [s for s, m, p, _a in got if p == "Kupyansk"] == [sub], got


def test_a_speakers_title_is_no_event(pipeline):
    got = rows_after(pipeline, _LEAD, "The Luhansk People's Republic Ambassador to Russia Rodion "
                     "Miroshnik claimed that Russian forces shelled Kupyansk.", "2022-06-11")
    assert not [s for s, m, p, _a in got if s == "Diplomatic event"], got


def test_a_town_a_road_is_named_for_is_no_site(pipeline):
    got = rows_after(pipeline, _LEAD,
                     "Russian troops attacked along the T1302 Bakhmut-Kupyansk highway.",
                     "2022-06-11")
    assert not [p for s, m, p, _a in got if p in ("Bakhmut", "Kupyansk")], got


def test_a_verb_the_tagger_calls_an_adjective_still_acts(pipeline):
    # read17: "continued to heavily shell Lysychansk, ..." ("shell" tagged JJ) was lost
    got = rows_after(pipeline, _LEAD, "Russian forces continued to heavily shell Kupyansk and "
                     "Balakliia, likely to support operations near Izyum.", "2022-06-11")
    assert "Kupyansk" in {p for s, m, p, _a in got if s == "Shelling/artillery/missile attack"
                          and m == "asserted"}, got


@pytest.mark.parametrize("text, prec", [
    ("Russian forces conducted offensive operations against Kupyansk.", 1),
    ("Russian forces entered the northern outskirts of Kupyansk.", 2),
])
def test_operations_against_a_town_and_its_outskirts_are_placed(pipeline, text, prec):
    ext = pipeline.run(Report(id="t", text=_LEAD + text, published="2022-06-11"))
    got = [(ext.places[e.location].name, e.location_precision) for e in ext.events
           if e.location is not None and e.sub_event_type == "Armed clash"]
    assert ("Kupyansk", prec) in got, got


def _parsed(nlp, words, heads, deps, tags, pos):
    from spacy.tokens import Doc
    return Doc(nlp.vocab, words=words, heads=heads, deps=deps, tags=tags, pos=pos)


def test_a_verb_the_tagger_calls_an_adjective_is_a_verb(nlp):
    # read17: "continued to heavily shell Lysychansk, ..." with "shell" tagged JJ was lost; the
    # parse is built by hand, as the small model gave it
    from fogofwar.events.detect import _verb_tagged_adjective

    doc = _parsed(nlp, ["Forces", "continued", "to", "heavily", "shell", "Zolote", "."],
                  [1, 1, 4, 4, 1, 4, 1],
                  ["nsubj", "ROOT", "aux", "advmod", "xcomp", "dobj", "punct"],
                  ["NNS", "VBD", "TO", "RB", "JJ", "NNP", "."],
                  ["NOUN", "VERB", "PART", "ADV", "ADJ", "PROPN", "PUNCT"])
    assert _verb_tagged_adjective(doc[4])
    doc = _parsed(nlp, ["heavy", "shell", "fire"], [2, 2, 2], ["amod", "compound", "ROOT"],
                  ["JJ", "NN", "NN"], ["ADJ", "NOUN", "NOUN"])
    assert not _verb_tagged_adjective(doc[0])


def test_the_object_of_operations_against_is_ground(nlp):
    # read17: "offensive operations against Toshkivka" (Toshkivka tagged PERSON) had no place
    from fogofwar.geo.recognise import _war_object

    doc = _parsed(nlp, ["Forces", "conducted", "operations", "against", "Hirske", "."],
                  [1, 1, 1, 2, 3, 1], ["nsubj", "ROOT", "dobj", "prep", "pobj", "punct"],
                  ["NNS", "VBD", "NNS", "IN", "NNP", "."],
                  ["NOUN", "VERB", "NOUN", "ADP", "PROPN", "PUNCT"])
    assert _war_object(doc, 4, 5)
