#!/bin/sh
# Bad input: malformed dates, times, codes, UUIDs and names; hostile bytes;
# unknown options and commands; requests that a rule refuses; broken config
# and database paths. Every case must exit with the documented status (1
# refused by a rule, 2 bad usage or invalid input, 3 storage error), print
# one line on stderr starting "hubdesk: ", nothing on stdout, and leave the
# database as it was (expect_refused checks all of that).
. "$(dirname "$0")/../lib.sh"

# Test data: bytes that must never end up in a stored name or on a terminal.
ESC_CLEAR=$(printf '\033[2J')          # clear the screen
ESC_TITLE=$(printf '\033]0;pwned\007') # set the terminal's title
TAB=$(printf '\t')
DEL=$(printf '\177')
C1_CSI=$(printf '\302\233')            # U+009B, the 8-bit CSI
BIDI=$(printf '\342\200\256')          # U+202E RIGHT-TO-LEFT OVERRIDE
NEWLINE='
'
SQL_NAME="Robert'); DROP TABLE member;--"
TOMORROW=2026-11-24                    # a Tuesday; $NOW is Monday 09:00

# no_raw_controls FILE WHAT: FILE holds no C0 control but newline, no DEL,
# no C1 control, no bidi override or isolate, and only valid UTF-8.
# One grep first, for the 150-odd clean files a run checks: every line
# is well-formed UTF-8 (Unicode's table 3-7, byte by byte) made of none of
# those characters. Only a file it finds a line against (which every one of
# the four checks below finds too, and a NUL byte, which none of them
# minds) goes on to the four, which say what is wrong.
CLEAN_TEXT=$(printf '(%s)*' "$(printf '[\040-\176]|\302[\240-\277]|[\303-\337][\200-\277]|'\
'\340[\240-\277][\200-\277]|\341[\200-\277][\200-\277]|\342\200[\200-\251\257-\277]|'\
'\342\201[\200-\245\252-\277]|\342[\202-\277][\200-\277]|'\
'[\343-\354\356\357][\200-\277][\200-\277]|\355[\200-\237][\200-\277]|'\
'\360[\220-\277][\200-\277][\200-\277]|[\361-\363][\200-\277][\200-\277][\200-\277]|'\
'\364[\200-\217][\200-\277][\200-\277]')")
no_raw_controls() {
	LC_ALL=C grep -aqvxE "$CLEAN_TEXT" "$1" || return 0
	LC_ALL=C grep -q "$(printf '[\001-\011\013-\037\177]')" "$1" &&
		fail "$2 carries a raw control character: $(od -An -c "$1" | tr -s ' \n' ' ' | head -c 240)"
	LC_ALL=C grep -q "$(printf '\302[\200-\237]')" "$1" &&
		fail "$2 carries a raw C1 control character"
	LC_ALL=C grep -Eq "$(printf '\342\200[\252-\256]|\342\201[\246-\251]')" "$1" &&
		fail "$2 carries a raw bidi override"
	LC_ALL=C.UTF-8 grep -aqvx '.*' "$1" && fail "$2 is not valid UTF-8"
	return 0
}

# A clean refusal whose stderr holds no hostile bytes either.
expect_clean_refusal() {
	code=$1
	shift
	expect_refused "$code" "$@"
	no_raw_controls "$ERR" "stderr of hubdesk $*"
}

ten_kb() { head -c 10240 /dev/zero | tr '\0' "${1:-a}"; }

# --- dates and times ----------------------------------------------------

test_impossible_dates_are_refused() {
	small_hub
	for d in 2026-02-30 2026-13-01 2026-00-10 2026-11-31 26-11-24 2026-1-5 \
	    30.2.2026 24.11.26 24.11 2026-11-24x "" yesterday; do
		expect_refused 2 --now "$NOW" book --member "$A" --space D01 --date "$d"
		err_has '27.11.2026, 27.11. \(this year\) or 2026-11-27'
	done
	expect_refused 2 bookings --date 2026-02-30
	err_has '2026-11-27'
	expect_refused 2 bookings --from 2026-11-24 --to 2026-02-30
	err_has '2026-11-27'
	expect_refused 2 visits --date 2026-02-29 # 2026 is no leap year
	err_has '2026-11-27'
	expect_refused 2 visits --month 2026-13
	err_has 'YYYY-MM'
	expect_refused 2 closed add 2026-02-30
	err_has 'YYYY-MM-DD'
}

test_malformed_times_are_refused() {
	small_hub
	for t in 25:00 24:01 25 9.5 09:60 0900 9. "09:00 " -1:00 ""; do
		expect_refused 2 --now "$NOW" book --member "$A" --space D01 --date $TOMORROW \
		    --from "$t" --to 12:00
		err_has '9, 9.30, 9:30 or 09:30'
		expect_refused 2 --now "$NOW" book --member "$A" --space D01 --date $TOMORROW \
		    --from 08:00 --to "$t"
		err_has '9, 9.30, 9:30 or 09:30'
	done
	expect_refused 2 hours mon 08:00-25:00
	err_has '9, 9.30, 9:30 or 09:30'
	expect_refused 2 hours mon 8-17.60
	err_has '9, 9.30, 9:30 or 09:30'
}

test_spans_that_end_before_they_start_are_refused() {
	small_hub
	expect_refused 2 --now "$NOW" book --member "$A" --space D01 --date $TOMORROW \
	    --from 09:00 --to 08:00
	err_has 'end after'
	expect_refused 2 --now "$NOW" book --member "$A" --space D01 --date $TOMORROW \
	    --from 09:00 --to 09:00
	err_has 'end after'
	expect_refused 2 --now "$NOW" book --member "$A" --space D01 --date $TOMORROW --from 09:00
	err_has 'both --from and --to'
	expect_refused 2 --now "$NOW" book --member "$A" --space D01 --date $TOMORROW --to 12:00
	err_has 'both --from and --to'
	expect_refused 2 hours mon 17:00-08:00
	err_has 'after opening'
	expect_refused 2 hours mon 08:00-08:00
	err_has 'after opening'
	expect_refused 2 bookings --from 2026-11-25 --to 2026-11-24
	err_has 'before --from'
}

# --- codes and UUIDs -----------------------------------------------------

test_unknown_member_and_space_codes_are_refused() {
	small_hub
	for c in ZZZZZ 00000 "$A$A" ""; do
		expect_refused 1 --now "$NOW" book --member "$c" --space D01 --date $TOMORROW
		err_has 'no member has the code'
		err_has 'check the code'
	done
	expect_refused 1 --now "$NOW" checkin --member ZZZZZ
	err_has 'check the code'
	expect_refused 1 --now "$NOW" checkout --member ZZZZZ
	err_has 'check the code'
	expect_refused 1 --now "$NOW" guest --name "Gus" --host ZZZZZ
	err_has 'check the code'
	expect_refused 1 member show ZZZZZ
	err_has 'check the code'
	expect_refused 1 bookings --member ZZZZZ
	err_has 'check the code'
	expect_refused 1 --now "$NOW" book --member "$A" --space D99 --date $TOMORROW
	err_has "no space has the code D99; 'hubdesk space list' shows them"
	expect_refused 1 --now "$NOW" checkin --member "$A" --space D99
	err_has "'hubdesk space list'"
	expect_refused 1 space retire D99
	err_has "'hubdesk space list'"
	expect_refused 1 bookings --space D99
	err_has "'hubdesk space list'"
}

test_unknown_uuids_are_refused() {
	small_hub
	nobody=00000000-0000-4000-8000-000000000000
	expect_refused 1 --now "$NOW" cancel $nobody
	err_has "no booking has the UUID $nobody; 'hubdesk bookings' lists them"
	expect_refused 1 --now "$NOW" guest-out $nobody
	err_has "no visit has the UUID $nobody; 'hubdesk visits' lists them"
	# A UUID of the wrong kind of record is unknown too.
	expect 0 --now "$NOW" book --member "$A" --space D01 --date $TOMORROW
	booking=$(cat "$OUT")
	expect 0 --now "$NOW" guest --name "Gus" --host "$A"
	visit=$(cat "$OUT")
	member=$(sql "SELECT uuid FROM member WHERE code = '$A'")
	expect_refused 1 --now "$NOW" cancel "$visit"
	err_has "'hubdesk bookings'"
	expect_refused 1 --now "$NOW" cancel "$member"
	err_has "'hubdesk bookings'"
	expect_refused 1 --now "$NOW" guest-out "$booking"
	err_has "'hubdesk visits'"
	expect_refused 1 --now "$NOW" guest-out "$member"
	err_has "'hubdesk visits'"
}

test_malformed_uuids_are_refused() {
	small_hub
	for u in not-a-uuid "" 00000000-0000-4000-8000-00000000000G \
	    00000000-0000-4000-8000-0000000000000 00000000-0000-4000-8000-00000000000 \
	    00000000000040008000000000000000 "{00000000-0000-4000-8000-000000000000}" \
	    "' OR 1=1 --" "%" "*"; do
		expect_refused 2 --now "$NOW" cancel "$u"
		err_has "is not a booking UUID; 'hubdesk bookings' lists them"
		expect_refused 2 --now "$NOW" guest-out "$u"
		err_has "is not a visit UUID; 'hubdesk visits' lists them"
	done
}

# --- names ---------------------------------------------------------------

test_empty_and_10_kb_names_are_refused() {
	small_hub
	for n in "" " " "   "; do
		expect_refused 2 member add "$n"
		err_has 'empty; give one'
		expect_refused 2 --now "$NOW" guest --name "$n" --host "$A"
		err_has 'empty; give one'
	done
	big=$(ten_kb a)
	expect_refused 2 member add "$big"
	err_has 'at most [0-9]+ characters'
	[ "$(wc -c <"$ERR")" -lt 300 ] || fail "a 10 KB name gave a $(wc -c <"$ERR")-byte error"
	expect_refused 2 member add "$(ten_kb a | sed 's/aa/ä/g')" # 10 KB in 5120 letters
	err_has 'at most [0-9]+ characters'
	expect_refused 2 --now "$NOW" guest --name "$big" --host "$A"
	err_has 'at most [0-9]+ characters'
	expect_refused 2 space add D04 --name "$big"
	err_has 'at most [0-9]+ characters'
	expect_refused 2 member add "Aino" --organisation "$big"
	err_has 'at most [0-9]+ characters'
	# A 10 KB code is not echoed back whole either.
	expect_refused 1 member show "$(ten_kb A)"
	[ "$(wc -c <"$ERR")" -lt 300 ] || fail "a 10 KB code gave a $(wc -c <"$ERR")-byte error"
	expect_refused 2 "$(ten_kb x)"
	[ "$(wc -c <"$ERR")" -lt 300 ] || fail "a 10 KB command gave a $(wc -c <"$ERR")-byte error"
}

test_sql_in_names_is_stored_literally() {
	small_hub
	expect 0 member add "$SQL_NAME" --organisation '"; DELETE FROM booking; --' \
	    --email "x'OR'1'='1@example.fi"
	c=$(cat "$OUT")
	echo "$c" | grep -Eq '^[34679ACEFGHJKMNPRTWXY]{5}$' || fail "member add printed '$c'"
	assert_eq "$(sql "SELECT name FROM member WHERE code = '$c'")" "$SQL_NAME" "the stored name"
	assert_eq "$(sql "SELECT organisation FROM member WHERE code = '$c'")" \
	    '"; DELETE FROM booking; --' "the stored organisation"
	assert_eq "$(sql 'SELECT count(*) FROM member')" 3 "the number of members"
	expect 0 member show "$c"
	[ "$(head -1 "$OUT")" = "$SQL_NAME" ] || fail "member show's first line is '$(head -1 "$OUT")'"
	expect 0 member list --format json
	out_has "\"name\": \"Robert'\\); DROP TABLE member;--\""
	expect 0 --now "$NOW" guest --name "Robert'); DROP TABLE visit;--" --host "$c" \
	    --purpose "'; DELETE FROM visit; --"
	expect 0 space add D04 --since 2026-01-01 --name "x'); DROP TABLE space;--" --zone "'"
	expect 0 closed add 2026-12-08 --note "'); DROP TABLE closed_date;--"
	# Nothing broke: every table is there and the member can book.
	assert_eq "$(sql "SELECT count(*) FROM sqlite_master WHERE type = 'table' AND name IN
	    ('hub', 'member', 'space', 'booking', 'visit', 'closed_date', 'opening_hours')")" 7 \
	    "the number of tables"
	expect 0 --now "$NOW" book --member "$c" --space D04 --date $TOMORROW
	expect 0 --now "$NOW" visits --format csv
	out_has "Robert'\\); DROP TABLE visit;--,$c,'; DELETE FROM visit; --"
	expect 0 closed list --format csv
	out_has "^2026-12-08,'\\); DROP TABLE closed_date;--"
}

test_sql_in_codes_is_refused() {
	small_hub
	expect_refused 1 member show "$SQL_NAME"
	err_has 'check the code'
	expect_refused 1 member show "' OR '1'='1"
	expect_refused 1 --now "$NOW" book --member "' OR 1=1 --" --space D01 --date $TOMORROW
	expect_refused 1 --now "$NOW" book --member "$A" --space "D01'; DROP TABLE space;--" \
	    --date $TOMORROW
	err_has "'hubdesk space list'"
	expect_refused 1 --now "$NOW" checkin --member "$A' OR '1'='1"
	expect_refused 1 bookings --member "%"
	expect_refused 1 bookings --space "D0_"
	expect_refused 1 space retire "D0%"
	for code in "$SQL_NAME" "D01;" "D'1" "D01 OR 1=1" "D%" "D*"; do
		expect_refused 2 space add "$code"
		err_has 'letters, digits or dashes, like D01'
	done
	assert_eq "$(sql 'SELECT count(*) FROM member')" 2 "the number of members"
	assert_eq "$(sql 'SELECT count(*) FROM space')" 4 "the number of spaces"
}

# The error above says a code has "letters, digits or dashes", yet an
# underscore (LIKE's one-character wildcard) gets in, even as a whole code.
test_space_code_with_underscore_is_refused() {
	small_hub
	for code in D_1 _ __; do
		expect_refused 2 space add "$code"
		err_has 'letters, digits or dashes, like D01'
	done
}

test_control_characters_in_names_are_refused() {
	small_hub
	for bad in "$ESC_CLEAR" "$ESC_TITLE" "$TAB" "$DEL" "$C1_CSI" "$BIDI" "$NEWLINE" \
	    "$(printf '\r')" "$(printf '\b')" "$(printf '\001')" "$(printf '\342\201\246')"; do
		expect_clean_refusal 2 member add "Eve${bad}Mallory"
		err_has 'control character; use printable text only'
		expect_clean_refusal 2 --now "$NOW" guest --name "Eve${bad}Mallory" --host "$A"
		err_has 'control character; use printable text only'
	done
	# The other free-text fields take the same care.
	expect_clean_refusal 2 member add "Eve" --organisation "Oy${ESC_TITLE}Ab"
	err_has 'control character'
	expect_clean_refusal 2 member add "Eve" --municipality "Kuor${C1_CSI}tane"
	err_has 'control character'
	expect_clean_refusal 2 --now "$NOW" guest --name "Gus" --host "$A" --purpose "x${ESC_CLEAR}"
	err_has 'control character'
	expect_clean_refusal 2 space add D04 --name "Ikkuna${BIDI}"
	err_has 'control character'
	expect_clean_refusal 2 space add D04 --zone "A${TAB}B"
	err_has 'control character'
	expect_clean_refusal 2 closed add 2026-12-08 --note "x${ESC_CLEAR}"
	err_has 'control character'
	assert_eq "$(sql 'SELECT count(*) FROM member')" 2 "the number of members"
}

test_invalid_utf8_in_names_is_refused() {
	small_hub
	for bad in '\377' '\376\377' '\200' '\303' '\300\200' '\355\240\200' '\364\220\200\200' \
	    '\370\210\200\200\200'; do
		expect_clean_refusal 2 member add "$(printf 'Eve%bx' "$bad")"
		err_has 'not valid UTF-8'
		expect_clean_refusal 2 --now "$NOW" guest --name "$(printf 'Gus%bx' "$bad")" --host "$A"
		err_has 'not valid UTF-8'
	done
	expect_clean_refusal 2 member add "Eve" --organisation "$(printf 'Oy\377')"
	err_has 'not valid UTF-8'
}

test_hostile_bytes_in_arguments_never_reach_stderr() {
	small_hub
	for bad in "$ESC_CLEAR" "$ESC_TITLE" "$C1_CSI" "$BIDI" "$DEL" "$TAB" "$(printf '\377')"; do
		expect_clean_refusal 1 member show "X$bad"
		expect_clean_refusal 1 --now "$NOW" book --member "$A" --space "D$bad" --date $TOMORROW
		expect_clean_refusal 2 --now "$NOW" book --member "$A" --space D01 --date "2026$bad"
		expect_clean_refusal 2 --now "$NOW" book --member "$A" --space D01 --date $TOMORROW \
		    --from "09$bad" --to 10:00
		expect_clean_refusal 2 --now "$NOW" cancel "u$bad"
		expect_clean_refusal 2 --now "$NOW" guest-out "u$bad"
		expect_clean_refusal 2 "cmd$bad"
		expect_clean_refusal 2 status "--opt$bad"
		expect_clean_refusal 2 status --format "x$bad"
		expect_clean_refusal 2 --now "2026$bad" status
		expect_clean_refusal 2 space add "D$bad"
		expect_clean_refusal 2 --now "$NOW" checkin --member "$A" --at "x$bad"
		expect_clean_refusal 2 member add "Eve" --category "x$bad"
	done
}

test_hostile_bytes_in_the_config_path_never_reach_stderr() {
	small_hub
	for bad in "$ESC_CLEAR" "$C1_CSI" "$BIDI" "$NEWLINE"; do
		expect_clean_refusal 2 --config "conf$bad" status
		err_has 'config file'
	done
}

test_hostile_bytes_in_the_db_path_never_reach_stderr() {
	for bad in "$ESC_CLEAR" "$C1_CSI" "$BIDI" "$NEWLINE"; do
		DB="$PWD/no${bad}dir/hub.db" expect_clean_refusal 3 status
		err_has 'database'
	done
}

# Debatable: no hubdesk command can store these bytes, but a database edited
# by hand or by another tool can hold them, and printing them raw hands the
# terminal to whoever wrote them.
test_stored_control_characters_never_reach_the_terminal() {
	small_hub
	sql "UPDATE member SET name = 'Eve' || char(27) || '[2J' || char(155) || char(8238) || 'x',
	     organisation = 'Oy' || char(27) || ']0;pwned' || char(7) WHERE code = '$A'"
	expect 0 member list
	no_raw_controls "$OUT" "member list"
	expect 0 member show "$A"
	no_raw_controls "$OUT" "member show"
	expect 0 --now "$NOW" checkin --member "$A"
	no_raw_controls "$OUT" "checkin"
	expect 0 --now "$NOW" visits
	no_raw_controls "$OUT" "visits"
	expect_clean_refusal 1 --now "2026-11-23 09:10" checkin --member "$A"
}

# --- options and commands ----------------------------------------------------

test_unknown_options_and_commands_are_refused() {
	small_hub
	expect_refused 2 --bogus status
	err_has "unknown option '--bogus'; see 'hubdesk --help'"
	expect_refused 2 -x status
	err_has "'hubdesk --help'"
	expect_refused 2 status --bogus
	err_has "unknown option '--bogus'; see 'hubdesk status --help'"
	expect_refused 2 member add "Eve" --bogus
	err_has "see 'hubdesk member add --help'"
	expect_refused 2 --now "$NOW" book --member "$A" --space D01 --date $TOMORROW --colour red
	err_has "unknown option '--colour'; see 'hubdesk book --help'"
	expect_refused 2 --now "$NOW" checkin --member "$A" --desk D01
	err_has "see 'hubdesk checkin --help'"
	expect_refused 2 space list --everything
	err_has "see 'hubdesk space list --help'"
	for c in frobnicate "" STATUS stat book-desk; do
		expect_refused 2 "$c"
		err_has "unknown command .*; see 'hubdesk --help'"
	done
	expect_refused 2 space frob
	err_has "see 'hubdesk space --help'"
	expect_refused 2 member frob
	err_has "see 'hubdesk member --help'"
	expect_refused 2 closed frob
	err_has "see 'hubdesk closed --help'"
}

test_missing_option_values_are_refused() {
	small_hub
	for o in --db --now --config; do
		expect_refused 2 status "$o" # at the end: nothing follows the option
		expect_refused 2 "$o"
		err_has "$o needs a value; see 'hubdesk --help'"
	done
	expect_refused 2 --now "$NOW" book --member
	err_has "--member needs a value; see 'hubdesk book --help'"
	expect_refused 2 --now "$NOW" book --member "$A" --space D01 --date
	err_has "--date needs a value"
	expect_refused 2 --now "$NOW" guest --host "$A" --name
	err_has "--name needs a value"
	expect_refused 2 --now "$NOW" checkin --member "$A" --at
	err_has "--at needs a value"
	expect_refused 2 member list --format
	err_has "--format needs a value"
	expect_refused 2 space add D04 --capacity
	err_has "--capacity needs a value"
}

test_missing_and_extra_arguments_are_refused() {
	small_hub
	expect_refused 2 --now "$NOW" cancel
	err_has "see 'hubdesk cancel --help'"
	expect_refused 2 --now "$NOW" guest-out
	err_has "see 'hubdesk guest-out --help'"
	expect_refused 2 member add
	err_has "see 'hubdesk member add --help'"
	expect_refused 2 hours
	err_has "see 'hubdesk hours --help'"
	expect_refused 2 --now "$NOW" book
	err_has "see 'hubdesk book --help'"
	expect_refused 2 --now "$NOW" book --member "$A" --date $TOMORROW
	err_has "see 'hubdesk book --help'"
	expect_refused 2 --now "$NOW" checkin
	err_has "see 'hubdesk checkin --help'"
	expect_refused 2 --now "$NOW" guest --host "$A"
	err_has "see 'hubdesk guest --help'"
	expect_refused 2 init --municipality Kuortane
	err_has "see 'hubdesk init --help'"
	expect_refused 2 status extra
	err_has "unexpected argument 'extra'"
	expect_refused 2 member add "Eve" "Mallory"
	err_has "unexpected argument 'Mallory'"
	expect_refused 2 --now "$NOW" cancel 00000000-0000-4000-8000-000000000000 again
	err_has "unexpected argument 'again'"
}

# Debatable: printing the group's usage is friendly, but the README promises
# errors of one line on stderr.
test_command_group_without_subcommand_is_one_line() {
	small_hub
	for c in member space closed; do
		expect_refused 2 "$c"
		err_has "see 'hubdesk $c --help'"
	done
}

test_bad_format_is_refused() {
	small_hub
	for f in xml JSON csv2 tsv "" yaml; do
		expect_refused 2 status --format "$f"
		err_has "use text, csv, csv-fi or json"
	done
	expect_refused 2 hub --format yaml
	err_has "use text, csv, csv-fi or json"
	expect_refused 2 member list --format TEXT
	err_has "use text, csv, csv-fi or json"
	expect_refused 2 space list --format html
	err_has "use text, csv, csv-fi or json"
	expect_refused 2 bookings --format xml
	err_has "use text, csv, csv-fi or json"
	expect_refused 2 visits --format xml
	err_has "use text, csv, csv-fi or json"
	expect_refused 2 closed list --format xml
	err_has "use text, csv, csv-fi or json"
	expect_refused 2 member show "$A" --format xml
	err_has "use text, csv, csv-fi or json"
}

test_bad_now_is_refused() {
	small_hub
	for n in "2026-13-01 09:00" "2026-02-30 09:00" "2026-11-23 25:00" "23.11. 9:00" \
	    "2026-11-23" "09:00" tomorrow now "2026-11-23 09:00 extra" "2026-11-23 09:00:00"; do
		expect_refused 2 --now "$n" status
		err_has '"27.11.2026 9.30" or "2026-11-27 09:30"'
	done
	export HUBDESK_NOW=garbage
	expect_refused 2 status
	err_has '"27.11.2026 9.30" or "2026-11-27 09:30"'
	expect_refused 2 book --member "$A" --space D01 --date $TOMORROW --from 09:00 --to 10:00
	unset HUBDESK_NOW
}

# Debatable: an empty HUBDESK_NOW may well mean "not set", but an explicit
# --now "" is a value that is not a time.
test_empty_now_is_refused() {
	small_hub
	expect_refused 2 --now "" status
	err_has '"YYYY-MM-DD HH:MM"'
}

test_bad_at_is_refused() {
	small_hub
	expect 0 --now "$NOW" guest --name "Gus" --host "$A"
	v=$(cat "$OUT")
	for t in yesterday "2026-11-23 9.5" "2026-11-23" "25:00" "2026-11-23 24:01" \
	    "2026-02-30 09:00" "23.11.2026 8.60" ""; do
		expect_refused 2 --now "$NOW" checkin --member "$A" --at "$t"
		err_has '"2026-11-27 09:30", or a time alone for today'
		expect_refused 2 --now "$NOW" checkout --member "$A" --at "$t"
		err_has '"2026-11-27 09:30", or a time alone for today'
		expect_refused 2 --now "$NOW" guest --name "Max" --host "$A" --at "$t"
		err_has '"2026-11-27 09:30", or a time alone for today'
		expect_refused 2 --now "$NOW" guest-out "$v" --at "$t"
		err_has '"2026-11-27 09:30", or a time alone for today'
	done
}

test_at_in_the_future_is_refused() {
	small_hub
	expect_refused 2 --now "$NOW" checkin --member "$A" --at 09:01
	err_has 'in the future'
	expect_refused 2 --now "$NOW" checkin --member "$A" --at "2026-11-24 08:00"
	err_has 'in the future'
	expect_refused 2 --now "$NOW" guest --name "Gus" --host "$A" --at "2027-01-01 08:00"
	err_has 'in the future'
	expect 0 --now "$NOW" checkin --member "$A"
	expect 0 --now "$NOW" guest --name "Gus" --host "$A"
	v=$(cat "$OUT")
	expect_refused 2 --now "2026-11-23 10:00" checkout --member "$A" --at 10:30
	err_has 'in the future'
	expect_refused 2 --now "2026-11-23 10:00" guest-out "$v" --at "2026-11-23 10:01"
	err_has 'in the future'
}

test_check_out_at_before_check_in_is_refused() {
	small_hub
	expect 0 --now "$NOW" checkin --member "$A"
	expect 0 --now "$NOW" guest --name "Gus" --host "$A"
	v=$(cat "$OUT")
	expect_refused 1 --now "2026-11-23 10:00" checkout --member "$A" --at 08:30
	err_has 'before check-in at 2026-11-23 09:00; give a later --at'
	expect_refused 1 --now "2026-11-23 10:00" checkout --member "$A" --at "2026-11-22 16:00"
	err_has 'give a later --at'
	expect_refused 1 --now "2026-11-23 10:00" guest-out "$v" --at 08:59
	err_has 'give a later --at'
}

# --- booking rules -----------------------------------------------------------

test_booking_on_a_weekend_or_closed_date_is_refused() {
	small_hub
	for d in 2026-11-28 2026-11-29 2026-11-22; do
		expect_refused 1 --now "$NOW" book --member "$A" --space D01 --date $d
		err_has "closed on (Saturdays|Sundays) \\($d\\); choose an opening day"
		expect_refused 1 --now "$NOW" book --member "$A" --space D01 --date $d \
		    --from 09:00 --to 12:00
		err_has 'choose an opening day'
	done
	expect 0 closed add 2026-12-08 --note "Remontti"
	expect_refused 1 --now "$NOW" book --member "$A" --space D01 --date 2026-12-08
	err_has 'closed on 2026-12-08 \(Remontti\); choose another day'
	expect_refused 1 --now "$NOW" book --member "$A" --space R1 --date 2026-12-08 \
	    --from 10:00 --to 11:00
	err_has 'choose another day'
}

test_booking_outside_opening_hours_is_refused() {
	small_hub
	for span in 07:30-09:00 16:00-17:30 06:00-07:00 17:00-18:00 10:00-24:00 00:00-24:00; do
		expect_refused 1 --now "$NOW" book --member "$A" --space D01 --date $TOMORROW \
		    --from "${span%-*}" --to "${span#*-}"
		err_has 'open 08:00–17:00 on Tuesdays; book within those hours'
	done
}

test_booking_in_the_past_is_refused() {
	small_hub
	expect_refused 1 --now "$NOW" book --member "$A" --space D01 --date 2026-11-20
	err_has 'has passed; book a time from now on'
	expect_refused 1 --now "$NOW" book --member "$A" --space D01 --date 2026-11-23 \
	    --from 08:00 --to 08:30
	err_has 'has passed'
	expect_refused 1 --now "$NOW" book --member "$A" --space D01 --date 2026-11-23 \
	    --from 08:00 --to 10:00
	err_has 'book from 09:00 on'
	expect_refused 1 --now "2026-11-23 17:30" book --member "$A" --space D01 --date today
	err_has 'has passed'
}

test_retired_space_is_refused() {
	small_hub
	expect 0 --now "$NOW" space retire D03
	expect_refused 1 --now "$NOW" book --member "$A" --space D03 --date $TOMORROW
	err_has 'D03 is retired .*choose another space'
	expect_refused 1 --now "$NOW" book --member "$A" --space d03 --date $TOMORROW \
	    --from 09:00 --to 10:00
	err_has 'choose another space'
	expect_refused 1 --now "$NOW" checkin --member "$A" --space D03
	err_has 'choose another space'
	expect_refused 1 --now "$NOW" space retire D03
	err_has 'retired already'
}

test_double_booking_by_another_member_is_refused() {
	small_hub
	expect 0 --now "$NOW" book --member "$A" --space D01 --date $TOMORROW --from 09:00 --to 12:00
	expect_refused 1 --now "$NOW" book --member "$B" --space D01 --date $TOMORROW
	err_has 'D01 is booked 09:00–12:00 by another member; free from 12:00'
	expect_refused 1 --now "$NOW" book --member "$B" --space D01 --date $TOMORROW \
	    --from 11:00 --to 13:00
	err_has 'free from 12:00'
	expect_refused 1 --now "$NOW" book --member "$B" --space d01 --date $TOMORROW \
	    --from 09:00 --to 12:00
	err_has 'by another member'
	expect_refused 1 --now "$NOW" book --member "$B" --space D01 --date $TOMORROW \
	    --from 10:00 --to 10:30
	err_has 'by another member'
	# A desk in use right now is refused to a walk-in too.
	expect 0 --now "$NOW" checkin --member "$B" --space D02
	expect_refused 1 --now "$NOW" checkin --member "$A" --space D02
	err_has 'D02 is in use .*choose another space'
}

test_member_cannot_book_two_places_at_once() {
	small_hub
	expect 0 --now "$NOW" book --member "$A" --space D01 --date $TOMORROW --from 09:00 --to 12:00
	expect_refused 1 --now "$NOW" book --member "$A" --space D02 --date $TOMORROW \
	    --from 10:00 --to 11:00
	err_has 'you have D01 booked 09:00–12:00 that day already; one place at a time'
	expect_refused 1 --now "$NOW" book --member "$A" --space D02 --date $TOMORROW
	err_has 'one place at a time'
	expect_refused 1 --now "$NOW" book --member "$(echo "$A" | tr A-Z a-z)" --space D01 \
	    --date $TOMORROW --from 11:00 --to 13:00
	err_has 'you have D01 booked 09:00–12:00'
}

# --- visits ------------------------------------------------------------------

test_checkin_twice_and_checkout_without_checkin_are_refused() {
	small_hub
	expect_refused 1 --now "$NOW" checkout --member "$A"
	err_has 'Aino .* is not checked in; nothing to check out'
	expect 0 --now "$NOW" checkin --member "$A"
	expect_refused 1 --now "2026-11-23 09:10" checkin --member "$A"
	err_has 'checked in already \(since 09:00\); check out first'
	expect_refused 1 --now "2026-11-23 09:10" checkin --member "$A" --space any
	err_has 'check out first'
	expect_refused 1 --now "2026-11-23 09:10" checkin --member "$A" --space D02
	err_has 'check out first'
	expect 0 --now "2026-11-23 10:00" checkout --member "$A"
	expect_refused 1 --now "2026-11-23 10:05" checkout --member "$A"
	err_has 'not checked in; nothing to check out'
}

test_guest_out_twice_and_cancel_twice_are_refused() {
	small_hub
	expect 0 --now "$NOW" guest --name "Gus" --host "$A"
	v=$(cat "$OUT")
	expect 0 --now "2026-11-23 09:30" guest-out "$v"
	expect_refused 1 --now "2026-11-23 09:40" guest-out "$v"
	err_has 'signed out already at 2026-11-23 09:30'
	expect_refused 1 --now "2026-11-23 09:40" guest-out "$v" --at 09:35
	err_has 'signed out already'
	# A member's visit is not a guest's.
	expect 0 --now "$NOW" checkin --member "$B"
	m=$(sql "SELECT uuid FROM visit WHERE member_id IS NOT NULL")
	[ -n "$m" ] || fail "no member visit found"
	expect_refused 1 --now "$NOW" guest-out "$m"
	err_has "use 'hubdesk checkout --member $B'"
	expect 0 --now "$NOW" book --member "$A" --space D01 --date $TOMORROW
	u=$(cat "$OUT")
	expect 0 --now "$NOW" cancel "$u"
	expect_refused 1 --now "$NOW" cancel "$u"
	err_has 'cancelled already; only a booking not yet used can be cancelled'
	# Nor can a booking that has been used.
	expect 0 --now "$NOW" book --member "$B" --space D02 --date today --from 09:00 --to 10:00
	u2=$(cat "$OUT")
	expect 0 --now "$NOW" checkout --member "$B"
	expect 0 --now "$NOW" checkin --member "$B"
	expect_refused 1 --now "$NOW" cancel "$u2"
	err_has 'only a booking not yet used can be cancelled'
}

# --- hub, config and database files ------------------------------------------

test_init_twice_is_refused() {
	small_hub
	expect_refused 1 init --name "Toinen" --municipality Alavus
	err_has "already holds the hub 'Testipiste'; use another --db"
	expect_refused 1 init --name "Testipiste" --municipality Kuortane
	err_has 'use another --db'
	expect_refused 1 demo --months 1
	err_has 'give another --db'
}

# A refused init must not leave a new, empty database file behind.
test_refused_init_creates_no_database() {
	expect_refused 2 init --name "" --municipality Kuortane
	[ -e "$DB" ] && fail "init --name '' left $DB behind"
	expect_refused 2 init --name "Testipiste" --municipality Kuortane --timezone Mars/Olympus
	[ -e "$DB" ] && fail "init --timezone Mars/Olympus left $DB behind"
	expect_refused 2 init --name "Testipiste" --municipality Kuortane --opens 8:60
	[ -e "$DB" ] && fail "init --opens 8:60 left $DB behind"
	return 0
}

# Debatable: a mistyped --db with a read-only command gives a new database
# file of about 100 KB with no hub in it.
test_refused_command_on_a_missing_database_creates_no_file() {
	expect_refused 3 status
	err_has "'hubdesk init"
	[ -e "$DB" ] && fail "status on a missing database created $DB"
	expect_refused 3 bookings --date 2026-02-30
	[ -e "$DB" ] && fail "an invalid date on a missing database created $DB"
	return 0
}

test_config_file_missing_or_wrong_is_refused() {
	small_hub
	expect_refused 2 --config "$PWD/missing.conf" status
	err_has "cannot read the config file .*missing.conf"
	expect_refused 2 --config /nonexistent/dir/config status
	err_has 'config file'
	export HUBDESK_CONFIG="$PWD/missing.conf"
	expect_refused 2 status
	err_has 'missing.conf'
	unset HUBDESK_CONFIG
	printf '# hub\ncolour = blue\n' >unknown.conf
	expect_refused 2 --config unknown.conf status
	err_has "unknown.conf:2: unknown key 'colour'; config.example lists the keys"
	printf 'db_path = %s\nfoo = bar\n' "$DB" >unknown2.conf
	expect_refused 2 --config unknown2.conf status
	err_has "unknown key 'foo'"
	printf 'this is no config\n' >garbage.conf
	expect_refused 2 --config garbage.conf status
	err_has "garbage.conf:1: expected 'key = value'"
	printf 'timezone = Mars/Olympus\n' >tz.conf
	DB="$PWD/new.db" expect_refused 2 --config tz.conf init --name X --municipality Kuortane
	err_has 'Europe/Helsinki'
}

test_idle_timeouts_out_of_range_are_refused() {
	small_hub
	for bad in 4 86401 '' 1m -5; do
		printf 'staff_idle_timeout = %s\n' "$bad" >staff.conf
		expect_refused 2 --config staff.conf status
		err_has 'staff_idle_timeout is a number of seconds from 5 to 86400'
		printf 'idle_timeout = %s\n' "$bad" >kiosk.conf
		expect_refused 2 --config kiosk.conf status
		err_has 'idle_timeout is a number of seconds from 5 to 86400'
	done
	printf 'idle_timeout = 5\nstaff_idle_timeout = 86400\n' >ok.conf
	expect 0 --config ok.conf status
}

# A directory given as --config reads as an empty config instead of failing.
test_config_that_is_a_directory_is_refused() {
	small_hub
	mkdir conf.d
	expect_refused 2 --config conf.d status
	err_has 'config file'
}

test_db_that_is_not_a_database_is_refused() {
	echo "this is not a database" >notes.txt
	cp notes.txt "$DB"
	expect_refused 3 status
	err_has "cannot open the database .*hub.db"
	expect_refused 3 init --name "Testipiste" --municipality Kuortane
	expect_refused 3 member add "Eve"
	cmp -s notes.txt "$DB" || fail "hubdesk changed the text file given as --db"
	# A directory.
	mkdir dir.db
	DB="$PWD/dir.db" expect_refused 3 status
	err_has 'dir.db'
	DB="$PWD/dir.db" expect_refused 3 init --name "Testipiste" --municipality Kuortane
	[ -z "$(ls -A dir.db)" ] || fail "hubdesk wrote into the directory: $(ls -A dir.db)"
	# A database in a folder that does not exist: refused, except by init,
	# which creates the folder (private, like the file).
	DB="$PWD/nowhere/hub.db" expect_refused 3 status
	err_has 'nowhere/hub.db'
	[ -e nowhere ] && fail "status created the folder"
	DB="$PWD/nowhere/hub.db" expect 0 init --name "Testipiste" --municipality Kuortane
	assert_eq "$(stat -c %a nowhere)" 700 "mode of the new folder"
	assert_eq "$(stat -c %a nowhere/hub.db)" 600 "mode of the new file"
}

test_empty_day_lists_and_odd_zones_are_refused() {
	small_hub
	expect_refused 2 hours , closed
	expect_refused 2 hours mon-xyz 08:00-16:00
	DB=$DB.2 expect_refused 2 init --name X --municipality Kuortane --timezone leapseconds
	[ -e "$DB.2" ] && fail "a refused init created the database"
	return 0
}

run_tests "$@"
