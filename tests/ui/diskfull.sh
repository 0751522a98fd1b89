#!/bin/sh
# The kiosk when the disk fills up under it: a check-in says so in the
# usual place, the kiosk stays up and in curses, and once space is freed the
# same check-in goes through. Needs a tmpfs (root); skipped without one.
. "$(dirname "$0")/../ui-lib.sh"

test_full_disk_says_so_and_the_kiosk_goes_on() {
	mkdir fs
	if ! mount -t tmpfs -o size=1024k tmpfs fs 2>/dev/null || ! mountpoint -q fs; then
		echo "    skipped: cannot mount a tmpfs here (not root, or in a container)"
		return 0
	fi
	DB=$PWD/fs/hub.db
	small_hub
	ui_start --now "'$NOW'"
	trap 'tmux -S "$SOCK" kill-server 2>/dev/null; umount -l "$PWD/fs"' EXIT
	ui_wait 'Desks free now: 3 of 3'
	timeout 20 dd if=/dev/zero of=fs/fill bs=4k count=4096 2>/dev/null
	ui_type "$A"
	ui_key Enter
	ui_wait 'Enter: take D0'
	ui_key Enter
	ui_wait_text 'the disk is full: free space on it, then try again'
	[ "$(tmux -S "$SOCK" display-message -p -t ui '#{pane_dead}')" = 0 ] ||
		fail "hubdesk ended: $(ui_screen | tail -3)"
	tmux -S "$SOCK" display-message -p -t ui '#{alternate_on}' | grep -qx 1 ||
		fail "the kiosk left curses's screen"
	rm -f fs/fill
	ui_key Escape
	ui_wait 'Type your member code'
	ui_type "$A"
	ui_key Enter
	ui_wait 'Enter: take D0'
	ui_key Enter
	ui_wait 'Welcome, Aino Ä\.!'
	assert_eq "$(sql 'PRAGMA integrity_check')" ok "integrity_check"
}

run_tests "$@"
