#!/bin/sh
# The visitor log corrected by staff (visit edit, remove, add) and a paper
# log of past days entered with --at: state judged at the time given, never
# two visits of a member or at a desk at once, and a refusal that changes
# nothing.
. "$(dirname "$0")/../lib.sh"

LATER="2026-11-24 12:00" # Tuesday noon: Monday is a past day

# uuid_out: the visit UUID a confirmation ends with.
uuid_out() { grep -oE '[0-9a-f]{8}-[0-9a-f-]{27}' "$OUT"; }

test_corrections_staff_actually_need() {
	small_hub
	expect 0 --now "$LATER" visit add --member "$A" --in "2026-11-23 08:00" --out "2026-11-23 12:00" \
	    --space D01
	out_has "^added the visit of $A on 2026-11-23, 08:00–12:00 at D01 \([0-9a-f-]{36}\)$"
	va=$(uuid_out)
	expect 0 --now "$LATER" visit add --member "$B" --in "2026-11-23 13:00" --out "2026-11-23 16:00" \
	    --space D01
	vb=$(uuid_out)
	# Each refusal names the fix and leaves the database as it was.
	expect_refused 1 --now "$LATER" visit add --member "$A" --in "2026-11-23 11:00" \
	    --out "2026-11-23 14:00"
	err_has "^hubdesk: Aino Ä. was in 2026-11-23 08:00–12:00; a member's visits cannot overlap, so change that visit first or choose other times$"
	expect_refused 1 --now "$LATER" visit add --member "$B" --in "2026-11-23 11:30" \
	    --out "2026-11-23 12:30" --space D01
	err_has "D01 was in use 2026-11-23 08:00–12:00 by Aino Ä.; two visits at one space cannot overlap"
	expect_refused 1 --now "$LATER" visit edit "$va" --out "2026-11-23 13:30"
	err_has "D01 was in use 2026-11-23 13:00–16:00 by Ville V."
	expect_refused 1 --now "$LATER" visit edit "$va" --out "2026-11-23 07:30"
	err_has "check-out at 2026-11-23 07:30 would not come after check-in at 2026-11-23 08:00; give a later check-out"
	expect_refused 2 --now "$LATER" visit edit "$va" --out "2026-11-24 12:30"
	err_has "2026-11-24 12:30 is in the future"
	expect_refused 2 --now "$LATER" visit add --member "$A" --in "2026-11-24 12:10" --out "2026-11-24 12:40"
	err_has "in the future"
	expect_refused 1 --now "$LATER" visit edit "$vb" --out "2026-11-24 08:00"
	err_has "a visit ends on the day it began, by 24:00 on 2026-11-23; enter the next day as a visit of its own"
	expect_refused 1 --now "$LATER" visit add --member "$A" --in "2026-11-23 20:00" \
	    --out "2026-11-24 09:00"
	err_has "by 24:00 on 2026-11-23"
	expect_refused 1 --now "$LATER" visit remove 00000000-0000-4000-8000-000000000000
	err_has "no visit has the UUID 00000000-0000-4000-8000-000000000000"
	expect_refused 2 --now "$LATER" visit edit "$va"
	err_has "give --in, --out or both"
	expect_refused 2 --now "$LATER" visit edit nonsense --in 08:00
	err_has "'nonsense' is not a visit UUID"
	expect_refused 2 --now "$LATER" visit edit "$va" --in "23.11.2026 8.60"
	err_has "--in '23.11.2026 8.60' is not a time"
	expect_refused 2 --now "$LATER" visit add --member "$A" --in "2026-11-23 08:00"
	err_has "--in and --out are required"
	expect_refused 1 --now "$LATER" visit add --member "$A" --in "2026-11-20 08:00" \
	    --out "2026-11-20 09:00" --space D02
	err_has "D02 counts as available from 2026-11-23"
	# The corrections themselves.
	expect 0 --now "$LATER" visit edit "$va" --in "2026-11-23 08:30" --out "2026-11-23 13:00"
	out_is "changed the visit of $A on 2026-11-23, 08:30–13:00 at D01"
	expect 0 --now "$LATER" visit remove "$vb"
	out_is "removed the visit of $B on 2026-11-23, 13:00–16:00 at D01"
	# Midnight is the latest a visit of the day can end.
	expect 0 --now "$LATER" visit add --member "$B" --in "2026-11-23 13:00" --out "2026-11-24 00:00" \
	    --space D01
	out_has "^added the visit of $B on 2026-11-23, 13:00–24:00 at D01 "
	expect 0 --now "$LATER" visit add --guest "Máret Sara" --host "$A" --purpose Palaveri \
	    --in "2026-11-23 10:00" --out "2026-11-23 11:00"
	out_has "^added the visit of guest Máret Sara on 2026-11-23, 10:00–11:00 \("
	expect 0 --now "$LATER" visits --date 2026-11-23 --format csv
	out_has "^$va,member,$A,Aino Äijälä,,,D01,,2026-11-23 08:30,2026-11-23 13:00,0"
	out_has ",guest,,Máret Sara,$A,Palaveri,,,2026-11-23 10:00,2026-11-23 11:00,0"
	out_lacks "$vb"
}

test_a_visit_under_way_can_be_moved_or_removed() {
	small_hub
	expect 0 --now "$NOW" checkin --member "$A" --space D01
	v=$(sql "SELECT uuid FROM visit")
	expect 0 --now "2026-11-23 10:00" visit edit "$v" --in 08:40
	out_is "changed the visit of $A, in since 08:40 at D01"
	expect 0 --now "2026-11-23 10:00" status --format json
	out_has '"desks_free_now": 2, .*"members_in": 1'
	expect_refused 1 --now "2026-11-23 10:00" visit edit "$v" --in "2026-11-20 08:40"
	err_has "a visit begun at 2026-11-20 08:40 would have been closed at closing time; give its check-out time too"
	expect_refused 1 --now "2026-11-23 10:00" visit add --member "$B" --in 08:00 --out 09:00 --space D01
	err_has "D01 is in use since 2026-11-23 08:40 by Aino Ä.; two visits at one space cannot overlap"
	expect 0 --now "2026-11-23 10:00" visit remove "$v"
	out_is "removed the visit of $A, in since 08:40 at D01"
	expect 0 --now "2026-11-23 10:00" status --format json
	out_has '"desks_free_now": 3, .*"members_in": 0'
	expect 0 --now "2026-11-23 10:00" checkin --member "$A" --space D01
}

test_a_visit_under_way_cannot_move_back_into_anothers_booking() {
	small_hub
	expect 0 --now "2026-11-23 07:50" book --member "$B" --space D01 --date today --from 08:00 --to 09:00
	expect 0 --now "2026-11-23 08:00" checkin --member "$B"
	expect 0 --now "2026-11-23 08:30" checkout --member "$B"
	expect 0 --now "2026-11-23 09:00" checkin --member "$A" --space D01
	v=$(sql "SELECT uuid FROM visit WHERE checked_out_at IS NULL")
	# No visit overlaps, but Ville's booking held D01 until 09:00.
	expect_refused 1 --now "2026-11-23 09:30" visit edit "$v" --in 08:35
	err_has "that visit would clash with another visit or a booking of its space"
}

test_removing_a_visit_sets_its_booking_back() {
	small_hub
	expect 0 --now "$NOW" book --member "$A" --space D02 --date today --from 10:00 --to 12:00
	expect 0 --now "2026-11-23 10:05" checkin --member "$A"
	out_is "checked in $A at 10:05, D02 (booked)"
	v=$(sql "SELECT uuid FROM visit")
	expect 0 --now "2026-11-23 10:10" visit remove "$v"
	assert_eq "$(sql 'SELECT status FROM booking')" booked "status while its window is open"
	expect 0 --now "2026-11-23 11:00" bookings --date today --format csv
	out_has ",D02,$A,.*,no-show"
	# The visit was real after all: added back, the booking was kept.
	expect 0 --now "2026-11-23 11:00" visit add --member "$A" --in 10:05 --out 10:55 --space D02
	assert_eq "$(sql 'SELECT status FROM booking')" checked-in "status with the visit added"
}

test_checkout_at_closes_the_visit_open_then_even_auto_closed() {
	small_hub
	expect 0 --now "$NOW" checkin --member "$A" --space D01
	# Tuesday: Monday's visit was closed at closing time, and A is in again.
	expect 0 --now "2026-11-24 08:05" checkin --member "$A" --space D02
	expect 0 --now "2026-11-24 08:05" visits --date 2026-11-23 --format csv
	out_has ",D01,,2026-11-23 09:00,2026-11-23 17:00,1"
	expect 0 --now "2026-11-24 10:00" checkout --member "$A" --at "2026-11-23 16:20"
	out_is "checked out $A on 2026-11-23 at 16:20"
	expect 0 --now "2026-11-24 10:00" visits --date 2026-11-23 --format csv
	out_has ",D01,,2026-11-23 09:00,2026-11-23 16:20,0"
	expect 0 --now "2026-11-24 10:00" status --format json
	out_has '"members_in": 1'
	# Judged at the time given: inside Monday's recorded visit, or when A
	# was not in, there is nothing to close.
	expect_refused 1 --now "2026-11-24 10:00" checkout --member "$A" --at "2026-11-23 15:00"
	err_has "Aino Ä. was in until 16:20 that day; 'hubdesk visit edit' changes a recorded check-out"
	expect_refused 1 --now "2026-11-24 10:00" checkout --member "$A" --at "2026-11-23 08:30"
	err_has "check-out at 2026-11-23 08:30 would come before check-in at 2026-11-24 08:05"
	# Earlier today closes today's visit.
	expect 0 --now "2026-11-24 10:00" checkout --member "$A" --at 09:30
	out_is "checked out $A at 09:30"
	expect 0 --now "2026-11-24 10:00" status --format json
	out_has '"members_in": 0'
	expect_refused 1 --now "2026-11-24 10:00" checkout --member "$A" --at "2026-11-23 16:30"
	err_has "Aino Ä. was not in at 2026-11-23 16:30; nothing to check out \(checked out at 16:20 that day\)$"
	mon=$(sql "SELECT uuid FROM visit ORDER BY checked_in_at LIMIT 1")
	expect 0 --now "2026-11-24 10:00" visit edit "$mon" --out "2026-11-23 16:45"
	out_is "changed the visit of $A on 2026-11-23, 09:00–16:45 at D01"
}

test_a_visit_for_another_day_says_that_day_and_is_not_in_now() {
	small_hub
	expect 0 --now "2026-11-24 09:00" checkin --member "$A" --space D01 --at "2026-11-23 08:30"
	out_is "checked in $A on 2026-11-23 at 08:30, D01 (walk-in)"
	expect 0 --now "2026-11-24 09:00" status --format json
	out_has '"desks_free_now": 3, .*"members_in": 0'
	expect 0 --now "2026-11-24 09:00" visits --date 2026-11-23 --format csv
	out_has ",D01,,2026-11-23 08:30,2026-11-23 17:00,1"
	expect 0 --now "2026-11-24 09:00" checkout --member "$A" --at "2026-11-23 16:00"
	out_is "checked out $A on 2026-11-23 at 16:00"
	expect 0 --now "2026-11-24 09:05" visit add --member "$B" --in "2026-11-23 09:00" \
	    --out "2026-11-23 10:00" --space D02
	out_has "^added the visit of $B on 2026-11-23, 09:00–10:00 at D02 "
	expect 0 --now "2026-11-24 09:05" status --format json
	out_has '"members_in": 0'
	# Today's, entered now, names no day and counts while it is open.
	expect 0 --now "2026-11-24 09:05" checkin --member "$B"
	out_is "checked in $B at 09:05"
	expect 0 --now "2026-11-24 09:05" status --format json
	out_has '"members_in": 1'
}

run_tests "$@"
