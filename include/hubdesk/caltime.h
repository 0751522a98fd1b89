/* Local calendar time in the hub's time zone, and its conversion to and from
 * the UTC instants the database stores. The process serves one hub, so the
 * zone is process-wide (TZ) and the C library does the daylight-saving work. */
#ifndef HUBDESK_CALTIME_H
#define HUBDESK_CALTIME_H

#include <stdbool.h>
#include <time.h>

struct local_date {
	int year;  /* 1970..9999 */
	int month; /* 1..12 */
	int day;   /* 1..31 */
};

#define CALTIME_DEFAULT_ZONE "Europe/Helsinki"

/* Makes zone (an IANA name such as "Europe/Helsinki") the process's zone.
 * Returns 0, or -1 when no such zone is installed. */
int caltime_set_zone(const char *zone);
bool caltime_zone_exists(const char *zone);

/* Parsers return 0 on success and -1 on malformed or impossible input.
 * Dates are written the Finnish way or ISO's: 27.11.2026 (the day and month
 * in one or two digits) or 2026-11-27; caltime_parse_day also takes 27.11.,
 * in the year of today (the clock's date, --now's when given). Times are
 * 9, 9.30, 9:30 or 09:30, up to 24 (24:00, the next midnight); minutes are
 * two digits. A date and time are separated by a space (or T after an ISO
 * date), and the time is before 24:00: "27.11.2026 9.30". */
int caltime_parse_date(const char *s, struct local_date *out);
int caltime_parse_day(const char *s, struct local_date today, struct local_date *out);
int caltime_parse_month(const char *s, struct local_date *first);  /* YYYY-MM */
int caltime_parse_hhmm(const char *s, int *minute);
int caltime_parse_datetime(const char *s, struct local_date *d, int *minute);
/* The forms each parser takes, for a message, in the current language:
 * caltime_parse_date's, caltime_parse_day's, caltime_parse_hhmm's,
 * caltime_parse_datetime's. */
const char *caltime_date_forms(void);
const char *caltime_day_forms(void);
const char *caltime_time_forms(void);
const char *caltime_datetime_forms(void);

bool caltime_date_valid(struct local_date d);
int caltime_weekday(struct local_date d); /* 0 = Monday .. 6 = Sunday */
struct local_date caltime_add_days(struct local_date d, int days);
int caltime_days_in_month(int year, int month);
int caltime_date_cmp(struct local_date a, struct local_date b);

/* Local date and minute of the day (0..1440; 1440 is the next midnight) to a
 * UTC instant. Returns 0, or -1 when that local time does not exist because
 * the clocks go forward over it. A time that happens twice (clocks go back)
 * resolves to its first occurrence. */
int caltime_to_utc(struct local_date d, int minute, time_t *out);
void caltime_from_utc(time_t t, struct local_date *d, int *minute);
/* Like caltime_to_utc, but a minute the clocks skip gives the first minute
 * after the gap: for day boundaries and opening times, which must exist.
 * A day after 9999-12-31 gives CALTIME_END_OF_TIME, so that a range that
 * ends on the last valid day still has an end. */
#define CALTIME_END_OF_TIME ((time_t)253402300800) /* 10000-01-01 UTC */
time_t caltime_to_utc_next(struct local_date d, int minute);

/* Formatting into caller buffers; each returns buf. */
char *caltime_format_date(struct local_date d, char buf[static 11]);
char *caltime_format_hhmm(int minute, char buf[static 6]);
char *caltime_format_local(time_t t, char buf[static 17]); /* YYYY-MM-DD HH:MM */
char *caltime_format_time(time_t t, char buf[static 6]);    /* HH:MM local */
/* HH:MM of the end of a span that began at start: 24:00 when it ends at the
 * next midnight, so that a whole day reads 00:00-24:00. */
char *caltime_format_end(time_t start, time_t end, char buf[static 6]);

#endif
