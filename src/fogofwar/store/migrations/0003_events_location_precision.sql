-- events.location_precision: ACLED geo-precision of the event's site (records.Event, added
-- after 0001): the place's own precision, or 2 when the text puts the event "near" a place.
ALTER TABLE events ADD COLUMN location_precision INTEGER;
