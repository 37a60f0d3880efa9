"""fuse: the same real incident reported by many documents becomes one incident, graded.

    model.py        Mention (one stored event with its place, time, attributions), IncidentState
    compat.py       type family, place, time and actor compatibility, each with its reason;
                    FusionOptions (thresholds) and the candidate index keys
    fusion.py       incremental, deterministic fusion against an IncidentIndex
    syndication.py  near-copies of one story (MinHash over word shingles, LSH bands), and
                    light rewrites of a wire story by another outlet within 2 days
    grade.py        source x stance matrix, independence, status over time, Admiralty grade
    config.py       the analyst's TOML: per-source reliability A-F, fusion thresholds
    render.py       the stable ``fogofwar incidents --format json`` objects and evidence
    book.py         IncidentBook: all of it in memory, for library use and tests

The store keeps incidents in its own tables (store/incidents.py, migration 0002).

When do two events describe one incident? (each rule's threshold is in FusionOptions)
  type     the same family (fighting and advances; shelling and air strikes; a withdrawal
           or retaking is its own family, a later development)
  place    the same gazetteer entry, or settlements within the sum of their radii; a region
           contains its settlements only for denials ("all attacks in the oblast were
           repelled"); a whole country never merges assertions
  time     overlapping intervals; an undated event (the report's date) matches another
           undated one of the next day from another outlet, or a dated one of its own or the
           previous day; a coarse time (a week, a month) at the very same settlement reaches
           14 days; a time wider than a month merges with nothing but itself; "in the past
           24 hours" is the report's own day; a forward-looking time ("in the coming days")
           merges with nothing; a coarse time recalled weeks later ("in mid-May", in an
           August report) merges only with the very same interval
  actors   no named actor of one contradicts the other's
  denials  a negated or denied event joins what it denies; a placeless explicit denial
           covers the places of its own paragraph, except what its own report states in
           its own voice ("attacks on X ... repelled the attacks" is one story, no dispute)
Every membership stores these features as the reason it was made.
"""

from .book import IncidentBook
from .config import ConfigError, FuseConfig, load_config
from .fusion import Join, MemoryIndex, fuse
from .model import Mention, mentions_from_extraction

__all__ = ["ConfigError", "FuseConfig", "IncidentBook", "Join", "MemoryIndex", "Mention", "fuse",
           "load_config", "mentions_from_extraction"]
