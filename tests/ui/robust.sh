#!/bin/sh
# The kiosk under things going wrong around it: its database broken or
# locked while it runs, signals, a terminal that hangs up or that curses
# cannot drive, Ctrl-C.
. "$(dirname "$0")/../ui-lib.sh"

UI_ENV="LANG=$LC_ALL LC_ALL=$LC_ALL"

# in_pane SHELL-COMMAND: runs it in the 100x30 tmux window "ui", whose shell
# stays (it ends with a long sleep) so the terminal's state can be read
# after hubdesk has gone.
in_pane() {
	SOCK="$PWD/tmux.sock"
	tmux -S "$SOCK" -f /dev/null new-session -d -x 100 -y 30 -s ui "$1; sleep 60"
	trap 'tmux -S "$SOCK" kill-server 2>/dev/null; rm -f "$SOCK"' EXIT
}

# The hubdesk process the pane's shell runs.
kiosk_pid() {
	shell=$(tmux -S "$SOCK" display-message -p -t ui '#{pane_pid}')
	ps -o pid= --ppid "$shell" | tr -d ' '
}

alive() {
	[ -n "$1" ] && [ -r "/proc/$1/stat" ] && [ "$(cut -d' ' -f3 "/proc/$1/stat")" != Z ]
}

pane_format() { tmux -S "$SOCK" display-message -p -t ui "$1"; }

# A hub and nothing in it: enough for the terminal's own tests.
bare_hub() { fixture bare_hub_steps; }
bare_hub_steps() { expect 0 --now "$NOW" init --name "Testipiste" --municipality Kuortane; }

# A hub whose every screen has something to show, a staff PIN, and a copy
# of the database as it is (the WAL folded in) in good.db. Built once a
# suite (fixture) and copied.
broken_hub() {
	fixture broken_hub_steps A B
	cp "$DB" good.db
}
broken_hub_steps() {
	small_hub
	expect 0 --now "$NOW" space edit D01 --map 0,0
	expect 0 --now "$NOW" book --member "$B" --space D02 --date today --from 13:00 --to 15:00
	expect 0 --now "$NOW" checkin --member "$B" --space D03
	expect 0 --now "$NOW" guest --name "Maija Vieras" --host "$A"
	add_staff Kaisa 135792 --admin
	sql "PRAGMA wal_checkpoint(TRUNCATE)" >/dev/null
}

# A key typed and taken back on the home screen. While the file is broken
# the status line says so again each second, so it stays.
clear_status() {
	ui_type A
	ui_key Escape
	ui_wait 'Type your member code'
}

still_running() {
	[ -z "$(tmux -S "$SOCK" display-message -p -t ui '#{pane_dead_status}')" ] ||
		fail "hubdesk ended: $(ui_screen | tail -3)"
}

test_a_truncated_database_shows_an_error_on_every_screen() {
	broken_hub
	ui_start --now "'$NOW'"
	ui_staff_login
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
	ui_type Kaisa
	ui_key Enter
	ui_type 135792
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

# The file replaced under the running kiosk: SQLite keeps reading the old
# one (its inode, its cached pages) unless the kiosk opens the path again.
test_a_damaged_then_replaced_database_is_read_again() {
	broken_hub
	(DB=$PWD/other.db && expect 0 --now "$NOW" init --name "Toinenpiste" --municipality Alajärvi)
	sqlite3 plain.db "CREATE TABLE t (x); INSERT INTO t VALUES (1)"
	cp plain.db plain.orig
	ui_start --now "'$NOW'"
	ui_wait 'Desks free now: 2 of 3'
	# Garbage in place: said within seconds, without a key.
	head -c "$(wc -c <"$DB")" /dev/urandom >"$DB"
	ui_wait ' database error: '
	grep -q 'Desks free now: 2 of 3' screen.txt && fail "the damaged file's figures stay"
	cp good.db copy.db
	mv copy.db "$DB"
	ui_wait 'Desks free now: 2 of 3'
	ui_gone 'database error'
	ui_type "$A"
	ui_key Enter
	ui_wait 'Enter: take D01'
	ui_key Enter
	ui_wait 'Welcome, Aino Ä\.! .*D01'
	[ "$(sql "SELECT count(*) FROM visit WHERE checked_out_at IS NULL AND member_id IS NOT NULL")" = 2 ] ||
		fail "the check-in went elsewhere than the file at the path"
	# Not a hubdesk database: refused, and left as it was.
	mv plain.db "$DB"
	ui_wait ' database error: .*not a hubdesk one'
	still_running
	cmp -s "$DB" plain.orig || fail "the kiosk changed a database that is not a hubdesk one"
	# Another hub's database: the kiosk is that hub's now.
	mv other.db "$DB"
	ui_wait 'Toinenpiste'
	ui_wait 'Desks free now: 0 of 0'
	ui_gone 'database error'
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

# hubdesk ended by SIGNAL (or by a key such as C-\): its exit status, then a
# shell's terminal as it was before: normal screen, a cursor, no mouse
# reporting, echo and lines.
ended_by_signal() {
	in_pane "env $UI_ENV TERM=tmux-256color $HUBDESK --db $DB --now '$NOW'; echo exit=\$?; stty -a"
	ui_wait 'Type your member code'
	pid=$(kiosk_pid)
	[ -n "$pid" ] || fail "no hubdesk process under the pane"
	case $1 in
	C-*) ui_key "$1" ;;
	*) kill -"$1" "$pid" ;;
	esac
	ui_wait "^exit=$2\$"
	ui_wait 'speed'
	assert_eq "$(pane_format '#{alternate_on}')" 0 "alternate screen"
	assert_eq "$(pane_format '#{cursor_flag}')" 1 "cursor shown"
	assert_eq "$(pane_format '#{mouse_any_flag}#{mouse_button_flag}#{mouse_standard_flag}')" 000 \
	    "mouse reporting"
	for flag in icanon echo isig icrnl opost; do
		grep -Eq "(^| )$flag( |\$)" screen.txt || fail "stty shows no $flag: $(cat screen.txt)"
	done
}

test_sigterm_ends_the_ui_with_the_terminal_restored() {
	bare_hub
	ended_by_signal TERM 143
}

test_sighup_ends_the_ui_with_the_terminal_restored() {
	bare_hub
	ended_by_signal HUP 129
}

test_ctrl_backslash_ends_the_ui_with_the_terminal_restored() {
	bare_hub
	ended_by_signal 'C-\' 131
}

test_a_terminal_gone_ends_the_ui_even_with_sighup_ignored() {
	bare_hub
	in_pane "true"
	tmux -S "$SOCK" new-window -d -t ui -n kiosk \
	    "trap '' HUP; echo \$\$ >$PWD/pid; exec env $UI_ENV TERM=tmux-256color $HUBDESK --db $DB"
	i=0
	until [ -s pid ] && grep -q 'Type your member code' screen.txt; do
		[ $i -lt 500 ] || fail "the kiosk did not start"
		sleep 0.01
		tmux -S "$SOCK" capture-pane -p -t ui:kiosk >screen.txt 2>/dev/null
		i=$((i + 1))
	done
	pid=$(cat pid)
	ticks() { awk '{ print $14 + $15 }' "/proc/$pid/stat" 2>/dev/null; }
	before=$(ticks)
	tmux -S "$SOCK" kill-window -t ui:kiosk
	# Gone within 5 s; until then it may not spin (CPU in clock ticks).
	i=0
	while alive "$pid"; do
		used=$(($(ticks) - before))
		[ "$used" -lt 50 ] || fail "hubdesk spins on the dead terminal ($used ticks)"
		[ $i -lt 50 ] || fail "hubdesk still runs 5 s after its terminal went away"
		sleep 0.1
		i=$((i + 1))
	done
}

# TERM VALUE (or unset): the UI refuses in one line, exit 2, as a person
# with a real terminal would see it.
refuses_term() {
	bare_hub
	if [ "$1" = unset ]; then set_term="-u TERM"; else set_term="TERM=$1"; fi
	in_pane "env $set_term $UI_ENV $HUBDESK --db $DB 2>err.txt; echo exit=\$? >rc.txt"
	i=0
	until [ -s rc.txt ]; do
		[ $i -lt 500 ] || fail "hubdesk did not end: $(ui_screen)"
		sleep 0.01
		i=$((i + 1))
	done
	assert_eq "$(cat rc.txt)" "exit=2" "exit status"
	assert_eq "$(wc -l <err.txt)" 1 "lines on stderr"
	grep -q '^hubdesk: the terminal UI needs a terminal it can drive' err.txt ||
		fail "stderr: $(cat err.txt)"
	grep -q "$2" err.txt || fail "stderr does not name the TERM: $(cat err.txt)"
}

test_term_dumb_is_refused_in_one_line() { refuses_term dumb 'TERM=dumb'; }
test_term_unknown_is_refused_in_one_line() { refuses_term nosuchterm 'TERM=nosuchterm'; }
test_term_unset_is_refused_in_one_line() { refuses_term unset 'TERM is not set'; }

test_ctrl_c_asks_before_quitting() {
	bare_hub
	ui_start --now "'$NOW'"
	ui_wait 'Type your member code'
	ui_wait 'F10Quit'
	ui_key C-c
	ui_wait 'Quit hubdesk\? y: yes, any other key: no'
	ui_key n
	ui_gone 'Quit hubdesk\?'
	still_running
	ui_key F4
	ui_wait 'Floor map'
	ui_key C-c
	ui_wait '^ Quit hubdesk\? y: yes, any other key: no'
	ui_key y
	assert_eq "$(ui_exit_status)" 0 "exit status"
}

test_a_locked_kiosk_offers_no_quit() {
	bare_hub
	ui_start --kiosk --now "'$NOW'"
	ui_wait 'F9Staff'
	grep -q 'F10' screen.txt && fail "the locked kiosk's bar offers F10"
	ui_key C-c
	ui_key F10
	ui_wait 'This kiosk is locked\. To stop it, an administrator gives their name and PIN\.'
	grep -q 'Quit hubdesk?' screen.txt && fail "the locked kiosk asks to quit"
	still_running
}

run_tests "$@"
