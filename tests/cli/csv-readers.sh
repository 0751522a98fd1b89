#!/bin/sh
# Both CSV flavours read by real readers: Python's csv module, and
# LibreOffice Calc in a Finnish locale with its CSV import at its defaults
# but for the separator, the text delimiter and the character set.
. "$(dirname "$0")/../lib.sh"

PY=/usr/bin/python3

# A hub whose names, codes and organisations a spreadsheet could mangle,
# and a month of bookings for its report.
mangled_hub() {
	expect 0 --now "2026-09-30 12:00" init --name "Piste" --municipality Inari
	expect 0 --now "2026-09-30 12:00" space add D01
	expect 0 --now "2026-09-30 12:00" member add "Máret Áilu" --organisation 9E7 --email m@x.fi
	A=$(cat "$OUT")
	expect 0 --now "2026-09-30 12:00" member add "Ŋora Đuolb Žák" --organisation 00123
	expect 0 --now "2026-09-30 12:00" member add "Äijö Öhman" --organisation 1E3
	expect 0 --now "2026-09-30 12:00" member add "Eve" --organisation "=cmd"
	expect 0 --now "2026-10-05 08:00" book --member "$A" --space D01 --date 2026-10-05 --from 09:00 --to 12:30
	expect 0 --now "2026-10-05 09:00" checkin --member "$A"
	expect 0 --now "2026-10-05 11:00" checkout --member "$A"
}

# both NAME ARGS...: ARGS in csv into NAME.csv and in csv-fi into NAME.fi.csv.
both() {
	name=$1
	shift
	expect 0 --now "2026-11-02 12:00" "$@" --format csv
	cp "$OUT" "$name.csv"
	expect 0 --now "2026-11-02 12:00" "$@" --format csv-fi
	cp "$OUT" "$name.fi.csv"
}

test_python_reads_the_same_cells_from_both_flavours() {
	mangled_hub
	both members member list
	both bookings bookings --from 2026-10-01 --to 2026-10-31
	both report report --month 2026-10
	both visits visits --month 2026-10
	for f in members bookings report visits; do
		$PY - "$f.csv" "$f.fi.csv" <<'PY' || fail "$f: the flavours differ"
import csv, re, sys
with open(sys.argv[1], newline="", encoding="utf-8") as f:
    plain = list(csv.reader(f))
raw = open(sys.argv[2], "rb").read()
assert raw.startswith(b"\xef\xbb\xbf"), "no BOM"
assert b"\n" not in raw.replace(b"\r\n", b""), "a line ends without CR"
with open(sys.argv[2], newline="", encoding="utf-8-sig") as f:
    fi = list(csv.reader(f, delimiter=";"))
def back(cell):
    m = re.fullmatch(r'="(.*)"', cell)
    if m:
        return m.group(1)
    if re.fullmatch(r"-?[0-9]+,[0-9]+", cell):
        return cell.replace(",", ".")
    return cell
fi = [[back(c) for c in row] for row in fi]
if fi != plain:
    for a, b in zip(plain, fi):
        if a != b:
            print("    csv:    %r\n    csv-fi: %r" % (a, b))
    sys.exit(1)
assert len(plain) > 1
PY
	done
	# The guard is the formula, never a visible character.
	grep -q ';="9E7";' members.fi.csv || fail "9E7 is not kept a text"
	grep -q ',9E7,' members.csv || fail "csv changed 9E7"
	grep -q '^booking_rate;0,' report.fi.csv || fail "the rate lacks its decimal comma"
}

test_csv_fi_headers_follow_the_language() {
	mangled_hub
	expect 0 --lang fi --now "2026-11-02 12:00" report --month 2026-10 --format csv-fi
	head -1 "$OUT" | grep -q 'tunnusluku;arvo' || fail "the Finnish header is not Finnish"
	expect 0 --lang sv --now "2026-11-02 12:00" report --month 2026-10 --format csv
	head -1 "$OUT" | grep -q '^metric,value' || fail "csv's header changed with the language"
}

test_libreoffice_reads_numbers_names_and_codes() {
	command -v soffice >/dev/null 2>&1 || { echo "    skipped: soffice is missing (libreoffice-calc-nogui)"; return 0; }
	locale -a 2>/dev/null | grep -qi '^fi_FI.utf-\{0,1\}8$' || { echo "    skipped: no fi_FI.UTF-8 locale"; return 0; }
	mangled_hub
	both members member list
	both report report --month 2026-10
	mkdir -p home ods
	# Separator ';' (59), text delimiter '"' (34), UTF-8 (76), from line 1:
	# everything else at the import's defaults.
	HOME=$PWD/home XDG_CONFIG_HOME=$PWD/home XDG_CACHE_HOME=$PWD/home LC_ALL=fi_FI.UTF-8 \
	    timeout 120 soffice --headless \
	    --infilter="CSV:59,34,76,1" --convert-to ods --outdir ods \
	    members.fi.csv report.fi.csv >soffice.log 2>&1 || fail "soffice failed: $(cat soffice.log)"
	$PY - ods/members.fi.ods ods/report.fi.ods <<'PY' || fail "LibreOffice read the csv-fi wrong"
import re, sys, zipfile
def cells(path):
    xml = zipfile.ZipFile(path).read("content.xml").decode()
    rows = []
    for row in re.findall(r"<table:table-row[^>]*>(.*?)</table:table-row>", xml, re.S):
        out = []
        for attrs, body in re.findall(r"<table:table-cell([^>]*?)(?:/>|>(.*?)</table:table-cell>)", row, re.S):
            kind = re.search(r'office:value-type="([^"]+)"', attrs)
            val = re.search(r'office:(?:string-)?value="([^"]*)"', attrs)
            text = "".join(re.findall(r"<text:p>(.*?)</text:p>", body or ""))
            text = text.replace("&apos;", "'").replace("&quot;", '"').replace("&amp;", "&")
            rep = re.search(r'table:number-columns-repeated="([0-9]+)"', attrs)
            cell = (kind.group(1) if kind else None, val.group(1) if val else text)
            out.extend([cell] * min(int(rep.group(1)) if rep else 1, 64))
        rows.append(out)
    return rows
bad = []
members = cells(sys.argv[1])
heads = [c[1] for c in members[0]]
oi = heads.index("organisation") if "organisation" in heads else heads.index("organisaatio")
by_name = {r[1][1]: r for r in members[1:] if len(r) > oi}
for name, org in (("Máret Áilu", "9E7"), ("Ŋora Đuolb Žák", "00123"), ("Äijö Öhman", "1E3"),
                  ("Eve", "'=cmd")):
    r = by_name.get(name)
    if r is None:
        bad.append("no row of %s: %r" % (name, list(by_name)))
    elif r[oi] != ("string", org):
        bad.append("%s's organisation is %r, not the text %s" % (name, r[oi], org))
report = {r[0][1]: r[1] for r in cells(sys.argv[2])[1:] if len(r) > 1}
for key in ("bookings", "visits", "booked_desk_hours", "booking_rate"):
    kind, val = report.get(key, (None, None))
    if kind != "float":
        bad.append("%s is %r, not a number" % (key, (kind, val)))
if report.get("bookings", (0, 0))[1] != "1":
    bad.append("bookings is %r" % (report.get("bookings"),))
if report.get("booked_desk_hours", (0, 0))[1] != "3.5":
    bad.append("booked_desk_hours is %r" % (report.get("booked_desk_hours"),))
if report.get("month") != ("string", "2026-10"):
    bad.append("month is %r" % (report.get("month"),))
for b in bad:
    print("    " + b)
sys.exit(1 if bad else 0)
PY
}

run_tests "$@"
