# Helpers for the command-line test suites. A suite defines functions named
# test_*, then ends with `run_tests "$@"`. Each test runs in a subshell in a
# fresh temporary folder with its own database ($DB); an assertion that
# fails prints why and ends that test only.

: "${HUBDESK:?set HUBDESK to the hubdesk binary}"
ROOT=$(cd "$(dirname "$0")/../.." && pwd) # the source tree, for docs
# HUBDESK_TEST_LOCALE runs a suite as a Finnish hub would (fi_FI.UTF-8).
TEST_LOCALE=${HUBDESK_TEST_LOCALE:-C.UTF-8}
export LANG="$TEST_LOCALE" LC_ALL="$TEST_LOCALE" TZ=UTC
# The words are English unless a test asks for another language (--lang,
# or LANGUAGE, which hubdesk reads as gettext does): the suites match
# English messages, while the locale still decides characters.
export LANGUAGE=en
export XDG_CONFIG_HOME=/nonexistent XDG_DATA_HOME=/nonexistent
# Nor does the machine's /etc/hubdesk/config reach a test.
export XDG_CONFIG_DIRS=/nonexistent
unset HUBDESK_DB HUBDESK_NOW HUBDESK_CONFIG
# Under `make valgrind` HUBDESK is a script running the program under
# valgrind, and HUBDESK_BIN the program itself: tests that read the file
# (nm, ldd) read it, and helpers that only set a hub up (set_up) run it, as
# valgrind is 20-50 times slower. HUBDESK_SLOW: how many times longer a test
# that times hubdesk allows it.
HUBDESK_BIN=${HUBDESK_BIN:-$HUBDESK}
SLOW=${HUBDESK_SLOW:-1}

# hd ARGS...: runs hubdesk on $DB, output in $OUT and $ERR, status in $RC.
hd() {
	"$HUBDESK" --db "$DB" "$@" >"$OUT" 2>"$ERR"
	RC=$?
	return 0
}

fail() {
	echo "    $*"
	[ -s "$OUT" ] && { echo "    stdout:"; sed 's/^/      /' "$OUT" | head -20; }
	[ -s "$ERR" ] && { echo "    stderr:"; sed 's/^/      /' "$ERR" | head -20; }
	exit 1
}

# expect CODE ARGS...: runs hubdesk and fails unless it exits with CODE.
expect() {
	want=$1
	shift
	hd "$@"
	[ "$RC" = "$want" ] || fail "hubdesk $*: exit $RC, expected $want"
}

# Refused or invalid: exit CODE, one stderr line starting "hubdesk: ",
# nothing on stdout, and the database's content unchanged.
expect_refused() {
	want=$1
	shift
	db_keep
	expect "$want" "$@"
	# Shell built-ins only: a suite makes hundreds of these checks.
	{ IFS= read -r first && ! IFS= read -r _; } <"$ERR" ||
	    fail "hubdesk $*: expected one line on stderr"
	case $first in "hubdesk: "*) ;; *) fail "hubdesk $*: stderr does not start with 'hubdesk: '" ;; esac
	[ -s "$OUT" ] && fail "hubdesk $*: printed on stdout although refused"
	db_same_as_kept || fail "hubdesk $*: changed the database although refused"
	return 0
}

# db_keep: a copy of $DB (and its WAL) as it is now, beside the test's
# output (not beside $DB, whose disk a test may fill); db_same_as_kept: $DB
# holds what the copy holds. Byte for byte first, which is what a refusal
# leaves and costs no sqlite3 run; only files that differ are compared by
# their content, so a rewrite of the same rows is no change.
# The copies keep $DB's name in a folder of their own, so that one cp
# takes both files.
db_keep() {
	kept_dir="${OUT%/*}/kept"
	KEPT="$kept_dir/${DB##*/}"
	[ -d "$kept_dir" ] || mkdir "$kept_dir"
	if [ -f "$DB-wal" ]; then
		cp "$DB" "$DB-wal" "$kept_dir/"
	elif [ -f "$DB" ]; then
		cp "$DB" "$kept_dir/"
		: >"$KEPT-wal"
	else
		rm -f "$KEPT" "$KEPT-wal"
	fi
	return 0
}
db_same_as_kept() {
	[ -f "$DB" ] || { [ ! -f "$KEPT" ]; return; }
	[ -f "$KEPT" ] || return 1
	# A missing WAL and an empty one hold the same: nothing.
	if cmp -s "$DB" "$KEPT" && { [ ! -s "$DB-wal" ] && [ ! -s "$KEPT-wal" ] ||
	    cmp -s "$DB-wal" "$KEPT-wal"; }; then
		return 0
	fi
	[ "$(sqlite3 "$KEPT" .dump | md5sum)" = "$(db_digest)" ]
}

db_digest() {
	[ -f "$DB" ] || { echo none; return; }
	sqlite3 "$DB" .dump | md5sum
}

out_is() { # out_is TEXT: stdout is exactly TEXT
	[ "$(cat "$OUT")" = "$1" ] || fail "stdout is '$(cat "$OUT")', expected '$1'"
}
out_has() { # out_has REGEX
	grep -Eq -- "$1" "$OUT" || fail "stdout lacks /$1/"
}
out_lacks() {
	grep -Eq -- "$1" "$OUT" && fail "stdout has /$1/"
	return 0
}
# err_has REGEX: a line of stderr matches. A REGEX that is plain text (no
# character that grep -E reads as an operator, no newline), as most are,
# is looked for in each line by the shell, as grep would find it: the
# one-line stderr of a refusal needs no grep run for it.
err_has() {
	case $1 in
	*'.'* | *'^'* | *'$'* | *'\'* | *'|'* | *'*'* | *'+'* | *'?'* | *'{'* | *'}'* | \
	    *'('* | *')'* | *'['* | *']'* | *'
'*)
		grep -Eq -- "$1" "$ERR" || fail "stderr lacks /$1/"
		;;
	*)
		while IFS= read -r err_line || [ -n "$err_line" ]; do
			case $err_line in *"$1"*) return 0 ;; esac
		done <"$ERR"
		fail "stderr lacks /$1/"
		;;
	esac
}
assert_eq() { # assert_eq ACTUAL EXPECTED [WHAT]
	[ "$1" = "$2" ] || fail "${3:-value} is '$1', expected '$2'"
}
# sql SQL...: the sqlite3 shell on $DB, waiting (as hubdesk does) when
# another reader is opening the file: two shells started at once in one
# pipeline may meet the write-ahead log's recovery lock.
sql() { sqlite3 -cmd ".timeout 10000" "$DB" "$@"; }

# set_up HELPER ARGS...: runs a helper that only sets a hub up (what the test
# is about comes after it) with the program itself, HUBDESK_BIN. A helper
# may call set_up again (a fixture built on another): HUBDESK comes back
# as it was before the outer one.
set_up() {
	if [ -n "${set_up_hubdesk+set}" ]; then
		"$@"
		return 0
	fi
	set_up_hubdesk=$HUBDESK
	HUBDESK=$HUBDESK_BIN
	"$@"
	HUBDESK=$set_up_hubdesk
	unset set_up_hubdesk
}

# fixture STEPS VAR...: set_up STEPS, a helper that builds a hub on $DB, run
# once a suite: the first test that asks runs it, and a copy of what it
# made ($DB, and $OUT and $ERR when it wrote them) is kept with what it left
# in VAR... and $RC; each later test gets a copy of those (one cp) instead
# of the same hubdesk commands run again. The copy is taken only where $DB
# is not made yet, with $DB, $OUT and $ERR in the test's own folder, under
# the same clock, locale, language, settings and binary as the first;
# otherwise STEPS runs as before. Each name of $DB keeps a hub of its own,
# so that a test with two hubs (hub.db and hub.db.2) still has two
# different hubs. STEPS may build on another fixture: what fixture needs
# after STEPS is in its arguments, which are its own.
# fixture --as-is STEPS VAR...: for steps that run $HUBDESK as the test's
# own commands do, not the program itself as set_up has it: under make
# valgrind (HUBDESK runs valgrind) they run in each test, under valgrind.
fixture() {
	if [ "$1" = --as-is ]; then
		shift
		if [ "$HUBDESK" != "$HUBDESK_BIN" ]; then
			"$1"
			return 0
		fi
	fi
	fixture_key "$1"
	set -- "$fx_key" "$fx" "$@" # the key, the folder, STEPS, VAR...
	if [ -z "${FIXTURES:-}" ] || [ "${DB%/*}" != "${TEST_HOME:-}" ] ||
	    [ "${OUT%/*}" != "$TEST_HOME" ] || [ "${ERR%/*}" != "$TEST_HOME" ] ||
	    [ -e "$DB" ] || [ -e "$DB-wal" ] || [ -e "$DB-shm" ] || [ -e "$DB-journal" ]; then
		set_up "$3"
		return 0
	fi
	if [ -f "$2/key" ] && IFS= read -r fx_was <"$2/key" && [ "$fx_was" = "$1" ]; then
		cp "$2"/made/* "$TEST_HOME/" || fail "cannot copy what $3 made"
		fx_vars=$2/vars
		shift 3
		{
			IFS= read -r RC
			# shellcheck disable=SC2229 # the variable named by $fx_v is read
			for fx_v; do IFS= read -r "$fx_v"; done
		} <"$fx_vars"
		return 0
	fi
	# The first time. $OUT and $ERR of the test so far wait aside, so that
	# what the steps write is told from what they leave as it was.
	fx_aside="$TEST_HOME/.aside-$3"
	if [ -e "$OUT" ] || [ -e "$ERR" ]; then
		mkdir -p "$fx_aside" || fail "cannot make $fx_aside"
		for fx_f in "$OUT" "$ERR"; do
			[ ! -e "$fx_f" ] || mv "$fx_f" "$fx_aside/" || fail "cannot set $fx_f aside"
		done
	fi
	set_up "$3"
	fx_aside="$TEST_HOME/.aside-$3"
	fx_made=${DB##*/}
	for fx_f in "$OUT" "$ERR"; do
		if [ -e "$fx_f" ]; then
			fx_made="$fx_made/${fx_f##*/}"
		elif [ -e "$fx_aside/${fx_f##*/}" ]; then
			mv "$fx_aside/${fx_f##*/}" "$fx_f" || fail "cannot bring $fx_f back"
		fi
	done
	[ ! -d "$fx_aside" ] || rm -rf "$fx_aside"
	# Kept only as one file (no write-ahead log beside it), when the steps
	# left the key as it was, and with values of one line each.
	[ -f "$DB" ] && [ ! -e "$DB-wal" ] && [ ! -e "$DB-shm" ] && [ ! -e "$DB-journal" ] || return 0
	fixture_key "$3"
	[ "$fx_key" = "$1" ] && [ "$fx" = "$2" ] || return 0
	shift 3
	fx_vals=${RC-}
	for fx_v; do
		fx_val=
		eval "fx_val=\${$fx_v-}"
		case $fx_val in *"
"*) return 0 ;; esac
		fx_vals="$fx_vals
$fx_val"
	done
	set -- # the files made, by their names in $fx_made
	while [ -n "$fx_made" ]; do
		set -- "$@" "$TEST_HOME/${fx_made%%/*}"
		case $fx_made in */*) fx_made=${fx_made#*/} ;; *) fx_made= ;; esac
	done
	rm -rf "$fx"
	mkdir -p "$fx/made" && cp "$@" "$fx/made/" && printf '%s\n' "$fx_vals" >"$fx/vars" &&
	    printf '%s\n' "$fx_key" >"$fx/key" || rm -rf "$fx"
	return 0
}

# fixture_key STEPS: in $fx the folder of the hub that STEPS builds on $DB,
# and in $fx_key what else must be the same for its copy to stand for it.
fixture_key() {
	fx="${FIXTURES:-}/$1.${DB##*/}"
	fx_key="$NOW|$LANG|$LC_ALL|${LC_NUMERIC-}|${LC_TIME-}|${LC_MESSAGES-}|$LANGUAGE|$TZ"
	fx_key="$fx_key|${HUBDESK_CONFIG-}|${HUBDESK_NOW-}|${HUBDESK_DB-}|${HUBDESK_PG-}"
	fx_key="$fx_key|$XDG_CONFIG_HOME|$XDG_DATA_HOME|$XDG_CONFIG_DIRS|$HUBDESK_BIN|${OUT##*/}|${ERR##*/}"
}

# A small hub: Mon-Fri 08:00-17:00, desks D01-D03 and room R1, two members
# whose codes are in $A and $B. The clock is Monday 2026-11-23 09:00.
NOW="2026-11-23 09:00"
small_hub() { fixture small_hub_steps A B; }
small_hub_steps() {
	expect 0 --now "$NOW" init --name "Testipiste" --municipality Kuortane
	for d in D01 D02 D03; do expect 0 --now "$NOW" space add $d; done
	expect 0 --now "$NOW" space add R1 --kind room --capacity 6
	expect 0 --now "$NOW" member add "Aino Äijälä" --municipality Kuortane --category remote-employee
	A=$(cat "$OUT")
	expect 0 --now "$NOW" member add "Ville Virtanen" --municipality Helsinki --category entrepreneur
	B=$(cat "$OUT")
}

# add_staff NAME PIN [--admin]: a staff member with that PIN, given on two
# lines of stdin as a script would, at the clock of $NOW.
add_staff() {
	"$HUBDESK_BIN" --db "$DB" --now "$NOW" staff add "$1" ${3:-} >/dev/null || fail "staff add $1"
	printf '%s\n%s\n' "$2" "$2" | "$HUBDESK_BIN" --db "$DB" --now "$NOW" staff pin "$1" >/dev/null ||
	    fail "staff pin $1"
}

run_tests() {
	suite=$(basename "$0" .sh)${HUBDESK_TEST_LOCALE:+@$HUBDESK_TEST_LOCALE}
	pass=0 failn=0
	# What the suite's tests share (fixture's hubs, or what a suite keeps
	# there itself), gone when they have run.
	FIXTURES=$(mktemp -d)
	for t in $(grep -oE '^test_[a-z0-9_]+' "$0"); do
		case "$t" in *"${1:-}"*) ;; *) continue ;; esac
		dir=$(mktemp -d)
		if (cd "$dir" && export HUBDESK_TEST="$suite.$t" && TEST_HOME=$dir && DB="$dir/hub.db" OUT="$dir/out" ERR="$dir/err" && $t) >"$dir/log" 2>&1; then
			pass=$((pass + 1))
			echo "  ok   $suite/$t"
		else
			failn=$((failn + 1))
			echo "  FAIL $suite/$t"
			sed 's/^/  /' "$dir/log"
		fi
		rm -rf "$dir"
	done
	rm -rf "$FIXTURES"
	echo "$suite: $pass passed, $failn failed"
}
