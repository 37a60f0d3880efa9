"""Polarity and modality of an event mention, read off the dependency parse.

negated ("did not capture", "no attack"), denied ("repelled all advances": the advances did
not succeed; "denied shelling"), future ("will attack", "plans to advance"), hypothetical
("could strike", "if they attack"), possible ("a possible withdrawal", "cannot confirm that X
fell"). Anything but
"asserted" has polarity "negative" and never counts as an event that occurred.
"""

from __future__ import annotations

from ..nlp.syntax import nobody_subject
from .lexicon_events import COMPASS_WORDS

_DENY_VERBS = {"repel", "repulse", "thwart", "foil", "deny", "reject", "prevent", "stop", "halt",
               "fend", "rebuff", "refute", "dismiss", "beat", "push", "avert", "block", "deflect",
               "frustrate", "disrupt"}
# Verbs by which a side holds off its own undertaking ("paused attacks")
_PAUSE_VERBS = {"pause", "suspend", "postpone", "defer"}
# Verbs that stop an undertaking already under way (its fighting happened)
HALT_VERBS = {"halt", "stop", "disrupt", "frustrate", "stall", "slow"}
# "tried to advance" and "were forced to withdraw" tell of fighting and a withdrawal that
# happened, so "try", "attempt" and "force" are not here; "failed to capture" is a negation.
_FUTURE_VERBS = {"plan", "intend", "aim", "prepare", "threaten", "vow", "pledge", "promise",
                 "seek", "want", "expect", "going", "mean", "schedule", "set", "hope", "order",
                 # (the small model's lemma of "hoping": read85, "likely hoping to advance on
                 # X" stood as a fight at X)
                 "hop",
                 "urge", "call", "authorize", "authorise", "permit", "instruct", "task",
                 # what a force gives priority to is its aim ("are prioritizing advances
                 # around X", read24: fights at X and Y from a summary of priorities)
                 "prioritize", "prioritise"}
# "the risk of X destroying the dam": an eventuality, not an event
_RISK_NOUNS = {"risk", "threat", "danger", "possibility", "prospect", "fear", "chance",
               "likelihood", "spectre", "specter", "scenario"}
# a negated one leaves the event open ("cannot independently verify"), it does not deny it
_VERIFY_VERBS = {"verify", "confirm", "corroborate", "substantiate"}
# Nouns of a confirmation that, when none is had, leave the event they are of open
_VERIFY_NOUNS = {"confirmation", "verification", "corroboration", "evidence", "proof"}
# Verbs that draw an inference from evidence: "this may indicate that ..."
_INFERRING = {"indicate", "suggest", "signal", "imply", "mean", "show"}
_INFERENCE_SUBJECTS = {"which", "this", "that", "these", "it"}


# Nouns that make what they are "of" an inference from evidence: "an indicator of Ukrainian
# counteroffensives", "a sign of preparations"
_INDICATOR_NOUNS = {"indicator", "indication", "sign", "signal", "symptom", "hallmark"}


def inferred_from_sign(trigger) -> bool:
    """Is ``trigger`` what something is called a sign of ("Continued Russian artillery fire
    west of X is likely an indicator of Ukrainian counteroffensives in the area")? The
    writer's inference, no act told (read118: a fight at X)."""
    t = trigger
    while t.dep_ == "conj" and t.head.i != t.i:
        t = t.head
    if any(c.dep_ == "nsubj" and c.lemma_.lower() in _INDICATOR_NOUNS for c in t.children):
        return True  # (the parser's reading of "an indicator of Ukrainian counteroffensives")
    if t.dep_ != "pobj" or t.head.lower_ != "of":
        return False
    sign = t.head.head
    return sign.lemma_.lower() in _INDICATOR_NOUNS and sign.dep_ in ("attr", "appos", "dobj",
                                                                "nsubj", "conj")


def inferred_state(trigger) -> bool:
    """Is ``trigger`` a present state inferred from what was just told ("..., which suggests
    that Russian forces are operating in sub-battalion formations around Bakhmut")? How the
    writer reads the evidence is no event of its own (read22: a battle at Bakhmut). A past act
    inferred ("which indicates that Russian forces advanced to X") is left as told."""
    head = trigger
    while head.dep_ == "conj" and head.head.i != head.i:
        head = head.head
    if head.dep_ != "ccomp" or head.head.lemma_.lower() not in _INFERRING or not any(
            c.dep_ == "nsubj" and c.lower_ in _INFERENCE_SUBJECTS for c in head.head.children):
        return False
    return trigger.tag_ in ("VBZ", "VBP") or (trigger.tag_ == "VBG" and any(
        c.dep_ == "aux" and c.lower_ in ("is", "are", "remain", "remains")
        for c in trigger.children))


# Nouns a corroboration names back: "may confirm these reports", "support this claim"
_BACKED_NOUNS = {"report", "claim", "assessment", "account", "statement", "allegation"}


def backs_a_claim(trigger) -> bool:
    """Is ``trigger`` told inside the subject of a corroboration of what was just reported
    ("Social media reports of destroyed Russian vehicles in this area may confirm these
    reports")? The evidence of the earlier act, not an act of its own (read122: a second
    battle incident beside the one it corroborates)."""
    t = trigger
    for _ in range(8):
        if t.dep_ in ("nsubj", "nsubjpass") and t.head.i != t.i:
            verb = t.head
            return verb.lemma_.lower() in _VERIFY_VERBS | {"support", "back"} and any(
                c.dep_ == "dobj" and c.lemma_.lower() in _BACKED_NOUNS and any(
                    d.lower_ in ("these", "those", "this", "that", "such", "the")
                    for d in c.children) for c in verb.children)
        if t.head.i == t.i:
            return False
        t = t.head
    return False


_FAIL_VERBS = {"fail", "refuse", "decline", "avoid", "cease"}
_FAIL_NOUNS = {"failure", "refusal", "inability", "reluctance", "unwillingness"}
# Moves that, failed, are still fighting: "failed to advance", "failed to break through"
TRIED_MOVES = {"advance", "push", "progress", "break", "attack", "assault", "storm",
               "penetrate", "cross", "probe"}
_FUTURE_AUX = {"will", "shall", "'ll", "wo"}
_HYPO_AUX = {"could", "would", "might", "may", "should", "can", "must", "'d"}
_EPISTEMIC = {"may", "might", "could", "must"}
_POSSIBLE_MODS = {"possible", "potential", "likely", "probable", "rumoured", "rumored",
                  "reported", "unconfirmed", "apparent", "imminent"}
_FUTURE_MODS = {"planned", "upcoming", "future", "impending", "expected", "proposed"}
# Links through which a governing verb's modality reaches the event ("plans to attack",
# "aimed at forcing Moscow to divert troops", "could carry out strikes").
# (the agent of a passive verb takes its modality: "will likely be characterized by continued
# ground assaults" tells of assaults to come, read24)
_CLIMB = {"xcomp", "pcomp", "pobj", "prep", "dobj", "acomp", "nsubj", "nsubjpass", "agent"}


# Repelling is fighting that happened: "repelled an attack near Sumy", "repelled Russian
# assaults" report a clash (ACLED codes repelled attacks as armed clashes). Only a blanket
# repel ("repelled ALL advances", "every attack was repulsed") denies that the other side's
# action came to anything, and that is a claim an analyst weighs against the reports of it.
REPEL_VERBS = {"repel", "repulse", "fend", "rebuff", "beat"}
# a repel or a halt: what ends an undertaking of the other side (blanket_repel)
REPEL_OR_HALT = frozenset(REPEL_VERBS | HALT_VERBS)
_BLANKET = {"all", "every", "each", "any"}
_TRY_NOUNS = {"attempt", "effort", "try", "bid"}


# undertakings of ground forces whose prevention is fighting them off
_PREVENTED_MOVES = {"offensive", "counteroffensive", "counter-offensive", "advance", "assault",
                    "attack", "counterattack", "breakthrough"}


def blanket_repel(verb) -> bool:
    """Is ``verb`` a repel (or halt) verb whose object (or passive subject) is quantified by
    all/every? Without such a verb this is False; a repel of specific attacks is not a
    denial."""
    if verb.lemma_.lower() not in REPEL_OR_HALT and not _pushed_back(verb):
        return False
    for obj in verb.children:
        if obj.dep_ in ("dobj", "nsubjpass", "pobj", "prep"):
            targets = [obj] + ([g for g in obj.children if g.dep_ == "pobj"] if obj.dep_ == "prep" else [])
            for t in targets:
                if any(ch.dep_ in ("det", "predet", "amod") and ch.lower_ in _BLANKET
                       for ch in t.children):
                    return True
    return False


# Nouns that presuppose the act they are for or about: "have not taken responsibility for the
# explosion", "declined to comment on the strike", "did not claim credit for the attack" deny
# or withhold the responsibility, the comment or the credit, not the act.
_PRESUPPOSING = {"responsibility", "credit", "blame", "comment", "comments"}


# Prepositions whose object is an act already done: "will likely consolidate following the
# capture of Kherson", "continued to shell the city since its capture", "despite the fall of
# X": the future or the negation of the clause above is not the act's ("after" is left out:
# "after the capture of Kyiv, Russia would install ..." supposes the capture too)
_SINCE_PREPS = {"following", "since", "despite"}


# Verbs of trying: what they govern was undertaken, not achieved ("attempted to capture X")
ATTEMPT_VERBS = {"attempt", "try", "seek", "strive", "struggle"}


def attempted(trigger) -> bool:
    """Is the act only tried: the complement of a verb of trying ("Russian forces attempted to
    capture Bruskynske", "tried to take control of X")? The attempt was made (fighting for
    the place); the taking is not told (read15: three such attempts were captures)."""
    t = trigger
    if t.dep_ == "dobj" and t.head.pos_ == "VERB":
        t = t.head  # "to take control of X": the trigger may be the verb's object
    while t.dep_ == "conj" and t.head.pos_ == "VERB" and t.head.i < t.i:
        t = t.head  # "attempted to cross the river and seize X" (read136: a capture)
    return (t.dep_ == "xcomp" and t.head.lemma_.lower() in ATTEMPT_VERBS) or \
        attempt_made(t) or effort_at(t)


def failed_try(trigger) -> bool:
    """Is the act one a force tried and failed at, told as a day's event: "Russian forces
    failed to take control of X on August 31", "tried and failed to seize Y" (a failing
    verb in the simple past)? The taking is negated, but the try was made: fighting for the
    place happened. "Have failed to take X" (a perfect) is an assessment of a campaign, "did
    not fail" no failing."""
    t = trigger
    if t.dep_ == "dobj" and t.head.pos_ == "VERB":
        t = t.head  # "to take control of X": the trigger may be the verb's object
    fail = t.head
    return t.dep_ == "xcomp" and fail.lemma_.lower() == "fail" and fail.tag_ == "VBD" and \
        not any(c.dep_ in ("aux", "neg") for c in fail.children)


def effort_at(verb) -> bool:
    """Is ``verb`` what efforts were spent on: "concentrated their efforts on capturing X",
    "focused their efforts at seizing Y" (read23: four towns taken that were only fought
    for)? The efforts were made; the taking is not told."""
    prep = verb.head
    return verb.dep_ == "pcomp" and verb.tag_ == "VBG" and prep.lower_ in ("on", "at",
                                                                           "toward", "towards") \
        and prep.head.lemma_.lower() in _ATTEMPT_NOUNS


# "on the verge of collapse", "on the brink of encirclement"
_BRINK = {"verge", "brink", "edge", "threshold", "risk"}
# Nouns of an attempt: "made unsuccessful attempts to advance on X"
_ATTEMPT_NOUNS = {"attempt", "effort", "bid"}


# Participles of an attempt not yet made ("planned attempts to advance")
_PLANNING = {"plan", "expect", "anticipate", "intend", "prepare", "propose", "fear"}


# what an attempt that was made and failed is called
_FAILED_TRIES = {"unsuccessful", "failed", "abortive", "futile", "fruitless", "repeated",
                 "botched"}


def attempt_made(verb) -> bool:
    """Is ``verb`` the act of an attempt told as made: "Russian forces made unsuccessful
    attempts to advance on Dovhenke, Dolyna, and Mazanivka", "launched several attempts to
    capture X"? The attempt happened (fighting), whatever its aim (read17: three advances
    were stored as future). "Plans attempts to ...", "will make an attempt to ..." are not."""
    if not is_infinitive(verb) or verb.dep_ != "acl":
        return False
    noun, gov = verb.head, verb.head.head
    if noun.lemma_.lower() in _ATTEMPT_NOUNS and any(
            c.dep_ == "amod" and c.lower_ in _FAILED_TRIES for c in noun.children):
        # "after unsuccessful attempts to advance on X": a failed attempt was made (read99:
        # two Ukrainian attacks stored as aims)
        return True
    if noun.lemma_.lower() in _ATTEMPT_NOUNS and any(
            c.dep_ == "amod" and c.tag_ in ("VBD", "VBN") and c.i < noun.i and
            c.lemma_.lower() not in _PLANNING for c in noun.children):
        # "Russian troops, including X, continued attempts to advance on Y": the finite verb
        # parsed as the noun's modifier (read41: four fights stored as aims)
        return True
    return (noun.lemma_.lower() in _ATTEMPT_NOUNS and noun.dep_ == "dobj"
            and gov.pos_ == "VERB" and gov.tag_ in ("VBD", "VBZ", "VBP", "VBN", "VBG")
            and gov.lemma_.lower() not in _PLANNING
            and not any(c.dep_ == "neg" or (c.dep_ == "aux" and c.lower_ in _FUTURE_AUX
                                                   | _HYPO_AUX) for c in gov.children))


def _before_an_act_ahead(trigger, chain) -> bool:
    """Is the act what forces will commit to "before" a step told as lying ahead ("will likely
    attempt to capture X before committing to an amphibious assault on Y": read167, an assault
    on Y asserted)? After a past act ("shelled X before attacking Y") both happened."""
    for t in [trigger] + [h for _, h in chain]:
        if t.tag_ == "VBG" and t.dep_ == "pcomp" and t.head.lower_ == "before":
            gov = t.head.head
            for _ in range(3):
                if any(c.dep_ == "aux" and c.lower_ in _FUTURE_AUX | _HYPO_AUX
                       for c in gov.children):
                    return True
                if gov.dep_ != "xcomp" or gov.head.i == gov.i:
                    break
                gov = gov.head
            return False
    return False


# Marks of a clause that times an act by another ("after they withdraw", "once they retreat")
_TIME_MARKS = {"after", "before", "once", "when", "until", "till", "whenever"}


def _timed_by_act_ahead(trigger, chain) -> str | None:
    """The modality of the act a present-tense time clause holding the event is hung on, where
    that act lies ahead or is supposed ("setting conditions for Russian forces to blow the
    dam after they withdraw from X", "will blow the dam once they retreat": read220, the
    withdrawal stood as told); None where it is told, or the clause is past ("will advance
    after they captured X")."""
    for t in [trigger] + [h for _, h in chain]:
        if t.dep_ != "advcl" or t.pos_ not in ("VERB", "AUX") or t.head.i == t.i:
            continue
        if t.tag_ not in ("VBP", "VBZ", "VB") or not any(
                c.dep_ == "mark" and c.lower_ in _TIME_MARKS for c in t.children):
            return None
        told = modality(t.head)
        return told if told in ("future", "hypothetical") else None
    return None


def _presupposed(tok) -> bool:
    """Is ``tok`` the object of "for/on/about" under a noun (or the verb "comment") that takes
    its act as given, or a noun after "following/since/despite", so that a negation or a
    future above does not reach the act?"""
    if tok.tag_ == "VBG" and tok.dep_ == "pcomp" and tok.head.lower_ in _SINCE_PREPS | {"after"} \
            and tok.head.head.tag_ != "VB":
        # "may be initiating a new advance ... after capturing Popasna" (read15); but "will
        # advance after capturing X" puts the capture ahead too
        return True
    if tok.pos_ == "NOUN" and tok.head.lower_ in _SINCE_PREPS and (
            tok.dep_ == "pobj" or tok.dep_ == "dobj" and tok.head.tag_ == "VBG"):
        return True  # (the small parser reads "following" as a verb with an object)
    if tok.pos_ == "NOUN" and tok.dep_ == "nsubj" and tok.head.pos_ in ("VERB", "AUX") and \
            tok.head.lemma_.lower() not in _HAPPENING and (
                any(c.dep_ == "det" and c.lower_ == "the" for c in tok.children) and
                any(c.dep_ == "prep" and c.lower_ == "of" for c in tok.children) or
                # (or a side's act from or of a place: "Ukrainian withdrawal from X will allow
                # Ukrainian troops to ...", dev: the withdrawal stood as ahead)
                any(c.dep_ in ("amod", "poss") and c.text[:1].isupper() for c in tok.children)
                and any(c.dep_ == "prep" and c.lower_ in ("of", "from") for c in tok.children)
                and not any(c.dep_ == "det" and c.lower_ in ("a", "an", "any", "no", "another")
                            for c in tok.children)
                and not any(c.dep_ == "aux" and c.lower_ in ("would", "could", "might")
                            for c in tok.head.children)):
        # "The capture of X will not generate a salient": what the capture does is denied, the
        # capture taken as given (read164: two captures disputed on the day ISW told them)
        return True
    if tok.dep_ != "pobj" or tok.head.lower_ not in ("for", "on", "about"):
        return False
    gov = tok.head.head
    return gov.lemma_.lower() in _PRESUPPOSING


# Verbs that tell whether an act took place ("the attack did not succeed", "the offensive has
# not begun"): their negation reaches the act
_HAPPENING = {"happen", "occur", "take", "succeed", "start", "begin", "materialize",
              "materialise", "proceed", "come", "progress", "resume", "continue", "go", "be",
              "remain", "appear", "seem", "fail"}


# Nouns of an undertaking whose aim a to-infinitive after them states ("operations to capture
# X", "ground attacks to seize Y", "efforts to encircle Z")
UNDERTAKINGS = {"operation", "attack", "assault", "offensive", "counteroffensive", "effort",
                "push", "advance", "attempt", "campaign", "strike", "raid", "drive", "action",
                "bid", "counterattack", "mission", "maneuver", "manoeuvre", "plan"}


# Nouns of the use of a weapon, whose infinitive is what the weapon did ("the use of X to strike
# Y"), and the verbs that tell a use that was made (read136: a missile strike announced by the
# striker came out as a future one and was dropped)
_USE_NOUNS = {"use", "usage", "employment"}
_TELL_A_USE = {"announce", "report", "confirm", "claim", "acknowledge", "admit", "show",
               "record", "document", "observe", "note", "publish", "film", "geolocate",
               "verify", "mark", "condemn", "denounce"}


def _use_told(trigger) -> bool:
    """Is the infinitive what a weapon's use, told as made, did ("announced the use of its
    missile to strike a depot")? A use asked for or planned ("called for the use of X to
    strike") is not told as made."""
    use = trigger.head
    return trigger.dep_ == "acl" and is_infinitive(trigger) and \
        use.lemma_.lower() in _USE_NOUNS and use.dep_ in ("dobj", "nsubjpass") and \
        use.head.lemma_.lower() in _TELL_A_USE and use.head.tag_ in ("VBD", "VBN", "VBZ")


def is_infinitive(tok) -> bool:
    """A bare verb with "to": "to capture"."""
    return tok.tag_ == "VB" and any(ch.dep_ == "aux" and ch.lower_ == "to" for ch in tok.children)


def aims(tok) -> list:
    """The to-infinitives that state the aim of the undertaking ``tok`` (a noun such as
    "operations"): hung on the noun ("operations to capture X"), or, as the small parser often
    has it, on the verb whose object the noun is ("continued operations [to capture X]",
    parsed as "continued ... to capture")."""
    if tok.pos_ not in ("NOUN", "PROPN") or tok.lemma_.lower() not in UNDERTAKINGS:
        return []
    out = [ch for ch in tok.children if ch.dep_ == "acl" and is_infinitive(ch)]
    if tok.dep_ == "dobj":
        out += [ch for ch in tok.head.children if ch.dep_ in ("xcomp", "advcl")
                and ch.i > tok.i and is_infinitive(ch)]
    return out


def is_aim(tok) -> bool:
    """Is ``tok`` (a verb) the aim of an undertaking (see :func:`aims`), not a thing done?"""
    if not is_infinitive(tok):
        return False
    if tok.dep_ == "acl" and tok.head.lemma_.lower() in UNDERTAKINGS:
        return True
    return tok.dep_ in ("xcomp", "advcl") and any(
        ch.dep_ == "dobj" and ch.i < tok.i and tok in aims(ch) for ch in tok.head.children)


# verbs that open a process: "the liberation of X has just begun", "began the capture of X"
_BEGIN_VERBS = {"begin", "start", "launch", "commence", "initiate", "open"}


_HOLD_VERBS = {"occupy", "control", "hold"}


def held_now(trigger) -> bool:
    """Is ``trigger`` a verb of holding ground in the present ("Transnistria, which is illegally
    occupied by Russian forces", "the city remains occupied", "Russian forces occupy positions
    in X"): who holds a place, not a change of control (read12)?"""
    if trigger.lemma_.lower() in _HOLD_VERBS and trigger.tag_ in ("VBP", "VBZ") and any(
            ch.dep_ == "dobj" for ch in trigger.children) and not any(
            ch.dep_ in ("aux", "neg") for ch in trigger.children):
        # "Russian forces occupy a ring of positions running through A, B, and C", "hold X":
        # the active present tells who holds ground now, no taking (read135: eight captures)
        return True
    if trigger.lemma_.lower() not in _HOLD_VERBS or trigger.tag_ != "VBN":
        return False
    return any(ch.dep_ == "auxpass" and ch.lower_ in ("is", "are", "remains", "remain")
               for ch in trigger.children) or (
        trigger.dep_ in ("acomp", "xcomp", "oprd") and trigger.head.lemma_.lower() in
        ("remain", "stay") and trigger.head.tag_ in ("VBZ", "VBP"))


# Nouns of getting ready: what they are for lies ahead ("in preparation for the likely
# resumption of offensive operations towards Mykolaiv": read12)
_PREPARATION = {"preparation", "preparations", "prelude", "run-up", "readiness",
                # forces gathered for an act: "the massing of forces for the assault on X",
                # "reserves for a renewed offensive" (read16: joined the day's real assault)
                "massing", "concentration", "buildup", "build-up", "reserves", "mass",
                "concentrate", "concentrated", "concentrating", "massed", "amass", "amassed",
                "amassing", "staging", "stockpiling"}
# Verbs of gathering forces or means: what they are gathered "for" lies ahead
_GATHER_VERBS = {"gather", "assemble", "amass", "mass", "concentrate", "stockpile", "accumulate",
                 # forces that arrive somewhere "for further deployment to the X front": what
                 # they came for lies ahead (read137: the move placed at X, the arrival lost)
                 "arrive",
                 "prepare", "muster", "regroup", "stage", "build", "reconstitute", "replenish"}
# Nouns of waiting for what lies ahead ("likely in anticipation of Ukrainian counteroffensives
# in the region": read13, an armed clash)
_AWAITING = {"anticipation", "expectation", "ahead"}


def prepared_for(trigger) -> bool:
    """Is ``trigger`` (or the noun it hangs on) what a preparation is for, or what is awaited
    ("in anticipation of Ukrainian counteroffensives", read by words as well: the small parser
    takes "counteroffensives" there for a verb)?"""
    doc = trigger.doc
    k = trigger.i - 1
    while k > 0 and trigger.i - k <= 4 and (doc[k].pos_ in ("ADJ", "PROPN", "DET", "NUM")
                                             or doc[k].dep_ in ("amod", "compound", "det")):
        k -= 1
    if k > 0 and doc[k].lower_ == "of" and doc[k - 1].lower_ in _AWAITING:
        return True
    t = trigger
    for _ in range(6):
        if t.head.i == t.i:
            return False
        if t.dep_ == "pobj" and t.head.lower_ in ("for", "to") and \
                t.head.head.lower_ in _PREPARATION:
            return True
        if t.dep_ == "pobj" and t.head.lower_ == "for" and \
                _verb_above(t.head).lemma_.lower() in _GATHER_VERBS:
            return True  # "gathered reserves near X for a renewed offensive" (read90), the
            # parse's "for" on the place ("arrived in A and B oblasts for further deployment")
        if t.dep_ == "pobj" and t.head.lower_ == "of" and \
                t.head.head.lower_ in _AWAITING:
            return True  # "fortify positions in anticipation of Ukrainian counteroffensives"
        t = t.head
    return False


# Verbs whose infinitive is an aim ("sought to prevent", "aims to halt"); not "try" or
# "fail": a halting tried or failed met what it tried to halt
_AIM_VERBS = {"seek", "aim", "plan", "intend", "want", "hope", "mean", "strive"}


def _aimed_at(verb) -> bool:
    """Is the verb (a denial's, "prevent", "halt") an infinitive of purpose, on its own or in
    a conjunct of one ("to flood the river ... as well as to prevent X"), or what a verb of
    aiming aims at ("sought to prevent")?"""
    if not is_infinitive(verb):
        return False
    t = verb
    while t.dep_ == "conj" and t.head.i != t.i:
        t = t.head
    return t.dep_ in ("advcl", "acl") and is_infinitive(t) or \
        t.dep_ == "xcomp" and t.head.lemma_.lower() in _AIM_VERBS or \
        t.dep_ == "xcomp" and is_infinitive(t) and _purpose_of(t.head)


def _purpose_of(verb) -> bool:
    """Does an infinitive after the verb's own object say what the act is for ("may strike
    these bridges to prevent X": read160, the parse's complement of "strike")?"""
    return verb.pos_ == "VERB" and verb.lemma_.lower() not in _FAIL_VERBS | {"manage", "help"} \
        and any(c.dep_ == "dobj" for c in verb.children)


_ACCUSING = {"accuse", "blame", "charge", "frame"}


def _falsely_laid(trigger) -> bool:
    """Is the act what someone "falsely" accuses another of ("to falsely accuse X of shelling
    Y", "falsely blamed X for the strike")?"""
    prep = trigger.head
    if trigger.dep_ not in ("pcomp", "pobj") or prep.lower_ not in ("of", "for"):
        return False
    verb = prep.head
    if verb.dep_ == "dobj":
        verb = verb.head  # (the parse hangs "of ..." on the accused)
    return verb.lemma_.lower() in _ACCUSING and any(
        c.dep_ == "advmod" and c.lower_ in ("falsely", "wrongly", "baselessly")
        for c in verb.children)


def _verb_above(tok):
    """The first verb at or above ``tok`` in the parse (``tok``'s root where none)."""
    while tok.pos_ not in ("VERB", "AUX") and tok.head.i != tok.i:
        tok = tok.head
    return tok


def only_begun(trigger) -> bool:
    """Is ``trigger`` a noun whose act is said to have begun, not to be done ("the Russian
    liberation of Kharkiv Oblast has just begun", "began the capture of the town")? A change
    of control begun is not a change of control (the caller decides for which types)."""
    if trigger.pos_ not in ("NOUN", "PROPN"):
        return False
    head = trigger.head
    return trigger.dep_ in ("nsubj", "dobj", "nsubjpass") and head.pos_ in ("VERB", "AUX") \
        and head.lemma_.lower() in _BEGIN_VERBS


# Verbs whose subject is an event that no longer goes on ("all fighting has ceased in
# Mariupol": read12, where Putin's claim counted as asserting the fighting)
END_VERBS = {"cease", "stop", "end", "halt", "subside", "pause"}  # ("has paused": read20)


# Verbs of demanding, whose bare-verb complement is what is demanded ("demanded that Ukraine
# withdraw")
_DEMANDS = {"demand", "insist", "require", "ask", "urge", "request", "propose", "recommend",
            "order", "call"}

# Verbs that make an act possible without saying it happened
_ENABLING = {"allow", "enable", "let", "permit", "help"}

# Adjectives of a prospect whose to-infinitive has not happened ("are unlikely to capture
# Slovyansk", "remain unlikely to secure major advances", "likely to attack"; read14: asserted
# captures and fighting), or did not ("were unable to capture X")
_PROSPECTS = {"likely", "unlikely", "poised", "set", "expected", "ready", "going", "due",
              "certain", "sure", "bound", "able", "capable", "unable", "incapable"}
_UNABLE = {"unable", "incapable"}


def _bare_verb(verb) -> bool:
    """A demanded act's bare verb: "demanded that Ukraine withdraw", and, after a past demand,
    the plural's "demanded that Ukrainian forces leave X" that the tagger reads as a present
    tense (read78: an asserted departure from Mariupol)."""
    return verb.tag_ == "VB" or (verb.tag_ == "VBP" and verb.head.tag_ in ("VBD", "VBN"))


def names_as(verb) -> bool:
    """"Putin called the explosion a terrorist act": a verb that names its object (it has an
    object predicate) does not call for the act named, which happened."""
    return any(c.dep_ == "oprd" for c in verb.children)


def _through_from(trigger, verb) -> bool:
    """The trigger hangs from ``verb`` through "from" ("stopped X from advancing")."""
    t = trigger
    while t.head.i != t.i and t.head.i != verb.i:
        t = t.head
    return t.head.i == verb.i and t.lower_ == "from"


def leans_on_head(verb) -> bool:
    """A coordinated verb with no subject, auxiliary or negation of its own: it shares its
    head's ("have not captured X or taken Y", "will face ... and make ...")."""
    return verb.dep_ == "conj" and not any(
        c.dep_ in ("nsubj", "nsubjpass", "aux", "auxpass", "neg") for c in verb.children)


def _shares_future(verb) -> bool:
    """"Russian forces will continue to face challenges crossing the river and make further
    advances": a bare verb coordinated with (or the complement of) a verb under "will", with
    no subject or auxiliary of its own, is in the same future (read14)."""
    if verb.tag_ != "VB" or not leans_on_head(verb):
        return False
    t = verb
    for _ in range(4):
        if t.dep_ not in ("conj", "xcomp") or t.head.i == t.i:
            break
        via, t = t.dep_, t.head
        if any(c.dep_ == "aux" and c.lower_ in _FUTURE_AUX for c in t.children):
            return True
        if via == "xcomp" and t is not verb.head and t.lemma_.lower() in _FUTURE_VERBS:
            # "hope to continue their advance and merge with operations around Lyman": the
            # hope holds both coordinated verbs (read16; the first one's own complement is
            # read by modality's climb)
            return True
    return False


def _shares_negation(trigger) -> bool:
    """"Russian forces have not yet captured the Azot plant or taken full control of the
    city": a verb coordinated with a negated verb, with no subject or auxiliary of its own,
    is under the same "not" (read13, 2022-06-15: "taken full control" was a capture); "did
    not capture X but took Y" is not."""
    head = trigger.head
    if not leans_on_head(trigger) or trigger.pos_ != "VERB" or head.pos_ not in ("VERB", "AUX") \
            or trigger.tag_ != head.tag_ or not any(ch.dep_ == "neg" for ch in head.children):
        # ("did not attack X and shelled Y instead": a finite verb of its own)
        return False
    cc = [ch for ch in head.children if ch.dep_ == "cc" and head.i < ch.i < trigger.i]
    return bool(cc) and all(c.lower_ in ("or", "nor", "and") for c in cc)


def _aux_modality(t) -> str | None:
    """What the auxiliaries, a condition or an inverted clause opening of verb ``t`` say."""
    for ch in t.children:
        if ch.dep_ in ("aux", "auxpass"):
            w = ch.lower_
            if w in _FUTURE_AUX:
                return "future"
            if w in _HYPO_AUX:
                if w in _EPISTEMIC and t.tag_ == "VBN" and any(
                        c.dep_ == "aux" and c.lemma_ == "have" for c in t.children):
                    # "may have captured Melitopol": it possibly happened (a hedge on a
                    # past event), not a supposition about what would happen
                    return "possible"
                return "hypothetical"
        if ch.dep_ == "mark" and ch.lower_ in ("if", "unless"):
            return "hypothetical"
    if _inverted_condition(t):
        return "hypothetical"
    return None


def _infinitive_pair(verb) -> bool:
    """Is the verb the second of two to-infinitives with one subject ("either to support A or
    to open B")? Its "to" is the only auxiliary it has of its own."""
    return verb.dep_ == "conj" and is_infinitive(verb) and is_infinitive(verb.head) and not any(
        c.dep_ in ("nsubj", "nsubjpass", "auxpass", "neg") or c.dep_ == "aux" and c.lower_ != "to"
        for c in verb.children)


# What a place or force is used as toward acts ahead: "as a staging ground for", "a
# springboard for", "a foothold for"
_STAGING_NOUNS = {"ground", "area", "springboard", "foothold", "base", "platform", "point",
                  "bridgehead"}


def _staged_for(trigger) -> bool:
    """Is the act what something is to serve as a staging ground (springboard) for, under a
    verb of intent ("intend to use X as a staging ground for further counterattacks on A,
    B, and C")? Ahead, however far the parse hangs it from the intent (read133: three fights
    asserted)."""
    t = trigger
    while t.dep_ == "conj" and t.head.i != t.i:
        t = t.head
    if t.dep_ != "pobj" or t.head.lower_ != "for" or \
            t.head.head.lemma_.lower() not in _STAGING_NOUNS:
        return False
    for a in list(t.head.head.ancestors)[:5]:
        if a.lemma_.lower() in _FUTURE_VERBS | _AIMING:
            return True
    return False


_HELP_VERBS = {"help", "assist", "enable", "allow"}


def _help_ahead(trigger) -> bool:
    """Is the act what helping (enabling) someone would have them do ("the urgency of
    helping Ukraine regain control of X", "to help Ukrainian forces retake Y")? Help still to
    give: its outcome lies ahead (read131: a retaking of X asserted). Help given ("helped
    Ukraine regain X") leaves the act as told."""
    t = trigger
    if t.dep_ == "dobj" and t.pos_ == "NOUN" and t.head.lemma_.lower() in _LAUNCH_VERBS:
        t = t.head  # "allow Russian forces to launch further advances toward X"
    head = t.head
    auxes = {c.lower_ for c in head.children if c.dep_ == "aux"}
    # (a modal's help is its own reading: "could have allowed forces to advance" is
    # hypothetical, read26; "which will allow forces to launch advances" lies ahead, read123)
    return t.dep_ in ("xcomp", "ccomp") and head.lemma_.lower() in _HELP_VERBS and \
        not auxes - {"to", "will"} and (head.tag_ == "VBG" or head.tag_ == "VB" and (
            "to" in auxes or "will" in auxes))


_LAUNCH_VERBS = {"launch", "conduct", "mount", "begin", "start", "resume", "make"}


# Verbs of noticing an act: not noticed, it is not told
_SEEING_VERBS = {"report", "observe", "see", "record", "mention", "detect", "note"}

_CONDITION_NOUNS = {"condition", "prerequisite", "groundwork", "precondition"}


def _conditions_for(trigger) -> bool:
    """Is the act what conditions are being set for ("trying to create favorable conditions
    to capture X", "setting conditions for an assault on Y")? An aim, whichever word the
    parser hangs it on (read129: a capture asserted)."""
    t = trigger
    if t.dep_ == "pobj" and t.head.lower_ == "for":
        t = t.head
    head = t.head
    if t.dep_ in ("acl", "prep") and head.lemma_.lower() in _CONDITION_NOUNS:
        return True
    return t.dep_ in ("xcomp", "advcl") and any(
        c.dep_ == "dobj" and c.lemma_.lower() in _CONDITION_NOUNS for c in head.children)


def _first_conjuncts_modality(trigger) -> str | None:
    """A verb coordinated with another, with no subject or auxiliary of its own, is in that
    verb's mood: "could only avoid it by abandoning X and retreating to Y" (a retreat
    supposed), "setting conditions to justify evacuations and provide cover for a
    withdrawal" (a withdrawal aimed at) (read27: both asserted). The climb of modality()
    stops at "and"; here it passes it, and reads only what the governing verbs suppose or
    aim at (a negation is not shared so: _shares_negation)."""
    tok, steps, passed = trigger, 0, False
    while steps < 4 and tok.head.i != tok.i and not _presupposed(tok):
        if tok.dep_ == "conj" and tok.pos_ in ("VERB", "AUX") and (
                leans_on_head(tok) or _infinitive_pair(tok)) and \
                tok.tag_ in ("VB", "VBG") and tok.tag_ == tok.head.tag_:
            # (only a verb of its head's form: "... to save equipment and are likely
            # content with the retreat", a finite verb the parser hung on an infinitive, is
            # no part of the purpose)
            passed = True
            tok = tok.head
            if is_infinitive(tok) and (tok.dep_ in ("advcl", "acl", "relcl") or (
                    tok.dep_ == "xcomp" and tok.head.pos_ == "ADV")):
                # the first conjunct is a purpose (also hung on an adverb: "regrouping,
                # likely either to support A or to open an advance on B", read105: a fight)
                return "future"
            told = _aux_modality(tok)
            if told:
                # the first conjunct's own auxiliary: "could bring up artillery and begin to
                # bombard X" (read46: the shelling was asserted)
                return told
            continue
        if tok.dep_ not in _CLIMB:
            break
        via, tok, steps = tok.dep_, tok.head, steps + 1
        if not passed:
            continue
        told = _aux_modality(tok)
        if told:
            return told
        if tok.lemma_.lower() in _FUTURE_VERBS and via in ("xcomp", "pcomp", "pobj", "prep",
                                                            "dobj", "nsubjpass") \
                and not names_as(tok):
            return "future"
        if via == "xcomp" and tok.lower_ in _PROSPECTS:
            # "are unlikely to inflict damage or resume advances towards X": the prospect
            # covers every verb joined under it (read128: the advances asserted)
            return "negated" if tok.lower_ in _UNABLE else "future"
    return None


# "There are no indications that X", "no sign that X", "received no reports of X": the
# writer or its source saw nothing of X (read33, read35)
_SIGN_NOUNS = {"indication", "sign", "evidence", "proof", "confirmation", "report"}
# Verbs that give up an act ("abandoned direct attacks on Y": read36, asserted); the plan of
# one given up ("abandoned plans to assault X", read35) is an aim, left out already
_GIVE_UP = {"abandon", "scrap", "shelve", "cancel", "forgo", "forego",
            # "paused ground offensive operations in northern X" (read134: a fight there);
            # not "halt", which forces do to the other side's operations (read13: fought)
            "pause", "suspend", "freeze"}


# Nouns of what one sets out to do: "its objectives, including capturing Kyiv" (read81: a
# capture of Kyiv); and words that call a claim false: "their false claim to have captured X"
_AIM_NOUNS = {"objective", "goal", "aim", "ambition", "intention", "mission", "task"}
_NAMED_AIMS = _AIM_NOUNS | {"priority"}  # what an act is named as ("as the main goal")
_ACHIEVE = {"achieve", "accomplish", "reach", "fulfil", "fulfill", "complete", "attain", "meet"}
_FALSE_WORDS = {"false", "baseless", "fabricated", "bogus", "unfounded", "fake", "spurious"}
_CLAIM_NOUNS = {"claim", "assertion", "allegation", "report", "statement"}


def _framed_by_noun(trigger) -> str | None:
    """The mood a governing noun gives the act: "future" for an objective's act ("failed to
    achieve its objectives, including ... capturing Kyiv"), "negated" for what a claim the
    text calls false says ("their false claim to have captured X"); None otherwise."""
    tok = trigger
    for _ in range(4):
        if tok.dep_ not in ("acl", "pcomp", "prep", "pobj", "conj", "relcl") and not (
                tok is trigger and tok.dep_ == "dobj" and tok.head.dep_ == "acl") or \
                tok.head.i == tok.i:
            return None
        came, tok = tok, tok.head
        if tok.pos_ != "NOUN":
            continue
        lemma = tok.lemma_.lower()
        if lemma in _FAIL_NOUNS and came.dep_ == "acl" and \
                came.lemma_.lower() not in TRIED_MOVES:
            return "negated"  # "Russian failures to rush reinforcements to X" (read157)
        if lemma in _AIM_NOUNS:
            verb = tok.head
            if tok.dep_ == "dobj" and verb.lemma_.lower() in _ACHIEVE:
                # "achieved its goal of capturing X": done; "failed to achieve ...": not
                failed = any(c.dep_ == "neg" for c in verb.children) or (
                    verb.dep_ == "xcomp" and verb.head.lemma_.lower() in _FAIL_VERBS)
                return "negated" if failed else None
            return "future"
        if lemma in _CLAIM_NOUNS and any(c.dep_ == "amod" and c.lower_ in _FALSE_WORDS
                                         for c in tok.children):
            return "negated"
    return None


def _named_as_aim(trigger) -> str | None:
    """"future" for an act a speaker names as an aim ("framed the capture of X as the main
    goal", "named the seizure of Y as a priority": read88, captures of two oblasts)."""
    if trigger.dep_ not in ("dobj", "pobj") or trigger.pos_ != "NOUN":
        return None
    holder = trigger.head if trigger.dep_ == "dobj" else trigger.head.head
    doc = trigger.doc
    for c in holder.children:
        # (the goal may be parsed apart: "framing of the capture of X as the main goal is")
        if c.dep_ == "prep" and c.lower_ == "as" and c.i > trigger.i and any(
                t.lemma_.lower() in _NAMED_AIMS for t in doc[c.i + 1:c.i + 5]):
            return "future"
    return None


def _no_sign_of(trigger) -> str | None:
    """What "no indications", "no evidence" or "no reports" makes of the act it says nothing
    shows: "negated" where no sign or report of it is seen ("There are no indications that
    Russian forces shelled X", "no reports of renewed operations near Y"), "possible" where
    only proof of it is lacking ("no evidence that X fell", "no confirmation of the strike":
    unconfirmed, as "cannot confirm" leaves it); None where no such noun governs it."""
    tok = trigger
    for _ in range(3):
        # (a bare complement the parser hangs as a relative clause: "There is no evidence
        # Russian forces have captured X", read81)
        if tok.dep_ not in ("acl", "ccomp", "pobj", "prep", "relcl") or tok.head.i == tok.i:
            return None
        tok = tok.head
        if tok.lemma_.lower() in _SIGN_NOUNS and tok.pos_ == "NOUN":
            if not any(c.dep_ == "det" and c.lower_ == "no" for c in tok.children):
                return None
            return "possible" if tok.lemma_.lower() in _VERIFY_NOUNS else "negated"
    return None


# Words of aiming at an act: "focused on preventing", "aim to prevent", "seek to stop"
_AIMING = {"focus", "aim", "seek", "try", "attempt", "strive", "intend", "plan", "effort",
           "work", "concentrate", "prioritize", "prioritise"}


# What the writer judges a clause with an empty "it": "it is unlikely that X" (read93: an
# asserted fight at the place of a doubted one), "it is possible that Y"
_JUDGED_NOT = {"unlikely", "doubtful", "improbable", "implausible"}
_JUDGED_OPEN = {"likely", "possible", "plausible", "probable", "conceivable", "unclear"}


def _judged_by_it(trigger) -> str | None:
    """The modality the writer's "it is (un)likely that ..." gives the act of its clause."""
    if trigger.dep_ != "ccomp" or not any(c.dep_ == "mark" and c.lower_ == "that"
                                          for c in trigger.children):
        return None
    head = trigger.head
    if head.lemma_.lower() != "be" or not any(c.dep_ in ("nsubj", "expl") and c.lower_ == "it"
                                               for c in head.children):
        return None
    judged = {c.lower_ for c in head.children if c.dep_ == "acomp"}
    if judged & _JUDGED_NOT:
        return "negated"
    return "possible" if judged & _JUDGED_OPEN else None


def _aim_of_another_act(trigger) -> bool:
    """Is the act what a participle of trying says another act aimed at ("attacked X,
    likely attempting to (begin to) encircle Y", "attempting to begin an encirclement of
    Y")? The attempt is the act told before it; its aim did not happen (read93: an
    encirclement stood as fighting at Y)."""
    t = trigger
    if t.dep_ in ("dobj", "xcomp") and t.head.lemma_.lower() in _BEGIN_VERBS:
        t = t.head  # "to begin an encirclement of Y"
    try_ = t.head
    if t is trigger and trigger.lemma_.lower() in _TRIED_ADVANCES and not any(
            c.dep_ == "advmod" and c.lower_ in _GUESS_ADVERBS for c in try_.children):
        # "conducted several assaults west of X, attempting to advance on A, B, and C": the
        # advance tried is the assaults, and where they went (read125: three fights lost);
        # an outcome aimed at ("attempting to encircle Y") or a guessed aim stays an aim
        return False
    return t.dep_ == "xcomp" and try_.lemma_.lower() in ATTEMPT_VERBS and \
        try_.tag_ == "VBG" and try_.dep_ == "advcl" and try_.head.pos_ in ("VERB", "AUX")


_TRIED_ADVANCES = {"advance", "push", "attack", "assault", "storm", "move"}
_GUESS_ADVERBS = {"likely", "probably", "possibly", "presumably", "perhaps", "apparently"}


# Verbs of putting effort on a goal ("focusing on advancing past X")
_FOCUS_VERBS = {"focus", "concentrate", "center", "centre", "prioritize", "prioritise"}
_FOCUS_PREPS = {"on", "upon", "toward", "towards"}


def _focus_ahead(trigger) -> bool:
    """Is the act what forces are now focusing on ("are likely focusing on advancing past X",
    "is focusing resources on localized gains around Y")? A goal the writer sees them set,
    not an act done (read105: fights at X and Y); a past focus ("concentrated on striking
    positions in Z on July 17") tells the acts done."""
    t = trigger
    if t.dep_ not in ("pcomp", "pobj") or t.head.lower_ not in _FOCUS_PREPS:
        return False
    verb = t.head.head
    if verb.dep_ == "dobj" and verb.pos_ == "NOUN":
        verb = verb.head  # "focusing resources on gains": the effort put on them
    if verb.lemma_.lower() not in _FOCUS_VERBS:
        return False
    return verb.tag_ in ("VBZ", "VBP") or _now_doing(verb)


def _now_doing(verb) -> bool:
    """Is the verb a present progressive ("are focusing", "is trying")?"""
    return verb.tag_ == "VBG" and any(c.dep_ == "aux" and c.lemma_ == "be"
                                      and c.tag_ in ("VBZ", "VBP") for c in verb.children)


# Nouns that say there was none of what their "of" names
_LACK_NOUNS = {"lack", "absence", "dearth", "paucity", "scarcity"}
_GUESSES = {"likely", "probably", "possibly", "perhaps", "apparently"}


def _tried_now_as_guessed(trigger) -> bool:
    """Is the act what forces are, the writer guesses, now trying to do ("are likely trying to
    advance through X to bypass Y", "are likely attempting to reinforce their operations in
    Z")? The writer's reading of an aim under way, not a fight it tells (read109, read112:
    incidents at X and Z); "attempted to advance" and "are trying to advance" stay fights."""
    t = trigger
    if not (t.dep_ == "xcomp" and is_infinitive(t)):
        return False
    head = t.head
    return head.lemma_.lower() in ATTEMPT_VERBS and _now_doing(head) and \
        any(c.dep_ == "advmod" and c.lower_ in _GUESSES for c in head.children)


def _aim_set_on(verb) -> bool:
    """Is the verb what an aim is set on ("focused on preventing", "seeking to stop"), also as
    the second of two aims ("in an effort to push X away and prevent Y from advancing":
    read54, a denial that disputed the day's fight)?"""
    while verb.dep_ == "conj" and verb.head.i != verb.i and leans_on_head(verb):
        verb = verb.head
    head = verb.head
    if verb.dep_ == "pcomp" and head.dep_ == "prep" and head.lower_ in ("on", "at", "toward",
                                                                         "towards"):
        head = head.head
    elif verb.dep_ not in ("xcomp", "acl"):
        return False
    return head.lemma_.lower() in _AIMING


def _prospect_before(trigger) -> bool:
    """Do the words right before the act name a prospect of it ("the possibility of Ukrainian
    counteroffensives toward X"), however the parser hung it (read42: "counteroffensives"
    parsed as a verb, the prospect's rule by the tree missed it, and a battle was graded
    confirmed)?"""
    doc, k = trigger.doc, trigger.i - 1
    while k >= 0 and k > trigger.i - 4 and doc[k].pos_ in ("ADJ", "PROPN", "DET", "NOUN") and \
            doc[k].lower_ != "of" and doc[k].lemma_.lower() not in _RISK_NOUNS:
        k -= 1
    return k >= 1 and doc[k].lower_ == "of" and doc[k - 1].lemma_.lower() in _RISK_NOUNS


# verbs that repel with "back": "pushed back Russian advances", "drove back the attacks"
_BACK_VERBS = {"push", "drive", "force", "throw"}


def _pushed_back(verb) -> bool:
    """"pushed back (against) Russian advances", "drove back the attacks": a repel, not a
    denial (read44, read92)."""
    return verb.lemma_.lower() in _BACK_VERBS and any(
        c.dep_ in ("prt", "advmod") and c.lower_ == "back" for c in verb.children)


# verbs of an order that an act not be done ("forbade them from withdrawing")
_FORBID_VERBS = frozenset({"forbid", "prohibit", "bar", "ban", "disallow"})


def _inferred_clause(trigger) -> bool:
    """Does the act lie deep inside a clause the writer only allows as an inference ("which
    may indicate either that Russian forces lack ammunition for fire missions on the X
    axis": read182, a disrupted weapons use asserted at X)? The clause's own verb, and the
    object of a light verb, are read where the chain of heads reaches them."""
    for a in trigger.ancestors:
        if a.dep_ == "ccomp" and a.head.lemma_.lower() in _INFERRING and any(
                c.dep_ == "aux" and c.lower_ in _HYPO_AUX for c in a.head.children):
            return True
    return False


def _in_negated_subject(trigger) -> bool:
    """Is the act a participle or relative clause that describes the subject of a negated
    verb ("forces in X, as well as those advancing on Y and Z, did not conduct significant
    offensive operations")? Those forces did not act: the advance is the negated operations
    (read133: fights asserted at Y and Z)."""
    if trigger.pos_ not in ("VERB", "AUX") or trigger.dep_ not in ("acl", "relcl"):
        return False
    t = trigger.head
    while t.dep_ == "conj" and t.head.i != t.i:
        t = t.head
    verb = t.head
    return t.dep_ in ("nsubj", "nsubjpass") and verb.i != t.i and \
        any(c.dep_ == "neg" for c in verb.children) and not result_denied(verb)


# what an attack may fail to win: "forces attacking in X did not make any territorial gains"
# (read178: the failed assault at Metolkine was negated with its gains); "did not conduct
# operations" denies the act itself
_RESULT_VERBS = frozenset({"gain", "achieve", "secure", "advance", "progress", "succeed",
                           "capture", "seize", "take", "reach", "break", "win"})
_RESULT_NOUNS = frozenset({"gain", "gains", "progress", "headway", "advance", "advances",
                           "breakthrough", "ground", "success", "successes"})


def result_denied(verb) -> bool:
    """Does the negated verb deny what an act won, not the act ("did not make any gains",
    "did not advance", "failed to secure new territory")?"""
    lemma = verb.lemma_.lower()
    if lemma in _RESULT_VERBS:
        return True
    return lemma in ("make", "register", "record", "report") and any(
        c.dep_ == "dobj" and c.lemma_.lower() in _RESULT_NOUNS for c in verb.children)


def _given_up(trigger) -> bool:
    """Is the act what a verb of giving up takes as its object?"""
    return trigger.dep_ == "dobj" and trigger.head.lemma_.lower() in _GIVE_UP or any(
        c.dep_ == "amod" and c.tag_ == "VBN" and c.lemma_.lower() in _GIVE_UP
        for c in trigger.children)  # (the parser's "paused" as the operations' adjective)


def _set_aside(trigger) -> bool:
    """Is the act the alternative a clause sets aside ("redeploying units to A rather than
    reinforcing positions near B", "instead of an assault on C"; read34: an asserted
    reinforcement)?"""
    left = trigger.left_edge.i
    words = [t.lower_ for t in trigger.doc[max(0, left - 2):left]]
    return words in (["rather", "than"], ["instead", "of"])


# Verbs of stopping a weapon in flight
_INTERCEPTS = {"intercept", "down", "destroy", "neutralize", "neutralise", "stop"}


def stopped_before(trigger) -> bool:
    """Is the act one that a weapon stopped in flight never did: "intercepted two missiles
    before they struck Odesa" (read70: a strike on Odesa)?"""
    return trigger.dep_ == "advcl" and trigger.head.lemma_.lower() in _INTERCEPTS | {"shoot"} \
        and any(c.dep_ == "mark" and c.lower_ == "before" for c in trigger.children)


# Nouns of what kind of act a thing was ("not isolated war crimes", "not an accident")
_ACT_KINDS = {"crime", "atrocity", "act", "incident", "accident", "event", "case", "attack",
              "strike", "provocation", "operation"}
# Words that weigh the odds of what lies ahead ("an assault on X is unlikely")
_ODDS = {"unlikely", "likely", "possible", "probable", "improbable", "imminent", "impossible",
         "expected"}


def _odds_given(trigger) -> bool:
    """Is the act (or the attempt or effort it is the aim of) the subject of a copula whose
    complement weighs its odds ("a renewed attempt to take X is unlikely")?"""
    t = trigger
    if t.dep_ in ("acl", "xcomp") and t.head.pos_ == "NOUN":
        t = t.head
    return t.dep_ in ("nsubj", "nsubjpass") and t.head.lemma_.lower() in ("be", "seem",
                                                                          "appear", "remain") \
        and any(c.dep_ == "acomp" and c.lower_ in _ODDS for c in t.head.children)


def modality(trigger, cluster_tokens=()) -> str:
    """The modality of the event whose anchor is ``trigger`` (a spaCy Token)."""
    if trigger.dep_ in ("nsubj", "csubj") and (trigger.pos_ == "NOUN" or trigger.tag_ == "VBG") \
            and trigger.head.lemma_.lower() in END_VERBS:
        return "negated"
    toks = [trigger] + [t for t in cluster_tokens if t is not trigger]
    if trigger.pos_ == "VERB" and blanket_repel(trigger):
        return "denied"  # "pushed back all Russian advances": a blanket denial, as "repelled"
    if _shares_negation(trigger) or _set_aside(trigger) or _given_up(trigger) or \
            stopped_before(trigger) or _in_negated_subject(trigger):
        return "negated"
    unseen = _no_sign_of(trigger)
    if unseen:
        return unseen
    framed = _framed_by_noun(trigger) or _named_as_aim(trigger)
    if framed:
        return framed
    if _tried_now_as_guessed(trigger):
        return "future"
    if trigger.dep_ == "pobj" and trigger.head.lower_ == "of" and \
            trigger.head.head.lemma_.lower() in _LACK_NOUNS:
        return "negated"  # "the lack of successful ground attacks beyond X" (read113)
    for t in toks:
        if any(ch.dep_ == "neg" for ch in t.children):
            return "negated"
        if any(ch.dep_ == "det" and ch.lower_ in ("no",) for ch in t.children):
            return "negated"
    # climb a few steps to the governing verbs
    chain = []
    tok = trigger
    for _ in range(4):
        if tok.dep_ == "compound" and tok.head.lower_ in COMPASS_WORDS:
            # "did not conduct any ground attacks southwest of X" parsed with "attacks" a
            # compound of "southwest", the verb's object (read41: the negation was lost)
            tok = tok.head
            continue
        if tok.head.i == tok.i or tok.dep_ not in _CLIMB or _presupposed(tok):
            break
        via = tok.dep_
        tok = tok.head
        chain.append((via, tok))
    if _before_an_act_ahead(trigger, chain):
        return "future"
    unvouched = any(h.lemma_.lower() in _VERIFY_NOUNS for _, h in chain)
    # ("forces attacking in X did not make any gains": the act describes the subject of a
    # verb that denies only what it won)
    won_only = {h.i for via, h in chain
                if via in ("nsubj", "nsubjpass") and chain[0][0] in ("acl", "relcl")
                and result_denied(h)}
    # ("the Bucha atrocities were not isolated war crimes but a microcosm of ...": the
    # negated copula denies what the act is said to be, not that it happened; read of the
    # dev set's Bucha story: the atrocities stood as denied)
    described = {h.i for via, h in chain[:1] if via in ("nsubj", "nsubjpass") and (
        h.lemma_.lower() == "be" and any(c.dep_ in ("attr", "acomp") for c in h.children)
        # (parsed as a passive: "were not isolated | war crimes", the kind its object)
        or any(c.dep_ in ("dobj", "attr") and c.lemma_.lower() in _ACT_KINDS
               for c in h.children))}
    for t in [trigger] + [h for _, h in chain]:
        if t is not trigger and t.pos_ in ("VERB", "AUX") and t.lemma_.lower() not in _DENY_VERBS \
                and t.i not in won_only and t.i not in described \
                and (any(ch.dep_ == "neg" for ch in t.children) or nobody_subject(t)):
            # "cannot verify claims of the capture", "did not confirm that X fell": the
            # capture is left unconfirmed, which is no statement that it did not happen
            # (nor is "has not observed independent confirmation of the strike", read20)
            return "possible" if t.lemma_.lower() in _VERIFY_VERBS or unvouched else "negated"
    judged = _judged_by_it(trigger)
    if judged is not None:
        return judged
    if _falsely_laid(trigger):
        # "launched rockets on X to falsely accuse Ukrainian forces of shelling X": the act
        # laid on the accused is what the teller says did not happen (read152: the source
        # stood as asserting a Ukrainian shelling)
        return "denied"
    if trigger.dep_ == "ccomp" and trigger.head.lemma_.lower() in _VERIFY_VERBS and any(
            c.dep_ == "neg" for c in trigger.head.children):
        # "did not confirm that Ukrainian forces entered the town", "after previously not
        # confirming that ...": left unconfirmed, not told (read153: graded confirmed)
        return "possible"
    if trigger.dep_ == "ccomp" and trigger.head.lemma_.lower() in _DENY_VERBS and \
            _aimed_at(trigger.head):
        # "will commit reserves to halt Ukrainian efforts to roll back gains Russian forces
        # took": a halting aimed at denies nothing (read141: a blanket denial made two
        # captures disputed)
        return "future"
    if trigger.dep_ == "ccomp" and trigger.head.lemma_.lower() in _DENY_VERBS:
        return "denied"  # "denied that it attacked"
    if trigger.dep_ == "ccomp" and trigger.head.lemma_.lower() in _SEEING_VERBS and any(
            c.dep_ == "neg" for c in trigger.head.children):
        # "did not report any ongoing Ukrainian counteroffensives in the area", the act
        # parsed as the verb's clause (read126: a fight asserted)
        return "negated"
    if any(c.dep_ == "mark" and c.lower_ == "whether"
           for t in [trigger] + [h for _, h in chain[:2]] for c in t.children):
        # "It is unclear whether those troops attacked X", "asked whether the strike hit Y":
        # an open question, not a statement that it happened (read40's 03-04 check)
        return "possible"
    said = trigger.head if trigger.dep_ == "dobj" and trigger.pos_ == "NOUN" else trigger
    if said.dep_ == "ccomp" and said.head.lemma_.lower() in _INFERRING and any(
            c.dep_ == "aux" and c.lower_ in _HYPO_AUX for c in said.head.children):
        # (also the act a light verb's object names: "which may indicate that Ukrainian
        # troops conducted a controlled withdrawal from X", read129: asserted)
        # "If confirmed, this may indicate that Russian units withdrew to Belgorod": an
        # inference the writer only allows (read15: stored as a withdrawal that happened)
        return "possible"
    if _inferred_clause(trigger):
        return "possible"
    if _odds_given(trigger):
        # "a renewed attempt to take the city is unlikely", "an assault on X is likely": the
        # writer weighs an act ahead (read201: a fight at the city)
        return "future"
    for via, head in chain:
        if via == "pobj" and head.lower_ == "without":
            return "negated"  # "without naming deployments"
        if via == "prep" and head.lemma_.lower() in _FORBID_VERBS:
            # "forbade a subordinate from withdrawing from X": an order that the act not be
            # done (read182: a withdrawal from X stood as done)
            return "negated"
        if via == "xcomp" and head.lemma_.lower() in ("have", "be") and any(
                c.dep_ == "advmod" and c.lower_ == "yet" for c in head.children):
            return "negated"  # "have yet to enter the outskirts of X" (read77: an entry)
        if via in ("xcomp", "acl") and head.lemma_.lower() == "risk" and trigger.tag_ == "VBG":
            return "future"  # "these advances risk cutting off X" (read77: a clash)
        if via == "xcomp" and head.lemma_.lower() in _FAIL_VERBS:
            if head.lemma_.lower() == "fail" and trigger.lemma_.lower() in TRIED_MOVES:
                # "failed to advance toward X": the advance was tried and fought off; the
                # fighting happened (what did not happen is ground taken, which "failed to
                # capture X" negates)
                return "asserted"
            return "negated"  # "failed to capture the village"
    for via, head in chain:
        lemma = head.lemma_.lower()
        if (lemma in REPEL_VERBS or _pushed_back(head)) and not blanket_repel(head):
            continue  # "repelled an attack": the attack happened (and failed)
        if lemma in HALT_VERBS and via == "dobj" and trigger.lemma_.lower() in UNDERTAKINGS \
                and not blanket_repel(head):  # ("halted all attacks": a blanket denial)
            # "halting Russian operations to capture Metolkine", "stopped the Russian
            # advance": an undertaking under way, fought and stopped (read13: a denial)
            continue
        if lemma == "prevent" and via == "dobj" and trigger.lemma_.lower() in _PREVENTED_MOVES \
                and not any(c.lower_ in _BLANKET for c in trigger.children):
            # "prevented a large-scale Ukrainian counteroffensive near X": an undertaking met
            # and stopped, fought as a repelled one is (read95: a denial)
            continue
        if lemma in _PAUSE_VERBS and via in ("dobj", "nsubjpass"):
            # "Russian forces paused attacks to take the city": no attack that day (read52:
            # a fight at Izyum)
            return "negated"
        if lemma in HALT_VERBS and via == "prep" and trigger.lemma_.lower() in TRIED_MOVES \
                and _through_from(trigger, head) and not blanket_repel(head):
            # "stopped Russian troops from advancing toward X": an advance under way, fought
            # and stopped, as "failed to advance toward X" (a denial only of ground taken)
            continue
        if lemma in _DENY_VERBS and _aim_set_on(head) and (
                via in ("dobj", "nsubjpass", "xcomp", "ccomp", "pobj") or
                head.pos_ in ("VERB", "AUX") and via == "prep"):
            # "efforts are focused on preventing the Russians from advancing on X": a
            # prevention aimed at is no denial that the advance happened (read35: a blanket
            # denial over the report's places)
            return "future"
        if lemma in _DENY_VERBS and _aimed_at(head) and (
                via in ("dobj", "nsubjpass", "xcomp", "ccomp", "pobj", "prep")):
            # "sought to target the dam ... as well as to prevent Ukrainian troops from
            # crossing to attack": a prevention aimed at denies nothing (read148: a blanket
            # denial made a battle a section away disputed)
            return "future"
        if via in ("dobj", "nsubjpass", "xcomp", "ccomp", "pobj") and lemma in _DENY_VERBS:
            return "denied"
        if head.pos_ in ("VERB", "AUX") and lemma in _DENY_VERBS and via == "prep" and \
                lemma != "dismiss":
            # (not "was dismissed due to the reports of an ineffective offensive": a person
            # let go for it, no denial of it; read128)
            return "denied"
    for t in [trigger] + [h for _, h in chain]:
        told = _aux_modality(t)
        if told:
            return told
    told = _timed_by_act_ahead(trigger, chain)
    if told:
        return told
    for via, head in chain:
        if head.lemma_.lower() in _FUTURE_VERBS and via in ("xcomp", "pcomp", "pobj", "prep",
                                                             "dobj", "advcl", "nsubjpass") \
                and not names_as(head):
            return "future"
        if via == "xcomp" and head.lower_ in _PROSPECTS:
            if any(c.dep_ == "aux" and c.lemma_ == "have" for c in chain[0][1].children) or \
                    any(c.dep_ == "aux" and c.lemma_ == "have" for c in trigger.children):
                return "possible"  # "likely to have captured X": a past act inferred
            return "negated" if head.lower_ in _UNABLE else "future"
    told = _first_conjuncts_modality(trigger)
    if told:
        return told
    if _shares_future(trigger) or any(_shares_future(h) for v, h in chain[:1] if v == "dobj"):
        return "future"
    if trigger.dep_ in ("acl", "xcomp") and trigger.head.lemma_.lower() in _TRY_NOUNS \
            and trigger.head.dep_ in ("dobj", "nsubjpass") \
            and trigger.head.head.lemma_.lower() in REPEL_VERBS:
        # "repelled all attempts to advance near X": the advance did not happen (a blanket
        # denial); "repelled Ukrainian attempts to advance near X": it was tried and fought
        return "denied" if blanket_repel(trigger.head.head) else "asserted"
    if trigger.dep_ == "pobj" and (trigger.head.lower_ == "near" or (
            trigger.head.lower_ == "of" and trigger.head.head.lower_ in _BRINK)):
        # "the medical system in Mariupol is reportedly near collapse", "on the verge of
        # collapse": close to happening, not happened (read17: a man-made disaster); a
        # prospect, not an act that may have happened (read209: told as possible, it still
        # started an incident the writer hedged)
        return "future"
    if _conditions_for(trigger):
        return "future"  # "trying to create favorable conditions to capture X" (read129)
    if _staged_for(trigger):
        return "future"  # "intend to use X as a staging ground for further counterattacks"
    if _help_ahead(trigger):
        return "future"  # "the urgency of helping Ukraine regain control of X" (read131)
    if attempt_made(trigger):
        return "asserted"  # "made unsuccessful attempts to advance on X": fought for
    if _use_told(trigger):
        return "asserted"  # "announced the use of its Kinzhal missile to strike X on March 18"
    if trigger.dep_ in ("advcl", "acl", "relcl") and is_infinitive(trigger):
        return "future"  # "set conditions to fight", "sent troops to attack": a purpose
    if trigger.dep_ == "ccomp" and _bare_verb(trigger) and not any(
            c.dep_ == "aux" for c in trigger.children) and \
            trigger.head.lemma_.lower() in _DEMANDS:
        # "demanded that Ukraine withdraw Ukrainian police from Slavutych": the demanded act
        # (a bare verb after the demand) lies ahead (ISW 2022-03-26: a withdrawal told)
        return "future"
    if trigger.dep_ in ("ccomp", "xcomp") and is_infinitive(trigger) and \
            trigger.head.lemma_.lower() in _ENABLING and trigger.head.tag_ not in ("VBD", "VBN"):
        # "which would allow them to advance on Lysychansk", "will enable Russian forces to
        # attack": what is made possible lies ahead (read14: asserted fighting at Lysychansk)
        return "future"
    if trigger.dep_ in ("ccomp", "xcomp") and is_infinitive(trigger) and \
            trigger.head.lemma_.lower() in _ENABLING and any(
                c.dep_ == "aux" and c.lower_ in _HYPO_AUX for c in trigger.head.children):
        # "could have allowed Russian forces to advance on X": what a modal enabling verb
        # makes possible is hypothetical, whatever its tense (read26: a fight from a
        # counterfactual)
        return "hypothetical"
    if is_aim(trigger):
        return "future"  # "continued operations to capture X": the capture is their aim
    for via, head in chain:
        if via in ("pobj", "pcomp") and head.lower_ == "of" and \
                head.head.lemma_.lower() in _RISK_NOUNS:
            # "the risk of Ukrainian forces destroying the dam" (read27: the gerund a pcomp),
            # "discussed the likelihood of a counteroffensive on X": a prospect, not an act
            # that may have happened (read39: a possible one started an incident ISW hedged)
            return "future"
    if _prospect_before(trigger):
        return "future"
    if prepared_for(trigger):
        return "future"  # "in preparation for the resumption of offensive operations"
    if _aim_of_another_act(trigger) or _focus_ahead(trigger):
        return "future"
    if trigger.dep_ == "acl" and trigger.tag_ == "VB" and \
            trigger.head.lemma_.lower() in _FUTURE_VERBS | {"plan", "order", "attempt", "plot"}:
        return "future"  # "under orders to kill", "plans to attack": intended, not done
    for ch in trigger.children:
        if in_aside(ch) and not in_aside(trigger):
            continue  # read25: "a drone strike (likely with a loitering munition)" is no hedge
        if ch.dep_ in ("amod", "compound") and ch.lower_ in _POSSIBLE_MODS:
            return "possible"
        if ch.dep_ in ("amod", "compound") and ch.lower_ in _FUTURE_MODS:
            return "future"
    return "asserted"


def aside_of(tok) -> tuple[int, int] | None:
    """The token indexes (open, close) of the bracketed aside holding ``tok`` within its
    sentence, if any (read25)."""
    sent = tok.sent
    depth, opened = 0, None
    for t in sent:
        if t.i > tok.i:
            break
        if t.text == "(":
            depth, opened = depth + 1, t.i
        elif t.text == ")" and depth:
            depth -= 1
            opened = None if not depth else opened
    if opened is None or depth == 0 or opened == tok.i:
        return None
    for t in sent[opened - sent.start + 1:]:
        if t.text == ")":
            return opened, t.i
    return opened, sent.end


def in_aside(tok) -> bool:
    return aside_of(tok) is not None


# "Had the Russians taken Mariupol quickly, ...", "Were Russian forces to seize the dam, ...",
# "Should the offensive stall, ...": an auxiliary before its subject opens a condition (a
# counterfactual or a supposition), not a statement that the act happened
_INVERTING_AUX = {"had", "were", "should"}


def _inverted_condition(t) -> bool:
    """Does ``t``'s clause open with an auxiliary before its subject ("Had the Russians
    taken ...", "Were Russian forces to seize ...")?"""
    subj = next((c for c in t.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if subj is None:
        return False
    opener = t.doc[t.sent.start]
    return opener.lower_ in _INVERTING_AUX and opener.i < subj.i and (
        opener.head.i == t.i or t.head.i == opener.i)
