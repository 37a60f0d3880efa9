"""PLOVER codes from the governing verb, with negation, obligation and intent."""

import pytest


@pytest.mark.parametrize("text,code", [
    ("The ministers met in Geneva to discuss the border.", "CONSULT"),
    ("The government rejected the rebels' proposal.", "REJECT"),
    ("The president threatened to close the border.", "THREATEN"),
    ("The union said it would boycott the talks unless wages rose.", "THREATEN"),
    ("The donor said it will provide food aid to the refugees.", "AGREE"),
    ("The council said the army must withdraw from the city.", "DEMAND"),
    ("The minister condemned the attack on the embassy.", "DISAPPROVE"),
    ("The government imposed sanctions on the regime.", "SANCTION"),
])
def test_plover_of_sentence(nlp, text, code):
    from fogofwar.events.plover import plover_of_sentence

    assert plover_of_sentence(next(nlp(text).sents)) == code


def test_plover_code_maps_acled_types():
    from fogofwar.events.plover import plover_code

    assert plover_code("Armed clash") == "FIGHT"
    assert plover_code("Suicide bomb") == "ASSAULT"
    assert plover_code("Arrests") == "COERCE"


def test_a_withdrawal_event_is_plover_retreat(nlp):
    from fogofwar.events import extract_events
    from fogofwar.events.actors import extract_actors
    from fogofwar.records import Report

    text = "Bloggers reported a possible Ukrainian withdrawal from the town."
    doc = nlp(text)
    evs, _ = extract_events(doc, [], [], extract_actors(doc), Report(id="w", text=text))
    assert [e.plover for e in evs] == ["RETREAT"]
