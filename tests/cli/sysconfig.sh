#!/bin/sh
# The system-wide config (hubdesk/config in each folder of XDG_CONFIG_DIRS,
# /etc by default) under the user's: the user's keys win, a named file is
# read alone.
. "$(dirname "$0")/../lib.sh"

# A hub whose database path only a config file gives.
setup_dirs() {
	mkdir -p sys1/hubdesk sys2/hubdesk user/hubdesk
	export XDG_CONFIG_DIRS="$PWD/sys1:$PWD/sys2" XDG_CONFIG_HOME="$PWD/user"
}

# hd_nodb ARGS: hubdesk without --db, so that the config decides.
hd_nodb() {
	"$HUBDESK" "$@" >"$OUT" 2>"$ERR"
	RC=$?
}

test_the_system_file_is_read_when_the_user_has_none() {
	setup_dirs
	printf 'db_path = %s/sys.db\n' "$PWD" >sys2/hubdesk/config
	hd_nodb init --name X --municipality Kuortane
	assert_eq "$RC" 0 "init's exit status"
	[ -f sys.db ] || fail "db_path of \$XDG_CONFIG_DIRS/hubdesk/config was not used"
}

test_the_first_system_folder_wins_over_the_later_ones() {
	setup_dirs
	printf 'db_path = %s/two.db\nlanguage = sv\n' "$PWD" >sys2/hubdesk/config
	printf 'db_path = %s/one.db\n' "$PWD" >sys1/hubdesk/config
	hd_nodb init --name X --municipality Kuortane
	[ -f one.db ] || fail "the first folder of XDG_CONFIG_DIRS did not win"
	[ -f two.db ] && fail "the later folder's db_path was used"
	# A key the first folder leaves out still comes from the later one.
	hd_nodb no-such-command
	err_has "okänt kommando"
}

test_the_users_keys_win_over_the_systems() {
	setup_dirs
	printf 'db_path = %s/sys.db\nlanguage = fi\n' "$PWD" >sys1/hubdesk/config
	printf 'db_path = %s/user.db\n' "$PWD" >user/hubdesk/config
	hd_nodb init --name X --municipality Kuortane
	[ -f user.db ] || fail "the user's db_path did not win"
	[ -f sys.db ] && fail "the system's db_path was used over the user's"
	hd_nodb no-such-command
	err_has "tuntematon komento"
}

test_a_named_config_is_read_alone() {
	setup_dirs
	printf 'db_path = %s/sys.db\nlanguage = fi\n' "$PWD" >sys1/hubdesk/config
	printf 'db_path = %s/named.db\n' "$PWD" >named
	hd_nodb --config named init --name X --municipality Kuortane
	[ -f named.db ] || fail "--config's db_path was not used"
	HUBDESK_CONFIG=named "$HUBDESK" no-such-command 2>"$ERR"
	err_has "unknown command"
}

test_a_bad_system_file_is_refused_naming_it() {
	setup_dirs
	printf 'no such key = 1\n' >sys2/hubdesk/config
	printf 'db_path = %s/user.db\n' "$PWD" >user/hubdesk/config
	hd_nodb init --name X --municipality Kuortane
	assert_eq "$RC" 2 "exit status"
	err_has "^hubdesk: .*sys2/hubdesk/config:1: unknown key"
	[ -e user.db ] && fail "a database was created although the config was refused"
	return 0
}

# A FIFO where the system's config goes is refused at once: nothing waits
# for a writer that never comes.
test_a_fifo_for_a_config_is_refused_without_waiting() {
	setup_dirs
	mkfifo sys2/hubdesk/config
	XDG_CONFIG_DIRS="$PWD/sys1:$PWD/sys2" timeout $((10 * SLOW)) "$HUBDESK" --db "$PWD/x.db" status \
	    >"$OUT" 2>"$ERR"
	RC=$?
	assert_eq "$RC" 2 "exit status (124: it waited)"
	err_has "sys2/hubdesk/config is not a regular file"
}

run_tests "$@"
