-- hubdesk schema, level 9: members leave, and their data with them.
--
-- A retired member's code stops working (retired_at); an erased one keeps
-- only what the statistics count (municipality, category) and their history
-- as anonymous rows (erased_at). org_key stands in for an erased member's
-- organisation: a random key shared by every member who had that
-- organisation when one of them was erased, so that a month's count of
-- distinct organisations stays what it was.
ALTER TABLE member ADD COLUMN retired_at INTEGER;
ALTER TABLE member ADD COLUMN erased_at INTEGER;
ALTER TABLE member ADD COLUMN org_key TEXT;

-- Past retention_days a guest's visit loses its name, purpose and host, so
-- the visit table's CHECK must let a guest have no host once blanked. SQLite
-- cannot change a CHECK in place: the table is rebuilt (create, copy, drop,
-- rename), and every index and trigger on it from levels 1, 3, 4, 5 and 7 is
-- created again exactly as it was.
CREATE TABLE visit_new (
    id             INTEGER PRIMARY KEY,
    uuid           TEXT NOT NULL UNIQUE CHECK (length(uuid) = 36),
    is_guest       INTEGER NOT NULL CHECK (is_guest IN (0, 1)),
    member_id      INTEGER REFERENCES member (id),
    guest_name     TEXT,
    host_member_id INTEGER REFERENCES member (id),
    purpose        TEXT,
    space_id       INTEGER REFERENCES space (id),
    booking_id     INTEGER REFERENCES booking (id),
    checked_in_at  INTEGER NOT NULL,
    checked_out_at INTEGER,
    auto_closed    INTEGER NOT NULL DEFAULT 0 CHECK (auto_closed IN (0, 1)),
    hold_until     INTEGER,
    CHECK (checked_out_at IS NULL OR checked_out_at >= checked_in_at),
    CHECK ((is_guest = 0 AND member_id IS NOT NULL AND host_member_id IS NULL)
        OR (is_guest = 1 AND member_id IS NULL
            AND (host_member_id IS NOT NULL OR guest_name IS NULL)))
);
INSERT INTO visit_new (id, uuid, is_guest, member_id, guest_name, host_member_id, purpose,
    space_id, booking_id, checked_in_at, checked_out_at, auto_closed, hold_until)
SELECT id, uuid, is_guest, member_id, guest_name, host_member_id, purpose,
    space_id, booking_id, checked_in_at, checked_out_at, auto_closed, hold_until
FROM visit;
DROP TABLE visit;
-- The bookings' hold triggers of level 4 name visit: with legacy_alter_table
-- the rename leaves them as they are (they find the new table by its name)
-- instead of refusing because visit was missing for a moment.
PRAGMA legacy_alter_table = ON;
ALTER TABLE visit_new RENAME TO visit;
PRAGMA legacy_alter_table = OFF;

-- From db/001_init.sql.
CREATE UNIQUE INDEX visit_member_open ON visit (member_id)
    WHERE checked_out_at IS NULL AND member_id IS NOT NULL;

CREATE UNIQUE INDEX visit_space_open ON visit (space_id)
    WHERE checked_out_at IS NULL AND space_id IS NOT NULL;

CREATE INDEX visit_open ON visit (is_guest) WHERE checked_out_at IS NULL;

CREATE INDEX visit_checked_in ON visit (checked_in_at);

CREATE INDEX visit_member     ON visit (member_id, checked_in_at);

CREATE INDEX visit_space      ON visit (space_id, checked_out_at) WHERE space_id IS NOT NULL;

CREATE INDEX visit_booking    ON visit (booking_id) WHERE booking_id IS NOT NULL;

-- From db/004_holds.sql.
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

-- From db/005_visit_overlap.sql.
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

-- From db/007_audit.sql.
CREATE TRIGGER audit_visit_insert AFTER INSERT ON visit
BEGIN
    INSERT INTO audit (at, role, staff, action, subject, detail)
    SELECT c.at, c.role, c.staff, CASE NEW.is_guest WHEN 1 THEN 'guest.add' ELSE 'visit.add' END,
           NEW.uuid,
           json_object('member', (SELECT uuid FROM member WHERE id = NEW.member_id),
                       'host', (SELECT uuid FROM member WHERE id = NEW.host_member_id),
                       'space', (SELECT code FROM space WHERE id = NEW.space_id),
                       'booking', (SELECT uuid FROM booking WHERE id = NEW.booking_id),
                       'checked_in_at', NEW.checked_in_at,
                       'checked_out_at', NEW.checked_out_at)
    FROM audit_context AS c WHERE c.id = 1;
END;

CREATE TRIGGER audit_visit_update AFTER UPDATE ON visit
BEGIN
    INSERT INTO audit (at, role, staff, action, subject, detail)
    SELECT c.at, c.role, c.staff,
           CASE NEW.is_guest WHEN 1 THEN 'guest.change' ELSE 'visit.change' END,
           NEW.uuid, d.detail
    FROM audit_context AS c,
         (SELECT json_group_object(k, json(v)) AS detail FROM (
              SELECT 'checked_in_at' AS k, json_array(OLD.checked_in_at, NEW.checked_in_at) AS v,
                     OLD.checked_in_at IS NOT NEW.checked_in_at AS changed
              UNION ALL SELECT 'checked_out_at',
                     json_array(OLD.checked_out_at, NEW.checked_out_at),
                     OLD.checked_out_at IS NOT NEW.checked_out_at
              UNION ALL SELECT 'space', json_array(
                         (SELECT code FROM space WHERE id = OLD.space_id),
                         (SELECT code FROM space WHERE id = NEW.space_id)),
                     OLD.space_id IS NOT NEW.space_id
              UNION ALL SELECT 'booking', json_array(
                         (SELECT uuid FROM booking WHERE id = OLD.booking_id),
                         (SELECT uuid FROM booking WHERE id = NEW.booking_id)),
                     OLD.booking_id IS NOT NEW.booking_id
              UNION ALL SELECT 'member', json_array(
                         (SELECT uuid FROM member WHERE id = OLD.member_id),
                         (SELECT uuid FROM member WHERE id = NEW.member_id)),
                     OLD.member_id IS NOT NEW.member_id
              UNION ALL SELECT 'host', json_array(
                         (SELECT uuid FROM member WHERE id = OLD.host_member_id),
                         (SELECT uuid FROM member WHERE id = NEW.host_member_id)),
                     OLD.host_member_id IS NOT NEW.host_member_id
              UNION ALL SELECT 'auto_closed', json_array(OLD.auto_closed, NEW.auto_closed),
                     OLD.auto_closed IS NOT NEW.auto_closed
              UNION ALL SELECT 'hold_until', json_array(OLD.hold_until, NEW.hold_until),
                     OLD.hold_until IS NOT NEW.hold_until
              UNION ALL SELECT 'guest_name', '["…","…"]', OLD.guest_name IS NOT NEW.guest_name
              UNION ALL SELECT 'purpose', '["…","…"]', OLD.purpose IS NOT NEW.purpose)
          WHERE changed) AS d
    WHERE c.id = 1 AND d.detail <> '{}';
END;

CREATE TRIGGER audit_visit_delete AFTER DELETE ON visit
BEGIN
    INSERT INTO audit (at, role, staff, action, subject, detail)
    SELECT c.at, c.role, c.staff,
           CASE OLD.is_guest WHEN 1 THEN 'guest.remove' ELSE 'visit.remove' END, OLD.uuid,
           json_object('member', (SELECT uuid FROM member WHERE id = OLD.member_id),
                       'host', (SELECT uuid FROM member WHERE id = OLD.host_member_id),
                       'checked_in_at', OLD.checked_in_at,
                       'checked_out_at', OLD.checked_out_at)
    FROM audit_context AS c WHERE c.id = 1;
END;

-- The guests' visits whose name, purpose and host are still kept, by age:
-- what the retention purge looks for, however long the history grows.
CREATE INDEX visit_guest_kept ON visit (checked_in_at)
    WHERE is_guest = 1 AND host_member_id IS NOT NULL;
