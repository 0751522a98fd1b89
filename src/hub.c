/* The hub's settings: its identity, time zone and opening hours, and
 * whether a given day is open (see hub.h). */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <time.h>

#include "hubdesk/holidays.h"
#include "hubdesk/hub.h"
#include "hubdesk/municipality.h"
#include "hubdesk/store.h"
#include "domain.h"

const char *const hub_weekday_names[7] = { "mon", "tue", "wed", "thu", "fri", "sat", "sun" };

int
hub_parse_days(const char *s, unsigned *mask)
{
	unsigned m = 0;
	char buf[64], *tok, *save = NULL;

	if (s == NULL || strlen(s) >= sizeof buf || *s == '\0')
		return -1;
	strcpy(buf, s);
	for (tok = strtok_r(buf, ",", &save); tok != NULL; tok = strtok_r(NULL, ",", &save)) {
		char *dash = strchr(tok, '-');
		int a = -1, b = -1;

		if (dash != NULL)
			*dash = '\0';
		for (int i = 0; i < 7; i++) {
			if (strcasecmp(tok, hub_weekday_names[i]) == 0)
				a = i;
			if (dash != NULL && strcasecmp(dash + 1, hub_weekday_names[i]) == 0)
				b = i;
		}
		if (a < 0 || (dash != NULL && b < 0))
			return -1;
		if (dash == NULL)
			b = a;
		for (int i = a;; i = (i + 1) % 7) { /* "fri-mon" wraps round */
			m |= 1u << i;
			if (i == b)
				break;
		}
	}
	if (m == 0)
		return -1;
	*mask = m;
	return 0;
}

enum hd_status
hub_settings_check(const struct hub_settings *s, struct hub *out, char **err)
{
	struct hub h;
	enum hd_status rc;
	char safe[TEXT_SAFE];

	memset(&h, 0, sizeof h);
	if ((rc = text_clean(s->name, _("the hub name"), HD_NAME_CHARS, true, h.name, err)) != HD_OK ||
	    (rc = text_clean(s->municipality, _("the municipality"), HD_NAME_CHARS, true,
	        h.municipality, err)) != HD_OK ||
	    (rc = municipality_parse(h.municipality, &h.municipality_number, err)) != HD_OK ||
	    (rc = text_clean(s->region, _("the region"), HD_NAME_CHARS, false, h.region,
	        err)) != HD_OK)
		return rc;
	if (municipality_by_number(h.municipality_number) == NULL)
		return hd_fail(err, HD_INVALID, _("a hub is in a municipality of Finland; "
		    "give the name of its municipality"));
	snprintf(h.municipality, sizeof h.municipality, "%s",
	    municipality_key(h.municipality_number));
	if (s->timezone != NULL && !caltime_zone_exists(s->timezone))
		return hd_fail(err, HD_INVALID,
		    _("'%s' is not a time zone; use a name such as Europe/Helsinki"),
		    text_safe(s->timezone, safe));
	snprintf(h.timezone, sizeof h.timezone, "%s",
	    s->timezone != NULL ? s->timezone : CALTIME_DEFAULT_ZONE);
	if (s->days == 0 || s->opens_min < 0 || s->closes_min > 1440 ||
	    s->closes_min <= s->opens_min)
		return hd_fail(err, HD_INVALID,
		    _("the opening hours are empty; closing must come after opening"));
	for (int i = 0; i < 7; i++) {
		h.hours[i].open = (s->days & (1u << i)) != 0;
		h.hours[i].opens_min = s->opens_min;
		h.hours[i].closes_min = s->closes_min;
	}
	if (out != NULL)
		*out = h;
	return HD_OK;
}

enum hd_status
hub_init(struct hubdesk *hd, const struct hub_settings *s, char **err)
{
	struct hub h;
	enum hd_status rc;

	if (hd->has_hub)
		return hd_fail(err, HD_REFUSED,
		    _("this database already holds the hub '%s'" "\037"
		    "use another --db for a new hub"),
		    hd->hub.name);
	if ((rc = hub_settings_check(s, &h, err)) != HD_OK)
		return rc;
	ids_uuid_new(h.uuid);

	if ((rc = domain_begin(hd, err)) != HD_OK)
		return rc;
	if (store_hub_insert(hd->store, &h, hd->now) != STORE_OK)
		return domain_abort(hd, domain_store_fail(hd, err));
	for (int i = 0; i < 7; i++) {
		if (h.hours[i].open && store_hours_set(hd->store, i, &h.hours[i]) != STORE_OK)
			return domain_abort(hd, domain_store_fail(hd, err));
	}
	if ((rc = domain_commit(hd, err)) != HD_OK)
		return rc;
	hd->hub = h;
	hd->has_hub = true;
	caltime_set_zone(h.timezone);
	return HD_OK;
}

enum hd_status
hub_set_hours(struct hubdesk *hd, unsigned mask, int opens_min, int closes_min, char **err)
{
	struct opening o = { closes_min > 0, opens_min, closes_min };
	struct local_date today;
	int minute;
	char until[11];
	enum hd_status rc;

	if ((rc = hub_require(hd, err)) != HD_OK)
		return rc;
	if (o.open && (opens_min < 0 || closes_min > 1440 || closes_min <= opens_min))
		return hd_fail(err, HD_INVALID, _("closing must come after opening"));
	caltime_from_utc(hd->now, &today, &minute);
	caltime_format_date(today, until);
	if ((rc = domain_begin(hd, err)) != HD_OK)
		return rc;
	/* The days before today keep the hours they had (a finished month's
	 * figures never change); the new hours hold from today on. */
	for (int i = 0; i < 7; i++) {
		if ((mask & (1u << i)) &&
		    (store_hours_keep_past(hd->store, until, i, &hd->hub.hours[i]) != STORE_OK ||
		     store_hours_set(hd->store, i, &o) != STORE_OK))
			return domain_abort(hd, domain_store_fail(hd, err));
	}
	if ((rc = domain_commit(hd, err)) != HD_OK)
		return rc;
	/* Re-read, with the change just kept. */
	if (store_hub_get(hd->store, &hd->hub) != STORE_OK)
		return domain_store_fail(hd, err);
	return HD_OK;
}

const struct opening *
hub_hours_on(const struct hubdesk *hd, struct local_date d)
{
	int wd = caltime_weekday(d);

	/* The first change after d of its weekday says what d had. */
	for (int i = 0; i < hd->hub.npast; i++) {
		const struct hours_past *p = &hd->hub.past[i];
		if (p->weekday == wd && caltime_date_cmp(d, p->until) < 0)
			return &p->hours;
	}
	return &hd->hub.hours[wd];
}

enum hd_status
hub_day_open(struct hubdesk *hd, struct local_date d, time_t *opens, time_t *closes, char **err)
{
	int wd = caltime_weekday(d);
	const struct opening *o = hub_hours_on(hd, d);
	char iso[11], date[DOMAIN_WORDS], note[HD_TEXT];
	const char *holiday;
	enum store_rc rc;

	caltime_format_date(d, iso);
	domain_date(d, date);
	if (!o->open)
		/* TRANSLATORS: "on Mondays", then the date. */
		return hd_fail(err, HD_REFUSED, _("the hub is closed %s (%s); choose an opening day"),
		    domain_on_weekdays(wd), date);
	if (hd->rules.public_holidays && (holiday = holiday_fi(d)) != NULL)
		return hd_fail(err, HD_REFUSED, _("the hub is closed on %s (%s); choose another day"),
		    date, holiday);
	rc = store_closed_has(hd->store, iso, note);
	if (rc == STORE_OK && *note)
		return hd_fail(err, HD_REFUSED, _("the hub is closed on %s (%s); choose another day"),
		    date, note);
	if (rc == STORE_OK)
		return hd_fail(err, HD_REFUSED, _("the hub is closed on %s; choose another day"),
		    date);
	if (rc != STORE_NOTFOUND)
		return hd_fail(err, HD_STORE, _("database error: %s"), store_error(hd->store));
	if (opens != NULL)
		*opens = caltime_to_utc_next(d, o->opens_min);
	if (closes != NULL)
		*closes = caltime_to_utc_next(d, o->closes_min);
	return HD_OK;
}
