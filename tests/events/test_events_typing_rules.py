"""Typing rules added 2026-11-25 (made-up snippets, one rule each): background events,
weapons seized or found, fighters as victims, crime arrests, protest typing read off the parse,
aircraft as targets, fighting denied, fires in the weather, troops sent or formed."""

import pytest


def _classify(nlp, text):
    """The rules' reading alone: these tests pin the rules. The learned typer (typer.py) may
    retype a snippet on top of them, and does on two of these (the ivory shipment, read as
    weapons seized; the police station set on fire, read as mob violence): its thresholds
    were chosen by cross-validation over many snippets, not to pass these
    (tests/events/test_events_typer.py tests it)."""
    from fogofwar.events.detect import read_news

    return read_news(nlp(text), learned=False).sub


@pytest.mark.parametrize("text,sub", [
    # a relative clause or an intention is background to the news
    ("Jets bombed the town, where the rebels had agreed a ceasefire a day earlier.",
     "Air/drone strike"),
    ("The army reinforced its units near the border, which are ready to repel an airstrike.",
     "Change to group/activity"),
    # weapons found or seized: the weapon named is the thing seized, not its use
    ("Police seized rifles and hand grenades from the house.", "Disrupted weapons use"),
    ("Boxes containing explosive devices were discovered at the station.",
     "Disrupted weapons use"),
    ("Two militants accidentally detonated a bomb they were assembling.",
     "Disrupted weapons use"),
    # a weapon inside a noun's modifier names a kind of place
    ("The militants seized a deserted rocket-launching site near the airport.",
     "Non-violent transfer of territory"),
    # armed victims make a battle
    ("Twenty al-Shabaab fighters were killed when they stormed a base.", "Armed clash"),
    # an arrest over crime is crime; a political one stays an arrest
    ("Police arrested five men and recovered counterfeit notes worth a million rupees.",
     "Organized crime"),
    ("Police arrested five opposition activists in the capital.", "Arrests"),
    # protests: who blocks, and whose harm
    ("Hundreds of protesters blocked the main road to the airport.", "Violent demonstration"),
    ("Police blocked the marchers from reaching the square.", "Protest with intervention"),
    ("Hundreds of people held a vigil for a student whose death sparked protests, "
     "as police officers looked on.", "Peaceful protest"),
    ("Several demonstrators were injured when security forces violently dispersed the "
     "protest.", "Excessive force against protesters"),
    ("Residents protested over the oil spill that polluted the waters off the coast.",
     "Peaceful protest"),
    # aircraft hit are not aircraft firing
    ("A ballistic missile hit the air base, destroying two helicopters.",
     "Shelling/artillery/missile attack"),
    # ground taken without fighting
    ("Government forces took control of several towns without any armed clashes.",
     "Non-violent transfer of territory"),
    # fires: burning with no one burning; fanned by the weather
    ("More than 100 fires are burning across the state, fuelled by high winds and searing "
     "temperatures.", "Natural disaster"),
    # troops sent or formed; letters sent are nothing
    ("The rebels sent more fighters and tanks to the front line.", "Change to group/activity"),
    ("A new special forces brigade was formed in the army.", "Change to group/activity"),
    # an attack told twice, the second time with its armed target
    ("Ten people died in an attack by rebels on Tuesday. The rebels attacked a police post "
     "at dawn.", "Armed clash"),
    # a participle describing where troops are is no news of their moving
    ("Rebels clashed with government troops deployed in the border area.", "Armed clash"),
    # verb forms the lemmatizer gets wrong ("raped" -> "rap"); hyphenated cues split by the
    # tokenizer ("sit - in")
    ("Soldiers raped several women during a raid on the village.", "Sexual violence"),
    ("Residents staged a sit-in outside the governor's office.", "Peaceful protest"),
    # fighting erupts; volcanoes erupt
    ("Fierce fighting erupted between the army and insurgents in the hills.", "Armed clash"),
    ("A volcano erupted on the island, spewing ash into the sky.", "Natural disaster"),
    # a patrol attacked is a target, not troops on the move
    ("Militants ambushed an army patrol, killing three soldiers.", "Armed clash"),
    # crowds are mobs; raids on civilians are attacks; taking back is regaining
    ("Villagers beat a suspected thief to death.", "Mob violence"),
    ("Militants killed eleven villagers in an overnight raid on their homes.", "Attack"),
    ("Iraqi troops took back control of the western district after a week of fighting.",
     "Government regains territory"),
    # claims of attacks
    ("Al-Shabaab claimed the bombing in a statement on its radio station.",
     "Claim of responsibility"),
    ("The Islamic State group said its fighters were behind the attack.",
     "Claim of responsibility"),
    # riot police are police; setting fire is violence
    ("Riot police arrested 30 demonstrators.", "Protest with intervention"),
    ("Demonstrators set fire to the governor's office.", "Violent demonstration"),
    # people seized by gunmen are abducted; goods seized or intercepted
    ("Gunmen seized four aid workers on the road.", "Abduction/forced disappearance"),
    ("Security forces seized a truck loaded with explosives at a checkpoint.",
     "Disrupted weapons use"),
    ("Customs officers intercepted a shipment of smuggled ivory.", "Organized crime"),
    # a plot is not an attack; a coal mine is not a landmine
    ("Police thwarted a plot to bomb a shopping mall.", "Disrupted weapons use"),
    ("Twelve miners were trapped underground after a coal mine collapsed.",
     "Man-made disaster"),
    ("Toxic fumes from a leaking pipeline sent dozens of villagers to hospital.",
     "Man-made disaster"),
    # a claim denied; a cause in an after-clause; purposes are not deeds
    ("Two people were killed when a car bomb exploded near a market, police said. No group "
     "has claimed the attack so far.", "Remote explosive/landmine/IED"),
    ("Soldiers were wounded after a suicide bomber blew himself up near their patrol.",
     "Suicide bomb"),
    # who takes ground: the government's affiliates, a force taking a named town
    ("Pro-government militias took control of the airport road.",
     "Government regains territory"),
    ("Rebels of the M23 took the town of Bunagana on Monday.",
     "Non-state actor overtakes territory"),
    ("The army announced that it had cleared the area of militants and restored control.",
     "Government regains territory"),
    # a disaster's damage is the disaster; "in protest" is a manner; clashes that kill
    ("A blaze swept through a crowded market, destroying hundreds of stalls.",
     "Man-made disaster"),
    ("The country recalled its ambassador in protest over the remarks.", "Diplomatic event"),
    ("Clashes between rival militias in Tripoli killed at least 20 people.", "Armed clash"),
    ("A bus collided with a truck on the highway, killing 14 passengers.", "Man-made disaster"),
    # arson is no accident; agreeing to talk is diplomacy; a new brigade formed
    ("Angry residents set a police station on fire after a young man died in custody.",
     "Looting/property destruction"),
    ("The two countries agreed to restore diplomatic relations.", "Diplomatic event"),
    ("The militia announced the formation of a new brigade.", "Change to group/activity"),
    # harm told as a noun's modifier is background; a foiled bombing is a disrupted one
    ("Protesters in the capital demanded justice for a student killed by police last month.",
     "Peaceful protest"),
    ("Police foiled a suicide attack when they shot a man wearing an explosive vest.",
     "Disrupted weapons use"),
    # no agent named: whom the ground was taken from tells who took it
    ("The town was seized from the militants on Tuesday.", "Government regains territory"),
    ("The strategic hill was captured from the army after days of fighting.",
     "Non-state actor overtakes territory"),
])
def test_typing_rule(nlp, text, sub):
    assert _classify(nlp, text) == sub


def test_sending_a_letter_is_no_troop_movement(nlp):
    assert _classify(nlp, "The minister sent a letter to the council.") != \
        "Change to group/activity"


def test_transfer_of_casualties_is_no_transfer_of_territory(nlp):
    from fogofwar.events.detect import detect

    doc = nlp("Trenches were dug to ease the transfer of casualties to the rear.")
    assert "Non-violent transfer of territory" not in {c.sub for c in detect(doc)}


def test_attempted_blocking_is_not_done(nlp):
    from fogofwar.events.detect import _stoppers

    doc = nlp("Supporters staged sit-ins and attempted to block traffic.")
    assert _stoppers(doc[:]) == set()


def test_a_suicide_without_a_bomb_is_no_suicide_bombing(nlp):
    assert _classify(nlp, "A soldier committed suicide at the barracks.") != "Suicide bomb"
    assert _classify(nlp, "A suicide attacker blew up his car at the gate.") == "Suicide bomb"


def test_claiming_victory_is_no_claim_of_an_attack(nlp):
    assert _classify(nlp, "The ruling party claimed victory in the election.") != \
        "Claim of responsibility"


def test_taking_part_is_no_territory(nlp):
    from fogofwar.events.detect import detect

    doc = nlp("Hundreds of soldiers took part in the parade.")
    assert not {c.sub for c in detect(doc)} & {"Non-state actor overtakes territory",
                                                 "Government regains territory"}
