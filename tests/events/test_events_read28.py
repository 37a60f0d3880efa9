"""Rules from the analyst read of ISW 2022-04-09, 04-10 and 04-12 (read28), on sentences
written here:
- a clause that tells which forces are meant by their past ("BTGs that retreated from around
  X", "forces withdrawn from the environs of X", "units damaged in the failed attack on X") is
  background: no move or fight of the report's day; with a date of its own it still tells the
  act (events._describes_unit; read28: five moves and fights at Kyiv, Sumy and in Belgorod);
- weapons used are the act of their use: "used chemical weapons in X" is a chemical attack at
  X by the subject (events.arguments._LIGHT_VERBS; read28: no event).
"""

import pytest

from helpers_events import rows_after

_LEAD = "Russian forces continued offensive operations against Ukrainian forces near Izyum.\n\n"


def _sites(pipeline, text):
    return {r[2] for r in rows_after(pipeline, _LEAD, text, "2022-04-10")} - {"Izyum"}


@pytest.mark.parametrize("text", [
    "Russia is deploying BTGs that retreated from around Kyiv to eastern Ukraine.",
    "Forces withdrawn from the environs of Kyiv are arriving in Belgorod.",
    "The 1st Tank Army (which previously redeployed from the Sumy axis) is refitting.",
])
def test_a_clause_that_names_forces_by_their_past_tells_no_act(pipeline, text):
    assert not _sites(pipeline, text) & {"Kyiv", "Sumy"}, _sites(pipeline, text)


def test_forces_named_by_a_failed_attack_bring_no_fight_where_they_refit(pipeline):
    rows = rows_after(pipeline, _LEAD, "Russia is refitting forces damaged in the failed attack "
                                       "on Kyiv in the Belgorod and Voronezh areas.", "2022-04-10")
    assert not [r for r in rows if r[0] == "Armed clash" and r[2] != "Izyum"], rows


def test_a_clause_with_its_own_date_still_tells_the_act(pipeline):
    # guard
    assert "Sumy" in _sites(pipeline, "Units that withdrew from Sumy on April 4 arrived in "
                                      "Belgorod on April 8.")


def test_weapons_used_somewhere_are_an_attack_there(pipeline):
    rows = rows_after(pipeline, _LEAD, "Russian troops used chemical weapons in Mariupol on "
                                       "April 11.", "2022-04-12")
    assert ("Chemical weapon", "Mariupol", "Military Forces of Russia") in {
        (r[0], r[2], r[3]) for r in rows}, rows


def test_a_taking_told_to_name_the_troops_stays_for_its_story(pipeline):
    # guard: "the troops that seized X" names the change of control back; fusion joins it to
    # the story of X and starts none with it
    rows = rows_after(pipeline, _LEAD, "The strength of the Russian troops that seized "
                                       "Kramatorsk remains unclear.", "2022-04-10")
    assert "Kramatorsk" in {r[2] for r in rows}, rows
