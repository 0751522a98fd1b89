#!/bin/sh
# The command line's messages: a refusal the kiosk shows in plain words keeps,
# here, the hint that names the flag or the command to give, on one line; and
# `member add` warns of a member entered twice.
. "$(dirname "$0")/../lib.sh"

# one_plain_line: stderr is one line with no control character (the hint's
# separator never leaks).
one_plain_line() {
	[ "$(wc -l <"$ERR")" -eq 1 ] || fail "expected one line on stderr"
	LC_ALL=C grep -q '[[:cntrl:]]' "$ERR" && fail "a control character on stderr"
	return 0
}

test_refusals_keep_their_flag_hints() {
	small_hub
	expect_refused 1 --now "$NOW" book --member "$A" --space R1 --date today --from 09:00 --to 13:30
	err_has '^hubdesk: a room can be booked for at most 4 h 00 min at a time; give a shorter --from and --to$'
	one_plain_line
	expect 0 --now "$NOW" checkin --member "$A" --space D01 --at "2026-11-23 08:10"
	expect_refused 1 --now "$NOW" checkout --member "$A" --at "2026-11-23 08:00"
	err_has '^hubdesk: check-out at 2026-11-23 08:00 would come before check-in at 2026-11-23 08:10; give a later --at$'
	one_plain_line
	expect_refused 2 --now "$NOW" checkout --member "$A" --at "2026-11-23 10:00"
	err_has '^hubdesk: that time is in the future; an event is recorded when it happens; give --at only for one that is past$'
	expect_refused 2 --now "$NOW" book --member "$A" --space D02 --date 2026-11-30 --repeat weekly --until 2026-11-24
	err_has '^hubdesk: the series ends before its first day; give an --until on or after --date$'
}

test_refusals_of_a_series_keep_their_hints_per_day() {
	small_hub
	expect 1 --now "$NOW" book --member "$A" --space R1 --date 2026-11-24 --from 12:00 --to 17:00 --repeat daily --until 2026-11-25
	err_has '^hubdesk: 2026-11-24: a room can be booked for at most 4 h 00 min at a time; give a shorter --from and --to$'
	err_has '^hubdesk: 2026-11-25: a room can be booked for at most 4 h 00 min at a time; give a shorter --from and --to$'
	LC_ALL=C grep -q '[[:cntrl:]]' "$ERR" && fail "a control character on stderr"
	return 0
}

test_member_add_warns_of_the_same_name_and_email() {
	small_hub
	expect 0 member add "Kaisa Korhonen" --email kaisa@example.fi
	first=$(cat "$OUT")
	[ -s "$ERR" ] && fail "warned of the first"
	expect 0 member add "kaisa korhonen" --email Kaisa@Example.fi
	second=$(cat "$OUT")
	[ "$second" != "$first" ] || fail "the same code twice"
	out_is "$second"
	err_has "^hubdesk: warning: a member named Kaisa Korhonen with that email already exists \\(code $first\\)$"
	[ "$(wc -l <"$ERR")" -eq 1 ] || fail "expected one warning line"
	# Another email, or none, is another person: no warning.
	expect 0 member add "Kaisa Korhonen" --email kaisa.k@example.fi
	[ -s "$ERR" ] && fail "warned of another email"
	expect 0 member add "Kaisa Korhonen"
	expect 0 member add "Kaisa Korhonen"
	[ -s "$ERR" ] && fail "warned without an email"
	expect 0 member list --format csv
	[ "$(grep -ci 'Korhonen' "$OUT")" -eq 5 ] || fail "expected five members"
}

run_tests "$@"
