"""A town named as the object of a verb of taking or shelling ground, done by armed forces, is
a place even with no cue word before it and a tagger that calls it a person or a product
("Russian forces captured Soledar", "troops failed to capture Siversk"); a person seized by
police is not made a place (geo.recognise._war_object). One-sentence wire reports had no
place for such events (issue 11: denials that attach to nothing)."""

import pytest

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
