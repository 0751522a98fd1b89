/* Local calendar time in the hub's zone (see caltime.h).
 *
 * The C library's mktime() already knows the zone's daylight-saving rules;
 * what it does not do is say when a local time falls in the hour the clocks
 * skip. caltime_to_utc() converts back and compares, and refuses such times,
 * so that "03:30 on the last Sunday of March" is an error rather than a
 * silently moved booking. */
#include <ctype.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

#include "hubdesk/caltime.h"
#include "hubdesk/i18n.h"

static bool
zone_name_safe(const char *zone)
{
	const char *p;

	if (zone == NULL || *zone == '\0' || *zone == '/' || strlen(zone) > 60)
		return false;
	if (strstr(zone, "..") != NULL)
		return false;
	for (p = zone; *p != '\0'; p++) {
		if (!isalnum((unsigned char)*p) && strchr("/_+-", *p) == NULL)
			return false;
	}
	return true;
}

bool
caltime_zone_exists(const char *zone)
{
	const char *dir = getenv("TZDIR");
	char path[256];
	struct stat sb;

	if (!zone_name_safe(zone))
		return false;
	if (dir == NULL || *dir == '\0')
		dir = "/usr/share/zoneinfo";
	char magic[4];
	FILE *f;
	bool ok;

	if ((size_t)snprintf(path, sizeof path, "%s/%s", dir, zone) >= sizeof path)
		return false;
	if (stat(path, &sb) != 0 || !S_ISREG(sb.st_mode) || (f = fopen(path, "rb")) == NULL)
		return false;
	/* Other files live in the zoneinfo folder too (leapseconds, tzdata.zi). */
	ok = fread(magic, 1, 4, f) == 4 && memcmp(magic, "TZif", 4) == 0;
	fclose(f);
	return ok;
}

int
caltime_set_zone(const char *zone)
{
	if (!caltime_zone_exists(zone))
		return -1;
	if (setenv("TZ", zone, 1) != 0)
		return -1;
	tzset();
	return 0;
}

static bool
is_leap(int y)
{
	return (y % 4 == 0 && y % 100 != 0) || y % 400 == 0;
}

int
caltime_days_in_month(int year, int month)
{
	static const int days[] = { 31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31 };

	if (month == 2 && is_leap(year))
		return 29;
	return days[month - 1];
}

bool
caltime_date_valid(struct local_date d)
{
	return d.year >= 1970 && d.year <= 9999 && d.month >= 1 && d.month <= 12 &&
	    d.day >= 1 && d.day <= caltime_days_in_month(d.year, d.month);
}

/* Reads exactly n digits from *p into *out and advances *p. */
static int
read_digits(const char **p, int n, int *out)
{
	int v = 0;

	for (int i = 0; i < n; i++) {
		if (!isdigit((unsigned char)(*p)[i]))
			return -1;
		v = v * 10 + ((*p)[i] - '0');
	}
	*p += n;
	*out = v;
	return 0;
}

/* Reads 1 or 2 digits (as many as there are) into *out. */
static int
read_1or2(const char **p, int *out)
{
	/* The second is looked at only after a first: "" ends at its NUL. */
	int n = isdigit((unsigned char)(*p)[0]) && isdigit((unsigned char)(*p)[1]) ? 2 : 1;

	return read_digits(p, n, out);
}

/* A date at *p: 2026-11-27, or 27.11.2026 with one or two digits of day
 * and month; with year_of_dm a year, also 27.11. in that year. */
static int
parse_date_prefix(const char **p, struct local_date *out, int year_of_dm)
{
	struct local_date d;
	const char *s = *p;

	if (isdigit((unsigned char)s[0]) && isdigit((unsigned char)s[1]) &&
	    isdigit((unsigned char)s[2]) && isdigit((unsigned char)s[3])) {
		if (read_digits(&s, 4, &d.year) != 0 || *s++ != '-' ||
		    read_digits(&s, 2, &d.month) != 0 || *s++ != '-' ||
		    read_digits(&s, 2, &d.day) != 0)
			return -1;
	} else {
		if (read_1or2(&s, &d.day) != 0 || *s++ != '.' || read_1or2(&s, &d.month) != 0 ||
		    *s++ != '.')
			return -1;
		if (isdigit((unsigned char)*s)) {
			if (read_digits(&s, 4, &d.year) != 0)
				return -1;
		} else if (year_of_dm != 0) {
			d.year = year_of_dm;
		} else {
			return -1;
		}
	}
	if (!caltime_date_valid(d))
		return -1;
	*p = s;
	*out = d;
	return 0;
}

int
caltime_parse_date(const char *s, struct local_date *out)
{
	if (s == NULL || parse_date_prefix(&s, out, 0) != 0)
		return -1;
	return *s == '\0' ? 0 : -1;
}

int
caltime_parse_day(const char *s, struct local_date today, struct local_date *out)
{
	struct local_date d;

	if (s == NULL || parse_date_prefix(&s, &d, today.year) != 0 || *s != '\0')
		return -1;
	*out = d;
	return 0;
}

int
caltime_parse_month(const char *s, struct local_date *first)
{
	struct local_date d = { 0, 0, 1 };

	if (s == NULL || strlen(s) != 7)
		return -1;
	if (read_digits(&s, 4, &d.year) != 0 || *s++ != '-' ||
	    read_digits(&s, 2, &d.month) != 0)
		return -1;
	if (!caltime_date_valid(d))
		return -1;
	*first = d;
	return 0;
}

/* A time at *p: the hour in one or two digits, then ":" or "." and two
 * digits of minutes, or the hour alone; 24 (24:00) is the next midnight. */
static int
parse_hhmm_prefix(const char **p, int *minute)
{
	const char *s = *p;
	int h, m = 0;

	if (read_1or2(&s, &h) != 0)
		return -1;
	if ((*s == ':' || *s == '.') && isdigit((unsigned char)s[1])) {
		s++;
		if (read_digits(&s, 2, &m) != 0 || isdigit((unsigned char)*s))
			return -1;
	}
	if (h > 24 || m > 59 || (h == 24 && m != 0))
		return -1;
	*p = s;
	*minute = h * 60 + m;
	return 0;
}

int
caltime_parse_hhmm(const char *s, int *minute)
{
	int m;

	if (s == NULL || parse_hhmm_prefix(&s, &m) != 0 || *s != '\0')
		return -1;
	*minute = m;
	return 0;
}

int
caltime_parse_datetime(const char *s, struct local_date *d, int *minute)
{
	struct local_date dd;
	const char *start = s;
	int mm;

	if (s == NULL || parse_date_prefix(&s, &dd, 0) != 0)
		return -1;
	/* T only after an ISO date, as ISO 8601 writes it. */
	if (*s != ' ' && !(*s == 'T' && start[4] == '-'))
		return -1;
	s++;
	if (parse_hhmm_prefix(&s, &mm) != 0 || *s != '\0' || mm == 1440)
		return -1;
	*d = dd;
	*minute = mm;
	return 0;
}

const char *
caltime_date_forms(void)
{
	return _("27.11.2026 or 2026-11-27");
}

const char *
caltime_day_forms(void)
{
	return _("27.11.2026, 27.11. (this year) or 2026-11-27");
}

const char *
caltime_time_forms(void)
{
	return _("9, 9.30, 9:30 or 09:30, from 0 to 24");
}

const char *
caltime_datetime_forms(void)
{
	return _("\"27.11.2026 9.30\" or \"2026-11-27 09:30\"");
}

/* Days since 1970-01-01 of a proleptic Gregorian date (Howard Hinnant's
 * days_from_civil), which makes weekdays and date arithmetic exact and
 * independent of the time zone. */
static long
days_from_civil(struct local_date d)
{
	int y = d.year - (d.month <= 2);
	long era = (y >= 0 ? y : y - 399) / 400;
	long yoe = y - era * 400;
	long doy = (153 * (d.month + (d.month > 2 ? -3 : 9)) + 2) / 5 + d.day - 1;
	long doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;

	return era * 146097 + doe - 719468;
}

static struct local_date
civil_from_days(long z)
{
	struct local_date d;
	long era, doe, yoe, y, doy, mp;

	z += 719468;
	era = (z >= 0 ? z : z - 146096) / 146097;
	doe = z - era * 146097;
	yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
	y = yoe + era * 400;
	doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
	mp = (5 * doy + 2) / 153;
	d.day = (int)(doy - (153 * mp + 2) / 5 + 1);
	d.month = (int)(mp < 10 ? mp + 3 : mp - 9);
	d.year = (int)(y + (d.month <= 2));
	return d;
}

int
caltime_weekday(struct local_date d)
{
	/* 1970-01-01 was a Thursday (3 when Monday is 0). */
	long w = (days_from_civil(d) + 3) % 7;

	return (int)(w < 0 ? w + 7 : w);
}

struct local_date
caltime_add_days(struct local_date d, int days)
{
	return civil_from_days(days_from_civil(d) + days);
}

int
caltime_date_cmp(struct local_date a, struct local_date b)
{
	long x = days_from_civil(a), y = days_from_civil(b);

	return (x > y) - (x < y);
}

static time_t
mktime_local(struct local_date d, int minute, int isdst)
{
	struct tm tm;

	memset(&tm, 0, sizeof tm);
	tm.tm_year = d.year - 1900;
	tm.tm_mon = d.month - 1;
	tm.tm_mday = d.day;
	tm.tm_hour = minute / 60;
	tm.tm_min = minute % 60;
	tm.tm_isdst = isdst;
	return mktime(&tm);
}

int
caltime_to_utc(struct local_date d, int minute, time_t *out)
{
	struct local_date back;
	int back_min;
	time_t t, t_dst;

	if (!caltime_date_valid(d) || minute < 0 || minute > 1440)
		return -1;
	if (minute == 1440) {
		d = caltime_add_days(d, 1);
		minute = 0;
	}
	t = mktime_local(d, minute, -1);
	if (t == (time_t)-1)
		return -1;
	caltime_from_utc(t, &back, &back_min);
	if (caltime_date_cmp(back, d) != 0 || back_min != minute)
		return -1; /* skipped when the clocks went forward */
	/* In the repeated hour mktime may pick either reading; take the first
	 * (summer time), which is the earlier instant. */
	t_dst = mktime_local(d, minute, 1);
	if (t_dst != (time_t)-1 && t_dst < t) {
		caltime_from_utc(t_dst, &back, &back_min);
		if (caltime_date_cmp(back, d) == 0 && back_min == minute)
			t = t_dst;
	}
	*out = t;
	return 0;
}

void
caltime_from_utc(time_t t, struct local_date *d, int *minute)
{
	struct tm tm;

	localtime_r(&t, &tm);
	d->year = tm.tm_year + 1900;
	d->month = tm.tm_mon + 1;
	d->day = tm.tm_mday;
	*minute = tm.tm_hour * 60 + tm.tm_min;
}

time_t
caltime_to_utc_next(struct local_date d, int minute)
{
	time_t t = 0;

	if (!caltime_date_valid(d))
		return d.year > 9999 ? CALTIME_END_OF_TIME : 0;
	for (int m = minute; m <= 1440; m++) {
		if (caltime_to_utc(d, m, &t) == 0)
			return t;
	}
	return t;
}

char *
caltime_format_date(struct local_date d, char buf[static 11])
{
	snprintf(buf, 11, "%04u-%02u-%02u", (unsigned)d.year % 10000u, (unsigned)d.month % 100u,
	    (unsigned)d.day % 100u);
	return buf;
}

char *
caltime_format_hhmm(int minute, char buf[static 6])
{
	if (minute < 0 || minute > 1440)
		minute = 0;
	buf[0] = (char)('0' + minute / 600);
	buf[1] = (char)('0' + minute / 60 % 10);
	buf[2] = ':';
	buf[3] = (char)('0' + minute % 60 / 10);
	buf[4] = (char)('0' + minute % 10);
	buf[5] = '\0';
	return buf;
}

char *
caltime_format_local(time_t t, char buf[static 17])
{
	struct local_date d;
	int m;
	char date[11], hhmm[6];

	caltime_from_utc(t, &d, &m);
	snprintf(buf, 17, "%s %s", caltime_format_date(d, date), caltime_format_hhmm(m, hhmm));
	return buf;
}

char *
caltime_format_end(time_t start, time_t end, char buf[static 6])
{
	struct local_date ds, de;
	int ms, me;

	caltime_from_utc(start, &ds, &ms);
	caltime_from_utc(end, &de, &me);
	if (me == 0 && caltime_date_cmp(de, ds) > 0)
		return caltime_format_hhmm(1440, buf);
	return caltime_format_hhmm(me, buf);
}

char *
caltime_format_time(time_t t, char buf[static 6])
{
	struct local_date d;
	int m;

	caltime_from_utc(t, &d, &m);
	return caltime_format_hhmm(m, buf);
}
