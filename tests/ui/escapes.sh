#!/bin/sh
# Text stored in the database never drives the terminal: a name or a
# guest's purpose holding escape sequences (put there by hand, past the
# checks of typed text) shows as plain characters on the kiosk, and the
# terminal's title and colours stay the kiosk's.
. "$(dirname "$0")/../ui-lib.sh"

ESC=$(printf '\033')
BEL=$(printf '\007')

# The pane's title, as the terminal was told it (an OSC 2 sequence sets it).
pane_title() { tmux -S "$SOCK" display-message -p -t ui '#{pane_title}'; }

test_escape_sequences_in_a_stored_name_never_reach_the_terminal() {
	small_hub
	# OSC 2 would retitle the window, CSI 2J clear it, CSI 31m turn it red.
	sql "UPDATE member SET name = 'Aino${ESC}]2;PWNED${BEL}${ESC}[2J${ESC}[31m Äijälä' \
	    WHERE code = '$A'"
	ui_start --now "'$NOW'"
	ui_wait 'Type your member code'
	before=$(pane_title)
	ui_type "$A"
	ui_key Enter
	ui_wait 'Welcome, Aino'
	assert_eq "$(pane_title)" "$before" "the pane title after the check-in"
	case "$(pane_title)" in *PWNED*) fail "the stored name retitled the terminal" ;; esac
	# The screen was not cleared by the name: the kiosk's title bar stands.
	ui_wait 'Testipiste'
	# The name shows with its escape characters made harmless ("?"), and no
	# cell is red (capture-pane -e gives each cell's colours as sequences).
	ui_wait 'Welcome, Aino\?\]2;PWNED\?\?\[2J\?\[31m'
	tmux -S "$SOCK" capture-pane -p -e -t ui >colours.txt
	grep -q "${ESC}\[31m" colours.txt && fail "the stored name turned the text red"
	return 0
}

run_tests "$@"
