#!/bin/sh
# make bench: figures, not pass/fail. Builds a ten-year demo hub and times
# the commands a hub runs every day. Wall-clock figures are medians of
# repeated runs; the instruction counts (valgrind's callgrind) repeat
# exactly from run to run and are the ones to compare between commits.
: "${HUBDESK:?set HUBDESK to the hubdesk binary}"
export LANG=C.UTF-8 LC_ALL=C.UTF-8
dir=$(mktemp -d)
trap 'rm -rf "$dir"' EXIT
DB=$dir/bench.db
NOW="2026-11-23 10:00"
RUNS=${RUNS:-21}

ms() { # ms CMD...: median wall-clock milliseconds of RUNS runs
	i=0
	while [ $i -lt "$RUNS" ]; do
		a=$(date +%s%N)
		"$@" >/dev/null 2>&1
		b=$(date +%s%N)
		echo $(((b - a) / 1000))
		i=$((i + 1))
	done | sort -n | awk '{ v[NR] = $1 } END { printf "%.2f", v[int((NR + 1) / 2)] / 1000 }'
}

instructions() { # callgrind's count of instructions for one run
	if ! command -v valgrind >/dev/null 2>&1; then echo "-"; return; fi
	valgrind --tool=callgrind --callgrind-out-file="$dir/cg.out" "$@" >/dev/null 2>"$dir/cg.err"
	sed -n 's/.*Collected : \([0-9]*\).*/\1/p' "$dir/cg.err" | awk '{ printf "%.1f M", $1 / 1e6 }'
}

row() { printf '%-44s %12s %14s\n' "$1" "$2" "$3"; }

printf 'hubdesk bench on %s, %s cores, %s\n' "$(uname -m)" "$(nproc)" "$(date -u +%Y-%m-%d)"
a=$(date +%s%N)
"$HUBDESK" --db "$DB" --now "$NOW" demo --months 120 --seed 1 >"$dir/demo.txt"
b=$(date +%s%N)
sed 's/ in [^:]*:/:/' "$dir/demo.txt"
printf 'demo --months 120 took %.2f s; the file is %s KiB\n\n' \
    "$(echo "$a $b" | awk '{ print ($2 - $1) / 1e9 }')" "$(($(stat -c %s "$DB") / 1024))"

H="$HUBDESK --db $DB --now"
row "command (10-year hub)" "median ms" "instructions"
row "status" "$(ms $H "$NOW" status)" "$(instructions $H "$NOW" status)"
row "bookings --date today" "$(ms $H "$NOW" bookings --date today)" \
    "$(instructions $H "$NOW" bookings --date today)"
row "visits --month 2026-10" "$(ms $H "$NOW" visits --month 2026-10)" \
    "$(instructions $H "$NOW" visits --month 2026-10)"
row "member list" "$(ms $H "$NOW" member list)" "$(instructions $H "$NOW" member list)"
code=$($H "$NOW" member list --format csv | sed -n 2p | cut -d, -f1)
row "checkin + checkout (one pair, 2 commits)" \
    "$(ms sh -c "$H '$NOW' checkin --member $code && $H '$NOW' checkout --member $code")" "-"
row "book + cancel (2 commits)" \
    "$(ms sh -c "u=\$($H '$NOW' book --member $code --space D24 --date 2026-12-09) && $H '$NOW' cancel \$u")" "-"

# sshd runs `ssh-keys` for every key a client offers: one read-only lookup
# by fingerprint among 1,000 stored keys (999 of them rows of random
# fingerprints, which the lookup's index treats alike), for a key found and
# one that is nobody's.
if command -v ssh-keygen >/dev/null 2>&1; then
	ssh-keygen -q -t ed25519 -N '' -f "$dir/key" && $H "$NOW" member key add "$code" --file "$dir/key.pub" >/dev/null
	sqlite3 "$DB" "WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 999)
	    INSERT INTO ssh_key (fingerprint, type, key, bits, member_id, added_at)
	    SELECT 'SHA256:' || substr(hex(randomblob(22)), 1, 43), 'ssh-ed25519',
	           hex(randomblob(24)), 256, (SELECT min(id) FROM member), 0 FROM n"
	k=$(cut -d' ' -f2 "$dir/key.pub")
	row "ssh-keys, a member's key (1,000 keys)" "$(ms $HUBDESK --db "$DB" ssh-keys hub ssh-ed25519 "$k")" \
	    "$(instructions $HUBDESK --db "$DB" ssh-keys hub ssh-ed25519 "$k")"
	k=AAAAC3NzaC1lZDI1NTE5AAAAIFKkRY+oSZmrNEKVJOVztp8Wy6KIeRI0Kb86+U+xQMX9
	row "ssh-keys, a key that is nobody's" "$(ms $HUBDESK --db "$DB" ssh-keys hub ssh-ed25519 "$k")" \
	    "$(instructions $HUBDESK --db "$DB" ssh-keys hub ssh-ed25519 "$k")"
fi

# A check-in must cost the same whatever the member's history. One hub, 24
# desks and a room; two members, one with 10 past visits and one with 2,000
# (a visit every weekday going back from the Friday before, a third of them
# to a booking), inserted with sqlite3 as the rows a check-in and check-out
# leave; today four others are in or booked. Each check-in runs on its own
# copy of that file, so the two databases are the same but for whose
# history is long. The count that matters is callgrind's, which repeats
# exactly; the ratio should stay within 1.10.
icount() { # icount CMD...: callgrind's instruction count of one run, or nothing
	command -v valgrind >/dev/null 2>&1 || return 0
	valgrind --tool=callgrind --callgrind-out-file="$dir/cg.out" "$@" >/dev/null 2>"$dir/cg.err"
	sed -n 's/.*Collected : \([0-9]*\).*/\1/p' "$dir/cg.err"
}
if command -v sqlite3 >/dev/null 2>&1; then
	hist=$dir/history.db
	T="$HUBDESK --db $hist --now"
	$T "2018-01-02 08:00" init --name "History hub" --municipality Kuortane >/dev/null
	i=1
	while [ $i -le 24 ]; do
		$T "2018-01-02 08:00" space add "$(printf D%02d $i)" --since 2018-01-02 >/dev/null
		i=$((i + 1))
	done
	$T "2018-01-02 08:00" space add R1 --kind room --capacity 8 --since 2018-01-02 >/dev/null
	few=$($T "2018-01-02 08:00" member add "Few Visits")
	many=$($T "2018-01-02 08:00" member add "Many Visits")
	o1=$($T "2018-01-02 08:00" member add "Other One")
	o2=$($T "2018-01-02 08:00" member add "Other Two")
	o3=$($T "2018-01-02 08:00" member add "Other Three")
	TZ=Europe/Helsinki sqlite3 "$hist" "
	CREATE TEMP TABLE past AS
	WITH RECURSIVE d(n, day) AS (SELECT 0, '2026-11-20'
	        UNION ALL SELECT n + 1, date(day, '-1 day') FROM d WHERE n < 3000),
	    wd(k, day) AS (SELECT row_number() OVER (ORDER BY day DESC), day FROM d
	        WHERE strftime('%w', day) NOT IN ('0', '6'))
	SELECT m.id AS member, s.id AS space, wd.k AS k,
	    unixepoch(wd.day || ' 09:00', 'utc') AS a, unixepoch(wd.day || ' 16:00', 'utc') AS z
	FROM (SELECT id, CASE code WHEN '$few' THEN 10 ELSE 2000 END AS n,
	        CASE code WHEN '$few' THEN 'D01' ELSE 'D02' END AS desk
	    FROM member WHERE code IN ('$few', '$many')) AS m
	JOIN space AS s ON s.code = m.desk JOIN wd ON wd.k <= m.n;
	INSERT INTO booking (uuid, space_id, member_id, starts_at, ends_at, status, created_at)
	SELECT printf('%08x-0000-4000-8000-%012x', member, k), space, member, a, z, 'checked-in',
	    a - 86400 FROM past WHERE k % 3 = 0;
	INSERT INTO visit (uuid, is_guest, member_id, space_id, booking_id, checked_in_at,
	    checked_out_at)
	SELECT printf('%08x-0000-4000-9000-%012x', member, k), 0, member, space,
	    (SELECT id FROM booking WHERE uuid = printf('%08x-0000-4000-8000-%012x', member, k)),
	    a, z FROM past;"
	$T "2026-11-20 12:00" book --member "$o1" --space D05 --date 2026-11-23 --from 10:00 \
	    --to 15:00 >/dev/null
	$T "2026-11-23 08:10" checkin --member "$o2" --space any >/dev/null
	$T "2026-11-23 08:40" checkin --member "$o3" --space any >/dev/null
	$T "2026-11-23 09:50" checkin --member "$o1" >/dev/null
	cp "$hist" "$dir/few.db"
	cp "$hist" "$dir/many.db"
	nfew=$(sqlite3 "$hist" "SELECT count(*) FROM visit JOIN member AS m ON m.id = member_id WHERE m.code = '$few'")
	nmany=$(sqlite3 "$hist" "SELECT count(*) FROM visit JOIN member AS m ON m.id = member_id WHERE m.code = '$many'")
	cfew=$(icount "$HUBDESK" --db "$dir/few.db" --now "$NOW" checkin --member "$few" --space any)
	cmany=$(icount "$HUBDESK" --db "$dir/many.db" --now "$NOW" checkin --member "$many" --space any)
	if [ -n "$cfew" ] && [ -n "$cmany" ]; then
		printf '\ncheckin --space any, instructions: %s past visits %s, %s past visits %s; ratio %s\n' \
		    "$nfew" "$(echo "$cfew" | awk '{ printf "%.2f M", $1 / 1e6 }')" \
		    "$nmany" "$(echo "$cmany" | awk '{ printf "%.2f M", $1 / 1e6 }')" \
		    "$(echo "$cfew $cmany" | awk '{ printf "%.3f", $2 / $1 }')"
	else
		printf '\ncheckin by history: needs valgrind\n'
	fi
fi

# The demo simulates every day through the domain calls in one
# transaction: its time must grow with the months and no faster. On a
# shared machine the load comes and goes, and a short run can fall into a
# quiet moment that a long one cannot; so the 12-month demo is timed in
# blocks of ten runs, each lasting about as long as one 120-month run, and
# the blocks alternate with the long runs. Figures are per run: best and
# median of DEMO_RUNS blocks, wall-clock and processor time (user + system
# of the children, from the shell's `times`, in clock ticks).
DEMO_RUNS=${DEMO_RUNS:-5}
cpu_s() { # cpu_s FILE: the user + system seconds in the children's line of `times`
	awk 'NR == 2 { t = 0; for (i = 1; i <= 2; i++) { split($i, p, "m");
	    sub("s", "", p[2]); t += p[1] * 60 + p[2] }; printf "%.3f", t }' "$1"
}
demo_block() { # demo_block MONTHS COUNT: appends the wall and processor seconds per run
	times >"$dir/times0" # in this shell: a $(...) subshell has no children
	a=$(date +%s%N)
	k=0
	while [ $k -lt "$2" ]; do
		rm -f "$dir/d.db" "$dir/d.db-wal" "$dir/d.db-shm"
		"$HUBDESK" --db "$dir/d.db" --now "$NOW" demo --months "$1" --seed 1 >/dev/null
		k=$((k + 1))
	done
	b=$(date +%s%N)
	times >"$dir/times1"
	echo "$a $b $(cpu_s "$dir/times0") $(cpu_s "$dir/times1") $2" |
	    awk '{ printf "%.4f %.4f\n", ($2 - $1) / 1e9 / $5, ($4 - $3) / $5 }' >>"$dir/demo$1"
}
: >"$dir/demo12"
: >"$dir/demo120"
i=0
while [ $i -lt "$DEMO_RUNS" ]; do
	demo_block 12 10
	demo_block 120 1
	i=$((i + 1))
done
pick() { # pick FILE COLUMN: "best median" of that column
	sort -n -k "$2" "$1" | awk -v c="$2" '{ v[NR] = $c } END { print v[1], v[int((NR + 1) / 2)] }'
}
for col in 1 2; do
	echo "$col $(pick "$dir/demo12" $col) $(pick "$dir/demo120" $col)" | awk -v n="$DEMO_RUNS" '{
	    printf "demo, %s per run, best (median) of %d: --months 12 %.3f s (%.3f), " \
	        "--months 120 %.2f s (%.2f); ratio %.2f (%.2f)\n",
	        $1 == 1 ? "wall-clock" : "processor time", n, $2, $3, $4, $5, $4 / $2, $5 / $3 }'
done

# The monthly report against the least SQL that gives its headline figures
# (visits, unique visitors, desk-seconds at desks, bookings, no-shows), run
# by the sqlite3 shell on the same file: the ratio says what the report's
# own work costs on top of reading the month.
if command -v sqlite3 >/dev/null 2>&1; then
	from=$(date -d "2026-10-01 00:00 EEST" +%s) to=$(date -d "2026-11-01 00:00 EET" +%s)
	minimal="SELECT count(*) FILTER (WHERE v.is_guest = 0), count(DISTINCT v.member_id),
	    sum(CASE WHEN sp.kind = 'desk' THEN coalesce(v.checked_out_at, v.checked_in_at) - v.checked_in_at END)
	    FROM visit v LEFT JOIN space sp ON sp.id = v.space_id
	    WHERE v.checked_in_at >= $from AND v.checked_in_at < $to;
	    SELECT count(*), count(*) FILTER (WHERE status = 'no-show') FROM booking
	    WHERE starts_at >= $from AND starts_at < $to AND status <> 'cancelled';"
	r=$(ms $H "$NOW" report --month 2026-10)
	q=$(ms sqlite3 "$DB" "$minimal")
	printf '\n%-44s %12s %14s\n' "report --month 2026-10 (text)" "$r" \
	    "$(instructions $H "$NOW" report --month 2026-10)"
	printf '%-44s %12s %14s\n' "report --month 2026-10 --format html" \
	    "$(ms $H "$NOW" report --month 2026-10 --format html)" "-"
	printf '%-44s %12s %14s\n' "minimal SQL in the sqlite3 shell" "$q" \
	    "$(instructions sqlite3 "$DB" "$minimal")"
	printf 'ratio report / minimal SQL: %s\n' "$(echo "$r $q" | awk '{ printf "%.2f", $1 / $2 }')"
fi

# Start-up of the terminal UI on the ten-year hub, against a trivial
# ncurses program on the same pseudo-terminal (tests/bench/ptytime.c).
if [ -n "${PTYTIME:-}" ]; then
	trivial=$("$PTYTIME" "$RUNS" "trivial program ready" "$TRIVIAL")
	home=$("$PTYTIME" "$RUNS" "Type your member code" "$HUBDESK" --db "$DB" --now "$NOW")
	printf '\nfirst screen, median (min-max) ms: trivial ncurses %s, hubdesk home %s; ratio %s\n' \
	    "$(echo "$trivial" | awk '{ printf "%s (%s-%s)", $1, $2, $3 }')" \
	    "$(echo "$home" | awk '{ printf "%s (%s-%s)", $1, $2, $3 }')" \
	    "$(echo "$trivial $home" | awk '{ printf "%.2f", $4 / $1 }')"
fi

# Eight kiosks booking at once: throughput and refusals.
"$HUBDESK" --db "$dir/race.db" --now "$NOW" init --name Race --municipality Kuortane >/dev/null
for d in 01 02 03 04; do "$HUBDESK" --db "$dir/race.db" space add D$d --since 2026-01-01 >/dev/null; done
"$HUBDESK" --db "$dir/race.db" rules set max-future-bookings 100
for k in 1 2 3 4 5 6 7 8; do
	"$HUBDESK" --db "$dir/race.db" member add "Kiosk $k" >"$dir/code.$k"
done
a=$(date +%s%N)
for k in 1 2 3 4 5 6 7 8; do
	(
		c=$(cat "$dir/code.$k")
		for day in 24 25 26 27 30; do for desk in 01 02 03 04; do for h in 8 10 12 14; do
			"$HUBDESK" --db "$dir/race.db" --now "$NOW" book --member "$c" --space D$desk \
			    --date 2026-11-$day --from $(printf %02d $h):00 --to $(printf %02d $((h + 2))):00 >/dev/null 2>>"$dir/race.err"
		done; done; done
	) &
done
wait
b=$(date +%s%N)
printf '\n8 kiosks x 80 bookings: %.2f s, %d booked, %d "locked" errors\n' \
    "$(echo "$a $b" | awk '{ print ($2 - $1) / 1e9 }')" \
    "$(sqlite3 "$dir/race.db" "SELECT count(*) FROM booking")" \
    "$(grep -c -i 'locked' "$dir/race.err")"

# The network's roll-up: 300 hubs x 12 months (3,600 dumps of a demo hub,
# tests/net/gen-dumps.py) in folders, against reading the same files with
# Python's json module in the same run. Peak memory from GNU time (Debian's
# `time`).
if command -v python3 >/dev/null 2>&1; then
	"$HUBDESK" --db "$dir/net.db" --now "2026-11-02 09:00" demo --months 2 --seed 5 >/dev/null
	"$HUBDESK" --db "$dir/net.db" --now "2026-11-02 09:00" dump --month 2026-10 --output "$dir/base.json"
	python3 "$(dirname "$0")/net/gen-dumps.py" "$dir/base.json" "$dir/net" 300 12 2026-01
	peak_kb() { # peak_kb CMD...: the command's peak resident memory, KiB (GNU time)
		if [ -x /usr/bin/time ]; then
			/usr/bin/time -f %M "$@" 2>&1 >/dev/null | tail -n 1
		else
			echo "-"
		fi
	}
	pyread='import json, os, sys
n = 0
for d, _, fs in os.walk(sys.argv[1]):
    for f in fs:
        with open(os.path.join(d, f)) as fh:
            n += json.load(fh)["visits"]
print(n)'
	printf '\n%-44s %12s %14s\n' "rollup of 3,600 dumps (16 MB)" "median ms" "peak KiB"
	for fmt in text csv json; do
		printf '%-44s %12s %14s\n' "  --format $fmt" \
		    "$(ms "$HUBDESK" rollup "$dir/net" --months 2026 --format $fmt)" \
		    "$(peak_kb "$HUBDESK" rollup "$dir/net" --months 2026 --format $fmt)"
	done
	printf '%-44s %12s %14s\n' "  python3 json.load of the same files" \
	    "$(RUNS=5 ms python3 -c "$pyread" "$dir/net")" "$(peak_kb python3 -c "$pyread" "$dir/net")"
	printf '%-44s %12s %14s\n' "  rollup of one month (300 dumps)" \
	    "$(ms "$HUBDESK" rollup "$dir/net" --months 2026-10)" \
	    "$(peak_kb "$HUBDESK" rollup "$dir/net" --months 2026-10)"
fi
