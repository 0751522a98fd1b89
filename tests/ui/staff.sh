#!/bin/sh
# The staff screens in a real terminal: the PIN gate, the visitor log with
# a forgotten check-out corrected and visits changed, removed and added,
# and cancelling a booking of any day.
. "$(dirname "$0")/../ui-lib.sh"

with_pin() { fixture with_pin_steps A B; }
with_pin_steps() {
	small_hub
	add_staff Kaisa 135792 --admin
}

open_staff() { # open_staff [NOW]: the staff prompt with Kaisa's name given
	ui_start --now "'${1:-$NOW}'"
	ui_wait 'Type your member code'
	ui_key F9
	ui_wait 'Type your staff name'
	ui_type Kaisa
	ui_key Enter
	ui_wait 'Type the staff PIN'
}

test_pin_is_needed_and_stored_only_as_a_hash() {
	small_hub
	expect 0 staff add Kaisa --admin
	open_staff
	ui_type 135792
	ui_key Enter
	ui_wait 'no staff member has a PIN yet; an administrator sets one on the command line\.$'
	printf '135792\n135792\n' | "$HUBDESK" --db "$DB" staff pin Kaisa >/dev/null || fail "staff pin"
	assert_eq "$(sql "SELECT count(*) FROM staff WHERE pin_hash LIKE '%135792%'")" 0 "PIN in the clear"
	assert_eq "$(sql "SELECT substr(pin_hash, 1, 3) FROM staff WHERE name = 'Kaisa'")" '$y$' "yescrypt"
	ui_key Enter
	ui_wait 'a staff PIN is 6 to 12 digits'
	ui_type 135792
	ui_key Enter
	ui_wait 'Staff screens\. Pick one'
}

test_wrong_pin_is_refused_and_the_right_one_opens() {
	with_pin
	open_staff
	ui_type 111111
	ui_wait ' \*\*\*\*\*\*_+ '
	grep -q 111111 screen.txt && fail "the PIN showed on the screen"
	ui_key Enter
	ui_wait 'wrong name or PIN; 4 tries left before a pause'
	# The name stays and the PIN is cleared for the next try.
	ui_wait 'Type the staff PIN'
	ui_wait 'Name +Kaisa'
	ui_wait ' _{12} '
	ui_type 135792
	ui_key Enter
	ui_wait 'Staff screens\. Pick one'
	ui_key Escape
	ui_wait 'The staff screens are locked again'
	ui_wait 'Type your member code'
}

# Five wrong PINs at the staff prompt of a fresh hub with Kaisa.
paused_by_wrong_pins() {
	with_pin
	open_staff
	for i in 1 2 3 4 5; do
		ui_type 000000
		ui_key Enter
	done
	ui_wait 'wrong name or PIN 5 times; the staff screens are closed for 30 s'
}

test_five_wrong_pins_pause_the_gate() {
	paused_by_wrong_pins
	ui_type 135792
	ui_key Enter
	ui_wait 'too many wrong tries; try again in [0-9]+ s'
}

test_visitor_log_signs_out_and_corrects_a_forgotten_checkout() {
	with_pin
	expect 0 --now "2026-11-23 08:10" checkin --member "$A" --space D01
	expect 0 --now "2026-11-23 08:20" checkin --member "$B"
	open_staff
	ui_type 135792
	ui_key Enter
	ui_wait 'Visitor log'
	ui_key 1
	ui_wait 'Visitor log 2026-11-23: 2 visits, 2 in now'
	ui_wait 'Aino Äijälä +D01'
	ui_key t
	ui_wait 'Check-out time \(HH:MM\)'
	ui_type "08:45"
	ui_key Enter
	ui_wait 'Aino Äijälä signed out at 08:45'
	ui_key Down o
	ui_wait 'Ville Virtanen signed out at 09:00'
	ui_wait '2 visits, 0 in now'
	expect 0 --now "$NOW" visits --format csv
	out_has ",$A,Aino Äijälä,.*,2026-11-23 08:10,2026-11-23 08:45"
	out_has ",$B,Ville Virtanen,.*,2026-11-23 08:20,2026-11-23 09:00"
}

test_visitor_log_edits_removes_and_adds_visits() {
	with_pin
	expect 0 --now "2026-11-23 08:10" checkin --member "$A" --space D01
	expect 0 --now "2026-11-23 08:45" checkout --member "$A"
	expect 0 --now "2026-11-23 08:30" checkin --member "$B" --space D02
	open_staff
	ui_type 135792
	ui_key Enter
	ui_wait 'Visitor log'
	ui_key 1
	ui_wait 'Visitor log 2026-11-23: 2 visits, 1 in now'
	ui_wait 'eEdit xRemove aAdd'
	# Aino's times, corrected in the form.
	ui_key e
	ui_wait 'Change the visit of Aino Äijälä'
	ui_key End BSpace BSpace BSpace BSpace BSpace
	ui_type 07:50
	ui_key Tab End BSpace BSpace BSpace BSpace BSpace
	ui_type 08:40
	ui_key Enter
	ui_wait 'Changed the visit of Aino Äijälä: 07:50–08:40\.'
	ui_wait '^ +07:50 +08:40 +member'
	# A forgotten visit of Ville's that overlaps his visit under way is
	# refused with the reason and the fix; one before it is added.
	ui_key a
	ui_wait 'Add a forgotten visit on 2026-11-23'
	ui_type "$B"
	ui_key Tab
	ui_type 08:00
	ui_key Tab
	ui_type 08:45
	ui_key Enter Enter
	ui_wait 'Refused: Ville V\. is in since 2026-11-23 08:30;'
	ui_wait_text "a member's visits cannot overlap, so change that visit first or choose other times"
	ui_key a
	ui_type "$B"
	ui_key Tab
	ui_type 07:00
	ui_key Tab
	ui_type 08:00
	ui_key Tab
	ui_type D03
	ui_key Enter
	ui_wait 'Added the visit of Ville Virtanen: 07:00–08:00 at D03\.'
	ui_wait '3 visits, 1 in now'
	# The first row is that visit now; it was entered by mistake after all.
	ui_key x
	ui_wait 'Remove the visit of Ville Virtanen, 07:00–08:00, entered by mistake\? y: yes'
	ui_key y
	ui_wait 'Removed the visit of Ville Virtanen\.'
	ui_wait '2 visits, 1 in now'
	ui_key F1
	ui_wait 'Remove the highlighted visit, entered by mistake \(asks first\)'
	expect 0 --now "$NOW" visits --format csv
	out_has ",$A,Aino Äijälä,.*,D01,,2026-11-23 07:50,2026-11-23 08:40,0"
	out_has ",$B,Ville Virtanen,.*,D02,,2026-11-23 08:30,,0"
	out_lacks 'D03'
}

test_cancel_a_booking_of_another_day() {
	with_pin
	expect 0 --now "$NOW" book --member "$B" --space D02 --date 2026-11-25
	open_staff
	ui_type 135792
	ui_key Enter
	ui_wait 'Bookings of any day'
	ui_key 2
	ui_wait 'Bookings 2026-11-23: 0'
	ui_key ']' ']'
	ui_wait 'Bookings 2026-11-25: 1'
	ui_wait 'D02 +[A-Z0-9]{5} +Ville Virtanen +booked'
	ui_key x
	ui_wait 'Cancel D02 08:00–17:00 of Ville Virtanen\? y: yes'
	ui_key y
	ui_wait 'Cancelled D02 08:00–17:00 of Ville Virtanen'
	ui_wait 'Ville Virtanen +cancelled'
	expect 0 --now "$NOW" bookings --date 2026-11-25 --format csv
	out_has ',D02,.*,cancelled'
}

test_staff_add_and_retire_spaces_and_add_members() {
	with_pin
	expect 0 --now "$NOW" book --member "$A" --space D03 --date 2026-11-24
	open_staff
	ui_type 135792
	ui_key Enter
	ui_wait 'Spaces: add, edit, retire'
	ui_key 3
	ui_wait '^ +D01 +desk'
	ui_key a
	ui_wait 'New space'
	ui_type "D04"
	ui_key Tab Tab
	ui_type "Ikkunapöytä"
	ui_key Tab Tab Tab
	ui_type "6,0"
	ui_key Enter
	ui_wait 'Added D04\.'
	ui_wait '^ +D04 +desk +Ikkunapöytä +1 +6,0 +in use'
	ui_key Down Down
	ui_key r
	ui_wait 'Retire D03\?'
	ui_key y
	ui_wait 'Retired D03: 1 booking cancelled\.'
	ui_wait "^ +cancelled +2026-11-24 08:00–17:00 +D03 +Aino Äijälä \\($A\\)"
	ui_wait '^ +D03 .* retired'
	ui_key Escape
	ui_wait 'Members: add, edit'
	ui_key 4
	ui_wait 'Members: 2'
	ui_key a
	ui_type "Ánde Somby"
	ui_key Tab Tab
	ui_type "Inari"
	ui_key Tab Tab BSpace BSpace BSpace BSpace BSpace
	ui_type "student"
	ui_key Enter
	ui_wait 'Added Ánde Somby: the kiosk code is [A-Z0-9]{5}\.'
	code=$(grep -o 'the kiosk code is [A-Z0-9]*' screen.txt | awk '{ print $5 }')
	expect 0 member show "$code" --format csv
	out_has ",Ánde Somby,,Inari,148,,student,"
	expect 0 space list --all --format csv
	out_has '^D04,desk,Ikkunapöytä,1,,6,0,active'
	out_has '^D03,.*,retired'
}

test_staff_retire_lists_a_count_and_the_first_bookings() {
	with_pin
	expect 0 --now "$NOW" book --member "$A" --space D02 --date today --from 09:00 --to 12:00
	expect 0 --now "$NOW" checkin --member "$A"
	for d in 24 25 26; do
		expect 0 --now "$NOW" book --member "$B" --space D02 --date 2026-11-$d
	done
	open_staff
	ui_type 135792
	ui_key Enter 3
	ui_wait '^ +D02 +desk'
	ui_key Down r
	ui_wait 'Retire D02\?'
	ui_key y
	ui_wait 'Retired D02: 3 bookings cancelled, 1 kept \(under way\)\.'
	ui_wait "^ +kept \\(under way\\) +2026-11-23 09:00–12:00 +D02 +Aino Äijälä \\($A\\)"
	ui_wait "^ +cancelled +2026-11-24 08:00–17:00 +D02 +Ville Virtanen \\($B\\)"
	ui_wait '^ +… and 2 more; the bookings of each day show them'
	# The list stays until the next change: a adds, and the lines go.
	ui_key a
	ui_wait 'New space'
	ui_gone 'and 2 more'
}

test_this_months_statistics() {
	with_pin
	expect 0 --now "2026-11-23 16:00" checkin --member "$A" --space D01 --at "2026-11-23 08:00"
	expect 0 --now "2026-11-23 16:00" checkout --member "$A" --at "2026-11-23 10:15"
	open_staff "2026-11-23 10:30"
	ui_type 135792
	ui_key Enter
	ui_key 5
	# The desks came on the 23rd, and it is 10:30 that day: 3 desks x 2.5 h
	# so far, and 08:00-10:15 of it occupied.
	ui_wait '^ November 2026 so far, to 2026-11-23 10:30 *$'
	ui_wait '^ Desk occupancy 30 % \(2\.2 of 7\.5 desk-hours\)'
	ui_wait '^ +08 09 10 11 12 13 14 15 16$'
	ui_wait '^ Mon +██ ██ ░░  · '
	ui_wait '^ Sun +( · ){8} ·$'
	ui_key '['
	ui_wait '^ October 2026 *$'
	ui_wait '^ Desk occupancy 0 % \(0\.0 of 0\.0 desk-hours\)'
	ui_key ']'
	ui_wait '^ November 2026 so far, to 2026-11-23 10:30 *$'
	# The months to come have no figures: the screen stays on this one.
	ui_key ']'
	ui_wait '2026-12 has not begun yet; it is 2026-11-23 10:30'
	ui_wait '^ November 2026 so far, to 2026-11-23 10:30 *$'
	ui_key '['
	ui_wait '^ October 2026 *$'
}

test_staff_stop_a_locked_kiosk() {
	with_pin
	ui_start --now "'$NOW'" --kiosk
	ui_staff_login
	ui_wait 'Stop hubdesk on this terminal'
	ui_key 8
	ui_wait 'Stop hubdesk here\?'
	ui_key y
	assert_eq "$(ui_exit_status)" 0 "exit status"
}

# A refusal whose hint names a command: the screen shows the reason as a
# sentence, never the hint nor the byte that separates it.
test_a_refusal_in_the_log_shows_the_reason_alone() {
	with_pin
	expect 0 --now "$NOW" space add X1 --since 2026-11-24
	open_staff
	ui_type 135792
	ui_key Enter 1
	ui_wait 'Visitor log 2026-11-23'
	ui_key a
	ui_wait 'Add a forgotten visit on 2026-11-23'
	ui_type "$B"
	ui_key Tab
	ui_type 08:00
	ui_key Tab
	ui_type 08:45
	ui_key Tab
	ui_type X1
	ui_key Enter
	ui_wait 'Refused: X1 counts as available from 2026-11-24\.$'
	grep -Eq 'space edit|--since|\^_' screen.txt && fail "the refusal shows its command-line hint"
	tr -d '\n' <screen.txt | grep -q "$(printf '\037')" && fail "a control byte reached the screen"
	assert_eq "$(sql "SELECT count(*) FROM visit")" 0 "visits"
}

test_staff_book_with_an_override() {
	with_pin
	open_staff
	ui_type 135792
	ui_key Enter 2
	ui_wait 'Bookings 2026-11-23: 0'
	ui_key n
	ui_wait 'New booking on this day'
	ui_type "$A"
	ui_key Tab
	ui_type R1
	ui_key Enter Enter Enter
	ui_wait 'Refused: a room can be booked for at most 4 h 00 min at a time'
	ui_key y
	ui_wait 'Booked R1 09:00–17:00 for Aino Äijälä \(rules set aside\)'
	assert_eq "$(sql "SELECT overridden FROM booking")" room-max-minutes "recorded"
}

test_staff_change_a_rule() {
	with_pin
	open_staff
	ui_type 135792
	ui_key Enter
	ui_key 6
	ui_wait '^ +grace-minutes +30 '
	ui_key Down Down Down Down Down Down Enter
	ui_wait 'New value of grace-minutes:'
	ui_key BSpace BSpace
	ui_type 20
	ui_key Enter
	ui_wait 'grace-minutes is now 20\.'
	ui_wait '^ +grace-minutes +20 '
	expect 0 rules show --format csv
	out_has '^grace-minutes,20,'
}

test_a_malformed_pin_is_not_a_wrong_try() {
	with_pin
	open_staff
	for i in 1 2 3 4 5 6; do ui_key Enter; done
	ui_wait 'a staff PIN is 6 to 12 digits'
	ui_type 135792
	ui_key Enter
	ui_wait 'Staff screens\. Pick one'
}

new_member_form() { # from the PIN prompt to the members screen's form
	ui_type 135792
	ui_key Enter
	ui_wait 'Staff screens'
	ui_type 4
	ui_key a
	ui_wait 'New member'
}

test_a_form_with_typed_text_asks_before_it_is_thrown_away() {
	with_pin
	open_staff
	new_member_form
	ui_key Escape
	ui_gone 'New member'
	ui_key a
	ui_wait 'New member'
	ui_type 'Kerttu Kivelä'
	ui_wait 'Kerttu Kivelä'
	ui_key Escape
	ui_wait 'Discard the changes\? y: yes, any other key: no'
	ui_wait 'yYes OtherNo'
	ui_key n
	ui_gone 'Discard the changes'
	ui_wait 'New member'
	ui_wait 'Kerttu Kivelä'
	ui_type 'n'
	ui_wait 'Kerttu Kivelän'
	ui_key Escape
	ui_wait 'Discard the changes\?'
	ui_key y
	ui_gone 'New member'
	grep -q 'Kerttu' screen.txt && fail "the discarded text is still shown"
	expect 0 --now "$NOW" member list
	grep -q Kerttu "$OUT" && fail "a discarded form saved a member"
	return 0
}

test_the_staff_idle_timer_warns_then_closes_a_form_saying_so() {
	with_pin
	printf 'staff_idle_timeout = 5\n' >conf
	ui_start --config conf --now "'$NOW'"
	ui_wait 'Type your member code'
	ui_key F9
	ui_wait 'Type your staff name'
	ui_type Kaisa
	ui_key Enter
	new_member_form
	ui_type 'Kerttu'
	# No key from here: the warning comes in the timeout's second half and
	# stays until the form closes at 5 s, so the wait for it starts at 2 s
	# instead of polling the screen from the first moment.
	sleep 2
	ui_wait_text 'No key for a while: in [0-9] s this form closes without saving'
	ui_wait_text 'A form was closed without saving: no key for 5 s\.'
	ui_wait 'Type your member code'
	grep -q 'Kerttu' screen.txt && fail "the form's text is still shown"
	return 0
}

# A second kiosk on the same file, in the same tmux server.
kiosk2() { # kiosk2 ARGS...
	tmux -S "$SOCK" new-session -d -x 100 -y 30 -s ui2 \
	    "env LANG=$LC_ALL LC_ALL=$LC_ALL TERM=tmux-256color $HUBDESK --db $DB $*"
}
kiosk2_wait() {
	i=0
	while [ $i -lt 500 ]; do
		tmux -S "$SOCK" capture-pane -p -J -t ui2 >screen2.txt 2>/dev/null
		grep -Eq -- "$1" screen2.txt && return 0
		sleep 0.01
		i=$((i + 1))
	done
	sed 's/^/      |/' screen2.txt
	fail "the second kiosk never showed /$1/"
}

test_two_kiosks_and_a_restart_share_the_lockout() {
	paused_by_wrong_pins
	# Another kiosk on the file gets no fresh tries, even with the right PIN.
	kiosk2 --now "'$NOW'"
	kiosk2_wait 'Type your member code'
	tmux -S "$SOCK" send-keys -t ui2 F9
	tmux -S "$SOCK" send-keys -t ui2 -l Kaisa
	tmux -S "$SOCK" send-keys -t ui2 Enter
	tmux -S "$SOCK" send-keys -t ui2 -l 135792
	tmux -S "$SOCK" send-keys -t ui2 Enter
	kiosk2_wait 'too many wrong tries; try again in [0-9]+ s'
	# Nor does a restart.
	tmux -S "$SOCK" kill-session -t ui2
	tmux -S "$SOCK" kill-session -t ui
	open_staff
	ui_type 135792
	ui_key Enter
	ui_wait 'too many wrong tries; try again in [0-9]+ s'
	tmux -S "$SOCK" kill-session -t ui
	# A minute later the pause is over, and the right PIN opens.
	open_staff "2026-11-23 09:01"
	ui_type 135792
	ui_key Enter
	ui_wait 'Staff screens\. Pick one'
	assert_eq "$(sql "SELECT failures || ',' || pauses || ',' || paused_until FROM staff_lockout")" \
	    "0,0,0" "the lockout after a login"
}

# staff_add_d04: from the staff menu, the spaces screen adds desk D04.
staff_add_d04() {
	ui_key 3
	ui_wait '^ +D01 +desk'
	ui_key a
	ui_wait 'New space'
	ui_type D04
	ui_key Tab Tab Tab Tab Tab Enter
	ui_wait 'Added D04\.'
}

with_staff_member() { fixture with_staff_member_steps A B; }
with_staff_member_steps() {
	with_pin
	add_staff Ville 246802
}

test_staff_see_the_rules_read_only_and_act_in_their_name() {
	with_staff_member
	ui_start --now "'$NOW'"
	ui_staff_login Ville 246802
	ui_key 6
	ui_wait 'read-only: only an administrator changes them'
	# Enter is not offered, and does nothing.
	ui_wait 'EscBack'
	grep -q 'EnterChange' screen.txt && fail "the bar offers staff to change a rule"
	ui_key Down Down Down Down Down Down Enter
	ui_key F1
	ui_wait 'Keys of the rules screen'
	grep -q '^    Enter ' screen.txt && fail "the help offers staff to change a rule"
	ui_key Escape
	ui_wait 'read-only: only an administrator changes them'
	grep -q 'New value of' screen.txt && fail "a form opened for staff"
	expect 0 rules show --format csv
	out_has '^grace-minutes,30,'
	ui_key Escape
	ui_wait 'Staff screens'
	staff_add_d04
	assert_eq "$(sql "SELECT role || ',' || staff FROM audit WHERE action = 'space.add' AND subject = 'D04'")" \
	    "staff,Ville" "who added D04"
}

# Removed on the command line while logged in at the kiosk: the open staff
# screens close at once, and nothing more is done in that name.
test_a_removed_staff_members_open_screens_close() {
	with_staff_member
	ui_start --now "'$NOW'"
	ui_staff_login Ville 246802
	staff_add_d04
	expect 0 staff remove Ville
	ui_wait_text 'The staff screens closed: that staff login is no longer valid\.'
	ui_wait 'Type your member code'
	# The keys that added D04 add nothing now.
	ui_key Escape 3 a
	ui_type D05
	ui_key Tab Tab Tab Tab Tab Enter
	ui_wait 'Type your member code'
	assert_eq "$(sql "SELECT count(*) FROM space WHERE code = 'D05'")" 0 "spaces D05"
	assert_eq "$(sql "SELECT group_concat(action) FROM audit WHERE staff = 'Ville'")" \
	    "space.add" "Ville's changes"
	# Kaisa, still staff, keeps her screens when someone else writes.
	ui_staff_login
	expect 0 staff add Liisa
	sleep 2
	ui_wait 'Staff screens\. Pick one'
}

test_a_locked_kiosk_stops_only_for_an_administrator() {
	with_staff_member
	ui_start --now "'$NOW'" --kiosk
	ui_wait 'Type your member code'
	ui_key F10
	ui_wait 'This kiosk is locked\. To stop it, an administrator gives their name and PIN\.'
	ui_type Ville
	ui_key Enter
	ui_type 246802
	ui_key Enter
	ui_wait 'Only an administrator may stop this kiosk\.'
	ui_key Escape
	ui_wait 'Type your member code'
	# Nor does the staff menu offer staff its last item, the stop.
	ui_staff_login Ville 246802
	ui_wait '7  Audit log'
	grep -q 'Stop hubdesk' screen.txt && fail "the menu offers staff to stop a locked kiosk"
	ui_key 8
	ui_key End Enter
	ui_wait 'Staff · audit log'
	grep -q 'Stop hubdesk here' screen.txt && fail "staff were asked to stop a locked kiosk"
	ui_key Escape
	ui_wait 'Staff screens\. Pick one'
	ui_key Escape
	ui_wait 'Type your member code'
	ui_admin_stops
}

run_tests "$@"
