-- hubdesk schema, level 2: settings of the hub that are not rows of their
-- own, one value per key. The first is the staff PIN's hash (yescrypt, from
-- crypt(3)); the PIN itself is never stored.
CREATE TABLE setting (
    key   TEXT PRIMARY KEY CHECK (length(key) BETWEEN 1 AND 64),
    value TEXT NOT NULL
);
