#!/bin/sh
# The command-line suites and the unit tests with every run of hubdesk and
# of the unit tests under valgrind (tests/valgrind/memcheck), then every
# run's report read: each run with an error or a leak is one more failure,
# named by its test and command. First the checker's own test
# (selftest.sh). Ends with "N passed, N failed".
# Usage: tests/valgrind/run.sh [FILTER]
# VALGRIND_SUITES: the command-line suites run (patterns; default every
# one), or "ci" for the CI set below. VALGRIND_REPEATS=N: within a test,
# only the first N runs of each command under valgrind (tests/valgrind/
# memcheck; the CI set's default is 1, empty for all).
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

# The CI set (.ci/run): the suites that run every command of
# `hubdesk --help` and its refusals, the kiosk-less paths (no terminal)
# and the unit tests, with fewer runs than the full set. Left out, as they
# run again commands the set already runs, with other data or in another
# language: report, cli-i18n, domain-i18n, i18n, locale, messages,
# municipality, cells, csv-readers, json-limits, dst, dates, exports,
# report-pdf, manpage, install, demo, sysconfig (docs/reliability.md).
ci_suites='tests/cli/basics.sh tests/cli/bad_input.sh tests/cli/lifecycle.sh
tests/cli/rules.sh tests/cli/files.sh tests/cli/audit.sh tests/cli/staff.sh
tests/cli/visits.sh tests/cli/members_leave.sh tests/cli/member-import.sh
tests/cli/backup.sh tests/cli/concurrency.sh tests/cli/door.sh tests/cli/ics.sh
tests/cli/completion.sh tests/cli/network.sh tests/cli/rollup-scale.sh
tests/cli/keys.sh'
# The CI set runs each command of a test under valgrind once (VALGRIND_
# REPEATS, tests/valgrind/memcheck): its repeats with other bad values take
# the path the first run took, and run under ASan in make asan.
case ${VALGRIND_SUITES:=tests/cli/*.sh} in
ci) VALGRIND_SUITES=$ci_suites VALGRIND_REPEATS=${VALGRIND_REPEATS-1} ;;
esac
export TEST_SUITES="$VALGRIND_SUITES" VALGRIND_REPEATS

passed=0 failed=0
# counts FILE: adds a closing "N passed, N failed" line's counts.
counts() {
	sed '$d' "$1"
	last=$(tail -n 1 "$1")
	p=$(printf '%s\n' "$last" | sed -n 's/^\(.* \)\{0,1\}\([0-9][0-9]*\) passed, \([0-9][0-9]*\) failed$/\2/p')
	f=$(printf '%s\n' "$last" | sed -n 's/^\(.* \)\{0,1\}\([0-9][0-9]*\) passed, \([0-9][0-9]*\) failed$/\3/p')
	[ -n "$p" ] || { echo "$last"; p=0 f=1; }
	passed=$((passed + p)) failed=$((failed + f))
}
sh tests/valgrind/selftest.sh >"$wrappers/selftest.out"
counts "$wrappers/selftest.out"
sh tests/run.sh "$@" >"$wrappers/run.out"
counts "$wrappers/run.out"

# Every run's report read (check-logs): each run that erred is one more
# failure; none, one test passed.
sh tests/valgrind/check-logs "$VALGRIND_LOGS" >"$wrappers/check.out"
sed '$d' "$wrappers/check.out"
set -- $(tail -n 1 "$wrappers/check.out") # runs N erred N killed N
runs=$2 erred=$4 killed=$6
if [ "$erred" -eq 0 ] && [ "$runs" -gt 0 ]; then
	passed=$((passed + 1))
	echo "  ok   valgrind: $runs runs, no error and no leak"
else
	failed=$((failed + erred))
	[ "$runs" -eq 0 ] && { echo "  FAIL valgrind: no run was recorded"; failed=$((failed + 1)); }
fi
[ "$killed" -gt 0 ] && echo "  ($killed runs were killed before valgrind's summary)"
[ -s "$VALGRIND_LOGS/repeats" ] &&
    echo "  ($(wc -l <"$VALGRIND_LOGS/repeats") repeats of a command in a test ran plainly: VALGRIND_REPEATS=$VALGRIND_REPEATS)"
echo "$passed passed, $failed failed"
[ "$failed" -eq 0 ]
