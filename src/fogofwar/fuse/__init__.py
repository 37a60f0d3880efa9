"""fuse: the same real incident reported by many documents becomes one incident, graded.

    model.py        Mention (one stored event with its place, time, attributions), IncidentState
    compat.py       type family, place, time and actor compatibility, each with its reason;
                    FusionOptions (thresholds) and the candidate index keys
    fusion.py       incremental, deterministic fusion against an IncidentIndex
    syndication.py  near-copies of one story (MinHash over word shingles, LSH bands)
    grade.py        source x stance matrix, independence, status over time, Admiralty grade
    config.py       the analyst's TOML: per-source reliability A-F, fusion thresholds
    render.py       the stable ``fogofwar incidents --format json`` objects and evidence
    book.py         IncidentBook: all of it in memory, for library use and tests

The store keeps incidents in its own tables (store/incidents.py, migration 0002).
"""

from .book import IncidentBook
from .config import ConfigError, FuseConfig, load_config
from .fusion import Join, MemoryIndex, fuse
from .model import Mention, mentions_from_extraction

__all__ = ["ConfigError", "FuseConfig", "IncidentBook", "Join", "MemoryIndex", "Mention", "fuse",
           "load_config", "mentions_from_extraction"]
