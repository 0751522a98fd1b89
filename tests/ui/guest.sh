#!/bin/sh
# Guest sign-in in a real terminal: UTF-8 names typed and edited, the host
# picked from at most five "Aino Ä." matches, signing out by typing the
# start of one's first name.
. "$(dirname "$0")/../ui-lib.sh"

open_guests() {
	ui_start --now "'$NOW'"
	ui_wait 'Type your member code'
	ui_key F3
	ui_wait 'Sign the visitor log'
}

test_guest_signs_in_with_a_utf8_name_and_a_host() {
	small_hub
	open_guests
	ui_type "Máret Sxraä"
	ui_key BSpace          # one backspace removes one letter (ä), not one byte
	ui_key Left Left Left DC
	ui_type "á"            # Máret Sára
	ui_wait 'Máret Sára'
	ui_key Tab
	ui_type "ain"
	ui_wait ' Aino Ä\. '
	grep -q 'Äijälä' screen.txt && fail "the host picker shows a whole name"
	ui_key Enter
	ui_wait '\(chosen\)'
	ui_type "Palaveri"
	ui_key Enter
	ui_wait 'Welcome, Máret S\.! You are signed in to visit Aino Ä\.'
	ui_key F8
	ui_type "MÁR"
	ui_wait 'Máret S\., visiting Aino Ä\., since 09:00'
	expect 0 --now "$NOW" visits --format csv
	out_has ",guest,,Máret Sára,$A,Palaveri,,,2026-11-23 09:00,,0"
}

test_host_picker_shows_at_most_five_and_needs_three_letters() {
	small_hub
	for n in Anni Anna Anne Anneli Annika Anniina; do
		expect 0 member add "$n Mäki"
	done
	open_guests
	ui_type "Gus"
	ui_key Tab
	ui_type "an"
	ui_wait 'type 3 letters of their name'
	ui_type "n"
	ui_wait '\(more match: type more letters\)'
	[ "$(grep -c ' M\.' screen.txt)" -eq 5 ] || fail "expected five matches"
	ui_key BSpace BSpace BSpace
	ui_type "xyz"
	ui_wait 'Nobody by that name'
}

test_host_picker_tells_apart_the_same_short_name() {
	small_hub
	expect 0 member add "Aino Heikkinen" --organisation "Osuuskunta Kaiku" --municipality Kuortane
	expect 0 member add "Aino Hämäläinen" --organisation "Kuortaneen kunta" --municipality Kuortane
	hamalainen=$(cat "$OUT")
	expect 0 member add "Aino Hirvonen" --municipality Seinäjoki
	open_guests
	ui_type "Gus"
	ui_key Tab
	# Only namesakes get a detail: Aino Ä. has none.
	ui_type "ain"
	ui_wait '^ +Aino Ä\. *$'
	ui_wait '^ +Aino H\., Seinäjoki *$'
	ui_wait '^ +Aino H\., Osuuskunta Kaiku *$'
	ui_wait '^ +Aino H\., Kuortaneen kunta *$'
	grep -Eq 'Heikkinen|Hämäläinen|Hirvonen' screen.txt && fail "the host picker shows a whole name"
	ui_key Down Down
	ui_key Enter
	ui_wait '\(chosen: Kuortaneen kunta\)'
	ui_key Enter
	ui_wait 'You are signed in to visit Aino H\.'
	expect 0 --now "$NOW" visits --format csv
	out_has ",guest,,Gus,$hamalainen,"
}

test_guest_signs_out_by_typing_their_first_name() {
	small_hub
	expect 0 --now "$NOW" guest --name "Niillas Aikio" --host "$B"
	v=$(cat "$OUT")
	open_guests
	ui_wait 'Guests in now: 1\.'
	ui_key F8
	ui_type "nii"
	ui_wait 'Niillas A\., visiting Ville V\., since 09:00'
	ui_key Enter
	ui_wait 'Goodbye, Niillas A\.! You are signed out\.'
	ui_gone 'Niillas A\., visiting'
	ui_wait 'Guests in now: 0\.'
	expect 0 --now "$NOW" visits --format csv
	out_has "^$v,guest,.*,2026-11-23 09:00,2026-11-23 09:0"
}

test_sign_in_needs_a_host_and_a_name() {
	small_hub
	open_guests
	ui_key Tab Tab
	ui_key Enter
	ui_wait 'Choose your host first'
	ui_type "ville"
	ui_key Enter Enter
	ui_wait "the guest's name is empty; give one"
	expect 0 --now "$NOW" visits
	out_is 'no visits'
}

run_tests "$@"
