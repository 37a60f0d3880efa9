"""Rules from the analyst reads of ISW 2022-03-05/07 (read32), 08-16..18 (read33) and
09-01/02/14 (read34), on sentences written here:
- the General Staff's words for small attacks, "attempted to improve their tactical positions
  around X" and "established partial control over X", are fights at X
  (events.lexicon_events; both had made no event);
- fire that is the means of an attack ("attack X by air and ground fires") is weapons fire,
  not a blaze (events.detect._fire_at; read32: a man-made disaster);
- the alternative a clause sets aside ("rather than reinforcing positions near X") and what
  "no indications" says nothing shows ("There are no indications that forces shelled X") did
  not happen as told (events.polarity._set_aside, _no_sign_of; read34, read33: asserted),
  while what "no evidence" or "no confirmation" backs is possible, not negated;
  nor did what "no reports of" says nothing shows (read35), nor attacks given up ("abandoned
  direct attacks on X", events.polarity._given_up; read36);
- a prevention aimed at ("efforts are focused on preventing the Russians from advancing on
  X") is no denial that the advance happened (events.polarity._aim_set_on; read35: a blanket
  denial over the report's places).
"""

import pytest
from helpers_events import moods_at, rows_after

_LEAD = "Russian forces continued offensive operations in Donetsk Oblast on August 16.\n\n"


@pytest.mark.parametrize("text", [
    "Russian forces attempted to improve their tactical positions around Kramatorsk on "
    "August 16.",
    "Russian forces established partial control over Kramatorsk on August 16.",
])
def test_small_attacks_in_staff_words_are_fights(pipeline, text):
    rows = rows_after(pipeline, _LEAD, text, "2022-08-17")
    assert ("Armed clash", "Kramatorsk") in {(r[0], r[2]) for r in rows}, rows


def test_improving_positions_of_a_thing_is_no_fight(pipeline):
    # guard: the words need the actor's own positions
    rows = rows_after(pipeline, _LEAD, "Ukrainian engineers improved the drainage of the "
                                       "roads near Kramatorsk.", "2022-08-17")
    assert not [r for r in rows if r[2] == "Kramatorsk"], rows


def test_fires_as_the_means_of_an_attack_are_weapons_fire(pipeline):
    rows = rows_after(pipeline, _LEAD, "Russian forces continued to attack Kramatorsk by air "
                                       "and ground fires on August 16.", "2022-08-17")
    subs = {r[0] for r in rows if r[2] == "Kramatorsk"}
    assert subs and "Man-made disaster" not in subs, rows


@pytest.mark.parametrize("text", [
    "Russian forces are redeploying units to Kherson Oblast rather than reinforcing positions "
    "near Kramatorsk.",
    "There are no indications that Russian forces shelled Kramatorsk on August 16.",
    "The General Staff received no reports of renewed offensive operations in the area of "
    "Kramatorsk.",
    "Russian forces abandoned direct attacks on Kramatorsk.",
])
def test_acts_set_aside_or_unseen_are_not_asserted(pipeline, text):
    rows = rows_after(pipeline, _LEAD, text, "2022-08-17")
    assert moods_at(rows, "Kramatorsk") == {"negated"}, rows


@pytest.mark.parametrize("text", [
    "There is no evidence that Russian forces shelled Kramatorsk on August 16.",
    "ISW has seen no confirmation that Russian forces shelled Kramatorsk on August 16.",
])
def test_acts_lacking_proof_are_possible_not_negated(pipeline, text):
    # what lacks proof is unconfirmed, as "cannot confirm" leaves it; only what nothing shows
    # at all ("no indications", "no reports") did not happen as told
    rows = rows_after(pipeline, _LEAD, text, "2022-08-17")
    assert moods_at(rows, "Kramatorsk") == {"possible"}, rows


def test_the_act_chosen_over_another_stays_asserted(pipeline):
    # guard
    rows = rows_after(pipeline, _LEAD, "Russian forces shelled Kramatorsk rather than "
                                       "Sloviansk on August 16.", "2022-08-17")
    assert ("Shelling/artillery/missile attack", "asserted", "Kramatorsk") in {
        r[:3] for r in rows}, rows


def test_a_prevention_aimed_at_is_no_denial(pipeline):
    rows = rows_after(pipeline, _LEAD, "The General Staff stated that Ukrainian main efforts "
                                       "are focused on preventing the Russians from advancing "
                                       "on Kramatorsk.", "2022-08-17")
    assert not [r for r in rows if r[1] == "denied"], rows


def test_a_prevention_done_stays_a_denial(pipeline):
    # guard
    rows = rows_after(pipeline, _LEAD, "Ukrainian forces prevented Russian forces from "
                                       "advancing on Kramatorsk.", "2022-08-17")
    assert [r for r in rows if r[1] == "denied" and r[2] == "Kramatorsk"], rows
