"""The tense of the clause around a time expression: what directs a bare weekday, month or
date ahead of publication or behind it.

"will meet on Friday", "is expected in December", "is scheduled to close Monday" speak of the
future; "the summit opens Monday" of the present (a day still to come); "was admitted on June
16" of the past (not a day ahead). Each function reads the parse (spaCy tags and dependencies)
of the clause that governs the span; everything else reads as the past, the news convention.
"""

from __future__ import annotations

_FUTURE_VERBS = {"expect", "schedule", "plan", "due", "slate", "set", "intend", "aim",
                 "suppose"}
# Verbs and nouns whose "to"-infinitive looks ahead: "agreed to buy it in January", "an
# agreement to acquire the bank in January", "plans to vote on Friday".
_FUTURE_GOVERNORS = _FUTURE_VERBS | {
    "agree", "hope", "seek", "want", "decide", "promise", "vow", "threaten", "pledge",
    "propose", "prepare", "agreement", "deal", "offer", "bid", "proposal", "plan", "intention",
    "attempt", "move", "effort", "poise"}


# Adjectives whose "to"-infinitive looks ahead (the war reports' "likely to", "poised to").
_LIKELY = {"likely", "unlikely", "poised", "about"}


def speaks_of_future(doc, start: int, end: int) -> bool:
    """Whether the clause around a span speaks of the future.

    "will meet on Friday", "is expected in December", "is scheduled to close Monday": the
    auxiliary "will"/"shall", "going to", or a governing verb of expecting or scheduling.
    Everything else reads as the past, the news convention.
    """
    tok = doc[start:end].root
    for _ in range(4):  # climb to the governing verb
        if tok.pos_ in ("VERB", "AUX") or tok.head is tok:
            break
        tok = tok.head
    tok = _reporting_verb(_tensed(tok), start)
    if _deferred(doc, start, tok) or _ahead_of(doc[start:end].root):
        return True
    prep = doc[start - 1] if start > 0 else None
    if tok.lemma_ in _FUTURE_VERBS and prep is not None and prep.lower_ == "for" and (
            prep.head.i == tok.i or prep.head.dep_ == "dobj" and prep.head.head.i == tok.i):
        return True  # "set a special meeting for 11 a.m. Friday": what was set is ahead

    # (Tried and dropped: reading the news present - "Talks resume Friday" - as future
    # lowered value F1 on the TimeBank dev half from 0.810 to 0.805.)
    def past_aux(t) -> bool:  # "had been scheduled", "was expected"
        return any(c.dep_ in ("aux", "auxpass") and c.tag_ in ("VBD", "VBN") for c in t.children)

    for _ in range(2):
        if tok.lemma_ in _FUTURE_VERBS and tok.tag_ in ("VBN", "JJ", "VBZ", "VBP") and \
                not past_aux(tok):
            return True  # "is expected in December", not "had been scheduled to expire"
        auxes = _auxes(tok)
        for child in auxes:
            # "would": the future seen from a reported past ("said it would pay in January")
            if child.lower_ in ("will", "'ll", "shall", "wo", "would"):
                return True
        # "should start in April", "might meet Friday": a modal of what is still to come, but
        # not "should have met" (a past seen from now) nor "could" (often past ability)
        # ("may be missing", "might be hiding": a guess about now, not what is to come)
        if any(c.lower_ in ("should", "might", "must", "may") for c in auxes) and \
                not any(c.lemma_ == "have" for c in auxes) and not (
                    tok.tag_ == "VBG" and any(c.lemma_ == "be" for c in auxes)):
            return True
        # "is going to vote Friday" - not "went to Kyiv on Friday" (a motion, in the past)
        if tok.lemma_ == "go" and tok.tag_ == "VBG" and any(
                c.dep_ == "xcomp" and any(g.lower_ == "to" for g in c.children)
                for c in tok.children):
            return True
        infinitive = any(c.dep_ == "aux" and c.lower_ == "to" for c in tok.children)
        if not infinitive or tok.head is tok:
            break
        if tok.head.lemma_ in _FUTURE_GOVERNORS and not past_aux(tok.head):
            return True
        if tok.head.lower_ in _LIKELY and tok.head.pos_ == "ADJ" and \
                tok.head.head.tag_ not in ("VBD", "VBN") and not past_aux(tok.head.head):
            return True  # "are unlikely to annex it by early September", not "were likely"
        if tok.head.lemma_ == "be" and tok.head.tag_ in ("VBZ", "VBP"):
            return True  # "is to be sentenced July 13": what is due
        if tok.dep_ in ("acl", "relcl") and tok.head.pos_ in ("NOUN", "PROPN"):
            return True  # "guidelines to be published in November": a noun's infinitive
        tok = tok.head  # "scheduled to close Monday": look at what governs the infinitive
    return False


def _tensed(verb):
    """The verb whose tense a time's clause has: ``verb``, or the verb it complements when the
    parser tagged it a past tense in an open complement ("will seize occupied territory by
    October 4" read as "seize" + xcomp "occupied"): a finite past is no complement, so the
    form is a participle and the tense is the head's (read219)."""
    if verb.dep_ == "xcomp" and verb.tag_ == "VBD" and verb.head.pos_ in ("VERB", "AUX"):
        return verb.head
    return verb


def _auxes(verb) -> list:
    """The auxiliaries of ``verb``, and those of a bare verb the parser hung on it as one
    ("will annex occupied territory by October 1" parsed as "will" on "annex", an aux of
    "occupied": the modal is the clause's; read219: a forecast dated a year back)."""
    auxes = [c for c in verb.children if c.dep_ in ("aux", "auxpass")]
    return auxes + [g for c in auxes if c.tag_ == "VB" for g in c.children
                    if g.dep_ in ("aux", "auxpass")]


def _ahead_of(tok, verb=None) -> bool:
    """ "Voters go to the polls ahead of Sunday's election", "security is tight ahead of
    talks on Friday", "in the run-up to Friday's vote": in a present-tense clause, what the
    clause comes ahead of is still to come."""
    for _ in range(6):
        if tok.head.i == tok.i or tok.pos_ in ("VERB", "AUX"):
            return False
        tok = tok.head
        if tok.lower_ == "ahead" or (tok.lower_ == "up" and any(
                c.lower_ == "run" for c in tok.children)):
            break
    else:
        return False
    for _ in range(4):
        if tok.pos_ in ("VERB", "AUX") or tok.head.i == tok.i:
            break
        tok = tok.head
    return tok.pos_ in ("VERB", "AUX") and tok.tag_ in ("VBZ", "VBP") and not any(
        c.dep_ in ("aux", "auxpass") and (c.tag_ in ("VBD", "VBN") or c.lemma_ == "have")
        for c in tok.children)


def _reporting_verb(verb, start: int):
    """ "He said on Monday he would resign": a time between a reporting verb and the subject
    of its reported clause dates the saying (the parser often hangs it on the clause)."""
    head = verb.head
    if verb.dep_ != "ccomp" or head.lemma_ not in REPORTING or not head.i < start < verb.i:
        return verb
    subj = [c.i for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")]
    if subj and start < min(subj) and not any(
            doc_tok.dep_ == "mark" and doc_tok.i < start for doc_tok in verb.children):
        return head
    return verb


# Verbs that move a time later: what they are put off (extended) to lies ahead, whatever
# the tense ("the hearing was postponed until Friday", "extended the deadline to March 15").
_DEFER = {"postpone", "delay", "adjourn", "defer", "reschedule", "extend", "push", "move",
          "prolong", "suspend"}


def _deferred(doc, start: int, verb) -> bool:
    """Whether the time is the new, later date of a verb of putting off ("until Friday")."""
    prep = doc[start - 1] if start > 0 else None
    return prep is not None and prep.lower_ in ("until", "till", "to", "through") and \
        prep.head.i == verb.i and verb.lemma_ in _DEFER


REPORTING = {"say", "report", "announce", "tell", "claim", "state", "add", "note", "confirm",
              "deny", "write", "post", "publish", "accord"}


def speaks_in_past(doc, start: int, end: int) -> bool:
    """Whether the clause around a span is in a past tense ("hit", "was hit", "has hit",
    "had been"): a time named bare there lies behind publication. Not a time that dates an
    adjective of the clause ("declared a dividend, payable Dec. 7", "effective Jan. 1")."""
    tok = doc[start:end].root
    for _ in range(4):
        if tok.pos_ in ("VERB", "AUX") or tok.head is tok:
            break
        if tok.head.pos_ in ("NOUN", "PROPN") and tok.dep_ in ("compound", "nmod", "amod",
                                                               "poss", "nummod"):
            return False  # "cancelled a May 9 election": the date is the election's
        tok = tok.head
        if tok.pos_ == "ADJ":
            return False
    if tok.pos_ not in ("VERB", "AUX"):
        return False
    tok = _reporting_verb(_tensed(tok), start)
    if _deferred(doc, start, tok) or tok.lemma_ in _FUTURE_VERBS:
        return False  # "set the hearing for April 1": a past act that names a time ahead
    auxes = _auxes(tok)
    if any(c.lower_ in ("will", "'ll", "shall", "would", "wo") for c in auxes):
        return False
    return tok.tag_ == "VBD" or any(c.tag_ == "VBD" or c.lemma_ == "have" for c in auxes)


def speaks_in_present(doc, start: int, end: int) -> bool:
    """Whether the clause around a span is in the present tense, not a reporting verb's:
    "the road is closed through mid-April", "members are pursuing reelection in May", "the
    summit opens Monday" - a time named bare there is as likely ahead of publication as
    behind it. "said Monday", "was closed", "has met" are not, nor a time that dates a noun
    ("follows Tuesday's declaration", "statements made Friday")."""
    tok = doc[start:end].root
    for _ in range(4):
        if tok.pos_ in ("VERB", "AUX") or tok.head is tok:
            break
        if tok.head.pos_ in ("NOUN", "PROPN") and tok.dep_ not in ("pobj",):
            return False  # the time qualifies a noun, not the clause
        if _compared(tok):
            return False  # "is trading at 125 yen, up from 124 on Friday": the earlier mark
        tok = tok.head
    if tok.pos_ not in ("VERB", "AUX") or tok.lemma_ in REPORTING:
        return False
    auxes = [c for c in tok.children if c.dep_ in ("aux", "auxpass")]
    if any(c.tag_ in ("VBD", "VBN") or c.lemma_ == "have" for c in auxes):
        return False
    if auxes:
        return any(c.tag_ in ("VBZ", "VBP") for c in auxes)
    if tok.tag_ == "VBP" and tok.lower_ in _SAME_IN_PAST:
        return False  # "stocks hurt the index on Friday": as likely the past tense
    return tok.tag_ in ("VBZ", "VBP")


def _compared(tok) -> bool:
    """ "up from 124 on Friday", "compared with a year ago", "higher than Monday's close": the
    mark a present figure is measured against, which lies behind it."""
    low, head = tok.lower_, tok.head.lower_
    return (low in ("from", "than") and head in ("up", "down", "higher", "lower", "more",
                                                 "less", "above", "below")) or \
        (low in ("with", "to") and head in ("compared", "compare", "comparison", "against"))


# Verbs whose past tense is written as the present (a tagger's VBP there is a guess).
_SAME_IN_PAST = {"hurt", "cut", "set", "put", "hit", "cost", "let", "shut", "spread", "quit",
                 "bid", "beat", "cast", "burst", "split", "upset", "shed", "forecast",
                 "broadcast", "read", "bet", "rid", "slit", "thrust", "wed"}
