"""Attribution finding: (source, cue, content) triples read off spaCy's dependency parse.

Three cue shapes, the ones reports use:
- a reporting verb ("X said that ...", "X claimed to have ...", "X accused Y of Z", "X alluded
  to Y", "As ISW assessed, ..."): the source is the verb's subject (inherited through
  coordination, participles and relative clauses), the content its clausal complement, its
  infinitive, or its object;
- "according to X": the source is the object of "to", the content the clause it modifies;
- an owned cue noun ("Miroshnik's claims of ...", "Russian and Ukrainian claims that ...",
  "voiced concern that ..."): the owner is the source.
The parse of the small English model breaks on ISW's glued citation markers ("explosions.[5"),
so a "that"-clause is also read left to right when the parse has no clausal complement.
Cue candidates come from one spaCy Matcher (lemma and POS patterns over the cue lexicon, plus
"according to"); everything here is token-level, and quotes, source resolution and
factuality come after.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from ..events.lexicon_events import PICTURE_NOUNS
from ..nlp.syntax import nobody_subject
from .cues import (ALIAS_WORDS, CERTAIN, CLAUSE_ONLY_VERBS, CUE_NOUNS, CUE_VERBS,
                   DENIAL_VERBS, INFERENCE_VERBS, LIGHT_VERBS, OBJECT_PREP_VERBS,
                   PREP_CONTENT_VERBS, SOURCE_DESCRIPTORS, VERIFY_VERBS)
from .registry import FORCE_HEADS, classify, lookup


@dataclass(frozen=True, slots=True)
class Attribution:
    """One attribution found in the parse; spans are (start, end) character offsets."""

    source: tuple[int, int]
    cue: tuple[int, int]
    content: tuple[int, int]
    cue_lemma: str
    cue_token: int
    content_root: int | None  # token index of the content's main word (hedges, negation)
    negated: bool = False
    noun_cue: bool = False


_REL_PRONOUNS = {"which", "who", "that", "whom"}
_PRONOUN_SOURCES = {"he", "she", "they", "it", "we", "i", "some", "others", "many", "both",
                    "one", "several", "all", "most"}
_ANAPHORIC_OBJECTS = {"this", "that", "it", "these", "those", "them", "claim", "claims",
                      "report", "reports", "veracity", "statement", "statements", "either",
                      "information", "details", "detail", "figure", "figures", "number",
                      "numbers", "comment", "anything", "nothing", "reporting"}
_INANIMATE = {"attack", "strike", "shelling", "incident", "fighting", "operation", "advance",
              "loss", "casualty", "explosion", "offensive", "assault", "fire", "damage",
              "withdrawal", "counteroffensive", "counterattack", "activity", "effort"}
_TRAIL = re.compile(r"(?:\s|[.,;:—–-]|\.?\[\d*\]?|\])+$")
_LEAD = re.compile(r"^(?:\s|[,;:—–-]|that\b)+", re.I)
_CUT_ADVCL = re.compile(r",\s+(likely|possibly|probably|almost certainly|indicating|"
                        r"suggesting|confirming|although|though|while|but ISW|"
                        # the writer's inference from what is said (read80: "..., which
                        # suggests that X" stood as the speaker's claim of X)
                        r"which\s+(?:likely\s+|may\s+|could\s+|further\s+)?"
                        r"(?:suggests?|indicates?|implies|imply|shows?|means?)|"
                        # the speaker's own next act: "reported that X, but did not provide
                        # visual evidence" (read29: the lack of evidence was the content's)
                        r"but (?:did|have|has|had) not (?:yet )?(?:provide|offer|present|show))\b")


_CITATION = re.compile(r"^\.?\[\d+\]?$|^\]$")
_BOUNDARY = re.compile(r"\.?\[\d+\]|\n")


_LAST: list = [None, ""]  # (doc, its text): Doc.text rebuilds the string on every access


def _text(doc) -> str:
    if _LAST[0] is not doc:
        _LAST[0], _LAST[1] = doc, doc.text
    return _LAST[1]


doc_text = _text  # the doc's text, built once per doc (for the other claims modules)


def trim(text: str, start: int, end: int) -> tuple[int, int]:
    """Drop leading "that"/punctuation and trailing punctuation and citation markers [n].

    A span never crosses a line break or a citation marker: in ISW's text "[12]" ends a
    sentence, but the model's tokenizer glues it to the word before ("explosions.[5"), so its
    sentence splitter and parse run on across it.
    """
    b = _BOUNDARY.search(text, start, end)
    if b:
        end = b.start()
    seg = text[start:end]
    m = _LEAD.match(seg)
    if m:
        start += m.end()
        seg = text[start:end]
    m = _TRAIL.search(seg)
    if m:
        end = start + m.start()
    # an unmatched trailing closing quote mark belongs to a quote the span does not open
    seg = text[start:end]
    if seg.endswith(("”", '"', "»")) and not any(q in seg[:-1] for q in "“\"«"):
        end -= 1
        end = start + len(text[start:end].rstrip(" ,.;:"))
    return start, max(start, end)


def _tok_span(doc, first: int, last: int) -> tuple[int, int]:
    return doc[first].idx, doc[last].idx + len(doc[last].text)


# Nouns that name who speaks: a source's head
_SPEAKER_HEADS = {"sources", "source", "bloggers", "milbloggers", "blogger", "milblogger",
                  "officials", "official", "authorities", "channels", "channel", "spokesman",
                  "spokesperson", "spokeswoman", "minister", "ministry", "governor", "head",
                  "commander", "mayor", "president", "adviser", "advisor", "representative",
                  "staff", "command", "administration", "correspondent", "correspondents",
                  # people who saw or heard it (read33: "Satellite imagery shows barge
                  # movement near X and locals stated ..." made "Barge movement near X and
                  # locals" a source)
                  "locals", "local", "residents", "resident", "witnesses", "witness",
                  "eyewitnesses", "eyewitness", "journalist", "journalists", "reporter",
                  "reporters"}
# What a denial withholds from people, or the access it refuses, is no statement denied:
# "denied the inhabitants of Irpin water" (read32), "denied access to the plant"
_WITHHELD_FROM = {"inhabitant", "resident", "civilian", "people", "population", "citizen",
                  "prisoner", "access", "entry", "permission", "passage", "visa", "request"}


def _speaker_conjunct(head):
    """The conjunct after "and" that names the speaker, where the parser made the speaker a
    conjunct of the object before it: "are forming reserves and a spokesman for the Odesa
    Military Administration stated", "encircle the ... area and Ukrainian sources reported"
    (read15, read16: "Reserves and a spokesman ..." and "Lysychansk area and Ukrainian
    sources" stood as sources)."""
    if head.pos_ != "NOUN" or head.lemma_.lower() in _SPEAKER_HEADS:
        return None
    for c in head.rights:
        if c.dep_ == "conj" and _speaker(c):
            return c
    return None


def _one_person_described_twice(head) -> bool:
    """"Russian milblogger and DNR serviceman Maksim Fomin": a bare singular description of
    no name (no determiner) joined to a named person is that one person (read216: Fomin
    stood as "Russian milbloggers")."""
    if head.tag_ != "NN" or any(c.dep_ == "det" for c in head.children):
        return False
    return any(c.dep_ == "conj" and c.ent_type_ == "PERSON" for c in head.rights)


def _speaker(t) -> bool:
    return t.lower_ in _SPEAKER_HEADS or t.lemma_.lower() in _SPEAKER_HEADS or \
        t.ent_type_ in ("PERSON", "ORG")


def _speaker_after_and(np_):
    """The part of a noun phrase after its last "and" when only that part names a speaker
    ("the Rubizhne-Severodonetsk-Lysychansk area and Ukrainian sources" before "reported")."""
    doc = np_.doc
    for i in range(np_.end - 1, np_.start, -1):
        if doc[i].lower_ == "and":
            before, after = doc[np_.start:i], doc[i + 1:np_.end]
            # (the words before "and" end in a thing, not a speaker: "... area and")
            # (or in a place: "barge movement near Kherson and locals", read33)
            if len(after) and len(before) and any(_speaker(t) for t in after) and \
                    not _speaker(before[-1]) and before[-1].pos_ in ("NOUN", "PROPN"):
                return after
            break
    return np_


def _source_span(doc, head) -> tuple[int, int]:
    """The source noun phrase: the head's subtree without relative/participial clauses and
    without a parenthesis or apposition after the head ("Igor Girkin (also known as ...)")."""
    head = _speaker_conjunct(head) or head
    head = _named_member(head) or head
    left = head.left_edge.i
    right = head.i
    for child in head.rights:
        if child.dep_ == "cc" and _one_person_described_twice(head):
            continue
        if child.dep_ in ("relcl", "acl", "punct", "advcl", "cc") or child.text in "([":
            break
        if child.dep_ == "appos" and doc[child.left_edge.i - 1].text in "(,":
            break
        if child.dep_ == "prep" and child.lower_ in ("from", "on", "of") and any(
                o.dep_ == "pobj" and o.ent_type_ in ("DATE", "TIME") for o in child.children):
            break  # "Social media footage from September 20": when, not who (read19)
        right = child.right_edge.i
    if head.dep_ == "nsubj" and (head.lower_ in _DESCRIPTOR_HEADS and right == head.i or
                                 doc[right].lower_ in _ALIAS_WORDS):
        # "Ukrainian news source Ria-Melitopol reported", "a milblogger under the pseudonym
        # Boytsovyi Kot Murz claimed": the parse takes the name for a second subject; it is
        # the source the descriptor describes (read217, read216)
        j = right + 1
        while j < head.head.i and (doc[j].pos_ == "PROPN" or doc[j].text in "-–"):
            j += 1
        if j == head.head.i and j > right + 1 and doc[j - 1].pos_ == "PROPN":
            right = j - 1
    # stop at an opening parenthesis that follows the head word itself
    for i in range(head.i + 1, right + 1):
        if doc[i].text == "(" and i > head.i and not _acronym_within(doc, i, right):
            right = i - 1
            break
    while left < head.i and (doc[left].dep_ == "punct" or _CITATION.match(doc[left].text) or
                             doc[left].is_space):
        left += 1  # a citation marker the tokenizer split off opens the next sentence
    left = _name_split_off(doc, left)
    s, e = _tok_span(doc, left, max(left, right))
    nl = _text(doc).rfind("\n", s, head.idx)  # a heading line glued on by the parse
    if nl >= 0:
        s = nl + 1
    return _drop_dateline(_text(doc), *trim(_text(doc), s, e))


def _acronym_within(doc, i: int, right: int) -> bool:
    """Is the parenthesis opening at ``i`` an acronym inside a name that goes on to
    ``right`` in proper nouns ("Deputy Head of the Donetsk People's Republic (DNR) Militia
    <Name>")? The phrase is one source up to its last word, the person it names (read227:
    the title's republic stood as the source, the person as another one)."""
    if i + 3 > right or doc[i + 2].text != ")":
        return False
    acr = doc[i + 1].text
    return 2 <= len(acr) <= 6 and acr.isupper() and acr.isalpha() and \
        all(doc[k].pos_ == "PROPN" for k in range(i + 3, right + 1))


# Group nouns that a named member ("sources, including the 11th Regiment") narrows
_NARROWED_GROUPS = {"source", "milblogger", "blogger", "official", "outlet", "channel",
                    "authority", "correspondent"}


def _named_member(head):
    """The named member of a group speaker ("Various Russian sources, including <Body>,
    claimed"), else None: the named one is the source the text gives (read228: the claim
    stood under the side's unnamed sources)."""
    if head.tag_ != "NNS" or head.lemma_.lower() not in _NARROWED_GROUPS:
        return None
    for c in head.rights:
        if c.dep_ == "prep" and c.lower_ == "including":
            objs = [o for o in c.children if o.dep_ == "pobj"]
            if objs and objs[0].pos_ == "PROPN":
                return objs[0]
    return None


_DESCRIPTOR_HEADS = frozenset(SOURCE_DESCRIPTORS)
_ALIAS_WORDS = frozenset(ALIAS_WORDS)


# A wire dateline opening a story ("KURSK REGION - Russia said"): capitals, then a dash.
_DATELINE = re.compile(r"[A-Z][A-Z .,'/()]*[A-Z)]\.?\s*(?:\([^)]*\))?\s*[-–—]+\s+(?=\S)")


def _drop_dateline(text: str, s: int, e: int) -> tuple[int, int]:
    """A source phrase never includes the dateline the parse glued to it."""
    m = _DATELINE.match(text, s, e)
    if m and m.end() < e and (s == 0 or text[s - 1] == "\n"):
        return m.end(), e
    return s, e


def _is_date(doc, s: int, e: int) -> bool:
    """"March 14", "On October 24": a time phrase taken for a source."""
    span = doc.char_span(s, e, alignment_mode="expand")
    words = [t for t in span or () if t.is_alpha or t.like_num]
    return bool(words) and all(t.ent_type_ in ("DATE", "TIME") or t.pos_ == "ADP"
                               for t in words)


def _name_split_off(doc, left: int) -> int:
    """"[11] Donetsk | Oblast Head Pavlo Kyrylenko noted": the parser sometimes makes the
    first word of a name a sentence of its own; a source phrase takes it back when that
    sentence is nothing but proper nouns right before the phrase."""
    if left == 0 or not doc[left].is_sent_start or doc[left].pos_ != "PROPN":
        return left
    prev = doc[left - 1].sent
    if prev.end == left and len(prev) <= 3 and all(
            t.pos_ == "PROPN" and not _CITATION.match(t.text) for t in prev) and \
            "\n" not in doc[prev.start:left + 1].text:
        # (a citation marker, a sentence of its own and tagged PROPN, is no word of a name:
        # read42, "...Severodonetsk.[13] Luhansk Oblast Administration Head ... reported"
        # lost its source)
        return prev.start
    return left


def _subject(verb, depth: int = 0):
    """The token that is the source of a cue verb, or None."""
    if depth > 4:
        return None
    for c in verb.children:
        if c.dep_ == "nsubj":
            if c.lower_ in _REL_PRONOUNS and verb.dep_ == "relcl":
                return verb.head
            return c
    for c in verb.children:
        if c.dep_ == "nsubjpass":
            for a in verb.children:
                if a.dep_ == "agent":
                    objs = [o for o in a.children if o.dep_ == "pobj"]
                    return objs[0] if objs else None
            return None
    if verb.dep_ == "conj" and verb.head.pos_ in ("VERB", "AUX"):
        before = _verb_before_aside(verb)
        if before is not None:
            # "X blamed Y for Z (though it is unlikely Y would do Z) and claimed that ...":
            # the parse joins the saying to the aside's verb; the saying is X's (read151: Y
            # stood as the source and made a battle confirmed)
            return _subject(before, depth + 1)
        outer = _outer_speaker_verb(verb)
        speaker = _subject(outer, depth + 1) if outer is not None else None
        # "Haidai denied Kadyrov's claims that Russian forces have seized X and noted that
        # ...": the parser hangs "noted" on the reported "seized"; the noting is Haidai's
        return speaker if speaker is not None else _subject(verb.head, depth + 1)
    if verb.dep_ in ("advcl", "xcomp") and (verb.tag_ == "VBG" or verb.dep_ == "xcomp"):
        # "X claimed ..., rejecting reports", "X stated ... while admitting": X's subject
        reporter = _reporting_clause_head(verb.head) if verb.tag_ == "VBG" \
            and verb.lemma_.lower() in CUE_VERBS else None
        if reporter is not None:
            # "X claimed that Y launched the strike as a false flag, ludicrously claiming
            # that ...": a speech participle on a reported clause is X's, not Y's
            return _subject(reporter, depth + 1)
        return _subject(verb.head, depth + 1)
    if verb.dep_ == "pcomp" and verb.head.dep_ == "prep" and \
            verb.head.head.pos_ in ("VERB", "AUX"):
        # "X, despite having reported Y, ...": the subject of the clause the phrase modifies
        reporter = _speech_on_reported(verb)
        return _subject(reporter or verb.head.head, depth + 1)
    if verb.dep_ == "acl" and verb.tag_ == "VBG" and verb.head.pos_ in ("NOUN", "PROPN"):
        shown = verb.head
        pic = shown.head.head if shown.dep_ == "pobj" and shown.head.lower_ == "of" else None
        if pic is not None and pic.lemma_.lower() in PICTURE_NOUNS and \
                pic.head.pos_ in ("VERB", "AUX") and pic.dep_ == "dobj":
            # "sources published footage of smoke claiming that ...": the publishers claim,
            # not what the footage shows (read156: a source "Smoke")
            return _subject(pic.head, depth + 1)
        return shown if _agentive(shown) else None
    return None



def _speech_on_reported(verb):
    """For a speech verb in a phrase on a reported clause ("X reported that forces shot down
    drones after previously not confirming that forces entered the town"), the verb that
    reports that clause ("reported"), else None: the speaking is the reporter's, never the
    subject of the act it reports (read230: the actor, "Ukrainian forces", stood as the
    source of the confirmation and the command as its relay)."""
    if verb.lemma_.lower() not in CUE_VERBS:
        return None
    act = verb.head.head
    doer = next((c for c in act.children if c.dep_ == "nsubj"), None)
    if doer is None or not {doer.lower_, doer.lemma_.lower()} & FORCE_HEADS:
        return None  # (only an armed force, which does not speak, gives way to the reporter)
    return _reporting_clause_head(act)


def _verb_before_aside(verb):
    """For a verb outside brackets joined to a verb inside them, the verb with a subject
    told before the brackets open, else None."""
    sent = verb.sent
    opened = None
    for t in sent:
        if t.i >= verb.i:
            break
        if t.text == "(":
            opened = t.i
        elif t.text == ")":
            if opened is not None and opened < verb.head.i < t.i:
                for k in range(opened - 1, sent.start - 1, -1):
                    v = verb.doc[k]
                    if v.pos_ in ("VERB", "AUX") and any(
                            c.dep_ == "nsubj" for c in v.children):
                        return v
                return None
            opened = None
    return None


def _outer_speaker_verb(verb):
    """For a speech verb with no subject of its own coordinated with a reported clause's verb
    (``verb.head`` the content of a cue: "claims that forces seized X and noted that ..."),
    the verb of the clause that reports it ("denied"), else None."""
    if verb.lemma_.lower() not in CUE_VERBS or any(
            c.dep_ in ("nsubj", "nsubjpass") for c in verb.children):
        return None
    h = verb.head
    if h.dep_ not in ("acl", "ccomp") or not any(c.dep_ == "mark" and c.lower_ == "that"
                                                  for c in h.children):
        return None
    g = h.head
    if g.pos_ in ("NOUN", "PROPN") and g.head.pos_ in ("VERB", "AUX"):
        g = g.head
    return g if g.pos_ in ("VERB", "AUX") and g.i < verb.i else None


def _before_outer(doc, first: int, last: int) -> int:
    """``last``, or the token before a speech verb in doc[first:last] that is the outer
    speaker's next statement (``_outer_speaker_verb``), less its "and" or comma."""
    for i in range(first + 1, last + 1):
        if doc[i].dep_ == "conj" and _outer_speaker_verb(doc[i]) is not None:
            end = i - 1
            while end > first and doc[end].dep_ in ("cc", "punct"):
                end -= 1
            return end
    return last


def _misparsed_tail(doc, verb, last: int) -> int:
    """``last``, or the end of a list the parser cut off the content and hung on the cue:
    "reported that Russian forces continued routine artillery, MLRS, and kamikaze drone
    strikes against X" parses "kamikaze" as a bare verb joined to "reported" (read39: the
    strikes on three towns lost their sources). A conjunct of the cue in the base form, with
    no subject, right after the content's "and", is the content's own last item."""
    for c in verb.children:
        if c.dep_ == "conj" and c.i > last and c.tag_ == "VB" and verb.tag_ != "VB" and \
                not any(g.dep_ in ("nsubj", "nsubjpass", "aux") for g in c.children) and \
                all(doc[k].dep_ in ("cc", "punct") or doc[k].i == c.i
                    for k in range(last + 1, c.left_edge.i + 1)) and \
                any(doc[k].lower_ == "and" and doc[k].head.i <= last
                    for k in range(max(0, c.left_edge.i - 2), c.left_edge.i)):
            return c.right_edge.i
    return last


def _reporting_clause_head(verb):
    """The reporting verb whose content clause ``verb`` is (through coordinated clauses:
    "claimed both that A and that B"), or None."""
    t = verb
    for _ in range(4):
        if t.dep_ == "conj" and t.head.i != t.i:
            t = t.head
            continue
        if t.dep_ == "ccomp" and t.head.lemma_.lower() in CUE_VERBS:
            return t.head
        return None
    return None


# Heads of a subject that name a state of affairs, not a teller, before "indicates"
_STATES_OF_AFFAIRS = {"willingness", "readiness", "ability", "inability", "failure", "decision",
                      "fact", "continuation", "pace", "scale", "scope", "nature", "extent",
                      "presence", "absence", "lack", "use", "deployment", "concentration",
                      "movement", "arrival", "appearance", "increase", "decrease", "intensity",
                      "persistence", "success", "rate", "tempo", "choice", "reluctance"}


def _agentive(tok, strict: bool = False) -> bool:
    """Whether a subject can be a source: a person, body, group, pronoun or record.

    ``strict`` (for "show", "indicate", "suggest"...): a bare proper noun is not enough, as a
    place can "indicate" too ("Privillya indicates that ...").
    """
    if not strict:  # say/claim/report: any subject but an event or a quantity
        return tok.lemma_.lower() not in _INANIMATE and tok.ent_type_ not in (
            "DATE", "TIME", "CARDINAL", "PERCENT", "QUANTITY", "MONEY")
    if tok.lower_ in _PRONOUN_SOURCES or tok.pos_ == "PRON":
        return True
    if tok.ent_type_ in ("PERSON", "ORG", "NORP"):
        return True
    if tok.lemma_.lower() in _STATES_OF_AFFAIRS:
        # "The willingness of Ukrainian forces to concentrate ... indicates X": a state of
        # affairs the writer reads, though a party is named in it (read127: a source
        # "Willingness of Ukrainian forces")
        return False
    s, e = _source_span(tok.doc, tok)  # the phrase without its relative clause
    phrase = _text(tok.doc)[s:e]
    if lookup(phrase) is not None:
        return True
    kind, _ = classify(phrase)
    if kind != "other":
        return True
    return tok.lemma_.lower() in {"source", "user", "resident", "witness", "critic", "analyst",
                                  "observer", "expert", "report", "document", "record",
                                  "footage", "people"}


def _complement_in_agent(by):
    """The "that" of the cue noun's complement that the parse hung on the speaker as a
    relative clause ("claims made by some milbloggers that Ukrainian troops attacked X": a
    relative clause takes "that" as its subject or object, never as its mark), else None
    (read220: the claim and its speaker were lost)."""
    for t in by.subtree:
        if t.lower_ == "that" and t.dep_ == "mark" and t.head.dep_ == "relcl" \
                and t.head.head.head.i == by.i:
            return t
    return None


def _that_clause(doc, that_i: int, cue_heads: set[int]) -> tuple[int, int] | None:
    """Tokens after "that" up to where the parse goes back to the cue's own clause."""
    sent_end = doc[that_i].sent.end
    last = None
    for i in range(that_i + 1, sent_end):
        t = doc[i]
        if t.i in cue_heads and last is not None:
            # back at the verb the cue hangs from: "claims that X [are likely false]"
            break
        if t.head.i in cue_heads and t.i != t.head.i and t.dep_ != "punct" and last is not None \
                and doc[i - 1].text == ",":
            last = i - 2
            break
        if t.dep_ == "conj" and last is not None and _outer_speaker_verb(t) is not None:
            # "... seized Severodonetsk and noted that ...": the speaker's next statement
            last = i - 1
            while last > that_i and doc[last].dep_ in ("cc", "punct"):
                last -= 1
            break
        last = i
    if last is None or last <= that_i:
        return None
    return _tok_span(doc, that_i + 1, last)


# a clause opened by one of these says when or why, never what was said (a parse that
# takes it for the cue's complement is wrong)
_ADVERBIAL_MARKS = {"after", "before", "when", "while", "because", "since", "until", "once",
                    "although", "though", "as", "whereas"}


def _clause_after_cue(doc, verb, lemma: str) -> tuple[tuple[int, int], int] | None:
    """Content of a verb cue: ccomp, "that"-clause, infinitive, prepositional or direct object."""
    kids = list(verb.children)
    ccomps = [c for c in kids if c.dep_ == "ccomp"]
    ccomps = [c for c in ccomps if not _crosses(doc, verb.idx, c.left_edge.idx)
              and not any(m.dep_ == "mark" and m.lower_ in _ADVERBIAL_MARKS
                          for m in c.children)]  # "..., a day after X acknowledged": when
    after = [c for c in ccomps if c.i > verb.i]
    # the word after the cue (skipping adverbs, "on DATE", "in a statement"): is it "that"?
    j = verb.i + 1
    while j < len(doc) and j < verb.i + 12 and doc[j].text != "that" and \
            (doc[j].dep_ in ("advmod", "prep", "pobj", "det", "amod", "compound", "nummod",
                             "punct", "npadvmod", "prt") and doc[j].text not in ".;"):
        j += 1
    that_i = j if j < len(doc) and doc[j].lower_ == "that" and doc[j].dep_ in \
        ("mark", "nsubj", "det", "dobj", "advmod", "ccomp") else None
    if that_i is None and j < len(doc) and doc[j].lower_ in ("if", "whether") and \
            lemma in VERIFY_VERBS:  # "cannot verify if shelling occurred"
        that_i = j
    if after:
        c = after[0]
        first = c.left_edge.i
        if that_i is not None and first > that_i + 1:
            first = that_i + 1
        first = max(first, verb.i + 1)
        last = _misparsed_tail(doc, verb, c.right_edge.i)
        return _tok_span(doc, first, _before_outer(doc, first, last)), c.i
    if that_i is not None:
        span = _that_clause(doc, that_i, {verb.i, *(a.i for a in verb.ancestors)})
        if span:
            roots = [t for t in doc[that_i + 1: that_i + 30] if t.head.i < that_i + 1
                     or t.head.i == t.i]
            return span, (roots[0].i if roots else that_i + 1)
    if ccomps:  # a complement before the cue: '"...," Zelensky declared'
        c = ccomps[-1]
        return _tok_span(doc, c.left_edge.i, min(c.right_edge.i, verb.i - 1)), c.i
    if lemma in CLAUSE_ONLY_VERBS:
        return None  # "maintained positions near X": no speech without a clause
    for c in kids:
        if c.dep_ == "xcomp" and c.i > verb.i and any(a.lower_ == "to" for a in c.children):
            if lemma in ("claim", "appear", "report", "threaten", "promise", "vow", "pledge",
                         "expect", "deny", "admit"):
                return _tok_span(doc, c.left_edge.i, c.right_edge.i), c.i
        if c.dep_ == "xcomp" and c.i > verb.i and c.tag_ == "VBG" and lemma in _GERUND_SPEECH \
                and any(k.dep_ in ("dobj", "prep", "prt") or k.dep_ in ("advmod", "npadvmod")
                        and any(g.dep_ == "prep" for g in k.children) for k in c.children):
            # (a bearing counts as its words: "reported fighting south of X in A", read56)
            # (with words of its own: "the positions which X denied using" is no speech)
            # "reported destroying several tanks near X", "denied shelling the plant": the
            # act told as a gerund is what is said (read46: the brigade's claim was lost)
            return _tok_span(doc, c.left_edge.i, _before_outer(doc, c.left_edge.i,
                                                               c.right_edge.i)), c.i
    for prep_words in (PREP_CONTENT_VERBS.get(lemma, ()),):
        for c in kids:
            if c.dep_ == "prep" and c.lower_ in prep_words and c.i > verb.i:
                objs = [o for o in c.children if o.dep_ in ("pobj", "pcomp")
                        and o.ent_type_ not in ("DATE", "TIME")]  # "reported on Tuesday"
                if objs and not any(k.dep_ == "dobj" and k.i < c.i for k in kids):
                    o = objs[0]
                    return _tok_span(doc, o.left_edge.i, o.right_edge.i), o.i
    for c in kids:
        if c.dep_ == "dobj" and c.i > verb.i and lemma in _THATLESS_SPEECH:
            told = _subjects_split_off(verb, c)
            if told is not None:
                # "claimed Ukrainian special forces and partisan groups destroyed a bridge in
                # X", parsed as a claim of the forces and a second clause: the clause with
                # both subjects is what is said (read162: only the forces were said)
                return _tok_span(doc, c.left_edge.i, told.right_edge.i), told.i
        if c.dep_ in ("dobj", "attr") and c.i > verb.i:
            if c.lower_ in _ANAPHORIC_OBJECTS and lemma not in DENIAL_VERBS and not any(
                    k.dep_ in ("acl", "relcl", "prep", "ccomp") for k in c.children):
                return None
            first, last = c.left_edge.i, _before_outer(doc, c.left_edge.i, c.right_edge.i)
            preps = OBJECT_PREP_VERBS.get(lemma, ())
            own = [p for p in kids if p.dep_ == "prep" and p.i > c.i and p.lower_ in preps]
            if not own and preps:
                # "accused Ukraine during his meeting with the Security Council of conducting
                # terrorist acts": the parse hangs the "of" on the nearer noun; the verb's
                # own prepositional complement is still the charge
                own = [p for p in doc[c.right_edge.i + 1:verb.sent.end][:25]
                       if p.dep_ == "prep" and p.lower_ in preps and verb in p.ancestors
                       and any(o.dep_ == "pcomp" for o in p.children)][:1]
            for p in own:
                last = max(last, p.right_edge.i)
            return _tok_span(doc, first, last), c.i
    return None


_THATLESS_SPEECH = {"claim", "report", "say", "state", "announce", "allege", "assert", "note"}


def _subjects_split_off(verb, obj):
    """The verb conjoined to a verb of saying right after its object, with a subject of its
    own, where the object names a doer ("claimed [X] and [Y destroyed Z]"), else None."""
    if not (obj.pos_ == "PROPN" or obj.tag_ == "NNS"):
        return None
    for c in verb.children:
        if c.dep_ == "conj" and c.pos_ == "VERB" and c.i > obj.right_edge.i and any(
                k.dep_ == "nsubj" and k.left_edge.i == obj.right_edge.i + 2 for k in c.children) \
                and verb.doc[obj.right_edge.i + 1].lower_ == "and":
            return c
    return None


# Verbs of saying whose gerund complement is what is said ("claimed shooting down X")
_GERUND_SPEECH = {"report", "claim", "deny", "admit", "acknowledge", "confirm", "announce",
                  "boast", "recount", "describe"}


# Verdict verbs whose relative clause judges the clause before it
_VERDICT_VERBS = DENIAL_VERBS | VERIFY_VERBS
_CLAIM_NOUNS = {"claim", "claims", "report", "reports", "assertion", "allegation", "statement"}


def _verdict_start(doc, verb) -> int | None:
    """Where a sentence-level relative clause of denial or confirmation starts (the token after
    which the judged clause ends): "..., which the General Staff denied", "..., a claim which
    ISW cannot confirm", "..., which was refuted by X". The parser hangs such a clause on the
    last noun of the clause it judges. None when ``verb`` heads no such clause."""
    if verb.dep_ != "relcl" or verb.lemma_.lower() not in _VERDICT_VERBS:
        return None
    rel = next((c for c in verb.children if c.lower_ == "which"
                and c.dep_ in ("dobj", "nsubjpass")), None)
    if rel is None:
        return None
    head = verb.head
    if head.lower_ in _CLAIM_NOUNS and head.dep_ in ("appos", "npadvmod", "dobj", "conj"):
        return head.left_edge.i  # "..., a claim which X denied"
    if rel.i > 0 and doc[rel.i - 1].text == ",":
        return rel.i
    return None  # "the positions which X denied shelling": no sentence-level relative


def _relative_verdict(doc, verb, lemma: str) -> tuple[tuple[int, int], int] | None:
    """The clause a relative clause of denial or confirmation judges (see _verdict_start):
    "Russian sources claimed that Russian forces took X, which the General Staff denied"
    (the General Staff denies the taking of X), up to the comma."""
    if lemma not in DENIAL_VERBS:
        # (a relative "which ISW cannot confirm" is the writer's doubt, which fusion reads
        # from the text as any "cannot confirm" after a claim; the claims gold, by its
        # guidelines, counts no claim there: its content is only an anaphor)
        return None
    end = _verdict_start(doc, verb)
    if end is None:
        return None
    while end > 0 and doc[end - 1].is_punct:
        end -= 1
    clause = verb.head
    while clause.pos_ not in ("VERB", "AUX") and clause.head.i != clause.i:
        clause = clause.head
    if clause.pos_ not in ("VERB", "AUX") or clause.lemma_.lower() in CUE_VERBS:
        return None  # the judged thing is someone's speech, not an event: left to its cue
    first = clause.left_edge.i
    while first < end and (doc[first].dep_ == "mark" or doc[first].is_punct):
        first += 1
    if first >= end or _crosses(doc, doc[first].idx, verb.idx):
        return None
    return _tok_span(doc, first, end - 1), clause.i


def _cut_verdict(doc, cs: int, ce: int, cue_token: int) -> int:
    """A claim's content end, before a relative clause that judges it ("X claimed Y, which Z
    denied": X's claim is Y, Z's verdict is its own claim)."""
    sent = doc[cue_token].sent
    for t in sent:
        if cs < t.idx < ce and t.dep_ == "relcl" and t.i != cue_token:
            start = _verdict_start(doc, t)
            if start is not None and doc[start].idx > cs:
                return trim(_text(doc), cs, doc[start].idx)[1]
    return ce


def _crosses(doc, a: int, b: int) -> bool:
    """Whether a line break or a citation marker lies between character offsets a < b."""
    return _BOUNDARY.search(_text(doc), min(a, b), max(a, b)) is not None


_NP_TAGS = {"PROPN", "NOUN", "ADJ", "DET", "NUM", "PART", "ADP", "CCONJ", "PRON"}
_SKIP_BEFORE_CUE = {"also", "additionally", "notably", "reportedly", "previously", "again",
                    "has", "have", "had", "later", "then", "separately", "further", "similarly",
                    "recently", "even", "officially", "publicly", "explicitly", "likewise"}


def _preceding_np(doc, tok):
    """The noun phrase right before a cue, back to the last sentence boundary: the source
    when the parse lost the subject to the previous sentence ("...Lysychansk.[14] Luhansk
    Oblast Administration Head Serhiy Haidai said")."""
    k = tok.i - 1
    while k >= 0 and doc[k].lower_ in _SKIP_BEFORE_CUE:
        k -= 1
    if k >= 0 and doc[k].lower_ == "to" and doc[k].pos_ == "PART":
        # "has sufficient data to clarify", "falsify claims of advances to portray": an
        # infinitive's noun is what it is for, no speaker (read220: sources "Sufficient data
        # to", "Provocations to")
        return None
    last = k
    first = None
    while k >= 0 and last - k < 14:
        t = doc[k]
        if "[" in t.text or "]" in t.text or "\n" in t.text or t.is_space or \
                t.text in (".", ";", ":", "!", "?") or t.pos_ not in _NP_TAGS and t.text != "’s":
            break
        first = k
        k -= 1
    if first is None:
        return None
    while first <= last and doc[first].pos_ in ("ADP", "CCONJ", "PART"):
        first += 1
    if first > last or not any(doc[i].pos_ in ("PROPN", "NOUN", "PRON") for i in
                               range(first, last + 1)):
        return None
    return doc[first:last + 1]


def _yet_to(tok) -> bool:
    """"have yet to confirm the strike", "is yet to comment": not done, as "have not" (read22:
    Ukrainian forces stood as asserting a strike they had not confirmed)."""
    if tok.dep_ != "xcomp" or tok.head.lemma_.lower() not in ("have", "be"):
        return False
    return any(c.lower_ == "yet" for c in (*tok.head.children, *tok.children))


# What was told, named back by the reporter drawing an inference from it
_TOLD_THINGS = {"report", "claim", "statement", "announcement", "comment", "remark",
                "allegation", "account", "assertion", "development", "observation"}


# verbs that keep someone from doing: "to prevent them from disclosing X" tells nothing said
_KEEPING_FROM = {"prevent", "stop", "bar", "ban", "forbid", "keep", "deter", "prohibit",
                 "discourage", "block", "dissuade", "restrain"}


def _kept_from(tok) -> bool:
    """Is the cue verb what someone is kept from doing ("torturing staff to prevent them from
    disclosing violations")? Nothing was said; "them" is no source (read96: the accused
    stood as a second witness)."""
    return tok.dep_ == "pcomp" and tok.head.lower_ == "from" and \
        tok.head.head.lemma_.lower() in _KEEPING_FROM


# verbs of a state of mind: what someone thinks, not what they say
_MINDS = {"think", "believe", "fear", "worry", "expect", "doubt", "anticipate"}
_WRITERS_GUESS = {"likely", "probably", "possibly", "apparently", "may", "might", "could"}


def _minds_guessed(tok, lemma: str) -> bool:
    """"Chechen units likely thought that X": the writer's guess at what they had in mind,
    no statement of theirs (read216: the units stood as a source of X's capture)."""
    return lemma in _MINDS and any(c.dep_ in ("advmod", "aux") and c.lower_ in _WRITERS_GUESS
                                   for c in tok.children)


def _verb_attribution(doc, tok, lemma: str | None = None) -> Attribution | None:
    if lemma is None:
        lemma = tok.lemma_.lower()
        if tok.dep_ in ("amod", "compound", "nmod") or tok.tag_ in ("JJ", "NN", "NNS", "NNP"):
            return None
    negated = any(c.dep_ == "neg" for c in tok.children) or _yet_to(tok) or nobody_subject(tok)
    if _kept_from(tok) or _minds_guessed(tok, lemma):
        return None
    if lemma in DENIAL_VERBS and any(c.dep_ in ("dobj", "dative") and
                                     c.lemma_.lower() in _WITHHELD_FROM for c in tok.children):
        return None
    if lemma in INFERENCE_VERBS and tok.dep_ in ("relcl", "advcl") and any(
            c.dep_ == "nsubj" and c.lower_ == "which" and c.i > 0 and doc[c.i - 1].text == ","
            for c in tok.children):
        # "footage showed a flag in Beryslav, which indicates that ...": the "which" is the
        # whole observation, not the noun before it, and the inference is the reporter's
        return None
    subj = _subject(tok)
    src_span = None
    if subj is None or _crosses(doc, subj.idx, tok.idx) or _CITATION.match(subj.text):
        np_ = _preceding_np(doc, tok)
        if np_ is None:
            return None
        np_ = _speaker_after_and(np_)
        subj = np_.root
        src_span = trim(_text(doc), np_.start_char, np_.end_char)
    if subj.pos_ not in ("NOUN", "PROPN", "PRON", "NUM", "X") and subj.lower_ not in \
            _PRONOUN_SOURCES:
        return None  # "however claimed": a parse that lost the subject
    if lemma in INFERENCE_VERBS and subj.lower_ in ("this", "that", "these", "those", "it"):
        return None  # "this indicates that": the reporter's own inference, no source
    if lemma in INFERENCE_VERBS and subj.lemma_.lower() in _TOLD_THINGS and any(
            c.dep_ == "det" and c.lower_ in ("this", "that", "these", "those", "such")
            for c in subj.children):
        # "These reports indicate that X", "If confirmed, these claims suggest ...": the
        # reporter's inference from what it told (read82: a source named "Sources")
        return None
    if not _agentive(subj, strict=lemma in INFERENCE_VERBS) or (
            lemma in INFERENCE_VERBS and tok.tag_ == "VBG" and tok.dep_ in ("advcl", "conj")):
        return None  # "casualties suggest", "..., indicating that": the reporter's inference
    relative = _relative_verdict(doc, tok, lemma)
    found = relative or _clause_after_cue(doc, tok, lemma)
    if found is None:
        return None
    (cs, ce), root = found
    if negated and lemma not in VERIFY_VERBS:
        return None  # "did not offer details", "did not say": no claim
    if negated and not relative and not any(c.dep_ == "ccomp" for c in tok.children) and \
            doc[min(tok.i + 1, len(doc) - 1)].lower_ not in ("if", "whether", "that"):
        return None  # "cannot confirm these claims": the content is only an anaphor
    cs, ce = trim(_text(doc), cs, ce)
    m = _CUT_ADVCL.search(_text(doc), cs, ce)
    if m and m.start() > cs:
        ce = trim(_text(doc), cs, m.start())[1]
    ce = _cut_verdict(doc, cs, ce, tok.i)
    if ce <= cs:
        return None
    src = src_span or _source_span(doc, subj)
    if not any(ch.isalpha() for ch in _text(doc)[src[0]:src[1]]) or _is_date(doc, *src):
        return None  # "On October 24 stated": a date is no source
    last = doc.char_span(*src, alignment_mode="expand")
    if last is not None and len(last) and last[-1].pos_ in ("ADP", "DET", "CCONJ"):
        return None  # "the embarrassment of", "collaborators by": a fragment of a phrase
    cue = (tok.idx, tok.idx + len(tok.text))
    if src[0] < cue[0] < src[1]:
        return None
    return Attribution(source=src, cue=cue, content=(cs, ce), cue_lemma=lemma, cue_token=tok.i,
                       content_root=root, negated=negated)


def _according(doc, tok) -> Attribution | None:
    if tok.i + 1 >= len(doc) or doc[tok.i + 1].lower_ != "to":
        return None
    to = doc[tok.i + 1]
    objs = [o for o in to.children if o.dep_ == "pobj"] or \
           [t for t in doc[to.i + 1: to.i + 8] if t.pos_ in ("PROPN", "NOUN")][:1]
    if not objs:
        return None
    src = _source_span(doc, objs[0])
    phrase_end = max(to.right_edge.i, objs[0].right_edge.i)
    text = _text(doc)
    sent = tok.sent
    # the unit is the sentence, cut at line breaks and citation markers (see trim)
    unit_start = sent.start_char
    for m in _BOUNDARY.finditer(text, sent.start_char, tok.idx):
        unit_start = m.end()
    after_start = doc[phrase_end].idx + len(doc[phrase_end].text)
    m = _BOUNDARY.search(text, after_start, sent.end_char)
    unit_end = m.start() if m else sent.end_char
    before = trim(text, unit_start, tok.idx)
    after = trim(text, after_start, unit_end)
    if before[1] <= before[0]:  # "According to X, Y."
        cs, ce = after
    elif after[1] <= after[0]:  # "Y, according to X."
        cs, ce = before
    else:  # "Y, according to X, Z": the clause around the phrase
        cs, ce = before[0], after[1]
    if ce <= cs:
        return None
    root = tok.head.i
    return Attribution(source=src, cue=(tok.idx, to.idx + len(to.text)), content=(cs, ce),
                       cue_lemma="according to", cue_token=tok.i, content_root=root)


# Words by which a clause stands against a claim: "X despite Y's denials", "X, contrary to
# Y's denials", "X in spite of denials by Y", "X notwithstanding Y's denials"
_CONCESSION = {"despite", "notwithstanding"}


def conceded_clause(tok):
    """For a noun (or gerund) a concessive phrase governs ("captured X despite <tok>",
    "contrary to <tok>", "in spite of <tok>"): (the verb of the clause that stands against
    it, the phrase's first word); else None."""
    prep = tok.head
    if tok.dep_ not in ("pobj", "pcomp"):
        return None
    if prep.lower_ in _CONCESSION:
        return prep.head, prep
    if prep.lower_ == "to" and prep.head.lower_ == "contrary":
        return prep.head.head, prep.head
    if prep.lower_ == "of" and prep.head.lower_ == "spite" and prep.head.head.lower_ == "in":
        return prep.head.head.head, prep.head.head
    return None


def _conceded_denial(doc, tok) -> Attribution | None:
    """A denial the writer's clause stands against: "Russian forces likely captured the port
    despite Ukrainian General Staff denials", "X despite denials by the president": the
    denier's content is that clause (read78: the General Staff's denial was lost, and the
    capture stood as confirmed). Only denials: a bare "despite Russian claims" beside a
    negated clause claims its opposite, which no span of the text says."""
    verb, opener = conceded_clause(tok)
    if verb.pos_ not in ("VERB", "AUX") or verb.i > tok.i:
        return None
    text = _text(doc)
    by = [o for c in tok.children if c.dep_ == "prep" and c.lower_ == "by"
          for o in c.children if o.dep_ == "pobj"]
    named = [c for c in tok.children if c.i < tok.i and (
        c.dep_ == "poss" or (c.dep_ in ("compound", "amod") and
                             (c.pos_ == "PROPN" or c.ent_type_ in ("NORP", "ORG", "GPE"))))]
    if by:
        src = _source_span(doc, by[0])
    elif named:
        last = tok.i - 1
        if doc[last].dep_ == "case":
            last -= 1
        src = trim(text, *_tok_span(doc, named[0].left_edge.i, last))
    else:
        return None
    first = verb.left_edge.i
    cs, ce = trim(text, *_tok_span(doc, first, max(first, opener.i - 1)))
    if src is None or src[1] <= src[0] or ce <= cs:
        return None
    return Attribution(source=src, cue=(tok.idx, tok.idx + len(tok.text)), content=(cs, ce),
                       cue_lemma="denial", cue_token=tok.i, content_root=verb.i, noun_cue=True)


# Participles of making a statement, between the noun of saying and its "by" speaker
_STATEMENT_MAKING = {"make", "issue", "give", "release", "publish", "post", "deliver"}


def _noun_attribution(doc, tok) -> Attribution | None:
    lemma = tok.lemma_.lower()
    if lemma == "denial" and conceded_clause(tok) is not None:
        return _conceded_denial(doc, tok)
    src_tok = None
    by_agent = False  # the speaker told in a "by"/"from" phrase: a that-clause must follow
    cue = (tok.idx, tok.idx + len(tok.text))
    whence = [c for c in tok.children if c.dep_ == "prep" and c.lower_ in ("from", "by")
              and c.i == tok.i + 1]
    if not whence:
        # "a statement made by X that Y", "claims issued by Z that W": the speaker told by
        # the participle of making the statement (read107: the source was lost)
        whence = [c for m in tok.children if m.dep_ == "acl" and m.i == tok.i + 1 and
                  m.lemma_.lower() in _STATEMENT_MAKING for c in m.children
                  if c.dep_ in ("prep", "agent") and c.lower_ == "by" and c.i == m.i + 1]
    if tok.dep_ == "dobj" and tok.head.lemma_.lower() in LIGHT_VERBS:
        src_tok = _subject(tok.head)
        cue = (tok.head.idx, tok.idx + len(tok.text))
        src = _source_span(doc, src_tok) if src_tok is not None else None
    else:
        poss = [c for c in tok.children if c.dep_ == "poss"]
        amods = [c for c in tok.children if c.dep_ == "amod" and c.i < tok.i and
                 (c.ent_type_ == "NORP" or c.lower_ in ("russian", "ukrainian", "pro-russian"))]
        if poss:
            p = poss[0]
            last = p.right_edge.i
            if doc[last].dep_ == "case":
                last -= 1
            src = trim(_text(doc), *_tok_span(doc, p.left_edge.i, max(p.left_edge.i, last)))
        elif amods and CUE_NOUNS.get(lemma) != CERTAIN:
            # "Russian speculations about X", "Ukrainian fears of Y": a people's mood, no
            # one's statement (read224: "Government of Russia" stood as a source)
            return None
        elif amods:
            a = amods[0]
            src = trim(_text(doc), *_tok_span(doc, a.left_edge.i, a.right_edge.i))
        else:
            # "claims by a Ukrainian member of parliament that X" (read84: the MP was lost
            # and his claim stood as ISW's); only with a that-clause (below)
            agents = [o for c in whence for o in c.children if o.dep_ == "pobj"]
            if not agents or not _agentive(agents[0]):
                return None
            src = _source_span(doc, agents[0])
            by_agent = True
    if src is None or src[1] <= src[0]:
        return None
    nxt = doc[tok.i + 1] if tok.i + 1 < len(doc) else None
    if whence:
        after = whence[0].right_edge.i + 1
        dated = [c for c in tok.children if c.dep_ == "prep" and c.i == after
                 and c.lower_ in ("on", "in")]
        if dated:
            after = dated[0].right_edge.i + 1  # "claims by X on April 3 that Y"
        if after < len(doc) and doc[after].lower_ == "that":
            nxt = doc[after]  # "claims from social media users that X"
        else:
            nxt = _complement_in_agent(whence[0]) or nxt
    if by_agent and (nxt is None or nxt.lower_ != "that"):
        return None
    if nxt is not None and nxt.lower_ == "that":
        span = _that_clause(doc, nxt.i, {tok.i, *(a.i for a in tok.ancestors)})
        if not span:
            return None
        root = nxt.i + 1
    elif (inf := _infinitive_told(tok)) is not None and not by_agent:
        # "Russian claims to have captured X (are false)": what the claim says it did
        span = _tok_span(doc, inf.left_edge.i, inf.right_edge.i)
        root = inf.i
    else:
        ofs = [c for c in tok.children if c.dep_ == "prep" and c.lower_ in ("of", "about")
               and c.i == tok.i + 1]
        objs = [o for c in ofs for o in c.children if o.dep_ in ("pobj", "pcomp")]
        if not objs:
            return None
        span = _tok_span(doc, objs[0].left_edge.i, objs[0].right_edge.i)
        root = objs[0].i
    cs, ce = trim(_text(doc), *span)
    if ce <= cs:
        return None
    return Attribution(source=src, cue=cue, content=(cs, ce), cue_lemma=lemma, cue_token=tok.i,
                       content_root=root, noun_cue=True)


def _infinitive_told(tok):
    """The infinitive right after a claim noun that says what its speaker did or holds
    ("claims to have captured X", "claims to control Y"), or None."""
    nxt = tok.i + 1
    for c in tok.children:
        if c.dep_ in ("acl", "relcl") and c.tag_ in ("VB", "VBN") and c.left_edge.i == nxt \
                and tok.doc[nxt].lower_ == "to":
            return c
    return None


# Showing what happened by putting out pictures of it: "The Russian MoD posted videos of a
# mass evacuation of X", "Ukrainian channels published footage of a strike on Y" (read:
# ISW 2022-05-17, the MoD's word on the Azovstal evacuation was lost)
_POST_VERBS = {"post", "publish", "release", "share", "circulate", "air", "broadcast",
               "distribute", "upload"}


def _footage_attribution(doc, tok) -> Attribution | None:
    """"X posted footage of Y": X shows Y, the content the "of" phrase (or a participle
    "showing Y"); None unless the verb's object is a picture noun and X an agent."""
    if tok.pos_ != "VERB" or any(c.dep_ == "neg" for c in tok.children):
        return None
    pics = [c for c in tok.children if c.dep_ == "dobj" and c.lemma_.lower() in PICTURE_NOUNS]
    if not pics:
        return None
    pic = pics[0]
    objs = [o for c in pic.children if c.dep_ == "prep" and c.lower_ == "of"
            for o in c.children if o.dep_ in ("pobj", "pcomp")] or \
        [c for c in pic.children if c.dep_ == "acl" and c.lower_ in ("showing", "depicting")]
    subj = _subject(tok)
    if not objs or subj is None or not _agentive(subj) or tok.dep_ in ("amod", "acl", "relcl"):
        return None
    root = objs[0]
    end = root.right_edge.i
    for c in tok.children:
        # "posted footage of Russian artillery [shelling X]": the participle the parser hung
        # on the verb is what the footage shows
        if c.dep_ in ("advcl", "acl", "xcomp") and c.tag_ == "VBG" and c.left_edge.i == end + 1:
            end = c.right_edge.i
    span = _tok_span(doc, root.left_edge.i if root.dep_ != "acl" else root.i + 1, end)
    cs, ce = trim(_text(doc), *span)
    src = _source_span(doc, subj)
    if ce <= cs or src is None or src[1] <= src[0]:
        return None
    return Attribution(source=src, cue=(tok.idx, pic.idx + len(pic.text)), content=(cs, ce),
                       cue_lemma="show", cue_token=tok.i, content_root=root.i)


@lru_cache(maxsize=4)
def _cue_matcher(vocab):
    """spaCy Matcher for the cue shapes: reporting verbs, cue nouns, "according to", and cue
    verbs the tagger took for nouns ("photos posted on August 31 show that ...")."""
    from spacy.matcher import Matcher

    m = Matcher(vocab)
    m.add("ACCORDING", [[{"LOWER": "according"}, {"LOWER": "to"}]])
    m.add("POST", [[{"POS": "VERB", "LEMMA": {"IN": sorted(_POST_VERBS)}}]])
    m.add("VERB", [[{"POS": {"IN": ["VERB", "AUX"]}, "LEMMA": {"IN": sorted(CUE_VERBS)}}]])
    m.add("VERB_AS_NOUN", [[{"POS": "NOUN", "LOWER": {"IN": sorted(CUE_VERBS)}}]])
    m.add("NOUN", [[{"POS": "NOUN", "LEMMA": {"IN": sorted(CUE_NOUNS)},
                     "DEP": {"NOT_IN": ["compound"]}}]])
    return m


def find_attributions(doc) -> list[Attribution]:
    """Every attribution in a parsed doc, in text order, one per cue token."""
    matcher = _cue_matcher(doc.vocab)
    labels: dict[int, set[str]] = {}
    for match_id, start, _end in matcher(doc):
        labels.setdefault(start, set()).add(doc.vocab.strings[match_id])
    out: list[Attribution] = []
    for i in sorted(labels):
        tok, kinds = doc[i], labels[i]
        att = None
        if "ACCORDING" in kinds:
            att = _according(doc, tok)
        elif "VERB" in kinds:
            att = _verb_attribution(doc, tok)
        elif "POST" in kinds:
            att = _footage_attribution(doc, tok)
        elif "VERB_AS_NOUN" in kinds and any(c.dep_ == "nsubj" for c in tok.children) and \
                any(c.dep_ in ("ccomp", "mark") for c in tok.children):
            att = _verb_attribution(doc, tok, lemma=tok.lower_)
        elif "NOUN" in kinds:
            att = _noun_attribution(doc, tok)
        if att is not None:
            out.append(att)
    return out
