#!/bin/sh
# SSH keys and the remote door's commands without a server (the door
# itself, through a real sshd, is tests/ui/remote.sh): keys checked and
# fingerprinted as ssh-keygen does, refused in one line with the database
# unchanged, kept to one person each, gone with their owner; ssh-keys'
# line; a session's one command and what it refuses.
. "$(dirname "$0")/../lib.sh"

command -v ssh-keygen >/dev/null 2>&1 || {
	echo "  skipped: ssh-keygen is missing (apt-get install -y openssh-client), so keys are not made"
	echo "keys: 0 passed, 0 failed"
	exit 0
}

# The suite's keys, made by ssh-keygen once (an RSA key takes it a while)
# and copied into each test's folder.
KEYS_DIR=$(mktemp -d)
trap 'rm -rf "$KEYS_DIR"' EXIT
(cd "$KEYS_DIR" &&
    ssh-keygen -q -t ed25519 -N '' -C 'aino@läppäri' -f aino &&
    ssh-keygen -q -t ecdsa -b 521 -N '' -C ville -f ville &&
    ssh-keygen -q -t rsa -b 3072 -N '' -C '' -f rsa &&
    ssh-keygen -q -t rsa -b 2048 -N '' -f short &&
    ssh-keygen -q -t ed25519 -N '' -f al) || { echo "keys: 0 passed, 1 failed"; exit 1; }

# keys_hub: the small hub, Kaisa on its staff, and the suite's keys here.
keys_hub() {
	small_hub
	add_staff Kaisa 135792
	cp "$KEYS_DIR"/* .
}

fp_of() { ssh-keygen -lf "$1" | cut -d' ' -f2; }
# out_has_line TEXT: stdout has a line beginning with TEXT, taken as it is
# (a fingerprint's + and / are no pattern).
out_has_line() {
	while IFS= read -r l; do
		case $l in "$1"*) return 0 ;; esac
	done <"$OUT"
	fail "stdout lacks a line beginning '$1'"
}

test_keys_are_fingerprinted_as_ssh_keygen_does() {
	keys_hub
	expect 0 --now "$NOW" member key add "$A" --file aino.pub
	out_is "$(fp_of aino.pub)"
	# The line as its words, unquoted, as a shell passes $(cat key.pub).
	expect 0 --now "$NOW" member key add "$B" $(cat ville.pub)
	out_is "$(fp_of ville.pub)"
	expect 0 --now "$NOW" member key add "$B" --file - <rsa.pub
	out_is "$(fp_of rsa.pub)"
	expect 0 --now "$NOW" member key list "$B" --format csv
	out_has_line "$(fp_of ville.pub),ecdsa-sha2-nistp521,521,ville,2026-11-23 09:00"
	out_has_line "$(fp_of rsa.pub),ssh-rsa,3072,,"
	expect 0 --now "$NOW" member key list "$A"
	out_has "aino@läppäri"
	assert_eq "$(sql "SELECT count(*) FROM audit WHERE action = 'key.add'")" 3 "audited"
	sql "SELECT detail FROM audit WHERE action = 'key.add'" | grep -q 'läppäri' &&
	    fail "the audit log holds a key's comment"
	return 0
}

test_bad_keys_are_refused_in_one_line_and_change_nothing() {
	keys_hub
	ssh-keygen -q -t dsa -N '' -f dsa 2>/dev/null || printf 'ssh-dss AAAAB3NzaC1kc3MAAACBAP8= x\n' >dsa.pub
	expect_refused 2 member key add "$A" --file short.pub
	err_has 'RSA key of 2048 bits is too short'
	expect_refused 2 member key add "$A" --file dsa.pub
	err_has 'DSA'
	expect_refused 2 member key add "$A" --file aino
	err_has 'private key'
	expect_refused 2 member key add "$A" "$(cut -c1-60 aino.pub)"
	expect_refused 2 member key add "$A" "ssh-ed25519"
	expect_refused 2 member key add "$A" "ssh-rsa $(cut -d' ' -f2 aino.pub)"
	err_has 'not the ssh-rsa key'
	cat aino.pub ville.pub >two.pub
	expect_refused 2 member key add "$A" --file two.pub
	err_has 'more than one key'
	{ printf '%s ' "$(cat aino.pub)"; head -c 200000 /dev/zero | tr '\0' x; echo; } >long.pub
	expect_refused 2 member key add "$A" --file long.pub
	err_has 'too long for any key'
	expect_refused 2 member key add "$A" --file missing.pub
	expect_refused 2 member key add "$A"
	expect_refused 2 member key add "$A" --file aino.pub "$(cat aino.pub)"
	expect_refused 1 member key add ZZZZZ --file aino.pub
	expect_refused 2 member key remove "$A" SHA256:short
	expect_refused 1 member key remove "$A" "$(fp_of aino.pub)"
	err_has 'no key of theirs'
}

test_a_key_is_one_persons_and_goes_with_them() {
	keys_hub
	expect 0 --now "$NOW" member key add "$A" --file aino.pub
	expect_refused 1 member key add "$A" --file aino.pub
	err_has 'they have that key .* already'
	expect_refused 1 member key add "$B" --file aino.pub
	err_has 'already given to someone'
	expect_refused 1 staff key add Kaisa --file aino.pub
	# Another member's key cannot be removed through this one.
	expect_refused 1 member key remove "$B" "$(fp_of aino.pub)"
	expect 0 --now "$NOW" staff key add Kaisa --file ville.pub
	expect 0 --now "$NOW" member retire "$A"
	assert_eq "$(sql "SELECT count(*) FROM ssh_key WHERE member_id IS NOT NULL")" 0 "a retired member's keys"
	expect_refused 1 member key add "$A" --file aino.pub
	err_has 'no longer works'
	expect 0 --now "$NOW" member key add "$B" --file aino.pub
	expect 0 --now "$NOW" member erase "$B"
	assert_eq "$(sql "SELECT count(*) FROM ssh_key WHERE member_id IS NOT NULL")" 0 "an erased member's keys"
	expect 0 --now "$NOW" staff remove Kaisa
	assert_eq "$(sql "SELECT count(*) FROM ssh_key")" 0 "a removed staff member's keys"
	assert_eq "$(sql "SELECT count(*) FROM audit WHERE action = 'key.remove' AND subject IS NOT NULL")" 3 \
	    "each removal audited with its owner"
	sql "UPDATE ssh_key SET comment = 'x'" 2>/dev/null
	sql "INSERT INTO ssh_key (fingerprint, type, key, bits, added_at) VALUES
	    ('SHA256:' || hex(randomblob(21)), 'ssh-ed25519', hex(randomblob(20)), 256, 0)" 2>/dev/null &&
	    fail "a key of nobody was stored"
	return 0
}

test_staff_keys_are_the_administrators() {
	keys_hub
	# Another user than the file's owner acts as staff: a member's key is
	# theirs to give, a staff member's is not.
	chmod 666 "$DB"
	sql "PRAGMA journal_mode" >/dev/null
	if [ "$(id -u)" = 0 ] && id nobody >/dev/null 2>&1; then
		# A copy of the program here: the tree it was built in may be
		# closed to other users.
		chmod 777 .
		cp "$HUBDESK_BIN" ./hubdesk-copy && chmod 755 ./hubdesk-copy
		runuser -u nobody -- ./hubdesk-copy --db "$DB" staff key add Kaisa --file ville.pub \
		    >"$OUT" 2>"$ERR"
		assert_eq $? 1 "staff adding a staff key"
		err_has "administrator"
		runuser -u nobody -- ./hubdesk-copy --db "$DB" member key add "$A" --file aino.pub \
		    >"$OUT" 2>"$ERR" || fail "staff adding a member's key"
	fi
	expect 0 --now "$NOW" staff key add kaisa --file ville.pub
	expect 0 --now "$NOW" staff key list Kaisa --format json
	grep -qF "\"fingerprint\": \"$(fp_of ville.pub)\"" "$OUT" || fail "the key is not listed"
	expect 0 --now "$NOW" staff key remove Kaisa "$(fp_of ville.pub)"
	out_is "removed $(fp_of ville.pub)"
}

test_ssh_keys_prints_the_forced_command_or_nothing() {
	keys_hub
	expect 0 --now "$NOW" member key add "$A" --file aino.pub
	expect 0 --now "$NOW" staff key add Kaisa --file ville.pub
	printf 'ssh_user = door\n' >conf
	key=$(cut -d' ' -f2 aino.pub)
	expect 0 --config "$PWD/conf" ssh-keys door ssh-ed25519 "$key"
	exe=$(readlink -f "$HUBDESK_BIN")
	[ "$HUBDESK" = "$HUBDESK_BIN" ] &&
	    out_is "restrict,pty,command=\"'$exe' --db '$DB' --config '$PWD/conf' session --member $A --key $(fp_of aino.pub)\" ssh-ed25519 $key"
	expect 0 --config "$PWD/conf" ssh-keys door ecdsa-sha2-nistp521 "$(cut -d' ' -f2 ville.pub)"
	grep -qF "session --staff 'Kaisa' --key $(fp_of ville.pub)\" ecdsa-sha2-nistp521 " "$OUT" ||
	    fail "no staff session in the line"
	# Another account, an unknown key, a damaged one: nothing, and no error.
	for args in "hub ssh-ed25519 $key" "door ssh-ed25519 $(cut -d' ' -f2 rsa.pub)" \
	    "door ssh-ed25519 AAAA" "door ssh-dss $key"; do
		expect 0 --config "$PWD/conf" ssh-keys $args
		[ -s "$OUT" ] && fail "ssh-keys $args printed a line"
	done
	expect 2 ssh-keys hub ssh-ed25519
	# A name with quotes stays one word for the account's shell.
	expect 0 --now "$NOW" staff add "Anna-Liisa O'Brien \"AL\""
	expect 0 --now "$NOW" staff key add "Anna-Liisa O'Brien \"AL\"" --file al.pub
	expect 0 ssh-keys hub ssh-ed25519 "$(cut -d' ' -f2 al.pub)"
	cmd=$(sed 's/^restrict,pty,command="\(.*\)" ssh-ed25519 .*/\1/; s/\\"/"/g' "$OUT")
	eval "set -- $cmd"
	assert_eq "$4 $5 $6 $7" "session --staff Anna-Liisa O'Brien \"AL\" --key" "the command's words"
	# An older database is not brought up to date by a read-only lookup.
	sql "PRAGMA user_version = 14"
	expect 3 ssh-keys hub ssh-ed25519 "$key"
	err_has 'schema 14'
	assert_eq "$(sql "PRAGMA user_version")" 14 "the level"
}

test_a_sessions_one_command() {
	keys_hub
	expect 0 --now "$NOW" member key add "$A" --file aino.pub
	fp=$(fp_of aino.pub)
	session() { SSH_ORIGINAL_COMMAND="$1" "$HUBDESK" --db "$DB" session --member "$A" --key "$fp" \
	    </dev/null >"$OUT" 2>"$ERR"; RC=$?; }
	# The clock is the machine's: HUBDESK_NOW from a client is not taken.
	HUBDESK_NOW="2020-01-01 10:00" session "book --date 2020-01-02 --from 10:00 --to 11:00"
	assert_eq "$RC" 1 "a booking in the past by a client's clock"
	day=$(TZ=Europe/Helsinki date -d "+8 days" +%F)
	while [ "$(date -d "$day" +%u)" -gt 5 ]; do day=$(date -d "$day +1 day" +%F); done
	session "hubdesk book --date '$day' --from \"10:00\" --to 11:00"
	assert_eq "$RC" 0 "book, quoted words"
	uuid=$(cat "$OUT")
	session "book --date $day --from 10:00 --to 11:00 --space D02"
	assert_eq "$RC" 1 "a second booking at once"
	session "bookings --from $day --to $day --format json"
	assert_eq "$RC" 0 "bookings"
	grep -qF "\"uuid\": \"$uuid\"" "$OUT" || fail "the booking is not listed"
	session "free --date $day --from 10:00 --to 11:00"
	out_has '^D02 '
	for bad in "" "   " "book --date '$day" "rm -rf /" "checkout" "book --repeat weekly" \
	    "cancel" "bookings --member=$B" "$(head -c 2000 /dev/zero | tr '\0' x)"; do
		session "$bad"
		assert_eq "$RC" 2 "'$(echo "$bad" | cut -c1-30)'"
		[ -s "$OUT" ] && fail "'$bad' printed on stdout"
	done
	session "help"
	assert_eq "$RC" 0 "help"
	out_has '^  book --date D'
	session "cancel $uuid"
	assert_eq "$RC" 0 "cancel"
	assert_eq "$(sql "SELECT count(*) FROM audit_via WHERE via = '$fp'")" 2 "changes named by the key"
	# A key that is not the member's opens nothing.
	session() { SSH_ORIGINAL_COMMAND="$1" "$HUBDESK" --db "$DB" session --member "$B" --key "$fp" \
	    </dev/null >"$OUT" 2>"$ERR"; RC=$?; }
	session "free --date $day"
	assert_eq "$RC" 1 "another member's session"
	expect 2 session --member "$A"
	expect 2 session --member "$A" --staff Kaisa --key "$fp"
}

# A hub's week with the door: Monday evening, after closing, Aino books
# Wednesday from home; Wednesday morning she checks in at the kiosk by the
# door and her booking is found; Thursday her laptop is lost and staff take
# the key away: the same command from it is refused, the booking she made
# stays, and the audit names the key for what it did and its removal.
test_a_week_with_the_door() {
	keys_hub
	expect 0 --now "$NOW" member key add "$A" --file aino.pub
	fp=$(fp_of aino.pub)
	remote() { SSH_ORIGINAL_COMMAND="$2" "$HUBDESK" --db "$DB" --now "$1" session --member "$A" \
	    --key "$fp" </dev/null >"$OUT" 2>"$ERR"; RC=$?; }
	remote "2026-11-23 19:30" "book --date 2026-11-25 --from 9 --to 12"
	assert_eq "$RC" 0 "booking from home after closing"
	uuid=$(cat "$OUT")
	remote "2026-11-23 19:31" "book --date 2026-11-25 --from 10:00 --to 11:00 --space D02"
	assert_eq "$RC" 1 "a second desk at the same time"
	remote "2026-11-24 08:00" "bookings --date 2026-11-25"
	out_has "^$uuid  2026-11-25  09:00  12:00  D01 "
	expect 0 --now "2026-11-25 08:50" checkin --member "$A"
	out_has 'D01'
	assert_eq "$(sql "SELECT status FROM booking WHERE uuid = '$uuid'")" checked-in "at the door"
	remote "2026-11-25 09:10" "cancel $uuid"
	assert_eq "$RC" 1 "cancelling a booking under way from afar"
	expect 0 --now "2026-11-26 10:00" member key remove "$A" "$fp"
	remote "2026-11-26 10:05" "book --date 2026-11-27 --from 9 --to 10"
	assert_eq "$RC" 1 "the lost laptop's key"
	err_has 'no longer opens a session'
	assert_eq "$(sql "SELECT count(*) FROM booking")" 1 "bookings"
	assert_eq "$(sql "SELECT count(*) FROM audit JOIN audit_via ON audit_id = id WHERE via = '$fp'")" 1 \
	    "the key's one change"
	assert_eq "$(sql "SELECT count(*) FROM audit WHERE action = 'key.remove'")" 1 "the removal"
}

test_the_config_keys_of_the_door() {
	small_hub
	for bad in "ssh_user = Hub" "ssh_user = -x" "ssh_user = a b" "session_idle_timeout = 4" \
	    "session_idle_timeout = 1m"; do
		echo "$bad" >conf
		expect_refused 2 --config conf status
	done
	printf 'ssh_user = hub-door\nsession_idle_timeout = 600\n' >conf
	expect 0 --config conf status
}

run_tests "$@"
