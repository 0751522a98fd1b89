#!/bin/sh
# Bookings on the days the clocks change in Europe/Helsinki (last Sunday of
# March: 03:00 becomes 04:00; last Sunday of October: 04:00 becomes 03:00).
. "$(dirname "$0")/../lib.sh"

hours_of() { # hours of the booking whose UUID is in $OUT
	sql "SELECT (ends_at - starts_at) / 3600.0 FROM booking WHERE uuid = '$(cat "$OUT")'"
}

open_all_week() {
	expect 0 --now "2026-03-01 12:00" init --name "Yöpiste" --municipality Oulu \
	    --opens 00:00 --closes 24:00 --days mon-sun
	expect 0 space add D01 --since 2026-01-01
	expect 0 member add "Aino Äijälä"
	A=$(cat "$OUT")
	expect 0 rules set book-ahead-days 365
	expect 0 rules set max-future-bookings 50
}

test_whole_day_in_spring_is_23_hours() {
	open_all_week
	expect 0 --now "2026-03-01 12:00" book --member "$A" --space D01 --date 2026-03-29
	assert_eq "$(hours_of)" 23.0 "hours booked"
	expect 0 --now "2026-03-01 12:00" bookings --date 2026-03-29 --format csv
	out_has ',2026-03-29,00:00,24:00,D01,'
}

test_whole_day_in_autumn_is_25_hours() {
	open_all_week
	expect 0 --now "2026-03-01 12:00" book --member "$A" --space D01 --date 2026-10-25
	assert_eq "$(hours_of)" 25.0 "hours booked"
}

test_span_over_the_change_counts_real_hours() {
	open_all_week
	expect 0 --now "2026-03-01 12:00" book --member "$A" --space D01 --date 2026-03-29 --from 02:00 --to 05:00
	assert_eq "$(hours_of)" 2.0 "spring 02:00-05:00"
	expect 0 --now "2026-03-01 12:00" book --member "$A" --space D01 --date 2026-10-25 --from 02:00 --to 05:00
	assert_eq "$(hours_of)" 4.0 "autumn 02:00-05:00"
	expect 0 --now "2026-03-01 12:00" book --member "$A" --space D01 --date 2026-03-30 --from 02:00 --to 05:00
	assert_eq "$(hours_of)" 3.0 "an ordinary night"
}

test_skipped_hour_is_refused() {
	open_all_week
	expect_refused 2 --now "2026-03-01 12:00" book --member "$A" --space D01 --date 2026-03-29 --from 03:30 --to 06:00
	err_has 'clocks'
	expect_refused 2 --now "2026-03-29 03:30" status
}

test_office_hours_on_the_change_days_are_nine_hours() {
	expect 0 --now "2026-03-01 12:00" init --name "Piste" --municipality Oulu --days mon-sun
	expect 0 space add D01 --since 2026-01-01
	expect 0 member add "Aino Äijälä"
	A=$(cat "$OUT")
	expect 0 rules set book-ahead-days 365
	for d in 2026-03-29 2026-10-25; do
		expect 0 --now "2026-03-01 12:00" book --member "$A" --space D01 --date $d
		assert_eq "$(hours_of)" 9.0 "hours on $d"
	done
}

run_tests "$@"
