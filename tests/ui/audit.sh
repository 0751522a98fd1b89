#!/bin/sh
# The audit log in a real terminal: the staff screen lists a day's changes
# newest first and goes a day back and forth; a change made at the public
# kiosk is recorded as the kiosk's, one in the staff screens as staff's.
. "$(dirname "$0")/../ui-lib.sh"

with_pin() { fixture with_pin_steps A B; }
with_pin_steps() {
	small_hub
	add_staff Kaisa 135792
}

# list_rows: the list's rows on the screen (those that start with a time).
list_rows() { grep -E '^ +[0-9]{2}:[0-9]{2} ' screen.txt >rows; }

test_audit_screen_shows_a_day_newest_first() {
	with_pin
	expect 0 --now "2026-11-24 09:00" rules set grace-minutes 20
	expect 0 --now "2026-11-24 09:30" book --member "$A" --space D02 --date 2026-11-25 \
	    --from 10:00 --to 11:00
	bk=$(cat "$OUT")
	ui_start --now "'2026-11-24 10:00'"
	ui_staff_login
	ui_key 7
	ui_wait 'Audit log 2026-11-24: 2 changes, newest first'
	ui_wait '^ *time +role +staff +action +subject +detail'
	# The booking above the rule, the highlighted row told in full below.
	list_rows
	assert_eq "$(wc -l <rows)" 2 "rows listed"
	head -1 rows | grep -Eq "^ +09:30 +admin +booking\.add +${bk%"${bk#??????????}"} +\{\"member\"" ||
	    fail "first row: $(cat rows)"
	tail -1 rows | grep -Eq '^ +09:00 +admin +setting\.set +rule\.grace +\{"value":"20"\}' ||
	    fail "second row: $(cat rows)"
	ui_wait_text "booking\.add $bk: \{\"member\":\"$(sql "SELECT uuid FROM member WHERE code = '$A'")\""
	ui_key Down
	ui_wait_text 'setting\.set rule\.grace-minutes: \{"value":"20"\}'
	# The day before: the hub as it was set up.
	ui_key '['
	ui_wait 'Audit log 2026-11-23: [0-9]+ changes, newest first'
	ui_wait 'member\.add'
	ui_key ']' ']'
	ui_wait 'Audit log 2026-11-25: 0 changes'
	ui_wait 'No changes on this day\.'
	ui_key Escape
	ui_wait 'Staff screens\. Pick one'
}

test_audit_records_kiosk_and_staff_changes_by_role() {
	with_pin
	ui_start --now "'$NOW'"
	ui_wait 'Type your member code'
	ui_type "$A"
	ui_key Enter
	ui_wait 'Welcome, Aino Ä\.! No booking now: desk D01'
	ui_key Enter
	ui_wait 'Your desk is D01'
	assert_eq "$(sql "SELECT role || ' ' || action FROM audit WHERE subject IN (SELECT uuid FROM visit)")" \
	    "kiosk visit.add" "the check-in's row"
	# Signed out in the staff screens: staff's.
	ui_staff_login
	ui_key 1
	ui_wait 'Visitor log 2026-11-23: 1 visit, 1 in now'
	ui_key o
	ui_wait 'signed out at'
	assert_eq "$(sql "SELECT role || ' ' || action FROM audit WHERE subject IN (SELECT uuid FROM visit) ORDER BY id")" \
	    "kiosk visit.add
staff visit.change" "the visit's rows"
	# The staff screen shows both, the newest first.
	ui_key Escape
	ui_wait 'Staff screens\. Pick one'
	ui_key 7
	ui_wait 'Audit log 2026-11-23'
	list_rows
	grep 'visit\.' rows >visit_rows
	head -1 visit_rows | grep -Eq '^ +09:0[0-9] +staff +Kaisa +visit\.change ' || fail "rows: $(cat rows)"
	tail -1 visit_rows | grep -Eq '^ +09:00 +kiosk +visit\.add ' || fail "rows: $(cat rows)"
}

run_tests "$@"
