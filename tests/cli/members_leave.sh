#!/bin/sh
# Members who leave: retired codes refused everywhere, an access request's
# export, erasure that leaves no trace of the person and not a figure
# changed, and retention of guests' names and audit rows.
. "$(dirname "$0")/../lib.sh"

DEMO_NOW="2026-11-23 12:00"
MONTHS="2026-08 2026-09 2026-10 2026-11"

# every_figure FILE: every month's report (JSON) and every ended month's
# dump, byte for byte but for the dump's generated_at line (when it was made).
every_figure() {
	for m in $MONTHS; do
		"$HUBDESK" --db "$DB" --now "$DEMO_NOW" report --month $m --format json || return 1
		[ $m = 2026-11 ] || "$HUBDESK" --db "$DB" --now "$DEMO_NOW" dump --month $m |
		    grep -v '^  "generated_at": ' || return 1
	done >"$1"
}

test_retired_code_is_refused_at_checkin_booking_and_as_host() {
	small_hub
	expect 0 --now "$NOW" book --member "$A" --space D01 --date 2026-11-24
	expect 0 --now "$NOW" book --member "$A" --space D02 --date 2026-11-25
	expect 0 --now "$NOW" checkin --member "$B"
	expect 0 --now "$NOW" member retire "$A"
	out_has "^retired $A \\("
	out_has "^cancelled 2026-11-24 08:00.17:00 D01 $A \\("
	out_has "^cancelled 2026-11-25 08:00.17:00 D02 $A \\("
	for cmd in "checkin --member $A" "book --member $A --space D03 --date 2026-11-26" \
	    "guest --name Iida --host $A"; do
		expect_refused 1 --now "$NOW" $cmd
		err_has "^hubdesk: the code $A no longer works: its member has left the hub; they left on 2026-11-23"
	done
	expect_refused 1 --now "$NOW" member retire "$A"
	expect 0 member list --format csv
	out_lacks "^$A,"
	expect 0 member list --all --format csv
	out_has "^$A,Aino Äijälä,.*,2026-11-23 09:00,2026-11-23 09:00"
	# History stays: the bookings are there, cancelled.
	assert_eq "$(sql "SELECT group_concat(status) FROM booking")" "cancelled,cancelled" "bookings"
	assert_eq "$(sql "SELECT count(*) FROM audit WHERE action = 'member.retire'")" 1 "audit row"
}

test_export_holds_everything_and_nothing_of_other_people() {
	small_hub
	expect 0 --now "$NOW" member edit "$A" --email aino@example.fi --organisation "Kone Oy"
	# An export is text or JSON; a .csv file is refused saying how to ask.
	expect_refused 2 --now "$NOW" member export "$A" --output x.csv
	err_has "an export is text or json: give --format text or json, or an --output file ending"
	[ ! -e x.csv ] || fail "a refused export wrote x.csv"
	expect 0 --now "$NOW" book --member "$A" --space D01 --date 2026-11-24
	expect 0 --now "$NOW" checkin --member "$A"
	expect 0 --now "$NOW" guest --name "Iida Vieras" --host "$A" --purpose "Asiakastapaaminen"
	expect 0 --now "$NOW" checkin --member "$B"
	expect 0 --now "$NOW" guest --name "Olli Muu" --host "$B" --purpose "Toinen palaveri"
	uuid_a=$(sql "SELECT uuid FROM member WHERE code = '$A'")
	uuid_b=$(sql "SELECT uuid FROM member WHERE code = '$B'")
	expect 0 --now "$NOW" member export "$A" --format json --output "$PWD/a.json"
	[ "$(stat -c %a a.json)" = 600 ] || fail "the export is not private"
	assert_eq "$(sqlite3 :memory: "SELECT json_valid(readfile('a.json'))")" 1 "valid JSON"
	for want in "Aino Äijälä" aino@example.fi "Kone Oy" "$A" "$uuid_a" Asiakastapaaminen \
	    "$(sql "SELECT uuid FROM booking")" "$(sql "SELECT uuid FROM visit WHERE member_id = 1")" \
	    '"action": "member.add"' '"action": "guest.add"' '"action": "booking.add"'; do
		grep -qF -- "$want" a.json || fail "the export lacks $want"
	done
	for other in "Ville Virtanen" "$B" "$uuid_b" "Olli Muu" "Toinen palaveri" "Iida Vieras"; do
		grep -qF -- "$other" a.json && fail "the export holds $other"
	done
	expect 0 --now "$NOW" member export "$A"
	out_has '^Bookings \(1\)$'
	out_has '^Visits and guests they hosted \(2\)$'
	expect_refused 2 --now "$NOW" member export "$A" --format csv
}

test_erase_leaves_no_trace_in_the_database_file() {
	small_hub
	expect 0 --now "$NOW" member edit "$A" --email aino.aijala@example.fi --organisation "Äijälän Puutarha Oy"
	expect 0 --now "$NOW" checkin --member "$A"
	expect 0 --now "2026-11-23 10:00" checkout --member "$A"
	expect 0 --now "$NOW" book --member "$A" --space D01 --date 2026-11-25
	uuid=$(sql "SELECT uuid FROM member WHERE code = '$A'")
	# Staff (not the file's owner) may not erase.
	if [ "$(id -u)" = 0 ]; then
		chown nobody "$DB"
		expect_refused 1 --now "$NOW" member erase "$A"
		err_has "only the hub's administrator may erase a member"
		chown 0 "$DB"
	fi
	expect 0 --now "$NOW" member erase "$A"
	out_has "^erased $A \\($uuid\\)"
	out_has "^cancelled 2026-11-25 08:00.17:00 D01  \\("
	for trace in "Äijälä" aino.aijala "Puutarha" "$A"; do
		sql .dump | grep -qF -- "$trace" && fail "the dump still holds $trace"
		strings "$DB" | grep -qF -- "$trace" && fail "the file still holds $trace"
		for f in "$DB"-wal "$DB"-journal; do
			[ -f "$f" ] && strings "$f" | grep -qF -- "$trace" && fail "$f still holds $trace"
		done
	done
	assert_eq "$(sql "SELECT municipality_number || ',' || category FROM member WHERE uuid = '$uuid'")" \
	    "300,remote-employee" "what the statistics count"
	assert_eq "$(sql "SELECT count(*) FROM visit WHERE member_id = (SELECT id FROM member WHERE uuid = '$uuid')")" \
	    1 "the visit kept"
	assert_eq "$(sql "SELECT detail FROM audit WHERE action = 'member.erase'")" \
	    '{"bookings_cancelled":1}' "the erasure's audit row"
	expect_refused 1 --now "$NOW" checkin --member "$A"
}

test_erasure_keeps_every_report() {
	expect 0 --now "$DEMO_NOW" demo --months 3 --seed 7
	# A member with visits whose organisation others share and keep, and
	# every member of another organisation, so that only its key is left.
	shared=$(sql "SELECT m.code FROM member AS m WHERE m.organisation IS NOT NULL
	    AND (SELECT count(*) FROM member AS o WHERE o.organisation = m.organisation) > 1
	    AND (SELECT count(*) FROM visit WHERE member_id = m.id) > 0 ORDER BY m.id LIMIT 1")
	gone=$(sql "SELECT group_concat(code, ' ') FROM member WHERE organisation = (
	    SELECT m.organisation FROM member AS m WHERE m.organisation IS NOT NULL
	    AND m.organisation IS NOT (SELECT organisation FROM member WHERE code = '$shared')
	    AND (SELECT count(*) FROM visit WHERE member_id = m.id) > 0 ORDER BY m.id LIMIT 1)")
	[ -n "$shared" ] && [ -n "$gone" ] || fail "the demo has no member to erase"
	every_figure before || fail "report before"
	for code in $shared $gone; do
		expect 0 --now "$DEMO_NOW" member erase "$code"
	done
	every_figure after || fail "report after"
	cmp -s before after || fail "a figure changed: $(diff before after | head -5)"
	# A member who joins the organisation later counts as the same one.
	org=$(sql "SELECT organisation FROM member WHERE org_key IS NOT NULL
	    AND organisation IS NOT NULL LIMIT 1")
	expect 0 --now "$DEMO_NOW" member add "Uusi Jäsen" --organisation "$org"
	assert_eq "$(sql "SELECT count(DISTINCT org_key) FROM member WHERE organisation = '$org'")" 1 "key"
}

# A hub with guests in September, October and November 2026 and audit rows
# of each, none of them past the default 90 days on 2026-11-23.
guests_over_months() { fixture --as-is guests_over_months_steps A B; } # built once and copied
guests_over_months_steps() {
	small_hub
	for d in 2026-09-01 2026-10-05 2026-11-16; do
		expect 0 --now "$d 09:00" checkin --member "$A"
		expect 0 --now "$d 09:10" guest --name "Vieras $d" --host "$A" --purpose "Palaveri $d"
		expect 0 --now "$d 12:00" checkout --member "$A"
	done
}

test_retention_blanks_exactly_the_rows_past_it_and_keeps_every_report() {
	guests_over_months
	MONTHS="2026-09 2026-10 2026-11" DEMO_NOW=$NOW every_figure before || fail "report"
	expect 0 --now "$NOW" rules set retention-days 60
	digest=$(db_digest)
	expect 0 --now "$NOW" purge --dry-run
	cutoff=$(sql "SELECT strftime('%s', '2026-11-23 07:00') - 60 * 86400")
	old_audit=$(sql "SELECT count(*) FROM audit WHERE at < $cutoff")
	[ "$old_audit" -gt 0 ] || fail "the scenario has no old audit rows"
	out_is "would blank 1 guest visit of their name, purpose and host, and would delete $old_audit audit rows, from before 2026-09-24 10:00 (retention-days 60)"
	[ "$(db_digest)" = "$digest" ] || fail "--dry-run changed the database"
	expect 0 --now "$NOW" purge
	out_has "^blanked 1 guest visit"
	assert_eq "$(sql "SELECT group_concat(coalesce(guest_name, '-') || '|' || coalesce(purpose, '-') || '|' || coalesce(host_member_id, '-'), ' ') FROM visit WHERE is_guest = 1 ORDER BY checked_in_at")" \
	    "-|-|- Vieras 2026-10-05|Palaveri 2026-10-05|1 Vieras 2026-11-16|Palaveri 2026-11-16|1" "guests"
	assert_eq "$(sql "SELECT count(*) FROM audit WHERE at < $cutoff")" 0 "old audit rows"
	assert_eq "$(sql "SELECT detail FROM audit WHERE action = 'retention.run'")" \
	    "{\"retention_days\":60,\"guests\":1,\"audit\":$old_audit}" "the run's audit row"
	sql .dump | grep -q "2026-09-01" && fail "the blanked name or purpose is still in the dump"
	MONTHS="2026-09 2026-10 2026-11" DEMO_NOW=$NOW every_figure after || fail "report"
	cmp -s before after || fail "a figure changed: $(diff before after | head -5)"
}

test_retention_runs_by_itself_once_a_day() {
	guests_over_months
	expect 0 --now "$NOW" rules show --format csv
	out_has '^retention-days,90,'
	# A day later than 90 days after the first guest: reading changes
	# nothing; the first change of the day purges first.
	NOW="2026-12-01 09:00"
	expect 0 --now "$NOW" visits --date 2026-09-01
	assert_eq "$(sql "SELECT count(*) FROM visit WHERE is_guest = 1 AND guest_name IS NULL")" 0 "after a read"
	expect 0 --now "$NOW" checkin --member "$B"
	assert_eq "$(sql "SELECT count(*) FROM visit WHERE is_guest = 1 AND guest_name IS NULL")" 1 "after a write"
	assert_eq "$(sql "SELECT role FROM audit WHERE action = 'retention.run'")" clock "run by"
	expect 0 --now "$NOW" checkout --member "$B"
	assert_eq "$(sql "SELECT count(*) FROM audit WHERE action = 'retention.run'")" 1 "runs today"
}

test_only_the_owner_purges_whatever_clock_or_config_staff_bring() {
	if [ "$(id -u)" != 0 ]; then
		echo "    skipped: not root, so the database cannot be given to another owner"
		return 0
	fi
	guests_over_months
	sql "SELECT count(*) FROM audit" >audit.before
	printf 'retention_days = 1\n' >evil.conf
	chown nobody "$DB"
	# A clock of their own far ahead, and a config of their own: nothing
	# is purged by their changes, and purge itself is refused.
	expect 0 --now "2027-06-01 10:00" --config evil.conf checkin --member "$B"
	expect_refused 1 --now "2027-06-01 10:00" --config evil.conf purge
	err_has "only the hub's administrator may purge data before its time"
	expect 0 --now "2027-06-01 10:00" --config evil.conf purge --dry-run
	chown 0 "$DB"
	assert_eq "$(sql "SELECT count(*) FROM visit WHERE is_guest = 1 AND guest_name IS NULL")" 0 \
	    "guests blanked by staff"
	assert_eq "$(sql "SELECT count(*) FROM audit WHERE action = 'retention.run'")" 0 "purges run"
	[ "$(sql "SELECT count(*) FROM audit")" -gt "$(cat audit.before)" ] || fail "audit rows were deleted"
}

test_retention_days_is_the_administrators() {
	small_hub
	expect_refused 2 rules set retention-days 0
	if [ "$(id -u)" = 0 ]; then
		chown nobody "$DB"
		expect_refused 1 rules set retention-days 30
		err_has "only the hub's administrator may change the rules"
		chown 0 "$DB"
	fi
	expect 0 rules set retention-days 30
}

run_tests "$@"
