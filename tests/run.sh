#!/bin/sh
# Runs every test suite and ends with the totals: "N passed, N failed".
# Usage: tests/run.sh [FILTER]  (FILTER: a substring of test names)
# Needs HUBDESK (the binary under test) and UNIT_TESTS (the unit test binary);
# FUZZ_REPLAY, when set, is the folder of the fuzz corpora's replay binaries
# (tests/fuzz/replay.c), one a target, each replaying tests/fuzz/corpus/NAME.
cd "$(dirname "$0")/.." || exit 2
filter=${1:-}
passed=0
failed=0
export LANG=C.UTF-8 LC_ALL=C.UTF-8 TZ=UTC

add_counts() { # reads a suite's closing "suite: N passed, N failed" line
	line=$(tail -n 1 "$1")
	p=$(printf '%s\n' "$line" | sed -n 's/.* \([0-9]*\) passed, \([0-9]*\) failed$/\1/p')
	f=$(printf '%s\n' "$line" | sed -n 's/.* \([0-9]*\) passed, \([0-9]*\) failed$/\2/p')
	if [ -z "$p" ]; then
		echo "  (the suite ended without its counts: it crashed)"
		p=0 f=1
	fi
	passed=$((passed + p))
	failed=$((failed + f))
}

# The suites run side by side (TEST_JOBS at a time, default one more than
# the cores: the UI suites spend much of their time waiting for a screen),
# each into its own log, printed afterwards in a fixed order. Every suite
# works in temporary directories of its own, tmux servers included.
logs=$(mktemp -d)
trap 'rm -rf "$logs"' EXIT
jobs=${TEST_JOBS:-$(($(nproc 2>/dev/null || echo 1) + 1))}

# One line a run: "SUITE LOCALE" (LOCALE "-" for the default). TEST_SUITES
# (patterns) narrows the suites: make valgrind leaves the terminal's out.
suites=${TEST_SUITES:-tests/cli/*.sh tests/ui/*.sh}
runs() {
	for suite in $suites; do
		[ -f "$suite" ] && echo "$suite -"
	done
	# The hub's days again as a Finnish hub runs them, when the locale
	# exists (.ci/install-deps generates it).
	if locale -a 2>/dev/null | grep -qi '^fi_FI\.utf-\?8$'; then
		for suite in $suites; do
			case "$suite" in */lifecycle.sh | */keys.sh) echo "$suite fi_FI.UTF-8" ;; esac
		done
	fi
}

# One run a fuzz target: "fuzz-NAME -", its test named fuzz-NAME.
fuzz_runs() {
	[ -n "${FUZZ_REPLAY:-}" ] || return 0
	for bin in "$FUZZ_REPLAY"/*; do
		case $bin in *.o | *.d) continue ;; esac
		[ -x "$bin" ] && echo "fuzz-$(basename "$bin") -"
	done
}

log_of() { echo "$logs/$(echo "$1-$2" | tr '/.' '__').log"; }

export logs filter
{ echo "unit -"; fuzz_runs; runs; } | xargs -P "$jobs" -L 1 sh -c '
	log="$logs/$(echo "$0-$1" | tr "/." "__").log"
	began=$(date +%s)
	if [ "$0" = unit ]; then
		"$UNIT_TESTS" $filter >"$log" 2>&1
	elif [ "${0#fuzz-}" != "$0" ]; then
		case $0 in
		*"$filter"*) "$FUZZ_REPLAY/${0#fuzz-}" "$0" "tests/fuzz/corpus/${0#fuzz-}" >"$log" 2>&1 ;;
		*) echo "$0: 0 passed, 0 failed" >"$log" ;;
		esac
	elif [ "$1" = - ]; then
		sh "$0" $filter >"$log" 2>&1
	else
		HUBDESK_TEST_LOCALE=$1 sh "$0" $filter >"$log" 2>&1
	fi
	at=@$1
	echo "$(($(date +%s) - began)) $(basename "$0" .sh)${at%@-}" >"$log.time"
	exit 0'

for log in $({ echo "unit -"; fuzz_runs; runs; } | while read -r suite loc; do log_of "$suite" "$loc"; done); do
	cat "$log"
	add_counts "$log"
done
locale -a 2>/dev/null | grep -qi '^fi_FI\.utf-\?8$' ||
	echo "(fi_FI.UTF-8 is not installed: the Finnish-locale run is skipped)"

# The slowest suites' wall times (seconds, side by side with the others),
# for keeping make check within its four minutes.
printf 'slowest: %s\n' "$(cat "$logs"/*.time 2>/dev/null | sort -rn | head -n 8 |
    awk '{ printf "%s%s %ss", (NR > 1 ? ", " : ""), $2, $1 }')"

if [ $((passed + failed)) -eq 0 ]; then
	echo "no test ran (filter '$filter' matched nothing)"
	failed=1
fi
echo "$passed passed, $failed failed"
[ "$failed" -eq 0 ]
