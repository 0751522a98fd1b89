-- hubdesk schema, level 7: the audit log.
--
-- Every change of data appends a row to `audit` in the same transaction,
-- written by the triggers below whatever the C code does, so a change that
-- is rolled back (a refusal) leaves no row either. Who acted is read from
-- `audit_context`, which the program sets at the start of each write
-- transaction (the clock it acts on, the role, the staff member's name).
--
-- Audit rows name people only by their UUID: never a name, e-mail, member
-- code, guest name or purpose. A change of such a field is recorded by the
-- field's name alone, so that an erasure or the retention purge never has
-- to touch the audit log. Rows are never updated (a trigger refuses it),
-- except the per-hour count of unknown member codes typed at a kiosk.

CREATE TABLE audit (
    id      INTEGER PRIMARY KEY,
    at      INTEGER NOT NULL,       -- UTC seconds, the clock the program acted on
    role    TEXT NOT NULL CHECK (role IN ('kiosk', 'staff', 'admin', 'clock')),
    staff   TEXT,                   -- the staff member who acted, when one did
    action  TEXT NOT NULL CHECK (length(action) BETWEEN 1 AND 64),
    subject TEXT,                   -- the UUID (or space code, date) of what changed
    detail  TEXT                    -- compact JSON: values, or [before, after]
);
CREATE INDEX audit_at ON audit (at);
CREATE INDEX audit_subject ON audit (subject) WHERE subject IS NOT NULL;
-- One count per kiosk and hour: the unknown codes typed there, never the codes.
CREATE UNIQUE INDEX audit_unknown_codes ON audit (subject, at)
    WHERE action = 'kiosk.unknown-codes';

-- A count of unknown codes may only go up by one; nothing else of it, and
-- nothing of any other row, may change.
CREATE TRIGGER audit_rows_stay
BEFORE UPDATE ON audit
WHEN OLD.action <> 'kiosk.unknown-codes' OR NEW.action <> OLD.action
  OR NEW.id <> OLD.id OR NEW.at <> OLD.at OR NEW.role <> OLD.role
  OR NEW.staff IS NOT OLD.staff OR NEW.subject IS NOT OLD.subject
  OR NEW.detail IS NOT json_object('count', json_extract(OLD.detail, '$.count') + 1)
BEGIN
    SELECT RAISE(ABORT, 'audit rows are never changed');
END;

CREATE TABLE audit_context (
    id    INTEGER PRIMARY KEY CHECK (id = 1),
    at    INTEGER NOT NULL,
    role  TEXT NOT NULL CHECK (role IN ('kiosk', 'staff', 'admin', 'clock')),
    staff TEXT
);
INSERT INTO audit_context (id, at, role, staff) VALUES (1, 0, 'admin', NULL);

-- The differences between two versions of a row: {"field": [before, after]}
-- for each field that changed. Personal fields appear as ["…", "…"] so that
-- the log says they changed without holding them.

-- Bookings.
CREATE TRIGGER audit_booking_insert AFTER INSERT ON booking
BEGIN
    INSERT INTO audit (at, role, staff, action, subject, detail)
    SELECT c.at, c.role, c.staff, 'booking.add', NEW.uuid,
           json_object('member', (SELECT uuid FROM member WHERE id = NEW.member_id),
                       'space', (SELECT code FROM space WHERE id = NEW.space_id),
                       'starts_at', NEW.starts_at, 'ends_at', NEW.ends_at,
                       'status', NEW.status, 'series', NEW.series_uuid,
                       'overridden', NEW.overridden)
    FROM audit_context AS c WHERE c.id = 1;
END;

CREATE TRIGGER audit_booking_update AFTER UPDATE ON booking
BEGIN
    INSERT INTO audit (at, role, staff, action, subject, detail)
    SELECT c.at, c.role, c.staff, 'booking.change', NEW.uuid, d.detail
    FROM audit_context AS c,
         (SELECT json_group_object(k, json_array(o, n)) AS detail FROM (
              SELECT 'member' AS k, (SELECT uuid FROM member WHERE id = OLD.member_id) AS o,
                     (SELECT uuid FROM member WHERE id = NEW.member_id) AS n
              UNION ALL SELECT 'space', (SELECT code FROM space WHERE id = OLD.space_id),
                     (SELECT code FROM space WHERE id = NEW.space_id)
              UNION ALL SELECT 'starts_at', OLD.starts_at, NEW.starts_at
              UNION ALL SELECT 'ends_at', OLD.ends_at, NEW.ends_at
              UNION ALL SELECT 'status', OLD.status, NEW.status
              UNION ALL SELECT 'cancelled_at', OLD.cancelled_at, NEW.cancelled_at
              UNION ALL SELECT 'series', OLD.series_uuid, NEW.series_uuid
              UNION ALL SELECT 'overridden', OLD.overridden, NEW.overridden
              UNION ALL SELECT 'moved_from', (SELECT code FROM space WHERE id = OLD.moved_from),
                     (SELECT code FROM space WHERE id = NEW.moved_from))
          WHERE o IS NOT n) AS d
    WHERE c.id = 1 AND d.detail <> '{}';
END;

CREATE TRIGGER audit_booking_delete AFTER DELETE ON booking
BEGIN
    INSERT INTO audit (at, role, staff, action, subject, detail)
    SELECT c.at, c.role, c.staff, 'booking.remove', OLD.uuid,
           json_object('member', (SELECT uuid FROM member WHERE id = OLD.member_id),
                       'status', OLD.status)
    FROM audit_context AS c WHERE c.id = 1;
END;

-- Visits: members' and guests'. A guest's name and purpose never enter.
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

-- Members: only the category is not personal; the other fields are named.
CREATE TRIGGER audit_member_insert AFTER INSERT ON member
BEGIN
    INSERT INTO audit (at, role, staff, action, subject, detail)
    SELECT c.at, c.role, c.staff, 'member.add', NEW.uuid,
           json_object('category', NEW.category)
    FROM audit_context AS c WHERE c.id = 1;
END;

CREATE TRIGGER audit_member_update AFTER UPDATE ON member
BEGIN
    INSERT INTO audit (at, role, staff, action, subject, detail)
    SELECT c.at, c.role, c.staff, 'member.change', NEW.uuid, d.detail
    FROM audit_context AS c,
         (SELECT json_group_object(k, json(v)) AS detail FROM (
              SELECT 'category' AS k, json_array(OLD.category, NEW.category) AS v,
                     OLD.category IS NOT NEW.category AS changed
              UNION ALL SELECT 'code', '["…","…"]', OLD.code IS NOT NEW.code
              UNION ALL SELECT 'name', '["…","…"]', OLD.name IS NOT NEW.name
              UNION ALL SELECT 'email', '["…","…"]', OLD.email IS NOT NEW.email
              UNION ALL SELECT 'municipality', '["…","…"]',
                     OLD.municipality IS NOT NEW.municipality
              UNION ALL SELECT 'organisation', '["…","…"]',
                     OLD.organisation IS NOT NEW.organisation)
          WHERE changed) AS d
    WHERE c.id = 1 AND d.detail <> '{}';
END;

CREATE TRIGGER audit_member_delete AFTER DELETE ON member
BEGIN
    INSERT INTO audit (at, role, staff, action, subject)
    SELECT c.at, c.role, c.staff, 'member.remove', OLD.uuid
    FROM audit_context AS c WHERE c.id = 1;
END;

-- Spaces, the hub, its hours, closed dates and settings hold no person.
CREATE TRIGGER audit_space_insert AFTER INSERT ON space
BEGIN
    INSERT INTO audit (at, role, staff, action, subject, detail)
    SELECT c.at, c.role, c.staff, 'space.add', NEW.code,
           json_object('kind', NEW.kind, 'name', NEW.name, 'capacity', NEW.capacity,
                       'zone', NEW.zone, 'map_col', NEW.map_col, 'map_row', NEW.map_row,
                       'available_from', NEW.available_from)
    FROM audit_context AS c WHERE c.id = 1;
END;

CREATE TRIGGER audit_space_update AFTER UPDATE ON space
BEGIN
    INSERT INTO audit (at, role, staff, action, subject, detail)
    SELECT c.at, c.role, c.staff, 'space.change', NEW.code, d.detail
    FROM audit_context AS c,
         (SELECT json_group_object(k, json_array(o, n)) AS detail FROM (
              SELECT 'code' AS k, OLD.code AS o, NEW.code AS n
              UNION ALL SELECT 'kind', OLD.kind, NEW.kind
              UNION ALL SELECT 'name', OLD.name, NEW.name
              UNION ALL SELECT 'capacity', OLD.capacity, NEW.capacity
              UNION ALL SELECT 'zone', OLD.zone, NEW.zone
              UNION ALL SELECT 'map_col', OLD.map_col, NEW.map_col
              UNION ALL SELECT 'map_row', OLD.map_row, NEW.map_row
              UNION ALL SELECT 'retired_at', OLD.retired_at, NEW.retired_at
              UNION ALL SELECT 'available_from', OLD.available_from, NEW.available_from)
          WHERE o IS NOT n) AS d
    WHERE c.id = 1 AND d.detail <> '{}';
END;

CREATE TRIGGER audit_space_delete AFTER DELETE ON space
BEGIN
    INSERT INTO audit (at, role, staff, action, subject)
    SELECT c.at, c.role, c.staff, 'space.remove', OLD.code
    FROM audit_context AS c WHERE c.id = 1;
END;

CREATE TRIGGER audit_hub_insert AFTER INSERT ON hub
BEGIN
    INSERT INTO audit (at, role, staff, action, subject, detail)
    SELECT c.at, c.role, c.staff, 'hub.add', NEW.uuid,
           json_object('name', NEW.name, 'municipality', NEW.municipality,
                       'region', NEW.region, 'timezone', NEW.timezone)
    FROM audit_context AS c WHERE c.id = 1;
END;

CREATE TRIGGER audit_hub_update AFTER UPDATE ON hub
BEGIN
    INSERT INTO audit (at, role, staff, action, subject, detail)
    SELECT c.at, c.role, c.staff, 'hub.change', NEW.uuid, d.detail
    FROM audit_context AS c,
         (SELECT json_group_object(k, json_array(o, n)) AS detail FROM (
              SELECT 'name' AS k, OLD.name AS o, NEW.name AS n
              UNION ALL SELECT 'municipality', OLD.municipality, NEW.municipality
              UNION ALL SELECT 'region', OLD.region, NEW.region
              UNION ALL SELECT 'timezone', OLD.timezone, NEW.timezone)
          WHERE o IS NOT n) AS d
    WHERE c.id = 1 AND d.detail <> '{}';
END;

CREATE TRIGGER audit_hub_delete AFTER DELETE ON hub
BEGIN
    INSERT INTO audit (at, role, staff, action, subject)
    SELECT c.at, c.role, c.staff, 'hub.remove', OLD.uuid
    FROM audit_context AS c WHERE c.id = 1;
END;

CREATE TRIGGER audit_hours_insert AFTER INSERT ON opening_hours
BEGIN
    INSERT INTO audit (at, role, staff, action, subject, detail)
    SELECT c.at, c.role, c.staff, 'hours.set', NEW.weekday,
           json_object('opens_min', NEW.opens_min, 'closes_min', NEW.closes_min)
    FROM audit_context AS c WHERE c.id = 1;
END;

CREATE TRIGGER audit_hours_update AFTER UPDATE ON opening_hours
BEGIN
    INSERT INTO audit (at, role, staff, action, subject, detail)
    SELECT c.at, c.role, c.staff, 'hours.set', NEW.weekday,
           json_object('opens_min', json_array(OLD.opens_min, NEW.opens_min),
                       'closes_min', json_array(OLD.closes_min, NEW.closes_min))
    FROM audit_context AS c
    WHERE c.id = 1 AND (OLD.opens_min IS NOT NEW.opens_min
                        OR OLD.closes_min IS NOT NEW.closes_min);
END;

CREATE TRIGGER audit_hours_delete AFTER DELETE ON opening_hours
BEGIN
    INSERT INTO audit (at, role, staff, action, subject, detail)
    SELECT c.at, c.role, c.staff, 'hours.close', OLD.weekday,
           json_object('opens_min', OLD.opens_min, 'closes_min', OLD.closes_min)
    FROM audit_context AS c WHERE c.id = 1;
END;

-- The hours a weekday had before a change, kept for the days before it.
CREATE TRIGGER audit_hours_past_insert AFTER INSERT ON opening_hours_past
BEGIN
    INSERT INTO audit (at, role, staff, action, subject, detail)
    SELECT c.at, c.role, c.staff, 'hours.keep', NEW.weekday,
           json_object('until', NEW.until, 'open', NEW.open,
                       'opens_min', NEW.opens_min, 'closes_min', NEW.closes_min)
    FROM audit_context AS c WHERE c.id = 1;
END;

CREATE TRIGGER audit_hours_past_update AFTER UPDATE ON opening_hours_past
BEGIN
    INSERT INTO audit (at, role, staff, action, subject, detail)
    SELECT c.at, c.role, c.staff, 'hours.keep', NEW.weekday,
           json_object('until', json_array(OLD.until, NEW.until),
                       'open', json_array(OLD.open, NEW.open),
                       'opens_min', json_array(OLD.opens_min, NEW.opens_min),
                       'closes_min', json_array(OLD.closes_min, NEW.closes_min))
    FROM audit_context AS c WHERE c.id = 1;
END;

CREATE TRIGGER audit_hours_past_delete AFTER DELETE ON opening_hours_past
BEGIN
    INSERT INTO audit (at, role, staff, action, subject, detail)
    SELECT c.at, c.role, c.staff, 'hours.forget', OLD.weekday,
           json_object('until', OLD.until)
    FROM audit_context AS c WHERE c.id = 1;
END;

CREATE TRIGGER audit_closed_insert AFTER INSERT ON closed_date
BEGIN
    INSERT INTO audit (at, role, staff, action, subject, detail)
    SELECT c.at, c.role, c.staff, 'closed.add', NEW.date, json_object('note', NEW.note)
    FROM audit_context AS c WHERE c.id = 1;
END;

CREATE TRIGGER audit_closed_update AFTER UPDATE ON closed_date
BEGIN
    INSERT INTO audit (at, role, staff, action, subject, detail)
    SELECT c.at, c.role, c.staff, 'closed.change', NEW.date,
           json_object('note', json_array(OLD.note, NEW.note))
    FROM audit_context AS c WHERE c.id = 1 AND OLD.note IS NOT NEW.note;
END;

CREATE TRIGGER audit_closed_delete AFTER DELETE ON closed_date
BEGIN
    INSERT INTO audit (at, role, staff, action, subject)
    SELECT c.at, c.role, c.staff, 'closed.remove', OLD.date
    FROM audit_context AS c WHERE c.id = 1;
END;

-- Settings: the rules and the like. A secret (a PIN's hash) is named only.
CREATE TRIGGER audit_setting_insert AFTER INSERT ON setting
BEGIN
    INSERT INTO audit (at, role, staff, action, subject, detail)
    SELECT c.at, c.role, c.staff, 'setting.set', NEW.key,
           CASE WHEN NEW.key LIKE '%pin%' THEN NULL
                ELSE json_object('value', NEW.value) END
    FROM audit_context AS c WHERE c.id = 1;
END;

CREATE TRIGGER audit_setting_update AFTER UPDATE ON setting
BEGIN
    INSERT INTO audit (at, role, staff, action, subject, detail)
    SELECT c.at, c.role, c.staff, 'setting.set', NEW.key,
           CASE WHEN NEW.key LIKE '%pin%' THEN NULL
                ELSE json_object('value', json_array(OLD.value, NEW.value)) END
    FROM audit_context AS c WHERE c.id = 1 AND OLD.value IS NOT NEW.value;
END;

CREATE TRIGGER audit_setting_delete AFTER DELETE ON setting
BEGIN
    INSERT INTO audit (at, role, staff, action, subject, detail)
    SELECT c.at, c.role, c.staff, 'setting.remove', OLD.key,
           CASE WHEN OLD.key LIKE '%pin%' THEN NULL
                ELSE json_object('value', OLD.value) END
    FROM audit_context AS c WHERE c.id = 1;
END;
