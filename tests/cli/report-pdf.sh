#!/bin/sh
# The monthly report a funder accepts: the HTML report in the hub's
# language, printed to PDF by headless Chromium as a browser would print it:
# A4, the pages it should have, the month in words, the definitions in an
# appendix, no internal identifier. And the roll-up's page, its
# municipalities by visitors with "other" and "unknown" last.
. "$(dirname "$0")/../lib.sh"

NOW="2026-11-23 12:00"
UUID_RE='[0-9a-f]\{8\}-[0-9a-f]\{4\}-[0-9a-f]\{4\}-[0-9a-f]\{4\}-[0-9a-f]\{12\}'

CHROMIUM=$(command -v chromium || command -v chromium-browser || true)
[ -n "$CHROMIUM" ] || echo "  (skip the PDF checks: chromium is missing (apt-get install -y chromium))"
command -v pdfinfo >/dev/null 2>&1 && command -v pdftotext >/dev/null 2>&1 ||
	{ CHROMIUM=; echo "  (skip the PDF checks: pdfinfo is missing (apt-get install -y poppler-utils))"; }

demo_hub() { fixture --as-is demo_hub_steps; } # made once a suite and copied
demo_hub_steps() {
	"$HUBDESK" --db "$DB" --now "$NOW" demo --months 2 --seed 3 >/dev/null 2>"$ERR" ||
		fail "the demo failed"
}

# pdf HTML PDF: Chromium prints the page as a browser would, with no header
# or footer of its own, in a profile of the test's own. One print takes
# Chromium several seconds, so only the Finnish page is printed; the Swedish
# one is the same page in other words.
pdf() {
	# Its own home and XDG folders: lib.sh points XDG_CONFIG_HOME at a
	# folder that must not exist, where Chromium would make its profile.
	HOME=$PWD/home XDG_CONFIG_HOME=$PWD/home XDG_CACHE_HOME=$PWD/home \
	    timeout 60 "$CHROMIUM" --headless --no-sandbox --disable-gpu \
	    --no-pdf-header-footer --no-first-run --disable-extensions \
	    --disable-background-networking --user-data-dir="$PWD/home/profile" \
	    --print-to-pdf="$PWD/$2" "file://$PWD/$1" >chromium.log 2>&1 ||
		fail "chromium failed: $(tail -3 chromium.log)"
	[ -s "$2" ] || fail "chromium wrote no $2"
}

# no_identifiers FILE: no UUID, and no member's code, anywhere in it.
no_identifiers() {
	grep -qi "$UUID_RE" "$1" && fail "$1 holds a UUID: $(grep -oi "$UUID_RE" "$1" | head -1)"
	for code in $(sql 'SELECT code FROM member'); do
		grep -qw "$code" "$1" && fail "$1 holds the member code $code"
	done
	return 0
}

test_finnish_report_prints_on_a4_with_its_definitions() {
	demo_hub
	expect 0 --now "$NOW" --lang fi report --month 2026-10 --format html --output fi.html
	grep -q '<html [^>]*lang="fi"' fi.html || fail "the page is not marked Finnish"
	grep -q '<title>Kuortaneen etätyöpiste — lokakuu 2026</title>' fi.html ||
		fail "the title does not name the month in words"
	grep -q '@page{size:A4' fi.html || fail "no A4 page rule"
	grep -q 'break-inside:avoid' fi.html || fail "tables may be split over pages"
	grep -q 'docs/metrics.md' fi.html && fail "the page points to a file instead of defining"
	no_identifiers fi.html
	[ -n "$CHROMIUM" ] || return 0
	pdf fi.html fi.pdf
	pdfinfo fi.pdf >info.txt
	grep -Eq '^Page size: +59[45]\.[0-9]+ x 841\.[0-9]+ pts \(A4\)' info.txt ||
		fail "not A4: $(grep 'Page size' info.txt)"
	# The figures and charts on the first two pages, the appendix on its own.
	grep -Eq '^Pages: +3$' info.txt || fail "expected 3 pages: $(grep Pages info.txt)"
	pdftotext fi.pdf fi.txt
	for words in 'lokakuu 2026' 'Työpisteiden käyttöaste päivittäin' 'Eri kävijät kotikunnittain' \
	    'Liite: määritelmät' 'Pienet solut' 'etätyöntekijä' 'tuntematon'; do
		grep -q "$words" fi.txt || fail "the PDF lacks '$words'"
	done
	grep -Eq '[0-9],[0-9] / [0-9]+,[0-9] työpistetuntia' fi.txt || fail "no decimal comma in the PDF"
	grep -q 'desk-hours\|Definitions\|withheld' fi.txt && fail "English left in the PDF"
	no_identifiers fi.txt
	# The table of municipalities is whole on one page: its head and its
	# last row are on the same one.
	page=$(pdftotext -f 2 -l 2 fi.pdf - | grep -c 'Eri kävijät kotikunnittain\|^muualta$')
	[ "$page" -eq 2 ] || fail "the municipality table is split over pages"
}

test_swedish_report_and_a_month_in_progress() {
	demo_hub
	expect 0 --now "$NOW" --lang sv report --month 2026-10 --format html --output sv.html
	grep -q '<html [^>]*lang="sv"' sv.html || fail "the page is not marked Swedish"
	grep -q 'oktober 2026' sv.html || fail "no month in words"
	grep -q 'Bilaga: definitioner' sv.html || fail "no appendix"
	grep -q 'Unika besökare per hemkommun' sv.html || fail "no Swedish heading"
	no_identifiers sv.html
	expect 0 --now "$NOW" --lang fi report --month 2026-11 --format html --output now.html
	grep -q 'marraskuu 2026 tähän mennessä, ma 23.11.2026 klo 12.00 asti' now.html ||
		fail "the month in progress does not say so"
}

# The figures of the report's first block end in one column, however long
# the language's labels ("arbetsplatstimmar tillgängliga").
report_figures_aligned() {
	ends=$(sed -n '3,12p' "$OUT" | sed -E 's/^([^0-9]*[0-9][0-9,]*).*/\1/' | while IFS= read -r l; do
		printf '%s' "$l" | wc -m; done | sort -u)
	[ "$(echo "$ends" | wc -l)" = 1 ] || fail "the figures end in columns $(echo $ends)"
}

test_text_report_in_finnish_has_a_decimal_comma() {
	demo_hub
	expect 0 --now "$NOW" --lang fi report --month 2026-10
	out_has '^Kuortaneen etätyöpiste, Kuortane: lokakuu 2026$'
	out_has '^työpistetunteja käytetty +1059,5 +käyttöaste +22,3 %$'
	out_has '^eniten paikalla +14 +ke 21\.10\.2026 klo 11\.03$'
	out_lacks '[0-9]\.[0-9] %'
	report_figures_aligned
	expect 0 --now "$NOW" --lang sv report --month 2026-10
	report_figures_aligned
	out_has '^arbetsplatstimmar använda +1059,5 +beläggning +22,3 %$'
	out_has '^  ons '
}

test_rollup_page_lists_municipalities_by_visitors() {
	demo_hub
	expect 0 --now "$NOW" dump --month 2026-09 --output sep.json
	expect 0 --now "$NOW" dump --month 2026-10 --output oct.json
	expect 0 --lang fi rollup sep.json oct.json --months 2026-09..2026-10
	out_has '^piste +kuukausi +käyttöaste +varausaste +käynnit +eri +saapumatta$'
	out_has '^Kuortaneen etätyöpiste +lokakuu 2026 +22,3 % +16,9 % +206 +68 +20$'
	out_has '^Verkosto yhteensä, 2 koostetta: syyskuu 2026 – lokakuu 2026$'
	expect 0 --lang fi rollup sep.json oct.json --months 2026-09..2026-10 --format html --output net.html
	grep -q '<title>Verkosto, 2 koostetta — syyskuu 2026 – lokakuu 2026</title>' net.html ||
		fail "the title is not the network's months in words"
	no_identifiers net.html
	# The rows of the municipality table: name and visitors.
	sed -n '/Eri kävijät kotikunnittain/,/<\/table>/p' net.html |
		sed -n 's|^<tr><td>\([^<]*\)</td><td>\([0-9]*\)</td></tr>$|\1 \2|p' >rows.txt
	[ "$(wc -l <rows.txt)" -ge 4 ] || fail "too few municipalities: $(cat rows.txt)"
	[ "$(tail -2 rows.txt | cut -d' ' -f1 | tr '\n' ' ')" = "muut tuntematon " ] ||
		fail "other and unknown are not last: $(tr '\n' ' ' <rows.txt)"
	# The places before them by visitors, most first, ties by name.
	head -n -2 rows.txt | awk '{ print $NF "\t" $0 }' >places.txt
	sort -t "$(printf '\t')" -k1,1nr -k2,2 places.txt | cmp -s - places.txt ||
		fail "not by visitors, then name: $(tr '\n' ' ' <rows.txt)"
}

run_tests "$@"
