#!/bin/sh
# Writers killed with SIGKILL at random moments (tests/crash/kill-rounds.sh
# says what runs and what is checked after each kill): a sample of
# KILL_ROUNDS (default 6) here; `make torture` runs hundreds.
. "$(dirname "$0")/../lib.sh"
. "$ROOT/tests/crash/kill-rounds.sh"

test_writers_killed_at_random_lose_nothing_acknowledged() {
	if ! command -v pkill >/dev/null 2>&1; then
		echo "    skipped: pkill is missing (apt-get install -y procps)"
		return 0
	fi
	kill_setup
	i=0
	while [ $i -lt "${KILL_ROUNDS:-6}" ]; do
		kill_round $i
		i=$((i + 1))
	done
	killed=$(grep -c killed outcomes)
	[ -n "${KILL_REPORT:-}" ] && { echo "$i rounds, $killed processes killed," \
	    "$(wc -l <acked) acknowledged writes checked after every later round";
	    sort outcomes | uniq -c; } >"$KILL_REPORT"
	[ "$killed" -gt 0 ] || fail "no writer was ever killed: the pauses are too long"
	return 0
}

run_tests "$@"
