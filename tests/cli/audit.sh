#!/bin/sh
# The audit log: `hubdesk audit` reads it, and every kind of change the
# command line can make leaves exactly its rows (role and action), a refused
# one none, no row holds a personal value, and no row can be changed.
. "$(dirname "$0")/../lib.sh"

# mark: remembers the last audit row; new_rows: "role action" of each row
# added since, oldest first; rows_are TEXT: exactly those.
mark() { MARK=$(sql "SELECT coalesce(max(id), 0) FROM audit"); }
new_rows() { sql "SELECT role || ' ' || action FROM audit WHERE id > $MARK ORDER BY id"; }
rows_are() { assert_eq "$(new_rows)" "$1" "audit rows since the mark"; }
# detail_of ACTION: the detail of the newest such row since the mark.
detail_of() {
	sql "SELECT detail FROM audit WHERE id > $MARK AND action = '$1' ORDER BY id DESC LIMIT 1"
}
uuid_of() { sql "SELECT uuid FROM member WHERE code = '$1'"; }
at() { hd --now "$NOW" "$@"; [ "$RC" = 0 ] || fail "hubdesk $*: exit $RC"; }

test_audit_lists_rows_in_time_order_with_local_time_role_and_subject() {
	small_hub
	expect 0 --now "2026-11-23 10:15" book --member "$A" --space D01 --date 2026-11-24 \
	    --from 10:00 --to 12:00
	bk=$(cat "$OUT")
	expect 0 --now "2026-11-23 10:15" audit
	head -1 "$OUT" | grep -Eq '^at +role +staff +action +subject +detail$' ||
	    fail "no header"
	# init's rows first, the booking last, at the hub's local time.
	sed -n 2p "$OUT" | grep -q '^2026-11-23 09:00  admin  -  *hub.add ' || fail "first row"
	tail -1 "$OUT" | grep -q "^2026-11-23 10:15  admin  -  *booking.add  *$bk  *{\"member\":\"$(uuid_of "$A")\",\"space\":\"D01\"" ||
	    fail "last row"
	assert_eq "$(($(wc -l <"$OUT") - 1))" "$(sql "SELECT count(*) FROM audit")" "rows listed"
	# For machines: ISO 8601 with the zone's offset, the detail as JSON.
	expect 0 --now "2026-11-23 10:15" audit --format csv
	tr -d '\r' <"$OUT" >csv && mv csv "$OUT"
	assert_eq "$(head -1 "$OUT")" "at,role,staff,action,subject,detail,via" "csv header"
	tail -1 "$OUT" | grep -q "^2026-11-23T10:15:00+02:00,admin,,booking.add,$bk,\"{\"\"member\"\"" ||
	    fail "csv row"
	expect 0 --now "2026-11-23 10:15" audit --format json
	grep -q "{\"at\": \"2026-11-23T10:15:00+02:00\", \"role\": \"admin\", \"staff\": null, \"action\": \"booking.add\", \"subject\": \"$bk\", \"detail\": \"{\\\\\"member\\\\\":" "$OUT" ||
	    fail "json row"
}

test_audit_days_from_and_to() {
	small_hub
	expect 0 --now "2026-11-24 09:00" rules set grace-minutes 20
	expect 0 --now "2026-11-25 09:00" rules set grace-minutes 25
	expect 0 --now "2026-11-25 12:00" audit
	assert_eq "$(grep -c 'setting.set' "$OUT")" 1 "rows of today"
	out_has '"value":\["20","25"\]'
	expect 0 --now "2026-11-25 12:00" audit --from 2026-11-24
	assert_eq "$(grep -c 'setting.set' "$OUT")" 2 "rows from yesterday"
	out_lacks 'hub.add'
	expect 0 --now "2026-11-25 12:00" audit --to 2026-11-24
	assert_eq "$(grep -c 'setting.set' "$OUT")" 1 "rows of --to's day"
	out_has '"value":"20"'
	expect 0 --now "2026-11-25 12:00" audit --from 2026-11-23 --to 2026-11-24
	out_has 'hub.add'
	expect 0 --now "2026-11-25 12:00" audit --from 2026-11-26
	out_is "no audit rows"
	expect_refused 2 --now "2026-11-25 12:00" audit --from 2026-11-25 --to 2026-11-24
	err_has '^hubdesk: --to comes before --from'
	expect_refused 2 --now "2026-11-25 12:00" audit --from 2026-13-01
	expect_refused 2 --now "2026-11-25 12:00" audit --format html
	expect_refused 2 --now "2026-11-25 12:00" audit --format xml
}

test_audit_output_is_written_whole_and_private() {
	small_hub
	expect 0 --now "$NOW" audit --output log.csv
	[ -s "$OUT" ] && fail "printed on stdout too"
	assert_eq "$(head -1 log.csv | tr -d '\r')" "at,role,staff,action,subject,detail,via" "format from the name"
	assert_eq "$(stat -c %a log.csv)" 600 "mode"
	expect 0 --now "$NOW" audit --output log.txt --format json
	assert_eq "$(head -c 1 log.txt)" "[" "--format wins"
	expect_refused 2 --now "$NOW" audit --output "$DB"
}

test_audit_unknown_codes_read_as_a_count() {
	small_hub
	sql "INSERT INTO audit (at, role, action, subject, detail) VALUES
	    (strftime('%s', '2026-11-23 08:00'), 'kiosk', 'kiosk.unknown-codes', 'tty1', '{\"count\":14}')"
	expect 0 --now "$NOW" audit
	out_has '^2026-11-23 10:00  kiosk  -  *kiosk.unknown-codes  tty1  *14 unknown codes at kiosk tty1 in the hour$'
	expect 0 --now "$NOW" audit --format csv
	out_has '^2026-11-23T10:00:00\+02:00,kiosk,,kiosk.unknown-codes,tty1,"\{""count"":14\}"'
}

test_audit_rows_of_bookings_series_override_and_cancels() {
	small_hub
	ua=$(uuid_of "$A")
	mark
	at book --member "$A" --space D01 --date 2026-11-24 --from 10:00 --to 12:00
	bk=$(cat "$OUT")
	rows_are "admin booking.add"
	assert_eq "$(sql "SELECT subject FROM audit WHERE id > $MARK")" "$bk" "subject"
	detail_of booking.add | grep -q "^{\"member\":\"$ua\",\"space\":\"D01\",\"starts_at\":$(sql "SELECT starts_at FROM booking WHERE uuid = '$bk'")," ||
	    fail "detail: $(detail_of booking.add)"
	mark
	at cancel "$bk"
	rows_are "admin booking.change"
	detail_of booking.change | grep -q '"status":\["booked","cancelled"\]' || fail "cancel detail"
	mark
	at book --member "$A" --space D02 --date 2026-11-24 --repeat daily --until 2026-11-26
	first=$(head -1 "$OUT")
	rows_are "admin booking.add
admin booking.add
admin booking.add"
	series=$(sql "SELECT series_uuid FROM booking WHERE uuid = '$first'")
	assert_eq "$(sql "SELECT count(*) FROM audit WHERE id > $MARK AND json_extract(detail, '\$.series') = '$series'")" 3 "rows naming the series"
	mark
	at cancel --series "$first"
	rows_are "admin booking.change
admin booking.change
admin booking.change"
	# Staff set a limit aside: the override is in the row.
	mark
	at book --member "$B" --space R1 --date 2026-11-24 --from 08:00 --to 17:00 --override
	rows_are "admin booking.add"
	detail_of booking.add | grep -q '"overridden":"[a-z]' || fail "override: $(detail_of booking.add)"
	# A member's days away.
	at book --member "$A" --space D03 --date 2026-11-25 --from 09:00 --to 10:00
	mark
	at cancel --member "$A" --from 2026-11-25 --to 2026-11-25
	rows_are "admin booking.change"
}

test_audit_rows_of_checkin_checkout_and_guests() {
	small_hub
	at book --member "$A" --space D01 --date 2026-11-23 --from 09:00 --to 12:00
	bk=$(cat "$OUT")
	mark
	at checkin --member "$A"
	rows_are "admin visit.add
admin booking.change"
	v=$(sql "SELECT uuid FROM visit")
	assert_eq "$(sql "SELECT subject FROM audit WHERE id > $MARK ORDER BY id")" "$v
$bk" "subjects"
	detail_of booking.change | grep -q '"status":\["booked","checked-in"\]' || fail "booking's detail"
	mark
	at checkout --member "$A"
	rows_are "admin visit.change"
	mark
	at guest --name "Gustav Gästsson" --host "$B" --purpose "a visit"
	g=$(cat "$OUT")
	rows_are "admin guest.add"
	detail_of guest.add | grep -q "\"host\":\"$(uuid_of "$B")\"" || fail "host by UUID"
	mark
	at guest-out "$g"
	rows_are "admin guest.change"
}

test_audit_rows_of_visit_corrections() {
	small_hub
	expect 0 --now "2026-11-23 08:00" checkin --member "$A"
	v=$(sql "SELECT uuid FROM visit")
	expect 0 --now "2026-11-23 08:30" checkout --member "$A"
	mark
	at visit edit "$v" --in "2026-11-23 08:10"
	rows_are "admin visit.change"
	detail_of visit.change | grep -q '^{"checked_in_at":\[[0-9]*,[0-9]*\]}$' || fail "edit detail"
	mark
	at visit add --member "$B" --in "2026-11-23 08:00" --out "2026-11-23 08:40" --space D02
	rows_are "admin visit.add"
	mark
	at visit add --guest "Greta Gast" --host "$B" --purpose "coffee" --in "2026-11-23 08:00" \
	    --out "2026-11-23 08:20"
	rows_are "admin guest.add"
	mark
	at visit remove "$v"
	rows_are "admin visit.remove"
	assert_eq "$(sql "SELECT subject FROM audit WHERE id > $MARK")" "$v" "removed visit"
}

test_audit_rows_of_members_and_spaces() {
	small_hub
	mark
	at member add "Maija Meikäläinen" --category student
	c=$(cat "$OUT")
	rows_are "admin member.add"
	assert_eq "$(detail_of member.add)" '{"category":"student"}' "member's detail"
	mark
	at member edit "$c" --name "Maija M" --email m@example.org --category entrepreneur
	rows_are "admin member.change"
	assert_eq "$(detail_of member.change)" '{"category":["student","entrepreneur"],"name":["…","…"],"email":["…","…"]}' "edit's detail"
	mark
	at space add B1 --kind booth --name "Phone booth" --zone North
	rows_are "admin space.add"
	mark
	at space edit B1 --capacity 2
	rows_are "admin space.change"
	assert_eq "$(detail_of space.change)" '{"capacity":[1,2]}' "edit's detail"
	at book --member "$A" --space B1 --date 2026-11-24 --from 10:00 --to 11:00
	mark
	at space retire B1
	rows_are "admin space.change
admin booking.change"
	detail_of space.change | grep -q '^{"retired_at":\[null,[0-9]*\]}$' || fail "retire detail"
}

test_audit_rows_of_hours_closed_days_rules_and_pin() {
	small_hub
	mark
	at hours sat 10:00-14:00
	rows_are "admin hours.keep
admin hours.set"
	assert_eq "$(sql "SELECT subject FROM audit WHERE id > $MARK AND action = 'hours.set'")" 5 "weekday"
	# The same hours again change nothing, and say nothing.
	mark
	at hours sat 10:00-14:00
	rows_are ""
	mark
	at hours sat closed
	rows_are "admin hours.close"
	at book --member "$A" --space D01 --date 2026-12-01 --from 10:00 --to 11:00
	mark
	at closed add 2026-12-01 --note "Remontti"
	rows_are "admin closed.add
admin booking.change"
	mark
	at closed remove 2026-12-01
	rows_are "admin closed.remove"
	mark
	at rules set grace-minutes 20
	rows_are "admin setting.set"
	assert_eq "$(detail_of setting.set)" '{"value":"20"}' "rule's detail"
	mark
	at staff add Kaisa --admin
	rows_are "admin staff.add"
	mark
	printf '24681357\n24681357\n' | "$HUBDESK" --db "$DB" --now "$NOW" staff pin Kaisa \
	    >/dev/null || fail "staff pin"
	rows_are "admin staff.change"
	assert_eq "$(detail_of staff.change)" '{"pin":"changed"}' "a PIN's hash is never in the log"
	sql "SELECT count(*) FROM audit WHERE detail LIKE '%\$y\$%'" >hashes
	assert_eq "$(cat hashes)" 0 "rows holding a yescrypt hash"
}

test_audit_rows_of_the_sweep_are_the_clocks() {
	small_hub
	at book --member "$A" --space D01 --date 2026-11-23 --from 10:00 --to 12:00
	expect 0 --now "2026-11-23 09:30" checkin --member "$B"
	mark
	# 10:45: A's booking is past its grace; the next day B's visit was
	# left open. Any write records both first, in the clock's name.
	expect 0 --now "2026-11-24 09:00" rules set grace-minutes 20
	rows_are "clock booking.change
clock visit.change
admin setting.set"
	detail_of booking.change | grep -q '"status":\["booked","no-show"\]' || fail "no-show"
	detail_of visit.change | grep -q '"auto_closed":\[0,1\]' || fail "auto-close"
	assert_eq "$(sql "SELECT count(*) FROM audit WHERE role = 'clock' AND staff IS NOT NULL")" 0 "clock's staff"
}

test_audit_rows_of_the_demo_match_what_it_made() {
	expect 0 --now "2026-11-23 10:30" demo --months 1
	for pair in "booking.add booking" "member.add member" "space.add space" \
	    "closed.add closed_date" "hub.add hub"; do
		set -- $pair
		assert_eq "$(sql "SELECT count(*) FROM audit WHERE action = '$1'")" \
		    "$(sql "SELECT count(*) FROM $2")" "$1 rows"
	done
	assert_eq "$(sql "SELECT count(*) FROM audit WHERE action IN ('visit.add', 'guest.add')")" \
	    "$(sql "SELECT count(*) FROM visit")" "visit rows"
	assert_eq "$(sql "SELECT count(*) FROM audit WHERE action = 'guest.add'")" \
	    "$(sql "SELECT count(*) FROM visit WHERE is_guest = 1")" "guest rows"
	assert_eq "$(sql "SELECT count(*) FROM visit v WHERE NOT EXISTS (SELECT 1 FROM audit a
	    WHERE a.subject = v.uuid)")" 0 "visits without a row"
	assert_eq "$(sql "SELECT count(*) FROM booking b WHERE NOT EXISTS (SELECT 1 FROM audit a
	    WHERE a.subject = b.uuid AND a.action = 'booking.add')")" 0 "bookings without a row"
	# A member's name appears nowhere in the log.
	sql "SELECT name FROM member WHERE name IS NOT NULL" >names
	sql ".dump audit" >dump
	grep -F -f names dump | head -3 >found
	[ -s found ] && fail "names in the audit log: $(cat found)"
	return 0
}

test_audit_refused_changes_leave_no_row() {
	small_hub
	at book --member "$A" --space D01 --date 2026-11-24 --from 10:00 --to 12:00
	count0=$(sql "SELECT count(*) FROM audit")
	expect_refused 1 --now "$NOW" book --member "$B" --space D01 --date 2026-11-24 --from 11:00 --to 12:00
	expect_refused 2 --now "$NOW" book --member "$B" --space D01 --date 2026-11-24 --from 11:00 --to 10:00
	expect_refused 1 --now "$NOW" book --member ZZZZZ --space D01 --date 2026-11-25
	expect_refused 2 --now "$NOW" member add ""
	expect_refused 2 --now "$NOW" member edit "$A" --category astronaut
	expect_refused 1 --now "$NOW" checkout --member "$A"
	expect_refused 2 --now "$NOW" rules set grace-minutes -5
	expect_refused 1 --now "$NOW" closed add 2026-11-20
	expect_refused 2 --now "$NOW" space add "bad code!"
	expect_refused 2 --now "$NOW" hours mon 17:00-08:00
	assert_eq "$(sql "SELECT count(*) FROM audit")" "$count0" "rows after the refusals"
	at visit add --member "$A" --in "2026-11-23 08:00" --out "2026-11-23 08:40"
	at checkin --member "$A"
	count0=$(sql "SELECT count(*) FROM audit")
	expect_refused 1 --now "$NOW" checkin --member "$A"
	expect_refused 1 --now "$NOW" visit add --member "$A" --in "2026-11-23 08:30" --out "2026-11-23 08:50"
	assert_eq "$(sql "SELECT count(*) FROM audit")" "$count0" "rows after the refusals"
}

test_audit_rows_hold_no_personal_value() {
	expect 0 --now "$NOW" init --name "Testipiste" --municipality Kuortane
	expect 0 --now "$NOW" space add D01
	expect 0 --now "$NOW" member add "Zebulon Quackenbush" --email zebulon@quackmail.example \
	    --municipality Pelkosenniemi --organisation "Xyloglyph Oy" --category entrepreneur
	z=$(cat "$OUT")
	expect 0 --now "$NOW" member add "Hortensia Vindaloo"
	h=$(cat "$OUT")
	expect 0 --now "$NOW" member edit "$z" --name "Zebulon Q. Quackenbush" \
	    --email zq@quackmail.example --organisation "Wumpus Works" --municipality Utsjoki
	expect 0 --now "$NOW" guest --name "Ferdinand Glockenspiel" --host "$z" --purpose "Tax fraud chat"
	g=$(cat "$OUT")
	expect 0 --now "$NOW" visit add --guest "Philomena Sprocket" --host "$h" \
	    --purpose "Secret merger" --in "2026-11-23 08:00" --out "2026-11-23 08:30"
	expect 0 --now "$NOW" checkin --member "$z" --space D01
	expect 0 --now "$NOW" checkout --member "$z"
	expect 0 --now "$NOW" guest-out "$g"
	sql ".dump audit" >dump
	assert_eq "$(grep -c 'INSERT INTO audit' dump)" "$(sql "SELECT count(*) FROM audit")" "rows dumped"
	for value in Zebulon Quackenbush quackmail Pelkosenniemi Xyloglyph Hortensia Vindaloo \
	    Wumpus Utsjoki Ferdinand Glockenspiel "Tax fraud" Philomena Sprocket "Secret merger" \
	    "$z" "$h"; do
		grep -qiF -- "$value" dump && fail "'$value' is in the audit log: $(grep -iF -- "$value" dump)"
	done
	# The people are there, by UUID.
	grep -qF "$(uuid_of "$z")" dump || fail "the member's UUID is missing"
}

test_audit_rows_cannot_be_changed() {
	small_hub
	hd --now "$NOW" audit
	sqlite3 "$DB" "UPDATE audit SET detail = '{}' WHERE action = 'hub.add'" 2>err.txt &&
	    fail "the update went through"
	grep -q 'audit rows are never changed' err.txt || fail "why: $(cat err.txt)"
	sqlite3 "$DB" "UPDATE audit SET role = 'kiosk'" 2>/dev/null && fail "role changed"
	# A kiosk's count of unknown codes goes up by one, and nothing else of
	# it may change.
	sql "INSERT INTO audit (at, role, action, subject, detail)
	    VALUES (0, 'kiosk', 'kiosk.unknown-codes', 'tty1', '{\"count\":1}')"
	sql "UPDATE audit SET detail = json_set(detail, '\$.count', 2) WHERE subject = 'tty1'" ||
	    fail "the count did not go up"
	for change in "staff = 'Aino'" "role = 'admin'" "detail = '{\"count\":9}'" \
	    "detail = '{\"count\":3,\"code\":\"AB3CD\"}'" "id = 99999" "subject = 'tty2'"; do
		sqlite3 "$DB" "UPDATE audit SET $change WHERE subject = 'tty1'" 2>/dev/null &&
		    fail "changed: $change"
	done
	assert_eq "$(sql "SELECT role || ' ' || coalesce(staff, '-') || ' ' || detail FROM audit WHERE subject = 'tty1'")" \
	    'kiosk - {"count":2}' "the count's row"
}

test_audit_every_table_has_its_triggers() {
	small_hub
	sql "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'
	    AND name NOT IN ('audit', 'audit_context', 'audit_via', 'schema_migrations')
	    ORDER BY name" >tables
	[ "$(wc -l <tables)" -ge 8 ] || fail "tables: $(cat tables)"
	while read -r t; do
		ops="INSERT UPDATE DELETE"
		# The lockout is one row the migration makes; only its updates happen.
		[ "$t" = staff_lockout ] && ops=UPDATE
		# An SSH key is added or removed, never changed: the schema refuses it.
		if [ "$t" = ssh_key ]; then
			ops="INSERT DELETE"
			n=$(sql "SELECT count(*) FROM sqlite_master WHERE type = 'trigger'
			    AND tbl_name = 'ssh_key' AND sql LIKE '%BEFORE UPDATE ON ssh_key%RAISE%'")
			[ "$n" -ge 1 ] || fail "an update of an SSH key is not refused"
		fi
		# The municipalities are the migration's data: no change is let through.
		if [ "$t" = municipality ]; then
			sql "DELETE FROM municipality WHERE number = 300" 2>/dev/null &&
			    fail "a municipality was deleted"
			continue
		fi
		for op in $ops; do
			n=$(sql "SELECT count(*) FROM sqlite_master WHERE type = 'trigger' AND tbl_name = '$t'
			    AND sql LIKE '%AFTER $op ON $t%' AND sql LIKE '%INSERT INTO audit%'")
			[ "$n" -ge 1 ] || fail "no audit trigger AFTER $op ON $t"
		done
	done <tables
}

run_tests "$@"
