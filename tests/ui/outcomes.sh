#!/bin/sh
# At 80x24, the smallest window hubdesk supports: every outcome appears in
# the middle of the screen, long sentences wrap whole at word boundaries,
# lists with hidden rows say how many more there are, and the staff screens
# keep their own idle timeout.
. "$(dirname "$0")/../ui-lib.sh"

UI_COLS=80 UI_ROWS=24
LONG="Maria-Kristiina-Annukka-Johanna Äijälä-Kivimäki"

# row_of REGEX: the 1-based screen row of the first match in screen.txt.
row_of() { grep -nE -- "$1" screen.txt | head -1 | cut -d: -f1; }

# in_the_middle REGEX: it is drawn in the middle rows, not on the status line.
in_the_middle() {
	r=$(row_of "$1")
	[ -n "$r" ] && [ "$r" -ge 5 ] && [ "$r" -le 19 ] ||
	    { sed 's/^/      |/' screen.txt; fail "/$1/ is on row ${r:-none}, not in the middle"; }
}

# many_members N: N more members, Member 01 ... Member N.
many_members() {
	i=1
	while [ $i -le "$1" ]; do
		expect 0 member add "Member $(printf %02d $i)"
		i=$((i + 1))
	done
}

open_staff_menu() { # open_staff_menu [ARGS...]: hubdesk ARGS, at the staff menu
	add_staff Kaisa 135792 --admin
	ui_start "$@" --now "'$NOW'"
	ui_staff_login
}

open_staff_screen() { # open_staff_screen LABEL: the staff menu's item
	open_staff_menu
	# The heading is drawn before the items: wait for the item itself.
	ui_wait "^ *[0-9]+  $1"
	ui_type "$(sed -n "s/^ *\([0-9]*\)  $1.*/\1/p" screen.txt | head -1)"
}

test_a_refusal_on_home_appears_where_a_greeting_would() {
	small_hub
	ui_start --now "'$NOW'"
	ui_wait 'Type your member code'
	ui_type AAAAA
	ui_key Enter
	ui_wait 'no member has the code AAAAA; check the code'
	in_the_middle 'no member has the code AAAAA'
	ui_type "$A"
	ui_gone 'no member has the code'
}

test_a_long_greeting_wraps_whole() {
	small_hub
	expect 0 member add "$LONG"
	L=$(cat "$OUT")
	expect 0 --now "$NOW" book --member "$L" --space D02 --date today --from 13:00 --to 17:00
	expect 0 --now "$NOW" book --member "$B" --space D02 --date today --from 09:00 --to 13:00
	ui_start --now "'$NOW'"
	ui_wait 'Type your member code'
	ui_type "$L"
	ui_key Enter
	ui_wait_text "Welcome, Maria-Kristiina-Annukka-Johanna Ä\.! Sit at D0[13] until 13:00; your booked D02 is yours from 13:00\."
	in_the_middle 'Welcome, Maria'
}

test_the_stop_question_is_whole() {
	small_hub
	open_staff_screen 'Stop hubdesk'
	ui_wait_text 'Stop hubdesk here\? The kiosk stays down until it is started again\. y: yes, any other key: no'
}

test_a_refusal_on_the_grid_appears_in_the_middle() {
	small_hub
	expect 0 --now "$NOW" book --member "$B" --space D01 --date today --from 09:00 --to 12:00
	ui_start --now "'$NOW'"
	ui_wait 'Type your member code'
	ui_type "$A"
	ui_key F2
	ui_wait 'Booking as Aino Ä\.'
	ui_key Enter
	ui_wait_text 'D01 is booked 09:00.12:00 by another member'
	in_the_middle 'D01 is booked'
	ui_key Right
	ui_gone 'D01 is booked'
}

test_a_booking_on_the_grid_is_confirmed_in_the_middle() {
	small_hub
	ui_start --now "'$NOW'"
	ui_wait 'Type your member code'
	ui_type "$A"
	ui_key F2
	ui_wait 'Booking as Aino Ä\.'
	ui_key Enter Right Enter
	ui_wait_text 'Booked D01 09:00.10:00 for Aino Ä\.'
	in_the_middle 'Booked D01'
}

test_a_refusal_on_the_map_appears_in_the_middle() {
	expect 0 --now "$NOW" init --name "Testipiste" --municipality Kuortane
	expect 0 space add D01 --since 2026-01-01 --map 0,0
	expect 0 space add D02 --since 2026-01-01 --map 2,0
	expect 0 member add "Aino Äijälä"
	A=$(cat "$OUT")
	expect 0 member add "Ville Virtanen"
	B=$(cat "$OUT")
	expect 0 --now "$NOW" checkin --member "$B" --space D01
	ui_start --now "'$NOW'"
	ui_wait 'Type your member code'
	ui_type "$A"
	ui_key F4
	ui_wait '│D01 O│'
	ui_key Enter
	ui_wait_text 'D01 is in use'
	in_the_middle 'D01 is in use'
	ui_screen | grep -q 'Welcome' && fail "the map checked in at a desk in use"
	ui_key Right
	ui_gone 'D01 is in use'
}

test_the_members_list_says_how_many_more() {
	small_hub
	many_members 14
	open_staff_screen Members
	ui_wait 'Members: 16'
	ui_wait '↓ 2 more below$'
	ui_key End
	ui_wait '↑ 2 more above$'
	ui_wait 'Ville Virtanen'
}

test_the_visitor_log_says_how_many_more() {
	small_hub
	i=1
	while [ $i -le 16 ]; do
		expect 0 --now "$NOW" guest --name "Guest $i" --host "$A"
		i=$((i + 1))
	done
	open_staff_screen 'Visitor log'
	ui_wait 'Visitor log 2026-11-23: 16 visits'
	ui_wait '↓ 2 more below$'
}

test_the_grid_says_how_many_spaces_more() {
	small_hub
	for d in D04 D05 D06 D07 D08 D09 D10 D11 D12 D13 D14 D15 D16 D17; do
		expect 0 --now "$NOW" space add $d
	done
	ui_start --now "'$NOW'"
	ui_wait 'Type your member code'
	ui_key F2
	ui_wait 'Enter on a free slot to book'
	ui_wait '↓ 4 more below$'
	ui_key End
	i=0
	while [ $i -lt 20 ]; do ui_key Down; i=$((i + 1)); done
	ui_wait '↑ 4 more above$'
}

test_staff_screens_keep_their_own_idle_timeout() {
	small_hub
	# The kiosk waits a minute; the staff menu only 5 s.
	printf 'idle_timeout = 60\nstaff_idle_timeout = 5\n' >conf
	open_staff_menu --config conf
	sleep 4
	ui_wait 'Type your member code'
}


test_a_locked_kiosk_and_the_guest_screen_answer_in_the_middle() {
	small_hub
	ui_start --kiosk --now "'$NOW'"
	ui_wait 'Type your member code'
	ui_key F10
	ui_wait 'This kiosk is locked'
	in_the_middle 'This kiosk is locked'
	ui_key Escape
	ui_wait 'Type your member code'
	ui_key F3
	ui_wait 'Your host'
	ui_key Tab Tab
	ui_key Enter
	ui_wait 'Choose your host first'
	in_the_middle 'Choose your host first'
}

test_a_staff_refusal_appears_in_the_middle() {
	small_hub
	open_staff_screen 'Spaces'
	ui_wait 'D01'
	ui_key a
	ui_wait 'Capacity'
	ui_type X9
	ui_key Tab Tab Tab
	ui_type 5000
	ui_key Tab Tab Enter
	ui_wait 'the capacity is a number from 1 to 1000'
	in_the_middle 'the capacity is a number from 1 to 1000'
}

run_tests "$@"
