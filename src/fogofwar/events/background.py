"""Background and hypothetical text that tells no event of the report (the thirtieth session's
events pass, from the analyst reads read227 and read228).

Small predicates over a candidate's trigger (a spaCy Token), called by extract_events (skip
the candidate) and by polarity.modality (the mood the trigger takes):

- ``participle_of_a_list``: a participle of held ground the parser took for a verb joined to
  another clause ("... would encompass A, and occupied settlements in B and C") is a noun
  phrase's modifier, a status and no taking (read227 class 3: two oblast-wide captures);
- ``forecast_conjunct``: a bare verb the parser joined to a finite verb of expecting or
  planning whose own complement is the expected act ("likely expect to break out of X and
  then encircle Y or attack it") shares that complement's mood, an act ahead (read227
  class 3: a battle from the writer's forecast);
- ``false_flag_guess``: "may have staged false flag attacks in X" is the writer's guess at
  who is behind blasts told elsewhere, no strike of its own (read227 class 3: two strikes
  by the stager);
- ``time_in_aside``: a date inside a bracketed aside the act is outside of ("units with
  T-80BV tanks (a variant produced in 1985) to X Oblast") dates the aside's thing, not the
  act (read227 class 6: the new transport event dated 1985);
- ``compared_performance``: "units are fighting better in X than conscripts" weighs how
  forces fight, no fight of the day (read230 class 4: a leader's praise made a battle).
"""

from __future__ import annotations

from .polarity import aside_of

# participles that name ground held ("occupied settlements", "liberated territories")
_HELD_PARTICIPLES = {"occupy", "liberate", "capture", "seize", "annex", "recapture", "retake"}
# verbs whose complement is an act expected or planned, not done
_EXPECTING = {"expect", "plan", "intend", "hope", "aim", "seek", "want", "anticipate",
              "prepare", "try", "attempt"}
_SUBJECT_DEPS = {"nsubj", "nsubjpass", "csubj", "expl"}
_DETERMINERS = {"det", "poss", "nummod", "predet"}


def _clause_verb(tok):
    """The verb (or auxiliary) whose clause holds ``tok``: ``tok`` itself if a verb."""
    t = tok
    for _ in range(12):
        if t.pos_ in ("VERB", "AUX"):
            return t
        if t.head.i == t.i:
            return None
        t = t.head
    return None


def _word_before_and(tok):
    """The word before the "and" (and any comma) that opens ``tok``'s conjunct, if any."""
    doc = tok.doc
    i = tok.i - 1
    if i < 0 or doc[i].lower_ not in ("and", "or"):
        return None
    i -= 1
    while i >= 0 and doc[i].is_punct:
        i -= 1
    return doc[i] if i >= 0 else None


def participle_of_a_list(trig) -> bool:
    """Is ``trig`` a participle of held ground ("occupied") the parser made a verb joined by
    "and" to another clause, while it modifies a bare plural listed after that clause's
    object: "a district which would encompass Donbas, and occupied settlements in A and B"?

    It is so read when it has no subject of its own, its object is a bare plural (no article,
    possessive or number), and the clause before the "and" is another one than its head's
    (the noun before "and" belongs to a relative clause), or its head is a bare verb under a
    modal while it is past ("would include A, and occupied B"). "Forces shelled A and
    occupied settlements in B" (one subject, two past acts) stays a taking (read227 class 3:
    two oblast-wide captures from a description of a planned district)."""
    if trig.dep_ != "conj" or trig.tag_ not in ("VBD", "VBN") or \
            trig.lemma_.lower() not in _HELD_PARTICIPLES:
        return False
    if any(c.dep_ in _SUBJECT_DEPS or c.dep_ in ("aux", "auxpass") for c in trig.children):
        return False
    obj = next((c for c in trig.children if c.dep_ == "dobj"), None)
    if obj is None or obj.tag_ != "NNS" or any(c.dep_ in _DETERMINERS for c in obj.children):
        return False
    if any(t.ent_type_ == "DATE" for t in trig.subtree):
        return False  # "and occupied villages in B on May 3": dated, an act
    head = trig.head
    before = _word_before_and(trig)
    if before is None or before.pos_ not in ("NOUN", "PROPN"):
        return False
    other_clause = _clause_verb(before) is not None and _clause_verb(before).i != head.i
    modal_head = head.tag_ == "VB" and any(
        c.dep_ == "aux" and c.tag_ == "MD" for c in head.children)
    return other_clause or modal_head


def forecast_conjunct(trig) -> bool:
    """Is ``trig`` a bare verb (no subject, no auxiliary) the parser joined to a finite verb
    of expecting or planning that has its own infinitive complement before ``trig``: "the
    Russians likely expect to break out of X and then encircle Y or attack it"? The bare verb
    continues the expected complement (its finite head would agree: "expect ... and
    encircle" read as two acts left the encircling asserted; read227 class 3). A chain of
    bare conjuncts ("encircle Y or attack it") is followed to its first member."""
    t = trig
    for _ in range(4):
        if t.dep_ != "conj" or t.tag_ != "VB" or any(
                c.dep_ in _SUBJECT_DEPS or c.dep_ in ("aux", "auxpass") for c in t.children):
            return False
        head = t.head
        if head.tag_ == "VB" and head.dep_ == "conj":
            t = head
            continue
        if head.tag_ not in ("VBP", "VBZ", "VBD") or \
                head.lemma_.lower() not in _EXPECTING:
            return False
        return any(c.dep_ == "xcomp" and c.i < t.i for c in head.children)
    return False


def false_flag_guess(trig, mood: str) -> bool:
    """Is ``trig`` an act named a "false flag" ("false flag attacks", "a false-flag
    provocation") that the writer does not assert ("may have staged false flag attacks in
    A and B")? It is a guess at who is behind blasts told elsewhere, not a strike by the
    one said to stage it (read227 class 3: two strikes typed shelling by the stager); an
    asserted staged blast stays an event."""
    if mood == "asserted":
        return False
    words = {c.lower_ for c in trig.children if c.dep_ in ("amod", "compound")}
    words |= {g.lower_ for c in trig.children if c.dep_ in ("amod", "compound")
              for g in c.children if g.dep_ in ("amod", "compound")}
    return "flag" in words and "false" in words or "false-flag" in words


def compared_performance(trig) -> bool:
    """Is ``trig`` a verb of fighting compared with another's ("are fighting better in X than
    professional soldiers", "fight more effectively than conscripts")? A comparative adverb
    and a "than" phrase on the verb weigh a quality, they tell no act (read230 class 4: a
    battle at a region from a leader's praise of proxy corps)."""
    if trig.pos_ != "VERB":
        return False
    than = any(c.dep_ == "prep" and c.lower_ == "than" for c in trig.children)
    graded = any(c.dep_ == "advmod" and (c.tag_ == "RBR" or any(
        g.tag_ == "RBR" for g in c.children)) for c in trig.children)
    return than and graded


def time_in_aside(doc, trig, start: int, end: int) -> bool:
    """Is the time at tokens ``start``..``end`` inside a bracketed aside that ``trig`` is not
    in ("transporting units with tanks (a variant produced in 1985) to X": the year the
    tanks were made, not when they moved)?"""
    if end <= start:
        return False
    held = aside_of(doc[start])
    return held is not None and aside_of(trig) != held
