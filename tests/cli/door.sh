#!/bin/sh
# The kiosk by the door, from the command line and the binary: a refused
# code counts nothing, names are kept as one line of plain spaces, the
# program runs no other program, and the systemd unit of docs/kiosk.md.
. "$(dirname "$0")/../lib.sh"

test_an_unknown_code_on_the_command_line_changes_nothing() {
	small_hub
	expect_refused 1 --now "$NOW" checkin --member 33333
	expect_refused 1 --now "$NOW" book --member 33333 --space D01 --date 2026-11-23 --from 10:00 --to 11:00
	assert_eq "$(sql "SELECT count(*) FROM audit WHERE action = 'kiosk.unknown-codes'")" 0 "counts"
}

test_kiosk_name_takes_a_plain_name_only() {
	small_hub
	for bad in 'door 1' 'door/1' 'ovi-ä' 'abcdefghijklmnopqrstuvwxyz0123456789'; do
		printf 'kiosk_name = %s\n' "$bad" >conf
		expect_refused 2 --config conf status
		err_has 'kiosk_name'
	done
	printf 'kiosk_name = door-1.b_2\n' >conf
	expect 0 --config conf status
}

# Nothing in the kiosk can start a shell: neither hubdesk nor the libraries
# it draws and stores with import a way to run another program (ncurses
# itself has no shell escape; that is a feature of programs like less).
test_the_binary_runs_no_other_program() {
	command -v nm >/dev/null || { echo "  skipped: nm is missing"; return 0; }
	runs=' U (exec[a-z]*|fexecve|system|popen|posix_spawnp?|fork|vfork|clone3?|wordexp)(@|$)'
	bin=${HUBDESK_COVERED:-$HUBDESK} # make coverage's $HUBDESK is a script that runs it
	nm -D --undefined-only "$bin" >imports
	grep -q ' U sqlite3_open' imports || fail "nm did not list the imports"
	grep -E "$runs" imports && fail "hubdesk can run another program"
	for lib in $(ldd "$bin" | awk '/(ncurses|tinfo|sqlite|uuid|crypt)/ { print $3 }'); do
		nm -D --undefined-only "$lib" | grep -E "$runs" && fail "$lib can run another program"
	done
	return 0
}

# docs/hubdesk-kiosk.service: systemd reads it without a complaint (when
# systemd-analyze is installed), and it holds what docs/kiosk.md promises.
test_the_kiosk_unit_has_its_keys_and_verifies() {
	unit="$ROOT/docs/hubdesk-kiosk.service"
	for key in 'User=hubdesk' 'TTYPath=/dev/tty1' 'StandardInput=tty' 'Restart=always' \
	    'ExecStart=/usr/local/bin/hubdesk --kiosk --db /var/lib/hubdesk/hubdesk.db' \
	    'StateDirectory=hubdesk' 'StateDirectoryMode=0700' 'UMask=0077' 'NoNewPrivileges=yes' 'ProtectSystem=strict' \
	    'ReadWritePaths=/var/lib/hubdesk' 'PrivateTmp=yes' 'ProtectHome=yes' \
	    'WantedBy=multi-user.target'; do
		grep -qx "$key" "$unit" || fail "the unit lacks $key"
	done
	command -v systemd-analyze >/dev/null || {
		echo "  systemd-analyze is missing: the unit's keys alone were checked"
		return 0
	}
	# The unit as installed, but running the hubdesk under test.
	sed "s#/usr/local/bin/hubdesk#$HUBDESK#" "$unit" >hubdesk-kiosk.service
	systemd-analyze verify --man=no "$PWD/hubdesk-kiosk.service" >verify.out 2>&1 ||
	    fail "systemd-analyze verify: $(cat verify.out)"
	[ -s verify.out ] && fail "systemd-analyze verify complains: $(cat verify.out)"
	return 0
}

run_tests "$@"
