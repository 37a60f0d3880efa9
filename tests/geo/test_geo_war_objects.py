"""A town named as the object of a verb of taking or shelling ground, done by armed forces, is
a place even with no cue word before it and a tagger that calls it a person or a product
("Russian forces captured Soledar", "troops failed to capture Siversk"); a person seized by
police is not made a place (geo.recognise._war_object). One-sentence wire reports had no
place for such events (issue 11: denials that attach to nothing)."""

import pytest
from hand_gazetteer import stage_of

from fogofwar.geo.index import NewPlace
from fogofwar.records import Report


def _place_names(pipeline, text: str) -> list[str]:
    [ext] = list(pipeline.run_many([Report(id="r", source="Wire", published="2022-07-21",
                                           text=text)]))
    return [p.name for p in ext.places if p.name]


@pytest.mark.slow
@pytest.mark.parametrize("text,town", [
    ("Russian forces captured Soledar.", "Soledar"),
    ("Russian forces failed to capture Siversk.", "Siversk"),
    ("Ukrainian troops shelled Siversk overnight.", "Siversk"),
])
def test_the_object_of_a_ground_verb_is_a_place(pipeline, text, town):
    assert town in _place_names(pipeline, text)


@pytest.mark.slow
def test_whom_the_police_capture_is_no_place(pipeline):
    assert _place_names(pipeline, "Police captured Guzman at a hotel.") == []


@pytest.mark.slow
def test_two_oblasts_joined_by_a_hyphen_are_both_oblasts(pipeline):
    """ "along the Kharkiv-Donetsk Oblast border" (ISW 2022-07-21): the region word is both
    names'; the city of Kharkiv was placed instead (issue 13)."""
    [ext] = list(pipeline.run_many([Report(
        id="r", source="Wire", published="2022-07-21",
        text="Fighting continued along the Kharkiv-Donetsk Oblast border.")]))
    kharkiv = [p for p in ext.places if p.text == "Kharkiv"]
    assert kharkiv and kharkiv[0].feature_code.startswith("ADM1"), kharkiv


VILLAGES = [
    NewPlace(None, "Krynychne", 48.57, 38.22, "UA", "05", population=0),
    NewPlace(None, "Roty", 48.52, 38.23, "UA", "05", population=0),
    NewPlace(None, "Lozove", 47.05, 33.05, "UA", "08", population=0),
    NewPlace(None, "Raihorodok", 48.92, 37.66, "UA", "05", population=0),
    NewPlace(None, "Metolkine", 48.90, 38.50, "UA", "14", population=0),
]


@pytest.mark.slow
@pytest.mark.parametrize("text,towns", [
    ("Russian troops conducted unsuccessful assaults on Krynychne and Roty.",
     {"Krynychne", "Roty"}),
    ("Russian forces conducted counterattacks against Lozove.", {"Lozove"}),
    ("Russian forces failed to advance to Raihorodok on June 8.", {"Raihorodok"}),
    ("Russian forces reportedly also control Metolkine.", {"Metolkine"}),
    ("Russian forces remain focused on taking Krynychne and Roty.", {"Krynychne", "Roty"}),
])
def test_the_ground_of_a_fight_is_a_place(nlp, text, towns):
    """ "assaults on", "counterattacks against", "advance to" and "control" name ground
    (read11 on ISW 2022-06-07/08: these villages got no incident)."""
    names = {p.name for p in stage_of(VILLAGES)(nlp(text))}
    assert towns <= names, names


@pytest.mark.slow
def test_what_a_company_takes_is_no_place(nlp):
    names = {p.name for p in stage_of(VILLAGES)(nlp("The company is focused on taking Roty "
                                                    "to court."))}
    assert "Roty" not in names, names
