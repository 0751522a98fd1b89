/* Fuzz target: dates, times and spans as the command line and the kiosk
 * read them: every caltime parser, then what is accepted converted to UTC
 * in the hub's zone (over daylight-saving changes) and written back, which
 * must read again as the same value; --now's reading (a local time that
 * must exist); and the command line's numbers (cli_int). */
#include <stdlib.h>
#include <string.h>

#include "fuzz.h"
#include "hubdesk/caltime.h"
#include "hubdesk/cli.h"

int
LLVMFuzzerInitialize(int *argc, char ***argv)
{
	(void)argc;
	(void)argv;
	fuzz_quiet();
	return caltime_set_zone(CALTIME_DEFAULT_ZONE) == 0 ? 0 : 1;
}

static void
caltime_fuzz_date(struct local_date d, int minute)
{
	char buf[17], hhmm[6];
	struct local_date back;
	int m2;
	time_t t;

	if (!caltime_date_valid(d))
		abort();
	caltime_format_date(d, buf);
	if (caltime_parse_date(buf, &back) != 0 || caltime_date_cmp(back, d) != 0)
		abort();
	(void)caltime_weekday(d);
	(void)caltime_add_days(d, 400);
	if (minute < 0)
		return;
	caltime_format_hhmm(minute, hhmm);
	if (caltime_parse_hhmm(hhmm, &m2) != 0 || m2 != minute)
		abort();
	if (caltime_to_utc(d, minute, &t) == 0) {
		caltime_format_local(t, buf);
		caltime_format_time(t, hhmm);
		caltime_format_end(t, caltime_to_utc_next(d, minute), hhmm);
	}
}

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	static const struct local_date today = { 2026, 11, 23 };
	char *s = fuzz_string(data, size);
	struct local_date d;
	int minute, n;

	if (caltime_parse_date(s, &d) == 0)
		caltime_fuzz_date(d, -1);
	if (caltime_parse_day(s, today, &d) == 0)
		caltime_fuzz_date(d, -1);
	if (caltime_parse_month(s, &d) == 0) {
		caltime_fuzz_date(d, -1);
		(void)caltime_days_in_month(d.year, d.month);
	}
	if (caltime_parse_hhmm(s, &minute) == 0 && (minute < 0 || minute > 24 * 60))
		abort();
	if (caltime_parse_datetime(s, &d, &minute) == 0) {
		if (minute < 0 || minute >= 24 * 60)
			abort();
		caltime_fuzz_date(d, minute);
	}
	(void)cli_time("--from", s, &minute);
	(void)cli_int("--weeks", s, 1, 52, &n);
	free(s);
	return 0;
}
