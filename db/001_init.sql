-- hubdesk schema, level 1.
--
-- Every instant is stored as UTC seconds since the epoch (INTEGER); the hub's
-- time zone turns them into local dates and times at the edges. A calendar
-- day appears as text 'YYYY-MM-DD' only where a rule is about a local date.
-- Personal fields (names, email, municipality, organisation) are nullable so
-- that an erasure can blank them while the rows that statistics count stay.

CREATE TABLE hub (
    id           INTEGER PRIMARY KEY CHECK (id = 1),      -- one hub per file
    uuid         TEXT NOT NULL UNIQUE CHECK (length(uuid) = 36),
    name         TEXT NOT NULL CHECK (length(name) > 0),
    municipality TEXT NOT NULL CHECK (length(municipality) > 0),
    region       TEXT,
    timezone     TEXT NOT NULL,
    created_at   INTEGER NOT NULL
);

-- One row per weekday the hub opens (0 = Monday); a missing weekday is closed.
-- closes_min may be 1440: open until midnight.
CREATE TABLE opening_hours (
    weekday    INTEGER PRIMARY KEY CHECK (weekday BETWEEN 0 AND 6),
    opens_min  INTEGER NOT NULL CHECK (opens_min BETWEEN 0 AND 1439),
    closes_min INTEGER NOT NULL CHECK (closes_min BETWEEN 1 AND 1440),
    CHECK (closes_min > opens_min)
);

CREATE TABLE closed_date (
    date TEXT PRIMARY KEY
         CHECK (date GLOB '[0-9][0-9][0-9][0-9]-[0-1][0-9]-[0-3][0-9]'),
    note TEXT
);

CREATE TABLE space (
    id         INTEGER PRIMARY KEY,
    code       TEXT NOT NULL COLLATE NOCASE UNIQUE CHECK (length(code) BETWEEN 1 AND 16),
    kind       TEXT NOT NULL CHECK (kind IN ('desk', 'room', 'booth')),
    name       TEXT,
    capacity   INTEGER NOT NULL DEFAULT 1 CHECK (capacity BETWEEN 1 AND 1000),
    zone       TEXT,
    map_col    INTEGER CHECK (map_col BETWEEN 0 AND 999),
    map_row    INTEGER CHECK (map_row BETWEEN 0 AND 999),
    retired_at INTEGER,
    created_at INTEGER NOT NULL,
    CHECK ((map_col IS NULL) = (map_row IS NULL))
);
-- Two spaces in use cannot stand on the same spot of the floor map.
CREATE UNIQUE INDEX space_map_spot ON space (map_col, map_row)
    WHERE map_col IS NOT NULL AND retired_at IS NULL;

CREATE TABLE member (
    id           INTEGER PRIMARY KEY,
    uuid         TEXT NOT NULL UNIQUE CHECK (length(uuid) = 36),
    code         TEXT NOT NULL UNIQUE,
    name         TEXT,
    email        TEXT,
    municipality TEXT,
    organisation TEXT,
    category     TEXT NOT NULL DEFAULT 'other'
                 CHECK (category IN ('remote-employee', 'entrepreneur', 'student', 'other')),
    created_at   INTEGER NOT NULL
);

-- A booking never spans more than one opening day, so no booking is longer
-- than 25 hours (the day the clocks go back). The overlap triggers below use
-- that bound to look only at bookings that start at most 25 hours earlier,
-- which keeps them on the (space_id, starts_at) index however long the
-- history grows.
CREATE TABLE booking (
    id           INTEGER PRIMARY KEY,
    uuid         TEXT NOT NULL UNIQUE CHECK (length(uuid) = 36),
    space_id     INTEGER NOT NULL REFERENCES space (id),
    member_id    INTEGER NOT NULL REFERENCES member (id),
    starts_at    INTEGER NOT NULL,
    ends_at      INTEGER NOT NULL,
    status       TEXT NOT NULL DEFAULT 'booked'
                 CHECK (status IN ('booked', 'checked-in', 'cancelled', 'no-show')),
    created_at   INTEGER NOT NULL,
    cancelled_at INTEGER,
    CHECK (ends_at > starts_at AND ends_at - starts_at <= 90000)
);
CREATE INDEX booking_space_start  ON booking (space_id, starts_at);
CREATE INDEX booking_member_start ON booking (member_id, starts_at);
CREATE INDEX booking_start        ON booking (starts_at);

-- The invariant the whole product rests on: no two active bookings of one
-- space overlap in time. The domain checks first to explain a refusal; these
-- triggers refuse whatever the C code does.
CREATE TRIGGER booking_no_overlap_insert
BEFORE INSERT ON booking
WHEN NEW.status IN ('booked', 'checked-in')
BEGIN
    SELECT RAISE(ABORT, 'booking overlaps another booking of the same space')
    WHERE EXISTS (
        SELECT 1 FROM booking AS b
        WHERE b.space_id = NEW.space_id
          AND b.starts_at > NEW.starts_at - 90000
          AND b.starts_at < NEW.ends_at
          AND b.ends_at > NEW.starts_at
          AND b.status IN ('booked', 'checked-in'));
END;

CREATE TRIGGER booking_no_overlap_update
BEFORE UPDATE OF space_id, starts_at, ends_at, status ON booking
WHEN NEW.status IN ('booked', 'checked-in')
BEGIN
    SELECT RAISE(ABORT, 'booking overlaps another booking of the same space')
    WHERE EXISTS (
        SELECT 1 FROM booking AS b
        WHERE b.space_id = NEW.space_id
          AND b.id <> NEW.id
          AND b.starts_at > NEW.starts_at - 90000
          AND b.starts_at < NEW.ends_at
          AND b.ends_at > NEW.starts_at
          AND b.status IN ('booked', 'checked-in'));
END;

-- The visitor log: a member's visit, or a guest's (guest_name, host).
CREATE TABLE visit (
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
    CHECK (checked_out_at IS NULL OR checked_out_at >= checked_in_at),
    CHECK ((is_guest = 0 AND member_id IS NOT NULL AND host_member_id IS NULL)
        OR (is_guest = 1 AND member_id IS NULL AND host_member_id IS NOT NULL))
);
-- A member is in the hub at most once, and a space holds one open visit.
CREATE UNIQUE INDEX visit_member_open ON visit (member_id)
    WHERE checked_out_at IS NULL AND member_id IS NOT NULL;
CREATE UNIQUE INDEX visit_space_open ON visit (space_id)
    WHERE checked_out_at IS NULL AND space_id IS NOT NULL;
-- Who is in now, for the kiosk's home screen: only open visits, a handful.
CREATE INDEX visit_open ON visit (is_guest) WHERE checked_out_at IS NULL;
CREATE INDEX visit_checked_in ON visit (checked_in_at);
CREATE INDEX visit_member     ON visit (member_id, checked_in_at);
CREATE INDEX visit_space      ON visit (space_id, checked_out_at) WHERE space_id IS NOT NULL;
CREATE INDEX visit_booking    ON visit (booking_id) WHERE booking_id IS NOT NULL;
