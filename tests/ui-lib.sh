# Helpers for the terminal UI suites (tests/ui/*.sh), on top of lib.sh:
# hubdesk runs in a private tmux server at a fixed size; keys go in with
# send-keys and the screen comes back with capture-pane. Waits poll the
# screen instead of sleeping blindly: every 10 ms for the first 0.5 s, when
# most screens have come, then every 30 ms, up to 10 s in all, so that a
# long wait spends less of the processor the program under test needs.
. "$(dirname "$0")/../lib.sh"

# Without tmux (an optional package) the suite is skipped, saying so.
for tool in tmux pkill; do
	command -v $tool >/dev/null 2>&1 && continue
	echo "  skipped: $tool is missing (apt-get install -y $(
	    [ $tool = tmux ] && echo tmux || echo procps)), so the terminal UI is not tested"
	echo "$(basename "$0" .sh): 0 passed, 0 failed"
	exit 0
done

# ui_start ARGS...: hubdesk with ARGS on $DB in a 100x30 terminal, or
# UI_COLS x UI_ROWS when set.
ui_start() { ui_start_cmd "$HUBDESK --db $DB $*"; }

# ui_start_cmd LINE: any command line in that terminal (an ssh session, a
# kiosk run as another user), with the suite's locale and language.
ui_start_cmd() {
	SOCK="$PWD/tmux.sock"
	tmux -S "$SOCK" -f /dev/null new-session -d -x "${UI_COLS:-100}" -y "${UI_ROWS:-30}" -s ui \
	    "env LANG=$LC_ALL LC_ALL=$LC_ALL LANGUAGE=$LANGUAGE TERM=tmux-256color $1"
	tmux -S "$SOCK" set-option -t ui remain-on-exit on >/dev/null
	trap 'tmux -S "$SOCK" kill-server 2>/dev/null; rm -f "$SOCK"' EXIT
}

ui_screen() { tmux -S "$SOCK" capture-pane -p -J -t ui; }

# ui_poll: one pause of a wait's loop, $i the polls so far; false once the
# 10 s are up.
UI_POLLS=367
ui_poll() {
	i=$((i + 1))
	[ $i -lt $UI_POLLS ] || return 1
	if [ $i -le 50 ]; then sleep 0.01; else sleep 0.03; fi
}

# ui_wait REGEX: until the screen matches (grep -E), else fail showing it.
ui_wait() {
	i=0
	while :; do
		ui_screen >screen.txt 2>/dev/null
		grep -Eq -- "$1" screen.txt && return 0
		ui_poll || break
	done
	echo "    waited 10 s for /$1/; the screen:"
	sed 's/^/      |/' screen.txt
	exit 1
}

# ui_wait_text REGEX: until the screen's text, its rows joined with single
# spaces, matches: a sentence wrapped over several rows is found whole, and
# one cut at the edge of the screen is not.
ui_wait_text() {
	i=0
	while :; do
		ui_screen >screen.txt 2>/dev/null
		tr -s '\n ' '  ' <screen.txt | grep -Eq -- "$1" && return 0
		ui_poll || break
	done
	echo "    waited 10 s for /$1/ in the text; the screen:"
	sed 's/^/      |/' screen.txt
	exit 1
}

# ui_gone REGEX: until the screen no longer matches.
ui_gone() {
	i=0
	while :; do
		ui_screen >screen.txt 2>/dev/null
		grep -Eq -- "$1" screen.txt || return 0
		ui_poll || break
	done
	echo "    waited 10 s for /$1/ to go; the screen:"
	sed 's/^/      |/' screen.txt
	exit 1
}

ui_type() { tmux -S "$SOCK" send-keys -t ui -l -- "$1"; }
ui_key() { tmux -S "$SOCK" send-keys -t ui "$@"; }
# ui_click COL ROW (1-based): a left button press and release, in the X10
# encoding that tmux-256color's terminfo (kmous=\E[M) tells ncurses to read.
ui_click() {
	b=$(printf '\\%03o' $((32 + 0)))
	r=$(printf '\\%03o' $((32 + 3)))
	x=$(printf '\\%03o' $((32 + $1)))
	y=$(printf '\\%03o' $((32 + $2)))
	ui_key -l "$(printf "\033[M$b$x$y\033[M$r$x$y")"
}

ui_resize() { tmux -S "$SOCK" resize-window -t ui -x "$1" -y "$2"; }

# ui_exit_status: waits for the program to end and prints its status.
ui_exit_status() {
	i=0
	while :; do
		s=$(tmux -S "$SOCK" display-message -p -t ui '#{pane_dead_status}' 2>/dev/null)
		if [ -n "$s" ]; then
			echo "$s"
			return 0
		fi
		# tmux 3.3a can miss SIGCHLD under load; remind it.
		pkill -CHLD -f "tmux -S $SOCK" 2>/dev/null
		ui_poll || break
	done
	echo "still running"
}

# ui_tr MSGID: MSGID in $LANGUAGE, from the catalogues the binary reads;
# a suite waits for the words of a screen in the language it runs.
ui_tr() {
	LC_ALL=C.UTF-8 TEXTDOMAINDIR="$ROOT/build/locale" gettext hubdesk "$1"
}

# ui_staff_login [NAME] [PIN]: from the home screen, through F9, the staff
# name and the PIN (Kaisa and 135792, whom add_staff adds, unless given) to
# the staff menu, in the language of $LANGUAGE.
ui_staff_login() {
	ui_wait "$(ui_tr 'Type your member code and press Enter')"
	ui_key F9
	ui_wait "$(ui_tr 'Type your staff name and press Enter.')"
	ui_type "${1:-Kaisa}"
	ui_key Enter
	ui_wait "$(ui_tr 'Type the staff PIN and press Enter.')"
	ui_type "${2:-135792}"
	ui_key Enter
	ui_wait "$(ui_tr 'Staff screens. Pick one with the arrows and Enter, or its number.')"
}

# ui_admin_stops: on a locked kiosk's home screen, q and the administrator
# Kaisa's name and PIN stop it, with exit status 0.
ui_admin_stops() {
	ui_key q
	ui_wait 'This kiosk is locked'
	ui_type Kaisa
	ui_key Enter
	ui_type 135792
	ui_key Enter
	assert_eq "$(ui_exit_status)" 0 "exit status"
}
