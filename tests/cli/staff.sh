#!/bin/sh
# Staff members on the command line: added, listed, removed, their PINs set
# (never from the arguments), all of it the administrator's; the audit rows
# it leaves hold no PIN, hash or name.
. "$(dirname "$0")/../lib.sh"

test_add_list_pin_and_remove() {
	small_hub
	expect 0 --now "$NOW" staff add Kaisa --admin
	out_is "added Kaisa (administrator), no PIN yet: 'hubdesk staff pin Kaisa' sets it"
	expect 0 --now "$NOW" staff add "Äijä Ö"
	# The command it suggests works as typed, quoted for a name of two words.
	out_is "added Äijä Ö (staff), no PIN yet: 'hubdesk staff pin \"Äijä Ö\"' sets it"
	expect 0 --now "$NOW" staff list --format csv
	out_has '^name,role,pin,locked_until,uuid'
	out_has '^Kaisa,admin,not set,,[0-9a-f-]{36}'
	out_has '^Äijä Ö,staff,not set,,[0-9a-f-]{36}'
	printf '246802\n246802\n' >pin.in
	hd --now "$NOW" staff pin "äIJÄ ö" <pin.in
	[ "$RC" = 0 ] || fail "staff pin: exit $RC"
	expect 0 --now "$NOW" staff list --format csv
	out_has '^Äijä Ö,staff,set,,'
	assert_eq "$(sql "SELECT substr(pin_hash, 1, 3) FROM staff WHERE name = 'Äijä Ö'")" '$y$' "yescrypt"
	assert_eq "$(sql "SELECT count(*) FROM staff WHERE pin_hash LIKE '%246802%'")" 0 "PIN in the clear"
	expect 0 --now "$NOW" staff remove "äijä ö"
	expect 0 --now "$NOW" staff list --format csv
	out_lacks 'Äijä'
}

test_names_are_unique_whatever_their_case_and_validated() {
	small_hub
	expect 0 --now "$NOW" staff add "Äijä"
	expect_refused 1 --now "$NOW" staff add "äIJÄ"
	err_has "^hubdesk: a staff member is already named 'Äijä'; give another name$"
	expect_refused 2 --now "$NOW" staff add "$(printf 'Bad\033[2Jname')"
	expect_refused 2 --now "$NOW" staff add "  "
	# A name is folded as members' names are: a no-break space is a space,
	# and the name is found however its spaces are typed.
	expect 0 --now "$NOW" staff add "$(printf 'Kaisa\302\240Koski')"
	out_has "^added Kaisa Koski \\(staff\\)"
	printf '135792\n135792\n' >pin.in
	hd --now "$NOW" staff pin "Kaisa  Koski" <pin.in
	assert_eq "$RC" 0 "exit of staff pin with the spaces typed twice"
	expect_refused 1 --now "$NOW" staff remove Nobody
	err_has "^hubdesk: no staff member is named 'Nobody'; 'hubdesk staff list' shows them$"
}

test_a_pin_is_six_to_twelve_digits_given_twice_never_as_an_argument() {
	small_hub
	expect 0 --now "$NOW" staff add Kaisa --admin
	before=$(db_digest)
	for bad in 12345 1234567890123 12a456; do
		printf '%s\n%s\n' $bad $bad >pin.in
		hd --now "$NOW" staff pin Kaisa <pin.in
		assert_eq "$RC" 2 "exit of PIN $bad"
		err_has '^hubdesk: a staff PIN is 6 to 12 digits$'
	done
	printf '246802\n246803\n' >pin.in
	hd --now "$NOW" staff pin Kaisa <pin.in
	assert_eq "$RC" 2 "exit of two different PINs"
	err_has '^hubdesk: the PIN was not given the same twice'
	printf '246802\n' >pin.in
	hd --now "$NOW" staff pin Kaisa <pin.in
	assert_eq "$RC" 2 "exit of one line"
	[ "$(db_digest)" = "$before" ] || fail "a refused PIN changed the database"
	expect_refused 2 --now "$NOW" staff pin Kaisa 246802
	printf '246802\n246802\n' >pin.in
	hd --now "$NOW" staff pin Nobody <pin.in
	assert_eq "$RC" 1 "exit for an unknown name"
	[ "$(db_digest)" = "$before" ] || fail "a refused PIN changed the database"
}

test_the_audit_names_a_pin_change_without_the_hash_or_name() {
	small_hub
	add_staff Kaisa 246802 --admin
	uuid=$(sql "SELECT uuid FROM staff")
	assert_eq "$(sql "SELECT action || ' ' || role || ' ' || detail FROM audit WHERE subject = '$uuid' ORDER BY id")" \
	    "$(printf 'staff.add admin {"admin":1,"pin":0}\nstaff.change admin {"pin":"changed"}')" "audit rows"
	assert_eq "$(sql "SELECT count(*) FROM audit WHERE detail LIKE '%\$y\$%' OR detail LIKE '%Kaisa%'")" 0 "hash or name in the audit"
}

test_the_list_says_until_when_the_staff_screens_are_locked() {
	small_hub
	add_staff Kaisa 246802 --admin
	# 09:00:40 local, as a login's pause would leave it.
	sql "UPDATE staff_lockout SET paused_until = $(date -d '2026-11-23 07:00:40 UTC' +%s)"
	expect 0 --now "$NOW" staff list
	out_has '^Kaisa +admin +set +2026-11-23 09:00:40 '
	expect 0 --now "2026-11-23 09:01" staff list --format csv
	out_has '^Kaisa,admin,set,,'
}

test_only_the_owner_of_the_database_manages_staff_and_rules() {
	if [ "$(id -u)" != 0 ]; then
		echo "    skipped: not root, so the database cannot be given to another owner"
		return 0
	fi
	small_hub
	add_staff Kaisa 246802 --admin
	chown 65534 "$DB"
	for cmd in "staff add Ville" "staff remove Kaisa" "staff list" "rules set grace-minutes 20"; do
		# shellcheck disable=SC2086
		expect_refused 1 --now "$NOW" $cmd
		err_has "^hubdesk: only the hub's administrator may [a-z ]+; run the command as the owner of the database file$"
	done
	printf '111111\n111111\n' >pin.in
	hd --now "$NOW" staff pin Kaisa <pin.in
	assert_eq "$RC" 1 "exit of staff pin"
	err_has "^hubdesk: only the hub's administrator may set staff PINs;"
	# Staff still run the day.
	expect 0 --now "$NOW" checkin --member "$A"
}

test_staff_pin_of_before_is_gone() {
	small_hub
	expect_refused 2 --now "$NOW" staff-pin
}

run_tests "$@"
