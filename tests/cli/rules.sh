#!/bin/sh
# Booking rules at their edges, the lifecycle (no-shows, auto-closed visits)
# without any process running in between, recurring series, cancelling in
# bulk, finding a free space, and public holidays.
. "$(dirname "$0")/../lib.sh"

test_book_ahead_edge_is_14_days_by_date() {
	small_hub
	expect 0 --now "$NOW" book --member "$A" --space D01 --date 2026-12-07
	expect_refused 1 --now "$NOW" book --member "$A" --space D01 --date 2026-12-08
	err_has 'bookings can be made at most 14 days ahead \(until 2026-12-07\)'
	expect 0 --now "$NOW" book --member "$A" --space D01 --date 2026-12-08 --override
	expect 0 --now "$NOW" bookings --from 2026-12-08 --to 2026-12-08 --format json
	out_has '"status": "booked"'
	assert_eq "$(sql "SELECT overridden FROM booking WHERE starts_at > strftime('%s','2026-12-08')")" \
	    book-ahead-days "recorded override"
}

test_sixth_future_booking_is_refused() {
	small_hub
	for d in 24 25 26 27 30; do
		expect 0 --now "$NOW" book --member "$A" --space D01 --date 2026-11-$d
	done
	expect_refused 1 --now "$NOW" book --member "$A" --space D01 --date 2026-12-01
	err_has 'you hold 5 bookings to come, the most one member may; cancel one first'
	expect 0 rules set max-future-bookings 6
	expect 0 --now "$NOW" book --member "$A" --space D01 --date 2026-12-01
}

test_slots_and_lengths() {
	small_hub
	expect_refused 1 --now "$NOW" book --member "$A" --space D01 --date 2026-11-24 --from 09:15 --to 10:40
	err_has 'bookings start and end on 30-minute slots; try 09:00–11:00'
	expect 0 --now "$NOW" book --member "$A" --space D01 --date 2026-11-24 --from 09:15 --to 10:40 --override
	expect_refused 1 --now "$NOW" book --member "$B" --space R1 --date 2026-11-24
	err_has 'a room can be booked for at most 4 h 00 min at a time'
	expect 0 --now "$NOW" book --member "$B" --space R1 --date 2026-11-24 --from 09:00 --to 13:00
	expect_refused 1 --now "$NOW" book --member "$B" --space R1 --date 2026-11-25 --from 09:00 --to 13:30
	expect 0 rules set desk-max-minutes 240
	expect_refused 1 --now "$NOW" book --member "$B" --space D02 --date 2026-11-25
	err_has 'a desk can be booked for at most 4 h'
	expect_refused 2 rules set slot-minutes 7
	expect_refused 2 rules set nonsense 1
	expect 0 rules show --format csv
	out_has '^slot-minutes,30,'
	out_has '^desk-max-minutes,240,'
}

test_grace_minute_30_checks_in_and_31_is_a_no_show() {
	small_hub
	expect 0 --now "$NOW" book --member "$A" --space D01 --date 2026-11-24 --from 09:00 --to 12:00
	expect 0 --now "$NOW" book --member "$B" --space D02 --date 2026-11-24 --from 09:00 --to 12:00
	expect 0 --now "2026-11-24 09:30" checkin --member "$A"
	out_is "checked in $A at 09:30, D01 (booked)"
	expect 0 --now "2026-11-24 09:31" checkin --member "$B"
	out_is "checked in $B at 09:31"
	expect 0 --now "2026-11-24 09:31" bookings --date 2026-11-24 --format csv
	out_has ",D01,$A,.*,checked-in"
	out_has ",D02,$B,.*,no-show"
}

test_checkin_window_opens_15_minutes_early() {
	small_hub
	expect 0 --now "$NOW" book --member "$A" --space D03 --date 2026-11-24 --from 10:00 --to 12:00
	expect 0 --now "$NOW" book --member "$B" --space D02 --date 2026-11-24 --from 10:00 --to 12:00
	# Before the window the booking is kept (early arrival); in it, taken.
	expect 0 --now "2026-11-24 09:44" checkin --member "$A"
	out_is "checked in $A at 09:44, D03 (booked from 10:00)"
	expect 0 --now "2026-11-24 09:45" checkin --member "$B"
	out_is "checked in $B at 09:45, D02 (booked)"
}

test_no_show_is_released_without_any_process_running() {
	small_hub
	expect 0 --now "$NOW" book --member "$A" --space D01 --date 2026-11-24 --from 09:00 --to 17:00
	# Nothing runs between 09:00 and 09:40. A read sees the desk free ...
	before=$(db_digest)
	expect 0 --now "2026-11-24 09:40" free --date 2026-11-24 --from 10:00 --to 12:00 --kind desk
	out_has '^D01 '
	expect 0 --now "2026-11-24 09:40" status --format json
	out_has '"desks_free_now": 3'
	[ "$(db_digest)" = "$before" ] || fail "a read-only command wrote to the database"
	# ... and the first write sweeps it: a walk-in takes the desk.
	expect 0 --now "2026-11-24 09:40" checkin --member "$B" --space D01
	out_is "checked in $B at 09:40, D01 (walk-in)"
	assert_eq "$(sql "SELECT status FROM booking")" no-show "stored status"
}

test_visit_left_open_is_closed_at_closing_time_and_corrected() {
	small_hub
	expect 0 --now "$NOW" checkin --member "$A" --space D01
	expect 0 --now "2026-11-24 08:05" checkin --member "$B" --space D02
	expect 0 --now "2026-11-24 08:05" visits --date 2026-11-23 --format csv
	out_has ",$A,Aino Äijälä,.*,2026-11-23 09:00,2026-11-23 17:00,1"
	expect 0 --now "2026-11-24 08:10" checkout --member "$A" --at "2026-11-23 16:20"
	expect 0 --now "2026-11-24 08:10" visits --date 2026-11-23 --format csv
	out_has ",$A,Aino Äijälä,.*,2026-11-23 09:00,2026-11-23 16:20,0"
}

test_cancel_after_start_is_for_staff() {
	small_hub
	expect 0 --now "$NOW" book --member "$A" --space D01 --date today --from 09:00 --to 12:00
	u=$(cat "$OUT")
	expect 0 --now "2026-11-23 09:10" cancel "$u"
	expect 0 --now "$NOW" bookings --date today --format csv
	out_has ',D01,.*,cancelled'
}

test_weekly_series_across_the_clock_change_and_a_conflict() {
	small_hub
	expect 0 space edit D01 --since 2026-10-01
	expect 0 rules set book-ahead-days 60
	expect 0 rules set max-future-bookings 20
	expect 0 --now "2026-10-13 09:00" book --member "$B" --space D01 --date 2026-10-26 --from 09:00 --to 11:00
	expect 1 --now "2026-10-13 09:00" book --member "$A" --space D01 --date 2026-10-19 --from 09:00 --to 11:00 \
	    --repeat weekly --until 2026-11-09
	[ "$(wc -l <"$OUT")" -eq 3 ] || fail "expected three booked occurrences"
	[ "$(wc -l <"$ERR")" -eq 1 ] || fail "expected one refusal"
	err_has '^hubdesk: 2026-10-26: D01 is booked 09:00–11:00 by another member; free from 11:00$'
	# Each occurrence is two real hours, before and after the clocks go back.
	assert_eq "$(sql "SELECT group_concat((ends_at - starts_at) / 3600, ' ') FROM booking WHERE member_id = (SELECT id FROM member WHERE code = '$A')")" "2 2 2" "hours"
	series=$(sql "SELECT DISTINCT series_uuid FROM booking WHERE member_id = (SELECT id FROM member WHERE code = '$A')")
	expect 0 --now "2026-10-13 09:00" bookings --from 2026-10-19 --to 2026-11-09 --member "$A" --format csv
	out_has ",$series"
	expect 0 --now "2026-11-03 12:00" cancel --series "$series"
	out_is "cancelled 1 booking"
	assert_eq "$(sql "SELECT group_concat(status, ' ') FROM (SELECT status FROM booking WHERE series_uuid = '$series' ORDER BY starts_at)")" \
	    "no-show no-show cancelled" "statuses (nobody came to the two past ones)"
}

test_cancel_series_accepts_an_occurrence_uuid() {
	small_hub
	expect 0 --now "$NOW" book --member "$A" --space D01 --date 2026-11-23 --from 10:00 --to 11:00 \
	    --repeat weekly --until 2026-12-07
	first=$(head -1 "$OUT")
	last=$(tail -1 "$OUT")
	expect 0 --now "$NOW" book --member "$A" --space D02 --date 2026-11-26
	single=$(cat "$OUT")
	series=$(sql "SELECT series_uuid FROM booking WHERE uuid = '$last'")
	# Today's occurrence has passed by the 25th; the last one names the
	# series, in capitals too.
	expect 0 --now "2026-11-25 12:00" cancel --series "$(echo "$last" | tr a-f A-F)"
	out_is "cancelled 2 bookings"
	assert_eq "$(sql "SELECT group_concat(status, ' ') FROM (SELECT status FROM booking WHERE series_uuid = '$series' ORDER BY starts_at)")" \
	    "no-show cancelled cancelled" "statuses of the series"
	assert_eq "$(sql "SELECT status FROM booking WHERE uuid = '$single'")" booked "the booking of no series"
	# Nothing of the series is left to come, whichever UUID names it.
	expect_refused 1 --now "2026-11-25 12:00" cancel --series "$first"
	err_has "^hubdesk: the series $series has no booking to come to cancel$"
	expect_refused 1 --now "2026-11-25 12:00" cancel --series "$series"
	err_has 'no booking to come'
}

test_cancel_series_refuses_a_booking_of_no_series() {
	small_hub
	expect 0 --now "$NOW" book --member "$A" --space D02 --date 2026-11-25
	single=$(cat "$OUT")
	expect_refused 1 --now "$NOW" cancel --series "$single"
	err_has "^hubdesk: the booking $single is not part of a series; cancel it alone with 'hubdesk cancel $single'$"
	expect_refused 1 --now "$NOW" cancel --series 00000000-0000-4000-8000-000000000000
	err_has 'no series or booking has the UUID 00000000-0000-4000-8000-000000000000'
	expect_refused 2 --now "$NOW" cancel --series not-a-uuid
	err_has "'not-a-uuid' is not a series or booking UUID"
}

test_daily_series_skips_closed_days() {
	small_hub
	expect 0 --now "$NOW" book --member "$A" --space D02 --date 2026-11-26 --from 09:00 --to 10:00 \
	    --repeat daily --until 2026-12-01
	assert_eq "$(wc -l <"$OUT")" 4 "occurrences (Thu, Fri, Mon, Tue)"
	[ -s "$ERR" ] && fail "closed days were reported as refusals"
	return 0
}

test_daily_series_on_closed_days_only_is_refused() {
	small_hub
	expect_refused 1 --now "$NOW" book --member "$A" --space D02 --date 2026-11-28 --repeat daily --until 2026-11-29
	err_has 'closed on every day'
}

test_opening_time_off_the_slots_is_a_valid_start() {
	expect 0 --now "$NOW" init --name X --municipality Kuortane --opens 08:15 --closes 16:45
	expect 0 --now "$NOW" space add D01
	expect 0 --now "$NOW" member add "Aino Äijälä"
	A=$(cat "$OUT")
	expect 0 --now "$NOW" book --member "$A" --space D01 --date 2026-11-24 --from 08:15 --to 09:00
	expect 0 --now "$NOW" book --member "$A" --space D01 --date 2026-11-25 --from 16:00 --to 16:45
}

test_a_checkout_days_later_does_not_stretch_a_visit() {
	small_hub
	expect 0 --now "$NOW" checkin --member "$A" --space D01
	# The first command of a later day records the auto-close (the sweep
	# commits on its own); the refusal itself changes nothing.
	expect 1 --now "2026-11-25 10:00" checkout --member "$A"
	err_has "visit of 2026-11-23 was closed at closing time; give --at"
	assert_eq "$(sql 'SELECT auto_closed FROM visit')" 1 "auto-closed"
	expect_refused 1 --now "2026-11-25 10:00" checkout --member "$A"
	expect 0 --now "2026-11-25 10:00" checkout --member "$A" --at "2026-11-23 15:00"
}

test_cancel_a_members_holiday_in_one_step() {
	small_hub
	for d in 24 25 26; do expect 0 --now "$NOW" book --member "$A" --space D01 --date 2026-11-$d; done
	expect 0 --now "$NOW" book --member "$B" --space D02 --date 2026-11-25
	expect 0 --now "$NOW" cancel --member "$A" --from 2026-11-25 --to 2026-11-30
	out_is "cancelled 2 bookings"
	expect 0 --now "$NOW" bookings --format csv
	out_has "2026-11-24,.*,$A,.*,booked"
	out_has "2026-11-25,.*,$B,.*,booked"
	[ "$(grep -c "$A,.*,cancelled" "$OUT")" -eq 2 ] || fail "two cancelled"
	expect_refused 2 --now "$NOW" cancel --member "$A" --from 2026-11-30
}

test_free_lists_spaces_free_for_the_whole_span() {
	small_hub
	expect 0 --now "$NOW" book --member "$A" --space D01 --date 2026-11-24 --from 11:00 --to 12:00
	expect 0 --now "$NOW" free --date 2026-11-24 --from 09:00 --to 12:00 --format csv
	out_lacks '^D01,'
	out_has '^D02,desk'
	out_has '^R1,room'
	expect 0 --now "$NOW" free --date 2026-11-24 --from 09:00 --to 11:00 --kind desk --format csv
	out_has '^D01,desk'
	out_lacks '^R1'
	expect_refused 1 --now "$NOW" free --date 2026-11-28
	err_has 'closed on Saturdays'
}

test_public_holidays_are_closed_days() {
	small_hub
	expect 0 space edit D01 --since 2026-10-01
	expect 0 rules set book-ahead-days 60
	expect_refused 1 --now "$NOW" book --member "$A" --space D01 --date 2026-12-24
	err_has 'closed on 2026-12-24 \(Christmas Eve\)'
	expect_refused 1 --now "$NOW" book --member "$A" --space D01 --date 2026-12-24 --override
	expect 0 rules set public-holidays no
	expect 0 --now "$NOW" book --member "$A" --space D01 --date 2026-12-24
}

test_config_gives_rule_defaults_and_the_database_wins() {
	small_hub
	printf 'grace_minutes = 10   # shorter here\nslot_minutes = 60\n' >conf
	expect 0 --config conf rules show --format csv
	out_has '^grace-minutes,10,'
	out_has '^slot-minutes,60,'
	expect 0 rules set grace-minutes 20
	expect 0 --config conf rules show --format csv
	out_has '^grace-minutes,20,'
	printf 'grace_minutes = 999\n' >bad
	expect_refused 2 --config bad rules show
	err_has 'bad:1: grace_minutes has a value out of its range'
}

run_tests "$@"
