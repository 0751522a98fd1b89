#!/bin/sh
# make bench, the network's part: a throwaway PostgreSQL (tests/net/pg.sh)
# filled as 1,000 hubs x 10 years would fill it (120,000 hub-months), made
# from one demo hub's dump by the database itself (accept_dump of the dump
# with each hub's UUID and month put in); then the push of a real hub and
# the network report, timed. Figures, not pass/fail: docs/benchmarks.md.
: "${HUBDESK:?set HUBDESK to the hubdesk binary}"
cd "$(dirname "$0")/.." || exit 2
ROOT=$PWD
. "$ROOT/tests/net/pg.sh"
why=$(pg_skip_reason)
[ -z "$why" ] || { printf '\nnetwork: skipped (%s)\n' "$why"; exit 0; }
HUBS=${NET_HUBS:-1000}
MONTHS=${NET_MONTHS:-120}
dir=$(mktemp -d)
trap 'pg_stop; rm -rf "$dir"' EXIT
pg_start >/dev/null || exit 1
now() { date +%s%N; }
secs() { echo "$1 $2" | awk '{ printf "%.2f", ($2 - $1) / 1e9 }'; }

"$HUBDESK" --db "$dir/hub.db" --now "2026-11-02 09:00" demo --months 120 --seed 1 >/dev/null
"$HUBDESK" --db "$dir/hub.db" --now "2026-11-02 09:00" dump --month 2026-10 --output "$dir/base.json"
"$HUBDESK" network init --to "$PG_CONN" >/dev/null
psql "$PG_CONN" -X -q -c "CREATE TABLE base (d jsonb)" \
    -c "\\copy base FROM PROGRAM 'tr -d \"\\n\" <$dir/base.json; echo' WITH (FORMAT text)" \
    >/dev/null 2>&1 || { echo "network: could not load the base dump"; exit 1; }

a=$(now)
psql "$PG_CONN" -X -q -A -t -c "
SELECT count(*) FROM (
    SELECT hubdesk.accept_dump(jsonb_set(jsonb_set(jsonb_set(b.d,
        '{hub,uuid}', to_jsonb(format('%s-0000-4000-8000-%s', lpad(to_hex(h), 8, '0'),
            lpad(to_hex(h), 12, '0')))),
        '{hub,name}', to_jsonb('Piste ' || h)),
        '{month}', to_jsonb(to_char(date '2016-11-01' + make_interval(months => m), 'YYYY-MM'))))
    FROM base b, generate_series(1, $HUBS) h, generate_series(0, $MONTHS - 1) m) x" >"$dir/n"
b=$(now)
n=$(cat "$dir/n")
size=$(psql "$PG_CONN" -X -q -A -t -c "SELECT pg_size_pretty(pg_database_size(current_database()))")
printf '\nnetwork database: %s dumps (%s hubs x %s months) through accept_dump in %s s (%s a second); %s\n' \
    "$n" "$HUBS" "$MONTHS" "$(secs "$a" "$b")" \
    "$(echo "$n $a $b" | awk '{ printf "%.0f", $1 / (($3 - $2) / 1e9) }')" "$size"
psql "$PG_CONN" -X -q -c "VACUUM ANALYZE" >/dev/null

# A real hub's push: 120 months of a ten-year demo hub, each its own dump,
# transaction and record in the hub's database; then the same again (all
# unchanged, nothing stored).
a=$(now)
"$HUBDESK" --db "$dir/hub.db" --now "2026-11-02 09:00" push --pending --to "$PG_CONN" >"$dir/push"
b=$(now)
printf 'push --pending of a 10-year hub: %s months in %s s\n' "$(wc -l <"$dir/push")" "$(secs "$a" "$b")"
a=$(now)
for m in 2026-07 2026-08 2026-09 2026-10; do
	"$HUBDESK" --db "$dir/hub.db" --now "2026-11-02 09:00" push --month $m --to "$PG_CONN" >/dev/null
done
b=$(now)
printf 'push --month again (unchanged), each: %s s\n' \
    "$(echo "$a $b" | awk '{ printf "%.3f", ($2 - $1) / 1e9 / 4 }')"

report() { # report ARGS...: the median of 5 runs, seconds
	for i in 1 2 3 4 5; do
		a=$(now)
		"$HUBDESK" network report "$@" --from "$PG_CONN" >/dev/null
		b=$(now)
		secs "$a" "$b"
		echo
	done | sort -n | sed -n 3p
}
printf 'network report --month 2026-10 (%s hubs): %s s\n' "$((HUBS + 1))" "$(report --month 2026-10)"
printf 'network report --year 2026 (%s hub-months): %s s\n' \
    "$(psql "$PG_CONN" -X -q -A -t -c "SELECT count(*) FROM hubdesk.hub_month WHERE month >= '2026-01-01'")" \
    "$(report --year 2026)"
printf 'network report --year 2026 --region Etelä-Pohjanmaa: %s s\n' \
    "$(report --year 2026 --region Etelä-Pohjanmaa)"
a=$(now)
"$HUBDESK" --now "2026-11-02 09:00" network hubs --from "$PG_CONN" --format html >/dev/null
b=$(now)
printf 'network hubs --format html (%s hubs): %s s\n' "$((HUBS + 1))" "$(secs "$a" "$b")"
