#!/bin/sh
# The man pages as man(1) renders them: no groff warnings, no words run
# together, nothing past the width, and the sections a reader looks for.
. "$(dirname "$0")/../lib.sh"

# man-db is an optional package: without it the suite is skipped, saying so.
command -v man >/dev/null 2>&1 || {
	echo "  skipped: man is missing (apt-get install -y man-db), so the man pages are not rendered"
	echo "manpage: 0 passed, 0 failed"
	exit 0
}

PAGES="$ROOT/docs/hubdesk.1 $ROOT/docs/hubdesk.conf.5"

# manpage_render PAGE WIDTH: the text in render.txt, warnings in warn.txt.
# A page is rendered at a width once a suite (man runs a pipeline of some
# eight programs) and the two files copied for the later renderings.
manpage_render() {
	rendered="${FIXTURES:-}/man.${1##*/}.$2"
	if [ -n "${FIXTURES:-}" ] && [ -f "$rendered/render.txt" ]; then
		cp "$rendered/render.txt" "$rendered/warn.txt" . || fail "cannot copy the rendering of $1"
		return 0
	fi
	MANWIDTH=$2 MANPAGER=cat man --warnings=all -l "$1" >render.txt 2>warn.txt ||
	    fail "man -l $1 failed: $(cat warn.txt)"
	[ -z "${FIXTURES:-}" ] || { mkdir -p "$rendered" && cp render.txt warn.txt "$rendered/"; } ||
	    rm -rf "$rendered"
}

test_pages_render_without_warnings() {
	for page in $PAGES; do
		for w in 80 100; do
			manpage_render "$page" $w
			[ -s warn.txt ] && fail "man -l $(basename "$page") at $w columns warns: $(head -5 warn.txt)"
			[ -s render.txt ] || fail "$(basename "$page") rendered empty"
		done
		if command -v groff >/dev/null 2>&1; then
			groff -man -Tutf8 -ww -z "$page" 2>warn.txt
			[ -s warn.txt ] && fail "groff -ww warns on $(basename "$page"): $(head -5 warn.txt)"
		fi
	done
	return 0
}

# manpage_each CHECK: renders each page at 80 and 100 columns and runs
# CHECK PAGE WIDTH on each rendering.
manpage_each() {
	for page in $PAGES; do
		for w in 80 100; do
			manpage_render "$page" $w
			$1 "$page" $w
		done
	done
}

manpage_no_wide_line() {
	wide=$(grep -nE "^.{$(($2 + 1)),}" render.txt | head -3)
	[ -z "$wide" ] || fail "$(basename "$1") at $2 columns has lines past the edge: $wide"
}

test_no_line_is_wider_than_the_terminal() {
	manpage_each manpage_no_wide_line
}

# Alternating-font macros (.IR, .BR, ...) join their arguments with no
# space: ".IR docs/metrics.md . [ and ] change the day." once rendered as
# "docs/metrics.md.[and]changetheday.". Every word of the rendered page must
# therefore be a word (or, hyphenated, part of one) of its source, and no
# punctuation may run into the next word.
manpage_no_glued_words() {
	glued=$(grep -oE '[^ ]*[a-z][.,;:!?](\[|[A-Z])[^ ]*' render.txt | head -3)
	[ -z "$glued" ] || fail "$(basename "$1"): punctuation runs into a word: $glued"
	glued=$(LC_ALL=C grep -oE '[A-Za-z]{3,}' render.txt | sort -u |
	    LC_ALL=C awk -v src="$1" 'BEGIN { while ((getline l < src) > 0) text = text l "\n" }
	        index(text, $0) == 0 { print }' | head -3)
	[ -z "$glued" ] || fail "$(basename "$1") at $2 columns shows words not in its source: $glued"
}

test_no_words_run_together() {
	manpage_each manpage_no_glued_words
}

test_hubdesk_1_has_examples_and_the_locale_under_environment() {
	manpage_render "$ROOT/docs/hubdesk.1" 80
	sed -n '/^EXAMPLES$/,/^[A-Z]/p' render.txt >examples.txt
	grep -q '^ *\$ hubdesk --db demo.db status$' examples.txt || fail "EXAMPLES lacks the status"
	grep -q 'book --member' examples.txt || fail "EXAMPLES lacks a booking"
	grep -q '^ *hubdesk: D04 is booked' examples.txt || fail "EXAMPLES lacks the refusal"
	grep -q 'checkin --member' examples.txt || fail "EXAMPLES lacks a check-in"
	grep -q 'bookings --date' examples.txt || fail "EXAMPLES lacks the bookings"
	sed -n '/^ENVIRONMENT$/,/^[A-Z]/p' render.txt >env.txt
	for v in LANG LC_ALL LC_NUMERIC HUBDESK_DB NO_COLOR; do
		grep -q "$v" env.txt || fail "ENVIRONMENT does not name $v"
	done
	grep -q 'decimal point' env.txt || fail "ENVIRONMENT does not say numbers keep their point"
}

# The page's example session is the README's, so both show what the demo does.
test_examples_match_the_readme_session() {
	for line in 'book --member YX4GG --space D04' 'book --member 634PT --space D04 --date 2026-11-24' \
	    'hubdesk: D04 is booked 09:00–12:00 by another member; free from 12:00' \
	    'checked in 634PT at 10:30, D10 (walk-in)' 'desks free now: 11 of 24'; do
		grep -qF -- "$line" "$ROOT/README.md" || fail "README lacks: $line"
		manpage_render "$ROOT/docs/hubdesk.1" 100
		grep -qF -- "$line" render.txt || fail "the man page's EXAMPLES lack: $line"
	done
}

run_tests "$@"
