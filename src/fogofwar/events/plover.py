"""PLOVER codes for events outside ACLED's violence-and-protest scope (diplomacy and other
inter-state interactions), read from the sentence's main verb.

ACLED sub-event types map to PLOVER through taxonomy.PLOVER; a "Diplomatic event" or a
sentence with no ACLED cue is coded by the verb that carries it, with verb classes written
from the PLOVER 0.5 / CAMEO category definitions (DEMAND = demand, call for, urge; REJECT =
reject, refuse; ...). The verb that heads the sentence wins over embedded ones ("officials
agreed that their countries should cooperate" is AGREE).
"""

from __future__ import annotations

from .taxonomy import PLOVER

PLOVER_VERBS: dict[str, str] = {}


def _add(code: str, words: str) -> None:
    for w in words.split(","):
        PLOVER_VERBS[w.strip()] = code


_add("FIGHT", "attack, fight, clash, shell, invade, occupy, bombard, shoot, capture, "
     "fire, strike, invasion, offensive, mount")
_add("ASSAULT", "kill, abduct, kidnap, torture, bomb, assassinate, massacre, behead, rape, "
     "beat, bombing, blow")
_add("PROTEST", "demonstrate, rally, march, strike, picket, protest, block, blockade, boycott")
_add("COERCE", "arrest, detain, seize, confiscate, deport, curfew, martial, censor, jail, "
     "imprison, raid, confiscate, hold, hack, force, order, ban")
_add("AGREE", "agree, sign, accord, agreement, accept, settle, treaty, deal, ceasefire, truce, "
     "pact, approve, ratify, endorse, promise, pledge, commit, willing, prepared, ready")
_add("CONSULT", "meet, visit, host, talk, talks, discuss, consult, negotiate, negotiation, "
     "telephone, phone, call, confer, summit, meeting, mediate, mediation, receive, travel, "
     "hearing")
_add("SUPPORT", "support, praise, commend, welcome, back, applaud, hail, thank, defend, "
     "congratulate, recognize, recognise, apologize, apologise, forgive, laud, endorse, "
     "establish")
_add("COOPERATE", "cooperate, cooperation, collaborate, coordinate, share, ally, partner, "
     "exchange, partnership, join")
_add("AID", "aid, assist, assistance, donate, provide, supply, grant, help, relief, "
     "humanitarian, loan, fund, give, send, deliver, shelter")
_add("CONCEDE", "concede, ease, lift, release, free, relax, allow, yield, compromise, "
     "reduce, return, resume, restore, pardon, amnesty, soften, retract, shorten, open")
_add("RETREAT", "withdraw, retreat, pull, evacuate, surrender, demobilize, disarm, "
     "pullout, withdrawal, resign")
_add("DEMAND", "demand, urge, ask, request, appeal, press, insist, require, seek, "
     "plead, petition")
_add("DISAPPROVE", "criticize, criticise, condemn, denounce, accuse, blame, deplore, "
     "complain, object, charge, slam, rebuke, lament, disapprove, allege, sue, "
     "censure, decry")
_add("REJECT", "reject, refuse, deny, veto, rebuff, dismiss, decline, oppose, spurn, "
     "defy, ignore, violate, fail")
_add("THREATEN", "threaten, warn, ultimatum, vow, threat, swear")
_add("SANCTION", "sanction, embargo, expel, suspend, sever, cut, break, recall, "
     "freeze, halt, cancel, restrict, downgrade, postpone, impose, prohibit, end")
_add("INVESTIGATE", "investigate, probe, inquiry, inspect, examine, investigation, "
     "monitor, review, study, audit")
_add("MOBILIZE", "mobilize, mobilise, deploy, alert, mass, reinforce, mobilization, "
     "patrol, prepare")

# CAMEO's "express intent to" codes (promises, offers) are PLOVER AGREE when what is
# promised is cooperative, THREATEN when it is hostile.
_COOPERATIVE = {"AID", "SUPPORT", "CONSULT", "CONCEDE", "COOPERATE", "AGREE", "RETREAT"}
_HOSTILE = {"FIGHT", "ASSAULT", "COERCE", "SANCTION", "PROTEST", "THREATEN", "REJECT"}
_INTENT_AUX = {"will", "would", "'ll", "shall"}
_OBLIGATION_AUX = {"must", "should"}


# Speech-act verbs whose complement carries the interaction ("said it would withdraw").
_SAY = {"say", "tell", "state", "announce", "report", "declare", "add", "claim", "note",
        "quote", "indicate", "confirm"}


def _code_of(tok) -> str | None:
    lemma = tok.lemma_.lower()
    if lemma not in PLOVER_VERBS or lemma in _SAY or tok.pos_ not in ("VERB", "NOUN", "AUX",
                                                                       "ADJ"):
        return None
    if lemma == "call" and any(c.lower_ == "for" or c.dep_ == "xcomp" for c in tok.children):
        return "DEMAND"
    return PLOVER_VERBS[lemma]


def _adjust(tok, code: str) -> str:
    """Negation, obligation and intent change what a verb does ("did not agree" is REJECT,
    "must return" DEMAND, "will boycott unless" THREATEN, "will provide" AGREE)."""
    kids = list(tok.children)
    if any(c.dep_ == "neg" for c in kids) and code in ("AGREE", "SUPPORT", "COOPERATE",
                                                       "CONCEDE"):
        return "REJECT"
    aux = {c.lower_ for c in kids if c.dep_ in ("aux", "auxpass")}
    if aux & _OBLIGATION_AUX:
        return "DEMAND"
    conditional = any(c.dep_ == "advcl" and any(m.lower_ in ("unless", "if") for m in c.children)
                      for c in kids)
    if aux & _INTENT_AUX or tok.dep_ == "xcomp" and tok.head.lemma_.lower() in (
            "promise", "pledge", "offer", "willing", "prepared", "commit", "ready", "vow"):
        if code in _HOSTILE or conditional and code == "RETREAT":
            return "THREATEN"
        if code in _COOPERATIVE:
            return "AGREE"
    return code


def plover_of_sentence(sent) -> str | None:
    """The PLOVER code of a sentence (a spaCy Span) by its governing verb, or None."""
    seen = set()
    frontier = [sent.root]
    # breadth-first from the root: the highest verb with a PLOVER class wins; a reporting
    # verb passes on to its complement; "offered to negotiate" takes the intent of the head
    while frontier:
        nxt = []
        for tok in frontier:
            if tok.i in seen:
                continue
            seen.add(tok.i)
            code = _code_of(tok)
            if code in ("AGREE",) and tok.lemma_.lower() in ("promise", "pledge", "willing",
                                                             "prepared", "commit", "ready"):
                inner = [c for c in tok.children if c.dep_ == "xcomp"]
                inner_code = _code_of(inner[0]) if inner else None
                if inner_code in _HOSTILE:
                    return "THREATEN"
                return "AGREE"
            if code:
                return _adjust(tok, code)
            nxt.extend(c for c in tok.children if c.dep_ in (
                "ccomp", "xcomp", "conj", "dobj", "advcl", "pcomp", "prep", "pobj", "nsubj",
                "relcl", "acl", "attr", "nsubjpass", "acomp"))
        frontier = nxt
    return None


_RETREAT_LEMMAS = {"withdraw", "withdrawal", "retreat", "pullout", "pull", "surrender"}


def plover_code(sub_event_type: str, sent=None, trigger=None) -> str | None:
    """PLOVER code for an event: from its ACLED sub-type, or, for diplomatic and unmapped
    types, from the sentence's verb. A withdrawal or surrender (ACLED: a change to group
    activity, an agreement) is PLOVER's RETREAT."""
    if trigger is not None and trigger.lemma_.lower() in _RETREAT_LEMMAS:
        return "RETREAT"
    code = PLOVER.get(sub_event_type)
    if sub_event_type in ("Diplomatic event", "Other") or code is None:
        if sent is not None:
            return plover_of_sentence(sent) or code
    return code
