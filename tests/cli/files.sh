#!/bin/sh
# Files hubdesk is given: a --db that is not a hub database is refused and
# left byte for byte as it was.
. "$(dirname "$0")/../lib.sh"

# state FILE: content, mode, size and modification time, and any -wal,
# -shm or -journal beside it.
state() {
	sha256sum <"$1"
	stat -c '%a %s %Y' "$1"
	ls -a "$(dirname "$1")" | grep -E -- '-(wal|shm|journal)$'
	return 0
}

# refused_one ARGS...: hubdesk exits $CODE with one line holding $MESSAGE
# and leaves $DB as $kept says.
refused_one() {
	hd "$@"
	[ "$RC" = "$CODE" ] || fail "hubdesk $*: exit $RC, expected $CODE"
	err_has "$MESSAGE"
	[ "$(wc -l <"$ERR")" -eq 1 ] || fail "hubdesk $*: more than one line on stderr"
	[ -s "$OUT" ] && fail "hubdesk $*: printed on stdout although refused"
	[ "$(state "$DB")" = "$kept" ] || fail "hubdesk $* changed $DB: $(state "$DB")"
	return 0
}

# refused_untouched: status, book, report, member add and the start without
# a command (not on a terminal here) are each refused_one.
refused_untouched() {
	touch -d "2026-01-02 03:04:05" "$DB"
	kept=$(state "$DB")
	refused_one status
	refused_one --now "$NOW" book --member AB3CD --space D01 --date 2026-11-24
	refused_one report --month 2026-10
	refused_one member add Eve
	refused_one </dev/null
}

test_an_empty_file_is_refused_untouched() {
	: >"$DB"
	chmod 0640 "$DB"
	CODE=3 MESSAGE="hub.db is empty, not a hub database; create one with 'hubdesk init" \
	    refused_untouched
	# init fills an empty file, as the man page says.
	expect 0 --now "$NOW" init --name "Testipiste" --municipality Kuortane
	expect 0 status
}

test_a_foreign_sqlite_database_is_refused_untouched() {
	sql "CREATE TABLE recipe (name TEXT); INSERT INTO recipe VALUES ('karjalanpiirakka')"
	CODE=3 MESSAGE="hub.db is an SQLite database but not a hubdesk one" refused_untouched
	expect_refused 3 --now "$NOW" init --name "Testipiste" --municipality Kuortane
	expect_refused 3 demo --months 1
	assert_eq "$(state "$DB")" "$kept" "the foreign database after init and demo"
	assert_eq "$(sql 'PRAGMA journal_mode')" delete "journal mode"
}

test_a_foreign_database_with_a_user_version_is_refused() {
	sql "CREATE TABLE notes (x); PRAGMA user_version = 3"
	CODE=3 MESSAGE="not a hubdesk one" refused_untouched
}

test_a_newer_schema_is_refused_untouched() {
	small_hub
	sql "PRAGMA user_version = 999"
	CODE=3 MESSAGE="written by a newer hubdesk \(schema 999" refused_untouched
}

# The man page's EXIT STATUS names the code of a missing database; the
# command line and the start without a command use that one.
test_a_missing_database_exits_with_the_man_pages_code() {
	code=$(awk '/^\.SH EXIT STATUS/ { s = 1 } s && /^\.B [0-9]/ { c = $2 }
	    s && /database is missing/ { print c; exit }' "$ROOT/docs/hubdesk.1")
	[ -n "$code" ] || fail "the man page's EXIT STATUS does not name a missing database"
	for cmd in status "member add Eve" "report --month 2026-10" ""; do
		expect_refused "$code" $cmd
		err_has "there is no hub database at .*hub.db"
		[ -e "$DB" ] && fail "hubdesk $cmd created $DB"
	done
	DB="$PWD/nowhere/hub.db" expect_refused "$code" status
	# The help says the same.
	"$HUBDESK" status --help | tr '\n' ' ' |
	    grep -q "$code storage error (the database is missing" || fail "the help disagrees"
	tr '\n' ' ' <"$ROOT/README.md" |
	    grep -q "$code storage error (the database is missing" || fail "the README disagrees"
	return 0
}

run_tests "$@"
