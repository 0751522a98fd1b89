#!/bin/sh
# The floor map in a real terminal: desks drawn from their map positions
# with a letter for their state, moving between them, checking in at one.
. "$(dirname "$0")/../ui-lib.sh"

map_hub() { fixture map_hub_steps A B; }
map_hub_steps() {
	expect 0 --now "$NOW" init --name "Testipiste" --municipality Kuortane
	expect 0 space add D01 --since 2026-01-01 --map 0,0
	expect 0 space add D02 --since 2026-01-01 --map 2,0
	expect 0 space add D03 --since 2026-01-01 --map 0,2
	expect 0 space add R1 --since 2026-01-01 --kind room
	expect 0 member add "Aino Äijälä"
	A=$(cat "$OUT")
	expect 0 member add "Ville Virtanen"
	B=$(cat "$OUT")
}

open_map_as() {
	ui_start --now "'$NOW'"
	ui_wait 'Type your member code'
	[ -n "$1" ] && ui_type "$1"
	ui_key F4
	ui_wait 'The room now'
}

test_map_shows_each_desk_with_its_state() {
	map_hub
	expect 0 --now "$NOW" book --member "$B" --space D02 --date today --from 09:00 --to 12:00
	expect 0 --now "$NOW" checkin --member "$A" --space D03
	open_map_as ""
	ui_wait '│D01 \.│ │D02 b│'
	ui_wait '│D03 O│'
	ui_wait 'Not on the map: R1'
	ui_wait 'Legend: \. free   b booked   O in use   Y yours'
	grep -q 'Aino\|Ville' screen.txt && fail "the map shows a member's name"
	return 0
}

test_check_in_at_a_desk_on_the_map() {
	map_hub
	open_map_as "$A"
	ui_wait 'as Aino Ä\.'
	ui_wait 'D01 \(desk\): free now'
	ui_key Down
	ui_wait 'D03 \(desk\): free now'
	ui_key Enter
	ui_wait 'Welcome, Aino Ä\.! You are at D03\.'
	ui_wait 'Type your member code' # done: back home, the person forgotten
	ui_key F4
	ui_wait '│D03 O│'
	expect 0 --now "$NOW" visits --format csv
	out_has ",member,$A,Aino Äijälä,,,D03,"
}

test_a_click_on_a_desk_checks_in_after_the_code() {
	map_hub
	expect 0 --now "$NOW" book --member "$B" --space D02 --date today --from 13:00 --to 15:00
	open_map_as ""
	ui_wait '│D02 \.│'
	row=$(grep -n '│D02' screen.txt | cut -d: -f1)
	# Characters, not bytes, before "D02": the box lines are multibyte.
	col=$(($(sed -n "${row}p" screen.txt | sed 's/D02.*//' | tr -d '\n' | wc -m) + 1))
	ui_click "$col" "$row"
	ui_wait 'Your member code: \['
	ui_type "$A"
	ui_key Enter
	ui_wait 'Welcome, Aino Ä\.! You are at D02, free until 13:00\.'
}

test_booked_desk_refuses_with_the_reason() {
	map_hub
	expect 0 --now "$NOW" book --member "$B" --space D01 --date today --from 09:00 --to 12:00
	open_map_as "$A"
	ui_wait 'D01 \(desk\): booked now'
	ui_key Enter
	ui_wait 'D01 is booked by another member until 12:00; choose another space'
}

test_long_codes_and_close_desks_do_not_overlap() {
	map_hub
	expect 0 space add BOOTH1 --since 2026-01-01 --kind booth --map 1,0
	expect 0 space add BOOTH2 --since 2026-01-01 --kind booth --map 1,1
	open_map_as ""
	ui_wait '│BOOTH1 \.│'
	ui_wait '│BOOTH2 \.│'
	ui_wait '│D01    \.│'
	# Every box is whole: each top corner has its bottom corner below it.
	[ "$(grep -o '┌' screen.txt | wc -l)" -eq "$(grep -o '└' screen.txt | wc -l)" ] ||
		fail "boxes overlap"
	[ "$(grep -o '┌' screen.txt | wc -l)" -eq 5 ] || fail "expected five boxes"
}

run_tests "$@"
