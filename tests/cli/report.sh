#!/bin/sh
# The month's figures against a small hub whose every figure is worked out
# by hand below; the dump's privacy; the roll-up; the HTML's form.
. "$(dirname "$0")/../lib.sh"

# report_well_formed FILE: xmllint's verdict; without xmllint (an optional
# package) the check is skipped and the suite says so once.
command -v xmllint >/dev/null 2>&1 ||
	echo "  skipped: xmllint is missing (apt-get install -y libxml2-utils), so the HTML is not checked to be well-formed"
report_well_formed() {
	! command -v xmllint >/dev/null 2>&1 || xmllint --noout "$1"
}

# October 2026. Open Mon-Sat 08:00-17:00 (9 h) and Sundays round the clock
# (24 h; 25 h on the 25th, when the clocks go back). Saturday 31st is All
# Saints' Day: closed. D01 all month; D02 retired on Friday 16th at noon, so
# it counts up to the 16th. R1 is a room.
#   D01: 22 weekdays x 9 + 4 Saturdays x 9 + Sundays 24+24+24+25 = 331 h
#   D02: 1st-16th = 9+9+9+24 + 45 + 9+24 + 45 = 174 h          available 505 h
build_fixture() { fixture build_fixture_steps A B C D; }
build_fixture_steps() {
	n="2026-09-30 12:00"
	expect 0 --now "$n" init --name "Testipiste" --municipality Kuortane --days mon-sat
	expect 0 --now "$n" hours sun 00:00-24:00
	expect 0 --now "$n" space add D01
	expect 0 --now "$n" space add D02
	expect 0 --now "$n" space add R1 --kind room
	expect 0 --now "$n" member add "Aino Äijälä" --municipality Kuortane --category remote-employee
	A=$(cat "$OUT")
	expect 0 --now "$n" member add "Ville Virtanen" --municipality Helsinki --category entrepreneur --organisation "Firma Oy"
	B=$(cat "$OUT")
	expect 0 --now "$n" member add "Liisa Ojala" --municipality Oulu --category student --organisation "Firma Oy"
	C=$(cat "$OUT")
	expect 0 --now "$n" member add "Eino Kangas" --organisation Koulu
	D=$(cat "$OUT")
	# A: Mon 5th 16:00, forgets to check out; the sweep closes it at 17:00,
	# and the paper log corrects it to 18:30: 1 h in open hours. A guest
	# of A's 16:10-16:40 makes the peak: two people at 16:10.
	expect 0 --now "2026-10-05 16:00" checkin --member "$A" --space D01
	expect 0 --now "2026-10-05 16:10" guest --name "Gus Vieras" --host "$A"
	expect 0 --now "2026-10-05 16:40" guest-out "$(cat "$OUT")"
	expect 0 --now "2026-10-06 08:00" checkout --member "$A" --at "2026-10-05 18:30"
	# B: booked D01 Tue 6th 09:00-12:00 (3 h booked), in 09:05-12:30 (3 h 25
	# min occupied); R1 13:00-15:00 (2 room hours), used.
	expect 0 --now "2026-10-01 10:00" book --member "$B" --space D01 --date 2026-10-06 --from 09:00 --to 12:00
	expect 0 --now "2026-10-01 10:00" book --member "$B" --space R1 --date 2026-10-06 --from 13:00 --to 15:00
	# C: D02 booked all of Wed 7th and never came (9 h booked, a no-show).
	expect 0 --now "2026-10-01 10:00" book --member "$C" --space D02 --date 2026-10-07
	# A: booked Thu 8th and cancelled: counts nowhere.
	expect 0 --now "2026-10-01 10:00" book --member "$A" --space D01 --date 2026-10-08
	expect 0 --now "2026-10-01 10:05" cancel "$(cat "$OUT")"
	expect 0 --now "2026-10-06 09:05" checkin --member "$B"
	expect 0 --now "2026-10-06 12:30" checkout --member "$B"
	expect 0 --now "2026-10-06 13:00" checkin --member "$B" --space R1
	expect 0 --now "2026-10-06 15:00" checkout --member "$B"
	# C: a walk-in at D02, Tue 13th 10:00-14:00 (4 h).
	expect 0 --now "2026-10-13 10:00" checkin --member "$C" --space D02
	expect 0 --now "2026-10-13 14:00" checkout --member "$C"
	# D: no desk, Wed 14th 10:00-11:00 (a visit, no desk-hours).
	expect 0 --now "2026-10-14 10:00" checkin --member "$D"
	expect 0 --now "2026-10-14 11:00" checkout --member "$D"
	expect 0 --now "2026-10-16 12:00" space retire D02
	# A: Sunday 25th 01:00-05:00, across the clock change: 5 real hours.
	expect 0 --now "2026-10-25 01:00" checkin --member "$A" --space D01
	expect 0 --now "2026-10-25 05:00" checkout --member "$A"
}

json_is() { # json_is KEY VALUE: the report's line "KEY": VALUE,
	grep -Eq "^ *\"$1\": $2,?\$" "$OUT" || fail "\"$1\" is not $2: $(grep "\"$1\"" "$OUT")"
}

test_report_figures_worked_out_by_hand() {
	build_fixture
	expect 0 --now "2026-11-02 09:00" report --month 2026-10 --format json
	json_is month '"2026-10"'
	json_is complete true
	json_is through null
	json_is available_desk_hours 505
	json_is booked_desk_hours 12                 # 3 (B, D01) + 9 (C, D02)
	json_is occupied_desk_hours 13.4167          # 1 + 3 h 25 min + 4 + 5
	json_is booking_rate 0.0238                  # 12 / 505
	json_is occupancy_rate 0.0266                # 13.4167 / 505
	json_is bookings 3                           # B D01, B R1, C D02
	json_is no_shows 1                           # C
	json_is no_show_rate 0.3333
	json_is visits 6                             # A 5th, B 6th x2, C 13th, D 14th, A 25th
	json_is guest_visits 1
	json_is unique_visitors 4
	json_is visitor_days 5                       # A 5th and 25th, B 6th, C 13th, D 14th
	json_is new_members 4
	json_is organisations 2                      # Firma Oy, Koulu
	json_is peak_presence 2
	json_is peak_at '"2026-10-05 16:10"'
	json_is room_booked_hours '\{"total": 2, "by_room": \{"R1": 2\}\}'
	json_is by_category '\{"remote-employee": \{"visits": 2, "unique_visitors": 1\}, "entrepreneur": \{"visits": 2, "unique_visitors": 1\}, "student": \{"visits": 1, "unique_visitors": 1\}, "other": \{"visits": 1, "unique_visitors": 1\}\}'
	json_is from_elsewhere 2                     # Helsinki, Oulu; unknown apart
	out_has '"by_municipality": \{"Helsinki": 1, "Kuortane": 1, "Oulu": 1, "unknown": 1\}'
	# Weekday x hour: Monday 16-17 (A), Tuesday 09:05-12:30 (B) and 10-14 (C),
	# Sunday 01-05 with the hour 03 twice.
	out_has '^    \[0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1, 0, 0, 0, 0, 0, 0, 0\],$'
	out_has '^    \[0, 0, 0, 0, 0, 0, 0, 0, 0, 0.9167, 2, 2, 1.5, 1, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0\],$'
	out_has '^    \[0, 1, 1, 2, 1, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0\]$'
	expect 0 --now "2026-11-02 09:00" report --month 2026-10
	out_has '^Testipiste, Kuortane: October 2026$'
	out_has 'desk-hours available +505.0'
	out_has 'occupancy +2.7 %'
	expect 0 --now "2026-11-02 09:00" report --month 2026-10 --format csv
	out_has '^occupied_desk_hours,13.4167'
	out_has '^by_weekday_hour.6.3,2.0000'
	out_has '^complete,true'
	out_has '^through,[[:space:]]*$'
}

# The same hub seen on Tuesday 6th at 10:00: Thu 1st-Mon 5th and 08-10 of
# the 6th are open, so 2 desks x (9 + 9 + 9 + 24 + 9 + 2) = 124 h; the
# visits, bookings and the guest after 10:00 have not happened yet.
test_months_in_progress_say_so() {
	build_fixture
	at="2026-10-06 10:00"
	expect 0 --now "$at" report --month 2026-10 --format json
	json_is month '"2026-10"'
	json_is complete false
	json_is through '"2026-10-06 10:00"'
	json_is available_desk_hours 124
	json_is booked_desk_hours 1                  # B's D01 09:00-12:00, to 10:00
	json_is occupied_desk_hours 1.9167           # A 16-17 on the 5th, B 09:05-10:00
	json_is bookings 1                           # B's D01; R1 at 13:00 and C's 7th to come
	json_is no_shows 0
	json_is visits 2
	json_is guest_visits 1
	json_is unique_visitors 2
	json_is new_members 2
	json_is peak_presence 2
	json_is peak_at '"2026-10-05 16:10"'
	json_is room_booked_hours '\{"total": 0, "by_room": \{\}\}'
	out_has '^    \[0, 0, 0, 0, 0, 0, 0, 0, 0, 0.9167, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0\],$'
	expect 0 --now "$at" report --month 2026-10
	out_has '^Testipiste, Kuortane: October 2026 so far, to Tue 2026-10-06 10:00$'
	out_has 'desk-hours available +124.0'
	expect 0 --now "$at" report --month 2026-10 --format csv
	out_has '^complete,false'
	out_has '^through,2026-10-06 10:00'
	expect 0 --now "$at" report --month 2026-10 --format html --output r.html
	report_well_formed r.html || fail "the HTML is not well-formed"
	grep -q 'October 2026 so far, to Tue 2026-10-06 10:00' r.html || fail "the HTML does not say so far"
	grep -q '<title>7: ' r.html && fail "the HTML has a bar for a day to come"
	grep -q '<title>6: ' r.html || fail "the HTML has no bar for today"
	# A visit still open counts to now, not to closing: a small hub from
	# 08:00, 3 desks, Aino in since 09:00; at 10:30, 1.5 of 3 x 2.5 hours.
	DB=$DB.2 small_hub
	DB=$DB.2 expect 0 --now "2026-11-23 09:00" checkin --member "$A" --space D01
	DB=$DB.2 expect 0 --now "2026-11-23 10:30" report --month 2026-11 --format json
	json_is through '"2026-11-23 10:30"'
	json_is available_desk_hours 7.5
	json_is occupied_desk_hours 1.5
	json_is occupancy_rate 0.2
	# From its first minute the month is reported, with nothing in it yet.
	DB=$DB.2 expect 0 --now "2026-11-01 00:00" report --month 2026-11 --format json
	json_is complete false
	json_is available_desk_hours 0
	json_is peak_at null
}

# A finished month is the same whenever it is run: the day after, or a year
# later. Aino is left in at D01 on Friday 30th and nothing is written after
# that, so her visit is still open and Liisa's room booking at 16:30 is
# still "booked" in the database: both were decided by the month's end.
test_a_finished_month_is_the_same_whenever_run() {
	build_fixture
	expect 0 --now "2026-10-26 09:00" book --member "$C" --space R1 --date 2026-10-30 --from 16:30 --to 17:00
	expect 0 --now "2026-10-30 16:00" checkin --member "$A" --space D01
	for f in json text csv html; do
		expect 0 --now "2026-11-02 09:00" report --month 2026-10 --format $f
		cp "$OUT" soon.$f
		expect 0 --now "2027-11-02 09:00" report --month 2026-10 --format $f
		cmp -s "$OUT" soon.$f || fail "the $f report changed: $(diff soon.$f "$OUT" | head -5)"
	done
	grep -q '"complete": true,' soon.json || fail "not complete"
	grep -q '"occupied_desk_hours": 14.4167,' soon.json || fail "Aino's open visit is not to 17:00"
	grep -q '"no_shows": 2,' soon.json || fail "the room booking is not a no-show"
	expect 0 --now "2026-11-01 00:00" dump --month 2026-10 --output dump-soon.json
	expect 0 --now "2027-11-02 09:00" dump --month 2026-10 --output dump-late.json
	# The month's figures stay; only when it was made and the free desks of
	# the days after it (the hub's card) say the day it was made.
	grep -v '"generated_at"\|"free_desks"' dump-soon.json >a
	grep -v '"generated_at"\|"free_desks"' dump-late.json >b
	cmp -s a b || fail "the dump changed: $(diff a b | head -5)"
	grep -q '"free_desks": \[{"date": "2027-11-02"' dump-late.json || fail "the late dump's free desks"
}

test_dump_refuses_a_month_not_ended() {
	build_fixture
	expect_refused 1 --now "2026-10-20 09:00" dump --month 2026-10
	err_has '^hubdesk: 2026-10 has not ended yet \(it ends at 2026-11-01 00:00\), so its figures can still change; .*hubdesk report --month 2026-10'
	expect_refused 1 --now "2026-10-31 23:59" dump --month 2026-10 --output d.json
	[ -e d.json ] && fail "a refused dump was written"
	ls d.json.tmp* >/dev/null 2>&1 && fail "a refused dump left a file"
	expect_refused 1 --now "2026-10-20 09:00" dump --month 2026-12
	err_has '^hubdesk: 2026-12 has not begun yet; it is 2026-10-20 09:00$'
	expect 0 --now "2026-11-01 00:00" dump --month 2026-10 --output d.json
	grep -q '"complete": true,' d.json || fail "the dump does not say complete"
}

test_report_refuses_a_future_month() {
	build_fixture
	expect_refused 1 --now "2026-11-02 09:00" report --month 2026-12
	err_has '^hubdesk: 2026-12 has not begun yet; it is 2026-11-02 09:00$'
	expect_refused 1 --now "2026-11-02 09:00" report --month 2027-01 --format html --output r.html
	[ -e r.html ] && fail "a refused report was written"
	expect_refused 1 --now "2026-10-31 23:59" report --month 2026-11
	return 0
}

test_dump_holds_no_personal_data_and_folds_small_cells() {
	build_fixture
	expect 0 --now "2026-11-02 09:00" dump --month 2026-10 --output dump.json
	[ -s dump.json ] || fail "no dump written"
	[ ! -s "$OUT" ] || fail "dump --output printed on stdout"
	grep -q '"format": "hubdesk-dump",' dump.json || fail "no format"
	grep -q '"version": 2,' dump.json || fail "no version"
	grep -Eq '"generated_at": "[0-9]{4}-[0-9]{2}-[0-9]{2}T[0-9:]{8}Z",' dump.json || fail "no time"
	for personal in Aino Äijälä Ville Virtanen Liisa Ojala Eino Kangas "Gus" "Firma" Koulu \
	    "$A" "$B" "$C" "$D"; do
		grep -q -- "$personal" dump.json && fail "the dump holds '$personal'"
	done
	for u in $(sql "SELECT uuid FROM booking UNION SELECT uuid FROM visit UNION SELECT uuid FROM member"); do
		grep -q "$u" dump.json && fail "the dump holds the UUID $u"
	done
	grep -q '"by_municipality": {"other": 4},' dump.json || fail "municipalities not folded"
	grep -q '"by_category": {"other": {"visits": 6, "unique_visitors": 4}},' dump.json ||
		fail "categories not folded"
	grep -q '"occupied_desk_hours": 13.4167,' dump.json || fail "figures differ from the report"
	assert_eq "$(sql "SELECT uuid FROM hub")" "$(sed -n 's/.*"hub": {"uuid": "\([^"]*\)".*/\1/p' dump.json)" "hub UUID"
}

test_rollup_of_three_dumps_is_their_sum() {
	build_fixture
	expect 0 --now "2026-11-02 09:00" dump --month 2026-10 --output a.json
	expect 0 --now "2026-11-02 09:00" dump --month 2026-09 --output b.json
	DB=$DB.2 build_fixture
	DB=$DB.2 expect 0 --now "2026-11-02 09:00" dump --month 2026-10 --output c.json
	expect_refused 2 rollup a.json b.json c.json --format json
	err_has '^hubdesk: b.json: a dump of 2026-09 among dumps of 2026-10; give --months to add up several months \(--months 2026-09..2026-10, or a year: --months 2026\)$'
	expect 0 rollup a.json b.json c.json --format json --months 2026-09..2026-10
	grep -q '^    "hubs": 3,$' "$OUT" || fail "three hubs in the total"
	# Sums: 505 + 18 (September: two desks on the 30th, from noon, 9 h) + 505
	# available, 13.4167 x 2 occupied (the dumps' figures, as written); the
	# rate from the sums, not averaged.
	out_has '^    "available_desk_hours": 1028,$'
	out_has '^    "occupied_desk_hours": 26.8334,$'
	out_has '^    "occupancy_rate": 0.0261,$'
	out_has '^    "visits": 12,$'
	out_has '^    "no_show_rate": 0.3333,$'
	out_has '^    "month": "2026-09..2026-10",$'
	out_has '"summed_over_hubs": \["unique_visitors"'
	expect 0 rollup a.json c.json
	out_has 'Network total of 2 dumps'
	expect 0 rollup a.json b.json c.json --format csv --months 2026
	out_has '^total,network \(sums over hubs\),2026-09..2026-10,1028.0000'
	expect 0 rollup a.json c.json --format html --output net.html
	report_well_formed net.html || fail "the roll-up's HTML is not well-formed"
}

test_rollup_refuses_bad_files() {
	build_fixture
	expect 0 --now "2026-11-02 09:00" dump --month 2026-10 --output a.json
	expect_refused 2 rollup a.json a.json
	err_has 'a.json: hub .* 2026-10 is in a.json already'
	echo '{"format": "something", "version": 1}' >x.json
	expect_refused 2 rollup a.json x.json
	err_has '^hubdesk: x.json: not a hubdesk dump'
	sed 's/"version": 2/"version": 3/' a.json >v3.json
	expect_refused 2 rollup v3.json
	err_has 'a dump of version 3; this hubdesk reads version 2: use a newer hubdesk'
	sed 's/"version": 2/"version": 1/' a.json >v1.json
	expect_refused 2 rollup v1.json
	err_has 'a dump of version 1; this hubdesk reads version 2, whose small cells are withheld: dump the month again'
	printf 'not json' >y.json
	expect_refused 2 rollup y.json
	err_has 'y.json: not a hubdesk dump \(not JSON'
	expect_refused 3 rollup missing.json
	err_has '^hubdesk: cannot read missing.json: No such file or directory$'
	grep -v '"visits"' a.json >z.json
	expect_refused 2 rollup z.json
	err_has "z.json: the dump's visits is missing or wrong"
}

test_rollup_refuses_hostile_figures_and_cleans_names() {
	build_fixture
	expect 0 --now "2026-11-02 09:00" dump --month 2026-10 --output a.json
	sed 's/"bookings": 3,/"bookings": 2000000000,/' a.json >big.json
	expect_refused 2 rollup big.json
	err_has "big.json: the dump's bookings is missing or wrong"
	sed 's/"visits": 6,/"visits": 1.5,/' a.json >frac.json
	expect_refused 2 rollup frac.json
	sed 's/"occupied_desk_hours": 13.4167,/"occupied_desk_hours": -1,/' a.json >neg.json
	expect_refused 2 rollup neg.json
	sed 's/"peak_at": [^,]*,/"peak_at": "x\",\"y\": \"",/' a.json >peak.json
	expect_refused 2 rollup peak.json
	err_has "peak_at is missing or wrong"
	sed 's/"no_shows": 1,/"no_shows": 9,/' a.json >ns.json
	expect_refused 2 rollup ns.json
	printf '\377' >bad-utf8
	sed "s/\"other\": 4/\"$(cat bad-utf8)x\": 4/" a.json >utf.json
	expect_refused 2 rollup utf.json
	err_has 'not UTF-8'
	sed 's/"other": 4/"\\u001b[31mRED\\n<b>": 4/' a.json >esc.json
	expect 0 rollup esc.json --format html --output esc.html
	report_well_formed esc.html || fail "a name broke the HTML"
	expect 0 rollup esc.json
	if grep -q "$(printf '\033')" "$OUT"; then fail "an escape reached the terminal"; fi
	return 0
}

test_many_organisations_and_municipalities_are_all_counted() {
	build_fixture
	# Seventy municipalities, none of them Kuortane, Helsinki or Oulu.
	sql "SELECT name_fi FROM municipality WHERE number NOT IN (91, 300, 564)
	    ORDER BY number LIMIT 70" >names
	i=0
	while read -r name; do
		"$HUBDESK" --db "$DB" --now "2026-10-20 09:00" member add "Jäsen $i" \
		    --municipality "$name" --organisation "Yritys $i" >code || fail "member $i"
		read -r code <code
		"$HUBDESK" --db "$DB" --now "2026-10-20 09:00" checkin --member "$code" \
		    --at "2026-10-20 09:00" >/dev/null || fail "checkin $i"
		i=$((i + 1))
	done <names
	expect 0 --now "2026-11-02 09:00" report --month 2026-10 --format json
	json_is unique_visitors 74
	json_is organisations 72       # 70 + Firma Oy + Koulu
	json_is from_elsewhere 72      # 70 + Helsinki + Oulu
	while read -r name; do
		out_has "\"$name\": 1"
	done <names
}

test_html_report_is_well_formed_and_self_contained() {
	build_fixture
	expect 0 --now "2026-11-02 09:00" report --month 2026-10 --format html --output r.html
	report_well_formed r.html || fail "the HTML is not well-formed"
	grep -q '<svg' r.html || fail "no chart"
	grep -Eq '<script|https?://[^"]*\.(js|css|png)|src=' r.html && fail "the page fetches something"
	grep -q 'Testipiste' r.html || fail "no hub name"
	grep -q 'Äijälä' r.html && fail "the report names a member"
	return 0
}

test_report_of_an_empty_month_is_zero_not_nan() {
	build_fixture
	expect 0 --now "2026-11-02 09:00" report --month 2026-08 --format json
	json_is available_desk_hours 0
	json_is occupancy_rate 0
	json_is no_show_rate 0
	json_is peak_at null
	grep -qi 'nan\|inf' "$OUT" && fail "NaN or inf in the JSON"
	expect_refused 2 report --month 2026-13
	expect_refused 2 report
	return 0
}

# The hub's own machine may well run in Finnish, whose numbers have a
# decimal comma; what the program writes for other programs (JSON, CSV, the
# dump) and reads back keeps the decimal point.
test_figures_keep_a_decimal_point_in_a_finnish_locale() {
	locale -a 2>/dev/null | grep -Eqi '^fi_FI\.utf-?8$' || return 0
	build_fixture
	export LC_ALL=fi_FI.UTF-8 LANG=fi_FI.UTF-8
	expect 0 --now "2026-11-02 09:00" report --month 2026-10 --format json
	json_is occupied_desk_hours '13\.4167'
	expect 0 --now "2026-11-02 09:00" dump --month 2026-10 --output a.json
	grep -Fq '"occupied_desk_hours": 13.4167,' a.json || fail "the dump has no decimal point"
	expect 0 rollup a.json --format csv
	out_has ',13\.4167,'
}

test_a_finished_month_keeps_its_figures_when_the_hours_change() {
	small_hub
	expect 0 --now "$NOW" space edit D01 --since 2026-11-01
	expect 0 --now "2026-11-04 09:00" checkin --member "$A" --space D01
	expect 0 --now "2026-11-04 15:00" checkout --member "$A"
	expect 0 --now "2026-12-01 09:00" report --month 2026-11 --format json
	grep -v generated_at "$OUT" >before.json
	expect 0 --now "2026-12-01 09:00" hours mon-fri 10:00-12:00
	expect 0 --now "2026-12-01 09:00" hours wed closed
	expect 0 --now "2026-12-02 09:00" report --month 2026-11 --format json
	grep -v generated_at "$OUT" >after.json
	cmp -s before.json after.json || fail "November changed: $(diff before.json after.json | head -5)"
	# The new hours hold from the day they were set.
	expect 0 --now "2026-12-01 09:00" status --format json
	out_has '"opens": "10:00", "closes": "12:00"'
	expect_refused 1 --now "2026-12-01 09:00" book --member "$A" --space D01 --date 2026-12-02
	err_has 'closed on Wednesdays'
}

run_tests "$@"
