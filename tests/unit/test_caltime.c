/* Local time in Europe/Helsinki: parsing, weekdays and the clock changes. */
#include <stdlib.h>

#include "hubdesk/caltime.h"
#include "test.h"

static struct local_date
D(int y, int m, int d)
{
	return (struct local_date){ y, m, d };
}

TEST(caltime_parses_valid_dates_and_rejects_impossible_ones)
{
	struct local_date d;

	CHECK(caltime_parse_date("2026-11-23", &d) == 0 && d.year == 2026 && d.month == 11 && d.day == 23);
	CHECK(caltime_parse_date("2024-02-29", &d) == 0);
	CHECK(caltime_parse_date("2026-02-29", &d) != 0);
	CHECK(caltime_parse_date("2026-02-30", &d) != 0);
	CHECK(caltime_parse_date("2026-13-01", &d) != 0);
	CHECK(caltime_parse_date("2026-00-10", &d) != 0);
	CHECK(caltime_parse_date("2026-1-10", &d) != 0);
	CHECK(caltime_parse_date("2026-01-10x", &d) != 0);
	CHECK(caltime_parse_date("", &d) != 0);
	CHECK(caltime_parse_date("1900-01-01", &d) != 0);
	CHECK(caltime_parse_month("2026-10", &d) == 0 && d.day == 1);
	CHECK(caltime_parse_month("2026-13", &d) != 0);
}

TEST(caltime_parses_times_up_to_midnight)
{
	int m;

	CHECK(caltime_parse_hhmm("00:00", &m) == 0 && m == 0);
	CHECK(caltime_parse_hhmm("09:30", &m) == 0 && m == 570);
	CHECK(caltime_parse_hhmm("24:00", &m) == 0 && m == 1440);
	CHECK(caltime_parse_hhmm("24:01", &m) != 0);
	CHECK(caltime_parse_hhmm("25:00", &m) != 0);
	CHECK(caltime_parse_hhmm("12:60", &m) != 0);
	CHECK(caltime_parse_hhmm("09-30", &m) != 0);
}

TEST(caltime_parses_dates_written_the_finnish_way)
{
	struct local_date d, today = { 2026, 11, 23 };

	CHECK(caltime_parse_date("27.11.2026", &d) == 0 && d.year == 2026 && d.month == 11 &&
	    d.day == 27);
	CHECK(caltime_parse_date("1.2.2027", &d) == 0 && d.year == 2027 && d.month == 2 && d.day == 1);
	CHECK(caltime_parse_date("29.2.2024", &d) == 0);
	CHECK(caltime_parse_date("29.2.2026", &d) != 0);
	CHECK(caltime_parse_date("27.13.2026", &d) != 0);
	CHECK(caltime_parse_date("0.11.2026", &d) != 0);
	CHECK(caltime_parse_date("27.11.26", &d) != 0);
	CHECK(caltime_parse_date("27.11.2026.", &d) != 0);
	CHECK(caltime_parse_date("127.11.2026", &d) != 0);
	/* Without a year only where today is known. */
	CHECK(caltime_parse_date("27.11.", &d) != 0);
	CHECK(caltime_parse_day("27.11.", today, &d) == 0 && d.year == 2026 && d.month == 11 &&
	    d.day == 27);
	CHECK(caltime_parse_day("2.1.", today, &d) == 0 && d.year == 2026 && d.month == 1);
	CHECK(caltime_parse_day("29.2.", today, &d) != 0);
	CHECK(caltime_parse_day("27.11", today, &d) != 0);
	CHECK(caltime_parse_day("2026-11-27", today, &d) == 0 && d.day == 27);
	CHECK(caltime_parse_day("27.11.2027", today, &d) == 0 && d.year == 2027);
}

TEST(caltime_parses_times_written_the_finnish_way)
{
	int m;

	CHECK(caltime_parse_hhmm("9:00", &m) == 0 && m == 540);
	CHECK(caltime_parse_hhmm("9.00", &m) == 0 && m == 540);
	CHECK(caltime_parse_hhmm("9", &m) == 0 && m == 540);
	CHECK(caltime_parse_hhmm("09:00", &m) == 0 && m == 540);
	CHECK(caltime_parse_hhmm("12.30", &m) == 0 && m == 750);
	CHECK(caltime_parse_hhmm("0", &m) == 0 && m == 0);
	CHECK(caltime_parse_hhmm("24", &m) == 0 && m == 1440);
	CHECK(caltime_parse_hhmm("24.00", &m) == 0 && m == 1440);
	CHECK(caltime_parse_hhmm("9.60", &m) != 0);
	CHECK(caltime_parse_hhmm("25", &m) != 0);
	CHECK(caltime_parse_hhmm("9.5", &m) != 0);
	CHECK(caltime_parse_hhmm("9.", &m) != 0);
	CHECK(caltime_parse_hhmm("9.300", &m) != 0);
	CHECK(caltime_parse_hhmm("930", &m) != 0);
	CHECK(caltime_parse_hhmm("", &m) != 0);
	CHECK(caltime_parse_hhmm("9 ", &m) != 0);
}

TEST(caltime_parses_a_date_and_time_either_way)
{
	struct local_date d;
	int m;

	CHECK(caltime_parse_datetime("2026-11-27 09:30", &d, &m) == 0 && d.day == 27 && m == 570);
	CHECK(caltime_parse_datetime("2026-11-27T09:30", &d, &m) == 0 && m == 570);
	CHECK(caltime_parse_datetime("27.11.2026 9.30", &d, &m) == 0 && d.month == 11 && m == 570);
	CHECK(caltime_parse_datetime("27.11.2026 9", &d, &m) == 0 && m == 540);
	CHECK(caltime_parse_datetime("27.11.2026T9.30", &d, &m) != 0);
	CHECK(caltime_parse_datetime("27.11.2026 24.00", &d, &m) != 0);
	CHECK(caltime_parse_datetime("27.11.2026", &d, &m) != 0);
	CHECK(caltime_parse_datetime("27.11. 9.30", &d, &m) != 0);
}

TEST(caltime_weekdays_and_day_arithmetic)
{
	char buf[11];

	CHECK_INT(caltime_weekday(D(2026, 11, 23)), 0); /* a Monday */
	CHECK_INT(caltime_weekday(D(2026, 11, 29)), 6);
	CHECK_INT(caltime_weekday(D(2000, 2, 29)), 1);
	CHECK_STR(caltime_format_date(caltime_add_days(D(2024, 2, 28), 1), buf), "2024-02-29");
	CHECK_STR(caltime_format_date(caltime_add_days(D(2026, 12, 31), 1), buf), "2027-01-01");
	CHECK_STR(caltime_format_date(caltime_add_days(D(2026, 3, 1), -1), buf), "2026-02-28");
}

TEST(caltime_day_lengths_across_the_clock_changes)
{
	time_t a, b;

	REQUIRE(caltime_set_zone("Europe/Helsinki") == 0);
	/* Last Sunday of March 2026: 23 hours; of October: 25 hours. */
	REQUIRE(caltime_to_utc(D(2026, 3, 29), 0, &a) == 0);
	REQUIRE(caltime_to_utc(D(2026, 3, 29), 1440, &b) == 0);
	CHECK_INT(b - a, 23 * 3600);
	REQUIRE(caltime_to_utc(D(2026, 10, 25), 0, &a) == 0);
	REQUIRE(caltime_to_utc(D(2026, 10, 25), 1440, &b) == 0);
	CHECK_INT(b - a, 25 * 3600);
	REQUIRE(caltime_to_utc(D(2026, 11, 23), 8 * 60, &a) == 0);
	REQUIRE(caltime_to_utc(D(2026, 11, 23), 17 * 60, &b) == 0);
	CHECK_INT(b - a, 9 * 3600);
	CHECK_INT(a, 1795413600); /* 06:00 UTC */
}

TEST(caltime_refuses_the_skipped_hour_and_takes_the_first_repeated_one)
{
	time_t t, t2;
	struct local_date d;
	int m;

	REQUIRE(caltime_set_zone("Europe/Helsinki") == 0);
	CHECK(caltime_to_utc(D(2026, 3, 29), 3 * 60 + 30, &t) != 0);
	CHECK(caltime_to_utc(D(2026, 3, 29), 4 * 60, &t) == 0);
	t2 = caltime_to_utc_next(D(2026, 3, 29), 3 * 60 + 30);
	CHECK_INT(t2, t);
	CHECK(caltime_to_utc_next(caltime_add_days(D(9999, 12, 31), 1), 0) == CALTIME_END_OF_TIME);
	/* 03:30 on 2026-10-25 happens at 00:30 UTC (summer time) and again at 01:30. */
	REQUIRE(caltime_to_utc(D(2026, 10, 25), 3 * 60 + 30, &t) == 0);
	CHECK_INT(t, 1792888200);
	caltime_from_utc(t + 3600, &d, &m);
	CHECK_INT(m, 3 * 60 + 30);
}

TEST(caltime_zone_names_are_checked)
{
	CHECK(caltime_zone_exists("Europe/Helsinki"));
	CHECK(caltime_zone_exists("UTC"));
	CHECK(!caltime_zone_exists("Europe/Nowhere"));
	CHECK(!caltime_zone_exists("../../etc/passwd"));
	CHECK(!caltime_zone_exists("/etc/localtime"));
	CHECK(!caltime_zone_exists(""));
	CHECK(!caltime_zone_exists("leapseconds")); /* in the folder, but no zone */
}
