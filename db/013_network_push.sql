-- hubdesk schema, level 13: what the hub pushed to the network's central
-- database (hubdesk push; docs/network.md), one row for each push the
-- database acknowledged, with its answer. A month with a row is not
-- pending; a failed push leaves none, so it is tried again later.
CREATE TABLE network_push (
    id           INTEGER PRIMARY KEY,
    month        TEXT NOT NULL CHECK (month GLOB '[0-9][0-9][0-9][0-9]-[0-1][0-9]'),
    pushed_at    INTEGER NOT NULL,
    result       TEXT NOT NULL CHECK (result IN ('stored', 'unchanged', 'replaced', 'older')),
    generated_at TEXT NOT NULL
);
CREATE INDEX network_push_by_month ON network_push (month);

-- Audited like every table (db/007_audit.sql): which month went, and the
-- database's answer. Rows are only ever added.
CREATE TRIGGER audit_network_push_insert AFTER INSERT ON network_push
BEGIN
    INSERT INTO audit (at, role, staff, action, subject, detail)
    SELECT c.at, c.role, c.staff, 'network.push', NEW.month,
           json_object('result', NEW.result, 'generated_at', NEW.generated_at)
    FROM audit_context AS c WHERE c.id = 1;
END;

CREATE TRIGGER audit_network_push_update AFTER UPDATE ON network_push
BEGIN
    INSERT INTO audit (at, role, staff, action, subject, detail)
    SELECT c.at, c.role, c.staff, 'network.push.change', NEW.month,
           json_object('result', json_array(OLD.result, NEW.result))
    FROM audit_context AS c WHERE c.id = 1;
END;

CREATE TRIGGER audit_network_push_delete AFTER DELETE ON network_push
BEGIN
    INSERT INTO audit (at, role, staff, action, subject)
    SELECT c.at, c.role, c.staff, 'network.push.remove', OLD.month
    FROM audit_context AS c WHERE c.id = 1;
END;
