-- hubdesk schema, level 3: the booking lifecycle and its rules.
-- A booking may belong to a series (a recurring booking), and records when
-- staff overrode a rule for it. A visit closed by the sweep at closing time
-- says so, so that staff can correct it and reports can tell.
ALTER TABLE booking ADD COLUMN series_uuid TEXT
    CHECK (series_uuid IS NULL OR length(series_uuid) = 36);
ALTER TABLE booking ADD COLUMN overridden TEXT; -- the rules staff set aside, or NULL
ALTER TABLE visit ADD COLUMN auto_closed INTEGER NOT NULL DEFAULT 0
    CHECK (auto_closed IN (0, 1));
CREATE INDEX booking_series ON booking (series_uuid) WHERE series_uuid IS NOT NULL;
-- The no-show sweep looks only at bookings still waiting for their member.
CREATE INDEX booking_waiting ON booking (starts_at) WHERE status = 'booked';
