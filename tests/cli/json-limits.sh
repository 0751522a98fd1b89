#!/bin/sh
# The dump reader works in memory proportional to its input and in time
# linear in it: dumps of just under a megabyte (the most rollup reads) made
# of many small values are answered, under a memory limit and a deadline,
# with the refusal the manual documents (exit 2: not a hubdesk dump), never
# killed or out of memory (exit 3).
. "$(dirname "$0")/../lib.sh"

# The memory a release build may use for a megabyte dump (kB of address
# space, binary and libraries included), and the seconds it may take.
LIMIT_KB=160000
DEADLINE=20

# big KIND: a file of just under 1 MiB (1048576 bytes) of small values.
big() {
	/usr/bin/python3 - "$1" >big.json <<'PY'
import sys
kind, room = sys.argv[1], 1048576 - 16
item = {"strings": '""', "numbers": "0", "arrays": "[]", "objects": '{"":0}',
        "nested": "[[0,[]],{}]"}[kind]
n = room // (len(item) + 1)
if kind == "objects":
    sys.stdout.write('{' + ','.join('"k":%s' % item for _ in range(n // 2)) + '}')
else:
    sys.stdout.write('[' + ','.join([item] * n) + ']')
PY
	[ "$(wc -c <big.json)" -lt 1048576 ] || fail "big.json is not under 1 MiB"
}

# rollup_limited: rollup big.json under the limits. A sanitizer build maps
# terabytes of shadow memory, so there only the deadline applies.
rollup_limited() {
	if (ulimit -v $LIMIT_KB && "$HUBDESK" --version) >/dev/null 2>&1; then
		(ulimit -v $LIMIT_KB && exec timeout $DEADLINE "$HUBDESK" rollup big.json) \
		    >"$OUT" 2>"$ERR"
	else
		timeout $DEADLINE "$HUBDESK" rollup big.json >"$OUT" 2>"$ERR"
	fi
	RC=$?
}

check_refused() {
	big "$1"
	rollup_limited
	[ "$RC" = 2 ] || fail "rollup of a megabyte of $1: exit $RC, expected 2 (124: the deadline)"
	grep -q '^hubdesk: big.json: not a hubdesk dump' "$ERR" || fail "no refusal for $1"
}

test_a_megabyte_of_empty_strings() { check_refused strings; }
test_a_megabyte_of_numbers() { check_refused numbers; }
test_a_megabyte_of_empty_arrays() { check_refused arrays; }
test_a_megabyte_of_object_members() { check_refused objects; }
test_a_megabyte_of_nested_values() { check_refused nested; }

run_tests "$@"
