/* The times, dates and words the domain's messages give people, in the
 * current language (i18n.h): "D04 is booked 09:00–12:00" in English reads
 * "klo 9.00–12.00" in Finnish. Machine outputs never use these. */
#include <stdio.h>
#include <string.h>

#include "hubdesk/caltime.h"
#include "hubdesk/i18n.h"
#include "domain.h"

char *
domain_hhmm(int minute, char buf[static DOMAIN_WORDS])
{
	return i18n_time(buf, DOMAIN_WORDS, minute);
}

char *
domain_time(time_t t, char buf[static DOMAIN_WORDS])
{
	struct local_date d;
	int minute;

	caltime_from_utc(t, &d, &minute);
	return domain_hhmm(minute, buf);
}

char *
domain_end(time_t start, time_t end, char buf[static DOMAIN_WORDS])
{
	struct local_date ds, de;
	int ms, me;

	/* A span that ends at the next midnight ends at 24:00, not 00:00. */
	caltime_from_utc(start, &ds, &ms);
	caltime_from_utc(end, &de, &me);
	return domain_hhmm(me == 0 && caltime_date_cmp(de, ds) > 0 ? 1440 : me, buf);
}

char *
domain_date(struct local_date d, char buf[static DOMAIN_WORDS])
{
	return i18n_date(buf, DOMAIN_WORDS, d.year, d.month, d.day);
}

char *
domain_local(time_t t, char buf[static DOMAIN_WORDS])
{
	struct local_date d;
	int minute;
	char date[DOMAIN_WORDS], hhmm[DOMAIN_WORDS];

	caltime_from_utc(t, &d, &minute);
	snprintf(buf, DOMAIN_WORDS, C_("datetime", "%s %s"), domain_date(d, date),
	    domain_hhmm(minute, hhmm));
	return buf;
}

const char *
domain_status(const char *status)
{
	if (strcmp(status, "booked") == 0)
		return C_("booking", "booked");
	if (strcmp(status, "cancelled") == 0)
		return C_("booking", "cancelled");
	if (strcmp(status, "checked-in") == 0)
		return C_("booking", "checked-in");
	if (strcmp(status, "no-show") == 0)
		return C_("booking", "no-show");
	return status;
}

const char *
domain_on_weekdays(int weekday)
{
	static const char *const on[7] = {
		NC_("weekdays", "on Mondays"), NC_("weekdays", "on Tuesdays"),
		NC_("weekdays", "on Wednesdays"), NC_("weekdays", "on Thursdays"),
		NC_("weekdays", "on Fridays"), NC_("weekdays", "on Saturdays"),
		NC_("weekdays", "on Sundays"),
	};

	return weekday >= 0 && weekday < 7 ? i18n_cgettext("weekdays", on[weekday]) : "?";
}
