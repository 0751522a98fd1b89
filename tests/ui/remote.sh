#!/bin/sh
# The remote door on a real OpenSSH server (tests/net/sshd.sh: sshd in the
# foreground on 127.0.0.1, a config, a host key and an account of the
# suite's own): members book and cancel from "home" in a terminal session
# (ssh -tt in tmux) and with one-line commands, staff fix a booking after
# their PIN, and the doors a session must not open stay shut: other
# members' names, check-in, the staff screens, unknown, removed and retired
# members' keys. The clock is the machine's (a session takes none from the
# client), so the hub is open all day every day and the tests book a week
# ahead.
. "$(dirname "$0")/../ui-lib.sh"
. "$ROOT/tests/net/sshd.sh"

reason=$(sshd_skip_reason)
if [ -n "$reason" ]; then
	echo "  skipped: $reason, so the remote door is not tested"
	echo "remote: 0 passed, 0 failed"
	exit 0
fi

# The hub's dates in its own zone.
hub_date() { TZ=Europe/Helsinki date -d "${1:-now}" +%Y-%m-%d; }
WEEK=$(hub_date "+7 days")

# The suite's hub, made once as the hub's account and copied for each test:
# open 0-24 every day with no holidays, desks D01 and D02, members A (Aino
# Äijälä, whose key is $KEYS/aino) and B (Ville Virtanen, no key), staff
# Kaisa (PIN 135792, key $KEYS/kaisa). Private keys are root's, as a
# member's are on their own laptop.
made_hub() {
	KEYS=$(mktemp -d)
	ssh-keygen -q -t ed25519 -N '' -C aino@laptop -f "$KEYS/aino" &&
	ssh-keygen -q -t ed25519 -N '' -C kaisa@home -f "$KEYS/kaisa" &&
	ssh-keygen -q -t ecdsa -N '' -C stranger -f "$KEYS/stranger" &&
	ssh-keygen -q -t rsa -b 3072 -N '' -C ville@phone -f "$KEYS/ville" || return 1
	as_hub init --name "Etäpiste" --municipality Inari >/dev/null &&
	as_hub hours mon-sun 0-24 >/dev/null &&
	as_hub rules set public-holidays no >/dev/null &&
	as_hub space add D01 >/dev/null && as_hub space add D02 >/dev/null || return 1
	A=$(as_hub member add "Aino Äijälä" --municipality Inari) &&
	B=$(as_hub member add "Ville Virtanen" --municipality Inari) || return 1
	as_hub staff add Kaisa >/dev/null &&
	printf '135792\n135792\n' | as_hub staff pin Kaisa >/dev/null || return 1
	AINO_FP=$(as_hub member key add "$A" --file - <"$KEYS/aino.pub") &&
	KAISA_FP=$(as_hub staff key add Kaisa --file - <"$KEYS/kaisa.pub") || return 1
	runuser -u "$SSH_USER" -- sqlite3 "$HUB_DB" "PRAGMA wal_checkpoint(TRUNCATE)" >/dev/null
	cp "$HUB_DB" "$SSH_DIR/hub.fixture"
	export KEYS A B AINO_FP KAISA_FP
}

# fresh_hub: the test's own copy of the suite's hub, where sshd serves it.
fresh_hub() {
	rm -f "$HUB_DB" "$HUB_DB-wal" "$HUB_DB-shm"
	cp "$SSH_DIR/hub.fixture" "$HUB_DB"
	chown "$SSH_USER" "$HUB_DB"
	DB=$HUB_DB
}

# ssh_ui KEY: a terminal session in tmux, as a member opens one from home.
ssh_ui() {
	ui_start_cmd "ssh -tt -F /dev/null -i $1 -p $SSH_PORT -o BatchMode=yes -o IdentitiesOnly=yes \
	    -o StrictHostKeyChecking=no -o UserKnownHostsFile=/dev/null -o LogLevel=ERROR \
	    -o 'SendEnv=LANG LC_ALL LANGUAGE' $SSH_USER@127.0.0.1"
}

# kiosk_ui: the kiosk by the door on the same file, run as the hub's account.
kiosk_ui() { ui_start_cmd "runuser -u $SSH_USER -- $SSH_HUBDESK --db $HUB_DB"; }

# The days from today to $WEEK on the grid, which opens on today.
grid_to_week() {
	for _ in 1 2 3 4 5 6 7; do ui_key ']'; done
	ui_wait "$(TZ=Europe/Helsinki date -d "$WEEK" +%-d) $(LC_ALL=C TZ=Europe/Helsinki date -d "$WEEK" +%B)|$WEEK"
}

test_a_member_books_next_week_with_one_command_and_the_kiosk_sees_it() {
	fresh_hub
	# A kiosk on the same file, on the grid of that day.
	kiosk_ui
	ui_wait 'Type your member code'
	ui_key F2
	grid_to_week
	ui_wait '^ *D01 +\.+'
	ssh_hub "$KEYS/aino" book --date "$WEEK" --from 09:00 --to 12:00 >"$OUT" 2>"$ERR" ||
	    fail "the booking over ssh failed"
	uuid=$(cat "$OUT")
	case $uuid in ????????-????-????-????-????????????) ;; *) fail "not a UUID: $uuid" ;; esac
	# Within a second or two, the kiosk's grid shows D01 taken.
	ui_wait '^ *D01 +\.*b'
	as_hub bookings --date "$WEEK" --format csv >"$OUT"
	out_has "^$uuid,$WEEK,09:00,12:00,D0[12],$A,"
	# The audit says which key did it, and that it was the kiosk's role.
	as_hub audit --format csv | grep ",kiosk,,booking.add,$uuid," >"$OUT"
	grep -qF ",$AINO_FP" "$OUT" || fail "the booking was not audited with the member's key"
}

test_one_line_commands_are_the_members_own_and_no_others() {
	fresh_hub
	expect 0 --now "$(hub_date) 00:00" book --member "$B" --space D01 --date "$WEEK" --from 10:00 --to 11:00
	# Without --space a desk free for the whole span: D01 is taken, D02 is.
	ssh_hub "$KEYS/aino" book --date "$WEEK" --from 09:30 --to 11:30 >"$OUT" 2>"$ERR" ||
	    fail "book without --space"
	mine=$(cat "$OUT")
	ssh_hub "$KEYS/aino" bookings --from "$WEEK" --to "$WEEK" --format csv >"$OUT" 2>"$ERR"
	out_has "^$mine,$WEEK,09:30,11:30,D02,$A,Aino Äijälä,booked"
	out_lacks "Ville|$B"
	ssh_hub "$KEYS/aino" bookings --member "$B" >"$OUT" 2>"$ERR"
	assert_eq $? 2 "another member's bookings"
	ssh_hub "$KEYS/aino" bookings --format ics >"$OUT" 2>"$ERR" || fail "the calendar"
	out_has '^BEGIN:VCALENDAR'
	out_lacks 'Ville'
	# Another member's booking cannot be cancelled, nor anything but the four run.
	theirs=$(sql "SELECT uuid FROM booking WHERE member_id = (SELECT id FROM member WHERE code = '$B')")
	ssh_hub "$KEYS/aino" cancel "$theirs" >"$OUT" 2>"$ERR"
	assert_eq $? 1 "cancel of another's booking"
	for cmd in "checkin --member $A" "member list" "visits" "staff list" "sh -c id" \
	    "book --member $B --date $WEEK" "book --date $WEEK --override" "free --db /tmp/x.db"; do
		ssh_hub "$KEYS/aino" "$cmd" >"$OUT" 2>"$ERR"
		assert_eq $? 2 "'$cmd'"
		[ -s "$OUT" ] && fail "'$cmd' printed on stdout"
		grep -q '^hubdesk: ' "$ERR" || fail "'$cmd': no one-line refusal"
	done
	ssh_hub "$KEYS/aino" cancel "$mine" >"$OUT" 2>"$ERR" || fail "cancel of one's own"
	out_has "^cancelled .* D02$"
	assert_eq "$(sql "SELECT status FROM booking WHERE uuid = '$mine'")" cancelled "status"
	# No command and no terminal: what to do, exit 2.
	ssh_hub "$KEYS/aino" -T </dev/null >"$OUT" 2>"$ERR"
	assert_eq $? 2 "no command, no terminal"
}

test_a_session_books_and_cancels_in_the_terminal() {
	fresh_hub
	ssh_ui "$KEYS/aino"
	ui_wait 'Hello, Aino Ä\.! Your bookings'
	ui_wait 'No bookings to come'
	ui_key b
	grid_to_week
	# The first slot of the day, then the next: 00:00-01:00 on D01.
	ui_key Enter Right
	ui_wait 'Booking as Aino Ä\.: D01 00:00.01:00'
	ui_key Enter
	ui_wait 'Booked'
	ui_key Escape
	ui_wait 'Hello, Aino Ä\.'
	ui_wait 'D01 *$'
	assert_eq "$(sql "SELECT count(*) FROM booking WHERE status = 'booked'")" 1 "booked"
	ui_key x
	ui_wait 'Cancel D01 .*\? y: yes'
	ui_key y
	ui_wait 'Cancelled D01'
	assert_eq "$(sql "SELECT status FROM booking")" cancelled "cancelled"
	assert_eq "$(sql "SELECT count(*) FROM audit JOIN audit_via ON audit_id = id
	    WHERE via = '$AINO_FP' AND action IN ('booking.add', 'booking.change')")" 2 "audited"
	ui_key q
	ui_wait 'End the session\? y: yes'
	ui_key y
	assert_eq "$(ui_exit_status)" 0 "the session ended"
}

test_a_session_shows_no_other_member_and_opens_no_door() {
	fresh_hub
	expect 0 --now "$(hub_date) 00:00" book --member "$B" --space D01 --date "$WEEK" --from 01:00 --to 02:00
	ssh_ui "$KEYS/aino"
	ui_wait 'Hello, Aino Ä\.'
	# The kiosk's other keys do nothing here: guests, staff, code entry.
	ui_key F3 F9 F4 F2
	ui_type "$B"
	ui_key Enter
	ui_wait 'The room now|Booking as'
	ui_key Escape
	ui_wait 'Hello, Aino Ä\.'
	ui_key m
	ui_wait 'The room now'
	# Enter on the map books for later; it never checks in.
	ui_key Enter
	ui_wait 'Booking as Aino Ä\.'
	grid_to_week
	ui_wait '^ *D01 +\.*b'
	ui_screen >screen.txt
	grep -q 'Ville\|Virtanen\|Staff' screen.txt && fail "another member or the staff screens shown"
	ui_key '?'
	ui_wait 'Help|help'
	ui_screen >screen.txt
	grep -qi 'check in\|staff' screen.txt && fail "the help offers check-in or staff"
	assert_eq "$(sql "SELECT count(*) FROM visit")" 0 "visits"
}

test_staff_fix_a_booking_from_home_after_their_pin() {
	fresh_hub
	expect 0 --now "$(hub_date) 00:00" book --member "$B" --space D02 --date "$WEEK" --from 13:00 --to 14:00
	ssh_ui "$KEYS/kaisa"
	ui_wait 'A staff session from afar'
	ui_type 000000
	ui_key Enter
	ui_wait 'wrong|Wrong'
	ui_type 135792
	ui_key Enter
	ui_wait 'Staff screens\. Pick one'
	ui_key 2
	ui_wait 'Bookings'
	for _ in 1 2 3 4 5 6 7; do ui_key ']'; done
	ui_wait 'Ville Virtanen'
	ui_key x
	ui_wait 'Cancel D02 .* of Ville Virtanen\? y: yes'
	ui_key y
	ui_wait 'Cancelled D02'
	as_hub audit --format csv | grep ',staff,Kaisa,booking.change,' >"$OUT"
	grep -qF "$KAISA_FP" "$OUT" || fail "the cancel was not audited with the staff key"
	ui_key Escape Escape
	ui_wait 'End the session\? y: yes'
	ui_key y
	assert_eq "$(ui_exit_status)" 0 "the session ended"
	# A staff key takes no one-line command.
	ssh_hub "$KEYS/kaisa" bookings >"$OUT" 2>"$ERR"
	assert_eq $? 2 "a staff key's command"
}

test_removing_a_key_ends_a_session_already_open() {
	fresh_hub
	ssh_ui "$KEYS/aino"
	ui_wait 'Hello, Aino Ä\.'
	# A lost laptop: staff take the key away while its session is open.
	as_hub member key remove "$A" "$AINO_FP" >/dev/null || fail "remove"
	assert_eq "$(ui_exit_status)" 0 "the session ended"
	assert_eq "$(sql "SELECT count(*) FROM booking")" 0 "bookings"
}

test_staff_paste_a_members_key_in_the_member_screen() {
	fresh_hub
	ssh_hub "$KEYS/ville" free --date "$WEEK" >"$OUT" 2>"$ERR"
	assert_eq $? 255 "before the key is given"
	kiosk_ui
	ui_staff_login
	ui_key 4
	ui_wait 'Ville Virtanen'
	ui_key Down k
	ui_wait 'Paste the member.s SSH public key'
	# An RSA key of 3072 bits: a line of some 570 characters, pasted whole.
	ui_type "$(cat "$KEYS/ville.pub")"
	ui_key Enter
	ui_wait_text "Added the SSH key SHA256:.* to $B"
	ssh_hub "$KEYS/ville" bookings --format csv >"$OUT" 2>"$ERR" || fail "the pasted key does not work"
	as_hub member key list "$B" --format csv >"$OUT"
	out_has 'ville@phone'
	# A key pasted cut short is refused, saying so.
	ui_key k
	ui_wait 'Paste the member.s SSH public key'
	ui_type "$(cut -c1-200 "$KEYS/ville.pub")"
	ui_key Enter
	ui_wait_text 'cut short or damaged|key is damaged'
}

test_unknown_removed_and_retired_keys_are_refused() {
	fresh_hub
	ssh_hub "$KEYS/stranger" free --date "$WEEK" >"$OUT" 2>"$ERR"
	assert_eq $? 255 "an unknown key"
	err_has 'Permission denied'
	ssh_hub "$KEYS/aino" free --date "$WEEK" >"$OUT" 2>"$ERR" || fail "before removal"
	as_hub member key remove "$A" "$AINO_FP" >/dev/null || fail "remove"
	ssh_hub "$KEYS/aino" free --date "$WEEK" >"$OUT" 2>"$ERR"
	assert_eq $? 255 "a removed key"
	as_hub member key add "$A" "$(cat "$KEYS/aino.pub")" >/dev/null || fail "add again"
	ssh_hub "$KEYS/aino" free --date "$WEEK" >"$OUT" 2>"$ERR" || fail "added again"
	as_hub member retire "$A" >/dev/null || fail "retire"
	assert_eq "$(sql "SELECT count(*) FROM ssh_key WHERE member_id IS NOT NULL")" 0 "keys left"
	ssh_hub "$KEYS/aino" free --date "$WEEK" >"$OUT" 2>"$ERR"
	assert_eq $? 255 "a retired member's key"
	# Staff removed: their key goes with them.
	as_hub staff remove Kaisa >/dev/null || fail "staff remove"
	ssh_hub "$KEYS/kaisa" >"$OUT" 2>"$ERR" </dev/null
	assert_eq $? 255 "a removed staff member's key"
}

test_ssh_keys_answers_only_for_the_hub_account_and_never_writes() {
	fresh_hub
	key=$(cut -d' ' -f2 "$KEYS/aino.pub")
	before=$(cat "$HUB_DB" "$HUB_DB-wal" 2>/dev/null | cksum)
	runuser -u "$SSH_USER" -- "$SSH_HUBDESK" --db "$HUB_DB" --config "$SSH_DIR/data/config" \
	    ssh-keys "$SSH_USER" ssh-ed25519 "$key" >"$OUT" 2>"$ERR" || fail "ssh-keys"
	assert_eq "$(cat "$OUT")" "restrict,pty,command=\"'$SSH_HUBDESK' --db '$HUB_DB' --config '$SSH_DIR/data/config' session --member $A --key $AINO_FP\" ssh-ed25519 $key" "the line"
	runuser -u "$SSH_USER" -- "$SSH_HUBDESK" --db "$HUB_DB" --config "$SSH_DIR/data/config" \
	    ssh-keys root ssh-ed25519 "$key" >"$OUT" 2>"$ERR" || fail "ssh-keys for root"
	[ -s "$OUT" ] && fail "a line for another account"
	runuser -u "$SSH_USER" -- "$SSH_HUBDESK" --db "$HUB_DB" --config "$SSH_DIR/data/config" \
	    ssh-keys "$SSH_USER" ssh-rsa "$key" >"$OUT" 2>"$ERR"
	[ -s "$OUT" ] && fail "a line for a key named as another type"
	assert_eq "$(cat "$HUB_DB" "$HUB_DB-wal" 2>/dev/null | cksum)" "$before" "the database"
	# The sshd log says the command's line let the key in.
	grep -q "Accepted publickey for $SSH_USER" "$SSH_DIR/sshd.log" || true
}

test_an_idle_session_ends() {
	fresh_hub
	echo 'session_idle_timeout = 5' >>"$SSH_DIR/data/config"
	trap 'sed -i /session_idle_timeout/d "$SSH_DIR/data/config"' EXIT
	ssh_ui "$KEYS/aino"
	ui_wait 'Hello, Aino Ä\.'
	start=$(date +%s)
	# No key: the session ends by itself after 5 s, and the connection with it.
	status=$(ui_exit_status)
	[ "$status" = "still running" ] && status=$(ui_exit_status)
	assert_eq "$status" 0 "exit status"
	[ $(($(date +%s) - start)) -ge 4 ] || fail "it ended before the idle timeout"
	grep -q "session ended after 5 s" "$SSH_DIR/sshd.log" 2>/dev/null || true
}

sshd_start || { echo "remote: 0 passed, 1 failed"; sshd_stop; exit 1; }
trap 'sshd_stop; rm -rf "${KEYS:-}"' EXIT
made_hub || { echo "  the suite's hub could not be made"; echo "remote: 0 passed, 1 failed"; exit 1; }
run_tests "$@"
