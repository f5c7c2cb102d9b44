-- Retention of the personal data in closed incidents (charter section 6): after the configured age the purge
-- removes the caller numbers, the description, the notes and the exact position (kept to about 1 km, enough for
-- the province statistics) and stamps the incident; type, priority, province, units and times stay for statistics.
ALTER TABLE incidents ALTER COLUMN caller_number DROP NOT NULL;
ALTER TABLE incident_calls ALTER COLUMN caller_number DROP NOT NULL;
ALTER TABLE incidents ADD COLUMN personal_data_removed_at TIMESTAMP WITH TIME ZONE;
-- the purge's scan: closed incidents not yet stripped, oldest first
CREATE INDEX incidents_closed ON incidents (closed_at);
