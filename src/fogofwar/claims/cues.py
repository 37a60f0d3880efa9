"""The cue lexicon: reporting verbs and nouns, and what each says about certainty and stance.

Certainty classes follow FactBank's reading of the source's commitment: a source that says,
claims or reports a thing commits to it (certain, from its own view, even when the reporter
doubts it); "assess", "believe", "indicate" are a probable commitment; "suggest", "allude",
"speculate" a possible one. Hedges in the content lower the class (see factuality.py).
"""

from __future__ import annotations

import re

CERTAIN, PROBABLE, POSSIBLE, UNKNOWN = "certain", "probable", "possible", "unknown"

# lemma -> certainty class of the cue
CUE_VERBS: dict[str, str] = {
    **dict.fromkeys((
        "say", "state", "claim", "report", "announce", "note", "add", "stress", "emphasize",
        "emphasise", "declare", "confirm", "acknowledge", "admit", "deny", "reject", "refute",
        "dismiss", "accuse", "warn", "insist", "argue", "assert", "allege", "tell", "reiterate",
        "conclude", "criticize", "criticise", "complain", "contradict", "credit", "identify",
        "show", "reveal", "write", "explain", "specify", "clarify", "verify", "observe",
        "mention", "concede", "promise", "vow", "pledge", "repeat", "inform",
        "blame", "cite", "recount", "describe", "document", "disclose", "testify",
         "depict", "record", "relay", "tout", "boast", "lament",
        # "framed the retreat as a gesture of goodwill", "spun the withdrawal as ...": the
        # object as the speaker presents it
        "frame", "portray", "characterize", "characterise", "spin",
        "acknowlege", "dispute", "deny", "counter",
        # "but Ukrainian officials maintained that Ukrainian forces control a third of the
        # city" (read17: the counter-claim was lost)
        "maintain", "contend",
        # "Russian sources discussed continued Ukrainian attempts to cross the river near X":
        # what they discuss as done is theirs to answer for (read220: ISW stood as its voice)
        "discuss"), CERTAIN),
    **dict.fromkeys((
        "assess", "believe", "expect", "forecast", "predict", "estimate", "indicate", "think",
        "anticipate", "judge", "doubt", "fear", "worry"), PROBABLE),
    **dict.fromkeys(("suggest", "allude", "hint", "speculate", "imply", "posit", "theorize",
                     "theorise", "wonder"), POSSIBLE),
}

# Cue verbs that are claims only when what they speak of is an act the report tells
# ("discussed continued attempts to cross the river near X"; "discussed the situation" is a
# topic, no proposition: claims.extract_claims keeps them only with a linked event)
TOPIC_CUES = {"discuss"}
# Kinds of source a proper name can follow ("news source Ria-Melitopol"), and the words by
# which a source goes under another name ("a milblogger under the pseudonym X"): the name is
# the source (claims.attribution._source_span, claims.sources._DESCRIBED_NAME)
SOURCE_DESCRIPTORS = ("source", "outlet", "channel", "agency", "newspaper", "publication",
                      "website", "site", "account")
ALIAS_WORDS = ("pseudonym", "nickname", "alias", "moniker")
# Cue verbs that report speech only with a clause ("maintained that ...", not "maintained
# positions")
CLAUSE_ONLY_VERBS = {"maintain", "contend"}
# Cue verbs whose own meaning denies the content.
DENIAL_VERBS = {"deny", "reject", "refute", "dismiss", "contradict", "dispute", "counter"}
# Verbs whose subject makes sense as an inanimate record ("footage shows"); other inanimate
# subjects of these ("casualties suggest") are the reporter's inference, not a source.
INFERENCE_VERBS = {"show", "indicate", "suggest", "confirm", "reveal", "observe",
                   "depict", "document", "imply", "record", "contradict"}
# Cue verbs whose object and of/for phrase carry the content ("accused X of Y").
OBJECT_PREP_VERBS = {"accuse": ("of",), "criticize": ("for",), "criticise": ("for",),
                     "credit": ("for", "with"), "blame": ("for", "on"), "warn": ("of", "about"),
                     "frame": ("as",), "portray": ("as",), "characterize": ("as",),
                     "characterise": ("as",), "spin": ("as",)}
# Cue verbs whose content is a prepositional object ("alluded to X", "complained about X").
PREP_CONTENT_VERBS = {"allude": ("to",), "hint": ("at",), "complain": ("about", "of"),
                      "speculate": ("about", "on"), "warn": ("of", "about"),
                      "testify": ("to",), "report": ("on",)}
ALLUSION_VERBS = {"allude", "hint"}
# Verbs whose negation leaves the content open rather than dropping the claim.
VERIFY_VERBS = {"confirm", "verify"}

# Nouns that are cues when a source owns them ("Miroshnik's claims of", "ISW's assessment that").
CUE_NOUNS: dict[str, str] = {
    **dict.fromkeys(("claim", "statement", "report", "allegation", "announcement", "denial",
                     "admission", "accusation", "assertion", "confirmation", "remark"), CERTAIN),
    **dict.fromkeys(("assessment", "belief", "estimate", "forecast", "prediction", "concern",
                     "fear"), PROBABLE),
    **dict.fromkeys(("suggestion", "speculation", "allusion"), POSSIBLE),
}
# Light verb + noun as one cue: "voiced concern that", "expressed fears that".
LIGHT_VERBS = {"voice", "express", "raise", "issue", "make", "share",
               # a claim passed on is its passer's to answer for: "amplified claims that X",
               # "repeated reports that Y" (read22: a capture claim's speaker was lost)
               "amplify", "repeat", "echo", "circulate", "spread", "promote", "forward"}

# Hedges on the content's main predicate, strongest first.
POSSIBLE_HEDGES = {"may", "might", "could", "possibly", "perhaps", "potentially", "possible",
                   "potential", "maybe", "conceivably"}
PROBABLE_HEDGES = {"likely", "probably", "unlikely", "presumably", "apparently", "reportedly",
                   "allegedly", "seemingly", "probable"}
# Content predicates that deny the success of the other side's action ("repelled all advances").
# Content predicates that are themselves a hedge ("X appears to be withdrawing").
PROBABLE_PREDICATES = {"appear", "seem"}
REPEL_VERBS = {"repel", "repulse", "thwart", "foil", "rebuff", "beat", "fend"}


# a place or force told surrounded or cut off: a word on who holds the place, not on the
# fighting there (claims: a denial of "claims of encirclement" takes no events; fuse.model:
# such a claim names back no fighting)
SIEGE = re.compile(r"\b(?:surround(?:ed|s|ing)?|encircl\w*|cut off|cutting off|"
                   r"blockad\w*)\b", re.I)
