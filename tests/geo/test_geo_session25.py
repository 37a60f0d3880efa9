"""Place rules of the twenty-fifth session, on sentences written here and hand-made places:
- a capitalised name the tagger calls a DATE or a TIME with no digit and no word of a date
  or time in it is the tagger's slip, no date: the name stays a place ("attacked near
  Rakivka on March 8": geo.recognise._no_date_in; read135, the attack put at the anchor
  town), while a month's name stays no place (guard);
- a name that owns a town's part ("X's beach", "X's suburbs", "X's mayor") is a place, though
  the tagger calls the possessive a person (geo.recognise._owns_a_town_part; read140)."""

from __future__ import annotations

from hand_gazetteer import UKRAINE, located, stage_fixture

from fogofwar.geo.index import NewPlace

_PLACES = [UKRAINE,
           NewPlace(9851, "Rakivka", 50.50, 30.10, "UA", "13", fcode="PPL", population=1_200),
           NewPlace(9852, "Enerhodar", 47.50, 34.66, "UA", "26", fcode="PPL",
                    population=53_000),
           NewPlace(9853, "March", 48.0, 35.0, "UA", "26", fcode="PPL", population=300)]

stage = stage_fixture(_PLACES)


def test_a_village_the_tagger_dates_stays_a_place(nlp, stage):
    got = located(nlp, stage, "Russian forces attacked near Rakivka on March 8.")
    assert "Rakivka" in got, got
    assert "March" not in got, got


def test_a_town_owning_its_beach_is_a_place(nlp, stage):
    got = located(nlp, stage, "Russian artillery shelled Enerhodar's beach and a nearby park "
                              "on August 25.")
    assert "Enerhodar" in got, got
