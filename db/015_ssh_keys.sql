-- hubdesk schema, level 15: SSH keys, the remote door (docs/remote.md).
--
-- Each key belongs to one member or one staff member. OpenSSH asks
-- `hubdesk ssh-keys` whether a key it is offered may log in, and hubdesk
-- answers from this table by the key's fingerprint, so the fingerprint is
-- unique: one key is one person. A member's keys go when the member is
-- retired or erased, and a staff member's when they are removed, whatever
-- the C code does.
CREATE TABLE ssh_key (
    id          INTEGER PRIMARY KEY,
    fingerprint TEXT NOT NULL UNIQUE CHECK (fingerprint GLOB 'SHA256:*'
                                            AND length(fingerprint) = 50),
    type        TEXT NOT NULL CHECK (length(type) BETWEEN 7 AND 47),
    key         TEXT NOT NULL CHECK (length(key) BETWEEN 16 AND 2799),
    comment     TEXT CHECK (comment IS NULL OR length(comment) <= 100),
    bits        INTEGER NOT NULL CHECK (bits > 0),
    member_id   INTEGER REFERENCES member (id),
    staff_id    INTEGER REFERENCES staff (id),
    added_at    INTEGER NOT NULL,
    CHECK ((member_id IS NULL) <> (staff_id IS NULL))
);
CREATE INDEX ssh_key_member ON ssh_key (member_id) WHERE member_id IS NOT NULL;
CREATE INDEX ssh_key_staff ON ssh_key (staff_id) WHERE staff_id IS NOT NULL;

-- A retired or erased member cannot be given a key.
CREATE TRIGGER ssh_key_member_active
BEFORE INSERT ON ssh_key
WHEN NEW.member_id IS NOT NULL AND EXISTS (
    SELECT 1 FROM member WHERE id = NEW.member_id
      AND (retired_at IS NOT NULL OR erased_at IS NOT NULL))
BEGIN
    SELECT RAISE(ABORT, 'the member has left: no key can be added');
END;

-- Retiring or erasing a member ends their remote door at once.
CREATE TRIGGER ssh_key_member_leaves
AFTER UPDATE OF retired_at, erased_at ON member
WHEN NEW.retired_at IS NOT NULL OR NEW.erased_at IS NOT NULL
BEGIN
    DELETE FROM ssh_key WHERE member_id = NEW.id;
END;

-- Before the row goes, so the audit row of each key still names whose it was.
CREATE TRIGGER ssh_key_staff_leaves
BEFORE DELETE ON staff
BEGIN
    DELETE FROM ssh_key WHERE staff_id = OLD.id;
END;
CREATE TRIGGER ssh_key_member_deleted
BEFORE DELETE ON member
BEGIN
    DELETE FROM ssh_key WHERE member_id = OLD.id;
END;

-- Which key a change came through: a session started by SSH names its
-- key's fingerprint in the audit context, and every audit row written
-- while it is set gets a row here. Kept beside the log rather than in it
-- so that none of the triggers before this level had to change.
ALTER TABLE audit_context ADD COLUMN via TEXT;
CREATE TABLE audit_via (
    audit_id INTEGER PRIMARY KEY,  -- audit (id); goes with its row
    via      TEXT NOT NULL
);
CREATE TRIGGER audit_via_insert AFTER INSERT ON audit
WHEN (SELECT via FROM audit_context WHERE id = 1) IS NOT NULL
BEGIN
    INSERT INTO audit_via (audit_id, via)
    SELECT NEW.id, via FROM audit_context WHERE id = 1;
END;
CREATE TRIGGER audit_via_delete AFTER DELETE ON audit
BEGIN
    DELETE FROM audit_via WHERE audit_id = OLD.id;
END;

-- The keys' own rows in the log: whose (the UUID), the fingerprint and the
-- type. The comment, which often names a person or a laptop, stays out.
CREATE TRIGGER audit_ssh_key_insert AFTER INSERT ON ssh_key
BEGIN
    INSERT INTO audit (at, role, staff, action, subject, detail)
    SELECT c.at, c.role, c.staff, 'key.add',
           coalesce((SELECT uuid FROM member WHERE id = NEW.member_id),
                    (SELECT uuid FROM staff WHERE id = NEW.staff_id)),
           json_object('fingerprint', NEW.fingerprint, 'type', NEW.type)
    FROM audit_context AS c WHERE c.id = 1;
END;

CREATE TRIGGER audit_ssh_key_delete AFTER DELETE ON ssh_key
BEGIN
    INSERT INTO audit (at, role, staff, action, subject, detail)
    SELECT c.at, c.role, c.staff, 'key.remove',
           coalesce((SELECT uuid FROM member WHERE id = OLD.member_id),
                    (SELECT uuid FROM staff WHERE id = OLD.staff_id)),
           json_object('fingerprint', OLD.fingerprint)
    FROM audit_context AS c WHERE c.id = 1;
END;

CREATE TRIGGER ssh_key_rows_stay
BEFORE UPDATE ON ssh_key
BEGIN
    SELECT RAISE(ABORT, 'an SSH key is added or removed, never changed');
END;
