#!/bin/sh
# The command line's happy paths: init, spaces, members, booking, check-in,
# guests, lists in three formats.
. "$(dirname "$0")/../lib.sh"

test_init_prints_a_new_uuid_each_time() {
	expect 0 init --name "Kylätalo" --municipality Inari --region Lappi
	u1=$(cat "$OUT")
	echo "$u1" | grep -Eq '^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$' ||
		fail "not a UUID: $u1"
	DB="$DB.2" expect 0 init --name "Kylätalo" --municipality Inari
	[ "$(cat "$OUT")" != "$u1" ] || fail "two hubs got the same UUID"
	expect 0 hub --format json
	out_has "\"uuid\": \"$u1\""
	out_has '"name": "Kylätalo"'
	out_has '"region": "Lappi"'
	out_has '"timezone": "Europe/Helsinki"'
	out_has '"sat": null'
}

test_database_file_is_private() {
	small_hub
	[ "$(stat -c %a "$DB")" = 600 ] || fail "mode $(stat -c %a "$DB")"
}

test_member_add_prints_only_the_code() {
	small_hub
	echo "$A" | grep -Eq '^[34679ACEFGHJKMNPRTWXY]{5}$' || fail "code '$A'"
	[ "$A" != "$B" ] || fail "two members share a code"
	expect 0 member show "$(echo "$A" | tr A-Z a-z)"
	out_has '^Aino Äijälä$'
	out_has 'category +remote-employee'
}

test_book_check_in_and_out() {
	small_hub
	expect 0 --now "$NOW" book --member "$A" --space D01 --date 2026-11-23 --from 09:00 --to 12:00
	uuid=$(cat "$OUT")
	echo "$uuid" | grep -Eq '^[0-9a-f-]{36}$' || fail "book printed '$uuid'"
	expect 0 --now "2026-11-23 09:05" checkin --member "$A"
	out_is "checked in $A at 09:05, D01 (booked)"
	expect 0 --now "$NOW" bookings --date 2026-11-23 --format csv
	out_has "^$uuid,2026-11-23,09:00,12:00,D01,$A,Aino Äijälä,checked-in"
	expect 0 --now "2026-11-23 11:40" checkout --member "$A"
	out_is "checked out $A at 11:40"
	expect 0 --now "2026-11-23 12:00" visits --format json
	out_has "\"booking\": \"$uuid\""
	out_has '"in": "2026-11-23 09:05", "out": "2026-11-23 11:40"'
}

test_whole_day_booking_takes_opening_hours() {
	small_hub
	expect 0 --now "$NOW" book --member "$A" --space D02 --date 2026-11-24
	expect 0 --now "$NOW" bookings --date 2026-11-24 --format csv
	out_has ",2026-11-24,08:00,17:00,D02,"
	# Today's whole-day booking starts with the half-hour under way.
	expect 0 --now "2026-11-23 10:40" book --member "$B" --space D03 --date today
	expect 0 --now "$NOW" bookings --date 2026-11-23 --format csv
	out_has ",2026-11-23,10:30,17:00,D03,"
}

test_walk_in_takes_a_free_desk() {
	small_hub
	expect 0 --now "$NOW" book --member "$B" --space D01 --date today
	expect 0 --now "$NOW" checkin --member "$A" --space any
	out_is "checked in $A at 09:00, D02 (walk-in)"
	expect 0 --now "$NOW" status --format json
	out_has '"desks": 3, "desks_free_now": 1, "desks_free_rest_of_day": 1, "members_in": 1'
}

test_walk_in_without_a_desk() {
	small_hub
	expect 0 --now "$NOW" checkin --member "$A"
	out_is "checked in $A at 09:00"
	expect 0 --now "$NOW" visits --format csv
	out_has "member,$A,Aino Äijälä,,,,,2026-11-23 09:00,"
}

test_guest_sign_in_and_out() {
	small_hub
	expect 0 --now "$NOW" guest --name "Máret Sara" --host "$A" --purpose "Palaveri"
	v=$(cat "$OUT")
	expect 0 --now "2026-11-23 10:15" guest-out "$v"
	expect 0 --now "$NOW" visits --format csv
	out_has "^$v,guest,,Máret Sara,$A,Palaveri,,,2026-11-23 09:00,2026-11-23 10:15"
}

test_forgotten_checkout_with_at() {
	small_hub
	expect 0 --now "2026-11-23 16:00" checkin --member "$A" --at "2026-11-23 08:30"
	expect 0 --now "2026-11-24 09:00" checkout --member "$A" --at "2026-11-23 16:45"
	expect 0 --now "2026-11-24 09:00" visits --date 2026-11-23 --format csv
	out_has ",2026-11-23 08:30,2026-11-23 16:45"
}

test_cancel_frees_the_slot() {
	small_hub
	expect 0 --now "$NOW" book --member "$A" --space D01 --date 2026-11-24
	u=$(cat "$OUT")
	expect 0 --now "$NOW" cancel "$u"
	expect 0 --now "$NOW" book --member "$B" --space D01 --date 2026-11-24
	expect 0 --now "$NOW" bookings --date 2026-11-24 --format csv
	out_has ",D01,$A,Aino Äijälä,cancelled"
	out_has ",D01,$B,Ville Virtanen,booked"
}

test_lists_in_three_formats() {
	small_hub
	expect 0 space list
	out_has '^code +kind +name +capacity'
	out_has '^R1 +room +- +6'
	expect 0 space list --format csv
	[ "$(head -1 "$OUT")" = "$(printf 'code,kind,name,capacity,zone,map_col,map_row,status\r')" ] ||
		fail "CSV header or CRLF line end"
	expect 0 member list --format json
	out_has '^\[$'
	out_has '"name": "Aino Äijälä"'
	out_has '"email": null'
	expect 0 bookings --format json
	out_is '[]'
	expect 0 bookings
	out_is 'no bookings'
}

# A text table pads by terminal columns: an emoji or a CJK character takes
# two, so the next column starts at the same place on every row, in the C
# locale too (where wcwidth knows nothing beyond ASCII).
test_text_tables_pad_wide_characters_by_columns() {
	expect 0 --now "$NOW" init --name "Testipiste" --municipality Kuortane
	expect 0 --now "$NOW" member add "Aino 😀 Kissa" --municipality Kuortane
	expect 0 --now "$NOW" member add "王小明" --municipality Kuortane
	expect 0 --now "$NOW" member add "Bob" --municipality Kuortane
	for l in C C.UTF-8 POSIX; do
		LC_ALL=$l expect 0 member list
		sed -E 's/^[A-Z0-9]{5}  /XXXXX  /; s/[0-9a-f-]{36}/UUID/; s/uuid {34}/uuid  /' "$OUT" >got
		cat >want <<-'EOF'
		code   name           email  municipality  municipality_number  organisation  category  uuid  created
		XXXXX  Aino 😀 Kissa  -      Kuortane                      300  -             other     UUID  2026-11-23 09:00
		XXXXX  Bob            -      Kuortane                      300  -             other     UUID  2026-11-23 09:00
		XXXXX  王小明         -      Kuortane                      300  -             other     UUID  2026-11-23 09:00
		EOF
		diff want got >/dev/null || fail "member list under LC_ALL=$l: $(diff want got)"
	done
	return 0
}

test_csv_quotes_commas_and_quotes() {
	small_hub
	expect 0 member add 'Aino "Ano" Kivi, Jr' --organisation 'Oy "Puu", Ab'
	expect 0 member list --format csv
	out_has '"Aino ""Ano"" Kivi, Jr"'
	out_has '"Oy ""Puu"", Ab"'
}

test_space_retire_keeps_history_and_cancels_future() {
	small_hub
	expect 0 --now "$NOW" book --member "$A" --space D03 --date 2026-11-24
	expect 0 --now "$NOW" space retire d03
	expect 0 space list
	out_lacks '^D03'
	expect 0 space list --all
	out_has '^D03 .* retired$'
	expect 0 --now "$NOW" bookings --date 2026-11-24 --format csv
	out_has ',D03,.*,cancelled'
}

test_space_retire_lists_the_bookings_it_affects() {
	small_hub
	expect 0 --now "$NOW" book --member "$A" --space D01 --date today --from 09:00 --to 12:00
	u1=$(cat "$OUT")
	expect 0 --now "$NOW" book --member "$B" --space D01 --date today --from 13:00 --to 15:00
	u2=$(cat "$OUT")
	expect 0 --now "$NOW" book --member "$A" --space D01 --date 2026-11-24
	u3=$(cat "$OUT")
	expect 0 --now "$NOW" book --member "$B" --space D02 --date 2026-11-24
	expect 0 --now "2026-11-23 09:05" checkin --member "$A"
	expect 0 --now "2026-11-23 09:10" space retire d01
	out_is "retired D01
kept (under way) 2026-11-23 09:00–12:00 D01 $A ($u1)
cancelled 2026-11-23 13:00–15:00 D01 $B ($u2)
cancelled 2026-11-24 08:00–17:00 D01 $A ($u3)"
	assert_eq "$(sql "SELECT group_concat(status, ' ') FROM (SELECT b.status FROM booking AS b JOIN space AS s ON s.id = b.space_id ORDER BY s.code, b.starts_at)")" \
	    "checked-in cancelled cancelled booked" "statuses"
	expect 0 --now "2026-11-23 09:10" space retire D03
	out_is "retired D03
no bookings affected"
	expect 0 --now "2026-11-23 09:10" space retire D02 --format csv
	out_has "^fate,uuid,date,from,to,space,member,name"
	out_has "^cancelled,[0-9a-f-]{36},2026-11-24,08:00,17:00,D02,$B,Ville Virtanen"
	out_lacks '^retired'
	expect 0 --now "2026-11-23 09:10" space retire R1 --format json
	out_is '[]'
}

test_space_retire_refused_changes_nothing() {
	small_hub
	expect 0 --now "$NOW" book --member "$A" --space D01 --date 2026-11-24
	expect 0 --now "$NOW" space retire D02
	expect_refused 1 --now "$NOW" space retire D02
	err_has '^hubdesk: D02 is retired already$'
	expect_refused 1 --now "$NOW" space retire D99
	err_has 'no space has the code D99'
	expect_refused 2 --now "$NOW" space retire D01 --format xml
	assert_eq "$(sql "SELECT status FROM booking")" booked "the booking of D01"
}

test_retiring_a_space_cancels_a_booking_under_way() {
	small_hub
	expect 0 --now "$NOW" book --member "$A" --space D01 --date today --from 09:00 --to 12:00
	expect 0 --now "2026-11-23 09:20" space retire D01
	expect_refused 1 --now "2026-11-23 09:25" checkin --member "$A" --space D01
	expect 0 --now "2026-11-23 09:25" bookings --date today --format csv
	out_has ',D01,.*,cancelled'
}

test_uuids_are_accepted_in_upper_case_too() {
	small_hub
	expect 0 --now "$NOW" book --member "$A" --space D01 --date 2026-11-24
	u=$(cat "$OUT")
	expect 0 --now "$NOW" cancel "$(echo "$u" | tr a-f A-F)"
	expect 0 --now "$NOW" bookings --date 2026-11-24 --format csv
	out_has "^$u,.*,cancelled"
}

test_booking_ranges() {
	small_hub
	expect 0 --now "$NOW" book --member "$A" --space D01 --date 2026-12-21 --override
	expect 0 --now "$NOW" bookings --from 2026-12-20
	out_has '2026-12-21'
	expect 0 --now "$NOW" bookings --from 2026-01-01 --to 9999-12-31 --format csv
	out_has '2026-12-21'
	expect 0 --now "$NOW" bookings --from 2026-12-22
	out_is 'no bookings'
}

test_edit_spaces_and_members() {
	small_hub
	expect 0 space edit d01 --name "Ikkunapöytä" --zone Ikkuna --map 3,1
	expect 0 space list --format csv
	out_has '^D01,desk,Ikkunapöytä,1,Ikkuna,3,1,active'
	expect 0 space edit D01 --map ''
	expect 0 space list --format csv
	out_has '^D01,desk,Ikkunapöytä,1,Ikkuna,,,active'
	expect_refused 2 space edit D01 --capacity 0
	expect 0 member edit "$A" --email aino@example.fi --category student
	expect 0 member show "$A" --format csv
	out_has ",Aino Äijälä,aino@example.fi,Kuortane,300,,student,"
	expect 0 member edit "$A" --email '' --name "Aino Ä. Äijälä"
	expect 0 member show "$A" --format csv
	out_has ",Aino Ä\. Äijälä,,Kuortane,300,,student,"
	expect_refused 2 member edit "$A" --name ''
	expect_refused 1 member edit AAAAA --name X
}

test_closed_dates_and_hours() {
	small_hub
	expect 0 closed add 2026-12-08 --note "Remontti"
	expect 0 closed list --format csv
	out_has '^2026-12-08,Remontti'
	expect 0 hours sat 10:00-14:00
	out_has 'sat  10:00–14:00'
	expect 0 --now "$NOW" book --member "$A" --space D01 --date 2026-11-28
	expect 0 closed remove 2026-12-08
	expect 0 closed list
	out_is 'no closed dates'
}

test_closed_add_lists_the_bookings_it_affects() {
	small_hub
	expect 0 --now "$NOW" book --member "$A" --space D01 --date 2026-12-04 --from 09:00 --to 12:00
	u1=$(cat "$OUT")
	expect 0 --now "$NOW" book --member "$B" --space R1 --date 2026-12-04 --from 13:00 --to 15:00
	u2=$(cat "$OUT")
	expect 0 --now "$NOW" book --member "$A" --space D01 --date 2026-12-03
	expect 0 --now "$NOW" closed add 2026-12-04 --note Remontti
	out_is "closed 2026-12-04
cancelled 2026-12-04 09:00–12:00 D01 $A ($u1)
cancelled 2026-12-04 13:00–15:00 R1 $B ($u2)"
	assert_eq "$(sql "SELECT group_concat(status, ' ') FROM (SELECT status FROM booking ORDER BY starts_at)")" \
	    "booked cancelled cancelled" "statuses (the 3rd stays booked)"
	expect 0 --now "$NOW" closed add 2026-12-04 --note "Remontti jatkuu"
	out_is "closed 2026-12-04
no bookings affected"
	expect 0 --now "$NOW" closed add 2026-12-03 --format json
	out_has '^\[$'
	out_has '"fate": "cancelled", "uuid": "[0-9a-f-]{36}", "date": "2026-12-03", "from": "08:00", "to": "17:00", "space": "D01", "member": "'"$A"'", "name": "Aino Äijälä"'
	out_lacks '^closed'
}

test_closed_add_keeps_the_bookings_under_way() {
	small_hub
	expect 0 --now "$NOW" book --member "$A" --space D01 --date today --from 09:00 --to 12:00
	u1=$(cat "$OUT")
	expect 0 --now "$NOW" book --member "$B" --space D02 --date today --from 09:00 --to 10:00
	u2=$(cat "$OUT")
	expect 0 --now "$NOW" book --member "$B" --space D02 --date today --from 13:00 --to 15:00
	u3=$(cat "$OUT")
	expect 0 --now "2026-11-23 09:05" checkin --member "$A"
	# Closing today at 09:10: what has begun is kept, checked in to or not.
	expect 0 --now "2026-11-23 09:10" closed add 2026-11-23
	out_is "closed 2026-11-23
kept (under way) 2026-11-23 09:00–12:00 D01 $A ($u1)
kept (under way) 2026-11-23 09:00–10:00 D02 $B ($u2)
cancelled 2026-11-23 13:00–15:00 D02 $B ($u3)"
	assert_eq "$(sql "SELECT group_concat(status, ' ') FROM (SELECT status FROM booking ORDER BY starts_at, space_id)")" \
	    "checked-in booked cancelled" "statuses"
}

test_closed_add_refused_changes_nothing() {
	small_hub
	expect 0 --now "$NOW" book --member "$A" --space D01 --date 2026-12-04
	expect_refused 2 --now "$NOW" closed add 2026-12-32
	err_has "'2026-12-32' is not a date"
	expect_refused 2 --now "$NOW" closed add 2026-12-04 --format xml
	expect_refused 2 --now "$NOW" closed add 2026-12-04 --note "$(printf 'a\033[2Jb')"
	assert_eq "$(sql "SELECT status FROM booking")" booked "the booking of 2026-12-04"
	assert_eq "$(sql "SELECT count(*) FROM closed_date")" 0 "closed dates"
}

test_help_and_version() {
	expect 0 --help
	out_has '^usage: hubdesk'
	out_has 'Exit status: 0 done; 1 refused'
	for c in init demo status hub hours closed space member book cancel bookings checkin \
	    checkout guest guest-out visits visit; do
		expect 0 $c --help
		out_has "^usage: hubdesk $c"
	done
	expect 0 space add --help
	out_has '^usage: hubdesk space add CODE'
	for c in edit remove add; do
		expect 0 visit $c --help
		out_has "^usage: hubdesk visit $c "
	done
	expect 0 --version
	out_has '^hubdesk [0-9]+\.[0-9]+\.[0-9]+$'
	expect 0 book --version
	out_has '^hubdesk [0-9]+\.[0-9]+\.[0-9]+$'
}

test_man_page_and_readme_name_every_command() {
	man=$ROOT/docs/hubdesk.1
	readme=$ROOT/README.md
	expect 0 --help
	for c in $(sed -n '/^Commands:/,/^$/p' "$OUT" | awk 'NF > 1 { print $1 }'); do
		grep -q "^\.B $c\b" "$man" || fail "docs/hubdesk.1 lacks the command $c"
		grep -q "\`$c" "$readme" || fail "README.md lacks the command $c"
	done
}

test_db_path_from_environment_and_config() {
	HUBDESK_DB="$PWD/env.db" "$HUBDESK" init --name X --municipality Kuortane >/dev/null ||
		fail "init with HUBDESK_DB"
	[ -f env.db ] || fail "HUBDESK_DB was not used"
	printf '# test\ndb_path = %s/conf.db\n' "$PWD" >conf
	"$HUBDESK" --config conf init --name X --municipality Kuortane >/dev/null || fail "init with config"
	[ -f conf.db ] || fail "db_path from the config was not used"
	XDG_DATA_HOME="$PWD/data" "$HUBDESK" init --name X --municipality Kuortane >/dev/null ||
		fail "init at the default path"
	[ -f data/hubdesk/hubdesk.db ] || fail "the default path was not used"
}

run_tests "$@"
