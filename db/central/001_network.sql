-- The network's central database (PostgreSQL; docs/network.md): the hubs'
-- monthly dumps, one row a hub-month, and the views the network's figures
-- are read from. Applied by `hubdesk network init`, in one transaction,
-- like the hub's own migrations (db/NNN_*.sql); level 1. The schema
-- hubdesk and its table of levels (hubdesk.migration) are made by the
-- migrating code before the first level.

-- Each hub as its newest dump describes it: the public card (the dump's
-- "hub" object: name, municipality, hours, desks, rooms, and an address and
-- contact e-mail where the hub set them) and its free desks for 14 days.
CREATE TABLE hubdesk.hub (
    uuid uuid PRIMARY KEY,
    name text NOT NULL,
    municipality text NOT NULL,
    municipality_number integer,
    region text,
    card jsonb NOT NULL,
    free_desks jsonb,
    card_generated_at timestamptz NOT NULL,
    first_pushed_at timestamptz NOT NULL DEFAULT now()
);

-- One row a hub and month: the figures as columns (hours exact to the
-- ten-thousandth, as dumps write them), the breakdowns as JSONB, the dump
-- itself whole. A null figure is one the hub withheld (small cells).
CREATE TABLE hubdesk.hub_month (
    hub_uuid uuid NOT NULL REFERENCES hubdesk.hub (uuid),
    month date NOT NULL CHECK (extract(day FROM month) = 1),
    generated_at timestamptz NOT NULL,
    received_at timestamptz NOT NULL DEFAULT now(),
    available_desk_hours numeric(15, 4) NOT NULL CHECK (available_desk_hours >= 0),
    booked_desk_hours numeric(15, 4) NOT NULL CHECK (booked_desk_hours >= 0),
    occupied_desk_hours numeric(15, 4) NOT NULL CHECK (occupied_desk_hours >= 0),
    room_booked_hours numeric(15, 4) NOT NULL CHECK (room_booked_hours >= 0),
    bookings integer NOT NULL CHECK (bookings >= 0),
    no_shows integer NOT NULL CHECK (no_shows >= 0 AND no_shows <= bookings),
    visits integer NOT NULL CHECK (visits >= 0),
    guest_visits integer NOT NULL CHECK (guest_visits >= 0),
    unique_visitors integer NOT NULL CHECK (unique_visitors >= 0),
    visitor_days integer NOT NULL CHECK (visitor_days >= 0),
    new_members integer NOT NULL CHECK (new_members >= 0),
    organisations integer NOT NULL CHECK (organisations >= 0),
    peak_presence integer NOT NULL CHECK (peak_presence >= 0),
    from_elsewhere integer CHECK (from_elsewhere >= 0),
    peak_at text,
    by_room jsonb,
    by_weekday_hour jsonb,
    by_category jsonb,
    by_municipality jsonb,
    dump jsonb NOT NULL,
    PRIMARY KEY (hub_uuid, month)
);

-- The rows a newer dump of the same hub and month replaced, and dumps that
-- came after a newer one: nothing is thrown away, and nothing counts twice.
CREATE TABLE hubdesk.hub_month_history (
    LIKE hubdesk.hub_month,
    replaced_at timestamptz NOT NULL DEFAULT now(),
    why text NOT NULL CHECK (why IN ('replaced', 'older'))
);
CREATE INDEX hub_month_history_hub ON hubdesk.hub_month_history (hub_uuid, month);
CREATE INDEX hub_month_month ON hubdesk.hub_month (month);

-- Which login role pushes each hub: the first role to push a hub's UUID
-- holds it, and a dump of that hub from any other role is refused, so a
-- hub's login (or a stolen one) cannot overwrite another hub's figures.
-- The database's administrator moves a hub to a new role by updating its
-- row (docs/network.md).
CREATE TABLE hubdesk.hub_owner (
    hub_uuid uuid PRIMARY KEY,
    role name NOT NULL,
    since timestamptz NOT NULL DEFAULT now()
);

-- A text of a dump (a name, a place): at most 200 characters, no control
-- character, no line break.
CREATE FUNCTION hubdesk.dump_text_ok(t text) RETURNS boolean
LANGUAGE sql IMMUTABLE AS $$
    SELECT t IS NULL OR (length(t) BETWEEN 1 AND 200
        AND t !~ ('[[:cntrl:]' || chr(128) || '-' || chr(159) || chr(8232) || chr(8233) || ']'))
$$;

-- A dump's figures, without what changes each time the same month is
-- dumped again (when, the card, the free desks).
CREATE FUNCTION hubdesk.dump_figures(d jsonb) RETURNS jsonb
LANGUAGE sql IMMUTABLE AS $$
    SELECT d - 'generated_at' - 'hub' - 'free_desks'
$$;

-- A count of a dump: a whole number from 0 to a million (as rollup reads it).
CREATE FUNCTION hubdesk.dump_count(d jsonb, key text) RETURNS integer
LANGUAGE plpgsql IMMUTABLE AS $$
DECLARE
    v jsonb := d -> key;
BEGIN
    IF v IS NULL OR jsonb_typeof(v) <> 'number' OR (v::text)::numeric < 0
       OR (v::text)::numeric > 1000000 OR (v::text)::numeric <> trunc((v::text)::numeric) THEN
        RAISE EXCEPTION 'the dump''s % is missing or wrong', key USING ERRCODE = '22023';
    END IF;
    RETURN (v::text)::integer;
END $$;

-- Hours of a dump: 0 to ten million, at most four decimals.
CREATE FUNCTION hubdesk.dump_hours(v jsonb, key text) RETURNS numeric
LANGUAGE plpgsql IMMUTABLE AS $$
DECLARE
    n numeric;
BEGIN
    IF v IS NULL OR jsonb_typeof(v) <> 'number' THEN
        RAISE EXCEPTION 'the dump''s % is missing or wrong', key USING ERRCODE = '22023';
    END IF;
    n := (v::text)::numeric;
    IF n < 0 OR n > 10000000 OR n <> round(n, 4) THEN
        RAISE EXCEPTION 'the dump''s % is missing or wrong', key USING ERRCODE = '22023';
    END IF;
    RETURN n;
END $$;

-- Takes one dump, as `hubdesk push` sends it, in one transaction:
--   stored     the first of its hub and month;
--   unchanged  the same figures as the stored row (pushed again): nothing
--              new is stored, but a newer card and free desks are kept;
--   replaced   other figures, dumped later: the stored row goes to the
--              history and this one takes its place;
--   older      other figures, dumped before the stored row: kept in the
--              history only.
-- SECURITY DEFINER: the hubs' role may run this and nothing else.
CREATE FUNCTION hubdesk.accept_dump(d jsonb) RETURNS text
LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, hubdesk AS $$
DECLARE
    h jsonb := d -> 'hub';
    hub_id uuid;
    m date;
    gen timestamptz;
    stored hubdesk.hub_month;
    incoming hubdesk.hub_month;
    result text;
BEGIN
    IF d ->> 'format' IS DISTINCT FROM 'hubdesk-dump' THEN
        RAISE EXCEPTION 'not a hubdesk dump' USING ERRCODE = '22023';
    END IF;
    IF d -> 'version' IS DISTINCT FROM '2'::jsonb THEN
        RAISE EXCEPTION 'a dump of version %; this database takes version 2', d -> 'version'
            USING ERRCODE = '22023';
    END IF;
    IF d -> 'complete' IS DISTINCT FROM 'true'::jsonb THEN
        RAISE EXCEPTION 'a dump of a month that has not ended' USING ERRCODE = '22023';
    END IF;
    IF coalesce(d ->> 'month', '') !~ '^[0-9]{4}-(0[1-9]|1[0-2])$'
       OR coalesce(h ->> 'uuid', '') !~ '^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$'
       OR coalesce(h ->> 'name', '') = '' OR coalesce(h ->> 'municipality', '') = ''
       OR coalesce(d ->> 'generated_at', '') !~ '^[0-9]{4}-[0-9]{2}-[0-9]{2}T[0-9]{2}:[0-9]{2}:[0-9]{2}Z$' THEN
        RAISE EXCEPTION 'the dump has no valid month, hub or generated_at' USING ERRCODE = '22023';
    END IF;
    hub_id := (h ->> 'uuid')::uuid;
    m := to_date(d ->> 'month', 'YYYY-MM');
    gen := (d ->> 'generated_at')::timestamptz;
    -- A dump is a few kilobytes (rollup refuses one over a megabyte), of a
    -- month that had ended when it was made, made no later than now.
    IF octet_length(d::text) > 1048576 THEN
        RAISE EXCEPTION 'the dump is too big to be a dump' USING ERRCODE = '22023';
    END IF;
    IF gen < (m + interval '1 month') - interval '14 hours' OR gen > now() + interval '1 day' THEN
        RAISE EXCEPTION 'the dump was made at % for the month %: a dump is of a month that has ended, made no later than now',
            d ->> 'generated_at', d ->> 'month' USING ERRCODE = '22023';
    END IF;
    IF NOT (hubdesk.dump_text_ok(h ->> 'name') AND hubdesk.dump_text_ok(h ->> 'municipality')
            AND hubdesk.dump_text_ok(h ->> 'region') AND hubdesk.dump_text_ok(h ->> 'address')
            AND hubdesk.dump_text_ok(h ->> 'email')
            AND coalesce(h ->> 'email', 'a@b.c') ~ '^[^@[:space:]<>"]+@[^@[:space:]<>"]+[.][^@[:space:]<>"]+$'
            AND coalesce(h ->> 'email', '') !~* '^javascript:') THEN
        RAISE EXCEPTION 'the dump''s hub has a name, place, address or e-mail that is not one'
            USING ERRCODE = '22023';
    END IF;
    IF coalesce(jsonb_typeof(d -> 'peak_at'), 'null') NOT IN ('null', 'string')
       OR coalesce(d ->> 'peak_at', '2000-01-01 00:00') !~ '^[0-9]{4}-[0-9]{2}-[0-9]{2} [0-9]{2}:[0-9]{2}$' THEN
        RAISE EXCEPTION 'the dump''s peak_at is missing or wrong' USING ERRCODE = '22023';
    END IF;
    -- The shapes rollup checks: 7 x 24 hours of the week, categories of
    -- counts, municipalities of counts named as places (no @: no address).
    IF jsonb_typeof(d -> 'by_weekday_hour') = 'array' AND (jsonb_array_length(d -> 'by_weekday_hour') <> 7
       OR EXISTS (SELECT FROM jsonb_array_elements(d -> 'by_weekday_hour') AS r(day)
                  WHERE jsonb_typeof(day) <> 'array' OR jsonb_array_length(day) <> 24
                     OR EXISTS (SELECT FROM jsonb_array_elements(day) AS c(v)
                                WHERE jsonb_typeof(v) NOT IN ('null', 'number') OR (jsonb_typeof(v) = 'number' AND (v::text)::numeric < 0))))
       OR coalesce(jsonb_typeof(d -> 'by_weekday_hour'), 'missing') NOT IN ('array', 'null') THEN
        RAISE EXCEPTION 'the dump''s by_weekday_hour is missing or wrong' USING ERRCODE = '22023';
    END IF;
    IF jsonb_typeof(d -> 'by_category') = 'object' AND EXISTS (
           SELECT FROM jsonb_each(d -> 'by_category') AS c(k, v)
           WHERE jsonb_typeof(v) <> 'object' OR hubdesk.dump_count(v, 'visits') IS NULL
              OR hubdesk.dump_count(v, 'unique_visitors') IS NULL OR length(k) > 40) THEN
        RAISE EXCEPTION 'the dump''s by_category is missing or wrong' USING ERRCODE = '22023';
    END IF;
    IF jsonb_typeof(d -> 'by_municipality') = 'object' AND EXISTS (
           SELECT FROM jsonb_each(d -> 'by_municipality') AS c(k, v)
           WHERE NOT hubdesk.dump_text_ok(k) OR length(k) > 60 OR k ~ '[@0-9<>]'
              OR jsonb_typeof(v) <> 'number' OR (v::text)::numeric < 0
              OR (v::text)::numeric <> trunc((v::text)::numeric)) THEN
        RAISE EXCEPTION 'the dump''s by_municipality is missing or wrong' USING ERRCODE = '22023';
    END IF;
    IF coalesce(jsonb_typeof(d -> 'by_category'), 'missing') NOT IN ('object', 'null')
       OR coalesce(jsonb_typeof(d -> 'by_municipality'), 'missing') NOT IN ('object', 'null') THEN
        RAISE EXCEPTION 'the dump''s breakdowns are missing or wrong' USING ERRCODE = '22023';
    END IF;
    -- The card: counts of spaces, and at most 14 days of free desks.
    IF EXISTS (SELECT FROM unnest(ARRAY['desks', 'rooms', 'booths']) AS k
               WHERE h ? k AND (jsonb_typeof(h -> k) <> 'number' OR (h ->> k)::numeric < 0
                                OR (h ->> k)::numeric > 100000))
       OR (d ? 'free_desks' AND (jsonb_typeof(d -> 'free_desks') <> 'array'
           OR jsonb_array_length(d -> 'free_desks') > 14
           OR EXISTS (SELECT FROM jsonb_array_elements(d -> 'free_desks') AS f(day)
                      WHERE jsonb_typeof(day) <> 'object'
                         OR coalesce(day ->> 'date', '') !~ '^[0-9]{4}-[0-9]{2}-[0-9]{2}$'
                         OR jsonb_typeof(day -> 'free') <> 'number' OR (day ->> 'free')::numeric < 0
                         OR (day ->> 'free')::numeric > 100000
                         OR jsonb_typeof(day -> 'open') <> 'boolean')))
       OR (h ? 'hours' AND (jsonb_typeof(h -> 'hours') <> 'object'
           OR EXISTS (SELECT FROM jsonb_each(h -> 'hours') AS x(k, v)
                      WHERE k NOT IN ('mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun')
                         OR (jsonb_typeof(v) <> 'null' AND coalesce(v #>> '{}', '') !~ '^[0-9]{2}:[0-9]{2}-[0-9]{2}:[0-9]{2}$')))) THEN
        RAISE EXCEPTION 'the dump''s card (spaces, hours or free desks) is missing or wrong'
            USING ERRCODE = '22023';
    END IF;
    -- The hub is its first pusher's: another role's dump of it is refused.
    INSERT INTO hubdesk.hub_owner (hub_uuid, role) VALUES (hub_id, session_user)
        ON CONFLICT (hub_uuid) DO NOTHING;
    IF (SELECT role FROM hubdesk.hub_owner WHERE hub_uuid = hub_id) <> session_user
       AND NOT (SELECT rolsuper FROM pg_roles WHERE rolname = session_user) THEN
        RAISE EXCEPTION 'the hub % is pushed by another login role; ask the network''s database administrator',
            hub_id USING ERRCODE = '42501';
    END IF;

    incoming.hub_uuid := hub_id;
    incoming.month := m;
    incoming.generated_at := gen;
    incoming.received_at := now();
    incoming.available_desk_hours := hubdesk.dump_hours(d -> 'available_desk_hours', 'available_desk_hours');
    incoming.booked_desk_hours := hubdesk.dump_hours(d -> 'booked_desk_hours', 'booked_desk_hours');
    incoming.occupied_desk_hours := hubdesk.dump_hours(d -> 'occupied_desk_hours', 'occupied_desk_hours');
    incoming.room_booked_hours := hubdesk.dump_hours(d #> '{room_booked_hours,total}', 'room_booked_hours');
    incoming.bookings := hubdesk.dump_count(d, 'bookings');
    incoming.no_shows := hubdesk.dump_count(d, 'no_shows');
    incoming.visits := hubdesk.dump_count(d, 'visits');
    incoming.guest_visits := hubdesk.dump_count(d, 'guest_visits');
    incoming.unique_visitors := hubdesk.dump_count(d, 'unique_visitors');
    incoming.visitor_days := hubdesk.dump_count(d, 'visitor_days');
    incoming.new_members := hubdesk.dump_count(d, 'new_members');
    incoming.organisations := hubdesk.dump_count(d, 'organisations');
    incoming.peak_presence := hubdesk.dump_count(d, 'peak_presence');
    IF jsonb_typeof(d -> 'from_elsewhere') = 'null' THEN
        incoming.from_elsewhere := NULL;
    ELSE
        incoming.from_elsewhere := hubdesk.dump_count(d, 'from_elsewhere');
    END IF;
    incoming.peak_at := d ->> 'peak_at';
    incoming.by_room := d #> '{room_booked_hours,by_room}';
    incoming.by_weekday_hour := d -> 'by_weekday_hour';
    incoming.by_category := d -> 'by_category';
    incoming.by_municipality := d -> 'by_municipality';
    incoming.dump := d;

    -- The hub, its card from the newest dump whatever its month.
    INSERT INTO hubdesk.hub AS x (uuid, name, municipality, municipality_number, region, card,
        free_desks, card_generated_at)
    VALUES (hub_id, h ->> 'name', h ->> 'municipality', (h ->> 'municipality_number')::integer,
        h ->> 'region', h, d -> 'free_desks', gen)
    ON CONFLICT (uuid) DO UPDATE SET name = excluded.name, municipality = excluded.municipality,
        municipality_number = excluded.municipality_number, region = excluded.region,
        card = excluded.card, free_desks = excluded.free_desks,
        card_generated_at = excluded.card_generated_at
    WHERE x.card_generated_at <= excluded.card_generated_at;

    INSERT INTO hubdesk.hub_month SELECT incoming.* ON CONFLICT (hub_uuid, month) DO NOTHING;
    IF FOUND THEN
        RETURN 'stored';
    END IF;
    -- Another push of the same hub and month: the row is locked until this
    -- transaction ends, so two at once are taken one after the other.
    SELECT * INTO stored FROM hubdesk.hub_month WHERE hub_uuid = hub_id AND month = m FOR UPDATE;
    IF hubdesk.dump_figures(stored.dump) = hubdesk.dump_figures(d) THEN
        result := 'unchanged';
    ELSIF gen > stored.generated_at THEN
        INSERT INTO hubdesk.hub_month_history SELECT stored.*, now(), 'replaced';
        DELETE FROM hubdesk.hub_month WHERE hub_uuid = hub_id AND month = m;
        INSERT INTO hubdesk.hub_month SELECT incoming.*;
        result := 'replaced';
    ELSE
        INSERT INTO hubdesk.hub_month_history SELECT incoming.*, now(), 'older';
        result := 'older';
    END IF;
    RETURN result;
END $$;

-- The months the database holds of a hub, for `hubdesk push --pending`:
-- a hub pushes what is missing here, so a new or restored database is
-- filled again. Only the hub's own role (or an administrator) is told.
CREATE FUNCTION hubdesk.hub_months(hub uuid) RETURNS SETOF text
LANGUAGE sql STABLE SECURITY DEFINER SET search_path = pg_catalog, hubdesk AS $$
    SELECT to_char(hm.month, 'YYYY-MM') FROM hubdesk.hub_month AS hm
    WHERE hm.hub_uuid = hub AND (
        EXISTS (SELECT FROM hubdesk.hub_owner AS o WHERE o.hub_uuid = hub AND o.role = session_user)
        OR (SELECT rolsuper FROM pg_roles WHERE rolname = session_user))
    ORDER BY 1
$$;

-- The figures of groups of hub-months summed as `hubdesk rollup` sums
-- them (docs/metrics.md): hours and counts summed, rates recomputed from
-- the sums and rounded half up to four decimals, from_elsewhere null when
-- any hub withheld it or when either side of it holds 1 or 2 people, the
-- peak the largest of any hub. One row a group:
--   level     network, region or municipality (of the hub, as its newest
--             dump names it)
--   place     the region's or municipality's name; '' for the network
--   period    YYYY-MM, or YYYY for the year to date (its months so far)
--   dumps     the hub-months summed; hubs: the hubs among them
CREATE VIEW hubdesk.hub_month_placed AS
SELECT hm.*, to_char(hm.month, 'YYYY-MM') AS month_label,
    to_char(hm.month, 'YYYY') AS year_label, h.name, h.municipality,
    coalesce(h.region, 'unknown') AS region
FROM hubdesk.hub_month hm JOIN hubdesk.hub h ON h.uuid = hm.hub_uuid;

-- The same for one period only ("YYYY-MM", a year "YYYY", or NULL for
-- all): reports read this, so that a month of 1,000 hubs sums 1,000 rows
-- through the index on month, not every row of every year.
CREATE FUNCTION hubdesk.network_figures_for(p text)
RETURNS TABLE (level text, region text, municipality text, place text, period text,
    first_month text, last_month text, dumps bigint, hubs bigint,
    available_desk_hours numeric, booked_desk_hours numeric, occupied_desk_hours numeric,
    booking_rate numeric, occupancy_rate numeric, bookings bigint, no_shows bigint,
    no_show_rate numeric, visits bigint, guest_visits bigint, unique_visitors bigint,
    visitor_days bigint, new_members bigint, organisations bigint, from_elsewhere bigint,
    peak_presence integer, room_booked_hours numeric)
LANGUAGE plpgsql STABLE AS $$
#variable_conflict use_column
DECLARE
    lo date := '-infinity';
    hi date := 'infinity';
BEGIN
    IF p ~ '^[0-9]{4}-[0-9]{2}$' THEN
        lo := to_date(p, 'YYYY-MM');
        hi := lo + interval '1 month';
    ELSIF p ~ '^[0-9]{4}$' THEN
        lo := to_date(p || '-01', 'YYYY-MM');
        hi := lo + interval '1 year';
    ELSIF p IS NOT NULL THEN
        RETURN;
    END IF;
    RETURN QUERY
SELECT
    CASE WHEN grouping(municipality) = 0 THEN 'municipality'
        WHEN grouping(region) = 0 THEN 'region' ELSE 'network' END AS level,
    region, municipality, coalesce(municipality, region, '') AS place,
    coalesce(month_label, year_label) AS period,
    min(month_label) AS first_month, max(month_label) AS last_month,
    count(*) AS dumps, count(DISTINCT hub_uuid) AS hubs,
    sum(available_desk_hours) AS available_desk_hours,
    sum(booked_desk_hours) AS booked_desk_hours,
    sum(occupied_desk_hours) AS occupied_desk_hours,
    round(coalesce(sum(booked_desk_hours) / nullif(sum(available_desk_hours), 0), 0), 4)
        AS booking_rate,
    round(coalesce(sum(occupied_desk_hours) / nullif(sum(available_desk_hours), 0), 0), 4)
        AS occupancy_rate,
    sum(bookings) AS bookings, sum(no_shows) AS no_shows,
    round(coalesce(sum(no_shows)::numeric / nullif(sum(bookings), 0), 0), 4) AS no_show_rate,
    sum(visits) AS visits, sum(guest_visits) AS guest_visits,
    sum(unique_visitors) AS unique_visitors, sum(visitor_days) AS visitor_days,
    sum(new_members) AS new_members, sum(organisations) AS organisations,
    CASE WHEN bool_or(from_elsewhere IS NULL) OR sum(from_elsewhere) IN (1, 2)
        OR sum(unique_visitors) - sum(from_elsewhere) IN (1, 2) THEN NULL
        ELSE sum(from_elsewhere) END AS from_elsewhere,
    max(peak_presence) AS peak_presence,
    sum(room_booked_hours) AS room_booked_hours
FROM hubdesk.hub_month_placed
    WHERE month >= lo AND month < hi
GROUP BY GROUPING SETS ((month_label), (month_label, region),
    (month_label, region, municipality), (year_label), (year_label, region),
    (year_label, region, municipality));
END $$;

CREATE VIEW hubdesk.network_figures AS SELECT * FROM hubdesk.network_figures_for(NULL);

-- The network's figures by month, region, municipality and year to date.
CREATE VIEW hubdesk.network_month AS
SELECT * FROM hubdesk.network_figures WHERE level = 'network' AND length(period) = 7;
CREATE VIEW hubdesk.network_region_month AS
SELECT * FROM hubdesk.network_figures WHERE level = 'region' AND length(period) = 7;
CREATE VIEW hubdesk.network_municipality_month AS
SELECT * FROM hubdesk.network_figures WHERE level = 'municipality' AND length(period) = 7;
CREATE VIEW hubdesk.network_year_to_date AS
SELECT * FROM hubdesk.network_figures WHERE length(period) = 4;

-- Roles, for the database's administrator to grant to login roles
-- (docs/network.md): hubdesk_push may only hand in dumps (accept_dump,
-- nothing else: no table can be read or changed), hubdesk_read may read
-- the tables and views. Roles belong to the whole server, so they are
-- made only where missing.
DO $$
BEGIN
    IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = 'hubdesk_push') THEN
        CREATE ROLE hubdesk_push NOLOGIN;
    END IF;
    IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = 'hubdesk_read') THEN
        CREATE ROLE hubdesk_read NOLOGIN;
    END IF;
END $$;
REVOKE ALL ON SCHEMA hubdesk FROM PUBLIC;
REVOKE EXECUTE ON ALL FUNCTIONS IN SCHEMA hubdesk FROM PUBLIC;
GRANT USAGE ON SCHEMA hubdesk TO hubdesk_push, hubdesk_read;
GRANT EXECUTE ON FUNCTION hubdesk.accept_dump(jsonb) TO hubdesk_push;
GRANT EXECUTE ON FUNCTION hubdesk.hub_months(uuid) TO hubdesk_push;
GRANT SELECT ON ALL TABLES IN SCHEMA hubdesk TO hubdesk_read;
GRANT EXECUTE ON FUNCTION hubdesk.network_figures_for(text) TO hubdesk_read;
