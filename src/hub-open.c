/* The context every domain call takes: opening a hub database, the clock
 * (--now), the rules in force, and noticing other kiosks' changes. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "hubdesk/hub.h"
#include "hubdesk/store.h"
#include "hubdesk/xmalloc.h"
#include "domain.h"

/* Reads the hub, its zone and its rules from the store just opened. */
static enum hd_status
hub_open_load(struct hubdesk *hd, char **err)
{
	const char *zone = CALTIME_DEFAULT_ZONE;
	char safe[TEXT_SAFE];

	hd->has_hub = false;
	hd->data_version = 0;
	hd->rules = hd->rule_defaults;
	switch (store_hub_get(hd->store, &hd->hub)) {
	case STORE_OK:
		hd->has_hub = true;
		zone = hd->hub.timezone;
		break;
	case STORE_NOTFOUND:
		break;
	default:
		return hd_fail(err, HD_STORE, _("cannot read the hub: %s"), store_error(hd->store));
	}
	if (caltime_set_zone(zone) != 0)
		return hd_fail(err, HD_STORE, _("time zone %s is not installed; install the tzdata package"),
		    text_safe(zone, safe));
	if (hd->has_hub && rules_load(hd, err) != HD_OK)
		return HD_STORE;
	return HD_OK;
}

/* The context on an open store (taken over): the clock, the rules, the
 * hub read. */
static enum hd_status
hubdesk_on(struct store *st, struct hubdesk **out, char **err)
{
	struct hubdesk *hd = xcalloc(1, sizeof *hd);

	hd->store = st;
	hd->now = time(NULL);
	hd->rng = ids_seed_random();
	rules_builtin(&hd->rules);
	hd->rule_defaults = hd->rules;
	if (hub_open_load(hd, err) != HD_OK) {
		hubdesk_close(hd);
		return HD_STORE;
	}
	*out = hd;
	return HD_OK;
}

enum hd_status
hubdesk_open(const char *path, bool create, struct hubdesk **out, char **err)
{
	struct store *st;
	char safe[TEXT_SAFE];

	*out = NULL;
	switch (store_open(path, create, &st, err)) {
	case STORE_OK:
		break;
	case STORE_NOTFOUND:
		return hd_fail(err, HD_STORE, _("there is no hub database at %s" "\037" "create one with "
		    "'hubdesk init --name NAME --municipality NAME' or 'hubdesk demo', bring a backup "
		    "back with 'hubdesk restore FILE', or check --db"),
		    text_safe(path, safe));
	default:
		return HD_STORE;
	}
	return hubdesk_on(st, out, err);
}

enum hd_status
hubdesk_open_readonly(const char *path, struct hubdesk **out, char **err)
{
	struct store *st;

	*out = NULL;
	if (store_open_readonly(path, &st, err) != STORE_OK)
		return HD_STORE;
	return hubdesk_on(st, out, err);
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
hubdesk_replaced(struct hubdesk *hd)
{
	return store_stale(hd->store);
}

enum hd_status
hubdesk_reopen(struct hubdesk *hd, char **err)
{
	char *why = NULL;

	if (store_reopen(hd->store, &why) != STORE_OK) {
		hd_fail(err, HD_STORE, _("database error: %s"), store_error(hd->store));
		free(why);
		return HD_STORE;
	}
	return hub_open_load(hd, err) == HD_OK ? HD_OK : HD_STORE;
}

bool
hubdesk_changed(struct hubdesk *hd)
{
	int64_t v;
	struct hub h;
	bool first = hd->data_version == 0;

	/* A store that cannot be read has changed as far as the screen knows:
	 * its reload meets the error and says so. */
	if (store_data_version(hd->store, &v) != STORE_OK)
		return !first;
	if (v == hd->data_version)
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
		    _("'%s' is not a local time; write it as \"YYYY-MM-DD HH:MM\""),
		    text_safe(local, safe));
	if (caltime_to_utc(d, minute, &hd->now) != 0)
		return hd_fail(err, HD_INVALID,
		    _("%s does not exist in %s (the clocks go forward over it)"), local,
		    hd->has_hub ? hd->hub.timezone : CALTIME_DEFAULT_ZONE);
	return HD_OK;
}

enum hd_status
hub_require(struct hubdesk *hd, char **err)
{
	if (hd->has_hub)
		return HD_OK;
	return hd_fail(err, HD_REFUSED, _("this database has no hub yet" "\037" "run "
	    "'hubdesk init --name NAME --municipality NAME' or 'hubdesk demo' first"));
}
