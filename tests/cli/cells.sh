#!/bin/sh
# Published figures: no cell of `report --public`, of a dump or of a
# roll-up describes one or two people (docs/dump-format.md), and the
# totals stay those of the staff's full report.
. "$(dirname "$0")/../lib.sh"

# hub_of N: a hub of N members (N = 1..4) through October 2026. Everyone
# is at a desk on Tuesday 6th 09:00-12:00, with a guest of the first
# 10:00-10:30; the first also on Thursday 8th 14:00-15:00 and in room R1 on
# Wednesday 7th. Three of remote-employee from Kuortane, the fourth a
# student from Seinäjoki.
hub_of() { fixture "hub_of_$1"; } # built once a suite for each N and name of $DB
hub_of_1() { hub_of_steps 1; }
hub_of_2() { hub_of_steps 2; }
hub_of_3() { hub_of_steps 3; }
hub_of_4() { hub_of_steps 4; }
hub_of_steps() {
	set_at="2026-09-30 12:00"
	expect 0 --now "$set_at" init --name "Piste $1" --municipality Kuortane
	for d in D01 D02 D03 D04; do expect 0 --now "$set_at" space add $d; done
	expect 0 --now "$set_at" space add R1 --kind room
	i=1
	while [ $i -le "$1" ]; do
		if [ $i -le 3 ]; then
			expect 0 --now "$set_at" member add "Jäsen $i" --municipality Kuortane --category remote-employee
		else
			expect 0 --now "$set_at" member add "Jäsen $i" --municipality Seinäjoki --category student
		fi
		code=$(cat "$OUT")
		[ $i -eq 1 ] && first=$code
		expect 0 --now "2026-10-06 09:00" checkin --member "$code" --space D0$i
		expect 0 --now "2026-10-06 12:00" checkout --member "$code" --at "2026-10-06 12:00"
		i=$((i + 1))
	done
	expect 0 --now "2026-10-06 10:00" guest --name "Vieras" --host "$first" --at "2026-10-06 10:00"
	expect 0 --now "2026-10-06 10:30" guest-out "$(cat "$OUT")"
	expect 0 --now "2026-10-01 10:00" book --member "$first" --space R1 --date 2026-10-07 --from 13:00 --to 15:00
	expect 0 --now "2026-10-07 13:00" checkin --member "$first" --space R1
	expect 0 --now "2026-10-07 15:00" checkout --member "$first"
	expect 0 --now "2026-10-08 14:00" checkin --member "$first" --space D01
	expect 0 --now "2026-10-08 15:00" checkout --member "$first"
}

LATER="2026-11-02 09:00"

# no_small_cell FILE: every people count in FILE's breakdowns is 0 or at
# least 3, or the breakdown is null; the partitions add up to the total.
no_small_cell() {
	jq -e '
	  def ok: . == null or . == 0 or . >= 3;
	  (.by_category | . == null or ([.[] | .unique_visitors | ok] | all)) and
	  (.by_municipality | . == null or ([.[] | ok] | all)) and
	  (.from_elsewhere | ok) and ((.unique_visitors - (.from_elsewhere // 0)) as $r |
	     .from_elsewhere == null or ($r == 0 or $r >= 3)) and
	  (.by_category == null or ([.by_category[].unique_visitors] | add // 0) == .unique_visitors) and
	  (.by_municipality == null or ([.by_municipality[]] | add // 0) == .unique_visitors) and
	  (.peak_at == null or .peak_presence >= 3)' "$1" >/dev/null ||
		fail "$1 has a cell of one or two people: $(jq -c '{by_category, by_municipality, from_elsewhere, peak_presence, peak_at}' "$1")"
}

# same_totals A B: every figure but the breakdowns is the same in A and B.
same_totals() {
	strip='del(.by_category, .by_municipality, .by_weekday_hour, .peak_at, .from_elsewhere,
	    .room_booked_hours.by_room, .format, .version, .generated_at, .free_desks,
	    .hub.hours, .hub.desks, .hub.rooms, .hub.booths)'
	jq -S "$strip" "$1" >totals.a
	jq -S "$strip" "$2" >totals.b
	cmp -s totals.a totals.b || fail "the totals of $2 differ from $1: $(diff totals.a totals.b | head)"
}

jq_is() { # jq_is FILE FILTER VALUE
	got=$(jq -c "$2" "$1")
	[ "$got" = "$3" ] || fail "$2 of $1 is $got, expected $3"
}

test_hubs_of_one_to_four_people_publish_no_small_cell() {
	for n in 1 2 3 4; do
		DB=$PWD/hub$n.db hub_of $n
		DB=$PWD/hub$n.db expect 0 --now "$LATER" report --month 2026-10 --format json --output full$n.json
		DB=$PWD/hub$n.db expect 0 --now "$LATER" report --month 2026-10 --public --format json --output public$n.json
		DB=$PWD/hub$n.db expect 0 --now "$LATER" dump --month 2026-10 --output dump$n.json
		no_small_cell public$n.json
		no_small_cell dump$n.json
		same_totals full$n.json public$n.json
		same_totals full$n.json dump$n.json
		jq_is full$n.json .unique_visitors "$n"
		# The room was booked by one person only: its hours stay in the total.
		jq_is public$n.json .room_booked_hours '{"total":2,"by_room":null}'
		jq_is full$n.json .room_booked_hours '{"total":2,"by_room":{"R1":2}}'
		# A dump is the public report with its header and the hub's card.
		[ "$(jq -S 'del(.format, .version, .generated_at, .free_desks, .hub.hours, .hub.desks,
		    .hub.rooms, .hub.booths)' dump$n.json)" = "$(jq -S . public$n.json)" ] ||
			fail "dump $n is not the public report"
	done
	# One or two people: every breakdown withheld, the peak's time too when
	# fewer than 3 were in.
	for n in 1 2; do
		jq_is public$n.json '[.by_category, .by_municipality, .by_weekday_hour, .from_elsewhere]' '[null,null,null,null]'
	done
	jq_is public1.json '[.peak_presence, .peak_at]' '[2,null]'
	jq_is public2.json '[.peak_presence, .peak_at]' '[3,"2026-10-06 10:00"]'
	# Three: the three of Kuortane are published; Thursday 14:00 was one
	# person, so it is withheld, and with it the smallest other cell
	# (Tuesday 09:00), lest the total less the rest tell it.
	jq_is public3.json .by_category '{"remote-employee":{"visits":5,"unique_visitors":3}}'
	jq_is public3.json .by_municipality '{"Kuortane":3}'
	jq_is public3.json .from_elsewhere 0
	jq_is public3.json '.by_weekday_hour[1][9:12]' '[null,3,3]'
	jq_is public3.json '.by_weekday_hour[3][14]' 'null'
	jq_is full3.json '.by_weekday_hour[3][14]' '1'
	jq_is full3.json .by_category '{"remote-employee":{"visits":5,"unique_visitors":3}}'
	# Four: the student from Seinäjoki cannot stand alone, so everyone is
	# folded into other, and from_elsewhere (one person) is withheld.
	jq_is public4.json .by_category '{"other":{"visits":6,"unique_visitors":4}}'
	jq_is public4.json .by_municipality '{"other":4}'
	jq_is public4.json .from_elsewhere null
	jq_is full4.json .from_elsewhere 1
	jq_is public4.json '.by_weekday_hour[1][9:12]' '[null,4,4]'
	# The staff's own report keeps everything.
	jq_is full1.json .by_category '{"remote-employee":{"visits":3,"unique_visitors":1}}'
}

test_public_text_csv_and_html_say_withheld() {
	hub_of 3
	expect 0 --now "$LATER" report --month 2026-10 --public
	out_has '^peak presence +4 +Tue 2026-10-06 10:00$'
	out_has '^  \* withheld: fewer than 3 people$'
	out_has '^  Tue +0\.0 +\* +3\.0 +3\.0 +0\.0'
	out_has '^  by room: withheld: fewer than 3 people$'
	expect 0 --now "$LATER" report --month 2026-10 --public --format csv
	out_has '^by_weekday_hour\.1\.9,[[:space:]]*$'
	out_has '^by_weekday_hour\.1\.10,3\.0000'
	out_has '^room_booked_hours\.by_room,'
	out_lacks '^room_booked_hours\.R1'
	expect 0 --now "$LATER" report --month 2026-10 --public --format html --output p.html
	grep -q 'withheld' p.html || fail "the page does not say withheld"
	! command -v xmllint >/dev/null 2>&1 || xmllint --noout p.html || fail "the page is not well-formed"
	DB=$PWD/one.db hub_of 1
	DB=$PWD/one.db expect 0 --now "$LATER" report --month 2026-10 --public
	out_has '^from elsewhere +withheld$'
	out_has '^peak presence +2 +withheld$'
	[ "$(grep -c '^  withheld: fewer than 3 people$' "$OUT")" -eq 3 ] ||
		fail "categories, municipalities and the hours are not all withheld"
}

# Two public reports of a month in progress, taken before and after one
# person's visit, would tell by their difference who came and when: a
# public report, like a dump, is of a month that has ended.
test_a_month_in_progress_has_no_public_report() {
	hub_of 4
	for f in text json csv html; do
		expect_refused 1 --now "2026-10-20 12:00" report --month 2026-10 --public --format "$f"
		err_has "^hubdesk: 2026-10 has not ended yet .*a public report is of a month that has ended"
	done
	expect 0 --now "2026-10-20 12:00" report --month 2026-10 --format json
	out_has '"complete": false'
	expect 0 --now "2026-11-01 00:00" report --month 2026-10 --public --format json
}

test_rollup_keeps_withheld_cells_withheld_and_folds_its_own() {
	for n in 1 2 3 4; do
		DB=$PWD/hub$n.db hub_of $n
		DB=$PWD/hub$n.db expect 0 --now "$LATER" dump --month 2026-10 --output dump$n.json
	done
	expect 0 rollup dump1.json dump2.json dump3.json dump4.json --format json --output net.json
	# The withheld breakdowns go into other, never lost or misplaced.
	jq_is net.json .total.unique_visitors 10
	jq_is net.json .total.by_category '{"remote-employee":{"visits":5,"unique_visitors":3},"other":{"visits":13,"unique_visitors":7}}'
	jq_is net.json .total.by_municipality '{"Kuortane":3,"other":7}'
	# A figure one hub withheld cannot be summed.
	jq_is net.json .total.from_elsewhere null
	jq_is net.json .total.by_weekday_hour null
	jq_is net.json '.hubs[0].by_category' 'null'
	jq_is net.json '[.total.peak_presence, .total.peak_at]' '[5,"2026-10-06 10:00"]'
	# Summed, a cell can be small again: 1 withheld person in other beside
	# 3 of remote-employee gives other of 1, so all are folded.
	expect 0 rollup dump1.json dump3.json --format json --output two.json
	jq_is two.json .total.by_category '{"other":{"visits":8,"unique_visitors":4}}'
	jq_is two.json .total.by_municipality '{"other":4}'
	jq_is two.json '.total.by_weekday_hour' 'null'
	expect 0 rollup dump3.json dump4.json --format json --output big.json
	jq_is big.json '.total.by_weekday_hour[1][9:12]' '[null,7,7]'
	expect 0 rollup dump1.json dump3.json --format csv
	out_has '^total,network \(sums over hubs\),2026-10,([0-9.]+,){12}[[:space:]]*$'
	expect 0 rollup dump1.json dump3.json
	out_has '^from elsewhere +withheld$'
}

run_tests "$@"
