#!/bin/sh
# The demo as `make demo` opens it: a busy Monday morning whatever the hour,
# and a first screen that tells the demo's staff PIN.
. "$(dirname "$0")/../ui-lib.sh"

DEMO_NOW="2026-11-23 10:30"

# The commands `make demo` runs, with $HUBDESK for ./hubdesk and demo.db
# here: the real recipe, not a copy of it. Outside the make that runs the
# tests (whose SANITIZE=1 would name another binary).
make_demo_commands() {
	env -u MAKEFLAGS -u MFLAGS -u MAKELEVEL make -s -n -C "$ROOT" demo \
	    DEMO_DB="$PWD/demo.db" 2>/dev/null |
	    grep -- "--db $PWD/demo.db" | sed "s|\./[^ ]*hubdesk |$HUBDESK |g"
}

test_make_demo_opens_on_the_readme_monday_with_the_staff_pin() {
	cmds=$(make_demo_commands)
	[ "$(printf '%s\n' "$cmds" | grep -c -- "--now \"$DEMO_NOW\"")" = 2 ] ||
	    fail "make demo does not fill and open the hub at $DEMO_NOW: $cmds"
	fill=$(printf '%s\n' "$cmds" | head -1)
	eval "$fill" >fill.out || fail "make demo's fill failed: $fill"
	grep -q '^staff PIN: 246810 for demo ' fill.out || fail "the fill does not tell the staff PIN"
	DB=$PWD/demo.db
	ui_start --now "'$DEMO_NOW'"
	ui_wait 'Mon 2026-11-23 10:3[0-9]'
	ui_wait 'In the hub now: [1-9][0-9]'
	ui_wait 'Demo hub: staff demo, PIN 246810 \(F9\)'
	ui_staff_login demo 246810
}

test_the_pin_is_told_only_while_it_is_the_demo_one() {
	expect 0 --now "$DEMO_NOW" demo --months 0
	printf '975310\n975310\n' | "$HUBDESK" --db "$DB" staff pin demo >/dev/null || fail "staff pin"
	ui_start --now "'$DEMO_NOW'"
	ui_wait 'Type your member code'
	grep -q 'Demo hub' screen.txt && fail "the old demo PIN is still told"
	ui_key F9
	ui_type demo
	ui_key Enter
	ui_type 246810
	ui_key Enter
	ui_wait 'wrong name or PIN'
}

test_a_real_hub_tells_no_pin() {
	small_hub
	add_staff demo 246810 --admin
	ui_start --now "'$NOW'"
	ui_wait 'Type your member code'
	grep -q 'staff PIN' screen.txt && fail "a real hub's screen speaks of the staff PIN"
	return 0
}

run_tests "$@"
