"""Actors: canonical name, ACLED-like kind and side (model-backed, small made-up sentences)."""


def actors(nlp, text):
    from fogofwar.events.actors import extract_actors

    return {a.text: (a.canonical, a.kind, a.side) for a in extract_actors(nlp(text))}


def test_forces_units_and_governments(nlp):
    got = actors(nlp, "Ukrainian forces and the 93rd Mechanized Brigade held the line while "
                      "Russian troops shelled the town. Moscow denied it.")
    assert got["Ukrainian forces"] == ("Military Forces of Ukraine", "state forces", "UA")
    assert got["Russian troops"] == ("Military Forces of Russia", "state forces", "RU")
    assert got["Moscow"] == ("Government of Russia", "government", "RU")
    unit = [k for k in got if "93rd" in k]
    assert unit and got[unit[0]][1] == "state forces"


def test_a_capital_as_a_place_is_not_an_actor(nlp):
    got = actors(nlp, "Protesters gathered in Moscow on Sunday.")
    assert "Moscow" not in got
    assert got["Protesters"] == ("Protesters", "protesters", None)


def test_named_groups_and_civilians(nlp):
    got = actors(nlp, "Fighters of the Wagner Group attacked civilians near the mine.")
    name = [k for k in got if "Wagner" in k][0]
    assert got[name] == ("Wagner Group", "political militia", "RU")
    assert got["civilians"][1] == "civilians"


def test_possessive_country_before_a_region_is_a_place(nlp):
    got = actors(nlp, "Troops entered Russia's Kursk region. Russia's army responded.")
    assert "Russia" not in got
    assert any(v == ("Military Forces of Russia", "state forces", "RU") for v in got.values())


def test_a_capital_attacked_is_a_place_not_its_government(nlp):
    # "missile strikes on Kyiv" took the city for the government, and the strike
    # had no place
    for text in ("Russian forces conducted missile strikes on Kyiv on October 10.",
                 "Russian forces launched an assault against Moscow overnight."):
        got = actors(nlp, text)
        assert not [k for k, v in got.items() if v[1] == "government"], (text, got)


def test_a_capital_pressed_or_blamed_stays_its_government(nlp):
    # guard: sanctions on a capital, or an attack blamed on it, are on its government
    for text, name in (("The West imposed new sanctions on Moscow.", "Moscow"),
                       ("Ukraine blamed the attack on Moscow.", "Moscow")):
        got = actors(nlp, text)
        assert got.get(name, (None, None))[1] == "government", (text, got)
