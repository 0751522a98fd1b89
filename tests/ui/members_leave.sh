#!/bin/sh
# A member leaves through the staff members screen: retired (asked first),
# their booking to come cancelled, gone from the list and refused at the
# kiosk; erasing is the administrator's, so staff are refused.
. "$(dirname "$0")/../ui-lib.sh"

test_staff_retire_a_member_and_the_kiosk_refuses_the_code() {
	small_hub
	add_staff Kaisa 135792
	expect 0 --now "$NOW" book --member "$A" --space D02 --date 2026-11-24
	ui_start --now "'$NOW'"
	ui_staff_login
	ui_key 4
	ui_wait 'Members: 2'
	ui_wait "^ +$A +Aino Äijälä"
	ui_key r
	ui_wait "Retire $A\\? The code stops working"
	ui_key n
	ui_gone "Retire $A\\?"
	assert_eq "$(sql "SELECT count(*) FROM member WHERE retired_at IS NOT NULL")" 0 "retired after n"
	ui_key r
	ui_wait "Retire $A\\?"
	ui_key y
	ui_wait "Retired $A: 1 booking cancelled\\."
	ui_wait 'Members: 1'
	ui_screen | grep -q "Aino Äijälä" && fail "a retired member is still listed"
	ui_key X
	ui_wait 'Erase [A-Z0-9]{5}\? Name, email, code and organisation go'
	ui_key y
	ui_wait 'only the hub.s administrator may erase a member'
	assert_eq "$(sql "SELECT count(*) FROM member WHERE erased_at IS NOT NULL")" 0 "erased by staff"
	ui_key Escape
	ui_key Escape
	ui_key Escape
	ui_wait 'Type your member code'
	ui_type "$A"
	ui_key Enter
	ui_wait "the code $A no longer works: its member has left the hub\\."
	# When they left is for staff, not for whoever stands at the door.
	grep -q 'left on' screen.txt && fail "the kiosk tells when the member left"
	expect 0 --now "$NOW" bookings --date 2026-11-24 --format csv
	out_has ",D02,$A,.*,cancelled"
}

run_tests "$@"
