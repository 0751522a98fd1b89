#!/bin/sh
# Every key on a screen's bottom bar is in that screen's help, in every
# mode that has its own keys: the help and the bar are drawn from the same
# key table, which is also the only way a key reaches an action.
. "$(dirname "$0")/../ui-lib.sh"

# help_has_bar SCREEN: opens the help with F1 and checks it lists the key
# of each label the bar showed (a name such as F2, Esc or [, then a label
# starting with a capital), then goes back with Escape.
help_has_bar() {
	ui_screen | tail -n 1 >bar.txt
	names=$(tr ' ' '\n' <bar.txt | awk 'NF {
		if (match($0, /^F[0-9]+/) || match($0, /^(Esc|Enter|Tab|Other|Up Down)/)) print substr($0, 1, RLENGTH)
		else print substr($0, 1, 1) }')
	[ -n "$names" ] || fail "no keys on the bar of the $1 screen"
	ui_key F1
	ui_wait "Keys of the $1 screen"
	for n in $names; do
		awk -v n="$n" 'substr($0, 1, length(n) + 5) == "    " n " " { found = 1 }
		    END { exit !found }' screen.txt || {
			sed 's/^/      |/' screen.txt
			fail "the help of the $1 screen lacks $n, which is on its bar"
		}
	done
	ui_key Escape
	ui_gone "Keys of the $1 screen"
}

test_public_screens_list_their_keys() {
	small_hub
	ui_start --now "'$NOW'"
	ui_wait 'F1Help'
	help_has_bar home
	ui_key F1
	ui_wait '^    A-Z 0-9 +Type your member code'
	ui_key Escape
	ui_key F2
	ui_wait 'Enter on a free slot to book'
	help_has_bar 'booking grid'
	ui_key Enter
	ui_wait 'Your member code: \['
	ui_wait 'EnterGoOn'
	help_has_bar 'booking grid'
	ui_type "$A"
	ui_key Enter
	ui_wait 'Booking as Aino'
	ui_wait 'Enter books it'
	ui_wait 'EscDrop'
	help_has_bar 'booking grid'
	ui_key F1
	ui_wait '^    Arrows +Left and right stretch the span'
	ui_key Escape
	ui_key Escape
	ui_key Escape
	ui_wait 'Type your member code'
	ui_key F4
	ui_wait 'The room now'
	help_has_bar 'floor map'
	ui_key Escape
	ui_key F3
	ui_wait 'Sign the visitor log'
	help_has_bar 'guest sign-in'
	ui_key Tab
	ui_wait 'EnterTake'
	help_has_bar 'guest sign-in'
	ui_key F8
	ui_wait 'EnterOut'
	help_has_bar 'guest sign-in'
}

test_offer_and_quit_question_have_their_own_keys() {
	small_hub
	ui_start --now "'$NOW'"
	ui_wait 'Type your member code'
	ui_type "$B"
	ui_key Enter
	ui_wait 'No booking now: desk D0[0-9] is free'
	ui_wait 'EnterTake EscNoThanks'
	help_has_bar home
	ui_key Escape
	ui_wait 'Nothing was changed'
	ui_key q
	ui_wait 'yYes OtherNo'
	# F1 is no key of the question: it answers no, like any other key.
	ui_key F1
	ui_gone 'Quit hubdesk\?'
	ui_wait 'F1Help F2Book'
}

test_staff_screens_list_their_keys() {
	small_hub
	add_staff Kaisa 135792 --admin
	ui_start --now "'$NOW'"
	ui_wait 'Type your member code'
	ui_key F9
	ui_wait 'Type your staff name'
	help_has_bar 'staff PIN'
	ui_type Kaisa
	ui_key Enter
	ui_wait 'Type the staff PIN'
	help_has_bar 'staff PIN'
	ui_type 135792
	ui_key Enter
	ui_wait 'Staff screens'
	help_has_bar 'staff menu'
	for item in '1:visitor log' '2:bookings' '3:spaces' '4:members' '5:statistics' '6:rules'; do
		ui_type "${item%%:*}"
		ui_wait 'EscBack'
		help_has_bar "${item#*:}"
		ui_key Escape
		ui_wait 'Staff screens'
	done
	ui_type 4
	ui_key a
	ui_wait 'New member'
	ui_wait 'EscCancel'
	help_has_bar members
	ui_key F1
	ui_wait '^    Typing +Type into the field'
}


# At 80x24, the smallest window: every help sentence is whole (wrapped,
# never cut), keys that do not fit are counted and scrolled to, a locked
# kiosk's help offers no way out, and a message of one screen does not
# follow into the next.
test_help_at_80x24_is_whole_and_offers_only_what_works() {
	small_hub
	UI_COLS=80 UI_ROWS=24 ui_start --kiosk --now "'$NOW'"
	ui_wait 'F1Help'
	ui_key F10
	ui_wait 'This kiosk is locked'
	ui_key Escape
	ui_gone 'This kiosk is locked'
	ui_key F1
	ui_wait 'Keys of the home screen'
	ui_wait_text 'Book a desk on the day grid \(type your code first, or when asked\)'
	grep -q '^    F10 ' screen.txt && fail "a locked kiosk's help offers F10"
	grep -q '^    q ' screen.txt && fail "a locked kiosk's help offers q"
	if grep -q 'more below' screen.txt; then
		ui_key PageDown
		ui_wait 'more above'
	fi
	ui_key Escape
	ui_gone 'Keys of the home screen'
}

run_tests "$@"
