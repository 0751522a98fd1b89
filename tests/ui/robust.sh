#!/bin/sh
# The kiosk under things going wrong around it: its database broken or
# locked while it runs.
. "$(dirname "$0")/../ui-lib.sh"

# A hub whose every screen has something to show, a staff PIN, and a copy
# of the database as it is (the WAL folded in) in good.db.
broken_hub() {
	small_hub
	expect 0 --now "$NOW" space edit D01 --map 0,0
	expect 0 --now "$NOW" book --member "$B" --space D02 --date today --from 13:00 --to 15:00
	expect 0 --now "$NOW" checkin --member "$B" --space D03
	expect 0 --now "$NOW" guest --name "Maija Vieras" --host "$A"
	echo 2468 | "$HUBDESK" --db "$DB" --now "$NOW" staff-pin >/dev/null || fail "staff-pin"
	sql "PRAGMA wal_checkpoint(TRUNCATE)" >/dev/null
	cp "$DB" good.db
}

# Clears the status line (a key typed and taken back on the home screen),
# so the next message seen there is a new one.
clear_status() {
	ui_type A
	ui_key Escape
	ui_gone 'database error'
}

still_running() {
	[ -z "$(tmux -S "$SOCK" display-message -p -t ui '#{pane_dead_status}')" ] ||
		fail "hubdesk ended: $(ui_screen | tail -3)"
}

test_a_truncated_database_shows_an_error_on_every_screen() {
	broken_hub
	ui_start --now "'$NOW'"
	ui_wait 'Type your member code'
	ui_key F9
	ui_wait 'Type the staff PIN'
	ui_type 2468
	ui_key Enter
	ui_wait 'Staff screens\. Pick one'
	: >"$DB"
	ui_key 1
	ui_wait 'Visitor log 2026-11-23: 0 visits'
	ui_wait ' database error: '
	ui_key Escape 2
	ui_wait 'Bookings 2026-11-23: 0'
	ui_key Escape 3
	ui_wait 'Spaces'
	ui_wait 'No spaces yet'
	ui_key Escape 4
	ui_wait 'Members: 0'
	ui_key Escape 5
	ui_wait 'database error'
	ui_key Escape 6
	ui_wait 'Booking rules'
	ui_key Escape
	ui_wait 'Staff screens\. Pick one'
	ui_key Escape
	ui_wait 'Type your member code'
	still_running
	clear_status
	ui_key F4
	ui_wait 'Floor map'
	ui_wait ' database error: '
	grep -q 'D01' screen.txt && fail "the map shows a desk it could not read"
	ui_key Escape
	clear_status
	ui_key F2
	ui_wait 'The bookings could not be read\.'
	ui_wait ' database error: '
	ui_key w
	ui_wait ' database error: '
	ui_key Escape
	clear_status
	ui_key F3
	ui_wait 'Guests in now'
	ui_wait ' database error: '
	grep -q 'Maija' screen.txt && fail "the guest list shows a guest it could not read"
	ui_key Escape
	clear_status
	ui_type "$A"
	ui_key Enter
	ui_wait ' database error: '
	clear_status
	ui_key F9
	ui_type 2468
	ui_key Enter
	ui_wait ' database error: '
	ui_key Escape
	still_running
	# The file is whole again: the next reload reads it.
	cat good.db >"$DB"
	ui_key F4
	ui_wait '│D01 \.│'
	still_running
}

test_a_half_readable_database_leaves_no_screen_half_filled() {
	broken_hub
	ui_start --now "'$NOW'"
	ui_wait 'Type your member code'
	# The spaces read, the bookings do not: the map and the grid once
	# kept a count of desks they had freed.
	sql "PRAGMA legacy_alter_table = ON; ALTER TABLE booking RENAME TO booking_gone"
	ui_key F4
	ui_wait ' database error: .*no such table'
	grep -q 'D01' screen.txt && fail "the map shows desks it could not read"
	ui_key Escape
	ui_type "$A"
	ui_key F4
	ui_wait ' database error: '
	ui_key Escape
	ui_key F2
	ui_wait 'The bookings could not be read\.'
	ui_key Escape
	ui_wait 'Type your member code'
	still_running
	sql "PRAGMA legacy_alter_table = ON; ALTER TABLE booking_gone RENAME TO booking"
	ui_key F4
	ui_wait '│D01 \.│'
}

test_garbage_over_the_database_refuses_a_check_in_and_goes_on() {
	broken_hub
	ui_start --now "'$NOW'"
	ui_wait 'Type your member code'
	head -c "$(wc -c <"$DB")" /dev/urandom >"$DB"
	ui_type "$A"
	ui_key Enter
	ui_wait ' database error: '
	for k in F4 F2 F3; do
		ui_key $k
		ui_gone 'Type your member code'
		ui_key Escape
		ui_wait 'Type your member code'
	done
	still_running
}

test_a_locked_database_is_read_and_a_write_waits_then_says_so() {
	broken_hub
	mkfifo hold
	# Another program holds the write lock until told to let go.
	(
		echo "BEGIN EXCLUSIVE;"
		read -r _ <hold
		echo "COMMIT;"
	) | sqlite3 "$DB" &
	exec 3>hold
	ui_start --now "'$NOW'"
	ui_wait 'Desks free now: 2 of 3'
	ui_key F4
	ui_wait '│D01 \.│'
	ui_key Escape
	ui_type "$A"
	ui_key Enter
	ui_wait 'Enter: take D01'
	ui_key Enter
	# The busy timeout (10 s) passes first.
	i=0
	until grep -q ' database error: database is locked; nothing was written' screen.txt; do
		[ $i -lt 150 ] || fail "no database error after 15 s: $(cat screen.txt)"
		sleep 0.1
		ui_screen >screen.txt
		i=$((i + 1))
	done
	still_running
	echo go >&3
	exec 3>&-
	wait
	clear_status
	ui_type "$A"
	ui_key Enter
	ui_wait 'Enter: take D01'
	ui_key Enter
	ui_wait 'Welcome, Aino Ä\.! .*D01'
}

run_tests "$@"
