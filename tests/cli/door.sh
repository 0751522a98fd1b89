#!/bin/sh
# The kiosk by the door, from the command line and the binary: a refused
# code counts nothing, names are kept as one line of plain spaces, the
# program runs no other program, and the systemd unit of docs/kiosk.md.
. "$(dirname "$0")/../lib.sh"

test_an_unknown_code_on_the_command_line_changes_nothing() {
	small_hub
	expect_refused 1 --now "$NOW" checkin --member 33333
	expect_refused 1 --now "$NOW" book --member 33333 --space D01 --date 2026-11-23 --from 10:00 --to 11:00
	assert_eq "$(sql "SELECT count(*) FROM audit WHERE action = 'kiosk.unknown-codes'")" 0 "counts"
}

test_kiosk_name_takes_a_plain_name_only() {
	small_hub
	for bad in 'door 1' 'door/1' 'ovi-ä' 'abcdefghijklmnopqrstuvwxyz0123456789'; do
		printf 'kiosk_name = %s\n' "$bad" >conf
		expect_refused 2 --config conf status
		err_has 'kiosk_name'
	done
	printf 'kiosk_name = door-1.b_2\n' >conf
	expect 0 --config conf status
}

run_tests "$@"
