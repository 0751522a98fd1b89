#!/bin/sh
# The kiosk by the door in a real terminal: code guessing paused, names
# shown short, the host search and the guests' sign-out, and an idle kiosk
# that forgets what was typed.
. "$(dirname "$0")/../ui-lib.sh"

# A code no member of the test hub has (codes are random: checked).
NOBODY=33333

# unknown_code: types $NOBODY at the home screen and waits for the refusal.
unknown_code() {
	ui_type "$NOBODY"
	ui_key Enter
	ui_wait "no member has the code $NOBODY"
}

test_five_unknown_codes_pause_the_kiosk_and_are_counted_not_kept() {
	small_hub
	assert_eq "$(sql "SELECT count(*) FROM member WHERE code = '$NOBODY'")" 0 "members with $NOBODY"
	printf 'kiosk_name = door-1\n' >conf
	ui_start --config conf --now "'$NOW'"
	ui_wait 'Type your member code'
	for i in 1 2 3 4; do unknown_code; done
	ui_wait 'Type your member code'
	unknown_code
	ui_wait 'Too many unknown codes: this kiosk takes a code again in 0:(30|29|28)'
	# A real code typed now is not taken, nor do the members' screens open.
	ui_type "$A"
	ui_key Enter F3 F2 F4
	ui_wait 'this kiosk takes a code again in 0:2[0-9]'
	grep -Eq 'Welcome,|Guests|Your member code|visitor log' screen.txt &&
	    fail "a member's key worked during the pause"
	assert_eq "$(sql "SELECT count(*) FROM visit")" 0 "visits"
	ui_key F1
	ui_wait 'Clear the screen; codes are taken again when the pause ends'
	ui_key Escape
	ui_wait 'Too many unknown codes'
	# The audit log counts them per kiosk and hour; the code is nowhere.
	assert_eq "$(sql "SELECT subject || ' ' || json_extract(detail, '$.count') FROM audit \
	    WHERE action = 'kiosk.unknown-codes'")" "door-1 5" "the hour's count"
	sqlite3 "$DB" .dump | grep -q "$NOBODY" && fail "the database holds the code typed"
	return 0
}

test_a_restart_gives_no_fresh_code_tries() {
	small_hub
	# The kiosk named as on a real box (its terminal's name, the default,
	# is a new pseudo-terminal each time tmux starts one).
	printf 'kiosk_name = door-1\n' >conf
	ui_start --config conf --now "'$NOW'"
	ui_wait 'Type your member code'
	for i in 1 2 3 4 5; do unknown_code; done
	ui_wait 'Too many unknown codes'
	# Started again, the kiosk reads the hour's count from the audit log.
	tmux -S "$SOCK" kill-session -t ui
	ui_start --config conf --now "'$NOW'"
	ui_wait 'Too many unknown codes: this kiosk takes a code again in 0:(30|29|28)'
	ui_type "$A"
	ui_key Enter
	ui_wait 'Too many unknown codes'
	assert_eq "$(sql "SELECT count(*) FROM visit")" 0 "visits"
}

# A passer-by's unknown codes pause the codes, not the staff: F9 and a
# locked kiosk's stop prompt still work, and codes stay refused after.
test_the_pause_leaves_staff_their_login_and_the_stop() {
	small_hub
	add_staff Kaisa 135792 --admin
	ui_start --kiosk --now "'$NOW'"
	ui_wait 'Type your member code'
	for i in 1 2 3 4 5; do unknown_code; done
	ui_wait 'Too many unknown codes'
	ui_wait 'F9Staff'
	ui_key F10
	ui_wait 'This kiosk is locked\. To stop it, an administrator'
	ui_key Escape
	ui_wait 'Too many unknown codes'
	ui_key F9
	ui_wait 'Type your staff name'
	ui_type Kaisa
	ui_key Enter
	ui_wait 'Type the staff PIN'
	ui_type 135792
	ui_key Enter
	ui_wait 'Staff screens\. Pick one'
	ui_key Escape
	ui_wait 'The staff screens are locked again'
	# Back home the pause goes on: a member's code is still not taken.
	ui_type "$A"
	ui_key Enter
	ui_wait 'Too many unknown codes: this kiosk takes a code again in 0:[0-2][0-9]'
	grep -q 'Welcome,' screen.txt && fail "a code was taken during the pause"
	assert_eq "$(sql "SELECT count(*) FROM visit")" 0 "visits"
	ui_admin_stops
}

test_the_map_code_prompt_counts_and_pauses_too() {
	small_hub
	ui_start --now "'$NOW'"
	ui_wait 'Type your member code'
	for i in 1 2 3 4; do unknown_code; done
	ui_key F4
	ui_wait 'CheckIn'
	ui_key Enter
	ui_wait 'Your member code:'
	ui_type "$NOBODY"
	ui_key Enter
	ui_wait "no member has the code $NOBODY"
	ui_key Enter
	ui_wait 'Too many unknown codes: this kiosk takes a code again in 0:[23][0-9]'
	ui_type "$A"
	ui_key Enter
	ui_wait 'Too many unknown codes'
	assert_eq "$(sql "SELECT count(*) FROM visit")" 0 "visits"
	# Named after its terminal when the config names it not.
	sql "SELECT subject FROM audit WHERE action = 'kiosk.unknown-codes'" | grep -Eq '^(pts-[0-9]+|tty[0-9]+)$' ||
	    fail "kiosk not named after its terminal: $(sql "SELECT subject FROM audit")"
}

test_a_short_code_is_refused_but_not_counted() {
	small_hub
	ui_start --now "'$NOW'"
	ui_wait 'Type your member code'
	for i in 1 2 3 4 5 6; do
		ui_type "3333"
		ui_key Enter
		ui_wait "no member has the code '3333'"
	done
	ui_wait 'Type your member code'
	assert_eq "$(sql "SELECT count(*) FROM audit WHERE action = 'kiosk.unknown-codes'")" 0 "counts"
}

open_guests() {
	ui_start --now "'$NOW'"
	ui_wait 'Type your member code'
	ui_key F3
	ui_wait 'Sign the visitor log'
}

test_host_search_needs_three_letters_of_the_first_name_and_never_a_surname() {
	small_hub
	expect 0 member add "Aino Holmberg"
	open_guests
	ui_type "Gus"
	ui_key Tab
	ui_type "Ai"
	ui_wait 'type 3 letters of their name'
	grep -q 'Aino' screen.txt && fail "two letters found a host"
	ui_type "n"
	ui_wait '^ +Aino Ä\. *$'
	ui_wait '^ +Aino H\. *$'
	grep -Eq 'Holmberg|Äijälä' screen.txt && fail "a whole name is listed"
	# The surname, typed alone or after the first name, finds nobody.
	for typed in "Hol" "Holm" "Äij" "Aino H" "Aino Ho" "Virt"; do
		ui_key End BSpace BSpace BSpace BSpace BSpace BSpace BSpace BSpace
		ui_wait 'type 3 letters of their name'
		ui_type "$typed"
		ui_wait 'Nobody by that name'
		grep -Eq ' (Aino|Ville) [A-ZÄ]\.' screen.txt && fail "'$typed' found a host"
	done
	return 0
}

test_guests_sign_out_by_the_start_of_their_name_not_from_a_list() {
	small_hub
	expect 0 --now "$NOW" guest --name "Niillas Aikio" --host "$B"
	expect 0 --now "$NOW" guest --name "Máret Sára" --host "$A"
	open_guests
	ui_wait 'Guests in now: 2\.'
	grep -Eq 'Niillas|Máret' screen.txt && fail "the screen lists the guests in"
	ui_key F8
	ui_type "Ni"
	ui_wait 'type 3 letters of your name'
	grep -q 'Niillas' screen.txt && fail "two letters found a guest"
	ui_type "i"
	ui_wait 'Niillas A\., visiting Ville V\., since 09:00'
	grep -q 'Máret' screen.txt && fail "another guest is listed"
	# A surname finds nobody.
	ui_key BSpace BSpace BSpace
	ui_type "Aik"
	ui_wait 'Nobody in by that name'
	grep -q 'Niillas' screen.txt && fail "the surname found the guest"
	ui_key Enter
	expect 0 --now "$NOW" visits --format csv
	out_has ',Niillas Aikio,.*,2026-11-23 09:00,,'
	ui_key BSpace BSpace BSpace
	ui_type "már"
	ui_wait 'Máret S\., visiting Aino Ä\., since 09:00'
	ui_key Enter
	ui_wait 'Goodbye, Máret S\.! You are signed out\.'
	ui_wait 'Guests in now: 1\.'
}

# A host erased while their guest is in leaves no name, and no dangling
# "visiting" either.
test_a_guest_of_an_erased_host_signs_out_without_one() {
	small_hub
	expect 0 --now "$NOW" guest --name "Niillas Aikio" --host "$B"
	expect 0 --now "$NOW" member erase "$B"
	open_guests
	ui_key F8
	ui_type "Nii"
	ui_wait 'Niillas A\., since 09:00'
	grep -q "visiting ," screen.txt && fail "the list names a host that is gone"
	ui_key Enter
	ui_wait 'Goodbye, Niillas A\.! You are signed out\.'
}

test_a_thin_space_guest_name_shows_as_maret_s() {
	small_hub
	open_guests
	ui_type "Máret${THIN}${THIN}Sára"
	ui_key Tab
	ui_type "vil"
	ui_wait ' Ville V\. '
	ui_key Enter Enter
	ui_wait 'Welcome, Máret S\.! You are signed in to visit Ville V\.'
	grep -q 'Sára' screen.txt && fail "the whole name is on the screen"
	expect 0 --now "$NOW" visits --format csv
	out_has ',guest,,Máret Sára,'
}

# A locked kiosk left with text typed in: the idle timer goes home and
# nothing typed is there when the screens open again.
test_idle_return_clears_every_typed_field() {
	small_hub
	printf 'idle_timeout = 5\n' >conf
	ui_start --kiosk --config conf --now "'$NOW'"
	ui_wait 'Type your member code'
	ui_key F3
	ui_wait 'Sign the visitor log'
	ui_type "Salainen Vieras"
	ui_key Tab
	ui_type "vil"
	ui_wait ' Ville V\. '
	ui_key F8
	ui_type "Kyl"
	ui_wait 'Nobody in by that name'
	sleep 5
	ui_wait 'Type your member code'
	ui_gone 'Salainen'
	ui_key F3
	ui_wait 'Sign the visitor log'
	grep -Eq 'Salainen|Ville|Kyl' screen.txt && fail "a field kept what was typed"
	ui_wait 'type 3 letters of their name'
	# The map's code prompt too.
	ui_key Escape
	ui_wait 'Type your member code'
	ui_key F4
	ui_wait 'CheckIn'
	ui_key Enter
	ui_type "ACE"
	ui_wait 'Your member code: \[ACE'
	sleep 5
	ui_wait 'Type your member code'
	ui_key F4
	ui_wait 'CheckIn'
	ui_key Enter
	ui_wait 'Your member code: \[ {5}\]'
}

THIN=$(printf '\342\200\211') # U+2009

test_a_thin_space_name_shows_as_aino_h() {
	small_hub
	expect 0 --now "$NOW" member add "Aino${THIN}Holmberg"
	aino=$(cat "$OUT")
	assert_eq "$(sql "SELECT name FROM member WHERE code = '$aino'")" "Aino Holmberg" "the name kept"
	# One that reached the database unfolded reads the same.
	expect 0 --now "$NOW" member add "Ella Ek"
	ella=$(cat "$OUT")
	sql "UPDATE member SET name = 'Ella' || char(8201, 8201) || 'Ekström' || char(8203) WHERE code = '$ella'"
	ui_start --now "'$NOW'"
	ui_wait 'Type your member code'
	ui_type "$aino"
	ui_key Enter
	ui_wait 'Welcome, Aino H\.!'
	grep -q 'Holmberg' screen.txt && fail "the whole name is on the screen"
	ui_key Escape
	ui_type "$ella"
	ui_key F4
	ui_wait 'Ella E\.'
	grep -q 'Ekstr' screen.txt && fail "the whole name is on the map"
	return 0
}

run_tests "$@"
