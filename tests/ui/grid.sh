#!/bin/sh
# The booking grid in a real terminal: book a span, see it from the command
# line, cancel it in the same place, move between days and weeks.
. "$(dirname "$0")/../ui-lib.sh"

# The grid starts at the slot under way (09:00 on the small hub's Monday).
open_grid_as() { # CODE
	ui_start --now "'$NOW'"
	ui_wait 'Type your member code'
	ui_type "$1"
	ui_key F2
	ui_wait 'Booking as '
	ui_wait '^ D01 '
}

test_book_a_span_on_the_grid() {
	small_hub
	open_grid_as "$A"
	ui_wait 'Booking as Aino Ä\.'
	ui_key Down Enter Right Right Right Enter
	ui_wait 'Booked D02 09:00–11:00 for Aino Ä\.'
	ui_wait '^ D02 +- - Y Y Y Y '
	expect 0 --now "$NOW" bookings --date today --format csv
	out_has ",2026-11-23,09:00,11:00,D02,$A,Aino Äijälä,booked"
}

test_a_closed_day_says_why_in_a_sentence() {
	small_hub
	open_grid_as "$A"
	ui_key ] ] ] ] ]
	ui_wait 'the hub is closed on Saturdays \(.*\); choose an opening day\.$'
}

test_cancel_your_booking_on_the_grid() {
	small_hub
	expect 0 --now "$NOW" book --member "$A" --space D01 --date today --from 10:00 --to 11:00
	open_grid_as "$A"
	ui_wait '^ D01 +- - \. \. Y Y '
	ui_key Right Right Enter
	ui_wait 'Cancel your booking of D01 10:00–11:00\? y: yes'
	ui_key y
	ui_wait 'Cancelled your booking of D01'
	expect 0 --now "$NOW" bookings --date today --format csv
	out_has ',D01,.*,cancelled'
}

test_others_bookings_show_without_names_and_refusals_explain() {
	small_hub
	expect 0 --now "$NOW" book --member "$B" --space D01 --date today --from 09:00 --to 12:00
	open_grid_as "$A"
	ui_wait '^ D01 +- - b b b b b b '
	grep -q 'Ville' screen.txt && fail "the grid shows another member's name"
	ui_key Enter
	ui_wait 'D01 is booked 09:00–12:00 by another member; free from 12:00'
}

test_grid_asks_for_a_code_when_none_was_typed() {
	small_hub
	ui_start --now "'$NOW'"
	ui_wait 'Type your member code'
	ui_key F2
	ui_wait 'Enter on a free slot to book'
	ui_key Enter
	ui_wait 'Your member code: \['
	ui_type "$B"
	ui_key Enter
	# The Enter that asked for the code started the span at its slot.
	ui_wait 'Booking as Ville V\.: D01 09:00–09:30'
	ui_wait_text 'Chosen: D01 09:00–09:30\. Move left or right'
	ui_key Right
	ui_wait 'Booking as Ville V\.: D01 09:00–10:00'
	ui_wait_text 'Chosen: D01 09:00–10:00\.'
	ui_key Enter
	ui_wait 'Booked D01 09:00–10:00 for Ville V\.'
	expect 0 --now "$NOW" bookings --format csv
	out_has ",2026-11-23,09:00,10:00,D01,$B,Ville Virtanen,booked,"
}

test_days_weeks_and_closed_days() {
	small_hub
	expect 0 --now "$NOW" book --member "$A" --space D03 --date 2026-11-25
	open_grid_as "$A"
	ui_wait 'Mon 2026-11-23'
	ui_key ']'
	ui_wait 'Tue 2026-11-24'
	ui_key ']'
	ui_wait 'Wed 2026-11-25'
	ui_wait '^ D03 +(Y ){18}'
	ui_key w
	ui_wait 'Week of Mon 2026-11-23'
	ui_wait '^ D03 .* Y '
	ui_key f
	ui_wait 'Free all day 2026-11-25: D01, D02, R1'
	ui_key '}'
	ui_wait 'Week of Mon 2026-11-30'
	ui_key w t
	ui_wait 'Mon 2026-11-23'
	ui_key '[' '['
	ui_wait 'Sat 2026-11-21'
	ui_wait 'closed on Saturdays'
	ui_key Escape
	ui_wait 'Type your member code'
}

test_help_of_the_grid() {
	small_hub
	open_grid_as "$A"
	ui_key '?'
	ui_wait 'Keys of the booking grid screen'
	ui_wait 'Switch between the day and the week view'
	ui_key Escape
	ui_wait 'Booking as Aino'
}

test_a_running_grid_follows_new_opening_hours() {
	small_hub
	open_grid_as "$A"
	ui_wait '^ +08  09  10  11  12  13  14  15  16$'
	expect 0 --now "$NOW" hours mon 08:00-12:00
	ui_wait '^ +08  09  10  11 *$'
	ui_key Right Right Right Right Right Right Right Right Right Right
	ui_key Enter Enter
	ui_wait 'Booked D01 11:30–12:00'
}

test_find_free_spaces_and_go_away() {
	small_hub
	expect 0 --now "$NOW" book --member "$B" --space D01 --date today --from 10:00 --to 11:00
	for d in 24 25 26; do expect 0 --now "$NOW" book --member "$A" --space D02 --date 2026-11-$d; done
	open_grid_as "$A"
	ui_key Right Enter Right
	ui_key f
	ui_wait 'Free 09:30–10:30: D02, D03, R1'
	ui_key Escape a
	ui_wait 'Going away\?'
	ui_key Tab C-u
	ui_key BSpace BSpace BSpace BSpace BSpace BSpace BSpace BSpace BSpace BSpace
	ui_type 2026-11-25
	ui_key Enter
	ui_wait 'Cancelled 2 of your bookings from 2026-11-23 to 2026-11-25'
	expect 0 --now "$NOW" bookings --member "$A" --format csv
	out_has '2026-11-26,.*,booked'
	[ "$(grep -c cancelled "$OUT")" -eq 2 ] || fail "two cancelled"
}

run_tests "$@"
