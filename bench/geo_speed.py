"""Speed of the place stage next to the spaCy parse it rests on, in the same run.

``python -m bench.geo_speed [N]``: the first N LGL articles (default 200) and the belgorod
article, parsed with the project's spaCy pipeline, then placed with the default+UA+RU-postal
gazetteer. Prints one JSON line: ms per report for each, and the ratio.
"""

from __future__ import annotations

import json
import sys
import time

from .gatelib import shared
from .gate_lgl import bench_index


def main(n: int = 200) -> dict:
    from fogofwar import nlp as _nlp
    from fogofwar.geo.evaluate import load_articles
    from fogofwar.geo.stage import PlaceStage

    texts = [a.text for a in load_articles(shared("geoparsing", "lgl.xml"))[:n]]
    texts.append(shared("corpus", "belgorod-incursion-article.txt").read_text(encoding="utf-8"))
    nlp = _nlp.load()
    t0 = time.perf_counter()
    stage = PlaceStage.load(str(bench_index("ua_ru", ["UA", "RU-postal"])))
    t_load = time.perf_counter() - t0
    t0 = time.perf_counter()
    docs = list(nlp.pipe(texts, batch_size=32))
    t_spacy = time.perf_counter() - t0
    t0 = time.perf_counter()
    n_places = sum(len(stage(d)) for d in docs)
    t_geo = time.perf_counter() - t0
    words = sum(len(d) for d in docs)
    out = {"reports": len(docs), "tokens": words, "places": n_places,
           "gazetteer_load_s": round(t_load, 3),
           "spacy_ms_per_report": round(t_spacy / len(docs) * 1000, 2),
           "place_ms_per_report": round(t_geo / len(docs) * 1000, 2),
           "place_over_spacy": round(t_geo / t_spacy, 3)}
    print(json.dumps(out))
    return out


if __name__ == "__main__":
    main(int(sys.argv[1]) if len(sys.argv) > 1 else 200)
