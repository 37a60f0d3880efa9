"""One name per institution however a report spells it (issue 11: "one ministry appears under
four names"): a misspelt or clipped institution name and a name for what the institution
issues ("the Ukrainian General Staff report") are the institution; another side's
institution of a near name stays apart."""

import pytest

from fogofwar.claims.canonical import canonical_source


@pytest.mark.parametrize("name, side, want", [
    ("Ukrainian General Staff report", "UA", "Ukrainian General Staff"),
    ("Ukraine’s Southern Operation Command", "UA", "Ukrainian Southern Operational Command"),
    ("Russian Ministry of Defense statement", "RU", "Russian Ministry of Defense"),
])
def test_a_spelling_or_an_issue_of_an_institution_is_the_institution(name, side, want):
    assert canonical_source(name, "party_military", side).canonical == want


@pytest.mark.parametrize("name, side", [
    ("Belarusian Ministry of Defense", "BY"),
    ("Russian General Staff", "RU"),
])
def test_a_near_name_of_another_sides_institution_stays_apart(name, side):
    assert canonical_source(name, "party_military", side).canonical == name


@pytest.mark.parametrize("a, b", [
    ("the Luhansk People's Republic", "Luhansk People's Republic"),
    ("local social media users", "Local social media users"),
])
def test_an_unknown_name_has_one_written_form(a, b):
    ca, cb = canonical_source(a, "other", None), canonical_source(b, "other", None)
    assert ca is not None and ca.canonical == cb.canonical == b


@pytest.mark.parametrize("name", [
    "Ability of Ukrainian forces", "Reliance on volunteer forces",
    "Challenging hilly and forested terrain", "Tone of the post", "Refuting accusations",
    "Correction", "Claim", "Reports of a Russian attempt to advance southwest of Pasika",
    "Report of Ukrainian positions in Udy", "Russia are", "Russian forces for now",
])
def test_abstract_phrases_the_parse_handed_over_are_no_speakers(name):
    """Seen as sources on the ISW corpus (issue 11: "noun-phrase fragments are never
    sources")."""
    assert canonical_source(name, "other", None) is None


@pytest.mark.parametrize("name", [
    "Ukrainian Office of the General Prosecutor", "Mayor of Kherson",
    "Commander of the Ukrainian 36th Marine Brigade", "Head of Kryvyi Rih’s military administration",
    "Editor and correspondent for NPR Science Geoff Brumfiel", "Reporter Jack Detsch",
])
def test_people_and_offices_named_with_of_or_for_stay_speakers(name):
    assert canonical_source(name, "party_official", "UA") is not None
