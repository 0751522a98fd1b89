#!/bin/sh
# bookings --member CODE --format ics: a member's bookings as iCalendar
# (RFC 5545), read back by Debian's python3-icalendar.
. "$(dirname "$0")/../lib.sh"

PY=/usr/bin/python3
HUB_NAME="Ohcejoga gielddaguovddáš Čeavetjávri áŋŋel bargobáiki, Äijälä; testi"

# A hub whose long name has Sámi letters, ä, a comma and a semicolon; member
# $A's three bookings (the second cancelled) in $U1 $U2 $U3, and one of $B.
ics_hub() {
	expect 0 --now "$NOW" init --name "$HUB_NAME" --municipality Utsjoki
	expect 0 --now "$NOW" space add D01
	expect 0 --now "$NOW" space add D02
	expect 0 --now "$NOW" member add "Máret Sara"
	A=$(cat "$OUT")
	expect 0 --now "$NOW" member add "Ville Virtanen"
	B=$(cat "$OUT")
	expect 0 --now "$NOW" book --member "$A" --space D01 --date 24.11.2026 --from 9 --to 12
	U1=$(cat "$OUT")
	expect 0 --now "$NOW" book --member "$A" --space D02 --date 25.11.2026 --from 13 --to 15.30
	U2=$(cat "$OUT")
	expect 0 --now "$NOW" cancel "$U2"
	expect 0 --now "$NOW" book --member "$A" --space D01 --date 26.11.2026
	U3=$(cat "$OUT")
	expect 0 --now "$NOW" book --member "$B" --space D02 --date 24.11.2026 --from 9 --to 10
}

# has_icalendar: Debian's python3 with python3-icalendar, else says so.
has_icalendar() {
	[ -x $PY ] && $PY -c 'import icalendar' 2>/dev/null && return 0
	echo "    skipped: python3-icalendar is missing (apt-get install -y python3-icalendar)"
	return 1
}

# check_ics FILE EXPECTATIONS…: the Python below, each expectation a
# "key=value" it checks; prints what is wrong.
check_ics() {
	$PY - "$@" <<'PY' || fail "the calendar is not what it should be"
import sys, icalendar
path, want = sys.argv[1], dict(a.split("=", 1) for a in sys.argv[2:])
raw = open(path, "rb").read()
assert raw.endswith(b"\r\n"), "the file does not end in CRLF"
lines = raw.split(b"\r\n")[:-1]
for l in lines:
    assert b"\n" not in l and b"\r" not in l, "a line ends other than in CRLF: %r" % l
    assert len(l) <= 75, "a line of %d octets: %r" % (len(l), l)
    l.decode("utf-8")  # each line, folded or not, is valid UTF-8 by itself
assert any(l.startswith(b" ") for l in lines), "no line was folded"
cal = icalendar.Calendar.from_ical(raw)
assert str(cal["VERSION"]) == "2.0" and "hubdesk" in str(cal["PRODID"])
ev = cal.walk("VEVENT")
uids = [str(e["UID"]) for e in ev]
assert uids == [u + "@hubdesk" for u in want["uids"].split()], uids
for e in ev:
    for k in ("DTSTART", "DTEND", "DTSTAMP"):
        assert e.decoded(k).utcoffset().total_seconds() == 0, (k, "not UTC")
    assert str(e["LOCATION"]) == want["location"], repr(str(e["LOCATION"]))
    assert want["summary"] in str(e["SUMMARY"]), repr(str(e["SUMMARY"]))
    assert str(e["SUMMARY"]).endswith(want["hub"]), repr(str(e["SUMMARY"]))
first = ev[0]
assert first.decoded("DTSTART").strftime("%Y%m%dT%H%M") == "20261124T0700", first.decoded("DTSTART")
assert first.decoded("DTEND").strftime("%Y%m%dT%H%M") == "20261124T1000"
status = [str(e["STATUS"]) for e in ev]
assert status == want["status"].split(), status
PY
}

test_a_members_bookings_as_icalendar() {
	has_icalendar || return 0
	ics_hub
	expect 0 --now "$NOW" bookings --member "$A" --from 2026-11-23 --to 2026-11-30 --format ics
	check_ics "$OUT" "uids=$U1 $U2 $U3" "location=$HUB_NAME, Utsjoki" "summary= at Ohcejoga" \
	    "hub=$HUB_NAME" "status=CONFIRMED CANCELLED CONFIRMED"
	grep -q "$B" "$OUT" && fail "another member's booking is in the calendar"
	return 0
}

test_the_summary_is_in_the_language() {
	has_icalendar || return 0
	ics_hub
	expect 0 --lang sv --now "$NOW" bookings --member "$A" --from 24.11. --to 26.11. --format ics
	check_ics "$OUT" "uids=$U1 $U2 $U3" "location=$HUB_NAME, Utsjoki" "summary= på Ohcejoga" \
	    "hub=$HUB_NAME" "status=CONFIRMED CANCELLED CONFIRMED"
}

test_a_calendar_needs_a_member() {
	ics_hub
	expect_refused 2 --now "$NOW" bookings --format ics
	err_has "give --member CODE"
}

run_tests "$@"
