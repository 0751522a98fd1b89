#!/bin/sh
# One name for each municipality: typed in Finnish or Swedish in any case,
# kept as its official number, refused with the nearest names, named in the
# reader's language, and old databases' free text matched when they migrate.
. "$(dirname "$0")/../lib.sh"

# member_json CODE: the member's line of `member list --format json`.
member_json() {
	expect 0 member list --format json
	grep "\"code\": \"$1\"" "$OUT" >member.json || fail "no member $1 in the list"
	cat member.json
}

test_either_language_in_any_case_is_one_number() {
	small_hub
	for typed in Helsinki helsinki Helsingfors HELSINGFORS " helsingFORS " Hki; do
		expect 0 member add "Testi $typed" --municipality "$typed"
		c=$(cat "$OUT")
		assert_eq "$(sql "SELECT municipality_number FROM member WHERE code = '$c'")" 91 \
		    "the number of '$typed'"
		member_json "$c" | grep -q '"municipality": "Helsinki", "municipality_number": 91,' ||
		    fail "the JSON of '$typed': $(cat member.json)"
	done
	# Edit takes the other language too, and the CSV keeps the Finnish name.
	expect 0 member edit "$A" --municipality "Vasa"
	expect 0 member show "$A" --format csv
	out_has ",Vaasa,905,"
	expect 0 --lang sv member show "$A"
	out_has "^  kommun +Vasa$"
	expect 0 --lang fi member show "$A"
	out_has "^  kunta +Vaasa$"
}

test_unknown_name_is_refused_with_the_nearest() {
	small_hub
	expect_refused 2 member add "Eve" --municipality Helsinkki
	err_has "^hubdesk: 'Helsinkki' is not a municipality of Finland; did you mean Helsinki\\?$"
	expect_refused 2 member edit "$A" --municipality "Mariehman"
	err_has "did you mean Mariehamn\\?$"
	expect_refused 2 member add "Eve" --municipality "Stockholm"
	err_has "^hubdesk: 'Stockholm' is not a municipality of Finland; write its name in Finnish or Swedish, or abroad or unknown$"
	expect_refused 2 --lang fi member add "Eve" --municipality Helsinkki
	err_has "^hubdesk: 'Helsinkki' ei ole Suomen kunta; tarkoititko Helsinki\\?$"
	expect_refused 2 --lang sv member add "Eve" --municipality Stockholm
	err_has "^hubdesk: 'Stockholm' är inte en kommun i Finland"
	# A hub is in Finland: abroad or unknown is no hub's municipality.
	DB="$PWD/new.db" expect_refused 2 init --name X --municipality utlandet
	DB="$PWD/new.db" expect_refused 2 init --name X --municipality Kuortanne
	err_has "did you mean Kuortane\\?$"
	[ -e new.db ] && fail "a refused init left a file"
	return 0
}

test_abroad_and_unknown_in_three_languages() {
	small_hub
	for typed in abroad Ulkomaat UTLANDET; do
		expect 0 member add "Matkaaja" --municipality "$typed"
		c=$(cat "$OUT")
		member_json "$c" | grep -q '"municipality": "abroad", "municipality_number": 200,' ||
		    fail "the JSON of '$typed': $(cat member.json)"
	done
	for typed in unknown tuntematon okänd ""; do
		expect 0 member add "Joku" --municipality "$typed"
		c=$(cat "$OUT")
		member_json "$c" | grep -q '"municipality": null, "municipality_number": null,' ||
		    fail "the JSON of '$typed': $(cat member.json)"
	done
	expect 0 member edit "$B" --municipality ""
	assert_eq "$(sql "SELECT quote(municipality_number) FROM member WHERE code = '$B'")" NULL \
	    "a cleared municipality"
}

test_init_takes_the_swedish_name_and_keeps_the_finnish() {
	expect 0 --now "$NOW" init --name "Kontoret" --municipality helsingfors
	expect 0 hub --format json
	out_has '"municipality": "Helsinki"'
	assert_eq "$(sql "SELECT municipality_number FROM hub")" 91 "the hub's number"
	assert_eq "$(sql "SELECT json_extract(detail, '$.municipality') FROM audit
	    WHERE action = 'hub.add'")" Helsinki "the audit row's municipality"
}

# A hub in Helsinki whose members wrote its name in both languages: in
# October 2026 they and a member from Espoo and one from abroad each came once.
bilingual_month() {
	expect 0 --now "2026-10-01 09:00" init --name "Kontoret" --municipality Helsingfors
	expect 0 --now "2026-10-01 09:00" space add D01
	i=0
	for m in Helsinki HELSINGFORS helsingfors Esbo Espoo utlandet; do
		expect 0 --now "2026-10-01 09:00" member add "Jäsen $i" --municipality "$m"
		c=$(cat "$OUT")
		expect 0 --now "2026-10-05 09:0$i" checkin --member "$c"
		expect 0 --now "2026-10-05 09:3$i" checkout --member "$c"
		i=$((i + 1))
	done
}

test_from_elsewhere_compares_numbers() {
	bilingual_month
	expect 0 --now "2026-11-02 09:00" report --month 2026-10 --format json
	out_has '"from_elsewhere": 3,?$'
	out_has '"by_municipality": \{"Helsinki": 3, "Espoo": 2, "abroad": 1\}'
	out_has '"municipality": "Helsinki", "municipality_number": 91,'
}

test_reports_name_municipalities_in_their_language() {
	bilingual_month
	expect 0 --lang sv --now "2026-11-02 09:00" report --month 2026-10
	out_has "^Kontoret, Helsingfors: "
	out_has "^  Esbo  "
	out_has "^  utlandet  "
	out_lacks "Espoo"
	expect 0 --lang fi --now "2026-11-02 09:00" report --month 2026-10
	out_has "^  Espoo  "
	out_has "^  ulkomaat  "
	expect 0 --lang sv --now "2026-11-02 09:00" report --month 2026-10 --format html --output r.html
	grep -q '<td>Esbo</td><td>2</td>' r.html || fail "the HTML names Espoo in Finnish under --lang sv"
	# Machines read the Finnish name whatever the language.
	expect 0 --lang sv --now "2026-11-02 09:00" dump --month 2026-10 --output d.json
	grep -q '"municipality": "Helsinki", "municipality_number": 91' d.json ||
	    fail "the dump's hub: $(grep '"hub"' d.json)"
	expect 0 --lang sv rollup d.json --format json
	out_has '"municipality": "Helsinki", "municipality_number": 91'
}

# A database of schema level 9 with names typed as free text, made from the
# migrations of that level as the binary of then made it; opening it with
# this binary migrates it.
test_old_free_text_names_are_matched_when_migrating() {
	cat "$ROOT"/db/00[1-9]_*.sql | sqlite3 "$DB" || fail "could not build the old schema"
	sql "PRAGMA user_version = 9;
	    INSERT INTO hub (id, uuid, name, municipality, region, timezone, created_at)
	    VALUES (1, '00000000-0000-4000-8000-000000000001', 'Vanha', 'HELSINGFORS', NULL,
	        'Europe/Helsinki', 1790000000);
	    INSERT INTO opening_hours VALUES (0, 480, 1020);
	    INSERT INTO member (uuid, code, name, municipality, created_at) VALUES
	      ('00000000-0000-4000-8000-000000000011', 'AAAA3', 'Yksi', 'helsinki', 1790000000),
	      ('00000000-0000-4000-8000-000000000012', 'AAAA4', 'Kaksi', ' ÄHTÄRI ', 1790000000),
	      ('00000000-0000-4000-8000-000000000013', 'AAAA6', 'Kolme', 'Vasa', 1790000000),
	      ('00000000-0000-4000-8000-000000000014', 'AAAA7', 'Neljä', 'Ulkomaat', 1790000000),
	      ('00000000-0000-4000-8000-000000000015', 'AAAA9', 'Viisi', 'Kunta 5', 1790000000),
	      ('00000000-0000-4000-8000-000000000016', 'AAAAC', 'Kuusi', NULL, 1790000000);" ||
	    fail "could not fill the old database"
	audit_before=$(sql "SELECT count(*) FROM audit")
	expect 0 member list --format csv
	newest=$(ls "$ROOT"/db/[0-9][0-9][0-9]_*.sql | sed -n '$s|.*/0*\([0-9]*\)_.*|\1|p')
	assert_eq "$(sql "PRAGMA user_version")" "$newest" "the schema level (the newest)"
	assert_eq "$(sql "SELECT group_concat(code || '=' || coalesce(municipality_number, '-'), ' ')
	    FROM (SELECT * FROM member ORDER BY code)")" \
	    "AAAA3=91 AAAA4=989 AAAA6=905 AAAA7=200 AAAA9=- AAAAC=-" "the migrated numbers"
	assert_eq "$(sql "SELECT municipality_number FROM hub")" 91 "the hub's number"
	assert_eq "$(sql "SELECT count(*) FROM audit")" "$audit_before" "audit rows of the migration"
	out_has ",Ähtäri,989,"
	# Stock tools read it: the names by a plain join.
	assert_eq "$(sql "SELECT mu.name_sv || '/' || mu.region_sv FROM member AS m
	    JOIN municipality AS mu ON mu.number = m.municipality_number WHERE m.code = 'AAAA3'")" \
	    "Helsingfors/Nyland" "a join with the classification"
}

test_the_classification_cannot_be_changed_by_hand() {
	small_hub
	sql "UPDATE municipality SET name_fi = 'X' WHERE number = 300" 2>/dev/null &&
	    fail "a municipality was renamed"
	sql "UPDATE member SET municipality_number = 99 WHERE code = '$A'" 2>/dev/null &&
	    fail "a member was given a number no municipality has"
	assert_eq "$(sql "SELECT count(*) FROM municipality")" 309 "the municipalities"
}

run_tests "$@"
