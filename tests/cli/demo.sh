#!/bin/sh
# The demo hub: realistic, rule-abiding, the same for the same seed.
. "$(dirname "$0")/../lib.sh"

DEMO_NOW="2026-11-23 12:00"

test_demo_is_deterministic_for_a_seed_but_has_its_own_uuids() {
	expect 0 --now "$DEMO_NOW" demo --months 2 --seed 5
	out_has "^demo hub 'Kuortaneen etätyöpiste' in .*: 26 spaces, 150 members, [0-9]+ bookings"
	first=$(cat "$OUT")
	expect 0 member list --format csv
	cut -d, -f1-6 "$OUT" >members.1
	expect 0 hub --format csv
	hub1=$(tail -1 "$OUT" | cut -d, -f1)
	DB=$DB.2 expect 0 --now "$DEMO_NOW" demo --months 2 --seed 5
	assert_eq "$(cat "$OUT" | sed 's/ in [^:]*:/:/')" "$(echo "$first" | sed 's/ in [^:]*:/:/')" "summary"
	DB=$DB.2 expect 0 member list --format csv
	cut -d, -f1-6 "$OUT" | cmp -s - members.1 || fail "members differ for the same seed"
	DB=$DB.2 expect 0 hub --format csv
	[ "$(tail -1 "$OUT" | cut -d, -f1)" != "$hub1" ] || fail "two demo hubs share a UUID"
	DB=$DB.3 expect 0 --now "$DEMO_NOW" demo --months 2 --seed 6
	DB=$DB.3 expect 0 member list --format csv
	cut -d, -f1-6 "$OUT" | cmp -s - members.1 && fail "another seed gave the same members"
	return 0
}

test_demo_obeys_the_rules() {
	expect 0 --now "$DEMO_NOW" demo --months 3 --seed 1
	assert_eq "$(sql 'PRAGMA integrity_check')" ok "integrity_check"
	assert_eq "$(sql "SELECT count(*) FROM booking a JOIN booking b ON a.space_id = b.space_id AND a.id < b.id AND a.starts_at < b.ends_at AND b.starts_at < a.ends_at AND a.status IN ('booked','checked-in') AND b.status IN ('booked','checked-in')")" 0 "overlapping bookings"
	assert_eq "$(sql "SELECT count(*) FROM space WHERE kind = 'desk'")" 24 "desks"
	assert_eq "$(sql "SELECT count(*) FROM space WHERE kind = 'room'")" 2 "rooms"
	# Weekends are closed: no visit on a Saturday or Sunday (Helsinki time).
	assert_eq "$(sql "SELECT count(*) FROM visit WHERE strftime('%w', checked_in_at + 7200, 'unixepoch') IN ('0','6')")" 0 "weekend visits"
	for s in booked checked-in cancelled no-show; do
		[ "$(sql "SELECT count(*) FROM booking WHERE status = '$s'")" -gt 0 ] || fail "no $s booking"
	done
	[ "$(sql 'SELECT count(*) FROM visit WHERE is_guest = 1')" -gt 10 ] || fail "too few guests"
	[ "$(sql 'SELECT count(*) FROM visit WHERE booking_id IS NULL AND is_guest = 0')" -gt 10 ] || fail "no walk-ins"
	# Bookings for the coming two weeks, none beyond.
	[ "$(sql "SELECT count(*) FROM booking WHERE starts_at > strftime('%s','2026-11-24')")" -gt 10 ] || fail "no future bookings"
	assert_eq "$(sql "SELECT count(*) FROM booking WHERE starts_at > strftime('%s','2026-12-08')")" 0 "bookings past two weeks"
	# Names keep their Finnish and Sámi letters; emails are ASCII.
	[ "$(sql "SELECT count(*) FROM member WHERE name GLOB '*[äöÄÖÁá]*'")" -gt 10 ] || fail "names lost their letters"
	assert_eq "$(sql "SELECT count(*) FROM member WHERE email GLOB '*[^a-z.@-]*'")" 0 "non-ASCII emails"
}

test_demo_has_the_documented_staff_pin_stored_as_a_hash() {
	expect 0 --now "$DEMO_NOW" demo --months 0
	out_has "^staff PIN: 246810 for demo "
	grep -q '246810' "$ROOT/docs/hubdesk.1" || fail "the man page does not give the demo's PIN"
	# The help writes the name and PIN out (one string to translate): the
	# same as the demo printed from demo.h.
	pin=$(sed -n 's/^staff PIN: \([0-9]*\) for \([a-z]*\) .*/\2 with the PIN \1/p' "$OUT")
	"$HUBDESK" demo --help | tr '\n' ' ' | grep -q "is $pin," || fail "demo --help does not give '$pin'"
	assert_eq "$(sql "SELECT count(*) FROM staff WHERE name = 'demo' AND is_admin = 1 AND pin_hash LIKE '\$y\$%'")" 1 "yescrypt hash"
	assert_eq "$(sql "SELECT count(*) FROM staff WHERE pin_hash LIKE '%246810%'")" 0 "PIN in the clear"
	assert_eq "$(sql "SELECT count(*) FROM setting WHERE value LIKE '%246810%'")" 0 "PIN in the clear"
}

test_demo_fills_only_an_empty_database() {
	small_hub
	expect_refused 1 demo
	err_has "fills only an empty one"
}

run_tests "$@"
