-- Full-text search over reports and claims (web/, issue 12), PostgreSQL: GIN indexes on
-- the documents' tsvectors (English stemming), always in sync because they index the rows
-- themselves. store/search.py queries with the very same expressions. The SQLite side is
-- 0005_search.sqlite.sql.
CREATE INDEX reports_search ON reports USING GIN (
    (setweight(to_tsvector('english', COALESCE(title, '')), 'A')
     || setweight(to_tsvector('english', text), 'B')));
CREATE INDEX claims_search ON claims USING GIN (
    (setweight(to_tsvector('english', source_canonical || ' ' || source_text), 'A')
     || setweight(to_tsvector('english', content_text), 'B')));
