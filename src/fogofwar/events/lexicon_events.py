"""Event cues: words and lemma sequences that anchor or qualify an event, with the ACLED (or
non-conflict) sub-event type each points to and how specific it is.

Written from ACLED's codebook definitions of the sub-event types and the CASE 2021 "unseen"
type notes (disasters, organised crime, diplomacy, claims of responsibility). A cue phrase is
matched token by token against each token's lemma or its lower-cased form, so "shelled",
"shelling" and "shells" all meet "shell". ``weight`` is specificity: a weapon named
("grenade") outweighs a generic verb ("attack", "kill"); ``anchor`` says whether the cue can
stand for an event on its own (a trigger) or only qualifies one (a modifier such as
"artillery" in "artillery attack" or "tear gas" in a protest).
"""

from __future__ import annotations

from typing import NamedTuple


class CueDef(NamedTuple):
    sub: str
    weight: float
    anchor: bool = True


def _add(table: dict, sub: str, weight: float, phrases: str, anchor: bool = True) -> None:
    for ph in phrases.split(","):
        ph = ph.strip()
        if ph:
            table[ph] = CueDef(sub, weight, anchor)


CUES: dict[str, CueDef] = {}
# --- Battles -------------------------------------------------------------------------------
_add(CUES, "Armed clash", 3, "clash, clashes, fighting, fight, battle, gunfight, firefight, "
     "gun battle, exchange fire, exchange of fire, trade fire, skirmish, combat, ambush, "
     "advance, offensive, counteroffensive, counter-offensive, incursion, assault, "
     "operate, operation, besiege, siege, storm/VERB, to storm, storming, raid, battle/VERB")
# fending off an attack is fighting too (ACLED codes repelled attacks as armed clashes)
_add(CUES, "Armed clash", 3, "repel, repulse, fend off, beat back, counterattack, "
     "counter-attack, repelled, repulsed")
# forces driven back were fought ("drove back Ukrainian forces around X", read92: no event)
_add(CUES, "Armed clash", 3, "drive back, force back, throw back")
# a push of forces toward a place is an advance ("attempted to push towards X", read100: no
# event); "push for talks" or "push back a deadline" are not these phrases
_add(CUES, "Armed clash", 3, "push toward, push towards, push into, push through, "
     "push north, push south, push east, push west, push northward, push southward, "
     "push eastward, push westward")
# "continued to push on X via A and B" (read227 class 6: no event); "trench and artillery
# warfare in A" (read227 class 6), "warfare" kept only where a word names fighting
# (retyping._warfare_unnamed)
_add(CUES, "Armed clash", 3, "push on, warfare")
# a line broken through is fought through ("a sabotage group broke through Russian defenses
# near Polohy", read19: no event)
_add(CUES, "Armed clash", 3, "break through, broke through, broken through")
# a town cut in two by an advance is fought through ("bisected Mariupol, isolating its
# defenders": read137, the day's news had no event), and a town forces "continue to press"
# is fought for (read136); only with an armed doer (detect.refine: "the river bisects")
ARMED_DOER_PHRASES = frozenset({"bisect", "bisected", "cut in two", "cut in half",
                                "press/VERB"})
_add(CUES, "Armed clash", 3, ", ".join(sorted(ARMED_DOER_PHRASES)))
# losses suffered somewhere were suffered in fighting there ("suffered losses in the towns of
# A and B", read109: no event); events.detect keeps them only with armed forces as sufferers
LOSS_PHRASES = frozenset({"suffer loss", "suffer heavy loss", "suffer significant loss",
                          "suffer casualties", "suffer heavy casualties", "sustain loss",
                          "sustain heavy loss", "sustain casualties", "sustain heavy casualties"})
_add(CUES, "Armed clash", 3, ", ".join(sorted(LOSS_PHRASES)))
# forces driven out of a place lose it ("pushed Russian troops out of X", read105, read112: no
# event, or a plain clash); events.detect.find_cues also finds the verb and its "out of" apart
OUSTING_VERBS = ("push", "drive", "force", "kick", "chase", "knock")
OUSTING_PHRASES = frozenset(f"{v} out" for v in OUSTING_VERBS)
_add(CUES, "Non-state actor overtakes territory", 3.5, ", ".join(sorted(OUSTING_PHRASES)))
# units held or cut off by fighting ("to fix in place Ukrainian units in A", "the encirclement
# of positions in B": read25, no event)
_add(CUES, "Armed clash", 3, "encirclement, fix in place, pin down")
# the General Staff's words for small attacks and their outcome ("attempted to improve their
# tactical positions around A and B", "had partial success in the direction of C",
# "established partial control over D": read33, read34, no event)
_add(CUES, "Armed clash", 3, "improve tactical position, improve their tactical position, "
     "improve its tactical position, improve their position, improve its position, "
     "improve the tactical position, partial success, establish partial control")
# an advance told by where it got to ("reached the outskirts of X": read26, no event)
_add(CUES, "Armed clash", 3, "reach the outskirts, reached the outskirts, reaching the "
     "outskirts, entered the outskirts, enter the outskirts")
# a river crossing tried against the other side is an attack ("attempted to cross the river
# near A, B, and C": read48, five villages' fighting had no event); a crossing made is a move
_add(CUES, "Armed clash", 3, "attempt to cross, attempted to cross, try to cross, tried to "
     "cross, fail to cross, failed to cross, forced crossing, force a crossing")
_add(CUES, "Government regains territory", 4, "retake, recapture, regain, reclaim, liberate, "
     "win back, regain control, retook, recaptured, liberation, take back, took back, "
     "taken back, restore control, restored control")
# What is fired, and the verbs that fire it ("fired six rounds at X", "launched missiles at
# Y"): the thing fired is no target of the act, and a disrupted-weapons cue it is names the
# attack (events.detect._rounds_fired, events.arguments._shot_fired)
FIRED_MUNITIONS = frozenset({"round", "rounds", "shell", "shells", "projectile", "projectiles",
                             "munition", "munitions", "ammunition", "missile", "missiles",
                             "rocket", "rockets", "artillery"})
LAUNCH_VERBS = frozenset({"fire", "launch", "shoot"})
# a flag raised over a place marks its taking ("footage showed troops raising a flag over X":
# read157, the day's one liberation had no event); coding gives the side by the actor
FLAG_PHRASES = frozenset(f"{v} {d}{s}flag" for v in ("raise", "hoist", "plant")
                         for d in ("a ", "the ", "") for s in ("", "ukrainian ", "russian "))
_add(CUES, "Government regains territory", 4, ", ".join(sorted(FLAG_PHRASES)))
_add(CUES, "Non-state actor overtakes territory", 2, "enter/VERB")
_add(CUES, "Non-state actor overtakes territory", 3.5, "take full control, took full control, "
     "take complete control, took complete control, seize full control, take total control")
# A claim of control over a whole place is a claim of its capture ("claimed full control of
# Lysychansk", "established complete control over the city"); partial control is fighting.
CONTROL_PHRASES = frozenset(p.strip() for p in (
    "full control, complete control, total control, establish control, "
    "established control, "
    # ground held after taking it: "consolidated control of X" (read123: no event)
    "consolidate control, consolidated control").split(","))
_add(CUES, "Non-state actor overtakes territory", 3.5, ", ".join(sorted(CONTROL_PHRASES)))
# A place still held is a statement that it has not changed hands ("Ukrainian forces retain
# control of Kherson", "Pisky remains under Ukrainian control"): a negated change of control,
# which answers a capture claim at that place (events/__init__: HOLD_PHRASES).
HOLD_PHRASES = frozenset(p.strip() for p in (
    "retain control, maintain control, keep control, remain in control, still control, "
    "still hold, continue to hold, continue to control, remain under ukrainian control, "
    "remain under russian control, remain in ukrainian hands, remain in russian hands, "
    "remain under the control, remain under control").split(","))
_add(CUES, "Non-state actor overtakes territory", 3.5, ", ".join(sorted(HOLD_PHRASES)))
# "took the town": "take" is territorial only with ground as its object; it anchors with
# little weight and refine() keeps it only then
_add(CUES, "Non-state actor overtakes territory", 1, "take/VERB")
# "secured Melitopol", "cleared the village of X", "cleared the entirety of urban Mariupol":
# as "take", territorial only with a settlement or a named place as object ("secured
# funding", "cleared rubble", "secured the area" are no change of control)
_add(CUES, "Non-state actor overtakes territory", 1, "secure/VERB, clear/VERB")
_add(CUES, "Non-state actor overtakes territory", 3.5, "capture, seize control, take control, "
     "secure control, secured control, "
     "seize, overrun, take over, occupy, gain, fall to, make gains, make gain")
# --- Explosions/Remote violence ---------------------------------------------------------------
_add(CUES, "Chemical weapon", 6, "chemical attack, chemical weapon, chemical weapons, "
     "poisonous gas, "
     "poison, poisonous, suffocation, "
     "mustard gas, sarin, chlorine gas, chlorine, toxic gas, nerve agent, poison gas, "
     "chemical agent, gas attack, vx, novichok")
_add(CUES, "Air/drone strike", 4.5, "airstrike, air strike, air raid, airstrikes, air-strike, "
     "warplane, fighter jet, jet, drone strike, drone attack, helicopter gunship, gunship, "
     "aerial bombardment, aerial attack, bombing raid, bomber jet, aircraft, fighter plane, "
     "drone, air force, uav, uavs, kamikaze drone, kamikaze uav, loitering munition, "
     "unmanned aerial vehicle, shahed")
# bombs dropped from aircraft (ACLED: air strikes), outweighing the generic "bomb"
_add(CUES, "Air/drone strike", 5, "glide bomb, guided bomb, aerial bomb, guided aerial bomb, "
     "barrel bomb, air-dropped bomb, cluster bomb, drop bomb, drop bombs, "
     # (explosives and grenades dropped from drones: read161, a roadside bomb)
     "drop explosives, drop explosive, drop grenades, drop grenade, drop munitions")
_add(CUES, "Shelling/artillery/missile attack", 4.5, "anti-aircraft, anti - aircraft, tank fire, "
     "precision strike, precision strikes, long-range strike, himars")
_add(CUES, "Suicide bomb", 6, "suicide bomber, suicide bombing, suicide attack, suicide bomb, "
     "suicide car bomb, blow himself up, blow themselves up, blow herself up, suicide vest, "
     "explosive vest, explosive belt, suicide")
_add(CUES, "Shelling/artillery/missile attack", 4.5, "shell, shelling, artillery, mortar, "
     "rocket, missile, howitzer, cruise missile, ballistic missile, mlrs, grad, "
     "multiple rocket launcher, tank fire, come under fire, shellfire, bombard, bombardment, "
     "pound")
_add(CUES, "Remote explosive/landmine/IED", 4.5, "ied, improvised explosive device, landmine, "
     "land mine, mine/NOUN, mines, roadside bomb, car bomb, bomb blast, explosive device, "
     "booby trap, "
     "vbied, bomb, blast, explosion, explode, detonate, explosive, bombing, magnetic bomb, "
     "sticky bomb, parcel bomb, pipe bomb, blow up")
_add(CUES, "Grenade", 6, "grenade, hand grenade, grenade attack, lob, hurl")
# --- Violence against civilians ---------------------------------------------------------------
_add(CUES, "Sexual violence", 6, "rape, gang-rape, gang rape, sexual assault, sexually assault, "
     "molest, sexual violence, sexually abuse, sexual abuse, sexual harassment")
_add(CUES, "Attack", 1.5, "attack, kill, shoot, murder, behead, massacre, execute, stab, hack, "
     "torture, beat, shoot dead, gun down, lynch, assault, open fire, injure, wound, slay, "
     "shot, strike, hit, assassinate, assassination")
# a person put to death by hanging ("partisans hanged an official in X", read106: no event); the
# past form only, so "hung a flag" stays no event
_add(CUES, "Attack", 1.5, "hanged")
# fighting for positions and fire on military targets (read29; events.detect keeps them only
# with positions, ground or a military object as their object)
_add(CUES, "Armed clash", 3, "contest/VERB, contesting")
# probing the other side's positions is fighting there ("stopped reconnaissance groups from
# probing positions around X", read54: no event); kept only with such an object, as "contest"
_add(CUES, "Armed clash", 3, "probe/VERB, penetrate/VERB")
# stopping a unit of the other side is fighting it (read63: "stopped a Russian sabotage and
# reconnaissance group in X" had no event); refine() keeps it with such a unit as its object
_add(CUES, "Armed clash", 3, "stop/VERB, halt/VERB")
# defeating a force is fighting it (read67: "defeated a Russian mechanized force in X" had no
# event); refine() keeps it with fighters as its object, as "stop"
_add(CUES, "Armed clash", 3, "defeat/VERB, rout/VERB")
# encircling a place or its defenders, surrounding or trapping fighters (read73: "encircled
# about 600 Ukrainian troops in X" had no event; read71: "encircle and bombard Mariupol");
# refine() keeps "surround" and "trap" with fighters as their object
_add(CUES, "Armed clash", 3, "encircle/VERB, surround/VERB, trap/VERB")
# prisoners swapped: an agreement kept (read55: no event); refine() keeps it with prisoners
_add(CUES, "Agreement", 3, "exchange/VERB, swap/VERB")
_add(CUES, "Attack", 1.5, "target/VERB, targeting")
_add(CUES, "Abduction/forced disappearance", 5, "abduct, kidnap, abduction, kidnapping, "
     "forced disappearance, disappear, take hostage, hostage, go missing, forcibly disappear")
# --- Protests and riots -----------------------------------------------------------------------
_add(CUES, "Peaceful protest", 4, "protest, demonstration, rally, march/VERB, march/NOUN, "
     "sit-in, demonstrate, "
     "picket, vigil, walkout, take to the streets, protester, demonstrator, protestor, "
     "hunger strike, general strike, on strike/NOUN, boycott, marcher")
# ("concentrated on striking positions": a gerund of attack, not a walkout; read105)
_add(CUES, "Violent demonstration", 4.5, "riot, rioter, rioting, violent protest, "
     "throw stone, throw stones, pelt, hurl stone, hurl stones, throw rock, throw bottle, "
     "vandalise, vandalize, molotov, molotov cocktail, molotov cocktails")
_add(CUES, "Mob violence", 5, "mob, lynch, lynching, vigilante, mob justice, angry crowd")
# --- Strategic developments -------------------------------------------------------------------
_add(CUES, "Agreement", 4, "agreement, agree, ceasefire, cease-fire, truce, peace deal, "
     "peace agreement, peace accord, accord/NOUN, treaty, prisoner swap, prisoner exchange, "
     "deal/NOUN, surrender, lay down arms, lay down their arms")
_add(CUES, "Agreement", 4, "sign/VERB", anchor=False)  # "signed a deal", not "hand-signed"
_add(CUES, "Agreement", 4.6, "peace agreement, peace deal, ceasefire, cease-fire, truce")
_add(CUES, "Arrests", 3.9, "arrest, detain, take into custody, apprehend, round up, detention, "
     "custody, nab, jail, imprison")
_add(CUES, "Change to group/activity", 3.5, "deploy, deployment, redeploy, mobilize, mobilise, "
     "mobilization, recruit, recruitment, reinforcement, reinforce, relocate, divert, "
     "move troops, send troops, join forces, merge, split, patrol/VERB, withdraw, withdrawal, "
     "drill, drills, military exercise, military exercises, war games, "
     "pull out, pullout, retreat, dissolve, disband, "
     # (read: "continued to pull back into Belarus" had no event)
     "pull back, pulled back, pulling back")
# "transporting reserve units with T-80BV tanks to X Oblast" (read227 class 6: no event); only
# forces or their kit carried (retyping._carries_no_forces)
_add(CUES, "Change to group/activity", 3.5, "transport/VERB")
_add(CUES, "Disrupted weapons use", 4, "defuse, disarm, weapons cache, arms cache, cache, "
     "ammunition, firearm, firearms, weapon, weapons, seize weapons, bomb disposal, demine, "
     "demining, clear mines, foil, thwart, neutralize, neutralise, "
     "destroy mines, recover weapons, rounds, munition, munitions, pistol, pistols, rifle, "
     "rifles, projectiles, stash, kalashnikov, kalashnikovs")
# Verbs that turn a weapon mention into a disrupted use ("grenades were discovered"): they
# anchor with little weight; refine() lets them win over the weapon they find.
_add(CUES, "Disrupted weapons use", 1, "find, discover, recover, uncover, defuse, intercept, "
     "confiscate, dismantle, shoot down, seizure")
# A base is a headquarters event only when something sets it up: the nouns qualify, the verbs
# anchor (refine() drops the type when the verb is missing: "attacked an army base").
_add(CUES, "Headquarters or base established", 4.5, "headquarters, military base, outpost, "
     "observation post, base/NOUN, new base, new bases, military post, bases, checkpoint, "
     "military checkpoint", anchor=False)
# a place to train or hold forces, set up (read29: "set up a training facility in X")
_add(CUES, "Headquarters or base established", 4.5, "training facility, training facilities, "
     "training camp, training camps, training center, training centre, training ground, "
     "military facility", anchor=False)
_add(CUES, "Headquarters or base established", 1, "set up, establish, build, construct, "
     "open/VERB, station/VERB")
_add(CUES, "Looting/property destruction", 4, "loot, looting, set ablaze, torch, burn, "
     "destroy, vandalize, vandalise, demolish, raze, set fire, arson, ransack, plunder")
# an army's damage to arms and stores (read69: "damaged four Russian ammunition depots in X"
# had no event); refine() keeps it only with such an object, events.coding types it a strike
_add(CUES, "Looting/property destruction", 4, "damage/VERB")
_add(CUES, "Non-violent transfer of territory", 4.7, "hand over, handed over, handover, "
     "transfer, cede, hand back, turn over, take over without, hand control, "
     "hand over control, transfer control")
# --- Codebook vocabulary (ACLED codebook sub-event definitions; words for the same acts the
# lists above name, added for coverage of unseen reports, not from any test snippet) ---------
_add(CUES, "Armed clash", 3, "shootout, shoot-out, gunbattle, exchange gunfire, "
     "exchange of gunfire, crossfire, encounter/NOUN, "
     "cross-border fire")
_add(CUES, "Abduction/forced disappearance", 5, "held captive, taken captive, take captive, "
     "hostages, snatch, whisk away")
_add(CUES, "Attack", 1.5, "gun down, hack to death, burn alive, machete, slit, ambushed/VERB")
# violence against civilians named by its kind ("complicit in war crimes around Bucha",
# "committed atrocities in Izyum": the Bucha story's own words in ISW)
_add(CUES, "Attack", 2.5, "war crime, war crimes, atrocity, atrocities")
_add(CUES, "Looting/property destruction", 4, "pillage, burn down, set on fire, torched, "
     "vandalism")
_add(CUES, "Arrests", 3.9, "arrested, detained, remand, booked/VERB, pick up/VERB, "
     "taken into custody")
_add(CUES, "Organized crime", 4, "gangster, mafia, racket, racketeering, contraband, illicit, "
     "gambling, bandit, bandits, armed robbery, kidnap for ransom, drug trafficker")
_add(CUES, "Natural disaster", 6, "cloudburst, lightning, hailstorm, blizzard, snowstorm, "
     "cold wave, inundation, landslip, deluge, flash flood, torrential rain, torrential rains, "
     "heavy rainfall, mudflow, bushfire, forest fire")
_add(CUES, "Man-made disaster", 4, "electrocute, electrocution, short circuit, drown, "
     "drowning, building collapse, road accident, plunge, gutted, inferno, explosion at")
_add(CUES, "Diplomatic event", 4, "memorandum of understanding, delegation, consulate, "
     "recall ambassador, diplomatic relations")
# Verbs of sending or forming that change a group's activity only when a force is what is sent
# or formed ("forwarded more fighters to the oilfield", "Land Forces were formed"; not "sent a
# letter", "a crowd formed"): they anchor with little weight and refine() keeps them only with
# a force as their object.
_add(CUES, "Change to group/activity", 1, "send/VERB, dispatch/VERB, forward/VERB, "
     "move/VERB, rush/VERB, airlift/VERB, form/VERB, create/VERB, formation/NOUN, "
     "creation/NOUN")
# A garrison evacuated leaves its place ("Over 260 Mariupol defenders evacuated from the
# Azovstal Steel Plant", "the evacuation of Ukrainian defenders from Azovstal"): a withdrawal,
# only when the evacuated are fighters (refine(); civilians evacuated are no event here)
_add(CUES, "Change to group/activity", 1, "evacuate/VERB, evacuation/NOUN")
# and fighters leaving a named place withdraw from it ("nearly 2,000 Ukrainian fighters have
# left Azovstal", "Russian troops left Kherson"; not "left three dead", "left the talks")
_add(CUES, "Change to group/activity", 1, "leave/VERB")
_add(CUES, "Change to group/activity", 3.5, "defect, defection, pledge allegiance, "
     "rebrand, troop movement, troop movements, training camp, merger, regroup, "
     "regrouping, amass")  # "regrouping around A", "amassed troops near B" (read25)
_add(CUES, "Disrupted weapons use", 4, "unexploded, unexploded ordnance, uxo, bomb squad, "
     "sappers, air defence, air defense, explosive ordnance")
_add(CUES, "Shelling/artillery/missile attack", 4.5, "artillery fire, mortar fire, "
     "katyusha, rocket fire, mortar shell, mortar shells")
_add(CUES, "Air/drone strike", 4.5, "air raids, sortie, sorties, aerial strike, drone strikes")
# Claiming an attack: "claim" anchors with little weight and refine() keeps it only with an
# attack as its object ("claimed the bombing", not "claimed victory"); "behind the attack"
# names the one responsible.
_add(CUES, "Claim of responsibility", 1, "claim/VERB")
_add(CUES, "Claim of responsibility", 7, "behind the attack, behind the attacks, "
     "behind the bombing, behind the blast, behind the explosion, behind the killing, "
     "behind the assault, behind the abduction, behind the kidnapping")
# --- Non-conflict -----------------------------------------------------------------------------
_add(CUES, "Natural disaster", 6, "earthquake, quake, flood, flooding, cyclone, hurricane, "
     "typhoon, tsunami, landslide, avalanche, volcano, eruption, volcanic, drought, "
     "storm/NOUN, tornado, heavy rain, torrential, rainfall, monsoon, heavy rains, "
     "magnitude, tremor, mudslide, wildfire, heatwave, "
     "natural disaster")
_add(CUES, "Man-made disaster", 4, "gas leak, oil leak, chemical leak, toxic leak, spill, "
     "crash, collision, collapse, derail, "
     "derailment, accident, capsize, gas leak, chemical leak, oil spill, "
     "chemical spill, poisoning, industrial accident, furnace, boiler, "
     "tanker, sink, stampede")
_add(CUES, "Man-made disaster", 3, "fire/NOUN, blaze")
_add(CUES, "Man-made disaster", 4, "leak/VERB, fumes, toxic liquor, bootleg liquor, "
     "spurious liquor, illicit liquor, hooch, moonshine, alcohol poisoning")
_add(CUES, "Natural disaster", 6, "downpour, downpours, floodwater, floodwaters")
_add(CUES, "Man-made disaster", 4, "collide/VERB")
_add(CUES, "Organized crime", 4, "piracy, pirate, pirates")
_add(CUES, "Attack", 1.5, "fire/VERB")  # "fired on the convoy": shooting
# A plant or factory is where an explosion or fire happens, not an event itself.
_add(CUES, "Man-made disaster", 4, "factory/NOUN, plant/NOUN", anchor=False)
_add(CUES, "Man-made disaster", 5, "crash")
_add(CUES, "Organized crime", 4, "drug, drugs, trafficking, traffic/VERB, smuggling, smuggle, "
     "cartel, gang, robbery, rob, fraud, counterfeit, money laundering, theft, steal, "
     "extortion, narcotic, cocaine, heroin, marijuana, trafficker, smuggler, criminal, "
     "human trafficking, drug trafficking, people smuggling, illegal migration, "
     "robber, scam, poach, poaching, heist, bribery, corruption")
_add(CUES, "Organized crime", 4.5, "counterfeit, trafficking, smuggling, drug, drugs, "
     "narcotics, cartel")
_add(CUES, "Diplomatic event", 4, "diplomat, expel, embassy, sanction, sanctions, summit, "
     "talks, peace talks, negotiation, negotiate, ambassador, resolution, security council, "
     "diplomatic, envoy, bilateral")
# Speech acts between states: they type a snippet but do not make an event on their own.
_add(CUES, "Diplomatic event", 2, "visit, meet, meeting, urge, criticize, criticise, condemn, "
     "denounce, warn, threaten, demand, reject, praise, welcome, consult, foreign minister",
     anchor=False)
_add(CUES, "Claim of responsibility", 7, "claim responsibility, claimed responsibility, "
     "claim of responsibility, responsibility for, claim the attack, claim credit, "
     "take credit, deny responsibility, deny involvement")
# (an accusation of an act lays it on another: the accused's act, no claim of responsibility;
# read140: "traded accusations of shelling X" was one)

# Forces whose sending or moving is a change to a group's activity (troop movements)
TROOP_NOUNS = {"troop", "soldier", "fighter", "reinforcement", "unit", "force", "battalion",
               "brigade", "militant", "militiaman", "personnel", "paratrooper", "marine",
               "commando", "tank", "army", "division", "regiment", "contingent", "mercenary",
               "group", "faction", "wing", "militia"}

# Words that make a protest a "Protest with intervention" (non-lethal intervention) or one
# with "Excessive force against protesters" (lethal or injurious force), and the words that
# make it violent on the protesters' side.
PROTEST_INTERVENTION = {"disperse", "teargas", "arrest", "detain", "baton", "intervene",
                        "custody", "crackdown", "truncheon", "kettle"}
# Two-word means of intervention, each word of which alone says nothing ("the waters off the
# coast", "gas leak"): both words must be in the context.
PROTEST_INTERVENTION_PAIRS = (("tear", "gas"), ("water", "cannon"), ("pepper", "spray"),
                              ("rubber", "bullet"), ("stun", "grenade"), ("break", "up"))
# Verbs by which police intervene when the police are their subject ("police blocked the
# march"); with the protesters as subject, blocking a road is a violent demonstration (ACLED:
# road-blocking with barricades counts as a riot).
PROTEST_STOP = {"block", "stop", "prevent", "bar", "cordon", "blockade"}
PROTEST_EXCESSIVE = {"kill", "shoot", "ammunition", "dead", "death", "beat", "injure",
                     "wound", "brutally", "attack", "violently", "live", "crush", "lethal",
                     "suppress", "injury"}
PROTEST_STATE = {"police", "force", "security", "officer", "troops", "soldier", "authority",
                 "government", "regime", "army", "military"}
# Violence by the protesters makes a riot whatever the police did (ACLED: Riots).
PROTEST_VIOLENT = {"stone", "rock", "bottle", "molotov", "torch", "vandalise", "vandalize",
                   "loot", "burn", "smash", "riot", "clash", "pelt", "throw", "barricade",
                   "slingshot", "petrol", "violent", "scuffle", "damage", "rampage", "storm",
                   "ransack", "arson", "firecracker", "firework"}

# Nouns that make an attack's target armed (an armed clash) or civilian (an attack).
ARMED_TARGETS = {"soldier", "troop", "force", "army", "military", "police", "policeman",
                 "officer", "base", "checkpoint", "convoy", "patrol", "post", "position",
                 "outpost", "barracks", "militant", "rebel", "fighter", "personnel", "station",
                 "guard", "camp", "unit", "serviceman", "jihadist", "insurgent", "militia"}
CIVILIAN_TARGETS = {"civilian", "villager", "resident", "people", "child", "woman",
                    "worshipper", "student", "passenger", "farmer", "family", "man", "girl",
                    "boy", "teacher", "journalist", "village", "home", "house", "market",
                    "mosque", "church", "school", "hospital", "traveler", "traveller",
                    # unarmed officials: an assassinated collaborator or occupation
                    # official is no battle (read21..24 left "partisans assassinated X" out)
                    "official", "collaborator", "mayor", "administrator"}
# Objects that make "seize"/"capture" territorial.
TERRITORY_NOUNS = {"village", "town", "city", "area", "territory", "region", "district",
                   "base", "position", "hill", "hilltop", "settlement", "control", "airport",
                   "crossing", "border", "province", "outskirts", "neighbourhood",
                   "neighborhood", "stronghold", "height", "heights", "bridge", "road",
                   "highway", "oblast", "part", "most", "much", "land", "locality", "camp", "post",
                   "checkpoint", "site", "port", "capital", "hill"}
WEAPON_NOUNS = {"weapon", "firearm", "gun", "rifle", "pistol", "ammunition", "explosive",
                "arm", "grenade", "mine", "bomb", "round", "munition", "cache", "device",
                "kalashnikov", "missile", "rocket", "drone", "ied"}
# Weapons of indirect fire: "artillery, rocket, mortar, and tank attacks against X"
FIRE_WEAPONS = frozenset({"artillery", "rocket", "mortar", "missile", "mlrs", "howitzer",
                          "shell"})
CRIME_NOUNS = {"drug", "cocaine", "heroin", "marijuana", "cannabis", "narcotic", "money",
               "cash", "gold", "contraband", "meth", "methamphetamine", "ivory", "steroid"}

# Nouns that name a strike back when bare and definite ("launched the strike", "the explosion
# did not occur"): the events stage places such a mention at the strike last told, and
# fusion joins it there (events/arguments.strike_named_back, fuse/model, fuse/salience).
STRIKE_NOUNS = ("strike", "explosion", "blast", "bombing", "shelling", "airstrike")
# The compass words a bearing is told with ("southwest of X"; spaCy splits "south-west")
# Pictures of acts: "posted footage of a strike", "videos of explosions" (the claims stage's
# who shows it, the events stage's where the shown acts are)
PICTURE_NOUNS = frozenset({"footage", "video", "videos", "photo", "photos", "photograph",
                           "photographs", "image", "images", "imagery", "picture", "pictures",
                           "recording", "recordings"})
# Parts of a town: ground taken in one ("captured northern portions of X", "entered the
# southern edge of Y", "the center of Z") is fought over in the town, not the town taken (read93,
# read77, read136: whole-town captures); singular and plural, for lemmas and word forms
PARTS_OF_TOWN = frozenset("""edge edges outskirt outskirts part parts portion portions side
sides section sections sector sectors street streets block blocks approach approaches fringe
fringes periphery flank flanks district districts microdistrict microdistricts neighbourhood
neighbourhoods neighborhood neighborhoods downtown center centre quarter quarters suburb
suburbs zone zones""".split())
COMPASS_WORDS = frozenset({"north", "south", "east", "west", "northeast", "northwest",
                           "southeast", "southwest"})
# Verbs whose object is the instrument of the infinitive after them, not its doer ("used an
# Iranian drone to attack X")
INSTRUMENT_VERBS = frozenset({"use", "employ", "utilize", "utilise"})
# Nouns of a military unit: a cue word modifying one names the unit's kind ("a combat
# battalion", "an assault company", "the volunteer detachment"), not an event (read21)
UNIT_NOUNS = frozenset({"unit", "battalion", "regiment", "company", "brigade", "detachment",
                        "platoon", "squad", "division", "corps"})
# Words of raising forces: forming, recruiting, contracting, mobilising men or units. Force
# generation changes no group's activity on the ground and is coded as no event ("an oblast
# is forming a volunteer battalion", "the Wagner Group was recruiting residents"; read21,
# read22: eight such sentences were troop movements or a clash) (events._raises_forces)
FORCE_GENERATION = frozenset({
    "recruit", "recruitment", "recruiting", "mobilize", "mobilise", "mobilization",
    "mobilisation", "form", "formation", "create", "creation", "conscript", "conscription",
    "enlist", "enlistment", "contract"})
# People who are raised as forces: "sent recruits to Izyum" moves them, and is a troop
# movement even though "recruit" is a word of force generation
RAISED_PEOPLE = frozenset({"recruit", "conscript", "reservist", "volunteer", "mobilized",
                           "mobilised", "man", "serviceman", "servicemen"})
# Nouns whose "to"/"for" names what a move answers ("in response to Ukrainian strikes", "in
# retaliation for the shelling"): an explanation of the move, told elsewhere (read22)
RESPONSE_NOUNS = frozenset({"response", "retaliation", "reaction", "reprisal", "revenge",
                            "answer", "riposte"})
