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
	# A real code typed now is not taken: no key but help and Escape works.
	ui_type "$A"
	ui_key Enter F9 F3
	ui_wait 'this kiosk takes a code again in 0:2[0-9]'
	grep -Eq 'Welcome,|staff PIN|visitor log' screen.txt && fail "a key worked during the pause"
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
