#!/bin/sh
# The kiosk's home screen in a real terminal: check in and out by code, the
# walk-in's desk offer, help, quitting, resizing, UTF-8 names.
. "$(dirname "$0")/../ui-lib.sh"

test_check_in_and_out_by_code() {
	small_hub
	expect 0 --now "$NOW" book --member "$A" --space D02 --date today
	ui_start --now "'$NOW'"
	ui_wait 'Type your member code'
	ui_wait 'Desks free now: 2 of 3'
	ui_type "$(echo "$A" | tr A-Z a-z)"
	ui_key Enter
	ui_wait 'Welcome, Aino Ä\.! Your desk is D02, booked until 17:00\.'
	ui_wait 'In the hub now: 1'
	expect 0 --now "$NOW" visits --format csv
	out_has "^[0-9a-f-]{36},member,$A,Aino Äijälä,,,D02,"
	ui_type "$A"
	ui_key Enter
	ui_wait 'Goodbye, Aino Ä\.! Checked out at'
	expect 0 --now "$NOW" visits --format csv
	out_has ",D02,.*,2026-11-23 09:00,2026-11-23 09:0"
}

test_walk_in_accepts_or_declines_the_offered_desk() {
	small_hub
	ui_start --now "'$NOW'"
	ui_wait 'Type your member code'
	ui_type "$B"
	ui_key Enter
	ui_wait 'Welcome, Ville V\.! No booking now: desk D01 is free all day\.'
	ui_key Escape
	ui_wait 'Nothing was changed'
	expect 0 --now "$NOW" visits
	out_is 'no visits'
	ui_type "$B"
	ui_key Enter
	ui_wait 'desk D01 is free all day'
	ui_key Enter
	ui_wait 'Welcome, Ville V\.! Your desk is D01 for the day\.'
	expect 0 --now "$NOW" visits --format csv
	out_has ",member,$B,Ville Virtanen,,,D01,,"
}

test_a_click_takes_the_offered_desk() {
	small_hub
	ui_start --now "'$NOW'"
	ui_wait 'Type your member code'
	ui_type "$B"
	ui_key Enter
	ui_wait 'Enter: take D01'
	row=$(grep -n 'Enter: take D01' screen.txt | cut -d: -f1)
	col=$(awk -v r="$row" 'NR == r { print index($0, "[ Enter") + 2 }' screen.txt)
	ui_click "$col" "$row"
	ui_wait 'Your desk is D01'
}

test_a_click_anywhere_does_not_stop_the_keys() {
	small_hub
	ui_start --now "'$NOW'"
	ui_wait 'Type your member code'
	ui_click 10 10
	ui_click 50 5
	ui_type "$A"
	ui_key Enter
	ui_wait 'Welcome, Aino Ä\.'
}

# Nothing changes but the audit log's count of unknown codes at the kiosk
# (and audit_context, which names the kiosk as the one acting).
test_unknown_code_is_explained_and_changes_nothing_but_the_count() {
	small_hub
	before=$(sqlite3 "$DB" .dump | grep -v '^INSERT INTO audit' | md5sum)
	ui_start --now "'$NOW'"
	ui_wait 'Type your member code'
	ui_type "AAAAA"
	ui_key Enter
	ui_wait 'no member has the code AAAAA; check the code'
	[ "$(sqlite3 "$DB" .dump | grep -v '^INSERT INTO audit' | md5sum)" = "$before" ] ||
	    fail "an unknown code changed the database"
	assert_eq "$(sql "SELECT json_extract(detail, '$.count') FROM audit \
	    WHERE action = 'kiosk.unknown-codes'")" 1 "the hour's count"
}

test_help_lists_the_keys_and_escape_goes_back() {
	small_hub
	ui_start --now "'$NOW'"
	ui_wait 'F1Help'
	ui_key F1
	ui_wait 'Keys of the home screen'
	ui_wait 'F10 +Quit hubdesk'
	ui_key Escape
	ui_wait 'Type your member code'
	ui_key '?'
	ui_wait 'Keys of the home screen'
	ui_key q
	ui_wait 'Type your member code'
}

test_quit_asks_and_exits_cleanly() {
	small_hub
	ui_start --now "'$NOW'"
	ui_wait 'Type your member code'
	ui_key q
	ui_wait 'Quit hubdesk\? y: yes'
	ui_key n
	ui_gone 'Quit hubdesk\?'
	ui_key F10
	ui_wait 'Quit hubdesk\?'
	ui_key y
	assert_eq "$(ui_exit_status)" 0 "exit status"
}

test_a_character_outside_the_code_alphabet_gives_a_cue() {
	small_hub
	ui_start --now "'$NOW'"
	ui_wait 'Type your member code'
	ui_type AC
	ui_wait ' AC___ '
	ui_type O
	ui_wait_text '“O” cannot be in a member code: codes use only 3 4 6 7 9 A C E F G H J K M N P R T W X Y'
	ui_wait ' AC___ '
	ui_type '!'
	ui_wait_text '“!” cannot be in a member code'
	# q with a code typed is a mistyped character, not the quit key.
	ui_key q
	ui_wait_text '“q” cannot be in a member code'
	grep -q 'Quit hubdesk' screen.txt && fail "q with a code typed asked to quit"
	ui_wait ' AC___ '
	ui_type 3
	ui_wait ' AC3__ '
	ui_gone 'cannot be in a member code'
	ui_key Escape
	ui_wait ' _____ '
	ui_key q
	ui_wait 'Quit hubdesk\? y: yes'
}

test_quitting_leaves_the_terminal_sane() {
	small_hub
	SOCK="$PWD/tmux.sock"
	tmux -S "$SOCK" -f /dev/null new-session -d -x 100 -y 30 -s ui \
	    "env LANG=C.UTF-8 LC_ALL=C.UTF-8 TERM=tmux-256color sh -c '$HUBDESK --db $DB --now \"$NOW\"; echo status=\$?; stty -a; sleep 30'"
	trap 'tmux -S "$SOCK" kill-server 2>/dev/null; rm -f "$SOCK"' EXIT
	ui_wait 'Type your member code'
	ui_key Escape q y
	ui_wait 'status=0'
	ui_wait ' icanon '
	ui_wait ' echo '
	grep -q -- '-icanon\|-echo ' screen.txt && fail "the terminal was left raw"
	return 0
}

test_locked_kiosk_does_not_quit_or_stop() {
	small_hub
	ui_start --now "'$NOW'" --kiosk
	ui_wait 'Type your member code'
	ui_key q
	ui_wait 'This kiosk is locked'
	ui_key C-c
	ui_key C-z
	ui_key C-'\'
	ui_key Escape
	ui_wait 'Type your member code'
	ui_type "$A"
	ui_key Enter
	ui_wait 'Welcome, Aino Ä\.'
	assert_eq "$(tmux -S "$SOCK" display-message -p -t ui '#{pane_dead}')" 0 "pane dead"
}

test_resize_small_and_back() {
	small_hub
	ui_start --now "'$NOW'"
	ui_wait 'Type your member code'
	ui_resize 60 20
	ui_wait 'The window is too small \(60x20\)'
	ui_resize 100 30
	ui_wait 'Type your member code'
	ui_wait '^F1Help F2Book'
}

test_idle_kiosk_forgets_the_person() {
	small_hub
	printf 'idle_timeout = 5\n' >conf
	ui_start --config conf --now "'$NOW'"
	ui_wait 'Type your member code'
	ui_type "$B"
	ui_key Enter
	ui_wait 'Welcome, Ville V\.'
	sleep 5
	ui_gone 'Ville'
	ui_wait 'Type your member code'
}

test_other_kiosks_changes_appear() {
	small_hub
	ui_start --now "'$NOW'"
	ui_wait 'Desks free now: 3 of 3'
	expect 0 --now "$NOW" checkin --member "$A" --space D03
	ui_wait 'Desks free now: 2 of 3'
	ui_wait 'In the hub now: 1'
}

run_tests "$@"
