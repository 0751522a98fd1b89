#!/bin/sh
# What machines read is the same in every locale and every language: the
# report's CSV and JSON, the dump and the roll-up, written under Finnish and
# Swedish locales (both write a decimal comma) and compared byte for byte
# with the C locale, and written in Finnish and Swedish and compared with
# English. The HTML, in one language, is the same in every locale too.
. "$(dirname "$0")/../lib.sh"

NOW="2026-11-23 12:00"
LOCALES="fi_FI.UTF-8 sv_FI.UTF-8"

# The locales of $LOCALES that are installed and really write a decimal
# comma; the suite says which it has to skip.
COMMA=
for l in $LOCALES; do
	if [ "$(LC_ALL=$l locale decimal_point 2>/dev/null)" = "," ]; then
		COMMA="$COMMA $l"
	else
		echo "  (skip $l: not installed, so not compared; .ci/run generates it)"
	fi
done

# in_locale LOCALE FILE ARGS...: hubdesk on $DB under LOCALE, stdout in FILE;
# fails unless it exits 0.
in_locale() {
	l=$1 f=$2
	shift 2
	LANG=$l LC_ALL=$l "$HUBDESK" --db "$DB" --now "$NOW" "$@" >"$f" 2>"$ERR" ||
		fail "hubdesk $* under $l: exit $?"
}

# same FILE FILE: the same bytes, but for the dump's generated_at line.
same() {
	grep -v '^  "generated_at": ' "$1" >"$1.cmp"
	grep -v '^  "generated_at": ' "$2" >"$2.cmp"
	cmp -s "$1.cmp" "$2.cmp" || fail "$2 differs from $1: $(diff "$1.cmp" "$2.cmp" | head -6)"
}

# A JSON reader other than hubdesk's own, to check what it writes.
if command -v jq >/dev/null 2>&1; then
	JSON_CHECK="jq ."
elif command -v python3 >/dev/null 2>&1; then
	JSON_CHECK="python3 -m json.tool"
else
	JSON_CHECK=
	echo "  (skip the JSON syntax checks: neither jq nor python3 is installed)"
fi

json_valid() { # json_valid FILE
	[ -z "$JSON_CHECK" ] && return 0
	$JSON_CHECK "$1" >/dev/null 2>&1 || fail "$1 is not valid JSON"
}

has_decimal() { # has_decimal FILE: there is a decimal point to get wrong
	grep -q '[0-9]\.[0-9]' "$1" || fail "$1 has no decimal number to compare"
}

demo_hub() { fixture --as-is demo_hub_steps; } # made once a suite and copied
demo_hub_steps() {
	"$HUBDESK" --db "$DB" --now "$NOW" demo --months 2 --seed 3 >/dev/null 2>"$ERR" ||
		fail "the demo failed"
}

test_report_csv_json_and_html_are_the_same_in_every_locale() {
	demo_hub
	for fmt in csv json html; do
		in_locale C.UTF-8 "c.$fmt" report --month 2026-10 --format "$fmt"
		has_decimal "c.$fmt"
		for l in $COMMA; do
			in_locale "$l" "$l.$fmt" report --month 2026-10 --format "$fmt"
			same "c.$fmt" "$l.$fmt"
		done
	done
	json_valid c.json
	# The month in progress has a "through" and other figures.
	in_locale C.UTF-8 now.json report --month 2026-11 --format json
	for l in $COMMA; do
		in_locale "$l" "$l.now.json" report --month 2026-11 --format json
		same now.json "$l.now.json"
		json_valid "$l.now.json"
	done
	grep -q 'fill-opacity="0\.[0-9]*"' c.html || fail "the heat map has no fill-opacity"
	xmllint --noout c.html || fail "the HTML is not well-formed"
}

test_dump_is_the_same_in_every_locale() {
	demo_hub
	in_locale C.UTF-8 c.dump dump --month 2026-10
	has_decimal c.dump
	json_valid c.dump
	for l in $COMMA; do
		in_locale "$l" "$l.dump" dump --month 2026-10
		json_valid "$l.dump"
		same c.dump "$l.dump"
	done
}

test_rollup_reads_and_writes_the_same_in_every_locale() {
	demo_hub
	in_locale C.UTF-8 sep.dump dump --month 2026-09
	in_locale C.UTF-8 oct.dump dump --month 2026-10
	for fmt in csv json; do
		in_locale C.UTF-8 "c.$fmt" rollup sep.dump oct.dump --months 2026-09..2026-10 --format "$fmt"
		has_decimal "c.$fmt"
		for l in $COMMA; do
			in_locale "$l" "$l.$fmt" rollup sep.dump oct.dump --months 2026-09..2026-10 --format "$fmt"
			same "c.$fmt" "$l.$fmt"
		done
	done
	json_valid c.json
	# The total is the sum of what the dumps say, read with their decimals.
	sum=$(sed -n 's/^  "occupied_desk_hours": \(.*\),$/\1/p' sep.dump oct.dump |
		awk '{ s += $1 } END { printf "%.4f", s }' | sed 's/\.\{0,1\}0*$//')
	grep -q "^    \"occupied_desk_hours\": $sum,\$" c.json ||
		fail "the total's occupied desk-hours are not $sum: $(grep '^    "occupied_desk_hours"' c.json)"
}

# in_lang LANG FILE ARGS...: hubdesk on $DB in the language LANG.
in_lang() {
	lang=$1 f=$2
	shift 2
	"$HUBDESK" --db "$DB" --now "$NOW" --lang "$lang" "$@" >"$f" 2>"$ERR" ||
		fail "hubdesk --lang $lang $*: exit $?"
}

# The report's text and HTML are in the hub's language; what machines read
# is not: every language writes the same bytes.
test_machine_outputs_are_the_same_in_every_language() {
	demo_hub
	in_lang en c.dump dump --month 2026-09
	for lang in en fi sv; do
		in_lang "$lang" "$lang.csv" report --month 2026-10 --format csv
		in_lang "$lang" "$lang.json" report --month 2026-10 --format json
		in_lang "$lang" "$lang.now.json" report --month 2026-11 --format json
		in_lang "$lang" "$lang.dump" dump --month 2026-10
		in_lang "$lang" "$lang.rollup.csv" rollup c.dump "$lang.dump" --months 2026 --format csv
		in_lang "$lang" "$lang.rollup.json" rollup c.dump "$lang.dump" --months 2026 --format json
	done
	for lang in fi sv; do
		for f in csv json now.json dump rollup.csv rollup.json; do
			same "en.$f" "$lang.$f"
		done
	done
	has_decimal en.json
	in_lang fi fi.txt report --month 2026-10
	grep -q '[0-9],[0-9] %' fi.txt || fail "the Finnish text has no decimal comma"
}

run_tests "$@"
