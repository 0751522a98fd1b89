#!/bin/sh
# The checker's own test, run first by tests/valgrind/run.sh: flawed.c,
# built here, run through memcheck with a leak, with an uninitialised
# read and with neither; check-logs must fail the first two, naming the
# flaw, and pass the third; then VALGRIND_REPEATS's sampling. Four runs
# under valgrind, a few seconds.
# Prints "  ok   ..." / "  FAIL ..." lines and "valgrind-selftest: N passed, N failed".
here=$(cd "$(dirname "$0")" && pwd)
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
pass=0 failn=0
result() { # result OK NAME WHY
	if [ "$1" = 1 ]; then
		pass=$((pass + 1))
		echo "  ok   valgrind-selftest/$2"
	else
		failn=$((failn + 1))
		echo "  FAIL valgrind-selftest/$2: $3"
		sed 's/^/    /' "$tmp/check.out" 2>/dev/null | head -20
	fi
}

if ! ${CC:-cc} -O0 -g -o "$tmp/flawed" "$here/flawed.c" 2>"$tmp/cc.err"; then
	cat "$tmp/cc.err"
	echo "valgrind-selftest: 0 passed, 1 failed"
	exit 1
fi

# flaw WANT PATTERN: runs flawed with that flaw, alone in a folder of logs;
# check-logs must end with status WANT and its report hold PATTERN.
flaw() {
	mkdir "$tmp/$1"
	VALGRIND_LOGS=$tmp/$1 HUBDESK_TEST=flawed-$1 "$here/memcheck" "$tmp/flawed" "$1"
	rc=$?
	sh "$here/check-logs" "$tmp/$1" >"$tmp/check.out"
	checked=$?
	ok=1 why=
	case $1 in
	clean)
		[ "$rc" = 0 ] || { ok=0 why="memcheck exited $rc, expected 0"; }
		[ "$checked" = 0 ] || { ok=0 why="check-logs failed a run without a flaw"; }
		;;
	*)
		[ "$rc" = 99 ] || { ok=0 why="memcheck exited $rc, expected 99"; }
		[ "$checked" = 1 ] || { ok=0 why="check-logs passed a run with a $1"; }
		grep -q "FAIL valgrind/flawed-$1: 1 errors in.*flawed $1" "$tmp/check.out" ||
		    { ok=0 why="check-logs did not name the run"; }
		grep -q "$2" "$tmp/check.out" || { ok=0 why="the report lacks '$2'"; }
		;;
	esac
	tail -n 1 "$tmp/check.out" | grep -q '^runs 1 ' || { ok=0 why="check-logs did not count one run"; }
	result "$ok" "$1" "$why"
}

flaw leak 'definitely lost'
flaw uninit 'uninitialised value'
flaw clean ''

# VALGRIND_REPEATS=1: of three runs of one command in one test, the first
# is under valgrind and the other two plain (no report; two repeats).
mkdir "$tmp/repeats"
for i in 1 2 3; do
	VALGRIND_LOGS=$tmp/repeats VALGRIND_REPEATS=1 HUBDESK_TEST=flawed-repeats \
	    "$here/memcheck" "$tmp/flawed" --db x clean
done
sh "$here/check-logs" "$tmp/repeats" >"$tmp/check.out"
ok=1 why=
tail -n 1 "$tmp/check.out" | grep -q '^runs 1 ' || { ok=0 why="not one run under valgrind"; }
[ "$(wc -l <"$tmp/repeats/repeats")" = 2 ] || { ok=0 why="not two repeats run plainly"; }
grep -qx 'flawed-repeats clean' "$tmp/repeats/repeats" || { ok=0 why="the repeat's command is not 'clean'"; }
result "$ok" repeats "$why"
echo "valgrind-selftest: $pass passed, $failn failed"
[ "$failn" -eq 0 ]
