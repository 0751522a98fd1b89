#!/bin/sh
# The roll-up at a network's scale: any number of dumps, given as files,
# folders or a list on standard input, duplicates found by hub and month,
# one month unless --months says otherwise, and sums that cannot overflow.
. "$(dirname "$0")/../lib.sh"

GEN="$ROOT/tests/net/gen-dumps.py"

# base: one hub's dump of October 2026 in base.json (a demo hub).
# The demo hub is made once a suite (fixture) and copied.
base() {
	fixture base_demo
	"$HUBDESK_BIN" --db "$DB" --now "2026-11-02 09:00" dump --month 2026-10 --output base.json ||
	    fail "dump"
}

base_demo() {
	"$HUBDESK_BIN" --db "$DB" --now "2026-11-02 09:00" demo --months 2 --seed 5 >/dev/null 2>"$ERR" ||
	    fail "demo"
}

# figure NAME FILE: the top-level figure NAME of a dump or a roll-up's total.
figure() { sed -n "s/^ *\"$1\": \([0-9.]*\),\$/\1/p" "$2" | tail -n 1; }

test_more_dumps_than_the_old_limit_from_a_folder() {
	base
	/usr/bin/python3 "$GEN" base.json net 2100 1 2026-10 || fail "gen-dumps"
	expect 0 rollup net --format json --output total.json
	grep -q '^    "hubs": 2100,$' total.json || fail "not 2100 hubs in the total"
	for f in visits bookings unique_visitors; do
		assert_eq "$(figure "$f" total.json)" "$(( $(figure "$f" base.json) * 2100 ))" "$f summed"
	done
	# Rates are recomputed from the sums: those of one hub, to the digit.
	assert_eq "$(figure occupancy_rate total.json)" "$(figure occupancy_rate base.json)" "occupancy rate"
	assert_eq "$(grep -c '"name": "Piste ' total.json)" 2100 "a row per hub"
	# In the folders' byte order: hub-0001 first, hub-2100 last.
	grep -o '"name": "Piste [0-9]*"' total.json | sed -n '1p;$p' | tr '\n' ' ' |
	    grep -q '^"name": "Piste 1" "name": "Piste 2100" $' || fail "not in the folders' order"
	# Sums that would overflow: 2,200 dumps of a million visits each are
	# over what an int holds, and refused with nothing written.
	sed -i 's/^  "visits": [0-9]*,$/  "visits": 1000000,/; s/^  "visitor_days": [0-9]*,$/  "visitor_days": 1000000,/' \
	    base.json net/*/2026-10.json
	/usr/bin/python3 "$GEN" base.json more 2200 1 2026-10 || fail "gen-dumps"
	for d in more/hub-*; do
		[ "${d#more/hub-}" -gt 2100 ] && { mv "$d" net/ || fail "mv $d"; }
	done
	assert_eq "$(ls net | wc -l)" 2200 "2,200 hubs"
	expect_refused 2 rollup net --output total2.json
	err_has 'net/hub-2148/2026-10.json: the sums of the dumps grow too large to add up; roll up fewer dumps at a time$'
	[ -e total2.json ] && fail "a refused roll-up wrote its output"
	return 0
}

test_a_list_on_standard_input_files_and_folders_together() {
	base
	/usr/bin/python3 "$GEN" base.json net 30 1 2026-10 || fail "gen-dumps"
	find net -name '*.json' | sort >list
	"$HUBDESK" rollup - --format csv <list >out 2>err || fail "rollup - exit $?"
	assert_eq "$(grep -c '^5eed' out)" 30 "30 hub rows"
	grep -q '^total,' out || fail "no total row"
	# An empty line and CRLF line ends are taken; files and folders mix.
	{ echo net/hub-0001; printf '\r\n'; echo; } >list2
	"$HUBDESK" rollup - net/hub-0002/2026-10.json --format csv <list2 >out 2>err || fail "rollup mix"
	assert_eq "$(grep -c '^5eed' out)" 2 "2 hub rows"
	# find -print0's list: every name, not the first only.
	find net -name '*.json' -print0 | "$HUBDESK" rollup - --format csv >out 2>err || fail "rollup of -print0"
	assert_eq "$(grep -c '^5eed' out)" 30 "30 hub rows from a NUL-separated list"
	expect_refused 2 rollup - - <list
	err_has "'-' \\(the list of dumps on standard input\\) is given twice"
	printf 'net/hub-0003/2026-10.json\nnowhere.json\n' >list3
	"$HUBDESK" rollup - <list3 >out 2>err
	assert_eq "$?" 3 "a missing file in the list"
	err_has '^hubdesk: cannot read nowhere.json: No such file or directory$'
}

test_a_folder_leaves_out_hidden_other_and_linked_folders() {
	base
	/usr/bin/python3 "$GEN" base.json net 3 1 2026-10 || fail "gen-dumps"
	cp net/hub-0001/2026-10.json net/.hidden.json
	echo 'not a dump' >net/README.txt
	mkdir net/.git && cp net/hub-0002/2026-10.json net/.git/x.json
	ln -s .. net/hub-0003/up
	ln -s ../hub-0001/2026-10.json net/hub-0003/link.json
	# hub-0001 twice: its own file, and the link to it, which is a file.
	expect_refused 2 rollup net --format csv
	err_has 'net/hub-0003/link.json: hub 5eed0000-0000-4000-8000-000000000000, 2026-10 is in net/hub-0001/2026-10.json already'
	rm net/hub-0003/link.json
	# A pipe, or a link to nothing, named *.json in a folder is refused as
	# it would be when named, never waited on nor passed over.
	mkfifo net/hub-0002/pipe.json
	expect_refused 2 rollup net --format csv
	err_has '^hubdesk: net/hub-0002/pipe.json is not a file; a folder of dumps holds dump files$'
	rm net/hub-0002/pipe.json
	ln -s nowhere.json net/hub-0002/gone.json
	expect_refused 3 rollup net --format csv
	err_has '^hubdesk: cannot read net/hub-0002/gone.json: No such file or directory$'
	rm net/hub-0002/gone.json
	expect 0 rollup net --format csv
	assert_eq "$(grep -c '^5eed' "$OUT")" 3 "three hubs, nothing hidden, the loop not followed"
}

test_duplicates_are_found_by_hub_and_month_and_name_both_files() {
	base
	/usr/bin/python3 "$GEN" base.json net 500 1 2026-10 || fail "gen-dumps"
	cp net/hub-0250/2026-10.json net/hub-0499/again.json
	expect_refused 2 rollup net
	err_has '^hubdesk: net/hub-0499/again.json: hub 5eed00f9-0000-4000-8000-0000000000f9, 2026-10 is in net/hub-0250/2026-10.json already; give each hub-month once$'
}

test_months_select_and_a_mix_without_them_is_refused() {
	base
	/usr/bin/python3 "$GEN" base.json net 4 15 2026-01 || fail "gen-dumps"
	expect_refused 2 rollup net
	err_has '^hubdesk: net/hub-0001/2026-02.json: a dump of 2026-02 among dumps of 2026-01; give --months'
	expect 0 rollup net --months 2026-10 --format json
	grep -q '^    "hubs": 4,$' "$OUT" || fail "four dumps of October"
	err_has '^hubdesk: left out 56 dumps of months outside 2026-10$'
	expect 0 rollup net --months 2026 --format json
	grep -q '^    "hubs": 48,$' "$OUT" || fail "48 dumps of 2026"
	grep -q '^    "month": "2026-01..2026-12",$' "$OUT" || fail "the year's label"
	expect 0 rollup net --months 2026-11..2027-03
	out_has 'Network total of 20 dumps'
	for bad in 2026-13 2026 2026-10..2026-09 2026-1 2026-10.. ..2026-10 20266 x; do
		case $bad in 2026) continue ;; esac
		expect_refused 2 rollup net --months "$bad"
		err_has "^hubdesk: --months .*: give YYYY-MM, YYYY-MM..YYYY-MM or a year YYYY; see 'hubdesk rollup --help'$"
	done
	expect_refused 2 rollup net --months 2030
	err_has '^hubdesk: no dump of 2030 among those given \(60 of other months\)$'
}

test_a_refused_dump_late_in_the_list_prints_nothing() {
	base
	/usr/bin/python3 "$GEN" base.json net 50 1 2026-10 || fail "gen-dumps"
	echo '{' >net/hub-0050/2026-10.json
	expect_refused 2 rollup net --format json
	err_has 'net/hub-0050/2026-10.json: not a hubdesk dump'
}

# Hours are summed as whole ten-thousandths and rates rounded half up from
# the exact sums (rollup_rate), as the central database's numeric does: 100
# of 3,200 hours is 0.03125, written 0.0313 (a double printed with %.4f
# would give 0.0312). Hours of more than four decimals are no dump's.
test_sums_are_exact_and_rates_round_half_up() {
	base
	/usr/bin/python3 "$GEN" base.json net 2 1 2026-10 || fail "gen-dumps"
	for f in net/hub-000[12]/2026-10.json; do
		sed -i 's/^  "available_desk_hours": [0-9.]*,$/  "available_desk_hours": 1600.1,/;
		    s/^  "booked_desk_hours": [0-9.]*,$/  "booked_desk_hours": 50.0001,/;
		    s/^  "occupied_desk_hours": [0-9.]*,$/  "occupied_desk_hours": 0.0001,/' "$f"
	done
	sed -i 's/^  "available_desk_hours": [0-9.]*,$/  "available_desk_hours": 1599.9,/;
	    s/^  "booked_desk_hours": [0-9.]*,$/  "booked_desk_hours": 49.9999,/' net/hub-0002/2026-10.json
	expect 0 rollup net --format json
	out_has '^    "available_desk_hours": 3200,$'
	out_has '^    "booked_desk_hours": 100,$'
	out_has '^    "occupied_desk_hours": 0.0002,$'
	out_has '^    "booking_rate": 0.0313,$'
	expect 0 rollup net --format csv
	out_has '^total,network \(sums over hubs\),2026-10,3200.0000,100.0000,0.0002,0.0313,0.0000,'
	sed -i 's/^  "booked_desk_hours": [0-9.]*,$/  "booked_desk_hours": 49.99999,/' net/hub-0002/2026-10.json
	expect_refused 2 rollup net
	err_has "net/hub-0002/2026-10.json: the dump's booked_desk_hours is missing or wrong$"
}

run_tests "$@"
