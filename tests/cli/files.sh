#!/bin/sh
# Files hubdesk is given or writes: a --db that is not a hub database is
# refused and left byte for byte as it was; --output is written whole
# through a temporary file and a rename, never through a planted link.
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

# A refused command changes nothing of what it was asked to do; the one
# write that may come first is the sweep recording what the clock has
# already decided (here a no-show), and the man page and README say so.
test_a_refused_command_records_only_what_the_clock_decided() {
	small_hub
	expect 0 --now "$NOW" book --member "$A" --space D01 --date 2026-11-24 --from 09:00 --to 12:00
	expect 0 --now "$NOW" book --member "$B" --space D02 --date 2026-11-24 --from 11:00 --to 12:00
	sql .dump >before
	hd --now "2026-11-24 10:00" book --member "$A" --space D02 --date 2026-11-24 --from 11:00 --to 12:00
	assert_eq "$RC" 1 "exit status of the refused booking"
	sql .dump >after
	diff before after | grep '^[<>]' | grep -v 'INTO audit' |
	    sed 's/,[0-9]*,NULL,NULL,NULL,NULL);$//' >changed
	assert_eq "$(cut -c1-24 changed | sort -u)" "< INSERT INTO booking VA
> INSERT INTO booking VA" "what changed"
	grep -q "^> .*'no-show'$" changed || fail "the sweep did not record the no-show: $(cat changed)"
	assert_eq "$(wc -l <changed)" 2 "lines changed"
	# The audit log holds the sweep's change, in the clock's name, and
	# nothing of the refused booking.
	diff before after | grep '^> INSERT INTO audit VALUES' >audited || true
	assert_eq "$(wc -l <audited)" 1 "audit rows added"
	grep -q "'clock',NULL,'booking.change'" audited || fail "not the clock's no-show: $(cat audited)"
	for doc in "$ROOT/README.md" "$ROOT/docs/hubdesk.1"; do
		flat=$(sed 's/\\f[BIRP]//g' "$doc" | tr '\n' ' ')
		case "$flat" in *"leaves the database unchanged"*)
			fail "$doc says a refused command leaves the database unchanged" ;;
		esac
		case "$flat" in *"changes nothing of what it was asked to do; the only write"*"sweep"*) ;;
		*) fail "$doc does not say what a refused command may write" ;;
		esac
	done
}

# A month of figures to write: the hub opened in November, dumped in December.
month_hub() { fixture --as-is month_hub_steps A B WHEN; } # built once a suite and copied
month_hub_steps() {
	small_hub
	expect 0 --now "2026-11-23 10:00" checkin --member "$A"
	expect 0 --now "2026-11-23 12:00" checkout --member "$A"
	WHEN="2026-12-02 09:00"
}

test_output_replaces_the_file_through_a_rename() {
	month_hub
	echo "old report" >r.txt
	ln r.txt old.txt # a second name of the old file keeps what it held
	expect 0 --now "$WHEN" report --month 2026-11 --output r.txt
	assert_eq "$(cat old.txt)" "old report" "the old file's other name"
	grep -q 'Testipiste' r.txt || fail "r.txt is not the report"
	[ "$(stat -c %i r.txt)" != "$(stat -c %i old.txt)" ] || fail "r.txt was written in place"
	assert_eq "$(ls -A | grep -c '^\.r\.txt\.')" 0 "temporary files left"
}

test_output_refuses_what_is_not_a_regular_file() {
	month_hub
	mkdir dir.html
	mkfifo fifo.csv
	echo "precious" >target.txt
	ln -s target.txt link.txt
	for out in dir.html fifo.csv /dev/null link.txt; do
		expect_refused 2 --now "$WHEN" report --month 2026-11 --output "$out"
		err_has "^hubdesk: --output $out is a (directory|FIFO|device|symbolic link); give"
		expect_refused 2 --now "$WHEN" dump --month 2026-11 --output "$out"
		expect_refused 2 rollup none.json --format json --output "$out"
	done
	assert_eq "$(cat target.txt)" "precious" "the symbolic link's target"
	[ -L link.txt ] || fail "the symbolic link was replaced"
	[ -p fifo.csv ] || fail "the FIFO was replaced"
	[ -z "$(ls -A dir.html)" ] || fail "something was written into the directory"
	assert_eq "$(ls -A | grep -c '^\.')" 0 "temporary files left"
	# The database itself is no place for a dump.
	expect_refused 2 --now "$WHEN" dump --month 2026-11 --output "$DB"
	err_has 'is the hub database'
}

test_temporary_names_planted_beforehand_are_not_followed() {
	month_hub
	echo "precious" >target
	# Links at names the temporary file could take, the process id being
	# known to whoever starts it: mkstemp's O_EXCL never opens them.
	DB=$DB WHEN=$WHEN sh -c 'for n in "d.json.tmp$$" ".d.json.tmp$$" ".d.json.$$"; do
		ln -s target "$n"; done
	    exec "$HUBDESK" --db "$DB" --now "$WHEN" dump --month 2026-11 --output d.json' \
	    >"$OUT" 2>"$ERR" || fail "the dump failed"
	assert_eq "$(cat target)" "precious" "the planted link's target"
	grep -q '"format": "hubdesk-dump"' d.json || fail "d.json is not the dump"
	[ -L d.json ] && fail "d.json is a link"
	return 0
}

test_a_dump_is_private_and_a_report_follows_the_umask() {
	month_hub
	umask 022
	echo old >d.json
	chmod 0644 d.json
	expect 0 --now "$WHEN" dump --month 2026-11 --output d.json
	assert_eq "$(stat -c %a d.json)" 600 "mode of the dump"
	expect 0 --now "$WHEN" dump --month 2026-11 --output new.json
	assert_eq "$(stat -c %a new.json)" 600 "mode of a new dump"
	expect 0 --now "$WHEN" report --month 2026-11 --output r.html
	assert_eq "$(stat -c %a r.html)" 644 "mode of the report"
	umask 077
	expect 0 --now "$WHEN" report --month 2026-11 --output r2.html
	assert_eq "$(stat -c %a r2.html)" 600 "mode of the report under umask 077"
}

# A write that fails half-way (here at the file size limit, which the
# roll-up meets first: it needs no database) leaves the old file as it was
# and no temporary file.
test_a_failed_write_leaves_the_old_file_and_no_temporary() {
	month_hub
	expect 0 --now "$WHEN" dump --month 2026-11 --output d.json
	echo "last month's roll-up" >net.html
	(trap '' XFSZ; ulimit -f 1; hd rollup d.json --output net.html; echo "$RC" >rc)
	assert_eq "$(cat rc)" 3 "exit status of the failed write"
	err_has '^hubdesk: cannot write net.html: .*; the file is left as it was$'
	assert_eq "$(cat net.html)" "last month's roll-up" "the old roll-up"
	assert_eq "$(ls -A | grep -c '^\.net\.html\.')" 0 "temporary files left"
	expect_refused 3 --now "$WHEN" report --month 2026-11 --output nodir/r.html
	err_has 'cannot write nodir/r.html'
}

test_output_format_follows_the_extension() {
	month_hub
	expect 0 --now "$WHEN" report --month 2026-11 --output r.html
	grep -q '^<!DOCTYPE html>' r.html || fail "r.html is not HTML"
	expect 0 --now "$WHEN" report --month 2026-11 --output r.JSON
	head -c 1 r.JSON | grep -q '{' || fail "r.JSON is not JSON"
	expect 0 --now "$WHEN" report --month 2026-11 --output r.csv
	assert_eq "$(sed -n 2p r.csv | tr -d '\r')" "hub,$(sql 'SELECT uuid FROM hub')" "r.csv's second line"
	expect 0 --now "$WHEN" report --month 2026-11 --output r.txt
	grep -q '^Testipiste' r.txt || fail "r.txt is not text"
	# --format wins over the extension.
	expect 0 --now "$WHEN" report --month 2026-11 --format json --output r2.txt
	head -c 1 r2.txt | grep -q '{' || fail "--format json --output r2.txt is not JSON"
	expect 0 --now "$WHEN" dump --month 2026-11 --output d.json
	expect 0 rollup d.json --output net.csv
	head -n 1 net.csv | grep -q '^hub,name,month,' || fail "net.csv is not CSV"
	for out in r.pdf report r.; do
		expect_refused 2 --now "$WHEN" report --month 2026-11 --output "$out"
		err_has "cannot tell the format of --output $out; name it .html, .csv, .json or .txt, or give --format"
		[ -e "$out" ] && fail "$out was written"
	done
	expect_refused 2 rollup d.json --output net.xlsx
	err_has '\.html, \.csv, \.json or \.txt'
}

# A dump is JSON, so a name that says otherwise is refused before the
# month is even read; .json in any case is taken.
test_a_dump_is_named_json() {
	month_hub
	for out in d.html d.txt d.csv2 d.dump dump; do
		expect_refused 2 --now "$WHEN" dump --month 2026-11 --output "$out"
		err_has "^hubdesk: a dump is JSON; name --output $out with \.json at the end"
		[ -e "$out" ] && fail "$out was written"
	done
	expect 0 --now "$WHEN" dump --month 2026-11 --output d.JSON
	grep -q '"format": "hubdesk-dump"' d.JSON || fail "d.JSON is not the dump"
	assert_eq "$(ls -A | grep -c '^\.')" 0 "temporary files left"
}

# The database's -wal, -shm and -journal hold committed data too: no
# --output may be one of them (or the database), by any name, whether it
# exists now or SQLite makes it later.
test_output_refuses_the_database_and_its_companions() {
	month_hub
	mkdir sub
	ln -s . here
	ln "$DB" copy.json
	for out in hub.db-wal ./hub.db-shm sub/../hub.db-journal here/hub.db-wal "$PWD/here/hub.db" \
	    copy.json; do
		expect_refused 2 --now "$WHEN" report --month 2026-11 --format json --output "$out"
		err_has "^hubdesk: --output .* is the hub database or one of its own files"
		[ -e hub.db-journal ] && fail "--output $out wrote the journal's name"
	done
	expect_refused 2 rollup none.json --format json --output here/hub.db-shm
	# A kiosk holds the database open, so its WAL and shared memory exist.
	# It ends when its input, the FIFO, is closed.
	mkfifo kiosk
	sqlite3 "$DB" <kiosk >/dev/null &
	exec 3>kiosk
	printf 'BEGIN;\nSELECT count(*) FROM member;\n' >&3
	for _ in 1 2 3 4 5 6 7 8 9 10; do [ -e hub.db-wal ] && break; sleep 0.1; done
	[ -e hub.db-wal ] || fail "no WAL while the database is open"
	wal=$(sha256sum <hub.db-wal)
	ln hub.db-wal wal.json
	for out in hub.db-wal here/hub.db-shm wal.json; do
		expect_refused 2 --now "$WHEN" report --month 2026-11 --format json --output "$out"
	done
	assert_eq "$(sha256sum <hub.db-wal)" "$wal" "the WAL"
	assert_eq "$(stat -c %i hub.db-wal)" "$(stat -c %i wal.json)" "the WAL's inode"
	exec 3>&-
	wait
	# A file that merely starts like the database's name is a file like any.
	expect 0 --now "$WHEN" report --month 2026-11 --format json --output hub.db-walnut
	return 0
}

test_rollup_output_is_none_of_its_dumps() {
	month_hub
	expect 0 --now "$WHEN" dump --month 2026-11 --output a.json
	ln a.json b.json
	kept=$(sha256sum <a.json)
	for out in a.json ./a.json b.json; do
		expect_refused 2 rollup a.json --format json --output "$out"
		err_has "^hubdesk: --output $out is one of the dumps to add up; give another file"
	done
	assert_eq "$(sha256sum <a.json)" "$kept" "the dump"
	expect 0 rollup a.json --output net.json
}

# A dump that cannot be read is a storage error (exit 3) naming the file
# and why; a folder with no dump in it is refused (exit 2).
test_rollup_unreadable_input_is_a_storage_error() {
	code=$(awk '/^\.SH EXIT STATUS/ { s = 1 } s && /^\.B [0-9]/ { c = $2 }
	    s && /^\.B rollup/ { print c; exit }' "$ROOT/docs/hubdesk.1")
	assert_eq "$code" 3 "the man page's exit status of a dump rollup cannot read"
	tr '\n' ' ' <"$ROOT/README.md" | grep -q '3 storage error ([^)]*a dump given to `rollup`, could not be read' ||
		fail "the README's exit status line does not say so"
	month_hub
	expect 0 --now "$WHEN" dump --month 2026-11 --output a.json
	expect_refused 3 rollup a.json nonexist.json
	err_has '^hubdesk: cannot read nonexist.json: No such file or directory$'
	mkdir dumps
	expect_refused 2 rollup dumps
	err_has '^hubdesk: no dump to add up: the folders given hold no FILE.json$'
	mkdir dumps/locked
	cp a.json dumps/locked/
	chmod 0000 dumps/locked
	if [ -r dumps/locked ]; then
		echo "    skipped the unreadable folder: running as root reads it anyway"
	else
		expect_refused 3 rollup dumps
		err_has '^hubdesk: cannot read dumps/locked: Permission denied$'
	fi
	chmod 0700 dumps/locked
	cp a.json locked.json
	chmod 0000 locked.json
	if [ -r locked.json ]; then
		echo "    skipped the unreadable file: running as root reads it anyway"
	else
		expect_refused 3 rollup locked.json
		err_has '^hubdesk: cannot read locked.json: Permission denied$'
	fi
	expect_refused 3 rollup a.json --output net.json nodir/x.json
	[ -e net.json ] && fail "net.json was written"
	return 0
}

run_tests "$@"
