#!/bin/sh
# The staff members screen writes the highlighted member's bookings to come
# to an iCalendar file: c asks for the file, ~/CODE.ics by default.
. "$(dirname "$0")/../ui-lib.sh"

test_staff_write_a_members_calendar() {
	small_hub
	add_staff Kaisa 135792
	expect 0 --now "$NOW" book --member "$A" --space D02 --date 2026-11-24 --from 9 --to 12
	U1=$(cat "$OUT")
	expect 0 --now "$NOW" book --member "$B" --space D01 --date 2026-11-24 --from 9 --to 12
	mkdir home
	export HOME="$PWD/home"
	ui_start --now "'$NOW'"
	ui_staff_login
	ui_key 4
	ui_wait "^ +$A +Aino Äijälä"
	ui_key c
	ui_wait "The member's bookings to come, as a calendar"
	ui_wait "File.*~/$A\\.ics"
	ui_key Enter
	ui_wait "Wrote 1 booking of $A to $HOME/$A\\.ics\\."
	[ -f "home/$A.ics" ] || fail "no file home/$A.ics"
	grep -q "^UID:$U1@hubdesk" "home/$A.ics" || fail "the calendar lacks the booking $U1"
	grep -q "^BEGIN:VEVENT" "home/$A.ics" || fail "no event in the calendar"
	[ "$(grep -c '^BEGIN:VEVENT' "home/$A.ics")" = 1 ] || fail "another member's booking is in it"
	# A name that is not a calendar's is refused, and nothing is written.
	ui_key c
	ui_wait "File.*~/$A\\.ics"
	ui_key BSpace BSpace BSpace BSpace BSpace BSpace BSpace BSpace BSpace BSpace BSpace
	ui_type "hub.db"
	ui_key Enter
	ui_wait "A calendar file's name ends in \\.ics\\."
	[ -e hub.db ] && [ "$(sqlite3 hub.db 'SELECT count(*) FROM booking')" = 2 ] ||
	    fail "the database was touched"
	return 0
}

run_tests "$@"
