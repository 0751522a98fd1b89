#!/bin/sh
# member import: members from a spreadsheet's CSV in either flavour, all or
# none, every bad row named by its line.
. "$(dirname "$0")/../lib.sh"

PY=/usr/bin/python3

hub() {
	expect 0 --now "2026-09-30 12:00" init --name "Piste" --municipality Inari
}

# members: the members as name|email|municipality|organisation|category.
members() {
	sql "SELECT name || '|' || ifnull(email, '') || '|' || ifnull((SELECT name_fi FROM
	    municipality WHERE number = member.municipality_number), '') || '|' ||
	    ifnull(organisation, '') || '|' || category FROM member ORDER BY name"
}

test_csv_with_english_headers() {
	hub
	printf 'name,email,municipality,organisation,category\nAino Äijälä,aino@x.fi,Inari,"Oy, Ab",student\nBo,,,,\n' >m.csv
	expect 0 member import m.csv
	assert_eq "$(members)" "Aino Äijälä|aino@x.fi|Inari|Oy, Ab|student
Bo||||other"
	# The codes for a mail-merge, as CSV: the members' own.
	assert_eq "$(head -1 "$OUT")" "$(printf 'name,email,code\r')"
	code=$(sql "SELECT code FROM member WHERE name = 'Bo'")
	grep -q "^Bo,,$code" "$OUT" || fail "no code of Bo in the output"
	err_has '^added 2 members$'
}

test_csv_fi_with_finnish_headers_bom_and_guarded_codes() {
	hub
	printf '\357\273\277Nimi;Sähköposti;Kotikunta;Organisaatio;Ryhmä\r\nMáret Áilu;m@x.fi;Inari;="9E7";entrepreneur\r\n"Đ; Ž";;;="00123";\r\n' >m.csv
	expect 0 member import m.csv --format csv-fi
	assert_eq "$(members)" "Máret Áilu|m@x.fi|Inari|9E7|entrepreneur
Đ; Ž|||00123|other"
	# Read back as csv-fi: BOM, semicolons, CRLF, the name quoted.
	head -c 3 "$OUT" | od -An -tx1 | grep -q 'ef bb bf' || fail "no BOM"
	grep -q '^"Đ; Ž";;' "$OUT" || fail "csv-fi output lacks the quoted name"
}

test_swedish_headers_in_another_order() {
	hub
	printf 'E-post,NAMN,hemkommun,kategori\nb@x.fi,Björn,Inari,remote-employee\n' >m.csv
	expect 0 member import m.csv
	assert_eq "$(members)" "Björn|b@x.fi|Inari||remote-employee"
}

test_every_bad_row_is_named_and_nothing_is_added() {
	hub
	expect 0 member add "Old" --email old@x.fi
	printf 'name;email;category\nGood;g@x.fi;\n;nobody@x.fi;\nBad;b@x.fi;wizard\nOld;OLD@x.fi;\nTwin;t@x.fi;\ntwin;T@X.FI;\n"Multi\nline";m@x.fi;boss\n' >m.csv
	before=$(db_digest)
	expect 2 member import m.csv
	[ "$(db_digest)" = "$before" ] || fail "a refused import changed the database"
	[ -s "$OUT" ] && fail "printed codes although nothing was added"
	err_has '^hubdesk: line 3: '
	err_has '^hubdesk: line 4: .*wizard'
	err_has '^hubdesk: line 5: .*already exists \(code '
	err_has '^hubdesk: line 7: the same name and email as line 6'
	# A quoted field over two lines: the row is named by its first.
	err_has '^hubdesk: line 8: '
	err_has '^hubdesk: 5 bad rows; nothing was imported'
	[ "$(grep -c '^hubdesk: line 2:' "$ERR")" = 0 ] || fail "a good row was named"
}

test_dry_run_checks_and_writes_nothing() {
	hub
	printf 'name\nA\nB\n' >m.csv
	before=$(db_digest)
	expect 0 member import m.csv --dry-run
	[ "$(db_digest)" = "$before" ] || fail "a dry run changed the database"
	err_has '^2 members would be added; nothing was written$'
	printf 'name,category\nA,wizard\n' >bad.csv
	expect 2 member import bad.csv --dry-run
	err_has '^hubdesk: line 2: '
}

test_empty_file_header_only_and_bad_headers() {
	hub
	: >empty.csv
	expect_refused 2 member import empty.csv
	err_has 'empty; its first line names the columns name, email'
	printf '\357\273\277nimi;email\r\n' >head.csv
	expect 0 member import head.csv
	assert_eq "$(sql 'SELECT count(*) FROM member')" 0
	err_has '^added 0 members$'
	printf 'name,shoe size\nA,42\n' >bad.csv
	expect_refused 2 member import bad.csv
	err_has "line 1: 'shoe size' is not a column"
	printf 'email,org\n' >bad.csv
	expect_refused 2 member import bad.csv
	printf 'name,nimi\nA,B\n' >bad.csv
	expect_refused 2 member import bad.csv
	err_has "twice"
	printf 'name\n"A\n' >bad.csv
	expect_refused 2 member import bad.csv
	err_has 'line 2: a quote opened here is never closed'
	expect_refused 3 member import missing.csv
	expect_refused 2 member import .
	printf 'name,email\nA,a@x\nB,b@x,extra\n' >bad.csv
	expect 2 member import bad.csv
	err_has '^hubdesk: line 3: 3 fields, but the first line names 2 columns'
}

test_ten_thousand_rows_in_a_few_seconds() {
	hub
	$PY -c '
import sys
sys.stdout.write("\ufeffnimi;sähköposti;organisaatio\r\n")
for i in range(10000):
    sys.stdout.write("Jäsen %d;j%d@x.fi;=\"%05d\"\r\n" % (i, i, i))' >big.csv
	# Its processor time, which other builds on the machine do not stretch
	# as they do the wall clock's.
	took=$($PY -c '
import resource, subprocess, sys
with open(sys.argv[1], "w") as out, open(sys.argv[2], "w") as err:
    rc = subprocess.call(sys.argv[3:], stdout=out, stderr=err)
u = resource.getrusage(resource.RUSAGE_CHILDREN)
print("%d %.1f" % (rc, u.ru_utime + u.ru_stime))' "$OUT" "$ERR" "$HUBDESK" --db "$DB" member import big.csv)
	assert_eq "${took% *}" 0 "the exit status"
	# The sanitizers' build runs every instruction several times slower.
	limit=$((8 * SLOW))
	ldd "$HUBDESK_BIN" 2>/dev/null | grep -q libasan && limit=40
	awk -v t="${took#* }" -v l="$limit" 'BEGIN { exit !(t <= l) }' ||
	    fail "10,000 rows took ${took#* }s of processor time"
	assert_eq "$(sql 'SELECT count(DISTINCT code) FROM member')" 10000
	assert_eq "$(sql "SELECT organisation FROM member WHERE name = 'Jäsen 42'")" 00042
	assert_eq "$(wc -l <"$OUT")" 10001
}

test_a_member_list_in_csv_fi_imports_into_another_hub() {
	hub
	expect 0 member add "Áilu Ŋ" --email a@x.fi --organisation 1E3 --category student
	expect 0 member list --format csv-fi
	cp "$OUT" list.csv
	DB=$PWD/other.db
	hub
	expect 0 member import list.csv
	assert_eq "$(members)" "Áilu Ŋ|a@x.fi||1E3|student"
}

test_a_nul_byte_refuses_the_file() {
	hub
	printf 'name,email\nAa\0Bb,x@example.fi\n' >nul.csv
	expect_refused 2 member import nul.csv
	err_has "NUL byte on line 2"
}

# member add only warns about a second "Liisa Testi, liisa@example.fi":
# such a pair in the hub is no row of the file, and blocks no import.
test_members_alike_already_do_not_block_an_import() {
	hub
	expect 0 member add "Liisa Testi" --email liisa@example.fi
	expect 0 member add "Liisa Testi" --email liisa@example.fi
	printf 'name,email\nZyx Qwerty,\nLiisa Testi,liisa@example.fi\n' >m.csv
	before=$(db_digest)
	expect 2 member import m.csv
	err_has "^hubdesk: line 3: a member with this name and email already exists"
	assert_eq "$(db_digest)" "$before" "the database"
	[ "$(grep -c 'line 0' "$ERR")" = 0 ] || fail "a line 0 was named"
	printf 'name\nZyx Qwerty\n' >one.csv
	expect 0 member import one.csv
	assert_eq "$(sql "SELECT count(*) FROM member")" 3 "members"
}

run_tests "$@"
