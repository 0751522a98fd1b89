#!/bin/sh
# The command line in Finnish and Swedish: messages, help and text output
# follow the language, with people's dates and times in its forms, while
# --format csv and json stay byte for byte the same in every language and
# locale.
. "$(dirname "$0")/../lib.sh"

# A small hub with one booking of A's, 10:00-12:00 today at D01.
booked_hub() { fixture booked_hub_steps A B UUID; }
booked_hub_steps() {
	small_hub
	booked_hub_book
}
booked_hub_book() {
	expect 0 --now "$NOW" book --member "$A" --space D01 --date today --from 10:00 --to 12:00
	UUID=$(cat "$OUT")
}

test_status_in_finnish_and_swedish() {
	booked_hub
	expect 0 --lang fi --now "$NOW" status
	out_has '^Testipiste, ma 23\.11\.2026$'
	out_has '^auki 8\.00–17\.00$'
	out_has '^vapaita työpisteitä nyt: 3 / 3 '
	out_has '^paikalla nyt: 0 jäsentä, 0 vierasta$'
	out_has '^varauksia tänään: 1$'
	expect 0 --lang sv --now "$NOW" status
	out_has '^Testipiste, mån 23\.11\.2026$'
	out_has '^öppet 8\.00–17\.00$'
	out_has '^på plats nu: 0 medlemmar, 0 gäster$'
	out_has '^bokningar i dag: 1$'
	# One of each takes the singular.
	expect 0 --now "2026-11-23 10:00" checkin --member "$A"
	expect 0 --lang fi --now "2026-11-23 10:05" status
	out_has '^paikalla nyt: 1 jäsen, 0 vierasta$'
	expect 0 --lang sv --now "2026-11-23 10:05" status
	out_has '^på plats nu: 1 medlem, 0 gäster$'
}

test_hub_names_weekdays_and_hours_in_the_language() {
	small_hub
	expect 0 --lang fi hub
	out_has '^  kunta         Kuortane$'
	out_has '^aukioloajat:$'
	out_has '^  ma   8\.00–17\.00$'
	out_has '^  la   suljettu$'
	expect 0 --lang sv hub
	out_has '^  kommun        Kuortane$'
	out_has '^öppettider:$'
	out_has '^  mån  8\.00–17\.00$'
	out_has '^  lör  stängt$'
	expect 0 --lang en hub
	out_has '^  mon  08:00–17:00$'
	out_has '^  sat  closed$'
}

test_booking_check_in_and_out_confirmations() {
	booked_hub
	expect 0 --lang fi --now "2026-11-23 10:00" checkin --member "$A"
	out_has "^$A kirjautui sisään klo 10\.00, D01"
	expect 0 --lang sv --now "2026-11-23 11:30" checkout --member "$A"
	out_is "$A checkade ut kl. 11.30"
	expect 0 --lang fi --now "2026-11-23 11:40" checkin --member "$B" --space D02
	out_has "^$B kirjautui sisään klo 11\.40"
	expect 0 --lang fi --now "2026-11-23 12:00" checkout --member "$B"
	out_is "$B kirjautui ulos klo 12.00"
	expect 0 --lang sv --now "$NOW" cancel --member "$B" --from 2026-11-24 --to 2026-11-25
	out_is "avbokade 0 bokningar"
}

test_bookings_list_in_text_has_the_dates_and_words_of_the_language() {
	booked_hub
	expect 0 --lang fi --now "$NOW" bookings
	out_has "^$UUID +23\.11\.2026 +10\.00 +12\.00 +D01 +$A +Aino Äijälä +varattu "
	expect 0 --lang sv --now "$NOW" bookings
	out_has "^$UUID +23\.11\.2026 +10\.00 +12\.00 +D01 +$A +Aino Äijälä +bokad "
	expect 0 --lang en --now "$NOW" bookings
	out_has "^$UUID +2026-11-23 +10:00 +12:00 +D01 +$A +Aino Äijälä +booked "
	expect 0 --lang fi --now "$NOW" bookings --date 2026-11-24
	out_is "ei varauksia"
}

test_help_in_finnish_and_swedish() {
	expect 0 --lang fi --help
	out_has '^käyttö: hubdesk \[--db PATH\]'
	out_has '^Komennot:$'
	out_has '^  checkin    kirjaa jäsen sisään '
	out_has '^Valitsimet:$'
	out_has '^Poistumiskoodi: 0 tehty'
	expect 0 --lang sv --help
	out_has '^användning: hubdesk '
	out_has '^Kommandon:$'
	out_has '^  checkin    checka in en medlem '
	out_has '^Slutstatus: 0 klart'
	expect 0 --lang fi checkin --help
	out_has '^käyttö: hubdesk checkin --member CODE '
	out_has '^kirjaa jäsen sisään'
	out_has 'sisäänkirjautumisikkuna'
	expect 0 --lang sv checkin --help
	out_has '^användning: hubdesk checkin --member CODE '
	out_has 'incheckningsfönster'
}

# The heads of text tables are in the language of the values under them.
test_text_table_heads_in_finnish_and_swedish() {
	booked_hub
	expect 0 --now "2026-11-23 10:00" checkin --member "$A"
	expect 0 --lang fi --now "2026-11-23 10:30" bookings
	out_has '^UUID +päivä +alkaa +päättyy +paikka +jäsen +nimi +tila +sarja$'
	expect 0 --lang fi --now "2026-11-23 10:30" visits
	out_has '^UUID +laji +jäsen +nimi +isäntä +asia +paikka +varaus +tulo +lähtö '
	out_has ' jäsen +'"$A"' +Aino Äijälä '
	expect 0 --lang fi --now "2026-11-23 10:30" space list
	out_has '^koodi +laji +nimi +paikkoja +alue +kartan sarake +kartan rivi +tila$'
	out_has '^D01 +työpiste +'
	out_has '^R1 +huone +'
	expect 0 --lang fi --now "2026-11-23 10:30" rules show
	out_has '^sääntö +arvo +merkitys$'
	expect 0 --lang sv --now "2026-11-23 10:30" bookings
	out_has '^UUID +datum +från +till +plats +medlem +namn +status +serie$'
	expect 0 --lang sv --now "2026-11-23 10:30" space list
	out_has '^kod +typ +namn +platser +zon +kartkolumn +kartrad +status$'
	out_has '^D01 +arbetsplats +'
	expect 0 --lang sv --now "2026-11-23 10:30" free --date today --kind room
	out_has '^kod +typ +namn +platser +zon$'
	out_has '^R1 +rum +'
	# What staff type and machines read stays English outside text.
	expect 0 --lang fi --now "2026-11-23 10:30" space list --format csv
	out_has '^D01,desk,'
}

# csv-fi is for a spreadsheet set to Finnish: its heads are the language's,
# while --format csv keeps the English keys.
test_csv_fi_heads_follow_the_language() {
	booked_hub
	expect 0 --lang fi --now "$NOW" bookings --format csv-fi
	head -1 "$OUT" | grep -q 'UUID;päivä;alkaa;päättyy;paikka;jäsen;nimi;tila;sarja' ||
	    fail "bookings csv-fi heads are not Finnish: $(head -1 "$OUT")"
	expect 0 --lang fi --now "$NOW" member list --format csv-fi
	head -1 "$OUT" | grep -q 'koodi;nimi;sähköposti;kotikunta;' ||
	    fail "member list csv-fi heads are not Finnish: $(head -1 "$OUT")"
	expect 0 --lang fi --now "$NOW" bookings --format csv
	assert_eq "$(head -1 "$OUT" | tr -d '\r')" "uuid,date,from,to,space,member,name,status,series"
}

# A help whose usage shows YYYY-MM-DD or HH:MM says the Finnish forms are
# taken too, in the language; one without dates says nothing of them.
test_help_names_the_forms_dates_and_times_are_typed_in() {
	expect 0 book --help
	out_has '^A date may be typed 27\.11\.2026, 27\.11\. \(this year\) or 2026-11-27\.$'
	out_has '^A time may be typed 9, 9\.30, 9:30 or 09:30, '
	expect 0 --lang fi free --help
	out_has '^Päivämäärän voi kirjoittaa muodossa 27\.11\.2026, 27\.11\. '
	out_has '^Kellonajan voi kirjoittaa muodossa 9, 9\.30, 9:30 '
	expect 0 --lang sv bookings --help
	out_has '^Ett datum kan skrivas 27\.11\.2026, 27\.11\. \(i år\) eller 2026-11-27\.$'
	out_lacks 'En tid kan skrivas'
	expect 0 --lang sv visit edit --help
	out_has '^Datum och tid kan skrivas "27\.11\.2026 9\.30" '
	expect 0 space list --help
	out_lacks 'may be typed'
}

# The lines of po/LANG.po's msgids (ids.txt) and of its translations
# (strs.txt), one a line, as the program prints them.
po_lines() {
	awk -v ids=ids.txt -v strs=strs.txt '
	    function flush() {
		if (key != "") {
			n = split(text, lines, "\n")
			for (i = 1; i <= n; i++)
				if (lines[i] != "")
					print lines[i] > (key == "id" ? ids : strs)
		}
		key = ""
		text = ""
	    }
	    /^msgid / || /^msgid_plural / { flush(); key = "id" }
	    /^msgstr/ { flush(); key = "str" }
	    /^msgctxt / || /^#/ || /^$/ { flush(); next }
	    /"/ {
		s = $0
		sub(/^[^"]*"/, "", s)
		sub(/"$/, "", s)
		gsub(/\\n/, "\n", s)
		gsub(/\\"/, "\"", s)
		text = text s
	    }
	    END { flush() }' "$ROOT/po/$1.po"
	[ -s ids.txt ] && [ -s strs.txt ] || fail "no msgids read from po/$1.po"
}

# Prints each line of FILE that is an English msgid line left as it is: a
# line of a msgid that no translation of LANG holds. A command list's line
# is looked at without its command name too.
untranslated_lines() {
	awk 'FILENAME == ARGV[1] { id[$0] = 1; next }
	    FILENAME == ARGV[2] { str[$0] = 1; next }
	    {
		rest = $0
		sub(/^  [a-z-]+ +/, "", rest)
		if (($0 in id) && !($0 in str))
			print $0
		else if (rest != $0 && (rest in id) && !(rest in str))
			print rest
	    }' ids.txt strs.txt "$1"
}

test_help_has_no_untranslated_line() {
	"$HUBDESK" --lang en --help >en.txt
	cmds=$(sed -n '/^Commands:$/,/^$/s/^  \([a-z-]*\) .*/\1/p' en.txt)
	[ -n "$cmds" ] || fail "no commands in the English --help"
	# Each language's helps in help.LANG.txt: the command list, then each
	# command's and its sub-commands'.
	for lang in fi sv; do
		"$HUBDESK" --lang $lang --help >help.$lang.txt
	done
	for c in $cmds; do
		# A family's sub-commands (member import, space list …), named in
		# its help's usage lines, the same for both languages.
		subs=$("$HUBDESK" --lang en "$c" --help |
		    sed -n "s/^  $c \([a-z][a-z-]*\)\( .*\)\{0,1\}$/\1/p" | sort -u)
		for lang in fi sv; do
			"$HUBDESK" --lang $lang "$c" --help >>help.$lang.txt || fail "$c --help failed"
			for s in $subs; do
				"$HUBDESK" --lang $lang "$c" "$s" --help >>help.$lang.txt ||
				    fail "$c $s --help failed"
				echo "$c $s" >>seen.txt
			done
		done
	done
	for lang in fi sv; do
		po_lines $lang
		grep -qx 'member import' seen.txt || fail "member import --help was not looked at"
		left=$(untranslated_lines help.$lang.txt)
		[ -z "$left" ] || fail "--lang $lang help has English lines: $left"
	done
}

test_refusals_keep_their_exit_code_and_prefix() {
	booked_hub
	expect_refused 2 --lang fi --now "$NOW" book --member "$A"
	assert_eq "$(cat "$ERR")" "hubdesk: --member, --space ja --date ovat pakollisia; katso 'hubdesk book --help'"
	expect_refused 2 --lang sv --now "$NOW" bookings --date someday
	assert_eq "$(cat "$ERR")" "hubdesk: 'someday' är inte ett datum; skriv det som 27.11.2026, 27.11. (i år) eller 2026-11-27 (eller today, tomorrow)"
	expect_refused 2 --lang fi --now "$NOW" visit add --guest "Eero" --in 09:00 --out 10:00
	assert_eq "$(cat "$ERR")" "hubdesk: --guest tarvitsee valitsimen --host; katso 'hubdesk visit add --help'"
	expect_refused 2 --lang sv --now "$NOW" space frobnicate
	err_has "^hubdesk: okänt space-kommando 'frobnicate'; se 'hubdesk space --help'$"
}

test_machine_output_is_the_same_in_every_language_and_locale() {
	booked_hub
	expect 0 --now "2026-11-23 10:00" checkin --member "$A"
	expect 0 --now "2026-11-23 10:00" guest --name "Eero Esimerkki" --host "$A"
	for args in "status --format csv" "status --format json" "hub --format csv" \
	    "hub --format json" "bookings --format csv" "bookings --format json" \
	    "visits --format csv" "visits --format json" "space list --format csv" \
	    "member list --format json" "closed list --format csv" "rules show --format csv"; do
		# shellcheck disable=SC2086
		LANGUAGE= LC_ALL=C "$HUBDESK" --db "$DB" --now "2026-11-23 10:30" $args >ref ||
		    fail "$args failed"
		for lang in en fi sv; do
			# shellcheck disable=SC2086
			"$HUBDESK" --db "$DB" --lang $lang --now "2026-11-23 10:30" $args >got
			cmp -s ref got || fail "$args differs in --lang $lang: $(diff ref got | head -4)"
		done
		for loc in C.UTF-8 fi_FI.UTF-8 sv_FI.UTF-8; do
			# shellcheck disable=SC2086
			LANGUAGE= LC_ALL=$loc "$HUBDESK" --db "$DB" --now "2026-11-23 10:30" $args >got
			cmp -s ref got || fail "$args differs under $loc: $(diff ref got | head -4)"
		done
	done
	# And the text does change, so the comparison above compared something.
	LANGUAGE= LC_ALL=fi_FI.UTF-8 "$HUBDESK" --db "$DB" --now "2026-11-23 10:30" status >got
	grep -q '^paikalla nyt: 1 jäsen, 1 vieras$' got || fail "fi_FI.UTF-8 status is not Finnish: $(cat got)"
}

run_tests "$@"
