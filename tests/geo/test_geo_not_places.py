"""Words that are no places stay unplaced (issue 13): an institution's abbreviation ("MoD"),
an organisation's name ("the Wagner Group"), the kind word of a facility's or a front's
longer name ("Thermal Power Plant", "Southern Axis"), a first name in a list of persons, a
formation's name ("Baltic Fleet"), the first word of a river's two-word name, a NER name
that only a close spelling of a village's matches. Each met a small namesake in the
gazetteer (or a fuzzy match) and, unsupported, fell back to the report's oblast. Sentences
are made up; the gazetteer is hand-made."""

import pytest
from hand_gazetteer import UKRAINE, located, stage_fixture

from fogofwar.geo.index import NewPlace

pytestmark = pytest.mark.slow

PLACES = [
    UKRAINE,
    NewPlace(709716, "Donetsk Oblast", 48.0, 37.8, "UA", "05", fclass="A", fcode="ADM1",
             population=4_000_000, derived=("donetsk",)),
    NewPlace(1, "Kovalivka", 48.3, 37.5, "UA", "05", population=900),
    NewPlace(2, "Maud", 34.0, -96.0, "US", "OK", population=1000, names=("Mod",)),
    NewPlace(3, "Axis", 30.9, -88.0, "US", "AL", population=757),
    NewPlace(4, "Thermal", 33.6, -116.1, "US", "CA", population=2865),
    NewPlace(5, "Gruppenberg", 35.0, -90.0, "US", "TN", population=3000),
    NewPlace(6, "Tarvin", 36.0, -91.0, "US", "AR", population=6000),
    NewPlace(7, "Baltic", 43.7, -96.7, "US", "SD", population=1100),
    NewPlace(8, "Zelenivka", 47.0, 35.0, "US", "OK", population=500),
    NewPlace(9, "Marivka", 48.1, 37.6, "UA", "05", population=800),
]


stage = stage_fixture(PLACES)


@pytest.mark.parametrize("text, word", [
    # an institution's abbreviation: mixed case, and in brackets after the name it shortens
    ("The Ruritanian Ministry of Defense (MoD) claimed that its forces took Kovalivka in "
     "Donetsk Oblast. The MoD also claimed gains near Kovalivka.", "MoD"),
    # an organisation's name: written before "Group" once, the bare name elsewhere
    ("The Gruppenberg Group shelled Kovalivka in Donetsk Oblast. Fighters from Gruppenberg "
     "attacked Kovalivka again.", "Gruppenberg"),
    # the kind word of a facility's name
    ("Forces shelled the Kovalivka Thermal Power Plant in Donetsk Oblast.", "Thermal"),
    # the last word of a front's name
    ("Forces attacked along the Southern Axis near Kovalivka in Donetsk Oblast.", "Axis"),
    # a first name among persons
    ("Tarvin Clark, George Barros, and Anna Smith wrote the report. Forces attacked near "
     "Kovalivka in Donetsk Oblast.", "Tarvin"),
    # a formation's name, in a list of fleets
    ("Marines from the Baltic and Northern fleets attacked near Kovalivka in Donetsk "
     "Oblast.",
     "Baltic"),
])
def test_a_word_that_names_no_place_is_not_placed(nlp, stage, text, word):
    placed = located(nlp, stage, text)
    assert word not in placed, placed[word]
    assert "Kovalivka" in placed  # the real place of the sentence stays


def test_the_first_word_of_a_rivers_name_is_no_village(nlp, stage):
    placed = located(nlp, stage, "Forces crossed the Marivka Donets River near Kovalivka in "
                                 "Donetsk Oblast.")
    assert "Marivka" not in placed
    # the same name on its own is the village
    placed = located(nlp, stage, "Forces attacked near Marivka and Kovalivka in "
                                 "Donetsk Oblast.")
    assert placed["Marivka"].precision in (1, 2)


def test_a_town_that_heads_a_name_stays_a_place(nlp, stage):
    """The rules take a name's tail or kind word, not its head: "the Kovalivka Thermal Power
    Plant" is still at Kovalivka."""
    placed = located(nlp, stage, "Forces shelled the Kovalivka Thermal Power Plant in "
                                 "Donetsk Oblast.")
    assert placed["Kovalivka"].name == "Kovalivka"


def test_a_close_spelling_needs_a_place_cue(nlp, stage):
    """A name NER calls a place that only a close spelling of a village's matches is kept
    where the words around say "a place" ("in Zelenivkka"), not after a noun ("outlet
    Zelenivkka reported")."""
    from fogofwar.geo.recognise import recognise

    def fuzzy_mentions(text):
        doc = nlp(text)
        return {m.text: m for m in recognise(doc, stage.index.lookup, stage.index.fuzzy_lookup)
                if "ner-only" in m.reasons}

    got = fuzzy_mentions("The Russian opposition outlet Zelenivkka reported on Monday that "
                         "forces shelled Kovalivka in Donetsk Oblast.")
    assert not got.get("Zelenivkka") or not got["Zelenivkka"].candidates



def test_a_first_name_among_persons_but_not_a_town_before_a_title(nlp):
    """"Tarvin Clark, George Barros" is a person among persons; "Kovalivka Mayor Anna Smith"
    names the town whose mayor she is, even in a list of persons (NER's labels are set by
    hand here: the small model's vary)."""
    from spacy.tokens import Span

    from fogofwar.geo.recognise import _first_name_in_list

    doc = nlp("Tarvin Clark, George Barros, and Anna Smith wrote it.")
    doc.ents = [Span(doc, 3, 5, "PERSON"), Span(doc, 7, 9, "PERSON")]
    assert _first_name_in_list(doc, 0, 1)
    doc = nlp("It included Bogdan Petrenko, Kovalivka Mayor Anna Smith and others.")
    doc.ents = [Span(doc, 2, 4, "PERSON"), Span(doc, 7, 9, "PERSON")]
    assert not _first_name_in_list(doc, 5, 6)


def test_a_headlines_verb_is_no_head_of_a_name(nlp, stage):
    """"Destroyed Kovalivka bridge": the capitalised verb of a headline does not make the
    village the tail of a longer name."""
    placed = located(nlp, stage, "Destroyed Kovalivka bridge in Donetsk Oblast")
    assert "Kovalivka" in placed
