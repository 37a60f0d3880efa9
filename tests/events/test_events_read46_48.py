"""Event rules from the analyst reads of ISW 2022-03-03/04 (read46), 04-29/30 (read47) and
10-12/13 (read48), on sentences written here:
- a unit's side is never taken from whoever reports on it ("The Ukrainian General Staff stated
  that elements of the 1st Guards Tank Army ..."): the speaker's demonym names the speaker's
  side (events.actors._sentence_side; read47: ten of twelve Russian formations in such
  sentences were filed as Ukrainian);
- a numbered formation of no stated side is one of the war's sides: what it attacks is fought
  over, not civilians attacked (events.coding.code_event; read47);
- an act joined by "and" to a first verb with its own "could" is as supposed as that verb's
  ("could bring up artillery and begin to bombard X": events.polarity.
  _first_conjuncts_modality; read46, the shelling stood asserted);
- a country's name of two words is written as a name: "the west bank" of a river is no
  Palestine (events.actors; read46: "Palestinian forces" at Kyiv).
"""

from helpers_events import rows_after

from fogofwar.events.actors import extract_actors

_LEAD = ("Russian forces continued offensive operations against Ukrainian forces in eastern "
         "Ukraine on April 29.\n\n")


def _sides(nlp, text):
    return {a.text.removeprefix("the "): a.side for a in extract_actors(nlp(text))}


def test_a_units_side_is_not_its_reporters(nlp):
    sides = _sides(nlp, "The Ukrainian General Staff stated that elements of the 1st Guards "
                        "Tank Army attacked positions near the river.")
    assert sides.get("1st Guards Tank Army", "missing") is None, sides
    sides = _sides(nlp, "According to Ukrainian officials, the 20th Combined Arms Army "
                        "attacked positions near the river.")
    assert sides.get("20th Combined Arms Army", "missing") is None, sides
    # the sentence's own word for the unit's side still counts
    sides = _sides(nlp, "Russian forces of the 1st Guards Tank Army attacked positions near "
                        "the river.")
    assert sides.get("1st Guards Tank Army") == "RU", sides


def test_a_numbered_formation_attacking_is_at_war(pipeline):
    rows = rows_after(pipeline, _LEAD, "Elements of the 1st Guards Tank Army attacked two "
                                       "villages on April 29.", "2022-04-30")
    subs = {r[0] for r in rows if r[3] == "1st Guards Tank Army"}
    assert subs == {"Armed clash"}, rows


def test_an_act_after_a_supposed_first_conjunct_is_supposed(pipeline):
    rows = rows_after(pipeline, _LEAD, "They could bring up rocket artillery in the eastern "
                                       "suburbs and begin to bombard Kharkiv more heavily.",
                      "2022-04-30")
    assert {r[1] for r in rows if r[2] == "Kharkiv"} == {"hypothetical"}, rows


def test_an_act_after_a_done_first_conjunct_is_done(pipeline):
    # guard
    rows = rows_after(pipeline, _LEAD, "They brought up rocket artillery in the eastern "
                                       "suburbs and began to bombard Kharkiv more heavily.",
                      "2022-04-30")
    assert {r[1] for r in rows if r[2] == "Kharkiv"} == {"asserted"}, rows


def test_a_rivers_west_bank_is_no_country(nlp):
    # (read46: "on the west bank" of the Dnipro gave "Palestinian forces" at Kyiv)
    got = _sides(nlp, "Russian forces advanced on the west bank of the river.")
    assert "PS" not in got.values(), got
    # guard: the name, capitalised
    got = _sides(nlp, "West Bank forces clashed with Israeli troops.")
    assert got.get("West Bank forces") == "PS", got
