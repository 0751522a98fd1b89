#!/bin/sh
# Exports that cannot attack their reader: no CSV cell of typed text is read
# as a formula by a spreadsheet, and no typed text is markup in the HTML.
. "$(dirname "$0")/../lib.sh"

# no_formula FILE WHAT: no CSV field of FILE starts with =, +, -, @, a tab
# or a carriage return unless it is a number; a guarded one starts "'.
no_formula() {
	LC_ALL=C awk -v what="$2" '
	{ sub(/\r$/, ""); n = split($0, f, ","); for (i = 1; i <= n; i++) {
		v = f[i]; sub(/^"/, "", v)
		if (v ~ /^[=+@\t\r-]/ && v !~ /^-?[0-9.]+$/) { print what ": " $0; bad = 1 } } }
	END { exit bad }' "$1" || fail "$2 has a field a spreadsheet runs as a formula"
}

# csv_has FILE TEXT: FILE holds TEXT as a guarded field.
csv_has() {
	grep -Fq -- "$2" "$1" || fail "$1 lacks $2: $(head -c 600 "$1")"
}

test_every_csv_guards_typed_text() {
	expect 0 --now "2026-09-30 12:00" init --name "+Piste" --municipality Kuortane --region "-Seutu"
	expect 0 --now "2026-09-30 12:00" space add D01 --name "-Nurkka"
	expect 0 --now "2026-09-30 12:00" space add R1 --kind room --name "@Huone"
	expect 0 --now "2026-09-30 12:00" member add "@SUM(1)" --organisation "-2+3" --municipality Kuortane
	A=$(cat "$OUT")
	expect 0 --now "2026-09-30 12:00" closed add 2026-10-09 --note "=1+1"
	expect 0 --now "2026-10-05 09:00" book --member "$A" --space D01 --date 2026-10-05 --from 10:00 --to 12:00
	expect 0 --now "2026-10-05 10:00" checkin --member "$A"
	expect 0 --now "2026-10-05 10:05" guest --name '=HYPERLINK("http://x","y")' --host "$A" --purpose "-purpose"
	guest=$(cat "$OUT")
	# A tab cannot be typed into a purpose; one put there by hand must be
	# guarded all the same.
	sql "UPDATE visit SET purpose = char(9) || 'tab' WHERE uuid = '$guest'"
	# A staff member's name is typed text too, and the audit log shows it.
	expect 0 --now "2026-10-05 10:10" staff add "=cmd|' /C calc'!A0"
	for cmd in "member list" "member show $A" "space list" "bookings --from 2026-10-05" \
	    "visits --date 2026-10-05" "closed list" "rules show" "hub" "status" \
	    "free --date 2026-10-06" "staff list" "audit --from 2026-09-30 --to 2026-10-05"; do
		# shellcheck disable=SC2086
		expect 0 --now "2026-10-05 11:00" $cmd --format csv
		no_formula "$OUT" "$cmd"
		cp "$OUT" "$(echo "$cmd" | cut -d' ' -f1-2 | tr ' ' _).csv"
	done
	csv_has member_list.csv "\"'@SUM(1)\""
	csv_has member_list.csv "\"'-2+3\""
	csv_has space_list.csv "\"'-Nurkka\""
	csv_has visits_--date.csv "\"'=HYPERLINK(\"\"http://x\"\",\"\"y\"\")\""
	csv_has bookings_--from.csv "\"'@SUM(1)\""
	csv_has closed_list.csv "\"'=1+1\""
	csv_has hub.csv "\"'+Piste\""
	csv_has hub.csv "\"'-Seutu\""
	csv_has staff_list.csv "\"'=cmd|' /C calc'!A0\""
	# The tab itself is shown as the store shows any control, but never bare.
	LC_ALL=C grep -q "$(printf ',\t')" visits_--date.csv && fail "a bare tab starts a field"
	expect 0 --now "2026-11-02 09:00" report --month 2026-10 --format csv
	no_formula "$OUT" "report"
	expect 0 --now "2026-11-02 09:00" dump --month 2026-10 --output d.json
	expect 0 rollup d.json --format csv
	no_formula "$OUT" "rollup"
	out_has "\"'\\+Piste\""
}

test_html_escapes_every_text() {
	evil='<script>alert("x")</script> & '"'"'q'"'"
	expect 0 --now "2026-09-30 12:00" init --name "$evil" --municipality Kuortane --region "$evil"
	expect 0 --now "2026-09-30 12:00" space add D01
	expect 0 --now "2026-09-30 12:00" space add R1 --kind room --name "$evil"
	i=1
	while [ $i -le 3 ]; do
		expect 0 --now "2026-09-30 12:00" member add "Jäsen $i" --municipality Kuortane --organisation "$evil"
		code=$(cat "$OUT")
		expect 0 --now "2026-10-05 09:0$i" checkin --member "$code"
		expect 0 --now "2026-10-05 12:00" checkout --member "$code"
		i=$((i + 1))
	done
	expect 0 --now "2026-10-06 09:00" book --member "$code" --space R1 --date 2026-10-06 --from 10:00 --to 11:00
	for pub in "" --public; do
		# shellcheck disable=SC2086
		expect 0 --now "2026-11-02 09:00" report --month 2026-10 $pub --format html --output r.html
		grep -qi '<script' r.html && fail "raw <script in the report$pub"
		grep -q '&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; &#39;q&#39;' r.html ||
			fail "the hub's name is not escaped in the report$pub"
		! command -v xmllint >/dev/null 2>&1 || xmllint --noout r.html || fail "report$pub is not well-formed"
	done
	# The municipality of three members is a cell of its own.
	grep -q '<td>Kuortane</td><td>3</td>' r.html || fail "the municipality is not in the public page"
	expect 0 --now "2026-11-02 09:00" dump --month 2026-10 --output d.json
	expect 0 rollup d.json --format html --output n.html
	grep -qi '<script' n.html && fail "raw <script in the roll-up"
	! command -v xmllint >/dev/null 2>&1 || xmllint --noout n.html || fail "the roll-up is not well-formed"
	return 0
}

run_tests "$@"
