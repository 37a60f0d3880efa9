-- events.main: the event is one of its report's main events, its news (records.Event.main,
-- events/main_event.py). Events stored before this migration have NULL: not known. Their
-- reports are stale anyway (the extraction code changed, provenance.py), and
-- `fogofwar reprocess --stale` fills the flag; nothing guesses it from the stored rows.
ALTER TABLE events ADD COLUMN main INTEGER;
