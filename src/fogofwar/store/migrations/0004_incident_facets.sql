-- Incident facets for the workbench's lists (web/, issue 12): the cached summary's place and
-- time as columns and its sources as rows, written with the summary (incident_facets.py), so
-- that a list of incidents filters, sorts and pages in SQL instead of parsing every summary.
-- Stores fused before this migration get them on the next `fogofwar serve` (fill_missing).
ALTER TABLE incidents ADD COLUMN facets INTEGER NOT NULL DEFAULT 0;
ALTER TABLE incidents ADD COLUMN place_name TEXT;
ALTER TABLE incidents ADD COLUMN place_key TEXT;
ALTER TABLE incidents ADD COLUMN place_lat DOUBLE PRECISION;
ALTER TABLE incidents ADD COLUMN place_lon DOUBLE PRECISION;
ALTER TABLE incidents ADD COLUMN place_admin1 TEXT;
ALTER TABLE incidents ADD COLUMN place_cc TEXT;
ALTER TABLE incidents ADD COLUMN time_first TEXT;
ALTER TABLE incidents ADD COLUMN time_last TEXT;
-- newest first, undated last: time_last, '' when undated (fogofwar incidents' order)
ALTER TABLE incidents ADD COLUMN list_key TEXT;
CREATE INDEX incidents_list ON incidents (list_key DESC, span_last DESC, id);
CREATE INDEX incidents_where ON incidents (place_lat, place_lon);
CREATE INDEX incidents_facets ON incidents (facets);

CREATE TABLE incident_sources (
    incident_id     TEXT NOT NULL REFERENCES incidents (id) ON DELETE CASCADE,
    canonical       TEXT NOT NULL,
    kind            TEXT,
    side            TEXT,
    stance          TEXT,
    relays          TEXT,
    first_reported  TEXT
);
CREATE INDEX incident_sources_incident ON incident_sources (incident_id);
CREATE INDEX incident_sources_canonical ON incident_sources (canonical);
