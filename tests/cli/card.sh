#!/bin/sh
# The hub's public card in the monthly dump, for the network's directory:
# name, municipality, hours, desks, rooms and booths, an address and a
# contact e-mail only when `hub edit` set them, and for the 14 days from the
# day the dump is made the desks free for the whole of each day, exactly as
# `hubdesk free` counts them. Desks, never who booked.
. "$(dirname "$0")/../lib.sh"

# The small hub (lib.sh) on Monday 2026-11-23 09:00, three desks and R1,
# made on the 2nd so that November has ended by December.
hub() {
	set_up small_hub_steps
}

# dump_at NOW: the dump of October 2026 made at NOW, in d.json.
dump_at() {
	expect 0 --now "$1" dump --month 2026-10 --output d.json
}

# free_on DATE: the free_desks entry of DATE in d.json.
free_on() { grep -o "{\"date\": \"$1\", \"open\": [a-z]*, \"free\": [0-9]*}" d.json; }

test_the_card_without_and_with_an_address_and_email() {
	NOW="2026-10-01 09:00" hub
	expect 0 --now "2026-11-02 09:00" space add B1 --kind booth
	dump_at "2026-11-02 09:00"
	grep -q '"hours": {"mon": "08:00-17:00", "tue": "08:00-17:00", "wed": "08:00-17:00", "thu": "08:00-17:00", "fri": "08:00-17:00", "sat": null, "sun": null}, "desks": 3, "rooms": 1, "booths": 1}' d.json ||
	    fail "the card: $(sed -n 5p d.json)"
	grep -q '"address"\|"email"' d.json && fail "an address or e-mail in a dump of a hub that set none"
	# init named no region: the dump names its municipality's.
	grep -q '"municipality": "Kuortane", "municipality_number": 300, "region": "Etelä-Pohjanmaa"' d.json ||
	    fail "the region of Kuortane: $(sed -n 5p d.json | cut -c1-200)"
	expect 0 hub edit --address "Kirkkotie 1, 63100 Kuortane" --email info@piste.example.fi
	# The audit names the e-mail's change, never the address itself.
	assert_eq "$(sql "SELECT detail FROM audit WHERE action = 'hub.change' ORDER BY id DESC LIMIT 1")" \
	    '{"address":[null,"Kirkkotie 1, 63100 Kuortane"],"email":["…","…"]}' "the audit row"
	dump_at "2026-11-02 09:00"
	grep -q '"booths": 1, "address": "Kirkkotie 1, 63100 Kuortane", "email": "info@piste.example.fi"}' d.json ||
	    fail "the card's address and e-mail: $(sed -n 5p d.json)"
	expect 0 hub
	out_has '^  address       Kirkkotie 1, 63100 Kuortane$'
	out_has '^  e-mail        info@piste.example.fi$'
	expect 0 hub --format csv
	out_has 'Kirkkotie 1, 63100 Kuortane.*,info@piste.example.fi,'
	expect 0 hub edit --no-address --name "Uusi nimi"
	dump_at "2026-11-02 09:00"
	grep -q '"address"' d.json && fail "the address removed is still in the dump"
	grep -q '"name": "Uusi nimi"' d.json || fail "the new name"
	# Still a dump every roll-up reads, and the same figures as before.
	expect 0 rollup d.json --format json
	out_has '"hubs": 1,'
	# Nothing personal: no member's name, code or e-mail.
	expect 0 member add "Salla Salainen" --email salla@example.fi --municipality Kuortane
	code=$(cat "$OUT")
	dump_at "2026-11-02 09:00"
	for secret in Salla salla@example.fi "$code" Aino Äijälä "$A" "$B"; do
		grep -q "$secret" d.json && fail "the dump holds $secret"
	done
	return 0
}

# free_desks against `hubdesk free`, day by day, with a desk booked all
# day, one booked for an hour, a closed date, a weekend, a retired desk and
# a desk that comes into use later.
test_free_desks_are_what_free_says_for_each_of_14_days() {
	NOW="2026-10-01 09:00" hub
	expect 0 --now "2026-11-02 09:00" space add D04 --since 2026-11-12
	expect 0 --now "2026-11-02 09:00" book --member "$A" --space D01 --date 2026-11-03 --from 08:00 --to 17:00
	expect 0 --now "2026-11-02 09:00" book --member "$B" --space D02 --date 2026-11-03 --from 13:00 --to 14:00
	expect 0 --now "2026-11-02 09:00" book --member "$B" --space D03 --date 2026-11-05 --from 08:00 --to 09:00
	expect 0 --now "2026-11-02 09:00" closed add 2026-11-06 --note "Remontti"
	expect 0 --now "2026-11-02 09:00" space retire D03 --format csv
	dump_at "2026-11-02 09:00"
	assert_eq "$(grep -o '"free_desks": \[[^]]*\]' d.json | grep -o '"date"' | wc -l)" 14 "14 days"
	assert_eq "$(grep -o '"free_desks": \[{"date": "[0-9-]*"' d.json)" '"free_desks": [{"date": "2026-11-02"' \
	    "from the day the dump was made"
	assert_eq "$(free_on 2026-11-03)" '{"date": "2026-11-03", "open": true, "free": 0}' "D01 all day, D02 an hour"
	assert_eq "$(free_on 2026-11-04)" '{"date": "2026-11-04", "open": true, "free": 2}' "a free day"
	assert_eq "$(free_on 2026-11-06)" '{"date": "2026-11-06", "open": false, "free": 0}' "the closed date"
	assert_eq "$(free_on 2026-11-07)" '{"date": "2026-11-07", "open": false, "free": 0}' "Saturday"
	assert_eq "$(free_on 2026-11-12)" '{"date": "2026-11-12", "open": true, "free": 3}' "D04 from the 12th"
	# Each open day as `free` answers it, run at the same clock.
	for day in 03 04 05 09 10 11 12 13; do
		expect 0 --now "2026-11-02 09:00" free --date 2026-11-$day --kind desk --format csv
		n=$(($(wc -l <"$OUT") - 1))
		assert_eq "$(free_on 2026-11-$day | sed 's/.*"free": //; s/}//')" "$n" "2026-11-$day as free says"
	done
	# Desks only: the card counts D04 once it is in use, never D03.
	grep -q '"desks": 2, "rooms": 1' d.json || fail "desks in use: $(sed -n 5p d.json)"
	# A later clock moves the 14 days.
	dump_at "2026-11-20 12:00"
	assert_eq "$(grep -o '"free_desks": \[{"date": "[0-9-]*"' d.json)" '"free_desks": [{"date": "2026-11-20"' \
	    "from the 20th"
	free_on 2026-12-03 | grep -q '"open": true' || fail "the 14th day"
	free_on 2026-12-04 && fail "a 15th day"
	return 0
}

test_hub_edit_refusals_change_nothing() {
	NOW="2026-10-01 09:00" hub
	expect 0 hub edit --email info@piste.example.fi
	for bad in "not-an-address" "a@b" "two@@piste.fi" "x y@piste.fi" "@piste.fi" "me@.fi" \
	    "me@piste." "me@piste.fi." "$(printf 'me\001@piste.fi')" "<me@piste.fi>"; do
		expect_refused 2 hub edit --email "$bad"
		err_has "is not an e-mail address|control character|may not hold"
		db_same_as_kept
	done
	long=$(printf '%0201d' 0)
	expect_refused 2 hub edit --address "$long"
	expect_refused 2 hub edit --address "$(printf 'Tie\n1')"
	expect_refused 2 hub edit --name ""
	expect_refused 2 hub edit --address x --no-address
	err_has 'not both'
	expect_refused 2 hub edit
	err_has 'nothing to change'
	expect_refused 2 hub edit --colour red
	# A member's own address is no hub's: it would leave with every dump.
	expect 0 member edit "$A" --email aino@example.fi
	expect_refused 2 hub edit --email AINO@example.fi
	err_has "that is a member's e-mail address; give the hub's own"
	expect 0 hub --format json
	out_has '"email": "info@piste.example.fi"'
	# An address of 120 ä (240 bytes) is taken; the limits are 200 characters
	# and 255 bytes.
	expect 0 hub edit --address "$(printf 'ä%.0s' $(seq 1 120))"
	expect 0 hub edit --no-email
	expect 0 hub --format json
	out_has '"email": null'
}

run_tests "$@"
