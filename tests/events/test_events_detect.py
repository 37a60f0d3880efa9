"""Typing of made-up snippets: ACLED sub-event types and the non-conflict types."""

import pytest


@pytest.mark.parametrize("text,sub", [
    ("Government troops clashed with rebels near the river crossing.", "Armed clash"),
    ("The army recaptured the town from the militants on Tuesday.", "Government regains territory"),
    ("Militants seized control of the district headquarters town.", "Non-state actor overtakes territory"),
    ("Warplanes bombed a market in the north of the province.", "Air/drone strike"),
    ("Artillery shelled the outskirts of the city overnight.", "Shelling/artillery/missile attack"),
    ("A roadside bomb hit a patrol vehicle.", "Remote explosive/landmine/IED"),
    ("A suicide bomber blew himself up at a checkpoint.", "Suicide bomb"),
    ("Unknown men hurled a grenade into a shop.", "Grenade"),
    ("Gunmen abducted three aid workers from their car.", "Abduction/forced disappearance"),
    ("Thousands of students marched peacefully to the parliament.", "Peaceful protest"),
    ("Police fired tear gas to disperse the protesters.", "Protest with intervention"),
    ("Police opened fire on protesters, killing four of them.", "Excessive force against protesters"),
    ("Rioters threw stones and torched cars after the match.", "Violent demonstration"),
    ("Police arrested two suspects in the capital.", "Arrests"),
    ("Soldiers defused an explosive device found under a bridge.", "Disrupted weapons use"),
    ("The two sides signed a ceasefire agreement in the capital.", "Agreement"),
    ("A magnitude 6 earthquake struck the coast, killing dozens.", "Natural disaster"),
    ("A gas explosion at a chemical plant injured ten workers.", "Man-made disaster"),
    ("Police seized 200 kilograms of cocaine from a drug cartel.", "Organized crime"),
    ("The group claimed responsibility for the bombing.", "Claim of responsibility"),
    ("The government expelled two diplomats over the spying row.", "Diplomatic event"),
])
def test_classify(nlp, text, sub):
    from fogofwar.events.detect import classify

    assert classify(nlp(text)) == sub


def test_an_attack_on_a_base_is_not_a_base_established(nlp):
    from fogofwar.events.detect import classify

    assert classify(nlp("Insurgents attacked an army base overnight.")) == "Armed clash"
    assert classify(nlp("The army set up a new base near the border.")) == \
        "Headquarters or base established"


def test_weapon_programmes_are_not_attacks(nlp):
    from fogofwar.events.detect import classify

    assert classify(nlp("The talks covered the missile programme.")) != \
        "Shelling/artillery/missile attack"
