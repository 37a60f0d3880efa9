-- Incident facets in a narrow table of their own (replacing the columns 0004 added to
-- incidents): a list of incidents filters, counts and orders over short rows and indexes,
-- never over the incidents' large summary_json rows (SQLite reads a column stored after
-- one through its overflow pages). incident_facets.py writes a row with every summary;
-- `fogofwar serve` fills the rows of stores fused before.
DROP INDEX incidents_list;
DROP INDEX incidents_where;
DROP INDEX incidents_facets;
ALTER TABLE incidents DROP COLUMN facets;
ALTER TABLE incidents DROP COLUMN place_name;
ALTER TABLE incidents DROP COLUMN place_key;
ALTER TABLE incidents DROP COLUMN place_lat;
ALTER TABLE incidents DROP COLUMN place_lon;
ALTER TABLE incidents DROP COLUMN place_admin1;
ALTER TABLE incidents DROP COLUMN place_cc;
ALTER TABLE incidents DROP COLUMN time_first;
ALTER TABLE incidents DROP COLUMN time_last;
ALTER TABLE incidents DROP COLUMN list_key;

CREATE TABLE incident_facets (
    incident_id     TEXT PRIMARY KEY REFERENCES incidents (id) ON DELETE CASCADE,
    status          TEXT NOT NULL,
    credibility     INTEGER,
    event_type      TEXT,
    sub_event_type  TEXT,
    place_name      TEXT,
    place_key       TEXT,           -- geo.names.key(place_name): --place matches by it
    place_lat       DOUBLE PRECISION,
    place_lon       DOUBLE PRECISION,
    place_admin1    TEXT,
    place_cc        TEXT,
    time_first      TEXT,
    time_last       TEXT,
    list_key        TEXT NOT NULL,  -- time_last, '' when undated: newest first, undated last
    span_last       TEXT            -- incidents.span_last: the order's tie-break
);
CREATE INDEX incident_facets_list ON incident_facets (list_key DESC, span_last DESC, incident_id);
CREATE INDEX incident_facets_box ON incident_facets (place_lat, place_lon);
CREATE INDEX incident_facets_status ON incident_facets (status, credibility);
CREATE INDEX incident_sources_side ON incident_sources (side, kind);
