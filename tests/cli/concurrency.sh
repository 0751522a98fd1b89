#!/bin/sh
# Several kiosks at once: processes racing for the same slots. Exactly one
# wins each slot, nobody sees "database is locked", the file stays sound.
. "$(dirname "$0")/../lib.sh"

KIOSKS=8

# racer I: the program the I-th racing process runs. A race is a timing
# test, not a memory test: under `make valgrind` (HUBDESK_BIN is the
# program, HUBDESK runs it under valgrind) only racer 0 runs under
# valgrind and the others plainly, as eight processes each 20-50 times
# slower hold the write lock past the store's 10 s busy timeout.
racer() {
	if [ "$1" = 0 ]; then echo "$HUBDESK"; else echo "$HUBDESK_BIN"; fi
}

# kiosk I: member $I tries every slot, in an order of its own, and logs
# "<exit status> <slot>" for each attempt.
kiosk() {
	i=$1 code=$2 bin=$(racer "$1")
	for n in $(seq 0 29 | awk -v s="$i" '{ print ($1 * 7 + s * 11) % 30 }'); do
		# Five opening days (the hub is closed at the weekend).
		case $((n / 6)) in 0) day=24 ;; 1) day=25 ;; 2) day=26 ;; 3) day=27 ;; 4) day=30 ;; esac
		desk=D0$((1 + n % 3))
		span=$(((n / 3) % 2))
		if [ $span -eq 0 ]; then from=09:00 to=12:00; else from=12:00 to=15:00; fi
		"$bin" --db "$DB" --now "$NOW" book --member "$code" --space $desk \
		    --date 2026-11-$day --from $from --to $to >>"out.$i" 2>>"err.$i"
		echo "$? $day $desk $span" >>"log.$i"
	done
}

test_eight_kiosks_book_the_same_slots() {
	small_hub
	codes="$A $B"
	for i in 3 4 5 6 7 8; do
		expect 0 member add "Jäsen $i"
		codes="$codes $(cat "$OUT")"
	done
	i=0
	for code in $codes; do
		kiosk $i "$code" &
		i=$((i + 1))
	done
	wait
	[ "$i" -eq "$KIOSKS" ] || fail "started $i kiosks"

	wins=$(cat log.* | awk '$1 == 0' | wc -l)
	assert_eq "$wins" 30 "bookings acknowledged"
	assert_eq "$(cat out.* | wc -l)" 30 "UUIDs printed"
	others=$(cat log.* | awk '$1 != 0 && $1 != 1' | wc -l)
	assert_eq "$others" 0 "attempts that failed with other than 'refused'"
	per_slot=$(cat log.* | awk '$1 == 0 { print $2, $3, $4 }' | sort | uniq -d | wc -l)
	assert_eq "$per_slot" 0 "slots acknowledged twice"
	if grep -il 'locked\|busy' err.* >/dev/null; then fail "a user saw: $(cat err.* | grep -i 'locked\|busy' | head -1)"; fi
	assert_eq "$(sql "SELECT count(*) FROM booking WHERE status = 'booked'")" 30 "bookings stored"
	assert_eq "$(sql "SELECT count(*) FROM booking a JOIN booking b ON a.space_id = b.space_id AND a.id < b.id AND a.starts_at < b.ends_at AND b.starts_at < a.ends_at")" 0 "overlapping pairs"
	# Each printed UUID's count of stored bookings, in one query.
	values='' printed=0
	for u in $(cat out.*); do
		values="$values${values:+, }('$u')"
		printed=$((printed + 1))
	done
	: >stored
	[ -z "$values" ] || sql "SELECT u, (SELECT count(*) FROM booking WHERE uuid = u)
	    FROM (SELECT column1 AS u FROM (VALUES $values))" >stored
	looked=0
	while IFS='|' read -r u n; do
		assert_eq "$n" 1 "stored booking $u"
		looked=$((looked + 1))
	done <stored
	assert_eq "$looked" "$printed" "UUIDs looked up"
	assert_eq "$(sql 'PRAGMA integrity_check')" ok "integrity_check"
}

test_kiosks_check_in_walk_ins_without_losing_one() {
	small_hub
	expect 0 space add D04 --since 2026-01-01
	expect 0 space add D05 --since 2026-01-01
	codes="$A $B"
	for i in 3 4 5 6 7 8; do
		expect 0 member add "Jäsen $i"
		codes="$codes $(cat "$OUT")"
	done
	# Eight people at eight kiosks take "any free desk" at the same moment:
	# five get a desk, three are told none is free; nobody gets two.
	i=0
	for code in $codes; do
		"$(racer $i)" --db "$DB" --now "$NOW" checkin --member "$code" --space any \
		    >"out.$code" 2>"err.$code" &
		i=$((i + 1))
	done
	wait
	assert_eq "$(cat out.* | grep -c 'walk-in')" 5 "walk-ins seated"
	assert_eq "$(cat err.* | grep -c 'no desk is free')" 3 "walk-ins turned away"
	assert_eq "$(sql 'SELECT count(DISTINCT space_id) FROM visit WHERE space_id IS NOT NULL')" 5 "desks taken"
	assert_eq "$(sql 'PRAGMA integrity_check')" ok "integrity_check"
}

test_eight_kiosks_book_the_same_series() {
	small_hub
	expect 0 rules set book-ahead-days 60
	codes="$A $B"
	for i in 3 4 5 6 7 8; do
		expect 0 --now "$NOW" member add "Jäsen $i"
		codes="$codes $(cat "$OUT")"
	done
	# Every kiosk books the same weekly series: five Tuesdays 09:00-11:00.
	i=0
	for code in $codes; do
		"$(racer $i)" --db "$DB" --now "$NOW" book --member "$code" --space D01 --date 2026-11-24 \
		    --from 09:00 --to 11:00 --repeat weekly --until 2026-12-22 >"out.$i" 2>"err.$i" &
		i=$((i + 1))
	done
	wait
	assert_eq "$(cat out.* | wc -l)" 5 "occurrences booked in all"
	assert_eq "$(cat err.* | grep -c 'by another member')" 35 "occurrences refused as taken"
	if grep -il 'locked\|busy' err.* >/dev/null; then fail "a user saw a busy database"; fi
	assert_eq "$(sql "SELECT count(*) FROM booking WHERE status = 'booked'")" 5 "stored"
	assert_eq "$(sql "SELECT count(*) FROM booking a JOIN booking b ON a.space_id = b.space_id AND a.id < b.id AND a.starts_at < b.ends_at AND b.starts_at < a.ends_at")" 0 "overlaps"
	assert_eq "$(sql 'PRAGMA integrity_check')" ok "integrity_check"
}

run_tests "$@"
