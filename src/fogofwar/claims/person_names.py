"""The personal name inside a source phrase, without the titles and offices around it.

Reports name one official in many ways: "Zaporizhia Oblast Military Administration Head
Oleksandr Starukh", "Enerhodar Mayor Dmytro Orlov", "Advisor to the Kherson Oblast
Administration Serhiy Khlan", "Spokesperson Oleksandr Motuzyanyk". The source is the person,
so its canonical name is "Oleksandr Starukh", "Dmytro Orlov", ...; the office stays in the
source's words (its kind and side are read from them). The small English model tags such
names unevenly ("Oleksandr" alone, "Enerhodar" as a person, the whole phrase, nothing), so
the name is read off the phrase's shape: the capitalised words that end it, after a title
or office word. A PERSON entity is used where it agrees with that shape.

``fold`` gives one key to the spellings of a Ukrainian or Russian name in English
("Oleksiy" / "Oleksii", "Gromov" / "Hromov", "Serhiy" / "Sergey"): sources are compared on
it, never renamed by it.

Written by hand: no library here splits an English title from the name after it, and a
name-transliteration library would still need this phrase shape to find the name.
"""

from __future__ import annotations

import re
import unicodedata

# Words that say what a person is, never part of the name after them.
TITLE_WORDS = frozenset("""
head heads chief mayor governor advisor adviser spokesperson spokesman spokeswoman minister
commander general colonel lieutenant major brigadier captain sergeant admiral marshal
secretary president director deputy representative ambassador speaker chairman chairwoman
chair official correspondent journalist blogger milblogger ombudsman commissioner senator
officer prosecutor leader administrator founder member analyst expert host propagandist
presenter editor envoy aide assistant gauleiter premier vice acting former first
colonel-general lieutenant-general major-general lieutenant-colonel press
""".split())
# Words of an office or body: a name can follow them ("... Administration Serhiy Khlan").
OFFICE_WORDS = frozenset("""
administration ministry directorate staff command council battalion brigade regiment
department office service agency committee duma assembly corps army district guard
government presidency kremlin operations forces headquarters group channel republic
oblast region city intelligence defense defence affairs security police navy
""".split())
_NAME_WORD = re.compile(r"^[A-Z][a-zà-ÿ'’-]*[a-zà-ÿ]$|^[A-Z]\.$")
_NOT_NAME = frozenset("""
Oblast Raion City Republic People's People’s Ukrainian Russian Federation Ministry Defense
Defence Staff General Armed Forces Military Intelligence Security National The Of
""".split())


_PLACE_PREPOSITIONS = frozenset({"of", "in", "for"})
# Heads of a body's name, never the last word of a person's ("Joint Forces Task Force":
# read227, the body stood as a person "Task Force")
_BODY_HEADS = frozenset("""
force center centre unit team front fleet division group network bureau agency union
party movement committee council mission initiative project
""".split())


def _tokens(text: str) -> list[str]:
    return re.findall(r"[\w.'’-]+", text)


def name_after_title(text: str) -> str | None:
    """The personal name that ends a titled source phrase ("Enerhodar Mayor Dmytro Orlov" ->
    "Dmytro Orlov"), or None when the phrase does not end in one (an office, a body, a name
    with no title before it)."""
    words = _tokens(re.sub(r"\s*\([^)]*\)\s*$", "", text.strip()))
    i = len(words)
    while i > 0 and _NAME_WORD.match(words[i - 1]) and words[i - 1] not in _NOT_NAME \
            and words[i - 1].lower() not in TITLE_WORDS | OFFICE_WORDS:
        i -= 1
    name = words[i:]
    if len(name) == 3 and i > 0 and words[i - 1].lower() in _PLACE_PREPOSITIONS:
        # "Mayor of Enerhodar Dmytro Orlov": the first word is the office's place
        return " ".join(name[1:])
    if not 2 <= len(name) <= 3 or i == 0 or name[-1].lower() in _BODY_HEADS:
        return None
    if words[i - 1].lower() not in TITLE_WORDS | OFFICE_WORDS:
        return None
    return " ".join(name)


def strip_titles(name: str) -> str:
    """A PERSON entity without the title words the tagger took into it ("Spokesperson
    Oleksandr Motuzyanyk" -> "Oleksandr Motuzyanyk"); unchanged when nothing is left."""
    words = name.split()
    i = 0
    while i < len(words) - 1 and words[i].lower().strip(",") in TITLE_WORDS:
        i += 1
    return " ".join(words[i:])


_FOLDS = (("kh", "h"), ("zh", "j"), ("yi", "i"), ("iy", "i"), ("ii", "i"), ("ij", "i"),
          ("y", "i"), ("j", "i"), ("g", "h"), ("ks", "x"), ("w", "v"), ("ie", "e"),
          ("ey", "ei"), ("ei", "e"))


def fold(name: str) -> str:
    """One key for the English spellings of a Slavic name: "Oleksii Gromov", "Oleksiy
    Hromov" -> "olexi hromov"-like keys that compare equal. Only for comparing."""
    s = unicodedata.normalize("NFKD", name).encode("ascii", "ignore").decode().lower()
    s = re.sub(r"[^a-z ]", "", s)
    for a, b in _FOLDS:
        s = s.replace(a, b)
    s = re.sub(r"(.)\1+", r"\1", s)  # doubled letters
    return " ".join(s.split())


def person_key(name: str) -> tuple[str, str] | None:
    """(folded surname, first initial) of a two- or three-word personal name, or of a bare
    surname (initial ""); None for a phrase that is not written like a name."""
    words = name.split()
    if not 1 <= len(words) <= 3 or not all(_NAME_WORD.match(w) for w in words):
        return None
    if any(w in _NOT_NAME or w.lower() in TITLE_WORDS | OFFICE_WORDS for w in words):
        return None
    return fold(words[-1]), (fold(words[0])[:1] if len(words) > 1 else "")
