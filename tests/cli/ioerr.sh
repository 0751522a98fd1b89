#!/bin/sh
# The disk fails under the hub: full (a small tmpfs filled up, or a file
# size limit), read-only (a read-only bind mount: root ignores file modes),
# the database's folder removed. Each gives exit 3 and one line saying what
# to do, and nothing stored before is damaged: once the condition clears,
# the file is sound, its rows are there and the same command works.
. "$(dirname "$0")/../lib.sh"

# on_tmpfs KB: mounts a tmpfs of KB KiB on ./fs and points $DB into it;
# false (with the reason printed) when this machine does not let us mount.
on_tmpfs() {
	mkdir -p fs
	if ! mount -t tmpfs -o size="$1"k tmpfs fs 2>/dev/null || ! mountpoint -q fs; then
		echo "    skipped: cannot mount a tmpfs here (not root, or in a container)"
		return 1
	fi
	DB=$PWD/fs/hub.db
	# Each test runs in a subshell: a failed assertion ends it, and the
	# mount goes with it.
	trap 'umount -l "$PWD/fs"' EXIT
}

# fill: fills the filesystem of $DB up to the last block, in bounded steps.
fill() {
	timeout 20 dd if=/dev/zero of="$(dirname "$DB")/fill" bs=4k count=4096 2>/dev/null
	return 0
}

sound() { # the database opens, is whole, and its first member is there
	assert_eq "$(sql 'PRAGMA integrity_check')" ok "integrity_check"
	assert_eq "$(sql "SELECT count(*) FROM member WHERE code = '$A'")" 1 "member $A"
}

test_full_disk_exit_3_then_works_again() {
	on_tmpfs 1024 || return 0
	small_hub
	expect 0 --now "$NOW" checkin --member "$B"
	fill
	expect_refused 3 --now "$NOW" checkin --member "$A"
	err_has '^hubdesk: .*the disk is full: free space on it, then try again$'
	rm -f "$(dirname "$DB")/fill"
	sound
	assert_eq "$(sql 'SELECT count(*) FROM visit WHERE checked_out_at IS NULL')" 1 "open visits"
	expect 0 --now "$NOW" checkin --member "$A"
	out_has '^checked in'
}

# SQLITE_FULL itself: room for the -shm file and a little of the WAL, not
# for a series of bookings with their audit rows.
test_full_disk_mid_transaction_rolls_back() {
	on_tmpfs 1024 || return 0
	small_hub
	dir=$(dirname "$DB")
	timeout 5 dd if=/dev/zero of="$dir/room" bs=4k count=10 2>/dev/null
	fill
	rm -f "$dir/room"
	before=$(sql 'SELECT count(*) FROM booking')
	hd --now "$NOW" book --member "$A" --space D01 --date 2026-11-24 \
	    --from 9 --to 12 --repeat daily --until 2027-05-20 --override
	assert_eq "$RC" 3 "exit status of the series on a full disk"
	[ "$(wc -l <"$ERR")" -eq 1 ] || fail "expected one line on stderr"
	err_has 'the disk is full: free space on it, then try again'
	# Not one occurrence told as booked: none was stored.
	[ -s "$OUT" ] && fail "printed bookings of a series that was not saved"
	rm -f "$dir/fill"
	sound
	assert_eq "$(sql 'SELECT count(*) FROM booking')" "$before" "bookings after the failed series"
}

# Where mounting is not allowed, a file size limit stands in for a full
# disk: hubdesk ignores SIGXFSZ, so the write fails instead of the process.
# 16 blocks of 512 bytes: less than the -shm file or the series' WAL needs.
test_file_size_limit_exit_3_not_a_core_dump() {
	small_hub
	sql 'PRAGMA wal_checkpoint(TRUNCATE)' >/dev/null
	before=$(db_digest)
	(ulimit -f 16 && "$HUBDESK" --db "$DB" --now "$NOW" book --member "$A" --space D01 \
	    --date 2026-11-24 --from 9 --to 12 --repeat daily --until 2027-05-20 --override \
	    >"$OUT" 2>"$ERR")
	RC=$?
	assert_eq "$RC" 3 "exit status under ulimit -f"
	[ "$(wc -l <"$ERR")" -eq 1 ] || fail "expected one line on stderr"
	err_has '^hubdesk: .*the disk is full: free space on it, then try again$'
	[ -s "$OUT" ] && fail "printed a booking although nothing was saved"
	assert_eq "$(db_digest)" "$before" "database after the refused series"
	sound
}

test_read_only_mount_exit_3() {
	small_hub
	mkdir ro
	if ! mount --bind "$(dirname "$DB")" ro 2>/dev/null; then
		echo "    skipped: cannot bind-mount here (not root, or in a container)"
		return 0
	fi
	if ! mount -o remount,ro,bind ro 2>/dev/null; then
		umount ro
		echo "    skipped: cannot remount read-only here"
		return 0
	fi
	sql 'PRAGMA wal_checkpoint(TRUNCATE)' >/dev/null
	before=$(db_digest)
	"$HUBDESK" --db ro/hub.db --now "$NOW" checkin --member "$A" >"$OUT" 2>"$ERR"
	RC=$?
	umount ro
	assert_eq "$RC" 3 "exit status on a read-only mount"
	[ "$(wc -l <"$ERR")" -eq 1 ] || fail "expected one line on stderr"
	err_has '^hubdesk: .*cannot be written \(a read-only file, folder or disk\): let hubdesk write there, then try again$'
	assert_eq "$(db_digest)" "$before" "database after the read-only attempt"
	sound
	expect 0 --now "$NOW" checkin --member "$A"
}

test_vanished_folder_exit_3() {
	mkdir d
	DB=$PWD/d/hub.db
	small_hub
	rm -rf d
	expect 3 --now "$NOW" checkin --member "$A"
	[ "$(wc -l <"$ERR")" -eq 1 ] || fail "expected one line on stderr"
	err_has '^hubdesk: there is no hub database at '
	[ -e d ] && fail "the folder was made again"
	return 0
}

run_tests "$@"
