#!/bin/sh
# What the kiosk says when a rule refuses: the reason in plain words, never a
# flag or a command of the command line, as one sentence ending in one full
# stop.
. "$(dirname "$0")/../ui-lib.sh"

# said REGEX: waits for the message and checks its line.
said() {
	ui_wait "$1"
	# A refusal may be drawn in a framed box: the frame is not the message.
	line=$(grep -E -- "$1" screen.txt | sed 's/[│┌┐└┘─]//g')
	case $line in
	*--*|*hubdesk\ *) fail "the kiosk names a flag or a command: $line" ;;
	esac
	printf '%s\n' "$line" | grep -Eq '[^.]\. *$' || fail "not one full stop at the end: $line"
}

open_grid_as() { # CODE
	ui_start --now "'$NOW'"
	ui_wait 'Type your member code'
	ui_type "$1"
	ui_key F2
	ui_wait '^ R1 '
}

test_a_room_booked_too_long_in_the_grid() {
	small_hub
	open_grid_as "$A"
	# R1 from 09:00 to 13:30, half an hour over the longest room booking.
	ui_key Down Down Down Enter Right Right Right Right Right Right Right Right Enter
	said 'a room can be booked for at most 4 h 00 min at a time'
	expect 0 --now "$NOW" bookings --format csv
	out_lacks ',R1,'
}

test_going_away_backwards_in_the_grid() {
	small_hub
	open_grid_as "$A"
	ui_key a
	ui_wait 'Going away\?'
	ui_key Tab C-u
	ui_key BSpace BSpace BSpace BSpace BSpace BSpace BSpace BSpace BSpace BSpace
	ui_type 2026-11-20
	ui_key Enter
	said 'the last day comes before the first'
}

test_a_checkout_before_the_checkin_in_the_visitor_log() {
	small_hub
	add_staff Kaisa 135792 --admin
	expect 0 --now "2026-11-23 08:10" checkin --member "$A" --space D01
	ui_start --now "'$NOW'"
	ui_staff_login
	ui_key 1
	ui_wait 'Aino Äijälä +D01'
	ui_key t
	ui_wait 'Check-out time \(HH:MM\)'
	ui_type "08:00"
	ui_key Enter
	said 'check-out at 2026-11-23 08:00 would come before check-in at 2026-11-23 08:10'
}

test_a_short_name_at_the_end_keeps_one_full_stop() {
	small_hub
	open_grid_as "$A"
	ui_key Enter Enter
	said 'Booked D01 09:00–09:30 for Aino Ä\.'
}

run_tests "$@"
