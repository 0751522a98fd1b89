-- hubdesk schema, level 5: visits never overlap.
--
-- Staff correct the visitor log (change a visit's times, add a forgotten
-- one), so the log needs the guard the bookings have: a member is in one
-- visit at a time, and a space holds one visit at a time. The domain checks
-- first to explain a refusal; these triggers refuse whatever the C code does.
--
-- A visit lasts at most its local day (the sweep closes one left open at
-- its day's closing), so no visit is longer than 25 hours; the triggers look
-- only at visits that began at most 25 hours before the new one, which keeps
-- them on the (member_id, checked_in_at) and (space_id, checked_in_at)
-- indexes however long the history grows (the upper bound is written with
-- coalesce, not OR, so that the index range has both ends). A visit still
-- open (no check-out) counts as going on for ever. Visits that only touch
-- (one ends the minute the next begins) do not overlap.
CREATE INDEX visit_space_in ON visit (space_id, checked_in_at) WHERE space_id IS NOT NULL;

CREATE TRIGGER visit_member_no_overlap_insert
BEFORE INSERT ON visit
WHEN NEW.member_id IS NOT NULL
BEGIN
    SELECT RAISE(ABORT, 'visit overlaps another visit of the same member')
    WHERE EXISTS (
        SELECT 1 FROM visit AS v
        WHERE v.member_id = NEW.member_id
          AND v.checked_in_at > NEW.checked_in_at - 90000
          AND v.checked_in_at < coalesce(NEW.checked_out_at, 9223372036854775807)
          AND (v.checked_out_at IS NULL OR v.checked_out_at > NEW.checked_in_at));
END;

CREATE TRIGGER visit_member_no_overlap_update
BEFORE UPDATE OF member_id, checked_in_at, checked_out_at ON visit
WHEN NEW.member_id IS NOT NULL
BEGIN
    SELECT RAISE(ABORT, 'visit overlaps another visit of the same member')
    WHERE EXISTS (
        SELECT 1 FROM visit AS v
        WHERE v.member_id = NEW.member_id
          AND v.id <> NEW.id
          AND v.checked_in_at > NEW.checked_in_at - 90000
          AND v.checked_in_at < coalesce(NEW.checked_out_at, 9223372036854775807)
          AND (v.checked_out_at IS NULL OR v.checked_out_at > NEW.checked_in_at));
END;

CREATE TRIGGER visit_space_no_overlap_insert
BEFORE INSERT ON visit
WHEN NEW.space_id IS NOT NULL
BEGIN
    SELECT RAISE(ABORT, 'visit overlaps another visit at the same space')
    WHERE EXISTS (
        SELECT 1 FROM visit AS v
        WHERE v.space_id = NEW.space_id
          AND v.checked_in_at > NEW.checked_in_at - 90000
          AND v.checked_in_at < coalesce(NEW.checked_out_at, 9223372036854775807)
          AND (v.checked_out_at IS NULL OR v.checked_out_at > NEW.checked_in_at));
END;

CREATE TRIGGER visit_space_no_overlap_update
BEFORE UPDATE OF space_id, checked_in_at, checked_out_at ON visit
WHEN NEW.space_id IS NOT NULL
BEGIN
    SELECT RAISE(ABORT, 'visit overlaps another visit at the same space')
    WHERE EXISTS (
        SELECT 1 FROM visit AS v
        WHERE v.space_id = NEW.space_id
          AND v.id <> NEW.id
          AND v.checked_in_at > NEW.checked_in_at - 90000
          AND v.checked_in_at < coalesce(NEW.checked_out_at, 9223372036854775807)
          AND (v.checked_out_at IS NULL OR v.checked_out_at > NEW.checked_in_at));
END;
