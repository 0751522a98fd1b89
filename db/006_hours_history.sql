-- hubdesk schema, level 6: opening hours keep their history. When staff
-- change a weekday's hours, the hours it had are kept here with the date
-- the change took effect (until), so that the days before it keep the
-- hours they were open: a finished month's figures never change.
CREATE TABLE opening_hours_past (
    until      TEXT NOT NULL
               CHECK (until GLOB '[0-9][0-9][0-9][0-9]-[0-1][0-9]-[0-3][0-9]'),
    weekday    INTEGER NOT NULL CHECK (weekday BETWEEN 0 AND 6),
    open       INTEGER NOT NULL CHECK (open IN (0, 1)),
    opens_min  INTEGER NOT NULL CHECK (opens_min BETWEEN 0 AND 1439),
    closes_min INTEGER NOT NULL CHECK (closes_min BETWEEN 0 AND 1440),
    PRIMARY KEY (until, weekday)
);
