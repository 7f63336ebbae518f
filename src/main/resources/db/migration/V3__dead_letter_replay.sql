-- A replayed dead letter stays listed (its history), marked with when it was replayed.
ALTER TABLE dead_letter ADD COLUMN replayed_at TIMESTAMPTZ;
CREATE INDEX dead_letter_waiting_idx ON dead_letter (job_id) WHERE replayed_at IS NULL;
