#!/bin/sh
# Dates and times typed the Finnish way, wherever the command line reads
# them: 27.11.2026, 27.11. (this year), 9, 9.30, 9:30, as well as ISO's.
. "$(dirname "$0")/../lib.sh"

test_a_booking_typed_the_finnish_way() {
	small_hub
	expect 0 --now "$NOW" book --member "$A" --space D01 --date 27.11.2026 --from 9 --to 12.30
	expect 0 --now "$NOW" bookings --date 2026-11-27 --format csv
	out_has "2026-11-27,09:00,12:30,D01,$A"
	expect 0 --now "$NOW" book --member "$A" --space D02 --date 26.11. --from 13:00 --to 14.00
	expect 0 --now "$NOW" bookings --date 26.11.2026 --format csv
	out_has "2026-11-26,13:00,14:00,D02,$A"
}

test_now_and_at_take_the_finnish_way_too() {
	small_hub
	expect 0 --now "23.11.2026 9.15" checkin --member "$A"
	out_has "at 09:15"
	expect 0 --now "23.11.2026 12" checkout --member "$A" --at "23.11.2026 11.45"
	expect 0 --now "$NOW" visits --date 23.11. --format csv
	out_has "2026-11-23 09:15,2026-11-23 11:45"
}

test_impossible_dates_and_times_are_refused_naming_the_forms() {
	small_hub
	expect_refused 2 --now "$NOW" book --member "$A" --space D01 --date 27.13.2026
	err_has "^hubdesk: '27.13.2026' is not a date; write it as 27.11.2026, 27.11. \(this year\) or 2026-11-27"
	expect_refused 2 --now "$NOW" book --member "$A" --space D01 --date 27.11.2026 --from 9.60 --to 12
	err_has "^hubdesk: --from '9.60' is not a time; write it as 9, 9.30, 9:30 or 09:30"
	expect_refused 2 --now "$NOW" book --member "$A" --space D01 --date 27.11.2026 --from 9 --to 25
	err_has "'25' is not a time"
	expect_refused 2 --now "$NOW" book --member "$A" --space D01 --date 27.11.2026 --from 9.5 --to 12
	err_has "'9.5' is not a time"
	expect_refused 2 --now "23.11. 9.00" status
	err_has "write it as \"27.11.2026 9.30\" or \"2026-11-27 09:30\""
}

test_the_forms_are_named_in_the_users_language() {
	small_hub
	expect_refused 2 --lang fi --now "$NOW" book --member "$A" --space D01 --date 27.13.2026
	err_has "27.11.2026, 27.11. \(tänä vuonna\) tai 2026-11-27"
	expect_refused 2 --lang sv --now "$NOW" book --member "$A" --space D01 --date 27.11.2026 \
	    --from 9.60 --to 12
	err_has "9, 9.30, 9:30 eller 09:30"
}

run_tests "$@"
