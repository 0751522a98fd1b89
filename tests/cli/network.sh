#!/bin/sh
# The network's central database on a real PostgreSQL server, started by
# the suite itself (tests/net/pg.sh: initdb and pg_ctl in a temporary
# folder, a Unix socket there and no TCP port): dumps of several demo hubs
# pushed at once and twice, the server stopped midway and started again,
# the roles, and the figures read back equal to `hubdesk rollup` over the
# same dumps, to the last digit. Each test has a database of its own.
. "$(dirname "$0")/../lib.sh"
. "$ROOT/tests/net/pg.sh"

LATER="2026-11-02 09:00"

# newdb: a database of this test's own on the suite's server, initialised
# by hubdesk; its connection string in $CONN.
newdb() {
	name=t_$(echo "$HUBDESK_TEST" | tr -c 'a-z0-9\n' '_' | cut -c1-50)
	psql "$PG_CONN" -X -q -c "CREATE DATABASE $name" >/dev/null || fail "CREATE DATABASE"
	CONN="host=$PG_DIR dbname=$name user=$PG_USER"
	expect 0 network init --to "$CONN"
	out_has '^the network.s database is now at level 1 \(it was at 0\)$'
}

q() { psql "$CONN" -X -q -A -t -v ON_ERROR_STOP=1 -c "$1"; }

# hubs N: N demo hubs hub1.db .. hubN.db (three months to October 2026),
# copies of those the suite made once (made_hubs).
hubs() {
	i=1
	while [ "$i" -le "$1" ]; do
		cp "$HUBS_DIR/hub$i.db" "hub$i.db" || fail "no demo hub $i"
		i=$((i + 1))
	done
}

made_hubs() {
	HUBS_DIR=$(mktemp -d)
	for i in 1 2 3 4; do
		"$HUBDESK_BIN" --db "$HUBS_DIR/hub$i.db" --now "$LATER" demo --months 3 --seed "$i" \
		    >/dev/null 2>&1 || return 1
		# One file each: no write-ahead log beside the copies.
		sqlite3 "$HUBS_DIR/hub$i.db" "PRAGMA wal_checkpoint(TRUNCATE)" >/dev/null || return 1
	done
	export HUBS_DIR
}

test_init_twice_and_the_schema_level() {
	newdb
	expect 0 network init --to "$CONN"
	out_is "the network's database is up to date (level 1)"
	assert_eq "$(q "SELECT level, name FROM hubdesk.migration")" "1|001_network.sql" "the level"
}

test_pushes_of_many_hubs_at_once_and_twice_store_each_month_once() {
	newdb
	hubs 4
	# Every hub pushes its pending months twice at the same moment.
	for i in 1 2 3 4; do
		for k in a b; do
			"$HUBDESK" --db "hub$i.db" --now "$LATER" push --pending --to "$CONN" >"push$i$k" 2>"err$i$k" &
		done
	done
	wait
	for i in 1 2 3 4; do
		# The two of a hub both end well: each month is stored by one and
		# found unchanged by the other, or pushed by one alone.
		cat "push${i}a" "push${i}b" | grep -c ': stored$' | grep -qx 4 ||
		    fail "hub $i: not each month stored once: $(cat "push${i}a" "push${i}b" "err${i}a" "err${i}b")"
	done
	assert_eq "$(q "SELECT count(*), count(DISTINCT (hub_uuid, month)) FROM hubdesk.hub_month")" "16|16" \
	    "4 hubs x 4 months, once each"
	assert_eq "$(q "SELECT count(*) FROM hubdesk.hub_month_history")" 0 "no history"
	assert_eq "$(q "SELECT count(*) FROM hubdesk.hub")" 4 "four hubs"
	# The hub's own record: each month acknowledged, and nothing pending.
	expect 0 --db hub1.db --now "$LATER" push --pending --to "$CONN"
	out_is "nothing to push: every month that has ended is in the network's database"
	DB=hub1.db
	assert_eq "$(sql "SELECT group_concat(DISTINCT month) FROM (SELECT month FROM network_push ORDER BY month)")" \
	    "2026-07,2026-08,2026-09,2026-10" "the hub's record"
	expect 0 --now "2026-11-05 10:00" push --month 2026-10 --to "$CONN"
	out_is "2026-10: already there, unchanged"
	assert_eq "$(q "SELECT count(*) FROM hubdesk.hub_month")" 16 "nothing stored twice"
}

# The central figures equal the file roll-up of the same dumps, to the
# last digit: hours, counts, rates, from_elsewhere; for a month and for the
# year to date.
test_the_network_report_equals_the_file_rollup() {
	newdb
	hubs 3
	for i in 1 2 3; do
		expect 0 --db "hub$i.db" --now "$LATER" push --pending --to "$CONN"
		for m in 07 08 09 10; do
			expect 0 --db "hub$i.db" --now "$LATER" dump --month 2026-$m --output "d$i-$m.json"
		done
	done
	# rollup's total row: available .. from_elsewhere are columns 4-16;
	# the report's: the same keys, picked by name.
	cols="available_desk_hours booked_desk_hours occupied_desk_hours booking_rate occupancy_rate bookings no_shows visits guest_visits unique_visitors visitor_days new_members from_elsewhere"
	pick() { # pick CSV: the total row's values of $cols, by the header's names
		tr -d '\r' <"$1" | awk -F, -v want="$cols" 'NR == 1 { for (i = 1; i <= NF; i++) col[$i] = i; next }
		    $1 == "total" { n = split(want, w, " "); s = "";
		        for (i = 1; i <= n; i++) s = s (i > 1 ? "," : "") $(col[w[i]]); print s }'
	}
	expect 0 rollup d1-10.json d2-10.json d3-10.json --format csv --output roll.csv
	expect 0 network report --month 2026-10 --from "$CONN" --format csv --output net.csv
	[ -n "$(pick roll.csv)" ] || fail "no total in the roll-up"
	assert_eq "$(pick net.csv)" "$(pick roll.csv)" "October, network against rollup"
	expect 0 rollup . --months 2026 --format csv --output year.csv
	expect 0 network report --year 2026 --from "$CONN" --format csv --output netyear.csv
	assert_eq "$(pick netyear.csv)" "$(pick year.csv)" "2026 to date, network against rollup"
	# And the JSON: the same numbers as rollup writes them.
	expect 0 rollup d1-10.json d2-10.json d3-10.json --format json --output roll.json
	expect 0 network report --month 2026-10 --from "$CONN" --format json --output net.json
	for k in available_desk_hours occupied_desk_hours occupancy_rate booking_rate no_show_rate visits; do
		a=$(sed -n "/^  \"total\": {/,\$ s/^ *\"$k\": \\(.*\\),\$/\\1/p" roll.json)
		b=$(sed -n "/^  \"total\": {/,\$ s/^ *\"$k\": \\(.*\\),\$/\\1/p" net.json)
		[ -n "$a" ] && assert_eq "$b" "$a" "$k in JSON"
	done
	# The views of the SQL agree with the report (it reads them).
	assert_eq "$(q "SELECT occupancy_rate FROM hubdesk.network_month WHERE period = '2026-10'")" \
	    "$(pick net.csv | cut -d, -f5)" "the view network_month"
	expect 0 network report --month 2026-10 --from "$CONN"
	out_has '^Etelä-Pohjanmaa  *3  '
	expect 0 network report --month 2026-10 --region Etelä-Pohjanmaa --from "$CONN" --format html \
	    --output region.html
	report_well_formed region.html 2>/dev/null || xmllint --noout region.html 2>/dev/null ||
	    ! command -v xmllint >/dev/null || fail "the HTML is not well-formed"
	grep -q 'Kuortane' region.html || fail "the region's municipality is not on its page"
}

# The server stops midway through a hub's pushes: the push fails with exit
# 3 and records nothing; once it is back, --pending sends what is missing,
# and nothing acknowledged is lost or stored twice.
test_a_server_stopped_midway_loses_nothing() {
	newdb
	hubs 1
	expect 0 --db hub1.db --now "$LATER" push --month 2026-08 --to "$CONN"
	pg_server_stop
	expect_refused 3 --db hub1.db --now "$LATER" push --pending --to "$CONN"
	err_has "^hubdesk: cannot reach the network's database: "
	pg_server_start || fail "the server did not start again"
	DB=hub1.db
	assert_eq "$(sql "SELECT count(*) FROM network_push")" 1 "only the acknowledged push recorded"
	expect 0 --now "$LATER" push --pending --to "$CONN"
	out_is "2026-07: stored
2026-09: stored
2026-10: stored"
	assert_eq "$(q "SELECT string_agg(to_char(month, 'YYYY-MM'), ',' ORDER BY month) FROM hubdesk.hub_month")" \
	    "2026-07,2026-08,2026-09,2026-10" "every month once"
}

# hubdesk_push may hand in dumps and do nothing else; hubdesk_read reads.
test_the_roles_a_hub_and_a_coordinator_log_in_with() {
	newdb
	hubs 1
	q "CREATE ROLE kuortane_$$ LOGIN IN ROLE hubdesk_push; CREATE ROLE coord_$$ LOGIN IN ROLE hubdesk_read;" ||
	    fail "roles"
	HUB="$CONN user=kuortane_$$"
	COORD="$CONN user=coord_$$"
	expect 0 --db hub1.db --now "$LATER" push --month 2026-10 --to "$HUB"
	out_is "2026-10: stored"
	for sql in "SELECT count(*) FROM hubdesk.hub_month" "DELETE FROM hubdesk.hub_month" \
	    "UPDATE hubdesk.hub SET name = 'x'" "SELECT * FROM hubdesk.network_month"; do
		psql "$HUB" -X -q -A -t -c "$sql" >/dev/null 2>&1 && fail "the push role may: $sql"
	done
	expect_refused 1 network report --month 2026-10 --from "$HUB"
	err_has 'permission denied.*hubdesk_read'
	expect 0 network report --month 2026-10 --from "$COORD" --format csv
	out_has '^total,2026-10,1,1,'
	psql "$COORD" -X -q -A -t -c "DELETE FROM hubdesk.hub_month" >/dev/null 2>&1 &&
	    fail "the read role may delete"
	assert_eq "$(q "SELECT count(*) FROM hubdesk.hub_month")" 1 "the row is there"
}

# A newer dump of a month replaces the older in one step and keeps it in
# the history; an older one arriving late is history only; a bad one is
# refused by the database itself and changes nothing.
test_a_newer_dump_replaces_and_history_keeps_the_old() {
	newdb
	hubs 1
	expect 0 --db hub1.db --now "$LATER" dump --month 2026-10 --output first.json
	sed 's/"generated_at": "[^"]*"/"generated_at": "2026-11-05T08:00:00Z"/' first.json >d.json
	sed 's/"generated_at": "[^"]*"/"generated_at": "2026-11-10T08:00:00Z"/; s/^  "visits": \([0-9]*\),/  "visits": 1\1,/' \
	    d.json >newer.json
	sed 's/"generated_at": "[^"]*"/"generated_at": "2026-11-01T08:00:00Z"/; s/^  "guest_visits": \([0-9]*\),/  "guest_visits": 9\1,/' \
	    d.json >older.json
	accept() { q "SELECT hubdesk.accept_dump(\$\$$(cat "$1")\$\$::jsonb)"; }
	assert_eq "$(accept d.json)" stored "first"
	assert_eq "$(accept d.json)" unchanged "again"
	assert_eq "$(accept newer.json)" replaced "newer"
	assert_eq "$(accept older.json)" older "older, late"
	assert_eq "$(q "SELECT count(*) FROM hubdesk.hub_month")" 1 "one row for the month"
	assert_eq "$(q "SELECT why FROM hubdesk.hub_month_history ORDER BY replaced_at, why")" "replaced
older" "the history"
	assert_eq "$(q "SELECT visits FROM hubdesk.hub_month")" "$(sed -n 's/^  "visits": \([0-9]*\),/\1/p' newer.json)" \
	    "the newer figures stand"
	for bad in 's/"version": 2/"version": 3/' 's/"complete": true/"complete": false/' \
	    's/^  "visits": [0-9]*,/  "visits": -1,/' 's/^  "visits": [0-9]*,/  "visits": 1.5,/' \
	    's/"available_desk_hours": [0-9.]*/"available_desk_hours": 1.00001/' \
	    's/"month": "2026-10"/"month": "2026-13"/'; do
		sed "$bad" newer.json >bad.json
		accept bad.json >/dev/null 2>&1 && fail "accepted: $bad"
	done
	assert_eq "$(q "SELECT count(*) FROM hubdesk.hub_month") $(q "SELECT count(*) FROM hubdesk.hub_month_history")" \
	    "1 2" "nothing changed by the refused ones"
}

test_refusals_say_what_to_do_and_change_nothing() {
	newdb
	hubs 1
	DB=hub1.db
	expect_refused 2 --now "$LATER" push --month 2026-10
	err_has '^hubdesk: which network database\? give --to CONNINFO, set HUBDESK_PG, or set network_db in the config'
	expect_refused 2 --now "$LATER" push --to "$CONN"
	err_has 'give --month YYYY-MM or --pending'
	expect_refused 2 --now "$LATER" push --month 2026-10 --pending --to "$CONN"
	expect_refused 2 --now "$LATER" push --month 10.2026 --to "$CONN"
	expect_refused 1 --now "$LATER" push --month 2026-11 --to "$CONN"
	err_has 'has not ended'
	expect_refused 3 --now "$LATER" push --month 2026-10 --to "host=$PG_DIR/nowhere dbname=x password=sekret99"
	err_has "^hubdesk: cannot reach the network's database: "
	grep -q sekret99 "$ERR" && fail "the password was printed"
	assert_eq "$(q "SELECT count(*) FROM hubdesk.hub_month")" 0 "nothing pushed"
	assert_eq "$(sql "SELECT count(*) FROM network_push")" 0 "nothing recorded"
	# The connection string from the environment, then from the config.
	HUBDESK_PG=$CONN expect 0 --now "$LATER" push --month 2026-09
	printf 'network_db = %s\n' "$CONN" >cfg
	expect 0 --config cfg --now "$LATER" push --month 2026-08
	expect_refused 2 network report --from "$CONN"
	expect_refused 2 network report --month 2026-07 --year 2026 --from "$CONN"
	expect_refused 2 network report --year 26 --from "$CONN"
	expect_refused 2 network report --month 2025-01 --from "$CONN"
	err_has "^hubdesk: the network's database holds no dump of 2025-01$"
	expect_refused 2 network report --month 2026-09 --region Lappi --from "$CONN"
	err_has "holds no dump of 2026-09 from the region Lappi"
	expect_refused 2 network hubs --format csv --from "$CONN"
	expect_refused 2 network hubs --date 31.2.2026 --from "$CONN"
}

# hubdesk itself does not link libpq: the kiosk starts as fast without it.
test_the_binary_does_not_link_libpq() {
	command -v ldd >/dev/null || { echo "    skipped: no ldd"; return 0; }
	ldd "$HUBDESK_BIN" | grep -q libpq && fail "hubdesk links libpq"
	return 0
}

# The directory: each hub's card from its newest dump, and the desks free
# on a day as that dump counted them.
test_the_directory_lists_the_hubs() {
	newdb
	hubs 2
	expect 0 --db hub1.db --now "$LATER" hub edit --name "Kylätalo" --address "Kirkkotie 1, Kuortane" \
	    --email info@kylatalo.example.fi
	for i in 1 2; do expect 0 --db "hub$i.db" --now "$LATER" push --month 2026-10 --to "$CONN"; done
	expect 0 --db hub1.db --now "$LATER" dump --month 2026-10 --output d1.json
	nov3=$(grep -o '{"date": "2026-11-03", "open": true, "free": [0-9]*}' d1.json | sed 's/.*"free": //; s/}//')
	[ -n "$nov3" ] || fail "no free desks in the dump"
	expect 0 --now "$LATER" network hubs --from "$CONN" --date 3.11.2026
	out_has '^Kylätalo, Kuortane \(Etelä-Pohjanmaa\)$'
	out_has "^  free desks: $nov3; desks: 24; rooms: 2\$"
	out_has '^  Kirkkotie 1, Kuortane$'
	out_has '^  info@kylatalo.example.fi$'
	out_has '^Kuortaneen etätyöpiste, Kuortane \(Etelä-Pohjanmaa\)$'
	out_has '^  Mon 08:00–17:00, Tue 08:00–17:00, Wed 08:00–17:00, Thu 08:00–17:00, Fri 08:00–17:00$'
	# In Finnish as Finnish writes it: the date read, hours and words.
	expect 0 --lang fi --now "$LATER" network hubs --from "$CONN" --date 3.11.
	out_has "^  vapaita työpisteitä: $nov3; työpisteitä: 24; huoneita: 2\$"
	out_has '^  ma 8.00–17.00, ti 8.00–17.00, ke 8.00–17.00, to 8.00–17.00, pe 8.00–17.00$'
	expect 0 --now "$LATER" network hubs --from "$CONN" --date 2026-11-07
	out_has '^  free desks: closed; desks: 24; rooms: 2$'
	expect 0 --now "$LATER" network hubs --from "$CONN" --date 2026-12-24
	out_has '^  free desks: not known; desks: 24; rooms: 2$'
	expect 0 --now "$LATER" network hubs --from "$CONN" --date tomorrow --format json
	assert_eq "$(grep -c '"uuid": ' "$OUT")" 2 "two hubs in JSON"
	if command -v jq >/dev/null 2>&1; then
		jq -e '.date == "2026-11-03" and (.hubs | length == 2) and
		    ([.hubs[].card.email // empty] == ["info@kylatalo.example.fi"]) and
		    ([.hubs[].free_desks.free] | length == 2)' "$OUT" >/dev/null ||
		    fail "the JSON: $(cat "$OUT")"
	fi
	expect_refused 2 --now "$LATER" network hubs --region Lappi --from "$CONN" --format json
	err_has '^hubdesk: the network.s database holds no hub in the region Lappi$'
	expect 0 --now "$LATER" network hubs --from "$CONN" --date 2026-11-03 --output hubs.html
	grep -q "<td>Kylätalo</td>.*<td>$nov3</td><td>Kirkkotie 1, Kuortane</td><td>info@kylatalo.example.fi</td>" hubs.html ||
	    fail "the page's row: $(grep Kylätalo hubs.html)"
	command -v xmllint >/dev/null 2>&1 && { xmllint --noout hubs.html || fail "not well-formed"; }
	return 0
}

# Found by a trial as an attacker: a hub's login may push only its own hub;
# a forged dump is refused by the database itself, as rollup refuses it.
test_a_hub_login_cannot_push_another_hub_or_a_forged_dump() {
	newdb
	hubs 2
	q "CREATE ROLE one_$$ LOGIN IN ROLE hubdesk_push; CREATE ROLE two_$$ LOGIN IN ROLE hubdesk_push;" ||
	    fail "roles"
	ONE="$CONN user=one_$$"
	TWO="$CONN user=two_$$"
	expect 0 --db hub1.db --now "$LATER" push --month 2026-10 --to "$ONE"
	expect 0 --db hub2.db --now "$LATER" push --month 2026-10 --to "$TWO"
	# hub1's login pushing hub2's data: refused, and hub2's row stands.
	expect_refused 1 --db hub2.db --now "2026-11-03 09:00" push --month 2026-09 --to "$ONE"
	err_has 'is pushed by another login role; ask the network.s database administrator'
	expect 0 --db hub2.db --now "$LATER" dump --month 2026-10 --output d2.json
	# psql reads the file into d itself (an argument holds at most 128 KB)
	# and interpolates :'d', quoted as a literal, in what it reads.
	acc() { printf '\\set d `cat %s`\nSELECT hubdesk.accept_dump(:%sd%s::jsonb);\n' "$1" "'" "'" |
	    psql "$ONE" -X -q -A -t -v ON_ERROR_STOP=1 2>&1; }
	sed 's/"generated_at": "[^"]*"/"generated_at": "2026-11-20T08:00:00Z"/; s/^  "visits": [0-9]*,/  "visits": 1,/' \
	    d2.json >forged.json
	acc forged.json | grep -q 'pushed by another login role' || fail "a forged dump of hub2 by hub1's login"
	expect 0 --db hub1.db --now "$LATER" dump --month 2026-10 --output d1.json
	assert_eq "$(acc d1.json)" unchanged "hub1's own dump through the same psql"
	for bad in 's/"generated_at": "[^"]*"/"generated_at": "2026-10-15T08:00:00Z"/' \
	    's/"generated_at": "[^"]*"/"generated_at": "2099-01-01T08:00:00Z"/' \
	    's/"name": "[^"]*"/"name": "N\\u001b[31mRED"/' \
	    's/"by_municipality": {/"by_municipality": {"Aino Virtanen aino@x.fi": 1, /' \
	    's/"desks": [0-9]*/"desks": -3/' \
	    's/"free_desks": \[{"date": "[^"]*", "open": true, "free": [0-9]*}/"free_desks": [{"date": "2026-11-02", "open": true, "free": -100}/' \
	    's/"by_weekday_hour": \[$/"by_weekday_hour": [[1],/' \
	    's/"peak_at": [^,]*,/"peak_at": "<script>",/' \
	    's/"hours": {"mon": "[^"]*"/"hours": {"mon": "<i>x<\/i>"/'; do
		sed "$bad" d1.json >bad.json
		cmp -s bad.json d1.json && fail "the edit did nothing: $bad"
		acc bad.json | grep -q 'ERROR' || fail "accepted: $bad"
	done
	assert_eq "$(q "SELECT count(*) FROM hubdesk.hub_month") $(q "SELECT count(*) FROM hubdesk.hub_month_history")" \
	    "2 0" "nothing stored by the refused ones"
	# A dump too big to be one.
	{ head -c -2 d1.json; printf ', "x": "%s"}\n' "$(head -c 1100000 /dev/zero | tr '\0' a)"; } >big.json
	acc big.json | grep -q 'too big' || fail "a dump over a megabyte"
}

# push --pending asks the database what it holds: a new or restored one is
# filled again; a month before the hub was made is not pushed.
test_pending_fills_a_new_database_again() {
	newdb
	hubs 1
	expect 0 --db hub1.db --now "$LATER" push --pending --to "$CONN"
	first=$CONN
	name=t_refill_$$
	psql "$PG_CONN" -X -q -c "CREATE DATABASE $name" >/dev/null || fail "CREATE DATABASE"
	CONN="host=$PG_DIR dbname=$name user=$PG_USER"
	expect 0 network init --to "$CONN"
	expect 0 --db hub1.db --now "$LATER" push --pending --to "$CONN"
	out_is "2026-07: stored
2026-08: stored
2026-09: stored
2026-10: stored"
	expect 0 --db hub1.db --now "$LATER" push --pending --to "$first"
	out_is "nothing to push: every month that has ended is in the network's database"
	expect_refused 1 --db hub1.db --now "$LATER" push --month 2026-01 --to "$CONN"
	err_has 'the hub was made in 2026-07; it has no month before that to push'
}

# The connection string is never echoed, its encoding never changes the
# data, and what a forged row holds never drives the terminal.
test_connection_strings_encodings_and_escapes() {
	newdb
	hubs 1
	expect_refused 2 --db hub1.db --now "$LATER" push --month 2026-10 \
	    --to 'postgresql://u:ab%zzTopSecret@localhost/db'
	err_has 'the connection string cannot be read'
	grep -q TopSecret "$ERR" && fail "the password was printed"
	PGCLIENTENCODING=LATIN1 expect 0 --db hub1.db --now "$LATER" push --month 2026-10 --to "$CONN"
	assert_eq "$(q "SELECT region FROM hubdesk.hub")" "Etelä-Pohjanmaa" "the region in UTF-8"
	q "UPDATE hubdesk.hub SET name = E'Evil\\x1b[31mRED', region = E'R\\x1b]0;x\\x07'" >/dev/null ||
	    fail "update"
	expect 0 --now "$LATER" network hubs --from "$CONN"
	grep -q "$(printf '\033')" "$OUT" && fail "an escape byte reached the terminal"
	out_has '^Evil\?\[31mRED, '
	expect 0 --now "$LATER" network report --month 2026-10 --from "$CONN"
	grep -q "$(printf '\033')" "$OUT" && fail "an escape byte in the report"
	return 0
}

why=$(pg_skip_reason)
if [ -n "$why" ]; then
	echo "  (skip the network suite: $why)"
	echo "network: 0 passed, 0 failed"
	exit 0
fi
pg_start >/dev/null || { echo "network: 0 passed, 1 failed"; exit 1; }
trap 'pg_stop; rm -rf "$HUBS_DIR"' EXIT
made_hubs || { echo "network: the demo hubs could not be made"; echo "network: 0 passed, 1 failed"; exit 1; }
run_tests "$@"
