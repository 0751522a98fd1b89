#!/bin/sh
# Runs every test suite and ends with the totals: "N passed, N failed".
# Usage: tests/run.sh [FILTER]  (FILTER: a substring of test names)
# Needs HUBDESK (the binary under test) and UNIT_TESTS (the unit test binary).
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

out=$(mktemp)
trap 'rm -f "$out"' EXIT

"$UNIT_TESTS" $filter >"$out" 2>&1
cat "$out"
add_counts "$out"

for suite in tests/cli/*.sh tests/ui/*.sh; do
	[ -f "$suite" ] || continue
	sh "$suite" $filter >"$out" 2>&1
	cat "$out"
	add_counts "$out"
done

# The hub's days again as a Finnish hub runs them, when the locale exists
# (.ci/run generates it).
if locale -a 2>/dev/null | grep -qi '^fi_FI\.utf-\?8$'; then
	for suite in tests/cli/lifecycle.sh tests/ui/lifecycle.sh; do
		HUBDESK_TEST_LOCALE=fi_FI.UTF-8 sh "$suite" $filter >"$out" 2>&1
		cat "$out"
		add_counts "$out"
	done
else
	echo "(fi_FI.UTF-8 is not installed: the Finnish-locale run is skipped)"
fi

if [ $((passed + failed)) -eq 0 ]; then
	echo "no test ran (filter '$filter' matched nothing)"
	failed=1
fi
echo "$passed passed, $failed failed"
[ "$failed" -eq 0 ]
