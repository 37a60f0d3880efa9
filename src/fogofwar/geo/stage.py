"""The place stage as the pipeline calls it: ``PlaceStage.load(path)(doc, report)``.

``load(None)`` opens the index at ``fogofwar.geo.index.default_path()``
($FOGOFWAR_GAZETTEER, else $FOGOFWAR_HOME/gazetteer.sqlite, else
~/.cache/fogofwar/gazetteer.sqlite), building the embedded default there on first use
(~10-30 s once); whatever ``fogofwar gazetteer add`` put there is included.
"""

from __future__ import annotations

from pathlib import Path

from ..records import Place, Report
from .index import GazetteerIndex
from .recognise import recognise
from .resolve import ResolveOptions, resolve


class PlaceStage:
    """Recognise and resolve the places of a parsed report: ``stage(doc, report) -> list[Place]``.

    The gazetteer index is injected (``PlaceStage(index)``) so tests can use a small
    in-memory one."""

    def __init__(self, index: GazetteerIndex, options: ResolveOptions | None = None):
        self.index = index
        self.options = options or ResolveOptions()

    @classmethod
    def load(cls, path: str | None = None) -> "PlaceStage":
        """Load the gazetteer at ``path`` (a built index file), or the default index."""
        from .build import ensure_index

        if path is not None and not Path(path).exists():
            raise FileNotFoundError(
                f"gazetteer {path}: no such index (build one with `fogofwar gazetteer build`)")
        return cls(GazetteerIndex.open(ensure_index(path)))

    def __call__(self, doc, report: Report | None = None) -> list[Place]:
        mentions = recognise(doc, self.index.lookup, self.index.fuzzy_lookup)
        return resolve(mentions, self.index, doc.text, self.options)
