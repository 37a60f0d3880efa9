-- Which pipeline and which gazetteer produced each report's extraction (provenance.py), so
-- that `fogofwar reports` can show stale ones and `fogofwar reprocess --stale` refresh them.
-- Reports stored before this migration have NULLs: "extracted by an unrecorded version".
ALTER TABLE reports ADD COLUMN pipeline_version TEXT;
ALTER TABLE reports ADD COLUMN gazetteer_version TEXT;
ALTER TABLE reports ADD COLUMN extracted_at TEXT;
