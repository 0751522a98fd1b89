#!/bin/sh
# A restore under a running kiosk: the backup is copied into the database
# the kiosk has open, so its next screen shows the restored data.
. "$(dirname "$0")/../ui-lib.sh"

test_the_kiosk_sees_a_member_only_in_the_backup() {
	small_hub
	expect 0 backup copy.db
	expect 0 --db "$PWD/copy.db" member add "Vain Kopiossa"
	C=$(cat "$OUT")
	ui_start --now "'$NOW'"
	ui_wait 'Type your member code'
	ui_type "$C"
	ui_key Enter
	ui_wait "no member has the code $C"
	ui_key Escape
	expect 0 restore copy.db
	ui_type "$C"
	ui_key Enter
	ui_wait 'Welcome, Vain K\.'
	assert_eq "$(tmux -S "$SOCK" display-message -p -t ui '#{pane_dead}')" 0 "pane dead"
	expect 0 check
	out_has '^healthy$'
}

run_tests "$@"
