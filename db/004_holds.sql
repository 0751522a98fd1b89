-- hubdesk schema, level 4: one lifecycle for bookings and visits.
--
-- A member sitting at a space holds it from check-in until hold_until: the
-- start of the next booking of that space by someone else, or the day's
-- closing, whichever comes first (worked out when they check in; NULL for a
-- visit without a space, a guest, or a visit entered after the fact). The
-- hold ends early when they check out. Nobody else can book into a hold,
-- and no hold can be taken over somebody else's booking: the triggers below
-- refuse both, whatever the C code does.
ALTER TABLE visit ADD COLUMN hold_until INTEGER;

-- A booking whose desk was in use when its member came is moved to another
-- desk of the same kind; moved_from keeps the desk it was made for.
ALTER TABLE booking ADD COLUMN moved_from INTEGER REFERENCES space (id);

-- From when a space counts as available: the start (UTC) of its first
-- local day. Spaces made before this level count from when they were made.
ALTER TABLE space ADD COLUMN available_from INTEGER;
UPDATE space SET available_from = created_at;

CREATE TRIGGER booking_no_overlap_hold_insert
BEFORE INSERT ON booking
WHEN NEW.status IN ('booked', 'checked-in')
BEGIN
    SELECT RAISE(ABORT, 'booking overlaps a walk-in''s hold of the same space')
    WHERE EXISTS (
        SELECT 1 FROM visit AS v
        WHERE v.space_id = NEW.space_id AND v.checked_out_at IS NULL
          AND v.hold_until > NEW.starts_at AND v.checked_in_at < NEW.ends_at
          AND v.member_id IS NOT NEW.member_id);
END;

CREATE TRIGGER booking_no_overlap_hold_update
BEFORE UPDATE OF space_id, starts_at, ends_at, status ON booking
WHEN NEW.status IN ('booked', 'checked-in')
BEGIN
    SELECT RAISE(ABORT, 'booking overlaps a walk-in''s hold of the same space')
    WHERE EXISTS (
        SELECT 1 FROM visit AS v
        WHERE v.space_id = NEW.space_id AND v.checked_out_at IS NULL
          AND v.hold_until > NEW.starts_at AND v.checked_in_at < NEW.ends_at
          AND v.member_id IS NOT NEW.member_id);
END;

CREATE TRIGGER visit_hold_no_overlap_insert
BEFORE INSERT ON visit
WHEN NEW.hold_until IS NOT NULL AND NEW.checked_out_at IS NULL
BEGIN
    SELECT RAISE(ABORT, 'a hold overlaps another member''s booking of the same space')
    WHERE EXISTS (
        SELECT 1 FROM booking AS b
        WHERE b.space_id = NEW.space_id
          AND b.starts_at > NEW.checked_in_at - 90000
          AND b.starts_at < NEW.hold_until
          AND b.ends_at > NEW.checked_in_at
          AND b.status IN ('booked', 'checked-in')
          AND b.member_id IS NOT NEW.member_id);
END;

CREATE TRIGGER visit_hold_no_overlap_update
BEFORE UPDATE OF space_id, checked_in_at, checked_out_at, hold_until ON visit
WHEN NEW.hold_until IS NOT NULL AND NEW.checked_out_at IS NULL
BEGIN
    SELECT RAISE(ABORT, 'a hold overlaps another member''s booking of the same space')
    WHERE EXISTS (
        SELECT 1 FROM booking AS b
        WHERE b.space_id = NEW.space_id
          AND b.starts_at > NEW.checked_in_at - 90000
          AND b.starts_at < NEW.hold_until
          AND b.ends_at > NEW.checked_in_at
          AND b.status IN ('booked', 'checked-in')
          AND b.member_id IS NOT NEW.member_id);
END;
