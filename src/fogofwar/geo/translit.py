"""Cyrillic -> Latin spellings that English-language news uses for Russian and Ukrainian places.

Written here rather than taken from ``iuliia`` because matching needs *several* spellings
of one name at once (BGN/PCGN "Demidovka"/"Yelets", the simplified "Elets", adjectival
endings as "-iy"/"-y"), and ``iuliia`` gives one output per scheme and has no Ukrainian
2010 national system. The tables are the published schemes:
BGN/PCGN 1947 for Russian, and the Ukrainian Cabinet of Ministers resolution 55 (2010).
"""

from __future__ import annotations

_RU_COMMON = {
    "а": "a", "б": "b", "в": "v", "г": "g", "д": "d", "ж": "zh", "з": "z", "и": "i",
    "й": "y", "к": "k", "л": "l", "м": "m", "н": "n", "о": "o", "п": "p", "р": "r",
    "с": "s", "т": "t", "у": "u", "ф": "f", "х": "kh", "ц": "ts", "ч": "ch", "ш": "sh",
    "щ": "shch", "ъ": "", "ы": "y", "ь": "", "э": "e", "ю": "yu", "я": "ya",
    # Ukrainian letters that turn up in Russian-spelt text are passed through sensibly.
    "і": "i", "ї": "yi", "є": "ye", "ґ": "g",
}
_RU_VOWELS = set("аеёиоуыэюяьъй")

_UK = {
    "а": "a", "б": "b", "в": "v", "г": "h", "ґ": "g", "д": "d", "е": "e", "є": "ie",
    "ж": "zh", "з": "z", "и": "y", "і": "i", "ї": "i", "й": "i", "к": "k", "л": "l",
    "м": "m", "н": "n", "о": "o", "п": "p", "р": "r", "с": "s", "т": "t", "у": "u",
    "ф": "f", "х": "kh", "ц": "ts", "ч": "ch", "ш": "sh", "щ": "shch", "ь": "", "ю": "iu",
    "я": "ia", "'": "", "’": "", "ʼ": "",
    # Russian-only letters, in case a Ukrainian name carries one.
    "ы": "y", "э": "e", "ъ": "", "ё": "io",
}
_UK_INITIAL = {"є": "ye", "ї": "yi", "й": "y", "ю": "yu", "я": "ya"}

_UK_ONLY = set("іїєґ")
_RU_ONLY = set("ыэъё")


def is_cyrillic(text: str) -> bool:
    return any("\u0400" <= c <= "\u04ff" for c in text)


def _ru(word: str, ye: bool, yo: bool) -> str:
    out = []
    for i, c in enumerate(word):
        prev = word[i - 1] if i else ""
        if c == "е":
            out.append("ye" if ye and (not prev or prev in _RU_VOWELS) else "e")
        elif c == "ё":
            out.append("yo" if yo else "e")
        else:
            out.append(_RU_COMMON.get(c, c))
    return "".join(out)


def russian(text: str) -> set[str]:
    """Spellings of a Russian name: BGN/PCGN and the simplified forms news uses."""
    low = text.lower()
    forms = {_ru(low, ye=True, yo=True), _ru(low, ye=False, yo=False)}
    # Adjectival endings: -ий/-ый as -iy, -y and -yy (Krasnyy/Krasny, Zolotoy)
    extra = set()
    for f in forms:
        for a, bs in (("iy", ("y", "i")), ("yy", ("y",))):
            if f.endswith(a):
                extra.update(f[: -len(a)] + b for b in bs)
            f2 = f.replace(a + " ", bs[0] + " ")
            if f2 != f:
                extra.add(f2)
    return {_title(f) for f in forms | extra}


def bgn(text: str) -> str:
    """The one BGN/PCGN spelling of a Russian name, for display ("Prilesye", "Yelets")."""
    return _title(_ru(text.lower(), ye=True, yo=True))


def ukrainian(text: str) -> set[str]:
    """The Ukrainian national (2010) romanisation of a name, plus the 'gh' rule for зг."""
    low = text.lower().replace("зг", "zgh")
    out = []
    for i, c in enumerate(low):
        initial = i == 0 or not low[i - 1].isalpha()
        out.append(_UK_INITIAL[c] if initial and c in _UK_INITIAL else _UK.get(c, c))
    return {_title("".join(out))}


def romanise(text: str) -> set[str]:
    """All plausible Latin spellings of a Cyrillic name (empty for non-Cyrillic text)."""
    if not is_cyrillic(text):
        return set()
    low = set(text.lower())
    if low & _UK_ONLY:
        return ukrainian(text)
    if low & _RU_ONLY:
        return russian(text)
    return russian(text) | ukrainian(text)


def _title(s: str) -> str:
    return " ".join(w[:1].upper() + w[1:] if w not in ("na", "on") else w for w in s.split(" "))
