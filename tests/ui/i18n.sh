#!/bin/sh
# The kiosk's screens in Finnish and Swedish: no English string of the
# catalogue left on any screen a visitor walks through, the language key
# for one visitor, the config's language, and people's dates.
. "$(dirname "$0")/../ui-lib.sh"

PY=/usr/bin/python3
[ -x "$PY" ] || {
	echo "  skipped: $PY is missing (apt-get install -y python3), so the catalogue is not read"
	echo "i18n: 0 passed, 0 failed"
	exit 0
}

NOW="2026-11-24 09:30"

# The English of the catalogue that a screen must not show: each msgid
# that po/fi.po translates differently, cut at its printf directives, the
# pieces of two words or more, or of one word of six letters or more. The
# language key's help is in the language it switches to: English, by
# design, on a Swedish kiosk. Worked out once a suite and copied.
english_msgids() {
	if [ -n "${FIXTURES:-}" ] && [ -f "$FIXTURES/english.txt" ]; then
		cp "$FIXTURES/english.txt" english.txt || fail "cannot copy english.txt"
	else
		english_msgids_of_fi >english.txt
		[ -z "${FIXTURES:-}" ] || cp english.txt "$FIXTURES/english.txt"
	fi
	[ "$(wc -l <english.txt)" -gt 100 ] || fail "found only $(wc -l <english.txt) English strings"
}
english_msgids_of_fi() {
	msgcat --no-wrap "$ROOT/po/fi.po" | "$PY" -c '
import re, sys
text = sys.stdin.read()
def unq(s):
    return re.sub(r"\\(.)", lambda m: {"n": "\n", "t": "\t"}.get(m.group(1), m.group(1)), s)
for e in text.split("\n\n"):
    m = re.search(r"^msgid \"(.*)\"$", e, re.M)
    t = re.search(r"^msgstr(?:\[0\])? \"(.*)\"$", e, re.M)
    if not m or not t or not m.group(1) or unq(m.group(1)) == unq(t.group(1)):
        continue
    for piece in re.split(r"%[-*0-9.]*(?:zu|s|d|c)|\n", unq(m.group(1))):
        piece = piece.strip(" :;,.()[]")
        words = piece.split()
        if len(words) >= 2 or (len(words) == 1 and len(re.sub(r"\W", "", piece)) >= 6):
            print(piece)
'| grep -v -e '^Use the kiosk in English' -e '^hubdesk$' | sort -u
}

# Adds the screen's text, rows joined, to seen.txt.
keep_screen() {
	ui_screen | tr -s '\n ' '  ' >>seen.txt
	echo >>seen.txt
}

# walk ANCHOR...: the kiosk's screens one by one; each ANCHOR is the
# screen's text in the language tested, waited for before it is kept.
walk() {
	home=$1 help=$2 grid=$3 week=$4 map=$5 guest=$6 found=$7 hello=$8 offer=$9
	shift 9
	bye=$1 paused=$2
	: >seen.txt
	ui_wait "$home"; keep_screen
	ui_key F1; ui_wait "$help"; keep_screen
	ui_key Down Down Down Down Down Down Down Down Down Down; keep_screen
	ui_key Escape; ui_wait "$home"
	ui_key F2; ui_wait "$grid"; keep_screen
	ui_key Enter; ui_wait 'D01'; keep_screen         # the code prompt
	ui_key Escape
	ui_key Right Enter; ui_wait 'D01'; keep_screen   # ... after which a span
	ui_key Escape
	ui_key f; ui_wait 'D02'; keep_screen             # what is free
	ui_key w; ui_wait "$week"; keep_screen
	ui_key F1; ui_wait "$help"; keep_screen
	ui_key Escape Escape; ui_wait "$home"
	ui_key F4; ui_wait "$map"; keep_screen
	ui_key Escape; ui_wait "$home"
	ui_key F3; ui_wait "$guest"; keep_screen
	ui_type "Máret Sára"; ui_key Tab; ui_type "Ain"; ui_wait "$found"; keep_screen
	ui_key Enter Tab; keep_screen
	ui_key F8; ui_type "Zzz"; keep_screen
	ui_key Escape; ui_wait "$home"
	ui_type "$A"; ui_key Enter; ui_wait "$hello"; keep_screen
	ui_type "$B"; ui_key Enter; ui_wait "$offer"; keep_screen
	ui_key Escape
	ui_type "$A"; ui_key Enter; ui_wait "$bye"; keep_screen
	for i in 1 2 3 4 5; do ui_type "XXXXX"; ui_key Enter; done
	ui_wait "$paused"; keep_screen
	ui_key F9; ui_gone 'F10'; keep_screen             # the staff name prompt
	ui_key Escape
}

# fails naming every English string of the catalogue found on a screen.
no_english_seen() {
	found=$(grep -F -o -f english.txt seen.txt | sort -u)
	[ -z "$found" ] || fail "English on the $1 screens: $(echo "$found" | tr '\n' '|')"
}

# walk_in LANGUAGE ANCHOR...: a hub with a booking of Aino's that has
# begun, the kiosk in LANGUAGE, and the walk.
walk_in() {
	l=$1
	shift
	small_hub
	english_msgids
	expect 0 --now "$NOW" book --member "$A" --space D02 --date today --from 09:30 --to 12:00
	LANGUAGE=$l ui_start --now "'$NOW'"
	walk "$@"
}

test_finnish_screens_show_no_english() {
	walk_in fi 'Kirjoita jäsenkoodisi' 'Näppäimet: ' 'Selite:' 'Viikko alkaen ma 23\.11\.2026' \
	    'Tila nyt' 'Kirjaudu vieraslistaan' 'Aino Ä\.' 'Tervetuloa, Aino Ä\.' \
	    'Tervetuloa, Ville V\.! Sinulla ei ole' 'Näkemiin, Aino Ä\.' 'Liian monta'
	no_english_seen Finnish
}

test_swedish_screens_show_no_english() {
	walk_in sv 'Skriv din medlemskod' 'Tangenter: ' 'Förklaring:' 'Veckan från mån 23\.11\.2026' \
	    'Rummet nu' 'besöksloggen' 'Aino Ä\.' 'Välkommen, Aino Ä\.' \
	    'Välkommen, Ville V\.! Ingen bokning' 'Hej då, Aino Ä\.' 'För många'
	no_english_seen Swedish
}

# The check of the other two: the same walk in English finds the strings
# the Finnish and Swedish ones must not, so a walk that saw nothing cannot
# pass them.
test_english_walk_finds_the_english() {
	walk_in en 'Type your member code' 'Keys of the ' 'Legend:' 'Week of Mon 2026-11-23' \
	    'The room now' 'visitor log' 'Aino Ä\.' 'Welcome, Aino Ä\.' \
	    'Welcome, Ville V\.! No booking' 'Goodbye, Aino Ä\.' 'Too many'
	n=$(grep -F -o -f english.txt seen.txt | sort -u | wc -l)
	[ "$n" -ge 40 ] || fail "the English walk saw only $n strings of the catalogue"
}

test_dates_and_times_are_the_languages() {
	small_hub
	(
		mkdir fi && cd fi
		LANGUAGE=fi ui_start --now "'$NOW'"
		ui_wait 'ti 24\.11\.2026 klo 9\.3[0-9]'
		ui_wait 'Avoinna tänään klo 8\.00–17\.00'
		ui_key F2
		ui_wait '^ ti 24\.11\.2026 '
	) || exit 1
	LANGUAGE=sv ui_start --now "'$NOW'"
	ui_wait 'tis 24\.11\.2026 kl\. 9\.3[0-9]'
	ui_wait 'Öppet i dag kl\. 8\.00–17\.00'
	ui_key F2
	ui_wait '^ tis 24\.11\.2026 '
	ui_key w
	ui_wait 'mån 23\.11 +tis 24\.11 +ons 25\.11'
}

test_language_key_is_for_one_visitor() {
	small_hub
	printf 'idle_timeout = 5\n' >conf
	LANGUAGE=fi ui_start --config conf --now "'$NOW'"
	ui_wait 'Kirjoita jäsenkoodisi'
	ui_wait 'F5Svenska'
	ui_key F1
	ui_wait 'F5 +Använd kiosken på svenska'
	ui_key Escape
	ui_key F5
	ui_wait 'Skriv din medlemskod'
	ui_wait 'F5English'
	ui_type "$A"
	ui_key Enter
	ui_wait 'Välkommen, Aino Ä\.! Ingen bokning nu'
	ui_key Enter
	ui_wait 'Välkommen, Aino Ä\.! Din arbetsplats är D01'
	# The member is done: the screen around the greeting is the hub's again.
	ui_wait 'Kirjoita jäsenkoodisi'
	ui_key F5 F5
	ui_wait 'Type your member code'
	ui_wait 'F5Suomi'
	# Nobody touches the kiosk: the idle return brings back Finnish.
	sleep 5
	ui_wait 'Kirjoita jäsenkoodisi'
}

test_yes_is_y_and_the_languages_own_key() {
	small_hub
	expect 0 --now "$NOW" book --member "$A" --space D01 --date today --from 13:00 --to 14:00
	LANGUAGE=fi ui_start --now "'$NOW'"
	ui_wait 'Kirjoita jäsenkoodisi'
	ui_type "$A"
	ui_key F2
	ui_wait 'Varaaja: Aino Ä\.'
	ui_key Right Right Right Right Right Right Right Right
	ui_key Enter
	ui_wait 'Peruutetaanko varauksesi D01 13\.00–14\.00\? k: kyllä'
	ui_wait 'kKyllä'
	ui_key k
	ui_wait 'Varauksesi D01 13\.00–14\.00 on peruttu\.'
	ui_key Escape
	ui_wait 'Kirjoita jäsenkoodisi'
	ui_wait 'varauksia tänään: 0'
	# y answers in every language.
	ui_key q
	ui_wait 'Lopetetaanko hubdesk\? k: kyllä'
	ui_key y
	assert_eq "$(ui_exit_status)" 0 "exit status"
}

test_config_language_makes_the_kiosk_swedish() {
	small_hub
	printf 'language = sv\n' >conf
	LANGUAGE=fi ui_start --config conf --now "'$NOW'"
	ui_wait 'Skriv din medlemskod'
	ui_wait ' · Välkommen '
	ui_key q
	ui_wait 'Avsluta hubdesk\? j: ja'
	ui_key j
	assert_eq "$(ui_exit_status)" 0 "exit status"
}

# Every screen's key bar ends whole at 80 columns: a label that does not
# fit is left out, so the last one (Esc) shows that they all fit.
test_key_bars_fit_80_columns() {
	small_hub
	for l in fi sv en; do (
		mkdir $l && cd $l
		UI_COLS=80 UI_ROWS=24 LANGUAGE=$l ui_start --now "'$NOW'"
		ui_wait 'F10'
		tail -n 1 screen.txt | grep -q 'F10' || fail "$l: the home bar lacks F10"
		ui_key F2
		ui_wait 'D03'
		tail -n 1 screen.txt | grep -q 'Esc' || fail "$l: the grid's bar lacks Esc: $(tail -n 1 screen.txt)"
		ui_key w
		ui_wait '23\.11'
		tail -n 1 screen.txt | grep -q 'Esc' || fail "$l: the week's bar lacks Esc"
		ui_key Escape F3
		ui_wait 'F8'
		tail -n 1 screen.txt | grep -q 'Esc' || fail "$l: the guests' bar lacks Esc"
	) || exit 1; done
}

run_tests "$@"
