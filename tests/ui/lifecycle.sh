#!/bin/sh
# The kiosk over the hub's days: what a member meets at the door the
# morning after, after closing, at a desk someone overstays, and early.
. "$(dirname "$0")/../ui-lib.sh"

TUE="2026-11-24"

test_1_the_morning_after_a_forgotten_checkout_at_the_kiosk() {
	small_hub
	expect 0 --now "$NOW" checkin --member "$A" --space D01
	ui_start --now "'$TUE 08:30'"
	ui_wait 'In the hub now: 0'
	ui_type "$A"
	ui_key Enter
	ui_wait 'Welcome, Aino Ä\.! No booking now: desk D01 is free all day\.'
	ui_key Enter
	ui_wait 'Welcome, Aino Ä\.! Your desk is D01 for the day\.'
	ui_wait 'In the hub now: 1'
	assert_eq "$(sql 'SELECT count(*) FROM visit WHERE auto_closed = 1')" 1 "auto-closed"
	assert_eq "$(sql 'SELECT count(*) FROM visit WHERE checked_out_at IS NULL')" 1 "open"
}

test_2_the_kiosk_shows_nobody_in_after_closing() {
	small_hub
	expect 0 --now "$NOW" checkin --member "$A" --space D01
	expect 0 --now "$NOW" guest --name "Maija Vieras" --host "$A"
	before=$(db_digest)
	ui_start --now "'2026-11-23 17:30'"
	ui_wait 'In the hub now: 0'
	[ "$(db_digest)" = "$before" ] || fail "the kiosk wrote while only showing the hub"
}

test_4_the_kiosk_moves_a_booking_when_its_desk_is_in_use() {
	small_hub
	expect 0 --now "$NOW" member add "Juho Järvinen"
	C=$(cat "$OUT")
	expect 0 --now "$NOW" book --member "$A" --space D01 --date "$TUE" --from 09:00 --to 12:00
	expect 0 --now "$TUE 08:00" checkin --member "$C" --space D01
	ui_start --now "'$TUE 09:05'"
	ui_wait 'Type your member code'
	ui_type "$A"
	ui_key Enter
	ui_wait 'Welcome, Aino Ä\.! D01 is in use, so your booking moved to D02, until 12:00\.'
	assert_eq "$(sql "SELECT s.code FROM booking b JOIN space s ON s.id = b.space_id")" D02 "booked desk"
}

test_5_the_kiosk_keeps_an_early_members_booking() {
	small_hub
	expect 0 --now "$NOW" book --member "$A" --space D01 --date "$TUE" --from 10:00 --to 12:00
	ui_start --now "'$TUE 08:30'"
	ui_wait 'Type your member code'
	ui_type "$A"
	ui_key Enter
	ui_wait 'Welcome, Aino Ä\.! Your desk is D01, booked from 10:00: it is yours already\.'
	assert_eq "$(sql "SELECT count(*) FROM visit WHERE booking_id IS NOT NULL")" 1 "visit attached"
}

run_tests "$@"
