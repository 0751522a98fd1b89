#!/bin/sh
# The hub's day, from the door to the report: the lifecycle rules that
# depend on the clock, run over several days with --now. Each test is
# named after the behaviour it checks.
. "$(dirname "$0")/../lib.sh"

TUE="2026-11-24"

third_member() {
	expect 0 --now "$NOW" member add "Juho Järvinen" --municipality Seinäjoki
	C=$(cat "$OUT")
}

visit_of() { # visit_of CODE COLUMNS: that member's last visit
	sql "SELECT $2 FROM visit WHERE member_id = (SELECT id FROM member WHERE code = '$1') ORDER BY checked_in_at DESC LIMIT 1"
}

booking_of() { # booking_of CODE COLUMNS: that member's last booking
	sql "SELECT $2 FROM booking WHERE member_id = (SELECT id FROM member WHERE code = '$1') ORDER BY starts_at DESC LIMIT 1"
}

local_time() { # local_time EPOCH: YYYY-MM-DD HH:MM in the hub's zone
	TZ=Europe/Helsinki date -d "@$1" '+%Y-%m-%d %H:%M'
}

test_1_the_morning_after_a_forgotten_checkout() {
	small_hub
	expect 0 --now "$NOW" checkin --member "$A" --space D01
	# Tuesday: no check-out yesterday, and no question about it.
	expect 0 --now "$TUE 08:30" checkin --member "$A" --space any
	out_has "^checked in $A at 08:30, D0[0-9] \(walk-in\)$"
	assert_eq "$(sql "SELECT count(*) FROM visit WHERE checked_out_at IS NULL")" 1 "visits open"
	first=$(sql "SELECT checked_out_at || ' ' || auto_closed FROM visit ORDER BY checked_in_at LIMIT 1")
	assert_eq "$(local_time "${first% *}") ${first#* }" "2026-11-23 17:00 1" "yesterday's visit"
}

test_2_the_head_count_is_true_without_any_write() {
	small_hub
	expect 0 --now "$NOW" checkin --member "$A" --space D01
	expect 0 --now "$NOW" guest --name "Maija Vieras" --host "$A"
	before=$(db_digest)
	expect 0 --now "2026-11-23 16:59" status --format json
	out_has '"members_in": 1'
	out_has '"guests_in": 1'
	for t in "2026-11-23 17:00" "2026-11-23 18:30" "$TUE 07:45" "$TUE 09:00"; do
		expect 0 --now "$t" status --format json
		out_has '"members_in": 0'
		out_has '"guests_in": 0'
		expect 0 --now "$t" status
		out_has '^in now: 0 members, 0 guests$'
	done
	[ "$(db_digest)" = "$before" ] || fail "a read-only command wrote to the database"
	# The desk is free again on Tuesday morning, without any write.
	expect 0 --now "$TUE 08:00" free --date "$TUE" --kind desk
	out_has '^D01 '
}

test_3_a_desk_shown_free_is_free() {
	small_hub
	third_member
	expect 0 --now "$NOW" book --member "$C" --space D02 --date today --from 14:00 --to 16:00
	# A walk-in at D01 holds it until closing; at D02 until its booking.
	expect 0 --now "$NOW" checkin --member "$A" --space D01
	out_is "checked in $A at 09:00, D01 (walk-in)"
	expect 0 --now "$NOW" checkin --member "$B" --space D02
	out_is "checked in $B at 09:00, D02 (walk-in), free until 14:00"
	expect 0 --now "2026-11-23 10:00" free --date today --from 13:00 --to 14:00 --kind desk
	out_lacks '^D01 '
	out_lacks '^D02 '
	out_has '^D03 '
	expect 0 --now "2026-11-23 10:00" status --format json
	out_has '"desks_free_now": 1'
	out_has '"desks_free_rest_of_day": 1'
	expect 0 --now "2026-11-23 10:00" bookings --date today --space D01
	out_lacks 'D01'
	# Nobody else can book into a hold, and the database says so too.
	expect_refused 1 --now "2026-11-23 10:00" book --member "$C" --space D01 --date today --from 13:00 --to 14:00
	err_has 'D01 is in use by a walk-in for the rest of the day'
	expect_refused 1 --now "2026-11-23 10:00" book --member "$C" --space D02 --date today --from 12:00 --to 13:00
	err_has 'D02 is held by a walk-in until 14:00; free from 14:00'
	sql "INSERT INTO booking (uuid, space_id, member_id, starts_at, ends_at, created_at)
	     SELECT '00000000-0000-4000-8000-000000000001', 1, 3, strftime('%s', '2026-11-23 11:00:00'),
	            strftime('%s', '2026-11-23 12:00:00'), 0" 2>/dev/null &&
		fail "the schema let a booking into a walk-in's hold"
	# Check-out frees the rest of the span at once.
	expect 0 --now "2026-11-23 11:00" checkout --member "$A"
	expect 0 --now "2026-11-23 11:00" book --member "$C" --space D01 --date today --from 11:00 --to 13:00
	# A hold is not a booking in the figures.
	expect 0 --now "2026-11-30 09:00" report --month 2026-11 --format json
	out_has '"bookings": 2'
	out_has '"booked_desk_hours": 4(\.0+)?,'
}

test_4_a_member_with_a_booking_is_never_turned_away() {
	small_hub
	third_member
	expect 0 --now "$NOW" book --member "$A" --space D01 --date "$TUE" --from 09:00 --to 12:00
	# C walked in early to D01: the hold ends when A's booking starts, but
	# C is still sitting there when A arrives.
	expect 0 --now "$TUE 08:00" checkin --member "$C" --space D01
	out_is "checked in $C at 08:00, D01 (walk-in), free until 09:00"
	expect 0 --now "$TUE 09:05" checkin --member "$A"
	out_is "checked in $A at 09:05, D02 (booked; moved from D01, which is in use)"
	expect 0 --now "$TUE 09:05" bookings --date "$TUE" --format csv
	out_has ",$TUE,09:00,12:00,D02,$A,.*,checked-in"
	assert_eq "$(sql "SELECT s.code FROM booking b JOIN space s ON s.id = b.moved_from")" D01 "moved from"
	# A desk named that someone else holds is refused, with when it is free.
	expect_refused 1 --now "$TUE 09:10" checkin --member "$B" --space D02
	err_has 'D02 is in use \(since 09:05\) until 17:00|D02 is in use \(since 09:05\) for the rest of the day'
	# With every desk taken, the booked member is refused with a time.
	expect 0 --now "$NOW" book --member "$B" --space D03 --date "$TUE" --from 10:00 --to 12:00
	expect 0 --now "$TUE 09:30" checkin --member "$B" --space D03 --at "$TUE 09:30"
	expect 0 --now "$TUE 09:50" checkout --member "$B"
	expect 0 --now "$TUE 09:55" checkin --member "$B"
	out_is "checked in $B at 09:55, D03 (booked)"
}

test_4_a_booked_member_is_refused_only_when_no_desk_is_free() {
	small_hub
	third_member
	expect 0 --now "$NOW" member add "Eeva Eskola"
	E=$(cat "$OUT")
	expect 0 --now "$NOW" book --member "$A" --space D01 --date "$TUE" --from 10:00 --to 12:00
	expect 0 --now "$NOW" book --member "$B" --space D02 --date "$TUE" --from 11:00 --to 13:00
	expect 0 --now "$TUE 08:00" checkin --member "$C" --space D01
	expect 0 --now "$TUE 08:00" checkin --member "$E" --space D03
	expect 0 --now "$TUE 09:00" checkin --member "$B" --space D02
	before=$(db_digest)
	expect 1 --now "$TUE 10:05" checkin --member "$A"
	err_has "D01, your booked desk, is in use and no desk is free now; the first is free at 1[0-9]:[0-9][0-9]"
	[ "$(db_digest)" = "$before" ] || fail "a refused check-in changed the database"
	# Past start + grace the booking is a no-show; its member is a walk-in.
	expect 0 --now "$TUE 10:45" checkout --member "$E"
	expect 0 --now "$TUE 10:45" checkin --member "$A" --space any
	out_is "checked in $A at 10:45, D03 (walk-in)"
	assert_eq "$(booking_of "$A" status)" no-show "A's booking"
}

test_4_bookings_swap_when_two_members_sit_at_each_others_desks() {
	small_hub
	third_member
	expect 0 --now "$NOW" member add "Eeva Eskola"
	E=$(cat "$OUT")
	expect 0 --now "$NOW" book --member "$B" --space D01 --date "$TUE" --from 13:00 --to 15:00
	expect 0 --now "$NOW" book --member "$E" --space D02 --date "$TUE" --from 14:00 --to 16:00
	expect 0 --now "$TUE 08:00" checkin --member "$C" --space D01
	expect 0 --now "$TUE 08:00" checkin --member "$A" --space D03
	# B finds D01 taken and sits at D02 for now; then C leaves D01.
	expect 0 --now "$TUE 13:05" checkin --member "$B"
	out_is "checked in $B at 13:05, D02 for now (booked D01 is in use; it is yours when free), free until 14:00"
	expect 0 --now "$TUE 14:06" checkout --member "$C"
	# E's desk D02 has B on it, and D01 stands empty: the bookings swap.
	expect 0 --now "$TUE 14:07" checkin --member "$E"
	out_is "checked in $E at 14:07, D01 (booked; moved from D02, which is in use)"
	expect 0 --now "$TUE 14:07" bookings --date "$TUE" --format csv
	out_has ",$TUE,13:00,15:00,D02,$B,.*,checked-in"
	out_has ",$TUE,14:00,16:00,D01,$E,.*,checked-in"
	assert_eq "$(sql "SELECT count(*) FROM booking a JOIN booking b ON a.space_id = b.space_id AND a.id < b.id AND a.starts_at < b.ends_at AND b.starts_at < a.ends_at AND a.status IN ('booked','checked-in') AND b.status IN ('booked','checked-in')")" 0 "overlapping bookings"
}

test_5_early_arrival_keeps_the_booking() {
	small_hub
	expect 0 --now "$NOW" book --member "$A" --space D01 --date "$TUE" --from 10:00 --to 12:00
	expect 0 --now "$TUE 08:30" checkin --member "$A"
	out_is "checked in $A at 08:30, D01 (booked from 10:00)"
	assert_eq "$(visit_of "$A" "booking_id IS NOT NULL")" 1 "visit attached"
	# The booking waits for its window like any other, and is kept.
	assert_eq "$(booking_of "$A" status)" booked "booking"
	expect 0 --now "$TUE 12:30" bookings --date "$TUE" --format csv
	out_has ",$TUE,10:00,12:00,D01,$A,.*,checked-in"
}

test_5_early_arrival_at_a_taken_desk_gets_another_now() {
	small_hub
	expect 0 --now "$NOW" book --member "$A" --space D01 --date "$TUE" --from 10:00 --to 12:00
	expect 0 --now "$TUE 08:00" checkin --member "$B" --space D01
	expect 0 --now "$TUE 08:30" checkin --member "$A"
	out_is "checked in $A at 08:30, D02 until 10:00 (D01 is yours 10:00–12:00)"
	# The booking waits for its start, and is kept: A is in the hub.
	expect 0 --now "$TUE 09:00" checkout --member "$B"
	expect 0 --now "$TUE 11:00" bookings --date "$TUE" --format csv
	out_has ",$TUE,10:00,12:00,D01,$A,.*,(booked|checked-in)"
	out_lacks 'no-show'
	expect 0 --now "$TUE 11:00" report --month 2026-11 --format json
	out_has '"no_shows": 0'
}

test_5_early_arrival_who_leaves_before_the_window_is_a_no_show() {
	small_hub
	expect 0 --now "$NOW" book --member "$A" --space D01 --date "$TUE" --from 10:00 --to 12:00
	expect 0 --now "$TUE 08:30" checkin --member "$A"
	expect 0 --now "$TUE 09:00" checkout --member "$A"
	expect 0 --now "$TUE 10:31" bookings --date "$TUE" --format csv
	out_has ",D01,$A,.*,no-show"
}

test_11_a_paper_log_for_a_past_day_is_entered_while_the_member_is_in() {
	small_hub
	expect 0 --now "$TUE 09:00" checkin --member "$A" --space D01
	expect 0 --now "$TUE 09:30" checkin --member "$A" --space D02 --at "2026-11-23 10:00"
	out_is "checked in $A on 2026-11-23 at 10:00, D02 (walk-in)"
	expect 0 --now "$TUE 09:30" checkout --member "$A" --at "2026-11-23 15:00"
	out_is "checked out $A on 2026-11-23 at 15:00"
	expect 0 --now "$TUE 09:30" status --format json
	out_has '"members_in": 1'
	expect_refused 1 --now "$TUE 09:30" checkin --member "$A" --space D03 --at "2026-11-23 14:00"
	err_has 'was in 2026-11-23 10:00–15:00'
}

test_6_one_definition_of_a_no_show() {
	small_hub
	expect 0 --now "$NOW" book --member "$A" --space D01 --date "$TUE" --from 10:00 --to 12:00
	expect 0 --now "$NOW" book --member "$B" --space D02 --date "$TUE" --from 10:00 --to 12:00
	# A sits at D03 all morning, never at D01; B never comes.
	expect 0 --now "$TUE 09:00" checkin --member "$A" --space D03
	before=$(db_digest)
	expect 0 --now "$TUE 10:31" bookings --date "$TUE" --format csv
	out_has ",D01,$A,.*,checked-in"
	out_has ",D02,$B,.*,no-show"
	expect 0 --now "$TUE 10:31" report --month 2026-11 --format json
	out_has '"no_shows": 1,'
	[ "$(db_digest)" = "$before" ] || fail "a read wrote"
	# The sweep records the same.
	expect 0 --now "$TUE 10:31" checkout --member "$A"
	assert_eq "$(booking_of "$A" status)" checked-in "A's booking"
	assert_eq "$(booking_of "$B" status)" no-show "B's booking"
	expect 0 --now "$TUE 10:31" report --month 2026-11 --format json
	out_has '"no_shows": 1,'
	grep -q 'overlapping the span from start − checkin-early-minutes' "$ROOT/docs/metrics.md" ||
		fail "docs/metrics.md does not state the definition"
}

test_7_a_desk_and_a_meeting_room_at_once() {
	small_hub
	expect 0 --now "$NOW" book --member "$A" --space D01 --date "$TUE"
	expect 0 --now "$NOW" book --member "$A" --space R1 --date "$TUE" --from 10:00 --to 11:00
	expect_refused 1 --now "$NOW" book --member "$A" --space D02 --date "$TUE" --from 13:00 --to 14:00
	err_has 'one place at a time'
	expect 0 --now "$NOW" rules show
	out_has '^one-place +always +a member books one desk at a time'
	grep -q 'one.-place' "$ROOT/docs/hubdesk.1" || fail "the man page lacks the rule"
}

test_7_a_walk_in_holds_one_desk_at_a_time() {
	small_hub
	# Sitting at D01 as a walk-in, a member cannot also book D02 for then.
	expect 0 --now "$TUE 09:00" checkin --member "$A" --space D01
	expect_refused 1 --now "$TUE 09:00" book --member "$A" --space D02 --date today --from 11:00 --to 12:00
	err_has 'you are at D01 until 17:00 that day; one place at a time'
	expect 0 --now "$TUE 09:00" book --member "$A" --space R1 --date today --from 11:00 --to 12:00
	# A walk-in elsewhere before one's own booking holds only until it.
	expect 0 --now "$NOW" book --member "$B" --space D02 --date "$TUE" --from 10:00 --to 12:00
	expect 0 --now "$TUE 09:00" checkin --member "$B" --space D03
	out_is "checked in $B at 09:00, D03 (walk-in), free until 10:00"
}

test_5_early_arrival_naming_the_booked_desk_keeps_the_booking() {
	small_hub
	expect 0 --now "$NOW" book --member "$A" --space D01 --date "$TUE" --from 10:00 --to 12:00
	expect 0 --now "$TUE 08:30" checkin --member "$A" --space D01
	out_is "checked in $A at 08:30, D01 (booked from 10:00)"
}

test_1_the_visitor_log_shows_a_forgotten_visit_closed_before_any_write() {
	small_hub
	expect 0 --now "$NOW" checkin --member "$A" --space D01
	before=$(db_digest)
	expect 0 --now "$TUE 07:00" visits --date 2026-11-23 --format json
	out_has '"out": "2026-11-23 17:00", "auto_closed": 1'
	[ "$(db_digest)" = "$before" ] || fail "a read wrote"
}

test_11_a_late_entry_at_a_desk_in_use_says_so() {
	small_hub
	expect 0 --now "2026-11-23 10:00" checkin --member "$A" --space D01
	expect_refused 1 --now "2026-11-23 10:00" checkin --member "$B" --space D01 --at "2026-11-23 09:30"
	err_has 'D01 is in use since 10:00, which a check-in at that time would overlap'
}

test_a_day_closed_after_people_came_ends_at_its_closing() {
	small_hub
	expect 0 --now "$NOW" checkin --member "$A" --space D01
	expect 0 --now "2026-11-23 10:00" closed add 2026-11-23 --note "Myrsky"
	expect 0 --now "2026-11-23 17:30" status --format json
	out_has '"members_in": 0'
	expect_refused 1 --now "2026-11-23 10:00" closed add 2026-11-20
	err_has '2026-11-20 has passed'
	expect_refused 2 --now "$NOW" rules set grace-minutes ' 5'
}

test_a_hub_open_round_the_clock_says_24_00() {
	expect 0 --now "$NOW" init --name "Yöpiste" --municipality Oulu --days mon-sun --opens 00:00 --closes 24:00
	expect 0 --now "$NOW" status
	out_has '^open 00:00–24:00$'
}

test_10_spaces_have_a_history() {
	expect 0 --now "2026-11-23 09:00" init --name "Uusi piste" --municipality Alavus
	expect 0 --now "2026-11-23 09:00" space add D01
	expect 0 --now "2026-11-23 09:00" space add D02
	expect 0 --now "2026-11-23 09:00" member add "Aino Äijälä"
	A=$(cat "$OUT")
	# An old paper log, from before the desks were entered.
	expect_refused 1 --now "2026-11-23 09:00" checkin --member "$A" --space D01 --at "2026-11-02 09:00"
	err_has "D01 counts as available from 2026-11-23; .*space edit D01 --since"
	expect_refused 2 --now "2026-11-23 09:00" space edit D01 --since 2026-13-01
	expect 0 --now "2026-11-23 09:00" space edit D01 --since 2026-11-02
	expect 0 --now "2026-11-23 09:00" checkin --member "$A" --space D01 --at "2026-11-02 09:00"
	out_is "checked in $A on 2026-11-02 at 09:00, D01 (walk-in)"
	expect 0 --now "2026-11-23 09:00" checkout --member "$A" --at "2026-11-02 16:00"
	out_is "checked out $A on 2026-11-02 at 16:00"
	# Moving --since past that visit would make it count nowhere.
	expect_refused 1 --now "2026-11-23 09:00" space edit D01 --since 2026-11-10
	err_has 'D01 was in use on 2026-11-02 already'
	expect 0 --now "2026-12-01 09:00" report --month 2026-11 --format json
	avail=$(sed -n 's/.*"available_desk_hours": \([0-9.]*\).*/\1/p' "$OUT")
	occ=$(sed -n 's/.*"occupied_desk_hours": \([0-9.]*\).*/\1/p' "$OUT")
	awk -v a="$avail" -v o="$occ" 'BEGIN { exit !(o <= a && o > 0) }' ||
		fail "occupied $occ, available $avail"
}

test_a_week_at_the_hub() {
	# Monday to Friday: walk-ins, bookings, a forgotten check-out, a no-show,
	# a guest, and the figures of the month in progress at the end.
	small_hub
	third_member
	expect 0 --now "$NOW" book --member "$A" --space D01 --date 2026-11-24 --from 09:00 --to 16:00 --repeat daily --until 2026-11-27
	expect 0 --now "$NOW" checkin --member "$B" --space any
	expect 0 --now "2026-11-23 12:00" checkout --member "$B"
	expect 0 --now "2026-11-23 13:00" checkin --member "$C" --space D02   # forgets to check out
	for d in 24 25 26 27; do
		t="2026-11-$d"
		[ "$d" = 25 ] && continue                                       # A stays home on Wednesday
		expect 0 --now "$t 08:55" checkin --member "$A"
		out_is "checked in $A at 08:55, D01 (booked)"
		expect 0 --now "$t 09:10" checkin --member "$C" --space any
		[ "$d" = 26 ] && expect 0 --now "$t 10:00" guest --name "Maija Vieras" --host "$C"  # never signs out
		expect 0 --now "$t 16:00" checkout --member "$A"
		expect 0 --now "$t 16:05" checkout --member "$C"
	done
	expect 0 --now "2026-11-27 17:30" status --format json
	out_has '"members_in": 0'
	out_has '"guests_in": 0'
	assert_eq "$(sql "SELECT count(*) FROM visit WHERE auto_closed = 1")" 2 "auto-closed visits"
	assert_eq "$(sql "SELECT count(*) FROM booking WHERE status = 'no-show'")" 1 "no-shows"
	expect 0 --now "2026-11-27 17:30" report --month 2026-11 --format json
	out_has '"no_shows": 1,'
	out_has '"visits": 8,'
}

run_tests "$@"
