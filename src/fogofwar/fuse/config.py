"""Analyst settings for fusion and grading, read from a TOML file (``fogofwar.toml``).

    [reliability.kinds]            # default source reliability per source kind, A..F
    party_official = "D"
    [reliability.sources]          # per source (canonical name, case-insensitive)
    "Institute for the Study of War" = "B"
    [fusion]                       # matcher thresholds (see compat.FusionOptions)
    inferred_gap_days = 1

Reliability letters follow the Admiralty scale: A completely reliable, B usually reliable,
C fairly reliable, D not usually reliable, E unreliable, F cannot be judged.
"""

from __future__ import annotations

import hashlib
import json
import math
import tomllib
from dataclasses import dataclass, field, fields
from pathlib import Path
from typing import Any

from ..records import SOURCE_KINDS
from .compat import FusionOptions

LETTERS = "ABCDEF"
RELIABILITY_WORDS = {"A": "completely reliable", "B": "usually reliable", "C": "fairly reliable",
                     "D": "not usually reliable", "E": "unreliable", "F": "reliability cannot be judged"}
# Defaults when the analyst says nothing: parties to the conflict report on their own war
# (D), monitors and footage are usually reliable (B), news outlets fairly reliable (C).
DEFAULT_KINDS = {"party_official": "D", "party_military": "D", "milblogger": "D",
                 "think_tank_monitor": "B", "evidence": "B", "news_outlet": "C",
                 "anonymous": "E", "other": "F"}
# Named sources whose kind says nothing of their record: a foreign defence ministry's
# intelligence updates are an informed third party's, fairly reliable, not unjudgeable
# (read215, read217: UK MoD updates graded incidents 6, "cannot be judged")
DEFAULT_SOURCES = {"uk ministry of defence": "C", "us department of defense": "C"}
DEFAULT_PATH = Path("fogofwar.toml")


class ConfigError(ValueError):
    """The config file is unreadable or holds a bad value; the message names file and key."""


@dataclass(frozen=True)
class Reliability:
    kinds: dict[str, str] = field(default_factory=lambda: dict(DEFAULT_KINDS))
    # lower-cased canonical -> letter
    sources: dict[str, str] = field(default_factory=lambda: dict(DEFAULT_SOURCES))

    def of(self, canonical: str, kind: str) -> str:
        return self.sources.get(canonical.lower()) or self.kinds.get(kind) or "F"


@dataclass(frozen=True)
class FuseConfig:
    reliability: Reliability = field(default_factory=Reliability)
    options: FusionOptions = field(default_factory=FusionOptions)
    path: str | None = None

    def fingerprint(self) -> str:
        """Identifies the reliabilities grades were computed with (cached grades go stale
        when the analyst changes them)."""
        blob = json.dumps([self.reliability.kinds, self.reliability.sources], sort_keys=True)
        return hashlib.sha256(blob.encode()).hexdigest()[:16]


def _letter(value: Any, where: str) -> str:
    if not isinstance(value, str) or value.strip().upper() not in LETTERS or len(value.strip()) != 1:
        raise ConfigError(f"{where}: reliability must be one letter A-F, got {value!r}")
    return value.strip().upper()


_SECTIONS = ("reliability", "fusion")
_POSITIVE = {"cell_deg"}  # the grid cell size of the candidate index divides by it


def parse_config(data: dict[str, Any], origin: str = "<config>") -> FuseConfig:
    """Validate a parsed TOML document into a FuseConfig."""
    for k in data:
        if k not in _SECTIONS:
            raise ConfigError(f"{origin}: [{k}] is not a section (known: {', '.join(_SECTIONS)})")
    rel = data.get("reliability", {})
    if not isinstance(rel, dict):
        raise ConfigError(f"{origin}: [reliability] must be a table")
    for k in rel:
        if k not in ("kinds", "sources"):
            raise ConfigError(f"{origin}: reliability.{k} is not a setting (known: kinds, sources)")
    kinds = dict(DEFAULT_KINDS)
    for k, v in (rel.get("kinds") or {}).items():
        if k not in SOURCE_KINDS:
            raise ConfigError(f"{origin}: reliability.kinds.{k} is not a source kind "
                              f"(known: {', '.join(SOURCE_KINDS)})")
        kinds[k] = _letter(v, f"{origin}: reliability.kinds.{k}")
    sources = dict(DEFAULT_SOURCES)
    sources.update({str(k).lower(): _letter(v, f"{origin}: reliability.sources.{k!r}")
                    for k, v in (rel.get("sources") or {}).items()})
    fus = data.get("fusion", {})
    if not isinstance(fus, dict):
        raise ConfigError(f"{origin}: [fusion] must be a table")
    known = {f.name: f.type for f in fields(FusionOptions)}
    kw = {}
    for k, v in (fus or {}).items():
        if k not in known:
            raise ConfigError(f"{origin}: fusion.{k} is not a setting (known: {', '.join(sorted(known))})")
        if str(known[k]) == "bool":
            if not isinstance(v, bool):
                raise ConfigError(f"{origin}: fusion.{k} must be true or false, got {v!r}")
        elif not isinstance(v, (int, float)) or isinstance(v, bool) or not math.isfinite(v) \
                or v < 0:
            raise ConfigError(f"{origin}: fusion.{k} must be a finite non-negative number, "
                              f"got {v!r}")
        elif str(known[k]) == "int" and not isinstance(v, int):
            raise ConfigError(f"{origin}: fusion.{k} must be a whole number, got {v!r}")
        elif k in _POSITIVE and v == 0:
            raise ConfigError(f"{origin}: fusion.{k} must be greater than 0")
        kw[k] = v
    return FuseConfig(Reliability(kinds, sources), FusionOptions(**kw), origin)


def load_config(path: str | Path | None = None) -> FuseConfig:
    """Read ``path``, or ./fogofwar.toml when present, else the defaults."""
    if path is None:
        if not DEFAULT_PATH.exists():
            return FuseConfig()
        path = DEFAULT_PATH
    p = Path(path)
    try:
        data = tomllib.loads(p.read_text(encoding="utf-8"))
    except FileNotFoundError as exc:
        raise ConfigError(f"config file {p} does not exist") from exc
    except (OSError, UnicodeDecodeError) as exc:
        raise ConfigError(f"cannot read config file {p}: {exc}") from exc
    except tomllib.TOMLDecodeError as exc:
        raise ConfigError(f"config file {p} is not valid TOML: {exc}") from exc
    return parse_config(data, str(p))
