#!/bin/sh
# The bash completion that 'hubdesk completion bash' writes from the command
# table, sourced in bash with bash-completion and asked as <TAB> would.
. "$(dirname "$0")/../lib.sh"

BASH_COMPLETION=/usr/share/bash-completion/bash_completion
[ -r "$BASH_COMPLETION" ] && command -v bash >/dev/null 2>&1 || {
	echo "  skipped: bash-completion is missing (apt-get install -y bash-completion), so the completion is not tried"
	echo "completion: 0 passed, 0 failed"
	exit 0
}

# complete LINE: COMPREPLY for the cursor at the end of LINE, sorted, on
# one line in $OUT.
complete_line() {
	"$HUBDESK" completion bash >hubdesk.bash 2>"$ERR" || fail "completion bash failed"
	LINE=$1 bash -c '
		. "$0"; . ./hubdesk.bash
		COMP_LINE=$LINE COMP_POINT=${#LINE}
		read -ra COMP_WORDS <<<"$LINE"
		case $LINE in *" ") COMP_WORDS+=("") ;; esac
		COMP_CWORD=$((${#COMP_WORDS[@]} - 1))
		_hubdesk
		printf "%s\n" "${COMPREPLY[@]}" | sort | tr "\n" " "' "$BASH_COMPLETION" >"$OUT" 2>"$ERR" ||
	    fail "bash failed on '$1'"
}

test_commands_complete_from_their_first_letters() {
	complete_line "hubdesk bo"
	out_is "book bookings "
	complete_line "hubdesk --db x.db che"
	out_is "check checkin checkout "
}

test_a_commands_options_complete() {
	complete_line "hubdesk book --"
	out_is "--date --from --help --member --override --repeat --space --to --until "
	complete_line "hubdesk --"
	out_is "--config --db --help --kiosk --lang --now --version "
}

test_sub_commands_and_their_options_complete() {
	complete_line "hubdesk member "
	out_is "--help add edit erase export import key list retire show "
	complete_line "hubdesk member list --"
	out_is "--all --format --help "
}

test_listed_values_complete() {
	complete_line "hubdesk bookings --format "
	out_has "^csv "
	out_has " json "
	complete_line "hubdesk report --format h"
	out_is "html "
	complete_line "hubdesk report --format csv"
	out_is "csv csv-fi "
	# Every list that takes --format takes csv-fi, and its usage says so.
	complete_line "hubdesk bookings --format csv"
	out_is "csv csv-fi "
	complete_line "hubdesk space list --format csv"
	out_is "csv csv-fi "
	complete_line "hubdesk --lang "
	out_is "en fi sv "
	# A family within a family: member key, and its sub-commands' options.
	complete_line "hubdesk member key "
	out_is "--help add list remove "
	complete_line "hubdesk staff key list Kaisa --format csv"
	out_is "csv csv-fi "
	complete_line "hubdesk member key add AB3CD --f"
	out_is "--file "
}

test_only_bash_is_offered() {
	expect_refused 2 completion zsh
	err_has "bash"
}

run_tests "$@"
