-- hubdesk schema, level 8: staff members and the lockout of the staff PIN.
--
-- Each staff member has a name of their own (unique whatever its case; the
-- program compares Ä and ä too) and, once an administrator sets one, a PIN
-- kept only as its yescrypt hash. A removed member's row is deleted; the
-- audit log keeps their UUID.
--
-- The lockout is one row for the whole hub, not one per kiosk or per name:
-- every kiosk on the file and every restart sees the same wrong tries and
-- the same pause, and an unknown name costs a try like a wrong PIN.

CREATE TABLE staff (
    id         INTEGER PRIMARY KEY,
    uuid       TEXT NOT NULL UNIQUE,
    name       TEXT NOT NULL UNIQUE COLLATE NOCASE CHECK (length(name) BETWEEN 1 AND 255),
    is_admin   INTEGER NOT NULL DEFAULT 0 CHECK (is_admin IN (0, 1)),
    pin_hash   TEXT,                   -- NULL until an administrator sets a PIN
    created_at INTEGER NOT NULL
);

CREATE TABLE staff_lockout (
    id           INTEGER PRIMARY KEY CHECK (id = 1),
    failures     INTEGER NOT NULL DEFAULT 0 CHECK (failures >= 0), -- since the last pause
    pauses       INTEGER NOT NULL DEFAULT 0 CHECK (pauses >= 0),   -- each twice the last
    paused_until INTEGER NOT NULL DEFAULT 0                        -- UTC seconds
);
INSERT INTO staff_lockout (id) VALUES (1);

-- The audit rows: the subject is the staff member's UUID; the name is
-- named only, and the hash never enters: a PIN change reads "pin".
CREATE TRIGGER audit_staff_insert AFTER INSERT ON staff
BEGIN
    INSERT INTO audit (at, role, staff, action, subject, detail)
    SELECT c.at, c.role, c.staff, 'staff.add', NEW.uuid,
           json_object('admin', NEW.is_admin, 'pin', NEW.pin_hash IS NOT NULL)
    FROM audit_context AS c WHERE c.id = 1;
END;

CREATE TRIGGER audit_staff_update AFTER UPDATE ON staff
BEGIN
    INSERT INTO audit (at, role, staff, action, subject, detail)
    SELECT c.at, c.role, c.staff, 'staff.change', NEW.uuid, d.detail
    FROM audit_context AS c,
         (SELECT json_group_object(k, json(v)) AS detail FROM (
              SELECT 'admin' AS k, json_array(OLD.is_admin, NEW.is_admin) AS v,
                     OLD.is_admin IS NOT NEW.is_admin AS changed
              UNION ALL SELECT 'name', '["…","…"]', OLD.name IS NOT NEW.name
              UNION ALL SELECT 'pin', '"changed"', OLD.pin_hash IS NOT NEW.pin_hash)
          WHERE changed) AS d
    WHERE c.id = 1 AND d.detail <> '{}';
END;

CREATE TRIGGER audit_staff_delete AFTER DELETE ON staff
BEGIN
    INSERT INTO audit (at, role, staff, action, subject)
    SELECT c.at, c.role, c.staff, 'staff.remove', OLD.uuid
    FROM audit_context AS c WHERE c.id = 1;
END;

-- Wrong tries and pauses: the count and the pause, never the name typed.
CREATE TRIGGER audit_staff_lockout_update AFTER UPDATE ON staff_lockout
BEGIN
    INSERT INTO audit (at, role, staff, action, subject, detail)
    SELECT c.at, c.role, c.staff, 'staff.lockout', NULL,
           json_object('failures', NEW.failures, 'pauses', NEW.pauses,
                       'paused_until', NEW.paused_until)
    FROM audit_context AS c
    WHERE c.id = 1 AND (OLD.failures <> NEW.failures OR OLD.pauses <> NEW.pauses
                        OR OLD.paused_until <> NEW.paused_until);
END;

-- A hub with the one staff PIN of before keeps its way in: the PIN becomes
-- an administrator's, named admin.
INSERT INTO staff (uuid, name, is_admin, pin_hash, created_at)
SELECT substr(h, 1, 8) || '-' || substr(h, 9, 4) || '-4' || substr(h, 14, 3) || '-' ||
       substr('89ab', 1 + (unicode(substr(h, 17, 1)) % 4), 1) || substr(h, 18, 3) || '-' ||
       substr(h, 21, 12),
       'admin', 1, s.value, CAST(strftime('%s', 'now') AS INTEGER)
FROM setting AS s, (SELECT lower(hex(randomblob(16))) AS h)
WHERE s.key = 'staff_pin_hash';
DELETE FROM setting WHERE key = 'staff_pin_hash';
