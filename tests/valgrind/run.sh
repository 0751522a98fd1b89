#!/bin/sh
# The command-line suites and the unit tests with every run of hubdesk and
# of the unit tests under valgrind (tests/valgrind/memcheck), then every
# run's report read: each run with an error or a leak is one more failure,
# named by its test and command. Ends with "N passed, N failed".
# Usage: tests/valgrind/run.sh [FILTER]
# Needs HUBDESK_BIN and UNIT_BIN, the plain builds (`make valgrind` sets them).
cd "$(dirname "$0")/../.." || exit 2
: "${HUBDESK_BIN:?set HUBDESK_BIN to the hubdesk binary}"
: "${UNIT_BIN:?set UNIT_BIN to the unit test binary}"
command -v valgrind >/dev/null || { echo "valgrind is missing (apt-get install valgrind)"; exit 2; }

VALGRIND_LOGS=$(mktemp -d)
wrappers=$(mktemp -d)
trap 'rm -rf "$VALGRIND_LOGS" "$wrappers"' EXIT
here=$(pwd)
for w in hubdesk:"$HUBDESK_BIN" unit-tests:"$UNIT_BIN"; do
	printf '#!/bin/sh\nexec "%s" "%s" "$@"\n' "$here/tests/valgrind/memcheck" "${w#*:}" >"$wrappers/${w%%:*}"
	chmod +x "$wrappers/${w%%:*}"
done

# HUBDESK_BIN: the helpers that only set a hub up (tests/lib.sh) run the
# plain binary; what a test is about runs under valgrind. HUBDESK_SLOW: the
# tests that time hubdesk allow it this many times longer.
export VALGRIND_LOGS HUBDESK="$wrappers/hubdesk" UNIT_TESTS="$wrappers/unit-tests"
export HUBDESK_BIN HUBDESK_SLOW=${HUBDESK_SLOW:-50}
export TEST_SUITES='tests/cli/*.sh'
sh tests/run.sh "$@" >"$wrappers/run.out"
sed '$d' "$wrappers/run.out"
last=$(tail -n 1 "$wrappers/run.out")
passed=$(printf '%s\n' "$last" | sed -n 's/^\([0-9]*\) passed, \([0-9]*\) failed$/\1/p')
failed=$(printf '%s\n' "$last" | sed -n 's/^\([0-9]*\) passed, \([0-9]*\) failed$/\2/p')
[ -n "$passed" ] || { echo "$last"; passed=0 failed=1; }

# A report without its ERROR SUMMARY is a run that was killed (SIGKILL)
# before valgrind could tell: counted, not failed.
runs=0 erred=0 killed=0
for log in "$VALGRIND_LOGS"/*.log; do
	[ -f "$log" ] || continue
	runs=$((runs + 1))
	errors=$(sed -n 's/.*ERROR SUMMARY: \([0-9]*\) errors.*/\1/p' "$log" | tail -n 1)
	if [ -z "$errors" ]; then
		killed=$((killed + 1))
	elif [ "$errors" -ne 0 ]; then
		erred=$((erred + 1))
		name=$(basename "$log" .log)
		echo "  FAIL valgrind/${name%.*}: $errors errors in$(sed -n 's/^==[0-9]*== Command://p' "$log")"
		grep -v '^==[0-9]*== \(Memcheck\|Copyright\|Using Valgrind\|Command\|Parent PID\)' "$log" |
		    sed 's/^==[0-9]*== /    /' | head -60
	fi
done
if [ "$erred" -eq 0 ] && [ "$runs" -gt 0 ]; then
	passed=$((passed + 1))
	echo "  ok   valgrind: $runs runs, no error and no leak"
else
	failed=$((failed + erred))
	[ "$runs" -eq 0 ] && { echo "  FAIL valgrind: no run was recorded"; failed=$((failed + 1)); }
fi
[ "$killed" -gt 0 ] && echo "  ($killed runs were killed before valgrind's summary)"
echo "$passed passed, $failed failed"
[ "$failed" -eq 0 ]
