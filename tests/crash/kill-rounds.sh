# Kill rounds, sourced by tests/cli/kill.sh (a sample in make check) and
# tests/crash/torture.sh (make torture: KILL_ROUNDS of them). Needs lib.sh.
#
# A round starts five writers at once on one hub, each a real hubdesk
# process: a member added, a booking, a weekly series, a check-in or
# check-out, a visit added by staff, and the retention purge; beside them a
# migration of an old-schema copy. After a random pause of 0-29 ms every
# one still running gets SIGKILL. A writer acknowledged its work when it
# printed its result before the kill (acked). Then the files must be
# whole, hold every acknowledged write, show no half series or migration,
# and keep the invariants (kill_check).

SERIES_WEEKS=6 # occurrences of every series: all or none of them stored
# stdbuf and the power-cut shim are preloaded libraries, which ASan's
# runtime accepts after itself only when told to (make asan).
export ASAN_OPTIONS="${ASAN_OPTIONS:+$ASAN_OPTIONS:}verify_asan_link_order=0"

# rand N: a random number from 0 to N-1.
rand() { echo $(($(od -An -N2 -tu2 /dev/urandom) % $1)); }

# old_schema LEVEL FILE: a database built by applying only the migrations
# up to LEVEL, as a hubdesk of that age would have left it.
old_schema() {
	for m in "$ROOT"/db/[0-9][0-9][0-9]_*.sql; do
		n=$(basename "$m" | cut -c1-3)
		[ "$((1$n - 1000))" -le "$1" ] || break
		cat "$m"
	done | sqlite3 "$2"
	sqlite3 "$2" "PRAGMA user_version = $1; PRAGMA journal_mode = WAL;" >/dev/null
}

kill_setup() {
	small_hub
	for r in R2 R3 R4; do expect 0 --now "$NOW" space add $r --kind room --capacity 4; done
	# 64 members for the series: a member books one room a day, so each
	# has one series in every block of weeks.
	{ echo name,municipality,category; seq 0 63 | sed 's/.*/Sarja &,Kuortane,entrepreneur/'; } >s.csv
	expect 0 --now "$NOW" member import s.csv --format csv
	sed -n 's/^Sarja \([0-9]*\),[^,]*,\(.*\)$/\1 \2/p' "$OUT" | tr -d '\r' | sort -n | cut -d' ' -f2 >s.codes
	assert_eq "$(wc -l <s.codes)" 64 "series members"
	# A guest older than the 90 days of retention: blanked by any purge.
	expect 0 --now "2026-06-01 10:00" guest --name "Old Guest" --host "$A"
	old_schema 8 old-8.db
	sqlite3 old-8.db 'PRAGMA integrity_check' 'PRAGMA user_version' .schema >mig-8
	cp old-8.db fresh.db
	"$HUBDESK" --db fresh.db status >/dev/null 2>&1
	sqlite3 fresh.db 'PRAGMA integrity_check' 'PRAGMA user_version' .schema >mig-new
	grep -qx "$(sqlite3 "$DB" 'PRAGMA user_version')" mig-new || fail "fresh.db was not migrated"
	: >acked
}

# kill_round I: one round at the clock of round I, then the checks.
kill_round() {
	i=$1
	day=$((23 + i / 400)) min=$((i % 400))
	now=$(printf '2026-11-%02d %02d:%02d' "$day" $((8 + min / 60)) $((min % 60)))
	wk=$((i % 50)) slot=$((i / 50 % 8))
	# Tuesdays (the series Wednesdays) from February 2027 on: no holiday
	# falls on either for a year, so every series books all its weeks.
	date=$(date -d "2027-02-02 + $((wk * 7)) days" +%F)
	# A series of its own: a half hour of one of four rooms, in a block of
	# weeks no other round's series touches, on Wednesdays.
	half=$((i / 4 % 16))
	sfrom=$(printf '%02d:%02d' $((8 + half / 2)) $((half % 2 * 30)))
	sto=$(printf '%02d:%02d' $((8 + (half + 1) / 2)) $(((half + 1) % 2 * 30)))
	sdate=$(date -d "2027-02-03 + $((i / 64 * SERIES_WEEKS * 7)) days" +%F)
	suntil=$(date -d "$sdate + $(((SERIES_WEEKS - 1) * 7)) days" +%F)
	rm -f o.* e.* r.*
	pids=
	# Asked before any writer starts, so that they all start together.
	pause=0.0$(rand 3)$(rand 10)
	in=$(sql "SELECT count(*) FROM visit v JOIN member m ON m.id = v.member_id
	    WHERE m.code = '$A' AND v.checked_out_at IS NULL")
	cp old-8.db mig.db
	rm -f mig.db-wal mig.db-shm
	run() { # run NAME ARGS...: a writer in the background, its status in r.NAME
		name=$1
		shift
		(stdbuf -oL "$HUBDESK" --db "$DB" --now "$now" "$@" >"o.$name" 2>"e.$name"
		    echo $? >"r.$name") &
		pids="$pids,$!"
	}
	run member member add "Kill $i" --municipality Kuortane --category entrepreneur
	run book book --member "$A" --space D0$((1 + slot % 3)) --date "$date" \
	    --from $((8 + slot)) --to $((9 + slot)) --override
	run series book --member "$(sed -n "$((1 + i % 64))p" s.codes)" --space "R$((1 + i % 4))" --date "$sdate" \
	    --from "$sfrom" --to "$sto" --repeat weekly --until "$suntil" --override
	if [ "$in" = 0 ]; then
		run visit checkin --member "$A"
	else
		run visit checkout --member "$A"
	fi
	run edit visit add --member "$B" --in "2026-11-20 $((8 + i % 9)):00" \
	    --out "2026-11-20 $((8 + i % 9)):30"
	run purge purge
	("$HUBDESK" --db mig.db status >/dev/null 2>&1; echo $? >r.mig) &
	pids="$pids,$!"
	sleep "$pause"
	# Only the writers of this round: the subshells' hubdesk children.
	pkill -KILL -P "${pids#,}" 2>/dev/null
	wait
	kill_after "$i"
}

# What follows a kill; tests/cli/power.sh boots the power cut's files first.
kill_after() { kill_check "$1"; }

# A writer acknowledged its work once it printed its result, as a kiosk's
# screen shows it: stdout is line-buffered (stdbuf), so what was printed
# before the kill is in o.NAME even when the process died right after.
acked() { [ -s "o.$1" ]; }

kill_check() {
	# Every acknowledged write is there, now and in every later round.
	acked member && echo "member WHERE code = '$(cat o.member)'" >>acked
	acked book && echo "booking WHERE uuid = '$(cat o.book)'" >>acked
	if acked series; then
		for u in $(cat o.series); do echo "booking WHERE uuid = '$u'" >>acked; done
	fi
	acked edit && echo "visit WHERE uuid = '$(grep -oE '[0-9a-f-]{36}' o.edit | head -1)'" >>acked
	want_in=
	if acked visit; then
		case $(cat o.visit) in
		"checked in"*) want_in=1 ;;
		*) want_in=0 ;;
		esac
	fi
	# One sqlite3 run asks everything; each query prints a line only when
	# something is wrong, after the integrity check's "ok".
	{
		echo "PRAGMA integrity_check;"
		awk -v q="'" '{ l = $0; gsub(q, q q, l)
		    print "SELECT " q "lost: " l q " WHERE (SELECT count(*) FROM " $0 ") <> 1;" }' acked
		[ -n "$want_in" ] && echo "SELECT '$A in ' || count(*) || ' times after: $(cat o.visit)'
		    FROM visit v JOIN member m ON m.id = v.member_id
		    WHERE m.code = '$A' AND v.checked_out_at IS NULL HAVING count(*) <> $want_in;"
		acked purge && echo "SELECT 'purged, yet: ' || guest_name FROM visit
		    WHERE guest_name = 'Old Guest';"
		# No half series: each holds all of its occurrences or none.
		echo "SELECT 'half series: ' || series_uuid FROM booking WHERE series_uuid IS NOT NULL
		    GROUP BY series_uuid HAVING count(*) <> $SERIES_WEEKS;"
		# The invariants, whatever the triggers: no overlapping active
		# bookings of a space, nobody and no space with two open visits.
		echo "SELECT 'overlap: ' || a.uuid || ' ' || b.uuid FROM booking a JOIN booking b
		    ON a.space_id = b.space_id AND a.id < b.id
		    AND a.starts_at < b.ends_at AND b.starts_at < a.ends_at
		    WHERE a.status IN ('booked', 'checked-in') AND b.status IN ('booked', 'checked-in');"
		echo "SELECT 'in twice: ' || member_id FROM visit WHERE checked_out_at IS NULL
		    AND member_id IS NOT NULL GROUP BY member_id HAVING count(*) > 1;"
		echo "SELECT 'held twice: ' || space_id FROM visit WHERE checked_out_at IS NULL
		    AND space_id IS NOT NULL GROUP BY space_id HAVING count(*) > 1;"
	} >check.sql
	got=$(sql <check.sql)
	[ "$got" = ok ] || fail "round $1: $(echo "$got" | head -5)"
	# A migration is all or nothing: the schema is the old level's or the
	# newest, and user_version says which.
	sqlite3 mig.db 'PRAGMA integrity_check' 'PRAGMA user_version' .schema >mig.got
	cmp -s mig.got mig-8 || cmp -s mig.got mig-new ||
	    fail "round $1: the migrated copy is neither level 8 nor the newest: $(head -2 mig.got)"
	# What each writer came to: acknowledged, refused, or killed.
	for w in member book series visit edit purge mig; do
		case $(cat "r.$w" 2>/dev/null) in
		0) echo "$w done" ;;
		137 | '') echo "$w killed" ;;
		*) echo "$w refused" ;;
		esac
	done >>outcomes
	return 0
}
