#!/bin/sh
# backup, restore and check: a consistent copy while kiosks write, restores
# refused or kept safe, and check naming what is wrong.
. "$(dirname "$0")/../lib.sh"

# writer I: adds members and checks each in, logging "<time> <code>" for
# every member whose add was acknowledged, and "<time> in <code>" for each
# acknowledged check-in, the time taken as soon as hubdesk returned.
writer() {
	n=0
	while [ ! -e stop ] && [ $n -lt 200 ]; do
		code=$("$HUBDESK" --db "$DB" --now "$NOW" member add "Writer $1 $n" 2>/dev/null) &&
		    echo "$(date +%s.%N) $code" >>"acks.$1"
		[ -n "$code" ] && "$HUBDESK" --db "$DB" --now "$NOW" checkin --member "$code" \
		    >/dev/null 2>&1 && echo "$(date +%s.%N) in $code" >>"acks.$1"
		n=$((n + 1))
	done
}

test_backup_under_load_holds_every_write_acknowledged_before_it() {
	small_hub
	for i in 1 2 3 4; do writer $i & done
	# Until some writes are acknowledged (slow under ASan), at most 30 s.
	i=0
	while [ "$(cat acks.* 2>/dev/null | wc -l)" -lt 6 ] && [ $i -lt 300 ]; do
		sleep 0.1
		i=$((i + 1))
	done
	began=$(date +%s.%N)
	expect 0 backup copy.db
	touch stop
	wait
	out_has "^backed up to copy.db \([0-9]+ bytes\): schema [0-9]+; [0-9]+ members"
	[ -e copy.db.tmp ] && fail "copy.db.tmp left behind"
	[ "$(stat -c %a copy.db)" = 600 ] || fail "copy.db is not private"
	awk -v t="$began" '$1 < t' acks.* >before
	[ -s before ] || fail "no write was acknowledged before the backup began"
	# Restored as the database of a new box, as after a loss.
	fresh=$DB
	DB=$PWD/fresh.db
	expect 0 restore copy.db
	out_has "^restored copy.db as the new database .*fresh.db: schema"
	sqlite3 "$DB" "SELECT code FROM member" | sort >members
	sqlite3 "$DB" "SELECT m.code FROM visit v JOIN member m ON m.id = v.member_id" | sort >visits
	missing=0
	while read -r t a b; do
		if [ "$a" = in ]; then grep -qx "$b" visits || missing=$((missing + 1))
		else grep -qx "$a" members || missing=$((missing + 1)); fi
	done <before
	assert_eq "$missing" 0 "writes acknowledged before the backup and missing from it"
	expect 0 check
	out_has "^healthy$"
	# The figures docs/reliability.md records, when asked for.
	[ -n "${BACKUP_FIGURES:-}" ] && echo "acknowledged before the backup: $(wc -l <before)," \
	    "in all: $(cat acks.* | wc -l); in the copy: $(wc -l <members) members," \
	    "$(wc -l <visits) visits" >>"$BACKUP_FIGURES"
	return 0
	DB=$fresh
}

test_backup_refuses_an_existing_file_the_database_and_a_missing_folder() {
	small_hub
	expect 0 backup copy.db
	expect_refused 2 backup copy.db
	err_has "copy.db exists; give a new file, or --force to replace it"
	expect 0 member add "Myöhemmin Tullut"
	expect 0 backup copy.db --force
	assert_eq "$(sqlite3 copy.db "SELECT count(*) FROM member")" 3 "members in the new copy"
	expect_refused 2 backup "$DB"
	err_has "is the hub database"
	expect_refused 2 backup "$DB-wal"
	# Through a symbolic or hard link to the database, its -wal and -shm
	# are still its own (a kiosk's live WAL would be overwritten).
	ln -s "$DB" link.db
	ln "$DB" hard.db
	for target in "$DB-shm" "$DB-wal" "$DB-journal"; do
		DB=$PWD/link.db expect_refused 2 backup "$target" --force
		err_has "is the hub database or one of its own files"
		DB=$PWD/hard.db expect_refused 2 backup "$target" --force
	done
	expect_refused 2 backup notes.txt-journal
	err_has "ends as SQLite names a database's own files"
	expect_refused 2 backup ""
	err_has "file name is empty"
	expect_refused 3 backup nowhere/copy.db
	err_has "its directory does not exist"
	[ -e nowhere ] && fail "made the folder"
	return 0
}

test_restore_refuses_what_is_not_a_whole_hubdesk_database() {
	small_hub
	expect 0 backup good.db
	echo "not a database at all" >garbage.db
	expect_refused 3 restore garbage.db
	err_has "garbage.db is not a hubdesk database; nothing was restored"
	sqlite3 other.db "CREATE TABLE t (x); INSERT INTO t VALUES (1)"
	expect_refused 3 restore other.db
	err_has "other.db is not a hubdesk database"
	cp good.db newer.db
	sqlite3 newer.db "PRAGMA user_version = 99"
	expect_refused 3 restore newer.db
	err_has "newer.db was written by a newer hubdesk \(schema 99"
	expect_refused 3 restore missing.db
	err_has "cannot read missing.db"
	expect_refused 2 restore "$DB"
	[ -e "$DB.before-restore" ] && fail "a refused restore kept a .before-restore"
	return 0
}

test_restore_keeps_the_database_before_it_and_migrates_an_older_one() {
	small_hub
	expect 0 backup old.db
	expect 0 member add "Vain Nyt"
	now=$(cat "$OUT")
	expect 0 restore old.db
	out_has "^restored old.db \(the database as it was is in .*hub.db.before-restore\)"
	assert_eq "$(sql "SELECT count(*) FROM member WHERE code = '$now'")" 0 "the later member"
	assert_eq "$(sqlite3 "$DB.before-restore" "SELECT count(*) FROM member WHERE code = '$now'")" \
	    1 "the later member in .before-restore"
	expect 0 member list
	out_has "Aino"
	# An older schema, made from the migrations up to level 9 as that
	# binary made it: migrated after the restore, as open does.
	cat "$ROOT"/db/00[1-9]_*.sql | sqlite3 older.db || fail "could not build the old schema"
	sqlite3 older.db "PRAGMA user_version = 9;
	    INSERT INTO hub (id, uuid, name, municipality, region, timezone, created_at)
	    VALUES (1, '00000000-0000-4000-8000-000000000001', 'Vanha', 'Helsinki', NULL,
	        'Europe/Helsinki', 1790000000);
	    INSERT INTO member (uuid, code, name, municipality, created_at) VALUES
	      ('00000000-0000-4000-8000-000000000011', 'AAAA3', 'Vanha Jäsen', 'Vasa', 1790000000);"
	expect 0 restore older.db
	assert_eq "$(sql "PRAGMA user_version")" "$(sqlite3 old.db "PRAGMA user_version")" "level"
	assert_eq "$(sql "SELECT code || ' ' || municipality_number FROM member")" "AAAA3 905" \
	    "the migrated member"
	expect 0 check
	out_has "^healthy$"
}

test_restore_onto_a_missing_database_makes_it_from_the_backup() {
	small_hub
	expect 0 backup nightly.db
	DB=$PWD/new/box/hub.db
	# What restore would refuse creates nothing.
	echo "not a database" >garbage.db
	expect_refused 3 restore garbage.db
	err_has "garbage.db is not a hubdesk database; nothing was restored"
	expect_refused 3 restore nowhere.db
	[ -e "$DB" ] || [ -e new ] && fail "a refused restore left $(find new | tr '\n' ' ')"
	expect 0 restore nightly.db
	out_has "^restored nightly.db as the new database .*new/box/hub.db: schema [0-9]+; 2 members"
	[ "$(stat -c %a "$DB")" = 600 ] || fail "the new database is not private"
	[ "$(stat -c %a new/box)" = 700 ] || fail "its new folder is not private"
	[ -e "$DB.before-restore" ] && fail "a new database has nothing to keep"
	expect 0 --now "$NOW" book --member "$A" --space D01 --date 2026-11-24 --from 09:00 --to 10:00
	expect 0 check
	out_has "^healthy$"
}

test_restore_puts_a_backup_in_place_of_a_damaged_database() {
	small_hub
	expect 0 backup good.db
	for damage in empty header page; do
		cp good.db "$DB"
		rm -f "$DB-wal" "$DB-shm" "$DB.before-restore"*
		case $damage in
		empty) : >"$DB" ;;
		header) printf 'not an SQLite header at all' | dd of="$DB" conv=notrunc 2>/dev/null ;;
		page) dd if=/dev/zero of="$DB" bs=4096 seek=2 count=3 conv=notrunc 2>/dev/null ;;
		esac
		expect 3 member list
		cp "$DB" damaged.db
		expect 0 restore good.db
		out_has "^restored good.db \(the damaged database is kept as .*hub.db.before-restore\)"
		cmp -s "$DB.before-restore" damaged.db || fail "$damage: .before-restore is not the damaged file"
		expect 0 member list
		out_has "Aino"
		expect 0 check
		out_has "^healthy$"
	done
	# Another program's sound database is not damage: refused, kept.
	rm -f "$DB" "$DB-wal" "$DB-shm" "$DB.before-restore"*
	sqlite3 "$DB" "CREATE TABLE t (x); INSERT INTO t VALUES (1)"
	expect_refused 3 restore good.db
	err_has "not a hubdesk one"
	[ -e "$DB.before-restore" ] && fail "moved another program's database aside"
	return 0
}

test_a_restore_that_fails_changes_nothing_and_leaves_nothing() {
	small_hub
	expect 0 backup good.db
	expect 0 restore good.db
	cp "$DB.before-restore" earlier.db
	# Labelled a level older than it is: its migration fails, which is
	# found on a copy before the database or .before-restore is touched.
	cp good.db forged.db
	sqlite3 forged.db "PRAGMA user_version = $(($(sql "PRAGMA user_version") - 1))"
	expect_refused 3 restore forged.db
	err_has "forged.db cannot be opened as a hub database \(.*\); nothing was restored"
	cmp -s "$DB.before-restore" earlier.db || fail "a failed restore replaced .before-restore"
	ls -a | grep -q 'tmp-' && fail "left $(ls -a | grep 'tmp-')"
	# Nor on a new box: no database, and no folder made for it.
	DB=$PWD/new/box/hub.db expect_refused 3 restore forged.db
	[ -e new ] && fail "a failed restore left new/"
	# A backup this user may not read says so (root reads anything).
	if [ "$(id -u)" = 0 ] && command -v setpriv >/dev/null; then
		chmod 600 good.db
		chmod 777 .
		# A copy of the program that user may run wherever the build is
		# (under make valgrind, $HUBDESK is a script in a private folder).
		cp "$HUBDESK_BIN" ./hubdesk-copy
		chmod 755 ./hubdesk-copy
		HOME=$PWD XDG_CONFIG_HOME=$PWD XDG_CONFIG_DIRS=$PWD setpriv --reuid=65534 \
		    --regid=65534 --clear-groups ./hubdesk-copy --db "$PWD/other.db" restore good.db \
		    >"$OUT" 2>"$ERR"
		err_has "cannot read good.db: Permission denied; give the path of a backup file"
	fi
	return 0
}

test_two_backups_and_two_restores_at_once_all_succeed() {
	small_hub
	expect 0 backup good.db
	for round in 1 2 3; do
		"$HUBDESK" --db "$DB" backup same.db --force >out.1 2>err.1 &
		"$HUBDESK" --db "$DB" backup same.db --force >out.2 2>err.2 &
		wait
		cat err.1 err.2 >"$ERR"
		[ -s "$ERR" ] && fail "two backups to one name at once: $(cat "$ERR")"
		"$HUBDESK" --db "$DB" restore good.db >out.1 2>err.1 &
		"$HUBDESK" --db "$DB" restore same.db >out.2 2>err.2 &
		wait
		cat err.1 err.2 >"$ERR"
		[ -s "$ERR" ] && fail "two restores at once: $(cat "$ERR")"
	done
	ls -a | grep -q 'tmp-' && fail "left $(ls -a | grep 'tmp-')"
	expect 0 check
	out_has "^healthy$"
}

test_check_names_an_overlap_and_open_visits() {
	small_hub
	expect 0 --now "$NOW" book --member "$A" --space D01 --date 2026-11-24 --from 09:00 --to 12:00
	expect 0 --now "$NOW" check
	out_has "^integrity: ok$"
	out_has "^2 members, 4 spaces, 1 bookings"
	out_is "$(cat "$OUT")" # one verdict, below
	out_has "^healthy$"
	sql "DROP TRIGGER booking_no_overlap_insert; DROP TRIGGER booking_no_overlap_hold_insert;
	    INSERT INTO booking (uuid, space_id, member_id, starts_at, ends_at, status, created_at)
	    SELECT '00000000-0000-4000-8000-000000000001', space_id, member_id, starts_at + 3600,
	    ends_at + 3600, 'booked', created_at FROM booking"
	expect 3 --now "$NOW" check
	out_has "^finding: the bookings .* and 00000000-0000-4000-8000-000000000001 .* of D01 overlap$"
	out_has "^not healthy: 1 finding$"
	expect 3 --now "$NOW" check --format json
	out_has '"item": "verdict", "value": "not healthy"'
}

test_check_sees_open_visits_as_the_lifecycle_does() {
	small_hub
	expect 0 --now "$NOW" checkin --member "$A"
	expect 0 --now "$NOW" check
	out_lacks "note:"
	# The next day, before any change: read as closed at 17:00, a note.
	expect 0 --now "2026-11-24 08:30" check
	out_has "^note: the visit .* of $A, open since .*, reads as closed at 2026-11-23 17:00"
	out_has "^healthy$"
	# A visit that begins after now cannot have happened.
	expect 3 --now "2026-11-23 08:00" check
	out_has "^finding: the open visit .* of $A begins at 2026-11-23 09:00, after now$"
	sql "DROP INDEX visit_member_open; DROP TRIGGER visit_member_no_overlap_insert;
	    INSERT INTO visit (uuid, is_guest, member_id, checked_in_at)
	    SELECT '00000000-0000-4000-8000-000000000002', 0, member_id, checked_in_at - 60
	    FROM visit"
	expect 3 --now "$NOW" check
	out_has "^finding: the member $A has 2 open visits$"
}

test_check_finds_a_damaged_page() {
	small_hub
	for i in $(seq 1 40); do echo "Jäsen $i,"; done >names.csv
	sed -i '1i name,email' names.csv
	expect 0 member import names.csv
	sql "PRAGMA wal_checkpoint(TRUNCATE)" >/dev/null
	pages=$(sql "PRAGMA page_count")
	root=$(sql "SELECT rootpage FROM sqlite_schema WHERE name = 'member'")
	# The member table's root page overwritten with garbage.
	dd if=/dev/urandom of="$DB" bs=4096 seek=$((root - 1)) count=1 conv=notrunc 2>/dev/null
	[ "$pages" -gt "$root" ] || fail "the member table is the last page"
	hd check
	[ "$RC" = 3 ] || fail "check on a damaged file: exit $RC, expected 3"
	if [ -s "$OUT" ]; then
		out_has "^(finding: )?damage|^not healthy"
	else
		err_has "^hubdesk: "
	fi
	# The damaged file as a backup: refused by a healthy hub.
	cp "$DB" damaged.db
	DB=$PWD/fresh.db
	expect 0 --now "$NOW" init --name "Uusi" --municipality Kuortane
	expect_refused 3 restore damaged.db
	err_has "damaged.db is damaged \(.*\); nothing was restored"
	cat "$OUT" >&2
}

run_tests "$@"
