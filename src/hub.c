/* The hub: opening the database, the hub's settings, opening hours and
 * closed dates (see hub.h). */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <time.h>

#include "hubdesk/holidays.h"
#include "hubdesk/hub.h"
#include "hubdesk/store.h"
#include "hubdesk/xmalloc.h"
#include "domain.h"

const char *const hub_weekday_names[7] = { "mon", "tue", "wed", "thu", "fri", "sat", "sun" };

static const char *const weekday_long[7] = {
	"Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday",
};

const char *
domain_weekday_long(int weekday)
{
	return weekday >= 0 && weekday < 7 ? weekday_long[weekday] : "?";
}

enum hd_status
domain_store_fail(struct hubdesk *hd, char **err)
{
	return hd_fail(err, HD_STORE,
	    "database error: %s; check the disk and the --db path, then try again",
	    store_error(hd->store));
}

enum hd_status
domain_begin(struct hubdesk *hd, char **err)
{
	bool outermost = store_depth(hd->store) == 0;
	enum hd_status rc;

	if (store_begin(hd->store) != STORE_OK)
		return hd_fail(err, HD_STORE,
		    "cannot write to the database: %s; try again in a moment",
		    store_error(hd->store));
	if (outermost && hd->has_hub && (rc = domain_sweep(hd, err)) != HD_OK) {
		store_rollback(hd->store);
		return rc;
	}
	return HD_OK;
}

time_t
domain_closing_after(struct hubdesk *hd, time_t t)
{
	struct local_date d;
	int minute;
	time_t closes;

	caltime_from_utc(t, &d, &minute);
	if (hub_day_open(hd, d, NULL, &closes, NULL) == HD_OK && closes > t)
		return closes;
	return caltime_to_utc_next(caltime_add_days(d, 1), 0);
}

enum hd_status
domain_sweep(struct hubdesk *hd, char **err)
{
	struct visit *open = NULL;
	size_t n = 0;
	int marked;

	if (store_booking_mark_no_shows(hd->store, hd->now - (time_t)hd->rules.grace_minutes * 60,
	    &marked) != STORE_OK ||
	    store_visit_open_list(hd->store, &open, &n) != STORE_OK)
		return domain_store_fail(hd, err);
	for (size_t i = 0; i < n; i++) {
		time_t close_at = domain_closing_after(hd, open[i].in_at);
		if (close_at <= hd->now &&
		    store_visit_auto_close(hd->store, open[i].id, close_at) != STORE_OK) {
			free(open);
			return domain_store_fail(hd, err);
		}
	}
	free(open);
	return HD_OK;
}

enum hd_status
domain_commit(struct hubdesk *hd, char **err)
{
	if (store_commit(hd->store) != STORE_OK)
		return hd_fail(err, HD_STORE, "the change was not saved: %s; try again",
		    store_error(hd->store));
	return HD_OK;
}

enum hd_status
domain_abort(struct hubdesk *hd, enum hd_status status)
{
	store_rollback(hd->store);
	return status;
}

enum hd_status
hubdesk_open(const char *path, bool create, struct hubdesk **out, char **err)
{
	struct hubdesk *hd;
	const char *zone = CALTIME_DEFAULT_ZONE;
	struct store *st;
	char safe[TEXT_SAFE];

	*out = NULL;
	switch (store_open(path, create, &st, err)) {
	case STORE_OK:
		break;
	case STORE_NOTFOUND:
		return hd_fail(err, HD_REFUSED, "there is no hub database at %s; create one with "
		    "'hubdesk init --name NAME --municipality NAME' or 'hubdesk demo', or check --db",
		    text_safe(path, safe));
	default:
		return HD_STORE;
	}
	hd = xcalloc(1, sizeof *hd);
	hd->store = st;
	switch (store_hub_get(hd->store, &hd->hub)) {
	case STORE_OK:
		hd->has_hub = true;
		zone = hd->hub.timezone;
		break;
	case STORE_NOTFOUND:
		break;
	default:
		hd_fail(err, HD_STORE, "cannot read the hub: %s", store_error(hd->store));
		hubdesk_close(hd);
		return HD_STORE;
	}
	if (caltime_set_zone(zone) != 0) {
		hd_fail(err, HD_STORE, "time zone %s is not installed; install the tzdata package",
		    text_safe(zone, safe));
		hubdesk_close(hd);
		return HD_STORE;
	}
	hd->now = time(NULL);
	hd->rng = ids_seed_random();
	rules_builtin(&hd->rules);
	hd->rule_defaults = hd->rules;
	if (hd->has_hub && rules_load(hd, err) != HD_OK) {
		hubdesk_close(hd);
		return HD_STORE;
	}
	*out = hd;
	return HD_OK;
}

void
hubdesk_close(struct hubdesk *hd)
{
	if (hd == NULL)
		return;
	store_close(hd->store);
	free(hd);
}

enum hd_status
hubdesk_rule_defaults(struct hubdesk *hd, const char *const *values, char **err)
{
	rules_builtin(&hd->rules);
	for (int i = 0; rule_defs[i].key != NULL; i++) {
		if (values[i] != NULL)
			rules_parse(&hd->rules, rule_defs[i].key, values[i], NULL);
	}
	hd->rule_defaults = hd->rules;
	return hd->has_hub ? rules_load(hd, err) : HD_OK;
}

bool
hubdesk_changed(struct hubdesk *hd)
{
	int64_t v;
	struct hub h;
	bool first = hd->data_version == 0;

	if (store_data_version(hd->store, &v) != STORE_OK || v == hd->data_version)
		return false;
	hd->data_version = v;
	if (first)
		return false;
	if (store_hub_get(hd->store, &h) == STORE_OK) {
		if (strcmp(h.timezone, hd->hub.timezone) != 0)
			caltime_set_zone(h.timezone);
		hd->hub = h;
		hd->has_hub = true;
		hd->rules = hd->rule_defaults;
		rules_load(hd, NULL);
	}
	return true;
}

enum hd_status
hubdesk_set_now(struct hubdesk *hd, const char *local, char **err)
{
	struct local_date d;
	int minute;
	char safe[TEXT_SAFE];

	if (caltime_parse_datetime(local, &d, &minute) != 0)
		return hd_fail(err, HD_INVALID,
		    "'%s' is not a local time; write it as \"YYYY-MM-DD HH:MM\"",
		    text_safe(local, safe));
	if (caltime_to_utc(d, minute, &hd->now) != 0)
		return hd_fail(err, HD_INVALID,
		    "%s does not exist in %s (the clocks go forward over it)", local,
		    hd->has_hub ? hd->hub.timezone : CALTIME_DEFAULT_ZONE);
	return HD_OK;
}

enum hd_status
hub_require(struct hubdesk *hd, char **err)
{
	if (hd->has_hub)
		return HD_OK;
	return hd_fail(err, HD_REFUSED, "this database has no hub yet; run "
	    "'hubdesk init --name NAME --municipality NAME' or 'hubdesk demo' first");
}

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
	if ((rc = text_clean(s->name, "the hub name", HD_NAME_CHARS, true, h.name, err)) != HD_OK ||
	    (rc = text_clean(s->municipality, "the municipality", HD_NAME_CHARS, true,
	        h.municipality, err)) != HD_OK ||
	    (rc = text_clean(s->region, "the region", HD_NAME_CHARS, false, h.region, err)) != HD_OK)
		return rc;
	if (s->timezone != NULL && !caltime_zone_exists(s->timezone))
		return hd_fail(err, HD_INVALID,
		    "'%s' is not a time zone; use a name such as Europe/Helsinki",
		    text_safe(s->timezone, safe));
	snprintf(h.timezone, sizeof h.timezone, "%s",
	    s->timezone != NULL ? s->timezone : CALTIME_DEFAULT_ZONE);
	if (s->days == 0 || s->opens_min < 0 || s->closes_min > 1440 ||
	    s->closes_min <= s->opens_min)
		return hd_fail(err, HD_INVALID,
		    "the opening hours are empty; closing must come after opening");
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
		    "this database already holds the hub '%s'; use another --db for a new hub",
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
	enum hd_status rc;

	if ((rc = hub_require(hd, err)) != HD_OK)
		return rc;
	if (o.open && (opens_min < 0 || closes_min > 1440 || closes_min <= opens_min))
		return hd_fail(err, HD_INVALID, "closing must come after opening");
	if ((rc = domain_begin(hd, err)) != HD_OK)
		return rc;
	for (int i = 0; i < 7; i++) {
		if ((mask & (1u << i)) && store_hours_set(hd->store, i, &o) != STORE_OK)
			return domain_abort(hd, domain_store_fail(hd, err));
	}
	if ((rc = domain_commit(hd, err)) != HD_OK)
		return rc;
	for (int i = 0; i < 7; i++) {
		if (mask & (1u << i))
			hd->hub.hours[i] = o;
	}
	return HD_OK;
}

enum hd_status
hub_day_open(struct hubdesk *hd, struct local_date d, time_t *opens, time_t *closes, char **err)
{
	int wd = caltime_weekday(d);
	const struct opening *o = &hd->hub.hours[wd];
	char date[11], note[HD_TEXT];
	const char *holiday;
	enum store_rc rc;

	caltime_format_date(d, date);
	if (!o->open)
		return hd_fail(err, HD_REFUSED, "the hub is closed on %ss (%s); choose an opening day",
		    domain_weekday_long(wd), date);
	if (hd->rules.public_holidays && (holiday = holiday_fi(d)) != NULL)
		return hd_fail(err, HD_REFUSED, "the hub is closed on %s (%s); choose another day",
		    date, holiday);
	rc = store_closed_has(hd->store, date, note);
	if (rc == STORE_OK)
		return hd_fail(err, HD_REFUSED, "the hub is closed on %s%s%s%s; choose another day",
		    date, *note ? " (" : "", note, *note ? ")" : "");
	if (rc != STORE_NOTFOUND)
		return hd_fail(err, HD_STORE, "database error: %s", store_error(hd->store));
	if (opens != NULL)
		*opens = caltime_to_utc_next(d, o->opens_min);
	if (closes != NULL)
		*closes = caltime_to_utc_next(d, o->closes_min);
	return HD_OK;
}

enum hd_status
hub_closed_add(struct hubdesk *hd, const char *date, const char *note, char **err)
{
	struct local_date d;
	char clean[HD_TEXT], canon[11], canon_safe[TEXT_SAFE];
	enum hd_status rc;

	if ((rc = hub_require(hd, err)) != HD_OK)
		return rc;
	if (caltime_parse_date(date, &d) != 0)
		return hd_fail(err, HD_INVALID, "'%s' is not a date; write it as YYYY-MM-DD",
		    text_safe(date, canon_safe));
	if ((rc = text_clean(note, "the note", 120, false, clean, err)) != HD_OK)
		return rc;
	if ((rc = domain_begin(hd, err)) != HD_OK)
		return rc;
	if (store_closed_add(hd->store, caltime_format_date(d, canon), clean) != STORE_OK)
		return domain_abort(hd, domain_store_fail(hd, err));
	return domain_commit(hd, err);
}

enum hd_status
hub_closed_remove(struct hubdesk *hd, const char *date, char **err)
{
	struct local_date d;
	char canon[11], safe[TEXT_SAFE];
	enum hd_status rc;

	if ((rc = hub_require(hd, err)) != HD_OK)
		return rc;
	if (caltime_parse_date(date, &d) != 0)
		return hd_fail(err, HD_INVALID, "'%s' is not a date; write it as YYYY-MM-DD",
		    text_safe(date, safe));
	if ((rc = domain_begin(hd, err)) != HD_OK)
		return rc;
	switch (store_closed_remove(hd->store, caltime_format_date(d, canon))) {
	case STORE_OK:
		return domain_commit(hd, err);
	case STORE_NOTFOUND:
		return domain_abort(hd, hd_fail(err, HD_REFUSED,
		    "%s is not a closed date; 'hubdesk closed list' shows them", canon));
	default:
		return domain_abort(hd, domain_store_fail(hd, err));
	}
}

enum hd_status
hub_closed_list(struct hubdesk *hd, struct closed_day **out, size_t *n, char **err)
{
	if (store_closed_list(hd->store, out, n) != STORE_OK)
		return domain_store_fail(hd, err);
	return HD_OK;
}
