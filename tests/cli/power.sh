#!/bin/sh
# Power cuts: the kill rounds of tests/crash/kill-rounds.sh with the shim
# tests/power/powercut.c loaded, which keeps a copy of the database and its
# WAL as of their last sync. After each kill the box "boots" from those
# copies alone: the file must be whole, hold every acknowledged write, show
# no half series, keep the invariants, and the hub go on from there.
# POWER_ROUNDS of them (default 4); `make torture` runs hundreds.
. "$(dirname "$0")/../lib.sh"
. "$ROOT/tests/crash/kill-rounds.sh"

# The files a power cut leaves, opened as after a boot, then the checks;
# the next round goes on from them as the hub would.
kill_after() {
	unset LD_PRELOAD
	rm -rf boot
	mkdir boot
	cp "$DB.synced" boot/hub.db
	[ -f "$DB-wal.synced" ] && cp "$DB-wal.synced" boot/hub.db-wal
	(DB=$PWD/boot/hub.db && kill_check "$1") || exit 1
	rm -f "$DB" "$DB-wal" "$DB-shm" "$DB-wal.synced"
	cp boot/hub.db "$DB"
	cp boot/hub.db "$DB.synced"
	export LD_PRELOAD="$POWERCUT"
}

test_power_cut_at_random_loses_nothing_acknowledged() {
	if ! command -v pkill >/dev/null 2>&1; then
		echo "    skipped: pkill is missing (apt-get install -y procps)"
		return 0
	fi
	if [ -z "${POWERCUT:-}" ] || [ ! -f "$POWERCUT" ]; then
		echo "    skipped: POWERCUT names no shim (make check builds it)"
		return 0
	fi
	kill_setup
	sql 'PRAGMA wal_checkpoint(TRUNCATE)' >/dev/null
	cp "$DB" "$DB.synced"
	export POWERCUT_DB="$DB" LD_PRELOAD="$POWERCUT"
	i=0
	while [ $i -lt "${POWER_ROUNDS:-4}" ]; do
		kill_round $i
		i=$((i + 1))
	done
	unset LD_PRELOAD
	killed=$(grep -c killed outcomes)
	[ -n "${POWER_REPORT:-}" ] && { echo "$i power cuts, $killed processes cut off," \
	    "$(wc -l <acked) acknowledged writes checked after every later cut";
	    sort outcomes | uniq -c; } >"$POWER_REPORT"
	return 0
}

run_tests "$@"
